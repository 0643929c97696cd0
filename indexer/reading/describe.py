"""Describing: metadata for one report, each value with Chinese evidence.

- park: ``parks.py`` (names from how they are formed; the title, the page's title and
  the opening weigh most).
- year: the year in the title, else the first year of the opening paragraph, else the signing date, the page's
  date or the last year whose results the text tells; a news item is of when it is told (a meeting summing up
  2018 and deploying 2019's work is 2019's; a repost by its date row or the paper's date opening its lead), and
  time is read as official writing counts it (今年/去年/今天/近日 under a dated lead, 今年 named by a part of it,
  较2023年末 and 比2023年同期, a park's 建区三十周年, 编制“十五五”规划 and “十二五”末, ROC years 一一四年度, 109年度,
  去(110)年, a year looked back on: 回顾2016年). A year of an assessment, a founding or renaming (also told with the
  authority's act, 2011年6月，经省政府批准成为…, 民國85年協調工業局設置…, unless the headline tells that founding), a
  comparison, a target (in a headline too: 最快2027年落成) or one excepted in a history (除90年受…影響外) is background,
  and ``inspect`` names it; the report's year is
  the latest its figures are stated for (after a history's start, 1992年…南方谈话…, the later 截至2009年6月 or
  2011年，园区完成…; a list over 2016年至2018年，分别… is the last year's; a comparison averaged over two years,
  较2019年…两年平均增长, is of 2021; an undated profile's figures date it wherever they are stated, and a year still
  forecast, 2016年至2018年…预计…, is the year a text is written in); a fiscal year 2021/22年度 is the year it starts
  in; a period being closed (促进“十二五”圆满收官) or reviewed by a plan (回顾“十一五”) is its last year; a masked year
  (20xx, 20__) is unknown, never guessed.
- doc_type: evidence weighs in this order — the genre a title names (its head noun: the last
  genre word, but the first of a joined pair — 工作总结及下半年计划 is a 总结; the 报告 of 关于…的报告
  whatever its 事由 names, never a genre word that modifies another noun — 计划执行情况); the text saying
  what it is (现将…汇报如下 → 工作汇报); its form through the whole text (a speech calls its
  audience, speaks to it in the first person and thanks it, also when it opens like news; a
  summary reviews the period, then turns to its problems and the next period's work, with
  headings of any level or none); how it opens (同志们 → 讲话); a statistics office's analysis by the
  conventions of statistical writing (按可比价计算, （下同）; an analysis titled …运行情况分析 alike: a 工作报告);
  news form last (a dated lead, a byline, a headline telling an event, a figure reached, or written as a
  sentence — a unit, then its predicate — where a document's title is a noun phrase of matter and genre).
  ``parksearch inspect`` shows the evidence that decided.
- period: from the title, else the opening.
- section kinds: ``kinds.py`` (a heading's own words, else its parent's and the
  report's phase).

Corrections from ``parksearch-meta.csv`` and park/year folder names are applied by
``corrections.apply_corrections`` / :func:`apply_folder_hints` after the text rules.
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)

from ..model import Report
from ..text import CJK, EVENT_VERB_RE, PARK_WORD_RE, parse_cn_number
from .clean import ENGLISH_DATE, PageCredits
from .kinds import categorize_sections, heading_category  # noqa: F401  (heading_category: part of the API)
from .tables import without_table_rows
from .parks import choose_park, find_park_mentions, find_parks, park_key, word_tags  # noqa: F401  (choose_park: part of the API)
from .subject import decide_subject
from .titles import (ALSO_CALLED_WORDS, BARE_PARK_CLASS, HEAD_START, PERSON_NAME, STAFF_ROLE, ADDRESSEES, BOOK_PART, DATED_EVENT, ISSUES_DOCUMENT, FROM_LEAD, GLUED_DATELINE, NEWS_COLUMN, NEWS_LEAD_RE, NEWS_ORGAN, SIGNED_BY_POST, TWO_PART_HEADLINE, VOCATIVE, is_byline, is_contact_or_tag_row, opens_as_news,
                     is_caption, is_credit_line, is_dated_list, past_dateline, past_source)

# ------------------------------------------------------------ year

# a year: 2023年, and in titles 2019工作总结 / 2019年度 where a site dropped the 年
# (… and an event named with its year before its name, as organisers name their fairs and forums without 年:
# 2024产业园区发展政策高峰论坛, 「2023青川招商推介會」 — the event's year; never a count before its unit, 人才2024名)
_EVENT_NAMED = (r"(?:论坛|論壇|峰会|峰會|大会|大會|博览会|博覽會|展览会|展覽會|洽谈会|洽談會|推介会|推介會|交易会|交易會|"
                r"年会|年會|研讨会|研討會|招商会|招商會|发布会|發布會|嘉年华|嘉年華|马拉松|馬拉松|说明会|說明會|"
                # (…经贸交流合作会, …产业转移专场对接会, …投资恳谈会: the meetings trade and investment promotion holds)
                r"交流会|交流會|合作会|合作會|对接会|對接會|签约会|簽約會|恳谈会|懇談會|展销会|展銷會|文化节|文化節|旅游节|旅遊節|"
                # (…and a campaign of visits or promotion named so: 2021中外知名企业四川行活动)
                r"活动|活動)")
_YEAR = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d{2})\s*(?:年(?!代)|(?=工作|上半年|下半年|度|关于|關於|關于)|"
                   rf"(?=[^\s\d，,。：:；;！？!?、.．%％万萬亿億元个個家项項名人次平米吨噸户戶件台套期号號届屆多余餘来來位条條座栋棟间間场場天][^\s，,。：:；;！？!?」”]{{0,18}}?{_EVENT_NAMED})|"
                   # (… or glued to the quoted name of a campaign, 2023“行进某地看发展”网络媒体采访团: the campaign's year)
                   r"(?=[“「『][^”」』\n，,。]{2,24}[”」』]))")
# (…, the end of a span: 2006-2020年; the year compared with: 比2022年同期, 較111年, 与2022年相比)
# (… and a year excepted from what the text says of the others, 除2020年受疫情影响外 / 除90年受景氣影響外: a history's)
_EVENT_YEAR = re.compile(r"于|於|自|从|從|(?<!截)至|到|始建|成立|比|较|較|与|與|除|\d\s*[-—–~～]\s*$")
_IN_A_TITLE = re.compile(r"《[^》]*$")
# a year a figure is measured against by a comparative verb (可望超越2018年的243亿美元, 高于2019年水平): compared with
_OUTDONE = re.compile(r"(?:超越|超过|超過|高于|高於|低于|低於|优于|優於|好于|好於|快于|快於|不及|追平|逼近|接近)\s*$")
# a month and day told after a year (6月, 6月12日, 二月: as dates are written in figures or in numerals)
_MONTH_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
# the words that end a zone's name (园区, 开发区, 保税区, 试验区…): what a history of a zone tells was built or started
_ZONE_WORD = r"(?:园区|園區|开发区|開發區|工业园|工業園|产业园|產業園|高新区|高新區|新区|新區|保税区|保稅區|试验区|試驗區|加工区|加工區|科学园|科學園|科技园|科技園)"
# verbs that approve or open a zone (获批, 批准, 开园, 挂牌: a zone's status), and those that found a body when an
# authority's act says whose founding it is (经/由/奉/协调…设立: 民國85年協調工業局設置…, 经省政府批准成立; a body a park
# sets up itself in a year, 2023年，园区成立招商专班, is that year's work), and those that tell only a founding
_FOUNDING_VERB = (r"获批|獲批|批准|批準|核准|核準|批复|批復|批设|批設|开园|開園|挂牌|掛牌|"
                  # (核定, Taiwan's word of approval, when what it approves is a zone or a zone's land: 奉行政院核定為科學園區
                  # 用地, 核定某園區; a budget or a sum approved, 核定預算…, is no founding)
                  rf"核定(?=\s*(?:為|为)|[^，,。；;\d]{{0,12}}?(?:{_ZONE_WORD}|園區|园区|基地|用地))|"
                  r"(?:经|經|由|奉|协调|協調|决议|決議|核定|同意)[^，,。；;\d「」“”《》\n]{0,12}?"
                  r"(?:成立|設立|设立|设置|設置|组建|組建|筹建|籌建|筹设|籌設)")
_FOUNDED_ONLY = (r"组建成立|組建成立|正式成立|挂牌成立|掛牌成立|揭牌成立|批准设立|批准設立|批準設立|核准设立|核准設立|核準設立|批准成立|批準成立|批复设立|批復設立|"
                 r"批准建立|批準建立|申报成立|申報成立|"
                 r"批复同意设立|批復同意設立|正式开园|正式開園|正式挂牌|正式掛牌")
# (… nor when its sentence goes on to the year's results, 2023年，经批准，园区成立招商专班，全年引进项目20个: a year's work;
# up to a clause another year opens, whose results they are — a chronicle's sentence gives each year its clause:
# 94年經行政院核定設立,102年完成各項基礎建設,105年7月標準廠房啟用)
_RESULTS_AFTER = (r"(?:(?![，,、]\s*(?:于|於|在)?\s*(?:\d{2,4}|[一二三四五六七八九十〇零○]{2,4})\s*年)[^。；;！？!?\n])*?"
                  r"(?:实现|實現|完成|达到|達到|增长|增長|引进|引進|签约|簽約|新增|累计|累計)")
# (… but not when a count follows: 成立70周年, 设立企业12家 are an anniversary and a result)
_COUNTED_AFTER = r"\s*了?\s*[\d一二三四五六七八九十两兩]+\s*(?:周年|週年|家|个|個|项|項|户|戶)"
# a title naming a history (沿革, 缘起, 发展历程, 开发经过, 大事记 without its year): see _choose_year
_HISTORY_TITLE = re.compile(r"沿革|缘起|緣起|由来|由來|发展历程|發展歷程|发展历史|發展歷史|开发经过|開發經過|建设历程|建設歷程|大事记|大事記")
# a year followed by what was founded, approved or renamed in it (2015年成立創新及科技局, 2006年更名为…; where it was set
# up between them, 1987年在某某重划区内设置的…): the background,
# not the report's year
_FOUNDED_AFTER = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?)?(?:被|經|经[^，,。]{0,12}?|(?:在|於|于)[^，,。\d]{1,16}?)?(?:成立|設立|设立|设置|設置|建成|获批|獲批|批准|批準|批设|批設|核准|核準|建区|建區|始建|升级为|升格為|升格为|更名|改名|"
                           # (… and the day a zone opened, 2006年開園的農業生物科技園區; not an event so named, 2018年开园大会)
                           r"(?:开园|開園)(?!大会|大會|仪式|儀式|典礼|典禮|庆典|慶典|活动|活動))|"
                           # (… and a founding told as the attribute of what was founded, 2012年甘孜眉山两地共建的甘眉园区: the
                           # zone the year describes was set up then, whatever the sentence goes on to count)
                           r"[^，,。；;\d]{0,12}?(?:共建|合建|创建|創建|组建|組建|设立|設立|成立|批设|批設|始建)的(?=[^，,。；;]{2,})|"
                           # (… in its own clause too: 2016年5月，园区被评为省级示范园区; an honour won, 2006年荣获“…”称号)
                           r"(?:\d{1,2}月(?:\d{1,2}日)?)?\s*[，,]?[^，,。；;\d]{0,12}?(?:被(?:评为|評為|认定|認定|命名|列为|列為|列入|授予)|获评|獲評|荣获|榮獲|荣膺|榮膺)|"
                           # (a rank a zone was made, 2014年正式成为第九个国家级新区: its status, as 获批 tells it)
                           r"(?:\d{1,2}月(?:\d{1,2}日)?)?\s*[，,]?[^，,。；;\d]{0,8}?(?:正式)?(?:成为|成為|晋升为|晉升為)"
                           r"[^，,。；;]{0,10}?(?:国家级|國家級|省级|省級)|"
                           # (a renaming told in its own clause, 2006年，园区更名为…: the history's)
                           r"(?:\d{1,2}月(?:\d{1,2}日)?)?\s*[，,]?[^，,。；;\d]{0,12}?(?:更名为|更名為|改名为|改名為)|"
                           # (a change of the zone's extent, 2015年规划面积调整为18平方公里, 2018年扩区调位: its history)
                           # (… and the zone's own start of construction, 2008年开工建设。: a history's first step; told as the
                           # zone's attribute too, 2008年9月启动建设的某某经贸合作区, as 2006年開園的… is)
                           r"(?:\d{1,2}月(?:\d{1,2}日)?)?(?:开工建设|開工建設|启动建设|啟動建設|破土动工|破土動工|动工兴建|動工興建)"
                           r"(?=[，,。；;]|的[^，,。；;\d]{0,24}?(?:区|區|园|園|城))|"
                           # (… and its construction launched by whoever launched it, 2001年5月，某市政府…投资1.3亿元启动某工业城(又称
                           # 某工业园)建设。: the zone's start, however long the clause before it)
                           r"(?:\d{1,2}月(?:\d{1,2}日)?)?\s*[，,][^。；;]{0,50}?(?:启动|啟動)[^。；;，,]{0,24}?(?:园|園|区|區|城)"
                           r"(?:[(（][^)）]{0,16}[)）])?的?(?:建设|建設)(?=[。；;])|"
                           # (… and its start told with 开始, 2004年开始规划建设, 2001年中開始運作的…: a history's first step)
                           r"(?:\d{1,2}月(?:\d{1,2}日)?)?(?:中|初|底|末)?(?:开始|開始)(?:规模性|規模性|大规模|大規模|全面)?(?:规划建设|規劃建設|规划|規劃|建设|建設|开发|開發|"
                           r"运作|運作|营运|營運|运营|運營)|"
                           # (… and a zone's start of construction or its building told in the year's clause, 1994年，某某
                           # 工业园区启动开工建设; 1992年，区内兴建了国家级保税区: no count in it, a zone's history, not the
                           # year's work — 2023年，园区12个项目开工建设 counts a year's projects)
                           rf"(?:{_MONTH_DAY})?\s*[，,]?[^，,。；;\d]{{0,30}}?{_ZONE_WORD}(?:启动|啟動)?"
                           r"(?:开工建设|開工建設|动工兴建|動工興建)(?=[，,。；;])|"
                           rf"(?:{_MONTH_DAY})?\s*[，,]?[^，,。；;\d]{{0,12}}?(?:兴建|興建)了?[^，,。；;\d]{{0,16}}?{_ZONE_WORD}(?=[，,。；;和及、])|"
                           # (… and the span a zone's history runs from its founding, 1996年某开发区自建区以来: the start)
                           rf"\s*[^，,。；;\d]{{0,16}}?自(?:建区|建區|成立|设立|設立|创建|創建|开发建设|開發建設)以来|"
                           # (never a year's event named after the extent, 「113年度某園區擴區招商說明會」: 年度 and a quoted name
                           # give the event's year, not the zone's history)
                           r"(?!度)(?:\d{1,2}月(?:\d{1,2}日)?)?\s*[，,]?[^，,。；;\d「」“”]{0,12}?(?:(?:面积|面積|范围|範圍|四至|区域|區域)"
                           r"[^，,。；;\d]{0,4}?(?:调整|調整|扩大|擴大|扩展|擴展|增至|扩至|擴至)|扩区|擴區|调区|調區|扩容|擴容)|"
                           # (a founding told with its actor, as official histories write one: 2011年6月，经省政府批准成为…,
                           # 民國85年協調工業局設置…, 民國八十四年二月奉行政院決議設置…, 2014年10月，某广场正式开园: the year
                           # is the founding's, in its own clause; never a year that is something, 2019年是新中国成立70周年,
                           # an event named after it, 2018年开园大会, a thing approved as an attribute, 区人大批准的年度计划,
                           # or a count of what was newly set up, 新设立企业12家)
                           # (the clause's comma right after the year too, 1998年,經省政府批準為…, as a page's ASCII comma writes it)
                           # (… after the purpose it served too, as official histories put it first: 2008年7月，为进一步完善
                           # 园区管理，经市政府批准，某新区管辖面积扩大到…)
                           rf"(?:{_MONTH_DAY}(?:\s*[及和、]\s*{_MONTH_DAY})*)?\s*[，,]?(?:(?:为|為)[^。；;！？!?\n「」“”《》]{{2,40}}?[，,]\s*(?=经|經|由|奉))?"
                           rf"(?:(?!是|为|為|舉行|举行|召开|召開|迎来|迎來|庆祝|慶祝|新)[^，,。；;\d「」“”《》\n]){{0,12}}?"
                           rf"(?:{_FOUNDING_VERB})(?!\s*(?:的|大会|大會|仪式|儀式|典礼|典禮|庆典|慶典|活动|活動)|{_COUNTED_AFTER}|{_RESULTS_AFTER})|"
                           # (… or in its sentence, by the compound verbs that tell nothing but a founding, after the purpose
                           # it served: 2014年8月，为…，加速推进…，组建成立了某党总支。)
                           rf"(?:{_MONTH_DAY}\s*[，,]?)?(?:(?!是|舉行|举行|召开|召開|迎来|迎來|庆祝|慶祝)[^。；;！？!?\d「」“”《》\n]){{0,60}}?"
                           rf"(?:{_FOUNDED_ONLY})(?!\s*的|{_COUNTED_AFTER}|{_RESULTS_AFTER})|"
                           # (… or by who founded what, a firm or a zone, whatever stands between: 2015年，某投资公司在…，创办了
                           # 某工业园; or where a firm was set up, 1995年某實業總部設立於台北: the founder's or the firm's history —
                           # a body a park sets up in its year of work, 园区成立招商专班, names no founder's 创办 nor a place 于)
                           rf"(?:{_MONTH_DAY}\s*[，,]?)?[^。；;！？!?\d\n]{{0,60}}?(?:创办|創辦|创立|創立)了?[^，,。；;！？!?\d\n]{{0,20}}?"
                           rf"(?:{_ZONE_WORD}|公司|企业|企業|集团|集團|总部|總部)|"
                           r"[^，,。；;！？!?\d\n]{1,16}?(?:设立|設立|成立|创立|創立)(?:于|於)(?!\s*\d)|"
                           # (… or by the clause's verb alone, the thing the sentence is about started then: 某园区是…项目，1994年
                           # 5月启动，行政区域…)
                           rf"(?:{_MONTH_DAY})?\s*(?:正式)?(?:启动|啟動)(?=[，,。；;])")
_SPAN_END = re.compile(r"\d\s*[-—–~～至]\s*$")
# a year a span runs from (在2006年以来五次调查的基础上，于2022年组织开展了第六次调查): since then, the background of an event
# a later year of the same title dates
_SINCE_AFTER = re.compile(r"\s*(?:以来|以來)")
_SPAN_START = re.compile(r"\s*年?\s*[-—–~～至]\s*(?:19|20)\d{2}")
# a horizon a plan looks to (二〇三五年远景目标, 2035年愿景): the year it aims at, never the year of the text
_HORIZON = re.compile(r"\s*(?:远景|遠景|愿景|願景)")
# a summary joined with the next year's plan, the plan alone naming its year: 工作总结及2023年工作安排
_NEXT_YEAR_PLAN = re.compile(r"(?:总结|總結)[^\d]{0,6}?(?:及|和|暨|与|與|并|並|以及)\s*((?:19|20)\d{2})\s*年度?[^，,。\d]{0,8}?"
                             r"(?:安排|计划|計劃|思路|打算|要点|要點|重点|重點|设想|設想)")
# a part of a year (上半年工作总结及2024年下半年工作计划: the plan is the same year's)
_PART_OF_A_YEAR = re.compile(r"[上下]半年|季度|\d{1,2}\s*月")
# a year in brackets closing a title: the edition of a report, 《…调查报告》(2022)
_EDITION = re.compile(r"[(（]((?:19|20)\d{2})[)）]$")
# a year written in Chinese numerals, as an official document dates itself (二〇二二年十二月)
# (a digit 0 or a letter O typed for 〇, as many pages write it: 二00四年, 二O二二年)
_CN_YEAR = re.compile(r"([一二][〇零○0OＯ一二三四五六七八九]{3})(?=\s*年)")
_CN_DIGIT = str.maketrans("〇零○OＯ一二三四五六七八九", "00000123456789")


# a year of the Republic of China's calendar (民國紀年), as Taiwan dates its own: 114年招商成果發表會, 112年度
# (a three-digit year from 100, 2011 on, read only in Traditional script: elsewhere "114年" is a count of years)
_ROC_YEAR = re.compile(r"(?<![\d.])(1[0-2]\d)\s*年(?!代|前|来|來|间|間|历史|歷史|的历史|的歷史|以上|左右)")
_TRADITIONAL_ONLY = re.exact(r"[區與會為業發國經這說們從園處過場]")  # (telling the script: as written)


# "this year" named in brackets, as Taiwanese news writes it: 今(一一四)年, 今（114）年, 今年(2025年)
# … and last or next year named so (去(110)年, 明（115）年): the story is told the year after, or before
# (本(99)年 too, and a year before 民國100 in two digits: only the ROC calendar's year stands in brackets after 今 or 本)
_NAMED_THIS_YEAR = re.compile(r"(?P<rel>今|去|明|本)\s*[(（]\s*([一二三四五六七八九〇零○\d]{2,4})\s*[)）]\s*年|(?P<rel2>今|去|明)年\s*[(（]\s*((?:19|20)\d{2})\s*年?\s*[)）]")


# … a year named by the era itself (民國91年, 中華民國九十一年度), in any script and with any number of digits
_ERA_NAMED = re.compile(r"(?:中華民國|中华民国|民國|民国)\s*(\d{1,3})\s*年")
# … and, on a page from Taiwan, a two-digit year from 80 (98年7-8月: 1991–2010), as Taiwan's agencies and papers
# wrote the years before 民國100 (an earlier one, 民國55年, is written with its era); elsewhere "98年" is 1998 in short
# or a count of years, so it is read only where the page shows it is Taiwan's (see _TAIWAN) and never after words that
# count years (經過80年, 租期…) or in a list after another year (民國55年、58年: the list shares the first year's role)
_ROC_TWO_DIGIT = re.compile(r"(?<![\d.．:：/／%-])([89]\d)\s*年(?!代|前|来|來|间|間|历史|歷史|的历史|的歷史|以上|左右|之久|多|后|後|内|內|里|裡|半)")
_COUNTS_YEARS = re.compile(r"(?:经过|經過|历经|歷經|走过|走過|长达|長達|近|约|約|逾|超过|超過|已|有|达|達|满|滿|第|共|"
                           r"租期|期限|年限|为期|為期|权|權|、|和|及|与|與|至|到|~|～|-|—)\s*[为為是]?\s*$")
# a page from Taiwan, by what only Taiwan's pages name: its currency, its agencies, its export zones (加工出口區;
# the mainland's are 出口加工区), a year of its era (民國 in Traditional script or the state's full name: a mainland history's
# 民国25年 is no evidence) — in any script, so that a Simplified copy of a Taiwanese story
# counts; its science parks' short names and its counties only in Traditional script (中科 is also a mainland company's
# or academy's short name, 台中 a mainland 台商 story's word); the island's name is no evidence (中國臺灣網 writes it)
_TAIWAN = re.compile(r"新台币|新台幣|新臺幣|国科会|國科會|科学园区管理局|科學園區管理局|加工出口区|加工出口區|行政院|立法院|"
                     r"经济部|經濟部|(?:中華民國|中华民国|民國)\s*[\d〇零○一二三四五六七八九十百]{1,5}\s*年|"
                     # (… and in Simplified script a year of the era from 民国40, 1951: after 1949 only Taiwan counted by it;
                     # an earlier one, 民国25年, is a mainland history's)
                     r"民国\s*(?:[4-9]\d|1[0-4]\d)\s*年")
_TAIWAN_TRADITIONAL = re.compile(r"竹科|南科(?![技大])|中科(?![院大技创創])|臺北|台北市|新北市|桃園|新竹|苗栗|臺中|台中市|彰化|南投|"
                                 r"雲林|嘉義|臺南|台南市|高雄|屏東|宜蘭|花蓮|臺東|台東|基隆")
_ROC_TARGETED = re.compile(r"(?:力争|力爭|确保|確保|预计|預計|预估|預估|预期|預期|计划|計劃|目标|目標|争取|爭取|将|將|可望|要)\s*(?:在|于|於)?\s*$")


def _taiwan(text: str) -> str:
    """The word that shows a page is Taiwan's (or a copy of a Taiwanese story), so that its bare years are ROC years;
    "" when none does."""
    m = _TAIWAN.search(text) or (_TRADITIONAL_ONLY.search(text) and _TAIWAN_TRADITIONAL.search(text))
    return m.group(0) if m else ""


def _roc_year(text: str, taiwan: str = "", whole: str | None = None) -> re.Match | None:
    """The first ROC year of ``text`` that may be the report's; ``whole``: the text ``text`` opens, whose sentence
    past it tells what a year is (民國80年…用地，至今25年…: the start of a span to now)."""
    if "年" not in text:
        return None
    # (延長實施…至117年: the end of a span, not the report's year)
    # … in Traditional script; in any script a year of account (年度: 109年度年终记者会, as a Simplified copy of a
    # Taiwanese story keeps it), which no count of years is written as, and any year on a page from Taiwan
    traditional = bool(_TRADITIONAL_ONLY.search(text))
    found = [m for m in _ROC_YEAR.finditer(text) if traditional or taiwan or text.startswith("度", m.end())]
    if taiwan:  # (an era year from 40, 1951: an earlier one is a history's, 民国25年)
        found += [m for m in _ERA_NAMED.finditer(text) if int(m.group(1)) >= 40]
        # (a two-digit year inside one its era names, 於民國 86年 as 民國八十六年 is read, is that year: judged with
        # what stands before its era's name, not after it)
        found += [m for m in _ROC_TWO_DIGIT.finditer(text) if not _COUNTS_YEARS.search(text[max(0, m.start() - 3):m.start()])
                  and not re.search(r"(?:民國|民国)\s*$", text[max(0, m.start() - 4):m.start()])]
    # (预估110年开发完成后: a target's year, not the report's)
    # (民國58年設立加工出口區: the year of a founding, a history's)
    # (… but the date of the report's own visit is, 於95年10月21日親赴…視察, as with a year of the common era)
    return next((m for m in sorted(found, key=lambda m: m.start())
                 if not (_EVENT_YEAR.search(text[max(0, m.start() - 3):m.start()]) and not _own_inquiry(text, m))
                 and not _founded_after(text, m) and not _award_year(text, m)
                 and not _ROC_TARGETED.search(text[max(0, m.start() - 4):m.start()])
                 and not _roc_background(whole or text, m, taiwan)), None)


def _roc_background(text: str, m: re.Match, taiwan: str) -> str:
    """What the ROC year ``m`` is when it is not the report's, read as a year of the common era is (_background):
    宜蘭科學園區在94年經行政院核定設立,102年完成各項基礎建設,105年7月標準廠房啟用 — a founding, a step done in its
    year, and the history's next step, whichever calendar counts them."""
    before = _western_years(text[:m.start()], taiwan)  # (an era's name, 民國88年, goes with its calendar)
    western = before + str(int(m.group(1)) + 1911) + _western_years(text[m.end(1):], taiwan)
    year = _YEAR.match(western, len(before))
    return _background(western, year) if year else ""


# the words of a cut-off day a stock is counted to (截至109年7月1日核准進駐達30家): a count's date, never a founding's,
# whatever verb of approval the count is made of
# a span from a year to the present, after the year or after a list of years it opens (2013年以来; 2009年、2010年以来:
# the 以来 closes the list and spans from each)
_SINCE = re.compile(r"\s*(?:[、和及与與]\s*(?:19|20)\d{2}\s*年)*\s*(?:以来|以來)")
_CUT_OFF_BEFORE = re.compile(r"(?:截至|截止到?|截至到)\s*$")
# what a news item says it learnt, opening the sentence after its lead (据了解，/ 據悉，/ 记者了解到，)
_LEARNT_OPENING = re.compile(r"\s*(?:据|據)(?:了解|瞭解|悉|介绍|介紹)|\s*(?:记者|記者)(?:了解到|瞭解到|获悉|獲悉)")
# the words of a goal or a forecast (力争, 将, 预计…): a span they govern is a plan's
_TO_COME = re.compile(r"力争|力爭|争取|爭取|将|將|预计|預計|预期|預期|确保|確保|拟|擬")  # (计划 is also a project: 共有520个工业计划获批)
# a span from a year to a later one a count is made over (2010年至2013年8月共有…, 2016年到2019年，累计…): the later year
# with its month, or the count's word after it
_COUNTED_OVER_SPAN = re.compile(r"\s*年?\s*(?:\d{1,2}\s*月(?:份)?)?\s*(?:至|到|—|－|-|～|~)\s*((?:19|20)\d{2})\s*年\s*"
                                r"(?:\d{1,2}\s*月(?:底|末|份)?|(?:底|末)?\s*[，,]?\s*(?=[^。；;！？]{0,8}?(?:共|累计|累計|合计|合計|总计|總計)))")


def _founded_after(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` is followed by what was founded, approved or begun in it (_FOUNDED_AFTER), and is no
    cut-off day a count is made to."""
    return bool(_FOUNDED_AFTER.match(text, m.end())) and not _CUT_OFF_BEFORE.search(text[max(0, m.start() - 4):m.start()])


def _era_numerals(text: str) -> str:
    """``text`` with a year the era names in Chinese numerals written in digits (中華民國九十一年度 → 中華民國 91年度;
    same length, right-aligned)."""
    def digits(m: re.Match) -> str:
        n = parse_cn_number(m.group(2))
        if n is None or not 0 < n < 200 or len(str(int(n))) > len(m.group(2)):
            return m.group(0)
        return m.group(1) + str(int(n)).rjust(len(m.group(2)))
    return re.sub(r"(中華民國|中华民国|民國|民国)([〇零○一二三四五六七八九十百]{1,5})(?=\s*年)", digits, text)


def _as_written(said: str, original: str) -> str:
    """``said``, a stretch of :func:`_western_years`' output, as the text wrote it when its year was an ROC year
    (2023年度年终 → 112年度年终, noted as such)."""
    m = re.search(r"((?:19|20)\d{2})(\s*年)", said)
    if not m or said in original:
        return said
    roc = said[:m.start()] + str(int(m.group(1)) - 1911) + said[m.end(1):]
    return f"{roc}（民国纪年）" if roc in original else said


def _western_years(text: str, taiwan: str = "") -> str:
    """``text`` with its ROC years (those :func:`_roc_year` reads) written as years of the common era."""
    traditional = bool(_TRADITIONAL_ONLY.search(text))
    if taiwan:
        text = _ERA_NAMED.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + f"{int(m.group(1)) + 1911}年", text)
        text = _ROC_TWO_DIGIT.sub(lambda m: m.group(0) if _COUNTS_YEARS.search(text[max(0, m.start() - 3):m.start()])
                                  else f"{int(m.group(1)) + 1911}年", text)
    return _ROC_YEAR.sub(lambda m: f"{int(m.group(1)) + 1911}年" if traditional or taiwan or text.startswith("度", m.end())
                         else m.group(0), text)


# a year of the ROC calendar in Chinese numerals, as Taiwan's papers write it: 一一四年度, 一〇九年 (read as the
# ROC year it is only in Traditional script, like 114年)
_CN_ROC_YEAR = re.compile(r"(?<![〇零○一二三四五六七八九十百])(一[〇零○一二][〇零○一二三四五六七八九])(?=\s*年)")


def _arabic_years(text: str) -> str:
    """``text`` with years written in Chinese numerals in Arabic digits (二〇二二年 → 2022年, 一一四年 → 114年;
    same length)."""
    if "年" not in text:
        return text
    text = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGIT), text)
    return _era_numerals(_CN_ROC_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGIT), text))


# the year a cited document was issued, told before it (2020年某省印发的《…》, 2019年出台的《…》)
_ISSUED_DOCUMENT_AFTER = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?)?[^。！？，,；;\n]{0,12}?(?:印发|印發|出台|发布|發布|颁布|頒布|下发|下發)的[《“]")
# an approval or a reply a sentence cites before a document's number (获得批复，批复文号…, 经省政府批准，文号…)
_CITED_APPROVAL = re.compile(r"(?:批复|批復|批准|批準|批文|审批|審批|备案|備案|核准)[^。！？\n]{0,12}$")
# an official document's number (发文字号, GB/T 9704): 机关代字〔年份〕序号号
_DOC_NUMBER = re.compile(rf"[{CJK}]{{1,8}}[〔［\[]((?:19|20)\d{{2}})[〕］\]]\s*\d{{1,4}}\s*[号號]")
# a year masked by the site (20xx年, 20__年, XX年) or with its last digits cut (20年上半年, 于20年3月); a count of twenty
# years is no year (20年来, 20年前, 近20年, 走过20年的历程, 已有20年, 对20年…发展的总结: how a history counts, not a blank)
_TWENTY_YEARS_AFTER = (r"来|來|前|间|間|的|以来|以來|之|多|后|後|内|內|里|裡|左右|以上|历程|歷程|发展|發展|奋斗|奮鬥|风雨|風雨|"
                       r"如一日|巨变|巨變|变迁|變遷|沧桑|滄桑|砥砺|砥礪|耕耘|春秋")
_MASKED_YEAR = re.compile(r"(?<![0-9])(?:20|19)?(?:[xX×＊*_＿]{1,4}|__+|—+)\s*年|"
                          rf"(?<![0-9])(?<!近)(?<!约)(?<!約)(?<!逾)(?<!过)(?<!過)(?<!经)(?<!經)(?<!短)(?<!仅)(?<!僅)(?<!第)(?<!这)(?<!這)"
                          rf"(?<!满)(?<!滿)(?<!达)(?<!達)(?<!已)(?<!有)(?<!余)(?<!餘)(?<!对)(?<!對)(?<!头)(?<!頭)(?<!前)20\s*年(?!{_TWENTY_YEARS_AFTER})|"
                          r"(?<![0-9a-zA-Z])[xX]{3,4}\s*年|"
                          # (…and a year with its last digit or two masked: 200X年, 20X年, 19XX年)
                          r"(?<![0-9])(?:20|19)\d?[xX×＊*]{1,2}\s*年|"
                          # (…or a year cut out whole, as document sites strip a copy's years: a sentence or a line that
                          # opens on 年 where a year stood — 年是…关键一年, 年的发展目标是, 年，园区…, 年工作重点: — which no
                          # sentence does (年产值, 年均, 年度 stay: words of their own); not a year broken over a line, 2023\n年)
                          r"(?:(?<![^\n])(?<![0-9０-９〇零○一二三四五六七八九十]\n)|(?<=[。！？；]))[ \t　]*年(?:是|的|，|,|工作|上半年|全年|以来|以來)")

# the report's own inquiry dated by 于 (某某同志于2014年3月…在某园区进行调研, 调研组于2023年5月赴…考察): the
# date of what the report tells, unlike what was founded in a year (成立于2011年, 建于1992年)
_OWN_INQUIRY = re.compile(r"\s*(?:[\d*＊xX×]{1,2}\s*月)?[^，,。；;]{0,40}?(?:调研|調研|视察|視察|考察|检查|檢查|走访|走訪|座谈|座談|"
                          r"督查|督導|督导|蹲点|蹲點|调查|調查|评估|評估)")
_FOUNDED_BEFORE = re.compile(r"(?:成立|建立|始建|建|设立|設立|批准|批準|核准|核準|获批|獲批|创办|創辦|诞生|誕生|开工|開工|投产|投產|落户|落戶|出生|生)[于於]$")
# a year a park's history starts from, told as such: its sentence tells a founding and the text then counts
# the years since (1992年，…开发区应运而生。经过21年的艰苦创业…): the background of a speech, not its year
_STARTED = re.compile(r"[^。！？!?]{0,80}?(?:应运而生|應運而生|诞生|誕生|破土动工|破土動工|拉开了?[^。]{0,12}序幕|拉開了?[^。]{0,12}序幕|"
                      r"南巡|南方谈话|南方談話|南方讲话|南方講話|挂牌成立|掛牌成立|正式成立|开始建设|開始建設|起步建设|起步建設|"
                      r"开始组建|開始組建|正式组建|正式組建|正式开工建设|正式開工建設|"
                      # … or a span from the year to now (从1984年的14家到目前的219家，…35年来)
                      r"(?:到|至)(?:目前|现在|現在|如今|今天)|至今)")
# … or a programme launched then, the text then counting the years since (2017年，某部启动某某项目，目前已批准…。几年来，
# 各园区…): the start of what the text goes on to tell, as a history's (only with the count: 2023年，园区启动项目20个 is
# a year's work)
_LAUNCHED_THEN = re.compile(r"[^。！？!?]{0,60}?(?:启动|啟動)")
_N = r"(?:[\d一二三四五六七八九十两兩]{1,4}|几|幾|数|數)\s*多?"  # (几年来, 数年来: a count left open, no year of its own)
_COUNTED_SINCE = re.compile(rf"(?:经过|經過|历经|歷經|走过|走過){_N}年|{_N}年[来來]|{_N}年(?:的)?(?:艰苦|艱苦|奋斗|奮鬥|发展|發展|建设|建設|历程|歷程)")
# an anniversary counted from a date every reader knows (庆祝建党95周年 is 2016): the Party founded in 1921,
# the People's Republic in 1949, reform and opening up in 1978
_ANNIVERSARY = re.compile(r"(建党|建黨|中国共产党成立|中國共產黨成立|新中国成立|新中國成立|建国|建國|中华人民共和国成立|中華人民共和國成立|改革开放|改革開放)"
                          r"\s*(\d{1,3})\s*周年")
_ANNIVERSARY_BASE = {"建党": 1921, "建黨": 1921, "中国共产党成立": 1921, "中國共產黨成立": 1921, "新中国成立": 1949,
                     "新中國成立": 1949, "建国": 1949, "建國": 1949, "中华人民共和国成立": 1949, "中華人民共和國成立": 1949,
                     "改革开放": 1978, "改革開放": 1978}
# the park's own anniversary (加工出口區歡慶成立50週年, 庆祝建区三十周年), counted from the founding year the text states
# (民國55年…設置加工出口區, 园区成立于1992年)
# … or the years since it (管委会成立三年来 + 2011年6月成立: 2014)
# … or the Nth year since it, counted as a Chinese text counts (成立迄今，已邁入第二十個年頭: its founding year is the first)
_NTH_YEAR = re.compile(r"(?:成立|建区|建區|设立|設立|开区|開區|建园|建園|开发建设|開發建設)[^。！？；;]{0,16}?"
                       r"(?:(?:迈入|邁入|进入|進入|步入|迎来|迎來|走过|走過|是|为|為)了?|以来的|以來的)\s*第\s*([\d一二三四五六七八九十]{1,3})\s*(?:个|個)?\s*(?:年头|年頭)")
_OWN_ANNIVERSARY = re.compile(r"(?:成立|建区|建區|设立|設立|开区|開區|建园|建園|开发建设|開發建設)\s*"
                              r"([\d一二三四五六七八九十]{1,3})\s*(?:周年|週年|年来|年來|年以来|年以來)")
# … or the present counted as the anniversary, the founding told in the clause before (於2007年11月成立，今年恰好投入
# 活動10週年): 今年 is the subject's Nth year since — never a date every reader knows (今年是改革开放40周年)
_KNOWN_FOUNDINGS = r"建党|建黨|共产党成立|共產黨成立|中国成立|中國成立|建国|建國|共和国成立|共和國成立|改革开放|改革開放"
_THIS_YEARS_ANNIVERSARY = re.compile(r"(?:成立|設立|设立|开园|開園|揭牌|挂牌|掛牌)\s*[，,]\s*(?:今年|本年)"
                                     rf"(?:(?!{_KNOWN_FOUNDINGS})[^。！？；;，,\d]){{0,12}}?"
                                     r"([\d一二三四五六七八九十]{1,3})\s*(?:周年|週年)")
# (the year may open its clause, 1993年，经省政府批准设立; and years of founding may be listed, 1989年和1992年，国务院相继…
# 批准设立: the first is the first park's)
_FOUNDING = re.compile(r"((?:19|20)\d{2})\s*年(?:\s*(?:和|、|及|与|與)\s*(?:19|20)\d{2}\s*年)*\s*[，,]?[^。；;，,]{0,30}?"
                       r"(?:成立|设立|設立|设置|設置|建立|创建|創建|创办|創辦|始建|挂牌|掛牌)|"
                       r"(?:成立|设立|設立|始建|建)[于於]\s*((?:19|20)\d{2})\s*年")
# a year the Republic of China's calendar names by its era (民國55年, 民国100年): any number of digits, any script
_ERA_YEAR = re.compile(r"(?:民國|民国)\s*(\d{1,3})\s*年")
# a five-year plan named by its number ("十四五"), as official writing marks time by them (六五 is 1981–1985): a plan
# being drafted is the year before it starts, its first year opens it, its last closes it
# … and a period looked back on (回顾“十一五”) or told at its end (“十二五”末，入驻企业达到…) is its last year, unless
# that end is a target or compared with (力争到“十二五”末, 比“十一五”末增加)
_PLAN_PERIOD = re.compile(r"(?P<review>(?:回顾|回顧|回首)[ \t　]*)?(?P<draft>(?:编制|編制|谋划|謀劃|起草|研究制定)[^。；;，,]{0,6}?)?[“\"「]?"
                          r"十([一二三四五六七八九])五[”\"」]?(?:规划|規劃|規畫|规画|时期|時期)?(?:的)?"
                          # (…为“十一五”规划开好局、起好步: the period being opened, in its first year)
                          r"(?P<when>开局之年|開局之年|首年|第一年|开好局|開好局|收官之年|最后一年|最後一年|末|期末|"
                          # (…促进“十二五”圆满收官, 当前正值“十四五”收官冲刺时期: the period is being closed, in its
                          # last year)
                          r"(?:圆满|圓滿|顺利|順利)?收官(?:冲刺|衝刺)?)?")
# … but not a close worked towards from before it (为“十四五”圆满收官奠定基础, written the year before)
_CLOSE_PREPARED = re.compile(r"[^。；;，,]{0,8}?(?:奠定|打下|打好|夯实|夯實|做好准备|做好準備)")
_PERIOD_END_NOT_TOLD = re.compile(r"(?:到|至|比|较|較|与|與|于|於|力争|力爭|确保|確保)\s*[“\"「]?$")


def _anniversary_of_founding(text: str, further: str = "") -> tuple[int, str] | None:
    """The year a text's own anniversary names, counted from the founding it states (see _OWN_ANNIVERSARY); the
    present counted as one (…成立，今年…10週年) is read as far as ``further`` reaches, since it names the present."""
    own = _OWN_ANNIVERSARY.search(text) or _NTH_YEAR.search(text)
    if not own and (own := _THIS_YEARS_ANNIVERSARY.search(further or text)):
        text = further or text
    if not own:
        return None
    era = lambda t: _ERA_YEAR.sub(lambda m: f"{int(m.group(1)) + 1911}年", t)  # (民國55年 → 1966年)
    founded = [int(m.group(1) or m.group(2)) for m in _FOUNDING.finditer(era(text))]
    if not founded:
        return None
    count = own.group(1)  # 50, 三十
    years = int(count) if count.isdigit() else parse_cn_number(count)
    if not years:  # (numerals that make no number, 十十: no count)
        return None
    year = min(founded) + int(years)
    if own.re is _NTH_YEAR.compiled():  # (the founding year is the first: 第二十個年頭 is 19 years on)
        year -= 1
    return year, f"正文说“{own.group(0)}”，所说的成立在 {min(founded)} 年：即 {year} 年"


_COUNT_OF_YEARS = re.compile(r"([\d一二三四五六七八九十两兩]{1,4})\s*年")


def _history_counted(text: str) -> tuple[int, str] | None:
    """A history told from its start and counted since (1992年，…开发区应运而生。经过21年的艰苦创业，…已成为…):
    the text stands the counted years after the start — the only year a speech of that kind gives. A count in
    whole decades (经过三十年) is how writers round, and gives none."""
    for m in _YEAR.finditer(text):
        started = _STARTED.match(text, m.end())
        counted = started and _COUNTED_SINCE.search(text, started.end(), started.end() + 120)
        if not counted or "多" in counted.group(0) or text.startswith("多", counted.end()):
            continue  # (经过20多年, 經過4年多: a round number, no year)
        n = _COUNT_OF_YEARS.search(counted.group(0)).group(1)
        years = int(n) if n.isdigit() else int(parse_cn_number(n) or 0)
        if 0 < years < 100 and years % 10:  # (经过三十年: decades are how writers round, no year)
            year = int(m.group(1)) + years
            return year, f"正文从「{m.group(0)}」讲起，又说“{counted.group(0)}”：即 {year} 年"
    return None


# a five-year period named before what looks back on it: “十一五”发展回顾, “十二五”工作总结, or its totals told as done
# (“十一五”期间，园区累计完成投资120亿元): the period is over; never its plan (期间，园区将…, 力争累计…)
_REVIEWED_AFTER = re.compile(r"\s*(?:(?:发展|發展|工作|建设|建設)?(?:回顾|回顧|回眸|总结|總結|成就)|"
                             r"(?:期间|期間|时期|時期)?\s*[，,]?(?:(?!将|將|力争|力爭|计划|計劃|预计|預計|目标|目標|要)[^。；;]){0,40}?"
                             r"(?:累计|累計)(?:完成|实现|實現|引进|引進|投入|新增|建成))")


# the period's own plan being drafted (编制“十一五”规划, 谋划“十五五”发展规划、规划纲要, 编制“十四五”时期…): written the year
# before the period opens; a special plan a period is named in (编制《“十一五”泉台产业对接专项规划》) is written during it
_PERIODS_OWN_PLAN = re.compile(r"(?<=规划|規劃|时期|時期)|\s*(?:的)?(?:(?:国民)?(?:经济和社会|經濟和社會|经济社会|經濟社會)?(?:发展|發展|总体|總體)?"
                               r"(?:规划|規劃|计划|計劃)(?:纲要|綱要)?)(?![^《》“”。；;，,]{0,4}?专项|[^《》“”。；;，,]{0,4}?專項)")


def _plan_period_year(text: str) -> tuple[int, str] | None:
    for m in _PLAN_PERIOD.finditer(text):
        start = 1981 + 5 * ("一二三四五六七八九".index(m.group(3)) + 11 - 6)  # (the 十k五: 十一五 2006, 十四五 2021)
        if m.group("when") in ("末", "期末") and _PERIOD_END_NOT_TOLD.search(text[max(0, m.start() - 4):m.start()]):
            continue
        if m.group("when") and "收官" in m.group("when") and not m.group("when").endswith("之年") and \
                (_CLOSE_PREPARED.match(text, m.end()) or re.search(r"[为為]", text[max(0, m.start() - 6):m.start()])):
            continue
        if m.group("when") in ("开好局", "開好局") and _CLOSE_PREPARED.match(text, m.end()):
            continue  # (为“十四五”开好局奠定基础: a start prepared the year before, no year of the period)
        if m.group("when"):
            year = start if m.group("when") in ("开局之年", "開局之年", "首年", "第一年", "开好局", "開好局") else start + 4
        elif m.group("review") or (after := _REVIEWED_AFTER.match(text, m.end())):
            year = start + 4  # (回顾“十一五”, and “十一五”发展回顾 / “十一五”期间，…累计完成…: the period looked back on)
            if not m.group("review"):
                told = (m.group(0) + after.group(0)).strip()
                return year, f"正文回顾“{told}”（“十{m.group(3)}五”是 {start}—{start + 4} 年，已经过去）：即 {year} 年"
        elif m.group("draft"):
            if not _PERIODS_OWN_PLAN.match(text, m.end()):
                continue  # (编制《“十一五”某某产业对接专项规划》: a special plan of the period is drafted in it, no year)
            year = start - 1
        else:
            continue
        return year, f"正文说“{m.group(0).strip()}”（“十{m.group(3)}五”是 {start}—{start + 4} 年）：即 {year} 年"
    return None


# the date an official document is signed with at its end (成文日期, GB/T 9704), on a line of its own:
# 二〇二三年十二月二十日 / 2023年12月20日 / 2023-12-20, with the issuing organ before it on the same line or not
_MD = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_SIGNED = re.compile(rf"^(?:[^\d\s，,。]{{2,30}}\s+)?((?:19|20)\d{{2}})\s*(?:年\s*{_MD}\s*月\s*{_MD}\s*[日号]|[-./]\d{{1,2}}[-./]\d{{1,2}})\s*$")


# the year of an assessment or an award for a year's work (在2019年度省级以上开发区综合考核中, 荣获2018年度…考核综合奖):
# a year's assessment is held and announced after it, so its year is the background of a later text
_ASSESSED = re.compile(r"\s*年?度?[^，,。；;！？]{0,24}?(?:考核|考評|考评|评比|評比|评选|評選|综合评价|綜合評價)"
                       r"[^，,。；;！？]{0,6}?(?:中|结果|結果|奖|獎|称号|稱號|先进|先進|优秀|優秀)")
# … and the year an award received is named for (獲頒「107年度招商績優獎」, 荣获2018年度…先进单位称号): the year's work it
# rewards, given the next year — the background of the news of its giving
_AWARD_RECEIVED = re.compile(r"(?:荣获|榮獲|获颁|獲頒|获得|獲得|获评|獲評|喜获|喜獲|摘得|夺得|奪得|捧得|领取|領取)\s*[「“『]?\s*$")
_AWARD_NAMED = re.compile(r"\s*年?度?[^，,。；;！？」”』]{0,16}?(?:奖|獎|称号|稱號|先进单位|先進單位)")


def _award_year(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` names an award received (獲頒「107年度招商績優獎」)."""
    return bool(_AWARD_RECEIVED.search(text[max(0, m.start() - 6):m.start()]) and _AWARD_NAMED.match(text, m.end()))


# a plan's period in its title (2016-2020年, (2021—2025年)) and the words that make a title a plan's
# a plan issued, named with its period (印发《某某三年行动计划(2023年—2025年)》, 下發了《…(2021-2023年)》)
_PLAN_ISSUED = re.compile(r"(?:印发|印發|下发|下發|发布|發布|出台|公布)(?:实施|實施)?了?\s*《[^《》]{2,60}?[(（]\s*((?:19|20)\d{2})\s*年?\s*"
                          r"[-—–~～至到]\s*((?:19|20)\d{2})\s*年?\s*[)）]\s*》")
_PLAN_SPAN = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*)?[-—–~～至到]\s*((?:19|20)\d{2})\s*年")
_PLAN_TITLE = re.compile(r"(?:规划|規劃|纲要|綱要|计划|計劃|計畫|方案)\s*(?:[(（][^()（）]*[)）])?\s*$")  # (the plan itself: a
# meeting on it, 某规划(2022-2035年)汇报会, is the meeting's news)
# "as for" before a year (至于2024年，…): the topic a sentence turns to, no span's end or time of an event
# a plan's five-year period named by its number in its title (“十一五”发展规划, 第十四个五年规划): 十k五 from 十一五 on
# (the bare 十五 is also the number fifteen, left unread)
_PLAN_ORDINAL = re.compile(r"[“\"「『]?十([一二三四五六七八九])五[”\"」』]?(?:时期|時期)?(?:[^，,。！？!?\s“”「」]{0,16}?)(?:规划|規劃|计划|計劃|纲要|綱要)|"
                           r"第十([一二三四五六七八九])[个個]五年(?:规划|規劃|计划|計劃)")
# an encyclopedia's entry: its text carries the notes' marks it cites its sources by ([1], [12]); an entry tells what a
# thing is, revised at any time, with no year of its own
_CITATION_MARK = re.compile(r"\[\d{1,3}\]")
_AS_FOR = re.compile(r"(?:至|對|对)[于於]\s*$")
# a year's list a thing is one of (作为某市2023年度“十大招商引资项目”之一): the list's year, an attribute of the thing, not
# the year a text tells of it
_ONE_OF_A_YEARS_LIST = re.compile(r"\s*年?度?[^，,。；;！？“”「」]{0,8}?[“「][^”」]{2,24}[”」]\s*(?:之一|中的一个|中的一個)")


# a year something is expected to be done by (最快在2024年落成, 有望于2026年建成): when, at the earliest, a thing will
# be finished, told before it is, so never the text's own year
_EXPECTED_BY = re.compile(r"(?:最快|最早|最迟|最遲|最晚|有望|可望)\s*(?:在|于|於|到)?\s*$")


# … and a year a project is forecast or planned to be finished in (预计2021年第三季完工, 可在2018年上半年建成投产, 将于
# 2026年底竣工): its due date, told before it comes; never a forecast of a year's figures (预计2023年完成产值…)
_DUE_BEFORE = re.compile(r"(?:预计|預計|预期|預期|预估|預估|可|将|將|计划|計劃|拟|擬)\s*(?:在|于|於|到)?\s*$")
_DUE_AFTER = re.compile(r"\s*(?:年底|年末|年中|底|末|上半年|下半年|第?[一二三四1-4]季度?|\d{1,2}\s*月(?:底|份|中旬|下旬)?)?\s*"
                        r"(?:前|之前|以前)?\s*(?:就|即|便)?\s*(?:可以|可|能够|能夠|能|将|將|会|會)?\s*"
                        r"(?:全面|正式|全部|基本|如期|顺利|順利)?\s*(?:投入)?\s*"  # (预计2017年就可投入生产: the modal and 投入)
                        r"(?:完工|竣工|建成|落成|投产|投產|投用|交付|启用|啟用|营运|營運|开园|開園|通车|通車|量产|量產|生产|生產)")
# … the forecast's words with its subject between them and the year (预计会在某捷运2026年通车, 預計某廠房2027年完工)
_FORECAST_SUBJECT_BEFORE = re.compile(r"(?:预计|預計|预期|預期|预估|預估|预料|預料)[^，,。；;！？!?\n\d]{1,10}$")
# a clause listed after another, opening on its year (…2026年底完工，2028年生产): group 1 the mark between them
_LISTED_AFTER_A_CLAUSE = re.compile(r"[^，,。；;！？!?\n]{4,30}([，,、]\s*)$")


# a profile's or an encyclopedia's row naming what the year is (成立 | 1980年, 成立时间：2006年5月): a founding's
_FOUNDED_LABEL = re.compile(r"(?:成立|設立|设立|创立|創立|创建|創建|建立|设置|設置|开园|開園|起始|始建)(?:时间|時間|日期|年份|年月)?"
                            r"\s*[|｜:：]\s*$")


# a year a thing was finished in, told as the time after which the news happens (开发案2013年完成后，目前正推动…; 一期
# 2018年竣工後，…): a clause of time, "after it was done", whose year is the thing's past, never the news's own
_DONE_THEN = re.compile(r"\s*年?\s*(?:\d{1,2}\s*月(?:份|底|初)?)?\s*(?:完成|完工|竣工|落成|投产|投產|启用|啟用|通车|通車)\s*"
                        r"(?:后|後|以后|以後|之后|之後)(?![续續期])")  # (完成後續工程: the follow-up works, no "after")


def _expected(text: str, m: re.Match, listed: bool = True) -> bool:
    """Whether the year ``m`` is when a thing is expected to be done (最快在2024年落成, 预计2021年第三季完工; 预计会在某捷运
    2026年通车: the forecast's subject between), or the next step of the same forecast, listed as the clause after it
    (预计2026年底完工，2028年生产)."""
    before = text[max(0, m.start() - 16):m.start()]
    if _EXPECTED_BY.search(before[-4:]) or _DUE_AFTER.match(text, m.end()) and (
            _DUE_BEFORE.search(before[-5:]) or _FORECAST_SUBJECT_BEFORE.search(before)):
        return True
    # (the clause opens on the year right after the forecast's clause: the forecast's list goes on)
    step = _LISTED_AFTER_A_CLAUSE.search(text[max(0, m.start() - 40):m.start()]) if listed else None
    return bool(step) and any(_expected(text, k, listed=False) for k in
                              _YEAR.finditer(text, m.start() - len(step.group(0)), m.start() - len(step.group(1))))


# a year in brackets right after a name (元朗创新园(2016年), 某工业区（1973）): when the thing got that name or was set up, as
# an encyclopedia's list or a heading of its history writes it — an attribute of the name, not the year a text is about
_NAMED_IN = re.compile(rf"[{CJK}][(（]\s*$")
_NAMED_IN_END = re.compile(r"\s*年?\s*[)）]")


# a year set as a deadline (在2025年底以前…达到, 到2025年, 力争2025年前): when a goal is due, not when the text is or what it
# reports; the year a report is about is read elsewhere (its title, its date)
_DEADLINE_AFTER = re.compile(r"\s*年?\s*(?:底|末)?\s*(?:以前|之前|前)(?!期)")


def _is_deadline(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` matched in ``text`` is a deadline: after a word that sets one (到, 力争, 在…) and closed by
    前/以前/之前, or right after 到/力争/争取 whatever follows (到2025年，园区…)."""
    before = text[max(0, m.start() - 4):m.start()]
    after = text[m.start() + 4:m.start() + 12]
    if not (_TARGETED.search(before) or re.search(r"(?:在|于|於)\s*$", before)):
        return False  # (a target's words, as _latest_year_told reads them, or the date's 在/于)
    if re.search(r"(?:截止|截至|截止到|截至到|直到)\s*$", before):
        # 截止到2023年底: as of then, a stock's date, no deadline — unless what follows is to be done (截至2030年，全省将…)
        return bool(_WILL_AFTER.match(text, m.end()))
    return bool(_DEADLINE_AFTER.match(after)) or bool(re.search(r"(?<![年月])(?:到|力争|力爭|争取|爭取)\s*$", before))


# a day an event was held on, after 于 (…管理处于2013年1月24日召开审查会, 双方于5月8日签署协议): the news' own event, dated as a
# dateline dates it, not a founding or a history (成立于, 始建于 are _FOUNDED_BEFORE's)
_DAY_OF_EVENT = re.compile(r"\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]"
                           r"(?:[上下]午|晚间?|晚上)?\s*(?:在[^，,。；;]{1,20}?)?"
                           r"(?:召开|召開|举行|舉行|举办|舉辦|审查|審查|审议|審議|签署|簽署|签订|簽訂|签约|簽約|发布|發布|印发|印發|"
                           r"公布|开幕|開幕)")


def _after_yu(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` follows 于 (…于2023年…), and no founding's verb (成立于, 始建于) before it."""
    return bool(re.search(r"[于於]$", text[max(0, m.start() - 3):m.start()])
                and not _FOUNDED_BEFORE.search(text[max(0, m.start() - 4):m.start()]))


def _day_of_event(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` after 于 dates an event held that day (于2013年1月24日召开…)."""
    # (an unveiling or an opening held that day founds what the text goes on to describe: 于…举行揭牌仪式, its history)
    return _after_yu(text, m) and bool(held := _DAY_OF_EVENT.match(text, m.end(1))) \
        and not _FOUNDING_TOLD.search(text, held.end(), held.end() + 12)


def _own_inquiry(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` after 于 dates the report's own inquiry (调研组于2023年5月赴…考察), not a founding."""
    return _after_yu(text, m) and bool(_OWN_INQUIRY.match(text, m.end()))


def _background(text: str, m: re.Match, chronicle: bool = True) -> str:
    """A year of the opening that is not the report's, and what it is (empty if it is none): what happened in it
    before (成立于2011年, 自2015年, 2006年4月被批准为…), what is compared with (比2022年同期), an assessment's year
    (在2019年度…考核中), the year a history starts from (1992年…应运而生。经过21年…)."""
    before = text[max(0, m.start() - 3):m.start()]
    if _NAMED_IN.search(before) and _NAMED_IN_END.match(text, m.end(1)):
        return "名称后括注的年份（设立或得名之年）"
    if _OUTDONE.search(text[max(0, m.start() - 4):m.start()]):
        return "比较的年份"
    if _expected(text, m):
        return "预期完成的年份"
    if _EVENT_YEAR.search(before) and not _AS_FOR.search(before):  # (至于2024年: "as for", no span's end nor a 于 of when)
        if not _own_inquiry(text, m) and not _day_of_event(text, m):
            if re.search(r"比|较|較|与|與", before):
                return "比较的年份"
            founded = _FOUNDED_BEFORE.search(text[max(0, m.start() - 4):m.start()])
            return "成立、获批或获评的年份" if founded else "事情的起止或发生的年份"
    if _founded_after(text, m) or _FOUNDED_LABEL.search(text[max(0, m.start() - 12):m.start()]):
        return "成立、获批或获评的年份"
    if _ASSESSED.match(text, m.end()) or _award_year(text, m):
        return "考核评比的年度，次年才评出"
    if _DONE_THEN.match(text, m.end()):
        return "事情的起止或发生的年份"
    if _ONE_OF_A_YEARS_LIST.match(text, m.end()):
        return "所列入的某年度名单的年份"
    if _ISSUED_DOCUMENT_AFTER.match(text, m.end()):
        return "所引文件印发的年份"  # (在2020年某省印发的《…指导意见》明确要求…: the year a document the text cites was issued)
    started = _STARTED.match(text, m.end()) or _LAUNCHED_THEN.match(text, m.end())
    if started and _COUNTED_SINCE.search(text, started.end(), started.end() + 120) or _YEARS_TO_NOW.match(text, m.end()):
        return "历史的起点"  # (…民國80年民地被編定為工業區用地，至今25年開發無期: the years counted from it to now)
    return "沿革中的一年" if chronicle and not _own_inquiry(text, m) and _in_a_chronicle(text, m) else ""


# the years counted from a year to now, in its sentence (…用地，至今25年…; 迄今已有30多年): the year is where a span starts
_YEARS_TO_NOW = re.compile(r"[^。；;！？!?\n]{0,40}?(?:至今|迄今|到现在|到現在)\s*(?:已经|已經|已有|已|有)?\s*"
                           r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:多|余|餘)?\s*(?:个|個)?\s*年")
_YEARS_OWN_CLAUSE = re.compile(r"\s*(?:\d{1,2}\s*月(?:份|底|初)?(?:\d{1,2}\s*日)?)?((?:(?![，,、]\s*(?:19|20)\d{2}\s*年)[^。；;\n])*)")


def _in_a_chronicle(text: str, m: re.Match) -> bool:
    """Whether the year ``m`` goes on a history its paragraph tells year by year (1984年…经国务院批准，1985年…动工兴建。
    1992年，区内兴建了…；1995年设立…；2011年某园正式奠基。): an earlier year of the paragraph is a founding's or a
    history's, and this year's clause tells no results (实现, 完成, 增长… or a figure: 2017年，园区全年实现招商引资200亿元
    is a year's work, told after its history)."""
    start = text.rfind("\n", 0, m.start()) + 1
    # (the year's clause runs to its sentence's end or to the clause the next year opens, each year its step: 2005年经
    # 行政院核定设立,2013年完成各项基础建设,2016年7月标准厂房启用 — a sentence so built is a chronicle, whatever verb a
    # step has; its own month is its date, no figure)
    clause = _YEARS_OWN_CLAUSE.match(text, m.end())
    steps_on = text.startswith(("，", ",", "、"), clause.end())
    if re.search(r"\d", clause.group(1)) or not steps_on and re.search(_RESULTS_AFTER, clause.group(0)):
        return False
    year = int(m.group(1))
    for k in _YEAR.finditer(text, start, m.start()):
        if int(k.group(1)) < year and _background(text, k, chronicle=False) in _HISTORY:
            return True
    return False


# a headline telling a founding, an approval or an opening (揭牌成立, 获批省级开发区, 正式开园) … and one telling an
# anniversary of it (成立30周年, 建区十年来): the founding is then the news, or its history
_FOUNDING_TOLD = re.compile(r"成立|揭牌|挂牌|掛牌|开园|開園|获批|獲批|批复|批復|设立|設立|组建|組建|升格|升级为|升級為")
_ANNIVERSARY_TOLD = re.compile(r"周年|週年|年来|年來|以来|以來|年头|年頭")


# the background of a history a profile tells before its figures: where it started, when it was founded or renamed
_HISTORY = ("历史的起点", "成立、获批或获评的年份")


def _passed_over(text: str, end: int) -> str:
    """The years before ``end`` that were passed over, and why, for the evidence (empty if none)."""
    skipped = [f"「{m.group(0)}」（{why}）" for m in _YEAR.finditer(text, 0, end)
               if not _IN_A_TITLE.search(text[:m.start()]) and (why := _background(text, m))]
    return f"；略过作为背景的{'、'.join(skipped[:3])}" if skipped else ""


def _signed_year(body: str) -> tuple[int, str] | None:
    """The signing date on one of the last lines of a report (成文日期): its year and the date as written."""
    # (a page's table may leave a cell's bar after the date: 二〇一六年二月二日 |)
    for line in [x.strip(" \t|｜") for x in body[-300:].splitlines() if x.strip(" \t|｜")][-3:]:
        if (m := _SIGNED.match(_arabic_years(line))):
            return int(m.group(1)), line[m.start(1):].strip()
    return None


# the paper and issue a story ran in, closing it (《人民日报》（2023年02月10日05版）): the day it was told
_PAPER_ISSUE = re.compile(r"《\s*[^《》\n]{2,16}?\s*》\s*[(（]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                          r"\s*(?:第?\s*\d{1,3}\s*版)?\s*[)）]")


def _paper_issue(body: str) -> tuple[int, str] | None:
    """The issue of a paper named on one of the last lines (the story's source): its year and the credit as written."""
    for line in [x.strip() for x in body[-300:].splitlines() if x.strip()][-3:]:
        if (m := _PAPER_ISSUE.search(line)):
            return int(m.group(1)), m.group(0)
    return None


# how a text names the year after the one it reviews as the one to work for (作好2019年开发区各项工作, 研究制定具体的
# 2026年工作举措, 展望2026年): a meeting that sums up a year and plans the next is held in the next
_PLANS_YEAR = r"(?:作好|做好|抓好|干好|幹好|谋划|謀劃|部署|研究|制定|安排|展望|预测|預測|预估|預估|开好|開好)[^。！？；\n]{{0,24}}?{year}\s*年"
# … or as a meeting joined to the review names it (2012年度總結表彰暨2013年…工作會議), or the work's outline it sets out
# (指出了2013年園區整體工作思路)
# (… or names the new year's plan as a noun: 听取…2019年度工作情况和2020年重点工作汇报, 2020年工作思路)
_SETS_OUT_YEAR = r"{year}\s*年度?(?:的)?(?:重点工作|重點工作|工作计划|工作計劃|工作打算|工作思路|工作安排|工作要点|工作要點|目标任务|目標任務)|" \
                 r"{year}\s*年度?[^。，,；！？\n\d]{{1,10}}?工作的?(?:安排|部署|计划|計劃|打算)|" \
                 r"暨\s*{year}\s*年|在\s*{year}\s*年\s*[，,]\s*[^。！？；\n]{{0,16}}?(?:将|將)|(?:提出|指出|明确|明確)了?[^。！？；，,\n]{{0,6}}?{year}\s*年[^。！？；，,\n]{{0,10}}?(?:工作思路|思路|目标|目標|任务|任務)"
# … or, told the next year, deploys the work without naming its year (会议总结成绩、表彰先进、部署工作): the new year's
_DEPLOYS_WORK = re.compile(r"(?:部署|谋划|謀劃)(?:了)?[^。，,；;]{0,8}?(?:工作|任务|任務)")
# … and the year it reviews told as done: 2018年度工作总结大会, 2025年营业额达…, 总结2019年工作
_REVIEWED = r"{year}\s*年度?[^。，,；！？\n\d]{{0,6}}?(?:工作)?(?:总结|總結|回顾|回顧|表彰|述职|述職)|{year}\s*年度?工作(?:完成)?(?:情况|情況)|" \
            r"{year}\s*年度?[^。，,；！？\n\d]{{0,8}}?(?:工作)?成果(?:汇报|匯報)|{year}\s*年(?:全年|度)?[^。，,；！？\n]{{0,12}}?(?:营业额|營業額|实现|實現|完成|达到|達到)|(?:总结|總結|回顾|回顧)[^。，,；]{{0,6}}{year}\s*年"
# a news lead dated in the last months of the year (12月28日，…): a year-end meeting plans the next year in the same one
_LATE_MONTH = re.compile(r"(?<!\d)(?:1[0-2])\s*月\s*\d{1,2}(?:\s*[-—–~～至、]\s*\d{1,2})?\s*日|(?<![\d一二三四五六七八九十])(?:十|十一|十二)月")
# a stock's baseline at the end of the year before (较2023年末净增, 比2022年底增加): counted from the last year-end,
# so the text's own year is the next (a year-on-year 比2022年同期 is left unread: tests/test_reading_types.py holds it no year)
_BASELINE = re.compile(r"(?:较|較|比|与|與)\s*((?:19|20)\d{2})\s*年\s*(?:末|底)")
# (1-11月, 1至10月: a month past the ninth is written with two digits or 十…)
_SO_FAR = re.compile(r"今年|截至|截止|[1１一]\s*[-—–~～至到]\s*(?:1[0-2]|１[０-２]|[2-9２-９]|十[一二]?|[二三四五六七八九])\s*月|上半年|前三季度|一季度|第一季度")
# a year told as the time of results (2020年全年工业园区实现…, 2019年某某等6家工业园区实现工业总产值…), its clause unbroken;
# a target (到2025年实现, 力争2025年完成) is no result
_RESULTS_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年(?:全年|度|上半年|前三季度)?\s*[，,]?[^。；;，,！？：:\n]{0,60}?"
                           r"(?:实现|實現|完成|达到|達到|累计|累計|新增|签约|簽約|引进|引進)")
_TARGETED = re.compile(r"(?:力争|力爭|确保|確保|预计|預計|计划|計劃|目标|目標|争取|爭取|到|至|将|將|要)\s*$")
# …nor a year whose clause says what will be done in it (2025年，某园将集中精力…实现产业化: a plan for the year); 将近 is "nearly"
_WILL_IN_CLAUSE = re.compile(r"(?:将|將)(?!近)|力争|力爭|确保|確保|争取|爭取")
# a news item told at the turn of a year (新年伊始…, 去年，…): the year whose results it tells is the one before
_NEW_YEAR = re.compile(r"新年伊始|新春伊始|新年开局|新年開局|开年以来|開年以來|春节(?:过后|後|后)|春節(?:過後|後)|(?:^|[，,。；\n])去年(?=[，,]|全年|以来|以來|共|[^比较較]{0,4}(?:实现|實現|完成|签约|簽約))")
# the summary's own heading naming the year it reviews (一、2021年工作总结), in the first lines
_OWN_REVIEW_HEADING = re.compile(r"(?:^|\n|[一1][、.．]\s*)\s*((?:19|20)\d{2})\s*年度?(?:上半年|全年)?(?:工作)?"
                                 r"(?:总结|總結|回顾|回顧|完成情况|完成情況|开展情况|開展情況)")


# a whole calendar year stated as a period (自2023年1月1日起至2023年12月31日止, 2023年1月1日至12月31日)
_WHOLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*(?:\1\s*年)?\s*12\s*月\s*31\s*日")
# a headline telling last year's results (去年招商亮眼, 去年营业收入增长三成): the news is about the year before (not a
# comparison with it: 较去年同期成长55%)
_RESULT_WORDS = (r"(?:招商|营业|營業|营收|營收|营运|營運|业绩|業績|产值|產值|出口|进出口|進出口|投资|投資|投增资|投增資|成绩|成績|绩效|績效|实现|實現|完成|"
                 r"增长|增長|成长|成長|突破|达到|達到|创新高|創新高)")
# (what follows last year when its results are told: the words up to a result's, in one clause)
_RESULTS_FOLLOW = rf"[^，,。！？!?；;\s]{{0,12}}?{_RESULT_WORDS}"
_LAST_YEARS_RESULTS = re.compile(rf"(?<![较較比与與同])去年(?!同期){_RESULTS_FOLLOW}")
# …and a lead opening on it, its comma before the subject (去年，某经开区实现营业收入…), or its subject told whole in
# the clause before the results (去年竹科、南科及中科等三個科學園區的營業額逼近2兆元: 去年 frames the clause, however long
# its subject) — never a comparison with it (比去年增长, 较去年成长: this year's results, measured against the last) nor
# a span from it (去年以来)
_LAST_YEARS_LEAD = re.compile(rf"(?<![较較比与與同于於])去年(?!同期|以来|以來)(?:[，,]\s*)?"
                              rf"[^，,。！？!?；;\s]{{0,30}}?{_RESULT_WORDS}")
# … unless a later time frames the clause's predicate, 去年 only dating what its subject did before (去年签约的某项目
# 日前实现投产, 去年12月开工的某厂房今年3月实现竣工: the news is of now)
_LATER_TIME_IN_CLAUSE = re.compile(r"今年|本年|日前|近日|近期|目前|如今|现在|現在|昨天|昨日|今天|今日|本月|上月|"
                                   r"(?<!去年)(?<!\d)\d{1,2}\s*月|(?<!去年)[一二三四五六七八九十]{1,2}月")
# a news credit dated in full before its lead (【某某台2009年1月15日讯】, 某某网2023年5月8日电): when the story is told
_CREDIT_DATED = re.compile(r"\s*[【\[(（]?[^，,。\n【】]{0,12}?((?:19|20)\d{2})年\d{1,2}月\d{1,2}日\s*(?:[讯訊电電])[】\]）)]?")
# … opening any line of the opening, past a site's rows (site logo:, 人气:, 【字号】 above 【大纪元2015年02月12日讯】)
_CREDIT_DATED_LINE = re.compile(r"(?:^|\n)" + _CREDIT_DATED.pattern)


def _next_year_of_news(year: int, title: str, text: str, published: int | None) -> tuple[int, str] | None:
    """A news item about a meeting or a release that reviews ``year`` and plans the next (召开2018年度工作总结大会…
    作好2019年…工作), or only tells ``year``'s results told the next year (2024年…营业额出炉, dated 2025): of ``year``, the
    year it reviews, with the evidence saying so (session 34; the house had filed the first kind under the next year).
    None when it names no review of ``year``, or is dated in the year's last months or names a later year first."""
    nxt = year + 1
    if not re.search(_REVIEWED.format(year=year), title + "\n" + text):
        return None
    plans = re.search(_PLANS_YEAR.format(year=nxt), text)
    sets = None if plans else re.search(_SETS_OUT_YEAR.format(year=nxt), title + "\n" + text)
    if published == nxt and not (plans or sets):
        sets = _DEPLOYS_WORK.search(text)  # (told the next year, a meeting that 部署工作 deploys the new year's)
    if published == nxt and not (plans or sets):
        # a year's results told the next spring (2024年…营业额正式出炉, published 2025): the year the results are
        # about, as a 2023 summary filed in 2024 is 2023's — only a text that also plans the new year is of it
        return year, f"新闻讲的是 {year} 年的成绩，发布于 {nxt} 年，没有部署 {nxt} 年的工作：按所讲的一年，是 {year} 年"
    if published == nxt:
        # (…and one that reviews the year and deploys the next, told the next year (2月15日，某区召开2018年度工作总结大会…
        # 作好2019年…): the year it reviews, as the labellers file it — their first reading on 3 of 4 such pages, the other's
        # alternative; 11 of 13 over all news reviewing a year (session 34; until then the house said the next year's)
        said = (plans or sets).group(0)
        return year, (f"新闻回顾 {year} 年，又说“{said}”，发布于 {nxt} 年：按所回顾的一年，是 {year} 年")
    if plans:
        before = text[:plans.start()]
        said = plans.group(0)
        said = said[max(m.start() for m in re.finditer(_PLANS_YEAR.split("[^")[0], said)):]  # (研究機構預測2026年 → 預測2026年)
    elif sets:
        before, said = (title + "\n" + text)[:sets.start()], sets.group(0)
    else:
        return None
    if _LATE_MONTH.search(title + "\n" + text[:120]) or re.search(rf"{nxt + 1}\s*年", before):
        return None
    return year, f"新闻回顾 {year} 年，又说“{said}”：按所回顾的一年，是 {year} 年"


def _results_year(body: str) -> re.Match | None:
    """The last year the text tells results for, beyond its opening (2020年全年工业园区实现…): the period a study
    or a report without a dated title and opening reports on."""
    found = [m for m in _RESULTS_YEAR.finditer(body[:3000]) if not _IN_A_TITLE.search(body[:m.start()])
             and not _TARGETED.search(body[max(0, m.start() - 4):m.start()]) and not _background(body, m)
             and not _WILL_IN_CLAUSE.search(m.group(0))]
    if (review := _review_year(body)):
        found.append(review)
    # (截至2005年年底，全区现保留21个工业园区: the cut-off a stock is stated at is the time the text describes)
    found += [m for m in _CUT_OFF_YEAR.finditer(body[:3000]) if not _IN_A_TITLE.search(body[:m.start()])
              and not _WILL_AFTER.match(body, m.end())]
    return max(found, key=lambda m: int(m.group(1))) if found else None


# the cut-off a stock stands at (截至2005年年底，…, 截止2019年6月，…) — and not one a target is set for (截至2025年，将…)
_CUT_OFF_YEAR = re.compile(r"(?:截至|截止)(?:到)?\s*((?:19|20)\d{2})\s*年(?:年?底|年?末|\d{1,2}\s*月(?:底|末)?)?")
_WILL_AFTER = re.compile(r"[^。；;！？\n]{0,30}?(?:将|將|力争|力爭|预计|預計|计划|計劃|确保|確保|争取|爭取|达到目标)")


# the year a text names as the one it is in: an official text characterises the year it works in, and 今年 in the
# same sentence says that year is the present one (2024年是实现“十四五”规划目标任务的关键一年，做好今年的各项工作意义
# 重大; 2021年是“十四五”开局之年，…做好今年工作) — said in that year, whatever date a page shows for its copy
_PRESENT_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年(?:是|为|為|既是)[^。！？；\n]{0,60}?(?:之年|一年|元年)"
                           r"[^。！？\n]{0,40}?(?:今年|本年)")
# a year's own work report heard at a meeting (审议通过了协会2024年度工作报告): the year it reports on
_REPORT_HEARD = r"(?:审议|審議|听取|聽取|通过|通過)[^。！？；\n]{{0,12}}?{year}\s*年度?(?:工作)?(?:报告|報告|总结|總結)"


def _present_year(text: str) -> tuple[int, str] | None:
    """The year the text says it is in (its 今年 named, _PRESENT_YEAR), and the words that say it."""
    m = next((m for m in _PRESENT_YEAR.finditer(text) if not _IN_A_TITLE.search(text[:m.start()])), None)
    return (int(m.group(1)), m.group(0)) if m else None


def _body_frame(title: str, text: str, published: int | None = None) -> tuple[int, str] | None:
    """The year the body of a text whose title and opening name none is about, as a person reads it: the year it
    says it is in (2021年是…开局之年，…做好今年工作), else a meeting's time frame, the year it reviews and the one it
    plans (讲话回顾了2016年…和2017年…工作的安排: told as the new year starts, the new year's), or, at a meeting
    held in the year's last months (12月30日，…审议通过了2024年度工作报告), the year it reviews. None when the body
    reviews a year without planning the next and its lead tells no late month: told when, it does not say. A page dated
    ``published`` another year than the one so reviewed tells no year-end meeting: a year-end reviews its own year, and
    a figure of a year before (航展首日…，产业规模在2023年达到…, a story of November 2024) is the story's background."""
    if (present := _present_year(text)):
        return present[0], f"正文说“{present[1]}”：今年即 {present[0]} 年"
    late = _LATE_MONTH.search(title + "\n" + text[:120])
    for y in sorted({int(m.group(1)) for m in re.finditer(r"(?<![\d.])((?:19|20)\d{2})\s*年", text)}, reverse=True):
        reviewed = re.search(_REVIEWED.format(year=y), text) or (late and re.search(_REPORT_HEARD.format(year=y), text))
        at = _YEAR.match(text, reviewed.start() + reviewed.group(0).find(str(y))) if reviewed else None
        if not at or _background(text, at) or re.search(rf"{y + 1}\s*年", text[:reviewed.start()]):
            continue
        plans = re.search(_PLANS_YEAR.format(year=y + 1), text) or re.search(_SETS_OUT_YEAR.format(year=y + 1), text)
        if plans and not late:
            return y + 1, (f"标题和正文开头都没有年份；正文回顾「{reviewed.group(0)}」，又说“{plans.group(0)}”："
                           f"这是 {y + 1} 年（{y} 年是它回顾的一年）")
        if late and published in (None, y):
            return y, (f"标题和正文开头都没有年份；{late.group(0)}的会议回顾「{reviewed.group(0)}」：即 {y} 年")
        return None
    return None


# a news lead opening with its paper's name and the date in digits, as a forum or a blog reposts a story
# (自由時報 2022/12/28 經濟部…今(28日)舉行…): the date the story is told
# … or a blog's row of its author's name and the date (某某op4 2022-01-27) over the story it reposts
# … or the story's own headline and its dateline with the time, as a repost keeps them run into the lead
# (某園區 擴建招商2018-12-04 13:52某某晚報 記者…報導…)
_LEAD_DATELINE = re.compile(r"^\s*(?:[^\s，,。：:；;]{2,16}?\s+(?:[^\d\s，,。：:；;]{2,10}?(?=\s*(?:19|20)\d{2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s+\d{1,2}:\d{2}))?|"
                            r"[^\d\s，,。：:；;]{2,10}?\s*)?((?:19|20)\d{2})\s*[/.-]\s*(?:0?[1-9]|1[0-2])\s*[/.-]\s*"
                            r"(?:0?[1-9]|[12]\d|3[01])(?!\d)")
# a lead telling time from the day it is told: this year, last year, today, yesterday, lately (今天17日上午, 近日)
# (… and 最近, "lately", as 近日 and 日前 tell a news item's time from the day it is told: 某政府最近推荐…)
_TOLD_WHEN = re.compile(r"今年|本年|今年度|去年|新年伊始|新春伊始|今天|今日|昨天|昨日|近日|日前|最近")
# a year named by a part of it or by its year-end (2020年第一季, 2020年上半年, 109年度年终记者会): the year a text is in
_PART_OF_THIS_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?\s*(?:第?[一二三四1-4]\s*季|上半年|前三季|[1１一]\s*[-—–~～至到]\s*\d{1,2}\s*月|"
                                r"年终|年終|年底)")


def _part_of_this_year(text: str) -> re.Match | None:
    return next((m for m in _PART_OF_THIS_YEAR.finditer(text) if not _background(text, m)
                 and not _TARGETED.search(text[max(0, m.start() - 4):m.start()])), None)


# a year looked back on as past (回顾2016年, 走过不平凡的2022年, 过去的2021年): the year a text reviews
_REVIEW_YEAR = re.compile(r"(?:回顾|回顧|回首|走过|走過|过去的|過去的)[^。，,；;！？\n\d]{0,8}?((?:19|20)\d{2})\s*年(?!代|以来|以來)")


def _review_year(text: str) -> re.Match | None:
    found = [m for m in _REVIEW_YEAR.finditer(text[:3000]) if not _IN_A_TITLE.search(text[:m.start()])]
    return max(found, key=lambda m: int(m.group(1))) if found else None


# a year-on-year comparison of a part of the year (一季度…比2022年同期增长18%): statistics compare a period with the
# same period of the year before, so the text is of the next year — not a comparison over two years (比2019年同期，
# 两年平均增长…), as 2021's texts compared with the year before the pandemic
_SAME_PERIOD = re.compile(r"(?:较|較|比|与|與|同)\s*((?:19|20)\d{2})\s*年\s*同期")


# … and a comparison over two or three years (较2019年同比增长18.6%，两年平均增长8.7%), as texts of 2021 and 2022
# compared with the year before the pandemic: the average is taken over the years from the base to the data's, so
# the data are of the base year and that many years on
_AVERAGED_OVER = re.compile(r"(?:较|較|比|与|與|同)\s*((?:19|20)\d{2})\s*年\s*(?:同期|同比)?[^。；;！？\n]{0,40}?"
                            r"(两|兩|三|2|3)\s*年(?:的)?(?:平均|年均)(?:增长|增長|下降|增速|增幅)")


# … or a figure compared both with the year before (同比) and with a named year (同比增长25.6%，较2019年同比增长15.6%):
# the named year is not the year before, so it is the base two years back that texts of 2021 compared with
_TWO_BASES = re.compile(r"同比(?:增长|增長|下降|减少|減少)\s*-?\d+(?:\.\d+)?\s*[%％]\s*[，,、]\s*(?:较|較|比)\s*((?:19|20)\d{2})\s*年"
                        r"\s*(?:同期)?\s*(?:同比)?(?:增长|增長|下降|减少|減少)|"
                        r"(?:较|較|比)\s*((?:19|20)\d{2})\s*年\s*(?:同期)?\s*(?:增长|增長|下降|减少|減少)\s*-?\d+(?:\.\d+)?\s*[%％]"
                        r"\s*[，,、]\s*(?:同比|比上年|较上年|較上年)(?:同期)?(?:增长|增長|下降|减少|減少)")


def _same_period_year(text: str) -> tuple[int, str] | None:
    if (two := _TWO_BASES.search(text)):
        base = int(two.group(1) or two.group(2))
        return base + 2, (f"正文的数字既同比、又与 {base} 年比较「{two.group(0)}」：{base} 年不是上一年，"
                          f"所述的是其后第 2 年，即 {base + 2} 年（{base} 年是比较的基数）")
    if (averaged := _AVERAGED_OVER.search(text)) and not _TARGETED.search(text[max(0, averaged.start() - 4):averaged.start()]):
        years = {"两": 2, "兩": 2, "三": 3, "2": 2, "3": 3}[averaged.group(2)]
        year = int(averaged.group(1)) + years
        said = averaged.group(0)[:averaged.group(0).index("年") + 1]
        return year, (f"正文与 {averaged.group(1)} 年比较「{said}」，又说“{averaged.group(2)}年平均”："
                      f"所述的是其后第 {years} 年，即 {year} 年（{averaged.group(1)} 年是比较的基数）")
    same = _SAME_PERIOD.search(text)
    if not same:
        return None
    sentence = text[text.rfind("。", 0, same.start()) + 1:]
    sentence = sentence[:(sentence.find("。") + 1) or len(sentence)]
    if re.search(r"两年|兩年|三年|(?<!\d)[23]\s*年", sentence) or not _SO_FAR.search(text[:same.start()]):
        return None
    year = int(same.group(1)) + 1
    return year, f"正文与上一年同期比较「{same.group(0)}」：所述的是其后一年，即 {year} 年"


# a news item that deploys a year's work (全面谋划2017年工作, 投入到2025年各项重点工作中), with no other year: told as
# that year opens
_DEPLOYS_YEAR = re.compile(r"(?:谋划|謀劃|部署|做好|作好|抓好|干好|幹好|投入到|安排)[^。！？；，,\n\d]{0,8}?((?:19|20)\d{2})\s*年度?"
                           r"[^。！？；，,\n\d]{0,8}?(?:工作|任务|任務|目标|目標)")
# an event a news item tells as held today, named with its year (今（19日）舉行「114年招商成果發表會」): that year
_HELD_TODAY = re.compile(r"(?:今\s*[(（]\s*\d{1,2}\s*日\s*[)）]|今天|今日)[^。！？；\n]{0,12}?(?:舉行|举行|召開|召开|舉辦|举办|發表|发表)"
                         r"[^。！？；，,\n]{0,4}?[「“《]?((?:19|20)\d{2})\s*年(?!前|以来|以來)")


# an event named with its year bare before its name, as organisers name a meeting, a fair or a ranking (2024中国化工园区发展
# 大会, 2016丝博会, 2023成都经开区重大项目签约仪式, 2022化工园区高质量发展综合评价): the name ends on the event's noun, the year
# written without 年 — a year told as a time is written with it
_EVENT_NAMED_YEAR = re.compile(r"(?<![\d.A-Za-z])((?:19|20)\d{2})(?!\s*年)(?=([“「《]?[^\W\d_][^。！？；;，,\n\d]{0,30}?"
                               r"(?:(?:大|峰|年|博|洽谈|洽談|推介|发布|發布|交易|座谈|座談|研讨|研討|签约|簽約|对接|對接|招商|运动|運動|"
                               r"博览|博覽|展销|展銷|见面|見面)会|(?:大|峰|年|博|洽談|推介|發布|交易|座談|研討|簽約|對接|招商|運動|博覽|"
                               r"展銷|見面)會|仪式|儀式|活动|活動|论坛|論壇|评价|評價|榜单|榜單|名单|名單|大赛|大賽)))")


# figures listed over a span of years, each year's in turn or summed up (2016年至2018年，园区分别完成…, 2019-2021年
# 累计引进…): stated up to the span's last year, the text's own — unless the span is a plan's (力争, 计划, 将)
_LISTED_OVER = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年度?(?:间|間)?\s*[，,]?"
                          r"([^。；;！？\n]{0,40}?)(?:分别|分別|累计|累計|共计|共計|合计|合計)")
_PLANNED = re.compile(r"力争|力爭|计划|計劃|预计|預計|目标|目標|争取|爭取|将|將|要|拟|擬|规划|規劃")


# a year's outcome told as a forecast (2016年至2018年，分别完成…365亿元，预计年均增长24.5%; 2023年预计完成…): the
# year's statistics are not closed yet, so the text is written in that year
_FORECAST_AFTER = re.compile(r"[^。；;！？\n]{0,120}?(?:预计|預計)")
_FORECAST_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年(?:全年)?\s*[，,]?\s*(?:全年)?(?:预计|預計)(?:全年)?\s*(?:可|能)?"
                            r"(?:实现|實現|完成|达到|達到)")


def _forecast_year(text: str) -> tuple[int, str] | None:
    for m in _LISTED_OVER.finditer(text):
        if _TARGETED.search(text[max(0, m.start() - 4):m.start()]) or _PLANNED.search(m.group(3)) \
                or _IN_A_TITLE.search(text[:m.start()]) or int(m.group(2)) <= int(m.group(1)):
            continue
        if (said := _FORECAST_AFTER.match(text, m.end())) and not _PLANNED.search(said.group(0)[:-2]):
            return int(m.group(2)), (f"正文按年列出「{m.group(1)}…{m.group(2)}年」的数字，最后一年的写作“预计”："
                                     f"写于统计未结束的 {m.group(2)} 年")
    if (m := _FORECAST_YEAR.search(text)) and not _TARGETED.search(text[max(0, m.start() - 4):m.start()]) \
            and not _IN_A_TITLE.search(text[:m.start()]):
        return int(m.group(1)), f"正文说「{m.group(0)}」：一年的成绩还是预计数，写于当年，即 {m.group(1)} 年"
    return None


# a fiscal year named by the two calendar years it spans (2021/22年度, 2022-23年度, 2023/24財政年度), as Hong Kong's
# government and its bodies count a year from April to March: the year it starts in, which holds nine of its months
# (2021-2022年度 with four digits after a hyphen is a span of two years, as mainland texts write an award's period)
_FISCAL = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*(?:[/／-]\s*(\d{2})|[/／]\s*((?:19|20)\d{2}))\s*(?:財政|财政)?年度")


def _fiscal_year(text: str) -> tuple[int, str, int] | None:
    """A fiscal year the text names, how it said so, and where (the first not compared with: 較2020/21年度)."""
    for m in _FISCAL.finditer(text):
        start, end = int(m.group(1)), int(m.group(2) or m.group(3))
        if (end if end > 99 else start // 100 * 100 + end) != start + 1 or \
                re.search(r"(?:比|较|較|与|與)\s*$", text[max(0, m.start() - 2):m.start()]):
            continue
        return start, f"财政年度「{m.group(0)}」（始于 {start} 年，四月至次年三月）：即 {start} 年", m.start()
    return None


def _listed_over_years(opening: str) -> tuple[int, str, int] | None:
    """The last year of a span the opening lists figures over, why, and where the span starts."""
    for m in _LISTED_OVER.finditer(opening):
        if _TARGETED.search(opening[max(0, m.start() - 4):m.start()]) or _PLANNED.search(m.group(3)) \
                or _IN_A_TITLE.search(opening[:m.start()]) or int(m.group(2)) <= int(m.group(1)):
            continue
        return int(m.group(2)), (f"正文开头按年列出「{m.group(1)}…{m.group(2)}年」的数字：所述截至最后一年，即 "
                                 f"{m.group(2)} 年"), m.start()
    return None


# the time a text states its figures as of (截至2009年6月, 2011年，园区完成…): after a history's start
# (1992年，…南方谈话…开始建设), the report's year is the latest year its figures are stated for
# … or for 今年 (今年1至6月，园区完成…), in a clause that tells results (今年是建区20周年 tells none)
_THIS_YEAR_FIGURES = re.compile(r"(今年|本年)[^。；;！？]{0,40}?(?:实现|實現|完成|达到|達到|累计|累計|新增|签约|簽約|引进|引進)")
_AS_OF = re.compile(r"(?:截至|截止|截止到|截止至)\s*(?:中華民國|中华民国|民國|民国)?\s*$")


def _figures_stated_after_history(body: str, ym: re.Match, published: int | None = None,
                                  taiwan: str = "") -> tuple[int | None, str] | None:
    """When the opening's first year starts a history (1992年，…南方谈话…开始规划建设), the latest later year the
    opening states figures for, and why; None when the first year is not a history's start or no later figures.
    (On a page from Taiwan its ROC years count, 截至民國88年底; a text stating its figures for 今年 is of the year
    it was published.)"""
    if not _STARTED.match(body, ym.end()):
        return None
    return _latest_stated(body, ym, published, taiwan)


def _chronicle(text: str) -> str:
    """The years of a history told in order ("1987年、1995年、2002年"), when ``text`` opens on one: three distinct
    years or more, the first three in ascending order and the first the earliest; "" otherwise."""
    years = [int(m.group(1)) for m in _YEAR.finditer(text)]
    distinct = list(dict.fromkeys(years))
    if len(distinct) < 3 or distinct[:3] != sorted(distinct[:3]) or min(years) != years[0]:
        return ""
    return "、".join(f"{y}年" for y in distinct[:3])


def _latest_stated(body: str, ym: re.Match, published: int | None = None,
                   taiwan: str = "", what: str = "历史的起点") -> tuple[int | None, str] | None:
    """The latest year after ``ym`` (``what`` it is: a year a history starts from, a park was founded or named a
    model in) the text states figures for, and why; None when it states none."""
    written, body = body, body[:ym.end()] + _western_years(body[ym.end():], taiwan)  # (the start stays where it was)
    stated = [m for m in _YEAR.finditer(body, ym.end()) if int(m.group(1)) > int(ym.group(1))
              and (_AS_OF.search(body[max(0, m.start() - 8):m.start()])  # (截至 is no 至 of a target nor of a span)
                   or not _background(body, m) and not _TARGETED.search(body[max(0, m.start() - 4):m.start()])
                   and (results := _RESULTS_YEAR.match(body, m.start())) and not _PLANNED.search(results.group(0)))]
    if not stated:
        if (now := _THIS_YEAR_FIGURES.search(body, ym.end())) and not _PLANNED.search(now.group(0)) \
                and (not published or published > int(ym.group(1))):
            # (no date to tell 今年 by: unknown, never the history's start)
            return published, (f"正文开头的「{ym.group(0)}」是{what}；所述的数字是“{now.group(1)}”的，"
                               + (f"发布于 {published} 年" if published else "没有发布日期，不作猜测"))
        return None
    m = max(stated, key=lambda m: int(m.group(1)))
    return int(m.group(1)), (f"正文开头的「{ym.group(0)}」是{what}；所述的数字截至「{_as_written(m.group(0), written)}」："
                             f"即 {m.group(1)} 年")


# the genres that report a period's results (a plan's are the year before it; a speech's and a news item's are a
# year it looks back on, told later)
_REPORTING = ("工作总结", "工作报告", "工作汇报")


# a yearbook's volume (《民乐年鉴2023·生态工业园区》, 某市年鉴（2020）, 2019年鉴): a yearbook records the year before the
# one its volume is named and published for, as every local yearbook does
_YEARBOOK_VOLUME = re.compile(r"(?:年鉴|年鑑)\s*[(（]?\s*((?:19|20)\d{2})(?!\d)|(?<![\d.])((?:19|20)\d{2})\s*年?\s*(?:年鉴|年鑑)")


# any time a lead tells: a year, a month or a day, a season, a day word or a period (今年, 近日, 上半年, 一季度, 截至)
_TIME_TOLD = re.compile(r"(?:19|20)\d{2}|[一二〇零○]{4}|\d{1,2}\s*月|\d{1,2}\s*日|[一二三四五六七八九十]{1,3}月|今年|去年|明年|本年|年初|年底|年末|"
                        r"年度|今天|今日|昨天|昨日|近日|日前|最近|近期|前不久|目前|当前|當前|[上下]半年|季度|截至|截止|以来|以來|期间|期間|"
                        r"新年|新春|春节|春節|[今去明](?:\s*[(（])|[一二三四五六七八九十]{1,3}五")


def choose_year(title: str, body: str, published: int | None = None, news: bool = False,
                from_lead: bool = False, doc_type: str = "") -> tuple[int | None, str]:
    """The report's year and the evidence (see :func:`_choose_year`); when the year came from elsewhere than the
    title, the evidence names the title's years that were refused and why (最快2027年落成: a target's)."""
    year, why = _choose_year(title, body, published, news, from_lead, doc_type)
    # (a title taken from the lead is the opening's first words: the opening's years passed over are already named)
    if "标题和正文开头" in why and "略过作为背景" not in why \
            and (refused := _refused_in_title(title, from_lead, _taiwan(title + "\n" + body[:3000]))):
        said = f"标题中的{refused}不是报告的年份，正文开头"
        why = why.replace("标题和正文开头都", said + "也").replace("标题和正文开头", said)
    return year, why


def _refused_in_title(title: str, from_lead: bool, taiwan: str) -> str:
    """The years of a title that are not the report's, each with why (「2027年」（预期完成或目标的年份）), or ""."""
    text = _western_years(_arabic_years(title), taiwan)
    refused = []
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        if _expected(text, m) or _is_deadline(text, m) or _ROC_TARGETED.search(before):
            why = "预期完成或目标的年份"
        elif re.search(r"(?:比|较|較)\s*$", before) or _OUTDONE.search(before):
            why = "比较的年份"
        elif from_lead and (_EVENT_YEAR.search(text[max(0, m.start() - 3):m.start()]) or _FOUNDED_AFTER.match(text, m.end())):
            why = _background(text, m) or "事情发生的年份"
        else:
            continue
        refused.append(f"「{_as_written(m.group(0), title)}」（{why}）")
    return "、".join(refused)


def _choose_year(title: str, body: str, published: int | None = None, news: bool = False,
                 from_lead: bool = False, doc_type: str = "") -> tuple[int | None, str]:
    """The report's year: its title's, else its opening's; ``published`` (the page's
    publication year, for a news item: news is dated by its publication) when neither
    has one. For ``news`` the opening is its lead paragraph: a year further on is the
    story's background (2014年以来…, 2018年被评为…), not when it happened. A masked year
    (20xx) is unknown, never guessed. ``from_lead``: the title is the first words of the
    text (a page without a title line), so a year in it that an event happened in is the
    background, as in the opening (成立于2003年, 2006年4月被批准为…)."""
    full = body
    taiwan = _taiwan(title + "\n" + body[:3000])  # (a page from Taiwan: its bare years are ROC years)
    if len(body) <= 400 and _signed_year(body):  # (a short report's signing date is not its opening)
        body = body.rstrip().rsplit("\n", 1)[0]
    written = {"标题": title, "正文开头": body[:200]}  # (quoted as written: 一一四年 rather than 114年)
    title, body = _arabic_years(title), _arabic_years(body[:400])  # 二〇二二年十二月, as official documents date themselves
    # a year inside a quoted document's title (关于编报《2021年…年度报告》的通知) is that document's
    # … and the years of a span (规划(2022-2035年)) are a plan's period, not the report's year
    nxt = _NEXT_YEAR_PLAN.search(title)
    if nxt and not _YEAR.search(title, 0, nxt.start()) and not _MASKED_YEAR.search(title, 0, nxt.start()) \
            and not _PART_OF_A_YEAR.search(title, 0, nxt.end()):
        # 经开区工作总结及2023年工作安排: a summary written with the next year's plan names only the plan's year;
        # what it sums up is the year before
        year = int(nxt.group(1)) - 1
        return year, f"标题只写了下一年的计划「{nxt.group(0)[nxt.group(0).index(nxt.group(1)):]}」：总结的是前一年，即 {year} 年"
    if (volume := _YEARBOOK_VOLUME.search(title)):
        year = int(volume.group(1) or volume.group(2)) - 1
        return year, f"标题中的年鉴卷「{volume.group(0)}」：年鉴记的是上一年，即 {year} 年"
    if (fiscal := _fiscal_year(title)) and not _YEAR.search(title, 0, fiscal[2]):
        return fiscal[0], f"标题中的{fiscal[1]}"
    if (period := _PLAN_SPAN.search(title)) and _PLAN_TITLE.search(title.strip()) \
            and not any(_YEAR.search(title, *bounds) for bounds in ((0, period.start()), (period.end(), len(title)))):
        # (2016-2020年某开发区“十三五”发展规划纲要, 某某三年行动计划(2018-2020年): a plan titled by its period alone is of
        # the period's first year, as the labellers date it, 2 of 2, and the house gold's plan issued with its notice)
        return int(period.group(1)), f"标题中的规划期「{period.group(0)}」：计划从 {period.group(1)} 年开始，即 {period.group(1)} 年"
    if (ordinal := _PLAN_ORDINAL.search(title)) and _PLAN_TITLE.search(title.strip()) and not _YEAR.search(title):
        # (某开发区“十一五”发展规划, 某区第十四个五年规划纲要: the same plan titled by its period's number, as official
        # writing names five-year periods — of its first year, as the span's years are: 十一五 is 2006–2010)
        start = 1981 + 5 * ("一二三四五六七八九".index(ordinal.group(1) or ordinal.group(2)) + 11 - 6)
        return start, (f"标题中的规划期「{ordinal.group(0)}」（{start}—{start + 4} 年）：计划从 {start} 年开始，即 {start} 年")
    m = next((m for m in _YEAR.finditer(title) if not _IN_A_TITLE.search(title[:m.start()])
              and not _SPAN_END.search(title[:m.start()]) and not _SPAN_START.match(title, m.end(1))
              and not _HORIZON.match(title, m.end())
              # (a headline's base of comparison, 1-11月工业增加值较2019年增长18.6%: the year the figures are measured
              # against, not theirs)
              and not re.search(r"(?:比|较|較)\s*$", title[max(0, m.start() - 2):m.start()])
              and not _OUTDONE.search(title[max(0, m.start() - 4):m.start()])
              # (a headline telling when a thing is due, 某大楼最快2027年落成, 力争2025年前建成: a target's year, told
              # before it comes, as in the opening)
              and not _expected(title, m) and not _is_deadline(title, m)
              and not (from_lead and (_EVENT_YEAR.search(title[max(0, m.start() - 3):m.start()])
                                      or _FOUNDED_AFTER.match(title, m.end())
                                      or _SINCE_AFTER.match(title, m.end())
                                      and any(int(y.group(1)) > int(m.group(1)) for y in _YEAR.finditer(title, m.end()))))),
             None)
    if m:
        year = int(m.group(1))
        if news and (later := _next_year_of_news(year, title, _arabic_years(full[:1500]), published)):
            return later[0], (f"标题中的年份「{m.group(0)}」" + ("：" if later[0] == year else "是会议回顾的一年；")) + later[1]
        if not news and not from_lead and (own := _OWN_REVIEW_HEADING.search(body[:600])) and int(own.group(1)) > year:
            # a document site's title over a summary whose own heading reviews a later year (标题 2020年…, 正文
            # 一、2021年工作总结): a summary cannot review a year after its own, so the title is wrong, not the text
            return int(own.group(1)), (f"正文自己的小标题「{own.group(0).strip().lstrip('一1、.．').strip()}」总结的是 "
                                        f"{own.group(1)} 年，晚于标题中的「{m.group(0)}」：以正文为准")
        if not news and not from_lead and doc_type == "工作总结" and (own := _OWN_REVIEW_HEADING.search(body[:600])) \
                and int(own.group(1)) == year - 1 and not _NEXT_YEAR_PLAN.search(title) \
                and re.search(rf"(?:^|\n)[^\n]{{0,6}}{year}\s*年度?(?:工作)?(?:计划|計劃|打算|安排|思路|要点|要點|重点|重點)",
                              _arabic_years(full[:4000])):
            # a site's title dated by the year the summary was filed (2022年度…工作总结) over a text whose own headings
            # review the year before and plan the title's year (一、2021年工作总结 … 二、2022年工作打算): the summary is
            # of the year its own review heading names
            return int(own.group(1)), (f"正文自己的小标题「{own.group(0).strip().lstrip('一1、.．').strip()}」总结的是 "
                                        f"{own.group(1)} 年，标题中的「{m.group(0)}」是正文所计划的一年：以正文为准")
        if news and published and year > published and not _PLAN_TITLE.search(title.strip()):
            # (关丹工业园2016年落成 on a page dated 2012: a news item cannot be of a year after it ran; its headline's year
            # is what is to come then, 落成 told ahead — the page's date is the news's)
            return published, (f"标题中的年份「{m.group(0)}」晚于网页的发布日期（{published} 年），说的是将来的事；"
                               f"新闻的年份以发布日期为准")
        return year, f"标题中的年份「{m.group(0)}」"
    if not from_lead and (told := _HISTORY_TITLE.search(title)):
        # (设立缘起与开发经过, 园区沿革, 发展历程: a text titled as a park's history has no year of its own; the years it
        # tells are the history's, and a year-end summary is never so titled)
        return None, f"标题「{title}」说明是园区的历史（“{told.group(0)}”）：正文中的年份都是历史，不是报告的年份"
    if doc_type == "其他" and not from_lead and (_NAME_ONLY.fullmatch(title.strip()) or _NAME_ONLY_GLOSSED.fullmatch(title.strip())) \
            and len(cited := _CITATION_MARK.findall(full[:5000])) >= 2:
        # (南部某某园区 over 南部某某园区(简称某科)，是…[2][3]: an encyclopedia's entry, titled by the thing's name and citing
        # its sources by note marks: it tells what the park is, its founding and its latest figures, revised at any time —
        # no year of its own; the labellers left all 7 such entries undated, on 4 sites, 2 of them giving the latest
        # figures' year as the other reading)
        return None, (f"标题只是园区名，正文带注释标号（{''.join(cited[:3])}…）：是百科条目，讲园区是什么，"
                      "随时修订，没有报告的年份；正文中的年份是沿革或数字的年份")
    if (span := _WHOLE_YEAR.search(body[:600])):
        # 本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止: the period a report states as its own, a whole
        # calendar year, as the disclosure reports every government body files by statute state theirs
        return int(span.group(1)), f"正文写明所述期间「{span.group(0)}」：一整年，即 {span.group(1)} 年"
    edition = _EDITION.search(title)
    if edition:  # 《第六次全国物流园区调查报告》(2022): the year of the report's edition
        return int(edition.group(1)), f"标题末尾括注的年份「{edition.group(0)}」"
    masked = _MASKED_YEAR.search(title)
    if masked:
        # the same title repeated nearby with the year written out (a PDF's first line under
        # the page's masked heading): "…20XX年上半年…报告" / "…2024 年上半年…报告"
        after = re.sub(r"\s", "", title[masked.end():])[:6]
        repeat = len(after) >= 4 and re.search(rf"((?:19|20)\d{{2}})\s*年\s*{re.escape(after)}", body[:400])
        if repeat:
            return int(repeat.group(1)), f"标题中的年份被隐去，紧接着重复的标题写明「{repeat.group(1)}年{after}…」"
        return None, "标题中的年份被隐去（如 20xx），不作猜测"
    if (number := _DOC_NUMBER.search(title)):
        # a title naming a document by its number (日前，某政府发文(桂政函〔2025〕48号)批复…, a lead's first words; 关于…的通知
        # (某政〔2019〕3号)): the document is what the title is about, and its number carries the year it was issued (in a
        # body, the same number in brackets cites another document, a history's: 经批复同意(某政〔2011〕28号)设立)
        return int(number.group(1)), f"标题中的发文字号「{number.group(0)}」：文件发出的年份"
    opening = body[:200]
    if news and any(is_caption(x.strip()) for x in opening.split("\n")[1:]):
        # (a picture's caption under the lead, 这是2023年11月3日在某市拍摄的某工业园。, dates the picture: no sentence of the lead)
        opening = "\n".join(x for x in body[:600].split("\n") if not is_caption(x.strip()))[:200]
    if news:  # up to the end of the lead (a bulletin's issue line above it stays: 某某编 2023年6月20日)
        # (a picture's caption above the lead is not the lead: 某某出席典禮。(某某提供))
        lead = next((m for m in re.finditer(r"[^\n]*[。！？][^\n]*|[^\n]{31,}", opening) if not is_credit_line(m.group(0).strip())), None)
        # (a lead that tells no time at all, 某高新区围绕产业抓招商，推动…。, leaves it to the next sentence: 据…介绍，2016年…)
        end = lead.end() if lead else len(opening)
        if lead and (not _TIME_TOLD.search(opening, 0, end) or not _YEAR.search(opening, 0, end)
                     and _LEARNT_OPENING.match(opening, end)) and (stop := re.compile(r"[。！？]").search(opening, end + 1)):
            end = stop.end()  # (its next sentence only: a year told further on is the story's background; a lead dated by
            # its day alone, 6月15日，…召开新闻发布会。, leaves its year to the sentence that says what was learnt, 据了解，2021年，…)
        opening = opening[:end]
    told = ""  # (where the date it is told on was read, when not from the page's date rows)
    if published is None and (news or doc_type == "其他") and (dated := _LEAD_DATELINE.match(title) or _LEAD_DATELINE.match(body)) \
            and not is_dated_list(body[:200]):  # (a site's list of dated headlines run into the text: no dateline)
        published = int(dated.group(1))  # 自由時報 2022/12/28 經濟部…: a paper's name and date opening the lead
        told = f"（日期见正文开头「{dated.group(0).strip()}」）"
    credit = _CREDIT_DATED_LINE.search(body[:200]) if news or doc_type == "其他" else None
    if credit and published is None:
        # (【大紀元2015年02月12日訊】據科技部統計，…103年總營收…: the credit's date is when the story is told, as a date row
        # is, and its year no year the lead is about — the lead's own years and its 今年/去年 say that)
        published = int(credit.group(1))
        told = f"（日期见正文开头「{credit.group(0).strip()}」）"
    if published is None and news and (issue := _PAPER_PAGE.search(body[:300])):
        # (a repost heading the story with the paper's issue it ran in, 《某某日报》2025年5月29日 09版: when it is told)
        published = int(issue.group(1))
        told = f"（日期见正文开头所注报纸「{issue.group(0).strip()}」）"
    if published is None and news and (signed := _signed_year(full) or _paper_issue(full)) \
            and not _MASKED_YEAR.search(full[-300:]):
        # (a news item closing on the date it was written, 二〇一六年二月二日, or on the paper's issue it ran in,
        # 《某某日报》（2023年02月10日05版）: when it is told)
        published = signed[0]
        told = f"（日期见文末「{signed[1]}」）"
    if news and published and (last := _LAST_YEARS_RESULTS.search(title)) and not re.search(r"今年|本年|今\s*[(（]", title):
        # a headline telling last year's results (屏东加工区去年招商亮眼, …去年营业收入增长三成): what it is about is the year
        # before the one it is told in, as a summary told the next spring is that year's
        said = re.search(r"[^，,。！？!?；;\s]*去年[^，,。！？!?；;\s]*", title).group(0)
        return published - 1, (f"新闻标题说“{said}”，讲的是上一年的成绩，发布于 {published} 年{told}："
                               f"按所讲的一年，是 {published - 1} 年")
    # (an article, 其他, is dated by its page as news is: published is given only for them)
    # … and so is a lead telling its day by the day it is told (今天17日上午，…发布2019年…结果; 近日，…公布了2021年…):
    # the years it names are its subject's, the date row is when it is told
    told_now = _TOLD_WHEN.search(opening)
    first_year = next((m for m in (_YEAR.search(opening, credit.end() if credit else 0), _roc_year(opening, taiwan)) if m), None)
    if told_now and not (first_year and first_year.start() < told_now.start()) \
            and (present := _present_year(_arabic_years(full[:3000]))):
        # the lead tells time from the present (今年政府工作报告, 近日) and the text names the present year
        # (2024年是…关键一年，做好今年的各项工作): that year, whatever date the page shows or none
        return present[0], (f"{'新闻导语' if news else '正文开头'}说“{told_now.group(0)}”，正文说“{present[1]}”："
                            f"今年即 {present[0]} 年")
    this_year = told_now if published else None
    if this_year and not (first_year and first_year.start() < this_year.start()) and this_year.group(0).startswith("去") \
            and (last := _LAST_YEARS_LEAD.match(opening, this_year.start())) \
            and not _OUTDONE.search(opening[max(0, this_year.start() - 4):this_year.start()]) \
            and not _LATER_TIME_IN_CLAUSE.search(last.group(0) + re.split(r"[，,。！？!?；;]", opening[last.end():], 1)[0], 2):
        # a lead telling last year's results (去年，园区实现营业收入…; 去年营业额突破…): what it is about is the year before
        # the one it is told in, as a headline saying so is (the labellers' first reading on 5 pages of 5, session 34)
        what = "新闻导语" if news else "文章开头"
        return published - 1, (f"{what}说“{last.group(0)}”，讲的是上一年的成绩，发布于 {published} 年{told}："
                               f"按所讲的一年，是 {published - 1} 年{_passed_over(opening, len(opening))}")
    if this_year and not (first_year and first_year.start() < this_year.start()):
        # a news item speaks of 今年 (or 去年) before naming any year: it tells time from its date, the year it
        # was published (a year it names later is a comparison or the background: 比2022年同期增长, 較111年成長;
        # 去年…荣获2018年度…: the year it looks back on)
        what = "新闻导语" if news else "文章开头"
        return published, (f"{what}说“{this_year.group(0)}”（以发布日期计时），发布于 {published} 年{told}"
                           f"{_passed_over(opening, len(opening))}")
    # (a number in brackets inside a sentence cites another document: 经市政府批复同意(某政〔2011〕28号)设立)
    number = next((m for m in _DOC_NUMBER.finditer(opening) if opening[max(0, m.start() - 1):m.start()] not in ("(", "（")
                   # (…规划环评已获得批复，批复文号湘环评[2012]13号: an approval's number the sentence cites, another
                   # document's, as a number in brackets is)
                   and not _CITED_APPROVAL.search(opening, max(0, m.start() - 20), m.start())), None)
    if number:  # 津政办函〔2017〕103号: an official document's number carries the year it was issued
        return int(number.group(1)), f"正文开头的发文字号「{number.group(0)}」"
    # a year an event happened in (成立于2011年, 自2015年) is not the report's
    # (… but the date of the report's own inquiry is: 于2014年3月…进行调研; and the year a history starts
    # from is not: 1992年…应运而生。经过21年…)
    ym = next((m for m in _YEAR.finditer(opening) if not _IN_A_TITLE.search(opening[:m.start()])
               and not (credit and credit.start(1) == m.start(1))
               and not _background(body, m) and not _is_deadline(opening, m)
               and not _HORIZON.match(opening, m.end())), None)  # (…和2035年远景目标纲要: the horizon a plan aims at)
    founding_news = None
    if news and _FOUNDING_TOLD.search(title) and not _ANNIVERSARY_TOLD.search(title):
        # a news item about a founding itself (某工业园揭牌成立, 某经开区获批省级开发区: its headline tells the founding,
        # not an anniversary of it) is of the year it is told in: the opening's latest year of a founding is its year
        # (a lead taken for the title names a founding as news only by its day, 2023年5月12日，…揭牌成立; 2006年，…设立
        # is a history's)
        founded = [m for m in _YEAR.finditer(opening) if not _IN_A_TITLE.search(opening[:m.start()])
                   and _background(body, m) == _HISTORY[1] and not _is_deadline(opening, m)
                   # (某开发区1985年设立，…，目前土地开发基本完成: a founding its sentence sets against the present is history)
                   and not _NOW_AGAINST.search(re.split(r"[。！？；;!?\n]", body[m.start():], maxsplit=1)[0])
                   and (not from_lead or re.match(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日", opening[m.end():]))]
        latest = max(founded, key=lambda m: int(m.group(1))) if founded else None
        if latest and (not ym or int(latest.group(1)) > int(ym.group(1))):
            ym = founding_news = latest
    mm = _MASKED_YEAR.search(opening)
    if mm and (not ym or mm.start() < ym.start()):
        return None, f"正文开头的年份被隐去（「{mm.group(0)}」），不作猜测"
    # (a profile, 其他: a summary's or a plan's later dated lines are its next steps, 2024年1月…, not its figures)
    if doc_type in ("其他", "简报") and published is None and (history := next(
            (m for m in _YEAR.finditer(opening) if _background(body, m) in _HISTORY), None)) \
            and (not ym or history.start() < ym.start()):
        # a profile whose opening tells only its history (2004年初…開始組建，2004年10月正式開工建設，2006年…更名…):
        # the figures it goes on to state (截至2009年6月…) are as of its year
        if (stated := _latest_stated(body + _arabic_years(full[len(body):1500]), history, None, taiwan,
                                     _background(body, history))) and stated[0]:
            return stated
    if doc_type in ("其他", "简报") and published is None and ym and not news \
            and (chronicle := _chronicle(_western_years(_arabic_years(body[:800]), taiwan))):
        # an entry or a profile that opens on its history told year by year (1987年…设置…，1995年…开发完成，2002年…更名):
        # every year it names is the history's; the report's is only a year its figures are stated for, if any
        first = next(_YEAR.finditer(body))
        if (stated := _latest_stated(body + _arabic_years(full[len(body):1500]), first, None, taiwan,
                                     "沿革的起点")) and stated[0]:
            return stated
        return None, f"正文开头是一段按年份记述的沿革（{chronicle}）：这些年份都是历史，不是报告的年份"
    if (fiscal := _fiscal_year(opening)) and (not ym or fiscal[2] < ym.start()):
        return fiscal[0], f"正文开头的{fiscal[1]}"
    if (listed := _listed_over_years(opening)) and (not ym or listed[2] <= ym.start()):
        return listed[0], listed[1]
    if ym and (review := _plan_period_year(opening[:ym.start()])) and re.search(r"回顾|回顧|回首|末", review[1]) \
            and int(ym.group(1)) <= review[0]:
        # a plan that first looks back on a five-year period (一、回顾“十一五”…2005年10月，…挂牌成立…): the years it
        # tells are the period's and its history's, and the text is of the period's last
        return review[0], f"{review[1]}（正文开头的「{ym.group(0)}」是所回顾的）"
    if ym and published and published > int(ym.group(1)) and _SINCE.match(opening, ym.end()) \
            and not (first_year and first_year.start() < ym.start()):
        # 2013年以来，皋兰将荒山上建园区作为…: a span from that year to the present, and the present is when the page
        # was published
        return published, (f"正文开头的「{ym.group(0)}以来」是从那一年到现在；现在即发布之时，{published} 年{told}")
    if ym and _SINCE.match(opening, ym.end()):
        # (在2006年以来五次调查的基础上，于2022年组织开展了第六次…: a span from a year up to now names no year of the text;
        # a later year the same sentence tells something done in, no target's, is the now it reaches)
        sentence_end = re.search(r"[。！？；;!?\n]", opening[ym.end():])
        stop = ym.end() + sentence_end.start() if sentence_end else len(opening)
        later = next((m for m in _YEAR.finditer(opening, ym.end(), stop) if int(m.group(1)) > int(ym.group(1))
                      and not _TARGETED.search(opening[max(0, m.start() - 4):m.start()]) and not _is_deadline(opening, m)
                      and not _IN_A_TITLE.search(opening[:m.start()]) and not _HORIZON.match(opening, m.end())
                      and not _SINCE.match(opening, m.end())), None)
        if later is None and sentence_end:
            # (…特别是2009年、2010年以来，…取得了一定的成绩。截止到2011年底，…: the span reaches the next sentence's year,
            # the first that is no span, target or background of its own)
            later = next((m for m in _YEAR.finditer(opening, stop) if int(m.group(1)) > int(ym.group(1))
                          and not _TARGETED.search(opening[max(0, m.start() - 4):m.start()]) and not _is_deadline(opening, m)
                          and not _IN_A_TITLE.search(opening[:m.start()]) and not _HORIZON.match(opening, m.end())
                          and not _SINCE.match(opening, m.end()) and not _background(opening, m)), None)
        if later:
            ym = later
    if ym and (span := _COUNTED_OVER_SPAN.match(opening, ym.end())) and int(span.group(1)) > int(ym.group(1)) \
            and not _TARGETED.search(opening[max(0, ym.start() - 4):ym.start()]) and not _is_deadline(opening, ym) \
            and not _TO_COME.search(re.split(r"[。；;！？!?]", opening[span.end():], maxsplit=1)[0][:24]):
        # (在2010年至2013年8月共有3023个项目获批: a count over a span closed by a month, or said to be its total, is told
        # as of the span's end — the first year is where it starts; a plan's span, 2021年至2025年，园区将…, names neither)
        ym = next(_YEAR.finditer(opening, span.start(1)))
    if ym:
        year = int(ym.group(1))
        # (the figures a profile is stated for may come after its history, past the opening: read on)
        if (stated := _figures_stated_after_history(body + _arabic_years(full[len(body):1500]), ym, published, taiwan)):
            if stated[0] is None and (signed := _signed_year(full)) and not _MASKED_YEAR.search(full[-300:]):
                return signed[0], f"文末的成文日期「{signed[1]}」（{stated[1]}）"
            return stated
        if news and (later := _next_year_of_news(year, title, _arabic_years(full[:1500]), published)):
            return later[0], (f"正文开头的年份「{ym.group(0)}」" + ("：" if later[0] == year else "是回顾的一年；")) + later[1]
        if ym is founding_news:
            return year, f"正文开头的年份「{ym.group(0)}」（标题讲的就是这次成立或获批）{_passed_over(body, ym.start())}"
        return year, f"正文开头的年份「{ym.group(0)}」{_passed_over(body, ym.start())}"
    for where, text in (("标题", title), ("正文开头", opening)):
        if roc := _roc_year(text, taiwan, body if where == "正文开头" else None):
            year = int(roc.group(1)) + 1911
            said = f"{where}中的民国纪年「{written[where][roc.start():roc.end()]}」（即 {year} 年）"
            if taiwan and not re.match(r"(?:中華民國|中华民国|民國|民国)|1\d\d", roc.group(0)) or \
                    taiwan and not _TRADITIONAL_ONLY.search(text) and not text.startswith("度", roc.end()):
                # (a bare two-digit year, or a three-digit one in Simplified script: read so because the page is Taiwan's)
                said += f"（页面是台湾的：「{taiwan}」）"
            # (a release of 113年's results that forecasts 114年 is 2025's news, as with 2025年 and 2026年)
            western = _western_years(_arabic_years(full[:1500]), taiwan) if news else ""
            if western and (later := _next_year_of_news(year, title, western, published)):
                return later[0], f"{said}{'：' if later[0] == year else '是回顾的一年；'}{later[1]}（民国纪年换算为公元）"
            return year, said
    if (frame := _body_frame(title, _arabic_years(full[:3000]), published)):
        return frame
    if (signed := _signed_year(full)) and not _MASKED_YEAR.search(full[-300:]):
        return signed[0], f"文末的成文日期「{signed[1]}」（标题和正文开头都没有年份）"
    if published:
        what = "新闻" if news else "网页"
        return published, (f"{what}的发布日期在 {published} 年{told}（标题和正文开头都没有年份）"
                           f"{_passed_over(opening, len(opening))}")
    if (issued := _PLAN_ISSUED.search(opening)) and int(issued.group(2)) - int(issued.group(1)) <= 4:
        # 近日，某区印发《某园区三年行动计划(2023年—2025年)》: the news of a short plan issued, dated nowhere else, is of the
        # plan's first year, as a plan titled by its period is (a long-range plan's, 2016—2025年, says nothing of when)
        return int(issued.group(1)), f"正文开头说印发的计划「{issued.group(0)}」：计划从 {issued.group(1)} 年开始，即 {issued.group(1)} 年"
    # (read through the text, not only its opening: an economic bulletin tells the months first, then the stock
    # against the last year-end: 1至9月，…。截至9月，市场主体…较2023年末净增…)
    stock = title + "\n" + _arabic_years(full[:2000])
    if (base := _BASELINE.search(stock)) and _SO_FAR.search(stock[:base.start()]):
        # 今年以来…较2023年末净增: statistics compare a period with the year before it
        year = int(base.group(1)) + 1
        return year, f"正文与上一年比较「{base.group(0)}」：所述的是其后一年，即 {year} 年"
    if (dated := _title_period_dated(title, _arabic_years(full[:4000]))):
        return dated
    if (same := _same_period_year(title + "\n" + body)):
        return same
    if (own_anniversary := _anniversary_of_founding(title + "\n" + body, _arabic_years(full[:1500]))):
        return own_anniversary
    if (counted := _history_counted(_arabic_years(title + "\n" + body[:3000]))):
        return counted
    if (period := _plan_period_year(title + "\n" + _arabic_years(full[:1500]))):
        return period
    for where, text in (("标题", title), ("正文开头", opening)):
        if (anniversary := _ANNIVERSARY.search(text)):
            year = _ANNIVERSARY_BASE[anniversary.group(1)] + int(anniversary.group(2))
            return year, f"{where}说“{anniversary.group(0)}”（即 {year} 年）"
    # (read as far as a news item's other later clues are, past the opening's 400 characters: 第二期…预计明(110)年7月完工)
    # (本(99)年, 今(114)年 name the present in any text; 去/明 tell it by the year before or after, a news item's way)
    named = next((m for m in _NAMED_THIS_YEAR.finditer(_arabic_years(full[:1500]))
                  if news or (m.group("rel") or m.group("rel2")) in ("今", "本")), None)
    if named:  # 截至今(一一四)年五月底: a news item names "this year" further on
        year = int((named.group(2) or named.group(4)).translate(_CN_DIGIT))
        year = year + 1911 if year < 1000 else year
        rel = named.group("rel") or named.group("rel2")  # (去年(2012年): the Western year glossed, as 去(101)年 is)
        if rel == "去" and re.match(_RESULTS_FOLLOW, _arabic_years(full[:1500])[named.end():]) \
                and not re.search(r"[较較比与與同]\s*$", _arabic_years(full[:1500])[:named.start()]):
            # (去(110)年營業額突破…: last year's results, told in 111 — the year they are about, as 去年 in a headline)
            return year, f"新闻中写明“{named.group(0)}”（即 {year} 年），讲的是那一年的成绩：按所讲的一年，是 {year} 年"
        if rel in ("去", "明"):  # (去(110)年: told in 111)
            said = year
            year = said + 1 if rel == "去" else said - 1
            return year, f"新闻中写明“{named.group(0)}”（即 {said} 年）：这是 {year} 年的新闻"
        return year, f"{'新闻' if news else '正文'}中写明“{named.group(0)}”（即 {year} 年）"
    if news and published is None and (today := _HELD_TODAY.search(_western_years(_arabic_years(full[:1500]), taiwan))) \
            and not _background(today.string, today):
        # 今（19日）舉行「114年招商成果發表會」: an event held today named with its year
        said = _as_written(today.group(0), _arabic_years(full[:1500]))
        return int(today.group(1)), f"新闻说今天举行的事“{said}…”：即 {today.group(1)} 年"
    if news and published is None and (event := _EVENT_NAMED_YEAR.search(_arabic_years(full[:600]))):
        # 在2023成都经开区…签约仪式上: a news item telling of an event named with its year, dated nowhere else — that year's
        return int(event.group(1)), f"新闻所讲的活动以年份命名「{event.group(1)}{event.group(2)}」：即 {event.group(1)} 年"
    if news and published is None and re.search(r"今年|今\s*[(（]", opening) \
            and (part := _part_of_this_year(western := _western_years(_arabic_years(full[:1500]), taiwan))):
        # 今年…, and further on 2020年第一季… / 109年度年终记者会: a news item without a date that says 今年 names
        # the year it is in by a part of it
        said = _as_written(part.group(0).strip(), _arabic_years(full[:1500]))
        return int(part.group(1)), (f"新闻说“今年”，又写明「{said}」：即 {part.group(1)} 年"
                                    f"{_passed_over(opening, len(opening))}")
    # a report's results further on (2020年全年工业园区实现…) are of its own period; a news item's are of a period
    # it looks back on, told that year or later, so they date it only when it tells it turned the year since
    # (新年伊始…2017年，招商一局共签约…: 2018)
    if doc_type == "其他" and (review := _review_year(_arabic_years(full))):
        # an article or a yearbook with no date of its own that looks back on a year (回顾2016年，…; 走过不平凡的
        # 2022年): the year it reviews
        return int(review.group(1)), (f"标题和正文开头没有年份；正文回顾「{review.group(0)}」：即 {review.group(1)} 年"
                                      f"{_passed_over(opening, len(opening))}")
    # (a plan's 预计 is the year before the one it plans, 2023年预计完成…，2024年力争…: not a plan's year)
    if doc_type != "工作计划" and (forecast := _forecast_year(_arabic_years(full[:3000]))):
        return forecast
    if (news or doc_type in _REPORTING or doc_type == "其他") and (results := _results_year(_arabic_years(full))):
        year = int(results.group(1))
        if doc_type == "其他":  # (an undated profile: as of the latest figures it states, 2018年园区…累计产值…)
            return year, (f"标题和正文开头没有年份，也没有发布日期；正文所述最晚的成绩是「{results.group(0)[:24]}…」的，"
                          f"即 {year} 年{_passed_over(opening, len(opening))}")
        if doc_type in _REPORTING:
            return year, (f"标题和正文开头没有年份；正文讲的是「{results.group(0)[:24]}…」的成绩，即 {year} 年"
                          f"{_passed_over(opening, len(opening))}")
        if (turn := _NEW_YEAR.search(opening) or _NEW_YEAR.search(_arabic_years(full[:1500]), results.end())):
            return year + 1, (f"新闻说“{turn.group(0).strip('，,。；')}”，讲的是「{results.group(1)}年」的成绩："
                              f"这是 {year + 1} 年的新闻")
    if news and (deploys := _DEPLOYS_YEAR.search(_arabic_years(full[:1500]))) and not _LATE_MONTH.search(title + "\n" + full[:120]):
        # 全面谋划2017年工作: a news item that deploys a year's work, naming no other year, is told as that year opens
        return int(deploys.group(1)), f"新闻部署「{deploys.group(0)}」，没有别的年份：即 {deploys.group(1)} 年"
    if news and published is None and not _NAMES_THE_PRESENT.search(full[:3000]) \
            and (latest := _latest_year_told(_western_years(_arabic_years(full[:3000]), taiwan))) \
            and not _HEARD_OR_REVIEWED.match(latest.string, latest.end()):
        # a news item dated nowhere (no year up top, no date row, no date at its end) that tells, further on, of a year
        # its events or results belong to (2016年，该园区项目获…支持; 据统计，2011年…创历史新高): told that
        # year or after it, and about it — the latest such year, as a person filing it would (a target, a founding, a
        # history's start, a comparison are no time of its own; with no year at all it stays unknown). Not when it also
        # speaks of 今年 (the present named apart from the year: 2023年…完成…，部署今年工作 is told later, when is not
        # said), nor when the year is one a report or a review is heard of (听取2023年…情况汇报: told after it)
        return int(latest.group(1)), (f"标题、正文开头和网页都没有日期；新闻所述最晚的年份是「{latest.group(0)}」"
                                      f"（{_context(latest)}）：即 {latest.group(1)} 年{_passed_over(opening, len(opening))}")
    if (past := _passed_over(opening, len(opening))):
        return None, f"标题和正文开头都没有报告的年份{past}"
    return None, "标题和正文开头都没有年份"


# a text naming its present apart from any year (今年, 本年, 今(114)年)
_NAMES_THE_PRESENT = re.compile(r"今年|本年|今\s*[(（]\s*[\d一二三四五六七八九〇零○]{2,4}\s*[)）]\s*年")
# what follows a year a report or a review is of (2023年经济社会发展情况汇报, 2022年工作总结, 2021年度表彰)
_HEARD_OR_REVIEWED = re.compile(r"\s*年?度?[^。，,；;！？\n]{0,12}?(?:汇报|匯報|总结|總結|回顾|回顧|工作报告|工作報告|表彰|述职|述職)")


# where a sentence's time frame stands: at its start, or opening what someone said or what was counted (…表示，2018年以来，;
# 据统计，2011年…; 统计数字显示，2012年前11个月…: what the figures show, as a statistics office's or a reporter's source)
# (…or the cut-off its sentence's figures stand at, 截至2011年8月底，…達68家: the time of the stock it states)
# … or after the day a news sentence opens on, naming its event with the event's year (3月2日上午，2020年某市春季重点项目
# 集中开工活动在某区举行; 5月19日，2023“某某行”采访团来到…): the day's year
_FRAME_START = re.compile(r"(?:^|[。！？；;!?\n]|(?:据统计|據統計|据悉|據悉|据了解|據了解|表示|指出|介绍|介紹|说|說|显示|顯示|表明)[，,:：]|"
                          rf"{_MD}\s*月\s*{_MD}\s*[日号]\s*(?:上午|下午|中午|晚上|晚间|晚間|晚)?\s*[，,])"
                          r"\s*[“「]?\s*(?:截至|截止|至于|至於)?\s*$")  # (“至于2024年，截至第二季度…: as for that year, a frame)
# a sentence that sets its year against the present (1960年全国共编定61个工业区，此次更新计划…): the year is history
_NOW_AGAINST = re.compile(r"此次|这次|這次|本次|如今|目前|现在|現在|至今")
# a clause telling a founding or a designation (1986年全省共设立20个工业区, 1960年全国共编定61个工业区): history
_FOUNDING_CLAUSE = re.compile(r"[^，,。；;！？\n]{0,16}?(?:成立|設立|设立|编定|編定|建成|获批|獲批|批准设立|批准設立|批準設立|核准设立|核准設立|核準設立|始建|开园|開園|建区|建區)")


def _latest_year_told(text: str) -> re.Match | None:
    """The latest year a text tells of as its events' or results' time, past its opening: a sentence's time frame
    (2016年，该园区…; 据统计，2011年…), never a span to a now it does not say (2016年以来，…), a year inside a clause (陆续于2019年及2021年取得…,
    其中2018年到2023年…: a company's history, a period), in a quoted title, a span's end or start (2021-2025年), a
    horizon, a target (力争2025年…, 到2025年), a year a thing is expected by, the background (a founding, a history's
    start, what is compared with, an assessment's year; a clause founding or designating, 1986年全省共设立20个工业区),
    nor one its sentence sets against the present (此次, 目前)."""
    found = [m for m in _YEAR.finditer(text) if _FRAME_START.search(text[max(0, m.start() - 12):m.start()])
             and not _NOW_AGAINST.search(re.split(r"[。！？；;!?\n]", text[m.start():], maxsplit=1)[0])
             and not _FOUNDING_CLAUSE.match(text, m.end())
             and not re.match(r"\s*(?:以来|以來)", text[m.end():m.end() + 4])  # (2016年以来，…: a span to an unsaid now)
             and not _IN_A_TITLE.search(text[:m.start()])
             and not _SPAN_END.search(text[:m.start()]) and not _SPAN_START.match(text, m.end(1))
             and not _HORIZON.match(text, m.end())
             # (2017年，某产业园将建成…: the year's clause says what will be done in it, a plan's time, told before it)
             and not _WILL_IN_CLAUSE.search(_FRAMED_CLAUSE.match(text, m.end()).group(0))
             # (截至2011年8月底，…達68家: the cut-off a stock stands at, reached already, is no target's 至; 截至2030年，将… is)
             and (not _TARGETED.search(text[max(0, m.start() - 4):m.start()])
                  or re.search(r"(?:截至|截止)\s*$", text[max(0, m.start() - 4):m.start()]) and not _WILL_AFTER.match(text, m.end()))
             and not _background(text, m)
             # (2005年、2007年，甲、乙先后被确定为…: years listed together tell when things happened in turn, a
             # history, never the one time the text is about)
             and not _YEARS_LISTED_AFTER.match(text, m.end()) and not _YEARS_LISTED_BEFORE.search(text[:m.start()])]
    return max(found, key=lambda m: int(m.group(1))) if found else None


# the clause a year frames: the rest of its time (年底, 3月) and, after a comma, the clause it is the time of
_FRAMED_CLAUSE = re.compile(r"[^，,。；;！？!?\n]{0,8}[，,]?[^，,。；;！？!?\n]*")
_YEARS_LISTED_AFTER = re.compile(r"\s*[、和及与與]\s*(?:19|20)\d{2}\s*年")
_YEARS_LISTED_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年\s*[、和及与與]\s*$")


def _context(m: re.Match) -> str:
    """The words around a year as the evidence quotes them: its sentence's part from the year on, cut short."""
    return re.split(r"[。！？；;\n]", m.string[m.start():])[0][:24] + "…"


# ------------------------------------------------------------ doc type, period

# the first part heading of a text that starts inside a document (二、…, 三、…: a numbered level-1 heading on its own line)
_PART_HEADING = re.compile(r"^\s*[二三四五六七八九十][、.．]\s*([^\n。，,；;]{2,24})$", re.M)
# … naming the next period's plan (2020年工作打算, 下一步工作计划, 明年工作思路, 重点工作) or a period's review (工作完成情况, 工作回顾)
_PLAN_PART = re.compile(r"(?:计划|計劃|計畫|打算|思路|安排|要点|要點|重点工作|重點工作|重点任务|重點任務|工作目标|工作目標|主要目标|主要目標)$")
_REVIEW_PART = re.compile(r"(?:工作总结|工作總結|工作回顾|工作回顧|完成情况|完成情況|开展情况|開展情況|主要成效|主要成绩|主要成績|工作成效)$")


# a part named for one year's work (关于2019年工作, 2019年度主要工作, 今年以来的工作) and the results a review tells under it
_YEARS_WORK_PART = re.compile(r"(?:关于|關於)?(?:(?:19|20)\d{2}\s*年度?|今年|本年度?|上半年|今年以来|今年以來)的?(?:主要)?工作")
_RESULTS_TOLD = re.compile(r"同比(?:增长|增長|下降|减少|減少)|比上年|(?:完成|实现|實現)[^，,。；;]{0,12}?\d")


# (type, the words that name it); 讲话 first: "在…总结表彰大会上的讲话" is a speech
_TYPE_WORDS = [
    # (a host's script, 主持词 / 主持人用语 / 主持稿, and a greeting, 贺词 / 献词 / 欢迎辞, are spoken to an audience too)
    ("讲话", re.compile(r"讲话|講話|致辞|致辭|致词|致詞|发言(?!人)|發言(?!人)|主持词|主持詞|主持人用语|主持人用語|主持稿|感言|讲稿|講稿|"
                      r"演讲|演講|贺词|賀詞|献词|獻詞|欢迎辞|歡迎辭|欢迎词|歡迎詞|答谢词|答謝詞|发布词|發布詞|發佈詞")),
    # …工作总结和2008年工作安排报告: a report on the year's work and the next year's plan
    # a leader's or an office's account of how it did its duty (述职报告, 述职述廉报告, 年度述职): a review of the work
    # done — the study sets' labellers typed both they met 工作总结 (工作汇报 the other reading; session 32), none 工作报告
    ("工作总结", re.compile(r"述职|述職")),
    ("工作报告", re.compile(r"政府工作报告|政府工作報告|工作报告|工作報告|"
                        # (总结报告, 年终总结报告: the summary's own form, a 总结 — the 报告 heads only a joined title)
                        r"(?<=安排|计划|計劃|計畫|思路)(?:报告|報告)$|"
                        # a report on how a class of parks developed or ran over a year (2019年某省经济开发区经济发展报告,
                        # 园区运营报告), written for the public as an annual analysis (a research or feasibility study,
                        # 研究报告, stays a study; a national survey's report, 调查报告, stays 其他: tests/test_reading_types.py)
                        r"(?:发展|發展|运行|運行|运营|運營|营运|營運)(?:的)?(?:报告|報告)$|"
                        # a statistics bulletin (某区2011年国民经济和社会发展统计公报): the year's figures a place or a zone
                        # reports to the public by its statistics office, as docs/labelling.md types it
                        r"(?:统计公报|統計公報|统计公告|統計公告)$")),
    # a report on a study, a visit or an inspection (调研报告, 考察报告, 自查报告, and the unit's assessment of its own work,
    # 自评估报告, as 自查 is its inspection of it) and on how something stands (情况报告,
    # 关于…工作情况的报告, 运行情况报告), written to the leadership: 汇报工作、反映情况 — a 工作汇报, as docs/labelling.md
    # types a 情况报告 and as the blind sets' labellers typed all six they met (decided in session 29; a report on how
    # a plan or a budget was carried out, 计划执行情况的报告, goes to a congress: 工作报告, below)
    # (and a unit's investigation of how something stands, 企业用工情况调查报告, 某街道工业园区建设调查报告, as a study's:
    # the labellers typed the two they met 工作汇报; a survey of a whole country's or province's parks, 第六次全国物流园区调查
    # 报告, is a publication, 其他 — the labellers' other reading of both they met — as the house has typed it since session 6)
    ("工作汇报", re.compile(r"^(?!.*(?:全国|全國|全省|第[一二三四五六七八九十\d]{1,3}次)).*(?:调查|調查)(?:的)?(?:报告|報告)$|"
                        r"(?:调研|調研|考察|视察|視察|自查|督查|专题|專題|自评|自評|自评估|自評估|自我评估|自我評估|"
                        r"自评价|自評價)(?:的)?(?:报告|報告)$|"
                        r"(?<!执行|執行)(?:情况|情況)的?(?:报告|報告)$|"
                        # (…发展情况解说词: the script read to visiting leaders on a tour of how things stand, a 汇报 spoken
                        # on the way, as the blind labellers typed it)
                        r"(?:情况|情況)(?:解说词|解說詞)$")),
    # the 报告 of official documents titled 发文机关 + 关于 + 事由 + 的报告 (GB/T 9704): whatever its 事由 names
    # (…计划执行情况与…计划草案的报告, 关于2020年财政决算的报告, 社会发展计划草案报告), the genre is the 报告 that
    # heads it, written to a superior body or a congress — never a technical report (可行性研究, 环境影响评价,
    # 评估, 检测, 审计) nor a headline telling that one was heard (听取…的报告)
    ("工作报告", re.compile(r"^(?!.*(?:可行性|环境影响|環境影響|环评|環評|评估|評估|评价|評價|检测|檢測|监测|監測|审计|審計|"
                        r"研究|鉴定|鑑定|听取|聽取|审议|審議|召开|召開|举行|舉行|调研|調研|视察|視察|检查|檢查|督查|了解))"
                        # (…工作情况的报告 reports how the work stands: a 工作汇报, above — unless it is a plan's execution)
                        r"(?!.*(?<!执行|執行)(?:情况|情況)的?(?:报告|報告)$).*"
                        r"(?:(?:的|草案[)）]?|决算|決算|预算|預算)(?:报告|報告)|"
                        # …国民经济和社会发展计划执行情况, …预算执行情况: the statutory report to a congress (监督法, 预算法)
                        # on how the year's plan or budget was carried out, its 报告 left out of a short title
                        r"(?:计划|計劃|预算|預算)(?:的)?(?:执行|執行)(?:情况|情況))$")),
    ("工作汇报", re.compile(r"(?:汇报|匯報|彙報)(?![会會])")),  # 汇报会 is a meeting (彙報: the variant Traditional pages write)
    ("工作总结", re.compile(r"(?:总结|總結)(?![会會]|大[会會]|汇报会|匯報會|彙報會|表彰)")),  # 总结汇报会, 总结表彰大会: meetings
    ("工作计划", re.compile(r"计划(?!生育)|計劃(?!生育)|計畫|打算|要点|要點|工作安排|工作思路|重点工作|重點工作|工作方案|"
                        # a development plan for a period (某开发区“十四五”发展规划, 产业发展规划(2021-2025年), 规划纲要):
                        # a plan, as the blind labellers typed all five they met (session 29; a unit's 工作规划 for a year
                        # is its work plan, session 43: 1 labelled page; a plan's map, 规划图, an
                        # assessment of one, 规划环评, news of one, …规划获批, end otherwise, and a headline whose
                        # subject supports or follows a plan, 某公司支持政府…整体规划, names none of its own, nor a headline
                        # of clauses, 山东公布…名单，附…产业规划)
                        r"^[^，,!！?？:：]*?(?<!支持|配合|参与|參與|编制|編制|落实|落實|对接|對接|围绕|圍繞|服务|服務|按照|依据|依據)"
                        r"(?:发展|發展|产业|產業|总体|總體|建设|建設|国土空间|國土空間|五年|工作|[十][一二三四五六七八九]五[”\"」]?(?:期间|期間)?)"
                        # (the period may stand between the plan and its 纲要: 规划(2016—2020年)纲要)
                        r"(?:规划|規劃)(?:\s*[(（][^()（）]{4,24}[)）]\s*(?=纲要|綱要))?(?:纲要|綱要)?\s*(?:[(（][^()（）]{4,24}[)）])?$|"
                        # (…五年规划和2035年远景目标纲要: the plan and its long-range goals, one document)
                        r"(?:五年规划|五年規劃)和(?:19|20)\d{2}年远景目标纲要$|(?:五年规划|五年規劃)和(?:19|20)\d{2}年遠景目標綱要$|"
                        # a year's targets as a title names them (2024年主要目标任务, 经开区发展预期目标): a plan,
                        # unless the title tells what was done to them (超额完成年度目标任务, 下达…目标任务: news)
                        r"^(?!.*(?:完成|实现|實現|超额|超額|下达|下達|分解|确定|確定|明确|明確|锚定|錨定|紧盯|緊盯|聚焦|围绕|圍繞|"
                        r"对标|對標|冲刺|衝刺|落实|落實|召开|召開|举行|舉行|部署|签订|簽訂|考核|通报|通報|公布|发布|發布)).*?"
                        r"(?:目标任务|目標任務|主要目标|主要目標|预期目标|預期目標|工作目标|工作目標|发展目标|發展目標|"
                        r"重点任务|重點任務|任务清单|任務清單)$")),
    ("简报", re.compile(r"简报|簡報|"
                      # a period's figures of how a park's firms did, as its administration releases them (某园区98年7-8月
                      # 厂商营业额及营运概况, 113年上半年营运概况): an information item, as the house gold types them (g01,
                      # p17_02), no profile
                      r"(?:\d\s*月|季度?|[上下]半年|全年|年度)[^，,。：:]{0,14}?(?:营运|營運|运营|運營|营业额|營業額|营收|營收)"
                      r"[^，,。：:]{0,6}?(?:概况|概況|简况|簡況)$")),
]
_JOINED = re.compile(r"^(?:\d{0,4}[年度]*)?(?:及|和|暨|与|與|并|並|以及)")
# an analysis of a period's state (经济运行情况分析, 1-9月统计分析, 形势分析): written to the leadership on how the
# economy went, its problems and the measures, a statistics office's 报告 of the period, as its bulletin is (a unit's
# report on a study or on how its work stands, 调研报告 / 情况报告, is its 工作汇报); 分析 is no genre word of GB/T 9704, so the text saying what it is (汇报如下) decides first (a 分析会, a meeting, ends
# no title here: the word must end it)
_ANALYSIS = re.compile(r"(?:运行|運行|统计|統計|形势|形勢|情况|情況|数据|數據|指标|指標)(?:的)?分析(?:报告|報告)?$")
# how a statistics office writes up a period's figures (统计分析, 经济运行情况): by the conventions of statistical
# writing — growth at comparable prices (按可比价计算), a unit given once for what follows (（下同）), a two-year average,
# the rate against the previous cumulative period (比1-9月回落1.6个百分点). What a part pulled the whole's growth by
# (拉动全区规上工业增长20.3个百分点) is no such convention: news of a period's figures and a park's profile write it as
# often (study sets: the three pages typed a statistics analysis on it alone, of three hosts, were all labelled 简报,
# and each of the four the labellers typed 工作报告 showed a convention above or a bulletin's mark)
_STATISTICAL_CONVENTION = re.compile(r"按可比价(?:格)?计算|按可比價(?:格)?計算|[(（]\s*下同\s*[)）]|两年平均增长|兩年平均增長|"
                                     r"按不变价(?:格)?计算|按不變價(?:格)?計算|"  # (constant prices: the national accounts' term for the same)
                                     r"比上月(?:止)?累计|比上月(?:止)?累計|(?:比|较|較)\s*1\s*[-—~～至]\s*\d{1,2}\s*月份?(?:增速|增幅)?了?"
                                     r"(?:回落|提高|提升|加快|收窄|扩大|擴大|放缓|放緩)")
_GROWTH_FIGURE = re.compile(r"(?:增长|增長|下降|回落|提高|收窄|扩大|擴大)\s*-?\d+(?:\.\d+)?\s*(?:%|％|个百分点|個百分點|倍)")


# how a statistics office's bulletin (统计公报) is written: its figures are preliminary accounts (初步核算, 初步测算)
# and its first part is 一、综合, the economy as a whole, before one part per sector (农业, 工业, 投资…) — the form
# the statistics offices print every year; a place's bulletin may say 我县 / 我市 of itself
_BULLETIN_PARTS = re.compile(r"^[一1][、.．]\s*(?:综合|綜合)\s*$", re.M)
_BULLETIN_MARK = re.compile(r"初步核算|初步测算|初步測算|初步统计|初步統計|" + _BULLETIN_PARTS.pattern, re.M)


# the leadership a unit's own account credits its work to (在市委、市政府的坚强领导下): a summary's or its news's words
_LED_BY = re.compile(r"在[^。！？\n]{2,40}(?:的)?(?:坚强|堅強|正确|正確|有力)(?:领导|領導)下")


# a unit's line of work, how a summary or its news opens (深入贯彻, 贯彻落实, 坚持以…为, 紧紧围绕, 以…为统领)
_POLICY_LINE = re.compile(r"深入贯彻|深入貫徹|贯彻落实|貫徹落實|坚持以|堅持以|紧紧围绕|緊緊圍繞|为统领|為統領|为引领|為引領")


def _statistics_release(body: str) -> str | None:
    """Why a text is a statistics office's analysis of a period (统计分析: the economy's figures, indicator by
    indicator, written by statistical conventions) or its bulletin (统计公报), or None. It reports the period's figures
    upward and to the public (工作报告, as an analysis titled so is); a park's summary speaks as 我们 / 我区
    of its work, a news item credits its source."""
    head = body[:2000]
    convention = _STATISTICAL_CONVENTION.search(head) or (bulletin := _BULLETIN_MARK.search(head))
    if not convention or len(_GROWTH_FIGURE.findall(head)) < 5 or _news_credit(body):
        return None
    if _FIRST_PERSON.search(head[:800]) and not _BULLETIN_MARK.search(head):
        return None
    # (a bulletin built in the statistics offices' parts, 一、综合 first, is one whatever its preamble says: a district's
    # opens on the year's character and its leadership, 2011年，是…开局之年，全区上下在区委、区政府的坚强领导下，…)
    parts = _BULLETIN_PARTS.search(head)
    if _LED_BY.search(head[:300]) and not parts:
        return None  # (在市委、市政府的坚强领导下，园区党工委…团结带领…: how a unit's summary or news of its work opens, a
        # statistics office writes no one's leadership)
    if _POLICY_LINE.search(head[:300]) and not parts:
        return None  # (今年以来，某新区深入贯彻…部署 / 坚持以…为统领: a unit's line of work, as its summary or the news of it
        # opens; a statistics office states the figures, it follows no line — every page typed so by the body alone on
        # the blind sets was labelled news or a profile)
    if DATED_EVENT.match(body.lstrip()) or re.search(r"据悉|據悉|据了解|據了解|记者从|記者從|记者获悉|記者獲悉", head[:1000]):
        return None  # (7月26日，某区经济“半年报”出炉 / …据悉，上半年…: news of the figures, dated by its day or told by what
        # was learnt — a statistics office's analysis names no day it is told on and learns from no one)
    return (f"正文逐项列出各项经济指标的增减（{len(_GROWTH_FIGURE.findall(head))} 处），并按统计行文惯例写“{convention.group(0)}”："
            "这是统计部门分析经济运行情况的统计分析，属向上反映情况的报告")


# a headline telling what a body carried out (园区管委会开展安全生产宣传活动, 经开区深入推进“安全生产月”活动), or naming
# the body before a colon and then what it did (开发区：严抓落实，确保峰会期间安全生产): how an information item (政务信息)
# is titled; a document is titled by its matter and genre (…活动方案, …活动总结 carry their genre word and are typed by it)
_ACTION_HEADLINE = re.compile(r"(?:开展|開展|组织|組織|推进|推進|举办|舉辦|参加|參加|掀起|深化|扎实开展|紮實開展)[^，,。：:]{0,20}"
                              r"(?:活动|活動|行动|行動|培训|培訓|演练|演練|宣传|宣傳|排查|整治|竞赛|競賽)$|"
                              r"^[^\s，,。：:；;“”《》]{2,12}[：:]\s*[^：:]{6,}$")
# the unit a headline opens with: a park (its name ends in a park word) or an organ of one
_HEADLINE_SUBJECT = re.compile(rf"^[^，,。：:\s“”《》]{{0,12}}?(?:{PARK_WORD_RE.pattern}|管委会|管委會|党工委|黨工委|管理局|管理处|管理處|"
                               r"委员会|委員會|政府|局|中心)")  # (…or a government body: 县经科局, 市政府, 服务中心)
# … or a place, as a headline names the county or city whose news it tells (濰坊市奎文區…, 2011年景德镇…: the year it
# is told of first), each level of its name two characters or more before its level word (城市 is no place)
def _place_opening(levels: str) -> re.Pattern:
    """A line opening on a place's name, each level of it two characters or more before its level word (``levels``),
    perhaps after the year it is told of; 城市 is no place and …市场, …区委, …县长 are no place's name."""
    return re.compile(rf"^(?:(?:19|20)\d{{2}}\s*年)?(?:[{CJK}]{{2,6}}?(?:{levels})){{1,3}}(?![{CJK}]?(?:场|場|委|长|長|民))")


_PLACE_SUBJECT = _place_opening("省|市|县|縣|区|區|镇|鎮|旗")
# a line opening on a province's, a city's or a county's name (四川巴中市…, 某某县…): never 区, as a park's own name ends
_CITY_OPENING = _place_opening("省|市|县|縣|州")
_ORGAN_AFTER = re.compile(r"(?:区|區)?(?:管委会|管委會|管理委员会|管理委員會|党工委|黨工委|管理局|管理处|管理處)?")
# the head nouns that make a title a noun phrase naming a document or an account of something (制度, 办法, 规划, 名单,
# 情况, 介绍, 概况, 回顾, 纪实…): what such a title is, whatever verb modifies it
_NOUN_PHRASE_HEAD = re.compile(r"(?:制度|办法|辦法|细则|細則|规则|規則|规划|規劃|方案|名单|名單|清单|清單|目录|目錄|指南|标准|標準|"
                               r"体系|體系|情况|情況|情形|介绍|介紹|简介|簡介|概况|概況|回顾|回顧|纪实|紀實|汇编|彙編|条例|條例|"
                               r"意见|意見|要求|措施|办法|机制|機制|报告|報告|材料|提纲|提綱|通报|通報|公报|公報|快报|快報|"
                               # (…党建工作开展情况汇报: a genre compound, 情况汇报 / 工作总结, heads the title as 报告 does)
                               r"(?:情况|情況|工作)(?:汇报|匯報|彙報|总结|總結))$")
# the parts of speech a predicate opens with (the segmenter's tags): a verb, an adverb, a preposition (为企业…)
_PREDICATE_TAGS = ("v", "vd", "d", "ad", "p", "vg")


# a part of a year as a title names it without the year (1~4月经济运行分析, 上半年工作总结, 一季度): the months or the half
_PERIOD_OF_A_YEAR = re.compile(r"(?:\d{1,2}\s*(?:月份?)?\s*[~～\-—－至到]\s*\d{1,2}\s*月份?|[上下]半年|第?[一二三四1-4]季度|前三季度)")


def _title_period_dated(title: str, text: str) -> tuple[int, str] | None:
    """The year a title's period of months is of, where the title gives no year and the text writes the same months
    with their year (高新区1~4月经济运行分析 / …项目库2024年1~4月在库2个): the period is that year's."""
    if _YEAR.search(title) or not (period := _PERIOD_OF_A_YEAR.search(title)):
        return None
    months = re.sub(r"\s|份", "", period.group(0))
    for m in _YEAR.finditer(text):
        after = re.sub(r"\s|份", "", text[m.end():m.end() + len(period.group(0)) + 4])
        if after.startswith(re.sub(r"^第", "", months)) or after.startswith(months):
            return int(m.group(1)), f"标题的时段「{period.group(0)}」没有年份，正文写明「{m.group(0)}{period.group(0)}」：即 {m.group(1)} 年"
    return None


def _inside_brackets(text: str) -> bool:
    """Whether ``text`` leaves a bracket or a quotation mark open (关于《某某，某某》的…: the comma is a quoted name's)."""
    return any(text.count(o) > text.count(c) for o, c in ("（）", "()", "《》", "“”", "「」"))


def _predicate_headline(title: str, adverb_first: bool = False) -> str | None:
    """Why a title is an information item's headline, or None: it is a sentence — a unit (某经开区, 某园区管委会) and
    then its predicate (加快推进…, 持续强化…, 为企业送政策上门) — where a document's title is a noun phrase of its matter
    and genre (GB/T 9704: 事由 + 文种; …招商引资工作, …2023年度工作 name a matter). The predicate is told by the
    segmenter's part of speech of the word after the unit; 关于 opens a document's matter, not a predicate."""
    subject = _HEADLINE_SUBJECT.match(title) or _PLACE_SUBJECT.match(title)
    if not subject and (comma := re.search(r"[，,](?!\d)", title)) and not _inside_brackets(title[:comma.start()]):
        # (东扩西拓北延，某某工业园区稳步扩张: a slogan, then the unit and its predicate — a headline's second clause states
        # it; a document's title is one noun phrase, with no comma)
        part = title[comma.end():].strip()
        said = _predicate_headline(part, adverb_first)
        return said and said.replace(f"标题「{part}」", f"标题「{title}」的后一分句「{part}」", 1)
    end = _ORGAN_AFTER.match(title, subject.end()).end() if subject else 0  # (工业园 + 区, 某园区 + 管委会: one unit)
    rest = title[end:] if subject else ""
    if (gloss := re.match(r"[(（][^()（）]{1,12}[)）]", rest)):
        rest = rest[gloss.end():]  # 乌鲁木齐高新区(新市区)围绕产业抓招商: the unit's other name in brackets is part of it
    if len(rest) < 4 or re.match(r"(?:关于|關於|關于|关於|对于|對於|的|之|与|與|和|及|暨|[\d(（])", rest):
        return None
    tags = word_tags(rest)
    if len(tags) > 2 and tags[0][1] == "n" and len(tags[0][0]) <= 4 and tags[1][1] in ("d", "ad", "vd", "v"):
        # 某工业园区经济持续稳定增长: the unit's topic (经济, 工业) and then an adverb opening its predicate — a clause
        # about the unit, as a headline states it (never a noun phrase: 经济发展情况 has no adverb after its noun)
        tags = tags[1:]
    # (a word the tagger calls a verbal noun, vn, opens no predicate here: 发展情况介绍, 建设发展回顾 are noun phrases)
    if not tags or tags[0][1] not in _PREDICATE_TAGS or _NOUN_PHRASE_HEAD.search(rest):
        return None  # (a title that ends in the name of a kind of document or account heads a noun phrase, whatever
        # modifies it: …统计监测制度, …建设情况介绍; a predicate's object is any noun: 提升工业经济水平)
    first = tags[0]
    if adverb_first and first[1] not in ("d", "ad", "vd"):
        return None  # (a document's 事由 is a verb and its object, 推进项目建设情况汇报; never one an adverb modifies)
    return (f"标题「{title}」是一句话：主语「{title[:end]}」之后是谓语（“{first[0]}…”），"
            "是信息、新闻的标题；公文标题是事由加文种的名词短语")


# a book's chapter, as a novel site titles a page (第47章 工业园区的设想, 第三回): neither a document nor news
_CHAPTER = re.compile(r"^第\s*[\d一二三四五六七八九十百千零〇两]+\s*[章回卷]")
# a news headline: something was held, visited, signed
_NEWS_TITLE = re.compile(r"采访|採訪|访谈|訪談|专访|專訪|"
                         # (an interview's subtitle, ——访某开发区主任某某: how papers title one)
                         r"(?:——|—|－－|--)\s*(?:访|訪)[^\s，,。：:]{2,}|侧记|側記|纪实|紀實|特写|特寫|仪式|儀式|典礼|典禮|指导工作|指導工作|" + EVENT_VERB_RE + "|"
                         r"(?:到|来|來)(?:我|本)[区區县縣市镇鎮园園]|"
                         r"(?:到|来|來|赴)[^，,。]{1,8}[县縣市区區镇鎮乡鄉](?:开展|開展|调研|調研|检查|檢查|考察|视察|視察|督导|督導)|(?:会议|會議|大会|大會|推进会|推進會|汇报会|匯報會)$")
# a headline that states a result (…工业经济持续稳居全市第一, 营业额首破3兆元, 再创新高, 荣获…称号): news tells it so;
# a document's title names its genre and subject, never a result
_RESULT_HEADLINE = re.compile(r"稳居|穩居|位居|跃居|躍居|领跑|領跑|首破|突破\d|再创新高|再創新高|创新高|創新高|创历史新高|創歷史新高|"
                              r"创历年|創歷年|名列前茅|荣获|榮獲|获评|獲評|入选|入選|排名第|居全[省市县縣国國区區]|"
                              # …and one that ends by saying how the work went, as an information item (政务信息, 简报) is
                              # titled subject + predicate: 全市园区经济保持较快增长, …建设扎实推进, 利用外资取得新进展,
                              # …发展迈上新台阶, …发展成效显著 (a document's title is a noun phrase ending in its genre)
                              r"(?:保持|实现|實現)[^，,。的]{0,6}(?:增长|增長)$|取得[^，,。的]{0,4}(?:成效|进展|進展|突破|成绩|成績)$|"
                              r"(?:迈|邁|再)上新台阶$|(?:迈|邁|再)上新台階$|成效(?:显著|明显|顯著|明顯)$|"
                              r"(?:扎实|紮實|加快|稳步|穩步|有序|顺利|順利|全力)(?:推进|推進)$|(?:态势|態勢|势头|勢頭)良好$|持续向好$|持續向好$|"
                              # …a period that opened well (经济呈现良好开局, 实现开门红): how the year started, told
                              r"(?:良好|平稳|平穩|稳定|穩定|强劲|強勁)(?:开局|開局)|(?:开局|開局)良好|(?:开门红|開門紅)|"
                              # …or a figure it reached (一季度全区地区生产总值4222.6亿元, 科技產業園區簽約16個項目): a document's
                              # title names a subject and a genre, never an amount; a headline tells one (the figure after
                              # what reached it: a project's capacity in a notice's title, 年产10万吨项目环评公示, is no result)
                              r"(?:签约|簽約|引进|引進|实现|實現|完成|突破|达到|達到|达|達|超过|超過|超|增长|增長|新增|落户|落戶|开工|開工|"
                              r"投产|投產|投资|投資|总值|總值|产值|產值|营收|營收|营业额|營業額|收入|进出口|進出口|税收|稅收)"
                              r"[^，,。\d]{0,12}?\d[\d.,]*\s*(?:亿|億|万|萬|千)?\s*(?:元|美元|个|個|家|项|項|户|戶|吨|噸|亩|畝|人次|%|％)")
# an event told as news tells it, undated by a day (日前，… / 近日，…), and a reprint's source at its end ((来源科技部网站))
_TOLD = re.compile(r"(?:^|[。！\n])\s*(?:日前|近日|近期|据了解|據了解|据悉|據悉)[，,]")  # (据了解, 据悉: how a reporter says
# what was learnt, a news item's words)
# … and anywhere in it, 据悉 (it is learnt): only a reporter tells what was learnt so, never a unit of its own work
# … or who told it, a sentence opening 据某某介绍， (据管委会副主任某某介绍，…): a reporter's attribution of what another said
_LEARNT = re.compile(r"(?:^|[。！；\n])\s*(?:据悉|據悉|[据據][^，,。！？；\n]{2,40}?(?:介绍|介紹))[，,]")
# a paper's own reporter, as only a newspaper credits its staff (本报记者 某某 摄, 本報記者, 特约记者): anywhere in a text
_PAPERS_OWN = re.compile(r"本报记者|本報記者|本报通讯员|本報通訊員|本报特约记者|本報特約記者")
# a reporter telling what they saw or learnt (记者从…获悉, 记者在现场看到, 记者不禁为之震撼, 据记者了解; a day between, 记者
# 近日走进…, 记者12日从…获悉): the narrator only
# a news story has; a unit's own text never speaks of a reporter so
_REPORTER_NARRATES = re.compile(r"(?:记者|記者)(?:近日|日前|近期|近来|近來|昨日|昨天|今天|今日|\d{1,2}日)?(?:从|從|获悉|獲悉|了解到|瞭解到|看到|注意到|走进|走進|来到|來到|不禁|发现|發現|"
                                r"在现场|在現場|跟随|跟隨|报道|報道|報導)|据记者|據記者|"
                                # (…or the one a source speaks to, 某某告诉记者, 接受记者采访; a correspondent posted abroad,
                                # 某社驻东京记者报道; what was learnt of a body on a recent day with the reporter unnamed,
                                # 日前从某园区管委会获悉: session 42, 12 pages of 12 hosts on the study and reach pages, all news)
                                r"(?:告诉|告訴|对|對|向|接受)(?:本报|本報)?(?:记者|記者)(?!协会|協會|节|節)|(?:驻|駐)[^\s，,。]{1,8}(?:记者|記者)|"
                                r"(?:日前|近日|近期)[^，,。]{0,6}?(?:从|從)[^。，,]{2,40}?(?:获悉|獲悉|了解到|瞭解到|得知)")
_SOURCE_CREDIT = re.compile(r"[(（]?\s*(?:来源|來源|稿源|资料来源|資料來源|新闻来源|新聞來源)\s*[:：/／]?\s*[^()（）。\n]{2,24}[)）]\s*\|?$")
# a text speaking for its writer: 我们, 我区, 我园, 本人 (a summary, a plan, a report, a speech), not of others
# a writer addressing the reader the text is sent to (你署…收悉, 你省, 贵单位): a letter, a reply or a notice, never news
_ADDRESSES_READER = re.compile(r"你(?:署|省|市|区|區|县|縣|部|委|局|厅|廳|办|辦|司|们|們|单位|單位|公司|院)|贵(?:单位|單位|公司|署|省|局|院|校)|貴(?:單位|公司|署|省|局|院|校)")
_FIRST_PERSON = re.compile(r"我们|我們|咱们|我[区區园園县縣市镇鎮局委司厂廠]|本人|笔者|筆者")
# a reporter's words about what someone said: a paragraph opening "某某强调，" / "会议指出，", or a quote
# attributed after it ("…”园区相关负责人说。"); a speech or a report speaks for itself
_REPORTED = re.compile(r"(?:^|[。！\n])\s*(?![^，,。\n]*(?:总书记|總書記|习近平|習近平|主席))[^，,。！\n“”\s]{1,14}"
                       r"(?<!的)(?:强调|強調|指出|表示|说|說|(?<![名简簡统統职職号號声聲])(?:称|稱)|介绍|介紹|透露)[，,:：]|”[^“”。，\n]{2,20}(?:说|說|表示)[。，,]")
# (a verb of saying after 的 is a noun: 随着讲解员的介绍，… tells how the writer learnt it, no one is quoted)
# a periodical's issue an article is printed in, named with its year and number (中国科学院院刊 2012年6期, 《开发区研究》
# 2015年第3期, 某某学报 2019(4)): an article of the periodical (its name a periodical's, 刊/学报/杂志, or in 《》: a
# training's 2021年第3期 after 安全管理 is a course's batch)
_PERIODICAL_ISSUE = re.compile(rf"(?:^|\n)[ \t]*(?:《[^《》\n]{{2,24}}》|[{CJK}]{{0,12}}(?:院刊|学报|學報|杂志|雜誌|期刊|月刊|季刊|半月刊|旬刊|导刊|導刊|"
                               rf"学刊|學刊|通讯|通訊))[ \t]*[，,]?[ \t]*(?:19|20)\d{{2}}[ \t]*(?:年[ \t]*(?:第[ \t]*)?\d{{1,2}}[ \t]*期|[ \t]*[(（][ \t]*\d{{1,2}}[ \t]*[)）])"
                               r"[^\n。，,]{0,16}(?=\n|$)")  # (its own row, the article's credit: 学习《求是》2023年第3期刊发的文章 is news)
# (a periodicals site's row of any name with the year and the issue, 中国食品工业 2017年9期, is the cleaning's to drop and
# page_credits' to keep, titles.is_journal_issue_row: the page is typed an article by ``periodical`` below)
# a headline quoting an official by post and name before a colon (某某局局長孫東︰…, 市长王某：…)
# a person's name by its surname (titles._NAME) and a colon opening a headline: what the person said follows
_NAME_COLON = re.compile(rf"^{PERSON_NAME}\s*[:：︰]\s*")
_SPEAKER_HEADLINE = re.compile(SIGNED_BY_POST.pattern + r"\s*[:：︰]\s*[^\s:：︰]{4}")
# a meeting told in the third person, as news reports one (会议要求，…, 会议对…作了安排部署, 会上，…听取了…): the meeting
# the subject of what it did — a speech or a report speaks in the first person (我们, 我区), checked with it
_MEETING_TOLD = re.compile(r"(?:^|[。！；;，,\n])\s*(?:会议|會議|会上|會上)[，,]?[^。！？\n“”]{0,30}?"
                           r"(?:要求|强调|強調|指出|认为|認為|听取|聽取|审议|審議|研究了|传达|傳達|部署|通报|通報|作了安排|作出安排)")
# … or what those attending did in turn, the units the subject (各招商单位依次汇报了…, 与会人员分别作了发言): the meeting told
# from outside; a unit's own report never tells its meeting so
_ATTENDEES_TOLD = re.compile(r"(?:^|[。！；;，,\n])\s*[^。！？\n“”，,]{2,16}?(?:依次|分别|分別|先后|先後|逐一)"
                             r"(?:汇报|匯報|发言|發言|作了|介绍|介紹|通报|通報)了?")

# a headline telling that someone brought a document out (中物联发布…调查报告, 市政府出台…实施方案): news about
# a document, not the document (whose own title is 关于印发…的通知)
_RELEASED = re.compile(r"^(?!关于|關於)[^《]{2,20}(?:发布|發布|公布|出台|印发|印發)(?!.*的通知$)")
# the yearly report every administrative body publishes on its information disclosure (政府信息公开工作年度报告,
# by the 条例): the body's review of a year's work on that duty, in a prescribed form (总体情况, 主动公开情况, 存在的主要
# 问题及改进情况) — a 工作总结, as every labeller since session 39 typed it (7 pages of 7 on 6 hosts; from session 6 to 43
# the house typed it 其他)
_DISCLOSURE = re.compile(r"政府信息公开(?:工作)?(?:年度报告|年報|年报)|政府信息公開(?:工作)?(?:年度報告|年報)|"
                         # (…2022年度政府信息公开工作报告: the year before the duty, 年度 there, the same report)
                         r"年度?政府信息公[开開](?:工作)?(?:报告|報告)|"
                         r"政府信息公开条例[^。]{0,80}(?:编制|編制|发布|公布)[^。]{0,40}(?:年度报告|年报)")
# …and its parts as the State Council's template (2019) names them, two of them in the text whatever its title says:
# the report's form, printed without its title line (一、总体情况 … 主动公开政府信息情况 … 收到和处理政府信息公开申请情况)
_DISCLOSURE_PARTS = re.compile(r"主动公开政府信息(?:情况)?|主動公開政府信息(?:情況)?|收到和处理政府信息公开申请(?:情况)?|"
                               r"收到和處理政府信息公開申請(?:情況)?|政府信息公开行政复议、行政诉讼(?:情况)?|"
                               r"政府信息公開行政復議、行政訴訟(?:情況)?")
# the yearly report every administrative body sends up on how it built government under the rule of law (法治政府建设
# 年度报告, by the 法治政府建设与责任落实督察工作规定): its account of the year's duty to its superior, a 工作汇报 — as the
# labellers typed its 情况报告 form (3 pages of 3 on 3 hosts, session 45, 工作总结 their other reading of each)
_RULE_OF_LAW_REPORT = re.compile(r"法治(?:政府)?建设(?:工作)?(?:情况)?(?:年度)?(?:报告|報告)$|法治(?:政府)?建設(?:工作)?(?:情況)?(?:年度)?報告$")
# a document of rules saying what it lays down, as its first article does (…，制定本规则 / 本办法 / 本细则 / 本制度)
_RULES_DRAWN_UP = re.compile(r"(?:制定|制订|製定|製訂)本(?:规则|規則|办法|辦法|细则|細則|制度|规定|規定|章程|守则|守則)")
# a unit telling in its own voice the work it did, then listing it (我们主要抓了以下三个方面的工作：, 我区主要做了以下工作)
_WORK_DONE_LISTED = re.compile(r"(?:我们|我們|我区|我區|我县|我縣|我市|我园|我園)主要(?:抓|做)了(?:以下|如下)[^。：:\n]{0,10}工作")
# a party organ's report on how it put right what an inspection found (关于巡视整改进展情况的通报; its text: 现将巡察整改进展
# 情况予以公布): the body inspected must report its rectification up and make it public, a report of how its work stands,
# 工作汇报 — whether titled, or opening as a dated lead on the inspection's days (session 46: the labels type all 6 such
# pages so, on 6 hosts, 其他 or 工作总结 their alternatives; the reader said 简报 of 3 for their dated openings)
_INSPECTION_FIX = r"(?:巡视|巡視|巡察|督察|督查|审计|審計)[^。\n]{0,16}?整改"
_RECTIFICATION_TITLE = re.compile(_INSPECTION_FIX + r"(?:工作)?(?:进展|進展|落实|落實)?(?:情况|情況)的?(?:通报|通報|报告|報告)$")
_RECTIFICATION_MADE_PUBLIC = re.compile(r"(?:现将|現將)[^。\n]{0,20}?" + _INSPECTION_FIX +
                                        r"[^。\n]{0,10}?(?:情况|情況)(?:予以|现予|現予)?(?:公布|公告|通报|通報)")
# a document named by its kind (可行性研究报告, 实施方案, 通知, 指导意见…) is no news item, whatever it tells of
_NOTICE_TITLE = re.compile(r"(?:公示|公告|通告|名单|名單|目录|目錄|一览表|一覽表|公報|公报)$")
_EVENT_TIME = re.compile(r"日前|近日|近期|今年|上半年|一季度|前三季度|截至|截止|昨天|昨日|今天|今日|本月|上周|(?<!\d)\d{1,2}月\d{1,2}日")
# an opening sentence telling when the park was founded, its year (or era year) and month at most, and the founding's verb
# after it: a history's or a profile's first sentence
_HISTORY_OPENING = re.compile(r"[^。！？!?]{0,40}?(?P<year>(?:(?:民國|民国)\s*\d{2,3}|(?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?)(?!\s*\d{1,2}\s*日)"
                              r"[^。！？!?\d]{0,40}?(?:成立|設立|设立|設置|设置|挂牌|掛牌|批准设立|批準設立|获批|獲批|组建|組建|开园|開園|"
                              r"始建|创建|創建|创办|創辦)|"
                              # (…成立于2008年10月: the verb before its year)
                              r"[^。！？!?]{0,40}?(?:成立|設立|设立|始建|创建|創建|创办|創辦|组建|組建)(?:于|於)\s*"
                              r"(?P<year2>(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?)(?!\s*\d{1,2}\s*日)")
# the day a body was founded or began to work, with its year (于2001年5月7日正式开始运作, 2010年3月8日经国务院批准设立): a
# history's date, which a profile opens on as much as news does on its day
_FOUNDING_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:成立|设立|設立|开始运作|開始運作|开始运营|開始運營|运作|運作|批准|批準|获批|獲批|揭牌|挂牌|掛牌|组建|組建)")


def _founding_day(text: str, m: re.Match) -> bool:
    """Whether the day ``m`` (of _EVENT_TIME) has its year before it and a founding after it (see _FOUNDING_AFTER)."""
    return m.group(0)[-1] == "日" and bool(re.search(r"(?:19|20)\d{2}\s*年\s*$", text[max(0, m.start() - 6):m.start()])) \
        and bool(_FOUNDING_AFTER.match(text, m.end()))


_DOCUMENT_TITLE = re.compile(r"(?:报告|報告|方案|意见|意見|通知|办法|辦法|规划|規劃|纲要|綱要|决定|決定|规定|規定)$")
# a reporter's byline in the lead: 〔記者某某／新北報導〕, （记者 某某 通讯员 某某）
_BYLINE = re.compile(r"[〔\[【(（]\s*(?:[^〔〕\[\]【】()（），,。\s]{1,8}?(?:报|報|网|網|台|社)"
                     r"(?:全媒体|全媒體|融媒体|融媒體|融媒|新媒体|新媒體|首席|特约|特約|见习|見習)?)?(?:记者|記者|通讯员|通訊員|本报记者|本報記者)[^〕\]】)）]{1,30}[〕\]】)）]")
# (and the paper's name before its reporter: 〔自由時報記者某某/潭子報導〕, （某某日报记者 某某）, the kind of reporter
# a paper names between them: （某某日报全媒体记者 某某）, （某某报首席记者 某某）)
# the formula of a greeting address (新春致辞, 新年贺词): 向…致以诚挚的问候 / 新春的祝福
_GREETING = re.compile(r"(?:向|向着)[^。！!]{2,60}(?:致以|致意|拜年)|致以[^。！!]{0,12}(?:问候|問候|祝福|祝愿|祝願|敬意)")
# how a speaker turns to what they will say: 我先讲点意见, 下面，我讲三点意见, 我讲几点看法
_SPEECH_TURN = re.compile(r"(?:我|下面)[^。！!]{0,8}讲(?:[一二三四五六七八九十几两]|[一二三四五六七八九十几两]?个)?(?:点|方面)?(?:意见|看法|要求)")
# a news agency's or paper's own credit, which only news carries: 本报讯, 【新北市訊】, 【某某台2023年11月30日訊】,
# 【某某網/某某中心/某地報導】, an agency's dateline unbracketed (某某網12月28日電 …), (中央社记者某某15日电), 据某某消息
_NEWS_CREDIT = re.compile(rf"^(?:[◎●■□]?\s*[^，,。\s]{{0,12}}(?:记者|記者)\s*[{CJK}·]{{2,4}}(?:\s|(?=\d{{1,2}}月))|" r"[(（]\s*[^()（）,，]{2,8}\s*[,，]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*[)）]|本报讯|本報訊|【[^】。，,]{2,30}(?:[讯訊电電]|报道|報導|报导|報道)】|[^，,。\s【】]{2,10}?\d{1,2}月\d{1,2}日[^，,。\s\d]{0,4}?(?:[电電]|[讯訊])(?=\s|[(（]|\d{1,2}月|\d{1,2}日)|[(（][^)）]{0,24}(?:记者|記者)[^)）]{0,20}[电電][)）]|"
                          r"据[^，,。]{2,20}消息[，,]|据悉[，,]|據悉[，,]|"
                          rf"{GLUED_DATELINE}|"  # (本报北京7月6日电作为…: titles.GLUED_DATELINE)
                          # (a news site's or a paper's credit opening its item unbracketed, as 本报讯 does a paper's own:
                          # 某某网讯：, 某某日报讯 , a paper and its bureau's place: 某某报四川讯 )
                          r"[^，,。\s【】]{1,10}(?:网|網)(?:讯|訊)\s*[:：\s]|"
                          r"[^，,。\s【】]{1,12}(?:报|報)[^，,。\s【】\d]{0,4}(?<![通资資快简簡])(?:讯|訊)\s*[:：\s])")
# a photo's credit, as news pages print under a picture: 图/业者提供, 圖：市府提供
_PHOTO_CREDIT = re.compile(r"(?:^|[。\s])(?:图|圖)\s*[/／:：]\s*[^\s。，,]{2,10}$", re.M)
# a report delivered to a congress, as it opens: 我代表…向大会作政府工作报告 / 向大会报告工作
_DELIVERING = re.compile(r"我代表[^。]{2,24}?(?:向|向本次)?(?:大会|大會)(?:作|做)?[^。，,]{0,8}?(?:工作报告|工作報告|报告工作|報告工作)|"
                         # 受区人民政府委托，向大会书面报告…计划执行情况: a report submitted to a congress
                         r"(?:受[^。，,]{2,16}委托[，,]\s*)?向(?:本次)?(?:大会|大會)(?:书面|書面)?(?:报告|報告)")
# a lead whose subject is the reporter: 记者从某某获悉, 记者近日从…了解到 (only news is written so)
_REPORTER_LEARNED = re.compile(r"(?:记者|記者)[^。！，,]{0,30}?(?:获悉|獲悉|了解到|瞭解到|获知|獲知|得知)")
# a lead opening on what the figures show before what they tell (数据显示，…; 最新统计数据显示，…; 海关数据表明，…): news
# names its source first, as 据悉 or 记者从…获悉 do; a unit's own summary opens on its period or its frame, never on data
# it cites
_DATA_SHOW = re.compile(r"^[^，,。！？\n]{0,12}?(?:数据|數據|统计|統計)(?:显示|顯示|表明)\s*[，,:：]")
# a lead paragraph that closes by saying where the reporter learnt it: 这是…记者从…会议上获悉的 (only news is written so)
_LEAD_SOURCED = re.compile(r"(?:这是|這是)[^。！]{0,60}(?:记者|記者)[^。！]{0,60}(?:获悉|獲悉|了解到|瞭解到|得知)")
# a text that names itself a report (本报告将围绕…, 本调研报告: a report on a study to a superior, as a 调研报告 is)
_SELF_REPORT = re.compile(r"本(?:调研|調研|考察|专题|專題|研究)?(?:报告|報告)|本年度(?:报告|報告)(?!期)")  # (本年度报告根据…编制: an annual report; never a company's 本年度报告期内)
# a newspaper's continuation mark: (下转四版), （上接第1版）
_CONTINUED = re.compile(r"[(（]\s*(?:下转|下轉|上接|接上|转第|轉第)\s*(?:第)?\s*[\dA-Z一二三四五六七八九十]{1,3}\s*版\s*[)）]")
_SALUTATION = re.compile(r"^(?:同志们|同志們|各位领导|各位領導|各位代表|尊敬的|各位来宾|各位來賓|女士们|大家好)")


# a genre word that names a meeting, not a document: 工作思路研讨会, 工作计划部署会议, 总结会
_MEETING_AFTER = re.compile(r"[^，,。\s]{0,4}?(?:会议|會議|[会會](?![员員计計同展见見]))|"
                            # (…and a meeting named by two of its business joined, 2016年工作总结暨2017年工作部署大会: the
                            # title ends in the meeting, its genre words name what the meeting did)
                            r"(?:暨|及|和|与|與|并|並)[^，,。\s]{0,24}?(?:会议|會議|大会|大會)$")
# what makes a genre word a modifier, not the title's head noun: the plan's execution (计划执行情况, 工作要点落实情况,
# 计划完成情况) or its draft reported on (计划草案的报告, 计划（草案）的报告) — the title is about the plan, not one
_NOT_HEAD_AFTER = re.compile(r"(?:的)?(?:执行|執行|完成|落实|落實|实施|實施|推进|推進)(?:情况|情況|情形)|"
                             # …or a verb, its aspect particle after it (各单位依次汇报了…情况: what was done at a meeting),
                             # or the first half of a study's compound noun (…发展的总结评价及对未来的思考, 计划研究): the
                             # head is the noun after it, no genre
                             r"了|(?:评价|評價|研究|思考|探讨|探討|探析|启示|啟示|反思)|"
                             r"\s*[(（]?草案[)）]?\s*(?:的)?(?:报告|報告)|"
                             # …or the subject of what a headline tells happened to it (二期計畫送審, 计划获批, 計畫將啟動):
                             # a genre word followed by its predicate heads no title (a title ends in its genre)
                             r"(?:已|将|將|再|正式|顺利|順利)?(?:送审|送審|获批|獲批|通过|通過|启动|啟動|出炉|出爐|上路|开跑|開跑|"
                             r"落地|拍板|定案|曝光|延长|延長|喊卡|闯关|闖關)|"
                             # …or 计划 as a modifier of what follows (计划总投资44.8亿元, 计划投资, 计划开工): a project's planned
                             # sum or act, as news writes it after a count of projects signed — no plan document
                             r"(?<=计划|計劃|計畫)(?:总投资|總投資|投资|投資|总额|總額|投入|用地|建设|建設|开工|開工|竣工|完成|"
                             # (…or a subject's verb "plans to" before what it plans: 巴基斯坦政府计划建立中国工业特区)
                             r"建立|設立|设立|兴建|興建|新建|筹建|籌建|打造|成立|引进|引進|推出)")
# a unit's opinion on its own period's work, the work's plan in an 意见's form (某园区管委会月度工作安排意见, 2024年工作意见,
# 下半年工作计划意见); an opinion on a matter, 关于加强安全生产工作的意见, is a directive
_PLAN_OPINION = re.compile(r"(?<![的])(?:工作安排|工作计划|工作計劃|(?:年|年度|月度|季度|半年)工作)(?:意见|意見)$")
# the head noun of a directive (GB/T 9704's 文种: 通知, 决定, 意见, 办法, 批复…)
_DIRECTIVE_HEAD = re.compile(r"(?:通知|通報|通报|决定|決定|意见|意見|办法|辦法|规定|規定|批复|批復)$")
# a genre word that is the object of what a headline tells was done (啟動科學園擴建計劃, 发布…工作要点): news of it
_LAUNCHED = re.compile(r"(?:启动|啟動|发布|發布|公布|出台|推出|宣布|宣佈|签署|簽署|审议通过|審議通過)[^，,。\s《》]{0,12}$")
# a sum of money right before a genre word (落实逾5亿美元投资计划, 签下30亿元投资计划): the word names what is worth it — a
# project's or an investor's plan — never the document's genre (a document puts no sum before its genre)
_VALUED_BEFORE = re.compile(r"\d[\d.,]*\s*(?:万|萬|亿|億)?\s*(?:元|美元|美金|港元|港币|港幣|令吉|新台币|新台幣)[^，,。\s]{0,4}$")
# a quoted document the title only mentions (…确定的《政府工作报告》…分解方案的通知), unless it is the one the
# title issues (关于印发《2024年工作要点》的通知)
_QUOTED_DOC = re.compile(r"《[^》]*》(?!(?:的)?(?:通知|通報|通报)?$)")


# a title joining a period's review, named by how its work went (工作完成情况, 工作开展情况, 工作情况), to the next
# period's plan: …上半年工作完成情况和下半年招商引资工作计划, 2023年工作情况及2024年工作打算. (A plan's 执行情况, the
# statutory report on a year's plan, is another genre: …计划执行情况和2023年计划.)
# (… and a year's development told as its state, 2021年经济社会发展情况及2022年重点工作: the review of how it went)
_REVIEW_AND_PLAN = re.compile(r"(?:工作(?:完成|开展|開展|进展|進展|推进|推進)?|(?:完成|开展|開展|进展|進展)|"
                              r"(?:\d{4}\s*年度?|上半年|全年)[^和及暨与與。，,]{0,12}?(?:发展|發展|运行|運行|建设|建設))(?:情况|情況)\s*"
                              r"(?:和|及|暨|与|與|以及|并|並)[^和及暨与與。，,]{0,24}?(?:计划|計劃|計畫|打算|安排|思路|要点|要點|"
                              r"重点工作|重點工作|重点任务|重點任務)$")


def type_from(title: str) -> str | None:
    """The genre a title names: its head noun, the last genre word of its last part,
    unless two are joined (工作总结及下半年计划, 总结和明年工作安排): then the first. A genre
    word inside a document the title only quotes, or naming a meeting (工作思路研讨会), is none."""
    if "《" in title and len(re.sub(r"《[^》]*》", "", title)) >= 4:
        title = _QUOTED_DOC.sub("《》", title)
    if _PLAN_OPINION.search(title):
        return "工作计划"  # 园区管委会月度工作安排意见, 2024年工作意见: a unit's opinion on its period's work is its plan
    if _DIRECTIVE_HEAD.search(title):
        # a directive's title (…任务分解方案的通知): its head noun is the directive; only a document it issues
        # names another genre, in quotation marks (关于印发《2024年工作要点》的通知) or not: a notice that 印发 /
        # 转发 a document is its cover (GB/T 9704's 印发、转发类通知), and the text is the document (关于印发新乡
        # 高新区2016年工作要点的通知)
        issued = re.search(r"《([^》]+)》(?:的)?(?:通知|通報|通报)$", title) or \
            re.search(r"(?:印发|印發|转发|轉發|颁发|頒發)([^《》]{4,}(?:要点|要點|计划|計劃|計畫|总结|總結|报告|報告|汇报|匯報|"
                      r"讲话|講話|安排|打算|思路))的(?:通知|通報|通报)$", title)  # (unquoted: only a document its
        # genre word heads — 印发2022年重点工作任务分解方案的通知 issues a 方案)
        title = issued.group(1) if issued else ""
    if _REVIEW_AND_PLAN.search(title):
        return "工作总结"  # 上半年工作完成情况和下半年工作计划: a period's review joined to the next one's plan is a 总结
        # with its plans, as 工作总结及下半年计划 (the first-named genre heads a joined title)
    parts = [p for p in re.split(r"\s+", title) if p]
    for part in reversed(parts):
        found = sorted((m.start(), m.end(), t) for t, pat in _TYPE_WORDS for m in pat.finditer(part)
                       if t == "讲话" or not (_MEETING_AFTER.match(part, m.end()) or _LAUNCHED.search(part, 0, m.start())
                                              or _VALUED_BEFORE.search(part, 0, m.start())
                                              or _NOT_HEAD_AFTER.match(part, m.end())))
        if not found:
            continue
        if any(t == "讲话" for _, _, t in found):
            return "讲话"
        first = found[0]
        if len(found) > 1 and first[2] in ("工作总结", "工作汇报", "工作报告") and all(t in ("工作计划", first[2]) for _, _, t in found):
            return first[2]  # 工作总结及下半年计划, 总结暨明年打算, 工作总结工作计划安排: a 总结 with its plans (and a
            # 政府工作报告和明年工作计划, a report with its plans: the first-named genre heads the joined title)
        return max(found, key=lambda f: (f[1], -f[0]))[2]
    return None


# the date a report was delivered, on its own line under its title: （2020年1月21日）
_DELIVERED = re.compile(r"[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[)）]")


# a date on a line of its own (2019-11-13, 2023年5月12日), as a news page prints it under its headline
_DATE_ALONE = re.compile(r"\s*(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)\s*")


# an event told by its day alone, as a news item dates what it reports (Taiwanese papers most of all):
# 昨(27)日舉行, 今(8/29)日舉辦, 昨（廿六）日特舉行記者會, 2日舉行, 十九日於…中宣布 — a document dates by its month
_DAY = r"(?:[昨今前]\s*[(（][^()（）]{1,8}[)）]\s*日|[昨今]日|(?<![\d月年日])(?:\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)"
_DAY_EVENT = re.compile(rf"{_DAY}(?:[上下中晚]午)?[^，,。；！]{{0,12}}?{EVENT_VERB_RE}|"
                        # the day in brackets after 昨/今 (昨（二十六）日, 今天(11月18日)): only a news item writes it so
                        r"[昨今]天?\s*[(（](?:\d{1,2}月)?[\d一二三四五六七八九十廿]{1,3}日?[)）]")


# yesterday, as only news speaks of it (某某昨於網誌重申, 昨天表示)
_YESTERDAY = re.compile(r"(?<![今前])昨(?:天|日|晚|[上下]午)?(?:於|在|表示|指出|重申|宣布|宣佈|称|稱|透露|发表|發表|出席|举行|舉行)|"
                        r"(?<![今前])昨(?:天|日)(?:[上下]午|晚上)?")
# a paper's own credit opening one of the first lines (past pictures' captions): 本报讯 8月31日…
_OWN_CREDIT_LINE = re.compile(r"(?:^|\n)\s*(?:本报讯|本報訊)")
# a broadcast news script's markers: 【正文】, 【导语】, 【同期】
_SCRIPT_MARK = re.compile(r"【(?:正文|导语|導語|同期|同期声|同期聲|解说|解說|演播室|配音|画外音|畫外音)】")


# a lead dated by its day (8月14日，… / 5日上午，… / 昨日，… / 近日，… / 日前召开的…), also after a purpose clause
# (为做好…，3月18日，…; 根据…精神，近日，…): an event told, as news dates what it reports — a summary dates by its
# period (今年以来, 2023年), a plan by what it aims at, neither by a day; a speech says 今天 to its audience
# (今天，我们在这里隆重举行…), so 今天 / 今日 alone date no news lead
_DAY_LEAD = re.compile(r"(?:[^，,。！？；\n]{2,40}[，,])?(?P<day>(?:(?:(?:(?:19|20)\d{2}年)?\d{1,2}月)?\d{1,2}日|昨[日天]|近日|日前)"
                       rf"(?:[上下中晚]午|晚上|晚|一早)?)(?=[，,]|(?:[在于於由]|{EVENT_VERB_RE}))")
# who wrote it, at the end of the last paragraph: …良好态势。（周文艺） / （市政协信宣科） / （撰稿：宋海）— a speech's
# (掌声), a draft's (试行) or a serial's (待续) are not names; several writers, each name after the other or after its
# role, as a paper or a county's information office credits an item: （张某某 吴某某）, （记者:张某 通讯员:曹某 编辑:丁某 审校:蒋某）
# (the staff's roles as titles.STAFF_ROLE names them, and what a credit may also name: the writer, the picture, the source)
_CREDIT_ROLE = rf"(?:撰稿|供稿单位|供稿單位|供稿|文|图|圖|来源|來源|{STAFF_ROLE})"
CLOSING_BYLINE = re.compile(rf"(?:^|[。！”」])\s*[(（]\s*(?![^)）]*(?:掌声|掌聲|笑声|笑聲|鼓掌|待续|待續|试行|試行|草案|稿|摘要|节选|節選|附件|附后|附後|见后|見後|完)\s*[)）])"
                            r"(?!\s*(?:下同|同上|略|注|註|单位|單位|[见見详詳参參]|如[图圖]|附))"  # (the text's own notes: （下同）, （见附图）)
                             rf"(?:{_CREDIT_ROLE}\s*[:：/／]?\s*|"
                             rf"[^()（）。，,]{{0,12}}(?:记者|記者|通讯员|通訊員)\s*)?"  # (绵报融媒记者 王勇 摄)
                             rf"(?:(?:(?![〇零一二三四五六七八九十年月日])[{CJK}·]){{2,10}}|[{CJK}][ \u3000][{CJK}])"  # (苗 钢: a name of two spaced out)
                             rf"(?:(?:\s+|\s*、\s*)(?:{_CREDIT_ROLE}\s*[:：/／]?\s*)?(?:(?![〇零一二三四五六七八九十年月日])[{CJK}·]){{2,4}}){{0,5}}"
                             rf"\s*(?:摄|攝|报道|報導)?\s*[)）]\s*[?？]?\s*$")  # (…(某某)? : a character the conversion lost after it)


# ------------------------------------------------------------ a speech known by its form

# the speaker turning to the audience in the first person, at a clause's start (他希望大家… is a report of it)
_ADDRESS = re.compile(r"(?:^|[，,。！!；;：:\n])\s*(?:在此|借此机会|藉此機會|最后|最後|同时|同時|今天)?[，,]?\s*"
                      r"(?P<w>我(?:谨|謹)?代表|借此机会|藉此機會|希望大家|请大家|請大家|在座的|在座各位|让我们|讓我們|"
                      r"我们在这里|我們在這裡|我讲|我講|下面[，,]?我|我相信|我提议|我提議)")
# how a speech ends: thanks to the audience, or wishes to them and the occasion
_CLOSING = re.compile(r"^\s*(?:(?:最后|最後)[，,])?(?:谢谢大家|謝謝大家|谢谢各位|謝謝各位|谢谢[！!。.]?$|謝謝[！!。.]?$|"
                      r"感谢大家|感謝大家|祝[^。]{2,40}(?:圆满成功|圓滿成功|身体健康|身體健康|万事如意|萬事如意)[！!。]?$)")
# how a speaker opens on the occasion (今天，我们在这里隆重举行…, 今天召开这次会议) or refers to what the meeting heard
# before (刚才，几位同志作了发言): a speech's own time is the meeting's, a news item dates it by the day
_OCCASION_OPENING = re.compile(r"^\s*今天[，,]?\s*(?:我们|我們)?[^。！\n]{0,8}(?:召开|召開|举行|舉行|举办|舉辦|隆重)|"
                               r"(?:^|[。！\n])\s*刚才[，,][^。！\n]{0,40}(?:发言|發言|汇报|匯報|讲话|講話|讲了|介绍|介紹)", re.M)
_QUOTED = re.compile(r"[“「][^”」]{0,300}[”」]")
# the speaker's own 我 doing something (我已经到…, 我讲三点意见), not the 我 of a place (我市, 我区: a local paper's too)
_SPEAKER_AS_I = re.compile(r"我(?![国國市县縣区區省州镇鎮乡鄉村园園局委司厂廠们們])[^，,。！？]{0,8}")


def speech_form(body: str) -> tuple[int, list[str]]:
    """How much the text is built as a speech, and the signs: paragraphs calling the audience (同志们：), the
    speaker turning to it in the first person (我代表…, 借此机会, 希望大家), speaking of the occasion as now
    (今天，我们在这里召开…, 刚才，几位同志作了发言), a closing of thanks or wishes (谢谢大家！). Quotations are left out: news quotes speeches. A speech shows these through the whole text
    even when it opens like news or its title is masked."""
    text = _QUOTED.sub("", body[:6000])
    lines = [x for x in text.splitlines() if x.strip()]
    score, signs = 0, []
    vocatives = [m.group(0).strip() for m in VOCATIVE.finditer("\n".join(lines[:80]))]
    if vocatives:
        opening = any(VOCATIVE.match(x) for x in lines[:3])
        score += 2 if opening or len(vocatives) >= 2 else 1
        signs.append(f"称呼听众「{vocatives[0]}」")
    addressed = list(dict.fromkeys(m.group("w") for m in _ADDRESS.finditer(text)))
    if addressed:
        score += min(len(addressed), 2)
        signs.append("第一人称对听众说「" + "」「".join(addressed[:3]) + "」")
    occasion = _OCCASION_OPENING.search("\n".join(lines[:12]))
    if occasion:
        score += 1
        signs.append(f"讲到本次会议「{occasion.group(0).strip('。！ ')[:16]}」")
    closing = next((x.strip() for x in lines[-3:] if _CLOSING.match(x)), None)
    if closing:
        score += 2
        signs.append(f"以「{closing[:20]}」结束")
    return score, signs


# a text saying what it is: a report to the leadership (汇报如下, 汇报完毕) or to a congress (作…报告): its thanks
# and its 各位领导 do not make it a speech
_DECLARED_REPORT = re.compile(r"汇报如下|匯報如下|简要汇报|簡要匯報|汇报完毕|匯報完畢|报告如下|報告如下|作报告|作報告|报告工作|報告工作|"
                              r"(?:向|请)[^。，,]{0,12}(?:汇报|匯報)")


def _speech_unless_declared(body: str) -> str | None:
    """Why a text is a speech by its form through the whole text (three points: two of the signs, or a
    vocative opening with one more), or None; None too for a report that says it is one."""
    score, signs = speech_form(body)
    if score < 3 or _DECLARED_REPORT.search(body[:3000]):
        return None
    return "通篇是讲话的写法：" + "，".join(signs)


def _event_report(body: str) -> str | None:
    """Why a text no genre word typed is news by how it is built, or None: its lead dates an event by the day
    (or 近日/日前), or its last paragraph ends with who wrote it in brackets (…。（周文艺）)."""
    head, _ = _past_credits_and_dates(body)
    # (“新的一年，我们将…。”2月7日上午，某某在…发言时说。: a quote opens the lead, the dated attribution follows it)
    quoted = re.match(r"[“「][^”」\n]{4,300}[”」][。！]?", head)
    if m := _DAY_LEAD.match(head) or (quoted and _DAY_LEAD.match(head, quoted.end())):
        return f"正文导语以日子「{m.group('day')}」记事：新闻按日记事，总结和计划按时期"
    tail = body.rstrip().splitlines()[-3:]
    if signed := _closing_byline(body):
        return f"正文末段以括注的作者「{signed}」结尾：新闻稿的署名"
    if shot := next((x.strip() for x in tail if _PHOTO_BYLINE.fullmatch(x.strip())), None):
        return f"正文末行「{shot}」是新闻图片的摄影署名：图片新闻"
    if caption := _CLOSING_CAPTION.search(body.rstrip()[-300:]):
        return f"正文以图片说明「{caption.group(1)}」结尾：图片新闻（一段文字配一幅图）"
    return None


def _closing_byline(body: str) -> str | None:
    """The writers credited in brackets at the end of the text's last lines (…。（周文艺）), or None."""
    tail = body.rstrip().splitlines()[-3:]
    signed = next((m for x in tail if (m := CLOSING_BYLINE.search(x))), None)
    return signed.group(0).lstrip("。！”」 ") if signed else None


# a news picture's caption closing the text it goes with (…预计可实现开票销售30亿元。图为建设中的中小企业园四期。):
# the paper's 图为 + what the picture shows, the last sentence of a picture story — a summary or a plan has none
_CLOSING_CAPTION = re.compile(r"[。！\n]\s*[(（]?((?:图为|圖為|上图为|上圖為|图片为|圖片為)[^。\n]{2,60})[。]?[)）]?\s*$")


# a news picture's credit on its own line, as papers print it under the picture and its caption:
# 记者 某某 通讯员 某某 摄, 本报记者 某某某 摄影
_PHOTO_BYLINE = re.compile(rf"(?:(?:本报|本報|特约|特約)?(?:记者|記者|通讯员|通訊員)\s*(?:[{CJK}·]{{2,4}}\s*)+)+(?:摄影|攝影|摄|攝)")


# a year's plan printed without its title opens on the year ahead and what its work requires (2024年是…的关键
#一年，…。2024年…工作的总体要求是…), where a summary or a report first looks back on the year before
_YEAR_AHEAD = re.compile(r"^\s*((?:19|20)\d{2})年是")
_PLAN_TERMS = r"(?:工作)?的?总体要求|(?:工作)?的?總體要求|主要(?:预期)?目标|主要(?:預期)?目標|重点做好|重點做好|重点抓好|重點抓好"


def _year_plan(body: str) -> str | None:
    """Why a text without a title line is a 工作计划 by how it opens, or None."""
    head = body.lstrip()[:800]
    ahead = _YEAR_AHEAD.match(head)
    if not ahead:
        return None
    year = ahead.group(1)
    terms = re.search(rf"{year}年[^。\n]{{0,20}}?(?:{_PLAN_TERMS})", head)
    before = str(int(year) - 1)
    if not terms or re.search(rf"过去一年|過去一年|回顾|回顧|{before}年[，,]|{before}年(?:以来|以來)|一年来|一年來", head):
        return None
    return f"没有标题行，正文开头「{ahead.group(0).strip()}…」说明来年的定位，又写明「{terms.group(0)}」：是年度工作计划的写法"


def _news_lead(head: str) -> bool:
    """Whether ``head`` opens as news: a dated or credited lead whose first sentence (or the
    one after a literary opening: 春风送暖启新程，扬帆奋楫正当时。3月8日上午，…举行…) tells what was held."""
    sentences = re.split(r"[。！]", head, maxsplit=2)
    if NEWS_LEAD_RE.match(head) and _NEWS_TITLE.search(sentences[0]):
        return True
    second = sentences[1].lstrip("”’」』 \n") if len(sentences) > 2 else ""  # (“…态势。”4月26日，…召开…: past the quote)
    if second and bool(NEWS_LEAD_RE.match(second)) and bool(_NEWS_TITLE.search(second)):
        return True
    return bool(_DAY_EVENT.search(sentences[0]) or _TODAY_BRACKETED.search(head.partition("\n")[0]))


# the day told inside 今/昨 and 日 (今(19)日, 昨（廿六）日): only a paper dates so, the day it is told on, anywhere in
# its lead paragraph (a literary or background sentence may come first: 在…關鍵時刻，…。某局於今(19)日舉辦…)
_TODAY_BRACKETED = re.compile(r"[昨今]\s*[(（]\s*[\d一二三四五六七八九十廿]{1,3}\s*[)）]\s*日")


def _news_credit(body: str) -> bool:
    """Whether the text opens with a credit only news carries (本报讯, 【某某訊】, (香港,2022年1月12日),
    a reporter's byline), past date lines: then a headline naming a plan (…之整体规划) is news about it."""
    head = body.lstrip()[:300]
    while (first := head.partition("\n")[0]) and _DATE_ALONE.fullmatch(first):
        head = head.partition("\n")[2].lstrip()
    return bool(_NEWS_CREDIT.match(head) or _BYLINE.search(head[:200]))


def _past_credits_and_dates(body: str) -> tuple[str, bool]:
    """The text's first 300 characters past the credit lines and date lines that open it, and
    whether a credit line was among them (记者 某某 通讯员 某某 / 某某讲话 某某出席)."""
    head = body.lstrip()[:300]
    credited = False
    while (first := head.partition("\n")[0].strip()) and (
            is_credit_line(first) or _DATE_ALONE.fullmatch(first) or ENGLISH_DATE.match(first)
            or is_contact_or_tag_row(first)):  # (服务热线：…, #园区招商 #稳经济: the site's or the post's furniture)
        credited = credited or is_credit_line(first)
        head = head.partition("\n")[2].lstrip()
    return head, credited


# a web item's teaser above its lead, asking the reader (今年的工作重点是什么呢？来看下…吧！): a reporter's or an editor's
# words to readers — a document asks its reader nothing
_TEASER = re.compile(r"(?:呢|吗|嗎)\s*[?？]|(?:来看|來看|一起看|快来|快來)[^。！!？?]{0,30}吧\s*[!！]")


# the paper, the day and the page a story was printed on, as a site reposting a paper's story heads it
# (《某某日报》2025年6月30日第01版, 《某某日报》2024年3月5日 09版): the day's issue of a newspaper prints news;
# a scraper's pinyin after a character, 6月(yuè)30日, is let through
_PINYIN = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）])?"
_PAPER_PAGE = re.compile(rf"《\s*[^《》\n]{{1,12}}?(?:日报|日報|晚报|晚報|时报|時報|报|報)\s*》\s*((?:19|20)\d{{2}})\s*年{_PINYIN}\s*\d{{1,2}}\s*月"
                         rf"{_PINYIN}\s*\d{{1,2}}\s*日{_PINYIN}\s*(?:第\s*)?[\dA-Z]{{1,3}}\s*版")


def _byline_under_subtitle(head: str) -> str | None:
    """Why a text opens as a news story whose headline has a subtitle, or None: the text's first lines are one or two
    short lines without a sentence's stop (the subtitle: 1-5月完成产值202亿元) and then a line crediting the
    reporter (□记者 某某, 本报记者 某某): a paper sets 主题 — 副题 — 署名 above its lead; a report names no reporter."""
    lines = [x.strip() for x in head.split("\n")[:8] if x.strip()]
    for i, line in enumerate(lines[1:3], start=1):
        if is_credit_line(line) and re.search(r"记者|記者|通讯员|通訊員", line) \
                and all(len(x) <= 40 and not re.search(r"[。！？!?]", x) for x in lines[:i]):
            return f"正文开头的副题「{'／'.join(lines[:i])}」之下是记者署名「{line}」：报纸新闻主题—副题—署名的写法"
    return None


# a unit telling its superiors what follows (现将考察情况报告如下, 现将有关情况汇报如下): no news item says it — narrower than
# _DECLARED_REPORT, whose 作报告 a news lead tells of a meeting
_REPORTS_BELOW = re.compile(r"(?:现将|現將)[^。\n]{0,20}(?:汇报|匯報|报告|報告)如下")


# a site's category cell under a headline: a trade (纺织业, 制造业) or a class of park (产业集聚区) alone on its line
_CATEGORY_CELL = re.compile(rf"[{CJK}]{{1,4}}业|{BARE_PARK_CLASS.pattern}")  # (the class as titles reads it: no title)


def _opening_type(body: str) -> tuple[str, str] | None:
    head, credited = _past_credits_and_dates(body)
    while (unit := head.partition("\n")[0].strip()) and is_byline(unit) and head.partition("\n")[2].strip():
        head = head.partition("\n")[2].lstrip()  # 杭州市某某区发展和改革局 / 各位代表：: who reports, above whom it addresses
    while (cell := head.partition("\n")[0].strip()) and _CATEGORY_CELL.fullmatch(cell) and head.partition("\n")[2].strip():
        head = head.partition("\n")[2].lstrip()  # 纺织业 / 产业集聚区 / 近日，…: the site's category cells over the lead
    first, _, rest = head.partition("\n")
    if credited:
        return "简报", "正文开头是记者署名或“某某讲话 某某出席”之类的新闻副题，是新闻"
    if subtitled := _byline_under_subtitle(head):
        return "简报", subtitled
    if issue := _PAPER_PAGE.search(head[:200]):
        return "简报", f"正文开头注明刊登的报纸、日期和版次「{issue.group(0).strip()}」：是报纸上的新闻稿"
    if _DELIVERED.fullmatch(first.strip()):
        if not _SALUTATION.match(rest.lstrip()):
            return "工作报告", f"正文开头是报告日期「{first.strip()}」，没有称呼：是在会上所作的工作报告"
        head = rest.lstrip()
    if _SALUTATION.match(head):
        if re.search(r"(?:下面|现将|現將|现在|現在|我).{0,24}(?:汇报|匯報)|(?:汇报|匯報)如下|简要(?:汇报|匯報)", head):
            return "工作汇报", "正文以称呼开头并说明是汇报"
        if re.search(r"作报告|報告工作|报告工作|作報告", head) or _DELIVERING.search(head[:200]):
            return "工作报告", "正文以“各位代表”开头，向大会报告工作"
        return "讲话", f"正文以称呼「{_SALUTATION.match(head).group(0)}」开头，是讲话"
    if (declared := _REPORTS_BELOW.search(first)) and _news_lead(head):
        # (4月*日至*日，县委书记…率领考察团…赴…考察。…现将考察情况报告如下: a visit's report opens on the visit's days as a
        # lead does, and says in its first paragraph whom it reports to — no news item says 现将…报告如下)
        return "工作汇报", f"正文开头像新闻导语（先说日期），但第一段说明“{declared.group(0)}”：向上级报告，是工作汇报"
    if _news_lead(head):
        return "简报", "正文是新闻导语（日期/本报讯/记者，某某召开或举行…）"
    if _TEASER.search(first) and rest.strip() and _news_lead(rest.lstrip()):
        return "简报", "正文先是向读者发问的导读（“…呢？”“来看…吧！”），下一段是新闻导语（日期，某某召开、宣布…）"
    if _YESTERDAY.search(head[:120]) or _SCRIPT_MARK.match(head) or _OWN_CREDIT_LINE.search(head[:240]):
        return "简报", "正文开头说“昨…”或有广播稿的【正文】【导语】标记：新闻的写法"
    # (after the news lead: news tells of a greeting in the speaker's words, 在致辞中…致以诚挚问候)
    if _SPEECH_TURN.search(head[:300]):
        return "讲话", f"正文开头“{_SPEECH_TURN.search(head[:300]).group(0)}”，是讲话"
    if _GREETING.search(head[:200]):
        return "讲话", "正文开头“向…致以…问候/祝福”，是致辞"
    if _DELIVERING.search(head[:120]):  # 现在，我代表区人民政府，向大会作政府工作报告: a report delivered to a congress
        return "工作报告", f"正文开头“{_DELIVERING.search(head[:120]).group(0)}”：向大会报告工作"
    if data := _DATA_SHOW.match(head):
        return "简报", f"正文以“{data.group(0).rstrip('，,:：')}”开头：新闻导语先交代消息来源（数据）的写法"
    if _REPORTER_LEARNED.search(head[:120]):
        return "简报", f"正文开头“{_REPORTER_LEARNED.search(head[:120]).group(0)}”：记者采写，是新闻"
    if told := _LEAD_SOURCED.search(head.split("\n", 1)[0][:400]):
        return "简报", f"导语末尾说明消息来源（“{told.group(0)[:30]}”）：记者采写，是新闻"
    if _BYLINE.search(head[:200]) or _NEWS_CREDIT.match(head) or _PHOTO_CREDIT.search(head[:200]):
        return "简报", "正文开头有记者署名、通讯社电头、图片署名或“据…消息”，是新闻"
    return None


def _signed_article(body: str) -> str | None:
    """Why a text is an article its author signed (a column, an official's blog), or None: under its headline (and
    date) a line names the author by post and name (財政司司長某某某), and the text speaks as 我 outside quotations —
    news tells of an official in the third person and credits its reporter; a speech calls its audience (decided
    before this)."""
    head, _ = _past_credits_and_dates(body)
    first, _, rest = head.partition("\n")
    if not SIGNED_BY_POST.fullmatch(first.strip()):
        return None
    own = _QUOTED.sub("", rest[:200])
    if not re.search(r"我(?![们們国國区區市县縣省院])", own):
        return None
    return f"标题下署名「{first.strip()}」（职务和姓名），正文以第一人称“我”叙述：是署名文章（专栏、博客），不是新闻或公文"


# who publishes news: a newspaper, a news site, a broadcaster, a county's media centre (来源：滨海日报, 某某新闻网)
_NEWS_OUTLET = re.compile(rf"(?:{NEWS_ORGAN}|导报|導報|报社|報社|新闻中心|新聞中心|广播电视|廣播電視|融媒体中心|融媒體中心)$|"
                          # (a news site's channel, as portals credit a story: 人民网-山东频道, 新华网·江苏频道)
                          r"(?:网|網)\s*[-－—·_]\s*[^\s\-－—·_]{1,10}(?:频道|頻道)$")


# a yearbook's entry: its text opens on a label in 【】 naming the entry's first part, as every local yearbook sets its
# 条目 (【概况】 2015年，…; 【机构改革】 …)
_YEARBOOK_ENTRY = re.compile(r"(?:^|\n)\s*【(?:概况|概況|概述|综述|綜述)】")
# … and a chapter or a section of one, titled by its number (第二节 工业园区成为…, 第三章 园区的发展): official reports number
# their parts 一、, never 第N节
_BOOK_CHAPTER = re.compile(rf"第[一二三四五六七八九十\d]{{1,3}}[章节節](?=\s|[：:]|[{CJK}]{{4}})")
def _first_text_line(body: str, label: str) -> str:
    """The text's first line under a part's heading (the heading's own line left out when the body repeats it)."""
    lines = [x.strip() for x in body.split("\n") if x.strip()]
    return next((x for x in lines if x != label), "")


_DATED_ENTRY = re.compile(r"(?:^|\n)\s*【[^【】\n。，,]{2,12}】\s*(?:(?:19|20)\d{2}\s*年|截至|截止)")


_WORK_GENRE_END = re.compile(r"工作(?:总结|總結|汇报|匯報|彙報|计划|計劃|計畫|报告|報告|要点|要點)$")
# a note closing a speech printed from its delivery: (本文根据某某在…峰会上的致辞整理), 根据录音整理 — the form papers and
# sites give an edited speech
_EDITED_SPEECH = re.compile(r"(?:本文|此文|以上)?(?:根据|根據|据|據)[^。\n]{2,80}?(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|演讲|演講)"
                            r"(?:录音|錄音)?(?:整理|摘编|摘編|节选|節選)")
# a document's title as GB/T 9704 builds it, 关于/对 + 事由 + 的 + 文种 (a list's number before it: 1.对…的调研报告)
# the addressees of an official document, then what it says it issues (各…单位：《…》…现印发给你们)
_ISSUED_AFTER_ADDRESSEES = re.compile(rf"(?:^|\n)(?:{ADDRESSEES.pattern[1:]})\n?(?P<rest>[^\n]*)")
_DOCUMENT_LINE = re.compile(r"(?:\d{1,2}\s*[.、．]\s*)?(?:关于|關於|对|對)[^。，,！？：:；;]{2,40}的[^的。，,！？：:；;]{0,6}")


def choose_doc_type(title: str, page_title: str | None, body: str, from_lead: bool = False,
                    dated: bool = False, sources: list[str] | tuple = (), column: str = "",
                    periodical: str = "") -> tuple[str, str]:
    """The report's genre and why. ``from_lead``: the title is the first words of the text (a page without a
    title line), so how the text opens decides before any genre word those words hold (刚才，几位同志汇报了…
    is a speech, not a 汇报). ``column``: the news column the page filed the title under (园区快讯：), taken off it.
    ``periodical``: the site's row saying the text is a periodical's paper (论文部分内容阅读, ``clean.page_credits``)."""
    if periodical:
        # (论文部分内容阅读 over a text read as news — a lead, a period's review, an account in the third person, 2010年，
        # 某开发区实现…: the site says it shows part of a periodical's paper, an article, as its issue row says below; a
        # text of another form keeps it, a speech printed in a collection, 同志们：…)
        kind, why = choose_doc_type(title, page_title, body, from_lead, dated, sources, column)
        if kind != "简报":
            return kind, why
        return "其他", f"页面注明「{periodical}」：正文是期刊论文（的一部分），是文章，不是新闻（否则：{why}）"
    # Evidence weighs in this order: the title's genre word; the text saying what it is (汇报如下, 向大会作…报告);
    # its form through the whole text (a speech's address, a summary's 成绩—问题—打算); how it opens; news form
    # (a dated lead, a byline). A speech that opens like news is still a speech.
    if (not type_from(title) or from_lead) and (edited := _EDITED_SPEECH.search(body[-400:])):
        # (本文根据某某在…峰会上的致辞整理: the text says it is a speech, as edited for print, whatever its first words)
        return "讲话", f"正文末尾注明「{edited.group(0).strip('(（)） ')}」：是根据讲话整理的讲话稿"
    if (fixed := _RECTIFICATION_TITLE.search(title) or _RECTIFICATION_MADE_PUBLIC.search(body[:600])):
        return "工作汇报", (f"「{fixed.group(0)}」：被巡视、巡察的党组织按规定报告并公布整改进展情况，"
                        "是报告工作情况的工作汇报")
    if from_lead and _DOCUMENT_LINE.fullmatch(title) and (t := type_from(title)):
        # (a first line the title rule took for a lead but written as a document's title, 关于/对 + 事由 + 的 + 文种, a list's
        # number before it: 1.对我市工业园区建设情况的调研报告 — no lead sentence is built so)
        return t, f"正文第一行「{title}」是公文标题的写法（对…的+文种），文种词是“{t}”"
    if from_lead and (sent := _ISSUED_AFTER_ADDRESSEES.search(body[:600])) \
            and ((issued := ISSUES_DOCUMENT.match(sent.group("rest"))) and (issued.group("a") or issued.group("b")).strip() == title):
        # (各街道…各单位：《某某三年行动计划》…现印发给你们: a notice printed without its title line issues the document the
        # page then prints; the page is that document, of its genre; a document of no report genre, 办法, 方案, is 其他)
        t = type_from(title) or "其他"
        return t, f"正文是印发《{title}》的通知（主送机关之后），页面即所印发的文件" + (
            f"，文种词是“{t}”" if t != "其他" else "，不是报告类文种")
    if from_lead and (opening := _opening_type(body)):
        if opening[0] == "简报" and (speech := _speech_unless_declared(body)):
            return "讲话", f"{speech}（{opening[1]}，但讲话的写法更重）"
        return opening
    t = type_from(title) if not from_lead else None  # (a lead's first words name no genre: 在总结成绩的同时)
    if t and t != "讲话" and (quoted := _NAME_COLON.match(title)) and (said := _predicate_headline(re.sub(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", "", title[quoted.end():]))):
        # (方某某：某产业园区 再引进4领域外资计划: a person's name and a colon, then what they said, a sentence — a quote
        # headline, news; the genre word ends what was said, as the post-and-name form below is read)
        return "简报", f"标题以人名加冒号引出他的话（「{quoted.group(0)}」）；{said}"
    if t and t != "讲话" and not _WORK_GENRE_END.search(title) and _predicate_headline(title, adverb_first=True):
        t = None  # (a headline that is a sentence, a unit and its predicate, 市科技局积极组织参加…评估视频汇报: the genre word
        # ends its object, what was done, not the title's head noun — decided below as the headline it is; a predicate an
        # adverb opens, 积极组织参加, as headlines tell how a unit acted and a document's 事由 never does (推进项目建设情况
        # 汇报 is a 汇报); never the document's own name, 工作 + 文种, closing a title: 某园区引进项目30个工作总结)
    if t == "讲话" and (opening := _opening_type(body)) and opening[0] == "简报":
        if speech := _speech_unless_declared(body):
            return "讲话", f"标题「{title}」的文种词是“讲话”，{speech}"
        if speaker := _SPEAKER_AS_I.search(_QUOTED.sub("", body[:600])):
            # (今年我已经到开发区来了四次。…昨天市委市政府刚刚召开了…: the speaker's own 我 telling of yesterday — a news
            # item reporting a speech narrates it in the third person, its 我 only inside quotation marks)
            return "讲话", (f"标题「{title}」的文种词是“讲话”，正文的叙述者自称“我”（「{speaker.group(0)}」）："
                          f"是讲话稿本身，不是报道讲话的新闻（{opening[1]}）")
        return "简报", f"标题「{title}」提到讲话，但{opening[1]}：新闻报道讲话，仍是新闻"
    if t and (joined := _REVIEW_AND_PLAN.search(title)):
        return t, f"标题「{title}」以“{joined.group(0)}”把本期工作情况和下期计划连在一起：是带计划的工作总结"
    if t == "工作报告" and _DISCLOSURE.search(title):
        t = None  # (某开发区2022年度政府信息公开工作报告: the disclosure report named with 工作报告, decided below as the one
        # it is, a 工作总结)
    if t:
        word = next((m.group(0) for k, pat in _TYPE_WORDS if k == t for m in [pat.search(title)] if m), t)
        return t, f"标题「{title}」的文种词是“{t}”" + (f"（「{word}」）" if word != t else "")
    if not from_lead and (profile := _PROFILE_TITLE.search(title)) and not _news_credit(body) \
            and not _PART_OF_A_YEAR.search(title):  # (…1-6月营业额概况, 一季度…概况: a period's results so far, a bulletin)
        return "其他", f"标题「{title}」以“{profile.group(0)}”结尾：是介绍园区或单位的简介、概况，不是公文，也不是新闻"
    if not from_lead and not dated and (asked := _ASKING_TITLE.search(title)) and not _news_credit(body):
        # (某某园区属于哪个区, 工业园区是什么县城, 如何选择合适的工业园区: a headline that asks, on a page with no date, is the
        # question an answer site, an encyclopedia or a guide answers; news states what happened — a dated page's question
        # headline, 未来某州的发展重地在哪?, stays news)
        return "其他", f"标题「{title}」是一个问题（“{asked.group(0)}”），页面没有日期：是回答问题的文字（问答、百科、指南），不是公文，也不是新闻"
    if not from_lead and (history := _HISTORY_TITLE.search(title)) and not _news_credit(body):
        # (设立缘起与开发经过, 园区沿革: a park's history, whose dated events are the history's, no news lead)
        return "其他", f"标题「{title}」说明是园区的历史（“{history.group(0)}”）：是介绍园区的文字，不是公文，也不是新闻"
    if not from_lead and (chapter := _CHAPTER.match(title)):
        return "其他", f"标题以“{chapter.group(0)}”开头：是书的一章（小说、读物），不是公文，也不是新闻"
    if _DISCLOSURE.search(title) or _DISCLOSURE.search(body[:300]) or len({p[:4] for p in _DISCLOSURE_PARTS.findall(body[:6000])}) >= 2:
        return "工作总结", ("这是依《政府信息公开条例》编制的政府信息公开工作年度报告：按法定格式总结一年的"
                        "政府信息公开工作（总体情况、公开情况、存在的问题及改进），是工作总结")
    if not from_lead and (rule_of_law := _RULE_OF_LAW_REPORT.search(title)):
        return "工作汇报", (f"标题「{title}」是法治政府建设年度报告（「{rule_of_law.group(0)}」）：各级机关每年依规定向上级"
                        "报告本机关法治政府建设情况，是报上去的工作汇报")
    if (not from_lead and _DOCUMENT_TITLE.search(title) and not _RELEASED.search(title) and not _news_credit(body)
            and not _DELIVERING.search(body[:300]) and not _ANALYSIS.search(title)):  # (…统计分析报告: an analysis, below)  # (2024年某县政府报告 that opens 我代表县人民政府，向大会报告工作:
        # a work report delivered to a congress under a short title, not a study or an evaluation)
        return "其他", f"标题「{title}」自称方案、通知、研究或评价报告之类，不是总结、计划、汇报或新闻"
    opening = _opening_type(body)
    if (not opening or opening[0] == "简报") and (speech := _speech_unless_declared(body)):
        return "讲话", speech + (f"（{opening[1]}，但讲话的写法更重）" if opening else "")
    if opening:
        return opening
    # the text saying what it is (汇报如下), then its structure (a summary's 成绩—问题—打算), before news form
    if re.search(r"汇报如下|匯報如下|简要汇报|簡要匯報|汇报完毕|匯報完畢", body):
        return "工作汇报", "正文中有“汇报如下/汇报完毕”"
    if not _ANALYSIS.search(title) and re.search(r"(?<!执行|執行)(?:情况|情況)(?:报告|報告)如下", body):
        # (an analysis of how the economy ran, 经济运行情况分析, reports its figures: a 工作报告, as a statistics bulletin is)
        return "工作汇报", "正文中有“…情况报告如下”：向上级报告情况（调研、考察、工作情况），是工作汇报"
    if re.search(r"报告如下|報告如下", body):
        return "工作报告", "正文中有“报告如下”：向上级报告工作的报告"
    if itself := _SELF_REPORT.search(body[:600]):
        if re.match(r"本(?:调研|調研|考察|专题|專題)", itself.group(0)):
            return "工作汇报", f"正文开头自称“{itself.group(0)}”：向领导汇报调研或考察情况，是工作汇报"
        return "工作报告", f"正文开头自称“{itself.group(0)}”：是工作报告"
    if re.search(r"总结如下|總結如下", body[:400]):
        return "工作总结", "正文开头有“总结如下”"
    if done := _WORK_DONE_LISTED.search(body[:600]):
        # (…，着力提高工业园区的建设水平。我们主要抓了以下三个方面的工作：: a unit telling in its own voice the work it did,
        # then listing it — a summary's or an experience report's formula, no news item's)
        return "工作总结", f"正文开头以本单位的口吻列举做过的工作（「{done.group(0)}」）：是工作总结"
    if re.search(r"制定本计划|制定本計劃|制定本計畫|工作计划如下|工作計劃如下|计划如下", body[:400]):
        return "工作计划", "正文开头说明是计划"
    if rules := _RULES_DRAWN_UP.search(body[:400]):
        # (第一章 总则 / 一、根据《某某县人民政府工作规则》，结合开发区工作实际，制定本规则。: a body's rules, as every such
        # document opens by its basis and what it lays down — no report of work, no news)
        return "其他", f"正文开头说明「{rules.group(0)}」：是规则、办法一类的文件，不是报告，也不是新闻"
    if (from_lead or not (_NEWS_TITLE.search(title) or _RESULT_HEADLINE.search(title) or NEWS_COLUMN.match(title) or column)) \
            and (stats := _statistics_release(body)):
        return "工作报告", stats
    if not from_lead and (analysis := _ANALYSIS.search(title)):
        return "工作报告", f"标题「{title}」以“{analysis.group(0)}”结尾：分析一个时期经济运行或统计数据、向上级反映情况的报告"
    heading = re.search(r"^[一壹][、.．]\s*(.{2,24})$", body[:1500], re.M)
    if heading and re.search(r"工作总结|工作總結|工作回顾|工作回顧|工作情况|工作情況|完成情况|完成情況|主要成效|主要工作|"
                             # (一、经济运行情况 / 二、主要工作情况: how the period's economy ran, a summary's first part)
                             r"^(?:经济|經濟|总体|總體|园区|園區)?运行情况|^(?:经济|經濟|总体|總體|园区|園區)?運行情況",
                             heading.group(1)):
        return "工作总结", f"没有标题行，第一个一级小标题「{heading.group(0).strip()}」是总结的开头"
    if heading and _YEARS_WORK_PART.fullmatch(heading.group(1).strip()) \
            and _RESULTS_TOLD.search(body[heading.end():heading.end() + 600]):
        # (一、关于2019年工作 / 工业园区…2019年园区经济运行总体平稳…完成产值…同比增长: a part named for a year's work whose
        # text tells what was done and how the figures grew is a summary's review; a plan's part says what is to be done)
        return "工作总结", f"第一个一级小标题「{heading.group(0).strip()}」讲一年的工作，其下讲完成的情况：是总结的开头"
    if (part := _PART_HEADING.search(body[:300])) and not heading:
        # a fragment of a document opening on one of its parts (二、2019年工作完成情况, 三、2020年工作打算): official writing
        # names each part of a summary or a plan in its heading, so the part the text starts with says what it is from
        kind = "工作计划" if _PLAN_PART.search(part.group(1)) else "工作总结" if _REVIEW_PART.search(part.group(1)) else None
        if kind:
            return kind, f"正文从文件的一部分开始，小标题「{part.group(0).strip()}」说明这是{'计划' if kind == '工作计划' else '总结'}的一部分"
    structure = _summary_structure(body)
    if structure:
        return "工作总结", structure
    if opened := _opening_part(title, body, from_lead):
        return opened
    if from_lead and (review := _period_review(body)):
        # (… unless the text closes with who wrote it, （记者:某某 通讯员:某某）, （某某 某某）: a reporter's or an information
        # officer's item on a period's figures, as papers and county sites credit one; a summary is the unit's, unsigned)
        if signed := _closing_byline(body):
            return "简报", f"{review.split('：')[0]}，但正文末段以括注的作者「{signed}」结尾：是署名的新闻、信息稿"
        if (said := _REPORTED.search(body[:1200])) and not _FIRST_PERSON.search(body[:1200]):
            # (…，某某区相关负责人表示，…; 业内专家指出，…: a text that tells what others said of the period's results and
            # never speaks as 我区 / 我们 is a reporter's, news; a unit's summary speaks for itself)
            return "简报", (f"{review.split('：')[0]}，但正文转述他人的话（「{said.group(0).strip('。！ ')}」），"
                          "不以第一人称叙述：是记者写的新闻、信息稿")
        if not _FIRST_PERSON.search(body[:3000]) and not any(HEAD_START.match(x.strip()) for x in body[:6000].split("\n")):
            # (1-5月，某工业园区累计完成…: a short account of a period's figures that names its park in the third person
            # and has no parts is an information item, as county sites post them; a unit's summary says 我区 / 我们 or
            # is built of numbered parts. Session 32: the study sets' labellers typed four such pages 简报 and none 工作总结)
            return "简报", (f"{review.split('：')[0]}，但正文以第三人称记述、没有分部分的小标题："
                          "是一则信息、简报，不是单位自己的工作总结")
        return "工作总结", review
    if from_lead and (plan := _year_plan(body)):
        return "工作计划", plan
    if signed := _signed_article(body):
        return "其他", signed
    if issue := _PERIODICAL_ISSUE.search(body[:400]):
        # (中国科学院院刊 2012年6期, 《某某学报》2015年第3期: the page is an article of a periodical's issue, whatever its
        # title's form — an article, 其他, as a signed article is)
        return "其他", f"正文开头注明期刊的年份和期号「{issue.group(0).strip()}」：是期刊文章"
    if ((opening := BOOK_PART.fullmatch(title.strip()) or _BOOK_CHAPTER.match(title)
            or from_lead and BOOK_PART.fullmatch(body.lstrip().split("\n", 1)[0].strip()))
            and not opens_as_news(_first_text_line(body, opening.group(0)))):
        # (前言 / 化工园区是…: a text printed from its preface, its abstract or its introduction is a book's or a study's
        # part: an article, as a periodical's is, never news nor a unit's own report)
        return "其他", f"正文从「{opening.group(0)}」开始：是书或研究报告的一部分"
    if from_lead and (to := ADDRESSEES.match(body.lstrip())):
        # (各市州工信局、有关园区：2020年度，全省…: a text that opens on the bodies it is sent down to is an official notice
        # or circular, printed without its title line; where it issues a plan, its title named the plan above)
        return "其他", f"正文从主送机关「{to.group(0).strip()}」开始：是下发的通知、通报等公文"
    if speaker := _SPEAKER_HEADLINE.search(title):
        # (某某局局長孫東︰政府必須主導…: a headline quoting an official by post and name before a colon; a document's title
        # is its matter and genre, never someone's words)
        return "简报", f"标题以职务、姓名加冒号引出讲话人的话（「{speaker.group(0)}」），是新闻标题"
    if _NEWS_TITLE.search(title):
        return "简报", f"标题「{title}」是新闻标题（召开、举行、调研、到我区指导…）"
    if not from_lead and (told := _RESULT_HEADLINE.search(title)):
        return "简报", f"标题「{title}」是陈述结果的新闻标题（“{told.group(0)}”），不是公文的文种"
    if not from_lead and (said := _predicate_headline(title)):
        return "简报", said
    if not from_lead and (done := _ACTION_HEADLINE.search(title)):
        return "简报", f"标题「{title}」是讲某单位做了什么的信息标题（“{done.group(0)}”），不是公文的文种"
    if not from_lead and (NEWS_COLUMN.match(title) or column):
        return "简报", f"标题「{title}」以新闻栏目名开头，是新闻" if not column else f"页面把标题「{title}」放在新闻栏目「{column}」下，是新闻"
    if page_title and (t := type_from(page_title)):
        return t, f"页面标题「{page_title}」的文种词是“{t}”"
    if why := _profile_opening(title, body, from_lead):
        return "其他", why
    if _REPORTED.search(body[:400]):
        return "简报", f"正文转述他人的话（「{_REPORTED.search(body[:400]).group(0)}」），是新闻的写法"
    if (meeting := _MEETING_TOLD.search(body[:400]) or _ATTENDEES_TOLD.search(body[:400])) \
            and not _FIRST_PERSON.search(body[:400]):
        return "简报", f"正文讲会议做了什么（「{meeting.group(0)}」），是新闻报道会议的写法"
    if TWO_PART_HEADLINE.fullmatch(title):
        return "简报", f"标题「{title}」是主题和副题并排的新闻标题，不是公文"
    if entry := _YEARBOOK_ENTRY.search(body[:400]) or (
            len(_DATED_ENTRY.findall(body[:3000])) >= 2 and _DATED_ENTRY.search(body[:400])):
        # (…and a run of entries whose labels open a paragraph that opens on its year, 【产业园基础建设】截至2011年，… /
        # 【产业园产业转移】2011年，…: a yearbook's entries, each on one matter of the year)
        # a yearbook's entry (条目) opens on its bracketed label, 【概况】, and closes with its writer in brackets:
        # a record of the year, no news item (the writer's name is the yearbook's credit, no byline)
        return "其他", f"正文以年鉴条目的标签「{entry.group(0).strip()}」开头：是年鉴条目，不是新闻"
    if event := _event_report(body):
        return "简报", event
    if _CONTINUED.search(body):
        return "简报", f"正文中有报纸的转版标记「{_CONTINUED.search(body).group(0)}」，是报纸上的新闻稿"
    if own := _PAPERS_OWN.search(body):
        return "简报", f"正文署“{own.group(0)}”：报纸称自己的记者为本报记者，是报纸上的新闻稿"
    if (narrator := _REPORTER_NARRATES.search(body)) and not _FIRST_PERSON.search(_QUOTED.sub("", body[:600])):
        # (the people a story quotes speak as 我们: "我们半年时间推平了一座小山"; its own words do not)
        return "简报", f"正文由记者讲述所见所闻（“{narrator.group(0)}”），以第三人称记事：是新闻稿"
    if (history := _HISTORY_OPENING.match(_arabic_years(re.split(r"[。！？!?\n]", body.lstrip(), maxsplit=1)[0]))) \
            and not _news_credit(body) and not _FIRST_PERSON.search(body[:600]):
        # (1984年，…开发区挂牌成立。…; 合肥某园成立于2008年10月，…; 某管理处於民國84年2月奉令設置…: a text that opens on when
        # the park was founded, by its year or month and no day, tells its history or describes it — a profile, no news
        # of the founding, which a lead tells by its day, 2023年5月12日，某园区揭牌成立)
        return "其他", (f"正文开头讲园区在「{history.group('year') or history.group('year2')}」成立或设立（只到年月，没有日）："
                       "是园区的历史或简介，不是新闻")
    if from_lead and len(body) >= 150 and (year_will := _YEAR_THEN_WILL.search(body[:200])) \
            and len(_AIMS.findall(body[:3000])) >= 3 and not _news_credit(body) and not _PAST_DONE.search(body[:300]):
        # (2024年，某园将紧紧围绕…，锚定…目标，… / 坚决抓牢…。全年洽谈项目50个以上…确保…: a text opening on a year and what its
        # subject will do, then aims after aims, is that year's plan printed without its title — news of a plan tells who
        # set it and when, a dateline or a meeting)
        return "工作计划", (f"页面没有标题行，正文以「{year_will.group(0)}」开头，通篇是要做的事（确保、力争、全年…以上）："
                         "是该年的工作计划")
    if from_lead and len(body) >= 80 and not _FIRST_PERSON.search(body[:600]) and not _ADDRESSES_READER.search(body[:600]) and (
            dated or (told := _TOLD.search(body[:400])) or (told := _SOURCE_CREDIT.search(body.rstrip()[-80:]))
            or (told := _LEARNT.search(body))):
        # a page with no title line whose text is no speech, summary, plan or report to a superior (those speak as 我们 /
        # 我区 or say what they are), tells of others in the third person and is dated as news is (the page's date
        # row, an event 日前/近日, its source named at its end): an article, news or an information item — a profile
        # or an overview (园区成立于…, 113年度營運概況) tells no event and carries no date of its own
        sign = "页面有发布日期" if dated else "正文有“" + told.group(0).strip().lstrip("。！\n ") + "”"
        return "简报", f"页面没有标题行，正文不是讲话、总结、计划或汇报的写法，以第三人称记事，{sign}：是新闻或信息稿"
    if not from_lead and dated and len(body) >= 80 and not _FIRST_PERSON.search(body[:600]) \
            and not _DOCUMENT_TITLE.search(title) and not _NOTICE_TITLE.search(title) \
            and (when := next((m for m in _EVENT_TIME.finditer(body[:300]) if not _founding_day(body, m)), None)):
        return "简报", f"页面有发布日期，正文以第三人称记事，开头说事情的时间（“{when.group(0)}”），标题没有文种词：是新闻或信息稿"
    if from_lead and len(body) >= 80 and (day := past_dateline(title)[1]) and not _FIRST_PERSON.search(title + body[:600]):
        # (12月22日，某县某园区道路硬化正加紧施工: a titleless text opening on the day something happened — its dateline, as
        # the title drops it — told in the third person, is a news lead; a summary or a plan opens on its period or year)
        return "简报", f"页面没有标题行，正文以某一天（「{day.rstrip('，, ')}」）开头、以第三人称记事：是新闻导语"
    if outlet := next((src for src in sources if _NEWS_OUTLET.search(src)), None):
        # (a text that says what it is, or is built as a summary, a plan or a speech, was decided above)
        return "简报", f"页面注明来源「{outlet}」（报纸、新闻网站或广播电视），正文不是讲话、总结、计划或汇报的写法：是新闻稿"
    if not from_lead and (account := _WORK_ACCOUNT_TITLE.search(title)) and not re.search(r"[，,。！？!?：:]", title):
        # (某园区近期工作开展情况, 2021年某开发区垃圾治理推进情况: a work and how it stands, the 情况报告 or 情况汇报 a unit
        # sends up with its genre word left off — an economy's 运行情况 or a table of 指标情况 is a bulletin's, and a park's
        # 基本情况 its profile's)
        return "工作汇报", f"标题以「{account.group(0)}」结尾，没有文种词：是把某项工作的情况报上去的情况汇报（省去了“汇报”“报告”）"
    # (whom a quotation addresses is the speaker's hearer, 他说：“你们的报告很专业…”, no reader the text speaks to)
    if len(body) >= 150 and not _SPEAKS_AS_I.search(_QUOTED.sub("", body[:1500])) \
            and not _ADDRESSES_READER.search(_QUOTED.sub("", body[:600])) and not _NUMBERED_PARTS.search(body[:3000]) \
            and not _OFFICIAL_FORM.search(_NAMED_DOCUMENT.sub("", title)) and not _DOCUMENT_TITLE.search(title) and not _NOTICE_TITLE.search(title) \
            and not _NAME_ONLY.fullmatch(title) and not _NAME_ONLY_GLOSSED.fullmatch(title) \
            and not _OTHER_GENRE.search(title) and not _PROFILE_TITLE.search(title) and not _HISTORY_TITLE.search(title) and not _says_what_a_park_is(body, title) \
            and not _WILL_DO.search(body[:200]) and _told_in_sentences(body):
        # (…told in sentences: a list of awards, a budget's contents or a site's menu of links around one sentence is no
        # account, whatever its person)
        # an account of a park by others, in the third person — not a document of the park's (which speaks as 我们 / 我区,
        # or names its genre), not a profile titled by the park's name, not a plan saying what will be done: an article or
        # an information item, which readers file with the news
        return "简报", _THIRD_PERSON_ACCOUNT
    if len(body) >= 150 and not _told_in_sentences(body):
        return "其他", "标题和正文开头都没有说明文种，正文不成句（不到两个句子）：是列表、目录或网站的栏目，不是记述"
    return "其他", "标题和正文开头都没有说明文种"


_SENTENCE_END = re.compile(r"[。！？!?]")


def _told_in_sentences(body: str) -> bool:
    """Whether the text is told in sentences (two or more ends of a sentence in its first 3000 characters), not a list of
    items, a budget's contents or a site's menu around one sentence."""
    return len(_SENTENCE_END.findall(body, 0, 3000)) >= 2
# a title naming a work and how it stands, its genre word left off (某某工作开展情况, 某某治理推进情况, 某某项目建设进展情况)
# (the verb of how it went before 情况: a bare 工作情况, 园区有关工作情况, names no act and stays undecided)
_WORK_ACCOUNT_TITLE = re.compile(r"(?:開展|开展|推进|推進|落实|落實|实施|實施|完成|建设|建設|整改|进展|進展)(?:情况|情況)$")
_THIRD_PERSON_ACCOUNT = "标题和正文开头都没有说明文种，但正文以第三人称记述（不是本单位的讲话、总结、计划或汇报，也不是公文）：是新闻或信息稿"
# a title of an official document's form or of a statute: 关于…的…, 某某条例 / 细则 / 纪录
_OFFICIAL_FORM = re.compile(r"关于|關於|关於|關于|條例|条例|细则|細則|纪录|紀錄|记录|記錄|章程|标准|標準|规范|規範|指南|目录|目錄")
# a writer speaking as 我 (我省, 我日前, 我们; 我国 is everyone's) or a document built of numbered parts (headings 一、总体情况,
# （一）主动公开; 一是…二是 — a news release may number its paragraphs, 一、某集团于…公布…。, and is none):
# the writing of a unit or a person about its own work, not an account by others
_SPEAKS_AS_I = re.compile(r"我(?![国國])|咱们|咱們|本人|笔者|筆者")
_NUMBERED_PARTS = re.compile(r"(?:^|\n)\s*(?:[一二][、.．]|[（(][一二][)）])[^\n。！？]{1,30}(?:\n|$)|一是[^。]{2,}二是")
# a text opening on the park and what it is (某某开发区是…唯一的…, 某某园区位于…, 成立于…): a profile, no account of events
_SAYS_WHAT_IT_IS = re.compile(rf"\s*[^，,。！？!?：:\s]{{2,24}}?(?:{PARK_WORD_RE.pattern})(?:[(（][^)）]{{1,20}}[)）])?"
                              r"(?:是|位于|位於|地处|地處|坐落|座落|成立于|成立於|始建于|始建於|设立于|設立於|于\d{4}年)")


def _says_what_a_park_is(body: str, title: str) -> bool:
    """Whether ``body`` opens on a named park and what it is (a profile's opening: not a class of parks, 重点产业园区是…),
    or on the thing its title names and what that is (柳岸数码港（…），前称…，是…: an encyclopedia's entry)."""
    if (opening := _SAYS_WHAT_IT_IS.match(body)) and any(
            m.start <= len(opening.group(0)) - len(opening.group(0).lstrip()) + 1 for m in find_park_mentions(opening.group(0))):
        return True
    lines = [x for x in body.lstrip().split("\n") if x.strip()]
    if lines and lines[0].strip() == title.strip():
        lines = lines[1:]  # (the text printed under its title line: its first sentence is the next line's)
    # (past a caption or a label under the title, 某某（资料图）, 重定向自…: the first line that is a sentence)
    head = next((x.strip() for x in lines[:4] if not is_caption(x.strip()) and (len(x.strip()) >= 24 or re.search(r"[。！？]", x))), "")
    # (…and a lead taken for the title that is the entry's first sentence, 某某开发区，简称某某，是…: its head word, before the
    # first comma, is the thing named; a quotation mark may open it)
    head, name = head.lstrip("“「\"'"), re.split(r"[，,]", title.strip())[0].lstrip("“「\"'")
    return len(name) >= 2 and head.startswith(name) \
        and bool(re.match(r"[^。！？!?]{0,80}?(?:是|位于|位於|地处|地處|坐落|成立于|成立於)", head[len(name):]))


# a title naming a genre of its own that is no news (an annual report, a table, a list, a directory, a handbook)
_OTHER_GENRE = re.compile(r"(?:年报|年報|表|一览|一覽|名录|名錄|汇编|彙編|手册|手冊|大全|年鉴|年鑑|指引|须知|須知|说明|說明|"
                          r"研究|探析|浅析|淺析|初探|刍议|芻議|综述|綜述)$")  # (…演变研究: a study's title)
# a document a title cites by its name (《…管理办法》): not the title's own form
_NAMED_DOCUMENT = re.compile(r"《[^《》]*》")
# a text saying what its subject will do: a plan's or a target's opening (2024年，某区将坚持…; 力争…; 计划…)
# a text opening on its year (or the coming one) and its subject's 将 (2024年，某园将…; 明年，园区将…): what the year will see
_YEAR_THEN_WILL = re.compile(r"(?m)^\s*(?:(?:19|20)\d{2}年|今年|明年|新的一年)[，,]?[^，,。！？\n]{0,12}?将")
# the aims a plan states (确保, 力争, 全年…以上, 重点推动), and what a text says was already done in its opening
_AIMS = re.compile(r"确保|確保|力争|力爭|重点推动|重點推動|全年[^，,。；;]{0,12}以上|年内|年內|坚决|堅決")
_PAST_DONE = re.compile(r"已经|已經|完成了|实现了|實現了|召开|召開|举行|舉行")
_WILL_DO = re.compile(r"(?<![已曾即])将(?:继续|繼續|坚持|堅持|紧紧|緊緊|全力|深入|围绕|圍繞|聚焦|着力|著力|大力|突出|重点|重點|紧扣|緊扣|锚定|錨定|持续|持續|加快|全面)|力争|力爭")


# a title that is a zone's name alone (某某经济开发区, 某某产业园), as a profile or an encyclopedia's entry is titled; and with a
# gloss in brackets after it (某某工业园区(原某某工业小区))
_NAME_ONLY = re.compile(rf"[^，,。！？!?：:\s]{{2,24}}?(?:{PARK_WORD_RE.pattern}|[区區园園])")
_NAME_ONLY_GLOSSED = re.compile(rf"{_NAME_ONLY.pattern}(?:[(（][^)）]{{1,20}}[)）]|[，,]\s*{ALSO_CALLED_WORDS}[^，,。！？!?：:\s]{{2,16}})")
# (某某高新技术产业开发区，简称某某高新区: the name and its short form, an entry's head word, as in brackets)


# the head noun of a profile's title (某某工业园区简介, 园区概况, 基本情况介绍): an account of what a park is
# a headline that asks: an interrogative word, or a question mark closing it (哪个, 什么, 怎么样, 如何, 是否, …吗?)
_ASKING_TITLE = re.compile(r"哪[个個些里裡儿兒]|什么|什麼|怎么|怎麼|如何|为什么|為什麼|是否|[吗嗎][？?]?$|[？?]$")
_PROFILE_TITLE = re.compile(r"(?:简介|簡介|概况|概況|概述|概览|概覽|基本情况|基本情況|(?:情况|情況)?介绍|(?:情况|情況)?介紹)$")
# how a profile or a yearbook's entry opens: the park (or its place) and what it is — where it lies, when it was set
# up, its area (某某开发区位于…, 成立于…, 是…之一, 规划面积…): a state described, no event told by its day
_STATIVE = re.compile(r"位于|位於|地处|地處|坐落|座落|成立于|成立於|始建于|始建於|设立于|設立於|批准设立|批准設立|获批设立|獲批設立|"
                      r"规划面积|規劃面積|总面积|總面積|辖区面积|轄區面積|占地面积|佔地面積|是[^，,。]{2,30}之一")


def _profile_opening(title: str, body: str, from_lead: bool) -> str | None:
    """Why a text neither a genre word nor its structure typed is a profile (简介, a yearbook's entry), or None: its
    first sentence has the park as its subject and says what it is (位于…, 成立于…, 规划面积…), with no day an event
    happened (news dates by the day: 3月8日, 昨日, 近日) and no reporter's credit; its title, if any, names the park
    and nothing it did (某某经济开发区, a yearbook's entry)."""
    head, credited = _past_credits_and_dates(body)
    first = re.split(r"[。！？]", head, maxsplit=1)[0]
    # (the park and what it is in one clause, the park first: 某某开发区位于…; 有一座高新区，但不知地处何地 describes none)
    named = not from_lead and _NAME_ONLY.fullmatch(title)
    stative = next((m for clause in re.split(r"[，,；;]", first)
                    if (park := PARK_WORD_RE.search(clause)) and (m := _STATIVE.search(clause, park.end()))), None)
    if not stative and named:
        stative = _STATIVE.match(first)  # (位于…: the park's name, its title, printed once as the title and the subject)
    if credited or _news_credit(body) or not (PARK_WORD_RE.search(first[:40]) or named) or not stative:
        return None
    if _DAY_LEAD.match(head) or _DAY_EVENT.search(first) or _YESTERDAY.search(first) or _TOLD.search(head[:200]):
        return None
    if not from_lead and not named:
        return None  # (a headline that tells something, 某园区新增…, is news whatever its lead says of the park)
    return (f"正文开头以园区为主语说明其概况（“{stative.group(0)}”），没有按日记事的新闻导语"
            + ("，标题只是园区名（如年鉴条目）" if not from_lead else "") + "：是园区简介、概况一类的介绍文字")


# a level-1 heading of a report (一、…), its first clause
# a report's headings, highest level first: 一、…; else （一）… or a short line of its own with no sentence's
# punctuation (存在的主要问题 / 下一步工作打算), as a masked or reformatted page may keep only those
_L1_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]\s*([^\n。：:；;]{2,30})", re.M)
_LOWER_HEADING = re.compile(r"^(?:[(（][一二三四五六七八九十]{1,3}[)）]\s*([^\n。：:；;]{2,30})|([^\n，,。：:；;！？]{4,20})[:：]?$)", re.M)
# an opening that reviews what the period achieved: 取得了积极成效, 完成…同比增长9%, 一年来 / 今年以来 / 20××年以来,
# 各项工作稳步推进
_REVIEW = re.compile(r"取得[^。！\n]{0,12}(?:成效|成绩|成果|进展|進展|成績)|成效(?:明显|明顯|显著|顯著)|"
                     r"(?:完成|实现|實現)[^。！\n]{0,40}(?:同比|比上年)(?:增长|增長|提高)|一年来|一年來|"
                     r"(?:今年|本年|年初|上半年|(?:19|20)[\dxX×＊*]{2}年)(?:以来|以來)|稳步推进|穩步推進|总结如下|總結如下")
# a paragraph turning from the review to the problems (存在的不足：…, 在看到成绩的同时，我们也清醒地认识到…问题)
# or to the next period's work (下一步，我们将…, 明年工作打算：…), as summaries without headings turn
_TURN_TO_PROBLEMS = re.compile(r"^[^。\n]{0,30}(?:存在的?(?:主要)?(?:问题|問題|不足|困难|困難)|不足之处|不足之處|困难和问题|問題和不足|问题和不足|"
                               r"清醒地?(?:认识|認識|看到)[^。\n]{0,20}(?:不足|问题|問題|差距))", re.M)
_TURN_TO_PLANS = re.compile(r"^(?:下一步|下步|下半年|明年|来年|來年|今后|今後|新的一年)[^。\n]{0,10}(?:将|將|要|工作|打算|计划|計劃|重点|重點)", re.M)


def _summary_structure(body: str) -> str | None:
    """Why a text without a genre word is a 工作总结, or None: it is built as a summary is — a review of the
    period's work (a part on its results, or an opening telling them) and then the problems and the next
    period's plans (成绩 — 问题 — 打算), as a masked page (全年完成产值***亿元) still shows, with headings of
    any level or none. A speech (同志们, or its form through the text) and a study or briefing that opens with
    the subject's 基本情况 are not summaries."""
    head = body[:4000]
    if "同志们" in head or "同志們" in head or speech_form(body)[0] >= 3:
        return None  # (a speech at a work meeting reviews the year too, then its problems and tasks)
    for pattern in (_L1_HEADING, _LOWER_HEADING):
        if why := _summary_by_headings(head, [(m.start(), m.group(1) or m.group(m.lastindex)) for m in pattern.finditer(head)]):
            return why
    # no headings: the review opens the text, then a paragraph turns to the problems and a later one to the plans
    problems = _TURN_TO_PROBLEMS.search(head)
    plans = _TURN_TO_PLANS.search(head, problems.end()) if problems else None
    opening = _REVIEW.search(head[:problems.start()]) if plans else None
    if not opening:
        return None
    return (f"标题没有文种词；正文先回顾成效（开头「{opening.group(0)}」），再转入问题（「{problems.group(0)[-12:]}」）"
            f"和下一步（「{plans.group(0)}」）：成绩—问题—打算，是工作总结的结构")


# a text that opens by reviewing a period by what it achieved (2023年，园区…全年完成规上工业产值…亿元，同比增长…;
# 今年以来，…实现…): a summary's opening — a news item dates its event by the day, a plan speaks of what will be done,
# a park's profile of where it lies and when it was founded
_PERIOD_OPENING = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:以来|以來|度)?|今年以来|今年以來|一年来|一年來|过去(?:的)?一年|過去(?:的)?一年|"
                             r"上半年|前三季度|\d{1,2}\s*[-—至]\s*\d{1,2}\s*月(?:份)?)[，,]")
_ACHIEVED = re.compile(r"(?:完成|实现|實現|达到|達到|新增|引进|引進|签约|簽約)[^。；;\n]{0,30}\d[\d.]*\s*(?:亿|億|万|萬|个|個|家|项|項|%)|"
                       r"同比(?:增长|增長|提高|上升)\s*\d|"
                       # (…各方面取得了阶段性成果: the period's results told in a word, as a summary's opening sums them up
                       # before its parts give the figures)
                       r"取得了?[^。；;\n，,]{0,12}(?:成果|成效|成绩|成績|进展|進展|突破)")
_WILL = re.compile(r"^[^。\n]{0,40}(?:将|將|要(?!求)|力争|力爭|计划|計劃|計畫|预计|預計)")  # (要求: the requirements, no plan)


def _period_review(body: str) -> str | None:
    """Why a text without a title line is a 工作总结 by how it opens, or None: its first paragraph reviews a period
    (2023年，/ 今年以来，/ 一年来，) by the results achieved in it, as a summary opens."""
    opening = body.lstrip()
    first = opening.partition("\n")[0][:300]
    period = _PERIOD_OPENING.match(first)
    # (the results may follow in the next paragraphs: 2017年，面对…，实现了良好开局。/ 一、经济运行总体平稳。全年实现…)
    achieved = _ACHIEVED.search(first) or _ACHIEVED.search(opening[:600]) if period else None
    if not achieved or _WILL.match(first):
        return None
    return (f"页面没有标题行；正文开头回顾一个时期（「{period.group(0).rstrip('，,')}」）完成的工作和指标"
            f"（「{achieved.group(0)}」）：这是工作总结的开头")


def _summary_by_headings(head: str, heads: list[tuple[int, str]]) -> str | None:
    kinds = [heading_category(h) for _, h in heads]
    turn = next((i for i, k in enumerate(kinds) if k in ("存在问题", "计划安排")), None)
    if not turn:  # (None, or the text opens with its problems or plans)
        return None
    review = next((heads[i][1] for i in range(turn) if kinds[i] == "成效进展"), None)
    if review and re.search(r"基本情况|基本情況|概况|概況", review):
        return None
    opening = _REVIEW.search(head[:heads[0][0]]) if not review else None
    if not (review or opening):
        return None
    shown = f"小标题「{review}」" if review else f"开头「{opening.group(0)}」"
    return (f"标题没有文种词；正文先回顾成效（{shown}），再写「{heads[turn][1]}」："
            "成绩—问题—打算，是工作总结的结构")


# a part's heading as official texts number it, the numeral masked by a site that hides figures (*、, X、) as well as
# written (一、, （一）); the heading, then what follows on its line when the heading is a sentence (（一）扎实抓好…。)
_PART_NUMERAL = r"(?:[一二三四五六七八九十壹贰叁]{1,3}|[*＊xXＸ×])"
_NUMBERED_PART = re.compile(rf"^\s*(?:{_PART_NUMERAL}\s*[、.．]|[(（]\s*{_PART_NUMERAL}\s*[)）])\s*([^\n。：:；;！？]{{2,30}})")
# a paragraph that opens on a short sentence of its own naming its matter, as summaries and plans head their
# paragraphs (经济运行总体平稳。2025年1-9月…; 招商引资成效显著。…): at most 16 characters to the full stop, the
# paragraph going on after it (a one-sentence paragraph, 会议还研究了下一步工作。, tells something and heads nothing) and
# no 了 in it (a heading names a state, never an event told: 研究了)
_PARAGRAPH_HEAD = re.compile(r"^\s*([^\n。：:；;！？!?“”「」了]{4,16})。(?=[^\n]{20})", re.M)
# a heading's kind counted as a review only by a word that says the work was done (成效, 回顾, 亮点, 完成情况), never
# by a bare 情况 (一、园区基本情况 opens a profile or a study)
_DONE_PART = re.compile(r"成效|成绩|成績|完成|进展|進展|成果|回顾|回顧|总结|總結|取得|亮点|亮點|成就|工作情况|工作情況|开展情况|開展情況|"
                        r"推进情况|推進情況|落实情况|落實情況|执行情况|執行情況|"
                        r"运行情况|運行情況|进度|進度|主要工作")
_NO_REVIEW_PART = re.compile(r"基本情况|基本情況|概况|概況|简介|簡介")


def _opening_part(title: str, body: str, from_lead: bool) -> tuple[str, str] | None:
    """The genre of a text printed from one of its parts (a page that copied a report's body from its first heading
    or paragraph, without the report's title), or None: the kind of the part it opens on says what the report is —
    a review of work done (一、履职工作特色和亮点, *、主要工作回顾, a paragraph 招商引资成效显著。) a 工作总结, the
    coming period's work or targets (（一）扎实抓好年度重点工作。, 主要预期目标是：) a 工作计划. Only the page's
    opening counts (its title line a numbered part, its text's first line one, or a titleless page's first
    paragraphs); a text a report's title heads was typed by that title."""
    lines = [x for x in body.split("\n")[:6] if x.strip()]
    first = lines[0].strip() if lines else ""
    units: list[str] = []
    if m := _NUMBERED_PART.match(title):
        units.append(m.group(1))
    if first == title.strip() and len(lines) > 1:
        first = lines[1].strip()  # (the text's first line is the title line itself)
    if (m := _NUMBERED_PART.match(first)) and (from_lead or title.strip() in first or re.fullmatch(r"[A-Za-z0-9_.-]{1,60}", title)):
        units.append(m.group(1))  # (the page titled by this very heading, by its lead or by its file's name: a titled
        # article or study, 关于园区发展的思考 / 一、园区发展成效, is no report printed from a part)
    elif from_lead:
        if lead := re.match(r"\s*([^\n。：:；;！？，,]{4,24})[：:]", first):
            units.append(lead.group(1))  # (全区经济社会发展的主要预期目标是：… — the clause a colon opens)
        if _PARAGRAPH_HEAD.match(first):  # (only a text opening on one: 2024年，园区将…。/ 一是提升招商成效。… is a plan's
            # opening over its list of measures, never a review's heading)
            units += [m.group(1) for m in _PARAGRAPH_HEAD.finditer(body[:1500])][:3]
    if not units:
        return None
    for unit in units:
        if _CITY_OPENING.match(unit):
            continue  # (四川某市产业园区发展成效显著: a line naming its province and city is a headline telling of a place,
            # no part of a report — a report's heading never names where its own writer is)
        kind = heading_category(unit)
        if kind == "成效进展" and _DONE_PART.search(unit) and not _NO_REVIEW_PART.search(unit):
            return "工作总结", (f"页面没有报告自己的标题，正文从报告的一部分开始，「{unit}」说的是做过的工作和成效："
                              "是工作总结的一部分")
        if kind == "计划安排":
            return "工作计划", (f"页面没有报告自己的标题，正文从报告的一部分开始，「{unit}」说的是要做的工作或目标："
                              "是工作计划的一部分")
    return None


_PERIODS = [
    ("上半年", re.compile(r"上半年|半年来|半年來|1-6月|1—6月|一至六月")),
    ("下半年", re.compile(r"下半年")),
    ("季度", re.compile(r"季度|1-3月|1-9月|1—9月|前三季")),
    ("月度", re.compile(r"\d{1,2}月份?工作|月度|月报|月報|本月")),
    ("全年", re.compile(r"年度|全年|年终|年終|一年来|一年來|\d{4}年|今年|明年|年工作|[xX_]{2}年")),
]


def choose_period(title: str, body: str) -> tuple[str, str]:
    for where, text in (("标题", title), ("正文开头", body[:150])):
        for p, pat in _PERIODS:
            m = pat.search(text)
            if m:
                return p, f"{where}中的“{m.group(0)}”"
    return "不明", "标题和正文开头都没有说明时段"


def _other_spellings(park: str, text: str) -> str:
    """The evidence's note on a park the report spells more than one way (宁波国家高新区 /
    宁波高新区): one park, and the index shows it under the fullest spelling of the corpus."""
    key = park_key(park)
    spellings = list(dict.fromkeys([park] + [m.name for m in find_park_mentions(text) if park_key(m.name) == key]))
    if len(spellings) < 2:
        return ""
    return (f"；「{'」「'.join(spellings)}」是同一园区（级别词、简称与全称、繁简之别），"
            "检索、分面和园区主页合为一个，显示为语料中最完整的写法")


def _filed_under(why_title: str) -> str:
    """The news column split.py took off the title (its evidence says so: 去掉新闻栏目名「…」), else ""."""
    m = re.search(r"去掉新闻栏目名「([^」]+)」", why_title)
    return m.group(1) if m else ""


def describe_report(report: Report, page_title: str | None = None, credits: PageCredits | None = None) -> None:
    """Fill a report's metadata and section categories in place. ``credits``: who
    published the page and when (its furniture rows, ``clean.page_credits``). A titleless
    news item's title (its lead's first words) loses the day it opens with, its first line too."""
    title = report.title
    body = report.text.split("\n", 1)[1] if "\n" in report.text else ""
    body = without_table_rows(body)  # (the kind, the year and the period are read from the prose, not a table's columns)
    credits = credits or PageCredits()
    report.subject, report.parks_mentioned = decide_subject(title, report.text, page_title, credits.sources)
    report.park, report.evidence["park"] = report.subject.park, report.subject.why
    if report.park:
        report.evidence["park"] += _other_spellings(report.park, title + "\n" + body)
    report.doc_type, report.evidence["doc_type"] = choose_doc_type(title, page_title, body,
                                                                    report.evidence.get("title", "").endswith(FROM_LEAD),
                                                                    dated=credits.published is not None or credits.published_roc is not None,
                                                                    sources=credits.sources,
                                                                    column=_filed_under(report.evidence.get("title", "")),
                                                                    periodical=credits.periodical or "")
    # (an article, 其他, is dated by its page like news; a report's page dates only its upload: 2024-05-06 发布 — and so
    # does a document site's copy of any text, 上传时间:…, whatever it is read as: docs/labelling.md, year)
    dated_by_page = report.doc_type in ("简报", "其他") and not credits.document_site
    published = credits.published if dated_by_page else None
    if published is None and credits.published_roc and dated_by_page and _taiwan(_arabic_years(report.text[:3000])):
        published = credits.published_roc  # 日期:97-10-31 on a page from Taiwan: 民國97年, 2008
    from_lead = report.evidence.get("title", "").endswith(FROM_LEAD)
    # (a lead title's year is read past where its reporter learnt the news: 近日，记者从…了解到，2023年，园区… is of 2023)
    # (an account typed news for want of any other genre has no news form, no date of its own: dated as an article is,
    # by what it tells — not by the rules for dated news, which read a year's results as told after it)
    account = report.evidence.get("doc_type") == _THIRD_PERSON_ACCOUNT
    report.year, report.evidence["year"] = choose_year(past_source(title) if from_lead else title, body, published,
                                                       news=report.doc_type == "简报" and not account,
                                                       doc_type="其他" if account else report.doc_type,
                                                       from_lead=from_lead)
    if report.year is None and published is None and credits.published and not credits.document_site \
            and not _MASKED_YEAR.search(title) and not _MASKED_YEAR.search(body[:3000]):
        # a report, a plan or a speech whose text names no year of its own: the page's date row is the only time it
        # gives (docs/labelling.md: "else a date row the page prints") — on the organ's or a paper's own site; a document
        # site's copy is dated by its upload (时间:… 半年总结 我要投稿), which says nothing of when it was written
        report.year = credits.published
        report.evidence["year"] += f"；页面的发布日期在 {credits.published} 年：正文没有自己的年份，以发布日期为准"
    report.period, report.evidence["period"] = choose_period(title, body)
    categorize_sections(report.sections, report.text, report.doc_type, report.year)


# ------------------------------------------------------------ folder names

def apply_folder_hints(report: Report, source: str) -> None:
    """corpus/金岭工业园/2023/x.txt: folder names fill a park or year the text left unknown."""
    folders = source.split("/")[:-1]
    if report.park is None:
        for f in reversed(folders):
            parks = [n for n, _ in find_parks(f)]
            if parks:
                report.park = parks[0]
                report.evidence["park"] = f"文件夹名「{f}」"
                break
    if report.year is None:
        for f in reversed(folders):
            m = re.fullmatch(r"((?:19|20)\d{2})年?", f)
            if m:
                report.year = int(m.group(1))
                report.evidence["year"] = f"文件夹名「{f}」"
                break
