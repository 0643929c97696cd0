"""Session 41: figures of investment signed and firms that come in, read by how the sentences are built.

- Investment projects a zone or a country attracted or brought in, named by their capital (吸引外资项目N个, 累计引入投资
  项目N个, 吸引外商投资项目N个), are signed projects (签约项目数), as 引进项目N个 is; the total said after them is their
  signed money (签约资金).
- Firms a zone approved to enter (核准进驻达N家, N家获得核准进驻, N间厂商申请进驻获准) are in the park once approved
  (入园企业数); those approved in a period (今年新核准进驻厂商N家) are its signed cases (签约项目数).
- Firms counted with their trades listed between the count and the noun (N家甲、乙业厂商进驻), or named as examples
  before the count (甲、乙等N家…厂商进驻), are the park's firms: a list describes the whole; one trade stays a part.

Sentences are the session's own (parks invented), each kind in Simplified and Traditional, each with its guard.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚科技园区发展情况") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.status) for f in report.indicators}


def named(tmp_path: Path, text: str, name: str) -> set:
    return {f for f in figures(tmp_path, text) if f[0] == name}


# ------------------------------------------------------------------ projects attracted, named by their capital

@pytest.mark.parametrize("text, want", [
    # (signed up to a day, counted from none: 累计 since session 54, as the blind labellers read it)
    ("截至目前，青岚科技园区已吸引外资项目86个，投资总额约12.4亿美元。",
     {("签约项目数", 86, "累计"), ("签约资金", 12.4, "累计")}),
    ("青岚科技园区累计引入投资项目318个，总投资额达41亿美元。",
     {("签约项目数", 318, "累计"), ("签约资金", 41, "累计")}),
    ("今年前三季度，青岚科技园区吸引外商投资项目57个，总投资额超过9亿美元。",
     {("签约项目数", 57, "实际"), ("签约资金", 9, "实际")}),
    ("截至目前，青嵐科技園區已吸引外資項目86個，投資總額約12.4億美元。",
     {("签约项目数", 86, "累计"), ("签约资金", 12.4, "累计")}),
])
def test_projects_attracted_by_their_capital_are_signed(tmp_path, text, want):
    assert want <= figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "青岚科技园区将积极吸引外资项目，力争全年引进外资项目20个。",  # a plan: its target, never done
    "青岚科技园区力争明年吸引外商投资项目30个。",
])
def test_projects_to_attract_are_no_done_signing(tmp_path, text):
    assert all(status == "目标" for _, _, status in named(tmp_path, text, "签约项目数"))


# ------------------------------------------------------------------ firms approved to enter

@pytest.mark.parametrize("text, want", [
    ("青岚科技园区截至今年6月底核准进驻达34家，标准厂房已近满租。", ("入园企业数", 34, "实际")),
    ("青嵐科技園區截至今年6月底核准進駐達34家，標準廠房已近滿租。", ("入园企业数", 34, "实际")),
    ("青岚科技园区至9月止，共有80家厂商提出投资申请，有47家获得核准进驻。", ("入园企业数", 47, "实际")),
    ("青嵐科技園區管理局表示，已有6間廠商申請進駐獲准。", ("入园企业数", 6, "实际")),
    ("截至10月底，青岚科技园区已有25家厂商获准进驻，总投资额约18亿元。", ("入园企业数", 25, "实际")),
])
def test_firms_approved_to_enter_are_the_parks(tmp_path, text, want):
    assert want in figures(tmp_path, text)


@pytest.mark.parametrize("text, want", [
    ("青岚科技园区今年新核准进驻厂商19家。", ("签约项目数", 19, "实际")),
    ("青嵐科技園區今年上半年有11家廠商獲核准進駐。", ("签约项目数", 11, "实际")),
])
def test_firms_approved_in_a_period_are_its_signed_cases(tmp_path, text, want):
    got = figures(tmp_path, text)
    assert want in got and not {f for f in got if f[0] == "入园企业数"}


@pytest.mark.parametrize("text", [
    "青岚科技园区目前有15家厂商申请进驻，正在审查中。",  # applied, not yet approved
    "青岚科技园区预计明年将有20家厂商获准进驻。",  # to come: never in the park yet
])
def test_firms_not_yet_approved_are_not_in(tmp_path, text):
    assert not {f for f in named(tmp_path, text, "入园企业数") if f[2] in ("实际", "累计")}


# ------------------------------------------------------------------ firms with their trades listed

@pytest.mark.parametrize("text, count", [
    ("青岚科技园区成立至今有210家以上电子代工业、服务业厂商进驻，主要产业包括半导体业。", 210),
    ("青嵐科技園區成立至今有210家以上電子代工業、服務業廠商進駐，主要產業包括半導體業。", 210),
    ("目前青岚科技园区已引进包括甲公司、乙公司等17家分属精密机械、光电及生物科技等产业之厂商进驻。", 17),
    ("青岚科技园区已吸引半导体、航太及资通讯等26家创新产业厂商进驻。", 26),
])
def test_firms_with_their_trades_listed_are_the_parks(tmp_path, text, count):
    assert ("入园企业数", count, "实际") in figures(tmp_path, text)


def test_firms_of_one_trade_stay_a_part(tmp_path):
    text = "青岚科技园区已吸引30余家生物科技企业入驻。"
    page = tmp_path / "page.txt"
    page.write_text("青岚科技园区发展情况\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    assert all(f.scope == "其他" for f in report.indicators if f.name == "入园企业数")


@pytest.mark.parametrize("text", [
    "青岚科技园区现有企业120家，其中30家电子、机械企业已入驻标准厂房。",  # a part 其中 singles out
    "今年，青岚科技园区有12家电子、机械企业入驻。",  # the period's arrivals, no stock
    # (firms named as examples of a class that is no trade — an origin's suppliers: not the park's firms)
    "之后，甲公司、乙公司等12家韩资汽车配套企业先后入驻，韩资企业在当地呈现集聚态势。",
])
def test_listed_trades_of_a_part_or_a_period_are_no_stock(tmp_path, text):
    assert all(value != 30 and value != 12 for _, value, _ in named(tmp_path, text, "入园企业数"))


# ------------------------------------------------------------------ the money of the park's firms so far

@pytest.mark.parametrize("text, money", [
    ("截至今年5月底，青岚科技园区已核准入区厂商共计41家，整体投资金额达362.5亿元。", 362.5),
    ("截至今年5月底，青嵐科技園區已核准入區廠商共計41家，整體投資金額達362.5億元。", 362.5),
    ("青岚科技园区目前已成功引进58家农企业进驻，带动投资金额达42.6亿元。", 42.6),
    ("截至10月底，青岚科技园区已有25家厂商获准进驻，计划投资额约18亿元。", 18),  # (计划: the firms' own plan)
])
def test_money_of_the_parks_firms_so_far_is_a_running_total(tmp_path, text, money):
    assert ("签约资金", money, "累计") in figures(tmp_path, text)


@pytest.mark.parametrize("text, want", [
    # a target of its own after the firms: still a target
    ("截至10月底，青岚科技园区已有25家厂商获准进驻，今年力争新增投资额30亿元。", ("签约资金", 30, "目标")),
    # the money of projects signed in a period: as they are
    ("今年，青岚科技园区新签约项目12个，协议投资额达8亿元。", ("签约资金", 8, "实际")),
])
def test_money_not_of_the_parks_firms_keeps_its_status(tmp_path, text, want):
    assert want in figures(tmp_path, text)


# ------------------------------------------------------------------ firms of foreign capital set up in a period

@pytest.mark.parametrize("text, count", [
    ("今年前三季度，青岚科技园区实现合同外资0.8亿美元；新设外商投资企业9家，同比持平。", 9),
    ("今年前三季度，青嵐科技園區新設外商投資企業9家，同比持平。", 9),
    ("1至5月份，青岚科技园区实际利用外资3200万美元，新批4家外资企业。", 4),
    ("2023年，青岚科技园区新建外商投资公司35家。", 35),
])
def test_firms_of_foreign_capital_set_up_are_signed(tmp_path, text, count):
    assert ("签约项目数", count, "实际") in figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "青岚科技园区已开工投产的60家外商投资企业，完成的工业产值占园区总量的九成。",  # firms in a state, no approval
    "青岚科技园区现有外商投资企业60家。",  # the stock: no signing
])
def test_firms_of_foreign_capital_not_set_up_are_not_signed(tmp_path, text):
    assert not named(tmp_path, text, "签约项目数")


def test_companies_named_by_their_capital_and_counted_are_no_company_speaking(tmp_path):
    # (公司 is the noun counted, not a company as the subject: the figure and those after it stay the park's)
    page = tmp_path / "page.txt"
    page.write_text("青岚科技园区发展快讯\n2023年，青岚科技园区新建外商投资公司29家。2023年，园区实现税收12亿元。\n",
                    encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    got = {(f.name, f.value, f.scope) for f in report.indicators}
    assert {("签约项目数", 29, "园区"), ("税收", 12, "园区")} <= got


# ------------------------------------------------------------------ Malaysia's approved investment split by origin

def scoped(tmp_path: Path, text: str, title: str = "马来西亚青岚经济特区投资概况") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.scope) for f in report.indicators}


@pytest.mark.parametrize("text, whole, parts", [
    ("今年上半年青岚经济特区共核准6项制造业投资计划，投资总额为9.4亿马币；其中外人直接投资金额为7.1亿马币；国内投资金额为2.3亿马币。",
     9.4, (7.1, 2.3)),
    ("今年上半年青嵐經濟特區共核准6項製造業投資計畫，投資總額為9.4億馬幣；其中外人直接投資金額為7.1億馬幣；國內投資金額為2.3億馬幣。",
     9.4, (7.1, 2.3)),
    ("青岚经济特区截至今年6月底止共吸引承诺投资312.5亿马币，其中国内投资额201亿马币，占总投资额六成以上。", 312.5, (201,)),
])
def test_parts_of_an_approved_ringgit_total_are_their_own(tmp_path, text, whole, parts):
    got = scoped(tmp_path, text)
    assert ("签约资金", whole, "园区") in got
    assert all(("签约资金", part, "其他") in got for part in parts)


def test_a_ringgit_total_with_no_split_stays_whole(tmp_path):
    got = scoped(tmp_path, "青岚经济特区在2023年获得投资总额48亿令吉，创造6000个就业机会。")
    assert ("签约资金", 48, "园区") in got


# ------------------------------------------------------------------ a zone's investment cases counted

@pytest.mark.parametrize("text, want", [
    ("青岚科技园区管理处公布去年的经营绩效，申请进驻投资案有7件，增资案有4件。",
     {("签约项目数", 7, "实际"), ("签约项目数", 4, "实际")}),
    ("青嵐科技園區管理處公布去年的經營績效，申請進駐投資案有7件，增資案有4件。",
     {("签约项目数", 7, "实际"), ("签约项目数", 4, "实际")}),
    ("青岚科技园区本年度第一次进驻审议会议，通过甲生技、乙精密等6件投资申请案，总投资金额为4亿2千万元。",
     {("签约项目数", 6, "实际"), ("签约资金", 42000, "实际")}),
    ("青岚科技园区去年共办理新投资、扩厂及增资案合计18家，投资及增资额共计新台币96.5亿元。",
     {("签约项目数", 18, "实际"), ("签约资金", 96.5, "实际")}),
])
def test_investment_cases_a_zone_admitted_are_signed(tmp_path, text, want):
    assert want <= figures(tmp_path, text)


@pytest.mark.parametrize("text", [
    "青岚科技园区目前尚有12件投资案审查中。",
    "青岚科技园区另有8件投资案正在审查中。",
    "青岚科技园区拟引进投资案5件。",
])
def test_investment_cases_sought_or_under_review_are_no_signing(tmp_path, text):
    assert not named(tmp_path, text, "签约项目数")
