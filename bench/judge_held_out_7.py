"""Held-out-7's judgements (session 9): the rules written with the queries, applied to every report's
normalised text. No search is run: the reports are read from an index's stored fields (the reader's text,
title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_7.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.
"""
import re
import sys
from pathlib import Path


def read_reports(index):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from indexer.analysis import normalize
    from indexer.search import SearchService

    for f in SearchService(Path(index)).searcher().all_stored_fields():
        m = f["meta"]
        yield {"key": f"{Path(m['source']).name}#{m['n']}", "title": m.get("title") or "", "year": m.get("year"),
               "park": m.get("park"), "text": normalize(m["text"])}

NUM = "一二三四五六七八九十"
HEAD = re.compile(rf"^\s*(第[{NUM}]+[部分章节]|[{NUM}]+、|[(（][{NUM}]+[)）]|\d+[、.．]|.{{2,20}}[:：]\s*$)")
PLAN = "下一步|明年|今后|计划|打算|安排|要|将|力争|下半年|思路|任务"
PROBLEM = "问题|不足|困难|瓶颈|短板|制约|难题|薄弱|难度|滞后|矛盾"
RESULT = "成效|成绩|完成|竣工|投产|建成|开工|签约|落地|实现|引进|到位"
MEASURE = "做法|措施|举措|办法|经验"


def level(line):
    s = line.strip()
    if re.match(rf"第[{NUM}]+[部分章]", s) or re.match(rf"[{NUM}]+、", s):
        return 1
    if re.match(rf"[(（][{NUM}]+[)）]", s):
        return 2
    return 3


def heading_spans(text, words):
    """(start, end) of each section whose heading line holds one of words, to the next heading of its level or above."""
    lines, pos, heads = text.split("\n"), 0, []
    for line in lines:
        if HEAD.match(line) and len(line.strip()) <= 40:
            heads.append((pos, level(line), line))
        pos += len(line) + 1
    spans = []
    for i, (start, lv, line) in enumerate(heads):
        if re.search(words, line):
            end = next((s for s, l, _ in heads[i + 1:] if l <= lv), len(text))
            spans.append((start, end))
    return spans


def count(text, pat, exclude=None):
    n = len(re.findall(pat, text))
    if exclude:
        n -= len(re.findall(exclude, text))
    return max(n, 0)


def near(text, pat, words, dist=40):
    for m in re.finditer(pat, text):
        if re.search(words, text[max(0, m.start() - dist): m.end() + dist]):
            return True
    return False


def in_spans(text, pat, spans):
    return any(re.search(pat, text[a:b]) for a, b in spans)


def national(r):
    return not (r["key"][:1] == "0" and r["key"][:3].isdigit()) and not r["key"].startswith("青岚")


def body(r):
    return r["text"].split("\n", 1)[1] if "\n" in r["text"] else r["text"]


def first_half(r):
    return bool(re.search(r"上半年|半年来|1-6月|1—6月|1至6月", body(r)[:300]))


def own_park(r, place):
    return place in r["title"] or place in body(r)[:300] or (r.get("park") or "").startswith(place)


def base(n, narrow=False):
    return 2 if n >= (2 if narrow else 3) else (1 if n else 0)


# each query: id, kind, query, need, and its rule
Q = []


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


def counted(pat, exclude=None, narrow=False, once=False, park_q=False, half=False, park=None, year=None, role=None, roleheads=None):
    def grade(r):
        t = r["text"]
        n = count(t, pat, exclude)
        if not n:
            return 0
        g = 2 if once else base(n, narrow)
        if role:
            g = 2 if (near(t, pat, role) or (roleheads and in_spans(t, pat, heading_spans(t, roleheads)))) else 1
        if half:
            g = 2 if first_half(r) else 1
        if park:
            g = 2 if own_park(r, park) else (1 if park in t else 0)
        if year:
            g = 2 if r["year"] == year else 1
        if park_q and national(r):
            g = min(g, 1)
        return g
    return grade


INFRA = r"基础设施|供水|排水|供电|管网|污水管|路网|道路(建设|工程|硬化|改造|绿化|交通)|(园区|城市|农村|乡村)道路"
PROJ = r"项目建设|重点项目|项目开工|开工建设|竣工投产|项目推进|在建项目|新建项目|续建项目"
INVEST = r"招商引资|招商|引进项目|签约项目|引资|签约资金"

q("v01", "natural", "园区上半年招商引资情况怎么样", "a park's investment attraction in the first half of a year",
  counted(INVEST, half=True, park_q=True))


def v02(r):
    t = r["text"]
    if "下半年" not in t:
        return 0
    return 2 if near(t, "下半年", "工作|安排|打算|计划|重点|任务") else 1
q("v02", "natural", "下半年有什么工作安排", "the work planned for a year's second half", v02)


def v03(r):
    t = r["text"]
    heads = heading_spans(t, "问题|困难|不足|制约")
    n = count(t, "困难|瓶颈|制约|短板|难题|不足")
    if national(r):
        return 1 if n >= 3 else 0
    return 2 if heads else (1 if n >= 2 else 0)
q("v03", "natural", "园区发展面临哪些困难", "the difficulties a park faces (its problems part)", v03)
q("v04", "natural", "如何优化营商环境", "improving the business environment (营商环境, 投资环境, 放管服, 简政放权, 发展环境)",
  counted(r"营商环境|投资环境|放管服|简政放权|发展环境"))
q("v05", "natural", "园区安全生产工作做得怎么样", "a park's work safety", counted(r"安全生产|安全监管|安全隐患|安全检查|消防", park_q=True))
q("v06", "natural", "怎样促进农民增收", "raising farmers' income",
  counted(r"农民增收|农民收入|农民人均纯收入|农村居民.{0,6}收入|增加农民.{0,4}收入"))
q("v07", "natural", "今年园区基础设施建设进展如何", "the progress of a park's infrastructure this year", counted(INFRA, park_q=True))
q("v08", "filtered", "上半年 项目建设", "project construction in a first half", counted(PROJ, half=True))
q("v09", "filtered", "上半年招商引资完成情况", "investment attracted in a first half", counted(INVEST, half=True))


def v10(r):
    t = r["text"]
    pat = r"项目建设|重点项目|开工|竣工|项目"
    if "下半年" not in t or not re.search(pat, t):
        return 0
    return 2 if (in_spans(t, pat, heading_spans(t, "下半年")) or near(t, "下半年", pat)) else 1
q("v10", "section", "下半年 项目建设 计划", "the plans for project construction in the second half", v10)


def v11(r):
    t = r["text"]
    if not re.search(INFRA, t):
        return 0
    return 2 if (near(t, INFRA, PROBLEM) or in_spans(t, INFRA, heading_spans(t, "问题|困难|不足"))) else 1
q("v11", "section", "存在问题 基础设施", "the problems of infrastructure", v11)
q("v12", "section", "招商引资 下一步打算", "what is planned next for investment attraction",
  counted(r"招商引资|招商", role=PLAN, roleheads="打算|计划|安排|思路|要点|任务"))
q("v13", "section", "项目建设 主要做法", "how projects were pushed (measures taken)",
  counted(PROJ, role=MEASURE, roleheads=MEASURE))
q("v14", "section", "工作成效 招商引资", "what investment attraction achieved", counted(INVEST, role=RESULT, roleheads="成效|成绩|情况"))
q("v15", "phrasing", "企业融资难", "firms' difficulty getting finance (融资难, 融资贵, 贷款难, 融资担保)",
  counted(r"融资难|融资贵|贷款难|融资担保|融资渠道|中小企业融资", narrow=True))
q("v16", "phrasing", "园区绿化", "greening a park (绿化, 植树, 景观, 绿地)", counted(r"绿化|植树|造林|景观|绿地", park_q=True))
q("v17", "phrasing", "土地征收", "taking land (征地, 征迁, 拆迁, 征用)",
  counted(r"征地|征迁|拆迁|土地征收|征收土地|土地.{0,2}征用|征用.{0,2}土地|房屋征收"))
q("v18", "phrasing", "节约集约用地", "using land sparingly (集约用地, 亩均, 闲置土地, 低效用地, 盘活存量土地)",
  counted(r"集约用地|节约用地|节约集约|亩均|闲置土地|低效用地|土地利用率|盘活存量土地|土地集约", narrow=True))
q("v19", "phrasing", "技术创新", "innovation in technology (自主创新, 科技创新, 研发, 科技进步)",
  counted(r"技术创新|自主创新|科技创新|创新能力|研发|研究与开发|科技进步"))
q("v20", "phrasing", "外贸进出口", "foreign trade (进出口, 对外贸易, 外贸, 出口)", counted(r"进出口|对外贸易|外贸|出口"))
q("v21", "phrasing", "小微企业", "small firms (小微企业, 中小企业, 小型微型企业)", counted(r"小微企业|中小企业|小型微型企业|小微"))
q("v22", "phrasing", "下岗再就业", "laid-off workers and re-employment (下岗, 再就业, 失业人员)",
  counted(r"下岗|再就业|失业人员|失业职工"))


def v23(r):
    t = r["text"]
    if not own_park(r, "青岚"):
        return 1 if "青岚" in t and re.search(PROBLEM, t) else 0
    return 2 if re.search(PROBLEM, t) else 1
q("v23", "filtered", "青岚工业园区 存在的问题", "青岚 industrial park's problems", v23)
q("v24", "filtered", "凤阳工业园区 项目建设", "凤阳 industrial park's project construction", counted(PROJ + "|项目", park="凤阳"))
q("v25", "filtered", "金岭工业园 基础设施", "金岭 industrial park's infrastructure", counted(INFRA, park="金岭"))
q("v26", "filtered", "开化工业园区 产业转型", "开化 industrial park's industrial transformation",
  counted(r"转型|产业升级|提质|产业提升", park="开化"))
q("v27", "filtered", "2023年 招商引资", "investment attraction in the reports of 2023", counted(INVEST, year=2023))
q("v28", "filtered", "2009 就业", "employment in the 2009 report", counted(r"就业", year=2009))
q("v29", "filtered", "2016年政府工作报告 供给侧", "supply-side reform in the 2016 government work report",
  counted(r"供给侧|去产能|去库存|去杠杆|降成本|补短板", year=2016))
q("v30", "filtered", "1980年 农业", "agriculture in the 1980 report", counted(r"农业", year=1980))
q("v31", "broad", "生态环境保护", "protecting the environment (生态环境, 环境保护, 环保, 污染防治, 节能减排)",
  counted(r"生态环境|环境保护|环保|污染防治|生态保护|节能减排|污染治理"))
q("v32", "broad", "教育发展", "developing education", counted(r"教育"))
q("v33", "quoted", '"工作思路"', "the exact string 工作思路", counted(r"工作思路", narrow=True))
q("v34", "narrow", "西气东输", "the west-east gas pipeline", counted(r"西气东输", narrow=True, once=True))
q("v35", "natural", "开发区如何引进外资", "how development zones attract foreign investment",
  counted(r"利用外资|外商投资|外资|引进外资|外商直接投资"))
q("v36", "narrow", "三峡工程", "the Three Gorges project", counted(r"三峡", narrow=True))

if __name__ == "__main__":
    rows = list(read_reports(sys.argv[1]))
    out_q, out_r = [], []
    for qid, kind, query, need, rule in Q:
        out_q.append("\t".join([qid, kind, query, need]))
        grades = {r["key"]: rule(r) for r in rows}
        n2 = sum(g == 2 for g in grades.values()); n1 = sum(g == 1 for g in grades.values())
        print(qid, query, "2:", n2, "1:", n1, file=sys.stderr)
        for key in sorted(k for k, g in grades.items() if g):
            out_r.append("\t".join([qid, key, str(grades[key])]))
    open(sys.argv[2], "w").write("\n".join(out_q) + "\n")
    open(sys.argv[3], "w").write("\n".join(out_r) + "\n")
