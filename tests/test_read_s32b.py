"""Reading in session 32, second round: a released result list, then who passed its review (…验收结果公示的公告，某园区
成功通过验收) is one headline, as a released list and who is on it is. Own pages."""
from conftest import read_page


def test_a_released_result_and_who_passed_its_review_are_one_headline(tmp_path):
    page = ("2021-12-14 11:43 青岚新闻网\n"
            "青岚新闻网讯 近日，科技部发布《关于第八批国家农业科技园区验收结果公示的公告》，青岚国家农业科技园区成功通过验收。\n"
            "园区于2018年12月由科技部批准建设，规划面积18万亩。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.endswith("青岚国家农业科技园区成功通过验收"), report.evidence["title"]


def test_a_released_result_with_a_count_of_the_places_own_stays_the_release(tmp_path):
    # must-not: a count of the place's own that passed names none; the release is the news
    page = ("青岚新闻网讯 近日，科技部发布《关于第八批国家农业科技园区验收结果公示的公告》，全省3家园区通过验收。\n"
            "其中青岚园区位列第一。\n")
    (report,) = read_page(tmp_path, page)
    assert not report.title.endswith("通过验收"), report.evidence["title"]


def test_a_literary_headline_of_two_phrases_over_a_reporters_lead_stays(tmp_path):
    # (the blind read of s32-eval48 found the guard against a menu's item dropping such a headline: mended after the read)
    page = ("青岚经济技术开发区\n双向发力 努力干出新天地\n"
            "青岚新闻网讯 6月17日清晨，在位于经开区群文西街的某连接器项目建设现场，400多名施工人员有序进场。\n"
            "项目建设现场一片热火朝天，挖掘机、起重机连续运转。\n")
    (report,) = read_page(tmp_path, page)
    assert "双向发力 努力干出新天地" in report.title, report.evidence["title"]
