"""Every use of Whoosh's internals, in one folder: what an upgrade of Whoosh has to audit.

Whoosh-Reloaded 2.7.5 is pinned exactly and unmaintained. Code elsewhere uses its
public API only (fields, queries, searchers, analysis base classes); whatever
reaches into private state lives here, with byte-for-byte and reference tests:

- ``fixes``: corrections of Whoosh bugs, applied when this package is imported;
- ``segment``: writes analysed reports straight into a segment through Whoosh's codec;
- ``commit``: a build's commit through the private methods of ``SegmentWriter``;
- ``phrase``: phrase matching by document and position sets (matcher state, the
  codec's length columns);
- ``sections``: restricting a query to the position ranges of section kinds;
- ``chars``: a lone character searched literally, as one document set per segment;
- ``terms``: a segment's term table read from memory (term infos remembered, the table mapped);
- ``unions``: Whoosh's preloaded OR read only when stepped (scoremap adds its clauses' scores).
"""
from . import fixes, unions  # noqa: F401  (applies the fixes; Whoosh's preloaded OR made lazy)
