"""Cleaning: scraped page text → the report text a reader should see.

Works line by line (one paragraph per line, as ``read`` returns it) and only
removes or re-joins; it never rewrites the source's characters (no Traditional →
Simplified conversion: the user reads the source's own characters). What it does:

- drops site furniture: navigation trails, "相关推荐"-style link lists, intro
  blurbs (下面是小编整理的…, 【写作参考】…), view counters, document-site metadata
  ("- 约5.78千字", "- 2024-03-10 发布于四川", "- 举报"), source credits;
- removes pinyin annotations some sites put after each character (工業(yè) → 工業);
- normalises full-width digits and letters to half-width and removes the stray
  spaces a PDF-to-HTML step leaves between Chinese and numbers (2007 年 → 2007年);
- re-joins paragraphs a site broke in the middle of a sentence, including pages
  cut into numbered chunks ("1、…" "2、…") that split mid-word;
- restores line breaks in run-on text where headings (一、… （一）…) were glued
  into one paragraph, so the splitter sees them at the start of a line.

Every step is idempotent, so ``clean_text(clean_text(x)) == clean_text(x)``.
"""
from __future__ import annotations

import functools
from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)
from .scripts import traditional_chars
from collections import Counter
from dataclasses import dataclass, field

from ..text import CJK, CN_DIGITS as _CN_NUM, fold_pdf_ideographs
from . import furniture, kinds, parks, titles
from .tables import rows_from_column_cells

_TERMINAL = "。！？!?；;：:…”’」』）)"

# ------------------------------------------------------------ characters

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FULLWIDTH.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FULLWIDTH.update({0xFF0E: ord("."), 0xFF05: ord("%")})  # ．５ and ％ belong with the digits
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
# (some sites set a blank before the closing bracket: 會(huì ); some annotate a character twice: 經(jing)(jing))
_PINYIN = re.compile(rf"(?<=[{CJK}])(?:[(（][a-zü{_TONED}]{{1,7}}\s?[)）])+")
_ONE_SYLLABLE = re.compile(rf"[(（]([a-zü{_TONED}]{{1,7}})\s?[)）]")
# a syllable of Hanyu Pinyin, its tone mark taken off (an initial, then a final: the scheme's own table)
_SYLLABLE = re.compile(r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                       r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|in|un|ün|"
                       r"ia|ie|iu|ua|uo|ui|üe|ve|er|a|o|e|i|u|ü|v)|[mn]g?")
_UNTONED = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuüüüünnnm")


# a character the page lost with half of its annotation: 梧州日?qǐng)?bào)訊 (a ? for the character and its opening bracket)
_LOST_PINYIN = re.compile(rf"[?？]([a-zü{_TONED}]{{1,7}})[)）]")


def _is_syllable(latin: str) -> bool:
    return bool(_SYLLABLE.fullmatch(latin.translate(_UNTONED)))


def _strip_pinyin(line: str) -> str:
    # a parenthesised latin syllable *with a tone mark* is an annotation: "硅(玻璃)" or "法国(snc)" are real text.
    # A syllable without one is an annotation too where the line's others are: the neutral tone has no mark
    # (的(de), 们(men)); so it is where a line annotates character after character with unmarked syllables
    # (長(chang)沙(sha)經(jing)濟(ji): three or more, each a syllable of the scheme)
    runs = []  # (the run, whether a syllable has its tone mark, whether all are syllables, whether of two letters or more)
    for m in _PINYIN.finditer(line):
        sylls = _ONE_SYLLABLE.findall(m.group())
        runs.append((m, any(c in _TONED for s in sylls for c in s), all(_is_syllable(s) for s in sylls),
                     all(len(s) >= 2 for s in sylls)))
    marked = any(toned for _, toned, _, _ in runs)
    # (a letter alone is no such line's evidence: (a)類、(e)類、(o)類 name classes)
    unmarked = sum(1 for _, _, syllables, long in runs if syllables and long)
    out, at = [], 0
    for m, toned, syllables, long in runs:
        if toned or syllables and (marked or unmarked >= 3 and long):
            out.append(line[at:m.start()])
            at = m.end()
    line = "".join(out) + line[at:]
    if "?" in line or "？" in line:
        line = _LOST_PINYIN.sub(lambda m: "" if any(c in _TONED for c in m.group(1)) else m.group(0), line)
    return line


_SPACE_CJK_NUM = re.compile(rf"(?<=[{CJK}])[ \u00a0\u3000]+(?=[0-9])|(?<=[0-9.%])[ \u00a0\u3000]+(?=[{CJK}])")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \u00a0\u3000]+(?=[，。、；：！？）,])")
_STRAY_QUOTE = re.compile(rf"(?<=[{CJK}])['`](?=[{CJK}])")  # anti-copy noise: 破損的'樹池
_BULLET = re.compile(r"^(?:[-•·▪●○◆◇■□▶►]\s+)+")
_BLOCK_MARKS = re.compile(r"^(?:(?:视频|視頻|图集|圖集|音频|音頻|正文)\s?[se](?=\s|[\u3400-\u9fff*])\s*){2,}")
_MARKDOWN_HEADING = re.compile(rf"^#{{1,6}}\s+(?=[{CJK}“「《（(])")


# the three tables as one, and the characters they map: most lines hold none of them, and a
# regular expression finds that out much faster than str.translate walks a long line
_ONE_TABLE = {**_INVISIBLE, 0x00A0: ord(" "), **_FULLWIDTH}
_TO_MAP = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_ONE_TABLE)) + "]")
_SPACES = re.compile("[ \u00a0\u3000]")
# a line's indent lost as question marks (two full-width spaces written as ?? by a lossy conversion), before the words of
# a line that opens on a character, a numbered heading or an opening bracket or quotation mark
_LOST_INDENT = re.compile(rf"\?{{1,4}}\s*(?=[{CJK}（(【“「《])")


# a site's address put inside the prose, between two characters, where the text had its comma (…战略实施https://www.x.com/中部
# 已经成为…https://www.x.com/越来越多的…): a spam site's links planted in a copied article, the same address each time
_ADDRESS_IN_PROSE = re.compile(rf"(?<=[{CJK}”」）)])https?://[!-~]+?(?=[{CJK}“「（(]|$)")


def _injected_addresses(line: str) -> str:
    """The line with an address it holds twice or more inside its prose put back as the comma it stands for."""
    found = [m.group(0) for m in _ADDRESS_IN_PROSE.finditer(line)]
    planted = {a for a in found if found.count(a) >= 2}
    return _ADDRESS_IN_PROSE.sub(lambda m: "，" if m.group(0) in planted else m.group(0), line) if planted else line


@functools.lru_cache(maxsize=8192)  # the text's lines are normalised for cleaning and again for its credits
def normalize_line(line: str) -> str:
    if _TO_MAP.search(line):
        line = line.translate(_ONE_TABLE)
    line = line.strip(" \t\u3000\x0b\x0c")  # (a form feed or a vertical tab: a page break, no character of the line)
    if line[:1] in "-•·▪●○◆◇■□▶►":
        line = _BULLET.sub("", line)
    if line[:2] in ("视频", "視頻", "图集", "圖集", "正文") and (marks := _BLOCK_MARKS.match(line)):
        line = line[marks.end():]  # (视频 s 视频 e 图集 s 图集 e 正文s …: a template's marks where its blocks start and end)
    if line[:1] == "#" and (heading := _MARKDOWN_HEADING.match(line)):
        line = line[heading.end():]  # (# 某园区发展规划: a heading's mark in a page written in Markdown, no word of the heading)
    if line[:1] == "?" and (lost := _LOST_INDENT.match(line)):
        line = line[lost.end():]  # ????前三季度，…: a paragraph's indent of full-width spaces, lost as ? by a conversion to a
        # charset without them; no Chinese line opens on a question mark
    if "[" in line:
        line = _WIKI_EDIT.sub("", line)  # [編輯]大埔創新園是…: a wiki's edit link glued to its section
    if line[:1] in "|｜" and _PIPE_BEFORE_TEXT.match(line) and not re.search(r"[|｜]", line[1:].rstrip(" |｜")):
        line = line[1:].strip(" |｜")  # | 2007年，全市… |: a menu's separators left around the text's first line (a table's
        # row has a bar between its cells too)
    if line[-1:] in "|｜" and line.count("|") + line.count("｜") == 1 and len(line) > 2:
        line = line[:-1].rstrip()  # (…分会场。某某网 某某摄 |: a cell's separator left after the text, as before it)
    if "://" in line:
        line = _injected_addresses(line)
    if "(" in line or "（" in line or "?" in line or "？" in line:
        line = _strip_pinyin(line)
    if _SPACES.search(line):
        line = _SPACE_CJK_NUM.sub("", line)
        line = _SPACE_BEFORE_PUNCT.sub("", line)
    if "'" in line or "`" in line:
        line = _STRAY_QUOTE.sub("", line)
    if len(line) <= 40 and " " in line and _LETTER_SPACED.fullmatch(line.strip()):
        line = line.replace(" ", "")  # 政 府 工 作 报 告: a heading spaced out letter by letter
    if ("\\" in line or "PAGE" in line) and _WORD_FIELD_CODE.search(line):
        line = _WORD_FIELD_CODE.sub("", line).strip()  # =1\*CHINESENUM3一、…: a Word file's numbering field left as text
    if ("页" in line[:6] or "頁" in line[:6]) and (marks := _PAGE_FURNITURE_MARKS.match(line)):
        line = line[marks.end():]  # .页眉 .页脚 .赴某地考察报告: a converted PDF's or Word file's header and footer marks
    if line[:1] == "第" and (counter := _PAGE_COUNTER.match(line)):
        line = line[counter.end():]  # 第页共页在…致辞尊敬的…: a document site's page counter, its numbers lost
    if line[:1] in "[【(（〔" and (carried := _CARRIED_OVER.match(line)):
        line = line[carried.end():]  # [接上页] 到2020年，…: a paged site's or a paper's mark that the text runs on from the
        # page before (上接第2版, 续上页) — no words of the text
    return line.strip(" \t\u3000")


# what a converted Word file keeps of its fields' codes: list numbering (=1\*CHINESENUM3, =2\*ROMAN), \* MERGEFORMAT,
# a page-number field's code and result on a line of its own (—PAGEPage11—, {PAGE})
_WORD_FIELD_CODE = re.compile(r"=\s*\d+\s*\\\*\s*[A-Za-z]+\d*\s*|\s*\\\*\s*MERGEFORMAT\s*|"
                              r"^[—–-]*\s*PAGE\s*(?:Page)?\s*\d*\s*[—–-]*$|\{\s*PAGE\s*\}")
_WIKI_EDIT = re.compile(r"\[(?:編輯|编辑|編輯原始碼|编辑源代码|編輯源代碼|修改|edit)\]")
_PIPE_BEFORE_TEXT = re.compile(rf"^[|｜]\s+[{CJK}\d]")
_LETTER_SPACED = re.compile(rf"(?:[{CJK}][ \u3000]+){{2,}}[{CJK}]")
_PAGE_COUNTER = re.compile(r"第\s*\d*\s*页\s*共\s*\d*\s*页\s*(?=\S)")
_CARRIED_OVER = re.compile(r"[\[【(（〔]\s*(?:接上[页頁页版]|续上[页頁版]|續上[頁版]|上接(?:第?\s*[\d一二三四五六七八九十]{1,3}\s*)?[版页頁]|"
                          r"续前[页頁]?|續前[頁]?|接前[页頁])\s*[\]】)）〕]\s*")
# what converting a PDF or a Word file leaves of its page furniture at a line's start: 页眉 / 页脚 (header, footer)
# marks, alone or before the line's text; no real title or sentence opens with them
_PAGE_FURNITURE_MARKS = re.compile(r"^(?:[.．·•]?\s*(?:页眉|页脚|頁眉|頁腳|頁首|頁尾)\s*)+[.．·•]?\s*")


# ------------------------------------------------------------ boilerplate


def _words(pattern: str, flags: int = 0) -> re.Pattern:
    """A list of words ``a|b|c`` as one pattern that skips a position at once unless it holds a
    first character of one of them (the engine would otherwise try every word at every position)."""
    firsts = {w[0] for w in pattern.split("|")}
    if flags & re.I:
        firsts |= {c.swapcase() for c in firsts}
    return re.compile(f"(?=[{re.escape(''.join(sorted(firsts)))}])(?:{pattern})", flags)


# headers of "more documents" lists: the header and the link lines under it go
_LIST_HEADER = re.compile(
    r"^(?:【[^】]{1,40}】)?【?(相关推荐|相關推薦|相关文章|相關文章|相关新闻|相關新聞|相关阅读|相關閱讀|相关范文|推荐阅读|推薦閱讀|"
    r"热门文档|熱門文檔|热门推荐|熱門推薦|您可能关注的文档|您可能關注的文檔|你可能还喜欢|猜你喜欢|猜你喜歡|"
    r"最近下载|最近下載|延伸阅读|延伸閱讀|更多范文|更多相关|精选范文|相关文档|相關文檔|热门文章|熱門文章|最新文章|"
    r"您可能喜欢|您可能喜歡|你可能喜欢|精彩推送|更多>?[^\s。，]{0,6}(?:资讯|資訊|新闻|新聞|文章|报道|報導|报导|報道)|"
    r"you may also like|related (?:articles|posts|documents))】?\s*[:：]?$",
    re.I,
)
# after the text has begun, any site's header of such a list, whatever its own name before it: which of its pages
# (random, hot, latest, related, picked, past) and what they are (articles, reading, news, a ranking), in either order: 某某公司推荐阅读, 新闻推荐,
# 随机文章, 往期回顾 (above the text a list so named may hold the page's own headline: only the words above say so)
_LIST_HEADER_AFTER = re.compile(r"^[^\s。，,！？：:]{0,8}(?:(?:随机|隨機|热门|熱門|最新|相关|相關|推荐|推薦|精彩|往期|延伸|猜你|本类|本類|"
                                # (…a question-and-answer site's list of its other questions: 相似回答, 类似问题, 相关问答)
                                r"相似|类似|類似)"
                                r"(?:文章|阅读|閱讀|推荐|推薦|新闻|新聞|资讯|資訊|报道|報導|排行|回顾|回顧|链接|鏈接|喜欢|喜歡|回答|问题|問題|问答|問答)|"
                                # (…or what they are first, then which: 新闻推荐, 文章排行)
                                r"(?:文章|新闻|新聞|资讯|資訊|图片|圖片|视频|視頻)(?:推荐|推薦|排行|精选|精選))\s*[:：]?$|"
                                # (…and such a header the scrape cut to its last characters, still closed by its colon: 荐阅读：)
                                r"^[^\s。，,！？：:]?(?:阅读|閱讀)\s*[:：]$")
# the rows' alternatives that scan the whole line, each asked only when the line holds a word it cannot match without
# (the reader's CPU: the combined pattern is tried on every line; only whether some alternative matches is used)
_ASKED_WITH: dict[re.Pattern, tuple[str, ...]] = {}


def _asked_with(words: tuple[str, ...], pattern: re.Pattern) -> re.Pattern:
    _ASKED_WITH[pattern] = words
    return pattern


# a date and its clock time, as a news page's row opens (2022年08月11日 10時31分, 2023年5月6日 09:12), never a date widget's
# weekday after it (星期五: the day of the visit); its year group 1. A post's stamp, however a site orders and marks its
# parts: the day in words or in figures, its month and day after the year with a space (2023 11/08 09:22:36), the half of
# the day before the clock (2026年2月27日 下午12:00)
_STAMPED = (r"((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2}|\s+\d{1,2}/\d{1,2})\s*"
            r"(?:上午|下午|中午|早上|晚上|凌晨)?\s*\d{1,2}\s*(?:[時时]\s*\d{1,2}\s*分|[:：]\s*\d{2}(?:[:：]\d{2})?)"
            r"(?!\s*(?:星期|週|周|禮拜|礼拜))")
# (a page's address before the stamp, as a portal's row prints it: http://finance.x.com 2004年12月27日 13:55 某某日报)
_ADDRESS_BEFORE = r"(?:https?://\S+\s+)?"
# a document site's caption of each page image of the file it shows: the file's title, _第N页 (renders of a Word or PDF
# file, one a page): a row the cleaning drops, and the file's title page_credits reads
_PAGE_IMAGE_CAPTION = re.compile(r"^\s*(.{2,60}?)_第\s*\d{1,3}\s*[页頁]\s*$")
# the header a Word template carries, glued before the document's first words on a one-line dump (经典word整理文档,仅参考,
# 双击此处可删除页眉页脚。本资料属于网络整理,如有侵权,请联系删除,谢谢!2022年…): a row of its own (_split_template_header), which _DROP_LINE drops
# (…and a document site's own header on every page it converts, 精选优质文档-----倾情为你奉上, glued to the text as well)
_TEMPLATE_HEADER = re.compile(r"^(?:经典word整理文档[,，]仅参考[,，]双击此处可删除页眉页脚[。.]?(?:本资料属于网络整理[,，]如有侵权[,，]"
                              r"请联系删除[,，]谢谢[!！])?|精选优质文档[-—－_\s]*倾情为你奉上)", re.I)


# a portal's row telling where the page stands (首页 > …, 当前位置：…): the site's path to it
# (however the site words where the reader is: 当前位置, 您现在的位置, 您所在的位置是, 你目前所处的位置)
_WHERE_YOU_ARE = r"(?:您|你)?(?:的)?(?:现在|現在|当前|當前|目前)?(?:所在|所處|所处)?的?(?:当前|當前)?位置(?:是|为|為)?"
_LOCATION_ROW = re.compile(rf"^((?:[^\s:：>»/，,。]{{1,8}}?)?(?:首页|首頁)|{_WHERE_YOU_ARE})\s*[:：>»/]")  # (新闻动态首页 / 新闻动态: a section's)


_DROP_LINE = [
    _LOCATION_ROW,
    # a publish row labelled by 发布 alone, its date in any order and its time on either side (发布: 5:13pm 03/03/2025,
    # 发布：2025/03/03 17:13): the page's date row, as 发布时间 is
    re.compile(r"^(?:发布|發布|發佈)\s*[:：]\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m|[AP]M)?\s*)?"
               r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})"
               r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m|[AP]M)?)?\s*$"),
    # a row of a page's buttons with their counts between bars (轉寄 (0) | 推薦 (0) | 書籤 (0)), a label before them or none
    re.compile(r"^(?:[^\s|｜()（）:：]{1,8}\s*[:：]\s*)?(?:[^\s|｜()（）\d]{1,6}\s*[(（]\s*\d+\s*[)）]\s*[|｜]\s*)+"
               r"[^\s|｜()（）\d]{1,6}\s*[(（]\s*\d+\s*[)）]\s*$"),
    # a post's header: its poster's name run into its time (某某892022-11-10 10:54:33), as a forum or a blog prints it
    re.compile(r"^[^\s。，,！？:：]{2,16}?(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$"),
    # a date and a time with the source after them, a news page's row (2022年08月11日 10時31分   中經網, 2023年5月6日 09:12 来源某某)
    # (…but not a reporter's credit after the stamp, 2031/03/14 11:55文/記者某某: the byline, which tells the text is news)
    re.compile("^" + _ADDRESS_BEFORE + _STAMPED + r"(?![^。！？，,；;]{0,3}(?:记者|記者))\s*[^。！？，,；;]{0,20}$"),
    # a line of a scraped table's rules and empty cells only (| |||||||, ----, ====): no word, no figure
    re.compile(r"^[\s|｜_＿\-－=＝+*~～#]{2,}$"),
    # a page's font-size widget (字体:【 默认 超大 】, 字号：大 中 小): the reader's tool, never the text's
    re.compile(r"^(?:字体|字體|字号|字號)\s*[:：]\s*[【\[]?\s*(?:(?:默认|默認|超大|特大|大|中|小|放大|缩小|縮小|标准|標準|A\+|A-)[\s】\]|｜/]*){1,6}$"),
    # a site's statement on reposting and rights, its label first (声明:转载此文是出于传递更多信息之目的…; 免责声明：…): a
    # report states no rights of its own copy
    re.compile(r"^(?:免责|免責|版权|版權|特别|特別)?(?:声明|聲明)\s*[:：].{0,40}?(?:转载|轉載|版权|版權|侵权|侵權|侵犯|本网|本網|本站|来源|來源)"),
    re.compile(rf"^(?!位置)(?:{_WHERE_YOU_ARE})"),  # (the label without its separator; 位置 alone opens a text's sentence too)
    # a Q&A site's or a forum's counters and labels over the answers (共1个回答, 共12条评论, 全部回答(3), 最佳答案)
    re.compile(r"^(?:共\s*\d+\s*(?:个|個|条|條)?\s*(?:回答|回复|回覆|评论|評論|答案|留言)|(?:全部|其他|其它)(?:回答|回复|回覆|评论|評論|答案)\s*[(（]?\d*[)）]?|"
               r"最佳答案|推荐答案|推薦答案|满意答案|滿意答案|精选回答|精選回答)\s*$"),
    # the site telling its reader what they are looking at (您正在浏览…频道, 您正在阅读: …)
    re.compile(r"^(?:您|你)(?:当前)?正在(?:浏览|瀏覽|阅读|閱讀|访问|訪問|观看|觀看)"),
    # …and who compiled the copy, alone on its line (某某联合会编辑整理): a credit, no text
    re.compile(r"^[^，,。！？\s]{2,30}(?:编辑整理|編輯整理|整理编辑|整理編輯)$"),
    # a page's source under an English label (Resource:某某代表处经济组, Source: 某某)
    re.compile(r"^(?:Source|Resource|From|Via)\s*[:：]\s*[^。，,！？]{1,40}$", re.I),
    # …and where the reader is said with 所在 (您所在的位置:首页>>新闻中心>>…, 所在位置：首页 > …)
    re.compile(r"^(?:您|你)?(?:当前|當前|现在|現在|目前)?所在的?位置\s*[:：]"),
    # a site's greeting: short, or naming the site whatever its header row adds after it (您好,欢迎来到某某网! 投稿QQ:…)
    re.compile(r"^(?:您好|你好)?\s*[,，!！]?\s*(?:欢迎来到|歡迎來到|欢迎访问|歡迎訪問|欢迎光临|歡迎光臨|欢迎您的?光临|歡迎您的?光臨|"
               r"欢迎您的?访问|歡迎您的?訪問)(?:.{0,40}$|[^，,。]{2,30}?(?:网|網|网站|網站|平台|官网|官網)[!！。]?(?:\s|$))"),
    # a site's date widget: 2025年 / 10 月 29日 / 星期三, 今天是 2024年3月1日 星期五 (the day of the visit, not the page's)
    # (and the site's menu after it on the same row: 2025年 05月 13日 星期二 合作提案 活動報名)
    re.compile(r"^(?:(?:今天是|今日是|今天|今日)\s*[:：]?\s*)?(?:中華民國|中华民国|民國|民国|公元)?[\d\s年月日/／.\-|｜]*"
               + furniture.WEEKDAY + r"(?:[\s|｜]+[^\s。，,！？!?、]{2,6}){0,4}[\s|｜]*$|^今天是[\s|｜]*$"),
    re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*[^。！？，,]{0,20}$"),  # 2024-01-27 某某范文网
    # a date row in English on a Chinese page, labelled or not (Monday, July 9, 2018; Published at Dec 01, 2022 02:56 pm;
    # Updated: 3 March 2025): the site's template, never the report's words
    re.compile(r"^(?:(?:Published|Posted|Updated|Last updated|Date)\s*(?:at|on)?\s*:?\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
               r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|"
               r"Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?)\s+(?:19|20)\d{2}(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)?)?$", re.I),
    _PAGE_IMAGE_CAPTION,  # a document site's page images: 科技园2023年工作总结_第1页 (page_credits reads the file's title off them)
    re.compile(r"^.{2,40}\s第\d+[张張]$"),  # a gallery's picture counter: 百名社長總編近距離觸摸廣東發展 第2張
    re.compile(r"^第\s*\d+\s*[页頁]\s*[/／,，]?\s*共\s*\d+\s*[页頁]$|^共?\d+\s*页$"),  # 第1页 / 共3页, 第 1 页 共 3 页, 9页
    # a document site's or a converted file's marks: 精品文档, Word文档 可编辑, 专业文档 值得下载
    _asked_with(("文档", "文檔", "可编辑", "可編輯"), re.compile(r"^(?=.*(?:文档|文檔|可编辑|可編輯))(?:精品|优质|優質|专业|專業|最新|精选|精選)?\s*(?:word|Word|WORD|PDF|pdf)?\s*(?:文档|文檔)?"
               r"(?:\s*(?:可编辑|可編輯|值得下载|值得下載|值得拥有|值得擁有|欢迎下载|歡迎下載|仅供参考|僅供參考))*$")),
    re.compile(r"^[(（](未完|未完待续|全文共|请认真阅读|請認真閱讀|点击|點擊|查看全文|阅读全文)[^)）]{0,40}[)）]$"),
    # (the software's credit after the blog's name too: 某某 Team. Powered by Blogger.; after the site's name and its address
    # in brackets as a forum's printed page closes: 欢迎光临 某某论坛 (https://…/) Powered by Discuz! X3.1; after a widget's
    # short label set apart by a space: 听文章 Powered by 某某网)
    _asked_with(("y", "Y"), re.compile(r"^(?:[^。，,！？]{0,30}(?:[.|｜·\-]|[(（]\s*(?:https?://|www\.)[!-~]{1,80}?\s*[)）])\s*|"
                                       r"[^。，,！？\s]{1,12}\s+)?"
                                       r"(Produced|Powered|Designed|Supported)\s+by\b.{0,60}$", re.I)),
    re.compile(r"^(资源描述|資源描述|文档描述|文檔描述|内容描述|文档介绍|文檔介紹)\s*[:：]?$"),
    # a document site's slogan naming its wares: 优秀实用范文分享, 精品文档推荐, 范文大全
    re.compile(rf"^[{CJK}]{{0,6}}(?:范文|範文|文档|文檔)(?:分享|下载|下載|大全|推荐|推薦|网|網)$"),
    # a site's label over the text it shows: 论文部分内容阅读, 全文阅读, 在线预览, 免费试读 (the site's own words)
    re.compile(rf"^[{CJK}]{{0,6}}?(?:部分)?(?:内容|全文|在线|在線|免费|免費|正文)(?:阅读|閱讀|预览|預覽|试读|試讀)\s*[:：]?$"),
    re.compile(r"^(温馨提示|溫馨提示|隐藏内容|隱藏內容|此处内容需要权限查看|此處內容需要權限查看|会员免费查看|會員免費查看|"
               r"文档简介|文檔簡介|下载本文档|下載本文檔|继续免费阅读|繼續免費閱讀|合集下载|合集下載|手机版|手機版)\s*[:：]?$"),
    re.compile(r"^(普通用户|会员用户|網站代理用户|网站代理用户|普通用戶|會員用戶)特权.{0,20}$"),
    re.compile(r"^(标签|標籤|关键词|關鍵詞|关键字|關鍵字|tags?)\s*[:：].{0,100}$", re.I),
    # a paper's keywords and classification codes in brackets (【关键词】… 【中图分类号】F299.2 【文献标识码】A)
    re.compile(r"^[【\[](?:关键词|關鍵詞|关键字|關鍵字|中图分类号|中圖分類號|文献标识码|文獻標識碼)[】\]].{0,120}$"),
    # …its update stamp with its call to read on (内容发布更新时间 : 2024/5/18 16:43:53星期一 下面是文章的全部内容请认真阅读。),
    # and the header a Word template carries (经典word整理文档,仅参考,双击此处可删除页眉页脚。…: _TEMPLATE_HEADER)
    re.compile(r"^内容发布更新时间\s*[:：][^。]{0,40}?(?:下面是文章的全部内容请认真阅读[。.]?)?$|^下面是文章的全部内容请认真阅读[。.]?$"
               rf"|{_TEMPLATE_HEADER.pattern}$", re.I),
    # …its label over the file list, the file's name with the page shown (某某调研报告.docx 第1页), a label over a summary
    # (文章导读)
    re.compile(r"^下载得到文件列表$|^下載得到文件列表$|^\S{2,80}\.(?:docx?|pdf|pptx?|wps|txt)\s*第\s*\d+\s*(?:页|頁)$"
               r"|^(?:文章|本文)(?:导读|導讀)$", re.I),
    # …and its notes on what the reader has read or not (已阅读5页, 剩余6页未读，下载浏览全部, 预览结束)
    re.compile(r"已阅读\d+页|已閱讀\d+頁|還剩\d+頁|还剩\d+页未读|(?:剩余|剩餘)\s*\d+\s*(?:页|頁)未(?:读|讀)|(?:全文)?(?:预览|預覽)(?:已)?(?:结束|結束)|免费获取全文|定制代笔|由会员分享|由會員分享|珍藏版[)）]?》"),
    _asked_with((">", "»"), re.compile(r"^[^。！？]{0,40}(\s*[>»]\s*[^。！？>»]{1,20}){2,}\s*[>»]?$")),  # 首页 > 范文 > 计划 >
    # (… with its colon or without, 資料來源駐某地代表處經濟組: the label glued to the source)
    re.compile(r"^(网友发表时间|網友發表時間|发布时间|發佈時間|发表时间|浏览次数|瀏覽次數|阅读次数|点击数|阅读量|"
               r"(?:資料|资料|新聞|新闻|消息|稿件|文章)?(?:来源|來源)|出处|出處|作者|编辑|責任編輯|责任编辑)\s*[:：]?\s*\S{0,30}$"),
    re.compile(r"^(?:本文|全文)?(?:共|约|約)\s*[\d.,]+\s*(千字|万字|字|页|頁)$"),  # 约3千字, 本文共615字
    # a page's view counter, its label alone or with its number, its colon or none: 點閱數 / 3293, 人氣: 3, 點閱數1422
    re.compile(r"^(?:點閱數|点阅数|點閱次數|點擊數|点击量|點擊量|閱讀數|阅读数|瀏覽數|浏览数|瀏覽人次|浏览人次|人氣|人气)\s*[:：]?\s*[\d,]*$"),
    # a reading-time counter: 本篇文章553字，读完约1分钟 / 阅读本文约需3分钟 / 预计阅读时间：5分钟
    re.compile(r"^(?:本篇文章|本篇|本文|全文)?(?:共|约|約)?\s*[\d.,]+\s*字\s*[,，]?\s*(?:读完|讀完|阅读|閱讀)[^。！？]{0,6}?\d+\s*(?:分钟|分鐘)$|"
               r"^(?:预计|預計)?(?:阅读|閱讀)(?:本文|全文)?(?:时间|時間|时长|時長)?(?:约|約|大约|大約)?(?:需|需要)?\s*[:：]?\s*(?:约|約)?\s*\d+\s*(?:分钟|分鐘)$"),
    re.compile(r"^date\s+\d{4}-\d{1,2}(?:-\d{1,2})?$", re.I),
    # a row of a column's name and the page's date: | 招商动态 |2016-09-22
    re.compile(r"^[|｜]?\s*[^|｜。，,！？；\d]{2,12}\s*[|｜]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[|｜]?$"),
    re.compile(r"^site\s+logo\s*[:：].{0,60}$", re.I),  # a scraper's note of the site's logo
    re.compile(r"^(?:發布在|发布在|發佈在|posted in)\s*[^。！？]{0,30}$", re.I),  # a blog's category row
    re.compile(r"^[Aa][+＋-]?(?:\s+[Aa][+＋-]?){1,2}$"),  # a page's font-size buttons: A A, A+ A-
    re.compile(r"^(?:快訊|快讯|即時新聞|即时新闻|最新消息|港聞|港闻)$"),  # a news site's column tag alone
    # a page's print and paging buttons (】 【打 印】, 【 第1頁 第2頁 】); its address alone, with the time of the page
    re.compile(r"^[【】\[\]\s]*(?:(?:打\s*印|列\s*印|關\s*閉|关\s*闭|第\s*\d+\s*[頁页])[【】\[\]\s]*)+$"),
    re.compile(r"^https?://\S+(?:\s+[\d\s:/-]+)?$"),
    # an advertisement's marker: 我是廣告 請繼續往下閱讀, 廣告 廣告, 贊助廣告
    re.compile(r"^(?:我是廣告|我是广告|廣告|广告|贊助廣告|赞助广告)(?:\s*(?:請繼續往下閱讀|请继续往下阅读|廣告|广告))*$"),
    # a portal's skip link and accessibility marks, a notice about the browser (…需要较新版本的 Adobe Flash Player), a
    # banner about the site's privacy policy
    re.compile(r"^(?:跳到主要內容|跳到主要内容|跳至主要內容|跳至主要内容|跳过导航|跳過導航|:::)$"),
    # a reading site's navigation row: a back link and the site's home or contents link (返回第207章 …  某某首页)
    re.compile(r"^(?:返回|返回到)\S[^。！？]{0,40}?\s+\S{0,8}(?:首页|首頁|目录|目錄|书页|書頁)$"),
    _asked_with(("a", "A", "浏览器", "瀏覽器"), re.compile(r"^.{0,40}(?:Flash Player|JavaScript|(?:浏览器|瀏覽器)(?:内核|內核)?版本|升级浏览器|升級瀏覽器|(?:浏览器|瀏覽器)(?:暂|暫)?(?:不支持|不支援)).{0,40}$", re.I)),
    # … its window's buttons to fetch one (關閉此視窗 請至Edge官網下載 請至FireFox官網下載 …), and the age gate a news site
    # puts before a story it rates (限制級 / 您即將進入之新聞內容 需滿18歲 方可瀏覽。): the site's modal, never the story
    re.compile(r"^(?:(?:關閉此視窗|关闭此窗口|關閉視窗|关闭窗口)\s*)?(?:(?:請至|请至|前往)\S{1,16}(?:官網|官网)下載?载?\s*){2,}$|"
               r"^(?:限制級|限制级)$|^[^。！？]{0,24}(?:需滿|需满|須滿|须满|未滿|未满)\s*18\s*(?:歲|岁)[^。！？]{0,16}[。！]?$|"
               # (…and the rating law it cites there, 根據「電腦網路內容分級處理辦法」…規定，已於…限制級網頁…)
               r"^(?=.*(?:限制級|限制级))[^。]{0,20}(?:電腦網路內容分級處理辦法|电脑网络内容分级处理办法).*$"),
    # … and the day's weather in the site's header (晴時多雲, 多雲時陰): a forecast's words alone on their line
    re.compile(r"^(?:晴|多雲|多云|陰|阴|雨)(?:時|时|轉|转|短暫|短暂)(?:多雲|多云|晴|陰|阴|陣雨|阵雨|雷陣雨|雷阵雨|雨)$"),
    # … or advises which browser to view it in (為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。): the
    # site's notice over every page, never a headline (a news site's, over each story)
    _asked_with(("浏览器", "瀏覽器"), re.compile(r"^.{0,40}?(?:(?:为达|為達|为获得|為獲得|为了|為了)?最佳(?:浏览|瀏覽|阅读|閱讀)(?:效果|体验|體驗)|"
                                                r"(?:建议|建議|推荐|推薦|请|請)(?:您)?(?:使用|采用|採用))[^。！？]{0,80}(?:浏览器|瀏覽器)[^。！？]{0,30}[。！]?$")),
    _asked_with(("隱私", "隐私", "個資", "个资"), re.compile(r"^.{0,60}(?:隱私權|隐私权|隱私|隐私|個資|个资)(?:規範|规范|聲明|声明|政策|條款|条款).{0,60}$")),
    re.compile(r"^ID\s*[:：]\s*\d+$"),  # a document site's record number
    # a row of a site's buttons and links, each in its own brackets, the first often cut:
    # 相关文章】 【投稿】 【查看全文】【需要:1点】
    re.compile(r"^[【\[]?[^【】\[\]。！？]{1,20}[】\]](?:\s*[【\[][^【】\[\]。！？]{1,20}[】\]])+\s*$"),
    # a site's service links on a line of their own: 联系客服, 微信订阅号, 关注公众号, 扫描二维码
    re.compile(r"^[^。，,！？:：]{0,6}(?:客服|订阅号|訂閱號|公众号|公眾號|二维码|二維碼)[^。，,！？]{0,6}$"),
    # a site's excerpt of the page under a label, cut off with an ellipsis: 内容摘要：政府工作报告 各位代表：……
    re.compile(r"^(?:内容摘要|內容摘要|摘要|内容提要|內容提要|导读|導讀|简介|簡介)\s*[:：].*(?:…|\.{3,})$"),
    # a journal database's field label on a line of its own over the abstract (摘要, 摘 要:, [摘要]): the page's, no title
    re.compile(r"^[【\[]?(?:内容)?摘[\s\u3000]*要[】\]]?\s*[:：]?\s*[|｜]?$"),
    re.compile(r"^VIP\S{0,4}$", re.I),  # a price badge: VIP专免, VIP免费
    # a site speaking to its reader about the document (整理文档很辛苦，赏杯茶钱您下走！ / 阅读已结束，您可以下载文档…):
    # a report addresses its audience as 同志们 or 各位, never as 您 about downloading or reading it
    # (a sentence's full stop may close it: 某某提示您:看后求收藏(某某小说www…),接着再看更方便。)
    _asked_with(("您",), re.compile(r"^(?=[^。]{0,60}。?$)(?=[^您]*您)(?=.*(?:下载|下載|阅读|閱讀|文档|文檔|收藏|点击|點擊|赏|賞)).+$")),
    # …or asks before sending the reader off the site (您访问的链接即将离开“某某”门户网站 是否继续?)
    _asked_with(("您",), re.compile(r"^(?=[^。]{0,80}$)(?=[^您]*您)(?=.*(?:链接|鏈接|网站|網站|页面|頁面)).*(?:是否继续|是否繼續|确定|確定)[?？]?$")),
    # …and its two buttons after (继续访问 放弃), and a portal's note for screen readers at its top (已打开某某栏目页面，本页面是由
    # 15个视窗区共计15个区域组成，操作帮助请按Alt加问号键。: the accessibility tool government sites carry)
    re.compile(r"^(?:继续访问|繼續訪問)\s*(?:放弃|放棄|取消)$|^(?:已打开|已打開)[^。]{0,60}(?:页面|頁面)[,，]\s*(?:本页面|本頁面)是由[^。]{0,40}组成.*$|"
               r"^[^。]{0,60}(?:操作帮助请按|操作幫助請按)\s*Alt[^。]{0,12}[。]?$"),
    # the end of a document site's free preview: 免费阅读已结束，点击下载… / 阅读已结束，…
    re.compile(r"^[^。]{0,4}(?:阅读|閱讀|预览|預覽)已?(?:结束|結束)[^。]{0,40}$"),
    # a page's own rows naming its title and address (本文标题：…, 本文链接：http…, 转载请注明出处：…): the title is
    # kept as the page's credit (``page_credits``), for a page without a title line
    # a page's share prompts: 点击右上角微信好友, 朋友圈, 请使用浏览器分享功能进行分享
    # (and a portal's scan prompt: 扫一扫在手机打开当前页)
    re.compile(r"^(?:点击右上角|點擊右上角|请使用浏览器分享|請使用瀏覽器分享|(?:微信|手机|手機)?扫一扫|(?:微信|手机|手機)?掃一掃)[^。！？]{0,24}$|"
               r"^(?:朋友圈|微信好友|QQ空间|QQ空間|新浪微博)$|"
               # …and any call to act on the page itself, to scan, press, tap or click and so follow, read, send
               # (微信扫码关注…, 戳这里提交新闻线索…, 点击查看作者最近其他文章, 点击上方蓝字关注我们, ↓↓↓点击下方链接了解更多): a
               # report asks its reader to no gesture
               r"^[↓↑→▼▽⬇👇\s]*(?:微信|手机|手機)?(?:扫码|掃碼|长按|長按|轻触|輕觸|戳这里|戳這裡|点击|點擊)[^。，,！？\s\d]{0,6}?\s?"
               r"(?:关注|關注|查看|阅读|閱讀|下载|下載|进入|進入|识别|識別|提交|收听|收聽|观看|觀看|加入|了解)[^。！？]{0,30}[。！]?$|"
               # (… or to follow the account for more, a platform's line over a repost: 关注我们获得开发区更多内容,
               # 欢迎关注本公众号，第一时间了解…)
               r"^(?:欢迎|歡迎)?(?:关注|關注)(?:我们|我們|本号|本號|本公众号|本公眾號|公众号|公眾號)[，,]?\s*"
               r"(?:[^。！？]{0,16}?(?:获得|獲得|获取|獲取|了解|查看|阅读|閱讀)[^。！？]{0,16}?(?:更多|最新|第一时间|第一時間)[^。！？]{0,12}|"
               r"(?:第一时间|第一時間)[^。！？]{0,20})?[。！!]?$"),
    # … however the call is dressed: a polite word or an emoji before the gesture (请点击…, 欢迎点击…, 👆点击…, ▲点击…), the
    # account's name quoted between the gesture and the act (点击上方“某某发布”关注我们, 戳蓝字“某某”关注我们哦), or the gesture
    # pointing at the page's blue words alone (点击上方蓝字): an imperative to tap a place on the screen names no subject
    # and tells no news — it points at the account's name or its button (a sentence telling what a unit's users can do,
    # 市民扫码即可办理…, has its subject; 扫描二维码即可办理 names neither the page's place nor the follow)
    re.compile(r"^[^\w“「]{0,4}(?:请|請|欢迎|歡迎|记得|記得|快|赶紧|趕緊)?(?:点击|點擊|轻点|輕點|轻触|輕觸|长按|長按|扫码|掃碼|扫描|掃描|"
               r"[点點戳](?=上方|下方|蓝|藍|这里|這裡|此处|此處|右上|“|「))(?!率|量|数|數)[^。！？!?]{0,30}?(?:上方|下方|顶部|頂部|底部|右上角|蓝字|藍字|蓝色|藍色|名片|关注|關注|星标|星標|置顶|置頂|订阅|訂閱)"
               r"[^。！？!?]{0,24}[。！!~～]?$"),
    # … or to follow an account by its name, perhaps saying what for (关注某某公众号，了解更多园区动态), or to star it (记得设为星标)
    re.compile(r"^(?:欢迎|歡迎|请|請|记得|記得)?(?:关注|關注)[^，,。！？]{2,16}(?:公众号|公眾號|微信号|微信號|视频号|視頻號|抖音号|抖音號|"
               r"客户端|客戶端)(?:[，,][^。！？]{0,20})?[。！!]?$|^[^。！？]{0,6}(?:设为|設為|设置|設置|加个|加個)星标[^。！？]{0,8}[。！!]?$"),
    re.compile(r"^(?:正在阅读|正在閱讀|您正在阅读|您正在閱讀|本文标题|本文標題|文章标题|文章標題|标题|標題|名称|名稱|本文链接|本文鏈接|本文网址|本文網址|本文地址|原文链接|原文鏈接|"
               r"原文地址|文章链接|文章鏈接|永久链接|永久鏈接|转载请注明(?:出处|来源)?|轉載請註明(?:出處|來源)?)\s*[:：].{0,150}$"),
    # the error a site's own scripts printed into the page (Deprecated: Function … in /www/…/func.php on line 12, PHP
    # Warning: … on line 8): the form PHP prints every error in, never a report's
    re.compile(r"^(?:PHP\s+)?(?:Deprecated|Warning|Notice|Strict Standards|Fatal error|Parse error|Catchable fatal error)\s*:"
               r".{0,300}\bon line\s+\d+\s*$"),
    # the page's address row, however labelled (链接地址：http…); a postal address stays
    re.compile(r"^[^\s:：]{0,6}?(?:地址|網址|网址|链接|鏈接|URL|Url|url|网页|網頁|来源网址|來源網址)\s*[:：]\s*https?://\S+$"),
    # a picture's caption left where the picture was: 活动现场, 開館儀式現場, 贺信展示, 签约仪式合影
    re.compile(rf"^[{CJK}]{{2,8}}(?:现场|現場|展示|合影|掠影|剪影|一角)(?:图|圖)?$"),
    # a newspaper's page: 第A9版:园区党建, and as an e-paper system numbers it, zero-padded (00006版:经济开发区)
    re.compile(r"^(?:第\s*[A-Z]?\d{1,3}|[A-Z]?0{1,4}\d{1,3})\s*版\s*[:：].{0,20}$"),
    # … its widget over the page's headlines (文章导航), alone on its line: no heading of a report
    re.compile(r"^(?:文章导航|文章導航|本版导航|本版導航)$"),
    # an attachment's size alone on its line (41.56KB, (1.2 MB)): a download list's cell, no line of a report
    re.compile(r"^[(（\[【]?\s*\d{1,6}(?:\.\d{1,3})?\s*(?:KB|MB|GB|kb|mb|Kb|Mb|K|M|字节|位元組)\s*[)）\]】]?$"),
    # an e-paper's masthead and page furniture: 青州日报 (电子版), 版次：A03, 上一版 下一版 返回目录
    # (…and a county's media brand, 某某融媒, 某某融媒体, printed so over its story: a unit signs as 某某融媒体中心, which stays)
    re.compile(rf"^[{CJK}]{{1,8}}(?:日报|日報|晚报|晚報|时报|時報|商报|商報|导报|導報|都市报|都市報|融媒|融媒体|融媒體)(?:\s*(?:电子版|電子版|数字报纸?|數字報紙?|数字版|數字版))?$"),
    re.compile(r"^(?:版次|版名|版面)\s*[:：].{0,20}$"),
    re.compile(r"^(?:(?:上一版|下一版|上一期|下一期|版面导航|版面導航|标题导航|標題導航|返回目录|返回目錄|往期回顾|往期回顧|PDF下载|PDF下載)[\s|｜>»]*){2,}$"),
    # (…and its button to the past issues alone on its row: 往期查询, 过刊浏览)
    re.compile(r"^(?:往期|过刊|過刊)(?:查询|查詢|检索|檢索|浏览|瀏覽|回顾|回顧)$"),
    # (…and its toolbar row, the page turns around the page numbers, the day and the zoom tools: 上一版3  4下一版 2014年2月20日
    # 星期 放大 缩小 默认 — no sentence in it)
    re.compile(r"^(?=.*上一版)(?=.*下一版)[^，,。！？!?；;：:]{0,80}$"),
    # (a share control's label, the outlets' buttons lost, may name what it shares: 分享该报道至, 分享本文到)
    re.compile(r"^(转载分享|轉載分享|(?:分享|转发|轉發)(?:该|該|此|本)?(?:报道|報導|文章|新闻|新聞|内容|內容|文)?(?:到|至)|"
               r"打印本页|打印本頁|关闭窗口|關閉窗口)\s*[:：]?$"),
    # …the print button in brackets however worded (【打印文本】, [打印此文]), the visitor's history (我的足迹)
    re.compile(r"^[【\[]\s*(?:打印|列印)(?:文本|本文|此文|文章|本页|本頁)?\s*[】\]]$|^我的(?:足迹|足跡)$"),
    # 分享到FB分享到LINE分享到微信, 分享至Google+分享至twitter (a share widget's buttons as their labels: 到 or 至, a
    # platform's name in letters, a plus, or characters)
    re.compile(rf"^(?:(?:分享到|分享至)\s*[A-Za-z+{CJK}]{{1,10}}\s*){{2,8}}$"),
    # a page template's placeholder the site failed to fill ({{imageTextInfo.title}}, ${item.name}): never text
    re.compile(r"^(?:\s*(?:\{\{\s*[A-Za-z_$][\w$.\[\]()'\"|: ]{0,60}\}\}|\$\{[A-Za-z_][\w.]{0,60}\}))+\s*$", re.ASCII),
    # 字体:[小] 【字体：大 中 小】 【字號】 (the sizes drawn as buttons the text does not keep)
    re.compile(r"^[【\[]?(字体|字體|字号|字號)\s*[:：]*\s*[\[【]?[大中小\s\[\]【】]*[\]】]?$"),
    # …and their label however worded, its buttons lost (定義你的瀏覽字號:, 选择阅读字体:)
    re.compile(r"^[^\s。，,]{1,8}(?:字体|字體|(?<!文)字号|(?<!文)字號|字型|字级|字級)(?:大小)?\s*[:：]$"),
    # an empty tag row: 標籤: tags: (a popularity counter, 人氣: 3, is a view counter's, above)
    re.compile(r"^(?:标签|標籤|tags)\s*[:：]\s*(?:tags\s*[:：]?)?$", re.I),
    re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*(发布于|發佈於|上传于|上傳於)\S{0,20}$"),
    re.compile(r"^(举报|舉報|收藏|分享|下载|下載|点赞|打印|关闭|關閉|返回顶部|返回頂部|(?:上一|下一)(?:篇|条|條|则|則).*|"
               r"我要(?:评论|評論|纠错|糾錯|留言|投稿|打印)|我来说两句|我來說兩句|[【\[]?(?:纠错|糾錯)[】\]]?|"
               r"文档评论\s*[(（]\d+[)）]|(?:评论|評論|点赞|點讚|點贊|收藏|分享|转发|轉發|在看|留言)\s*[(（]\d+[)）]|原创力文档|VIP|立即下载|免费下载|来自|來自|"
               r"查看更多|展开全文|展開全文|阅读全文|閱讀全文|收起|本文由用户上传|版权声明.*)$", re.I),
    # a link to another item, its words cut by the site's list and closed by dots (10月25日，某某主持召开部常务会议，进..):
    # a clause begun and broken off, no headline (a headline has no comma to break after) and no paragraph of this text
    # (its day first, as a news list's items open: a teaser's cut tail, 据了解，…重..., is the teaser's, read with it)
    re.compile(r"^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[^。！？!?，,]{0,6}[，,][^。！？!?]{2,40}(?:\.{2,}|…+|⋯+)$"),
    # a page's meta tag printed as text, its attribute closed at the line's end (某某报(某某)12月6日，…，开"/>): the page's
    # description cut by the tag, its words the lead's again below
    re.compile(r'^[^<>]{0,300}["\']\s*/?>$'),
    # a camera's default description of a picture, which a site printed as its caption (EXIF's ImageDescription as the
    # firmware fills it: OLYMPUS DIGITAL CAMERA, SONY DSC, SAMSUNG CAMERA PICTURES, DIGITAL CAMERA)
    re.compile(r"^(?:[A-Z][A-Z-]{1,15}\s+){0,2}(?:DIGITAL CAMERA|DSC|CAMERA PICTURES|DIGITAL IMAGE)$"),
    # a feed reader's rows around the item it mirrors (Channel: 某某报…, Viewing all articles, Browse latest Browse all 42788)
    re.compile(r"^(?:Viewing all articles|Browse latest\s+(?:Browse all\s+\d+|View live)|Channel:\s*[^。！？]{1,60})$"),
    # a forum thread's furniture (Discuz and the like): [复制链接], 跳转到指定楼层, 楼主, 沙发
    re.compile(r"^[\[【]?(复制链接|複製鏈接|跳转到指定楼层|跳轉到指定樓層|楼主|樓主|沙发|沙發|板凳|地板|电梯直达|電梯直達|"
               r"显示全部楼层|顯示全部樓層|返回列表|回复|回覆|回復|发帖|發帖|快速回复|快速回覆|网友评论|網友評論|发表评论|發表評論)[\]】]?$"),
    # a forum's furniture under a post and at the page's foot (Discuz and the like print the same words on every
    # board): 本版积分规则 (the board's rules link) with the reply box, the Archiver|手机版|小黑屋 footer, and the
    # server's timing row (GMT+8, … Processed in 0.05 second(s), 22 queries)
    _asked_with(("本版", "Archiver", "手机版", "手機版", "小黑屋", "GMT", "Processed"), re.compile(r"^(?:本版积分规则|本版積分規則)[^。！？]{0,40}$|"
               r"^(?=[^。！？]{0,100}$)[^|｜]{0,24}(?:Archiver|手机版|手機版|小黑屋)(?:\s*[|｜]\s*[^|｜。！？]{1,24}){1,6}$|"
               r"^(?:GMT\s*[+-]\s*\d{1,2}\b.{0,60}|.{0,60}\bProcessed in\s+[\d.]+\s+seconds?(?:\(s\))?.{0,40})$")),
    re.compile(r"^[\d\s.,:：/|-]{1,30}$"),  # bare counters and page numbers: "40 2464752", "6"
    # a blog's note on its spam filter under the comment form (這個網站採用 Akismet 服務減少垃圾留言…)
    re.compile(r"^.{0,30}Akismet.{0,100}$"),
    # a site's copyright notice in brackets (【更多精采內容請上《某某網》官網…未經授權，請勿轉載】): the site's, however long
    re.compile(r"^【[^【】]{0,200}(?:未經授權|未经授权|請勿轉載|请勿转载|版權所有|版权所有|不得轉載|不得转载)[^【】]{0,20}】$"),
    # a social page's profile row with its counters (某某, 台中市。 6,372 個讚 · 24 人正在談論這個 · 7 個打卡次。…): the page's
    # card, whatever description follows; no text counts its readers' likes twice
    re.compile(r"^[^！？\n]{0,40}?(?:\d[\d,]*\s*(?:個讚|个赞|人正在談論這個|人正在谈论这个|個打卡次|个打卡次|人按讚|人追蹤|人追踪|位追蹤者|位追踪者)"
               r"[^。\n]{0,40}?){2,}"),
    # a post's date and clock time with the half of the day in words, and the column it is filed in (2016/8/17 下午
    # 07:33:12 / 產業經濟): the site's row, as the same row in figures alone is (above)
    re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:(?:上午|下午|早上|晚上|[AP]M|[ap]m)\s*)?\d{1,2}:\d{2}(?::\d{2})?"
               r"(?:\s*(?:上午|下午|[AP]M|[ap]m))?(?:\s*[/／|｜]\s*[^\s\d。，,！？；]{2,8})?$"),
    # a page's buttons alone on their line: searching, the source, the site's map and mailboxes (朗读 is read by its context:
    # tests/test_furniture.py)
    re.compile(r"^[【\[]?(?:语音播报|語音播報|搜索|搜尋|查看原文|阅读原文|閱讀原文|导航地图|導航地圖|投诉建议|投訴建議|意见反馈|意見反饋)[】\]]?$"),
    # the font-size widget without its label (放大 缩小 默认): two of its words or more, one a tool's (大 中 小 alone may
    # head a table's columns of firm sizes)
    re.compile(r"^(?=.*(?:放大|缩小|縮小|默认|默認|A\+|A-))(?:(?:放大|缩小|縮小|默认|默認|大|中|小|A\+|A-)(?:\s+|$)){2,4}$"),
    # a counter in English (Views: 19, Hits: 302) and a news item's end mark ((完), （完）, 【完】)
    re.compile(r"^(?:Views?|Hits?|Reads?|Clicks?|Likes?)\s*[:：]\s*[\d,]+$|^[(（【\[]\s*(?:完|終|终|全文完)\s*[)）】\]]$", re.I),
    # markup left by a scrape: a tag's fragment, a comment's end (the comment's words before it on the line, a CMS's
    # record of the item: …content_9825.html 1 标题 /enpproperty-->), a page's file name, a bare address after a bar
    re.compile(r"^/?[a-z]{1,12}>$|^.{0,300}-->$|^[\w./-]{1,40}\.(?:s?html?|php|aspx?|jsp)$|^[|｜]\s*(?:https?://|www\.)\S+$", re.I),
    re.compile(r"^[a-z]{2,12}$"),  # a button's or an icon's name left as text by a template (expand, share, close)
    # what a page's script says to its reader, left as text: a form's state (正在提交，请稍候…, 提交成功, 您已成功提交…), a
    # picture's or a gallery's button (点图放大, 查看图库, 图片 alone), the browser warning, a list's label (最新内容)
    re.compile(r"^(?:正在(?:提交|加载|加載|载入|載入|处理|處理)|加载中|加載中|载入中|載入中)[^。！？]{0,12}$|"
               r"^(?:提交|发送|發送|保存|订阅|訂閱)(?:成功|失败|失敗)[!！。]?$|^您已成功(?:提交|报名|報名|订阅|訂閱)[^。！？]{0,30}[。！!]?$|"
               r"^[【\[(（]?(?:查看图库|查看圖庫|点图放大|點圖放大|点击放大|點擊放大|查看大图|查看大圖|高清大图|高清大圖|图片|圖片)[】\])）]?$|"
               r"^(?:抱歉|对不起|對不起)[，,]?\s*(?:我们|我們)?(?:并|並)?(?:不支援|不支持)[^。！？]{0,20}(?:浏览器|瀏覽器)[。.]?$|"
               r"^(?:最新内容|最新內容|最新文章|热门文章|熱門文章|推荐阅读|推薦閱讀|相关阅读|相關閱讀)$|"
               # (a template's empty widget's label and its prompt: 相关附件下载 / 请先在网站后台添加数据记录。; its empty state,
               # 暂时没有内容信息显示, is read with the lists' empty states in _SHORT_ROWS)
               r"^(?:相关附件|相關附件|附件下载|附件下載)(?:下载|下載)?$|^(?:请先在网站后台添加数据记录|請先在網站後台添加數據記錄)[。.]?$"),
]
_BLURB_MARKS = _words(r"写作参考|寫作參考|范文大全|範文大全|为您分享|為您分享|网友为您|網友為您|为您筛选|為您篩選|"
                          r"本站为你|本站為你|为你精心整理|為你精心整理|文秘视角|文秘視角")
_BLURB_SOFT = _words(r"仅供参考|僅供參考|欢迎阅读|歡迎閱讀|希望对大家|希望對大家|希望能够帮助|希望能夠幫助|"
                         r"供您参考|供您參考|范文|範文|下载支持|下載支持|欢迎分享|歡迎分享")
# a site's editor presenting what it compiled for the reader (下面是小编为大家整理的…, 小编给大家带来…, 以下是小编精心整理的):
# 小编 doing the site's work for its reader; a post whose writer calls himself 小编 (作为公众号的小编, 小编就顿悟了) is its own
_BLURB_EDITOR = re.compile(r"小[编編][^，。,！？\s]{0,4}?(?:为|為|给|給|帮|幫|整理|收集|搜集|分享|推荐|推薦|带来|帶來|准备|準備|"
                           r"汇总|彙總|精心|精选|精選|特意|特地)")
_CREDIT = re.compile(r"(来源于|來源於|本文来自|本文來自|转载自|轉載自|摘自).{0,30}(网|網|之家|\.com|\.cn|欢迎阅读|歡迎閱讀)")


# "label: value" metadata a site or a government portal prints around a document
_META_LABELS = (
    r"发布时间|發佈時間|发布日期|發布日期|时间|時間|日期|来源|來源|作者|浏览次数|瀏覽次數|浏览数|浏览量|阅读量|阅读次数|"
    r"点击数|點擊數|人气|人氣|字数|页数|頁數|大小|上传时间|上傳時間|格式|文档编号|文檔編號|编辑|編輯|责任编辑|責任編輯|"
    r"索引号|索引號|主题分类|主題分類|发布机构|發布機構|发布机关|發布機關|发布单位|發布單位|公开方式|公開方式|成文日期|组配分类|組配分類|公开范围|公開範圍|"
    r"文号|文號|发文日期|發文日期|文件编号|文件編號|生成日期|网站客服|網站客服|关注度|關注度|摘要|签到天数|簽到天數|"
    # a portal's row of where the item is filed, by region (所属地区:某省-某市-某县), and a disclosure catalogue's
    # (公开目录: 统计信息)
    r"所属地区|所屬地區|公开目录|公開目錄|"
    # where the site copied the text from, as it labels it: (转载自：某某融媒体中心)
    r"转载自|轉載自|"

    # a press release's contact rows: 發言人:某某, 聯絡電話:02-…
    r"发言人|發言人|联系人|聯絡人|联系电话|聯絡電話|聯繫電話|电子邮箱|電子郵件信箱|电子邮件")
_META_LABEL = re.compile(rf"({_META_LABELS})\s*[】\]]?\s*[:：丨]")  # (a label in brackets too: 【摘要】：)
# words only a website uses about itself; two of them make a line the site's
# (积分 of a site's points, never the 积 of 面积, 体积, 累积 before 分别 / 分布: 面积分别为… is a report's sentence)
_SITE_WORDS = _words(r"下载|下載|文档|文檔|上传|上傳|版权|版權|客服|投诉|投訴|预览|預覽|积分(?!别|別|布|佈|为|為)|積分(?!别|別|布|佈|为|為)|会员|會員|VIP|"
                         r"侵权|侵權|网友|網友|收藏|举报|舉報|范文|範文|在线阅读|在線閱讀|付费|付費|网站|網站|"
                         r"只看该作者|只看該作者|倒序浏览|倒序瀏覽|阅读模式|閱讀模式|回帖奖励|回帖獎勵|上一主题|上一主題|"
                         r"下一主题|下一主題|发表于|發表於|每日心情|签到天数|簽到天數|注册会员|註冊會員|普通会员|普通會員", re.I)
# a site's account: its log-in and sign-up prompts (手机号码,快捷登录); two of them on a short line without a
# sentence (a sentence may speak of 註冊設計 and 版權 together)
_ACCOUNT_WORDS = _words(r"登录|登錄|登入|注册|註冊|验证码|驗證碼|密码|密碼|手机号码|手機號碼|账号|帳號|快捷登录|快捷登錄")
_FOOTER_WORDS = _words(r"网站地图|網站地圖|联系我们|聯系我們|聯繫我們|版权所有|版權所有|备案号|備案號|ICP|主办单位|主辦單位|"
                           r"网站标识码|網站標識碼|举报电话|舉報電話|政务邮箱|政務郵箱|技术支持|技術支持|"
                           # a site's reserve on its copy (未经许可，不得转载)
                           r"不得转载|不得轉載|禁止转载|禁止轉載|未经许可|未經許可|未经授权|未經授權|关于我们|關於我們")


# a portal's metadata as a table: "索引号 | 1133…/2008-17089 |", "[ 发布机构 ] | 某某管委会 | |"
_META_CELL = re.compile(rf"(?:{_META_LABELS}|有效性|公开日期|公開日期|信息来源|信息來源|发布单位|發布單位|"
                        # the fields of a government's information disclosure catalogue (政府信息公开目录)
                        r"文件名称|文件名稱|信息索引号|公开时限|公开形式|公开程序|有效期|效力状况|体裁|主题\([一二]级\)|关键词|文件下载|内容概述|"
                        # who issued it and under which class (信息分类 | 通知 | 发文单位 | 某某管委会 |), and the row naming it
                        r"信息分类|信息分類|信息类别|信息類別|发文单位|發文單位|发文机关|發文機關|发文字号|發文字號|名称|名稱)[:：]?")
_CJK_GAP = re.compile(rf"(?<=[{CJK}])[ \u3000]+(?=[{CJK}])")


# a portal's metadata row written "label value" without a colon: 索引号 1133…/2012-17104, 公开方式 主动公开
_PORTAL_ROW = re.compile(r"^(?:索引号|索引號|主题分类|主題分類|组配分类|組配分類|公开方式|公開方式|公开范围|公開範圍|成文日期|"
                         r"发布机构|發布機構|发布机关|發布機關|发文机关|發文機關|"
                         # a law database's fields (发文字号 国办函〔2006〕37号, 时效性 现行有效, 效力级别 国务院规范性文件)
                         r"发文日期|發文日期|发文字号|發文字號|时效性|時效性|施行日期|实施日期|實施日期|效力级别|效力級別|"
                         r"公布日期|生效日期|失效日期)\s*[:：]?\s*[^\s。，,]{1,40}$")


# the same catalogue printed as rows of "label value" pairs separated by spaces (信息索引号 0140…/2022-05909 生成日期
# 2022-08-18 公开日期 2022-08-18; 文件编号 公开时限 长期公开 发布机构 某某办事处): two labels make the row the page's;
# a label no report heads a part with, alone or with one value (效力状况 有效, 文件下载), is the page's too
_CATALOGUE_LABEL = re.compile(rf"(?:{_META_LABELS}|有效性|公开日期|公開日期|上载日期|上載日期|分类|分類|名称|名稱|信息索引号|信息索引號|公开时限|公開時限|公开形式|公開形式|"
                              r"公开程序|公開程序|有效期|效力状况|效力狀況|体裁|體裁|主题\([一二]级\)|主題\([一二]級\)|关键词|關鍵詞|"
                              r"文件下载|文件下載|内容概述|內容概述)[:：]?")
_CATALOGUE_ALONE = re.compile(r"信息索引号|信息索引號|公开时限|公開時限|公开形式|公開形式|公开程序|公開程序|效力状况|效力狀況|"
                              r"主题\([一二]级\)|主題\([一二]級\)|文件下载|文件下載")


_CJK_CHAR = re.compile(f"[{CJK}]")


def _is_catalogue_row(line: str) -> bool:
    if len(line) > 160 or _SENTENCE_STOP.search(line):
        return False
    tokens = line.split()
    # (a label alone as a cell, or glued to a value in figures, the space between them normalised away: 发文日期2019-11-29)
    if sum(1 for t in tokens if _CATALOGUE_LABEL.fullmatch(t)
           or (m := _CATALOGUE_LABEL.match(t)) and t[m.end():m.end() + 1].isdigit()) >= 2:
        return True
    # labels glued to values in digits, the spaces between them normalised away (信息索引号1122/2025-01877生成日期
    # 2025-07-21): each label opens the line or follows a value's last digit, and a digit follows it
    glued = [m for m in _CATALOGUE_LABEL.finditer(line)
             if (m.start() == 0 or not _CJK_CHAR.match(line, m.start() - 1)) and re.match(r"\d", line[m.end():m.end() + 1])]
    if len(glued) >= 2 and glued[0].start() == 0:
        return True
    return 1 <= len(tokens) <= 2 and bool(_CATALOGUE_ALONE.fullmatch(tokens[0]))


def _is_meta_table_row(line: str) -> bool:
    cells = [_CJK_GAP.sub("", c).strip(" []【】") for c in re.split(r"[|｜]", line)]
    if len(cells) >= 2 and any(_META_CELL.fullmatch(c) for c in cells):
        return True
    # (a disclosure catalogue's labels in brackets, each with its value after it, no bar between: [ 索引号 ] /2022-00242
    # [ 发文字号 ], [ 发布机构 ] 其他)
    if line[:1] in "[【" and _BRACKETED_FIELDS.fullmatch(line):
        labels = re.findall(r"[\[【]\s*([^\[\]【】]{2,10}?)\s*[\]】]", line)
        return all(_META_CELL.fullmatch(_CJK_GAP.sub("", x)) for x in labels)
    return False


_BRACKETED_FIELDS = re.compile(r"(?:\s*[\[【]\s*[^\[\]【】]{2,10}?\s*[\]】][^\[\]【】。，,]{0,40}){1,4}")


_SENTENCE_STOP = re.compile(r"[。！？]")


# a website's own chrome on a line of its own, as every portal prints it: its registration numbers (京ICP备…号,
# 粤公网安备…号: the filing a Chinese site must show in its footer), the browser actions it offers (设为首页, 加入收藏,
# 返回顶部), and its prompts after the text (继续阅读…的文章, 没有更多评论): no report
# writes these about itself (the headers of its lists of other articles are _LIST_HEADER's)
_SITE_CHROME = re.compile(
    r"^.{0,8}(?:ICP|公网安备|公網安備)(?:备|備|证|證)?[^。，]{0,24}号.{0,12}$"
    r"|^(?:(?:设为首页|設為首頁|加入收藏|收藏本站|返回顶部|返回頂部|回到顶部|回到頂部|【?顶部】?|【?頂部】?|友情链接|友情鏈接)[\s|｜/、]*)+$"
    r"|^(?:继续阅读[^。，]{0,16}文章|繼續閱讀[^。，]{0,16}文章|没有更多评论(?:内容)?了?|沒有更多評論(?:內容)?了?)\s*$")


def _is_site_line(line: str) -> bool:
    if len(line) > 300:
        return False  # a paragraph of a report
    if len(line) <= 160 and ("|" in line or "｜" in line or line[:1] in "[【") and _is_meta_table_row(line) \
            or _PORTAL_ROW.match(line) \
            or _is_catalogue_row(line):
        return True
    if len(line) <= 200 and ("  " in line or " " in line) \
            and (sum(bool(_CATALOGUE_LABEL.fullmatch(w)) for w in furniture.spaced_words(line)) >= 2
                 or (unspaced := furniture.unspace_letters(line)) != line and _is_site_line(unspaced)):
        return True  # (a portal's table spaces its labels to one width: 索   引   号 …, 发 布 机 构 …)
    if len(line) <= 160 and (":" in line or "：" in line or "丨" in line):
        labels = {m.group(1) for m in _META_LABEL.finditer(_CJK_GAP.sub("", line))}
        if labels and len(line) <= 120 and not _SENTENCE_STOP.search(line):
            return True
        if len(labels) >= 2:
            return True  # 作者:某某公司。来源:某某网 日期:11-11 — two labels make a metadata row, whatever its values hold
    if len(line) <= 200 and len(set(m.group().upper() for m in _SITE_WORDS.finditer(line))) >= 2 \
            and not _REPORTS_OWN_SITE_WORK.search(line):
        return True
    if len(line) <= 40 and not _SENTENCE_STOP.search(line) and len(set(_ACCOUNT_WORDS.findall(line))) >= 2:
        return True
    if len(line) <= 60 and ("|" in line or "｜" in line) and _FOOTER_WORDS.search(line) \
            and all(len(c.strip()) <= 14 and not re.search(r"[，,。！？!?；;]", c) for c in re.split(r"[|｜]", line)):
        return True  # (某某網|某某電視臺|網站地圖 |: a row of the site's links in cells, one of them its footer's)
    if len(line) <= 40 and _FOOTER_WORDS.match(line) and furniture.names_unit_as_field(line):
        return True  # (主辦單位: 某某融媒體中心, 技术支持：某某公司: a footer's field naming the unit behind the site, wherever
        # a converter moved the footer to)
    return len(set(_FOOTER_WORDS.findall(line))) >= 2 or len(line) <= 60 and bool(_SITE_CHROME.match(line))


# a paragraph of several clauses closed by its stop that tells of work done on a website (由专人向某某网站上传和公开相关
# 信息，…，确保…。: a disclosure report's own words) with none of a site's words about itself (本站, 侵权, 声明): a report's text
_REPORTS_OWN_SITE_WORK = re.compile(r"^(?![^。]*(?:本站|本網|本网|我站|本平台|侵权|侵權|版权|版權|声明|聲明|免责|免責|转载|轉載|"
                                    # (…nor its words to the reader: 请放心下载, 您, 用户, 文档, 预览)
                                    r"请|請|您|用户|用戶|文档|文檔|下载|下載|预览|預覽))"
                                    r"(?:[^，,。]+[，,]){3,}[^，,。]+。$")


# the patterns above as one: a line is tried once, not once per pattern
_DROP_LINE_RE = re.compile("|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" if p.flags & re.I
                                    else f"(?:{p.pattern})" for p in _DROP_LINE if p not in _ASKED_WITH))
_DROP_LINE_ASKED = tuple(_ASKED_WITH.items())


def _is_dropped_row(line: str) -> bool:
    """Whether one of the rows above (_DROP_LINE) matches ``line``: the bounded ones as one pattern, the others each
    when the line holds a word it needs."""
    if _DROP_LINE_RE.match(line):
        return True
    for pattern, words in _DROP_LINE_ASKED:
        for w in words:
            if w in line:
                if pattern.match(line):
                    return True
                break
    return False


# short rows a portal or a platform sets around a text or under a post, in its variants (a player's label, an end mark, a
# visit counter in words, a site's code, its call for contributions, its sign-off rows, a post's location and counts, a
# comment box's terms): tried only on a short line, as one pattern (the reader's CPU: most lines are paragraphs)
_SHORT_ROWS = [
    # a video player's message where its video was (未能播放Youtube视频, 无法播放此视频), a picture's label alone (新聞圖片),
    # a link's label whose address the scrape lost (詳細資料連接:): the player's and the page's, no words of a text
    re.compile(r"^(?:未能|无法|無法|不能)播放[^。，,！？]{0,16}(?:视频|視頻|影片|影音)[。.]?$"),
    re.compile(r"^(?:新闻|新聞|资料|資料|相关|相關)(?:图片|圖片|照片)$"),
    # …a list's empty state under its label (最新活動 目前無資料, 暂无数据): the template's, no words of a text
    # (…a CMS template's, 暂时没有内容信息显示 under 相关附件下载)
    re.compile(r"^(?:[^\s。，,]{2,8}\s+)?(?:目前|暂时|暫時|暂|暫)(?:无|無|没有|沒有)(?:资料|資料|数据|數據|内容信息|內容信息|内容|內容|记录|記錄|"
               r"相关信息|相關資訊|信息)(?:显示|顯示)?[。.]?$"),
    # …a cover picture's label (首图, 題圖), the site's notice that it is under maintenance (網站維護中), its menu of the
    # languages it is in (可用语言): the page's rows, said of the site, never a report's words
    re.compile(r"^(?:首图|首圖|题图|題圖|封面图|封面圖)$|^(?:网站|網站|系统|系統)(?:维护|維護|升级|升級)中[。.…！!]*$"
               r"|^(?:可用|其他|其它|选择|選擇)(?:语言|語言)$"),
    # a blog's comment form under the post (發佈留言, 发表评论): the site's, as its buttons are
    re.compile(r"^(?:發佈留言|发布留言|發表留言|发表留言|发表评论|發表評論|发表回复|發表回覆|留下评论|留下評論)$"),
    # the blog software's own notes under that form, in its shipped wording (您的电子邮箱地址不会被公开。必填项已用*标注;
    # 發佈留言必須填寫的電子郵件地址不會公開。; 在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。)
    re.compile(r"^(?:(?:您|你)的(?:电子)?邮箱地址不会被公开|(?:發佈留言必須填寫的)?(?:你|您)?的?電子郵件(?:地址|位址)(?:並)?不會(?:被)?公開)"
               r"[。.]?\s*(?:(?:必填项已用|必填欄位標示為|必要欄位標記為)\s*[*＊]\s*(?:标注)?[。.]?)?$"),
    re.compile(r"^在此?(?:浏览器|瀏覽器)中(?:保存|儲存)(?:我的)?(?:显示名称|顯示名稱)[^。]{0,30}(?:评论|留言)时使用[。.]?$"),
    # the forum software's note on a post edited after it was posted, in its shipped wording ([ 此帖被某某在2010-04-05 17:36
    # 重新编辑 ], 本帖最后由 某某 于 2012-3-5 10:20 编辑): the board's, never the post's words
    re.compile(r"^[\[【]?\s*此[帖贴貼]被\S{1,20}?在\s*\d{4}-\d{1,2}-\d{1,2}\s*[\d:]*\s*重新[编編][辑輯]\s*[\]】]?$"),
    re.compile(r"^本[帖贴貼]最[后後]由\s*\S{1,20}\s*[于於]\s*\d{4}-\d{1,2}-\d{1,2}\s*[\d:]*\s*[编編][辑輯]$"),
    # a forum reply's row of who, how many posts and from where (回覆者:某某 發表數:68 IP:220.140.105.* 2008-05-29 23:46:50)
    re.compile(r"^(?:回覆者|回复者|發表者|发表者)\s*[:：]\s*\S{1,20}\s+(?:發表數|发表数|帖子数|帖子數|积分|積分)\s*[:：]\s*\d+"),
    # the text's size buttons with their label, their signs or letters left (【浏览字号 : -, 字号：+ -, [字体：大 中 小])
    re.compile(r"^[【\[]?\s*(?:浏览|瀏覽)?(?:字号|字號|字体|字體)\s*[:：]\s*[-+＋－大中小\s]*[】\]]?$"),
    re.compile(r"^(?:详细资料|詳細資料|相关|相關|原文|更多资讯|更多資訊)?(?:连接|連接|链接|鏈接|连结|連結|网址|網址)\s*[:：]$"),
    # a post's date in brackets with the word for posted ([2016.02.25] 發表): the page's row (page_credits dates it)
    re.compile(rf"^(?:{titles.POSTED_DATE.pattern})$"),
    # 视频加载中..., and with its call to see the rest (加载中.... (立即查看全文))
    re.compile(r"^[^。，,！？\s]{0,6}(?:加载中|載入中|正在加载|正在載入|loading)[.…。]*(?:\s*[(（][^()（）]{0,8}(?:全文|更多)[)）])?$", re.I),
    # a text's end mark in brackets alone ((完), （全文完）, 【完】): the mark, no word of the text
    re.compile(r"^[(（【\[]\s*(?:全文)?完\s*[)）】\]]$"),
    # a visit counter in words (您是本站第12345位访客), a government site's code alone (网站标识码：1234000001)
    re.compile(r"^(?:您是|你是)?(?:本站|本网|本網)?(?:的)?第\s*[\d,]+\s*(?:位|名|个|個)(?:访客|訪客|访问者|訪問者|浏览者|瀏覽者)"),
    re.compile(r"^(?:网站标识码|網站標識碼)\s*[:：]?\s*[\dA-Za-z]+$"),
    # the site's call for contributions (欢迎投稿：…, 投稿邮箱：…@…): a paper's, never a report's
    re.compile(r"^(?:欢迎投稿|歡迎投稿|投稿邮箱|投稿郵箱|投稿信箱|投稿地址)\s*[:：]?[^。！？]{0,40}$"),
    # who checked, proofread and signed off the copy, who posted or gave it, as a row of its own (审核：某某, 校对丨某某,
    # 签发：, 发布人：admin, 信息提供：某某办公室): a publisher's rows, opening the line (a report's heading may speak of 审核：)
    re.compile(r"^[(（【\[]?\s*(?:审核|審核|校对|校對|审校|審校|签发|簽發|终审|終審|初审|初審|复审|複審|发布人|發布人|發佈人|发布者|發布者|發佈者|"
               r"信息提供|监制|監製|责编|責編)\s*[:：丨]\s*[^。！？，,()（）【】\[\]]{1,60}[)）】\]]?$"),
    # the template's editor row in brackets alone, whatever the editor's post before 编辑 ((实习编辑:某某), 【网络编辑：某某】):
    # a line in brackets naming who edited is the site's, whatever the post
    re.compile(rf"^[(（【\[]\s*[{CJK}]{{0,4}}?(?:编辑|編輯)\s*[:：丨]\s*[^。！？，,()（）【】\[\]]{{1,16}}[)）】\]]$"),
    # an article's byline as a magazine or a column sets it on a line of its own (文丨某某, 文Ⅰ本刊记者 付 松 李 坤, 撰文/某某,
    # 撰文某某 glued): who wrote it, never a sentence of it; the names one to four, a name's characters spaced to a width too
    re.compile(rf"^(?:(?:文|撰文|撰稿|作者|文字|执笔|執筆)\s*[丨|｜/／:：Ⅰ│]|(?:撰文|撰稿)(?![人者]))\s*"
               rf"(?:本刊|本报|本報|本网|本網|特约|特約)?(?:记者|記者)?\s*"
               rf"[{CJK}·](?: ?[{CJK}·]){{1,5}}(?:[\s、，,]+[{CJK}·](?: ?[{CJK}·]){{1,3}}){{0,3}}$"),
    # a post's location row (IP属地：浙江), the count of its reads or comments however set (1.2万阅读, 已有0人参与, 0条评论), a
    # comment box's terms (文明上网理性发言…): the platform's, under any post
    re.compile(r"^IP\s*(?:属地|屬地)\s*[:：]\s*\S{1,10}$"),
    re.compile(r"^(?:已有|共有)?\s*[\d.,]+\s*[万萬]?\s*(?:次|人|条|條)?(?:阅读|閱讀|浏览|瀏覽|评论|評論|参与|參與|点赞|點讚)$"),
    re.compile(r"^[^。！？]{0,10}(?:文明上网|文明上網|理性发言|理性發言)[^。！？]{0,30}[。！]?$"),
    # …and its state, or an empty list's or search's, as the software prints it under any post (评论已关闭。, 評論被關閉。,
    # 暂无评论, 目前没有评论, 没有找到结果。): the box's, no word of the text
    re.compile(r"^(?:评论|評論|留言|回复|回覆)(?:功能)?(?:已|被|已被)(?:关闭|關閉)[。.！!]?$|"
               r"^(?:暂无|暫無|目前(?:还)?(?:没有|沒有|无|無)|还没有|還沒有)(?:任何)?(?:评论|評論|留言|回复|回覆)[。.！!]?$|"
               r"^(?:没有|沒有|未)(?:找到|搜索到|搜尋到)(?:相关|相關|任何)?(?:结果|結果|内容|內容|记录|記錄)[。.！!]?$"),
    # …and the same box's state and its button as a blog's software prints them in English (No comments:, Post a Comment)
    re.compile(r"^(?:no comments?|(?:post|leave|add|write) a (?:comment|reply)|comments? (?:are )?closed)\s*[.:：!]?$", re.I),
    # a portal's link back to itself (返回某某，查看更多)
    re.compile(r"^返回[^\s，,。]{1,8}[，,]\s*查看更多$"),
    # a portal's label over its file links (附件下载：, 相关附件:): a report names its attachment 附件：…
    re.compile(r"^(?:附件下载|附件下載|相关附件|相關附件|相关下载|相關下載)\s*[:：]?$"),
    # a consent box's label under a comment or login form (已经阅读并同意《某某》用户使用协议, 我已閱讀並同意隱私政策): the
    # platform's terms, never a line of a report
    re.compile(r"^(?:[☐□✓√]\s*)?(?:我|本人)?已(?:经|經)?(?:阅读|閱讀|阅|閱)(?:并|並|且|和)?(?:同意|接受|理解)[^。！？]{0,40}?"
               r"(?:协议|協議|条款|條款|政策|声明|聲明|须知|須知|规则|規則)[。.]?$"),
    # a forum's call to sign up over every post, as its software prints it (马上注册，结交更多好友，享用更多功能…社区。):
    # a call to register is the site's, never a report's
    re.compile(r"^(?:马上注册|馬上註冊|立即注册|立即註冊|免费注册|免費註冊)[，,][^。！？]{0,50}[。！]?$"),
    # a menu's button and a link back to the page's top, as a site prints them in English or both (選單 MENU, go to Top)
    re.compile(r"^(?:選單|选单|菜單|菜单)?\s*MENU$|^(?:go to top|back to top|回到顶部|回到頂部|返回顶部|返回頂部)$", re.I),
    # a firm's service hotline anywhere on the page, a national 400 or 800 number (咨询热线:400-168-6016: a park's office
    # gives its own line, 招商热线：0571-…, which stays), and the labels of its contact form, each alone on a line
    # (姓名, 手机号, 验证码)
    re.compile(r"^[^\s。，,：:]{0,6}(?:热线|熱線)(?:电话|電話)?\s*[:：]\s*[48]00[-－\s]?\d{3}[-－\s]?\d{4}$"),
    re.compile(r"^(?:姓名|您的姓名|手机号|手機號|手机号码|手機號碼|联系电话|聯繫電話|联系方式|聯繫方式|验证码|驗證碼|电子邮箱|電子郵箱|"
               r"公司名称|公司名稱|留言内容|留言內容|意向需求)\s*[:：*＊]?$"),
    # a journal database's row of the issue's pages under an article's abstract (2009年第3期148-149,共2页; its 出处 label
    # is the source row's, above)
    re.compile(r"^(?:19|20)\d{2}\s*年\s*第\s*\d{1,2}\s*期\s*\d{1,4}(?:[-—–]\d{1,4})?\s*[,，]\s*共\s*\d{1,3}\s*页$"),
]
_SHORT_ROW_RE = re.compile("|".join(f"(?{'i' if p.flags & re.I else ''}:{p.pattern})" if p.flags & re.I
                                    else f"(?:{p.pattern})" for p in _SHORT_ROWS))


# an advertisement a page carries above or inside the text it shows (a mirror site's own banner, a hijacked page's
# <title>): it sells an app, a site or a tool — download it, log in, register, "立即了解" — or a game of chance.
# A report and a news item describe a park's work; they never call the reader to download or register, and they
# never name a gambling venue. Its signals: a call to act, an app's download, a site's entry, a platform list,
# and the gambling trade's own words (one of these alone marks the line)
_AD_CALL = _words(r"立即了解|立即下载|立即下載|立即注册|立即註冊|立即领取|立即領取|立即体验|立即體驗|点击进入|點擊進入|马上注册|馬上註冊|"
                  r"免费注册|免費註冊|注册送|註冊送|注册就送|註冊就送|登录入口|登錄入口|官方入口|网页版入口|網頁版入口")
_AD_SIGNALS = _words(r"app下载|APP下载|App下载|app下載|APP下載|App下載|客户端下载|客戶端下載|官方网站|官方網站|官方版|官网|官網|"
                     r"IOS/安卓|iOS/安卓|安卓/IOS|安卓/iOS|手机端|手機端|手机版|手機版|网页版|網頁版|神器|"
                     r"娱乐城|娛樂城|娱乐场|娛樂場|娱乐平台|娛樂平台|博彩|彩票|百家乐|百家樂|真人视讯|真人視訊|棋牌|老虎机|老虎機|"
                     r"体育投注|體育投注|电子游艺|電子遊藝|开户|開戶")
# …and the words of the trades such spam sells, gambling and pornography (a hijacked page's keyword line: 一级毛片,…在线观看)
_GAMBLING = _words(r"娱乐城|娛樂城|娱乐场|娛樂場|博彩|百家乐|百家樂|真人视讯|真人視訊|老虎机|老虎機|体育投注|體育投注|电子游艺|電子遊藝|"
                   r"投注官网|投注官網|投注平台|投注网|投注網|在线投注|線上投注|"
                   r"毛片|无码|無碼|黄色大片|黃色大片|伦理片|倫理片|成人影片|在线观看网|在線觀看網|"
                   # (… and the pornography trade's other names for its wares: 三级片, 成人电影, 国产av…)
                   r"三级片|三級片|一级片|一級片|成人电影|成人電影|成人视频|成人視頻|国产av|國產av|亚洲av|亞洲av|av网址|AV网址|AV網址|"
                   # (… and how its keyword lines sell them: 性爱视频, 精品一区二区三区, 在线观看免费观看高清)
                   r"性爱|性愛|精品一区|精品一區|在线观看免费|在線觀看免費|免费观看高清|免費觀看高清")


_KEYWORD_SEPARATORS = re.compile(r"\s*[-_|｜]+\s*")  # (never 、 or ，: a report enumerates with them)


def _keyword_stuffing(line: str) -> bool:
    """A search-engine spammer's keyword line: four or more short phrases run together with dashes, bars or underscores,
    three of them opening with the same two characters (某某躁18…-某某躁某某-某某躁2024…): a list of search terms
    repeating one phrase with variations, which no headline, menu or sentence of a report is."""
    parts = [x for x in _KEYWORD_SEPARATORS.split(line) if x]
    if len(parts) < 4 or any(len(x) > 24 for x in parts):
        return False
    heads = [x[:2] for x in parts if len(x) >= 2]
    return max((heads.count(h) for h in set(heads)), default=0) >= 3


def is_advert_line(line: str) -> bool:
    """An advertisement on a line of its own (see _AD_CALL): no sentence in it, and it calls the reader to act or
    names a trade of spam (a keyword line may run long), or is a spammer's keyword line, or, short, carries two
    signals of an app or a site."""
    if "。" in line or len(line) > 200:
        return False
    if _AD_CALL.search(line) or _GAMBLING.search(line) or _keyword_stuffing(line):
        return True
    return len(line) <= 80 and len({m.group(0).lower() for m in _AD_SIGNALS.finditer(line)}) >= 2


@functools.lru_cache(maxsize=8192)  # asked of a line by the cleaning (twice near the top) and again by page_credits
def is_boilerplate_line(line: str) -> bool:
    """A line that belongs to the website, not to any report. A Traditional page's site rows are the rows a Simplified
    page has, written in the other script (加載中, 轉載請附上…, 蘇公網安備…號): a row is read as it is and, when it holds
    Traditional characters, as its Simplified form, so each form is written once."""
    if _is_site_row(line):
        return True
    return len(line) <= 200 and not traditional_chars().isdisjoint(line) and _is_site_row(parks.to_simplified(line))


def _is_site_row(line: str) -> bool:
    if _is_dropped_row(line) or len(line) <= 100 and _SHORT_ROW_RE.match(line) or _is_site_line(line):
        return True
    if is_advert_line(line):
        return True
    if len(line) <= 80 and _is_tool_row(line):
        return True
    if 10 <= len(line) <= 120 and _is_places_row(line):
        return True
    if furniture.is_furniture_line(line):
        return True
    if len(line) <= 400 and (_BLURB_MARKS.search(line) or len(_BLURB_SOFT.findall(line)) >= 2
                             or ("小编" in line or "小編" in line) and _BLURB_EDITOR.search(line)):
        return True
    if len(line) <= 200 and _CREDIT.search(line):
        return True
    # (the periodical's name and issue: page_credits keeps it as the page's label)
    return titles.is_journal_issue_row(line)


_TOOL_GAP = re.compile(r"\s{2,}|\u3000+|[|｜]")
_ALL_CJK = re.compile(f"[{CJK}]+")


def _is_places_row(line: str) -> bool:
    """A row of six places or more run together and nothing else (上海北京广州深圳武汉…厦门): a site's links to its city
    pages, no sentence — read greedily, longest place first, each a division the gazetteer knows."""
    if not _ALL_CJK.fullmatch(line):
        return False
    at, count = 0, 0
    while at < len(line):
        step = next((n for n in (4, 3, 2) if at + n <= len(line) and parks.is_division(line[at:at + n])), 0)
        if not step:
            return False
        at, count = at + step, count + 1
    return count >= 6


# one of a page's reader tools or a post's buttons, as portals and forums name them: the text's size (字体大小：大 中 小,
# 預設字體大小, 放大 缩小), the accessible view (無障礙瀏覽), printing (列印, 友善列印), sending on (分享, 轉寄), feeds (订阅RSS), and
# under a forum post its props and report buttons (使用道具 举报)
_TOOL_CELL = re.compile(r"(?:【|\[)?(?:(?:预设|預設|默认|默認)?(?:字体|字體|字型|字号|字號|字级|字級|文字)(?:大小|级数|級數|设定|設定|设置|設置)?(?:\s*[:：]\s*[大中小]?)?|[大中小]|"
                        r"[大中小]字(?:体|體|型|号|號)|(?:字体|字體|文字|页面|頁面)?(?:放大|缩小|縮小)(?:字体|字體|字号|字號|文字)?|"
                        r"(?:字体|字體|字号|字號)(?:变|變|调|調)(?:大|小)|"
                        r"无障碍(?:浏览|阅读)?|無障礙(?:瀏覽|閱讀)?|(?:友善)?(?:列印|打印)(?:本页|本頁|此页|此頁|文章|本文)?|"
                        r"分享(?:到|至)?(?:微信|微博|QQ空间|QQ空間|朋友圈|QQ)|分享(?:到|本页|本頁|工具)?|(?:facebook|twitter|line|whatsapp|weibo|wechat|email|telegram)|转寄|轉寄|转发|轉發|(?:订阅|訂閱)\s*RSS|RSS(?:订阅|訂閱)?|关闭(?:窗口|此页|本页)?|關閉(?:視窗|窗口|此頁|本頁)?|"
                        r"(?:已|点击|點擊)?(?:取消)?(?:加入)?收藏(?:本页|本頁)?|回上[一]?[页頁]|(?:寄给|寄給|推荐给|推薦給|转寄给|轉寄給|发送给|發送給)(?:我的?)?(?:朋友|好友)|返回(?:顶部|頂部|上一?[页頁]|列表)|使用道具|道具|举报|舉報|回复|回覆|引用|评分|評分|"
                        r"点赞|點讚|點贊|在看|写留言|寫留言|留言|评论|評論|保存)"
                        r"(?:】|\])?", re.I)


# reader tools in brackets glued after a line's words (盘兴西部物流园区建设提速 [打印本页], as a forum's printed page sets them
# after the headline; …来源:某某 【打印】【关闭】): the page's buttons, the words before them stay
_TOOLS_AFTER = re.compile(r"(?<=\S)(?:\s*[\[【][^\[\]【】]{1,12}[\]】])+$")
_BRACKET_CELL = re.compile(r"[\[【][^\[\]【】]{1,12}[\]】]")


# a share widget's label glued after a line's words, its platforms' icons not text (…破2500億台幣分享到:): the label is
# the page's, never the words' (a sentence never ends on 分享到)
_SHARE_AFTER = re.compile(r"(?<=[^\s。！？!?])\s*(?:分享到|分享至)\s*[:：]?$")


def strip_tools_after(line: str) -> str:
    """``line`` less the reader tools in brackets closing it (see _TOOLS_AFTER), when every bracket is a tool, or a
    share widget's label glued after it."""
    if (share := _SHARE_AFTER.search(line)) and share.start() >= 6:
        return line[:share.start()].rstrip()
    m = _TOOLS_AFTER.search(line) if line[-1:] in "]】" else None
    if m and all(_TOOL_CELL.fullmatch(c) for c in _BRACKET_CELL.findall(m.group(0))):
        return line[:m.start()].rstrip()
    return line


# reader tools set as cells before a line's words, split by bars (寄給朋友| 友善列印| 字級設定: 标题): the page's buttons over its
# headline, the last one's label glued to it; the words after them stay
_TOOLS_BEFORE = re.compile(r"^(?:[^|｜]{1,12}[|｜]\s*){2,}")
_TOOL_LABEL_BEFORE = re.compile(r"^(?:预设|預設|默认|默認)?(?:字体|字體|字型|字号|字號|字级|字級|文字)(?:大小|设定|設定|设置|設置)?\s*[:：]\s*(?=\S)")


def strip_tools_before(line: str) -> str:
    """``line`` less the reader tools set as cells before its words (see _TOOLS_BEFORE), when every cell is a tool."""
    m = _TOOLS_BEFORE.match(line) if "|" in line[:40] or "｜" in line[:40] else None
    if not m or not all(_TOOL_CELL.fullmatch(c.strip()) for c in re.split(r"[|｜]", m.group(0)) if c.strip()):
        return line
    rest = _TOOL_LABEL_BEFORE.sub("", line[m.end():], count=1)
    return rest if len(rest) >= 4 else line


# a row of a page's controls run together, glued to each other or to their arrows and counts (3上一篇  下一篇4放大 缩小 默认,
# 上一版3  4下一版 2014年2月20日 星期 放大 缩小 默认, 登录 评论一下): each word a control's name, the steps to the next and
# the last article and the account's among them, nothing else but figures, arrows and signs between them — no sentence is
# made of buttons
_PAGE_STEP_WORD = r"[上下]一?(?:篇|条|條|页|頁|章|版)"  # (版: an e-paper's steps between its pages)
_EPAPER_STEP = re.compile(r"[上下]一?版")
_ACCOUNT_WORD = r"登录|登錄|登入|注册|註冊"
_CONTROL_WORD = re.compile(rf"(?:{_TOOL_CELL.pattern}|{_PAGE_STEP_WORD}|{_ACCOUNT_WORD}|默认|默認)(?:一下)?", re.I)  # (默认: the size reset)
# (between the controls: blanks, signs, counts, arrows, and the issue's day an e-paper sets among them, 2014年2月20日 星期四)
_CONTROL_FILLER = r"(?:[\s\d|｜/／·<>«»←→↑↓:：\-—]|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:\s*星期[一二三四五六日天]?)?)*"
_CONTROLS_RUN = re.compile(rf"{_CONTROL_FILLER}(?:(?:{_CONTROL_WORD.pattern}){_CONTROL_FILLER}){{2,8}}", re.I)


def _is_controls_run(line: str) -> bool:
    """A row of controls run together (see _CONTROLS_RUN): two controls at least that are no size letter alone."""
    if len(line) > 40 or not _CONTROLS_RUN.fullmatch(line):
        return False
    return sum(not re.fullmatch(r"[【\[]?[大中小][】\]]?", w) for w in _CONTROL_WORD.findall(line)) >= 2


def _is_tool_row(line: str) -> bool:
    """A portal's reader tools set on one row (字号:  打印本页, 【字体：大 中 小】 | 关闭窗口, 無障礙瀏覽 預設字體大小 列印
    分享): every cell is a tool, so the row is the page's, whatever tools it puts together."""
    if _is_controls_run(line):
        return True
    cells = [c.strip() for c in _TOOL_GAP.split(line) if c.strip()]
    if 1 < len(cells) <= 6 and all(_is_dropped_row(c) for c in cells):
        return True
    # (a row spaced by one blank a cell: each word a tool's name, at least two tools that are no size letter alone)
    # (a tool's label, its colon: 友善列印 :; a state and its button one comma apart: 已收藏,点击取消收藏)
    words = [w for w in re.split(r"[\s|｜/／·,，]+", line.rstrip(" :：")) if w]
    if 1 < len(words) <= 6 and all(_is_dropped_row(w) and _CJK_CHAR.search(w) for w in words):
        return True  # (a forum's buttons one blank apart: 返回列表 回復 發帖, each a button alone)
    if len(words) == 1:
        # one tool alone on its line (小字號, 友善列印, 字型大小): a button, never a line of a report; a size letter
        # alone (大) is no tool without its row
        return len(line) <= 8 and bool(_TOOL_CELL.fullmatch(words[0])) and not re.fullmatch(r"[【\[]?[大中小][】\]]?", words[0])
    return 1 < len(words) <= 12 and all(_TOOL_CELL.fullmatch(w) for w in words) \
        and sum(not re.fullmatch(r"[大中小]", w) for w in words) >= 2


# a headline closed by the day it was posted, glued or set apart (某会在渝闭幕2016-11-29, 标题 (2016-11-29)): an entry of a
# list of the site's stories, no sentence in it
_DATED_LINK = re.compile(r"^(?![^。！？]*[。！？；])[^\s].{3,60}?\s*[(（\[]?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[)）\]]?$")


def _dated_links_around(lines: list[str], i: int) -> int:
    """How many lines in a row, the ``i``-th among them, are such entries (_DATED_LINK)."""
    lo = i
    while lo > 0 and _DATED_LINK.match(lines[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(lines) and _DATED_LINK.match(lines[hi + 1]):
        hi += 1
    return hi - lo + 1


def _is_link_line(line: str) -> bool:
    """A line of a link list: short, no sentence end, often a file name or a date."""
    if re.search(r"\.(docx?|pdf|pptx?|xlsx?|txt)(\s*VIP)?$", line, re.I):
        return True
    if re.search(r"\d{1,2}-\d{1,2}$", line) and len(line) <= 60:
        return True
    return len(line) <= 60 and not re.search(r"[。！？；]", line)


_BLOCK_HEADER = re.compile(r"^(目录|目錄|文档简介|文檔簡介|内容简介|內容簡介|文档目录|文檔目錄|提纲|提綱|大纲|大綱)"
                           r"(?:\s*[/／、]\s*(?:目录|目錄|提纲|提綱|大纲|大綱))?\s*[:：]?\s*[…\.]*$")  # 目录/提纲:……
# (and a scan prompt set around a headline: 掃描二維碼訪問某某網移動版 标题 掃描二維碼訪問某某微信)
# (and a document site's slogan with its address, glued before the text it shows: 某某公文写作范文宝典:www.x.com)
_HIDDEN_MARK = re.compile(r"[^\s。，,！？:：]{2,20}(?:网|網|宝典|寶典|文库|文庫|之家|范文|範文|平台)\s*[:：]\s*(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2}/?|"
                          r"(?:扫描|掃描)(?:二维码|二維碼)[^\s。，,！？]{0,14}(?=\s|$)|下载后可任意编辑|下載後可任意編輯|[…\.]{0,6}\s*此处隐藏\s*\d+\s*个?字\s*[…\.]{0,6}|[…\.]{0,6}\s*此處隱藏\s*\d+\s*個?字\s*[…\.]{0,6}|"
                          # (…答复解决问题 当前隐藏内容免费查看X项: the marker where a site hides the text, however it says so)
                          r"\s*(?:当前|當前)(?:隐藏内容|隱藏內容)(?:免费|免費)?(?:查看|阅读|閱讀)?|\s*(?:隐藏内容|隱藏內容)(?:免费|免費)(?:查看|阅读|閱讀)|"
                          # (…or leaves a part out and says how much: ……(开头部分已省略181字), (以下省略500字))
                          r"[…\.]{0,6}\s*[(（][^()（）\s]{0,8}?(?:已|被)?省略\s*\d+\s*[个個]?字[)）]\s*[…\.]{0,6}")
# the words each form above holds (its address's www., 扫描, 下载后…, 此处隐藏, 隐藏内容): a line with none of them (most lines) is
# not searched, a search that tries every position of the line (a form added above adds its word here:
# tests/test_reading_cpu.py checks that every form holds one)
_HIDDEN_HINT = re.compile(r"www\.|扫描|掃描|下载后可任意编辑|下載後可任意編輯|此处隐藏|此處隱藏|隐藏内容|隱藏內容|省略")


# an outline's item: a numbered heading (一、 （一） 1. （1）)
_OUTLINE_ITEM = re.compile(rf"^(?:[{_CN_NUM}]{{1,3}}\s*[、.．]|[（(]\s*[{_CN_NUM}\d]{{1,3}}\s*[）)]|\d{{1,2}}\s*[、.．])")


def _is_entry(line: str) -> bool:
    return len(line) <= 40 and not re.search(r"[。！？；]", line)


_ENUMERATED = re.compile(rf"^[{_CN_NUM}]是|^[…\.]{{2,}}$")  # 一是… in an outline, and its closing ……


# a form's field label alone on its line (用户名:, 密 码:, 验证码:)
_FORM_FIELD = re.compile(rf"^[{CJK}A-Za-z ]{{1,8}}[:：]$")


def _is_menu_word(line: str) -> bool:
    return len(line) <= 4 and not re.search(r"[，。、；：！？,.;:!?\d]", line)


def _form_end(lines: list[str], i: int) -> int | None:
    """End of a login form starting at ``i``: two or more field labels in a row, with the
    menu words on the lines around them (会员信息 / 用户名: / 密码: / 注册)."""
    j = i
    if not lines[i].endswith((":", "：")):  # (most lines: one string test, no pattern)
        j = i + 1
        if j >= len(lines) or not lines[j].endswith((":", "：")) or not _is_menu_word(lines[i]):
            return None
    k = j
    while k < len(lines) and _FORM_FIELD.match(lines[k]) and len(re.sub(r"\s", "", lines[k])) <= 7:
        k += 1
    if k - j < 2:
        return None
    while k < len(lines) and _is_menu_word(lines[k]):
        k += 1
    return k


def _toc_end(lines: list[str], i: int) -> int | None:
    """End of a table of contents printed without a header: four or more numbered heading lines
    in a row (一、… （一）… 一是…), the first of which the text repeats further down as its own heading."""
    if len(lines[i]) > 40 or not _HEADING_START.match(lines[i]) or not _is_entry(lines[i]):
        return None
    j = i
    while j < len(lines) and _is_entry(lines[j]) and (_HEADING_START.match(lines[j]) or _ENUMERATED.match(lines[j])):
        j += 1
    if j - i >= 4 and lines[i] in lines[j + 1:]:
        return j
    return None


def _is_column_name(lines: list[str], i: int) -> bool:
    """A bare genre word (工作报告, 政府工作报告) next to a title that ends in it: above it, the site's
    column; below it, the document's own cover title repeated. Neither is a title or a heading."""
    if len(lines[i]) > 10 or not _GENRE_LINE.fullmatch(lines[i]):
        return False
    return any(len(x) > len(lines[i]) and x.endswith(lines[i]) and len(x) <= 60
               for x in lines[max(0, i - 4):i] + lines[i + 1:i + 4])


# a sentence's words closed by a colon (今年工作重点：, 主要包括:): what follows is the list it introduces, the text's own
# items however short (招商引资 / 项目建设 / 园区配套); a site's cells follow no such line (its ::: anchor has no words)
_INTRODUCES_LIST = re.compile(rf"[{CJK}]{{2}}[^{CJK}]{{0,2}}[:：]$")


def drop_blocks(lines: list[str]) -> list[str]:
    """A table of contents (目录 + titles, or numbered headings the text repeats below) or a
    site's outline (文档简介 + fake headings) lists what follows; it ends where the first
    listed item really starts. A run of three or more lines of a few characters each is a
    title the site cut into tags; a run of field labels is a login form."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _form_end(lines, i) or _toc_end(lines, i)
        if end:
            i = end
            continue
        if _is_column_name(lines, i):
            i += 1
            continue
        if _BLOCK_HEADER.match(lines[i]):
            entries: list[str] = []
            j = i + 1
            while j < len(lines) and _is_entry(lines[j]) and not any(e == lines[j] or e.startswith(lines[j]) for e in entries):
                if entries and all(_OUTLINE_ITEM.match(e) for e in entries) and not _OUTLINE_ITEM.match(lines[j]) \
                        and not _ENUMERATED.match(lines[j]) and titles.title_score(lines[j]) >= 5:
                    break  # 提纲： / 一、… / 二、… / 1.… / 区某某局2024年工作计划: an outline of numbered headings ends at the
                    # document's own title (unnumbered, with its genre word), which heads the text under it
                entries.append(lines[j])
                j += 1
            if len(entries) >= 2 or entries and j < len(lines) and _is_entry(lines[j]):
                i = j  # (one entry followed by its text is the title under a 目录 header, not a table of contents)
                continue
        k = i
        while k < len(lines) and len(lines[k]) <= 4 and not re.search(r"[，。、；：！？,.;:]", lines[k]):
            k += 1
        if k - i >= 3 and not (out and _INTRODUCES_LIST.search(out[-1])):
            i = k
            continue
        out.append(lines[i])
        i += 1
    return out


# a news site's label over its teaser, the editor's summary it sets between the headline and the lead (核心提示：…, 摘要:…,
# 内容提要：…): session 42, 4 hosts of the spent pages; 核心提示 is a portal's word only, 摘要 a paper's too (its abstract)
_TEASER_LABEL = re.compile(r"^(?:[【\[](?:核心提示|内容提要|內容提要|摘要)[】\]]\s*[:：]?|(?:核心提示|内容提要|內容提要|摘要)\s*[:：]?)\s*")
# (摘要 9月16日，…: a space for the colon, which the line's normalising closes up — the lead below repeating the words
# after it is what makes it a teaser)
_PORTALS_LABEL = re.compile(r"^[【\[]?核心提示")
_TEASER_OPENS = tuple("核内內摘【[")  # (the characters a teaser's label opens with: only such lines are tried)


# …and the label as a records page prints a field, the text after a table's bar (摘 要: | 正2013年，某高新区…): the text,
# without the 正 a journal database sets before an abstract it took from the article's text (its 【正】 mark)
_ABSTRACT_FIELD = re.compile(r"^摘[\s\u3000]*要\s*[:：]?\s*[|｜]\s*(?:正(?=\s*(?:19|20)\d{2}\s*年))?(?=\S)")


def _teaser_kept(line: str, following: list[str]) -> str | None:
    """What of a line under a teaser's label the text keeps: None when the lead below repeats the teaser's opening
    words (摘要:12月26日，某某项目封顶… over 12月26日，某某项目封顶…; 核心提示:某某… over 某地(某某网)--某某…), the words
    without a portal's label when it does not (核心提示:某某园区效益突出据悉，…); an abstract under 摘要 stays whole."""
    if field := _ABSTRACT_FIELD.match(line):
        return line[field.end():]
    m = _TEASER_LABEL.match(line)
    if not m:
        return line
    opening = line[m.end():m.end() + 20]
    if len(opening) == 20 and any(opening in y for y in following):
        return None
    return line[m.end():] if _PORTALS_LABEL.match(line) and m.end() < len(line) else line


def drop_excerpts(lines: list[str]) -> list[str]:
    """A site prints the start of an article as its excerpt, then the article: the excerpt is a line the next line (or
    the one after) begins with, or a teaser under its label whose opening words the lead below repeats (_teaser_kept)."""
    kept = [x for x in (_teaser_kept(x, lines[i + 1:i + 3]) if x.startswith(_TEASER_OPENS) else x
                        for i, x in enumerate(lines)) if x is not None]
    # (a shorter one cut inside its second clause, 日前，某部将20个, is an excerpt as well: a headline the lead repeats
    # whole is one phrase, never a clause and the start of the next)
    return [x for i, x in enumerate(kept)
            if not ((len(x) >= 30 or len(x) >= 12 and _CLAUSE_CUT.search(x))
                    and any(len(y) > len(x) and y.startswith(x) for y in kept[i + 1:i + 3]))]


_CLAUSE_CUT = re.compile(r"[，,][^，,。！？!?；;]{4,}$")


# a blurb that names the report it introduces: "下面是小编为大家整理的<title>，供大家参考。"
_BLURB_NAMES = re.compile(r"(?:整理|收集|分享|推荐|推薦|精选|精選|筛选|篩選|编辑|編輯)(?:了|的)(?:一篇|关于|關於)?[“「《]?"
                          r"([^，,。“”「」《》]{4,50}?)[”」》]?(?:范文|範文)?(?=[，,。]|供|希望|仅供|僅供|欢迎|歡迎|以供)|"
                          r"^《([^》]{4,50})》由(?:会员|會員|用户|用戶|网友|網友)上传")  # 《title》由会员上传分享


def _named_title(blurb: str, near: list[str]) -> str | None:
    """The title a dropped blurb names, when no line near it already gives that title:
    the page's only statement of what its report is called."""
    m = _BLURB_NAMES.search(blurb)
    name = m and re.sub(r"\s+", "", m.group(1) or m.group(2))  # (a PDF's line break inside the name: 《关于工业园区 建设…》)
    if not name or not titles.DOC_WORD_RE.search(name):
        return None
    named = titles.clean_title(name)
    if not named or any(named in titles.clean_title(x) for x in near if len(x) <= 80):
        return None
    return named


# a metadata label alone on its line, the page having put its value on the next
_LONE_LABEL = re.compile(r"(?:新闻来源|新聞來源|信息来源|信息來源|来源|來源|作者|发布单位|發布單位)\s*[:：]")


# a paper's or a wire's credit for its item, the dateline's (某某报某地讯, 新华社某地电): the item's own, however short
_DATELINE_CREDIT = re.compile(r"(?:讯|訊|电|電|报道|報導)$")


_SENTENCE_END = re.compile(r"[。！？!?]")


def _cut_blurb_opening(line: str) -> str:
    """A document site's intro and its editor's blurb run into the first paragraph of the text they introduce (…不然如何正常高效
    地开展工作？以下就是小编整理的…，欢迎参考！某某工作总结【1】今年以来…): the line from the blurb's closing stop on, when the
    text goes on after it. The blurb closes the site's intro, which comes before the text; the blurb alone on its line is
    a site's row (is_boilerplate_line)."""
    if len(line) < 120 or not ("小编" in line[:300] or "小編" in line[:300] or _BLURB_MARKS.search(line, 0, 300)):
        return line
    m = _BLURB_EDITOR.search(line, 0, 300) or _BLURB_MARKS.search(line, 0, 300)
    end = _SENTENCE_END.search(line, m.end()) if m else None
    if not end or end.end() > 360 or len(line) - end.end() < 80:
        return line
    return line[end.end():].lstrip()


_CLAUSE_STOPS = re.compile(r"[。，,；;：:]")
# a site template's tag left unfilled inside a line of the text (今年以来，{TodayHot}如火如荼…, {$title}, {dede:field}): the
# site's code, no word of the text (a line of nothing but placeholders, {{…}} or ${…}, is the drop list's)
_TEMPLATE_TAG = re.compile(r"(?<![{$])\{\$?[A-Za-z][A-Za-z0-9_.:]{2,30}\}(?!\})")
# an excerpt cut short by the site (…确定为..., …的意见……): an ellipsis closing the line right after a word, no stop before it
_CUT_EXCERPT = re.compile(rf"[{CJK}A-Za-z0-9”」》）)](?:\.{{3,6}}|…{{1,2}})$")


def drop_boilerplate(lines: list[str], whole: set[str] | None = None) -> list[str]:
    """``lines`` less the site's rows, lists, blocks and margins. ``whole`` collects the lines kept right above a post row
    the page sets under its headline (a date, a source, a counter): they are headlines, which no line continues."""
    out: list[str] = []
    after_furniture: list[bool] = []  # for each line kept: whether the site's furniture was dropped just before it
    in_list = gap = False
    lines = [strip_tools_before(strip_tools_after(furniture.strip_glued(
        _cut_blurb_opening((_HIDDEN_MARK.sub("", x) if _HIDDEN_HINT.search(x) else x).strip()), is_advert_line))) for x in
             ((_TEMPLATE_TAG.sub("", y) if "{" in y else y) for y in lines)]
    lines = drop_excerpts(drop_blocks([x for x in lines if x]))
    # (the text's first sentence, not a site's slogan or a breadcrumb ending in ! that the rules below drop)
    # (…nor a headline exclaiming or asking, 第一名!某某园区综合排名居首: a line of a headline's length with no comma or full
    # stop is no sentence of the text, whatever its mark; the post row under it is still above the text)
    first_sentence = next((i for i, x in enumerate(lines) if furniture.is_sentence_line(x) and not is_boilerplate_line(x)
                           and not (len(x) <= 40 and not _CLAUSE_STOPS.search(x))), len(lines))
    for i in range(first_sentence):
        if lines[i][:1] in "【[":
            lines[i] = furniture.strip_column_tag(lines[i])  # (【就业政策】标题: the site's column glued before the headline)
    chinese = first_sentence < len(lines) and bool(_CJK_CHAR.search(lines[first_sentence]))  # (the text's language)
    slogans = furniture.repeated_slogans(lines[:first_sentence], "".join(lines[first_sentence:first_sentence + 4])) \
        if first_sentence < len(lines) else set()
    stamped = 0  # entries of the list that carry their date and time (2023-08-07 17:52:23)
    # (whether the site's post row, 发布日期：… 来源：…, dated, was dropped since the last line kept above the text: a template
    # sets the headline over it and its widgets under it, 朗读, 内容导航:, right above the text's first sentence)
    posted = False
    for i, line in enumerate(lines):
        if _LIST_HEADER.match(line) or i > first_sentence and _LIST_HEADER_AFTER.match(line):
            in_list, stamped, gap = True, 0, True
            continue
        if i > first_sentence and _DATED_LINK.match(line) and _dated_links_around(lines, i) >= 3:
            gap = True  # (标题2016-11-29 / 标题2016-11-28 / …: three or more headlines in a row, each closed by its day, under
            continue  # the text — a list of the site's other stories, however it is headed or not)
        if in_list:
            # (an entry is a link's headline, or the excerpt the site prints of the page it links to, cut by its ellipsis
            # mid-sentence: 本报讯…日前，…确定为...)
            if (_is_link_line(line) or i > first_sentence and len(line) <= 300 and _CUT_EXCERPT.search(line)) \
                    and not _REPORT_MARKER_HINT.search(line) and not _ends_list(line, lines[i + 1:i + 2], stamped):
                stamped += bool(_STAMP.search(line))
                continue
            in_list = False
        if is_boilerplate_line(line) or i < first_sentence and furniture.is_head_furniture(line) and not titles.is_credit_line(line) \
                or i < 3 and furniture.is_foreign_title(line, lines[i + 1:first_sentence + 3]) \
                or i < 3 and furniture.is_doubled_title(line, lines[i + 1:i + 4]) \
                or i < 3 and i + 1 < first_sentence and furniture.is_padded_stamp(line) \
                or i > first_sentence and furniture.is_hashtag_row(line) \
                or i > first_sentence and chinese and furniture.is_latin_line(line) \
                or i < first_sentence and line in slogans \
                or i < first_sentence < len(lines) and furniture.is_counts_row(line, lines[max(0, i - 1):i] + lines[i + 1:i + 2]) \
                or i < first_sentence and i + 1 < len(lines) and furniture.is_column_over(line, lines[i + 1]) \
                and not is_boilerplate_line(lines[i + 1]) \
                or furniture.labels_a_line_near(line, lines[max(0, i - 3):i] + lines[i + 1:i + 4]):
            if i < 12 and (named := _named_title(line, lines[max(0, i - 3):i] + lines[i + 1:i + 4])) \
                    and not is_boilerplate_line(named):  # (a name the blurb gives that is a site's row itself, ©…, is
                # none: cleaning the text again would drop it — the cleaner keeps a clean text clean)
                out.append(named)
                after_furniture.append(gap)
            gap = True
            posted = posted or i < first_sentence < len(lines) and bool(_PUBLISHED.search(line) or _SOURCE_VALUE.search(line)
                                                                        and _DATE_ONLY.search(line))
            if whole is not None and out and i < first_sentence and len(out[-1]) <= 80 and out[-1][-1] not in _TERMINAL \
                    and (_DATE_ONLY.search(line) or _PUBLISHED.search(line) or _META_LABEL.search(line)):
                whole.add(out[-1])  # (a headline over the post row: 某某标题 / 2009-09-03 17:50 # / 中央社…: not one paragraph)
            continue
        if i and _LONE_LABEL.fullmatch(lines[i - 1]) and len(line) <= 20 and not re.search(r"[。，,！？]", line):
            continue  # 新闻来源: + 漳州开发区 — a metadata row the page broke after its label
        if posted and i < first_sentence and furniture.is_top_cell(line) and not _own_line(line) \
                and not _DATELINE_CREDIT.search(line) and not lines[first_sentence].startswith(line) \
                and not any(line in x for x in out[-3:]) and not kinds.heading_category(line) \
                and not furniture.is_couplet_line(line, lines[i - 1:i] + lines[i + 1:i + 2]):
            # a widget under the post row (朗读, 内容导航:): the headline stands above that row, and what of it the page
            # prints again under it is a line above too (白溪县人大常委会 / 视察…工作 under 白溪县人大常委会视察…工作); the
            # text's first heading names a part of a report (工作回顾, 主要做法), and a kicker's couplet is the headline's
            # (打破行政界限 / 实现互利共赢, s41's unseen page: its two lines were lost from search)
            gap = True
            continue
        posted = False
        out.append(line)
        after_furniture.append(gap)
        gap = False
    kept = furniture.drop_tail(out, after_furniture, gap, titles.is_credit_line)
    # (a word the page's layout broke over two lines, 政府工作报 / 告, is one line at the text's margins as it is after
    # join_broken_lines: a title block set so is the report's own, never two cells)
    return furniture.drop_margins(join_lone_tails(kept), _own_line)


def join_lone_tails(lines: list[str]) -> list[str]:
    """``lines`` with each lone character joined onto the line before it (see _lone_tail)."""
    out: list[str] = []
    for line in lines:
        if out and len(line) == 1 and _lone_tail(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _own_line(line: str) -> bool:
    """A line a report keeps at the margins of its prose, however short: one with a genre word (its title, 工作总结),
    a credit (a byline, a dateline), a title's form, the audience called (各位代表：)."""
    return bool(titles.DOC_WORD_RE.search(line)) or titles.is_credit_line(line) or titles.title_score(line) >= 5 \
        or bool(titles.VOCATIVE.match(line))


# a link list's date and time, as a site prints it with each entry
_STAMP = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}")


def _ends_list(line: str, following: list[str], stamped: int) -> bool:
    """Whether a short line under a "相关文章" list is no longer one of its links: the page's own title, printed
    twice in a row as document sites print it (a list names each document once), an entry without the date and
    time every entry before it carried, or the speech the page holds calling its audience (尊敬的…，同志们：) or its
    title right above that call."""
    if following and following[0] == line:
        return True
    if stamped >= 2 and not _STAMP.search(line):
        return True
    return bool(_calls_audience(line) or following and _calls_audience(following[0]))  # (…, or its title right above
    # that call: 关于某某园区建设基本情况汇报 / 省、市各位领导： — a link of the list is never followed by an audience)


def _calls_audience(line: str) -> bool:
    """尊敬的…，同志们： / 各位领导： / 省、市各位领导：: a speech's or a report's call to its audience."""
    return bool(_SALUTATION.match(line) or titles.VOCATIVE.match(line) and line.rstrip()[-1:] in "：:"
                or len(line) <= 24 and line.rstrip()[-1:] in "：:" and re.search(r"各位|尊敬的|同志们|同志們", line))


# a line that starts a report (so a link list ends before it)
_REPORT_MARKER_HINT = re.compile(r"【第[一二三四五六七八九十\d]+篇】|篇[一二三四五六七八九十]+$")

# ------------------------------------------------------------ re-joining

_CHUNK = re.compile(r"^(\d{1,3})、")
_HEADING_START = furniture.HEADING_START


def join_chunks(lines: list[str]) -> list[str]:
    """Undo a page cut into numbered chunks: consecutive long lines "1、…" "2、…" …
    where the cuts fall mid-sentence are one paragraph stream, not a list."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _CHUNK.match(lines[i])
        if m and int(m.group(1)) == 1:
            j = i
            while j + 1 < len(lines):
                nxt = _CHUNK.match(lines[j + 1])
                if not nxt or int(nxt.group(1)) != int(_CHUNK.match(lines[j]).group(1)) + 1:
                    break
                j += 1
            run = lines[i:j + 1]
            cuts = sum(1 for a in run[:-1] if a[-1] not in _TERMINAL)
            if len(run) >= 2 and all(len(a) >= 150 for a in run[:-1]) and cuts * 2 >= len(run) - 1:
                out.append("".join(_CHUNK.sub("", a, count=1) for a in run))
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return out


_SALUTATION = re.compile(r"^(各位代表|各位领导|各位領導|同志们|同志們|尊敬的)")


# a news lead (12月25日，… / 近日，… / 某某網12月28日電 … / 【某某報導】: titles.NEWS_LEAD_RE, how a lead opens) starts a
# paragraph: the line before it, undone, is a headline; so does
# a paragraph that opens with who said it (加工處表示，…, 國科會上午指出，): a news item's lead, never a continuation
_SPEAKER_LEAD = re.compile(r"[^，,。！？\s]{2,14}(?:表示|指出|强调|強調|透露|宣布|宣佈)[，,:：]")
# a date, with its time, alone on a line (2023年03月16日 20:38:36): the page's timestamp, never a line's tail
_TIMESTAMP_LINE = re.compile(r"(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》")  # what a headline quotes may have its own commas


def _is_headline(line: str, dangling: bool, top: bool = False) -> bool:
    """A title on its own line (no punctuation inside, a genre or news word; at the ``top``
    of a page, a news headline of phrases side by side): the text after it is its body,
    not its continuation."""
    return not dangling and len(line) <= 60 and (
        not re.search(r"[，,、；;：:。]", _QUOTED.sub("", line)) and titles.title_score(line) >= 3
        or top and bool(titles.TWO_PART_HEADLINE.fullmatch(line)))  # 孫東:正全速推進… 分階段還原…


def _dangles(line: str) -> bool:
    """Whether ``line`` ends on a word that cannot end a phrase (的, 和, 向, 对…), however short it is; a noun
    ending in the same character (发展方向, 市场导向, 目的) ends one: the segmenter's last word decides."""
    if line[-1] in "、，,“":
        return True
    if line[-1] not in "的和与與及对對为為在把将將从從向并並或":
        return False
    last, tag = (parks.word_tags(line[-6:]) or [("", "x")])[-1]
    return not (len(last) >= 2 and tag.startswith("n"))


# a path from a site's home page (首页 > 新闻 >, 首頁»): a breadcrumb however its separators are spaced
_HOME_CRUMB = re.compile(r"(?:首页|首頁|主页|主頁)\s*[>»›＞]")
# a breadcrumb: site > section > page, the separators spaced as crumbs print them
_CRUMB_TRAIL = re.compile(r"\s[>»›]\s[^>»›]+\s[>»›]\s")


def _teaser_over_headline(prev: str, line: str, after: str) -> bool:
    """A reposting site's teaser (重磅！这个园区又火了，快看看有没有你家附近的) trailing off above the headline it
    reposts, the headline right above its news lead: the teaser has already ended a sentence (！？。), so it is no
    title broken over two lines, and the unpunctuated line under it stands over a lead — the story's headline,
    not the teaser's last words."""
    return (len(prev) <= 60 and bool(re.search(r"[！？!?。]", _QUOTED.sub("", prev)))
            and 8 <= len(line) <= 40 and not re.search(r"[，,。；;！？!?]", line)
            and titles.title_score(line) >= 2
            and bool(after) and bool(titles.NEWS_LEAD_RE.match(after) or titles.is_credit_line(after)))


_COLON_HEADLINE = re.compile(r"[^，,。；;！？!?：:]{2,32}[:：][^，,。；;！？!?：:]{6,40}")


def _in_a_narrow_column(lines: list[str]) -> set[int]:
    """The lines of a page set in a narrow column (a paper's e-edition, a phone's screenshot, as OCR or a PDF gives it): six
    lines or more of one width, 10 to 24 characters (give or take one), most of the page's lines of ten or more — the layout
    broke them, not the writer, so each that ends no sentence runs into the next, as a long line does."""
    widths = [len(x.replace(" ", "")) for x in lines]
    body = [w for w in widths if w >= 10]
    if len(body) < 6:
        return set()
    mode = Counter(w for w in body if w <= 24).most_common(1)
    if not mode:
        return set()
    width = mode[0][0]
    full = [i for i, w in enumerate(widths) if abs(w - width) <= 1]
    if len(full) < 6 or len(full) < 0.4 * len(body):
        return set()
    return {i for i, w in enumerate(widths) if 10 <= w <= width + 1}


# a speech's or a report's subtitle under its title, set off by a dash: when and where it was given (——在…会议上的讲话,
# ──2021年1月8日在某某市第三届人民代表大会第五次会议上)
_OCCASION_SUBTITLE = re.compile(r"[—－─━-]{1,2}\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在.{2,60}?"
                                r"(?:上|时|時)(?:的(?:讲话|講話|发言|發言|报告|報告|致辞|致辭|工作报告|工作報告))?")
_ENDS_ON_OCCASION = re.compile(rf"(?:{_OCCASION_SUBTITLE.pattern})$")


# a bracket a line opens and does not close, closed early on the next line: the layout broke the line inside it
_OPEN_BRACKET_TAIL = re.compile(r"[（(][^()（）]{1,20}$")
_CLOSES_EARLY = re.compile(r"^[^()（）。，,]{1,12}[)）]")


def join_broken_lines(lines: list[str], whole: set[str] = frozenset()) -> list[str]:
    """Join a long line that stops mid-sentence with the line that continues it (never a line of ``whole``: a headline
    the page set over its post row)."""
    out: list[str] = []
    printed = Counter(lines)  # (a line the page prints more than once, as pages print their title, is whole:
    # a sentence broken by the layout is not repeated word for word)
    column = _in_a_narrow_column(lines)
    for idx, line in enumerate(lines):
        if out:
            prev = out[-1]
            # a line ending in 的/和/、 cannot be complete, however short
            dangling = _dangles(prev)
            if dangling and _teaser_over_headline(prev, line, lines[idx + 1] if idx + 1 < len(lines) else ""):
                out.append(line)
                continue
            # a line cannot start with the punctuation that closes a sentence or a clause:
            # it continues the line before ("…所作的政府工作报告" / "。会议高度评价…")
            if re.match(r"[。，、；：！？）」』”,;:!?)]", line) and prev[-1] not in _TERMINAL:
                out[-1] = prev + line
                continue
            if _lone_tail(prev, line):
                out[-1] = prev + line
                continue
            if _OPEN_BRACKET_TAIL.search(prev) and _CLOSES_EARLY.match(line):
                out[-1] = prev + " " + line  # (本报某地讯(记者 某某 / 某某)3月25日上午，…: a bracket the layout broke, one line)
                continue
            if (
                len(prev) >= (10 if dangling or idx - 1 in column else 30)
                and prev[-1] not in _TERMINAL
                and re.match(rf"[{CJK}0-9a-zA-Z，、“\"]", line)
                and not _HEADING_START.match(line)
                and not _REPORT_MARKER_HINT.search(line)
                and not (_HEADING_START.match(prev) and len(prev) <= 50)
                and not _is_headline(prev, dangling, len(out) < 10)
                and not _SALUTATION.match(line)
                and not (len(prev) <= 60 and not dangling and (titles.NEWS_LEAD_RE.match(line) or _SPEAKER_LEAD.match(line)))
                and not _TIMESTAMP_LINE.fullmatch(line) and not _TIMESTAMP_LINE.fullmatch(prev)  # (a day alone on its line, an
                # e-paper's issue date over its page, 2024年03月01日 / 2024年目标任务: a stamp, whole, whatever column it stands in)
                and not titles.is_credit_line(prev) and not titles.is_credit_line(line)  # a caption, a byline
                # (a row of data, 坐标:19°0′43″N … 109.00000, or of tags side by side, 热搜: 采购方式  甲带  滤芯 …, is
                # no half of a sentence the layout broke)
                and not furniture.is_data_row(prev) and not furniture.is_head_menu(prev, figures=True)
                and not (len(prev) <= 160 and titles.OFFICIAL_TITLE.match(prev))  # (关于印发…的通知 / 各区县政府：: a title
                # is whole, however long or short)
                # (——2021年1月8日在某某市第三届人民代表大会第五次会议上 / 市长 某某: a speech's subtitle, its occasion, is
                # whole: the speaker's post and name under it are no words of it; so is a title line the subtitle ends,
                # 2012年政府工作报告 ——2012年2月1日在…会议上, as a page sets both on one line)
                and not _OCCASION_SUBTITLE.fullmatch(prev) and not _ENDS_ON_OCCASION.search(prev)
                and not re.search(titles.SITE_TITLE_SUFFIX, prev)  # (…主持词_文艺演出主持词开场白: a page's <title>, whole)
                and not _CRUMB_TRAIL.search(prev)  # (某某新聞 > 產經 > 標題: a breadcrumb ends its line, however long its last item)
                # (某某范文 > 标题 / 标题: a crumb of one step whose last item the next line prints again, the page's headline)
                and not (len(line) < len(prev) and prev.endswith(line) and re.search(r"[>»›＞]\s*$", prev[:-len(line)]))
                # (…首页 > 工作范文 >: a path from the site's home page, whichever line it is, is no half of a sentence; joined,
                # the two would read as the site's row the second time the text is cleaned)
                and not _HOME_CRUMB.search(prev) and not _HOME_CRUMB.search(line)
                and not re.search(r"\S\s+[|｜]\s+\S.*\s[|｜]\s", prev)  # (甲 | 乙 | 丙: cells side by side, a portal's row
                # of links or a table's, never half a sentence)
                # the page's first line, short and unpunctuated, is its headline (疫情趨緩…辦理「…親子日」增進互動情誼 /
                # 經濟部…): the line under it starts the text, whatever furniture stood between them
                and not (len(out) == 1 and len(prev) <= 40 and not dangling
                         and not re.search(r"[，,、；;：:。]", _QUOTED.sub("", prev)) and titles.title_score(prev) >= 2)
                # …and so is a headline in two parts at the page's top, its theme and its subject set off by a colon and no
                # comma (向新而行 聚质而升：2025年某某年度观察, 专访：…): a kicker and its main title, not half a sentence
                and not (len(out) <= 3 and len(prev) <= 60 and not dangling and _COLON_HEADLINE.fullmatch(_QUOTED.sub("", prev))
                         and titles.title_score(prev) >= 1)
                # …and so is a headline whose kicker a colon or a bar sets off before two clauses (某区动能转换“加速跑” |
                # 22个项目集中签约奠基,合同投资额402亿元): the comma headline titles.pick_title_line reads, whole
                and not (len(out) <= 3 and len(prev) <= 60 and not dangling and re.search(r"[：:|｜]", prev)
                         and titles.comma_headline(prev))
                # …and so is the first line that exclaims or asks before its end (竹科輸了!台灣最賺錢…,營業額蟬聯冠軍): a
                # headline's kicker, where half a sentence the layout broke has no sentence ended inside it
                and not (len(out) == 1 and len(prev) <= 60 and not dangling and re.search(r"[!！?？]", prev[:-1]))
                # a news organ's masthead, or a line ending in English words (its name, AENA Taiwan Station): no
                # sentence of the Chinese text under it
                and not titles.MASTHEAD.fullmatch(prev)
                # (标题 - RTHK: a page's <title> with the site's Latin name after a dash, whole)
                and not (len(out) <= 3 and titles.LATIN_SITE_AFTER_DASH_END.search(prev))
                and not (re.search(r"[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}$", prev) and re.match(rf"[{CJK}]", line))
                and printed[prev] < 2
                and prev not in whole
                and line not in prev  # (国函〔2018〕44号《某某的批复》 / 某某的批复: the title printed again, no half of it)
            ):
                sep = " " if re.match(r"[A-Za-z]", prev[-1]) and re.match(r"[A-Za-z]", line) else ""
                out[-1] = prev + sep + line
                continue
        out.append(line)
    return out


# ------------------------------------------------------------ run-on text

_DOC_WORD = r"(工作总结|工作總結|工作汇报|工作匯報|工作计划|工作計劃|工作計畫|工作报告|工作報告|工作要点|工作要點|简报|簡報|讲话|講話|总结|總結|汇报|匯報|计划|計劃|报告|報告)"
_DOUBLED_TITLE = re.compile(rf"^(.{{4,40}}?{_DOC_WORD})\1(?=.)")
_GENRE_LINE = re.compile(rf"[{CJK}]{{0,4}}{_DOC_WORD}")  # 工作报告, 政府工作报告: a genre named with no subject


def _lone_tail(prev: str, line: str) -> bool:
    """A lone character is never a line of its own: it is the tail of the line before, cut by
    the page's layout (政府工作报 / 告), unless that line ends a sentence, opens a list or is a
    heading."""
    return (re.fullmatch(rf"[{CJK}]", line) is not None and prev[-1] not in _TERMINAL and prev[-1] not in "：:"
            and not _HEADING_START.match(prev))


def split_doubled_title(line: str) -> list[str]:
    """"2007年工业园区工作总结2007年工业园区工作总结今年以来…" → title, body (a body of one
    character stays the title's tail, as :func:`join_broken_lines` would join it: cleaning the
    cleaned text again must change nothing)."""
    m = _DOUBLED_TITLE.match(line)
    if m:
        title, rest = m.group(1), line[m.end():]
        return [title + rest] if _lone_tail(title, rest) else [title, rest]
    return [line]


_HEAD_END_WORDS = ("总结", "總結", "情况", "情況", "問題", "问题", "思路", "打算", "安排", "措施", "做法", "成效", "成绩", "成績",
                   "目标", "目標", "任务", "任務", "重点", "重點", "建议", "建議", "经验", "經驗", "体会",
                   "體會", "计划", "計劃", "进展", "進展", "要点", "要點")
_INLINE_L1 = re.compile(rf"(?:(?<=[。：:；！？!?])|^)([{_CN_NUM}]{{1,3}})、")
_INLINE_L2 = re.compile(rf"[（(]([{_CN_NUM}]{{1,3}})[）)]")


def _cn_value(s: str) -> int:
    vals = {c: i + 1 for i, c in enumerate(_CN_NUM)}
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + vals.get(s[1:], 0)
    if "十" in s:
        a, _, b = s.partition("十")
        return vals.get(a, 0) * 10 + (vals.get(b, 0) if b else 0)
    return vals.get(s, 0)


# a speech's part headed by two or three four-character phrases side by side (统一思想，提高认识，…): the parallel
# form itself says where the heading ends, though the text runs on without a stop
_PARALLEL_HEAD = re.compile(rf"[{CJK}]{{4}}(?:[，,][{CJK}]{{4}}){{1,2}}(?![{CJK}]{{0,3}}[，,。；：:])")


def _heading_end(text: str, start: int) -> int | None:
    """Where an inline heading that starts at ``start`` ends (exclusive), or None."""
    window = text[start:start + 40]
    parallel = _PARALLEL_HEAD.match(window) if text[start - 1:start] == "、" else None  # a part (一、), not an item
    if parallel:
        return start + parallel.end()
    punct = re.search(r"[。：:；！？!?，,]", window)
    best = None
    for w in _HEAD_END_WORDS:
        k = window.find(w)
        if k >= 0 and (best is None or k + len(w) < best):
            best = k + len(w)
    while best is not None and (nxt := next((w for w in _HEAD_END_WORDS if window.startswith(w, best)), None)):
        best += len(nxt)  # 工作进展情况: the heading runs to the last of its keywords
    if punct and (best is None or punct.start() < best + 6):
        # a sentence end right after the keyword: the heading is the whole sentence
        # ("（二）基础设施建设进展顺利。"), otherwise a comma means it is no heading
        if window[punct.start()] in "。：:":
            return start + punct.start() + 1
        if best is None or punct.start() < best:
            return None
    return start + best if best is not None else None


def _cut_at_heading(line: str, m: re.Match, cuts: set[int]) -> bool:
    """Cut ``line`` before the heading ``m`` starts and after its clause ends (unless
    the clause ends the sentence anyway). False when ``m`` is no heading after all."""
    end = _heading_end(line, m.end())
    if end is None:
        return False
    cuts.add(m.start())
    if line[end - 1] not in "。：:":
        cuts.add(end)
    return True


def restore_heading_breaks(line: str) -> list[str]:
    """Break a run-on paragraph (several hundred characters holding 一、… （一）…
    headings glued together) before each heading, and after a heading that has no
    punctuation of its own ("二、招商引资情况瞄准…")."""
    if len(line) < (150 if _HEADING_START.match(line) else 300):
        return [line]
    cuts: set[int] = set()
    expect = None
    # level 1: must run in order 一、二、三… so "；二、三层" is not taken for a heading
    # (the first may be any numeral: a list can continue from an earlier line)
    for m in _INLINE_L1.finditer(line):
        v = _cn_value(m.group(1))
        if expect is not None and v != expect:
            continue
        if _cut_at_heading(line, m, cuts):
            expect = v + 1
    for m in _INLINE_L2.finditer(line):
        before = line[m.start() - 1] if m.start() else ""
        if m.start() and before not in "。：:； " and m.start() not in cuts:
            continue
        if not _cut_at_heading(line, m, cuts) and before in "。；" and re.search(r"[，,]", line[m.end():m.end() + 21]):
            cuts.add(m.start())  # "。（二）加快推进在建项目，确保…": an item starts here, its clause is its heading
    # two headings at least, or one that opens the line ("一、2024年工作总结2024年，在…")
    if len([c for c in cuts if c > 0]) < (1 if 0 in cuts else 2):
        return [line]
    pieces, last = [], 0
    for c in sorted(cuts):
        if c > last:
            pieces.append(line[last:c])
            last = c
    pieces.append(line[last:])
    return [p.strip() for p in pieces if p.strip()]


def _split_trailing_heading(line: str) -> list[str]:
    """"…通过生态创建考核。下半年工作计划:" → the paragraph, then the heading."""
    if not line.endswith((":", "：")):
        return [line]
    m = re.search(r"(?<=[。！？])([^。！？：:]{2,16}[：:])$", line)
    if (m and len(line) > m.end(1) - m.start(1) + 10 and any(w in m.group(1) for w in _HEAD_END_WORDS)
            and not re.search(r"如下|以下|下列", m.group(1))):  # "现将情况汇报如下：" leads in, it is no heading
        return [line[:m.start(1)], m.group(1)]
    return [line]


# ------------------------------------------------------------ entry point

def split_run_on_title(line: str) -> list[str]:
    """A title run into what follows it: into keyword tags that repeat it ("标题甲标题乙
    标题甲今年以来…", a document site's), or into its first heading ("…工作总结及下半年
    思路一、1-6月份…"). Returns [title, rest] then; a line repeating its title exactly
    is handled by :func:`split_doubled_title`."""
    cut = titles.cut_inline_title(line) if len(line) > 60 else None
    if not cut:
        return split_doubled_title(line)
    title, rest = cut
    repeated = False
    while rest.startswith(title[:6]) and (again := titles.cut_inline_title(rest)):
        rest, repeated = again[1], True
    if repeated or _HEADING_START.match(rest):
        return [title, rest]
    return split_doubled_title(line)


# a scraper's date glued before the first paragraph: " date 2025-12-04 经济部…", also to the month only
# (" date 2023-03 國科會…")
_SCRAPED_DATE = re.compile(r"^\s*(date\s+\d{4}-\d{1,2}(?:-\d{1,2})?)\s+(?=\S)", re.I)
_SCRAPED_MONTH = re.compile(r"^date\s+((?:19|20)\d{2})-(?:0?[1-9]|1[0-2])$", re.I)


# an aggregator's list row: the date it filed a story at, before or after its headline ([2021-06-08] 标题, 标题 2021-06-08);
# the headline is one unbroken run of a headline's length, which a row of who posted it and when has not (某某 2024-05-08
# 某某公众号): headline and date are two lines, so the date row goes as furniture and the headline stays
_DATE_BEFORE_HEADLINE = re.compile(r"^\s*[\[［(（【]?\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*[\]］)）】]?\s+"
                                   rf"([“「《]?[{CJK}][^\s]{{9,}})\s*$")
_DATE_AFTER_HEADLINE = re.compile(rf"^\s*([“「《]?[{CJK}][^\s]{{9,}})\s+[\[［(（【]?\s*((?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})\s*[\]］)）】]?\s*$")


# a headline with the page's stamp (its day and clock time) and the source's label after it, on one line
_HEADLINE_STAMP_SOURCE = re.compile(rf"^\s*([“「《]?[{CJK}].{{5,80}}?)\s+((?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
                                    r"\s+(?:来源|來源|作者|编辑|編輯|稿源)\s*[:：].*)$")


# a wire's feature: its dateline, then 题： and the headline, on one line (某某社杭州6月3日电 题：小园区里的“大制造”): the
# headline on a line of its own, the dateline a line of its own above it
_WIRE_FEATURE = re.compile(r"^([^，,。\s【】《》“”]{2,12}?(?:\d{1,2}月)?(?<!\d)\d{1,2}日\s*[电電])\s*(?:题|題)\s*[:：]\s*(\S.{5,})$")


def _split_scraped_date(line: str) -> list[str]:
    m = _SCRAPED_DATE.match(line)
    if m:
        return [m.group(1), line[m.end():]]
    if ("题" in line or "題" in line) and (wire := _WIRE_FEATURE.match(line)) and not re.search(r"[。！？]", wire.group(2)):
        return [wire.group(2), wire.group(1)]
    if (stamped := _HEADLINE_STAMP_SOURCE.match(line)) and not re.search(r"[。！？]", stamped.group(1)):
        return [stamped.group(1), stamped.group(2)]  # (标题 2022-03-31 08:58:54  來源:某某日报: the headline, then the page's
        # stamp and its source, one row — a list's entry carries no source)
    if len(line) <= 70 and ("-" in line or "/" in line or "." in line) \
            and not re.search(r"[。，,！？；]|\d{1,2}:\d{2}", line):  # (a clock time: a list's entry stamp)
        if (d := _DATE_BEFORE_HEADLINE.match(line)) and titles.title_score(d.group(2)) >= 2:
            return [d.group(2), d.group(1)]
        if (d := _DATE_AFTER_HEADLINE.match(line)) and titles.title_score(d.group(1)) >= 2:
            return [d.group(1), d.group(2)]
    return [line]


# "…述职如下：一、狠抓项目建设，夯实发展基础（一）突出重点项目攻坚。": a lead-in's colon and a
# level-1 heading's clause both run straight into the next heading, however short the line
_AFTER_LEAD_IN = re.compile(rf"(?<=如下[：:])(?=[{_CN_NUM}]{{1,3}}、)")
_SUBHEAD_GLUED = re.compile(rf"(?<=[^。；;，,：:\s])(?=[（(][{_CN_NUM}]{{1,3}}[）)])")


def split_glued_headings(line: str) -> list[str]:
    """Break a short line before a heading glued to what precedes it: after "…如下：",
    and a sub-heading （一） glued to the level-1 heading that opens the line."""
    out = []
    for part in _AFTER_LEAD_IN.split(line):
        m = re.match(rf"[{_CN_NUM}]{{1,3}}、", part)
        cut = _SUBHEAD_GLUED.search(part, m.end()) if m and len(part) <= 80 else None
        out += [part[:cut.start()], part[cut.start():]] if cut else [part]
    return [p for p in out if p]


# a portal's metadata labels run into the headline before them and the text after them, as a one-line scrape prints
# them (标题發布單位:某某局發布時間:2024-07-19瀏覽次數:11字體:[大中小]正文…): each label starts a row of its own
_GLUED_META = re.compile(r"(?:(?<=\S)|\s+)(?=(?:来源|來源|发布单位|發布單位|发布时间|發布時間|發佈時間|发布日期|發布日期|浏览次数|瀏覽次數|"
                         r"更新时间|更新時間|浏览量|瀏覽量|"
                         r"字体|字體)\s*[:：])|(?<=[大中小][\]】])\s*(?=\S)|"
                         # (a bare 时间 or 日期 whose value is a date, 时间: 2020-11-11; the source's label with its own noun
                         # before it, 信息来源:, 稿件来源:)
                         r"(?:(?<=\S)|\s+)(?=(?:信息|稿件|文章)(?:来源|來源)\s*[:：])")


# the site's statement on its copy glued after the text's last sentence (…项目推进安排。 免责声明: 凡本公众号注明…): a line
# of its own, which the statement's pattern then drops
_GLUED_STATEMENT = re.compile(r"(?<=[。！？!?”」])\s*(?=(?:免责|免責|版权|版權)(?:声明|聲明)\s*[:：])")


def _split_template_header(line: str) -> list[str]:
    m = _TEMPLATE_HEADER.match(line) if line[:2] in ("经典", "經典", "精选", "精選") else None
    return [m.group(0), line[m.end():]] if m and line[m.end():].strip() else [line]


def _split_glued_statement(line: str) -> list[str]:
    return _GLUED_STATEMENT.split(line, maxsplit=1) if ("声明" in line or "聲明" in line) else [line]


# the labels that open a portal's metadata glued after a headline (发布单位：, 发布时间：)
# a view counter and its number glued before the text a line goes on with (瀏覽量:64 巴基斯坦投資局主席…)
_COUNTER_BEFORE_TEXT = re.compile(r"^((?:浏览量|瀏覽量|浏览次数|瀏覽次數)\s*[:：]\s*\d{1,9})\s+(?=\S)")


def _counter_apart(piece: str) -> list[str]:
    """``piece`` as the counter opening it and the text after (see _COUNTER_BEFORE_TEXT), or whole."""
    m = _COUNTER_BEFORE_TEXT.match(piece)
    return [m.group(1), piece[m.end():]] if m else [piece]


_GLUED_META_FIRST = re.compile(r"(?:发布单位|發布單位|发布时间|發布時間|發佈時間|发布日期|發布日期|更新时间|更新時間)\s*[:：]")
# a bare 时间 or 日期 whose value is a date, glued after a headline (…发展研究*时间: 2020-11-11信息来源:…): the page's row
_BARE_DATE_LABEL = re.compile(r"(?<![\u3400-\u9fff])\s*(?:时间|時間|日期)\s*[:：]\s*(?:19|20)\d{2}[-/.年]")


# the day a Taiwanese wire files a story, in the Republic's calendar, after its last line's credit (1080402: 108-04-02)
_ROC_FILING_DAY = r"(?:1[0-2]\d|[89]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
# a source credit closing the text's last sentence on its line, as a one-line dump or a portal's text prints it (…签署谅解
# 备忘录。(资料来源:某某署) / …提高了16个百分点。 来源:某某开发区 |): the credit is the site's row, no words of the text
_TRAILING_SOURCE = re.compile(r"(?<=[。！？!?”」])\s*(?P<credit>[(（]\s*(?:撰稿|供稿|责编|責編|编辑|編輯|审核|審核)\s*[:：/／]\s*[^()（）。，,]{1,12}[)）]"
                              # (…(編輯:某某)1080402: a wire's editor and its filing code, the ROC date the story was filed)
                              rf"(?:\s*{_ROC_FILING_DAY})?|"
                              r"[(（]\s*(?:资料来源|資料來源|信息来源|信息來源|消息来源|消息來源|来源|來源|稿源|出处|出處)"
                              r"\s*[:：]\s*[^()（）。，,:：]{2,30}[)）]|(?:资料来源|資料來源|信息来源|信息來源|来源|來源|稿源)\s*[:：]\s*"
                              r"[^()（）。，,:：\s]{2,30})\s*[|｜]?\s*$")


# …and a reprint's credit closing it, the paper that ran it and from when (…各一 《某某日报》2007年4月8日起转载)
_TRAILING_REPRINT = re.compile(r"(?:(?<=[。！？!?”」])|\s)\s*(?P<credit>《[^《》]{2,16}》\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
                               r"\s*\d{1,2}\s*日)?\s*起?(?:转载|轉載|刊登|刊发|刊發))\s*$")


def _split_trailing_source(line: str) -> list[str]:
    """A line's closing source credit set apart from the sentence it follows (see _TRAILING_SOURCE)."""
    if line[-2:] in ("转载", "轉載", "刊登", "刊发", "刊發") and (m := _TRAILING_REPRINT.search(line)) and m.start() >= 10:
        return [line[:m.start()].rstrip(), m.group("credit")]
    m = _TRAILING_SOURCE.search(line) if re.search(r"[源處处稿编編审審]", line[-40:]) else None
    if not m or m.start() < 10:
        return [line]
    return [line[:m.start()].rstrip(), m.group("credit")]


# the end of a line's last sentence: its stop and the quote or bracket closing it (…的目标。, …”。, …增长12%！）)
_LAST_STOP = re.compile(r"[。！？!?][”」』’）)]*(?=[^。！？!?]*$)")
# what a text closes its paragraph on in its own right, though alone on a line it would be the site's: whom to call (a
# notice's contact), a credit for its words or its pictures (…看板。王晓摄, …典礼」。圖：市府提供, 文/某某: a caption closed by its
# credit is read whole by the caption's rules), a picture's caption (…。图为…), an aside in brackets (…。（全文共分三个部分）;
# the bracketed rows of the site's are read by their own patterns, furniture._EDITOR_AFTER and the like)
_OWN_TAIL = re.compile(r"联系|聯繫|聯絡|电话|電話|手机|手機|邮箱|郵箱|^[(（\[【〔]|[摄攝]$|^(?:[图圖摄攝]|文\s*[/／:：丨|]|记者|記者|通讯员|通訊員)")


# a headline closed by its bracket or quotation, then the post's tags glued after it between bars (…(某栏目·第一现场)某国|
# 工业园|经济): the tags are the site's row, three short cells or more, the first starting right after the closing mark
_TAGS_AFTER_HEADLINE = re.compile(r"^(?P<headline>.{6,80}?[)）”」])(?P<tags>[^|｜()（）“”「」，,。]{1,8}(?:[|｜][^|｜()（），,。]{1,8}){2,})$")


def _split_tags_after_headline(line: str) -> list[str]:
    """A headline without the tags glued after it (see _TAGS_AFTER_HEADLINE: the site's row, dropped as its rows are);
    any other line whole."""
    if "|" not in line and "｜" not in line or not (m := _TAGS_AFTER_HEADLINE.match(line)):
        return [line]
    return [m.group("headline")]


def _split_furniture_tail(line: str) -> list[str]:
    """A line's piece after its last sentence that is a site's row on its own (…的目标。责任编辑：某某 审核：某某, …的目标。
    分享到：微信 微博, …的目标。 返回顶部): a page whose template rows lost their line breaks glues them after the text's last
    sentence, and the sentence never runs on into a row of the site's. Set apart, the piece is dropped as its row is
    on a line of its own; only a piece the cleaning drops alone (is_boilerplate_line) and no paragraph closes on of its
    own (_OWN_TAIL) is cut."""
    m = _LAST_STOP.search(line) if len(line) >= 14 else None
    if not m or m.end() < 10:
        return [line]
    tail = line[m.end():].strip()
    if not 2 <= len(tail) <= 40 or _OWN_TAIL.search(tail) or not is_boilerplate_line(tail) or is_boilerplate_line(line):
        return [line]  # (a line the cleaning drops whole, a caption closed by its credit, stays whole for it)
    return [line[:m.end()], tail]


def _split_glued_metadata(line: str) -> list[str]:
    """A line whose headline runs into a portal's metadata labels, split at each label (see _GLUED_META); only when
    a label comes within a headline's length of the line's start."""
    first = _GLUED_META_FIRST.search(line)
    if not first and ("时间" in line or "時間" in line or "日期" in line) and (bare := _BARE_DATE_LABEL.search(line)) \
            and 6 <= bare.start() <= 80 and not re.search(r"[【】\[\]:：。！？]", line[:bare.start()]) \
            and titles.title_score(line[:bare.start()].strip()) >= 1:
        return [line[:bare.start()]] + _split_glued_metadata(line[bare.start():].strip())
    if not first and "(" in line and ("布" in line or "佈" in line) and (cleaned := normalize_line(line)) != line \
            and (first := _GLUED_META_FIRST.search(cleaned)):
        line = cleaned  # (a converted repost's pinyin noise inside the label, 發(fā)布單位: read as the cleaner reads it; a
        # line holding no label is left as it came, its blanks for the splits after this one; a line without 布 holds
        # none, and is not normalised twice on this path every line of a page takes)
    if not first or not 6 <= first.start() <= 60 or _SENTENCE_STOP.search(line[:first.start()]):
        return [line]
    parts = [y for x in _GLUED_META.split(line) if x.strip() for y in _counter_apart(x) if y.strip()]
    # (瀏覽量:64 巴基斯坦投資局主席…: the counter, its number, then the text it was glued to, two pieces)
    # (a row of labels only, 欄目:區域新聞 發布時間:… 來源:…, is one row of metadata, not a headline and its labels; nor is
    # an outlet's name set before them, 某某在线     发布时间:…: the row's source, unlabelled — no headline names an outlet)
    return [line] if re.search(r"[:：]", parts[0]) or _OUTLET_NAME.fullmatch(parts[0].strip()) else parts


# the name of an outlet: a site, a paper, a channel or an app (某某在线, 某某网, 某某日报, 某某发布, 某某客户端)
_OUTLET_NAME = re.compile(rf"[{CJK}A-Za-z0-9·]{{1,10}}(?:{titles.NEWS_ORGAN}|在线|在線|网|網|新闻|新聞|"
                          r"客户端|客戶端|频道|頻道|发布|發布|融媒|头条|頭條)")  # (a paper's or a station's: titles.NEWS_ORGAN)


# a headline and its news lead on one line, a blank between them, as a one-line scrape or a feed prints an item:
# 园区观察丨某某：让…成势 12月4日，… — the lead opens as news does (a day and a comma, 近日，, 某某讯), the headline
# before the blank has no sentence's end
_LEAD_AFTER_BLANK = re.compile(r"[ \u3000]+(?=(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下中晚]午|晚上)?|近日|日前|连日来|連日來)[，,])")


def _split_headline_printed_again(lines: list[str]) -> list[str]:
    """A headline the page prints on its own line and again at the start of the text's first paragraph, set off from
    the lead by a space (标题 / 日期 / 标题 某某率团…十七日在…召开…): the paragraph is the headline and the lead, two
    lines, as the page's own headline line says (the text never opens by repeating its headline)."""
    out = list(lines)
    for i, line in enumerate(lines[:24]):
        head = line.strip()
        if not 6 <= len(re.findall(f"[{CJK}]", head)) <= 64 or _SENTENCE_STOP.search(head) or titles.title_score(head) < 1:
            continue
        for j in range(i + 1, min(i + 5, len(lines))):
            later = lines[j].strip()
            if later.startswith(head) and re.match(r"[ \t\u3000]+\S", later[len(head):]) \
                    and len(later) - len(head) >= 20:
                k = out.index(lines[j])
                out[k:k + 1] = [head, later[len(head):].strip()]
                return out
    return out


# …and with no blank, the day run straight into the headline's last word (某某书记调研园区项目建设情况11月12日下午，…): a
# day with its part of the day and a comma opens a lead; after a noun that ends no clause it is no date in a sentence
# (会议于11月12日下午，… has its preposition; 2023年11月12日 its year)
_LEAD_GLUED = re.compile(rf"(?<=[{CJK}])(?<![年于於在至到自从從是为為及和与與])(?=\d{{1,2}}月\d{{1,2}}日(?:[上下中晚]午|晚上)[，,])")


def _split_headline_before_lead(line: str) -> list[str]:
    m = _LEAD_AFTER_BLANK.search(line)
    glued = False
    if not m:
        m, glued = _LEAD_GLUED.search(line[:61]), True
    if not m or not 6 <= m.start() <= 60 or len(line) - m.end() < 20:
        return [line]
    head = line[:m.start()].strip()
    if _SENTENCE_STOP.search(head) or re.search(r"[，,；;:：]$", head) or len(re.findall(f"[{CJK}]", head)) < 6 \
            or titles.is_credit_line(head) or titles.title_score(head) < 1:
        return [line]  # (a sentence, a lead-in, a dateline or a byline before the date: no headline of its own)
    if glued and (re.search(r"[，,、；;]", head) or not parks.word_tags(head[-4:])[-1][1].startswith("n")):
        return [line]  # (glued, the headline is one phrase ending on a noun: 情况, 建设; a verb ends a clause of the text)
    return [head, line[m.end():]]


# what is left where a scrape cut into a page: its first line opening on a table's lone bar or on the punctuation that
# closes a sentence or a bracket (| 。(记者…)12月18日上午，…); no text opens so. Only the page's first line: further down, a
# line opening on punctuation is a broken line that join_broken_lines mends
_CUT_START_CHARS = "|｜。，、；：,;:)）」』》】"
_CUT_START = re.compile(r"^(?:[|｜]\s*(?=[。，、；：,;:)）」』》】])|[|｜](?=[^|｜]*$)|[。，、；：,;:)）」』》】])[\s|｜。，、；：,;:)）」』》】]*")

# a credit whose opening bracket the cut took (某某 记者 周冰 通讯员 朱鹏)12月18日上午，…): the bracket closes what never opened
_CUT_CREDIT = re.compile(r"^[^()（）。，,！？]{0,30}?(?:记者|記者|通讯员|通訊員)[^()（）。，,！？]{1,20}[)）]\s*(?=\S)")


def _cut_first_line(lines: list[str]) -> list[str]:
    """The text's first line without what a scrape cut into (each change removes characters or a line)."""
    lines = list(lines)
    while lines and lines[0][:1] in _CUT_START_CHARS:  # | 。(记者…)12月18日上午，…: where the scrape cut into the page
        rest = normalize_line(_CUT_START.sub("", lines[0]))  # (what the cut leaves is read as any line is: 。- 举报 → 举报)
        if rest:
            lines[0] = rest
            break
        del lines[0]  # a line that was nothing but the cut: the next one is the text's first line now
    if lines and ("记" in lines[0][:30] or "記" in lines[0][:30] or "通讯员" in lines[0][:30] or "通訊員" in lines[0][:30]):
        lines[0] = _CUT_CREDIT.sub("", lines[0], count=1)  # 周冰 通讯员 朱鹏)12月18日上午，…: a credit cut after its "("
    return lines


_CLAUSE_CUT_END = re.compile(r"[，,、]$")
_CLAUSE_CUT_START = re.compile(r"^[，,、。]")


# a picture's caption glued before the text on one line, as news sites set a lead picture (▲某某示意圖。(圖/記者某某攝)
# 某某園區自…): one sentence closed by its credit in brackets, who took or gave the picture; set apart, the caption is
# the site's row it is on a line of its own (furniture: a caption closed by its credit)
_GLUED_CAPTION = re.compile(r"^(?P<caption>[▲△]?[^。！？!?()（）]{4,90}[。！？!?]?\s*[(（]\s*(?:圖|图|照|照片|圖片|图片|資料照|资料照)"
                            r"\s*[/／:：][^()（）]{1,30}[)）])\s*(?P<rest>\S.{3,})$")


# a headline's mark that pictures or a video go with the item ((图), (组图), [视频], （多图）): the portal's, no word of it
_MEDIA_MARK = re.compile(r"\s*[(（\[【](?:图|圖|组图|組圖|多图|多圖|附图|附圖|图文|圖文|视频|視頻|图表|圖表)[)）\]】]$")


# a picture's label glued before a lead's bracketed credit (新聞圖片〔某報/記者某某/某地報導〕…): the page's label
_PICTURE_LABEL_BEFORE_CREDIT = re.compile(r"^(?:新闻|新聞|资料|資料)?(?:图片|圖片|照片)\s*(?=[〔【\[(（][^〔〕【】\[\]()（）]{0,12}(?:记者|記者))")


# a flip-book viewer's row over each page it shows: the page's number, then the book's name as its <title> gives it
# (Page 27 - 2020年某某報告書-): the number is the viewer's, the name the book's title
_VIEWER_PAGE_ROW = re.compile(r"Page\s+\d{1,4}\s*[-–—]\s*(?P<book>[^。！？]{2,60}?)\s*[-–—]?")


def _without_media_mark(line: str) -> str:
    if line[:5] == "Page " and (row := _VIEWER_PAGE_ROW.fullmatch(line)):
        return row.group("book")
    if line[:2] in ("新聞", "新闻", "图片", "圖片", "照片", "资料", "資料") and (label := _PICTURE_LABEL_BEFORE_CREDIT.match(line)):
        line = line[label.end():]
    if line[-1:] in ")）]】" and (m := _MEDIA_MARK.search(line)) and not _SENTENCE_STOP.search(line[:m.start()]) \
            and 4 <= m.start() <= 60:
        return line[:m.start()]
    return line


def _split_glued_caption(line: str) -> list[str]:
    m = _GLUED_CAPTION.match(line) if ("圖" in line or "图" in line or "照" in line) else None
    return [m.group("caption"), m.group("rest")] if m else [line]


def drop_inserted_keywords(lines: list[str]) -> list[str]:
    """``lines`` less a spammer's keyword inserted as a line of its own where a sentence was cut at a comma (…汙水處理超標, /
    居家服 / ,其中又以…): the line before ends on a clause's comma and the line after opens with one, which no line of a
    text does; the short line between, with no punctuation, is no part of the sentence."""
    if not any(x[:1] in "，,、。" for x in lines[2:]):
        return lines
    return [x for i, x in enumerate(lines)
            if not (0 < i < len(lines) - 1 and len(x) <= 16 and not re.search(r"[，,、。！？!?；;：:]", x)
                    and _CLAUSE_CUT_END.search(lines[i - 1]) and _CLAUSE_CUT_START.match(lines[i + 1]))]


# a breadcrumb whose last item is the text itself (当前位置：首页 > 新闻 > 正文, 谷腾环保网 > 新闻信息 > 正文): the path a
# site prints right above the page's own matter
_CRUMB_TO_TEXT = re.compile(r"[^\s>»›＞]\s*[>»›＞]+\s*(?:正文|正文内容|正文內容)\s*$")


def _below_crumb_to_text(lines: list[str]) -> list[str]:
    """The lines under a breadcrumb ending in 正文 near the page's top: a site prints its path to the text where its
    header ends, so what stands above is the header's (a slogan, a menu, a contact row, the site's own advert in a
    sentence or two), never the text's. Only where the page's matter below outweighs the header above it."""
    k = next((i for i, x in enumerate(lines[:40]) if len(x) <= 120 and _CRUMB_TO_TEXT.search(x)), None)
    if k is None or sum(map(len, lines[:k])) >= sum(map(len, lines[k + 1:])):
        return lines
    return lines[k:]  # (the crumb itself stays for the rules that read it as the site's row)


# a source's label left empty at its row's end (2021-07-30来源:), and an office's name opening the next line, glued to the
# text (某省商务厅某某处尼日利亚某自贸区是…): the source the row names, the longest name an office's word ends within reach
_EMPTY_SOURCE_LABEL = re.compile(r"(?:来源|來源|稿源|信息来源|信息來源)\s*[:：]\s*$")
_OFFICE_OPENING = re.compile(rf"^[{CJK}]{{2,22}}(?:厅|廳|局|委员会|委員會|办公室|辦公室|处|處|中心|公司|集团|集團|日报|日報|报社|報社|"
                             rf"政府|管委会|管委會)(?=[{CJK}“「][^，,。]{{4,}}[，,。])")


def _source_value_on_the_next_line(lines: list[str]) -> list[str]:
    """The lines with a source's office name, glued to the text on the line after its empty label, moved up to the label."""
    out = list(lines)
    for i in range(min(len(out) - 1, 12)):
        if _EMPTY_SOURCE_LABEL.search(out[i]) and (office := _OFFICE_OPENING.match(out[i + 1])):
            out[i], out[i + 1] = out[i] + office.group(0), out[i + 1][office.end():]
    return out


def clean_lines(lines: list[str]) -> list[str]:
    lines = rows_from_column_cells(lines)  # (a table printed one cell a line: its rows, before lone numbers are dropped)
    lines = furniture.strip_jammer(lines)  # (on the lines as read: normalising takes a jammer's leading "- " for a bullet)
    lines = [y for x in lines for y in furniture.split_markup(x)]  # (a post's HTML source left in the page: its lines)
    lines = [_without_media_mark(z) for w in lines for x in _split_template_header(w) for y in _split_glued_statement(x)
             for y in _split_scraped_date(y)
             for y in _split_glued_metadata(y) for y in _split_trailing_source(y) for y in _split_furniture_tail(y)
             for y in _split_tags_after_headline(y)
             for y in _split_headline_before_lead(y) for z in _split_glued_caption(normalize_line(y))]
    lines = drop_inserted_keywords([x for x in lines if x])
    lines = _source_value_on_the_next_line(lines)
    lines = _split_headline_printed_again(lines)
    lines = _below_crumb_to_text(lines)
    whole: set[str] = set()
    lines = drop_boilerplate(lines, whole)
    # (the text's first line once the site's rows are gone; what the cut leaves first may be a site's row again)
    while (cut := _cut_first_line(lines)) != lines and sum(map(len, cut)) + len(cut) < sum(map(len, lines)) + len(lines):
        lines = drop_boilerplate(cut, whole)
    lines = [x for x in lines if x]
    lines = join_chunks(lines)
    unjoined = lines
    lines = join_broken_lines(lines, whole)
    out: list[str] = []
    for line in (piece for x in lines for piece in split_glued_headings(x)):
        for a in split_run_on_title(line):
            for b in restore_heading_breaks(a):
                out.extend(_split_trailing_heading(b))
    # (a piece a split set apart that is a site's row on its own, a breadcrumb the text's first heading was glued to: 首页 >
    # 工作范文 >… / （一）…, goes now, as cleaning the text again would drop it; so does a line two pieces joined into one
    # that reads as a site's row, > / ，>0: cleaned again it would go)
    if len(out) != len(lines) or len(lines) != len(unjoined):  # (a split or a join made a new line)
        kept = set(unjoined)
        out = [x for x in out if x in kept or len(x) > 200 or not is_boilerplate_line(x)]
    return out


# ------------------------------------------------------------ what the furniture says

# who published a page and when: the values of its source and date rows, which the
# cleaning drops from the text but which are evidence for a report's park and a news
# item's year (来源：阳江高新区广播电视中心, 发布机构 | 某某开发区管委会 |, 发布日期：2017-09-19)
_SOURCE_VALUE = re.compile(r"(?:信息来源|信息來源|来源单位|來源單位|发布机构|發布機構|发布机关|發布機關|发布单位|發布單位|发文机关|發文機關|"
                           r"稿源|来源|來源)\s*[\]】]?\s*[:：|｜]?\s*[|｜]?\s*([^\s|｜:：\[\]【】]{2,40})")
_PUBLISHED = re.compile(r"(?:发表于|發表於|发布于|發佈於|發布于|發布於|发布日期|發布日期|发布时间|發佈時間|發布時間|发稿时间|發稿時間|公开日期|公開日期|成文日期|发文日期|發文日期|"
                        r"(?:发布|發布|發佈)(?=\s*[:：])|"  # (发布: 5:13pm 03/03/2025, a paper's row: the label alone, a time before the day)
                        r"上传|上傳|上载|上載|"  # (上传 2020.08.31 16:56: a paper's row dating the story it uploaded)
                        r"日期|时间|時間|date)\s*[\]】]?[\s:：|｜]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m|[AP]M)?\s*)?"
                        r"(?:(?:民國|民国)?((?:19|20)\d{2}|1[0-2]\d)\s*[-/.年]\s*\d|"
                        r"(?:0?[1-9]|[12]\d|3[01])\s*[./-]\s*(?:0?[1-9]|1[0-2])\s*[./-]\s*((?:19|20)\d{2})(?!\d))", re.I)
# (a date written day first, as many sites print it: 12.09.2017, 12-09-2017, 12/09/2017)
# … and a labelled date of the Republic of China's calendar from before 民國100, its year in two digits and the whole
# date written (日期:97-10-31, 發布日期：99/11/02), as Taiwan's agencies dated their releases: read only where the page
# shows it is Taiwan's (describe._taiwan), elsewhere 97-10-31 is a date of 1997 written short
_ROC_SHORT_DATE_ROW = re.compile(r"(?:发布日期|發布日期|發佈日期|更新日期|公告日期|新聞日期|新闻日期|日期)\s*[\]】]?[\s:：|｜]*"
                                 r"(?:民國|民国)?([89]\d)\s*([-/.])\s*(?:0?[1-9]|1[0-2])\s*\2\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)")
# …and a row opening on the page's date and its time (2022年08月11日 10時31分 某某網, _STAMPED): the page's date
_STAMPED_ROW = re.compile(_ADDRESS_BEFORE + _STAMPED)
_DATE_ONLY = re.compile(r"(?:((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}(?!\d))|"
                        r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\2((?:19|20)\d{2})(?!\d))"
                        # (its weekday after it, furniture.WEEKDAY; or 星期 alone, an e-paper's toolbar with the day lost)
                        rf"(?:\s*(?:{furniture.WEEKDAY}|星期))?")
# an outlet and the day it ran the item, on a line of its own at the item's end (新華網 2004年05月04日, 某某日报 2019-06-10)
_CLOSING_DATELINE = re.compile(r"^[(（]?\s*[^\s\d，,。：:]{1,10}?(?:网|網|报|報|社|台|日报|日報)\s*[(（]?\s*((?:19|20)\d{2})\s*[年\-/.]\s*"
                               r"\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?\s*[)）]?$")
# a news item signed by the unit that wrote it, on a line of its own at the end: （高新区广播电视中心）
_CLOSING_CREDIT = re.compile(r"^[(（]([^()（）]{2,24})[)）]$")
# a wire service's filing date closing its story, in the ROC calendar as yyyMMdd: …（編輯：翁翠萍）1080402
_ROC_FILING_CODE = re.compile(rf"[)）。」”!！]\s*(?=(1[0-2]\d|[89]\d)){_ROC_FILING_DAY}\s*$")


# a page's address that carries its date, as portals and papers file pages (…/art/2023/4/18/art_…,
# …/202304/t20230418_…, …/html/2023-04/18/content_…, …/2023/0418/…): the year it was published
_URL_DATE = re.compile(r"^(?:[^\s:：]{0,8}[:：]\s*)?(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/\S*?"
                       r"(?:/((?:19|20)\d{2})(?:/(?:0?[1-9]|1[0-2])/|-?(?:0[1-9]|1[0-2])/|/(?:0[1-9]|1[0-2])[0-3]\d/)|"
                       r"/t((?:19|20)\d{2})(?:0[1-9]|1[0-2])[0-3]\d_)\S*$")
# a date in English on a line of its own, as a bilingual site prints it: By 某某 on October 6, 2021 / Oct 6, 2021
# (…and a post row's label before it and the clock after it: Published at Dec 01, 2022 02:56 pm)
ENGLISH_DATE = re.compile(r"^(?:By\b.{0,30}?\bon\s+|(?:Published|Posted|Updated|Last updated)(?:\s+(?:at|on))?\s*:?\s*|"
                          # (…and a Chinese label before it: 发布时间:Apr 14, 2024 20:57 PM)
                          r"(?:发布时间|發布時間|發佈時間|发布日期|發布日期|时间|時間|日期)\s*[:：]\s*)?"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*((?:19|20)\d{2})"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?)?\s*$")
_DATE_ON_BYLINE = re.compile(r"^((?:19|20)\d{2})(?:0[1-9]|1[0-2])[0-3]\d\s*(?:文|图|圖|记者|記者)\s*[/／:：]")
_OWN_ADDRESS = re.compile(r"^(?:本文|原文|文章)(?:链接|鏈接|网址|網址|地址)\s*[:：]")
# a date of the Republic of China's calendar on a line of its own (民國112年5月3日, 112-05-03, 112/5/3): Taiwan's
_ROC_DATE = re.compile(r"^(?:民國|民国)?\s*(1[0-2]\d)\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2})(?!\d)")
# a date row labelled in English, as a bilingual news site prints it (Last updated: 2025/07/24 14:42, Posted on 2021-10-20)
_ENGLISH_DATE_LABEL = re.compile(r"^(?:last\s+updated|updated|published|posted)(?:\s+on)?\s*[:：]?\s*(?=(?:19|20)\d{2}\b)", re.I)
_URL_OR_CREDIT = re.compile(r"^(?:https?://\S+|[^\s。，,]{0,12}(?:记者|記者)[^。，,\d]{1,16})\s*(?=(?:19|20)\d{2}(?!\d))")


# the clock time after a date, its time zone before or after it as papers abroad print it (2025-12-22 HKT 15:27,
# 2023-05-08 10:30 GMT+8, 15:27 (UTC+8))
_ZONE = r"(?:[A-Z]{3,4}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
_CLOCK_TIME = re.compile(rf"^\s*(?:{_ZONE}\s+)?(?:(?:上午|下午|早上|晚上)\s*)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[(（]?{_ZONE}[)）]?)?"
                         r"(?:\s*(?:上午|下午))?(?:\s*[/／]\s*(?=[^\s\d/／]{2,8}$))?")  # (下午 07:33:12 / 產業經濟: its column after)


def _dateline(line: str) -> int | None:
    """The year of a date on a line of its own, alone or with the page's furniture after it
    (2019-11-13, 2023年5月12日 来源：某某日报, 2021-10-20 14:30 星期三)."""
    # (a page's address before the date, http://www.x.hk 2020-12-29 18:33:16; a reporter's credit before it,
    # 某某網記者某某 台北 2020-12-29 17:15)
    if "/" in line and (url := _URL_DATE.match(line)):
        return int(url.group(1) or url.group(2))
    if line[:1] in "[【(（" and titles.POSTED_DATE.fullmatch(line):
        return int(re.search(r"(?:19|20)\d{2}", line).group(0))  # [2016.02.25] 發表: the post's date in brackets
    if (glued := _DATE_ON_BYLINE.match(line)):
        return int(glued.group(1))  # 20230808文/王妙琴: the date glued to the byline
    if "下一版" in line and (day := re.search(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", line)):
        return int(day.group(1))  # 上一版3  4下一版 2016年11月19日 星期 放大 缩小 默认: the day of the e-paper's issue, in its toolbar
    if line[:1] == "《" and (issue := furniture.PAPER_ISSUE_ROW.match(line)):
        return int(issue.group(2))  # 《某某日报》2025年5月29日 09版 over a reposted story: the day it ran
    if line[:1] in "12" and (issue := furniture.DAY_PAPER_ISSUE_ROW.match(line)):
        return int(issue.group(1))  # 2024年11月1日《某某日报》第04版: the same, the day first
    if ("-" in line and not _DATE_ONLY.match(line) or ":" in line and "日" in line) and (posted := furniture.posted_year(line)):
        return posted  # 某某  2024-04-16  某某公众号, 2024年05月16日09:30  某某发布: a post's row of who and when
    if (line[:1].isascii() or "时间" in line[:6] or "時間" in line[:6] or "日期" in line[:6]) \
            and (english := ENGLISH_DATE.match(line) or _SCRAPED_MONTH.match(line)):
        return int(english.group(1))
    if ("|" in line or "｜" in line) and (cells := [c.strip() for c in re.split(r"[|｜]", line) if c.strip()]) \
            and len(cells) <= 4 and all(len(c) <= 20 and not re.search(r"[。，,！？；]", c) for c in cells):
        # a row of short cells, one of them the date: | 招商动态 |2016-09-22 (a column's name and the page's date), its
        # clock time after it or not (| 某某 | 18-04-2019 16:27 |: who wrote it and when)
        return next((int(d.group(1) or d.group(3)) for c in cells
                     if (d := _DATE_ONLY.fullmatch(re.sub(r"\s+\d{1,2}:\d{2}(?::\d{2})?$", "", c)))), None)
    line = _URL_OR_CREDIT.sub("", line, count=1) if ("//" in line or "記者" in line or "记者" in line) else line
    line = _ENGLISH_DATE_LABEL.sub("", line, count=1) if line[:1].isascii() else line
    m = _DATE_ONLY.match(line)
    roc = None if m else _ROC_DATE.match(line)
    if roc:
        rest = _CLOCK_TIME.sub("", line[roc.end():]).strip(" |｜")
        return int(roc.group(1)) + 1911 if not rest or _META_LABEL.match(rest) or is_boilerplate_line(rest) else None
    if not m:
        return None
    rest = _CLOCK_TIME.sub("", line[m.end():]).strip(" |｜")
    # 2021-01-22 20:26 浏览人次: / 2011-05-13 石化 (a label without its value, a column's name)
    empty_label = re.fullmatch(r"[^\s，,。]{2,6}[:：]|[^\s，,。:：；;！!？?]{2,8}|#\d{0,4}", rest)  # (#, #1: a forum post's floor)
    # (2019-04-19 09:14 某某網-某某日報 記者 某某: the date, then who reported it, as a news page's row prints both)
    credit = len(rest) <= 40 and bool(titles.REPORTER_LINE.match(rest) or titles.PAPER_LINE.match(rest))
    # (2021-12-14 11:43 某某新闻网 我要评论0: the date, the site's name and a counter, cells of a news page's row)
    cells = rest.split()
    row = 2 <= len(cells) <= 4 and all(is_boilerplate_line(c) or _OUTLET_CELL.fullmatch(c) or _COUNTER_CELL.fullmatch(c)
                                       for c in cells)
    return int(m.group(1) or m.group(3)) if not rest or empty_label or credit or row or _META_LABEL.match(rest) \
        or is_boilerplate_line(rest) else None


# a cell of a news page's date row: the outlet's name (某某新闻网, 某某日报, 某某电视台) or a counter (我要评论0, 浏览:123)
_OUTLET_CELL = re.compile(r"[^\s\d，,。:：]{2,10}(?:网|網|报|報|台|站|号|號|中心)")
_COUNTER_CELL = re.compile(r"[^\s\d，,。:：]{1,6}[:：]?\s*\d{1,7}次?")


# a page's row naming its title (本文标题：在…会议上的讲话), as a document site prints it under the text
_NAMED_TITLE = re.compile(r"^(?:本文标题|本文標題|文章标题|文章標題|标题|標題|正在阅读|正在閱讀|您正在阅读|您正在閱讀|文件名称|文件名稱|"
                          r"名称|名稱)"
                          r"\s*[:：|｜]\s*(\S.{1,58}?)[\s|｜]*$")


# a document site's button to bookmark the page, naming what it holds in 《》 (收藏《在…会议上的讲话》), where the
# text it cut off ends: the page's title
_BOOKMARK_TITLE = re.compile(r"^[(（]?\s*(?:加入收藏|收藏本文|收藏)\s*[:：]?\s*《([^《》]{4,60})》\s*[)）]?$")


@dataclass
class PageCredits:
    sources: list[str] = field(default_factory=list)  # 阳江高新区广播电视中心
    published: int | None = None  # the year of the page's publication date
    published_roc: int | None = None  # a labelled date row's year if its two-digit year is the ROC's (日期:97-10-31: 2008)
    title: str | None = None  # the title a furniture row names (本文标题：…)
    document_site: bool = False  # the page is a document or essay site's copy (范文, 文库, 小编, 我要投稿): its date is an upload's
    periodical: str | None = None  # the site's row saying its text is a periodical's paper (论文部分内容阅读): an article
    document_title: str | None = None  # the title a document site names its page images by (某某工作总结_第1页)


def _published_year(m: re.Match) -> int:
    """The year a _PUBLISHED match names (發布日期：112-04-18: a year of the ROC, 2023)."""
    year = int(m.group(1) or m.group(2))
    return year + 1911 if year < 1000 else year


# what a document or essay site prints around the copies it hosts (范文, 文库, 小编为大家整理, 我要投稿, 网友投稿, 精选5篇,
# 【篇一】, Word文档): where it shows, the page's date is when someone uploaded the copy, never when its report was written
_DOCUMENT_SITE = re.compile(r"范文|範文|文库|文庫|小编|小編|我要投稿|网友投稿|網友投稿|精选\s*\d+\s*篇|精選\s*\d+\s*篇|"
                            r"[【(（]?篇[一二三四五六七八九十\d]{1,2}[】)）]|文档|文檔|公文写作|公文寫作|写作网|寫作網|文秘|"
                            # (its word count, 此文共8650字, and the rows it closes a copy with, 本文标题：…)
                            r"(?:此文|全文|本文)共\s*\d+\s*字|本文标题|本文標題|"
                            # (its blurb offering the copy to its readers, whoever signs it: 下面是我们给大家推荐的…供大家参阅)
                            r"(?:下面|以下)(?:是|为|為|就是)[^。！？\n]{0,20}(?:为|為|给|給)(?:大家|您)|"
                            # (a shared document's rows: its file's size alone on a line, 21.23KB, its download terms)
                            r"(?m:^\s*\d+(?:\.\d+)?\s*[KkMm][Bb]\s*$)|下载券|下載券|VIP专免|VIP專免|侵权投诉|侵權投訴|"
                            # (the file's length on a row of its own, 约 24页, 约2.27万字; a compilation's count, (共5篇))
                            rf"(?m:^[\s\-•·]*约\s*\d+(?:\.\d+)?\s*(?:万字|萬字|页|頁)\s*$)|{titles.COMPILATION_COUNT}|"
                            # (its date row filing the page under a kind of writing, as essay sites sort their copies:
                            # 时间:2021-10-13 08:23:59 欢迎词; an organ files by matter, 工作动态, 通知公告)
                            r"(?m:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                            r"(?:欢迎词|欢迎辞|歡迎詞|歡迎辭|致辞|致辭|讲话稿|講話稿|发言稿|發言稿|主持词|主持詞|演讲稿|演講稿|心得体会|"
                            r"心得體會|思想汇报|思想匯報|申请书|申請書|策划书|策劃書|述职报告|述職報告|自查报告|自查報告)\s*$)")


# a short row below the site's day row (furniture.is_weekday_row: 2023年10月10日 星期二, the day of the visit) carrying a
# date of its own (• 上传 2020.08.31 16:56, 2015/10/19《某某月刊》整理): the story's
_DATED_ROW_MAX = 40


# a periodical site's label over the paper it shows part of (论文部分内容阅读, 论文全文阅读): the site says the text is a
# periodical's paper, an article, whatever its first words (a paper may open on a park's results as news does)
_PAPER_LABEL = re.compile(r"^(?:期刊)?(?:论文|論文)(?:部分)?(?:内容|內容|全文)?(?:阅读|閱讀|预览|預覽)\s*[:：]?$")


def _captioned_title(lines: list[str]) -> str | None:
    """The title a document site gives the file it shows, when two captions or more of its page images name it alike
    (某某园区调研报告_第1页, 某某园区调研报告_第2页…): the uploaded file's own title (its .doc and the site's decorations
    off), which the page's text may print only in part or behind the site's labels; None otherwise."""
    named = [m.group(1).strip() for x in lines if (m := _PAGE_IMAGE_CAPTION.match(x))]
    if len(named) < 2 or len(set(named)) != 1:
        return None
    title = titles.clean_title(normalize_line(named[0]))
    return title if titles.title_score(title) >= 1 else None


def page_credits(text: str) -> PageCredits:
    """Who published the page and in which year, read from its furniture rows (only
    those: "来源于…" inside a report's sentence is the report's own text)."""
    raw = text.splitlines()
    # the first 40 and the last 8 lines that are not empty: only they are read (a long
    # report's paragraphs in between are not normalised a second time)
    raw = [y for x in raw[:80] for y in furniture.split_markup(x)][:80] + raw[80:]  # (a post's HTML source: its lines)
    # (a one-line dump's headline with its date row glued after it, 标题 更新时间:2020-09-29 …, split as the cleaning splits it)
    head = [x for x in (normalize_line(z) for x in raw[:80] for y in _split_scraped_date(x) for z in _split_glued_metadata(y))
            if x][:40]
    tail = [x for x in (normalize_line(y) for x in raw[-16:] for y in _split_scraped_date(x)) if x][-8:]
    credits = PageCredits()
    credits.document_site = bool(_DOCUMENT_SITE.search("\n".join(head + tail)))
    credits.document_title = _captioned_title(raw[:80])
    # (the site's label over a paper near the top; a periodical's issue row wherever the head has it, as the cleaning
    # drops it wherever it stands)
    credits.periodical = next((line for k, line in enumerate(head)
                               if k < 12 and _PAPER_LABEL.match(line) or titles.is_journal_issue_row(line)), None)
    labelled = next((k for k, line in enumerate(head[:12]) if _PUBLISHED.search(line)), None)
    widget = next((k for k, line in enumerate(head[:12]) if furniture.is_weekday_row(line)), None)
    if widget is not None and labelled is None:
        # (a story's own date row under the site's widget, labelled by a word _PUBLISHED does not hold, 上传 2020.08.31,
        # or by none, 2015/10/19《某某月刊》整理: a date of another year on a short row below the widget is the story's)
        widget_year = int(re.search(r"(?:19|20)\d{2}", head[widget]).group(0))
        labelled = next((k for k, line in enumerate(head[widget + 1:12], widget + 1) if len(line) <= _DATED_ROW_MAX
                         and not furniture.is_weekday_row(line) and (day := _DATE_ONLY.search(line))
                         and int(day.group(1) or day.group(3)) != widget_year), None)
    for k, line in enumerate(head + tail):
        if k < 12 and credits.published is None and (dated := _dateline(line)):
            if labelled is not None and k < labelled and furniture.is_weekday_row(line):
                continue  # (2023年10月10日 星期二 over the headline, 发布日期:2012-06-29 under it: the site's date of the
                # visit, a widget; the labelled row is the page's)
            credits.published = dated  # a newspaper's dateline above or under its headline
            if is_boilerplate_line(line):  # (发布日期:2021-03-11 来源:某某开发区管委会 编辑:…: the row names its source too)
                credits.sources += _source_values(line)
            continue
        if k == labelled and credits.published is None and (m := _PUBLISHED.search(line) or _DATE_ONLY.search(line)):
            credits.published = _published_year(m) if m.re is _PUBLISHED.compiled() else int(m.group(1) or m.group(3))
            # (the row found above under the site's widget, whatever else the line holds: the story's date)
        if credits.published is None and _OWN_ADDRESS.match(line) and (url := _URL_DATE.match(line)):
            credits.published = int(url.group(1) or url.group(2))  # 本文链接：http://…/2023/0418/… at the page's end
            continue
        if credits.published is None and k >= len(head) and (code := _ROC_FILING_CODE.search(line)):
            credits.published = int(code.group(1)) + 1911  # (編輯：某某)1080402: filed 2019-04-02
        closing = _CLOSING_CREDIT.match(line) if line in tail else None
        if closing:
            credits.sources.append(closing.group(1))
            continue
        if credits.published is None and k >= len(head) and (closing_day := _CLOSING_DATELINE.match(line)):
            credits.published = int(closing_day.group(1))  # (…(記者某某) / 新華網 2004年05月04日: the outlet and the day it ran
            # the item, closing it as a wire copy does)
            continue
        if credits.title is None and (named := _NAMED_TITLE.match(line) or _BOOKMARK_TITLE.match(line)):
            credits.title = titles.clean_title(named.group(1)) or None
            continue
        if not is_boilerplate_line(line):
            if credits.published is None and k < 12 and (run := furniture.META_RUN_BEFORE.match(line)) \
                    and (m := _PUBLISHED.search(run.group())):
                credits.published = _published_year(m)  # (發布于:2011/1/7 來源:某某 點擊次數:站在…: rows run into the lead)
            elif credits.published is None and k < 12 and (posted := titles.POSTED_AT.search(line, 1)):
                credits.published = int(posted.group(1))  # (标题 發表於 2017-01-09 08:00 分享 讚好 0 正文…: a post's headline, its
                # date row and its text on one line — the row dates the post)
            continue
        credits.sources += _source_values(line)
        if credits.published is None and k < 12 and _SOURCE_VALUE.search(line) and (glued := _DATE_ONLY.search(line)):
            credits.published = int(glued.group(1) or glued.group(3))
        if credits.published is None and k < 12 and _is_controls_run(line) and _EPAPER_STEP.search(line) \
                and (issue := _DATE_ONLY.search(line)):
            credits.published = int(issue.group(1) or issue.group(3))  # (上一版3  4下一版 2016年11月19日 星期 放大 缩小: an
            # e-paper's controls over its page, set with the issue's day — the day the item ran)
        if credits.published is None and k < 12 and (stamped := _STAMPED_ROW.match(line)):
            credits.published = int(stamped.group(1))  # (2022年08月11日 10時31分 中經網: the site's row opening on the page's
            # date and its time, its source after them — never a date widget's 星期五, the day of the visit)
        if credits.published_roc is None and k < 12 and (short := _ROC_SHORT_DATE_ROW.search(line)):
            credits.published_roc = int(short.group(1)) + 1911  # 日期:97-10-31 (describe reads it on Taiwan's pages only)
        if credits.published is None and (m := _PUBLISHED.search(line)):
            credits.published = _published_year(m)
    if credits.published is None:
        credits.published = _stamp_over_rows(head[:12])
    if credits.published is None and not credits.document_site:
        credits.published = _dateline_over_text(text)
    credits.sources += [organ for line in head[:12] for organ in _organs_in_path(line)]
    credits.sources = list(dict.fromkeys(credits.sources))
    return credits


# a portal's path to the page (首页 > 县政府派驻事业机构 > 某某高新技术产业开发区管理委员会 > 法定主动公开内容 > 规划计划): an
# item naming an organ by its committee files the page in that organ's own section, as government portals publish each
# body's documents under it — the publisher, as a source row names one
_PATH_STEP = re.compile(r"\s*(?:>>?|»|›|＞|/)\s*")


def _organs_in_path(line: str) -> list[str]:
    """The park organs a breadcrumb row (_LOCATION_ROW) files the page under, else []."""
    if not _LOCATION_ROW.match(line) or not re.search(r">|»|›|＞", line):
        return []
    return [item for item in _PATH_STEP.split(re.sub(r"^[^:：>»›＞]{0,12}[:：]", "", line))
            if 2 < len(item) <= 40 and not re.search(r"[\s:：]", item) and any(
                m.end() == len(item) for m in parks.ORGAN_OF_PARK.finditer(item))]


def _source_values(line: str) -> list[str]:
    """The sources a metadata row names (来源：某某管委会, 信息来源：某某局), its other fields cut off."""
    values = (re.split(_META_LABELS, m.group(1))[0] for m in _SOURCE_VALUE.finditer(line))
    # (来源:群众新闻2022-04-28 11:17: a source with the page's date glued to it, which dates the page)
    values = [re.sub(r"(?:19|20)\d{2}[-/.年]\d.*$", "", v) for v in values]
    return [v for v in values if len(v) >= 2 and v not in ("未知", "本站", "网络", "網絡", "原创", "原創")]


def _stamp_over_rows(head: list[str]) -> int | None:
    """The year of a post's stamp a page sets as rows of its parts (2013 / 10/15 / 14:18: the year, the day, the
    clock, each a row of its own), read as the one stamp the rows make together (_STAMPED)."""
    for k, line in enumerate(head):
        if len(line) == 4 and line.isdigit() and (stamp := _STAMPED_ROW.fullmatch(" ".join(head[k:k + 3]))):
            return int(stamp.group(1))
    return None


def _dateline_over_text(text: str) -> int | None:
    """The year of a date row a few lines above the text's first sentence, where a portal prints it between the
    headline and the text however many rows of menus stand above them (本部新聞 / 2022-09-19 14:00 / 工業局 / 标题 /
    點閱數 / …正文): the page's dateline, past the first rows page_credits reads."""
    lines = [x.strip() for x in text.splitlines()[:400] if x.strip()]
    first = next((i for i, x in enumerate(lines) if len(x) >= 40 and re.search(r"[，,。；;]", x)
                  and not is_boilerplate_line(x)), None)
    if first is None or first < 12:
        return None  # (a dateline that near the top was read above, or there is none)
    return next((year for x in reversed(lines[max(0, first - 8):first]) if len(x) <= 60
                 and (year := _dateline(normalize_line(x)))), None)


def clean_text(text: str) -> str:
    """Clean a page's text; lines are paragraphs, joined by "\\n"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = fold_pdf_ideographs(text)  # a PDF's ⼀、⼯業區 are the ordinary 一、工業區: headings, titles and names read as written
    return "\n".join(clean_lines(text.split("\n")))


# ------------------------------------------------------------ what the cleaning dropped, for `inspect`

def dropped_furniture(text: str, limit: int = 60) -> list[dict[str, str]]:
    """The page's lines the cleaning left out of every report's text, each with the form that made it the site's
    (``parksearch inspect`` shows them, so a user sees what is not searchable and why). A line cut short shows the
    piece cut off it. Read on the page's lines as the cleaning reads them; up to ``limit`` entries."""
    text = fold_pdf_ideographs(text.replace("\r\n", "\n").replace("\r", "\n"))
    kept = clean_text(text)
    flat = _SPACES.sub("", kept)
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    raw = [normalize_line(y) for x in text.split("\n") for y in furniture.split_markup(x)]
    for n, line in enumerate(raw):
        if not line or line in seen:
            continue
        seen.add(line)
        bare = _SPACES.sub("", line)
        if bare in flat:
            continue
        if len(bare) >= 12 and (part := _kept_part(bare, flat)):
            # (the line stays but a piece glued to it went: the piece)
            out.append({"line": part, "why": "与正文粘在一起的网站内容，已从行内切去（" + _why_dropped(part, n, raw) + "）"})
        else:
            out.append({"line": line, "why": _why_dropped(line, n, raw)})
        if len(out) >= limit:
            break
    return out


def _kept_part(bare: str, flat: str) -> str | None:
    """What of a line the cleaning cut off when most of it stays: the characters before and after its longest run kept."""
    import difflib
    m = difflib.SequenceMatcher(None, bare, flat, autojunk=False).find_longest_match(0, len(bare), 0, len(flat))
    if m.size < 8:
        return None
    # (the kept text around that run, a little wider than the line: what of the line it does not hold was cut)
    window = flat[max(0, m.b - m.a - 10):m.b + len(bare) - m.a + 10]
    blocks = difflib.SequenceMatcher(None, bare, window, autojunk=False).get_matching_blocks()
    held = [False] * len(bare)
    for b in blocks:
        if b.size >= 2:
            held[b.a:b.a + b.size] = [True] * b.size
    if sum(held) < len(bare) // 2:
        return None
    pieces = "".join(c if not h else "\0" for c, h in zip(bare, held)).split("\0")
    cut = " … ".join(x for x in pieces if x.strip())
    return cut or None


def _why_dropped(line: str, n: int, lines: list[str]) -> str:
    """The form a dropped line has, in the user's words (the first that holds)."""
    if _TEASER_LABEL.match(line):
        return "网站加在正文前的摘要或核心提示（其标签，或导语开头重复的摘要）"
    if is_advert_line(line):
        return "广告或关键词堆砌"
    if furniture.is_statement_line(line):
        return "网站关于所载内容或留言的声明"
    if furniture.is_latin_line(line):
        return "中文正文中的英文标签或网站条款"
    if is_boilerplate_line(line):
        return "网站的固定行（按格式认出：署名与图片说明、版权、计数、按钮、标签、发布信息等）"
    if furniture.is_head_furniture(line) or furniture.is_counts_row(line, []):
        return "正文之前的发布信息行（日期、计数、账号）"
    if lines.count(line) >= 2 or sum(line == x for x in lines[:n]) >= 1:
        return "页面重复印出的口号或栏目"
    if n < len(lines) // 2:
        return "正文之前的网站栏目、菜单或标签（按位置和格式认出）"
    return "正文结束之后的网站栏目、链接列表或推荐（按位置和格式认出）"
