"""Parks decided in session 43. Own pages.

两江新区 is the State's new area in Chongqing, run by its committee (管委会) with no government of its own, as 兰州新区
is: the report's park where it opens the title or the lead and the text goes on about it. The gazetteer package lists
it as a district of Chongqing, which the Bureau's statistical division codes do not; a new area the Bureau codes as a
district (浦东新区) stays a place's unless the text names its committee."""
import pytest

from conftest import read_page

_LEAD = "记者4月27日从{area}获悉，今年一季度新区GDP同比增长15%，规上工业增加值增长20%。\n"
_MORE = ("今年以来，新区加快推进重大项目建设，一季度新区新开工项目26个。\n"
         "新区有关负责人表示，新区将继续推进先进制造业发展，新区全年GDP增速力争保持在10%以上。\n")


@pytest.mark.parametrize("title", ["{area}一季度GDP同比增长15%", None])
def test_liangjiang_new_area_is_the_reports_park(tmp_path, title):
    page = ((title.format(area="两江新区") + "\n") if title else "") + _LEAD.format(area="两江新区") + _MORE
    (report,) = read_page(tmp_path, page)
    assert report.park == "两江新区", report.evidence["park"]


def test_a_new_area_the_bureau_codes_as_a_district_stays_a_place(tmp_path):
    page = "浦东新区一季度GDP同比增长15%\n" + _LEAD.format(area="浦东新区") + _MORE
    (report,) = read_page(tmp_path, page)
    assert report.park is None, report.evidence["park"]


@pytest.mark.parametrize("sentence", [
    "县委谋划部署了新一轮开发区改革，通过整合、扩区、调规、改制，重塑开发区管理体制。",
    "全省新一批省级开发区名单公布，共12家。",
    "第二批工业园区循环化改造试点名单公布。",
])
def test_a_round_or_a_batch_before_a_head_names_no_park(sentence):
    # (新一轮 + 开发区: which round of parks — the segmenter tags 新一轮 a proper noun; a document set's page named it)
    from indexer.reading.parks import find_park_mentions
    assert [m.name for m in find_park_mentions(sentence)] == []
