"""Furniture read in session 29: what a page's script says to its reader, left as text on a line of its own — a form's
state, a picture's or a gallery's button, the browser warning, a list's label. Own lines."""
import pytest

from conftest import read_page

_TEXT = ("今年以来，青禾工业园区坚持项目为王，全年新签约项目23个，完成固定资产投资41亿元，同比增长9.6%，园区主导产业"
         "集聚效应进一步显现。\n")


@pytest.mark.parametrize("line", [
    "正在提交，请稍候…", "提交成功", "您已成功提交，我们的工作人员会尽快与您联系", "查看图库", "（点图放大）", "图片",
    "抱歉，我们并不支援你正使用的浏览器。", "最新内容",
])
def test_a_scripts_words_to_its_reader_are_no_text(tmp_path, line):
    (report,) = read_page(tmp_path, "青禾工业园区项目建设提速\n" + _TEXT + line + "\n园区将继续优化营商环境。\n")
    assert line not in report.text


@pytest.mark.parametrize("line", [
    "图片展示了园区十年来的变化。",  # a sentence about pictures
    "提交成功率提升至98%，企业办事更加便利。",
])
def test_sentences_holding_such_words_stay(tmp_path, line):
    (report,) = read_page(tmp_path, "青禾工业园区项目建设提速\n" + _TEXT + line + "\n")
    assert line in report.text


def test_a_reports_title_right_above_its_audience_ends_the_related_list(tmp_path):
    # (a document site's 相关推荐 label over the page's own title: the title is no link when its audience follows it)
    page = ("- 相关推荐\n关于青禾镇工业园区建设基本情况汇报\n省、市各位领导：\n"
            "根据省中小企业局关于申报示范区的通知精神，我县于2006年启动青禾镇工业园区建设，现将有关情况汇报如下。\n"
            "一、发展基础\n园区规划面积3平方公里，已入驻企业12家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "关于青禾镇工业园区建设基本情况汇报", report.evidence["title"]
    assert "省、市各位领导" in report.text
