"""Lead titles read in session 25 by how Chinese leads are built. Own sentences, other names and numbers than any page
studied."""
from pathlib import Path

import pytest

from conftest import read_page


def title(tmp_path: Path, text: str) -> str:
    return read_page(tmp_path, text + "\n")[0].title


# the leave or the process an act was done by (经市政府同意，经国务院批准，经研究，) is a coverb's phrase, no predicate of
# its own: a lead title runs on to the clause that says who did what
@pytest.mark.parametrize("lead, want", [
    ("5月9日，经省政府同意，省发改委印发了《青州市开发区发展规划》。这是青州首个开发区规划。\n规划提出到2027年全市开发区营业收入突破5000亿元。",
     "经省政府同意，省发改委印发了《青州市开发区发展规划》"),
    ("日前，经国务院批准，青川高新技术产业园区升级为国家高新区。升级后园区将享受国家级高新区政策。\n园区规划面积18平方公里。",
     "经国务院批准，青川高新技术产业园区升级为国家高新区"),
])
def test_a_leave_clause_does_not_end_a_lead_title(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_word_opening_on_jing_is_no_leave_clause(tmp_path):
    # 经开区 opens a subject: its clause has its own predicate (专题研究), and the title ends there
    assert title(tmp_path, "5月9日，经开区党工委专题研究，部署园区安全生产工作。会议要求各企业落实主体责任。\n"
                           "园区将开展为期一个月的安全检查。") == "经开区党工委专题研究"


# a purpose opening the lead (为进一步…，为加快…，) and a day or period alone (8月26日-27日，今年一季度，) frame the act the next
# clause tells: the title runs on to it
@pytest.mark.parametrize("lead, want", [
    ("为进一步抓好园区和项目建设，9月3日-4日，青元市专题召开全市产业园区建设现场会。会议总结了上半年工作。\n会议要求各地加快推进项目建设。",
     "为进一步抓好园区和项目建设，9月3日-4日，青元市专题召开全市产业园区建设现场会"),
    ("为加快园区转型升级，青州工业园区今年新引进项目20个。园区规划面积3平方公里。\n县政府要求各部门全力推进。",
     "为加快园区转型升级，青州工业园区今年新引进项目20个"),
])
def test_a_purpose_and_a_day_do_not_end_a_lead_title(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_clause_opening_on_wei_as_a_verb_keeps_its_predicate(tmp_path):
    # 为 as the verb of a subject's clause (园区为省级开发区) or a noun after it: not a purpose
    assert title(tmp_path, "青州工业园区为省级开发区，规划面积12平方公里。园区重点发展装备制造产业。\n"
                           "园区今年新签约项目15个。").startswith("青州工业园区为省级开发区")
