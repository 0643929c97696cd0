"""Titles read in session 39's second round (issue 12), from the kinds of miss on the study sets s39-eval67/68, each
written in its general form and checked on the reach pages (bench/reading_diff.py).

- A row of counters, each a label and its number (查看: N|回复: N, 阅读 N | 评论 N), is how often a page was read or
  answered, never a headline, nor the first words of a lead.
- A share button's prompt (分享到您的 / 分享该报道至 / 转发给): the verb, 到/至/给 and nothing after it (the platforms are
  icons) — no headline.
- A date row with its weekday (2031年04月25日 (周四), 星期四) is a date row like any other: no title, no lead.
- A live feed's clock time glued before a headline set in 【】 (11:58:47【…】) is when the item went out: the headline is
  what the brackets hold.
- A headline of two clauses (冲破…,某市代表团…访问) printed twice at the page's top (its <title> and its heading) is
  the headline, though its comma keeps it from looking like one on its own.
Own pages: invented parks, places and figures."""
import pytest

from conftest import read_page
from indexer.reading.titles import is_counter_row, title_score

_LEAD = "3月12日，青禾经济开发区举行2031年一季度重点项目集中签约仪式，共签约项目14个，总投资58.6亿元。\n" \
        "园区负责人表示，将持续优化营商环境，推动项目早落地、早投产。\n"


@pytest.mark.parametrize("row", ["查看: 2468|回复: 3", "阅读 356 | 评论 2", "人气: 17", "浏览次数：1024次", "点击:88 / 收藏:5"])
def test_a_row_of_counters_is_no_title(row):
    assert is_counter_row(row)
    assert title_score(row) == 0


@pytest.mark.parametrize("line", [
    # must-not: a headline with a figure in it says what someone did; a label and a year is no counter either
    "青禾经开区一季度签约14个项目 总投资58.6亿元", "青禾园区: 2031年一季度工作总结", "南屿高新区新增企业36家"])
def test_a_headline_with_figures_is_no_counter_row(line):
    assert not is_counter_row(line)


def test_a_forum_counter_over_the_thread_title(tmp_path):
    page = "查看: 2468|回复: 3\n青禾经开区一季度签约14个项目\n" + _LEAD
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾经开区一季度签约14个项目", report.evidence["title"]


@pytest.mark.parametrize("prompt", ["分享到您的", "分享该报道至", "转发给好友:", "分享至"])
def test_a_share_prompt_is_no_title(tmp_path, prompt):
    page = ("青禾经开区一季度签约14个项目 总投资58.6亿元\n某某财经APP\n手机上阅读文章\n提示:\n微信扫一扫\n"
            f"{prompt}\n朋友圈\n" + _LEAD)
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾经开区一季度签约14个项目 总投资58.6亿元", report.evidence["title"]
    assert title_score(prompt) == 0


def test_sharing_as_a_headline_s_verb_stays():
    # must-not: 分享 with what is shared after it is a headline's predicate
    assert title_score("青禾园区向企业分享到期政策清单") > 0


@pytest.mark.parametrize("day", ["2031年04月25日 (周四)", "2031年4月25日 星期四", "2031-04-25（週四）"])
def test_a_date_row_with_its_weekday_is_no_title_nor_lead(tmp_path, day):
    page = f"{day}\n" + _LEAD
    (report,) = read_page(tmp_path, page)
    assert report.title == "3月12日，青禾经济开发区举行2031年一季度重点项目集中签约仪式", report.evidence["title"]


def test_a_clock_time_before_a_bracketed_headline(tmp_path):
    page = "青禾社\n财经通讯社\n打开APP\n09:41:05【青禾市长:今年是青禾新区“三年见成效”的关键之年】\n" \
           "青禾社1月23日电,青禾市人代会闭幕后,市政府在会展中心举行记者招待会。青禾市市长与记者见面,并回答媒体提问。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "青禾市长:今年是青禾新区“三年见成效”的关键之年", report.evidence["title"]


def test_a_two_clause_headline_printed_twice(tmp_path):
    page = ("2031年04月25日 (周四)\n顶住订单下滑压力,青禾市代表团赴南屿洽谈合作\n某某栏\n"
            "顶住订单下滑压力,青禾市代表团赴南屿洽谈合作\n青禾时报 南屿分社 王明\n上传 2031.04.20 16:56\n参与互动 0\n"
            "4月17日至19日，青禾市代表团一行12人赴南屿访问，与当地8家企业洽谈合作，签约项目5个。\n"
            "代表团还考察了南屿高新区的产业布局。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "顶住订单下滑压力,青禾市代表团赴南屿洽谈合作", report.evidence["title"]
    assert "重复" in report.evidence["title"]


def test_a_two_clause_line_printed_once_is_still_the_lead_s(tmp_path):
    # must-not: the lead's first sentence printed once stays the lead, titled by its clauses as before
    (report,) = read_page(tmp_path, _LEAD)
    assert report.title == "3月12日，青禾经济开发区举行2031年一季度重点项目集中签约仪式", report.evidence["title"]


_MORE = "\n今年以来，园区新增入驻企业36家，实现产值12.4亿元。\n园区负责人表示，将持续优化营商环境。\n"


@pytest.mark.parametrize("lead, title", [
    ("青禾决策网报道 位于湖北鄂州的青禾跨境电商产业园内，中外主播们正通过直播平台向全球消费者推荐各类商品。",
     "位于湖北鄂州的青禾跨境电商产业园内，中外主播们正通过直播平台向全球消费者推荐各类商品"),
    ("青禾日报报道：青禾经开区一季度签约项目14个，总投资58.6亿元。", "青禾经开区一季度签约项目14个"),
])
def test_an_outlet_saying_it_reports_is_a_dateline(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _MORE)
    assert report.title == title, report.evidence["title"]


def test_whom_a_lead_is_according_to_stays(tmp_path):
    # must-not: 据某某报道，… is whom the lead is according to, kept as the house keeps it (docs/labelling.md)
    (report,) = read_page(tmp_path, "据青禾网报道，青禾经开区一季度签约项目14个，总投资58.6亿元。" + _MORE)
    assert report.title == "据青禾网报道，青禾经开区一季度签约项目14个", report.evidence["title"]


@pytest.mark.parametrize("lead, title", [
    ("“我刚来时这里只有一片荒地，现在厂房连成了片。所以说，园区建到哪里，哪里就热闹。”在青禾工业园工作的工程师阿明说。",
     "“我刚来时这里只有一片荒地，现在厂房连成了片。所以说，园区建到哪里，哪里就热闹。”在青禾工业园工作的工程师阿明说"),
    ("某某社南屿3月2日电 “园区的变化太大了！”青禾产业园入驻企业负责人王明感慨道。他说，三年里园区新增企业86家。",
     "“园区的变化太大了！”青禾产业园入驻企业负责人王明感慨道"),
])
def test_a_lead_opening_on_quoted_words_runs_to_the_speaker(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + _MORE)
    assert report.title == title, report.evidence["title"]


def test_quoted_words_before_a_dated_event_leave_the_event(tmp_path):
    # must-not: words quoted before a dated event (a comma after the quotation) are no speaker's clause
    lead = "“所有的工作都要落到实处。”18日，青禾高新区召开2031年项目建设推进会，部署全年工作。"
    (report,) = read_page(tmp_path, lead + _MORE)
    assert report.title.startswith("18日，青禾高新区召开2031年项目建设推进会"), report.evidence["title"]


def test_a_feature_s_verse_over_a_picture_caption_is_no_headline(tmp_path):
    page = ("“携手新征程”青禾开发区建区30周年发展大会隆重召开!\n| 园区动态 |2031-10-19\n"
            "春风之暖,一片片新芽正在这里生长!\n江河之阔,一艘艘航船正在这里起航!\n这,就是青禾市的产业高地\n——青禾经济开发区\n"
            "今年是青禾经济开发区建区30周年\n回首30载\n青禾开发区披荆斩棘\n历经从无到有的风雨磨砺\n"
            "成为青禾改革创新的“排头兵”\n△青禾经济开发区建区30周年宣传片\n10月19日下午\n青禾经济开发区召开\n"
            "建区30周年发展大会\n区四套班子领导等600余人出席了大会\n"
            "30年来,开发区累计引进项目860个,实际利用外资52亿美元,地区生产总值年均增长12.5%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "“携手新征程”青禾开发区建区30周年发展大会隆重召开!", report.evidence["title"]
