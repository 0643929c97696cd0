"""A park named where the report has none (session 42, precision).

- A science park's administration is the report's voice only where it is a clause's subject (竹科管理局表示…). Named
  as another actor's partner or object — 县府与竹科管理局携手…, 经发局联手南科管理局…, 向中科管理局建议, 获中科管理局
  同意 — the sentence's subject is that other actor (a county, a city's bureau) and the park speaks of nothing.
- A headline that speaks of some parks by a quantity (部分科学园区, 多个开发区, 一些工业园区, 若干高新区), as one speaking
  of all of them (各, 所有, 全市) or counting them (三个开发区) does, is about them together: a site the text names later is
  one of them. This holds for a lead read as the title too. Some firms or projects (多个项目落户园区) count no parks.
- An adjective of a word and the suffix 化 before a head (智慧化物流园区, 现代化产业园区, 标准化园区) says what the zone is
  like, as 最大 or 一流 do: no name, however often the page repeats it. A name with it after its own word (某某 +
  一体化产业园), a place ending in 化 (怀化) and 化工 (精细化工 +
  业园区) are not it.
Places are real divisions; the sentences and numbers are invented.
"""
import pytest

from tests.conftest import read_page


@pytest.mark.parametrize("text", [
    # (a county and the administration as partners: the county acts)
    "招商说明会圆满落幕\n县府与竹科管理局昨天携手举办招商说明会，吸引120位业者与会，现场询问踊跃。\n"
    "县长表示，将持续改善投资环境。\n",
    # (a city's bureau joined by the administration: the bureau acts)
    "市经发局联手南科管理局办说明会 6家业者表达投资意愿\n"
    "市经发局联手南科管理局、加工处举办招商说明会，吸引40家企业参与，其中6家表达投资意愿。\n",
    # (the administration as the object of a request)
    "县长向中科管理局建议扩大产业类别\n县长日前向中科管理局建议开放更多产业进驻，以带动地方就业。\n",
])
def test_a_science_park_administration_as_a_partner_or_object_does_not_speak(tmp_path, text):
    report = read_page(tmp_path, text)[0]
    assert report.park is None
    assert report.subject.rule != "科学园区管理局"


@pytest.mark.parametrize("text, park", [
    ("营业额创新高\n竹科管理局表示，今年前三季营业额达新台币8000亿元，年增12%。\n", "新竹科学园区"),
    # (the administration first, its partner after: the administration acts)
    ("招商说明会登场\n中科管理局与县府今天共同举办招商说明会，已有5家厂商表达进驻意愿。\n", "中部科学园区"),
])
def test_a_science_park_administration_opening_a_clause_still_speaks(tmp_path, text, park):
    assert read_page(tmp_path, text)[0].park == park


@pytest.mark.parametrize("text", [
    # (a headline of some science parks; the text names a site of one)
    "调查组将调查部分科学园区土地闲置情形\n调查组下周赴竹科龙潭基地实地履勘，听取竹科管理局简报。\n",
    # (the same, the page's title line lost: the lead read as the title)
    "调查组将深入调查部分科学园区土地闲置情形，下周赴竹科龙潭基地与宜兰科学园区实地履勘。\n"
    "调查组认为，部分园区土地使用率偏低。\n",
    ("省政府同意多个开发区调整区位\n近日，省政府批复同意凤阳经济开发区调整区位，面积由12平方公里调整为15平方公里。\n"),
])
def test_a_headline_of_some_parks_is_about_none_of_them(tmp_path, text):
    report = read_page(tmp_path, text)[0]
    assert report.park is None
    assert "几个园区合在一起" in report.evidence["park"]


def test_some_projects_coming_to_a_park_still_name_it(tmp_path):
    text = ("多个项目落户青山经济开发区\n3月2日，青山经济开发区举行项目签约仪式，8个项目落户，总投资36亿元。"
            "开发区今年已引进项目21个。\n")
    assert read_page(tmp_path, text)[0].park == "青山经济开发区"


@pytest.mark.parametrize("text, park, not_named", [
    ("超市龙头最大智慧化物流园区在冈山动土\n超市龙头除在高雄冈山本洲产业园区打造自动化物流中心及智慧化物流园区，"
     "今天又为新的低温厂房动土。\n新厂房位于冈山本洲产业园区，预计明年完工，届时本洲产业园区将是其最大的智慧化物流园区。\n",
     "高雄冈山本洲产业园区", "智慧化物流园区"),
    ("现代化产业园区建设提速\n青山县将建设现代化产业园区，县里的现代化产业园区今年完成投资8亿元。\n", None, "现代化产业园区"),
])
def test_a_zone_described_by_an_ized_adjective_is_no_name(tmp_path, text, park, not_named):
    report = read_page(tmp_path, text)[0]
    assert report.park == park
    assert not_named not in report.parks_mentioned


@pytest.mark.parametrize("text, park", [
    ("怀化经济开发区一季度新签项目12个\n怀化经济开发区一季度新签约项目12个，总投资56亿元。\n", "怀化经济开发区"),
    ("泰兴精细化工业园区一季度产值增长12%\n泰兴精细化工业园区一季度完成工业产值85亿元。\n", "泰兴精细化工业园区"),
    # (a firm's name, then the adjective: the firm's park is named by it)
    ("走进青禾一体化产业园\n记者走进位于福州市的青禾一体化产业园，园区今年产值预计突破300亿元。\n", "青禾一体化产业园"),
])
def test_a_place_or_a_chemical_zone_ending_in_hua_keeps_its_name(tmp_path, text, park):
    assert read_page(tmp_path, text)[0].park == park


@pytest.mark.parametrize("title", [
    "国家高新技术产业开发区总数达178家",
    "全国国家级经开区数量增至232家",
    "我省省级以上开发区总数已突破120个",
])
def test_a_headline_telling_how_many_parks_there_are_is_about_none(tmp_path, title):
    # (session 42's unseen pages: a national count's news named the one park its body gave an example of)
    text = (title + "\n记者从有关部门获悉，截至11月，" + title + "。其中，青禾高新区营业收入增长12%，"
            "成为区域创新的重要引擎。\n")
    (report,) = read_page(tmp_path, text)
    assert report.park is None, report.evidence["park"]


def test_a_park_whose_count_of_firms_is_told_keeps_its_name(tmp_path):
    # (guard: the number of a park's firms is no count of parks)
    text = "青禾高新区企业总数达1780家\n记者从青禾高新区获悉，截至11月，青禾高新区企业总数达1780家，同比增长12%。\n"
    (report,) = read_page(tmp_path, text)
    assert report.park == "青禾高新区", report.evidence["park"]
