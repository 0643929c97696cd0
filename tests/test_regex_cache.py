"""The compiled patterns kept between runs (indexer/regex_cache.py): what comes from the file is
what ``re`` itself makes, and a second command compiles (almost) nothing."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indexer import regex_cache

REPO = Path(__file__).resolve().parent.parent

# In a fresh interpreter: install the cache in FOLDER, import what an incremental build imports and
# build the parks' head pattern; report how many patterns were compiled anew and, for every pattern
# in the table, whether the one made from the table equals (pattern, flags, code) the one re makes.
SCRIPT = r"""
import json, re, sys
from indexer import regex_cache
installed = regex_cache.install(sys.argv[1])
import indexer.build.builder
from indexer.reading import parks
parks._head_re()
new = regex_cache._new
same = all(regex_cache._compile(p, f) == regex_cache._original(p, f) for p, f in list(regex_cache._table))
print(json.dumps({"installed": installed, "new": new, "table": len(regex_cache._table), "same": same}))
"""


def _run(folder: Path, **env) -> dict:
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(folder)], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO), **env), check=True, cwd=REPO)
    return json.loads(proc.stdout)


@pytest.mark.skipif(regex_cache._compiler is None, reason="another Python's re")
def test_second_run_takes_its_patterns_from_the_file_and_they_equal_res_own(tmp_path):
    first = _run(tmp_path)
    assert first["installed"] and first["same"]
    assert first["new"] == first["table"] > 300  # the reader's patterns, all compiled the first time
    assert (tmp_path / regex_cache.CACHE_NAME).is_file()
    second = _run(tmp_path)
    assert second["same"]
    # (a few patterns are built from a set's order, which string hashing changes per process)
    assert second["new"] < first["new"] // 10


def test_a_damaged_file_or_the_switch_off_leaves_re_as_it_was(tmp_path):
    (tmp_path / regex_cache.CACHE_NAME).write_bytes(b"\x00not marshal")
    damaged = _run(tmp_path)
    assert damaged["same"] and damaged["new"] == damaged["table"] > 300
    off = _run(tmp_path / "elsewhere", PARKSEARCH_REGEX_CACHE="0")
    assert not off["installed"] and not (tmp_path / "elsewhere").exists()


def test_a_damaged_entry_is_compiled_anew(tmp_path):
    import marshal

    bogus = {(r"园区(\d+)", 0): (32, b"\x07\x00\x00\x00" * 3, 0, {}, (None, None)),  # code the engine refuses
             (r"开发区", 0): ("not", "an", "entry")}
    (tmp_path / regex_cache.CACHE_NAME).write_bytes(marshal.dumps(bogus))
    run = _run(tmp_path)
    assert run["same"] and run["new"] >= 2 + 300


def test_a_missing_index_folder_gets_no_file(tmp_path):
    run = _run(tmp_path / "not-yet")
    assert run["installed"] and run["same"]
    assert not (tmp_path / "not-yet").exists()  # the cache never makes an index folder
