"""Which paragraphs of prose a page loses on the way into its reports (run by hand).

    python bench/text_kept.py FOLDER [FOLDER ...] [--checkout DIR]

A report is searched by its text, so a paragraph the cleaner drops as the site's is a paragraph no search finds. For
each page, every line of prose in the file (80 characters or more, 60 of them Chinese, a sentence's stop in it) is
looked for in the reports the reader gives, by 20 characters from its middle (whitespace folded). A line not found is
printed with the reason the cleaner gives for dropping it (clean.dropped_furniture), when it gives one.

Most lines it lists are rightly dropped: a disclaimer, a site's blurb, a document site's preface. A paragraph of the
text listed here is a loss to mend (session 52 found two this way: a last paragraph of one sentence closed by its
writers' credit read as a picture's caption, and a disclosure report's paragraph on its website work read as a site
row). The credits the reader lifts from a line's ends can make its middle differ: such a line is listed with no reason.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_PROSE_MIN = 80  # characters on the line
_PROSE_CJK = 60  # of them Chinese
_STOP = re.compile(r"[。！？]")


def prose_lines(text: str, normalize_line, cjk: str) -> list[str]:
    """The lines of ``text`` (its first, the address, left out) that read as prose, normalized as the reader does;
    ``cjk`` is the reader's class of Chinese characters (indexer.text.CJK)."""
    out = []
    for line in text.split("\n")[1:]:
        line = normalize_line(line.strip())
        if len(line) >= _PROSE_MIN and _STOP.search(line) and len(re.findall(f"[{cjk}]", line)) >= _PROSE_CJK:
            out.append(line)
    return out


def lost_lines(path: Path, read_file, normalize_line, dropped_furniture, cjk: str) -> list[tuple[str, str]]:
    """(line, why) for each prose line of the page at ``path`` that none of its reports holds."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    reports = read_file(path, path.parent).reports
    flat = re.sub(r"\s+", "", "\n".join(r.title + "\n" + r.text for r in reports))
    why = {d["line"]: d["why"] for d in dropped_furniture(raw, limit=1000)}
    lost = []
    for line in prose_lines(raw, normalize_line, cjk):
        middle = re.sub(r"\s+", "", line)[30:50]
        if middle and middle not in flat:
            lost.append((line, why.get(line, "")))
    return lost


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parent.parent,
                    help="the checkout whose reader runs (default: this one)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.checkout))
    from indexer.reading.clean import dropped_furniture, normalize_line
    from indexer.reading.pipeline import read_file
    from indexer.text import CJK

    pages = lost_pages = 0
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt")):
            pages += 1
            lost = lost_lines(path, read_file, normalize_line, dropped_furniture, CJK)
            if lost:
                lost_pages += 1
                for line, why in lost:
                    print(f"{path}\t{why or '（未注明）'}\t{line[:80]}")
    print(f"读了 {pages} 个网页，{lost_pages} 个有成段文字没有进入报告")
    return 0


if __name__ == "__main__":
    sys.exit(main())
