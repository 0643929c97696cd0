"""Park names read in session 30. Own names.

A county made a district or a city (撤县设区) is still named as a county by older reports (某某县 for today's 某某区):
the gazetteer's district or city, by its name with 县, is the place a park's name opens with; and a compound the segmenter
does not know, cut into single characters one of which it takes for a surname (富硒), describes the park with the next."""
import pytest

from indexer.reading.parks import find_park_mentions, is_division


@pytest.mark.parametrize("name", ["水城县", "南郑县", "大丰县"])
def test_a_district_or_city_by_its_former_county_name_is_a_division(name):
    assert is_division(name)


@pytest.mark.parametrize("name", ["杭州县", "浦东县", "工业县"])
def test_a_city_or_a_new_area_is_no_former_county(name):
    assert not is_division(name)


def test_a_park_named_after_a_former_county_and_its_crop(tmp_path):
    names = [m.name for m in find_park_mentions("水城县富硒茶叶产业示范园区位于县境北部，主导产业为高山茶。")]
    assert names == ["水城县富硒茶叶产业示范园区"]


def test_a_surname_before_a_head_is_no_description():
    assert find_park_mentions("杭州张工业园") == []
