"""Titles broken over two lines (session 8, #12).

GB/T 9704 lets a long title run onto a second line; pages and PDFs break it where they like. The first line is no
title by itself when it stops on a word that cannot end one (关于…的 / …和, a 关于 with no genre yet, 在… before its
上的讲话, a bracket left open), holds only the issuing organ (…管委会 / 关于…的报告) or only the park (…县 /
经济开发区…; …工业园区 / 2023年工作总结), or is a headline whose subtitle names the genre (…/ ——…工作总结). The
two lines are one title, and `parksearch inspect` says they were joined. Each case failed before the rule.
"""
import pytest

from indexer.reading.split import split_reports
from indexer.reading.titles import join_broken_title

BODY = ("\n2023年，园区坚持以项目建设为中心，全年完成规上工业总产值186亿元，同比增长9.2%，各项工作稳步推进。\n一、主要工作成效\n"
        "新开工项目18个，竣工投产12个。\n二、存在的问题\n土地指标紧张，融资渠道不宽。\n")

CASES = [
    ("丰溪工业园区\n2023年工作总结", "丰溪工业园区2023年工作总结"),
    ("临川县\n经济开发区2024年上半年工作汇报", "临川县经济开发区2024年上半年工作汇报"),
    ("云岭经济开发区管理委员会\n关于2023年招商引资工作情况的报告", "云岭经济开发区管理委员会关于2023年招商引资工作情况的报告"),
    ("关于加快推进桐江高新区科技创新平台建设的\n调研报告", "关于加快推进桐江高新区科技创新平台建设的调研报告"),
    ("关于促进我市开发区改革和\n创新发展的实施方案", "关于促进我市开发区改革和创新发展的实施方案"),
    ("县委书记在桂溪工业园区建园十周年\n座谈会上的讲话", "县委书记在桂溪工业园区建园十周年座谈会上的讲话"),
    ("聚力攻坚 奋勇争先\n——青禾经济开发区2023年工作总结", "聚力攻坚 奋勇争先——青禾经济开发区2023年工作总结"),
]


@pytest.mark.parametrize("head,title", CASES)
def test_a_title_on_two_lines_is_one_title(head, title):
    report = split_reports(head + BODY, "f")[0][0]
    assert report.title == title
    assert "标题分两行排印" in report.why_title


@pytest.mark.parametrize("head", [
    "园区动态\n2023年工作总结",  # a site's section, not a part of the title
    "华博范文网 首页\n2023年工作总结",
    "寿光高新技术产业开发区管理委员会工作报告\n——2024年1月12日在高新区第三次代表大会上",  # a whole title and its occasion
    "丰溪工业园区2023年工作总结\n丰溪工业园区管委会",  # a title and the unit under it
    "2023年工作总结\n2023年12月28日",
])
def test_lines_that_are_not_one_title_stay_apart(head):
    lines = (head + BODY).split("\n")
    assert join_broken_title([x for x in lines if x])[1] is None


def test_a_bracket_broken_over_two_lines_is_one_line():
    lines = ["（2024年1月18日在白沙区第五届人民代表大会", "第四次会议上）", "白沙区发展和改革局", "各位代表：",
             "受区人民政府委托，现向大会书面报告白沙区2023年国民经济和社会发展计划执行情况，请予审议，并请各位委员提出意见。"]
    joined, k, why = join_broken_title(lines)
    assert k == 0 and joined[0] == "（2024年1月18日在白沙区第五届人民代表大会第四次会议上）"
    # the page has no title line: the occasion it was delivered at is the title it gives, not its unit's name
    assert split_reports("\n".join(lines), "f")[0][0].title == joined[0]
