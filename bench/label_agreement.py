"""How far two labellers agree: a second, independent labelling of a blind set graded as if it were the reader.

    python bench/label_agreement.py PAGES_DIR FIRST_LABELS SECOND_LABELS

A blind set's score (bench/reading_eval.py) grades the reader against one person's labels. How high a score can go
depends on how far two careful people, following the same conventions (docs/labelling.md), read the same pages alike:
a figure one labeller lists and the other leaves out, a title one ends a clause later, is a "miss" no reader can avoid.
This grades SECOND_LABELS against FIRST_LABELS with the very rules reading_eval grades the reader by (titles folded,
values in one scale, statuses with their alternatives, parks as the index's facet joins them), page by page, and prints
the same lines; then it grades the first against the second, since the measures are not symmetric (a label's
alternatives are accepted on one side only). Where the reader's score comes near the second labeller's, what is left
is disagreement about conventions, not reading.

The pages are needed for the titleless news items' lead extent and for the park names' facet keys; nothing of their
text is printed. Furniture is not compared (a labeller lists strings, no text of a report to find them in).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reading_eval  # noqa: E402


def as_reading(label: dict) -> SimpleNamespace:
    """A label dressed as the reader's output for its page: one report, its figures as indicators."""
    figures = [SimpleNamespace(name=f["name"], value=f.get("value"), unit=f.get("unit"), status=f["status"],
                               scope=f.get("scope")) for f in label.get("figures", [])]
    report = SimpleNamespace(title=label.get("title") or "", doc_type=label.get("doc_type"), year=label.get("year"),
                             park=label.get("park"), parks_mentioned=[p for p in label.get("parks", []) if p],
                             indicators=figures, text="")
    return SimpleNamespace(reports=[report], skipped=None)


def grade(pages_dir: Path, reference: dict, other: dict, park_key) -> dict:
    """``other``'s labels graded against ``reference``'s, page by page, by reading_eval's rules."""
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for name, label in sorted(reference.items()):
            page = corpus / name
            page.write_text(reading_eval.page_text(pages_dir / name), encoding="utf-8")
            second = other.get(name)
            labeller = SimpleNamespace(read_file=lambda path, corpus, second=second: (
                as_reading(second) if second is not None else SimpleNamespace(reports=[], skipped="no label")))
            results[name] = reading_eval.grade_page(labeller, park_key, page, label, corpus)
    return reading_eval.score(results)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="两位标注者的一致程度：把第二份独立标注当作读取结果，按盲测评分规则对照第一份")
    parser.add_argument("pages", type=Path)
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    first = json.loads(args.first.read_text(encoding="utf-8"))["pages"]
    second = json.loads(args.second.read_text(encoding="utf-8"))["pages"]
    _, park_key = reading_eval.load_reader(reading_eval.REPO)
    for title, (reference, other) in (("第二位标注者对照第一位", (first, second)), ("第一位标注者对照第二位", (second, first))):
        print(f"== {title}")
        lines = reading_eval.report_lines(grade(args.pages, reference, other, park_key))
        print("\n".join(line for line in lines if not line.startswith("网站杂项")))


if __name__ == "__main__":
    main()
