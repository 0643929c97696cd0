"""Hits as arrays, grouped only where a report has a copy (search/hits.py), answer what grouping every hit answered.

The reference below is the service's way before: every hit a ``Found`` in a list, moved
into tiers, filtered, grouped into near-duplicates (``group_duplicates``) and folded
into page families (``fold_families``) over the whole list, the total and every facet
counted from that list. For many queries, filters, sorts, pages and collapse on and off,
the service's answer must equal it: the same total, folded copies, facet counts, results
(ids, scores, how they matched, their similar reports) in the same order. On the seed
pages (with copies and page families), on generated reports in many segments with copies
and abridged repeats added, and after an incremental build that deleted reports.
"""
from __future__ import annotations

import itertools
import shutil
import sys
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest
from whoosh import query as Q

from conftest import CORPUS, REPO, build_in_segments

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer.analysis.dedupe import fold_families, group_duplicates  # noqa: E402
from indexer.build import build_index  # noqa: E402
from indexer.model import SECTION_KINDS  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402
from indexer.search import fallback, intier  # noqa: E402
from indexer.search.cache import Found  # noqa: E402
from indexer.search.docsets import doc_set  # noqa: E402
from indexer.search.service import GROUPED_FACETS, _and  # noqa: E402
from indexer.text import UNKNOWN  # noqa: E402
from indexer.whoosh_ext.scoremap import scored_hits  # noqa: E402

# -- the reference: every hit an object, grouped over the whole list --------------------------


def every_hit_scored(service, searcher, query, by_year):
    if not by_year:
        return [Found(d, s) for d, s in scored_hits(searcher, query)]
    years = service._year_keys(searcher)
    if isinstance(query, Q.Every):
        hits = [Found(d, None) for d in sorted(service._live_docs(searcher), key=lambda d: (years[d], d))]
    else:
        scored = scored_hits(searcher, query, sorted_by_score=False)
        scored.sort(key=lambda hit: (years[hit[0]], -hit[1], hit[0]))
        hits = [Found(d, None) for d, _ in scored]
    year = service._column(searcher, "year")
    return [h for h in hits if year[h.docnum] != UNKNOWN] + [h for h in hits if year[h.docnum] == UNKNOWN]


def every_hit_groups(service, searcher, parsed, req, flt, main=True):
    by_year = req.sort == "year" or parsed.query is None
    query = service._main_query(parsed, req)
    tiers = [q for _, q in parsed.tiers] if main else []
    hits = every_hit_scored(service, searcher, query, by_year)
    if tiers:
        memo: dict = {}
        hits = fallback.order_by_tier(hits, [doc_set(searcher, q, memo) for q in tiers])
    seeds = hits
    if flt is not None:
        allowed = doc_set(searcher, flt)
        hits = [hit for hit in hits if hit.docnum in allowed]
    loose = intier.loose_tiers(parsed) if main and not by_year and tiers else ()
    if loose and hits:  # a loosened query's loose tiers, its first hits by the fitted mix (intier.py), ties in order
        head = hits[:intier.WINDOW]
        texts = intier.hit_texts(searcher, np.array([hit.docnum for hit in head]))
        keys = intier.loose_keys(np.array([hit.score for hit in head]), np.array([hit.tier for hit in head]),
                                 service._okapi(searcher, texts, tuple(parsed.terms)), loose)
        order = sorted(range(len(head)), key=lambda i: (head[i].tier, -keys[i], i))
        hits = [head[i] for i in order] + hits[len(head):]
    widen = main and not by_year and not parsed.quoted and parsed.terms and not req.sections
    if widen and parsed.chars and len(seeds) < fallback.FALLBACK_BELOW and (
            not seeds or (tiers and all(hit.tier != 0 for hit in seeds))):
        hits = hits + every_character_hit(searcher, parsed.chars, hits, flt,
                                          len(tiers) + 1 + fallback.LAST_TIERS.index(fallback.CHARS))
    if not req.collapse:
        return [[hit] for hit in hits]
    sigs = service._grouping_sigs(searcher) if "dup_sig" in searcher.schema else None
    groups = [[hit] for hit in hits] if sigs is None else group_duplicates(hits, lambda hit: sigs[hit.docnum])
    if "dup_family" in searcher.schema:
        families = service._column(searcher, "dup_family")
        groups = fold_families(groups, lambda hit: families[hit.docnum] or "")
    return groups


def every_character_hit(searcher, chars, hits, flt, tier):
    """A short phrase's characters' reports (fallback.CHARS), every report's text read: those holding one, not listed
    yet and passing the filter, by the characters' Okapi BM25 (ties: the characters' idf they hold, then docnum)."""
    reader = searcher.reader()
    live = [d for d in range(reader.doc_count_all()) if not reader.is_deleted(d)]
    texts = dict(zip(live, intier.hit_texts(searcher, np.array(live, dtype=np.int64))))
    n = len(live)
    df = {ch: sum(ch in t for t in texts.values()) for ch in chars}
    idf = {ch: float(np.log(1 + (n - df[ch] + 0.5) / (df[ch] + 0.5))) for ch in chars if df[ch]}
    listed = {hit.docnum for hit in hits}
    allowed = doc_set(searcher, flt) if flt is not None else None
    docs = [d for d in live if any(ch in texts[d] for ch in idf) and d not in listed
            and (allowed is None or d in allowed)]
    scores = intier.okapi([texts[d] for d in docs], idf)
    held = {d: sum(w for ch, w in idf.items() if ch in texts[d]) for d in docs}
    order = sorted(range(len(docs)), key=lambda i: (-scores[i], -held[docs[i]], docs[i]))
    return [Found(docs[i], float(scores[i])).in_tier(tier) for i in order]


def every_hit_facets(service, searcher, parsed, req, filters, groups):
    facets = {}
    for name in GROUPED_FACETS:
        if name in filters:
            others = _and(v for k, v in filters.items() if k != name)
            facet_groups = every_hit_groups(service, searcher, parsed, req, others)
        else:
            facet_groups = groups
        column = service._column(searcher, name)
        counts = Counter(column[group[0].docnum] for group in facet_groups)
        if name == "park":
            spelled, counts = counts, Counter()
            for value, count in spelled.items():
                counts[service.park_names().canonical(value)] += count
        facets[name] = sorted((((None if v == UNKNOWN else (int(v) if name == "year" else v)), c)
                               for v, c in counts.items() if c), key=repr)
    if req.sections:
        groups = every_hit_groups(service, searcher, service.parse(req.q, (), searcher), replace(req, sections=[]),
                                  _and(filters.values()))
    group_of = {hit.docnum: i for i, group in enumerate(groups) for hit in group}
    sections = []
    memo: dict = {}
    for kind in SECTION_KINDS:
        q = Q.Term("section_kinds", kind) if parsed.query is None else service.parse(req.q, [kind], searcher,
                                                                                      ranked=False).query
        n = len({group_of[d] for d in doc_set(searcher, q, memo) if d in group_of})
        if n:
            sections.append((kind, n))
    facets["section"] = sorted(sections, key=repr)
    return facets


def every_hit_answer(service, req):
    searcher = service.searcher()
    parsed = service.parse(req.q, req.sections, searcher)
    filters = service._filters(req)
    groups = every_hit_groups(service, searcher, parsed, req, _and(filters.values()))
    page = groups[(req.page - 1) * req.per_page: req.page * req.per_page]
    matches = [m for m, _ in parsed.tiers] + [parsed.rest] + list(fallback.LAST_TIERS)

    def ident(hit):
        return searcher.stored_fields(hit.docnum)["meta"]["id"]

    loose = sum(1 for g in groups if matches[min(g[0].tier, len(matches) - 1)] in fallback.LOOSE)
    return {
        "total": len(groups),
        "collapsed": sum(len(g) - 1 for g in groups),
        "results": [(ident(g[0]), None if g[0].score is None else round(g[0].score, 3),
                     matches[min(g[0].tier, len(matches) - 1)], [ident(h) for h in g[1:]]) for g in page],
        "facets": every_hit_facets(service, searcher, parsed, req, filters, groups),
        "loose": loose,
    }


def answer(service, req):
    found = service.search(req)
    facets = {name: sorted(((f["value"], f["count"]) for f in values), key=repr)
              for name, values in found["facets"].items()}
    loose = "不完全匹配" in found["understood"]
    return found, {
        "total": found["total"],
        "collapsed": found["collapsed"],
        "results": [(r["id"], r["score"], r["match"], [s["id"] for s in r["similar"]]) for r in found["results"]],
        "facets": facets,
        "loose": loose,
    }


# -- the indexes ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def copies_index(tmp_path_factory):
    """Generated reports in many small segments, with copies: reports republished by another
    site with a line added, and pages holding a report and an abridged repeat of it; then an
    incremental build that changes, removes and adds files (deleted reports in segments)."""
    root = tmp_path_factory.mktemp("pages-only")
    corpus, index = root / "corpus", root / "index"
    paths = generate.generate(corpus, reports=36, seed=41, chars=900)
    for k, path in enumerate(paths[:8]):
        text = path.read_text(encoding="utf-8")
        (corpus / f"copy_{k}.txt").write_text(text.replace("。", "。", 1) + "\n（来自园区门户网站）\n", encoding="utf-8")
        if k % 2:
            (corpus / f"copy2_{k}.txt").write_text("转载：" + text, encoding="utf-8")
    for k, path in enumerate(paths[8:12]):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        abridged = "\n".join(lines[: max(3, len(lines) * 2 // 3)])
        (corpus / f"page_{k}.txt").write_text(f"【第一篇】{text}\n\n【第二篇】{abridged}\n", encoding="utf-8")
    build_in_segments(corpus, index, segment_chars=6000, merge_factor=1000)
    for path in paths[12:14]:
        path.write_text(path.read_text(encoding="utf-8") + "\n新增：招商引资存在的问题正在解决。\n", encoding="utf-8")
    paths[14].unlink()
    (corpus / "copy_1.txt").unlink()
    build_in_segments(corpus, index, segment_chars=6000, merge_factor=1000)
    return index


@pytest.fixture(scope="module")
def gov_index(tmp_path_factory):
    """The seed pages and the government reports together (real copies and page families)."""
    root = tmp_path_factory.mktemp("pages-only-gov")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    for path in sorted((REPO / "tests" / "fixtures" / "gov").glob("*.txt"))[:20]:
        shutil.copy(path, corpus / path.name)
    build_index(corpus, root / "index", workers=1)
    return root / "index"


@pytest.fixture(params=["seed", "copies", "gov"])
def service_of(request, index_dir, copies_index, gov_index):
    service = SearchService({"seed": index_dir, "copies": copies_index, "gov": gov_index}[request.param])
    service.name = request.param
    return service


QUERIES = ["", "园区", "招商引资", "招商 OR 引资", "园区 -绿化", "招商*", "的", "土地 污水", "招商引资 存在问题",
           "year:2010-2015 园区", "\"标准厂房\"", "基础设施建设", "农业园区", "环境保护 电子信息", "金岭工业园 污水处理",
           "2020年 招商引资", "发展 建设", "威县模式"]


def requests_of(service):
    searcher = service.searcher()
    park = next((p for p in service._column(searcher, "park") if p and p != UNKNOWN), "金岭工业园")
    year = next((y for y in service._column(searcher, "year") if y and y != UNKNOWN), "2015")
    extra = [{}, {"park": [park]}, {"year": [year]}, {"type": ["工作总结", "工作计划"]}, {"section": ["存在问题"]},
             {"sort": ["year"]}, {"collapse": ["0"]}, {"page": ["2"], "per_page": ["3"]},
             {"sort": ["year"], "year": ["unknown"]}, {"park": [park], "section": ["计划安排"], "collapse": ["0"]}]
    for q, params in itertools.product(QUERIES, extra):
        yield SearchRequest.from_params({"q": [q], **params})


def test_answers_equal_grouping_every_hit(service_of):
    compared = collapsed = 0
    for req in requests_of(service_of):
        want = every_hit_answer(service_of, req)
        found, got = answer(service_of, req)
        assert got["loose"] == bool(want["loose"]), req
        del got["loose"], want["loose"]
        assert got == want, req
        compared += 1
        collapsed += got["collapsed"]
        # and again, from what the service remembered
        assert answer(service_of, req)[1] | {"loose": None} == got | {"loose": None}
    assert compared == len(QUERIES) * 10
    assert collapsed > 0, "the index has copies that some searches fold"


def test_an_export_lists_every_hit_as_before(service_of):
    for q in ("园区", "招商引资", ""):
        req = SearchRequest.from_params({"q": [q]})
        searcher = service_of.searcher()
        parsed = service_of.parse(req.q, req.sections, searcher)
        groups = every_hit_groups(service_of, searcher, parsed, replace(req, collapse=False),
                                  _and(service_of._filters(req).values()))
        ids = [searcher.stored_fields(g[0].docnum)["meta"]["id"] for g in groups]
        assert [row["id"] for row in service_of.export(req)] == ids


def test_grouping_only_the_reports_with_copies_equals_grouping_every_hit():
    # random hit lists over random signatures and page families (the container, marked *,
    # often ranked below its copies): the same groups, in the same order, the same heads
    import random

    import numpy as np

    from indexer.analysis.dedupe import signature
    from indexer.search import hits as hitlists

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests" / "fixtures" / "gov").glob("*.txt"))[:6]]
    base = [signature(t) for t in texts] + [signature(texts[0] + "来自网站"), signature(texts[1][:-40])]
    rng = random.Random(8)
    heads_moved = 0
    for _ in range(200):
        n = rng.randrange(1, 60)
        sigs = [rng.choice(base) if rng.random() < 0.3 else "" for _ in range(n)]
        families = [rng.choice(["", "", "", "", "f1", "f1*", "f2", "f2*", "f3"]) for _ in range(n)]
        order = rng.sample(range(n), n)
        found = [Found(d, 1.0 / (k + 1)) for k, d in enumerate(order)]
        want = fold_families(group_duplicates(found, lambda h: sigs[h.docnum]), lambda h: families[h.docnum] or "")
        hits = hitlists.Hits(np.array(order, dtype=np.int64), np.array([f.score for f in found]))
        got = hitlists.group(hits, True, sigs, families)
        assert got.page(0, n + 1) == want
        assert len(got) == len(want) and got.collapsed == sum(len(g) - 1 for g in want)
        assert got.head_docs().tolist() == [g[0].docnum for g in want]
        numbers = got.group_numbers(n)
        assert {d: int(numbers[d]) for d in order} == {h.docnum: i for i, g in enumerate(want) for h in g}
        heads_moved += sum(1 for g in want if min(order.index(h.docnum) for h in g) != order.index(g[0].docnum))
        plain = hitlists.group(hits, False, sigs, families)
        assert plain.page(0, n + 1) == [[f] for f in found]
    assert heads_moved > 20, "containers ranked below their copies were met"
