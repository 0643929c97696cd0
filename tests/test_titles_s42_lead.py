"""How far a title taken from a titleless news item's lead runs (session 42): past a clause that has no main predicate
of its own, to the clause that tells the event — read by how Chinese sentences are built, not by one page's words.

- A clause that concedes, 尽管/儘管/虽然/雖然 opening it or after its subject (某产业虽已…), is subordinate however full
  a clause: the main one follows (…仍取得…; 但…). And a clause that the next one, opened by 但是/然而/不过, sets its main
  clause against (金融危机肆虐，但是…) is background, as one the next contrasts with 却 was. On the study and reach
  pages, a concession opens or starts a lead's sentence on 10 pages of 10 hosts; 但/但是 after the first clause on 11
  hosts; two study labels (two hosts) run the title on past them, where the reader stopped.
- The means or course an act came by, 通过/经过 opening a clause with no subject (通过全区上下的共同努力，; 經過縣府盤點，),
  frames the act of the next clause (54 pages of 54 hosts use the shape): the guard, 通过 with what it passes (验收, 一
  批投资申请案 and its count), is a predicate.
- The scene a lead sets right after its day, a noun phrase with no predicate of its own, before who did what: the occasion
  a localizer closes without 在 (…签约仪式上，), the day by its place among days (正月初七上班第一天，), the venue of an event
  named whole (…推进会某某分会场，设在…), a site alone (某区某某片区，) — whatever verbs the event's name holds inside it
  (签约, 开工, 推进, 上班). The study labels run on past each, on 4 pages of 4 hosts, where the reader stopped.
- 由 and who held an event, its list broken by a comma (由某商会，某市委、市政府共同举办的…): no verb before the comma.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page

_AFTER = "园区今年新签约项目15个，总投资46亿元。\n"


@pytest.mark.parametrize("lead, title", [
    ("尽管受到原材料价格上涨的影响，青禾县松林工业园前三季度仍实现工业总产值38.6亿元，同比增长12.4%。",
     "尽管受到原材料价格上涨的影响，青禾县松林工业园前三季度仍实现工业总产值38.6亿元"),
    ("儘管受到原物料價格上漲的影響，青禾縣松林工業區前三季仍創下營業額386億元的新高，成為全縣投資最多的工業區。",
     "儘管受到原物料價格上漲的影響，青禾縣松林工業區前三季仍創下營業額386億元的新高"),
    ("松林工业园今年前三季度虽受原材料价格上涨影响，但园区工业总产值仍实现38.6亿元，同比增长12.4%。",
     "松林工业园今年前三季度虽受原材料价格上涨影响，但园区工业总产值仍实现38.6亿元"),
])
def test_a_clause_that_concedes_runs_on_to_the_main_one(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("2031年，原材料价格大幅上涨，但是通过全区上下的共同努力，松林工业园工业总产值平稳增长，各项事业协调推进。",
     "2031年，原材料价格大幅上涨，但是通过全区上下的共同努力，松林工业园工业总产值平稳增长"),
    ("2031年，原物料價格大幅上漲，但是經過全區上下的共同努力，松林工業區營業額平穩成長，各項事業協調推進。",
     "2031年，原物料價格大幅上漲，但是經過全區上下的共同努力，松林工業區營業額平穩成長"),
    ("通过以商招商、平台招商等方式，松林工业园今年新引进项目15个，总投资46亿元。",
     "通过以商招商、平台招商等方式，松林工业园今年新引进项目15个"),
])
def test_background_and_means_run_on_to_the_main_clause(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == title, report.evidence["title"]


def test_a_conjunction_set_off_by_its_own_comma_leaves_the_first_clause(tmp_path):
    # (the guard: 但是， alone opens an argument of several clauses; the clause before it has its predicate and stands)
    lead = ("在实施产业转移和区域协调发展战略的大背景下，欠发达地区的开发区迎来了快速发展的机遇期，但是，由于受规划相对滞后、"
            "产业特色不足等因素制约，多数开发区的发展仍不尽如人意。")
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == "在实施产业转移和区域协调发展战略的大背景下，欠发达地区的开发区迎来了快速发展的机遇期"


def test_what_tongguo_passes_is_a_predicate(tmp_path):
    # (the guard: 通过 and the applications it passes, counted, is the meeting's predicate — no means of the next clause)
    lead = "3月下旬召开的本年度第一次园区进驻审议会议，通过青禾生技、松林精密等5件投资申请案，总投资金额为3亿3千万元。"
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == "3月下旬召开的本年度第一次园区进驻审议会议，通过青禾生技、松林精密等5件投资申请案"


@pytest.mark.parametrize("lead, title", [
    ("10月22日，青禾县产业投资项目推介会暨签约仪式上，青禾县与松林集团、白河商贸公司分别签订了项目合作协议。",
     "10月22日，青禾县产业投资项目推介会暨签约仪式上，青禾县与松林集团、白河商贸公司分别签订了项目合作协议"),
    ("10月22日，青禾縣產業投資項目推介會暨簽約儀式上，青禾縣與松林集團、白河商貿公司分別簽訂了項目合作協議。",
     "10月22日，青禾縣產業投資項目推介會暨簽約儀式上，青禾縣與松林集團、白河商貿公司分別簽訂了項目合作協議"),
    ("2月11日，正月初七上班第一天，松林高新区在青禾湖科技园召开2031年新春工作动员会，部署全年重点工作。",
     "2月11日，正月初七上班第一天，松林高新区在青禾湖科技园召开2031年新春工作动员会"),
    ("2月11日，正月初七上班第一天，松林高新區在青禾湖科技園召開2031年新春工作動員會，部署全年重點工作。",
     "2月11日，正月初七上班第一天，松林高新區在青禾湖科技園召開2031年新春工作動員會"),
    ("3月18日，全省第一批重大项目集中开工现场推进会青禾分会场，设在松林化工有限公司年产10万吨新材料项目施工现场。",
     "3月18日，全省第一批重大项目集中开工现场推进会青禾分会场，设在松林化工有限公司年产10万吨新材料项目施工现场"),
    ("11月21日，高新区松林片区，青禾管业三期项目主体竣工，正在进行绿化等配套设施建设。",
     "11月21日，高新区松林片区，青禾管业三期项目主体竣工"),
])
def test_the_scene_set_after_the_day_runs_on_to_who_did_what(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == title, report.evidence["title"]


def test_an_event_held_ends_the_title_as_before(tmp_path):
    # (the guard: a clause with its subject and predicate after the day is the event; the clause after it is its purpose)
    lead = "2月11日，松林高新区在青禾湖科技园召开2031年新春工作动员会，部署全年重点工作。"
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == "2月11日，松林高新区在青禾湖科技园召开2031年新春工作动员会"


@pytest.mark.parametrize("lead, title", [
    ("4月27日，由青禾县工商联，松林市委、市政府共同举办的松林家居企业对接活动开幕式在松林市人民会堂隆重举行。",
     "4月27日，由青禾县工商联，松林市委、市政府共同举办的松林家居企业对接活动开幕式在松林市人民会堂隆重举行"),
    ("4月27日，由青禾縣工商聯，松林市委、市政府共同舉辦的松林家居企業對接活動開幕式在松林市人民會堂隆重舉行。",
     "4月27日，由青禾縣工商聯，松林市委、市政府共同舉辦的松林家居企業對接活動開幕式在松林市人民會堂隆重舉行"),
])
def test_by_whom_an_event_was_held_runs_on_to_the_event(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("11月21日，青禾县副县长李某某深入松林片区，详细了解青禾管业三期项目建设进展。", "11月21日，青禾县副县长李某某深入松林片区"),
    # (前往 the tagger does not call a verb in the Traditional script: the verb of going is told by its word)
    ("11月21日，青禾縣副縣長李某某前往松林片區，詳細了解青禾管業三期項目建設進展。", "11月21日，青禾縣副縣長李某某前往松林片區"),
    ("10月22日，青禾县举行产业投资项目推介会暨签约仪式，现场签约项目8个。", "10月22日，青禾县举行产业投资项目推介会暨签约仪式"),
])
def test_a_site_or_an_occasion_a_verb_acts_on_is_the_clause_s_own(tmp_path, lead, title):
    # (the guards: who went to the site, or held the occasion, is a clause with its predicate; the title ends there)
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == title, report.evidence["title"]


@pytest.mark.parametrize("clause", ["通过三年的共同努力已建成省级开发区", "經過多年的建設已成為全縣工業主平台", "通过省级园区复核"])
def test_a_means_going_on_to_its_own_verb_is_a_clause(clause):
    # (the guard: after an adverb of aspect the clause has its verb, 已建成; 通过 a review is the predicate itself)
    from indexer.reading.titles import _lacks_predicate
    assert not _lacks_predicate(clause)


@pytest.mark.parametrize("clause", ["通过全区上下的共同努力", "經過縣府盤點", "但是通过以商招商等方式"])
def test_a_means_alone_is_a_frame(clause):
    from indexer.reading.titles import _lacks_predicate
    assert _lacks_predicate(clause)


# A year and a part of it opening the lead (2019年第一季度，, 2023年上半年，) is the time the figures stand at, as 今年第一季度，
# and 1-3月， are: the title runs on to what was done (a fresh blind page, graded and spent, stopped at the time alone).
@pytest.mark.parametrize("lead, title", [
    ("2031年第一季度,青禾市共签约招商引资项目26个,签约金额9.8亿元;到位资金5.2亿元。",
     "2031年第一季度,青禾市共签约招商引资项目26个"),
    ("2031年上半年，松林工业园实现工业总产值41.3亿元，同比增长9.6%。",
     "2031年上半年，松林工业园实现工业总产值41.3亿元"),
    ("2031年前三季度，松林工业园新开工项目18个，完成固定资产投资22亿元。",
     "2031年前三季度，松林工业园新开工项目18个"),
    ("2031年一季度，松林工业园规上工业增加值增长7.5%。", "2031年一季度，松林工业园规上工业增加值增长7.5%"),
])
def test_a_year_and_its_part_opening_the_lead_is_its_time(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n" + _AFTER)
    assert report.title == title, report.evidence["title"]
