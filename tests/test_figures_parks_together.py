"""Key figures of a place's parks taken together (#16, session 11). A study or a news item about a city's parks
that names none of them as its own (关于全市工业园区发展情况的调研报告, 上半年某市产业园区…) reports the parks'
figures together: 全市工业园区实现工业总产值…, 全市13个产业园区入园企业…, 11个园区规划总面积… are what it says of
parks (the blind sets' convention since session 9: "the aggregate of a city's parks in a study of them is their
figure"). One park it names (岚山经济开发区完成…) is a park too, its figure a park's (eval7 p10 labels 竹科、中科、南科
each); and where a report has a park of its own,
or is a place's own report, or sets the park against the place's parks, the place's parks stay 其他 as before.
The pages are our own (tests/fixtures/indicators/, labelled in tests/gold/indicators_reports.json); the tests
marked new failed before the change.
"""
from pathlib import Path

from indexer.reading.pipeline import read_file

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "indicators"


def read_text(tmp_path, name, text):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    reading = read_file(f, tmp_path)
    return [(i.name, i.value, i.status, i.scope) for r in reading.reports for i in r.indicators]


def test_a_study_of_a_citys_parks_reports_their_figures_together():  # new
    reading = read_file(FIXTURES / "关于全市工业园区发展情况的调研报告.txt", FIXTURES)
    scopes = {(i.name, i.value): i.scope for i in reading.reports[0].indicators}
    assert scopes[("工业总产值", 845.6)] == "园区"  # 全市工业园区实现…
    assert scopes[("入园企业数", 1460)] == "园区"  # 全市9个工业园区入园企业…
    assert scopes[("面积", 312)] == "园区"  # 9个园区规划总面积…
    assert scopes[("签约资金", 286.5)] == "园区"  # 全市园区…协议引资…
    assert scopes[("工业总产值", 312.4)] == "园区"  # one of the parks, named: a park's figure (eval7 p10's labels)


def test_a_news_item_titled_with_the_citys_parks(tmp_path):  # new
    page = ("上半年青川市产业园区发展势头良好\n"
            "截至6月底，全市11个产业园区入园企业达到860个，其中规模以上工业企业210个。"
            "上半年全市园区引进项目93个，协议引资150.2亿元。\n")
    got = read_text(tmp_path, "p.txt", page)
    assert ("入园企业数", 860, "实际", "园区") in got and ("签约资金", 150.2, "实际", "园区") in got


def test_the_parks_of_a_place_stay_other_where_the_report_is_not_about_them(tmp_path):
    # a park's own summary, its name left out, comparing itself with the city's parks (guard)
    page = ("工业园区2023年工作总结\n"
            "2023年，全市工业园区实现工业总产值860亿元。园区全年完成工业总产值96.5亿元，同比增长8%。\n")
    got = read_text(tmp_path, "a.txt", page)
    assert ("工业总产值", 860, "实际", "其他") in got and ("工业总产值", 96.5, "实际", "园区") in got
    # a city government's work report: its parks together are the city's (guard)
    page = ("2023年青川市人民政府工作报告\n"
            "各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。\n"
            "过去一年，全市工业园区实现工业总产值860亿元，增长9%。\n")
    got = read_text(tmp_path, "b.txt", page)
    assert [g for g in got if g[3] == "园区"] == []
    # the place's parks set against the park in one sentence (guard; also gold "全市园区实现税收18.5亿元；…")
    page = ("园区经济运行情况调研\n"
            "全市共有6个工业园区。今年以来，全市园区实现税收18.5亿元；园区实现税收2.1亿元。\n")
    got = read_text(tmp_path, "c.txt", page)
    assert ("税收", 18.5, "实际", "其他") in got


def test_a_bulletin_counting_a_provinces_parks(tmp_path):  # new
    # a province's report whose opening speaks for its parks: the parks it counts, then their figures together
    page = ("全省园区经济运行情况\n"
            "截至去年底，全省各级各类园区共96个，园区经济保持平稳增长。\n"
            "纳入统计的72个工业园区共完成工业总产值5120.6亿元，同比增长9.2%；实现税金386.4亿元，增长7.5%。\n")
    got = read_text(tmp_path, "d.txt", page)
    assert ("工业总产值", 5120.6, "实际", "园区") in got and ("税收", 386.4, "实际", "园区") in got


def test_a_provinces_work_report_keeps_its_parks_figures_other(tmp_path):
    # (guard) a government's work report: the parks it counts are the province's
    page = ("2023年青川省人民政府工作报告\n"
            "各位代表：现在，我代表省人民政府，向大会报告工作，请予审议。\n"
            "过去一年，全省72个工业园区共完成工业总产值5120.6亿元。\n")
    got = read_text(tmp_path, "e.txt", page)
    assert [g for g in got if g[3] == "园区"] == []


def test_a_named_district_is_a_subject_like_a_county():  # new
    from conftest import figures_in
    got = figures_in("今年以来，龙文区新签约项目12个，计划总投资36.5亿元；园区新签约项目5个。")
    assert [(f.value, f.scope) for f in got] == [(12, "其他"), (36.5, "其他"), (5, "园区")]
    # (guard) a park named after its district is the park
    got = figures_in("2023年，江北区工业园区完成工业总产值50亿元。")
    assert [(f.value, f.scope) for f in got] == [(50, "园区")]
    # (guard) a block of land whose name begins like a district (朝阳区块) is no district
    got = figures_in("其中园区承担朝阳区块的征迁、建设任务，规划面积1850亩。")
    assert [(f.value, f.scope) for f in got] == [(1850, "园区")]


def test_a_citys_county_zones_together_and_the_firms_inside_them(tmp_path):  # new (session 13, eval10 p38)
    # 县域 between the city and the head (全市县域工业集中区: the city's zones of its counties), the firms counted
    # inside them (集中区内工业企业) and the bare head again in the next sentence (集中区全年完成…): the zones together
    page = ("全市县域工业集中区建设成效明显\n"
            "2022年，全市县域工业集中区围绕主导产业强链补链，集中区的综合实力明显增强。\n"
            "2022年，全市县域工业集中区内工业企业达到268户，实现工业总产值86.4亿元，同比增长12.5%；上缴税金5.6亿元。"
            "集中区全年完成固定资产投资24.7亿元，同比增长18%。"
            "青峰县循环经济集中区实现工业总产值31.2亿元，占全县工业总产值的58%。\n")
    got = read_text(tmp_path, "p.txt", page)
    assert ("入园企业数", 268, "实际", "园区") in got
    assert ("工业总产值", 86.4, "实际", "园区") in got and ("税收", 5.6, "实际", "园区") in got
    assert ("固定资产投资", 24.7, "实际", "园区") in got


def test_the_citys_county_zones_stay_other_in_a_parks_own_report(tmp_path):  # guard
    page = ("青峰县循环经济集中区2022年工作总结\n"
            "2022年，全市县域工业集中区内工业企业达到268户，实现工业总产值86.4亿元。"
            "集中区全年完成工业总产值31.2亿元，同比增长9%。\n")
    got = read_text(tmp_path, "p.txt", page)
    assert ("入园企业数", 268, "实际", "其他") in got and ("工业总产值", 86.4, "实际", "其他") in got
    assert ("工业总产值", 31.2, "实际", "园区") in got


def test_the_citys_parks_of_every_kind_said_together(tmp_path):  # new (session 13, a real page's form)
    # the place's parks and another kind said bare (全市工业园区和高新区): all its parks, no one park beside them
    page = ("全市园区经济稳中有进\n"
            "一季度，全市工业园区和高新区完成工业总产值186.4亿元，同比增长9.6%。"
            "全市工业园区入园企业达2410户。\n")
    got = read_text(tmp_path, "p.txt", page)
    assert ("工业总产值", 186.4, "实际", "园区") in got and ("入园企业数", 2410, "实际", "园区") in got
    # a named zone beside them is one park set beside the parks: the place's (guard)
    page = ("全市园区经济稳中有进\n"
            "一季度，全市工业园区和青川高新区完成工业总产值186.4亿元，同比增长9.6%。\n")
    got = read_text(tmp_path, "q.txt", page)
    assert ("工业总产值", 186.4, "实际", "其他") in got
