"""Key figures read in session 28 (issue 16's recall). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(sentence: str, park: str = "青川产业园", doc_type: str = "简报"):
    return [(f.name, f.value, f.unit, f.status, f.scope) for f in find_indicators(sentence, doc_type=doc_type, park=park)]


def named(sentence: str, name: str, **kw):
    return [f[1:] for f in figures(sentence, **kw) if f[0] == name]


# the signed projects' money glued to their count, its noun or none between and no stop (签约项目40个投资额203.8亿元,
# 累计签约项目325个1617亿元): how dense summaries and headlines pair a count with what it is worth
@pytest.mark.parametrize("sentence, money", [
    ("青川产业园签约项目23个投资额86.4亿元。", (86.4, "亿元", "实际", "园区")),
    ("青川产业园累计签约项目214个1035亿元，到位资金88亿元。", (1035, "亿元", "累计", "园区")),
    ("青川产业园签约项目23个 总投资86.4亿元", (86.4, "亿元", "实际", "园区")),
])
def test_the_money_glued_to_a_signed_count(sentence, money):
    assert money in named(sentence, "签约资金")


# must not: the money after a split of the count is the part's (其中外资项目…), a planned signing stays a target, and a
# count of projects started is no signing
@pytest.mark.parametrize("sentence", [
    "青川产业园签约项目23个，其中外资项目5个，总投资3亿美元。",
    "青川产业园开工项目23个投资额86.4亿元。",
])
def test_no_signed_money_where_the_count_is_no_signing(sentence):
    # (the part's money, 其中外资项目5个，总投资3亿美元, is the part's own, scope 其他, as the blind labellers list it:
    # session 29, tests/test_figures_s29.py — never the park's)
    assert [f for f in named(sentence, "签约资金") if f[3] == "园区"] == []


def test_a_planned_signing_glued_to_its_money_stays_a_target():
    assert named("今年青川产业园计划签约项目30个120亿元。", "签约资金") == [(120, "亿元", "目标", "园区")]


# projects brought in under an agreement or a contract (协议引进项目, 合同引进项目) are signed ones, as 合同项目 is; an
# agreement of intent stays none (意向), and 协议 before money keeps naming the signed sum, never a count
def test_projects_brought_in_under_an_agreement_are_signed():
    got = figures("截至目前，青川综合保税区协议引进项目14项，总投资约3.6亿美元。")
    assert ("签约项目数", 14, "项", "累计", "园区") in got  # (signed up to a day, counted from none: 累计 since session 54, as the blind labellers read it)
    assert ("签约资金", 3.6, "亿美元", "累计", "园区") in got


@pytest.mark.parametrize("sentence", [
    "青川产业园意向引进项目14项。",
    "青川产业园意向协议引进项目14项。",
])
def test_projects_sought_under_an_intent_are_no_signed_count(sentence):
    assert named(sentence, "签约项目数") == []


# projects counted before their noun and started in other words than 开工 (动工, 启动建设), as the name forms already
# read them after it (动工项目29个): the start of building; a plan's and a pool's stay none of the done count
@pytest.mark.parametrize("sentence, count", [
    ("青川产业园12个项目集中动工，总投资40亿元。", (12, "个", "实际", "园区")),
    ("今年，青川产业园15个项目启动建设。", (15, "个", "实际", "园区")),
    ("青川产业园计划16个项目集中动工。", (16, "个", "目标", "园区")),
])
def test_projects_started_said_dong_gong(sentence, count):
    assert named(sentence, "新开工项目数") == [count]


# 按计划/按照计划 (as planned) tells how a thing was done, no plan of it: the figure stays done; 计划 alone stays a target
@pytest.mark.parametrize("sentence, status", [
    ("一季度按计划如期动工的甲厂、乙厂等16个项目，总投资70.8亿元。", "实际"),
    ("青川产业园按照计划完成固定资产投资12亿元。", "实际"),
    ("青川产业园计划完成固定资产投资12亿元。", "目标"),
])
def test_done_as_planned_is_done(sentence, status):
    assert {f[3] for f in figures(sentence)} == {status}


# a headline's figure with no period and the text's same figure with its period (一季度…16个项目) are one statement,
# listed once with the text's period; two periods' equal values stay two
def test_a_headlines_figure_and_the_texts_dated_one_are_one():
    from indexer.reading.indicators import find_indicators
    text = "青川产业园16个项目集中动工\n一季度，青川产业园甲厂、乙厂等16个项目集中动工，总投资70.8亿元。\n"
    got = [(f.name, f.value, f.period) for f in find_indicators(text, doc_type="简报", park="青川产业园",
                                                                title="青川产业园16个项目集中动工")
           if f.name == "新开工项目数"]
    assert got == [("新开工项目数", 16, "一季度")]


def test_equal_values_of_two_periods_stay_two():
    text = "一季度，青川产业园完成工业总产值20亿元。二季度，青川产业园完成工业总产值20亿元。\n"
    got = [(f.value, f.period) for f in find_indicators(text, doc_type="简报", park="青川产业园") if f.name == "工业总产值"]
    assert len(got) == 2


# name forms as news and bulletins write them: the size term quoted (“规上”企业), the firms as the subject of 增加值 with the
# verb inside (工业企业完成增加值), 引入 for 引进 (counted so far, as 引进企业 is), 工商/工贸 as a kind after 各类 (拥有各类工商企业)
@pytest.mark.parametrize("sentence, figure", [
    ("截至目前，青川产业园已入驻企业412家，其中“规上”企业37家。", ("规上企业数", 37, "家", "实际", "园区")),
    ("前三季度，青川产业园全部工业企业完成增加值28.4亿元，同比增长12%。", ("工业增加值", 28.4, "亿元", "实际", "园区")),
    ("截至目前，青川产业园累计引入企业326家。", ("入园企业数", 326, "家", "累计", "园区")),
    ("截至目前，青川产业园拥有各类工商企业480多户。", ("入园企业数", 480, "户", "实际", "园区")),
])
def test_name_forms_of_news_and_bulletins(sentence, figure):
    assert figure in figures(sentence)


# the time since the park began (成立十年来, 建区以来) is a cut-off as 截至 is: the firms brought in are all it holds;
# brought in within a year they stay how many came
@pytest.mark.parametrize("sentence, count", [
    ("青川产业园成立八年来，引入企业316家，在孵企业120家。", [(316, "家", "实际", "园区")]),
    ("自建区以来，青川产业园已引进企业205家。", [(205, "家", "累计", "园区")]),
    ("今年青川产业园引入企业12家。", []),
])
def test_firms_brought_in_since_the_park_began(sentence, count):
    assert named(sentence, "入园企业数") == count


# 其中 splits the count said right before it: after another count (在孵企业…), its items are that count's, not the park's
def test_a_split_after_another_count_is_not_the_parks_firms():
    got = named("青川产业园成立八年来，引入企业316家，在孵企业120家，其中5家成功上市。", "入园企业数")
    assert got == [(316, "家", "实际", "园区")]


# a paragraph opened by the year's plans (2023年，某市计划…) governs the figures after it said with no word of what was
# done; a sentence with a clause of a period so far past its opening (通过开展…行动，今年前9个月，…) tells what was done
def test_a_period_so_far_ends_the_paragraphs_plan():
    text = ("2023年，青川市计划推进重大项目120项，固定资产投资30亿元以上。通过开展项目攻坚行动，今年前9个月，"
            "青川产业园固定资产投资完成18亿元，同比增长40%。\n")
    got = figures(text)
    assert ("固定资产投资", 18, "亿元", "实际", "园区") in got
    assert ("固定资产投资", 30, "亿元", "目标", "其他") in got


def test_the_plans_next_figure_with_no_period_stays_a_target():
    text = "2023年，青川产业园计划推进重大项目120项，固定资产投资30亿元以上。引进亿元以上项目12个，新开工项目20个。\n"
    assert ("新开工项目数", 20, "个", "目标", "园区") in figures(text)


# 进 before a name makes it another quantity only as 进出口 does; 促进/推进 (furthering) are verbs of their own clause
# (促进园内现有企业48家, 促进开工项目14个)
@pytest.mark.parametrize("sentence, figure", [
    ("青川产业园促进园内现有企业48家，其中工业企业35家。", ("入园企业数", 48, "家", "实际", "园区")),
    ("今年，青川产业园力争促进开工项目14个。", ("新开工项目数", 14, "个", "目标", "园区")),
])
def test_furthering_is_no_part_of_the_name(sentence, figure):
    assert figure in figures(sentence)


def test_the_part_of_the_firms_furthered_stays_a_part():
    # (其中工业企业35家, a kind of the firms, was read as a part until session 36: no count now, tests/test_figures_s36.py)
    assert [f for f in figures("青川产业园促进园内现有企业48家，其中工业企业35家。") if f[1] == 35] == []
    assert named("青川产业园进出口额12亿元。", "出口额") == []


# projects landed (落地项目, 落户项目) are signed and settled in the park, as 落户 is said of projects coming in; their
# cost said with 项目 before it (项目总投资…) is their signed money. Landed and started (落地开工项目) stay new starts,
# and a plan's landings stay targets
@pytest.mark.parametrize("sentence, figure", [
    # (signed up to a day, counted from none: 累计 since session 54, as the blind labellers read it)
    ("截至9月底，青川产业园共落地项目41个，项目总投资76.5亿元。", ("签约项目数", 41, "个", "累计", "园区")),
    ("截至9月底，青川产业园共落地项目41个，项目总投资76.5亿元。", ("签约资金", 76.5, "亿元", "累计", "园区")),
    ("计划到2026年，青川产业园落地项目30个以上。", ("签约项目数", 30, "个", "目标", "园区")),
    ("青川产业园落地开工项目26个。", ("新开工项目数", 26, "个", "实际", "园区")),
])
def test_projects_landed_are_signed(sentence, figure):
    assert figure in figures(sentence)


def test_landed_and_started_is_no_signing():
    assert named("青川产业园落地开工项目26个。", "签约项目数") == []


# a park's size (规模) measured in land right after the park word is its area, said directly or as a change to it
# (园区规模从原来的5平方公里扩大到16.8平方公里); a size in money or output (产业规模…亿元) is none
@pytest.mark.parametrize("sentence, value", [
    ("目前，青川产业园规模从原来的4平方公里扩大到12.5平方公里。", 12.5),
    ("青川产业园规模达到20平方公里。", 20),
])
def test_a_parks_size_in_land_is_its_area(sentence, value):
    assert named(sentence, "面积") == [(value, "平方公里", "实际", "园区")]


@pytest.mark.parametrize("sentence", [
    "青川产业园产业规模达到200亿元。",
    "青川产业园规模以上企业达到30家。",
])
def test_a_size_in_money_is_no_area(sentence):
    assert named(sentence, "面积") == []


# name forms: the projects' money brought in (引进项目资金), domestic money brought in through partners (内联引资), and
# the count of a park's firms said 企业家数 (the park's only, as 公司家数; 企业家 alone is a person: no count)
@pytest.mark.parametrize("sentence, figure", [
    ("去年，青川产业园引进项目资金超过86亿元。", ("招商引资到位资金", 86, "亿元", "实际", "园区")),
    ("青川产业园内联引资累计完成57亿元。", ("招商引资到位资金", 57, "亿元", "累计", "园区")),
    ("截至2024年，青川软件园从业人员达1.2万人，企业家数达到415家。", ("入园企业数", 415, "家", "实际", "园区")),
])
def test_money_brought_in_and_the_firms_count_forms(sentence, figure):
    assert figure in figures(sentence, park="青川软件园" if "软件园" in sentence else "青川产业园")


@pytest.mark.parametrize("sentence", [
    "青川产业园企业家数百人参加座谈。",
    "全市企业家数达到735家。",
])
def test_entrepreneurs_and_a_citys_firms_are_no_count_of_the_park(sentence):
    assert [f for f in figures(sentence) if f[0] == "入园企业数" and f[4] == "园区"] == []


# a 其中 list of the firms just counted ends at a class the State certifies (累计认定软件企业262家): no part of the park's firms
def test_a_certified_class_after_a_split_is_no_part():
    got = named("截至2024年，青川软件园企业家数达到415家，其中亿元以上企业12家，累计认定软件企业160家。", "入园企业数",
                park="青川软件园")
    assert got == [(415, "家", "实际", "园区")]


# a sum before its name after the verb of creating with a bound or a year's measure between (创造超过3,600亿元年产值,
# 每年创造…): the name's value, as 实现120亿元产值 is; its status from the words (预计 → 预计)
def test_a_sum_before_its_name_past_a_bound():
    got = figures("青川科技园区预计可吸引约2,100亿元投资额，创造超过1,850亿元年产值。", park="青川科技园区")
    assert ("工业总产值", 1850, "亿元", "预计", "园区") in got


def test_a_sum_before_a_name_with_no_verb_stays_none():
    assert named("青川产业园1850亿元年产值的目标写入规划。", "工业总产值") == []


# the cost of the projects just counted as signed, said 计划投资 (what they are to cost: their signed money, as 计划投资额
# is); a planned signing's money stays a target
@pytest.mark.parametrize("sentence, money", [
    ("此次，青川产业园集中签约23个招商引资项目，计划投资156.2亿元，涵盖新材料等领域。", (156.2, "亿元", "实际", "园区")),
    ("今年青川产业园计划签约项目14个，计划投资52亿元。", (52, "亿元", "目标", "园区")),
])
def test_the_signed_projects_planned_cost(sentence, money):
    assert named(sentence, "签约资金") == [money]


def test_a_planned_cost_after_started_projects_is_no_signed_money():
    assert named("青川产业园新开工项目23个，计划投资156.2亿元。", "签约资金") == []


# 协议额 for 协议金额 (as 签约额 for 签约金额): the signed money of what was brought in (招商引资协议额); foreign capital
# under contract and agreements of intent stay none
@pytest.mark.parametrize("sentence, money", [
    ("青川产业园全年招商引资协议额达到126亿元。", (126, "亿元", "实际", "园区")),
    ("到2030年，青川产业园累计招商引资协议额突破3000亿元。", (3000, "亿元", "目标", "园区")),
])
def test_the_agreed_sum(sentence, money):
    assert named(sentence, "签约资金") == [money]


@pytest.mark.parametrize("sentence", [
    "青川产业园合同外资协议额5亿美元。",
    "青川产业园意向协议额18亿元。",
])
def test_foreign_capital_or_intent_agreed_is_no_signed_money(sentence):
    assert named(sentence, "签约资金") == []


# a layout told side by side (东边是…；南边是…), each part with its area before its name: each part's own land (scope 其他);
# a part built or planned with no layout told around it stays none
def test_a_layout_told_side_by_side():
    text = "鸟瞰青川物流园，东边是180亩的综合服务区；南边是占地260亩的冷链物流区和900亩的仓储加工区；西边是450亩的建材城。"
    assert named(text, "面积", park="青川物流园") == [(180, "亩", "实际", "其他"), (260, "亩", "实际", "其他"),
                                                  (900, "亩", "实际", "其他"), (450, "亩", "实际", "其他")]


def test_a_part_built_with_no_layout_is_no_area():
    assert named("青川物流园建设了300亩的物流配送区。", "面积", park="青川物流园") == []


# a headline's money first, then who signed how many projects (总投资181亿元签约8个产业化项目): the signed projects' money,
# as 签下总投资…的N个项目 is; the money of projects started so (…16个项目集中动工) is none
@pytest.mark.parametrize("headline", ["总投资86亿元签约12个产业化项目", "总投资86亿元 青川产业园签约12个项目"])
def test_a_headlines_money_before_the_signing(headline):
    assert named(headline, "签约资金") == [(86, "亿元", "实际", "园区")]


def test_a_headlines_money_before_a_start_is_no_signed_money():
    assert named("总投资86亿元 青川产业园12个项目集中动工", "签约资金") == []


# 签下总额达…的N个项目: the sum of what was signed said 总额/总金额 before the projects it counts, as 总投资 is
def test_the_whole_sum_of_the_projects_signed():
    got = figures("近日，青川高新区签下总额达18亿元的6个招商引资项目和1个合作协议。", park="青川高新区")
    assert ("签约资金", 18, "亿元", "实际", "园区") in got and ("签约项目数", 6, "个", "实际", "园区") in got


def test_a_sum_of_projects_started_is_no_signed_money():
    assert named("青川高新区开工总额达18亿元的6个项目。", "签约资金", park="青川高新区") == []


# the park's planned range as the subject holding firms (规划范围内聚集173家企业), as 园区内 is; firms signing to enter at an
# event (同时有6家企业签约入驻) are how many came, no count of the park
def test_firms_held_within_the_parks_range():
    text = "青川经开区规划面积11平方公里，规划范围内聚集156家企业。"
    assert ("入园企业数", 156, "家", "实际", "园区") in figures(text, park="青川经开区")


def test_firms_signing_to_enter_at_an_event_are_no_count():
    text = "昨天的庆典上，青川软件园向30家企业颁奖，同时有6家企业签约入驻。"
    assert named(text, "入园企业数", park="青川软件园") == []


# a profile's label glued before the park's description (某园区简介 : 某园区于1994年…设立，行政区划面积…): the park described
def test_a_profiles_label_before_the_description():
    text = "青川工业园区简介 : 青川工业园区于 1998 年 5 月经省政府批准设立，行政区划面积 86 平方公里，下辖三个街道。"
    assert named(text, "面积", park="青川工业园区") == [(86, "平方公里", "实际", "园区")]


def test_a_projects_land_after_a_label_stays_none():
    text = "项目简介 : 青禾光电项目于 2020 年开工，占地面积 86 亩。"
    assert named(text, "面积", park="青川工业园区") == []


# what a building or a phase can hold (可容纳10余户企业入驻) counts no firms; the jobs a project can bring, counted before
# 就业 (可解决200余人就业问题, 建成后可带动…人就业), employ no one — as the gold reads 可带动周边3000人就业; jobs done stay
@pytest.mark.parametrize("sentence", [
    "青川创业园建筑面积6000余平方米，可容纳12户企业入驻，可解决260余人就业问题。",
    "青川产业园孵化器下周开工建设，建成后预计可容纳15家企业入驻。",
    "项目建成后，可带动周边1800人就业。",
])
def test_room_for_firms_and_jobs_to_come_are_no_figures(sentence):
    assert [f for f in figures(sentence) if f[0] in ("入园企业数", "从业人员")] == []


@pytest.mark.parametrize("sentence, people", [
    ("青川产业园建成投产以来解决了260人的就业问题。", 260),
    ("全年青川产业园企业安排2600人就业。", 2600),
])
def test_jobs_given_stay(sentence, people):
    assert named(sentence, "从业人员") == [(people, "人", "实际", "园区")]


# money sought from the governments above (向上争取项目206个，到位资金4.1亿元) is public money, no investment brought in;
# 向上争取 (sought from above) marks no target of the clauses after it; 争取 alone still does
def test_money_sought_from_above_is_no_investment():
    assert named("青川产业园向上争取项目206个，到位资金4.1亿元。", "招商引资到位资金") == []


def test_sought_from_above_is_no_target_word():
    got = figures("青川产业园向上争取资金2亿元；新签约项目20个，到位资金4亿元。")
    assert ("招商引资到位资金", 4, "亿元", "实际", "园区") in got
    assert named("今年青川产业园争取新签约项目20个。", "签约项目数") == [(20, "个", "目标", "园区")]


# 其中 splitting a count of new firms (新增四上企业22家，其中规上工业企业16家): the part is new firms too, no stock of them;
# 其中 splitting the park's firms stays a count of its class
def test_a_split_of_new_firms_is_new_firms():
    assert named("预计青川产业园新增“四上”企业22家，其中规上工业企业16家。", "规上企业数") == []
    assert named("青川产业园新增入园企业30家，其中规上企业8家。", "规上企业数") == []


def test_a_split_of_the_parks_firms_stays():
    assert named("青川产业园入园企业达到156家，其中规上企业48家。", "规上企业数") == [(48, "家", "实际", "园区")]


# 规模以上产值 (工业 left out after the size words, as 规上产值 and 规模以上总产值 already are)
def test_output_above_the_size_line_said_short():
    assert named("2023年青川产业园规模以上产值186亿元。", "工业总产值") == [(186, "亿元", "实际", "园区")]


def test_a_class_of_firms_output_stays_none():
    assert named("青川产业园高新技术企业实现产值86亿元。", "工业总产值") == []


# an area before the park it measures (一个占地5平方公里的…工业城) for the other heads of a park's name too (科技园, 科学园,
# 物流园, 软件园, 工业城) and a longer name between; a building's or a project's so measured stays none
@pytest.mark.parametrize("sentence, park", [
    ("一个占地5平方公里的中国(青川)国际食品工业城在此挂牌。", "中国(青川)国际食品工业城"),
    ("青川集团将兴建占地50公顷的洁净科技园。", "洁净科技园"),
])
def test_an_area_before_more_kinds_of_park(sentence, park):
    assert (5 if "5平方公里" in sentence else 50) in [f[1] for f in figures(sentence, park=park) if f[0] == "面积"]


def test_an_area_before_a_building_stays_none():
    assert named("一个占地50亩的物流仓库在此开工。", "面积", park="青川物流园") == []


# the park reaching a size said by the land alone (力争到2014年，园区达到5000亩; 园区已扩大到12平方公里): its area
@pytest.mark.parametrize("sentence, area", [
    ("力争到2028年，青川产业园达到6000亩，工业总产值突破30亿元。", (6000, "亩", "目标", "园区")),
    ("青川产业园已扩大到12平方公里。", (12, "平方公里", "实际", "园区")),
])
def test_the_park_reaching_a_size_in_land(sentence, area):
    assert named(sentence, "面积") == [area]


def test_a_project_reaching_a_size_is_no_area():
    assert named("青禾项目用地达到300亩。", "面积") == []


# a bound that describes a cluster, a chain or a base (形成年产值超百亿元的产业集群, 营业收入超十亿元的服务业集群): the class's
# threshold, no figure of the park; the park's own bound passed stays
@pytest.mark.parametrize("sentence", [
    "青川产业园已形成年产值超百亿元的新材料产业集群。",
    "力争形成营业收入超十亿元的服务业集群1个以上。",
])
def test_a_bound_describing_a_cluster_is_no_figure(sentence):
    assert [f for f in figures(sentence) if f[0] in ("工业总产值", "营业收入")] == []


def test_the_parks_bound_passed_stays():
    assert named("青川产业园工业总产值突破百亿元。", "工业总产值") == [(100, "亿元", "实际", "园区")]


# capital from Taiwan, Hong Kong and Macao used (实际利用台资), counted with foreign capital by the statistics: 实际利用外资;
# under contract (合同利用台资) it is no figure, as 合同外资 is
def test_taiwan_capital_used_is_foreign_capital_used():
    got = figures("去年青川产业园新增台资项目12个，合同利用台资2.1亿美元，实际利用台资1.3亿美元。")
    assert [f[1:4] for f in got if f[0] == "实际利用外资"] == [(1.3, "亿美元", "实际")]


# the event as the count's subject or venue (签约仪式共有60个项目在会上集中签约): the projects it signed; projects still to
# sign at an event to come stay none
def test_the_event_holding_its_projects():
    assert named("青川产业园项目签约仪式共有26个项目在会上集中签约。", "签约项目数") == [(26, "个", "实际", "园区")]


def test_projects_of_an_event_to_come_stay_none():
    assert named("青川产业园将举行签约仪式的8个项目。", "签约项目数") == []


# a zone's area, then its parts listed after 包括, each named then measured (…面积约60平方公里，包括甲口岸25平方公里左右、乙市
# 28平方公里左右、丙产业园区7平方公里左右): each part's own land, scope 其他 (a part named with the zone's place word too);
# parts listed with no area of the zone before them stay none
def test_a_zones_parts_listed_after_its_area():
    text = ("青川经济开发区面积约60平方公里(含农场)，包括青川口岸25平方公里左右(含已批准的合作中心9平方公里)、"
            "东河市28平方公里左右、西岭配套产业园区7平方公里左右。")
    assert named(text, "面积", park="青川经济开发区") == [(60, "平方公里", "实际", "园区"), (25, "平方公里", "实际", "其他"),
                                                    (28, "平方公里", "实际", "其他"), (7, "平方公里", "实际", "其他")]


def test_parts_listed_with_no_zone_area_before_stay_none():
    assert named("青川高新区包括东区20平方公里、西区30平方公里。", "面积", park="青川高新区") == []


# the zone's area split by 其中 into a named part with its own area (规划面积288平方公里，其中中新合作区约80平方公里): the part's
# land, scope 其他; how much of it is built stays the zone's built area
def test_a_zones_area_split_into_a_named_part():
    got = named("青川工业园区规划面积160平方公里，其中中德合作区约45平方公里，是两国合作的典范。", "面积", park="青川工业园区")
    assert got == [(160, "平方公里", "实际", "园区"), (45, "平方公里", "实际", "其他")]


def test_the_built_part_of_a_zones_area_stays_the_zones():
    got = named("青川工业园区规划面积20平方公里，其中已建成面积8平方公里。", "面积", park="青川工业园区")
    assert got == [(20, "平方公里", "实际", "园区"), (8, "平方公里", "实际", "园区")]


# the park holding its land, the area before 土地 (农科园区原有233公顷土地, 园区拥有3000亩土地): its area; a land quota or
# land still available is none
@pytest.mark.parametrize("sentence, area", [
    ("青川农科园区原有180公顷土地，进驻率已接近100%。", (180, "公顷", "实际", "园区")),
    ("青川产业园拥有3000亩土地。", (3000, "亩", "实际", "园区")),
])
def test_the_land_a_park_holds(sentence, area):
    assert named(sentence, "面积", park="青川农科园区" if "农科" in sentence else "青川产业园") == [area]


@pytest.mark.parametrize("sentence", ["青川产业园现有2000亩土地指标。", "青川产业园共有可用土地2000亩。"])
def test_a_land_quota_or_available_land_is_no_area(sentence):
    assert named(sentence, "面积") == []


# an event held, then 涉及 + its projects (举行重大项目集中开工暨启动仪式，涉及13个重大项目; 举行项目集中签约仪式，涉及8个项目):
# the projects it started or signed, its key projects all; an event still to be held counts none
@pytest.mark.parametrize("sentence, figure", [
    ("2月18日，青川产业园举行重大项目集中开工仪式，涉及13个重大项目，总投资超200亿元。", ("新开工项目数", 13, "个", "实际", "园区")),
    ("青川产业园举行项目集中签约仪式，涉及8个项目，总投资50亿元。", ("签约项目数", 8, "个", "实际", "园区")),
])
def test_the_projects_an_event_held_involved(sentence, figure):
    assert figure in figures(sentence)


@pytest.mark.parametrize("sentence", ["青川产业园将举行项目集中签约仪式，涉及8个项目。", "青川产业园涉及13个重大项目。"])
def test_projects_involved_in_no_event_held_are_none(sentence):
    assert [f for f in figures(sentence) if f[0] in ("签约项目数", "新开工项目数")] == []


# investment cases brought about or approved (促成166件投资案, 核准投资案42件), as Taiwan's zones count what they bring in:
# signed projects, their sum after them (总金额, 投资金额共计新台币…) the signed money; cases still under review are none
@pytest.mark.parametrize("sentence", [
    "园管局宣布今年度招商成绩斐然，成功促成 96 件投资案，总金额高达 1,280 亿元 。",
    "青川科学园区今年核准投资案96件，投资金额共计新台币1280亿元。",
])
def test_investment_cases_brought_in(sentence):
    got = figures(sentence, park="青川科学园区")
    assert ("签约项目数", 96, "件", "实际", "园区") in got and ("签约资金", 1280, "亿元", "实际", "园区") in got


def test_cases_under_review_are_none():
    assert named("青川科学园区有96件投资案待审。", "签约项目数", park="青川科学园区") == []


# a software park's exports as its bulletins state them (实现软件出口3.8亿美元); export firms counted are no export
def test_a_software_parks_exports():
    got = named("2023年青川软件园实现经营总收入约98亿元，软件出口2.6亿美元，上缴税收7亿元。", "出口额", park="青川软件园")
    assert got == [(2.6, "亿美元", "实际", "园区")]


def test_export_firms_are_no_export():
    assert named("青川软件园有软件出口企业20家。", "出口额", park="青川软件园") == []
