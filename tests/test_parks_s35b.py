"""Parks, session 35 (second round): shapes read off this session's spent blind sets, counted across the labelled sets.

- A pilot free-trade zone's area written without its zone. The State's new area of a zone is called by its place and
  新片区 alone in headlines, officials' posts and the text (某某新片区党工委, 某某新片区重点产业项目开工): 3 labelled pages
  of 3 hosts write one, all labelled with it, the reader read none; no labelled page writes 新片区 otherwise. An area
  named with its zone (中国（某省）自由贸易试验区某某片区) is then called by its place and 片区 (某某片区), the same area. A
  bare 某某片区 with no zone named is a city's planning area (城东片区), and a district with its level before 新片区 names
  none.
The sentences and the numbers are our own; the places are real where the dictionary must know them.
"""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions, park_key


def _names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("市委常委、滨江新片区党工委书记出席签约仪式。", "滨江新片区"),
    ("总投资约90亿元！滨江新片区首批项目集中开工。", "滨江新片区"),
])
def test_a_new_area_of_a_free_trade_zone_named_alone(text, name):
    assert name in _names(text)


def test_an_area_named_with_its_zone_and_then_alone_is_one_area():
    text = "中国（福建）自由贸易试验区马尾片区挂牌三年来，马尾片区新设企业1200家。"
    assert "马尾片区" in _names(text)
    assert park_key("马尾片区") == park_key("中国（福建）自由贸易试验区马尾片区")
    assert park_key("滨江新片区") == park_key("中国（浙江）自由贸易试验区滨江新片区")


def test_a_headline_naming_the_new_area_names_the_report():
    title = "滨江新片区四周年重点产业项目集中开工"
    body = ("8月12日上午，滨江新片区举行重点产业项目集中开工仪式，12个项目总投资88亿元。"
            "滨江新片区管委会表示，将加快项目建设。")
    assert choose_park(title, body)[0] == "滨江新片区"


@pytest.mark.parametrize("text", [
    "城东片区和老城片区的棚户区改造全面完成。",
    "浦东新区新片区规划正在编制。",
    "要开发新片区，建设新城区。",
    "全市划分为五个片区，每个片区设一个服务站。",
])
def test_no_area_without_a_zone_or_after_a_district(text):
    assert not [n for n in _names(text) if n.endswith("片区")]
