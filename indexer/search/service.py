"""The search service: the one place the CLI and the web UI ask questions of the index.

It takes plain parameters (``SearchRequest``), returns plain data shaped like the
contract's JSON, and keeps Whoosh objects to itself.
"""
from __future__ import annotations

import math
import sys
import threading
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as Q

from .. import generations, lru
from ..analysis import BACKEND, TOKENIZER, Vocabulary, from_matching_form, normalize_for_matching, use_vocabulary
from ..analysis.dedupe import group_duplicates, without_lonely
from ..errors import IndexDamaged, IndexMissing, NotFound, ParksearchError
from ..model import SECTION_KINDS
from ..text import UNKNOWN, is_cjk
from ..whoosh_ext import chars, phrase, terms
from ..whoosh_ext.chars import LoneCharacter
from ..whoosh_ext.columns import MappedRows
from ..whoosh_ext.scoremap import scored_arrays
from ..whoosh_ext.sections import forget_folder as forget_spans
from ..whoosh_ext.sections import needs_spans, spans_column
from .budget import check_allowance
from .cache import Found, ResultCache
from . import fallback
from .compile import DEFAULT_FIELDS, LITERAL_SUFFIX, ParsedQuery, can_loosen, parse_query
from .docsets import doc_array, doc_set
from . import hits as hitlists
from . import intier
from .figures import asked_indicators, result_figures
from .highlight import first_snippet_text, make_snippets
from .intier import hit_texts
from .parknames import ParkNames, park_names
from .preferences import WIDE, WIDEST, may_name_period
from .questions import writes_count
from .request import SearchRequest, year_range

GROUPED_FACETS = ("park", "year", "doc_type")  # counted from sortable columns
EXPORT_LIMIT = 10000
# Scored hits, grouped hits and facets of recent searches (2–4 entries per search), kept
# within this many bytes however big the index: a broad search's hits grow with it.
# (What each segment gave, phrases, scores and section kinds, is remembered below the
# results, whoosh_ext/remember.py: a search no longer kept here is cheap to redo. At 10,000
# reports 64 MB held the mix's results 25 MB higher for ~5 % less CPU.)
CACHE_BYTES = 32 * 2**20
NORMALIZED_BYTES = 8 * 2**20  # normalised report text kept for snippets (~4 million Chinese characters)


def normalized_bytes(value) -> int:
    """What a report's normalised text holds: the string (2 bytes a Chinese character) and its
    offset map back to the original, when there is one (a list: 8 bytes a slot, 28 an int)."""
    text, offsets = value
    return sys.getsizeof(text) + (36 * len(offsets) + 56 if offsets else 0)
REFRESH_SECONDS = 1.0  # how often a request may look at CURRENT for a new generation
RETIRE_SECONDS = 60.0  # an old searcher is closed this long after the switch (requests take ms)
# what the looser results of each fallback level hold beyond words near each other
_LOOSER_WORDS = {2: "，或词语都出现", 3: "，或词语都出现，或只缺其中一个词"}


class SearchService:
    """Answers searches and report look-ups against one index folder."""

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        # Fail at start-up, not mid-request: no index, or a broken one, says what to run.
        name, ix, vocabulary, searcher = self._open_current()
        # replaced whole, so a thread never sees a name with another's index or words
        self._current = (name, ix, vocabulary)
        # Each thread reads through a searcher of its own: segments are separate files
        # read with seek + read, which threads sharing one file handle would interleave.
        self._local = threading.local()
        self._local.generation, self._local.searcher, self._local.vocabulary = name, searcher, vocabulary
        self._stamp = generations.current_stamp(self.index_dir)
        self._checked = time.monotonic()
        # every searcher a thread opened, with its generation: an idle thread's old searcher
        # is closed too, or its open files would keep a removed generation on disk
        self._searchers: list[tuple[str, object]] = [(name, searcher)]
        self._superseded: dict[str, float] = {}  # generation -> when it stopped being served
        # both within the process's one budget with every other memory (indexer/lru.py)
        self._cache = ResultCache(CACHE_BYTES, name="results", shared=lru.SHARED)
        self._normalized = ResultCache(NORMALIZED_BYTES, size_of=normalized_bytes, name="normalised texts",
                                       shared=lru.SHARED)
        self._columns: dict = {}  # (generation, field) -> the column's value per docnum
        # called with the service after each switch to a new generation (serve warms report pages)
        self.after_switch: list = []
        self._prepare(searcher)
        chars.prepare(ix)  # lone characters' tables, in the background (whoosh_ext/chars.py)

    def after_fork(self) -> None:
        """In a process forked from this one (``serve``'s export processes): each thread here
        opens a searcher of its own, never one of the parent's, whose open files share their
        read positions with the parent; the parent's are closed here (our copies of its files),
        and the lock is new (another thread of the parent may have held it at the fork). What
        was read and remembered stays, shared with the parent until written."""
        inherited, self._searchers = self._searchers, []
        self._local = threading.local()
        self._lock = threading.Lock()
        for _, searcher in inherited:
            try:
                searcher.close()
            except Exception:  # noqa: BLE001 - only our copies of the parent's files
                pass

    def _prepare(self, searcher) -> None:
        """Read what every search of a generation needs (facet columns, the near-duplicate
        sketches, the section spans where no positions sidecar holds them) when the generation is opened,
        not in a user's request."""
        for name in GROUPED_FACETS:
            self._column(searcher, name)
        if "dup_sig" in searcher.schema:
            self._grouping_sigs(searcher)
        if "dup_family" in searcher.schema:
            self._column(searcher, "dup_family")
        for sub, _ in searcher.leaf_searchers():
            if needs_spans(sub.reader()):  # (a segment with a positions sidecar answers from it)
                spans_column(sub.reader())
        if "year_num" in searcher.schema:
            self._year_keys(searcher)

    def _open_current(self):
        """(name, index, vocabulary, searcher) of the generation CURRENT names, checked whole."""
        for attempt in range(3):
            gen_dir = generations.current_generation(self.index_dir)
            try:
                ix = whoosh_index.open_dir(str(gen_dir))
                vocabulary = self._vocabulary_of(gen_dir)
                return gen_dir.name, ix, vocabulary, self._new_searcher(ix, vocabulary)
            except FileNotFoundError:
                # Two builds finished between reading CURRENT and opening its folder:
                # the folder was retired; CURRENT names a newer one now.
                if attempt == 2:
                    raise
            except ParksearchError:
                raise
            except Exception as error:  # noqa: BLE001 - any Whoosh failure means a broken generation
                raise IndexDamaged(
                    f"索引 {gen_dir} 无法打开（{type(error).__name__}: {error}）。"
                    f"请运行：{generations.REPAIR} --index {self.index_dir} 重建索引。"
                ) from error
        raise AssertionError("unreachable")

    def _vocabulary_of(self, gen_dir: Path) -> Vocabulary:
        """The dictionary and synonyms the generation was built with (copied into it), with
        jieba's dictionary loaded now rather than in the first user's request. Queries must
        be cut by the segmenter that cut the reports: an index built by the other one is refused."""
        built_by = generations.read_manifest(gen_dir).tokenizer if (gen_dir / generations.MANIFEST).is_file() else ""
        if built_by and built_by.split()[0] != BACKEND:
            raise IndexMissing(
                f"索引 {gen_dir.name} 是用 {built_by} 分词建成的，而当前环境用 {TOKENIZER} 分词，"
                f"检索结果会不准。请运行：parksearch index --index {self.index_dir} 重建索引"
                f"（或在建索引的同一环境中运行）。")
        vocabulary = Vocabulary.of_folder(gen_dir)
        vocabulary.segmenter.cut("园区招商引资工作总结")
        return vocabulary

    def _new_searcher(self, ix, vocabulary: Vocabulary):
        searcher = ix.searcher()
        terms.remember_terms(searcher)
        phrase.preload_field_lengths(searcher)
        use_vocabulary(searcher.schema, vocabulary)  # the schema is this searcher's own copy
        return searcher

    def searcher(self):
        """This thread's searcher of the current generation.

        CURRENT is looked at no more than once a second; when a build has published a
        new generation, each thread opens a searcher on it at its next request. A
        request that already holds the old searcher keeps using it; old searchers are
        closed a while later.
        """
        now = time.monotonic()
        if now - self._checked >= REFRESH_SECONDS:
            self._look_for_new_generation(now)
        name, ix, vocabulary = self._current
        local = self._local
        if getattr(local, "generation", None) != name:
            searcher = self._new_searcher(ix, vocabulary)
            local.searcher, local.generation, local.vocabulary = searcher, name, vocabulary
            self._prepare(searcher)  # after a switch, the first thread there reads them
            with self._lock:
                self._searchers.append((name, searcher))
        return local.searcher

    def refresh(self) -> None:
        """Look at CURRENT now rather than at the next once-a-second check: a generation a
        build has just published is served from this thread's next request."""
        with self._lock:
            self._checked = float("-inf")
        self._look_for_new_generation(time.monotonic())

    def _look_for_new_generation(self, now: float) -> None:
        with self._lock:
            if now - self._checked < REFRESH_SECONDS:
                return
            self._checked = now
            stamp = generations.current_stamp(self.index_dir)
            if stamp != self._stamp:
                try:
                    name = generations.read_current(self.index_dir)
                    if name and name != self._current[0]:
                        previous = self._current[0]
                        old = self.index_dir / previous
                        name, ix, vocabulary, searcher = self._open_current()
                        shared = {sub.reader().segment().segid for sub, _ in searcher.leaf_searchers()}
                        searcher.close()  # it proved the generation whole; threads open their own
                        self._current = (name, ix, vocabulary)
                        self._superseded[previous] = now  # its searchers close RETIRE_SECONDS from now
                        self._cache.clear()  # its entries hold the old searchers' hits
                        self._normalized.clear()
                        self._columns = {}
                        # the old generation's segments are not searched again (by this service);
                        # those the new one shares (the same files) keep what was read of them
                        phrase.forget_folder(old, moved_to=self.index_dir / name, keep=shared)
                        forget_spans(old, moved_to=self.index_dir / name, keep=shared)
                        chars.forget_folder(old, moved_to=self.index_dir / name, keep=shared)
                        terms.forget_folder(old, moved_to=self.index_dir / name, keep=shared)
                        chars.prepare(ix)
                        for callback in self.after_switch:
                            callback(self)
                    self._stamp = stamp
                except (ParksearchError, OSError) as error:
                    # Keep answering from the generation we have; say why once per check.
                    print(f"警告：新索引无法打开，继续使用 {self._current[0]}：{error}", file=sys.stderr)
            self._close_retired(now)

    def _close_retired(self, now: float) -> None:
        """Close the searchers of generations no longer served for RETIRE_SECONDS, whichever
        thread opened them (one that has been idle since keeps none open: its next request
        opens a searcher on the current generation)."""
        still = []
        for generation, searcher in self._searchers:
            since = self._superseded.get(generation)
            if since is not None and now - since >= RETIRE_SECONDS:
                try:
                    searcher.close()
                except Exception:  # noqa: BLE001 - closing a reader that failed is not worth a 500
                    pass
            else:
                still.append((generation, searcher))
        self._searchers = still
        served = {generation for generation, _ in still}
        self._superseded = {g: t for g, t in self._superseded.items() if g in served}

    @property
    def generation(self) -> str:
        """The name of the generation being served (e.g. ``gen-000007``)."""
        return self._current[0]

    # -- searching ---------------------------------------------------------

    def parse(self, q: str, sections=(), searcher=None, ranked=True) -> ParsedQuery:
        """How ``q`` is understood; ``sections`` restrict where it must match. Pass the
        request's searcher so that one request never reads two generations.
        ``ranked=False``: a query for counting, which matches the same reports unscored."""
        fields = ("text",) if sections else DEFAULT_FIELDS
        searcher = searcher or self.searcher()
        # one search parses its query for the list and once per section kind for the facet;
        # the next page, a facet click or the same search again parse it the same way
        key = ("parsed", self._local.generation, q, tuple(sections), ranked)
        return self._cache.get(key, lambda: parse_query(
            q, searcher.schema, fields, reader=searcher.reader(), ranked=ranked, sections=sections,
            vocabulary=self._local.vocabulary, loosen=self._loosening(q, searcher),
            widen=self._widening(q, searcher)))

    def _widening(self, q: str, searcher) -> int:
        """How far the reports of a period or a park typed with a topic are widened (preferences.py):
        to all the topic's words but one when none of them holds the topic, else as usual."""
        def decide() -> int:
            if not may_name_period(q) and " " not in q.strip():  # (one string: no preference and topic)
                return WIDE
            own = self._as_typed(q, searcher).preferred
            return WIDEST if own is not None and not doc_set(searcher, own) else WIDE

        return self._cache.get(("widen", self._local.generation, q), decide)

    def _as_typed(self, q: str, searcher) -> ParsedQuery:
        """``q`` compiled for counting, as typed (not loosened, no section reading): what the
        fallback and the period's widening count first."""
        return self._cache.get(("as typed", self._local.generation, q), lambda: parse_query(
            q, searcher.schema, DEFAULT_FIELDS, reader=searcher.reader(), ranked=False,
            vocabulary=self._local.vocabulary, by_section=False))

    def _loosening(self, q: str, searcher) -> int:
        """How far ``q``'s strings are loosened (fallback.py): 0 when the query as typed
        finds ``FALLBACK_BELOW`` reports or more (or has nothing to loosen), 1 (words near
        each other) when that finds enough, else 2 (words anywhere) when that does, else 3
        (all the words but one). Decided once per query
        and generation, on the whole index, so the result list and every facet agree."""
        def decide() -> int:
            vocabulary = self._local.vocabulary
            if not can_loosen(q, vocabulary):
                return 0
            for level in (0, 1, 2):
                query = (self._as_typed(q, searcher) if not level else parse_query(
                    q, searcher.schema, DEFAULT_FIELDS, reader=searcher.reader(), ranked=False,
                    vocabulary=vocabulary, loosen=level, by_section=False)).query
                if query is None or len(doc_set(searcher, query)) >= fallback.FALLBACK_BELOW:
                    return level
            return 3

        return self._cache.get(("loosen", self._local.generation, q), decide)

    def _column(self, searcher, name: str) -> list:
        """The sortable column ``name`` as a list indexed by docnum, read once per generation.

        Facets and near-duplicate grouping read it for every hit; one lookup through
        Whoosh's column reader costs a seek and a read.
        """
        key = (self._local.generation, name)
        values = self._columns.get(key)
        if values is None:
            reader = searcher.reader()
            if reader.doc_count_all() == 0:  # an index of a corpus with no readable report has no columns
                self._columns[key] = []
                return []
            column = reader.column_reader(name)
            values = list(column)
            if len(values) != reader.doc_count_all():  # a segment without the column
                values = [column[d] for d in range(reader.doc_count_all())]
            self._columns[key] = values
        return values

    def search(self, req: SearchRequest) -> dict:
        started = time.perf_counter()
        searcher = self.searcher()
        parsed = self.parse(req.q, req.sections, searcher)
        filters = self._filters(req)
        groups = self._groups(searcher, parsed, req, _and(filters.values()))
        page = groups.page((req.page - 1) * req.per_page, req.page * req.per_page)  # Found objects for these only
        rows = [self._result(searcher, group[0], parsed, req, similar=group[1:], related=groups.widened)
                for group in page]
        understood = parsed.understood
        if req.sections and parsed.query is not None:
            understood += f"（只在{'、'.join(req.sections)}章节中匹配）"
        if parsed.quoted and req.sort != "year":
            understood += "（引号中的字符串写得多的报告靠前）"
        loose = _loose_count(parsed, groups)
        if loose:
            understood += (f"。按原样匹配的报告不足 {fallback.FALLBACK_BELOW} 篇，其后 {loose} 篇不完全匹配"
                           f"（词语相近{_LOOSER_WORDS.get(parsed.loosened, '')}）"
                           + ("，其中查询词写得多的靠前" if intier.loose_tiers(parsed) and req.sort != "year" else ""))
        apart = _tier_count(parsed, groups, fallback.APART) if parsed.apart else 0
        if apart:
            understood += (f"。{apart} 篇按顺序写有“{'”“'.join(parsed.apart)}”的各字、字间隔有别的字（简称写成全称），"
                           f"排在不完全匹配的最前")
        synonyms = _loose_count(parsed, groups, (fallback.THESAURUS,))
        if synonyms:
            understood += f"。{synonyms} 篇只含报告少写的查询词在同义词词典（《同义词词林》、cnsyn）中的同义词，排在含原词的报告之后"
        some = _some_count(parsed, groups)
        if some and groups.partial_only:  # nothing holds every word: which of them the reports listed hold
            held = [w for w in parsed.some if searcher.doc_frequency("text", w)]
            understood += (f"。没有报告含全部查询词，列出 {some} 篇只含部分查询词"
                           f"（{'、'.join(held)}）的报告，这些词写得多的靠前")
        elif some:
            understood += (f"。找到的报告不足 {fallback.FALLBACK_BELOW} 篇，其后列出 {some} 篇只含部分查询词"
                           f"（{'、'.join(parsed.some)}）的报告，这些词写得多的靠前")
        related = _related_count(parsed, groups)
        if related:
            understood += (f"。找到的报告不足 {fallback.FALLBACK_BELOW} 篇，最后列出 {related} 篇只含报告里常与查询词写在一处的词"
                           f"（{'、'.join(groups.widened)}）的报告，不含查询词")
        last_synonyms = _last_synonyms_count(parsed, groups)
        if last_synonyms:
            understood += (f"。找到的报告不足 {fallback.FALLBACK_BELOW} 篇，其后列出 {last_synonyms} 篇含报告少写的查询词在同义词词典"
                           f"（《同义词词林》、cnsyn）中的同义词（{'、'.join(parsed.synonym_terms)}）及报告写到的其余查询词的报告")
        chars = _chars_count(parsed, groups)
        if chars:
            understood += (f"。没有报告原样写查询词，找到的报告不足 {fallback.FALLBACK_BELOW} 篇，最后列出 {chars} 篇不完全匹配、只含其中单字"
                           f"（{'、'.join(parsed.chars)}）的报告，少见的字写得多的靠前")
        # facets depend on the query and the filters, not on the page; on the sort only as far as the reports listed
        # last (holding some of the words, the words written beside them, the characters: _compute_groups) are
        # listed by relevance only
        key = ("facets", self._local.generation, req.q, tuple(req.sections), tuple(req.parks), tuple(req.years),
               tuple(req.types), req.collapse, req.sort == "year")
        facets = self._cache.get(key, lambda: self._facets(searcher, parsed, req, filters, groups))
        return {
            "query": req.q,
            "understood": understood,
            "warning": parsed.warning,
            "total": len(groups),
            # no reading of the query found a report: every result holds only part of it (some of its words, a rare
            # word's synonym, its characters), and the page offers the searches that find something above them
            "partial_only": groups.partial_only,
            "collapsed": groups.collapsed,  # near-copies folded under a result
            "page": req.page,
            "per_page": req.per_page,
            "took_ms": round((time.perf_counter() - started) * 1000, 1),
            "results": rows,
            "facets": facets,
        }

    def _groups(self, searcher, parsed: ParsedQuery, req: SearchRequest, flt, query=None,
                related: bool = True) -> hitlists.Grouped:
        """Every hit in result order, as groups of near-duplicates (one hit per group with collapse off).

        Each group's first hit is the one the result list shows; the rest are the
        similar reports it stands for. Without ``related``, never the reports only holding the words written
        beside the query's (``_with_related``: a CSV export lists the reports matching it). The hits are arrays of docnums and scores, grouped
        only where a report has a copy (search/hits.py: a page's groups become ``Found``
        objects when shown), so the groups are cached per generation and any thread can reuse
        them with its own searcher: the next page, a facet click, the same search again.
        """
        by_year = req.sort == "year" or parsed.query is None
        main = query is None
        query = query if query is not None else self._main_query(parsed, req)
        tiers = [q for _, q in parsed.tiers] if main else []
        counts = parsed.counts if main and not by_year else ()
        # a question naming no part of a report (a part's own tier is ordered by the part's boost: roles.py)
        asked = tuple(parsed.terms) if main and not by_year and parsed.question and not intier.names_part(parsed) \
            else ()
        # a loosened query, no question, naming no part: its loosened tiers by its words too (intier.loose_tiers)
        loose = intier.loose_tiers(parsed) if main and not by_year else ()
        # quoted strings only: the hits by how often each writes them (intier.written_okapi)
        quoted = parsed.quoted if main and not by_year else ()
        # too few reports found: those writing the reports' own words for the thing typed, last (_with_related;
        # not inside a kind of section: the section facet counts the reports holding the query there)
        widen = bool(related and main and not by_year and not quoted and parsed.terms and not req.sections)
        some = parsed.some if widen else ()
        chars = parsed.chars if widen else ()
        synonyms = parsed.synonyms if widen else None
        # the loose hits writing a typed string's characters apart first among the loose ones (fallback.apart_strings)
        apart = parsed.apart if widen else ()
        key = ("groups", self._local.generation, repr(query), repr(flt), by_year, req.collapse, repr(tiers), counts,
               asked, loose, quoted, widen, some, chars, repr(synonyms), parsed.topic_terms, apart)
        return self._cache.get(key, lambda: self._compute_groups(searcher, query, flt, by_year, req.collapse, tiers,
                                                                 counts, asked, loose, tuple(parsed.terms), quoted,
                                                                 widen, some, chars, synonyms,
                                                                 parsed.topic_terms or tuple(parsed.terms), apart,
                                                                 _first_loose(parsed)))

    def _compute_groups(self, searcher, query, flt, by_year: bool, collapse: bool, tiers=(),
                        counts=(), asked=(), loose=(), terms=(), quoted=(), widen=False,
                        some=(), chars=(), synonyms=None, topic_terms=(), apart=(),
                        first_loose=0) -> hitlists.Grouped:
        hits = self._scored(searcher, query, by_year)
        if tiers:  # the typed strings first, then synonyms, then looser readings (fallback.py)
            memo: dict = {}
            hits = hitlists.in_tiers(hits, [doc_array(searcher, q, memo) for q in tiers])
        seeds = hits  # every report the query finds, whatever the filters (_with_related)
        if flt is not None:
            hits = hits.take(np.isin(hits.docs, doc_array(searcher, flt)))
        if counts or asked:
            texts = hit_texts(searcher, hits.docs[:intier.WINDOW])
            # a count asked: in each tier, the reports writing the thing with a number and its classifier first
            first = np.array([writes_count(t, counts) for t in texts], dtype=bool) if counts else None
            if asked and hits.scores is not None:  # a question: each tier by what it asks about too
                hits = hitlists.by_keys_in_tier(hits, first, self._in_tier_keys(searcher, hits, texts, asked))
            elif counts:
                hits = hitlists.first_in_tier(hits, first)
        elif loose and hits.scores is not None and hits.tiers is not None:
            texts = hit_texts(searcher, hits.docs[:intier.WINDOW])
            n = len(texts)
            keys = intier.loose_keys(hits.scores[:n], hits.tiers[:n], self._okapi(searcher, texts, terms), loose)
            hits = hitlists.by_keys_in_tier(hits, None, keys)
        elif quoted and hits.scores is not None:
            docs = hits.docs[:intier.WINDOW]
            hits = hitlists.by_keys_in_tier(hits, None, self._written_okapi(searcher, docs, quoted))
        widened: tuple = ()
        if widen and len(seeds) < fallback.FALLBACK_BELOW and hits.scores is not None:
            # every reading found too few: the reports holding some of the typed words, then those holding the words
            # the found ones write beside them (fallback.LAST_TIERS, in that order, after every tier of the query).
            # (only where the phrase is not written as typed anywhere: a report writing it is the answer, and every
            # report writing one of its words after it would bury the one that was asked for)
            # Nothing found at all: the reports holding some of the typed words all the same (下雨街上积水怎么办 lists
            # the reports on 积水, not a blank page), and the page offers the searches that find something above them
            # (suggest.alternatives, ``partial_only``); a string no report holds a word of still finds nothing.
            if some and (not len(seeds) or (hits.tiers is not None and not (hits.tiers == 0).any())):
                hits = self._with_some(searcher, hits, flt, some, fallback.last_tier(fallback.SOME, len(tiers)))
            if len(seeds):
                # (read beside the topic typed, not beside a year or park typed with it: preferences.py)
                hits, widened = self._with_related(searcher, hits, seeds, flt, topic_terms or terms,
                                                   fallback.last_tier(fallback.RELATED, len(tiers)))
        if widen and synonyms is not None and len(seeds) < fallback.FALLBACK_BELOW and hits.scores is not None:
            # every reading found too few (none at all, too): the reports a rare typed word's synonyms find in its
            # string loosened as far as it was (thesaurus.loosened_reading: 学费太贵 → 学杂费), after the related words'
            hits = self._followed_by(searcher, hits, flt, synonyms, fallback.last_tier(fallback.THESAURUS, len(tiers)))
        if widen and chars and len(seeds) < fallback.FALLBACK_BELOW and hits.scores is not None \
                and (not len(seeds) or (seeds.tiers is not None and not (seeds.tiers == 0).any())):
            # a short phrase no report writes as typed, every reading of which finds too few reports: those holding
            # its characters (fallback.CHARS), after every other tier (a report writing the phrase is the answer)
            hits = self._with_characters(searcher, hits, flt, chars, fallback.last_tier(fallback.CHARS, len(tiers)))
        if apart and hits.tiers is not None:
            # (loose hits are listed only when the strings as typed found too few: fallback.py)
            # a loose hit writing a typed string's characters in order with others between them (自由贸易港 for 自贸港)
            # first among the loose ones, below the strings as typed, their synonyms and the part named
            hits = self._apart_first(searcher, hits, apart, first_loose,
                                     fallback.last_tier(fallback.APART, len(tiers)))
        sigs = self._grouping_sigs(searcher) if collapse and "dup_sig" in searcher.schema else None
        # a copy inside a longer report of its page
        families = self._column(searcher, "dup_family") if collapse and "dup_family" in searcher.schema else None
        if sigs is None and families is None:
            grouped = hitlists.group(hits, collapse)
        else:
            grouped = hitlists.group(hits, collapse, sigs, families, self._with_copies(searcher, sigs, families))
        grouped.widened = widened
        # no reading of the query found a report, yet some of its words, a synonym or its characters did
        grouped.partial_only = bool(widen and not len(seeds) and len(hits))
        return grouped

    def _apart_first(self, searcher, hits, apart, first_loose: int, tier: int):
        """``hits`` with those of the first ``fallback.APART_READ`` whose tier is ``first_loose`` or after (the loose
        ones, the thesaurus tier of a rare word's synonyms excepted: it stays above) and whose text writes one of
        ``apart`` apart (fallback.written_apart), moved before the other loose ones, in tier ``tier``, in their order."""
        at = np.flatnonzero(hits.tiers >= first_loose)
        if not len(at):
            return hits
        start = int(at[0])
        stop = min(len(hits), start + fallback.APART_READ)
        texts = hit_texts(searcher, hits.docs[start:stop])
        found = np.array([any(fallback.written_apart(t or "", value) for value in apart) for t in texts], dtype=bool)
        if not found.any():
            return hits
        window = np.arange(start, stop)
        order = np.concatenate([np.arange(start), window[found], window[~found], np.arange(stop, len(hits))])
        tiers = hits.tiers.copy()
        tiers[window[found]] = tier
        return hitlists.Hits(hits.docs[order], None if hits.scores is None else hits.scores[order], tiers[order])

    def _with_some(self, searcher, hits, flt, words, tier: int):
        """``hits`` followed, in tier ``tier``, by the reports holding some of ``words`` (the query's words:
        fallback.some_words) and not found yet, ranked by those words' BM25 scores."""
        return self._followed_by(searcher, hits, flt, Q.Or([Q.Term("text", w) for w in words]), tier, close=words)

    def _followed_by(self, searcher, hits, flt, query, tier: int, close=()):
        """``hits`` followed, in tier ``tier``, by the reports ``query`` finds that ``flt`` allows and ``hits`` has not;
        with ``close`` (words), the first ``intier.PAIR_READ`` of them by how near those words stand in each
        (intier.closeness: side by side, one sentence, one section, anywhere), each level by the query's score."""
        more = self._scored(searcher, query, False)
        keep = ~np.isin(more.docs, hits.docs)
        if flt is not None:
            keep &= np.isin(more.docs, doc_array(searcher, flt))
        more = more.take(keep)
        if not len(more):
            return hits
        if close and len(more) > 1:
            n = min(len(more), intier.PAIR_READ)
            # only a report holding two of the words or more has them near each other: only those texts are read
            docs = more.docs[:n]
            held = sum(np.isin(docs, doc_array(searcher, Q.Term("text", w))).astype(np.int8) for w in close)
            pairs = np.flatnonzero(held >= 2)
            levels = np.full(n, intier.ANYWHERE, dtype=np.int8)
            if len(pairs):
                levels[pairs] = intier.closeness(hit_texts(searcher, docs[pairs]), close)
            head = np.lexsort((np.arange(n), -levels))  # a level's reports keep their score's order
            order = np.concatenate([head, np.arange(n, len(more), dtype=np.int64)])
            more = hitlists.Hits(more.docs[order], more.scores[order], None)
        tiers = np.zeros(len(hits), dtype=np.int8) if hits.tiers is None else hits.tiers
        return hitlists.Hits(np.concatenate([hits.docs, more.docs]), np.concatenate([hits.scores, more.scores]),
                             np.concatenate([tiers, np.full(len(more), tier, dtype=np.int8)]))

    def _with_related(self, searcher, hits, seeds, flt, terms, tier: int) -> tuple:
        """``hits`` followed, in tier ``tier`` (after every tier of the query), by the reports holding the words
        that ``seeds`` (every report the query finds, under ``FALLBACK_BELOW`` with every reading of it tried,
        whatever the filters: a facet's count is what its click lists) write beside the typed words
        (fallback.related_words: the corpus's own words for the thing typed, 看病难 → 医疗, 医保), ranked by
        those words' BM25 scores (each weighted as related_words weighs it), and the words; ``hits`` and () when
        they write none."""
        texts = hit_texts(searcher, seeds.docs)
        words = fallback.related_words(texts, self._origins(searcher, seeds), self._anchor_idf(searcher, terms),
                                       self._local.vocabulary.segmenter, self.doc_frequency, searcher.doc_count())
        if not words:
            return hits, ()
        more = self._scored(searcher, Q.Or([Q.Term("text", w, boost=v) for w, v in words.items()]), False)
        keep = ~np.isin(more.docs, seeds.docs) & ~np.isin(more.docs, hits.docs)
        if flt is not None:
            keep &= np.isin(more.docs, doc_array(searcher, flt))
        more = more.take(keep)
        if not len(more):
            return hits, ()
        tiers = np.zeros(len(hits), dtype=np.int8) if hits.tiers is None else hits.tiers
        return hitlists.Hits(np.concatenate([hits.docs, more.docs]), np.concatenate([hits.scores, more.scores]),
                             np.concatenate([tiers, np.full(len(more), tier, dtype=np.int8)])), tuple(words)

    def _with_characters(self, searcher, hits, flt, chars, tier: int):
        """``hits`` followed, in tier ``tier``, by the reports holding some of ``chars`` and not listed yet
        (fallback.query_characters: a short phrase's characters, when no report writes it as typed and every reading
        of it found too few), ranked by the characters' Okapi BM25 in their matching text
        (intier.okapi; each character's idf from the reports holding it), the first ``intier.PAIR_READ`` of them with
        the characters' proximity added (intier.proximity: BM25TP, the characters written together first). The texts read are those of the
        ``CHARS_READ`` reports whose characters' idf adds up highest (a rare character first); the rest follow in
        that order. ``hits`` when no other report holds one."""
        sets = {ch: doc_array(searcher, LoneCharacter("text" + LITERAL_SUFFIX, ch)) for ch in chars}
        n = max(searcher.doc_count(), 1)
        idf = {ch: math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5)) for ch, docs in sets.items() if len(docs)}
        docs = np.unique(np.concatenate([np.zeros(0, dtype=np.int64)] + [sets[ch] for ch in idf]))
        docs = docs[~np.isin(docs, hits.docs)]
        if flt is not None:
            docs = docs[np.isin(docs, doc_array(searcher, flt))]
        held = np.zeros(len(docs))
        for ch, weight in idf.items():
            held += weight * np.isin(docs, sets[ch])
        order = np.argsort(-held, kind="stable")
        docs, held = docs[order], held[order]
        read = docs[:fallback.CHARS_READ]
        texts = hit_texts(searcher, read) if len(read) else []
        scores = intier.okapi(texts, idf) if len(read) else np.zeros(0)
        first = np.argsort(-scores, kind="stable")
        # the first PAIR_READ by their Okapi again, with the characters written together (intier.proximity: BM25TP)
        top = first[:intier.PAIR_READ]
        scores[top] += intier.proximity([texts[i] for i in top.tolist()], idf)
        first = np.concatenate([top[np.argsort(-scores[top], kind="stable")], first[intier.PAIR_READ:]])
        # (the reports past those read: below them, by the idf they hold)
        docs = np.concatenate([read[first], docs[len(read):]])
        if not len(docs):
            return hits
        scores = np.concatenate([scores[first], np.zeros(len(docs) - len(read))])
        tiers = np.zeros(len(hits), dtype=np.int8) if hits.tiers is None else hits.tiers
        return hitlists.Hits(np.concatenate([hits.docs, docs]), np.concatenate([hits.scores, scores]),
                             np.concatenate([tiers, np.full(len(docs), tier, dtype=np.int8)]))

    def _telling_character(self, searcher, chars, written: str) -> list:
        """``[the character of chars weighing most in written]`` (its idf times its count, saturated as
        intier.okapi saturates it; the document sets are remembered per segment), or ``chars`` when it holds none."""
        n = max(searcher.doc_count(), 1)

        def weight(ch):
            df = len(doc_array(searcher, LoneCharacter("text" + LITERAL_SUFFIX, ch)))
            tf = written.count(ch)
            return math.log(1 + (n - df + 0.5) / (df + 0.5)) * tf * (intier.K1 + 1) / (tf + intier.K1)
        held = [ch for ch in chars if ch in written]
        return [max(held, key=weight)] if held else list(chars)

    def _origins(self, searcher, seeds) -> list:
        """Per hit of ``seeds``, where its words come from: the file it was read from (the ``card`` column), a
        near-duplicate or a page folded under another hit taking that one's (a page another site republished is
        no second source: ``hits.group`` with the index's signatures and page families)."""
        cards = self._column(searcher, "card")
        out = [(cards[d] or {}).get("source") if cards else d for d in seeds.docs.tolist()]
        sigs = self._grouping_sigs(searcher) if "dup_sig" in searcher.schema else None
        families = self._column(searcher, "dup_family") if "dup_family" in searcher.schema else None
        if sigs is not None or families is not None:
            for members in hitlists.group(seeds, True, sigs, families,
                                          self._with_copies(searcher, sigs, families)).members.values():
                for i in members:
                    out[i] = out[members[0]]
        return out

    def _writing_count(self, searcher, docs, counts):
        """Per docnum of ``docs``, whether its report writes one of ``counts`` (questions.writes_count), read
        from the ``match_text`` column (its matching form: the normalised text), else from the stored text."""
        return np.array([writes_count(text, counts) for text in hit_texts(searcher, docs)], dtype=bool)

    def _in_tier_keys(self, searcher, hits, texts, asked) -> np.ndarray:
        """A question's in-tier keys for its first hits (intier.py): the fitted mix of each hit's score relative
        to its tier's best and the Okapi BM25 of the words asked about (``asked``: the query's strings)."""
        n = len(texts)
        tiers = np.zeros(n, dtype=np.int64) if hits.tiers is None else hits.tiers[:n]
        return intier.in_tier_keys(hits.scores[:n], tiers, self._okapi(searcher, texts, asked))

    def _okapi(self, searcher, texts, strings) -> np.ndarray:
        """The Okapi BM25 of the jieba words of ``strings`` in each of ``texts`` (intier.okapi), idf from the index."""
        return intier.okapi(texts, self._asked_idf(searcher, strings))

    def _anchor_idf(self, searcher, strings) -> dict:
        """``_asked_idf`` of ``strings``, and when jieba cuts them into lone characters only (雾霾 → 雾 霾: a word newer
        than its dictionary), each string of two characters or more as one word beside them, weighing as its rarest
        character does: the reports found write it as typed, so the words beside it are read beside the string itself
        (fallback.related_words reads beside a word of two characters or more)."""
        idf = self._asked_idf(searcher, strings)
        if idf and not any(len(w) >= 2 for w in idf):
            rarest = max(idf.values())
            idf.update({s: rarest for s in strings if len(s) >= 2 and all(is_cjk(ch) for ch in s)})
        return idf

    def _asked_idf(self, searcher, strings) -> dict:
        """The idf of each jieba word of ``strings`` (intier.idf_of), from the index."""
        return intier.idf_of(intier.asked_words(strings, self._local.vocabulary.segmenter), self.doc_frequency,
                             searcher.doc_count())

    def _written_okapi(self, searcher, docs, strings) -> np.ndarray:
        """The Okapi BM25 of ``strings`` as written in each report of ``docs`` (intier.written_okapi): counted in
        the matching text, lengths from the literal field (the index's mean), each string's idf from the reports
        holding it (a quoted string found as typed, counted once per generation)."""
        texts = hit_texts(searcher, docs)
        reader, n_docs = searcher.reader(), max(searcher.doc_count(), 1)
        if "text_lit" in searcher.schema and reader.field_length("text_lit"):
            lengths = [reader.doc_field_length(d, "text_lit", 0) for d in docs.tolist()]
            mean = reader.field_length("text_lit") / n_docs
        else:  # (an index without the literal field: characters)
            lengths = [len(t) for t in texts]
            mean = float(np.mean(lengths)) if lengths else 1.0
        idf = {}
        for s in strings:
            df = self._cache.get(("quoted df", self._local.generation, s), lambda s=s: len(doc_set(
                searcher, self._as_typed('"' + s + '"', searcher).query)))
            idf[s] = math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        return intier.written_okapi(texts, lengths, mean, idf)

    def _with_copies(self, searcher, sigs, families):
        """Per docnum, whether the report has a copy to group with (``hits.with_copies``), per generation."""
        key = (self._local.generation, "with_copies")
        found = self._columns.get(key)
        if found is None:
            found = self._columns[key] = hitlists.with_copies(searcher.reader().doc_count_all(), sigs, families)
        return found

    def _grouping_sigs(self, searcher) -> list:
        """Near-duplicate signatures per docnum, blank for a report no other one could
        join (dedupe.without_lonely): computed once per generation, so grouping a
        search's hits only works on the few reports that have copies."""
        key = (self._local.generation, "dup_sig/grouping")
        sigs = self._columns.get(key)
        if sigs is None:
            # the whole column is read for this alone and not kept (15 MB at 30,000 reports):
            # the blanked list keeps only the signatures of reports that have copies
            raw_key = (self._local.generation, "dup_sig")
            had_raw = raw_key in self._columns
            sigs = self._columns[key] = without_lonely(self._column(searcher, "dup_sig"))
            if not had_raw:
                self._columns.pop(raw_key, None)
        return sigs

    def _scored(self, searcher, query, by_year: bool) -> hitlists.Hits:
        """Every hit of ``query`` in result order, before any filter (arrays, search/hits.py).

        A filter only removes hits: a report's score and sort key do not depend on it,
        and Whoosh orders by (key, docnum). So the result list and each facet that drops
        its own filter share this one scored pass and filter it by document set.
        """
        key = ("scored", self._local.generation, repr(query), by_year)

        def compute():
            if not by_year:
                return hitlists.by_score(*scored_arrays(searcher, query))
            # newest first, then by score, then docnum, as Whoosh's sort by
            # (FieldFacet("year_num", reverse=True), ScoreFacet()) orders them; undated last
            years = self._year_key_array(searcher)
            if isinstance(query, Q.Every):  # every report scores the same
                docs = np.asarray(self._live_docs(searcher), dtype=np.int64)
                docs = docs[np.lexsort((docs, years[docs]))]
            else:
                docs, scores = scored_arrays(searcher, query, sorted_by_score=False)
                docs = docs[np.lexsort((docs, -scores, years[docs]))]
            return hitlists.Hits(_unknown_years_last(docs, self._undated(searcher)))

        return self._cache.get(key, compute)

    def _year_keys(self, searcher) -> list:
        """Per docnum, the key sorting by ``year_num`` newest first: what Whoosh's reversed
        column sort key gives in each segment (a report without a year included)."""
        key = (self._local.generation, "year_num/reverse")
        keys = self._columns.get(key)
        if keys is None:
            keys = []
            for sub, _ in searcher.leaf_searchers():
                reader = sub.reader()
                if reader.doc_count_all() == 0:  # an index with no readable report has no columns
                    continue
                column = reader.column_reader("year_num", reverse=True, translate=False)
                keys.extend(map(column.sort_key, range(reader.doc_count_all())))
            self._columns[key] = keys
        return keys

    def _year_key_array(self, searcher):
        """``_year_keys`` as an array (for ordering hits without a Python object each)."""
        key = (self._local.generation, "year_num/reverse/array")
        keys = self._columns.get(key)
        if keys is None:
            keys = self._columns[key] = np.asarray(self._year_keys(searcher), dtype=np.int64)
        return keys

    def _undated(self, searcher):
        """Per docnum, whether the report's year is unknown (a bool array)."""
        key = (self._local.generation, "year/unknown")
        found = self._columns.get(key)
        if found is None:
            years = self._column(searcher, "year")
            found = self._columns[key] = np.fromiter((y == UNKNOWN for y in years), dtype=bool, count=len(years))
        return found

    def _column_codes(self, searcher, name: str) -> tuple:
        """The column ``name`` as (a code per docnum, int32 array; the value of each code), per
        generation: a facet counts its values with one ``bincount`` over the groups' heads."""
        key = (self._local.generation, name + "/codes")
        found = self._columns.get(key)
        if found is None:
            values = self._column(searcher, name)
            index: dict = {}
            codes = np.fromiter((index.setdefault(v, len(index)) for v in values), dtype=np.int32, count=len(values))
            found = self._columns[key] = (codes, list(index))
        return found

    def _live_docs(self, searcher) -> list:
        reader = searcher.reader()
        return [d for d in range(reader.doc_count_all()) if not reader.is_deleted(d)] if reader.has_deletions() \
            else range(reader.doc_count_all())

    def _main_query(self, parsed: ParsedQuery, req: SearchRequest):
        if parsed.query is not None:
            return parsed.query
        if req.sections:
            return Q.Or([Q.Term("section_kinds", k) for k in req.sections])
        return Q.Every()

    def _filters(self, req: SearchRequest) -> dict:
        filters = {}
        if req.parks:  # every spelling of each park (宁波高新区 finds 宁波国家高新区's reports too)
            names = self.park_names()
            filters["park"] = Q.Or([Q.Term("park", s) for p in req.parks for s in names.spellings(p)])
        if req.years:
            filters["year"] = Q.Or([_year_filter(y) for y in req.years])
        if req.types:
            filters["doc_type"] = Q.Or([Q.Term("doc_type", t) for t in req.types])
        return filters

    def _facets(self, searcher, parsed, req, filters, groups) -> dict:
        """Counts per facet value, for the query with every *other* facet's filter applied.

        They count what the result list shows: a group of near-duplicates counts once,
        under the value of the report that stands for it. ``groups`` are the main
        search's; a facet without a filter of its own counts them as they are, and one
        whose own filter is set groups the same scored hits filtered by the others
        (``_scored``). The section facet counts which of those reports match inside each
        kind of section, as document sets (``docsets.doc_set``). Counting reads sortable
        columns and document sets, never stored documents.
        """
        facets = {}
        for name in GROUPED_FACETS:
            if name in filters:
                others = _and(v for k, v in filters.items() if k != name)
                facet_groups = self._groups(searcher, parsed, req, others)
            else:
                facet_groups = groups
            codes, values = self._column_codes(searcher, name)
            counted = np.bincount(codes[facet_groups.head_docs()], minlength=len(values)) if len(values) else []
            counts = Counter({values[i]: int(counted[i]) for i in np.flatnonzero(counted).tolist()})
            if name == "park":  # every spelling of a park counts under one name
                canonical, spelled = self.park_names().canonical, counts
                counts = Counter()
                for value, count in spelled.items():
                    counts[canonical(value)] += count
            facets[name] = _ordered(
                (None if value == UNKNOWN else (int(value) if name == "year" else value), count)
                for value, count in counts.items()
            )
        # the section facet ignores the section filter (its own), keeping the others
        if req.sections:
            unrestricted = replace(req, sections=[])
            groups = self._groups(searcher, self.parse(req.q, (), searcher), unrestricted, _and(filters.values()))
        group_of = groups.group_numbers(searcher.reader().doc_count_all())  # -1: not a hit
        section_counts = []
        memo: dict = {}  # the kinds' queries share their leaves outside the sections
        for kind in SECTION_KINDS:
            if parsed.query is None:
                q = Q.Term("section_kinds", kind)
            else:
                q = self.parse(req.q, [kind], searcher, ranked=False).query
            # a count, not a search: no scoring, no order, only which reports
            numbers = group_of[doc_array(searcher, q, memo)]
            n = len(np.unique(numbers[numbers >= 0]))
            if n:
                section_counts.append((kind, n))
        facets["section"] = _ordered(section_counts)
        return facets

    def _result(self, searcher, hit: "Found", parsed: ParsedQuery, req: SearchRequest, similar=(), related=()) -> dict:
        meta = searcher.stored_fields(hit.docnum)["meta"]
        row = public_fields(meta)
        row["park"] = self.park_names().canonical(row["park"]) if row["park"] else row["park"]
        row["score"] = round(hit.score, 3) if hit.score is not None else None
        row["match"] = _match(parsed, hit)
        row["indicators"] = result_figures(meta, req.q)
        # 指标:税收 alone has no words to mark: the snippets show the sentences the figures came from
        terms = parsed.terms or ([f["quote"] for f in row["indicators"]] if asked_indicators(req.q) else [])
        # a report listed for the words written beside the query's (_with_related): those words are what it holds
        by_related = bool(related) and row["match"] == fallback.RELATED
        # a report listed for a short phrase's characters (_with_characters): they are what it holds
        by_chars = row["match"] == fallback.CHARS
        if row["match"] == fallback.THESAURUS and hit.tier > len(parsed.tiers):  # (ParsedQuery.synonyms: they mark it)
            terms = list(parsed.synonym_terms) + list(terms)
        if by_chars:  # (its snippets around the character that weighs most in it: 旱 of 天旱, not 天)
            terms = self._telling_character(searcher, parsed.chars, self.normalized(hit.docnum, meta["text"])[0])
        terms = list(related) if by_related else terms
        row["snippets"] = make_snippets(meta["text"], meta["sections"], terms, kinds=req.sections or None,
                                        loose_terms=() if by_related or by_chars else parsed.loose_terms,
                                        normalized=self.normalized(hit.docnum, meta["text"]))
        row["similar"] = [{k: searcher.stored_fields(other.docnum)["meta"][k] for k in ("id", "source", "n", "title")}
                          for other in similar]
        return row

    def normalized(self, docnum: int, text: str):
        """The report's text normalised for marking matches (``normalize_for_matching``),
        kept per generation in a cache bounded by characters: a report is normalised
        (OpenCC and all) once, not in every search that shows it."""
        return self._normalized.get((self._local.generation, docnum), lambda: normalize_for_matching(text))

    def export(self, req: SearchRequest, pause=None) -> list[dict]:
        """Every matching report (up to EXPORT_LIMIT) for CSV export, in result order,
        near-duplicates listed each on its own (a spreadsheet is for counting them); with a
        query, each row also says where it matched (``section``, ``snippet`` as plain text).
        ``pause`` (if given) is called before each row: the server's exports give way there
        to searches and report pages (webui.guard)."""
        searcher = self.searcher()
        parsed = self.parse(req.q, req.sections, searcher)
        # the reports matching the query: not those only holding words written beside it (_with_related)
        groups = self._groups(searcher, parsed, replace(req, collapse=False), _and(self._filters(req).values()),
                              related=False)
        # Each row from the columns, not from the stored ``meta`` (zlib and pickle of the whole
        # document, then normalising its text to find the first match: ~80 % of an export's
        # CPU): the card, and the text in its matching form (schema.MatchText). A report of an
        # index built before that column (INDEX_VERSION 7) is read the old way.
        cards, kept = self._export_columns(searcher) if groups else ([], None)
        try:
            return self._export_rows(searcher, parsed, req, groups, cards, kept, pause or _no_pause)
        finally:
            if kept is not None:
                kept.close()

    def _export_rows(self, searcher, parsed, req, groups, cards, kept, pause) -> list[dict]:
        kinds = req.sections or None
        rows = []
        for (found,) in groups.page(0, EXPORT_LIMIT):
            pause()
            check_allowance()  # over its CPU allowance: stop at this row, not at the watchdog's next look
            docnum = found.docnum
            card = cards[docnum] if cards else None
            # the text only where there is something to find in it
            value = kept[docnum] if card and parsed.terms else None
            if card and (isinstance(value, tuple) or not parsed.terms):
                row = dict(card)
                text, normalized = from_matching_form(value[0]) if value else ("", None)
                sections = value[1] if value else []
            else:
                meta = searcher.stored_fields(docnum)["meta"]
                text, sections, normalized = meta["text"], meta["sections"], None
                row = public_fields(meta)
            row["score"] = round(found.score, 3) if found.score is not None else None
            # where it matched, as plain text for a spreadsheet: the first snippet's section and words
            if parsed.terms:
                row["section"], row["snippet"] = first_snippet_text(text, sections, parsed.terms, kinds=kinds,
                                                                    normalized=normalized)
            else:
                row["section"], row["snippet"] = None, ""
            rows.append(row)
        return rows

    def _export_columns(self, searcher):
        """What an export reads each row from: the cards (kept per generation) and the
        ``match_text`` column's rows, read from its files mapped (``whoosh_ext.columns``: a seek
        and a read per row were a tenth of the realistic mix's CPU); ``([], None)`` where the
        index has no such columns."""
        if "match_text" not in searcher.schema:
            return [], None
        return self.column(searcher, "card"), MappedRows(searcher, "match_text")

    def segmenter(self):
        """The word segmenter of the served generation (its own dictionary)."""
        return self.vocabulary().segmenter

    def vocabulary(self):
        """The served generation's vocabulary (its dictionary, synonyms and segmenter)."""
        self.searcher()
        return self._local.vocabulary

    def status(self) -> dict:
        """What the served index holds and how it was built, from its manifest: reports, files,
        the files skipped with their reasons, when the last build finished and how long it took."""
        name = self.generation
        manifest = generations.read_manifest(self.index_dir / name)
        files = manifest.files
        skipped = [{"source": source, "reason": state.skipped} for source, state in sorted(files.items())
                   if state.skipped]
        return {
            "reports": self.searcher().doc_count(), "files": len(files), "skipped": skipped,
            "generation": name, "full": manifest.full, "tokenizer": manifest.tokenizer,
            "seconds": manifest.seconds, "built_ns": manifest.built_ns, "index_dir": str(self.index_dir),
            # what this process's caches hold against their one budget (indexer/lru.py)
            "memory": lru.shared_memory(),
        }

    def stats(self) -> dict:
        searcher = self.searcher()
        # counts and names only: a health check is public, where the index lives is not
        return {"status": "ok", "reports": searcher.doc_count(), "generation": self._current[0]}

    def column(self, searcher, name: str) -> list:
        """The column ``name`` as a list indexed by docnum, read once per generation
        (empty when the index has no such column)."""
        return self._column(searcher, name) if name in searcher.schema else []

    def column_values(self, searcher, name: str):
        """The column ``name``'s values in docnum order, read through once and not kept: for a
        table built from it once per generation (a stored list per report would cost tens of
        MB at 10,000 reports). Nothing when the index has no such column."""
        if name not in searcher.schema:
            return
        for sub, _ in searcher.leaf_searchers():
            reader = sub.reader()
            if reader.has_column(name):
                yield from reader.column_reader(name)
            else:
                yield from (None for _ in range(reader.doc_count_all()))

    def column_value(self, searcher, name: str, docnum: int):
        """One report's value of the column ``name`` (None when the index has no such column)."""
        if name not in searcher.schema:
            return None
        return searcher.reader().column_reader(name)[docnum]

    def park_names(self) -> ParkNames:
        """The index's parks with their spellings (``parknames``), per generation."""
        return self.per_generation("park_names", lambda searcher: park_names(tuple(sorted(set(
            self.column(searcher, "park"))))))

    def per_generation(self, name: str, compute):
        """``compute(searcher)``, remembered for the generation being served (cleared at a switch)."""
        searcher = self.searcher()
        key = (self._local.generation, name)
        value = self._columns.get(key)
        if value is None:
            value = self._columns[key] = compute(searcher)
        return value

    def doc_frequency(self, word: str) -> int:
        """How many reports' text holds ``word``, remembered per generation (a lookup walks
        every segment's term table)."""
        table = self.per_generation("text/df", lambda searcher: {})
        n = table.get(word)
        if n is None:
            if len(table) > 200_000:
                table.clear()
            n = table[word] = self.searcher().doc_frequency("text", word)
        return n

    def near_duplicates(self, docnum: int) -> set[int]:
        """The docnums of the report's near-duplicate copies (not itself)."""
        searcher = self.searcher()
        if "dup_sig" not in searcher.schema:
            return set()
        copies = self.per_generation("dup_sig/copies", self._copies_of_each)
        return set(copies.get(docnum, ())) - {docnum}

    def _copies_of_each(self, searcher) -> dict:
        """``{docnum: its near-duplicate group}`` for the reports that have copies, grouped
        once per generation over the whole index: a report page asks for its copies in
        O(1) instead of grouping every report that could have one."""
        sigs = self._grouping_sigs(searcher)
        members = [d for d, sig in enumerate(sigs) if sig]
        copies: dict = {}
        for group in group_duplicates(members, sigs.__getitem__):
            if len(group) > 1:
                frozen = frozenset(group)
                copies.update(dict.fromkeys(group, frozen))
        return copies

    def docnum(self, report_id: str) -> int:
        """The report's document number in the served generation; NotFound for an unknown id."""
        if not (isinstance(report_id, str) and len(report_id) == 16 and report_id.isalnum()):
            raise NotFound(f"报告编号 {report_id[:40]!r} 无效或不存在。")
        docnum = self.searcher().document_number(id=report_id)
        if docnum is None:
            raise NotFound(f"找不到编号为 {report_id} 的报告，它可能已从语料中删除。")
        return docnum

    def meta(self, report_id: str) -> dict:
        """A report's stored metadata (its text included); NotFound for an unknown id."""
        if not (isinstance(report_id, str) and len(report_id) == 16 and report_id.isalnum()):
            raise NotFound(f"报告编号 {report_id[:40]!r} 无效或不存在。")
        doc = self.searcher().document(id=report_id)
        if doc is None:
            raise NotFound(f"找不到编号为 {report_id} 的报告，它可能已从语料中删除。")
        return doc["meta"]


def _no_pause() -> None:
    pass


def public_fields(meta: dict) -> dict:
    """The report metadata every answer shows (the contract's result keys)."""
    return {k: meta[k] for k in ("id", "source", "n", "title", "park", "year", "doc_type", "period")}


def _match(parsed: ParsedQuery, hit: Found) -> str:
    """How ``hit`` matched ``parsed`` (fallback.MATCH): the kind of its tier; past the last, the reports only
    holding some of the typed words (``some``: SearchService._with_some), then those only holding the words reports
    write beside the typed ones (``related``: SearchService._with_related), then those only holding a short phrase's
    characters (``chars``: SearchService._with_characters)."""
    matches = [match for match, _ in parsed.tiers] + [parsed.rest] + list(fallback.LAST_TIERS)
    return matches[min(hit.tier, len(matches) - 1)]


def _first_loose(parsed: ParsedQuery) -> int:
    """The first tier of ``parsed``'s hits holding only a loosened reading of it (fallback.LOOSE, the thesaurus tier of
    a rare word's synonyms excepted: README, it comes above the typed words near each other): the typed strings, their
    synonyms, the part named and that thesaurus tier stay above the reports writing a string apart."""
    matches = [match for match, _ in parsed.tiers] + [parsed.rest]
    return next((k for k, match in enumerate(matches) if match in fallback.LOOSE and match != fallback.THESAURUS),
                len(matches))


def _loose_count(parsed: ParsedQuery, groups, kinds=("near", "words")) -> int:
    """How many groups only match a loosened reading of the query (``kinds`` of fallback.LOOSE: the typed words
    near each other or anywhere; the thesaurus tier, thesaurus.py, is counted apart)."""
    matches = [match for match, _ in parsed.tiers] + [parsed.rest]
    loose = {i for i, match in enumerate(matches) if match in kinds}
    if not loose:  # most queries: nothing to count
        return 0
    return int(np.isin(groups.head_tiers(), list(loose)).sum())


def _some_count(parsed: ParsedQuery, groups) -> int:
    """How many groups only hold some of the typed words (SearchService._with_some)."""
    return _tier_count(parsed, groups, fallback.SOME) if parsed.some else 0


def _related_count(parsed: ParsedQuery, groups) -> int:
    """How many groups only hold the words reports write beside the typed ones (SearchService._with_related)."""
    return _tier_count(parsed, groups, fallback.RELATED) if groups.widened else 0


def _last_synonyms_count(parsed: ParsedQuery, groups) -> int:
    """How many groups only hold a rare typed word's synonyms in its string loosened (``ParsedQuery.synonyms``)."""
    return _tier_count(parsed, groups, fallback.THESAURUS) if parsed.synonyms is not None else 0


def _tier_count(parsed: ParsedQuery, groups, kind: str) -> int:
    """How many groups' heads are in the tier of ``kind`` (fallback.last_tier)."""
    return int((groups.head_tiers() == fallback.last_tier(kind, len(parsed.tiers))).sum())


def _chars_count(parsed: ParsedQuery, groups) -> int:
    """How many groups only hold the characters of a short phrase nothing else found (SearchService._with_characters)."""
    return _tier_count(parsed, groups, fallback.CHARS) if parsed.chars else 0


def _unknown_years_last(docs, undated):
    """Newest year first, reports without a year after all dated ones (Whoosh sorts a
    missing value first); the order within each part is kept. ``undated``: per docnum."""
    late = undated[docs]
    return np.concatenate((docs[~late], docs[late])) if late.any() else docs


def _year_filter(value: str):
    """``2023``, ``unknown``, or a range ``2019-2023`` / ``2019-`` / ``-2010`` (request.year_range)."""
    span = year_range(value)
    if span is None:
        return Q.Term("year", value)
    return Q.NumericRange("year_num", span[0], span[1])


def _and(queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else Q.And(queries)


def _ordered(pairs) -> list[dict]:
    """Facet values by count (high first), then value (unknown last)."""
    pairs = [(v, c) for v, c in pairs if c]
    pairs.sort(key=lambda vc: (-vc[1], vc[0] is None, str(vc[0])))
    return [{"value": v, "count": c} for v, c in pairs]


