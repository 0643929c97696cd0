"""The analysis stage: exact token tables, and a real Whoosh index over the seed reports."""
from __future__ import annotations

import json
import pickle
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser
from whoosh.query import And, Phrase, Term

from indexer import analysis
from indexer.analysis import (
    BigramAnalyzer,
    ChineseAnalyzer,
    Vocabulary,
    analysis_fingerprint,
    bundled_vocabulary,
    find_matches,
    literal_groups,
    load_synonyms,
    normalize,
    normalize_with_map,
    term_positions,
    use_vocabulary,
)
from indexer.analysis import normalizer as normalize_module
from indexer.analysis.segmenter import read_userdict
from indexer.analysis.vocabulary import BUNDLED_USERDICT
from indexer.errors import CorpusError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))
TRADITIONAL_SEED = "001_3fc3fe54cb8be69b.txt"

# Not in the seeds: the words 安全 and 生产 both occur, but never side by side.
APART = "园区严抓安全管理，今年扩大生产规模，安全隐患全部整改。"
# ...and separated only by punctuation.
PUNCTUATED = "会议强调了安全、生产两项工作。"
# Every bigram of 工业园区 is here (工业, 业园, 园区), but not the string: only the
# gap the comma leaves in the positions keeps the literal field from matching.
ACROSS_GAP = "发展工业，业园区联动。"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def tokens(analyzer, text, **kwargs):
    return [(t.text, t.pos, t.startchar, t.endchar) for t in analyzer(text, positions=True, chars=True, **kwargs)]


def test_these_tests_exercise_this_worktree():
    # /work/main is installed editable into the shared venv; make sure pytest
    # imported the analyzer under test, not that one.
    assert Path(analysis.__file__).resolve().is_relative_to(ROOT)


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    "text, expected",
    [
        ("金嶺工業園區管委會", "金岭工业园区管委会"),
        # pinyin printed after a character to defeat copying is dropped
        ("工業(yè)園區(qū)上半年", "工业园区上半年"),
        ("創（chuàng）特色", "创特色"),
        # ...but ordinary brackets stay
        ("(一)加快审批(试点)", "(一)加快审批(试点)"),
        ("A(b)区", "a(b)区"),
        # full-width ASCII folds, CJK punctuation stays, case folds
        ("２０２３年ＧＤＰ增长５．４４％，完成。", "2023年gdp增长5.44%,完成。"),
        ("园区\u3000建设", "园区 建设"),
        # Kangxi radical ⼯ (U+2F2F) from PDF extraction, zero-width space
        ("⼯业园\u200b区", "工业园区"),
        # OpenCC converts by phrase: 乾隆 keeps 乾, 乾燥 does not
        ("乾隆年間乾燥", "乾隆年间干燥"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


def test_normalize_with_map_points_back_at_the_original():
    text = "達道灣工業(yè)園區(qū)建設"
    norm, offsets = normalize_with_map(text)
    assert norm == "达道湾工业园区建设"
    assert offsets == [0, 1, 2, 3, 4, 9, 10, 15, 16]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_normalize_on_seeds_is_idempotent_and_maps_monotonically(seed):
    text = read(seed)
    norm, offsets = normalize_with_map(text)
    assert normalize(norm) == norm
    assert len(offsets) == len(norm)
    assert all(a < b for a, b in zip(offsets, offsets[1:]))
    # only pinyin annotations and invisible characters were deleted
    kept = set(offsets)
    deleted = "".join(ch if i not in kept else "|" for i, ch in enumerate(text))
    for piece in filter(None, deleted.split("|")):
        assert re.fullmatch(r"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]|[\u200b-\u200d\u2060\ufeff\u00ad]+", piece)


# ---------------------------------------------------------------- word tokens


@pytest.mark.parametrize(
    "text, mode, expected",
    [
        (
            "金嶺工業園管理中心",
            "index",
            [
                ("金岭工业园", 0, 0, 5),
                ("工业", 0, 2, 4),
                ("工业园", 0, 2, 5),
                ("管理中心", 1, 5, 9),
                ("管理", 1, 5, 7),
                ("中心", 1, 7, 9),
            ],
        ),
        ("金嶺工業園管理中心", "query", [("金岭工业园", 0, 0, 5), ("管理中心", 1, 5, 9)]),
        (
            # offsets skip the pinyin annotations: they land on the original characters
            "達道灣工業(yè)園區(qū)建設",
            "index",
            [
                ("达道湾工业园区", 0, 0, 11),
                ("达道", 0, 0, 2),
                ("工业", 0, 3, 5),
                ("工业园", 0, 3, 10),
                ("工业园区", 0, 3, 11),
                ("园区", 0, 9, 11),
                ("建设", 1, 15, 17),
            ],
        ),
        ("達道灣工業(yè)園區(qū)建設", "query", [("达道湾工业园区", 0, 0, 11), ("建设", 1, 15, 17)]),
        (
            # punctuation takes no position; a user-dictionary word stays whole
            "加强安全生产，安全、生产",
            "index",
            [
                ("加强", 0, 0, 2),
                ("安全生产", 1, 2, 6),
                ("安全", 1, 2, 4),
                ("生产", 1, 4, 6),
                ("安全", 2, 7, 9),
                ("生产", 3, 10, 12),
            ],
        ),
        (
            "２０２３年ＧＤＰ增长５．４４％",
            "query",
            [("2023", 0, 0, 4), ("年", 1, 4, 5), ("gdp", 2, 5, 8), ("增长", 3, 8, 10), ("5.44%", 4, 10, 15)],
        ),
        ("园区的发展", "index", [("园区", 0, 0, 2), ("的", 1, 2, 3), ("发展", 2, 3, 5)]),
        ("  \n，。、", "index", []),
    ],
)
def test_chinese_tokens(text, mode, expected):
    assert tokens(ChineseAnalyzer(), text, mode=mode) == expected


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_index_tokens_include_everything_jieba_search_mode_gives(seed):
    norm, offsets = normalize_with_map(read(seed))
    ours = {(t.text, t.startchar, t.endchar) for t in ChineseAnalyzer()(read(seed), chars=True, mode="index")}
    jiebas = {
        (word, offsets[start], offsets[end - 1] + 1)
        for word, start, end in bundled_vocabulary().segmenter.tokenize(norm, mode="search")
        if re.search(r"[^\W_]", word)
    }
    assert jiebas <= ours


@pytest.mark.parametrize("make", [ChineseAnalyzer, BigramAnalyzer])
def test_positions_and_chars_are_only_set_when_asked(make):
    analyzer = make()
    bare = list(analyzer("工業園區建設", mode="index"))
    assert bare and not any(hasattr(t, "pos") or hasattr(t, "startchar") for t in bare)
    only_pos = [(t.text, t.pos) for t in analyzer("工業園區建設", positions=True, chars=False, mode="index")]
    assert only_pos and all(not hasattr(t, "startchar") for t in analyzer("工業園區建設", positions=True))
    shifted = tokens(analyzer, "工業園區建設", mode="index", start_pos=10, start_char=100)
    plain = tokens(analyzer, "工業園區建設", mode="index")
    assert [(w, p + 10, s + 100, e + 100) for w, p, s, e in plain] == shifted
    assert [(w, p) for w, p, _, _ in plain] == only_pos


def test_tokenize_false_gives_the_whole_normalised_value():
    assert tokens(ChineseAnalyzer(), "工業園區", tokenize=False) == [("工业园区", 0, 0, 4)]
    assert tokens(BigramAnalyzer(), "工業園區", tokenize=False) == [("工业园区", 0, 0, 4)]


# ---------------------------------------------------------------- bigram tokens


@pytest.mark.parametrize(
    "text, mode, expected",
    [
        ("工業園區", "index", [("工业", 0, 0, 2), ("业园", 1, 1, 3), ("园区", 2, 2, 4)]),
        # a separator leaves a gap, so 全生 can never be matched across it
        ("安全、生产", "index", [("安全", 0, 0, 2), ("生产", 2, 3, 5)]),
        ("区 建", "index", [("区", 0, 0, 1), ("建", 2, 2, 3)]),
        (
            # touching letters/digits: edge characters also alone (index mode only)
            "Ａ区2.0版建设",
            "index",
            [("a", 0, 0, 1), ("区", 1, 1, 2), ("2.0", 2, 2, 5), ("版", 3, 5, 6), ("版建", 3, 5, 7), ("建设", 4, 6, 8)],
        ),
        (
            "Ａ区2.0版建设",
            "query",
            [("a", 0, 0, 1), ("区", 1, 1, 2), ("2.0", 2, 2, 5), ("版建", 3, 5, 7), ("建设", 4, 6, 8)],
        ),
        (
            "工業(yè)園",
            "index",
            [("工业", 0, 0, 2), ("业园", 1, 1, 7)],
        ),
    ],
)
def test_bigram_tokens(text, mode, expected):
    assert tokens(BigramAnalyzer(), text, mode=mode) == expected


def test_literal_groups_split_at_separators():
    assert literal_groups("安全、生产2.0版") == [["安全"], ["生产", "2.0", "版"]]
    assert literal_groups("工業園區") == [["工业", "业园", "园区"]]


# ---------------------------------------------------------------- find_matches


def test_find_matches_marks_the_traditional_characters():
    text = "金嶺工業園區管委會，工業園區"
    spans = find_matches(text, ["工业园区"])
    assert [text[s:e] for s, e in spans] == ["工業園區", "工業園區"]


def test_find_matches_on_the_traditional_seed():
    text = read(ROOT / "corpus" / TRADITIONAL_SEED)
    spans = find_matches(text, ["工业园区"])
    assert len(spans) == 22
    # The page prints 工業(yè)園區(qū): the mark runs from 工 to 區 and leaves the
    # trailing annotation outside.
    assert {text[s:e] for s, e in spans} == {"工業(yè)園區"}
    assert all(normalize(text[s:e]) == "工业园区" for s, e in spans)


def test_find_matches_merges_overlaps_and_ignores_empty_terms():
    text = "工業園區建設"
    assert find_matches(text, ["工业园区", "园区建设", "", "  "]) == [(0, 6)]
    assert find_matches(text, ["园区", "建设"]) == [(2, 4), (4, 6)]
    assert find_matches(text, ["ABC"]) == []
    assert find_matches("ＧＤＰ增长", ["gdp"]) == [(0, 3)]


# ---------------------------------------------------------------- dictionaries


def test_every_bundled_dictionary_word_stays_whole():
    tk = bundled_vocabulary().segmenter
    for word, _, _ in read_userdict(BUNDLED_USERDICT):
        assert list(tk.cut(word)) == [word]


def _with(vocabulary: Vocabulary):
    """A ChineseAnalyzer in a schema-like holder, cutting with ``vocabulary``."""
    analyzer = ChineseAnalyzer()

    class OneField:
        def names(self):
            return ["text"]

        def __getitem__(self, name):
            return type("F", (), {"analyzer": analyzer})()

    use_vocabulary(OneField(), vocabulary)
    return analyzer


def test_corpus_userdict_is_loaded_on_top_and_normalised(tmp_path):
    extra = tmp_path / "parksearch-userdict.txt"
    extra.write_text("# 本园区的词\n龍潭小遊園 100 ns\n箭盘路\n", encoding="utf-8")
    vocabulary = Vocabulary.load(extra)
    assert vocabulary.userdict == extra
    assert [t.text for t in _with(vocabulary)("改造提升龍潭小遊園和箭盤路", mode="query")] == [
        "改造",
        "提升",
        "龙潭小游园",
        "和",
        "箭盘路",
    ]
    # the bundled words alone (another index, or an analyzer nobody gave words): the corpus words are not there
    assert "龙潭小游园" not in [t.text for t in ChineseAnalyzer()("龍潭小遊園", mode="index")]
    assert "龙潭小游园" in term_positions("龍潭小遊園", "words", vocabulary=vocabulary)[0]
    assert "龙潭小游园" not in term_positions("龍潭小遊園", "words")[0]


def test_bad_userdict_line_names_the_file_line_and_fix(tmp_path):
    extra = tmp_path / "parksearch-userdict.txt"
    extra.write_text("腾笼换鸟 2000 n\n低丘 缓坡 100 n\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"第 2 行.*词语 \[词频\] \[词性\]"):
        Vocabulary(extra).segmenter


def test_synonyms_are_symmetric_groups():
    synonyms = load_synonyms()
    assert synonyms["经开区"] == ["经济开发区", "经济技术开发区"]
    assert synonyms["经济开发区"] == ["经开区", "经济技术开发区"]
    assert synonyms["规模以上企业"] == ["规上企业"]
    assert "工业园区" in synonyms["工业园"]


def test_fingerprint_follows_dictionary_contents(tmp_path):
    extra = tmp_path / "parksearch-userdict.txt"
    absent = analysis_fingerprint([extra])
    assert analysis_fingerprint([extra]) == absent
    extra.write_text("箭盘路\n", encoding="utf-8")
    present = analysis_fingerprint([extra])
    extra.write_text("箭盘路 100\n", encoding="utf-8")
    changed = analysis_fingerprint([extra])
    assert len({absent, present, changed}) == 3
    assert analysis_fingerprint() == analysis_fingerprint([None])


# ---------------------------------------------------------------- a real index


def make_schema() -> Schema:
    return Schema(
        path=ID(stored=True, unique=True),
        body=TEXT(analyzer=ChineseAnalyzer(), phrase=True),
        literal=TEXT(analyzer=BigramAnalyzer(), phrase=True),
    )


@pytest.fixture(scope="module")
def docs() -> dict[str, str]:
    texts = {p.name: read(p) for p in SEEDS}
    texts["apart.txt"] = APART
    texts["punctuated.txt"] = PUNCTUATED
    texts["across_gap.txt"] = ACROSS_GAP
    return texts


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory, docs) -> Path:
    folder = tmp_path_factory.mktemp("index")
    ix = index.create_in(folder, make_schema())
    with ix.writer() as writer:
        for name, text in docs.items():
            writer.add_document(path=name, body=text, literal=text)
    return folder


@pytest.fixture(scope="module")
def ix(index_dir):
    return index.open_dir(index_dir)


def hits(ix, query) -> set[str]:
    with ix.searcher() as searcher:
        return {hit["path"] for hit in searcher.search(query, limit=None)}


def parse(ix, field, text):
    return QueryParser(field, ix.schema).parse(text)


def literal_query(text):
    return And([Phrase("literal", group) if len(group) > 1 else Term("literal", group[0]) for group in literal_groups(text)])


def test_phrase_needs_the_words_side_by_side(ix, docs):
    with_phrase = {name for name, text in docs.items() if "安全生产" in normalize(text)}
    assert with_phrase == {"000_b7ebce4f01a634e6.txt", "001_3fc3fe54cb8be69b.txt", "003_f114aee61d62d867.txt", "004_b31896b464007f3c.txt"}
    assert hits(ix, parse(ix, "body", '"安全生产"')) == with_phrase
    # both words are in apart.txt and punctuated.txt, just not as the phrase
    assert {"apart.txt", "punctuated.txt"} <= hits(ix, parse(ix, "body", "安全 生产"))
    assert hits(ix, parse(ix, "literal", '"安全生产"')) == with_phrase
    # a phrase of several words: 扩大 生产 are neighbours in apart.txt, 扩大 安全 are not
    assert parse(ix, "body", '"扩大生产"').words == ["扩大", "生产"]
    assert "apart.txt" in hits(ix, parse(ix, "body", '"扩大生产"'))
    assert "apart.txt" not in hits(ix, parse(ix, "body", '"扩大安全"'))


def test_literal_phrase_does_not_run_across_a_separator(ix):
    assert "across_gap.txt" not in hits(ix, literal_query("工业园区"))
    assert "across_gap.txt" in hits(ix, literal_query("业园区联动"))


def test_multiword_phrase_lines_up_across_subwords(ix):
    # 工业园区 carries the sub-words 工业/园区 at its own position; the phrase
    # 工业园区 基础设施 建设 must still be three consecutive positions.
    query = parse(ix, "body", '"工业园区基础设施建设"')
    assert isinstance(query, Phrase) and query.words == ["工业园区", "基础设施", "建设"]
    assert hits(ix, query) == {"002_67b51dd836a7ed84.txt"}
    # a sub-word alone finds the longer word
    assert "004_b31896b464007f3c.txt" in hits(ix, parse(ix, "body", "工业园"))


def test_simplified_query_finds_the_traditional_page(ix):
    assert TRADITIONAL_SEED in hits(ix, parse(ix, "body", "工业园区"))
    assert TRADITIONAL_SEED in hits(ix, parse(ix, "body", '"上半年工作总结"'))
    assert TRADITIONAL_SEED in hits(ix, literal_query("工业园区上半年"))
    # and a Traditional query finds the Simplified pages
    assert "002_67b51dd836a7ed84.txt" in hits(ix, parse(ix, "body", "工業園區"))


def test_literal_field_finds_what_jieba_cut_differently(ix, docs):
    # 004 has "次干道路基于": jieba cuts 道路|基于, so 道路基 is no word sequence
    assert "道路基" in normalize(docs["004_b31896b464007f3c.txt"])
    assert hits(ix, parse(ix, "body", '"道路基"')) == set()
    assert hits(ix, literal_query("道路基")) == {"004_b31896b464007f3c.txt"}
    # a separator in the text breaks the literal string
    assert hits(ix, literal_query("安全生产")) == {n for n, t in docs.items() if "安全生产" in normalize(t)}
    assert "punctuated.txt" in hits(ix, literal_query("安全、生产"))


def _cjk_substrings(docs, rng, count):
    runs = [run for text in docs.values() for run in re.findall(r"[\u4e00-\u9fff]{2,}", normalize(text))]
    picks = []
    while len(picks) < count:
        run = rng.choice(runs)
        size = rng.randint(2, min(6, len(run)))
        start = rng.randrange(len(run) - size + 1)
        picks.append(run[start : start + size])
    return picks


def test_literal_field_finds_exactly_the_reports_containing_the_string(ix, docs):
    # "containing": as written, quotation marks between two ideographs not counting (“十三五”规划 holds
    # 十三五规划; the seeds' 项目”的 holds 项目的), any other separator parting the string
    normalised = {name: analysis.bridge_quotes(normalize(text)) for name, text in docs.items()}
    rng = random.Random(20240310)
    present = _cjk_substrings(docs, rng, 150)
    # strings made of two bigrams that occur, chained, but (mostly) not occurring
    # themselves: a false positive here would mean bigrams matched across a gap
    bigrams = sorted({s[:2] for s in present})
    chained = [a + b[1:] for a in bigrams for b in bigrams if a[1] == b[0]][:150]
    for query in present + chained:
        expected = {name for name, text in normalised.items() if query in text}
        assert hits(ix, literal_query(query)) == expected, query


def test_schema_pickles_and_a_reopened_index_analyses_identically(index_dir, ix):
    restored = pickle.loads(pickle.dumps(make_schema()))
    assert restored["body"].analyzer == ChineseAnalyzer()
    assert restored["literal"].analyzer == BigramAnalyzer()
    sample = read(ROOT / "corpus" / TRADITIONAL_SEED)[:2000]
    expected = {
        field: {mode: tokens(ix.schema[field].analyzer, sample, mode=mode) for mode in ("index", "query")}
        for field in ("body", "literal")
    }
    assert expected["body"]["index"] == tokens(ChineseAnalyzer(), sample, mode="index")
    # a fresh process, where jieba has not been loaded yet, unpickles the schema
    script = (
        "import json, sys\n"
        "from whoosh import index\n"
        "ix = index.open_dir(sys.argv[1])\n"
        "text = open(sys.argv[2], encoding='utf-8').read()[:2000]\n"
        "print(json.dumps({f: {m: [(t.text, t.pos, t.startchar, t.endchar) for t in "
        "ix.schema[f].analyzer(text, positions=True, chars=True, mode=m)] for m in ('index', 'query')} "
        "for f in ('body', 'literal')}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(index_dir), str(ROOT / "corpus" / TRADITIONAL_SEED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    reopened = {f: {m: [tuple(t) for t in toks] for m, toks in modes.items()} for f, modes in json.loads(out.stdout).items()}
    assert reopened == expected


# ---------------------------------------------------------------- the index writer's terms

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["工业园区", "园区", "建设", "污水处理厂", "達道灣", "2.0", "版", "gdp", "3000-4000kva", "1-8", "月",
           "，", "。", " ", "\n", "a", "人人", "的", "業(yè)", "Ｇ", "x.y.z",
           # quotation marks, bridged between ideographs (“十三五”规划), a gap anywhere else
           "“", "”", "「", "』", "'", "＂", "｣"]


def _grouped(analyzer, text):
    out = {}
    for t in analyzer(text, positions=True, mode="index"):
        out.setdefault(t.text, []).append(t.pos)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.integers(0, 50))
def test_term_positions_equal_the_analyzers_tokens(text, first):
    for kind, analyzer in (("words", ChineseAnalyzer()), ("bigrams", BigramAnalyzer())):
        expected = {term: [first + p for p in positions] for term, positions in _grouped(analyzer, text).items()}
        assert term_positions(text, kind, first)[0] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.integers(0, 50))
def test_bigram_occurrences_are_the_analyzers_tokens_in_text_order(text, first):
    # the build's body bigrams: the BigramAnalyzer's tokens one by one, in the order it yields
    # them (a term's positions ascending), and the same next position as term_positions
    from indexer.analysis import normalize
    from indexer.analysis.terms import bigram_occurrences

    terms, positions = [], []
    following = bigram_occurrences(normalize(text), first, terms, positions)
    tokens = [(t.text, first + t.pos) for t in BigramAnalyzer()(text, positions=True, mode="index")]
    assert list(zip(terms, positions)) == tokens
    assert following == term_positions(text, "bigrams", first)[1]


@pytest.mark.parametrize("across", [True, False], ids=["pairs", "no-pairs"])
@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES + ["𠀋𠀌", "\U00020000园"]), max_size=12).map("".join),
                min_size=1, max_size=4), st.integers(0, 50))
def test_bigram_codes_are_the_bigrams_made_as_strings(across, chunks, first):
    # the build's body (documents.report_terms): chunk by chunk, a run's bigrams left as runs and
    # made integer codes for the whole report at once; named back (bigram_names), they are the
    # occurrences bigram_occurrences makes as strings, at the same positions, supplementary-plane
    # ideographs included; a bigram across quotation marks (五规 of “十三五”规划) a code too when
    # ``pairs`` are asked for (the build), else a string
    from indexer.analysis import normalize
    from indexer.analysis.terms import bigram_codes, bigram_names, bigram_occurrences

    expected, got, runs, texts = [], [], [], []
    pairs = [] if across else None
    plain_next = coded_next = first
    at = 0
    for chunk in map(normalize, chunks):
        terms, positions = [], []
        plain_next = bigram_occurrences(chunk, plain_next, terms, positions)
        expected += zip(terms, positions)
        terms, positions = [], []
        coded_next = bigram_occurrences(chunk, coded_next, terms, positions, runs, at, pairs)
        got += zip(terms, positions)
        texts.append(chunk)
        at += len(chunk)
    codes, code_positions = bigram_codes("".join(texts), runs, pairs)
    assert code_positions.tolist() == sorted(code_positions.tolist())  # in text order
    got += zip(bigram_names(codes), code_positions.tolist())
    assert coded_next == plain_next
    assert sorted(got, key=lambda o: (o[1], o[0])) == sorted(expected, key=lambda o: (o[1], o[0]))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_term_positions_on_seeds(seed):
    text = read(seed)
    for kind, analyzer in (("words", ChineseAnalyzer()), ("bigrams", BigramAnalyzer())):
        assert term_positions(text, kind)[0] == _grouped(analyzer, text)


def test_term_positions_chunk_by_chunk_number_on_from_the_last():
    # a second chunk starts one past the last word, two past the last bigram (a line break's gap)
    words, next_word = term_positions("园区建设\n", "words")
    assert next_word == 2
    assert term_positions("招商", "words", next_word, into=words)[0]["招商"] == [2]
    bigrams, next_bigram = term_positions("园区建设\n", "bigrams")
    assert next_bigram == 4
    assert term_positions("", "bigrams", 7) == ({}, 7)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    [chr(c) for c in (0x41, 0x5A, 0x61, 0xFF0C, 0xFF01, 0xFF21, 0x3000, 0x2F00, 0xF900, 0x3002, 0x5DE5, 0x0130, 0xDF)]
    + list("工业园区，。 \n")), max_size=40))
def test_folding_only_the_characters_that_change_is_translate(text):
    assert normalize_module._fold_chars(text) == text.translate(normalize_module._CHAR_TABLE)


# the build normalises a report's text once and slices its sections from it (documents.report_terms):
# pieces whose conversion depends on their neighbours (乾隆 / 乾燥, OpenCC's phrases), deletions and folds
_LINE_PIECES = ["乾", "隆", "燥", "乾隆年間", "工業園區", "園區", "業(yè)", "\u200b", "Ｇ", "，", "。", "\n", "\n\n", "a",
                "达道湾", "發", "髮", "頭髮", "面", "麵"]


def _line_bounds(text):
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"] + [len(text)]
    return sorted(set(starts))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30).map("".join), st.data())
def test_a_part_from_line_to_line_normalises_to_its_slice_of_the_whole(text, data):
    from indexer.analysis.normalizer import normalize_lines, normalized_part

    whole = normalize_lines(text)
    assert whole[0] == normalize_module.normalize_for_matching(text)
    bounds = _line_bounds(text)
    start = data.draw(st.sampled_from(bounds))
    end = data.draw(st.sampled_from([b for b in bounds if b >= start]))
    assert normalized_part(text, whole, start, end) == normalize(text[start:end])
    # anywhere else too (then normalised on its own)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert normalized_part(text, whole, start, end) == normalize(text[start:end])


def test_a_text_is_sliced_only_where_nothing_was_deleted():
    from indexer.analysis.normalizer import normalize_lines

    assert normalize_lines("金嶺工業園區\n乾隆年間乾燥")[1] is True
    assert normalize_lines("工業(yè)園區\n建设")[1] is False  # a pinyin reading deleted: offsets move
    assert normalize_lines("园\u200b区")[1] is False


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_sections_of_the_seeds_normalise_to_their_slices(seed):
    from indexer.analysis.normalizer import normalize_lines, normalized_part

    text = read(seed)
    whole = normalize_lines(text)
    bounds = _line_bounds(text)
    for start, end in zip(bounds, bounds[1:]):
        assert normalized_part(text, whole, start, end) == normalize(text[start:end])
    assert normalized_part(text, whole, 0, len(text)) == normalize(text)
