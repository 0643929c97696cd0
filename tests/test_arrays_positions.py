"""Positions kept as arrays (whoosh_ext/positions.py) answer exactly what decoding the postings answers.

Each index here is compared with its twin: a copy of the same generation without the
sidecar files, which every search reads the old way (each posting's pickled positions
decoded in Python) — the reference. Same segments, same document numbers, so where a
phrase occurs, its words' weights, where it lies by kind of section, its scores and what
the service shows must be equal, not close. On the seed pages, on generated reports split
into several segments, after an incremental build that deleted, added and merged, and on
random texts of a few characters (hypothesis), for strings of one to six bigrams.
"""
from __future__ import annotations

import os
import random
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as Q

from conftest import CORPUS, REPO, build_in_segments

sys.path.insert(0, str(REPO / "bench"))
import generate  # noqa: E402

from indexer import generations  # noqa: E402
from indexer.analysis import ChineseAnalyzer, normalize  # noqa: E402
from indexer.build import build_index  # noqa: E402
from indexer.errors import IndexDamaged  # noqa: E402
from indexer.search import SearchRequest, SearchService  # noqa: E402
from indexer.text import PROBLEM_MARKERS  # noqa: E402
from indexer.whoosh_ext import chars, phrase, positions, sections  # noqa: E402
from indexer.whoosh_ext.near import NearAny  # noqa: E402
from indexer.whoosh_ext.phrase import ConsecutivePhrase  # noqa: E402
from indexer.whoosh_ext.scoremap import scored_hits  # noqa: E402

KINDS = ("成效进展", "做法措施", "存在问题", "计划安排", "其他")


def decoded_twin(index: Path, to: Path) -> Path:
    """A copy of ``index``'s current generation without sidecars, served the old way."""
    gen = generations.current_generation(index)
    to.mkdir(parents=True)
    shutil.copytree(gen, to / gen.name, ignore=shutil.ignore_patterns("*" + positions.EXTENSION))
    manifest = generations.read_manifest(to / gen.name)
    manifest.index_files = generations.index_file_sizes(to / gen.name)
    generations.write_manifest(to / gen.name, manifest)
    generations.switch_to(to, gen.name)
    return to


def open_current(index: Path):
    return whoosh_index.open_dir(str(generations.current_generation(index)))


def bigram_strings(texts, count, seed) -> list[str]:
    """Substrings of ``texts`` of one to six bigrams (2–7 characters, no spaces)."""
    rng = random.Random(seed)
    found = []
    while len(found) < count:
        text = rng.choice(texts)
        start = rng.randrange(max(1, len(text) - 8))
        piece = text[start:start + rng.randint(2, 7)]
        if len(piece) >= 2 and not any(c.isspace() for c in piece):
            found.append(piece)
    return found


def literal_words(text: str) -> list[str]:
    return [text[i:i + 2] for i in range(len(text) - 1)]


def word_phrase(text: str) -> list[str]:
    return [t.text for t in ChineseAnalyzer()(text)]


def assert_same_phrases(pair, fieldname, words):
    """find_phrase from the sidecar equals find_phrase decoding the postings, in every segment."""
    arrays_ix, decoded_ix = pair
    with arrays_ix.searcher() as a, decoded_ix.searcher() as d:
        for (sub_a, _), (sub_d, _) in zip(a.leaf_searchers(), d.leaf_searchers()):
            ra, rd = sub_a.reader(), sub_d.reader()
            fmt = ra.schema[fieldname].format
            btexts = tuple(w.encode("utf-8") for w in words)
            got = phrase.find_phrase_arrays(ra, fieldname, btexts, fmt)
            assert got is not None, "the segment has a sidecar"
            want = phrase.find_phrase_decoded(rd, fieldname, btexts, fmt)
            assert got.docs == want.docs, words
            assert list(got.weights) == list(want.weights), words
            assert list(got.starts) == list(want.starts), words
            assert [got.weights[i] for i in range(len(got.docs))] == list(want.weights)


def kinds_by_leaf(index_ix, leaf) -> list:
    out = []
    with index_ix.searcher() as s:
        for sub, _ in s.leaf_searchers():
            found = sections._leaf_kinds(sub, leaf)
            out.append({kind: list(docs) for kind, docs in found.items() if len(docs)})
    return out


def leaves_of(strings) -> list:
    leaves = []
    for text in strings:
        words = literal_words(text)
        leaves.append(Q.Term("text_lit", words[0]) if len(words) == 1 else ConsecutivePhrase("text_lit", words))
        tokens = word_phrase(text)
        if len(tokens) == 1:
            leaves.append(Q.Term("text", tokens[0]))
        elif tokens:
            leaves.append(ConsecutivePhrase("text", tokens))
    return leaves


# -- the indexes ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_pair(index_dir, tmp_path_factory):
    twin = decoded_twin(index_dir, tmp_path_factory.mktemp("arrays-seed") / "decoded")
    return index_dir, twin


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """Generated reports in many small segments (generation 1), then an incremental build
    that changes three files, removes two, adds two and merges (generation 2), then one that
    changes one file, leaving a deleted report in a segment (generation 3)."""
    root = tmp_path_factory.mktemp("arrays-grown")
    corpus, index = root / "corpus", root / "index"
    paths = generate.generate(corpus, reports=40, seed=23, chars=700)
    first = build_in_segments(corpus, index, segment_chars=5000, merge_factor=1000)
    first_gen = generations.current_generation(index)
    for path in paths[:3]:
        path.write_text(path.read_text(encoding="utf-8") + "\n新增内容：招商引资工作取得新进展，存在的问题正在解决。\n",
                        encoding="utf-8")
    for path in paths[3:5]:
        path.unlink()
    extra = generate.generate(root / "more", reports=2, seed=29, chars=700)
    for i, path in enumerate(extra):
        shutil.copy(path, corpus / f"new_{i}_{path.name}")
    second = build_in_segments(corpus, index, segment_chars=5000, merge_factor=3)
    second_gen = generations.current_generation(index)
    paths[10].write_text(paths[10].read_text(encoding="utf-8") + "\n又一段：园区发展。\n", encoding="utf-8")
    third = build_in_segments(corpus, index, segment_chars=5000, merge_factor=1000)
    assert first.segments >= 5 and not second.full and second.merged_reports > 0 and not third.full
    ix = open_current(index)
    assert any(s.has_deletions() for s in ix._segments()), "a segment keeps deleted reports"
    ix.close()
    return index, first_gen, second_gen


@pytest.fixture(scope="module")
def grown_pair(grown, tmp_path_factory):
    index = grown[0]
    return index, decoded_twin(index, tmp_path_factory.mktemp("arrays-grown") / "decoded")


@pytest.fixture(scope="module")
def first_pair(grown, tmp_path_factory):
    """Generation 1 of ``grown`` (before the incremental build), as its own index."""
    first_gen = grown[1]
    copy = tmp_path_factory.mktemp("arrays-first") / "index"
    copy.mkdir()
    shutil.copytree(first_gen, copy / first_gen.name)
    generations.switch_to(copy, first_gen.name)
    return copy, decoded_twin(copy, tmp_path_factory.mktemp("arrays-first") / "decoded")


@pytest.fixture(params=["seed", "first", "grown"])
def pair(request, seed_pair, first_pair, grown_pair):
    return {"seed": seed_pair, "first": first_pair, "grown": grown_pair}[request.param]


def texts_of(index: Path) -> list[str]:
    ix = open_current(index)
    try:
        with ix.searcher() as s:
            return [normalize(fields["meta"]["text"]) for fields in s.all_stored_fields()]
    finally:
        ix.close()


# -- the sidecar itself -----------------------------------------------------------------


def test_the_sidecar_holds_each_terms_positions_as_its_postings_do(pair):
    """Every term of the body fields, in every segment: the sidecar's keys are the postings'
    documents and decoded positions, ``report << 32 | position``, in order."""
    ix = open_current(pair[0])
    checked = 0
    with ix.searcher() as s:
        for sub, _ in s.leaf_searchers():
            reader = sub.reader()
            arrays = positions.segment_arrays(reader)
            assert arrays is not None
            for field in positions.FIELDS:
                fmt = reader.schema[field].format
                decode = phrase.posting_decoder(fmt)
                for btext, info in reader.iter_field(field):
                    postings = phrase.read_postings(phrase.open_postings(reader, field, btext, info, fmt))
                    want = [(d << 32) | p for d in sorted(postings) for p in decode(postings[d][1])]
                    assert phrase.term_keys(reader, field, btext).tolist() == want, (field, btext)
                    checked += 1
    ix.close()
    assert checked > 1000


def test_the_sidecar_keeps_where_each_kind_of_section_lies(pair):
    """The sections' bounds in the sidecar are the ``section_spans`` column's, as keys."""
    ix = open_current(pair[0])
    with ix.searcher() as s:
        for sub, _ in s.leaf_searchers():
            reader = sub.reader()
            arrays = positions.segment_arrays(reader)
            column = sections.spans_column(reader)
            for field, unit in sections.UNITS.items():
                want: dict = {}
                for docnum, entry in enumerate(column):
                    for kind, ranges in (entry or {}).items():
                        for start, end in ranges[unit]:
                            want.setdefault(kind, ([], []))
                            want[kind][0].append(docnum << 32 | start)
                            want[kind][1].append(docnum << 32 | end)
                prefix = f"{positions.SPANS}/{field}/"
                kinds = {name[len(prefix):].rsplit("/", 1)[0] for name in arrays.names(prefix)}
                assert kinds == set(want)
                for kind, (starts, ends) in want.items():
                    got_starts = arrays.array(f"{prefix}{kind}/start").tolist()
                    got_ends = arrays.array(f"{prefix}{kind}/end").tolist()
                    # a deleted report's sections may be gone from a merged segment's column too
                    assert got_starts == starts and got_ends == ends, (field, kind)
    ix.close()


# -- what a search asks of it ------------------------------------------------------------


def test_phrases_of_one_to_six_bigrams_are_found_as_by_decoding(pair):
    strings = bigram_strings(texts_of(pair[0]), 60, seed=3) + ["招商引资", "存在的问题", "一棵一棵", "的的", "没有这个串"]
    ixs = open_current(pair[0]), open_current(pair[1])
    try:
        for text in strings:
            words = literal_words(text)
            assert_same_phrases(ixs, "text_lit", words)
            tokens = word_phrase(text)
            if len(tokens) > 1:
                assert_same_phrases(ixs, "text", tokens)
    finally:
        for ix in ixs:
            ix.close()


def test_where_a_word_or_phrase_lies_by_kind_of_section_is_as_by_decoding(pair):
    strings = bigram_strings(texts_of(pair[0]), 40, seed=5) + ["问题", "存在的问题", "招商引资", "发展", "的的"]
    arrays_ix, decoded_ix = open_current(pair[0]), open_current(pair[1])
    try:
        found_any = 0
        for leaf in leaves_of(strings):
            got = kinds_by_leaf(arrays_ix, leaf)
            assert got == kinds_by_leaf(decoded_ix, leaf), leaf
            found_any += sum(len(k) for k in got)
        assert found_any > 20
    finally:
        arrays_ix.close()
        decoded_ix.close()


def test_a_topic_near_a_marker_lies_in_sections_as_by_decoding(pair):
    """A leaf of another kind (a topic near any marker, search/roles.py's question; Whoosh's
    Sequence with gaps; a prefix): its matcher's spans held against the sidecar's section
    bounds, as the decoded spans column holds them."""
    def bigrams(text):
        return tuple(literal_words(text))

    leaves = [NearAny("text_lit", bigrams(topic), [bigrams(m) for m in markers], slop)
              for topic, markers, slop in (("招商引资", PROBLEM_MARKERS, 30), ("土地", PROBLEM_MARKERS, 30),
                                           ("园区", ("发展", "建设"), 5), ("企业", ("困难",), 3))]
    leaves += [Q.Sequence([Q.Term("text_lit", "招商"), Q.Term("text_lit", "项目")], slop=8),
               Q.Prefix("text", "招商"), Q.Prefix("text_lit", "发")]
    arrays_ix, decoded_ix = open_current(pair[0]), open_current(pair[1])
    try:
        found_any = 0
        for leaf in leaves:
            got = kinds_by_leaf(arrays_ix, leaf)
            assert got == kinds_by_leaf(decoded_ix, leaf), leaf
            found_any += sum(len(k) for k in got)
        assert found_any > 10
    finally:
        arrays_ix.close()
        decoded_ix.close()


def test_a_segment_with_the_sidecar_never_reads_its_spans_column(pair, monkeypatch):
    """The spans column decoded (at 30,000 reports ~63 MB of Python objects a server held) is
    read only for a segment without the sidecar's section bounds, at opening or by a search."""
    read = []
    original = sections._read_spans
    monkeypatch.setattr(sections, "_read_spans", lambda reader: read.append(reader) or original(reader))
    monkeypatch.setattr(sections, "_columns", type(sections._columns)())  # nothing read by an earlier test
    requests = [SearchRequest(q=q, per_page=20) for q in ("招商引资有哪些问题", "园区 发展", "招商*", "土地存在的问题")]
    requests += [SearchRequest(q=q, sections=["存在问题"], per_page=20) for q in ("招商*", "发展", "园")]
    service = SearchService(pair[0])
    for request in requests:
        service.search(request)
    assert read == []
    SearchService(pair[1])  # without the sidecar: read when the generation opens
    assert read


def test_a_lone_character_is_placed_in_sections_as_by_decoding_all_its_terms(pair):
    """A lone character inside sections (的 with a section filter): from the arrays of every
    bigram holding it, exact for the filter and for the facet (which, decoding, may stop
    early: the reference is the decoding path's exact answer)."""
    arrays_ix, decoded_ix = open_current(pair[0]), open_current(pair[1])
    try:
        with arrays_ix.searcher() as a, decoded_ix.searcher() as d:
            placed = 0
            for ch in "的园区发展问题年招":
                for (sub_a, _), (sub_d, _) in zip(a.leaf_searchers(), d.leaf_searchers()):
                    want = chars.char_kinds(sub_d.reader(), "text_lit", ch)
                    assert chars._kinds_from_arrays(sub_a.reader(), "text_lit", ch) == want, ch
                    assert chars.char_kinds(sub_a.reader(), "text_lit", ch, bounded=True) == want, ch
                    placed += len(want)
            assert placed > 20
    finally:
        arrays_ix.close()
        decoded_ix.close()


def test_a_lone_character_in_a_section_never_finds_a_deleted_report(grown_pair):
    """A changed file's old report stays in its segment, deleted: 的 kept to a section once
    found it there too when decoding (the old version listed beside the new, under the
    same id). Both paths leave it out."""
    request = SearchRequest(q="的", sections=["存在问题"], per_page=100, collapse=False)
    answers = [SearchService(index).search(request) for index in grown_pair]
    for answer in answers:
        ids = [r["id"] for r in answer["results"]]
        assert len(ids) == len(set(ids)) == answer["total"]
    assert answers[0]["total"] == answers[1]["total"]


def test_a_section_that_ends_where_a_phrase_ends_holds_it():
    """The bounds are inclusive of a match's last position and exclusive of the section's end:
    a match ending at the section's last position is inside, one position later is not."""
    bounds = {"存在问题": (np.array([(3 << 32) | 10]), np.array([-1, (3 << 32) | 20]))}
    inside = np.array([(3 << 32) | 10, (3 << 32) | 17])  # widths 2: last positions 12 and 19
    assert positions.kinds_of(bounds, inside, 2)["存在问题"].tolist() == [3]
    assert positions.kinds_of(bounds, np.array([(3 << 32) | 18]), 2) == {}  # last position 20: outside
    assert positions.kinds_of(bounds, np.array([(3 << 32) | 9]), 0) == {}  # before the start
    assert positions.kinds_of(bounds, np.array([(4 << 32) | 12]), 0) == {}  # another report


def test_phrase_scores_are_the_decoding_paths_exactly(pair):
    """Every hit's score of phrases (the array path computes them at once) equals the
    decoding path's, which steps the phrase matcher report by report; in a segment with
    deleted reports too (their scores are not remembered)."""
    strings = bigram_strings(texts_of(pair[0]), 30, seed=9) + ["招商引资", "存在的问题"]
    arrays_ix, decoded_ix = open_current(pair[0]), open_current(pair[1])
    try:
        with arrays_ix.searcher() as a, decoded_ix.searcher() as d:
            for text in strings:
                queries = [ConsecutivePhrase("text_lit", literal_words(text))]
                tokens = word_phrase(text)
                if len(tokens) > 1:
                    queries.append(ConsecutivePhrase("text", tokens, boost=1.5))
                for query in queries:
                    if len(query.words) > 1:
                        assert scored_hits(a, query) == scored_hits(d, query), query
    finally:
        arrays_ix.close()
        decoded_ix.close()


def test_the_services_answers_are_the_same_with_and_without_the_sidecar(pair):
    """What a user sees: totals, results and scores, facets (the section facet included),
    under the section filter too."""
    with_arrays, without = SearchService(pair[0]), SearchService(pair[1])
    requests = [SearchRequest(q=q, per_page=100, collapse=False)
                for q in ("招商引资", "存在的问题", "基础设施建设", "园区 发展", '"污水处理"', "土地 -绿化")]
    requests += [SearchRequest(q=q, sections=[kind], per_page=100, collapse=False)
                 for q in ("发展", "问题", "招商引资") for kind in ("存在问题", "计划安排")]
    for request in requests:
        got, want = with_arrays.search(request), without.search(request)
        assert got["total"] == want["total"], request
        assert [(r["id"], r["score"]) for r in got["results"]] == [(r["id"], r["score"]) for r in want["results"]]
        assert got["facets"] == want["facets"], request


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_substring_is_found_as_by_decoding(grown_pair, data):
    """Strings drawn anywhere in the reports (hypothesis), one to six bigrams, in every segment
    of the grown index (merged, with deletions)."""
    texts = texts_of(grown_pair[0])
    text = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(text) - 2))
    piece = text[start:start + data.draw(st.integers(2, 7))]
    if len(piece) < 2:
        return
    ixs = open_current(grown_pair[0]), open_current(grown_pair[1])
    try:
        assert_same_phrases(ixs, "text_lit", literal_words(piece))
        leaf = ConsecutivePhrase("text_lit", literal_words(piece))
        assert kinds_by_leaf(ixs[0], leaf) == kinds_by_leaf(ixs[1], leaf)
    finally:
        for ix in ixs:
            ix.close()


ALPHABET = "的园区发展问题"


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=ALPHABET, min_size=20, max_size=160), min_size=3, max_size=5),
       st.lists(st.text(alphabet=ALPHABET, min_size=2, max_size=7), min_size=5, max_size=10))
def test_random_texts_of_a_few_characters(tmp_path_factory, bodies, strings):
    """Texts of seven characters repeated at random (phrases overlap themselves: 的的的,
    发展发展), with sections, in several segments: every phrase of the strings drawn, its
    section kinds and scores, as by decoding."""
    root = tmp_path_factory.mktemp("arrays-random")
    corpus = root / "corpus"
    corpus.mkdir()
    for i, body in enumerate(bodies):
        half = len(body) // 2
        (corpus / f"r{i}.txt").write_text(
            f"园区{2010 + i}年工作总结\n\n一、主要成效\n{body[:half]}\n\n三、存在的问题\n{body[half:]}\n\n"
            f"四、下一步工作计划\n{body[::-1]}\n", encoding="utf-8")
    build_in_segments(corpus, root / "index", segment_chars=300, merge_factor=1000)
    twin = decoded_twin(root / "index", root / "decoded")
    ixs = open_current(root / "index"), open_current(twin)
    try:
        with ixs[0].searcher() as a, ixs[1].searcher() as d:
            for text in strings:
                words = literal_words(text)
                assert_same_phrases(ixs, "text_lit", words)
                leaf = ConsecutivePhrase("text_lit", words) if len(words) > 1 else Q.Term("text_lit", words[0])
                assert kinds_by_leaf(ixs[0], leaf) == kinds_by_leaf(ixs[1], leaf), text
                assert scored_hits(a, leaf) == scored_hits(d, leaf), text
    finally:
        for ix in ixs:
            ix.close()


# -- the sidecar's life ------------------------------------------------------------------


def test_a_sidecar_lives_and_dies_with_its_segment(grown):
    """One sidecar per segment of the table of contents, none left of merged-away segments,
    each in the manifest (checked when the generation is opened); an incremental build shares
    the unchanged segments' sidecars with the generation before it (the same file)."""
    index, first_gen, second_gen = grown
    current = generations.current_generation(index)
    for gen in (first_gen, second_gen, current):
        ix = whoosh_index.open_dir(str(gen))
        wanted = {seg.make_filename(positions.EXTENSION) for seg in ix._segments()}
        ix.close()
        present = {name for name in os.listdir(gen) if name.endswith(positions.EXTENSION)}
        assert present == wanted
        assert wanted <= set(generations.read_manifest(gen).index_files)
    shared = {name for name in os.listdir(current) if name.endswith(positions.EXTENSION)} & set(os.listdir(second_gen))
    assert shared, "the unchanged segments are shared"
    for name in shared:
        assert os.stat(current / name).st_ino == os.stat(second_gen / name).st_ino


def test_a_missing_sidecar_asks_for_a_rebuild(grown, tmp_path):
    index = grown[0]
    copy = tmp_path / "index"
    gen = generations.current_generation(index)
    copy.mkdir()
    shutil.copytree(gen, copy / gen.name)
    generations.switch_to(copy, gen.name)
    victim = next(name for name in os.listdir(copy / gen.name) if name.endswith(positions.EXTENSION))
    os.unlink(copy / gen.name / victim)
    with pytest.raises(IndexDamaged) as error:
        SearchService(copy)
    assert victim in str(error.value) and generations.REPAIR in str(error.value)


def test_an_index_from_before_the_sidecar_is_searched_then_rebuilt_in_full(tmp_path):
    """An index written before this format (no sidecars, an older fingerprint) is still
    searched, the old way; the next build is a full one that says why and writes them."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    build_index(corpus, tmp_path / "index", workers=1)
    old = decoded_twin(tmp_path / "index", tmp_path / "old")
    gen = generations.current_generation(old)
    manifest = generations.read_manifest(gen)
    manifest.fingerprint = "an index version before 7"
    generations.write_manifest(gen, manifest)
    assert SearchService(old).search(SearchRequest(q="招商引资"))["total"] > 0
    summary = build_index(corpus, old, workers=1)
    assert summary.full and "索引结构" in summary.full_reason
    assert any(name.endswith(positions.EXTENSION) for name in os.listdir(generations.current_generation(old)))
