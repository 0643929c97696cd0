"""Compiling a parsed query (query.py's tree) to Whoosh, and the strings to highlight.

A string means that string, literally: it must occur as typed (after
normalisation: Traditional → Simplified, full-width → ASCII) in the field, which
is checked with a phrase over the character-bigram field (``<field>_lit``), so
recall does not depend on how jieba cut the text. The word field (jieba words)
only adds to the score (``AndMaybe``): ranking from words, matching from
characters. Synonyms (the index's ``Vocabulary``) widen an unquoted string; a
"quoted phrase" is exact. Phrases are ``whoosh_ext.phrase.ConsecutivePhrase``:
Whoosh's ``Phrase``, matched by document and position sets instead of spans.
Compiled with ``ranked=False`` the word side is left out: the same reports, for
counting (facets).

``ParsedQuery.terms`` are the strings to highlight: every positive string (and
its synonyms), never one under NOT; a phrase is one term, so it is marked whole.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as Q

from ..analysis import Vocabulary, bundled_vocabulary, literal_groups
from ..errors import QueryTooComplex
from ..text import is_cjk
from ..whoosh_ext.chars import LoneCharacter
from ..whoosh_ext.sequence import NearSequence
from ..whoosh_ext.phrase import ConsecutivePhrase
from ..whoosh_ext.sections import restrict
from ..whoosh_ext.terms import field_terms
from . import fallback, intier, preferences, questions, roles, thesaurus
from .budget import check_query
from .parknames import park_names
from .query import (_WORD_SEP, And, InHeading, InSections, Meta, NearWords, Not, Or, Prefix, Relaxed, Text, explain,
                    heading_kind, parse_expression, walk)

# Word fields a bare string searches (and their literal twins, "<name>_lit").
DEFAULT_FIELDS = ("title", "headings", "text")
LITERAL_SUFFIX = "_lit"
SYNONYM_BOOST = 0.5  # a report that says what was typed ranks above one that says a synonym
PARK_MENTIONED_BOOST = 0.3  # park:X also finds reports that only mention X, lower
SECTION_KIND_BOOST = 0.5  # heading:存在问题 also finds 存在的问题 / 问题与不足 sections, below the heading as typed
# A bare string's words found in the headings field weigh half there (session 32). The text holds the headings, so
# a heading's words are counted twice, and each field's BM25 is saturated apart (Whoosh adds the fields' scores, where
# BM25F proper adds their counts and saturates once): one heading holding the string (a park plan's numbered item,
# 14、……公共服务……) added as much as the text's count going from 1 to 10, so a short plan naming it once in an
# item outranked the reports writing it ten times. At half a heading still weighs more than any other occurrence.
HEADINGS_BOOST = 0.5


@dataclass
class ParsedQuery:
    text: str
    query: Q.Query | None  # None: an empty query browses everything
    terms: list[str] = field(default_factory=list)  # strings to highlight (normalised)
    understood: str = ""
    warning: str | None = None
    # (match, query) per tier of results, best first (fallback.py): a hit is of the first
    # tier whose query matches it, else of ``rest``; empty when all hits are alike
    tiers: list = field(default_factory=list)
    rest: str = "exact"
    loose_terms: list[str] = field(default_factory=list)  # a loosened string's words, to mark
    loosened: int = 0  # how far its strings were loosened (fallback.py's levels)
    # unranked only: the reports of a period typed holding the topic (preferences.preferred), for the
    # service to count; None when no period is preferred
    preferred: Q.Query | None = None
    # a count asked, as (classifier, thing) (questions.count_asked): in each tier the reports writing it first
    counts: tuple = ()
    # a question typed (questions.py): its tiers ordered by what it asks about too (intier.py)
    question: bool = False
    # a query of "quoted" strings only (intier.quoted_strings): its hits ordered by how often each writes them
    quoted: tuple = ()
    # the words of its unquoted strings (fallback.some_words): when every reading finds too few, the reports holding
    # some of them come after those found (the service)
    some: tuple = ()
    # one short phrase's characters (fallback.query_characters): when no reading of it finds a report, the reports
    # holding them (the service)
    chars: tuple = ()
    # a rare typed word's synonyms (thesaurus.loosened_reading) in its string loosened, the query ranked and loosened to
    # its words anywhere: when every reading finds too few, the reports they find come after those found (the service)
    synonyms: Q.Query | None = None
    synonym_terms: tuple = ()  # ... the synonyms it reads, which mark the reports it finds
    # the strings to highlight less a year, park, period or type typed with the topic (preferences.py): the words the
    # reports write beside the topic are read beside these (the service's related tier); () when none was typed
    topic_terms: tuple = ()
    # the unquoted strings a report may write apart (fallback.apart_strings: 自贸港 of 自由贸易港): when every reading
    # finds too few, the loose hits writing one so come first among the loose ones (the service); () with a year or
    # park typed (their reports come first, loose ones too: preferences.py)
    apart: tuple = ()


# --------------------------------------------------------------------------
# Compiling to Whoosh
# --------------------------------------------------------------------------

class _Compiler:
    def __init__(self, schema, fields, reader=None, ranked=True, vocabulary: Vocabulary | None = None):
        self.schema = schema
        self.vocabulary = vocabulary or bundled_vocabulary()
        self.fields = tuple(fields)
        self.reader = reader
        self.ranked = ranked  # False: only which reports match counts (facets), so no word queries
        self._words: dict = {}

    def narrowed(self, fields):
        """The same compiler over ``fields`` only (a topic inside sections: the body)."""
        return _Compiler(self.schema, fields, self.reader, self.ranked, self.vocabulary)

    def places(self, fieldname):
        """(word fields, literal fields) a string in ``fieldname`` is searched in."""
        words = (fieldname,) if fieldname else self.fields
        if not fieldname and "text" in words:
            # the text holds the title line and the headings: its literal field decides
            literal = ("text" + LITERAL_SUFFIX,)
        else:
            literal = tuple(f + LITERAL_SUFFIX for f in words)
        literal = tuple(f for f in literal if f in self.schema)
        return [f for f in words if f in self.schema], literal

    def compile(self, node):
        if isinstance(node, And):
            positive = [self.compile(n) for n in node.items if not isinstance(n, Not)]
            negative = [self.compile(n.item) for n in node.items if isinstance(n, Not)]
            base = Q.And(positive) if len(positive) > 1 else (positive[0] if positive else Q.Every())
            if negative:
                return Q.AndNot(base, negative[0] if len(negative) == 1 else Q.Or(negative))
            return base
        if isinstance(node, Or):
            return Q.Or([self.compile(n) for n in node.items])
        if isinstance(node, Not):
            return Q.AndNot(Q.Every(), self.compile(node.item))
        if isinstance(node, Text):
            parts = self.strings(node.value, node.field, synonyms=not node.quoted)
            kind = heading_kind(node.value) if node.field == "headings" else None
            if kind and "section_kinds" in self.schema:
                parts.append(Q.Term("section_kinds", kind, boost=SECTION_KIND_BOOST))
            return parts[0] if len(parts) == 1 else Q.Or(parts)
        if isinstance(node, Prefix):
            words, _ = self.places(node.field)
            return _or([Q.Prefix(f, node.value) for f in words])
        if isinstance(node, Meta):
            return self.meta(node)
        if isinstance(node, Relaxed):
            return fallback.compile_relaxed(self, node)
        if isinstance(node, InSections):
            return roles.compile_in_sections(self, node)
        if isinstance(node, NearWords):
            return roles.compile_near_words(self, node)
        if isinstance(node, InHeading):
            field = "headings" + LITERAL_SUFFIX
            return Q.ConstantScoreQuery(self.literal_query(field, node.value), 0.0) if field in self.schema \
                else Q.NullQuery
        raise TypeError(node)

    def strings(self, value, fieldname, synonyms=True) -> list:
        """The queries of ``value`` and, with ``synonyms``, of each of its synonyms (ranked lower)."""
        strings = self.vocabulary.variants(value) if synonyms else [value]
        return [self.string(s, fieldname, boost=1.0 if k == 0 else SYNONYM_BOOST) for k, s in enumerate(strings)]

    def string(self, value, fieldname, boost=1.0):
        words, literal = self.places(fieldname)
        if literal and not self.ranked:
            return _or([self.literal_query(f, value) for f in literal])
        ranking = _or([q for q in (self.word_query(f, value, among=len(words)) for f in words) if q is not None])
        if not literal:  # an index without literal fields: words alone
            return _boosted(ranking or Q.NullQuery, boost)
        # A phrase scores the sum of its terms, so a long string (a 7-character synonym:
        # 6 bigrams, 3 words) outweighed a short one (高新区: 2 bigrams, 1 word); each
        # string counts as one term on each side.
        matching = _per_term(_or([self.literal_query(f, value) for f in literal]),
                             sum(len(group) for group in literal_groups(value)))
        if ranking is not None:
            ranking = _per_term(ranking, max(len(self.words_of(f, value)) for f in words))
        return _boosted(Q.AndMaybe(matching, ranking) if ranking is not None else matching, boost)

    def words_of(self, fieldname, value) -> list[str]:
        key = (fieldname, value)
        if key not in self._words:  # a string is asked for per field and per side: cut it once
            self._words[key] = list(self.schema[fieldname].process_text(value, mode="query"))
        return self._words[key]

    def word_query(self, fieldname, value, among: int = 1):
        """The ranking query of ``value``'s words in ``fieldname``, one of ``among`` word fields searched together
        (the headings among others weigh ``HEADINGS_BOOST``; a heading:X query's alone keeps its weight)."""
        texts = self.words_of(fieldname, value)
        if not texts:
            return None
        q = Q.Term(fieldname, texts[0]) if len(texts) == 1 else ConsecutivePhrase(fieldname, texts)
        return _boosted(q, HEADINGS_BOOST) if fieldname == "headings" and among > 1 else q

    def literal_query(self, fieldname, value):
        """Exactly the reports whose ``fieldname`` holds ``value`` (separators split it into parts)."""
        parts = []
        for group in literal_groups(value):
            if len(group) > 1:
                parts.append(ConsecutivePhrase(fieldname, group))
            elif len(group[0]) == 1 and is_cjk(group[0]):
                # a lone character: every report holding it, as one document set (not an
                # OR of the hundreds of bigrams that start or end with it)
                parts.append(LoneCharacter(fieldname, group[0], counting=not self.ranked))
            else:
                parts.append(Q.Term(fieldname, group[0]))
        if not parts:
            return Q.NullQuery
        if len(parts) == 1:
            return parts[0]
        if all(isinstance(p, (Q.Phrase, Q.Term)) for p in parts):  # ConsecutivePhrase is a Phrase
            # A separator leaves one empty position, so slop 2 lets the parts touch or be
            # parted by punctuation and spaces, nothing else: 安全、生产 finds 安全，生产 and 安全生产.
            return NearSequence(parts, slop=2)
        return Q.And(parts)

    def meta(self, node):
        if node.field == "year":
            if isinstance(node.value, tuple):
                return Q.NumericRange("year_num", node.value[0], node.value[1])
            return Q.Term("year", node.value)
        if node.field == "park":
            options = [self.park_field_query(node.value, boost=2.0)]
            for f, boost in (("park" + LITERAL_SUFFIX, 1.0), ("parks_mentioned" + LITERAL_SUFFIX, PARK_MENTIONED_BOOST)):
                if f in self.schema:
                    options.append(_boosted(self.literal_query(f, node.value), boost))
            return _or(options)
        return Q.Term(node.field, node.value)

    def park_field_query(self, value, boost=1.0):
        """The reports whose park is ``value``: every spelling the index holds of it
        (寧波高新區, 宁波国家高新区 for 宁波高新区)."""
        spellings = park_names(field_terms(self.reader, "park")).spellings(value) \
            if self.reader is not None and "park" in self.schema else [value]
        return _or([Q.Term("park", s, boost=boost) for s in dict.fromkeys([value, *spellings])])


def _or(queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else Q.Or(queries)


def _per_term(q, terms: int):
    return _boosted(q, q.boost / terms) if terms > 1 else q


def _boosted(q, boost):
    """``q`` with ``boost``, set in place: every caller passes a query it has just built
    (Whoosh's ``copy`` is a deepcopy, and a lone character's query holds ~100 terms)."""
    if boost != 1.0 and q is not Q.NullQuery:
        q.boost = boost
    return q


# --------------------------------------------------------------------------
# Highlighting and explaining
# --------------------------------------------------------------------------

MAX_PREFIX_WORDS = 50


def highlight_terms(node, reader=None, fields=("text",), vocabulary: Vocabulary | None = None) -> list[str]:
    """Strings to mark: each positive string (whole, plus its separated parts) and its synonyms.

    A prefix marks the words it found (招商* marks 招商引资 whole) when ``reader`` is
    given, else the prefix itself.
    """
    terms: list[str] = []
    vocabulary = vocabulary or bundled_vocabulary()

    def visit(n):
        if isinstance(n, Not) or n is None:
            return
        if isinstance(n, (And, Or)):
            for item in n.items:
                visit(item)
        elif isinstance(n, Text):
            for s in ([n.value] if n.quoted else vocabulary.variants(n.value)):
                terms.append(s)
                terms.extend(p for p in _WORD_SEP.split(s) if p and p != s)
        elif isinstance(n, Relaxed):  # its words are marked only where the string is not
            visit(n.text)
        elif isinstance(n, Prefix):
            terms.append(n.value)
            if reader is not None:
                words = set()
                for f in ([n.field] if n.field else fields):
                    if f in reader.schema:
                        words.update(reader.expand_prefix(f, n.value))
                        if len(words) > MAX_PREFIX_WORDS:
                            break
                words = sorted((w.decode("utf-8") if isinstance(w, bytes) else w for w in words), key=len)
                terms.extend(words[-MAX_PREFIX_WORDS:])

    visit(node)
    return list(dict.fromkeys(t for t in terms if t))


# --------------------------------------------------------------------------
# The entry point
# --------------------------------------------------------------------------

def parse_query(text: str, schema, fields=DEFAULT_FIELDS, reader=None, ranked=True, sections=(),
                vocabulary: Vocabulary | None = None, loosen: int = 0, by_section: bool = True,
                widen: int = preferences.WIDE) -> ParsedQuery:
    """Parse ``text``; bare strings search ``fields``, and with ``sections`` (kinds) they
    match only inside sections of those kinds (the section filter: pass ``("text",)``).

    Odd syntax gives a best-effort query and a warning; only a query over the count
    budget (budget.check_query: too many strings, too broad a prefix) raises QueryTooComplex.
    ``ranked=False`` compiles a query that matches the same reports without the word
    queries that only rank them (``AndMaybe``'s optional side): for counting, so it
    leaves ``terms`` empty (a prefix's highlight terms cost a lexicon walk per field).
    ``vocabulary``: the index's synonyms (default: the bundled ones). ``loosen`` (1 or 2)
    loosens the unquoted strings (fallback.py: the service decides when), and
    ``tiers`` then say which hits are exact. ``by_section``: a string naming a part of a
    report also finds that part (roles.py); off to count what the query as typed finds.
    ``widen``: how far a period's reports are widened when typed with a topic (preferences.py:
    the service passes ``WIDEST`` when none of them holds the topic).
    """
    text = (text or "").strip()
    tree, warning = parse_expression(text)
    if tree is None:
        if text and warning is None:
            warning = "查询中没有可检索的词语，已显示全部报告。"
        return ParsedQuery(text, None, understood="全部报告", warning=warning if text else None)
    check_query(tree, reader, fields)  # over a count budget: QueryTooComplex (a 400), before any work
    # one phrase typed (no space, quote, operator or field): its words are the loosest reading of it (fallback.SOME);
    # strings typed apart are each asked for (青川 项目建设 finds what writes both)
    phrase = isinstance(tree, Text) and not tree.quoted and tree.field is None
    vocabulary = vocabulary or bundled_vocabulary()
    # (less those of a complaint closing it: 药太贵 → 药, 上网费太贵 → 上 网 费: fallback.phrase_characters)
    chars = fallback.phrase_characters(tree.value, vocabulary) if phrase and ranked else ()
    tree, asked = questions.read(tree, vocabulary)  # a question typed as a sentence: the strings it asks about
    if asked:
        check_query(tree, reader, fields)
        # a question asking about one short phrase (怎么存钱, 天旱怎么办): that phrase's characters, as if typed alone
        # (the question's own characters are its question words')
        chars = fallback.phrase_characters(tree.value, vocabulary) \
            if ranked and isinstance(tree, Text) and not tree.quoted and tree.field is None else ()
    # 2023年 / 金岭工业园 / 上半年 typed with a topic (or 上半年 dropped from a question's): its reports first
    tree, preferred = preferences.read(tree, reader, asked.popped if asked else ())
    reading = roles.section_reading(tree, vocabulary, mixed=loosen > 0) if by_section else None
    # a statement naming no part, loosened to its words anywhere: all its words but one in the same tier
    merged = fallback.merges_most(loosen, bool(asked), roles.section_reading(tree, vocabulary, mixed=True) is not None)
    if merged:
        loosen = 3
    tiers, rest = fallback.tiers(tree, loosen, vocabulary, reading, roles.leads(reading), merged)
    surest = roles.period_plans(reading)
    if surest is not None and roles.leads(reading):
        # 下半年 项目建设: the second half's own plans lead; a year's report writing 下半年 somewhere and the topic in
        # its plans comes after the reports holding the strings as typed (a reading that does not lead)
        tiers = [(match, t) for match, t in tiers if t is not reading]
        after = next((k for k, (match, _) in enumerate(tiers) if match in fallback.LOOSE), len(tiers))
        tiers = [("section", surest)] + tiers[:after] + [("section", reading)] + tiers[after:]
    elif surest is not None:  # 下半年项目建设计划 typed as one string keeps it first; the second half's plans next
        at = next(k for k, (match, t) in enumerate(tiers) if t is reading)
        tiers = tiers[:at] + [("section", surest)] + tiers[at:]
    # a period's plans (下半年 项目建设 计划) where few reports hold the topic as typed: the topic's words inside the
    # plans of its surest reports, a tier above the query's words near each other or anywhere (roles.loosened).
    # (Loosening the topic inside any part named, 人才引进 主要成效, was measured: 13 queries up, 12 down; a period's
    # plans are a part the report itself dates, the topic's words inside them say what was asked.)
    loose_reading = roles.loosened(reading, loosen, vocabulary) if loosen and surest is not None else None
    loose_part = roles.period_plans(loose_reading) if loose_reading is not None else None
    if loose_part is not None:
        at = next((k for k, (match, _) in enumerate(tiers) if match in fallback.LOOSE), len(tiers))
        tiers = tiers[:at] + [("section", loose_part)] + tiers[at:]
    # a typed word few reports hold, read as its exact synonyms in 同义词词林 (thesaurus.py): a tier of its own, below
    # the strings as typed and the shipped synonyms
    doc_frequency = _doc_frequency(reader, schema)
    thesaurus_tree = thesaurus.reading(tree, vocabulary, doc_frequency, loosen) \
        if by_section and doc_frequency is not None else None
    if thesaurus_tree is not None:
        tiers, rest = _with_thesaurus(tiers, rest, reading if rest == "section" else tree, thesaurus_tree)
    widest = widen >= preferences.WIDEST and preferences.widest_allowed(preferred)
    wide = preferences.widened(tree, preferred, vocabulary, widen if widest else preferences.WIDE)
    if preferred:  # the year's or park's own reports above the others
        tiers = preferences.first_tiers(tree, preferred, wide) + tiers
    tiers = questions.park_first(tiers, rest, asked, across=not preferred)  # a question about a park: parks' reports first in each
    counter = _Compiler(schema, fields, reader, False, vocabulary)
    own = None
    if ranked:  # (a query for counting needs only its reports, not their order)
        tiers = [(match, restrict(counter.compile(t), sections)) for match, t in tiers]
    else:
        tiers = []
        if preferences.widest_allowed(preferred) and not sections:
            own = counter.compile(preferences.preferred(tree, preferred, wide))
    typed_tree = tree
    if loosen:
        relaxed = fallback.relax(tree, loosen, vocabulary, capped=roles.role_strings(tree, vocabulary, reading))
        try:
            if relaxed is not None:
                check_query(relaxed, reader, fields)  # a looser reading must fit the budget too
                tree = relaxed
        except QueryTooComplex:
            pass  # the query as typed, without its looser readings
    compiler = _Compiler(schema, fields, reader, ranked, vocabulary)
    def typed():  # (a fresh query each time: a boost is set in place)
        q = compiler.compile(tree)
        return q if wide is None else Q.Or([q, compiler.compile(wide)])

    query = typed()
    if reading is not None:
        if ranked and roles.leads(reading):
            # 招商引资 存在问题: the reports are ranked by the topic typed apart, once, whether or not they
            # also write the part's name as typed (a long report writing 工作成效 once outranked a park's
            # short one whose results are about 招商引资); the strings as typed weigh little
            lead = Q.AndMaybe(_boosted(compiler.compile(reading), roles.ROLE_BOOST),
                              Q.Or([_boosted(typed(), roles.APART_WEIGHT),
                                    compiler.compile(roles.in_sections(reading).topic)]))
            # the reports found elsewhere keep the strings' own weights (问题 written often: a report about problems)
            query = Q.Or([Q.AndNot(query, compiler.compile(reading)), lead])
        else:
            query = Q.Or([query, _boosted(compiler.compile(reading), roles.ROLE_BOOST)])
        if surest is not None:  # (its reports may not hold every string as typed: 计划 of 下半年 项目建设 计划)
            query = Q.Or([query, _boosted(compiler.compile(surest), roles.ROLE_BOOST)])
        if loose_part is not None:
            query = Q.Or([query, _boosted(compiler.compile(loose_part), roles.ROLE_BOOST * fallback.NEAR_BOOST)])
        alone = roles.topic_alone(reading) if loosen else None
        if alone is not None:
            # few reports hold the part and its topic (环境整治 下一步打算): the reports holding the topic
            # alone come last, below every tier, as the loosest reading of the part named
            query = Q.Or([query, _boosted(compiler.compile(alone), roles.TOPIC_ALONE)])
            # ... and after them the reports holding the topic's words apart (人才引进 → 人才 … 引进; roles.apart_topic),
            # not found by any reading above: their own weight, far below, keeps them after every report listed (and
            # moves the others by less than their scores' differences: no query of the study moved; excluding the
            # others with AndNot, the whole query evaluated twice, cost 30–120 ms of CPU on the section queries)
            # (when the query itself was loosened to its words anywhere: they are listed as such, fallback.tiers' rest)
            apart = roles.apart_topic(alone, vocabulary) if loosen >= 2 else None
            if apart is not None:
                query = Q.Or([query, _boosted(compiler.compile(apart), roles.TOPIC_APART)])
    if thesaurus_tree is not None:
        query = Q.Or([query, _boosted(compiler.compile(thesaurus_tree), thesaurus.BOOST)])
    # ... and in its string loosened (thesaurus.loosened_reading: the synonym with the string's other words that some
    # report holds, anywhere): a tier the service lists after every reading of the query, when all of them found too
    # few (fallback.LAST_TIERS)
    loose_synonyms, synonym_terms = thesaurus.loosened_reading(typed_tree, vocabulary, doc_frequency, loosen) \
        if thesaurus_tree is not None and loosen >= 2 and ranked else (None, ())
    most = fallback.most_strings(tree, preferences.PERIODS) if loosen >= 3 and not merged else None
    if most is not None:  # few reports hold every string, each loosened: those holding all but one come last
        query = Q.Or([query, _boosted(compiler.compile(most), fallback.MOST_BOOST)])
    if ranked:
        query = questions.ranked_words(query, asked, compiler)
        query = preferences.boosted(query, preferred, compiler)
    query = restrict(query, sections)
    terms = (preferences.highlight(preferred) + highlight_terms(tree, reader, fields, vocabulary)) if ranked else []
    loose = [w for n in fallback.relaxed_nodes(tree) for w in n.words + sum(n.others, ())] if ranked else []
    if thesaurus_tree is not None and ranked:  # a report found by a synonym of 同义词词林: mark it
        loose += [t.text.value if isinstance(t, Relaxed) else t.value for t in walk(thesaurus_tree, into_not=False)
                  if isinstance(t, Relaxed) or (isinstance(t, Text) and t.quoted)]
    if reading is not None and ranked:  # a report found by its section: mark the role's words
        loose += list(roles.in_sections(reading).words)
    # a question naming no part of a report: its tiers by the words asked about too (the service: intier.py)
    in_tier = bool(asked) and ranked and not intier.part_named(tiers, rest)
    # a query of quoted strings only: its hits by how often each writes them (the service: intier.written_okapi)
    quoted = intier.quoted_strings(tree) if ranked and not asked and not preferred and reading is None else ()
    # the words of its unquoted strings: when every reading finds too few, the reports holding some of them last
    some = fallback.some_words(typed_tree, vocabulary, lambda value: _topic_of(value, vocabulary)) \
        if ranked and phrase else ()
    understood = (questions.explain(asked, in_tier) + preferences.explain(preferred, widest) + explain(tree, vocabulary)
                  + roles.explain(reading) + roles.explain_loosened(loose_reading)
                  + (roles.explain_alone(reading, vocabulary if loosen >= 2 else None) if loosen else "")
                  + ("；最后列只缺其中一项的报告" if most is not None else "")
                  + (thesaurus.explain(typed_tree, vocabulary, doc_frequency) if thesaurus_tree is not None else ""))
    return ParsedQuery(text, query, terms, understood, warning, tiers, rest,
                       list(dict.fromkeys(loose)), loosen, own, asked.counts if ranked and asked else (),
                       bool(asked) and ranked, quoted, some, chars,
                       compiler.compile(loose_synonyms) if loose_synonyms is not None else None, synonym_terms,
                       tuple(t for t in terms if t not in preferences.highlight(preferred)) if preferred else (),
                       fallback.apart_strings(typed_tree, vocabulary, doc_frequency,
                                              lambda value: _topic_of(value, vocabulary))
                       if ranked and not preferred else ())


def _topic_of(value: str, vocabulary: Vocabulary) -> str:
    """'' when ``value`` names a part of a report and nothing else (roles.role_of: 存在的困难, 下一步工作), else
    ``value`` (土地瓶颈, 园区下半年工作计划: the part's words beside a topic rank with it)."""
    role = roles.role_of(value, vocabulary, mixed=True)
    return value if role is None or role[2] else ""


def _doc_frequency(reader, schema):
    """How many reports' word field holds a word (None without a reader: no corpus to ask)."""
    if reader is None or "text" not in schema:
        return None
    memo: dict = {}

    def df(word: str) -> int:
        if word not in memo:
            memo[word] = reader.doc_frequency("text", word)
        return memo[word]
    return df


def _with_thesaurus(tiers: list, rest: str, rest_tree, reading) -> tuple[list, str]:
    """``tiers`` with the thesaurus tier (thesaurus.py, ``reading``) below the strings as typed, their shipped synonyms
    and the part named, above the looser readings of the typed words (fallback.LOOSE: README, typed above synonym above
    loose); and ``rest``, the match of the reports in no tier (``rest_tree``: the reading that finds them). (Placed
    after the typed words near each other instead, the study queries ranked the same, session 23.)"""
    if not tiers:  # the typed strings alone: they become a tier, the reports of the synonyms the rest
        return [(rest, rest_tree)], thesaurus.MATCH
    at = next((k for k, (match, _) in enumerate(tiers) if match in fallback.LOOSE), len(tiers))
    if at == len(tiers) and rest not in fallback.LOOSE:  # (the reports in no tier hold the strings as typed)
        return tiers + [(rest, rest_tree)], thesaurus.MATCH
    return tiers[:at] + [(thesaurus.MATCH, reading)] + tiers[at:], rest


def can_loosen(text: str, vocabulary: Vocabulary | None = None) -> bool:
    """Whether ``text`` holds a string the fallback could loosen (fallback.py)."""
    tree, _ = parse_expression((text or "").strip())
    vocabulary = vocabulary or bundled_vocabulary()
    tree, _ = questions.read(tree, vocabulary)
    return tree is not None and (fallback.relax(tree, 1, vocabulary) is not None
                                 or fallback.most_strings(tree, preferences.PERIODS) is not None)
