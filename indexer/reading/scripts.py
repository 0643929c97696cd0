"""The reader's regular expressions, written once, matching a page in either script.

Every module of the reader imports this module as ``re`` (``from . import scripts as re``): its patterns are written
as before, mostly in Simplified, and each ideograph in them matches all its forms (``text.either_script``: 汇报 matches
汇报, Hong Kong's 匯報 and Taiwan's 彙報; 县 matches 縣; 号 matches 號). Before this, each rule wrote the forms it had
met beside each other, 汇报如下|匯報如下, and a rule that knew one form only read a Traditional page worse than its
Simplified copy (``bench/script_parity.py`` counts where they differ; tests/test_script_parity.py).

The API is the ``re`` module's. A pattern compiled at import is compiled on first use (the search side imports the
reader for a few of its rules: it pays for those only); compiled patterns are cached by their text. ``.pattern`` is
the text as written, so that a rule built from another one's pattern is widened once, as a whole.
"""
from __future__ import annotations

import re as _re
from functools import lru_cache

from ..text import either_script


@lru_cache(maxsize=8192)
def _compiled(pattern: str | bytes, flags: int) -> _re.Pattern:
    return _re.compile(either_script(pattern) if isinstance(pattern, str) else pattern, flags)


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class Pattern:
    """A pattern compiled on first use; after it, its methods are the compiled pattern's own (no indirection)."""

    as_written = False  # (see exact())

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern, self.written_flags = pattern, flags

    def compiled(self) -> _re.Pattern:
        c = (_re.compile if self.as_written else _compiled)(self.pattern, self.written_flags)
        for name in _METHODS:
            setattr(self, name, getattr(c, name))
        return c

    def search(self, *a, **k):
        return self.compiled().search(*a, **k)

    def match(self, *a, **k):
        return self.compiled().match(*a, **k)

    def fullmatch(self, *a, **k):
        return self.compiled().fullmatch(*a, **k)

    def finditer(self, *a, **k):
        return self.compiled().finditer(*a, **k)

    def findall(self, *a, **k):
        return self.compiled().findall(*a, **k)

    def sub(self, *a, **k):
        return self.compiled().sub(*a, **k)

    def subn(self, *a, **k):
        return self.compiled().subn(*a, **k)

    def split(self, *a, **k):
        return self.compiled().split(*a, **k)

    def __getattr__(self, name):  # flags, groups, groupindex, scanner
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"scripts.compile({self.pattern!r})"


def _pattern(pattern, flags: int) -> _re.Pattern:
    if isinstance(pattern, Pattern):
        return pattern.compiled() if not flags else _compiled(pattern.pattern, pattern.written_flags | flags)
    if isinstance(pattern, _re.Pattern):
        return pattern
    return _compiled(pattern, flags)


def compile(pattern, flags: int = 0) -> Pattern:  # noqa: A001 (the re module's name)
    if isinstance(pattern, Pattern):
        return pattern
    if isinstance(pattern, _re.Pattern):
        return Pattern(pattern.pattern, pattern.flags & ~_re.UNICODE)
    return Pattern(pattern, flags)


def exact(pattern: str, flags: int = 0) -> Pattern:
    """A pattern whose characters match only as written: one that tells a script by its own forms (區 與 會 …: a
    Traditional page), which matching every form would make match any page."""
    p = Pattern(pattern, flags)
    p.as_written = True
    return p


def search(pattern, string, flags: int = 0):
    return _pattern(pattern, flags).search(string)


def match(pattern, string, flags: int = 0):
    return _pattern(pattern, flags).match(string)


def fullmatch(pattern, string, flags: int = 0):
    return _pattern(pattern, flags).fullmatch(string)


def finditer(pattern, string, flags: int = 0):
    return _pattern(pattern, flags).finditer(string)


def findall(pattern, string, flags: int = 0):
    return _pattern(pattern, flags).findall(string)


def sub(pattern, repl, string, count: int = 0, flags: int = 0):
    return _pattern(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count: int = 0, flags: int = 0):
    return _pattern(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit: int = 0, flags: int = 0):
    return _pattern(pattern, flags).split(string, maxsplit)


escape, error, Match = _re.escape, _re.error, _re.Match
A, ASCII, I, IGNORECASE, M, MULTILINE, S, DOTALL, X, VERBOSE, U, UNICODE = (
    _re.A, _re.ASCII, _re.I, _re.IGNORECASE, _re.M, _re.MULTILINE, _re.S, _re.DOTALL, _re.X, _re.VERBOSE, _re.U,
    _re.UNICODE)
