"""Every class of zone in the State's catalogue of development zones is a park head: besides
经济技术开发区, 高新区, 保税区 and the like, 台商投资区 (漳州台商投资区), border and cross-border economic
cooperation zones (东兴边境经济合作区) and cross-border industrial zones; in either script, where
Traditional pages write 台 as often as OpenCC's 臺."""
import pytest

from indexer.reading.parks import find_park_mentions
from indexer.reading.pipeline import read_file


@pytest.mark.parametrize("text, name", [
    ("漳州台商投资区全年实现规上工业产值512亿元。", "漳州台商投资区"),
    ("近日，海滄台商投資區召開項目推進會。", "海沧台商投资区"),
    ("近日，海滄臺商投資區召開項目推進會。", "海沧台商投资区"),
    ("东兴边境经济合作区加快口岸建设。", "东兴边境经济合作区"),
    ("凭祥跨境经济合作区签约项目12个。", "凭祥跨境经济合作区"),
    ("珠澳跨境工业区今年进出口增长。", "珠澳跨境工业区"),
])
def test_the_catalogues_classes_of_zone_are_parks(text, name):
    assert name in [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("title, park", [
    ("漳州台商投资区2023年工作总结", "漳州台商投资区"),
    ("東興邊境經濟合作區上半年工作匯報", "东兴边境经济合作区"),
])
def test_a_report_titled_by_such_a_zone_names_it(tmp_path, title, park):
    page = tmp_path / "report.txt"
    page.write_text(f"{title}\n今年以来，园区管委会围绕年度目标，签约项目12个，签约资金36亿元。\n一、主要工作\n加快项目建设。\n",
                    encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    assert report.park == park


def test_the_figures_know_a_zone_by_the_park_heads():
    # one list of heads: whether a report's 全区 is its zone (indicators) is read from the heads' own words, so a
    # class of zone added to the heads is a zone there too
    from indexer.reading.indicators import _ZONE_PARK, _ZONE_VOICE
    from indexer.text import PARK_HEADS, ZONE_HEADS

    assert set(ZONE_HEADS) <= set(PARK_HEADS)
    for head in ZONE_HEADS:
        assert _ZONE_PARK.search(f"某某{head}") and _ZONE_VOICE.search(f"某某{head}管委会"), head
    for head in ("工业园区", "产业园", "工业区", "化学工业区"):  # an estate inside a county: its 全区 is the county
        assert not _ZONE_PARK.search(f"某某{head}"), head
