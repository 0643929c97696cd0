"""Splitting: a clean page → reports → sections.

A scraped page often holds several reports ("【第一篇】", "…篇一", "…工作汇报1",
"1. XX工业园区工作总结" …). Each report starts at its title line, which stays the
first line of ``Report.text``. Text before the first report title is the page's
own heading (dropped) unless it is substantial enough to be a report itself.

Sections follow the heading hierarchy of Chinese official documents (GB/T 9704):
``一、`` level 1, ``（一）`` level 2, ``1.``/``1、`` level 3, ``（1）`` level 4, plus short
unnumbered heading lines ("20xx年工作思路及措施", "年工作重点:") and lines the
source format marked as headings (DOCX heading styles, HTML h2–h6). "一是…" is a
sentence, not a heading. A numbered line that is a whole paragraph contributes its
first clause as the heading.
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)
from dataclasses import dataclass

from ..model import Section
from ..text import CJK, CN_DIGITS
from . import titles
from .parks import find_park_mentions, park_name_line

_CN_OR_DIGIT = CN_DIGITS + "0-9"
_DOC_WORD = re.compile(r"总结|總結|汇报|匯報|计划|計劃|計畫|报告|報告|要点|要點|打算|简报|簡報|讲话|講話|致辞|致辭|发言|發言|思路|安排")
_PARK_WORD = re.compile(r"园区|園區|工业园|工業園|产业园|產業園|开发区|開發區|高新区|高新區|集中区|集中區|管委会|管委會|"
                        r"经开区|經開區|示范区|示範區|新区|新區|科技园|科技園|物流园|物流園|产业集聚区|產業集聚區")

# ------------------------------------------------------------ report titles

_STRONG_MARKER = [
    re.compile(rf"【第[{_CN_OR_DIGIT}]+篇】"),
    re.compile(rf"【篇(?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})】$"),  # …述职报告【篇1】
    re.compile(rf"篇\s*(?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})$"),  # …工作总结篇一, …工作汇报 篇1
    re.compile(rf"^篇(?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})\s*[:：]"),  # 篇一:工业园区工作总结
    re.compile(rf"^[(（]篇(?:[{CN_DIGITS}]{{1,3}}|\d{{1,2}})[)）]$"),  # (篇一)
    re.compile(rf"^第[{_CN_OR_DIGIT}]+篇(?:[:：\s].*)?$"),
    re.compile(rf"^(?:范文|範文|例文|精选|精選)[{_CN_OR_DIGIT}]+(?:[:：\s].*)?$"),
]
# a document's own chapter (第一章 历史方位), and the part above it numbered as a collection's piece would be (第一篇 …)
_CHAPTER_LINE = re.compile(rf"^\s*第[{_CN_OR_DIGIT}]{{1,3}}章(?:[\s:：]|$)")
_PART_OF_A_DOCUMENT = re.compile(rf"^第[{_CN_OR_DIGIT}]+篇(?:[:：\s].*)?$")
_NUMBERED_TITLE = re.compile(r"^(?P<stem>.{4,48}?)\s*(?P<n>\d{1,2})$")
_CN_NUMBERED_TITLE = re.compile(rf"^(?P<stem>.{{4,48}}?)(?P<n>[{CN_DIGITS}]{{1,2}})$")
_LISTED_TITLE = re.compile(r"^(?P<n>\d{1,2})[.、．]\s*(?P<stem>.{4,48})$")


def _is_title_line(line: str) -> bool:
    return len(line) <= 60 and not re.search(r"[。！？；]", line)


def find_report_starts(lines: list[str]) -> tuple[list[int], bool]:
    """Indices of lines that start a report, and whether they are numbered by a bare
    trailing count (…工作总结1, …工作总结2) that is the site's, not the title's."""
    starts = [i for i, x in enumerate(lines) if _is_title_line(x) and any(p.search(x) for p in _STRONG_MARKER)]
    if starts and sum(1 for x in lines if _CHAPTER_LINE.match(x)) >= 2:
        # (第一篇 继往开来… / 第一章 历史方位 / 第一节 发展历程: a long document's parts, chapters and sections — a plan's
        # outline or a book's — not a collection's pieces, which carry no chapters)
        starts = [i for i in starts if not _PART_OF_A_DOCUMENT.match(lines[i])]
    if starts:
        return starts, False
    # "…工作总结 1" "…工作总结 2": same stem, numbers counting up from 1
    fams: dict[str, list[tuple[int, int]]] = {}
    for i, x in enumerate(lines):
        m = _NUMBERED_TITLE.match(x)
        if m and _is_title_line(x) and _DOC_WORD.search(m.group("stem")) and not re.search(r"\d$", m.group("stem")):
            fams.setdefault(m.group("stem").strip(), []).append((int(m.group("n")), i))
    for members in fams.values():
        nums = [n for n, _ in members]
        if len(members) >= 2 and nums[0] == 1 and nums == list(range(1, len(nums) + 1)):
            return [i for _, i in members], True
    # "…会议简报" then "…会议简报二", "…简报三": the first of a family carries no number
    for i, x in enumerate(lines):
        m = _CN_NUMBERED_TITLE.match(x)
        if m and m.group("n") == "二" and _is_title_line(x) and _DOC_WORD.search(m.group("stem")):
            stem = m.group("stem")
            firsts = [k for k in range(i) if lines[k] == stem and k + 1 < i and lines[k + 1] != stem]
            if firsts:
                family = [firsts[-1]] + [k for k in range(i, len(lines)) if _CN_NUMBERED_TITLE.match(lines[k])
                                          and _CN_NUMBERED_TITLE.match(lines[k]).group("stem") == stem]
                return family, True
        # numbered article titles: "1. XX工业园区2023年工作总结" "2. …"
    listed = [(int(m.group("n")), i) for i, x in enumerate(lines)
              if (m := _LISTED_TITLE.match(x)) and _is_title_line(x)
              and _DOC_WORD.search(m.group("stem")[-6:]) and _PARK_WORD.search(m.group("stem"))]
    if len(listed) >= 2 and [n for n, _ in listed] == list(range(1, len(listed) + 1)):
        return [i for _, i in listed], False
    return [], False


@dataclass
class RawReport:
    title: str
    text: str  # title line first
    why_title: str = ""  # how the title was found, for `parksearch inspect`
    line: str = ""  # the title line as the page has it (with the site's numbering)


def _is_substantial(lines: list[str]) -> bool:
    return sum(len(x) for x in lines if re.search(r"[。；]", x)) >= 200


# what follows a name that is its sentence's subject: its gloss in brackets or its predicate (某某公司(简称某某)是…,
# 某某园区位于…): a profile opens on its title's name so, and the name stays the sentence's
_SUBJECT_GOES_ON = re.compile(r"\s*(?:[(（]|是|位于|位於|地处|地處|坐落|座落|成立于|成立於|始建|作为|作為|于\d|於\d)")


def _drop_title_repeats(title_line: str, title: str, body: list[str]) -> list[str]:
    """Doc sites repeat a title under it (and glue it to the body: "标题1 20xx年以来…")."""
    out = []
    for k, line in enumerate(body):
        if k < 6 and line in (title_line, title):
            continue
        if not out and len(line) > len(title) + 10:
            for t in (title_line, title):
                if line.startswith(t) and not _SUBJECT_GOES_ON.match(line, len(t)):
                    rest = re.sub(r"^\s*\d{1,2}(?=(?:19|20)[\dxX]{2}|[^\d])", "", line[len(t):])
                    line = rest.lstrip("，,：: ")
                    break
        out.append(line)
    return out


def _report(lines: list[str], fallback_title: str, named_title: str | None = None,
            field: tuple[str, str, int] | None = None, english_title: str | None = None) -> RawReport:
    """A page (or the part of one before its first numbered report) as one report. ``named_title``:
    the title a furniture row of the page names (本文标题：…), for a page without a title line; ``field``: the
    title a labelled row at the page's top names (``titles.field_title``: 文件标题: | … |, 词条 | … |, 原标题:…);
    ``english_title``: the headline of a page in English (``titles.title_from_latin_headline``), read off its rows
    before the cleaning runs English lines together."""
    if field and not field[1].startswith("原"):
        return _field_report(lines, field)
    grouped, block, why_joined = titles.join_headline_block(lines)
    if block is not None and titles.pick_title_line(grouped, block=block) == block:
        lines = grouped  # a headline group (引题： / 主题 / 副题 above the date row): one title
    else:
        block, why_joined = None, ""
        joined, k, why_joined = titles.join_broken_title(lines)
        if k is not None and (titles.pick_title_line(joined) == k or joined[k][0] in "(（—－"):
            lines = joined  # a title broken over two lines (GB/T 9704 回行, or a PDF's line break) is one title, and a
            # bracket broken over two (a subtitle: （2023年2月2日在…大会 / 第三次会议上）) one line
        else:
            why_joined = ""
    i = titles.pick_title_line(lines, block=block)
    at_end = titles.title_at_end(lines)
    quoted = titles.QUOTED_OPENING.match(lines[0]) if i is None else None
    if quoted and quoted.group(2) and titles.is_credit_line(quoted.group(2)):
        quoted = None  # 【記者某某/高雄報導】經濟部…: a reporter's credit in 【】, no headline; the lead names the page
    if quoted and (quoted.group(2) or titles.DOC_WORD_RE.search(quoted.group(1))):
        # 《第六次全国物流园区调查报告》为全面掌握…: the document names itself; 【十年…见闻】#…# 八月的…: a headline in 【】
        title = quoted.group(1) or quoted.group(2)
        return RawReport(title, "\n".join([title] + lines), f"页面没有标题行，正文以书名号或【】中的标题「{title}」开头")
    if i is not None and at_end and i >= len(lines) - 3:
        i = None  # a short speech's closing occasion: its title, but where the text ends, not a line above it
    if i is not None:
        title = titles.clean_title(lines[i]) or lines[i]
        body = _drop_title_repeats(lines[i], title, lines[i + 1:])
        why = (f"第 {i + 1} 行「{lines[i]}」是页面的标题组" if i == block else titles.why_title_line(lines, i)) \
            + (f"；{why_joined}" if why_joined else "")
        if shared := titles.shared_headline(lines, i):
            title = titles.clean_title(shared) or shared
            why += f"，页面另一行也以「{shared}」开头、接着的内容不同：两行共有的部分是标题，其后是网站所加"
        title, column = titles.strip_news_column(title)
        if column:
            why += f"，去掉新闻栏目名「{column}」"  # (describe.py reads this: a story filed under a news column is news)
        if title != lines[i]:
            why += f"，去掉网站加的修饰后为「{title}」"
        title, why_abstract = titles.strip_abstract_label(title, body)
        if why_abstract:
            why += f"；{why_abstract}"
        if i > 0 and (name := park_name_line(lines[i - 1])) and not find_park_mentions(title) \
                and not _OWN_GENERIC_SUBJECT.match(title) \
                and not (titles.BYLINE_RE.search(lines[i - 1]) and not re.match(r"关于|關於", title)
                         and not titles.DOC_WORD_RE.search(title)):
            # (某某产业园区管理委员会 / 高新区战疫和发展两手抓: the organ whose site it is, printed over every page, and a
            # headline — an official title set on two lines goes on from its organ with 关于… or names its genre)
            # 某某经济技术开发区 / 2022年计划执行情况: a title set on two lines (GB/T 9704 breaks a long title between
            # words), whose first line names whose it is
            title = name + title
            why += f"；上一行「{lines[i - 1]}」只是园区名（或园区名加其项目、企业的数目），是分两行排的标题的第一行，合为「{title}」"
        return RawReport(title, "\n".join([title] + body), why)
    cut = titles.cut_inline_title(lines[0])
    if cut:
        title = titles.clean_title(cut[0], trailing_number=True) or cut[0]
        return RawReport(title, "\n".join([title, cut[1]] + lines[1:]), "标题与正文连在同一行，从文种词处切开")
    if at_end:  # （在某某务虚会上的讲话）: a speech printed without a title line names its occasion where it ends
        return RawReport(at_end, "\n".join([at_end] + lines), f"页面开头没有标题行，讲话末尾注明场合「{at_end}」，即其标题")
    # (a named headline of phrases side by side, 正视问题 聚焦质量, is one even without a genre or news word)
    if named_title and (titles.title_score(named_title) >= 2 or titles.TWO_PART_HEADLINE.fullmatch(named_title)):
        return RawReport(named_title, "\n".join([named_title] + lines), f"页面开头没有标题行，页面的“本文标题”一栏或收藏按钮写明「{named_title}」")
    if field:  # 原标题:…: a repost's note of the original's title, the only title a page without a headline prints
        return _field_report(lines, field)
    if (part := titles.BOOK_PART_OPENING.match(lines[0])) and not titles.opens_as_news(
            lines[0][part.end():].strip() or (lines[1] if len(lines) > 1 else "")):
        # (前言 / 化工园区是…: a book's or a study's part printed without the book's title is titled by its heading, as the
        # page shows it; the labellers title such pages so, 2 of 2 — not a news site's 摘要 over its teaser, 摘要 某某日报讯…)
        label, rest = part.group(1), lines[0][part.end():].strip()
        return RawReport(label, "\n".join([label] + ([rest] if rest else []) + lines[1:]),
                         f"页面没有标题行，正文从书或研究报告的「{label}」开始：以它作标题")
    if titles.title_score(fallback_title) >= 5:  # a file named by its title: 1954年政府工作报告.txt
        return RawReport(fallback_title, "\n".join([fallback_title] + lines), "页面没有标题行，文件名就是标题")
    if heading := titles.title_from_first_heading(lines):
        return RawReport(heading, "\n".join([heading] + lines),
                         f"页面没有标题行，正文从第一部分的小标题「{lines[0] if len(lines[0]) <= 40 else lines[0][:40] + '…'}」开始"
                         "（页面只印了报告的正文）：以它作标题")
    if declared := titles.title_declared_in_lead(lines):
        return RawReport(declared, "\n".join([declared] + lines),
                         f"页面没有标题行，正文第一句写明本文是「{declared}」（…通报如下 / 特编制…报告）：以它作标题")
    lead = titles.title_from_lead(lines)
    if lead:
        lead = titles.PICTURE_NOTE.sub("", lead) or lead  # (a caption's 摄于… after the words it names: not the title's)
        lead = titles.strip_dated_chapter(lead)  # (…租售办法  总则 ( 97年07月16日): a law database's row after the rule's name)
        why = titles.FROM_LEAD
        if any(titles.ADDRESSEES.match(x) for x in lines[:6]) and f"《{lead}》" in "\n".join(lines[:8]):
            # (各…单位：《X》…现印发给你们: the title is the document the notice issues; the evidence says so, and still
            # ends as a lead title's does, which describe reads)
            why = f"正文从主送机关开始，写明印发《{lead}》（页面没有通知的标题行），页面即所印发的文件，以它的名称作标题；" + why
        return RawReport(lead, "\n".join([lead] + lines), why)
    if english_title:
        return RawReport(english_title, "\n".join([english_title] + lines),
                         f"页面是英文的，没有中文标题行：以正文第一段上方最近的英文标题行（没有则第一段的第一句）「{english_title}」作标题")
    if not re.search(f"[{CJK}]", fallback_title) and lines and (first := _FIRST_SENTENCE.match(lines[0].strip())):
        # (08.txt over 深挖存量。按照用地规模…: a file named by a number names nothing; the text's first sentence, a short
        # heading-like one run into its paragraph, is what a reader would call it)
        title = first.group(1)
        return RawReport(title, "\n".join([title] + lines), f"页面没有标题行，文件名「{fallback_title}」不是标题：取正文的第一句作标题")
    return RawReport(fallback_title, "\n".join([fallback_title] + lines), "页面没有标题行，用文件名作标题")


# a text's first sentence, short, its full stop before more of the paragraph (深挖存量。按照…)
_FIRST_SENTENCE = re.compile(rf"([{CJK}][^。！？!?\n]{{1,39}})[。！!](?=\S{{12}})")


def _field_report(lines: list[str], field: tuple[str, str, int]) -> RawReport:
    """The page as one report titled by its title field: the field states the title, where a line picked by its look
    (a video's caption, 【影音】…; the row itself with its label, 词条 | 某某 |; a lead's first clause) only suggests
    one. The row alone on its line is the page's furniture, not the text."""
    title, label, k = field
    body = lines
    if (row := next((j for j, x in enumerate(lines[:12]) if titles.TITLE_FIELD.match(x)), None)) is not None:
        body = lines[row + 1:]  # (the row and what the page prints above it, as above a title line, are its top)
        while body and not titles.is_paragraph(body[0]) and not titles.HEAD_START.match(body[0]) \
                and not re.search(r"[：:]$", body[0]):
            body = body[1:]  # (寄件人 E-mail, 【影音】…, the title printed again, its issuing number: the page's top down to its
            # text; a heading, 一、…, or whom a notice addresses, 各部门：, starts the text)
    return RawReport(title, "\n".join([title] + body), f"页面开头的标题栏「{label}」写明标题「{title}」（页面自己标出的标题）")


def split_reports(text: str, fallback_title: str, named_title: str | None = None,
                  field: tuple[str, str, int] | None = None,
                  english_title: str | None = None) -> tuple[list[RawReport], str | None]:
    """Reports of a clean page and the page's own title (if it had one). ``named_title``: the title a
    furniture row names (``clean.page_credits``), used when the page has no title line; ``field``: the title a
    labelled row at the page's top names (``titles.field_title``), for a page of one report; ``english_title``: a
    page in English's headline, when no Chinese title line or lead names it."""
    lines = [x for x in text.split("\n") if x.strip()]
    if not lines:
        return [], None
    starts, trailing_number = find_report_starts(lines)
    if not starts:
        return [_report(lines, fallback_title, named_title, field, english_title)], None
    page_title = None
    reports: list[RawReport] = []
    pre = lines[:starts[0]]
    if pre:
        if _is_substantial(pre):
            reports.append(_report(pre, fallback_title))
        else:
            k = titles.pick_title_line(pre)
            page_title = (titles.clean_title(pre[k]) or pre[k]) if k is not None else None
    bounds = starts + [len(lines)]
    for a, b in zip(bounds, bounds[1:]):
        head, body = lines[a], lines[a + 1:b]
        cut = titles.cut_inline_title(head) if len(head) > 60 else None
        if cut:
            head, body = cut[0], [cut[1]] + body
        title = titles.clean_title(head, trailing_number) or page_title
        if not title and body:
            # 【篇一】 alone over a speech: the collection's number is no title; the piece is read as a page of its own
            # (its title line, else the first words after whom it calls)
            own = _report(body, head)
            reports.append(RawReport(own.title, own.text, f"合集中的一篇（编号「{head}」不是标题）：{own.why_title}", lines[a]))
            continue
        title = title or head
        why = f"合集中的一篇，标题行「{lines[a][:60]}」" + (f"，去掉合集编号和修饰后为「{title}」" if title != lines[a] else "")
        if body and (full := _fuller_title(title, body[0])):
            why += f"；下一行「{body[0]}」是完整的标题（合集的编号行只印了它的一部分）"
            title, body = full, body[1:]
        reports.append(RawReport(title, "\n".join([title] + body), why, lines[a]))
    return reports, page_title


# a title opening on its subject in the generic form (县开发区2022年工作总结, 园区2023年工作计划): it names whose it is, and
# the organ's name above it is the site's banner, no first line of it
_OWN_GENERIC_SUBJECT = re.compile(r"^(?:[县縣市区區省州旗]|我|本|全)?(?:经济开发区|經濟開發區|开发区|開發區|园区|園區|工业园|工業園|高新区|高新區|经开区|經開區)")


def _fuller_title(title: str, line: str) -> str | None:
    """The piece's whole title when a collection's numbered row printed only part of it and the piece prints it whole
    on its first line (第一篇:工作总结和2020年度工作安排 / 2019年度工作总结和2020年度工作安排: the row left out the year
    or the unit a list shortens away), else None."""
    # (…or named in brackets after the collection's own name for its pieces, the piece's line giving it whole:
    # 第一篇:某某优秀调研文章(县工业园区发展调研报告) / 某某县工业园区发展调研报告)
    whole = line.endswith(title) or line.startswith(title)
    named = None if whole else re.search(r"[(（](?P<name>[^()（）]{6,40})[)）]$", title)
    if len(title) < 6 or line == title or not (whole or named and line.endswith(named.group("name")) and len(line) <= 40):
        return None
    full = titles.clean_title(line) or line
    shown = title if whole else named.group("name")
    return full if len(full) > len(shown) and titles.title_score(full) >= max(titles.title_score(title), 1) else None


def is_off_topic(report: RawReport) -> bool:
    """A report on a park-report page that never mentions a park, a 管委会 or a
    development zone (e.g. a kindergarten plan a site filed under 园区计划)."""
    body = report.text.split("\n", 1)[1] if "\n" in report.text else ""
    return not _PARK_WORD.search(body)


# ------------------------------------------------------------ sections

_LEVEL_PATTERNS = [
    (1, re.compile(rf"^[{CN_DIGITS}]{{1,3}}\s*[、.．]")),
    (1, re.compile(rf"^第[{CN_DIGITS}]{{1,3}}(?:部分|章)")),
    (2, re.compile(rf"^[（(]\s*[{CN_DIGITS}]{{1,3}}\s*[）)]")),
    (3, re.compile(r"^\d{1,2}\s*[、.．](?!\d)")),
    (4, re.compile(r"^[（(]\s*\d{1,2}\s*[）)]")),
]
_MAJOR = re.compile(r"下半年|明年|下一步|下步|存在|问题|問題|思路|打算|计划|計劃|安排|年工作|重点|重點|目标|目標|建议|建議")


def heading_text(line: str, limit: int = 40) -> str:
    """The heading a line contributes: the whole short line, else its first clause."""
    def trim(s: str) -> str:
        return s.rstrip("。；;，,：: ")
    m = re.match(r"^(\S{4,40}?)\s+\S", line)
    if m and len(line) > limit and not re.search(r"[。：:，,；;]", m.group(1)):
        return trim(m.group(1))  # "一、2024年工作总结 2024年，在…": a portal put the heading and its text on one line
    if len(line) <= limit and not re.search(r"[。：:].", line):
        return trim(line)
    m = re.search(r"[。：:！？]", line)
    if m and m.start() <= limit:
        return trim(line[:m.start()])
    m = re.search(r"[；;，,]", line)
    if m and 4 <= m.start() <= limit:
        return trim(line[:m.start()])
    return trim(line[:limit])


def _unnumbered_heading(line: str, nxt: str | None) -> bool:
    if nxt is None or len(line) > 25 or len(line) < 4:
        return False
    if re.search(r"[。！？；，,、…!?]$", line) or re.search(r"如下|以下|下列", line):
        return False
    if re.match(r"^(各位|尊敬|同志们|同志們|大家|谢谢|謝謝|附[:：件])", line):
        return False
    if re.fullmatch(r"[(（]\s*(?:上接|接上|下转|下轉|转第|轉第|接第)[^()（）]{0,8}版\s*[)）]", line):
        return False  # (上接第1版): a newspaper's continuation mark, no heading
    if (voc := titles.VOCATIVE.match(line)) and not line[voc.end():].strip():
        return False  # *秘书长、*处长,各位领导: — whom a speech calls (by post, masked names and all), no part of it
    if titles.is_byline(line.rstrip("：:")) or titles.is_credit_line(line) or titles.is_author_names(line):
        return False  # 樟树市工业园区管委会, 县人民政府：(the addressee), 记者 某某 通讯员 某某: no part of the report
    if "\t" in line:
        return False  # 指标<tab>完成数: a table's row (a Word table's cells), not a heading
    if len(re.findall(f"[{CJK}]", line)) < 4:
        return False
    return len(nxt) > len(line)


def split_sections(text: str, marked: dict[str, int] | None = None) -> list[Section]:
    """Sections of one report (``text`` starts with its title line)."""
    marked = marked or {}
    lines = text.split("\n")
    offsets, pos = [], 0
    for x in lines:
        offsets.append(pos)
        pos += len(x) + 1
    heads: list[tuple[int, int, str]] = []  # (line index, level, heading)
    seen_l1 = False
    for i in range(1, len(lines)):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        level = None
        if re.match(rf"^[{CN_DIGITS}]+是", line):
            level = None  # "一是…" enumerates inside a paragraph
        else:
            for lv, pat in _LEVEL_PATTERNS:
                if pat.match(line):
                    level = lv
                    break
        if level is None and line in marked and marked[line] >= 1:
            level = min(marked[line], 4)
        if level is None and _unnumbered_heading(line, nxt):
            level = 1 if (not seen_l1 or _MAJOR.search(line)) else 2
        if level is None:
            continue
        seen_l1 = seen_l1 or level == 1
        heads.append((i, level, heading_text(line)))
    sections: list[Section] = []
    body_start = offsets[1] if len(lines) > 1 else len(text)
    first = offsets[heads[0][0]] if heads else len(text)
    if text[body_start:first].strip():
        sections.append(Section(None, 0, "其他", body_start, first))
    for k, (i, level, head) in enumerate(heads):
        end = offsets[heads[k + 1][0]] if k + 1 < len(heads) else len(text)
        sections.append(Section(head, level, "其他", offsets[i], end))
    return sections
