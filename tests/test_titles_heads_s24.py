"""Titles and types of real pages by how Chinese leads and headlines are built (session 24, s24-heads). Own sentences,
other names and numbers than any page studied."""
from pathlib import Path

import pytest

from conftest import read_page


def title(tmp_path: Path, text: str) -> str:
    return read_page(tmp_path, text + "\n")[0].title


# a lead's first clause that is a noun phrase (an attribute, 的, its noun: 过去的三年; 作为…之一的某区) is the topic the
# sentence comments on after the comma: the title runs on to the clause with the predicate
@pytest.mark.parametrize("lead, want", [
    ("作为全省五个出口加工区之一的青川出口加工区，今年3月8日满20岁。二十年来，加工区累计引进企业百余家。",
     "作为全省五个出口加工区之一的青川出口加工区，今年3月8日满20岁"),
    ("对于云溪县来说，过去的三年，是工业园区建设提速的三年，园区新落地项目四十余个。县里将继续推进。",
     "对于云溪县来说，过去的三年，是工业园区建设提速的三年"),
])
def test_a_noun_phrase_clause_does_not_end_a_lead_title(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


@pytest.mark.parametrize("lead, want", [
    # a verb before 的 governs the phrase (召开了…的…会议): the clause has its predicate and ends the title
    ("2023年5月10日，青川工业园区召开了全区的安全生产工作会议，部署下一阶段的隐患排查工作，园区各企业负责人参加会议。",
     "2023年5月10日，青川工业园区召开了全区的安全生产工作会议"),
    # a name and its years with no 的 (建区十五年) is the gold's own clause: left as it was
    ("同志们、朋友们：云溪经济开发区建区二十年，是艰苦创业、硕果累累的二十年。今天我们在这里召开座谈会。",
     "云溪经济开发区建区二十年"),
])
def test_a_clause_with_its_predicate_still_ends_it(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def doc_type(tmp_path: Path, text: str) -> str:
    return read_page(tmp_path, text + "\n")[0].doc_type


# a titleless item telling a period's results in a reporter's words: it opens on what the data show, or it tells what
# others said of them and never speaks as 我区 / 我们 — news (an information item), not the unit's own summary
@pytest.mark.parametrize("text", [
    "数据显示，前三季度，云溪高新技术产业开发区规模以上工业增加值增长8.6%，实现固定资产投资12.3亿元，同比增长6.1%。"
    "今年以来，高新区围绕主导产业开展精准招商，新签约项目14个，其中亿元以上项目6个。",
    "今年以来，青川县聚焦新能源装备产业，招商引资实现新突破，新签约项目22个，总投资86亿元，同比增长31%。\n"
    "其中，某某储能电池项目总投资20亿元，建成后年产值可达40亿元。\n"
    "青川县招商局相关负责人表示，下一步将围绕产业链上下游继续开展精准招商。业内人士指出，新能源装备将成为该县新的增长点。",
])
def test_a_reporters_item_on_a_periods_results_is_news(tmp_path, text):
    assert doc_type(tmp_path, text) == "简报"


def test_a_units_own_review_stays_a_summary(tmp_path):
    # the same period and results told by the unit as 我区, a leader's words quoted in it: its own summary
    text = ("今年以来，我区聚焦新能源装备产业，招商引资实现新突破，新签约项目22个，总投资86亿元，同比增长31%。\n"
            "其中，某某储能电池项目总投资20亿元，建成后年产值可达40亿元。\n"
            "市委主要领导在调研时指出，要围绕产业链上下游继续开展精准招商。我们将认真抓好落实。")
    assert doc_type(tmp_path, text) == "工作总结"


# words a site sets before the headline on its line, set off by spaces: a keyword of its advertisers before a lead, its
# name and column before a headline it prints again bare under it
@pytest.mark.parametrize("text, want", [
    ("鹤城霓虹灯箱 近年来，青川物流港坚持绿色发展理念，加快建设千亿级物流园区，上半年完成营业收入120亿元。\n"
     "物流港负责人介绍，园区将继续推进多式联运项目建设。",
     "近年来，青川物流港坚持绿色发展理念"),
    ("美文站 资料文库 开发区招商引资工作计划范文\n\n开发区招商引资工作计划范文\n\n"
     "本站编辑为你精心准备了开发区招商引资工作计划参考范文,愿这些范文能带给您写作的灵感。欢迎深入阅读并收藏。\n\n"
     "开发区招商引资工作计划\n\n(一)优化产业布局\n\n以高质量发展为主线，全力抓好招商引资工作，确保全年新签约项目30个以上，"
     "其中亿元以上项目10个。各开发区要根据各自的功能定位，进一步做大做强特色优势产业，形成产业集群。",
     "开发区招商引资工作计划"),
])
def test_site_words_before_the_headline_on_its_line(tmp_path, text, want):
    assert title(tmp_path, text) == want


@pytest.mark.parametrize("text, want", [
    # the lead's subject set off by a space: the text names the park again
    ("云溪经济开发区 今年以来，经济开发区新签约项目18个，总投资62亿元，同比增长21%。\n开发区将继续抓好项目建设。",
     "云溪经济开发区 今年以来"),
    # a headline's first phrase has its verb: no label
    ("青川园区扩大招商 新增三处标准厂房，以满足企业扩产需求，预计明年建成投用。", "青川园区扩大招商 新增三处标准厂房"),
])
def test_no_label_where_the_words_are_the_texts(tmp_path, text, want):
    assert title(tmp_path, text).replace(" ", "") == want.replace(" ", "")


# a news lead restates its headline (who did what): of the lines up top, the one whose words the lead's first sentence
# repeats is the headline, over a picture's caption right above the lead, an app's slogan the page repeats or the page's
# other headline
@pytest.mark.parametrize("text, want", [
    ("云溪高新区召开项目建设推进会 全力冲刺全年目标任务\n发布时间：2023-09-12 10:20\n来源：高新区 作者：李某\n"
     "管委会主任王志远同志讲话\n会议现场\n"
     "近日，云溪高新区召开项目建设推进会，通报前8个月重点项目进展情况，安排部署下一阶段工作。管委会主任王志远主持会议并讲话。\n"
     "会议要求，各部门要紧盯目标任务，加快推进项目建设。",
     "云溪高新区召开项目建设推进会 全力冲刺全年目标任务"),
    ("装备云平台\n扫一扫关注\n好货天天有\n扫一扫微信关注\n好货天天有\n"
     "青川经开区前三季度工业经济稳中有进 规上工业增加值增长7.2%\n2023-10-20 1532\n"
     "前三季度，青川经开区坚持工业立区，工业经济稳中有进，规上工业增加值同比增长7.2%，增速高于全市2.1个百分点。\n"
     "其中，装备制造业增长11.4%。",
     "青川经开区前三季度工业经济稳中有进 规上工业增加值增长7.2%"),
    ("全市开发区2022年度综合考评结果公布\n《云溪经开区扩区方案》获批\n"
     "日前，全市开发区2022年度综合考评结果公布，云溪经开区位列第一，连续三年居首。《云溪经开区扩区方案》近日也获省政府批复。\n"
     "考评从经济发展、科技创新等方面进行。",
     "全市开发区2022年度综合考评结果公布"),
])
def test_the_headline_the_lead_restates(tmp_path, text, want):
    assert title(tmp_path, text) == want


def test_a_subtitle_the_lead_repeats_does_not_displace_the_title_above(tmp_path):
    text = ("实干争先 奋力开创园区高质量发展新局面\n——青川工业园区上半年经济运行综述\n"
            "上半年，青川工业园区经济运行总体平稳，完成规上工业总产值156亿元，同比增长8.3%。\n园区将继续抓好项目建设。")
    assert title(tmp_path, text).startswith("实干争先 奋力开创园区高质量发展新局面")  # (its subtitle joined after it or not)


def test_a_headline_printed_again_before_its_lead(tmp_path):
    # the page prints its headline alone, its date row, then the headline again run into the lead after a space
    from indexer.reading.clean import clean_text
    text = ("「智造未來」交流會─雲林縣到溪南科技園區招商\n  • 發布日期:112-05-17\n\n"
            "「智造未來」交流會─雲林縣到溪南科技園區招商 雲林縣副縣長率縣府團隊及地方企業主管一行三十人、 及雲林各大企業主管,"
            "十七日在溪南科技園區召開交流會,介紹雲林的交通與投資環境。\n園區管理局表示,歡迎更多廠商進駐。")
    lines = clean_text(text).split("\n")
    assert lines[0] == "「智造未來」交流會─雲林縣到溪南科技園區招商"
    assert any(x.startswith("雲林縣副縣長率縣府團隊") for x in lines[1:3])
    assert title(tmp_path, text) == "「智造未來」交流會─雲林縣到溪南科技園區招商"


def test_a_line_that_only_starts_like_the_line_above_is_not_split():
    # the paragraph goes on from the line's words without a space, or the line above is a sentence: nothing to split
    from indexer.reading.clean import clean_text
    for text in ("溪南科技園區招商成果\n溪南科技園區招商成果豐碩,今年已有十二家廠商進駐,投資金額達新台幣八十億元,創下歷年新高。",
                 "園區今年招商成果豐碩。\n園區今年招商成果豐碩。 今年已有十二家廠商進駐,投資金額達新台幣八十億元,創下歷年新高。"):
        assert not any(x.startswith("今年已有") for x in clean_text(text).split("\n"))


@pytest.mark.parametrize("lead, want", [
    # a day range crossing a month is the lead's dateline as a range within one month is
    ("本报讯（记者 李某）5月30日至6月2日，青川经开区组织召开了重点项目现场推进会和工业经济发展推进会。会议要求加快项目建设。",
     "5月30日至6月2日，青川经开区组织召开了重点项目现场推进会和工业经济发展推进会"),
    # a period of months is the results' scope and stays
    ("2023年1月至5月，青川经开区实现规上工业总产值86.4亿元，同比增长9.2%，增速居全市第一。园区将继续发力。",
     "2023年1月至5月，青川经开区实现规上工业总产值86.4亿元"),
])
def test_a_day_range_across_months_is_a_dateline(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


@pytest.mark.parametrize("text, want", [
    # a paper's column named by its kind of report before the headline (特别报道：, 天天报道：)
    ("专题报道：青川产业园 各有新亮点\n近日，记者走访青川产业园，园区内多家企业正加紧生产。园区今年新引进项目12个。",
     "青川产业园 各有新亮点"),
    # a share widget's label glued after the headline, its icons no text
    ("青禾科技园区上半年营业额破800亿元分享到:\n本报讯 青禾科技园区管理局18日指出，园区上半年营业额达812亿元，同比增长15%。",
     "青禾科技园区上半年营业额破800亿元"),
])
def test_a_column_label_or_a_share_label_on_the_headline(tmp_path, text, want):
    assert title(tmp_path, text) == want


@pytest.mark.parametrize("text, want", [
    ("青川产业园区招商引资经验分享\n今年以来，园区坚持以商招商，新引进项目12个，总投资46亿元。园区的做法主要有以下几点。",
     "青川产业园区招商引资经验分享"),
])
def test_a_headline_ending_on_its_own_words_stays(tmp_path, text, want):
    assert title(tmp_path, text) == want


@pytest.mark.parametrize("lead, want", [
    # a document released unnamed, what it does in the next clause: the news is both
    ("近日，省发展改革委等六部门联合印发通知，公布第二批12家省级循环化改造示范园区名单，青川经开区名列其中。",
     "近日，省发展改革委等六部门联合印发通知，公布第二批12家省级循环化改造示范园区名单"),
    # a document named in the clause: it ends there
    ("近日，省政府办公厅印发《关于推动开发区高质量发展的若干措施》，提出到2025年全省开发区工业总产值突破3万亿元。",
     "近日，省政府办公厅印发《关于推动开发区高质量发展的若干措施》"),
])
def test_a_document_released_unnamed_goes_on_to_what_it_does(tmp_path, lead, want):
    assert title(tmp_path, lead) == want


def test_a_row_of_cells_is_never_half_a_sentence(tmp_path):
    # a portal's row of links set off by bars over the headline: not joined to the headline and the lead under it
    text = ("国务院  |  青禾省人民政府  |  青川市人民政府 网站无障碍\n\n青川园区一季度完成招商引资到位资金3.6亿元\n\n"
            "来源:    发布时间: 2023-04-18 08:35    编辑: 王某\n\n"
            "  今年以来，青川园区持续开展“项目攻坚年”活动，全力推进项目建设。一季度，园区完成招商引资到位资金3.6亿元。")
    assert title(tmp_path, text) == "青川园区一季度完成招商引资到位资金3.6亿元"


@pytest.mark.parametrize("line", ["發布日期 2019/05/29 發布對象", "发布时间：2023-04-18 来源：青川园区管委会"])
def test_a_date_fields_row_is_no_title(line):
    from indexer.reading.titles import title_score
    assert title_score(line) == 0


def test_a_text_printed_from_its_first_part_with_the_second_part_after_a_paragraph(tmp_path):
    text = ("一、招商引资工作情况\n截至目前，园区入驻企业共32家，其中规模以上企业18家，今年新签约项目9个，总投资26亿元，"
            "已开工建设项目6个。\n二、存在的问题\n一是要素保障不足，二是配套设施滞后，三是专业人才短缺。")
    assert title(tmp_path, text) == "招商引资工作情况"


def test_a_list_of_part_headings_is_still_no_title(tmp_path):
    text = ("一、招商引资工作情况\n二、存在的问题\n三、下一步工作打算\n截至目前，园区入驻企业共32家，其中规模以上企业18家，"
            "今年新签约项目9个，总投资26亿元，已开工建设项目6个。")
    assert title(tmp_path, text) != "招商引资工作情况"


def test_a_bulletins_first_finding_is_no_title(tmp_path):
    # a heading told as a finding (subject and predicate) heads a bulletin's item; the lead names the text
    text = ("一、园区工业投资增速加快\n1-6月，青川经开区工业投资同比增长18.2%，增速比1-5月提高2.1个百分点，拉动全区投资增长6.3个百分点。\n"
            "二、进出口保持增长\n1-6月，经开区实现进出口总额42.6亿元，同比增长5.1%。")
    assert title(tmp_path, text) != "园区工业投资增速加快"


def test_a_meeting_told_by_what_those_attending_did_in_turn_is_news(tmp_path):
    text = ("各园区依次汇报了1-5月项目建设进展情况和下一步工作安排，以项目建设推动高质量发展，坚持全员招商和专业招商并举，"
            "凝聚项目建设工作合力，确保完成全年目标任务。")
    assert doc_type(tmp_path, text) == "简报"


def test_a_units_own_account_of_its_parts_reporting_stays_no_news(tmp_path):
    # the unit speaking as 我们 of its own work sessions: no meeting told from outside
    text = ("今年以来，我们坚持每月开展项目调度，各园区依次汇报项目进展情况，我们逐项研究解决存在的问题。"
            "全年共开展调度12次，协调解决问题46个。")
    assert doc_type(tmp_path, text) != "简报"


def test_a_name_alone_the_lead_repeats_does_not_displace_the_headline(tmp_path):
    # a logo's text (a park's name, no predicate) above the headline: the lead repeats it, but a name alone is no
    # headline
    text = ("青川经济开发区\n园区动态\n春风送暖启新程 扬帆奋楫正当时\n2023-03-09 10:20\n"
            "3月8日上午，青川经济开发区创新发展大会召开，全面部署全年项目建设工作。\n会议要求加快推进。")
    assert title(tmp_path, text) == "春风送暖启新程 扬帆奋楫正当时"
