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
