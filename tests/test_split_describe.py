"""Splitting reports and sections, and the metadata rules, on exact inputs."""
from pathlib import Path

import pytest

from indexer.reading.corrections import load_corrections
from indexer.reading.describe import (
    choose_doc_type, choose_park, choose_period, choose_year, find_parks, heading_category,
)
from indexer.reading.pipeline import iter_corpus_files, read_file
from indexer.reading.split import heading_text, split_reports, split_sections

SEEDS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    "text, titles",
    [
        # a collection's numbering is the site's, not the report's: a person reads 园区工作计划
        ("页面\n园区工作计划【第一篇】\n正文一。\n园区工作计划【第二篇】\n正文二。", ["园区工作计划", "园区工作计划"]),
        ("园区工作总结篇一\n甲。\n园区工作总结篇二\n乙。", ["园区工作总结", "园区工作总结"]),
        ("工業園區上半年工作總結1\n甲。\n工業園區上半年工作總結2\n乙。", ["工業園區上半年工作總結", "工業園區上半年工作總結"]),
        ("1. 金岭工业园2023年工作总结\n甲。\n2. 达道湾工业园区2023年工作计划\n乙。",
         ["金岭工业园2023年工作总结", "达道湾工业园区2023年工作计划"]),
        ("开发区工作汇报（通用2篇）\n开发区工作汇报 篇1\n甲。\n开发区工作汇报 篇2\n乙。", ["开发区工作汇报", "开发区工作汇报"]),
        ("篇一:园区工作总结\n甲。\n篇二:园区工作总结\n乙。", ["园区工作总结", "园区工作总结"]),
        ("工业园区管委会上半年工作总结(五篇)\n(篇一)\n甲。\n(篇二)\n乙。", ["工业园区管委会上半年工作总结", "工业园区管委会上半年工作总结"]),
        # the first of a family carries no number: …简报, …简报二
        ("会议简报\n时间\n产业园区建设指挥部工作会议简报\n甲。\n产业园区建设指挥部工作会议简报二\n乙。",
         ["产业园区建设指挥部工作会议简报", "产业园区建设指挥部工作会议简报"]),
        # a report titled only by its number takes the collection's title
        ("园区工作计划精选2篇\n【第一篇】\n甲。\n【第二篇】\n乙。", ["园区工作计划", "园区工作计划"]),
        # section headings that end in 总结/计划 are not report titles
        ("园区2023年工作汇报\n一、上半年工作总结\n甲。\n二、下半年工作计划\n乙。", ["园区2023年工作汇报"]),
        # no title line: a file named by its title names the report …
        ("各位代表：\n现在我代表国务院作报告。", ["政府工作报告"]),
        # … and a short heading further down is no title once the text has begun
        ("各位代表：\n我代表国务院，向大会作政府工作报告，请予审议。\n过去五年国内工作的基本总结\n五年来成绩显著。", ["政府工作报告"]),
    ],
)
def test_split_reports(text, titles):
    reports, _ = split_reports(text, "政府工作报告")
    assert [r.title for r in reports] == titles
    assert all(r.text.split("\n")[0] == r.title for r in reports)


@pytest.mark.parametrize(
    "text, title, body_start",
    [
        # … else the first words of the lead (a news item, a speech)
        ("3月5日上午，桐庐经济开发区召开年度工作会议，全面总结去年工作，部署今年重点任务，开发区党工委书记出席会议并讲话。\n会议指出，成绩显著。",
         "3月5日上午，桐庐经济开发区召开年度工作会议", "3月5日上午"),
        ("同志们：\n今天召开云溪工业园区项目建设推进会，主要任务是总结一季度项目建设情况，分析存在的问题，安排部署下一阶段工作。",
         "今天召开云溪工业园区项目建设推进会", "同志们"),
        # a title run into its body on one line is cut at its genre word
        ("2022年工业区管委会工作总结青岚工业园区作为全市工业经济的主战场，始终坚持建好一个园区带动一方发展的理念，全力推进园区建设。",
         "2022年工业区管委会工作总结", "青岚工业园区作为"),
        # … and the site's number glued to the body is no part of either
        ("开发区上半年工作总结120xx年以来，在市委、市政府的正确领导下，我们突出项目建设这一主题，继续加大基础设施投入，不断拓宽招商思路。",
         "开发区上半年工作总结", "20xx年以来"),
        # the title among a site's lines: not the site, not the unit under it
        ("欢迎光临\n2024年度工业园区工作总结和工作思路(精选文档)\n宜良县经济开发区管委会\n今年以来，园区认真贯彻落实区委的决策部署，工作稳中有进。",
         "2024年度工业园区工作总结和工作思路", "宜良县经济开发区管委会"),
        # a lead whose first clause only says when: the title runs to the next comma
        ("11月16日下午,市新兴纺织工业园管委会召开会议,传达学习全市经济工作推进会精神。\n会议强调,各部门要统一思想。",
         "11月16日下午,市新兴纺织工业园管委会召开会议", "11月16日下午"),
        # a portal's table cell around a headline
        ("常州經開區召開黨工委(擴大)會議 |\n昨天上午,常州經開區召開黨工委(擴大)會議,班子成員參加會議。", "常州經開區召開黨工委(擴大)會議",
         "昨天上午"),
        # a headline without a genre word right above a news lead
        ("聚力创新 推动发展\n3月5日上午，桐庐经济开发区召开年度工作会议，全面总结去年工作，部署今年重点任务。\n会议指出，成绩显著。",
         "聚力创新 推动发展", "3月5日上午"),
        ("【工作总结】临澧高新技术产业园区2022年度工作总结\n2022年，园区坚持创新驱动，聚焦主导产业，全年完成技工贸总收入210亿元。",
         "临澧高新技术产业园区2022年度工作总结", "2022年，园区"),
    ],
)
def test_title_of_a_page_without_a_clean_title_line(text, title, body_start):
    (report,), _ = split_reports(text, "0a1b2c3d4e5f")
    assert report.title == title
    assert report.text.split("\n")[1].startswith(body_start)


SAMPLE = ("金岭工业园2023年工作总结\n今年以来成绩显著。\n一、主要成效\n（一）基础设施建设进展顺利\n1、道路工程。全长5公里。\n"
          "（1）东段\n一是加快建设。\n二、存在的问题\n三、下一步工作打算\n（一）加快招商引资，确保项目落地，这是全年工作的重中之重，必须抓紧抓实抓好抓出成效来。全力以赴。\n"
          "年工作重点:\n加强服务，优化环境，改善园区的营商环境。")


def test_sections_levels_headings_and_categories():
    secs = split_sections(SAMPLE)
    from indexer.reading.describe import categorize_sections
    categorize_sections(secs)
    assert [(s.heading, s.level, s.category) for s in secs] == [
        (None, 0, "其他"),
        ("一、主要成效", 1, "成效进展"),
        ("（一）基础设施建设进展顺利", 2, "成效进展"),
        ("1、道路工程", 3, "成效进展"),
        ("（1）东段", 4, "成效进展"),
        ("二、存在的问题", 1, "存在问题"),
        ("三、下一步工作打算", 1, "计划安排"),
        ("（一）加快招商引资", 2, "计划安排"),
        ("年工作重点", 1, "计划安排"),
    ]
    assert SAMPLE[secs[0].start:secs[0].end] == "今年以来成绩显著。\n"
    assert SAMPLE[secs[1].start:].startswith("一、主要成效")
    assert secs[-1].end == len(SAMPLE)


@pytest.mark.parametrize(
    "line, heading",
    [
        ("一、园区建设情况", "一、园区建设情况"),
        ("(一)园区规划不断深化。金岭工业园在去年7月委托规划设计院编制总体规划。", "(一)园区规划不断深化"),
        ("一、园区排水工程建设：该项工程总投资2300万元。", "一、园区排水工程建设"),
        ("年工作重点:", "年工作重点"),
    ],
)
def test_heading_text(line, heading):
    assert heading_text(line) == heading


@pytest.mark.parametrize(
    "heading, category",
    [
        ("四、金岭工业园建设存在的问题", "存在问题"), ("二、存在的不足", "存在问题"), ("五、2008年工作思路", "计划安排"),
        ("二、下半年工作安排", "计划安排"), ("二、采取的具体措施和办法", "做法措施"), ("一、工作进展", "成效进展"),
        ("一、上半年工作情況", "成效进展"), ("一、主要做法和工作成效", "做法措施"), ("（二）园区道路", None),
        ("二、重点难点工作有效突破", None), ("（二）重点工作推进情况", "成效进展"), ("3、计划生育工作", None),
        ("三、2024年工作安排", "计划安排"), ("二、正视问题，补齐短板", "存在问题"), ("（二）着力解决企业融资难问题", None),
        ("三、防范化解重大风险", None), ("三、保障措施", "做法措施"), ("一、园区基本情况", "成效进展"),
    ],
)
def test_heading_category(heading, category):
    assert heading_category(heading) == category


@pytest.mark.parametrize(
    "text, parks",
    [
        ("狠抓金岭工业园基础设施建设", ["金岭工业园"]),
        ("20xx年是额敏工业园区承上启下的一年", ["额敏工业园区"]),
        ("县xx工业园服务局", []), ("建设x工业园区", []), ("X工业园区建设", []), ("将—工业园区基础设施", []),
        ("××工业园区实现跨越", []), ("县工业园将立足当前", []), ("农业园区认真学习", []),
        ("调查摸底汽车产业园用地", []), ("使得磐安工业园区真正成为", ["磐安工业园区"]),
        ("和顺工业园已引进1家项目", ["和顺工业园"]), ("**工业园区", []),
        # a name never starts with a verb, a function word, a common noun or a document word
        ("有關開發區上半年工作總結", []), ("查找開發區", []), ("带领经开区走向", []), ("专题协商工业园区如何", []),
        ("建设综合性工业园区", []), ("工作总结工业园区", []), ("现将农业园区工作总结如下", []), ("我县工业园区", []),
        # qualifiers between name and head stay in the name; the name is found behind them
        ("临港高新技术产业园区2023年", ["临港高新技术产业园区"]), ("宁波国家高新区2007年", ["宁波国家高新区"]),
        ("北仑现代农业综合开发区管委会", ["北仑现代农业综合开发区"]), ("樟树市工业园区管委会", ["樟树市工业园区"]),
        ("永内农业科技园区在庄头乡", ["永内农业科技园区"]), ("x望春工业园区管委会", ["望春工业园区"]),
        # one park, one name: Traditional pages give the Simplified name
        ("鳳陽工業園區", ["凤阳工业园区"]), ("常州經開區召開會議", ["常州经开区"]),
        # zones named by what they hold are kinds of park, not parks
        ("完成了《农产品物流园修建性详细规划》", []), ("食品产业园控制性详细规划", []),
        ("〔...〕市工业园区2025年", []), ("与xxx经济开发区签订", []),
    ],
)
def test_find_parks(text, parks):
    assert [n for n, _ in find_parks(text)] == parks


def test_a_park_listed_among_projects_is_not_the_reports():
    body = ("8月3日上午，区党工委书记主持召开领导班子工作会，研究开发区重点工程推进。\n"
            "会议要求，要强力抓好旺旺工业园、力司生态食品工业园、恒瑞项目等重点工程，确保园区开发区各项目标完成。")
    park, _, why = choose_park("8月3日上午，区党工委书记主持召开领导班子工作会", body)
    assert park is None, why


def test_park_needs_a_park_topic():
    park, mentioned, why = choose_park("绿化所上半年工作总结", "我所在絡維工業園區开展义务植树活动，种植桃花300株。")
    assert park is None and mentioned == ["络维工业园区"] and "不是园区" in why


@pytest.mark.parametrize(
    "title, body, year",
    [
        ("2023年工业园区工作汇报1", "", 2023), ("园区工作计划【第一篇】", "到20__年，园区建成面积达5平方公里。", None),
        ("园区工作总结", "20xx年是额敏工业园区关键的一年。2019年…", None), ("园区工作总结", "2019年以来，园区完成投资。", 2019),
        ("2007 年工业园区工作总结", "", 2007), ("园区工作总结", "园区完成投资。", None),
        ("工业园区(高新区)2019工作总结及2020年工作计划", "", 2019),  # a site dropped the 年
        ("工业园区情况汇报", "云溪工业园区成立于2011年，现有企业96家。", None),  # an event's year is not the report's
        ("园区工作总结", "按照《发展规划纲要（2006-2020年）》要求，2007年园区完成投资。", 2007),  # nor a span's end in a cited title
    ],
)
def test_year(title, body, year):
    assert choose_year(title, body)[0] == year


@pytest.mark.parametrize(
    "title, doc_type",
    [
        ("园区除草活动简报 园区工作总结篇一", "工作总结"), ("2023年工业园区工作汇报1", "工作汇报"), ("园区工作计划【第一篇】", "工作计划"),
        ("工業園區上半年工作總結1", "工作总结"), ("1955年中华人民共和国国务院政府工作报告", "工作报告"), ("园区工作简报", "简报"),
        ("在园区建设大会上的讲话", "讲话"), ("园区2024年工作要点", "工作计划"), ("园区招商方案", "其他"),
        # a 总结 with its plans is a 总结, joined or not; a speech at a 总结 meeting is a speech
        ("工业园区上半年工作总结及下半年思路", "工作总结"), ("开发区2020年工作总结工作计划安排谋划", "工作总结"),
        ("宁波国家高新区2007年工作总结和2008年工作安排报告", "工作报告"), ("在开发区2023年总结表彰大会上的讲话", "讲话"),
    ],
)
def test_doc_type_from_title(title, doc_type):
    assert choose_doc_type(title, None, "")[0] == doc_type


@pytest.mark.parametrize(
    "title, period",
    [("工业园区上半年工作总结", "上半年"), ("园区下半年工作计划", "下半年"), ("园区一季度工作简报", "季度"),
     ("2023年园区工作总结", "全年"), ("园区工作总结", "不明")],
)
def test_period(title, period):
    assert choose_period(title, "")[0] == period


@pytest.mark.parametrize(
    "body, doc_type",
    [
        ("同志们：\n这次会议的主要任务是总结上半年工作。刚才，经开区汇报了半年度重点工作推进情况。", "讲话"),
        ("各位领导：\n下面我将园区建设有关情况作简要汇报，请予指正。", "工作汇报"),
        ("各位代表：\n现在，我代表管委会向大会报告工作，请予审议。", "工作报告"),
        ("本报讯（记者 李明）6月18日，云溪工业园区举行重大项目集中开工仪式。", "简报"),
        ("根据通知要求，现将我园区上半年工作情况汇报如下：\n一、主要指标完成情况", "工作汇报"),
    ],
)
def test_doc_type_from_the_opening(body, doc_type):
    assert choose_doc_type("园区上半年工作情况", None, body)[0] == doc_type


def test_corrections_and_folder_hints(tmp_path):
    (tmp_path / "金岭工业园" / "2023").mkdir(parents=True)
    body = "园区工作总结\n今年以来，园区完成投资2850万元，园区道路竣工，园区招商顺利。\n"
    (tmp_path / "金岭工业园" / "2023" / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("达道湾工业园区2023年工作总结\n" + body, encoding="utf-8")
    (tmp_path / "parksearch-meta.csv").write_text(
        "file,n,park,year,doc_type\nb.txt,1,,null,工作汇报\nb.txt,,,,\nc.txt,x,,,\n", encoding="utf-8")
    corr = load_corrections(tmp_path)
    assert corr.problems and "c.txt" not in str(corr.rows)
    assert [p.relative_to(tmp_path).as_posix() for p in iter_corpus_files(tmp_path)] == ["b.txt", "金岭工业园/2023/a.txt"]
    (a,) = read_file(tmp_path / "金岭工业园" / "2023" / "a.txt", tmp_path, corr).reports
    assert (a.park, a.year) == ("金岭工业园", 2023) and "文件夹" in a.evidence["park"]
    fr = read_file(tmp_path / "b.txt", tmp_path, corr)
    (b,) = fr.reports
    assert fr.source == "b.txt"
    assert (b.park, b.year, b.doc_type) == ("达道湾工业园区", None, "工作汇报")
    assert "parksearch-meta.csv" in b.evidence["year"]


def test_off_topic_article_is_dropped_with_a_note():
    fr = read_file(SEEDS / "000_b7ebce4f01a634e6.txt", SEEDS)
    assert len(fr.reports) == 7 and [r.n for r in fr.reports] == list(range(1, 8))
    assert "第四篇" in fr.notes[0] and all("幼儿" not in r.text for r in fr.reports)


def test_pipeline_does_not_import_index_or_web():
    import indexer.reading.clean, indexer.reading.describe, indexer.reading.pipeline, indexer.reading.formats, indexer.reading.split  # noqa: E401
    for mod in (indexer.reading.clean, indexer.reading.describe, indexer.reading.pipeline, indexer.reading.formats, indexer.reading.split):
        src = Path(mod.__file__).read_text(encoding="utf-8")
        assert "import whoosh" not in src and "import flask" not in src and "import jieba" not in src


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from indexer.reading.parks import find_park_mentions, to_simplified  # noqa: E402
from indexer.text import MASK_CHARS, PARK_HEADS  # noqa: E402

_PARK_PIECES = ["金岭", "工业园", "工业园区", "园区", "开发区", "经济技术开发区", "的", "，", "\n", "高新", "区", "产业园",
                "市", "县", "xx", "××", "建设", "工業園區", "物流", "樟树", "我县", "有关", "现将", "国家", "鳳陽", "__"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARK_PIECES), max_size=40).map("".join))
def test_found_parks_are_names_before_a_head(text):
    simp = to_simplified(text)
    for m in find_park_mentions(text):
        assert m.name == simp[m.start:m.start + len(m.name)]
        assert m.name.endswith(m.head) and m.head in PARK_HEADS and m.name.startswith(m.place)
        assert len(m.place) >= 2 and not any(c in MASK_CHARS for c in m.place)
        assert not m.place.startswith(("我", "本", "该", "有关", "现将"))
