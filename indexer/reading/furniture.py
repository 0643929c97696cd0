"""Page furniture by its form: what a site sets around a text, told from the text by how it is set.

``clean.py`` knows the words portals label their furniture with (发布时间：, 【打印】, 相关推荐). A site it has
never seen still sets its furniture in a few forms, whatever words it uses, and a report never takes them:

- a menu row: several short cells side by side with no sentence in them, among them a site's own functions
  (a language switch, a search, the text's size, a feed, a guide);
- a site's name repeated on one line around its logo's alternative text (某某管理局logo 某某管理局logotype某某管理局),
  or its names set as a watermark between the text's paragraphs (某某汇,某某文库);
- an image's file name left where the picture was (image.pngimage.png), a credit for the copy inserted into a
  sentence (…发文章转载于某某网展的…), a pager (页: [1]), a copyright line (© 2001-2017), a more-link (>>最新信息);
- a page ``<title>`` of search keywords joined by underscores and ending in a site's name, which the page
  never repeats (a real page's ``<title>`` repeats its headline);
- the site's hotline above the text (服务热线 400-…): a report's own contact comes at its end;
- a row of counters (查看: 1237|回复: 0, 阅读 356 | 评论 2) and a day row with its weekday (2024年3月5日 星期二, a
  site's widget of today's date), recognised here once for the cleaning, the titles and the years alike;
- a forum's anti-copy jammer (random pairs of a digit or a sign, a blank and a letter at each line break) and the
  forum's own strings it hides beside it, told by repetition (found at two jammers) or by a site's name's form;
- a picture's credit where the picture was (示意图/某某, a one-sentence caption closed by who took it: …。某某摄, or
  by its credit in brackets: 大会现场（某某/摄）, …。（圖/某某提供）);
- the site's label for where its text starts (【正文】, 正文复制, 正文：glued to the first line), a row of ornaments (◇) or of
  any other signs with no letter, figure or character among them (↧, ↓↓↓, an emoji), a paper's end mark glued after the
  last sentence (…。◇) and its page-turn notes glued at either end of a paragraph ((下转四版), （上接第一版）);
- a repost's label for where it took the copy glued after the text's end (…。(记者 某某) 本文来自某某社), and a hijacker's
  keyword run inserted inside a sentence (…看出,*某某_某某彩票-投注*官网@县…), cut when the run alone is an advertisement;
- the site's guide to the text (导读：an excerpt, 本文目录导读:), a wiki's tagline and its marks (自由的百科全书, [编辑],
  [来源请求]), the count of the characters the site shows (…(未完,全文共N字,当前仅显示…), a repost's watermark rows between
  paragraphs (the page's address closing a row of no sentence: ----标题//----某某网 http://…//; 本文原始标题为:…; （原标题：…）);
- the rows every portal's template sets, in any site's words: a pager with its steps, a copyright line however it
  opens, a visit counter, the site naming who runs it (本网站由…主办, 技术支持：…), its reprint terms (by what they ask
  to keep, whatever the verb: 转载请附上原文出处链接), the line for
  reporting illegal content, a post's row with its clock time above the text (a forum's too, 某某 - 2022/4/2 18:24:00,
  and the poster's account alone), a counter's label its script fills (浏览量), a document site's count of its pages
  and its call to download (当前文档共47页, 下载后继续阅读) and its rows in English (Upload: others, 8 views), the header of
  the site's statement (某某网版权与免责声明) and a platform's safe-harbour formula (…仅提供信息存储服务), the editor's row glued
  after the last sentence ((责任编辑:某某)); a unit's name after a field's label (主办单位：…) is a footer's value, never a
  signature;
- the site speaking of the copy it carries (仅代表作者观点，不代表本站立场; 未经本网授权不得转载; 如有侵权请联系删除),
  filing it (收录于话题), listing its other pages under a header that says which and what (随机文章, 某某推荐阅读);
- a row of the site's own links (网站首页 | 网站地图), a file link with its size (PDF(186 KB)), an expander's control
  (作者信息 +, 展开详细 glued after the text's last stop), instructions naming a key chord (Ctrl + P), a Markdown picture (![]()), a database's start mark (<正>);
- the page's tail: after the text's last sentence, once the site's furniture has started (a button row, a
  list header, a copyright), the short lines after it are the site's too, and so are the short whole lines before
  the furniture that closes the page (阅读原文, 特别声明 over the site's statement); a news item ends on its credit in
  brackets (…。（某某社）), and with no sentence after it what follows is the site's calls and teasers — a report
  ends on its signature and its date, a news item on its credits, which stay wherever they are.

Every rule is a form, and each has a test that a report's own short lines (headings, 一、…, table rows,
signatures, dates) survive it. Nothing here rewrites a character of the text: lines are dropped, or a
furniture piece glued to a line is cut off it.
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)
from collections import Counter
from collections.abc import Callable

from ..text import CJK, CN_DIGITS, PARK_WORD_RE, UNIT_END

_SENTENCE = re.compile(r"[。！？!?；;]")

# ------------------------------------------------------------ pieces glued into a line

# an image's file name as a page's text keeps it where the picture was (image.png, IMG_2031.JPG), one or
# several in a row; only ASCII names: a Chinese file name cannot be told from the sentence it is glued to
_IMAGE_NAMES = re.compile(r"(?<![A-Za-z0-9_.-])(?:[A-Za-z0-9_\-]{1,40}\.(?:png|jpe?g|gif|bmp|webp|svg)\s*)+", re.I)
# …and a line that is file names and nothing else, whatever their letters (微信图片_20230414184439.jpg, 图片1.png): a
# picture's name left as its caption
_IMAGE_LINE = re.compile(r"^(?:[^\s。，,！？；]{1,40}\.(?:png|jpe?g|gif|bmp|webp|svg)\s*)+$", re.I)
# an HTML element's tag left in the text by a scrape (<div id="comjz">, </ol>, <em class="x">): no Chinese sentence
# writes a tag; a comparison (x<5) has no tag's name after its <
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s+[A-Za-z-]+(?:=\"[^\"<>]{0,60}\"|='[^'<>]{0,60}'|=[^\s<>]{1,40})?)*\s*/?>")
# …and a tag whose opening "<" the scrape cut off or garbled (seline src="/upPic/x.jpg">今年以来…, 记者?strong style="margin:
# 0px;">某某报道): what is left is ASCII up to a quoted attribute's value, more of them or none, and the ">" closing the tag —
# markup whatever the attribute, as no Chinese sentence writes name="value">
_TAG_TAIL = re.compile(r"(?<![A-Za-z0-9\"'=])[A-Za-z][^<>\"'\n]{0,40}?=\s*(?:\"[^\"<>\n]{0,400}\"|'[^'<>\n]{0,400}')"
                       r"(?:\s*[A-Za-z:-]+\s*=\s*(?:\"[^\"<>\n]{0,400}\"|'[^'<>\n]{0,400}'))*\s*/?>")
# a picture as a converter to Markdown writes it (![说明](地址)), and a database's mark before the text it shows
# (<正>近日…): neither is anything a report writes
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]{0,80}\]\([^)\s]{0,300}\)")
_MARK_AT_START = re.compile(rf"^<[{CJK}]{{1,2}}>(?=\S)")
_TEXT_LABEL = re.compile(r"^[【\[]?正文[】\]]?\s*[:：]\s*(?=\S)")
# a site's credit for the copy it took, inserted into the sentence (…对工业陶瓷产业发文章转载于某某网展的推动作用):
# no writer says 文章转载于 of his own text
_INSERTED_CREDIT = re.compile(rf"(?:文章|本文)(?:转载于|转载自|轉載於|轉載自|来源于|來源於|来自|來自)[{CJK}A-Za-z0-9]{{1,14}}?(?:网站|網站|网|網)")
# a document site's call to click for more of its copy, inserted anywhere into the text, mid-word too (…各项社会事点击查看本资料
# 原创网站更多文章业协调发展): no writer tells his reader to click inside his own sentence
_INSERTED_CALL = re.compile(r"(?:点击|點擊)(?:查看|进入|進入|阅读|閱讀)[^。，,！？\s]{0,12}?(?:更多|全部)(?:文章|内容|內容|资料|資料|范文|範文|精彩)")
# a site's name as sites name themselves: a short name ending in 网, 文库, 之家 or 汇 (…文库, 办公文档之家, 稿子汇)
_SITE_NAME = rf"[{CJK}A-Za-z0-9]{{1,10}}(?:网|網|文库|文庫|之家|汇|匯)"
# …two or more of them side by side, as a watermark set between paragraphs or after a heading: a report never
# lists site names with nothing else on the line
_WATERMARK = re.compile(rf"(?:^|(?<=\s)){_SITE_NAME}(?:\s*[,，、|｜]\s*{_SITE_NAME})+\s*$")


# a site's name and address glued after the text's last full stop (…报告如下。 某某汇 www.x.com): the copy's
# watermark; a sentence that gives an address writes it inside the sentence
_ADDRESS_AFTER = re.compile(rf"(?<=[。！？」”])\s*{_SITE_NAME}\s*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z]{{2,6}}){{1,2}}/?[\s|｜]*$")


# a wiki's marks in its article: the edit link after a section's heading (申请[编辑]) and its editors' requests set after
# a sentence (…建成[來源請求]，…; [需要引用], [谁？]): MediaWiki's, on every wiki and its mirrors; no text writes them
_WIKI_MARK = re.compile(r"\[(?:编辑|編輯|编辑源代码|編輯原始碼|來源請求|来源请求|需要引用|需要來源|需要来源|需要解释|需要解釋|"
                        r"谁|誰|何时|何時|哪里|哪裡|原创研究|原創研究|失效链接|失效連結)[?？]?\]")
# the site's count of what it shows glued to the text's line it cut short (…始终……(未完,全文共6661字,当前仅显示2339字,请…)
# the site's count of the text's characters glued after a line, the headline's most often (标题[此文共12424字]): a
# counter's, never the text's (alone on its line it is clean.py's row 本文共615字)
_COUNT_AFTER = re.compile(r"(?<=\S)\s*[\[【(（]\s*(?:此文|本文|全文)\s*(?:共|约|約)\s*[\d,]+\s*字\s*[\]】)）]\s*$")
_UNFINISHED_AFTER = re.compile(r"(?:^[.…·\s]*|(?<=\S)\s*)[(（]\s*未完\s*[,，、].{0,80}$")
# the original title in brackets glued after a reposted item's last sentence (…。（原标题：某某园区集中签约一批项目）)
_ORIGINAL_TITLE_AFTER = re.compile(r"(?<=[。！？!?”」])\s*[(（]\s*(?:原标题|原標題|原题|原題)\s*[:：][^()（）]{1,80}[)）]$")
# a paper's or a wire's mark closing its item, an ornament glued after the last sentence (…只租不售。◇, …开工。■): a
# sentence closes on its stop; (□ and ○ stand for a masked character or a zero, never an end mark here)
# the editor's credit a news site's template sets after the text, glued after its last sentence ((责任编辑:某某), 【编辑：某某】,
# whatever the post before 编辑: (实习编辑:某某)): on a line of its own it is a field's row (clean.py's labels); a news item's own credit in brackets names no editor
_EDITOR_AFTER = re.compile(rf"(?<=[。！？!?”」)）])\s*[(（【\[]\s*(?:[{CJK}]{{0,4}}?(?:编辑|編輯)|责编|責編)\s*[:：丨]\s*[^()（）【】\[\]。，,]{{1,16}}[)）】\]]\s*[|｜]?\s*$")
# the copy's origin as a repost's label glued after the text's end, its last stop or its credit in brackets (…交流。(记者
# 某某) 本文来自某某社): a writer never says where his own text comes from; inside a sentence it is a report's word
_ORIGIN_AFTER = re.compile(r"(?<=[。！？!?”」)）])\s*(?:本文|文章|此文)(?:来自|來自|转载自|轉載自|转自|轉自|来源于|來源於|摘自)\s*[:：]?\s*"
                           r"[^。，,！？\s()（）]{2,24}\s*$")
# …and the site's terms for reprinting in brackets glued after the text's last stop (…位居全市第一。(如需转载,请注明来源自
# 某某网)): a writer never tells how to copy his own text; the page may cut the bracket off unclosed
_REPRINT_AFTER = re.compile(r"(?<=[。！？!?”」])\s*[(（【]\s*(?:如需|如要|欢迎|歡迎)?(?:转载|轉載)[^()（）【】]{0,40}(?:[)）】]\s*)?$")
# a paper's note where an item goes on or comes from on another page, or where more on it is (…精准对接。 (下转四版),
# （上接第一版）某某…, (相关报道详见A2版)): the layout's, never the text's; alone on its line or glued at either end
_PAGE_TURN = re.compile(r"^\s*[(（]\s*(?:上接|接|紧接|緊接)\s*第?\s*[A-Z\d一二三四五六七八九十]{1,3}\s*[版页頁]\s*[)）]\s*|"
                        r"\s*[(（]\s*(?:(?:下转|下轉|转|轉|转至|轉至)\s*第?\s*[A-Z\d一二三四五六七八九十]{1,3}\s*[版页頁]|"
                        r"(?:相关报道|相關報導|相关新闻|相關新聞)?(?:详见|詳見|见|見)\s*第?\s*[A-Z\d一二三四五六七八九十]{1,3}\s*版)\s*[)）]\s*$")
# (a report's own reference to its page, （见第3页）, is no paper's: only a paper's 版 is seen elsewhere)
# a picture's note in brackets glued after a caption's last stop (…351个。 (网络图片), …厂房。（资料图）): the picture's, never a
# sentence's (a sentence's own bracket after its stop, （下同）, （单位：万元）, names no picture)
_PICTURE_NOTE_AFTER = re.compile(r"(?<=[。！？!?”」])\s*[(（][^()（）]{0,8}?(?:图片|圖片|照片|资料图|資料圖|配图|配圖|示意图|示意圖|"
                                 r"网络图|網絡圖|网图|網圖)[^()（）]{0,6}[)）]$|"
                                 # (…and a short bracket closing on what the picture is, a photo or a picture, whoever's:
                                 # (档案照), (资料照), (某某社图), (本报资料图) — never what the text refers to, （见附图）)
                                 r"(?<=[。！？!?”」])\s*[(（](?![^()（）]*[见見参參如])[^()（）。，,]{0,6}(?:照|图|圖)[)）]$")
_END_MARKS = "◇◆■●★☆▲△▼▽※◎♦"
_END_MARK_AFTER = re.compile(rf"(?<=[。！？!?」”])\s*[{_END_MARKS}]+$")


# an official document's page number as GB/T 9704 sets it, the figure between two 一字线 (— 1 —): alone on its line, or
# inside a line where a converter ran the pages' text together (…2018年2月13日 — 1 — 珠海市2018年…); a report's own
# dashes join words or figures, never a lone page figure set off by spaces
_PAGE_NUMBER = re.compile(r"(?:^|\s+)[—－]\s?\d{1,3}\s?[—－](?=\s|$)|^-\s?\d{1,3}\s?-$")


# a page's HTML left as its text, however long its attributes (<p style="margin-top: 0px; … font-family: 微软雅黑, …;">): the
# elements HTML sets as blocks break the line where the page breaks it, and the inline ones (span, a, font, strong, img)
# go; the names are HTML's own, so a comparison in a sentence (产值<100亿元>) is no tag
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|tbody|thead|section|article|blockquote|hr|dd|dt|dl|"
                        r"header|footer|figure|figcaption|center|pre)(?:\s[^<>]{0,3000})?/?>", re.I)
_INLINE_TAG = re.compile(r"</?(?:span|a|font|strong|b|i|em|u|img|sup|sub|small|big|label|section|o:p|st1:[a-z]+|iframe|video|"
                         r"source|audio|input|button|select|option|script|style|meta|link|col|colgroup|wbr|nobr|ins|del|s|"
                         r"strike|abbr|cite|code|mark|q|time|picture|svg|path)(?:\s[^<>]{0,3000})?/?>", re.I)


# a government portal's links to the governments above it, set as cells at the page's top (中国政府网 | 某某省人民政府 |
# 某某州人民政府), with the accessible view's switch after them (网站无障碍, 长者模式), run into the headline by a scrape:
# every portal of the State Council's rules carries them; a report's words never open with governments joined by bars
_GOV_LINK = rf"[{CJK}]{{2,12}}(?:人民政府|政府网|政府網|门户网站|門戶網站|政府网站|政府網站)"
_GOV_LINKS_BEFORE = re.compile(rf"^(?:{_GOV_LINK}\s*[|｜]\s*)+{_GOV_LINK}\s*(?:(?:网站|網站)?(?:无障碍|無障礙)(?:浏览|瀏覽|阅读|閱讀)?|"
                               r"长者模式|長者模式|关怀版|關懷版|适老版|適老版)?\s*")
# the site's home link opening a line, the crumbs after it set apart by spaces alone (首页 新闻 园区动态, 首頁 地方 高雄,
# 首页 [某某园]的解释): a breadcrumb's first word, never a headline's — 首页 names the site's home page, and a headline
# the trail ends on is the page's own, whatever its separators
# (a trail whose crumbs are set apart by marks, 首页 > 新闻 >, 首頁 | 新聞 |, is the site's row, as clean reads it)
_HOME_WORD_BEFORE = re.compile(r"^(?:网站首页|網站首頁|首页|首頁)\s+(?=[^\s>»›＞<«|｜/／:：\-－—])")
# …and the trail alone, its crumbs a section's short names (首頁 地方 高雄): the whole line is the site's
_HOME_TRAIL = re.compile(r"[^\s。，,！？；;:：]{1,6}(?:\s+[^\s。，,！？；;:：]{1,6}){0,4}\s*")
# a spammer's keyword in ASCII brackets inserted inside a sentence (…结构调整、[注册某国公司]促进…): a link's anchor the
# hijacker set between two words; Chinese prose brackets its remarks with （）, 〔〕 or 【】, and a wiki's marks ([编辑])
# are cut above; a document number's year ([2007]) has figures
_BRACKETED_INSERT = re.compile(rf"(?<=[{CJK}、，,；;])\[[{CJK}]{{3,12}}\](?=[{CJK}])")
# a page's date, source and counter rows run into the lead's first words (發布于:2011/1/7 來源:某某 點擊次數:站在…): two
# labels or more, each with its short value or none, before the text — a template's, as a row of them alone is
META_RUN_BEFORE = re.compile(r"^(?:(?:发布于|發布于|發佈於|发布时间|發布時間|發佈時間|来源|來源|点击次数|點擊次數|浏览次数|瀏覽次數|"
                              r"阅读次数|閱讀次數|作者)\s*[:：]\s*(?:[\d/.\-: ]+|[^\s:：，,。！？]{1,12}(?=\s))?\s*){2,}(?=[^\s\d])")
# (the rest is the text when it is prose, a clause and its comma or stop within a sentence's reach, no further label: a
# row of labels whose values ran long, 来源:某某管理委员会 字体:[ ], stays a row)
_PROSE_AFTER = re.compile(r"[^:：|｜\[\]【】\s]{4,60}?[，,。；;]")
# a run of a table's empty cells at either end of a line (three bars or more, spaces between)
_TABLE_RULES = re.compile(r"^(?:\s*[|｜]){3,}\s*|(?:\s*[|｜]){3,}\s*$")
# a site's tag for itself in 【】 before the byline that opens its lead (【某网】(某某日报记者 某某) …): the outlet, as 某某讯
# is, before the paper's own credit
# the word a news outlet's name ends in (某某新聞台, 某某News, 某某人头条, 某某日报, 某某网, 某某通讯社): the title reader takes an
# outlet's tag so named off a lead's first words too
OUTLET_NAME_END = r"(?:新聞台|新闻台|電視台|电视台|頭條|头条|[Nn]ews|NEWS|TV|日报|日報|时报|時報|晚报|晚報|商报|商報|新聞|新闻|網|网|台|社)"
_OUTLET_TAG = re.compile(r"^【[^】\s。，,]{1,8}】\s*(?=[(（][^()（）]{0,30}(?:记者|記者|通讯员|通訊員))|"
                         # …an outlet's tag by the word its name ends in, whatever follows (【某某新聞台】, [某某News今日新聞],
                         # 【某某人头条】); a tag with its day (【某某2015年02月12日訊】) dates the item and stays, and so does a
                         # dateline's (【某某專訊】, 【某某晚報消息】): under a headline it tells the title reader that the line
                         # above is the headline
                         rf"^[【\[][^】\]\s。，,：:！？\d]{{1,16}}?{OUTLET_NAME_END}[】\]]\s*(?=\S)")
# (a reporter's credit in brackets opening the lead, 〔記者某某／台中報導〕, stays: it says by whom and marks the text as news,
# which the type reader reads — taking it off in session 35 typed a credited item 其他)


def split_markup(line: str) -> list[str]:
    """``line`` as the lines its HTML sets (see _BLOCK_TAG), with no tag left: a scrape that kept a post's source."""
    if "<" not in line or ">" not in line or not (_BLOCK_TAG.search(line) or _INLINE_TAG.search(line)):
        return [line]
    return [y for x in _BLOCK_TAG.split(line) if (y := _INLINE_TAG.sub("", x).strip())]


# a channel's call to follow it, glued before the text by a blank (提示:点击上方"某某"↑↑↑关注我们 日前，…): the account's
# template line, the tap and the follow named (a whole line of it is clean.py's)
_FOLLOW_PROMPT_BEFORE = re.compile(r"(?:提示|温馨提示|溫馨提示)?\s*[:：]?\s*[↓↑👆▲\s]*(?:点击|點擊)(?:上方|下方|蓝字|藍字)[^。！？!?]{0,24}?"
                                   r"(?:关注|關注)(?:我们|我們)?[!！~～]?\s+(?=\S)")


def strip_glued(line: str, is_advert: Callable[[str], bool]) -> str:
    """``line`` less the furniture glued into it: image file names, an inserted credit, a watermark of site
    names after a heading, a hijacker's ``<title>`` run into the first sentence (judged by ``is_advert``)."""
    if line[:2] == "正文" or line[:3] in ("【正文", "[正文"):
        line = _TEXT_LABEL.sub("", line)  # (正文：近日…: the site's label for the text, glued to its first line)
    if ("点击" in line[:12] or "點擊" in line[:12]) and (m := _FOLLOW_PROMPT_BEFORE.match(line)):
        line = line[m.end():]  # (提示:点击上方"某某"↑↑↑关注我们 日前，…: a channel's call to follow glued before its text)
    if line[:1] in "首網网" and (m := _HOME_WORD_BEFORE.match(line)):
        # (首页 [某某园]的解释: the trail's home word before the headline; 首頁 地方 高雄: the trail and nothing else; 首页 某栏目
        # 某栏目 English: the site's menu whole, its home word one of its cells)
        line = "" if _HOME_TRAIL.fullmatch(line, m.end()) or is_menu_row(line) else line[m.end():]
    if "政府" in line[:60] and ("|" in line[:60] or "｜" in line[:60]) and (m := _GOV_LINKS_BEFORE.match(line)):
        line = line[m.end():]  # (中央人民政府 | 某某省人民政府 网站无障碍标题…: the portal's links glued before the headline)
    if "[" in line and (m := _BRACKETED_INSERT.search(line)):
        line = _BRACKETED_INSERT.sub("", line)  # (…调整、[注册某国公司]促进…: a hijacker's anchor inside the sentence)
    if "||" in line or "｜｜" in line:
        line = _TABLE_RULES.sub("", line)  # (某某工作报告 | ||||||||: a scraped table's empty cells run onto a line's ends)
    if ":" in line[:40] or "：" in line[:40]:
        if (m := META_RUN_BEFORE.match(line)) and _PROSE_AFTER.match(line, m.end()):
            line = line[m.end():]  # (發布于:2011/1/7 來源:某某 點擊次數:站在附近的山頂…: the template's rows run into the lead)
    if line[:1] in "【[" and (m := _OUTLET_TAG.match(line)):
        line = line[m.end():]  # (【某网】(某某日报记者 某某) 近日…: the site's tag before the paper's byline)
    if "<" in line and ">" in line:
        line = _MARKUP.sub("", line).strip()  # (<div id="x"><ol></ol></div>: a page's markup left as its text)
        line = _MARK_AT_START.sub("", line)  # (<正>近日…: a database's mark for where the text starts)
    if "=" in line and ">" in line:
        line = _TAG_TAIL.sub("", line).strip()  # (seline src="x.jpg">今年以来…: a tag's tail, its "<" lost)
    if "![" in line:
        line = _MARKDOWN_IMAGE.sub("", line).strip(" |｜")  # (![]() |: a picture as a converter writes it)
    if "." in line and (".png" in line.lower() or ".jp" in line.lower() or ".gif" in line.lower()
                        or ".bmp" in line.lower() or ".webp" in line.lower() or ".svg" in line.lower()):
        line = "" if _IMAGE_LINE.match(line) else _IMAGE_NAMES.sub("", line).strip()
    if "转" in line or "轉" in line or "来" in line or "來" in line:
        line = _INSERTED_CREDIT.sub("", line)
    if "www." in line:
        line = _ADDRESS_AFTER.sub("", line)
    if "点击" in line or "點擊" in line:
        line = _INSERTED_CALL.sub("", line).strip()  # (…社会事点击查看本资料原创网站更多文章业…: the site's call inserted)
    if "[" in line and ("]" in line[-8:] or "請" in line or "请" in line or "引" in line):
        line = _WIKI_MARK.sub("", line)  # (一、申请[编辑], …建成[来源请求]，…: a wiki's marks in its article)
    if "°" in line and (at := _COORDINATES.search(line)):
        line = (line[:at.start()] + " " + line[at.end():]).strip()  # (某某科學園區23°06′05″N 120°16′56″E / 23.10°N
        # 120.28°E: a wiki's coordinates of the place, as its {{coord}} template sets them beside the article's title)
    if line[-2:-1] == "字" and "共" in line[-16:]:
        line = _COUNT_AFTER.sub("", line)  # (党建工作总结[此文共12424字]: the site's counter glued on)
    if "未完" in line:
        line = _UNFINISHED_AFTER.sub("", line)  # (…始终……(未完,全文共6661字,当前仅显示2339字…: the site's count glued on)
    if "原" in line[-90:] and line[-1:] in ")）":
        line = _ORIGINAL_TITLE_AFTER.sub("", line)  # (…出席签约仪式。（原标题：…）: a portal's note on the item it reposts)
    if "编" in line[-24:] or "編" in line[-24:]:
        line = _EDITOR_AFTER.sub("", line)  # (…王共伟说。 (责任编辑:某某) |: the template's editor row glued on)
    if "文" in line[-40:] and ("来" in line[-40:] or "來" in line[-40:] or "转" in line[-40:] or "轉" in line[-40:] or "摘" in line[-40:]):
        line = _ORIGIN_AFTER.sub("", line)  # (…交流。(记者 某某) 本文来自某某社: a repost's label for where it took the copy)
    if "转载" in line[-48:] or "轉載" in line[-48:]:
        line = _REPRINT_AFTER.sub("", line)  # (…位居全市第一。(如需转载,请注明来源自某某网): the site's terms glued on)
    if ("版" in line or "页" in line or "頁" in line) and ("接" in line[:8] or "转" in line[-10:] or "轉" in line[-10:]
                                                          or "见" in line[-10:] or "見" in line[-10:]):
        line = _PAGE_TURN.sub("", line)  # (…精准对接。 (下转四版): a paper's note where the item goes on)
    if line[-1:] in ")）" and ("图" in line[-12:] or "圖" in line[-12:] or "照" in line[-12:]):
        line = _PICTURE_NOTE_AFTER.sub("", line)  # (…引进亿元项目41个。 (网络图片): the picture's note glued on)
    if line[-1:] in _END_MARKS:
        line = _END_MARK_AFTER.sub("", line)  # (…只租不售。◇: a paper's mark for where its item ends)
    if "—" in line or "－" in line or line[:1] == "-":
        line = _PAGE_NUMBER.sub("", line).strip()  # (…2月13日 — 1 — 珠海市…: the printed page's number)
    if (wm := _WATERMARK.search(line)):
        line = line[:wm.start()].rstrip(" ,，、|｜")
    if "_" in line[:60] or "-" in line[:60]:
        line = _cut_title_prefix(line, is_advert)
    if "_" in line:
        line = _cut_inserted_keywords(line, is_advert)  # (…可以看出,*某某_某某-投注*官网@县…: a hijacker's run inside)
    if "更多" in line or "全文" in line or ">>" in line or "»" in line or "展" in line[-6:]:
        line = _MORE_LINK_AFTER.sub("", line)
    if "【" in line and (promo := _PROMO_AFTER.search(line)) and promo.start() > 0:
        line = line[:promo.start()].rstrip()
    if line.endswith("】") and len(line) <= 80 and (tag := _TITLE_TAG_AFTER.search(line)):
        line = line[:tag.start()]
    return line


# a place's coordinates as a wiki's {{coord}} template prints them, in degrees, minutes and seconds, with its decimal form
# after a slash or not (23°06′05″N 120°16′56″E / 23.101282°N 120.282106°E): a template's line,
# whatever it is run into; a report writes a latitude in words with its figure (北纬23度, 东经120°) and never both forms
_DMS = r"\d{1,3}°\s*\d{1,2}[′']\s*(?:\d{1,2}(?:\.\d+)?[″\"]\s*)?"
_COORDINATES = re.compile(rf"\s*{_DMS}[NS]\s*,?\s*{_DMS}[EW](?:\s*/\s*-?\d{{1,3}}\.\d+°\s*[NS]?\s*,?\s*-?\d{{1,3}}\.\d+°\s*[EW]?)?"
                         r"(?:\s*[;；]\s*-?\d{1,3}\.\d+\s*[;；]\s*-?\d{1,3}\.\d+)?")


# a page <title>'s tag after its headline, set off by a dash (…新增两家省级孵化器-【资讯】): the site files its page under it;
# a report's title names no column of a site in brackets after a dash
_TITLE_TAG_AFTER = re.compile(rf"(?<=[{CJK}\d”」》）)])\s*[-_－]\s*【[^】\s]{{1,8}}】$")


# a more-link glued to a teaser's end (…兒童遊戲場建置經費四九○萬元… 阅读全文>> |, ……看更多, a post's teaser cut …… 更多): the
# teaser stays (the ellipsis after its last stop, a mark of the cut, goes with the link); and an
# expander's control glued after the text's last stop (…新引擎。 展开详细): the text stays
_MORE_LINK_AFTER = re.compile(r"(?:(?:(?<=[。！？!?”」])|^)\s*(?:…+|\.{3,})\s*(?:看更多|查看更多|更多)|"
                              r"(?<=\S)\s*(?:(?<=[…\.])\s*(?:看更多|查看更多|阅读全文|閱讀全文|查看全文|更多)|"
                              r"(?<=[。！？!?”」])\s*(?:展开|展開)(?:详细|詳細|全文|更多|阅读|閱讀|详情|詳情)?|"
                              r"(?:阅读全文|閱讀全文|查看全文|看更多|查看更多|了解更多|更多)\s*(?:>>|»|›|＞＞)))\s*[|｜]?\s*$")
# a site's promotion in brackets closing a line, with a handle to contact it (【更多公文素材,微信:某某】)
_PROMO_AFTER = re.compile(r"【[^】]{0,20}(?:微信|公众号|公眾號|QQ|qq|加群)\s*[:：]?[^】]{0,24}】\s*$")


# a page <title> glued before the text: segments joined by _ or - (an underscore is no Chinese punctuation), the
# last often a bracketed tag (某某_某某网-【某某平台】)
_TITLE_PREFIX = re.compile(r"^(?:[^\s_\-。，,！？!?：:；]{2,24}[_\-]){1,4}(?:【[^】。，,]{1,20}】|[^\s_\-。，,！？!?：:；]{2,24}[_\-])(?=\S)")


# …and such a run of keywords inserted into a sentence by a hijacker, joined by _ or -, set off by the symbols it
# carries (…可以看出,*某某体育_某某彩票-投注*官网@县科技产业园区…): cut when the run alone is an advertisement
_SEG = r"[^\s_\-*#@。，,！？!?：:；;、“”\"'（）()《》【】]{2,12}"
_INSERTED_KEYWORDS = re.compile(rf"[*#@]?(?:{_SEG}[_\-]){{2,}}{_SEG}(?:[*#@]{_SEG}(?=[*#@]))*[*#@]?")


def _cut_inserted_keywords(line: str, is_advert: Callable[[str], bool]) -> str:
    for m in _INSERTED_KEYWORDS.finditer(line):
        if m.start() > 0 and is_advert(m.group(0)):
            return line[:m.start()] + line[m.end():]
    return line


def _cut_title_prefix(line: str, is_advert: Callable[[str], bool]) -> str:
    m = _TITLE_PREFIX.match(line)
    if m and is_advert(m.group(0)) and not is_advert(line):  # (a keyword line all spam goes whole, in clean.py)
        return line[m.end():]
    return line


# ------------------------------------------------------------ a forum's anti-copy noise

# a forum's "jammer" (Discuz!, the software most Chinese forums run, sets it at each of a post's line breaks, hidden
# by its style): five to fifteen random pairs, a character of ASCII 32-59 (blank, punctuation, a digit), a blank,
# a character of ASCII 63-126 (a letter, @[\]^_`{|}~): ``b9 f3 J/ \3 w6 X- L; x)``. No text writes that rhythm.
# A pair the scrape lost a character of leaves the rest of the run short of the rhythm (…; d J) P" q本报讯): up to four
# blank-led fragments of one or two characters right after a run and before the text are the run's too.
_JAMMER = re.compile(r"(?:[ -;] [?-~]){5,}(?:(?: [!-~]{1,2}){1,4}(?=[^\x00-\x7f]|$))?")
# with it, the forum hides one of its own strings (its name, the <title>, the keywords, the description or its
# address) on the side of the jammer away from the line break, so glued to the post's line: a site's name by its
# form (…论坛, …社区, …网), or an address, when it stands alone beside a jammer
_FORUM_NAME = re.compile(rf"(?:{_SITE_NAME}|[{CJK}A-Za-z0-9]{{1,10}}(?:论坛|論壇|社区|社區|BBS|bbs))|(?:www\d?\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|cn|hk|tw|cc)")


def _common_end(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def strip_jammer(lines: list[str]) -> list[str]:
    """``lines`` less a forum's anti-copy noise (see _JAMMER) and the forum's own strings it hides beside it: a
    string found at two jammers (the keywords a post carries at many line breaks), a site's name or address alone
    beside one, and a string alone beside one that shares a word of letters with those (the description opening with
    the forum's brand). The post's own text glued to them stays; a line left empty goes."""
    if not any(" " in x and _JAMMER.search(x) for x in lines):
        return lines
    split = {i: _JAMMER.split(x) for i, x in enumerate(lines) if " " in x and _JAMMER.search(x)}
    before = [parts[k] for parts in split.values() for k in range(len(parts) - 1) if parts[k]]  # text, then a jammer
    after = [parts[k] for parts in split.values() for k in range(1, len(parts)) if parts[k]]  # a jammer, then text
    alone = [p.strip() for parts in split.values() if len([q for q in parts if q.strip()]) == 1
             for p in parts if p.strip() and len(p.strip()) <= 80]
    pieces: set[str] = set()
    for side, common in ((before, _common_end), (after, lambda a, b: _common_end(a[::-1], b[::-1])[::-1])):
        for k, a in enumerate(side):
            for b in side[k + 1:]:
                if len(shared := common(a, b).strip()) >= 4 and not _SENTENCE.fullmatch(shared[-1:]):
                    pieces.add(shared)
    words = {w.lower() for p in pieces for w in re.findall(r"[A-Za-z]{4,}", p)}
    for p in alone:
        for q in sorted(pieces, key=len, reverse=True):  # (what is left of it once the strings found twice are off)
            p = p[len(q):].lstrip() if p.startswith(q) else p[:-len(q)].rstrip() if p.endswith(q) else p
        if p and (_FORUM_NAME.fullmatch(p) or any(w.lower() in words for w in re.findall(r"[A-Za-z]{4,}", p))):
            pieces.add(p)
    ordered = sorted(pieces, key=len, reverse=True)
    out = []
    for i, line in enumerate(lines):
        if i not in split:
            out.append(line)
            continue
        parts = split[i]
        for k, part in enumerate(parts):
            for p in ordered:
                if k < len(parts) - 1 and part.rstrip().endswith(p):  # (the forum's string, then the jammer)
                    part = part.rstrip()[:-len(p)]
                if k > 0 and part.lstrip().startswith(p):  # (the jammer, then the forum's string)
                    part = part.lstrip()[len(p):]
            parts[k] = part
        if (kept := "".join(parts).strip()):
            out.append(kept)
    return out


# ------------------------------------------------------------ a site's counters and its day row
# Two rows every site's template sets over its pages, recognised here once for every stage that meets them (the
# cleaning drops them over the text, the titles never take them for a headline or a lead, the years never date a page by
# the day of the visit).

# a counter: a label and its number, how often the page was read or answered (查看: 1237, 阅读 356, 浏览次数：1024次,
# 瀏覽:1424, 文档序号:26939716) — a label in words, or a short one of any signs set off by its colon; counters with
# their colons may run together with nothing between them (查看:12回复:3, as a template's cells lose their blanks)
_COUNT = r"\d[\d,]*\s*[次人条條]?"
_LABELLED_COUNT = rf"(?:[{CJK}A-Za-z]{{1,6}}|[^\s\d:：|｜]{{1,4}})\s*[:：]\s*{_COUNT}"
_COUNTERS = re.compile(rf"(?:{_LABELLED_COUNT})+|[{CJK}A-Za-z]{{1,6}}\s*{_COUNT}")
# …set apart by a bar, a slash or a dot (查看: 1237|回复: 0, 点击:88 / 收藏:5), or by blanks after a number (阅读 356  评论 2)
_COUNTER_SEPARATOR = re.compile(r"\s*[|｜/／丨·]\s*|(?<=[\d次人条條])\s+(?=\D)")


# a count of readings labelled by the reading itself (点击1574次, 點閱2635, 浏览量 356): only a page counts its readers so
READ_COUNT = r"(?:点击|點擊|点阅|點閱|阅读|閱讀|浏览|瀏覽|访问|訪問|观看|觀看)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d[\d,]*\s*(?:人次|次)?"
# the same count whose number the page's script was to fill in, its words left (次閱讀, 已有人閱讀此文, 人阅读)
_EMPTY_READ_COUNT = re.compile(r"(?:已有)?\s*(?:人次|次|人)\s*(?:阅读|閱讀|浏览|瀏覽|观看|觀看)(?:过|過)?(?:此文|本文)?")
# a count of the readers' part in the page (参与互动 0, 评论(3), 點讚 12): only a page counts its readers' replies
_INTERACTION_COUNT = re.compile(r"(?:参与互动|參與互動|评论|評論|点赞|點讚|点赞数|點讚數)\s*[(（]?\s*\d[\d,]*\s*[)）]?")
# the day (and time) a post's row opens with before its counters (2021.04.07点击1574次, 2024-03-05 10:20 阅读 356)
POST_STAMP_BEFORE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=\D)")


def is_counter_row(line: str) -> bool:
    """A row of nothing but counters (see _COUNTERS), the post's day before them or not: how often the page was read
    or answered, which a forum or a portal prints by its headline (查看: 1237|回复: 0, 阅读 356 | 评论 2, 人气: 17,
    2021.04.07点击1574次). A headline says what someone did, never a count; a label and a number alone with no colon
    (人气 779, 企业 36) may be a table's cell, so a lone counter needs its colon — or a reading for its label
    (点击1574次, 點閱2635: READ_COUNT), which no table counts."""
    line = POST_STAMP_BEFORE.sub("", line.strip())
    if _EMPTY_READ_COUNT.fullmatch(line) or _INTERACTION_COUNT.fullmatch(line):
        return True
    fields = [f for f in _COUNTER_SEPARATOR.split(line) if f]
    return bool(fields) and all(_COUNTERS.fullmatch(f) for f in fields) \
        and (len(fields) >= 2 or bool(re.search(r"[:：]", line)) or bool(re.fullmatch(READ_COUNT, line)))


# the weekday after a day, as a site's day row writes it, in either script, in brackets or not (星期二, 周二, 週二,
# 礼拜二, (周四), （星期四）): a document dates itself by its day alone (成文日期), so a row of a day and its weekday is a
# template's (a site's widget, a paper's masthead)
WEEKDAY = r"[(（]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[)）]?"
# a site's day row: the day with its year, in words or in figures, then its weekday, a clock ticking after it or not
# (2024年3月5日 星期二, 2024-03-05 (周二), 今天是2024年3月5日 星期二 09:41:05)
_WEEKDAY_ROW = re.compile(rf"\s*(?:今天是|今日)?\s*(?:19|20)\d{{2}}(?:\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
                          rf"\s*{WEEKDAY}\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*)?"
                          # (a blog template's widget, its weekday first and its month in words: 星期一, 十二月 5th, 2016)
                          rf"|\s*{WEEKDAY}\s*[,，]?\s*[一二三四五六七八九十]{{1,3}}月\s*\d{{1,2}}(?:st|nd|rd|th)?\s*[,，]\s*(?:19|20)\d{{2}}\s*")


def is_weekday_row(line: str) -> bool:
    """A day with its year and its weekday on a row of their own (see _WEEKDAY_ROW): the widget of today's date a
    site's template sets over every page, or a paper's day of issue over its pages — the site's, never a headline nor
    a lead, and no date a writer gave the text (a story's own date row carries no weekday, or puts its clock time
    before it: 2024-03-05 10:30 星期二)."""
    return bool(_WEEKDAY_ROW.fullmatch(line))


# ------------------------------------------------------------ lines of their own

# a language's own name as a site's switch prints it (English, Français, Русский язык, 日本語, 한국어, 中文, 繁體)
_LANGUAGES = (r"中文|简体|簡體|繁體|繁体|English|ENGLISH|EN|Français|Francais|Русский(?:\s*язык)?|日本語|한국어|Español|"
              r"Deutsch|Português|Italiano|lingua italiana|Türkçe|Tiếng Việt|Bahasa(?:\s+\w+)?|Қазақ(?:\s*тілі)?|"
              r"عربي|العربية|ภาษาไทย|Монгол|Polski|Nederlands")
# a menu's cell that names one of the site's own functions, in any site's words: the language switch, the
# search, the guide, the text's size, the accessible view, the feed, the home page, logging in, the edition
_SITE_CELL = re.compile(rf"(?:{_LANGUAGES}|Language|正體|中文版|RSS|[^\s]{{0,4}}RSS|"
                        rf"[{CJK}]{{0,4}}(?:搜尋|搜索|檢索|检索|指南|地圖|地图|導覽|导览|導航|导航|首頁|首页|登入|登录|登錄|註冊|注册)|"
                        r"(?:預設|预设|較大的|较大的|最大的|較小的|较小的|最小的|標準|标准)?字(?:體|体|型|號|号|級|级)(?:大小)?|"
                        r"\S{0,3}(?:無障礙|无障碍)\S{0,4}|"
                        # (the switch between the site's editions: 行動版 電腦版, 手机版 | 电脑版)
                        r"(?:手机|手機|行動|行动|电脑|電腦|桌面|触屏|觸屏|移动|移動|PC|网页|網頁)版|"
                        # (an e-paper's own steps: back to the page, the pages' index, the page before and after)
                        r"返回版面|版面导航|版面導航|上一版|下一版|返回目录|返回目錄)", re.I)
_MENU_SPLIT = re.compile(r"[\s|｜/／]+")


def is_menu_row(line: str) -> bool:
    """A row of four or more short cells, no sentence, no figure, two of them the site's functions (預設字體大小
    較大的字體 訂閱RSS 進階搜尋 網頁指南 English 繁體 简体)."""
    if len(line) > 120 or re.search(r"[。，,！？；:：\d]", line):
        return False
    cells = [c for c in _MENU_SPLIT.split(line) if c]
    if not 4 <= len(cells) <= 16 or any(len(c) > 10 for c in cells):
        return False
    return sum(bool(_SITE_CELL.fullmatch(c)) for c in cells) >= 2


def is_site_links_row(line: str) -> bool:
    """Two or three short cells and nothing else, each one of the site's own functions (网站首页 | 网站地图, 首頁 搜尋):
    what a page's header or footer links to, never a line of a report."""
    if len(line) > 40 or re.search(r"[。，,！？；:：\d]", line):
        return False
    cells = [c for c in _MENU_SPLIT.split(line) if c]
    return 2 <= len(cells) <= 3 and all(len(c) <= 8 and _SITE_CELL.fullmatch(c) for c in cells)


# a site's name printed twice or more on one line, with its logo's alternative text (某某管理局logo 某某管理局logotype
# 某某管理局), or three times: a headline is printed once a line (a title doubled before its text is clean.py's)
_NAME_REPEATED = re.compile(r"^(?P<n>\S{4,40}?)(?:\s*(?P<logo>(?i:logo(?:type)?|標誌|标志))?\s*(?P=n))+\s*(?i:logo(?:type)?)?$")


def _name_repeated(line: str) -> bool:
    # (the name is the line's first 4 characters or more, printed again after them: a line that does not hold its
    # first 4 characters again is not tried, which would backtrack over every length of the name)
    m = _NAME_REPEATED.match(line) if len(line) <= 160 and line.find(line[:4], 4) >= 0 else None
    if not m:
        return False
    copies = line.count(m.group("n"))
    return copies >= 3 or bool(re.search(r"(?i)logo|標誌|标志", line))


# the crafts that make a news item, as a credit names them (撰稿, 摄像, 编辑, 审核…), one or several joined (撰稿、摄像), and
# who did them: names of two to four characters, several set apart
_CRAFT = (r"(?:撰稿|撰文|文字|文|图|圖|图片|圖片|摄影|攝影|摄像|攝像|拍摄|拍攝|视频|視頻|剪辑|剪輯|后期|後期|编辑|編輯|责编|責編|"
          r"责任编辑|責任編輯|实习编辑|實習編輯|审核|審核|审校|審校|审稿|審稿|终审|終審|校对|校對|供稿|配音|制作|製作|监制|監製|"
          r"策划|策劃|设计|設計|美编|美編|翻译|翻譯|统筹|統籌)")
_CRAFTS = rf"{_CRAFT}(?:\s*[、,，/／]\s*{_CRAFT})*"
_NAMES = rf"[{CJK}·]{{2,4}}(?:[ \u3000、]+[{CJK}·]{{2,4}}){{0,3}}"


# the marks a site sets round a link's words to point at it (↓↓, ▼, →, >>, …)
_POINTERS = r"[↓↑→←▼▲▶►◀>»›＞…·.\s\-—]*"
_LINE_FORMS = re.compile(
    # a copyright line: © 2001-2017 某某, Copyright © …, (c) 2020
    r"^(?:©|Ⓒ|Copyright\b|\([cC]\)\s*(?:19|20)\d{2})[^。！？]{0,80}$"
    # a template's field labels whose values its script never filled, two or more in a row (出版:更新:, 来源： 作者： 时间：)
    r"|^(?:[^\s\d:：。，,]{1,4}\s*[:：]\s*){2,6}$"
    # a post's day and the column it is filed under, alone on a line (2015.04.16 投資, 2013年04月25日财经): no text writes
    # a day and a noun with nothing between; a day that runs on as a text's does (起, 至, 前, 上午, 星期, 讯) or a document's
    # record of what was done that day (印发, 通过, 施行) is no such row
    rf"|^(?:19|20)\d{{2}}\s*(?:[-./]\s*\d{{1,2}}\s*[-./]\s*\d{{1,2}}|年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*"
    rf"(?![起止至前后後以到讯訊电電消報报星上下晚凌早中午印发發公通签簽修施生颁頒制])[{CJK}]{{2,4}}$"
    # the file names a phone or a messenger gives the pictures it saves, left where the pictures were (mmexport and the
    # time in milliseconds, 微信图片_ and the time, IMG_ and the day): no text names a file by a time stamp
    r"|^(?:(?:mmexport\d{10,13}|微信图片_\d{8,14}(?:_\d{1,3})?|微信圖片_\d{8,14}(?:_\d{1,3})?|IMG_\d{8}_\d{6})(?:\.[A-Za-z]{3,4})?\s*)+$"
    # a call to scan the page's code and read it on a phone (扫描二维码推送至手机访问。, 掃一掃在手機打開當前頁): the site's
    r"|^[^。！？]{0,6}(?:扫描|掃描|扫一扫|掃一掃|扫码|掃碼)[^。！？]{0,12}(?:手机|手機|移动端|移動端)[^。！？]{0,12}[。.]?$"
    # a picture's control to enlarge it (放大圖片, 点击放大, 查看大图): the page's button
    r"|^(?:点击|點擊)?(?:放大|缩小|縮小)(?:图片|圖片|图像|圖像|查看)?$|^(?:点击|點擊)(?:查看)?(?:大图|大圖)$"
    # who wrote and took the pictures, by their crafts and a slash, opened by a mark (◎ 文、圖 / 某某組 某某): a magazine's
    # credit row closing its article; a report's sentence names no craft before a slash (with no mark, 文、圖/某某 over a
    # lead is the news item's own credit, which tells its genre: the title reader takes it)
    rf"|^[◎●■□◆]\s*{_CRAFTS}\s*[/／]\s*[^。，,！？/／]{{2,24}}$"
    # …and the bracketed credit that closes an item, the unit before its craft or the craft before its people
    # ((某某部 供稿), (某某局供稿), (文/图 某某公司 某某), (文图：某某)), or where the text was taken from (本文选自…, 摘自…)
    rf"|^[(（]\s*[^()（）。，,！？:：/／]{{2,24}}?\s*(?:供稿|供图|供圖|撰稿)\s*[)）]$"
    rf"|^[(（]\s*{_CRAFTS}\s*[/／:：]\s*[^()（）。，,！？]{{2,30}}[)）]$"
    r"|^[(（]\s*(?:本文|此文)?(?:选自|選自|摘自|转自|轉自|原载于?|原載於?|原文刊于|原文刊於)[^()（）。！？]{2,40}[)）]$"
    # where the page had its data or pictures from, on a line of its own (某某局提供, 圖／某某公司提供, 《某某月刊》整理): a
    # credit — the unit ends as units' names do, or a periodical's name is in its marks
    r"|^[(（]?\s*(?:(?:圖|图|照片|圖片|图片|資料|资料|资料来源|資料來源)\s*[/／:：]\s*)?[^\s。，,！？：:]{1,16}"
    r"(?:局|部|处|處|会|會|中心|公司|社|报|報|网|網|台|臺|组|組|所|院|府|馆|館|署|厅|廳|委)(?:提供|供图|供圖)\s*[)）]?$"
    r"|^[(（]?\s*(?:资料来源|資料來源|来源|來源)?\s*[:：]?\s*《[^《》]{2,20}》\s*(?:整理|编辑|編輯|提供|製表|制表)\s*[)）]?$"
    # …or said as a sentence of its own without a stop: 图片由通讯员提供, 照片由某某公司拍摄 (who gave the pictures, whoever)
    r"|^[(（]?\s*(?:图片|圖片|照片|图|圖)(?:均)?由[^\s。，,！？：:]{1,16}(?:提供|拍摄|拍攝|摄|攝)\s*[)）]?$"
    # a counter of the site's or the page's visits however labelled (本站访问量：123456, 瀏覽次數: 88)
    r"|^(?:本站|本页|本頁|本文|总|總|今日|累计|累計)?(?:访问|訪問|浏览|瀏覽|点击|點擊|阅读|閱讀)(?:量|数|數|次数|次數|人次|人数|人數)?"
    r"\s*[:：]\s*(?:[\d,]+\s*(?:次|人次)?|次|人次)$"  # (浏览:次: the unit kept, the figure left to the page's script)
    # …and its label alone, the figure left to the page's script (浏览量, 阅读次数：)
    r"|^(?:本站|本页|本頁|本文|总|總|今日|累计|累計)?(?:访问|訪問|浏览|瀏覽|点击|點擊|阅读|閱讀)(?:量|数|數|次数|次數|人次|人数|人數)\s*[:：]?$"
    # the site naming who runs it (本网站由某某主办, 技术支持：某某科技有限公司): a report names its author at its end, never the site's
    r"|^(?:本网站|本網站|本站|本网|本網)[^。，,！？]{0,30}(?:主办|主辦|承办|承辦|维护|維護|运营|運營|运维|運維|制作|开发|開發)[^。，,！？]{0,10}$"
    r"|^(?:技术支持|技術支持|技术服务|技術服務|网站维护|網站維護|运行维护|運行維護)\s*[:：].{0,40}$"
    # the page's rows of who published it and when it was last changed (發佈單位：某某局, 最後更新：2024/03/02 10:12), and
    # where the copy comes from as the site states it (本文經授權轉載自某某, 本文来自：某某日报): a report's own credit is a
    # byline or a bracket (page_credits reads these rows from the page as it was)
    r"|^(?:发布|發布|發佈)(?:单位|單位|机构|機構|部门|部門)\s*[:：].{0,40}$"
    r"|^(?:最後更新|最后更新|更新於|更新于|最後修改|最后修改)(?:時間|时间|日期)?\s*[:：]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}[^。，,！？]{0,20}$"
    r"|^(?:本文|文章|此文|原文)[^。！？]{0,8}(?:转载自|轉載自|转自|轉自|转载于|轉載於|来源于|來源於|来自|來自|摘自|选自|選自)\s*[:：]?[^。！？]{1,40}$"
    # …and the same note with no subject, its verb a label before a colon (转自：某某日报, 转载自：某某网): a field of the site's
    # row, the outlet's name its value; a report's sentence says who took what from whom
    r"|^(?:转载自|轉載自|转自|轉自|转载于|轉載於|转载|轉載)\s*[:：]\s*[^。，,！？\s]{2,30}$"
    # a question-and-answer site's frame round its answer: the asker's body referring back to the title alone (如题所述,
    # 如題), and the site disclaiming the answer its users gave (温馨提示：答案为网友推荐，仅供参考) — a report neither asks nor
    # is answered by its readers
    r"|^(?:如题|如題)(?:所述|所示)?\s*[。.!！?？]*$"
    r"|^[^。！？]{0,8}(?:答案|回答|解答)[^。！？]{0,12}(?:网友|網友|用户|用戶)[^。！？]{0,12}(?:仅供参考|僅供參考)[。.!！]?$"
    # an expander's control alone on its line, whatever it shows (显示全部表格信息, 展开全部内容, 查看完整信息): the page's
    # button; a report's heading names what it is about, never a verb of showing with all of it
    rf"|^(?:显示|顯示|展开|展開|查看|收起|隐藏|隱藏)(?:全部|完整|更多|所有)[{CJK}]{{0,6}}$"
    # an advertisement's call to read on past it (請繼續往下閱讀..., [廣告]請繼續往下閱讀...)
    r"|^(?:[\[【(（]?\s*(?:广告|廣告)\s*[\]】)）]?\s*)?(?:请|請)?(?:继续|繼續)(?:往下|向下)(?:阅读|閱讀|滑动|滑動)[.…]*$"
    # a news site's label for its lists and its columns, alone on a line (相關新聞, 相关阅读, 最新新聞, 新聞分類, 文章分類 全球新聞,
    # 图集, 赞赏): the words every news page prints round its item — a report names no list of the site's (a label
    # with its link after a colon is the row below); pinyin a site sets after it (相关阅读xiang guan yue du) is its too.
    # (新闻中心, a column's name, is left: between a headline and its repeat it keeps the cleaner from joining the rows
    # above the headline to it, s34-eval51's page 07)
    r"|^(?:相关|相關|最新|热门|熱門|推荐|推薦|更多|延伸|其他|其它|往期)(?:新闻|新聞|阅读|閱讀|文章|资讯|資訊|报道|報導|图片|圖片|视频|視頻)"
    r"(?:\s*[a-z]+(?:\s+[a-z]+){1,5})?$"
    # …and a list ranked by how new or how read, naming its topic between as a noun (最新財經新聞, 人氣財經新聞, 人氣社區,
    # 今日整點新聞: session 42, 3 hosts); a clause's 的 makes it a phrase of the text (人气旺盛的社区)
    rf"|^(?:相关|相關|最新|热门|熱門|人气|人氣|今日|推荐|推薦)(?:(?![的之])[{CJK}]){{0,4}}?(?:新闻|新聞|文章|资讯|資訊|消息|社区|社區)$"
    r"|^(?:新闻|新聞|文章|资讯|資訊|栏目|欄目)(?:分类|分類)(?:\s*[:：]?\s*\S{2,8})?$|^(?:新闻|新聞)小百科$|^(?:图集|圖集|赞赏|讚賞)$"
    # a post's counters and buttons (2 次查看0 則留言, 分享 讚好 0): the platform's, never the text's
    r"|^\d+\s*(?:次|人)(?:查看|浏览|瀏覽|阅读|閱讀|观看|觀看)\s*(?:\d+\s*(?:則|则|条|條|个|個)?\s*(?:留言|评论|評論|回复|回覆))?$"
    r"|^(?:分享|转发|轉發)\s*(?:讚好|赞好|点赞|點讚|按讚|收藏)\s*\d*$"
    # where a copy was taken from, alone on its line (摘錄自某某報導, 原文刊於某某新聞): the site's note on its copy, as
    # 本文转载自… is
    r"|^(?:原文|本文|此文)?(?:摘錄自|摘录自|摘自|刊於|刊于|原載於|原载于|原載|原载)\s*[:：]?[^。，,！？]{2,40}$"
    # a flip-book viewer's page number as its toolbar prints it (P. 27): the viewer's, in English whatever the book's
    # language (its row over the page, Page 27 - 某某報告書-, names the book: clean._without_media_mark keeps the name)
    r"|^P\.\s?\d{1,4}$"
    # a pager: 页: [1] 2 3, 页码：1/3, and its numbers alone in brackets ([1] [2])
    r"|^(?:页|頁|页码|頁碼|分页|分頁)\s*[:：]\s*(?:[\[【]?\d{1,3}[\]】]?[\s/]*)*$|^(?:[\[【]\d{1,3}[\]】]\s*)+$"
    # a more-link: >>最新信息, 更多资讯>>, 查看更多 »
    r"|^(?:>>|»|››|＞＞)\s*[^\s。，,！？]{1,12}$|^[^\s。，,！？]{1,12}\s*(?:>>|»|››|＞＞)$"
    # …and "more" alone or with what there is more of, set between arrows or marks pointing to the links
    # (↓↓更多新聞↓↓, ▼更多內容, 更多精彩 →): a link's words, never a sentence (session 41: 2 pages of 1 host left so; bare
    # and >>-marked ones on 4 more hosts)
    rf"|^{_POINTERS}(?:查看|看)?更多(?:新闻|新聞|资讯|資訊|内容|內容|精彩|文章|报道|報導|消息|视频|視頻|影片)?{_POINTERS}$"
    # a call to download the site's app, with the stores it is in (更多精采内容请下载官方APP: 苹果(iPhone)安卓(Android),
    # 點我下載APP): the site's, bidding its reader; a report tells of an app in a sentence (企业可下载园区APP办理…。)
    r"|^[^。，,！？]{0,12}(?:(?:请|請|点我|點我|点击|點擊|立即|马上|馬上|扫码|掃碼)\s*(?:下载|下載)|(?:下载|下載)\s*(?:官方|本站|本网|本網))"
    r"\s*(?:APP|App|app|客户端|客戶端)[^。！？]{0,60}$"
    # a row of buttons in brackets, the first and the last bracket cut by the scrape (关闭】【顶部)
    r"|^[^【】\[\]。，,！？]{1,8}[】\]](?:\s*[【\[][^【】\[\]。，,！？]{1,8}[】\]]?)+$"
    # a site's hot-topic row: 熱門: 某某 某某, 热搜：…
    r"|^(?:热门|熱門|热搜|熱搜|热词|熱詞)\s*[:：][^。！？]{0,80}$"
    # …and a link to another article under the site's label (更多新聞: 某某headline, 延伸阅读：…, 相关新闻：…)
    r"|^(?:更多新闻|更多新聞|更多报道|更多報導|更多资讯|更多資訊|延伸阅读|延伸閱讀|相关新闻|相關新聞|相关阅读|相關閱讀|"
    r"推荐阅读|推薦閱讀|看更多|看了又看)\s*[:：]\s*[^。]{0,80}$"
    # an English word alone on a line of a Chinese page: a button's or a template's label (Language, Close,
    # Loading...), or a word between decorations closing an article (~END~, - END -)
    r"|^[A-Z][a-z]{1,11}(?:\.{3}|…)?$|^[~\-—=*·•\s]+[A-Za-z]{2,8}[~\-—=*·•\s]+$"
    # …and a page's rows in English of who put it up, when, and how often it was seen (Upload: others, Post on 26-May-2020,
    # 8 views, 0 download): a document site's labels, in whatever language the page is
    r"|^(?:Upload(?:ed)?(?:\s+by)?|Post(?:ed)?\s+(?:on|by)|Published\s+(?:on|by))\s*[:：]?\s*\S[^。，,！？]{0,30}$"
    r"|^(?:Categor(?:y|ies)|Tags?)\s*[:：]\s*[^。，,！？]{0,30}$"
    r"|^[\d,.]+\s*[KkMm]?\s+(?:views?|downloads?|likes?|comments?|shares?|pages?)$"
    # a logo's alternative text: the site's name and the word logo (某某新聞網 logo)
    r"|^\S{2,30}\s*(?i:logo|logotype)$"
    # an HTML comment a scrape kept (<!--go-->)
    r"|^<!--.{0,60}-->$"
    # a newspaper page's code alone (G02, A3)
    r"|^[A-Z]{1,2}\d{1,2}$"
    # the site's label for where the text starts, alone or as its copy button (【正文】, 正文：, 正文复制): a text never
    # names itself its body
    r"|^[【\[]?正文[】\]]?\s*(?:[:：]|复制|複製|开始|開始)?$"
    # a row of ornaments alone (◇, ◆ ◆ ◆, ★★★), or of any other signs with no letter, figure or character among them
    # (an arrow, ↧; a box's, a shape's, a dingbat's, an emoji's): the site's separator or a button's glyph, no word of
    # the text in any language
    r"|^[◇◆□■○●★☆▲△▼▽※◎♦◊•▪\u2190-\u23ff\u2500-\u27bf\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff\U0001f300-\U0001faff\s]+$"
    # a picture's credit in brackets on its own line: (資料圖片), （图片来源：某某）, 【资料图】
    r"|^[(（【\[][^()（）【】\[\]]{0,12}(?:图片|圖片|照片|摄影|攝影|资料图|資料圖|配图|配圖|示意图|示意圖)[^()（）【】\[\]]{0,12}[)）】\]]$"
    # …and any short bracket alone closing on what the picture is (（档案照）, (某某社图)): the picture's note, never a text's line
    r"|^[(（【\[][^()（）【】\[\]见見参參如。，,]{0,6}(?:照|图|圖)[)）】\]]$"
    # …and who gave the picture, on the line under it (某某文化创意产业园供图): a caption's credit, no sentence
    r"|^[^\s。，,！？、]{2,24}(?:供图|供圖)$"
    # a date row with its label and no colon, the time as a machine writes it (發表日期 2017-03-27T04:09:54+08:00)
    r"|^[^\s\d。，,]{0,4}(?:日期|时间|時間|于|於)\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?)?$"
    # a paywall's call to log in or subscribe to read on (登入看完整精彩內容)
    r"|^(?:登入|登录|登錄|订阅|訂閱|注册|註冊|购买|購買|开通会员|開通會員)[^。！？]{0,6}(?:看|阅读|閱讀|查看|观看|觀看)[^。！？]{0,10}(?:内容|內容|全文|文章)$"
    # …and the same call the other way round, what to read first and the log-in after it (查看隐藏内容(*)需先登录,
    # 阅读全文请先注册)
    r"|^(?:阅读|閱讀|查看|观看|觀看)[^。！？]{0,6}(?:内容|內容|全文|文章)[^。！？]{0,6}(?:需|须|須|请|請)先?"
    r"(?:登入|登录|登錄|订阅|訂閱|注册|註冊|购买|購買|开通会员|開通會員)$"
    # a line of the site's name and address (世界奇闻 2022-09-15 18:48某某录www.x.com): no sentence gives a bare address
    r"|^[^。，,！？；]{0,40}www\.[A-Za-z0-9-]+\.[A-Za-z.]{2,10}/?$"
    # a file to download with its size (PDF(5619 KB), 附件.doc（36KB）) and an expander's control (作者信息 +)
    r"|^[^\s。，,！？]{0,30}[(（]\s*[\d.]+\s*[KMG]B\s*[)）]$|^[^\s\d。，,！？+＋]{2,20}\s+[+＋]$"
    # the site's instructions for keys to press (请按 Ctrl + P 列印, ALT鍵 + V): no text names a key chord
    r"|^.{0,80}(?<![A-Za-z])(?:Ctrl|CTRL|Alt|ALT|Shift|SHIFT)\s*(?:鍵|键)?\s*\+\s*\S.{0,100}$"
    # a row naming the original title, its value on the next line or after the label (原标题:, 本文原始标题为:…---来源是:…),
    # or in brackets as a portal closes a reposted item ((原标题:某某园区集中签约一批项目))
    r"|^(?:本文|文章|此文)?(?:原始|原)(?:标题|標題|题目|題目|题|題)(?:为|為|是)?\s*[:：].{0,100}$"
    r"|^[(（]\s*(?:原标题|原標題|原题|原題)\s*[:：][^()（）]{0,80}[)）]$"
    # the line for reporting illegal content every news site in China carries by law (违法和不良信息举报电话：12377)
    r"|^[\[【(（]?[^。！？]{0,10}(?:不良信息|不良資訊)(?:举报|舉報)[^。！？]{0,60}$"
    # where the site files the text among its collections, with the tags or without them (收录于话题 #园区 #招商,
    # 收錄於合集): a text is not filed by its own words
    r"|^(?:收录于|收錄於|收录在|收錄在)\s*(?:合集|话题|話題|专辑|專輯|专题|專題|栏目|欄目)[^。，,！？]{0,60}$"
    # the site's guide to the text under its label, an editor's excerpt or an outline's label (导读：…, 【导读】…, 本文目录导读:):
    # a report, a notice or a news item is not its own guide
    r"|^[【\[]?(?:本文|文章)?(?:目录|目錄)?(?:导读|導讀)(?:[】\]]\s*|\s*[:：]).{0,160}$"
    # a reprint's credit alone, the paper that ran it and from when (《某某日报》2007年4月8日起转载): the site's note on its copy
    r"|^《[^《》]{2,16}》\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*起?(?:转载|轉載|刊登|刊发|刊發)$"
    # a wiki's tagline under its article's title (维基百科，自由的百科全书): the site naming what it is
    r"|^[^\s，,。]{2,8}[，,]\s*自由的百科全[书書]$"
    # a site's count of the text's characters, what it shows of them or who may read the rest (……(未完,全文共6661字,当前仅显示…,
    # 全文共3958字,仅供站内会员…): a text never counts its own characters
    r"|^[.…·]*\s*[(（]?\s*(?:未完\s*[,，、]?\s*)?(?:全文共|全文约|全文約|本文共)\s*[\d,，]+\s*字[^。]{0,30}?"
    r"(?:显示|顯示|会员|會員|阅读|閱讀|下载|下載|登录|登入|付费|付費|VIP|查看).{0,50}$"
    # …and of the pages of the document it shows, with its price or its call after it (当前文档共47页 2.88, 已阅读5页,还剩16页未读
    # 继续免费阅读): a document does not count its own pages on a line of its own
    r"|^(?:当前|當前|本)?(?:文档|文檔|资料|資料)共\s*\d+\s*(?:页|頁)[^。，,！？]{0,20}$"
    r"|^(?:已阅读|已閱讀|已浏览|已瀏覽)\s*\d+\s*(?:页|頁)\s*[,，]?\s*(?:还剩|還剩|剩余|剩餘)\s*\d+\s*(?:页|頁).{0,20}$"
    # …and its call to download the document, to read on or alone (下载后继续阅读, 下载本文档)
    r"|^(?:下载|下載)(?:后|後)?(?:继续|繼續)?(?:阅读|閱讀|查看)(?:全文)?$|^(?:下载|下載)(?:本|该|該|此)?(?:文档|文檔|资料|資料|全文)$"
    # a teaser calling the reader to click a link for it (此前认定的园区名单，点击链接下方查看; 往期名单请点击下方链接查看。): the
    # site's pointer to another of its pages; a report's sentence that speaks of clicking names no link of the page
    r"|^[^。！？]{0,40}?(?:请|請)?(?:点击|點擊)(?:链接|鏈接|下方|下面|这里|這裡|此处|此處|以下|文末|原文)[^。，,！？]{0,6}"
    r"(?:查看|阅读|閱讀|下载|下載|了解|进入|進入|获取|獲取)[^。，,！？]{0,6}[。！!]?$"
    # a comment box's own words alone on a line: its empty state (暂时没有留言, 暂无评论，快来抢沙发), its placeholder (写点什么吧~,
    # 我来说两句) and the name it gives an anonymous commenter (热心网友): the widget's, never a report's line (session 42: the
    # widget left in the text on 2 hosts of the spent pages, s41's unseen page one of them)
    r"|^(?:暂时|暫時|目前|还|還|尚)?(?:没有|沒有|暂无|暫無)(?:任何)?(?:留言|评论|評論|回复|回覆|回帖)[，,!！]?\s*(?:快来|快來)?(?:抢沙发|搶沙發)?[。!！~～.…]*$"
    r"|^(?:快来|快來|赶紧|趕緊)?(?:抢沙发|搶沙發)[!！~～。]*$|^(?:写|寫|说|說)点(?:什么|什麼|啥)吧?[~～。!！.…]*$|^(?:我来说两句|我來說兩句)[!！~～。]*$"
    r"|^(?:热心|熱心|匿名)(?:网友|網友)$"
    # the site or its account welcoming the reader to follow it (某某网欢迎您关注…，与我们一起…; 欢迎关注某某微信公众号！): the
    # channel's, never a report's (欢迎广大企业关注园区发展 welcomes no one to a channel)
    r"|^(?=[^。！？]{0,60}[。！!]?$)(?=.*(?:我们|我們|本号|本號|本站|公众号|公眾號|微信|频道|頻道|视频号|視頻號))"
    r"[^。！？]{0,16}(?:欢迎|歡迎)(?:您|大家)?(?:关注|關注|订阅|訂閱).*$"
    # …and the call to follow the channel by its name alone (关注某某热线, 關注某某新聞網): a channel's name closes it
    rf"|^(?:关注|關注)[{CJK}A-Za-z]{{2,10}}(?:网|網|热线|熱線|在线|在線|新闻|新聞|日报|日報|晚报|晚報|发布|發布|头条|頭條|客户端|客戶端|公众号|公眾號|视频号|視頻號)$"
    # a post's time stamp under its label as a site abroad prints it, the clock in twelve hours or the day first (发布: 5:13pm
    # 03/03/2025, 更新：2025/03/04 10:20AM, Published: 03/03/2025 5:13 PM): the template's row, as 发布时间：2023-05-06 09:30 is
    r"|^(?:发布|發布|發佈|发表|發表|更新|刊登|出版|Published|Updated|Posted)(?:时间|時間|于|於|日期|on)?\s*[:：]?\s*"
    r"(?=[^。，,！？]*(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)|\d{1,2}/\d{1,2}/(?:19|20)\d{2}))[\d\s:/.\-年月日AaPpMm]{6,30}$"
    # a paper's or a post's end mark however set (-完-, 【完】, ——完——, 全文完): the template's, as （完） alone is
    r"|^[-—–~～=*＊【\[(（\s]*(?:全文)?(?:完|終|终)[-—–~～=*＊】\])）\s]*$"
    # a row of the networks to share the page on (Facebook Line Twitter, 微信 微博 QQ空间): the share buttons' labels; a
    # report names no social network as a line of their names
    r"|^(?:(?:分享|分享到|分享至|Share)\s*[:：]?\s*)?(?:(?:Facebook|facebook|FB|Line|LINE|Twitter|twitter|X|WhatsApp|Whatsapp|Telegram|"
    r"Weibo|WeChat|Email|E-mail|Plurk|微信|微博|新浪微博|QQ空间|QQ空間|QQ|朋友圈|複製連結|复制链接|複製網址|复制网址|電子郵件|电子邮件|列印|打印)"
    r"[\s|｜/、,，]*){2,}$"
    # a call to act on the page or the site's other pages, short and with no sentence (订阅电子报, 按讚加入粉絲團, 打开APP阅读,
    # 点击 可阅读下一则新闻, 查看原图, 我要分享): the site's button; a report's heading names its own work, not a page's parts
    r"|^(?:请|請)?(?:点击|點擊|点此|點此|按讚|按赞|订阅|訂閱|加入|打开|打開|下载|下載|查看|分享|收藏|继续|繼續|前往)\s*[^。，,！？]{0,8}?"
    r"(?:电子报|電子報|粉丝团|粉絲團|粉丝页|粉絲頁|APP|App|app|客户端|客戶端|原图|原圖|大图|大圖|高清图|高清圖|下一则|下一則|下一篇|上一篇|"
    r"好友|频道|頻道|阅读|閱讀|全文)(?:新闻|新聞|文章|内容|內容)?\s*[>》»]*[!！]?$"
    r"|^我要(?:分享|留言|评论|評論|投稿|爆料|举报|舉報|收藏|打印|列印|纠错|糾錯)$"
    # a counter under its label with no colon (阅读 1234, 赞 12, 在看 3): the count of the page's reads or likes
    r"|^(?:阅读|閱讀|浏览|瀏覽|点赞|點讚|点击|點擊|赞|讚|评论|評論|转发|轉發|在看|收藏|分享)(?:数|數|量|次)?\s*[\d,.]+\s*[万萬wW]?$"
    # the label of an advertisement or of paid content set among the paragraphs (赞助内容, 贊助商廣告, 推广): the site's
    r"|^(?:赞助|贊助)(?:内容|內容|商|商广告|商廣告|文章)?$|^(?:推广|推廣)(?:内容|內容)?$"
    # a paper's label over the editor's summary it sets above the item (核心阅读, 阅读提示): the paper's, as its 导读
    r"|^[【\[]?(?:核心阅读|核心閱讀|阅读提示|閱讀提示)[】\]]?\s*[:：]?$"
    # a wiki's note that the reader came by another name's redirect ((重定向自某某加工出口區): MediaWiki's, on every mirror
    r"|^[(（]?\s*(?:重定向自|重新导向自|重新導向自)[^()（）。，,]{1,40}[)）]?$"
    # …and its editors' notice set over an article, the article called an entry (此条目没有列出任何参考或来源。 (2014年10月11日),
    # 本條目需要補充更多來源): the wiki's maintenance template, dated by the notice; no text calls itself 此条目
    r"|^(?:此|本|这个|這個)(?:条目|條目|文章|页面|頁面)(?:没有|沒有|需要|需|可能|存在|已|的)[^。！？]{0,60}[。！]?"
    r"(?:\s*[(（]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）])?\s*[|｜]?\s*$"
    # …and its hatnote over an article, saying what the entry tells and where another sense is (本条目叙述某某, 某某，关于管理
    # 某某的机构请参照 / 关于其他用法，请见…): the wiki's pointer to its other pages, however the scrape broke it
    r"|^(?:本|此)(?:条目|條目)(?:叙述|敘述|介绍|介紹|讲述|講述|描述|的主题是|的主題是)[^。！？]{0,40}$"
    r"|^[^。！？]{0,40}(?:关于|關於)[^。！？，,]{1,40}(?:请参见|請參見|请参照|請參照|请参阅|請參閱|请见|請見|参见|參見)[^。！？，,]{0,12}[。]?$"
    # …and its stub notice under a short article (这是一篇与某地相关的小作品。你可以通过编辑或修订扩充其内容。)
    r"|^(?:这|這)是一篇[^。！？]{0,24}?小作品[。.]?(?:[^。！？]{0,40}(?:扩充|擴充)[^。！？]{0,10}[。.]?)?\s*[|｜]?\s*$"
    # a template's label in lowercase English words with its item's number (slider image 62): an image's or a widget's
    # name; a Chinese text's line in English words is a phrase (expand the park) or a name, with no item's number
    r"|^[a-z]{2,12}(?: [a-z]{2,12}){0,3} \d{1,4}$"
    # the header of the site's statement on the copy it carries (某某网版权与免责声明, 免责声明：): the statement is the site's
    r"|^[^\s。，,！？]{0,12}?(?:(?:版权|版權)(?:与|與|及|和))?(?:免责|免責|版权|版權)(?:声明|聲明|说明|說明)\s*[:：]?$"
    # who made the item, by their crafts, in brackets on a line of its own ((撰稿、攝像:某某), （文/某某 图/某某）, （编辑：某某
    # 审核：某某）): a producer's credit row; a report signs with its unit, and a reporter's byline alone, （记者 某某）, is the
    # news' own credit, left to the rules of the tail
    rf"|^[(（]\s*{_CRAFTS}\s*[:：/／]?\s*{_NAMES}(?:\s*[,，;；]?\s*{_CRAFTS}\s*[:：/／]?\s*{_NAMES})*\s*[)）]$"
    # a label for the page's keywords or tags, in brackets or not, with its words ((关键字:石化 石化项目 产业基地), 关键词：…,
    # 标签: …): the site's filing of the page; a report lists no keywords of itself (a paper's 关键词 row is under its
    # abstract, 摘要, which the rule for the abstract's label leaves alone)
    r"|^[(（【\[]\s*(?:关键字|關鍵字|关键词|關鍵詞|标签|標籤|tags?|keywords?)\s*[】\]]?\s*[:：]\s*[^。！？()（）]{1,80}[)）】\]]$"
    # a toggle of the site's table of contents or of a block (文章目录 [+], 展开 [-]): the page's widget
    r"|^[^\s\d。，,！？]{2,12}\s*[\[【(（]\s*[+＋\-－]\s*[\]】)）]$"
    # the site's guide label alone on its line (导读, 【导读】): the label, the excerpt under it is the text's own first lines
    r"|^[【\[]?(?:导读|導讀|本文导读|本文導讀)[】\]]?$"
)


# rows the template sets, each tried only on a line holding its word (the reader's CPU: they look inside the line):
# a copyright line however it opens, the sign or the words inside the row (版权所有 © 某某, 某某 版權所有): a report's sentence
# on its own copyright closes on its stop
_COPYRIGHT_ROW = re.compile(r"^[^。！？]{0,40}(?:©|Ⓒ|版权所有|版權所有|All Rights Reserved)[^。！？]{0,80}$|"
                            # (…or a footer's row of several marks, the copyright among them, the site's registration, its
                            # reporting line or its licence: 某某举报中心 举报电话:… Copyright © … 批准文号:…)
                            r"^(?=[^。！？]*(?:ICP|备案|備案|举报|舉報|批准文号|批准文號|许可证|許可證))[^。！？]{0,160}"
                            r"(?:©|Ⓒ|版权所有|版權所有|All Rights Reserved)[^。！？]{0,160}$")
# a pager: the page's numbers with its steps (首页 上一页 1 2 3 下一页 尾页, 共3页 上一頁 1 2 下一頁): no report turns pages
_PAGER = re.compile(r"^(?:(?:共\s*\d+\s*(?:页|頁)|首页|首頁|尾页|尾頁|末页|末頁|上一?(?:页|頁)|下一?(?:页|頁)|"
                    r"\d{1,3}|…|\.{2,3}|跳转|跳轉|GO|go)\s*[|｜]?\s*)+$")
_PAGE_STEP = re.compile(r"[上下]一?[页頁]")
# the site's terms for reprinting (本文为某某原创，转载请注明出处; 未经授权，谢绝转载; the page's address in them or not:
# 《标题》由某某网提供，转载请注明出处：http://…，谢谢合作！): a report never tells how to copy itself (a rule on copying
# files, 涉密文件严禁转载, names no text's origin). The request names what to do or what to keep, whatever its verb
# (转载请附上原文出处链接, 转载请保留作者信息)
_REPRINT_TERMS = re.compile(r"^[^。！？]{0,40}(?:(?:转载|轉載)[^。！？]{0,6}(?:请|請|须|須|需|务必|務必)[^。！？]{0,8}(?:注明|註明|标明|標明|联系|聯繫|聯絡|授权|授權|"
                            r"出处|出處|来源|來源|原文|链接|鏈接|連結|作者)|"
                            r"(?:谢绝|謝絕|禁止|严禁|嚴禁|不得|请勿|請勿|勿)[^。！？]{0,4}(?:转载|轉載|转贴|轉貼|复制|複製|重制|重製))[^。！？]{0,30}"
                            # (the page's title row run on after it: 转载请注明来自某某商行,本文标题:《…》)
                            r"(?:[,，]\s*本文(?:标题|標題|链接|鏈接|地址)\s*[:：].{0,150})?[。！]?$")
_TEXTS_ORIGIN = re.compile(r"本文|本站|本網|本网|本号|本號|原创|原創|未经|未經|作者|出处|出處|来源|來源")


# (copying forbidden in other words than 转载, 請勿複製轉貼, only where the page's own copy is meant: without its authorisation,
# or naming this text or site — 请勿复制他人成果 is a report's advice)
_COPYING = re.compile(r"转贴|轉貼|复制|複製|重制|重製")
_UNAUTHORISED = re.compile(r"未经|未經|授权|授權|本文|本站|本網|本网")


# a site's statement on reprinting set out as points (1.某某报遵循行业规范，任何转载的稿件都会明确标注作者和来源；2.…请转载时
# 务必注明…): reprinting named twice, with what a reprint must credit; no report tells twice how its text is copied
_REPRINT_STATEMENT = re.compile(r"(?:转载|轉載)[^。]*(?:注明|註明|标注|標注|标明|標明)[^。]*(?:来源|來源|作者|出处|出處)")


def _template_row(line: str) -> bool:
    if (line.count("转载") + line.count("轉載")) >= 2 and _REPRINT_STATEMENT.search(line):
        return True
    return ("©" in line or "Ⓒ" in line or "权所有" in line or "權所有" in line or "Rights" in line) and bool(_COPYRIGHT_ROW.match(line)) \
        or ("页" in line or "頁" in line) and bool(_PAGE_STEP.search(line)) and bool(_PAGER.match(line)) \
        or ("转载" in line or "轉載" in line or _COPYING.search(line) and _UNAUTHORISED.search(line)) and bool(_REPRINT_TERMS.match(_ADDRESS.sub("", line) if "://" in line or "www." in line else line)) \
        and bool(_TEXTS_ORIGIN.search(line))


# who sent a reporter, named before 记者 in a credit: an agency, a paper, a station or a site (新华社, 本报, 某某日报全媒体,
# 某某电视台, 某某网): the outlet's name is at most a few characters and closes on what the outlet is; the paper's own staff
# (本报记者 某某 摄) credit the item itself, as describe reads them, and stay
_OUTLET = rf"(?:(?!本[报報])[{CJK}]{{0,8}}(?:社|报|報|台|网|網|中心)(?:全媒体|全媒體|融媒体|融媒體|融媒|首席|特约|特約)?)"


# who took a picture: one name, or two or three joined (某某、某某摄, 某某 某某摄: a picture taken by two is credited so);
# a craft (记者 某某 通讯员 某某 摄: the item's own credit row, which stays) or the paper's own staff (本报记者 某某摄, as
# _OUTLET says) is no name
_PHOTOGRAPHER = rf"(?!本[报報]|记者|記者|通讯员|通訊員|摄影|攝影)[{CJK}·]{{2,4}}"
_PHOTOGRAPHERS = rf"{_PHOTOGRAPHER}(?:[、 ]{_PHOTOGRAPHER}){{0,2}}"
# where a picture was taken from, labelled so (图源：, 圖片來源：)
_PICTURE_SOURCE = r"(?:图|圖)(?:片)?(?:源|来源|來源)\s*[:：]"


# a picture's credit where the picture was: its caption closed by who took it (…單位。許某某攝, …新高。（記者某某攝）),
# or what the picture is and who gave it, set with a slash (示意圖/某某, 資料照/某某): a report's sentence is closed by
# its full stop, never by a photographer's name; a caption describes a picture the text does not keep
_PHOTO_CREDIT = re.compile(rf"(?:^|(?<=[。！？!?]))\s*(?:[(（]\s*)?(?:{_OUTLET}?(?:記者|记者|攝影|摄影|通訊員|通讯员))?\s*{_PHOTOGRAPHERS}"
                           rf"\s*(?:攝|摄)\s*[)）]?$|"
                           rf"^[{CJK}]{{0,3}}(?:圖|图|照|照片|圖片|图片)\s*[/／]\s*[^\s。，,/／]{{1,16}}$|"
                           # (…where the picture was taken from, its label closed by a colon, alone or closing the caption:
                           # 图源：某某日报, …沙盘。 图片来源：某某网 — the site's credit, never a report's sentence)
                           rf"(?:^|(?<=[。！!]))\s*{_PICTURE_SOURCE}\s*[^\s。，,！？()（）]{{2,20}}$|"
                           # …and the same credit closing the caption's one sentence unbracketed (…合影留念。圖/某某公司提供)
                           # (the caption's sentence and its credit may be wrapped in one pair of brackets, (…十項佳績。圖/某某提供):
                           # the credit and the bracket closing it)
                           rf"(?<=[。！!])\s*(?:圖|图|照片|圖片|图片|攝影|摄影)\s*[/／]\s*[^\s。，,/／()（）]{{1,20}}[)）]?$|"
                           # (…and who gave the picture, bracketed after the caption's full stop: …再破兆元。（某某管理局提供）)
                           rf"(?<=[。！!])\s*[(（][{CJK}]{{2,12}}提供[)）]$|"
                           # …and whatever the caption, the credit in brackets closing it, as news sites set it: who took
                           # the picture (大会现场（某某/摄）, （某报记者 某某 摄）, （某社 某某攝）) or who gave it (（圖/某某提供）)
                           # (the day it was taken may close it: （圖/記者某某攝,2019.3.2）)
                           rf"[(（](?:[^()（）。，,]{{0,12}}?(?:圖|图|照|照片|圖片|图片)\s*[/／:：][^()（）。，,]{{2,20}}"
                           rf"(?:[,，]\s*\d{{4}}[.\-/]\d{{1,2}}[.\-/]\d{{1,2}})?|"
                           rf"[^()（）。，,]{{0,12}}?[{CJK}·]{{2,4}}\s*[/／]?\s*(?:攝|摄))[)）]$|"
                           # (…and a caption and its credit together in a paper's square brackets, a line of its own:
                           # 【大会现场。某某摄】)
                           rf"^【[^【】]{{2,40}}?[。，,\s]\s*{_PHOTOGRAPHERS}\s*(?:攝|摄)】$")


# …or closed by who took it after a blank, the caption unpunctuated (两天的招聘会吸引近5万人次进场 某某 摄): a caption of six
# characters or more; a credit row naming its reporters (记者 某某 通讯员 某某 摄) is the item's own, and 拍摄 is a verb
_CAPTION_CREDIT = re.compile(rf"^(?!.*(?:记者|記者|通讯员|通訊員|摄影|攝影))(?=[^。！？]{{6,60}}$).*[{CJK}][^\s\d]*\s+[{CJK}·]{{2,4}}\s*(?<!拍)(?:攝|摄)$")


# the site's statement about the copy it carries, in whatever words: whose views it is not (仅代表作者观点，不代表本站
#立场, 不代表本站同意文章中的说法 — the site naming itself as what the copy does not stand for: 6 hosts of the study pages), what the site claims or disclaims of it (凡本网注明…的作品，版权均属…，未经本网授权不得转载), its terms with the
# authors whose works it shows (请作者与本站联系索取稿酬), a call to report an infringement (如有侵权请联系删除), the
# copy's rights before the site and the call (如因作品版权…问题需要同本网联系的), a platform's safe-harbour formula
# (本平台仅提供信息存储服务, … only provides information storage services). A report speaks of its park; it never speaks
# of the site showing it (本网, 本站) or disclaims its own views
_STATEMENT = re.compile(r"(?:仅代表|僅代表|不代表)(?:原?作者|[^。！？]{0,24}(?:观点|觀點|立场|立場)|本网|本網|本站|本平台|本号|本號)|"
                        r"(?:本网|本網|本站|本平台|本号|本號|本公众号|本公眾號)[^。！？]{0,40}(?:版权|版權|著作权|著作權|转载|轉載|摘编|摘編|授权|授權|侵权|侵權|"
                        r"观点|觀點|立场|立場|"
                        # (…and the authors whose works it shows, their fee, the takedown: 請作者與本站聯繫索取稿酬, 如您不希望
                        # 作品出現在本站，可聯繫我們要求撤下)
                        r"作品|稿酬|稿费|稿費|撤下)|"
                        r"(?:版权|版權)(?:归|歸)(?:原)?作者|(?:如有|若有|如涉及|如涉嫌)(?:侵权|侵權)[^。！？]{0,16}(?:联系|聯繫|聯絡|删除|刪除)|"
                        # (…the terms of copying it, with whom to ask and what to credit: 如需转载请与《某报》报社联系, 凡注明
                        # 来源为“某网”的所有内容…版权均属某平台所有 — the outlet's, whatever it calls itself)
                        r"(?:如需|如要|欲|需要)(?:转载|轉載)[^。！？]{0,30}?(?:联系|聯繫|聯系|聯絡|注明|註明|授权|授權)|"
                        r"凡(?:注明|註明|标注|標註)(?:来源|來源)[^。！？]{0,80}?(?:版权|版權)|"
                        # (…what the site is for, 本网旨在传播信息, and what its copy is not, advice to invest or trade on: 不构成任何
                        # 投资建议, 仅供参考，不作买卖依据, 市场有风险，投资需谨慎 — no report disclaims advice it never gave)
                        r"(?:本网|本網|本站|本平台)[^。！？]{0,10}(?:旨在|致力于|致力於)(?:传播|傳播|提供|分享)(?:信息|資訊)|"
                        # (…the rights it keeps over what readers post, its comment policy: 本网站有权删除或封锁任何…的留言和用户,
                        # 本站保留删除评论的权利 — a report has no readers' comments to delete)
                        r"(?:本网|本網|本站|本平台)[^。！？]{0,4}(?:有权|有權|保留)[^。！？]{0,40}(?:删除|刪除|封锁|封鎖|屏蔽|拒绝|拒絕|"
                        r"关闭|關閉|停用)[^。！？]{0,40}(?:留言|评论|評論|回帖|跟帖|帐号|帳號|账号|用户|用戶|网友|網友|内容|內容)|"
                        r"(?:本网|本網|本站|本平台)[^。！？]{0,4}保留[^。！？]{0,20}(?:留言|评论|評論|回帖|跟帖)[^。！？]{0,10}(?:权利|權利)|"
                        r"(?:不构成|不構成)(?:任何)?(?:投资|投資|买卖|買賣)(?:建议|建議|依据|依據|意见|意見)|"
                        r"(?:不作|不作为|不作為|不能作为|不能作為|并非|並非)(?:买卖|買賣|投资|投資|交易)(?:依据|依據|建议|建議)|"
                        r"(?:市场|市場|股市|投资|投資)有风险[，,、]?\s*(?:投资|投資|入市|选择|選擇)?需谨慎|"
                        # (…and its comment box asking the reader for a view, or saying comments are vetted before they show:
                        # 歡迎參與討論，請在這裡發表您的看法, 所有評論需要人工稽核後才能顯示 — a report asks no reader's view of itself;
                        # a notice seeking opinions asks for 意见, left alone)
                        r"(?:发表|發表|留下|分享)(?:您|你)的(?:看法|观点|觀點|评论|評論)|"
                        r"(?:评论|評論|留言)[^。！？]{0,10}(?:审核|審核|稽核)[^。！？]{0,8}(?:显示|顯示|公开|公開|发布|發佈|發布)|"
                        # (…and the statement under its label, whatever it says: 免责声明：…, 版权声明：…)
                        r"^[(（]?\d{0,2}[)）]?\s*(?:免责声明|免責聲明|版权声明|版權聲明)\s*[:：]\s*\S")
# …and, each tried only on a line holding its word (the reader's CPU: they look inside every line), the copy's rights
# before the site and its call (如因作品版权…问题需要同本网联系的), the platform's safe-harbour formula in Chinese or English
# (本平台仅提供信息存储服务, … only provides information storage services)
_RIGHTS_THEN_SITE = re.compile(r"(?:版权|版權|侵权|侵權)[^。！？]{0,30}(?:本网|本網|本站|本平台|本号|本號)[^。！？]{0,20}"
                               r"(?:联系|聯繫|聯絡|删除|刪除|移除|处理|處理)")
_SAFE_HARBOUR = re.compile(r"(?:平台|本站|本网|本網|网站|網站)[^。！？]{0,20}(?:仅|僅|只)提供(?:信息|資訊)(?:存储|儲存)|"
                           r"only\s+provides\s+information\s+storage", re.I)


def is_statement_line(line: str) -> bool:
    """The site's statement about the copy it carries (see _STATEMENT), a paragraph at most."""
    return len(line) <= 300 and bool(_STATEMENT.search(line)
                                     or ("权" in line or "權" in line) and _RIGHTS_THEN_SITE.search(line)
                                     or ("存储" in line or "儲存" in line or "storage" in line) and _SAFE_HARBOUR.search(line))


# a page's address closing a row of no sentence, only separators after it (----标题//----某某网 http://…//, a repost's
# watermark set between paragraphs): no report gives a bare address outside a sentence; a field's label and the address
# alone (网站：http://…) is a contact row, left to the rules of rows
_ADDRESS_ROW = re.compile(r"^(?![^\s:：]{1,10}[:：]\s*https?://\S+$)[^。！？]{0,100}https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[!-~]*[\s/|｜\-—]*$")


# a row of hashtags alone (#拼经济 #园区招商, #某某#): a post's or a news site's tags for its search, however many; a
# report writes its words in sentences and headings, never as a row of tags
_HASHTAG_ROW = re.compile(r"^(?:#[^#\s]{1,24}#?[\s\u3000]*){2,}$")


# a line in Latin letters alone inside a Chinese text: a label the template prints between paragraphs (ADVERTISEMENT,
# Advertisement, a brand's wordmark for its inserted advertisement, MGBOX) — one word, or two or three in capitals —, or
# a paragraph of English stating the site's or a data vendor's terms (…accept no liability…, …all rights reserved,
# …uses cookies…); a Chinese report writes its text in Chinese, and its English title stands above it (never judged
# here: ``clean`` asks only of lines under the text's first sentence); a line with a figure may be a table's
_LATIN_LABEL = re.compile(r"^(?:[A-Za-z][A-Za-z&'’-]{3,19}|[A-Z][A-Z&'’-]{1,15}(?:\s+[A-Z][A-Z&'’-]{1,15}){1,2})$")
_LATIN_TERMS = re.compile(r"(?i)\b(?:liabilit|accuracy|reliability|disclaim|copyright|all rights reserved|cookies?\b|privacy|"
                          r"terms of (?:use|service)|subscri|advertis|sponsored|newsletter|endeavour|endeavor|warrant)")
_LATIN_LINE = re.compile(r"^[\x20-\x7e\u2018-\u201d\u00a0]+$")


def is_latin_line(line: str) -> bool:
    """A line of Latin letters alone inside a Chinese text that is the site's (see _LATIN_LABEL): ``clean`` asks it of
    the lines under the text's first sentence, on a page whose text is Chinese."""
    if not _LATIN_LINE.match(line) or re.search(r"\d", line):
        return False
    return bool(_LATIN_LABEL.match(line.strip())) or len(line.split()) >= 6 and bool(_LATIN_TERMS.search(line))


def is_hashtag_row(line: str) -> bool:
    """A row of hashtags alone (see _HASHTAG_ROW). ``clean`` drops it under the text's first sentence: over a post it
    stays, as the post's own tags name what it is about (#某某科技园 over a post that names the park in passing), until
    the describing has read them; then credits.lift_credits takes it out of the searchable text."""
    return line[:1] == "#" and bool(_HASHTAG_ROW.match(line))


# the slot an advertisement fills, labelled so where the page was saved without it (- Advertisement -, ADVERTISEMENT, 广告)
_AD_SLOT = re.compile(r"^[\s\-–—·_*]*(?:[Aa]dvertisement|ADVERTISEMENT|[Ss]ponsored|广告|廣告)[\s\-–—·_*]*$")


# a list's cells set apart by bars, each a word or a short name (地区:安徽|北京|重庆|…|湖北|; 行业:养猪|养牛|…): a site's
# filter or its index of channels, a label glued to a cell where the site printed several lists on one line
_BAR_CELL = re.compile(rf"(?:[{CJK}]{{1,4}}[:：])?[{CJK}A-Za-z]{{1,8}}(?:[{CJK}]{{1,4}}[:：][{CJK}]{{1,8}})?")


# a row of four cells or more, between bars or blanks, most of them languages named in their own script (_LANGUAGES): the
# site's choice of editions, no words of the text
_LANGUAGE_CELL = re.compile(f"(?:{_LANGUAGES})", re.I)


def is_language_bar(line: str) -> bool:
    """Four cells or more between bars, most of them languages named in their own script: the site's edition switch."""
    cells = [c.strip() for c in re.split(r"[|｜/]", line) if c.strip()]
    return len(cells) >= 4 and sum(bool(_LANGUAGE_CELL.fullmatch(c)) for c in cells) * 4 >= len(cells) * 3


def is_bar_list(line: str) -> bool:
    """Eight short cells or more between bars and nothing else (no sentence, no figure): the site's filter or index of
    channels. A report's table dumped with bars holds figures; its prose holds commas and stops."""
    if line.count("|") + line.count("｜") < 7 or re.search(r"[。，,！？；\d]", line):
        return False
    cells = [c.strip() for c in re.split(r"[|｜]", line) if c.strip()]
    return len(cells) >= 8 and all(_BAR_CELL.fullmatch(c) for c in cells)


# an e-paper's row for the story it shows: the paper, its page's column and number, the headline, the day, the story's
# numbers and the day again with its weekday (某某日报 要闻 a0001 标题 2015-07-22 45664 2 2015年07月22日 星期三)
_EPAPER_ROW = re.compile(rf"^[{CJK}]{{2,10}}(?:日报|日報|晚报|晚報|时报|時報|报|報)\s+\S.{{0,100}}?\s(?:19|20)\d{{2}}年\d{{1,2}}月\d{{1,2}}日\s*"
                         rf"{WEEKDAY}$")


# a picture's file name left where the picture was (本报记者 某某 摄.jpg, 园区全景.png): the page's, no sentence of the text
_IMAGE_FILE_NAME = re.compile(r"^[^。！？，,]{1,40}\.(?:jpe?g|png|gif|webp|bmp)$", re.I)


# the writer of the text named in a closing credit (（文/本报记者 某某 图/…）, （撰文：某某）): the credit of a text, not a picture's
_TEXT_AND_PICTURES = re.compile(r"[(（]\s*(?:文|撰文|文字)\s*[/／:：]")


def is_furniture_line(line: str) -> bool:
    """A line whose form alone makes it the site's (see the module's docstring)."""
    if line[-4:].lower() in (".jpg", "jpeg", ".png", ".gif", "webp", ".bmp") and _IMAGE_FILE_NAME.match(line):
        return True
    if "星期" in line[-4:] and len(line) <= 160 and _EPAPER_ROW.match(line) and not re.search(r"[。，,！？；]", line):
        return True
    if "|" in line or "｜" in line:
        if is_bar_list(line) or is_language_bar(line):
            return True
    if line[:1] == "《" and ("记者" in line or "記者" in line) and PAPER_ISSUE_ROW.match(line):
        return True  # (《 人民日报 》( 2023年05月24日 10 版 记者 某某 ): the paper, its day and page, its reporter — a credit wherever)
    if len(line) > 160:
        return is_statement_line(line)
    if len(line) <= 24 and _AD_SLOT.match(line):
        return True
    return bool(_LINE_FORMS.match(line) or is_statement_line(line) or "://" in line and _ADDRESS_ROW.match(line) or _template_row(line) or _WATERMARK.fullmatch(line) or is_menu_row(line)
                or is_site_links_row(line) or _name_repeated(line)
                or ("攝" in line[-6:] or "摄" in line[-6:] or "源" in line[-24:] or "/" in line[:8] or "／" in line[:8] or "/" in line[-24:] or "／" in line[-24:]
                    or line[-1:] in ")）" and (any(c in line[-24:] for c in "/／:：") or line[-3:-1] == "提供"))
                and _PHOTO_CREDIT.search(line)
                and len(_SENTENCE.findall(line)) <= 1  # (a caption is one sentence: a paragraph's sentences stay)
                and not _TEXT_AND_PICTURES.search(line, max(0, len(line) - 60))  # (…的飞跃。（文/本报记者 某某 图/本报记者
                # 某某）: the text's writer credited with its photographers closes the text's last paragraph, one sentence
                # as it may be — the credit is lifted, the paragraph stays)
                or line[-1:] in "攝摄" and bool(_CAPTION_CREDIT.match(line)))


# the site's hotline above its text (服务热线, 新闻热线:0816-…): the site's, where the text has not yet begun
_HOTLINE = re.compile(r"^[^\s。，,：:]{0,6}(?:热线|熱線)(?:电话|電話)?\s*[:：]?\s*[\d\s\-－()（）转轉]*$")


# a row of the author's name, the date and an account (某某  2024-05-08  某某公众号): cells apart, one a date
_MACHINE_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)")
# …or a date in words with the clock time after it (2024年03月02日15:42  某某在线): when a post went up, which no title says
_CLOCKED_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}")
# …or who posted it, then the date in figures with any separator and the clock time, as a forum stamps a post (某某 -
# 2022/4/2 18:24:00); a date and time alone (2024/03/18 10:20) may be the text's own dateline, which dates it
_POSTER_ROW = re.compile(r"^[^\s\d。，,！？；][^\s。，,！？；]{1,19}\s*[-–—|｜:：]?\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|"
                         # (…or the poster and how long ago it went up, its day in brackets, its column and its count after:
                         # admin8个月前 (09-29)某某产业信息217)
                         r"^[A-Za-z0-9_\u3400-\u9fff]{1,16}?\d{1,2}\s*(?:个月|個月|天|小时|小時|分钟|分鐘|年|周|週)前\s*"
                         r"[(（]\s*\d{1,2}-\d{1,2}\s*[)）][^。，,！？；]{0,24}$")
# the poster's account alone above the post, letters and figures run together as a site's user names are (某某1688):
# the who of the post's row without its when; a report's line of Latin letters is a word or a name with its blanks
_ACCOUNT = re.compile(r"(?=[^\d]*\d)(?=.*[a-z])[A-Za-z][A-Za-z0-9_.]{3,19}")
_DATE_CELL = re.compile(r"(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")
# a site's name alone (華文網, 人民網): ending in 网, the head a site names itself with
# (alone, or as the page's <title> puts it, with the site's slogan after an underscore or a bar: 某某网_书友最值得收藏!)
_SITE_NAME_ALONE = re.compile(rf"[{CJK}A-Za-z0-9]{{1,10}}(?:网|網)(?:\s*[_｜|]\s*[^\s。，,；;：:_｜|]{{2,16}}[!！]?)?")


_SPACED_LETTERS = re.compile(rf"(?<!\S)[{CJK}](?:[ \u3000]+[{CJK}](?![{CJK}]))+")


def unspace_letters(line: str) -> str:
    """``line`` with its words spaced out letter by letter closed up (索   引   号 → 索引号, 发 布 机 构 → 发布机构), as
    a portal's table spaces its labels to one width: the row's labels can then be read."""
    return _SPACED_LETTERS.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group(0)), line) if "  " in line or " " in line else line


_SPACED_AFTER_FIGURE = re.compile(rf"(?<=\d)[{CJK}](?:[ \u3000]+[{CJK}](?![{CJK}]))+")


def spaced_words(line: str) -> list[str]:
    """The words of ``line`` spaced out letter by letter, closed up (索   引   号 → 索引号). A value's figures run
    into the next label once blanks between figures and letters are normalised (…00123分        类): a spaced run
    after a figure gives the word with and without its first letter (号   上 载 日 期: 上载日期, 分        类: 分类)."""
    if " " not in line and "\u3000" not in line:
        return []
    words = [re.sub(r"[ \u3000]+", "", m.group(0)) for m in _SPACED_LETTERS.finditer(line)]
    for m in _SPACED_AFTER_FIGURE.finditer(line):
        word = re.sub(r"[ \u3000]+", "", m.group(0))
        words += [word, word[1:]] if len(word) > 2 else [word]
    return words


def posted_year(line: str) -> int | None:
    """The year of a post's row of who and when (某某  2024-05-08  某某公众号, 2024年05月16日09:30  某某发布), which the
    text drops: its date."""
    if len(line) <= 60 and not re.search(r"[。，,！？；]", line) and (m := _MACHINE_DATE.search(line) or _CLOCKED_DATE.search(line)):
        return int(m.group(0)[:4])
    return None


# a disclosure portal's section header (某某管理委员会政府信息公开, 经开区基层政务公开, 政府信息公开 规章库): the portal's
# heading over its catalogue, its menu's cells after it or not; a report about disclosure names its genre (…信息公开工作年度报告)
_DISCLOSURE_HEAD = re.compile(r"^[^\s。，,！？：:]{0,30}?(?:政府信息公开|政府資訊公開|政务公开|政務公開|信息公开|資訊公開)"
                              r"(?:目录|目錄|专栏|專欄|平台|平臺)?(?:\s+[^\s。，,！？：:]{2,6}){0,3}$")
# …a disclosed document's mode of disclosure (主动公开, 依申请公开) and the page's read-aloud button (朗读, 语音播报), alone on
# their rows between an official document's title and its text: the portal's, never the document's words
_DISCLOSURE_MODE = re.compile(r"^(?:公开方式\s*[:：]?\s*)?(?:主动公开|主動公開|依申请公开|依申請公開|不予公开|不予公開)$|"
                              r"^(?:朗读|朗讀|语音播报|語音播報|听全文|聽全文|收听|收聽|听新闻|聽新聞)(?:本文|全文)?$")
# …the unit that put the page up with its level of government, a blank between (某某局 县级): the platform's publisher row
_PUBLISHER_LEVEL = re.compile(r"^[^\s。，,！？]{2,30}\s+(?:省级|市级|县级|区级|乡级|镇级|省級|市級|縣級|區級|鄉級|鎮級)$")
# …a forum's board named above the post (某某新聞討論版, 某某讨论区): the board's, never the post's title
_BOARD_NAME = re.compile(r"^[^\s。，,！？]{2,12}(?:讨论版|討論版|讨论区|討論區|版块|版塊)$")
# …and the name of the site's column the page is filed under (行业资讯, 工作动态, 就业政策, 新闻中心), alone above the headline or
# in brackets glued before it (【就业政策】标题): a column of portals names a kind of news, never a park, a place or a unit
COLUMN_WORDS = (r"资讯|資訊|动态|動態|新闻|新聞|要闻|要聞|快讯|快訊|公告|政策|聚焦|视点|視點|头条|頭條")
_COLUMN_NAME = re.compile(rf"^[【\[]?[{CJK}]{{0,4}}(?:{COLUMN_WORDS})(?:中心|频道|頻道|速递|速遞)?[】\]]?$")
_COLUMN_TAG = re.compile(rf"^[【\[][{CJK}]{{0,4}}(?:{COLUMN_WORDS})[】\]]\s*(?=\S)")


def is_column_over(line: str, below: str) -> bool:
    """The site's column named on the line right above the headline (行业资讯 / 专家解读：…): ``below`` is that headline, a
    line of words longer than a cell. Among a menu's cells (新闻与公告 / 本部新闻 / 发布日期…) the column is one of them,
    which drop_margins takes with its run."""
    return len(line) <= 12 and bool(_COLUMN_NAME.match(line)) and not PARK_WORD_RE.search(line) \
        and not _UNIT_END.search(line) and len(below) > 12


def strip_column_tag(line: str) -> str:
    """``line`` less the site's column glued before it in brackets (【就业政策】标题), above the text's first sentence."""
    m = _COLUMN_TAG.match(line) if line[:1] in "【[" else None
    return line[m.end():] if m and not PARK_WORD_RE.search(m.group(0)) else line


# a row of the page's counters with a short label before them and no unit after (体育正文 238 0, 阅读 1.2万 评论 3):
# read, liked and commented counts the template sets under the headline; a report's figure has its unit or its name
_COUNTS_ROW = re.compile(r"^[^\s\d。，,！？；:：%.]{1,10}\s*\d{1,7}(?:\.\d[万萬wW])?(?:\s+(?:[^\s\d。，,！？；:：%.]{1,4}\s*)?\d{1,7}(?:\.\d[万萬wW])?){1,3}$")
_YEAR_FIGURE = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.])")


def is_counts_row(line: str, near: list[str]) -> bool:
    """The page's counters under its headline (see _COUNTS_ROW): one such row, no year among its figures, and no row of
    figures beside it (a table's rows come several, 工业总产值 120 85 under 指标 2022 2023)."""
    return bool(_COUNTS_ROW.match(line)) and not _YEAR_FIGURE.search(line) \
        and not any(len(re.findall(r"\d+(?:\.\d+)?", x)) >= 2 and len(x) <= 60 for x in near)


# the paper, the day and the page a reposted story was printed on, as a row of its own over the story (《某某日报》2025年5月29日
# 09版, 《某某晚报》2024年3月5日第A03版): the repost's note of where it took the copy; ``clean.page_credits`` reads its day
_PAPER = r"《\s*([^《》]{1,12}?(?:日报|日報|晚报|晚報|时报|時報|报|報))\s*》"  # (the paper, its name the group)
_DAY = r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # (the day, its year the group)
_PAGE = r"(?:\s*(?:第\s*)?[\dA-Z]{1,4}\s*版[^。，,！？]{0,12}?)?"  # (its page, which may go unsaid)
PAPER_ISSUE_ROW = re.compile(rf"^{_PAPER}\s*[(（]?\s*{_DAY}{_PAGE}\s*[)）]?$")
# …the day first (2024年11月1日《某某日报》第04版): the same note, in the order an e-paper's page header gives it
DAY_PAPER_ISSUE_ROW = re.compile(rf"^{_DAY}\s*(?:星期.)?\s*{_PAPER}{_PAGE}$")


# a site's name in Latin letters and the label of its Chinese edition (Selangorkini 中文, Example News 中文网)
LANGUAGE_EDITION = re.compile(r"[A-Za-z][A-Za-z0-9.&'’ -]{1,30}?\s*[-|｜]?\s*(?:中文|中文版|中文网|中文網|华文|華文|简体|簡體|繁體|繁体)(?:版|网|網)?")
# a post's author as the site's address names him, lower-case words joined by hyphens (ean-yong, li-ming-hua)
_AUTHOR_SLUG = re.compile(r"[a-z]{2,}(?:-[a-z]{2,}){1,3}")
# a breadcrumb alone: two to six column names of words only, each up to ten characters, set apart by > » › ＞ (產經 >
# 園區動態); a headline comparing figures (产值>100亿元) has a figure in it
_CRUMB_ITEM = rf"[^\s>»›＞\d，,。：:]{{1,10}}"
CRUMB_PATH = re.compile(rf"{_CRUMB_ITEM}(?:\s*(?:>>?|»|›|＞)\s*{_CRUMB_ITEM}){{1,5}}\s*(?:>>?|»|›|＞)?|"
                        # (…or its last items on a line of their own, the separator first: > 開發區, the rest of the
                        # path left on the line above or lost with the page's menu — no headline opens on a separator)
                        rf"(?:>>?|»|›|＞)\s*{_CRUMB_ITEM}(?:\s*(?:>>?|»|›|＞)\s*{_CRUMB_ITEM}){{0,4}}")


_PADDED_DAY = re.compile(rf"\s*(?:19|20)\d{{2}}\s*年\s*[01]\d\s*月\s*[0-3]\d\s*日\s*(?:{WEEKDAY})?\s*")


def is_padded_stamp(line: str) -> bool:
    """A day alone written with its zeros (2024年03月01日): a template's stamp, as over an e-paper's page — a writer
    dates in words without them (2024年3月1日); only over a title is it the page's (a document signs with its day)."""
    return bool(_PADDED_DAY.fullmatch(line)) and ("年0" in line or "月0" in line)


def is_head_furniture(line: str) -> bool:
    """Furniture only above a text's first sentence (a report may give its own hotline at its end, a table its
    total, a signature its date; no report's title is a bare site name)."""
    if line[:1] == "《" and PAPER_ISSUE_ROW.match(line) or line[:1] in "12" and DAY_PAPER_ISSUE_ROW.match(line):
        return True  # (《某某日报》2025年5月29日 09版 over a reposted story: where it ran, no line of the story)
    if _HOTLINE.match(line) or is_counter_row(line) or _SITE_NAME_ALONE.fullmatch(line) or _ACCOUNT.fullmatch(line):
        return True
    if len(line) <= 60 and (_DISCLOSURE_HEAD.match(line) or _PUBLISHER_LEVEL.match(line) or _BOARD_NAME.match(line)
                            or _DISCLOSURE_MODE.match(line)):
        return True
    if len(line) == 2 and line[0] in "Aa" and line[1] in "+＋-－":
        return True  # (A+ alone over the text: the font-size button, its pair lost; a rating is never a line by itself there)
    if len(line) <= 60 and (_MACHINE_DATE.search(line) or _CLOCKED_DATE.search(line) or _POSTER_ROW.match(line)) \
            and not re.search(r"[。，,！？；]|记者|記者|通讯员|通訊員|报道|報導", line):
        return True  # 某某  2024-05-08  某某公众号: who posted it and when (a title writes its date 2024年5月8日)
    if is_head_menu(line):  # (up to 120 characters: a tag row of twenty words spaced out runs past 80)
        return True
    if CRUMB_PATH.fullmatch(line):
        return True  # (產經 > 園區動態: the site's path to the page, over its headline or text)
    if LANGUAGE_EDITION.fullmatch(line):
        return True  # (Selangorkini 中文: the site's Latin name and its Chinese edition, over the headline)
    if len(line) <= 30 and _AUTHOR_SLUG.fullmatch(line):
        return True  # (wang-ming: a blog's author named by the slug of its address, under the headline)
    if _BLOG_WIDGET.fullmatch(line):
        return True  # (Categories趋势, Tags: 园区: a blog's widget naming where the post is filed, over its title or text)
    if len(line) <= 80 and _PHONE_NUMBER.search(line) and not re.search(r"[。，,！？；]", line):
        return True  # (媒体/合作/投稿:010-6581xxxx 点击这里给我发消息: whom to call at the site; no title gives a number to dial)
    if len(line) > 80 or re.search(r"[。，,！？；]", line):
        return False
    cells = [c for c in re.split(r"\s{2,}|\u3000+|[|｜]", line) if c.strip()]
    if 2 <= len(cells) <= 4 and sum(bool(_DATE_CELL.fullmatch(c.strip())) for c in cells) == 1 \
            and not any(_UNIT_END.search(c.strip()) for c in cells):
        return True  # (a unit and its date on one row is a signature; above the text a dateline stays a credit)
    return False


# (a label may follow the site's own word for the row: 推广 热搜: …)
# a blog's widget label in English with the category or tag it names (Categories趋势, Tags: 工业园区, Posted in 新闻)
_BLOG_WIDGET = re.compile(r"(?:Categories|Category|Tags|Tagged|Posted\s+in|Filed\s+under)\s*[:：]?\s*[^\s。，,]{0,12}", re.I)
# a telephone number as China prints it: a landline with its area code (010-65815687, 0571-8888 6666) or a service number
# (400-800-1234)
_PHONE_NUMBER = re.compile(r"(?<![\d-])(?:0\d{2,3}[-－ ]?\d{3,4}\s?\d{4}|[48]00[-－ ]?\d{3}[-－ ]?\d{4})(?![\d-])")
_TAG_LABEL = re.compile(rf"^\s*(?:[{CJK}]{{1,4}}\s+)?[{CJK}]{{1,4}}\s*[:：]\s*(?=\S+(?:\s+\S+){{4}})")


def is_head_menu(line: str, figures: bool = False) -> bool:
    """A row of five or more short words side by side with nothing else, above the text: a site's menu or its
    tags (今日新聞 社論 評論 專題報導 自由廣場 報社簡介 回首頁), with or without a short label before a colon
    (热搜: 棉纱  纺织  服装 …, 标签：…); a headline names one matter, not five. ``figures``: a cell may hold a figure
    (體育 3C, 5G专区: a menu's names, which normalising glues to the cell before), as long as the row is judged as no
    half of a sentence, not dropped: a row of years or figures side by side is a table's."""
    line = _TAG_LABEL.sub("", line, count=1)  # (a tag row's label: 热搜: 标签： — the row is the words after it)
    if len(line) > 120 or re.search(r"[。，,！？；:：]" if figures else r"[。，,！？；:：\d]", line):
        return False
    cells = [c for c in _MENU_SPLIT.split(line.strip("」』”")) if c]
    # (Chinese words: a title in English words, Lakeside Science Park Annual Report, is a report's own)
    return 5 <= len(cells) <= 20 and all(len(c) <= 8 for c in cells) \
        and sum(len(c) >= 2 and bool(re.search(f"[{CJK}]", c)) for c in cells) >= 4


# ------------------------------------------------------------ the page's tail

# what a report ends on and keeps wherever it stands: its signature (a unit), its date, its attachments, a
# numbered item, a table's row of figures
# a date on a line of its own, as a report's signature dates it, however written: in figures (2024年3月2日, 2024-03-02)
# or in Chinese numerals, the year's four digits one by one with 〇 (or ○, 零, a letter O, a figure 0 as typists set
# it) for the zero (二〇二三年十二月五日, 二0二四年三月), the day closed by 日 or 号; the one pattern of a date line
# (drop_margins' closing lines and drop_tail's report end)
_YEAR_DIGIT = "〇○零O0一二三四五六七八九"
_DATE_LINE = re.compile(rf"^(?:(?:19|20)\d{{2}}|[{_YEAR_DIGIT}]{{4}})\s*年\s*[\d〇○零O一二三四五六七八九十]{{1,3}}\s*月"
                        rf"(?:\s*[\d〇○零O一二三四五六七八九十]{{1,3}}\s*[日号號])?$|"
                        r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$")
_ATTACHMENT = re.compile(r"^(?:附件|附表|附图|附圖|附录|附錄|注|註|备注|備註)\s*[\d一二三四五六七八九十]*\s*[:：、.]?")
# a unit signing a report: the line ends on a unit's name (UNIT_END's words), or on the whole name of a committee, an
# office or a zone's administration whose last character ends other nouns too (委员会 not 大会, 开发区 not 景区, 党工委)
_UNIT_END = re.compile(rf"(?:{UNIT_END}|委员会|委員會|管委会|管委會|协会|協會|办公室|辦公室|党工委|黨工委|县委|縣委|市委|区委|區委|"
                       rf"园区|園區|开发区|開發區|高新区|高新區|经开区|經開區|工业区|工業區|产业园|產業園)$")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]+[篇章部节])")


# a field's label opening a row (主办单位：, 承办：): a unit signs with its name alone, so a unit's name after a label is a
# field's value (a site's footer: 主办单位：某某市人民政府办公室), no signature
_FIELD_LABEL = re.compile(r"^[^\s:：，。()（）]{1,8}[:：]")


def _signs(line: str) -> bool:
    """A unit's signature: a short line ending on a unit's name, not as a field's value."""
    return bool(_UNIT_END.search(line)) and not _FIELD_LABEL.match(line)


def names_unit_as_field(line: str) -> bool:
    """A field's label and a unit's name as its value (主办单位：某某融媒体中心, 来源：县工业局, 发布机构：区办公室): the
    site's metadata row, wherever the page puts it — a headline's part after a colon says something, a unit's name alone
    says nothing. The label names a field, not a unit or a place (某某高新区：…争创一流园区 is a headline's subject and its
    slogan), and the value is one name, no phrases set apart."""
    label = _FIELD_LABEL.match(line)
    if not label or not _UNIT_END.search(line) or re.search(r"\s", line[label.end():].strip()):
        return False
    name = label.group(0)[:-1]
    return not _UNIT_END.search(name) and not re.search(r"[省市县縣州镇鎮乡鄉园園]$", name)


# a table's or a figure's caption, numbered (表2 某某省化工园区名单（第一批）, 图1 …): the report's own, where the page left out
# the table under it
_TABLE_CAPTION = re.compile(r"^(?:表|图|圖)\s*\d{1,2}(?:[-.．]\d{1,2})?\s*[:：、.．]?\s*[^\s\d]")


def is_report_end_line(line: str) -> bool:
    """A line a report ends on, kept in the tail however the site's furniture surrounds it: a date, a unit, a
    heading, an attachment, a table's caption or its row (two figures as cells), a short closing sentence (特此报告。)."""
    return bool(len(line) <= 40 and (_DATE_LINE.match(line) or _signs(line) or _HEADING.match(line))
                or len(line) <= 60 and _TABLE_CAPTION.match(line)
                or _ATTACHMENT.match(line) or len(line) <= 20 and line.endswith("。")
                or len(re.findall(r"(?:^|\s)[-+]?\d+(?:[.,]\d+)*%?(?=\s|$)", line)) >= 2)


def is_sentence_line(line: str) -> bool:
    """A line of the text itself: it holds a sentence of some length, or it is a paragraph's length (a short
    exclamation under the text is more often the site's call than the text's; a row of twenty tags spaced out
    is as long, and no paragraph; a row of figures and signs, 坐标:19°0′43″N 109°00′00″E / …; …, is data, whatever
    mark it holds)."""
    return (len(line) >= 20 and bool(_SENTENCE.search(line)) or len(line) >= 80 and not is_head_menu(line)) \
        and not is_data_row(line)


def is_data_row(line: str) -> bool:
    """A line mostly of digits and signs (coordinates, codes, a phone number, a table's numbers): a sentence of
    any language is mostly words, so less than two in five of its characters being letters (Chinese or Latin) makes
    it a row of data, never a sentence nor half of one."""
    chars = [c for c in line if not c.isspace()]
    return len(chars) >= 12 and sum(c.isalpha() for c in chars) * 5 < len(chars) * 2


_NAMES_ROW = re.compile(rf"[{CJK}]{{2,4}}(?:[ \u3000、，,][{CJK}]{{2,4}}){{1,3}}")
# a reporter's credit however the site sets it (新派融媒体记者: 某某/文, 记者 某某 通讯员 某某)
_WRITER_CREDIT = re.compile(r"[^。，,！？]{0,12}(?:记者|記者|通讯员|通訊員)[:：\s]?[^。，,！？]{1,30}")
_CLOSING_CALL = re.compile(r"[^！!]{1,19}[！!]")
_BROKEN_AFTER = re.compile(r"[，,、；;：:《“‘（(—]$")
_BROKEN_BEFORE = re.compile(r"[》”’）)，,。、；;：:！？]")
_CALL_MARK = re.compile(r"[！!]|^[^\w\s（(【\[“「《]")
_SIGNED_OFF = re.compile(r"[。！？!?”」][(（][^()（）。，,！？]{2,12}[)）]$")


def drop_tail(lines: list[str], furniture_after: list[bool], furniture_at_end: bool = False,
              is_credit: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The page's tail: after its last sentence line, the lines that follow the site's furniture, and the short
    lines between that sentence and the furniture closing the page (阅读原文, 特别声明 over the site's statement).
    ``furniture_after[i]`` says whether furniture was dropped between ``lines[i - 1]`` and ``lines[i]``
    (or ``lines[i]`` is furniture itself), ``furniture_at_end`` whether some was dropped after the last line. The
    text's own closing lines stay (see is_report_end_line), and before the furniture closing the page its credits
    too (``is_credit``: 新派融媒体记者: 某某/文, a row of its writers' names)."""
    last = max((i for i, x in enumerate(lines) if is_sentence_line(x)), default=None)
    if last is None:
        return lines
    # a news item ends on its credit in brackets after its last full stop (…。（中央社）, …。(某某)): past it, with no
    # paragraph and no sentence closed by a full stop after, and the site's marks among what follows (a call to the
    # reader exclaimed, a teaser's bullet: 快点我加入…！, 👉…, ◤…◢), what follows is the site's, furniture dropped or
    # not; an aside in brackets (…。（下同）) is followed by the text's own lines
    signed = max((i for i, x in enumerate(lines[:last + 1]) if _SIGNED_OFF.search(x)), default=None)
    after = lines[signed + 1:] if signed is not None else []
    started = bool(after) and all(len(x) < 40 and not x.endswith("。") for x in after) \
        and any(_CALL_MARK.search(x) for x in after)
    if started:
        last = signed
    out = lines[:last + 1]
    closed = furniture_at_end  # (whether the site's furniture comes after line i: the page closes on it)
    closes = [False] * len(lines)
    for i in range(len(lines) - 1, last, -1):
        closes[i] = closed
        closed = closed or furniture_after[i]
    # (pieces of a sentence a page's links broke, 根据《 / 某某法 / 》第五条…, are no lines of the site's own: the
    # lines before the furniture are taken for the site's only when each is whole)
    whole = not any(_BROKEN_AFTER.search(lines[i - 1]) or _BROKEN_BEFORE.match(lines[i]) for i in range(last + 1, len(lines)))
    kept = True  # (whether the line before was kept)
    for i in range(last + 1, len(lines)):
        started = started or furniture_after[i]
        # (before the furniture closing the page, a speech's short closing exclamation stays too: 谢谢大家！; and the
        # text's next line cut short where a page stops showing it, under a line of the text: 各县区和园区始终………… under
        # its heading, over the site's call to pay for the rest)
        own = _CLOSING_CALL.fullmatch(lines[i]) or _NAMES_ROW.fullmatch(lines[i]) or _WRITER_CREDIT.fullmatch(lines[i]) \
            or is_credit(lines[i]) or kept and _CUT_SHORT.search(lines[i])
        kept = not ((started or closes[i] and whole and not own) and not is_report_end_line(lines[i]))
        if kept:
            out.append(lines[i])
    return out


# ------------------------------------------------------------ rows that need their neighbours

# a catalogue's label and its value on one row (内容概述 某某2022年上半年工作总结, or with its colon: 内容概述: 某某…), the
# value a line the page prints next to it (the title): the label is the site's, and the value is printed again as the
# text's own line
_LABELLED = re.compile(rf"^([{CJK}]{{2,6}})(?:[ \u3000]+|\s*[:：][ \u3000]*)(\S.{{3,60}})$")


def labels_a_line_near(line: str, near: list[str]) -> bool:
    line = unspace_letters(line)  # (名        称 某某计划: a label spaced to the table's width)
    m = _LABELLED.match(line) if len(line) <= 70 else None
    return bool(m and not _HEADING.match(line) and m.group(2).strip() in near)


# a page <title> of keywords joined by underscores, the last a site's name (某某_某某_某某综合网): a real page's
# <title> repeats its headline, which the page prints again below; a hijacker's keywords the page never repeats
_KEYWORD_TITLE = re.compile(rf"^(?:[^\s_。，,！？!?]{{2,24}}_){{2,}}{_SITE_NAME}$|^(?:[^\s_。，,！？!?]{{2,24}}_){{2,}}[^\s_。，,！？!?]{{1,12}}(?:网站|網站|平台|官网|官網)$")


# a page <title> as sites set it, the headline and the site's name joined by one separator (某某门户网站-标题, 标题 - 某某网,
# 标题_某某): never a subtitle's dash (——在…会议上的讲话)
_TITLE_JOIN = re.compile(r"(?<![-—])\s*(?:-|_|\||｜|–)\s*(?![-—])")


def is_doubled_title(line: str, below: list[str]) -> bool:
    """A page ``<title>`` over the page: the site's name joined to the headline that the page prints again as a line
    of its own right under it. The headline stays there; the line is the site's."""
    if len(line) > 120 or not _TITLE_JOIN.search(line):
        return False
    for m in _TITLE_JOIN.finditer(line):
        a, b = line[:m.start()], line[m.end():]
        for head, site in ((b, a), (a, b)):
            if len(head) >= 6 and 2 <= len(site) <= 20 and not _SENTENCE.search(site) and head in below:
                return True
    return False


_KEYWORD_RUN = re.compile(r"^(?:[^\s_\-。，,！？!?]{2,24}[_\-]){3,}[^\s_\-。，,！？!?]{2,24}$")
# …the same run with blanks inside its phrases and a sign after the last (五个 or more phrases joined by _)
_LONG_KEYWORD_RUN = re.compile(r"^(?:[^_。，,！？!?；;：:]{2,30}_){4,}[^_。，,！？!?；;：:]{2,30}[?？!！]?$")


# …or a page's keywords as its <meta name="keywords"> lists them, five or more short phrases joined by the ASCII comma the
# markup uses (九九精品九九,某某在线,…), sharing no words with the text under it: a hijacker's list is about another
# trade, where a mirror's lead (its commas made ASCII, 3月2日,某园区召开…,部署…) tells in other words what the
# headline and the paragraphs under it tell (园区, 项目, 会议)
_KEYWORD_LIST = re.compile(r"^(?:[^,，。、！？!?；;：:]{2,24},){4,}[^,，。、！？!?；;：:]{0,24},?$")
_PHRASE_ROW = re.compile(r"^(?:[^,，丨|｜。、！？!?；;：:]{2,24}[,丨|｜]){3,}[^,，丨|｜。、！？!?；;：:]{2,24}[,丨|｜]?$")
_CJK_PAIR = re.compile(rf"(?=([{CJK}]{{2}}))")
_DIGIT_GROUPS = re.compile(r"\d,\d{3}")  # (19,473,995元: a figure's thousands, never a list)


def _shared_pairs(line: str, text: str) -> float:
    """The share of ``line``'s pairs of adjacent characters that ``text`` holds too (0 when it holds none)."""
    pairs = set(_CJK_PAIR.findall(line))
    return len(pairs & set(_CJK_PAIR.findall(text))) / len(pairs) if pairs else 1.0


_GENRE_WORD = re.compile(r"总结|總結|计划|計劃|計畫|报告|報告|汇报|匯報|讲话|講話|要点|要點|方案|意见|意見|通知|范文|範文")


def repeated_slogans(head: list[str], text: str) -> set[str]:
    """Lines the page prints twice or more above its text that are no headline of it: a site's slogan or its logo's
    words set in the header and again by a widget (天下好货一手掌握 over 扫一扫关注 and again over the headline). ``head``
    is the lines above the text's first sentence, ``text`` the text's first lines. A headline printed twice shares its
    words with the text under it and stands right above it (a kicker too); a slogan shares none of them."""
    # (a phrase of six characters or more: a column's name, 本部新闻, is printed twice by a breadcrumb and a tab, and the
    # margins judge it; a collection's name counts its pieces, 某某范文6篇, and a genre word names the text, 工作总结)
    seen = Counter(x for x in head if 6 <= len(x) <= 30 and not _SENTENCE.search(x) and not re.search(r"[，,：:\d]", x)
                   and not _GENRE_WORD.search(x))
    last = head[-1] if head else ""
    return {x for x, n in seen.items() if n >= 2 and x != last and x not in last and _shared_pairs(x, text) == 0
            and not _HEADING.match(x)}


def is_foreign_title(line: str, below: list[str]) -> bool:
    """A page ``<title>`` at the page's top that names nothing the page goes on to print (see _KEYWORD_TITLE):
    three segments or more ending in a site's name, four or more keywords joined by _ or -, or a keyword list."""
    if "," in line and len(line) <= 300 and _KEYWORD_LIST.match(line) and not _DIGIT_GROUPS.search(line):
        segments = [x.strip() for x in line.split(",") if x.strip()]
        return sum(map(len, segments)) <= 14 * len(segments) and _shared_pairs(line, "".join(below)) < 0.05 \
            and not any(seg in x for seg in segments if len(seg) >= 4 for x in below)
    if _PHRASE_ROW.match(line) and not _DIGIT_GROUPS.search(line) and len("".join(below)) >= 30:
        # (four phrases or more set apart by commas or bars over the page — 某某精品,某某在线,…; …丨…丨… — that the text,
        # read in Simplified as the row, does not go on to use: the search phrases a spam or hacked site plants on top)
        from .parks import to_simplified  # (parks imports this module: asked at call time)
        return _shared_pairs(to_simplified(line), to_simplified("".join(below))) < 0.1
    if line.count("_") >= 4 and len(line) <= 300 and _LONG_KEYWORD_RUN.match(line) and len("".join(below)) >= 30:
        # (a hijacker's <title> of search phrases, some spaced, one closed by a ? the markup lost a sign to, too long for
        # a title: 某某精品_某某 某某第一区_…_某某无线码?; the text under it uses none of their words)
        from .parks import to_simplified  # (parks imports this module: asked at call time)
        return _shared_pairs(to_simplified(line), to_simplified("".join(below))) < 0.1
    if len(line) > 120 or not (_KEYWORD_TITLE.match(line) or _KEYWORD_RUN.match(line)):
        return False
    return not any(seg in x for seg in re.split(r"[_\-]", line) if len(seg) >= 4 for x in below)


# ------------------------------------------------------------ the text's margins

# A page's text is one region of running prose: sentences closed by their stops, paragraphs of some length. What a
# site sets around it, whatever its words, is set in cells: short lines with no sentence in them, often in runs (a
# menu, a link list, a footer's rows). Above the text a report keeps its title block (a title, a document number, a
# date, a unit); below it, its signature (a unit, a date), its attachments, its tables and a news item's credits.
# The margins below drop the cells around the prose that have none of those forms.

# a line of running prose: a paragraph's length, or a sentence closed by its stop (a quotation or a bracket may close
# after it); a teaser's headline ends on its last word, whatever it exclaims inside (崩盘要来了!《某书》示警:…「这个」)
_PROSE_END = re.compile(r"[。！？!?；;][”’」』）)】\"']*$")


_ADDRESS = re.compile(r"(?:https?://|www\.)[!-~]+")


def is_prose(line: str) -> bool:
    if "://" in line or "www." in line:
        line = _ADDRESS.sub("", line)  # (an address is no prose, however long: URL: https://…)
    n = len(line)
    return n >= 80 or n >= 16 and ("。" in line or bool(_PROSE_END.search(line)))


# what a menu's or a list's cell never holds: a figure, a sentence's or a clause's punctuation, a title's quotes
_CELL_BREAK = re.compile(r"[\d０-９，。、；！？,;!?（）()《》“”「」『』〔〕\[\]【】]")
_ASCII_CELL = re.compile(r"[A-Za-z][A-Za-z+&'-]*(?: [A-Za-z][A-Za-z+&'-]*)?")  # (Free service, hotline, Apps)


def _cell(line: str, limit: int) -> bool:
    """A cell of a menu or a list: a word or a short phrase, no figure, no punctuation but a label's colon, no
    heading's number (一、 （一） 第一章)."""
    s = line.rstrip(":： |｜")
    if not s or _CELL_BREAK.search(s) or _HEADING.match(s):
        return False
    return len(s) <= limit or _ASCII_CELL.fullmatch(s) is not None and len(s) <= 24


# the lines a report closes on besides its signature (is_report_end_line): its date however written (_DATE_LINE),
# a field of its contact (招商热线：0571-…, 传真：…), a table's row (cells side by side, two with figures, no clause's
# punctuation: a teaser's headline has its ? and its quotes)
_FIELD_ROW = re.compile(r"^[^\s:：，。]{2,8}[:：]\s*[\d(（+][\d\s\-－()（）/、,，转轉]{5,}$")
_CLAUSE_MARK = re.compile(r"[?？!！「」“”:：,，。、]")


# …and a unit's or a paper's credit in brackets on its own line (（高新区融媒体中心）, 《某某日报》（2023年02月10日05版）),
# an item of a list set with a bullet or counted in words (●一是招商引资攻坚): the text's own enumeration
_BRACKET_CREDIT = re.compile(r"^(?:《[^》]{2,20}》)?[(（][^()（）]{2,30}[)）]$")
_ITEM = re.compile(r"^[●○■□◆◇▲△•·]?\s*[一二三四五六七八九十]+(?:是|要|抓)")
# a heading's number as official writing sets it (一、 （一） （1） 1、 第一章 【第一篇】): clean.py joins no line onto one
HEADING_START = re.compile(rf"^([{CN_DIGITS}]+[、.．]|[（(][{CN_DIGITS}\d]+[）)]|\d{{1,2}}[、.．](?!\d)|第[{CN_DIGITS}\d]+[篇章部节]|【第)")
# what opens the report's own matter after its prose, which stays whole: a heading (一、 （一） 第一章), an attachment (附件：…,
# 附：…名单)
_OWN_MATTER = re.compile(rf"{HEADING_START.pattern}|^附\s*[:：]")


# the text's next line cut short where the page stops showing it (…各县区和园区始终…………, 小编就顿悟了...)
_CUT_SHORT = re.compile(r"(?:…|\.{3})$")


def _closing_form(line: str) -> bool:
    line = line.rstrip(" |｜")  # (二〇二〇年二月三日 |: a date a page's table closes)
    if _DATE_LINE.match(line) or _FIELD_ROW.match(line) or _BRACKET_CREDIT.match(line) or _ITEM.match(line) \
            or _DATE_CELL.search(line):
        return True
    cells = line.split()
    return len(cells) >= 2 and sum(bool(re.search(r"\d", c)) for c in cells) >= 2 and not _CLAUSE_MARK.search(line)


# a clause's small words: particles, pronouns, adverbs a sentence's line holds (每天都在写园区的新闻, 带你看看园区的四季) and
# a menu's label, a noun or a verb and its object (园区概况, 查看原文), does not
_CLAUSE_WORD = re.compile(r"[的了着著过過都把被你我他她它这這那吗嗎呢吧啊么麼]")


# a place's name by how it ends (临川县, 青州市): the first line of a title broken after the place it names
_PLACE_END = re.compile(r"(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉)$")


# what follows a name opening a lead when the name is a paper's or a site's credit, not the text's subject (某某网讯,
# 某某发布讯, 某某报道, 某某消息)
_CREDIT_AFTER = re.compile(r"[讯訊电電]|报道|報導|报导|消息|记者|記者")


def _opens(cell: str, prose: str) -> bool:
    """Whether the text's first sentence opens with ``cell`` as its subject (元朗創新園（英語：…），前稱…), not as the
    credit of the site that prints it (某某发布讯…)."""
    return prose.startswith(cell) and not _CREDIT_AFTER.match(prose, len(cell))


def is_top_cell(line: str) -> bool:
    """A cell the page sets above its text (导航, 查看原文, 朗读): a word or a short phrase, no clause's small word, no
    unit's, park's or place's name (a title broken after the place it names, 临川县, stays)."""
    return _cell(line, 8) and not _UNIT_END.search(line) and not PARK_WORD_RE.search(line) \
        and not _CLAUSE_WORD.search(line) and not _PLACE_END.search(line)


# a headline's kicker or deck set as a couplet of lines, one phrase a line and the phrases of one length (打破行政界限 /
# 实现互利共赢): the parallel phrasing of Chinese headlines, which no row of a site's cells has — its cells are words of
# any length (朗读, 内容导航, 分享); from five characters, as four-character field labels pair by chance (公开日期, 文件编号)
_COUPLET_PHRASE = re.compile(rf"[{CJK}]{{5,12}}")


def is_couplet_line(line: str, neighbours: list[str]) -> bool:
    """Whether ``line`` is one phrase of a kicker's couplet: a phrase of five to twelve characters, and one of the
    lines right before or after it a phrase of the same length (打破行政界限 over 实现互利共赢)."""
    return bool(_COUPLET_PHRASE.fullmatch(line)) and any(
        len(x) == len(line) and _COUPLET_PHRASE.fullmatch(x) for x in neighbours)


def drop_margins(lines: list[str], is_own: Callable[[str], bool] = lambda _: False) -> list[str]:
    """``lines`` less the site's cells around the text's prose (see is_prose):
    - above it, the cells the page opens with (导航, 查看原文, APP下载: a site's word over its page) but the one right
      above the prose, which may be the title (本园营运概况), a line naming a place or a park (临川县 over
      经济开发区…工作汇报, 湖畔科学园区年报), a title (``is_own``), a clause (桂湾科创园的四季) and the name the text's first
      sentence opens with (元朗創新園 over 元朗創新園（英語：…），前稱…: what the text is about, never a site's word); and a run of five or
      more cells anywhere above it (a menu's items one a line) unless a third of them are clauses: a title block is
      one to four lines, and a report's cover carries its year;
    - below it, once the report's own closing lines are over (its signature, date, contact, credits, table rows, an
      enumeration, ``is_own``), the short lines with no full stop (a link list's headlines, the site's buttons and
      slogans); from a heading or an attachment in the tail (一、…, 附：…) on, the lines are the report's and stay;
      and a text of one paragraph, or set in short lines (a post's one clause a line), keeps its tail: its own
      lines cannot be told from the site's there.
    ``is_own`` tells a line the report keeps wherever it stands (its title by its genre word, a credit)."""
    flags = [is_prose(x) for x in lines]  # (once a line: the reader's CPU)
    first = next((i for i, f in enumerate(flags) if f), None)
    if first is None:
        return lines
    drop = set()
    i = 0
    while i < first and is_top_cell(lines[i]) and not is_own(lines[i]) and not _opens(lines[i], lines[first]) and i + 1 < first:
        drop.add(i)  # (the line right above the prose may be its title, 本园营运概况)
        i += 1
    i = 0
    while i < first:
        j = i
        while j < first and _cell(lines[j], 12):
            j += 1
        if j - i >= 5 and sum(bool(_CLAUSE_WORD.search(x)) for x in lines[i:j]) * 3 < j - i:
            drop.update(range(i, j))  # (a post's opening lines one clause a line are no menu: 带你看看园区的四季)
        i = max(j, i + 1)
    # (below the text, its last line of prose is a paragraph or a sentence closed by its full stop: a link list's
    # headline may end on a question or an exclamation, 园区企业上榜了吗？)
    last = max((i for i, x in enumerate(lines) if flags[i] and (len(x) > 40 or "。" in x)), default=first)
    # (a text set in short lines, a post's one clause a line (朋友问我 / 写了那么多关于园区的文章), goes on in them after
    # its last sentence: where the text's own lines between its sentences are mostly such, or it has one paragraph
    # only, its tail cannot be told from the site's by its form)
    prose = sum(flags[first:last + 1])
    loose = sum(not flags[k] and not _HEADING.match(lines[k]) and not _closing_form(lines[k]) for k in range(first, last + 1))
    if loose > prose or prose < 2:
        return [x for k, x in enumerate(lines) if k not in drop] if drop else lines
    own = last
    for k in range(last + 1, len(lines)):
        x = lines[k]
        if _OWN_MATTER.match(x) or _ATTACHMENT.match(x):
            own = len(lines)  # (the report's outline goes on after its prose: it stays)
            break
        if len(x) <= 40 and _signs(x) and not _closing_form(x) and not is_own(x):
            # (a unit signs the report right under its prose or its other signatures, or over its date: a shop's
            # name among a site's product links, 合肥某科, ends like a unit all the same)
            if k == own + 1 or k + 1 == len(lines) or _closing_form(lines[k + 1]):
                own = k
            continue
        if is_report_end_line(x) or _closing_form(x) or is_own(x) or "。" in x or _CLOSING_CALL.fullmatch(x) and len(x) <= 12 \
                or _SIGNED_OFF.search(x) \
                or _NAMES_ROW.fullmatch(x) or _WRITER_CREDIT.fullmatch(x) or k == last + 1 and _CUT_SHORT.search(x):
            own = k
    whole = not any(_BROKEN_AFTER.search(lines[k - 1]) or _BROKEN_BEFORE.match(lines[k])
                    for k in range(own + 1, len(lines)))
    if whole:
        drop.update(k for k in range(own + 1, len(lines)) if len(lines[k]) <= 40 and "。" not in lines[k])
    return [x for k, x in enumerate(lines) if k not in drop] if drop else lines
