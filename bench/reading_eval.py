"""A blind set's score: a checkout's reader on saved real pages against labels written before it ran.

    python bench/reading_eval.py PAGES_DIR LABELS_JSON [--checkout DIR] [--detail OUT.json]

PAGES_DIR holds the pages as text files (a first line ``URL: …`` is the page's address, dropped before reading:
a corpus file has none). LABELS_JSON is ``{"pages": {file name: label}}`` (a ``_about`` beside it says how the set
was labelled). Each page is read by ``indexer.reading.pipeline.read_file`` of the checkout (default: the one this
file is in), the code path ``parksearch index`` and ``inspect`` use; of the reports a page gives, the one graded is
the one whose title matches the label's (else the most alike, else the first). A label:

    title, title_alts   the main report's title as a person reads it, and other readings accepted
    doc_type, doc_type_alts, year, year_alts
    park, park_alts     the one park the report is about (null: none, several, a place, a masked zone)
    parks               the parks the text names as parks
    figures             [{name, value, unit, status, status_also?, scope}]: every explicit figure with a value
                        (status_also: one status or a list of them)
    furniture           exact short strings of site furniture that must not be searchable

How a set is chosen and labelled (the house's conventions, the year from the text only): docs/labelling.md.

It prints titles right (whitespace, punctuation, full width and script aside; apart from them, the titles of a
titleless item taken from its lead but ending at another clause than the label's), doc types, years, park precision
(the report's park is one the text names as a park) and recall (the labelled park found as the report's park), the
parks named (the report's park and parks mentioned against ``parks``), figure precision and recall on (name,
value, status) with values compared in one scale (亿/万/兆, 公顷/平方公里/亩), targets and forecasts shown as
achieved (a labelled 目标/预计 figure output as 实际 or 累计), and the pages whose furniture is still in the text of
a report (searchable). ``--detail`` writes every page's misses as JSON. It carries no page text: the pages and
the labels stay outside the repository with the set.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STATUS_ACHIEVED = ("实际", "累计")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
# a value's scale: money in 亿, area in 公顷, counts as they are
_MONEY = (("万亿", 1e4), ("兆", 1e4), ("亿", 1.0), ("千万", 1e-1), ("百万", 1e-2), ("万", 1e-4), ("千", 1e-5))
_COUNTED = ("人", "个", "家", "户", "名", "间", "项")
_AREA = (("平方公里", 100.0), ("平方千米", 100.0), ("万平方米", 1.0), ("公顷", 1.0), ("万英亩", 4046.8564224),
         ("英亩", 0.40468564224), ("万亩", 10000 / 15), ("亩", 1 / 15))


def load_reader(checkout: Path):
    """The checkout's reader (its folder first on sys.path: an editable install elsewhere must not answer)."""
    sys.path.insert(0, str(checkout))
    from indexer.reading import pipeline
    if not Path(pipeline.__file__).resolve().is_relative_to(checkout):
        sys.exit(f"导入的读取代码不在 {checkout}：{pipeline.__file__}")
    try:
        from indexer.reading.parks import park_key
    except ImportError:  # (an older checkout: names compared as written, in one script)
        park_key = None
    try:
        from indexer.search.parknames import ParkNames
    except ImportError:  # (an older checkout: the spellings its park_key folds)
        ParkNames = None
    if park_key is not None and ParkNames is not None and not KEYS_ONLY:
        return pipeline, _as_the_facet(park_key, ParkNames)
    return pipeline, park_key


KEYS_ONLY = False  # --keys-only: one park is one park_key, as graded before session 17


def _as_the_facet(park_key, ParkNames):
    """A key maker for one page: two spellings are one park when the index's park facet shows them as one
    (``search.parknames.ParkNames`` over the page's names, read and labelled: the key, and the joins the facet makes
    when the corpus holds no rival, 云林小东工业区 with 小东工业区). ``key.page(names)`` sets the page's names."""
    class Key:
        names = None

        def page(self, values):
            self.names = ParkNames([v for v in values if v])

        def __call__(self, value):
            return park_key(self.names.canonical(value) if self.names is not None else value)
    return Key()


def fold(text: str) -> str:
    """One form for comparing: full width folded, Simplified, no whitespace or punctuation, and no pinyin a site
    printed after its characters (經(jīng)濟 is 經濟: a converting site's reading aid copied into a label with the page's
    text, which the reader rightly drops)."""
    return _PUNCT.sub("", _t2s(unicodedata.normalize("NFKC", _PINYIN.sub("", text or ""))))


# a syllable of pinyin in brackets right after a character (區(qū), 業(yè)): a converting site's annotation, no word of the text
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")


def _t2s(text: str) -> str:
    return _CONVERTER.convert(text) if _CONVERTER else text


try:
    import opencc
    _CONVERTER = opencc.OpenCC("t2s")
except Exception:  # pragma: no cover - opencc is a dependency of the project
    _CONVERTER = None


def scaled(value, unit: str | None) -> float | None:
    if value is None:
        return None
    unit = unit or ""
    if unit[:1] == "万" and unit[1:] in _COUNTED:  # (people, jobs, firms counted in 万: 8.6万人 is 86000人, no money)
        return float(value) * 1e4
    for table in (_AREA, _MONEY):  # (area first: 万平方米 and 万亩 are no money)
        for word, factor in table:
            if unit.startswith(word):
                return float(value) * factor
    if unit in ("元", "美元", "美金", "港元", "港币", "欧元", "日元", "令吉", "马币", "新台币", "台币", "新元", "新加坡元", "澳门元"):
        return float(value) * 1e-8
    return float(value)


def same_value(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= max(1e-9, 0.005 * max(abs(a), abs(b)))


def pick_report(reports, label):
    titles = [fold(t) for t in [label.get("title") or ""] + label.get("title_alts", [])]
    best, best_score = None, -1.0
    for r in reports:
        got = fold(r.title)
        score = 2.0 if got in titles else max(difflib.SequenceMatcher(None, got, t).ratio() for t in titles)
        if score > best_score:
            best, best_score = r, score
    return best


LEAD_SLACK = 12  # (a lead's dateline or credit before its first words: 12月3日下午, 本报讯记者某某)


def same_lead(page: str, want: str, got: str) -> bool:
    """A titleless item's title taken from its lead, ending at another clause than the label's: the label's title
    is a lead's first words (it starts a line of the page, past at most a dateline, and the line runs on after it)
    and the reader's title starts the same line within the same slack and shares at least six characters with it.
    Counted apart from the titles right: how far a lead title runs is a convention, not a reading."""
    w, g = fold(want), fold(got)
    if len(w) < 6 or not 6 <= len(g) <= 80:
        return False
    for line in page.splitlines():
        f = fold(line)
        i = f.find(w)
        if 0 <= i <= LEAD_SLACK and len(f) >= i + len(w) + 4:
            j = f.find(g)
            return 0 <= j <= LEAD_SLACK and min(i + len(w), j + len(g)) - max(i, j) >= 6
    return False


def statuses(w) -> list[str]:
    """A label's status and the second one its words allow (``status_also``: one status as a string, or a list)."""
    also = w.get("status_also") or []
    return [w["status"]] + ([also] if isinstance(also, str) else list(also))


def match_figures(got, want):
    """Pairs of (label, output) on name and value; each output used once, exact status preferred."""
    free = [f for f in got if f.value is not None]
    pairs = []
    for w in want:
        wv = scaled(w["value"], w.get("unit"))
        same = [f for f in free if f.name == w["name"] and same_value(scaled(f.value, f.unit), wv)]
        if not same:
            pairs.append((w, None))
            continue
        ok = [f for f in same if f.status in statuses(w)]
        f = (ok or same)[0]
        free.remove(f)
        pairs.append((w, f))
    return pairs, free


def grade_page(pipeline, park_key, path: Path, label: dict, corpus: Path) -> dict:
    reading = pipeline.read_file(path, corpus)
    reports = reading.reports
    out = {"reports": len(reports), "skipped": reading.skipped}
    if not reports:
        return out
    r = pick_report(reports, label)
    key = park_key or (lambda s: fold(s))
    if hasattr(key, "page"):
        key.page([r.park, *r.parks_mentioned, label.get("park"), *label.get("park_alts", []), *label.get("parks", [])])
    titles = {fold(t) for t in [label.get("title") or ""] + label.get("title_alts", [])}
    # (a field the set did not label, as a set built for figures or parks only leaves titles, types and years out, is
    # not graded: None, and left out of its count — reading an absent year as "no year" would grade every guess)
    out["title_ok"] = fold(r.title) in titles if "title" in label else None
    out["title_lead_extent"] = not out["title_ok"] and bool(label.get("title")) and same_lead(
        path.read_text(encoding="utf-8"), label["title"], r.title)
    out["type_ok"] = r.doc_type in [label.get("doc_type")] + label.get("doc_type_alts", []) if "doc_type" in label else None
    out["year_ok"] = r.year in [label.get("year")] + label.get("year_alts", []) if "year" in label else None
    named = {key(p) for p in label.get("parks", [])} | {key(p) for p in [label.get("park")] + label.get("park_alts", []) if p}
    subject = {key(p) for p in [label.get("park")] + label.get("park_alts", []) if p}
    out["park_given"] = r.park is not None
    out["park_right"] = r.park is not None and key(r.park) in named
    out["park_found"] = r.park is not None and key(r.park) in subject
    # (no park labelled, with park_alts: no park is the label's reading and an alternative is accepted; the page is
    # owed a park only when it has one, or when the reader gave one of the alternatives)
    out["park_labelled"] = bool(label.get("park")) or out["park_found"]
    mentioned = {key(p) for p in ([r.park] if r.park else []) + list(r.parks_mentioned)}
    wanted = {key(p) for p in label.get("parks", [])}
    out["named_given"], out["named_right"] = len(mentioned), len(mentioned & (wanted | subject))
    found = wanted & mentioned
    if out["park_found"] and label.get("park") and key(label["park"]) in wanted:  # (the labelled park, found in an
        found = found | {key(label["park"])}                                      # accepted spelling: it is named)
    out["named_labelled"], out["named_found"] = len(wanted), len(found)
    pairs, extra = match_figures(r.indicators, label.get("figures", []))
    out["fig_given"] = sum(1 for f in r.indicators if f.value is not None)
    out["fig_labelled"] = len(pairs)
    out["fig_right"] = sum(1 for w, f in pairs if f and f.status in statuses(w))
    out["fig_scope_right"] = sum(1 for w, f in pairs if f and f.status in statuses(w)
                                 and f.scope == w.get("scope", f.scope))
    # (a label whose words also allow the achieved reading, 预计…完成 with status_also 实际, is no target shown as achieved)
    out["targets_as_achieved"] = sum(1 for w, f in pairs if f and w["status"] in ("目标", "预计") and f.status in STATUS_ACHIEVED
                                     and f.status not in statuses(w))
    # (the text folded as a furniture string is: whitespace out, punctuation kept — folding it harder than the string
    # would make every string with punctuation look removed)
    texts = [_furniture(x.title) + "\n" + _furniture(x.text) for x in reports]
    left = [s for s in label.get("furniture", []) if any(_furniture(s) in t for t in texts)]
    out["furniture_labelled"], out["furniture_left"] = len(label.get("furniture", [])), left
    # the misses, for the detail file (who grades reads them; no page text beyond the labels' own strings)
    out["got"] = {"title": r.title, "doc_type": r.doc_type, "year": r.year, "park": r.park,
                  "parks_mentioned": list(r.parks_mentioned)}
    out["figure_misses"] = [{"label": w, "got": None if f is None else {"value": f.value, "unit": f.unit, "status": f.status,
                                                                        "scope": f.scope}}
                            for w, f in pairs if not (f and f.status in statuses(w))]
    out["figure_extra"] = [{"name": f.name, "value": f.value, "unit": f.unit, "status": f.status, "scope": f.scope}
                           for f in extra]
    return out


def _furniture(s: str) -> str:
    """A furniture string as the index would match it: full width and script folded, whitespace out, the
    punctuation kept (【正文】 is furniture, 正文 is a word)."""
    return re.sub(r"\s+", "", _t2s(unicodedata.normalize("NFKC", s)))


def score(results: dict) -> dict:
    graded = [g for g in results.values() if g.get("reports")]
    n = len(results)

    def total(k):
        return sum(g.get(k, 0) for g in graded)

    def ratio(a, b):
        return round(a / b, 3) if b else None
    return {
        "pages": n, "read": len(graded),
        "titles": sum(bool(g["title_ok"]) for g in graded),
        "titles_lead_extent": sum(g.get("title_lead_extent", False) for g in graded), "doc_types": sum(bool(g["type_ok"]) for g in graded),
        "years": sum(bool(g["year_ok"]) for g in graded),
        # (how many pages each field was graded on: a set may label some fields only)
        "graded": {k: sum(g[k] is not None for g in graded) + n - len(graded) for k in ("title_ok", "type_ok", "year_ok")},
        "park_precision": [total("park_right"), total("park_given"), ratio(total("park_right"), total("park_given"))],
        "park_recall": [total("park_found"), total("park_labelled"), ratio(total("park_found"), total("park_labelled"))],
        "named_precision": [total("named_right"), total("named_given"), ratio(total("named_right"), total("named_given"))],
        "named_recall": [total("named_found"), total("named_labelled"), ratio(total("named_found"), total("named_labelled"))],
        "figure_precision": [total("fig_right"), total("fig_given"), ratio(total("fig_right"), total("fig_given"))],
        "figure_recall": [total("fig_right"), total("fig_labelled"), ratio(total("fig_right"), total("fig_labelled"))],
        "figures_scope_right": total("fig_scope_right"),
        "targets_as_achieved": total("targets_as_achieved"),
        "furniture_pages": [sum(1 for g in graded if g["furniture_left"]), sum(1 for g in graded if g["furniture_labelled"])],
    }


def page_text(path: Path) -> str:
    """A saved page's text as the reader is given it: its first line ``URL: …``, the address, dropped."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("URL:"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    return text


def run(pages_dir: Path, labels_path: Path, checkout: Path) -> tuple[dict, dict]:
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["pages"]
    pipeline, park_key = load_reader(checkout)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for name, label in sorted(labels.items()):
            page = corpus / name
            page.write_text(page_text(pages_dir / name), encoding="utf-8")
            results[name] = grade_page(pipeline, park_key, page, label, corpus)
    return score(results), results


def report_lines(s: dict) -> list[str]:
    def pr(v):
        return f"{v[0]}/{v[1]} = {v[2]}"
    return [
        f"页面 {s['pages']}（读出报告的 {s['read']}）",
        f"标题正确 {s['titles']}/{s['graded']['title_ok']}（另有 {s['titles_lead_extent']} 页是无标题新闻取导语开头、止于另一分句），"
        f"类型 {s['doc_types']}/{s['graded']['type_ok']}，年份 {s['years']}/{s['graded']['year_ok']}",
        f"园区 精确率 {pr(s['park_precision'])}，召回率 {pr(s['park_recall'])}",
        f"提到的园区 精确率 {pr(s['named_precision'])}，召回率 {pr(s['named_recall'])}",
        f"指标（名称、数值、状态）精确率 {pr(s['figure_precision'])}，召回率 {pr(s['figure_recall'])}"
        f"（其中范围也对 {s['figures_scope_right']}）",
        f"目标/预计被当作实际 {s['targets_as_achieved']}",
        f"网站杂项仍可检索的页面 {s['furniture_pages'][0]}/{s['furniture_pages'][1]}",
    ]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="盲测集评分：用某个版本的读取代码读保存的网页，对照事先写好的标注")
    parser.add_argument("pages", type=Path)
    parser.add_argument("labels", type=Path)
    parser.add_argument("--checkout", type=Path, default=REPO, help="要评分的代码目录（默认：本文件所在的仓库）")
    parser.add_argument("--detail", type=Path, help="把每页的结果与错处写成 JSON")
    parser.add_argument("--keys-only", action="store_true",
                        help="同一园区只按 park_key 判断（第 17 次会话以前的评分），不按索引分面的合并")
    args = parser.parse_args(argv)
    global KEYS_ONLY
    KEYS_ONLY = args.keys_only
    s, results = run(args.pages, args.labels, args.checkout.resolve())
    print("\n".join(report_lines(s)))
    if args.detail:
        head = subprocess.run(["git", "-C", str(args.checkout), "rev-parse", "HEAD"], capture_output=True, text=True)
        about = {"checkout": str(args.checkout.resolve()), "commit": head.stdout.strip() or None}
        args.detail.write_text(json.dumps({**about, "score": s, "pages": results}, ensure_ascii=False, indent=1),
                               encoding="utf-8")


if __name__ == "__main__":
    main()
