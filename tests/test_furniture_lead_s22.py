"""Site furniture in forms sibling to rows the reader already drops, read after session 22's blind scoring (the
evaluation's pages are spent by it; the pages here are our own): reader tools worded verb first (放大字体 | 缩小字体) or
as a state with its button (已收藏,点击取消收藏), a picture mark in square brackets (【资料图】), an attachment's size alone
(41.56KB), and an e-paper's zero-padded page label (00006版:…) with its navigation widget (文章导航)."""
import pytest

from indexer.reading.clean import clean_text, is_boilerplate_line
from indexer.reading.pipeline import read_file


@pytest.mark.parametrize("row", [
    "放大字体 | 缩小字体 | 打印 |",
    "放大字体 | 缩小字体 | 已收藏,点击取消收藏 点击收藏 | 打印 |",
    "字体放大 字体缩小 点击收藏",
    "【资料图】",
    "[示意图]",
    "41.56KB",
    "（1.2 MB）",
    "00006版:经济开发区",
    "A0003版：园区新闻",
    "文章导航",
])
def test_a_sibling_form_of_a_site_row_is_dropped(row):
    assert is_boilerplate_line(row)


@pytest.mark.parametrize("line", [
    "园区规划面积41.56平方公里，已建成12.5平方公里。",
    "放大字体后仍看不清的，可到服务窗口领取纸质材料。",
    "【资料】园区简介",
    "第二版规划修编工作已经完成。",
    "企业已收藏的专利达到126件。",
])
def test_a_report_line_like_them_stays(line):
    assert not is_boilerplate_line(line)


def test_an_e_paper_page_is_titled_by_its_headline_not_its_page_label(tmp_path):
    page = tmp_path / "epaper.txt"
    page.write_text("\n".join([
        "青河日报 数字报纸",
        "00003版:园区经济",
        "文章导航",
        "青河工业园区前三季度工业经济稳中有升",
        "1-9月完成规上工业总产值86.4亿元,同比增长9.2%",
        "□记者 林海",
        "近日，青河工业园区召开前三季度经济形势分析会，通报园区经济运行情况，部署四季度重点工作。",
        "会议指出，今年以来园区主要经济指标保持平稳增长，1-9月完成规上工业总产值86.4亿元。",
    ]), encoding="utf-8")
    report = read_file(page, tmp_path).reports[0]
    assert report.title == "青河工业园区前三季度工业经济稳中有升"
    assert "00003版" not in report.text and "文章导航" not in report.text


def test_tools_and_marks_between_a_headline_and_its_lead_go_and_the_lead_stays():
    text = clean_text("\n".join([
        "青山园区召开项目推进会",
        "【资料图】",
        "放大字体 | 缩小字体 | 已收藏,点击取消收藏 点击收藏 | 打印 |",
        "41.56KB",
        "5月8日，青山园区召开重点项目推进会，部署二季度项目建设工作。会议要求各部门加快推进项目建设。",
    ]))
    assert text.splitlines() == ["青山园区召开项目推进会",
                                 "5月8日，青山园区召开重点项目推进会，部署二季度项目建设工作。会议要求各部门加快推进项目建设。"]
