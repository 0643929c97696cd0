"""Whose a figure is and whether it was done, read as a careful reader reads a park's report (issue 16).

- a goal said reached in a clause of its own (工业投资实现倍增目标，全年完成工业投资…) is a noun: the figure's own clause
  says what was done; a plan's striving (力争实现…目标, 将实现…) still governs;
- a target stated with its value (目标任务是…180亿元, 计划完成…55亿元), then the same indicator again with its own verb of
  doing (1-11月完成…166.5亿元, 全年完成58.3亿元): the second is what was done against the first;
- a unit inside the park (孵化器, 创业园, 双创中心 …) opening a clause as its subject owns the figures after it in its
  sentence, not the park; the park named again is the park's;
- a whole that 其中 splits into the park's part (…完成产值243亿元，其中园区企业完成…) is bigger than the park;
- two parks joined as one subject (桐川经济开发区和桐川工业园区共完成…) are not the report's park alone.
"""
import pytest

from indexer.reading.indicators import find_indicators

TITLE = "青岭工业园区2023年工作总结"


def _read(body, park="青岭工业园区", title=TITLE, doc_type="工作总结"):
    text = f"{title}\n{body}\n"
    return [(f.name, f.value, f.status, f.scope) for f in find_indicators(text, [], doc_type, "全年", park, title)]


@pytest.mark.parametrize("body, want", [
    ("一是工业投资实现倍增目标，全年完成工业投资34.8亿元，同比增长102.8%。", ("工业投资", 34.8, "实际", "园区")),
    ("园区实现了全年目标，完成固定资产投资20亿元。", ("固定资产投资", 20, "实际", "园区")),
    ("园区圆满完成年度任务，全年实现税收4.5亿元。", ("税收", 4.5, "实际", "园区")),
    ("对标年初目标，园区完成税收4.2亿元，超额完成任务。", ("税收", 4.2, "实际", "园区")),
])
def test_a_goal_said_reached_does_not_make_the_next_clause_a_target(body, want):
    assert _read(body) == [want]


@pytest.mark.parametrize("body, status", [
    ("力争实现倍增目标，全年完成工业投资34.8亿元。", "目标"),
    ("确保完成年度任务，全年完成工业投资34.8亿元。", "目标"),
    ("园区将实现倍增目标，全年完成工业投资34.8亿元。", "预计"),  # (将实现: what the park will reach)
    ("明年园区实现倍增目标，完成工业投资34.8亿元。", "目标"),
])
def test_a_goal_the_park_strives_for_still_governs(body, status):
    assert _read(body) == [("工业投资", 34.8, status, "园区")]


def test_a_goal_said_reached_in_a_plan_section_is_still_a_plan(tmp_path):
    from indexer.reading.pipeline import read_file
    page = tmp_path / "plan.txt"
    page.write_text("青岭工业园区2023年工作总结和2024年工作计划\n一、2023年工作总结\n园区全年完成工业总产值120亿元。\n"
                    "二、2024年工作计划\n园区实现倍增目标，完成工业投资40亿元。\n", encoding="utf-8")
    got = {(f.name, f.value, f.status) for f in read_file(page, tmp_path).reports[0].indicators}
    assert got == {("工业总产值", 120, "实际"), ("工业投资", 40, "目标")}


@pytest.mark.parametrize("body, want", [
    ("全年目标任务是工业总产值150亿元，1-11月完成工业总产值138亿元，完成目标的92%。",
     [("工业总产值", 150, "目标", "园区"), ("工业总产值", 138, "实际", "园区")]),
    ("计划完成固定资产投资30亿元，全年完成32亿元。",
     [("固定资产投资", 30, "目标", "园区"), ("固定资产投资", 32, "实际", "园区")]),
    # striving governs both (the December push and the year's outcome are aimed at)
    ("为完成全年目标任务，园区力争12月份完成工业总产值15亿元，全年完成工业总产值150亿元。",
     [("工业总产值", 15, "目标", "园区"), ("工业总产值", 150, "目标", "园区")]),
    # another indicator after a plan is the plan's list, not a statement of what was done
    ("全年计划完成固定资产投资30亿元，完成税收5亿元。",
     [("固定资产投资", 30, "目标", "园区"), ("税收", 5, "目标", "园区")]),
    ("目标任务是工业总产值150亿元，力争完成工业总产值160亿元。",
     [("工业总产值", 150, "目标", "园区"), ("工业总产值", 160, "目标", "园区")]),
])
def test_the_same_indicator_done_against_its_target(body, want):
    assert _read(body) == want


@pytest.mark.parametrize("body, want", [
    ("园区科技孵化器现有入孵企业58家，其中规上企业6家。园区现有入园企业320家。",
     [("规上企业数", 6, "实际", "其他"), ("入园企业数", 320, "实际", "园区")]),
    ("园区创业园已入驻企业45家，实现营业收入3.2亿元。",
     [("入园企业数", 45, "实际", "其他"), ("营业收入", 3.2, "实际", "其他")]),
    ("园区双创中心入驻企业62家，实现营业收入2.1亿元；园区现有入园企业300家。",
     [("入园企业数", 62, "实际", "其他"), ("营业收入", 2.1, "实际", "其他"), ("入园企业数", 300, "实际", "园区")]),
    ("青岭科技企业孵化器累计孵化企业120家，在孵企业65家，实现营业收入1.5亿元。", [("营业收入", 1.5, "实际", "其他")]),
    # the unit as an object or a place the park works through, not the subject: the park's figures
    ("园区内有孵化器3家，入园企业达到300家。", [("入园企业数", 300, "实际", "园区")]),
    ("园区依托创业园引进企业20家，入园企业达到300家。", [("入园企业数", 300, "实际", "园区")]),
])
def test_a_unit_inside_the_park_owns_its_figures(body, want):
    assert _read(body) == want


def test_a_units_own_report_speaks_of_itself():
    title = "青岭创业园2023年工作总结"
    want = [("入园企业数", 45, "实际", "园区"), ("营业收入", 3.2, "实际", "园区")]
    assert _read("创业园已入驻企业45家，实现营业收入3.2亿元。", park=None, title=title) == want
    assert _read("创业园已入驻企业45家，实现营业收入3.2亿元。", park="青岭创业园", title=title) == want


@pytest.mark.parametrize("body, want", [
    ("据县统计局数据，1-11月规上工业企业完成产值260亿元，同比增长9%，其中园区企业完成180亿元。",
     [("工业总产值", 260, "实际", "其他")]),
    # the park is the whole's own subject: its part is the park's firms
    ("园区完成工业总产值120亿元，其中园区规上企业完成100亿元。", [("工业总产值", 120, "实际", "园区")]),
    ("全年完成工业总产值120亿元，其中规上企业完成100亿元。", [("工业总产值", 120, "实际", "园区")]),
])
def test_a_whole_split_into_the_parks_part_is_not_the_parks(body, want):
    assert _read(body) == want


@pytest.mark.parametrize("body, scope", [
    ("青岭县经济开发区和青岭工业园区共完成工业总产值500亿元。", "其他"),
    ("青岭工业园区和南塔工业园区共完成工业总产值500亿元。", "其他"),
    ("青岭工业园区和园区企业共完成工业总产值500亿元。", "园区"),
])
def test_two_parks_together_are_not_the_park(body, scope):
    assert _read(body) == [("工业总产值", 500, "实际", scope)]


CLASS_NEWS = """全省国家级经开区前三季度运行平稳
前三季度，全省8家国家级经开区认真落实全省商务工作会议部署，主要指标稳中有进。完成规上工业总产值2140亿元，同比增长6.1%。
同时，实现财政收入186.5亿元，同比增长4.2%；实现税收收入152.3亿元。
"""


def test_a_report_on_a_class_of_parks_gives_all_their_figures_alike(tmp_path):
    """The class is the subject of the opening sentence (whatever place its object names later: 全省商务工作会议), and
    of the paragraph after it that names none: every figure of theirs is scoped alike, not 园区 in one sentence and 其他
    in the next."""
    from indexer.reading.pipeline import read_file
    page = tmp_path / "class.txt"
    page.write_text(CLASS_NEWS, encoding="utf-8")
    got = [(f.name, f.value, f.scope) for f in read_file(page, tmp_path).reports[0].indicators]
    assert got == [("工业总产值", 2140, "园区"), ("财政收入", 186.5, "园区"), ("税收", 152.3, "园区")]


def test_a_parks_report_keeps_a_class_of_parks_apart():
    assert _read("全省10家国家级经开区实现规上工业总产值3061亿元，同比增长33%。园区实现规上工业总产值120亿元。") == \
        [("工业总产值", 3061, "实际", "其他"), ("工业总产值", 120, "实际", "园区")]


@pytest.mark.parametrize("body, want", [
    ("今年以来，县委县政府高度重视工业发展，全年实现规上工业产值260亿元，园区完成180亿元。", [("工业总产值", 260, "实际", "其他")]),
    ("县委、县政府高度重视园区发展，园区全年实现规上工业产值180亿元。", [("工业总产值", 180, "实际", "园区")]),
    # the authority the park works under or by is no subject
    ("在县委县政府的坚强领导下，全年实现规上工业产值180亿元。", [("工业总产值", 180, "实际", "园区")]),
    ("按照县委县政府部署，全年实现规上工业产值180亿元。", [("工业总产值", 180, "实际", "园区")]),
    ("县委县政府坚强领导，全年实现规上工业产值180亿元。", [("工业总产值", 180, "实际", "园区")]),
    ("经县政府批准，全年实现规上工业产值180亿元。", [("工业总产值", 180, "实际", "园区")]),
])
def test_a_places_government_as_the_subject_owns_the_figures_after_it(body, want):
    assert _read(body) == want
