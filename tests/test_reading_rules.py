"""Reading rules drawn from real park-report pages (our own sentences, each showing one
pattern): what is a park's name and what is not, which line is a title, which
genre and year a report has. Each case failed before its rule was written."""
import pytest

from indexer.reading.describe import choose_doc_type, choose_park, choose_year
from indexer.reading.parks import find_parks


@pytest.mark.parametrize("text, parks", [
    # a verb phrase before a head is the report's own language, not a name
    ("努力实现高新区发展的新跨越", []),
    ("综合实力明显增强开发区主导产业更加突出", []),
    ("持续深化开发区整合提升", []),
    # a year's 年 is no place: 2021年 + 县经开区
    ("2021年县经开区在全省考核中位列第33名", []),
    # an organisation before a head: 联合会 + 化工园区工作委员会
    ("石油和化学工业联合会化工园区工作委员会召开会议", []),
    ("石油和化學工業聯合會化工園區工作委員會召開會議", []),
    # the country or a province alone names a class of parks
    ("2016中国产业园区持续发展论坛", []),
    ("在浙江省经济开发区综合考评中", []),
    # … but a municipality is a city, and a name stays a name
    ("天津经开区、广州经开区代表出席", ["天津经开区", "广州经开区"]),
    ("苏宿工业园区", ["苏宿工业园区"]),
    ("兴原工业园区", ["兴原工业园区"]),
])
def test_what_is_a_park_name(text, parks):
    assert [n for n, _ in find_parks(text)] == parks


def test_a_park_closing_a_list_with_deng_is_an_example_not_the_subject():
    body = ("近日，市应急局召开全市化工园区整治提升推进会。会上，长寿经开区新材料产业园等7个化工园区负责人"
            "分别汇报了整治提升工作情况。")
    park, _, why = choose_park("全市化工园区整治提升推进会在南川召开", body)
    assert park is None, why
