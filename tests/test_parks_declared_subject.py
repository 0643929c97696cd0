"""A title that opens with a place and names no park (某市某区新增一个千亿级平台) is the place's news, and its
parks are parts of it, unless the first sentence introduces one park and declares the short name the text then
uses for it (……——某某经济技术开发区（以下简称“经开区”）……, then 经开区 throughout): official writing
introduces its subject so. Each case that names the park has one beside it that must not."""
from __future__ import annotations

import pytest

from indexer.reading.pipeline import read_file

TITLE = "衢州市柯城区新增一个千亿级产业平台"
REST = ("\n数据显示，2023年{short}规模以上工业总产值预计达1020亿元。\n"
        "{short}负责人介绍，今年{short}将继续围绕主导产业精准招商。\n")


@pytest.mark.parametrize("first, short, park", [
    # the first sentence introduces the park and declares its short name, used twice after: the park's news
    ("衢州市柯城区国家级开发区——衢州柯城经济技术开发区（以下简称“经开区”）迎来重要时刻：1月9日，经开区召开经济发展大会。",
     "经开区", "衢州柯城经济技术开发区"),
    ("衢州柯城高新技术产业开发区（下称“高新区”）日前召开年度工作会议。", "高新区", "衢州柯城高新技术产业开发区"),
    # the park named in the first sentence, but no short name declared: the district's news, as before
    ("衢州市柯城区召开经济发展大会，衢州柯城经济技术开发区等单位作交流发言。", "全区", None),
    # a short name declared for the district itself, not for a park: the district's news
    ("衢州市柯城区（以下简称“柯城”）召开经济发展大会。", "柯城", None),
])
def test_a_park_the_first_sentence_introduces_is_the_subject_of_a_place_headed_title(tmp_path, first, short, park):
    page = tmp_path / "news.txt"
    page.write_text(TITLE + "\n\n" + first + REST.format(short=short), encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    assert report.title == TITLE
    assert report.park == park, report.evidence
