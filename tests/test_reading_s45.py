"""Reading decided in session 45. Own pages.

How park names are formed, seen in the corpus of 860 labelled pages indexed whole (the park facet's values read one by
one, not a page's rule):
- An autonomous county, prefecture or banner is named by a place, its peoples and the level (某某苗族自治县), an ethnic
  township by a place, its peoples and 乡 or 镇 (某某苗族乡): a park named after one keeps the place the segmenter cut
  off the peoples (never 自治县工业园区, 苗族乡经济开发区).
- A place's own level written once before a rank of that level (某市级 for 某市 + 市级) is the rank, as 某市市级 is:
  升格为河池市级工业园区 names a class of parks, no park.
- A numbered park keeps its number (2号某某工业园区); a counter (号) never opens a name.

Furniture in a template's own wording (a paper's spaced-out byline, counters whose number was never filled, the blog and
forum software's notes, a document site's rows, a flip-book viewer's rows), and titles: a lead opening on someone's words
then today's event, or on an occasion without 在; a line closing a quotation the line above opened; a plan's period inside
its genre word; a lead's quarters counted together. Years: a cited document's issue year is background.
"""
import pytest

from conftest import read_page

from indexer.reading.parks import find_parks


@pytest.mark.parametrize("text, park", [
    ("今年以来，麻阳苗族自治县工业园区新引进项目12个。", "麻阳苗族自治县工业园区"),
    ("龙胜各族自治县工业园区完成工业总产值8亿元。", "龙胜各族自治县工业园区"),
    ("湖南省绥宁县关峡苗族乡经济开发区近日举行项目集中签约。", "关峡苗族乡经济开发区"),
    ("城步苗族自治县儒林镇工业园区建设加快推进。", "儒林镇工业园区"),
])
def test_an_autonomous_countys_or_ethnic_townships_park_keeps_its_place(text, park):
    assert [name for name, _ in find_parks(text)] == [park]


@pytest.mark.parametrize("text", ["全县有苗族乡工业园两个。", "他们苗族乡工业园区还在规划。"])
def test_no_level_or_function_word_is_taken_for_a_townships_place(text):
    # (the guard: the two characters before the peoples hold a level, 县, or are a grammar word, 他们)
    assert all(not name.startswith(("县", "他们", "有")) for name, _ in find_parks(text))


def test_a_zone_raised_to_its_citys_own_rank_is_no_park_named_by_the_rank(tmp_path):
    page = ("青川临港工业区加快建设\n"
            "本报讯 青川临港工业区于2015年初筹建，2017年6月升格为河池市级工业园区。工业区规划面积12平方公里，"
            "已入驻企业28家，今年1至9月完成工业总产值21亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert "河池市级工业园区" not in report.parks_mentioned, report.evidence["park"]
    assert report.park != "河池市级工业园区"


@pytest.mark.parametrize("text", ["宁远县省级工业园区完成税收2亿元。", "桂林市高新区完成税收2亿元。"])
def test_a_rank_above_the_places_level_or_no_rank_still_names_its_park(text):
    # (the guard: a county's provincial-rank park is one park; the rule reads only the place's own level written once)
    assert find_parks(text)


def test_a_numbered_park_keeps_its_number(tmp_path):
    page = ("北宁省扩建2号东岭工业园区\n"
            "据越南媒体报道，北宁省人民委员会日前与投资方签署协议，扩建2号东岭工业园区三期项目。"
            "2号东岭工业园区位于北宁省东部，已吸引外资项目86个。截至目前，2号东岭工业园区出租工业用地120公顷。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "2号东岭工业园区", report.evidence["park"]


# -- furniture a template sets, in its own wording ---------------------------------------------------------------------

_STORY = ("青禾开发区：大招商促进大发展\n{above}\n"
          "初冬时节，青禾开发区项目建设一派繁忙。今年以来，开发区新签约项目32个，完成固定资产投资56亿元。\n"
          "开发区负责人表示，将继续优化营商环境，推动项目早投产、早见效。\n{below}\n")


@pytest.mark.parametrize("byline", ["◎本报记者 刘 昊  通讯员 卢庆毅", "本报记者 王 伟", "■记者 张 敏 通讯员 李 强"])
def test_a_bylines_names_spaced_out_by_the_paper_are_a_credit(tmp_path, byline):
    (report,) = read_page(tmp_path, _STORY.format(above=byline, below=""))
    assert byline.strip("◎■") not in report.text and "新签约项目32个" in report.text
    assert report.doc_type == "简报", report.evidence["doc_type"]


@pytest.mark.parametrize("where, row", [
    # a reading counter whose number the script never filled, a readers' interaction count
    ("above", "次閱讀"), ("above", "已有人阅读此文"), ("above", "参与互动 0"), ("above", "评论(3)"),
    # a site's picture label, maintenance notice, language menu, region row
    ("above", "首圖"), ("above", "網站維護中"), ("above", "可用语言"), ("above", "所属地区:湖南-青禾-青禾县"),
    # a document site's and a portal's rows
    ("above", "【打印文本】"), ("above", "我的足迹"), ("above", "剩余6页未读, 下载浏览全部"), ("above", "下载得到文件列表"),
    ("above", "关于青禾高新区发展情况的调研与思考.docx 第1页"), ("above", "文章导读"), ("above", "最新活動 目前無資料"),
    ("above", "暂无数据"), ("above", "索引号 qhgxq/2015-13405 公开目录: 统计信息"),
    # the blog software's notes under its comment form, the forum software's note on an edited post
    ("below", "发表评论\n您的电子邮箱地址不会被公开。 必填项已用*标注\n在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。"),
    ("below", "發佈留言\n發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *"),
    ("below", "[ 此帖被青禾居士在2010-04-05 17:36重新编辑 ]"), ("below", "本帖最后由 青禾居士 于 2012-3-5 10:20 编辑"),
])
def test_a_templates_row_in_its_own_wording_is_not_searchable(tmp_path, where, row):
    (report,) = read_page(tmp_path, _STORY.format(above=row if where == "above" else "", below=row if where == "below" else ""))
    assert not any(line in report.text for line in row.splitlines())
    assert "新签约项目32个" in report.text and "营商环境" in report.text


@pytest.mark.parametrize("line", [
    "评论员文章指出，园区要把优化营商环境作为头等大事。", "全年接待参观考察人员1200人次。",
    "网站维护中心已于5月建成投用。", "园区网站建设和维护由信息中心负责。",
    "目前尚无企业入驻的标准厂房有3栋，正在加紧招商。", "打印机生产项目已经投产。",
])
def test_sentences_with_those_rows_words_stay(tmp_path, line):
    (report,) = read_page(tmp_path, _STORY.format(above="", below=line))
    assert line in report.text


def test_a_flip_book_viewers_page_rows_are_not_searchable(tmp_path):
    page = ("Page 12 - 2023年青禾科学园区永续报告书-\nP. 12\n"
            "青禾科学园区2023年永续报告书\n第三章 环境保护\n2023年园区污水处理厂处理污水1200万吨，回收率达到85%。\n"
            "园区持续推动厂商节能减碳，全年减少碳排放3.2万吨。\n")
    (report,) = read_page(tmp_path, page)
    assert "Page 12" not in report.text and "P. 12" not in report.text and "污水处理厂" in report.text


def test_a_flip_book_page_without_its_own_heading_is_titled_by_the_books_name(tmp_path):
    page = ("Page 27 - 2023年青禾科学园区永续报告书-\nP. 27\n\n科技部\n  2. 诚信透明      青禾科学园区\n"
            "2.1 关于青禾\n地理位置\n青禾科学园区位于青禾市北部，规划面积1200公顷，2023年营业额达到8000亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "2023年青禾科学园区永续报告书", report.evidence["title"]
    assert "Page 27" not in report.text and "P. 27" not in report.text


# -- titles of leads that open on someone's words ----------------------------------------------------------------------

def test_a_quotation_then_todays_event_is_titled_by_the_event(tmp_path):
    page = ("青禾日报·青禾客户端1月15日讯（记者 王伟 通讯员 李强）"
            "“青禾县良好的投资环境与我们的产业布局深度融合，希望项目高效推进，成为后续合作的示范。”今天上午，青禾县举行"
            "“投资促进季”招商引资项目集中签约仪式，19个项目成功签约，总投资86亿元。\n"
            "签约项目涵盖新材料、装备制造等领域。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "今天上午，青禾县举行“投资促进季”招商引资项目集中签约仪式", report.evidence["title"]


def test_a_quotation_whose_speaker_is_told_after_runs_past_an_occasion_without_its_zai(tmp_path):
    # (the quotation keeps its opening mark, as the house has since session 20: someone's words, then who said them)
    page = ("“首届青禾博览会上，开发区将签约37个项目，签约金额达370亿元，比上届增长了70%，招商引资再创新高。”31日，"
            "青禾开发区投资促进局副局长王伟对记者表示，开发区的签约项目个数及签约金额在全市各区县排名首位。\n"
            "据了解，本届博览会开发区招商引资工作以招大、招强为主。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "“首届青禾博览会上，开发区将签约37个项目", report.evidence["title"]


def test_a_line_closing_a_quotation_it_never_opened_is_no_title(tmp_path):
    page = ("关于“青禾市重点项目全生命周期管\n智慧调度平台”研发单位真实情况的声明\n智库声音\n\n首页 > 智库声音\n\n"
            "青禾同城化发展暨青禾都市圈建设五年:看产业合作园区如何走深走实\n\n2025-09-16 浏览量:59 青禾市经济发展研究院\n"
            "分享到:\n[打印文章]\n\n习近平总书记在座谈会上强调“要创新跨地区产业协作和优化布局机制”。五年来，青禾都市圈产业合作"
            "园区建设取得明显成效，共建园区12个，落地项目186个，总投资超过900亿元。\n"
            "园区合作机制不断完善，成本分担和利益共享机制基本建立。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾同城化发展暨青禾都市圈建设五年:看产业合作园区如何走深走实", report.evidence["title"]


def test_a_plans_period_inside_its_genre_word_leaves_a_title_a_plan_and_its_first_year(tmp_path):
    # (规划(2016—2020年)纲要: the period in brackets between the plan and its 纲要, as 规划纲要(2016—2020年) already was)
    page = ("青禾新区国民经济和社会发展“十三五”规划(2016—2020年)纲要\n前 言\n"
            "“十三五”时期(2016-2020年)，是青禾新区加快发展的关键时期。本纲要主要阐明新区发展战略，明确发展目标。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾新区国民经济和社会发展“十三五”规划(2016—2020年)纲要", report.evidence["title"]
    assert report.year == 2016, report.evidence["year"]
    assert report.doc_type == "工作计划", report.evidence["doc_type"]


@pytest.mark.parametrize("cited", ["在2020年青禾省印发的《关于推动同城化发展的指导意见》", "2019年出台的《青禾都市圈发展规划》"])
def test_the_year_a_cited_document_was_issued_is_background(tmp_path, cited):
    page = ("青禾都市圈建设五年：看产业合作园区如何走深走实\n\n2025-09-16 浏览量:59 青禾市经济发展研究院\n\n"
            f"{cited}明确要求“推行园区共建等合作模式”。五年来，青禾都市圈产业合作园区建设取得明显成效，共建园区12个。\n"
            "园区合作机制不断完善，成本分担和利益共享机制基本建立。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2025, report.evidence["year"]


@pytest.mark.parametrize("when", ["2021年1~3季度", "今年1-2季度"])
def test_a_leads_quarters_counted_together_are_when_the_title_runs_on(tmp_path, when):
    page = (f"青禾网10月21日消息(记者 王伟)据悉，{when}，青禾经开区市场主体继续保持良好增长势头，活力不断增强。"
            "市场主体和固定资产投资增速实现两位数增长。\n据了解，经开区智能终端产业发展势头良好。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.endswith("青禾经开区市场主体继续保持良好增长势头"), report.evidence["title"]


# -- types of a unit's statutory yearly reports and its 情况汇报 --------------------------------------------------------

_YEARLY = "{title}\n一、总体情况\n2023年，青禾经济开发区认真贯彻落实上级部署，扎实推进各项工作，取得了明显成效。\n二、存在的问题\n工作力量还不足。\n"


@pytest.mark.parametrize("title, doc_type", [
    ("青禾经济开发区2023年度政府信息公开工作报告", "工作总结"),  # (年度 before the duty: the disclosure report)
    ("青禾经济开发区管委会2023年法治政府建设年度报告", "工作汇报"),  # (sent up each year by rule)
    ("青禾经济开发区2023年度法治政府建设情况报告", "工作汇报"),
    ("青禾园区非公企业党建工作开展情况汇报", "工作汇报"),  # (情况汇报 heads the title: no headline's predicate)
    ("青禾经济开发区2023年政府工作报告", "工作报告"),  # (the guard: a government's work report stays one)
])
def test_a_units_yearly_statutory_report_and_its_situation_report(tmp_path, title, doc_type):
    (report,) = read_page(tmp_path, _YEARLY.format(title=title))
    assert report.doc_type == doc_type, report.evidence["doc_type"]


def test_a_signed_articles_author_under_its_title_is_no_title(tmp_path):
    page = ("首页 > 全会精神 > 学习贯彻\n青禾开发区：以有力政治监督保障“十五五”顺利开局起步\n信息来源:青禾开发区党工委\n"
            "发布日期:2026-02-13\n以有力政治监督保障“十五五”顺利开局起步\n青禾开发区党工委委员、纪检监察工委书记 张仲文\n"
            "服务保障发展大局，是纪检监察机关使命所系、职责所在。今年是“十五五”开局之年，开发区纪检监察工委将坚持改革赋能。\n"
            "聚焦产业发展推动落实。紧紧围绕建设现代化产业体系开展监督。\n")
    (report,) = read_page(tmp_path, page)
    assert "张仲文" not in report.title and "政治监督" in report.title, report.evidence["title"]


def test_a_document_sites_copy_with_its_stamp_format_and_years_is_titled_by_the_document(tmp_path):
    page = ("【2018-2019】县产业集聚区有关情况调研报告-实用word文档 (2页) 下载本文\n\n"
            "内容发布更新时间 : 2024/5/18 16:43:53星期一 下面是文章的全部内容请认真阅读。\n\n"
            "【2018-2019】县产业集聚区有关情况调研报告-实用word文档\n\n== 本文为word格式,下载后可方便编辑和修改! ==\n\n"
            "县产业集聚区有关情况调研报告\n\n青禾县产业集聚区有关情况调研报告 市民政局:\n"
            "根据安排，我们对青禾县产业集聚区的有关情况进行了调研。现将调研情况报告如下：\n一、基本情况\n集聚区规划面积8.7平方公里。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "县产业集聚区有关情况调研报告", report.evidence["title"]
    assert "下面是文章的全部内容" not in report.text


def test_a_word_templates_header_glued_before_a_dumps_text_is_not_searchable(tmp_path):
    page = ("下载本文档\n文档简介\n经典word整理文档,仅参考,双击此处可删除页眉页脚。本资料属于网络整理,如有侵权,请联系删除,谢谢!"
            "2022年青禾经开区综合发展水平考核评价情况根据有关考核办法，商务部每年组织开展国家级经开区综合发展水平考核评价工作。"
            "青禾经开区实际使用外资12亿美元，同比增长3.7%。\n")
    (report,) = read_page(tmp_path, page)
    assert "双击此处" not in report.text and "经典word" not in report.title and "考核评价" in report.text


# -- parks: a zone's own organs speaking ------------------------------------------------------------------------------

_ORGANS = ("2024年以来，在{organs}的坚强领导下，我局坚持以人民为中心的发展思想，统筹发展和安全，促进全区各项民生事业高质量发展。\n"
           "一、上半年工作完成情况\n（一）推进学校建设。新建学校2所。\n（二）推进文化惠民。承办青禾开发区第二届文化节，"
           "参与群众5万人次。\n")


def test_a_zones_own_organs_and_the_one_park_it_names_make_the_report_the_zones(tmp_path):
    (report,) = read_page(tmp_path, _ORGANS.format(organs="区党工委、区管委会"))
    assert report.park == "青禾开发区", report.evidence["park"]


@pytest.mark.parametrize("organs", ["区委、区政府", "市委、市政府和各开发区管委会"])
def test_a_districts_or_a_citys_organs_leave_a_park_named_once_aside(tmp_path, organs):
    # (the guard: a district's 区委、区政府, or another body speaking of zones' 管委会, is no zone speaking of itself)
    (report,) = read_page(tmp_path, _ORGANS.format(organs=organs))
    assert report.park is None, report.evidence["park"]


@pytest.mark.parametrize("opening", ["根据有关考核办法，", "截至2022年底，"])
def test_a_status_reports_title_run_into_its_text_is_cut_off(tmp_path, opening):
    # (一行的标题正文: a one-line dump whose title, a matter and how it stands with its genre word left off, runs into
    # a text that opens on its basis or its time)
    page = (f"2022年青禾经开区综合发展水平考核评价情况{opening}商务部每年组织开展国家级经开区综合发展水平考核评价工作。"
            "青禾经开区实际使用外资12亿美元，同比增长3.7%，进出口总额增长5%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "2022年青禾经开区综合发展水平考核评价情况", report.evidence["title"]


def test_a_sentence_telling_how_things_stand_is_not_cut(tmp_path):
    # (the guard: a lead sentence whose subject is a 情况 noun runs on as the lead it is)
    page = ("今年以来园区企业用工情况总体平稳，一季度新增就业岗位1200个，企业缺工率下降到3%以内，园区将继续做好稳岗服务工作。\n"
            "园区人力资源服务中心举办招聘会5场。\n")
    (report,) = read_page(tmp_path, page)
    assert not report.title.endswith("用工情况"), report.evidence["title"]
