"""A headline set on two lines whose first line is the park and a count of its things, the subject (某某经开区2个项目),
and whose second is the predicate (拟入选…): one title, naming the park. Read after session 22's blind scoring (one of
its pages showed it: spent); the pages are our own."""
from indexer.reading.parks import park_name_line
from indexer.reading.pipeline import read_file


def _read(tmp_path, lines):
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    return read_file(page, tmp_path).reports[0]


def test_a_park_and_a_count_over_the_predicate_is_one_title(tmp_path):
    report = _read(tmp_path, [
        "第03版:要闻",
        "青河经开区3个项目",
        "入选省级先进制造业集群培育名单",
        "本报讯(记者 林海)近日，省工业和信息化厅公布了第二批先进制造业集群培育名单，青河经开区智能装备、新材料、"
        "生物医药3个项目入选，数量居全市首位。",
    ])
    assert report.title == "青河经开区3个项目入选省级先进制造业集群培育名单"
    assert report.park == "青河经开区"


def test_chinese_numerals_count_too():
    assert park_name_line("青河工业园区两家企业") == "青河工业园区两家企业"
    assert park_name_line("青河高新区管委会") == "青河高新区管委会"


def test_a_line_that_says_more_than_a_count_is_no_first_line():
    assert park_name_line("青河经开区3个项目开工") == ""
    assert park_name_line("青河经开区3个月") == ""
    assert park_name_line("青河经开区项目建设") == ""


def test_a_title_that_names_its_own_park_takes_no_line_above(tmp_path):
    report = _read(tmp_path, [
        "青河经开区3个项目",
        "白沙工业园区举行重点项目集中签约仪式",
        "本报讯 近日，白沙工业园区举行重点项目集中签约仪式，现场签约项目8个，总投资26亿元。",
    ])
    assert report.title == "白沙工业园区举行重点项目集中签约仪式"
