"""Park names read in session 27 (reading version 108). Own titles, own names."""
import pytest

from indexer.reading.parks import choose_park

BODY = "近日，省工信厅公示了第二批化工园区认定名单。青川经济开发区已形成精细化工、新材料两大产业。"


# a title about a zone inside a park named after it (the park's name, what the zone is for or its own name, a zone's
# word): the zone, its name whole, is the report's park, as the blind sets' labellers name it (docs/labelling.md)
@pytest.mark.parametrize("title, park", [
    ("青川经济开发区精细化工区获得省级化工园区认定", "青川经济开发区精细化工区"),
    ("青川经济开发区飞地产业园2024年工作总结", "青川经济开发区飞地产业园"),
])
def test_a_title_about_a_zone_inside_a_park_names_the_zone(title, park):
    assert choose_park(title, BODY)[0] == park


# …but a project named after a park's word (…产业园项目开工) is no zone, and the park's own word for itself (园区建设) none
@pytest.mark.parametrize("title", ["青川经济开发区新型建材产业园项目开工", "青川经济开发区园区建设提速"])
def test_a_project_or_the_parks_own_word_is_no_zone_inside_it(title):
    assert choose_park(title, BODY)[0] == "青川经济开发区"


# zone kinds the heads lacked: the customs' bonded logistics centres, the State's special economic zones, a township's
# small industrial zone, a city's cultural-creative park (each a place or a proper name before the head)
@pytest.mark.parametrize("text, park", [
    ("青川保税物流中心今年进出口额增长三成", "青川保税物流中心"),
    ("青州经济特区建立四十周年", "青州经济特区"),
    ("青川县乡镇工业小区新增企业12家", "青川县乡镇工业小区"),
    ("白溪文创园区入驻设计企业40家", "白溪文创园区"),
])
def test_zone_kinds_the_state_and_counties_name(text, park):
    from indexer.reading.parks import find_parks

    assert [n for n, _ in find_parks(text)] == [park]


@pytest.mark.parametrize("text", ["物流中心今年进出口额增长三成", "经济特区建立四十周年", "文创园区入驻设计企业40家"])
def test_a_head_alone_names_no_zone(text):
    from indexer.reading.parks import find_parks

    assert find_parks(text) == []
