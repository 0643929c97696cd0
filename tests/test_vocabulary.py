"""The corpus folder's own vocabulary and corrections reach both index and query time."""
from __future__ import annotations

import shutil

import pytest

from conftest import CORPUS
from indexer.analysis import ChineseAnalyzer
from indexer.search import SearchRequest, SearchService
from indexer.build import build_index

SEED = "004_b31896b464007f3c.txt"  # 2007年工业园区工作总结, 金岭工业园


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS / SEED, folder / SEED)
    (folder / "new.txt").write_text("临港数智产业港2023年工作总结\n一、主要成效\n数智产业港引进飞地园区项目三个。\n",
                                    encoding="utf-8")
    return folder


def search(service, q, **kw):
    """The reports matching ``q`` as typed or by a synonym (the looser matches that follow
    a query finding few, search/fallback.py, are left out: 工程 alone for 苞米工程)."""
    data = service.search(SearchRequest(q=q, per_page=100, collapse=False, **kw))
    return {row["source"] for row in data["results"] if row["match"] in ("exact", "synonym")}, data


def test_corpus_synonyms_are_applied_at_query_time_from_the_index(corpus, tmp_path):
    (corpus / "parksearch-synonyms.txt").write_text("苞米工程 飞地园区\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    service = SearchService(tmp_path / "index")
    found, data = search(service, "苞米工程")
    assert found == {"new.txt"}  # found through its synonym 飞地园区
    assert "飞地园区" in data["understood"]
    # the index keeps the vocabulary it was built with: the corpus file may change later
    (corpus / "parksearch-synonyms.txt").unlink()
    assert search(SearchService(tmp_path / "index"), "苞米工程")[0] == {"new.txt"}


def test_corpus_user_dictionary_is_used_at_index_and_query_time(corpus, tmp_path):
    analyzer = ChineseAnalyzer()
    assert [t.text for t in analyzer("数智产业港", mode="query")] != ["数智产业港"]  # jieba alone cuts it
    (corpus / "parksearch-userdict.txt").write_text("数智产业港 3000 ns\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    service = SearchService(tmp_path / "index")  # loads the one the index was built with
    analyzer = service.searcher().schema["text"].analyzer
    assert [t.text for t in analyzer("数智产业港", mode="query")] == ["数智产业港"]
    assert [t.text for t in ChineseAnalyzer()("数智产业港", mode="query")] != ["数智产业港"]  # nothing global changed
    assert "数智产业港".encode("utf-8") in set(service.searcher().lexicon("text"))
    assert search(service, "数智产业港")[0] == {"new.txt"}


def test_corrections_file_is_applied_and_its_problems_reported(corpus, tmp_path):
    (corpus / "parksearch-meta.csv").write_text(
        f"file,n,park,year,doc_type\n{SEED},,金岭工业园区,2008,工作汇报\nnew.txt,1,,二〇二三,\n",
        encoding="utf-8")
    summary = build_index(corpus, tmp_path / "index")
    assert any("第 3 行" in w and "二〇二三" in w for w in summary.warnings), summary.warnings
    service = SearchService(tmp_path / "index")
    found, data = search(service, "", parks=["金岭工业园区"])
    assert found == {SEED}
    row = data["results"][0]
    assert (row["year"], row["doc_type"]) == (2008, "工作汇报")


def test_two_services_on_two_indexes_each_answer_with_their_own_words(tmp_path):
    """The vocabulary belongs to an index, not to the process: opening a second service on an
    index with other synonyms and another dictionary changes nothing for the first."""
    services = {}
    for name, synonyms, userdict in (("a", "苞米工程 飞地园区\n", "数智产业港 3000 ns\n"), ("b", "", "")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "new.txt").write_text("临港数智产业港2023年工作总结\n一、主要成效\n数智产业港引进飞地园区项目三个。\n",
                                        encoding="utf-8")
        if synonyms:
            (folder / "parksearch-synonyms.txt").write_text(synonyms, encoding="utf-8")
            (folder / "parksearch-userdict.txt").write_text(userdict, encoding="utf-8")
        build_index(folder, tmp_path / f"index-{name}", workers=1)
    services["a"] = SearchService(tmp_path / "index-a")
    assert search(services["a"], "苞米工程")[0] == {"new.txt"}
    services["b"] = SearchService(tmp_path / "index-b")
    assert search(services["b"], "苞米工程")[0] == set()  # b has no such synonym
    assert search(services["a"], "苞米工程")[0] == {"new.txt"}  # and a still has it
    words = {k: [t.text for t in s.searcher().schema["text"].analyzer("数智产业港", mode="query")]
             for k, s in services.items()}
    assert words["a"] == ["数智产业港"] and words["b"] != ["数智产业港"]
