"""Fixes to Whoosh bugs that change search results.

Whoosh (and Whoosh-Reloaded, pinned exactly in pyproject.toml) is frozen, so a
fix cannot go upstream; each one here is small, replaces one method, and has a
regression test in tests/test_whoosh_fixes.py that fails without it.
"""
from __future__ import annotations

from whoosh.matching.binary import AndNotMatcher


def _and_not_find_first(self):
    # Whoosh only skipped excluded documents when both sides *start* on the same
    # one. When the excluded side starts earlier and skips onto the first wanted
    # document, that document was returned although the query excludes it
    # (园区 -扶贫 listed a report containing 扶贫). _find_next handles every case.
    if self.a.is_active() and self.b.is_active():
        self._find_next()


AndNotMatcher._find_first = _and_not_find_first
