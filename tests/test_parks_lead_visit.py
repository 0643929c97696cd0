"""A page without a title line whose lead opens with a visit to one park names that park, as the same words
in a headline do (authored page s11t06: once the hotline row above the lead went as furniture, the lead became
the title and its park was no longer read). Each case that names the park has one beside it that must not."""
from __future__ import annotations

import pytest

from indexer.reading.pipeline import read_file

REST = "\n调研组察看了园区仓储中心和分拣中心，听取了园区建设运营情况的介绍。\n调研组要求，园区要围绕主导产业精准招商。\n"


@pytest.mark.parametrize("lead, park", [
    # the visit's destination, the only park of the first sentence
    ("5月6日上午，青川县商务局副局长赵明一行4人到青川电商产业园实地调研，园区负责人陪同。", "青川电商产业园"),
    ("3月2日，柳岸市发改委调研组深入柳岸高新区调研企业服务工作。", "柳岸高新区"),
    # a tour of several places: none of them
    ("5月6日上午，青川县商务局调研组先后到青川电商产业园、青川物流园调研。", None),
    # the visit told in the second sentence, not the lead's first: no title's words
    ("5月6日上午，青川县商务局召开电商工作会议。会后，与会人员到青川电商产业园实地调研。", None),
    # a park as the venue of a meeting, not where someone went
    ("5月6日上午，全县招商引资推进会在青川电商产业园召开，副县长赵明出席。", None),
])
def test_a_leads_visit_to_one_park_names_it(tmp_path, lead, park):
    page = tmp_path / "lead.txt"
    page.write_text(lead + REST, encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    # no title line: the lead's first words, past its dateline (5月6日上午，: session 17's convention for news)
    assert report.title and 0 <= lead.find(report.title[:10]) <= 12
    assert report.park == park, report.evidence
