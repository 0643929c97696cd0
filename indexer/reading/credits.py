"""Credits: who sent a news item, lifted out of its searchable text once the describing has read them.

A news item carries the marks of who sent it and who gave its pictures: a reporter's byline on a row of its own
(記者某某/屏東報導, 某某報記者某某/苗栗報導, 2025/10/09 05:30 記者某某／嘉義報導), an outlet's or reporter's credit opening
the lead (〔記者某某／宜蘭報導〕…, 【某某網/綜合報導】…, 某某网讯：…, 某某网报道 …), an agency alone in brackets ((中央社)),
the writers credited in brackets closing the text ((记者 某某), (某某局 某某)) and a picture's or quotation's source
in brackets after a caption's stop (（某局提供/某某傳真）, （取材自某某網誌）). They say who told the story, never what
it tells: a search for a park's words should not land on them (issue 12; the labels mark them as the site's).

They are also the best sign that a text is news (describe._NEWS_CREDIT, _BYLINE, _closing_byline read them), so the
cleaning keeps them and the describing reads them first; only then does :func:`lift_credits` take them out of the
report's text, shifting its sections' offsets, and keep them in the report's evidence, which ``parksearch inspect``
shows. A credit is read by its form and place — a line's start, a row of its own, the text's last lines, a bracket
after a stop — never by a reporter's word inside a sentence (记者从…获悉, 接受记者采访 are the text's).

A post's row of hashtags over its text (#拚经济 #某某园区 #招商) is lifted the same way, after the same reading: the
tags name what the post is about, so the describing reads the park in them, but they are the platform's row, no
sentence of the text (session 41: such rows left searchable on 2 hosts of the 462 study pages, rows of tags on 4).
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)

from ..model import Report
from ..text import CJK
from . import titles
from .furniture import POST_STAMP_BEFORE, READ_COUNT, is_hashtag_row
from .describe import CLOSING_BYLINE

# how many lines past the title an opening credit may stand on (a date row, the byline, then the lead)
_OPENING_LINES = 4

# an agency or a paper alone in brackets on its row or opening the lead ((中央社), （新华社）): who sent the item
_AGENCY_BRACKETED = re.compile(rf"^[(（]\s*[{CJK}]{{1,8}}(?:社|日报|日報|晚报|晚報|时报|時報)\s*[)）]\s*")
# a picture's or a quotation's source in brackets after a caption's stop: who gave it (（某局提供）, (某局提供/某某高雄傳真),
# (記者某某/攝影)) or where it was taken from (（取材自某某網誌）, （擷取自某某簡報）) — a sentence's own bracket after its
# stop (（下同）, （单位：万元）) names neither
_GIVER = r"[^()（）。，,！？\s/／]{1,16}?(?:提供|傳真|传真|攝影|摄影|攝|摄|供图|供圖)"
_SOURCE_AFTER_STOP = re.compile(rf"(?<=[。！？!?”」])\s*[(（]\s*(?:(?:取材|擷取|撷取|翻攝|翻摄|截取|轉載|转载)(?:自|於|于)[^()（）。，,]{{2,24}}|"
                                rf"{_GIVER}(?:\s*[/／]\s*{_GIVER})?|(?:記者|记者)[{CJK}·]{{2,4}}\s*[/／]\s*(?:攝影|摄影|攝|摄)|"
                                # (…or the address of the site that copied it: …转型升级。(http://www.某某.cn/))
                                r"(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?)\s*[)）]\s*$")
# a wire item's closing mark after its last sentence (…的比重为48.4%。(完)): the agency's, as its byline is
_END_MARK = re.compile(r"(?<=[。！？!?”」])\s*[(（]完[)）]")
# a clause's or a sentence's mark: the lead's words after its opening credits have them
_SENTENCE_MARK = re.compile(r"[，,。！？；;]")
# a reporter's or an outlet's word inside a lead's opening, which makes what the lead pattern took off a credit, no date
# (讯 and 电 after what names an outlet or a dateline, 某某网讯, 本报讯, 【某市訊】, 某地5日电: a column's 最新资讯 credits no one)
# (本报某地讯: the paper's own, whatever place it names)
# (某某客户端讯, an outlet's app sending the item, 某某網·某某客戶端訊: the outlet's mark as 某某网讯 is)
# (新闻讯, 某某新聞訊: a news outlet's own name before 讯; a city's outlet glued to the lead's day, 掌上梅州讯6月3日, or its
# writers in brackets right after, 某某新闻讯(记者…): the mark all the same)
_CREDIT_WORD = re.compile(r"记者|記者|通讯员|通訊員|报道|報導|报导|報道|本报|本報|"
                          r"(?<=[网網报報台社站市县縣区區省日端闻聞州专專])[讯訊电電](?=\s*[】〕\])）:：(（]|\s|$|\d)|"
                          # (据某某消息：, whom the item is from, closed by its colon: the outlet's credit as 某某网讯： is)
                          r"^据[^，,。：:]{2,12}消息\s*[:：]\s*$|^據[^，,。：:]{2,12}消息\s*[:：]\s*$|"
                          # (an outlet's dated dispatch, 某某网某地6月25日消息: its dateline, as 某地6月25日电 is)
                          r"(?<=日)消息(?=\s*[(（:：]|\s|$)")
# the reporters in brackets after a mark closed by 讯, whatever the outlet's name ends in (甘州融媒讯 (记者 某某), 某县讯(通讯员
# 某某), 某某全媒体讯(记者…)): the mark is a credit by them, as after 某某网讯
_REPORTERS_AFTER = re.compile(r"\s*[(（]\s*(?:本报|本報|特约|特約|见习|見習|全媒体|全媒體|融媒体|融媒體)?(?:记者|記者|通讯员|通訊員)")


# the reporters' names alone in brackets after a dateline (新华网某地4月12日电(某某 某某 某某)12日，…): a byline without 记者
_NAMES_BRACKETED = re.compile(rf"[(（]\s*{titles.PERSON_NAME}(?:[\s、，,]+{titles.PERSON_NAME}){{0,5}}\s*[)）]")


# the post's day and its count of readings after a byline (…採訪報導2019-01-20 14:58點閱2635): the row's, lifted with it
_STAMP_AND_COUNT_AFTER = re.compile(rf"\s*(?:(?:19|20)\d{{2}}[/.-]\d{{1,2}}[/.-]\d{{1,2}}\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)?\s*"
                                    rf"(?:{READ_COUNT})?\s*$")


_PROSE_LINE = 60  # (a paragraph of the text's prose is at least this long; a site's rows under it are shorter)


def _is_credit_row(line: str) -> bool:
    """A row that only credits the item: a byline (titles.is_credit_row), a date and time before it or the post's day
    and its count of readings after it, or an agency in brackets alone."""
    # (the post's day and time before a byline, 2025/10/09 05:30 記者某某／嘉義報導, go with it)
    bare = _STAMP_AND_COUNT_AFTER.sub("", POST_STAMP_BEFORE.sub("", line.strip()), count=1)
    return titles.is_credit_row(bare) or bool(_AGENCY_BRACKETED.fullmatch(bare))


def _opening_credit(line: str) -> int:
    """How many characters at the start of a lead's line are its credits (〔記者某某／宜蘭報導〕, 某某网讯：, (中央社)),
    read with the lead pattern of titles (titles.lead_opening) as long as what it takes off credits someone; 0 if none."""
    end = 0
    while end < len(line):
        m = titles.lead_opening(line[end:]) or _AGENCY_BRACKETED.match(line[end:])
        if not m or not m.group(0).strip() or not (m.re is _AGENCY_BRACKETED.compiled() or _CREDIT_WORD.search(m.group(0))
                                                   or titles.DATELINE_BY_ADDRESS.fullmatch(m.group(0))
                                                   or titles.is_filed_tag(m.group(0))
                                                   or titles.OUTLET_THEN_NAMES.fullmatch(m.group(0))
                                                   or end and _NAMES_BRACKETED.fullmatch(m.group(0).strip())
                                                   or m.group(0).rstrip().endswith(("讯", "訊", "消息"))
                                                   and (_REPORTERS_AFTER.match(line, end + m.end()) or titles.opens_with_credit(line[end + m.end():]))):
            # (某某信息讯 驻四川 某某某 报道 …: a byline crediting someone after the mark closed by 讯 makes it the outlet's,
            # whatever its name ends in)
            break
        end += m.end()
    # (the lead's sentence must follow: a line that is all credits is a credit row, lifted whole, and what is left of a row
    # the lead pattern could not read to its end, □某某日报记者 某某 文/图, is no lead)
    return end if _SENTENCE_MARK.search(line, end) else 0


def _body_lines(text: str):
    """Each line of ``text`` after its title line that has words: (its index, the line, where it starts, its span when
    lifted whole — with its line break, the one after it, or the one before it for the text's last line)."""
    lines, at = text.split("\n"), 0
    for i, line in enumerate(lines):
        if i and line.strip():
            yield i, line, at, (at, at + len(line) + 1) if i + 1 < len(lines) else (at - 1, at + len(line))
        at += len(line) + 1


def find_credits(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (a report's, its title the first line) that are credits, in order."""
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    last = max((i for i, x in enumerate(lines) if x.strip()), default=0)
    # (the text's last paragraph of prose: a page's rows after it, a related link or a copyright, are short)
    prose = max((i for i, x in enumerate(lines) if len(x.strip()) >= _PROSE_LINE), default=0)
    # (…and the row right under it: the writers' bracket on a row of its own, （供稿单位：某局）)
    under = next((i for i, x in enumerate(lines) if i > prose and x.strip()), prose)
    for k, (i, line, at, whole) in enumerate(_body_lines(text)):
        if len(line) <= 60 and _is_credit_row(line):
            spans.append(whole)
            continue
        if k < _OPENING_LINES and (n := _opening_credit(line)):  # (the lines with words: blank ones do not count)
            spans.append((at, at + n))
        if (i > last - 3 or i in (prose, under)) and (m := CLOSING_BYLINE.search(line)):
            # (the writers credited closing the text: …。（某某）, a row of its own (记者 某某) — the stop before it stays)
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip("。！”」"))
            spans.append((at + start, at + len(line)) if start else whole)
        elif m := _SOURCE_AFTER_STOP.search(line) or titles.GIVER_AFTER_CAPTION.search(line):
            spans.append((at + m.start(), at + len(line)))
        if i > last - 3 and (m := _END_MARK.search(line)):
            spans.append((at + m.start(), at + m.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_tag_rows(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (a report's, its title the first line) that are rows of hashtags alone, with their line
    breaks, in order (see furniture.is_hashtag_row)."""
    return [whole for _, line, _, whole in _body_lines(text) if is_hashtag_row(line.strip())]


# what each kind of lifted span is, as ``parksearch inspect`` shows it after the spans
_WHY_LIFTED = {"credits": "新闻的署名、电头或图片来源，读类型时已作依据，不作正文检索",
               "tags": "帖子的话题标签，读园区时已作依据，不作正文检索"}


def lift_credits(report: Report) -> None:
    """Take the report's credits (find_credits) and its rows of hashtags (find_tag_rows) out of its searchable text,
    after the describing has read them; the sections keep their places, and what was lifted stays in the evidence for
    ``parksearch inspect``."""
    spans, lifted = [], {}
    found = [(start, end, "credits") for start, end in find_credits(report.text)] + \
        [(start, end, "tags") for start, end in find_tag_rows(report.text)]
    for start, end, kind in sorted(found):
        if spans and start < spans[-1][1]:
            continue  # (a row both forms read is lifted once)
        # (a credit the sections read as a heading, (某某 某某) closing the text as （一） opens a part: its section joins
        # the one before; the first section's heading keeps its place)
        headed = next((k for k, s in enumerate(report.sections) if s.heading and start <= s.start < end), None)
        if headed == 0 and kind == "tags":
            # (…while a row of tags read as the first heading heads nothing: its section is the text before any heading)
            report.sections[0].heading, report.sections[0].level = None, 0
            headed = None
        if headed == 0:
            continue
        if headed is not None:
            report.sections[headed - 1].end = report.sections[headed].end
            del report.sections[headed]
        spans.append((start, end))
        lifted.setdefault(kind, []).append(f"「{report.text[start:end].strip()}」")
    if not spans:
        return
    text = report.text

    def shifted(offset: int) -> int:
        return offset - sum(min(end, offset) - start for start, end in spans if start < offset)

    for kind, shown in lifted.items():
        report.evidence[kind] = "、".join(dict.fromkeys(shown)) + "：" + _WHY_LIFTED[kind]
    for section in report.sections:
        section.start, section.end = shifted(section.start), shifted(section.end)
    # (the stretch before the first heading that held nothing but the credits holds nothing now)
    report.sections = [s for s in report.sections if s.start < s.end]
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    report.text = "".join(kept)
