"""Session 41: jobs, output, turnover and investment figures in the ways of writing the study pages miss on 3+ hosts.

- A zone's output to come said as the sum it creates, in the looser forms of Taiwan's press and zones abroad: 元 left out
  after 亿 (创造逾2000亿产值, 将创289亿产值), a floor after the sum (创造180亿元以上产值); a forecast unless aimed at.
- A park's turnover as the sentence's topic, then clauses of how it set a record or crossed a mark (创下历史新高, 自2004年
  首度突破兆元以来), then the value with its year (去年创下1.24兆元, 2004年达新台币1.1兆元).
- A place's key projects' investment done (市重点项目完成投资…, 完成项目投资…): 固定资产投资, as a counted group's is.

Guards: a target word keeps the output a target; an earlier clause's figures keep their names; one project's own
investment stays none. Sentences are the session's own (parks invented).
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚工业园区发展情况") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.unit, f.status) for f in report.indicators}


# ------------------------------------------------------------------ output a zone creates, the sum before 产值
@pytest.mark.parametrize("text, want", [
    ("青嵐園區預計可容納120家企業及創造150億元以上產值。", ("工业总产值", 150, "亿元", "预计")),
    ("青嵐園區未來8年將在屏東創造逾1500億產值、9000個就業機會。", ("工业总产值", 1500, "亿元", "预计")),
    ("青岚科工区签约，将创315亿产值与6200个工作机会。", ("工业总产值", 315, "亿元", "预计")),
    ("青岚园区力争到2027年创造600亿元以上产值。", ("工业总产值", 600, "亿元", "目标")),
])
def test_output_created_said_loosely(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "青岚园区将为当地创造500万元以上的就业收入。",  # (no 产值 after the sum: no output)
    "青岚园区去年实现500万产值。",  # (万 bare is no sum of output)
])
def test_no_output_without_its_sum_and_noun(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "工业总产值"}


# ------------------------------------------------------------------ a park's turnover as the topic, a record, then the value
@pytest.mark.parametrize("text, want", [
    ("青岚园区营业额及出口值在2003年分别创下8100亿元及4200亿元，其后随景气复苏，营业额逐年扩增，2006年达新台币1.3兆元。",
     ("营业收入", 1.3, "万亿元", "实际")),
    ("青嵐園區營業額自2006年首度突破兆元以來，2011年以來更年年突破兆元，去年創下1.37兆元歷史新高。",
     ("营业收入", 1.37, "万亿元", "实际")),
    ("青嵐園區營業額創下歷史新高，達2兆1,380億元，較去年成長4.2%。", ("营业收入", 21380, "亿元", "实际")),
    ("青岚园区营业额再创新高，去年达9600亿元。", ("营业收入", 9600, "亿元", "实际")),
    ("青岚园区营业额逐年扩增，预估今年可达1.2兆元。", ("营业收入", 1.2, "万亿元", "预计")),
])
def test_turnover_as_the_topic_then_a_record(tmp_path, text, want):
    assert want in figures(tmp_path, text)


def test_an_earlier_clauses_figures_keep_their_names(tmp_path):
    got = figures(tmp_path, "青岚园区营业额及出口值在2003年分别创下8100亿元及4200亿元，其后随景气复苏，营业额逐年扩增，"
                            "2006年达新台币1.3兆元。")
    assert ("营业收入", 8100, "亿元", "实际") in got and ("出口额", 4200, "亿元", "实际") in got
    assert not {f for f in got if f[0] == "出口额" and f[1] == 1.3}


# ------------------------------------------------------------------ key projects' investment done
@pytest.mark.parametrize("text, want", [
    ("2019年1-9月，市重点项目完成投资256.3亿元，完成年度计划的81.2%。", ("固定资产投资", 256.3, "亿元", "实际")),
    ("96个重点项目加快推进，1至8月完成项目投资37.45亿元。", ("固定资产投资", 37.45, "亿元", "实际")),
    ("1至6月，全县重点建设项目完成投资18.6亿元。", ("固定资产投资", 18.6, "亿元", "实际")),
])
def test_key_projects_investment_done(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "该项目1至7月完成投资4.8亿元。",  # (one project's own)
    "重点项目金岭化工项目完成投资3亿元。",  # (one named project of the key ones: its own)
])
def test_one_projects_investment_stays_none(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "固定资产投资"}


# ------------------------------------------------------------------ 每年 is the year's, no rate
@pytest.mark.parametrize("text, want", [
    ("青岚开发区二期建设全部完成后有望吸引约120家企业，每年产值可达45亿美元。", ("工业总产值", 45, "亿美元", "预计")),
    ("目前青岚开发区务工人员达5000人，全部投产后预计每年总产值超过16亿美元。", ("工业总产值", 16, "亿美元", "预计")),
    ("青岚园区每年营业收入增长10%以上，2022年达到80亿元。", ("营业收入", 80, "亿元", "实际")),
])
def test_yearly_output_said_with_meinian(tmp_path, text, want):
    assert want in figures(tmp_path, text, title="青岚开发区发展情况")


@pytest.mark.parametrize("text", [
    "青岚园区每平方公里每年产值60亿元。",  # (per square kilometre: a rate)
    "青岚园区每亩工业产值达到300万元。",
])
def test_a_rate_is_no_figure(tmp_path, text):
    assert not {f for f in figures(tmp_path, text) if f[0] == "工业总产值"}


# ------------------------------------------------------------------ Taiwan's parks listed by their short names
def test_jobs_split_among_parks_by_their_short_names(tmp_path):
    got = figures(tmp_path, "國科會表示，3大科學園區因新增投資案，今年可望新增工作職缺逾1.3萬人，預估竹科為4200人、中科2600人、南科6200人。")
    assert {("从业人员", 1.3, "万人", "预计"), ("从业人员", 4200, "人", "预计"), ("从业人员", 2600, "人", "预计"),
            ("从业人员", 6200, "人", "预计")} <= got


def test_a_short_name_alone_is_no_item_without_a_figure_before(tmp_path):
    got = figures(tmp_path, "青岚园区今年举办活动，中科2000人参加。")
    assert not {f for f in got if f[0] == "从业人员"}
