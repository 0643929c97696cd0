"""Titles read in session 27 (reading version 107). Own pages, own names."""
import pytest

from conftest import read_page


# a titleless item's title is its first words (docs/labelling.md): the day and where the reporter learnt it stay, whom
# it is according to (据某某报道，) is a credit and goes, as a dateline does
@pytest.mark.parametrize("page, title", [
    ("近日，青川经开区召开一季度安全生产工作会议，部署下一阶段重点工作。\n会议要求各企业落实主体责任。\n",
     "近日，青川经开区召开一季度安全生产工作会议"),
    ("10月9日下午，记者从青川县工信局获悉，今年以来，青川经开区新签约工业项目16个。\n其中亿元以上项目5个。\n",
     "10月9日下午，记者从青川县工信局获悉，今年以来，青川经开区新签约工业项目16个"),
    ("据青川日报报道，5月8日，青川经开区举办重点产业项目集中签约仪式，现场签约项目12个。\n协议总投资约86亿元。\n",
     "5月8日，青川经开区举办重点产业项目集中签约仪式"),
])
def test_a_leads_first_words_keep_its_day_and_where_it_was_learnt(tmp_path, page, title):
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]
    assert report.text.startswith(title)


def test_a_leads_year_is_read_past_where_it_was_learnt(tmp_path):
    (report,) = read_page(tmp_path, "近日，记者从青川县发改局了解到，2024年，青川经开区坚持工业强县，主导产业加快集聚。\n"
                                    "全年园区完成规模以上工业总产值120亿元，同比增长9%。\n")
    assert report.year == 2024, report.evidence["year"]


# a clause that only frames the event, the moment it falls in (在…的关键时刻) or what it was done according to (根据…
# 《…》要求, however long the document's name), has no predicate of its own: the title runs on to the clause that acts
@pytest.mark.parametrize("page, title", [
    ("在园区转型升级步入攻坚期的关键时刻，青川经开区再次成为省级重点项目的落户地。\n园区今年签约项目9个。\n",
     "在园区转型升级步入攻坚期的关键时刻，青川经开区再次成为省级重点项目的落户地"),
    ("根据省工业和信息化厅等五部门联合印发的《化工园区认定管理办法（试行）》要求，青川县组织开展了化工园区认定复核工作。\n"
     "复核共涉及园区3个。\n",
     "根据省工业和信息化厅等五部门联合印发的《化工园区认定管理办法（试行）》要求，青川县组织开展了化工园区认定复核工作"),
])
def test_a_frame_of_the_moment_or_the_basis_runs_on_to_the_act(tmp_path, page, title):
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]


def test_a_clause_with_its_predicate_still_ends_the_title(tmp_path):
    # (guard: a clause that acts ends the title, whatever a moment after it says)
    (report,) = read_page(tmp_path, "青川经开区召开项目建设推进会，在全年任务过半的关键时刻，会议要求各项目加快进度。\n"
                                    "园区领导出席会议。\n")
    assert report.title == "青川经开区召开项目建设推进会", report.evidence["title"]


# credits on a line of their own are never the title, however the paper writes them: a correspondent's (本网通讯员…报道),
# an outlet's name joined by a middle dot (某某·某某网记者 某某), a paper's short name before each of its staff (某经记者 某某
# 某经编辑 某某), and an e-paper's masthead row, the paper and the day of its issue (某某日报2019年03月20日)
@pytest.mark.parametrize("line", [
    "本网通讯员王小明、李青报道",
    "新青川·每日青川网记者 周明",
    "青经记者 石青 青经编辑 唐川",
    "青川日报2019年03月20日",
])
def test_a_credit_line_is_no_title(line):
    from indexer.reading.titles import is_credit_line

    assert is_credit_line(line)


@pytest.mark.parametrize("line", ["青川经开区召开项目推进会", "青川日报社举办2019年通讯员培训班"])
def test_a_headline_is_no_credit_line(line):
    from indexer.reading.titles import is_credit_line

    assert not is_credit_line(line)


def test_a_browser_notice_is_no_title_and_no_text(tmp_path):
    # (浏览器内核版本过低: the browser's engine named between; the notice is the site's, never searchable)
    (report,) = read_page(tmp_path, "提醒:你正在使用的浏览器内核版本过低,请尽快升级你的浏览器或者换用新版浏览器访问本站。详情\n\n当前位置:首页—新闻详情\n\n"
                                    "青川经开区产业集群迸发新动能\n\n2021-05-11 责任编辑: 来源:青川日报\n\n青川经开区产业集群迸发新动能\n\n"
                                    "青川经开区现有实体工业企业262家，今年新签约项目18个。\n园区将继续招商。\n")
    assert report.title == "青川经开区产业集群迸发新动能" and "浏览器" not in report.text


# a lead's clause of time runs on to the event: a quarter of the year said 本年 as 今年 (本年第一季度，…), and a span since
# something happened (自…工作开展以来，…)
@pytest.mark.parametrize("page, title", [
    ("本年第一季度,青川台商投资区推进9个项目签约落地,总投资约120亿元。\n其中制造业项目6个。\n",
     "本年第一季度,青川台商投资区推进9个项目签约落地"),
    ("自2019年对口帮扶工作开展以来,青州对口帮扶青川,谋划帮扶举措。\n帮扶资金逐年增加。\n",
     "自2019年对口帮扶工作开展以来,青州对口帮扶青川"),
])
def test_a_clause_of_time_runs_on_to_the_event(tmp_path, page, title):
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]


# a clause of purpose opening a lead (为保障…，为进一步推进…工作，) has no predicate of its own: never a title alone
@pytest.mark.parametrize("page, title", [
    ("为保障循环经济发展，青川工业园区着力强化服务措施，全力推进重点项目建设。\n园区今年新开工项目12个。\n",
     "为保障循环经济发展，青川工业园区着力强化服务措施"),
    ("为进一步加快农业结构调整、促进农业提质增效，今年我省的省级农业示范园区数量从去年的80个增至126个。\n新增园区主要分布在丘陵地区。\n",
     "为进一步加快农业结构调整、促进农业提质增效，今年我省的省级农业示范园区数量从去年的80个增至126个"),
])
def test_a_clause_of_purpose_runs_on_to_the_act(tmp_path, page, title):
    (report,) = read_page(tmp_path, page)
    assert report.title == title, report.evidence["title"]


def test_a_forums_copy_link_button_after_the_title_is_no_part_of_it(tmp_path):
    (report,) = read_page(tmp_path, "青川经开区“一区三园”模式助推园区发展 [复制链接]\n\n"
                                    "青川经开区实行一区三园管理模式，三个园区分工协作，错位发展。\n今年园区新签约项目18个。\n")
    assert report.title == "青川经开区“一区三园”模式助推园区发展"
