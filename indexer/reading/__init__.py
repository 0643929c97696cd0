"""Reading: a corpus file becomes reports with their metadata, without any index.

``formats`` decodes a file (text in any of the usual encodings, HTML, DOCX, PDF),
``clean`` removes site furniture and rejoins broken lines, ``split`` cuts a page
into reports and a report into sections, ``describe`` tells park, year, type,
period and section kinds (and why), ``corrections`` applies the user's
``parksearch-meta.csv``; ``pipeline.read_file`` composes them. Nothing here
imports Whoosh or the web layer (a test walks the imports).
"""
