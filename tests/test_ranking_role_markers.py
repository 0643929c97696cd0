"""A part of a report named apart from its topic (招商引资 主要做法, 环境保护 下一步打算) is also found where
a report's running text marks that part, not only under a heading of its kind (search/roles.py, MARKERS):
a park's short report rarely heads its parts; its paragraph says 采取了…措施 or opens on 下一步. Such a
report comes first, above one that only writes the topic and the part's name far apart."""
from __future__ import annotations

import pytest

from conftest import service_of_texts, titles_found

FILLER = "园区组织职工开展技能培训，开展消防演练，做好防汛值守，环境卫生整治有序推进。" * 3

REPORTS = {
    # no heading at all: the measures are in the paragraph about attracting investment
    "甲园区工作简报.txt": "甲园区工作简报\n今年以来，园区围绕招商引资采取三项措施：一是外出招商，二是以商招商，三是优化服务。\n",
    # both strings, far apart: its measures part is about roads, its investment line is elsewhere
    "乙园区工作总结.txt": "乙园区工作总结\n一、主要做法\n园区道路全面完工，供水管网同步建成。\n"
    "二、其他工作\n" + FILLER + "招商引资工作稳步开展。\n",
    # no heading: the plan opens on 下一步
    "丙园区工作简报.txt": "丙园区工作简报\n下一步，园区将加强环境保护，加快污水处理设施建设。\n",
    # both strings: its plans are about roads, environmental protection is among its results
    "丁园区工作总结.txt": "丁园区工作总结\n一、主要成效\n" + FILLER + "环境保护督查整改全部完成。\n"
    "二、下一步打算\n抓好园区道路建设，完善供水管网。\n",
    # no heading: the results are told in the paragraph (竣工, 投产)
    "辛园区工作简报.txt": "辛园区工作简报\n园区项目建设加快，三个项目竣工投产，新增产值二亿元。\n",
    # both strings: project construction among its problems, 成效 written negated there
    # 环境保护 alone: no plan, no measure
    "癸园区工作简报.txt": "癸园区工作简报\n园区开展环境保护宣传活动，发放资料五百份。\n",
    "壬园区工作总结.txt": "壬园区工作总结\n一、主要成效\n" + FILLER + "\n"
    "二、存在的问题\n项目建设进度偏慢，工作成效不明显。\n",
}
REPORTS.update({f"{name}园区工作简报.txt": f"{name}园区工作简报\n园区开展{topic}，{topic}进展顺利。\n"
                for name, topic in [("戊", "安全生产检查"), ("己", "企业走访"), ("庚", "职工培训")]})


def test_a_results_word_written_among_the_problems_finds_no_result(service):
    """壬 writes 项目建设 near 成效 (成效不明显), inside its problems: not in the results tier."""
    _, answer = titles_found(service, "项目建设 主要成效")
    rows = {r["title"]: r["match"] for r in answer["results"]}
    assert rows.get("壬园区工作总结") != "section"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "markers", REPORTS)


@pytest.mark.parametrize("q, first, other", [
    ("招商引资 主要做法", "甲园区工作简报", "乙园区工作总结"),
    ("环境保护 下一步打算", "丙园区工作简报", "丁园区工作总结"),
    ("项目建设 主要成效", "辛园区工作简报", "壬园区工作总结"),
])
def test_the_topic_beside_the_parts_own_words_comes_first(service, q, first, other):
    found, answer = titles_found(service, q)
    assert found[0] == first, found
    assert answer["results"][0]["match"] == "section"
    assert other in found and found.index(other) > 0  # the strings as typed are still found, below


def test_when_few_reports_hold_the_part_the_topic_alone_comes_last(service):
    """环境保护 下一步打算 finds few reports: 癸, which writes 环境保护 with no plan, is listed after them,
    marked as not a complete match, and ``understood`` says so."""
    from indexer.search.fallback import LOOSE

    found, answer = titles_found(service, "环境保护 下一步打算")
    assert found[-1] == "癸园区工作简报" and found.index("癸园区工作简报") > found.index("丁园区工作总结")
    assert answer["results"][-1]["match"] in LOOSE
    assert "最后列只含“环境保护”的报告" in answer["understood"]
