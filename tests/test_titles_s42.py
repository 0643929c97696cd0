"""Titles read in session 42: lines a page sets at its top that are not its headline, and a headline the reader took for
a sentence — read by how Chinese text is written, not by the words one page used.

- A "?" that asks nothing: a Chinese question is marked by a particle closing its clause (吗, 呢, 吧) or a word that asks
  inside it (是否, 如何, 什么, 哪, 谁, 几, 多少, A不A); a "?" after a clause with none of them is a character the page's
  encoding lost (a name's middle dot: 某某?某某; a credit's colon), so the line ends no sentence and may be the headline.
  On the 521 study pages every "?" between two characters after a clause that asks (11 lines, 5 hosts) has such a word;
  the lost ones (4 lines, 2 hosts) have none; the genre-word titles session 26 met (中國?深圳) are the same form.
- A news source's name and 讯 on the line over its lead (某某信息港讯, 某某融媒讯, 某县讯): 讯 after a name is the
  item's dispatch, whatever kind of outlet the name ends in — a credit, never the headline (a news kind ending in 讯,
  资讯 快讯 简讯 喜讯, names a column).
- A field's label with a unit's name as its value (主办单位：某某融媒体中心, 来源：县工业局, 发布机构：区办公室) is the
  site's row wherever the page puts it: 7 hosts of the study, reach and unseen pages print one in their first lines.
- A spammer's keyword line sells its trade in its own words (性爱视频, 精品一区二区, 在线观看免费): 3 hijacked pages of 3
  hosts open on one; the line goes as the ones naming 毛片 or 无码 did, and the headline under it stays whole.
- A headline in two parts at the page's top, set off by a colon (某某创办人:…, 引進資金…: …): the speaker or the kicker
  may run past 20 characters and the headline need not name a genre — still whole, never the first words of the text
  under it.
- A report that says in its first sentence it is made public (现公开/现公布/特向社会公布 某某2018年度报告) names itself,
  as 特编制…报告 did: the release verbs of the information-disclosure reports on 4 hosts of the spent pages.
- A converter's mixed 關于 (關 turned, 于 left: 關(guān)于) opens a document's matter as 关于 and 關於 do, never a predicate.
Own pages: invented parks, places, people and figures."""
import pytest

from conftest import read_page

_LEAD = "近日，青禾县松林工业园举行二季度项目集中开工仪式，12个项目总投资46亿元。\n园区负责人表示，今年将新引进项目30个以上。\n"


@pytest.mark.parametrize("headline", [
    "外联部副部长坎塔?西里冯调研松林工业园",
    "外聯部副部長坎塔?西里馮調研松林工業園",
])
def test_a_lost_character_asks_nothing_and_the_headline_stays(tmp_path, headline):
    (report,) = read_page(tmp_path, f"{headline}\n{_LEAD}")
    assert report.title == headline, report.evidence["title"]


@pytest.mark.parametrize("question", [
    "松林工业园二期是否会缩小规模?园区回应",
    "松林工业园怎么样?园区回应",
    "松林工业园还招商吗?园区回应",
])
def test_a_question_is_still_a_sentence(question):
    # (the guard: a clause that asks, by a word or a particle, ends on its "?" as before)
    from indexer.reading.titles import _ends_sentence
    long_line = question + "，记者昨日走访了园区管委会和入驻企业，听取了多方意见"
    assert _ends_sentence(long_line)
    assert not _ends_sentence("外联部副部长坎塔?西里冯调研松林工业园，记者昨日走访了园区管委会和入驻企业，听取了多方意见")


@pytest.mark.parametrize("credit", ["青禾信息港讯", "青禾融媒讯", "松林县讯"])
def test_a_sources_name_and_xun_over_the_lead_is_its_credit(tmp_path, credit):
    page = f"{credit}\n10月18日，市政协组织委员视察调研松林工业园石材产业发展情况，汇聚推动高质量发展合力。\n委员们参观了园区企业生产现场。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "10月18日，市政协组织委员视察调研松林工业园石材产业发展情况", report.evidence["title"]


def test_a_column_ending_in_xun_is_no_credit():
    # (the guard: 资讯, 快讯, 简讯 name a column or a genre, not who sent the item)
    from indexer.reading.titles import NEWS_LEAD_RE
    for column in ("园区资讯", "招商快讯", "工作简讯", "松林喜讯"):
        assert not NEWS_LEAD_RE.match(column), column
    assert NEWS_LEAD_RE.match("青禾信息港讯")


@pytest.mark.parametrize("row", ["主办单位: 青禾县融媒体中心", "主辦單位：青禾縣融媒體中心", "来源：青禾县工业局"])
def test_a_field_naming_the_sites_unit_is_no_headline(tmp_path, row):
    page = f"{row}\n青禾信息港讯 10月18日，市政协组织委员视察调研松林工业园石材产业发展情况，汇聚推动高质量发展合力。\n委员们参观了园区企业。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "10月18日，市政协组织委员视察调研松林工业园石材产业发展情况", report.evidence["title"]


def test_a_headline_with_a_colon_naming_a_unit_stays():
    # (the guard: the part after a colon that says something is a headline's; only a unit's name alone is a field's value)
    from indexer.reading.titles import title_score
    assert title_score("松林工业园：三季度新签约项目15个") > 0
    from indexer.reading.furniture import names_unit_as_field
    # (…and a park's name before the colon is the headline's subject, whatever unit its slogan ends on)
    assert not names_unit_as_field("松林高新区：二十年砥砺奋进 争创一流园区")
    assert not names_unit_as_field("松林高新区：争创一流园区")
    assert title_score("主办单位：青禾县融媒体中心") == 0


@pytest.mark.parametrize("spam", [
    "亚洲性爱视频,国产精品一区二区三区中文,三年片在线观看免费观看高清电影",
    "精品一區二區三區,免費觀看高清電影,國產視頻",
])
def test_a_spammers_keyword_line_goes_and_the_title_under_it_stays(tmp_path, spam):
    title = "青禾县松林工业园区管理委员会关于县人大第128号建议的复函"
    page = (f"{spam}\n{title}\n林某代表：\n您提出的《关于加快松林工业园配套设施建设的建议》收悉。经研究，现答复如下：\n"
            "园区规划面积10平方公里，现建成约6平方公里。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]
    assert "视频" not in report.text and "視頻" not in report.text


def test_a_notice_about_watching_online_is_no_spam():
    # (the guard: a sentence of the text may say the event can be watched online; the line is a sentence, not a list)
    from indexer.reading.clean import is_advert_line
    assert not is_advert_line("松林工业园招商推介会将在园区官网同步直播，市民可在线观看。")


@pytest.mark.parametrize("headline", [
    "松林园区 CEO 现身坚持 3 年租约 青禾纸业创办人:最快 10 月 1 日停产",
    "引进资金105亿元: 园区土地165公顷助阵",
])
def test_a_colon_headline_at_the_top_is_whole(tmp_path, headline):
    page = (f"{headline}\n青禾县唯一的纸包饮品回收厂在松林工业园厂房续约争议有新进展。园区公司负责人出席记者会，坚称租约只有3年，"
            "现时宽限期已过。\n厂方表示将另觅厂址。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.replace(" ", "") == headline.replace(" ", ""), report.evidence["title"]
    assert not report.text.startswith(headline.replace(" ", "")[:8] + "青禾县唯一")


@pytest.mark.parametrize("verb", ["现公开", "现公布", "特向社会公布", "现發佈"])
def test_a_report_that_says_it_is_made_public_is_titled_by_its_name(tmp_path, verb):
    page = (f"根据《中华人民共和国政府信息公开条例》的要求，{verb}松林经济开发区2031年政府信息公开工作年度报告。本报告由概述、"
            "主动公开情况等部分组成。\n一、概述\n2031年，园区主动公开政府信息126条。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "松林经济开发区2031年政府信息公开工作年度报告", report.evidence["title"]


def test_a_footers_field_moved_to_the_top_is_the_sites_row(tmp_path):
    page = ("主辦單位: 青禾縣融媒體中心\n青禾信息港訊 10月18日,市政協組織委員視察調研松林工業園石材產業發展情況,匯聚推動發展合力。\n"
            "委員們參觀了園區企業生產現場。\n")
    (report,) = read_page(tmp_path, page)
    assert "主辦單位" not in report.text and "融媒體中心" not in report.text


def test_a_plans_task_row_naming_a_unit_stays(tmp_path):
    # (the guard: a field naming a unit is the site's only under a footer's label; a plan's task names who leads it)
    page = ("松林工业园区2031年工作要点\n一、加快项目建设\n全年新开工亿元以上项目20个。\n牵头单位：青禾县发展和改革局\n"
            "二、优化营商环境\n推行项目审批代办服务。\n")
    (report,) = read_page(tmp_path, page)
    assert "牵头单位：青禾县发展和改革局" in report.text


def test_a_converters_mixed_guanyu_opens_a_documents_matter(tmp_path):
    # (關于: a converter turns 關 and leaves 于, as it annotates 關(guān)于 — the document's matter all the same, no predicate)
    title = "青禾縣松林工業園區管理委員會關于縣三屆人大三次會議第128號建議的復函"
    page = (f"{title}\n林某代表:\n您提出的《關于加快松林工業園配套設施建設的建議》收悉。經研究,現答復如下:\n"
            "園區規劃面積10平方公里,現建成約6平方公里。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == title
    assert report.doc_type != "简报", report.evidence.get("doc_type")


@pytest.mark.parametrize("number", [" 第4页", "第12頁", "【4】", "(2)"])
def test_a_pages_number_after_the_title_is_the_sites(tmp_path, number):
    # (a page's number after its title: a document site's 第4页, a news site's 【4】 for a long article's fourth page — 4
    # hosts of the spent pages number their pages after the title, with 怎么写?( 四 ) and _第1页)
    title = "松林经济开发区建设用地控制指标实施细则"
    page = f"{title}{number}\n第一条 为加强开发区建设用地管理，提高土地利用效率，制定本细则。\n第二条 本细则适用于松林经济开发区范围内的工业项目建设用地。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]


def test_a_page_number_set_off_by_a_dash_stays():
    # (session 10's reading of what a dash sets off: …工作总结-第2页 is kept whole; only a number glued or spaced goes)
    from indexer.reading.titles import strip_decoration
    assert strip_decoration("松林工业园工作总结-第2页") == "松林工业园工作总结-第2页"
    assert strip_decoration("松林工业园工作总结 第2页") == "松林工业园工作总结"
