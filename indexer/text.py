"""Character classes, word lists and names that several stages share, defined once.

Everything that reads or matches Chinese text asks this module what a Chinese
character is, which numerals a heading may use, which words name a park or a
kind of document, and what the corpus's control files are called, so that the
reader, the analyzer, the query parser and the near-duplicate sketch can never
disagree (they once had five different ideas of "Chinese character", and the
query 〇 did not find 二〇二三).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

# Ideographs: 〇 (U+3007, the zero of 二〇二三), CJK Extension A, the Unified block, the
# compatibility ideographs, and the supplementary planes' extensions B–H. A character
# class body, for use inside [...] in a regular expression.
CJK = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_RE = re.compile(f"[{CJK}]")


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` (one character) is an ideograph (see ``CJK``)."""
    return CJK_RE.match(ch) is not None


# Quotation marks, as official documents write them around a slogan before its noun (“十三五”规划,
# 「放管服」改革, ‘三农’工作), with their ASCII and half-width forms (＂＇ fold to " '). Between two
# ideographs they are transparent to exact matching: 十三五规划 is written “十三五”规划 (the literal
# field's bigrams and the highlighter, analysis/). A character class body.
QUOTE_MARKS = "“”‘’「」『』\"'＂＇｢｣"


# Chinese numerals as they number headings and list items (一、 （二） 第三篇).
CN_DIGITS = "一二三四五六七八九十"


# the digits of a Chinese numeral (两 and 零/〇 too), for reading one as a number
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# two neighbouring numerals, rising, say an estimate (一二, 三四, 五六, 七八: "one or two", "three or four"), not a number
_APPROXIMATE_PAIR = re.compile("一二|二三|三四|四五|五六|六七|七八|八九")


def parse_cn_number(s: str) -> float | None:
    """三 → 3, 十二 → 12, 两百 → 200, 一千二百 → 1200, 一万二千 → 12000, 八十亿五千 → 8000005000, and digit by
    digit: 一六六 → 166, 二〇二三 → 2023, 一七四五亿 → 174500000000; None when it is not a numeral."""
    if not s:
        return None
    for big, scale in (("亿", 1e8), ("万", 1e4)):  # a numeral counts in groups of 万 and 亿, the larger first
        if big in s:
            head, _, rest = s.partition(big)
            high, low = parse_cn_number(head), parse_cn_number(rest) if rest else 0.0
            return None if high is None or low is None else high * scale + low
    if len(s) > 1 and all(ch in _CN_DIGIT and ch != "两" for ch in s) and not _APPROXIMATE_PAIR.fullmatch(s):
        # digits written one by one, as a year is (二〇二三) and Taiwan writes counts and sums (一六六件, 一七四五亿元):
        # each numeral is a place, no 十百千 between them (两 never writes a place); two neighbours, 三四个,
        # are an estimate (three or four) and keep the positional reading
        return float("".join(str(_CN_DIGIT[ch]) for ch in s))
    total, current = 0, 0
    for ch in s:
        if ch in _CN_DIGIT:
            current = _CN_DIGIT[ch]
        elif ch in "十百千":
            scale = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * scale
            current = 0
        else:
            return None
    return float(total + current)


# Every character that writes a Chinese number or an ordinal: a word that starts with one
# (四是, 三年, 第二, 两个, 百万) counts or enumerates, it never names a topic.
NUMERAL_START = CN_DIGITS + "零〇两百千万亿第几"

CJK_WORD_RE = re.compile(f"[{CJK}]{{2,}}")


def is_cjk_word(word: str) -> bool:
    """Whether ``word`` is two or more ideographs and nothing else."""
    return CJK_WORD_RE.fullmatch(word) is not None


# The function words of official documents that jieba's dictionary tags as nouns: they
# say how a report is written (工作, 情况, 方面, 同志), who writes it (我们, 领导, 全县) or
# when (今年, 上半年), never what it is about, so they are never key phrases. Verbs and
# adverbs of the same style (加快, 坚持, 更加) are left out by their part of speech.
DOCUMENT_FUNCTION_WORDS = frozenset("""
工作 方面 问题 情况 同志 我们 领导 任务 目标 措施 成效 成绩 水平 能力 力度 基础 重点 部门 单位 有关 时间 过程
作用 意识 形势 要求 体系 机制 格局 局面 氛围 环节 领域 层次 步伐 态势 效果 效益 质量 规模 总量 比重 力量 工程
全县 全市 全区 全省 全国 全镇 全乡 各级 各地 各类 各项 本地 当地 地方 我县 我市 我区 我省 我镇 我国
今年 明年 去年 全年 上半年 下半年 年度 年初 年底 年末 当前 目前 近年 期间 以来 同期 同比 环比
代表 人民 国家 社会 经济 发展 建设 管理 服务 企业 项目 园区 单位 群众 干部
""".split())

# The words a park's name ends in, Simplified and Traditional (the reader's topic test and
# the splitter's title test; the park-name grammar itself lives in reading/).
PARK_WORDS = ("园区", "園區", "工业园", "工業園", "产业园", "產業園", "开发区", "開發區", "高新区", "高新區",
              "集中区", "集中區", "管委会", "管委會", "经开区", "經開區", "科技园", "科技園", "物流园", "物流園", "保税区", "保稅區",
              "台商投资区", "台商投資區", "保税港区", "保稅港區",  # (a class of zones the State Council approves: 漳州台商投资区)
              "综保区", "綜保區",  # (综合保税区 as every customs notice and news item shortens it: 东疆综保区)
              "工业邨", "工業邨",  # (Hong Kong's industrial estates: 大埔工業邨)
              "科学园", "科學園")  # (香港科學園, which Hong Kong's pages call 科學園)
PARK_WORD_RE = re.compile("|".join(PARK_WORDS))

# The facet and filter value for a park or year the reader could not tell.
# How a unit's name ends (某某市发展和改革局, 某某县人民政府, 某某有限公司, 某某街道): the word heading it that names a
# unit and nothing else, as official names are formed: an office of the state, a centre, a company or group, a
# government, a grassroots unit. A rule finding a unit by its name's end asks this; the characters that end a unit's
# name and other nouns too (会 of 委员会 and 大会, 区 of 开发区 and 景区, 站 of 网站) each rule adds as its reading
# needs (titles: who acts in a lead, a verb after the name; furniture: who signs a report, the unit's name whole).
UNIT_END_WORDS = ("中心", "公司", "集团", "集團", "政府", "街道", "局", "厅", "廳", "处", "處", "科", "部", "办", "辦",
                  "组", "組", "镇", "鎮", "乡", "鄉")
UNIT_END = "|".join(UNIT_END_WORDS)  # (an alternation, for a pattern's group)

UNKNOWN = "unknown"

# Bundled data (dictionary, synonyms) shipped inside the package.
DATA_DIR = Path(__file__).parent / "data"

# Control files a user may put in the corpus folder.
CORRECTIONS_FILE = "parksearch-meta.csv"
USERDICT_FILE = "parksearch-userdict.txt"
SYNONYMS_FILE = "parksearch-synonyms.txt"
VOCABULARY_FILES = (USERDICT_FILE, SYNONYMS_FILE)  # copied into each index generation
CONTROL_FILES = (CORRECTIONS_FILE, *VOCABULARY_FILES)

# Function words: when a query string is loosened into its words (search/fallback.py),
# these say nothing on their own and are left out.
FUNCTION_WORDS = frozenset("的 了 着 和 与 及 或 等 是 在 对 把 被 之 其 也 都 而 并 为 以 于 从 这 那 个 地 得".split())
# Degree adverbs (程度副词, a closed class): opening a string's last words (学费太贵, 小偷太多, 房价越来越高) they say how
# the user finds the thing, which no report writes of it (thesaurus.loosened_reading)
DEGREE_WORDS = frozenset("太 很 挺 非常 特别 十分 过于 太过 越来越 极其 相当".split())
# A query string holding one of these is a question typed as a sentence (园区招商引资有哪些问题,
# 怎样提高企业自主创新能力, 粮食产量是多少？): search/questions.py reads it as the strings around them.
# Words of jieba's cut (什么 inside 为什么 is its own word); a string ending in ? or ？ is one too. Who, when, how long
# or how large is asked too (老人失能了谁来照顾, 园区规划面积有多大: read as phrases, they found only the reports writing
# the question's own words), and what in everyday speech (啥, 为啥); jieba cuts 多 / 大 and 谁 / 来, which
# questions._split_asking joins (and 能 / 不能, 什么 / 时候). 哪 with a classifier (哪年, 哪家) and an A-not-A word
# (贵不贵) ask too (questions._asks).
QUESTION_WORDS = frozenset("""
哪些 哪个 哪里 哪儿 哪 什么 怎样 怎么 怎么样 怎么办 如何 是否 能否 可否 有没有 是不是 多少 几何 为何 为什么 咋 咋样 吗 呢 么
谁 谁来 何时 几时 什么时候 多久 多长 多大 多高 多远 啥 为啥 干啥 啥时候 咋办 能不能 会不会 要不要 可不可以 行不行
""".split())
# Words that only carry a question beside a question word (有哪些, 是多少, 存在哪些, 取得了哪些, 可以如何, 进展到哪一步,
# 有没有关于…), and the "how things stand" a question ends in (污水处理的情况, 进展情况如何): dropped with it.
QUESTION_FRAME_WORDS = frozenset("""
有 是 要 该 应 应该 应当 能 能够 可以 才能 会 还 都 存在 面临 遇到 包括 采取 取得 需要 情况 状况 方面 到 关于 对于 到底 究竟 还有
""".split())
QUESTION_MARKS = "?？"
# Verbs that with 情况 name how a plan stands (完成情况, 落实情况, 推进情况): a question ending in one asks for a
# report's progress part (…项目建设完成情况); 发展情况 is not one (农村义务教育发展情况: how it develops, the topic).
STATUS_VERBS = frozenset("完成 执行 落实 推进 实施".split())
# Words that only frame a section role in a query (主要成效, 下一步工作计划, 存在的一些困难):
# with a role word they still name the part of a report, not a topic (search/roles.py).
SECTION_ROLE_FILLER = frozenset("主要 工作 具体 一些 有关 相关 方面 几点 当前 面临 遇到 之处".split())
# Words a report's text uses where it admits a difficulty outside a problems section
# (招商引资…化解制约园区的土地瓶颈, 以上种种难题): a topic near one of them is a problem of it.
PROBLEM_MARKERS = tuple("问题 困难 难题 瓶颈 短板 不足 制约 薄弱 障碍 难点".split())

# ------------------------------------------------------------ how park names are formed
# A park's name is a place or proper name, optional qualifiers, and a head:
# 宁波 + 国家 + 高新区, 北仑 + 现代农业 综合 + 开发区, 临港 + 高新技术 + 产业园区 (reading/parks.py).
# The zones the national statistics code lists as units of their own (indexer/data/zones.tsv, bench/build_zone_list.py)
# also end in words other areas share: 集聚区 and 聚集区, 示范区, 试验区, 合作区, 经济区 name a region's programme as well
# (城乡一体化示范区, 综合配套改革试验区, 自由贸易试验区, 长三角经济区). The code's zones write what they are built for right
# before the word (乐亭县城区工业聚集区, 新乡市食品工业聚集区, 香河新兴产业示范区, 星都经济开发试验区, 揭阳（惠来）沿海经济开发
# 试验区, 满洲里市经济合作区, 天津空港经济区, 天津市东丽区临空经济区, 连山飞地经济区), and a zone two provinces run says it
# is a special one (粤桂合作特别试验区, 深汕特别合作区): with that word the area word is a park's head, needing a place or a
# proper name before it as every head does; without it (某某示范区, 某某试验区, 某某经济区) it names none.
AREA_PARK_HEADS = ("工业集聚区", "工业聚集区", "产业聚集区", "工业示范区", "产业示范区", "经济开发试验区", "特别试验区", "循环经济试验区", "循环经济示范区",
                   # (an economy's comprehensive trial zone, the State's class for an airport's city: 郑州航空港经济综合
                   # 实验区 — written 实验区 or 试验区)
                   "经济综合实验区", "经济综合试验区",
                   "经济合作区", "特别合作区", "临空经济区", "空港经济区", "飞地经济区",
                   # (the port's, as the airport's: 天津临港经济区, a zone built beside a port)
                   "临港经济区",
                   # the class the State designates by its airport (国家级临空经济示范区: 北京首都机场, 广州, 成都…)
                   "临空经济示范区",
                   # the State's zones on its borders: 重点开发开放试验区 (瑞丽, 东兴, 满洲里, 二连浩特…) and the markets where
                   # border residents trade (边民互市贸易区), each a place and the head
                   "重点开发开放试验区", "开发开放试验区", "边民互市贸易区", "互市贸易区",
                   # a zone designated to take in the trades leaving the coast (某县承接某某产业转移示范区: reading/parks.py)
                   "产业转移示范区",
                   # the sectors of the national classification named with 业 before the area word, as 工业 and 产业 are
                   # (某某先进制造业集聚区, 某某现代服务业集聚区)
                   "制造业集聚区", "服务业集聚区", "先进制造业集聚区", "现代服务业集聚区",
                   # the class the Ministry of Agriculture designates (国家现代农业示范区: 南通, 启东南阳镇… — 283 of them), and
                   # the provinces' own (省级现代农业示范区), each a place and the head
                   "现代农业示范区",
                   # the State Council's class of zones for innovation, named by a place or a zone (中关村, 东湖, 张江, 深圳
                   # 国家自主创新示范区, the 21 the State approved)
                   "国家自主创新示范区", "自主创新示范区",
                   # (…and before 园区, as 工业园区 and 物流园区 are: 某某先进制造业园区, 某某现代服务业园区)
                   "制造业园区", "服务业园区", "先进制造业园区", "现代服务业园区")
# Heads, longest first so that the longest one is matched.
PARK_HEADS = tuple(sorted((
    "高新技术产业开发区", "经济技术开发区", "高新技术产业园区", "高新技术开发区", "农业科技园区", "现代农业园区",
    "工业集中发展区", "工业集中区", "产业集中区", "产业集聚区", "综合保税区", "保税港区", "出口加工区", "加工出口区", "经济开发区", "高新技术园区",
    "科学园区", "科学工业园区", "科学园", "加工区", "化学工业区", "化工区",
    "工业园区", "产业园区", "科技园区", "物流园区", "化工园区", "农业园区", "示范园区", "生态园区",
    "开发区", "高新区", "经开区", "工业园", "产业园", "科技园", "物流园", "农业园", "示范园", "工业区", "保税区", "孵化园",
    "创业园区", "创业园",
    # an agricultural science park as its own pages shorten it (某某农科园, as 经开区 shortens 经济技术开发区)
    "农科园区", "农科园",
    # software parks, the State's class of 国家软件产业基地 (某某软件园区), and Taiwan's word for software (高雄軟體園區)
    "软件园区", "软体园区",
    # the other classes of zones in the State's catalogue of development zones (中国开发区审核公告目录):
    # 台商投资区 (漳州台商投资区), border and cross-border economic cooperation zones, cross-border industrial zones
    "台商投资区", "边境经济合作区", "跨境经济合作区", "跨境工业区",
    # the catalogue's names as official writing shortens them (海关特殊监管区域: 综合保税区 → 综保区, as 经济技术开发区
    # → 经开区; 边境经济合作区 → 边合区): 东疆综保区, 常州综保区, 东兴边合区
    "综保区", "边合区",
    # Hong Kong's industrial estates, as every page there names them (大埔工業邨, 元朗工業邨), and as their corporation
    # has renamed them (元朗創新園, 將軍澳創新園: an estate for innovation and technology): a place before it, as every head
    "工业邨", "创新园",
    # the customs' bonded logistics centres, the last class of its special supervision areas the heads lacked (某某保税
    # 物流中心, B型), the State's special economic zones (深圳经济特区, 喀什经济特区; abroad, 西哈努克港经济特区), a township's
    # small industrial zone (某某乡镇工业小区, as counties' documents count them) and a city's cultural-creative parks
    # (某某文创园区): each a place or a proper name and the head
    "保税物流中心", "经济特区", "工业小区", "文创园区", "文创园",
    # the State's energy and chemical bases (宁东能源化工基地, 榆林能源化工基地): a zone run by its committee as a 化工园区
    # is, named alone as a report's park (session 46: 3 labelled pages of 3 hosts); other bases (某某绿色石化基地, 茶叶产业
    # 基地) are parks only in a roll of parks (session 39: parks._bases_listed_with_parks), 基地 alone none
    "能源化工基地",
    # (a chemical park's short form, as 工业园 is 工业园区's: 某某化工园; and the 产业 form of 工业集中发展区, as 产业集中区 is of
    # 工业集中区: 某某产业集中发展区)
    "化工园", "产业集中发展区",
    *AREA_PARK_HEADS,
), key=len, reverse=True))
# Zones run as an area of their own by a committee (管委会), whose own reports call their whole area 全区: the heads
# ending in 区 but not in 园区 or 工业区 (an estate, a park inside a county). Their last words (开发区, 集聚区, 合作区…)
# also close names the heads do not list (某某产业联动集聚区, 某某特别合作区); the key figures read them
# (indicators.py: whether a report's 全区 is the zone).
ZONE_HEADS = tuple(h for h in PARK_HEADS if h.endswith("区") and not h.endswith(("园区", "工业区", "化工区")))
# (保税港区 whole; 加工出口区 → 出口区; an area word only with its kind, 临空经济区, never 经济区 alone)
ZONE_TAILS = tuple(sorted({h if len(h) <= 4 or h in AREA_PARK_HEADS else h[-3:] for h in ZONE_HEADS}))
# Areas named like zones that are no park (without what a zone is built for before the word: AREA_PARK_HEADS): a 试验区
# or 示范区 (综合配套改革试验区) has a committee and speaks as a zone does; a report titled by a 新区 or a 综合区 counts its 全区 as that area too, but their committees' voice is not
# asked (as before the heads were one list: indicators' _ZONE_PARK takes both kinds, _ZONE_VOICE the first).
ZONE_AREA_WORDS = ("试验区", "示范区")
DISTRICT_AREA_WORDS = ("新区", "综合区")
# Heads that name a park of a whole place; the others are often a zone inside one
# (农产品物流园 in 某开发区), so they need more evidence to be the report's park.
STRONG_PARK_HEADS = frozenset((
    "高新技术产业开发区", "经济技术开发区", "高新技术产业园区", "高新技术开发区", "经济开发区", "开发区", "高新区",
    "经开区", "工业园区", "工业园", "工业集中区", "工业集中发展区", "产业集中区", "产业集聚区", "综合保税区", "保税区", "保税港区",
    "加工出口区", "出口加工区", "科学园区", "科学工业园区", "科学园",
    "台商投资区", "边境经济合作区", "跨境经济合作区", "跨境工业区", "综保区", "边合区", "工业邨", *AREA_PARK_HEADS,
))
# Heads that are one park under two spellings (宁波国家高新区 = 宁波高新区): the facet keeps one.
PARK_HEAD_FAMILIES = (
    ("经济技术开发区", "经济开发区", "经开区", "开发区"),
    ("高新技术产业开发区", "高新技术开发区", "高新技术产业园区", "高新技术园区", "高新区"),
    ("工业园区", "工业园"), ("产业园区", "产业园"), ("科技园区", "科技园"), ("物流园区", "物流园"),
    ("农业科技园区", "农业园区", "农业园", "农科园区", "农科园"), ("示范园区", "示范园"), ("工业集中发展区", "工业集中区"), ("产业集中发展区", "产业集中区"), ("化工园区", "化工园"), ("创业园区", "创业园"),
    ("加工出口区", "出口加工区", "加工区"),  # Taiwan's 加工出口區, the mainland's 出口加工区, either's short form
    ("综合保税区", "综保区"), ("边境经济合作区", "边合区"),
    ("产业集聚区", "产业聚集区"), ("工业集聚区", "工业聚集区"),  # (the code writes both orders of the two characters)
    ("先进制造业集聚区", "制造业集聚区"), ("现代服务业集聚区", "服务业集聚区"),  # (the sector with or without its epithet)
    ("工业邨", "创新园"),  # (Hong Kong's estates, renamed by their corporation: 元朗工業邨 is 元朗創新園)
    ("科学园区", "科学工业园区", "科学园"),  # (香港科學園, as Hong Kong names its science park;) Taiwan's 新竹科學工業園區, as its statute names it, is the 新竹科學園區 of every other page
)
# Taiwan's science parks name each of their sites by the park's short name, the site and 园区:
# 竹科 (新竹科学园区), 中科 (中部科学园区), 南科 (南部科学园区) + 二林 + 园区 = 中科二林园区.
# Each park is named after its region (新竹, 中部, 南部: a region, not a county, so the gazetteer does not
# know it) and shortened to the region's first character and 科; 中科园区 alone is 中部科学园区.
SCIENCE_PARK_REGIONS = {"竹科": "新竹", "中科": "中部", "南科": "南部"}
SCIENCE_PARK_SHORT_NAMES = tuple(SCIENCE_PARK_REGIONS)
# Qualifiers that say a park's rank, not which park or what kind: 宁波国家高新区 and 宁波高新区
# are one park (reading/parks.py ``park_key``).
PARK_RANKS = ("国家级", "省级", "市级", "县级", "国家")
# Words between a name and its head that say what kind of park it is, not which one.
PARK_QUALIFIERS = tuple(sorted((
    "国家级", "省级", "市级", "县级", "国家", "经济技术", "高新技术", "高新", "经济", "技术", "产业", "工业", "农业",
    "科技", "高科技", "现代农业", "现代", "综合",
    # (the other divisions of agriculture as the national classification of industries, GB/T 4754 section A, names them:
    # a 现代渔业产业园 is the fishery's as a 现代农业产业园 is farming's)
    "林业", "畜牧业", "畜牧", "渔业", "现代林业", "现代畜牧业", "现代畜牧", "现代渔业", "生态", "化工", "精细化工", "化学", "物流", "循环经济", "特色", "新材料",
    "食品", "医药", "生物医药", "装备制造", "电子信息", "智能制造", "临空", "台商投资", "中小企业", "民营", "民营科技", "全民",
    "创业", "文化创意", "软件", "光电", "汽车", "纺织", "服装", "建材", "机械", "家居", "新能源", "能源", "信息",
    "数字", "智能", "智慧", "总部", "电商", "文创", "创新", "科创", "绿色", "示范", "出口加工", "保税", "产业转移", "承接产业转移", "电子", "商贸", "农产品", "农副产品",
    # who a 创业园 is for, as the State's programmes name the class (农民工返乡创业园, 返乡创业示范园区, 台湾农民创业园)
    "返乡", "农民工", "返乡农民工", "农民工返乡", "台湾农民", "大学生",
    # …and the State's programme of parks for lifting a place out of poverty (扶贫产业园, 东西部协作的闽宁扶贫产业园)
    "扶贫",
    # a park two parties build together says so after their names (中新 + 合作 + 开发区, 川港（广安）+ 合作 + 产业园, 中德
    # + 合作 + 产业园): the word is what the park is, as 示范 is; before a head it is never the city of 合作 (合作市)
    "合作",
    # …and 协作, the word the provinces' pairing programmes use (浙江's and 福建's 山海协作: a coastal county paired with a
    # mountain one, 龙泉-萧山 + 山海协作 + 产业园, 某县 + 山海协作 + 产业园; 东西部协作): the programme says what kind of park
    # it is, as 合作 and 扶贫 do, and 山海 is no place (2 hosts of the study pages)
    "协作", "山海协作", "东西部协作",
    # what the State's programmes call the parks they name as a class (国家低碳工业园区试点, 美丽园区 as 美丽中国): a kind of
    # park, as 绿色 and 生态 are, never a place (建设美丽经开区, 全国低碳工业园区)
    "低碳", "美丽",
    # the sections of the national classification named with 业, as official writing names what a zone is for (某某 + 先进
    # 制造业 + 产业园, 某某 + 装备制造业 + 生态园区, 某某 + 现代服务业 + 集聚区): the sector, as 工业 and 农业 are
    "制造业", "先进制造业", "装备制造业", "服务业", "现代服务业",
    # …and the services its section L and M name by their trade, as the State designates parks of them (国家级人力资源服务
    # 产业园, 服务外包示范园区, 科技服务产业园, 检验检测认证产业园, 节能环保产业园): what the park is for, never a place
    "服务", "现代服务", "人力资源", "人力资源服务", "服务外包", "科技服务", "信息服务", "信息技术服务", "商务服务", "金融服务",
    "金融", "检验检测", "节能环保", "环保",
    # …and the small firms a park is built for, as 中小企业 is (浙江's 小微企业园 programme: 某镇 + 轴承 + 小微 + 产业园, 某某 +
    # 小微企业 + 创业园): the class of its firms, never a place or a brand
    "小微", "小微企业",
), key=len, reverse=True))
# Words for a part of a zone or of a city: a free-trade zone's 片区 (合肥片区) and its 区块 (高新区块), a
# park's 园中园 / 分园 / 组团. A part word between a place and a head is no part of the park's name
# (合肥片区高新区块 is a block of 合肥高新区), and a park named as a part of another is not the report's.
PARK_PART_WORDS = ("片区", "片區", "区块", "區塊", "园中园", "園中園", "分园", "分園", "组团", "組團", "板块", "板塊")
# A part of a park named by its side, the side written into the short head before its 区 (成都 + 高新 + 东 + 区: 高新东区,
# 高新西区, 经开南区): a part of 成都高新区, which is the park a report about that part is about (as 合肥片区高新区块 is 合肥高新区's).
PARK_SIDE_HEADS = {head[:-1] + side + "区": head for head in ("高新区", "经开区") for side in "东西南北"}
# A park's number among the parks of one place, written between the place and the head (金山 + 第二 + 工业区, 合肥 +
# 第一 + 工业园区): a place that has several parks of one class numbers them; the number is part of the name (金山
# 第一工业区 and 金山第二工业区 are two parks), and the place is still found before it.
PARK_ORDINAL_RE = re.compile(f"第[{CN_DIGITS}]{{1,3}}$")  # (in characters, as names write it)
# Natural features that close a place name (南溪 + 湾, 白沙 + 湖, 青龙 + 山): the segmenter often leaves
# them as words of their own, and with the place name before them they are one place.
GEO_FEATURE_CHARS = "湾湖山岭峰江河溪港岛洲滩塘坪坝桥"
# A river's mouth is named by the river and 口 (瓯江 + 口, 闽江 + 口, 珠江口): after a river's name the character closes
# a place, as a feature does (elsewhere 口 is a measure word: 三口 + 井).
RIVER_MOUTH_RE = re.compile(r"^[\u4e00-\u9fff]+[江河]$")
# Where a park lies beside something, said as 临/沿 + what it is beside (临港: by a port, 临空: by an airport, 沿边: along
# the border, 沿海, 沿江): official writing builds the classes of parks from these words (沿边临港产业园区, 布局临港产业园区,
# 临空经济区); alone before a head they say what kind of park, which place's they do not (a place before them does:
# 长兴岛 + 临港 + 工业区). The dictionary tags some as places (临港: a town of Shanghai's, which its pages write with
# 上海 or 新片区); the gazetteer's own divisions (临江市, 临海市, 沿河县) are places still.
BESIDE_WORD_RE = re.compile(r"^[临沿臨][港空边邊海江河湖]$")
# A level of the administrative hierarchy: 樟树 + 市, 泾 + 县, 庄头 + 乡.
ADMIN_LEVEL_CHARS = "省市县区镇乡旗州盟村"
# "My county", "this city": a place by deixis, never a name (我县工业园区, 该区开发区).
DEICTIC_PLACE_RE = re.compile(rf"^[我本该全各此这其][{ADMIN_LEVEL_CHARS}]$")
# Words a name never starts with (function words, deixis): 现将区工业园, 对该区开发区. A place the
# gazetteer knows is exempt (本溪, 全椒 are county names).
NAME_NEVER_STARTS = ("年", "月", "日", "家级", "获批", "獲批", "获评", "獲評", "荣获", "榮獲", "入选", "入選", "创成", "創成", "同意",
                     "批准", "现将", "有关", "关于", "按照", "根据", "通过", "围绕", "对于", "为了", "经过", "我", "本", "该", "各",
                     "此", "这", "其", "全", "将", "把", "在", "对", "与", "和", "及", "的", "从", "向", "由", "随着")
# A season named by its phase (新春, 开春, 初夏, 深秋, 隆冬): a time, never a place, though the dictionary tags
# some of them as places (2019年新春 + 高新区两委会议).
SEASON_WORD_RE = re.compile(r"^[新开初早仲暮深晚立隆残][春夏秋冬]$")
# A government's own report (某区政府工作报告, 某县人民政府…): its parks are some of its work, not its subject.
GOVERNMENT_REPORT_RE = re.compile(r"政府工作报告|人民政府")
# A government's report as it opens when its title is lost (a site's line took its place): the head of a government
# addressing its people's congress (各位代表：现在，我代表县人民政府，向大会报告工作): the 政府工作报告 genre's own words.
GOVERNMENT_ADDRESS_RE = re.compile(r"代表[^。；;：:\n]{0,16}政府[，,、\s]*向[^。；;\n]{0,10}大会(?:作|做)?(?:政府工作)?报告(?:工作)?")
# A study trip's report (赴外地开发区考察报告, 学习考察, 赴…参观): the parks it names are the ones visited.
# A delegation named as such going somewhere (襄阳考察团先后到…学习, 考察组前往…) is one too: 考察团 and 考察组 are what
# official writing calls a study trip's party.
STUDY_TRIP_RE = re.compile(r"考察报告|学习考察|考察学习|赴.{0,16}(?:考察|学习|参观)|考察[团组].{0,6}(?:赴|到|前往)")
# A count of parks (三大科学园区, 四个工业园区, 两大园区): a numeral and a measure word are never a park's name.
COUNT_WORD_RE = re.compile(r"^[一二三四五六七八九十两几多数百千\d]+[大个家所类批座]$")
# Words that end a programme's or campaign's name (国家火炬计划, 百园提质工程, 三年行动): a name ending in one
# is a programme's, never a park's place (国家火炬计划 + 产业园).
PROGRAMME_WORDS = ("计划", "工程", "行动", "战略", "专项", "活动", "项目")
# The State's organs that supervise a zone, which the dictionary tags as places (海关: ns): before a head they name the
# organ's office for the zone (霞海海关 + 综保区监管科), never the zone's place.
SUPERVISING_ORGANS = ("海关", "边检", "海事", "税务", "检验检疫", "公安")
# The provinces' one-character names (简称: 京 for Beijing, 粤 for Guangdong, 桂 for Guangxi; with the second names official
# writing also uses, 蜀 黔 滇 秦 陇): two of them as one word (粤桂, 湘赣, 苏皖) are two provinces together, the parties of a
# zone they build (粤桂合作特别试验区), though the dictionary files the word as an abbreviation of a common phrase.
PROVINCE_ABBREVIATIONS = frozenset("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台")
# The country as a place: 中国产业园区, 全国开发区 name a class of parks, never one.
NATIONAL_PLACES = frozenset(("中国", "全国", "我国", "国家", "中华", "中华人民共和国", "中华民国", "國家", "全國"))
# the nation's literary names: with an ordinal they praise (神州第一开发区, 华夏第一园), they number no park of a place
NATION_EPITHETS = ("神州", "华夏", "華夏", "九州", "天下")
# The world and its continents and regions, as a park's place: a class of parks across countries (亚洲科学园区协会, 亚洲地区
# 科学园区的发展, 全球科技园区), as a province's name before a head is a class of its parks; no park is named after one.
WORLD_REGIONS = frozenset(("全球", "世界", "国际", "亚洲", "欧洲", "非洲", "美洲", "北美", "南美", "拉美", "大洋洲", "亚太",
                           "东亚", "东南亚", "南亚", "中亚", "西亚", "中东", "欧美", "亚洲地区", "亚太地区", "全世界", "海外"))
# Kangxi radicals and compatibility ideographs a PDF's text layer writes for the ordinary characters (⼯業區 for
# 工業區, 新⽵ for 新竹): one character for one, so that offsets stay valid (the index folds them the same way,
# analysis/normalizer.py; the reader may not import it).
PDF_IDEOGRAPHS = {cp: f for lo, hi in ((0x2E80, 0x2FE0), (0xF900, 0xFB00)) for cp in range(lo, hi)
                  if len(f := unicodedata.normalize("NFKC", chr(cp))) == 1 and f != chr(cp)}


_PDF_IDEOGRAPH_RE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")


def fold_pdf_ideographs(text: str) -> str:
    """``text`` with Kangxi radicals and compatibility ideographs as the ordinary characters (same length)."""
    return text.translate(PDF_IDEOGRAPHS) if _PDF_IDEOGRAPH_RE.search(text) else text


# Masking a source used for a name it hid: xx, XX, **, __, ——, 〔...〕, 某.
MASK_CHARS = "xX×＊*_＿—…○□Ｘ〔〕．.某"

# ------------------------------------------------------------ how news tells an event
# What a news item reports was done on a day (召开 a meeting, 签约 a deal, 开工 a project, 调研 a visit), Simplified
# and Traditional: a headline saying one of them is news (reading/describe.py), and so is a lead dating one by the
# day (5日舉行…, 近日召开…). One list for both, so that a headline and a lead never disagree on what an event is.
# (通过 alone is left out: it is also a preposition, 通过产业集聚推动…; 順利通過 is the event, 通過…驗收 is found by 驗收.)
EVENT_VERBS = ("召开 召開 举行 舉行 举办 舉辦 主持 宣布 宣佈 签约 簽約 签署 簽署 开工 開工 动土 動土 奠基 揭牌 启动 啟動 "
               "启用 啟用 开幕 開幕 开业 開業 开园 開園 开馆 開館 落成 竣工 投产 投產 验收 驗收 调研 調研 考察 视察 視察 "
               "座谈 座談 观摩 觀摩 走访 走訪 督导 督導 检查 檢查 莅临 蒞臨 发布 發布 公布 揭晓 揭曉 出台 顺利通过 順利通過").split()
# (开工 after 公 is 公开工作, disclosure work)
EVENT_VERB_RE = "(?:" + "|".join(("(?<!公)" + v if v in ("开工", "開工") else v) for v in EVENT_VERBS) + ")"

# where a clause or sentence ends: a snippet's window starts after one and ends at one (search/highlight.py)
CLAUSE_BREAKS = frozenset("，。；：！？、,;:!?\n")


# ------------------------------------------------------------ one pattern, either script
# The reader's rules are written once, mostly in Simplified; a page may be Traditional (Taiwan's 彙報, Hong Kong's 匯報,
# a mainland site's converted copy 號, 縣, 於). Every ideograph OpenCC writes otherwise in another script — Simplified,
# Traditional, Taiwan's or Hong Kong's forms, the variants between them (裡 裏, 閱 閲) and a phrase's (了解 → 瞭解) —
# belongs to a group of forms (indexer/data/script_forms.txt, bench/build_script_forms.py), and a pattern of the reader
# matches any form of each of its characters (reading/scripts.py).
SCRIPT_FORMS_FILE = DATA_DIR / "script_forms.txt"
_script_forms: dict[str, str] | None = None


def script_forms() -> dict[str, str]:
    """Each ideograph that has another form → all its forms, the character first (read on first use)."""
    global _script_forms
    if _script_forms is None:
        groups = SCRIPT_FORMS_FILE.read_text(encoding="utf-8").split()
        _script_forms = {c: c + g.replace(c, "") for g in groups for c in g}
    return _script_forms


def either_script(pattern: str) -> str:
    """``pattern`` (a regular expression) with each ideograph that has other forms matching all of them: 汇报 →
    [汇匯彙滙][报報]; inside a character class the forms join the class ([于在] → [于於在]); a range's ends and
    escapes stay as written. Lengths do not change, so a lookbehind stays fixed-width."""
    forms = script_forms()
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
                out.append(c)
            elif c in forms and pattern[i + 1:i + 2] != "-" and pattern[i - 1:i] != "-":
                out.append(forms[c])
            else:
                out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            start = i + 2 if pattern[i + 1:i + 2] == "^" else i + 1
            if pattern[start:start + 1] == "]":  # (a ] first in a class is the character)
                start += 1
            out.append(pattern[i:start])
            i = start
            continue
        out.append(f"[{forms[c]}]" if c in forms else c)
        i += 1
    return "".join(out)
