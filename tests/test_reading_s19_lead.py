"""Four forms of real pages the session-19 end check showed, each read by how such pages are built (issue 12).

- A portal's metadata row labelled 发布机关 (the issuing office) is the page's, as 发布机构 and 发文机关 rows are: never
  the title, and its value says who published the page.
- A news service's flash tag opening a lead (某某快讯，…) is a source's tag like 某某网讯: the title is the lead's event.
- A year set as a deadline in a lead (在2025年底以前…达到, 到2025年, 力争2026年前) is when a goal is due, not the year
  the news is about.
- A government or a committee before 与 is a party beside a zone, never part of the zone's name (某县政府与某园区).
Pages and sentences are our own."""
import pytest

from indexer.reading.describe import _YEAR, _is_deadline
from indexer.reading.pipeline import read_file


def read(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    reports = read_file(page, tmp_path).reports
    assert len(reports) == 1
    return reports[0]


def test_an_issuing_office_row_is_no_title(tmp_path):
    report = read(tmp_path, "\n".join([
        ":::主要內容區",
        "文號1288",
        "",
        "溪南科技園區招商再傳捷報 三家精密機械廠商簽約進駐",
        "",
        "  • 發布日期:2021-03-09",
        "  • 發布機關:溪南科技園區管理局",
        "  溪南科技園區管理局今日表示，園區本季新核准三家精密機械廠商進駐，投資金額合計12億元，預計明年投產。",
        "  管理局指出，園區標準廠房出租率已逾九成，將加速第二期用地開發，以滿足廠商擴廠需求。",
    ]))
    assert report.title == "溪南科技園區招商再傳捷報 三家精密機械廠商簽約進駐"
    assert "發布機關" not in report.text


def test_a_simplified_issuing_office_row_is_furniture_too(tmp_path):
    report = read(tmp_path, "\n".join([
        "青禾经济开发区召开一季度项目推进会",
        "发布机关：青禾经济开发区管委会",
        "4月6日，青禾经济开发区召开一季度项目推进会，通报一季度重点项目进展情况，部署二季度工作。",
        "会议指出，一季度全区新开工项目9个，完成固定资产投资15.2亿元，同比增长11%。",
    ]))
    assert report.title == "青禾经济开发区召开一季度项目推进会"
    assert "发布机关" not in report.text


@pytest.mark.parametrize("tag", ["每经AI快讯", "某某财经快讯", "江城快訊"])
def test_a_flash_tag_opening_a_lead_is_a_source(tmp_path, tag):
    report = read(tmp_path, "\n".join([
        "2023-06-12 09:41:08",
        f"{tag},江城市启动全市化工园区安全整治提升行动,提出在2025年底以前,全市化工园区全部达到较低安全风险等级。",
        "江城市应急管理局表示,行动将分三个阶段实施,逐园制定整改清单。",
    ]))
    assert report.title.startswith("江城市启动全市化工园区安全整治提升行动")
    assert report.doc_type == "简报"


def test_a_word_ending_in_xun_that_is_no_source_stays_text():
    from indexer.reading.titles import NEWS_LEAD_RE
    # 通讯 / 资讯 end in 讯 but are no source's tag
    assert NEWS_LEAD_RE.match("园区通讯,本期介绍三家新入驻企业。") is None
    assert NEWS_LEAD_RE.match("每经快讯,某园区签约") is not None


@pytest.mark.parametrize("text, deadline", [
    ("提出在2025年底以前，全部达到较低风险等级", True),
    ("到2025年，园区工业总产值突破500亿元", True),
    ("力争2026年前建成投用", True),
    ("于2024年之前完成搬迁", True),
    ("截止到2023年底，园区累计入驻企业210家", False),
    ("截至2023年末，园区建成区面积12平方公里", False),
    ("2023年，园区完成工业总产值86亿元", False),
    ("2022年以前的项目全部竣工", False),
])
def test_a_deadline_year(text, deadline):
    assert _is_deadline(text, _YEAR.search(text)) is deadline


def test_a_deadline_in_the_lead_does_not_date_the_news(tmp_path):
    report = read(tmp_path, "\n".join([
        "2023-06-12 09:41:08",
        "江城快訊,江城市啟動全市化工園區安全整治提升行動,提出在2025年底以前,全市化工園區全部達到較低安全風險等級。",
        "江城市應急管理局表示,行動將分三個階段實施,逐園制定整改清單。",
    ]))
    assert report.year == 2023


def test_a_government_beside_a_zone_is_no_part_of_its_name(tmp_path):
    report = read(tmp_path, "\n".join([
        "溪南農業新里程 特色食品產業園區動土",
        "為擴大在地農產加工,溪南縣政府與農業科技園區、區農業改良場共同合作,設置特色食品產業園區,25日舉行動土典禮。",
        "縣長表示,園區將以農產加工為主,未來可提供約40家廠商進駐。",
    ]))
    assert not any("政府" in name for name in report.parks_mentioned + [report.park or ""])


def test_a_zone_named_with_its_fields_joined_by_ji_is_still_read():
    # the rule above stops at a governing body only: 创新及科技园 (two fields of one zone's name) is still one name
    from indexer.reading.parks import _zone_name_at
    assert _zone_name_at("港深创新及科技园位于落马洲河套地区") == "港深创新及科技园"
    assert _zone_name_at("屏东县政府与农业生物科技园区共同合作") == ""


def test_a_district_whose_first_character_the_segmenter_cut_is_read_whole():
    # 米 + 东区: the segmenter leaves the district's first character alone; 米东区 is the division the gazetteer knows
    from indexer.reading.parks import find_park_mentions
    names = [m.name for m in find_park_mentions("近年来，乌鲁木齐市米东区化工园区把循环经济作为园区发展的重要抓手。")]
    assert names == ["米东区化工园区"]
    # a level character before a district is its city's, not a first character (攀枝花市 + 东区)
    assert [m.name for m in find_park_mentions("攀枝花市东区工业园区今年新签约项目12个。")] == ["东区工业园区"]


def test_years_listed_together_are_a_history_not_the_news_year(tmp_path):
    # two zones named in turn in listed years: when things happened, not the year the news is about (it names none)
    report = read(tmp_path, "\n".join([
        "近期，有关部门组织开展了循环化改造示范试点园区的验收工作，我省青川经济开发区、白河工业园区通过验收。",
        "2011年、2013年，青川经济开发区、白河工业园区先后被确定为国家循环化改造示范试点园区。经过多年发展，两个园区产业布局趋于合理。",
        "今后，两个园区将继续发挥示范试点园区的作用，努力开创循环经济工作新局面。",
    ]))
    assert report.year is None


def test_a_year_alone_opening_a_sentence_still_dates_undated_news(tmp_path):
    report = read(tmp_path, "\n".join([
        "近日，记者从青川经济开发区获悉，开发区循环化改造通过验收。",
        "据介绍，2019年，开发区完成规上工业总产值86亿元，同比增长9%。",
    ]))
    assert report.year == 2019
