"""Titles read in session 39 (issue 12), each checked on the study pages of spent hosts and the unlabelled pages of
/work/scratch/reach (bench/reading_diff.py) before it was kept.

- A lead's first clause that is a noun described by a relative clause, the verb right before 的 (我市去年签约的218个
  亿元以上项目，截至9月底，已有199个开工…), is the sentence's subject with no predicate of its own: the title runs on
  to the clause that has it, as after any topic (docs/labelling.md, "the first clause that has its predicate").
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page

_REST = "\n园区负责人表示，将持续优化营商环境，推动项目早落地。\n"


@pytest.mark.parametrize("lead, title", [
    ("青禾市2031年签约的86个亿元以上重点工业项目，截至9月底，已有71个项目开工建设，开工率达82.6%。",
     "青禾市2031年签约的86个亿元以上重点工业项目，截至9月底，已有71个项目开工建设"),
    ("南屿经开区今年新引进的12家企业，目前已有9家投产，预计全年新增产值15亿元。",
     "南屿经开区今年新引进的12家企业，目前已有9家投产"),
])
def test_a_noun_described_by_a_relative_clause_is_the_subject(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: a predicate whose object has an attribute with 的 before it ends the clause
    ("青禾工业园区召开2031年度的安全生产工作会议，园区各企业负责人参加会议，会议部署了下一阶段工作。",
     "青禾工业园区召开2031年度的安全生产工作会议"),
    # …and so does a verb with its aspect before the relative clause
    ("南屿经开区引进了12家新落户的企业，总投资达36亿元，涵盖新材料、装备制造等领域，为园区发展注入新动能。",
     "南屿经开区引进了12家新落户的企业"),
])
def test_a_predicate_with_its_object_stays_the_clause(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]
