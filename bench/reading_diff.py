"""How far a change to the reader reaches: two checkouts' readings of one folder of pages, compared.

    python bench/reading_diff.py PAGES_DIR --base OTHER_CHECKOUT [--checkout DIR] [--json OUT.json]

A labelled set shows whether a rule reads its pages right; it cannot show how often the rule fires on pages nobody
labelled, and a rule read off a few pages may fire on almost none (session 37: the session's rules added 23 right
figures of 2,833 labelled, and the blind sets moved by none). Point this at any folder of real pages, labelled or not
(your own reports, scraped pages kept outside the repository), with the checkout before the change as ``--base``
(``git worktree add /tmp/base main``): it reads every page with both (``indexer.reading.pipeline.read_file``, each
checkout in its own process, as ``reading_eval.py`` loads it; a saved page's first line ``URL: …`` dropped, as
there) and prints, page by page, what changed in the first
report (title, type, year, park, parks named) and in all reports' figures, then how many pages changed. Reading
what changed, page by page, is how a rule's misfires show before they reach a user. A page's text is never
printed, only the values read from it.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIELDS = (("title", "标题"), ("doc_type", "类型"), ("year", "年份"), ("park", "园区"), ("parks", "提到的园区"))


def read_folder(pages: Path, checkout: Path) -> dict:
    """Every page of ``pages`` as ``checkout`` reads it: {file name: [report, …]} (an error as its message)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from reading_eval import load_reader, page_text  # (the checkout's own reader, first on sys.path)
    pipeline, _ = load_reader(checkout)
    out: dict = {}
    saved = Path(tempfile.mkdtemp())  # (a saved page without its URL line, as reading_eval gives it to the reader)
    for f in sorted(p for p in pages.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            if f.suffix == ".txt" and f.read_bytes().startswith(b"URL:"):
                (saved / f.name).write_text(page_text(f), encoding="utf-8")
                reports = pipeline.read_file(saved / f.name, saved).reports
            else:
                reports = pipeline.read_file(f, pages).reports
        except Exception as e:  # (a page one reader cannot read is a difference too)
            out[f.name] = f"{type(e).__name__}: {e}"
            continue
        out[f.name] = [{"title": r.title, "doc_type": r.doc_type, "year": r.year, "park": r.park,
                        "parks": list(getattr(r, "parks_mentioned", None) or []),
                        "figures": [[x.name, x.value, x.unit, x.status, x.scope, x.quote[:60]] for x in r.indicators]}
                       for r in reports]
    return out


def _reading(pages: Path, checkout: Path) -> dict:
    """``read_folder`` in a process of its own (two checkouts' packages share one name)."""
    done = subprocess.run([sys.executable, __file__, str(pages), "--dump", "--checkout", str(checkout)],
                          capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        sys.exit(f"{checkout} 读取失败：{done.stderr.strip()[-400:]}")
    return json.loads(done.stdout)


def differences(base: dict, new: dict) -> tuple[list[tuple[str, str, object, object]], Counter]:
    """(page, what, before, after) for each change, and the counts: a field of the first report changed, a figure
    (name, value, unit, status) read only before (``figures-``) or only after (``figures+``), an error."""
    changes: list[tuple[str, str, object, object]] = []
    counts: Counter = Counter()
    for page in sorted(set(base) | set(new)):
        a, b = base.get(page), new.get(page)
        if isinstance(a, str) or isinstance(b, str) or not a or not b:
            if a != b:
                changes.append((page, "error", a, b))
                counts["error"] += 1
            continue
        for field, _ in FIELDS:
            if a[0][field] != b[0][field]:
                changes.append((page, field, a[0][field], b[0][field]))
                counts[field] += 1
        before = {tuple(f[:4]): f for r in a for f in r["figures"]}
        after = {tuple(f[:4]): f for r in b for f in r["figures"]}
        for key in before.keys() - after.keys():
            changes.append((page, "figures-", before[key], None))
            counts["figures-"] += 1
        for key in after.keys() - before.keys():
            changes.append((page, "figures+", None, after[key]))
            counts["figures+"] += 1
    return changes, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="两个版本的读取代码在同一批网页上读出的差别（规则触及多少网页）")
    ap.add_argument("pages", type=Path, help="网页文本所在的文件夹")
    ap.add_argument("--base", type=Path, help="改动之前的检出目录（例如 git worktree add /tmp/base main）")
    ap.add_argument("--checkout", type=Path, default=REPO, help="改动之后的检出目录（默认：本文件所在的检出）")
    ap.add_argument("--json", type=Path, help="把每处差别写成 JSON")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)  # (one checkout's reading, as JSON)
    args = ap.parse_args(argv)
    if args.dump:
        json.dump(read_folder(args.pages, args.checkout.resolve()), sys.stdout, ensure_ascii=False)
        return 0
    if args.base is None:
        ap.error("需要 --base：改动之前的检出目录")
    base, new = _reading(args.pages, args.base.resolve()), _reading(args.pages, args.checkout.resolve())
    changes, counts = differences(base, new)
    names = dict(FIELDS) | {"figures-": "少了指标", "figures+": "多了指标", "error": "读取出错"}
    for page, what, before, after in changes:
        if what == "figures-":
            print(f"{page}  {names[what]}  {before[0]} {before[1]}{before[2]}（{before[3]}）「{before[5]}」")
        elif what == "figures+":
            print(f"{page}  {names[what]}  {after[0]} {after[1]}{after[2]}（{after[3]}）「{after[5]}」")
        else:
            print(f"{page}  {names[what]}  {before} → {after}")
    changed = len({c[0] for c in changes})
    detail = "，".join(f"{names[k]} {counts[k]}" for k, _ in (*FIELDS, ("figures+", ""), ("figures-", ""), ("error", ""))
                      if counts[k])
    print(f"读了 {len(set(base) | set(new))} 个网页，{changed} 个有变化" + (f"：{detail}" if detail else ""))
    if args.json:
        args.json.write_text(json.dumps([list(c) for c in changes], ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
