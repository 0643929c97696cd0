"""Reading rules of session 5, drawn from real pages nobody here wrote (our own sentences,
each showing one pattern): news that names no genre, furniture around a headline (a
forum's category tag, a reporter's byline, a subtitle of names), a date line on its own,
park names written as an address or with long descriptors. Each case failed before its rule."""
import pytest

from indexer.reading.describe import choose_doc_type
from indexer.reading.parks import choose_park, find_parks


def read_page(tmp_path, text, name="page.txt"):
    from indexer.reading.pipeline import read_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path, tmp_path).reports


@pytest.mark.parametrize("page, title, doc_type", [
    # a forum's category tag before a thread's title is the forum's, not the report's
    ("[工作总结] 青松园区2021年工作总结和2022年工作打算\n楼主\n青松园区2021年工作总结和2022年工作打算\n"
     "2021年，园区坚持项目为王，全年完成工业总产值120亿元，同比增长8%。\n一、2021年工作回顾\n签约项目10个。\n",
     "青松园区2021年工作总结和2022年工作打算", "工作总结"),
    ("［计划总结］ 开发区2020年上半年工作汇报\n今年以来，开发区管委会紧紧围绕年初目标，现将上半年工作汇报如下：\n"
     "一、主要工作\n新签约项目5个。\n",
     "开发区2020年上半年工作汇报", "工作汇报"),
    # a reporter's byline on a line of its own is no title, and it makes the page news
    ("记者 李青 周远 通讯员 王一帆\n12月6日，石桥高新区2022年重点项目集中签约仪式在区行政中心举行。"
     "市委常委某某出席并致辞。\n本次共签约项目20个，总投资86亿元。\n",
     "12月6日，石桥高新区2022年重点项目集中签约仪式在区行政中心举行", "简报"),
    # a literary opening before the dated lead: the news is what was held
    ("春风送暖启新程，扬帆奋楫正当时。3月8日上午，开发区举行2023年一季度重点项目集中开工仪式。"
     "区领导宣布开工。\n本次集中开工项目9个，总投资45亿元。\n",
     "3月8日上午，开发区举行2023年一季度重点项目集中开工仪式", "简报"),
    # a subtitle of names (who spoke, who attended) over a newspaper's lead: not the title, not a speech
    ("楊某某講話 張某某李某某出席\n本報訊(記者王某)5月9日，全市重大項目集中開工儀式在某某產業園舉行。"
     "市領導楊某某、張某某等參加。\n市長楊某某講話。他指出，要抓項目促發展。\n",
     "5月9日，全市重大項目集中開工儀式在某某產業園舉行", "简报"),
    # a Traditional news agency's credit in brackets, a standalone date line, a headline with no genre word
    ("某某商報網 > 湖北 > 經濟\n8個項目集中簽約 博覽會首日園區招商結碩果\n2021-10-20\n來源:某某商報網\n"
     "【某某商報網訊】記者 某某 報導:10月20日，第5屆某某博覽會項目簽約儀式在會展中心舉行。\n"
     "此次共有8個項目簽約，合計金額60億元。\n",
     "8個項目集中簽約 博覽會首日園區招商結碩果", "简报"),
])
def test_news_pages_without_a_genre_word(tmp_path, page, title, doc_type):
    (r,) = read_page(tmp_path, page)
    assert (r.title.replace(",", "，"), r.doc_type) == (title, doc_type), r.evidence


def test_a_news_lead_under_a_speech_subtitle_is_news():
    body = "本报讯（记者某某）6月2日，全区招商引资工作会议召开。区委书记某某讲话。\n他强调，要抓好项目落地。\n"
    assert choose_doc_type("区委书记某某讲话", None, body)[0] == "简报"


def test_a_headline_of_42_characters_is_kept_whole(tmp_path):
    headline = "【攻坚行动】细化工作流程压实工作责任——北川区中小微企业先进材料产业园招商运营推进会召开"
    page = (f"{headline}\n11月2日，北川区中小微企业先进材料产业园招商运营推进会在园区召开，会议听取了招商进展情况汇报。\n"
            "会议要求，北川区中小微企业先进材料产业园要细化招商流程，明确责任分工。\n")
    (r,) = read_page(tmp_path, page)
    assert r.title == headline.replace("【攻坚行动】", "")
    assert r.doc_type == "简报"


@pytest.mark.parametrize("page, year", [
    ("园区召开重点项目观摩会\n2019-11-13\n11月12日，园区召开重点项目观摩会，各项目负责人参加。\n观摩了6个项目。\n", 2019),
    ("园区召开重点项目观摩会\n2023年5月12日 来源：某某日报\n5月11日，园区召开重点项目观摩会，各项目负责人参加。\n"
     "观摩了6个项目。\n", 2023),
    ("园区召开重点项目观摩会\n发表于 2022-12-7 05:45:55 | 只看该作者\n12月6日，园区召开重点项目观摩会。\n观摩了6个项目。\n", 2022),
])
def test_a_date_line_under_a_headline_dates_the_news(tmp_path, page, year):
    (r,) = read_page(tmp_path, page)
    assert (r.doc_type, r.year) == ("简报", year), r.evidence


@pytest.mark.parametrize("text, parks", [
    # a park after an address (province, city): the address is where it is, not its name
    ("湖北省武漢市東湖高新區管委會主任出席", ["东湖高新区"]),
    ("江苏省常州市武进高新区召开会议", ["武进高新区"]),
    # descriptors between a county and 产业园 belong to the name
    ("北川区中小微企业先进材料产业园招商运营推进会召开", ["北川区中小微企业先进材料产业园"]),
    ("我县新能源汽车零部件产业园", []),
    # … a verb among them does not
    ("北川区加快推进先进材料产业园建设", []),
])
def test_park_names_with_addresses_and_descriptors(text, parks):
    assert [n for n, _ in find_parks(text)] == parks


def test_a_traditional_park_named_in_the_body_of_news_is_found():
    body = ("【某某網訊】記者 某某 報導:11月13日，第16屆博覽會項目簽約儀式在會展中心舉行。\n"
            "湖北省武漢市東湖高新區管委會主任某某出席。\n此次盛會，東湖高新區與11個重點項目簽約。\n")
    assert choose_park("11個項目集中籤約 光博會首日招商引資結碩果", body)[0] == "东湖高新区"


def test_the_park_named_first_wins_over_a_sub_park_named_more_often():
    body = ("一、基本情况\n左旗工业园区规划面积30平方公里，由南塔工业园区、北山工业园区和东沟物流园三部分组成。"
            "园区现有企业80家。\n二、南塔工业园区\n南塔工业园区以冶金为主。南塔工业园区入驻企业30家。"
            "南塔工业园区道路已全部贯通。\n")
    assert choose_park("工业园区发展情况调研报告", body)[0] == "左旗工业园区"


@pytest.mark.parametrize("title, doc_type", [
    # a report on a study, a visit or how something stands, written to the leadership: a 工作汇报 (docs/labelling.md;
    # the blind labellers typed all six they met so — session 29 changed it from 工作报告)
    ("关于全市工业园区发展情况的调研报告", "工作汇报"),
    ("农业科技示范园区建设情况的视察报告", "工作汇报"),
    ("赴沿海开发区学习考察报告", "工作汇报"),
    # …and one on how a plan was carried out goes to a congress: a 工作报告
    ("关于2023年国民经济和社会发展计划执行情况的报告", "工作报告"),
    # a technical report and a document that directs are no work reports
    ("某某产业园项目可行性研究报告", "其他"),
    ("园区化工企业环境影响评价报告", "其他"),
    ("开发区2023年招商引资实施方案", "其他"),
])
def test_what_a_report_titled_by_its_kind_is(title, doc_type):
    assert choose_doc_type(title, None, "园区概况如下。")[0] == doc_type


def test_a_zone_named_as_a_projects_site_in_a_lead_is_no_park(tmp_path):
    page = ("本报讯（记者某某）4月9日，全市重大项目集中开工仪式在某城区青禾光电产业园项目现场举行。市领导出席。\n"
            "此次共有12个项目集中开工，总投资50亿元。\n")
    (r,) = read_page(tmp_path, page)
    assert r.doc_type == "简报" and r.park is None, r.evidence["park"]


def test_a_greeting_address_is_a_speech():
    body = ("辞旧迎新之际，开发区党工委、管委会向全区干部群众致以新春的祝福！向关心支持园区发展的各界朋友致以诚挚的问候！\n"
            "回首过去一年，园区生产总值增长6%。\n")
    assert choose_doc_type("春回大地，万象更新", None, body)[0] == "讲话"


def test_a_document_number_gives_the_year(tmp_path):
    page = ("某市人民政府办公室关于印发促进园区高质量发展若干措施的通知\n某政办发〔2019〕21号\n各区县人民政府，市各委办局：\n"
            "现将《关于促进园区高质量发展的若干措施》印发给你们，请认真贯彻执行。\n")
    (r,) = read_page(tmp_path, page)
    assert (r.year, r.doc_type) == (2019, "其他"), r.evidence


def test_forum_user_panels_and_metadata_rows_are_furniture(tmp_path):
    page = ("楼主\n注册会员 TA的每日心情 | 奋斗 2020-5-6 10:12 |\n签到天数: 12 天 [LV.3]偶尔看看II\n"
            "6月3日，青山工业园区2020年第二批重大项目集中开工仪式举行。此次共有8个项目集中开工。\n区领导出席开工仪式。\n")
    (r,) = read_page(tmp_path, page)
    assert r.title.startswith("6月3日，青山工业园区2020年第二批重大项目集中开工仪式举行"), r.evidence
    assert "每日心情" not in r.text and "签到天数" not in r.text
    page = ("园区要闻\n江城区二季度重大项目集中开工\n作者:某某文化公司。来源:某某网 日期:05-12\n"
            "江城区二季度重大项目集中开工 某某某出席开工仪式\n"
            "某某网讯(记者 某某 某某) 昨天上午，江城区举行二季度重大项目集中开工仪式。12个项目集中开工。\n")
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type) == ("江城区二季度重大项目集中开工", "简报"), r.evidence
    assert "来源:某某网" not in r.text


@pytest.mark.parametrize("text, parks", [
    ("广东省某某市海河县产业转移工业园启动区开工", ["海河县产业转移工业园"]),
    # the gazetteer knows the county the segmenter cuts into two adverbs (曾|都)
    ("曾都工业孵化园重大项目集中开工", ["曾都工业孵化园"]),
    ("白沙湾工业园区", ["白沙湾工业园区"]),
])
def test_park_kinds_and_places_the_segmenter_misses(text, parks):
    assert [n for n, _ in find_parks(text)] == parks


@pytest.mark.parametrize("page, year", [
    # a news item's background years (2016年以来, 2018年被评为) are not when it happened: its publication is
    ("发布时间:2022-08-03 09:10\n8月2日上午，县委书记某某到某某园区调研。\n2018年，园区成功创建省级现代农业示范园。\n", 2022),
    ("本报讯（记者 某某 通讯员 某某）日前，县委书记某某到三个乡镇检查指导现代农业科技园区建设。\n县委书记某某先后察看了苗圃基地。\n"
     "2016年以来，县委、县政府把现代农业科技园区建设作为调整产业结构的基础性工程。\n", None),
    # a date line whose label has no value
    ("縣召開農業園區建設推進會\n2021-03-22 20:26 瀏覽人次:\n3月20日，我縣召開農業園區建設推進會，並部署當前重點工作。\n", 2021),
])
def test_a_news_item_is_dated_by_its_lead_or_its_publication(tmp_path, page, year):
    (r,) = read_page(tmp_path, page)
    assert (r.doc_type, r.year) == ("简报", year), r.evidence


def test_portal_rows_without_a_colon_are_furniture(tmp_path):
    page = ("索引号 11330200000000000X/2013-10001\n公开方式 主动公开\n成文日期: 2013-01-10\n\n"
            "青岚高新区2012年工作总结和2013年工作安排报告\n\n同志们:\n\n现在，我代表高新区党工委、管委会作报告。\n"
            "一、2012年工作总结\n2012年，全区实现地区生产总值120亿元。\n")
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == ("青岚高新区2012年工作总结和2013年工作安排报告", "工作报告", 2012), r.evidence
    assert "索引号" not in r.text


def test_a_persons_name_run_into_a_verb_is_no_place():
    assert find_parks("3月1日下午，县委常委、宣传部部长刘洪智到县现代农业示范园检查指导工作") == []


def test_a_speaker_turning_to_his_points_is_a_speech():
    body = "这次园区建设推进会很重要，我先讲几点意见：\n一是要抓招商。二是要抓项目。\n"
    assert choose_doc_type("这次园区建设推进会很重要", None, body)[0] == "讲话"


def test_a_document_sites_editing_note_is_no_part_of_the_title(tmp_path):
    page = ("下载后可任意编辑区长在工业园区建设推进会上的发言同志们：今天我们召开工业园区建设推进会，主要任务是部署全年工作。"
            "下面，我讲三点意见。一、统一思想，提高认识\n要充分认识园区建设的重要意义。下载后可任意编辑\n")
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type) == ("区长在工业园区建设推进会上的发言", "讲话"), r.evidence
    assert "下载后可任意编辑" not in r.text


def test_a_park_whose_head_is_no_park_word_is_still_the_subject():
    body = ("根据调研提纲的要求，现将伊川县产业集聚区的相关情况报告如下：\n一、伊川县产业集聚区基本情况\n"
            "伊川县产业集聚区是首批省级产业集聚区之一，管委会现有工作人员30余人。\n")
    assert choose_park("产业集聚区调研报告", body)[0] == "伊川县产业集聚区"


@pytest.mark.parametrize("page, title", [
    # a newswire's credit in brackets, with its date inside; a headline with an exclamation mark
    ("留在家鄉!某某縣三大園區招商率達八成\n【某某電視台 2022 年 6 月 8 日訊】近年企業回流設廠，某某縣開發3處產業園區，"
     "目前吸引30家廠商進駐。\n", "留在家鄉!某某縣三大園區招商率達八成"),
    # a two-part headline, a photo's credit
    ("北港加工出口区 招商逆势扬\n分处长带领团队再创招商佳绩。图/业者提供\n不畏疫情冲击，北港加工出口区今年投增资案共计12件，"
     "投资金额达30亿元。\n北港加工出口区厂商营业额逆势成长。\n", "北港加工出口区 招商逆势扬"),
    # a city's own credit: news, whatever verb its lead has
    ("工業區總會理事長率團隊訪問某市 市長盼共同推動發展\n【某某市訊】某某市長於昨(30)日與工業區廠商聯合總會會面。\n"
     "雙方就工業區立體化交換意見。\n", "工業區總會理事長率團隊訪問某市 市長盼共同推動發展"),
])
def test_taiwan_and_wire_news(tmp_path, page, title):
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type) == (title, "简报"), r.evidence


def test_a_reporters_bracketed_credit_is_no_part_of_a_lead_title(tmp_path):
    page = "【記者某某】某縣經濟發展處今日下午在會展中心舉辦「青林科技工業區招商說明會」，吸引上百位業者參加。\n縣長親自到場推介。\n"
    (r,) = read_page(tmp_path, page)
    assert r.title == "某縣經濟發展處今日下午在會展中心舉辦「青林科技工業區招商說明會」", r.evidence


@pytest.mark.parametrize("text, parks", [
    ("经济部北港加工出口区招商绩效持续超越目标", ["北港加工出口区"]),
    ("屏东加工区去年招商亮眼", ["屏东加工区"]),
    ("新竹科學園區管理局", ["新竹科学园区"]),
])
def test_park_kinds_of_taiwan(text, parks):
    assert [n for n, _ in find_parks(text)] == parks


@pytest.mark.parametrize("title, body, year", [
    # a year in Chinese numerals, as an official document dates itself
    ("全省开发区发展调查报告", "省开发区协会\n二〇二一年十一月\n在2008年以来四次调查的基础上，协会组织了第五次调查。", 2021),
    # a year in brackets closing a title is its edition's
    ("推荐研究报告：《全国开发区调查报告》(2021)", "在2008年以来四次调查的基础上，协会组织了第五次调查。", 2021),
])
def test_years_written_as_documents_write_them(title, body, year):
    from indexer.reading.describe import choose_year
    assert choose_year(title, body)[0] == year


def test_a_headline_that_a_report_came_out_is_news():
    assert choose_doc_type("省开发区协会发布第五次全省开发区调查报告", None, "为全面掌握全省开发区情况，协会组织了调查。")[0] == "简报"
    assert choose_doc_type("关于印发园区高质量发展实施方案的通知", None, "各有关单位：现将方案印发给你们。")[0] == "其他"


@pytest.mark.parametrize("page, title, year", [
    # a lead dated by its day alone; "据悉" opens news; a date line with a column's name after it
    ("17日下午，省考核组到某某产业园开展现场核查工作，并召开座谈会。\n管委会主任汇报了园区建设情况。\n", None, None),
    ("某省有了第三个国家循环经济试点园区\n   2012-05-13 石化\n据悉，经国务院同意，国家发改委等六部委日前联合下发通知，"
     "某某经济技术开发区列为国家循环经济试点园区。\n", "某省有了第三个国家循环经济试点园区", 2012),
    # a paper's credit run before the reporter's, a character lost with half of its annotation
    ("某州零距離網-某州日?qǐng)?bào)訊(記者 某某 通訊員 某某)今年上半年，某州循環經濟產業園區加快推進項目建設，"
     "主要經濟指標均實現增長。\n", None, None),
])
def test_news_leads_of_many_papers(tmp_path, page, title, year):
    (r,) = read_page(tmp_path, page)
    assert r.doc_type == "简报", r.evidence
    assert r.year == year
    if title:
        assert r.title == title
    else:
        assert r.title.startswith(("17日下午，省考核组", "今年上半年")), r.title


@pytest.mark.parametrize("text, parks", [
    # one character and a level (率 + 省) is no place
    ("副巡视员某某某率省产业园建设管理考核组到园区核查", []),
    # a banner's short name stays a name
    ("左旗工业园区规划面积30平方公里", ["左旗工业园区"]),
])
def test_one_character_and_a_level(text, parks):
    assert [n for n, _ in find_parks(text)] == parks


def test_a_park_with_and_without_its_citys_level_is_one_park():
    body = ("据悉，西川经济技术开发区列为国家循环经济试点园区。\n省发改委申请将西川市经济技术开发区作为试点园区。"
            "西川市经济技术开发区包括东园和西园。\n")
    assert choose_park("某省有了第三个国家循环经济试点园区", body)[0] in ("西川经济技术开发区", "西川市经济技术开发区")


def test_the_addressee_line_is_no_section_heading(tmp_path):
    page = ("关于青山经济开发区2021年工作情况的报告\n县人民政府：\n现将青山经济开发区2021年工作情况报告如下：\n"
            "一、主要工作成效\n新签约项目16个。\n二、存在的问题\n土地指标紧张。\n")
    (r,) = read_page(tmp_path, page)
    assert [s.heading for s in r.sections if s.heading] == ["一、主要工作成效", "二、存在的问题"]


@pytest.mark.parametrize("title, body", [
    # a reporter telling what someone said
    ("2021年，高新区主要经济指标高于全市平均水平", "2021年，高新区主要经济指标高于全市平均水平。\n某某强调，要树牢争先进位的总目标。\n"),
    ("“新年伊始，突出智能制造招商”", "“新年伊始，突出智能制造招商。”日前，示范园区召开招商引资大会。\n“一个园区设两个招商局，目的是激发活力。”园区相关负责人说。\n"),
    # a visit to a named county
    ("省工信厅认定组来青县开展化工园区认定工作", "县委书记主持会议。"),
])
def test_reported_speech_and_visits_are_news(title, body):
    assert choose_doc_type(title, None, body)[0] == "简报"


def test_a_speech_is_not_reported_speech():
    body = "同志们：\n今天我们召开全区园区工作会议。下面，我讲三点意见。\n"
    assert choose_doc_type("在全区园区工作会议上的讲话", None, body)[0] == "讲话"


def test_a_disclosure_catalogue_is_furniture_and_never_the_title(tmp_path):
    page = ("信息索引号 | 014000000/2021-00001 | 生成日期 | 2021-03-10 | 公开日期 | 2021-03-18 |\n"
            "有效期 | 长期 | 公开程序 | 部门编制,经办公室审核后公开 | 体裁 | 意见 |\n"
            "关于加强化工园区安全管理的意见\n为进一步加强青港化工园区的安全管理，特提出如下意见：\n一、总体要求\n坚持安全第一。\n")
    (r,) = read_page(tmp_path, page)
    assert r.title == "关于加强化工园区安全管理的意见", r.evidence
    assert "公开程序" not in r.text


def test_a_chemical_industry_zone_is_a_park():
    assert [n for n, _ in find_parks("上海化工区管委会主任主持召开主任办公会")] == ["上海化工区"]


def test_a_dated_lead_reporting_a_greeting_is_news():
    body = ("2月6日下午，青港開發區舉行春節團拜會。管委會主任某某出席活動並致辭。\n"
            "某某在致辭中代表管委會向全體幹部員工致以誠摯問候和新春祝福。\n")
    assert choose_doc_type("2月6日下午，青港開發區舉行春節團拜會", None, body)[0] == "简报"


@pytest.mark.parametrize("title, doc_type", [
    ("经开区召开2025年工作总结汇报会", "简报"),  # a 总结 naming a meeting is the meeting's name
    ("园区2024年工作总结表彰大会隆重召开", "简报"),
])
def test_a_summary_that_names_a_meeting(title, doc_type):
    assert choose_doc_type(title, None, "1月8日，经开区召开会议，听取各部门工作亮点汇报。")[0] == doc_type


def test_reported_words_of_an_official_in_news():
    body = ("“提神振气，鼓舞人心！”这是市人大代表、青港经开区管委会副主任某某对政府工作报告的感受。他说，2023年全市经济迈上新台阶。\n"
            "某某介绍，青港经开区提前一年挺进全国百强。\n")
    assert choose_doc_type("“提神振气，鼓舞人心", None, body)[0] == "简报"
    # a report quoting the leadership's words is not news for that
    body = "2023年以来，园区认真贯彻落实习近平总书记强调，要推动高质量发展。园区全年完成工业产值120亿元。\n一、主要工作\n"
    assert choose_doc_type("2023年以来", None, body)[0] != "简报"


@pytest.mark.parametrize("page, title, year", [
    # a table of contents of one entry is that report's title; 篇一 is the collection's numbering
    ("- 目錄\n篇一 2023關於開發區和工業園區工作的調研報告\n依托開發區和工業園區辦工業，加快城市化進程，是市委、市政府的一項重要決策。"
     "總體上看，我市開發區發展勢頭較快。\n一、我市開發區建設情況。\n近三年來，招商引資成為最強音。\n",
     "2023關於開發區和工業園區工作的調研報告", 2023),
    # a record number, a blurb naming the title in 《》 (with a PDF's line break inside)
    ("欢迎来到某某文库\nID:19391242\n大小:140.50 KB\n页数:6页\n《关于工业园区 建设与发展调研报告》由会员上传分享，免费在线阅读。\n"
     "近年来，我市坚持以大开放为主战略，把工业园区作为推进工业化的主战场，各工业园区呈现良好的发展势头。目前，全市10个工业园入园企业898户。\n",
     "关于工业园区建设与发展调研报告", None),
    # a label alone on its line with its value under it
    ("新聞來源:\n青港開發區\n發布時間:2024-02-06\n2月6日下午，青港開發區舉行春節團拜會。管委會主任出席活動並致辭。\n",
     "2月6日下午，青港開發區舉行春節團拜會", 2024),
])
def test_titles_behind_site_furniture(tmp_path, page, title, year):
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.year) == (title, year), r.evidence


@pytest.mark.parametrize("page, title", [
    # a picture's caption where the picture was, a headline not run into its dated lead
    ("通知公告\n青山经济开发区成立二十周年 开发区协会会长致贺信\n活动现场\n12月25日，青山经济开发区成立二十周年活动在青山市举办，"
     "市委书记到会致辞。\n贺信展示\n会长在贺信中指出，开发区为当地经济发展作出了重要贡献。\n",
     "青山经济开发区成立二十周年 开发区协会会长致贺信"),
    ("開館儀式現場\n10月28日上午，青山高新區規劃建設展覽館隆重開館。市領導出席開館儀式並致辭。\n展館總面積6000平方米。\n",
     "10月28日上午，青山高新區規劃建設展覽館隆重開館"),
])
def test_photo_captions_and_headlines_over_dated_leads(tmp_path, page, title):
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type) == (title, "简报"), r.evidence
    assert "活动现场" not in r.text and "現場\n" not in r.text


# ------------------------------------------------------------ session 5, second round: wire news, captions, days

@pytest.mark.parametrize("page, title, doc_type, year", [
    # a caption with its picture's credit is no title; a bracketed 報導 credit on its own line; an event told by
    # its day alone (今(3/14)日舉辦) is news; a site's word count is furniture
    ("▲某某局副局長(左二)與來賓合影。(圖/某某局提供)\n本文共420字\n【某某新聞網/產經中心/台中報導】\n"
     "某某局今(3/14)日舉辦「青林園區招商說明會」，廠商代表六十餘人出席。\n管理局表示，園區已有廠商二十家進駐。\n",
     "某某局今(3/14)日舉辦「青林園區招商說明會」", "简报", None),
    # an agency's dateline without brackets under a headline: not run into it, and it makes the page news
    ("商务部公布2022年外资统计结果\n某某网3月5日电 据商务部网站消息，近日，商务部汇总了上一年度外资数据。\n"
     "一是规模稳中有升。实际使用外资增长6%。\n",
     "商务部公布2022年外资统计结果", "简报", 2022),
    # a caption ending in who supplied the picture, then a wire credit carrying the date: the year is the lead's
    ("青港招商成績亮眼 再奪第一\n青港市副市長(右二)18日代表出席頒獎典禮。(青港市政府提供)\n"
     "【某某時報2018年04月18日訊】(某某時報記者王某某報導)青港市府18日獲頒招商獎，簽約金額居全國之冠。\n"
     "市府表示，產業園區簽約金額占一半以上。\n",
     "青港招商成績亮眼 再奪第一", "简报", 2018),
    # a headline that exclaims, then says what was announced (…結果公布): one line, a headline, news
    ("青河經開區奪得兩項第一!2023年全市開發區評價結果公布\n分享到:\n為推進全市開發區發展，市商務局開展了2023年全市開發區綜合評價。"
     "近日，評價結果公布，青河經開區兩項評估排名第一。\n本次評價共12家開發區參評。\n",
     "青河經開區奪得兩項第一!2023年全市開發區評價結果公布", "简报", 2023),
    # a genre word inside a quotation ends no title; a paper and its reporter on a line of their own is a credit;
    # 昨（十二）日特舉行記者會 is news
    ("配合推動「園區更新三年行動方案」至一一六年，某某局持續盤點老舊園區公共設施，局長某某某昨（十二）日特舉行記者會，說明更新進度。"
     "目前已完成六處園區道路改善。\n某某日報 王某某\n局長表示，老舊園區更新是留住廠商的關鍵。\n",
     "配合推動「園區更新三年行動方案」至一一六年", "简报", None),
])
def test_wire_news_captions_and_day_dated_events(tmp_path, page, title, doc_type, year):
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == (title, doc_type, year), r.evidence
    assert "本文共" not in r.text
    assert all(s.heading is None or "報導】" not in s.heading and "日報 " not in s.heading for s in r.sections)


def test_a_site_of_a_taiwanese_science_park_is_a_park():
    # 竹科 / 中科 / 南科 + a site + 園區: how Taiwan's science parks name their sites
    assert [n for n, _ in find_parks("中科二林園區與竹科龍潭園區今年新增廠商")] == ["中科二林园区", "竹科龙潭园区"]
    assert find_parks("中科创新园区与南科管理局") == []  # a qualifier or an office is no site
    assert choose_park("中科二林園區招商說明會", "管理局表示，園區已引進22家廠商。", None)[0] == "中科二林园区"


def test_a_plain_summary_is_not_news_for_a_day_or_a_caption():
    # a report's own sentences with 日 and a closing bracket stay a report
    body = ("今年以来，园区坚持项目为王。6月18日召开的园区工作会议部署了下半年工作。\n一、主要工作\n"
            "全年签约项目12个（数据由园区经发局提供）\n")
    assert choose_doc_type("青松工业园区2023年上半年工作总结", None, body)[0] == "工作总结"


@pytest.mark.parametrize("page, title, year", [
    # a portal's skip link, its name and section, a counter without a colon: the headline is the long line right
    # above the text; 今天(5月6日) dates a news item; a press release's contact rows are furniture
    ("跳到主要內容\n某某部\n:::\n本部新聞\n2022-04-07 16:00\n工業處\n處長走訪青埔工業區聽取廠商建言\n點閱數530\n"
     "「走動服務」第3場座談，今天(4月7日)來到青埔工業區，區內廠商代表共40位參加。預期促成新增投資約新台幣8億元。\n"
     "發言人:工業處某副處長\n聯絡電話:02-0000000\n",
     "處長走訪青埔工業區聽取廠商建言", 2022),
    # a privacy banner, notices in English and Japanese, a slash date, an agency's bracketed credit with its reporter
    ("本網站使用Cookie等技術提供更好的閱讀體驗，請參閱本網站隱私權政策。\n"
     "Your browser does not appear to support this page. Would you like to go to the English site?\n"
     "このページは繁体字版です。日本語版に移動しますか。\n推動園區轉型 市長:擴大招商\n2017/3/2 10:05\n"
     "(某某社記者王某某高雄2日電)市長今天出席園區轉型座談時表示，將擴大招商。\n各界代表都出席。\n",
     "推動園區轉型 市長:擴大招商", 2017),
    # a browser notice and a crumb above a headline; the year of a Taiwanese page in the ROC calendar (112年 = 2023)
    ("此页面上的内容需要较新版本的 Adobe Flash Player。\n获取 Adobe Flash Player\n当前位置:某某报 > 要闻 > 正文\n"
     "青河开发区赴沿海地区学习考察\n本报讯(记者王某)5月8日至10日,区管委会主任带队赴沿海开发区学习考察。\n",
     "青河开发区赴沿海地区学习考察", None),
])
def test_portal_and_wire_furniture_around_a_headline(tmp_path, page, title, year):
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == (title, "简报", year), r.evidence
    for furniture in ("跳到主要內容", "點閱數", "發言人", "隱私權", "Flash Player", "当前位置"):
        assert furniture not in r.text


def test_a_year_of_the_roc_calendar_on_a_traditional_page():
    from indexer.reading.describe import choose_year

    body = "【記者 某某／台南 報導】園區服務中心舉行「112年招商成果發表會」，宣布今年促成投資案30件。\n"
    assert choose_year("某某標題", body, None, news=True)[0] == 2023
    # in Simplified text a three-digit count of years is no year
    assert choose_year("某某标题", "该企业已有110年历史，园区引进该企业。\n", None)[0] is None
    assert choose_year("某某标题", "园区累计服务企业120年次。\n", None)[0] is None


def test_a_picture_source_alone_and_a_bracketed_day_make_news(tmp_path):
    page = (" date 2023-05-09 某某園區管理局提供\n為協助廠商擴廠，某某園區管理局昨（八）日公布土地釋出計畫，預計釋出產業用地十公頃。\n"
            "管理局表示，新釋出用地將採只租不售方式。\n")
    (r,) = read_page(tmp_path, page)
    # (the title: the lead's first words, its purpose 為協助廠商擴廠， kept — from session 16 to 41 the house took it off)
    assert (r.title, r.doc_type, r.year) == ("為協助廠商擴廠，某某園區管理局昨（八）日公布土地釋出計畫", "简报", 2023), r.evidence


@pytest.mark.parametrize("page, title, year", [
    # a headline of phrases side by side with its speaker before a colon is not run into the paragraph under it
    ("港聞\n王某:加快園區建設 分期釋出創科用地\n這個slideshow需要JavaScript。\n"
     "政府日前公布施政綱領,局長王某指,政府正加快推進創科園區的規劃和工程,同時分期釋出創科用地。\n",
     "王某:加快園區建設 分期釋出創科用地", None),
    # a paper's credit line ending in 報導 and a caption whose picture credit has no brackets are no title
    (" date 2023-04-11 快訊\n\n聯合報／ 記者某某／桃園即時報導\n理事長與廠商代表合影。圖／經發局提供\n"
     "工業區廠商協進會11日舉辦年度觀摩活動，前往園區標竿企業參訪。\n市長也到場與廠商交換意見。\n",
     "工業區廠商協進會11日舉辦年度觀摩活動", 2023),
    # a press release's dateline makes a headline that names a plan news about it
    ("某某公司支持政府創科用地整體規劃\n2021年03月04日\n(青灣,2021年3月4日)某某公司今天就政府公布的創科用地整體規劃表示全力支持。\n",
     "某某公司支持政府創科用地整體規劃", 2021),
    # a date line under the headline further down a blog's menu, its category row and font-size buttons
    ("2025年 / 3 月 2日 / 星期日\n某某傳媒\n沒有結果\n查看所有結果\nHome 新聞區 產經\n某某園區舉辦招商說明會 攜手廠商擴大投資\n"
     "2022-10-12\n發布在 產經, 新聞區\nA A\n某某新聞─張某某/台中\n為吸引廠商進駐,某某園區管理局今(12)日舉辦招商說明會,廠商代表百餘人參加。\n",
     "某某園區舉辦招商說明會 攜手廠商擴大投資", 2022),
])
def test_news_headlines_credits_and_datelines_of_more_sites(tmp_path, page, title, year):
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == (title, "简报", year), r.evidence
    for furniture in ("快訊", "發布在", "A A", "JavaScript", "港聞"):
        assert furniture not in r.text


def test_the_republic_of_china_names_no_park():
    assert find_parks("中華民國工業區廠商聯合總會理事長") == []


def test_a_park_named_up_front_and_again_is_the_reports(tmp_path):
    page = ("市長出席「某市工三工業區廠商協進會交接典禮」。(圖/市府提供)\n"
            "市長今(9)日上午出席「某市工三工業區廠商協進會交接典禮」。市長表示，市府將持續協助廠商轉型。\n"
            "新任理事長表示，感謝市府支持，讓工三工業區整體環境持續提升。\n")
    (r,) = read_page(tmp_path, page)
    assert r.park == "工三工业区", r.evidence


@pytest.mark.parametrize("page, title, year", [
    # an advertisement's marker and captions marked ▲ above the lead
    (" date 2023-12-06 我是廣告 請繼續往下閱讀\n▲局長主持表揚會。(圖／某某局提供)\n"
     "某某局5日在台北市舉辦園區服務考核表揚會，表揚績優園區服務中心。\n局長表示，將持續推動各園區互學共進。\n",
     "某某局5日在台北市舉辦園區服務考核表揚會", 2023),
    # print and paging buttons; the page's address with its time dates the page
    ("】 【打 印】\n【 第1頁 第2頁 】\n青港加工區轉型 拚高階製造\nhttp://www.example.hk   2018-12-27 18:20:05\n"
     "管理處長在年終記者會上說明轉型方向。(某某社 王某攝)\n"
     "某某社高雄12月27日電(記者 王某)青港加工出口區管理處27日舉行年終記者會,處長說明明年的投資計畫。\n",
     "青港加工區轉型 拚高階製造", 2018),
    # a reporter's credit with the date after it
    ("menu-icon\n台股\n青溪科技園區擴建 拚明年招商\n某某網記者王某某 台北 2022-03-09 17:15\n"
     "某某處今 (9) 日舉行記者會,處長表示,青溪科技園區擴建工程將於明年完工。\n",
     "青溪科技園區擴建 拚明年招商", 2022),
    # a site's menus run together into one long line before the headline are no paragraph
    ("某某新聞網\n  SOME DAILY NEWS 2024, 11. 18 PM 12:35 Monday  台北\n首頁新聞版面焦點新聞北台新聞綜合新聞綜合外電 Login\n"
     "「青河加工出口區」舊招牌卸下 「青河科技產業園區」新招牌下月登場\n"
     "【記者王某某/高雄報導】管理處24日於青河園區舉行舊招牌卸除儀式,由處長及園區公會代表共同卸下招牌。\n",
     "「青河加工出口區」舊招牌卸下 「青河科技產業園區」新招牌下月登場", None),
])
def test_news_sites_buttons_ads_and_credit_datelines(tmp_path, page, title, year):
    (r,) = read_page(tmp_path, page)
    assert (r.title, r.doc_type, r.year) == (title, "简报", year), r.evidence
    for furniture in ("我是廣告", "打 印", "第1頁", "http://"):
        assert furniture not in r.text


def test_a_processing_zone_under_its_short_name_is_one_park():
    from indexer.reading.parks import park_key

    assert park_key("青港加工區") == park_key("青港加工出口区") == park_key("青港出口加工区")


def test_a_lead_title_is_not_cut_inside_a_quoted_title(tmp_path):
    page = ("根据《中华人民共和国政府信息公开条例》规定和县政府办公室《关于做好2018年度政府信息公开年度报告编制发布工作的通知》要求"
            "特编制本园区2018年度政府信息公开工作年度报告并向社会公布。\n一、总体情况\n本园区主动公开信息45条。\n")
    (r,) = read_page(tmp_path, page)
    # (session 21: a lead of one clause is kept whole to its full stop, the quoted titles in it whole: never cut inside one)
    assert r.title == ("根据《中华人民共和国政府信息公开条例》规定和县政府办公室《关于做好2018年度政府信息公开年度报告编制发布工作的通知》"
                       "要求特编制本园区2018年度政府信息公开工作年度报告并向社会公布"), r.evidence


def test_an_empty_line_credits_nothing():
    from indexer.reading.titles import is_caption, is_credit_line

    assert not is_credit_line("") and not is_caption("")
    assert choose_doc_type("园区招商方案", None, "")[0] == "其他"  # (an empty body: no endless skipping of credits)
