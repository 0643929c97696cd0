"""Describing: metadata for one report, each value with Chinese evidence.

- section category: keywords in the heading (存在问题/不足/困难 → 存在问题, …); a
  heading that says nothing inherits the category of the heading above it.
- park: a *named* park. A name is the proper-noun prefix before a park word
  (工业园区, 开发区, 产业园 …) once verbs, prepositions and generic words are
  trimmed: 县工业园, 农业园区, 汽车产业园 are kinds of park, and masked names
  (xx工业园, X工业园区, —工业园区, **工业园区) are unknown. The title wins; else the
  most-mentioned named park of the text, if the report is about a park at all and
  one name clearly leads.
- year: the year in the title, else the first year of the opening paragraph; a
  masked year (20xx, 20__) is unknown, never guessed.
- doc_type and period: from the title first (the last type word in it: "园区除草
  活动简报 园区工作总结" is a 总结), then the page title, then the opening text.

Corrections from ``parksearch-meta.csv`` and park/year folder names are applied by
:func:`apply_corrections` / :func:`apply_folder_hints` after the text rules.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Report, Section
from ..text import CJK, PARK_WORD_RE

# ------------------------------------------------------------ section category

_CATEGORY_RULES = [
    ("存在问题", re.compile(r"存在的?问题|存在的?問題|问题|問題|不足|困难|困難|短板|差距|瓶颈|瓶頸|制约|制約|风险|風險|挑战|挑戰")),
    ("计划安排", re.compile(r"计划|計劃|打算|思路|重点|重點|下一步|下步|明年|下半年|来年|來年|安排|目标|目標|要点|要點|展望|任务|任務|工作设想|设想|建议|建議|意见|意見")),
    ("做法措施", re.compile(r"做法|措施|举措|舉措|办法|辦法|经验|經驗|方法|途径|途徑|抓手")),
    ("成效进展", re.compile(r"成效|成绩|成績|完成情况|完成情況|进展|進展|情况|情況|成果|回顾|回顧|总结|總結|取得|主要工作|工作开展|工作開展|亮点|亮點|成就")),
]


def heading_category(heading: str | None) -> str | None:
    if not heading:
        return None
    # "一、主要做法和工作成效": the first named kind leads
    found = []
    for cat, pat in _CATEGORY_RULES:
        m = pat.search(heading)
        if m:
            found.append((m.start(), cat))
    if not found:
        return None
    if any(c == "存在问题" for _, c in found):
        return "存在问题"
    return min(found)[1]


def categorize_sections(sections: list[Section]) -> None:
    """Fill ``category`` in place; a heading without keywords inherits its parent's."""
    stack: list[tuple[int, str]] = []  # (level, category) of open headings
    for s in sections:
        if s.level == 0:
            s.category = "其他"
            continue
        while stack and stack[-1][0] >= s.level:
            stack.pop()
        own = heading_category(s.heading)
        s.category = own or (stack[-1][1] if stack else "其他")
        stack.append((s.level, s.category))


# ------------------------------------------------------------ park

_PARK_SUFFIX = ("经济技术开发区", "經濟技術開發區", "高新技术产业开发区", "高新技術產業開發區", "经济开发区", "經濟開發區",
                "高新技术开发区", "工业园区", "工業園區", "产业园区", "產業園區", "科技园区", "科技園區", "物流园区", "物流園區",
                "工业集中区", "工業集中區", "产业集聚区", "產業集聚區", "开发区", "開發區", "高新区", "高新區", "经开区", "經開區",
                "工业园", "工業園", "产业园", "產業園", "科技园", "科技園", "物流园", "物流園")
# a park of the whole place outranks a 产业园 inside it
_STRONG_SUFFIX = ("开发区", "開發區", "工业园区", "工業園區", "工业园", "工業園", "高新区", "高新區", "经开区", "經開區",
                  "工业集中区", "工業集中區", "产业集聚区", "產業集聚區")
_PARK_RE = re.compile(rf"([{CJK}]{{0,8}}?)({'|'.join(sorted(_PARK_SUFFIX, key=len, reverse=True))})")
_STOP_CHARS = set("的在与與及对對到将將把为為是了由于於向从從被让讓使给給以或即至等个個家座我该該本其各全这這那此每之也都已并並且而又再还還就所得入进進象像如年月日内內外后後来來去共时時")
# words that end the context before a name (verbs, adverbs, prepositions)
_CONTEXT_WORDS = ("园区", "園區", "情况", "情況", "完善", "评审", "評審", "切实", "切實", "搞好", "夯实", "夯實", "落实", "落實", "对于", "對於", "根据", "根據", "按照", "建立健全",
                  "建立", "健全", "负责", "負責", "发布", "發佈", "纳入", "納入", "送交", "虽然", "雖然", "借鉴", "借鑒",
                  "另择", "坚持", "堅持", "精心", "一流", "指标", "指標", "重点", "重點", "进一步", "進一步", "不断", "不斷",
                  "全力", "大力", "努力", "认真", "認真", "继续", "繼續", "推动", "推動", "促进", "促進", "其中", "以及",
                  "通过", "通過", "结合", "結合", "实现", "實現", "确保", "確保", "参与", "參與", "配合", "协调", "協調",
                  "要求", "关于", "關於", "围绕", "圍繞", "依托", "开展", "開展", "申请", "申請", "编制", "編製", "确定",
                  "確定", "列为", "列為", "认定", "認定", "成功", "正式", "目前", "现在", "現在", "已经", "已經", "作为",
                  "作為", "所在", "整个", "整個", "全体", "全體", "整体", "整體", "范围", "範圍", "以外", "方向", "建成",
                  "打造成", "争取", "爭取", "拟", "擬", "届时", "今年", "明年", "去年", "相关", "相關", "周边", "周邊")
_VERBS = ("建设", "建設", "推进", "推進", "加快", "打造", "创建", "創建", "组建", "組建", "启动", "啟動", "围绕", "圍繞",
          "办好", "辦好", "支持", "服务", "服務", "发展", "發展", "落户", "落戶", "入驻", "入駐", "进驻", "進駐", "完成",
          "开发", "開發", "成为", "成為", "做好", "依托", "建成", "申报", "申報", "调查", "調查", "摸底", "狠抓", "抓好",
          "实施", "實施", "引进", "引進", "规划", "規劃", "管理", "投资", "投資", "设立", "設立", "位于", "位於", "地处",
          "地處", "争创", "爭創", "获批", "獲批", "批准", "升格", "扩建", "擴建", "考察", "参观", "參觀", "举办", "舉辦",
          "签约", "簽約", "携手", "攜手", "合作", "依法", "全面", "积极", "積極", "加强", "加強", "提升", "成立", "筹建", "籌建")
# words that name a kind of park, not a particular one
_GENERIC = ("省级", "省級", "国家级", "國家級", "自治区级", "自治區級", "市级", "市級", "县级", "縣級", "区级", "區級",
            "县", "縣", "市", "区", "區", "镇", "鎮", "乡", "鄉", "村", "省", "州", "旗", "全县", "全縣", "全市", "我县", "我縣",
            "我市", "我区", "我區", "本县", "本縣", "该", "該", "本", "各", "新", "老", "一期", "二期", "三期",
            "农业", "農業", "工业", "工業", "科技", "高新", "高新技术", "高新技術", "生态", "生態", "现代", "現代", "物流",
            "电子", "電子", "化工", "新材料", "文化", "动漫", "動漫", "创意", "創意", "软件", "軟件", "光伏", "玻璃", "硅",
            "食品", "纺织", "紡織", "服装", "服裝", "机械", "機械", "装备", "裝備", "制造", "製造", "新能源", "电光源",
            "電光源", "太阳能", "太陽能", "医疗", "醫療", "医药", "醫藥", "生物", "汽车", "汽車", "农业科技", "農業科技", "中小企业",
            "中小企業", "民营", "民營", "特色", "综合", "綜合", "循环经济", "循環經濟", "绿色", "綠色", "有机", "有機",
            "示范", "示範", "创业", "創業", "创新", "創新", "孵化", "家居", "建材", "石化", "能源", "信息", "数字", "數字",
            "智能", "总部", "總部", "临港", "臨港", "出口加工", "保税", "保稅", "经济", "經濟", "产业", "產業", "县域", "縣域")


def _trim_prefix(run: str) -> str:
    """The proper-noun part of the characters before a park word."""
    # cut after the last context word or stop character
    cut = 0
    for w in _CONTEXT_WORDS + _VERBS:
        k = run.rfind(w)
        if k >= 0:
            cut = max(cut, k + len(w))
    for k in range(len(run) - 1, -1, -1):
        if run[k] in _STOP_CHARS:
            cut = max(cut, k + 1)
            break
    k = run.rfind("和")  # "和" also starts names (和顺工业园): cut only if a name remains
    if k >= cut and len(run) - k - 1 >= 2:
        cut = k + 1
    run = run[cut:]
    changed = True
    while changed and run:
        changed = False
        for v in _VERBS:
            if run.startswith(v) and len(run) > len(v):
                run, changed = run[len(v):], True
    return run


_GENERIC_LONGEST_FIRST = sorted(_GENERIC, key=len, reverse=True)


def _is_generic(prefix: str) -> bool:
    rest = prefix
    changed = True
    while rest and changed:
        changed = False
        for g in _GENERIC_LONGEST_FIRST:
            if rest.endswith(g):
                rest, changed = rest[: -len(g)], True
                break
            if rest.startswith(g):
                rest, changed = rest[len(g):], True
                break
    return not rest


_SUFFIX_RE = re.compile("|".join(sorted(_PARK_SUFFIX, key=len, reverse=True)))


def _park_matches(text: str):
    """``_PARK_RE.finditer(text)``, without trying the pattern at every character: a
    match ends in a suffix at most 8 characters after its start, so each search
    starts 8 characters before the next suffix."""
    pos = 0
    while True:
        suffix = _SUFFIX_RE.search(text, pos)
        if suffix is None:
            return
        m = _PARK_RE.search(text, max(pos, suffix.start() - 8))
        if m is None:
            return
        yield m
        pos = m.end()


def find_parks(text: str) -> list[tuple[str, int]]:
    """Named parks in a text as (name, position), masked and generic ones left out."""
    out = []
    for m in _park_matches(text):
        prefix = _trim_prefix(m.group(1))
        if len(prefix) < 2 or _is_generic(prefix):
            continue
        out.append((prefix + m.group(2), m.start(1) + len(m.group(1)) - len(prefix)))
    return out


def _normalize_names(names: list[str]) -> dict[str, str]:
    """"狠抓金岭工业园" and "金岭工业园" are one park: map a name to the shortest
    other name it ends with (the prefix it added is context, not name)."""
    uniq = sorted(set(names), key=len)
    canon: dict[str, str] = {}
    for n in uniq:
        base = next((u for u in uniq if u != n and n.endswith(u) and len(u) >= 4 and len(n) - len(u) <= 4), None)
        canon[n] = canon.get(base, base) if base else n
    return canon


_ZONE_LIST = re.compile(rf"([{CJK}]{{2}})(?:园区|園區)[和与與、及]([{CJK}]{{2}})(?:园区|園區)")


def choose_park(title: str, body: str) -> tuple[str | None, list[str], str]:
    """(park, parks_mentioned, evidence)."""
    in_body = find_parks(body)
    # (no park name spans a line break, so title and body can be looked at apart)
    found = [n for n, _ in find_parks(title)] + [n for n, _ in in_body]
    canon = _normalize_names(found)
    mentioned = []
    for n in found:
        c = canon[n]
        if c not in mentioned:
            mentioned.append(c)
    in_title = [canon[n] for n, _ in find_parks(title)]
    if in_title:
        return in_title[0], mentioned, f"标题中的园区名「{in_title[0]}」"
    counts = Counter(canon[n] for n, _ in in_body)
    if not counts:
        return None, mentioned, "正文中没有具名园区（只有“园区”“县工业园”或打码的名称）"
    # is the report about a park at all? (a 绿化所 report naming a park once is not)
    topic = len(PARK_WORD_RE.findall(body)) - sum(counts.values())
    if topic < 3:
        return None, mentioned, "报告主题不是园区，正文只是顺带提到园区名"
    # "竹马园区和小水园区": a report listing several named zones is about the park
    # that holds them, which a single passing mention does not name
    zones = [z for m in _ZONE_LIST.finditer(body) for z in m.groups() if not _is_generic(z)]
    if len(set(zones)) >= 2 and max(counts.values()) == 1:
        return None, mentioned, f"正文列举了几个分园区（{'、'.join(dict.fromkeys(zones))}），只顺带提到一次园区名，无法确定"
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -kv[0].endswith(_STRONG_SUFFIX)))
    best, n = ranked[0]
    rivals = [k for k, v in ranked[1:] if v == n and k.endswith(_STRONG_SUFFIX) == best.endswith(_STRONG_SUFFIX)]
    if rivals:
        return None, mentioned, f"正文中几个园区名同样常见（{best}、{'、'.join(rivals)}），无法确定"
    return best, mentioned, f"正文中最常提到的园区名「{best}」（{n} 次）"


# ------------------------------------------------------------ year

_YEAR = re.compile(r"(?<![0-9A-Za-z])((?:19|20)\d{2})\s*年(?!代)")
_MASKED_YEAR = re.compile(r"(?<![0-9])(?:20|19)?(?:[xX×＊*_＿]{1,4}|__+|—+)\s*年|(?<![0-9])20\s*年|(?<![0-9a-zA-Z])[xX]{3,4}\s*年")


def choose_year(title: str, body: str) -> tuple[int | None, str]:
    m = _YEAR.search(title)
    if m:
        return int(m.group(1)), f"标题中的年份「{m.group(0)}」"
    if _MASKED_YEAR.search(title):
        return None, "标题中的年份被隐去（如 20xx），不作猜测"
    opening = body[:200]
    ym, mm = _YEAR.search(opening), _MASKED_YEAR.search(opening)
    if mm and (not ym or mm.start() < ym.start()):
        return None, f"正文开头的年份被隐去（「{mm.group(0)}」），不作猜测"
    if ym:
        return int(ym.group(1)), f"正文开头的年份「{ym.group(0)}」"
    return None, "标题和正文开头都没有年份"


# ------------------------------------------------------------ doc type, period

_TYPE_WORDS = [
    ("工作报告", re.compile(r"政府工作报告|政府工作報告|工作报告|工作報告")),
    ("工作汇报", re.compile(r"汇报|匯報")),
    ("工作总结", re.compile(r"总结|總結")),
    ("工作计划", re.compile(r"计划|計劃|打算|要点|要點|工作安排|工作思路")),
    ("简报", re.compile(r"简报|簡報")),
    ("讲话", re.compile(r"讲话|講話|致辞|致辭|发言|發言")),
]


def type_from(text: str) -> str | None:
    """The document type named last in a title (its head noun)."""
    best = None
    for t, pat in _TYPE_WORDS:
        for m in pat.finditer(text):
            if best is None or m.end() > best[0] or (m.end() == best[0] and m.start() < best[1]):
                best = (m.end(), m.start(), t)
    return best[2] if best else None


def choose_doc_type(title: str, page_title: str | None, body: str) -> tuple[str, str]:
    t = type_from(title)
    if t:
        return t, f"标题「{title}」含“{t}”类用词"
    if page_title and (t := type_from(page_title)):
        return t, f"页面标题「{page_title}」含“{t}”类用词"
    opening = body[:300]
    if re.search(r"汇报如下|匯報如下|简要汇报|簡要匯報|汇报完毕|匯報完畢", body):
        return "工作汇报", "正文中有“汇报如下/汇报完毕”"
    if re.search(r"总结如下|總結如下", opening):
        return "工作总结", "正文开头有“总结如下”"
    if re.search(r"各位代表|同志们|同志們", opening) and re.search(r"报告|報告", opening):
        return "工作报告", "正文开头向代表作报告"
    return "其他", "标题和正文都没有说明文种"


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


def describe_report(report: Report, page_title: str | None = None) -> None:
    """Fill a report's metadata and section categories in place."""
    title = report.title
    body = report.text.split("\n", 1)[1] if "\n" in report.text else ""
    report.park, report.parks_mentioned, report.evidence["park"] = choose_park(title, body)
    report.year, report.evidence["year"] = choose_year(title, body)
    report.doc_type, report.evidence["doc_type"] = choose_doc_type(title, page_title, body)
    report.period, report.evidence["period"] = choose_period(title, body)
    categorize_sections(report.sections)


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
