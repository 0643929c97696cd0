"""Titles read in session 41: what a scrape leaves before a headline or a lead, recognised by how sites write it, not by
the words one page used.

- A tag's tail: an HTML element whose opening "<" the scrape cut off or garbled leaves ASCII up to a quoted attribute's
  value and the ">" that closes it (seline src="/x.jpg">今年以来…): markup, whatever the attribute. Whole tags were
  already taken off (furniture._MARKUP); on the 462 study pages, the 400 reach pages and the 20 unseen ones, markup left
  in the text shows on 4 pages of 4 hosts, a tag's tail on 2 of them (a third on none of these).
- The site's home link opening a line, its crumbs set apart by spaces alone (首頁 地方 高雄; 首页 全球简讯 详情;
  首页 [某某园]的解释): a breadcrumb's first word, never a headline's — 3 pages of 3 hosts. A trail of short crumbs is
  the site's row; a longer rest after the home word is the headline.
- A bracketed word the headline goes on from with 的 ([某某园]的解释) is the phrase's head, not a forum's tag.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page

_LEAD = ("今年以来，青禾县松林工业园紧紧围绕装备制造产业基地建设，前三季度累计实现工业总产值38.6亿元，同比增长21.4%。\n"
         "据介绍，园区今年开展专题招商活动7次，签订正式项目15个、合同引资27亿元。\n")


@pytest.mark.parametrize("tail", [
    'seline src="/upPic/2031/0912093344.jpg">',
    'img width="600" height="400" src="/files/pic01.png" />',
    "p class='MsoNormal' style='text-indent:2em'>",
])
def test_a_tags_tail_before_the_lead_is_markup(tmp_path, tail):
    (report,) = read_page(tmp_path, tail + _LEAD)
    assert report.title.startswith("今年以来"), report.evidence["title"]
    assert "=" not in report.text[:200] and ">" not in report.text[:200]


def test_a_tags_tail_inside_a_byline_goes_and_the_words_around_it_stay(tmp_path):
    line = '青禾日报讯（记者 strong style="margin: 0px; padding: 0px;">林某某报道）5月19日，松林工业园举行项目集中开工仪式。\n'
    (report,) = read_page(tmp_path, line + "园区负责人表示，本次开工项目12个，总投资46亿元。\n")
    # (the byline itself is a credit: lifted out of the searchable text into the evidence, whole, the tail gone from it)
    assert "style" not in report.text and "style" not in report.evidence["credits"]
    assert "青禾日报讯（记者 林某某报道）" in report.evidence["credits"]
    assert report.text.startswith("5月19日，松林工业园举行项目集中开工仪式")


def test_an_equation_with_no_quoted_value_is_no_tag(tmp_path):
    # (the guard: a tag's tail needs a quoted value and its closing ">"; a comparison in a sentence has neither)
    page = "松林工业园能耗情况\n园区单位产值能耗降至0.35吨标准煤/万元，较上年下降6%，其中重点企业能耗比值>1的有3家。\n"
    (report,) = read_page(tmp_path, page)
    assert "比值>1的有3家" in report.text


@pytest.mark.parametrize("crumbs", ["首页 新闻 园区动态", "首頁 地方 青禾", "网站首页 资讯 详情"])
def test_a_home_trail_set_apart_by_spaces_is_no_headline(tmp_path, crumbs):
    page = f"{crumbs}\n松林工业园三季度签约项目15个\n{_LEAD}"
    (report,) = read_page(tmp_path, page)
    assert report.title == "松林工业园三季度签约项目15个", report.evidence["title"]


def test_the_home_word_before_a_headline_goes(tmp_path):
    page = "首页 [松林工业园]的解释\n松林工业园，位于青禾县城东，2031年经省政府批准设立，规划面积12平方公里，以装备制造为主导产业。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "[松林工业园]的解释", report.evidence["title"]


def test_a_forums_category_tag_still_goes(tmp_path):
    # (the guard of 的: a tag before a title that does not go on from it with 的 is the forum's, as before)
    page = "[计划总结] 松林工业园2031年工作总结\n2031年，松林工业园实现工业总产值38.6亿元，同比增长21.4%。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "松林工业园2031年工作总结", report.evidence["title"]


# A headline that asks (an interrogative word, or a question mark closing it) on a page with no date is the question an
# answer site, an encyclopedia or a guide answers: 其他, not news read off its predicate. Study pages: 4 labelled 其他
# on 3 hosts (drbdp, chinaai.info, kfkhr), read 简报 on 3 of them, and 1 unseen (mozibaike); a dated page's question
# headline (enanyang: 未来…在哪?) was labelled 简报: the rule leaves dated pages to the news rules.
_ANSWER = ("松林工业园位于青禾县城东部，规划面积12平方公里，以装备制造和新材料为主导产业。"
           "园区交通便利，距高速公路出口3公里，周边配套学校、医院等生活设施。\n")


@pytest.mark.parametrize("question", ["松林工业园属于哪个区", "工业园区是什么县城", "如何选择合适的工业园区",
                                      "松林工业园隶属哪个部门?"])
def test_a_question_headline_on_an_undated_page_is_an_answer_not_news(tmp_path, question):
    (report,) = read_page(tmp_path, f"{question}\n{_ANSWER}")
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_dated_pages_question_headline_is_not_read_as_an_answer(tmp_path):
    page = ("未来青禾的发展重地在哪?\n2031-03-14 11:55\n"
            "提到青禾州，人们首先想到的是美食。但其实这些年来，青禾州在工业发展方面也进展迅速。"
            "青禾州首席部长林某某周五在州议会表示，松林工业园是州内增长最快的地区之一，已有多家电子企业落户。\n")
    (report,) = read_page(tmp_path, page)
    assert "是一个问题" not in report.evidence["doc_type"], report.evidence["doc_type"]


def test_a_genre_word_still_decides_a_question_headline(tmp_path):
    # (a title naming its genre is that genre, whatever it asks: 怎么写 is the site's question about a 工作总结)
    (report,) = read_page(tmp_path, "工业园区年度工作总结怎么写?\n" + _ANSWER)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]
