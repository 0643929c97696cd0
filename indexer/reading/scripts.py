"""The reader's regular expressions, written once, matching a page in either script.

Every module of the reader imports this module as ``re`` (``from . import scripts as re``): its patterns are written
as before, mostly in Simplified, and on a page that holds Traditional characters each ideograph in them matches all
its forms (``text.either_script``: 汇报 matches 汇报, Hong Kong's 匯報 and Taiwan's 彙報; 县 matches 縣; 号 matches 號).
Before this, each rule wrote the forms it had met beside each other, 汇报如下|匯報如下, and a rule that knew one form
only read a Traditional page worse than its Simplified copy (``bench/script_parity.py`` counts where they differ;
tests/test_script_parity.py).

``read_file`` reads each page inside ``for_page(text)``: a page with fewer than ``TRADITIONAL_AT`` characters OpenCC
writes otherwise in Simplified is read by the patterns as written — exactly as before, and as fast (a widened pattern loses the regular
expression engine's scan for a literal prefix: reading the corpus took 1.5× the CPU with every page widened) — and any
other page by the widened ones. Outside it (the search side's few uses of the reader) patterns match as written.

The API is the ``re`` module's. A pattern compiled at import is compiled on first use in each mode and keeps both
forms; a pattern given as text (``re.search(r"…", s)``) is compiled once per mode and cached by its text. ``.pattern`` is the text as written, so
that a rule built from another one's pattern is widened once, as a whole.
"""
from __future__ import annotations

import re as _re
from contextlib import contextmanager
from functools import lru_cache

from ..text import either_script

_widened = False  # (the page being read holds Traditional characters: see for_page)


@lru_cache(maxsize=32768)
def _compiled(pattern: str | bytes, flags: int, widened: bool) -> _re.Pattern:
    return _re.compile(either_script(pattern) if widened and isinstance(pattern, str) else pattern, flags)


# a page is read as Traditional from this many Traditional characters on (a Simplified page may carry a stray 乾 or
# 拚, which Simplified writes too, or a quoted name: no reason to widen every pattern for it)
TRADITIONAL_AT = 10


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds Traditional characters (TRADITIONAL_AT of them: characters OpenCC writes otherwise in
    Simplified)."""
    found, at = 0, 0
    while found < TRADITIONAL_AT and (m := _traditional_re().search(text, at)):
        found, at = found + 1, m.end()
    return found >= TRADITIONAL_AT


@lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    """The characters of the basic CJK block that OpenCC writes otherwise in Simplified (built on first use)."""
    from .parks import to_simplified  # (the reader's length-keeping t2s; parks imports this module)
    block = "".join(map(chr, range(0x4E00, 0x9FA6)))
    return frozenset(a for a, b in zip(block, to_simplified(block)) if a != b)


@lru_cache(maxsize=1)
def _traditional_re() -> _re.Pattern:
    return _re.compile("[" + "".join(sorted(traditional_chars())) + "]")


@contextmanager
def for_page(text: str):
    """Read a page's text with the patterns its script needs (widened where it holds Traditional characters)."""
    before = _widened
    _set_widened(has_traditional(text))
    try:
        yield
    finally:
        _set_widened(before)


_bound: set["Pattern"] = set()  # the patterns whose methods are bound to the present mode's compiled form


def _set_widened(on: bool) -> None:
    global _widened
    if on != _widened:
        _widened = on
        for p in _bound:  # (their next call binds the other mode's form)
            p.unbind()
        _bound.clear()


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Pattern:
    """A pattern compiled on first use in each mode (as written; widened to every script's forms); once used in a
    mode its methods are that compiled form's own, with no call in between, until the mode changes."""

    def __init__(self, pattern: str | bytes, flags: int = 0, as_written: bool = False):
        self.pattern, self.written_flags, self.as_written = pattern, flags, as_written
        self._forms: dict[bool, _re.Pattern] = {}

    def compiled(self) -> _re.Pattern:
        """The compiled form the page's script needs, its methods then bound on this pattern."""
        widened = _widened and not self.as_written
        c = self._forms.get(widened)
        if c is None:
            c = self._forms[widened] = _compiled(self.pattern, self.written_flags, widened)
        if not self.as_written:  # (one matching as written is the same in both modes: bound for good)
            _bound.add(self)
        for name in _METHODS:
            setattr(self, name, getattr(c, name))
        return c

    def unbind(self) -> None:
        for name in _METHODS:
            self.__dict__.pop(name, None)

    def __getattr__(self, name):  # flags, groups, groupindex, scanner
        if name.startswith("__") or name == "_forms":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"scripts.compile({self.pattern!r})"


def _first_use(name: str):
    """A method of Pattern before its first call in a mode: it compiles, binds the compiled form's own, and calls it."""
    def call(self, *a, **k):
        return getattr(self.compiled(), name)(*a, **k)
    call.__name__ = name
    return call


for _name in _METHODS:
    setattr(Pattern, _name, _first_use(_name))


def _pattern(pattern, flags: int) -> _re.Pattern:
    if isinstance(pattern, Pattern):
        return pattern.compiled() if not flags else _compiled(pattern.pattern, pattern.written_flags | flags,
                                                               _widened and not pattern.as_written)
    if isinstance(pattern, _re.Pattern):
        return pattern
    return _compiled(pattern, flags, _widened)


def compile(pattern, flags: int = 0) -> Pattern:  # noqa: A001 (the re module's name)
    if isinstance(pattern, Pattern):
        return pattern
    if isinstance(pattern, _re.Pattern):
        return Pattern(pattern.pattern, pattern.flags & ~_re.UNICODE)
    return Pattern(pattern, flags)


def exact(pattern: str, flags: int = 0) -> Pattern:
    """A pattern whose characters match only as written: one that tells a script by its own forms (區 與 會 …: a
    Traditional page), which matching every form would make match any page."""
    return Pattern(pattern, flags, as_written=True)


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
