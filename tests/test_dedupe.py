"""Near-duplicate reports: the seed page's 【第二篇】 and 【第三篇】 are one article twice
(20__ vs 20xx, headings dropped); the templated NPC resolutions are not copies of each other."""
from __future__ import annotations

import itertools
import random
import re

import pytest

from conftest import CORPUS, REPO

from indexer.analysis.dedupe import (CONTAINER_MARK, THRESHOLD, _band_keys, fold_families, group_duplicates, signature,
                                     similarity, without_lonely)
from indexer.search import SearchRequest, SearchService
from indexer.build import build_index

GOV = REPO / "tests" / "fixtures" / "gov"
SEED = CORPUS / "000_b7ebce4f01a634e6.txt"


def seed_articles() -> tuple[str, str]:
    """The two copies, cut from the seed page at its 【第N篇】 titles."""
    text = SEED.read_text(encoding="utf-8")
    second = re.search(r"园区工作计划【第二篇】.*?(?=园区工作计划【第三篇】)", text, re.S).group()
    third = re.search(r"园区工作计划【第三篇】.*?(?=园区工作计划【第四篇】)", text, re.S).group()
    return second, third


def test_the_seed_copies_are_near_duplicates():
    second, third = seed_articles()
    assert "20__年农业园区" in second and "20xx年农业园区" in third
    assert similarity(signature(second), signature(third)) >= THRESHOLD


def test_templated_reports_are_not_duplicates():
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOV.glob("*.txt"))]
    sigs = [signature(t) for t in texts]
    worst = max(similarity(a, b) for a, b in itertools.combinations(sigs, 2))
    assert worst < THRESHOLD - 0.2  # measured: 0.39 between two resolutions of one congress


def _signature_one_shingle_at_a_time(text: str) -> str:
    """The signature as first written: every shingle's hash compared with its bin's minimum."""
    import zlib

    from indexer.analysis import normalize
    from indexer.analysis.dedupe import _EMPTY, _NOT_HAN, BINS, MIN_SHINGLES, SHINGLE

    han = _NOT_HAN.sub("", normalize(text))
    if len(han) - SHINGLE + 1 < MIN_SHINGLES:
        return ""
    mins = [None] * BINS
    for i in range(len(han) - SHINGLE + 1):
        h = zlib.crc32(han[i:i + SHINGLE].encode("utf-8"))
        if mins[h % BINS] is None or h // BINS < mins[h % BINS]:
            mins[h % BINS] = h // BINS
    return " ".join(_EMPTY if v is None else format(v, "x") for v in mins)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_signature_is_the_per_shingle_minimum(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    for size in (60, 300, 2000, len(text)):
        assert signature(text[:size]) == _signature_one_shingle_at_a_time(text[:size])


def test_a_short_text_has_no_signature():
    assert signature("园区工作计划。") == ""
    assert similarity("", "") == 0.0


def test_groups_keep_rank_order_and_join_transitively():
    second, third = seed_articles()
    other = (GOV / "1975年中华人民共和国国务院政府工作报告.txt").read_text(encoding="utf-8")
    items = ["a", "b", "c", "d"]
    sigs = {"a": signature(other), "b": signature(third), "c": signature(second), "d": signature(third + "来自")}
    assert group_duplicates(items, sigs.get) == [["a"], ["b", "c", "d"]]


def test_blanking_lonely_signatures_never_changes_the_groups(service):
    # the service groups with without_lonely(every signature of the index): same groups, less work
    searcher = service.searcher()
    sigs = list(searcher.reader().column_reader("dup_sig"))
    blanked = without_lonely(sigs)
    assert sum(1 for s in blanked if s) < sum(1 for s in sigs if s)  # some reports have no copy
    assert any(len(g) > 1 for g in group_duplicates(range(len(sigs)), blanked.__getitem__))  # and some have
    rng = random.Random(3)
    for _ in range(50):
        hits = rng.sample(range(len(sigs)), rng.randrange(1, len(sigs) + 1))
        assert group_duplicates(hits, blanked.__getitem__) == group_duplicates(hits, sigs.__getitem__)


def test_a_report_that_shares_a_band_but_is_like_no_other_is_blanked():
    # sharing a band key is not enough to be grouped: the similarity must reach THRESHOLD,
    # so a report with no similar partner anywhere costs nothing per search
    base = [format(v, "x") for v in range(64)]
    a = " ".join(base)
    b = " ".join(base[:4] + [format(v + 1000, "x") for v in range(4, 64)])  # the same first band only
    c = " ".join(base[:60] + ["ff1", "ff2", "ff3", "ff4"])  # a copy of a (60 of 64 bins)
    assert similarity(a, b) < THRESHOLD <= similarity(a, c)
    assert without_lonely([a, b, c, ""]) == [a, "", c, ""]
    assert without_lonely([a, b]) == ["", ""]


def _every_item_grouping(items, sig_of):
    """Reference: the grouping as first written, a union-find over every item (blank or not)."""
    items = list(items)
    sigs = [sig_of(item) for item in items]
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    bands: dict = {}
    for i, sig in enumerate(sigs):
        if not sig:
            continue
        for key in _band_keys(sig):
            seen = bands.setdefault(key, [])
            for j in seen[:8]:
                if find(i) != find(j) and similarity(sig, sigs[j]) >= THRESHOLD:
                    a, b = find(i), find(j)
                    parent[max(a, b)] = min(a, b)
            seen.append(i)
    groups: dict = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), []).append(item)
    return [groups[k] for k in sorted(groups)]


def _every_group_folding(groups, family_of):
    """Reference: folding as first written, every group's families computed."""
    place, merged = {}, []
    for group in groups:
        keys = {family_of(item).rstrip(CONTAINER_MARK) for item in group} - {""}
        target = next((place[k] for k in keys if k in place), None)
        if target is None:
            merged.append(list(group))
            target = len(merged) - 1
        else:
            merged[target].extend(group)
        for k in keys:
            place.setdefault(k, target)
    for group in merged:
        heads = [i for i, item in enumerate(group) if family_of(item).endswith(CONTAINER_MARK)]
        if heads and heads[0]:
            group.insert(0, group.pop(heads[0]))
    return merged


def test_grouping_and_folding_skip_lone_reports_and_give_the_same_groups():
    # only reports with a signature (or a family) are compared; the groups are those of
    # comparing every hit, whatever the order and the share of lone reports
    second, third = seed_articles()
    gov = sorted(GOV.glob("*.txt"))[:12]
    texts = [second, third, third + "来自", second[:-30]] + [p.read_text(encoding="utf-8") for p in gov]
    base = [signature(t) for t in texts]
    rng = random.Random(5)
    for _ in range(60):
        n = rng.randrange(1, 80)
        sigs = [rng.choice(base) if rng.random() < 0.4 else "" for _ in range(n)]
        families = [rng.choice(["", "", "", "f1", "f1*", "f2", "f2*"]) for _ in range(n)]
        hits = rng.sample(range(n), n)
        groups = group_duplicates(hits, sigs.__getitem__)
        assert groups == _every_item_grouping(hits, sigs.__getitem__)
        assert fold_families(groups, families.__getitem__) == _every_group_folding(groups, families.__getitem__)


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """A corpus where a second site republished the 【第三篇】 copy as its own page."""
    corpus = tmp_path_factory.mktemp("dup-corpus")
    second, third = seed_articles()
    (corpus / "site_a.txt").write_text(second, encoding="utf-8")
    (corpus / "site_b.txt").write_text(third, encoding="utf-8")
    for name in ("1975年中华人民共和国国务院政府工作报告.txt", "2013年中华人民共和国国务院政府工作报告.txt"):
        (corpus / name).write_text((GOV / name).read_text(encoding="utf-8"), encoding="utf-8")
    index = tmp_path_factory.mktemp("dup-index")
    build_index(corpus, index)
    return SearchService(index)


def test_search_collapses_copies_into_one_result(copies):
    data = copies.search(SearchRequest(q="威县模式"))
    assert data["total"] == 1 and len(data["results"]) == 1
    row = data["results"][0]
    assert [s["source"] for s in row["similar"]] == [
        "site_b.txt" if row["source"] == "site_a.txt" else "site_a.txt"]
    assert set(row["similar"][0]) == {"id", "source", "n", "title"}
    assert sum(f["count"] for f in data["facets"]["doc_type"]) == 1  # facets count what the list shows


def test_no_collapse_lists_every_report(copies):
    data = copies.search(SearchRequest(q="威县模式", collapse=False))
    assert data["total"] == 2 and all(r["similar"] == [] for r in data["results"])
    assert sum(f["count"] for f in data["facets"]["doc_type"]) == 2


def test_browsing_collapses_too_and_distinct_reports_stay_apart(copies):
    data = copies.search(SearchRequest())
    assert data["total"] == 3
    assert sorted(len(r["similar"]) for r in data["results"]) == [0, 0, 1]


def test_api_collapse_parameter(tmp_path):
    assert SearchRequest.from_params({"collapse": ["0"]}).collapse is False
    assert SearchRequest.from_params({}).collapse is True


def test_blanking_a_whole_index_keeps_no_signature_in_memory():
    # without_lonely reads every report's band keys once; keeping them (a tuple of tuples of
    # strings per report, in the per-search cache) held ~100 MB at 30,000 reports
    rng = random.Random(5)
    sigs = [" ".join(format(rng.getrandbits(28), "x") for _ in range(64)) for _ in range(6000)]
    _band_keys.cache_clear()
    without_lonely(sigs)
    assert _band_keys.cache_info().currsize == 0
    # the per-search cache stays bounded whatever the index's size
    for sig in sigs:
        _band_keys(sig)
    assert _band_keys.cache_info().currsize < len(sigs)


def test_the_service_keeps_only_the_signatures_of_reports_with_copies(service):
    searcher = service.searcher()
    grouping = service._grouping_sigs(searcher)
    assert sum(1 for s in grouping if s) < len(grouping)
    # the whole column was read for the blanking and dropped: only the blanked list is kept
    kept = [value for value in service._columns.values() if value is not grouping and isinstance(value, list)
            and len(value) == len(grouping) and any(isinstance(v, str) and len(v) > 100 for v in value)]
    assert kept == []


# -- the shingles' hashes, computed as whole columns ------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from indexer.analysis.dedupe import SHINGLE, shingle_hashes  # noqa: E402


def _one_by_one(han: str) -> list[int]:
    """What the sketch hashed before: zlib.crc32 of each shingle's UTF-8, distinct, ascending."""
    import zlib

    return sorted({zlib.crc32(han[i:i + SHINGLE].encode()) for i in range(len(han) - SHINGLE + 1)})


# ideographs of the BMP (three bytes), 〇 (three bytes, below the ideograph blocks) and the
# supplementary planes' (four bytes: the one-by-one way), few of them so that shingles repeat
_IDEOGRAPHS = st.sampled_from("园区开发建设经济产业〇\u3400\u9fff\uf900\ufaff") | st.sampled_from(["\U00020000", "\U0003134f"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_IDEOGRAPHS, max_size=80).map("".join))
def test_shingle_hashes_are_zlibs_crc32_of_each_shingle(han):
    assert shingle_hashes(han) == _one_by_one(han)


def test_shingle_hashes_of_a_real_report():
    han = re.sub(r"[^\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]", "", seed_articles()[0])
    assert len(han) > 500 and shingle_hashes(han) == _one_by_one(han)
