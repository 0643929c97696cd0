"""The report's park, named as official writing forms a zone's name (session 42).

- An area word closes a zone's name where a place opens it: 示范区, 实验区, 试验区 (an area the State or a province
  designates) and 配套区 (the area built beside a zone to serve it) — 某某湾示范区, 某某航空港经济综合实验区, 中哈某某国际
  边境合作中心配套区. Where such a name opens the title, a part of it or the first sentence, and the text treats it as a
  zone (firms settle in it, its committee, projects entering it, 该区 after its name), it is the report's park. The same
  words name a programme — a class the State confers (某市国家自主创新示范区, 全国…示范区) or a reform of a region's
  governance (综合配套改革试验区, 城乡一体化示范区) — and a clause (某市召开示范区建设会) holds a verb: those name none.
Places are real divisions (the gazetteer vouches for them); the sentences and numbers are invented.
"""
import pytest

from tests.conftest import read_page


@pytest.mark.parametrize("text, park", [
    ("总投资48亿元 启东江海联动开发示范区15个项目集中开工\n3月5日，启东江海联动开发示范区一季度15个项目集中开工。"
     "示范区党工委负责人介绍，今年将新引进亿元项目20个。\n", "启东江海联动开发示范区"),
    ("8月9日，洛阳航空港经济综合实验区工作会议召开，会上通报了该区上半年的发展情况：地区生产总值完成120.5亿元，同比增长"
     "9.2%。\n智能终端产业稳步发展，入区项目累计达到56个。\n", "洛阳航空港经济综合实验区"),
    ("9月3日上午，12个工业项目在中哈霍尔果斯国际边境合作中心配套区内集中开工，总投资26亿元。\n配套区已入驻企业41家。\n",
     "中哈霍尔果斯国际边境合作中心配套区"),
])
def test_a_zone_named_by_a_place_and_an_area_word_opening_the_page_is_its_park(tmp_path, text, park):
    assert read_page(tmp_path, text)[0].park == park


def test_inspect_says_what_the_text_says_of_an_area_zone(tmp_path):
    report = read_page(tmp_path, "总投资48亿元 启东江海联动开发示范区15个项目集中开工\n3月5日，启东江海联动开发示范区"
                                 "一季度15个项目集中开工。示范区党工委负责人介绍，今年将新引进亿元项目20个。\n")[0]
    assert "以“示范区”结尾" in report.evidence["park"] and "该区" in report.evidence["park"]


@pytest.mark.parametrize("text", [
    # (a class the State confers on a city's zones, and the national class: a programme, no zone)
    "温州国家自主创新示范区建设推进会召开\n会上，入驻企业代表作了发言，该区今年新增高新技术企业80家。\n",
    "全国农业现代化示范区名单公布\n各地入驻企业踊跃，该区域发展迅速。\n",
    # (a reform of a whole region's governance)
    "成都城乡统筹综合配套改革试验区建设取得新进展\n该区今年新增落户项目35个。\n",
    # (a clause: the city holds a meeting about its area, a verb between the place and the area word)
    "洛阳召开示范区建设推进会\n会上通报了该区上半年入驻企业情况。\n",
    # (the area named without anything the text says of a zone: no firms, no committee, no 该区)
    "启东江海联动开发示范区总体规划通过专家评审\n专家组一致认为，规划定位准确、布局合理。\n",
    # (named in passing, deep in a company's news: the page is the company's)
    "某某精密机械公司新厂房竣工\n5月8日，某某精密机械公司新厂房竣工投用，年产值可达3亿元。公司负责人表示，将加快扩大产能。"
    "去年，该公司还在启东江海联动开发示范区落户了一个配套项目。\n",
])
def test_an_area_word_after_a_programme_a_clause_or_in_passing_names_no_park(tmp_path, text):
    assert read_page(tmp_path, text)[0].park is None


# A part of a zone named by the place it lies in and a part's word, right after the zone's name (某科学城 + 璧山 + 片区,
# 中关村科技园区 + 石景山 + 园): where the title is about the part, the part, named whole, is the report's park
# (docs/labelling.md: a zone inside a park named after it). The title may name it by the zone's own place alone and the
# part's (中关村 + 石景山园) where the body writes it whole.
@pytest.mark.parametrize("text, park", [
    ("总投资85亿元 东部(合肥)科学城肥西片区12个项目集中开工\n4月2日，东部(合肥)科学城肥西片区12个项目集中开工。"
     "片区已入驻企业230家。\n", "东部（合肥）科学城肥西片区"),
    ("中关村昌平园印发实施提升三年行动计划\n近日，昌平区印发《中关村科技园区昌平园提升三年行动计划》。计划到2026年，"
     "园区企业总收入突破3000亿元。\n", "中关村科技园区昌平园"),
])
def test_a_part_of_a_zone_named_by_its_place_is_the_reports_park_named_whole(tmp_path, text, park):
    assert read_page(tmp_path, text)[0].park == park


@pytest.mark.parametrize("text, not_park", [
    # (a part named by what it is for, no place: the title is the science city's)
    ("东部(合肥)科学城创新片区12个项目集中开工\n4月2日，东部(合肥)科学城创新片区12个项目集中开工，入驻企业30家。\n",
     "东部（合肥）科学城创新片区"),
    # (a district's name and 园林 after the zone's name: the district's gardens, no part of the zone)
    ("东部(合肥)科学城蜀山园林绿化提升工程开工\n4月2日，东部(合肥)科学城蜀山园林绿化提升工程开工，入驻企业30家。\n",
     "东部（合肥）科学城蜀山园"),
    # (the district and its park, the body never writing the part after the zone's name: no part named)
    ("中关村昌平园印发实施提升三年行动计划\n近日，昌平区印发行动计划。中关村科技园区企业总收入突破3000亿元。\n",
     "中关村科技园区昌平园"),
])
def test_a_part_named_by_no_place_or_never_written_whole_is_not_the_park(tmp_path, text, not_park):
    assert read_page(tmp_path, text)[0].park != not_park


# A count of what settles in a zone — its projects or its firms — then what they do there (四大项目落子开发区, 400家台企
# 投资高新区) counts no parks: the headline is about the zone they come to, which the text then names. A count of parks
# (三大园区, 6个共建园区: what the parks are, even a verb of building them) still says several parks together.
@pytest.mark.parametrize("text, park", [
    ("宜昌：四大项目落子开发区 投资总额21亿元\n近日，宜昌开发区4个重大项目集中签约，总投资21亿元。\n", "宜昌开发区"),
    ("超300家台企投资高新区\n截至目前，昆山高新区累计引进台资企业312家，总投资45亿美元。\n", "昆山高新区"),
])
def test_a_count_of_projects_or_firms_before_a_bare_head_counts_no_parks(tmp_path, text, park):
    assert read_page(tmp_path, text)[0].park == park


@pytest.mark.parametrize("title", ["全市6个共建园区考核结果出炉", "四大园区项目建设提速", "全市12家省级开发区年度考评揭晓"])
def test_a_count_of_parks_in_the_headline_still_names_none(tmp_path, title):
    text = f"{title}\n近日，宜昌开发区、枝江经济开发区等园区考核结果公布，宜昌开发区位列第一。\n"
    assert read_page(tmp_path, text)[0].park is None
