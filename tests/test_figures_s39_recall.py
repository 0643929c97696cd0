"""Session 39: key figures' recall (issue 16), read on spent hosts' pages (the reach pages and searches).

- Malaysia's ringgit by the name the mainland's press gives it, 林吉特 (新华社, 中新网 and the sites reposting them), is
  the currency 令吉 and 马币 name: a state's or the country's investment approved said in it is 签约资金, as in 令吉
  (docs/labelling.md, "Malaysia's investment in 令吉 or 马币"). Seen on 3 pages of 2 spent hosts (the reach pages'
  chinaai.info and imsilkroad.com, another imsilkroad.com page by search), each read as nothing before.
- 收入 with only words of the whole or of the economy before it (经济收入, 经济总收入, 总体经济收入: how software parks'
  statistics name all their firms' income — the lead's miss on a blind page, a national total of software parks) is 收入
  said bare: 营业收入 with the park or its firms right before it as its owner, never another's (村集体经济收入, 农民人均经济收入,
  农村经济总收入, a county's). None on the study pages read so (a word-formation rule, kept as narrow as bare 收入).
- A remark in brackets between a count's noun and its count (现有入园项目(企业)423个) is no word of the clause when the
  reader asks which projects a count after 项目 speaks of, as it is none when a name is paired with its value (工业企业
  (含托管企业)31家, read before): the projects the park holds, its firms. 1 reach page (kunming.baogaosu.com).
- A numeral's decimals after 点 or a point, digit by digit (二．二六兆元, 五十四點八萬人): how Taiwan's papers that print
  every number in characters write a sum or a head count (the Liberty Times' paper edition, news.ltn.com.tw, and a
  yahoo repost of a city's release, tw.news.yahoo.com: 2 reach pages of 2 hosts, 4 such values, none read before; the
  whole numerals of the same pages, 一九一六件, 二九六四亿元, were read already).
- A zone's area after its bounds changed, with no 总 (某化工产业园扩区后面积为13.1平方公里; 调整后, 调区后): the zone's land,
  as 扩区后总面积 was read already. 1 reach page (jsppa.com.cn, 5 parks' areas); the spent hosts' approvals found by
  search write 扩区后总面积 (sdchem.com.cn, chemall.com.cn, csqinjian.com, sjsy999.com), read before.
- Foreign capital paid in named with 注册 inside, the registered capital that arrived (实际到账注册外资, 注册外资实际到账):
  the name Jiangsu's statistics give foreign capital used, as 实际到账外资 is read. 1 reach page (jszsyz.com, twice);
  注册外资 said alone, the capital registered, stays none.
- The jobs a zone brings counted as positions (docs/labelling.md, 提供/创造…N个就业机会), their count in numerals (创造近三千个
  工作机会, as Taiwan's papers print it) and the verb with its result 出 (将创造出一千人以上的就业机会): 2 reach pages of 2
  hosts (yesdaily.com, epochtimes.com's cn edition), none read before; the count in digits with 出 was missed the same way.
- Malaysia's zone's investment drawn, 吸引 with what it drew named before the sum (吸引资金50亿6000万令吉, 共吸引承诺投资
  2444.6亿马币) and 吸资, verb and object in one word (累积吸资达1113亿令吉): 签约资金, as 吸引了总值…令吉的投资 is. 2 reach
  pages of 2 hosts (ntdtv.com, twbusiness.nat.gov.tw), none read before; a firm's own stays none.
"""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def figures(tmp_path: Path, text: str, title: str = "青岚经济开发区工作总结") -> set:
    page = tmp_path / "page.txt"
    page.write_text(title + "\n" + text + "\n", encoding="utf-8")
    (report,) = read_file(page, tmp_path).reports
    return {(f.name, f.value, f.unit, f.status) for f in report.indicators}


# ------------------------------------------------------------------ the ringgit as 林吉特

MALAYSIA = "马来西亚投资发展局：上半年批准投资额增长"


@pytest.mark.parametrize("sentence, want", [
    # the sum before its name (带来…投资额, as 令吉)
    ("马来西亚今年上半年的制造业和服务业共获得512亿林吉特投资额，创造2万个就业机会。", ("签约资金", 512, "亿林吉特", "实际")),
    # the name before the sum, a dollar remark in brackets after it
    ("去年，该国批准的投资总额高达2870亿林吉特（约610亿美元）。", ("签约资金", 2870, "亿林吉特", "实际")),
    # the plans approved counted, their investment after them
    ("今年首季，柔佛州共批准了37项计划，总投资额为46亿林吉特。", ("签约项目数", 37, "项", "实际")),
    ("今年首季，柔佛州共批准了37项计划，总投资额为46亿林吉特。", ("签约资金", 46, "亿林吉特", "实际")),
])
def test_ringgit_named_linjite(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence, MALAYSIA)


@pytest.mark.parametrize("sentence", [
    # one firm's own investment stays its own, whatever the currency's name
    "该公司将投资20亿林吉特在槟城兴建新厂。",
    # a change in the investment is no sum approved
    "制造业投资额比去年同期增加了35亿林吉特。",
])
def test_ringgit_named_linjite_left_out(tmp_path, sentence):
    assert not {f for f in figures(tmp_path, sentence, MALAYSIA) if f[0] == "签约资金"}


# ------------------------------------------------------------------ income named by words of the whole and the economy

@pytest.mark.parametrize("sentence, want", [
    ("2025年，全国软件园区实现总体经济收入6.3万亿元，同比增长11%。", ("营业收入", 6.3, "万亿元", "实际")),
    ("上半年，园区企业实现经济总收入96亿元，上缴税收4.2亿元。", ("营业收入", 96, "亿元", "实际")),
    ("预计全年高新区实现经济收入210亿元。", ("营业收入", 210, "亿元", "预计")),
])
def test_income_said_whole_with_its_owner(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "全镇村集体经济收入达到850万元，同比增长12%。",
    "园区周边农民人均经济收入1.6万元。",
    "全县实现农村经济总收入43亿元。",
    # no owner right before it: an item after another figure stays none, as 收入 bare does
    "园区完成工业产值20亿元，经济总收入35亿元。",
])
def test_income_said_whole_without_owner(tmp_path, sentence):
    assert not {f for f in figures(tmp_path, sentence) if f[0] == "营业收入"}


# ------------------------------------------------------------------ a remark in brackets before a count of projects

def test_projects_held_with_a_remark_before_the_count(tmp_path):
    got = figures(tmp_path, "青岚工业园区现有入园项目(企业)318个，其中规模以上工业企业64家。")
    assert ("入园企业数", 318, "个", "实际") in got


def test_projects_of_a_period_with_a_remark_stay_the_period_s(tmp_path):
    # a period's new ones stay signed, the remark aside as before
    got = figures(tmp_path, "今年以来，园区新签约项目(亿元以上)14个。")
    assert ("签约项目数", 14, "个", "实际") in got and not {f for f in got if f[0] == "入园企业数"}


# ------------------------------------------------------------------ a numeral's decimals

TAIWAN = "青岚科学园区营业额再创新高"


@pytest.mark.parametrize("sentence, want", [
    # (兆 read as 万亿, as Taiwan writes it with digits)
    ("青岚科学园区今年一至九月营业额达到一．八四兆元，已超越去年全年。", ("营业收入", 1.84, "万亿元", "实际")),
    ("园区从业员工总数达十二點六萬人，创历年新高。", ("从业人员", 12.6, "万人", "实际")),
    ("园区实现工业总产值三点零七亿元。", ("工业总产值", 3.07, "亿元", "实际")),
])
def test_numeral_with_decimals(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence, TAIWAN)


def test_future_as_a_prospect_sets_no_horizon(tmp_path):
    # 未来 before a noun of prospect (未来生产潜力) speaks of the future as a thing: the figure after it is done
    got = figures(tmp_path, "另在反映未来生产潜力的投资方面，园区去年投入一百二十亿元；在就业方面，去年底园区员工总数达三点六万人。", TAIWAN)
    assert ("从业人员", 3.6, "万人", "实际") in got


@pytest.mark.parametrize("sentence", [
    "园区重点抓好三点，一是招商引资，二是项目建设。",  # 点 a point of a list, no decimal
    "园区营业额成长率将近百分之九点五。",  # a rate in numerals, no figure
])
def test_numeral_point_that_is_no_decimal(tmp_path, sentence):
    assert not figures(tmp_path, sentence, TAIWAN)


# ------------------------------------------------------------------ a zone's area after its bounds changed

@pytest.mark.parametrize("sentence, want", [
    ("青岚化工产业园扩区后面积为8.6215平方公里，共两个片区。", ("面积", 8.6215, "平方公里", "实际")),
    ("青岚化工产业园调区后面积为5.12平方公里。", ("面积", 5.12, "平方公里", "实际")),
])
def test_area_after_bounds_changed(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence, "关于青岚化工产业园扩区的公示")


def test_project_area_after_a_change_stays_none(tmp_path):
    assert not figures(tmp_path, "该项目调整后面积为320亩。", "关于青岚化工产业园扩区的公示")


# ------------------------------------------------------------------ registered foreign capital paid in

@pytest.mark.parametrize("sentence, want", [
    ("1至5月，开发区实际到账注册外资6420万美元，同比增长18%。", ("实际利用外资", 6420, "万美元", "实际")),
    ("开发区注册外资实际到账1.1亿美元。", ("实际利用外资", 1.1, "亿美元", "实际")),
])
def test_registered_foreign_capital_paid_in(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence)


def test_registered_foreign_capital_alone_is_none(tmp_path):
    assert not {f for f in figures(tmp_path, "全年新批外资项目9个，注册外资1.8亿美元。") if f[0] == "实际利用外资"}


# ------------------------------------------------------------------ jobs as positions: numerals, the verb with 出

@pytest.mark.parametrize("sentence, want", [
    ("青岚园区二期建成后，可创造近两千个工作机会。", ("从业人员", 2000, "个", "预计")),
    ("园区二期开发完成后，将创造出一千五百人以上的就业机会。", ("从业人员", 1500, "人", "预计")),
    ("园区二期开发完成后，将创造出1500个就业岗位。", ("从业人员", 1500, "个", "预计")),
])
def test_jobs_as_positions_numerals_and_result(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence, TAIWAN)


# ------------------------------------------------------------------ a Malaysian zone's investment drawn

@pytest.mark.parametrize("sentence, want", [
    ("柔佛州某经济特区今年首季吸引资金42亿3000万令吉（约新台币420亿元）。", ("签约资金", 423000, "万令吉", "实际")),
    ("该特区2010年以来累积吸资达986亿令吉。", ("签约资金", 986, "亿令吉", "累计")),
    ("截至今年6月底，该特区共吸引承诺投资1,820.5亿马币。", ("签约资金", 1820.5, "亿马币", "实际")),
])
def test_malaysian_zone_investment_drawn(tmp_path, sentence, want):
    assert want in figures(tmp_path, sentence, MALAYSIA)


@pytest.mark.parametrize("sentence", [
    "该公司吸引投资5亿令吉兴建新厂。",  # a firm's own
    "该州去年吸引游客消费20亿令吉。",  # no investment drawn
])
def test_malaysian_drawn_left_out(tmp_path, sentence):
    assert not {f for f in figures(tmp_path, sentence, MALAYSIA) if f[0] == "签约资金"}
