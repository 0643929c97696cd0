"""Titles read in session 40 (issue 12), each kind counted on the labelled study pages of spent hosts
(/work/scratch/s40/study) and checked on the unlabelled reach pages (bench/reading_diff.py) before it was kept.

- A lead's clause opened by 在 and closed by the localizer 下 (在…的大背景下, 在…的带动下, 在…的情况下) frames the event as
  在…的基础上 does: the circumstance, no subject and no predicate of its own; the title runs on to the clause that has
  them (docs/labelling.md). 在…的领导下 was read so before; the other nouns a circumstance is named by were not.
- 以 and its object at a clause's start, as a means or a standard (以…为核心, 以…为突破口; 以其独特的区位…), is a
  coverb's phrase with no subject: the title runs on to what was done by it or what the subject became.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page

_REST = "\n园区负责人表示，将持续优化营商环境，推动项目早落地。\n"


@pytest.mark.parametrize("lead, title", [
    ("在外需持续走弱、原材料价格上涨的大背景下，青禾经开区一季度规模以上工业产值仍增长8.2%，高于全市平均水平。",
     "在外需持续走弱、原材料价格上涨的大背景下，青禾经开区一季度规模以上工业产值仍增长8.2%"),
    ("在新能源汽车产业的带动下，松林高新区今年前三季度新签约项目46个，总投资132亿元。",
     "在新能源汽车产业的带动下，松林高新区今年前三季度新签约项目46个"),
    ("在用地指标十分紧张的情况下，南屿工业园盘活闲置厂房23万平方米。园区将继续推进低效用地再开发。",
     "在用地指标十分紧张的情况下，南屿工业园盘活闲置厂房23万平方米"),
])
def test_a_circumstance_closed_by_xia_runs_on_to_the_event(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("2031年，以建设“智慧园区”为突破口，青港综合保税区新上线企业服务平台1个，为入区企业办理业务4100余件。",
     "2031年，以建设“智慧园区”为突破口，青港综合保税区新上线企业服务平台1个"),
    ("松林经济技术开发区作为全市对外开放的窗口，以其便利的交通、完善的配套和高效的服务，成为众多外资企业落户的首选地。",
     "松林经济技术开发区作为全市对外开放的窗口，以其便利的交通、完善的配套和高效的服务，成为众多外资企业落户的首选地"),
])
def test_a_means_opened_by_yi_runs_on_to_the_act(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # the guards: a clause with its own subject and verb ends the title as before; 以来 is a time, no coverb
    ("在青禾市委的大力支持下召开的园区发展大会上，青禾经开区签约项目12个。", "在青禾市委的大力支持下召开的园区发展大会上，青禾经开区签约项目12个"),
    ("南屿高新区以电子信息为主导产业，去年实现营业收入560亿元，同比增长9.1%。", "南屿高新区以电子信息为主导产业"),
])
def test_clauses_with_their_own_predicate_still_end_the_title(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]


def test_a_genre_word_before_a_localizer_is_no_title_end(tmp_path):
    """A long lead whose frame names a programme, 在…计划下 (a genre word and a localizer), was cut there as a title run
    into its text (reach: orientaldaily.com.my, titled ")在中国倡导的…计划" and typed 工作计划)."""
    lead = ("(青禾5日讯)在青禾州政府推动的“数字青禾”计划下，松林科技园今年将新增数据中心3座，并与南屿工业园合作建设"
            "区域算力枢纽，总投资约12亿令吉。")
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == "在青禾州政府推动的“数字青禾”计划下，松林科技园今年将新增数据中心3座", report.evidence["title"]
    assert report.doc_type == "简报"


@pytest.mark.parametrize("lead, title", [
    # a subjectless attribute (its verbs first) before 的 and the noun; the predicate opens on 目前正在
    ("青禾發展機構總經理表示，隸屬該機構、位於科技園東區的員工宿舍，目前正在興建中，預計明年6月竣工。",
     "青禾發展機構總經理表示，隸屬該機構、位於科技園東區的員工宿舍，目前正在興建中"),
    # a place and a quantity before the attribute; the predicate opens on a time and a negation
    ("松林市不少位在農業用地的臨時廠房，長期以來未符土地使用規定，市府將開發南屿產業園區協助遷廠。",
     "松林市不少位在農業用地的臨時廠房，長期以來未符土地使用規定"),
])
def test_a_noun_phrase_before_its_adverb_led_predicate_is_the_subject(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == title, report.evidence["title"]


def test_a_clause_with_its_subject_and_verb_ends_before_an_adverb_led_clause(tmp_path):
    lead = "南屿经开区去年引进多家知名的企业，目前已有9家投产，预计全年新增产值15亿元。"
    (report,) = read_page(tmp_path, lead + _REST)
    assert report.title == "南屿经开区去年引进多家知名的企业", report.evidence["title"]
