"""Would a figure reader LEARNED from labelled pages transfer to fresh hosts, where hand rules do not? A feasibility bench.

    python bench/figure_learner.py [--study DIR] [--cache DIR] [--thresholds 0.5,0.7,0.9]

Every number with a unit in a report's text is a *slot*: the reader's own value finder (indicators._values_in, which
reads 1.2万家 as 12000家, a range as its first value, a table's declared unit) sentence by sentence over the reader's own
squeezed and folded text, plus the matches of its value pattern that finder skips (a base, a change, 第3个), marked as
skipped. A slot's target is the labelled figure whose value it carries (in one scale, reading_eval.scaled; the unit of the
same kind) or NONE; the reader's own figure on the slot (same value, its clause around the slot) gives two features.
Each slot is described by sparse features (its unit, the reader's name and status, the jieba words of its clause before
it with their distance and of the clause before that, the word after it, status and scope cue words of its sentence, the
section's kind, the report's doc_type, whether the page is Traditional), and two multinomial logistic regressions with
L2, written here on numpy, learn the name (or NONE) and, for named slots, the status.

Graded as bench/reading_eval.py grades (its match_figures: name and value, status right or allowed), held out by host:
trained on the six reach sets, tested on the six eval sets (their hosts disjoint from reach's: printed), and in 5-fold
cross-validation by page and by host over all 462 pages, for (a) the reader, (b) the model alone, (c) the reader plus
the model's figures on slots the reader left, at probability >= t, and (d) the reader less its figures the model calls
NONE at probability >= t. It also counts the labelled figures no slot carries: a ceiling for any slot model.

The pages and labels stay outside the repository (/work/scratch/s40/study); the reader's output is cached per page
in --cache, keyed by the pipeline's version and the page's bytes. A run takes about 5 minutes.

Findings (session 41, reading version 131; precision/recall/F1 of (name, value, status) as reading_eval grades):

- The sets: reach-r1..r6 (300 pages, 256 hosts) and the six eval sets (162 pages, 162 hosts) share no host.
  3,420 slots; 1,251 of the 1,271 labelled figures lie on one (the ceiling of any slot model: recall 0.984; on the
  eval sets 415 of 426). The slots are not what limits a learner.
- Held out by host (train reach, test eval):     reader 300/348/426: P 0.862 R 0.704 F1 0.775
    model learned alone (no reader features)           205/313:     P 0.655 R 0.481 F1 0.555
    model with the reader's name/status as features    292/354:     P 0.825 R 0.685 F1 0.749
    reader + alone-model's figures where silent, t .95 306/365:     P 0.838 R 0.718 F1 0.774  (t .5: 327/450, F1 .747)
    reader less figures the alone-model calls NONE .98 292/336:     P 0.869 R 0.685 F1 0.766
    reader + the reader-fed model at t .7              302/356:     P 0.848 R 0.709 F1 0.772; its NONE filter at .7:
                                                       299/345:     P 0.867 R 0.702 F1 0.776 (one figure)
  5-fold CV by page / by host over 462 pages: reader F1 0.806; the alone-model 0.617 / 0.617; the reader-fed model
  0.780 / 0.778; the best combination 0.807 / 0.808 (reader + additions at t .7 or .9, or its NONE filter at .98).
- On its own training pages the alone-model scores F1 0.99 and held out 0.55: it learns the hosts' phrasing, as the
  rules did. Its learning curve held out by host (64, 128, 192, 256 reach hosts) is F1 0.42, 0.49, 0.55, 0.555:
  flattening well below the reader's 0.775; more labels of this kind would not close the gap soon.
- Where the reader misses on the eval sets (126 of 426): 106 on a slot it left silent (面积 19, 入园企业数 19,
  签约项目数 16, 签约资金 14, the rest ≤ 7 each; 86 of them 实际), 9 wrong status, 5 another name, 6 on no slot. The
  alone-model names 31 of those 106 right, but each threshold that adds them adds two to three wrong figures per right one
  (t .5: +27 right, +102 given); the reader-fed model trusts the reader's silence and recovers 10.

Judgement: no. A learned slot classifier, from these 462 pages, does not transfer to fresh hosts better than the hand
rules: alone it is far below them, and no mix of it with the reader moves held-out F1 beyond a figure or two (the
precision given up equals the recall gained). Shipping one would need what this bench shows it lacks: features that
carry meaning across hosts' phrasings (a pretrained Chinese text encoder, a new dependency and a model file to ship)
and many more labelled pages than the learning curve's flat end promises to pay for; short of that, nothing to ship.
Its use is as a finder: ranked silent slots point at the reader's misses by name (面积, 入园企业数, 签约项目数, 签约资金).
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import opencc  # noqa: E402
import rjieba  # noqa: E402

import reading_eval  # noqa: E402  (bench/reading_eval.py: how a page is read and its figures graded)
from indexer.reading import indicators  # noqa: E402
from indexer.reading.pipeline import PIPELINE_VERSION  # noqa: E402

STUDY = Path("/work/scratch/s40/study")
TRAIN_SETS = tuple(f"reach-r{i}" for i in range(1, 7))
TEST_SETS = ("s39-eval67", "s39-eval68", "s39-eval69", "s39-eval70", "s40-eval71", "s40-eval72")
NONE = "NONE"
CLAUSE_MARKS = "，,；;：:"
# words that say a figure's status or whose it is, looked for in its sentence and its own clause
CUES = ("其中", "预计", "预估", "力争", "确保", "目标", "计划", "任务", "累计", "截至", "截止", "同比", "完成", "实现", "达到",
        "新增", "今年以来", "去年", "上年", "全年", "将", "已", "共", "全县", "全市", "全省", "公司", "项目", "园区", "全区",
        "总投资", "到位", "签约", "开工", "竣工", "投产", "规上", "规模以上", "面积", "占地", "规划", "企业", "入驻", "落户")


# ------------------------------------------------------------------ reading the pages (the real pipeline, cached)

@dataclass
class Figure:
    """A figure as match_figures needs it."""
    name: str
    value: float | None
    unit: str | None
    status: str


@dataclass
class Page:
    set: str
    name: str
    host: str
    label: dict
    text: str = ""  # the graded report's text
    title: str = ""
    doc_type: str = ""
    sections: list = field(default_factory=list)
    figures: list = field(default_factory=list)  # the reader's: (name, value, unit, status, start, end)
    read: bool = False


def host_of(path: Path) -> str:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    m = re.match(r"URL:\s*\w+://([^/\s]+)", first)
    return m.group(1).lower().removeprefix("www.") if m else "?"


def read_pages(study: Path, sets, cache: Path) -> list[Page]:
    """Each labelled page read by the real pipeline as reading_eval reads it, its graded report kept (cached)."""
    pipeline, _ = reading_eval.load_reader(REPO)
    cache.mkdir(parents=True, exist_ok=True)
    pages = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for s in sets:
            labels = reading_eval.json.loads((study / s / "labels.json").read_text(encoding="utf-8"))["pages"]
            for name, label in sorted(labels.items()):
                src = study / s / "pages" / name
                key = hashlib.sha1(f"{PIPELINE_VERSION}|{s}|{name}|".encode() + src.read_bytes()).hexdigest()
                hit = cache / f"{key}.pkl"
                if hit.exists():
                    page = pickle.loads(hit.read_bytes())
                    page.label = label
                    pages.append(page)
                    continue
                page = Page(s, name, host_of(src), label)
                path = corpus / f"{s}-{name}"
                path.write_text(reading_eval.page_text(src), encoding="utf-8")
                reading = pipeline.read_file(path, corpus)
                if reading.reports:
                    r = reading_eval.pick_report(reading.reports, label)
                    page.read, page.text, page.title, page.doc_type = True, r.text, r.title, r.doc_type
                    page.sections = [(x.start, x.end, x.category) for x in r.sections]
                    page.figures = [(f.name, f.value, f.unit, f.status, f.start, f.end) for f in r.indicators]
                hit.write_bytes(pickle.dumps(page))
                pages.append(page)
    return pages


# ------------------------------------------------------------------ slots

@dataclass
class Slot:
    value: float
    unit: str
    start: int  # in the report's text
    sentence: str  # the folded sentence it is in
    at: int  # where the value starts in the sentence
    end_at: int  # where it ends
    skipped: bool  # the reader's value finder passes it by (a base, a change, a year's count…)
    reader: int | None = None  # index of the reader's figure on it
    target: tuple[str, str] | None = None  # (name, status) of the labelled figure it carries


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def find_slots(text: str, title: str = "") -> list[Slot]:
    """Every number with a unit in a report's text, as the reader's own finder reads values, sentence by sentence."""
    squeezed, offsets = indicators.squeeze(text, title)
    folded = indicators.fold(squeezed)
    if " " in folded or "\xa0" in folded:
        folded = folded.replace(" ", "_").replace("\xa0", "_")
    slots = []
    pos = 0
    for m in list(_SENTENCE_END.finditer(folded)) + [None]:
        end = m.end() if m else len(folded)
        sentence = folded[pos:end]
        if sentence.strip():
            kept = [v for v in indicators._values_in(sentence) if v.value is not None]
            for v in kept:
                slots.append(Slot(float(v.value), v.unit, _orig(offsets, pos + v.start, text), sentence, v.start, v.end, False))
            for raw in indicators._VALUE_RE.finditer(sentence):
                if any(v.start <= raw.start() < v.end or raw.start() <= v.start < raw.end() for v in kept):
                    continue
                value, unit = raw_value(raw)
                if value is not None:
                    slots.append(Slot(value, unit, _orig(offsets, pos + raw.start(), text), sentence, raw.start(),
                                      raw.end(), True))
        pos = end
    return sorted(slots, key=lambda x: x.start)


def _orig(offsets: list[int], i: int, text: str) -> int:
    return offsets[i] if i < len(offsets) else len(text)


def raw_value(m: re.Match) -> tuple[float | None, str]:
    """A value-pattern match the finder skipped, read with the reader's own number parsers and unit forms."""
    raw, unit = m.group("num"), m.group("unit")
    unit = indicators._SPOKEN_UNIT.get(unit) or indicators._BARE_UNIT.get(unit, unit)
    if any(c in raw for c in "兆亿万") and (raw[0].isdigit() or raw[0] in indicators._CN_NUM):
        value = indicators._compound(raw, unit)
    else:
        value, masked = indicators.read_number(raw)
        if masked:
            return None, unit
    if value is not None and unit in indicators._TEN_THOUSAND_COUNTS:
        value, unit = value * 10000, unit[1:]
    return value, unit


def unit_kind(unit: str | None) -> str:
    if not unit:
        return "?"
    if unit in indicators._UNIT_KIND:
        return indicators._UNIT_KIND[unit]
    if unit.endswith(("元", "美元", "美金")) or unit in ("亿", "万"):
        return "money"
    if "平方" in unit or unit.endswith(("亩", "公顷", "英亩")):
        return "area"
    if unit.endswith(("人", "名", "个岗位")):
        return "people"
    return "count"


def same_figure_value(value, unit, other_value, other_unit) -> bool:
    """One value in one scale (reading_eval's), the units of one kind (12个 is no 12亿元)."""
    return unit_kind(unit) == unit_kind(other_unit) and reading_eval.same_value(
        reading_eval.scaled(value, unit), reading_eval.scaled(other_value, other_unit))


def attach(page: Page, slots: list[Slot]) -> int:
    """Each slot's reader figure and labelled target; returns how many labelled figures no slot carries."""
    used = set()
    for i, (name, value, unit, status, start, end) in enumerate(page.figures):
        if value is None:
            continue
        near = [s for s in slots if s.reader is None and same_figure_value(s.value, s.unit, value, unit)]
        if not near:
            continue
        inside = [s for s in near if start <= s.start < max(end, start + 1)]
        best = inside[0] if inside else min(near, key=lambda s: abs(s.start - start))
        if inside or abs(best.start - start) < 400:
            best.reader = i
            used.add(i)
    orphans = 0
    for w in page.label.get("figures", []):
        if w.get("value") is None:
            continue
        near = [s for s in slots if s.target is None and same_figure_value(s.value, s.unit, w["value"], w.get("unit"))]
        if not near:
            orphans += 1
            continue
        named = [s for s in near if s.reader is not None and page.figures[s.reader][0] == w["name"]]
        (named or near)[0].target = (w["name"], w["status"])
    return orphans


# ------------------------------------------------------------------ features

_T2S = opencc.OpenCC("t2s")


def is_traditional(text: str) -> bool:
    cjk = [c for c in text[:3000] if "\u4e00" <= c <= "\u9fff"]
    return bool(cjk) and sum(c != _T2S.convert(c) for c in cjk) > 0.02 * len(cjk)


def clause_bounds(sentence: str, at: int) -> tuple[int, int]:
    """Where the clause holding position ``at`` starts, and where the clause before it starts."""
    start = max(sentence.rfind(c, 0, at) for c in CLAUSE_MARKS) + 1
    prev = max(sentence.rfind(c, 0, max(start - 1, 0)) for c in CLAUSE_MARKS) + 1 if start > 0 else start
    return start, prev


def _bucket(d: int) -> str:
    return str(d) if d < 3 else "3-4" if d < 5 else "5+"


def slot_features(slot: Slot, reader: tuple | None, doc_type: str, traditional: bool, section: str) -> list[str]:
    s, at = slot.sentence, slot.at
    start, prev = clause_bounds(s, at)
    before = [w for w in rjieba.cut(s[start:at]) if w.strip()]
    previous = [w for w in rjieba.cut(s[prev:max(start - 1, prev)]) if w.strip()]
    after = [w for w in rjieba.cut(s[slot.end_at:slot.end_at + 8]) if w.strip() and w not in CLAUSE_MARKS]
    kind = unit_kind(slot.unit)
    f = ["bias", f"unit={slot.unit}", f"kind={kind}", f"doc={doc_type}", f"sec={section}", f"trad={traditional}",
         f"skipped={slot.skipped}"]
    rname, rstatus = (reader[0], reader[3]) if reader else ("-", "-")
    f += [f"rname={rname}", f"rstatus={rstatus}", f"rname_kind={rname}|{kind}", f"rname_rstatus={rname}|{rstatus}"]
    for d, w in enumerate(reversed(before)):
        f += [f"b={w}", f"b{_bucket(d)}={w}"]
        if d < 2:
            f.append(f"b{d}={w}|{kind}")
    f += [f"p={w}" for w in previous]
    f.append(f"a={after[0] if after else '-'}")
    f.append(f"a2={'|'.join(after[:2]) if after else '-'}")
    f += [f"c1={s[at - 1:at]}", f"c2={s[max(at - 2, 0):at]}"]
    # the reader's vocabulary without its rules: which indicator a name form nearest the value names (before it in its
    # clause, in the clause before, after it up to the clause's end: 19个项目开工)
    forms = [(m.start(), m.end(), indicators._name_of(m)) for m in indicators._NAME_RE.finditer(s, prev)]
    here = [(a, b, n) for a, b, n in forms if start <= a and b <= at]
    if here:
        a, b, n = here[-1]
        f += [f"form={n}", f"form_gap={_bucket(min(at - b, 9) // 2)}|{n}", f"form_kind={n}|{kind}"]
    else:
        f.append("form=-")
    f += [f"pform={n}" for a, b, n in forms if prev <= a and b <= start]
    clause_end = min([i for i in (s.find(c, slot.end_at) for c in CLAUSE_MARKS) if i >= 0] or [len(s)])
    f += [f"aform={n}|{kind}" for a, b, n in forms if slot.end_at <= a and b <= clause_end]
    clause = s[start:slot.end_at]
    for c in CUES:
        if c in s:
            f.append(f"s:{c}")
        if c in clause:
            f.append(f"c:{c}")
    f.append(f"first_in_clause={not any(ch.isdigit() for ch in s[start:at])}")
    return f


# ------------------------------------------------------------------ the model: softmax regression with L2 on numpy

class SoftmaxRegression:
    """Multinomial logistic regression with an L2 penalty, fit by full-batch Adam on sparse binary features."""

    def __init__(self, l2: float = 1e-3, steps: int = 300, rate: float = 0.1):
        self.l2, self.steps, self.rate = l2, steps, rate

    def fit(self, rows: list[list[int]], y: np.ndarray, n_features: int, n_classes: int) -> "SoftmaxRegression":
        idx, row_of, starts = _flatten(rows)
        n = len(rows)
        W = np.zeros((n_features, n_classes))
        m, v = np.zeros_like(W), np.zeros_like(W)
        onehot = np.eye(n_classes)[y]
        for t in range(1, self.steps + 1):
            p = _softmax(np.add.reduceat(W[idx], starts, axis=0))
            d = (p - onehot) / n
            g = np.stack([np.bincount(idx, weights=d[row_of, k], minlength=n_features) for k in range(n_classes)], 1)
            g += self.l2 * W
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            W -= self.rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        self.W = W
        return self

    def predict_proba(self, rows: list[list[int]]) -> np.ndarray:
        idx, _, starts = _flatten(rows)
        return _softmax(np.add.reduceat(self.W[idx], starts, axis=0))


def _flatten(rows):
    lengths = np.array([len(r) for r in rows])
    idx = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(lengths.sum()))
    return idx, np.repeat(np.arange(len(rows)), lengths), np.concatenate([[0], np.cumsum(lengths)[:-1]])


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Vocabulary:
    def __init__(self, feature_lists, min_count: int = 2):
        counts = Counter(f for fs in feature_lists for f in set(fs))
        self.index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count or f == "bias"))}

    def rows(self, feature_lists) -> list[list[int]]:
        return [sorted({self.index[f] for f in fs if f in self.index}) for fs in feature_lists]


# ------------------------------------------------------------------ experiment

@dataclass
class PageSlots:
    page: Page
    slots: list[Slot]
    features: list[list[str]]
    orphans: int


def prepare(page: Page) -> PageSlots:
    if not page.read:
        return PageSlots(page, [], [], sum(1 for w in page.label.get("figures", []) if w.get("value") is not None))
    slots = find_slots(page.text, page.title)
    orphans = attach(page, slots)
    trad = is_traditional(page.text)
    feats = []
    for s in slots:
        section = next((c for a, b, c in page.sections if a <= s.start < b), "-")
        feats.append(slot_features(s, page.figures[s.reader] if s.reader is not None else None, page.doc_type, trad,
                                   section))
    return PageSlots(page, slots, feats, orphans)


@dataclass
class Fitted:
    vocab: Vocabulary
    names: list[str]
    statuses: list[str]
    name_model: SoftmaxRegression
    status_model: SoftmaxRegression


def train(data: list[PageSlots], l2: float) -> Fitted:
    feats = [f for d in data for f in d.features]
    targets = [s.target for d in data for s in d.slots]
    vocab = Vocabulary(feats)
    rows = vocab.rows(feats)
    names = [NONE] + sorted({t[0] for t in targets if t})
    statuses = sorted({t[1] for t in targets if t})
    y = np.array([names.index(t[0]) if t else 0 for t in targets])
    name_model = SoftmaxRegression(l2).fit(rows, y, len(vocab.index), len(names))
    named = [i for i, t in enumerate(targets) if t]
    ys = np.array([statuses.index(targets[i][1]) for i in named])
    status_model = SoftmaxRegression(l2).fit([rows[i] for i in named], ys, len(vocab.index), len(statuses))
    return Fitted(vocab, names, statuses, name_model, status_model)


def silent_only(data: list[PageSlots]) -> list[PageSlots]:
    """The slots the reader gave no figure on: what a model adding to the reader must decide."""
    out = []
    for d in data:
        keep = [i for i, s in enumerate(d.slots) if s.reader is None]
        out.append(PageSlots(d.page, [d.slots[i] for i in keep], [d.features[i] for i in keep], d.orphans))
    return out


def grade(data: list[PageSlots], fitted: Fitted, thresholds, adder: Fitted | None = None) -> dict:
    """Right, given and labelled figures for each way of combining the reader and the model (``adder``: a model
    learned on the reader's silent slots only, its figures added at probability >= t)."""
    ways = ["reader", "model"] + [f"reader+model>={t}" for t in thresholds] + [f"reader-none>={t}" for t in thresholds]
    if adder is not None:
        ways += [f"reader+silent>={t}" for t in thresholds]
    tally = {w: [0, 0, 0] for w in ways}
    for d in data:
        want = d.page.label.get("figures", [])
        reader = [Figure(n, v, u, st) for n, v, u, st, _, _ in d.page.figures]
        outs = {w: [] for w in ways}
        outs["reader"] = reader
        if d.slots:
            rows = fitted.vocab.rows(d.features)
            pn = fitted.name_model.predict_proba(rows)
            ps = fitted.status_model.predict_proba(rows)
            on_slot = {s.reader: i for i, s in enumerate(d.slots) if s.reader is not None}
            best = pn[:, 1:].argmax(1) + 1
            for i, s in enumerate(d.slots):
                fig = Figure(fitted.names[best[i]], s.value, s.unit, fitted.statuses[int(ps[i].argmax())])
                if pn[i, 0] < pn[i, best[i]]:
                    outs["model"].append(fig)
                for t in thresholds:
                    if s.reader is None and pn[i, best[i]] >= t:
                        outs[f"reader+model>={t}"].append(fig)
            if adder is not None:
                pa = adder.name_model.predict_proba(adder.vocab.rows(d.features))
                for i, s in enumerate(d.slots):
                    k = int(pa[i, 1:].argmax()) + 1
                    for t in thresholds:
                        if s.reader is None and pa[i, k] >= t:
                            outs[f"reader+silent>={t}"].append(
                                Figure(adder.names[k], s.value, s.unit, fitted.statuses[int(ps[i].argmax())]))
                for t in thresholds:
                    outs[f"reader+silent>={t}"] = reader + outs[f"reader+silent>={t}"]
            for t in thresholds:
                outs[f"reader+model>={t}"] = reader + outs[f"reader+model>={t}"]
                outs[f"reader-none>={t}"] = [f for j, f in enumerate(reader) if j not in on_slot or pn[on_slot[j], 0] < t]
        else:
            for w in ways[1:]:
                outs[w] = reader if w.startswith("reader") else []
        for w in ways:
            pairs, _ = reading_eval.match_figures(outs[w], want)
            tally[w][0] += sum(1 for lw, f in pairs if f and f.status in reading_eval.statuses(lw))
            tally[w][1] += sum(1 for f in outs[w] if f.value is not None)
            tally[w][2] += len(pairs)
    return tally


def add(a: dict, b: dict) -> dict:
    return {k: [x + y for x, y in zip(a.get(k, [0, 0, 0]), b[k])] for k in b}


def table(title: str, tally: dict) -> list[str]:
    lines = [title, f"  {'way':24} {'right':>6} {'given':>6} {'labelled':>8} {'precision':>9} {'recall':>7} {'F1':>6}"]
    for w, (r, g, n) in tally.items():
        lines.append(f"  {w:24} {r:6} {g:6} {n:8} {r / g if g else 0:9.3f} {r / n if n else 0:7.3f} {f1(tally, w):6.3f}")
    return lines


def folds(data: list[PageSlots], k: int, key, seed: int = 41) -> list[list[int]]:
    groups = sorted({key(d) for d in data})
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(groups))
    fold_of = {groups[g]: i % k for i, g in enumerate(order)}
    return [[j for j, d in enumerate(data) if fold_of[key(d)] == f] for f in range(k)]


READER_FEATURES = ("rname", "rstatus")


def without_reader(data: list[PageSlots]) -> list[PageSlots]:
    """The same slots with the reader's own name and status taken out of their features: a model learned alone."""
    return [PageSlots(d.page, d.slots, [[f for f in fs if not f.startswith(READER_FEATURES)] for fs in d.features],
                      d.orphans) for d in data]


def f1(tally: dict, way: str = "model") -> float:
    r, g, n = tally[way]
    return 2 * r / (g + n) if g + n else 0.0


def cross_validate(data: list[PageSlots], key, l2: float, thresholds, k: int = 5, silent: bool = False) -> dict:
    total = {}
    for held in folds(data, k, key):
        out = set(held)
        part = [d for j, d in enumerate(data) if j not in out]
        fitted = train(part, l2)
        adder = train(silent_only(part), l2) if silent else None
        total = add(total, grade([data[j] for j in held], fitted, thresholds, adder))
    return total


def by_host(d: PageSlots) -> str:
    return d.page.host


def by_page(d: PageSlots) -> tuple:
    return d.page.set, d.page.name


def misses(data: list[PageSlots], fitted: Fitted) -> Counter:
    """Why the reader misses each labelled figure it misses, and whether the model has it right instead."""
    why = Counter()
    for d in data:
        reader = [Figure(n, v, u, st) for n, v, u, st, _, _ in d.page.figures]
        pairs, _ = reading_eval.match_figures(reader, d.page.label.get("figures", []))
        probs = fitted.name_model.predict_proba(fitted.vocab.rows(d.features)) if d.slots else None
        stat = fitted.status_model.predict_proba(fitted.vocab.rows(d.features)) if d.slots else None
        for w, f in pairs:
            if f and f.status in reading_eval.statuses(w):
                continue
            slot = next((i for i, s in enumerate(d.slots) if s.target and s.target[0] == w["name"]
                         and same_figure_value(s.value, s.unit, w["value"], w.get("unit"))), None)
            if slot is None:
                why["no slot"] += 1
                continue
            s = d.slots[slot]
            case = ("reader: nothing on the slot" if s.reader is None else
                    "reader: another name" if d.page.figures[s.reader][0] != w["name"] else "reader: wrong status")
            if f is not None and f.name == w["name"]:
                case = "reader: wrong status"
            name = fitted.names[int(probs[slot].argmax())]
            status = fitted.statuses[int(stat[slot].argmax())]
            right = name == w["name"] and status in reading_eval.statuses(w)
            why[case] += 1
            why[f"{case}; model right"] += right
    return why


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="学习式指标读取的可行性：在标注页上训练，按网站留出评估")
    parser.add_argument("--study", type=Path, default=STUDY, help="标注学习集所在目录")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/figure_learner_cache"), help="读取结果的缓存目录")
    parser.add_argument("--thresholds", default="0.5,0.7,0.9,0.95,0.98", help="(c)(d) 用的概率阈值，逗号分隔")
    parser.add_argument("--l2", default="0.00001,0.00003,0.0001,0.0003,0.001",
                        help="L2 系数的候选，逗号分隔：只在 reach 集上按网站交叉验证选一个（不看评估集）")
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    pages = read_pages(args.study, TRAIN_SETS + TEST_SETS, args.cache)
    data = [prepare(p) for p in pages]
    train_hosts = {d.page.host for d in data if d.page.set in TRAIN_SETS}
    test_hosts = {d.page.host for d in data if d.page.set in TEST_SETS}
    print(f"pages {len(data)} (read {sum(d.page.read for d in data)}); hosts: reach {len(train_hosts)}, eval "
          f"{len(test_hosts)}, shared {len(train_hosts & test_hosts)} {sorted(train_hosts & test_hosts)}")
    labelled = sum(1 for d in data for w in d.page.label.get("figures", []) if w.get("value") is not None)
    carried = sum(1 for d in data for s in d.slots if s.target)
    print(f"slots {sum(len(d.slots) for d in data)} (skipped by the reader's finder "
          f"{sum(s.skipped for d in data for s in d.slots)}); labelled figures {labelled}, on a slot {carried}, "
          f"on none {sum(d.orphans for d in data)} (the ceiling of any slot model: recall <= {carried / labelled:.3f})")
    for title, variant in (("the model with the reader's name and status as features", data),
                           ("the model alone (no reader features)", without_reader(data))):
        print(f"\n=== {title}")
        train_part = [d for d in variant if d.page.set in TRAIN_SETS]
        test_part = [d for d in variant if d.page.set in TEST_SETS]
        grid = {float(l2): f1(cross_validate(train_part, by_host, float(l2), thresholds)) for l2 in args.l2.split(",")}
        l2 = max(grid, key=grid.get)
        print("l2 by 5-fold host CV on reach (model F1): " + ", ".join(f"{k:g} {v:.3f}" for k, v in grid.items())
              + f" -> {l2:g}")
        fitted = train(train_part, l2)
        adder = train(silent_only(train_part), l2)
        print("\n".join(table("held out by host: train reach-r1..r6, test the six eval sets",
                              grade(test_part, fitted, thresholds, adder))))
        print("\n".join(table("  (the same model on its own training pages)", grade(train_part, fitted, thresholds))))
        curve = []
        hosts = sorted({d.page.host for d in train_part})
        order = [hosts[i] for i in np.random.default_rng(41).permutation(len(hosts))]
        for share in (0.25, 0.5, 0.75):
            kept = set(order[:int(share * len(order))])
            tally = grade(test_part, train([d for d in train_part if d.page.host in kept], l2), thresholds)
            curve.append(f"{len(kept)} hosts: model {tally['model'][0]}/{tally['model'][1]}, F1 {f1(tally):.3f}")
        tally = grade(test_part, fitted, thresholds)
        curve.append(f"{len(hosts)} hosts: model {tally['model'][0]}/{tally['model'][1]}, F1 {f1(tally):.3f}")
        print("  learning curve on the eval sets (reach hosts trained on): " + "; ".join(curve))
        print("  the reader's misses on the eval sets: " + "; ".join(f"{k} {v}" for k, v in sorted(misses(test_part, fitted).items())))
        for how, key in (("page", by_page), ("host", by_host)):
            print("\n".join(table(f"5-fold cross-validation by {how}, all {len(variant)} pages",
                                  cross_validate(variant, key, l2, thresholds, silent=True))))


if __name__ == "__main__":
    main()
