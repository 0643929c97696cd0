"""Session 43 furniture: two rows every kind of site can print and no text ever holds — a share widget's buttons
spelled with 至 and a platform's name with a plus (分享至Google+), and a page template's placeholder the site failed to
fill ({{imageTextInfo.title}}). Own small pages: invented parks, numbers of our own."""
import pytest

from indexer.reading.clean import clean_text

HEAD = "白溪经济开发区召开上半年经济运行分析会"
LEAD = "7月12日，白溪经济开发区召开上半年经济运行分析会，园区上半年完成工业总产值86亿元，同比增长9.2%。"
MORE = "会议要求，各部门要紧盯全年目标任务，加快项目建设进度。"


@pytest.mark.parametrize("row", [
    "分享至Google+分享至twitter分享至微博分享至LINE分享至facebook",
    "分享至微信 分享至QQ空间 分享至微博",
    "分享到FB分享到LINE分享到微信",
])
def test_a_share_widgets_buttons_go(row):
    page = "\n".join([HEAD, row, LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])


@pytest.mark.parametrize("row", [
    "{{imageTextInfo.title}}",
    "{{ item.source }} {{ item.date }}",
    "{{ article.title | truncate(30) }}",
    "${news.author}",
])
def test_an_unfilled_template_placeholder_goes(row):
    page = "\n".join([HEAD, row, LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])


@pytest.mark.parametrize("line", [
    "园区将把经验分享至全市各开发区，推动共同发展。",  # (a sentence sharing something to someone: text)
    "分享至全市",  # (one 分享至 with its object is no widget row)
    "计算公式为{{产值}}除以{{面积}}",  # (braces around words of the text are the text's own)
])
def test_the_texts_own_share_and_braces_stay(line):
    page = "\n".join([HEAD, LEAD, line, MORE])
    assert line in clean_text(page)


@pytest.mark.parametrize("marker", ["……(开头部分已省略181字)", "(以下省略500字)", "（此处省略1200个字）"])
def test_a_sites_note_that_it_left_words_out_goes(marker):
    # (as 此处隐藏N个字 goes: the site's note of what it does not show, never the report's words)
    page = "\n".join(["青禾经济开发区2023年工作总结", marker, "园区全年完成工业总产值86亿元，同比增长9%。", MORE])
    assert clean_text(page) == "\n".join(["青禾经济开发区2023年工作总结", "园区全年完成工业总产值86亿元，同比增长9%。", MORE])


def test_the_texts_own_word_for_leaving_out_stays():
    line = "为节省篇幅，本报告省略了各企业的具体数字。"
    assert line in clean_text("\n".join([HEAD, LEAD, line, MORE]))


@pytest.mark.parametrize("row", ["中国园区经济 2022年1期", "西江科技产业2017年9期"])
def test_a_periodicals_issue_row_goes_and_still_makes_the_page_an_article(tmp_path, row):
    # (a periodicals site's row over each article: 3 study pages; the page stays an article, 其他, as session 42 read it)
    from conftest import read_page
    page = ("园区与县域经济\n2022-01-20\n" + row + "\n"
            "县域是国家治理的基本单元。近年来，各地依托工业园区集聚产业，县域经济的格局随之改变。"
            "本文以两个食品产业园为例，讨论园区如何带动县域发展。\n"
            "食品产业与农业联系紧密，园区化发展能够延长产业链条、增加农民收入。\n")
    (report,) = read_page(tmp_path, page)
    assert row not in report.text
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_units_briefing_issue_stays():
    # (某某工作动态 2023年第5期: the unit's own briefing names its work — its title, no periodical's row)
    assert "青禾园区工作动态2023年第5期" in clean_text("\n".join(["青禾园区工作动态 2023年第5期", LEAD, MORE]))
