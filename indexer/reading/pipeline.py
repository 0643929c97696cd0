"""The reading stage as one call: file → ``FileReading``.

``read_file`` composes read → clean → split → describe → key figures and never raises for a bad
file: whatever goes wrong comes back as ``skipped`` with a Chinese sentence.
It imports nothing from the index or the web layer: reading is pure.
"""
from __future__ import annotations

import codecs
import os
from pathlib import Path

from ..model import FileReading, Report
from ..text import CORRECTIONS_FILE
from .clean import clean_text, normalize_line, page_credits
from .corrections import Corrections, apply_corrections, load_corrections
from .describe import apply_folder_hints, describe_report
from .formats import OUTSIDE, SUPPORTED_SUFFIXES, read_path
from .indicators import extract_indicators
from .split import is_off_topic, split_reports, split_sections

__all__ = ["CORRECTIONS_FILE", "PIPELINE_VERSION", "SUPPORTED_SUFFIXES", "iter_corpus_files", "load_corrections",
           "read_file"]

# Bump when a change to reading, cleaning, splitting or describing changes what is
# indexed: the build fingerprint includes it, so the next `parksearch index` rebuilds.
PIPELINE_VERSION = "72"  # 3: links out of the corpus skipped; 4: the reader of real pages; 5: indicators; 6: figures with elided names, 规上 thresholds, period lead-ins (one branch) and real-page rules of session 4 (another); 7: both; 8: 努力实现 targets, forecasts of running totals, figures masked as 〔...〕, 新入驻企业 an increment, N个项目入驻 signed; 9: session 5 news and park rules (credits, subtitles, dated events, addresses, descriptors, parts, 调研报告 a 工作报告); 10: both, with the figure rules of session 5 (events and whose they are, counts after 总投资…的, parts and neighbours of the park, place reports, 面积 the planned area, more names); 11: with the second reading round of session 5 (wire datelines, picture captions, day-dated events, exclaiming headlines, quoted genre words, Taiwan science-park sites); 12: session 6 titles, types and years (a speech's closing occasion, 本文标题 rows, structure-typed summaries, targets as plans, 情况的报告 a 工作报告, disclosure reports 其他, dates in addresses and of the ROC calendar, 今年 in news); 13: with session 6's park names (片区 words, Taiwan's townships, venues, rolls, parts, programmes); 14: with session 6's figure rules (将 before a verb a plan, masks and blanks, 全区 in a zone's own speech, 预计 paragraphs, whose figure: all parks of a place, ranked sets, named sub-areas); 15: session 6's news rules (day-dated leads and closing bylines type news, reading counters and address rows furniture, named two-phrase headlines, cited document numbers, noun-ended lines not dangling, 发稿时间); 16: with session 6's second figure round (a news lede's counts the event owner's, quoted park names are projects, a place's sentence naming one of its parks, sub-counts, 签约落地 money, 台商投资区); 17: a report's subject decided once (a zone-published government report is the zone's, a study trip to one park names it, a 新区's parts and a company's park are not the subject, a tour's and a company's figures are not the park's), trade names guessed as verbs after a place, counts of parks, 保税港区, quoted works named after a park; 18: the catalogue's other classes of zone as park heads (台商投资区, border and cross-border cooperation zones, cross-border industrial zones), 台 and 臺 both; 19: with session 7's types by structure (a speech by its form through the text, summaries without numbered headings, one stated order of evidence, one day-dated lead and one event-verb list), PDF/Word header-footer marks and page counters furniture, a headline kept apart from any news lead under it; 20: with session 7's figure names, numbers and status (names composed of their words: 规划范围, 到账外资, 利用市外资金, 公共财政收入; 园区占地; counts with the verb after 项目; a sum before its name; numerals with money and land, ranges at their first value, 5个亿, N万家, tables flattened to text; 计划总投资 after a count a noun; 将超过 a forecast; 达产后 a forecast), and each figure's why; 21: 预期(性)指标 and 主要预期发展指标 targets, not forecasts; 全区 of a 台商投资区 or an economic cooperation zone is the zone; 22: with session 7's sections on real pages (furniture by what it is: bracketed button rows, login forms, tables of contents with or without a header, notices to the reader, labelled address rows, service links and scan prompts, ellipsed summaries, price badges, a genre word next to its title; speech parts headed by parallel phrases); 23: 把…打造成为/建设成为 + a figure a goal; 24: a site's word count (全文N字) and 【精简N篇】 leave titles; 25: session 8's park names (综保区 and 边合区 heads, a PDF's Kangxi radicals folded, a title's first line naming the park, a government's report known by its opening, a count of parks in the first sentence, a zone's short form referring back to its full name, customs offices no place); 26: with session 8's figures by how statistics state them (a table row's number columns apart, 分别 lists aligned item by item, a name no word of the next, an industry's 总产值 and 开票销售收入 not the park's, a park named after its city or county the park's, parks of a place named together the place's, a class of projects' money, science parks' 营业额, 进资); 27: with session 8's titles and types: a title's head noun decides its genre (关于…的报告, 计划/预算执行情况 and 计划草案的报告 are reports, 总结报告 a summary), titles broken over two lines joined, a titleless review of a period a summary, an occasion line the title of a titleless report, 【篇N】 and …怎么写? leave titles, years typed 二0一九 and after 被批准/被评为 the background, a notice that 印发 a document typed by it, a summary with only the next year's plan of the year before; 28: years as official documents date themselves: the report's own inquiry dated by 于 (调研组于2019年4月…调研), a history's starting year counted since (1992年…应运而生。经过三十年…) and anniversaries (建党95周年 is 2016), the signing date at a report's end (二〇二三年…, 二O二二年…), date rows written day first (12.09.2017), an article dated by its page; 29: session 8's figure precision by how statistics state figures (a bound a class passes, 营收超千亿元的园区 or N亿元以上…企业, no figure; a headline's bound rounding a figure stated exactly dropped; a part's share of the park's own figure the part's; a plan's list of projects counted against its progress no count; a later stage's 到位资金 and firms in one state not the park's, light/heavy industry's output the part's; 规模以上工业实现增加值); 30: a goal named as the object of 围绕/瞄准/对标 (…的奋斗目标，) is no target stated; 31: a work report delivered to a congress (向大会报告工作) under a short title is a 工作报告; 32: a heading naming a plan's 执行情况 is progress, in a plan as in a summary; 33: session 9's figures by how official writing counts and states them (a count that is the object of a visit or urged on by a plan is no count; projects entering the park, 入园/进驻, signed, with their 协议投资总额; the 累计 of a count its money's; a 其中 part whose whole is no key figure, or that splits a running total by year, read; a figure restated 同口径; a lead-in 预计如下 / (预计数)： governs its list; Taiwan's 兆元; 建成园区面积 the built area; the land of a park a sentence describes; 签约企业 signed; an industry chain's 总产值 no output); 33: a park numbered among its place's parks (某地第二工业区) and a side of a park written into its short head (某地高新东区 is 某地高新区); 34: a title opening with 有关 keeps it (the title's own word, no site's prefix); 35: a line opening with 图为/上图为 (a picture's caption) is no title and no heading; 36: a park held up as a model (学习借鉴/对标 X, 对X…的学习) is not the report's park; 37: a park inside a park (某开发区飞地产业园, 某高新区电子信息产业园) is named by the park it lies in, never a longer name holding it; 38: a headline set on lines of its own (the park / 召开…会议, a line opening with 暨) is one title; 39: 科学工业园区 and 科学园区 one park (新竹科學工業園區 = 新竹科學園區); 40: inspect says a title naming a side of a park (某地高新东区) names a part of it; 41: with s9-parks; 33: years told relative to another (a park's anniversary counted from the founding it states, a five-year plan being drafted, opening or closing, explicit 民國 years, news about a meeting that reviews a year and plans the next is the next year's, news told at the new year, a stock counted from the last year-end, a study dated by the last results it tells, an assessment's year background, an article speaking of 去年 under its date, ROC years in Chinese numerals, a summary's own heading over a site's older title, month-only scraped dates, a date in a row of cells and a wire story's ROC filing code); 42: with s9-years; 33: session 9 titles and types from real pages (a site's reading label and a template's button names furniture, a titleless speech titled after whom it calls, a joint notice's long official title one title line, a plan's list titled by its head noun, an e-paper's 数字报纸 masthead, a picture news item's 记者…摄 credit news, a titleless year plan by its 总体要求, a news column's label before a headline); 34: a related-articles list ends at the page's own title (printed twice, or without the date every entry carried) or at a speech's salutation; a period's 工作完成情况 joined to the next period's plan is a summary; 35: a page's <title> row (title_site column) loses the site's column and stays a line of its own; 36: a date row carrying the time the site updated it ((12/28 15:36 更新)) is a date row, no title; 37: a lead dated by a range of days (3月28-30日，…召开) is a dated news lead, and its first words stop before an aside in brackets; 38: a line the page prints twice and a breadcrumb are never joined to the next line, and the title a breadcrumb ends with scores as repeated; 39: a date row with its label (發布於 …, 发布时间：…) is a date row, no title; 43: with s9-titles; 33: session 9's figure recall (blanks where the digits were: 〇〇, an empty bracket, a unit right after its name; numbers with 万/千 inside, 一万二千, 8万6千, 3亿多元; firms counted before 进驻/设厂; 工业投入, 员工数, 就业人口; a table row's unit in a column of its own; 成长 growth and 分别成长…，达到… lists; an item headed by its indicator's name alone; 拥有各类企业, 1.3万余家; a zone's 公司家数 its firms; ■▲●◆◇★☆ placeholders; a count before 项目 takes its own clause's verb); 44: with s9-figrecall; 45: a plan's horizon year (二〇三五年远景目标) is not the text's year; 46: a row of a portal's reader tools (字号: 打印本页) is furniture; 47: a listed park's other name in brackets is listed with it; 48: 签约项目总投资 (the signed projects' whole cost) is 签约资金; 49: Word 97–2003 / WPS files and single-file web pages (.mht/.mhtml) read, and a table row (cells separated by tabs) is no heading; 49: a park's short name before its organs (某某党工委, 某某园区管委会), a verb the dictionary tags as a name (弘扬) and a describing word after 的 (的新兴…) no place, 神州/华夏 a class of parks, a study trip titled with the park that went and the one it went to is the visited park's, a delegation (考察团) going to places one after another (先后到…) a tour; 50: with s10-parks; 49: session 10's figures (s10-figures): numerals read after status and bound words (累计达六百四十八亿…元, 超越二千六百亿元, 一兆元), a time-only clause's turnover owned by the park opening the sentence; firms counted after the verb of settling (已入驻A、B等16家企业, 入驻的50家台商) and after examples (入驻企业有A、B等**余家); 入区企业, 全社会固定投资, 区域控制面积, 面积达X的…园区; projects counted on their way into the park are not many parks (10个工业项目入驻园区); 顺利签约 money; key projects named first counted; 可实现/可达 forecasts; N个项目建成达产后 a condition; 审议通过 no signing; 出口交货值 no 出口额; a blank count between verb and 项目; 51: with s10-figures; 49: years as pages tell them beside the event (a repost dated by its row or by the paper and date opening its lead, 今天/近日 under a date row, a year a figure is to outdo compared with, ROC years of account 109年度 in any script, 今年 named by a part of it, a yearbook looking back on a year, a five-year period at its end or looked back on, 比N年同期 in a part of a year is N+1); 50: a review joined to the next year's meeting (暨2013年…会议, 指出了2013年…工作思路), news deploying a year's work, an event held today named with its year, the years since a stated founding (成立三年来); 51: a date row labelled in English (Last updated: 2025/07/24) dates the page; 52: with s10-years; 49: session 10 titles and types from real pages (a page <title>'s site after a hyphen, a bare word count, the speech family's genre words in titles, a lost character ? in a title, a column's name alone and a masthead no title, a headline's closing !!, a lead's attribution clause and a quoted name whole, a bare 【篇一】 read as its piece's page, the page's first unpunctuated line a headline, a document's own title after the site's name in a run-on dump, 某某在…会议上强调 a subtitle, result headlines and dated third-person titleless articles news); 53: with s10-titles; 54: a place's parks together (某市工业园区 where the text says 全市工业园区 or counts them) no park, a partner park (与…建立合作关系) no subject, a company named after a park (某开发区发展(集团)有限公司) no mention; 55: a text naming itself a report (本报告…) a 工作报告, a lead closing with 这是…记者…获悉的 news; 56: a history counted from its start (1992年…应运而生。经过21年) gives the text's year unless counted in decades, 【字號】, 人氣: N and an empty tag row furniture; 57: a converted Word file's field codes (=1\*CHINESENUM3, \* MERGEFORMAT, —PAGEPage11—) are not text; 58: a change told to the present (增长到今天的…, 增加至目前的…) reads its value; 59: a breakdown by field or kind (分领域看，… 分企业类型看，…) gives its parts' figures; 60: a titleless review of a year whose results follow in the next paragraphs a summary; 61: 面积 alone right after the park word (开发区面积为…) the park's area; 62: a page credited to a newspaper, news site or broadcaster (来源：某某日报) news when nothing else decides; 63: a reporter's credit in 【】 is no headline, and 某某消息: opens a lead as a credit; 64: s11-figures: a study or news item about a place's parks together (no park of its own, 全市工业园区/全市N个园区 named) reports their figures together as the parks' (one park it names is 其他), a record set before its figure (突破历年同期纪录，来到…; 历年同期 no 累计), a change told from where it started (从财政收入几十万元增长到今天的…: the start a base), paid-in foreign capital said short after the signed (合同外资…，实际到位…), 核准通过的面积; a place's report speaking for its parks (not a government work report) and parks counted as the subject (118个工业园区共完成…) are parks together too; a named district (石龙区, by the gazetteer) is a subject like a county; 将首破 a forecast; people given work counted before the word (安排87.55万人就业, 解决了31人的就业问题) 从业人员; 64: park names with an industry named by its product and process (某县食品加工产业园), a prefecture before its own county the county's park (和田策勒县 = 策勒县), a prefecture's name opening with 和 a place, a delegation that came (考察团来/莅临某园区: the host's news) a study trip to that park, a park two places build named by one character of each (沪滁产业园, 中新苏滁高新区); 65: with s11-parks; 64: ROC years as Taiwan's pages write them (two-digit 98年 on a page that shows it is Taiwan's, 中華民國九十一年度, 113年 in a Simplified copy of a Taiwanese story; a target's ROC year skipped) and a bulletin's stock against the last year-end read through its text; 65: a count of twenty years (20年来, 20年前, 近20年) no masked year, and Taiwan's evidence for its bare years narrowed (its science parks' short names and counties in Traditional script only); 66: an anniversary counted from a founding year that opens its clause (1994年，经…批准设立) or heads a list of founding years (1989年和1992年，…相继…设立); 67: a bare two-digit ROC year read only from 80 (1991–2010), never a lease's term (租期50年, 地上權為80年); 68: an era year (民國91年) read only on a page that shows it is Taiwan's and from 民國40, and a mainland history's 民国25年 no evidence of Taiwan; 69: with s11-yearsounted in decades, 【字號】, 人氣: N and an empty tag row furniture; 57: a converted Word file's field codes (=1\*CHINESENUM3, \* MERGEFORMAT, —PAGEPage11—) are not text; 58: a change told to the present (增长到今天的…, 增加至目前的…) reads its value; 59: a breakdown by field or kind (分领域看，… 分企业类型看，…) gives its parts' figures; 60: a titleless review of a year whose results follow in the next paragraphs a summary; 61: 面积 alone right after the park word (开发区面积为…) the park's area; 62: a page credited to a newspaper, news site or broadcaster (来源：某某日报) news when nothing else decides; 63: a reporter's credit in 【】 is no headline, and 某某消息: opens a lead as a credit; 70: with s11-titles; 71: session 12 (s12-titles: advertisements and keyword-stuffing lines furniture, headline groups with their credit and dash subtitle, statistics analyses 工作报告, information items and sentence headlines news, 計畫 a plan; s12-parks: a park named beside another party, as an address, a venue, a tour stop, an example or a project's site is no subject, a place's news titled by the place; s12-figures: projects waiting or checked no count, a county's report its own figures, a named industry's paragraph its own, per-year 分别 lists, dated changes, a plan stated then done said short); 72: session 12's second round (a plan's horizon governing its paragraph, a headline's verb after a place, a disclosure catalogue's rows and a portal's chrome, a lead opening with a period, a profile's history, a wire dateline by day; s12-bylines: credits, reader tools, forum furniture, a headline and its lead on one line, 摘要 labels, site and logo lines; s12-years2: the latest year figures are stated for, history/renaming/excepted years background, per-year spans, two-year averages)

INDEX_DIR_NAMES = {"index"}


def iter_corpus_files(corpus_root: Path) -> list[Path]:
    """Files of the corpus, sorted; hidden files, the corrections file and the index
    folder are not part of it. Unsupported files are listed (they get skipped with a
    reason), so a user learns why a file did not make it into the index."""
    root = Path(corpus_root)
    out = []
    # os.walk does not follow symlinked folders (no loops) and reports unreadable
    # folders through onerror instead of raising.
    for folder, dirs, files in os.walk(root, onerror=lambda error: None):
        rel_folder = Path(folder).relative_to(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and not (rel_folder == Path(".") and d in INDEX_DIR_NAMES))
        for name in files:
            if name.startswith(".") or name == CORRECTIONS_FILE or name.startswith("~$"):
                continue
            out.append(Path(folder) / name)
    return sorted(out, key=lambda p: p.relative_to(root).as_posix())


def source_name(path: Path, corpus_root: Path) -> str:
    """The file's path relative to the corpus, "/"-separated, always valid UTF-8.

    Not resolved: a file reached through a symlink keeps the name it has in the
    corpus. A name that is not UTF-8 on disk (a zip from a Chinese Windows PC
    unpacked on Linux) is read as GB18030 when that decodes, else its bad bytes are
    shown as \\xNN, so the index never holds an unencodable string.
    """
    try:
        rel = path.relative_to(corpus_root).as_posix()
    except ValueError:
        try:
            rel = path.resolve().relative_to(corpus_root.resolve()).as_posix()
        except ValueError:
            rel = path.name
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        raw = rel.encode("utf-8", "surrogateescape")
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")




def outside_corpus(path: Path, corpus_root: Path) -> str | None:
    """Why ``path`` must not be read, or None: the corpus folder is a boundary, and a file
    (or a link, or a link to a folder on the way) that resolves outside it is never read."""
    try:
        real = Path(os.path.realpath(path))
        root = Path(os.path.realpath(corpus_root))
    except (OSError, ValueError):
        return OUTSIDE
    return None if real != root and real.is_relative_to(root) else OUTSIDE


def source_path(corpus_root: Path, source: str) -> Path | None:
    """The file inside ``corpus_root`` whose ``source_name`` is ``source`` (its inverse), or None.

    A name that was not UTF-8 on disk was shown as GB18030 or with \\xNN escapes: the
    bytes are rebuilt both ways and only a candidate that names ``source`` again counts.
    """
    root = Path(corpus_root)
    candidates = [source]
    for to_bytes in (lambda s: s.encode("gb18030"), lambda s: codecs.escape_decode(s.encode("utf-8"))[0]):
        try:
            candidates.append(os.fsdecode(to_bytes(source)))
        except (UnicodeError, ValueError):
            continue
    for name in dict.fromkeys(candidates):
        path = root / name
        try:
            if source_name(path, root) == source and path.is_file() and outside_corpus(path, root) is None:
                return path
        except (OSError, ValueError):
            continue
    return None


def read_file(path: Path, corpus_root: Path, corrections: Corrections | None = None) -> FileReading:
    """Read one corpus file into reports with sections and metadata."""
    path, corpus_root = Path(path), Path(corpus_root)
    source = source_name(path, corpus_root)
    outside = outside_corpus(path, corpus_root)
    if outside and os.path.exists(path):  # (a dangling link is the reader's to explain)
        return FileReading(source, None, None, skipped=outside)
    try:
        return _read(path, corpus_root, source, corrections)
    except Exception as exc:  # a reading bug must cost one file, not the whole index
        return FileReading(source, None, None, skipped=f"读取时出错，已跳过：{type(exc).__name__}: {exc}")


def _read(path: Path, corpus_root: Path, source: str, corrections: Corrections | None) -> FileReading:
    raw = read_path(path, corpus_root)  # checked again on the open file: a link swapped in late is refused
    fr = FileReading(source, raw.format, raw.encoding, skipped=raw.skipped)
    if raw.skipped:
        return fr
    text = clean_text(raw.text)
    credits = page_credits(raw.text)
    marked = {normalize_line(t): lv for lv, t in raw.headings}
    raws, page_title = split_reports(text, normalize_line(path.stem), credits.title)
    kept = [r for r in raws if not (len(raws) > 1 and is_off_topic(r))]
    for r in raws:
        if r not in kept:
            fr.notes.append(f"「{r.line or r.title}」与园区无关（正文没有提到园区、开发区或管委会），已略去")
    for n, r in enumerate(kept, start=1):
        report = Report(n=n, title=r.title, text=r.text, sections=split_sections(r.text, marked))
        report.evidence["title"] = r.why_title
        describe_report(report, page_title, credits)
        apply_folder_hints(report, source)
        apply_corrections(report, source, corrections)
        report.indicators = extract_indicators(report)  # after corrections: a plan's figures are targets
        fr.reports.append(report)
    if not fr.reports:
        fr.skipped = "文件中没有可读的报告正文"
    return fr
