"""Building the index: schema, the documents and terms of a report, builds and their workers.

``builder.build_index`` is the entry point; ``schema`` says what a report becomes
in Whoosh, ``documents`` computes it, ``workers`` does the reading and writing in
parallel, ``progress`` shows how far a build is. The index folder's layout
(generations, ``CURRENT``, the lock) is ``indexer/generations.py``, shared with
the search side, which never imports this package.
"""
from .builder import BuildSummary, build_index
from .schema import make_schema

__all__ = ["BuildSummary", "build_index", "make_schema"]
