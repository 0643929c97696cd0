"""Titles and types by the form of what a page prints (session 14): a picture's caption and credit, the authors'
names, an office's name, a headline group set over several lines, a lead's statement ending at its colon."""
import pytest

from indexer.reading import titles


@pytest.mark.parametrize("line, caption", [
    ("圖/ 青嵐園區管理局林志明局長(右3)與宏展科技陳立華副總經理(右2)、青嵐園區管理局王美玲科長(左1)等人於記者會後合影留念", True),
    ("示意圖/青港新聞台", True),
    ("資料照/記者黃志偉攝", True),
    ("(资料图片仅供参考)", True),
    ("效果图：青港规划设计院", True),
    ("白鷺工業區擴建獲准 新增用地42公頃", False),
    ("绘就发展新蓝图：青港经开区谋划十大工程", False),  # (a headline with 蓝图 and a colon: no picture's kind)
    ("图为青岚工业区在2023年的发展蓝图规划了三个片区，目标是到2025年实现工业总产值300亿元，并引进重点项目50个以上，形成三大主导产业集群", False),
])
def test_a_caption_is_told_by_its_form(line, caption):
    assert titles.is_caption(line) is caption


@pytest.mark.parametrize("line, names", [
    ("周明华、吴晓燕、郑国强", True),
    ("王麗娟、白赟、徐曉莉、陶玲燕", True),
    ("欧阳明 李华", True),
    ("稳增长、促改革、调结构", False),  # (a slogan's phrases open with no surname)
    ("青港经开区营业收入首破五百亿", False),
])
def test_a_line_of_personal_names_is_the_authors(line, names):
    assert titles.is_author_names(line) is names


@pytest.mark.parametrize("line, byline", [
    ("青岭县统计局", True),
    ("国家统计局青岭调查队", True),
    ("杭州市商务局", True),
    ("青港市成立数据局", False),  # (a headline: its verb)
])
def test_an_offices_name_alone_is_a_byline(line, byline):
    assert titles.is_byline(line) is byline


@pytest.mark.parametrize("lines, title", [
    (["青杉经济开发区党工委书记、管委会主任刘建国访谈:", "稳住工业基本盘 培育发展新动能", "打造全市开放发展新高地", "2023-11-20",
      "主持人:青杉经济开发区成立十年来,发展速度很快。刘主任,请您介绍一下近年来的主要变化好吗?"],
     "青杉经济开发区党工委书记、管委会主任刘建国访谈:稳住工业基本盘 培育发展新动能 打造全市开放发展新高地"),
    (["聚焦一季度开门红——", "白沙物流园区跨境电商业务量翻番", "2024年03月02日", "本报讯 今年以来,白沙物流园区跨境电商业务量持续增长,1-2月共处理跨境包裹120万件。"],
     "聚焦一季度开门红——白沙物流园区跨境电商业务量翻番"),
    # the group printed whole, then its kicker again, run together by the cleaner
    (["青杉开发区主任刘建国访谈:稳住基本盘 打造新高地青杉开发区主任刘建国访谈:", "稳住基本盘", "打造新高地",
      "主持人:青杉经济开发区成立十年来,发展速度很快,请您介绍一下近年来的主要变化好吗?"],
     "青杉开发区主任刘建国访谈:稳住基本盘 打造新高地"),
])
def test_a_headline_group_is_one_title(lines, title):
    joined, k, why = titles.join_headline_block(lines)
    assert k is not None and joined[k] == title and why


@pytest.mark.parametrize("lines", [
    ["各位代表:", "现在,我代表开发区管委会向大会报告工作,请予审议。"],  # (whom a speech calls)
    ["一、主要工作:", "（一）项目建设", "全年新开工项目28个,完成投资56亿元。"],  # (a numbered heading)
    ["摘要:", "本文以青港经开区为例,分析园区转型的路径。"],  # (a text's label)
])
def test_no_group_without_a_kicker(lines):
    assert titles.join_headline_block(lines)[1] is None


@pytest.mark.parametrize("lead, title", [
    (["2023年,高新区多项经济指标增速位居全市第一:规上工业增加值增长12.5%,高于全市4.3个百分点。"], "2023年,高新区多项经济指标增速位居全市第一"),
    (["管委会主任张立表示:今年园区将新开工项目30个,完成投资80亿元。"], None),  # (who speaks: the words said go on)
])
def test_a_lead_statement_ends_at_the_colon_of_its_list(lead, title):
    got = titles.title_from_lead(lead)
    if title:
        assert got == title
    else:
        assert got and ":" in got or got and "今年" in got


@pytest.mark.parametrize("line, score_zero", [
    ("【演播室】", True),
    ("【配音】", True),
    ("【同期声】", True),
    ("【青禾产业园与港务集团签约共建物流基地】", False),  # (a headline set in brackets says something)
])
def test_a_part_label_in_brackets_is_no_title(line, score_zero):
    assert (titles.title_score(line) == 0) is score_zero


@pytest.mark.parametrize("line", [
    "青州网6月18日松林讯6月15日至17日,白溪日报记者一行来到松林高新区",
    "中国白溪网6月4日讯(记者王立)采访活动进入第二天。",
    "青港新闻网5月3日青港讯 园区新签约项目12个。",
])
def test_a_dateline_naming_its_filing_place_is_a_credit(line):
    assert titles.NEWS_LEAD_RE.match(line)
    assert titles.opens_with_credit(line)


def test_captions_above_a_credited_lead_are_passed_over():
    lines = ["采访团一行参观柏溪新区规划展示馆。", "采访团一行实地了解青禾电子生产车间。",
             "白溪网5月12日讯(记者王立)“走进产业园区 感受发展脉动——网络媒体白溪行”采访活动进入第二天。今天,采访团来到柏溪新区。"]
    assert titles.title_from_lead(lines) == "“走进产业园区 感受发展脉动——网络媒体白溪行”采访活动进入第二天"
    # (a one-sentence opening with no credited lead under it is the text's own first words)
    assert titles.title_from_lead(["园区兴则工业兴，园区强则工业强。", "近年来，高新区把园区开发作为重要一环，引进项目32个。"]) == "园区兴则工业兴，园区强则工业强"


@pytest.mark.parametrize("title, stripped, column", [
    ("园区快讯：青岚工业园区新增两家规上企业", "青岚工业园区新增两家规上企业", "园区快讯："),
    ("世界快讯:青港自贸园区跨境贸易额增长三成", "青港自贸园区跨境贸易额增长三成", "世界快讯:"),
    ("青禾经开区：严抓落实，确保汛期企业安全生产", "青禾经开区：严抓落实，确保汛期企业安全生产", ""),  # (a unit, no column)
    ("要闻：开工", "要闻：开工", ""),  # (nothing a headline's length after it)
])
def test_a_news_columns_name_is_the_sites_filing(title, stripped, column):
    assert titles.strip_news_column(title) == (stripped, column)
