"""Whose a figure is and whether it is done, as reports state it (#16, session 13; eval10 p18, p28, p36 showed the
forms, the sentences are our own):

- another park named as the subject of a sentence stating no figure (南塔工业园区是以冶金为主的园区。) is the
  subject of its paragraph: the figures after it (现入驻企业有7户) are that park's, not the report's park's; the
  report's own park said short (左旗工业园区是…) or the bare 园区 stays the park.
- values of one kind listed one after another with no 分别 to align them (10家陶瓷、9家玻璃企业年产值达20亿元、15亿元)
  are the parts' values in turn: none is the whole's figure; a 分别 list and a name between the values still read.
- a lead-in whose verb is the future 将 (2024年，园区将锚定…，重点做好以下几项工作：) makes its list a plan, also
  when the list's first item runs on after the colon (…工作：一是…。二是…): the counts under it are targets.
"""
import pytest

from indexer.reading.indicators import find_indicators


def read(text, park="巴林左旗工业园区", doc_type="简报"):
    return [(i.name, i.value, i.status, i.scope) for i in find_indicators(text, doc_type=doc_type, park=park)]


@pytest.mark.parametrize("text, figure", [
    ("南塔工业园区是以冶金建材为主的园区。现入驻企业有7户，完成固定资产投资4.8亿元。\n", ("入园企业数", 7, "实际", "其他")),
    ("1、南塔工业园区以冶金为主。现入驻企业有7户。\n", ("入园企业数", 7, "实际", "其他")),  # new
    # the report's own park, said short or bare (guard)
    ("左旗工业园区是以冶金建材为主的园区。现入驻企业有70户。\n", ("入园企业数", 70, "实际", "园区")),
    ("园区是以冶金建材为主的园区。现入驻企业有70户。\n", ("入园企业数", 70, "实际", "园区")),
    # another park named in passing, not as the subject (guards)
    ("使得南塔工业园区真正成为务工人员的家园。现入驻企业有70户。\n", ("入园企业数", 70, "实际", "园区")),
    ("园区与南塔工业园区签订合作协议。全年完成工业总产值12亿元。\n", ("工业总产值", 12, "实际", "园区")),
    # the paragraph ends at the line's end (guard)
    ("南塔工业园区是以冶金建材为主的园区。\n全年园区完成工业总产值12亿元。\n", ("工业总产值", 12, "实际", "园区")),
])
def test_another_park_as_the_paragraphs_subject(text, figure):
    assert figure in read(text)


def test_values_listed_in_turn_without_fenbie_are_the_parts():  # new
    assert read("目前10家陶瓷制品、9家玻璃制品企业年产值达20亿元、15亿元。", park="青岭经济开发区") == []


@pytest.mark.parametrize("text, figures", [  # guards: the lists that do align
    ("园区工业总产值、税收分别达到20亿元、1.5亿元。", [("工业总产值", 20, "实际", "园区"), ("税收", 1.5, "实际", "园区")]),
    ("园区实现工业总产值20亿元、税收1.5亿元。", [("工业总产值", 20, "实际", "园区"), ("税收", 1.5, "实际", "园区")]),
    ("2016年至2018年，园区分别完成工业总产值236.3亿元、314.5亿元、365亿元。",
     [("工业总产值", 236.3, "实际", "园区"), ("工业总产值", 314.5, "实际", "园区"), ("工业总产值", 365, "实际", "园区")]),
    ("园区实现工业总产值20亿元、同比增长15%。", [("工业总产值", 20, "实际", "园区")]),
])
def test_lists_aligned_with_names_or_years_still_read(text, figures):
    assert read(text, park="青岭经济开发区") == figures


@pytest.mark.parametrize("text", [
    "2024年，园区将锚定“一区三基”，做强开放平台，重点做好以下几项工作：\n"
    "一是招商引资。重点推进锐达半导体等9个先进制造项目落地投产，新签约项目30个。\n二是项目建设。新开工项目20个。\n",
    # the first item run on after the colon
    "2024年，园区将锚定“一区三基”，做强开放平台，重点做好以下几项工作：一是指标起跳。力争营业收入两位数增长。"
    "二是招商引资。重点推进锐达半导体等9个先进制造项目落地投产，新签约项目30个。新开工项目20个。\n",
])
def test_a_lead_in_with_the_future_jiang_makes_its_list_a_plan(text):  # new
    got = read(text, park="青岭经济开发区")
    assert got and all(status == "目标" for _, _, status, _ in got), got


def test_a_lead_in_of_done_work_keeps_its_list_done():  # guard: 将 as the object marker, results under it
    text = ("2023年，园区将招商引资作为一号工程，取得以下成效：\n"
            "一是招商引资。推动锐达半导体等9个先进制造项目落地投产，新签约项目30个。\n")
    got = read(text, park="青岭经济开发区", doc_type="工作总结")
    assert ("签约项目数", 30, "实际", "园区") in got and ("竣工投产项目数", 9, "实际", "园区") in got


@pytest.mark.parametrize("text, figures", [
    # a title the park received (挂牌…产业园, 获批…开发区) is no other park; since it did, its counts are running totals
    ("青岭经济开发区自2022年成功挂牌全省唯一省级健康食品产业园以来，已经同预制菜加工、盛和火锅食材等17个项目签约，"
     "协议引资119.8亿元。", [("签约项目数", 17, "累计", "园区"), ("签约资金", 119.8, "累计", "园区")]),  # new
    ("青岭经济开发区2019年获批国家级经济技术开发区，全年实现工业总产值120亿元。", [("工业总产值", 120, "实际", "园区")]),
    # another park that received a title is still another park (guard)
    ("南塔工业园区获批省级开发区，实现工业总产值20亿元。", [("工业总产值", 20, "实际", "其他")]),
    # the short 自…以来 still a running total, a year's 今年以来 unchanged (guards)
    ("自建区以来，园区累计引进项目86个。", [("签约项目数", 86, "累计", "园区")]),
])
def test_a_title_received_is_no_other_park(text, figures):
    assert read(text, park="青岭经济开发区") == figures


@pytest.mark.parametrize("text, figures", [
    # a year or a time word ending in 年 right before a count of projects opens its clause (new)
    ("全年12个项目竣工投产。", [("竣工投产项目数", 12, "实际", "园区")]),
    ("2023年12个项目竣工投产，园区发展后劲增强。", [("竣工投产项目数", 12, "实际", "园区")]),
    # firms that came in a period are still no count of the park's firms, a product's yearly output no count (guards)
    ("今年5家企业落户园区。", []),
    ("项目投产后年产12个系列产品。", []),
])
def test_a_count_of_projects_after_a_year(text, figures):
    assert read(text, park="青岭经济开发区") == figures


def test_a_headlines_figure_rounded_from_the_texts_is_that_figure(tmp_path):  # new
    from indexer.reading.pipeline import read_file
    page = ("青岭经济开发区去年实现营业收入1825亿元\n"
            "本报讯 2022年，青岭经济开发区累计完成固定资产投资126.48亿元；实现营业收入1824.63亿元，同比增长13.6%。\n")
    f = tmp_path / "p.txt"
    f.write_text(page, encoding="utf-8")
    got = [(i.name, i.value) for r in read_file(f, tmp_path).reports for i in r.indicators]
    assert ("营业收入", 1824.63) in got and ("营业收入", 1825) not in got
    # a headline's figure the text does not round to stays (guard)
    f.write_text(page.replace("1825亿元", "1900亿元"), encoding="utf-8")
    got = [(i.name, i.value) for r in read_file(f, tmp_path).reports for i in r.indicators]
    assert ("营业收入", 1900) in got


@pytest.mark.parametrize("text, scope", [
    # the report's park named as a landmark where another was set up: the other's area (new)
    ("2004年8月，南塘保税物流园在青岭经济开发区附近的江岸线上设立，规划面积为1.53平方公里。", "其他"),
    # the park itself said to lie somewhere (guards)
    ("园区在青岭县城以东，规划面积为12平方公里。", "园区"),
    ("青岭经济开发区在县城附近，规划面积为12平方公里。", "园区"),
])
def test_a_park_named_as_a_landmark_is_no_subject(text, scope):
    assert [g[3] for g in read(text, park="青岭经济开发区")] == [scope]
