"""Titles decided in session 43. Own pages.

A report delivered to a congress is titled with its subtitle saying where (——2012年2月1日在…会议上), and the speaker's
post and name follow on their own line. A page may set the title and the subtitle on one line: that line is the title,
whole, and the speaker's line under it is no words of it (the layout-joining rule kept the subtitle alone whole, and a
line ending on …会议上 scored as a broken-off subtitle, no title). A portal's name line over a title without a subject
(某某新区政府门户网站 / 2012年政府工作报告) is the site's brand, no first half of the title. A document site's label
praising its copy before the title (精编范文, 精品文档) is the site's, as its numbering and 精选N篇 are."""
import pytest

from conftest import read_page

from indexer.reading.clean import clean_text

_SPEECH = ("各位代表：\n"
           "现在，我代表白溪新区人民政府，向大会作政府工作报告，请予审议。\n"
           "一、2011年工作回顾\n"
           "2011年，全区生产总值增长15%，白溪经济开发区完成工业总产值320亿元。\n")


def test_a_title_and_its_occasion_on_one_line_stay_apart_from_the_speaker(tmp_path):
    title = "2012年政府工作报告 ——2012年2月1日在白溪新区第一届人民代表大会第三次会议上"
    page = "白溪新区政府门户网站 政务邮箱\n" + title + "\n白溪新区区长 王立新\n" + _SPEECH
    assert title + "\n白溪新区区长 王立新" in clean_text(page)
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]


def test_the_subtitle_alone_on_its_line_is_still_no_title(tmp_path):
    page = ("白溪新区政府门户网站\n2012年政府工作报告\n——2012年2月1日在白溪新区第一届人民代表大会第三次会议上\n"
            "白溪新区区长 王立新\n" + _SPEECH)
    (report,) = read_page(tmp_path, page)
    assert report.title == "2012年政府工作报告", report.evidence["title"]


def test_a_sentence_ending_on_a_meeting_is_no_title(tmp_path):
    # (the guard: a line ending …会议上 with no genre word before a dash is where something was said, no title)
    page = ("白溪经济开发区召开2012年工作会议\n"
            "会议总结了园区2011年的工作——管委会主任在2012年工作会议上\n"
            "作了讲话，部署了全年任务。园区全年完成工业总产值320亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "白溪经济开发区召开2012年工作会议", report.evidence["title"]


@pytest.mark.parametrize("portal", ["白溪新区政府门户网站", "白溪新区人民政府门户网站", "白溪经济开发区官方网站"])
def test_a_portals_name_over_a_subjectless_title_is_no_first_half_of_it(tmp_path, portal):
    # (a portal's name line, the site's own brand, above 2012年政府工作报告: the two-line title rule joined them as a
    # place's unit over its year and genre)
    page = portal + "\n2012年政府工作报告\n" + _SPEECH
    (report,) = read_page(tmp_path, page)
    assert report.title == "2012年政府工作报告", report.evidence["title"]


def test_a_place_over_a_subjectless_title_still_joins(tmp_path):
    # (the guard: a place's unit or field over the rest of its title is its first half)
    page = "崇明县文化创意产业\n2011年工作总结\n" + _SPEECH
    (report,) = read_page(tmp_path, page)
    assert report.title == "崇明县文化创意产业2011年工作总结", report.evidence["title"]


@pytest.mark.parametrize("label", ["精编范文", "精品文档", "优秀范文"])
def test_a_document_sites_label_praising_its_copy_is_no_part_of_the_title(tmp_path, label):
    page = ("已阅读5页，还剩1页未读 继续免费阅读\n下载本文档\n文档简介\n"
            f"1、 {label} 产业园区党建工作调研报告 "
            "我镇共有基层党支部31个，其中园区党支部12个，党员486名。近年来，园区党建工作紧紧围绕经济发展中心任务，"
            "以提升组织力为重点，推动非公企业党组织应建尽建。一、基本情况 园区现有规模以上企业42家，已建立党组织的企业"
            "28家。二、存在的问题 部分企业负责人对党建工作认识不足，党务工作者队伍不稳定，党组织活动方式单一，"
            "难以吸引青年职工参加。三、对策建议 建立园区党建工作联席会议制度，选派党建指导员进驻企业，"
            "把党建工作纳入企业评先评优的内容，推动党建与生产经营深度融合。\n")  # (a dump: the copy on one line)
    (report,) = read_page(tmp_path, page)
    assert report.title == "产业园区党建工作调研报告", report.evidence["title"]


@pytest.mark.parametrize("line, title", [
    ("最新工业区年度工作总结通用范文3篇 工区年度总结报告范文大全", "工业区年度工作总结"),
    ("高新区全面深化改革工作进展情况汇报-汇报材料", "高新区全面深化改革工作进展情况汇报"),
    ("某园区2023年工作计划_工作计划", "某园区2023年工作计划"),
    # guards: a page number after a dash stays (session 10), a news item's 最新消息 is no freshness label, and a
    # title's own part after a space is no keyword
    ("园区2023年工作总结-第2页", "园区2023年工作总结-第2页"),
    ("最新消息：园区签约项目12个", "最新消息：园区签约项目12个"),
    ("2023年工作总结 上半年", "2023年工作总结 上半年"),
])
def test_a_document_sites_title_decorations(line, title):
    from indexer.reading.titles import clean_title
    assert clean_title(line) == title


def test_a_credit_the_layout_broke_inside_its_bracket_is_no_title(tmp_path):
    page = ("本报青禾讯(记者 王立新\n"
            "  李明)3月25日上午，青禾市2019年首批重点项目集中开工活动在青禾新材料产业园区举行。总投资168亿元的71个项目集中开工。\n"
            "当天开工的重点项目主要集中于高端装备制造、新能源、现代农业等领域。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("3月25日上午"), report.evidence["title"]
    assert "王立新" not in report.text.split("\n", 1)[1]


@pytest.mark.parametrize("lead", [
    "年初以来，开发区管委会在县委、县政府正确领导下，深入学习贯彻党的“十八大”精神，大力推进项目建设。",
    "年初以來，開發區管委會在縣委、縣政府正確領導下，深入學習貫徹黨的“十八大”精神，大力推進項目建設。",
])
def test_a_subjects_frame_is_run_past_in_either_script(tmp_path, lead):
    # (session 42's rule read the subject's tags as written: 開發區 cut from Traditional text reads a verb)
    page = lead + "\n一、主要工作\n园区完成工业总产值32亿元。\n二、存在问题\n土地指标紧张。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title.endswith(("“十八大”精神", "“十八大”精神")), report.evidence["title"]


_CAPTIONED = ("{caption}_第1页\n{caption}_第2页\n{caption}_第3页\n已阅读3页，还剩2页未读 继续免费阅读\n下载本文档\n文档简介\n"
              "1、 {shown} 我镇共有基层党支部31个，其中园区党支部12个，党员486名。近年来，园区党建工作紧紧围绕经济发展"
              "中心任务，以提升组织力为重点，推动非公企业党组织应建尽建。一、基本情况 园区现有规模以上企业42家，已建立党组织的"
              "企业28家。二、存在的问题 部分企业负责人对党建工作认识不足，党务工作者队伍不稳定，党组织活动方式单一，难以吸引"
              "青年职工参加。三、对策建议 建立园区党建工作联席会议制度，选派党建指导员进驻企业。\n")


@pytest.mark.parametrize("caption, title", [
    ("2021年产业园区党建工作调研报告", "2021年产业园区党建工作调研报告"),
    ("产业园区党建工作调研报告.doc", "产业园区党建工作调研报告"),  # (the uploaded file's name, its extension off)
    ("青禾园区上半年工作总结和下步打算新编", "青禾园区上半年工作总结和下步打算"),  # (the site's 新编 off)
])
def test_a_document_sites_page_captions_name_the_file(tmp_path, caption, title):
    # (a document site names each page image of the file it shows by the file's title: the title, though the text under
    # them prints it behind a label and without its year — 5 hosts of the session's sets print such captions)
    (report,) = read_page(tmp_path, _CAPTIONED.format(caption=caption, shown="精编范文 产业园区党建工作调研报告"))
    assert report.title == title, report.evidence["title"]


def test_one_caption_names_nothing(tmp_path):
    # (the guard: a single picture's caption is no file's page list; the text's own title stands)
    page = _CAPTIONED.format(caption="2021年产业园区党建工作调研报告", shown="精编范文 产业园区党建工作调研报告")
    page = "\n".join(x for x in page.split("\n") if not x.endswith(("_第2页", "_第3页")))
    (report,) = read_page(tmp_path, page)
    assert report.title == "产业园区党建工作调研报告", report.evidence["title"]
