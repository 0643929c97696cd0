"""The graded fallback: when a query's exact strings find few reports, looser readings below them.

A string typed without quotes means that string (README, "Query language"), so a
natural phrasing can find nothing: 下半年工作打算 where reports write 下半年的工作打算,
招商引资 存在问题 where they write 招商引资工作中存在的一些问题. When the query finds
fewer than ``FALLBACK_BELOW`` reports, the service searches it again with each
unquoted string loosened (``relax``), and lists below the exact matches:

1. reports where the string's words occur near each other (at most ``NEAR_CHARS``
   characters apart, in the typed order, or either order for two words); a string of one
   word, which has no words to loosen, is loosened to its synonyms' words near each other
   (``synonym_words``: 招才引智, which no report may write, finds 人才引进's words in
   引进海外高层次人才; a string of several words keeps its own: its synonyms' words near
   each other outranked them — 企业减负's 降低…企业…成本 — dev 0.933 → 0.929);
2. only if that still finds too few, reports where its words all occur, anywhere;
3. only if that still finds too few (or, for a query that is no question and names no part of a report, in the
   same tier as 2: ``merges_most``), reports where all its words but one occur (at most
   ``MOST_WORDS`` words; either word of two: 新冠疫情 finds the reports that say 疫情 where no report says 新冠疫情 or
   新冠…疫情 often enough), ranked by those words' scores, as a BM25 search would; and for a query of three
   strings or more, last, the reports holding all its strings but one (``most_strings``).

The words are jieba's, a long dictionary word split into the words inside it
(征地拆迁 → 征地 拆迁), function words (的, 和 …) and lone characters beside two
longer words (下岗再就业 → 下岗 就业) left out. A quoted string, a
string under NOT, a prefix and a park/year/type condition are never loosened, nor is
a string of more than ``MAX_WORDS`` words, nor a query of more than ``MAX_STRINGS``
strings (pasted text: each word costs a query).

Results come in tiers, each ranked by score (``order_by_tier``): the reports that
hold the typed strings themselves, then those that only hold a synonym (a synonym's
matches rank below the words typed, whatever their scores), then the near ones, then
the rest (among these, for a string asking for something to be done, the reports that write
its topic together first: ``topic_words``); a query naming a part of a report and a topic apart (招商引资 存在问题) lists
the reports where the topic lies in that part first (roles.leads). Each result says which
tier it is in (``MATCH``).

When even the loosest reading finds fewer than ``FALLBACK_BELOW`` reports (a user types 看病难看病贵 or 上学难 where
reports write 医疗, 医保 or 义务教育, 子女), the reports it did find say what the corpus writes for the thing: the
words they write beside the typed words more often than elsewhere (``related_words``). The reports holding those
words, and not the query, are listed last (``RELATED``), ranked by those words' BM25 scores, and the page names the
words. Nothing fitted and no word list: the words are the found reports' own, read at search time.

Before those, when one phrase was typed (no space, quote, operator or field), the reports holding some of its words
(``some_words``) and not found yet are listed (``SOME``), ranked by those words' BM25, as a BM25 search OR-ing the query's
words lists them, the first hundred by how near the found words stand first (intier.closeness: two side by side as the
phrase has them, one sentence, one section, anywhere): 农民怎么多挣钱, read as 农民 and 挣钱 together, found two reports where a user wants the reports about
farmers. And a phrase of one three-character word no report writes and with no synonym (涨工资, 招工难) is read as the
dictionary word inside it and the character left (``short_word_parts``: 涨 工资), so that it has a looser reading at all.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from whoosh import query as Q

from ..analysis import Vocabulary, normalize
from ..whoosh_ext.sequence import NearSequence
from ..text import DEGREE_WORDS, DOCUMENT_FUNCTION_WORDS, FUNCTION_WORDS, is_cjk
from .query import And, Or, Relaxed, Text, walk

FALLBACK_BELOW = 10  # an exact search finding fewer reports than this is loosened
NEAR_CHARS = 12  # "near each other": at most this many characters between two words
NEAR_BOOST = 0.5  # a report's exact string still weighs most within its tier
ANYWHERE_BOOST = 0.25
TOPIC_BOOST = 4.0  # a request's topic as written (topic_words): it orders the loosened tiers, not the scattered words
MOST_BOOST = 0.125  # all the words but one (level 3)
SYNONYM_NEAR = 0.5  # a synonym's words near each other weigh half the typed string's (compile.SYNONYM_BOOST)
MOST_WORDS = 4  # ... for a string of at most this many words (each way to leave one out is a query)
LONG_WORD = 4  # a dictionary word this long or longer is split into the words inside it
MAX_WORDS = 6  # a longer string (a pasted sentence) is not loosened: each word costs a query
MAX_STRINGS = 4  # nor a query of more strings than this (a pasted paragraph)

# A result's "match", best first: the typed strings, a synonym, the part of a report a
# string names (roles.py), the words near each other, the words anywhere.
RELATED = "related"  # the reports holding only the words reports write beside the typed ones (related_words)
SOME = "some"  # the reports holding only some of the typed words, when every reading found too few (some_words)
THESAURUS = "thesaurus"  # the reports holding a rare typed word's synonym (同义词词林, cnsyn) only (thesaurus.py)
CHARS = "chars"  # a short phrase nothing finds: the reports holding its characters (query_characters)
APART = "apart"  # a phrase's characters written in its order with others between them (apart_strings)
MATCH = ("exact", "synonym", "section", THESAURUS, APART, "near", "words", SOME, RELATED, CHARS)
LOOSE = (THESAURUS, APART, "near", "words", SOME, RELATED, CHARS)  # what the page marks as not a complete match
# the tiers after every tier of the query, when every reading of it finds fewer than FALLBACK_BELOW reports: the
# reports holding some of its words (typed), then those holding the words the found reports write beside them (not
# typed: a user's words above the corpus's, as the typed word ranks above its synonym; the service makes them in this
# order). (The other order, measured before the one-phrase condition: study 5 up where this one had 6, none down.)
# Then those holding a rare typed word's synonyms in its string loosened as far as the string was (thesaurus.py,
# ``ParsedQuery.synonyms``: a dictionary's guess, below the words the corpus itself writes beside the typed ones; first
# among these, 上学难's 学习 alone buried the related words' reports: study 3 up, 3 down, where after them 2 up, none
# down), and last the characters.
LAST_TIERS = (SOME, RELATED, THESAURUS, CHARS, APART)


def last_tier(kind: str, typed_tiers: int) -> int:
    """The tier of the reports listed for ``kind`` (one of ``LAST_TIERS``) after a query's ``typed_tiers`` tiers and its
    rest: where the service puts them and where the page counts them."""
    return typed_tiers + 1 + LAST_TIERS.index(kind)
# query_characters: a phrase of at most CHARS_MOST characters (a word of two, an everyday compound of three or four:
# 挖煤, 开网店, 药太贵); a longer one has words of its own to loosen, and its characters are in every report
CHARS_MOST = 4
CHARS_READ = 1000  # the reports holding the rarest of them whose texts are read to count them (the CPU it costs)
# related_words: the words written within RELATED_CHARS characters of the typed string's rarest word, at most
# RELATED_PLACES places read (a word written a thousand times says no more after two hundred), kept when written in
# the places of RELATED_FILES files (one file's own turn of phrase, a park's street, is not the corpus's) and
# RELATED_LIFT times as often there as at as many places spread evenly through the same reports; RELATED of them
RELATED_CHARS = 24
RELATED_PLACES = 200
RELATED_FILES = 2
RELATED_LIFT = 2.0
RELATED_WORDS = 8


def inner_words(value: str, vocabulary: Vocabulary, split: bool = True) -> list[str]:
    """The words of ``value`` a loosened search looks for (see the module docstring);
    without ``split``, a long dictionary word stays whole (the whole-words tier)."""
    segmenter = vocabulary.segmenter
    words = []
    for word in _ascii_joined(segmenter.cut(normalize(value))):
        if _ASCII_WORD.fullmatch(word):  # an acronym or code (gdp, r&d, pm2.5): one word, as typed
            words.append(word)
            continue
        parts = segmenter.word_parts(word)
        if parts is None or word in FUNCTION_WORDS:
            continue
        if len(word) == 1 and words and len(words[-1]) >= 2:
            # a lone character that jieba cut off a longer word (排水管 网): the dictionary
            # words inside the two together may cover them better (排水 管网)
            joined = words[-1] + word
            better = _cover(joined, _dictionary_spans(joined, segmenter))
            if len(better) >= 2 and all(len(w) >= 2 for w in better) and len("".join(better)) == len(joined):
                words[-1:] = better
                continue
        words.extend(_cover(word, parts) if split and len(word) >= LONG_WORD and parts else [word])
    longer = [w for w in words if len(w) > 1]
    if len(longer) >= 2:  # a lone character beside two real words adds little and matches everywhere
        words = longer
    return list(dict.fromkeys(words))


_ASCII_WORD = re.compile(r"[a-z0-9][a-z0-9&.+\-]*")


def _ascii_joined(words: list[str]) -> list[str]:
    """``words`` with a run of ASCII pieces the segmenter cut apart joined again (r & d → r&d)."""
    out: list[str] = []
    for word in words:
        if out and word.isascii() and not word.isspace() and out[-1].isascii() and not out[-1].isspace() \
                and _ASCII_WORD.fullmatch(out[-1] + word):
            out[-1] += word
        else:
            out.append(word)
    return out


def _dictionary_spans(text: str, segmenter) -> list[tuple[int, int]]:
    return [(i, j) for i in range(len(text)) for j in range(i + 2, len(text) + 1) if segmenter.has_word(text[i:j])]


def _cover(word: str, parts) -> list[str]:
    """The non-overlapping sub-words of ``word`` that cover most of it, fewest first, in
    order (征地拆迁 → 征地 拆迁); ``[word]`` when they cover it with fewer than two."""
    spans = [(i, j) for i, j in parts if j - i >= 2]
    best: dict[int, tuple] = {0: (0, 0, ())}  # end position -> (characters covered, -pieces, spans)
    for pos in range(len(word)):
        if pos not in best:
            continue
        covered, pieces, chosen = best[pos]
        steps = [(j, covered + j - i, pieces - 1, chosen + ((i, j),)) for i, j in spans if i == pos]
        steps.append((pos + 1, covered, pieces, chosen))  # leave a character out
        for end, cov, n, ch in steps:
            if end not in best or (cov, n) > best[end][:2]:
                best[end] = (cov, n, ch)
    chosen = best[len(word)][2]
    return [word[i:j] for i, j in chosen] if len(chosen) >= 2 else [word]


def relax(node, level: int, vocabulary: Vocabulary, capped=frozenset(), split: bool = True):
    """``node`` with each unquoted string of two or more words loosened to ``level``
    (a ``Relaxed`` node), or None when no string can be loosened. The strings in ``capped``
    (those naming a part of a report, roles.py: their section reading is their looser
    one) are loosened to level 2 at most: 存在 or 困难 alone is not 存在的困难. Without
    ``split``, a long dictionary word stays one word (``whole_words``)."""
    changed = False

    def visit(n):
        nonlocal changed
        if isinstance(n, Text) and not n.quoted:
            words = inner_words(n.value, vocabulary, split)
            if len(words) < 2:  # one word (招才引智): its synonyms' words near each other, if it has any
                others = synonym_words(n.value, vocabulary, split)
                if not others:
                    words = short_word_parts(words, vocabulary) if split and alone else words
                    if len(words) < 2:
                        return n
                else:
                    changed = True
                    return Relaxed(n, tuple(words), 1, (), others)
            if len(words) > MAX_WORDS:
                return n
            changed = True
            most = n.value not in capped and len(words) <= MOST_WORDS and all_but_one(tuple(words))
            topic = topic_words(n.value, tuple(words), vocabulary) if level >= 2 else ()
            return Relaxed(n, tuple(words), level if most else min(level, 2), topic)
        if isinstance(n, (And, Or)):
            return type(n)(tuple(visit(i) for i in n.items))
        return n  # NOT, a prefix, a condition: as typed

    strings = sum(1 for n in walk(node, into_not=False) if isinstance(n, Text))
    if strings > MAX_STRINGS:
        return None
    alone = strings == 1  # (a short word split only when it is all the query asks: short_word_parts)
    out = visit(node)
    return out if changed else None


NAME_TAGS = frozenset({"j", "nr", "nrfg", "nrt", "ns", "nt", "nz"})  # jieba's tags of abbreviations and names


def short_word_parts(words: list[str], vocabulary: Vocabulary) -> list[str]:
    """A string of one dictionary word shorter than ``LONG_WORD`` (three characters: 涨工资, 吃水难, 发大水), which
    has no synonym and few reports hold, read as the dictionary word inside it and the character left (涨 工资,
    吃水 难, 发 大水): a user's everyday compound (a verb and its object, a thing and 难) that the reports write
    apart or in other words (工资增长, 提高工资). Without such a word inside it, ``words`` as they are."""
    if len(words) != 1 or not 3 <= len(words[0]) < LONG_WORD:
        return words
    word = words[0]
    if vocabulary.segmenter.word_tag(word) in NAME_TAGS:  # a name or an abbreviation (冬奥会) is no compound
        return words
    parts = [(i, j) for i, j in (vocabulary.segmenter.word_parts(word) or ()) if j - i >= 2]
    if not parts:
        return words
    i, j = parts[0]  # (two overlapping: 租房子's 租房 and 房子, the first)
    return [w for w in (word[:i], word[i:j], word[j:]) if w]


def synonym_words(value: str, vocabulary: Vocabulary, split: bool = True) -> tuple:
    """The words of each synonym of ``value`` that a loosened search looks for near each other
    (``inner_words``; two to ``MAX_WORDS`` words of two characters or more): 招才引智, which no
    report may write, loosens to its synonym 人才引进's words, 引进海外高层次人才. Only near each
    other: a synonym's words anywhere (人才 … 引进) are in every long report."""
    out = []
    for variant in vocabulary.variants(value)[1:]:
        words = tuple(inner_words(variant, vocabulary, split))
        if 2 <= len(words) <= MAX_WORDS and all(len(w) >= 2 for w in words) and words not in out \
                and not (len(words) == 2 and words[::-1] in out):  # (two words are found in either order)
            out.append(words)
    return tuple(out)


def as_typed(node):
    """``node`` with every string as if quoted (no synonyms), or None when it has none."""
    changed = False

    def visit(n):
        nonlocal changed
        if isinstance(n, Text) and not n.quoted:
            changed = True
            return Text(n.value, n.field, quoted=True)
        if isinstance(n, (And, Or)):
            return type(n)(tuple(visit(i) for i in n.items))
        return n

    out = visit(node)
    return out if changed else None


def has_synonyms(node, vocabulary: Vocabulary) -> bool:
    if isinstance(node, Text):
        return not node.quoted and len(vocabulary.variants(node.value)) > 1
    if isinstance(node, (And, Or)):
        return any(has_synonyms(i, vocabulary) for i in node.items)
    return False


def relaxed_nodes(node):
    return (n for n in walk(node, into_not=False) if isinstance(n, Relaxed))


def tiers(tree, level: int, vocabulary: Vocabulary, reading=None,
          reading_first: bool = False, merged: bool = False) -> tuple[list[tuple[str, object]], str]:
    """The result tiers of ``tree`` loosened to ``level``: ``[(match, tree)]`` best first
    (a hit is of the first tier whose tree it matches) and the match of the rest.
    ``reading``: the query's section reading (roles.py), a tier below the strings as typed,
    or above them with ``reading_first`` (roles.leads). ``merged``: at level 3, the words anywhere and all
    the words but one are one tier (``merges_most``)."""
    out = [("section", reading)] if reading is not None and reading_first else []
    exact = "exact"
    typed = as_typed(tree)
    if typed is not None and has_synonyms(tree, vocabulary):
        out.append(("exact", typed))
        exact = "synonym"
    if not level and reading is None:
        return out, exact
    out.append((exact, tree))
    if reading is not None and not reading_first:
        out.append(("section", reading))
    if not level:
        return out, "section"
    if level >= 2:
        out.append(("near", relax(tree, 1, vocabulary)))
        topic = topic_near(tree, vocabulary)
        if topic is not None:
            out.append(("words", topic))
        if level >= 3 and not merged:  # all the words above all but one: both are "words" to the user
            out.append(("words", relax(tree, 2, vocabulary)))
        return _looser_only(out), "words"
    return out, "near"


def merges_most(level: int, question: bool, names_part: bool) -> bool:
    """Whether a query loosened to its words anywhere (``level`` 2: they found enough reports) also finds, in the
    same tier, the reports holding all its words but one: a query that is no question and names no part of a report
    (intier.loose_tiers orders that tier by its words). 工业用地供应's words anywhere (工业, 用地, 供应) are in every
    long report, while a park's report about 工业用地 that never writes 供应 was not found at all; a BM25 search,
    OR-ing the words, lists it by what it writes. A question keeps its order of tiers, and so does a query naming a
    part (its part's reading is its looser one)."""
    return level == 2 and not question and not names_part


def _looser_only(out: list) -> list:
    """``out`` without the tiers that have no looser reading: the service decides the level on the query
    as typed, and a year or park typed with it is taken out before the tiers are made (preferences.py), so
    the topic left may be one word jieba keeps whole (2021年 碳达峰 → 碳达峰), with nothing to loosen."""
    return [(match, t) for match, t in out if t is not None]


ACTION_TAGS = frozenset({"v", "vd", "vn"})  # jieba's verbs: 提高, 加强, 做好 (v), 优化, 发展 (vn)


def topic_words(value: str, words: tuple, vocabulary: Vocabulary) -> tuple:
    """The topic of a loosened string that asks for something to be done, as the runs of
    its words that stand together in it: the words after the verbs that open it (jieba's
    tags), less a park report's own words (text.DOCUMENT_FUNCTION_WORDS: 企业, 能力, 工作,
    建设 are in every report), each run of neighbours joined again. 提高企业自主创新能力 →
    自主创新; 做好安全生产工作 → 安全生产; 推进新型城镇化建设 → 新型城镇化. Empty when no verb
    opens the string or the topic is a single word the string's loosening kept whole."""
    tags = vocabulary.segmenter.word_tag
    k = 0
    while k < len(words) and tags(words[k]) in ACTION_TAGS:
        k += 1
    if not k:
        return ()
    text, at, runs, last_end = normalize(value), 0, [], None
    for n, word in enumerate(words):
        start = text.find(word, at)
        if start < 0:
            return ()  # (a word not found as typed: an acronym the segmenter joined)
        at = start + len(word)
        if n < k or word in DOCUMENT_FUNCTION_WORDS:
            continue
        if runs and start == last_end:
            runs[-1] += word
        else:
            runs.append(word)
        last_end = at
    if not runs or (len(runs) == 1 and runs[0] in words):
        return ()  # nothing left, or one word the anywhere reading requires already
    return tuple(runs)


def topic_near(tree, vocabulary: Vocabulary):
    """The tier below "near" of a query loosened to the words anywhere: its strings' topics
    (``topic_words``) as written, the verb that opened each anywhere; None when no string
    opens with a verb. A question of a generic verb and a long topic (怎样提高企业
    自主创新能力) rarely finds the verb as typed beside its topic (reports write 增强…, 提升…),
    and the words anywhere find every long report (each holds 提高, 企业, 创新 and 能力
    somewhere); the reports that keep the topic together (自主创新) are about it."""
    anywhere = relax(tree, 2, vocabulary)
    if anywhere is None:
        return None
    changed = False

    def visit(n):
        nonlocal changed
        if isinstance(n, Relaxed):
            if n.topic:
                changed = True
                return topic_node(n)
            return n
        if isinstance(n, (And, Or)):
            return type(n)(tuple(visit(i) for i in n.items))
        return n

    out = visit(anywhere)
    return out if changed else None


def topic_node(node: Relaxed):
    """``node``'s topic strings, all of them (an AND when several)."""
    items = tuple(Text(run, node.text.field) for run in node.topic)
    return items[0] if len(items) == 1 else And(items)


def compile_relaxed(compiler, node: Relaxed):
    """The Whoosh query of a ``Relaxed`` string (``compiler``: compile.py's compiler)."""
    parts = [compiler.compile(node.text)]
    near = near_query(compiler, node) if len(node.words) > 1 else None
    if near is not None:
        near.boost = NEAR_BOOST  # (a query built just now: no copy)
        parts.append(near)
    for words in node.others:  # a synonym's words near each other, below the typed string's
        near = near_query(compiler, Relaxed(node.text, words, 1))
        if near is not None:
            near.boost = NEAR_BOOST * SYNONYM_NEAR
            parts.append(near)
    if node.level >= 2:
        parts.append(Q.And([word_query(compiler, w, node.text.field) for w in node.words], boost=ANYWHERE_BOOST))
        if node.topic:  # its topic as written weighs as the words near each other do
            topic = compiler.compile(topic_node(node))
            topic.boost = topic.boost * TOPIC_BOOST  # (a query built just now: no copy)
            parts.append(topic)
    if node.level >= 3:  # (relax gives level 3 only to a string that has such words)
        parts.append(_boosted_or([_all_of([word_query(compiler, w, node.text.field) for w in words])
                                  for words in all_but_one(node.words)], MOST_BOOST))
    return parts[0] if len(parts) == 1 else Q.Or(parts)


def word_query(compiler, word: str, field):
    """One loosened word, or one of its synonyms ranked lower (gdp also finds 国内生产总值:
    GDP增长目标 where reports write 国内生产总值增长…预期目标)."""
    parts = compiler.strings(word, field)
    return parts[0] if len(parts) == 1 else Q.Or(parts)


def all_but_one(words: tuple) -> list[tuple]:
    """Each way to leave one of ``words`` out (two words: each word alone), but never to
    leave only lone characters (所 or 上 邽 alone say nothing: most reports hold them)."""
    out = [words[:k] + words[k + 1:] for k in range(len(words))]
    return [w for w in out if any(len(word) > 1 for word in w)]


MOST_STRINGS = 3  # a query of this many strings or more may leave one out (two: either alone is too loose)


def most_strings(tree, keep=frozenset()):
    """At the loosest level, the reading of a query of several strings that leaves one of them out (an OR
    of the ways), or None: a query of three strings or more (下半年 项目建设 计划) whose strings, each
    loosened, find few reports together, as a BM25 search would also list the reports that hold all of
    them but one (a first half's summary planning 项目建设 for 下半年 without writing 计划). The reports it
    adds come last (compile.py), marked as not a complete match. Only unquoted strings of the text, at
    most ``MOST_WORDS``: a quoted string or a field's condition is what the user asked for as typed, and
    so is a string in ``keep`` (a period typed, preferences.PERIODS: 下半年 stays a condition), never left out."""
    if not isinstance(tree, And) or not MOST_STRINGS <= len(tree.items) <= MOST_WORDS:
        return None
    if not all(isinstance(i, Relaxed) or (isinstance(i, Text) and not i.quoted and i.field is None)
               for i in tree.items):
        return None
    items = tree.items
    ways = [And(items[:k] + items[k + 1:]) for k, i in enumerate(items)
            if (i.text if isinstance(i, Relaxed) else i).value not in keep]
    return Or(tuple(ways)) if ways else None


def _all_of(queries):
    return queries[0] if len(queries) == 1 else Q.And(queries)


def _boosted_or(queries, boost):
    out = queries[0] if len(queries) == 1 else Q.Or(queries)
    out.boost = out.boost * boost  # (queries built just now: no copy)
    return out


def near_query(compiler, node: Relaxed):
    """The words near each other, on the literal field(s) whose positions follow the
    characters; None when a word is a single character (it has no position of its own
    there), or the string has no literal field."""
    if any(len(w) < 2 for w in node.words):
        return None
    word_fields, literal = compiler.places(node.text.field)
    orders = [node.words] + ([node.words[::-1]] if len(node.words) == 2 else [])
    matching = [NearSequence([compiler.literal_query(f, w) for w in order], slop=NEAR_CHARS)
                for f in literal for order in orders]
    if not matching:
        return None
    matching = matching[0] if len(matching) == 1 else Q.Or(matching)
    if not compiler.ranked:
        return matching
    ranking = [q for w in node.words for f in word_fields
               if (q := compiler.word_query(f, w, among=len(word_fields))) is not None]
    return Q.AndMaybe(matching, Q.Or(ranking)) if ranking else matching


def order_by_tier(hits, tier_sets) -> list:
    """``hits`` (``Found``, in rank order) moved into tiers: a hit's tier is the first of
    ``tier_sets`` (document sets) that holds it, else the last; order kept within a tier."""
    if not tier_sets:
        return hits
    last = len(tier_sets)
    tiered = [(next((k for k, docs in enumerate(tier_sets) if hit.docnum in docs), last), hit) for hit in hits]
    tiered.sort(key=lambda pair: pair[0])
    return [hit.in_tier(tier) for tier, hit in tiered]



_NAMES = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "x"})  # jieba's tags of names (and of no one word)
_NOT_RELATED = FUNCTION_WORDS | DOCUMENT_FUNCTION_WORDS


def related_words(texts, sources, idf: dict, segmenter, doc_frequency, n_docs: int) -> dict:
    """``{word: weight}``: the words the reports of ``texts`` (matching form; ``sources``: each one's file) write
    beside the typed words, best first (see the module docstring); ``idf``: the typed words' own idf.

    A place is the ``RELATED_CHARS`` characters either side of an occurrence of the rarest typed word of two
    characters or more, inside its paragraph, with another typed word of two or more in it when the string has one (企业搬迁入园: 搬迁
    beside 企业 or 入园, not an 易地扶贫搬迁). A word counts when it is jieba's dictionary word of two characters or
    more, no name (a person's, a place's, a body's), not a typed word nor inside one nor holding one, nor a
    function or report word (工作, 发展), written in the places of ``RELATED_FILES`` files (a place written word for word
    in an earlier report counted once: a copy republished by another site is not a second file) and at least
    ``RELATED_LIFT`` times as often in the places as at as many places spread evenly through the same reports
    (one added to those: a word seen once beside the typed one and never elsewhere is chance). Its weight: the
    share of places holding it, less its share elsewhere, times its idf (``n_docs`` reports, ``doc_frequency``)."""
    typed = [w for w in idf if len(w) >= 2]
    if not typed:
        return {}
    anchor = max(typed, key=lambda w: (idf[w], len(w)))
    others = [w for w in typed if w != anchor]
    width = 2 * RELATED_CHARS + len(anchor)
    places = 0
    near: Counter = Counter()
    elsewhere: Counter = Counter()
    files: dict = {}
    seen: set = set()
    for text, source in zip(texts, sources):
        start, found = text.find(anchor), 0
        while start >= 0 and places < RELATED_PLACES:
            # within its own paragraph: a title or a heading above it is no word of the thing
            left = max(0, start - RELATED_CHARS, text.rfind("\n", 0, start) + 1)
            right = text.find("\n", start)
            place = text[left: min(start + width - RELATED_CHARS, len(text) if right < 0 else right)]
            start = text.find(anchor, start + len(anchor))
            if (others and not any(w in place for w in others)) or place in seen:
                continue  # (a place written word for word before is a copy's: a republished page is no second file)
            seen.add(place)
            words = set(segmenter.cut(place))
            near.update(words)
            for w in words:
                files.setdefault(w, set()).add(source)
            places += 1
            found += 1
        step = len(text) // (found + 1)
        for k in range(1, found + 1):
            elsewhere.update(set(segmenter.cut(text[k * step: k * step + width])))
        if places >= RELATED_PLACES:
            break
    weights = {}
    for word, held in files.items():
        if len(held) < RELATED_FILES or near[word] < RELATED_LIFT * (elsewhere[word] + 1) or len(word) < 2 \
                or word in _NOT_RELATED or any(w in word or word in w for w in typed) \
                or not all(ch.isalpha() for ch in word) or not segmenter.has_word(word) \
                or segmenter.word_tag(word) in _NAMES:
            continue
        df = doc_frequency(word)
        weights[word] = (near[word] - elsewhere[word]) / places * math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
    best = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:RELATED_WORDS]
    return {w: v for w, v in best if v > 0}


def some_words(tree, vocabulary: Vocabulary, topic_of=lambda value: value) -> tuple:
    """The words of ``tree``'s unquoted strings of the text (not under NOT, not a field's condition), as a loosened
    search reads them (``inner_words``; a string of one short word alone, ``short_word_parts``), of two characters or
    more, once each: when every reading of the query finds fewer than ``FALLBACK_BELOW`` reports, the reports holding
    some of them come after those found (``SOME``), ranked by those words' BM25 scores, as a BM25 search OR-ing the
    query's words lists them. ``topic_of``: '' for a string naming a part of a report and nothing else (roles.py:
    存在的困难; its section reading is its loosest), else the string."""
    out = []
    strings = [n for n in walk(tree, into_not=False) if isinstance(n, Text)]
    for n in strings:
        if not n.quoted and n.field is None:
            value = topic_of(n.value)
            words = inner_words(value, vocabulary) if value else []
            words = short_word_parts(words, vocabulary) if len(strings) == 1 else words
            out.extend(w for w in words if len(w) >= 2)
    return tuple(dict.fromkeys(out))


def complains(word: str, vocabulary: Vocabulary) -> bool:
    """Whether ``word`` is a degree adverb (text.DEGREE_WORDS), or one joined to an adjective in a word of jieba's
    (太贵, 太多, 很难: what follows the adverb is an adjective, or 多 / 少; 太空, 太原, 特别是 are no such words)."""
    if word in DEGREE_WORDS:
        return True
    adverb = next((d for d in DEGREE_WORDS if word.startswith(d) and len(word) > len(d)), None)
    if adverb is None:
        return False
    rest = word[len(adverb):]
    return rest in ("多", "少") or vocabulary.segmenter.word_tag(rest).startswith("a")


# a negation before a verb or an adjective closing a phrase (种地 | 不赚钱, 看病 | 不方便): the user's complaint too
NEGATIONS = frozenset("不 没".split())


def complaint_at(words, vocabulary: Vocabulary) -> int:
    """Where the user's complaint closing ``words`` begins (a degree adverb after the first word: 学费 | 太贵, 小偷 | 太
    多; a negation before a verb or an adjective: 种地 | 不赚钱), else ``len(words)``: what follows the adverb or the
    negation says how the user finds the thing, which no report writes of it (reports write 种粮收益, not 不赚钱). A
    negation before a noun says what is missing, the thing itself (村里没电: 电 is asked about), and stays."""
    return next((k for k, w in enumerate(words) if k and (complains(w, vocabulary) or _negates(words, k, vocabulary))),
                len(words))


def _negates(words, k: int, vocabulary: Vocabulary) -> bool:
    return words[k] in NEGATIONS and k + 1 < len(words) \
        and vocabulary.segmenter.word_tag(words[k + 1])[:1] in ("v", "a")


def thing_characters(value: str, chars: tuple, vocabulary: Vocabulary) -> tuple:
    """``chars`` (``query_characters(value)``) less those of a complaint closing ``value`` (药太贵 → 药, 电费太贵 → 电
    费): 太 and 贵 are in 太空 and 贵州, never the thing asked about."""
    if not chars:  # (most queries: no segmenting)
        return chars
    words = vocabulary.segmenter.cut(normalize(value))
    at = complaint_at(words, vocabulary)
    if at == len(words):
        return chars
    thing = "".join(words[:at])
    return tuple(ch for ch in chars if ch in thing)


def object_characters(value: str, chars: tuple, vocabulary: Vocabulary) -> tuple:
    """``chars`` less those of a verb opening ``value`` before its object, a noun (请保姆 → 保 姆, 开网店 → 网 店, 坐公交
    → 公 交, 抓贪官 → 贪 官): a user names the thing by an everyday verb acting on it, and that verb's character is in
    every report in another sense (开 of 开展, 请 of 提请, 坐 of 坐标, 抓 of 抓好); the reports write the thing, not
    the verb. jieba's dictionary tags the words (``v``; ``n…``); a phrase of one word of two characters keeps them
    (打鱼, 堵车: the verb is the word), and so does a verb of two characters (吃饱饭: 饱 of 温饱 is the thing's). A
    phrase the dictionary holds whole, a one-character verb and a noun of its own (坐地铁, 坐火车: jieba's 坐 is a verb,
    地铁 a noun), is read by the noun's characters, each of them (session 47: 地 of 地铁 is no particle 地, and the
    loose readings had cut it 坐地 | 铁, so 坐 and 铁 alone listed the reports on 钢铁)."""
    if len(chars) < 2:
        return chars
    segmenter = vocabulary.segmenter
    words = segmenter.cut(normalize(value))
    if len(words) == 1 and len(words[0]) >= 3:
        verb, thing = words[0][:1], words[0][1:]
        if segmenter.word_tag(verb) == "v" and segmenter.has_word(thing) and segmenter.word_tag(thing).startswith("n"):
            return tuple(dict.fromkeys(thing))
        return chars
    if len(chars) < 3:
        return chars
    if len(words) < 2 or len(words[0]) != 1 or segmenter.word_tag(words[0]) != "v" \
            or not segmenter.word_tag(words[-1]).startswith("n"):
        return chars
    thing = "".join(words[1:])
    return tuple(ch for ch in chars if ch in thing) or chars


def phrase_characters(value: str, vocabulary: Vocabulary) -> tuple:
    """The characters a short phrase is read by when nothing finds it (``CHARS``): ``query_characters(value)`` less a
    complaint's (``thing_characters``), and for a longer phrase closing in a complaint the characters of the thing
    before it, when that is of 2 to ``CHARS_MOST`` characters (上网费太贵 → 上 网 费, 停车位太少 → 停 车 位): the length
    limit keeps out phrases with words of their own to loosen, and the complaint is no word of the thing (太贵 is in no
    report about prices), so the thing's length is what counts. () for any other string."""
    chars = query_characters(value)
    if chars:
        return object_characters(value, thing_characters(value, chars, vocabulary), vocabulary)
    text = normalize(value or "").strip()
    if len(text) <= CHARS_MOST or not all(is_cjk(ch) for ch in text):
        return ()
    words = vocabulary.segmenter.cut(text)
    at = complaint_at(words, vocabulary)
    return query_characters("".join(words[:at])) if at < len(words) else ()


def query_characters(value: str) -> tuple:
    """The characters of a phrase of 2 to ``CHARS_MOST`` ideographs (normalised: 挖煤, 開網店 → 开网店), less the
    function words of one character (的, 和); () for any other string (a longer phrase, one with a digit, a letter or
    a space). When no report writes such a phrase as typed and every reading of it finds fewer than ``FALLBACK_BELOW``
    reports, the service lists the reports holding its characters after all of those (``CHARS``), ranked by their
    Okapi BM25 (intier.okapi): 挖煤, which no report writes, finds the reports about 煤炭 and 采煤; 天旱 those writing
    旱灾 and 抗旱; 吃饱饭, whose 饭 one report holds, those writing 温饱. A user's everyday word is
    made of the characters the reports' official words are made of; a rare character (煤, 旱) weighs most, as it
    does in a BM25 search over single characters, the usual last resort for Chinese text."""
    text = normalize(value or "").strip()
    if not 2 <= len(text) <= CHARS_MOST or not all(is_cjk(ch) for ch in text):
        return ()
    return tuple(ch for ch in dict.fromkeys(text) if ch not in FUNCTION_WORDS)



# apart_strings: a phrase of APART_SHORTEST to APART_LONGEST Chinese characters whose characters a report writes in the
# typed order, at most APART_GAP characters (no punctuation, no line break) between two of them and the whole at most
# APART_SPAN times the phrase's length: how Chinese shortens a name, keeping characters of its words in their order
# (自贸港 of 自由贸易港, 进博会 of 进口博览会, 大飞机 of 大型飞机, 河长制 of 河湖长制, 加入世贸 of 加入世界贸易组织); a user
# types the short form, a report the full one, and the words tiers list it below reports writing one of its words
# often (海南 in every report of 1988). The first APART_READ loose hits are read.
APART_SHORTEST, APART_LONGEST = 3, 6
APART_GAP = 2
APART_SPAN = 2
APART_READ = 200
# (a numeral's characters in order are another number: 十二五 in 十二万五, 十二点五)
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
_APART_BETWEEN = r"[^\s。，、；：！？,.;:!?“”‘’「」『』\"'（）()《》【】]"


def apart_strings(tree, vocabulary: Vocabulary, doc_frequency, topic_of=lambda value: value) -> tuple:
    """The unquoted strings of ``tree``'s text (not under NOT, not a field's condition; ``topic_of`` as some_words)
    that read as a short form (``APART_SHORTEST`` to ``APART_LONGEST`` Chinese characters, no numeral, a word of
    jieba's cut of it a lone character or held by fewer than ``FALLBACK_BELOW`` reports: 自贸港, 大 飞机, 进 博会,
    河长制 — not 企业服务 or 园区发展, two words every report writes, whose characters apart are those words in any
    sentence), once each: when the strings as typed find too few, the loose hits writing one's characters in order
    with others between them (``written_apart``) come first among the loose ones (``APART``)."""
    if doc_frequency is None:
        return ()
    out = []
    for n in walk(tree, into_not=False):
        if isinstance(n, Text) and not n.quoted and n.field is None:
            value = topic_of(n.value)
            if not (APART_SHORTEST <= len(value) <= APART_LONGEST and all(is_cjk(ch) for ch in value)) \
                    or _NUMERALS.intersection(value):
                continue
            if short_form(value, vocabulary, doc_frequency):
                out.append(value)
    return tuple(dict.fromkeys(out))


def short_form(value: str, vocabulary: Vocabulary, doc_frequency) -> bool:
    """Whether ``value`` (three to six Chinese characters) reads as a short form (apart_strings): a word of jieba's cut
    of it held by fewer than ``FALLBACK_BELOW`` reports, or a lone character (not a function word) before its end. (A
    lone character closing it is a verb's complement or a complaint, 进展到, 用地难: no short form.)"""
    words = list(vocabulary.segmenter.cut(value))
    return any(doc_frequency(w) < FALLBACK_BELOW if len(w) > 1 else w not in FUNCTION_WORDS and k < len(words) - 1
               for k, w in enumerate(words))


def _apart_pattern(value: str) -> re.Pattern:
    return re.compile(f"({_APART_BETWEEN}{{0,{APART_GAP}}}?)".join(map(re.escape, value)))


def written_apart(text: str, value: str) -> bool:
    """Whether ``text`` writes ``value``'s characters in its order with others between them (apart_strings): not as
    typed, at most APART_GAP characters between two, the whole at most APART_SPAN times ``value``'s length, and not
    only function words between (税收在收入, 精神文明的建设: the string's own words, tied — the near tier's)."""
    if value[0] not in text:
        return False
    for m in _apart_pattern(value).finditer(text):
        between = "".join(m.groups())
        if between and len(m.group()) <= APART_SPAN * len(value) and not set(between) <= FUNCTION_WORDS:
            return True
    return False
