"""Doc types decided in session 40 by counting the labelled study sets (docs/labelling.md). Own pages.

- What a part pulled the whole's growth by (拉动全区规上工业增长20.3个百分点) is written by news of a period's figures and
  by a park's profile as often as by a statistics office: alone it makes no statistics analysis (工作报告). On the
  study sets the three pages typed so on it alone, of three hosts, were labelled 简报 (one 其他 the other reading); the
  four labelled 工作报告 each showed an accounts convention (按可比价格计算, 按不变价格计算(下同), 初步核算) or a bulletin's
  parts (一、综合)."""
import pytest

from conftest import read_page

_PULLED = ("1-4月，全区实现规上工业总产值64.3亿元，同比增长18.6%；实现增加值13.2亿元，同比增长16.1%。"
           "装备制造业完成增加值5.4亿元，同比增长27.5%，拉动全区规上工业增长9.8个百分点。"
           "食品加工业实现增加值2.1亿元，同比增长12.4%，拉动全区规上工业增长2.3个百分点。"
           "固定资产投资增长14.2%，社会消费品零售总额增长8.7%。\n")


@pytest.mark.parametrize("page", [
    # a titleless account of a period's figures in the third person, what pulled the growth told as news tells it
    "今年以来，柳湾区上下坚持项目为王，全力推进企业扩能增效。" + _PULLED,
    # a new district's quarter, its highlights counted (呈现…亮点) as an information item counts them
    "一季度，青禾新区完成全社会固定资产投资96.4亿元，同比增长21.3%，呈现“两大亮点”。" + _PULLED,
])
def test_what_a_part_pulled_the_growth_by_is_no_statistics_analysis(tmp_path, page):
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_profile_telling_what_its_park_pulled_stays_a_profile(tmp_path):
    page = ("石湾化工园区地处滨江东岸，规划面积18.6平方公里。2022年，园区完成工业总产值412.5亿元，同比增长16.0%，"
            "拉动全市规上工业增长1.4个百分点；实现利税52.3亿元，同比增长21.4%；上缴税金31.2亿元，同比增长12.2%；"
            "单位产值能耗同比下降8.1%；出口增长9.3%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type != "工作报告", report.evidence["doc_type"]


@pytest.mark.parametrize("convention", ["按可比价格计算，", "（下同）", "比1-3月回落1.2个百分点，"])
def test_the_accounts_conventions_still_mark_a_statistics_analysis(tmp_path, convention):
    # (the guard: the same figures written by a statistics office's conventions stay its analysis, a 工作报告)
    page = "1-4月，全区规上工业增加值" + convention + "同比增长16.1%。" + _PULLED
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作报告", report.evidence["doc_type"]
