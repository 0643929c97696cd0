"""Reading decided in session 46. Own pages.

- A party organ's report on how it put right what an inspection found (关于巡察整改进展情况的通报; its text 现将…整改进展
  情况予以公布) is a 工作汇报: the body inspected must report its rectification and make it public. Titled, or opening as
  a dated lead on the inspection's days, it is the organ's report, no news item.
- A lead's basis before its day (根据市委统一部署，2023年…至…，…) is kept in the title, as a purpose is, and the title runs
  on past the day to the act; a span of days may cross a year, its last day naming its own year.
- 原题 names a repost's original title as 原标题 does.
- A collection's row may name its piece in brackets after its own name for the pieces (第一篇:某某优秀调研文章(县工业园区
  发展调研报告)); the piece's first line gives its whole title (某某县工业园区发展调研报告).

Figures: a change's end told with 为 (由X增长为Y) is Y, as with 到; the firms a park holds told with the time apart from the
having (目前共有企业N家) are its firms, as 现有企业N家 are.
"""
import pytest

from conftest import figure_rows, read_page


RECTIFICATION_BODY = ("一、党工委履行整改主体责任情况\n"
                      "党工委把整改作为重大政治任务，召开专题会议研究部署，制定整改方案，明确责任分工。\n"
                      "二、反馈问题的整改落实情况\n"
                      "针对招商引资项目落地慢的问题，园区建立项目推进台账，已完成整改12项。\n")


@pytest.mark.parametrize("opening", [
    # titled, with the page's date row under the title
    "中共某某经济开发区工委关于市委巡察整改进展情况的通报\n2025-03-18 09:30\n"
    "根据市委统一部署，2024年3月11日至5月10日，市委第三巡察组对某某经济开发区工委进行了巡察。6月2日，巡察组反馈了"
    "巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n",
    # titleless: the text opens on the inspection's days, a lead's form
    "根据省委统一部署，2023年10月9日至12月8日，省委第二巡视组对某某高新区开展了常规巡视。2024年1月12日，巡视组向"
    "高新区党工委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。\n",
])
def test_an_inspections_rectification_report_is_a_work_report(tmp_path, opening):
    (report,) = read_page(tmp_path, opening + RECTIFICATION_BODY)
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]
    assert "整改" in report.evidence["doc_type"]


def test_news_of_an_inspection_starting_is_still_news(tmp_path):
    # (the guard: a lead telling that an inspection team arrived, which makes nothing public, stays a news item)
    page = ("5月8日，市委第一巡察组进驻某某工业园区开展常规巡察，动员会在园区管委会召开。巡察组组长作了动员讲话，"
            "园区党工委书记作了表态发言。据了解，巡察组将在园区工作约两个月。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


@pytest.mark.parametrize("days", ["2023年11月29日至2024年1月31日", "2023年10月10日至12月15日"])
def test_a_leads_basis_before_its_day_is_kept_and_the_title_runs_on_to_the_act(tmp_path, days):
    page = (f"根据市委统一部署，{days}，市委第五巡察组对某某工业园区管理办公室党委进行了巡察。此后巡察组反馈了巡察意见。"
            "按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n" + RECTIFICATION_BODY)
    (report,) = read_page(tmp_path, page)
    assert report.title == f"根据市委统一部署，{days}，市委第五巡察组对某某工业园区管理办公室党委进行了巡察", \
        report.evidence["title"]


def test_a_purpose_after_the_day_is_still_taken_off(tmp_path):
    # (the guard: session 15's rule — 5月12日上午，为…，某园区召开…: the day, then the event; the basis rule reads only a
    # basis that opens the lead before its day)
    page = ("5月12日上午，为深入推进项目建设，某某经开区召开重点项目推进会，部署下半年项目工作。会议听取了各项目进展汇报。"
            "经开区负责人要求各单位倒排工期，确保项目按期投产。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("5月12日上午，某某经开区召开"), report.evidence["title"]


@pytest.mark.parametrize("label", ["原题", "原标题"])
def test_the_original_titles_row_titles_a_page_without_a_headline(tmp_path, label):
    page = (f"来源：某某日报\n{label}：前三季度全省重点园区累计实现营收1.2万亿元\n"
            "记者从省商务厅获悉，前三季度全省重点园区累计实现营业收入1.2万亿元，同比增长9.8%，"
            "其中国家级开发区实现营业收入6500亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "前三季度全省重点园区累计实现营收1.2万亿元", report.evidence["title"]


def test_a_collections_row_naming_its_piece_in_brackets_gives_way_to_the_pieces_whole_title(tmp_path):
    page = ("县人大代表、政协委员优秀调研文章(县工业园区发展调研报告)(3篇)\n"
            "第一篇:县人大代表、政协委员优秀调研文章(县工业园区发展调研报告)\n"
            "青溪县工业园区发展调研报告\n"
            "工交工作组\n"
            "一、园区发展概况\n"
            "我县工业园区始建于2006年，规划面积8平方公里，现有入园企业46家。\n"
            "二、存在的问题\n"
            "园区基础设施配套不足，融资渠道单一。\n"
            "第二篇:县人大代表、政协委员优秀调研文章(县域经济发展调研报告)\n"
            "青溪县县域经济发展调研报告\n"
            "一、基本情况\n"
            "全县生产总值稳步增长，工业园区贡献了全县六成的工业产值。\n")
    reports = read_page(tmp_path, page)
    assert [r.title for r in reports] == ["青溪县工业园区发展调研报告", "青溪县县域经济发展调研报告"], \
        [r.evidence["title"] for r in reports]
    assert reports[0].doc_type == "工作汇报", reports[0].evidence["doc_type"]


def test_a_collections_row_whose_bracket_is_no_name_of_the_next_line_keeps_its_own_title(tmp_path):
    # (the guard: the next line must end on the bracketed name; a row whose bracket holds a year keeps its title)
    page = ("园区工作总结(3篇)\n"
            "第一篇:某某工业园区工作总结(2022-2023年度)\n"
            "今年以来，园区围绕招商引资和项目建设，完成固定资产投资12亿元，新引进项目8个。\n"
            "第二篇:某某工业园区工作计划(2024年度)\n"
            "明年园区将力争引进项目10个，完成固定资产投资15亿元。\n")
    reports = read_page(tmp_path, page)
    assert reports[0].title == "某某工业园区工作总结(2022-2023年度)", reports[0].evidence["title"]


@pytest.mark.parametrize("text, expected", [
    ("园区营业收入从2020年的720亿元增长为2023年的1056亿元。", [("营业收入", 1056, "亿元", "实际")]),
    ("园区入驻企业由2020年的56家增加为目前的98家。", [("入园企业数", 98, "家", "实际")]),
    # (the guard: the 到 form, read before)
    ("园区营业收入由2020年的720亿元增长到2023年的1056亿元。", [("营业收入", 1056, "亿元", "实际")]),
])
def test_a_changes_end_told_with_wei_is_the_figure(text, expected):
    assert figure_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("开发区企业数量实现了几何倍数增长，目前共有企业1800多家。", [("入园企业数", 1800, "家", "实际")]),
    ("园区现共有各类企业126家，其中规模以上工业企业38家。", [("入园企业数", 126, "家", "实际"), ("规上企业数", 38, "家", "实际")]),
])
def test_the_firms_a_park_holds_told_with_the_time_apart(text, expected):
    assert figure_rows(text) == expected


# ------------------------------------------------------------------ second round (from the fresh set, after grading)

def test_a_document_sites_header_glued_before_the_text_is_the_sites(tmp_path):
    page = ("精选优质文档-----倾情为你奉上 附件 一、青溪高新技术产业开发区概况 青溪高新技术产业开发区位于青溪市西北部，"
            "规划面积35平方公里，涉及2个街道和3个乡镇。高新区规划为以装备制造为主导的产业园区。\n")
    (report,) = read_page(tmp_path, page)
    assert "倾情为你奉上" not in report.text
    assert report.title == "附件 一、青溪高新技术产业开发区概况", report.evidence["title"]
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_profiles_title_run_into_its_text_is_cut_where_the_name_is_said_again(tmp_path):
    page = ("青溪经济开发区简介 青溪经济开发区成立于2006年，2012年升格为省级开发区，规划面积20平方公里，"
            "现有入园企业160家，形成了机械制造、食品加工两大主导产业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青溪经济开发区简介", report.evidence["title"]


@pytest.mark.parametrize("label", ["摘要", "摘 要:", "【摘要】"])
def test_a_journal_databases_abstract_label_is_no_title(tmp_path, label):
    page = (f"{label}\n"
            "去年以来，青溪市紧紧围绕把青溪打造成为“产业转移的承接区”这一目标，克服各种不利因素的影响，着力提高工业园区的"
            "建设水平。2008年，青溪工业园实现主营业务收入56亿元。我们主要抓了以下三个方面的工作：\n"
            "出处\n《某某省人民政府公报》2009年第11期\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == ("去年以来，青溪市紧紧围绕把青溪打造成为“产业转移的承接区”这一目标，克服各种不利因素的影响"), \
        report.evidence["title"]
    assert report.doc_type == "工作总结", report.evidence["doc_type"]


def test_a_records_pages_abstract_field_gives_its_text(tmp_path):
    page = "摘 要: | 正2013年，青溪高新区克难奋进、砥砺前行，坚持以新体制激发新优势，经济社会持续稳定发展，综合实力不断提升。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "2013年，青溪高新区克难奋进、砥砺前行", report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    # a party named by its task, the verbs in its name the group noun's attributes; who went along, 在 left out
    ("10月27日下午，市园区办主任某某某率考察调研组，副县长某某某陪同下，对园区建设发展情况进行考察调研。调研组先后来到园区企业。",
     "10月27日下午，市园区办主任某某某率考察调研组，副县长某某某陪同下，对园区建设发展情况进行考察调研"),
    # a span of years and how long it was, times both
    ("2016年-2020年，短短5年时间，青溪经开区排名一路向前，从第142名升到第66名。园区交出了一份靓丽答卷。",
     "2016年-2020年，短短5年时间，青溪经开区排名一路向前"),
])
def test_a_leads_title_runs_on_past_its_frames(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n")
    assert report.title == title, report.evidence["title"]


def test_a_leader_and_a_verb_with_its_object_is_the_event(tmp_path):
    # (the guard: 率队考察园区 is the event itself, its object a place, no party named by its task)
    (report,) = read_page(tmp_path, "10月27日下午，县长某某率队考察园区，县领导某某陪同。考察组先后来到3家企业。\n")
    assert report.title == "10月27日下午，县长某某率队考察园区", report.evidence["title"]


@pytest.mark.parametrize("text, parks", [
    ("2010年宁东能源化工基地建设大会战拉开序幕。", ["宁东能源化工基地"]),
    ("榆林国家级能源化工基地完成投资100亿元。", ["榆林国家级能源化工基地"]),
    # (the guards: a firm's base is none; other bases name a park only in a roll of parks, session 39)
    ("万华化学集团宁波化工基地二期投产。", []),
    ("全县建成舟山绿色石化基地。", []),
])
def test_the_states_energy_and_chemical_bases_are_parks(text, parks):
    from indexer.reading.parks import find_parks
    assert [name for name, _ in find_parks(text)] == parks


# ------------------------------------------------------------------ third round: whose, and figures

def test_a_portals_path_naming_a_parks_committee_is_the_pages_publisher(tmp_path):
    page = ("首页 > 县政府派驻事业机构 > 青溪高新技术产业开发区管理委员会 > 法定主动公开内容 > 规划计划\n"
            "2017年年度工作总结及2018年工作思路\n一、2017年工作总结\n"
            "2017年，园区相关工作严格按照县委、县政府年初经济工作会议精神狠抓落实，园区在建项目20个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "青溪高新技术产业开发区", report.evidence["park"]


def test_a_path_naming_a_column_is_no_publisher(tmp_path):
    # (the guard: a column of parks' news, no committee named, publishes nothing of one park)
    page = ("首页 > 新闻中心 > 园区动态\n2017年年度工作总结及2018年工作思路\n一、2017年工作总结\n"
            "2017年，园区相关工作严格按照县委、县政府年初经济工作会议精神狠抓落实，园区在建项目20个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park is None, report.evidence["park"]


def test_an_item_of_a_list_of_projects_is_a_project_not_the_park(tmp_path):
    page = ("首页 > 县政府派驻事业机构 > 青溪高新技术产业开发区管理委员会 > 规划计划\n"
            "2017年年度工作总结及2018年工作思路\n一、2017年工作总结\n"
            "2017年，园区相关工作严格按照县委、县政府的部署狠抓落实。\n（一）项目建设\n"
            "黄花路：该道路全程3.5公里，总投资4.3亿元。\n"
            "弘远科技工业园：该项目总投资2.8亿元，现正进行绿化和设备安装。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "青溪高新技术产业开发区", report.evidence["park"]


def test_the_leads_event_held_at_the_zone_called_by_its_head_names_its_park(tmp_path):
    page = ("2月20日，县委书记某某某在高新区高质量发展调度会上强调，要加快推进项目开工建设，全力推动企业复工复产。"
            "青溪高新区管委会和相关单位负责人参加。\n截至2月20日，园区153家规模以上工业企业中已有78家复工复产。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park == "青溪高新区", report.evidence["park"]


def test_a_zone_at_the_event_and_two_zones_of_its_kind_named_is_none(tmp_path):
    # (the guard: which 高新区 the lead means is no longer clear)
    page = ("2月20日，县委书记某某某在高新区高质量发展调度会上强调，要用心用情用力做好服务保障，加快推进项目开工建设，"
            "全力推动企业复工复产。\n截至2月20日，园区153家规模以上工业企业中已有78家复工复产。"
            "会议还听取了青溪高新区管委会、白沙高新区管委会的汇报。\n")
    (report,) = read_page(tmp_path, page)
    assert report.park is None, report.evidence["park"]


@pytest.mark.parametrize("text, expected", [
    ("2008年，青溪工业园实现主营业务收入56亿元、增加值18亿元、税金2.8亿元。",
     [("工业增加值", 18, "亿元", "实际"), ("税收", 2.8, "亿元", "实际"), ("营业收入", 56, "亿元", "实际")]),
    # (the guard: a high-tech zone's total income is no industry's turnover; its value added said bare stays none)
    ("青溪高新区完成技工贸总收入400亿元；实现增加值85亿元。", [("营业收入", 400, "亿元", "实际")]),
    ("1-9月份新增开工企业7家，新增投产企业8家。", [("新开工项目数", 7, "家", "实际"), ("竣工投产项目数", 8, "家", "实际")]),
])
def test_figures_said_short_in_an_industrial_list(text, expected):
    assert figure_rows(text) == expected


# ------------------------------------------------------------------ after the ten unseen pages were read

def test_a_headline_broken_before_its_bodys_name_and_a_subtitle_opening_on_a_verb(tmp_path):
    # (the body formed for a work, 某某工作领导小组, broken across two lines; the subtitle under it opens on 总结 acting on a
    # year, "summed up 2018's work", no genre word a title ends on)
    page = ("青溪市产业功能区建设工作\n领导小组第四次会议召开\n\n总结2018年工作 安排部署2019年重点任务\n\n"
            "本报讯 3月14日，我市召开产业功能区建设工作领导小组第四次会议，总结我市产业功能区2018年工作，"
            "安排部署2019年重点任务。\n市委书记出席会议并讲话。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青溪市产业功能区建设工作领导小组第四次会议召开", report.evidence["title"]
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_conjunction_before_the_zone_noun_names_no_park():
    from indexer.reading.parks import find_parks
    assert find_parks("会议传达贯彻青溪市产业功能区及园区建设工作领导小组会议精神。") == []


def test_a_body_of_rules_is_no_report(tmp_path):
    page = ("第一章 总则\n一、根据《青溪县人民政府工作规则》，结合开发区工作实际，制定本规则。\n"
            "二、开发区管理委员会工作的指导思想是：以新时代中国特色社会主义思想为指导，依法履行职责。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_parks_planned_area_in_a_plan_is_what_the_park_is(tmp_path):
    page = ("青溪产业园区发展规划（2021-2025年）\n一、规划范围\n"
            "规划范围：东至青溪路，南至白沙大道，西至青溪河，北至白云山，总面积约18.9平方公里。\n二、发展目标\n"
            "到2025年，园区工业总产值达到300亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert sorted((i.name, i.value, i.status) for i in report.indicators) == [("工业总产值", 300, "目标"), ("面积", 18.9, "实际")]


def test_an_area_whose_own_clause_tells_its_future_stays_a_target(tmp_path):
    # (the guard: 将扩大至 in the area's own clause)
    page = "青溪产业园区2024年工作计划\n一、主要目标\n园区规划面积将扩大至21.35平方公里，全年力争完成工业总产值120亿元。\n"
    (report,) = read_page(tmp_path, page)
    assert sorted((i.name, i.value, i.status) for i in report.indicators) == [("工业总产值", 120, "目标"), ("面积", 21.35, "目标")]
