"""The search service: the one place the CLI and the web UI ask questions of the index.

It takes plain parameters (``SearchRequest``), returns plain data shaped like the
contract's JSON, and keeps Whoosh objects to itself.
"""
from __future__ import annotations

import gc
import re
import sys
import threading
import time
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh import sorting

from . import generations
from .errors import BadRequest, IndexMissing, NotFound, ParksearchError
from .highlight import make_snippets, mark
from .analyze import find_matches
from .dedupe import group_duplicates, without_lonely
from .docsets import doc_set
from .model import DOC_TYPES, SECTION_KINDS
from . import analyze, phrase, whoosh_fixes  # noqa: F401  (whoosh_fixes patches Whoosh on import)
from .sections import clear_cache as clear_spans_cache
from .sections import spans_column
from .query import DEFAULT_FIELDS, ParsedQuery, parse_query, use_synonyms
from .write import SYNONYMS_FILE, UNKNOWN, USERDICT_FILE

FACETS = ("park", "year", "doc_type", "section")
GROUPED_FACETS = ("park", "year", "doc_type")  # counted from sortable columns
SORTS = ("relevance", "year")
MAX_PER_PAGE = 100
# Longer queries cost seconds of analysis for no benefit: nobody types a page into a search box.
MAX_QUERY_CHARS = 500
EXPORT_LIMIT = 10000
CACHE_ENTRIES = 128  # scored hits, grouped hits and facets of recent searches (2–4 per search; a few MB)
REFRESH_SECONDS = 1.0  # how often a request may look at CURRENT for a new generation
RETIRE_SECONDS = 60.0  # an old searcher is closed this long after the switch (requests take ms)


@dataclass
class SearchRequest:
    q: str = ""
    parks: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)  # "2023" or "unknown"
    types: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    page: int = 1
    per_page: int = 10
    sort: str = "relevance"
    collapse: bool = True

    @classmethod
    def from_params(cls, params) -> "SearchRequest":
        """Build and validate a request from ``{name: [values]}`` (query-string shape).

        Raises BadRequest with a Chinese sentence naming the bad value and the fix.
        """
        def one(name, default=""):
            values = params.get(name) or []
            return values[-1] if values else default

        def many(name):
            return [v.strip() for v in params.get(name) or [] if v and v.strip()]

        def integer(name, default, low, high=None):
            raw = one(name, "").strip()
            if raw == "":
                return default
            try:
                value = int(raw)
            except ValueError:
                raise BadRequest(f"参数 {name}={raw!r} 不是整数，请给出一个整数，例如 {name}={default}。") from None
            if value < low or (high is not None and value > high):
                span = f"{low} 到 {high}" if high is not None else f"不小于 {low}"
                raise BadRequest(f"参数 {name}={value} 超出范围，应为 {span} 的整数。")
            return value

        years = many("year")
        for year in years:
            if year != UNKNOWN and not (year.isdigit() and len(year) == 4):
                raise BadRequest(f"年份 {year!r} 无效：请写四位数字（如 2023），或写 unknown 选择年份不明的报告。")
        sort = one("sort", "relevance") or "relevance"
        if sort not in SORTS:
            raise BadRequest(f"排序方式 {sort!r} 无效：sort 只能是 relevance（按相关度）或 year（按年份）。")
        sections = many("section")
        for kind in sections:
            if kind not in SECTION_KINDS:
                raise BadRequest(f"章节类别 {kind!r} 无效，可选：{'、'.join(SECTION_KINDS)}。")
        types = many("type")
        for doc_type in types:
            if doc_type not in DOC_TYPES:
                raise BadRequest(f"文档类型 {doc_type!r} 无效，可选：{'、'.join(DOC_TYPES)}。")
        q = one("q", "")
        if len(q) > MAX_QUERY_CHARS:
            raise BadRequest(f"查询太长（{len(q)} 个字符），请缩短到 {MAX_QUERY_CHARS} 个字符以内。")
        return cls(
            q=q,
            parks=many("park"),
            years=years,
            types=types,
            sections=sections,
            page=integer("page", 1, 1),
            per_page=integer("per_page", 10, 1, MAX_PER_PAGE),
            sort=sort,
            collapse=one("collapse", "1") not in ("0", "false", "no"),
        )


class SearchService:
    """Answers searches and report look-ups against one index folder."""

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._lock = threading.Lock()
        # Fail at start-up, not mid-request: no index, or a broken one, says what to run.
        name, ix, searcher = self._open_current()
        self._current = (name, ix)  # replaced whole, so a thread never sees a name with another's index
        # Each thread reads through a searcher of its own: segments are separate files
        # read with seek + read, which threads sharing one file handle would interleave.
        self._local = threading.local()
        self._local.generation, self._local.searcher = name, searcher
        self._stamp = generations.current_stamp(self.index_dir)
        self._checked = time.monotonic()
        self._retired: list[tuple[float, object]] = []
        self._cache = ResultCache(CACHE_ENTRIES)
        self._columns: dict = {}  # (generation, field) -> the column's value per docnum
        self._prepare(searcher)
        _settle_start_up()

    def _prepare(self, searcher) -> None:
        """Read what every search of a generation needs (facet columns, the near-duplicate
        sketches, the section spans) when the generation is opened, not in a user's request."""
        for name in GROUPED_FACETS:
            self._column(searcher, name)
        if "dup_sig" in searcher.schema:
            self._grouping_sigs(searcher)
        for sub, _ in searcher.leaf_searchers():
            spans_column(sub.reader())

    def _open_current(self):
        """(name, index, searcher) of the generation CURRENT names, checked whole."""
        for attempt in range(3):
            gen_dir = generations.current_generation(self.index_dir)
            try:
                ix = whoosh_index.open_dir(str(gen_dir))
                searcher = ix.searcher()
                phrase.preload_field_lengths(searcher)
                self._use_vocabulary(gen_dir, ix.schema)
                return gen_dir.name, ix, searcher
            except FileNotFoundError:
                # Two builds finished between reading CURRENT and opening its folder:
                # the folder was retired; CURRENT names a newer one now.
                if attempt == 2:
                    raise
            except ParksearchError:
                raise
            except Exception as error:  # noqa: BLE001 - any Whoosh failure means a broken generation
                raise IndexMissing(
                    f"索引 {gen_dir} 无法打开（{type(error).__name__}: {error}）。"
                    f"请运行：{generations.REPAIR} --index {self.index_dir} 重建索引。"
                ) from error
        raise AssertionError("unreachable")

    def _use_vocabulary(self, gen_dir: Path, schema) -> None:
        """Analyse queries with the dictionary and synonyms the generation was built
        with, and load jieba now rather than in the first user's request. Queries must be
        cut by the segmenter that cut the reports: an index built by the other one is refused."""
        built_by = generations.read_manifest(gen_dir).tokenizer if (gen_dir / generations.MANIFEST).is_file() else ""
        if built_by and built_by.split()[0] != analyze.BACKEND:
            raise IndexMissing(
                f"索引 {gen_dir.name} 是用 {built_by} 分词建成的，而当前环境用 {analyze.TOKENIZER} 分词，"
                f"检索结果会不准。请运行：parksearch index --index {self.index_dir} 重建索引"
                f"（或在建索引的同一环境中运行）。")
        userdict = gen_dir / USERDICT_FILE
        key = userdict.read_bytes() if userdict.is_file() else None
        if key != getattr(self, "_vocabulary_key", object()):
            analyze.load_dictionaries(userdict if key is not None else None)
            self._vocabulary_key = key
        use_synonyms(gen_dir / SYNONYMS_FILE)
        for _ in schema["text"].analyzer("园区招商引资工作总结", mode="query"):
            pass

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
        name, ix = self._current
        local = self._local
        if getattr(local, "generation", None) != name:
            old = getattr(local, "searcher", None)
            searcher = ix.searcher()
            phrase.preload_field_lengths(searcher)
            local.searcher, local.generation = searcher, name
            self._prepare(searcher)  # after a switch, the first thread there reads them
            if old is not None:
                with self._lock:
                    self._retired.append((now, old))
        return local.searcher

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
                        name, ix, searcher = self._open_current()
                        searcher.close()  # it proved the generation whole; threads open their own
                        self._current = (name, ix)
                        self._cache.clear()  # its entries hold the old searchers' hits
                        self._columns = {}
                        phrase.clear_cache()  # the old generation's segments are not searched again
                        clear_spans_cache()
                    self._stamp = stamp
                except (ParksearchError, OSError) as error:
                    # Keep answering from the generation we have; say why once per check.
                    print(f"警告：新索引无法打开，继续使用 {self._current[0]}：{error}", file=sys.stderr)
            self._close_retired(now)

    def _close_retired(self, now: float) -> None:
        still = []
        for since, searcher in self._retired:
            if now - since > RETIRE_SECONDS:
                try:
                    searcher.close()
                except Exception:  # noqa: BLE001 - closing a reader that failed is not worth a 500
                    pass
            else:
                still.append((since, searcher))
        self._retired = still

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
        return parse_query(q, searcher.schema, fields, reader=searcher.reader(), ranked=ranked, sections=sections)

    def _column(self, searcher, name: str) -> list:
        """The sortable column ``name`` as a list indexed by docnum, read once per generation.

        Facets and near-duplicate grouping read it for every hit; one lookup through
        Whoosh's column reader costs a seek and a read.
        """
        key = (self._local.generation, name)
        values = self._columns.get(key)
        if values is None:
            reader = searcher.reader()
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
        page = groups[(req.page - 1) * req.per_page: req.page * req.per_page]
        rows = [self._result(searcher, group[0], parsed, req, similar=group[1:]) for group in page]
        understood = parsed.understood
        if req.sections and parsed.query is not None:
            understood += f"（只在{'、'.join(req.sections)}章节中匹配）"
        # facets depend on the query and the filters, not on the page or the sort
        key = ("facets", self._local.generation, req.q, tuple(req.sections), tuple(req.parks), tuple(req.years),
               tuple(req.types), req.collapse)
        facets = self._cache.get(key, lambda: self._facets(searcher, parsed, req, filters, groups))
        return {
            "query": req.q,
            "understood": understood,
            "warning": parsed.warning,
            "total": len(groups),
            "page": req.page,
            "per_page": req.per_page,
            "took_ms": round((time.perf_counter() - started) * 1000, 1),
            "results": rows,
            "facets": facets,
        }

    def _groups(self, searcher, parsed: ParsedQuery, req: SearchRequest, flt, query=None) -> list[list]:
        """Every hit in result order, as groups of near-duplicates (one hit per group with collapse off).

        Each group's first hit is the one the result list shows; the rest are the
        similar reports it stands for. Each item is a ``Found`` (docnum and score, no
        Whoosh object), so the groups are cached per generation and any thread can reuse
        them with its own searcher: the next page, a facet click, the same search again.
        """
        by_year = req.sort == "year" or parsed.query is None
        query = query if query is not None else self._main_query(parsed, req)
        key = ("groups", self._local.generation, repr(query), repr(flt), by_year, req.collapse)
        return self._cache.get(key, lambda: self._compute_groups(searcher, query, flt, by_year, req.collapse))

    def _compute_groups(self, searcher, query, flt, by_year: bool, collapse: bool) -> list[list]:
        hits = self._scored(searcher, query, by_year)
        if flt is not None:
            allowed = set(searcher.docs_for_query(flt))
            hits = [hit for hit in hits if hit.docnum in allowed]
        if not collapse:
            return [[hit] for hit in hits]
        sigs = self._grouping_sigs(searcher) if "dup_sig" in searcher.schema else None
        if sigs is None:
            return [[hit] for hit in hits]
        return group_duplicates(hits, lambda hit: sigs[hit.docnum])

    def _grouping_sigs(self, searcher) -> list:
        """Near-duplicate signatures per docnum, blank for a report no other one could
        join (dedupe.without_lonely): computed once per generation, so grouping a
        search's hits only works on the few reports that have copies."""
        key = (self._local.generation, "dup_sig/grouping")
        sigs = self._columns.get(key)
        if sigs is None:
            sigs = self._columns[key] = without_lonely(self._column(searcher, "dup_sig"))
        return sigs

    def _scored(self, searcher, query, by_year: bool) -> list["Found"]:
        """Every hit of ``query`` in result order, before any filter.

        A filter only removes hits: a report's score and sort key do not depend on it,
        and Whoosh orders by (key, docnum). So the result list and each facet that drops
        its own filter share this one scored pass and filter it by document set.
        """
        key = ("scored", self._local.generation, repr(query), by_year)

        def compute():
            sortedby = [sorting.FieldFacet("year_num", reverse=True), sorting.ScoreFacet()] if by_year else None
            results = searcher.search(query, limit=None, sortedby=sortedby)
            # sorted by year, Whoosh's score is the sort key, not a relevance score
            return [Found(docnum, score if isinstance(score, (int, float)) else None)
                    for docnum, score in results.items()]

        return self._cache.get(key, compute)

    def _main_query(self, parsed: ParsedQuery, req: SearchRequest):
        if parsed.query is not None:
            return parsed.query
        if req.sections:
            return Q.Or([Q.Term("section_kinds", k) for k in req.sections])
        return Q.Every()

    def _filters(self, req: SearchRequest) -> dict:
        filters = {}
        if req.parks:
            filters["park"] = Q.Or([Q.Term("park", p) for p in req.parks])
        if req.years:
            filters["year"] = Q.Or([Q.Term("year", y) for y in req.years])
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
            column = self._column(searcher, name)
            counts = Counter(column[group[0].docnum] for group in facet_groups)
            facets[name] = _ordered(
                (None if value == UNKNOWN else (int(value) if name == "year" else value), count)
                for value, count in counts.items()
            )
        # the section facet ignores the section filter (its own), keeping the others
        if req.sections:
            unrestricted = replace(req, sections=[])
            groups = self._groups(searcher, self.parse(req.q, (), searcher), unrestricted, _and(filters.values()))
        group_of = {hit.docnum: i for i, group in enumerate(groups) for hit in group}
        section_counts = []
        memo: dict = {}  # the kinds' queries share their leaves outside the sections
        for kind in SECTION_KINDS:
            if parsed.query is None:
                q = Q.Term("section_kinds", kind)
            else:
                q = self.parse(req.q, [kind], searcher, ranked=False).query
            # a count, not a search: no scoring, no order, only which reports
            n = len({group_of[d] for d in doc_set(searcher, q, memo) if d in group_of})
            if n:
                section_counts.append((kind, n))
        facets["section"] = _ordered(section_counts)
        return facets

    def _result(self, searcher, hit: "Found", parsed: ParsedQuery, req: SearchRequest, similar=()) -> dict:
        meta = searcher.stored_fields(hit.docnum)["meta"]
        row = _public(meta)
        row["score"] = round(hit.score, 3) if hit.score is not None else None
        row["snippets"] = make_snippets(meta["text"], meta["sections"], parsed.terms, kinds=req.sections or None)
        row["similar"] = [{k: searcher.stored_fields(other.docnum)["meta"][k] for k in ("id", "source", "n", "title")}
                          for other in similar]
        return row

    # -- reports -----------------------------------------------------------

    def report(self, report_id: str, q: str = "") -> dict:
        """One report: metadata, sections and text; with ``q``, the text as highlighted HTML."""
        meta = self._meta(report_id)
        data = _public(meta)
        data["parks_mentioned"] = meta.get("parks_mentioned", [])
        data["text"] = meta["text"]
        data["sections"] = [
            {"heading": s["heading"], "level": s["level"], "category": s["category"],
             "start": s["start"], "end": s["end"]}
            for s in meta["sections"]
        ]
        return data

    def report_html(self, report_id: str, q: str = "") -> dict:
        """The report split into its sections, each as safe HTML with the query's matches marked."""
        meta = self._meta(report_id)
        parsed = self.parse(q)
        text = meta["text"]
        spans = find_matches(text, parsed.terms) if parsed.terms else []
        title_end = text.find("\n") if "\n" in text else len(text)
        blocks = []
        hit = 1
        pieces = [{"heading": None, "level": 0, "category": "其他", "start": title_end, "end": (meta["sections"] or [{"start": len(text)}])[0]["start"]}]
        pieces += meta["sections"]
        for i, sec in enumerate(pieces):
            start, end = max(sec["start"], title_end), sec["end"]
            if start >= end:
                continue
            heading_end = start
            if sec["heading"]:
                heading_end = min(end, start + len(sec["heading"]))
                # the punctuation that closed an inline heading's clause stays with it,
                # so the paragraph after it does not open with 。 or ：
                while heading_end < end and text[heading_end] in "。：:；;，,":
                    heading_end += 1
            lines = []
            body_start = heading_end
            for line_start, line_end in _lines(text, body_start, end):
                n_before = sum(1 for s in spans if line_start <= s[0] < line_end)
                lines.append(mark(text, line_start, line_end, spans, first_hit=hit))
                hit += n_before
            heading_html = None
            if sec["heading"]:
                n_before = sum(1 for s in spans if start <= s[0] < heading_end)
                heading_html = mark(text, start, heading_end, spans, first_hit=hit)
                hit += n_before
            blocks.append({"anchor": f"sec-{i}", "heading": sec["heading"], "heading_html": heading_html,
                           "level": sec["level"], "category": sec["category"], "paragraphs": lines})
        meta_public = _public(meta)
        meta_public["parks_mentioned"] = meta.get("parks_mentioned", [])
        return {"report": meta_public, "blocks": blocks, "hits": len(spans),
                "understood": parsed.understood, "q": q}

    def _meta(self, report_id: str) -> dict:
        if not (isinstance(report_id, str) and len(report_id) == 16 and report_id.isalnum()):
            raise NotFound(f"报告编号 {report_id[:40]!r} 无效或不存在。")
        doc = self.searcher().document(id=report_id)
        if doc is None:
            raise NotFound(f"找不到编号为 {report_id} 的报告，它可能已从语料中删除。")
        return doc["meta"]

    def export(self, req: SearchRequest) -> list[dict]:
        """Every matching report (up to EXPORT_LIMIT) for CSV export, in result order,
        near-duplicates listed each on its own (a spreadsheet is for counting them)."""
        searcher = self.searcher()
        parsed = self.parse(req.q, req.sections, searcher)
        groups = self._groups(searcher, parsed, replace(req, collapse=False), _and(self._filters(req).values()))
        rows = []
        for (found,) in groups[:EXPORT_LIMIT]:
            meta = searcher.stored_fields(found.docnum)["meta"]
            rows.append(dict(_public(meta), score=round(found.score, 3) if found.score is not None else None))
        return rows

    def stats(self) -> dict:
        searcher = self.searcher()
        return {"status": "ok", "reports": searcher.doc_count(), "index": str(self.index_dir),
                "generation": self._current[0]}

    # -- around one report (the report page) ---------------------------------

    def related(self, report_id: str, limit: int = 5) -> list[dict]:
        """Other reports whose text is most like this one's, best first.

        Whoosh's more-like-this on the ``text`` field: that field is not stored, so the
        key terms are drawn from the stored text (analysed with the field's own analyzer).
        Each item is the report's public metadata plus ``score``.
        """
        meta = self._meta(report_id)
        searcher = self.searcher()
        docnum = searcher.document_number(id=report_id)
        if docnum is None or not meta["text"].strip():
            return []
        hits = searcher.more_like(docnum, "text", text=meta["text"], top=limit, numterms=RELATED_TERMS)
        return [dict(_public(hit["meta"]), score=round(hit.score, 3)) for hit in hits]

    def key_phrases(self, report_id: str, top_k: int = 12) -> list[str]:
        """The report's key phrases (jieba TF-IDF over its text), most telling first.

        Numbers, Latin shards of scraped pages and words every report uses (GENERIC_WORDS)
        say nothing to a reader and are left out.
        """
        import jieba.analyse

        text = self._meta(report_id)["text"]
        words = jieba.analyse.extract_tags(text, topK=top_k * 3)
        return [w for w in words
                if len(w) > 1 and w not in GENERIC_WORDS and not _LATIN.fullmatch(w)][:top_k]

    def source_file(self, report_id: str, corpus_dir) -> Path:
        """The original corpus file the report was read from, for download.

        Only a regular file inside ``corpus_dir`` is ever answered: a source that resolves
        elsewhere (``..``, an absolute path, a symlink out of the folder) is NotFound.
        """
        meta = self._meta(report_id)
        corpus = Path(corpus_dir).resolve()
        try:
            path = (corpus / meta["source"]).resolve()
        except (OSError, RuntimeError):
            path = None
        if path is None or not path.is_relative_to(corpus) or path == corpus or not path.is_file():
            raise NotFound(f"报告 {report_id} 的原始文件 {meta['source']} 不在语料文件夹中，无法下载。")
        return path


_settled = False


def _settle_start_up() -> None:
    """Take what start-up loaded out of the cyclic garbage collector's way, once per process.

    The modules, jieba's dictionaries and the first searcher live as long as the
    process, yet every full collection walks them all again (~10 ms here) inside
    whichever request triggered it. ``gc.freeze`` leaves them to reference counting;
    measured with ``bench/run.py --cold-only``, the first searches' p95 fell from
    ~54 to ~46 ms with it.
    """
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


def _public(meta: dict) -> dict:
    return {k: meta[k] for k in ("id", "source", "n", "title", "park", "year", "doc_type", "period")}


def _lines(text, start, end):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            yield pos, stop
        pos = stop + 1


@dataclass(frozen=True)
class Found:
    """One matching report: its document number in the generation, and its relevance score."""

    docnum: int
    score: float | None


class ResultCache:
    """A small thread-safe LRU of computed results, cleared when the generation changes.

    Keys carry the generation's name, so an entry can never answer for another index.
    """

    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, compute):
        with self._lock:
            if key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key]
        value = compute()  # outside the lock: two requests may compute the same thing once each
        with self._lock:
            self._entries[key] = value
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


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


# -- report-page helpers (related, key_phrases) --------------------------------

RELATED_TERMS = 12  # key terms more-like-this draws from a report
_LATIN = re.compile(r"[A-Za-z0-9_.\-]+")  # scraped pages leave "docx", "VIP", pinyin shards
# Words every park report uses: as "key phrases" they tell a reader nothing.
GENERIC_WORDS = frozenset(
    "园区 園區 工业园区 工業園區 工业园 工業園 工作 建设 建設 发展 發展 开展 開展 加强 加強 推进 推進 "
    "进一步 進一步 完成 实现 實現 情况 情況 全年 今年 目前 积极 積極 我们 我們 同比 "
    "万元 萬元 亿元 億元 以上 各项 各項".split()
)
