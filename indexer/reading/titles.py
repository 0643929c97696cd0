"""Report titles: which line is the title, what of it is the site's, and where it
ends when a page ran it into its body.

Chinese official documents are titled "[unit][period]<subject> + document word"
(…工业园区2023年工作总结, 关于…情况的汇报, 在…会议上的讲话): a title line is short,
has no sentence punctuation, and ends in (or contains) a document word. Around it a
scraped page puts furniture of its own: the site's name, a breadcrumb, publish
metadata, a blurb, keyword tags, and a collection's numbering (…工作总结1, 篇一,
【第二篇】) and decorations (精选文档, VIP, .docx, 精选8篇). ``clean.py`` drops the
furniture lines; this module scores the lines that remain at the top of a page,
strips what the site added to a title, cuts a title off the body it was glued to
(PDF and document-site dumps put "标题正文正文…" on one line), joins a title broken over
two lines (GB/T 9704 回行, a PDF's line break), and for a page with
no title line at all (a news item, a speech) takes the first words of its lead.
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)

from ..text import CJK, CN_DIGITS, EVENT_VERB_RE, PARK_WORD_RE, UNIT_END
from .furniture import (CRUMB_PATH, LANGUAGE_EDITION, OUTLET_NAME_END, POST_STAMP_BEFORE, WEEKDAY, is_counter_row,
                        is_weekday_row, names_unit_as_field)

# the words a document's title ends in (its genre)
DOC_WORDS = ("讲话稿", "講話稿", "发言稿", "發言稿", "汇报稿", "匯報稿",  # (the script of it: 稿 is the title's, no word of the text)
             "汇报材料", "匯報材料", "汇报提纲", "匯報提綱", "发言提纲", "發言提綱", "讲话提纲", "講話提綱", "总结", "總結", "计划", "計劃", "計畫", "汇报", "匯報", "报告", "報告", "要点", "要點", "讲话", "講話", "致辞", "致辭",
             "发言", "發言", "述职", "述職", "简报", "簡報", "打算", "思路", "安排", "方案", "重点工作", "重點工作",
             # the rest of the speech family describe.py types as 讲话: a greeting, a host's script, a welcome, thanks
             "贺词", "賀詞", "献词", "獻詞", "致词", "致詞", "主持词", "主持詞", "主持人用语", "主持人用語", "主持稿",
             "欢迎辞", "歡迎辭", "欢迎词", "歡迎詞", "答谢词", "答謝詞",
             # …and what an official reads out at a press conference (新闻发布会发布词): spoken to the reporters
             "发布词", "發布詞", "發佈詞",
             # …and a development plan's outline (某开发区“十三五”发展规划纲要): a plan's title, as 计划 is
             "规划纲要", "規劃綱要", "远景目标纲要", "遠景目標綱要")  # (…五年规划和2035年远景目标纲要: one document)
DOC_WORD_RE = re.compile("|".join(DOC_WORDS).replace("发言|發言", "发言(?!人)|發言(?!人)"))  # (发言人: a spokesman)
# words that may end a title without being a genre (…工作情况, …建设情况)
_TITLE_TAIL_RE = re.compile(r"情况|情況|工作|会议|會議|召开|召開|举行|舉行|调研|調研|考察|分析会|分析會|"
                            r"开工|開工|签约|簽約|揭牌|开幕|開幕|投产|投產|竣工|公布|發布|发布|揭晓|揭曉|"  # …and what a news headline says happened
                            # …and the head noun of a plan's list (2024年目标任务, 主要目标, 重点任务): the plan a page prints
                            r"目标任务|目標任務|重点任务|重點任務|主要目标|主要目標|预期目标|預期目標")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# a headline under a news column's label (工業地新聞：…, 园区快讯：…, 要闻：…): the site files it as news
# a news organ's name alone on its line (its masthead), with its name in English or not
MASTHEAD = re.compile(rf"[{CJK}]{{2,12}}(?:日报|日報|晚报|晚報|通讯社|通訊社|新闻社|新聞社|新闻网|新聞網|电视台|電視台)(?:\s+[A-Za-z .&'-]{{2,80}})?")
# a site's own name or logo at the top of its pages, never a headline: 某某经济开发区门户网站 / 某某官方网站, a logo's
# alternative text (某某管理委员会 LOGO, 某某标识), or a unit's name with its English wordmark in capitals (某某经济开发区
# HEFENG ECONOMIC DEVELOPMENT ZONE) — how portals brand themselves; a headline tells what happened
# (the name before 网站 ends as a unit's or a place's does: 某某开发区上线新版门户网站 is news about a site)
SITE_BRAND_LINE = re.compile(rf"[^\s，,。！？：:]{{1,28}}(?:[区區园園县縣市省镇鎮乡鄉会會局委府厅廳办辦]|中心|集团|集團|公司)"
                             rf"(?:门户网站|門戶網站|官方网站|官方網站|政府网站|政府網站|政务网|政務網|官网|官網|门户网|門戶網|信息网|資訊網|网站|網站)|"
                             rf"[^，,。！？：:]{{2,30}}?(?:\s*(?:LOGO|[Ll]ogo)|\s+(?:标志|標誌|标识|標識|徽标|徽標))|"
                             rf"[{CJK}（）()]{{4,30}}\s+[A-Z][A-Z .,&'()-]{{5,80}}|"
                             # (a Latin brand and the site's kind: JKF 某某論壇, ABC新闻网 — a forum's or a portal's name)
                             rf"[A-Za-z][A-Za-z0-9]{{1,11}}\s*[{CJK}]{{0,8}}(?:论坛|論壇|社区|社區|新闻网|新聞網|网|網)")
# a label of two to four characters alone in 【】 (a broadcast script's part: 【演播室】 【配音】 【同期声】, a feature's
# section): a part's name, never a headline, which says something
_PART_MARK = re.compile(r"\s*【[^】\s]{2,4}】\s*")
# …and the column's name alone on its line, as a portal prints it over the headline (本部新聞, 园区动态, 要闻)
_COLUMN_ONLY = re.compile(r"[^\s:：，,。]{0,4}(?:新闻|新聞|快讯|快訊|要闻|要聞|动态|動態|资讯|資訊)"
                          # (…and the section holding them: 新闻中心, 资讯频道, 新闻栏目 — a portal's menu, no headline)
                          r"(?:中心|频道|頻道|栏目|欄目|专栏|專欄|列表)?")
NEWS_COLUMN = re.compile(r"^[^:：，,。\s]{0,8}(?:新闻|新聞|快讯|快訊|要闻|要聞|动态|動態|资讯|資訊|(?<=[^\s:：，,。])报道|(?<=[^\s:：，,。])報道)\s*[:：]\s*\S")
_NUM = rf"[{CN_DIGITS}\d]{{1,3}}"
# a compilation's count of its pieces in brackets (五篇, 共8篇, 精选多篇): a document site's mark — after a title it is no part
# of it, and on a page it says the page is a site's copy (clean._DOCUMENT_SITE)
COMPILATION_COUNT = rf"[(（][共计計]?(?:精选|精選)?(?:{_NUM}|多)篇[)）]"
SITE_TITLE_SUFFIX = rf"(?<=[^\s_]{{3}}[{CJK}])_(?!第\d)[^_\s。，,！？]{{2,20}}$"  # (a title ends in a word, not in 2023_)
# …and a site's name after a hyphen, an en dash or a bar, as a page's <title> is "headline - site" (…工作汇报-某某平台,
# …科技首都 – 民生頭條): one separator, the title ending in a genre word or a headline's last word before it, the
# site a short name with no genre word and no date (never a subtitle: ——在…会议上的讲话 has two dashes and 在…上)
_SITE_AFTER_DASH = re.compile(rf"(?<=[{CJK}」”!！）)])\s*(?:(?<![—－-])[-－–](?![-－–—])|\s\|\s?|\s?｜\s?)\s*"
                              rf"(?P<site>[{CJK}A-Za-z0-9·]{{0,10}}(?:网|網|网站|網站|平台|文库|文庫|在线|在線|头条|頭條|新闻|新聞|"
                              rf"频道|頻道|日报|日報|晚报|晚報|之家|资讯|資訊|号|號|站|入口|官网|官網|com|cn|net))$")  # (…-某某官网入口: a portal's "entry")


# …and a site's name in Latin letters after a spaced dash or bar, as papers abroad end their <title> (… - RTHK, … | CNA):
# a Chinese headline does not end on a Latin word set apart so
_LATIN_SITE_AFTER_DASH = re.compile(rf"(?<=[{CJK}」”!！）)])\s+[-－–|｜]\s+(?P<site>[A-Za-z][A-Za-z0-9.&' ]{{1,24}})"
                                   rf"(?:[{CJK}]{{1,4}})?$")  # (… - RTHK氣溫: the header's next widget run into the name)
LATIN_SITE_AFTER_DASH_END = re.compile(_LATIN_SITE_AFTER_DASH.pattern + r"\s*$")
_NAME_AFTER_SPACED_DASH = re.compile(rf"\s+[-－–|｜]\s+(?P<site>[{CJK}A-Za-z0-9·]{{2,12}})$")
_GENRE_AT_END = re.compile(rf"(?:{DOC_WORD_RE.pattern})$")
# …and a channel's or a column's short name joined to a headline by a bare bar, after it (…超1.6万亿元|某某热点评) or
# before it (某市|某市决定…, 某州议会|…, 某某看某地 | 6个项目签约…): a headline joins its clauses with a blank or a
# comma, never with "|", which a page's <title> and a portal's list set between the site's parts (session 41: 4 hosts of
# the study and reach pages; a name with a blank in it, 某某示范 筑品质高地|…, is a headline's clause and stays)
_BAR_NAME_AFTER = re.compile(rf"(?<=[{CJK}」”!！）)\d])\|(?P<name>[{CJK}]{{2,6}})$")
_BAR_NAME_BEFORE = re.compile(rf"^(?P<name>[{CJK}A-Za-z·]{{2,8}})\s*[|｜]\s*(?=\S)")
# (a name before the bar that ends as a zone's or park's does, 园 園 区 區, is the headline's topic and stays)
_ZONE_NAME_END = re.compile(r"[园園区區]$")


def _strip_site_after_dash(title: str) -> str:
    """The title without the site a page's <title> names after a hyphen (see _SITE_AFTER_DASH)."""
    m = _SITE_AFTER_DASH.search(title)
    if m and (len(title[:m.start()]) >= 10 or DOC_WORD_RE.search(title[max(0, m.start() - 6):m.start()])) \
            and not DOC_WORD_RE.search(m.group("site")):
        return title[:m.start()].rstrip()
    m = _LATIN_SITE_AFTER_DASH.search(title)
    if m and len(title[:m.start()]) >= 8:
        return title[:m.start()].rstrip()
    m = _NAME_AFTER_SPACED_DASH.search(title)
    if m and _GENRE_AT_END.search(title[:m.start()]) and not DOC_WORD_RE.search(m.group("site")):
        return title[:m.start()].rstrip()  # …开工仪式上的讲话 - 制度大全: the title has ended on its genre word; a short name
        # after a spaced dash is the site's, whatever it calls itself
    return _strip_bar_name(title)


def _strip_bar_name(title: str) -> str:
    """The title without a channel's or a column's name joined to it by a bar (see _BAR_NAME_AFTER), when what is left
    is a headline's length and the name no genre word (某某工作报告|…: the document's own words)."""
    if "|" not in title and "｜" not in title:
        return title
    if after := _BAR_NAME_AFTER.search(title):
        headline, name = title[:after.start()], after.group("name")
    elif before := _BAR_NAME_BEFORE.match(title):
        headline, name = title[before.end():], before.group("name")
        if _ZONE_NAME_END.search(name):
            return title  # 某某創科園｜陳某：首批企業進駐率約七成: a zone's name is the headline's topic, as news files it
            # under the park it tells of (session 33), never a channel's
    elif (ended := re.match(r"^(?P<h>[^|｜]{6,60}?)\s*[|｜]\s*(?P<n>[^|｜]{2,30})$", title)) \
            and _GENRE_AT_END.search(ended.group("h").rstrip()) and not DOC_WORD_RE.search(ended.group("n")):
        return ended.group("h").rstrip()  # 环保工业园项目进展情况汇报|苏州工业园招聘普工: the document's title has ended on
        # its genre word; what a document site set after the bar is its own keyword, another page's words
    else:
        return title
    return headline.strip() if len(headline) >= 10 and not DOC_WORD_RE.search(name) else title

# ------------------------------------------------------------ what the site added to a title

_NUMBERING = [
    re.compile(rf"【第{_NUM}篇】"),  # 园区工作计划【第一篇】
    re.compile(rf"\s*【篇{_NUM}】$"),  # 公园管理个人述职报告【篇1】
    re.compile(rf"^[(（]篇{_NUM}[)）]$"),  # (篇一)
    re.compile(rf"\s*篇\s*{_NUM}$"),  # …工作总结篇一, …工作汇报 篇1
    re.compile(rf"^篇{_NUM}\s*[:：]\s*"),  # 篇一:工业园区工作总结
    re.compile(rf"^篇[{CN_DIGITS}]{{1,3}}\s*(?=\S)"),  # 篇一 2023关于…调研报告
    re.compile(rf"^第{_NUM}篇\s*[:：]?\s*"),  # 第一篇 上半年工作总结
    re.compile(rf"^(?:范文|範文|例文|精选|精選){_NUM}\s*[:：]?\s*"),
    re.compile(r"^\d{1,2}\s*[.、．]\s*(?=\D|(?:19|20)\d{2}年)"),  # 1. 金岭工业园2023年工作总结, 1、2023年开发区…
]
_TRAILING_NUMBER = re.compile(rf"(?<=[^\d\s])\s*(?:\d{{1,2}}|(?<=[报報结結划劃告点點话話])[{CN_DIGITS}]{{1,2}})$")  # …总结1, …简报二
# …and a numeral after a genre word, which no title ends on: a collection's count (…简报二) or the first part's number
# that a page ran into the title line above it (…的領導講話 / 一 / 同志們: → …的領導講話一)
_NUMERAL_AFTER_GENRE = re.compile(rf"(?<=[报報结結划劃告点點话話])[{CN_DIGITS}]{{1,2}}$")
# a site's name and address glued before a title: 某某之家—全网资源每日更新www.x.com
_SITE_ADDRESS_PREFIX = re.compile(r"^.{0,24}?(?:www\.)?[a-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?\s*", re.I)
_WIRE_DATELINE = re.compile(r"^[^，,。\s【】\[\]《》“”]{2,12}?(?:\d{1,2}月)?(?<!\d)\d{1,2}日\s*[电電讯訊]\s*"
                            r"(?:[(（][^()（）]{0,30}[)）])?\s*(?:(?:题|題)\s*[:：]\s*)?(?=[^，,。\s]{8})")  # (…电 题：标题: the wire's
# way to give a feature's headline)
# a picture's time or maker after its caption used as the title: 在建的某某园区（摄于4月16日）, （资料图）
PICTURE_NOTE = re.compile(r"\s*[(（](?:摄于|攝于|攝於|拍摄于|拍攝於|资料图|資料圖|资料图片|資料圖片)[^()（）]{0,12}[)）]$")
# a forum's repost mark before what it reposts (轉貼:中科97年1-4月…): stripped from a title line and from a lead alike
_REPOST_MARK = re.compile(r"^(?:转贴|轉貼|转帖|轉帖|转载|轉載)\s*[:：]\s*(?=\S{4})")
_DECORATIONS = [
    re.compile(r"^[|｜\s]+|[|｜\s]+$"),  # a portal's table cell: 常州经开区召开…会议 |
    re.compile(r"\s*[→←⇒»▶►]+$"),  # a link's arrow after a headline: …领跑者揭晓→
    # a pop-up's close button after its headline, a blank before it (…已增至1800間 X): no title ends on a lone letter
    re.compile(r"(?<=[\u3400-\u9fff\d])\s+[XxＸ×✕✖]$"),
    # the dash a subtitle opens with, where the subtitle is all the page printed of its title (──2021年1月8日在…会议上)
    re.compile(r"^[—－─━]{1,2}\s*(?=\S{4})"),
    # a forum's button printed after a thread's title (Discuz: 标题 [复制链接]), as clean drops it on a line of its own
    re.compile(r"\s*[\[【](?:复制链接|複製鏈接|复制地址|複製地址)[\]】]$"),
    re.compile(r"^【[^】]{1,8}】|^【[^】]{9,16}】(?=.{8,})"),  # the site's category or topic: 【工作总结】, 【“五位一体”总体布局】
    re.compile(r"^[(（][^\d()（）一二三四五六七八九十]{2,8}[)）](?=.{6,})"),  # a paper's column: (新春走基层)福建屏南…
    re.compile(r"\*{3,}$"),  # …加速度******
    # an encyclopedia's note of where its entry came from, after the head word (某开发区 百科内容来自于: 某某百科)
    re.compile(r"\s+(?:百科)?(?:内容|內容)(?:来自|來自)(?:于|於)?\s*[:：].*$"),
    # a paper's footnote mark after its title (…发展研究*: the note on its funding, printed under it; ① after a title numbers a series, 在行动①)
    re.compile(rf"(?<=[{CJK}])\s*[*＊]$"),
    PICTURE_NOTE,
    # a forum's category tag: [计划总结] 生态园…工作总结 — never a bracketed word the headline goes on from with 的, a
    # particle that needs the word before it ([某某园]的解释: the entry's word, not a tag)
    re.compile(rf"^[\[［][{CJK}/／·\s]{{2,8}}[\]］](?!的)"),
    re.compile(r"^\d+\+\s*"),  # a site's counter: 8402+ 工业园区…
    _REPOST_MARK,
    # a wire's dateline and its reporter set before the headline, as an aggregator reposts a wire story (某某社某地3月5日电
    # （记者 某某）标题): by its form, an agency or place, a day, 电/讯, then who filed it in brackets — a prefix, no headline
    _WIRE_DATELINE,
    re.compile(r"^(?:下载后可任意编辑|下載後可任意編輯)\s*"),  # a document site's note glued before a title
    # …and its label praising the copy (精编范文 产业园区…调研报告, 精品文档 …): a document site's, never a title's first words
    re.compile(r"^(?:精编|精編|精品|精选|精選|优秀|優秀|推荐|推薦)(?:范文|範文|文档|文檔)\s*(?=\S{6})"),
    # the lead's dateline left after the headline on its line (某某园区举行签约仪式 本报讯): the next line's, no title's
    re.compile(r"\s+(?:本报讯|本報訊)$"),
    # a print view's label before the title (您要打印的文件是:某某): the page's
    re.compile(r"^您要打印的文件是\s*[:：]\s*"),
    re.compile(rf"\s*{COMPILATION_COUNT}$"),  # …工作总结(五篇), …调研报告(共8篇), (精选多篇)
    re.compile(rf"\s*【(?:精简|精簡|精选|精選|通用|优选|優選|推荐|推薦)?{_NUM}篇】$"),  # …考察情况的报告【精简3篇】
    # a site's word count: …调研报告(全文3346字), …务虚会上的发言(1542字), （约2000字）
    re.compile(r"\s*[(（【\[]\s*(?:全文)?\s*[共约約]?\s*(?:全文\s*)?\d{2,6}\s*字\s*[)）】\]]$"),
    # …and unbracketed after the genre word it counts: …运行情况报告1650字, …的讲话 3200字 (no title ends on a count of
    # its own characters; a title's own number comes before its genre word: 3000字作文 is no report's)
    re.compile(r"(?<=[报報结結划劃告点點话話辞辭言稿料案得会會词詞])\s*[共约約]?\d{3,5}\s*字$"),
    re.compile(r"\s*[(（](?:精选|精選|通用|优选|優選|汇总|匯總|合集|完整|完整版)?\s*\d{0,3}\s*(?:篇|份)?(?:文档|文檔|范文|範文)?[)）]$"),
    re.compile(r"\s*(?:精选|精選|通用|汇总|匯總|专业精编|專業精編|优秀|優秀)?(?:范文|範文)?\d{1,3}篇$"),  # 精选5篇, 专业精编8篇, …安排4篇, 通用范文3篇
    # a document site's page <title> after the copy's own: keywords ending in 范文大全 set apart by a space (…工作总结通用范文3篇
    # 工区年度总结报告范文大全), or the site's category after a dash naming the genre again (…情况汇报-汇报材料)
    re.compile(r"(?<=\S{6})\s+\S{2,24}(?:范文大全|範文大全)$"),
    re.compile(r"(?<=总结|總結|计划|計劃|計畫|汇报|匯報|报告|報告|讲话|講話|要点|要點|打算)\s*[-－–_]\s*"
               rf"[{CJK}]{{0,4}}(?:材料|范文|範文|大全|总结|總結|计划|計劃|汇报|匯報|报告|報告|讲话稿|講話稿|发言稿|發言稿)$"),
    # …and its label of freshness before a copy's title (最新工业区年度工作总结): the site's, never a title's first word
    re.compile(r"^最新(?=[^\s:：，,。]{4,40}(?:总结|總結|计划|計劃|計畫|汇报|匯報|报告|報告|讲话|講話|要点|要點)(?:\S{0,12})$)"),
    re.compile(r"\s*[(（]\s*(?:精选文档|精選文檔|word版|WORD版|可编辑|可編輯|完整版|最新)\s*[)）]$"),
    # …and after a dash, the copy's format and its praise (…调研报告-实用word文档, …总结-精品文档), its years in brackets
    # before it (【2018-2019】…): the site's, never the title's
    re.compile(r"(?<=\S{6})\s*[-－–_]\s*(?:实用|實用|精品|优质|優質|精编|精編|最新)?(?:word|WORD|Word)?(?:文档|文檔)$"),
    re.compile(r"^[【\[]\s*(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)\d{2}\s*[】\]]\s*(?=\S{6})"),
    re.compile(r"\s*[\[【]?VIP[\]】]?.*$", re.I),  # …工作汇报[VIP], .docxVIP专享VIP免费优质
    re.compile(r"\s*\.(?:docx?|pdf|wps|txt)$", re.I),
    # a page's <title>: the document's title, "_", then the site's column or name (…主持词_文艺演出主持词开场白)
    re.compile(SITE_TITLE_SUFFIX),
    re.compile(r"(?:范文大全|範文大全|范文|範文)(?=$|[及和与與]|\d{1,3}篇$)"),  # 工作计划范文, 工作总结范文和…
    # a page's number: …工作总结范文(2), a long article's page on a news site (…已基本建成【4】), a document site's (…实施细则 第4页)
    # (joined by a dash, …工作总结-第2页, it stays, as session 10's test of what a dash sets off keeps it)
    re.compile(r"\s*(?:[(（]\s*\d{1,2}\s*[)）]|【\d{1,2}】)$|(?<=[^\s\-－–_])\s*第\s*\d{1,3}\s*[页頁]$"),
    re.compile(r"\s*[(（]\s*第?\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*[页頁]?\s*[)）]$"),  # …and of how many: 第47章 …(第2 / 3页)
    re.compile(r"[?？]\s*[(（]\s*[一二三四五六七八九十\d]+\s*[)）]$"),  # …怎么写?( 九 )
    re.compile(r"(?<=\S{4})\s*(?:怎么写|怎麼寫|怎样写|怎樣寫|如何写|如何寫)\s*[?？]?$"),  # a site's question: …调研报告怎么写?
    re.compile(r"(?<=[总結结计劃划汇匯报報告算])(?:精选|精選|合集|汇编|匯編|大全|新编|新編)$"),  # (…和下步打算新编)
    re.compile(r"\s*(?:万能模板|萬能模板|通用模板|模板|下载本文|下載本文|免费下载|免費下載)$"),
    re.compile(r"\s*[—－-]{1,2}\s*全文$"),  # 政府工作报告—全文
    re.compile(r"(?<=\S{6})\s*[(（【\[]\s*(?:全文|完整版全文|附全文)\s*[)）】\]]$"),  # …开工仪式上致辞(全文): a copy's mark
    re.compile(r"(?<=\S{6})\s+(?:最新快讯|最新快訊|今日快讯|今日快訊|滚动新闻|滾動新聞|热点资讯|熱點資訊|最新资讯|最新資訊)$"),  # a site's column tag
    _SITE_ADDRESS_PREFIX,
    # a share widget's words glued after a headline: …主题活动圆满举行分享 微信 (never a title's own 经验分享: a platform follows)
    re.compile(r"(?<=\S{6})\s*分享(?:到)?\s*[:：]?\s*(?:微信|微博|QQ空间|朋友圈)(?:\s*(?:微信|微博|QQ空间|QQ|朋友圈))*$"),
    re.compile(r"(?<=\S{6})\s*分享到\s*[:：]?$"),  # …its label alone, the platforms' icons after it (…破2500億台幣分享到:)
]


# a whole headline in 【】 (never a wire's credit, 【某某網/台中報導】, which is_credit_line tells apart first)
_BRACKETED_HEADLINE = re.compile(r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?【([^【】]{10,60})】")  # (a flash's clock time glued before it,
# 11:58:47【…】, as a wire's live feed prints each item: when it went out, no words of the headline)


# a news column's name before its headline (园区快讯：…, 世界快讯:…, 本地要闻：…): the site files the story under it; the
# story's own headline follows (a column ending in 新闻/快讯/要闻/动态/资讯, a headline of eight characters or more)
_COLUMN_BEFORE = re.compile(r"^[^:：，,。\s]{0,8}(?:新闻|新聞|快讯|快訊|要闻|要聞|动态|動態|资讯|資訊|(?<=[^\s:：，,。])报道|(?<=[^\s:：，,。])報道)"
                            r"\s*[:：]\s*(?=\S[^\n]{7})")  # (…报道 after its kind: 特别报道：, 专题报道：, 天天报道：, a paper's column)


def strip_news_column(title: str) -> tuple[str, str]:
    """``title`` without a news column's name before it (园区快讯：青岚工业园区新增…), and the column ("" when none)."""
    m = _COLUMN_BEFORE.match(title)
    return (title[m.end():], m.group(0).strip()) if m else (title, "")


# a <title>'s suffix after a dash, a site's name (标题-强生搬场)
_DASH_SUFFIX = re.compile(rf"(?<=[{CJK}」”!！）)])\s*[-－–|｜_]\s*(?P<site>[{CJK}A-Za-z0-9·]{{2,12}})$")


def strip_named_site(title: str, sources: list[str] | tuple = ()) -> tuple[str, str]:
    """``title`` without the site's name a <title> puts after a dash (襄阳某园4家企业开工-强生搬场) where the page's rows
    name its source with it (来源:上海强生搬场运输有限公司: ``clean.page_credits``' sources), and the name taken off ("" when
    none)."""
    m = _DASH_SUFFIX.search(title)
    if not m or len(title) - len(m.group(0)) < 8:
        return title, ""
    site = m.group("site")
    if any(site in source for source in sources):
        return title[:m.start()].rstrip(), site
    return title, ""


def strip_decoration(title: str) -> str:
    """The title without what a document site added to it (VIP, .docx, 精选8篇, 【工作总结】…)."""
    prev = None
    while prev != title:
        prev = title
        if whole := _BRACKETED_HEADLINE.fullmatch(title):
            title = whole.group(1).strip()  # 【经济呈现良好开局,新兴动能加快聚集】: a headline set in brackets, as a
            # portal prints a feature's or a briefing's title, is the headline (a short 【…】 before a title is a column)
        for pat in _DECORATIONS:
            title = pat.sub("", title).strip()
        title = _strip_site_after_dash(title)
    return title


def strip_numbering(title: str, trailing_number: bool = False) -> str:
    """The title without the collection's numbering (【第一篇】, 篇一, 1., and with
    ``trailing_number`` a bare count: 工作总结1); never strips the whole title."""
    out = title
    for pat in _NUMBERING:
        out = pat.sub("", out).strip()
    if trailing_number:
        out = _TRAILING_NUMBER.sub("", out).strip()
    elif len(out) > 6:
        out = _NUMERAL_AFTER_GENRE.sub("", out)
    return out


# a law database's header after a rule's title: the chapter shown (总则, 第一章 总则) and the day it was issued or amended in
# brackets (…租售办法  总则 ( 97年07月16日)) — the page's row, no words of the title
DATED_CHAPTER_TAIL = re.compile(r"(?:\s+(?:第[一二三四五六七八九十百]+章\s*)?(?:总则|總則|附则|附則|通则|通則))?\s*[(（]\s*"
                                r"(?:\d{2,3}|(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]\s*$")
_RULE_GENRE_BEFORE = re.compile(r"(?:办法|辦法|条例|條例|规定|規定|细则|細則|规则|規則|准则|準則|章程|法)$")


def strip_dated_chapter(title: str) -> str:
    """``title`` without a law database's chapter and date after a rule's name (DATED_CHAPTER_TAIL)."""
    m = DATED_CHAPTER_TAIL.search(title)
    return title[:m.start()].rstrip() if m and _RULE_GENRE_BEFORE.search(title[:m.start()].rstrip()) else title


def clean_title(line: str, trailing_number: bool = False) -> str:
    """The title a person reads in a title line; "" when the line is nothing but the
    site's numbering and decoration (【第一篇】, 第二篇)."""
    title = strip_dated_chapter(strip_decoration(strip_numbering(strip_decoration(line), trailing_number)))
    title = PHOTO_CREDIT_TAIL.sub("", title) if len(title) > 8 else title  # (某某产业园(摄影:某某): the caption's credit)
    return title if len(title) >= 2 else ""


# an abstract's label run into the end of its paper's title line: a paper (GB/T 7713) sets 摘要 as a heading of its
# own under the title, often spaced as a two-character label is (摘 要); a page that flattens it glues it to the title
_ABSTRACT_LABEL_END = re.compile(r"(?:[\s\u3000]+摘[\s\u3000]*要|摘[\s\u3000]+要)\s*[:：]?$")
_KEYWORDS_ROW = re.compile(r"^\s*[\[【]?(?:关键词|關鍵詞|关键字|關鍵字)[\]】]?\s*[:：]")
# how an abstract opens: the paper speaking of itself (本文以…为例, 本研究…, 该文…), never a summary of a year's work
_ABSTRACT_OPENING = re.compile(r"^\s*(?:本文|本研究|本論文|本论文|该文|該文|文章|笔者|筆者)(?=[以从從通对對基在围圍结結分针針就首选選运運采採]|[，,])")
_ABSTRACT_ROW = re.compile(r"^\s*[\[【]?(?:摘\s*要|内容摘要|內容摘要|提\s*要)[\]】]?\s*[:：]?")


def strip_abstract_label(title: str, after: list[str]) -> tuple[str, str]:
    """``title`` without an abstract's label run into its end, and why ("" when there was none). A spaced label
    (…调研报告摘 要, …研究 摘要) is always the heading's; 摘要 written close after the title is the label only when the
    paper's abstract follows, opening with the paper naming itself (本文以…) or closing with its keywords row (关键词：…,
    the block GB/T 7713 prescribes), and no line under the title
    carries the label itself: a 政府工作报告摘要 over its text is a summary's own title."""
    m = _ABSTRACT_LABEL_END.search(title)
    if m and m.start() >= 4:
        return title[:m.start()].rstrip(), f"标题行末尾的「{title[m.start():].strip()}」是论文摘要的标签，不属标题"
    if title.endswith("摘要") and len(title) >= 8 and after and not any(_ABSTRACT_ROW.match(x) for x in after[:2]) \
            and (any(_KEYWORDS_ROW.match(x) for x in after[:4]) or _ABSTRACT_OPENING.match(after[0])):
        return title[:-2].rstrip(), "标题行末尾的「摘要」是论文摘要的标签（其下是摘要正文：以“本文”等自指开头或后接“关键词”一行），不属标题"
    return title, ""


# ------------------------------------------------------------ which line is the title

BYLINE_RE = re.compile(r"(管委会|管委會|管理委员会|管理委員會|办公室|辦公室|人民政府|委员会|委員會|管理局|管理处|管理處|"
                        # (…or a society's: a trade association or its branch, whose site prints its name over each page)
                        r"协会|協會|分会|分會|学会|學會|联合会|聯合會|商会|商會|研究会|研究會|促进会|促進會|联盟|聯盟)$")
_SUBTITLE_RE = re.compile(r"^[—－-]{1,2}|^[(（].*[)）]$")
_SALUTATION_RE = re.compile(r"^(各位|尊敬的|同志们|同志們|大家好|女士们|亲爱的)")


# the common Chinese surnames (the 百家姓's most frequent, both scripts, and the compound ones): a line of personal
# names opens each with one
_SURNAMES = ("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣"
             "蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀"
             "顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關"
             "兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解"
             "牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米杭")
_NAME = rf"(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|[{_SURNAMES}])[{CJK}]{{1,2}}"


# a reporter's credit on a line of its own: "记者 某某 某某 通讯员 某某", "本报记者 某某"
_RANK_PREFIX = r"(?:本报|本報|本刊|见习|見習|特约|特約)?(?:全媒体|全媒體|融媒体|融媒體|首席|资深|資深){0,2}"
_REPORTER = (_RANK_PREFIX + r"(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|编辑|編輯|"
             r"(?:文|图|圖)(?:[、與与及和](?:文|图|圖|摄影|攝影))?)")  # 文、圖/某某 某某: who wrote it and took its pictures
# (a paper prints its byline after a marker, □记者 某某 / ◎某某日报全媒体记者 某某, and each name with its part,
# 某某/文 某某/图: who wrote, who took the pictures)
# (a site's name and its paper's before the reporter, as a portal credits a paper's story: 某某網-某某日報記者 某某,
# 某某在线-某某日报记者 某某)
# (…and an outlet's app, 某某日报·某某客户端记者 某某; an agency, 新华社记者某某; the reporter's name glued to the rank, 记者某某,
# read by its surname — only after a reporter's rank, as 文 or 图 glued to a word is a word: 文史馆; and a first name
# with no rank before the staff, 某某 记者 某某: the paper's editor or correspondent, as a paper lists its staff)
_GLUED_RANK = _RANK_PREFIX + r"(?:记者|記者|通讯员|通訊員|实习生|實習生)"
REPORTER_LINE = re.compile(rf"^[□◎■●◆]?\s*[(（]?\s*(?:{_NAME}\s+(?=.{{0,20}}?(?:记者|記者|通讯员|通訊員)))?"
                           rf"(?:(?:[{CJK}·]{{1,10}}?(?:新闻|新聞|日报|日報|晚报|晚報|融媒体中心|融媒體中心|融媒体?|客户端|客戶端|网|網|在线|在線|报|報|社)社?[\s\-－—/／|｜·]*){{0,2}}"
                           # (a paper's two-character short name before each of its staff: 每经记者 某某 每经编辑 某某)
                           rf"(?:[{CJK}]{{2}}(?=(?:记者|記者|编辑|編輯)[\s:：]))?(?:{_REPORTER}[\s:：/／]+|{_GLUED_RANK}(?={_NAME}(?:[\s、]|[)）]?$)))"
                           rf"(?:[{CJK}·]{{2,4}}(?:[/／](?:文|图|圖|摄|攝|摄影|攝影))?(?:[\s、]+|(?=[)）]?$)))*)+[)）]?$")
# a newspaper's subtitle that names who spoke and who attended, its headline lost:
# "某某讲话 某某某某出席" — every part a name and a verb of attending (a speech is titled 在…上的讲话)
_ATTENDED = r"(?:讲话|講話|出席|参加|參加|主持|致辞|致辭|陪同|见证|見證|宣布开工|宣布開工)"
NEWS_SUBTITLE = re.compile(rf"^(?:[^\s的在，,。]{{2,12}}{_ATTENDED}\s+)+[^\s的在，,。]{{2,12}}{_ATTENDED}$|"
                           # …or who said it where, under a headline of the speaker's words (继往开来 扛起…大旗 … /
                           # 某某在…会议上强调): a speech's own title is 在…上的讲话, with 的
                           r"^[^\s，,。的]{2,20}在[^，,。]{2,40}(?:会议|會議|大会|大會|座谈会|座談會|会|會|仪式|儀式|活动|活動)上"
                           r"(?:强调|強調|指出|表示|要求|讲话|講話|发言|發言)$|"
                           # …or a line of a name and what the person did there, under the headline of the event
                           # (陈平见证签约, 某某出席并讲话, 某某出席): a headline tells the event, its subtitle who came
                           rf"^[^\s的在，,。]{{2,4}}(?:出席|参加|參加|见证|見證|主持|陪同|致辞|致辭)(?:并|並)?"
                           r"(?:讲话|講話|致辞|致辭|签约|簽約|签字|簽字|活动|活動|仪式|儀式|会议|會議|开工|開工)?$")


# a newspaper's name and its reporter's on a line of their own: "經濟日報 某某某", "某某晚报 记者 某某"
# what a news organ's name ends with: a paper, a news site or agency, a broadcaster
NEWS_ORGAN = "日报|日報|晚报|晚報|时报|時報|商报|商報|新闻网|新聞網|新闻社|新聞社|通讯社|通訊社|电视台|電視台"
_PAPER = r"[{CJK}]{{1,8}}(?:" + NEWS_ORGAN + r"|新闻|新聞)"
# (波新聞─某某某/高雄: the reporter's place after a slash)
PAPER_LINE = re.compile(rf"^{_PAPER.format(CJK=CJK)}(?:\s*(?:{_REPORTER}))?[\s/／─—-]+[{CJK}·]{{2,4}}(?:[/／][{CJK}]{{2,4}})?$")
# a news item's credit line: "經濟日報／ 記者某某/高雄即時報導", "某某報 記者某某台北報導", "某某網記者某某台北特稿"
CREDIT_REPORTED = re.compile(r"^[^。，,！？]{0,12}(?:记者|記者|通讯员|通訊員)[^。，,！？]{1,24}(?:报道|報導|报导|報道|特稿|专稿|專稿|专访|專訪)$")
# a paper's name and the day of its issue on a line of their own (某某日报2019年03月20日): the e-paper's masthead row
# a Taiwanese paper's credit, reporter and place joined by a slash (某某某/新竹報導, 地方中心/綜合報導), after the time, the day
# and the paper a reposting page may print before it (04:10 2021/12/15 某某時報 某某某/新竹報導)
SLASH_REPORTED = re.compile(rf"^(?:\d{{1,2}}:\d{{2}}\s*)?(?:(?:19|20)\d{{2}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}\s*)?(?:{_PAPER.format(CJK=CJK)}\s*)?"
                            rf"[{CJK}·]{{2,6}}\s*[/／╱]\s*[{CJK}]{{2,4}}?(?:即時|即时|綜合|综合)?(?:報導|报道|報道|报导)$")
DATED_PAPER_LINE = re.compile(rf"^{_PAPER.format(CJK=CJK)}\s*[(（]?\s*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[)）]?(?:\s*第?\s*\d{{1,3}}\s*版)?$")
# a headline of two or three phrases side by side (中港加工出口区 招商逆势扬, 工業局 邀六都探討…), a speaker's
# name before a colon allowed (孫東:正全速推進… 分階段…), or the subject it is about, a park named with its place or part in
# brackets (四川(某市)某某产业园:提升… 打响…, 某某经开区(东区)新材料产业园:…), a feature's kicker, or the topic a paper files
# it under set off by a bar before it (某某園｜某某:… …, as Hong Kong's papers print it): news style; a document's title is one phrase
TWO_PART_HEADLINE = re.compile(rf"(?:[{CJK}]{{2,10}}\s*[|｜]\s*)?(?:[{CJK}]{{2,6}}[:：]|[{CJK}]{{2,8}}[(（][{CJK}]{{2,6}}[)）][{CJK}]{{2,12}}[:：])?[{CJK}“”「」!！\d]{{2,30}}(?:\s+[{CJK}“”「」!！\d]{{4,30}}){{1,5}}")
# a news agency's credit in brackets on a line of its own: 【某某新聞網/產經中心/台中報導】, 【某某台訊】
# how a news source names itself when it opens a lead (某某新闻网讯, 某某日报讯, 某某台讯, 某某客户端讯): the source's kind, then 讯
SOURCE_TAG = r"(?:网|網|报|報|台|社|站|中心|新闻|新聞|客户端|客戶端|频道|頻道|快)[讯訊]"  # (快讯: a news service's flash, 某某AI快讯;
# 站讯: a site's local station, 某某网某县站讯)
WIRE_CREDIT_LINE = re.compile(r"^【[^】。，,]{2,30}(?:[讯訊电電]|报道|報導|报导|報道|消息)】(?:\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2})?$|"
                              # an agency's picture credit, its place and day (新华社照片，大同（山西），2012年4月16日): the
                              # caption's dateline, as a wire's is its story's
                              r"^(?:新华社|新華社|中新社|中新社)(?:照片|图片|圖片|发|發)\s*[，,]\s*[^，,。]{2,16}[，,]\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日$|"
                              # an agency and its dateline alone: 中央社／ 台中28日電
                              rf"^[{CJK}]{{2,8}}\s*[/／]\s*[{CJK}]{{0,6}}\d{{1,2}}日(?:专|專)?[电電]$|"
                              # a source's tag alone, as a lead opens on it (某某新闻网讯, 某某日报讯, 某某台讯): a dateline
                              # (after the portal's name, its client's: 某某網 某某客戶端訊)
                              rf"^(?:[{CJK}]{{1,12}}(?:网|網|报|報|台|社)\s+)?[{CJK}]{{1,12}}" + SOURCE_TAG + "$")
# a picture's caption, as news pages print it where the picture was: it opens with a marker
# (▲ 某某与贵宾合影) or closes with the picture's credit ((圖/某某提供), （圖：某某提供）,
# 某某/攝影, (某某市政府提供))
PHOTO_CAPTION = re.compile(rf"^[▲△▼▽↑↓]|(?:[(（]\s*(?:图|圖|照片|相片)\s*[/／:：︰]?[^()（）]{{0,24}}[)）]|"
                           rf"[(（][^()（）]{{2,20}}(?:提供|摄|攝)[)）](?:[{CJK}]{{2,4}}(?<![。，]))?|[{CJK}·]{{2,4}}\s*[/／]\s*(?:摄影|攝影|摄|攝|翻摄|翻攝)|"
                           rf"(?:^|[。\s])(?:图|圖|照片|相片|摄影|攝影)\s*[/／:：]\s*[^\s。，,]{{2,16}})[。.]?$")


# a caption's opening words: 图为… ("pictured is"), 上图为…, 左图：…
# (and a caption opened by its marker: 圖/ 某某局長(右3)與…合影, 图：…)
_PICTURED = re.compile(r"^(?:图为|圖為|[上下左右][图圖][为為:：]|(?:图|圖|照片)\s*[/／:：])\s*\S|"
                       # (an agency's caption, 这是2024年2月16日在某市拍摄的某工业园: "this is…, taken on… at…", however long)
                       r"^(?:这是|這是)[^。！？]{0,60}?(?:拍摄|拍攝)(?:的|于|於)")
_CAPTION_MARK = re.compile(r"^(?:图|圖|照片)\s*[/／:：]")
# who supplied the picture, alone where the picture was: 經濟部園管局提供, 圖片來源：某某
PHOTO_SOURCE_LINE = re.compile(rf"^(?:[{CJK}]{{2,14}}提供|(?:图片来源|圖片來源|图源|圖源)\s*[:：／/][^\s。，,]{{2,16}})$")


# a picture named by its kind with who made or supplied it after a slash or a colon, alone where the picture was:
# 示意圖/某某台, 資料照/記者某某攝, 资料图片：新华社, 效果图/某某设计院, （资料图片仅供参考） — a caption's credit names
# the picture (a diagram, a file photo, a rendering) and its source, never what happened
_IMAGE_KIND = r"(?:示意|资料|資料|配|插|效果|合成|现场|現場|网络|網絡|網路|新闻|新聞|视频|視頻|影片)?(?:图片?|圖片?|照片?|相片|影像|截图|截圖)"
_IMAGE_CREDIT = re.compile(rf"^[(（]?\s*{_IMAGE_KIND}\s*[/／:：︰]\s*[^\s。，,！？!?；;]{{1,20}}\s*[)）]?$|"
                           rf"^[(（]\s*(?:资料|資料|示意|网络|網絡|網路)?(?:图片?|圖片?|照片?)[^()（）。，,]{{0,12}}[)）]$")


# where a person stands in the picture (左1, 右二, 中): only a caption points its people out so
_IN_THE_PICTURE = re.compile(r"[(（]\s*(?:左|右|前排左|前排右|后排左|後排左|后排右|後排右)\s*[一二三四五六七八九\d]{1,2}\s*[)）]|[(（]\s*[中]\s*[)）]")
# a caption's credit closing it: who took or supplied the picture in brackets (…(某某网 新闻图), …(当今某州图)), or the
# photographer and the agency (某某摄(人民视觉)); a report's "(见下图)" points at one and is no credit, and a bare kind
# (资料图) names nobody: no sign of news (an encyclopedia's pictures are so marked)
# a picture's giver after its caption's stop, unbracketed (…园区内的企业。某某 供图; 鸟瞰某园区。某园区供图) or in brackets after the
# agency that sent it (…拍摄的某工业园。新华社发(某工业园供图)): the caption's credit (credits.py lifts it, the caption stays)
GIVER_AFTER_CAPTION = re.compile(r"(?<=[。！？!?])\s*(?:(?:新华社发|新華社發|新华社|新華社)?\s*[(（]\s*[^()（）。，,\s]{1,16}?(?:供图|供圖)\s*[)）]|"
                                 r"[^()（）。，,！？!?\s]{1,12}\s*(?:供图|供圖)|"
                                 # (…and who took it: …生产线。 某某 某某某 摄; 图为…一角。本报记者 某某 摄)
                                 rf"(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*)?[{CJK}·]{{2,4}}(?:(?:\s+|\s*、\s*)[{CJK}·]{{2,4}}){{0,3}}\s*(?:摄|攝))\s*$")
_PICTURE_CREDIT_END = re.compile(rf"[(（](?!(?:资料|資料|示意|效果|配|插|网络|網絡)?(?:图|圖)[)）])[^()（）]{{1,20}}(?<![见見如附下上左右该該本此])(?:图|圖|供图|供圖|摄|攝)[)）]\s*$|"
                                 # (who gave the picture after the caption's stop: …园区内的企业。某某 供图, GIVER_AFTER_CAPTION)
                                 rf"(?:{GIVER_AFTER_CAPTION.pattern})|"
                                 rf"[{CJK}]{{2,4}}\s*(?:摄|攝)\s*[(（][^()（）]{{2,12}}[)）]\s*$")


# the end of a photographer's credit broken onto a line of its own (新华社记者 朱 / 炜摄)
# a photo's credit with its label closing a caption set as a title (某某产业园(摄影:某某), …（圖/某某）)
PHOTO_CREDIT_TAIL = re.compile(r"\s*[(（]\s*(?:摄影|攝影|图|圖|图片|圖片|照片|图文|圖文)\s*[:：/／]\s*[^()（）:：]{1,12}[)）]\s*$")
_CREDIT_TAIL = re.compile(rf"[{CJK}·]{{0,4}}\s*(?:摄|攝|摄影|攝影)")
_CREDIT_HEAD = re.compile(rf"(?:记者|記者|通讯员|通訊員)\s*[{CJK}·]{{0,3}}\s*$")


def _credit_runs_on(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a caption whose credit the page broke onto the next line, or that credit's end."""
    if _CREDIT_TAIL.fullmatch(lines[i]) and i > 0 and _CREDIT_HEAD.search(lines[i - 1]):
        return True
    return i + 1 < len(lines) and bool(_CREDIT_HEAD.search(lines[i])) and bool(_CREDIT_TAIL.fullmatch(lines[i + 1]))


# an editor's note, labelled (编者按：…, 【编者的话】…), which papers set over a feature or a series' first article
EDITORS_NOTE = re.compile(r"^[【\[(（]?\s*(?:编者按|編者按|编者的话|編者的話|编者注|編者註|编辑按|編輯按)\s*[】\])）]?\s*[:：]?")


# a picture's caption naming only what it shows, the scene or the drawing, with no credit (仪式现场、 / 在某某公司调研现场 /
# 某园区总体规划效果图 某景区效果图): a noun phrase, or where (在…), closed by the picture's kind — a headline says what
# happened (探访…建设现场 opens on its verb; a lead's sentence, 主会场设在…现场, runs longer and has one)
_SCENE_CAPTION = re.compile(r"(?:在)?[^\s，,。；;！？!?：:“”「」]{0,26}?(?:现场|現場|(?:效果|规划|規劃|鸟瞰|鳥瞰|全景|示意)(?:图|圖))"
                            r"(?:\s+[^\s，,。；;！？!?：:]{2,20}?(?:效果|规划|規劃|鸟瞰|鳥瞰|全景|示意)(?:图|圖))*、?")
_SCENE_VERB = re.compile(r"(?:探访|探訪|直击|直擊|走进|走進|来到|來到|记者|記者|探秘|聚焦|亮相|设在|設在|位于|位於|是|为|為)")


def _set_over_text(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is set over a text and is none of its words, title or lead: an editor's note (编者按：…) or a
    picture's caption, its credit perhaps broken onto the next line, or a caption naming only the scene it shows."""
    return bool(EDITORS_NOTE.match(lines[i])) or is_caption(lines[i]) or _credit_runs_on(lines, i) \
        or bool(_SCENE_CAPTION.fullmatch(lines[i])) and not _SCENE_VERB.search(lines[i])


def is_caption(line: str) -> bool:
    """A picture's caption (its marker or its credit), not the report's words."""
    if not line or len(line) > 160:
        return False
    if line[0] in "▲△▼▽↑↓" or _PICTURED.match(line) and (len(line) <= 60 or _CAPTION_MARK.match(line)):
        return True  # (图为…: "pictured is…", how a caption opens under its picture; 圖/ 某某局長(右3)與…合影 runs as
        # long as the people it names: a caption's marker, 图 and a slash or a colon, opens it whatever its length —
        # a long 图为… may be a sentence about a plan's map)
    if len(line) <= 30 and _IMAGE_CREDIT.match(line):
        return True
    if len(line) <= 120 and (_IN_THE_PICTURE.search(line) or _PICTURE_CREDIT_END.search(line)):
        return True  # (某某(左1)和某某参观…模型。(当今某州图); 某某一景(某某网 新闻图); …入口。 某某摄(人民视觉))
    # (a credit sits in the last characters and names a picture, its taker or who supplied it: the patterns
    # run only when one of those characters is there, as this is asked of every line a join considers)
    tail = line[-40:]
    if not any(c in tail for c in "图圖照相摄攝提"):
        return False
    return bool(PHOTO_CAPTION.search(line) or PHOTO_SOURCE_LINE.match(line))


# where a news item was first printed: 原文刊於某某新聞, 原载某某日报, 转载自某某网
_REPRINTED = re.compile(r"^(?:原文|本文|此文)?(?:刊於|刊于|原載於?|原载于?|轉載自|转载自|原刊於|原刊于)[^。，,]{2,20}$")


def is_credit_line(line: str) -> bool:
    """A line that credits a news item (a reporter's byline, a paper and its reporter, a
    subtitle of who spoke and attended, a picture's caption, a lead's dateline and byline set
    apart from the lead): never the title, and a sign that the page is news."""
    if is_credit_row(line) or len(line) <= 60 and NEWS_SUBTITLE.match(line):
        return True  # (a byline, a subtitle of names, a paper's credit: all short)
    return is_caption(line)


# a two-character name printed with a space inside, as papers align it with three-character names (记者 刘 昊 通讯员 卢庆毅)
_SPACED_NAME = re.compile(f"(?<![{CJK}])([{CJK}])[ \u3000]([{CJK}])(?![{CJK}])")


# an outlet, its writer's name, then its editor credited by the outlet's short name (某某经济新闻 张某 某经编辑 赵某某): the
# outlet's row, as 记者 某某 编辑 某某 is
# the writers of an item on a row of their own, perhaps after a paper's mark and its outlets (●某某网-某某日报某某 某某/文,
# □某某 某某 某某/文): their names and what each made (文, 图, 摄) — the credit, no words of the item
_WRITERS_ROW = re.compile(rf"^[●□■◎◆]?\s*(?:[{CJK}]{{2,10}}?(?:网|網|日报|日報|报|報|台)\s*[-－—·]?\s*){{0,2}}"
                          rf"(?:[{CJK}·]{{2,3}}[\s、，,]+){{0,5}}[{CJK}·]{{2,3}}\s*(?:[/／]\s*(?:文|图|圖|文图|文圖|摄|攝)|(?<=\s)(?:摄|攝))$")
_OUTLET_WRITER_EDITOR = re.compile(rf"^[{CJK}]{{2,10}}(?:新闻|新聞|日报|日報|晚报|晚報|时报|時報|报|報|网|網|社)\s+[{CJK}·]{{2,4}}\s+"
                                   rf"[{CJK}]{{0,4}}(?:编辑|編輯|责编|責編|责任编辑|責任編輯)[\s:：]*[{CJK}·]{{2,4}}$")


# a row labelled by what its people made, before them (文：《某某报道》记者 某某, 文/图：某某 某某, 撰文｜某某): the writers' credit,
# as 某某/文 after them is; an outlet in its title marks may come before the names
_MADE_BY_LABEL = re.compile(r"^(?:文|撰文|文字|图文|圖文|文图|文圖|文[/／](?:图|圖)|图|圖|摄影|攝影)\s*[:：丨|｜]\s*(?:《[^》]{1,16}》\s*)?")
_NAMES_ONLY = re.compile(rf"^(?:[{CJK}·]{{2,4}}[\s、，,]+){{0,5}}[{CJK}·]{{2,4}}$")
# a row of the item's staff, each role before its people (编审 某某 某某; 本网记者 某某 摄 编辑 某某; 监制 某某 主编 某某): who made
# it, set apart by blanks, no sentence — the roles an outlet credits (describe's closing byline reads them too), each
# followed by one to four names
STAFF_ROLE = (r"(?:(?:本网|本報|本报|本台)?(?:记者|記者|通讯员|通訊員)|编辑|編輯|责编|責編|责任编辑|責任編輯|编审|編審|审核|審核|审校|審校|"
               r"校对|校對|监制|監製|主编|主編|终审|終審|初审|初審|美编|美編|制图|製圖|摄影|攝影|视频|視頻|统筹|統籌)")
_STAFF_ROW = re.compile(rf"^(?:{STAFF_ROLE}\s*[:：]?\s*(?:{_NAME}\s*(?:摄|攝)?(?:\s+|$)){{1,4}}){{1,4}}$")


_STAMP_AFTER_BYLINE = re.compile(r"(?<=[^\d\s])\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def is_credit_row(line: str) -> bool:
    """A row that only says who sent the item (a reporter's byline, a paper and its reporter, a dateline and byline
    set apart from the lead, where it was printed first): the site's credit, no words of the item — unlike a
    subtitle of who spoke or a picture's caption, which is_credit_line also counts as a sign of news."""
    if len(line) > 60:
        return False
    # (the post's day and time before the byline, 2026/03/14 11:55文/記者某某: the row's, as a page prints it)
    line = POST_STAMP_BEFORE.sub("", line, count=1) if line[:1] in "12" else line
    if line[-1:].isdigit():
        line = _STAMP_AFTER_BYLINE.sub("", line, count=1)  # (…记者 某某 某某2023-09-13 00:00: the post's stamp glued after)
    if ("记" in line or "記" in line or "通" in line) and (" " in line or "\u3000" in line):
        line = _SPACED_NAME.sub(r"\1\2", line)  # (本报记者 刘 昊: a paper spaces a two-character name out to three)
    if line[-1:] in "摄攝影" and (bare := re.sub(r"\s*(?:摄影|攝影|摄|攝)$", "", line)) != line and REPORTER_LINE.match(bare):
        return True  # (本报记者 某某 通讯员 某某 摄: the item's byline, its picture's taker the same)
    if (made := _MADE_BY_LABEL.match(line)) and (REPORTER_LINE.match(rest := line[made.end():]) or _NAMES_ONLY.match(rest)):
        return True
    if " " in line and _STAFF_ROW.match(line.strip()):
        return True
    return bool(REPORTER_LINE.match(line) or PAPER_LINE.match(line) or WIRE_CREDIT_LINE.match(line)
                or CREDIT_REPORTED.match(line) or _REPRINTED.match(line) or _OUTLET_WRITER_EDITOR.match(line)
                or ("文" in line[-2:] or "图" in line[-2:] or "圖" in line[-2:] or "摄" in line[-1:] or "攝" in line[-1:])
                and _WRITERS_ROW.match(line)
                or DATED_PAPER_LINE.match(line) or SLASH_REPORTED.match(line)
                or _lead_credits_only(line))


# the words that make a lead's opening a credit: a dateline (…电, …讯, …消息) or a byline (记者, 通讯员, …报道)
# (电 only as a dateline ends, 日电; 讯 only before the credit's bracket or the line's end: 电子信息产业园 credits nobody)
_CREDIT_WORD = re.compile(r"日(?:专|專)?[电電]|[讯訊](?=\s*[(（【)）]|\s*$)|消息|记者|記者|通讯员|通訊員|报道|報導|报导|報道")


def lead_opening(line: str) -> re.Match | None:
    """The first of the marks a news lead's line opens with (a credit, a dateline, a day: _LEAD_RE), or None."""
    return _LEAD_RE.match(line)


def opens_with_credit(line: str) -> bool:
    """Whether a line opens with a news credit (本报讯, 某某网6月4日讯(记者…), 某某社北京3日电, 【某某報記者…報導】)."""
    m = _LEAD_RE.match(line)
    return bool(m and _CREDIT_WORD.search(m.group(0)))


def _lead_credits_only(line: str) -> bool:
    """A news lead's credits on a line of their own, the lead's words on the next: 本报讯（记者 某某 通讯员 某某）,
    某某网某地17日电(记者 某某), 某某日报报道（通讯员 某某 记者 某某）. A dateline (电头) and a byline say who sent
    the story and from where, never what it is about: the headline is the line above, or with none the lead's words."""
    text = line.strip()
    while (stripped := _LEAD_RE.sub("", text, count=1).strip()) != text:
        text = stripped
    # (what was taken off must be a credit: a bracket alone, （2024年1月18日）, is a date or an aside, no credit)
    return not text.strip(" :：—－-") and bool(_CREDIT_WORD.search(line))


# what the name of a government office ends in (统计局, 商务局, 调查队, 办公厅): a bureau, a team, a department
_OFFICE_END = re.compile(r"(?:局|队|隊|厅|廳)$")


def is_byline(line: str) -> bool:
    """A unit's name on a line of its own (宜良县经济开发区管委会, 某某市统计局 / 国家统计局某某调查队: who issued a
    bulletin), as under a title."""
    if len(line) > 30 or DOC_WORD_RE.search(line) or _SENTENCE_END.search(line):
        return False
    if BYLINE_RE.search(line):
        return True
    if _POST_THEN_NAME.fullmatch(line):
        return True  # 市开发区党工委委员、纪检监察工委书记 张某某: a signed article's author, his posts and his name, under its title
    if _OFFICE_END.search(line) and re.fullmatch(f"[{CJK}]{{4,30}}", line):
        from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
        # an office's name is nouns (place + field + 局): a headline ending in one has its verb (某市成立数据局)
        return not any(tag.startswith("v") and tag != "vn" for _w, tag in word_tags(line))
    return False


# an official's posts, then a blank and his name: how a signed article prints its author under the title
_POST_THEN_NAME = re.compile(rf"[{CJK}、]{{2,24}}(?:书记|書記|主任|局长|局長|部长|部長|委员|委員|主席|区长|區長|县长|縣長|市长|市長|"
                             rf"镇长|鎮長|院长|院長|处长|處長|科长|科長|所长|所長|经理|經理|董事长|董事長|总监|總監)[ \u3000]+{_NAME}")
PERSON_NAME = _NAME  # (a person's name by its surname: describe reads a quote headline's speaker with it)
# a line of two or more personal names and nothing else (王某某、李某 某某某): who wrote a story, under its headline
AUTHOR_NAMES_LINE = re.compile(rf"{_NAME}(?:\s*[、，,/／]\s*{_NAME}|\s+{_NAME}){{1,7}}")


# the authors' units under a paper's title, in brackets as a journal prints them (GB/T 7713): a unit, its city and postcode
# ((某某大学 经济学院, 北京100081)), or the units numbered for several authors ((1.某某学院,某市150001;2.某某研究所,…))
AFFILIATION = re.compile(r"^[(（]\s*(?=[^()（）]*(?<!\d)\d{6}(?!\d)|\d\s*[.．、][^()（）]*[;；]\s*\d\s*[.．、])"
                         r"[^()（）]{4,160}[)）]?$")


def is_author_names(line: str) -> bool:
    """A line of personal names alone (王某某、李某某、张某): the story's authors under its headline, never a title."""
    return len(line) <= 48 and bool(AUTHOR_NAMES_LINE.fullmatch(line.strip()))


# a date on a line of its own (2021年03月04日, 2019-11-13 10:05): never a title
# (and the time a news site last updated it: 2021/12/28 14:15(12/28 15:36 更新))
# (and its label: 發布於 2021年10月14日09:46, 发布时间：2024-03-18)
# a row opening on a date field's label and its date, whatever fields follow (發布日期 2008/05/29 發布對象, 发布时间：
# 2022-04-18 来源：…): the page's metadata, a row of fields, never a headline
_DATE_FIELD_ROW = re.compile(r"^(?:发布|發布|發佈|更新|上传|上傳|公告|公布|公佈)(?:日期|时间|時間)\s*[:：]?\s*(?:19|20)?\d{2,3}\s*[-/.年]\s*\d{1,2}")
_DATE_ONLY_LINE = re.compile(r"(?:(?:发布|發布|發佈|更新|上传|上傳)(?:于|於|时间|時間|日期)?|时间|時間|日期)?\s*[:：]?\s*"
                             r"[\d\s年月日号號:：/.\-]+(?:[(（][\d\s年月日号號:：/.\-]*(?:更新|updated?)[)）])?"
                             # (its weekday after it, 2024年04月25日 (周四) / 星期四, however labelled: still only a date)
                             rf"(?:\s*{WEEKDAY})?", re.I)


def is_date_line(line: str) -> bool:
    """A date on a line of its own, labelled or not, its weekday after it or not (_DATE_ONLY_LINE), or a site's day
    row (furniture.is_weekday_row: 今天是2024年3月5日 星期二 09:41:05): never a title nor a lead's words."""
    return bool(_DATE_ONLY_LINE.fullmatch(line)) or is_weekday_row(line)


# a share button's prompt (分享到您的 / 分享该报道至 / 转发给: its verb, then 到/至/给 and the platforms' icons the page
# shows after it, no words): nothing the page reports
_SHARE_PROMPT = re.compile(r"(?:分享|转发|轉發|发送|發送|推荐|推薦|转载|轉載)(?:该|該|本|此|这|這)?[^\s，,。！？]{0,4}?"
                           r"[到至给給](?:您的|你的|好友|朋友)?\s*[:：]?")


def _ends_sentence(line: str) -> bool:
    """Whether a line holds a sentence's end. A headline may exclaim (根留台灣!…招商達九成,
    斬獲三個第一!2022年…結果公布): a "!" ends no sentence in a line short enough to be a
    headline and without a comma."""
    n = len(line)
    exclaims = n <= 40 or n <= 60 and "，" not in line and "," not in line \
        or n <= 60 and bool(re.match(r"[^，,。！!？?]{2,16}[!！]", line))
    # (总投资约480亿元！某新片区…开工，某某出席: a figure exclaimed before the headline's event, a comma after it)
    if n <= 60 and not exclaims:
        line = line.rstrip("!！")  # (…水上產業園區動土,園區開發正式啟動!!: a headline's closing exclamation, commas or not)
    if _LOST_CHAR.search(line):
        line = _LOST_CHAR.sub(lambda m: m.group(0) if _asks(line, m.start()) and not DOC_WORD_RE.search(line[-6:]) else "", line)
        # …在“綜合開發研究院(中國?深圳)”成立大會上的賀詞: a title, no question in it; 某部副部長瓦臘塞?凌沙瓦調研…: a
        # name's middle dot lost, no question either — the clause before it has no word that asks
    line = _LOST_RUN.sub("", line)  # 陸敏:??诰C保區…: characters an encoding lost, one "?" each, no question
    if exclaims and "，" not in line and "," not in line:
        line = line.rstrip("?？")  # (某省新增7个开发区 它们的主导产业都是啥?: a headline may ask, as it may exclaim)
    return bool(_SENTENCE_END.search(line.replace("!", "").replace("！", "") if exclaims else line))


# a character the page's encoding lost, printed as "?" between two characters (中國?深圳 for 中國·深圳): in a line
# that ends in a genre word (a title), no question
_LOST_CHAR = re.compile(rf"(?<=[{CJK}])\?(?=[{CJK}])")
# what makes a Chinese clause a question: a particle closing it (…嗎?, …呢?) or a word that asks inside it (是否, 如何, 什麼,
# 哪, 誰, 幾, 多少) or a verb asked as "A not A" (是不是, 會不會, 有沒有). A "?" after a clause with none of them asks nothing:
# it is a character the page's encoding lost (瓦臘塞?凌沙瓦 for 瓦臘塞·凌沙瓦, 某某网9月20日消息?中馬… for its colon)
_QUESTION_PARTICLE_END = re.compile(r"[吗嗎呢吧么麼啊呀嘛]$")
_QUESTION_WORD = re.compile(rf"是否|能否|可否|与否|與否|如何|为何|為何|为什么|為什麼|为啥|為啥|什么|什麼|啥|怎|哪|谁|誰|几|幾|多少|多大|多久|多长|多長|"
                            rf"难道|難道|岂|豈|([{CJK}])[不没沒]\1")


def _asks(line: str, at: int) -> bool:
    """Whether the "?" at ``at`` closes a question: the clause before it (from the last punctuation) asks."""
    clause = re.split(r"[，,。；;：:！!？?、\s]", line[:at])[-1]
    return bool(_QUESTION_PARTICLE_END.search(clause) or _QUESTION_WORD.search(clause))


# two or more lost in a row, a word's characters, with text going on after them: a question is asked with one "?"
# and a question mark is not followed by the rest of its clause
_LOST_RUN = re.compile(rf"\?{{2,}}(?=[{CJK}])")


_SITE_QUESTION = re.compile(r"(?<=\S{4})\s*(?:怎么写|怎麼寫|怎样写|怎樣寫|如何写|如何寫)\s*[?？]\s*(?:[(（]\s*[一二三四五六七八九十\d]+\s*[)）])?$")


# an official document's title, GB/T 9704: 发文机关 + 关于 + 事由 + 文种, with no sentence's punctuation. Several
# issuing organs (a joint document: 某某委员会 某某局 某某厅 关于印发…的通知) make it run past any headline's length.
OFFICIAL_TITLE = re.compile(r"^[^。！？!?；;，,:：]{0,90}?(?:关于|關於)[^。！？!?；;，,:：]{4,80}?"
                             r"(?:通知|通報|通报|意见|意見|决定|決定|报告|報告|请示|請示|批复|批復|方案|办法|辦法|规定|規定|函)$")


def is_official_title(line: str) -> bool:
    """Whether a line longer than a headline is an official document's title all the same (a joint document's
    issuing organs, then 关于 + 事由 + 文种)."""
    return 60 < len(line) <= 160 and bool(OFFICIAL_TITLE.match(line))


# a row of a page's contact or social furniture: a telephone number, with its label (咨詢熱線:0474-…, 联系电话：…) or
# a mobile number alone, an e-mail address, and a row of hashtags (#拼经济 #园区招商): a title and a lead are words; they never hold these
_CONTACT_ROW = re.compile(r"(?:热线|熱線|电话|電話|手机|手機|传真|傳真|咨询|咨詢|諮詢|联系|聯繫|聯絡|联络|客服)\s*(?:电话|電話|热线|熱線|方式)?"
                          r"\s*[:：]?\s*[(（]?\+?\d[\d\s()（）-]{5,}\d|(?<!\d)1[3-9]\d{9}(?!\d)"
                          # (an e-mail address, labelled or not: 邮箱:某@某.com)
                          r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_HASHTAG_ROW = re.compile(r"\s*(?:#[^#\s]{1,24}#?\s*)+")


def is_contact_or_tag_row(line: str) -> bool:
    """A page's contact row (a telephone number), a row of hashtags or a field naming the site's unit (主辦單位: 某某融媒體中心):
    furniture, never a title or a lead's words."""
    return len(line) <= 60 and bool(_HASHTAG_ROW.fullmatch(line) or _CONTACT_ROW.search(line) or names_unit_as_field(line))


# a line that is one quoted utterance closed by its own sentence's end (“…!” / “…。”): dialogue or a quote
_UTTERANCE = re.compile(r"[“「][^“”「」]{2,58}[。！？!?…][”」]")


# a date with its clock time (2021-03-28 18:33, 2023/05/06 09:30:12) or a web address (www.…, http…)
# (the day first, as Hong Kong's and Britain's sites print it: 18-04-2019 16:27)
_STAMP_OR_ADDRESS = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}|(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}\s+\d{1,2}:\d{2}|"
                               r"https?://|www\.[A-Za-z0-9-]+\.", re.I)


_DATED_LABEL = re.compile(r"(?<![\d.])(?:\d{2,3}|(?:19|20)\d{2})[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])\s*$")
# … and a post row of the date and the column's short name after it (2015.04.16投資, 2023-05-12 新闻): when and where a
# site filed the item, never its headline
_DATE_THEN_COLUMN = re.compile(r"(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])\s*[|｜]?\s*[^\s\d，,。！!？?]{1,4}")


# the items of business a meeting's minutes or agenda list (报告事项, 讨论事项, 审议事项…): headings of the record
_AGENDA_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:报\s*告|報\s*告|讨\s*论|討\s*論|审\s*议|審\s*議|选\s*举|選\s*舉|"
                          r"质\s*询|質\s*詢|临\s*时|臨\s*時|其\s*他|表\s*决|表\s*決)\s*事\s*[项項]\s*[:：]?\s*")


# a portal's menu item naming one of its sections (政府信息公开专区, 性別平等專區); never a headline telling that one was
# opened (某园区上线企业服务专区: its verb)
_SITE_SECTION = re.compile(r"^(?!.*(?:开设|開設|上线|上線|设立|設立|推出|开通|開通|启用|啟用|打造|建成|亮相|揭牌|开辟|開闢))"
                           r"[^，,。！？!?\s]{2,20}(?:专区|專區)\s*$")


# a document's title longer than a headline: up to 100 characters, no clause's comma or sentence's stop, ending in its
# genre (…国民经济和社会发展第十四个五年规划和2035年远景目标纲要, …实施方案): a title, however long
_LONG_DOCUMENT_TITLE = re.compile(r"[^，,。；;！!？?：:“”]{40,100}?(?:规划纲要|規劃綱要|目标纲要|目標綱要|发展纲要|發展綱要|"
                                  r"五年规划|五年規劃|实施方案|實施方案|工作报告|工作報告|工作总结|工作總結|工作计划|工作計劃)")


def is_long_document_title(line: str) -> bool:
    return len(line) > 60 and bool(_LONG_DOCUMENT_TITLE.fullmatch(strip_decoration(line)))


# a journal's name and the issue an article ran in (中国某某工业 2017年9期, 某某研究 2015年第3期)
_JOURNAL_ISSUE = re.compile(rf"(?![^\d]*(?:工作|动态|動態|信息|資訊|资讯|简讯|簡訊|通讯|通訊))[{CJK}A-Za-z]{{2,20}}\s*(?:19|20)\d{{2}}\s*年\s*第?\s*\d{{1,3}}\s*期")


def is_journal_issue_row(line: str) -> bool:
    """A periodical's name and its issue alone on a row (中国食品工业 2017年9期), as a periodicals site prints it over each
    article: the site's row, no words of the article (a unit's briefing, 某某工作动态 2023年第5期, names its work)."""
    return len(line) <= 40 and bool(_JOURNAL_ISSUE.fullmatch(line.strip())) and not DOC_WORD_RE.search(line)


# a plan's period in brackets, which a title may set inside its genre word (规划(2016—2020年)纲要)
_PERIOD_ASIDE = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*(?:年\s*)?[-—–~～至到]\s*(?:19|20)\d{2}\s*年?\s*[)）]")
# a line that closes a quotation it never opened: words carried over from the line above
_HALF_QUOTED = re.compile(r"^[^“”「」]{1,40}[”」]")


# a genre word opening a line and acting on a time (总结2018年工作 安排部署2019年重点任务): the verb of a news subtitle, "summed
# up 2018's work", no genre a title ends on
_GENRE_WORD_AS_VERB = re.compile(r"(?:总结|總結|汇报|匯報)(?=(?:19|20)\d{2}\s*年|今年|去年|上半年|全年|本年|一年来|一年來)")


# a kind of park with nothing before it (产业集聚区, 工业园区, 开发区, 高新区): the category a site files its items under
# (no title here; describe's category cells over a lead)
BARE_PARK_CLASS = re.compile(r"(?:产业|工业|产業|工業|经济|經濟)?(?:集聚区|集聚區|聚集区|聚集區|园区|園區|开发区|開發區|高新区|高新區|工业园|工業園|产业园|產業園)")


def title_score(line: str) -> int:
    """How much a line looks like a report's title (≤ 0: not at all)."""
    line = _SITE_QUESTION.sub("", line)  # (…调研报告怎么写?: a document site asks its reader's question; the title is before it)
    if is_counter_row(line) or _SHARE_PROMPT.fullmatch(line.strip()):
        return 0  # 查看: 1237|回复: 0, 分享到您的: the page's counters and its share button's prompt, no headline
    if is_contact_or_tag_row(line):
        return 0  # 咨詢熱線:0474-2253133, #宜科招商 #人氣爆棚: the site's contact row or a post's tags, no title
    if _POST_THEN_NAME.fullmatch(line):
        return 0  # 某开发区党工委委员、纪检监察工委书记 张某某: the article's author under its title, no title
    n = len(line)
    ends = _ends_sentence(line)
    if _AGENDA_ITEM.fullmatch(line):
        return 0  # 報告事項 / 讨论事项: a meeting's minutes name their items of business so (议程), no genre's title
    if BARE_PARK_CLASS.fullmatch(line.strip()):
        return 0  # 产业集聚区, 工业园区: a class of park alone, a site's category cell under the headline, names no report
    if _SITE_SECTION.search(line):
        return 0  # 法規命令草案年度立法計畫專區 / 政府信息公开专区: a portal's menu names its sections so (专区), however much of a
        # genre word the section's name holds; no headline or document ends on one
    if is_official_title(line) or is_long_document_title(line):
        return 5  # (a genre word ends it: scored as a title with one, whatever its length)
    if ("(" in line or "（" in line) and (bare := _PERIOD_ASIDE.sub("", line)) != line:
        line = bare  # 某新区“十三五”规划(2016—2020年)纲要: the plan's period in brackets, inside its genre word or after it
    if n < 4 or n > 60 or ends or _SALUTATION_RE.match(line) or re.search(r"[:：]$", line):
        return 0
    if is_credit_line(line) or is_date_line(line) or AUTHOR_LINE.fullmatch(line) or PART_LABEL.match(line) \
            or is_author_names(line) or _DATE_FIELD_ROW.match(line) or AFFILIATION.match(line):
        return 0  # (a date line, 2021年03月04日, is no title; nor 文丨某某, who wrote it, nor 引言：…, its first part, nor
        # (某某大学经济学院, 北京100081), where its authors work)
    if (stamp := _STAMP_OR_ADDRESS.search(line)) and not DOC_WORD_RE.search(line, stamp.end()):
        return 0  # 快递知识2021-03-28 18:33www.example.com…: a row holding a clock time or a web address is the page's
        # metadata (its column, when it was posted, where), never a headline (a document site's dump may print its
        # address before the title it holds: 某某之家www.x.com2023年工作总结, a title all the same)
    if _DATED_LABEL.search(line) or _DATE_THEN_COLUMN.fullmatch(line):
        return 0  # 某縣政府新聞參考資料107.3.7 / 新闻稿 2018.3.7: a release's series label dated in figures; a headline never
        # ends on its date (the release's headline is printed above or below it); nor is the date and the column a title
    if _UTTERANCE.fullmatch(line):
        return 0  # “這地方…還真夠偏僻的,難怪…不願意搬遷!”: a line of dialogue, someone's words in quotation marks, no headline
    if MASTHEAD.fullmatch(line) or SITE_BRAND_LINE.fullmatch(line):
        return 0  # 某某經濟通訊社 ASIAN ECONOMY NEWS AGENCY: the agency's or paper's name over its pages, no headline
    if is_journal_issue_row(line):
        return 0  # 中国某某工业 2017年9期: a journal's name and its issue, as a periodicals site prints it over each article's
        # headline (a unit's briefing, 某某工作动态 2023年第5期, names its work and stays)
    if POSTED_DATE.fullmatch(line):
        return 0  # [2016.02.25] 發表: when the post went up, no headline
    if LANGUAGE_EDITION.fullmatch(line):
        return 0  # Selangorkini 中文: a site's name in Latin letters with its Chinese edition's label, no headline
    if CRUMB_PATH.fullmatch(line):
        return 0  # 產經 > 園區動態: a site's path of columns, short names set apart by >, no headline (产值>100亿元 compares)
    if _COLUMN_ONLY.fullmatch(line) or _PART_MARK.fullmatch(line):
        return 0  # 本部新聞, 园区动态: a portal's column named above its headline, no title; 【演播室】, 【配音】: a broadcast
        # script's part, a label of two to four characters in 【】 alone on its line
    if line[-1] == "上" and _OCCASION_TAIL.search(line):
        titled = _TITLE_BEFORE_OCCASION.match(line)
        if not (titled and DOC_WORD_RE.search(titled.group(1))):
            return 0  # …人民代表大会第七次会议上: where a report was delivered (its subtitle broken off), no title
        line = titled.group(1)  # (2012年政府工作报告 ——2012年2月1日在…会议上: the title and its subtitle set on one line,
        # scored as the title)
    if not re.search(f"[{CJK}]", line) or re.match(rf"^([{CN_DIGITS}]+[、.．]|[（(][{CN_DIGITS}\d]+[）)]|\d+[、.．](?!\d))", line):  # (775.41亿元! is no number)
        return 0
    if _CELL_AFTER_SEPARATOR.fullmatch(line):
        return 0  # 2022.08.26 / 18:14pm / / 中央社: a row's last cell, the source after its separator, no headline
    if len(line) <= 8 and _ENDS_ON_PARK_WORD.search(line) and not DOC_WORD_RE.search(line) and _a_class_of_parks(line):
        return 0  # 境外产业园区 / 越南某某工业园: a site's category of parks over the headline, no park's name and no title
    score = 1
    if DOC_WORD_RE.search(_PLAN_AS_ADVERB.sub("", line)) and not _GENRE_WORD_AS_VERB.match(line):
        score += 4
    elif _TITLE_TAIL_RE.search(line) or NEWS_COLUMN.match(line):
        score += 2  # (a news column's label before a headline: 园区快讯：…)
    if PARK_WORD_RE.search(line):
        score += 1
    if BYLINE_RE.search(line) and not DOC_WORD_RE.search(line):
        score -= 1  # 宜良县经济开发区管委会: the unit under a title, not the title
    if _SUBTITLE_RE.match(line):
        score -= 2  # ——2024年1月12日在…大会上
    if re.search(r"[，,]", re.sub(r"“[^”]*”|「[^」]*」|《[^》]*》", "", line)):
        score -= 1  # (a comma inside quotes belongs to what is quoted: 开展“推进…，激活…”专题调研)
    return max(score, 0)


_CELL_AFTER_SEPARATOR = re.compile(rf"[/／|｜]\s*[{CJK}]{{2,8}}")
_ENDS_ON_PARK_WORD = re.compile(f"(?:{PARK_WORD_RE.pattern})$")


def _a_class_of_parks(line: str) -> bool:
    """Whether a short line ending in a park's word names no park (境外产业园区, 国家级开发区): a class, a category."""
    from .parks import find_park_mentions  # (parks imports this module: looked up at call time)
    return not find_park_mentions(line)


# 计划 before what is planned (计划投资170.5亿元, 计划总投资, 计划开工): the adverb "planned to", no plan's genre — a
# headline's second line telling the sum, never a title of its own
_PLAN_AS_ADVERB = re.compile(r"(?:计划|計劃|計畫)(?=总?投资|總?投資|开工|開工|竣工|建成|完成|实施|實施|新建|引进|引進|签约|簽約)")
_OCCASION_TAIL = re.compile(r"(?:会议|會議|大会|大會|[会會])上$")
# a title with the subtitle that says where it was delivered after it on its line, set off by a dash
_TITLE_BEFORE_OCCASION = re.compile(r"(.{4,40}?)\s*[—－─━]{1,2}\s*"
                                    r"(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在.{2,60}上$")
# a post's date in brackets with the word for posted (【2016.02.25】 發表): the page's row
POSTED_DATE = re.compile(r"[\[【(（]\s*(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\s*[\]】)）]\s*(?:發表|发表|發佈|发布|發布|更新|上傳|上传)?")

# ------------------------------------------------------------ a title on two lines

# GB/T 9704 lets a long title run onto a second line (标题…回行时要做到词意完整); a PDF or a page breaks it where it
# likes. The first line is then no title by itself: it stops on a word that cannot end one (关于…的 / …和, a 关于
# with no genre yet, 在… waiting for its 上的讲话, a bracket left open), or it holds only who issues the document
# (某某管委会 / 关于…的报告) or only the park (某某市 / 工业园区…总结; 某某工业园区 / 2023年工作总结); or it is a
# headline whose subtitle names the genre (凝心聚力 开拓进取 / ——在…会议上的讲话).
_OPEN_END = re.compile(r"(?:的|和|与|與|及|暨|关于|關於|在|之|、|对|對|为|為|并|並|以及|“|「|《)$")
# an official document's verb of issuing, whose object (the document issued) the title goes on to name
_ISSUES = re.compile(r"(?:印发|印發|转发|轉發|批转|批轉|颁布|頒布|公布|公佈)$")
_GENRE_END = re.compile(DOC_WORD_RE.pattern.replace("发言(?!人)|發言(?!人)", "发言|發言") + r"|通知|通報|通报|意见|意見|方案|决定|決定|"
                        r"办法|辦法|规划|規劃|纲要|綱要|请示|請示|批复|批復|函")
_ORGAN_END = re.compile(r"(?:管委会|管委會|管理委员会|管理委員會|人民政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|工委|党工委|黨工委)$")
_PLACE_ONLY = re.compile(rf"[{CJK}]{{2,8}}(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)")
# a line opening on a place's name and its level (崇明县…, 某某市…, 某某区…): a title's subject may be set on it alone
_PLACE_FIRST = re.compile(rf"[{CJK}]{{1,6}}?(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)(?![级級委])[{CJK}]{{2,}}")
_SUBJECTLESS = re.compile(r"^(?:(?:19|20)[\dxX×]{2}\s*年|20[xX_]{2}|关于|關於|上半年|下半年|年度|全年|一季度|前三季度)")
_DASH_START = re.compile(r"^[—－-]{1,2}\s*(?=\S)")
_ENDS_IN_PARK_WORD = re.compile(rf"(?:{PARK_WORD_RE.pattern}|[区區]|园|園)$")  # (…工业园区, …开发区, …经济技术开发区)


# a line that goes on with the title above it: 暨 ("and also") joins a second name to a meeting's or a document's
_CONTINUED = re.compile(rf"^暨[{CJK}\d]")
# the rest of a news headline whose subject stands alone above it: an event the subject held (召开…会议, 举行…仪式)
_EVENT_PREDICATE = re.compile(rf"(?:召开|举行|舉行|举办|舉辦|启动|啟動)[{CJK}\d]{{2,24}}?(?:会议|會議|大会|大會|仪式|儀式|活动|活動|会|會)")


# a body formed for a work (领导小组, 推进组, 指挥部, 委员会) and its meeting held: 领导小组第四次会议召开
_BODY_MEETS = re.compile(rf"(?:领导小组|領導小組|推进组|推進組|指挥部|指揮部|委员会|委員會)[{CJK}\d]{{0,16}}?(?:会议|會議|大会|大會|会|會)"
                         r"(?:召开|召開|举行|舉行|开幕|開幕)")


def _broken_pair(a: str, b: str) -> str | None:
    """The title a line ``a`` and the next line ``b`` make together, when ``a`` is the first part of a title
    broken in two (see above), else None."""
    if not a or not b or len(a) + len(b) > 70 or _ends_sentence(a) or _ends_sentence(b):
        return None
    if is_credit_line(a) or is_credit_line(b) or is_date_line(b) or re.search(r"[>＞|｜]|\s{2}", a + b):
        return None  # (a crumb, a cell of a portal's table, a date under a title: none of a title's parts)
    if SITE_BRAND_LINE.fullmatch(a):
        return None  # (某某新区政府门户网站 / 2012年政府工作报告: the portal's name over the title, no first half of it)
    if _CONTINUED.match(b) and len(b) <= 30 and title_score(a) and not is_date_line(a):
        return a + b  # …2017年工作会议 / 暨党风廉政建设工作会议: 暨 joins a second name to the first, it opens no sentence
    if a.endswith("工作") and re.fullmatch(rf"[{CJK}]{{4,30}}", a) and _BODY_MEETS.fullmatch(b):
        return a + b  # 某市产业功能区建设工作 / 领导小组第四次会议召开: the body named by its work (某某工作领导小组) broken
        # before its name, its meeting and the verb under it
    if (_ENDS_IN_PARK_WORD.search(a) and re.fullmatch(rf"[{CJK}]{{4,30}}", a) and not PARK_WORD_RE.fullmatch(a)
            and _EVENT_PREDICATE.fullmatch(b) and not PARK_WORD_RE.search(b)):
        return a + b  # 某某工业园区 / 召开2017年工作会议: a headline set with its subject, the park, on a line of its own
    opens = sum(a.count(c) for c in "(（") - sum(a.count(c) for c in ")）")
    if opens > 0 and sum(b.count(c) for c in ")）") > sum(b.count(c) for c in "(（") and len(b) <= 40:
        return a + b  # (2023年2月2日在某某区第十六届人民代表大会 / 第三次会议上): one bracket, one line
    if _DASH_START.match(a) and "在" in a and not re.search(r"上", a) and _OCCASION_TAIL.search(b) and len(b) <= 30 \
            and "在" not in b and not _ends_sentence(b):
        return a + b  # ——2024年1月23日在某某区 / 第二届人民代表大会第四次会议上: a subtitle of when and where, broken in two
    if (_DASH_START.match(b) and len(b) <= 32 and 4 <= len(a) <= 30 and title_score(a) and not _GENRE_END.search(a)
            and not DOC_WORD_RE.search(b) and not _OCCASION_TAIL.search(b) and not is_byline(a)):
        return a + "——" + _DASH_START.sub("", b)  # 冬天里的“热火激情” / ——经济开发区改革发展见闻: a feature's headline and its
        # subtitle (破折号副题), one title as the paper prints it
    if not _GENRE_END.search(strip_decoration(b)) or len(b) > 40:
        return None  # the second part holds the genre, as a title ends
    if DOC_WORD_RE.search(a) and not _OPEN_END.search(a):
        return None  # the first line is a whole title already
    if _OPEN_END.search(a) or re.search(r"关于|關於", a) and not _GENRE_END.search(a):
        return a + b  # 关于促进我市开发区改革和 / 创新发展的实施方案
    if "在" in a and not re.search(r"上的|上之", a) and re.match(r"^[^在。，,]{0,30}上的", b):
        return a + b  # 市委书记在经济技术开发区成立30周年 / 座谈会上的讲话
    if _ORGAN_END.search(a) and re.match(r"关于|關於", b):
        return a + b  # 某某开发区管委会 / 关于2023年工作情况的报告: the issuing organ, then 关于 + 事由 + 文种
    if _PLACE_ONLY.fullmatch(a) and not PARK_WORD_RE.search(a) and re.match(rf"[{CJK}]{{0,6}}?(?:{PARK_WORD_RE.pattern})", b):
        return a + b  # 丰城市 / 工业园区2023年工作总结, 临川县 / 经济开发区…工作汇报 (a zone's name, 某某经济技术开发区,
        # is no place alone: above a title naming a park of its own it is the publisher, split.py's park line)
    if (_SUBJECTLESS.match(b) and not PARK_WORD_RE.search(b) and len(a) >= 4 and not PARK_WORD_RE.fullmatch(a)
            and _ENDS_IN_PARK_WORD.search(a) and re.fullmatch(rf"[{CJK}]+", a)):
        return a + b  # 丰城工业园区 / 2023年工作总结: the park alone on the first line, the rest of its title under it
    if (_SUBJECTLESS.match(b) and len(a) >= 6 and len(a) <= 20 and re.fullmatch(rf"[{CJK}]+", a)
            and _PLACE_FIRST.match(a) and not _GENRE_END.search(a)):
        return a + b  # 崇明县文化创意产业 / 2011年工作总结和2012年工作计划: a place's unit or field on the first line (the
        # title's subject), the subjectless rest of its title, a year and the genre, under it
    if _DASH_START.match(b) and 4 <= len(a) <= 30 and not _GENRE_END.search(a) and not is_byline(a) \
            and not is_date_line(a) and re.search(f"[{CJK}]{{4}}", a):
        return a + "——" + _DASH_START.sub("", b)  # 凝心聚力 开拓进取 / ——在全区经济工作会议上的讲话: headline and subtitle
    return None


def _official_title_lines(lines: list[str], k: int) -> tuple[int, str] | None:
    """An official document's title set on three or four lines from line ``k`` (GB/T 9704 breaks a long title between
    words: 某某管委会 / 关于印发某某发展 / 第十四个五年规划纲要的 / 通知), its organ's line first or not: how many lines
    and the title they make, or None. Two lines are _broken_pair's."""
    start = k + 1 if _ORGAN_END.search(lines[k]) and not _ends_sentence(lines[k]) and len(lines[k]) <= 30 else k
    if start >= len(lines) or not re.match(r"关于|關於", lines[start]) or _GENRE_END.search(lines[start]):
        return None
    joined = lines[k] if start > k else ""
    for j in range(start, min(start + 4, len(lines))):
        if _ends_sentence(lines[j]) or len(lines[j]) > 40 or is_credit_line(lines[j]) or is_date_line(lines[j]):
            return None
        joined += lines[j]
        if _GENRE_END.search(joined) and not _OPEN_END.search(joined):
            n = j - k + 1
            return (n, joined) if n >= 3 and len(joined) <= 140 else None
    return None


def join_broken_title(lines: list[str], limit: int = 8) -> tuple[list[str], int | None, str]:
    """``lines`` with the first title broken over two lines among the first ``limit`` joined into one, the
    index of the joined line (None when nothing was joined) and why."""
    for k in range(min(limit, len(lines) - 1)):
        if _is_paragraph(lines[k]):
            break
        if (official := _official_title_lines(lines, k)) is not None:
            n, joined = official
            shown = "」/「".join(lines[k:k + n])
            return (lines[:k] + [joined] + lines[k + n:], k, f"公文标题分{n}行排印（「{shown}」），合为一行")
        if lines[k] + lines[k + 1] in lines[:k]:
            # 某某县人大常委会视察…工作 / … / 某某县人大常委会 / 视察…工作: the headline the page printed whole above, printed
            # again over two lines at the text's head (its unit on a line of its own): one headline, not its second half
            return (lines[:k] + [lines[k] + lines[k + 1]] + lines[k + 2:], k,
                    f"标题在正文前又分两行重排（「{lines[k]}」/「{lines[k + 1]}」），与上方整行标题相同，合为一行")
        joined = _broken_pair(lines[k], lines[k + 1])
        if joined:
            parts = [lines[k], lines[k + 1]]
            if k + 2 < len(lines) and _CONTINUED.match(lines[k + 2]) and _broken_pair(joined, lines[k + 2]):
                joined, parts = joined + lines[k + 2], parts + [lines[k + 2]]  # (a third line: / 暨…会议)
            shown = "」/「".join(parts)
            return (lines[:k] + [joined] + lines[k + len(parts):], k,
                    f"标题分{'两' if len(parts) == 2 else '三'}行排印（「{shown}」），合为一行")
    return lines, None, ""
# ------------------------------------------------------------ a headline set as a block of lines

# A Chinese news headline is often a group (引题 / 主题 / 副题): a kicker naming whose words or what it is about and
# ending on a colon or a dash (某某主任访谈： / 某某——), then the main title, itself set on one or two lines of
# phrases side by side. The group stands together above the date row, the byline or the lead; a reader names the
# story by the whole group. A kicker alone is no title (it ends waiting for what follows).
_KICKER_END = re.compile(r"(?:[:：]|[—－]{1,2})$")


def _headline_line(line: str) -> bool:
    """A line that can be part of a headline group: short, no sentence, no credit, date, byline or numbering."""
    return (4 <= len(line) <= 40 and not _ends_sentence(line) and title_score(line) >= 1 and not is_byline(line)
            and not is_author_names(line))


def join_headline_block(lines: list[str], limit: int = 8) -> tuple[list[str], int | None, str]:
    """``lines`` with the first headline group (a kicker ending on a colon or a dash, then the main title's lines
    down to the date row, the byline, the lead or the text) joined into one line, its index and why (None, "" when
    the page sets no such group)."""
    for k in range(min(limit, len(lines) - 1)):
        a = lines[k]
        if _KICKER_END.search(a) and len(a) >= 14 and not _is_paragraph(a[:len(a) // 2]):
            # 标题全文 + 引题： on one line: the page printed the group whole, then its kicker again over the main title's
            # lines, and the cleaner ran the two together; the kicker is the line's end that repeats its start
            a = next((a[p:] for p in range(len(a) // 2, len(a) - 6) if a.startswith(a[p:-1])), a)
        if _is_paragraph(a):
            break
        stem = _KICKER_END.sub("", a).rstrip()
        if (stem == a or not 6 <= len(stem) <= 40 or _ends_sentence(stem) or title_score(stem) < 1
                or VOCATIVE.match(a) or _TEXT_LABEL.match(a) or PART_LABEL.match(a) or _SAYS.fullmatch(stem)
                or is_byline(stem) or _HEAD_START.match(a)):
            continue
        parts = [a]
        j = k + 1
        while j < len(lines) and len(parts) < 4 and _headline_line(lines[j]) and not _KICKER_END.search(lines[j]):
            parts.append(lines[j])
            j += 1
        if len(parts) < 2:
            continue
        # (the group ends where the page goes on with its date row, its byline, the lead or the text)
        if j < len(lines) and not (is_date_line(lines[j]) or is_credit_line(lines[j]) or is_author_names(lines[j])
                                   or NEWS_LEAD_RE.match(lines[j]) or _is_paragraph(lines[j])
                                   or _STAMP_OR_ADDRESS.search(lines[j]) or len(lines[j]) >= 16 and lines[j][-1] == "。"):
            continue
        joined = (a if a.endswith(("—", "－")) else a) + " ".join(parts[1:])
        shown = "」/「".join(parts)
        return (lines[:k] + [joined] + lines[j:], k,
                f"标题是一组（引题「{a}」以冒号或破折号引出主题，其下至日期、署名或正文前的各行同属标题：「{shown}」），合为一行")
    return lines, None, ""


# a line of another language (a site's notice: "Your browser does not…", こちらのページは…)
_FOREIGN = re.compile(r"[\u3040-\u30ff]{2}|^[\x00-\x7f“”’]{20,}$")


# a breadcrumb: the site's path to the page (首页 > 新闻中心 > 地方专题 > 标题), its items after ">" / "»" / "›"
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>?|»|›|＞)\s*")


def _named_by_crumb(lines: list[str], limit: int = 40) -> int | None:
    """The line a breadcrumb names as the page it stands on, when that line follows it (首頁>文章中心>…>标题 / 标题):
    a crumb's last item is the page's own title, whatever the site printed above it (its name, slogans repeated
    under QR codes, hotlines), or None."""
    for i, line in enumerate(lines[:limit]):
        items = _CRUMB_SEPARATOR.split(line)
        if len(items) < 3 or len(line) > 160:
            continue
        last = items[-1].strip()
        if len(last) < 6 or not title_score(last) and not _EXCLAIMED_HEADLINE.fullmatch(last):
            continue  # (…> 正文: the crumb names the page's kind, not its title)
        for j in range(i + 1, min(i + 4, len(lines))):
            if lines[j] == last:
                return j
    return None


# a headline whose first part is exclaimed (总投资约480亿元！某新片区…集中开工): its mark is inside it, no sentence's end
_EXCLAIMED_HEADLINE = re.compile(r"[^。；;，,！!？?]{2,30}[!！][^。；;！!]{4,50}")
# an item of a list opened by its bullet (●, ■, ◆, •): a line of a list when another item stands next to it
_LIST_BULLET = re.compile(r"^\s*[●■◆▲•◇○□▪]")


# what follows an encyclopedia entry's head word opening its definition: its other names in brackets, 是, 位于, 为, 即
_ENTRY_DEFINED = re.compile(r"\s*(?:[(（]|[，,]|是|位于|位於|为|為|即|系|係|地处|地處)")


# a year or a masked place before a headline's words (2021年, ××县, **): whose or when the headline is
_YEAR_OR_MASKED = re.compile(r"(?:19|20)\d{2}\s*年度?|[×xX*＊]{2,}\s*[县縣市区區镇鎮]?")


def _names_whose(prefix: str) -> bool:
    """Whether ``prefix``, before a headline the page prints bare too, names where or when it is of (莆田, 某某县,
    2021年, ××县): a place of the gazetteer or a year — not a site's label (原标题:, 第1篇:, 首页), which is furniture."""
    from .parks import is_division, to_simplified  # (parks imports this module: looked up at call time)
    prefix = prefix.strip()
    return 2 <= len(prefix) <= 8 and (is_division(to_simplified(prefix)) or bool(_YEAR_OR_MASKED.fullmatch(prefix)))


# a breadcrumb's last step, after its separator (某某栏目 » 标题, 首页 > 新闻 > 标题)
_CRUMB_STEP = re.compile(r"[>»›＞]\s*([^>»›＞]{4,})$")


def pick_title_line(lines: list[str], limit: int = 8, block: int | None = None) -> int | None:
    """Index of the title among the first lines of a page (before its first paragraph), or None.
    A line the page repeats (a document site prints its title two or three times) scores more. ``block``: the index
    of a headline group joined into one line (``join_headline_block``), a title however long."""
    if block is None and (named := _named_by_crumb(lines)) is not None:
        return named
    best, best_score = None, 0
    head = [x.rstrip("。") for x in lines[:limit * 2]]
    for i, line in enumerate(lines[:limit]):
        if i == block:
            s = 4  # (a kicker, the main title and its lines above the date row: the page's headline)
            if s > best_score:
                best, best_score = i, s
            continue
        if (_FOREIGN.search(line) or len(line) > 60 and not _SENTENCE_END.search(line)) and not is_official_title(line) \
                and not is_long_document_title(line):
            continue  # a site's notice in English or Japanese, its menus run together: no paragraph of a report
        if _LIST_BULLET.match(line) and any(_LIST_BULLET.match(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            continue  # ●营业收入13977.46亿元:… / ●新增研发机构32个:…: a list's items over the text, its figures told first — no
            # headline of the page, which a list never repeats item by item
        if AFFILIATION.match(line):
            continue  # (某某大学经济学院, 北京100081): where a paper's authors work, under its title — never a headline
        if (crumb := _CRUMB_STEP.search(line)) and crumb.group(1) in head[i + 1:i + 4]:
            continue  # (考察与调研报告 » 标题 / 标题: the site's crumb to the page, its last step printed again as the headline)
        if _set_over_text(lines, i):
            continue  # (编者按：… over a feature: the paper's word to its reader, set above the headline; a picture's caption
            # over it, its credit perhaps broken onto the next line, 某某新华社记者 朱 / 炜摄: the text has not begun)
        if _is_paragraph(line) and not is_long_document_title(line) or _SALUTATION_RE.match(line):
            break  # the text has begun: a title comes before it (各位代表：… has none; a long document title, no comma in
            # it, ending in its genre, …第十四个五年规划和2035年远景目标纲要, is no paragraph)
        s = title_score(line)
        if s and i and _HALF_QUOTED.match(line) and _inside_quote(lines[i - 1]):
            s = 0  # 关于“某某平台全生命周期管 / 智慧调度平台”研发单位…的声明: a line opening inside a quotation the line above
            # opened is the second half of a line broken in two, no title of its own (a title broken so is joined before
            # it is scored: join_broken_title; a label whose opening mark the site lost, 【某某2024:…”论坛】, stays)
        if s and i and best == i - 1 and best_score >= 3 and _GENRE_WORD_AS_VERB.match(line):
            s = 0  # 某市…领导小组第四次会议召开 / 总结2018年工作 安排部署2019年重点任务: a subtitle telling what the meeting did,
            # its verbs acting on the years, under the headline it explains — no title of its own
        if s == 0 and head.count(line.rstrip("。")) >= 2 and _COMMA_HEADLINE.fullmatch(strip_decoration(line)) \
                and not is_credit_line(line):
            s = 1  # 冲破疫情封锁,某市代表团访韩 printed twice up top (the page's <title> and its heading): a headline of two
            # clauses, which the repeat below makes the page's
        if s and (head.count(line.rstrip("。")) >= 2 or any(x != line and x.startswith(line) and len(x) <= 60 for x in head[i + 1:])
                  or any(re.search(r"[>»›]\s*" + re.escape(line) + "$", x) for x in head[:i])
                  or len(line) >= 8 and any(x != line and x.startswith(line) and LATIN_SITE_AFTER_DASH_END.match(x, len(line))
                                            for x in head[:i])):
            s += 2  # repeated, or repeated with its subtitle after it (标题 / 标题 某某出席开工仪式), or the page's
            # breadcrumb ends with it (某某新聞 > 產經 > 标题: a crumb's last item is the page it stands on), or the page's
            # <title> above gives it with the site's Latin name after a dash (标题 - RTHK / … / 标题)
        if s and i + 1 < len(lines) and (NEWS_LEAD_RE.match(lines[i + 1]) or is_credit_line(lines[i + 1])
                                         or AUTHOR_LINE.fullmatch(lines[i + 1]) and _text_follows(lines, i)):
            s += 2  # a headline right above a news lead (3月5日上午，… / 本报讯 …), its byline or its picture's caption,
            # or an article's author with its text under it (标题 / 文丨某某 / 正文…, as a magazine sets a feature)
        if s == 0 and best_score < 2 and _COMMA_HEADLINE.fullmatch(strip_decoration(line)) and _text_follows(lines, i) \
                and not is_credit_line(line):
            s = 1  # 长三角示范区跨区域联合招商,签订9个项目涉投资154亿元: a headline of two clauses over its text
        if s == 1 and best_score < 2 and TWO_PART_HEADLINE.fullmatch(line) and _text_follows(lines, i):
            s = 2  # 綠色科技 未來經濟亮點 / 日期 / 署名 / 正文: phrases side by side right over the text, a headline however short
        if s == 1 and best_score < 2 and 2 <= len(line) <= 20 and i + 1 < len(lines) and _is_paragraph(lines[i + 1]) \
                and _ENTRY_DEFINED.match(lines[i + 1], len(line)) and lines[i + 1].startswith(line):
            s = 2  # 某某創新園 / 某某創新園(英語:…)，位於…: an encyclopedia's entry, its head word over the paragraph that
            # opens by defining it — the head word is the page's title
        if s == 1 and best_score < 2 and len(line) >= 10 and _text_follows(lines, i) and not is_byline(line):
            s = 2  # nothing looked like a title: the long line right above the text is its headline (under the
            # portal's name and section: 中華民國經濟部 / 本部新聞 / 部長…座談 / 「…」25班座談列車,今天…)
        if (0 < s <= 2 or s == 3 and i + 1 < len(lines) and opens_with_credit(lines[i + 1])
                and not TWO_PART_HEADLINE.fullmatch(line)) \
                and _foreign_to(line, "".join(lines[i + 1:i + 12])[:1500]):
            continue  # (书友最爱 好书常伴!: a line with no genre or news word none of whose words the text goes on to use is
            # the site's slogan, not a headline — a headline names what its text tells; so is a menu's item left over a
            # reporter's lead, 114全運在雲林 / 【記者某某／南投報導】…: its figure and its place do not make it one; a
            # headline of two phrases side by side over the lead, 雙向發力 努力干出新天地, is the paper's however literary)
        if s > best_score:  # the first of equals: the title comes before its repetitions
            best, best_score = i, s
    if best is not None and best_score >= 2:
        bare = next((j for j in range(min(limit, len(lines))) if j != best and len(lines[j]) >= 8
                     and _SITE_ADDED_AFTER.match(lines[best], len(lines[j])) and lines[best].startswith(lines[j])
                     and title_score(lines[j])), None)
        if bare is None:
            bare = next((j for j in range(min(limit, len(lines))) if j != best and len(lines[j]) >= 8
                         and lines[best].endswith(lines[j]) and _SITE_ADDED_BEFORE.fullmatch(lines[best][:-len(lines[j])])
                         and title_score(lines[j])), None)
            # 某某县政府门户网站-标题 / 标题: a page's <title> puts the site's name first, a separator, then the headline
            # the page prints again bare under it; the bare line is the headline
        if bare is not None:
            return bare  # 标题 国内要闻-第一新闻 某某 3215689 / … / 标题: the page prints its headline bare and again with its
            # column, author and number after it (its <title>); the bare line is the headline
        if best >= 1 and (main := lines[best - 1]) != lines[best] and head.count(main.rstrip("。")) >= 2 \
                and head.count(lines[best].rstrip("。")) == 1 and title_score(main) >= 1 and 6 <= len(main) <= 40 \
                and not _ends_sentence(main) and not is_credit_line(main) and not is_date_line(main):
            return head.index(main.rstrip("。"))  # 某园区项目落成启用 / … / 某园区项目落成启用 / 两家企业签约入驻 / 11月26日下午，…: the
            # line over the lead is the subtitle (副题) of the headline right above it, which the page prints twice (its
            # <title> and its heading); a subtitle is printed once
        fuller = next((j for j in range(min(limit, len(lines))) if j != best and len(lines[j]) <= 60
                       and lines[j].endswith(lines[best]) and _names_whose(lines[j][:-len(lines[best])])), None)
        if fuller is not None:
            return fuller  # 某市一季度330个重点项目完成投资… / 一季度330个重点项目…: the page prints its headline twice, once
            # with the place or the year it is of before it (its <title>, or a list's link); the fuller line is the headline
    over_text = best is not None and best + 1 < len(lines) and (NEWS_LEAD_RE.match(lines[best + 1]) or is_credit_line(lines[best + 1])
                                                                or _text_follows(lines, best))
    if best_score < 2 or best_score < 5 and not over_text:
        # (a line up top that has no genre word and stands over no text, a slogan or a QR code's label repeated among
        # the site's furniture, weighs less than the line right above the lead)
        for i in range(limit, min(len(lines) - 1, limit * 3)):
            if _is_paragraph(lines[i]) or _SALUTATION_RE.match(lines[i]):
                break  # (the text has begun)
            if (NEWS_LEAD_RE.match(lines[i + 1]) or is_credit_line(lines[i + 1]) and not is_caption(lines[i + 1])) \
                    and title_score(lines[i]) and not is_credit_line(lines[i]) and not _FOREIGN.search(lines[i]):
                return i  # 其他新聞 / …a list of other headlines… / 标题 / 【某報專訊】…: below a site's long header the
                # headline is the line right above its lead's credit, however far down the page puts it (a picture's
                # caption, △某某宣传片, is no lead's credit: the line above it is the text's, a feature's verse or its words)
    if best is not None and best_score >= 2 and (echoed := _echoed_by_lead(lines, best, limit)) is not None:
        return echoed
    return best if best_score >= 2 else None


def _bigrams(text: str) -> set[str]:
    from .parks import to_simplified  # (parks imports this module: asked at call time)
    text = to_simplified(text)
    return {text[k:k + 2] for k in range(len(text) - 1) if _HAN.match(text[k:k + 2])}


_HAN = re.compile(rf"[{CJK}]{{2}}")


def _echo(line: str, sentence: str) -> float:
    """The share of ``line``'s character pairs the ``sentence`` repeats (in either script)."""
    from .parks import to_simplified
    pairs = _bigrams(line)
    return sum(p in to_simplified(sentence) for p in pairs) / len(pairs) if pairs else 0.0


def _echoed_by_lead(lines: list[str], best: int, limit: int) -> int | None:
    """Another line up top whose words the lead's first sentence repeats, over the line picked (``best``) when the lead
    repeats far fewer of that one's: a news lead restates its headline (who did what), never a picture's caption (某某
    同志讲话), an app's slogan or the page's other headline above it. The other line wins when it stands above the
    picked one, or when the lead repeats nothing of the picked one. None: no such line."""
    candidates = []
    for j, line in enumerate(lines[:limit]):
        if _is_paragraph(line) or _SALUTATION_RE.match(line):
            break
        if j != best and title_score(line) and not is_credit_line(line) and len(_bigrams(line)) >= 4 \
                and (DOC_WORD_RE.search(line) or not _noun_phrase(line)):  # (a name alone, 某某经开区, is a logo's text)
            candidates.append(j)
    if not candidates:
        return None
    start = max([best] + candidates)
    lead = next((x for x in lines[start + 1:start + 12] if _is_paragraph(x)), None)
    if lead is None:
        return None
    first = _SENTENCE_END.split(lead, 1)[0]
    own = _echo(lines[best], first)
    scored = [(_echo(lines[j], first), j) for j in candidates]
    fit = [(e, j) for e, j in scored if e >= 0.3 and e >= own + 0.3 and (j < best or own <= 0.1)]
    return max(fit)[1] if fit else None


def shared_headline(lines: list[str], i: int, limit: int = 16) -> str | None:
    """The headline line ``i`` shares with another line of the page's head when the two go on differently, one with
    the site's additions after a space or a separator (标题 国内要闻-第一新闻 某某 3215689, the page's <title>) and
    the other with something else (标题2020年服贸会新闻中心设立在…, the headline run into its text): what both print
    is the headline. None when no other line shares it."""
    line = lines[i]
    for other in lines[:limit]:
        if other == line:
            continue
        n = 0
        while n < min(len(line), len(other)) and line[n] == other[n]:
            n += 1
        if n >= 8 and n < len(line) and _SITE_ADDED_AFTER.match(line, n) and title_score(line[:n].rstrip()) \
                and re.search(r"[-－–|｜_]|\d{4,}", line[n:]) and not re.match(r"\s*[，,。；;：:、]", other[n:]) \
                and not _OPEN_END.search(line[:n].rstrip()) and not _ISSUES.search(line[:n].rstrip()) \
                and re.sub(r"\s", "", line[n:]) != re.sub(r"\s", "", other[n:]):
            # (never where the shared part leaves a title open, …办公室关于印发 over 关于印发 某某要点的通知, nor where the
            # other line goes on with the same words unspaced: one title printed twice, broken once at a space)
            return line[:n].rstrip()  # (the additions are a site's: a column path, a number; a headline's second phrase,
            # 台南招商成績亮眼 再奪全國第一, under which a caption repeats its first words, is no addition)
    return None


# what a site prints after a headline on the same line: a space or a separator, then its column, author or number
_SITE_ADDED_AFTER = re.compile(r"\s+\S|\s*[-－–|｜_]\s*\S")
# …and before it: the site's name (a few words, no sentence) and a separator (某某县政府门户网站-, 某某网 | , 栏目_)
_SITE_ADDED_BEFORE = re.compile(r"[^\s，,。！？!?；;：:]{2,30}\s*[-－–|｜_]\s*|"
                                # (or set off by spaces alone, a site's name and its column: 某某网 资料文库 标题 over 标题)
                                r"(?:[^\s，,。！？!?；;：:]{2,12}\s+){1,3}")
# a news headline of two clauses joined by one comma, short and with no sentence's end (…联合招商,签订9个项目涉投资154亿元)
_COMMA_HEADLINE = re.compile(r"(?:[^，,。！？!?；;：:|｜]{2,16}\s*[：:|｜]\s*)?(?:[^，,。！？!?；;：:]|(?<=\d),(?=\d{3}(?!\d))){4,24}[，,](?:[^，,。！？!?；;：:]|(?<=\d),(?=\d{3}(?!\d))){4,24}"
                             # (…or three short clauses exclaimed: 甲乙哥俩好,携手共创园区强,“八连冠”实至名归!)
                             r"|(?:[^，,。！？!?；;：:]{4,12}[，,]){2}[^，,。！？!?；;：:]{4,12}[!！]")
# (a figure's thousands comma, 2,444.6億, is no clause's; a kicker or a subject closed by a colon or a bar may open it,
# 某园区:他是…,正…; 某区动能转换“加速跑” | 22个项目集中签约,投资额402亿元)


def comma_headline(line: str) -> bool:
    """Whether ``line`` is a headline of two clauses set off by a comma, a kicker perhaps before them (_COMMA_HEADLINE)."""
    return bool(_COMMA_HEADLINE.fullmatch(strip_decoration(line)))


def _text_follows(lines: list[str], i: int) -> bool:
    """Whether the text starts right under line ``i`` (past a date line: 標題 / 2021年03月04日 / 正文…, and the
    signature of an official's article: 標題 / 日期 / 財政司司長某某某 / 正文…)."""
    j = i + 1
    if j < len(lines) and is_date_line(lines[j]):
        j += 1
    if j < len(lines) and (SIGNED_BY_POST.fullmatch(lines[j]) or AUTHOR_LINE.fullmatch(lines[j]) or is_credit_line(lines[j])
                           or is_author_names(lines[j])):
        j += 1  # (標題 / 文丨某某 / 正文: an article's author under its headline)
        if j < len(lines) and is_date_line(lines[j]):
            j += 1  # (標題 / 王某某、李某某 / 2022年01月11日 / 正文: the authors, then the date)
    return j < len(lines) and (_is_paragraph(lines[j]) or len(lines[j]) >= 16 and lines[j][-1] == "。")
    # (a short first paragraph, one sentence ended, is text too; a line closing on ！ or ？ may be the headline
    # itself, as news and forum posts exclaim or ask: the line above it, a row of buttons, is then no title)


# an article's author on a line of their own, as magazines and columns credit them (文丨某某, 作者：某某, 撰文/某某)
# (a magazine sets the bar as Ⅰ and its own reporters' title before the names, each name's two characters spaced to the
# width of three: 文Ⅰ本刊记者 付 松 李 坤)
_AUTHOR_NAME = rf"[{CJK}·](?:\s?[{CJK}·]){{1,3}}"
AUTHOR_LINE = re.compile(rf"(?:文|作者|撰文|撰稿|文字|执笔|執筆)\s*[丨|｜/／:：Ⅰ]\s*(?:{_REPORTER}\s*)?"
                         rf"{_AUTHOR_NAME}(?:[\s、，,]+{_AUTHOR_NAME}){{0,3}}")
# a text's part named with a colon at a line's start (引言：…, 前言：…, 结语：…): the heading of its first part, never its title
PART_LABEL = re.compile(r"^(?:引言|前言|导言|導言|序言|结语|結語|结束语|結束語)\s*[:：]")
# a label before a text's own words on its line (摘要：…, 导读：…, 内容提要：…): the words after it are the text's
_TEXT_LABEL = re.compile(r"^(?:摘\s*要|内容摘要|內容摘要|内容提要|內容提要|提\s*要|导读|導讀|"
                         # (…and a profile's or a project's label of what follows, 介绍: 简介: — a site's field)
                         r"介绍|介紹|简介|簡介|项目介绍|項目介紹|项目简介|項目簡介|内容简介|內容簡介)\s*[:：]\s*")
# who signs an article under its headline: a post and a name (財政司司長曾俊華, 某某区委书记 王某某), as a column or an
# official's blog is signed — a news item is credited to a reporter, a document issued by an organ
_POSTS = (r"书记|書記|省长|省長|市长|市長|县长|縣長|区长|區長|主任|局长|局長|部长|部長|司长|司長|署长|署長|厅长|廳長|处长|處長|"
          r"主席|院长|院長|董事长|董事長|总经理|總經理|总裁|總裁|秘书长|秘書長|特首|行政长官|行政長官")
# a person by post and name alone (某某联合会副秘书长兼某部主任某某某): a subject, as a visit's lead lists its visitors
_BY_POST_AND_NAME = re.compile(rf"[^，,。；;！？!?]{{0,40}}?(?:{_POSTS})\s*{_NAME}")
SIGNED_BY_POST = re.compile(rf"[{CJK}]{{0,12}}(?:{_POSTS})\s*[{CJK}·]{{2,4}}")


def why_title_line(lines: list[str], i: int) -> str:
    """Why ``pick_title_line`` chose line ``i``, in Chinese."""
    reasons = ["公文标题的写法（发文机关＋关于＋事由＋文种），虽长但无句末标点" if is_official_title(lines[i]) else "短行、无句末标点"]
    if DOC_WORD_RE.search(lines[i]):
        reasons.append("含文种词")
    if [x.rstrip("。") for x in lines[:16]].count(lines[i].rstrip("。")) >= 2:
        reasons.append("页面重复出现")
    if any(re.search(r"[>»›]\s*" + re.escape(lines[i]) + "$", x) for x in lines[:i]):
        reasons.append("页面导航栏以它结尾")
    if i + 1 < len(lines) and NEWS_LEAD_RE.match(lines[i + 1]):
        reasons.append("下接新闻导语")
    elif i + 1 < len(lines) and is_credit_line(lines[i + 1]):
        reasons.append("下接记者署名、新闻副题或图片说明")
    elif _text_follows(lines, i):
        reasons.append("紧接正文")
    return f"第 {i + 1} 行「{lines[i]}」最像标题（{'、'.join(reasons)}）"


def _is_paragraph(line: str) -> bool:
    return (len(line) > 60 or (len(line) > 30 and _ends_sentence(line))) and not is_official_title(line)


is_paragraph = _is_paragraph  # (split reads where a page's top ends)


# ------------------------------------------------------------ a title run into its body

_JOINER = re.compile(r"^(?:范文|範文)?(?:及|和|暨|与|與|并|並|以及)")  # …工作总结范文和2020年工作思路
_HEAD_START = re.compile(rf"^(?:[{CN_DIGITS}]{{1,3}}[、.．]|[（(][{CN_DIGITS}]{{1,3}}[）)])")
HEAD_START = _HEAD_START  # (a numbered heading's start, 一、 / （一）: split reads it too)


# how a sentence opens and a title never does: 本报告根据…, 根据…的要求, 为进一步…, 现将…
_SENTENCE_OPENER = re.compile(r"^(?:本报告|本報告|本文|根据|根據|按照|依据|依據|依照|为了|為了|为进一步|為進一步|现将|現將)")


# a title naming a matter and how it stands (…考核评价情况, …运行情况), run into a text that opens on its basis or its time
# (the openings of an official text, _SENTENCE_OPENER's, and of one telling a period: 截至…, 今年以来, 2022年…)
_STATUS_TITLE_RUN_ON = re.compile(r"([^，,。：:；;！？!?\s“”「」《》]{6,40}?(?:情况|情況))"
                                  rf"(?={_SENTENCE_OPENER.pattern[1:]}|截至|截止|近年来|近年來|今年以来|今年以來|(?:19|20)\d{{2}}年)")
# a profile's title (…概况, …简介) run into its text, which opens on the name the title gives (某某开发区概况 某某开发区位于…):
# the name said again is where the text begins
_PROFILE_RUN_ON = re.compile(r"(?P<name>[^，,。：:；;！？!?\s“”「」《》、]{4,30}?)(?:概况|概況|简介|簡介)\s*(?=(?P=name))")
# a verb of saying or showing right after a genre word (报告指出, 规划提出, 報告顯示): the document is the verb's subject
_SAYS_AFTER_GENRE = re.compile(r"\s*(?:中|里|裡)?(?:指出|显示|顯示|称|稱|表示|提出|认为|認為|强调|強調|披露|预计|預計|预测|預測|"
                               r"建议|建議|明确|明確|透露|说明|說明|写道|寫道)")


# a localizer right after a genre word (计划下, 报告中, 规划里): the genre word is the noun of a frame, 在…下 / 在…中 — never
# the next title's or heading's first word run on (下半年, 下一步, 中共, 中国, 中心, 里程, 内容)
_LOCALIZER_AFTER_GENRE = re.compile(r"(?:下|中|里|裡|内|內)(?![午旬游降来來载載发發达達属屬一半共国國心程容部层層央华華])")


def cut_inline_title(line: str) -> tuple[str, str] | None:
    """(title, body) of a run-on line that starts with its title: "2022年工业区管委会工作
    总结青岚工业园区作为…", "…工作总结及下半年思路一、1-6月份…", "…工作总结120xx年以来…"."""
    for m in DOC_WORD_RE.finditer(line, 0, 60):
        if m.start() >= 4 and (voc := VOCATIVE.match(line[m.end():])) and not line[m.end() + voc.end():].strip(" :：") \
                and not _inside_quote(line[:m.end()]):
            return line[:m.end()].strip(), line[m.end():]  # …新闻发布会发布词新闻界的朋友们，女士们、先生们：: a speech's
            # title run into whom it calls (its audience ends the line with a colon), however short the line
    if len(line) <= 60 or _SENTENCE_OPENER.match(line) or is_caption(line):
        return None  # (a picture's caption names no title: 某某等聯合切蛋糕為南科慶生。（記者某某攝）)
    stop = _SENTENCE_END.search(line)
    comma = re.search(r"[，,：:]", line)
    # a title runs 50 characters at most from where it starts: after the site's name and address a dump prints
    # first (某某之家—全网资源每日更新www.x.com + the title), which strip_decoration removes from the title
    site = _SITE_ADDRESS_PREFIX.match(line)
    most = 50 + (site.end() if site else 0)
    limit = min(most, stop.start() if stop else most, comma.start() if comma else most)
    end = None
    for m in DOC_WORD_RE.finditer(line, 0, limit):
        if m.start() < 4:
            continue
        if line.startswith("了", m.end()):
            break  # 各单位依次汇报了…情况: a genre word with its aspect particle is the sentence's verb, no title's end
        if m.group(0) in ("计划", "計劃", "計畫") and _opens_with_verb(line[m.end():]):
            break  # 巴基斯坦政府计划建立中国工业特区: 计划 before a verb is "plans to", the sentence's verb, no genre
        if _LOCALIZER_AFTER_GENRE.match(line, m.end()):
            break  # 在“一带一路”计划下，…; 在报告中提到的…: a genre word a localizer follows is a noun inside a frame of place
            # or circumstance (在…下 / 在…中), the sentence's, no title's end
        if _SAYS_AFTER_GENRE.match(line, m.end()):
            break  # 主计处发布最新统计报告指出，…: a document that says or shows something is its sentence's subject (报告
            # 指出, 规划提出, 总结显示); a title runs into its text's first words, never into a verb of saying
        if end is None or _JOINER.match(line[end:]) or re.fullmatch(r"\s*(?:情况|情況)?\s*", line[end:m.start()]):
            end = m.end()  # 工作总结 + 及下半年思路: a joined title goes on to its last genre word
            continue
        break
    if end is None and (profile := _PROFILE_RUN_ON.search(line, 0, 60)) and len(line) - profile.end() >= 20:
        return line[:profile.end()].strip(), line[profile.end():]  # 某某开发区概况 某某开发区位于…: the profile's title, then
        # its text opening on the name the title gave
    if end is None and (status := _STATUS_TITLE_RUN_ON.match(line)) and len(line) - status.end() >= 20:
        return status.group(1), line[status.end():]  # 2022年某某考核评价情况根据《…》…: a status report's title (…情况, its
        # genre word left off) run into its text, which opens as an official text does (根据…, 按照…, 截至…)
    if end is None or _inside_quote(line[:end]):
        return None  # 配合…延長實施「投資臺灣三大方案」至…: a genre word inside a quotation ends no title
    genres = list(DOC_WORD_RE.finditer(line, 0, end))
    start, genre = 0, genres[-1].group(0) if genres else ""
    # (…汇报材料 / …汇报提纲, the site's name for the file, before the document's own title ending in its genre alone, …情况汇报)
    stem = re.sub(r"(?:材料|提纲|提綱)$", "", genre) if len(genre) > 2 else genre
    again = re.match(rf"[^，,。：:；;！？!?\s]{{4,30}}?{re.escape(stem)}(?:材料|提纲|提綱)?", line[end:]) if genre else None
    if again and not _JOINER.match(line[end:]) and len(line) - end - again.end() >= 20:
        start, end = end, end + again.end()  # 第1页…建设情况汇报提纲某县…建设情况汇报提纲(日期)尊敬的…: the site's name for the
        # file, then the document's own title, both before its text: the document's own is its title
    matter = re.sub(rf"(?:(?:19|20)[\dxX×]{{2}}|[{CN_DIGITS}〇○Oo]{{4}})\s*年度?|[上下全]半?年|年度|[一二三四]季度|\d{{1,2}}月份?|"
                    rf"{re.escape(genre)}$", "", line[start:end]) if genre else ""
    if len(re.findall(f"[{CJK}]", matter)) < 2:
        return None  # 2024年安排市重点项目476个…: a title names its matter (GB/T 9704: 事由 + 文种), never a year and a
        # genre word alone; here 安排 is the sentence's verb
    if re.fullmatch(r"国家[^，,。\s]{1,4}(?:计划|計劃|計畫)", line[start:end].strip()):
        return None  # 国家星火计划加强农业科技园区建设: a national programme's name (星火, 火炬, 863) is the sentence's subject, no
        # title: a document names its matter before its genre
    rest = line[end:]
    if re.match(r"[，,。；;！!？?、]", rest):
        return None  # "…听取了政府工作报告。会议认为…": a sentence that mentions a report, no title
    # the collection's number glued to the body: …工作总结1 + 20xx年以来
    num = re.match(r"\d{1,2}(?=(?:19|20)[\dxX]{2}|[{CJK}])", rest)
    if num and not re.match(r"\d{1,2}\s*(?:月|日|年|个|项|家|%)", rest):
        rest = rest[num.end():]
    if len(rest) < 20:
        return None
    return line[start:end].strip(), rest.lstrip("，,：: ")


_OPENS, _CLOSES = "「『“《〈", "」』”》〉"
# someone's words opening a lead, whole sentences in quotation marks, then who said them up to the verb of saying
# (“…。”某园区工作的工程师某某说 / “…！”某某感慨道): the speaker's clause holds no comma, no other quotation
_QUOTE_THEN_SPEAKER = re.compile(r"[“「][^“”「」]{4,160}[。！？!?…][”」][^，,。；;！？!?“”「」:：]{2,40}?"
                                 r"(?:说|說|表示|介绍|介紹|告诉记者|告訴記者|感慨|感叹|感嘆|坦言|指出)道?(?=$|[，,。:：])")


def _quote_closes_at(text: str) -> int:
    """Where the quotation ``text`` opens with closes (nested ones inside it skipped), or len(text) when it never does."""
    depth = 0
    for k, c in enumerate(text):
        if c in _OPENS:
            depth += 1
        elif c in _CLOSES:
            depth -= 1
            if depth == 0:
                return k
    return len(text)


def _inside_quote(text: str) -> bool:
    """Whether ``text`` ends inside a quotation it opened (「…, “…, 《…)."""
    return sum(text.count(c) for c in _OPENS) > sum(text.count(c) for c in _CLOSES)


# ------------------------------------------------------------ a page without a title line

# a paper's or an agency's own dateline glued to the lead's first word (本报北京7月6日电作为…, 新华社昆明4月2日电某某…): the
# sender's word (本报, 某某社, 某某网) says it is a dateline whatever follows (a lead's opening, and a credit only news carries)
GLUED_DATELINE = r"(?:本报|本報|[^，,。\s【】\[\]]{1,8}?(?:社|网|網))[^，,。\s\d【】\[\]]{0,8}?\d{1,2}月\d{1,2}日(?:专|專)?[电電]"
# how an outlet opens its item, as both lead patterns below read it: its source tag, its dateline (某某社北京7月6日电,
# with a space or in numerals: 中新社 海口7月31日电, 中新社福州十一月四日電), 本报讯
# a lead's day of the month, with the days after it or the span it opens (18日, 8日、9日和12日, 8日至10日, 26-27日): its
# month comes before it in each pattern that uses it
# (a day a document site masked, 4月*日至*日, 4月××日, is still a day)
# (a span's last day may name its own year where the span crosses one: 2023年11月29日至2024年1月31日)
_DAY_DIGITS = r"(?:\d{1,2}|[*＊×xX]{1,2})"
_DAYS = (rf"{_DAY_DIGITS}(?:日(?:[、和及至—-](?:(?:\d{{4}}年)?\d{{1,2}}月)?{_DAY_DIGITS}日){{0,4}}"
         rf"|[—－\-~至到](?:(?:\d{{4}}年)?\d{{1,2}}月)?{_DAY_DIGITS}日)")

_OUTLET_DATELINES = (r"[^，,。\s【】\[\]]{2,20}?" + SOURCE_TAG + r"(?:[:：\s，,]|(?=\d))|"
                     # (a source's name and 讯 alone on the line over its lead, whatever kind of outlet or place it names:
                     # 某某信息港讯, 某某融媒讯, 某县讯 — 讯 after a name is its dispatch; a news kind ending in 讯, 资讯 快讯 简讯
                     # 喜讯 通讯, names a column or a genre, no sender)
                     r"[^，,。\s【】\[\]]{2,12}?(?<![资資快喜简簡通视視电電短要])[讯訊]$|"
                     # (the outlet saying it reports, its kind then 报道 and a space or a colon, as 讯 says it: 某某网报道 …)
                     r"[^，,。\s【】\[\]]{1,12}?(?:网|網|报|報|台|社)(?:报道|報導|报导|報道)(?:[:：]\s*|\s+)(?=\S)|"
                     # (a network's channel after a middle dot: 某某网·某某讯)
                     r"[^，,。\s【】\[\]·]{2,12}?(?:网|網)[·・][^，,。\s【】\[\]·]{2,10}?[讯訊](?:[:：\s，,]|(?=\d)|$)|[^，,。\s【】\[\]]{2,12}?[(（][^()（）]{1,24}[)）]\d{1,2}月\d{1,2}日(?:[电電]|消息|[讯訊])|本报讯|本報訊|[^，,。\s【】\[\]]{2,12}?(?:\s[^，,。\s【】\[\]\d]{2,6}?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:日[^，,。\s\d]{0,4}?(?:[电電]|消息|[讯訊])|[讯訊])(?=\s|[(（]|$|\d{1,2}月|\d{1,2}日)")
# how a news item's lead opens: 本报讯, 某某讯：, （记者…）, a date and a comma, 近日，
# (an agency's dateline may set a space between the agency and the place, and write its date in numerals: 中新社 海口7月31日电,
# 中新社福州十一月四日電)
# a wire's dateline by its web addresses, closed by a dash (南京(CNFIN.COM / XINHUA08.COM)--): the place and the outlet
DATELINE_BY_ADDRESS = re.compile(rf"[{CJK}]{{2,6}}\s*[(（]\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
                                 rf"(?:\s*[/／、,]\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)*\s*[)）]\s*(?:-{{1,2}}|—{{1,2}}|－{{1,2}})\s*")
# a paper's name and its reporters bracketed, no 记者 said (中国化工报(某某)12月6日，…): the lead's credit, as 某某报讯 is
OUTLET_THEN_NAMES = re.compile(rf"[^，,。\s【】()（）]{{2,10}}(?:报|報)\s*[(（]\s*{PERSON_NAME}(?:[\s、]+{PERSON_NAME}){{0,3}}\s*[)）]\s*")
# …an outlet's tag as its press release or with the city it filed from after a slash (【某国某某日报新闻稿】, 【某某社∕某市】):
# who sent the item, before its lead or on a line of the text (credits.py lifts it there)
FILED_TAG = (r"[【\[][^】\]，,。：:！？\n]{1,16}?" + OUTLET_NAME_END
             + r"(?:(?:新闻稿|新聞稿)(?:\s*[∕/／]\s*[^】\]，,。：:！？\n/／∕]{2,6})?|\s*[∕/／]\s*[^】\]，,。：:！？\n/／∕]{2,6})[】\]]")
_FILED_TAG_RE = re.compile(FILED_TAG)


def is_filed_tag(tag: str) -> bool:
    """Whether ``tag`` is an outlet's tag naming its press release or the city it filed from (see FILED_TAG)."""
    return bool(_FILED_TAG_RE.fullmatch(tag.strip()))


NEWS_LEAD_RE = re.compile(r"^(?:" + _OUTLET_DATELINES + r"|"
                      # a wire dateline giving the day alone, as agencies date this month's stories (某某社北京3日电)
                      r"[^，,。\s【】\[\]]{2,12}?(?<!\d)\d{1,2}日(?:专|專)?[电電](?=\s|[(（]|$)|"
                      rf"{GLUED_DATELINE}|"
                      r"[^，,。】\]\s]{0,16}[讯訊](?=\s*[(（【]?\s*(?:记者|記者|通讯员|通訊員)|\s*[(（][^()（），,。]{2,12}[)）]|\s*[(（][^()（）]{0,16}?(?:记者|記者|通讯员|通訊員))|[【\[]?[^，,。】\]]{0,8}[讯訊](?:[】\]]|[:：\s]|(?=\d))|【[^】。，,]{2,30}(?:[讯訊电電]|报道|報導|报导|報道|消息)】|据[^，,。]{2,20}消息[，,]|[(（][^()（）]{0,8}记者|[(（][^()（）]{0,8}記者|记者|記者|"
                          r"(?:(?:\d{4}年)?\d{1,2}月)?" + _DAYS + r"[上下晚中]?午?[，,]|近日[，,]|日前[，,]|连日来[，,]|連日來[，,]|"
                          r"据悉[，,]|據悉[，,]|据了解[，,]|據了解[，,]|"
                          rf"[□◎■●◆]\s*[^，,。\s]{{0,12}}?(?:记者|記者|通讯员|通訊員)\s*[{CJK}·]{{2,4}})")  # (◎某某日报记者 某某 7月23日，…)
_LEAD_RE = re.compile(r"^(?:" + _OUTLET_DATELINES + r"|" + DATELINE_BY_ADDRESS.pattern + r"|" + OUTLET_THEN_NAMES.pattern + r"|"
                      r"[^，,。\s【】\[\]]{2,12}?(?<!\d)\d{1,2}日(?:专|專)?[电電](?=\s|[(（]|$)|"
                      rf"{GLUED_DATELINE}|"
                      r"[^，,。】\]\s]{0,16}[讯訊](?=\s*[(（【]?\s*(?:记者|記者|通讯员|通訊員)|\s*[(（][^()（），,。]{2,12}[)）]|\s*[(（][^()（）]{0,16}?(?:记者|記者|通讯员|通訊員))|[【\[]?[^，,。】\]]{0,8}[讯訊](?:[】\]]|[:：\s]|(?=\d))|【[^】。，,]{2,30}(?:[讯訊电電]|报道|報導|报导|報道|消息)】|"
                      r"[(（][^)）]{0,30}[)）]|[【\[〔](?:[^】\]〕，,。]{0,8}?|[^】\]〕，,。]{0,12}?(?:网|網|报|報|台)\s*\d{1,2}月\d{1,2}日\s*)(?:记者|記者|通讯员|通訊員)[^】\]〕]{1,20}[】\]〕]|"
                      # (the paper's reporter credited before the lead's first words and a space: 某某日报记者某某报道 记者…)
                      r"[^，,。:：\s【】]{0,12}?(?:记者|記者)\s*[^，,。:：\s]{2,4}(?:[、和][^，,。:：\s]{2,4}){0,3}\s*(?:报道|報導|报导|報道)\s+(?=\S)|"
                      r"[^，,。\s【】]{2,12}消息(?=\s*[(（])|[^，,。\s【】]{2,12}消息\s*[:：]|"
                      # (an outlet online closing its mark with a comma: 潍坊在线消息，…; not whom it is according to, 据某某网消息，
                      # which the lead keeps — _ACCORDING_TO)
                      r"(?![据據])[^，,。\s【】]{2,10}(?:在线|在線|网|網)消息\s*[，,]|(?:记者|記者|通讯员|通訊員)[^，,。:：]{1,30}(?:报道|報導|报导|報道)\s*[:：]?|"
                      # (…and the paper's own reporter credited before a colon: 某某日报全媒体记者某某、某某报道：…)
                      r"[^，,。:：\s【】]{2,12}?(?:全媒体|全媒體|融媒体|融媒體|首席|特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員)[^，,。:：]{1,30}(?:报道|報導|报导|報道)\s*[:：]|"
                      r"[^，,。\s【】]{2,12}(?:报道|報導|报导|報道)(?=\s*[(（]\s*(?:本报|本報|特约|特約|见习|見習)?(?:记者|記者|通讯员|通訊員)|"
                      # (…or with its correspondents named first in the bracket: 某某报道(某县通联 某某 某某 通讯员某某))
                      r"\s*[(（][^()（）]{0,30}?(?:通联|通聯|通讯员|通訊員|记者|記者))|"
                      # a broadcast script's part set in 【】 (【正文】, 【导语】, 【口导】, 【演播室】): a label of two to four
                      # characters, by its form, whatever a station calls its parts
                      r"【[^】，,。：:！？\s\d]{2,4}】|"
                      # an outlet's tag in brackets, whatever its name, by the word a news outlet's name ends in (【某某新聞台】,
                      # [某某News今日新聞], 【某某人头条】): who it is from, as 【某某讯】 is
                      r"[【\[][^】\]，,。：:！？\n]{1,16}?" + OUTLET_NAME_END + r"[】\]]|" + FILED_TAG + "|"
                      # (…and its reporter after a blank inside the same brackets: 【某某日報 某某某】)
                      r"[【\[][^】\]，,。：:！？\n\s]{1,12}?" + OUTLET_NAME_END + rf"\s+[{CJK}·]{{2,4}}(?:[\s、][{CJK}·]{{2,4}}){{0,3}}[】\]]|"
                      # a paper and the day it printed the item, before the item's first words (某某時報 2022/12/28 …)
                      + _PAPER.format(CJK=CJK) + r"\s*(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}(?=\s*\S)|"
                      # the place of the dateline and its reporters' names in brackets, no 记者 (某某网2月26日电 唐山(某某某、
                      # 某某某)今天上午，…): a byline, as (记者 某某某) is
                      rf"[{CJK}]{{2,4}}?[(（]{_NAME}(?:\s*[、，,]\s*[{CJK}]{{2,3}}){{1,5}}[)）]|"
                      # outlets in a row joined by 、, one perhaps with its address in brackets, closed by 讯 before the reporters'
                      # bracket (某某星报、某某财经网(m.x.cn)、掌中某某讯 (某某 某某 记者 某某)): the credit as one outlet's 讯 is
                      r"(?:[^，,。\s、【】()（）]{2,12}(?:[(（][A-Za-z0-9.\-]{3,30}[)）])?、){1,3}[^，,。\s、【】()（）]{2,12}[讯訊](?=\s*[(（])|"
                      # a byline glued to the lead's day, the day closing the names (某某日报记者某某 通讯员某某4月29日，…;
                      # 某某/某某报驻某地记者某某通讯员某某4月29日，…): the outlet, its reporters, then the lead
                      rf"(?!在|对|對|向|据|據|接受)[^，,。:：\s【】]{{0,16}}?(?<!接受)(?:记者|記者|通讯员|通訊員)\s*[{CJK}·]{{2,4}}(?:\s*(?:记者|記者|通讯员|通訊員)\s*"
                      rf"[{CJK}·]{{2,4}})*\s*(?=(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日)|"  # (…2015年11月16日: the year too)
                      # a bare byline, each name set off by a blank, after the dateline (南都讯 记者某某 通讯员某某 昨日下午，…)
                      rf"(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*(?:[{CJK}·]{{2,4}}[ \u3000、]+)+)+(?=\S)|"
                      # a correspondent's byline closed by 报道, set off by blanks (某某讯 驻四川 某某某 报道 近年来，…; 记者 某某 报道)
                      rf"(?:(?:本报|本報)?(?:驻|駐)[{CJK}]{{2,8}}?(?:记者站|記者站|记者|記者)?|记者|記者)\s+[{CJK}·]{{2,4}}\s+(?:报道|報道)\s*(?=\S)|"
                      # a byline after a paper's marker opening the lead's line: ◎某某日报全媒体记者 某某 7月23日，…
                      rf"[□◎■●◆]\s*[^，,。\s]{{0,12}}?(?:记者|記者|通讯员|通訊員)(?:\s*[{CJK}·]{{2,4}}?(?:[/／](?:文|图|圖|摄|攝))?[\s、]*)+?(?=\s|\d|$))\s*")


# a lead's first clause when it only says when: 11月16日下午, 2024年3月5日上午, 近日
# a day of the lunar calendar said after the day of the month (2月23日大年初八, 正月初七)
_LUNAR_DAY = r"(?:(?:大年|正月|腊月|臘月)?初[一二三四五六七八九十]{1,2}|除夕)"
_WHEN = re.compile(r"(?:\d{4}年)?\d{1,2}月" + _DAYS + _LUNAR_DAY + r"?"
                   r"(?:[上下中晚]午|晚上|上午|下午|清晨|早上|早晨|傍晚|凌晨|晚间|晚間|深夜)?"
                   r"(?:\s*\d{1,2}\s*[:：]\s*\d{2}|\s*\d{1,2}\s*[时時](?:\d{1,2}\s*分)?)?|\d{4}年(?:\d{1,2}月)?(?:[上中下]旬|初|底)?|"
                   r"(?:\d{4}年|今年)?(?:开年|開年|年初)?(?:以来|以來)|近日|日前|今天|昨天|今年以来|近期|连日来|連日來|连日|連日|"
                   # (since when, told by its start: 自2014年至今, 自某地和平解放以来, 从去年以来)
                   r"(?:自|从|從)[^，,。！？]{2,24}?(?:以来|以來|至今)|"
                   # (…and from when on, told by its start: 从今年3月1日开始, 自2024年起 — the time the event runs from)
                   r"(?:自|从|從)\s*(?:\d{4}\s*年|今年|明年|本年|下半年|下月|(?:\d{4}\s*年|今年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)+\s*"
                   r"(?:开始|開始|起)|"
                   # (following a day, 继2020年11月3日，…公布…以来: the clause broken at the day by its comma is the day alone)
                   r"(?:继|繼)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|"
                   # (the year ahead: the event is the next clause)
                   r"新的一年|新一年|新年伊始|岁末年初|歲末年初|"
                   # (a cut-off told alone: 截至目前, 截至9月底 — the time the figures that follow stand at)
                   r"(?:截至|截止)(?:目前|(?:\d{4}年|今年|本年|去年)?\d{1,2}月(?:底|末)?|\d{4}年(?:底|末)?)|"
                   # (…and up to now, however it is said: 今年迄今为止, 迄今, 到目前为止)
                   r"(?:今年|本年)?(?:(?:迄今|至今)(?:为止|為止)?|(?:到|至)?目前(?:为止|為止))|(?:今年|本年)(?:\d{1,2}[—－\-~至到]\d{1,2}月|\d{1,2}月|上半年|第?[一二三四]季度|前三季度)?|"
                   r"(?:\d{4}年)?\d{1,2}(?:月份?)?[—－\-~至到]\d{1,2}月(?:份)?|上半年|前三季度|一季度|"
                   # (…and a year's part told with the year, as with 今年: 2019年第一季度，, 2023年上半年，)
                   r"\d{4}年(?:上半年|下半年|第?[一二三四]季度|前三季度)|"
                   # (…and its quarters counted together, 2021年1~3季度, 今年1-2季度: as 前三季度 is)
                   r"(?:\d{4}年|今年|本年)?[1-4一二三四][—－\-~～至到][1-4一二三四]季度|"
                   # (…and the year's first months counted together, 今年前10个月, 前4月, 2023年前三个月: when the totals that
                   # follow stand at, as 1-10月 is)
                   r"(?:\d{4}年|今年|本年|去年)?前(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:个|個)?月(?:份)?|"
                   # a year told as a whole (2020年度) and a time something is to be done by (到2020年, 至2025年底): when,
                   # the clause after it tells what
                   r"\d{4}年度|(?:到|至)\s*\d{4}\s*年(?:底|末|前)?|"
                   # a span of years (2016年-2020年, 2016—2020年) and how long it was (短短5年时间, 短短三年间): when
                   r"(?:19|20)\d{2}年?\s*[—－\-~～至到]\s*(?:19|20)\d{2}年(?:度|间|間)?|"
                   r"(?:短短|仅仅|僅僅)(?:的)?[\d一二三四五六七八九十两兩]{1,2}年(?:时间|時間|间|間)?|"
                   # a day things begin from (从1月14日下午开始, 自3月1日起)
                   r"(?:从|從|自)(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下中晚]午|晚上)?(?:开始|開始|起)|"
                   # a plan's period or a span of years counted back: “十二五”期间, 十三五以来, 近五年来, 多年来
                   r"[“\"「]?十[一二三四五六七八九]五[”\"」]?(?:期间|期間|时期|時期|以来|以來)|(?:近|过去|過去)?[一二三四五六七八九十两\d]+年(?:来|來|以来|以來)|多年(?:来|來|以来|以來)|"
                   # a time told by what it is the year or the moment of: 十二五开局之年, 在建区30周年之际
                   r"[^，,。]{2,14}(?:之年|之际|之際|之时|之時)|"
                   # a time frame told as a clause of its own: how far the year has gone (2022年时间过半, 今年时间已过半),
                   # the recent years (近年来), or the years of work behind the news (经过多年的推进, 经过三年努力)
                   r"(?:\d{4}年|今年|全年|上半年)?(?:时间|時間)(?:已经|已經|已)?(?:过半|過半|过去一半|過去一半)|近年(?:来|來|以来|以來)|"
                   r"(?:经过|經過|历经|歷經)(?:多年|近?[一二三四五六七八九十两兩\d]+年)(?:来|來)?(?:的)?"
                   r"(?:不懈)?(?:推进|推進|努力|发展|發展|建设|建設|奋斗|奮鬥|探索|打造|培育)|"
                   # (a day of this month, its month left out as a paper dates the week's news, alone or a span: 11日上午,
                   # 11至12日 — when, as 3月11日 is)
                   r"(?<![\d月])" + _DAYS + r"(?:[上下中晚]午|晚上)?")
# (2023年6月, 南臺灣的艷陽…: a month is no title either)


# a sentence that tells what happened when: 3月8日上午，开发区举行… (the lead of a news item)
# (a day range may cross a month: 2月28日至3月1日, as a two-day meeting is dated)
# a time opening a lead and its comma (3月5日上午，, 今年以来，): where the lead's own words start
_WHEN_THEN_COMMA = re.compile(rf"(?:{_WHEN.pattern})\s*[，,]\s*")
DATED_EVENT = re.compile(r"^(?:\d{4}年)?\d{1,2}月" + _DAYS + r"(?:[上下晚中]?午?|清晨|早上|早晨|傍晚|凌晨|晚间|晚間|深夜)[，,]")

_DATE_LINE = re.compile(r"[(（]?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*[)）]?|[(（]\s*\d{4}年\d{1,2}月\s*[)）]")


# a lead's first clause that only says who spoke: 國科會上午指出, 管委会负责人表示, 某某介绍
_SAYS = re.compile(r"[^，,。\s]{2,16}?(?:[今昨]天?|[上下]午|日前|近日)?(?:表示|指出|透露|强调|強調|介绍|介紹|说|說|称|稱)")


# a day-dated clause after others in a lead's first sentence: ，7月25日，/ ，3月8日上午， / ，近日，
_LATER_DATED_EVENT = re.compile(r"[，,]\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[-—－~～至到]\s*(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日)?(?:[上下中晚]午|晚上)?|近日|日前)\s*[，,]")
# (a span of days is a day too: 为…，8月26日-27日，某市召开…)


def _word_end_before(text: str, limit: int) -> int:
    """Where the last whole word (the index's segmenter) ending by character ``limit`` of ``text`` ends."""
    from .parks import word_tags  # (parks imports this module: the segmenter is asked at call time)
    end = 0
    for word, _tag in word_tags(text[:limit + 12]):
        if end + len(word) > limit:
            break
        end += len(word)
    return end if end >= limit // 2 else limit


# a lead's clause that ends by saying who told it or how the reporter learnt it (…获悉, …透露, …宣布, …指出), or what
# someone wishes or holds (…希望, …认为: verbs whose object is a clause, the next one)
# (显示 too: 某统计局31日发布数据显示，…; and a source's release: 某市政府20日消息称 — what they show or said is the next clause)
_TELLING = re.compile(r"(?:表示|指出|透露|披露|强调|強調|介绍|介紹|宣布|宣佈|获悉|獲悉|了解到|瞭解到|得知|提出|显示|顯示|希望|认为|認為|"
                      r"公布|公佈|通报|通報|消息称|消息稱|消息说|消息說|^[据據][^，,。]{2,20}(?:报道|報道|報導|报导)|^据悉|^據悉|"
                      # (近日，从省委农办传来喜讯，某园区再度被授予…: where the news came from; the news is the next clause)
                      r"(?:传来|傳來)了?(?:喜讯|喜訊|捷报|捷報|好消息|消息)|"
                      # (记者在某园区建设现场看到，…: what the reporter saw is the next clause, as what he learnt is)
                      r"(?:记者|記者|笔者|筆者)[^，,。]{0,40}?(?:看到|看见|看見|见到|見到|注意到))$")  # (某市府公布，10月有…: what was released is the next clause)


# a clause telling who came where (…一行来到我镇, 来园区, 赴某地, 走进某企业), and the next clause opening with what they came
# to do (调研…, 采访…, 考察…): one event told in two verbs in series
# (来 alone as the motion verb, not inside 带来, 未来, 原来, 以来, 后来, 起来, 出来…)
_CAME_TO = re.compile(r"(?:来到|來到|(?<![带帶未原以后後起出上下回过過进進])[来來]|赴|走进|走進|莅临|蒞臨)"
                      r"(?P<where>[^，,。“”「」]{1,12})$")
_VISIT_PURPOSE = re.compile(r"\s*(?:调研|調研|考察|视察|視察|采访|採訪|采訪|参观|參觀|检查|檢查|指导|指導|督导|督導|走访|走訪|洽谈|洽談|观摩|觀摩)")


def _only_a_place(words: str) -> bool:
    """Whether the words after a motion verb only name where (我镇, 青禾经济开发区), no verb of their own (赴长三角开展招商推介
    already says what was done there)."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    return not any(tag.startswith("v") for _w, tag in word_tags(words))


# a lead's clause telling an official's visit and what was said on it: 某某在高新区调研时强调 / 考察时指出 / 视察期间表示
_VISIT_SAID = re.compile(r"在[^，,。“”「」]{2,30}?(?:调研|調研|考察|视察|視察|检查|檢查|走访|走訪|督导|督導|指导|指導)(?:工作)?"
                         r"(?P<said>(?:时|時|期间|期間)(?:强调|強調|指出|表示|要求))$")


# the evidence of a title taken from the lead: its words are the opening's, not a title's
FROM_LEAD = "页面没有标题行，取导语的开头作标题"

# a speech printed without a title line names its occasion where it ends, as newspapers, collections and
# government sites print one: （在某某务虚会上的讲话）, ——某某同志在…大会上的讲话, （这是某某在…上的发言，有删节）
# and the note a paper or a site puts under a speech it edited, （本文根据某某在…峰会上的致辞整理）
_OCCASION = re.compile(r"^[(（〔【\[—－-]*\s*(?:这是|這是|此系|本文系|本文是|(?:本文)?(?:根据|根據|据|據))?\s*"
                       r"([^\s()（）。！？；，,]{0,16}?在[^。！？；()（）]{2,48}?上的(?:总结讲话|總結講話|讲话|講話|发言|發言|致辞|致辭|主持词|主持詞|工作报告|工作報告|报告|報告))"
                       r"(?:(?:录音|錄音)?整理(?:而成)?)?(?:[，,][^()（）。]{0,16})?\s*[)）〕】\]]?[。.]?$")


def title_at_end(lines: list[str]) -> str | None:
    """The title a speech without a title line gives where it ends: its occasion (在…上的讲话) on one of
    the last lines, alone or in brackets (a recording's note may follow: （根据录音整理）)."""
    for line in reversed(lines[-3:]):
        m = _OCCASION.match(line) if len(line) <= 70 else None
        if m:
            return clean_title(m.group(1)) or None
    return None


# a text that opens with the name of the document it is, in 《》, and goes on (《X调查报告》为全面掌握…)
QUOTED_OPENING = re.compile(r"^《([^《》]{4,50})》(?=[为為是由系於于在，,]|\()|"
                            # …or a headline in 【】 before its text, hashtags or a literary opening (social-media style);
                            # never a credit in 【】, who reported it from where (【某某網記者某某/臺北報導】, 【某某12月10日電】)
                            r"^(?!【[^】]{0,40}(?:记者|記者|报道|報導|报导|報道|[讯訊]|日(?:专|專)?[电電])】|【[^】]{0,40}(?:记者|記者|通讯员|通訊員)\s*[^】\s]{1,8}】)"
                            r"【([^【】。！？]{10,60})】(?=\s*#|\S{10})")  # (…nor its reporter named last: 【某某网 8月18日 记者某某】)


# whom a speech addresses, as Chinese speeches name their audience: 尊敬的…, 各位…, a plural of persons (同志们,
# 朋友们, 女士们、先生们, 企业家们) — never 我们 / 他们 / 人们, which speak of people, not to them — or a person by post
_ADDRESSEE = (r"(?:(?:尊敬的|亲爱的|親愛的)[^\s，,、：:！!。；“”]{1,16}|各位[^\s，,、：:！!。；“”]{1,10}|"
              r"(?![我他她你咱人它])[^\s，,、：:！!。；“”]{1,6}[们們]|"
              # a person by name (often masked) and post: ×××书记, 王市长, XX主任
              r"[^\s，,、：:！!。；“”]{1,6}(?:书记|書記|省长|省長|市长|市長|县长|縣長|区长|區長|主任|局长|局長|部长|部長|"
              r"秘书长|秘書長|厅长|廳長|司长|司長|处长|處長|科长|科長|镇长|鎮長|乡长|鄉長|会长|會長|校长|校長|"
              r"主席|院长|院長|董事长|董事長|总经理|總經理|同志|先生|女士))")
# a paragraph that opens by calling its audience (同志们：/ 尊敬的各位领导、各位来宾： / 各位企业家朋友，/ 大家好！)
VOCATIVE = re.compile(rf"^\s*(?:{_ADDRESSEE}(?:\s*[、，,和及]\s*{_ADDRESSEE})*\s*(?:[：:！!]|[，,])|大家好[！!，,])", re.M)
# a greeting after the audience is called (大家上午好！): no title either
_GREETING_LINE = re.compile(r"^\s*(?:大家|各位)?(?:上午|下午|晚上)?好[！!，,。]?\s*$")


# a date and an occasion in brackets on a line of its own: （2024年1月18日在某某区第五届人民代表大会第四次会议上）
_OCCASION_LINE = re.compile(r"[(（]\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*)?在[^()（）。，,]{4,48}(?:会议|會議|大会|大會|[会會])上\s*[)）]|"
                            # …or set after a dash, as a subtitle is (——2024年1月23日在某某区人民代表大会第四次会议上)
                            # (a box-drawing dash ─ stands for it where a page was typeset from a PDF or a word processor)
                            r"[—－─━]{1,2}\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*)?在[^()（）。，,—－─━]{4,48}(?:会议|會議|大会|大會|[会會])上")


def _lead_start(sentence: str) -> int:
    """Where a lead's own words start, past the day it opens with (3月5日上午，): 0 when it opens on them."""
    day = _WHEN_THEN_COMMA.match(sentence)
    return day.end() if day else 0


def _frame_before_subject(clause: str, after: str, first: bool) -> bool:
    """Whether a lead's first ``clause`` is a verb's phrase with no subject framing the clause ``after`` it, which
    opens on its subject and verb (看准高铁带动的商机，县政府盘点…; 抢抓发展机遇，某经开区加快…; 根据最新统计，某开发区…):
    the sentence's subject stands after its frame, as Chinese sets a motive or a means first. A clause of figures
    (实现财政收入3.33亿元，同比增长…) or of where a thing lies (位于…园内塔吊林立) is a predicate of its own."""
    if not first or re.search(r"[\d０-９]", clause) or clause.strip()[:2] in _LOCATED \
            or re.match(r"\s*(?:同比|环比|環比|比上年|较上年|較上年|比去年|较去年|較去年)", after):
        return False
    return _opens_with_verb(clause) and _subject_then_verb(after)


def _subject_then_verb(clause: str) -> bool:
    """Whether ``clause`` opens with its subject and then its verb (县政府盘点…, 青禾园区赴…开展…, 数字经济正在成为…): the
    tagger's nouns, names, places or pronouns first, then a verb, past adverbs, within its first ten words."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    words = [(w, t) for w, t in word_tags(clause.strip()[:30]) if t != "x"]
    if not words or words[0][1] not in _SUBJECT_TAGS:
        return False
    if _unit_acts(clause.strip()):
        return True
    for i, (_w, t) in enumerate(words[:10]):
        if t == "v":
            return i >= 1
        if t not in _SUBJECT_TAGS and t not in ("d", "ad", "b", "f", "p", "c"):
            return False
    return False


def _only_purpose(sentence: str) -> bool:
    """Whether a lead's sentence is only why the event was done (为进一步…，加强…，推动…发展): it opens on its purpose,
    states no figure, and no clause of it has a unit acting (the event the next sentence tells by its day)."""
    return bool(_PURPOSE_FIRST.match(sentence + "，")) and not re.search(r"[\d０-９]", sentence) \
        and not any(_unit_acts(clause) for clause in re.split(r"[，,]", sentence)[1:])


def _states_facts(sentence: str) -> bool:
    """Whether a lead's first sentence states facts (a figure, or the length of a text's sentence: 某园区位于城市西北，
    总体规划面积8.2平方公里…): a profile's opening, after which a dated sentence is its history (2006年3月8日，省政府将园区
    更名为…), not a news item's event under a literary opening (春风送暖启新程，扬帆奋楫正当时。)."""
    return bool(re.search(r"[\d０-９]", sentence)) or len(sentence) > 40


# a page <title> of keywords joined by "_", ending in the site's name (…网, …站, …平台), glued before the text, with a
# slogan in 【】 after a hyphen or not: 关键词_关键词_某某网-【某某平台】现代农业园区系…. Chinese prose never writes "_";
# a page's <title> joins its parts with it (标题_栏目_网站名), so such a run ending in a site's name is the site's
_KEYWORD_TITLE = re.compile(r"^(?:[^_\s。，,！？!?；;]{2,30}_)+[^_\s。，,！？!?；;]{1,20}?(?:网|網|站|平台|官网|官網)"
                            r"(?:\s*[-－—|｜]\s*【[^】]{1,20}】|\s*[-－—|｜])?\s*(?=\S{6})")
# a quotation opening a lead (someone's words, whole sentences) and the dated event after it
# a saying quoted as the lead's first sentence, closed outside its marks (“一年之计在于春”。), and the day the lead's event
# is dated by after it, perhaps with the lunar day (2月23日大年初八，, 正月初七，)
_SAYING_FIRST = re.compile(r"[“「][^”」\n，,。]{2,16}[”」][。！!]\s*")
_SAYING_DAY = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|" + _LUNAR_DAY + r"|近日|日前")
_OPENING_QUOTE = re.compile(r"[“「][^”」\n]{4,200}[。！？!?…][”」]")
_DAY_AFTER_QUOTE = re.compile(r"\s*(?:(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|今天|今日|昨天|昨日|前天)(?:[上下中晚]午|晚上)?|近日|日前)[，,]")
# a news lead's event named whole: 召开/举行/举办 … 会议/大会/仪式/活动 (a quoted name inside it whole)
_HELD_EVENT_IN = re.compile(r"[^，,。“”「」]{2,24}?(?:召开|召開|举行|舉行|举办|舉辦)")
_HELD_EVENT = re.compile(r"(?:召开|召開|举行|舉行|举办|舉辦)(?!的)[^，,。]{2,50}(?:会议|會議|大会|大會|[会會]|仪式|儀式|活动|活動|论坛|論壇)$|"
                         # (…or the event first and its verb after it: 某某项目集中签约仪式举行, 某某大会在某地召开)
                         r"(?:会议|會議|大会|大會|[会會]|仪式|儀式|活动|活動|论坛|論壇)(?:在[^，,。]{2,20})?"
                         r"(?:隆重|顺利|順利|正式|盛大)?(?:举行|舉行|召开|召開|举办|舉辦|开幕|開幕)$")
# …and the event named as a noun, its verb a modifier before 的 (示范园区召开的招商引资大会): the subject of what the
# next clause says it did (，摆起招商比武擂台), no headline alone
_EVENT_AS_SUBJECT = re.compile(r"(?:召开|召開|举行|舉行|举办|舉辦)的[^，,。]{2,30}(?:会议|會議|大会|大會|[会會]|仪式|儀式|活动|活動|论坛|論壇)$")


# a clause that ends on a post (…党组成员，/ …副局长，): more posts and then the name follow, never a headline's end
_POST_END = re.compile(rf"(?:{_POSTS}|成员|成員|委员|委員|常委|组长|組長|巡视员|巡視員|调研员|調研員)$")
# a clause opening with the day and going on with what was done (2日舉行…, 昨（26）日揭示…, 今日召开…)
# (the part of the day as a lead names it: 上午, 晚上, and 早上/清晨/凌晨/傍晚 as broadcast and Taiwanese leads say it)
_DAY_PREDICATE = re.compile(rf"\s*(?:(?<![\d月])\d{{1,2}}日|[昨今]\s*[(（][^()（）]{{1,8}}[)）]\s*日|[昨今][日天])"
                            r"(?:[上下中晚]午|晚上|早上|早晨|清晨|凌晨|傍晚|晚间|晚間)?\s*"
                            rf"(?:在[^，,。]{{2,16}})?{EVENT_VERB_RE}")
# a post's date row run into its line: 發表於 2017-01-09 08:00, 发布时间：2023-05-06
POSTED_AT = re.compile(r"\s*(?:發表於|发表于|發布於|发布于|發佈於|发布时间|發布時間|發佈時間|发表时间|發表時間)\s*[:：]?\s*((?:19|20)\d{2})\s*[-/.年]")
# the last clause of a lead's sentence naming who went along or attended (，某某陪同 / ，某某出席 / ，某某参加会议)
_ESCORTED = re.compile(r"[，,][^，,。]{2,40}(?:陪同|出席|参加|主持)(?:调研|調研|考察|视察|視察|会议|會議|活动|活動)?$")


# a lead's date, then the clause of its purpose: 5月12日上午，为深入贯彻… / 近日，围绕… / 3月8日，按照…
_WHY_AFTER_WHEN = re.compile(rf"^(?:{_WHEN.pattern})\s*[，,]\s*(?P<why>(?:为了|為了|为|為|围绕|圍繞|按照|根据|根據|结合|結合)"
                             r"[^，,。]{2,})")
# a clause that opens with who acts and what it holds or does: 东岭工业园区在…召开…会, 开发区组织…, 某某率队…调研
# (a clause going on with the purpose opens with its verb or adverb, never with who acts: 进一步加快…, 确保…开工)
_PURPOSE_GOES_ON = (r"进一步|進一步|确保|確保|加快|推动|推動|促进|促進|力争|力爭|全力|切实|切實|着力|著力|持续|持續|不断|不斷|"
                    r"努力|助力|推进|推進|提升|加强|加強|深入|扎实|紮實|全面|积极|積極|更好|以|为|為|让|讓|使")
_DOER_ACTS = re.compile(rf"(?!{_PURPOSE_GOES_ON})"
                        rf"[^，,。“”「」]{{2,30}}?(?:召开|召開|举行|舉行|举办|舉辦|组织|組織|启动|啟動|开展|開展|{EVENT_VERB_RE})")
# a lead opening with its purpose, no date before it: 为了吸取…教训，进一步落实…，近日，某园区… / 為響應…政策，經濟部…
# (为期, 为主, 为止, 为例 are no purpose)
_PURPOSE_FIRST = re.compile(r"^(?:为了|為了|为(?![期主止例])|為(?![期主止例]))[^，,。]{2,40}?[，,]")


# who acts, as a lead's main clause opens after its purpose: a unit (an office, a zone, a government, a company…), then
# its verb, an adverb, a place or the day between (某管理局推動…, 省科技厅组织…, 某管理局昨（七）日公布…, 某處積極推動…)
# (a unit's name ends on UNIT_END's words, or on a character that ends other nouns too, a committee's 委 and 会, a zone's
# 区 and 园, a team's, an agency's or a station's 队 社 所 站: here the verb after the name tells the unit)
_UNIT_END = re.compile(rf"(?:{UNIT_END}|委|会|會|区|區|园|園|队|隊|社|所|站)")
_TIME_AFTER_UNIT = re.compile(r"\s*(?:[昨今前]\s*[(（][^()（）]{1,4}[)）]\s*日|[昨今][天日]|(?<![\d月])\d{1,2}日|日前|近日)?"
                              r"(?:[上下中晚]午)?\s*")


def _unit_acts(clause: str) -> bool:
    """Whether a clause opens with a unit and then what it did (the verb after the unit's name, past an adverb or a
    preposition's phrase): the tagger tells a verb (a verbal noun, 加工, 辅助, is none)."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    head = re.split(r"[，,。；;]", clause[:24], maxsplit=1)[0]  # (the unit is the clause's subject: 根据…要求，区商务局委派… has
    # its unit in the next clause, and this one opens on its basis)
    for end in (m.end() for m in _UNIT_END.finditer(head) if m.start() >= 1):
        rest = clause[_TIME_AFTER_UNIT.match(clause, end).end():][:16]
        tags = [tag for _w, tag in word_tags(rest)[:5]]
        if tags and (tags[0] == "v" or tags[0] in ("d", "ad") and tags[1:2] == ["v"]
                     or tags[0] == "p" and "v" in tags[1:]):
            return True
    return False


# a lead's frame: 在市委市政府的坚强领导下， / 在各级各部门的大力支持下，
# (whose leadership or support, the formula official writing opens with; a context, 在…考核中，, is the news's own)
# a coverb's phrase of means or standard opening a clause, 以 + its object + 为 + what it is taken as (以…为核心, 以…为
#抓手, 以…为例), or 以其 + the noun phrase of what the subject brings (以其独特的区位优势): no subject, no predicate of its
# own (以来, 以后, 以上, 以及… are other words)
_MEANS_FRAME = re.compile(r"^以(?![来來后後前上下及便免至致外内內])[^，,。]{2,40}(?:为|為)[^，,。为為的]{1,6}$")
_BY_ITS_MEANS = re.compile(r"^(?:正|更|更是|也|都|均|还|還|将|將|已|则|則)?以其[^，,。]{2,60}$")
_FRAME = re.compile(r"^在[^，,。“”「」]{2,30}?(?:领导|領導|支持|关心|關心|指导|指導|帮助|幫助|关怀|關懷|带领|帶領|部署)下\s*[，,]\s*")
_FRAME_CLAUSE = re.compile(r"(?:^|[，,])\s*在[^，,。“”「」]{2,30}?(?:领导|領導|支持|关心|關心|指导|指導|帮助|幫助|关怀|關懷|带领|帶領|部署)下\s*[，,]$")
# a headline run into its lead on one line, a dash or a space between, the lead opening on its dateline or where its
# reporter had it from (某某取得重大进展——记者从…获悉，; 某某：开放推动集群发展 本报讯2005年，)
_HEADLINE_BEFORE_LEAD = re.compile(r"(?P<h>[^，,。！？!?；;“”「」]{6,40}?)\s*(?:[—－]{2}\s*|\s+)"
                                   r"(?=(?:记者|記者)[^，,。]{0,40}?(?:获悉|獲悉|了解到|瞭解到|得知)|本报讯|本報訊)")
# an object told as what is main and what is second (以石油化工为主，以装备制造、能源电力为辅的…体系): one object, a comma inside
_MAIN_THEN_SECOND = re.compile(r"以[^，,。]{1,30}(?:为主|為主)$")
_SECOND_PART = re.compile(r"\s*以[^，,。]{1,40}(?:为辅|為輔|为补充|為補充)")
# the short name a text gives what it has just named, in brackets at the title's end (（以下简称“规划”）)
_SHORT_NAME = r"\s*[(（]\s*(?:以下|下文)?(?:简称|簡稱)[^()（）]{1,24}[)）]"
_SHORT_NAME_THEN_COMMA = re.compile(_SHORT_NAME + r"\s*(?=[，,])")
_SHORT_NAME_AFTER = re.compile(_SHORT_NAME + "$")
# the time frame a news lead sets after its day (10月27日，在…交流会期间，国家发展改革委…举办…; 在…之际，; 在…前夕，): when, told
# by another event — kept in the title, which runs on to who did what, and not counted in the headline's length
_TIME_FRAME_AFTER_DAY = re.compile(r"在[^，,。“”「」]{4,40}?(?:期间|期間|之际|之際|前夕)\s*[，,]\s*")
# a slogan of three or more short parallel phrases (晒成效、比项目、亮承诺; 抓项目、促投资、稳增长) opening a lead
_PARALLEL_SLOGAN = re.compile(rf"[“「\"]?[{CJK}]{{2,4}}(?:[、][{CJK}]{{2,4}}){{2,}}[”」\"]?")
# a yearbook's or a bulletin's entry label in 【】 opening a paragraph (【产业园基础建设】…)
_ENTRY_LABEL = re.compile(r"^【[^【】。，,]{2,12}】\s*")


# a clause that is only a sentence's frame, as Chinese sets it before the subject and its predicate: the standing it is
# told from (作为…), the course of things it goes with (随着…), the event it was told at (在…论坛上, 在…大会上); or,
# (a setting, 在…背景下, and what is faced, 面对…，, open an essay's or a bulletin's first sentence: the gold keeps them
# as its first words, t13_14, t14_08);
# after the subject, the means it acts by (某管委会以“…”为主抓手: a coverb's phrase, the verb comes in the next clause)
_FRAME_ONLY = re.compile(r"(?:^|[，,])\s*(?:(?:作为|作為|随着|隨著|伴随着|伴隨著|(?:为|為)?配合)[^，,。]{2,40}|"
                         r"在[^，,。]{2,40}?(?:会|會|论坛|論壇|仪式|儀式|典礼|典禮|活动|活動|发布会|發佈會|大赛|大賽)[”」\"]?上)$|"
                         # (the occasion opening the lead without its 在: 首届某某博览会上，开发区将签约…)
                         r"^\s*[“「]?[^，,。“”「」]{2,40}?(?:大会|大會|博览会|博覽會|交易会|交易會|洽谈会|洽談會|论坛|論壇|峰会|峰會)上$|"
                         r"(?P<coverb>[^，,。]{2,24}?以[^，,。]{2,30}(?:为|為)(?!指导|指導|引领|引領|统领|統領)[^，,。“”「」]{1,5})$")
# (以…思想为指导, 以…为引领: the formula of whose thought guides, as 在…领导下 is of whose leadership; the clauses after it
# go on with the formula, 深入贯彻落实…精神, and the headline ends on the first)

def _main_clause_after(sentence: str, at: int, subject: bool) -> int | None:
    """Where the clause after a frame ends, when it is the sentence's main clause within a headline's length: it holds
    a verb (after a frame of standing or occasion, a subject and its predicate: 中国…联合会公布了…; a list of firms
    alone, 中电建、某科技等15家企业, goes on in the clause after and is none), or, after a coverb's phrase, it opens
    with its verb or an adverb (积极探索…: the subject's predicate; 产值…, a new subject, is a sentence of its own)."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    nxt = re.search(r"[，,]", sentence[at + 1:])
    end = at + 1 + nxt.start() if nxt else len(sentence)
    clause = sentence[at + 1:end].strip()
    day = DATED_EVENT.match(sentence)  # (a headline's length is counted past the lead's day, which it drops)
    if end - (day.end() if day else 0) > 64 or len(clause) < 4 \
            or _inside_quote(sentence[1:at] if sentence[:1] in "“「" else sentence[:at]):
        return None  # (a quotation the lead opens on is its words: its clauses are the lead's own)
    words = word_tags(clause)
    tags = [tag for _w, tag in words]
    if subject:  # (a verb of its own: 某产业园作为一种新型经营主体 is one more frame)
        return end if any(tag == "v" and w not in ("作为", "作為") for w, tag in words[1:]) else None
    return end if tags and (tags[0] == "v" or tags[0] in ("d", "ad") and "v" in tags[1:3]
                            or re.match(rf"(?:{_PURPOSE_GOES_ON})", clause)) else None


# a clause with no predicate of its own, by its grammar (the tagger's parts of speech): a topic or scope phrase ending on
# a localizer with no verb at all (我市前三季度招商引资项目中) and the occasion a news item was told at, 在…上 (在…舉辦的
# “…”活動上, however long its quoted name); an attribute waiting for its noun (由…主办的…); a preposition's phrase with
# no verb after the preposition (某发改委对某物流园区…: the verb comes later); a leader and the party he leads (某主任率领
# 相关人员: a pivot verb, the party then does the deed in the next clause); who said it (某部三日表示: what was said
# is the next clause). A headline is a clause with its predicate: a comma after such a phrase does not end one.
# (A setting or whose leadership closed by 下, 在…背景下, 在…领导下, runs on to the clause it frames, before its subject
# or after it, 某开发区在…领导下; the context a subject acts in closed by 中, 某开发区在…活动中, is left as it is.)
_LEADS_PARTY = ("率领", "率領", "带领", "帶領", "率")  # (率 alone is 率领, as news writes it: 某某率…负责人，赴…)
# the noun heading a party named by its task (考察调研组, 招商小分队, 督查组, 代表团, 工作人员)
_GROUP_NOUN = re.compile(r"(?:组|組|团|團|队|隊|人员|人員|干部|幹部|代表|负责人|負責人|部门|部門)$")
_OPEN_PREPOSITIONS = ("对", "對", "由", "向", "就", "与", "與", "从", "從")
# 由 and who does the deed (由某商会主办的…; 由某公司生产的…): the agent's coverb, never 由于 or 由此
_BY_WHOM = re.compile(r"由(?![于於此衷])")
# the basis an official text states its act on, opening the sentence (根据会议安排，现就…作一发言; 按照县委部署，…): a
# preposition's phrase, however verb-like its object (安排, 部署, 要求), the act in the clause after it
# a clause of purpose, 为 or 为了 and what the act is for (为保障循环经济发展, 为进一步推进…工作): never a clause of its own
_PURPOSE_CLAUSE = re.compile(r"(?:为了|為了|为|為)(?:进一步|進一步|更好地?|切实|切實|全面|加快|深入)?"
                             r"(?:保障|推进|推進|推动|推動|加快|促进|促進|落实|落實|做好|抓好|提升|提高|加强|加強|确保|確保|"
                             r"实现|實現|打造|助力|服务|服務|贯彻|貫徹|优化|優化|深化|帮助|幫助|解决|解決|满足|滿足|支持|扩大|擴大|培育|扶持|扶植)"
                             r"[^，,。]{2,40}$")
# 为 or 为了 opening a clause before a verb of two characters the list above lacks (为抢占…, 为破解…): a purpose too
_PURPOSE_OPENING = re.compile(r"(?:为了|為了|为|為)(?:进一步|進一步|更好地?|切实|切實|全面|加快|深入)?(?=[^，,。]{4,40}$)")
# …and why it happened (受惠…需求增加，某园区营业额…; 由於…，加上…，去年…): a clause of cause opened by its conjunction or
# coverb frames the event the next clause tells, however verb-like it is inside (增加, 下滑); 随着… is _ALONG_WITH's
_CAUSE_CLAUSE = re.compile(r"^(?:[^，,。]{2,12}?(?:却|卻)?(?:因为|因為|因(?![地势勢此而素子])|由于|由於)|由于|由於|因为|因為|受惠(?:于|於)?|受益(?:于|於)|得益(?:于|於)|(?:再)?加上|"
                           r"受到?[^，,。]{1,30}(?:影响|影響|带动|帶動|拉动|拉動|冲击|衝擊))[^，,。]{2,60}$|"
                           # (…its cause named over two clauses: 受到某需求，以及某应用的强劲需求带动，: the frame opened by 受
                           # and closed by 带动)
                           r"^(?:受到?|受惠(?:于|於)?)(?![了过過])[^，,。]{2,40}$|"
                           r"^(?:以及|及|和|与|與)[^，,。]{2,40}(?:带动|帶動|影响|影響|拉动|拉動|驱动|驅動)(?:下)?$")
# …and what it answers (因應供應鏈重組、台商回流，…; 为应对…，) or faces (面对复杂多变的形势，…; 面临…，): a frame, the act after
# it. (Until session 34 面对… was left where it was, the labellers ending a lead title on it on 2 pages of one study set and
# the house gold's t14_08; the fresh labellers since ran on past it 3 of 3, three sets — as they do past 围绕… and 因應…)
_RESPONSE_CLAUSE = re.compile(r"^(?:(?:为了?|為了?)?(?:因应|因應)|(?:为了?|為了?)(?:应对|應對)|(?:面对|面對)(?!面)|面临|面臨)[^，,。]{2,40}$")
# the day a count is made to (截至5月15日, 截止到2023年底, 截至目前, 截至今年上半年): when, as a day alone is
_CUT_OFF_DAY = re.compile(r"(?:截至|截止到?|截至到)\s*(?:目前|现在|現在|今年|本月|(?:今年|本年|(?:19|20)\d{2}\s*年)?"
                          r"(?:上半年|前三季度?|第?[一二三四1-4]季度?)(?:末|底)?|(?:(?:19|20)\d{2}\s*年|今年|去年|本年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?"
                          r"(?:底|末|初|中旬|上旬|下旬)?)(?:前|止|为止|為止)?")
# …with who counts before it, the clause's subject (据了解某县截至今年6月底)
_CUT_OFF_CLOSING = re.compile(rf"[^，,。；;“”]{{1,12}}?(?:{_CUT_OFF_DAY.pattern})")
_BASIS = re.compile(r"(?:根据|根據|按照|依照|依据|依據|遵照|本着|本著)[^，,。]{2,60}$")  # (a document's name in 《》 may be long)
# …and the leave or the process it was done by (经市政府同意，…印发了…; 经国务院批准，…; 经研究，决定…): 经 + who and their
# approving verb, a coverb's phrase however verb-like its end — the act is the clause after it (never a word 经 opens:
# 经开区党工委专题研究 is a subject and its predicate)
_BY_LEAVE = re.compile(r"^(?:经|經)(?!开|開|济|濟|营|營|贸|貿|信|委|发|發)(?:过|過)?[^，,。]{0,30}?(?:同意|批准|批复|批復|研究|审议|審議|审定|審定|审核|審核|核准|认定|認定|"
                       r"协商|協商|讨论|討論)$|"
                       # (…and the process a body ran, 经市经信局积极组织申报…，: 经 + who + the work they did, the result the
                       # next clause — 经 opening no word of its own, 经济, 经营, 经理, 经验, 经历, 经常, 经典, 经销, 经费)
                       r"^(?:经|經)(?!开|開|济|濟|营|營|贸|貿|信|委|发|發|理|验|驗|历|歷|常|典|销|銷|费|費|纬|緯|纪|紀|商|手|办|辦|过|過)"
                       r"[^，,。]{1,12}?(?:局|委|厅|廳|部|办|辦|会|會|院|府|处|處|组|組|中心|管委会|管委會)(?:的)?(?:积极|積極|精心|认真|認真)?"
                       r"(?:组织|組織|推荐|推薦|申报|申報|评审|評審|审查|審查|考核|评估|評估|论证|論證|争取|爭取|协调|協調)[^，,。]{0,30}$")
# the tagger's parts of speech a noun phrase is made of: nouns (a verb used as one, 合作 in 经济合作区, too), names, places,
# numbers and measures, time words, pronouns and 的 joining them; any verb, adjective, adverb or preposition is none
_NOMINAL_TAGS = frozenset(("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "vn", "an", "j", "m", "mq", "q", "t", "tg",
                           "r", "rr", "rz", "s", "uj", "eng"))
_CLAUSE_MAX = 120  # (one clause of an official's long sentence, as labels give it: past it the cut stays where it was)


# coverbs that open a phrase framing the verb after it, as news leads set the matter of a visit or an inquiry before it
# (围绕…，深入…调研; 针对…，召开…; 就…，进行…)
# adverbs the segmenter joins to a coverb as one word (紧紧围绕, 始终围绕, 紧密结合); a modal one apart from it (园区将围绕…主线，
# the gold's h17_09) makes the coverb the clause's verb: what the unit will do
_FRAMING_ADVERBS = ("紧紧", "緊緊", "始终", "始終", "紧密", "緊密", "牢牢", "全面", "深入", "持续", "持續")
_FRAMING_COVERBS = ("围绕", "圍繞", "针对", "針對", "就", "聚焦", "结合", "結合", "按照", "依照", "依据", "依據")


# a document released without its name, only its genre (发布通知, 印发了意见, 下发文件): its content is the next clause's
_UNNAMED_DOCUMENT = re.compile(r"(?:发布|發布|發佈|印发|印發|下发|下發|出台|出臺|下达|下達|发出|發出)了?(?:一份|一则|一則)?"
                               r"(?:通知|文件|意见|意見|公告|通告|通报|通報|决定|決定)$")


def _opens_with_verb(clause: str, past_adverb: bool = False) -> bool:
    """Whether ``clause`` opens on its verb, no subject before it (公布第一批…名单, 明确…, 要求各地…); with ``past_adverb``,
    an adverb may stand before the verb (进一步增强…, 切实做好…, 有效防范…)."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    words = [(w, t) for w, t in word_tags(clause.strip()[:12]) if t != "x"]
    return bool(words) and (words[0][1] == "v" or past_adverb and words[0][1] in _ADVERB_TAGS
                            and len(words) >= 2 and words[1][1] == "v")


# the tags of an adverb before a verb (the tagger calls 有效 in 有效防范 an adjective)
_ADVERB_TAGS = ("d", "ad", "a")


# the words closing a clause of time (…召开后, …实施前, …之际): when, not what
_WHEN_CLAUSE_ENDS = frozenset(("后", "後", "以后", "以後", "之后", "之後", "前", "以前", "之前", "时", "時", "之时", "之時",
                               "期间", "期間", "之际", "之際", "之初", "伊始",
                               "以来", "以來"))  # (自…工作开展以来: since it happened, a span the event is told in)
# (在…的关键时刻, 在…的紧要关头, 在…开幕前夕: the moment an event falls in, a noun of time however the segmenter joins it)
_MOMENT_NOUNS = ("时刻", "時刻", "关头", "關頭", "前夕")
# nouns of a span of time (今后一个时期, 当前阶段)
_SPAN_NOUNS = frozenset(("时期", "時期", "阶段", "階段", "时间", "時間", "时候", "時候"))
_APPOSITION = re.compile(r"[^—]——[^—]")
# where a thing lies, said before 的 and the thing (位于…的某开发区, 地处…的某园区): the whole a noun phrase
_LOCATED = frozenset(("位于", "位於", "地处", "地處", "坐落在", "座落在", "坐落于", "座落於", "地处于"))
# a zone's name, whatever parts of speech the tagger gives the characters of its place (澄江湾: 湾 a morpheme)
_NAMED_ZONE = re.compile(rf"[^，,。！？!?：:\s的]{{2,24}}?(?:{PARK_WORD_RE.pattern})(?:[(（][^)）]{{1,20}}[)）])?")
# (…参观了位于某地的某某园区: a verb before the phrase makes the zone its object, the clause whole)
_ENDS_IN_VERB_OBJECT = re.compile(r"(?:参观|參觀|考察|调研|調研|走访|走訪|来到|來到|走进|走進|落户|落戶|入驻|入駐|进驻|進駐|签约|簽約|视察|視察|到|赴|在)[^，,。]*的[^的，,。]*$")
# coverbs of means (借助, 依托, 凭借…): their phrase says how the act of the next clause is done
# the tags of a subject before a coverb (某开发区, 今年前三季度某区, 管委会): nouns, names, places, times and pronouns
_SUBJECT_TAGS = frozenset(("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng", "j", "t", "tg", "r", "m", "mq", "q", "eng"))


_APPOSITIVE_DEMONSTRATIVES = frozenset(("这一", "這一", "这个", "這個", "这项", "這項"))


def _after_last_of(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words after the last 的 (the head noun and what follows it), or all of them; a demonstrative opening the head
    of an appositive closes its content as 的 does (把某地打造成为…这一目标: the head is 目标)."""
    of = max((i for i, (w, _t) in enumerate(words) if w == "的" or w in _APPOSITIVE_DEMONSTRATIVES), default=-1)
    return words[of + 1:]


# localizers that make a place of the noun before them (开发区内, 园区里): a setting, not a subject
_INSIDE = frozenset(("内", "內", "里", "裡", "裏", "中", "外", "旁"))
_MEANS_COVERBS = frozenset(("借助", "依托", "凭借", "憑藉", "依靠", "借力"))
# …and the coverbs of a basis (根据, 按照, 依照, 依据, 遵照, 本着: on what ground), said after the clause's subject whatever
# noun closes their object (用工需求, 原则, 部署), as 依托 and 借助 are
_BASIS_COVERBS = frozenset(("根据", "根據", "按照", "依照", "依据", "依據", "遵照", "本着", "本著"))
# adverbs the segmenter glues to the verb after them (大力发展, 加快推进: tagged a name or a noun, a verb's phrase)
_ADVERB_GLUED_TO_VERB = ("大力", "积极", "積極", "加快", "全力", "努力", "着力", "著力", "持续", "持續", "不断", "不斷", "深入", "全面")
# the adverbs a subject may carry before its coverb (正以其…, 更是以…为…, 均按照…)
_ADVERBS_BEFORE_COVERB = frozenset(("正", "更", "更是", "也", "都", "均", "还", "還", "将", "將", "已", "正在", "一直", "始终", "始終",
                                    "则", "則", "主要", "积极", "積極"))


def _subject_and_coverb(clause: str) -> bool | None:
    """True where ``clause`` is a subject (names, nouns, places: _SUBJECT_TAGS), perhaps an adverb, then a coverb of means
    or basis (依托…, 根据…) with no verb of its own after it, or 以 and what it takes as (以…为载体, 以其…): no predicate;
    None where it is no such clause (its first word no subject's, or no such coverb after it)."""
    from .parks import to_simplified, word_tags  # (parks imports this module: the tagger is asked at call time)
    words = [(w, t) for w, t in word_tags(to_simplified(clause.strip())) if t != "x"]
    # (某某镇 + 以…为依托, the segmenter gluing 镇以: a place's level character, then the coverb)
    words = [y for w, t in words for y in ([(w[0], "n"), ("以", "p")] if len(w) == 2 and w[1] == "以" and w[0] in "省市县区镇乡旗州"
                                          else [(w, t)])]
    at = next((i for i, (w, _t) in enumerate(words) if w in _MEANS_COVERBS or w in _BASIS_COVERBS or w in ("以", "以其")),
              None)
    if not at or not all(t in _SUBJECT_TAGS or w in _ADVERBS_BEFORE_COVERB for w, t in words[:at]) \
            or not any(t in _SUBJECT_TAGS for _w, t in words[:at]):
        return None
    rest = "".join(w for w, _t in words[at:])
    if words[at][0] in ("以", "以其"):
        return bool(re.fullmatch(r"以其[^，,。]{2,60}|以[^，,。]{2,40}?(?:为|作为)(?!主|辅|指导|例|准|限|荣|傲|本)[^，,。为的]{1,4}",
                                 rest)) or None  # (以…为主, "is mainly", is a predicate; 以…思想为指导 the formula session 19
        # ends a headline on)
    after = words[at + 1:]
    of = max((i for i, (w, _t) in enumerate(after) if w == "的"), default=-1)
    head = after[of + 1:-1] if of >= 0 else after  # (the last word after 的 is the phrase's head, a noun by its place
    # whatever the tagger calls it: 企业的用工需求; a verb before it is a predicate's, 规划的要求建设道路)
    acts = any(t in ("v", "vd") and len(w) >= 2 or t == "vn" and k and head[k - 1][1] in ("d", "ad")
               or t == "vn" and k + 1 < len(head) and head[k + 1][1] in ("n", "ns", "nz", "nt", "j")
               or w.startswith(_ADVERB_GLUED_TO_VERB)
               for k, (w, t) in enumerate(head))  # (大力发展, 发展临港产业: a verb the tagger calls a noun, after its
    # adverb or before its object, acts; 产业发展优势 — 发展 before a noun — is read so too, the safe side: the title stops)
    return (bool(after) and not acts and not any(w in ("了", "着", "著", "过", "過") for w, _t in after)) or None


# a relative clause's verbs that make no clause of who did what before 的: 有的 (some), 是的, 所谓的
_NOT_RELATIVE_VERBS = frozenset(("是", "有", "所谓", "所謂", "为", "為"))


def _described_by_relative_clause(words: list[tuple[str, str]]) -> bool:
    """Whether tagged ``words`` are a noun phrase whose noun a relative clause describes, its verb right before 的 and no
    object between (某开发区今年新引进的12家企业, 我市去年签约的项目): who or when did it, the verb, 的 and the noun — a
    subject, as a predicate never ends so (召开2023年度的工作会议 has the verb's object before 的; 引进了…的企业, its aspect).
    A localizer inside the noun's count is the count's (218个亿元以上项目); a measure word the tagger misreads in the
    traditional script (個) is the count's too."""
    of = max((i for i, (w, _t) in enumerate(words) if w == "的"), default=-1)
    if of < 1 or words[of - 1][1] != "v" or words[of - 1][0] in _NOT_RELATIVE_VERBS:
        return False
    before, head = words[:of - 1], words[of + 1:]
    return _nominal([(w, t) for w, t in head[:-1] if t not in ("f", "zg")] + head[-1:]) \
        and any(t.startswith("n") for _w, t in head) \
        and (all(t in _SUBJECT_TAGS or t in ("a", "d") for _w, t in before)
             or all(t in ("v", "d", "a", "ad") for _w, t in before))  # (集中签约的20个项目: a verb as the next one's manner)


def _nominal(words: list[tuple[str, str]]) -> bool:
    """Whether tagged ``words`` are a noun phrase's own: some, every one a noun, a name, a place, a number or a measure."""
    return bool(words) and all(t in _NOMINAL_TAGS for _w, t in words)


def _is_noun_phrase(text: str) -> bool:
    """Whether ``text`` is a noun phrase: its words after the last 的 (all of them, without one) are _nominal — what comes
    before 的 may hold a verb, as a relative clause does (在…设立的综合保税区)."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    words = [(w, t) for w, t in word_tags(text.strip()) if t != "x"]
    of = max((i for i, (w, _t) in enumerate(words) if w == "的"), default=-1)
    return _nominal(words[of + 1:])


# the tags of a noun that ends a phrase of place or of what something stands as (车间, 园区, 主战场; a place's name)
_PLACE_NOUN_TAGS = ("n", "ns", "nz", "nt", "s", "f", "ng")
# …and the words a place ends on (a workshop, a park, a site, a town; a localizer of inside or on): never a time (在…
# 金秋时节, a moment the gold keeps as a speech's first words) nor a condition (在…背景下)
_PLACE_END = re.compile(r"(?:车间|車間|园|園|区|區|厂|廠|现场|現場|工地|基地|中心|港|城|镇|鎮|村|县|縣|市|省|大厅|大廳|会场|會場|"
                        r"展厅|展廳|楼|樓|馆|館|一线|一線|里|裏|内|內|上|中|室|厅|廳|礼堂|禮堂|广场|廣場)$")


# adverbs of aspect and time that open a predicate whose subject the clause before gave (…开发区，已初步建成为…的开发区;
# 正加快…的步伐): no attribute of a noun phrase opens on them
_ASPECT_ADVERBS = frozenset(("已", "已经", "已經", "正", "正在", "将", "將", "仍", "仍然", "还", "還", "均", "都", "也", "又",
                             "曾", "相继", "相繼", "陆续", "陸續", "先后", "先後", "率先", "首次", "初步", "基本", "全面"))


# a clause ending on its copula (…的主要任务是，): what it is comes after the comma
_OPEN_COPULA = re.compile(r"[^，,]{2,}(?:任务|任務|目的|目标|目標|重点|重點|内容|內容|意义|意義|思路|要求|原则|原則)(?:就)?(?:是|為|为)$")


# a roll of names closed by 等 and a count of them (甲科技、乙材料、丙智能等12家企业, 甲、乙等3个园区)
_ROLL_CLOSED_BY_COUNT = re.compile(r"[^，,。；;！？!?、]{1,20}(?:、[^，,。；;！？!?、]{1,20})+\s*等\s*(?:\d+|[一二三四五六七八九十两]+)\s*"
                                   r"(?:家|个|個|位|名|所|座|项|項)[^，,。；;！？!?、\d]{0,8}")
# a name with its Latin acronym or its English name in brackets (某某工业园计划(BKIP2), 某某科技园(HKSTP), 中部投资枢纽
# (Central Region Investment Hub)), as a text first names a thing
_NAME_WITH_ACRONYM = re.compile(rf"[“「]?[{CJK}][^，,。；;！？!?“”「」]{{1,30}}[(（]\s*[A-Z][A-Za-z0-9&\-]{{1,11}}"
                                r"(?:\s+(?:[A-Z][A-Za-z0-9&\-]{0,15}|of|and|for|the|&)){0,6}\s*[)）]")
# a name's other form set after it (简称某某高新区, 又称某某工业园)
ALSO_CALLED_WORDS = r"(?:简称|簡稱|又称|又稱|亦称|亦稱|俗称|俗稱|全称|全稱)"
_ALSO_CALLED = re.compile(rf"{ALSO_CALLED_WORDS}[^，,。；;！？!?]{{2,20}}")


# the years a zone's growth took, said before what they brought (经过15年的开发建设，…已建成; 历经十余年发展，): 经过 / 历经 and
# a span of years, with what was done over them
_SPAN_FRAME = re.compile(r"^(?:经过|經過|历经|歷經)了?\s*(?:近|逾|整整)?\s*(?:[\d一二三四五六七八九十两兩几幾数數]+\s*(?:多|余|餘)?\s*"
                         r"(?:年|个月|個月|载|載)|多年|数年|數年)(?:来|來)?(?:的|之)?[^，,。；;！？!?已正将將并並]{0,10}$")


# who went along, said as the frame of a visit (在某某的陪同下, 在…等部门负责人陪同下; its 在 left out, 副县长某某陪同下)
_ESCORTED_BY = re.compile(r"(?:^|在)[^，,。；;]{2,60}?(?:的)?陪同下$")


def _a_zone_whole(clause: str) -> bool:
    """Whether ``clause`` is a zone's name and nothing else, as the park reader finds it (某某经济开发区; never 某某主席
    某某来园区, which ends in a zone's word)."""
    from .parks import find_park_mentions  # (parks imports this module: asked at call time)
    return any(m.start <= 1 and m.start + len(m.name) >= len(clause) for m in find_park_mentions(clause))


# who acts, then the basis it acts on, a document's or a meeting's word closing it (某镇按照“…”总要求; 园区根据市委部署)
_DOER_ON_BASIS = re.compile(r"(?P<doer>[^，,。“”「」]{1,14}?)(?:按照|依照|依据|依據|遵照|根据|根據)[^，,。]{2,60}"
                            r"(?:要求|部署|安排|规定|規定|精神|意见|意見|指示|原则|原則|目标|目標|思路|标准|標準|决策|決策)[”」]?$")
# who acts, before what for (某县为推进…; 嘉义县為扶植…): a subject of a few words and 为; 作为, 成为, 认为, 称为 are verbs
_DOER_THEN_PURPOSE = re.compile(r"[^，,。为為作成认認称稱视視]{2,14}?(?=为|為)")
# …unless the clause has its act after the purpose (为推进项目建设提供了保障): what the purpose is served by
_PROVIDES = re.compile(r"(?:提供|创造|創造|营造|營造|奠定|打下|作出|做出|搭建|开辟|開闢|铺平|鋪平|注入|增添|贡献|貢獻)|了")
# the ends of a time's noun (工作日, 首日, 春节, 周年, 期间): 在 and such a time frame a lead's event
# (a season, 在这个丰收的金秋时节, opens a speech on its own: the gold's s10t06 keeps it as the title, so 节 is no end here)
_TIME_NOUN_ENDS = ("日", "天", "期间", "期間", "之际", "之際", "前夕", "时刻", "時刻", "周年", "週年", "时期", "時期",
                   "阶段", "階段", "之初", "伊始")


# the means or the course an act came by, a coverb opening the clause with no subject (通过全市上下的共同努力，; 經過縣府
# 盤點，; 但是通過…努力，; 通过以商招商等方式，使…): its object however verb-like, the act the next clause. 通过 with what it
# passes (通过验收, 通過…等5件投資申請案) is a predicate: its object a review, an application or a count of them; and so is
# the clause that goes on to its own verb after an adverb of aspect (经过15年的建设已建成…, as _SPAN_FRAME reads it)
_MEANS_OR_COURSE = re.compile(r"^(?:但是|但|而且|而|并且|並且|并|並|同时|同時)?\s*(?:通过|通過|经过|經過)(?![了过過])"
                              r"[^，,。已正将將并並了]{2,40}$")
_PASSED = re.compile(r"(?:验收|驗收|评审|評審|审议|審議|审核|審核|审批|審批|认定|認定|认证|認證|考核|审查|審查|复核|複核|评估|評估|"
                     r"鉴定|鑑定|申请|申請|[案关關])$|等\s*[\d一二三四五六七八九十两兩]+\s*(?:件|项|項|个|個|家)")
# the scene a lead sets right after its day, a noun phrase with no predicate of its own, before who did what: the occasion
# a localizer closes without 在 (10月22日，某某推介会暨签约仪式上，某市与…签订了…), the day told by its place among days
# (2月11日，正月初七上班第一天，某区召开…), the venue of an event named whole (…推进会某某分会场，设在…), a site alone (某区
# 某某片区，某项目主体竣工) — whatever verbs the event's name holds inside it (签约, 开工, 推进, 上班)
_OCCASION_CLOSED = re.compile(r"^[^，,。在於于]{2,40}(?:会|會|仪式|儀式|典礼|典禮|活动|活動|论坛|論壇|大赛|大賽)(?:上|中)$")
_DAY_BY_ITS_PLACE = re.compile(r"^[^，,。是为為了]{0,14}(?:第[一二三四五六七八九十\d]+(?:个|個)?(?:工作日|天|日)|首日|当天|當天|"
                               r"这一天|這一天|之日)$")
_VENUE = re.compile(r"^[^，,。在於于到赴]{4,40}(?:会|會)[^，,。]{0,8}(?:分会场|分會場|主会场|主會場)$")
_SITE = re.compile(r"(?:片区|片區|厂区|廠區|工地|车间|車間)$")
# a subject and then the frame it acts in, closed by 下 (某开发区在市委的正确领导下; 某经开区企业在…的支持下; 某县政府在安全
# 前提下): whose leadership, support or condition — the subject's predicate is the next clause (the tagger tells the
# subject: nouns and names only)
_SUBJECT_IN_FRAME = re.compile(r"^(?P<subject>[^，,。在於于\s『』「」“”【】《》()（）]{2,20}?)(?:将|將|已|也|还|還|又|正)?[在於于]"
                               r"[^，,。]{2,40}(?:下|之外|以外|(?<![之以])外|基础上|基礎上)$")
# (…and besides what it names, 某省将在原有的…4个台商投资区外，加快开发建设…: the subject and its frame, the act next)
# (a part's label in brackets before the frame, 『前言』 在…背景下, is no subject: the frame alone, as the rules above read it)
# (where one goes or is, 前往某园区, 走进某车间, 位于某片区, makes the site an object, whatever the tagger calls the verb in the
# Traditional script: no site alone)
_GOES_TO = re.compile(r"前往|到|赴|往|进|進|入|驻|駐|来|來|走|参观|參觀|考察|视察|視察|调研|調研|位于|位於|地处|地處")


# a post's call to its reader, a short exclamation closed by a modal particle (玉林人注意啦, 好消息来啦, 大家快看啊)
_CALL_TO_READER = re.compile(rf"[{CJK}]{{2,8}}(?:啦|啊|呀|吧|哦|喽|咯)[!！]?")


def _a_scene(clause: str) -> bool:
    """Whether ``clause`` is a lead's scene, a set phrase of four characters alone (春雨朦朦, 硕果累累, 秋高气爽: an idiom,
    or a noun and a word of how it looks), which sets the day's mood and tells no event: the title runs on past it."""
    from .parks import to_simplified, word_tags  # (parks imports this module: the tagger is asked at call time)
    clause = to_simplified(clause.strip())
    if len(clause) != 4 or not re.fullmatch(f"[{CJK}]{{4}}", clause):
        return False
    words = word_tags(clause)
    return len(words) == 1 and words[0][1] in ("i", "l") or len(words) == 2 and words[1][1] == "z"


# 当 opening a clause, "when…" (当…时, 当…之际, or the clause alone: 当某某徐徐铺展，): a time clause — not 当 in a word of its
# own (当地, 当前, 当年, 当天, 当时: a time or a place; 当选, 当作, 当好: a verb)
_WHEN_CLAUSE = re.compile(r"^(?:当|當)(?!地|前|年|天|日|月|时|時|今|即|场|場|选|選|作|成|好|家|然|初|中|下|面|代|务|務|事|晚|夜|期)"
                          r"(?=[^，,。]{4,40}$)")
# a verb of coinciding opening a clause (正逢, 恰逢, 适逢, 时值, 欣逢): the occasion the day falls on, a time frame
_COINCIDING = re.compile(r"^(?:正逢|恰逢|适逢|適逢|正值|时值|時值|值此|欣逢|喜逢|时逢|時逢|适值|適值)(?=[^，,。]{2,40}$)")


# a frame of what comes along (随着…, 伴随着…)
_ALONG_WITH = re.compile(r"\s*(?:随着|随著|伴随)(?=\S)")  # (伴随 opens 伴随着 too)
# a holiday's approach or end (中秋节将至, 春节假期结束, 国庆长假过后): a time the calendar names, set before the event as
# a lead's day is — but no day: a purpose after it stays the lead's, as before a vague day
_HOLIDAY = re.compile(r"(?:春节|春節|元旦|清明|劳动节|勞動節|五一|端午|中秋|国庆|國慶|元宵|新春|节日|節日|节假日|節假日)(?:节|節)?"
                      r"(?:假期|长假|長假|黄金周|黃金週)?(?:将至|將至|将近|將近|临近|臨近|来临|來臨|到来|到來|结束|結束|过后|過後|"
                      r"刚过|剛過|前夕|伊始|之际|之際)")
# nouns of a respect or a field, closing 在… as a localizer does (在土地利用程度方面, 在人才引进领域): the scope a lead's figures
# or measures are told in
_SCOPE_NOUNS = frozenset(("方面", "层面", "層面", "领域", "領域"))
# a visiting party closed by 一行 and its head count (某某董事长某某一行6人, 某某副局长一行): who came, its verb the next clause's
_PARTY_CLOSED = re.compile(r"一行(?:\s*\d{1,3}\s*人|[一二三四五六七八九十两兩]{1,3}人)?$")
# an apposition giving the same thing's other name (即某新区, 也就是…)
_SAME_AS = re.compile(r"^\s*(?:即|亦即|也即|也就是)(?=\S)")


def _described_noun(before: list[tuple[str, str]], after: list[tuple[str, str]]) -> bool:
    """Whether the words ``before`` the last 的 and ``after`` it are a noun phrase: a head of nouns and names (a count, a
    localizer or an adjective among them, 80后小伙, 旧仓库; no verb the tagger files as a noun, 总产值突破百亿元大关) described
    by words with no verb, preposition or adverb of aspect among them (一栋不起眼的, 某镇的)."""
    return bool(before) and bool(after) and before[0][0] not in _ASPECT_ADVERBS \
        and all(t in _NOMINAL_TAGS and t != "vn" or t in ("f", "a") for _w, t in after) and after[-1][1] in _NOUN_HEAD_TAGS \
        and not any(t.startswith("v") or t in ("p", "c", "d", "ad") for _w, t in before)


# the tags of a noun phrase's head (a noun, a name, a place): a verb the tagger files as a noun, 项目奠基, may be the
# clause's predicate
_NOUN_HEAD_TAGS = frozenset(("n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "ng"))


def _lacks_predicate(clause: str) -> bool:
    """Whether ``clause`` (the words between two commas of a lead) is no clause of its own: see above."""
    from .parks import to_simplified, word_tags  # (parks imports this module: the tagger is asked at call time)
    clause = clause.strip()
    if len(clause) < 2 or _inside_quote(clause):
        return False
    if _PURPOSE_CLAUSE.match(clause):
        return True  # (为保障循环经济发展，某园区着力…: what it is done for, the act is the next clause)
    if (opened := _PURPOSE_OPENING.match(clause)) and (words := [(w, t) for w, t in word_tags(clause[opened.end():]) if t != "x"]) \
            and (words[0][1] == "v" and len(words[0][0]) == 2 and len(words) >= 2
                 or words[0][1] in _ADVERB_TAGS and len(words) >= 3 and words[1][1] == "v" and len(words[1][0]) == 2):
        return True  # (为抢占某产业发展新风口，某区拟…: 为 and any verb with its object, a purpose all the same — an adverb
        # before the verb too, 为有效防范安全事故发生)
    if (doer := _DOER_THEN_PURPOSE.match(clause)) and _PURPOSE_CLAUSE.match(clause, doer.end()) \
            and not _PROVIDES.search(clause, doer.end()) \
            and all(t in _SUBJECT_TAGS for _w, t in word_tags(doer.group(0)) if t != "x"):
        return True  # (某县为推进中小企业发展，对…进行申报: who acts and what for, the act is the next clause — the subject
        # may stand before its purpose as well as after it; 某园区为推进…提供了保障 has its act in the clause)
    if _MEANS_FRAME.match(clause) or _BY_ITS_MEANS.match(clause) and _is_noun_phrase(clause):
        return True  # (以实施某战略为核心，…; 以其独特的区位和完善的配套，成为…: 以 and what the act is done by or taken as,
        # a coverb's phrase with no subject — the act is the next clause)
    if _FRAME.match(clause + "，"):
        return True  # (…，在某领导小组精心指导下，全市…: whose leadership or guidance, a frame however far into the lead)
    if _CAUSE_CLAUSE.match(clause) or _RESPONSE_CLAUSE.match(clause):
        return True  # (受惠AI需求增加，某园区上半年营业额…: why; 因應供應鏈重組，…: what it answers; what happened is
        # the next clause)
    if _CUT_OFF_DAY.fullmatch(clause) or _CUT_OFF_CLOSING.fullmatch(clause):
        return True  # (记者获悉，截至5月15日，全市…累计完成投资…: the day a stock is counted to, a time frame; its subject may
        # stand before it, 据了解某县截至今年6月底，: what was counted is the next clause)
    if (basis := _DOER_ON_BASIS.match(clause)) and basis.group("doer") \
            and all(t in _SUBJECT_TAGS for _w, t in word_tags(basis.group("doer")) if t != "x"):
        return True  # (某镇按照“…”总要求，全力以赴抓项目: who acts and on what basis — the basis a noun however verb-like, 要求,
        # 部署; the act is the next clause, as after 按照… opening the clause)
    if (learnt := re.match(r"[^，,。：:]{2,40}?(?:获悉|獲悉|了解到|瞭解到|得知|表示|指出)\s*[:：]\s*(?=\S)", clause)):
        clause = clause[learnt.end():]  # (记者从某部获悉：今年前4月，…: where it was learnt, its colon, and what was told — the
        # clause is what follows the colon, a time alone there as anywhere)
    if _ACCORDING_TO.fullmatch(clause + "，"):
        return True  # (據某某海關統計，今年一季度，…: whom the figures are according to, the figures the next clauses)
    if _TELLING.search(clause) or _BASIS.match(clause) or _BY_LEAVE.match(clause) or _WHEN.fullmatch(clause):
        return True  # (a day or a period alone, 8月26日-27日, 今年一季度: when, the event is the next clause)
    if _ALONG_WITH.match(clause):
        return True  # (随着第32个全国消防日到来，…: what the event comes with, a frame of its circumstance; the event is the
        # clause after the frames)
    if _HOLIDAY.fullmatch(clause):
        return True  # (春节假期结束，某高新区…: when, by the calendar's holiday; the event is the next clause)
    if _OCCASION_CLOSED.match(clause) or _DAY_BY_ITS_PLACE.match(clause) or _VENUE.match(clause):
        return True  # (…签约仪式上，; 正月初七上班第一天，; …推进会某某分会场，: the occasion, the day or the venue a lead sets
        # after its day, as 在…会上 and 在…的首个工作日 are; who did what is the next clause)
    if _MEANS_OR_COURSE.match(clause) and not _PASSED.search(clause):
        return True  # (通过…的共同努力，我市经济…增长: by what means; the act is the next clause)
    words = [(w, t) for w, t in word_tags(clause) if t != "x"]
    if not words:
        return False
    if _SITE.search(clause) and not _GOES_TO.search(clause) and len(words) >= 2 \
            and not any(t.startswith("v") or t in ("p", "d", "a") for _w, t in words):
        return True  # (11月21日，某区某某片区，某项目主体竣工: a site alone, nouns and names only — where; the event follows)
    if _WHEN_CLAUSE.match(clause):
        return True  # (当京津冀协同发展的画卷徐徐铺展，某地的物流园区正成为…: a clause of when, subordinate however full; the
        # main clause is the next)
    if _COINCIDING.match(clause):
        return True  # (正逢某地回归25周年，某商会举办了…: what the day falls on, opened by a verb of coinciding — a time, whatever it
        # names; the event is the next clause)
    if words[-1][0].endswith(_MOMENT_NOUNS) and words[0][0] in ("在", "於", "于", "值此", "正值", "适逢", "適逢"):
        return True  # (在…的关键时刻: the moment the event falls in, whatever verbs the tagger sees inside it)
    if words[-1][0] in _WHEN_CLAUSE_ENDS and any(t == "v" for _w, t in words[:-1]):
        return True  # (某座谈会召开后, 某工程实施前: a clause of time, "after X was held", framing the event the next clause tells)
    if all(t in ("t", "tg", "m", "mq", "q") or w in _SPAN_NOUNS for w, t in words[:-1]) and words[0][1] in ("t", "tg") \
            and (words[-1][1] in ("t", "tg", "m", "mq", "q") or words[-1][0] in _SPAN_NOUNS or words[-1][0] in ("来", "以来")):
        return True  # (今后一个时期, 今年来: a time alone, however the tagger cuts it)
    if _APPOSITION.search(clause) and _is_noun_phrase(clause[:clause.index("——")]) \
            and _is_noun_phrase(clause[clause.index("——") + 2:]):
        return True  # (大陆首个某某创业园——某某创业园: a noun and its name set apart, the subject; its predicate follows)
    last_of = max((i for i, (w, _t) in enumerate(words) if w == "的"), default=None)
    if last_of is not None and words[0][0] in _LOCATED and any(w in _INSIDE for w, _t in words[last_of + 1:-1]):
        return False  # (地处某村的某开发区内彩球高悬: the zone and a localizer set the scene, and what follows the localizer is a
        # clause of its own, whatever the tagger calls its words — it tags 高悬 a name)
    if words[0][0] in _LOCATED and (first := next((i for i, (w, _t) in enumerate(words) if w == "的"), None)) \
            and (_nominal(words[first + 1:]) or _NAMED_ZONE.fullmatch(clause[clause.index("的") + 1:])):
        return True  # (位于某湾南岸的某某开发区(某某区): where it lies, 的, and the zone: a subject, its predicate follows)
    if _ROLL_CLOSED_BY_COUNT.fullmatch(clause):
        return True  # (…签约仪式上，甲科技、乙材料、丙智能等12家企业，分别与…签订了协议: who took part, a roll closed by 等 and
        # its count, the subject; what they did is the next clause)
    if _NAME_WITH_ACRONYM.fullmatch(clause):
        return True  # (某某第二工業園計劃(BKIP2)，將是…: a name first given with its acronym in brackets, the topic; what is said
        # of it is the next clause)
    if _ALSO_CALLED.fullmatch(clause):
        return True  # (某某高新技术产业开发区，简称某某高新区，是…: the name's short form, an apposition; the predicate follows)
    if _SPAN_FRAME.match(clause):
        return True  # (经过15年的开发建设 / 历经多年发展: the years it took, a frame of time; what they brought is the next clause)
    if _NAMED_ZONE.fullmatch(clause) and _nominal(words) and _a_zone_whole(clause):
        return True  # (某某经济开发区，经过…，已建成…: the zone's name alone, the topic; what is told of it is the next clause)
    coverb = next((i for i, (w, _t) in enumerate(words[:3]) if w in _MEANS_COVERBS), None)
    if coverb is not None and not any(t == "v" and len(w) >= 2 for w, t in words[coverb + 1:]):
        return True  # (该县借助某合作区建设契机: by what means, 借助 + its object; the act is the next clause, 加大…力度)
    if (framed := _subject_and_coverb(clause)) is not None:
        return framed  # (某省某市某经济开发区依托本地食品产业优势，…; 园区根据企业的用工需求，…; 甲县与乙县，正以其蓬勃的活力，…;
        # 各街镇更是以产业园区建设为载体，…: a subject, then a coverb's phrase — by what means, on what basis, as what — and
        # no verb of its own; its predicate is the next clause)
    if _BY_POST_AND_NAME.fullmatch(clause) and not any(t == "v" and len(w) >= 2 and not re.search(_POSTS, w)
                                                       for w, t in words[:-1]):
        return True  # (10月28日，某某联合会副秘书长兼某部主任某某某，某某中心副主任某某一行3人到…考察: who came, each by post and
        # name in a clause of its own, the visit's subjects; what they did is the clause after them)
    opening = 1 if len(words) > 2 and words[0][1] in ("t", "tg") and words[1][0] in ("在", "於", "于") else 0
    # (内 tagged a noun closes a site as 里 does: 长沙经开区汨罗产业园内, the scene; 中 stays a context's, as below)
    if (words[-1][1] == "f" or words[-1][0] in ("内", "內", "里", "裡") and len(words) >= 2) \
            and (not any(t in ("v", "p") for _w, t in words)
                                or words[opening][0] in ("在", "於", "于") and words[-1][0] in ("上", "下")):
        return True  # (位于…北部 has its verb: a clause; 在…的基础上 and 在…的大背景下 / 在…的情况下 / 在…的带动下, 在 and a
        # localizer closing what it frames, are the circumstance the event's clause is set in, whatever verbs the tagger
        # sees inside it)
    if (framed := _SUBJECT_IN_FRAME.match(clause)) \
            and all(t in _SUBJECT_TAGS for _w, t in word_tags(to_simplified(framed.group("subject"))) if t != "x"):
        return True  # (某开发区企业在…的支持下，克服…: the subject in its frame, its predicate the next clause — session 42:
        # the study labels ran on 2 of 2, on 2 hosts, as past 在…领导下 opening the lead, 4 of 4; the subject tagged in its
        # Simplified form, as the segmenter's dictionary is: 開發區管委會 cut as written reads 開發區 a verb)
    if words[-1][0] == "的":
        return True
    if words[0][0] in ("在", "於", "于") and len(words) >= 2 \
            and (words[-1][1] in ("t", "tg") or words[-1][0].endswith(_TIME_NOUN_ENDS)) \
            and not any(w in ("了", "着", "著", "过", "過") for w, _t in words) \
            and not any(t.startswith("v") and t != "vn" for _w, t in _after_last_of(words[1:-1])):
        return True  # (2月18日，在春节后的首个工作日，某合作区举行…: when, 在 and a time — the day's frame, no subject; its
        # event is the next clause, as after 在…之际 and 在…期间)
    if _ESCORTED_BY.search(clause):
        return True  # (4月2日，自治区主席某某在市委书记某某的陪同下，深入某园区调研: who went along is a frame of the visit;
        # the visit is the next clause — the labellers run the title on to it)
    if words[0][0] in ("在", "於", "于") and len(words) >= 2 and words[-1][1] in _PLACE_NOUN_TAGS \
            and _PLACE_END.search(words[-1][0]) and not any(w in ("了", "着", "著", "过", "過") for w, _t in words):
        return True  # (国庆过后，在某某产业示范园某公司破碎车间，记者看到…: where it happens, 在 and a place — a frame with no
        # subject, whatever the tagger calls the words of a firm's name inside it; its predicate is the next clause)
    if (coverb_as := next((i for i, (w, _t) in enumerate(words) if w in ("作为", "作為")), None)) and coverb_as > 0 \
            and not any(w in ("把", "将", "將") for w, _t in words[:coverb_as]) \
            and words[-1][1] in _PLACE_NOUN_TAGS \
            and not any(t == "v" for _w, t in words[coverb_as + 1:][max((i for i, (w, _t) in enumerate(words[coverb_as + 1:])
                                                                        if w == "的"), default=-1) + 1:]):
        return True  # (某试验区作为全省循环经济发展的主战场: a subject and what it stands as, 作为 and a noun phrase — its
        # predicate, 在…中承担着重要使命, is the next clause; 某园区作为…，引进了… has its verb after the noun, and
        # 把招商引资作为“一号工程” is a predicate, 把 + its object + 作为)
    if "的" in clause and words[0][1] in ("r", "t", "tg", "d", "v", "vd", "m") and words[0][0] not in _ASPECT_ADVERBS \
            and _NAMED_ZONE.fullmatch(clause[clause.rindex("的") + 1:]) and not _ENDS_IN_VERB_OBJECT.search(clause):
        return True  # (每年举办兰展的某某生物科技园区: a relative clause opening on what it does, 的, and the zone's name — a
        # subject, its predicate follows; 某园区是…的园区 and 由…组成的人员莅临某园区 have theirs)
    of = max((i for i, (w, _t) in enumerate(words) if w == "的"), default=-1)
    head = words[of + 1:] if words[0][0] in ("作为", "作為") and of > 0 else words
    if of > 0 and head and words[0][0] not in _ASPECT_ADVERBS and all(t in _NOMINAL_TAGS and not (t == "vn" and nxt in ("m", "mq")) for (_w, t), nxt
                    in zip(head, [t for _w, t in head[1:]] + [""])) and any(t != "uj" for _w, t in head):
        return True  # (过去的五年, 我区的工业总产值: an attribute, 的 and its noun, a noun phrase alone, the topic a Chinese sentence sets
        # before its comment; its predicate, 是…, 增长…, 今年满10岁, is the next clause; a verb the tagger also takes for a
        # noun before a figure is a verb, 营业额冲破4兆元大关; 作为…之一的某合作区: 作为 and its object are the attribute
        # of the noun after 的, the clause a subject, not the frame 作为… alone is)
    if of > 0 and _described_noun(words[:of], words[of + 1:]):
        return True  # (原本一栋不起眼的商业写字楼, 某镇的80后小伙某某: a noun and what describes it — an adjective, a count, a
        # place — with no verb anywhere, the topic the lead opens on; what is told of it is the next clause)
    if words[0][0] in ("在", "於", "于") and len(words) >= 2 and words[-1][0] in _SCOPE_NOUNS \
            and not any(w in ("了", "着", "著", "过", "過") for w, _t in words):
        return True  # (通报显示，在土地利用程度方面，参评开发区…: 在 and the respect the figures are told in, a scope as
        # 在…中 and 在…上 are; what is told is the next clause)
    if _PARTY_CLOSED.search(clause) and not any(t == "v" and len(w) >= 2 for w, t in words):
        return True  # (某公司董事长某某一行6人，赴某经开区…考察: the party, named by its leader and 一行, is the visit's subject;
        # what it did is the next clause)
    if (same := _SAME_AS.match(clause)) and _is_noun_phrase(clause[same.end():]):
        return True  # (某经济开发区，即某新区，行政辖区总面积为…: the name it also goes by, an apposition; the predicate follows)
    if _described_by_relative_clause(words) and not re.search(r"[”」』’\"]\s*的[^的]*$", clause):
        return True  # (我市去年签约的218个亿元以上项目，截至9月底，已有199个开工: the noun a relative clause describes, its
        # verb right before 的 — the projects signed — is the subject; its predicate is the next clause; a quoted word
        # before 的 is an attribute, 属于“跳跃式”的转型, whatever the tagger calls it)
    if words[-1][1] == "f" and (of := max((i for i, (w, _t) in enumerate(words) if w == "的"), default=-1)) > 0 \
            and not any(t in ("v", "p") for _w, t in words[of + 1:-1]) \
            and not any(w in ("在", "於", "于") for w, _t in words):
        return True  # (商务部近日公布的…评价结果中: its verb is inside the attribute before 的, the phrase a scope of a noun and
        # its localizer; 某开发区在…活动中 is a subject in its setting, left as it is)
    party = next((i for i, (w, _t) in enumerate(words) if w in _LEADS_PARTY), None)
    if party is not None and (not any(t == "v" and len(w) >= 2 and w not in ("相关", "相關") for w, t in words[party + 1:])
                              or _GROUP_NOUN.search(words[-1][0]) and words[-1][1].startswith("n")):
        return True  # (率领相关人员: 相关 is tagged a verb, and is an attribute; 率考察调研组: the party a group its task
        # names, the verbs inside its name attributes of the group noun that heads it)
    # (a slogan in quotation marks is the matter's name, whatever verbs it holds: 围绕“五年树标杆”目标)
    plain = words if "“" not in clause and "「" not in clause else \
        [(w, t) for w, t in word_tags(re.sub(r"“[^”]*”|「[^」]*」", "", clause)) if t != "x"]
    frame = next((i for i, (w, _t) in enumerate(plain[:7]) if w in _FRAMING_COVERBS
                  or len(w) == 4 and w[2:] in _FRAMING_COVERBS and w[:2] in _FRAMING_ADVERBS), None)
    if frame is not None and len(plain) > frame + 1 \
            and all(t in _SUBJECT_TAGS or t == "b" or w in ("相关", "相關") for w, t in plain[:frame]) \
            and not any(t.startswith("v") and t != "vn" and (len(w) >= 2 or frame > 0)
                        for w, t in _after_last_of(plain[frame + 1:])):
        return True  # (某某带领相关部门，围绕企业复工和经营情况，深入…进行了走访调研: a coverb's phrase, 围绕 / 针对 / 就 +
        # its matter, frames the verb the next clause brings; the tagger calls 围绕 a verb, but it has no object to act on;
        # a subject may stand before it, 某开发区围绕年初确定的目标任务, and a verb before 的 is the matter's attribute)
    if _BY_WHOM.match(clause) and not any(t.startswith("v") or t == "a" for _w, t in word_tags(clause[1:]) if t != "x"):
        return True  # (4月27日，由某某商会，某市委、市政府共同举办的…开幕式在…举行: 由 and the first of who held it, its
        # list broken by a comma; the verb, 举办的, and the event are in the next clause — however the segmenter joins 由 to
        # the name after it)
    prep = max((i for i, (w, t) in enumerate(words) if t == "p" and w.endswith(_OPEN_PREPOSITIONS)), default=None)
    if prep is None or prep == 0:  # (局对: the segmenter may join the preposition to the word before)
        return False
    if any(t == "v" and len(w) >= 2 for w, t in words[:prep]):
        return False  # (某园区实现软件与信息产业总收入…: the verb before 与, a conjunction there, is the clause's predicate)
    after = words[prep + 1:]
    of = max((i for i, (w, _t) in enumerate(after) if w == "的"), default=-1)
    return not any(t.startswith("v") and t != "vn" or t == "a" for _w, t in after[of + 1:])
    # (a verb before 的 is in the object's attribute, 企业的排污口; 稳中向好: an adjective after 向 is a predicate)


# a clause whose subject is set against what the clause before told (科技厂放无薪假，某加工区却…): the news is its subject's,
# the clause before is the background it stands out from
_CONTRASTED = re.compile(r"^(?:[^，,。！？!?；;]{2,12}?(?:却|卻)|(?:但是|然而|可是|不过|不過|但)(?![凡愿願])(?=[^，,。\s]{2}))")
# (a conjunction set off by its own comma, …的机遇期，但是，由于…，, opens an argument of several clauses: the first stands)
# …and a clause that concedes (尽管…，; 雖然…，; 某产业去年底虽已…，): subordinate, however full a clause; the sentence's main
# clause comes after it (…，某州制造业仍取得…; …，但某某认为…)
_CONCEDES = re.compile(r"^[^，,。！？!?；;]{0,14}?(?:虽然|雖然|虽|雖|尽管|儘管|即使|即便|纵然|縱然)")


# a comment opened by a coverb with no subject of its own (以…为最大宗, 在…中, 对…): it tells of the topic before it
_COVERB_COMMENT = re.compile(r"^(?:以|在|對|对|從|从|由|於|于)(?!及|后|後|前|此|来|來)")


def _topic_before_coverb(clause: str, after: str) -> bool:
    """Whether ``clause`` is a noun phrase alone, no 的 in it (南科六大產業), and ``after`` its comment, opened by a
    coverb (以半導體產業營業額…為最大宗): the topic a Chinese sentence sets before what it says of it, no clause of its
    own. (The tagger takes a verb for a noun often enough, 专题研究, 明显增强, that a noun phrase alone before a clause
    with a subject or a verb of its own is left as it is.)"""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    if not _COVERB_COMMENT.match(after) or "的" in clause or _NAMED_ZONE.fullmatch(clause.strip()):
        return False
    words = [(w, t) for w, t in word_tags(clause.strip()) if t != "x"]
    return len(words) >= 2 and all(t in _NOMINAL_TAGS and t not in ("m", "mq", "q", "t", "tg", "vn") for _w, t in words)


# how a predicate opens when its subject stood before the comma: a time it holds for, then an adverb of aspect or a
# negation (目前正在興建中, 長期以來未符…, 將分3階段…, 已熱銷12筆) — never a subject of its own
_PREDICATE_OPENING = re.compile(r"\s*(?:目前|现在|現在|如今|至今|长期以来|長期以來|多年来|多年來|一直)?\s*"
                                r"(?:已经|已經|已|正在|正|仍然|仍|将|將|尚未|未|均|都|陆续|陸續|相继|相繼)(?=[^，,。]{2})")


def _subject_before_predicate(clause: str, after: str) -> bool:
    """Whether ``clause`` is a noun phrase whose noun an attribute before 的 describes (隸屬某機構、位於園區北部的勞工宿舍;
    某市許多位在農業用地的鐵皮工廠) and ``after`` the predicate told of it, opening on an adverb of aspect with no subject
    (目前正在興建中): the sentence's subject set apart by a comma, however the tagger reads the attribute's words. A
    clause opening on a subject and its verb (园区引进多家知名的企业，目前已…) has its predicate."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    if "的" not in clause or not _PREDICATE_OPENING.match(after) or _subject_then_verb(clause):
        return False
    words = [(w, t) for w, t in word_tags(clause.strip()) if t != "x"]
    head = _after_last_of(words)
    return _nominal([(w, t) for w, t in head if t != "b"]) and head[-1][1].startswith("n") and not any(w in ("了", "着", "著", "过", "過") for w, _t in words)


def _clause_end(sentence: str, at: int, word_cut: bool) -> tuple[int, int]:
    """Where a lead title cut at ``at`` starts and ends once it holds a whole clause: a cut inside a clause of one long
    sentence (no comma by the headline's length, ``word_cut``) runs to the clause's end, and a comma after a phrase with
    no predicate of its own (`_lacks_predicate`) goes on to the next, while the title stays within ``_CLAUSE_MAX``. Past
    it, the title is the main clause alone where that is a headline's length (隨著…到來，為切實做好…，進一步增強…，圍繞…，
    某管委會聯合…指導某園區企業舉行消防演練活動: the labellers give it as the title's other reading), else the cut stays where
    it was."""
    # (a lead opening on someone's words, “2010年1—10月，园区企业实现…。”某负责人说: its clauses are read inside the quotation)
    said = 1 if sentence[:1] in "“「" else 0
    def next_comma(after: int) -> int:
        # (5,335.64億元: a figure's comma; a colon opening a quotation ends the clause that says who said it: …介绍了…情况：“…”)
        for m in re.finditer(r"，|,(?!\d{3}(?!\d))|(?<!\d),|[:：](?=\s*[“「])", sentence[after:]):
            if not _inside_quote(sentence[said:after + m.start()]):
                return after + m.start()
        return len(sentence)
    end = at
    if word_cut:
        end = next_comma(at)  # (a cut at the 40th character's word: the clause goes on)
        if end > _CLAUSE_MAX:
            return 0, at
    facing = False  # (whether the clause before was what is faced, 面对…，: a noun phrase after it is its second object)
    purposing = False  # (whether the clause before was a purpose, 为…，, or one of its verbs)
    opening = _lead_start(sentence)  # (where the lead's own first clause starts: a frame before its subject is there)
    def clause_start(before: int) -> int:  # (the comma before the clause, never one inside a quotation: 围绕“谋划…,抓好…”这一主题)
        at = before
        while (at := max(sentence.rfind("，", 0, at), sentence.rfind(",", 0, at))) >= 0 and _inside_quote(sentence[said:at]):
            pass
        return max(at + 1, said)
    while end < len(sentence):
        start = clause_start(end)
        if _OPEN_COPULA.search(sentence[start:end]) and len(sentence) <= _CLAUSE_MAX:
            return 0, len(sentence)  # (这次会议的主要任务是，总结…，分析…，部署…: a copula before its comma is complemented by the
            # clauses after it, to the sentence's end)
        faced_too = facing and "的" in sentence[start:end] and _is_noun_phrase(sentence[start:end])
        facing = bool(_RESPONSE_CLAUSE.match(sentence[start:end].strip())) or faced_too
        # (为有效防范…，确保…安全稳定，9月17日某局…: a purpose's second verb, opening its clause with no subject of its own,
        # goes on with the purpose; the act is the clause that names who acts, or the sentence's end)
        purposed_too = purposing and _opens_with_verb(sentence[start:end], past_adverb=True)
        purposing = purposed_too or bool(_PURPOSE_CLAUSE.match(sentence[start:end].strip())
                                         or _PURPOSE_OPENING.match(sentence[start:end].strip()))
        if _MAIN_THEN_SECOND.search(sentence[start:end]) and _SECOND_PART.match(sentence[end + 1:next_comma(end + 1)]):
            end = next_comma(end + 1)  # (形成了以石油化工为主，以装备制造…为辅的四大产业体系: what is main and what is second, one
            continue  # object split by a comma)
        if not faced_too and not purposed_too and not _lacks_predicate(sentence[start:end]) \
                and not _CONCEDES.match(sentence[start:end].strip()) \
                and not _a_scene(sentence[start:end]) \
                and not _frame_before_subject(sentence[start:end], sentence[end + 1:next_comma(end + 1)],
                                              start == opening) \
                and not _CONTRASTED.match(sentence[end + 1:next_comma(end + 1)]) \
                and not _topic_before_coverb(sentence[start:end], sentence[end + 1:next_comma(end + 1)]) \
                and not _subject_before_predicate(sentence[start:end], sentence[end + 1:next_comma(end + 1)]):
            break
        nxt = next_comma(end + 1)
        if nxt > _CLAUSE_MAX:
            return _main_clause_beyond(sentence, end, next_comma, purposing) or (0, at)
        end = nxt
    return 0, end


def _main_clause_beyond(sentence: str, end: int, next_comma, purposing: bool) -> tuple[int, int] | None:
    """The main clause of a lead whose frames run past ``_CLAUSE_MAX``: the first clause after ``end`` that has its
    predicate and opens on its subject (not a purpose's second verb, not one more frame), when it is no longer than a
    headline; None where the sentence ends first."""
    while end < len(sentence):
        start, end = end + 1, next_comma(end + 1)
        clause = sentence[start:end]
        opens_with_verb = _opens_with_verb(clause, past_adverb=True)
        if purposing and opens_with_verb or _lacks_predicate(clause):
            continue
        purposing = False
        if opens_with_verb or _CONTRASTED.match(clause) or _CONCEDES.match(clause.strip()):
            return None  # (a predicate with no subject of its own, 加快推进…, or an argument's turn: no headline alone)
        text = clause.strip()
        return (start + clause.index(text), end) if 6 <= len(text) <= _HEADLINE_MAX else None
    return None


_HEADLINE_MAX = 64  # (a headline's length, as the cuts above count it)


# a date as a site's list prints it beside a headline (2025-05-01, 2022/09/15)
ISO_DATE = re.compile(r"(?<![\d.])(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d.])")


def is_dated_list(line: str) -> bool:
    """Whether a line is a site's list of dated headlines run together (入區相關規定 2025-05-01 某某規定 更多資訊 最新消息
    2026-01-06 函轉…): two dates or more in a list's form. No lead or title holds two of them: a text dates itself in words
    (2023年5月1日), and a page's own date row holds one."""
    return len(ISO_DATE.findall(line)) >= 2


# a comma printed twice, or before an enumeration comma (,, / ,、), as a mirror site's copy doubles them
_DOUBLED_COMMA = re.compile(r"[，,](?:\s*[，,、])+")
# a day as a post row writes it (2001年09月18日, 2023-05-06), its clock time (09:30, 10:31:55), and the reading count
# glued after it (32次, 5600阅读): the pieces of the stamps below
_POSTED_DAY = r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})"
_POSTED_CLOCK = r"\s*\d{1,2}:\d{2}"
_POSTED_READS = r"\s*(?:\d{0,9}\s*(?:次|人次|次浏览|次瀏覽|阅读|閱讀|浏览|瀏覽))?\s*"
# the day and the clock time a news page posts a story at, in words or in figures (2001年09月18日 22:07, 2023-05-06 09:30)
# (… or the day alone in brackets, as a list of a site's stories prints each one: 标题 (2023.11.06) 摘要…)
_STAMP_AFTER = re.compile(rf"\s*{_POSTED_DAY}{_POSTED_CLOCK}|\s*[(（]\s*{_POSTED_DAY}\s*[)）]")
# a post's row of who, when (to the minute) and its reading count, however the count is glued (10:31:5532次)
POST_ROW = re.compile(rf"[^\s，,。！？!?：:]{{2,30}}\s+{_POSTED_DAY}{_POSTED_CLOCK}(?::\d{{2}})?{_POSTED_READS}")
# … and a publishing channel's name (某某信息发布平台, 某某门户网站, 某某发布, 某某公众号) before its post's time stamp
_CHANNEL_STAMP = re.compile(r"[^\s，,。！？!?：:]{2,30}?(?:发布平台|發布平台|信息平台|資訊平台|门户网站|門戶網站|官方网站|官方網站|官网|官網|"
                            r"公众号|公眾號|客户端|客戶端|融媒体中心|融媒體中心|发布|發布)\s*"
                            rf"{_POSTED_DAY}{_POSTED_CLOCK}(?::\d{{2}})?{_POSTED_READS}")
# a label of a few words set off by a space before a lead's day (产业园区 日前，… / 园区动态 3月5日，…)
_LABEL_BEFORE_LEAD = re.compile(r"^([^\s，,。：:；;！？!?“”「」《》()（）【】\[\]\d]{4,12})[ \t\u3000]+(?=[^\s，,。])")


def _noun_phrase(words: str) -> bool:
    """Whether the tagger reads ``words`` as nouns, names and places only (no verb, adjective or function word)."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    return all(t in _NOMINAL_TAGS or t == "zg" for _w, t in word_tags(words))


def _repeated(words: str, text: str) -> bool:
    """Whether any two characters side by side in ``words`` occur in ``text`` (in either script)."""
    from .parks import to_simplified  # (parks imports this module: asked at call time)
    words, text = to_simplified(words), to_simplified(text)
    return any(words[i:i + 2] in text for i in range(len(words) - 1))


_LABEL_BEFORE_DAY = re.compile(r"^[^\s，,。：:“”「」《》()（）\d]{2,8}\s+(?=(?:日前|近日|昨日|昨天|今日|今天|前不久|近期|"
                               r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)(?:[上下中晚]午|晚上)?\s*[，,])")


# the addressees an official document opens with (主送机关, GB/T 9704): the bodies it is sent to, listed and closed by a
# colon — 各街道办事处、镇人民政府，区政府直属各单位：, 各乡镇人民政府，县直各单位： — never a title's words
ADDRESSEES = re.compile(r"^\s*(?:各|[^：:。！？!?；;“”《》\s]{2,16}?(?:委|政府|局|管委会|管委會|党工委|黨工委)[、，,和及](?=[^：:。]{0,80}各))[^：:。！？!?；;“”《》]{1,80}?(?:单位|單位|部门|部門|机关|機關|机构|機構|政府|办事处|辦事處|委|局|办|辦|"
                        r"公司|企业|企業|园区|園區|街道|乡镇|鄉鎮|镇|鎮|乡|鄉|学校|學校|医院|醫院)\s*[：:]\s*")
# … and what a notice that issues a document says of it (印发、转发类通知: 现将《…》印发给你们, 《…》已经…审议通过，现印发给
# 你们): a page printing the notice without its title line is the page of the document it issues
ISSUES_DOCUMENT = re.compile(r"^\s*(?:(?:现将|現將)《(?P<a>[^《》]{4,80})》(?:印发|印發|转发|轉發|颁发|頒發)|"
                              r"《(?P<b>[^《》]{4,80})》(?:已经|已經|已)[^。！？!?]{0,40}?(?:通过|通過|同意)[，,]\s*(?:现|現)(?:予)?"
                              r"(?:印发|印發|转发|轉發|颁发|頒發))")


# a text whose first sentence names itself, its matter and genre: a report or circular telling what it reports
# (为…，现对2023年1-6月全市招商引资工作情况通报如下：) or an annual report saying it was drawn up (根据《…条例》…，特编制
# 某某开发区2022年度政府信息公开工作报告，并向社会公布。; 现公开/现公布/特向社会公布某某2018年度报告。, by whichever verb makes
# it public): the document so named is the title the page did not print
_DECLARED_SELF = re.compile(r"(?:现|現)\s*(?:将|將|对|對|就)\s*(?P<matter>[^，,。：:；;“”《》]{6,40}?)"
                            r"(?P<genre>通报|通報|报告|報告|汇报|匯報|总结|總結)\s*如下|"
                            r"(?:特|现|現)\s*(?:向社会|向社會)?\s*(?:编制|編制|编写|編寫|形成|发布|發布|發佈|公布|公佈|公开|公開)\s*(?P<doc>[^，,。：:；;“”《》]{6,50}?(?:报告|報告|总结|總結))"
                            r"\s*(?=[，,。；;]|并|並|$)|"
                            # (…，我们研究起草了《X》，现面向社会广泛征求意见: a consultation on a draft, whose page is the draft)
                            r"(?:起草|草拟|擬定|拟定|制定|修订|修訂|编制|編制)(?:了)?《(?P<draft>[^《》]{6,90})》[，,]\s*(?:现|現)"
                            r"[^。！？!?]{0,20}?(?:征求|徵求)(?:意见|意見)")
# a draft's stage after its title (…的报告（征求意见稿）): the consultation's copy, no words of the title
_DRAFT_STAGE = re.compile(r"\s*[(（](?:征求意见稿|徵求意見稿|送审稿|送審稿|讨论稿|討論稿)[)）]$")
_VAGUE_MATTER = re.compile(r"^(?:有关|有關|相关|相關|具体|具體|主要|基本|本|此|上述|以下|如下)")


def title_declared_in_lead(lines: list[str]) -> str | None:
    """The title a text without a title line gives itself in its first sentence (…现对X情况通报如下：, 特编制X报告，),
    or None. Only a named matter counts (现将有关情况报告如下 names none)."""
    first = next((x for x in lines[:3] if len(re.findall(f"[{CJK}]", x)) >= 10), "")
    sentence = re.split(r"[。！？!?]", first, maxsplit=1)[0]
    m = _DECLARED_SELF.search(sentence)
    if not m:
        return None
    title = m.group("doc") or (m.group("draft") and _DRAFT_STAGE.sub("", m.group("draft"))) \
        or (m.group("matter") + m.group("genre"))
    return None if _VAGUE_MATTER.match(title) else title.strip()


# a list or a result released (发布了…名单, 公布…结果, 公示…名录) and being on it (某园区入选, 上榜, 获评, 被认定为)
_LIST_RELEASED = re.compile(r"(?:发布|發布|發佈|公布|公佈|公示|印发|印發|下发|下發|揭晓|揭曉)[^，,。]{0,40}(?:名单|名單|名录|名錄|榜单|榜單|结果|結果)")
_SELECTED = re.compile(r"(?:成功)?(?:入选|入選|上榜|获评|獲評|列入|被认定|被認定|被评为|被評為|获批|獲批|榜上有名|"
                       # (…验收结果公示的公告，某园区成功通过验收: a released result, then who passed its review)
                       r"通过验收|通過驗收|通过认定|通過認定|通过评审|通過評審|通过复核|通過複核|通过评估|通過評估)")


# the first part of a book or a study, as its heading names it (前言, 中文摘要, 引言), and such a heading opening a page
# without a title line, alone or set off from the text by a space (中文摘要 行政院於…核定…)
BOOK_PART = re.compile(r"(?:中文|英文)?(?:摘要|提要)|(?:内容|內容)(?:提要|摘要)|前言|引言|序言|绪论|緒論|导论|導論|导言|導言")
BOOK_PART_OPENING = re.compile(rf"^({BOOK_PART.pattern})(?:[ \t\u3000]+(?=\S)|$)")


def opens_as_news(text: str) -> bool:
    """Whether ``text`` opens as a news item does: a lead's dateline or credit (某某日报讯(记者…), 本报讯, 12月3日，…)."""
    return bool(text) and bool(NEWS_LEAD_RE.match(text) or opens_with_credit(text))


def _foreign_to(line: str, text: str) -> bool:
    """Whether no two-character word of ``line`` (three pairs of Chinese characters at least) recurs in ``text`` (a
    text of some length: under a page's only line there is nothing to echo it), the line naming no year, figure or place
    (a slogan or a widget names none; a headline may, and its text may refer to it otherwise: 该县, 全区)."""
    pairs = {line[i:i + 2] for i in range(len(line) - 1) if re.fullmatch(f"[{CJK}]{{2}}", line[i:i + 2])}
    if re.search(r"[省市县区州旗镇乡縣區鎮鄉]", line):
        return False  # (a year, a figure or a place is a headline's, whatever words its text then uses: 2016年某县力推…)
    return len(text) >= 50 and len(pairs) >= 3 and not any(p in text for p in pairs)


def _split_outside_brackets(text: str, limit: int) -> list[str]:
    """``text`` split at its sentence ends (``_SENTENCE_END``) outside brackets, at most ``limit`` times: a gloss in
    brackets may hold a full stop of its own (某开发区(以下简称某区。“泰达”是其英文缩写音译)深入贯彻…)."""
    out, start, depth = [], 0, 0
    for k, ch in enumerate(text):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(depth - 1, 0)
        elif depth == 0 and _SENTENCE_END.match(ch) and len(out) < limit:
            out.append(text[start:k])
            start = k + 1
    return out + [text[start:]]


def title_from_lead(lines: list[str]) -> str | None:
    """The first words of a page's lead (``_title_from_lead``), read on the lines in Simplified script — the lead's
    frames and clauses are written the same in either script (率調研組 is 率调研组, 車間內 is 车间内) — and given back as
    the page writes them (the conversion keeps each line's length, so the words are cut at the same places)."""
    from .parks import to_simplified  # (parks imports this module: looked up at call time)
    head = [to_simplified(x) for x in lines[:6]]
    if head == lines[:6]:
        return _title_from_lead(lines)
    simple = [_PARTICLE_ZHE.sub("着", x) for x in head + [to_simplified(x) for x in lines[6:]]]
    title = _title_from_lead(simple)
    if title is None:
        return None
    for converted, written in zip(simple, lines):
        if (at := converted.find(title)) >= 0:
            return written[at:at + len(title)]
    return _title_from_lead(lines)  # (words the reading changed on the way, a doubled comma folded: read as written)


# 著 after a coverb is the particle 着 (隨著 → 随着, 本著, 沿著): the conversion keeps 著, which is also "to write"
_PARTICLE_ZHE = re.compile(r"(?<=[随本沿朝向接顺靠凭])著")


def _title_from_lead(lines: list[str]) -> str | None:
    """The first words of a page's lead, for a news item or a speech with no title line:
    its first sentence, cut at a comma when that sentence runs long. A notice printed from its addressees on, issuing a
    document (现将《…》印发给你们), is titled by that document."""
    for k, line in enumerate(lines[:6]):
        if (sent_to := ADDRESSEES.match(line)):
            rest = line[sent_to.end():] or (lines[k + 1] if k + 1 < len(lines) else "")
            if (issued := ISSUES_DOCUMENT.match(rest)):
                return (issued.group("a") or issued.group("b")).strip()  # 各街道…各单位：《某某三年行动计划》已经…审议
                # 通过，现印发给你们: the notice's title is not printed; the page is the document it issues
            if not line[sent_to.end():].strip():
                continue  # 各乡镇人民政府，县直各单位：: whom the document is sent to, no words of it
            line = line[sent_to.end():]
        if (_SALUTATION_RE.match(line) and len(line) <= 12) or _GREETING_LINE.match(line) or (
                len(line) <= 40 and (voc := VOCATIVE.match(line)) and not line[voc.end():].strip()):
            continue  # 同志们： / 各位嘉宾、各位企业家朋友： / 大家好！ — the speech starts on the next line
        if len(line) <= 40 and k + 1 < len(lines) and DATED_EVENT.match(lines[k + 1]) and not DATED_EVENT.match(line):
            continue  # 塔吊林立…，机器轰鸣…。 / 9月16日，…: a literary opening on its own line; the news is the dated event
        if k == 0 and _OCCASION_LINE.fullmatch(line):
            return line.lstrip("—－─━ ")  # （2024年1月18日在某某区人民代表大会第四次会议上）: a report or speech printed without its
            # title names where it was delivered, as the subtitle under a title does: the only title it gives
        if is_byline(line):
            continue  # 某某区发展和改革局: who reports, above whom it addresses — no words of the lead
        if _set_over_text(lines, k):
            continue  # a picture's caption (its credit perhaps broken onto the next line) or an editor's note over the text
        if is_dated_list(line) and not _SENTENCE_END.search(line):
            continue  # 某某規定 2025-05-01 … 最新消息 2026-01-06 …: the site's list of its news, no words of this text
            # (a list the cleaner ran into the text's first sentence keeps the line: its words are the text's too)
        if (numbered := _HEAD_START.match(line)) and _is_paragraph(line) \
                and re.match(r"[^，,。；;：:！!？?]{12,}[，,。；;]", line[numbered.end():]):
            line = line[numbered.end():]  # 一、某国某机构于3月5日公布，将兴建占地50公顷的…园区，…。 / 二、…: a briefing told as
            # numbered paragraphs, not parts under headings — its first point's first words are its lead (a heading,
            # 一、总体情况, is short; 一、基本情况。园区位于… opens on one)
        elif _HEAD_START.match(line) or _DATE_LINE.fullmatch(line):
            continue  # 一、2019年工作总结 names a part of the report, (2020年1月21日) when it was given
        if is_credit_line(line) or AUTHOR_LINE.fullmatch(line) or (PART_LABEL.match(line) and len(line) <= 40) \
                or is_author_names(line) or AFFILIATION.match(line) or _JOURNAL_ISSUE.fullmatch(line):
            continue  # 记者 某某 通讯员 某某 / 某某讲话 某某出席 / 文丨某某: who wrote it, who came; 引言：… names a part;
            # (某某学院, 某市150001): where a paper's authors work; 中国某某工业 2017年9期: the journal's issue
        if len(line) <= 90 and SITE_BRAND_LINE.fullmatch(line):
            continue  # 某某开发区门户网站 / 某某 LOGO: the site's name over its pages, no words of the lead
        if len(line) <= 80 and POST_ROW.fullmatch(line):
            continue  # 某某高新区官方信息发布平台 2024/2/28 10:31:55 32次: who posted it, when and how often it was read — a
            # row of the platform, no headline before a time stamp
        if is_counter_row(line) or _SHARE_PROMPT.fullmatch(line.strip()) or is_date_line(line):
            continue  # 查看: 1237|回复: 0 / 分享到您的 / 2024年04月25日 (周四): the page's counters, its share button's
            # prompt, its day row — no words of a lead
        if len(re.findall(f"[{CJK}]", line)) < 2 or is_contact_or_tag_row(line):
            continue  # a site's button or markup left in the text (expand, <center…>, •), its contact row or a post's
            # hashtags (#拼经济 #做就对了): no words of a lead
        if len(line) <= 12 and re.search(r"[:：]\s*$", line):
            continue  # 本文目录导读: / 内容提要： — a label over what follows, nothing of its own (whom a speech calls,
            # 同志们：, was passed over above)
        if len(line) <= 40 and line.rstrip(" |｜").endswith("。") and len(_SENTENCE_END.findall(line)) == 1 \
                and not re.search(r"[，,；;：:]", line) \
                and any(opens_with_credit(x) for x in lines[k + 1:k + 5]):
            continue  # 网络媒体总编辑一行听取…介绍。 / … / 某某网6月4日讯(记者…)…: one short clause above the credited lead is
            # a picture's caption (the pictures come first on news pages); the story's words start after its credit (a
            # summary of two clauses there, 某园区今年满50岁，园区将…。, is the story's own teaser and names it)
        if len(line) <= 40 and not re.search(r"[，,。；;]", line) and k + 1 < len(lines) \
                and _foreign_to(line, "".join(lines[k + 1:k + 12])[:1500]):
            continue  # 媒体/合作/投稿, 某某网_书友最值得收藏, Categories趋势: a short line no word of which the text goes on to
            # use is the site's, not the first words of its lead (a headline or a lead's subject is named again)
        if line.rstrip().endswith("。") and len(_SENTENCE_END.findall(line)) == 1 and k + 1 < len(lines) \
                and DATED_EVENT.match(lines[k + 1].strip()) and _only_purpose(line.strip().rstrip("。")):
            continue  # 为全面推进…，优化…，充分发挥…作用。 / 10月17日下午，某某带领…考察调研: a paragraph of why alone, the event
            # told by its day in the next one
        text = re.sub(r"^[?？•·\s]+", "", line)  # a page's lost characters (??? 本报讯 …)
        text = re.sub(r"^[◆◇●○■□▲△▶►★☆◎※]+\s*(?=(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日|近日|日前|昨日|今日|昨天|今天)", "",
                      text)  # (◆1月9日上午，…: a paper's mark before its item's day; before a byline it is the byline's)
        text = _REPOST_MARK.sub("", text)  # (轉貼:中科97年1-4月…: a forum's repost mark before the poster's first words)
        if "," in text or "，" in text:
            text = _DOUBLED_COMMA.sub(lambda m: "、" if "、" in m.group(0) else m.group(0)[0], text)  # 實效,,8月24日上午,,某區政協組織…成員,、政協常委: a
            # mirror site's doubled commas; the lead's clauses are those of one comma each
        if (voc := VOCATIVE.match(text)) and len(text) - voc.end() >= 6:
            text = text[voc.end():].lstrip()  # 同志们、朋友们: 中国…的十年,…: the speech's first words follow whom it calls
        text = _LABEL_BEFORE_DAY.sub("", text, count=1)  # 产业园区 日前，由…: a lead opens on its day; words set off
        # before it by a space are the column's or the site's label the page prints over each paragraph
        while (stripped := _LEAD_RE.sub("", text, count=1)) != text:
            text = stripped  # 本报讯 (记者 … 通讯员 …) 9月23日: one credit after another
        text = re.sub(r"^[，,]\s*", "", text)  # (某某(ID:…)10月27日消息, 据…: the comma after a credit)
        if (label := _LABEL_BEFORE_LEAD.match(text)) and re.search(r"[，,。]", text[label.end():label.end() + 60]) \
                and text[label.end():label.end() + 1] not in "(（" \
                and not is_credit_line(label.group(1)) and not _CREDIT_WORD.search(label.group(1)) \
                and _noun_phrase(label.group(1)) \
                and not _repeated(label.group(1)[-2:], text[label.end():] + "\n" + "\n".join(lines[k + 1:])):
            text = text[label.end():]  # 某地墙体广告 这些年，… / 某某网 今年以来，…: a noun phrase set off by a space before
            # the lead's first clause, whose head (its last word: 广告, 文库) the text never uses again, is a label the
            # site set there, its column or a keyword; a lead's subject (某某经开区 今年以来，园区…) is named again, a
            # headline's first phrase has its verb (某园区扩大招商 新增…), a byline (…记者 某某) is a credit
        text = text if (said := _ACCORDING_TO.match(text)) and (not _LEAD_DAY.match(text[said.end():])
                                                                or _VAGUE_DAY.match(text, said.end())) \
            else _without_after_day(text, _ACCORDING_TO, keep=8)  # 5月8日，据某某日报报道，…: whom it is according to,
        # after the day or before it, is a credit; the lead keeps its day and where its reporter had it from (10月17日下午，
        # 记者从…获悉，…): a titleless item's title is its first words, as a person quotes it (docs/labelling.md) — and so
        # a lead opening on whom it is according to keeps it when no day follows (据某某日报报道，年初以来，…; 据悉，今年
        # 上半年，…: the labellers 4 of 4, session 34; until then the house took it off); so before a vague day, 近日 or
        # 日前, which dates nothing as a dateline does (据某某消息，近日，…: the labellers keep the source 2 of 2; before a
        # day named, 据…报道，10月27日，…, they take it off, 1 of 1)
        text = re.sub(r"^(?:[—–－-]+|[:：])\s*", "", text)  # (香港,2025年9月17日) — 香港科技園公司…: the dash after a dateline,
        # and the colon after a credit naming its programme (某某网消息(新闻联播):今年…)
        text = re.sub(r"^(?:大家|各位)?(?:上午|下午|晚上)?好[！!，,。]\s*", "", text)  # 大家上午好！今天，…: the greeting is no title
        text = _TEXT_LABEL.sub("", text, count=1) or text  # 摘要：产业园区作为…: the label is the site's or the paper's
        text = _KEYWORD_TITLE.sub("", text, count=1) or text  # 关键词_关键词_某某网-【…】正文: a page <title>'s keywords
        if (quoted := _OPENING_QUOTE.match(text)) and (day := _DAY_AFTER_QUOTE.match(text, quoted.end())) \
                and _HELD_EVENT_IN.match(text, day.end()):
            text = text[quoted.end():]  # “所有的工作…作风。”18日，高新区召开…会: a feature lead opens on someone's words; the
            # news is the event dated after them (what was said is no headline). A dated clause that only says who said
            # them (“…。”3月2日上午，某某在会上发言时说。) leaves the quotation the news
        if (saying := _SAYING_FIRST.match(text)) and _SAYING_DAY.match(text, saying.end()):
            text = text[saying.end():]  # “一年之计在于春”。2月23日大年初八，…招聘会…启动: a saying quoted as a sentence of its
            # own, short as sayings are, sets the scene; the news is the dated event after it
        if text[:1] in "“「" and _quote_closes_at(text) >= len(text.rstrip()) - 1:
            text = text[1:]  # “岁末年初，作为…“建筑陶瓷园区”的…工作，按照…话说，是…。”: a paragraph all quotation (a feature
            # quoting someone at length) opens on the mark and closes it at its end; its first words are the lead's
            # (a quotation that closes inside the paragraph, “…。”3月2日上午，某某说。, keeps its mark: someone's words)
        if (channel := _CHANNEL_STAMP.match(text)) and len(text) - channel.end() >= 12:
            text = text[channel.end():]  # 某某高新区官方信息发布平台2024/2/28 10:31:5532次为进一步…: the channel that posted it,
            # when and how often it was read, run into the lead: the lead starts after them (a headline before its stamp
            # names an event, below)
        if (posted := POSTED_AT.search(text)) and posted.start() >= 6:
            text = text[:posted.start()]  # 标题 發表於 2017-01-09 08:00 分享 讚好 0 正文…: a post's headline, its date row and its
            # text on one line; the words before the date's label are the headline
        elif (stamp := _STAMP_AFTER.search(text, 6)) and not re.search(r"[，,。！？!?；;]", text[:stamp.start()]):
            text = text[:stamp.start()]  # 某某科技園正式開園 2001年09月18日 22:07 中新社記者…電…: a news page's headline, the day
            # and time it was posted and the credited lead on one row; the words before the time stamp are the headline
        if (run_in := _HEADLINE_BEFORE_LEAD.match(text)) and not _inside_quote(run_in.group("h")):
            return run_in.group("h").rstrip(" :：")  # 全省产业园区建设取得重大进展——记者从…获悉，… / 开发区：开放推动集群发展
            # 本报讯2005年，…: a headline run into its lead, the lead's dateline or its reporter's source right after it
        if speaker := _QUOTE_THEN_SPEAKER.match(text):
            return speaker.group(0)  # “我刚来时这里什么也没有，…就会繁荣。”在某园工作的工程师某某说。: a lead that opens on
            # someone's words, whole sentences in quotation marks, is one sentence with who said them — the words are
            # the object of the speaker's verb, and no comma or full stop inside them ends the lead: it runs to the verb
        sentences = [x.strip() for x in _split_outside_brackets(text, 2)]
        sentence = sentences[0]
        if len(sentence) < 6:
            continue
        while (frame := _FRAME.match(sentence)) and len(sentence) - frame.end() >= 12:
            sentence = sentence[frame.end():]  # 在市委市政府的坚强领导下，在…支持下，今年以来，某园区…: the frame a report's
            # lead opens with (under whose leadership, with whose support) names no news; the news starts after it
        # (10月27日，在…交流会期间，某某举办…: a time frame after the day is kept, as the lead writes it, and the title runs
        # on past it to the event — from session 17 to 34 the house took it off; the fresh labellers keep it, 2 of 2)
        # (以“聚力新赛道 共建新高地”为主题的2023某某大会…开幕: an event's theme before its name is kept, as the lead writes it —
        # from session 15 to 34 the house took it off; the fresh labellers keep it, 2 of 2, as they quote a lead's first words)
        if (colon := re.search(r"[:：]", sentence)) and colon.start() <= 40 and _RELEASED.search(sentence[:colon.start()]) \
                and len(sentence) - colon.end() >= 12 and not _inside_quote(sentence[:colon.start()]):
            sentence = sentence[colon.end():].lstrip()  # 3月6日，某某网发布信息：国务院正式批复…: the source's act of releasing
            # is a credit in words, as 据某某消息， is; the news is what it released (the colon below opens a list)
        if (colon := re.search(r"[:：]", sentence)) and colon.start() <= 60 and len(sentence) - colon.end() >= 12 \
                and not re.search(r"[，,；;]", sentence[:colon.start()]) and not _inside_quote(sentence[:colon.start()]) \
                and not _TELLING.search(sentence[:colon.start()]) \
                and (_ACCORDING_TO_COLON.fullmatch(sentence[:colon.start()])
                     or colon.start() <= 30 and _LEAD_DAY.match(sentence[colon.end():].lstrip())):
            sentence = sentence[colon.end():].lstrip()  # 据…论坛报道：经过20多年发展，… / 某县招商引资“开门红”：3月23日，全县…
            # 举行: a phrase with no predicate of its own before the colon — whom it is according to, or a kicker over the
            # dated lead — is the item's credit or its label; the news is the clause after the colon (the labels give it 3
            # times of 3 on 3 hosts; a clause that states, 2022年，经开区…居第2位：…, stops at its colon below, 5 of 5)
        if (colon := re.search(r"[:：]", sentence)) and 8 <= colon.start() <= 80 and not _inside_quote(sentence[:colon.start()]) \
                and len(re.split(r"[|｜]", sentence[:colon.start()])[-1]) >= 8 \
                and not re.search(r"(?:表示|指出|透露|强调|強調|介绍|介紹|说|說|称|稱|认为|認為|提出|要求|如下|以下|宣布|宣佈|"
                                  r"获悉|獲悉|了解到|瞭解到|得知)$",
                                  sentence[:colon.start()]):
            sentence = sentence[:colon.start()]  # 2022年，经开区多项指标增速均居第2位：固定资产投资…: the statement ends at the
            # colon that opens its list or its detail (after who said it, 某某表示：, the words said are the news)
        if len(sentences) > 1 and DATED_EVENT.match(sentences[1]) and not DATED_EVENT.match(sentence) \
                and (not _states_facts(sentence) or _only_purpose(sentence)):
            sentence = sentences[1]  # 春风送暖启新程，扬帆奋楫正当时。3月8日上午，开发区举行…: the news is the event; so after a
            # sentence of why alone (为进一步密切…联系，帮助企业…，推动…发展。9月3日上午，某某带领…走访), however long
        elif len(sentences) > 1 and len(sentence) <= 16 and re.match(r"今天[，,]", sentences[1]):
            sentence = sentences[1]  # 金秋时节，硕果满枝。今天，我们在这里隆重举行…: a speech's occasion after its literary opening
        elif len(sentences) > 1 and len(sentence) <= 10 and _CALL_TO_READER.fullmatch(sentence) and len(sentences[1]) >= 8:
            sentence = sentences[1]  # 某地人注意啦！咱某县又搞大事——某开发区正式获批！: a post's call to its reader, then the news
        purpose_first = _PURPOSE_FIRST.match(sentence)
        purpose_kept = ""  # (the purpose the lead opens with, kept before the clause the title is read from)
        if (later := _LATER_DATED_EVENT.search(sentence)) and later.start() >= 6 \
                and not ((_ACCORDING_TO.fullmatch(sentence[:later.start() + 1]) or _LEARNT.fullmatch(sentence[:later.start() + 1]))
                         and _VAGUE_DAY.match(sentence, later.start() + 1)) \
                and (purpose_first or not re.search(r"[\d０-９]", sentence[:later.start()])):  # (a profile's facts before its
            # history: no why; a purpose's own figures, 吸取3.21事故教训, are no profile's)
            # (…and its basis, the one clause before the day, 根据市委统一部署，2023年10月10日至12月15日，…: kept as the
            # purpose is — docs/labelling.md, a lead's basis runs on; session 46, the labels 2 pages of 2 hosts)
            if (purpose_first or _BASIS.fullmatch(sentence, 0, later.start())) \
                    and not _inside_quote(sentence[:later.start()]):
                purpose_kept = sentence[:later.start() + 1]  # 为进一步…，充分利用…，5月14日，某管委会举办…: the purpose
                # opening the lead is kept, the title running on past it and the day to the event (session 42: the
                # study labels keep it 7 of 8 pages, on 7 hosts — docs/labelling.md)
            sentence = sentence[later.start() + 1:].lstrip()  # 为…，发挥…，总结…，7月25日，某经开区召开…: a news lead puts why
            # before when, who and what (its purpose or background clauses first); the news is the dated event
            purpose_first = None
        if (purpose := _WHY_AFTER_WHEN.match(sentence)) and not _inside_quote(sentence[:purpose.end()]):
            at = purpose.end()  # 5月12日上午，为深入贯彻…，进一步加快…，确保…，某园区召开…会: a lead may say when, then why, then
            # who did what; the clauses of its purpose (为…, 围绕…, 按照…) are no headline: when, then the event
            for m in re.finditer(r"[，,]", sentence[at:]):
                if _inside_quote(sentence[:at + m.start()]):
                    continue
                rest = sentence[at + m.end():].lstrip()
                if _DOER_ACTS.match(rest):
                    sentence = sentence[:purpose.start("why")].rstrip() + rest
                    break
        elif purpose_first and len(sentence) > 24 and not _inside_quote(purpose_first.group(0)):
            # 為響應加碼投資臺灣政策，經濟部加工處積極推動…: a lead may open with why, no date before it; the title keeps
            # the purpose and runs on past it (and past the purpose going on, 进一步…, 确保…) to the clause of who did what,
            # which it is read from (a sentence of a headline's length, 为推进…，某经开区出台…办法。, is whole, as any short
            # lead is; session 42: the study labels keep the purpose 7 of 8 pages, on 7 hosts — docs/labelling.md)
            for m in re.finditer(r"[，,]", sentence[purpose_first.end() - 1:]):
                at = purpose_first.end() + m.start()
                rest = sentence[at:].lstrip()
                if len(rest) < 12 or re.match(rf"(?:{_PURPOSE_GOES_ON})", rest) or _inside_quote(sentence[:at]):
                    continue
                when = _WHEN_THEN_COMMA.match(rest)  # (…，近日，某园区…: the day, then who acts)
                if _unit_acts(rest[when.end():] if when else rest):
                    purpose_kept, sentence = sentence[:len(sentence) - len(rest)], rest
                    break  # (no clause of who acts: a lead all purpose, 为…，优化…，充分发挥…，建设…, keeps its first words)
        held = next((m.start() for m in re.finditer(r"[，,]", sentence) if 6 <= m.start() <= 64
                     and _HELD_EVENT.search(sentence[:m.start()]) and not _inside_quote(sentence[:m.start()])), None)
        if held is None and len(sentence) > 24 and (escort := _ESCORTED.search(sentence)) and escort.start() >= 12 \
                and not _inside_quote(sentence[:escort.start()]):
            held = escort.start()  # 7月19日上午，某某率考察团来高新区调研…情况，某某陪同: who went along or attended is named
            # after the event, never in its headline
        if held is not None and len(sentence) > 24:
            sentence = sentence[:held]  # 3月16日，X召开…动员大会，全力推动…: the news ends with the event it names; the
            # clause after it is its purpose or what was said there, no part of a headline
        word_cut = False
        # (a time frame after the day, 10月27日，在…交流会期间，, is kept in the title and not counted in a headline's length)
        framed = (day := DATED_EVENT.match(sentence)) and (frame := _TIME_FRAME_AFTER_DAY.match(sentence, day.end())) \
            and not _inside_quote(sentence[:frame.end()]) and len(frame.group(0)) or 0
        if len(sentence) > 24:  # the first clause that is more than a date: 12月3日下午，X召开…大会
            # (a quoted name is whole in it: …暨拼經濟、促轉型“雙十攻堅、百日競賽”動員大會 may run to 64 characters)
            cut = [m.start() for m in re.finditer(r"[，,]", sentence)
                   if 6 + framed <= m.start() <= framed + (64 if _inside_quote(sentence[:40]) and not re.search(r"[(（]", sentence[:40]) else 40)
                   and not _PARALLEL_SLOGAN.fullmatch(sentence[:m.start()])  # (晒成效、比项目、亮承诺，…: a slogan of
                   # parallel phrases opening the lead is its theme, no event: the title runs on to what happened)
                   and not _WHEN.fullmatch(_ENTRY_LABEL.sub("", sentence[:m.start()]))  # (【产业园建设】截至2011年，: a
                   # yearbook entry's topic in 【】 before the time its sentence opens on is no news)
                   and not _WHEN.fullmatch(re.split(r"[，,]", sentence[:m.start()])[-1].strip())  # (…，2022年时间过半，)
                   and not _FRAME_CLAUSE.search(sentence[:m.end()])  # (近年以来，在区委的领导下，科技园…: the frame
                   # of whose leadership after the time names no news, as it names none opening the lead)
                   and not _POST_END.search(sentence[:m.start()])  # (某市政府党组成员，某区党工委书记、主任某某一行来园区
                   # 考察: a comma after a post goes on to the next post; the name and what was done come after the last)
                   and not (_inside_quote(sentence[:m.start()]) and sentence[0] not in _OPENS)]  # (a quote may open the lead)
            if len(cut) > 1 and _SAYS.fullmatch(sentence[:cut[0]]) and cut[1] <= 40:
                cut = cut[1:]  # 國科會上午指出，由於…: who said it is no news; what was said goes on to the next comma
            elif cut and (visit := _VISIT_SAID.search(sentence[:cut[0]])):
                cut = [visit.start("said")]  # 12月20日上午，市委副书记某某在高新区调研时强调，高新区是…: an official's visit told
                # with what was said on it (在…调研时强调, 考察时指出); the news is the visit, as its headline names it
                # (某某在高新区调研), and what was said is the next sentence's
            elif cut and _TELLING.search(sentence[:cut[0]]):
                # 3月13日，记者从区招商中心获悉，… / …工作會議透露，今年將…: a clause that ends by saying who told or where
                # it was learnt names no news; the next clause, what was told, goes with it while the two are a headline's length
                end = cut[0]
                while True:  # (…获悉，第一季度，…: past a clause that only says when, to what was told)
                    nxt = re.search(r"[，,]", sentence[end + 1:])
                    start, end = end + 1, end + 1 + nxt.start() if nxt else len(sentence)
                    if not nxt or not re.fullmatch(rf"(?:{_WHEN.pattern}|第?[一二三四]季度)", sentence[start:end].strip()):
                        break
                if end <= 60:
                    cut = [end]
            if not cut and len(sentence) > 60:  # no comma by the 40th character: the first clause when it is no longer
                # than a headline (a sentence of one clause: 64 characters past the lead's day, which the headline drops,
                # as elsewhere here), else the words that end by the 40th (never 主持召 for 主持召开)
                past_day = (day := DATED_EVENT.match(sentence)) and day.end() or 0
                comma = re.search(r"[，,]", sentence[41:61])
                if comma or len(sentence) - past_day > 64:
                    cut = [41 + comma.start()] if comma else [_word_end_before(sentence, 40)]
                    word_cut = not comma
            if cut and (frame := _FRAME_ONLY.search(sentence[:cut[0]])) \
                    and (goes_on := _main_clause_after(sentence, cut[0], subject=frame.group("coverb") is None)):
                cut = [goes_on]  # 作为…园区，南部科学园区…跃居第一 / 在…论坛上，某联合会公布了…名单 / 某管委会以“…”为主抓手，
                # 积极探索…: a clause that is only the sentence's frame (its standing, its occasion, its means) has no
                # predicate of its own; the headline runs on to the clause that says who did what
            if cut and (came := _CAME_TO.search(sentence[:cut[0]])) and _VISIT_PURPOSE.match(sentence, cut[0] + 1) \
                    and _only_a_place(came.group("where")):
                nxt = re.search(r"[，,]", sentence[cut[0] + 1:])
                end = cut[0] + 1 + nxt.start() if nxt else len(sentence)
                if end <= 64:
                    cut = [end]  # …摄制组一行来到我镇，采访报道我镇工业企业发展情况: who came and what they came to do, one
                    # event (a motion verb and its purpose's verb in series); who went along (，在…陪同下) stays out
            if cut and _UNNAMED_DOCUMENT.search(sentence[:cut[0]]) and _opens_with_verb(sentence[cut[0] + 1:]):
                nxt = re.search(r"[，,]", sentence[cut[0] + 1:])
                end = cut[0] + 1 + nxt.start() if nxt else len(sentence)
                if end <= 64:
                    cut = [end]  # 省工信厅等八部门联合发布通知，公布第一批…名单: a document released unnamed (通知, 意见), what it
                    # does told in the next clause, its verb without a subject (公布, 明确, 要求): the news is both
            if cut and _LIST_RELEASED.search(sentence[:cut[0]]) and (nxt_clause := re.match(r"[^，,。；;]{2,40}", sentence[cut[0] + 1:])) \
                    and (on_it := _SELECTED.search(nxt_clause.group(0))) and on_it.start() >= 4 \
                    and not _opens_with_verb(nxt_clause.group(0)) and cut[0] + 1 + nxt_clause.end() <= 80 \
                    and not re.match(r"(?:全省|全市|全国|全國|全区|全區|全县|全縣|我省|我市|我区|我區|本省|本市|共有|共|其中|"
                                     r"[\d一二三四五六七八九十两兩])", nxt_clause.group(0)):
                cut = [cut[0] + 1 + nxt_clause.end()]  # 近日，某部发布了2022年…创建名单，某县现代农业产业园入选: a list
                # released, then who is on it — the news is the one it names (its own clause, however the list is titled);
                # a count of the place's own on it (…名单，全省3家园区入选) names none: the release is the news, as the gold has it
            if cut and _EVENT_AS_SUBJECT.search(sentence[:cut[0]]):
                nxt = re.search(r"[，,]", sentence[cut[0] + 1:])
                end = cut[0] + 1 + nxt.start() if nxt else len(sentence)
                if end <= 64:
                    cut = [end]  # 日前，示范园区召开的招商引资大会，摆起招商比武擂台: the event named as the subject, what it
                    # did in the next clause: the two are the headline
            if cut and (told := _DAY_PREDICATE.match(sentence, cut[0] + 1)) and not _WHEN.fullmatch(sentence[:cut[0]]):
                nxt = re.search(r"[，,]", sentence[told.end():])
                end = told.end() + nxt.start() if nxt else len(sentence)
                if end <= 64:
                    cut = [end]  # 某某園區服務大樓暨某某分隊，2日舉行落成啟用揭牌典禮，…: the subject first, its day and what it
                    # did after the comma (as Taiwanese and wire leads write it): the first clause is no headline alone
            if cut:
                opened, end = _clause_end(sentence, cut[0], word_cut)  # 我市前三季度招商引资项目中，来自外省…为324个: a
                # headline is a clause
                sentence, cut = sentence[opened:], [end - opened]
            sentence = sentence[: cut[0]] if cut else sentence
        if _inside_quote(sentence) and (opened := max(sentence.rfind(c) for c in _OPENS)) >= 6:
            sentence = sentence[:opened]  # …规定和县政府办公室《关于做好2018年度政: not cut inside a quoted title
        if sentence.count("(") + sentence.count("（") > sentence.count(")") + sentence.count("）") and \
                (opened := max(sentence.rfind("("), sentence.rfind("（"))) >= 2:
            sentence = sentence[:opened]  # …物流园区专委会(以下简称“…, 某工业区(英语: an aside in brackets is no part of the first words
        if (aside := _SHORT_NAME_THEN_COMMA.search(sentence)) and aside.start() >= 12 \
                and not _inside_quote(sentence[:aside.start()]):
            sentence = sentence[:aside.start()]  # …编制《某某规划》(以下简称《规划》)，日前通过评审: the clause that names it ends
            # at the short name it gives; its aside is none of the title
        sentence = _SHORT_NAME_AFTER.sub("", sentence)  # (…编制《某某规划(2022-2027)》(以下简称《规划》): the short name the
        # text goes on to use is an aside, no word of the title)
        return purpose_kept + sentence.rstrip(" \u3000、，,；;：:(（“「《")  # (…组织园区、 / …Park Central : a cut ends on a
        # word, not its separator)
    return None


# what opens a news lead before its news, as a paper writes it: the day it happened (12月20日上午，, 昨日，, 近日 — the
# lead's dateline) and where the reporter had it from (记者从…获悉，, 从…了解到，, 据悉，, 据某某报道，). A headline
# names neither: the news starts after them. (A period the results are of, 今年以来，, 1-3月，, 2011年，, is the news's
# own scope and stays; so does who said it, 某某表示，: the quoted words are that unit's.)
_LEAD_DAY = re.compile(r"^(?:(?:(?:19|20)\d{2}年)?\d{1,2}月" + _DAYS + r""
                       r"(?:[上下中晚]午|晚上|早上|晚间|晚間|凌晨)?\s*[，,]|"
                       # (a day word with no comma only before where: 近日在…举行的…; never before a verb, 近日召开的…)
                       r"(?:昨日|昨天|今日|今天|近日|日前|前不久|近期)(?:[上下中晚]午|晚上|早上)?\s*(?:[，,]|(?=[在于於])))\s*")
_LEARNT = re.compile(r"(?:(?:记者|記者|笔者|筆者)[^，,。“”「」]{0,30}?|从|從)[^，,。“”「」]{0,30}?(?:了解到|瞭解到|获悉|獲悉|得知|获知|獲知)\s*[，,]\s*")
# (who it is according to, 据悉，, 据某某报报道，: a credit, as a dateline is, and no words of the title; where the
# reporter learnt it, 记者从…获悉，, is the lead's own first words and stays in the title — docs/labelling.md)
_ACCORDING_TO = re.compile(r"(?:据悉|據悉|据了解|據了解)\s*[，,]\s*|[据據][^，,。“”「」]{2,20}(?:消息|报道|報導|报导|報道|了解|获悉|獲悉|统计|統計)\s*[，,]\s*")
# (据某某海关统计，今年一季度，…; 据某某了解，…: whom the figures are according to, kept as 据某某报道 is when no day follows —
# until session 35 the credits' loop above took them off first; the labellers keep them, 2 of 2)
_LEAD_SOURCE = re.compile(rf"{_LEARNT.pattern}|{_ACCORDING_TO.pattern}")
# whom a lead is according to, closed by a colon rather than a comma (据…论坛报道：, 据某某统计：): a credit before the news
_ACCORDING_TO_COLON = re.compile(r"[据據][^，,。：:；;]{2,60}(?:报道|報道|報導|报导|统计|統計)")
# a day word that names no day (近日, 日前, 前不久, 近期): "lately", no dateline
_VAGUE_DAY = re.compile(r"\s*(?:近日|日前|前不久|近期)\s*[，,]")


# a source's act of releasing the news before a colon, as a lead credits a portal or an agency (某某网发布信息：, 某某发布
#消息：, 据某某消息：, 某某通报：): what follows the colon is the news
_RELEASED = re.compile(r"(?:发布|發布|發佈|公布|公佈|披露|通报|通報)(?:了)?(?:最新)?(?:信息|消息|通知|公告|通报|通報)?$|"
                       r"(?:消息|信息)(?:称|稱)?$")


def _without_after_day(text: str, clause: re.Pattern, keep: int = 1) -> str:
    """``text`` without the ``clause`` it opens with, right after its day if it opens with one (10月17日下午，据某某报道，… →
    10月17日下午，…), when at least ``keep`` characters are left."""
    day = _LEAD_DAY.match(text)
    at = day.end() if day else 0
    m = clause.match(text, at)
    return text[:at] + text[m.end():] if m and len(text) - m.end() >= keep else text


def past_source(title: str) -> str:
    """A lead title without where its reporter learnt the news, its day kept (10月17日下午，记者从…获悉，今年以来，… →
    10月17日下午，今年以来，…): what the news is of, for reading its year."""
    return _without_after_day(title, _LEARNT)


def past_dateline(title: str) -> tuple[str, str]:
    """A news lead's title without the day it opens with (昨日，高新区召开… → 高新区召开…; 12月20日上午，市委副书记某某在
    高新区调研 → 市委副书记某某在高新区调研), and the day taken off ("" when none, or when no words of the news would
    remain). For news only: a speech's 今天，我们… speaks of its own occasion, no dateline."""
    text = title
    while (m := _LEAD_DAY.match(text) or _LEAD_SOURCE.match(text)) and m.end() < len(text):
        text = text[m.end():]
    rest = text.rstrip(" \u3000、，,；;：:")
    if text == title or len(re.findall(f"[{CJK}]", rest)) < 6 or _WHEN.fullmatch(rest):
        return title, ""  # (近日，某某表示 — nothing but the day and the source left: no headline of its own)
    return text, title[:len(title) - len(text)].strip()


# ------------------------------------------------------------ a title the page labels as its title

# a row of the page that labels its value as the title, as a document database, a records page or an encyclopedia
# prints its fields (文件标题: | 值 |, 新聞標題【某報】值, 词条 | 值 |, 原标题:值): the field names what the page is;
# 原标题 (a repost's note of the original's title, 原题 in short) names it only where the page prints no headline of its own
TITLE_FIELD = re.compile(r"^(?P<label>(?:原|文件|文章|本文|新闻|新聞|信息|資訊|资讯|公文|政策)?(?:标[\s\u3000]*题|標[\s\u3000]*題|题[\s\u3000]*名|題[\s\u3000]*名|题目|題目)|原题|原題|词条|詞條)"
                         r"\s*(?:[:：|｜]\s*[|｜]?|(?=【))\s*(?:【[^【】]{1,10}】)?\s*(?P<value>\S.*)$")
# a disclosure catalogue's field for what the document is (内容概述：某某2023年工作总结): where the page labels no title, it
# names the document as a title row does — when its value has a title's form, a phrase with no comma or sentence end
_SUMMARY_FIELD = re.compile(r"^(?P<label>内容概述|內容概述)\s*(?:[:：|｜]\s*[|｜]?)\s*(?P<value>\S.*)$")
# an official document's issuing number before its title (临工管发〔2015〕7号, 某政办〔2023〕12号): the file's number, a
# field of its own in GB/T 9704, never part of the title
_ISSUE_NUMBER = re.compile(r"^[{CJK}]{{1,10}}[〔\[［(（【]\s*(?:19|20)\d{{2}}\s*[〕\]］)）】]\s*第?\s*\d{{1,4}}\s*[号號]\s*".format(CJK=CJK))
_CJK_CHAR = re.compile(f"[{CJK}]")
_SPACE_IN_CJK = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")
# the source a repost names after the title it copies (…增长26.8%——来源:巴中日报)
_SOURCE_AFTER = re.compile(r"\s*[—－-]{1,2}\s*(?:来源|來源|稿源|出处|出處)\s*[:：].*$|"
                           # (…and an encyclopedia's note of where its entry came from after the head word: 某开发区 百科内容来自于: 某某百科)
                           r"\s+(?:百科)?(?:内容|內容)(?:来自|來自)(?:于|於)?\s*[:：].*$")


def _field_value(value: str) -> str:
    """The title in a title field's value: up to the table's next cell (| 内容概述: …), or where a page that printed the
    title twice on the row (新聞標題 标题寄件人 E-mail…标题) starts it again: the part both print."""
    value = re.split(r"\s*[|｜]", value, maxsplit=1)[0].strip()
    if len(value) >= 12 and (again := value.find(value[:6], 6)) > 0:
        n = 0
        while again + n < len(value) and value[n] == value[again + n]:
            n += 1
        value = value[:n] if n >= 6 and n <= again else value
    value = _SOURCE_AFTER.sub("", _ISSUE_NUMBER.sub("", value))
    if OFFICIAL_TITLE.match(joined := _SPACE_IN_CJK.sub("", value)):
        value = joined  # (临沧工业园区管理委员会关于设立临沧 工业园区…的通知: a document's title keeps its line breaks as spaces)
    return clean_title(value)


def field_title(lines: list[str], limit: int = 12) -> tuple[str, str, int] | None:
    """The title a labelled row at a page's top (among its first ``limit`` lines, above its text) names (its value,
    the label, the row's index), or None: no such row, its value no title (a date, a sentence), or two rows naming
    different titles (a list of records, not one). A row under the text (本文标题：… by the share buttons) is the
    page's furniture, read by ``clean.page_credits`` for a page with no title line."""
    return _field_row(lines, limit, TITLE_FIELD) or _field_row(lines, limit, _SUMMARY_FIELD, phrase=True)


def _field_row(lines: list[str], limit: int, field: re.Pattern, phrase: bool = False) -> tuple[str, str, int] | None:
    found = None
    for k, line in enumerate(lines[:limit]):
        m = field.match(line)
        if not m:
            if (_is_paragraph(line) or _ends_sentence(line)) and len(_CJK_CHAR.findall(line)) >= 10:
                break  # (the text has begun: a paragraph of words, not a row of the page's address or its fields)
            continue
        value = _field_value(m.group("value"))
        if len(re.findall(f"[{CJK}]", value)) < 4 or len(value) > 90 or _SENTENCE_END.search(value) \
                or phrase and re.search(r"[，,；;]", value):
            continue
        if found and found[0] != value:
            return None
        found = found or (value, re.sub(r"[\s\u3000]", "", m.group("label")), k)  # (标　　题: a table's spaced label)
    return found


# the heading of a document's first part, alone on its line: 一、2024年工作回顾 (GB/T 9704's first level, numbered 一、)
# (… or on its first sub-part's heading sentence, the paragraph run on after it: （一）扎实抓好年度重点工作。对照…)
# (… or a heading of two phrases a comma joins, no figure in them: 一、把握“一条主线”，管理体制更精简。通过…)
_FIRST_PART = re.compile(r"^(?:一\s*[、.．]\s*(?P<heading>[^。！？!?；;：:]{4,30})$|"
                         # (…and its heading closed by a full stop, its text after it on the line: 一、拼招商、引大项目。2023年，…)
                         r"一\s*[、.．]\s*(?P<closed>[^。！？!?；;：:，,]{4,20}|[^。！？!?；;：:，,\d]{4,16}[，,][^。！？!?；;：:，,\d]{4,16})。(?=[^\n]{20})|"
                         r"[(（]\s*一\s*[)）]\s*(?P<sentence>[^。！？!?；;：:，,]{4,20})。(?=[^\n]{20}))")
_NEXT_PART = re.compile(r"^二\s*[、.．]")


def _names_a_part(heading: str) -> bool:
    """Whether a heading is a part's name, a noun phrase (工作推进情况, 主要成效), not a finding told as a sentence (规上工业
    增加值增速回升): its last word a noun, by the tagger."""
    from .parks import word_tags  # (parks imports this module: the tagger is asked at call time)
    words = [(w, t) for w, t in word_tags(heading) if t != "x"]
    return bool(words) and words[-1][1] in ("n", "vn", "nz", "ng", "an")


def title_from_first_heading(lines: list[str]) -> str | None:
    """The title of a text printed without its title line that opens on its first part's heading (一、2024年工作回顾 /
    2024年，在…领导下，…): the heading names what the text is about, where the lead's first clause is only its frame.
    None when the text opens otherwise, or on a list of headings (一、… / 二、…, a table of contents)."""
    m = _FIRST_PART.match(lines[0]) if lines else None
    names_part = bool(m and m.group("heading")) and _names_a_part(m.group("heading")) or bool(m and m.group("closed"))
    # (a heading closed by its full stop with its text after it on the line is a part, never a contents list's line)
    if not m or any(_NEXT_PART.match(x) for x in lines[1:3] if not (names_part and _is_paragraph(lines[1]))) \
            or not any(_is_paragraph(x) for x in lines[1:4]):  # (a part's paragraph between 一、 and 二、: no contents
        # list, when the heading names the part, 一、工作推进情况; a finding, 一、规上工业增加值增速回升, heads a bulletin's
        # item, whose lead names the text)
        return None  # (its sub-heading may come first: 一、全国概况 / （一）分类和分布 / 目前，全国共有…)
    return clean_title(m.group("heading") or m.group("closed") or m.group("sentence")) or None


# ------------------------------------------------------------ a page in English

# An English page is built as a Chinese one is: the site's rows, the headline, a row of who and when, perhaps a
# picture's caption, then the text. The text begins with the first paragraph, a line of many words with a sentence
# in it; the headline is the line of a few words nearest above it that is no row of the site's and ends on no full
# stop (a caption, a byline or a date row does, or names its kind).
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*|\d[\d.,%$]*")
_LATIN_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?:\s|$)")
# a row of the site's or the story's furniture: who wrote it and when, its picture, its tools and menus
_LATIN_ROW = re.compile(r"^(?:by|posted|published|updated|source|photo|image|picture|video|written|editor|share|print|"
                        r"skip|menu|home|search|log ?in|sign ?in|sign ?up|subscribe|follow|read more|related|advertisement|"
                        r"cookies?|accept|copyright|all rights)\b|\[(?:photo|image)|\((?:photo|image)|\b(?:19|20)\d{2}[-/.]\d{1,2}"
                        r"|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}\b",
                        re.IGNORECASE)
# a file's name, as a document site prints it over the file (annual_report_2019.pdf): what the file is called, no headline
_FILE_NAME = re.compile(r"^\S+\.(?:pdf|docx?|pptx?|xlsx?|txt|html?|wps|rtf)$|^[^\s]*_[^\s]*$", re.IGNORECASE)
# the words a document's English title names its genre with, as DOC_WORDS do a Chinese one's
_LATIN_GENRE = re.compile(r"\b(?:report|plan|review|summary|speech|address|bulletin|statement|outline|briefing)\b", re.IGNORECASE)
# a page's <title> row: the headline, a dash or a bar, and the site's name
_LATIN_SITE_AFTER = re.compile(r"\s+(?:[-–—|｜]|::)\s+[^-–—|｜]{2,40}$")


def _latin_words(line: str) -> int:
    return len(_LATIN_WORD.findall(line))


def _latin_paragraph(line: str) -> bool:
    return _latin_words(line) >= 12 and bool(_LATIN_SENTENCE_END.search(line))


def _latin_headline(line: str) -> bool:
    line = line.strip()
    return 2 <= _latin_words(line) <= 24 and len(line) <= 160 and not re.search(f"[{CJK}]", line) \
        and not re.search(r"[.:;,]$", line) and not _LATIN_ROW.search(line) and not _FILE_NAME.match(line) \
        and sum(c.isalpha() for c in line) >= len(line) // 2


def title_from_latin_headline(lines: list[str]) -> str | None:
    """The headline of a page written in English, which the Chinese title lines and leads above never read (none of its
    lines has a Chinese word): the line of a few words nearest above its first paragraph that is no row of the site's, a
    <title>'s site name after a dash taken off; else the first sentence of the first paragraph, as a titleless lead's
    first words are its title. None when the page has no paragraph in English (its file's name stays its title)."""
    first = next((i for i, x in enumerate(lines[:40]) if _latin_paragraph(x)), None)
    if first is None or any(re.search(f"[{CJK}]{{4}}", x) for x in lines[:first + 1]):
        return None
    above = [x.strip() for x in reversed(lines[max(0, first - 6):first]) if _latin_headline(x)]
    if above:
        line = next((x for x in above if _LATIN_GENRE.search(x)), above[0])  # (a report's title over its first part's
        # heading, Annual Report 2019 / Chairman's Message: the line naming the document's genre is the title)
        bare = _LATIN_SITE_AFTER.sub("", line)
        return bare if _latin_words(bare) >= 2 else line
    sentence = _LATIN_SENTENCE_END.search(lines[first])
    lead = lines[first][:sentence.end()].strip() if sentence else lines[first]
    return lead if len(lead) <= 200 else lead[:lead.rfind(" ", 0, 160)] or lead[:160]
