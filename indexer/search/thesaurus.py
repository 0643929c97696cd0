"""The thesaurus tier: a typed word the reports seldom write, read as its exact synonyms in 同义词词林.

A user types the everyday word (种地, 挣钱, 假货) where the reports write another (种粮, 致富, 假冒伪劣品), and the
shipped synonyms (indexer/data/synonyms.txt) cannot list every such pair. 同义词词林扩展版 (HIT-IR Lab's extended
Tongyici Cilin, indexer/data/cilin.txt, rebuilt by bench/build_cilin.py) groups the words of general Chinese by
meaning; its ``=`` groups are exact synonyms (its ``#`` groups, words of one kind, and ``@`` words alone are left out).

For each unquoted string typed (not under NOT, not a field's condition), each of its jieba words of two characters or
more that fewer than ``RARE`` reports hold (the word field's document frequency), and that names no part of a
report (打算, 问题: roles.py reads those as the part), is replaced, one word at a time, by
each word of its exact-synonym groups that some report holds (at most ``MAX_PER_WORD`` of them, the most widely held
first): 种地补贴 → 种粮补贴, 种田补贴. The reports holding such a string (or, when the query is loosened, its words
near each other: fallback.py) and not the query as typed form a tier of their own, ``thesaurus``: below the strings
as typed and the shipped synonyms (README: typed above synonym above loose), and the page says which words were read
for which (``explain``). A word most reports hold is never replaced: its Cilin groups mix senses (看病 = 医治 = 治疗),
and the reports already say it.

Session 26: Cilin's groups are single words of general Chinese, and a user's everyday word is often missing there
(种树, 堵车, 高铁). The words cnsyn pairs with it are read too (indexer/data/cnsyn.txt, rebuilt by
bench/build_cnsyn.py from the PyPI package cnsyn 1.2.0, Apache License 2.0: a synonym dictionary from a Chinese
dictionary of synonyms and Wikipedia's redirects, kept where its own word vectors agree, cosine 0.5 or more, inside a
group of at most 10 words): 种树 → 植树, 堵车 → 交通拥堵, 高铁 → 高速铁路. Same rule, same tier, Cilin's synonyms
first; ``explain`` names both sources. Measured on the study queries: 6 up, 2 down (docs/benchmarks.md, "Session 26
ranking"). The search reads the text file only: no runtime dependency on cnsyn or scikit-learn.

A typed string of one short everyday compound that no dictionary lists and few reports hold (发大水: the word
fallback.short_word_parts reads as 发 大水) is read as the synonyms of the dictionary word inside it, cnsyn's only
(大水 → 洪水; its vectors confirm the sense, where Cilin's 吃水 → 深度 is a ship's draught): 发大水 → 洪水, 山洪.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..analysis import Vocabulary, normalize
from ..text import FUNCTION_WORDS
from .fallback import MAX_WORDS, NEGATIONS, THESAURUS, complaint_at, inner_words, relax, short_word_parts
from .query import And, Or, Relaxed, Text, heading_kind

DATA = Path(__file__).resolve().parent.parent / "data" / "cilin.txt"
CNSYN = Path(__file__).resolve().parent.parent / "data" / "cnsyn.txt"
RARE = 10  # a typed word fewer reports than this hold is read as its synonyms too (fallback.FALLBACK_BELOW)
MAX_PER_WORD = 6  # at most this many synonyms per word (each is a string to search)
MAX_STRINGS = 12  # at most this many new strings per typed string
BOOST = 0.25  # a report found by a synonym alone weighs below one found by the words typed (compile.SYNONYM_BOOST)
MATCH = THESAURUS


@lru_cache(maxsize=1)
def cilin_groups() -> dict[str, tuple[str, ...]]:
    """``{word: its exact synonyms in 同义词词林}`` (the union of its ``=`` groups, in the file's order; the file's
    words are normalised already, bench/build_cilin.py)."""
    out: dict[str, list[str]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words = line.split()[1:]
        for w in words:
            known = out.setdefault(w, [])
            known.extend(x for x in words if x != w and x not in known)
    return {w: tuple(s) for w, s in out.items()}


@lru_cache(maxsize=1)
def _cnsyn() -> dict[str, str]:
    """``{word: the words cnsyn pairs it with, space-separated}``, both ways (each line of the file: a word, then the
    words paired with it that sort after it; normalised already, bench/build_cnsyn.py). Strings, not tuples: the
    table holds 33,000 words, and a process keeps it (5.6 MB this way, 15 MB as tuples merged with Cilin's)."""
    out: dict[str, list[str]] = {}
    for line in CNSYN.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, *paired = line.split()
        out.setdefault(head, []).extend(paired)
        for w in paired:
            out.setdefault(w, []).append(head)
    return {w: " ".join(dict.fromkeys(s)) for w, s in out.items()}


def cnsyn_pairs() -> dict[str, tuple[str, ...]]:
    """``{word: the words cnsyn pairs it with}`` (the data as a table: tests, not the search)."""
    return {w: tuple(s.split()) for w, s in _cnsyn().items()}


def synonyms_of(word: str, cnsyn_only: bool = False) -> tuple[str, ...]:
    """``word``'s synonyms: its exact synonyms in 同义词词林 first, then the words cnsyn pairs it with (only these
    with ``cnsyn_only``)."""
    paired = tuple(_cnsyn().get(word, "").split())
    if cnsyn_only:
        return paired
    return tuple(dict.fromkeys(cilin_groups().get(word, ()) + paired))


def groups() -> dict[str, tuple[str, ...]]:
    """``{word: its synonyms}`` (``synonyms_of`` of every word of either source: tests, not the search)."""
    return {w: synonyms_of(w) for w in cilin_groups().keys() | _cnsyn().keys()}


def rewrites(value: str, vocabulary: Vocabulary, doc_frequency) -> list[tuple[str, tuple[str, ...]]]:
    """``[(word, synonyms)]``: the rare words of ``value`` and the synonyms some report holds, most held first."""
    out = []
    cut = list(dict.fromkeys(vocabulary.segmenter.cut(normalize(value))))
    for word in cut:
        if len(word) < 2 or word in FUNCTION_WORDS or heading_kind(word) or doc_frequency(word) >= RARE:
            continue  # (a word naming a part of a report, 打算, 问题, is read by roles.py)
        inner, synonyms = word, synonyms_of(word)
        if not synonyms and len(cut) == 1:
            # a short everyday compound (发大水: fallback.short_word_parts) read as its inner word's synonyms (大水 →
            # 洪水), only those cnsyn's vectors confirm: the part is a guess at the sense (Cilin's 吃水 is a ship's)
            parts = short_word_parts([word], vocabulary)
            if len(parts) > 1:
                inner = next((p for p in parts if len(p) >= 2), word)
                synonyms = synonyms_of(inner, cnsyn_only=True) if doc_frequency(inner) < RARE else ()
        held = [(doc_frequency(s), s) for s in synonyms if s not in value]
        held = [s for df, s in sorted(held, key=lambda p: -p[0]) if df > 0][:MAX_PER_WORD]
        if held:
            out.append((word, tuple(held)))
    return out


def variants(value: str, vocabulary: Vocabulary, doc_frequency) -> list[str]:
    """The strings ``value`` is also read as: one rare word replaced by one of its synonyms."""
    out = []
    for word, synonyms in rewrites(value, vocabulary, doc_frequency):
        out.extend(value.replace(word, s) for s in synonyms)
    return list(dict.fromkeys(out))[:MAX_STRINGS]


def reading(tree, vocabulary: Vocabulary, doc_frequency, level: int = 0):
    """``tree`` with each unquoted string that has variants replaced by an OR of them (the string itself kept, so
    that another string's variant may stand beside it), loosened to its words near each other when ``level`` ≥ 1;
    None when no string has any. A report it matches and no tier above it does is of the thesaurus tier."""
    changed = False

    def visit(n):
        nonlocal changed
        if isinstance(n, Text) and not n.quoted and n.field in (None, "title", "headings", "text"):
            found = variants(n.value, vocabulary, doc_frequency)
            if not found:
                return n
            changed = True
            items = [n] + [_loosened(Text(v, n.field), vocabulary) if level else Text(v, n.field, quoted=True)
                           for v in found]
            return Or(tuple(items))
        if isinstance(n, (And, Or)):
            return type(n)(tuple(visit(i) for i in n.items))
        return n  # NOT, a prefix, a condition: as typed

    out = visit(tree)
    return out if changed else None


def loosened_reading(tree, vocabulary: Vocabulary, doc_frequency, level: int):
    """(``tree`` loosened to ``level`` (fallback.relax) with each unquoted string that has variants OR-ed with them,
    each read as its words anywhere, less a complaint closing it (``_held_words``: 学费太贵 → 学杂费, 小偷太多 →
    盗窃); the synonyms it reads them as, which mark the reports it finds), or (None, ()) when no string has any. The
    service lists the reports it finds after every reading of the query when all of them found too few
    (fallback.LAST_TIERS): read as typed or near (``reading``), the user's complaint (太贵, 太多: no report writes it)
    left the variant finding nothing."""
    synonyms: list[str] = []

    def visit(n):
        if isinstance(n, Text) and not n.quoted and n.field in (None, "title", "headings", "text"):
            pairs = _variant_synonyms(n.value, vocabulary, doc_frequency)
            typed = relax(n, level, vocabulary) or n
            if not pairs:
                return typed
            synonyms.extend(s for _, s in pairs)
            return Or((typed,) + tuple(dict.fromkeys(_held_words(Text(v, n.field), s, vocabulary)
                                                     for v, s in pairs)))
        if isinstance(n, (And, Or)):
            return type(n)(tuple(visit(i) for i in n.items))
        return n  # NOT, a prefix, a condition: as typed

    out = visit(tree)
    return (out, tuple(dict.fromkeys(synonyms))) if synonyms else (None, ())


def _variant_synonyms(value: str, vocabulary: Vocabulary, doc_frequency) -> list[tuple[str, str]]:
    """``[(variant, synonym)]``: ``variants`` with the synonym each holds."""
    out = []
    for word, synonyms in rewrites(value, vocabulary, doc_frequency):
        out.extend((value.replace(word, s), s) for s in synonyms)
    return list(dict.fromkeys(out))[:MAX_STRINGS]


def _held_words(node: Text, synonym: str, vocabulary: Vocabulary):
    """A variant read as its words anywhere up to a degree adverb (text.DEGREE_WORDS: 太, 很, 越来越) opening its
    last words, or a negation before a verb (fallback.complaint_at): 学杂费太贵 → 学杂费, 盗窃太多 → 盗窃, 种粮不赚钱 →
    种粮. What follows it is the user's complaint of the thing (too dear, too many, not paying), which no report writes
    of it; a report writing the thing is the answer. The synonym alone when nothing else is left; without a degree
    adverb or a negation, every word (冬季取暖 → 冬季 … 取暖 anywhere)."""
    words = tuple(inner_words(node.value, vocabulary))
    cut = complaint_at(words, vocabulary)
    # (a negation is a function word, not in ``words``: the value is cut again, where it holds one)
    value = normalize(node.value)
    said = vocabulary.segmenter.cut(value) if NEGATIONS & set(value) else ()
    negated = complaint_at(said, vocabulary) if said else 0
    if negated < len(said) and cut == len(words):  # 种粮不赚钱 → 种粮
        words = tuple(inner_words("".join(said[:negated]), vocabulary))
        cut = len(words)
    kept = words[:cut] or (synonym,)
    if len(kept) == 1:
        return Text(kept[0], node.field, quoted=True)
    return Relaxed(Text(node.value, node.field, quoted=True), kept, 2)


def _loosened(node: Text, vocabulary: Vocabulary):
    """A variant as typed or its words near each other (fallback.relax at level 1), without synonyms of its own."""

    words = tuple(inner_words(node.value, vocabulary))
    if len(words) < 2 or len(words) > MAX_WORDS:
        return Text(node.value, node.field, quoted=True)
    return Relaxed(Text(node.value, node.field, quoted=True), words, 1)


def explain(tree, vocabulary: Vocabulary, doc_frequency) -> str:
    """What the page says: 另按同义词词典（《同义词词林》、cnsyn）的同义词查：种地→种粮、种田."""
    said = []

    def visit(n):
        if isinstance(n, Text) and not n.quoted and n.field in (None, "title", "headings", "text"):
            for word, synonyms in rewrites(n.value, vocabulary, doc_frequency):
                said.append(f"{word}→{'、'.join(synonyms)}")
        elif isinstance(n, (And, Or)):
            for i in n.items:
                visit(i)

    visit(tree)
    return f"；报告少写的词另按同义词词典（《同义词词林》、cnsyn）的同义词查（排在原词之后）：{'；'.join(dict.fromkeys(said))}" if said else ""
