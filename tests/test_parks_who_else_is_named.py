"""A park named beside something else is not the report's park: two parks sharing one head (甲及乙产业园区 names 甲产业
园区 and 乙产业园区 together); a county and a zone as the two parties to one thing (我县与某开发区签约, 某开发区与古田县
共同…); a street office or town inside a zone (某经开区城南街道: the street's news, the zone its address); a project
landing in a zone (项目将落地某工业集中区: where, as an event's venue is); works on a part of a zone that is itself a
project (某现代农业园核心区建设项目); officials visiting a company (县长一行莅临某集团总部) whose zone is named once
later. A place whose name holds 和 (呼和浩特, 和田) is one place, not a list of two. Each rule has a control: the park
the title names, or the lead names as its own, stays the report's. Pages are our own (tests/gold/authored/p12_*)."""
import json
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file
from indexer.reading.subject import decide_subject

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"
GOLD = json.loads((AUTHORED.parent / "authored.json").read_text(encoding="utf-8"))["pages"]
PAGES = sorted(page for page in GOLD if page.startswith("p12_"))


@pytest.mark.parametrize("page", PAGES)
def test_each_page_gets_the_title_and_park_a_person_gives_it(page):
    (gold,) = GOLD[page]
    (r,) = read_file(AUTHORED / page, AUTHORED).reports
    assert (r.title, r.park) == (gold["title"], gold["park"]), r.evidence.get("park")


def park_of(title: str, body: str):
    subject, _ = decide_subject(title, title + "\n" + body)
    return subject.park, subject.why


@pytest.mark.parametrize("title, body, park", [
    # two parks sharing one head, in the title and in the body: neither is singled out
    ("青田县石湖及云溪工业园区开工", "3月2日，青田县石湖及云溪工业园区开工建设，两个园区规划面积合计80公顷。", None),
    ("石湖工业园区、云溪工业园区联合招商推介会举行", "5月6日，石湖工业园区、云溪工业园区在杭州联合举办招商推介会。", None),
    # control: one park in the title
    ("云溪工业园区开工", "3月2日，云溪工业园区开工建设，园区规划面积40公顷，园区道路年内完工。", "云溪工业园区"),
])
def test_parks_sharing_one_head_are_two_parks(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    ("我县与白沙经济开发区签订合作协议", "4月1日，我县与白沙经济开发区举行合作协议签约仪式。白沙经济开发区与我县将共建飞地园区。", None),
    ("本市与丹溪高新区签署战略合作协议", "6月3日，本市与丹溪高新区签署战略合作协议。丹溪高新区和本市将共建创新平台。", None),
    # control: the zone is the party that speaks, named first and again on its own
    ("白沙经济开发区与省农科院签订合作协议",
     "4月1日，白沙经济开发区与省农科院签订合作协议。白沙经济开发区将提供中试基地，园区企业优先承接成果转化。",
     "白沙经济开发区"),
])
def test_a_zone_paired_with_a_place_is_one_of_two_parties(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    ("", "本报讯 今年以来，柳岸经开区东湖街道深化楼宇服务，辖区楼宇税收增长12%。街道还建成三个小微企业园，"
         "其中一个成为柳岸经开区首个星级小微企业园。", None),
    ("柳岸经开区东湖街道2023年工作总结", "2023年，街道在经开区党工委领导下，完成税收5.2亿元。", None),
    # control: the zone's own report speaking of the streets it runs (所辖街道: no one street's name)
    ("", "2023年，柳岸经开区所辖街道全部完成老旧小区改造。柳岸经开区全年完成规上工业产值210亿元。", "柳岸经开区"),
    # control: the zone's own report, which names a street office inside it later
    ("柳岸经开区2023年工作总结", "2023年，柳岸经开区完成规上工业产值210亿元。园区东湖街道完成老旧小区改造3个。",
     "柳岸经开区"),
])
def test_a_street_office_named_after_its_zone_is_the_streets(title, body, park):
    got, why = park_of(title, body)
    assert got == park, why
    if park is None and "街道" in title + body[:30]:
        assert "街道" in why


@pytest.mark.parametrize("title, body, park", [
    ("我县举行重点项目集中签约", "5月8日，我县举行重点项目集中签约仪式，签约项目12个。其中新能源装备项目将落地县城北工业集中区，"
                            "年内开工。", None),
    # control: the zone's own news of a project landing in it
    ("城北工业集中区新签约项目12个", "5月8日，城北工业集中区举行项目集中签约仪式，签约项目12个，园区今年已累计签约40个项目。",
     "城北工业集中区"),
])
def test_a_zone_named_as_where_a_project_lands_is_a_place(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    ("溪口区现代农业园核心区建设项目开工", "3月9日，溪口区现代农业园核心区建设项目开工，总投资1.8亿元。", None),
    ("溪口区现代农业园二期工程动工", "3月9日，溪口区现代农业园二期工程动工，建设育苗中心和展销中心。", None),
    # control: a development zone's phase is the zone's work (a zone is no project)
    ("溪口经济开发区二期开发建设启动", "3月9日，溪口经济开发区二期开发建设启动，开发区新增规划面积6平方公里，园区道路同步建设。",
     "溪口经济开发区"),
])
def test_works_on_a_part_of_a_project_zone_are_a_project(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("body, park", [
    ("6月12日，松阳县县长一行莅临华屹实业集团总部考察调研。\n座谈会上，县领导向集团介绍了松阳经济开发区的招商政策。", None),
    # control: the zone's own people made the visit, the zone named in the lead as who went
    ("6月12日，松阳经济开发区党工委书记一行莅临华屹实业集团总部考察，洽谈新材料项目落户事宜。\n开发区招商局负责人陪同。",
     "松阳经济开发区"),
])
def test_officials_visiting_a_company_is_the_companys_news(body, park):
    assert park_of("", body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    ("自治区领导赴呼和浩特金桥物流园区调研", "10月22日，自治区副主席赴呼和浩特金桥物流园区调研，了解园区冷链和配送情况。",
     "呼和浩特金桥物流园区"),
    # control: two zones visited, joined by 和
    ("自治区领导赴金桥物流园区和沙良物流园区调研", "10月22日，自治区副主席赴金桥物流园区和沙良物流园区调研。", None),
])
def test_a_place_with_and_in_its_name_is_one_place(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    ("园区招商的几点做法", "园区招商要聚焦细分产业。案例：青渚工业园聚焦汽车零部件，三年引进企业60家。", None),
    ("园区服务的几点体会", "企业服务要贯穿全周期。以金溪经济开发区为例，管委会设立企业服务中心，提供一站式服务。", None),
    ("园区服务的几点体会", "企业服务要贯穿全周期。例如白鹭高新区设立企业服务中心，提供一站式服务。", None),
    # control: the zone is the subject of its own sentence (为例 far after, in another clause)
    ("金溪经济开发区2023年企业服务工作总结", "2023年，金溪经济开发区设立企业服务中心，全年服务企业320家。", "金溪经济开发区"),
])
def test_a_park_given_as_an_example_is_no_subject(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("body, park", [
    ("1月5日，市人大代表开展集中视察。\n代表们先后视察了柳川高新区智能终端产业园、白溪示范区新型社区和城东物流中心。\n"
     "柳川高新区、白溪示范区负责人参加视察。", None),
    ("3月2日，考察组相继来到柳川高新区、白溪示范区和青禾农业产业园。", None),
    # control: an inspection of one zone, named as where the leader went and again as the subject
    ("3月2日，市长到柳川高新区调研。\n柳川高新区汇报了一季度经济运行情况，园区规上工业产值增长12%。", "柳川高新区"),
])
def test_a_stop_on_a_tour_of_several_places_is_a_place_seen(body, park):
    assert park_of("", body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    ("防范化解安全风险", "9月19日，检查组一行来我区开展专项检查。我区全年检查企业2800家次。\n"
                      "Copyright © 2023 青岚经济开发区管委会 版权所有\n主办：青岚经济开发区管委会", None),
    # control: the zone's own news on its own site names it in the text too
    ("防范化解安全风险", "9月19日，检查组一行来青岚经济开发区开展专项检查。青岚经济开发区全年检查企业800家次。\n"
                      "Copyright © 2023 青岚经济开发区管委会 版权所有", "青岚经济开发区"),
])
def test_a_zone_on_a_sites_footer_is_whose_site_it_is(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    ("全省开发区招商培训班在白沙经济开发区举行", "9月12日，全省开发区招商培训班举行，各地招商干部180余人参加。", None),
    # control: the zone holds its own event and is named again as who did what
    ("白沙经济开发区2024年招商大会在上海举行", "9月12日，白沙经济开发区在上海举办招商大会，白沙经济开发区现场签约项目18个。",
     "白沙经济开发区"),
])
def test_a_title_naming_where_an_event_was_held_names_no_subject(title, body, park):
    assert park_of(title, body)[0] == park


@pytest.mark.parametrize("title, body, park", [
    # a prefecture-level city (钦州市, after its province) and a bare head, with one of its zones named by its own name
    ("广西钦州市产业园区建设成效明显", "今年该市园区建设顺利推进。其中钦州经济技术开发区北部片区道路贯通，市食品加工园完成场地平整。",
     None),
    # control: a county-level city's park is so named, whatever other zone the text names
    ("樟树市工业园区2023年工作总结", "今年以来，樟树市工业园区完成工业总产值120亿元，与樟树经济开发区共建检测平台。",
     "樟树市工业园区"),
    # control: the prefecture-level name and a bare head alone, no zone of the city named: a park
    ("钦州市产业园区2023年工作总结", "今年以来，钦州市产业园区完成工业总产值86亿元，园区新增规上企业12家。", "钦州市产业园区"),
])
def test_a_prefecture_and_a_bare_head_beside_a_zone_of_its_own_name_is_the_citys_parks(title, body, park):
    got, why = park_of(title, body)
    assert got == park, why
    if park is None:
        assert "一地园区的合称" in why and "钦州经济技术开发区" in why


@pytest.mark.parametrize("title, body, park", [
    ("", "4月26日下午，位于海门经济开发区的江苏天泽化工有限公司精馏车间发生爆燃，县应急、消防等部门赶赴现场处置。", None),
    ("桐林工业区一处工厂凌晨火警", "桐林工业区内一处塑胶厂凌晨发生火警，消防局派员搶救，无人伤亡。", None),
    ("长寿区举行新兴产业项目集中签约", "11月8日，长寿区新兴产业项目集中签约。中科未来城创新产业园由研究院参与策划，"
                                 "位于长寿工业园区新市组团，一期规划用地1.44平方公里。", None),
    # control: the zone itself lies somewhere (named before 位于)
    ("", "长寿工业园区位于长寿区北部，规划面积40平方公里。今年以来，长寿工业园区完成工业产值420亿元。", "长寿工业园区"),
    # control: the zone's own news naming a firm in it, the zone the subject of its sentences
    ("海门经济开发区开展安全生产大检查", "4月26日，海门经济开发区组织安全生产大检查，海门经济开发区共检查企业46家。", "海门经济开发区"),
])
def test_a_zone_named_as_the_address_of_a_firm_is_where_it_happened(title, body, park):
    got, why = park_of(title, body)
    assert got == park, why


@pytest.mark.parametrize("text, name", [
    # who a 创业园 is for, between its place and its head: the class the State's programmes name
    ("石溪返乡创业园区新入驻企业9家", "石溪返乡创业园区"),
    ("青溪县农民工返乡创业园带动就业1800人", "青溪县农民工返乡创业园"),
    ("漳平台湾农民创业园引进台资企业12家", "漳平台湾农民创业园"),
    ("临川大学生创业园孵化项目40个", "临川大学生创业园"),
])
def test_a_startup_park_named_for_whom_it_serves(text, name):
    from indexer.reading.parks import find_park_mentions

    assert [m.name for m in find_park_mentions(text)] == [name]


@pytest.mark.parametrize("text", ["我县返乡创业园新入驻企业9家", "返乡创业园建设情况汇报"])
def test_a_startup_park_with_no_place_names_none(text):
    from indexer.reading.parks import find_park_mentions

    assert find_park_mentions(text) == []


@pytest.mark.parametrize("title, body, park, kind", [
    ("桐庐县重点项目建设全面铺开", "2月14日，桐庐县产业集聚区华锦服饰二期工程开工建设。全县2月份9个重点项目相继开工。", None, "地方"),
    ("2024年鄞州区一季度经济运行情况", "一季度，鄞州经济开发区规上工业产值增长9%，全区地区生产总值增长6%。", None, "地方"),
    # control: the title speaks of a zone (开发区), the body names it as its subject
    ("桐庐县召开经济开发区建设推进会", "3月2日，桐庐经济开发区建设推进会召开。桐庐经济开发区今年计划完成投资60亿元。",
     "桐庐经济开发区", "园区"),
    # control: a county's Party committee or government as the title's subject is no place heading (县委、县政府)
    ("桐庐县委书记到桐庐经济开发区调研", "3月2日，县委书记到桐庐经济开发区调研，桐庐经济开发区汇报了一季度工作。",
     "桐庐经济开发区", "园区"),
])
def test_a_title_opening_with_a_place_is_that_places_news(title, body, park, kind):
    subject, _ = decide_subject(title, title + "\n" + body)
    assert (subject.park, subject.kind) == (park, kind), subject.why
