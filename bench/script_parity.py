"""Script parity: a Traditional page is read as its Simplified original is.

    python bench/script_parity.py FOLDER_OR_FILE… [--checkout DIR] [--convert s2tw,s2hk] [--quiet]

Issue 12 asks for one reader of both scripts; a third of the labelled real pages are Traditional, and they read
worse (titles, years, figures) than Simplified ones. A rule that knows a word in one script only shows here without
labels: every Simplified page given is written in Traditional by OpenCC (``s2tw``: Taiwan's forms; ``s2hk``: Hong
Kong's) and read by ``indexer.reading.pipeline.read_file`` of the checkout; the first report's title, type, year,
park, parks named and figures are compared in Simplified (OpenCC ``t2s`` on both sides, so a character OpenCC
writes back another way, 著 for 着, is no difference). Pages already Traditional are skipped. It prints each
difference and a count per field; the pages stay where they are (nothing of their text is kept).
"""
from __future__ import annotations

import argparse
import collections
import sys
import tempfile
from pathlib import Path

import opencc

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("reports", "title", "doc_type", "year", "park", "parks", "figures")


def pages(paths: list[str]) -> list[Path]:
    out = []
    for p in map(Path, paths):
        out += sorted(x for x in p.rglob("*") if x.is_file() and x.suffix in (".txt", ".html", ".htm")) if p.is_dir() else [p]
    return out


def is_traditional(text: str, to_simplified) -> bool:
    head = text[:3000]
    return sum(a != b for a, b in zip(head, to_simplified(head))) > 15


def reading(read_file, path: Path, t2s) -> dict | None:
    """What a user sees of a page's first report, in Simplified."""
    fr = read_file(path, path.parent)
    if not fr.reports:
        return {"reports": 0}
    r = fr.reports[0]
    s = lambda x: t2s.convert(x).replace("著", "着") if x else x  # noqa: E731
    return {"reports": len(fr.reports), "title": s(r.title or ""), "doc_type": r.doc_type, "year": r.year,
            "park": s(r.park), "parks": sorted(s(x) for x in (r.parks_mentioned or [])),
            "figures": sorted(((i.name, i.value, s(i.unit), i.status, i.scope) for i in r.indicators), key=str)}


def compare(files: list[Path], checkout: Path, conversions: list[str], quiet: bool = False) -> collections.Counter:
    sys.path.insert(0, str(checkout))
    from indexer.reading.parks import to_simplified
    from indexer.reading.pipeline import read_file
    t2s = opencc.OpenCC("t2s")
    counts: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace")
            if text.startswith("URL:"):  # (a blind set's address line: dropped, as bench/reading_eval.py does)
                text = text.split("\n", 1)[1] if "\n" in text else ""
            if is_traditional(text, to_simplified):
                continue
            original = Path(tmp) / ("s" + f.suffix)
            original.write_text(text, encoding="utf-8")
            base = reading(read_file, original, t2s)
            counts["pages"] += 1
            differs = False
            for conv in conversions:
                copy = Path(tmp) / (conv + f.suffix)
                copy.write_text(opencc.OpenCC(conv).convert(text), encoding="utf-8")
                other = reading(read_file, copy, t2s)
                for k in FIELDS:
                    if base.get(k) != other.get(k):
                        counts[f"{conv} {k}"] += 1
                        differs = True
                        if not quiet:
                            a, b = base.get(k), other.get(k)
                            if k == "figures":
                                a, b = sorted(set(a or []) - set(b or [])), sorted(set(b or []) - set(a or []))
                            print(f"{f}\t{conv}\t{k}\t{a!r:.120}\t→\t{b!r:.120}")
            counts["pages that differ"] += differs
    return counts


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--checkout", type=Path, default=REPO)
    ap.add_argument("--convert", default="s2tw,s2hk")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    counts = compare(pages(a.paths), a.checkout.resolve(), a.convert.split(","), a.quiet)
    print(f"Simplified pages read: {counts.pop('pages', 0)}; differ in any field: {counts.pop('pages that differ', 0)}")
    for k, v in sorted(counts.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
