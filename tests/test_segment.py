"""SegmentBuilder writes what Whoosh's own SegmentWriter writes.

Two indexes of the seed pages, one written by Whoosh from the report documents
(every text field analysed by its analyzer, the whole body at once), one by
SegmentBuilder from the terms ``report_terms`` computes chunk by chunk, are
compared posting by posting, column by column, and byte by byte.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh.formats import Positions
from whoosh.writing import SegmentWriter

from indexer.reading import pipeline
from indexer.whoosh_ext.segment import COMPRESS_MIN, SegmentBuilder, encode_positions
from indexer.build.schema import make_schema
from indexer.build.documents import report_document, report_terms

from conftest import CORPUS  # noqa: E402  (the five seed pages)


def _reports():
    corrections = pipeline.load_corrections(CORPUS)
    for path in sorted(CORPUS.glob("*.txt")):
        reading = pipeline.read_file(path, CORPUS, corrections)
        for report in reading.reports:
            yield reading.source, report


@pytest.fixture(scope="module")
def two_indexes(tmp_path_factory):
    reports = list(_reports())
    assert len(reports) == 24
    reference_dir, built_dir = tmp_path_factory.mktemp("reference"), tmp_path_factory.mktemp("built")

    reference = whoosh_index.create_in(str(reference_dir), make_schema())
    writer = SegmentWriter(reference, compound=False)
    for source, report in reports:
        writer.add_document(**report_document(source, report, report_terms(report)[1]))
    writer.commit()

    built = whoosh_index.create_in(str(built_dir), make_schema())
    builder = SegmentBuilder(built)
    for source, report in reports:
        terms, spans = report_terms(report)
        builder.add_document(report_document(source, report, spans), terms)
    segment = builder.finish()
    toc_writer = SegmentWriter(built, compound=False)
    toc_writer._close_segment()
    toc_writer._commit_toc([segment])
    toc_writer._finish()
    return reference.reader(), whoosh_index.open_dir(str(built_dir)).reader()


def _postings(reader, field, term):
    matcher = reader.postings(field, term)
    out = {}
    fmt = reader.schema[field].format
    while matcher.is_active():
        positions = matcher.value_as("positions") if fmt.supports("positions") else None
        out[matcher.id()] = (matcher.weight(), positions)
        matcher.next()
    return out


def test_same_documents_stored_columns_and_lengths(two_indexes):
    reference, built = two_indexes
    assert built.doc_count() == reference.doc_count() == 24
    assert list(built.all_stored_fields()) == list(reference.all_stored_fields())
    for name, fieldobj in reference.schema.items():
        if fieldobj.column_type:
            assert list(built.column_reader(name)) == list(reference.column_reader(name)), name
        if fieldobj.scorable:
            assert built.field_length(name) == reference.field_length(name), name
            for doc in range(24):
                assert built.doc_field_length(doc, name) == reference.doc_field_length(doc, name), (name, doc)


def test_same_terms_and_postings(two_indexes):
    reference, built = two_indexes
    compared = 0
    for name in reference.schema.names():
        if not reference.schema[name].indexed:
            continue
        terms = list(reference.lexicon(name))
        assert list(built.lexicon(name)) == terms, name
        for term in terms:
            expected, got = _postings(reference, name, term), _postings(built, name, term)
            assert got == expected, (name, term)
            compared += len(got)
    assert compared > 30_000  # not a vacuous comparison (39,201 postings on the seeds)


def test_section_spans_cover_each_sections_terms(two_indexes):
    # every term of a section lies inside that section kind's ranges
    _, built = two_indexes
    spans = built.column_reader("section_spans")
    checked = 0
    for source, report in _reports():
        if not report.sections:
            continue
        docnum = built.first_id("id", report_document(source, report)["id"])
        section = max(report.sections, key=lambda s: s.end - s.start)
        word_ranges, bigram_ranges = spans[docnum][section.category]
        text = report.text[section.start:section.end]
        for field, ranges, kind in (("text", word_ranges, "words"), ("text_lit", bigram_ranges, "bigrams")):
            from indexer.analysis import term_positions

            some_term = next(iter(term_positions(text, kind)[0]))
            positions = _postings(built, field, some_term)[docnum][1]
            assert any(start <= p < end for p in positions for start, end in ranges), (field, some_term)
            checked += 1
    assert checked >= 40


def test_rare_terms_uncompressed_and_common_ones_compressed_read_back(two_indexes):
    reference, built = two_indexes
    rare = [t for t in built.lexicon("text_lit") if built.doc_frequency("text_lit", t) < COMPRESS_MIN]
    common = [t for t in built.lexicon("text_lit") if built.doc_frequency("text_lit", t) >= COMPRESS_MIN]
    assert len(rare) > 1000 and len(common) > 20
    for term in rare[:: len(rare) // 200] + common:
        assert _postings(built, "text_lit", term) == _postings(reference, "text_lit", term) != {}


@given(st.lists(st.integers(0, 100_000), min_size=1, max_size=60).map(sorted))
def test_encode_positions_is_whooshs_encoding(positions):
    assert encode_positions(positions) == Positions().encode(positions)


def test_terms_for_a_field_without_positions_are_refused(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), make_schema())
    builder = SegmentBuilder(ix)
    with pytest.raises(TypeError):
        builder.add_document({"id": "x"}, {"park": {"金岭": [0]}})
    builder.cancel()


def test_postings_and_term_files_are_byte_for_byte_whooshs(tmp_path, monkeypatch):
    # With every block compressed and pickled as Whoosh does it, the two writers'
    # postings (.pst) and term tables (.trm) must be the same bytes. The cache of
    # one-position encodings is turned off: a cached value repeated in a block is
    # pickled as a back-reference, which reads back the same but is not the same bytes.
    import indexer.whoosh_ext.segment

    class Forgetful(dict):
        def __setitem__(self, key, value):
            pass

    monkeypatch.setattr(indexer.whoosh_ext.segment, "COMPRESS_MIN", 0)
    monkeypatch.setattr(indexer.whoosh_ext.segment, "BLOCK_PROTOCOL", 2)
    monkeypatch.setattr(indexer.whoosh_ext.segment, "_ONE_POSITION", Forgetful())
    reports = list(_reports())
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir(), theirs.mkdir()
    reference = whoosh_index.create_in(str(theirs), make_schema())
    writer = SegmentWriter(reference, compound=False)
    for source, report in reports:
        writer.add_document(**report_document(source, report, report_terms(report)[1]))
    writer.commit()
    builder = SegmentBuilder(whoosh_index.create_in(str(ours), make_schema()))
    for source, report in reports:
        terms, spans = report_terms(report)
        builder.add_document(report_document(source, report, spans), terms)
    builder.finish()
    for ext in (".pst", ".trm"):
        [mine], [whooshs] = list(ours.glob("*" + ext)), list(theirs.glob("*" + ext))
        assert mine.read_bytes() == whooshs.read_bytes(), ext


def test_a_build_split_into_many_segments_finds_the_same(tmp_path, monkeypatch, index_dir):
    # A worker starts a new segment every SEGMENT_CHARS characters to bound its memory.
    from whoosh import index as wi

    from indexer import generations
    from indexer.build import build_index
    from indexer.search import SearchRequest, SearchService

    from indexer.build import workers

    monkeypatch.setattr(workers, "SEGMENT_CHARS", 5000)
    build_index(CORPUS, tmp_path / "index", workers=1)
    split = SearchService(tmp_path / "index")
    ix = wi.open_dir(str(generations.current_generation(tmp_path / "index")))
    assert len(ix._segments()) >= 5
    ix.close()
    whole = SearchService(index_dir)
    for q, sections in [("园区", []), ("污水处理", []), ("征地", ["存在问题"]), ('"工业园区"', []), ("招商*", [])]:
        a = whole.search(SearchRequest(q=q, sections=sections, per_page=100, collapse=False))
        b = split.search(SearchRequest(q=q, sections=sections, per_page=100, collapse=False))
        assert a["total"] == b["total"] > 0, q
        assert {r["id"] for r in a["results"]} == {r["id"] for r in b["results"]}, q
        assert a["facets"] == b["facets"], q


def test_a_term_in_one_report_is_written_as_the_block_writer_writes_it(tmp_path, monkeypatch):
    # _write_one_posting is a shortcut for most terms: the segment must be the same
    # bytes as when every term goes through the block loop
    import indexer.whoosh_ext.segment as segment

    reports = list(_reports())

    def write(folder, builder_module):
        folder.mkdir()
        builder = builder_module.SegmentBuilder(whoosh_index.create_in(str(folder), make_schema()))
        for source, report in reports:
            terms, spans = report_terms(report)
            builder.add_document(report_document(source, report, spans), terms)
        builder.finish()
        return {f.suffix: f.read_bytes() for f in folder.glob("*.pst")} | {
            f.suffix: f.read_bytes() for f in folder.glob("*.trm")}

    shortcut = write(tmp_path / "shortcut", segment)
    monkeypatch.setattr(segment, "_write_one_posting",
                        lambda postfile, posting, lengths, fixed, start=None: segment._write_blocks(
                            postfile, [posting[0]], [posting[1]], [posting[2]], lengths, fixed, start))
    blocks = write(tmp_path / "blocks", segment)
    assert set(shortcut) == {".pst", ".trm"}
    assert shortcut == blocks


def test_terms_grouped_as_arrays_write_what_term_by_term_writes(tmp_path, monkeypatch):
    # SegmentBuilder keeps the terms given with positions in flat arrays and groups them by
    # term with one sort (_Runs.write); grouped term by term, posting by posting in Python
    # (_Runs.write_each, what the builder did before), every file of the segment, the
    # positions sidecar included, is the same bytes. Several segments' worth of reports with
    # terms in many reports (blocks of 128 and more) and the one-position cache shared.
    from indexer.whoosh_ext import segment

    reports = list(_reports()) * 6

    def write(folder):
        folder.mkdir()
        builder = segment.SegmentBuilder(whoosh_index.create_in(str(folder), make_schema()))
        for source, report in reports:
            terms, spans = report_terms(report)
            builder.add_document(report_document(source, report, spans), terms)
        name = builder.finish().segment_id()
        return {f.name.replace(name, ""): f.read_bytes() for f in folder.iterdir() if name in f.name}

    grouped = write(tmp_path / "grouped")
    monkeypatch.setattr(segment, "_POSTINGS_AT_ONCE", 7)  # the values made a few terms at a time
    in_slices = write(tmp_path / "in_slices")
    assert in_slices == grouped
    monkeypatch.setattr(segment._Runs, "write", segment._Runs.write_each)
    one_by_one = write(tmp_path / "one_by_one")
    assert {".pst", ".trm", ".pos"} <= set(grouped)
    assert grouped.keys() == one_by_one.keys()
    for name in grouped:
        assert grouped[name] == one_by_one[name], name


def test_terms_given_as_codes_write_what_the_same_terms_as_strings_write(tmp_path):
    # _Runs.fold names the body's bigrams given as integer codes once per segment; a term may
    # even come both ways (a string in one report, a code in another and in the same report):
    # every postings, term table and positions file is the bytes of the terms all given as strings
    import numpy as np

    from indexer.analysis.terms import bigram_codes

    reports = list(_reports())[:6]

    def write(folder, as_codes):
        folder.mkdir()
        builder = SegmentBuilder(whoosh_index.create_in(str(folder), make_schema()))
        for n, (source, report) in enumerate(reports):
            terms, spans = report_terms(report)
            strings, positions, codes, code_positions = terms["text_lit"]
            if as_codes:
                names = [chr(c >> 21) + chr(c & ((1 << 21) - 1)) for c in codes.tolist()]
                # every other report: the strings "园区" given as codes, the codes "园区" as strings
                if n % 2:
                    moved = [i for i, t in enumerate(names) if t == "园区"]
                    keep = np.ones(len(codes), dtype=bool)
                    keep[moved] = False
                    strings = strings + [names[i] for i in moved]
                    positions = positions + [code_positions[i] for i in moved]
                    codes, code_positions = codes[keep], code_positions[keep]
                terms["text_lit"] = (strings, positions, codes, code_positions)
            else:
                names = [chr(c >> 21) + chr(c & ((1 << 21) - 1)) for c in codes.tolist()]
                terms["text_lit"] = (strings + names, positions + code_positions.tolist())
            builder.add_document(report_document(source, report, spans), terms)
        name = builder.finish().segment_id()
        return {f.name.replace(name, ""): f.read_bytes() for f in folder.iterdir() if name in f.name}

    assert bigram_codes("", [])[0].size == 0
    coded, plain = write(tmp_path / "coded", True), write(tmp_path / "plain", False)
    assert {".pst", ".trm", ".pos"} <= set(coded)
    assert coded == plain


def test_a_stored_figure_is_its_dataclass_without_why():
    # the stored document's figures (documents.stored_indicator) hold what dataclasses.asdict gives, but for
    # inspect's `why`: the same keys in the same order, the same values of the same types
    import dataclasses
    from pathlib import Path

    from indexer.build.documents import stored_indicator

    folder = Path(__file__).parent / "gold" / "authored"
    n = 0
    for path in pipeline.iter_corpus_files(folder):
        for report in pipeline.read_file(path, folder).reports:
            for figure in report.indicators:
                expected = {k: v for k, v in dataclasses.asdict(figure).items() if k != "why"}
                got = stored_indicator(figure)
                assert list(got.items()) == list(expected.items())
                assert [type(v) for v in got.values()] == [type(v) for v in expected.values()]
                n += 1
    assert n > 500
