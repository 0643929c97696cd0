"""Key figures, session 18 (precision first, then recall): forms that gave a wrong or a missing figure on pages the
team had not seen, written as the language works, in our own sentences (every case marked "new" fails on main
71c3cb2; the guards pass before and after).

Precision:
- A count of projects in a state short of its verb — getting ready (正在做开工前准备, 准备开工), in talks, applying,
  arranged (安排进区企业) — is no count of that verb; 准备/打算 before a verb is an intention, as 计划 is.
- A bound in any wording is a criterion, never a figure: with a remark between the value and the bound
  (占地面积在150亩（0.1平方公里）及以上), said inclusive (及以上, （含）以上), or as where a thing falls (在 + value + 以上).
- A campaign's name in quotation marks (“20个项目推出去、10个项目引进来”的攻坚计划) holds no figure, and the plan named as a
  noun ending its clause governs nothing after it; a goal quoted (落实“…”的具体目标) still states its targets.
- A lone 百/千/万 before a classifier is a round number naming a programme (市级百项技改项目), not a count.
- A 其中 split of projects by state (拟建10个，在建7个，投产1个) gives no verb-only count.
- A plan word in a modifier of a boundary's road (南至拟建的滨河大道) does not make the area a target.
- A forecast clause with its own verb and no figure (总量将实现新的突破；) ends at its semicolon; a paragraph's forecast ends
  at a sentence that states no figure; one year named after a span since a start (自2019年…以来…，特别是2023年…) is that
  year's figure; the area a work covers (改造总面积) is not the park's.
Recall:
- A breakdown as statistical bulletins write it (分园区看，A完成…，B完成…) gives each part's figure (scope 其他) with the
  whole's name carried; a 其中 part told with its verb alone (其中，东区签约11个、合同额52亿元) is that part's count and money.
- Projects named before 等重点项目N个 are all of them (the count after the list); the park opening a sentence as its
  subject owns the 占地 after it; 进园企业 and 落户的企业 are the park's firms; firms that enter together (集体入驻).
"""
import pytest

from conftest import figures_in


def rows(text, doc_type="工作总结", heading="一、主要经济指标完成情况"):
    return sorted((f.name, f.value, f.unit, f.status, f.scope) for f in figures_in(text, doc_type, heading))


P, O = "园区", "其他"


# ------------------------------------------------------------------ a state short of the verb

@pytest.mark.parametrize("text", [
    "目前，园区有9个项目正在做开工前准备工作，另有5个项目正在办理签约手续。",  # new
    "园区有7个项目正在洽谈签约，3个项目准备开工。",  # new
    "园区4个项目正在申报入园。",
    "该区块已安排进区企业5家，正在办理入园手续。",
    "园区意向入园项目8个，储备项目20个。",
])
def test_projects_getting_ready_or_arranged_are_no_count(text):
    assert rows(text, "简报") == []


def test_an_intention_said_with_zhunbei_is_a_target():  # new
    assert rows("园区准备新签约项目10个，力争实现工业总产值30亿元。", "简报") == sorted([
        ("签约项目数", 10, "个", "目标", P), ("工业总产值", 30, "亿元", "目标", P)])


@pytest.mark.parametrize("text, expected", [
    # guards: a count that moved, beside one still getting ready; 准备工作 is a noun
    ("园区新开工项目12个，另有6个项目正在开展开工前期工作。", [("新开工项目数", 12, "个", "实际", P)]),
    ("今年以来，园区19个项目开工建设，5个项目签约落地。",
     [("新开工项目数", 19, "个", "实际", P), ("签约项目数", 5, "个", "实际", P)]),
    ("园区做好开工准备工作，新开工项目8个。", [("新开工项目数", 8, "个", "实际", P)]),
])
def test_counts_that_moved_are_still_counted(text, expected):
    assert rows(text, "简报") == sorted(expected)


# ------------------------------------------------------------------ bounds in any wording

@pytest.mark.parametrize("text", [
    "调查对象须同时符合两个条件：一是名称含物流园区；二是园区占地面积在150亩（0.1平方公里）及以上。",  # new
    "纳入统计的项目总投资须在5000万元及以上。",
    "纳入统计的项目总投资须在5000万元（含）以上。",
    "参评企业为占地面积在50亩以上、年营业收入在2000万元以上的工业企业。",
    "园区规划面积在12平方公里以上。",  # new
])
def test_a_bound_is_a_criterion_in_any_wording(text):
    assert rows(text, "其他") == []


def test_a_result_told_as_more_than_is_still_a_figure():
    assert rows("全年完成固定资产投资10亿元以上。") == [("固定资产投资", 10, "亿元", "实际", P)]


# ------------------------------------------------------------------ names, slogans and round numbers

def test_a_campaigns_quoted_name_holds_no_figure_and_its_plan_governs_nothing():  # new
    assert rows("园区实施“20个项目推出去、10个项目引进来、2家企业入园区”的项目攻坚计划，全年新签约项目12个。") == [
        ("签约项目数", 12, "个", "实际", P)]


def test_a_quoted_goal_still_states_its_targets():
    assert rows("园区将认真落实“全年完成工业总产值30亿元、实现税收1.2亿元”的具体目标。") == sorted([
        ("工业总产值", 30, "亿元", "目标", P), ("税收", 1.2, "亿元", "目标", P)])


def test_a_lone_hundred_names_a_programme():  # new
    assert rows("园区8个省级重点项目、19个市级重点产业项目、6个市级百项技改项目全部开工。") == []


def test_counts_in_chinese_numerals_are_read():
    assert rows("今年园区开工建设四个项目，十个项目签约，两个项目竣工投产。", "简报") == sorted([
        ("新开工项目数", 4, "个", "实际", P), ("签约项目数", 10, "个", "实际", P), ("竣工投产项目数", 2, "个", "实际", P)])


def test_a_split_by_state_gives_no_verb_only_count():  # new
    assert rows("今年以来，引进项目18个，其中拟建项目10个，在建项目7个，投产1个。") == [
        ("签约项目数", 18, "个", "实际", P)]


def test_a_plan_word_in_a_boundary_road_leaves_the_area_as_it_is():  # new
    assert rows("园区东至纬一路，南至拟建的滨河大道，西至国道205线，总面积3200亩。", "其他") == [
        ("面积", 3200, "亩", "实际", P)]


# ------------------------------------------------------------------ how far a forecast reaches

def test_a_forecast_clause_with_its_own_verb_ends_at_its_semicolon():  # new
    assert rows("上半年，开发区地区生产总值增长7.5%左右，总量将实现新的突破；完成规上工业总产值62.5亿元，"
                "同比增长8.1%；实现税收2.3亿元。", "简报") == sorted([
        ("工业总产值", 62.5, "亿元", "实际", P), ("税收", 2.3, "亿元", "实际", P)])


@pytest.mark.parametrize("text, expected", [
    # guards: a forecast opening the sentence governs it; a lead-in's colon governs its list
    ("预计全年经济保持平稳增长；完成工业总产值100亿元，实现税收5亿元。",
     [("工业总产值", 100, "亿元", "预计", P), ("税收", 5, "亿元", "预计", P)]),
    ("预计全年：完成工业总产值100亿元；实现税收5亿元。",
     [("工业总产值", 100, "亿元", "预计", P), ("税收", 5, "亿元", "预计", P)]),
    ("力争全年完成工业总产值100亿元；实现税收5亿元。",
     [("工业总产值", 100, "亿元", "目标", P), ("税收", 5, "亿元", "目标", P)]),
])
def test_a_forecast_opening_its_sentence_still_governs_it(text, expected):
    assert rows(text, "简报") == sorted(expected)


def test_a_paragraphs_forecast_ends_at_a_sentence_stating_no_figure():  # new
    text = ("2014年，园区建设呈现持续增长的势头。全年预计完成工业总产值11.7亿元，较上年增长19.6%。招商引资及项目建设成效显著。"
            "园区共启动实施项目5个，签约招商引资项目2个。")
    assert rows(text, "简报") == sorted([("工业总产值", 11.7, "亿元", "预计", P), ("签约项目数", 2, "个", "实际", P)])


def test_a_paragraphs_forecast_goes_on_through_its_list():
    assert rows("预计1-6月，我园完成工业总产值30亿元。上缴税收2亿元。", "简报") == sorted([
        ("工业总产值", 30, "亿元", "预计", P), ("税收", 2, "亿元", "预计", P)])


def test_one_year_named_after_a_span_is_that_years():  # new
    text = "自2019年设立管委会以来，园区累计签约项目42个，特别是2023年，园区新签约项目9个、协议资金31亿元。"
    assert rows(text, "简报") == sorted([("签约项目数", 42, "个", "累计", P), ("签约项目数", 9, "个", "实际", P),
                                       ("签约资金", 31, "亿元", "实际", P)])


def test_the_area_a_work_covers_is_not_the_parks():  # new
    assert rows("园区上半年完成道路改造总面积约6万平方米，绿化面积3万平方米。", "简报") == []


# ------------------------------------------------------------------ parts (recall)

def test_a_breakdown_gives_each_parts_figure():  # new
    text = ("一季度，园区营业收入达到1973.5亿元，同比增长2.8%。\n"
            "分片区看，航空港片区达到596.1亿元，经济技术片区达到535.1亿元。")
    assert rows(text, "简报") == sorted([("营业收入", 1973.5, "亿元", "实际", P), ("营业收入", 596.1, "亿元", "实际", O),
                                       ("营业收入", 535.1, "亿元", "实际", O)])


def test_a_breakdowns_item_takes_the_name_of_the_item_before_it():  # new
    text = "园区完成规上工业总产值62.5亿元，完成固定资产投资18.6亿元。\n分园区看，东区完成规上工业总产值38.2亿元，西区完成24.3亿元。"
    assert rows(text) == sorted([("工业总产值", 62.5, "亿元", "实际", P), ("固定资产投资", 18.6, "亿元", "实际", P),
                                 ("工业总产值", 38.2, "亿元", "实际", O), ("工业总产值", 24.3, "亿元", "实际", O)])


def test_a_part_told_with_its_verb_alone_is_the_parts_count():  # new
    text = "一季度，全区签约甲、乙等27个项目，合同额206亿元，其中，高新区签约19个、合同额193亿元，服务区签约8个、合同额13亿元。"
    assert rows(text, "简报") == sorted([
        ("签约项目数", 27, "个", "实际", O), ("签约资金", 206, "亿元", "实际", O),
        ("签约项目数", 19, "个", "实际", O), ("签约资金", 193, "亿元", "实际", O),
        ("签约项目数", 8, "个", "实际", O), ("签约资金", 13, "亿元", "实际", O)])


def test_projects_named_before_their_key_count_are_all_of_them():  # new
    assert rows("上半年，园区新开工星海电子、蓝湾材料、北辰装备等重点项目12个，竣工投产项目5个。", "简报") == sorted([
        ("新开工项目数", 12, "个", "实际", P), ("竣工投产项目数", 5, "个", "实际", P)])


def test_key_projects_started_counted_after_the_verb_and_class_are_the_verbs():
    # (session 33 convention: started key projects counted after the verb and the class, 新开工重点项目46个, are the verb's
    # count as the signed counted by a class are — the blind labels list them (eval48, and the lead's unseen pages);
    # docs/labelling.md. The count before the key projects with no event stays a subset:
    # tests/test_figures_kinds_floors_and_goal_lists.py)
    assert rows("园区新开工重点项目46个。", "简报") == [("新开工项目数", 46, "个", "实际", P)]


def test_the_park_opening_its_sentence_owns_the_land_after_it():  # new
    assert rows("西部塑料科技产业园总投资20亿元，占地500亩，分三期建设。", "其他") == [("面积", 500, "亩", "实际", P)]


@pytest.mark.parametrize("text", ["园区新签约项目12个，占地500亩。", "园区引进甲公司，占地120亩。"])
def test_land_after_a_project_or_a_firm_is_not_the_parks(text):
    assert not [r for r in rows(text, "简报") if r[0] == "面积"]


@pytest.mark.parametrize("text, expected", [
    ("到目前为止，园区落户的企业超过5000家。", [("入园企业数", 5000, "家", "实际", P)]),  # new
    ("预计今年年底进园企业将达到12家。", [("入园企业数", 12, "家", "预计", P)]),  # new
    ("8月5日，高科技园迎来12家企业集体入驻。", [("入园企业数", 12, "家", "实际", P)]),  # new
    # (a period's new arrivals are signed, as a period's new projects are: since session 54, as the blind labellers
    # read them, 5 of 5 on 4 hosts; until then an increment, no figure)
    ("今年园区新落户企业12家。", [("签约项目数", 12, "家", "实际", P)]),
])
def test_firms_settled_in_the_park(text, expected):
    assert rows(text, "简报") == sorted(expected)


def test_a_park_word_in_the_names_of_listed_projects_names_no_other_park():  # new
    from indexer.reading.indicators import find_indicators
    text = "青禾高新区2024年上半年工作总结\n上半年，新开工航空产业园二期、浪潮光电、贞明半导体等重点项目46个。"
    got = [(f.name, f.value, f.scope) for f in find_indicators(text, [], "工作总结", park="青禾高新区")]
    assert got == [("新开工项目数", 46, P)]


@pytest.mark.parametrize("text, expected", [
    ("园区实现工业总产值500亿元，其中电子信息产业实现产值200亿元，装备制造产业实现产值150亿元。",  # new
     [("工业总产值", 500, "亿元", "实际", P), ("工业总产值", 200, "亿元", "实际", O), ("工业总产值", 150, "亿元", "实际", O)]),
    ("园区实现工业总产值500亿元，其中食品加工业完成工业总产值120亿元。",  # new
     [("工业总产值", 500, "亿元", "实际", P), ("工业总产值", 120, "亿元", "实际", O)]),
    # guards: a class of firms is a subset, no figure; the park's firms are the park's
    ("园区实现工业总产值500亿元，其中高新技术产业实现产值200亿元。", [("工业总产值", 500, "亿元", "实际", P)]),
    # (the part above the size line: a part, listed with scope 其他 since session 24)
    ("园区实现工业总产值500亿元，其中规模以上工业实现产值400亿元。",
     [("工业总产值", 500, "亿元", "实际", P), ("工业总产值", 400, "亿元", "实际", O)]),
])
def test_a_named_trade_that_qizhong_singles_out_is_a_part(text, expected):
    assert rows(text, "简报") == sorted(expected)


# ------------------------------------------------------------------ the year's target beside the half year's figure

@pytest.mark.parametrize("text, expected", [
    ("全年目标任务120亿元，上半年完成工业总产值65亿元，完成年度目标的54.2%。",  # new
     [("工业总产值", 120, "亿元", "目标", P), ("工业总产值", 65, "亿元", "实际", P)]),
    ("全年任务30亿元，1-6月实际完成固定资产投资16亿元。",  # new
     [("固定资产投资", 30, "亿元", "目标", P), ("固定资产投资", 16, "亿元", "实际", P)]),
    ("预计全年实现营业收入100亿元，上半年完成50亿元。",  # new
     [("营业收入", 100, "亿元", "预计", P), ("营业收入", 50, "亿元", "实际", P)]),
    # guards: a striving adverb governs a plan by periods; the half year's own forecast stays one
    ("力争全年完成工业总产值120亿元，上半年完成60亿元。",
     [("工业总产值", 120, "亿元", "目标", P), ("工业总产值", 60, "亿元", "目标", P)]),
    ("工业总产值：全年目标120亿元，1-6月预计完成65亿元，占年度目标的54%。",
     [("工业总产值", 120, "亿元", "目标", P), ("工业总产值", 65, "亿元", "预计", P)]),
])
def test_the_years_target_beside_the_half_years_figure(text, expected):
    assert rows(text, "简报") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("青山工业园区是省级开发区，面积12平方公里。", [("面积", 12, "平方公里", "实际", P)]),  # new
    ("园区总用地面积约860公顷。", [("面积", 860, "公顷", "实际", P)]),  # new
    ("该工业区面积约18.6公顷，区内公共设施已完成。", [("面积", 18.6, "公顷", "实际", P)]),  # new
    # guards: a project's land, a building's land
    ("项目建设总用地面积986.11亩，总投资估算为31.5亿元。", []),
    ("青山工业园区是由某集团投资建设的项目，面积120亩。", []),
    ("园区新建厂房用地面积50亩。", []),
])
def test_the_parks_area_in_its_own_description(text, expected):
    assert [r for r in rows(text, "其他") if r[0] == "面积"] == expected


@pytest.mark.parametrize("text, expected", [
    ("7月26日，园区9个总投资12.5亿元的项目集中开工。", [("新开工项目数", 9, "个", "实际", P)]),  # new
    ("园区9个项目集中入驻园区开工奠基。", [("新开工项目数", 9, "个", "实际", P)]),  # new
    # guards: a bound on the cost is a class; projects signed stay signed
    ("投资超亿元的8个项目集中开工。", []),
    ("园区12个项目集中签约，总投资50亿元。", [("签约项目数", 12, "个", "实际", P), ("签约资金", 50, "亿元", "实际", P)]),
])
def test_projects_counted_with_their_cost_before_the_noun(text, expected):
    assert rows(text, "简报") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("今年园区力保工业总产值达到100亿元。", [("工业总产值", 100, "亿元", "目标", P)]),  # new
    ("全年争创税收1亿元。", [("税收", 1, "亿元", "目标", P)]),  # new
    ("冲刺全年工业总产值100亿元。", [("工业总产值", 100, "亿元", "目标", P)]),  # new
    ("园区谋划新开工项目20个。", [("新开工项目数", 20, "个", "目标", P)]),  # new
    ("按照年度计划，全年需完成固定资产投资30亿元。", [("固定资产投资", 30, "亿元", "目标", P)]),  # new
    # guards: the same characters in other words
    ("园区相应完成固定资产投资30亿元。", [("固定资产投资", 30, "亿元", "实际", P)]),
    ("园区在冲刺阶段完成固定资产投资30亿元。", [("固定资产投资", 30, "亿元", "实际", P)]),
])
def test_the_modal_verbs_of_a_duty_or_a_push_make_a_target(text, expected):
    assert rows(text, "简报") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("各园区中，东湖工业园完成工业总产值120亿元，同比增长9%；西山工业园完成80亿元，同比增长5%。",  # new
     [("工业总产值", 120, "亿元", "实际", O), ("工业总产值", 80, "亿元", "实际", O)]),
    ("电子信息产业完成工业总产值200亿元，装备制造产业完成150亿元。",  # new
     [("工业总产值", 200, "亿元", "实际", O), ("工业总产值", 150, "亿元", "实际", O)]),
    # guards: the park and a town are not parts told in turn; a class of firms is no part
    ("园区完成工业总产值120亿元，西山镇完成80亿元。", [("工业总产值", 120, "亿元", "实际", P)]),
    ("新材料产业实现工业产值12.5亿元，高新技术产业实现8亿元。", [("工业总产值", 12.5, "亿元", "实际", O)]),
])
def test_parts_told_in_turn_carry_the_first_ones_name(text, expected):
    assert rows(text, "简报") == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # (a named trade's output, a part with scope 其他 until session 40, is no figure since: a park's output split by
    # industry, as its investment by industry is none — docs/labelling.md)
    ("光伏产业总产值达35亿元。", []),
    # guards: a class of industries is no part of its own (高新技术, 主导), nor is a share
    ("高新技术产业总产值达35亿元。", []),
    ("园区四大主导产业总产值达35亿元。", []),
    ("电子信息产业产值占工业总产值的40%。", []),
])
def test_one_named_trades_output_is_no_figure(text, expected):
    assert rows(text, "简报") == sorted(expected)
