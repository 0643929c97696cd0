"""One park, one value: a park the corpus spells two ways (with and without its rank,
the head written out or shortened, Simplified or Traditional) is one facet value, one
filter and one park page, shown under the fullest spelling the corpus uses. Real index,
real service."""
import pytest

from indexer.reading.parks import park_key

PAGES = {
    "a.txt": "宁波国家高新区2023年工作总结\n2023年，宁波国家高新区坚持创新驱动，园区经济稳中有进。\n"
             "一、主要工作\n完成规上工业产值120亿元，同比增长8%。\n二、存在问题\n土地要素紧张。\n",
    "b.txt": "宁波高新区2024年工作要点\n2024年，宁波高新区将聚焦主导产业，全力抓好招商引资。\n"
             "一、主要目标\n规上工业产值增长8%。\n二、重点任务\n加快园区更新。\n",
    "c.txt": "寧波高新區2022年工作總結\n2022年，寧波高新區克服疫情影響，園區經濟平穩運行。\n"
             "一、主要工作\n新增高新技術企業50家。\n",
    "d.txt": "樟树市工业园区2023年工作总结\n2023年，樟树市工业园区聚焦医药产业，项目建设提速。\n"
             "一、主要工作\n新签约项目12个。\n",
    "e.txt": "樟树工业园区2024年工作计划\n2024年，樟树工业园区将全力抓好项目建设。\n一、工作目标\n签约项目15个。\n",
}


@pytest.mark.parametrize("a, b", [
    ("宁波国家高新区", "宁波高新区"), ("宁波高新区", "寧波高新區"), ("宁波高新技术产业开发区", "宁波国家高新区"),
    ("番禺经济技术开发区", "番禺经开区"), ("樟树市工业园区", "樟树工业园"), ("安徽舒城经济开发区", "舒城经济开发区"),
    ("新竹科學工業園區", "新竹科学园区"),  # the statute's name and the common one
])
def test_spellings_of_one_park_share_a_key(a, b):
    assert park_key(a) == park_key(b)


@pytest.mark.parametrize("a, b", [
    ("北仑现代农业综合开发区", "北仑经济开发区"),  # what kind of park it is stays in the key
    ("宁波高新区", "宁波经开区"), ("樟树工业园区", "樟树物流园区"),
])
def test_different_parks_keep_different_keys(a, b):
    assert park_key(a) != park_key(b)


@pytest.fixture(scope="module")
def spelled(tmp_path_factory):
    from conftest import service_of_texts

    return service_of_texts(tmp_path_factory, "spellings", PAGES)


def search(service, **kw):
    from indexer.search.request import SearchRequest

    return service.search(SearchRequest(**kw))


def parks_of(result):
    return sorted(r["park"] for r in result["results"])


def test_the_reader_keeps_each_reports_own_spelling(spelled):
    stored = set(spelled.column(spelled.searcher(), "park"))
    assert {"宁波国家高新区", "宁波高新区", "樟树市工业园区", "樟树工业园区"} <= stored


def test_one_facet_value_per_park_under_its_fullest_spelling(spelled):
    facets = {f["value"]: f["count"] for f in search(spelled)["facets"]["park"]}
    assert facets == {"宁波国家高新区": 3, "樟树市工业园区": 2}


@pytest.mark.parametrize("typed", ["宁波高新区", "宁波国家高新区", "寧波高新區", "宁波高新技术产业开发区"])
def test_a_park_filter_in_any_spelling_finds_every_report_of_the_park(spelled, typed):
    assert parks_of(search(spelled, parks=[typed])) == ["宁波国家高新区"] * 3
    assert parks_of(search(spelled, q=f"park:{typed}")) == ["宁波国家高新区"] * 3


def test_the_park_page_gathers_every_spelling(spelled):
    from indexer.search.figures import park_page

    for typed in ("樟树工业园", "樟樹市工業園區"):
        page = park_page(spelled, typed)
        assert (page["park"], page["reports"]) == ("樟树市工业园区", 2)


def test_inspect_evidence_names_the_other_spellings(tmp_path):
    from indexer.reading.pipeline import read_file

    (tmp_path / "a.txt").write_text(PAGES["a.txt"].replace("2023年，宁波国家高新区", "2023年，宁波高新区"), encoding="utf-8")
    (r,) = read_file(tmp_path / "a.txt", tmp_path).reports
    assert r.park == "宁波国家高新区"
    assert "「宁波国家高新区」「宁波高新区」是同一园区" in r.evidence["park"]
