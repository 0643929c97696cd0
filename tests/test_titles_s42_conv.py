"""Reading in session 42 (lead-title conventions counted on the 521 labelled study pages), each pattern with our own
sentences: a purpose opening a lead (为…，某单位…; 为…，5月14日，某单位…) is kept in the title, which runs on past it to the
clause of who acts — the study labels keep it 7 of 8 pages, on 7 hosts; and a subject in the frame it acts in, closed by
下 (某开发区企业在…的支持下，克服…), runs on to the subject's predicate — the study labels 2 of 2, on 2 hosts, as past
在…领导下 opening the lead. docs/labelling.md records both with their counts."""
import pytest

from conftest import read_page
from indexer.reading import titles


@pytest.mark.parametrize("lead, title", [
    # the purpose, no day, then who acts
    ("为抢抓新能源汽车产业机遇，青溪经济开发区管委会出台专项扶持办法，明确了用地、资金和人才保障措施。",
     "为抢抓新能源汽车产业机遇，青溪经济开发区管委会出台专项扶持办法"),
    # the purpose, its basis, then the unit that acted
    ("为进一步摸清园区企业用工情况，按照市人社局统一部署，松岭工业园区管委会组织工作人员走访了园区46家企业，形成调研报告。",
     "为进一步摸清园区企业用工情况，按照市人社局统一部署，松岭工业园区管委会组织工作人员走访了园区46家企业"),
    # the purpose in the Traditional script, then the bureau and its act
    ("為協助園區中小企業轉型，北灣科學園區管理局推出數位轉型輔導計畫，並於今(8)日舉辦說明會。",
     "為協助園區中小企業轉型，北灣科學園區管理局推出數位轉型輔導計畫"),
    # the purpose going on, then the day, then the event (the day kept after the purpose, as the lead writes it)
    ("为进一步展示园区投资环境，充分利用春季招商周平台，4月9日，青溪高新区管委会在杭州成功举办专场招商推介会，签约项目6个。",
     "为进一步展示园区投资环境，充分利用春季招商周平台，4月9日，青溪高新区管委会在杭州成功举办专场招商推介会"),
])
def test_a_purpose_opening_the_lead_is_kept_and_runs_on_to_who_acts(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n会上，相关部门负责人作了政策解读。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # must-not: 为期 and 为主 are no purpose; a lead of a headline's length is whole; a lead all purpose (no unit acting)
    # keeps its first words running on as before; a subject's own clause of purpose with its act (为…提供了保障) ends it
    ("为期两天的青溪经开区项目观摩活动今天启动，30余个项目接受观摩。", "为期两天的青溪经开区项目观摩活动今天启动"),
    ("为推进项目建设，松岭园区出台新办法。", "为推进项目建设，松岭园区出台新办法"),
    ("为加快园区转型升级，优化园区产业结构，充分发挥龙头企业带动作用，推动上下游企业协同发展。",
     "为加快园区转型升级，优化园区产业结构"),
    ("今年以来，青溪园区为推进项目建设提供了有力保障，全年新开工项目16个，竣工投产9个。",
     "今年以来，青溪园区为推进项目建设提供了有力保障"),
])
def test_what_is_no_purpose_opening_a_lead_reads_as_before(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n会上，相关部门负责人作了政策解读。\n")
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # a subject, then whose support, then what it did
    ("今年上半年，在原材料价格持续上涨的情况下，松岭经开区企业在省市有关部门的支持下，克服重重困难，保持了平稳增长。",
     "今年上半年，在原材料价格持续上涨的情况下，松岭经开区企业在省市有关部门的支持下，克服重重困难"),
    # a government under a condition, then its act
    ("青溪县政府在确保安全的前提下，全力推动园区企业复工复产，目前复工率已达九成。",
     "青溪县政府在确保安全的前提下，全力推动园区企业复工复产"),
    # whose leadership after the subject, in the Traditional script
    ("今年以來，北灣科技產業園區在管理處帶領下，積極推動產業升級，營業額成長12%。",
     "今年以來，北灣科技產業園區在管理處帶領下，積極推動產業升級"),
])
def test_a_subject_in_its_frame_closed_by_xia_runs_on_to_its_predicate(lead, title):
    assert titles.title_from_lead([lead]) == title


@pytest.mark.parametrize("lead, title", [
    # must-not: a verb after the frame inside the clause (在…下完成了…) is its predicate; a frame closed by 中 (在…活动中)
    # is not this form
    ("去年，松岭园区在各方支持下完成了全部征地任务，为项目落地打下基础。", "去年，松岭园区在各方支持下完成了全部征地任务"),
    ("3月5日，青溪经开区在春季招商活动中签约项目12个，总投资30亿元。", "3月5日，青溪经开区在春季招商活动中签约项目12个"),
])
def test_a_clause_with_its_own_verb_ends_the_title_as_before(lead, title):
    assert titles.title_from_lead([lead]) == title


def test_a_year_a_span_runs_from_before_the_events_year_is_no_year_of_the_report(tmp_path):
    # the purpose kept in the title brings the lead's background with it: since 2015 (2015年以来) is no report's year
    # where the title names the event's later year
    lead = ("为全面掌握全省产业园区运营情况，推动园区高质量发展，青溪省园区协会在2015年以来四次调查的基础上，"
            "于2023年组织开展了第五次全省产业园区调查。")
    (report,) = read_page(tmp_path, lead + "\n调查对象为全省各类产业园区。\n")
    assert report.title == lead.rstrip("。"), report.evidence["title"]
    assert report.year == 2023, report.evidence["year"]
