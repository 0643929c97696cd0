"""A titled page with no genre word, dated by its site and telling an event in the third person by when it happened, is
news (简报) — how a news item is built whatever its headline says (session 25). Own pages: other names and numbers
than any page studied. A page so dated that is a profile, a notice, a list or an article telling no event stays 其他."""
from pathlib import Path

import pytest

from conftest import read_page


def doc_type(tmp_path: Path, text: str) -> tuple[str, str]:
    (report,) = read_page(tmp_path, text)
    return report.doc_type, report.evidence["doc_type"]


@pytest.mark.parametrize("page", [
    # a headline of a plan's aims, the site's date row, a lead told by 日前
    "湖川省将建设八个千亿级产业园区\n2024-03-15 湖川经济网\n"
    "湖川省政府日前印发《湖川省产业园区发展规划》，提出到2027年，全省园区营业收入突破2万亿元，培育八个千亿级园区。\n"
    "规划明确，将推进园区扩区调区，完善园区配套设施，提升园区综合承载能力。\n",
    # a headline of a quarter's results, a publisher's date row, a lead told by 今年一季度
    "青岚新区一季度经济稳中有进\n\n东方财经2023-04-20\n\n"
    "今年一季度，青岚新区坚持项目为王，新引进项目36个、总投资98亿元，工业用电量同比增长21.4%。\n"
    "一季度，青岚新区进出口贸易额同比增长31.2%，新材料、装备制造等主导产业产值均保持两位数增长。\n",
    # a portal's 发布时间 row, a lead told by 截至 and a day
    "战疫情稳生产的丰宁答卷\n发布时间:2020-03-05 来源:丰宁高新区管委会\n\n"
    "截至3月4日，丰宁高新区已复工规上工业企业42户，复工率达到87%，复工人数5600余人。\n"
    "高新区成立复工复产服务专班，逐户帮助企业解决用工、物流、原料供应等难题，确保企业开足马力生产。\n",
])
def test_a_dated_page_telling_an_event_is_news(tmp_path, page):
    t, why = doc_type(tmp_path, page)
    assert t == "简报", why
    assert "发布日期" in why


@pytest.mark.parametrize("page, want", [
    # a dated notice by its genre word (公示): the document it is, no news
    ("关于青岚化工园区扩区的公示\n发布日期:2024-01-08 信息来源:省工信厅\n\n"
     "根据有关规定，现将青岚化工园区扩区情况公示如下：扩区后总面积为6.4平方公里，公示期为今年1月8日至1月15日。\n"
     "一、四至范围。东至滨河路，西至青岚大道。\n", "其他"),
    # a dated article that tells no event by its time: an explainer of kinds of parks
    ("物流园区的几种类型\n发布时间:2022-11-03 点击:316\n\n"
     "第一类是区域物流园区，主要依托交通枢纽，面向城市之间的集散物流。\n"
     "第二类是城市配送物流园区，主要服务本市的生产和消费，功能以配送为主。\n", "其他"),
    # a profile, dated by its site: where the park lies and when it was set up
    ("丰宁高新区简介\n发布时间:2021-06-01\n\n"
     "丰宁高新区位于丰宁县城东部，成立于2006年，规划面积12平方公里，今年已入驻企业120家。\n"
     "园区重点发展装备制造和新材料产业。\n", "其他"),
    # a page that speaks for its writer (我区) under a date row is no reporter's item: not news by this rule
    ("抓项目促发展\n发布时间:2023-07-12\n\n"
     "今年以来，我区坚持项目为王，新签约项目18个。我们将继续加大招商引资力度，确保全年目标任务完成。\n"
     "下一步，我区将重点抓好三项工作。\n", None),
])
def test_not_news_by_a_date_alone(tmp_path, page, want):
    t, why = doc_type(tmp_path, page)
    if want:
        assert t == want, why
    assert "开头说事情的时间" not in why


def test_an_undated_titled_page_is_not_news_by_this_rule(tmp_path):
    # the same lead with no date row: nothing dates it as news, the rule does not fire
    t, why = doc_type(tmp_path, "湖川省将建设八个千亿级产业园区\n\n"
                      "湖川省政府日前印发《湖川省产业园区发展规划》，提出到2027年，全省园区营业收入突破2万亿元，培育八个千亿级园区。\n"
                      "规划明确，将推进园区扩区调区，完善园区配套设施。\n")
    assert "开头说事情的时间" not in why


def test_a_titleless_text_opening_on_one_day_is_news(tmp_path):
    t, why = doc_type(tmp_path, "某网12月24讯(张三、李四):12月22日,青川县宝丰工业园区道路硬化正加紧施工,园区企业将与周边矿产采选开发形成"
                                "紧密产业链。\n宝丰工业园位于宝丰镇，是青川县“一区五园”之一。目前一期2000亩场平已形成，已有五金加工等项目入驻园区。\n")
    assert t == "简报", why


def test_a_summary_opening_on_its_period_is_not_news_by_a_day(tmp_path):
    # (a text speaking as 我们/我区, or opening on its period, is no news lead: the day rule does not fire)
    t, why = doc_type(tmp_path, "12月22日，我区召开全年工作总结会，现将我区2023年工作总结如下。\n一、主要成效\n"
                                "今年以来，我们坚持项目为王，全年新签约项目18个，完成固定资产投资12亿元。\n")
    assert "以某一天" not in why


def test_a_titleless_text_opening_on_a_day_word_is_news_too(tmp_path):
    # (the dateline is read as the title reads it, titles.past_dateline: 近日, 昨天 and a span of days open a lead too)
    t, why = doc_type(tmp_path, "近日，青川县农业农村局印发《关于推介全县农产品加工园区典型案例的通知》，青川农产品加工园入选。"
                                "该园区已入驻加工企业26家，带动周边农户增收。\n园区将继续完善配套设施。\n")
    assert t == "简报", why
