"""Titles read in session 38 (issue 12), each counted on every spent labelled set (1,066 pages) before it was kept.

- A titleless lead whose first phrase has no predicate of its own and ends in a colon — whom the item is according to
  (据…论坛报道：), or a kicker over the dated lead (某县招商引资“开门红”：3月23日，…) — is the item's credit or its label:
  the title is the news after the colon. Counted: 3 titles made right on 3 hosts (s35-eval58, s38-eval63, s38-eval64),
  none made wrong; the 5 labelled leads that state a clause before their colon (…居七区第2位：…, 这是一份…成绩单：…)
  stop there, as before.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page


@pytest.mark.parametrize("lead, title", [
    ("据5月8日至9日在南屿市举行的“2031年园区投资促进论坛”报道：经过30多年发展，省级开发区已成为全省经济最具活力的增长极，"
     "成为最具吸引力的投资热土。",
     "经过30多年发展，省级开发区已成为全省经济最具活力的增长极"),
    ("本网讯（张某某 李某某）青禾县招商引资“开门红”：2月17日，全县2031年第一季度项目集中签约仪式在县商务局举行，现场共签约"
     "八个项目，总投资9.6亿元。",
     "2月17日，全县2031年第一季度项目集中签约仪式在县商务局举行"),
])
def test_a_phrase_without_predicate_before_the_leads_colon_is_no_title(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n园区负责人表示，将持续优化营商环境，推动项目早落地。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a clause that states something before its colon ends the title there, as the labels have it
    ("2031年，南屿经开区多项经济指标增速均居全市第1位：固定资产投资增速18.2%，高于全市6.1个百分点。",
     "2031年，南屿经开区多项经济指标增速均居全市第1位"),
    ("这是一份沉甸甸的成绩单：2031年青禾园区地区生产总值实现88.6亿元，同比增长12%。",
     "这是一份沉甸甸的成绩单"),
    # …and where the reporter had it from stays the lead's own first words
    ("记者从青禾县商务局获悉：3月5日，青禾县2031年重点项目集中开工仪式在县工业园区举行，共开工项目15个。", None),
])
def test_a_stated_clause_or_a_reporters_source_before_the_colon_stays(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n园区负责人表示，将持续优化营商环境，推动项目早落地。\n")
    if title is None:
        assert report.title.startswith("记者从青禾县商务局获悉"), report.evidence["title"]
    else:
        assert report.title == title, report.evidence["title"]
