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


def test_a_span_from_a_list_of_years_reaches_the_next_sentences_year(tmp_path):
    # (an unseen page of the end: 特别是2009年、2010年以来 gave 2009; the span runs to the year the results are told of)
    page = ("青岚工业园推介\n2012-09-26 13:48:57 责任编辑:QZ016 来源:某某网\n青岚工业园\n"
            "青岚工业园2006年被省政府批准为省级开发区,近几年来,青岚加大建设力度,特别是2009年、2010年以来,工业园在县委、县政府的"
            "正确领导下,取得了一定的成绩。截止到2011年底,共入驻企业110家,其中投产企业70家;建成区面积达到9.5平方公里。2011年,"
            "园区实现工业总产值22.68亿元,同比增长161.27%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2011, report.evidence["year"]


def test_a_span_from_one_year_with_a_later_year_in_its_sentence_stays(tmp_path):
    # must-not: 2016年以来 with a later year told in its own sentence takes that year, as before
    page = "青岚园区情况\n2016年以来，园区累计引进项目80个，2019年完成工业总产值50亿元。2021年将建成二期。\n"
    (report,) = read_page(tmp_path, page)
    assert report.year == 2019, report.evidence["year"]


def test_according_to_glued_to_a_short_name_is_no_part_of_it(tmp_path):
    # (an unseen page of the end: 据 + 某某经开区党工委委员…介绍 gave the park 据某某经开区)
    page = ("青岚经济开发区：产业发展动力强劲\n2019年，青岚经济开发区在全市考核中位列第二。"
            "据岚巢经开区党工委委员、管委会副主任某某介绍，目前园区已获批国家农业产业化示范基地。\n")
    (report,) = read_page(tmp_path, page)
    assert not any(p.startswith("据") for p in report.parks_mentioned), report.parks_mentioned
