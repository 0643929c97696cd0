"""Are two indexes the same, value for value? (run by hand, after a change meant to
leave the index as it was: a faster build, a refactoring.)

    python bench/compare_indexes.py INDEX_A INDEX_B

Each index folder's current generation is opened with Whoosh and, per report id
(document numbers depend on how workers shared the files, ids do not), compared:
every stored field, every column value, every field's length, and every posting of
every term of every field (weight and the raw encoded value: positions). Also the
corpus vocabulary the build recorded. Prints one digest per part and the first
differences; exits 1 if anything differs.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from whoosh import index as whoosh_index

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from indexer.generations import read_current  # noqa: E402


def _generation(index_dir: Path) -> Path:
    current = read_current(index_dir)
    if current is None:
        raise SystemExit(f"{index_dir}: no current generation")
    return index_dir / current


def index_parts(index_dir: Path) -> dict[str, dict]:
    """part name → {key: value} for the index's current generation (keys: report ids)."""
    gen = _generation(index_dir)
    ix = whoosh_index.open_dir(str(gen))
    parts: dict[str, dict] = {}
    with ix.reader() as top:
        readers = [r for r, _ in top.leaf_readers()]
        for reader in readers:
            ids = {}
            for docnum, stored in reader.iter_docs():
                ids[docnum] = stored["id"]
                parts.setdefault("stored", {})[stored["id"]] = stored
            schema = reader.schema
            for name, fieldobj in schema.items():
                if fieldobj.column_type and reader.has_column(name):
                    column = reader.column_reader(name)
                    for docnum, rid in ids.items():
                        parts.setdefault("column " + name, {})[rid] = column[docnum]
                if fieldobj.scorable:
                    for docnum, rid in ids.items():
                        parts.setdefault("length " + name, {})[rid] = reader.doc_field_length(docnum, name)
                if not fieldobj.indexed:
                    continue
                postings = parts.setdefault("postings " + name, {})
                for term in reader.lexicon(name):
                    matcher = reader.postings(name, term)
                    got = postings.setdefault(term, {})
                    while matcher.is_active():
                        got[ids[matcher.id()]] = (matcher.weight(), matcher.value())
                        matcher.next()
    for name, values in parts.items():  # a term's postings by report id, whatever order the segments gave
        if name.startswith("postings "):
            for term, got in values.items():
                values[term] = dict(sorted(got.items()))
    for path in sorted(gen.iterdir()):
        if path.suffix in (".txt", ".dic") or "vocab" in path.name or "words" in path.name:
            parts.setdefault("files", {})[path.name] = path.read_bytes()
    return parts


def digest(values: dict) -> str:
    h = hashlib.sha256()
    for key in sorted(values):
        h.update(repr((key, values[key])).encode())  # repr: pickle would differ on shared objects
    return h.hexdigest()[:16]


def main(argv: list[str]) -> int:
    a, b = (index_parts(Path(p)) for p in argv[1:3])
    differ = 0
    for name in sorted(set(a) | set(b)):
        va, vb = a.get(name, {}), b.get(name, {})
        da, db = digest(va), digest(vb)
        same = da == db
        print(f"{'same' if same else 'DIFF'}  {name:<34} {len(va):>8} keys  {da} {db}")
        if not same:
            differ += 1
            shown = 0
            for key in sorted(set(va) | set(vb), key=repr):
                if va.get(key) != vb.get(key):
                    print(f"      {key!r}: {repr(va.get(key))[:200]} != {repr(vb.get(key))[:200]}")
                    shown += 1
                    if shown >= 3:
                        break
    print("IDENTICAL" if not differ else f"{differ} parts differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
