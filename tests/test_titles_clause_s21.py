"""A titleless news item's title is its lead's first clause, and a clause has its predicate (session 21): a comma after
a phrase with none of its own (a topic ending on a localizer, the occasion 在…上, a preposition's phrase whose verb comes
later, a leader and the party he leads, who said it) does not end the title; a one-clause sentence is not cut inside."""
import pytest

from indexer.reading import titles
from indexer.reading.pipeline import read_file
from pathlib import Path

GOLD = Path(__file__).parent / "gold" / "authored"


@pytest.mark.parametrize("lead, title", [
    # a topic or scope ending on a localizer, no verb in it: the statement about it is the next clause
    ("全区前三季度的外资项目中，来自港澳地区的项目为56个，其中制造业项目占六成。",
     "全区前三季度的外资项目中，来自港澳地区的项目为56个"),
    # a preposition's phrase with no verb after the preposition: its verb is in the next clause
    ("市生态环境局对青溪化工园区三家企业的污水排放口，开展了专项复核，发现问题两处。",
     "市生态环境局对青溪化工园区三家企业的污水排放口，开展了专项复核"),
    # a subject in the frame of whose leadership, then what it did (session 42: the study labels run on past it, 2 of 2;
    # until then this test ended the title on the frame)
    ("2024年，青溪经济开发区在市委、市政府的正确领导下，紧扣高质量发展目标，各项工作取得新成效，全年完成工业总产值120亿元。",
     "2024年，青溪经济开发区在市委、市政府的正确领导下，紧扣高质量发展目标"),
    # a leader and the party he leads, then what they did
    ("园区党工委书记王立新带领招商团队，赴深圳开展专题招商推介，拜访企业12家。",
     "园区党工委书记王立新带领招商团队，赴深圳开展专题招商推介"),
    # who said it, then what was said (the occasion before it too)
    ("在昨天开幕的白溪市人大会议上，市长李华表示，白溪将加快建设临港产业园，全力引进龙头企业。",
     "在昨天开幕的白溪市人大会议上，市长李华表示，白溪将加快建设临港产业园"),
])
def test_a_phrase_without_its_predicate_does_not_end_the_title(lead, title):
    assert titles.title_from_lead([lead]) == title


@pytest.mark.parametrize("lead, title", [
    # a clause with its verb ends at its comma, whatever it ends on (位于…北部: 北部 is a localizer, 位于 the verb)
    ("松林高新技术产业园区位于白溪县城北部，与市区隔江相望，规划面积12平方公里，是全省首批省级高新区之一。",
     "松林高新技术产业园区位于白溪县城北部"),
    # an idiom's adjective after 向 is its predicate (稳中向好)
    ("今年前三季度，青溪高新区外贸进出口稳中向好，展现出较强韧性。", "今年前三季度，青溪高新区外贸进出口稳中向好"),
])
def test_a_clause_with_its_predicate_still_ends_the_title(lead, title):
    assert titles.title_from_lead([lead]) == title


def test_a_clause_past_a_headlines_reach_is_cut_on_a_word_as_before():
    # past 120 characters the clause is no headline at all: the words that end by the 40th stay the title
    lead = ("白溪讯 市发展和改革委员会、市工业和信息化局、市商务局、市科学技术局、市自然资源和规划局、市生态环境局、市住房和城乡建设局"
            "联合组织专家组对青溪经济技术开发区、松林高新技术产业开发区和白溪综合保税区申报的省级特色产业集群培育项目的建设进展、"
            "资金使用和绩效目标完成情况进行了为期三天的专项检查。")
    title = titles.title_from_lead([lead])
    assert 20 <= len(title) <= 40 and title.startswith("市发展和改革委员会、市工业和信息化局")


@pytest.mark.parametrize("name", ["t21_01_lead_topic_ending_on_localizer.txt", "t21_02_lead_preposition_before_its_verb.txt",
                                  "t21_03_lead_leader_and_party.txt", "t21_04_lead_occasion_with_long_quoted_name.txt",
                                  "t21_05_lead_one_long_clause_kept_whole.txt"])
def test_inspect_tells_the_title_came_from_the_lead(name):
    (report,) = read_file(GOLD / name, GOLD).reports
    assert report.evidence["title"].endswith(titles.FROM_LEAD)
    assert "，" in report.title or len(report.title) > 60  # (the clause ran past its first comma, or is one long clause)


@pytest.mark.parametrize("lines, title", [
    # the note a paper puts under a speech it edited names the speech: who, where, what (致辞, 讲话), then 整理
    (["……", "（本文根据陈立华在第六届青溪国际产业园区合作论坛上的致辞整理）"], "陈立华在第六届青溪国际产业园区合作论坛上的致辞"),
    (["……", "(本文根據林志明在白溪科學園區廠商年會上的講話整理)", "相關稿件"], "林志明在白溪科學園區廠商年會上的講話"),
    (["……", "（根据王强在全区经济工作会议上的讲话录音整理）"], "王强在全区经济工作会议上的讲话"),
    # a note of where the text came from that names no speech is no title
    (["……", "（本文根据园区管委会提供的材料整理）"], None),
])
def test_a_speech_is_titled_by_the_note_that_it_was_edited_from_it(lines, title):
    assert titles.title_at_end(lines) == title


@pytest.mark.parametrize("line, dated_label", [
    ("青溪縣政府新聞稿114.5.20", True),
    ("白溪市政府新闻参考资料 2018.3.7", True),
    ("园区动态2023-05-06", True),
    # a headline with a date inside it, or a year, is words
    ("白溪高新区2023年工作总结", False),
    ("青溪园区5.20招商推介会圆满举行", False),
    ("松林工業區服務中心啟用典禮", False),
])
def test_a_label_dated_in_figures_at_its_end_is_no_title(line, dated_label):
    assert (titles.title_score(line) == 0) is dated_label
