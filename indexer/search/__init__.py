"""Searching: the service the CLI and the web UI ask, and what it is made of.

``service.SearchService`` opens the generation ``CURRENT`` names and answers
``search(SearchRequest)``; ``request`` validates parameters; ``query`` reads the
query language and says how it was understood; ``compile`` turns it into Whoosh
queries; ``docsets`` counts by document sets; ``highlight`` makes snippets;
``reports`` serves one report (its page, key phrases, related reports, the
original file); ``figures`` arranges the reports' key figures (a park's page, an
indicator's series, the export); ``cache`` remembers recent answers. Nothing here imports the
build (a test walks the imports).
"""
from .request import SearchRequest
from .service import SearchService

__all__ = ["SearchRequest", "SearchService"]
