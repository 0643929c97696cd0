"""One park, one value for a zone's short name: a report that names its zone only by the short name its organs use
(金湖党工委, 金湖园区管委会: parks.find_short_names) and another report naming the same zone in full are one facet
value, one filter and one park page, when the index holds one full-named park of that place; with two (a 工业园区
and a 高新区 of one city) the short name could be either and stays its own value. Own pages, real index and service."""
import pytest

from indexer.reading.parks import short_name_place

PAGES = {
    # the short name alone, with the zone's organs (the facet split it from the full name before)
    "a.txt": "金湖党工委2023年工作总结\n2023年，金湖党工委管委会团结带领园区干部群众，园区经济稳中有进。\n"
             "一、主要工作\n完成规上工业产值120亿元，同比增长8%。\n二、存在问题\n园区土地要素紧张。\n",
    "b.txt": "金湖高新区2024年工作要点\n2024年，金湖高新区将聚焦主导产业，全力抓好招商引资。\n"
             "一、主要目标\n规上工业产值增长8%。\n二、重点任务\n加快园区更新。\n",
    # a city with two parks: its short name 临湘园区 could be either
    "c.txt": "临湘园区党工委2023年工作总结\n2023年，临湘园区党工委管委会带领园区上下攻坚克难。\n一、主要工作\n新签约项目12个。\n",
    "d.txt": "临湘工业园区2024年工作计划\n2024年，临湘工业园区将全力抓好项目建设。\n一、工作目标\n签约项目15个。\n",
    "e.txt": "临湘高新区2024年工作计划\n2024年，临湘高新区将全力抓好科技创新。\n一、工作目标\n新增高新技术企业20家。\n",
}


@pytest.mark.parametrize("name, place", [
    ("松山湖", "松山湖"), ("船山园区", "船山"), ("廣德園", "广德"), ("苏州园区", "苏州"),
    ("松山湖高新区", None), ("苏州工业园区", None), ("樟树市工业园区", None),  # full names: park_key's
])
def test_a_short_names_place(name, place):
    assert short_name_place(name) == place


@pytest.fixture(scope="module")
def shortened(tmp_path_factory):
    from conftest import service_of_texts

    return service_of_texts(tmp_path_factory, "short-names", PAGES)


def search(service, **kw):
    from indexer.search.request import SearchRequest

    return service.search(SearchRequest(**kw))


def test_the_reader_keeps_the_short_name(shortened):
    stored = set(shortened.column(shortened.searcher(), "park"))
    assert {"金湖", "金湖高新区", "临湘园区", "临湘工业园区", "临湘高新区"} <= stored


def test_a_short_name_joins_the_one_full_named_park_of_its_place(shortened):
    facets = {f["value"]: f["count"] for f in search(shortened)["facets"]["park"]}
    assert facets["金湖高新区"] == 2 and "金湖" not in facets


def test_a_short_name_shared_by_two_parks_stays_apart(shortened):
    facets = {f["value"]: f["count"] for f in search(shortened)["facets"]["park"]}
    assert (facets["临湘园区"], facets["临湘工业园区"], facets["临湘高新区"]) == (1, 1, 1)


@pytest.mark.parametrize("typed", ["金湖", "金湖高新区", "金湖高新區"])
def test_a_filter_by_either_name_finds_both_reports(shortened, typed):
    got = sorted(r["park"] for r in search(shortened, parks=[typed])["results"])
    assert got == ["金湖高新区", "金湖高新区"]


def test_the_park_page_gathers_the_short_name(shortened):
    from indexer.search.figures import park_page

    page = park_page(shortened, "金湖")
    assert (page["park"], page["reports"]) == ("金湖高新区", 2)


@pytest.mark.parametrize("values, joined", [
    # a headline's county or city before the zone's own name, and the name alone: one park, shown in the fullest form
    (["云林小东工业区", "小东工业区"], {"小东工业区": "云林小东工业区"}),
    (["彰化县桐林工业区", "桐林工業區"], {"桐林工業區": "彰化县桐林工业区"}),
    # two places' zones of one name beside the name alone: any could be meant, all stay apart
    (["上海金桥经济技术开发区", "呼和浩特金桥经济技术开发区", "金桥经济技术开发区"],
     {"金桥经济技术开发区": "金桥经济技术开发区", "上海金桥经济技术开发区": "上海金桥经济技术开发区"}),
    # a division's name and one character is a name of its own (白沙湖 is not 白沙 + 湖): no join
    (["白沙湖工业区", "沙湖工业区"], {"沙湖工业区": "沙湖工业区"}),
])
def test_a_division_written_before_a_zones_own_name_joins_the_name_alone(values, joined):
    from indexer.search.parknames import ParkNames

    names = ParkNames(values)
    assert {v: names.canonical(v) for v in joined} == joined
    for value, canonical in joined.items():
        assert (canonical in names.spellings(value)) and names.holds(value)
