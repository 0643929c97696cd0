"""Compiled regular expressions kept between runs, beside the index, as Python keeps compiled modules.

The reader compiles ~700 patterns when its modules are imported or first used (word
lists as alternations, wide character classes); Python's ``re`` compiles each in pure
Python (parse, optimise, emit), ~0.25 s of CPU at every start of a command. A one-file
incremental build is mostly such start-up, so ``install()`` (called by the CLI before
it imports the work) remembers what ``re`` made of each pattern (the engine's code
words, groups and flags) in a file in the index folder (derived data like the rest of
it, and the one folder a build may write) and hands it straight to the engine the next
time (``_sre.compile``, as ``re`` itself does last).

The same pattern string and flags give the same code on the same engine, so the file
is keyed by the engine's version (``_sre.MAGIC``, code size, Python's cache tag) and a
pattern by its text and flags: a changed pattern is simply a new entry. A compiled
pattern from the file is equal (``==``: pattern, flags and code) to the one ``re``
would make (tests/test_regex_cache.py). Nothing here changes what a pattern matches;
when anything is off (another Python, no ``re._compiler``, an unreadable or unwritable
file, ``PARKSEARCH_REGEX_CACHE=0``) ``re`` compiles as it always did.
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
from array import array
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python's re
    _compiler = None

# one file per engine: its code format is _sre.MAGIC's, its words CODESIZE bytes
_TAG = (f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
        if _compiler is not None else "")
CACHE_NAME = f"regex-cache-{_TAG}.marshal"
# Patterns built from a set's iteration order (string hashes are salted per process) differ between
# runs and never hit; past this many entries the file keeps only what the last process used.
MAX_ENTRIES = 5000
_CODE_TYPE = {2: "H", 4: "I", 8: "Q"}.get(getattr(_sre, "CODESIZE", 0), "") if _compiler is not None else ""

_table: dict = {}  # (pattern, flags) → (flags, code bytes, groups - 1, groupindex, indexgroup)
_used: set = set()
_new = 0
_installed = False
_original = None
_path: Path | None = None


def _compile(p, flags=0):
    """``re._compiler.compile`` for a str pattern, from the file when it holds the pattern."""
    if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    global _new
    key = (p, int(flags))
    entry = _table.get(key)
    if entry is not None:
        _used.add(key)
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(p, final_flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - a damaged entry (the engine checks the code): compiled anew
            pass
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final_flags, groups = int(flags | parsed.state.flags), parsed.state.groups - 1
    _table[key] = (final_flags, array(_CODE_TYPE, code).tobytes(), groups, groupindex, tuple(indexgroup))
    _new += 1
    _used.add(key)
    return _sre.compile(p, final_flags, code, groups, groupindex, tuple(indexgroup))


def install(folder: Path) -> bool:
    """Compile regular expressions through ``folder``'s file from now on in this process
    (and in processes forked from it); write what was new at exit, if the folder exists
    then. True when installed (once per process: a second call changes nothing)."""
    global _installed, _original, _path
    if _installed:
        return True
    if _compiler is None or not _CODE_TYPE or not callable(getattr(_compiler, "compile", None)) \
            or not hasattr(_compiler, "_code") or os.environ.get("PARKSEARCH_REGEX_CACHE") == "0":
        return False
    _path = Path(folder) / CACHE_NAME
    try:
        with open(_path, "rb") as f:
            table = marshal.load(f)
        if isinstance(table, dict):
            _table.update(table)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no file yet, or one this Python cannot read: it is written anew
    _original = _compiler.compile
    _compiler.compile = _compile
    _installed = True
    atexit.register(_save, os.getpid())
    return True


def _save(pid: int) -> None:
    """Write the table when this process compiled something new (a forked worker leaves it to its parent)."""
    if not _new or os.getpid() != pid or not _path.parent.is_dir():
        return
    table = _table if len(_table) <= MAX_ENTRIES else {key: _table[key] for key in _used}
    tmp = _path.with_name(f"{_path.name}.{pid}.tmp")
    try:
        with open(tmp, "wb") as f:
            marshal.dump(table, f)
        os.replace(tmp, _path)  # whole or not at all, whoever else writes it at the same time
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
