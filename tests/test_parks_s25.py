"""Park names read in session 25. Own sentences: other names than any page studied."""
from pathlib import Path

import pytest

from conftest import read_page


def park(tmp_path: Path, text: str):
    (report, *_) = read_page(tmp_path, text + "\n")
    return report.park


# a 试验区 or 示范区 built for a circular economy is a zone, as 经济开发试验区 is: what the area is for names it a zone
# (the State's 循环经济试验区 have their committees and parks); the bare area words still name none
@pytest.mark.parametrize("text, want", [
    ("青川循环经济试验区2023年首批项目集中开工\n4月8日，青川循环经济试验区2023年首批项目集中开工，共有项目18个，总投资62亿元。"
     "试验区将全力推进项目建设。", "青川循环经济试验区"),
    ("青川城乡一体化示范区召开工作会议\n4月8日，青川城乡一体化示范区召开2023年工作会议，部署全年工作。示范区各部门负责人参加会议。",
     None),
])
def test_a_circular_economy_zone_is_a_park(tmp_path, text, want):
    assert park(tmp_path, text) == want
