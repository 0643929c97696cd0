"""Key figures: every explicit indicator a report states (工业总产值 109.4亿元, 同比增长8%).

A bureau compares parks by a handful of numbers. This stage reads them out of a
report's text the way Chinese official reports write them:

- a *name* (工业总产值, 税收, 规上企业 …, each with the forms reports use: 税金,
  入库税收, 规模以上工业企业 …), then the verb of the clause (完成/实现/达到), then a
  *value* with its unit (亿元, 万元, 个, 家, 平方公里), then often a growth clause
  (同比增长8%; sites that drop the % sign leave 增长8). Counts also come before
  their noun (58户规上企业, 19个项目开工建设).
- a *status* from the words around the figure: 完成/实现/达到 → 实际; 预计 → 预计;
  力争/确保/目标/计划 → 目标; 累计 → 累计. A word governs the clauses after it in
  its sentence (预计全年实现A，B，C), a lead-in line ending in a colon governs the
  list under it, and a figure in a plan (a 工作计划 or a 计划安排 section) is a
  target unless it says it is past (去年, 已, 累计). 将 before a verb is the future
  marker (今年园区将强化…: a plan, 目标), not the object marker of done work
  (将招商引资作为一号工程, 将12个项目纳入…). When in doubt a figure is never called achieved.
- a *period* from the lead-in (1-9月, 上半年, 前三季度, 全年), else the report's.
- a *scope*: 园区, unless the last subject before the figure is the county, the city,
  a company, a project or an industry (全县, 全市工业园区, XX公司, 该项目, 光伏产业实现)
  — then 其他; a subject carries through its paragraph, a lead-in's subject governs its list
  (全县主要经济指标完成情况如下：…), and a pronoun opening a paragraph (它们, 该区) is the subject spoken of
  last. A subject that is the park is the park's whatever came before it: its name, 园区 bare, 区内, and a
  zone's own 全区 (全市完成…。全区完成…: the zone's). A report about a class of parks together (国家级经开区,
  178家国家高新区, 32个省级以上开发区 in its title or opening) has the class as its subject: their figures.
- what a name means where reports differ: 面积 is the area the park was planned or approved
  for (规划面积, 总面积), not how much of it is built (建成区面积, 已开发面积 are read and
  never listed); 营业额/销售额/总收入 of the park's firms are 营业收入.
- a *scope* also says whose an event is (全市…集中签约仪式在高新区举行: the city's), that a
  part of the park (一期, 东区) or another park is not the park, and that a report opening
  with a province, a city or many parks means those parks by 园区 alone.
- a *year*: the one the sentence or the plan section names (四、2023年工作打算), 明年/
  去年 counted from the report's, else the report's; a list that goes by years (2016年至2018年，分别完成
  工业总产值A、B、C) gives one figure per year, each with its year.

- whose, read from how reports name their subject: a city's county zones together (全市县域工业集中区…, 集中区内工业企业)
  and its parks of every kind (全市工业园区和高新区) are the parks' figures in a report about them; another park named as
  a sentence's own subject (南塔工业园区是以…为主的园区。) owns the paragraph's figures after it; what the park was
  designated (挂牌/获批/被认定为…产业园) is a title, no other park.
- a headline's figure written short (营业收入1825亿元) that the text states exactly (1824.63亿元) is that figure rounded.
- a figure's status from its own clause and the lead-in that governs it, not a neighbour clause: a goal said reached
  (工业投资实现倍增目标，全年完成…) is a noun; the same indicator restated with its own verb after its target
  (目标任务是…，1-11月完成…) is what was done against it.
- whose, from the clause's subject as a reader carries it: a unit inside the park (孵化器, 创业园, 双创中心) or a place's
  government (县委县政府…) opening a clause owns what follows in its sentence; a whole that 其中 splits into the park's part
  is bigger than the park; two parks joined as one subject are not the park alone.

A part 其中 singles out — a unit (其中，东区完成…), a class (其中省外到位资金…, 其中规模以上工业实现产值…) — and the land of a
zone's phase or part (首期规划占地, 核心区…占地面积) are figures of their own with scope 其他, as the issue and
docs/labelling.md list them (reading version 98; before, a class part was dropped): the park's table and chart show them
under the park's own figure, marked, never as it (search/figures.py).

What is not a figure, on purpose: a pool of projects still waiting (待开工项目, 尚未竣工), a growth
rate alone (工业增加值增长8%: nothing to compare), an increment of a stock (新增规上企业5家), a count of projects by size
(其中亿元以上项目12个), a rate (每平方公里…), a base or a change (由X增加到Y is Y; 比上年增加X), values listed in turn with no 分别 to align them
(10家陶瓷、9家玻璃企业年产值达20亿元、15亿元: the parts').

Masked figures (X亿元, **万元, xx.xx亿元, ○○个, a template's blanks: 完成工业总产值    亿元) are listed with ``masked: true`` and no
value. Traditional text, full-width digits, Chinese numerals (三个, 兩家), a
decimal point scraped into 。 (2。87亿元) and words broken across lines by PDF
extraction are read like plain Simplified text: the text is folded to a
same-length Simplified copy for matching, and quotes are cut from the original.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import opencc

from ..model import INDICATOR_NAMES, TOUR_RULE, Indicator, Report, Section, Subject
from ..text import CJK, CN_DIGITS, DISTRICT_AREA_WORDS, PARK_WORD_RE, ZONE_AREA_WORDS, ZONE_TAILS, parse_cn_number
from .parks import find_park_mentions, is_division, park_key, to_simplified, word_tags
from .tables import NUMBER_CELL, StatusTable, year_tables

# ------------------------------------------------------------------ vocabulary

# How reports write each indicator (Simplified; text is folded before matching).
# Longer forms first within a name does not matter: all forms of all names are
# matched together, longest first.
# the verbs a place brings jobs by, as the names of the positions say them (提供就业岗位, 创造就业机会, 净增就业岗位)
_JOBS_BROUGHT_VERBS = ("提供", "创造", "带动", "带来", "增加", "新增", "净增", "吸纳", "解决", "安置")
# investment cases counted bare (投资案有9件, 增资案合计22家), as Taiwan's zones count what they admitted — but not those
# still sought or under review (拟引进投资案5件, 尚有12件投资案审查中: _CASES_NOT_YET)
_BARE_CASE_FORMS = ("投资案", "增资案", "投增资案", "投资申请案")
# the capital a firm or a project is of, as approvals of investment name it (外商投资企业, 台资项目)
_FOREIGN_CAPITAL = ("外商投资", "外资", "外商独资", "中外合资", "台资", "台商投资", "港澳台资")
# the firms a zone approved to enter, the verb of approval joined to the verb of settling (核准进驻, 获准入区厂商): in the
# park once approved, as Taiwan's zones count them (those approved in a period are its signed cases: _approved_in_a_period)
_APPROVED_TO_ENTER_FORMS = tuple(f"{approved}{settled}{noun}" for approved in ("核准", "获准", "获核准", "批准")
                                 for settled in ("进驻", "入驻", "入区", "入园", "设厂")
                                 for noun in ("", "厂商", "企业", "的厂商", "的企业"))
_NAME_FORMS = {
    "工业总产值": ("规模以上工业总产值", "规上工业总产值", "规模工业总产值", "规模以上工业产值", "规上工业产值",
               "规模工业产值", "工业总产值", "工业生产总值", "工业总值", "工业产值", "园区总产值", "园区年产值", "园区产值",
               "园区企业年产值", "总产值", "年产值",
               # (每年 said out for 年, as zones abroad and Taiwan's press write the yearly output: 每年产值可达60亿美元 — session 41)
               "每年产值",
               # (工业 left out after the size word, as summaries shorten it: 规模以上总产值48.5亿元)
               "规模以上总产值", "规上总产值",
               # (and 工业 left out before 产值: 规模产值达到500亿元, 规上产值, as plans and speeches shorten it)
               "规模产值", "规上产值", "规模以上产值"),
    "工业增加值": ("规模以上工业增加值", "规上工业增加值", "规模工业增加值", "工业增加值",
              # (the verb inside the name, as bulletins write it: 规模以上工业实现增加值326.3亿元)
              "规模以上工业实现增加值", "规上工业实现增加值", "规模以上工业完成增加值", "规上工业完成增加值",
              # (the firms as the subject, the verb inside: 规上工业企业完成增加值…, 工业企业实现增加值…)
              "规模以上工业企业实现增加值", "规模以上工业企业完成增加值", "规上工业企业实现增加值", "规上工业企业完成增加值",
              "工业企业实现增加值", "工业企业完成增加值",
              # (增加值 alone after the industrial output of the same sentence, as bulletins pair them: see _names_in)
              "增加值"),
    "营业收入": ("主营业务收入", "营业总收入", "营业收入", "销售收入", "经营收入", "经营总收入", "技工贸总收入", "科工贸总收入",
             "技工贸收入", "营收", "营业额",
             # (收入 bare, only with the park or its firms right before it: 园区收入近4000亿元, 规上服务业企业实现收入…, 园区
             # 文化企业实现收入总计… — session 38: +3 right on 3 hosts, none wrong; see _names_in)
             "收入", "营业总额", "总营业额", "销售额", "总收入",
             # (收入 with only words of the whole or of the economy before it — 经济收入, 经济总收入, 总体经济收入: what all
             # of a zone's or a trade's firms earned, as statistics of software parks say it — is 收入 bare: the owner
             # right before it, 全国软件园区实现总体经济收入…, see _OWNED_INCOME)
             "经济收入", "经济总收入", "总经济收入", "总体经济收入",
             "经营(销售)收入", "营业(销售)收入", "销售(营业)收入",  # (as statistics write it, full width folded)
             # (a zone's firms' business income as its bulletins name it: 业务总收入, 业务收入)
             "业务总收入", "业务收入",
             # (sales as invoiced, the tax office's count of the firms' sales, said for their turnover where the sentence
             # states no other: 工业开票销售506亿元, 国税开票销售收入170亿元, 规模以上工业企业开票销售29.6亿元 — session 37's
             # count: listed as 营业收入 on 6 pages of 5 hosts, left out on 2 pages of 2 of those hosts; beside a 营业收入
             # of its own sentence it is the tax base, no figure: see _names_in)
             *(f"{tax}开票{what}" for tax in ("", "国税") for what in ("销售", "销售收入", "销售额")),
             # (the same base named by its tax, sales liable to VAT, 应税销售: 园区内企业可完成应税销售9亿元)
             *(f"应税{what}" for what in ("销售", "销售收入", "销售额"))),
    "税收": ("税收收入", "税收总收入", "税收总额", "入库税收", "工业税收", "工商税收", "实缴税收", "应缴税收",
           "上缴税金", "上交税金", "上缴税收", "实现税金", "税金", "税收", "纳税总额", "上缴税额", "上交税额",
           # (纳税 as the verb's noun, only right before its sum: 累计纳税超过50亿元 — see _names_in)
           "纳税额", "纳税",
           # (taxes and fees paid together, as the statistics of zones and high-tech parks report them: 上缴税费15.2亿元,
           # 税费收入144.8亿元 — session 37's count: listed as 税收 on 4 pages of 3 hosts, left out on none; the verb of
           # paying or collecting inside the name, never 税费 bare: 减免税费, 降低税费 are no sum paid)
           *(f"{verb}税费{tail}" for verb in ("上缴", "上交", "实缴", "缴纳", "入库") for tail in ("", "总额")),
           "税费收入", "税费总收入",
           # (the one paid to named before the noun, 上缴国家税收…, 上缴东道国税费… — how zones abroad and state firms say
           # the taxes they paid: session 40, 3 labelled pages of 3 hosts)
           *(f"{verb}{to}{noun}" for verb in ("上缴", "上交", "缴纳") for to in ("国家", "东道国", "所在国", "当地", "地方")
             for noun in ("税费", "税收", "税金"))),
    "财政收入": ("财税收入", "财税总收入", "财政税收收入", "全口径财政收入", "大口径财政收入", "地方财政收入", "财政总收入", "财政收入", "一般公共预算收入",
             "公共财政预算收入", "地方一般预算收入", "一般预算收入",
             "财政分成收入"),  # (the park's share of the revenue collected in it: 园区财政分成收入完成0.43亿元)
    "固定资产投资": ("全社会固定资产投资", "全社会固定投资", "全社会固定资产投入", "固定资产投资", "固定资产投入", "固定投资", "固投",
               "固定资产总投资", "固定资产投资总额"),  # (总 inside the name: the whole, as 营业总收入 is)
    "工业投资": ("工业固定资产投资", "工业性投资", "工业项目投资", "工业投资",
             "工业固定资产投入", "工业性投入", "工业投入",  # (投入 for 投资, as 固定资产投入)
             "工业实际投入"),  # (Jiangsu's statistic of industrial investment made: 全年完成工业实际投入36亿元)
    "招商引资到位资金": ("招商引资到位资金", "招商引资实际到位资金", "实际到位资金", "到位资金", "引进内资",
                 "实际引进内资", "引入内资", "内资到位", "到位内资", "利用内资", "实际利用内资", "实际使用内资", "使用内资", "引进市外资金", "市外到位资金", "实到内资", "市外实到内资", "省外实到内资", "实到市外内资",
                 "实到省外内资", "省外到位资金",
                 "州外到位资金", "到位市外资金", "到位省外资金",
                 # (the money brought in, the verb of 引进企业 before it: 共引进资金约20亿, 引进资金1亿元)
                 "引进资金",
                 # (the projects' money brought in, 项目 inside the name: 引进项目资金超过460亿; 内联引资, domestic money
                 # brought in through partners, as 引进内资 is)
                 "引进项目资金", "内联引资", "内联资金", "内联到位资金",
                 # (招商引资 as the subject of 完成/实现/到位 and a sum: what was brought in, see _names_in)
                 "招商引资"),
    "签约资金": ("协议签约资金", "签约资金", "签约金额", "签约总额", "签约总金额", "合同金额", "合同资金", "协议资金", "协议引资",
             "合同引进资金", "协议引进资金",  # (the money brought in under contract, 合同 before 引进资金: signed, not paid in)
             "签约额",  # (额 for 金额, as 合同额 is said for 合同金额)
             "协议投资额", "协议投资", "合同引资", "签约总投资", "签约总投资额", "合同总投资额", "合同总投资", "合同投资额",
             "协议总投资额", "协议总投资", "协议总金额", "合同总金额",
             # (the signed projects' whole cost, 签约 + 项目 + 总投资: 签约项目总投资达18亿元)
             "签约项目总投资", "签约项目总投资额", "签约项目投资总额", "签约项目总金额",
             # (新 before it, read whole: 新签约项目投资总额超3900亿元 — else 新签约项目, a count's name, takes the words)
             "新签约项目总投资", "新签约项目总投资额", "新签约项目投资总额", "新签约项目总金额",
             # (…投资额 for …总投资额, as 协议投资额 is: 签约项目投资额达22.8亿元)
             "签约项目投资额", "新签约项目投资额", "签约投资额",
             # (协议 + 投资总额, as the other order of the same words: 协议投资总额, 引进协议投资总额)
             "协议投资总额",
             # (协议额 for 协议金额, as 签约额 is said for 签约金额: 招商引资协议额3600亿元)
             "协议额", "协议引资额", "协议总额",
             # (签约 + 投资总额 or 投资额, the signed projects' cost: 新签约重大项目110个，签约投资总额超900亿元)
             "签约投资总额", "签约投资额",
             # (the investment a zone brings in or promotes, as Taiwan's zone plans and reviews count it: 预估促进投资50亿元,
             # 预估引进投资金额约200亿元 — the firms' committed money, as their 投资总金额 is; not 招商引资, read as paid in)
             "促进投资", "促进民间投资", "引进投资金额", "引进投资额", "引进投资总额"),
    "出口额": ("出口创汇", "出口总值", "出口总额", "出口额", "自营出口", "出口交货值", "外贸出口交货值", "工业出口交货值",
             "外贸出口", "出口值", "出口",
             # (exports said as the trade they make, with the verb of doing: 实现出口贸易3.8亿美元)
             "出口贸易额", "出口贸易",
             # (a software park's exports, as its bulletins state them: 实现软件出口3.8亿美元)
             "软件出口", "软件出口额", "软件服务外包出口"),
    "实际利用外资": ("外商实际投资", "外商投资实际到位", "实际利用外商直接投资", "实际使用外商直接投资", "利用外商直接投资",
               "外商直接投资", "外资实际到位", "外资实际到位资金", "外资到位资金", "到位外资资金", "实际利用外资", "实际使用外资", "实际到位外资", "实到外资", "到位外资", "外资到位", "利用外资",
               "引进外资", "合同外资", "合同利用外资", "外资",
               # (capital from Taiwan, Hong Kong and Macao, counted with foreign capital by the statistics: 实际利用台资3.82亿美元;
               # under contract it is no figure, as 合同外资)
               "实际利用台资", "实际使用台资", "实际利用港资", "实际使用港资", "实际利用港澳台资", "合同利用台资", "合同台资"),  # (外资 alone only as the second object of 利用: see _names_in)
    "从业人员": ("从业人员", "从业人数", "从业总人数", "就业总人数", "就业人员", "职工人数", "员工人数", "员工总数", "职工总数", "吸纳就业", "吸纳员工", "就业人数", "从业员工",
             "产业工人",  # (the park's industrial workers counted after their name: 现有企业70余家，产业工人1万余人)
             "职工总人数", "员工总人数",  # (总 inside, as 从业总人数)
             "解决当地就业", "吸纳当地就业",  # (the place the jobs are for inside: 解决当地就业1.5万人)
             "用工人数", "用工总数", "用工总量", "从业人口", "就业人口", "员工数", "解决就业",
             "吸纳劳动力", "带动就业", "安置就业",
             # (the jobs the park's year achieved, 实现 as with its other figures: 工业总产值达63亿元，…，实现就业5000人)
             "实现就业",
             # (the jobs a park brings as positions, the count after the noun, the verb of bringing part of the name:
             # 提供直接就业岗位1800余个, 当年净增就业岗位55万个, 创造就业机会790个 — how work reports and zone reviews
             # state them; the count before the noun, 提供3200个就业机会, is _JOBS_AS_POSITIONS. Session 37's count: listed
             # on 4 pages of 4 hosts, 1 firm's own left out)
             *(f"{verb}{kind}{job}{noun}" for verb in _JOBS_BROUGHT_VERBS for kind in ("", "直接", "间接")
               for job in ("就业", "工作") for noun in ("岗位", "机会", "职缺"))),  # (职缺: Taiwan's word for the positions)
    # the park's area: the area it was planned or approved for, and how much of it is built (measure 建成: _BUILT_AREA)
    "面积": ("规划总面积", "总规划面积", "规划控制面积", "区域控制面积", "规划总用地",
           # (the area the detailed control plan, 控制性详细规划 or 控规, covers: 园区总控规面积21800多亩)
           "总控规面积", "控规总面积", "控规面积", "规划面积", "批准面积", "核准面积", "园区面积", "总面积",
           # (the area a customs zone was accepted for when it closed, 封关验收面积; a zone's whole territory, 幅员面积)
           "验收面积", "幅员面积", "控制面积",  # (远期控制面积: the area the plan holds for the long run)
           # (a zone run as an area of its own, or with a town, 区镇合一: its territory, 区域面积, 行政区划面积, 辖区面积 — the
           # zone's only right after its name, as 占地: see _LAND_FORMS)
           "行政区划面积", "行政区域面积", "区域面积", "辖区面积",
           "规划用地面积", "规划用地总面积", "规划用地", "占地总面积", "总占地面积", "占地面积", "占地", "总规划占地", "规划占地",
           "总用地面积", "用地总面积", "用地面积", "净用地面积",  # (the park's only right after it, as 占地: see _LAND_FORMS)
           # (the land to build on, 建设用地约4500亩: the park's only where 占地 would be, see _LAND_FORMS)
           "建设用地面积", "建设用地", "规划建设用地",
           "建成区面积", "建成面积", "已开发面积", "开发面积", "已建成面积", "开发建成面积", "已开发建成面积",
           # (the land whose building has started: 已开工建设面积1500亩)
           "已开工建设面积",
           # (the planned area's and the built area's 区 forms: 规划区面积23.5平方公里, 建成区2164公顷)
           "规划区面积", "建成区",
           # (the verb of developing right before the area: 已开发利用12.82平方公里, 已开发建设8平方公里)
           "已开发利用", "已开发建设", "已建成开发",
           # (…and bare, the area right after it: 规划总面积15平方公里，已开发9平方公里)
           "已开发",
           # (…and 已建成 the same, its area right after it: 目前，该园区已建成2.5平方公里)
           "已建成",
           # (the area the park's land or room reaches, the verb and its area alone: 发展空间拓展到165.32平方公里, 力争扩大到
           # 10平方公里 — the whole after the widening, never the land added: see _names_in)
           "拓展到", "拓展至", "扩大到", "扩大至", "扩展到", "扩展至",
           # (the land developed, 的 between the verb and the land: 目前已开发的土地面积约0.15平方公里 — session 39)
           "已开发的土地面积", "已开发土地面积", "已开发的面积",
           # (the zone's land said as land, 土地面积 — the zone's only right after it or as the topic: see _LAND_FORMS)
           "土地面积", "土地总面积", "总土地面积",
           # (a zone's territory, 国土面积, and its plan's whole land, 规划总占地 / 总占地)
           "国土面积", "规划总占地", "总占地",
           # (the park word inside the built area's name: 建成园区面积385亩 is how much is built, not the park's area)
           "建成园区面积", "已建成园区面积", "开发园区面积", "已开发园区面积",
           # (面积 alone only where it describes the park: "成为面积达1.5平方公里的新兴工业集中区", see _names_in)
           "面积",
           # (the area a free-trade zone's approval gives it, in the State Council's words: 实施范围119.97平方公里 — the
           # zone's only where its land would be, as 占地: see _LAND_FORMS)
           "实施范围", "总实施范围"),
    # counts: the noun phrase; the value may come before or after it
    "规上企业数": ("规模以上工业企业", "规模以上企业", "规上工业企业", "规上企业", "规模工业企业", "规模企业",
              # (四上企业: the statistics' units above their lines in four trades, industry's 规上 among them — how a zone
              # counting its firms by the statistics' register names them)
              "四上企业",
              # (the term quoted, as news marks it: “规上”企业43家, “四上”企业76家)
              "“规上”企业", "“规上”工业企业", "“四上”企业", "“规模以上”企业", "“规模以上”工业企业",
              # (industry with trade, as a zone counts its firms above the size line: 规模以上工商贸企业)
              "规模以上工商贸企业", "规上工商贸企业", "规模以上工贸企业", "规上工贸企业",
              "规模以上入园工业企业", "规模以上入园企业", "规上入园工业企业", "规上入园企业",
              # (企业 left out, the count right after: 规模工业91家, 规上工业企业 said short — see _names_in)
              "规模以上工业", "规模工业", "规上工业"),
    "入园企业数": ("入园企业", "入区企业", "入驻企业", "入住企业", "进驻企业", "进园企业", "进区企业", "落户企业",
              # (Taiwan's parks call their firms 业者: 进驻业者超过360家)
              "进驻业者", "入驻业者", "入区业者", "园区业者",  # (进园, 进区, 落户: settling, as _SETTLED_BEFORE reads them)
              # (the verb of settling and its noun joined by 的: 园区入园的企业达57家)
              "入园的企业", "入区的企业", "入驻的企业", "进驻的企业", "进园的企业", "落户的企业", "入驻各类企业", "进驻各类企业", "入园厂商", "入区厂商", "进驻厂商", "园区厂商",
              "厂商家数", "核准厂商", "厂商数", "核准设厂家数", "设厂家数",  # (Taiwan's parks count 厂商: 有效核准厂商家数)
              # (the firms a zone approved to enter, the verb of approval joined to the verb of settling, the count after:
              # 核准进驻达30家, 获准入驻的厂商共12家 — those approved so far are its firms, as the count before them is:
              # _FIRMS_APPROVED_TO_ENTER; session 41, labelled 入园企业数 on 4 pages of 4 hosts)
              *_APPROVED_TO_ENTER_FORMS,
              "公司家数", "公司数", "公司总数", "企业家数",  # (and its processing zones 公司: 公司家数达715家 — of the park only: see _names_in)
              # (the firms registered in the park, as a zone's register counts them: 园区共有注册企业209家, 公司登记家数达564家;
              # 新注册企业 is an increment, as any 新)
              "注册企业", "登记企业", "公司登记家数", "登记家数",
              "入园工业企业", "入驻工业企业", "落户企业", "园区企业", "入园项目企业",
              "引进企业", "引进工业企业", "引进各类企业", "引入企业",  # (only counted so far: see _names_in)
              "工业企业", "企业总数"),
    "签约项目数": ("新签约项目", "签约项目",
              # (the verb and its count, the noun left out: 对接项目49项，签约10项、总投资32.3亿元 — see _names_in)
              "签约", "新签约", "新签项目", "签约企业", "招商引资签约企业", "签订项目", "签订合同项目", "签合同项目", "新引进项目", "引进项目", "新引进工业项目",
              "合同项目",  # (projects under contract, as a signing event counts them: 合同项目413个)
              # (Taiwan's zones: the investment cases approved, 核准投资案42件; see _CASES_COUNTED)
              "核准投资案", "核准投增资案",
              # (and the cases counted with no verb, the noun being the case a zone admitted: 申请进驻投资案有9件，增资案有6件;
              # 新投资、扩厂及增资案合计22家 — session 41: labelled 签约项目数 on 3 pages of 3 hosts, see _CASES_COUNTED)
              *_BARE_CASE_FORMS,
              # (projects landed: signed and settled in the park, as 落户项目 — 园区共落地项目57个; 落地开工项目 are started)
              "落地项目", "新落地项目", "落户项目", "新落户项目",
              "引进工业项目", "招商项目", "招商引资项目",
              # (firms or projects of foreign or Taiwanese capital a place approved: signed investment, as Taiwan's
              # approved cases are — 全年新批外商投资企业162个, 新批准台商投资项目36项, 累计批准台资企业达450家: the
              # labellers listed them on 3 sites of 4, session 36)
              *(f"{new}{verb}{capital}{kind}" for new in ("新", "") for verb in ("批", "批准") for kind in ("企业", "项目")
                for capital in ("外商投资", "外资", "台资", "台商投资", "港澳台资") if new or verb == "批准"),
              # (investment projects a zone or a country attracted or brought in, named by their capital: 已吸引外资项目
              # 105个，注册投资资金总额…; 累计引入投资项目745个，总投资额达…; 吸引外商投资项目170个 — the object of the verb
              # of bringing in is what was signed, as 引进项目N个 is: session 41, labelled 签约项目数 on 4 pages of 4 hosts)
              *(f"{verb}{capital}项目" for verb in ("吸引", "引进", "引入")
                for capital in ("外资", "外商投资", "外商", "投资", "台资", "台商投资")),
              # (a period's new firms of foreign capital set up, as the statistics of foreign investment count the
              # approvals: 新设外商投资企业7家, 新建外商投资公司2982家 — signed as 新批外商投资企业 is; session 41: labelled
              # 签约项目数 on 3 pages of 3 hosts, the count before the noun too, 新批6家外资企业: _FIRMS_OF_CAPITAL_SET_UP)
              *(f"{verb}{capital}{kind}" for verb in ("新设", "新设立", "新建", "新成立")
                for capital in _FOREIGN_CAPITAL for kind in ("企业", "公司"))),
    "新开工项目数": ("新开工项目", "新开工建设项目", "开工项目", "开工建设项目", "新开工产业项目",
               # (动工, 启动建设: the start of building said in other verbs — 动工项目29个, 启动建设项目37个)
               "动工项目", "新动工项目", "动工建设项目", "启动建设项目", "新启动建设项目"),
    "竣工投产项目数": ("竣工投产项目", "建成投产项目", "新竣工项目", "竣工项目", "投产项目"),
}
# firms counted as what started or came into production in the period (新增开工企业7家, 新增投产企业8家): the verb's count,
# as projects counted so are (docs/labelling.md; session 46: 3 such counts labelled on 3 pages of 3 hosts, all so)
_NAME_FORMS["新开工项目数"] += ("新增开工企业", "新开工企业", "新增开工工业企业", "新开工工业企业")
_NAME_FORMS["竣工投产项目数"] += ("新增投产企业", "新投产企业", "新增投产工业企业", "新投产工业企业", "新增竣工投产企业", "新增建成投产企业")
# forms read so that their value goes to no other name, but never a figure: how much of the park is
# built (建成区面积, 已开发面积: progress, not its area); foreign capital under contract (合同外资: signed,
# not 实际利用外资, and not the 签约资金 of projects either); industrial statistics' 出口交货值 (what industrial firms
# delivered for export, at factory prices in 元, to foreign-trade firms too) is not customs' 出口额 (goods leaving the
# customs territory, by the exporting unit, mostly in 美元): a bureau comparing 出口额 must not be given the one for the other
_NEVER_A_FIGURE = frozenset(("出口交货值", "外贸出口交货值", "工业出口交货值", "合同外资", "合同利用外资", "合同利用台资", "合同台资"))
# how much of the park is built or developed (建成区面积, 已开发面积, 已开发利用…): its 面积 with the measure 建成, beside
# the area it was planned for (a bureau compares how far each park has come; the park page ranks the planned area first)
# an area's own clause telling it is to come: to be extended, planned anew or proposed (将, 拟, 扩大至, 新增, 调整为)
_AREA_TO_COME = re.compile(r"将|拟|扩|拓|新增|调整|计划|规划建设|达到")  # (the sentence is folded: Simplified only)
# the count right after a bare verb of signing, nothing after its classifier but the clause's end or the sum's noun
_BARE_SIGNED_COUNT = re.compile(rf"(?:了)?(?:约|近|超过?|逾|达到?|共)?[\d{CN_DIGITS}两]+(?:多|余)?(?:项|个)(?=[,;、。]|总投资|$)")
# what is done with projects offered to investors before any signs (现有…招商项目, 推出, 发布, 包装, 储备, 评估)
_OFFERED = re.compile(r"现有|推出|发布|储备|包装|策划|梳理|筛选|评估|推介|谋划|编制|对外|生成")
# the verbs of widening to an area, and what they are said of: the park, its land, its room to grow, its plan
_WIDENED_TO = frozenset(("拓展到", "拓展至", "扩大到", "扩大至", "扩展到", "扩展至"))
_ZONE_WIDENED = re.compile(r"(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|集聚区|工业区|科技园|物流园|试验区|示范区|合作区|"
                           r"发展空间|园区面积|规划面积|总面积|规划范围)(?:力争|将|已经?|逐步|进一步|再|也)?"
                           # (…from the area it has: 某工业园区将由6平方公里扩大到10平方公里)
                           r"(?:由|从)?(?:[\d.]+(?:平方公里|平方千米|公顷|万亩|亩))?$")
# the area alone right after a bare verb of building or widening (已建成2.5平方公里，, 拓展到165.32平方公里): the clause ends
# on the area itself
_AREA_ALONE_AFTER = re.compile(r"(?:约|近|超过?|逾|达到?)?\d+(?:\.\d+)?(?:万)?(?:平方公里|平方千米|公顷|亩)(?:左右|多|余)?"
                              # (…or the zone's own core or built area named right after it: 已建成4.5平方公里核心区)
                              r"(?:的?(?:核心区|建成区|起步区|启动区))?(?=[,;。:]|$)")
_BUILT_AREA = re.compile(r"建成|已开发|已建|开发利用")  # (开发面积 alone is the area to develop: 总开发面积, 首期开发面积)
# the months so far counted from the year's start, as news and bulletins write them: 前10月, 前十个月, 前4个月份 (1-10月,
# 1-4月: the first N months; never 前一个月, the month before)
_FIRST_MONTHS = r"前(?:[2-9]|1[01]|[二三四五六七八九]|十一?)个?月份?"
# turnover and income said plainly are 营业收入 only when the park or its firms earned them ("园区企业实现营业额")
# sales as invoiced (开票销售, 国税开票销售收入) and a turnover stated in the same sentence besides (营业收入, 销售收入…)
_INVOICED_SALES = re.compile(r"(?:国税)?开票销售(?:收入|额)?|应税销售(?:收入|额)?")
_TURNOVER_STATED = re.compile(r"主营业务收入|营业总?收入|销售收入|经营总?收入|营收|营业额")
# the state's enterprises as a sector of the budget (国营工业企业收入为…元，占本年预算收入的…: what they remit to the
# state), never a park's firms' turnover said with 收入 bare
_STATE_SECTOR = re.compile(r"国营|国有|全民所有制")
_TURNOVER = frozenset(("营业额", "营业总额", "销售额", "总收入", "总营业额"))
# income said by 收入 alone or with only words of the whole or of the economy before it: the park's or its firms' turnover
# only with them right before it as its owner (园区收入…, 企业实现经济总收入…; 村集体经济收入, 管理收入 are none)
_OWNED_INCOME = frozenset(("收入", "经济收入", "经济总收入", "总经济收入", "总体经济收入"))
# (Taiwan's science parks count their firms' 营业额 as their first figure, and are called by their short names:
# 竹科, 中科, 南科 — "中科营业额为3233亿元", "三个科学园区的总营业额", "园区97年1-4月累计营业额")
# (the time may be marked by 于 or 在: "3大园区于2022年的营业额加总为…")
# (its short name given in brackets after its name, "南部科学园区(以下简称南科)营业额…", is still the park's; 整体, the
# whole, is a bulletin's park's all firms: "2022年1-8月整体营业额达7,706.03亿元"; 总体 says the same: "三个科学园区
# 总体的营业额达1兆9664亿元")
# (a named trade's turnover, 光电产业营业额, is a part of the park's: its own figure, scope 其他 — see _names_in)
_TURNOVER_OWNER = re.compile(r"(?:(?:企业|园区|区内|园内|全区|高新区|开发区|经开区|加工区|厂商|竹科|中科|南科|(?<=[^\W\d]{2})产业)(?:\([^()]{1,12}\))?|整体|总体)"
                             r"(?:(?:于|在)?[\d〇零一二三四五六七八九]{2,4}年度?|今年|去年|上年|当年|本年)?(?:全年|上半年|下半年|前三季度?|第?[一二三四]季度?|\d+-\d+月份?|\d+至\d+月份?|"
                             rf"{_FIRST_MONTHS}|"
                             r"[一二三四五六七八九十]+至[一二三四五六七八九十]+月份?|年)?"
                             r"(?:累计|共)?(?:实现|完成)?(?:的总|的|总)?$")
# a clause that is only a time ("…加工区去年榮登…，今年一至九月营业额累计达…") has the sentence's subject: the park
# that opened the sentence owns the turnover of its clause
# (a word of status or of a running total may stand with the time: "…累计1至8月营业额约达…", "预估今年营业额可望…")
_TIME_ONLY = re.compile(r"(?:累计|合计|共计|预估|预计|估计|预期|\d{2,4}年|今年|去年|上年|当年|本年|全年|上半年|下半年|前三季度?|[一二三四]季度|\d+(?:-|至)\d+月份?|"
                        rf"{_FIRST_MONTHS}|"
                        r"[一二三四五六七八九十]+至[一二三四五六七八九十]+月份?|截至\d+月底?|[,;:]|\s)*")
_PARK_OWNER = re.compile(r"^(?:截至|截止|到)?[^,;:。]{0,8}?(?:月底?|年底|年末)?[,;:]?[^,;:。]{0,12}?"
                         r"(?:园区|高新区|开发区|经开区|加工区|工业区|科学园区|竹科|中科|南科)")


def _OWNER_OF_THE_SENTENCE(sentence: str, at: int) -> bool:
    clause_from = _clause_start(sentence, at)
    return clause_from > 0 and bool(_TIME_ONLY.fullmatch(sentence, clause_from, at)) \
        and bool(_PARK_OWNER.match(sentence.lstrip()))


_FIRM_COUNTS = frozenset(("公司家数", "公司数", "公司总数", "企业家数"))
_SIZE_CLASS_SHORT = frozenset(("规模以上工业", "规模工业", "规上工业"))
_FIRMS_COUNT_RIGHT_AFTER = re.compile(r"(?:共|达到?|有|为|总数达到?)?\d+(?:家|户)")
_FIRM_COUNT_WORD = re.compile(r"公司(?=家数|数|总数)"  # (the count of a park's companies is no company speaking)
                              # (nor companies named by their capital, counted: 新建外商投资公司29家, 共有外资公司220家)
                              r"|(?<=投资|外资|台资|独资|合资)公司(?=\d|约|近|共|达|超过|逾|$)")
_PAID_IN_BARE = re.compile(r"(?:(?:共|累计|全年)?(?:完成|实现|到位)(?:资金)?(?:达到?|为)?(?:约|近|超过?)?\d"
                           # (…or its sum right after it, the name bare: an item of a list of a year's figures, 招商引资
                           # 15.6亿元, or the object of the verb before it, 力争完成招商引资431亿元 — the money brought in, as
                           # the labellers read it on 4 pages of 4 hosts, eval49 x2, eval57, eval64, left out on none; its
                           # 总额, 总计, 总投资 are read both ways (签约资金 twice, 到位 once, none once): left out)
                           r"|\s*(?:约|近|超过?|逾)?\d[\d.,]*\s*(?:亿|万|千万|百万)?(?:元|美元))")
# (a forecast's 可/将 before the sum: 年纳税可达1500万元, 可创税1500万元以上 — a floor; a class is 以上 + 企业: 纳税300万元以上企业)
# industry's firms or trades before a bare 增加值 in its sentence (规模以上工业企业50家，实现增加值…; 制造业、…三大行业共实现
# 增加值…): industry's value added; an industrial park's name is no such subject (工业园区完成增加值), nor services
_INDUSTRY_NAMED = re.compile(r"工业园|工业区|工业集中区|工业企业|规模工业|规上工业|规模以上工业")  # (folded: Simplified only)
_INDUSTRY_BEFORE_VALUE_ADDED = re.compile(r"(?:工业企业|规模以上工业|规上工业|制造业|工业(?![园区集]))(?![^。]*?(?:服务业|商业|第三产业|农业))"
                                          r"[^。]*?(?:实现|完成|共实现|共完成)$")
_TAX_PAID_SUM = re.compile(r"(?:可|将)?(?:约|近|超过?|逾|达到?|为)?\d[\d.,]*(?:亿|万)(?:元|余元|多元)?"
                           rf"(?![\d.])(?!(?:及|或)?以上(?:的)?(?:企业|纳税|户|工业|规模|[{CJK}]{{0,4}}企业))")
_SECOND_OBJECT = re.compile(r"(?:利用|使用|引进|引入|到位)[^,;:]*、$")
# a sentence that opens by describing a park (某某产业园位于…，占地约500亩): the park is the subject of its clauses,
# so the land it takes is its area — unless a project, a company or a building is named between
# (or opening the sentence as its subject, its predicates following in turn: "张江萧县高科技园区，占地面积约202.3亩，…",
# "西部塑料科技产业园总投资20亿元，占地500亩，分三期建设" — the park's own land, as a profile gives it)
_PARK_DESCRIBED = re.compile(r"(?:[^,;:。]{2,60}?(?:简介|概况|介绍)\s*:\s*)?"  # (a profile's label glued before it: 某园区简介 : …)
                             # (the zone taken up again by 该 after a clause that brought it in: 记者来到某产业园，该园区…)
                             r"(?:[^;:。]*?(?:园区|产业园|工业园|开发区|特区|合作区)[^,;:。]{0,4},\s*(?=[该該]))?"
                             r"(?:(?:据了解|据悉|据介绍|目前|如今|现在|截至目前|截止目前)[,:]?)?"
                             r"[^,;:。]{0,24}?(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|集聚区|物流园|科技园|创业园|软件园|"
                             r"经济园|生态园|工业区|工业邨|经济特区|(?<=该)特区|合作区)"
                             r"(?:位于|地处|坐落于|坐落在|地跨|(?:主要|也|现|已经?|就)?是|(?:成立|设立|始建|创建|组建)?于(?=\s*\d{4}\s*年)|(?=[,;]|总投资|计划总投资)|"
                             # (its predicates opening with how it came to be or when: 该经济特区由原某工业园升级而来，占地…;
                             # 该园区2019年正式开园运行，占地面积… — the topic carried over the clauses, as a news item
                             # introduces a zone: session 39, 2 labelled areas on 2 hosts the reader left out)
                             r"(?=由[^,;:。]{1,20}?(?:升级|发展|扩建|整合|合并|改建|组建)|\s*\d{4}\s*年(?:\d{1,2}月)?(?:正式|开始|建成|获批|批准|设立|成立|开园|启动)))"
                             r"(?:(?!项目|公司|企业|厂房|大楼|基地(?!的)|中心(?!的)|[,;:][^,;:]*(?:园区|产业园|工业园))[^。])*?[,;:]\s*$")
# a zone named as the topic of its item and placed first (某园位于…，面积…): the clauses after are its predicates, so the
# land said bare in them is its own — the item may open a sentence or follow a ; in a list of zones each placed and
# measured in turn (甲科技园位于…，面积7平方公里；乙园坐落在…，面积约4平方公里), and may be introduced by 其中 or by who told
# it (某官员告诉记者，某边境贸易区位于…，面积…). Counted over every spent set before coding: the labellers listed the area
# on 6 such items of 3 hosts that the reader left out (eval51 x4, eval53, eval57), none such unlisted. The location verb
# makes the name before it a place, so a bare 园 (海淀园) is a zone's head here — not a garden's (公园, 花园, 校园…)
_ZONE_PLACED = re.compile(r"\s*(?:(?:其中|据[^,;:。]{0,20}?|[^,;:。]{0,30}?记者[^,;:。]{0,6}?)[,:])?\s*"
                          r"[^,;:。、\s]{1,16}?(?:(?<![公校家花庄陵乐物游])园|园区|开发区|高新区|经开区|工业区|贸易区|合作区|保税区|加工区|"
                          r"试验区|示范区|产业区|集聚区|集中区|科学城|科技城|工业邨)"
                          r"(?:位于|地处|坐落在|坐落于)"
                          r"(?:(?!项目|公司|企业|厂房|大楼|基地|中心)[^;。])*?,\s*$")
# a zone's parts listed with their areas, each named then 面积 ("包含2个片区，即甲片区，面积7.29平方公里；乙片区，面积…")
_PART_NAMED_BEFORE_AREA = re.compile(r"(?:即|包括|包含|分为)?(?:(?:区块|片区)[一二三四五六七八九十\d]{1,2}[:：])?"
                                     r"[^,;:。、]{1,16}?(?:片区|主片|区块|组团|分园|园区|产业园|工业园|集聚区|功能区)[,]\s*"
                                     # (the block's number alone as the entry's label: 区块一：面积401公顷，四至范围为…)
                                     r"|(?:区块|片区|地块)[一二三四五六七八九十\d]{1,2}\s*[:：]\s*")
# (区块1:主体功能区，面积716.46公顷: a block's number and name as an adjustment of a zone's extent lists them)
# the area told right after the bounds on four sides (…南至城武路，北至某河，面积18.07平方公里): the area bounded, as plans and
# public notices of a zone's extent write it
# a plan's range labelled before its bounds (规划范围：东至…，北至…，总用地面积6.83平方公里): the land the bounds close is the
# plan's, the zone's area (as a public notice of a zone's extent writes it)
_RANGE_LABELLED = re.compile(r"(?:规划|四至|建设|用地)?范围\s*[:：为]")
_BOUNDS_BEFORE_AREA = re.compile(r"[东南西北](?:至|到|临|靠|接|邻)[^,;:。]{1,30},\s*$")
# a phase or a part of a zone right before its land's name, within the clause (首期规划占地, 一期用地面积, 首开区占地,
# 核心区占地面积, 西片区, 主片区…面积): a part's land. Not a project's (项目一期占地: a project is no part of the zone), not a
# building's, and not the zone's own extension said as a change (扩区面积 is read where the zone is)
_ZONE_PART = (r"首期|第?[一二三四五\d]期(?:工程)?|首开区|起步区域|起步区|启动区域|启动区|核心区|先行区|拓展区|"
              rf"(?:[东南西北中]|主|[{CJK}]{{2,6}}?)片区|[东南西北]区|分园")
_PART_BEFORE_LAND = re.compile(rf"(?<!项目)(?<!工程)(?P<part>{_ZONE_PART})"
                               r"(?:约?[\d.]+(?:亩|公顷|平方公里)的)?(?:[^,;:。\d]{0,6}?)$")
# …or opening the sentence as its subject, what it is or where it lies said first ("核心区设在某农场，占地面积6.55万亩",
# "西片区为新型建材工业园，位于…，用地面积165.64公顷")
_PART_OPENS = re.compile(rf"\s*(?:其中[,:]?)?(?:[^,;:。\d]{{0,10}}?(?:区|园))?(?P<part>{_ZONE_PART})"
                         r"(?:设在|设于|位于|为|是|地处|坐落|选址)")
# the area of a place that is not a park, named right before the area's name (卫星城总体规划面积, 新城规划面积)
# (acres too, as Malaysia's and Singapore's parks are measured: 占地880英亩的某科技园)
# (a round figure's 余/多 between the number and its unit, 占地2600余公顷的某工业区; and the heads of a joint or a pilot zone
# and of a science-and-innovation park, 占地约540公顷的某科创合作区, 面积超过300公顷的某科创园: session 38, 3 labelled
# areas of 3 hosts the reader left out, none of the shape left unlisted)
_AREA_DESCRIBES_PARK = re.compile(r"(?:达到?|为|约|近|超过?)?\s*[\d.,]+(?:余|多)?\s*(?:平方公里|平方千米|公顷|万英亩|英亩|万亩|亩)的[^,;:。]{0,16}?"
                                  r"(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|集聚区|工业区|科技园|科学园|物流园|软件园|工业城|"
                                  r"科创园|创科园|合作区|示范区|试验区|科学城|科技城)")
# the area a work covers, its verb right before the area's name (改造总面积, 绿化面积, 征收土地面积, 厂房建筑面积)
_AREA_OF_WORKS = re.compile(r"(?:改造|改建|扩建|新建|续建|建设|绿化|硬化|亮化|拆迁|征收|征迁|征用|流转|整治|修复|复垦|装修|建筑|厂房)(?:土地)?(?:总)?$")
_AREA_OF_OTHER = re.compile(r"(?:城|镇|乡|村|市|县|城区|社区|小区|(?<!贸易)港区|景区)(?:总体|总)?$")  # (not a free-trade port zone, 自由贸易港区: a zone)
# the land a park takes (占地, 规划用地) is its area only when the park is the subject right before it: 占地 is
# said of every project and building ("项目占地120亩")
_LAND_FORMS = frozenset(("规划用地面积", "规划用地总面积", "规划用地", "占地总面积", "总占地面积", "占地面积", "占地", "总规划占地", "规划占地",
                         "总用地面积", "用地总面积", "用地面积", "净用地面积", "行政区划面积", "行政区域面积", "区域面积", "辖区面积",
                         "土地面积", "土地总面积", "总土地面积", "实施范围", "总实施范围", "建设用地面积", "建设用地", "规划建设用地"))
_PARK_BEFORE_LAND = re.compile(r"(?:园区|开发区|高新区|(?<=[经农])开区|工业园|产业园|集中区|集聚区|物流园|科技园|创业园|软件园|经济园|生态园|工业区|"
                               # (the heads of Hong Kong's, Taiwan's and the free zones' names: 工业邨, 创科园, 科学园,
                               # 加工区, 保税区, 科学城; 某工业邨佔地67公顷 is the estate's land as 园区占地 is the park's)
                               r"工业邨|创科园|科学园|科学城|科技城|加工区|保税区|综保区|"
                               r"我园|本园|全园)"
                               # (the estates or zones counted before their land: 3个工业邨共占地217公顷)
                               # (the town a zone is one with, in brackets: 某农开区(某镇)区域面积…)
                               r"(?:[(（][^()（）,;:。]{1,10}[)）])?"
                               # (its bounds changed, the area after it: 某化工产业园扩区后面积为13.1平方公里, 调整后 — the
                               # zone's land as approved anew, as 扩区后总面积 already was)
                               r"(?:(?:扩区|调区|扩容|调整|扩区调整)后)?"
                               r"(?:总|规划|共|约|现|目前|现已)?$")
# 出口 alone names the export figure only with its value right after it ("实现出口3.5亿美元", "其中出口达…")
# (a time may stand between the park and 出口: "园区7月出口续创新高，达17.88亿美元", "园区上半年出口…")
_EXPORT_BEFORE = re.compile(r"(?:^|[,;:、]|实现|完成|其中|园区|全区|区内|开发区|高新区|经开区|企业)"
                            r"(?:全年|共|累计|外贸|今年|当年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}月份?|\d{1,2}-\d{1,2}月份?)*$")
# (news may say the record first: "园区7月出口续创新高，达17.88亿美元")
_EXPORT_VALUE = re.compile(r"(?:总额|额)?(?:(?:也|亦|均|再|又|续|更)?(?:同步|首度|首次)?(?:创下?|刷新)(?:了)?(?:历史|历年)?(?:同期)?(?:新高|纪录),)?"
                           r"(?:达到?|为|完成|实现|约|近|超过?|逾|来到)?[\d零〇一二两三四五六七八九十]")
# (news writes the sum reached with 来到 and Taiwan in numerals: 出口额来到二兆一千亿元)
_STOCK_NAMES = {"规上企业数", "入园企业数", "从业人员", "面积"}  # how many there are, not how many came
# names for which "新增…" is a change, not the figure (新增规上企业5家, 新增产值10亿元)
_NO_INCREMENT = _STOCK_NAMES | {"工业总产值", "工业增加值", "营业收入", "税收", "财政收入", "出口额"}
_INCREMENT = re.compile(r"新增|现增|增加|培育|升规|新入|新进|新落户|净增|新招|新注册|新升")
_COUNT_NAMES = {"签约项目数", "新开工项目数", "竣工投产项目数", "规上企业数", "入园企业数"}
# money paid in that is no investor's: the state's (预算内, 上级, 中央, 专项债, 国债, 财政, 补助) or borrowed (融资, 贷款,
# 债券) — the bare 到位资金 after it is that money's, not 招商引资到位资金
_NOT_INVESTED = re.compile(r"预算内|上级|中央|省级资金|专项债|国债|债券|财政|补助|奖补|政策性|融资|贷款|基金")
# 待/未 right before a project's verb says the verb has not happened (待开工项目, 未竣工项目, 待签约项目): those
# projects are a pool waiting, not a count of the verb's; 拟/计划 (to be done) are targets, read by the status words
_PENDING = re.compile(r"(?:待|未|尚未|暂未|仍未|还未|停|停止|暂缓|缓)$")
# a generic 项目 takes its kind from the verb of its clause
# a state short of the name's verb, said right before it: arranged, booked, sought, in talks, applied for
_UNDER_WAY = re.compile(r"实施|在建|续建|推进|建设|储备|在谈|洽谈|谋划|包装|跟踪|对接")
_STARTED_OR_DONE = re.compile(r"开工|动工|竣工|投产|建成")
_ARRANGED = re.compile(r"(?:安排|预约|意向|意向性|拟|洽谈|在谈|储备|申请|申报)(?:的)?$")
_PROJECT_VERBS = (("签约项目数", re.compile(r"(?<![待未])(?:签约|签订|签下|新签|引进|落户|入驻|招引|入园|进园|进驻|(?<!拟)吸引(?:了)?(?=\||$))")),  # (10个项目入驻园区,
                  # 新入园项目11个: projects that enter the park are the ones it signed)
                  ("新开工项目数", re.compile(r"(?<!在建)(?<![待未])(?<!复工)(?<!复工、)(?<!复工和)(?:开工|动工|启动建设)(?!在建)(?![、和及]?复工)")),
                  # (复工开工, 开工复工: projects resumed and started counted together, neither started alone)
                  # (试生产 is not yet 投产; 待开工, 尚未竣工: not yet, see _PENDING; 竣工决算: a completed project's accounts)
                  # (建成区, the built-up area, is a noun: 建成区已承接…项目265个 built none of them)
                  ("竣工投产项目数", re.compile(r"(?<![待未开])(?:竣工(?!决算|结算|审计|资料|备案|图)|建成(?!区)|投产)")))
# "招引项目18个、总投资66亿元": items of a list after a count, each with its own words
_PROJECT_VERBS_BY_NAME = dict(_PROJECT_VERBS)
_ITEM_AFTER_COUNT = re.compile(r"(?<=[个项家户元%])、")
# a word just before a name that makes it another quantity (利税 ≠ 税收, 非税收入,
# 高新技术产业总产值, 新增规上企业: an increment, not how many there are). An industry of the national
# classification (…业: 农林牧渔业总产值, 建筑业总产值, 制造业增加值, 批发零售业营业额) names that industry's
# figure, never the park's (企业 and 工业 are not industries of it); 开票销售收入 beside a turnover of its sentence is the
# tax office's base of invoiced sales, not turnover (alone it stands for it: see _INVOICED_SALES); an industry chain's 总产值 (贡柑全产业链总产值) spans farming, processing and trade; so does what 涉 makes related to a product or a
# trade (涉茶总产值, 涉农收入): that trade's whole, never the park's industry.
_NOT_BEFORE = re.compile(r"(?:(?<![企工])业|(?:减免|减征|退还|返还|奖补|缓缴|退|免)(?:园区)?(?:企业|纳税人)|涉(?!及)[^\W\d]{1,2}|开票|清查|清缴|追缴|追回|欠缴|减免|退还|返还|奖补|利|非|社会|居民|农民|农村|城镇|家庭|高新技术|高新|主导产业|产业|行业|服务业|建筑业|农业|轻工业|重工业|技改|基础设施|(?<!规模|限额)以上|重点|重大|产业链|"
                         r"\d(?:万|亿)元?(?:以上)?|合同|协议|注册|(?<![引促推])进|领域|户均|人均|亩均|单位|产品|(?<![国落])地|国(?!地)|意向)$")
_NOT_AFTER = re.compile(r"^(?:增长率|增速|占比|比重|的比重|率|强度|困难|见习|(?:协议|合同)(?:金额|额|资金)|"  # (外商直接投资协议金额: signed)
                        r"\d+(?:\.\d+)?\s*(?:万元|亿元|万)(?:及|或)?以上(?:的)?(?:工业|规模)*(?:企业|项目|户|家))")
# ("营业收入2000万元以上企业": a size class; "一般预算收入11000万元以上": a figure)
# "园区现有工业企业86家", "区内共有企业120家": how many firms the park holds
_NAME_FORMS["入园企业数"] += tuple(a + b + c for a in ("园区", "区内", "园内") for b in ("现有", "共有", "已有", "拥有", "入驻", "落户", "")
                              for c in ("工业企业", "企业", "各类企业", "厂商", "厂家", "厂家数", "厂商数", "企业数") if b or c != "企业")
# (厂商 for 企业 as Taiwan's zones count their firms: 區內廠商共計412家; 园区厂商 is listed above)
_NAME_FORMS["入园企业数"] += ("园区内企业", "园区内工业企业", "园内企业", "区内企业", "集聚企业", "聚集企业",
                         "现有企业", "现有工业企业", "现有各类企业", "现有厂家", "现有厂家数", "现有厂商数")  # (a place's 现有企业 is the
# place's: see _scope; 厂家 is a firm as 厂商 is, 现有厂家数364家)
# (…and the having told with its time apart, as 现有 says it in one word: 目前共有企业1800多家, 现共有各类企业120家)
_NAME_FORMS["入园企业数"] += tuple(now + has + kind for now in ("目前", "现", "现在", "如今") for has in ("共有", "拥有", "已有")
                              for kind in ("企业", "工业企业", "各类企业"))
# (…and told right after the park's name, which the scope reads: 某高新区共有企业106家; a place's, 全县共有企业…, is its own)
_NAME_FORMS["入园企业数"] += tuple(has + kind for has in ("共有", "拥有") for kind in ("企业", "工业企业", "各类企业"))
_FORMS = sorted(((form, name) for name, forms in _NAME_FORMS.items() for form in forms),
                key=lambda fn: -len(fn[0]))
# 规上 is defined by a sales threshold, and reports often write the definition instead of the
# word: "年主营业务收入2000万元以上企业", "500万元以上规模企业" (the threshold before 2011)
_SIZE_THRESHOLD = (r"(?:年?(?:主营业务收入|营业收入|销售收入)(?:在|达到?)?(?:2000|500)万元(?:及|或)?以上(?:的)?"
                   r"(?:规模以上|规模)?|(?:2000|500)万元(?:及|或)?以上(?:的)?规模(?:以上)?)(?:工业)?企业")
# (纳税300万元以上企业, 产值5000万元以上企业: classes by tax or output, not 规上)
# 产值 alone is 工业总产值 when the park or its firms produced it ("规上企业实现产值88亿元",
# "高新区实现产值41亿元"); alone after anything else it is some other output (a program's, a product's)
_BARE_OUTPUT = (r"(?:(?<=企业实现)|(?<=企业完成)|(?<=区实现)|(?<=区完成)|(?<=企业)|(?<=园区)"
                # (a company's own, its name or 公司 the subject: "2020年公司实现产值6000多万元" — scope 其他, the company's)
                r"|(?<=公司实现)|(?<=公司完成)|(?<=集团实现)|(?<=集团完成)"
                # (or right after the verb opening a clause whose subject is the sentence's: "园区计划引进企业50家，形成产值
                # 20亿元" — whose it is is the subject's, read as any figure's scope: a project's 建成后…, an industry's)
                r"|(?<=^实现)|(?<=[,;:]实现)|(?<=^形成)|(?<=[,;:]形成)|(?<=[,;:]可实现)|(?<=[,;:]可形成)"
                # (完成 the same: a clause opening on the verb, its subject the sentence's: "签约产业项目15个；完成产值22亿元",
                # and a forecast's verb, whoever its subject: "1-6月预计完成产值113亿元", "建成后预计实现产值5亿元" — the
                # verb right before 产值 leaves no room for a modifier that would make it another output)
                r"|(?<=^完成)|(?<=[,;:]完成)|(?<=预计完成)|(?<=预计实现)|(?<=预计可实现)"
                # (即, namely, opening a list of goals before its verb or its first name: "确定了今年的具体目标，即实现
                # 产值6亿元、销售收入5.6亿元…", "实现“五个突破”，即产值突破30个亿、投资突破10个亿…")
                r"|(?<=[,;:]即实现)|(?<=[,;:]即完成)|(?<=[,;:]即形成)|(?<=[,;:]即)"
                # (or a running total's: "园区企业第二季度累计产值2.03亿元", its owner again the subject's)
                r"|(?<=累计)|(?<=累计实现)|(?<=累计完成)"
                # (or industry's, the verb between, as statistics write it: "规模以上工业实现产值22.09亿元，增加值6.93亿元")
                r"|(?<=工业实现)|(?<=工业完成)"
                # (or the park's whole, 整体 or 总体 right after the park word, its year between or not: "科学园区全年整体产值
                # 可达2.23兆元", "园区总体产值…")
                r"|(?<=区整体)|(?<=园整体)|(?<=区总体)|(?<=园总体)|(?<=区全年整体)|(?<=园全年整体))(?:工业)?产值"
                # (or the next of a run of the sentence's subject's key figures, after the comma closing one: "园区已建成2.5
                # 平方公里，产值38.3亿元", "入驻企业30家，产值…" — only where the clause before is a key figure: _names_in)
                r"|(?<=[,;])产值"
                # (or an industry's, named right before with its verb or none, as the gold scopes an industry's output:
                # "其中电子信息产业实现产值200亿元", "光伏产业总产值达35亿元" — a part of the park's, scope 其他)
                r"|(?:(?<=产业实现)|(?<=产业完成)|(?<=产业))(?:总)?产值")
# (产值 after a period said just before it, with its verb or bare, as a park's monthly report writes it: "园区1-10月实现
# 产值56亿元", "前三季度完成产值", "1-10月产值56亿元，预计全年70亿元": 工业总产值 only when the clause's subject, as the
# scope reads it, is the park; an industry's or a project's 产值 over a period is no figure of the issue's)
# (月份 with its verb as 月 with it: "1-10月份完成产值125亿元")
_PERIOD_OUTPUT = (r"(?:(?<=月实现)|(?<=月完成)|(?<=月份实现)|(?<=月份完成)|(?<=度实现)|(?<=度完成)|(?<=年实现)|(?<=年完成)|(?<=月)|(?<=月份)|(?<=季度))"
                  r"(?:工业)?产值")
# the clause before a bare 产值 closing on a value and its unit (…已建成2.5平方公里，, …入驻企业30家，): a run of figures
_A_RUN_BEFORE = re.compile(r"\d(?:\.\d+)?(?:万亿|亿|万|千)?(?:元|美元|平方公里|平方千米|公顷|亩|家|个|户|人|项)[,;]$")
_PERIOD_OUTPUT_HOW = "（某一时段的产值：主语是园区时才算工业总产值）"
# (…区: 园区, 开发区, 高新区; 全区 is then scoped like any figure of the district)
_OUTPUT_CLASS = re.compile(r"高新技术|高技术|亿元以上|万元以上|重点|主导|龙头|骨干|新增|新上|新投产|新建|中小|小微")
# public revenue is named by composing a few words, in any of the orders budgets use: (地方|区级|本级…)
# (一般)(公共)财政(一般)(公共)(预算)(总)收入 or (一般)(公共)预算收入 — 公共财政收入, 地方一般公共预算收入,
# 财政一般预算收入, 区级财政收入 (财政 or 预算 must be said: 收入 alone is no revenue of a government)
_FISCAL = (r"(?:全口径|大口径|地方级?|区级|县级|本级|区本级)?(?:一般公共|一般|公共)?"
           r"(?:财政(?:一般公共|一般|公共)?(?:预算内?)?|预算内?)(?:总)?收入")
# foreign capital paid in is named by a verb of arriving and 外资, in either order: 到位外资, 实际到账外资,
# 到帐外资, 外资实际到位(资金) (signed capital, 合同外资, is another quantity: see _NEVER_A_FIGURE)
# (注册 inside, the registered capital paid in: 实际到账注册外资, the name Jiangsu's statistics give foreign capital used)
_FOREIGN_PAID = r"(?:实际)?(?:到位|到账|到帐|实到)(?:注册)?外资(?:资金)?|(?:注册)?外资(?:实际)?(?:到位|到账|到帐|进资)(?:资金)?"
# (进资, "capital come in", is how some provinces' opening-up statistics say paid in: 外资实际进资, 内资实际进资)
# money from outside the place, paid in: 利用市外资金, 实际到位省外资金, 市外实到资金 (招商引资到位资金)
_OUTSIDE_PAID = (r"内资实际(?:到位|进资)(?:资金)?|内资进资"
                 # (the place named before 域外, outside its bounds: 引进某某市域外资金)
                 # (…and the country said with it, before or after: 利用国内市外资金, 实际使用省外境内资金)
                 rf"|(?:实际)?(?:利用|使用|引进|到位|实到|到账)(?:[{CJK}]{{2,4}}?(?:市|县|省))?(?:国内|境内)?"
                 rf"(?:市外|省外|县外|区外|州外|域外)(?:境内|国内)?(?:资金|内资)"
                 r"|(?:市外|省外|县外|区外|州外|域外)(?:实际)?(?:到位|实到|到账)(?:资金|内资)")
# the area a park was planned or approved for: (总)规划(控制|用地|区域)面积, 规划范围, 批复面积, 辖区面积
# (how much is built or developed, 建成区面积 and 已开发面积, stays a form that is never a figure)
_PLANNED_AREA = r"(?:总)?(?:规划|批准|批复|核准|审批|辖区|管辖|托管)(?:通过的|的)?(?:开发建设|开发|建设)?(?:总|控制|用地|区域|建设用地)?(?:总)?(?:面积|范围)"
# (the plan's verb of building inside the name is still the plan: 总规划开发建设面积约27.72平方公里, 规划建设面积)
# (核准通过的面积为6平方公里, 批准的面积: an approval's words before its area)
# names composed of a few words, read by pattern rather than listed form by form: (group, indicator)
_COMPOSED = (("fiscal", "财政收入"), ("foreign", "实际利用外资"), ("outside", "招商引资到位资金"), ("area", "面积"),
             ("trade_income", "营业收入"), ("brought", "入园企业数"))
# the firms brought in with words between the verb and 企业 (截至目前，某园已引进国内外知名企业200多家): all brought in
# so far, the park's firms, as 引进企业 after a cut-off is (_so_far: without one it is no count of the park's)
_BROUGHT_FIRMS = rf"(?:引进|引入|招引)了?(?!企业|工业企业|各类企业)[{CJK}]{{2,10}}?企业(?=[\d{CN_DIGITS}两近约超逾共达])"
# a named trade's income said with its verb and 收入 alone (信息技术产业实现收入2798亿元, 软件行业完成收入…), as statistics
# write an industry's line: its 营业收入, one trade's part (scope 其他, as 光伏产业实现产值… is); 收入 alone after
# anything else is no turnover (财政, 居民, 农民 and a firm's own)
_TRADE_INCOME = r"(?:(?<=产业实现)|(?<=产业完成)|(?<=行业实现)|(?<=行业完成))收入"
# (each composed group is guarded by a lookahead on the characters it can begin with: a pattern that opens
# with optional words is otherwise tried in full at every position of every sentence)
# and the whole pattern by one on the first characters of all its forms (a cheap test at each position)
_NAME_FIRST = "".join(sorted({f[0] for f, _ in _FORMS} | set("年主营销25工产收") | set("全大地区县本一公财预实到外注利引市省州域内总规批核审辖管托")))


def _one_branch_a_character(words) -> str:
    """A pattern matching the longest of ``words`` that matches at a position — what an alternation of them sorted
    longest first matches — written as a tree that branches on one character at a time (规(?:模(?:以上…)|上…)), so
    that the engine tries the forms sharing a start once, not each of ~200 forms in turn at every position."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        nexts = [re.escape(ch) + branch(node[ch]) for ch in sorted(ch for ch in node if ch)]
        if not nexts:
            return ""
        if len(nexts) == 1 and "" not in node:
            return nexts[0]
        return "(?:" + "|".join(nexts) + ")" + ("?" if "" in node else "")  # (greedy: the longer form first)
    return branch(root)


_NAME_LISTED = "|".join(re.escape(f) for f, _ in _FORMS)  # (the listed forms as one alternation, longest first: the reference)
# the forms of the firms brought in, a count of the park's firms only so far or in a plan (see _names_in)
_BROUGHT_IN_FORMS = frozenset(("引进企业", "引进工业企业", "引进各类企业", "引入企业"))
# a period's new arrivals among the park's firms: 新/新增 right before a form of settling or of being brought in
_ARRIVAL_FORMS = _BROUGHT_IN_FORMS - {"引进各类企业"} | {"入园企业", "入区企业", "入驻企业", "进驻企业", "进园企业", "进区企业",
                                                        "落户企业", "入园工业企业", "入驻工业企业", "落户工业企业"}
_NEW_ARRIVALS_BEFORE = re.compile(r"(?:新增|新)$")
# …unless the stock it added to follows (新增入驻企业6家，总数达到58家: the increment names the total, as before)
_TOTAL_AFTER_INCREMENT = re.compile(r"[^,;:。]{0,12}[,;:](?:[^,;:。]{0,6}?)(?:总数|总量|总计|合计|累计|共计|共有|达到|增至|增加到|总共)")
_NEW_ARRIVALS_HOW = "（一段时间新入驻、新引进的企业：新签约落地的个案）"
# the firms of a class by size, said before their noun (产值过亿元的, 营收超10亿元的, 纳税千万元以上的): a class, not the park's
_SIZED_CLASS_BEFORE = re.compile(r"(?:产值|营收|营业收入|主营业务收入|销售收入|税收|纳税|年纳税|投资)(?:额)?(?:过|超过?|逾|达到?|在)?"
                                 rf"[\d.{CN_DIGITS}十百千]*(?:千万|百万|万|亿)(?:元|美元)?(?:及|或)?(?:以上)?的?$")
# 规上 with a trade between it and its firms (规模以上医药工业企业12户, 规上纺织企业): the trade's firms above the size line,
# a 规上 count as any (whose, the scope reads); a class of firms there (高新技术, 重点) is no trade: _names_in
_SIZE_TRADE = rf"(?:规模以上|规上)(?!工业|企业|入园)[{CJK}]{{2,4}}?(?:工业)?企业"
_NAME_COMPOSED = (f"(?P<size>{_SIZE_THRESHOLD}|{_SIZE_TRADE})|(?P<output>{_BARE_OUTPUT})|(?P<period_output>{_PERIOD_OUTPUT})|"
                  f"(?=[全大地区县本一公财预])(?P<fiscal>{_FISCAL})|(?=[实到外注])(?P<foreign>{_FOREIGN_PAID})|"
                  f"(?=[实利引到市省县区州域内])(?P<outside>{_OUTSIDE_PAID})|(?=[总规批核审辖管托])(?P<area>{_PLANNED_AREA})|"
                  f"(?=收)(?P<trade_income>{_TRADE_INCOME})|(?=[引招])(?P<brought>{_BROUGHT_FIRMS})")
_NAME_RE = re.compile(f"(?=[{_NAME_FIRST}])(?:{_NAME_COMPOSED}|{_one_branch_a_character(f for f, _ in _FORMS)})")


def _name_of(m: re.Match) -> str:
    """The indicator a match of _NAME_RE names."""
    if m.group("size"):
        return "规上企业数"
    if m.group("output") or m.group("period_output"):
        return "工业总产值"
    return next((name for group, name in _COMPOSED if m.group(group)), None) or _NAME_OF[m.group()]
_NAME_OF = dict(_FORMS)

# units, Simplified; money converts to 亿元 for value_yi (dollars do not)
_MONEY_YI = {"万亿元": 1e4, "亿元": 1.0, "万元": 1e-4, "千万元": 1e-3, "百万元": 1e-2, "元": 1e-8}
# other currencies written after the sum, as Hong Kong's, Macau's, Malaysia's and Singapore's papers and Taiwan's
# reposts write them (5亿港元, 167亿5000万令吉): money in its own currency, never read as 人民币 (no value_yi, as 美元)
# (Malaysia's ringgit by each name the Chinese press gives it: 令吉 and 马币 in Malaysia's own papers, 林吉特 in the
# mainland's — 新华社, 中新网 and the sites reposting them: 获得648亿林吉特投资额)
RINGGIT_NAMES = ("令吉", "马币", "林吉特")
_RINGGIT = "(?:" + "|".join(RINGGIT_NAMES) + ")"
FOREIGN_CURRENCIES = ("港元", "港币", "澳门元", "澳门币", "新台币", "台币", *RINGGIT_NAMES, "新加坡元", "新元", "欧元", "日元",
                      "英镑", "韩元", "泰铢", "澳元", "加元")
_FOREIGN_MONEY_UNITS = tuple(scale + c for c in FOREIGN_CURRENCIES for scale in ("亿", "千万", "百万", "万", ""))
_UNITS = _FOREIGN_MONEY_UNITS + ("万亿元", "亿美元", "万美元", "美元", "亿美金", "万美金", "美金", "千万元", "百万元", "亿余元", "万余元", "亿多元", "万多元", "万余家", "万多家", "万余个", "万多个", "万余人", "万多人", "万余名", "万多名", "万名", "亿元", "万元", "元",
          "平方公里", "平方千米", "k㎡", "km²", "㎢", "万平方米", "平方米", "公顷", "万英亩", "英亩", "万亩", "亩", "万人", "千人", "人", "名", "万家", "万户", "万个", "万项",
          "个多亿元", "个亿元", "个多亿", "个亿", "兆元", "万万元", "万万美元", "个", "家", "户", "项", "宗", "件")
# as speech and some summaries write money and people: 5个亿, 两个多亿 (亿元), 120亿余元, 约8千人 (8000人)
_SPOKEN_UNIT = {"个多亿元": "亿元", "个亿元": "亿元", "个多亿": "亿元", "个亿": "亿元", "亿余元": "亿元", "万余元": "万元",
                "亿多元": "亿元", "万多元": "万元",
                "万余家": "万家", "万多家": "万家", "万余个": "万个", "万多个": "万个",  # (3亿多元: more than 3亿元, as 3亿余元)
                # (people the same way: 从业人员1.8万余人, 吸纳就业1.2万多名 — 万人, as 3000余人 is 3000人)
                "万余人": "万人", "万多人": "万人", "万余名": "万人", "万多名": "万人", "万名": "万人",
                "兆元": "万亿元",  # (Taiwan writes 万亿 as 兆: 营业额可达1.1兆元)
                "万万元": "亿元", "万万美元": "亿美元",
                "k㎡": "平方公里", "km²": "平方公里", "㎢": "平方公里"}  # (the square kilometre as symbols: 总面积约18.9k㎡)  # (an older way of writing 亿: 总投资近一万万美元, 三万万元)
_UNIT_KIND = {**{u: "money" for u in _FOREIGN_MONEY_UNITS},
              **{u: "money" for u in ("万亿元", "亿美元", "万美元", "美元", "亿美金", "万美金", "美金", "千万元", "百万元", "亿元", "万元", "元",
                                      *(u for u, to in _SPOKEN_UNIT.items() if to.endswith("元")))},
              **{u: "area" for u in ("平方公里", "平方千米", "万平方米", "平方米", "公顷", "万英亩", "英亩", "万亩", "亩")},
              **{u: "people" for u in ("万人", "千人", "人", "名")},
              **{u: "count" for u in ("个", "家", "户", "项", "宗", "件", "万家", "万户", "万个", "万项", "万余家", "万多家", "万余个", "万多个")}}
_NAME_KIND = {name: "count" for name in _COUNT_NAMES}
_NAME_KIND.update({"从业人员": "people", "面积": "area"})
_PARK_AREA_UNITS = ("平方公里", "平方千米", "公顷", "万英亩", "英亩", "万亩", "亩", "万平方米")  # (英亩: Malaysia's parks)  # 平方米 measure buildings, not a park
# (万平方米 measure both; with a park's area name, 规划面积300万平方米, it is the park's)
# the square metre measures floor space: an area in (万)平方米 is a zone's land only where its name says land (占地面积50万
# 平方米, 规划用地); said of what is built or planned to be built (规划建设面积约16万平方米, 建成面积2.7万平方米的花苑,
# 安置房…总面积约12万平方米) it is the buildings' (session 38: 4 such areas read on 3 hosts, none listed by the labellers;
# the one listed, 占地面积50万平方米, names the land; a plan's area or the park's, 园区规划面积260万平方米, stays the zone's)
_FLOOR_UNITS = ("万平方米", "平方米")
_LAND_WORD = re.compile(r"占地|佔地|用地|土地|(?<!建成)(?<!开发)(?<!已建)(?:园区|规划|控制|批准|核准)(?:总)?面积|总规划面积")  # (规划面积300万平方米: the zone's plan)

_CN_NUM = "零〇一二两三四五六七八九十百千"
# a numeral's decimals, written digit by digit after 点 or a point (五十四点八万人, 二．二六兆元 — how Taiwan's papers
# that print every number in characters write them, the Liberty Times' paper edition and its reposts: 54.8万人, 2.26兆元)
_CN_PLACE_DIGITS = "〇零一二三四五六七八九"
_PLACE_DIGIT = {"〇": 0, "零": 0, **{ch: n for n, ch in enumerate("一二三四五六七八九", 1)}}
# characters a site or a template writes in place of a figure: X亿元, **万元, ○○个, □□家, ■■, ▲▲ (and a run of
# blanks where the number goes, "完成工业总产值    亿元", read as _: see _BLANK_FIGURE)
_MASK = "xX×*_—○□△■▲●◆◇★☆"
# a figure left out on purpose: 〔...〕, […], (……) — an ellipsis in brackets, or one on its own
_ELIDED = r"[〔\[【（(]\s*(?:\.{2,}|…+)?\s*[〕\]】）)]|…{1,2}"
_NUMBER = (rf"(?P<num>(?:\d+(?:\.\d+)?[千百](?=(?:余|多)?(?:亿|万))|\d*[xX]+[\dxX]*|\d[\d,]*(?:[兆亿万]\d[\d,]*(?:万\d[\d,]*)?千?(?=[\d.]*(?:余|多)?(?:亿|万|人|元|名|家|个|亩|英亩|公顷|{_RINGGIT})))?|[xX×*_○□△■▲●◆◇★☆]+)(?:\.[\dxX×*_○□△■▲●◆◇★☆]+)?|—{{1,2}}|{_ELIDED}|(?!零件)[{_CN_NUM}]+(?:[兆亿万][{_CN_NUM}]+)*(?:[点.][{_CN_PLACE_DIGITS}]+)?)")
# (零件, a part of a machine, is no number of 件: 签约项目4个，包括汽配零件…等，总投资… — read as 0 件 it stood between the
# count and its money)
# "税收3600万", "产值突破10亿": money written without 元, unless a measure word follows (万吨, 亿度)
# (Taiwan writes 万亿 as 兆 and leaves out 元 as it does after 亿: 出口额约1.3兆 — never 兆瓦, 兆帕, 兆赫, 兆字节, 兆位)
_BARE_MONEY = (r"(?:万亿|兆|亿|万)(?![级吨件辆套台千瓦度平方立方米户人元美亩个家头只条株棵次册斤平公余多"
               r"帕赫字位比欧焦伏])")
_BARE_UNIT = {"万亿": "万亿元", "兆": "万亿元", "亿": "亿元", "万": "万元", "亿美金": "亿美元", "万美金": "万美元", "美金": "美元"}  # (and 美金 is 美元)
_VALUE_FORMS = _NUMBER + r"\s*(?P<more>余|多|以上|左右)?\s*(?P<unit>" + "|".join(_UNITS) + "|" + _BARE_MONEY + ")"
# (searched in every sentence, some of it many times: a value opens with a digit, a mask, an elision or a numeral, and a
# lookahead on those first characters lets the engine pass every other position at once instead of trying each branch
# there — tests/test_reading_cpu.py holds the class to the forms' first characters)
_VALUE_FIRST = r"\dxX×*_○□△■▲●◆◇★☆—〔\[【（(…" + _CN_NUM
_VALUE_RE = re.compile(f"(?=[{_VALUE_FIRST}])(?:{_VALUE_FORMS})")
_PCT = r"(?P<pct>-?\d*[xX]+[\dxX]*(?:\.[\dxX]+)?|-?\d+(?:\.\d+)?|[xX×*_○□△■▲●◆◇★☆]+(?:\.[xX×*_○□△■▲●◆◇★☆]+)?|" + _ELIDED + ")"
_GROWTH_RE = re.compile(
    r"(?P<how>同比|比上年|较上年|比去年同期|与去年同期相比|较去年同期|比去年|较去年|比上年同期|较上年同期)?\s*"
    r"(?P<dir>增长|成长|增幅|增加|提高|上升|增速|下降|减少|负增长|回落|下滑|降低|比增|增(?=-?\d))(?:了|为|达)?\s*" + _PCT +
    r"\s*(?P<sign>%|个百分点|倍)?")
_GROWTH_END = re.compile(r"的?[\dxX.]*%?")
_RESPECTIVE_RE = re.compile(r"分别(?:增长|成长|增加|提高|下降)(?P<list>[\d.xX%、和及与,，\s]+%?)")

_PAST = re.compile(r"去年|上年|上一年|已经|已|累计|截至|截止|今年以来|回顾|过去")
_NOW = re.compile(r"现有|目前|现已")  # (in the figure's own clause: what is, not what is planned)
# a plan's account of the zone as it stands, in the figure's own clause — its stock (现有, 现已, 目前, 已有) and the area it
# was approved for or has built (批准面积, 核准面积, 批准规划面积, 已建成, 已开发): what is, 实际, not the plan's
# target (a plan's own words, 到2030年, 力争, 规划建设…, decide before this: only the plan's default gives way)
_PRESENT_IN_A_PLAN = re.compile(r"现有|现已|目前|已有|现拥有|(?:经|已)?(?:国务院|省政府|省人民政府)?(?:批准|核准)(?:的)?(?:规划)?(?:总)?面积|"
                                r"已建成|已开发")  # (建成面积 alone may be the plan's: 园区建成面积达到8.5平方公里)
# (到 a year is a horizon, unless it is the 到 of a change's end: "由2019年的52亿元增长到2023年的96亿元" is done)
# (至 a year is a horizon as 到 is, "至2025年，…达到500亿元", unless it ends a span, "2021年至2023年", or a change, or is a
# cut-off, 至2022年底 — a year's end opening its sentence is read by _HORIZON_OPENING, as 到 is)
# (来到 a year is a story's step to that year, told of the past: "他说，来到2021年，本地投资总额为…" — no horizon)
# (下半年 after a year written in figures is a date, past or to come as the rest says: 园区于2010年下半年开始规划招商)
_FUTURE = re.compile(r"明年|下一年|来年|(?<!\d年)下半年|今后|未来|到(?<!增长到|增加到|提高到|上升到|扩大到|发展到|壮大到|攀升到|跃升到)(?<!来到)(?:20\d\d|\d{2})年|"
                     r"(?<![截年月日来\d\-—~～])(?<!增长|增加|提高|上升|扩大|发展|壮大|下降|减少|攀升|跃升)至20\d\d年(?!底|末|年底|年末)|"
                     r"十[三四五六]五末|(?:到|至)[“\"「]?十[一二三四五六七八九]五[”\"」]?期?末|届时|力争|确保|"
                     # (保障 before what is to be done, as 确保 is: 重点保障54个项目完成年度投资149亿元 — "ensure that")
                     r"保障(?=[^，,；;。:：]{0,24}?(?:完成|实现|达到))|"
                     # (a plan's horizon named before its figure: 远期控制面积50平方公里, 近期规划…, 远景)
                     r"远期|远景|中远期")
# a span from one year to another in one clause (从1992年建区成立到2000年晋升为国家级经开区): its end is when the span
# closes, a history's step, never a deadline as 到2025年 opening a plan's clause is
_FROM_YEAR_TO_YEAR = re.compile(r"(?:从|由|自)[^,;:。，；：]{0,4}?(?:19|20)\d\d年[^,;:。，；：]{0,24}?(?:到|至)(?:19|20)\d\d年")
_TARGET_BEFORE_VALUE = re.compile(r"(?:年任务|目标任务|任务|目标|年度计划|全年计划|计划|预算)(?:数|为|是)?$")
# a task stated with the first item of a list, its value after it and a comma (工业总产值任务42亿元，…), and what ends its
# list: a verb of doing, a word of what is so far or already, a stop
_TASK_THEN_LIST = re.compile(r"(?:年任务|目标任务|任务)(?:数|为|是)?\s*[\d.]+\s*(?:亿|万)?(?:元|美元)?[，,、]")
_DONE_OR_RESET = re.compile(r"完成|实现|达到|达|累计|已|目前|截至|截止|实际|[；;。:：]")

_PERIOD_RE = re.compile(
    rf"(?P<range>(?:1[0-2]|[1-9]|[{CN_DIGITS}]{{1,2}})\s*月?(?:份)?\s*[-—–~～至到]{{1,2}}\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月)"
    r"|(?P<named>上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度|首季度|全年|年度|半年)"
    r"|前(?P<first>[2-9]|1[01]|[二三四五六七八九]|十一?)个?月"
    r"|截[至止](?:到)?\s*(?:(?:\d{4}|[xX]{2,4})\s*年)?\s*(?P<upto>[1-9]|1[0-2])\s*月(?:份)?(?:底|末)?")
_OTHER_SCOPE_FORMS = (r"全县|全市|全省|全州|全盟|全旗|全镇|全乡|全国|县域|街域|全街道|我县|我市|我镇|我乡|我省|我州|本县|本市|本镇|本乡|本省|"
                      rf"该县|该镇|该市|该省|(?:(?<![{CJK}])|(?<=[年月度来国]))(?:国家级?|省级)(?:高新区|经开区|开发区|经济技术开发区|高新技术产业开发区|高新技术开发区)|"
                      r"各(?:类|级)?园区|各(?:类|级)?(?:开发区|产业园区|工业园区)|[\d一二三四五六七八九十两]+(?:(?:个|家|所|处)(?:(?!项目|企业|厂商|台商|入驻|进驻|落户|入园|进园)[^，,；;。]){0,8}?|大[^，,；;。\d]{0,4}?)?(?:开发区|园区|高新区|经开区|集中区|产业园|保税区|综保区)")
# (the last: "28个省级开发区", "这49个国家级开发区", "4园区", "四大园区", "三大科学园区", "13个综合保税区" — many parks together, not this one;
# but not projects or firms counted on their way in: "10个工业项目入驻园区", "5家企业落户园区" are the park's own)
# (asked of every sentence: its forms open with 全, 县, 街, 我, 本, 该, 国, 省, 各, a digit or a numeral, and the lookahead
# on those lets the engine pass every other position at once; tests/test_reading_cpu.py holds the class to the forms)
_OTHER_SCOPE_FIRST = r"全县街我本该国省各\d一二三四五六七八九十两"
_OTHER_SCOPE = re.compile(f"(?=[{_OTHER_SCOPE_FIRST}])(?:{_OTHER_SCOPE_FORMS})")
# a ranked set of parks (化工园区30强, 开发区百强): many parks (asked only where 强 is written: a rare word)
# a zone described by its parts ("某某经济开发区包括两个园区，总规划面积22.7平方公里", "下辖三个园区", "由四个园区组成"):
# the parts it holds are no subject of their own (as "一区多园" writes a zone of several parks)
_PARTS_LISTED = re.compile(r"(?:包括|包含|下辖|辖|分为|由|含)$")
_RANKED_PARKS = re.compile(r"(?:园区|开发区|高新区|经开区)(?:\d+|[一二三四五六七八九十百]+)强")
_OTHER_SCOPE_CLAUSE = re.compile(r"其中.{0,6}产业")
# (分领域看，… / 分行业看，…: a breakdown of the park's figure by its parts follows)
_ENTITY_SCOPE = re.compile(r"公司|集团|该项目|此项目|项目建成|达产后|建成后|投产后|该企业|企业建成|"
                           # (a list's threshold as the subject, 入围门槛为营收总额达到13.52亿元: a criterion, no one's figure)
                           r"门槛|"
                           r"分(?:领域|行业|产业|门类|板块|类别|类型|企业类型)看|"
                           r"(?:产业|行业|领域|轻工业|重工业|制造业),?(?:累计|共|全年|分别)?(?:实现|完成)|"
                           # a trade other than industry as the subject, or its firms (规上服务业企业实现营业收入, 园区物流业
                           # 完成…): a part of the park's figures; 工业企业, 企业 (the park's firms: the statistics' base) are not
                           r"(?<![工企产就毕])业(?:企业)?,?(?:累计|共|全年|分别)?(?:实现|完成)|"
                           r"(?:产业|行业|制造业),(?=营业额|营收|营业收入|产值)")  # (…其次为电子零组件制造业，营业额达…: the industry's)  # 光伏产业实现…, 四大主导产业累计完成…: industries'
_WHOLE_DISTRICT = re.compile(r"全区|我区|本区")
# A sentence stating no figure whose last clause has one named industry as its subject (一是农机制造产业产销两旺。
# 园区生物医药产业继续领跑。): reports list their industries one by one so ("主要特点：一是…；二是…"), and the figures
# that follow it in its paragraph are that industry's, until a park word is a subject again. The industry is named
# by its product or trade before 产业/行业/制造业 and is followed by what it did, not by a noun of the park's
# industry as a whole (产业结构, 产业集聚, 产业园: the park's own topic); a generic qualifier (主导产业, 优势产业,
# 新兴产业) names the park's industries together and is left to the clause rules.
_INDUSTRY_CLAUSE = re.compile(rf"(?:[一二三四五六七八九十]是|其[一二三四五六])?(?:园区|我园|区内|园内)?(?:的)?"
                              rf"(?P<trade>[{CJK}]{{2,8}}?)(?:产业|行业|制造业|板块)"
                              r"(?!园|区|链|项目|基地|集群|集聚|聚集|结构|布局|体系|升级|转型|层次|水平|环境|配套|用地|招商|政策|平台|"
                              r"载体|空间|规划|定位|基础|工人|工作|基金|发展规划|发展方向|人才|协会|联盟|大会|论坛)"
                              rf"[{CJK}]{{2,10}}[。.!！]?\s*$")
_GENERIC_TRADE = re.compile(r"(?:主导|支柱|优势|特色|新兴|传统|重点|首位|战略性新兴|现代|高新技术|高新|工业|园区|第[一二三]|"
                            r"相关|上下游|配套|各|各类|其他|其它|这些|该|本|我园|四大|三大|两大|五大|六大|十大|[\d]+大)$")


def _industry_is_the_subject(sentence: str) -> bool:
    """Whether a sentence without figures ends in a clause whose subject is one named industry (see _INDUSTRY_CLAUSE)."""
    if not ("产业" in sentence or "行业" in sentence or "制造业" in sentence or "板块" in sentence):
        return False  # (asked of every sentence without figures: the cheap test first)
    last = _CLAUSE_SEP_RE.split(sentence.strip())[-1].strip()
    m = _INDUSTRY_CLAUSE.fullmatch(last)
    return bool(m) and not _GENERIC_TRADE.search(m.group("trade")) and not _SUBJECT_PARK.search(m.group("trade"))
# a masked or quoted project as a clause's subject ("**项目，已完成固定资产投资…": the project's)
_NAMED_PROJECT = re.compile(r"(?:^|[,;:])(?:[*xX×]{2,}|“[^”]{1,20}”)项目(?=[,;:])")
# a park whose name ends in a zone's word (text.ZONE_TAILS: 开发区, 台商投资区, 边境经济合作区, 出口加工区…) or an area run
# like one: its reports' 全区 may be the zone
_ZONE_PARK = re.compile("|".join((*ZONE_TAILS, *ZONE_AREA_WORDS, *DISTRICT_AREA_WORDS)))
# a zone speaking of itself (开发区党工委, 高新区管委会, a speech at the 开发区务虚会) where no district
# government does (区委, 区政府: then 全区 is the district): its 全区 is the zone
_ZONE_VOICE = re.compile(f"(?:{'|'.join((*ZONE_TAILS, *ZONE_AREA_WORDS))})(?:党工委|工委|管委会|管理委员会|"
                         r"务虚会|工作会议|工作会|经济工作会|干部大会|全体干部)")
_DISTRICT_GOVERNMENT = re.compile(r"区委(?!员)|区政府|区人民政府|区人大|区政协")


def _speaks_as_a_zone(folded: str) -> bool:
    return bool(_ZONE_VOICE.search(folded)) and not _DISTRICT_GOVERNMENT.search(folded)

# ------------------------------------------------------------------ folding


_T2S = opencc.OpenCC("t2s")


_WIDE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}  # full width → ASCII, 1:1
_WIDE_RE = re.compile("[\uff01-\uff5e\u3000]")


def fold(text: str) -> str:
    """A same-length copy for matching: Simplified, ASCII digits and signs, and a
    decimal point a site turned into 。 between digits restored. (The reader imports no
    analysis: this is the analyser's normalisation cut to what figures need, 1:1.)"""
    folded = _WIDE_RE.sub(lambda m: chr(_WIDE[ord(m.group())]), text)
    simplified = _T2S.convert(folded)
    if len(simplified) != len(folded):  # keep offsets: convert character by character
        simplified = "".join(c if len(c := _T2S.convert(ch)) == 1 else ch for ch in folded)
    simplified = re.sub(r"(?<=\d)。(?=\d)", ".", simplified)
    if "间" in simplified:  # (Hong Kong's and Macao's measure word for firms: 60间企业 is 60家企业, 1:1)
        simplified = _FIRMS_BY_JIAN.sub("家", simplified)
    return simplified


# 间, the measure word Hong Kong and Macao count firms and bodies with (已有超过60间…企业或机构进驻, 注册进驻的企业共119间):
# a count of firms as 家 is, where firms, companies or bodies are named after it in its clause or right before it
_FIRMS_BY_JIAN = re.compile(r"(?<=\d)间(?=(?:以上|多|余)?[^,;:。\d]{0,14}?(?:企业|公司|机构|厂商|初创))"
                            r"|(?<=(?:企业|公司|机构|厂商)共\d)间|(?<=(?:企业|公司|机构|厂商)共\d\d)间|(?<=(?:企业|公司|机构|厂商)共\d\d\d)间")


_SOFT_BREAK_MIN = 16  # a line this long that does not end a sentence was wrapped by a PDF
_HEADING_START = re.compile(rf"\s*(?:[{CN_DIGITS}]+、|[(（][{CN_DIGITS}\d]+[)）]|\d+[、.．](?!\s*\d)|第[{CN_DIGITS}]+)")


_BLANK = re.compile(r"[ \t\r\u3000\xa0]+")
# a line ending in numbers side by side ("税收收入（万元） 12650 11020 14.8") is a table's row, not a wrapped sentence
_ROW_OF_COLUMNS = re.compile(r"\d[ \t\u3000\xa0]+-?\d[\d.,]*%?$")
# a template's blank where the figure goes: "完成工业总产值    亿元，同比增长   %" (two blanks or more after a
# word, before a unit); one blank of it is kept and read as the mask _
_BLANK_FIGURE = re.compile(rf"(?<=[{CJK}])(?<![万萬亿億千百十])[ \u3000\xa0]{{2,}}"
                           r"(?=亿|億|万|萬|%|％|个|個|家|户|戶|项|項|人|名|亩|畝|平方|公顷|公頃|美元)")


def _blank_figure(text: str, blank: re.Match) -> int:
    """1 when a run of blanks stands where a template's figure goes (keep one of it), else 0."""
    if blank.end() - blank.start() < 2:
        return 0
    m = _BLANK_FIGURE.match(text, blank.start())
    if m is not None and _UNIT_THEN_COLUMN.match(text, blank.end()):
        return 0  # "工业总产值    亿元    86.5": the unit is a table's column, the number in the next one
    return int(m is not None and m.end() == blank.end())


_UNIT_THEN_COLUMN = re.compile(r"[^\s\d，,；;。]{1,4}[ \t\u3000\xa0]+\d")


_NOW_BEFORE_VALUE = re.compile(r"(?<=[到至])(?:今天|現在|现在|目前|如今|當前|当前)的?(?=[\d一二三四五六七八九十两兩几幾])")


def squeeze(text: str, title: str = "") -> tuple[str, list[int]]:
    """Remove spaces and the line breaks a PDF put inside sentences; keep an offset map
    (``out[i]`` came from ``text[offsets[i]]``). A first line that is the report's
    ``title`` stays a line of its own."""
    dropped, columns = [], []
    for m in _BLANK.finditer(text):
        if _between_columns(text, m):
            dropped.append((m.start() + 1, m.end()))
            columns.append(m.start())  # kept as one column rule, |
        else:
            dropped.append((m.start() + (m.end() - m.start() > 1 and _blank_figure(text, m)), m.end()))
    # "从几十万元增长到今天的50多亿元": the time between the change and its value says the value is the present one
    dropped.extend((m.start(), m.end()) for m in _NOW_BEFORE_VALUE.finditer(text))
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        stripped = line.strip()
        nxt = lines[i + 1]
        # "1、全年实现工业总产值86亿元，工业销售" wrapped: a numbered line stating a figure is a paragraph
        numbered = _HEADING_START.match(line)
        numbered_paragraph = numbered and re.search("[，,；;]", stripped) and _VALUE_RE.search(fold(stripped + nxt.strip()[:4]))
        if (not (i == 0 and title and title in stripped) and len(stripped) >= _SOFT_BREAK_MIN and stripped[-1] not in "。！？!?；;：:”」）)"
                and not _ROW_OF_COLUMNS.search(stripped)  # a table row's line ends its row
                and nxt.strip() and not _HEADING_START.match(nxt)
                and (not numbered or numbered_paragraph)):
            dropped.append((end, end + 1))  # a line break inside a sentence
        pos = end + 1
    dropped.sort()
    pieces, offsets, at = [], [], 0
    for start, end in dropped:
        if start > at:
            pieces.append(text[at:start])
            offsets.extend(range(at, start))
        at = max(at, end)
    pieces.append(text[at:])
    offsets.extend(range(at, len(text)))
    out = "".join(pieces)
    if columns:
        kept = set(columns)
        out = "".join("|" if offsets[i] in kept else c for i, c in enumerate(out))
    return out, offsets


# numbers side by side, as a table flattened to text gives a row ("税收（万元） 6925 5870 18.0": this year, last
# year, growth): a blank between two digits parts two columns, never joins them into one number — unless it
# is a break a PDF put inside one number ("24. 3亿元", "1, 234") or a thousands group ("6 925万元")
_ONE_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}$")


def _between_columns(text: str, blank: re.Match) -> bool:
    if not (0 < blank.start() and blank.end() < len(text) and text[blank.start() - 1].isdigit()
            and text[blank.end()].isdigit()):
        return False
    if text[blank.start() - 1] in ".," or text[blank.start() - 2:blank.start()] in (". ", ", "):
        return False
    lo, hi = blank.start(), blank.end()
    while lo > 0 and (text[lo - 1].isdigit() or text[lo - 1] in "., \t\u3000\xa0"):
        lo -= 1
    while hi < len(text) and (text[hi].isdigit() or text[hi] in "., \t\u3000\xa0"):
        hi += 1
    if all(len(token) == 1 for token in text[lo:hi].split()):
        return False  # digits spaced one by one, as some scans print every digit ("累计1 8 5 8 亿美元"): one number
    group = re.match(r"\d+", text[blank.end():]).group()
    thousands = len(group) == 3 and _ONE_NUMBER.search(text, 0, blank.start()) \
        and not text[blank.end() + 3:blank.end() + 4].isspace() and text[blank.end() + 3:blank.end() + 4] not in (".", "")
    return not thousands


# ------------------------------------------------------------------ numbers


def read_number(raw: str) -> tuple[float | None, bool]:
    """(value, masked) of a number as written."""
    raw = raw.replace(",", "")
    if any(c in _MASK for c in raw) or "…" in raw or ".." in raw or raw[0] in "〔[【(（":
        return None, True  # (an empty bracket is a template's slot for the figure: 完成工业总产值（  ）亿元)
    if raw.strip("〇") == "":
        return None, True  # 〇〇亿元, 〇个: the ideographic zero as a template's placeholder (as ○○), no number
    if raw[0].isdigit():
        try:
            return float(raw), False
        except ValueError:
            return None, True
    return _cn_numeral(raw), False


def _cn_numeral(raw: str) -> float | None:
    """A Chinese numeral, with its decimals after 点 or a point read digit by digit (五十四点八 → 54.8, 二.二六 → 2.26)."""
    whole, point, decimals = re.split(r"([点.])", raw, maxsplit=1) if re.search(r"[点.]", raw) else (raw, "", "")
    value = parse_cn_number(whole)
    if not point or value is None:
        return value
    if not decimals or any(ch not in _CN_PLACE_DIGITS for ch in decimals):
        return None
    return float(f"{int(value)}." + "".join(str(_PLACE_DIGIT[ch]) for ch in decimals))


# a number written with a larger unit inside it, as Taiwan and many reports do: 4万7,907人 (47907人),
# 1兆6,132.55亿元 (16132.55亿元), 1亿2000万元 (12000万元), 8万6千人 (86000人), 6亿1872万3695令吉 (618723695令吉);
# numerals too: 一万二千人
_COMPOUND = re.compile(r"[兆亿万]")
# the magnitudes a unit opens with (1.59万亿元, 8千万元, 1.2万家), longest first
_UNIT_MAGNITUDES = (("万亿", 1e12), ("兆", 1e12), ("千亿", 1e11), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("万", 1e4))
_MAGNITUDE = {p: times for p, times in _UNIT_MAGNITUDES if p in "兆亿万"}


def _compound(raw: str, unit: str) -> float | None:
    try:
        return _compound_value(raw, unit)
    except ValueError:
        return None  # (a form no branch below reads: no figure, never a page lost — 260亿129万5千元 once raised here)


def _plain(digits: str) -> float:
    """Figures with a trailing 千 or 百 read as written (5千: 5000; 129: 129)."""
    if digits.endswith("千"):
        return float(digits[:-1] or 1) * 1000
    if digits.endswith("百"):
        return float(digits[:-1] or 1) * 100
    return float(digits or 0)


def _compound_value(raw: str, unit: str) -> float | None:
    big, rest = _COMPOUND.split(raw.replace(",", ""), 1)
    outer = _MAGNITUDE[_COMPOUND.search(raw).group()]
    inner = _MAGNITUDE.get(unit[0], 1.0) if unit[0] in _MAGNITUDE and len(unit) > 1 else 1.0
    if outer == inner:
        return None  # ("2亿3000亿元": no such compound)
    if outer < inner:  # 万 inside a count of 亿 (1万755.14亿元: 10755.14亿元, as Taiwan writes 亿 past 9999)
        if not raw[0].isdigit() or rest.endswith("千"):
            return None
        return float(big) * outer + float(rest)
    if raw[0].isdigit() and "万" in rest and outer > 1e4:  # (亿 and 万 both inside: 6亿1872万3695令吉)
        tens_of_thousands, units = rest.split("万", 1)
        high, low = float(big), (_plain(tens_of_thousands) * 1e4 + _plain(units)) / inner  # (260亿129万5千元)
    elif raw[0].isdigit():
        high, low = float(big), float(rest[:-1]) * 1000 if rest.endswith("千") else float(rest)  # (8万6千人: 86000人)
    else:  # a numeral with 亿 or 万 inside: 一万二千人, 八十亿五千万元 (805000万元)
        high, low = parse_cn_number(big), parse_cn_number(rest)
        if high is None or low is None:
            return None
    return high * outer / inner + low


def _clean(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == int(value) and abs(value) < 1e15 else round(value, 6)


# ------------------------------------------------------------------ extraction


@dataclass
class _Context:
    """What a sentence's figures inherit: from the document, the section, a lead-in."""

    plan: bool  # a plan document or a plan section: figures are targets unless said past
    period: str | None
    status: str | None  # a lead-in's status word (预计：…)
    zone_park: bool  # 全区 means the park (a 开发区/高新区 report)
    section: str | None
    scope: str = "园区"  # the subject an earlier sentence of the paragraph set (全县… → 其他)
    last_name: str | None = None  # the last figure's name in the paragraph ("…1051亿元。其中工业…933亿元")
    event: str | None = None  # the kind of the last event of projects named (集中开工仪式 → 新开工项目数)
    park_key: str | None = None  # the report's park: another park named as a subject is not it
    park_name: str = ""
    # the report's subject is no park (a place, a 新区, a tour of several parks): a park named as a
    # clause's subject is one of the subject's parks or one visited, never the report's own
    not_a_park: bool = False
    # the report is about a place's parks together and names none as its own (a study of a city's parks, news of
    # their half-year): the figures of 全市园区 / 全市13个产业园区 are what it reports of parks
    parks_together: bool = False
    previous: str = ""  # the paragraph's sentence before this one (a 其中 opening a sentence splits its whole)
    own_words: str = ""  # the report's park name, else its title: what the report itself is (a 创业园's own report)
    # the report is a park's whose name it never gives (工业园区运行情况汇报材料): its place word and a park head
    # (我区工业园区) name that park, as a named park's report calls it 我县工业园区
    unnamed_park: bool = False
    # the report's title is its park's name alone (an encyclopedia's entry, a directory's profile: 某产业园区): the
    # text describes that park, its 面积 and 占地 said bare are the park's (see _names_in)
    profile: bool = False
    # the report's park is itself a project being built (某物流园项目开工, 某产业园一期项目落成): 该项目 and 项目 alone
    # opening a clause are the park, their land (占地) its area (see _park_project_land)
    park_project: bool = False


_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_SEP = "，,；;：:"


# the catalogue's other names of a park that the topic words leave out: 产业集聚区 (Henan's zones), 集聚区
_CLUSTER_ZONE = re.compile(r"集聚[区區]")


def extract_indicators(report: Report) -> list[Indicator]:
    """Every key figure a report states, in text order (quotes point into ``report.text``),
    each with the year it is about."""
    subject = report.subject
    found = find_indicators(report.text, report.sections, report.doc_type, report.period, report.park, report.title,
                            subject)
    # (a company's own report or release: its figures are the company's, whichever park it is in; a study
    # tour's figures are the parks' it visited, none of them the report's own)
    not_its_own = subject is not None and not report.park and (subject.kind == "企业" or subject.rule == TOUR_RULE)
    about_a_park = not not_its_own and (report.park or PARK_WORD_RE.search(report.text) or _CLUSTER_ZONE.search(report.text))
    for figure in found:
        figure.year = figure.year or figure_year(report.text, figure, report.year)  # (a year-by-year list's own)
        if not about_a_park:
            figure.scope = "其他"  # a county's, a ministry's or a company's report, a tour: none of its figures is its park's
    return found


_YEAR_NAMED = re.compile(r"(?<![0-9比较与同自从])((?:19|20)\d{2})\s*年(?!以来|来|代)")
_NEXT_YEAR = re.compile(r"明年|来年|下一年|下年度")
_LAST_YEAR = re.compile(r"去年|上年(?!同期)|上一年")
_LAST_YEAR_OPENING = re.compile(r"\s*(?:去年|上年|上一年)(?:以来|全年|一年)?[，,]")


def figure_year(text: str, figure: Indicator, report_year: int | None) -> int | None:
    """The year a figure is about: one its sentence names before the value (not a base of
    comparison: 比2020年), else one its section heading names, else the report's; 明年/去年
    count from the report's year. A target stated in 2021 for 2022 belongs to 2022."""
    sentence_start = max(text.rfind(c, 0, figure.start) for c in "。！？!?\n") + 1
    for part in (fold(text[sentence_start:figure.start] + figure.quote), fold(figure.section or "")):
        named = [int(y) for y in _YEAR_NAMED.findall(part)]
        if named:
            return named[-1]
        if report_year and _NEXT_YEAR.search(part):
            return report_year + 1
        if report_year and _LAST_YEAR.search(part):
            return report_year - 1
    # a paragraph opening on 去年 (去年，园区…。全年新签约项目11个): its later sentences tell that year too
    paragraph = fold(text[text.rfind("\n", 0, sentence_start) + 1:sentence_start])
    if report_year and _LAST_YEAR_OPENING.match(paragraph):
        return report_year - 1
    return report_year


def find_indicators(text: str, sections: list[Section] = (), doc_type: str = "其他", period: str = "不明",
                    park: str | None = None, title: str = "", subject: Subject | None = None) -> list[Indicator]:
    """The figures stated in ``text``, read in the context of its sections and document type, and of the
    report's ``subject`` (reading/subject.py) when it was decided: whose report a text with no park is."""
    squeezed, offsets = squeeze(text, title)
    folded = fold(squeezed)
    if " " in folded or "\xa0" in folded:  # (only a template's blank figure keeps a blank: see squeeze)
        folded = folded.replace(" ", "_").replace("\xa0", "_")
    found: list[Indicator] = []
    bounds: list[Indicator] = []  # figures stated as a bound passed (突破千亿元)
    key_list = False  # the paragraph lists a place's key projects (安排全市重点建设项目710项)
    key_place = ""  # ...and the place, when it is not the park (全市, 市, 县)
    zone_park = bool(_ZONE_PARK.search(fold(park or title or ""))) or "全区" in folded and _speaks_as_a_zone(folded)
    own_park, own_park_name = (park_key(park), fold(park)) if park else (None, "")
    own_words = own_park_name or fold(title or "")
    profile = bool(park and title and park_key(title.strip()) == own_park)  # (the title is the park's name alone)
    # (the park not read: a title naming a park with 项目 after it, 某物流园区项目整体完工, is such a report too)
    park_project = bool(re.search(re.escape(own_park_name) + _PARK_AS_PROJECT, fold(title or "") + "\n" + folded)) if park \
        else bool(re.search(_PARK_HEADS + _PARK_AS_PROJECT, fold(title or ""))
                  # (…or the lead naming one, its subject: 某某创业园项目正加班加点赶进度。该项目总投资…，总用地面积230.9亩)
                  or len({m.group() for m in _PARK_PROJECT_NAMED.finditer(folded, 0, _LEAD_CHARS)}) == 1)
    if park:
        place_report = None
    else:
        place_report = subject.place_report if subject is not None else _place_report(folded, title, zone_park)
        if place_report is None and subject is not None and subject.kind == "地方" and subject.rule == "政府报告":
            # a government's work report (政府工作报告, 在…人民代表大会上): its figures are the place's, whatever its
            # opening names first (a date and a congress, not 全县): a park it names is one item of its work
            place_report = "place"
    not_a_park = not park and subject is not None and (subject.kind == "地方" or subject.rule == TOUR_RULE)
    # (a place's report is one too when its opening speaks for many parks, 全省园区/118个工业园区…, and it is no
    # government's work report: a study or a bulletin of the parks, not the place's own work)
    parks_together = not park and (not not_a_park or place_report == "many" and subject is not None
                                   and subject.rule == "开头主语") and _about_a_places_parks(folded, title, subject)
    unnamed_park = not park and subject is not None and subject.kind == "园区" and not parks_together
    has_events = bool(_ANY_EVENT.search(folded))  # (most reports name no event: no need to ask each sentence)
    # a text that opens by saying what its subject will do in its year ("2024年，某新城将坚持…，全力打好…") is a plan,
    # whatever its type was read as: its figures are targets, as a plan section's (not a summary's, which reviews)
    # (news, a summary or a report to superiors open so too when they go on to tell what was done: not those)
    plan_text = doc_type not in ("工作总结", "简报", "工作汇报", "工作报告") \
        and any(_PLAN_OPENING.match(line) for line in folded.lstrip().split("\n", 2)[:2])
    lead_period, lead_status, lead_until = None, None, -1
    lead_scope = None  # whose the list under a lead-in is: its subject's (全县主要经济指标完成情况如下：… the county's)
    last_scope = None  # the last subject a sentence set, carried past its paragraph to a pronoun (它们, 其, 该区)
    previous = ""
    para_period = None  # a period opening a paragraph governs its later sentences
    para_scope = None  # so does a subject (全县完成…。完成固定资产投资…: still the county's)
    para_name = None
    whole_name = None  # the last figure's name, past its paragraph: the whole a breakdown (分行业看，…) splits
    last_named = None  # the last figure's name, whoever's: the whole a 其中 opening a later paragraph splits
    para_park = False  # the paragraph has stated a figure of the park
    para_status = None  # a forecast opening a paragraph governs its later sentences (预计1-6月，…。上缴税收…)
    para_firm = False  # a sentence of the paragraph opened with one firm as its subject: the figures after it are its own
    event, event_scope = None, None  # the last event of projects named, and whose it was (全市…集中签约仪式)
    parents: dict[int | None, str] = {}  # section start -> its parent's heading
    plans: dict[int | None, bool] = {}  # section start -> whether its figures are targets
    starts = [s.start for s in sections]
    pos = 0
    for m in list(_SENTENCE_END.finditer(folded)) + [None]:
        end = m.end() if m else len(folded)
        sentence = folded[pos:end]
        if sentence.strip():
            orig_start = offsets[pos] if pos < len(offsets) else len(text)
            section = _section_at(sections, starts, orig_start)
            key = section.start if section is not None else None
            if key not in plans:  # asked once per section
                parents[key] = _parent_heading(sections, section)
                plans[key] = _is_plan(doc_type, section, parents[key])
            plan = plans[key] or plan_text and not (section is not None and (
                section.category in ("成效进展", "存在问题") or _reviews((section.heading or "") + "|" + parents[key])))
            if section is not None and lead_until >= 0 and orig_start >= lead_until:
                lead_period = lead_status = lead_scope = None
            # (a report on a place's parks together speaks of them where no sentence names its subject: their figures)
            heading_scope = "其他" if place_report and not parks_together \
                else _heading_scope(section.heading if section else None, zone_park)
            kind = _event_kind(sentence) if has_events else None
            if kind and _EVENT_NAMED.search(sentence) and not _EVENT_BACK.search(sentence):
                event, event_scope = kind, _event_owner(sentence) or event_scope  # a new event: whose it is
            elif kind and event is None:  # a news lede: the counts first, the event and its owner after them
                event, event_scope = kind, _owner_named_after(folded, end)
            if event_scope and not para_scope and _EVENT_REFERENCE.search(sentence):
                heading_scope = event_scope  # "此次共有28个项目集中签约": the event's projects
            opens_dated = bool(para_status) and (bool(_PERIOD_RE.match(_YEAR_WORD_OPENING.sub("", sentence)))
                                                 and not (para_status == "目标" and _WHOLE_YEAR_OPENING.match(sentence))
                                                 or para_status == "目标" and bool(_YEAR_OPENING.match(sentence)
                                                                                  or _DONE_OPENING.match(sentence)
                                                                                  or _SO_FAR_CLAUSE.search(sentence)))
            if para_name is None and whole_name and _BREAKDOWN.match(sentence):
                para_name = whole_name  # "分集聚区看，…" opening a paragraph breaks down the whole stated before it
            elif para_name is None and last_named and _QIZHONG_OPENING.match(sentence):
                para_name = last_named  # (so does a 其中 opening it, after who says it: "某次长表示，其中新竹4,923亿元，…")
            if para_scope is None and last_scope and _PRONOUN_SUBJECT.match(sentence, _opener_end(sentence)):
                para_scope = last_scope  # "它们共集聚企业9540家" opening a paragraph: the subject the text spoke of last
            ctx = _Context(plan, para_period or lead_period or _report_period(period),
                           lead_status or (None if opens_dated else para_status), zone_park,
                           section.heading if section else None, para_scope or lead_scope or heading_scope, para_name, event,
                           own_park, own_park_name, not_a_park, parks_together, previous, own_words, unnamed_park,
                           profile, park_project)
            figures = _sentence_figures(sentence, pos, ctx) if _VALUE_RE.search(sentence) or _has_declared_unit(sentence) \
                or _EMPTY_SLOT_HINT.search(sentence) or "个" in sentence and _BLANK_COUNT.search(sentence) else []
            listed = _KEY_PROJECT_LIST.search(sentence)
            if listed:
                key_list, key_place = True, _a_places_own_list(sentence, listed)
            if key_list and figures:
                # a list of key projects: how many of it are planned to start or finish. A place's (安排市重点项目476个…
                # 计划开工项目207个…计划竣工项目111个): its targets, scope 其他, as the labellers read them (4 of 4); the
                # park's own or a list whose place is not said: still no figure
                planned = [f for f in figures if f.name in _COUNT_NAMES
                           and _PLANNED_IN_LIST.search(folded, max(0, f.quote_start - 4), f.quote_end)]
                # (only a count its own clause plans: 本年度计划开工项目143项，实际已开工118项 — the 118 shares the
                # name's words, not the plan)
                own = [f for f in planned if key_place and f.value is not None
                       and _PLANNED_IN_LIST.search(sentence, _clause_start(sentence, f.value.start), f.value.start)]
                for f in own:
                    f.status, f.scope = "目标", "其他"
                    f.why_status = f"{key_place}的重点项目计划（计划开工、竣工的项目数）"
                figures = [f for f in figures if f in own or f not in planned]
            firm_at = _firm_opens(sentence) if _FIRM_HINT.search(sentence) else -1
            if para_firm and firm_at != 0 and _another_subject_opens(sentence):
                para_firm = False  # "…公司…。园区全年实现…": the park (or a place) is the subject again
            if (para_firm or firm_at >= 0) and figures:
                # one firm's own output, income, tax, staff or investment (某某有限公司是…。2012年，实现产值1.7亿，销售收入
                # 0.9亿; 公司…今年一季度完成销售收入近10亿元): no key figure, the park's or anyone's, as one project's own
                # investment is none — unless the figure's own clause names the park as its subject
                figures = [f for f in figures if f.name not in _FIRMS_OWN_NAMES or f.value is None
                           or not para_firm and f.value.start - pos < firm_at
                           or _SUBJECT_PARK.search(sentence, _clause_start(sentence, f.value.start - pos), f.value.start - pos)]
            para_firm = para_firm or firm_at >= 0
            read = [_finish(fig, text, offsets) for fig in figures]
            bounds += [ind for fig, ind in zip(figures, read) if fig.bound]
            found += read
            para_name = figures[-1].name if figures else para_name
            whole_name = next((f.name for f in reversed(figures) if f.scope == ctx.scope), whole_name) if figures else whole_name
            last_named = figures[-1].name if figures else last_named
            named_line = None if figures or len(sentence) > 30 else _name_heading(sentence)
            if named_line:  # "（一）工业总产值。全年完成86.5亿元": an item headed by its indicator's name alone
                para_name = named_line
            # (a period names 月, 年 or 季; searched once for the lead-in, the period line and the opening)
            dated = _PERIOD_RE.search(sentence) if "月" in sentence or "年" in sentence or "季" in sentence else None
            inline = _LEAD_INLINE.search(sentence) if not figures and ("以下" in sentence or "如下" in sentence) else None
            if not figures and sentence.rstrip().endswith(("：", ":")) or sentence.rstrip().rstrip("。").endswith(_AS_FOLLOWS) \
                    or inline:
                # a lead-in line governs the list under it, to the end of its section (also with the list's first
                # item run on after its colon: "重点做好以下几项工作：一是…。二是…")
                lead_period = _period_name(dated) if dated else lead_period
                lead_status = _lead_status(sentence[:inline.start("colon")] if inline else sentence)
                # (the lead-in's own subject governs its list; one it has none of leaves the list to the heading's)
                lead_scope = _lead_subject(sentence[:inline.start("colon")] if inline else sentence, zone_park)
                lead_until = _block_end(sections, section, len(text))
            elif not figures and dated and _is_period_line(folded, pos, end):
                # "1至5月份，园区经济运行总体平稳。", "截至10月底主要指标完成情况": a line that names a
                # period and states nothing governs the figures under it, until another one or the end
                # of its section (of the report, when no figure came before it)
                lead_period = _period_name(dated)
                lead_until = _block_end(sections, section, len(text)) if found else len(text)
            opening = (dated if dated.end() <= 12 else _PERIOD_RE.search(sentence, 0, 12)) if dated and dated.start() < 12 else None
            if opening:
                para_period = _period_name(opening)
            if figures and _FORECAST_OPENING.match(sentence) and all(f.status == "预计" for f in figures):
                para_status = "预计"  # "预计1-6月，我园完成…。上缴税收2亿元": the paragraph's forecast goes on
            elif _opens_with_horizon(sentence) and all(f.status == "目标" for f in figures):
                para_status = "目标"  # "到“十二五”末，…。园区实现主营业务收入1200亿元": the horizon goes on
            elif not figures and para_status is None and doc_type != "工作总结" and _GOALS_STATED.search(_mask(_GOAL_NOUN, sentence)) \
                    and _A_YEARS_GOALS.search(sentence) \
                    and not _PAST.search(sentence) and not _NOW.search(sentence) and not _VALUE_RE.search(sentence):
                # "2024年，某高新区地区生产总值增长目标为8%，力争实现两位数增长。规上工业总产值超600亿元。": a
                # sentence stating the year's goals (as rates only) opens the list of them; the paragraph's next
                # figures are goals too, until a sentence of its own time or of what was done
                para_status = "目标"
            elif figures and para_status is None and doc_type != "工作总结" and all(f.status == "目标" for f in figures) \
                    and _PLAN_WORD.search(sentence) and not _PAST.search(sentence) and not _NOW.search(sentence):
                # "今年计划完成规划面积2平方公里…。引进1个总投资5亿元以上的大项目，年内开工建设…项目3个。": a sentence of
                # the year's plans opens their list; the paragraph's next figures, said with no word of what was done, are
                # plans too (until a sentence of its own time or of what was done)
                para_status = "目标"
            elif opens_dated:
                para_status = None  # (a sentence of its own period ends it)
            elif para_status == "预计" and not figures and not _VALUE_RE.search(sentence) \
                    and not sentence.rstrip().endswith((":", "：")):
                # "全年预计完成工业总产值11.7亿元。招商引资成效显著。…共签约项目2个": a sentence that states no figure
                # (a topic of its own, not a lead-in) ends the forecast's list; the figures after it are told anew
                para_status = None
            para_park = para_park or any(f.scope == "园区" for f in figures)
            placed = _OTHER_SCOPE.search(sentence) or _WHOLE_DISTRICT.search(sentence) \
                or "强" in sentence and _RANKED_PARKS.search(sentence)
            if figures and (figures[-1].scope == "园区" or not para_park or placed):
                # (an industry's figure amid the park's is one item, not the paragraph's new subject)
                para_scope = figures[-1].scope
            elif not figures and _industry_is_the_subject(folded[pos:end]):
                para_scope = "其他"  # "一是农机制造产业产销两旺。1-8月实现产值80亿元，出口创汇450万美元": the industry's
            elif not figures and ("公司" in sentence or "集团" in sentence or "项目" in sentence) \
                    and _ENTITY_OPENS.match(sentence, _opener_end(sentence)):
                # a company or a project opening a sentence as its subject (青岭化工有限公司是园区龙头企业，…。全年实现
                # 营业收入9亿元): the figures after it in its paragraph are its own, until another subject
                para_scope = "其他"
            elif placed:
                para_scope = _scope(sentence, len(sentence), len(sentence), ctx)
                if parks_together and para_scope == "其他" and _opens_with_the_parks(sentence, ctx):
                    para_scope = "园区"  # "全省10家国家级经开区贯彻落实全省商务…会精神，…": the parks, its subject
            elif not place_report and _SUBJECT_PARK.search(sentence):
                # (in a province's or a county's report a park named in passing is no subject); another park
                # named as the sentence's subject (南塔工业园区是以冶金为主的园区。现入驻企业有7户) is the paragraph's
                para_scope = _paragraph_park(sentence, ctx)
        last_scope = para_scope or last_scope
        previous = sentence
        if (m is None or m.group() == "\n") and not (sentence.strip() and named_line):
            para_period, para_scope, para_name, para_park, para_status = None, None, None, False, None
            para_firm = False
            previous = ""
            key_list, key_place = False, ""
        pos = end
    first_line = text.lstrip().split("\n", 1)[0]
    found = _without_rounded_bounds(found, bounds, len(text) - len(text.lstrip()) + len(first_line))
    if tables := year_tables(text):
        # (a table of figures by year: its cells read as the table says, the sentence reader's reading of them left)
        found = sorted([f for f in found if not any(f.start < t.end and t.start < f.end for t in tables)]
                       + [f for t in tables for f in _table_figures(t, sections)], key=lambda f: f.start)
    return _dedupe(found, text)


# Figures of a table by year (tables.py): a row's label names the indicator as a sentence does (工业总产值（亿元）,
# 年末从业人员数(万人), 上缴税额) and its unit in brackets (or the table's 单位 column); each column's year is the figure's
# year, its heading's word its status (2023年预计 → 预计, 目标/计划 → 目标; a year alone → 实际: a statistics table
# counts what was done), the period the whole year. A park's table counting its firms calls them 企业数 (企业总数, 企业
# 个数): the park's firms. Rates, shares and growth (增长%, 比重, 同比) are no figures.
_TABLE_FIRMS = re.compile(r"^(?:年末)?(?:园区|区内|园内)?(?:企业|公司)(?:数|总数|个数|数量|家数)")
_TABLE_NOT_A_FIGURE = re.compile(r"增长|增速|增幅|同比|比重|占比|%|％|率|人均|平均|单位|利润")
_TABLE_UNIT = re.compile(r"[（(]\s*([^()（）\d]{1,6}?)\s*[)）]\s*$")
_TABLE_STATUS = {"预计": "预计", "预测": "预计", "预期": "预计", "目标": "目标", "计划": "目标", "实际": "实际", "完成": "实际"}


def _table_name(label: str) -> str | None:
    """The indicator a table row's label names: the longest form of a name it holds, or the park's firms counted."""
    folded = fold(re.sub(r"[（(][^()（）]*[)）]", "", label))
    if _TABLE_NOT_A_FIGURE.search(folded):
        return None
    if _TABLE_FIRMS.match(folded):
        return "入园企业数"
    forms = [(form, name) for form, name in _FORMS if form in folded]
    return max(forms, key=lambda f: len(f[0]))[1] if forms else None


def _table_row_named(label: str, unit_cell: str | None) -> tuple[str, str] | None:
    """(indicator, unit) of a table's row: the name its label holds, the unit in the label's brackets or its 单位 cell, of
    the kind the name counts (企业数(个) is a count; 工业总产值(个) is no row of figures we read); None otherwise."""
    name = _table_name(label)
    unit_m = _TABLE_UNIT.search(label)
    unit = fold(unit_m.group(1) if unit_m else unit_cell or "").strip() or None
    if name is None or unit is None or unit not in _UNIT_KIND and unit not in _MONEY_YI:
        return None
    kind = _UNIT_KIND.get(unit, "money")
    if _NAME_KIND.get(name, "money") != kind and not (name == "入园企业数" and kind == "count"):
        return None
    return name, unit


def _cell_figure(name: str, unit: str, cell, status: str, period: str | None, quote: str, why: dict, sections,
                 starts: list[int], growth: float | None = None, year: int | None = None) -> Indicator:
    """The figure a table's cell holds, in its row's name and unit."""
    value = float(fold(cell.text).replace(",", "").replace(" ", ""))
    section = _section_at(sections, starts, cell.start)
    return Indicator(name, _clean(value), unit, _clean(value * _MONEY_YI[unit]) if unit in _MONEY_YI else None, growth,
                     status, period, "园区", False, quote, section.heading if section else None, cell.start, cell.end,
                     year=year, why=why)


def _table_figures(table, sections) -> list[Indicator]:
    """A table's figures: of a table of years a figure per cell with its column's year and its heading's status; of a
    table whose header says what each column holds (单位 | 全年目标 | 1-11月完成 | 同比增长%) a figure per cell of a
    status's column, in the column's status and period, the growth column's value the growth of what was done."""
    out = []
    starts = [s.start for s in sections]
    for row in table.rows:
        if (named := _table_row_named(row.label.text, row.unit)) is None:
            continue
        name, unit = named
        if isinstance(table, StatusTable):
            growth = None
            if row.growth is not None and NUMBER_CELL.match(fold(row.growth.text).replace(" ", "")):
                growth = _clean(float(fold(row.growth.text).replace(",", "")))
            out += [_cell_figure(name, unit, cell, column.role, column.period,
                                 f"{row.label.text}（{column.heading}）{cell.text}",
                                 {"name": f"表格行「{row.label.text}」", "status": f"表头「{column.heading}」"}, sections, starts,
                                 growth=growth if column.role in ("实际", "累计") else None)
                    for column, cell in row.values]
            continue
        out += [_cell_figure(name, unit, cell, _TABLE_STATUS.get(word or "", "实际"), "全年",
                             f"{row.label.text}：{year}年 {cell.text}",
                             {"name": f"表格行「{row.label.text}」",
                              "status": f"表头「{year}年{word or ''}」" + ("" if word else "（表中逐年数字是已完成的）")},
                             sections, starts, year=year)
                for year, word, cell in row.values
                if cell is not None and NUMBER_CELL.match(fold(cell.text).replace(" ", ""))]  # (not 27446-3, garbled)
    return out


# a pronoun as a sentence's subject, after its time words (它们, 其, 该区, 这里): the subject spoken of last, also
# across a paragraph's end as a reader carries it ("这98家园区是…新高地。\n截至2019年底，它们共集聚企业9540家")
_PRONOUN_SUBJECT = re.compile(r"(?:它们|它|其(?![中他它余次实])|该区|该园|这里|此间)")
# a clause of a period so far, past the sentence's opening (通过开展…行动，今年前9个月，…完成…): what was done in it, which a
# paragraph's plan (2023年，某市计划…。) does not govern, as a sentence opening on its own period does not
_SO_FAR_CLAUSE = re.compile(rf"[,;:](?:今年|本年|当年|\d{{4}}年)?(?:{_FIRST_MONTHS}|(?:1[0-2]|[1-9])\s*[-—–~～至到]\s*(?:1[0-2]|[1-9])\s*月份?|"
                            r"上半年|前三季度|[一二三]季度|以来|截至目前|截止目前|目前)[,:]")
_OPENER = re.compile(r"\s*(?:(?:截至|截止|到)?[^,;:。]{0,12}?(?:年底|年末|月底|月末|年|月|季度|以来)[,;:]?|同时[,;:]?|此外[,;:]?|另外[,;:]?)?")


# a company or a project named at a sentence's start, then what it is or does (…有限公司是…, …项目位于…, …集团总投资…)
# (not an item's marker and its topic: 二是项目投资持续发力)
_ENTITY_OPENS = re.compile(rf"(?![一二三四五六七八九十]是)(?:[{CJK}A-Za-z0-9()“”]{{2,24}}?(?:有限公司|有限责任公司|股份公司|公司|集团)"
                           r"(?:是|为|系|主要(?!领导|负责)|位于|成立|于\d|总投资|计划总投资|投资|占地|专注|从事|生产|建成|已建成|始建|创建|现有|拥有)|"
                           rf"[{CJK}A-Za-z0-9“”]{{3,20}}?项目(?:[一二三四\d]期)?(?:是|系|位于|于\d|总投资|计划总投资|占地))")


# One firm as a sentence's subject, right after its time words: a company's name (or 公司 alone, the company the text is
# about) and then what it does (长城电工公司追求…, 公司从建厂至今…, 某某集团实现…): its figures are its own, not the park's.
# Not a count of companies (公司家数, 公司登记家数), companies listed or joined (…公司、…公司, 公司与…), a firm where
# something else settles or is done (…公司入驻…, …公司签约), nor someone acting on a company (记者来到…公司).
_FIRM_HINT = re.compile(r"公司|集团")
_FIRM_SUBJECT = re.compile(rf"(?P<name>[{CJK}A-Za-z“”]{{0,24}}?)(?:有限公司|有限责任公司|股份公司|公司|集团)"
                           r"(?!家数|数|总数|登记|等|和|与|及|、|同|在|入驻|落户|进驻|签约|签订|投资建设|的|[,;:。]|"
                           # (companies counted, 上市柜公司达21家, 公司共有12家: a class of firms and how many, no one firm)
                           r"(?:已?达到?|共有?|共计|约|超过?|逾|计|有)?\s*\d+(?:\.\d+)?\s*(?:多|余)?[家户个])")
_NOT_A_FIRMS_NAME = re.compile(r"记者|来到|走进|参观|考察|调研|规划|计划|开发|其中|与|和|同|向|对|在|于|从|由|据|为|以|及|把|将|被|是|"
                               r"等|有|原|管委会|政府|局|"
                               # (nor the park's own company: 某开发区投资集团, 某科技园公司, 某工业邨公司)
                               r"(?:园|邨|港|区|开发|投资|建设|发展|运营|管理|城投|控股|实业)$")
_FIRMS_OWN_NAMES = frozenset(("工业总产值", "工业增加值", "营业收入", "税收", "从业人员", "出口额", "固定资产投资"))


# a list item's mark before its first word (‧某某公司-新厂…, • 某某集团…, 1、某某公司…, (2)某某公司…): no word of the subject
_ITEM_MARK = re.compile(r"\s*(?:[‧·•●◆◇■□▪▸▶►◎\-*]+|[(（]\d{1,2}[)）]|\d{1,2}[、.．)）](?!\d))\s*")


def _firm_opens(sentence: str) -> int:
    """Where the first clause of ``sentence`` that opens with one firm as its subject (after its time words, or after a
    list item's mark) starts, or -1."""
    for start in [0] + [m.end() for m in _CLAUSE_SEP_RE.finditer(sentence)]:
        item = _ITEM_MARK.match(sentence, start) if start == 0 else None
        # (公司从投产至今仅三年，…: no time words before it)
        for at in {start, _OPENER.match(sentence, start).end()} | ({item.end()} if item else set()):
            m = _FIRM_SUBJECT.match(sentence, at)
            if m and not _NOT_A_FIRMS_NAME.search(m.group("name")):
                return start
    return -1


def _another_subject_opens(sentence: str) -> bool:
    """Whether a park, a place or another body opens ``sentence`` as its subject (after its time words)."""
    head = sentence[:_opener_end(sentence) + 12]  # (the opener too: 园区全年完成…)
    return bool(_SUBJECT_PARK.search(head) or _OTHER_SCOPE.search(head) or _WHOLE_DISTRICT.search(head)
                or _NAMED_TOWN.search(head) or _NAMED_PLACE_HEAD.search(head))


_NAMED_PLACE_HEAD = re.compile(rf"[{CJK}]{{2,6}}?(?:区|县|市|镇|乡|省|州)")  # (秦州区35户规模以上工业企业…: a place again)


def _lead_subject(lead: str, zone_park: bool) -> str | None:
    """Whose the list under a lead-in is, from the subject the lead-in opens with (after its number and time words):
    其他 for a place (全县主要经济指标完成情况如下：, 青岭县…), 园区 for the park (园区主要指标如下：), None when it opens
    with neither (按照全县统一部署，主要指标…: the place is where the order came from, not the subject)."""
    numbered = _HEADING_START.match(lead)
    lead = lead[numbered.end():] if numbered else lead.lstrip()
    at = _opener_end(lead)
    town = _NAMED_TOWN.match(lead, at)
    if town and town.group()[1] in "全我本该各":
        town = None  # (与全县相比: a comparison's 全县, no named county)
    place = _OTHER_SCOPE.match(lead, at) or (None if zone_park else _WHOLE_DISTRICT.match(lead, at)) or town
    if place is not None and not _SUBJECT_PARK.search(place.group()):
        # (not the place's park, 全县工业园区…, nor the place and the park together, 全县及园区…)
        if _SUBJECT_PARK.match(lead, place.end()) or re.match(r"(?:及|和|与|、)", lead[place.end():place.end() + 1]):
            return None
        return "其他"
    if place is not None or _SUBJECT_PARK.match(lead, at) or zone_park and _WHOLE_DISTRICT.match(lead, at):
        return "园区"
    return None


def _opener_end(sentence: str) -> int:
    """Where a sentence's subject starts: after its time words (截至2019年底，1-6月，今年以来，) and a linking word."""
    return _OPENER.match(sentence).end()


_TAIWAN_DOLLARS = {scale + c: _MONEY_YI[scale + "元"] for c in ("新台币", "台币") for scale in ("亿", "千万", "百万", "万", "")}


def _without_rounded_bounds(found: list[Indicator], bounds: list[Indicator], first_line_end: int) -> list[Indicator]:
    """A bound passed (a headline's "园区主营收入超1500亿元", "规上工业总产值突破千亿元") that the report states
    exactly elsewhere, with its status and period (主营业务收入1524.1亿元, 1061.77亿元), is that figure rounded
    down, not a figure of its own."""
    found = _without_rounded_headline(found, bounds, first_line_end)
    if not bounds:
        return found
    def amount(ind: Indicator):
        if ind.unit in _TAIWAN_DOLLARS:  # (Taiwan's pages write their 新台币 sums in 亿元 too: 2555.6亿元(新台币,下同))
            return ind.value * _TAIWAN_DOLLARS[ind.unit], "亿元"
        return (ind.value_yi, "亿元") if ind.value_yi is not None else (ind.value, ind.unit)
    drop = set()
    for b in bounds:
        bv, bu = amount(b)
        if bv is None:
            continue
        if b.scope != "园区" and b.start > first_line_end:
            # (figures of others may be of many owners: only the headline's is compared, and the figure the bound
            # follows in its own clause, 营业额达三兆零二百七十六亿元，突破三兆元: one owner, the bound its rounding)
            if any(f is not b and f.name == b.name and (f.status, f.scope) == (b.status, b.scope) and f.start == b.start
                   and f.end < b.end and amount(f)[1] == bu and amount(f)[0] is not None and amount(f)[0] >= bv
                   and not any(f is o for o in bounds) for f in found):
                drop.add(id(b))
            continue
        for f in found:
            fv, fu = amount(f)
            if f is not b and f.name == b.name and f.scope == b.scope \
                    and (f.status == b.status or b.start < first_line_end and {f.status, b.status} == _DONE_STATES) \
                    and b.period in (None, f.period) \
                    and fu == bu and fv is not None and (fv >= bv or b.start < first_line_end and fv >= bv - _last_digit(b, bv) / 2) \
                    and not any(f is o for o in bounds):
                drop.add(id(b))
                break
    return [f for f in found if id(f) not in drop]


def _last_digit(ind: Indicator, scaled: float) -> float:
    """How much the last digit written of a value stands for, in the scale ``scaled`` is in: a headline's bound rounds
    the text's figure to it ("营业收入突破1.59万亿元" for 15855亿元)."""
    return 10 ** -_decimals(ind.value) * (scaled / ind.value) if ind.value else 0.0


# (a headline's bound has no word for a running total: "投增资额逾242亿" rounds the text's "全年累计投、增资额达…242亿5000万元")
_DONE_STATES = {"实际", "累计"}


def _decimals(value: float | int) -> int:
    text = repr(value)
    return len(text.split(".", 1)[1]) if "." in text else 0


def _without_rounded_headline(found: list[Indicator], bounds: list[Indicator], first_line_end: int) -> list[Indicator]:
    """A headline's figure written short ("…去年累计实现营业收入18246亿元") that the report's text states exactly
    (累计实现营业收入18246.43亿元: the same name, status, scope and unit, more decimals, within the headline's last
    digit) is that figure rounded, not another one."""
    headline = [f for f in found if f.start < first_line_end and f.value is not None and not any(f is b for b in bounds)]
    drop = set()
    for h in headline:
        places = _decimals(h.value)
        if any(f is not h and f.start >= first_line_end and f.name == h.name and (f.status, f.scope, f.unit) == (h.status, h.scope, h.unit)
               and f.value is not None and _decimals(f.value) > places and abs(f.value - h.value) < 10 ** -places
               for f in found):
            drop.add(id(h))
            continue
        # (the headline's in a larger unit than the text's, as headlines write it short: "营业收入突破1.59万亿元" beside the
        # text's "实现营业收入15855亿元" — one figure, the text's exact one: rounding to the headline's last digit, in one scale)
        hv, hu = _in_base_unit(h.value, h.unit)
        if hv is None:
            continue
        step = 10 ** -places * (hv / h.value) if h.value else None
        if step and any(f is not h and f.start >= first_line_end and f.name == h.name and (f.status, f.scope) == (h.status, h.scope)
                        and f.unit != h.unit and f.value is not None
                        and (fu := _in_base_unit(f.value, f.unit))[1] == hu and fu[0] != hv and abs(fu[0] - hv) <= step / 2
                        for f in found):
            drop.add(id(h))
    return [f for f in found if id(f) not in drop] if drop else found


def _in_base_unit(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """A value in its unit's base (1.59 万亿元 → 1.59e12 元; 11.3 万人 → 113000 人): two spellings of one figure compared."""
    if value is None or not unit:
        return None, None
    for prefix, times in _UNIT_MAGNITUDES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return value * times, unit[len(prefix):]
    return value, unit


_AS_FOLLOWS = ("如下", "如下：", "如下:")
_LEAD_INLINE = re.compile(rf"(?:以下|如下)[^,;:。]{{0,8}}(?P<colon>[:：])\s*(?:[{CN_DIGITS}]是|[(（]?[{CN_DIGITS}\d]+[)）、.])")
_ITEM_TAIL = re.compile(r"(?:完成情况|情况|方面)?[。.:;]?$")


def _name_heading(sentence: str) -> str | None:
    """The indicator a line or a sentence names and nothing else ("（一）工业总产值。", "2.税收收入方面"): the name
    of the item's figures, which its next sentence states without it ("全年完成86.5亿元")."""
    body = sentence.strip()
    numbered = _HEADING_START.match(body)
    body = body[numbered.end():] if numbered else body
    body = body[:_ITEM_TAIL.search(body).start()].strip()
    if not body or len(body) > 16 or not _NAME_RE.fullmatch(body):
        return None  # (a cheap test first: most short sentences are no name alone)
    names = _names_in(body)
    return names[0].name if len(names) == 1 and names[0].start == 0 and names[0].end == len(body) \
        and not names[0].blocked else None


_FORECAST_OPENING = re.compile(r"\s*(?:今年|全年|年内|上半年|下半年)?(?:预计|预估|预测)")
# a plan's horizon opening a sentence (到2025年，… / 到“十四五”末，… / 至2030年底，…): a plan sets its horizon
# once and lists what it aims for in the sentences after it, to the paragraph's end (…30家以上。园区实现主营业务收入
# 1200亿元，税收40亿元。): those figures are targets, unless a sentence says what already is (已, 目前) or opens with
# a period of its own
def _opens_with_horizon(sentence: str) -> bool:
    """Whether a sentence opens with a plan's horizon and says nothing of what already is (已, 目前, 截至)."""
    return bool(_HORIZON_OPENING.match(sentence)) and not _ALREADY.search(sentence)


_ALREADY = re.compile(r"已|目前|现有|截至|截止|去年|上年|今年以来|回顾|过去")  # (_PAST less 累计: a plan totals too)
# the whole year or within it opening a sentence (全年完成…, 年内实现…): in a paragraph of the year's goals, the year the goals
# are of — no period of its own that ends them ("今年，某开发区…确保…前10强。全年完成工业开票销售突破300亿元": the goal)
_WHOLE_YEAR_OPENING = re.compile(r"\s*(?:全年|年内|今年全年)")
_YEAR_OPENING = re.compile(r"\s*(?:19|20)\d\d年(?:[1-9]|1[0-2])?月?份?(?:以来)?[，,]")  # (2022年，园区完成…: done that year)
_HORIZON_OPENING = re.compile(r"\s*(?:到|至)(?:20\d\d年|[“\"「]?十[一二三四五六七八九]五[”\"」]?)(?:期末|年末|年底|末|底)?[，,]")


def _block_end(sections, section, text_end: int) -> int:
    """Where a section ends with its subsections: the next section of its level or above."""
    if section is None:
        return text_end
    if not section.heading:  # the preamble before the first heading governs only itself
        return section.end
    later = [s.start for s in sections if s.start > section.start and s.level <= section.level]
    return min(later, default=text_end)


def _is_period_line(folded: str, start: int, end: int) -> bool:
    """A whole line (a heading, or a paragraph of one sentence) that opens with a period or
    is short and names one."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end - 1)
    line = folded[line_start:line_end if line_end >= 0 else len(folded)].strip()
    if folded[line_start:start].strip() or line != folded[start:end].strip():
        return False
    period = _PERIOD_RE.search(line)
    if period is None or period.group() in ("全年", "年度", "半年"):
        return False
    return period.start() <= 6 or len(line) <= 30


@lru_cache(maxsize=4096)  # asked once per sentence, of a few headings
def _heading_scope(heading: str | None, zone_park: bool) -> str:
    """其他 under a heading about the county or the town ("（一）全镇主要经济指标完成情况")."""
    folded = _mask(_COMPARISON, fold(heading or ""))  # "规上工业高于全市1.0%": a comparison
    places = list(_OTHER_SCOPE.finditer(folded)) + ([] if zone_park else list(_WHOLE_DISTRICT.finditer(folded)))
    if not places:
        return "园区"
    last = max(m.end() for m in places)
    return "园区" if _SUBJECT_PARK.search(folded, last) else "其他"


def _report_period(period: str) -> str | None:
    return period if period in ("全年", "上半年", "下半年") else None


def _section_at(sections, starts: list[int], offset: int):
    """The section holding ``offset`` (sections in text order; ``starts`` their starts)."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and offset < sections[i].end:
        return sections[i]
    return next((s for s in sections if s.start <= offset < s.end), None)  # (overlapping sections)


_REVIEW_HEADING = re.compile(r"总结|完成情况|回顾|成效|进展情况|开展情况")
_PLAN_HEADING = re.compile(r"计划|打算|安排|思路|目标|任务|重点")


# the goals of a year stated (as rates: 增长目标为8%，力争实现两位数增长) in a sentence of no figure
_GOALS_STATED = re.compile(r"目标(?:为|是)|预期目标|力争|确保|争取")
_A_YEARS_GOALS = re.compile(r"(?:19|20)\d\d年|今年|明年|全年|新的一年")
# (a sentence opening on what was done ends the goals: 今年以来，…; 去年，…)
# (a period opening a sentence may carry its year: 今年1-8月，…; 2023年上半年，… — the period is what it states)
_YEAR_WORD_OPENING = re.compile(r"^\s*(?:今年|本年|当年|(?:19|20)\d\d年)?")
_DONE_OPENING = re.compile(r"\s*(?:今年以来|去年|上年|过去一年|一年来|回顾)")
_PLAN_OPENING = re.compile(r"\s*(?:(?:19|20)\d\d年|今年|明年|新的一年)(?:[,:]|是)?[^,;:。]{0,16}?(?<![已曾])将(?:继续|坚持|紧紧|全力|深入|围绕|聚焦|以|着力|"
                           r"大力|突出|重点|紧扣|锚定|持续|加快|全面)")


def _is_plan(doc_type: str, section, parent: str = "") -> bool:
    """Whether a section's figures are targets: a plan section or a plan document — but not
    a section whose heading (or its parent's) says it reviews what was done ("一、2021年工作
    总结" in a report dated 2020 is still a review)."""
    category = section.category if section is not None else None
    if _reviews(((section.heading or "") if section is not None else "") + "|" + parent):
        return False
    if category == "计划安排":
        return True
    return doc_type == "工作计划" and category not in ("成效进展", "存在问题")


@lru_cache(maxsize=4096)
def _reviews(headings: str) -> bool:
    folded = fold(headings)
    return bool(_REVIEW_HEADING.search(folded) and not _PLAN_HEADING.search(folded))


def _parent_heading(sections, section) -> str:
    """The heading of the section a subsection belongs to (the last one above its level)."""
    if section is None:
        return ""
    above = [s for s in sections if s.start < section.start and s.level < section.level]
    return above[-1].heading or "" if above else ""


def _period_name(m: re.Match) -> str | None:
    if m.group("range"):
        r = re.sub(r"\s|份", "", m.group("range"))
        r = re.sub(r"月?[-—–~～至到]+", "-", r)
        r = re.sub(rf"[{CN_DIGITS}]+", lambda d: str(int(parse_cn_number(d.group()))), r)
        return "全年" if r == "1-12月" else r
    if m.group("upto"):
        return "全年" if m.group("upto") == "12" else f"1-{m.group('upto')}月"
    if m.group("first"):
        return f"1-{int(parse_cn_number(m.group('first'))) if not m.group('first').isdigit() else m.group('first')}月"
    named = m.group("named")
    return {"年度": "全年", "半年": "上半年", "首季度": "一季度"}.get(named, named.replace("第", ""))


def _lead_status(sentence: str) -> str | None:
    """预计/目标/累计 when a lead-in line says so ("预计全年主要指标如下："), in the clause that
    introduces the list — not a goal named earlier in a long paragraph ("围绕…目标，…，现将…汇报如下：")."""
    body = sentence.rstrip().rstrip(":：")
    last_clause = _mask(_GOAL_NOUN, body[_clause_start(body, len(body)):])
    status = next((status for _, _, status in _strong_marks(last_clause)), None)
    if status is None and "将" in body:
        # the future 将 as the lead-in's verb ("2024年，园区将锚定…，重点做好以下几项工作："): the list is the plan
        masked = _mask(_GOAL_NOUN, body)
        status = next((st for at, _, st in _strong_marks(masked, masked) if masked[at] == "将"), None)
    return status


# ------------------------------------------------------------------ one sentence


@dataclass
class _Name:
    name: str
    start: int
    end: int
    blocked: bool = False  # an increment (新增规上企业) or another quantity: never a figure of its own
    used: bool = False
    increment: bool = False  # blocked as an increment: "新增6家，总数达到58家" gives the total its name
    how: str = ""  # how the form was recognised, when not as a listed form (for inspect)
    after_sum: bool = False  # blocked only because a sum stands right before it ("完成80亿元工业总产值")
    measured: bool = False  # the value right before it measures it, whatever the verb (园区605公顷的土地上)
    part: str | None = None  # the part of the zone whose land it is (首期规划用地, 西片区用地面积): scope 其他


@dataclass
class _Value:
    value: float | None
    masked: bool
    unit: str
    start: int
    end: int


@dataclass
class _Figure:
    name: str
    value: _Value | None
    name_start: int
    quote_start: int
    quote_end: int
    growth: float | None = None
    growth_set: bool = False
    status: str = "实际"
    period: str | None = None
    scope: str = "园区"
    section: str | None = None
    why_name: str = ""  # which rule named it (for inspect)
    why_status: str = ""  # which words or rule decided its status
    bound: bool = False  # stated as a bound passed (突破千亿元, 超1500亿元): a rounding of a figure stated elsewhere?
    year: int | None = None  # the year of a value in a year-by-year list (2016年至2018年分别完成…A、B、C): its own
    measure: str | None = None  # of an area: 建成 for how much of it is built (_BUILT_AREA), None for its planned area
    part: bool = False  # a part a 其中 singled out (its scope 其他): an item of the list, not the end of it


# (a bound on the money in any currency and wording is a class by size: 亿元以上, 3000万美元及以上项目)
# a currency's name written before the sum it counts in, as Taiwan's and Hong Kong's papers write it (新台币(下同)2,555.6亿元)
_CURRENCY_BEFORE = re.compile(r"(?:新台币|台币|人民币|港币)(?:\s*[(（]下同[)）])?\s*$")
# (a project's size said before its noun, 新落户50亿元产业项目3个, 引进10亿元级项目2个: projects of that size, a class;
# not the whole's cost, 总投资50亿元的项目)
_SUBSET = re.compile(r"(?:亿|千万|百万|万)(?:美元|港元|元)?(?:及|或)?以上|[过超逾](?:\d+|[十百千])*[万亿]元?|亿元级|重点|重大|省级|市级|县级|储备|在谈|在建|续建|前期|"
                     r"(?<![资额\d.])(?:\d+(?:\.\d+)?|[十百千])(?:亿|千万|百万|万)(?:美元|元)级?(?:的)?(?:产业|工业|制造业|实体)?项目|"
                     r"上亿元|"
                     r"基础设施|配套|民生|道路|意向|洽谈|社会事业|公益")


# on a park's profile (its title the park's name alone), the land said bare with a zone's measure right after it
# (面积达68.36公顷, 面积共计429.98公顷, 占地75公顷, 面积:653公顷) is the park's — the subject an entry describes, left unsaid
# in its later sentences — unless the clause names another owner first (a project, a firm, a building, a phase or a part)
_PROFILE_LAND = re.compile(r"\s*[:：]?\s*(?:共计|合计|总计|共|约|达到?|为|近|逾|超过)*\s*[\d][\d,.]*\s*(?:平方公里|平方千米|公顷|万英亩|英亩|万亩|亩)")
_PROFILE_OTHER_OWNER = re.compile(r"项目|公司|企业|厂|楼|大厦|建筑|(?<![市镇城])中心|基地|[一二三四五六七八九首\d]期|片区|园址|[第\d一二三四五六七八九]园区|分园|"
                                  r"保育区|绿地|公园|湿地|水库|码头|港口|港区")


_PROFILE_HOW = "（园区简介：标题即园区名，不言主语的面积、占地是它的）"


def _profile_land(sentence: str, m: re.Match) -> bool:
    """A park profile's land said bare (面积, 占地 with a zone's measure next), no other owner named before it."""
    return bool(_PROFILE_LAND.match(sentence, m.end())) \
        and not _PROFILE_OTHER_OWNER.search(sentence, _clause_start(sentence, m.start()), m.start()) \
        and not _PROFILE_OTHER_OWNER.search(sentence[:m.start()].rsplit(";", 1)[-1])


# a park that is itself a project being built (a logistics park's, an industrial park's construction: 某物流园项目开工,
# 某产业园一期项目落成, the park's name right before 项目 in the title or the text): its news says 该项目, 项目整体 or
# the park's name with 项目 for the park, and the land such a clause opens on (该项目位于…，占地209亩; 项目总投资2.13亿元，
# 占地168亩; 项目整体占地135亩) is the park's area — the labellers list it so on 5 pages of 5, four hosts (session 34);
# any other owner named in the clause first (a firm, a building, a phase, another project) keeps it that owner's
# (not the park's projects spoken of together: 某园区项目建设提速, 项目集中开工, 项目推进会, 招商项目)
_PARK_AS_PROJECT = r"(?:[一二三四五首]期)?(?:工程)?项目(?!建设|集中|推进|观摩|招商|库|谋划|储备|调度|服务)"
_PARK_HEADS = r"(?:园区|工业园|产业园|物流园|科技园|开发区)"
# a park named as a project in the lead, with its own name before the head (某某集团产业园项目, 某镇某某创业园项目): the
# lead's topic, when the report's park is not read (a name vouched by nobody); one such name only
_PARK_PROJECT_NAMED = re.compile(rf"[{CJK}]{{2,16}}?(?:园区|工业园|产业园|物流园|科技园|创业园|开发区)" + _PARK_AS_PROJECT)
_LEAD_CHARS = 300
_PARK_PROJECT_HOW = "（园区本身即在建项目：“该项目”“项目”所说的占地是园区的面积）"


def _park_project_land(sentence: str, m: re.Match, park_name: str) -> bool:
    """The land of the project the report's park is: its clause opens on 该项目, 项目 or the park's name + 项目, and no
    other owner (a firm, a building, a phase, another project) nor a 其中 comes before the land."""
    head = sentence[:m.start()].rsplit(";", 1)[-1]
    # (the nearest clause that opens on the project, .* taking the clauses before it: 包含某某产业园项目，该项目总投资…，占地…)
    opens = re.search(rf"^.*(?:^|[,:])\s*(?:据[^,;:]{{0,30}}?[,:])?\s*(?:该|本|整个|{re.escape(park_name)}|[^,;:]{{1,24}}?{_PARK_HEADS})?"
                      r"项目(?:整体|总体)?"
                      r"(?P<rest>[^;]*)$", head)
    return bool(opens) and not _PROFILE_OTHER_OWNER.search(_BUILT_BY.sub("", opens.group("rest"))) \
        and "其中" not in opens.group("rest") \
        and not re.search(r"[一二三四五首\d]期$", head[:opens.start("rest")].removesuffix("项目整体").removesuffix("项目总体")
                          .removesuffix("项目"))


def _zone_placed(sentence: str, at: int) -> bool:
    """Whether the item (from the sentence's start or its last ;) ending at ``at`` names a zone and where it lies, the
    land said next its own (see _ZONE_PLACED)."""
    return bool(_ZONE_PLACED.fullmatch(sentence, sentence.rfind(";", 0, at) + 1, at))


# the heads a zone's name ends with, as the subject of its clause (某科学园区, 某物流园, 该园区, 某工业邨)
_ZONE_SUBJECT_HEAD = re.compile(r"(?:(?<![公校家花庄陵乐物游])园|园区|开发区|高新区|经开区|工业区|集中区|集聚区|科学城|科技城|工业邨|"
                                r"加工区|保税区|合作区|示范区|试验区|特区|自贸区|自贸港区|自贸港)$")
# …and a clause opened by a zone's name and a verb of being or lying (某科技加值园区位在…, 某园区是…, 该园区于…成立)
_ZONE_OPENS_CLAUSE = re.compile(r"\s*(?:据[^,;:。]{0,12}?[,:])?(?:该|本|我)?[^,;:。\d]{0,24}?" + _ZONE_SUBJECT_HEAD.pattern[:-1]
                                + r"[”\"’」』]?(?:位于|位在|位处|地处|坐落|沿(?=[^,;:。]{1,20}?(?:分布|布局|延伸|展开))|是|为|于|成立|设立|始建|创建|由|(?:全称|全稱|简称|簡稱|又称|又稱|原名)(?:为|為|是)?)")
# what may stand before the land's name in its own clause: words of the whole or of when, no owner (总, 规划, 目前)
_LAND_PREFIX = re.compile(r"\s*(?:其|总|规划|共|约|现|现有|目前|已|全部|整体)*\s*")
# a zone named right before its land, as the subject of the land's clause — a bare 园 or a sub-zone's head too (东园占地
# 6.4平方公里, 某自由贸易港区面积45公顷), or the name as an entry's label, a colon or a space between (新竹科学园区
# 面积:653公顷; 1. 某综合工业区:占地500公顷): whose the land is the name says, the report's park or another (scope as
# the name's); not a farm's or a garden's (茶园面积3万亩). Counted on the session-40 study sets before coding: 7 labelled areas on 5 hosts the
# reader left out (meiwenyun, taiwan.cn, hmguojiribao, hondapac, yam)
_ZONE_NAME_BEFORE_LAND = re.compile(
    r"\s*(?:(?:其中|目前|现|如今|另外|此外)[,:]?)?\s*(?:\d{1,2}\s*[.、]\s*)?(?:该|本)?"
    r"[^,;:。、\d\s]{0,20}?(?:" + _ZONE_SUBJECT_HEAD.pattern[:-1] + r"|专业区|贸易区|产业区|贸易港区|功能区)"
    r"[”\"’」』]?\s*[:：]?\s*(?:总|规划|共|约|现|现有|目前|既有)*\s*")  # (its name quoted: “某某工业园”占地面积50亩)
_ZONE_NAME_HOW = "（园区名紧跟在占地、面积之前：是它的土地）"
_ZONE_NAME_OTHER_OWNER = re.compile(r"项目|公司|企业|厂|楼|大厦|中心|基地|学校|医院|小区|社区|[茶果菜桑竹田庭]园|植物园|动物园")


def _zone_named_before_land(sentence: str, at: int) -> bool:
    """Whether the land's name at ``at`` has a zone's name right before it as its clause's subject, or as the label of
    an entry ending the clause before in a colon (see _ZONE_NAME_BEFORE_LAND)."""
    start = _clause_start(sentence, at)
    if start and sentence[start - 1] in ":：":
        start = _clause_start(sentence, start - 1)  # (某综合工业区:占地500公顷: the entry's label before its colon)
    words = sentence[start:at]
    return bool(_ZONE_NAME_BEFORE_LAND.fullmatch(words)) and not _ZONE_NAME_OTHER_OWNER.search(words)


# words of another owner of land in the clauses between the zone and its land (项目, 企业, 厂房…: their land, not the zone's)
_OTHER_LAND_OWNER = re.compile(r"项目|公司|企业|厂房|工厂|厂区|大楼|工程|基地|中心|学校|医院|小区|[一二三四五首]期|片区|分园")


_FORMERLY = re.compile(r"(?:昔日|当年|原来|原先|最初|起初|当初|曾经|过去|从前|原|从|由)$")
# a demonstrative before the land of a zone named after it (这片占地66亩的园区, 该占地…的产业园): the zone exists
_POINTED_AT_LAND = re.compile(r"(?:这片|这个|这座|该|此)$")
_OF_A_ZONE_AFTER = re.compile(r"的[^,;:。]{0,8}?(?:园区|产业园|工业园|开发区|高新区|经开区|物流园|科技园|特区|合作区)")
# who built or runs the zone, after it (某自贸区由某投资有限公司、某州政府共同投资建设，占地…): the builders, no owner of land
_BUILT_BY = re.compile(r"由[^,;:。]{2,40}?(?:共同|联合|合作)?(?:投资)?(?:建设|开发|兴建|建立|设立|运营|管理)(?!的)")


# the project bare, with nothing naming which (项目规划占地1万亩, 该项目总用地…): the topic's own, when the zone is the topic
# of the clauses before it (某产业园位于某镇，以…为主题，项目规划占地1万亩: a park being built is its own project)
_THE_PROJECT_ITSELF = re.compile(r"\s*(?:该|本|整个)?项目\s*(?:总|规划|共|约)*\s*")


# a clause saying where the topic lies, by distance or by what it borders (距中心城区4公里, 紧邻某高速, 毗邻某港): the places
# it names own no land of the topic's
_LIES_BY = re.compile(r"\s*(?:距离?|离|紧邻|毗邻|邻近|临近|紧靠|靠近|东[至临接邻]|西[至临接邻]|南[至临接邻]|北[至临接邻])(?!.*(?:占地|用地|面积))")


def _zone_is_topic(sentence: str, at: int) -> bool:
    """Whether the clauses before ``at`` carry a zone as their topic, the land said bare at ``at`` its own: walking back
    over the clauses without a subject of their own (于1999年开始动工, 紧邻某计划区, 86年7月奉…核定为…用地) to the first
    that has one, it is a zone (某科学园区位于…; 某物流园区是…重点项目) — Chinese says the topic once and lets the clauses
    after it predicate (某园位在…，紧邻…，面积约176公顷). None where a clause on the way names another owner of land (园区
    引进项目20个，总投资…，占地…: the projects'), nor where the first subject found is not a zone."""
    own = _clause_start(sentence, at)
    if not _LAND_PREFIX.fullmatch(sentence, own, at) and not _THE_PROJECT_ITSELF.fullmatch(sentence, own, at):
        return False  # (the land's own clause names its owner: 星河电子项目占地120亩, 园区物流中心占地…)
    for start, end in _clauses_back(sentence, own - 1):
        clause = sentence[start:end]
        if _LIES_BY.match(clause):
            continue  # (距中心城区4公里, 紧邻绕城高速: where the topic lies, the places no owner of its land)
        if _OTHER_LAND_OWNER.search(_BUILT_BY.sub("", clause)) or clause.lstrip().startswith("其中") \
                or sentence[max(0, start - 4):start].rstrip(",: ").endswith("其中"):
            return False  # (…是由某集团投资建设的项目: the zone said to be a project keeps its land the project's; 其中某园
            # 在…: a part singled out, read as a part where its form is known, _PART_OPENS)
        if _ZONE_OPENS_CLAUSE.match(clause):
            return True  # (the zone's name opening the clause, whatever the segmenter makes of its inner words: 加值园区)
        if _describes_the_topic(clause):
            continue  # (某园位于…，交通便捷、区位优势突出，规划占地1600亩: what the topic is like, said of it)
        subject, _place, predicate = _clause_subject(clause)
        if subject and predicate:
            return bool(_ZONE_SUBJECT_HEAD.search(subject.strip()))
    return False


def _describes_the_topic(clause: str) -> bool:
    """Whether a clause only says what the topic before it is like: items (apart by 、) of a noun and a quality
    (交通便捷、区位优势突出, 环境优美, 地势平坦): Chinese comments on a topic with a clause of its own subject and an
    adjective (主谓谓语句), which no owner of land opens, so the topic stays the one before it."""
    items = [w for w in re.split("[、和及]", clause.strip()) if w]
    if not items or any(re.search(r"\d", item) or len(item) > 8 for item in items):
        return False
    quality = False
    for item in items:
        tagged = word_tags(item)
        if len(tagged) < 2 or not tagged[0][1].startswith("n") or tagged[-1][1] not in ("a", "ad", "an", "v") \
                or any(tag not in ("n", "a", "ad", "an", "d") for _, tag in tagged[1:-1]):
            return False
        quality = quality or tagged[-1][1].startswith("a")
    return quality


# A tax noun whose 税 is the object of a relief (免税金额, 退税额, 留抵退税) or that a relief follows as its head (税收减免,
# 税收优惠, 税收返还): the tax a park's firms were spared or given back, never the tax they paid
_TAX_RELIEF_BEFORE = re.compile(r"(?:减免|免|减|退|抵|返|让|缓)(?:地方|国家|中央)?$")  # (减免地方税收: whose the tax is between)
_TAX_RELIEF_AFTER = re.compile(r"^(?:额|金额|总额)?(?:减免|优惠|返还|退还|返|退|抵免|抵扣|减征|减半|豁免|奖励|奖补|扶持)")


def _tax_relieved(name: str, own_before: str, after: str) -> bool:
    """The tax noun names a relief, not taxes paid (全年为企业办理免税金额3亿元; 园区税收减免2亿元)."""
    return name == "税收" and bool(_TAX_RELIEF_BEFORE.search(own_before) or _TAX_RELIEF_AFTER.match(after))


# the verb of widening a zone with the area as its object (拓展园区面积2平方公里, 扩大园区面积3平方公里): land added, an
# increment as 新增 makes one, not the zone's area — unless the area is what it reaches (扩大园区面积至12平方公里)
_AREA_WIDENED_BEFORE = re.compile(r"(?:拓展|扩展|扩大|拓宽|新拓|扩区)(?:了)?(?:园区|开发区|园|区)?(?:规划)?$")
_AREA_REACHED = re.compile(r"^(?:扩展|扩大|拓展)?(?:至|到|达到?)")


# a clause that adds to a figure, its verb first (增加工业总产值约6.5亿元, 新增产值…): the clause after it that opens on a name
# and its value alone (，税收约3600万元) shares the verb, an increment too
_INCREMENT_CLAUSE = re.compile(r"\s*(?:预计|可|将|年|每年)*(?:新增|增加|净增)[^,;:。\d]{2,12}?(?:约|近|达)?\d")


def _increment_carried(sentence: str, at: int, end: int) -> bool:
    """Whether the name at ``at`` opens its clause with its value right after it, no verb of its own (税收约3600万元;
    not 工业企业总数达到47家), and the clause before it adds to a figure (see _INCREMENT_CLAUSE)."""
    own = _clause_start(sentence, at)
    if own == 0 or sentence[own:at].strip() or sentence[own - 1] not in ",，" \
            or not re.match(r"\s*(?:约|近|超|逾)?\d", sentence[end:end + 4]):
        return False
    return bool(_INCREMENT_CLAUSE.match(sentence, _clause_start(sentence, own - 1), own - 1))


def _area_widened(name: str, own_before: str, after: str) -> bool:
    """The area is the object of a verb of widening the zone: land added, no area of the zone's."""
    return name == "面积" and bool(_AREA_WIDENED_BEFORE.search(own_before)) and not _AREA_REACHED.match(after)


# A class of firms as the subject of a figure firms own (园区高新技术企业实现营业收入…, 10家龙头企业上缴税收…, “十百千”工程企业
# 实现产值…): the class's share, a part (scope 其他) as a breakdown by kind's parts are, not the park's whole; its bare output
# (实现产值) none, as _OUTPUT_CLASS's classes' — the modifier before 企业 names a designation (high-tech, leading,
# specialised, listed, foreign-funded, a size floor, a ranking) or a programme (a quoted name, …工程, …计划). The park's own
# firms (园区企业, 入驻企业, 规上企业, “规上”企业) and a part singled out by 其中 are left as they are read.
_FIRM_CLASS = (r"高新技术|高技术|高新|科技型|创新型|龙头|骨干|重点|专精特新|小巨人|瞪羚|独角兽|单项冠军|隐形冠军|上市|挂牌|"
               r"外资|外商投资|民营|亿元以上|千万元以上|百强|\d+强|[一二三四五六七八九十百]+强|"
               r"(?<![规四]上)(?<!规模以上)”|工程|计划")
# (the class glued to 企业, a kind word at most between: 高新区企业 are the zone's firms; after a size floor, 规模以上高新技术企业,
# the class is the statistics' coverage a zone reports its whole by, as Zhongguancun does)
_FIRMS_OF_A_CLASS = re.compile(rf"(?P<firms>(?<!规模以上)(?<!规上)(?<!限上)(?<!限额以上)(?:{_FIRM_CLASS})(?:的)?(?:工业|制造业|中小|科技)?企业)"
                               r"(?:共|合计|累计|全年|上半年)?(?:实现|完成|创造|创|上缴|上交|缴纳|实缴|达到?|为)?(?:了)?$")


# (…占园区比重71.4%: the class's figure told as its share of the park's, a part the house lists, scope 其他)
_SHARE_OF_THE_PARK_AFTER = re.compile(r"占[^,;:。]{0,8}?(?:园区|全区|开发区|高新区|经开区|全园)")


def _firms_of_a_class(name: str, sentence: str, at: int) -> str | None:
    """The class of the park's firms that is the subject of the figure, when one is (not after 其中, nor told as its
    share of the park's: a part singled out so keeps its reading)."""
    if name not in _FIRMS_OWN_NAMES:
        return None
    clause = sentence[_clause_start(sentence, at):at]
    subject = _FIRMS_OF_A_CLASS.search(clause) if "其中" not in clause else None
    if subject is None or _SHARE_OF_THE_PARK_AFTER.search(sentence, at, at + 40):
        return None
    start = subject.start("firms")
    if clause[start] == "”":  # (a quoted programme's name: the class is the name with its quotes, “百千万”工程企业)
        start = max(0, clause.rfind("“", 0, start))
    return clause[start:subject.end("firms")]


def _names_in(sentence: str, profile: bool = False, park_project: str = "") -> list[_Name]:
    names = []
    turnover_owned = False
    hidden = sentence  # the sentence with the names read so far masked: a name is never a word of the next
    # one's ("工业增加值、税收收入": the 增加 of 增加值 makes no increment of 税收)
    pos = 0
    while (m := _NAME_RE.search(sentence, pos)) is not None:
        pos = m.end()
        at = max(_clause_start(sentence, m.start()), m.start() - 6)
        before, own_before = sentence[at:m.start()], hidden[at:m.start()]
        hidden = hidden[:m.start()] + "#" * (m.end() - m.start()) + hidden[m.end():]
        after = sentence[m.end():m.end() + 12]
        if m.group() == "外资" and not _SECOND_OBJECT.search(sentence, _clause_start(sentence, m.start()), m.start()):
            continue  # "利用内资15.5亿元、外资4101万美元": 外资 alone is a name only as 利用's second object
        owner_from = max(_clause_start(sentence, m.start()), m.start() - 16)  # (where a turnover's owner may stand)
        if m.group() in _TURNOVER and not turnover_owned \
                and not _TURNOVER_OWNER.search(sentence, owner_from, m.start()) \
                and not _OWNER_OF_THE_SENTENCE(sentence, m.start()):
            continue  # "月销售额3万元", "对外工程承包营业额": not what the park's firms earned
        if m.group() in _OWNED_INCOME and not m.group("trade_income") \
                and (not _TURNOVER_OWNER.search(sentence, owner_from, m.start())
                     or _STATE_SECTOR.search(sentence, owner_from, m.start())):
            continue  # (收入 bare only with the park or its firms right before it, 园区收入, 企业实现收入: 管理收入, 旅游收入
            # and a turnover named before in the sentence give it no owner; a trade's, 软件行业完成收入, is trade_income)
        if m.group() in _FIRM_COUNTS and not turnover_owned and not _SUBJECT_PARK.search(sentence, 0, m.start()) \
                and not _ZONE_PARK.search(sentence, 0, m.start()):
            continue  # "上市公司数": companies of no park; "园区…营业额…；公司家数达715家": the park's
        if m.group() == "招商引资" and not _PAID_IN_BARE.match(sentence, m.end()):
            continue  # "全口径招商引资完成17.3亿元": the sum brought in; "招商引资签约…", "招商引资实现新突破": no figure
        if m.group() == "纳税" and not _TAX_PAID_SUM.match(sentence, m.end()):
            pos = m.start() + 1  # (缴纳税收总计…: the 税收 the rejected 纳税 overlaps is a name of its own)
            continue  # "累计纳税超过50亿元": the tax paid; 纳税人, 纳税信用, 纳税300万元以上企业: no figure of it
        if m.group() == "增加值" and not any(n.name == "工业总产值" for n in names) \
                and not _INDUSTRY_BEFORE_VALUE_ADDED.search(sentence, max(0, m.start() - 40), m.start()) \
                and not (any(n.name == "营业收入" for n in names) and _INDUSTRY_NAMED.search(sentence, 0, m.start())):
            # ("某某工业园实现主营业务收入56亿元、增加值18亿元": an industrial park's or industry's turnover, then its value
            # added said short — industry's, as after its output)
            continue  # "工业总产值增长至75.4亿元，增加值达到19.5亿元": the same industry's value added, said short
            # (or industry's firms or trades as the subject: "规模以上工业企业50家，实现增加值40亿元")
        if m.group() == "增加值" and re.search(r"(?:经济|經濟|服务业|服務業|农业|農業|旅游|旅遊|文化产业|第三产业)$",
                                              sentence[max(0, m.start() - 4):m.start()]):
            continue  # "数字经济增加值8.3亿元": another aggregate's value added, named right before it, no industry's
        if (m.group() in _BROUGHT_IN_FORMS or m.group("brought")) and not _so_far(sentence, m.start()) \
                and not (_NEW_ARRIVALS_BEFORE.search(before) and not m.group("brought")) \
                and not _PLANNED_INTRODUCTION.search(sentence, _clause_start(sentence, m.start()), m.start()) \
                and not _GOALS_LISTED.search(sentence, 0, m.start()):
            pos = m.start() + 1 if m.group("brought") else pos  # (a name inside the words read from the next character)
            continue  # "截至6月，园区引进企业36家": the park's firms; "今年引进企业12家": how many came — and so with words
            # between the verb and 企业 (截至目前，某园已引进国内外知名企业200多家; 计划引进两岸电子产业上下游企业超20家, a plan's)
        part_land = (_PART_BEFORE_LAND.search(sentence, max(_clause_start(sentence, m.start()), m.start() - 14), m.start())
                     or _PART_OPENS.match(sentence)) if _name_of(m) == "面积" else None
        if part_land and not _AREA_OF_WORKS.search(sentence, max(0, m.start() - 4), m.start()):
            # "首期1500亩的规划用地", "西片区…用地面积165公顷", "首开区占地166亩", "主片区…面积18.07平方公里": the land of a
            # phase or a part of the zone, its own (scope 其他), not the zone's and not a project's
            names.append(_Name("面积", m.start(), m.end(), part=part_land.group("part")))
            continue
        by_profile = False  # (the land said bare on the park's profile: see _PROFILE_LAND)
        by_zone_name = False  # (a zone's name right before the land: see _ZONE_NAME_BEFORE_LAND)
        if m.group() == "面积" and not _AREA_DESCRIBES_PARK.match(sentence, m.end()) \
                and not _PARK_BEFORE_LAND.search(sentence, 0, m.start()) and not _PARK_DESCRIBED.match(sentence[:m.start()]) \
                and not _zone_placed(sentence, m.start()) and not _zone_is_topic(sentence, m.start()) \
                and not (by_zone_name := _zone_named_before_land(sentence, m.start())) \
                and not _BOUNDS_BEFORE_AREA.search(sentence, max(0, m.start() - 40), m.start()) \
                and not _PART_NAMED_BEFORE_AREA.fullmatch(sentence, _item_start(sentence, max(0, m.start() - 1)), m.start()) \
                and not (by_profile := profile and _profile_land(sentence, m)):
            continue  # "面积" alone is a park's only in "面积达X平方公里的…园区" (how descriptions give a park its size)
            # or right after the park ("开发区面积为6平方公里", "高新区规划面积…"), as 园区面积 is, or in the park's own
            # description ("青山工业园区是省级开发区，面积12平方公里", as its 占地 is)
        by_project = False  # (the land of the project the park is: see _park_project_land)
        if m.group() in _LAND_FORMS and not _PARK_BEFORE_LAND.search(sentence, 0, m.start()) \
                and not _PARK_DESCRIBED.match(sentence[:m.start()]) and not _AREA_DESCRIBES_PARK.match(sentence, m.end()) \
                and not _zone_placed(sentence, m.start()) and not _zone_is_topic(sentence, m.start()) \
                and not (by_zone_name := _zone_named_before_land(sentence, m.start())) \
                and not _parks_listed_then_respectively(sentence, m) \
                and not (_BOUNDS_BEFORE_AREA.search(sentence, max(0, m.start() - 40), m.start())
                         and _RANGE_LABELLED.search(sentence, 0, m.start())) \
                and not (by_profile := profile and _profile_land(sentence, m)) \
                and not (by_project := bool(park_project) and _park_project_land(sentence, m, park_project)):
            continue  # "项目占地120亩": a project's land; "园区占地3000亩", "开发区规划用地…": the park's area
        if m.group() == "建成区" and sentence[max(0, m.start() - 1):m.start()] in ("在", "于"):
            continue  # "在建成区10平方公里内具备了…": where something is, the place's size no statement of it
        if m.group() in _SIZE_CLASS_SHORT and not _FIRMS_COUNT_RIGHT_AFTER.match(after):
            continue  # "规模工业91家": the firms above the size line, 企业 said short; "规模工业实现…" is no count
        if m.group() == "出口" and (not _EXPORT_VALUE.match(after) or not _EXPORT_BEFORE.search(before)):
            continue  # "实现出口3.5亿美元", "其中出口…"; not 进出口, 出口企业, a named park's (竹科出口…)
        # (营业额 said again in the sentence is the same owner's: "去年中科营业额为…；预估今年营业额可达…")
        turnover_owned = turnover_owned or m.group() in _TURNOVER
        name = _name_of(m)
        # 新 glued to the name is an increment too: 新入驻企业 is the name 入驻企业 with 新 before it
        clause = sentence[_clause_start(sentence, m.start()):m.start()]
        increment = bool(name in _NO_INCREMENT and (_INCREMENT.search(own_before) or before.endswith("新")
                                                    or before.endswith("的") and _INCREMENT.search(clause)
                                                    # (其中 splitting an increment: "新增四上企业22家，其中规上工业企业16家")
                                                    or name in _STOCK_NAMES and _SPLIT_OF_AN_INCREMENT.search(
                                                        sentence, max(0, m.start() - 40), m.start())
                                                    or _increment_carried(sentence, m.start(), m.end())))
        not_before = _NOT_BEFORE.search(own_before)
        trade_part = False
        if not_before and not_before.group() in ("协议", "合同") and name == "签约项目数" \
                and not re.search(r"意向|框架|拟|洽谈|在谈", sentence[_clause_start(sentence, m.start()):m.start()]):
            not_before = None  # "协议引进项目17项", "合同引进项目": projects brought in under an agreement are signed ones
        if not_before and not_before.group() == "产业" and m.group().startswith("园区"):
            not_before = None  # "马稠后产业园区面积为…": 产业 is the park's head (产业园区), no trade's part
        if not_before and not_before.group() == "城镇" and name == "固定资产投资":
            not_before = None  # 城镇固定资产投资: the statistics' name of fixed-asset investment before 2011, not a part
        if not_before and not_before.group().endswith("以上") and name in ("固定资产投资", "工业投资") \
                and _STATISTICS_THRESHOLD.search(sentence, max(0, m.start() - 10), m.start()):
            not_before = None  # 500万元以上固定资产投资: the statistics' own coverage of investment (projects of 500万元
            # and more since 2011, 50万元 before), the whole as bureaus count it — not a class of projects
        if not_before and not_before.group() == "产业" and name in ("工业总产值", "营业收入") and _NAMED_TRADE.search(clause_words := sentence[
                _clause_start(sentence, m.start()):m.start()]) and not _CLASS_OF_FIRMS.search(clause_words) \
                and not _GENERIC_TRADE.search(clause_words[:-2]):
            not_before = None  # "光伏产业总产值达35亿元": one named trade's output, a part (scope 其他), as 光伏产业实现产值…
            trade_part = True
        if increment and name == "入园企业数" and m.group() in _ARRIVAL_FORMS and _NEW_ARRIVALS_BEFORE.search(before) \
                and "累计" not in own_before \
                and not not_before and not _NOT_AFTER.match(after) and not _TOTAL_AFTER_INCREMENT.match(sentence, m.end()):
            # "今年新增入园企业23家", "新入驻企业14家", "新引进企业5家": a period's new arrivals, signed as a period's new
            # projects are (docs/labelling.md; the blind labellers 5 of 5 on 4 hosts, sessions 47–54), not the park's firms
            names.append(_Name("签约项目数", m.start(), m.end(), how=_NEW_ARRIVALS_HOW))
            continue
        blocked = bool(not_before or _NOT_AFTER.match(after)) or increment or m.group() in _NEVER_A_FIGURE
        # blocked only as a sum's class ("5000万元以上企业"), unless the sum is the figure said before its name
        after_sum = bool(not_before and _SUM_RIGHT_BEFORE.fullmatch(not_before.group())) and not (
            _NOT_AFTER.match(after) or increment or m.group() in _NEVER_A_FIGURE)
        if _tax_relieved(name, own_before, after):
            blocked = True  # "免税金额3亿元", "税收优惠…": the tax spared or given back, no tax paid
        if _area_widened(name, own_before, after):
            blocked = True  # "拓展园区面积2平方公里": land added, an increment
        # "园区龙头企业实现税收…": a class of the park's firms, its part (scope 其他), as a breakdown by kind's parts are
        firms_class = _firms_of_a_class(name, sentence, m.start())
        if firms_class and (m.group("output") or m.group("period_output")):
            blocked = True  # "“十百千”工程企业实现产值…": a class's output said bare, none, as _OUTPUT_CLASS's classes
        if _INVOICED_SALES.search(m.group()) and _TURNOVER_STATED.search(_mask(_INVOICED_SALES, sentence)):
            blocked = True  # "园区完成国税开票销售收入86亿元，实现营业收入102亿元": the tax base beside the turnover
        if name == "工业总产值" and _SECTOR_SUBJECT.search(sentence, _clause_start(sentence, m.start()), m.start()):
            blocked = True  # "建筑业完成总产值…": a sector's output that is no industry's
        if m.group() == "产值" and m.group("output") and m.start() and sentence[m.start() - 1] in ",;" \
                and not (_A_RUN_BEFORE.search(sentence, 0, m.start()) and names
                         and names[-1].start >= _clause_start(sentence, m.start() - 1)):
            continue  # ("…，产值" after no key figure of the clause before, 种植规模达8.63万亩，产值…: whose output, nothing says)
        if m.group("brought") and re.search(_FIRM_CLASS + r"|项目", m.group()):
            pos = m.start() + 1
            continue  # (引进世界500强企业12家: a class of firms, no count of the park's)
        if name == "入园企业数" and _SIZED_CLASS_BEFORE.search(sentence, _clause_start(sentence, m.start()), m.start()):
            continue  # "产值过亿元的工业企业达110家": the firms of a size class, no count of the park's firms
        if m.group("size") and m.group().startswith("规") and _OUTPUT_CLASS.search(m.group()):
            continue  # "规模以上高新技术企业": a class of firms above the size line, not a trade's
        if (m.group("output") or m.group("period_output")) and _OUTPUT_CLASS.search(sentence[_clause_start(sentence, m.start()):m.start()]):
            blocked = True  # "高新技术企业实现产值…", "龙头企业产值…": a class of firms, not the park
        if m.group() in ("到位资金", "实际到位资金") and _NOT_INVESTED.search(sentence, _clause_start(sentence, m.start()), m.start()):
            blocked = True  # "争取中央预算内资金到位资金3000万元", "融资到位资金5亿元": public or borrowed money, not invested
        if m.group() in ("到位资金", "实际到位资金") and _SOUGHT_FROM_ABOVE.search(
                sentence, _clause_start(sentence, max(0, _clause_start(sentence, m.start()) - 1)), m.start()):
            blocked = True  # "向上争取项目206个，到位资金4.1亿元": the State's money a place sought and got, no investment brought in
        if m.group() in ("协议额", "协议引资额", "协议总额") and re.search(r"外资|外商|意向", clause):
            blocked = True  # "合同外资协议额…": foreign capital under contract, no projects' signed money (see _NEVER_A_FIGURE)
        if name in _PROJECT_COUNTS and _PENDING.search(own_before):
            blocked = True  # "待开工项目12个", "尚未竣工项目3个": the pool still waiting, not projects started or finished
        if m.group() in ("招商项目", "招商引资项目") and _OFFERED.search(clause + "|" + after):
            blocked = True  # "园区现有11个招商项目，包括标准厂房…", "1个招商项目的入园评估": projects offered to investors or
            # being assessed, none signed yet (a park's list of 招商项目 is what it seeks investors for)
        if m.group() in ("招商项目", "招商引资项目") and (_UNDER_WAY.search(clause) or _STARTED_OR_DONE.search(clause)):
            blocked = True  # "全区实施招商引资项目共92个", "全市已动工招商引资项目共290个": projects under way, started or
            # finished (the name says no signing: its verb does)
        if name in _COUNT_NAMES and _ARRANGED.search(own_before):
            blocked = True  # "已安排进区企业5家", "意向入园项目8个": arranged or sought, not yet in (nor signed)
        if name in _PROJECT_COUNTS and _STATE_JOINED_BEFORE.search(own_before):
            blocked = True  # "续建和新签项目179个": projects of two states counted together, neither count alone
        if name in _PROJECT_COUNTS and m.group().startswith(("开工", "竣工", "投产", "建成")) \
                and _TWO_EVENTS_BEFORE.search(own_before):
            blocked = True  # "集中开工竣工项目共68个": the projects of two events together, neither count alone
        if name in _COUNT_NAMES and re.match(r"^(?:总投资|投资|产值|税收|实现|完成|用地)", after) and not re.match(r"^\d", after):
            # "签约项目总投资…", "规上企业实现…": the noun is the subject, the figure another one
            blocked = blocked or not re.search(r"^[^，,；;。]{0,3}\d", after)
        clause = sentence[_clause_start(sentence, m.start()):m.start()]
        if "(" in clause and ")" not in clause[clause.rfind("("):]:
            clause = clause[clause.rfind("(") + 1:]  # (a bracket opens a clause of its own: "…占任务数的116.7%（其中工业投资…")
        if re.search(r"占|比重|相当于", clause):
            continue  # "占全县工业总产值66%": the whole a share is of, not a figure
        if name == "面积" and _AREA_OF_OTHER.search(sentence, max(0, m.start() - 6), m.start()):
            blocked = True  # "卫星城总体规划面积195.1平方公里": the area of a town, not of the park
        if m.group() in ("签约", "新签约") and (not _BARE_SIGNED_COUNT.match(sentence, m.end())
                                                or m.start() and sentence[m.start() - 1] not in ",;:"):
            pos = m.start() + 1
            continue  # (签约 alone names a count only opening its clause, the count right after it and the clause closing on
            # it: a part's, 其中，高新区签约19个, is read as the part's count)
        if m.group() in _WIDENED_TO and (not _AREA_ALONE_AFTER.match(sentence, m.end())
                                         or not _ZONE_WIDENED.search(sentence, _clause_start(sentence, m.start()), m.start())):
            pos = m.start() + 1
            continue  # (拓展到… said of the park, its land or its room, and the area alone after it)
        if m.group() == "已建成" and not _AREA_ALONE_AFTER.match(sentence, m.end()):
            pos = m.start() + 1  # (a name inside what follows is read from the next character)
            continue  # "已建成高标准农田1000亩", "已建成1000亩标准厂房": what was built, not how much of the park is
        if name == "面积" and "开发" in m.group() and re.search(r"(?:可|待|未|尚未|剩余|还可)$", own_before):
            blocked = True  # "可开发面积约120亩", "待开发面积": land still to develop, neither built nor the whole
        if name == "面积" and _AREA_OF_WORKS.search(sentence, max(0, m.start() - 4), m.start()):
            blocked = True  # "完成改造总面积约6万平方米", "绿化面积3万平方米": what a work covered, not the park's land
        if re.search(r"每(?!年)|人均|亩均|地均|户均", clause):
            blocked = True  # "每平方公里工业主营业务收入60亿元": a rate, not the park's figure (每年 is no rate but the
            # year's, 每年总产值 as 年产值: session 41, 3 hosts write a zone's yearly output so)
        if m.group() in _BARE_CASE_FORMS and (_CASES_NOT_YET.search(sentence, _clause_start(sentence, m.start()), m.start())
                                              or _CASES_UNDER_REVIEW.match(sentence, m.end())):
            blocked = True  # "拟引进投资案5件", "尚有12件投资案审查中": cases sought or under review, not admitted
        if m.group() in _APPROVED_TO_ENTER_FORMS and _approved_in_a_period(sentence, m.start()):
            # (新 is no increment of a stock here: the approvals of the period are the count)
            names.append(_Name("签约项目数", m.start(), m.end(), blocked and not increment, how=_APPROVED_IN_A_PERIOD_HOW))
            continue  # "今年新核准进驻厂商37家": the period's approvals, its signed cases; "截至…核准进驻达30家": the park's
        how = _TRADE_HOW if trade_part else _PROFILE_HOW if by_profile else _PARK_PROJECT_HOW if by_project else \
            _ZONE_NAME_HOW if by_zone_name else "（规上企业的定义）" if m.group("size") else "（企业或园区的产值）" if m.group("output") else \
            _PERIOD_OUTPUT_HOW if m.group("period_output") else \
            "（构词规则）" if any(m.group(group) for group, _ in _COMPOSED) else ""
        names.append(_Name(name, m.start(), m.end(), blocked, increment=increment, how=how, after_sum=after_sum,
                           part=firms_class))
    if ("完成" in sentence and "投资" in sentence) or "累计投资" in sentence:
        for m in _INVESTMENT_DONE.finditer(sentence):  # "园区全年完成投资35亿元", "已累计完成投资近35.08亿元"
            if not any(n.start < m.end() and m.start() < n.end for n in names) \
                    and not _one_own_investment(sentence, m.start()) \
                    and not _INDUSTRY_SPLIT_THEN_INVESTMENT.search(sentence, max(0, m.start() - 80), m.start()):
                names.append(_Name("固定资产投资", m.start(), m.end(),
                                   how="（累计投资：历年完成的投资）" if m.group(0).startswith("投") else "（完成投资：投资统计的简称）"))
        names.sort(key=lambda n: n.start)
    if any(name in sentence for name in RINGGIT_NAMES) and ("投资" in sentence or "总值" in sentence or "吸" in sentence):
        for m in _RINGGIT_INVESTED.finditer(sentence):  # "今年首季，某特区累计总投资额达2276亿令吉"
            if not any(n.start < m.end("name") and m.start("name") < n.end for n in names) \
                    and not _one_own_investment(sentence, m.start()) \
                    and not _APPLIED_FOR.search(sentence, 0, m.start()):
                names.append(_Name("签约资金", m.start("name"), m.end("name"), how="（马来西亚的投资额：批准或吸引的投资）"))
        for m in _RINGGIT_APPROVED_COUNT.finditer(sentence):  # "一共批准了43项计划，总投资额为…令吉"
            if not any(n.start < m.end("name") and m.start("name") < n.end for n in names):
                names.append(_Name("签约项目数", m.start("name"), m.end("name"),
                                   how="（马来西亚批准的投资项目：与其令吉投资额同句）"))
        for m in _RINGGIT_PLANS_COUNTED.finditer(sentence):  # "共批准463个工业计划，投资额为299亿令吉"
            if not any(n.start < m.end("name") and m.start("name") < n.end for n in names) \
                    and not _APPLIED_FOR.search(sentence, 0, m.start()) \
                    and not _FORECAST_BRINGS.search(sentence, _clause_start(sentence, m.start()), m.start()):
                names.append(_Name("签约项目数", m.start("name"), m.end("name"),
                                   how="（马来西亚的工业计划：数在名前，与其令吉投资额同句）"))
        for m in _RINGGIT_BEFORE_NAME.finditer(sentence):  # "带来497亿令吉投资额", "制定42亿马币投资额目标"
            if not any(n.start < m.end("name") and m.start("name") < n.end for n in names) \
                    and not _one_own_investment(sentence, m.start()) \
                    and not _FORECAST_BRINGS.search(sentence, _clause_start(sentence, m.start()), m.start()) \
                    and not _APPLIED_FOR.search(sentence, 0, m.start()):
                names.append(_Name("签约资金", m.start("name"), m.end("name"), measured=True,
                                   how="（马来西亚的投资额：数在名前，批准或吸引的投资）"))
        names.sort(key=lambda n: n.start)
    if "资" in sentence and ("增资" in sentence or _FIRMS_BROUGHT_IN.search(sentence)):
        for m in _APPROVED_INVESTMENT.finditer(sentence):  # "全年累计投、增资额达新台币242亿5000万元"
            if not any(n.start < m.end("name") and m.start("name") < n.end for n in names) \
                    and not _DONE_BEFORE.search(sentence, max(0, m.start() - 4), m.start()) \
                    and (m.group("both") or not _one_own_investment(sentence, m.start())):
                names.append(_Name("签约资金", m.start("name"), m.end("name"), how=_APPROVED_HOW))
        names.sort(key=lambda n: n.start)
    if "项目" in sentence:
        for m in _SIGNED_BY_CLASS.finditer(sentence):  # "新签约亿元以上项目30个", "引进实施亿元以上重大项目26个"
            clause = sentence[_clause_start(sentence, m.start()):m.start()]
            # (the money's noun inside the class's bound, 引进投资额千万元以上产业项目351个, 签约总投资10亿元以上项目16个, is
            # what bounds the class, no figure's name: the class's count takes the words)
            names[:] = [n for n in names if not (n.name == "签约资金" and m.start() <= n.start and n.end <= m.end()
                                                 and not _SOUGHT.search(clause))]
            # (a 其中 before carries its split across the semicolons: 其中来自甲地的新签约…项目58个…；来自甲地的新落地…41个)
            item_from = 0 if "其中" in sentence[:m.start()] else sentence.rfind(";", 0, m.start()) + 1
            if not any(n.start < m.end() and m.start() < n.end for n in names) \
                    and not _SOUGHT.search(clause) and ("其中" in clause or not _PROJECTS_COUNTED_BEFORE.search(sentence, item_from, m.start())):
                # (after the whole's count in its sentence, 新引进项目58个，共引进3000万美元及以上项目9个: a part of it, no
                # figure — not across a semicolon, which opens another item with its own subject: 甲新区新签约亿元以上项目
                # 649个…；乙新区引进5000万元以上项目841个; split by 其中, 其中新签约亿元以上项目58个, the class's own count,
                # scope 其他: see _projects_of_a_class_in_a_qizhong_list)
                names.append(_Name("签约项目数", m.start(), m.end(), how="（按规模或级别计数的签约、引进项目）",
                                   part=sentence[m.start():m.end()] if "其中" in clause else None))
        names.sort(key=lambda n: n.start)
    if "项目" in sentence and "工" in sentence or "投产" in sentence:
        for m in _MOVED_BY_CLASS.finditer(sentence):  # "竣工重大项目35个", "新开工亿元以上项目7个"
            clause = sentence[_clause_start(sentence, m.start()):m.start()]
            if not any(n.start < m.end() and m.start() < n.end for n in names) and not _SOUGHT.search(clause):
                kind = "新开工项目数" if "开工" in m.group("verb") else "竣工投产项目数"
                names.append(_Name(kind, m.start(), m.end(), how=_MOVED_BY_CLASS_HOW,
                                   part=sentence[m.start():m.end()] if "其中" in clause else None))
        names.sort(key=lambda n: n.start)
    if "就业" in sentence:
        for m in _JOBS_AFTER_PEOPLE.finditer(sentence):  # "安排87.55万人就业", "解决了31人的就业问题"
            names.append(_Name("从业人员", m.start("jobs"), m.end("jobs"), how="（人数在前：安排、吸纳、解决…人就业）"))
        names.sort(key=lambda n: n.start)
    if "工" in sentence or "投产" in sentence:
        for m in _VERB_THEN_PROJECTS.finditer(sentence):  # "其中新开工44项，竣工37项": the projects each verb moved
            if (m.group("unit") == "项" or "项目" in sentence or sentence.lstrip(" ,").startswith("其中")) \
                    and not any(n.start < m.end("verb") and m.start("verb") < n.end for n in names):
                kind = "新开工项目数" if m.group("verb").endswith("开工") else "竣工投产项目数"
                names.append(_Name(kind, m.start("verb"), m.end("verb"), how=_VERB_THEN_PROJECTS_HOW))
        names.sort(key=lambda n: n.start)
    if "机会" in sentence or "岗位" in sentence or "个就业" in sentence or "就业人口" in sentence \
            or "工人" in sentence or "职工" in sentence or "员工" in sentence:
        for m in _JOBS_AS_POSITIONS.finditer(sentence):  # "将提供3200个就业机会", "可创造约1500个就业岗位"
            # (就业人口 after its count is the positions brought, 创造1700就业人口, not the listed name awaiting a count after)
            names[:] = [n for n in names if not (n.name == "从业人员" and n.start == m.end("jobs") - len("就业人口")
                                                 and n.end == m.end("jobs") and m.group("jobs").endswith("就业人口"))]
            if not any(n.start < m.end("jobs") and m.start("jobs") < n.end for n in names):
                names.append(_Name("从业人员", m.start("jobs"), m.end("jobs"), how=_JOBS_AS_POSITIONS_HOW, measured=True))
        names.sort(key=lambda n: n.start)
    if "就业" in sentence or "在" in sentence and ("工作" in sentence or "上班" in sentence):
        for m in _STAFF_AT_WORK.finditer(sentence):  # "接近13,000名科技专才在园内工作"
            if not any(n.start < m.end("staff") and m.start("staff") < n.end for n in names):
                names.append(_Name("从业人员", m.start("staff"), m.end("staff"), how="（在园区内工作的人，数在前）",
                                   measured=True))
        names.sort(key=lambda n: n.start)
    if _PART_THEN_AREA_HINT.search(sentence):
        for m in _PART_THEN_AREA.finditer(sentence):  # "河口片区24平方公里、蒙自片区9平方公里", "规划核心区11.2平方公里"
            if not any(n.start < m.end("part") and m.start("part") < n.end for n in names) \
                    and not _AREA_OF_WORKS.search(sentence, max(0, m.start("part") - 4), m.start("part")) \
                    and not (m.group("part").endswith("期") and (
                        _PHASE_OF_A_PROJECT.search(sentence, _clause_start(sentence, m.start("part")), m.start("part"))
                        or not any(n.name == "面积" and n.end <= m.start() for n in names))):
                # (a phase measured bare is the zone's only after the zone's area: 规划控制面积20平方公里，一期5平方公里;
                # not a project's or a plant's phase: 该项目一期300亩)
                names.append(_Name("面积", m.start("part"), m.end("part"), how="（园区的一部分，名称后紧跟面积）",
                                   part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if ("开发" in sentence or "建设" in sentence or "建成" in sentence) and any(n.name == "面积" for n in names):
        for m in _PART_DEVELOPED.finditer(sentence):  # "规划总面积为2500亩，分两期开发，首期开发1500亩"
            if not any(n.start < m.end() and m.start() < n.end for n in names) \
                    and (any(n.name == "面积" and n.end <= m.start() for n in names)
                         or not sentence[:m.start()].strip(" ,;:")) \
                    and not _PHASE_OF_A_PROJECT.search(sentence, _clause_start(sentence, m.start()), m.start()):
                names.append(_Name("面积", m.start("verb"), m.end("verb"), how=_PART_DEVELOPED_HOW, part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if "创税" in sentence:
        for m in re.finditer("创税", sentence):  # "投产后可创税1500万元以上": the taxes a project or the park yields
            # (only right before its sum, as 纳税; not a name of the list, so that 争创税收 keeps its 争创)
            if _TAX_PAID_SUM.match(sentence, m.end()) and not any(n.start < m.end() and m.start() < n.end for n in names):
                names.append(_Name("税收", m.start(), m.end(), how="（创税：其后紧跟税额）"))
        names.sort(key=lambda n: n.start)
    if "地块" in sentence:
        for m in _PLOT_THEN_AREA.finditer(sentence):  # "由三个地块组成。地块一545.99公顷：东至…，南至…"
            if not any(n.start < m.end("part") and m.start("part") < n.end for n in names) \
                    and not _PHASE_OF_A_PROJECT.search(sentence, _clause_start(sentence, m.start("part")), m.start("part")):
                names.append(_Name("面积", m.start("part"), m.end("part"), how="（园区的一个地块，名称后紧跟面积和四至）",
                                   part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if "规模" in sentence or "到" in sentence or "扩至" in sentence:
        for m in _PARK_SCALE_AREA.finditer(sentence):  # "园区规模从原来的5平方公里扩大到16.8平方公里"
            if not any(n.start < m.end("scale") and m.start("scale") < n.end for n in names):
                names.append(_Name("面积", m.start("scale"), m.end("scale"), how="（园区规模，后面是面积）"))
        names.sort(key=lambda n: n.start)
    if ("包括" in sentence or "包含" in sentence or "分为" in sentence) and any(n.name == "面积" for n in names):
        for lst in _AREA_PARTS_LISTED.finditer(sentence):  # "面积约73平方公里，包括甲口岸30平方公里左右、乙市35平方公里…"
            if not any(n.name == "面积" and n.end <= lst.start() for n in names):
                continue  # (the zone's own area first: its parts listed after it)
            for m in _AREA_PART_ITEM.finditer(sentence, lst.start("items"), lst.end("items")):
                if not any(n.start < m.end("part") and m.start("part") < n.end for n in names):
                    names.append(_Name("面积", m.start("part"), m.end("part"), how="（园区面积后“包括”逐一列出的部分及其面积）",
                                       part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if "其中" in sentence and any(n.name == "面积" for n in names):
        for lst in _AREA_PARTS_SPLIT.finditer(sentence):  # "规划面积288平方公里，其中中新合作区约80平方公里"
            if not any(n.name == "面积" and n.end <= lst.start() for n in names):
                continue
            for m in _AREA_SPLIT_ITEM.finditer(sentence, lst.start("items"), lst.end("items")):
                if not any(n.start < m.end("part") and m.start("part") < n.end for n in names):
                    names.append(_Name("面积", m.start("part"), m.end("part"), how="（园区面积后“其中”逐一列出的部分及其面积）",
                                       part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if any(n.name == "面积" and not n.blocked for n in names):
        for m in _parts_measured_first(sentence, names):  # "规划面积50平方公里，包括…的42平方公里核心区和…8平方公里临港区"
            names.append(_Name("面积", m.start("part"), m.end("part"), how=_PARTS_MEASURED_FIRST_HOW,
                               measured=True, part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if "的" in sentence and "是" in sentence and len(_LAYOUT_SIDES.findall(sentence)) >= 2:
        for m in _AREA_BEFORE_PART.finditer(sentence):  # "东边是225亩的公共信息平台区；南边是占地300亩的物流配送区…"
            if not any(n.start < m.end("part") and m.start("part") < n.end for n in names):
                names.append(_Name("面积", m.start("part"), m.end("part"), how="（方位逐一列出园区各部分，面积在前）",
                                   measured=True, part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if "的" in sentence and ("建成" in sentence or "开发" in sentence):
        for m in _PART_MEASURED_THEN_BUILT.finditer(sentence):  # "1.34平方公里的起步区已初步建成"
            if not any(n.start < m.end("part") and m.start("part") < n.end for n in names):
                names.append(_Name("面积", m.start("part"), m.end("part"), how="（园区的一部分，面积在前，后说已建成或开发）",
                                   measured=True, part=m.group("part")))
        names.sort(key=lambda n: n.start)
    if "土地" in sentence and ("有" in sentence):
        for m in _PARK_HOLDS_LAND.finditer(sentence):  # "农科园区原有233公顷土地", "园区拥有3000亩土地"
            if not any(n.start < m.end("land") and m.start("land") < n.end for n in names):
                names.append(_Name("面积", m.start("land"), m.end("land"), how="（园区拥有的土地，面积在前）", measured=True))
        names.sort(key=lambda n: n.start)
    if ("建" in sentence or "完成" in sentence) and "基础设施" in sentence or "基本建成" in sentence:
        for m in _MEASURED_THEN_BUILT.finditer(sentence):  # "7.87平方公里基础设施基本建成", "首期5平方公里道路、河道基本建成"
            if m.group("done") or not m.group("what").startswith("基础设施") or _DONE_BEFORE_WORKS.search(sentence, _clause_start(sentence, m.start()), m.start()):
                if not any(n.start < m.end("what") and m.start("what") < n.end for n in names):
                    names.append(_Name("面积", m.start("what"), m.end("what"), how="（面积在前，其后说基础设施建成）", measured=True))
        names.sort(key=lambda n: n.start)
    if "的" in sentence and _AREA_BEFORE_LAND_HINT.search(sentence):
        for m in _AREA_BEFORE_LAND.finditer(sentence):  # "在园区605公顷的土地上", "选址在…近12.5平方公里的区域内"
            names.append(_Name("面积", m.start("land"), m.end("land"), how="（面积在前：园区…公顷的土地）", measured=True))
        names.sort(key=lambda n: n.start)
    if "产值" in sentence and _SUM_THEN_OUTPUT_HINT.search(sentence):
        for m in _SUM_THEN_OUTPUT.finditer(sentence):  # "预期届时将可创造800亿元产值", "创造每年约25亿元产值"
            # (产业产值 after the sum is the output the sum measures, not a trade's: its 产值 read as blocked gives way)
            names = [n for n in names if not (n.blocked and n.start < m.end("name") and m.start("name") < n.end)]
            if not any(n.start < m.end("name") and m.start("name") < n.end for n in names):
                names.append(_Name("工业总产值", m.start("name"), m.end("name"), how=_SUM_THEN_OUTPUT_HOW, measured=True))
        names.sort(key=lambda n: n.start)
    if "产值" in sentence:
        for m in _TRADE_OUTPUT.finditer(sentence):  # "2012年实现石化产值767亿元": one trade's output
            if not _NOT_A_TRADE_OUTPUT.search(m.group("trade")) and not _SECTOR_TRADE.fullmatch(m.group("trade")) \
                    and not any(n.start < m.end() and m.start("trade") < n.end for n in names):
                names.append(_Name("工业总产值", m.start("trade"), m.end(), how=_TRADE_OUTPUT_HOW, part=m.group("trade")))
        names.sort(key=lambda n: n.start)
    if ("家" in sentence or "户" in sentence) and _FIRMS_OF_A_KIND_HINT.search(sentence):
        for m in _FIRMS_OF_A_KIND.finditer(sentence):
            if _firms_of_a_kind_held(sentence, m) and not any(n.start < m.end("noun") and m.start("kind") < n.end for n in names):
                names.append(_Name("入园企业数", m.start("kind"), m.end("noun"), how="（动词后的企业，带其类别：落户中小企业…家）"))
        names.sort(key=lambda n: n.start)
    if ("家" in sentence or "户" in sentence) and ("企业" in sentence or "厂商" in sentence):
        for m in _FIRMS_OF_A_TRADE_NAMED.finditer(sentence):  # "入驻石化企业28家", "已集聚新加坡企业超400家"
            if not _NOT_A_TRADE.search(m.group("trade")) and not any(n.start < m.end() and m.start() < n.end for n in names) \
                    and sentence[max(0, m.start() - 1):m.start()] != "新" \
                    and not _CAME_IN_A_PERIOD.search(_last_time_word(sentence, m.start()) or "") \
                    and not (m.group().startswith(_VERBS_OF_HOLDING)
                             and _PLACE_HOLDS.search(sentence, _clause_start(sentence, m.start()), m.start())):
                # (not 新落户…: an increment; not 今年…落户: a period's arrivals)
                names.append(_Name("入园企业数", m.start(), m.end(), how="（动词后某一类的企业：园区企业的一部分）",
                                   part=m.group("trade")))
        names.sort(key=lambda n: n.start)
    if "外资" in sentence and _PAID_IN_SHORT_HINT.search(sentence):
        for m in _PAID_IN_SHORT.finditer(sentence):
            if _SIGNED_FOREIGN.search(sentence, max(0, m.start() - 40), m.start()):
                names.append(_Name("实际利用外资", m.start(), m.end(), how="（承前省略：前一分句是合同外资）"))
        names.sort(key=lambda n: n.start)
    return names


# a zone's area, then its parts listed after 包括/包含/分为, each named then measured (面积约73平方公里，包括甲口岸30平方公里
# 左右、乙市35平方公里左右、丙产业园区8平方公里左右; 规划面积50平方公里，包括东区20平方公里、西区30平方公里): each part's own
# land (scope 其他), as a layout part by part is
_AREA_AMOUNT = r"(?:约|近)?[\d.]+(?:平方公里|平方千米|公顷|万亩|亩)(?![\d.])(?:左右)?(?:\([^()]{0,60}\))?"
_AREA_PARTS_LISTED = re.compile(rf"(?:包括|包含|分为)[,:]?(?P<items>[{CJK}()]{{2,16}}?{_AREA_AMOUNT}(?:[、和及][{CJK}()]{{2,16}}?{_AREA_AMOUNT})+)")
_AREA_PART_ITEM = re.compile(rf"(?<![\d.])(?P<part>[{CJK}()]{{2,16}}?)(?={_AREA_AMOUNT})")


# …and split by 其中 into named parts, each named then measured (规划面积288平方公里，其中中新合作区约80平方公里; 成陆面积200
# 平方公里，其中北部区域规划80平方公里，南部区域规划120平方公里): each part's land, scope 其他
_PART_WORD_END = r"(?:区|园|区域|片|组团|板块|口岸)"
# (a phase of the zone is a part too: 规划面积20平方公里，其中一期5平方公里，二期15平方公里)
_SPLIT_PART = rf"(?:[{CJK}]{{2,12}}?{_PART_WORD_END}|(?:(?<=其中)|(?<![{CJK}]))(?:首|[一二三四五])期)"
_AREA_PARTS_SPLIT = re.compile(rf"其中[,:]?(?P<items>{_SPLIT_PART}(?:规划)?(?:面积)?(?:为)?{_AREA_AMOUNT}"
                               rf"(?:[,;、]{_SPLIT_PART}(?:规划)?(?:面积)?(?:为)?{_AREA_AMOUNT})*)")
_AREA_SPLIT_ITEM = re.compile(rf"(?<![\d.])(?P<part>{_SPLIT_PART})(?=(?:规划)?(?:面积)?(?:为)?{_AREA_AMOUNT})")


# a layout told side by side (东边是…；南边是…；北边是…), each part with its area before its name (225亩的公共信息平台区,
# 占地300亩的物流配送区和1000亩的仓储加工区): each part's own land (scope 其他), as a part named then measured is
_LAYOUT_SIDES = re.compile(r"[东南西北](?:边|侧|面|部|端)(?:是|为|有)")
_AREA_BEFORE_PART = re.compile(rf"(?<=[是为有、和及地])(?:约|近)?[\d.]+(?:亩|公顷|平方公里)的(?P<part>[{CJK}]{{1,10}}?(?:区|园|城|中心|基地|点))"
                               r"(?=[,;:。、和及]|$)")


# a zone's parts listed after its area, each measured before its name (规划面积50平方公里，空间布局包括甲开发区的42平方公里
#核心区和乙港8平方公里临港产业区; 规划面积10平方公里，形成“三区”(1平方公里加工区、2平方公里核心区、7平方公里辐射区)):
# each part's own land (scope 其他), as the parts named then measured are (_AREA_PARTS_LISTED). Two items at least, joined
# by 、/和/及, a place's words allowed before an item's amount (甲开发区的42平方公里…). Counted on the session-40 study sets:
# the parts listed after a zone's area, the reader leaving them out, on 3 hosts (mswk: in a bracket, read since this
# session; fqjz1 and joins: measured first, 5 areas)
_PART_MEASURED_FIRST = re.compile(rf"(?<![\d.])(?:约|近)?[\d.]+(?:平方公里|平方千米|公顷|万亩|亩)(?:左右)?(?:的)?"
                                  rf"(?P<part>[{CJK}]{{1,12}}?(?:区|园|片区|组团|板块))(?=[、和及,;:)。]|$)")
_PART_ITEMS_JOINED = re.compile(r"[、和及][^,;:。()\d]{0,14}")
_PARTS_MEASURED_FIRST_HOW = "（园区面积之后逐一列出的部分，各自面积在名称前）"


def _parts_measured_first(sentence: str, names: list) -> list[re.Match]:
    """The items of a list of the zone's parts measured first (see _PART_MEASURED_FIRST), after the zone's area: runs of
    two or more items joined by 、/和/及, none overlapping a name already found."""
    area_end = min((n.end for n in names if n.name == "面积" and not n.blocked), default=len(sentence))
    items = [m for m in _PART_MEASURED_FIRST.finditer(sentence, area_end)
             if not any(n.start < m.end("part") and m.start() < n.end for n in names)]
    listed = set()
    for one, two in zip(items, items[1:]):
        if _PART_ITEMS_JOINED.fullmatch(sentence, one.end(), two.start()):
            listed.update((one.start(), two.start()))
    return [m for m in items if m.start() in listed]


# a park's size (规模) measured in land, right after the park word: its area, as 面积 is, said directly or as a change
# (园区规模从原来的5平方公里扩大到16.8平方公里; 开发区规模达到20平方公里) — never a size in money or output (产业规模…亿元)
_PARK_SCALE_AREA = re.compile(r"(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|集聚区|工业区)(?:的)?(?:总体|整体|建设|开发)?"
                              # (or the verb of reaching right after the park, its size said by the land alone: 园区达到5000亩)
                              r"(?P<scale>规模|(?=(?:已|已经)?(?:达到|扩大到|扩展到|拓展到|扩至)(?:约|近)?[\d.]+\s*(?:平方公里|平方千米|公顷|万亩|亩)(?![\d.]))"
                              r"(?:已|已经)?(?:达到|扩大到|扩展到|拓展到|扩至))"
                              r"(?=(?:已|已经)?(?:(?:从|由)[^,;:。]{0,16}?(?:扩大|增加|拓展|扩展|扩张|发展|增长)(?:到|至)|"
                              r"(?:扩大|增加|拓展|扩展|扩张)(?:到|至)|达到?|为|约|近)?(?:约|近)?[\d.]+\s*(?:平方公里|平方千米|公顷|万亩|亩)(?![\d.]))")


# the jobs a project or a park can or will bring (可解决…就业, 建成后可带动…就业, 预计…拉动…就业人数): a prospect, no people
# employed — as tests/gold/indicators_sentences.json reads "园区项目全部建成后，可带动周边3000人就业"
_JOBS_TO_COME = re.compile(r"(?:可|将|能够?|预计|预期|有望|建成后|投产后|达产后)[^,;:。]{0,10}?(?:带动|拉动|解决|提供|创造|吸纳|安置|增加)")


# money sought from the governments above (向上争取项目…, 争取上级资金…, 争取中央/省级资金): public money, never investment
_SOUGHT_FROM_ABOVE = re.compile(r"向上争取|争取(?:国家|中央|省|市|上级|政策性)[^,;:。]{0,6}?(?:资金|项目|补助|债)")


# a count of new firms (新增…N家), then 其中 and its part: the part is new firms too, no stock of them
_SPLIT_OF_AN_INCREMENT = re.compile(r"(?:新增|新入|新进|新落户|净增|新引进|新招引|新培育|升规)[^,;:。]{0,16}?\d+(?:余|多)?(?:家|户|个),\s*其中[,:]?[^,;:。\d]{0,12}$")


# investment done said short, as investment statistics write it (完成投资, 完成年度投资, 完成各类投资, 已完成总投资), its
# value right after: the blind labellers read it as fixed-asset investment (24 times on the spent sets, left out 6: one
# project's, a phase's, a few pools of a city's or a province's projects), the park's or, as any figure, the subject's
# of its sentence (a county, a part: scope as the sentence says); not where one project, one work, one firm or one
# phase owns it (该项目已完成投资3亿元, 一期…已完成投资200万元): _one_own_investment
# (session 41: and 完成项目投资, the projects' investment done, 1至7月完成项目投资40.87亿元)
_INVESTMENT_DONE = re.compile(r"(?:完成(?:年度|各类|全年|总|项目)?投资额?|投资完成额|"
                              # (…and invested so far, 累计投资228亿元: the same investment counted since the park began, as
                              # 累计完成投资 is; never 累计投入资金, money put into a purpose, 基础设施, 支持…, the labellers leave)
                              r"(?<=累计)投资)(?=(?:约|近|超过|超|达到?|逾|共|为)?[\d一二三四五六七八九十两])")
# the projects split by 其中 by their industry, each industry's projects counted and their investment right after (其中先进
# 制造业项目21个、完成投资45亿元；现代服务业项目9个、完成投资12亿元): an industry's share of the projects, no fixed-asset
# investment of the park's or of anyone's (the lead's reading of unseen pages, session 33); a class by size (其中亿元以上
# 项目N个) is read by its own convention
_INDUSTRY_SPLIT_THEN_INVESTMENT = re.compile(r"其中[^。]*?[^\W\d]{2,}(?:产业|业)(?:类)?项目(?:\d+|[一二三四五六七八九十两]+)[个项][,、]?(?:共|累计)?$")
# the nouns of one owner of an investment (a project, a work, a firm, a plant, a phase of building)
_OWN_INVESTOR = re.compile(r"项目|工程|公司|集团|企业|厂|基地|(?:[一二三四五六七八九]|首|\d)期")
# a noun counted as a group (N个项目, 项目N个, 四家企业, 一批项目, A、B等项目): the group's investment, a figure
_GROUP_BEFORE = re.compile(r"(?:\d+|[一二三四五六七八九十百两几多]+)[个项家户批大类][^,;:。]{0,12}$|[等各全类批][^,;:。]{0,8}$|一批[^,;:。]{0,12}$")
# (a noun the word only modifies — a mechanism, a rule, a service, a way of working — owns no investment)
_NO_OWNER_AFTER = re.compile(r"机制|制度|管理|服务|工作|审批|流程|政策|清单")
_COST_OF_THE_COUNTED = re.compile(r"(?:总投资|投资总额|计划投资|总投资额)")
_GROUP_AFTER = re.compile(r"[^,;:。\d]{0,3}(?:共|有|达|计)?(?:\d+|[一二三四五六七八九十百两几多]+)(?:个|项|家|户)")


# what one project will yield once built (项目建成后，预计实现年产值47.8亿元，纳税1.77亿元; …项目计划总投资2亿元，预计达产后
# 年产值超过5亿元; …建成达产后可实现年产值15亿元，可带动就业500余人): the project's own output, revenue, tax and jobs, as
# its own investment is (docs/labelling.md): no figure of the park's or anyone's (session 32: the study labellers listed
# none of 9 such figures on 3 pages, and listed a zone's own after its development on 6 pages of 7)
_PROSPECT_NAMES = frozenset(("工业总产值", "工业增加值", "营业收入", "税收", "从业人员", "出口额"))
_BUILT_THEN = re.compile(r"(?:建成|投产|达产|达效|落成|完工|竣工|运营|投入使用|开发完成|建设完成)(?:达产|达效|投产|运营)?(?:以)?后")
_PROSPECT_OWNER = re.compile(r"(?P<project>项目|工程(?!师)|公司|集团)|(?P<firms>企业)|"
                             r"(?P<zone>园区|园(?![林艺])|开发区|高新区|经开区|工业区|集中区|集聚区|新区|科学城|物流港|开发(?=完成))")
_PHASE_BEFORE = re.compile(r"(?:[一二三四五六]|首|\d)期$")
_ALL_OF_THEM = re.compile(r"[^,;:。]{0,2}(?:全部|均|都|陆续|相继)")


def _one_projects_prospect(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` is what projects (a work, a firm) will yield once built: a completion (建成后,
    达产后, 投产后) before it, and the last owner named before that completion one project or a group of projects or
    firms counted (11个项目…建成后, 共入驻65家企业74个项目，达产后, 产业项目86个…全部达产达效后: session 35, the labellers
    listed none on 6 pages of 6 hosts) — not a zone's phase (二期项目建成后), not the park's projects as a whole
    (园区项目全部建成后) and not a zone (园区建成后, 开发完成后): those are the zone's."""
    built = None
    for built in _BUILT_THEN.finditer(sentence, 0, at):
        pass
    if built is None:
        return _projects_yield_by_subject(sentence, at)
    owner = None
    for owner in _PROSPECT_OWNER.finditer(sentence, 0, built.end()):
        pass
    if owner is None or owner.group("zone"):
        return False
    if _PHASE_BEFORE.search(sentence, max(0, owner.start() - 3), owner.start()):
        return False  # "二期项目建成后，…创造年产值260亿元": a zone's phase built, its yield the zone's
    if _PARKS_OWN_BEFORE.search(sentence, max(0, owner.start() - 6), owner.start()):
        return False  # "园区项目全部建成后，预计年产值50亿元": the park's projects as a whole, the park's yield
    counted = bool(_GROUP_BEFORE.search(sentence, max(0, owner.start() - 20), owner.start()) or _GROUP_AFTER.match(sentence, owner.end())
                   or _ALL_OF_THEM.match(sentence, owner.end()))
    return counted or not owner.group("firms")  # (firms uncounted, 园区企业达产后, are the park's)


# a clause's subject: its words before its first verb, adverb or preposition, as the segmenter tags them (7个工业项目 in
# 7个工业项目在一季度集中开工; 北川县石材企业 in 北川县石材企业将达到50家; 园区 in 园区引进项目20个 — 项目 there is the object)
_SUBJECT_ENDS = ("v", "d", "p")
# …and the verbs of a report's figures the segmenter may tag as nouns (计划, 新开工: 开发区计划新开工项目16个 — 开发区 the
# subject, the projects its object)
_PREDICATE_WORD = re.compile(r"计划|预计|完成|实现|新?开工|动工|新?签约|引进|引入|实施|新建|建成|投产|新增|力争|确保|争取|"
                             r"推进|落地|入驻|达到|突破")
# what may follow a subject's head: its count (项目8个, 企业50家) or a word of all of them (等, 全部, 均)
_HEAD_ENDS = re.compile(r"\s*(?:共|有|达|计)?(?:[\d.]+|[一二三四五六七八九十百两几多]+)?(?:个|项|家|户|批)?(?:等|全部|均|都)?\s*")
# a clause that is a subject, a verb of reaching and the value (从业人员达到3万人, 入园企业超过300家): its own subject
_SUBJECT_THEN_COPULA = re.compile(r"\s*(?P<subject>[^,;:。]+?)(?:将|可|预计)?(?:达到|超过|突破|达|为|是|增至|增加到|增长到|增加至)"
                                  r"(?:了)?(?:约|近|超|逾|超过)?\s*")
# a clause ending on a value (计划总投资67.2亿元, 总投资11.7亿元): an attribute of the topic, whatever the segmenter tags
_VALUE_ENDS = re.compile(r"[\d.]+\s*[^\d,;:。]{0,4}$")
_PLACE_SUBJECT = re.compile(r"(?:全|我|该|本)(?:市|县|省|州|区|镇|乡|旗)|(?:市|县|省|州|镇|乡|旗)$")


def _clauses_back(sentence: str, end: int):
    """The clauses of ``sentence`` before ``end``, nearest first, as (start, end): how a topic said once is looked for
    from a clause that has none (_projects_yield_by_subject, _zone_is_topic)."""
    while end > 0:
        start = _clause_start(sentence, end)
        yield start, end
        end = start - 1


@lru_cache(maxsize=2048)  # (a sentence's clauses are asked again for each of its values)
def _clause_subject(clause: str) -> tuple[str, bool, bool]:
    """The words ``clause`` opens with before its predicate (none when no noun or pronoun is among them: 年可实现…, a
    time word and an adverb), whether a place name is among them, and whether a predicate follows them (税收1亿元 has
    none: an item of a list the subject before it owns; 其中重点项目8个 neither, but its noun is counted, the topic)."""
    words, place, noun = [], False, False
    predicate = False
    tagged = word_tags(clause)
    for i, (word, tag) in enumerate(tagged):
        if tag.startswith(_SUBJECT_ENDS) and not (tag == "vn" and i + 1 < len(tagged)
                                                   and _PROSPECT_OWNER.fullmatch(tagged[i + 1][0])) \
                or _PREDICATE_WORD.match(word):
            # (a verbal noun before the owner's noun modifies it, 加工企业, 建设项目: part of the subject)
            predicate = True
            break
        words.append(word)
        place = place or tag == "ns"
        noun = noun or tag.startswith(("n", "r", "j"))
    return ("".join(words) if noun else ""), place, predicate


def _projects_yield_by_subject(sentence: str, at: int) -> bool:
    """Whether the forecast at ``at`` is what projects or a counted group of firms will yield, with no completion said:
    the subject the chain of clauses up to it carries (a clause without a subject of its own continues the one
    before it, as Chinese writes a topic once) is projects (7个工业项目…集中开工，计划总投资…，项目预计实现产值…; 其中重点
    工业项目8个，总投资…，年可实现工业产值…) or firms counted (某县石材企业将达到50家，可实现年产值…) — what docs/labelling.md
    reads as no figure, as with 建成后 — never where the subject is the zone, a place or the park's projects as a whole
    (园区引进项目20个，预计全年实现产值…: 园区 is the subject, the projects its object)."""
    for start, end in _clauses_back(sentence, at):
        subject, place, predicate = _clause_subject(sentence[start:end])
        if end == at and (said := _SUBJECT_THEN_COPULA.fullmatch(sentence, start, end)):
            # (从业人员达到3万人: the figure's own noun is its clause's subject, however the segmenter tags it)
            subject, predicate = said.group("subject"), True
        owner = None
        for owner in _PROSPECT_OWNER.finditer(subject):
            pass
        if owner is not None and not _HEAD_ENDS.fullmatch(subject, owner.end()):
            owner = None  # (…于原某公司某场地: the owner word inside another noun, no subject's head)
        if owner is not None:
            if owner.group("zone") or _PHASE_BEFORE.search(subject, 0, owner.start()) \
                    or _PARKS_OWN_BEFORE.search(subject, 0, owner.start()) \
                    or owner.group("firms") and _SETTLED_FIRMS_BEFORE.search(subject, 0, owner.start()):
                return False
            if owner.group("firms") or owner.group() == "工程":  # (公共工程亦同步动工: works of a zone's, uncounted)
                rest = sentence[start + len(subject):end]
                return bool(_GROUP_BEFORE.search(subject, 0, owner.start()) or _GROUP_AFTER.match(subject, owner.end())
                            or _GROUP_AFTER.match(rest))
            return True
        if predicate and (place or _PLACE_SUBJECT.search(subject)
                          or subject.strip() and not _VALUE_ENDS.search(sentence, start, end)):
            return False  # (a subject of another kind, 该计划, a place: the chain's topic is not projects)
        # (no subject, or a clause of an attribute and its value: the topic goes on from before)
    return False


# the park's own projects as a whole, its name right before them (园区项目, 开发区的全部项目)
_PARKS_OWN_BEFORE = re.compile(r"(?:园区|开发区|高新区|经开区|工业区|集中区|集聚区|新区|我园|全园)(?:的)?(?:所有|全部)?$")
# the park's firms named by their settling in it (入园企业, 入驻企业超过300家): the park's own, as a stock, never a group's yield
_SETTLED_FIRMS_BEFORE = re.compile(r"(?:入园|入区|入驻|进驻|园内|区内)(?:的)?$")


def _one_own_investment(sentence: str, at: int) -> bool:
    """Whether one project, work, firm or phase named before 完成投资 in its sentence owns the investment done (any
    such owner not counted as a group: precision first — a pool of projects named so, 重点项目建设…，…项目444个，完成投资…,
    the labellers read both ways)."""
    for m in _OWN_INVESTOR.finditer(sentence, 0, at):
        if _NO_OWNER_AFTER.match(sentence, m.end()):
            continue  # (落实挂点服务项目机制，137个市重点项目完成投资…: a way of working, no project)
        if m.group().endswith("期") and not m.group().startswith("首") and sentence[m.end():m.end() + 1] in ("间", "末", "内"):
            continue  # ("十二五"期间, 期末: a period, not a building phase)
        if m.group() == "项目" and _COST_OF_THE_COUNTED.match(sentence, m.end()) \
                and _GROUP_AFTER.search(sentence, 0, m.start()):
            continue  # (落地项目57个，项目总投资95.8亿元，…: the projects just counted, their cost)
        if _GROUP_BEFORE.search(sentence, max(0, m.start() - 20), m.start()) or _GROUP_AFTER.match(sentence, m.end()):
            continue
        if m.group() == "项目" and _KEY_PROJECTS_BEFORE.search(sentence, max(0, m.start() - 4), m.start()):
            continue  # (市重点项目完成投资…: a place's key projects, a pool its plan names, not one project)
        return True
    return False


# a place's key projects, the pool its yearly plan names (市重点项目, 重点建设项目, 重大项目): their investment done is a
# figure of the place's, as a group's counted is (session 41: listed on 7 labelled pages of 6 hosts, left out on none)
_KEY_PROJECTS_BEFORE = re.compile(r"(?:重点|重大)(?:建设|工业|产业)?$")


# Malaysia's investment figures in 令吉, as its Chinese press states them (a state's or a zone's 投资额, 总投资额, 投资总额,
# 投资价值, 核准投资; 吸引了总值…令吉的投资, 注入了…令吉的投资; the approved projects' 总值): investment approved or
# attracted, what the blind labellers read as 签约资金 (on six hosts of the spent sets), not one firm's or one plant's
# (该厂的投资价值…, 某公司将投资…: _one_own_investment); a change (投资额增加了…) or a base (去年同期批准的…) is none
# (the ringgit as the press names it, 令吉 or 马币 — 馬幣 folded; a sum with 亿 and 万 inside, 6亿1872万3695令吉)
_RINGGIT_AMOUNT = r"\d[\d,.]*(?:[亿万]\d[\d,]*){0,2}\s*(?:亿|万|千万|百万)?\s*" + _RINGGIT
_RINGGIT_INVESTED = re.compile(r"(?P<name>(?:累计)?(?:总投资额|投资总额|投资额|投资总金额|总投资金额|投资金额|投资承诺|投资价值|投资总值|核准投资额?|批准投资额?|获批准的投资总额|"
                               r"获批的投资总额|总投资|(?<=[,，])投资|(?<=[,，])总额|外来投资额?|外资投资额?)|(?:吸引|注入|录得)了?(?:总值)?|(?<=项目[,，])总值|"
                               # (吸引 with what it drew named before the sum — 吸引资金50亿6000万令吉, 共吸引承诺投资2444.6亿马币 —
                               # and 吸资, the verb and its object in one word: 累积吸资达1113亿令吉)
                               r"吸引了?(?:资金|投资|承诺投资)|吸资|"
                               # (a state's or a zone's share of investment ranked, 取得 + the sum: 在首4个月投资额中，某州
                               # 取得23亿令吉 — the sentence speaks of investment, its subject got this much of it)
                               r"(?<![未难])(?:取得|获得)了?(?=\s*\d)|"
                               # (the worth of the plans put in place: 落实总值24亿马币(约…美元)制造业投资计划)
                               rf"总值(?={_RINGGIT_AMOUNT}[^,;:。]{{0,24}}投资))"
                               r"(?:已|也|则)?(?:累积到|累计到|达到|高达|达|为|是|占|写下|约为|约|超过|逾)?\s*"
                               rf"(?=(?:{_RINGGIT_AMOUNT}))")
# …and the sum said before its name, a remark in brackets between (带来497亿令吉投资额, 获得80亿令吉的总投资额, 制定42亿马币
# (约8.88亿美元)投资额目标): the same investment, its name after it
_RINGGIT_BEFORE_NAME = re.compile(rf"(?:{_RINGGIT_AMOUNT})(?:\s*[(（][^()（）]{{0,24}}[)）])?(?:或以上|以上)?(?:的|之)?"
                                  r"(?P<name>(?:总)?投资(?:总)?额(?:目标)?)")


# Taiwan's zones state what they brought in as the investment of the firms or cases approved: 投资额, 投资(总)金额 and
# the plan's 计画投资额 where the sentence counts firms brought in (引进高科技厂商6家，…投资总金额15.05亿元; 已引进243家
# 厂商，计画投资额逾2.43兆元) or its cases (投资案, 增资案), and the investment with the capital increases said as one
# (投增资额, 投、增资额, 投资及增资额: 全年累计投、增资额达…242亿5000万元): 签约资金, as the labellers of three sites read
# them; not investment done (完成投资额, 实际投资额) and not one firm's or one project's (_one_own_investment)
_FIRMS_BROUGHT_IN = re.compile(r"(?:引进|吸引|核准|进驻|促成)[^,;:。]{0,12}?(?:厂商|公司|企业)|厂商|投资案|增资案|扩厂案")
_APPROVED_INVESTMENT = re.compile(r"(?P<name>(?P<both>投、?增资|投资(?:及|暨|与|和)增资)(?:总)?(?:金)?额|(?:计[划画])?投资(?:总)?金额|(?:计[划画])?投资额)"
                                  r"(?:共计|合计|累计|总计)?(?:已|也|则)?(?:累积到|累计到|达到|高达|达|为|约为|约|超过|逾|共)?\s*"
                                  r"(?:新台币|台币)?\s*(?=\d)")
_DONE_BEFORE = re.compile(r"(?:完成|实际|实到|到位|固定资产)$")


# projects counted by a class of rank or size after the verb of signing or bringing in (签约亿元以上项目10个, 新签约重大项目
# 110个, 引进10亿元以上项目3个, 引进实施亿元以上重大项目26个; those that entered the park, as _PROJECT_VERBS reads 入园:
# 新入园2000万元以上工业项目35个): the blind labellers count them as the signed projects (6 of
# 6 on the spent sets; the money after them, 3 of 3, as the signed money), as any report's headline figure of signing is
# stated; a class split from a count by 其中 is a part (scope 其他), and a state (意向, 洽谈, 储备, 谋划) is no signing
_SIGNED_BY_CLASS = re.compile(r"(?:新?签约|新?签订|签下|新?引进(?:实施)?|新?招引|新?落地|新?落户|新?入园|新?进园|新?入驻)(?:了)?"
                              # (the bound may name what it bounds, and where the projects came from: 引进投资5000万元以上
                              # 项目87个, 签约总投资10亿元以上项目16个, 引进市外500万元以上工业项目936个)
                              r"(?:市外|省外|境外|国外|区外|县外)?(?:(?:计划|协议)?(?:总投资|投资)(?:额|总额)?(?:在)?)?"
                              r"(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十百]+)?(?:亿|千万|百万|万)(?:美元|元)?(?:及|或)?以上(?:的)?|"
                              r"(?:超|过|逾)(?:\d+|[十百千])?亿元?(?:的)?|(?:十|百)?亿元?级(?:的)?|(?:省|市|县)?(?:级)?(?:重大|重点))"
                              # (two words of the class: 重大产业项目, 产业化重大项目, 重点工业项目)
                              r"(?:重大|重点|产业化|产业|工业|制造业|实体|先进制造业|招商|外资){0,2}(?:的)?项目"
                              # (a floor said before the count: 超过841个, 逾30个)
                              r"(?=(?:共|总计|合计|达到?|为|不少于|不低于|超过|超|逾|近|约)?(?:\d+|[一二三四五六七八九十两]+)(?:个|项|宗))")
# projects started or completed counted by a class of size or rank, the verb before the class and the count after the
# noun (竣工重大项目35个, 新开工亿元以上项目7个, 开工建设省级重点项目12个): the verb's count as 新开工项目20个 is, as the
# signed counted by a class are (the study and blind labellers listed them 3 times of 3)
_MOVED_BY_CLASS = re.compile(r"(?<![待未计划开、和及])(?P<verb>新开工|开工建设|开工|竣工投产|竣工|建成投产)(?:了)?"
                             r"(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十百]+)?(?:亿|千万|百万|万)(?:美元|元)?(?:及|或)?以上(?:的)?|"
                             r"(?:超|过|逾)(?:\d+|[十百千])?亿元?(?:的)?|(?:省|市|县)?(?:级)?(?:重大|重点))"
                             r"(?:重大|重点|产业|工业|制造业|实体|先进制造业|建设)?(?:的)?项目"
                             r"(?=(?:共|总计|合计|达到?|为|不少于|不低于)?(?:\d+|[一二三四五六七八九十两]+)(?:个|项|宗))")
_MOVED_BY_CLASS_HOW = "（按规模或级别计数的开工、竣工项目）"
_SOUGHT = re.compile(r"意向|洽谈|在谈|储备|谋划|对接|跟踪")
_SPLIT_OR_SOUGHT = re.compile(r"其中|意向|洽谈|在谈|储备|谋划|对接|跟踪")
# (the count before the class: 签约6个亿元以上项目, 引进3个重大项目 — the verb right before the count, the class alone between)
_CLASS_KIND = re.compile(r"(?:亿元?以上|亿元?级|超亿元|过亿元|(?:省|市)?(?:重大|重点))(?:的)?(?:重大|重点|产业|工业|制造业)?")
_SIGNED_BEFORE_COUNT = re.compile(r"(?:签约|签订|签下|引进|招引|落地|落户)(?:了)?(?:共)?$")
# (a whole count of signed projects said before in the sentence: the class counted after it is its part)
_PROJECTS_COUNTED_BEFORE = re.compile(r"(?:签约|签订|引进|招引|落地|落户)[^,;:。]{0,8}?项目(?:共|达到?|为)?(?:\d+|[一二三四五六七八九十百两]+)[个项宗]|"
                                      r"(?:签约|签订|引进|招引|落地|落户)[^,;:。]{0,4}?(?:\d+|[一二三四五六七八九十百两]+)[个项宗][^,;:。]{0,8}项目")
# the threshold of fixed-asset investment statistics said before the name (500万元以上, 50万元以上 before 2011)
_STATISTICS_THRESHOLD = re.compile(r"(?<![\d.])(?:500|50|五百|五十)万元?(?:及|\(含\))?以上$")


# firms the park holds, named after the verb that brought them in with a word of their origin or size between
# (落户中小企业173家, 累计批准设立台外资企业974家, 共集聚A、B等台商投资企业35家): the listed forms (落户企业, 引进企业)
# with the word inside, which picks out no class (the origins, as _FIRMS_INTRODUCED reads them before a count, and
# 中小, what nearly every park's firms are). A class or a trade (高新技术企业, 规上企业, 光伏企业: a paragraph's trade)
# is a part, no count of the park; firms brought in (引进, 招引, 集聚, 设立) are the park's only counted so far (截至…,
# 累计, 目前, 共): "今年引进外资企业12家" is how many came in a period, as 引进企业 alone is (_so_far)
_FIRMS_OF_A_KIND_HINT = re.compile(r"(?:企业|厂商|公司)(?:总数)?(?:已经?|现已)?(?:达到?|共|约|近|超过?|逾)?\d")
_FIRMS_OF_A_KIND = re.compile(r"(?P<verb>落户|入驻|进驻|集聚|聚集|汇聚|引进|招引|引入|落地|批准设立|批准|拥有|现有)(?:了|的)?"
                              r"(?:[^,;:。]{1,80}?等)?(?P<kind>(?:国内外|海内外|中外|内外资|台外资|外资|内资|台资|台商投资|外商投资|港澳台资?|"
                              r"中小型?|中小微|各类|各种|高科技|科技|创科|工商|工贸|相关|实体|"
                              # (a kind told by its form, 科技型、环保型, 实体生产型: the firms of those kinds the park holds)
                              rf"(?:[{CJK}]{{1,4}}型、?)+)+)(?P<noun>企业|厂商|公司)"
                              r"(?=(?:总数)?(?:已经?|现已)?(?:达到?|共|约|近|超过?|逾)?\d+(?:余|多)?\s*(?:家|户))")
# (the firms settled or held: a stock, whenever they came; 集聚, 聚集 and 汇聚 say the park gathers them, as 拥有 says it has)
_HOLDING_VERBS = frozenset(("落户", "入驻", "进驻", "拥有", "现有", "集聚", "聚集", "汇聚"))


def _firms_of_a_kind_held(sentence: str, m: re.Match) -> bool:
    """Whether the firms of ``m`` (_FIRMS_OF_A_KIND) are the park's firms: not an increment (新落户, 新增) nor
    arranged, and, brought in, counted so far."""
    before = sentence[_clause_start(sentence, m.start()):m.start()]
    if _INCREMENT.search(before) or before.endswith("新") or _ARRANGED.search(before):
        return False
    return m.group("verb") in _HOLDING_VERBS or _so_far(sentence, m.start()) or bool(re.search(r"目前|现已|共$|共计", before)) \
        or before.endswith(("已", "已经")) and not _last_time_word(sentence, m.start()) \
        or bool(re.match(r"(?:截至|截止到?|到)?目前|至今|现已", sentence.lstrip()))  # (目前，园区已建成…，引进相关企业35家: the
    # sentence opens on now, and each of its clauses tells what stands; 基地已引进…企业29家, with no period named before it:
    # brought in so far)


# people given work, the count before the word (安排87.55万人就业, 吸纳3200人就业, 解决了31人的就业问题): how official
# writing states the jobs a park holds (not 带动…就业, jobs induced around it, nor 新增就业, an increment)
# a zone's part named, its area right after the name with no word between (河口片区24平方公里、蒙自片区9平方公里; 规划
# 核心区11.2平方公里，拓展区22平方公里): how a zone's layout is listed; the part's own area (scope 其他), never land worked
# on (核心区3000亩土地已完成征收)
_PART_THEN_AREA_HINT = re.compile(r"(?:片区|区块|组团|分园|功能区|核心区|拓展区|起步区域?|启动区域?|先行区|首期|[一二三四五]期)(?:约|近|为)?\d")
_PHASE_OF_A_PROJECT = re.compile(r"项目|工程|厂|公司|企业")
_PART_THEN_AREA = re.compile(rf"(?<![\d.])(?P<part>[{CJK}]{{1,6}}?(?:片区|区块|组团|分园|功能区)|{_ZONE_PART})"
                             r"(?=(?:约|近|为)?[\d.]+(?:平方公里|平方千米|公顷|万亩|亩)(?![\d.]|的?土地|的?用地))")
# a zone's phase or part told with the verb of developing or building it and its area (分两期开发，首期开发1500亩; 二区计划开发
# 8平方公里，首期已开发4平方公里; 其中起步区建设面积为3平方公里), after the zone's own area in the sentence or opening
# an item of its own after a ; (the zone measured in the item before): the part's land
# developed or to be developed (scope 其他, the status the words': 计划 → 目标, 已 → 实际). Counted over every spent set:
# 4 labelled areas of 3 hosts (study3, eval49 x2, study6) the reader left out, none of the shape unlisted (land worked on
# first, 首期征地开发, is not the shape; a project's phase never is)
_PART_DEVELOPED = re.compile(rf"(?<![\d.])(?P<part>{_ZONE_PART}|[一二三四五六七八九]区|第[一二三四五\d]期)"
                             r"(?P<verb>(?:计划|预计|规划|已经?|目前已|共计|累计)?(?:开发|建设|建成)(?:面积)?)"
                             r"(?=(?:为|达到?|约|近)?[\d.]+(?:平方公里|平方千米|公顷|万亩|亩)(?![\d.]))")
_PART_DEVELOPED_HOW = "（园区面积之后，其一部分或一期开发、建设的面积）"
# a zone's land told plot by plot with each plot's bounds, as a zone's approval lists it ("批准面积1223公顷，由三个地块组成。
# 地块一545.99公顷：东至…，南至…"): each plot's area, scope 其他 (its bounds after it: the zone's plots, not a plot put up
# for sale or a project's)
_PLOT_THEN_AREA = re.compile(r"(?P<part>地块[一二三四五六七八九十]{1,2})(?=(?:面积)?(?:为|约)?[\d.]+(?:平方公里|平方千米|公顷|亩)\s*[:,]?\s*"
                             r"(?:东至|东起|东到|东临|四至|范围))")
# the park's land given as the measure of the ground it holds, the park word or its site right before
# ("在园区605公顷的土地上", "选址在…以南近12.5平方公里的区域内"): its area, as a profile states it (not "项目占用…50亩的土地":
# a project's, whose subject is the project)
# the zone's land measured before the works that made it ready, said done (7.87平方公里基础设施基本建成, 首期5平方公里道路、
# 河道基本建成, 已完成首期8.5平方公里基础设施建设): how much of the zone is built, the area first (as 已开发建成面积 is)
_MEASURED_THEN_BUILT = re.compile(r"(?<![\d.])[\d.]+\s*(?:平方公里|平方千米|公顷|万亩|亩)(?:的)?"
                                  r"(?P<what>基础设施(?P<done>(?:已经?|均已|全部)?(?:基本|全面|初步)?(?:建成|建设完成|完成建设))?(?:建设)?"
                                  r"|道路[、和及]?[^,;:。\d]{0,6}?(?:已经?|均已|全部)?(?:基本|全面|初步)?(?:建成|建设完成|完成建设))")
_DONE_BEFORE_WORKS = re.compile(r"(?:已经?|累计)?完成(?:了)?(?:首期|一期)?$")
_AREA_BEFORE_LAND_HINT = re.compile(r"(?:平方公里|平方千米|公顷|亩)的(?:土地|区域|范围)")
_AREA_BEFORE_LAND = re.compile(r"(?:(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|科学园区|科学工业园区)(?:规划)?(?:约|近|总|共)?"
                               r"|选址[^,;:。]{0,40}?(?:约|近|总|共))"
                               r"[\d.]+(?:平方公里|平方千米|公顷|万亩|亩)的(?P<land>土地|区域|范围)(?=上|内|中|里)")
# a zone's part measured before its name, the verb of building or developing it after ("1.34平方公里的起步区已初步建成",
# "3平方公里的核心区已基本开发完毕"): the part's land (scope 其他), done as the verb says — not a project's phase
_PART_MEASURED_THEN_BUILT = re.compile(rf"(?<![\d.])[\d.]+\s*(?:平方公里|平方千米|公顷|万亩|亩)的(?P<part>{_ZONE_PART})"
                                       r"(?=(?:目前|现)?(?:已经?|均已|全部)(?:初步|基本|全面)?(?:建成|开发))")
# the park holding its land, the area before 土地 (农科园区原有233公顷土地, 园区拥有3000亩土地): its area, as 园区占地… is
_PARK_HOLDS_LAND = re.compile(r"(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|科学园区|科技园|工业区)(?:原有|现有|拥有|共有|总有)(?:约|近)?"
                              r"[\d.]+(?:平方公里|平方千米|公顷|万亩|亩)(?:的)?(?P<land>土地)(?!指标|储备)")
# the projects a verb moved, the count right after it with 项 or 个 and no noun (新开工44项，竣工37项; 其中开工29个、竣工21个):
# how an event's or a period's starts and completions are split after the projects counted (…等81个项目开竣工。其中新开工
# 44项，竣工37项) — each the verb's kind, as 新开工项目44个 is; never 开竣工 (starts and completions together: no kind)
# (and right after the projects' class, its count after the verb: 省市重点项目开工16个，竣工13个 — the key projects'
# starts, as 新开工重点项目16个 is; labelled so on the study sets)
_VERB_THEN_PROJECTS = re.compile(r"(?:^|(?<=[,;:、]|中|年|月|区|园|县|市)|(?<=(?:重点|重大)项目))(?P<verb>新开工|开工|竣工投产|竣工|建成投产)"
                                 r"(?=(?:约|近|共|达)?\d+(?P<unit>项|个)(?:[,;。、]|$))")
_VERB_THEN_PROJECTS_HOW = "（动词后直接是项目数：新开工…项，竣工…项）"


# the jobs a park brings counted as positions, the count before the noun (将提供3200个就业机会, 可创造约1500个就业岗位, 带动约
# 4,500个就业机会, 提供了2268个就业机会): how news and plans state the jobs a zone will bring or has brought. The labellers
# list them as 从业人员 (session 32's count over the study labels: a zone's jobs to come listed 9 times on 7 pages, left
# out 5 times), 预计 or as the words say; one project's or one firm's own are none (_one_projects_prospect)
# (session 38: and the verbs Taiwan's and Malaysia's press bring them by, 释出1万9300名就业机会, 制造了2,542个就业机会,
# 未来预计引进2万8,000个就业机会; the positions measured by 名, a count with 千 after its 万, 1万1千个, and the count said
# as more, 创造另外93,841个 — counted over every spent labelled set: +8 right on 7 hosts, none listed otherwise)
# the verbs of bringing jobs counted as positions (提供…就业岗位, 释出…就业机会)
_JOBS_VERB = "提供|创造|带动|带来|增加|新增|吸纳|解决|制造|释出|引进"
_JOBS_AS_POSITIONS = re.compile(rf"(?:{_JOBS_VERB})"
                                # (出 after the verb, its result: 将创造出一千人以上的就业机会)
                                # (the verb's objects a list, the jobs after another object, joined by 和, 及, 与 or 、:
                                # 可创造200亿元产值、800个就业机会; session 40: 3 hosts of the study pages)
                                r"出?了?(?:[^,;:。]{1,14}?(?:和|及|与|、))?(?:另外|另)?"
                                r"(?:约|近|超过|超|逾|达|达到)?"
                                # (the count in numerals too, as Taiwan's papers print it: 创造近三千个工作机会, 增加六万三四九二个就业机会)
                                rf"(?:[\d.,]+(?:万[\d.,]*千?)?|[{_CN_NUM}]+(?:万[{_CN_NUM}]+)?)(?:余|多)?(?:个|人|名)?"
                                # (or 就业 bare after 个, the positions' noun left out: 为当地创造4.5万多个就业)
                                # (session 40: the positions said direct or indirect, 创造1,300个直接就业机会, and counted as
                                # 就业人口, Taiwan's press's word for them, the count right before: 预估引进1925就业人口, 创造1700
                                # 就业人口 — 3 hosts of the study pages, 5 of the reach pages)
                                r"(?P<jobs>(?:以上)?(?:的)?(?:在地|当地|本地)?(?:直接|间接)?"
                                r"(?:就业机会|就业岗位|工作机会|工作岗位|就业人口|(?<=个)就业(?=[,;:。]|$)"
                                # (…or the people themselves, counted by 名 or 人: 吸纳4万名产业工人, 带动2000名职工)
                                r"|(?<=[名人])(?:产业)?(?:工人|职工|员工)(?=[,;:。]|$)))")
# the people counted working in the park, the count before them and where they work after (接近13,000名科技专才在园内
# 工作, 园区内有5000名员工在此工作, 吸引20多万人才在此工作居住): the park's 从业人员, as 园区从业人员5000人 is — never people
# who came to see it or to train (参观, 考察, 培训), nor the jobs a zone will bring (就业机会: _JOBS_AS_POSITIONS)
_STAFF_AT_WORK = re.compile(r"[\d.,]+(?:万[\d.,]*)?(?:余|多)?(?:万)?(?:名|人)"
                            r"(?P<staff>(?:[^\W\d,;:。]{0,4}?(?:员工|人员|职工|专才|人才|雇员|工人)|(?<=人)才)"
                            r"(?:(?:在|于)(?:园区内|园区|园内|区内|此|这里)(?:工作|就业|上班)|"
                            # (or 就业 said of them right after: "3.2万名员工就业" — the park's staff, as a zone's news sums it)
                            r"(?<=员工|职工|工人)就业(?![率补资金指服困])))")
# (the jobs said as brought already: 提供了, 已创造, 累计带动, 共提供)
_JOBS_BROUGHT = re.compile(rf"(?:{_JOBS_VERB})了|已|累计|共(?:{_JOBS_VERB})|去年|上年")
_JOBS_AIMED = re.compile(r"力争|确保|争取|目标|计划|任务|力求|预期")
# a sentence framed by the day it counts up to (截至目前，某园已吸引…，为当地解决…个就业岗位; 截止2015年末, 目前, 迄今): the
# jobs it names are there by then, as a stock — unless their own clause looks ahead (将, 预计, 有望, 可)
_STOCK_FRAME = re.compile(r"\s*(?:[^,;:。]{0,8}?)(?:截至|截止|迄今|至今|目前)"
                          # (…or a span from a day to now: 基地自2019年8月一期开园投用至今，已入驻…，创造近14000个就业岗位)
                          r"|[^,;:。]{0,12}?自[^,;:。]{2,30}?(?:至今|以来)")
_JOBS_TO_BE = re.compile(r"将|预计|预期|有望|可望|可以|可(?!达)|能够|计划|力争|目标")
# the positions named before their count (提供就业岗位…, 创造就业机会…: the forms of 从业人员 made of _JOBS_BROUGHT_VERBS)
_POSITIONS_NAMED = re.compile(r"[^,;:。\d]{2,8}?(?:岗位|机会)")
# firms that mean to settle (20余家企业意向入驻, 有意进驻企业412家): not in the park, as an agreement of intent is no signing
# (session 38: read as the park's firms on 2 pages of 2 hosts, listed on none; 预定建厂, planned, stays: listed once)
_FIRMS_INTENDING = re.compile(r"(?:意向|有意)(?:向)?(?:入驻|进驻|入园|入区|落户)")


# one plant, firm, project or investment named by a demonstrative before the jobs it brings (该厂…预计将制造1000个就业机会,
# 这项投资有望创造1000多个就业机会): its own jobs, no figure, as its own output is none (not 这些投资, many together)
# (在此, 于此, 来此: "here", a place, never "this": 120家企业在此投资 is firms investing here)
_ONE_OWNER_NAMED = re.compile(r"(?:该|(?<![在于来到])此|这)(?:一|项|个|座|间|家)?(?:厂|工厂|公司|企业|项目|投资)(?!区|园|者)")
_JOBS_AS_POSITIONS_HOW = "（带来的就业岗位、就业机会：提供、创造、带动…个就业机会）"
# (a count, its measure word or its bound, and a 直接 or 间接, right before the positions: 1700就业人口, 1,300个直接就业机会)
_COUNT_BEFORE_POSITIONS = re.compile(r"[\d个名人余多万千](?:直接|间接)?$")


def _names_positions(sentence: str, naming: "_Naming") -> bool:
    """Whether the name ends in the positions a place brings (就业机会, 就业岗位), or in 就业人口 right after its count
    (创造1700就业人口) — jobs brought, not the staff counted by name (园区就业人口8万人)."""
    if sentence.endswith(("机会", "岗位"), 0, naming.qend):
        return True
    return sentence.endswith("就业人口", 0, naming.qend) \
        and bool(_COUNT_BEFORE_POSITIONS.search(sentence, 0, naming.qend - len("就业人口")))


_JOBS_AFTER_PEOPLE = re.compile(r"(?:安排|吸纳|解决)了?(?:约|近|超过?|逾)?[\d.]+万?(?:余|多)?人(?:的)?(?P<jobs>就业(?:问题)?)")
# foreign capital paid in said short after the signed amount: "合同外资额为11.54亿美元，增长1.4倍，实际到位5.1亿美元",
# "完成注册外资7500万美元，实际到账4000万美元" — the clause before names 外资, this one only how much arrived
_PAID_IN_SHORT_HINT = re.compile(r"到位|到账|到帐|实到")
# (金额 or 额 for 资金: "合同外资额24.05亿美元，实际到位金额11.8亿美元", "…，实际到位额132.95亿美元")
_PAID_IN_SHORT = re.compile(r"(?<=[,;])(?:实际)?(?:到位|到账|到帐|实到)(?:资金|金额|额)?(?=(?:约|近|超过?|逾|达到?|为)?\d)")
_SIGNED_FOREIGN = re.compile(r"(?:合同|注册|协议|签约)(?:利用)?外资(?:额|金额)?[^,;]*[,;](?:(?:同比)?增长[^,;]*[,;])?$")


_DIGITS_THEN_PLACE = re.compile(r"\d+(?:\.\d+)?[千百]")


_PROJECTS_AFTER = re.compile(rf"[{CJK}]{{0,6}}?项目")
_COUNT_UNITS = frozenset(("个", "项"))  # (projects; firms that came in a period are no count of the park)


# a name of people employed right before a value in bare 万 (就业人员2.65万, 从业人员1.2万): the 万 counts people
_PEOPLE_NAMED_BEFORE = re.compile(r"(?:从业人员|就业人员|从业人数|就业人数|员工人数|职工人数|用工人数|员工总数|职工总数|从业总人数|就业总人数|"
                                  r"就业人口|从业人口|吸纳就业)"
                                  r"(?:总数)?(?:达到?|为|约|近|超过?|逾|共)?$")


# projects applied for or still being discussed (收到了46个项目的申请, 申请中, 在谈, 洽谈中): their investment is neither
# approved nor attracted yet
_APPLIED_FOR = re.compile(r"(?:项目|項目)的?(?:申请|申請)|(?:申请|申請)中|在谈|在談|洽谈中|洽談中")


def _values_in(sentence: str) -> list[_Value]:
    values = []
    for m in _VALUE_RE.finditer(sentence):
        raw, unit = m.group("num"), m.group("unit")
        if unit == "万" and _PEOPLE_NAMED_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            unit = "万人"  # "安置就业人员2.65万": people counted in 万, the 人 left to the name before (no money)
        unit = _SPOKEN_UNIT.get(unit) or _BARE_UNIT.get(unit, unit)
        before, after = sentence[max(0, m.start() - 3):m.start()], sentence[m.end():m.end() + 12]
        if before[-1:].isdigit() or before.endswith(("第", "年产", "年", "月", ".")) and not (
                before.endswith("年") and not before.endswith("年产") and unit in _COUNT_UNITS
                and _PROJECTS_AFTER.match(after)
                or before.endswith(("全年", "今年", "当年", "本年")) and _UNIT_KIND.get(unit) == "money"):
            continue  # (but a year or a time word opens its clause's count of projects: "全年12个项目竣工投产", and
            # the year said as a time word opens a sum whose name was said before: "…56亿元，预计全年70亿元")
        if (re.search(r"(?:由|从|增加|增长|减少|下降|提高|增收|减收|这|该|上述)$", before)
                # (出口总额今年同比增14亿2千万: the change against a year before, its verb one character, is no level)
                or re.search(r"(?:比|較|较)[^，,。；;\d]{0,5}[增減减]$", sentence[max(0, m.start() - 9):m.start()])
                or (cur := _CURRENCY_BEFORE.search(sentence, max(0, m.start() - 10), m.start()))
                and re.search(r"(?:增加|增长|减少|下降|提高|增收|减收)$", sentence[max(0, cur.start() - 2):cur.start()])) \
                and not _THESE_JUST_DONE.search(sentence, max(0, m.start() - 8), m.start()):
            continue  # "由1121亿元增加到…", "比上年增加1501亿元", "这120个项目": a base, a change, a reference (the
            # currency's name may stand between the verb and the sum: "年产值将增加新台币30亿元" is a change too)
        if _CHANGE_FROM_AFTER.match(after) and _CHANGE_FROM_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "从工业总产值不足1亿元发展到今天的120亿元": where the change started, a base
        if (after[:1] in ",，" and _CHANGE_FROM_AFTER.match(after[1:]) or _REMARK_THEN_CHANGE.match(sentence, m.end())) \
                and _BASE_OPENED.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "企业由建区时的3家，年产值500万元，发展到现在近100家": the start's figures listed, then where it went
        if unit == "个" and after.startswith(("百分点", "月", "工作日")):
            continue
        if re.match(r"^(?:以上|以下)?(?:的)?(?:项目|企业|工业项目|产业项目|大项目)", after) and _UNIT_KIND[unit] == "money":
            continue  # "500万元以上项目": a size class, not a figure
        compound = (raw[0].isdigit() or raw[0] in _CN_NUM) and ("万" in raw or "亿" in raw or "兆" in raw)
        if raw[-1] in "千百" and _DIGITS_THEN_PLACE.fullmatch(raw):  # "新台币3千亿元", "1.5千万元": digits and a place
            value, masked = float(raw[:-1]) * (1000 if raw[-1] == "千" else 100), False
        else:
            value, masked = (_compound(raw, unit), False) if compound else read_number(raw)
        if value is None and not masked:
            continue  # ("2亿3000元": no such compound)
        if raw[0] in _CN_NUM and (before.endswith(("几", "上")) or before.endswith("数") and raw[0] in "十百千"):
            continue  # "数十家企业", "上百家": about so many, not a count ("家数九十二家" is a count named 家数)
        if raw[0] in _CN_NUM and not masked and (value is None or _UNIT_KIND[unit] not in ("count", "people")
                                                 and unit not in _CN_NUMERAL_UNITS):
            continue  # (a numeral before a bare 亿 is a scale word: 千亿级产业, 打造百亿园区)
        if raw[0] in _CN_NUM and value == 1 and _UNIT_KIND[unit] in ("count", "people"):
            continue  # "落实一个", "一家企业": an article, not a count (一兆元, 一亿元 are sums)
        if raw in ("百", "千", "万") and _UNIT_KIND[unit] in ("count", "people"):
            continue  # "市级百项技改项目", "百个项目大会战", "千家企业": a campaign's round number, a name (a count is 一百)
        if unit in _TEN_THOUSAND_COUNTS and value is not None:
            value, unit = value * 10000, unit[1:]  # "入驻企业1.2万家": 12000家
        elif unit == "千人" and value is not None:
            value, unit = value * 1000, "人"
        lower = _RANGE_LOWER.search(sentence, max(0, m.start() - 16), m.start())
        if lower and not masked:
            if values and values[-1].end == lower.end("unit" if lower.group("unit") else "num") \
                    and values[-1].unit == unit:
                continue  # "50亿元至60亿元": the range is read once, at its first value
            if not lower.group("unit"):
                low, _ = read_number(lower.group("num"))
                if low is not None and low < value:
                    values.append(_Value(low, False, unit, lower.start(), m.end()))
                    continue  # "10-15亿元", "50至60亿元": a range is read as its first (lower) value
        values.append(_Value(value, masked, unit, m.start(), m.end()))
    if _has_declared_unit(sentence):
        values = sorted(values + _values_of_declared_units(sentence, values), key=lambda v: v.start)
    if "就业人口" in sentence:
        values = sorted(values + _counts_of_jobs_population(sentence, values), key=lambda v: v.start)
    return values


# the jobs a place brings counted bare before 就业人口, no measure word between (预估引进1925就业人口, 创造1700就业人口:
# Taiwan's press), the count of people the word itself says
_COUNT_THEN_JOBS_POPULATION = re.compile(r"(?<![\d.,])(?P<num>\d[\d,]*(?:\.\d+)?(?:万(?:\d[\d,]*)?)?)(?:余|多)?(?=就业人口)")


def _counts_of_jobs_population(sentence: str, values: list[_Value]) -> list[_Value]:
    out = []
    for m in _COUNT_THEN_JOBS_POPULATION.finditer(sentence):
        if any(v.start <= m.start("num") < v.end for v in values):
            continue
        raw = m.group("num")
        value, _ = (_compound(raw, "人"), False) if "万" in raw else read_number(raw)
        if value is not None:
            out.append(_Value(value, False, "人", m.start("num"), m.end("num")))
    return out


# a table flattened to text gives the unit once, with the name or in its own column, and the number after it:
# "工业总产值（亿元） 120.5", "| 税收 | 万元 | 8600 | 5.2 |", "固定资产投资(亿元)：35.2" — the number right after the
# unit and a bracket, a bar or a colon, itself followed by a cell's end, a clause's end or a growth word
_DECLARED_UNIT = re.compile(r"(?P<unit>亿元|万元|亿美元|万美元|平方公里|万亩|亩|个|家|户|万人|人)\s*(?:[)）]\s*[:：]?|[|｜]|[:：])"
                            r"\s*(?:[|｜]\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)(?=\s*(?:[|｜,;。]|增长|同比|比增|下降|$))")


# …or in a column of its own, the blanks between the columns gone: "工业总产值 亿元 86.5 9.2" (name, unit, this
# year, growth) is squeezed to 工业总产值亿元86.5|9.2 — a unit right after a name's last character, the number
# right after the unit, and the row's next column or its end after the number
# (the lookahead of the units' first characters before the lookbehind: the same matches, a third of its time)
_UNIT_COLUMN = re.compile(rf"(?=[亿万平亩个家户人])(?<=[{CJK}])(?P<unit>亿元|万元|亿美元|万美元|平方公里|万亩|亩|个|家|户|万人|人)"
                          r"(?P<num>\d[\d,]*(?:\.\d+)?)(?=[|｜]|\s*$)")


def _has_declared_unit(sentence: str) -> bool:
    return ("|" in sentence or ")" in sentence or ":" in sentence) and bool(_DECLARED_UNIT.search(sentence)) \
        or bool(_UNIT_COLUMN.search(sentence))


def _values_of_declared_units(sentence: str, values: list[_Value]) -> list[_Value]:
    out = []
    for m in list(_DECLARED_UNIT.finditer(sentence)) + list(_UNIT_COLUMN.finditer(sentence)):
        if any(v.start <= m.start("num") < v.end for v in values):
            continue
        value, masked = read_number(m.group("num"))
        if value is not None:
            out.append(_Value(value, masked, m.group("unit"), m.start("num"), m.end("num")))
    return out


# a template whose figures a site cut out leaves the unit right after the name, and the clause goes on:
# "完成工业总产值亿元，同比增长%；实现税收万元" — the figure's slot, masked (not 亿元以上项目, a class)
_EMPTY_SLOT = re.compile(r"(?:完成|实现|达到|达|为|共|约)?(?P<unit>亿元|万元|亿美元|万美元|平方公里|万亩|亩|个|项)"
                         r"(?=[,;:。、]|$|同比|比上年|较上年|增长|增幅|下降|占|完成|(?<![个项])左右)")
# (a cheap test of a whole sentence with no number, before its names are read)
_EMPTY_SLOT_HINT = re.compile(rf"[{CJK}](?:亿元|万元|亿美元|万美元|平方公里|项目个)(?=[,;:。、]|$|同比|比上年|较上年|增长)")


# …and a count's digits cut out between its verb and its projects: "今年已签约引进个项目" (the verb says which count)
_BLANK_COUNT = re.compile(r"(?<=签约|引进|招引|开工|竣工|投产|落户|入驻)个(?=[^,;:。\d]{0,6}?项目)")


def _empty_slots(sentence: str, names: list[_Name], values: list[_Value]) -> list[_Value]:
    """Masked values where a name is followed by its unit with no number between (a blank figure)."""
    out = []
    for n in names:
        m = _EMPTY_SLOT.match(sentence, n.end)
        if m and not any(v.start <= m.start("unit") < v.end for v in values) and _kind_fits(n.name, m.group("unit")) \
                and (_UNIT_KIND[m.group("unit")] != "count" or n.name in _COUNT_NAMES):
            out.append(_Value(None, True, m.group("unit"), m.start("unit"), m.end("unit")))
    return out


# "今天开工的这12个项目": the projects the event just started, not a reference to a count said before
_THESE_JUST_DONE = re.compile(r"(?:开工|签约|竣工|投产|落户)的这$")
# a numeral with a unit that says money or land (一百二十亿元, 逾百亿元, 十平方公里) is read like digits
_CN_NUMERAL_UNITS = frozenset(("万亿元", "亿元", "万元", "亿美元", "万美元", "平方公里", "平方千米", "万亩", "亩", "公顷"))
_TEN_THOUSAND_COUNTS = frozenset(("万家", "万户", "万个", "万项"))
# the first value of a range written before this one: "10-15亿元", "50至60亿元", "50亿元至60亿元"
_RANGE_LOWER = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<unit>亿元|万元|亿美元|万美元|个|家|户|项|人|万人|平方公里|亩|万亩)?"
                          r"\s*(?:-|—|–|~|～|至|到)\s*$")


def _growths_in(sentence: str) -> list[tuple[int, int, float | None, bool]]:
    """(start, end, pct, masked) of each growth clause; a number with no sign after
    a growth word is a percentage whose % sign the site lost."""
    out = []
    for m in _GROWTH_RE.finditer(sentence):
        if m.group("dir") == "增加" and sentence[m.end("dir"):m.end("dir") + 1] == "值":
            continue
        if m.group("sign") in ("个百分点", "倍"):
            continue
        after = sentence[m.end():m.end() + 4]
        if not m.group("sign") and re.match(r"^\s*(?:亿|万|元|个|家|户|项|人|名|亩|平方|公顷|倍|年|月)", after):
            continue  # "增长50亿元": an increment, not a rate
        pct, masked = read_number(m.group("pct").lstrip("-"))
        if pct is not None:
            negative = m.group("pct").startswith("-") or m.group("dir") in ("下降", "减少", "负增长", "回落", "下滑", "降低")
            pct = -pct if negative else pct
        out.append((m.start(), m.end(), pct, masked))
    return out


def _item_start(sentence: str, at: int) -> int:
    """Where the clause, or the item of a 、 list after a count, that ends at ``at`` begins."""
    start = _clause_start(sentence, at)
    items = [m.end() for m in _ITEM_AFTER_COUNT.finditer(sentence, start, at)]
    return items[-1] if items else start


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding ``at`` begins (after the last ，；： before it)."""
    seps = _clause_seps(sentence)
    i = bisect_right(seps, at - 1)
    return seps[i - 1] + 1 if i else 0


def _gap_seps(gap: str) -> list[int]:
    """The clause ends in a short gap between a name and a value (not cached: gaps are many and asked once or
    twice, and would push the sentences out of _clause_seps' cache)."""
    return [m.start() for m in _CLAUSE_SEP_RE.finditer(gap)]


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding ``at`` ends (at the next ，；： from ``at`` on, else the sentence's end)."""
    seps = _clause_seps(sentence)
    i = bisect_left(seps, at)
    return seps[i] if i < len(seps) else len(sentence)


@lru_cache(maxsize=512)  # asked many times of each sentence
def _clause_seps(sentence: str) -> list[int]:
    return [m.start() for m in _CLAUSE_SEP_RE.finditer(sentence)]


# a comma between a digit and three more is a thousands separator (7,248.82亿元, 4万7,907人: as Taiwan's and
# statistics' pages print numbers), not the end of a clause: a 累计 before it still governs its own value only
_CLAUSE_SEP_RE = re.compile(r"[，；;：:,](?<!\d,(?=\d{3}(?!\d)))")


_GAP_BLOCK = re.compile(r"进出口|进口|占|其中|比重|人均|亩均|户均|地均|单位|平均|的|中|以上|及|和|与|、|含|之|每")
_STATUS_ONLY = re.compile(r"^(?=.)(?:力争|确保|争取|预计|预估|估计|有望|目标|计划|累计|目前|现有|共有|实际)?(?:全年|年底|年内|今年|当年)?(?:上看)?"
                          r"(?:预计)?(?:可|将|能|可望|有望)?(?:首度|首次)?(?:达到|达|突破|冲破|实现|超过|完成|增至|增加到|增加至|为|总(?:户|家|个)?数(?:达到?|逼近|为)?|"
                          r"总量达到?|总计|合计)?(?:新台币|人民币)?$")  # (預估全年可望達新台幣3千億元: Taiwan's forecasts)
_EXAMPLES_THEN_COUNT = re.compile(r"(?:有|包括|主要有|共有|主要包括|现有)[^,;:。]{1,80}?、[^,;:。]{1,40}?等")
# (each end may be dated: "由2019年的52亿元增长到2023年的96亿元", "从2018年底的26家增加到目前的58家")
_TO_WHEN = r"(?:(?:\d{4}|今|去|上|本)年(?:底|末|年底|年末)?的?|目前的?|现在的?|今天的?|当前的?)?"
# (a remark on the start may stand in a clause of its own before the change: "由初期财政收入275万元全市倒数第一，攀升至…")
# (the change's end told with 为 as with 到: 由2020年的720亿元增长为2023年的1056亿元 — the verb of the change before it)
# (…and an area adjusted, 批准面积由152.1公顷调整为879.28公顷: the approval's new area — 调整 too, to or as)
_CHANGE_END = r"(?:(?:增加|增长|提高|上升|扩大|发展|攀升|跃升|壮大|调整)?(?:到|至)|(?:增加|增长|提高|提升|上升|扩大|攀升|跃升|调整)为)"
_FROM_TO = re.compile(r"(?:力争|确保|争取|预计|计划|将)?(?:由|从)[^,;:]{1,20}?(?:,[^,;:\d%]{1,10})?,?"
                      + _CHANGE_END + _TO_WHEN)
_REMARK_THEN_CHANGE = re.compile(r"[^,;:。\d%]{1,10},(?:增加|增长|提高|上升|扩大|发展|壮大|跃升|攀升)(?:到|至)")
_CHANGE_FROM_AFTER = re.compile(r"(?:左右|多)?(?:增加|增长|提高|上升|扩大|发展|壮大|跃升|攀升)(?:到|至)")
_CHANGE_FROM_BEFORE = re.compile(r"(?:从|由)[^,;:。]{0,14}$")
# a change's start opened by 由/从 and a time (由建区时的…，…，发展到…): every figure before the change's verb is the start's
_BASE_OPENED = re.compile(r"(?:由|从)[^;:。]{0,12}?(?:时|时候|之初|初期|初|前)的?[^;:。]{0,30}$")
_CHANGE_TO = re.compile(r"[^,;:]{1,16}?(?:,[^,;:\d%]{1,10})?,?(?:(?:增加|增长|提高|上升|扩大|发展|壮大|攀升|跃升)(?:到|至)|"
                        r"(?:增加|增长|提高|提升|上升|扩大|攀升|跃升)为)" + _TO_WHEN)
_AFTER_GROWTH = re.compile(r"、(?:达到|达|为|突破|超过|增至)")
# a project count's clause that repeats only its verb (实际开工23个, 已签约15个): the noun said in the clause before
_OWN_COUNT_VERB = re.compile(r"(?:目前|截至目前|实际)?(?:实际|已|已经|共|累计|全年|当年)?(?:新)?(?P<verb>开工|签约|竣工投产|竣工|投产|建成投产|建成)(?:了)?(?:项目)?")
# a bound passed said first, however long its adverbs (首次突破1000亿元大关，史上第三度突破5,000亿元大关，), then the
# figure itself after 达/为: the figure is the name's (the bound is dropped as its rounding: _without_rounded_bounds)
_BOUND_CLAUSE = re.compile(r"[^,;:。\d]{0,8}?(?:突破|超过|超越|跨越|迈上|迈过|站上|站稳|跃上|冲破)(?:新台币|人民币)?[\d.,]+"
                           r"(?:兆|万亿|亿|万)?(?:亿|万)?(?:元|美元)?(?:大关|关口|台阶|关卡|规模)?"
                           # (its growth may follow it: 首度突破新台币4,500亿元、年增16%，达到4,656亿元)
                           r"(?:、?(?:年增|成长|增长|同比增长)[\d.]+%)?,")
# (a total word and the currency may stand before it: "营业额正式出炉，合计达新台币4.76兆元")
_THEN_VALUE = re.compile(r"^(?:合计|总计)?(?:达到|达|为|突破|超过|增至|总量达到?|总数达到?|总额达到?|共计?)(?:新台币|人民币)?$")
# a breakdown ranks its items (以光电产业营业额最高，约为…；半导体产业其次，约为…; 积体电路产业次之; 光电产业居次): the
# rank said between an item's name and its value (以光电产业营业额最高，约为…; 其次, 次之)
_RANK = re.compile(r"(?:为|居)?(?:最高|最多|最大|最大宗|首位|第[一二三四五]|第[一二三四五]位|其次|次之|居次|再次|再次之)")
_RANKED_VALUE = re.compile(r"(?:约|大约|近)?(?:为|达到?)?(?:新台币|人民币)?\s*")
# a record set before the value (就业人数也同步突破历年同期纪录，来到26万3,649人; 营收再创历史新高，达到…): news style
# says the figure set a record, then what it came to
_RECORD_THEN = re.compile(r"(?:也|亦|均|再|又|续|更)?(?:同步|首度|首次)?(?:创下?|突破|刷新|改写)(?:了)?(?:历史|历年|近\d+年)?(?:同期)?(?:新高|纪录|记录|最高)")
_RECORD_VALUE = re.compile(r"^(?:来到|达到|达|为|增至|攀升至|升至)$")


def _only_its_own_value(n: _Name, head: str) -> bool:
    """Whether the clause after a name holds at most one value, of the name's kind (新开工项目20个，… / 到位资金30亿元，…),
    so that a clause repeating only the verb is the same name's: not after 引进内资项目6个 (a count, not the money)."""
    found = list(_VALUE_RE.finditer(head))
    if len(found) > 1:
        return False
    if not found:
        return True
    unit = found[0].group("unit")
    return _kind_fits(n.name, _SPOKEN_UNIT.get(unit) or _BARE_UNIT.get(unit, unit))


def _pair_name(sentence: str, v: _Value, names: list[_Name], growths) -> _Name | None:
    """The name a value belongs to: the nearest name before it in its clause (a few
    words between, none that make it a share or a part), or across a growth clause
    ("投资增长39%，达到36亿元"), or the previous clause's name when the value's clause
    is only a status word ("确保100亿元，力争160亿元")."""
    before = [n for n in names if n.end <= v.start]
    if not before:
        return None
    n = before[-1]
    gap = _BRACKETED.sub("", sentence[n.end:v.start])  # "工业企业(含托管企业)31家": a remark between
    if gap.startswith(":"):
        gap = gap[1:]  # "工业总产值：完成52.6亿元", "规上企业：新增5家，总数达到41家": the colon binds them
        if not gap:
            return n
    tail = gap[_clause_start(gap, len(gap)):]
    own_verb = _OWN_COUNT_VERB.fullmatch(tail) if tail != gap and n.name in _PROJECT_COUNTS and not n.blocked else None
    if own_verb and _PROJECT_VERBS_BY_NAME[n.name].search(own_verb.group("verb")) and len(_gap_seps(gap)) == 1 \
            and len(gap) - len(tail) <= 12 and _only_its_own_value(n, gap[:len(gap) - len(tail)]):
        return n  # "全年计划新开工项目20个，实际开工23个": the count's own verb again, its noun left out
    if tail != gap and n.name == "招商引资到位资金" and not n.blocked and re.fullmatch(r"(?:实际|已|已经|累计|全年)?到位(?:资金)?", tail) \
            and len(_gap_seps(gap)) == 1 and len(gap) - len(tail) <= 12 and _only_its_own_value(n, gap[:len(gap) - len(tail)]):
        return n  # "计划招商引资到位资金30亿元，实际到位32.5亿元" (never 签约资金…，到位…: the money signed is not paid in)
    if tail == gap and "、" in gap and n.name in _STOCK_NAMES and gap[gap.rfind("、") + 1:].startswith(("总数", "总量", "总户数", "总家数")) \
            and _STATUS_ONLY.match(gap[gap.rfind("、") + 1:]) and len(gap) <= 24:
        return n  # "员工人数大幅增加约3500人、总数逼近8.8万人": the stock after its increment, joined by 、
    if tail != gap and _STATUS_ONLY.match(tail) and len(_gap_seps(gap)) == 1 \
            and (len(gap) - len(tail) <= 12 or _BOUND_CLAUSE.fullmatch(gap, 0, len(gap) - len(tail))):
        return n  # "确保100亿元，力争120亿元", "新增6家，总数达到58家": the clause before's name
    if _FROM_TO.fullmatch(gap) or _CHANGE_TO.fullmatch(gap) and (sentence[max(0, n.start - 1):n.start] in ("从", "由")
                                                                 or _BASE_OPENED.search(sentence, max(0, n.start - 12), n.start)):
        return n  # "由1121亿元增加到2220亿元": the figure is where it went; so "从财政收入几十万元增长到…50多亿元"
    if n.name in ("入园企业数", "规上企业数") and _UNIT_KIND[v.unit] == "count" and _EXAMPLES_THEN_COUNT.fullmatch(gap):
        return n  # "入驻企业有A集团、B实业…等**余家": the firms named as examples first, then how many
    if n.name in _STOCK_NAMES and _STOCK_RISEN_TO.fullmatch(gap):
        return n  # "就业人数也增加到32万3,113人": the level the stock rose to, no increment (增加3000人 is one)
    if _VALUE_RE.search(gap) or (n.name in _STOCK_NAMES and _INCREMENT.search(gap)):
        return None
    if sentence[v.start] in _CN_NUM and not re.fullmatch(
            r"(?:累计|共|全年|今年|年)?(?:已经|已|现已|目前已?)?(?:完成|实现)?(?:可望|有望|可|将|预计|力争|确保|争取)?(?:达到|达|为|共|共有|有|总数达到?|突破|超越|超过|超|逾|近|约|"
            r"增至|增长至|增加到|扩增至|扩大到|扩大至|来到|)(?:了)?(?:新台币|新臺幣|人民币)?", gap):
        # (a numeral is a figure only close after its name: "营业额累计达六百四十八亿…元", "营业额超越二千六百亿元",
        # "入园企业已有一百多家" (已 before the verb of having),
        # "面积将扩增至一千七百六十五公顷", "出口额来到二兆一千亿元" — status and bound words and the currency between,
        # no other word)
        return None
    raw_gap = gap
    for g0, g1, _, _ in growths:
        if n.end <= g0 and g1 <= v.start:
            gap = gap.replace(sentence[g0:g1], "")
    seps = _gap_seps(gap)  # (a thousands separator is no clause end: 5,000亿元)
    if not seps:
        if len(gap) <= 12 and not _GAP_BLOCK.search(gap) or gap != raw_gap and _AFTER_GROWTH.fullmatch(gap):
            return n  # ("增长10%、达到150亿元": the figure after its growth rate, in a list)
        return None
    tail = gap[seps[-1] + 1:]
    head = gap[:seps[0]]
    if _THEN_VALUE.match(tail) and len(head) <= 4 and not n.used:
        return n
    if len(seps) == 1 and _RECORD_VALUE.match(tail) and _RECORD_THEN.fullmatch(head) and not n.used:
        return n  # "就业人数也同步突破历年同期纪录，来到263649人": the record set, then the figure
    if len(seps) == 1 and _RANK.fullmatch(head) and _RANKED_VALUE.fullmatch(tail) and not n.used:
        return n  # "以光电产业营业额最高，约为新台币368.45亿元": the item ranked first in a breakdown, then its value
    return None


# a stock's name, then the verb of rising with 到 or 至 right before the value: the level reached (就业人数也增加到32万人)
_STOCK_RISEN_TO = re.compile(r"(?:也|已|已经|进一步|大幅|持续|稳步|逐步|则|再)?(?:增加到|增加至|增长到|增长至|增至|上升到|上升至|提高到|提高至|"
                             r"提升到|提升至|扩大到|扩大至|攀升到|攀升至)(?:了)?(?:约|近|逾|超过)?")


# "签下总投资112.95亿元的35个项目": what the counted projects cost in all, said before the count
# (not a class: "投资超10亿元的3个项目", "5000万元以上的8个项目" count a subset)
_WHOLE_COST_OF = re.compile(r"(?:计划|协议|合同)?(?:总投资|投资总额|总额|总金额)(?:额)?(?:约|达到?|近|逾|超过?)?$")
# an event projects take part in ("集中开工仪式…，共有14个项目参加"): the event says what was done to them
_EVENTS = (("新开工项目数", re.compile(r"(?<!复工)(?:集中开工|开工仪式|开工活动|开工典礼|开工动员|开工大会|集中开竣工|开竣工仪式)")),  # (not 复工开工仪式: resumed and started)
           ("签约项目数", re.compile(r"集中签约|签约仪式|签约活动|签约大会|签约会")),
           ("竣工投产项目数", re.compile(r"集中竣工|竣工仪式|投产仪式|集中投产")))
_TAKE_PART = re.compile(r"^(?:参加|参与|亮相|集中亮相)(?!观摩|评比|考核|推介|路演)")


_EVENT_NAMED = re.compile(r"仪式|活动|典礼|大会|动员会|签约会|现场会|推进会")
_EVENT_BACK = re.compile(r"此次|本次|这次")
# a sentence about the event's projects: "此次共有…", "本次集中开工…", "仪式上…"
# how projects are signed at an event, said between their count and the verb ("45个项目现场集中签约", "9个项目当场签约")
_EVENT_MANNER = ("现场", "当场", "成功", "正式", "顺利", "分别")
_EVENT_REFERENCE = re.compile(r"此次|本次|这次|本批|此批|活动|仪式|会上|现场|集中签约|集中开工")
# a city or county named as the owner of an event: 市重点项目…, 德阳市…, 全县…
_TOWN_OWNER = re.compile(r"(?<![城超都上门])[市县旗州](?![场民值长委书])")
# a district named as an event's owner: "龙文区举行…集中开竣工仪式", "…集中开工江城区现场会"
_NAMED_DISTRICT = re.compile(rf"[{CJK}]{{2}}区(?=举行|举办|召开|组织|\d|第|重大|重点|项目|集中|现场)")
# where an event was held is no subject: "全市…签约仪式在青岚经济开发区举行"
_VENUE = re.compile(r"在[^,;:。]{0,24}?(?:举行|举办|召开|开幕|启动)")
# a place named to say where something lies (在某保税区附近, 在园区以东): a landmark, never the clause's subject
_NEAR = re.compile(r"在[^,;:。]{0,24}?(?:附近|旁边?|周边|周围|对面|一侧|[东西南北]侧|以[东西南北])")


def _event_owner(sentence: str) -> str | None:
    """Whose event a sentence names: 其他 when the last place before the event word is a city or a
    county (全市…集中签约仪式, 德阳市重点项目集中开工活动), 园区 when it is a park (高新区举行…集中开工
    仪式), None when it names neither ("市长出席签约活动并讲话": the event named again)."""
    at = min(m.start() for _, e in _EVENTS if (m := e.search(sentence)))
    phrase = _mask(_VENUE, sentence)[_clause_start(sentence, at):at]
    parks = [m.end() for m in _SUBJECT_PARK.finditer(phrase)]
    towns = [m.end() for m in _OTHER_SCOPE.finditer(phrase)] + [m.end() for m in _TOWN_OWNER.finditer(phrase)] \
        + [m.end() for m in _NAMED_DISTRICT.finditer(phrase)
           if m.end() not in parks and not _SUBJECT_PARK.search(m.group())]  # (龙文区 — not 高新区, 工业园区)
    if not towns and not parks:
        return None
    return "其他" if towns and max(towns) > max(parks, default=-1) else "园区"


_ANY_EVENT = re.compile("|".join(e.pattern for _, e in _EVENTS))


def _owner_named_after(folded: str, end: int) -> str | None:
    """Whose event a news lede's counts are when the event is named after them, in the same paragraph
    ("集中签约项目共计30个…。昨日上午，邛崃市…集中签约暨开工典礼在羊安工业园区隆重举行": the city's,
    the park only its venue)."""
    para_end = folded.find("\n", end)
    para = folded[end:para_end if para_end >= 0 else len(folded)]
    for sentence in _SENTENCE_END.split(para):
        if _EVENT_NAMED.search(sentence) and _ANY_EVENT.search(sentence):
            return _event_owner(sentence)
    return None


def _event_kind(text: str) -> str | None:
    if not _ANY_EVENT.search(text):
        return None
    for name, event in _EVENTS:
        if event.search(text):
            return name
    return None


# a count before its noun whose verb is still ahead: 即将签约, 将于…开工, 计划开工, 拟落户
_NOT_YET = re.compile(r"即将|将要|将于|将在|(?<![即])将(?=(?:陆续|相继|于今年陆续)?[签开竣投落入建动])|(?<!按)(?<!按照)计划(?!总投资|投资|总额|用地)|拟|有望|预计")
# projects counted before their noun, a cost between them or not: "19个项目开工", "9个总投资12.5亿元(的)项目集中开工" (the
# whole cost of the projects counted, as a news lede gives it; a bound on it, 投资超亿元的, is a class: _a_subset)
# a count's noun that joins two kinds (企业和项目, 企业及项目, 企业、项目): the two counted together, neither count
_TWO_KINDS = re.compile(r"(?:企业|厂商|公司|单位)(?:和|及|与|、|或)$")
_PROJECTS_COUNTED = re.compile(rf"^(?:(?:计划)?(?:总投资|投资总额|总投资额)(?:约|近|达)?[\d.]+(?:亿|万)元的?)?(?P<kind>[{CJK}]{{0,12}}?)项目")  # (a kind said at length: 16个国内外知名汽车关键零部件项目签约)
# projects that came into the park to start there, in one clause: the event is the start (入驻园区开工奠基, 落户开工)
_SETTLED_THEN_STARTED = re.compile(r"\|[^|,;:。]{0,4}?(?:入驻|落户|入园|进园|进驻)[^|,;:。]{0,4}?开工")
# projects in a state short of the verb's (building, talks, a pool, booked), or getting ready for it: "9个项目正在做开工前
# 准备工作", "3个项目准备开工", "5个项目正在办理签约手续", "4个项目申报入园" count what has not moved yet (正在 before the
# verb is its progress, not its being done; 准备/筹备/前期 the steps before it; 申报/申请/洽谈/办理 asking for it)
_NOT_MOVED_YET = re.compile(r"在建|续建|在谈|储备|实施|谋划|包装|仪式|预约|意向|安排|正在|准备|筹备|前期|申报|申请|洽谈|办理|参观|考察")
# (计划总投资 after the count is what the projects cost, a noun: "今天开工的8个项目，计划总投资32亿元" were started)
# what was done to the projects a count after 的 counts: "此次签约的15个项目", "集中开工的19个项目"
_DONE_TO_PROJECTS = re.compile(r"(?:签约|签订|签下|落户|入驻|引进|开工|竣工|投产)(?:合同|协议)?$")  # (签订合同的5个项目)


def _counted_after_cost(sentence: str, v: _Value) -> bool:
    """Whether a count may be read: not after 的 ("投资超10亿元的3个项目": a class), unless what
    comes before the 的 is the whole cost of the projects counted ("签下总投资112.95亿元的35个项目")."""
    before = sentence[_clause_start(sentence, v.start):v.start]
    if not before.endswith("的") or _DONE_TO_PROJECTS.search(before, 0, len(before) - 1):
        return True  # ("参与此次签约的15个项目": the projects signed)
    cost = _last_value(before[:-1])
    if v.unit in ("家", "户") and (cost is None or _unit(cost) not in _MONEY_YI):
        return True  # firms no sum of money makes a class of ("来自35个国家和地区的1055家企业")
    return bool(cost and cost.end() == len(before) - 1 and _unit(cost) in _MONEY_YI
                and _WHOLE_COST_OF.search(before, 0, cost.start()))


def _last_value(text: str) -> re.Match | None:
    return max(_VALUE_RE.finditer(text), key=lambda m: m.start(), default=None)


def _unit(m: re.Match) -> str:
    return _BARE_UNIT.get(m.group("unit"), m.group("unit"))


_SIGNED_AFTER_MONEY = re.compile(rf"[\s_]*(?:[{CJK}()]{{2,16}}?)?(?:集中|成功|正式|现场)?(?:签约|签下|签订)(?:了)?")


def _cost_of_signed(sentence: str, v: _Value, values: list[_Value], names: list[_Name]) -> str | None:
    """签约资金 for "签下总投资112.95亿元的35个项目": the whole cost of the signed projects counted next."""
    if v.unit not in _MONEY_YI:
        return None
    if sentence[v.end:v.end + 1] == "的":
        count = next((u for u in values if u.start == v.end + 1), None)
    else:  # "总投资181亿元签约8个产业化项目", "总投资181亿元 某园区签约8个项目": a headline's money, then who signed how many
        count = next((u for u in values if u.start > v.end), None)
        if count is None or not _SIGNED_AFTER_MONEY.fullmatch(sentence, v.end, count.start):
            return None
    if count is None or not _WHOLE_COST_OF.search(sentence, _clause_start(sentence, v.start), v.start):
        return None
    after = _count_after(sentence, count, names)
    return "签约资金" if after and after[0] == "签约项目数" else None


_EVENT_HOLDS = re.compile(r"仪式(?:上|中|现场)?(?:共有|共|有)")
# the verb of holding an event right before a count (举行25个项目集中开工仪式): held, not to be held (将举行, 拟举办)
# two events said right after one count (集中开工签约, 开工、竣工、签约, 签约暨开工, 开工或签约): the count is of both
_TWO_EVENTS_AFTER = re.compile(r"(?:集中|同时)?(?P<a>开工|签约|竣工)(?:、|和|及|暨|与|或)?(?P<b>开工|签约|竣工)")
_HELD_BEFORE_COUNT = re.compile(r"(?<![将拟要])(?:隆重)?(?:举行|举办)(?:了)?$")
# an event held (举行…集中开工仪式, 举办…签约仪式): done, its projects the ones it started or signed
_EVENT_HELD = re.compile(r"(?<![将拟要])(?:举行|举办|召开)(?:了)?[^,;:。]{0,40}?(?:仪式|活动|大会)")


# the projects an event started or signed are its key projects all: "今天开工的40个重大工业项目", "本次集中开工的
# 重点项目共9个" count the event's projects, not a subset (as "新开工亿元以上项目10个" or 重点 in a summary would)
_KEY_PROJECTS = frozenset(("重点", "重大"))
_THIS_EVENT = re.compile(r"今天|今日|本次|此次|这次|本批|此批|集中(?:开工|签约|竣工|投产)")


_NAMED_THEN_KEY = re.compile(r"、[^,;:。]{1,30}?等(?:重点|重大)[^,;:。]{0,6}?项目$")


# what stands between a count and 项目 yet counts something else: another measure of the projects (一批, 一些, 多个) or
# a zone the count is of (两个园区…项目, 三个片区的项目)
_ANOTHER_COUNT_BETWEEN = re.compile(r"[一几多若][批些个]|^(?:园区|开发区|高新区|经开区|片区)")


_KEY_THEN_MOVED = re.compile(r"(?:已|均|全部|全面|顺利|相继|先后)?(?:新开工|开工|竣工|建成投产|投产)"
                             r"(?!率|仪式|活动|典礼|前|准备|手续|条件|验收|决算)")


def _a_subset(words: str, clause: str) -> bool:
    """Whether ``words`` (what qualifies the projects counted) pick out a subset."""
    found = {m.group() for m in _SUBSET.finditer(words)}
    # (nor do they when the projects were named first: "引进A、B、C等9个重点项目" counts the ones named, all of them)
    # ("新开工A、B、C等重点项目46个": the same, the count after the noun)
    return bool(found) and not (found <= _KEY_PROJECTS and (_THIS_EVENT.search(clause) or clause.endswith("等")
                                                            or _NAMED_THEN_KEY.search(clause)))


# what firms counted in a park do there that is being there: settling in, producing, starting or finishing
_BEING_THERE = re.compile(r"入驻|进驻|落户|入园|进园|入区|进区|落地|聚集|集聚|扎根|生产|经营|运营|投产|开工|建成|竣工|达产|签约")


def _firms_doing_something_else(sentence: str, at: int) -> bool:
    """Whether the firms counted before ``at`` are the subject of a verb right after them that is no being in the park
    (24家企业招工, 30家企业参展, 20家企业参加招聘会, 56家企业获得认证): a count of those that did it, an event's, not
    how many firms the park holds (共有24家企业。, 已有330家企业入驻)."""
    words = word_tags(sentence[at:at + 8])
    predicate = re.match(r"[^,;:。]*", sentence[at:]).group(0)  # (完成建设并投入生产: in the end, producing there)
    return bool(words) and words[0][1] in ("v", "vn") and not _BEING_THERE.search(predicate)


# Firms counted as the subject of a start or a completion, the verb in their clause after a word of manner or time
# (13家入园企业集中开工, 5家企业正式投产, 7家厂商也将于今年陆续动土, 确保30家企业建成或投产): the verb's count, as projects
# counted so are — the labellers listed them on 4 pages of 4 sites (eval58, eval53, study9, study4); firms in a state
# (12户企业全部建成投产, 已投产, 正在建设) or what they will yield once in production (投产后) are no such count.
_FIRMS_THEN_MOVED = re.compile(r"(?:入园|入驻|落户|工业|重点|新)?(?:企业|厂商|公司)"
                               # (only words of manner or time between: not 入驻投产, settled and producing, nor 扩厂投产)
                               r"(?P<how>(?:也|将|于|今年|年内|集中|正式|陆续|相继|顺利|同时|或)*)"
                               r"(?P<verb>开工建设|开工|动工|动土|建成投产|竣工投产|建成|竣工|投产)(?![后的])")
_STARTED = re.compile(r"开工|动工|动土")
_STATE_WORDS = re.compile(r"已|全部|均|都|正在|准备|尚|未|待|停|仍")  # (kept for the words before the count too)


def _count_after(sentence: str, v: _Value, names: list[_Name], event: str | None = None) -> tuple | None:
    """A count written before its noun: "58户规上企业", "19个项目开工建设", "签下总投资…的35个项目";
    projects that take part in the paragraph's ``event`` (集中开工仪式…共有14个项目参加) are its kind."""
    if _UNIT_KIND[v.unit] != "count" or not _counted_after_cost(sentence, v):
        return None
    after = sentence[v.end:v.end + 40]
    if v.unit in ("家", "户") and (moved := _FIRMS_THEN_MOVED.match(after)) \
            and not _STATE_WORDS.search(sentence, max(_clause_start(sentence, v.start), v.start - 3), v.start):
        # "13家入园企业集中开工、5家企业正式投产", "确保30家企业建成或投产": firms counted as the subject of a start or a
        # completion are the verb's count, as "8个项目集中开工" is (a state, 全部建成投产, 已投产, is no event of the period)
        return ("新开工项目数" if _STARTED.match(moved.group("verb")) else "竣工投产项目数"), v.end + moved.end()
    for n in names:
        between = sentence[v.end:n.start]
        if v.end <= n.start <= v.end + 4 and n.name in _COUNT_NAMES and not _SUBSET.search(between) \
                and re.fullmatch(r"(?:工业|规模|大型|新)?", between) \
                and sentence[n.start:n.end] not in _BARE_CASE_FORMS:  # (cases counted before: _CASES_COUNTED asks their verb)
            if n.name in _STOCK_NAMES and _INCREMENT.search(sentence[_clause_start(sentence, v.start):v.start]):
                return None
            if n.blocked and sentence[n.start:n.end] in ("招商项目", "招商引资项目") \
                    and _OFFERED.search(sentence, _clause_start(sentence, v.start), n.end + 12):
                return None  # "园区现有11个招商项目": offered to investors, none signed
            if n.name in ("入园企业数", "规上企业数") and v.unit not in ("家", "户"):
                return None  # firms are counted in 家/户; "在四百多个工业企业中推广" is no count of the park's
            if n.name == "入园企业数" and _firms_doing_something_else(sentence, n.end):
                return None  # "目前该园区共有24家企业招工，提供岗位…": the firms that do it, not the park's firms
            return n.name, n.end
    m = _PROJECTS_COUNTED.match(after)
    if m and _TWO_KINDS.search(m.group("kind")):
        return None  # "100多个企业和项目": firms and projects counted together, neither count
    if m and _ANOTHER_COUNT_BETWEEN.search(m.group("kind")):
        return None  # "两个园区一批项目的开工": the count is of the parks, the projects counted by a word of their own
    if m and _CLASS_KIND.fullmatch(m.group("kind")) and _SIGNED_BEFORE_COUNT.search(sentence, _clause_start(sentence, v.start), v.start) \
            and not _SPLIT_OR_SOUGHT.search(sentence, _clause_start(sentence, v.start), v.start) \
            and not _PROJECTS_COUNTED_BEFORE.search(sentence, 0, v.start):
        return "签约项目数", v.end + m.end()  # "园区签约6个亿元以上项目": signed projects counted by a class (_SIGNED_BY_CLASS)
    involved_in = _EVENT_HELD.search(sentence, 0, _clause_start(sentence, v.start)) \
        if m and _INVOLVED.match(sentence, _clause_start(sentence, v.start)) else None
    # (the key projects with their verb of starting or finishing right after them: "35个重大项目竣工", "8个重点项目开工" —
    # the verb's count, as 竣工重大项目35个 is (_MOVED_BY_CLASS), session 33's convention)
    key_moved = bool(m) and bool(_KEY_THEN_MOVED.match(after, m.end())) and bool(m.group("kind")) \
        and {x.group() for x in _SUBSET.finditer(m.group("kind"))} <= _KEY_PROJECTS
    if m and (key_moved or not _a_subset(m.group("kind"), sentence[_clause_start(sentence, v.start):v.start]
                           # (the event said right after the projects: "8个重点项目集中签约" — all of that event's)
                           + ("|" + after[m.end():m.end() + 4] if after.startswith("集中", m.end()) else "")
                           # (or held before them: "举行重大项目集中开工仪式，涉及13个重大项目" — the event's key projects)
                           + ("|" + involved_in.group() if involved_in else ""))):
        # the verb right after the noun ("19个项目开工建设") or right before the count ("签约两个项目")
        clause_from = _clause_start(sentence, v.start)
        # the clause's verb governs "签下总投资…的N个项目" and "签约A、B等N个项目" (examples named first)
        whole_clause = sentence[clause_from:v.start].endswith(("的", "等"))
        # (a wider look where a place, a tense or the event's manner comes first: "项目在现场集中签约", "有45个项目现场集中签约")
        verb_after = after[m.end():m.end() + (12 if after[m.end():].startswith(("在", "将", "即将", "计划", "拟", "集中") + _EVENT_MANNER) else 5)]
        if _ONCE_DONE.match(after, m.end()):
            # "5个项目建成达产后，可实现…": a condition for what they will yield, no count of projects done (the
            # verb before the count still says what they are: "新签约的4个项目建成达产后" were signed)
            verb_after = ""
        near = sentence[clause_from if whole_clause else max(clause_from, v.start - 5):v.start] + "|" + verb_after
        # (the event as the count's subject or venue, 签约仪式共有60个项目…集中签约, 仪式上共有…: no state short of the verb;
        # nor the ceremony held for them, the count inside its name: 举行25个工业项目集中开工奠基仪式 — the event held,
        # the projects the ones it started, as 举行27个项目集中开工活动 is read)
        checked = _EVENT_HOLDS.sub("", near)
        if _HELD_BEFORE_COUNT.search(sentence, clause_from, v.start):
            checked = checked.replace("仪式", "")
        if _NOT_MOVED_YET.search(checked):  # (8个项目预约入园: booked, not in)
            return None
        if _APPROVED.search(sentence, clause_from, v.start):
            return None  # "审议并原则通过了25个项目落户园区": approved to come, not signed
        # (the verb is its own clause's: in "竣工投产2个项目，新签约…" the next clause's 签约 is not said of these)
        near = near[:len(near) - len(verb_after)] + _CLAUSE_SEP_RE.split(verb_after, 1)[0]
        if "、" in verb_after and any(verb.search(sentence, clause_from, v.start) for _, verb in _PROJECT_VERBS):
            # (a list of events each with its verb before its count: in "集中开工8个项目、签约10个项目" the next item's 签约 is
            # not said of these; a count with no verb of its own shares the one after the list, 5个项目、3家企业集中签约)
            near = near[:len(near) - len(_CLAUSE_SEP_RE.split(verb_after, 1)[0])] + verb_after.split("、", 1)[0]
        if _SETTLED_THEN_STARTED.search(near):
            return "新开工项目数", v.end + m.end()  # "9个项目集中入驻园区开工奠基": they came in to start, the event is the start
        if (two := _TWO_EVENTS_AFTER.match(after, m.end())) and two.group("a") != two.group("b"):
            # "28个项目集中开工签约", "120个重大项目集中开工、竣工、签约": projects of two events counted together, neither
            # event's count (as 开竣工 is none: docs/labelling.md)
            return None
        for name, verb in _PROJECT_VERBS:
            if verb.search(near):
                return name, v.end + m.end()
        if _INVOLVED.match(sentence, clause_from) and _SIGNED_BEFORE.search(sentence, 0, clause_from) \
                and not _NOT_MOVED_YET.search(_mask(_EVENT_HELD, sentence[:clause_from])):
            return "签约项目数", v.end + m.end()  # "签署项目合作协议，涉及A、B等8个项目": the projects signed
        if _INVOLVED.match(sentence, clause_from) and _EVENT_HELD.search(sentence, 0, clause_from) \
                and not _NOT_MOVED_YET.search(_mask(_EVENT_HELD, sentence[:clause_from])) \
                and (held := _event_kind(sentence[:clause_from])):
            return held, v.end + m.end()  # "举行重大项目集中开工暨启动仪式，涉及13个重大项目": the event's projects
        if _TAKE_PART.match(after[m.end():]):
            kind = _event_kind(sentence[:v.start]) or event
            return (kind, v.end + m.end()) if kind else None
    m = _CASES_COUNTED.match(after)
    if m and v.unit in ("件", "个", "项") and _CASES_BROUGHT.search(sentence, _clause_start(sentence, v.start), v.start):
        # "成功促成166件投资案", "核准通过12件投资案": Taiwan's zones count the investments they bring in as cases, signed
        return "签约项目数", v.end + m.end()
    m = _FIRMS_SIGNED.match(after)
    if m and v.unit in ("家", "户") and not _SPLIT_OR_SOUGHT.search(sentence, _clause_start(sentence, v.start), v.end + m.end()):
        # "甲公司等13家企业进行现场签约", "共有…等10家单位与某园区签约", "与12家企业签约": firms counted as they sign, each
        # a signing (签约项目数); those that sign to settle in (签约入驻) are the park's firms, or none (_FIRMS_SETTLED)
        return "签约项目数", v.end + m.end()
    m = _FIRMS_AFTER_VERB.match(after)
    if m and v.unit in ("家", "户"):
        clause = sentence[_clause_start(sentence, v.start):v.start]
        if _SETTLED_BEFORE.search(clause) and (clause.endswith("等") or _SETTLED_BEFORE_COUNT.search(clause)) \
                and not _CAME_IN_A_PERIOD.search(_last_time_word(sentence, v.start) or ""):
            return "入园企业数", v.end + m.end()  # "已入驻A、B、C等16家企业", "首批入驻的50家台商": in the park
    m = _FIRMS_INTRODUCED.match(after)
    if m and v.unit in ("家", "户") and (_INTRODUCED_BEFORE.search(sentence, _clause_start(sentence, v.start), v.start)
                                         and _so_far(sentence, v.start)
                                         or _PLANNED_INTRODUCTION.search(sentence, _clause_start(sentence, v.start), v.start)):
        # "截至目前已引进196家国内外高科技厂商", "园区已成功招引23家优质企业": all the firms brought in so far are
        # those the park holds; "今年引进企业12家" (a period) is how many came, no count of the park
        return "入园企业数", v.end + m.end()
    m = _FIRMS_HELD.match(after)
    if m and v.unit in ("家", "户") and _PARK_HOLDS.search(sentence, _clause_start(sentence, v.start), v.start) \
            and not _firms_doing_something_else(sentence, v.end + m.end()):  # (共有24家企业招工: those hiring)
        return "入园企业数", v.end + m.end()  # "园区现有186家企业", "区内共有约390家科技公司": the firms the park holds
    if m and v.unit in ("家", "户") and _PARK_HAS.search(sentence, _clause_start(sentence, v.start), v.start) \
            and _HELD_CLAUSE_ENDS.match(sentence, v.end + m.end()):
        return "入园企业数", v.end + m.end()  # "园区内有120多家企业。", "园区有5000多家企业，包括…": what it holds
    m = _FIRMS_OF_CAPITAL_SET_UP.match(after)
    if m and v.unit in ("家", "户", "个", "项") and _SET_UP_BEFORE.search(sentence, _clause_start(sentence, v.start), v.start):
        return "签约项目数", v.end + m.end()  # "新批6家外资企业", "新设立12家外商投资企业": approved, signed
    m = _FIRMS_APPROVED_TO_ENTER.match(after)
    if m and v.unit in ("家", "户", "间"):
        # "有56家获得核准进驻", "已有4间厂商申请进驻获准": the firms approved to enter are in the park (those of a period
        # its signed cases, as 核准进驻厂商N家 is read: _approved_in_a_period)
        return ("签约项目数" if _approved_in_a_period(sentence, v.start) else "入园企业数"), v.end + m.end()
    m = _FIRMS_SETTLED.match(after)
    if m and m.group("signed") and "已" not in m.group() \
            and not _ALREADY_HAS.search(sentence, _clause_start(sentence, v.start), v.start):
        m = None  # "同时有6家企业签约入驻": how many signed at an event; "已有26家企业签约入驻" are in
    if m and v.unit in ("家", "户", "个"):
        if m.group("verb") in _MORE_SETTLE_VERBS and _CAME_IN_A_PERIOD.search(_last_time_word(sentence, v.start) or "") \
                and not _PLAN_BEFORE_COUNT.search(sentence, _clause_start(sentence, v.start), v.start):
            return None  # "近两年已吸引5家企业进驻": those that came in a period, not how many the park holds
            # (a plan's firms to bring in are its target, its period or not: "下半年将力争引进8家以上企业进驻园区")
        if _AT_A_PAST_MOMENT.search(sentence, _clause_start(sentence, v.start), v.start):
            return None  # "开发时吸引88家进驻，现在已达364家": those that came at one moment, the park's firms said after
        return "入园企业数", v.end + m.end()
    if v.unit in ("家", "户", "间") and (listed := _firms_of_listed_trades_settled(sentence, v)):
        return "入园企业数", v.end + listed
    m = _FIRMS_OF_A_TRADE_SETTLED.match(after)
    if m and v.unit in ("家", "户") and not _CAME_IN_A_PERIOD.search(_last_time_word(sentence, v.start) or "") \
            and not _NOT_A_TRADE.search(m.group("trade")):
        # "园区已吸引30余家生物科技企业入驻": the firms of one trade in the park, a part of its firms (scope 其他, unless the
        # park is that trade's: its own words name it)
        return "入园企业数", v.end + m.end(), m.group("trade")
    return None


# firms counted with the trades they belong to listed between the count and the noun (400家以上高科技代工业、服务业厂商进驻,
# 22家分属精密机械、光电及生物科技等产业之厂商进驻), or named as examples before the count (半导体、航太及资通讯等26家创新产业
# 厂商进驻): the trades together describe the whole, no class picked out, so the count is the park's firms (session 41:
# labelled 入园企业数 on 4 pages of 4 hosts; a single trade, 30余家生物科技企业入驻, stays a part: _FIRMS_OF_A_TRADE_SETTLED)
_FIRMS_OF_LISTED_TRADES = re.compile(r"(?:以上)?(?:分属|包括|涵盖|来自)?(?P<trades>[^,;:。\d()]{1,14}?(?:、|及|和|与)[^,;:。\d()]{1,16}?)"
                                     r"(?:等)?(?:产业|行业|领域)?(?:之|的)?(?:企业|厂商|公司|业者)"
                                     r"(?:已经|已|先后|陆续|相继)*(?:在此|在园区|在区内)?(?:入驻|进驻|落户|入园|进园|入区|设厂)")
_EXAMPLES_BEFORE_COUNT = re.compile(r"[、及和与][^,;:。\d]{1,10}等$")


def _firms_of_listed_trades_settled(sentence: str, v: _Value) -> int | None:
    """Where the firms counted at ``v`` end, when they are settled in the park with their trades listed around the count
    (a list is the whole described, not a class); None for a part (其中…), a period's arrivals (今年已有…进驻) or no list."""
    clause = sentence[_clause_start(sentence, v.start):v.start]
    if "其中" in clause or _CAME_IN_A_PERIOD.search(_last_time_word(sentence, v.start) or ""):
        return None
    if m := _FIRMS_OF_LISTED_TRADES.match(sentence, v.end):
        return m.end() - v.end
    if _EXAMPLES_BEFORE_COUNT.search(clause) and (m := _FIRMS_OF_A_TRADE_SETTLED.match(sentence[v.end:v.end + 40])) \
            and not _NOT_A_TRADE.search(m.group("trade")):
        return m.end()  # (not a class the examples belong to: "甲、乙等800多家韩资汽车配套企业先后入驻" — an origin's suppliers)
    return None


# firms of foreign capital counted after the verb that set them up or approved them (新批6家外资企业, 新设立12家外商投资
# 企业): signed, as 新批外商投资企业N家 is
_FIRMS_OF_CAPITAL_SET_UP = re.compile("(?:" + "|".join(_FOREIGN_CAPITAL) + ")(?:企业|公司|项目)")
_SET_UP_BEFORE = re.compile(r"(?:新批准?|新设立?|新建|新成立|批准设立)(?:了)?$")
# firms counted before their approval to enter, Taiwan's zones' way of counting them (56家获得核准进驻, 4间厂商申请进驻获准,
# 30家厂商经核准入区): the count of the firms the approval lets in (session 41: labelled 入园企业数 on 4 pages of 4 hosts,
# the count after the verb as well — 核准进驻达30家: _APPROVED_TO_ENTER_FORMS)
_FIRMS_APPROVED_TO_ENTER = re.compile(r"(?:厂商|企业|公司)?(?:已经|已|均|陆续)?(?:(?:(?:获得?|经|通过)?(?:核准|批准)|获准)(?:进驻|入驻|入区|入园|设厂)"
                                      r"|申请(?:进驻|入驻|入区|入园)(?:并|且)?(?:已)?(?:获准|获核准|获批准?|获得核准))")
# firms (units, companies) counted before the verb of signing, the signing partner or the event's manner between:
# "13家企业进行现场签约", "10家单位与某园区签约", "16家台商企业入驻签约共建协议" — not 签约入驻/签约并入驻 (settled)
_FIRMS_SIGNED = re.compile(r"(?:台商|台资|外资|内资|外商|港资)?(?:企业|单位|公司|客商|厂商)(?:代表)?"
                           r"(?:[^,;:。\d]{0,12}?(?:与|和|同)[^,;:。\d]{1,16}?)?(?:进行|举行)?(?:了)?(?:集中|现场|成功|正式)?"
                           r"签约(?:了)?(?!入驻|进驻|入园|落户|并|、)")
# investment cases (投资案, 投增资案) brought about or approved, as Taiwan's zones count what they bring in
_CASES_COUNTED = re.compile(r"(?:新增)?(?:投资案|投增资案|投资申请案)")
_CASES_NOT_YET = re.compile(r"拟|意向|洽谈|在谈|尚有|尚在|待|仍有|潜在")
_CASES_UNDER_REVIEW = re.compile(r"(?:正在|尚在|仍在|目前)?(?:审查|审核|审议|评估|洽谈|办理)中")
# (通过 too, a zone's admission review passing them, the examples named before the count: 进驻审议会议通过甲、乙等5件投资申请案)
_CASES_BROUGHT = re.compile(r"(?:促成|核准|引进|吸引|签约|签订|通过)(?:通过)?(?:了)?(?:[^,;:。\d]{1,30}?等)?$")


# …and named before their count, after the verb of settling or gathering ("入驻石化企业28家", "已集聚新加坡企业超400家"):
# the firms of a trade or an origin the park holds, a part of its firms
# (session 38: and 入园, the count said with 有 or 为 before it, and a trade with its related firms — 入园化工企业有12家,
# 已进驻…的厂商有82家, 入驻陶瓷及相关企业44家: counted over every spent labelled set, +3 right on 3 hosts, none listed
# otherwise)
_FIRMS_OF_A_TRADE_NAMED = re.compile(rf"(?:入驻|落户|进驻|集聚|聚集|汇聚|拥有|现有|共有|入园|入区)(?:了)?(?:各类|各种)?(?P<trade>[{CJK}]{{2,5}}?(?:及相关)?)(?:企业|厂商)"
                                     r"(?=(?:已经?|现已)?(?:有|为)?(?:超过?|达到?|近|约|共|逾)?\d)")
# the verbs of holding (拥有, 现有, 共有) say the firms of their subject: a city, a county or a province holding them
# (全市共有化工企业50家, 该县拥有纺织企业30家) counts its own, no park's — a place's figures are none (docs/labelling.md)
_VERBS_OF_HOLDING = ("拥有", "现有", "共有")
_PLACE_HOLDS = re.compile(r"(?:全|我|该|本)(?:市|县|省|州|国|镇|乡)|(?<![园开新高特])(?:市|县|省)(?:内|域|范围内)?(?:目前|现|已|共)?$")
# firms of a named trade counted before the noun, the verb of settling after it ("30余家生物科技企业入驻", "12家新材料企业
# 落户园区"): the trade's firms in the park — a part of its firms, as labellers list a part (scope 其他)
_FIRMS_OF_A_TRADE_SETTLED = re.compile(rf"^(?:以上)?(?P<trade>[{CJK}]{{2,6}}?)(?:类)?(?:企业|厂商)(?:已经|已|先后|陆续|相继)*"
                                       r"(?:集中|正式)?(?:在此|在园区|在区内|在园内)?(?P<verb>入驻|入园|落户|进驻|进园|入区|设厂|入住)"
                                       r"(?!签约|协议|意向|申请|手续)")  # (入驻签约共建协议: signing to come, not in)
# (not a word that makes the firms something else than a trade's: 规上, 重点, 龙头, 意向, 拟, 新增…)
_NOT_A_TRADE = re.compile(r"台商|外商|港商|侨商|规上|规模|限额|重点|龙头|骨干|意向|拟|新增|^新$|新引进|新签|新入|新落|新进|待|签约|其他|其它|(?<!..及)相关|上下游|配套|这些|各类|优质|知名|世界|国内|国外|"
                          # (a class by a title the State awards, 高新技术企业, 专精特新, 上市: a statistic of its own)
                          r"高新|高企|专精特新|小巨人|独角兽|瞪羚|上市|孵|认定|认证|评定|备案")  # (认定软件企业: a certified class)  # (在孵, 入孵: an incubator's firms, no park's count)


# "136家企业入驻", "107家国内外企业进驻投资", "102家国内、外企业投资、进驻设厂": firms (of any origin: a whole, not
# a class) counted before the noun, the verb of settling in the park after it
# (a count's floor before the noun, "引进5户以上企业入驻园区", counts the firms: _COUNT_FLOOR)
# where settled firms come from and the praise before them (国内外知名, 省内外优质): no class picked out
_FIRMS_FROM_AND_PRAISED = r"(?:国内外|国内、外|海内外|中外|内外资|各类|省内外|市内外)?(?:知名|优质|龙头)?"
_FIRMS_SETTLED = re.compile(r"^(?:以上)?(?:" + _FIRMS_FROM_AND_PRAISED +
                            # (where they come from said before the noun: "60间来自海外、内地及本地企业或机构入驻")
                            r"(?:来自[^,;:。\d]{1,16}?(?:的)?)?"
                            # (an origin picks out no class where a zone is built for it: "30多家台资企业已陆续入驻" a
                            # 台商投资区's firms, as _FIRMS_OF_A_KIND reads the same origins after the verb)
                            # (创科, Hong Kong's word for innovation and technology, as 科技: "16间创科公司进驻")
                            r"(?:台外资|外资|内资|台资|台商投资|外商投资|港澳台资?)?(?:高科技|科技|创科)?(?:农业?)?(?:企业|工业企业|厂商|公司)"
                            # (firms with the bodies settled beside them, 企业或机构, as Hong Kong's parks count tenants)
                            r"(?:或|及|和|与)?(?:机构)?|家企业|" +
                            # (a trade's firms said short, one character and 企: 药企, 车企 — "12家省内外知名药企同步入驻园区")
                            _FIRMS_FROM_AND_PRAISED + rf"[{CJK}]企(?!业)|"
                            # (the firms' kinds named as examples, then 业者, Taiwan's word for the firms of a trade:
                            # "22家机械设备、金属制品等制造业者进驻" — examples, no class picked out)
                            rf"[^,;:。\d]{{2,20}}?等[{CJK}]{{0,4}}业者|"
                            # (the noun left out, the classifier 家 standing for the firms: "目前已有27家进驻")
                            r"(?=(?:已经|已|先后|陆续|相继)*(?:入驻|进驻|落户|入园)))"
                            # (a remark in brackets between the firms and their verb: "237家高科技厂商(含45家外商公司)进驻")
                            r"(?:\([^()]{1,20}\))?"
                            # (adverbs of time and manner stack: "已陆续入驻", "已先后落户"; signing, then settling: "首批18家
                            # 企业集中签约并入驻园区" — they are in)
                            r"(?:已经|已|先后|陆续|相继)*(?:集体|集中|正式|同时|同步)?(?:签约并|签约、|(?P<signed>签约))?(?:在此|在园区|在区内|在园内)?(?:投资[、,]?)?"
                            # (落地, what the firms' investment does, and 注册, registered in the park: "吸引180家企业投资落地",
                            # "吸引364家企业注册" — session 39)
                            r"(?P<verb>入驻|入园|落户|进驻|进园|入区|设厂|入住|落地|注册(?!资本|资金|地|商标))")
# the park as the subject holding firms, the count before the noun (园区现有186家企业, 区内共有约390家科技公司): how many
# firms it holds, as 园区现有企业186家 says it the other way round; classes (高新技术企业, 规上企业) are not all its firms
# firms said to have signed and settled (签约入驻, 签约进驻) are the park's only when said so by now: "已有26家企业签约入驻",
# "30家企业已签约进驻" (a signing's "同时有6家企业签约入驻" tells how many came then)
_ALREADY_HAS = re.compile(r"已(?:经)?(?:有|共有)?[^,;:。\d]{0,4}$")
# the park as the holder of firms, or the area it holds them in (园区, 区内, 我园): the subject of 现有/共有/有
_PARK_AS_HOLDER = r"(?:园区|区内|园内|园区内|开发区|高新区|经开区|工业园|产业园|科学园|科技园|我园|全园"
_PARK_HOLDS = re.compile(_PARK_AS_HOLDER + r"|规划范围内|园区范围内)"
                         r"(?:\([^()]{1,12}\))?(?:内)?(?:目前|现|已)?"  # (its short name in brackets: 科学园(科学园)内共有…)
                         r"(?:现有|共有|已有|拥有|聚集|集聚|汇聚|聚集了|集聚了)(?:各类)?(?:约|近|超过|逾|达)?$")  # (园区有两家企业新入规: 有 alone counts any)
# …and bare 有 (园区有5000多家企业), which counts a stock only where nothing is said of the firms after them: the clause ends
# or goes on to what they include (园区有两家企业新入规 counts those that did something: _HELD_CLAUSE_ENDS)
_PARK_HAS = re.compile(_PARK_AS_HOLDER + r")(?:内|里)?(?:目前|现在|如今)?"
                       r"有(?:约|近|超过|逾)?$")
_HELD_CLAUSE_ENDS = re.compile(r"\s*(?:$|[,;:。]|(?:包括|其中|涵盖))")
_FIRMS_HELD = re.compile(r"(?:国内外|中外|海内外|各类|工业|科技)?(?:企业|公司|厂商)(?![家数总])")
# the verb of settling before the count instead: "已入驻A、B、C等16家企业" (examples named, then how many), "首批入驻的50家
# 台商" — firms of any origin (台商, Taiwan's firms, are how the straits' parks count theirs)
_FIRMS_AFTER_VERB = re.compile(r"(?:国内外|中外|各类|外资|台资|内资)?(?:工业|农业)?(?:企业|厂商|台商|台企|外商)")
_SETTLED_BEFORE = re.compile(r"入驻|进驻|落户|入园|进园|入区")
_SETTLED_BEFORE_COUNT = re.compile(r"(?:入驻|进驻|落户|入园|进园|入区)(?:了|的)?$")
# firms brought in (引进, 招引, 引入) counted under a word of the whole so far (截至, 已, 累计, 目前, 迄今): the park's
# firms; the adjectives praise, they pick no class out (高新技术企业, 规上企业 are classes: not here)
_FIRMS_INTRODUCED = re.compile(r"(?:国内外|国内、外|中外|海内外|各类|知名|优质|高科技|外资|内资|台资)*(?:工业)?(?:企业|厂商|台商|台企)")
# (吸引, attracted, is brought in too: 已吸引了108家企业; where they came from and a bound may stand before the count:
# 已引进了来自15个国家的108家企业, 已吸引大约180家企业)
_INTRODUCED_BEFORE = re.compile(r"(?:已|已经|累计|共|先后|成功)+(?:引进|招引|引入|招进|吸引)(?:了)?"
                                r"(?:来自[^,;:。]{1,16}?的)?(?:约|大约|近|超过|逾)?$")
# (and the time since the park began: 成立十年来, 建区以来, 开园以来 — all it has brought in so far)
_CUT_OFF = re.compile(r"截至|截止|迄今|至今|累计|(?:成立|建区|设立|开园|建园|获批|挂牌)[^,;:。]{0,6}?以?来")
# firms to be brought in, in a plan's words (计划引进企业50家, 将引进不少于30家企业, 力争引进企业20家): the park's target for
# the firms it will hold, as the blind sets label a plan's count (a count of a period's arrivals stays none: 今年引进企业12家)
# (or named in a list of goals the sentence opens: "确定了今年的具体目标，即实现产值6亿元、…，引进企业15家")
_GOALS_LISTED = re.compile(r"目标(?:任务)?(?:是|为|:|,即)")
# (…and a zone's capacity for firms, 将吸纳150家企业, 可容纳200家企业: the firms it will hold)
_PLANNED_INTRODUCTION = re.compile(r"(?:计划|将|力争|确保|争取|拟|目标)(?:新)?(?:(?:引进|招引|引入|吸纳|容纳)(?:不少于|不低于|超过|约)?)?$")


# firms a zone brought in over a period counted with the investment they bring said after them in the sentence, as
# Taiwan's zones report their recruiting (今年引进高科技厂商20家，…；投资总金额43.35亿元; 共引进22家厂商，投资额达
# 2,788亿元): each firm brought in is a case signed, its money the 签约资金 (docs/labelling.md) — the count is 签约项目数,
# as 引进项目N个，总投资… is. All brought in so far (截至, 累计, 迄今: 已引进246家厂商，计画投资额…) stay the park's firms,
# and a plan's (将引进, 预计引进) its target as before; a count with no money after it is no signing said
_FIRMS_BROUGHT_NOUN_FIRST = re.compile(r"(?:(?<![将拟])(?:共|计|共计|合计|新|另)?(?:引进|引入|招引)(?:了)?)"
                                       r"(?:国内外|国内、外|海内外|中外|高科技|科技|外资|内资|台资|优质)*厂商(?:共|计|共计|达)?\s*$")
_FIRMS_BROUGHT_COUNT_FIRST = re.compile(r"(?<![将拟])(?:共|计|共计|合计|新|另)?(?:引进|引入|招引)(?:了)?(?:约|近|超过|逾)?\s*$")
_FIRMS_BROUGHT_AFTER = re.compile(r"(?:以上)?(?:国内外|国内、外|海内外|中外|高科技|科技|外资|内资|台资|优质)*厂商")
_THEIR_INVESTMENT = re.compile(r"投资(?:总)?金额|投资额|投资总额|投增资")


def _firms_brought_in_with_money(sentence: str, v: _Value) -> int | None:
    """The end of a period's count of firms brought in (厂商) whose investment the sentence says after it."""
    if v.unit != "家" or _so_far(sentence, v.start) or _PLAN_BEFORE_COUNT.search(sentence, 0, v.start) \
            or re.search(r"预计|预估|将|可望|有望", sentence[_clause_start(sentence, v.start):v.start]):
        return None
    clause_from = _clause_start(sentence, v.start)
    end = None
    if _FIRMS_BROUGHT_NOUN_FIRST.search(sentence, clause_from, v.start):
        end = v.end
    elif _FIRMS_BROUGHT_COUNT_FIRST.search(sentence, clause_from, v.start):
        m = _FIRMS_BROUGHT_AFTER.match(sentence, v.end)
        end = m.end() if m else None
    if end is None or not _THEIR_INVESTMENT.search(sentence, end):
        return None
    return end


_APPROVED_HOW = "（引进厂商、投资案的投资额或投增资额：核准或引进的投资）"
# the firms brought in counted under a cut-off (截至…已引进N家厂商, 迄今已引进…): all so far
_FIRMS_SO_FAR = re.compile(r"(?:截至|截止|迄今|至今)[^,;:。]{0,16}?[,]?\s*(?:园区)?(?:已经?|累计|共)?(?:引进|引入|招引)(?:了)?"
                           r"(?:约|近|超过|逾)?\d+家[^,;:。]{0,12}?厂商")


_APPROVED_IN_A_PERIOD_HOW = "（一段时间核准进驻的厂商：核准的个案，即签约）"


def _approved_in_a_period(sentence: str, at: int) -> bool:
    """Whether the firms approved to enter, named at ``at``, are those of a period (今年新核准进驻厂商37家, 上半年核准入区
    厂商12家) — signed cases, as Taiwan's approved investment cases are — rather than all approved so far (截至…核准进驻达
    30家: the park's firms)."""
    return sentence.endswith("新", 0, at) or bool(_CAME_IN_A_PERIOD.search(_last_time_word(sentence, at) or ""))


def _so_far(sentence: str, at: int) -> bool:
    """Whether firms brought in, counted at ``at``, are all so far: a cut-off date or 累计 before the count (without
    one, "已引进企业64家，总协议资金…" counts what was signed, and a plan's "引进企业150家" what is to come)."""
    return bool(_CUT_OFF.search(sentence, 0, at))
# an approval is not a signing: the projects a meeting passed are to come (审议通过, 审定, 评审通过)
_APPROVED = re.compile(r"审议|审定|评审|上会|过会")
# the verb after the projects counted ends in 后: a condition ("建成达产后", "全部投产后"), what they will do once done
_ONCE_DONE = re.compile(r"(?:全部|全面|均)?(?:建成|投产|达产|竣工)[^,;:，；：。]{0,4}?后")
# (the verbs added in session 9 are asked what the count speaks of; 入驻/入园/落户 are read as they were)
_PLAN_BEFORE_COUNT = re.compile(r"力争|确保|争取|计划|拟|目标")
_MORE_SETTLE_VERBS = frozenset(("进驻", "进园", "入区", "设厂"))
# what the count before such a verb speaks of: the last word of time before it — a period (近两年, 今年) counts
# those that came then; 迄今, 累计, 目前 the whole
_TIME_WORD = re.compile(r"(?:截至|截止)[^,;:。]{0,12}?(?:月底|月末|年底|年末|\d+月|\d+日)|"  # (a cut-off date: the whole so far)
                        r"近[一二两三四五六七八九十\d]+年|今年|当年|本年|去年|上年|年内|全年|[上下]半年|季度|\d+月|新增|"
                        r"迄今|至今|累计|共计|总计|合计|目前|现有|已有|共有|现已|总数|以来")
# a clause set at one moment of the park's past (开发时, 建园之初, 当时): what it counts came then, no count of now
_AT_A_PAST_MOMENT = re.compile(r"(?:时|之时|当时|初期|之初|伊始)[^,;:。\d]{0,6}$")
_CAME_IN_A_PERIOD = re.compile(r"^(?:近.+年|今年|当年|本年|去年|上年|年内|全年|[上下]半年|季度|\d+月|新增)$")


def _last_time_word(sentence: str, at: int) -> str | None:
    found = None
    for found in _TIME_WORD.finditer(sentence, 0, at):
        pass
    return found.group() if found else None


_REMARK_BEFORE_COUNT = re.compile(r"\([^()]{1,12}\)$")


def _project_before(sentence: str, v: _Value) -> str | None:
    """A count after a generic 项目: "开工建设各类基础设施项目5个", "签约**两个项目"."""
    if _UNIT_KIND[v.unit] != "count":
        return None
    # (a remark in brackets between the noun and its count is no word of the clause, as for any name: "现有入园项目(企业)
    # 423个" — _pair_name drops it the same way)
    clause = _REMARK_BEFORE_COUNT.sub("", sentence[_item_start(sentence, v.start):v.start])
    # (the verb may follow the noun: "项目开工18个，竣工10个", "完成项目签约12个")
    # (新 before the verb: "三新项目新开工8个、竣工14个" — the list's next items are _projects_of_the_list's)
    # (a plan's word before the verb, 落地 after 签约: "项目计划签约落地15个以上" — planned, the count a target)
    m = re.search(r"项目(?:已经?|均已|累计|计划|力争|确保)?(?:新?(?:开工建设|开工动工|开工|竣工投产|建成投产|竣工|投产|签约(?:落地)?))?(?:共有|共计|共|总数为?|达到|达|累计|为|有)?"
                  r"(?:不少于|不低于|超过|超|逾|约|近)?$", clause)  # (a floor: "新签约并注册项目不少于60个")
    if not m or _a_subset(clause, clause):
        return None
    if re.search(r"在建|续建|在谈|储备|实施|谋划|包装|预约|意向|安排", clause):  # (初步安排入园项目N个: arranged, not in)
        return None
    if _split_by_state(sentence, v):
        return None  # "园区内项目共31个，其中已投产项目12个": the projects counted split by their state, no count of its own
    if not m.group()[2:] and _HELD_IN_THE_PARK.search(clause) and not _A_PERIODS_FLOW.search(clause) \
            and (_HELD_SO_FAR.search(clause) or not _A_PERIODS_FLOW.search(sentence, 0, v.start)):
        return "入园企业数"  # "累计进区项目700多个", "已累计入园项目102个": the projects the park holds, its firms
    # the verb right after 项目 first ("入园项目开工建设15个": started; the projects had entered before)
    for words in (m.group()[2:], clause):
        for name, verb in _PROJECT_VERBS:
            if verb.search(words):
                return name
    return None


# A count of projects already in production or finished (其中已投产项目12个; 已建成投产项目18个; 已投产的某某项目10个) after
# 其中, the projects counted before it in the sentence (园区内项目共31个; 累计引进项目50个), is the whole split by its state,
# as 引进项目18个，其中拟建10个，在建7个，投产1个 is (_projects_of_the_list): no count of the verb's (session 35: the
# labellers listed none of 3 on three hosts; a count of the verb's in an event's own list — 集中开竣工…项目649个，其中开工
# 项目395个 — has no 已 and stays the verb's)
_STATE_OF_THE_WHOLE = re.compile(r"(?:已经?|现已|均已)(?:建成|竣工)?(?:投产|竣工)")
_A_WHOLE_SPLIT = re.compile(r"(?:项目[^,;:。\d]{0,4}?\d+\s*(?:多|余)?\s*[个项家]|\d+\s*(?:多|余)?\s*[个项家][^,;:。\d]{0,10}?项目)"
                            r"[^。]*?其中")
# The projects that entered the park counted as it holds them (累计进区项目700多个, 已累计入园项目102个, 入园工业项目56家),
# with no mark of a period's new ones (新增入园项目, 今年入园项目…): the park's firms, 入园企业数, as the labellers list them
# (session 35: 3 pages of 3, three hosts; 新增入园项目 in a period's account stays the signed, 2 pages of one host)


def _split_by_state(sentence: str, v: _Value) -> bool:
    whole = _A_WHOLE_SPLIT.search(sentence, 0, v.start)
    if whole is None:
        return False
    # (…其中竣工项目104个，落地及在建项目28个: a list after 其中 naming a state, 在建 or 拟建, splits the whole by state too)
    return bool(_STATE_OF_THE_WHOLE.search(sentence, _item_start(sentence, v.start), v.start)
                or _STATE_IN_THE_SPLIT.search(sentence, whole.end(), _clause_end(sentence, v.end) + 40))


_STATE_IN_THE_SPLIT = re.compile(r"在建|拟建|续建|筹建")


_HELD_IN_THE_PARK = re.compile(r"(?:入园|进园|入区|进区|(?<=已)入驻|(?<=已)进驻)(?:的)?(?:工业|产业)?项目$")
_A_PERIODS_FLOW = re.compile(r"新|增加|今年|本年|当年|全年|年内|上半年|下半年|季度|\d+月|月份|以来|\d{4}年")
_HELD_SO_FAR = re.compile(r"累计|现有|已有|共有|目前")


_PROJECT_COUNTS = ("签约项目数", "新开工项目数", "竣工投产项目数")
# an event verb joined right before another's count (开工竣工项目, 开竣工项目, 签约开工项目): an event of both kinds
# (集中开竣工仪式) counts its projects together, so the number is neither the started nor the finished ones
# (so is a state of projects joined before the count's own: 续建和新签项目, 在建及新开工项目)
_STATE_JOINED_BEFORE = re.compile(r"(?:续建|在建|储备|在谈|谋划)(?:和|及|与|、)$")
_TWO_EVENTS_BEFORE = re.compile(r"(?:开工|(?<![展公])开|签约|签订)(?:和|及|、)?$")
# a clause that picks out some of what was counted ("落户的项目中，", "入园企业中，"): the counts after it are parts
# …or a sentence that opens among the projects or firms counted before, with no comma (新签项目中市内项目60个，…)
_AMONG_OPENING = re.compile(r"\s*[^,;:。\d]{1,12}?(?:项目|企业)中(?![心国央,;:])")
_AMONG_COUNTED = re.compile(r"(?:项目|企业)中[,;:]$")
# …or within the clause: "招引项目中涵盖了高新技术企业7家、规上企业18家" (kinds among the firms just counted)
# …or the projects a count named split by what they include: "14个签约项目包括13个产业项目和1个基金项目"
_COUNTED_THEN_SPLIT = re.compile(r"\d+个[^,;:。\d]{0,8}项目(?:主要)?(?:包括|包含)")
_AMONG_IN_CLAUSE = re.compile(r"(?:项目|企业)中(?:涵盖|包括|包含|含有)")
# an item of a list of project counts that names only its verb: "签约项目12个，开工8个，竣工投产5个"
_VERB_ITEM = re.compile(r"(?:力争|确保|完成|实现|全年|共)?(?:新)?(?:签约|签订|开工|开工建设|竣工|投产|竣工投产|建成投产|"
                        r"建成|开竣工)(?:落地)?(?:项目)?(?:达到?|共)?$")


def _projects_of_the_list(sentence: str, v: _Value, figures: list[_Figure]) -> str | None:
    """A count after a verb alone, in a list whose last figure counted projects ("签约项目**个，开工**个，
    竣工投产**个"): the projects the verb says were (or are to be) signed, started or finished."""
    if _UNIT_KIND[v.unit] != "count" or v.unit in ("家", "户") or not figures \
            or figures[-1].name not in _PROJECT_COUNTS:
        return None
    item = sentence[_item_start(sentence, v.start):v.start]
    if not _VERB_ITEM.fullmatch(item) or "开竣工" in item:
        return None
    last = figures[-1].value
    if last is not None and "其中" in sentence[last.end:v.start]:
        return None  # "引进项目18个，其中拟建10个，在建7个，投产1个": the whole split by state, a part, no count of its own
    return next((name for name, verb in _PROJECT_VERBS if verb.search(item)), None)


# projects named after the verb, then counted with no noun after the count: "目前已开工甲项目、乙项目等28项", "现已竣工
# 丙中心一期项目、丁楼项目等16项" — the count of the projects the verb says were started (finished, signed), as
# "开工建设A、B等N个项目" says it with the noun after the count
_VERB_THEN_PROJECTS_NAMED = re.compile(r"(?P<verb>开工建设|开工|竣工投产|建成投产|竣工|投产|签约|引进)(?:了)?[^,;:。]{2,100}?项目等$")
# …or the projects of a verb as the subject, then what they include, the list closed by 等 and its count ("签约项目包括甲
# 区域总部、乙分拨中心等13个", "动工项目有丙枢纽、丁运营总部等32个"): the count of the projects that verb moved, whatever the
# items' own nouns (总部, 中心, 基地)
_VERBS_PROJECTS_LISTED = re.compile(r"(?<![拟待将未划])(?P<verb>开工建设|开工|动工|竣工投产|建成投产|竣工|投产|签约|引进|落地)(?:的)?项目"
                                    r"(?:主要)?(?:包括|包含|有|为)[^,;:。]{2,120}?[^\d,;:。、]等$")


def _projects_named_after_verb(sentence: str, v: _Value) -> str | None:
    if v.unit not in _COUNT_UNITS or _PROJECTS_AFTER.match(sentence, v.end) or sentence[v.start - 1:v.start] != "等":
        return None
    clause_from = _clause_start(sentence, v.start)
    m = _VERB_THEN_PROJECTS_NAMED.search(sentence, clause_from, v.start) \
        or _VERBS_PROJECTS_LISTED.search(sentence, clause_from, v.start)
    if not m or _NOT_MOVED_YET.search(sentence, clause_from, m.start("verb") + len(m.group("verb"))) \
            or _APPROVED.search(sentence, clause_from, v.start):
        return None
    return next((name for name, verb in _PROJECT_VERBS if verb.search(m.group("verb"))), None)


_STATUS_NOTE = re.compile(r"\((预计|预估|预测|目标|计划)[^()]{0,4}\)")
# a target named after its value, as what a figure is a share of: "为市下达115亿元目标的51.7%"
# a value named as a target or a task right after it: whatever the verb before, the figure is the target
_TARGET_NOUN_AFTER = re.compile(r"的?(?:年度|全年|年)?(?:目标|任务)")
# a target's values listed, then the target noun closing the list ("完成年初确定的全年产值200亿元，税收9亿元的目标",
# "完成下达的工业投资8亿元、到位资金5亿元的任务"): each value is the target's; the noun phrase opens on who set it
# (确定的, 下达的, 提出的, 制定的) and ends on 的目标 with nothing but names and values between
_LIST_THEN_TARGET_NOUN = re.compile(r"(?:[,、和及与][^,;:。\d目任]{0,10}?(?:约|近)?\d[\d.]*\s*(?:万亿|亿|万)?(?:元|美元|个|家|项|户|人)?)+"
                                    r"的(?:年度|全年|年)?(?:目标|任务)")
_TARGET_SET_BEFORE = re.compile(r"(?:确定|下达|提出|制定|设定|定下|明确)(?:了)?的")
_TARGET_AFTER_VALUE = re.compile(r"(?:的)?(?:年度|全年|年)?(?:目标任务|目标|任务|计划)的")
_TARGET_LEAD = re.compile(r"(?:为|占|完成|达到?|是)[^,;:。]{0,8}$")
_RATIO_PHRASE = re.compile(r"(?:完成|占|达到|为|超)[^，,；;。]{0,14}?(?:任务|目标|计划|总量|总额|比重)[^，,；;。]{0,3}?的?[\dxX.]*%?")
_STRONG = [("预计", re.compile(r"预计|预期(?!目标|(?:性|的)?(?:主要|发展|经济|增长)?指标)|预估|预测|估计|有望|可望|即将|(?:建成|投产|达产|达效)后"
                              # 上看 + a sum: a forecast's ceiling, as Taiwan's business news writes it (全年营业额上看3000亿元;
                              # 往上看, 向上看 is to look up)
                              r"|(?<![往向朝])上看"
                              # 会 of the future with a verb of growing or reaching after it: what is expected (今年营业额还会
                              # 再成长，突破6兆元; 应会超过…; 将会达到…), never 会议, 大会, 学会 (no such verb follows)
                              # (and the speaker's certainty of it, 一定会, 肯定会, 必然会: 今年一定会再成长，突破6兆元 — still to come)
                              r"|(?:还|也|仍|将|应|可能|一定|肯定|必然|必定)会(?=(?:再|继续|持续|进一步)?(?:成长|增长|突破|达到|超过|超越|攀升|创新高|实现))"
                              # 看好 + a verb of reaching: what a body expects (州政府看好在2013年中，在制造业获得80亿令吉…)
                              # (看好 + 在 + a time; not 看好…前景, a view of prospects)
                              r"|看好(?:在|于)[^。;]{0,16}?(?:获得|达到|实现|突破|取得)"
                              r"|(?<![即])将(?:可|会|有望)?(?:首度|首次|首)?(?:实现|创造|达到|带来|带进|带动|新增|突破|形成|超过|超|达|增至|增加到|提高到|提升到|破)"
                              # 可 + a verb of reaching: what a project or the park can reach, not what it did
                              # ("可实现年税收2500万元", "年可创税5000万元"; 不可 is no figure at all)
                              # (可以 as 可: "年产值是可以达到6个亿")
                              # (…and what a zone can hold, 园区可吸收规模企业260家，安置就业1.1万余人，…; 可容纳200多家企业:
                              # its capacity, the clauses after it sharing the modal)
                              r"|(?<![不])可(?:以)?(?:实现|创造|达到|达|带来|新增|突破|形成|增加|提供|安排|解决|创税|吸纳|吸收|容纳)")),  # (预期目标: a target)
           # 努力/奋力 + a verb of reaching, 力求: striving for a figure, not having reached it (争取到: secured, done)
           # 预期目标, 预期(性)指标, 主要预期发展指标: the targets of a plan, as planning documents name them
           # (预期性指标 beside 约束性指标), not a forecast of a figure
           # 把…打造成(为)/建设成为/发展成为 + a figure: what the park is to become, a goal ("打造成为营业收入超500亿元的园区");
           # what it has become is done (已发展成为年产值2000亿元的产业集群)
           ("目标", re.compile(r"力争|确保|(?<!向上)争取(?!到)|目标|(?<!按)(?<!按照)(?<![项个])(?<!工业)计划(?!区|经济|单列)|拟|(?<!已)(?<!已经)(?:打造成为?|建设成为|发展成为|培育成为)|预期目标|预期(?:性|的)?(?:主要|发展|经济|增长)?指标|要达到|不低于|不少于|规划到|要实现|规划(?=实现|达到|完成|形成|引进|新增)"
                              # (有信心 + a figure: what the speaker means to reach, 有信心五年内形成超过500亿产值)
                              r"|有信心"
                              r"|努力(?:实现|完成|达到|突破)|奋力(?:实现|完成|达到|突破|冲刺)|力求"
                              # 希望 + a verb of reaching in its clause: a wish for a figure, as 力争 is (希望新的一年达成
                              # 就业人口8万人的目标); 希望 as a noun (新的希望, 希望工程) has no such verb after it
                              r"|希望(?=[^,;:。]{0,24}?(?:达成|实现|达到|完成|突破|成长到|增长到|增加到|提升到|提高到|引进|新增|超过))"
                              # (期望 the same, with 吸引 among its verbs: "期望深圳分园可以吸引150间企业进驻" — a hope, not done)
                              r"|期望(?=[^,;:。]{0,24}?(?:达成|实现|达到|完成|突破|成长到|增长到|增加到|提升到|提高到|引进|吸引|新增|超过))"
                              # 准备/打算 + a verb: an intention, as 计划 is (准备新签约项目10个); 准备工作, 做好准备 are nouns
                              r"|(?:准备|打算)(?=#|新|签|开工|引进|招引|建成|实现|完成|投产|投资|启动|落户|入驻)"
                              # the modal verbs of a duty or a push toward a figure, as plans write them: 需(要)/必须/应 +
                              # a verb of doing (全年需完成…), 力保 (hold at least), 争创, 冲刺 (sprint toward), 谋划 + a count
                              r"|(?:需要|需|必须|务必)(?=完成|实现|达到|新增|引进|签约|开工)|(?<![反对相适])应(?=完成|实现|达到)"
                              r"|力保|争创|(?<!奋力)冲刺(?!阶段|期)|谋划(?=#|新|引进|签约|开工)")),
           ("累计", re.compile(r"累计|累积|历年(?!同期|新高|纪录|记录|最高|之最|最好|最佳)|自(?:.{0,12}|[^,;:。]{0,24}?(?:挂牌|设立|成立|获批|批准|建区|开园|运营|运行|启动|创建)[^,;:。]{0,40}?)以来|建区以来|成立.{0,4}以来|开园以来"))]
# 将 is both the future marker ("今年，园区将强化项目建设，…投资超50亿元": a plan) and the object marker of
# the disposal form 将+object+verb+result ("将招商引资作为一号工程，新签约项目30个": what was done). The
# object form names its object first (其, 该, a count: 将12个项目纳入…) or ends on a verb of placing or
# making (作为, 列入, 纳入, 放在, 打造成 …) in its clause; any other 将 speaks of what will be done: 目标
# (将实现/达到/新增… a figure is a forecast: 预计, above). 即将 is 预计; 将近 is "almost"; 将军, 老将 are nouns.
_FUTURE_JIANG = re.compile(r"(?<![即老主大名猛干武选已经功])将(?![近来军士领帅心乐])")  # (已将, 成功将: done)
# a 将 inside one item of a list of names (…集团、福将塑胶、欣意无纺布等…企业): a character of a name, as the items of a
# 、 list are nouns; the adverb stands before a verb and never between two 、 of a list
_JIANG_IN_A_NAME = re.compile(r"、[^,;:。、]{0,6}将[^,;:。、]{0,6}(?:、|等)")
_DISPOSAL_OBJECT = re.compile(r"^(?:其|之|此|该|这|上述|全部|所有|[\d一二三四五六七八九十两]+(?:个|家|项|批|大|户))")
_DISPOSAL_VERB = re.compile(r"作为|列为|列入|纳入|融入|写入|打造成|打造为|建成为|建设成|培育成|发展成|变成|转化为|转变为|"
                            r"确定为|定为|认定为|视为|当作|当成|放在|摆在|落到|落实到|贯穿|交给|交由|推向|提升到|提高到|"
                            r"控制在|分解到|细化到|整合为|合并为|调整为|更名为|纳为|"
                            # (the official formula of reporting, 现将…通报如下 / 报告如下 / 汇报如下: 将 takes what is reported)
                            r"(?:通报|通報|报告|報告|汇报|匯報|总结|總結|说明|說明|公布|公告|介绍|介紹)如下")


def _strong_marks(text: str, sentence: str | None = None):
    """(start, end, status) of each word in ``text`` (the sentence up to a figure, or all of it) that says how
    sure a figure is: 预计, 目标 (力争, and 将 as the future marker), 累计. Whether a 将 is the object marker
    is read in its whole clause of ``sentence`` (将12个项目集中签约: the figure may stand in that clause)."""
    for status, pat in _STRONG:
        for m in pat.finditer(text):
            yield m.start(), m.end(), status
    if "将" in text:
        whole = sentence or text
        for m in _FUTURE_JIANG.finditer(text):
            if "、" in whole and any(n.start() < m.start() < n.end() for n in _JIANG_IN_A_NAME.finditer(whole)):
                continue
            rest = whole[m.end():min([i for i in (whole.find(c, m.end()) for c in _CLAUSE_SEP + "。") if i >= 0]
                                     or [len(whole)])]
            if not (_STRONG[0][1].match(text, m.start()) or _DISPOSAL_OBJECT.match(rest) or _DISPOSAL_VERB.search(rest)):
                yield m.start(), m.end(), "目标"


# striving with its verb (努力实现, 奋力突破): what is strived for is the verb's object, in its own clause
_STRIVING_WITH_VERB = re.compile(r"(?:努力|奋力)(?:实现|完成|达到|突破|冲刺)")
# "围绕年初确定的目标任务，完成工业总产值50亿元": the goals named as a thing, not a target stated
_GOAL_NOUN = re.compile(r"(?:围绕|对照|对标|瞄准|紧扣|按照|紧盯|锚定|确定的|下达的|既定|各项|目标导向)[^,;:。]{0,8}?(?:目标|计划)(?:任务|要求)?(?![为是:])"
                        # 目标定位, a zone's positioning (锚定“A、B、C”目标定位，…): a noun, what the zone means to be,
                        # never how sure a figure is (目标定位为… too: the positioning, no value)
                        r"|目标定位"
                        r"|计划总投资"  # what projects will cost in all: a noun, not a target
                        # the goals a paragraph works toward, named as the object of 围绕/瞄准/对标 and ending their
                        # clause: 紧紧围绕“建设千亿园区，打造百亿企业”的奋斗目标， (a slogan in quotes may hold commas)
                        rf"|(?:围绕|瞄准|对标|紧扣|聚焦|锚定|紧盯|朝着|向着|对照|按照)[^。；;:：]{{0,40}}?的[{CJK}]{{0,4}}目标(?=[，,、])"
                        # a goal said reached, ending its clause: "工业投资实现倍增目标，全年完成工业投资134.8亿元" (the
                        # goal is the object of 实现/完成; the figure's own clause says what was done). Only the goal is a
                        # noun: a word of striving or of time before the verb still governs (力争实现…目标, 将…, 明年…)
                        r"|(?<=实现|完成|达成)了?[^,;:。\d]{0,10}?(?:目标|任务)(?:任务)?(?=[,;。])"
                        # …and the goal said reached with the verb after it, ending the clause: "全年目标任务全面完成，实现
                        # 工业总产值50亿元", "一期规划目标基本建成，入驻企业44家" (the goal is the clause's subject, what was
                        # reached; a word of striving or of time before it still governs: 确保目标任务全面完成，…)
                        r"|(?:目标|任务|计划)(?:任务)?(?:全面|圆满|顺利|基本|提前|超额|如期|全部|胜利)?(?:已经|已|均已)?"
                        r"(?:完成|实现|达成|建成)(?=[,;。])"
                        # a plan named as a noun ending its clause (实施…的项目攻坚计划，), the object of its verb: no
                        # plan word for the clauses after it
                        r"|(?<=[^\d,;:。#(计划])计划(?=[,;])")
# a plan word in a modifier of a noun (拟建的北京西路, 规划建设的纬三路: a boundary's road yet to be built) says what that
# noun is, not how sure the figure is: "东至佳宁公司，南至拟建的北京西路，总面积2600亩" states the area as it is
_PLANNED_THING = re.compile(r"(?:拟|计划|规划)(?:新建|建设|修建|建|开发|实施)的(?=[^,;:。\d]{1,12}?[路道街河渠线],)")
# (but "确定的预期目标为…", "目标是：…" introduce the target's figures: those are targets)
_DOCUMENT_TITLE = re.compile(r"《[^《》]{1,60}》")
# a name quoted in corner brackets, as Taiwan, Hong Kong and Malaysia quote a seminar's, a forum's, a programme's or a
# plan's name (於研討會「能源和工業將推動某州未來的經濟成長」表示，上半年共核准…; 推動「某某投資行動方案」以來…): its words
# are the name's, never the tense of a figure after it (a quote still open before the figure is the figure's own words)
_CORNER_QUOTED_NAME = re.compile(r"「[^「」]{1,60}」|『[^『』]{1,60}』")
_FIRMS_PLANNED_INVESTMENT = re.compile(r"计[划画](?=投资(?:总)?(?:金)?额)")
# the horizon a plan sets: 到2025年, 到“十四五”期末, 至年末
_HORIZON = re.compile(r"(?:到|至)[^,;:。]{0,10}?(?:期末|年末|年底|末|\d{4}年)")
# A forecast or a target governs the clauses after it as long as they go on with its statement (预计全年实现A，税收B:
# the list of what is forecast). A clause that opens a statement of its own — its own period so far (1-10月，
# 前三季度，), or the park as its subject with its own time (今年园区…, 园区1-10月…) — is no item of that list, as
# reports put the forecast beside what was done: "预计全年实现营业收入100亿元；1-10月，完成营业收入80亿元" (or with
# the period's own verb of doing right after it: "全年目标任务120亿元，上半年完成工业总产值65亿元"),
# "该项目预计明年6月投产，今年园区完成固定资产投资12亿元". (A year named, 2025年，…, goes on with a plan by years.)
_SO_FAR = r"(?:\d{1,2}(?:-|—|~|～|至|到)\d{1,2}月份?|\d{1,2}月份?|[一二三四]季度|前[二三两]季度|上半年|今年以来)"
_PARK_SUBJECT = r"(?:园区|我园|全园|全区|我区|区内|本区|开发区|高新区|经开区|工业园区|产业园区)"
_FRESH_CLAUSE = re.compile(rf"(?<=[，；;：:,])(?:{_SO_FAR}(?:[,，]|(?={_PARK_SUBJECT})|(?P<doing>(?=(?:实际|共|累计)?(?:完成|实现))))"
                           rf"|(?:今年|本年|当年){_PARK_SUBJECT}"
                           rf"|{_PARK_SUBJECT}(?:今年|本年|当年|{_SO_FAR}))")
# A forecast or a target whose own clause has its verb and no figure ("…增长11.8%，总量将实现历史性突破；") is a statement
# ended by its semicolon: the figures after the semicolon, told with their own verb of doing, are not its list (a
# lead-in, 预计全年： or 预计全年，完成…, has no verb of its own before its list, or its figure in its own clause; and a
# word opening the sentence, 预计全年经济保持平稳增长；完成…, governs the sentence, as a forecast's lead does).
_OWN_PREDICATE = re.compile(r"实现|达到|保持|突破|形成|迈上|跨上|再上|提升|提高|增长")
_DOING_OPENS = re.compile(r"[;；](?:全年|全区|园区)?(?:共|累计)?(?:完成|实现|新签约|签约|引进|新开工|开工)")

# the words of a plan's sentence (计划, 力争, 拟) that open its list for the paragraph (find_indicators; the text is folded to
# Simplified before it is read, so one script)
_PLAN_WORD = re.compile(r"计划|力争|拟")


def _a_statement_of_its_own(head: str, end: int) -> bool:
    semi = min(i for i in (head.find(";", end), head.find("；", end)) if i >= 0)
    return not _VALUE_RE.search(head, end, semi) and bool(_OWN_PREDICATE.search(head, end, semi)) \
        and bool(_DOING_OPENS.match(head, semi)) and ":" not in head[end:semi]


# a single year (or 今年, 去年) named after a span since a start (自2017年以来): the figure after it is that year's, not the
# running total of the span
# (not a span's end, 2016年至2018年, but where a change went, 攀升至2014年的12.86亿元: that year's)
_ONE_YEAR = re.compile(r"(?<![自从])(?<!(?<![升长加高大展壮])[至到])(?:(?:19|20)\d{2}年(?:度)?|今年|去年|当年)(?!以来|来|底|末|年底|年末|[-—~至到])")
_STRIVING_ADVERB = re.compile(r"力争|确保|争取|努力|奋力|力求")
# the park opening the next clause as its subject to tell what it is (园区产业主要以…为主, 园区位于…, 园区规划面积…): a
# description; one telling what it will reach (园区产值达到…, 实现…) is the striving's figure, a target
_PARK_AS_IT_IS = re.compile(rf"{_PARK_SUBJECT}[^，,；;。]{{0,30}}?(?:以[^，,；;。]{{1,30}}?为主|位于|地处|坐落|规划|占地|总面积|面积)")
_REACHING = re.compile(r"达到|实现|完成|突破|超过|力争|确保|争取|将")
# the verbs of what a zone strives to become (力争打造…园区, 努力建设成为…): an aim said of the zone, no figure's
_BECOMING = re.compile(r"(?:打造|建设成为|建设成|建成为|建成|建设|培育成|创建|创成)")
# (实际 before a verb of doing says what was done against a plan just stated: "计划新开工项目20个，实际开工23个")
_RESET = re.compile(r"目前|已经|已|截至|截止|去年|上年|今年以来|实际(?=完成|开工|签约|竣工|投产|实现|达到|到位)")


# a sentence opening on a span of years up to now (五年来，10年来累计实现…；完成…): a 累计 before its first value totals
# the whole sentence, its later clauses too, as 建区以来 does (not 一年来, the year's own results; nor 多年来, 几年来, vague;
# without 累计 a span's figures stay as they read: 五年来，财政收入由1.2亿元增加到3.6亿元 is where it stands now)
_SPAN_OPENING = re.compile(r"\s*[^，,；;。]{0,12}?(?:(?<![\d一二三四五六七八九十])(?:[二三四五六七八九十两]|十[一二三四五六七八九]|"
                           r"[二三四五六七八九]十[一二三四五六七八九]?)|(?<!\d)(?:[2-9]|[1-9]\d))年来")


def _status(sentence: str, value_start: int, ctx: _Context, clause_from: int = 0) -> tuple[str, str]:
    """The status of a figure from the words before it in its sentence: the last
    预计/力争/累计 word governs what follows it, until a later clause says 已/目前. With it, why
    (the deciding word, or the rule: a lead-in, a plan section, the default)."""
    head = _RATIO_PHRASE.sub(lambda m: "#" * len(m.group()), sentence[:value_start])
    head = _GROWTH_RE.sub(lambda m: "#" * len(m.group()), head)
    head = _GOAL_NOUN.sub(lambda m: "#" * len(m.group()), head)
    if "《" in head:  # a document's title (实施《…招商引资三年行动计划》，今年1月—6月，…完成…): no plan word of the figure's
        head = _DOCUMENT_TITLE.sub(lambda m: "#" * len(m.group()), head)
    if "」" in head or "』" in head:
        head = _CORNER_QUOTED_NAME.sub(lambda m: "#" * len(m.group()), head)
    if "的" in head:
        head = _PLANNED_THING.sub(lambda m: "#" * len(m.group()), head)
    if "厂商" in head:  # ("已引进243家厂商，计画投资额逾2.43兆元": the firms' planned investment, approved; no plan of the park's)
        head = _FIRMS_PLANNED_INVESTMENT.sub(lambda m: "#" * len(m.group()), head)
    note = _STATUS_NOTE.search(head) if "(" in head else None
    # a note that heads a list before its first value is the list's lead-in: "主要经济指标(预计数)：…"
    lead_note = note if note and re.match(r"\s*:", head[note.end():]) and not _VALUE_RE.search(head, 0, note.start()) else None
    head = _mask(_STATUS_NOTE, head) if note else head  # ("…万美元(预计数)": said of that value only)
    names_at = [(m.start(), m.group()) for m in _NAME_RE.finditer(head)]
    done_names = [at for at, name in names_at if name.startswith("已")]
    # (规划 right before a figure's name, 规划年产值超580亿元: the planned figure, a goal; 规划面积 is a name of its own, and
    # 规划目标基本建成 names no figure after 规划)
    planned = [at - 2 for at, _ in names_at if head[max(0, at - 2):at] == "规划"]
    head = _NAME_RE.sub(lambda m: "#" * len(m.group()), head)
    marks = [(at, "reset", "已") for at in done_names]  # (首期已开发4平方公里: the name says it is done, as 已 before it)
    marks += [(at, "目标", "规划") for at in planned]
    own_clause = _clause_start(head, len(head))
    first_clause_end = next((m.start() for m in _CLAUSE_SEP_RE.finditer(head)), len(head))
    spanned = _SPAN_OPENING.match(sentence)
    aims_said = []  # (what the zone strives to become, said in its own clause: no word of a figure after it)
    for start, end, status in _strong_marks(head, sentence):
        lead_in = start < first_clause_end and not _VALUE_RE.search(head[:first_clause_end])
        if status == "累计" and own_clause > start and not lead_in and not head[start:end].endswith("以来") \
                and not (spanned and not _VALUE_RE.search(head, 0, start)):
            continue  # 累计 in an earlier clause says nothing of this one
        if status != "累计" and re.search("[；;]", head[end:]) and (_VALUE_RE.search(head[:start]) or status == "预计" and head[start - 1:start] == "#"):
            continue  # "完成58亿元，预计全年可完成70亿元；到位资金12.6亿元": a forecast said of one item
            # (so is one between a name and its value: "营业总收入预计达3450亿元、增长8%；主园区实现…；规上工业增加值121亿元")
        if status != "累计" and start >= first_clause_end and (";" in head[end:] or "；" in head[end:]) \
                and _a_statement_of_its_own(head, end):
            continue  # "总量将实现历史性突破；完成工业总产值1821亿元": the forecast was said of its own clause
        if status == "目标" and _STRIVING_ADVERB.fullmatch(sentence, start, end) and _BECOMING.match(sentence, end) \
                and (aim := _CLAUSE_SEP_RE.search(head, end)) and not re.search(r"[\d#]", head[end:aim.start()]) \
                and _PARK_AS_IT_IS.match(head, aim.end()) and not _REACHING.search(head, aim.end()):
            aims_said.append((start, aim.start()))
            continue  # "共同出资力争打造最具活力的“飞地”工业园区，园区产业主要以…为主，规划面积38.5平方公里": what the zone strives
            # to become is its own clause's; the clauses the park then opens as their subject tell what it is
        if status == "目标" and _STRIVING_WITH_VERB.fullmatch(sentence, start, end) \
                and (aim := _CLAUSE_SEP_RE.search(head, end)) and re.fullmatch(rf"[{CJK}]{{2,12}}", head[end:aim.start()]):
            continue  # "努力实现更高质量，园区…总产值达到2530亿元": the striving's object is its own clause's, no figure
        marks.append((start, status, sentence[start:end]))
    for m in _RESET.finditer(head):
        marks.append((m.start(), "reset", m.group()))
    if "以来" in head or spanned:
        for start, end, status in _strong_marks(head, sentence):
            if status == "累计" and (head[start:end].endswith("以来") or spanned and not _VALUE_RE.search(head, 0, start)):
                one = _ONE_YEAR.search(head, end)
                if one:  # "自2017年以来…，特别是2020年…新签约项目34个": the one year named last governs its figure
                    marks.append((one.start(), "one year", one.group()))
    if marks and any(what in ("预计", "目标") for _, what, _ in marks):
        for m in _FRESH_CLAUSE.finditer(head):
            before = [(at, what, said) for at, what, said in marks if what in ("预计", "目标") and at < m.start()]
            if before and m.group("doing") is not None and _STRIVING_ADVERB.match(before[-1][2]):
                continue  # "力争全年完成120亿元，上半年完成60亿元": the striving may govern both (a plan by periods)
            if before:
                marks.append((m.start(), "fresh", m.group().rstrip(",，")))
    if lead_note:
        marks.append((lead_note.start(), "预计" if lead_note.group(1) in ("预计", "预估", "预测") else "目标", lead_note.group()))
    target = _TARGET_BEFORE_VALUE.search(sentence[:value_start])
    if target and not re.search(r"完成[^,;:]{0,8}任务$", sentence[:value_start]):
        return "目标", f"数值前的“{target.group()}”"  # "全年任务为30亿元"; but "完成工业性投资任务14亿元" is done
    tasks = list(_TASK_THEN_LIST.finditer(sentence, 0, value_start)) if "任务" in sentence else []
    task = tasks[-1] if tasks else None  # (the nearest task before the value governs it)
    if task and not re.search(r"完成[^,;:，。；]{0,12}$", sentence[:task.start()]) \
            and not _DONE_OR_RESET.search(sentence, task.end(), value_start):
        return "目标", f"数值与前面的“{task.group().rstrip('，,、')}”并列，同是任务"  # 工业总产值任务42亿元，销售收入40亿元，
        # 工业增加值13亿元: the task named after the list's first item governs the items joined to it by commas, as a
        # lead-in (目标任务：…) governs its list — until a clause says what was done (全年累计完成产值27亿元)
    marks.sort()
    status, word = None, ""
    for i, (at, what, said) in enumerate(marks):
        if what == "reset":  # 已/目前/去年 end a forecast or a target, not a 累计 (已累计…)
            earlier = [a for a, s, _ in marks[:i] if s not in ("reset", "fresh")]
            if status != "累计" and (not earlier or _clause_start(head, at) > max(earlier)):
                status, word = "实际", said
        elif what == "one year":
            if status == "累计":
                status, word = "实际", said
        elif what == "fresh":  # a clause of its own after a forecast's or a target's (1-10月，完成…)
            if status in ("预计", "目标"):
                status, word = "fresh", said
        elif what == "目标" and said == "将" and status == "预计" and not ctx.plan:
            continue  # "预计明年园区将完成…": 将 is the tense of the clause 预计 takes as its object, no plan of its own
            # (in a plan, 预计…将… is read as the plan's figures are, as before)
        elif not (what == "累计" and status in ("预计", "目标")):  # 预计…可累计完成: a forecast of a running total
            status, word = what, said
            if what == "预计" and head.startswith("预期", at) and _HORIZON.search(head, 0, at):
                status = "目标"  # "到“十四五”期末，…预期年销售收入达1700亿元": a plan's expected figure is its target
    own = head[clause_from:]
    ahead = re.search(r"今年|明年|全年|下一步|到\d+年", own)
    past = _PAST.search(own) or (_PAST.search(head) and not ahead) or _NOW.search(own) \
        or ctx.plan and not ahead and _an_earlier_year(head, ctx.section)
    if status == "fresh":
        status = None  # (the clause is read as if no forecast stood before it: its own words, the section's)
        fresh = f"“{word}”另起一句（自己的时段或主语），前面的预计、目标不管到这里："
        if ctx.plan and not (past or _reported_so_far(head, ctx)):
            return "目标", fresh + (f"计划部分（{ctx.section}）" if ctx.section else "计划（文档类型）")
        return "实际", fresh + "说的是已做的"
    if status == "实际" and (not ctx.plan or past):
        return "实际", f"“{word}”说的是已做的"
    if status == "累计" and _opens_with_horizon(sentence):
        return "目标", f"句首的期限（{_HORIZON_OPENING.match(sentence).group().strip(' ，,')}）：“{word}”是将来的累计数"
    if status == "累计" and ctx.status in ("预计", "目标"):
        return ctx.status, f"上文的引导语（{ctx.status}）：“{word}”是将来的累计数"  # (到2027年，…。投资累计完成300亿元)
    if status in ("预计", "目标", "累计"):
        return status, f"“{word}”" + ("（将来）" if word == "将" else "")
    if ctx.status and (now := _NOW.match(sentence.lstrip())):
        return "实际", f"句首的“{now.group()}”说的是现状，上文的引导语（{ctx.status}）不管到这里"  # (…力争打造…。现有企业79户，
        # 其中规模以上工业企业35户: the zone as it stands)
    if ctx.status:
        return ctx.status, f"上文的引导语或句首的期限（{ctx.status}）"
    if ctx.plan:
        if past or _reported_so_far(head, ctx):
            return "实际", "计划部分里说的是已做的"
        return "目标", f"计划部分（{ctx.section}）" if ctx.section else "计划（文档类型）"
    for a, b in aims_said:
        head = head[:a] + "#" * (b - a) + head[b:]
    future = _FUTURE.search(_mask(_FROM_YEAR_TO_YEAR, _mask(_FUTURE_AS_NOUN, head) if "未来" in head else head))
    if future:
        return "目标", f"“{future.group()}”"
    return "实际", "总结里的陈述（没有预计、目标的字样）"


# 未来 qualifying a noun of development (是某州未来发展的重要一环, 关系园区未来的发展方向, 对未来发展前景充满信心): the
# future as a thing spoken of, no horizon of a figure said after it ("…的重要一环，而某州两年内共吸引…投资" is done)
# (…or a noun of prospect after a word of what grows: 反映未来生产潜力的…方面, 未来增长前景 — a thing spoken of, no horizon)
_FUTURE_AS_NOUN = re.compile(r"未来(?=(?:的)?(?:发展(?:的|中|方向|空间|潜力|前景|蓝图|重点|定位|格局|大局)|(?:生产|增长|成长|市场)(?:潜力|前景)))")


def _an_earlier_year(head: str, heading: str | None) -> bool:
    """Whether the sentence names, as its own time, a year before the one its plan section is for ("二、2024年工作计划":
    "2023年，园区完成工业总产值86亿元" is what was done); a base of comparison (比2023年) is no time of its own."""
    planned = _YEAR_NAMED.findall(heading or "")
    named = list(_YEAR_NAMED.finditer(head))
    if not (planned and named) or int(named[-1].group(1)) >= int(planned[-1]):
        return False
    return not re.search(r"今年|明年|全年|目前|下一步|下半年|届时", head[named[-1].end():])  # (a later time word is the figure's)


# periods a report states what was done in, never what is aimed for: 1-9月, 前三季度
_REPORTED_PERIOD = re.compile(r"(?<![\d.-])1\s*(?:月份?)?\s*[-—–~～至到]\s*(?:[2-9]|1[01])\s*月|一至[二三四五六七八九]|一至十一?月|前三季度|"
                              + _FIRST_MONTHS)


def _reported_so_far(head: str, ctx: _Context) -> bool:
    """A plan that opens with the year so far ("1-9月，园区实现…"; "今年上半年…" under a heading
    planning 下半年): those figures are done, not aimed for — unless the sentence looks ahead."""
    if _FUTURE.search(head):
        return False
    return bool(_REPORTED_PERIOD.search(head) or "上半年" in head and "下半年" in fold(ctx.section or ""))


_SUBJECT_PARK = re.compile(r"园区|开发区|高新区|经开区|工业园|产业园|集中区|集聚区|我园|本园|园内|区内"
                           r"|园(?<=科技园|物流园|经济园|创业园|生态园|软件园)"  # (anchored on 园: a cheap first character)
                           # (a zone and its parks as official writing counts them, 一区四园, 一区多园: the parks together)
                           r"|园(?<=一区[二三四五六七八九十多]园)")
_COMPARISON = re.compile(r"(?:占|比|高于|低于|高出|低出|超出|快于|慢于|超|领先|好于|优于|居|位居|位列|排名|列|相当于|荣登|登上|荣获|夺得)[^,;:。]{0,10}"
                         r"|全[市县省区州]平均|全[市县省区州]第|全[国省市县区州]前"
                         r"|全[国省市县区州](?:最|唯一|惟一|首[个家批]|领先|之最|第)"
                         # the place as what the park serves or leads (扛牢了全区经济发展主阵地的责任, 成为全市…): an object
                         r"|全[县市省区州](?:(?<=成为..)|(?<=作为..)|(?<=扛牢..)|(?<=牢了..)|(?<=扛起..)|(?<=挑起..)|(?<=担起..)"
                         r"|(?<=服务..)|(?<=支撑..)|(?<=引领..)|(?<=带动..)|(?<=助推..)|(?<=助力..))[^,;:。]{0,12}")  # (进入全省前10强, 全国最大的…基地: ranks)
_PART_OF = re.compile(r"^其中[^,;:]*?(?:以上|项目|企业|产业|行业|产品|公司)")


_BRACKETED = re.compile(r"\([^()]*\)")
_QUOTED_NAME = re.compile(r"“[^“”]{1,20}”")
_ZONE_AND_PARKS = re.compile(r"一区[二三四五六七八九十多]园")
_PARK_OPENS_CLAUSE = re.compile(r"(?:同时|此外|另外|全年|今年|当年|上半年|\d{4}年)?")
# "…公司、…公司等4个项目": companies named as examples of what is counted
_EXAMPLES_OF_COUNT = re.compile(r"等[^,;:。]{0,4}?(?:\d+|[一二三四五六七八九十两]+)(?:个|家|户|项)|等(?:\d+|[一二三四五六七八九十两]+)?(?:个|家|户|项)?$"
                                # (the class of the firms named before the count: "…集团、…等台商投资企业35家")
                                r"|等[^,;:。\d]{0,8}?(?:企业|公司|厂商)(?:(?:\d+|[一二三四五六七八九十两]+)(?:家|户)|$)")
_PROJECT_NAMED = re.compile(r"(?:[一二三四\d]期)?(?:项目|等(?:\d+|[一二三四五六七八九十两]+)个"
                            # (or one name of a list the clause ends as projects: "新开工航空产业园二期、B、C等重点项目46个")
                            r"|(?:、[^,;:。]{1,40}?)?等[^,;:。\d]{0,8}?项目)")


# a place word right after a comparison's verb (高于全区, 占全区): what the figure is measured against, masked already in
# ``said``; this catches the few the masking leaves (its span ends at ten characters)
_COMPARED = re.compile(r"(?:占|比|高于|低于|居|位居|列)[^,;:。]{0,10}$")


def _mask(pattern: re.Pattern, text: str) -> str:
    return pattern.sub(lambda m: "#" * len(m.group()), text)


# official writing names the authority a body works under before it says what the body did ("在县委县政府的正确领导下，
# 在市委的坚强领导下"): a stock phrase, never the subject of the figures after it
_UNDER_LEADERSHIP = re.compile(r"在[^,;:。]{1,24}?(?:的)?(?:正确|坚强|有力|亲切|大力)?(?:领导|指导|关心|支持|帮助|关怀|部署|带领)(?:和[^,;:。]{1,8})?下")


# what a park was designated, approved or named as (挂牌全省唯一省级健康食品产业园, 获批国家级经济技术开发区, 被认定为
# 省级化工园区, 晋升为国家级高新区): a title the subject received, to the end of its clause, never another park
# nor a place's parks as a subject
_DESIGNATION_HINT = re.compile(r"挂牌|获批|评为|命名为|认定为|晋升为|升级为|创建为|授予|获评")
_DESIGNATION = re.compile(r"(?:成功)?(?:挂牌|获批|被?评为|被?命名为|被?认定为|晋升为|升级为|创建为|被?授予|获评)[^,;:。]*")


def _scope(sentence: str, start: int, end: int, ctx: _Context) -> str:
    """园区, or 其他 when the sentence so far speaks of a company or a project, or its
    last subject before the figure is the county, the city … (全县, 全市工业园区)
    rather than the park; comparisons (占全县…, 居全市…) are not subjects."""
    unbracketed = _mask(_VENUE, _mask(_BRACKETED, sentence[:end]))  # "(其中上市公司5家)" is a remark, not the subject
    if "在" in unbracketed:
        unbracketed = _mask(_NEAR, unbracketed)  # "…物流园在某保税区附近设立": a landmark, not the subject
    if "下" in unbracketed:
        unbracketed = _mask(_UNDER_LEADERSHIP, unbracketed)  # "在县委县府的正确领导下，园区…": the authority, no subject
    if "公司" in unbracketed:
        unbracketed = _mask(_FIRM_COUNT_WORD, unbracketed)
    if _DESIGNATION_HINT.search(unbracketed):
        unbracketed = _mask(_DESIGNATION, unbracketed)  # "自成功挂牌全省唯一省级健康食品产业园以来": a title, no park
    entities = list(_ENTITY_SCOPE.finditer(unbracketed))
    if "项目" in unbracketed:
        entities += _NAMED_PROJECT.finditer(unbracketed)
    entity = max(entities, key=lambda m: m.start(), default=None)
    if entity and any(_PARK_OPENS_CLAUSE.fullmatch(unbracketed, _clause_start(unbracketed, m.start()), m.start())
                      for m in _SUBJECT_PARK.finditer(unbracketed, entity.end())):
        entity = None  # "…产业分别完成工业产值32亿元，园区实现税收2.1亿元": the park is the subject again
        # (not "…公司入驻我们园区07栋厂房，目前固定资产投入约500万": the park where the company is)
    if entity and not _EXAMPLES_OF_COUNT.search(sentence, entity.end(), end) or _OTHER_SCOPE_CLAUSE.search(sentence[start:end]):
        return "其他"  # (a list of companies "…公司等4个项目" names examples, not the subject)
    if _PART_OF_PARK.match(sentence, start):
        return "其他"  # "…一期入园企业11户，二期规划面积3.2平方公里": a part of the park
    head = _mask(_NAME_RE, _mask(_COMPARISON, unbracketed))
    places = [m for m in _OTHER_SCOPE.finditer(head)] + _towns_not_naming_a_park(head)
    if places and ("位" in head or "属" in head or "是" in head or "地" in head):
        places = [m for m in places if not _WHERE_IT_LIES.search(head, max(0, m.start() - 12), m.start())
                  and not _ONE_OF_THE_PLACES.match(head, m.start()) and not _PLACES_PARK_AFTER.match(head, m.end())]
    if "强" in head:
        places += _RANKED_PARKS.finditer(head)
    if ctx.park_key is not None and ("科技部" in head or "国科会" in head):
        places += _PARKS_OF_A_MINISTRY.finditer(head)
    if any(word in head for word in _SUB_AREA_WORDS):  # a part of the park as the subject: 新材料功能区实现…, 城东片区…
        places += [m for m in _SUB_AREA.finditer(head) if m.group()[2:] not in ctx.park_name]
    if _UNIT_HINT.search(head):  # a unit inside the park opening a clause as its subject: 园区科技孵化器现有在孵企业58家
        places += _units_as_subject(head, ctx)
    if "委" in head or "政府" in head:  # a place's government opening a clause: 县委县政府高度重视…，全年实现…
        places += _organs_as_subject(head)
    if not ctx.zone_park and not _ZONE_PARK.search(head):
        places += list(_WHOLE_DISTRICT.finditer(head))
    said = _mask(_COMPARISON, unbracketed)
    if "“" in said:
        # "包括“汉城·酒城文化产业园”、达能二期等项目": a project's name, quoted (not “一区四园”: a zone and its parks)
        said = _QUOTED_NAME.sub(lambda m: m.group() if _ZONE_AND_PARKS.fullmatch(m.group(), 1, len(m.group()) - 1)
                                else "#" * len(m.group()), said)
    parks = [m for m in _SUBJECT_PARK.finditer(said)
             if not _PROJECT_NAMED.match(sentence, m.end())]  # "X产业园等10个项目": projects' names
    if ctx.zone_park and ("全区" in said or "我区" in said or "本区" in said):
        # a zone's own report calls itself 全区/我区/本区: a subject that is the park, whatever an earlier sentence's
        # subject was ("全市完成固定资产投资420亿元。全区完成固定资产投资36亿元": the zone's, not carried from 全市)
        parks = sorted(parks + [m for m in _WHOLE_DISTRICT.finditer(said) if not _COMPARED.search(said, 0, m.start())],
                       key=lambda m: m.start())
    if parks and ctx.park_key is not None and (not places or all(
            parks[0].end() <= m.start() and m.end() <= _clause_start(sentence, start) for m in places)):
        # (a count of the parks held, 由…两个园区组成, is no other subject)
        parks = _not_where_it_lies(said, parks)
        composed = _parks_composing(sentence, said, start, parks, ctx)
        if composed is not None:
            return composed
    if not places:
        if not parks:
            return ctx.scope
        last = parks[-1]
        if ctx.park_key is None and len(parks) > 1 and not _named_park(sentence, last):
            # "青岭经济开发区完成…，园区入驻企业总数达到215家": the bare park word is the park just named
            last = next((p for p in reversed(parks[:-1]) if _named_park(sentence, p)), last)
        if len(parks) > 1 and "分别" not in sentence and _JOINED_TO.fullmatch(said, parks[-2].end(), last.start()) \
                and _two_parks(sentence, start, parks[-2], last, ctx):
            return "其他"  # "青岭县经济开发区和青岭工业园区共完成…": two parks together, not the report's park alone
        return _park_subject(sentence, start, last, ctx)
    place = max(places, key=lambda m: m.start())
    if place.re is _PARKS_OF_A_MINISTRY and not any(_named_park(sentence, m) for m in parks if m.start() >= place.end()):
        return "其他"  # "科技部…发布科学园区106年营运成效报告，…园区出口额…": the class's together; "…其中中科…" names one
    if _place_names_own_park(unbracketed, place, ctx):
        return "园区"  # "我县工业园区实现…" in 青岭县工业园区's report: the county's park is the report's own
    later = [m for m in parks if m.start() > place.end() + 4 and not _CONJOINED_PARKS.fullmatch(said, place.end(), m.start())]
    together = _places_parks_end(sentence, head, place, end) if ctx.parks_together and place.re is _OTHER_SCOPE else -1
    # (the parks' own head is no other park: 全省10家国家级经开区…; a bare head after the city's name is them again)
    if together >= 0 and all(_CITY_BEFORE_HEAD.search(said, 0, m.start()) and m.group() in _BARE_HEAD_WORDS
                             for m in later if m.start() >= together):
        return "园区"  # a report on no park of its own: "全市13个产业园区入园企业数达到1280个" is the parks' figure together
    if _PARTS_LISTED.search(head, 0, place.start()) and place.re is _OTHER_SCOPE:
        # the zone's own parts: its figures the zone's, unless one of the parts is named after them (其中城东工业区…)
        return "其他" if later else ctx.scope
    if place.re is not _UNIT_NAME and _SUBJECT_PARK.search(place.group()):
        # "全省100个产业园区…；园区从业人员…": the parks just counted, again (not a 创业园 inside the park: 园区 after it
        # is the park again)
        later = [m for m in later if _named_park(sentence, m)]
    elif later and ctx.park_key is None and _named_park(sentence, later[-1]):
        return "其他"  # "该市三大产业集群已初具规模，临邛工业园区…引进企业99家": no park of its own, one of the place's
    return _park_subject(sentence, start, later[-1], ctx) if later else "其他"


def _two_parks(sentence: str, start: int, first: re.Match, second: re.Match, ctx: _Context) -> bool:
    """Whether two park words joined (A和B) are two parks: one of them another park than the report's, or both named
    with different heads (青岭县经济开发区和青岭工业园区: one county's two parks), not one park said twice."""
    if "其他" in (_park_subject(sentence, start, first, ctx), _park_subject(sentence, start, second, ctx)):
        return True
    named = find_park_mentions(sentence[max(0, first.start() - 16):second.end()]) \
        if _named_park(sentence, first, look=False) and _named_park(sentence, second, look=False) else []
    keys = {park_key(m.name).split("||")[1] for m in named[-2:]}
    return len(named) >= 2 and len(keys) == 2


# A park named after its county or city alone (青岭县工业园区, 青岭市经济开发区: place + a generic head) is the one park
# of that head the place has; its own report calls it by the place word and the head (我县工业园区, 全县工业园区,
# 本市经济开发区), which is the report's park, not the place's parks (a city's 全市工业园区 in a report of no such park
# stays the city's)
_GENERIC_PARK_HEAD = re.compile(r"(?:的)?(?:工业|产业|经济|高新|科技|经济技术)?(?:园区|开发区|集中区|集聚区|工业园|产业园)")
_OWN_PLACE_HEAD = re.compile(rf"^[{CJK}]{{1,6}}?(?P<level>[县市区旗])(?P<head>(?:工业|产业|经济|高新|科技)?(?:园区|开发区|集中区|集聚区|工业园|产业园))$")


# a ministry that runs a class of parks (Taiwan's 科技部/国科会 its science parks) speaking of the class said bare
# (科技部…发布科学园区106年营运成效报告): the figures of all its parks together, not of the report's one park
_PARKS_OF_A_MINISTRY = re.compile(rf"(?:科技部|国科会|国家科学委员会)[^。]{{0,24}}?(?:(?<=[^{CJK}])|(?<=发布)|(?<=公布)|(?<=统计)|"
                                  r"(?<=表示)|(?<=指出)|(?<=说明)|(?<=之)|(?<=各)|(?<=全)|(?<=整体))科学(?:工业)?园区")


def _place_names_own_park(head: str, place: re.Match, ctx: _Context) -> bool:
    """Whether a place word right before a park head (我县工业园区) names the report's own park (see _OWN_PLACE_HEAD)."""
    word = place.group()
    if not ctx.park_name and ctx.unnamed_park:  # "我区工业园区运行总体平稳" in the report of a park it never names
        return len(word) == 2 and word[0] in "我本" and word[1] in "县市区旗" \
            and _GENERIC_PARK_HEAD.match(head, place.end()) is not None
    own = _OWN_PLACE_HEAD.match(ctx.park_name) if ctx.park_name else None
    if own is None or len(word) != 2 or word[0] not in "我全本该" or word[1] != own.group("level"):
        return False
    return head.startswith(own.group("head"), place.end())


# a place's parks named together as a clause's subject, right after the place (全市工业园区, 全市13个产业园区, 全省开发区,
# 全市各类园区) or counted (11个园区, 四大园区): where the report names no park of its own, their figures together are
# what the text reports of parks — a study of a city's parks, a bulletin on a province's zones (the city's own figure,
# 全市实现工业总产值…, stays the city's)
_PLACES_PARKS = re.compile(r"(?:[\d一二三四五六七八九十两]+(?:个|家|所|处|大))?(?:共有|现有|的)?(?:[\d一二三四五六七八九十两]+(?:个|家|所|处|大))?"
                           # (a class of parks by its rank and trade: 国家高新区, 32个省级以上开发区, 54个国家级经济技术开发区)
                           r"(?:各(?:类|级)?)?(?:国家级?|省级|市级|县级)?(?:以上)?"
                           r"(?:工业|产业|经济|科技|物流|农业|特色|经济技术|高新技术产业|高新技术|文化产业)?"
                           r"(?:园区|开发区|高新区|经开区|集中区|集聚区|产业园|工业园|保税区|综保区)"
                           # (the firms inside them are theirs: 全市工业集中区内工业企业达到374户; not what lies outside)
                           r"(?!外|内(?!(?:的)?(?:规模以上|规上)?(?:工业)?企业))")
# the text naming all of a place's parks or counting them (全市工业园区, 全市共有11个工业园区, 全市13个产业园区, 全省开发区)
_ALL_PARKS_NAMED = re.compile(r"(?:(?:全|我|本)[省市州县国]|全国)(?:县域|市域)?(?:共有|现有)?(?:[\d一二三四五六七八九十两]+个)?(?:各类?|所有)?(?:省级|国家级)?"
                              r"(?:工业|产业|经济)?(?:园区|开发区|工业园|产业园|集中区|集聚区)"
                              # or counts them as the subject of their figures (118个工业园区共完成…, 114家国家高新区共实现…)
                              r"|\d+(?:个|家)(?:国家级?|省级)?(?:工业|产业|经济|高新)?(?:园区|开发区|高新区|经开区|集中区|集聚区)(?=共|完成|实现)"
                              # or counts them with what they are (这98家园区, 54个国家级经济技术开发区, 32个省级以上开发区)
                              r"|(?<![\d.])\d+(?:个|家)(?:国家级?|省级|市级)?(?:以上)?[^,;:。、\d]{0,6}?(?:园区|开发区|高新区|经开区|集中区|集聚区|产业园|工业园)"
                              r"(?![^,;:。]{0,2}(?:项目|企业|内|外|中))")
# a class of parks by its rank (国家高新区, 国家级经开区, 省级开发区) as what a title or an opening speaks of: a ministry's or
# a province's report on them together (前三季度国家级经开区主要指标平稳增长)
_CLASS_OF_PARKS = re.compile(rf"(?:^|(?<![{CJK}])|(?<=[年月度季国省市:]))(?:国家级?|省级)(?:以上)?"
                             r"(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|产业园区|工业园区|园区)")
# a park's own genre (工业园区2023年工作总结, 园区工作汇报): its own report, its name not given
_OWN_GENRE = re.compile(r"总结|计划|汇报|要点|打算|讲话|思路|安排|述职")


def _about_a_places_parks(folded: str, title: str, subject: Subject | None) -> bool:
    """Whether a report with no park of its own (the subject decided none) is about a place's parks together: it
    has a title, the text names them all or counts them (全市工业园区, 全市共有11个工业园区), and it is no park's own
    report with its name left out (工业园区2023年工作总结: 园区 is that park)."""
    if not title or subject is None or subject.park is not None:
        return False
    if not _ALL_PARKS_NAMED.search(folded):
        body = folded[len(title):] if folded.startswith(to_simplified(title)) else folded  # (a Traditional title too)
        if not _CLASS_OF_PARKS.search(fold(title)) and not _CLASS_OF_PARKS.search(body, 0, body.find("。") + 1 or 200):
            return False
    return not (subject.rule == "未具名园区" and _OWN_GENRE.search(fold(title)))


# a park word opening a clause on its own (…；园区实现税收2.1亿元): a park set against the place's parks
_BARE_PARK_CLAUSE = re.compile(r"[,;:](?:同时|此外|全年|今年|当年|上半年|\d{4}年)?(?:园区|我园|本园|开发区|高新区|经开区)")


def _opens_with_the_parks(sentence: str, ctx: _Context) -> bool:
    """Whether a sentence's first place is followed by the place's parks (全省10家国家级经开区贯彻落实…): the parks are
    its subject, whatever place its object names later (…全省商务工作会议精神)."""
    place = _OTHER_SCOPE.search(sentence)
    if place is None:
        return False
    together = _places_parks_end(sentence, sentence, place, len(sentence))
    return together >= 0 and _scope(sentence, together, together, ctx) == "园区"


def _places_parks_end(sentence: str, head: str, place: re.Match, end: int) -> int:
    """Where the place's parks end when the place last named before a figure is followed by them (全市工业园区, 全市13个
    产业园区) or counts them (11个园区), and no one park is set against them (-1 otherwise): not 全市工业园区和高新区 (the
    parks and a zone with them), not "全市园区实现税收18.5亿元；园区实现税收2.1亿元" (the place's parks, then the park)."""
    at = place.start() if _SUBJECT_PARK.search(place.group()) else place.end()
    # (read in the sentence itself where a name masked in the head took the head's last character: 集中区内工业企业)
    parks = _PLACES_PARKS.match(head, at) or _PLACES_PARKS.match(sentence, at, end)
    conjoined = parks and _CONJOINED_TAIL.match(head, parks.end())
    if conjoined and _BARE_KIND_AFTER.match(sentence, conjoined.end()):
        conjoined = None  # "全市工业园区和高新区完成…": the place's parks of every kind, no one park set beside them
    return parks.end() if parks and not conjoined and not _BARE_PARK_CLAUSE.search(sentence, end) else -1


_CONJOINED_TAIL = re.compile(r"(?:和|与|及|、)")
# another kind of park said bare after the place's parks (…工业园区和高新区, …及各类开发区): the place's parks of that kind
_BARE_KIND_AFTER = re.compile(rf"(?:各类|所有)?(?:高新区|开发区|经开区|经济开发区|高新技术产业开发区|产业园区|工业园区)(?![{CJK}]{{0,2}}(?:园区|开发区))")
# a city's name and a bare head (上饶市工业园区) in a report about the city's parks: the parks together again
_CITY_BEFORE_HEAD = re.compile(rf"[{CJK}]{{1,4}}[市州盟](?:工业|产业)?$")
_BARE_HEAD_WORDS = ("园区", "工业园", "产业园")
# a park joined to the one before it, one subject (A和B共完成…): the joint and the second one's name
_JOINED_TO = re.compile(r"(?:和|与|及|、)[^,;:。()和与及、]{0,10}")
# the parks of a place named together, one subject: "全市工业园区和高新区完成…" (the city's parks, not one park)
_CONJOINED_PARKS = re.compile(r"[^,;:。()]{0,10}?(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|集聚区)(?:和|与|及|、)")


# a place said as where the park lies or what it belongs to (位于河南省郑州市, 隶属于徐州市, 地处…) is no subject of the
# figures: the park is still the one described; nor is the park called one of its place's parks as what it is
# (…是江苏省徐州市的一个开发区)
_WHERE_IT_LIES = re.compile(r"(?:位于|地处|坐落于|坐落在|地跨|隶属于|隶属|归属于|属于|毗邻|紧邻|地属)[^,;:。]{0,8}$")
_ONE_OF_THE_PLACES = re.compile(r"一个(?:国家级|省级|市级)?(?:开发区|园区|高新区|经开区|工业园区)")
_PLACES_PARK_AFTER = re.compile(r"的(?:一个)?(?:国家级|省级|市级)?(?:经济技术开发区|开发区|园区|高新区|经开区|工业园区)")


def _towns_not_naming_a_park(head: str) -> list[re.Match]:
    """The named cities and counties in ``head`` that are subjects of their own, not the first word of a
    park's name: a park is named after the city or county it lies in (天水市经济技术开发区, 湄潭县工业园区),
    and such a name speaks of the park, not of its town."""
    towns = list(_NAMED_TOWN.finditer(head))
    if "区" in head:
        towns += _named_districts(head)
    if "省" in head:
        towns += _named_provinces(head)
    if not towns:
        return towns
    parks = [(p.start, p.start + len(p.name)) for p in find_park_mentions(head)]
    # (a province, a city or a county said right before a park's name, a smaller place between or not, places the park:
    # 贵州省贵阳高新区, 贵阳市贵阳高新区, 江苏省苏州市某某园区 — the park is the subject, not the place)
    return [t for t in towns if not any(a <= t.start() < b for a, b in parks)
            and not any(t.end() <= a <= t.end() + 5 and _PLACES_ONLY.fullmatch(head, t.end(), a) for a, _ in parks)]


def _named_districts(head: str) -> list[re.Match]:
    """The districts ``head`` names by their gazetteer names (石龙区, 龙文区: a county-level 区 the divisions list
    holds), as subjects like a named county — not a park's words (高新区, 经开区, 园区 are no districts) and not
    the short names a direction or 城 makes (东区, 城区, which name parts of parks as often as districts)."""
    out = []
    for at in (i for i, c in enumerate(head) if c == "区" and i >= 2):
        word = head[at - 2:at + 1]
        if word[0] not in _NOT_A_DISTRICT_START and head[at + 1:at + 2] not in _NOT_A_DISTRICT_END and is_division(word):
            out.append(re.compile(re.escape(word)).match(head, at - 2))
    return out


_PLACES_ONLY = re.compile(rf"(?:[{CJK}]{{2,3}}[市县区])?")


def _named_provinces(head: str) -> list[re.Match]:
    """The provinces ``head`` names by their gazetteer names (贵州省, 黑龙江省), as subjects like a named city: "贵州省工业
    投资完成2124亿元" is the province's ("省级", "省委" and a park named after its province are not)."""
    out = []
    for at in (i for i, c in enumerate(head) if c == "省" and i >= 2):
        if head[at + 1:at + 2] in _NOT_A_PROVINCE_END:
            continue
        for width in (2, 3):
            word = head[max(0, at - width):at + 1]
            if len(word) == width + 1 and is_division(word):
                if not _MEETING_AFTER.match(head, at + 1):  # (在海南省第七届人民代表大会…上表示: a venue, no subject)
                    out.append(re.compile(re.escape(word)).match(head, at - width))
                break
    return out


_MEETING_AFTER = re.compile(r"[^,;:。]{0,12}?(?:会议|大会|人大|政协|论坛|峰会|博览会|洽谈会|推介会|交易会)")
_NOT_A_PROVINCE_END = set("级委政直属内外")  # (贵州省级, 省委, 省政府, 省直, 省属, 省内, 省外: not the province as a subject)
_NOT_A_DISTRICT_START = set("东西南北中城新老全我本该各其园")
_NOT_A_DISTRICT_END = set("块域间位段片")  # (朝阳区块: a block of land, not 朝阳区)


# a named city or county (东方市, 青山县) — not 城市, 超市, 上市, 门市, 市场, 县城, 位于县…
_NAMED_TOWN = re.compile(rf"[{CJK}](?<![全我本该各])[{CJK}](?<![城超上门都股于在至和与及的到赴从向对强大])[市县](?![场民值长委书政级城区外])")
# (余姚市外实到内资: money from outside the city, not the city's figure)
# a named part of a park as the subject of its clauses ("其中，新材料功能区实现工业增加值…；完成销售收入…")
_SUB_AREA_WORDS = ("功能区", "片区", "分园", "园中园")
_SUB_AREA = re.compile(rf"(?<![本该我全各其])[{CJK}]{{2}}(?:功能区|片区|分园|园中园)")
# A unit that houses firms inside a park (an incubator, a maker space, an accelerator, a 创业园 or 双创中心) opening a
# clause as its subject: its firms and their sales are the unit's, a part of the park's, never the park's own count
# ("园区科技孵化器现有在孵企业58家，其中规上企业6家", "青岭创业园入驻企业45家，实现营业收入3.2亿元"). Its name may come
# before it (青岭科技企业孵化器), not a verb (园区内有孵化器3家，入园企业300家: the park's firms); a report that is the
# unit's own (its park name or title is the unit) speaks of itself.
_UNIT_WORDS = ("孵化器", "孵化园", "孵化基地", "孵化中心", "众创空间", "加速器", "创业园", "创业中心", "创业服务中心",
               "双创中心", "双创基地", "创新创业中心", "科创中心", "创客空间")
_UNIT_HINT = re.compile("孵化|众创|加速器|创业|双创|科创中心|创客")
_PARALLEL_WHY = "并列分句的另一主语，名称承前"
_UNIT_SUBJECT = re.compile(r"(?:其中|同时|另外|此外|目前|现在)?,?(?:园区|我园|本园|区内|园内|开发区|高新区|经开区)?(?:内|内的|的)?"
                           r"[^,;:。()有建设引拥成入落在和与及是为对把将新共已占比依通利借围推支打组#]{0,12}?(?P<unit>"
                           + "|".join(_UNIT_WORDS) + ")")
_UNIT_NAME = re.compile("|".join(_UNIT_WORDS))  # (the unit word alone: the place a clause's subject is)


def _units_as_subject(head: str, ctx: "_Context") -> list[re.Match]:
    """The units inside a park (孵化器, 众创空间, 创业园 …) that open a clause of ``head`` as its subject."""
    starts = [0] + [m.end() for m in _CLAUSE_SEP_RE.finditer(head)]
    found = []
    for at in starts:
        m = _UNIT_SUBJECT.match(head, at)
        if m and m.group("unit") not in ctx.own_words:
            found.append(_UNIT_NAME.match(head, m.start("unit")))
    return found


# A place's government (县委, 县政府, 市委市政府, 青岭县人民政府) opening a clause as its subject: what follows in its sentence
# is the place's work and the place's figures ("今年以来，县委县政府高度重视工业发展，全年实现规上工业产值260亿元"), until
# the park is named again (…，园区完成180亿元). Not the authority a body works under or by (在县委的领导下, 经县政府批准,
# 按照县委部署: not at a clause's start, or its leadership or approval named after it).
_ORGAN_SUBJECT = re.compile(rf"(?:今年以来|近年来|全年|今年|当年|同时|此外|另外)?,?(?:[{CJK}]{{2,3}}?)?(?<![在经按照根据由向对为与])"
                            r"(?:县|市|州|旗|盟|省)(?:委|政府|人民政府)(?:、?(?:县|市|州|旗|盟|省)?(?:政府|人民政府))?"
                            r"(?![^,;:。]{0,8}(?:领导|指导|批准|批复|同意|部署|要求|决策|安排|关心|支持|文件|印发|下达))")


def _organs_as_subject(head: str) -> list[re.Match]:
    """The place's governments that open a clause of ``head`` as its subject."""
    starts = [0] + [m.end() for m in _CLAUSE_SEP_RE.finditer(head)]
    return [m for m in (_ORGAN_SUBJECT.match(head, at) for at in starts) if m]


# a part of a park named as the subject: "XX工业园一期", "东区", "南片区", "分园"
_PART_OF_PARK = re.compile(r"(?:区)?(?:[一二三四五六]期|[东西南北中](?:片)?区|[东西南北中]园|片区|分园|园中园|起步区|拓展区|核心区)")


# whose report it is, from its opening: a province, a city, many parks together ("many"), or a county or
# a district ("place") — not a park's
_MANY_PARKS_PLACE = re.compile(r"全国|我国|国家级?|全省|我省|本省|该省|全市|我市|本市|全州|我州|[\d一二三四五六七八九十两]+(?:个|家|所|处|大)")


_REPORT_GENRE = re.compile(r"总结|计划|汇报|报告|思路|打算|要点")
_OWN_PARK_VOICE = re.compile(r"[xX×*_某]{1,4}(?:工业园区|产业园区|工业园|产业园|开发区|高新区|经开区|集中区|集聚区)"
                             r"|(?:园区|开发区|高新区|经开区|工业园)(?:党工委|管委会|管理委员会)")


# a town's street office (X街道, 潞城街道) speaking of itself in its opening sentence: a place's report
_NAMED_STREET = re.compile(rf"[{CJK}xX*]{{1,4}}街道(?!办事处主任|党工委书记)")


def _place_report(folded: str, title: str, zone_park: bool = False) -> str | None:
    """"many" or "place" when the report's opening names a province, a city, many parks, a county or a
    district as its subject before any park; None for a park's own report."""
    titled = fold(title or "")
    if _SUBJECT_PARK.search(titled) and not _OTHER_SCOPE.search(titled) and (
            _REPORT_GENRE.search(titled) or _OWN_PARK_VOICE.search(titled) or find_park_mentions(titled)):
        return None  # "工业园区2023年工作总结", "青山工业园区…": a park's own report, whatever its opening names first
    # (the title in Simplified, its punctuation as written: a title that is the opening's sentence, 今年以来，某街道…, stays
    # in it, as on a Simplified page)
    simplified_title = to_simplified(title or "")
    body = folded[len(title):] if title and folded.startswith(simplified_title) else folded
    opening = _mask(_COMPARISON, body[:200])
    place = _OTHER_SCOPE.search(opening) or (None if zone_park else _WHOLE_DISTRICT.search(opening)) \
        or _NAMED_STREET.search(opening, 0, opening.find("。") + 1 or len(opening))
    park = _SUBJECT_PARK.search(opening)
    if place is None or park is not None and park.start() < place.start() and not place.group().endswith(park.group()):
        return None
    first = opening[:opening.find("。") + 1 or len(opening)]
    if _OWN_PARK_VOICE.search(first) or _SUBJECT_PARK.search(first) and 0 < len({
            m.key for m in find_park_mentions(first)}) < 3:
        return None  # a park named (青山工业园区, XX工业园区) or speaking (园区管委会) at once: the park's own report
    # (竹科、中科及南科等三个科学园区: three parks or more named together are the parks together, no one park's voice, as
    # parks.choose_park reads a first sentence listing three; a park and a part of it are still the park's)
    many = any(_MANY_PARKS_PLACE.match(m.group()) for m in _OTHER_SCOPE.finditer(opening))  # (县域… 全市县域工业集中区)
    return "many" if many else "place"


_OPENING_READ = 600  # _place_report reads the body's first 200 characters; squeeze needs whole lines past them


def opening_voice(text: str, title: str = "") -> str | None:
    """Whose report a text with no park of its own is, from its opening: "many" (a province's, a city's,
    many parks), "place" (a county's, a district's, a street office's) or None — ``_place_report`` on
    the squeezed, folded opening only (the figures' reader asks the report's subject for it, not again)."""
    cut = text.find("\n", len(title) + _OPENING_READ)
    squeezed = fold(squeeze(text if cut < 0 else text[:cut], title)[0])
    if " " in squeezed or "\xa0" in squeezed:
        squeezed = squeezed.replace(" ", "_").replace("\xa0", "_")
    zone_title = bool(_ZONE_PARK.search(fold(title or "")))
    voice = _place_report(squeezed, title, zone_title)
    if zone_title or voice == _place_report(squeezed, title, True):
        return voice
    # (全区 in the opening: the district's, unless the whole text speaks as a zone; asked only then)
    folded = fold(text)
    return _place_report(squeezed, title, "全区" in folded and _speaks_as_a_zone(folded))


# what may stand before a park word without being part of its name: 园区 at a clause's start, 全年园区, 1-9月园区
_NO_NAME_BEFORE = re.compile(rf"(?:^|[^{CJK}]|[年月日的在和与及全各该本我其共是为由对将])$")


def _named_park(sentence: str, park: re.Match, look: bool = True) -> bool:
    """Whether a park word has a name before it (南塔工业园区, 玉溪高新区). The segmenter is asked only
    when a character that could begin a name stands right before the word (cheap, and most
    figures' 园区 stand alone); ``look=False`` answers only that first, cheap question."""
    if _NO_NAME_BEFORE.search(sentence, 0, park.start()):
        return False
    return not look or bool(find_park_mentions(sentence[max(0, park.start() - 16):park.end()]))


def _paragraph_park(sentence: str, ctx: _Context) -> str:
    """Whose paragraph a sentence stating no figure opens with a park word: 其他 when it is another park than the
    report's, named as the subject of its first clause (南塔工业园区是…, 2004年，某保税物流园…设立), else 园区."""
    numbered = _HEADING_START.match(sentence)  # (an item's number before the name: 1、南塔工业园区…)
    sentence = sentence[numbered.end():] if numbered else sentence.lstrip()
    park = _SUBJECT_PARK.search(sentence) if ctx.park_key is not None else None
    if park is None or _clause_start(sentence, park.start()) > 0 or not _named_park(sentence, park, look=False):
        return "园区"
    opener = _PARK_OPENS_CLAUSE.match(sentence).end()
    if sentence[opener:park.end()] in ctx.park_name:
        return "园区"  # the report's own park by its name or a short form of it (asked first: no segmenter)
    # (the name itself opens the sentence: not "使得某某工业园区成为…", a park as an object)
    if not any(m.start <= opener for m in find_park_mentions(sentence[:park.end()])):
        return "园区"
    return _park_subject(sentence, 0, park, ctx)


# A profile's zone and the parks it holds (session 29). The zone as the subject of a verb of holding or being made of, its
# parks the object (白塔河经济开发区由青石工业园、临港物流园两个园区组成，总规划面积30平方公里; 开发区包括…和…，注册企业1200余家):
# the figures after are the zone's own, not the last park named. A named park opening its sentence, the zone only where it
# lies (青石工业园位于开发区东部，规划面积6平方公里，园区共有注册企业312家), is that park's subject — its 园区 said bare
# is it again, a part of the zone (其他); and a park the zone holds named as the subject (开发区下辖的青石工业园注册企业
# 312家) is that park's.
_HOLDS_PARKS = re.compile(r"(?:现|共|目前)?(?:由|下辖|辖|管辖|托管|包括|包含|涵盖|分为|含)")
_HELD_BY_NAMED = re.compile(rf"(?:下辖|所辖|管辖|辖区内|旗下)的?[{CJK}]{{2,10}}$")  # (its name between)
_BARE_PARK_WORDS = frozenset(("园区", "开发区", "高新区", "经开区", "工业园", "产业园", "集中区", "集聚区", "园内", "区内"))


_LIES_IN_AFTER = re.compile(r"(?:位于|地处|坐落于|坐落在|地跨|毗邻|紧邻)")
_LIES_IN = re.compile(r"(?:位于|地处|坐落于|坐落在|地跨|毗邻|紧邻)[^,;:。]{0,4}$")
# a park's name opening its sentence: a time or nothing, then the name's own characters (no verb of another subject)
_NAME_OPENS = re.compile(rf"(?:{_TIME_ONLY.pattern})(?:(?!在|与|同|和|对|向|赴|到|于|将|经|由|从|为|是)[{CJK}]){{0,12}}")


def _not_where_it_lies(said: str, parks: list[re.Match]) -> list[re.Match]:
    """The parks of a sentence but one named only as where another lies (青石工业园位于开发区东部)."""
    if not any(word in said for word in ("位于", "地处", "坐落", "地跨", "毗邻", "紧邻")):
        return parks
    return [m for m in parks if not _LIES_IN.search(said, 0, m.start())]


def _parks_composing(sentence: str, said: str, start: int, parks: list[re.Match], ctx: _Context) -> str | None:
    """The scope a profile's zone and its parks decide (see _HOLDS_PARKS), or None."""
    if not parks:
        return None
    first = parks[0]
    own_clause = _clause_start(sentence, start)
    in_own_clause = [m for m in parks if m.start() >= own_clause]
    if len(parks) > 1 and not in_own_clause and _HOLDS_PARKS.match(said, first.end()) \
            and _park_subject(sentence, start, first, ctx) == "园区":
        return "园区"  # (the zone holds the parks named after it: the figures after them are the zone's)
    last = parks[-1]
    if len(parks) > 1 and _HELD_BY_NAMED.search(said, 0, last.start()) \
            and _park_subject(sentence, start, first, ctx) == "园区":
        return "其他"  # (开发区下辖的青石工业园注册企业312家: the held park's own)
    opens = _NAME_OPENS.fullmatch(said, 0, first.start())
    name = said[_TIME_ONLY.match(said, 0, first.start()).end():first.end()] if opens else ""
    own_core = ctx.park_name[:2]
    if opens and len(name) >= 4 and _LIES_IN_AFTER.match(said, first.end()) and name[:2] not in ctx.park_name \
            and (not own_core or own_core not in name) and (last is first or said[last.start():last.end()] in _BARE_PARK_WORDS
                                               and not _named_park(sentence, last)):
        return "其他"  # (a park other than the report's opening its sentence with where it lies: the sentence is its
        # profile, and its 园区 said bare is it again)
    return None


def _park_subject(sentence: str, start: int, park: re.Match, ctx: _Context) -> str:
    """园区 when the park word before a figure is the report's park, 其他 when it names a part of a
    park (市工业园一期…) or, in its own clause, another park than the report's (南塔工业园区 in a report
    on 巴林左旗工业园区)."""
    if _PART_OF_PARK.match(sentence, park.end()) and park.start() >= start:
        return "其他"  # (in the figure's own clause: "园区一期…初具规模，…，实现入驻企业10家" is the park's)
    # (园区 said bare in a province's or a city's report, "1至7月，园区新签约项目395个", is its parks together: the
    # subject the report speaks of, whose figures the blind sets label as the parks', eval10 p05, eval11 p26)
    opens = _clause_start(sentence, park.start()) if ctx.park_key is None and not ctx.parks_together else -1
    if opens >= 0 and sentence.startswith("其中", opens) \
            and (_SUBJECT_PARK.search(sentence, 0, opens) or opens == 0 and _SUBJECT_PARK.search(ctx.previous)):
        # "“一区四园”共完成…，其中经济开发区实现销售收入…": one member of the parks just stated, a part (not "全县…，
        # 其中园区企业完成…": the county's one park, its own figure)
        return "其他"
    # (after the province in its own sentence, "全省开发区…；园区实现…", 园区 is the park set against it)
    if ctx.park_key is None and ctx.not_a_park and not ctx.parks_together and _named_park(sentence, park):
        return "其他"  # (in a 新区's or a county's report, 东溪高新区完成…: one of its parks, not its own figure;
        # in a report on a place's parks together, each park it names is a park, and its figures are a park's:
        # 其中竹科1.7兆元、中科1.13兆元 — how the blind sets label them, eval7 p10)
    if ctx.park_key is None or sentence[park.start():park.end()] in ("我园", "本园", "园内", "区内", "全区", "我区", "本区"):
        return "园区"
    lo = max(0, park.start() - 16)
    has_name = _named_park(sentence, park, look=False)
    named = [m for m in find_park_mentions(sentence[lo:park.end() + 2]) if m.start + lo < park.end()] \
        if has_name else []
    if not named:
        # a park named for an industry, with no place (食品产业园, 智能制造产业园): a park within the report's
        # park, unless it is the report's own
        themed = has_name and park.group() == "产业园" and sentence[max(0, park.start() - 2):park.end()] not in ctx.park_name
        return "其他" if themed else "园区"
    named_key = park_key(named[-1].name)
    if "||" in named_key and "||" not in ctx.park_key and ctx.park_name.endswith(("新区", "新區")):
        # a new area's report (东溪新区, whose key has no head of a zone's) naming a zone built on its place (东溪高新区):
        # one of its parts, unless the page writes one name inside the other
        return "园区" if named[-1].name in ctx.park_name or ctx.park_name in named[-1].name else "其他"
    # one park said short or long (左旗工业园区, 巴林左旗工业园区): one place holds the other
    place, own = named_key.split("||")[0], ctx.park_key.split("||")[0]
    return "园区" if place in own or own in place or named[-1].place in ctx.park_name else "其他"


# a forecast said after a stated value, to the end of its item (…8.6亿元；预计全年可完成20亿元；…)
_FORECAST_ITEM = re.compile(r"(?:预计|预期|力争|确保|争取|有望)[^;]*;")


def _period(sentence: str, upto: int, ctx: _Context) -> str | None:
    """The last period named before the figure in its sentence (not one a forecast of an
    earlier item names: "完成58亿元，预计全年可完成70亿元；到位资金12.6亿元"), else the
    paragraph's or the report's."""
    head = _RATIO_PHRASE.sub(lambda m: "#" * len(m.group()), sentence[:upto])
    head = _FORECAST_ITEM.sub(lambda m: "#" * len(m.group()) if _VALUE_RE.search(head, 0, m.start()) else m.group(),
                              head)
    found = list(_PERIOD_RE.finditer(head))
    if found:
        return _period_name(found[-1])
    return ctx.period


@dataclass
class _Naming:
    """How a value got its name: the name, the quote's extent, and why (for ``inspect``)."""

    name: str
    qstart: int
    qend: int
    why: str
    target_after: bool = False
    ahead: re.Match | None = None  # a count whose own verb is still ahead (即将签约, 将于…开工)
    counted_after: bool = False
    part: str | None = None  # the unit a 其中 singles out of the whole before it (其中，东区完成…): a part's figure
    listed: str | None = None  # the place or park a list names with the value alone (_listed_place_name)


# A 其中 that singles out a unit of the whole just stated — a side or phase of the park (东区, 一期), a unit inside it
# (孵化器, 创业园, 加速器), a member zone or a town (某某片区, 某某镇) — gives that unit's own figure, as official writing
# splits a whole by its parts: "开发区完成工业总产值120亿元。其中，东区完成45亿元…", "新签约项目32个，其中孵化器新签约
# 项目8个": the part's (scope 其他), not a subset of the figure by class (其中亿元以上项目, 其中省外到位资金, 其中规上企业),
# which stays no figure. The unit is a noun phrase ending in a place or unit word, then its verb.
_PART_UNIT = re.compile(r"其中[,:]?\s*(?P<unit>[^,;:。、\d]{0,12}?(?:(?<![园社小城市县省州景])区|(?<![公乐])园|片区|组团|板块|"
                        r"[一二三四五六七八九]期|孵化器|加速器|众创空间|基地|街道|(?<![城])镇|乡))"
                        r"(?:内|内的)?(?:企业|入驻企业|在孵企业)?"
                        r"(?=(?:今年|全年|共|累计|已|当年)?(?:完成|实现|新签约|签约|引进|新开工|开工|入驻|新入驻|现有|拥有|共有|有)|$)")
# (matched from the 其中 to the figure's name: the name may follow the unit right away, 其中孵化器新签约项目8个)


# …and so does one named trade (其中电子信息产业实现产值200亿元, 其中食品加工业完成…): a part by trade, each its own
# (scope 其他, as the gold scopes an industry's output), not a class of firms (高新技术, 主导, 规模以上: no figure)
_PART_TRADE = re.compile(r"其中[,:]?\s*(?P<unit>(?P<trade>[^,;:。、\d]{2,10}?)(?:产业|行业|(?<![企商])业))"
                         r"(?=(?:今年|全年|共|累计|当年)?(?:完成|实现|达到?))")


# the output said as the sum a verb of producing brings, the sum before 产值 ("预期届时将可创造800亿元产值、2万个就业机会",
# "创造每年约25亿元产值", "可带来超过新台币1000亿元产业产值", "去年实现25亿元的产值"): the output of the clause's
# subject, as 实现产值25亿元 is (whose it is, and a project's prospect, are read as for any figure); a change (提高, 增加,
# 新增) or what a work induces (带动) is no output
# (session 41: and the sum in the looser forms Taiwan's press and zones abroad print — 元 left out after 亿, 创造逾2000亿产值,
# 将创289亿产值; a floor after it, 创造180亿元以上产值; in dollars, 创造60亿美元产值 — on 3 hosts of the study and reach
# pages, each a zone's output to come; 创 alone for 创造 as headlines shorten it)
_SUM_THEN_OUTPUT = re.compile(r"(?:创造|创(?![下新])|带来|实现|形成|完成)(?:了)?(?:年|每年|年均)?(?:超过|超|约|近|逾|达)?\s*(?:新台币|人民币)?\s*"
                              r"\d[\d.,]*(?:多|余)?(?:(?:亿|万)(?:元|美元)|亿)(?:以上)?(?:的)?(?P<name>(?:产业|工业)?(?:总)?产值)")
_SUM_THEN_OUTPUT_HINT = re.compile(r"(?:元|亿)(?:以上)?(?:的)?(?:产业|工业)?(?:总)?产值")
_SUM_THEN_OUTPUT_HOW = "（产出动词后先说数额、再说“产值”）"


def _output_brought_is_a_forecast(sentence: str, v: _Value, naming: "_Naming", ctx: "_Context") -> bool:
    """Whether output said as the sum a zone will create (将创造逾2000亿产值) is a forecast, not a target: outside a plan,
    no word aiming at it before it — as the jobs a zone will bring are (docs/labelling.md)."""
    if ctx.plan or _JOBS_AIMED.search(sentence, 0, v.start):
        return False
    return any(m.start() < v.start < m.end("name") for m in _SUM_THEN_OUTPUT.finditer(sentence, _clause_start(sentence, v.start)))


# a market's, a trading place's or commerce's turnover, its subject in the figure's clause ("园区内农产品批发市场实现营业额
# 32亿元", "跨境电商实现营业收入8亿元", "限上商贸企业实现销售额22亿元", "某商贸城实现营业收入12亿元"): the trade's own, scope
# 其他 — never a park named with such a word (某商贸物流园区, 某电商产业园), nor 市场主体 (every firm of a place)
_MARKET_OR_COMMERCE = re.compile(r"(?:市场(?!主体|化|监管|开拓|拓展|份额|占有)|商贸城|商城|交易中心|交易平台|电商|电子商务|商贸|批发零售|批零|住宿餐饮|限上|零售)"
                                 r"(?![^,;:。]{0,8}?(?:园区|产业园|物流园|开发区|高新区|经开区|基地|集聚区|园(?![^,;:。]*?实现)))")
# the sectors of the national classification that are no industry — farming, construction, services — and the work that
# makes their output (施工, 种植, 养殖): their output (建筑业实现施工产值…, 实现农业产值…) is no 工业总产值 of any scope
_OTHER_SECTOR = r"(?:施工|建筑|建安|种植|养殖|农业|林业|牧业|畜牧|渔业|农林牧渔|服务|旅游|文旅|商贸|批发|零售|餐饮|住宿|房地产|金融|运输|物流)"
_SECTOR_SUBJECT = re.compile(_OTHER_SECTOR + r"业?(?:企业)?(?:共|全年|累计|上半年)?(?:实现|完成|创造)(?:了)?$")
_SECTOR_TRADE = re.compile(_OTHER_SECTOR + r"业?")
_TRADE_HOW = "（一个产业的数：是园区的一部分）"  # (its output or its turnover: 光伏产业总产值, 光电产业营业额)
# a trade's output right after the verb, its value next ("实现石化产值767亿元", "完成纺织服装产值12亿元"): that trade's
# output, a part of the park's (scope 其他) — the park's own where the park is that trade's (某石化园区: its words)
_TRADE_OUTPUT = re.compile(rf"(?<=实现|完成)(?P<trade>[{CJK}]{{2,4}}?)(?:工业)?产值(?=[\d约近达超逾为])")
_TRADE_OUTPUT_HOW = "（动词后某产业的产值）"
_NOT_A_TRADE_OUTPUT = re.compile(r"工业|规上|规模|限额|年|月|季|期|总|全|园区|区|企业|公司|项目|新增|新|以上|高新|高技术|重点|主导|"
                                 r"龙头|骨干|生产|增加|累计|当|本|今|去|上|下")
# (以 + the trade ranked first, as a breakdown opens: 以光电产业营业额最高, its period or the whole's name before it:
# 1至4月份以光电产业营业额最高, 营业额主要以光电产业…; the trade's firms counted before it: 24家精密机械产业营业额约为…)
_NAMED_TRADE = re.compile(r"^(?:其中|同时|另外)?[,:]?(?:[^,;:。]{0,24}?(?<![可所])以)?(?:\d+家)?"
                          r"(?!去年|今年|全年|当年|上年|本年|上半年|下半年|推动|推进|促进|力争)"
                          r"[^,;:。\d、和及与]{2,8}产业$")
_CLASS_OF_FIRMS = re.compile(r"以上|规模|规上|重点|高新|高技术|战略|新兴|主导|支柱|^工业$")


# the money of a park's whole (what it produced, earned, paid, invested, signed, brought in): never under 10,000 元
_PARK_SCALE_MONEY = frozenset(("工业总产值", "工业增加值", "营业收入", "税收", "财政收入", "固定资产投资", "工业投资",
                               "招商引资到位资金", "签约资金", "出口额", "实际利用外资"))
_SKIP = object()  # a value that is a part or another quantity: no figure, whatever else might name it


# what a signing is when it is none of a project's: a framework, an intention, a memorandum
_OF_INTENT = re.compile(r"框架协议|框架協議|意向协议|意向協議|意向书|意向書|合作意向|备忘录|備忘錄")


def _name_value(sentence: str, v: _Value, names: list[_Name], values: list[_Value], growths, figures: list[_Figure],
                respective: dict, ctx: _Context):
    """The name of one value (a _Naming), None when nothing names it, _SKIP when it is a part."""
    if "中" in sentence and _count_of_a_frames_set(sentence, v):
        return _SKIP  # "在76个新签约项目中，…": the set the list is drawn from, counted where it was stated
    after = _count_after(sentence, v, names, ctx.event)
    if after and _AMONG_COUNTED.search(sentence, 0, _clause_start(sentence, v.start)):
        return _SKIP  # "落户的项目中，参与集中签约的有4个项目": a part of the projects counted before
    if _UNIT_KIND.get(v.unit) in ("count", "money") and _AMONG_OPENING.match(sentence):
        return _SKIP  # "新签项目中市内项目60个，协议资金43.1亿元": a sentence opening among those counted before, a part
    if v.start in respective:
        if respective[v.start] is None:
            return _SKIP  # a value of a "分别" list whose item is no key figure, or of a list that cannot be aligned
        at = respective[v.start, "from"]
        year = respective.get((v.start, "year"))
        return _Naming(respective[v.start], _clause_start(sentence, at), v.end,
                       f"“分别”逐年列出的值（{year}年）" if year else "“分别”前列出的名称")
    brought = _firms_brought_in_with_money(sentence, v) if after is None or after[0] == "入园企业数" else None
    if brought:  # "今年引进高科技厂商20家，…投资总金额43.35亿元", "共引进22家厂商，投资额达2,788亿元"
        return _Naming("签约项目数", _clause_start(sentence, v.start), brought,
                       f"一段时间引进的厂商及其投资额：引进的个案（{sentence[_clause_start(sentence, v.start):brought]}）")
    if after and after[0] == "签约项目数" and _OF_INTENT.search(re.match(r"[^，,；;。]*", sentence[v.end:]).group(0)):
        return None  # "其中9个项目已签订框架协议": what was signed is a framework or an intention, no signed project
        # (docs/labelling.md: agreements of intent are no signed count)
    if after:
        # (searched to the sentence's end, so that 计划 can see the 总投资 after it)
        ahead = _NOT_YET.search(sentence, v.end)
        if ahead and ahead.group() in ("计划", "计画") and ahead.end() == after[1]:
            ahead = _NOT_YET.search(sentence, after[1])  # ("共批准463个工业计划": 计划 the noun counted, Malaysia's projects)
        # (in the count's own clause: "4家企业入驻园区，预计年内均可建成投产" — they came in; the next clause's forecast
        # is of what they will do)
        ahead = ahead if ahead and ahead.start() < after[1] + 4 and not _CLAUSE_SEP_RE.search(sentence, after[1], ahead.start()) \
            else None
        trade = after[2] if len(after) > 2 and after[2][:2] not in ctx.own_words else None  # (a trade's firms: a part)
        return _Naming(after[0], _clause_start(sentence, v.start), max(v.end, after[1]),
                       f"数在名前：{sentence[v.start:after[1]]}", ahead=ahead, counted_after=True, part=trade)
    if _TARGET_BEFORE_VALUE.search(sentence[:v.start]) and sentence[v.end:v.end + 1] == "的" and figures:
        # "完成年任务75亿元的23.7%": the year's target for the figure just stated
        return _Naming(figures[-1].name, _clause_start(sentence, v.start), _GROWTH_END.match(sentence, v.end).end(),
                       "前一指标的年任务")
    if figures and _TARGET_AFTER_VALUE.match(sentence, v.end) and _TARGET_LEAD.search(
            sentence, _clause_start(sentence, v.start), v.start):
        # "完成59.5亿元，为市下达115亿元目标的51.7%": the target of the figure just stated
        qend = _GROWTH_END.match(sentence, _TARGET_AFTER_VALUE.match(sentence, v.end).end()).end()
        return _Naming(figures[-1].name, _clause_start(sentence, v.start), qend, "前一指标的目标", target_after=True)
    n = _pair_name(sentence, v, names, growths)
    part = None
    unit = None  # the part a 其中 singles out (a unit, a trade, a class): the figure is that part's
    if n is not None:
        lead = sentence[_clause_start(sentence, n.start):n.start]
        among = _among(sentence, n, values, figures, ctx)
        part = _PART_UNIT.match(sentence, sentence.rfind("其中", 0, n.start), n.start) \
            if "其中" in (among or lead) and n.name != "面积" else None  # (how a zone's land splits is its layout)
        if part is None and "其中" in (among or lead) and "业" in lead and n.name != "面积":
            part = _PART_TRADE.match(sentence, sentence.rfind("其中", 0, n.start), n.start)
            if part and (_GENERIC_TRADE.search(part.group("trade")) or _CLASS_OF_FIRMS.search(part.group("unit"))
                         or _SUBJECT_PARK.search(part.group("unit"))):
                part = None  # (其中高新技术产业…, 其中主导产业…: a class of the firms, a subset, no figure)
        unit = part.group("unit") if part else None
        if part is None and (
                _PART_OF.search(lead) and not _SUBJECT_PARK.search(lead) and not _whole_is_no_figure(sentence, n, values, figures)
                or among and not _SUBJECT_PARK.search(among) and not _PART_BY_TIME.match(among)):
            # "其中1000万元以上项目到位资金…", "其中一般预算收入…", "其中，省外到位资金…；工业项目到位资金…":
            # parts of the figure before, by class: each the part's own figure (scope 其他), listed as a part
            words = sentence[max(0, sentence.rfind("其中", 0, n.start) + 2):n.start].strip(" ,:")
            if n.name == "面积" and re.search(r"项目|企业|公司|厂|楼", words.rsplit(";", 1)[-1]):  # (an item before a ; is not its owner)
                return _SKIP  # "其中一期项目占地300亩": a project's land, no figure of the zone or its parts
            if not (n.name == "面积" and re.search(r"建成|开发", words + sentence[n.start:n.end])):
                unit = words or "其中"  # (not "其中已建成面积5.3平方公里": how much of the zone is built, its own)
    if n is not None and n.name == "面积" and v.unit in _FLOOR_UNITS and not _LAND_WORD.search(sentence, n.start, n.end):
        return _SKIP  # "规划建设面积约16万平方米", "建成面积2.7万平方米的花苑": floor space, not a zone's land (see _FLOOR_UNITS)
    if n is not None and _kind_fits(n.name, v.unit):
        clause = sentence[_clause_start(sentence, v.start):v.start]
        if n.blocked and (not n.increment or clause == sentence[n.end:v.start] or not _STATUS_ONLY.match(clause)):
            return _SKIP
        n.used = True
        return _Naming(n.name, _clause_start(sentence, n.start), v.end, f"名称“{sentence[n.start:n.end]}”{n.how}",
                       part=unit or (None if n.part and n.part[:2] in ctx.own_words and "逐一列出" not in n.how else n.part))
    if n is None and _UNIT_KIND.get(v.unit) == "area" and v.unit not in _FLOOR_UNITS \
            and (zone := _OF_A_ZONE_AFTER.match(sentence, v.end)) and not _ZONE_NAME_OTHER_OWNER.search(zone.group(0)[1:-2]) \
            and not _FORMERLY.search(sentence, max(0, v.start - 4), v.start):  # (昔日12.7平方公里的园区: what it was)
        # "规划建设2000亩的预制菜产业园", "一个占地…": the land a zone is measured by, said before it as its attribute
        return _Naming("面积", _clause_start(sentence, v.start), zone.end(), f"数在名前：{sentence[v.start:zone.end()]}（园区的面积）")
    named_after = _name_after_value(sentence, v, names) if n is None or not _kind_fits(n.name, v.unit) else None
    if named_after is not None:
        named_after.used = True
        return _Naming(named_after.name, _clause_start(sentence, v.start), named_after.end,
                       f"数在名前：{sentence[v.start:named_after.end]}", part=named_after.part)
    if ctx.last_name and n is None and "看" in sentence:
        # (the name of the item before in the sentence, else the whole's)
        carried = next((f.name for f in reversed(figures) if f.value is not None), ctx.last_name)
        part = _part_of_a_breakdown(sentence, v, carried)
        if part:
            return _Naming(carried, _item_start(sentence, v.start), v.end,
                           f"“{_BREAKDOWN.match(sentence).group().strip(' ,:')}”逐项列出的部分，名称承前（{carried}）",
                           part=None if ctx.parks_together else part)  # (parks together: each park's is a park's)
    if n is None and _FRAME_WORDS.search(sentence + ctx.previous):
        part = _part_of_a_framed_list(sentence, v, figures, ctx.last_name, ctx.previous)
        if part:
            return _Naming(part[0], _item_start(sentence, v.start), v.end,
                           f"框定指标后逐项列出的部分，名称承前（{part[0]}）", part=None if ctx.parks_together else part[1])
    if n is None and "其中" in sentence and (figures or names or ctx.last_name) and _UNIT_KIND[v.unit] == "money":
        part = _part_of_a_qizhong_list(sentence, v, names, values, figures, ctx.last_name)
        if part:
            return _Naming(part[0], _item_start(sentence, v.start), v.end,
                           f"“其中”逐项列出的部分，名称承前（{part[0]}）", part=None if ctx.parks_together else part[1])
    if n is None and "其中" in sentence and figures and v.unit in ("家", "户"):
        part = _firms_of_a_qizhong_list(sentence, v, names, values, figures)
        if part:
            return _Naming("入园企业数", _item_start(sentence, v.start), v.end,
                           "“其中”逐项列出的一部分企业", part=part)
    if n is None and "其中" in sentence and figures and _UNIT_KIND[v.unit] == "count":
        part = _part_counted_by_verb(sentence, v, figures)
        if part:
            return _Naming(part[0], _clause_start(sentence, v.start), v.end,
                           f"“其中”之后只写动词的一部分的项目数（{sentence[_clause_start(sentence, v.start):v.start]}）",
                           part=part[1])
        part = _projects_of_a_place_in_a_qizhong_list(sentence, v, figures)
        if part:
            return _Naming(part[0], _item_start(sentence, v.start), v.end,
                           f"“其中”逐项列出的各地项目数，名称承前（{part[0]}）", part=part[1])
        part = _projects_of_a_kind_in_a_qizhong_list(sentence, v, figures)
        if part:
            return _Naming(part[0], _item_start(sentence, v.start), v.end,
                           f"“其中”逐项列出的各类项目数，名称承前（{part[0]}）", part=part[1])
    if n is None and figures and figures[-1].name == "签约项目数" and "按规模或级别" in figures[-1].why_name \
            and v.unit in _COUNT_UNITS and figures[-1].value is not None:
        # "引进1000万美元以上外资项目18个，亿元以上内资项目17个": the next class listed after the verb's, the verb unsaid
        start = _item_start(sentence, v.start)
        item = _project_class_item(sentence, start, v.start)
        if item and "其中" not in sentence[:v.start] and not item.group("unit").startswith(("新", "签", "引", "落", "开", "竣")) \
                and re.fullmatch(r"\s*[,、]\s*", sentence[figures[-1].value.end:start]):
            return _Naming("签约项目数", start, v.end, f"按规模或级别计数的签约项目，动词承前（{item.group('unit')}）")
    if n is None and "其中" in sentence and (figures or ctx.last_name) and _UNIT_KIND[v.unit] == "count":
        part = _projects_of_a_class_in_a_qizhong_list(sentence, v, figures, ctx.last_name)
        if part:
            return _Naming(part[0], _item_start(sentence, v.start), v.end,
                           f"“其中”按规模或级别列出的项目数，名称承前（{part[0]}）", part=part[1])
    if n is None and _TARGET_BEFORE_VALUE.search(sentence, _clause_start(sentence, v.start), v.start):
        after = _named_next(sentence, v, names)
        if after is not None:  # "全年目标任务120亿元，上半年完成工业总产值65亿元": the target of the figure told next
            return _Naming(after.name, _clause_start(sentence, v.start), v.end,
                           f"目标在前、名称在后一分句（{sentence[after.start:after.end]}）")
    # no name, or one of another kind ("引进外资项目12个": 引进外资 is money, 项目 counted)
    for why, name in (("“项目”与其动词", lambda: _project_before(sentence, v)),
                      ("承前省略的名称", lambda: _carried_name(sentence, v, values, growths, figures, ctx)),
                      ("签约项目的总投资", lambda: _cost_of_signed(sentence, v, values, names)),
                      ("句首的名称（其间只说走势）", lambda: _topic_name(sentence, v, names, values)),
                      ("列表中只写动词的项目数", lambda: _projects_of_the_list(sentence, v, figures)),
                      ("动词后先列举项目、再计数", lambda: _projects_named_after_verb(sentence, v)),
                      (_PARALLEL_WHY, lambda: _parallel_subjects_name(sentence, v, values, growths, figures))):
        found = name()
        if found:
            return _Naming(found, _clause_start(sentence, v.start), v.end, why)
    listed = _listed_place_name(sentence, v, names, values, growths, figures) if n is None and figures else None
    if listed:
        qizhong = "其中" in sentence[:v.start] and listed[2][:2] not in ctx.own_words
        return _Naming(listed[0], listed[1], v.end, f"{_LISTED_PLACE_HOW}（{listed[2]}），名称承前（{listed[0]}）",
                       part=listed[2] if qizhong else None, listed=listed[2])
    return None


# A whole count of projects split by 其中 among units of the park (its sides, member parks, towns), each told with the
# verb alone: "全区签约…27个项目，…，其中，高新区签约19个、合同额193亿元，服务业发展区签约8个、…" — each count is that
# part's own count of the whole's kind (scope 其他), as _PART_UNIT reads a part with its name; a split by state
# (其中拟建10个，在建7个，投产1个) names no unit and gives none.
_PART_VERB_ITEM = re.compile(r"(?:其中[,:]?)?(?P<unit>[^,;:。、\d]{1,12}?(?:(?<![园社小城市县省州景])区|(?<![公乐])园|片区|基地|"
                             r"孵化器|街道|(?<![城])镇|乡))(?:今年|全年|共|累计)?(?P<verb>新签约|签约|新开工|开工|竣工投产|投产|竣工)"
                             r"(?:项目)?(?:共|达)?")


def _part_counted_by_verb(sentence: str, v: _Value, figures: list[_Figure]) -> tuple[str, str] | None:
    at = sentence.rfind("其中", 0, v.start)
    whole = next((f for f in reversed(figures) if f.value is not None and f.value.end <= at and f.name in _PROJECT_COUNTS), None)
    if whole is None or whole.name not in _PROJECT_COUNTS:
        return None
    m = _PART_VERB_ITEM.fullmatch(sentence, _clause_start(sentence, v.start), v.start)
    if not m or next((name for name, verb in _PROJECT_VERBS if verb.search(m.group("verb"))), None) != whole.name:
        return None
    return whole.name, m.group("unit")


# The projects just counted split by 其中 among the places they are in, each item a place, 项目 and its count
# ("集中开工的28个项目…，其中：甲区项目3个，总投资…；乙县项目6个，…"): each count is its place's part of the whole's
# kind (新开工, 签约 …), scope 其他; the items' costs may stand between them
_PLACE_PROJECTS_ITEM = re.compile(r"(?:其中[,:]?)?\s*(?P<unit>[^,;:。、\d]{1,12}?(?:区|县|市|镇|乡|旗|园|片区|基地))(?:的)?"
                                  r"(?:重大|重点)?(?:工业|产业)?项目(?:共|有|共有)?(?:约|近)?")


def _projects_of_a_place_in_a_qizhong_list(sentence: str, v: _Value, figures: list[_Figure]) -> tuple[str, str] | None:
    at = sentence.rfind("其中", 0, v.start)
    whole = next((f for f in reversed(figures) if f.value is not None and f.value.end <= at
                  and f.name in _PROJECT_COUNTS), None)
    if whole is None or v.unit not in _COUNT_UNITS:
        return None
    m = _PLACE_PROJECTS_ITEM.fullmatch(sentence, _item_start(sentence, v.start), v.start)
    if not m or _SUBSET.search(m.group("unit")):
        return None
    return whole.name, m.group("unit")


# The signed projects just counted split by 其中 by where their capital comes from ("共签约项目130个，其中外资
# 项目36个，总投资11亿美元；内资项目94个，总投资156亿元", "已有5个项目签约，…，其中外资项目2个"): each kind's own count of
# the signed (scope 其他), its money after it too, as the blind labellers list them; a class by size or rank (其中亿元以上
# 项目) is read below, a sector (其中工业项目) stays the house's class, and a state (其中在建…, 拟建…) is none
_PROJECT_KIND_ITEM = re.compile(r"(?:其中[,:]?)?\s*(?P<unit>(?:外资|内资|台资|港资|港澳台资|侨资|外商投资|外商独资|中外合资|合资)项目)(?:有|共|共有|达|为)?(?:约|近)?\s*")


# The projects just counted split by 其中 by a class of size or rank, each class then its count ("共签约项目61个，协议总投资
# 221亿元，其中亿元以上项目49个，协议投资总额215亿元", "其中，10亿元以上项目4个，5亿元~10亿元项目3个", "力争…，其中50亿元或
# 5亿美元以上工业项目2个"): each class's count of the whole's kind (签约, 开工, 竣工), scope 其他, as the study sets'
# labellers of session 31 list them (4 pages of 5; the blind sets, by session 30's count, 6 listed : 4 not); the whole is
# the count before the 其中 in the sentence, else, with the sentence opening on 其中, the paragraph's last figure
_SIZE_BOUND = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百]+)?\s*(?:亿|千万|百万|万)?(?:美元|元)?"
_SIZE_SPAN = rf"{_SIZE_BOUND}(?:\s*[~～\-—–至到]\s*{_SIZE_BOUND})?"
_PROJECT_CLASS_ITEM = re.compile(r"(?:其中[,:]?)?\s*(?P<unit>(?:新签约?|签约|新引进|引进|新落地|落地|新开工|开工|竣工)?(?:"
                                 rf"(?P<size>{_SIZE_SPAN}(?:或{_SIZE_SPAN})?(?:及|或)?(?:以上|以下)?)(?:的)?|"
                                 r"(?P<rank>(?:超|过|逾)(?:\d+|[十百千])?(?:亿|千万|百万|万)元?|(?:十|百)?亿元?级|(?:国家|省|市|县)?级?(?:重大|重点))(?:的)?)"
                                 r"(?:重大|重点)?(?:工业|产业|制造业|先进制造业|实体|服务业|现代服务业|外资|内资)?(?:的)?项目)"
                                 r"(?:有|共|共有|达到?|为)?(?:约|近)?\s*")


# ...and the class said by its bound alone, 项目 left unsaid after the whole named it ("新签约项目60个，其中亿元以上18个",
# "新签约亿元以上项目26个，其中50亿元1个、10亿元3个、5亿元以上4个"): the same class of the same projects, as reports
# shorten a list's items (labelled on 2 pages of 3, three hosts: session 34); only after 其中 (see the caller), and only
# with money in its bound (亿元, 万元): a bare number before the count is no class
_PROJECT_SIZE_ITEM = re.compile(rf"(?:其中[,:]?)?\s*(?P<unit>(?P<size>{_SIZE_SPAN}(?:或{_SIZE_SPAN})?(?:及|或)?(?:以上|以下)?))"
                                r"(?:的)?(?:有|共|共有|达到?|为)?(?:约|近)?\s*")


def _project_class_item(sentence: str, start: int, end: int, noun_unsaid: bool = False) -> re.Match | None:
    m = _PROJECT_CLASS_ITEM.fullmatch(sentence, start, end)
    if not m and noun_unsaid:
        m = _PROJECT_SIZE_ITEM.fullmatch(sentence, start, end)
        if m and not re.search(r"[亿万]元|[亿万](?:元)?(?:及|或)?以[上下]", m.group("size")):
            return None
    if not m or m.group("size") is not None and not re.search(r"[亿万]", m.group("size")):
        return None  # (a class needs its bound: "其中项目3个", "工业项目21个" are no class of size)
    return m


def _projects_of_a_class_in_a_qizhong_list(sentence: str, v: _Value, figures: list[_Figure],
                                           last_name: str | None) -> tuple[str, str] | None:
    at = sentence.rfind("其中", 0, v.start)
    if at < 0 or v.unit not in _COUNT_UNITS:
        return None
    m = _project_class_item(sentence, _item_start(sentence, v.start), v.start, noun_unsaid=True)
    if not m:
        return None
    wholes = {"签约项目数" if f.name == "签约资金" else f.name for f in figures if f.value is not None and f.value.end <= at
              and f.name in (*_PROJECT_COUNTS, "签约资金")}  # (the signed money split into its projects: "协议投资总额
    # 达400亿元，其中…项目2个"; counts of two kinds before, 签约12个，开工8个，竣工5个，其中…: whose part, unsaid)
    if len(wholes) > 1:
        return None
    if wholes:
        return wholes.pop(), m.group("unit")
    if sentence[:at].strip() or any(f.value is not None and f.value.end <= at for f in figures):
        return None
    # (a sentence opening on 其中 splits the paragraph's last count; signed money said last stands for its projects)
    name = "签约项目数" if last_name == "签约资金" else last_name
    return (name, m.group("unit")) if name in _PROJECT_COUNTS else None


def _projects_of_a_kind_in_a_qizhong_list(sentence: str, v: _Value, figures: list[_Figure]) -> tuple[str, str] | None:
    at = sentence.rfind("其中", 0, v.start)
    whole = next((f for f in reversed(figures) if f.value is not None and f.value.end <= at
                  and f.name in _PROJECT_COUNTS), None)
    if whole is None or whole.name != "签约项目数" or v.unit not in _COUNT_UNITS:
        return None
    m = _PROJECT_KIND_ITEM.fullmatch(sentence, _item_start(sentence, v.start), v.start)
    return (whole.name, m.group("unit")) if m else None


# A whole split by 其中 among its units each told with its value alone, as bulletins list parts after the whole:
# "营业额达2兆5,960亿元，年增5.47%；其中，竹科1万755.14亿元，年增5.56%，中科7,248.82亿元，…" — each value is its
# unit's own figure of the whole's quantity (a part, scope 其他; parks together: each park's), as a breakdown's is. The unit
# is a place or unit noun (东区, 二期, 孵化器, 某镇) or a science park's short name; a class (其中亿元以上项目, 其中规上企业)
# or a trade (其中电子信息产业…: see _PART_TRADE) is no unit, and a name or a value of another kind between the whole and
# the part ends the list.
_QIZHONG_UNIT = (r"(?:其中[,:]?)?\s*(?P<unit>[^,;:。、\d全]{0,10}?(?:(?<![园社小城市县省州景全])区|(?<![公乐])园|片区|组团|"
                 r"[一二三四五六七八九]期|孵化器|加速器|基地|街道|(?<![城])镇|乡|竹科|中科|南科|^新竹|(?<=其中)新竹))")
# (the unit's share said 的部分, its verb after a comma or none: "其中竹科的部分，达11418亿元，…，中科的部分达2657.2亿元")
_QIZHONG_ITEM = re.compile(_QIZHONG_UNIT + r"(?:的部分[,]?)?(?:则)?(?:完成|实现|达到|达|为)?(?:约|近)?(?:新台币|人民币)?\s*")
# (an item whose unit opens the clause before, a remark between: "；南科则一枝独秀，达3,488亿元")
_QIZHONG_ITEM_REMARKED = re.compile(_QIZHONG_UNIT + r"(?:则|更|也|亦)[^,;:。\d%]{1,10}")
_BOUND_VERB_ONLY = re.compile(r"(?:达到|达|为|则为)(?:约|近)?(?:新台币|人民币)?\s*")
# (a whole that 其中 splits, stated with no value of its own: "三大科学园区营收创新高，其中竹科0.82兆元，…")
_NAMED_WHOLE_BEFORE = re.compile(r"[^,;:。\d%]{0,12}[,:]?\s*$")


def _part_of_a_qizhong_list(sentence: str, v: _Value, names: list[_Name], values: list[_Value],
                            figures: list[_Figure], last_name: str | None = None) -> tuple[str, str] | None:
    """The whole's name and the unit of an item 其中 lists with its value alone: the whole is the figure before the
    其中 in its sentence, else its name said there with no value (…营收创新高，其中竹科0.82兆元), else, where nothing
    but a speaker stands before the 其中 (某次长表示，其中新竹4,923亿元), the paragraph's figure just before."""
    at = sentence.rfind("其中", 0, v.start)
    whole = next((f for f in reversed(figures) if f.value is not None and f.value.end <= at), None)
    if whole is not None:
        if _UNIT_KIND.get(whole.value.unit) != "money" or not _kind_fits(whole.name, v.unit):
            return None
        name = whole.name
    else:
        before = [n for n in names if n.end <= at and not n.blocked]
        if any(u.end <= at for u in values):
            return None
        if before and _NAMED_WHOLE_BEFORE.match(sentence, before[-1].end, at) and _kind_fits(before[-1].name, v.unit) \
                and _NAME_KIND.get(before[-1].name, "money") == "money":
            name = before[-1].name
        elif not before and last_name and _NAME_KIND.get(last_name, "money") == "money" and _kind_fits(last_name, v.unit) \
                and "," in sentence[:at] and not sentence[:at].rstrip(" ,:").endswith(("的", "中")):
            name = last_name  # (the whole stated in the sentence before: "营业额为新台币1兆780亿元。…表示，其中新竹…")
        else:
            return None
    if any(at < n.start < v.start and n.name != name for n in names) or any(
            at < u.start < v.start and _UNIT_KIND.get(u.unit) != "money" for u in values):
        return None  # (a name or a value of another kind between: no longer the whole's list)
    start = _item_start(sentence, v.start)
    m = _QIZHONG_ITEM.fullmatch(sentence, start, v.start)
    if not m and start > at + 2 and _BOUND_VERB_ONLY.fullmatch(sentence, start, v.start):
        m = _QIZHONG_ITEM_REMARKED.fullmatch(sentence, _clause_start(sentence, start - 1), start - 1)
    if not m or _CLASS_OF_FIRMS.search(m.group("unit")) or "业" in m.group("unit"):
        return None
    return name, m.group("unit")


# The park's firms just counted, split by 其中 among its parts, each item named then counted ("园区共入驻企业67户，其中，甲产业园
# 55户、乙产业园11户"): each count is that part's firms (scope 其他); split by trade or kind instead (其中文化企业7337家) they
# give none (_firms_of_a_kind, which _sentence_figures asks of every part of the firms)
_FIRMS_ITEM = re.compile(rf"(?:其中[,:]?)?\s*(?P<unit>[{CJK}A-Za-z()]{{2,16}}?)(?:企业|厂商)?(?:有|为|共|达|约|近|超过?)?$")


_FIRMS_STATE = re.compile(r"投产|建成|在建|开工|生产|停产|运营|签约|落地|入驻|落户|开业|竣工|注册")

# The park's firms just counted, split by 其中 by their trade or their kind (其中工业企业442户; 其中文化企业7337家; 其中再生资源加工
# 企业180多家; 其中购地企业43家，租地企业8家，…): a class of the firms, no count of the park's nor of a part of it — the
# labellers listed none on 4 pages (eval48, study11, eval57, eval58), as a class of projects split by industry gives
# none. Split among the park's parts (其中，甲产业园55户) or by where the capital came from (其中澳门企业50家, 外资企业) they stay
# each part's count.
_KIND_ITEM = re.compile(rf"(?:其中[,:]?)?\s*(?P<kind>[{CJK}]{{1,14}}?)(?:企业|厂商|公司)(?:有|为|共|达到?|约|近|超过?)?$")
_PART_OR_ORIGIN = re.compile(r"(?:园|园区|区|基地|片区|组团|板块|县|市|镇|乡|街道)(?:内|里)?(?:入驻|落户|进驻|注册|集聚|现有|共有|拥有|有)?(?:的)?$|外资|外商|外企|三资|合资|独资|台资|台商|港资|"
                             r"澳资|侨资|内资|民营|国有|国企|央企|澳门|香港|台湾|境外|国外|海外|跨国|外省|省外|外地|本地|世界|中外")


def _firms_of_a_kind(sentence: str, v: _Value) -> bool:
    """Whether the firms counted at ``v``, a part 其中 splits off the park's, are a trade's or a kind's."""
    m = _KIND_ITEM.fullmatch(sentence, _item_start(sentence, v.start), v.start)
    return bool(m) and "其中" in sentence[:v.start] and not _PART_OR_ORIGIN.search(m.group("kind"))


def _firms_of_a_qizhong_list(sentence: str, v: _Value, names: list[_Name], values: list[_Value],
                             figures: list[_Figure]) -> str | None:
    at = sentence.rfind("其中", 0, v.start)
    whole = next((f for f in reversed(figures) if f.value is not None and f.value.end <= at), None)
    if whole is None or whole.name != "入园企业数" or whole.scope != "园区" and not whole.part:
        return None
    if any(at < n.start < v.start for n in names) or any(at < u.start < v.start and u.unit not in ("家", "户") for u in values):
        return None  # (a name or a value of another kind between: no longer the whole's list)
    if any(whole.value.end <= u.start and u.end <= at for u in values):
        return None  # (another count between the whole and 其中: "引入企业554家，在孵企业406家，其中4家…" splits that one)
    m = _FIRMS_ITEM.fullmatch(sentence, _item_start(sentence, v.start), v.start)
    if not m or m.group("unit").startswith("其中") or _NOT_A_TRADE.search(m.group("unit")) or _CLASS_OF_FIRMS.search(m.group("unit")) \
            or _FIRMS_STATE.search(m.group("unit")):
        return None  # (其中规上企业…: a class with a name of its own, read as such; 其中建成投产企业…: a state, no part)
    return m.group("unit")


# A breakdown as statistical bulletins write it: the whole just stated, then 分行业看/分园区看/分集聚区看， and each part
# named with only its value ("…营业收入达到1973.5亿元。\n分集聚区看，航空港产业集聚区达到596.1亿元，经济技术产业集聚区达到
# 535.1亿元"): each value is its part's own figure of the whole's quantity (scope 其他), the name carried from the whole.
_BREAKDOWN = re.compile(r"\s*(?:从|按)?分[^,;:。\d]{1,6}?来?看[,:]")
_QIZHONG_OPENING = re.compile(r"\s*(?:[^,;:。\d]{0,20}?(?:表示|指出|介绍|称|说)[,:])?\s*其中[,:]?(?=[^,;:。\d]{1,8}\d)")
_PART_ITEM = re.compile(r"[,;:、]?(?P<unit>[^,;:。、\d]{2,20}?)(?:全年|共|累计)?(?:完成|实现|达到|达|为|有)?(?:约|近|超过?)?$")


def _part_of_a_breakdown(sentence: str, v: _Value, name: str) -> str | None:
    lead = _BREAKDOWN.match(sentence)
    if not lead or v.start < lead.end() or not _kind_fits(name, v.unit):
        return None
    start = max(lead.end(), _item_start(sentence, v.start))
    m = _PART_ITEM.fullmatch(sentence, start, v.start)
    return m.group("unit") if m and not _VALUE_RE.search(m.group("unit")) else None


# A list framed by the indicator it breaks down, as reports and bulletins write a split: a frame naming the whole or
# the way it is cut (从签约项目总数来看，; 从开工项目总数上来看，; 从10亿元以上项目新签约情况来看，; 各平台中，; 在76个新签约项目中，;
# 9个亿元以上开工项目中，; 按县区分，), then items "part + value(+unit)" joined by ，、；, each part a place, a platform or a
# class (甲县14个，乙县13个; 市开发区8个; 丙区2个，分别是…). Each value is its part's own figure of the whole's kind (scope
# 其他): the name is the frame's when it names projects by their verb (签约, 开工, 竣工), else the figure's just before the
# frame in the sentence, else the paragraph's last. Parts are words, never years or values (a list by years is 分别's);
# an item that names its own quantity is read by its name, not here. Counted before writing (session 39): the frames
# 从…来看, 各…中, 在N个…中 open lists of counties', platforms' and classes' counts on a study page of a city's signings
# (36 labelled figures, all listed, scope 其他), 依次为 three such lists on a spent host's weekly bulletin; on the 400
# reach pages the frames open lists on 4 hosts, each item naming its own quantity or a rate (none read here).
_LIST_FRAME = re.compile(r"(?:^|(?<=[,;:。]))\s*(?:"
                         r"(?:从|就)(?P<topic>[^,;:。]{1,20}?)(?:上)?来?看"
                         r"|(?:按|分)(?P<cut>[^,;:。\d]{1,6}?)(?:分|划分|来?看)"
                         r"|在?(?:\d+|[一二三四五六七八九十两]+)个(?P<among>[^,;:。]{1,16}?)中"
                         r"|各(?P<each>[^,;:。\d]{1,6}?)中"
                         r"|(?P<order>[^,;:。\d]{0,12}?)(?:从高到低|从多到少|由高到低|由多到少)?(?:排序)?依次(?:为|是))[,:]")
_FRAMED_ITEM = re.compile(rf"\s*(?:只有|仅有?|其中)?(?P<unit>[{CJK}]{{1,14}}?(?:[、和及][{CJK}]{{1,14}}?)*)(?P<each>各)?"
                          r"(?:共|分别)?(?:有|达到?|为|完成|实现)?(?:约|近|超过?|逾)?\s*$")
_FRAME_WORDS = re.compile(r"看|中|分|依次")
_ITEM_OPENS = re.compile(rf"\s*[{CJK}]{{2,14}}?\d+(?:\.\d+)?(?:个|家|项|户|亿元|万元|公顷|亩|平方公里)[,;]")
_FRAMED_NOT_A_PART = re.compile(r"年$|月$|项目|企业|总投资|投资|金额|资金|其他|其它|增长|同比|占|比重|累计$|合计$|共计$")


def _name_of_a_list_frame(sentence: str, frame: re.Match, figures: list[_Figure], last_name: str | None) -> str | None:
    """The name a frame's list carries: its projects' verb where the frame names projects, else the figure's just
    before the frame in the sentence, else the paragraph's last."""
    topic = next((g for g in (frame.group("topic"), frame.group("among")) if g), "")
    if frame.group("order") is not None:  # (依次为 lists what its sentence named first: "…项目数量从高到低，甲类县依次为：")
        topic = sentence[:frame.start()]
    if "项目" in topic:
        return next((name for name, verb in _PROJECT_VERBS if verb.search(topic)), None)
    if topic:  # (a frame naming what it counts names the list's quantity: "从签约总额看", never "21个国家级经开区中" carried)
        named = _names_in(topic)
        return named[0].name if named else None
    before = next((f.name for f in reversed(figures) if f.value is not None and f.value.end <= frame.start()), None)
    return before or last_name


def _parts_sharing_a_value(sentence: str, naming: _Naming, v: _Value) -> list[tuple[int, str]]:
    """The later parts of a list's item that 各 gives one value each ("明光、来安、凤阳各3个": 来安 and 凤阳 too), with
    where each begins; none unless the item is a framed list's parts joined by 、 and 各 right before the value."""
    if not naming.part or "、" not in naming.part or "逐项列出" not in naming.why \
            or not re.search(r"各(?:有|为)?(?:约|近)?\s*$", sentence[:v.start]):
        return []
    at = sentence.find(naming.part, naming.qstart, v.start)
    if at < 0:
        return []
    starts, offset = [], at
    for i, piece in enumerate(naming.part.split("、")):
        if i:
            starts.append((offset, piece))
        offset += len(piece) + 1
    return starts


def _count_of_a_frames_set(sentence: str, v: _Value) -> bool:
    """Whether ``v`` counts the set a frame draws its list from ("在76个新签约项目中，10亿元以上项目8个"): a count said
    again to open the split, not a statement of its own."""
    return any(m.group("among") and m.start() <= v.start < m.start("among") for m in _LIST_FRAME.finditer(sentence, 0, v.end + 30))


def _part_of_a_framed_list(sentence: str, v: _Value, figures: list[_Figure], last_name: str | None,
                           previous: str = "") -> tuple[str, str] | None:
    """The name and part of a value listed after a frame that names what it breaks down (see _LIST_FRAME); the frame
    may open the paragraph's sentence before, when this one goes on with its items from its first word (…来看，甲区2个，
    分别是…。乙区1个，为…)."""
    frame = None
    for m in _LIST_FRAME.finditer(sentence, 0, v.start):
        frame = m
    sentence_of_frame = sentence
    if frame is None and previous and _ITEM_OPENS.match(sentence):
        for m in _LIST_FRAME.finditer(previous):
            frame = m
        sentence_of_frame, figures = previous, []
    if frame is None or not v.value:
        return None  # (nothing listed, or a part with none: 乙县0个)
    start = max(frame.end(), _clause_start(sentence, v.start)) if sentence_of_frame is sentence else _clause_start(sentence, v.start)
    item = _FRAMED_ITEM.fullmatch(sentence, start, v.start)
    if item is None or _FRAMED_NOT_A_PART.search(item.group("unit")):
        # (among projects counted, a class by size: 在76个新签约项目中，10亿元以上项目8个)
        item = _project_class_item(sentence, start, v.start, noun_unsaid=True) if frame.group("among") else None
        if item is None:
            return None
    name = _name_of_a_list_frame(sentence_of_frame, frame, figures, last_name)
    if name is None or not _kind_fits(name, v.unit) or name in _COUNT_NAMES and v.unit not in (*_COUNT_UNITS, "家", "户"):
        return None
    return name, item.group("unit")


# Parts told in turn, each clause its own subject and verb, the name said in the first only: "东湖工业园完成工业总产值
# 120亿元，同比增长9%；西山工业园完成80亿元" — the second is the same quantity of another unit (a park, a side, a trade, a
# town), whose it is read as any clause's subject (_scope). Both subjects must be units, named apart.
_PART_SUBJECT = re.compile(r"(?P<subj>[^,;:。\d#]{2,16}?(?:园|区|产业|行业|业|镇|乡|街道|片区|基地|板块))"
                           r"(?:全年|今年|当年|上半年|共|累计)?(?:完成|实现|达到|达)(?:约|近)?")


def _parallel_subjects_name(sentence: str, v: _Value, values: list[_Value], growths, figures: list[_Figure]) -> str | None:
    prev = next((f for f in reversed(figures) if f.value is not None), None)
    start = _clause_start(sentence, v.start)
    if prev is None or prev.value.end > start or not _kind_fits(prev.name, v.unit):
        return None
    mine = _PART_SUBJECT.fullmatch(sentence, start, v.start)
    first = _PART_SUBJECT.match(sentence, prev.quote_start, prev.value.start)
    if not mine or not first or not _NAME_RE.match(sentence, first.end()) or mine.group("subj") == first.group("subj") \
            or _SUBSET.search(mine.group("subj")) or _CLASS_OF_FIRMS.search(mine.group("subj")):
        return None
    gap = sentence[prev.value.end:start]
    for g0, g1, _, _ in growths:
        if prev.value.end <= g0 and g1 <= start:
            gap = gap.replace(sentence[g0:g1], "")
    if gap.strip(_CLAUSE_SEP + " 、") or any(prev.value.end <= u.start < start for u in values):
        return None
    return prev.name


# A name said once and carried through a list of places or parts, each with its value alone, as Chinese enumerations
# leave the noun out after its first item: a ranking of parks (其中甲开发区主营业务收入310亿元，全省第六；乙开发区205亿元，
# 全省第十；丙工业园区98亿元), two parts joined by 与/和/及 (已开发甲园区约520公顷与乙园区约130公顷), a whole's parts after
# 其中. The value takes the name of the figure just before it in its sentence when nothing stands between them but
# separators, growth clauses, ranks and shares, and the value's own item is a place or a part of one (a noun phrase
# ending in 区/园/县/市/镇/片区/基地…, a verb of being or doing at most after it): no other name, no other value, no
# group of projects or firms (their counts are split by state or trade as often as by place), the same unit kind.
# Counted on the spent labelled sets before writing: see tests/test_figures_s37_lists.py.
_LIST_PLACE_END = (r"(?:(?<![社小景])区|园|县|市|镇|乡|省|州|旗|街道|片区|基地|板块|组团|分园|新城|[一二三四五六七八九十首]期|"
                   r"竹科|中科|南科)")
# (Taiwan's science parks by their short names alone, the item nothing but the name: 中科2000人、南科6000人: session 41)
_LIST_PLACE_ITEM = re.compile(rf"(?:其中[,:]?)?\s*(?P<unit>[{CJK}A-Za-z“”]{{1,14}}?{_LIST_PLACE_END}|竹科|中科|南科)"
                              r"(?:则|也|亦)?(?:全年|共|累计)?(?:完成|实现|达到|达|为|有)?(?:约|近|超过?|逾)?\s*")
_LIST_JOINT = re.compile(r"\s*(?:[,;、]|以及|与|和|及)\s*")
_LIST_RANK_PIECE = re.compile(r"\s*(?:(?:在[^,;:。]{0,24}?中)?(?:排位|排名|排在|排|位居|位列|位次|居|列|位于|名列)?(?:全[省市国区县州]|[省市国]内)?"
                              r"(?:第[一二三四五六七八九十百零\d]+(?:位|名)?|首位|榜首|前列)"
                              r"|比[^,;:。]{0,8}?(?:前进|上升|提升|提高|后退|下降|回落)\d+(?:位|名)"
                              r"|占[^,;:。]{0,16}?[\d.]+%|同比|比上年|较上年)\s*")
_LIST_NOT_A_PLACE = re.compile(r"^(?:建设|新建|建成|扩建|开工|签约|引进|落户|入驻|培育)|项目|企业|公司|厂商|集团|以上|规模|规上|重点|重大|新增|其他|其它|以下|全区|全县|全市|全省|全国|"
                               r"^[该本我其各全辖此这]|^园区$|^开发区$|^高新区$|^经开区$|^工业园$|^产业园$")
_LISTED_KINDS = frozenset(("money", "area", "people"))
_LIST_TOWN = re.compile(r"(?:镇|乡|县|市|省|州|旗|街道)$")
_LISTED_PLACE_HOW = "承前列举的各地、各园区（名称只在第一项说出）"


def _listed_place_name(sentence: str, v: _Value, names: list[_Name], values: list[_Value], growths,
                       figures: list[_Figure]) -> tuple[str, int, str] | None:
    """The name, the item's start and the place of a value listed after a named figure of its kind, each item a
    place or a part with its value alone (see _LIST_PLACE_ITEM)."""
    prev = next((f for f in reversed(figures) if f.value is not None), None)
    if _UNIT_KIND.get(v.unit) not in _LISTED_KINDS:
        return None  # (a count after a place word counts those places: 种植基地3个, 工业园区5个)
    if prev is None or prev.value.end > v.start or _UNIT_KIND.get(prev.value.unit) != _UNIT_KIND.get(v.unit) \
            or not _kind_fits(prev.name, v.unit) or prev.status == "目标" and _TARGET_BEFORE_VALUE.search(sentence[:prev.value.start]):
        return None
    seg_from = max(prev.value.end, prev.quote_end if prev.quote_end <= v.start else prev.value.end)
    ranks = [m.span() for m in _LIST_RANK_PIECE.finditer(sentence, seg_from, v.start)]
    if any(prev.value.end <= n.start < v.start for n in names) or any(
            prev.value.end <= u.start < v.start and not any(a <= u.start < b for a, b in ranks) for u in values):
        return None  # (another name or value between, not in a rank (在全省80个园区中排第六位): a new item of another kind)
    gap = list(sentence[seg_from:v.start])
    for g0, g1, _, _ in growths:  # (the growth clauses between: "增长12.3%，")
        if seg_from <= g0 and g1 <= v.start:
            gap[g0 - seg_from:g1 - seg_from] = [" "] * (g1 - g0)
    gap = "".join(gap)
    for at in [m.end() for m in _LIST_JOINT.finditer(gap)]:
        m = _LIST_PLACE_ITEM.fullmatch(gap, at)
        if not m or _LIST_NOT_A_PLACE.search(m.group("unit")) or _NAME_RE.search(m.group("unit")):
            continue
        head = gap[:at]
        rest = _LIST_RANK_PIECE.sub(" ", _RATIO_PHRASE.sub(" ", head))
        if rest.strip(" ,;、与和及以") or not _LIST_JOINT.search(head):
            continue
        if prev.scope == "园区" and _LIST_TOWN.search(m.group("unit")) and "其中" not in sentence[:v.start]:
            return None  # (the park's figure, then a town's: no list of the park's parts — 园区完成…，西山镇完成80亿元)
        return prev.name, seg_from + m.start("unit"), m.group("unit")
    return None


# a target said first with no name (全年目标任务120亿元，), then the figure done with its name in the very next clause
# (上半年完成工业总产值65亿元): the target is that figure's, as half-year reports set the year's goal beside what was done
_DOING_NAMED = re.compile(r"(?:[^,;:。]{0,8}?)(?:实际|共|累计)?(?:完成|实现)$")


def _named_next(sentence: str, v: _Value, names: list[_Name]) -> _Name | None:
    seps = [i for i in _clause_seps(sentence) if i >= v.end]
    if not seps or not re.fullmatch(r"[,;]", sentence[v.end:seps[0] + 1]):
        return None  # (the target's clause ends right after its value)
    nxt = next((n for n in names if n.start > seps[0]), None)
    if nxt is None or nxt.blocked or not _kind_fits(nxt.name, v.unit) or any(i < nxt.start for i in seps[1:2]) \
            or not _DOING_NAMED.fullmatch(sentence, seps[0] + 1, nxt.start):
        return None
    return nxt


_SUM_RIGHT_BEFORE = re.compile(r"\d(?:万|亿)元?")
# the verb of a clause that states the sum before what it is: "实现了120亿元的工业总产值", "上缴3亿元税收",
# "以12平方公里的规划面积"
_VERB_BEFORE_SUM = re.compile(r"(?:实现|完成|创造|上缴|缴纳|贡献|拥有|达到|以|安排|吸纳|解决)了?(?:年|每年|年均)?(?:超过|超|约|近|逾|达)?$")
_CLAUSE_ENDS = re.compile(r"$|[,;:。]|同比|比上年|较上年|(?:增长|比增|下降)-?\d")


# the projects an authority approved, counted in the sentence that states their investment in ringgit (一共批准了43项计划，总投资额
# 为…令吉; 共批准了48项机械和设备的项目，注入了…令吉的投资): the signed projects, as their investment is the signed money
_RINGGIT_APPROVED_COUNT = re.compile(r"(?P<name>批准了?)(?=\d+\s*项(?:[^,;:。\d]{0,20}?的)?(?:项目|计划))")
# …and the plans counted before their noun in a sentence stating their ringgit investment (共批准463个工业计划，投资额为
# 299亿令吉; 共有3023个工业计划，获得政府批准，投资总额…; 即186项工业计划，高达197亿令吉; 当中24项为新的投资计划): the
# approved manufacturing projects, 签约项目数, as the labellers list them (eval47 and study4: 8 of 8 on 3 pages)
_RINGGIT_PLANS_COUNTED = re.compile(r"(?<=\d)\s*(?:项|个)(?:为)?(?P<name>(?:新的?|拓展|扩展)?(?:(?:工业|制造业)(?:投资)?|投资)计[划画])")
# (what a plot or a plan will bring is no investment approved: 预计有关地段将带来…令吉的投资额)
_FORECAST_BRINGS = re.compile(r"将|预计|预期|可望|有望")
# (or a floor with no 的, 创造180亿元以上产值: session 41)
_REMARK_THEN_OF = re.compile(r"\s*[(（][^()（）]{0,24}[)）](?:的|之)?|或?以上(?:的|之)?|的|之")


def _name_after_value(sentence: str, v: _Value, names: list[_Name]) -> _Name | None:
    """A sum written before its name, right after the clause's verb (money, area and people; counts
    before their noun are _count_after's): the name, when it closes the clause."""
    at = v.end + (sentence[v.end:v.end + 1] == "的")
    n = next((n for n in names if n.start == at or n.start == v.end and n.measured), None)  # (a name holding its 的)
    if n is None:  # (a remark in brackets between the sum and its name, 42亿马币(约8.88亿美元)投资额目标, or a floor:
        # 每年90亿令吉或以上的投资额)
        remark = _REMARK_THEN_OF.match(sentence, v.end)
        n = next((n for n in names if remark and n.start == remark.end() and n.measured), None)
    if n is None or n.blocked and not n.after_sum or n.name in _COUNT_NAMES or not _kind_fits(n.name, v.unit):
        return None
    if n.measured:
        return n
    if not _VERB_BEFORE_SUM.search(sentence, _clause_start(sentence, v.start), v.start) \
            or not _CLAUSE_ENDS.match(sentence, n.end):
        return None
    return n


# How official writing counts what moved in a period: the count is the subject or the object of the verb that
# moved it (签约, 开工, 入驻). A count that is the object of a visit names the projects or firms seen ("区领导观摩
# 检查了…等24个新开工项目", 走访入园企业120家), and projects urged on by a plan ("6个签约项目尽快开工建设",
# "督促13个在建项目早日投产") are a pool signed or started before: neither is the period's count.
_INSPECTED = re.compile(r"观摩|检查|视察|考察|察看|查看|走访|督导|督查|巡查")
# the projects a body acted on, 对 + the count + 进行 + what it did (对竣工投产的6个项目进行了验收): its objects, not a count
_ACTED_ON_BEFORE = re.compile(r"对[^,;:。]{0,14}$")
_ACTED_ON_AFTER = re.compile(r"[^,;:。]{0,4}?(?:进行|开展|实施|组织)了?(?:验收|检查|督查|观摩|评估|考核|调度|督导|巡查|审计|清理|排查|评审|核查)")
_URGED = re.compile(r"尽快|早日|加快|抓紧|及早")  # (not 按期/如期: "36个项目按期开工" were started)


def _money_of_a_subset(sentence: str, name_at: int, figures: list[_Figure]) -> bool:
    """Whether the clause before a 签约资金 counted a class of projects (亿元以上项目) that is no figure: the
    money said next is those projects' (their 协议总投资), not all the park signed. (The key projects of an
    event are all its projects: "此次…等8个重点项目签约，合计签约金额60亿元" is the event's money.)"""
    here = _clause_start(sentence, name_at)
    if here == 0:
        return False
    prior = sentence[_clause_start(sentence, here - 1):here]
    count = re.search(r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|项)", prior)
    # (agreements are counted as projects are: "签订意向性合作协议3个，签约额13.15亿元" is what intentions are worth)
    return bool(count and ("项目" in prior or "协议" in prior) and _a_subset(prior, sentence)) and not any(
        f.value is not None and here - len(prior) <= f.value.start < here for f in figures)


# 招商引资到位资金 is counted over projects by stage (新签约, 实施, 续建, 在建): the bare 到位资金 said right after
# a count of projects in one of the later stages is that stage's part of the whole, not the park's total.
# (a time may open its clause: "新建项目91个，本月到位资金4.64亿元"; 新建, built anew, is a stage beside 续建)
_STAGE_MONEY = re.compile(r"(?:本月|当月|本季度|今年|全年|累计)?(?:实际)?(?:完成|实现)?到位资金")
_STAGES = re.compile(r"实施|续建|在建|建设中|推进|新建")
_STAGES_JOINED = re.compile(r"(?:续建|在建|新建|新签约?|新开工)(?:和|及|与|、)(?:续建|在建|新建|新签约?|新开工)")
_GROWTH_ONLY_CLAUSE = re.compile(r"\s*(?:同比|比上年|较上年)?(?:增长|下降|减少|提高)[\d.]+%?\s*")
# firms counted in one state of the whole (in production, stopped, under construction) are not all of them
_STATE_BEFORE = re.compile(r"(?:建成投产|已投产|投产|在产|停产|在建|开工)$")
# the national statistics split 工业 into light and heavy industry: each part's output is the part's (scope 其他)
_LIGHT_HEAVY_BEFORE = re.compile(r"(?:(?:轻工业|重工业)(?:企业)?(?:累计|共)?(?:完成|实现|创造)?(?:了)?|(?<![比注])[轻重])$")


# the money 引进 names (引进资金, 引进项目资金, 引进域外资金 — no 到位, 实到 or 实际 in it) said in the clause right after a
# count of projects or firms signed or brought in (签约N个项目合作协议，引进…资金; N家企业签订了招商引资协议，共引进项目
# 资金…; 引进…项目N个，引进项目资金…) is what those signed projects bring, 签约资金, not money paid in: the labelled sets
# read it so on 3 pages of 3 (three hosts), and 引进资金 with no such count before it as paid in (2 pages of 2)
_BROUGHT_IN_MONEY = re.compile(r"(?:共|累计|并|还|另)?引进(?!到位|实到)[^,;:。\d到实]{0,8}?(?:项目)?资金(?:达到?|为|超过|约|近|逾)?")
_SIGNED_COUNT_CLAUSE = re.compile(r"(?:签约|签订|签署)[^,;:。]*?(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|家|项)"
                                  r"|(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|家|项)[^,;:。]*?(?:签约|签订|签署)"
                                  r"|引进[^,;:。]*?(?:项目(?:\d+|[一二三四五六七八九十两]+)\s*个|(?:\d+|[一二三四五六七八九十两]+)\s*个[^,;:。]{0,6}项目)")


def _money_of_the_signed(sentence: str, name_at: int, v_start: int) -> bool:
    here = _clause_start(sentence, name_at)
    if here == 0 or not _BROUGHT_IN_MONEY.fullmatch(sentence[here:v_start].strip()):
        return False
    prior = sentence[_clause_start(sentence, here - 1):here]
    return bool(_SIGNED_COUNT_CLAUSE.search(prior)) and not _OF_INTENT.search(prior)


def _money_of_a_stage(sentence: str, name_at: int, figures: list[_Figure]) -> bool:
    here = _clause_start(sentence, name_at)
    if here == 0:
        return False
    prior = sentence[_clause_start(sentence, here - 1):here]
    if _GROWTH_ONLY_CLAUSE.fullmatch(prior.rstrip(_CLAUSE_SEP)) and _clause_start(sentence, here - 1) > 0:
        at = _clause_start(sentence, here - 1)  # "续建项目108个，同比下降6%，到位资金124.5亿元": past the growth
        prior = sentence[_clause_start(sentence, at - 1):at]
    return bool(re.search(r"(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|项)", prior) and "项目" in prior
                and _STAGES.search(prior) and not _STAGES_JOINED.search(prior))  # (续建和新签项目179个: the whole)


# values of one kind listed one after another with nothing between them but 、/和/及 ("年产值达20亿元、15亿元"): where
# no 分别 aligns them with names or years, each is the value of one of the parts listed before (two trades, two
# firms), and none is the whole's figure
_VALUE_JOINT = re.compile(r"\s*(?:、|和|及|与)\s*$")
_JOINTS = frozenset("、和及与 ")


def _in_a_list_of_values(sentence: str, v: _Value, values: list[_Value]) -> bool:
    if sentence[v.end:v.end + 1] not in _JOINTS and sentence[max(0, v.start - 1):v.start] not in _JOINTS:
        return False  # (asked of every value: the joint right beside it first)
    i = values.index(v)
    kind = _UNIT_KIND.get(v.unit)
    return any(0 <= j < len(values) and _UNIT_KIND.get(values[j].unit) == kind
               and _VALUE_JOINT.match(sentence[min(v.end, values[j].end):max(v.start, values[j].start)])
               for j in (i - 1, i + 1))


def _split_of_no_figure(sentence: str, v: _Value, values: list[_Value], figures: list[_Figure]) -> bool:
    """A bracket opening with 其中 after a whole that is no key figure splits it into figures of their own, as a
    bulletin writes trade: 进出口总额8万亿元（其中，出口4.9万亿元，进口3.1万亿元） — 出口 is the export figure, not a part
    of one (as 其中 outside brackets, see README: a 其中 part whose whole is no key figure is read); a sum only."""
    opened = sentence.rfind("(", 0, v.start)
    if _UNIT_KIND.get(v.unit) in ("count", "people"):
        return False  # (新开工项目22个，新增投资…(其中包括3个新签约项目…): a count in brackets picks out of those counted)
    if not sentence[opened + 1:v.start].lstrip().startswith("其中") or ")" in sentence[opened:v.start]:
        return False
    whole = next((u for u in reversed(values) if u.end <= opened), None)
    return whole is not None and not sentence[whole.end:opened].strip() \
        and not any(f.value is not None and f.value.start == whole.start for f in figures)


# key figures that are parts of another by definition, as statistics report them under it: industrial investment of
# fixed-asset investment, the firms above the size line of the firms in the park, tax of the fiscal revenue
_SUBKINDS = {"固定资产投资": ("工业投资",), "入园企业数": ("规上企业数",), "财政收入": ("税收",)}


# Malaysia's investment broken down by state or by trade, each item's sum in brackets after its name (该特区投资项目以制造业
# (592.6亿马币，主要以…为主)居多，其次为物流业(66.9亿马币)、…; 依次为柔佛(374项工业计划的167亿令吉)；砂拉越(…)): each
# item's investment, 签约资金, scope 其他, and the plans counted with it 签约项目数 — as the labellers list them (eval45 and
# eval47: 20 of 20 on 2 hosts); a bracket after a sum (…美元(1,310亿马币)) is that sum again, a remark
_RINGGIT_ITEM_BEFORE = re.compile(r"(?P<item>[^\W\d]{1,8}?)\s*$")
_ITEM_LEAD = re.compile(r"^.*?(?:依次为|其次为|分别为|以及|投资项目以|项目以|[为以及和])")
_RINGGIT_ITEM_INNER = re.compile(r"\s*(?:(?P<count>\d+)\s*[项个](?:工业|制造业|投资)?计划的)?\s*$")
_PLANS_THEN_RINGGIT = re.compile(r"(?:工业|制造业|投资)?计划的\s*[\d.,]+(?:[亿万][\d.,]*)*\s*(?:亿|万)?\s*" + _RINGGIT)
_NOT_AN_ITEM = re.compile(r"(?:元|币|吉|金|亿|万|千|百|美元|令吉|马币|林吉特|约|以及|及|和|为|是|的)$")


def _ringgit_item_in_brackets(sentence: str, v: _Value) -> tuple[str, int, str] | None:
    """(name, where its quote starts, the item) of a value in brackets after an item's name in a sentence of Malaysia's
    investment, else None."""
    opened = sentence.rfind("(", 0, v.start)
    if opened < 0 or ")" in sentence[opened:v.start] or "投资" not in sentence:
        return None
    inner = _RINGGIT_ITEM_INNER.fullmatch(sentence, opened + 1, v.start)
    if not inner:
        return None
    unit = v.unit or ""
    head = sentence[max(0, opened - 8):opened]
    item = _RINGGIT_ITEM_BEFORE.search(head)
    if not item or _NOT_AN_ITEM.search(head.rstrip()):
        return None
    name = _ITEM_LEAD.sub("", item.group("item")) or item.group("item")
    if unit.endswith(RINGGIT_NAMES):
        return "签约资金", opened - len(name), name
    if unit in ("项", "个") and not inner.group("count") and _PLANS_THEN_RINGGIT.match(sentence, v.end):
        return "签约项目数", opened - len(name), name  # (柔佛(374项工业计划的167亿令吉): the state's approved projects)
    return None


def _named_part_in_brackets(sentence: str, v: _Value, names: list, figures: list) -> bool:
    """A bracket opening with 其中 that names, before its value, the key figure statistics report as a part of the whole
    just stated: "完成固定资产投资22166万元（其中工业投资7198万元，…）", "入驻企业85家（其中规上企业12家）" — read as it is
    outside brackets (其中工业投资…: 工业投资). Another quantity in the bracket ((其中，出口额30亿元) after the output) and a
    remark naming none ((其中上市公司5家)) stay remarks."""
    opened = sentence.rfind("(", 0, v.start)
    inner = sentence[opened + 1:v.start]
    if ")" in inner or not inner.lstrip(" ,:").startswith("其中"):
        return False
    whole = _figure_before(figures, opened)
    return whole is not None and any(opened < n.start and n.end <= v.start and not n.blocked
                                     and n.name in _SUBKINDS.get(whole.name, ()) for n in names)


_DIGIT = re.compile(r"\d")


def _figure_before(figures: list, at: int):
    """The last figure read whose value ends by ``at`` (the whole a bracket after it may split), None when none is."""
    return next((f for f in reversed(figures) if f.value is not None and f.value.end <= at), None)


def _zone_parts_in_brackets(sentence: str, v: _Value, names: list, figures: list) -> bool:
    """A bracket after the zone's area that lists its parts, each with its own area (总规划面积近30平方公里（一期6.96平方公里、
    二期约23平方公里）; 规划面积10平方公里，形成“三区”（1平方公里加工区、2平方公里核心区…）): how a zone's layout is told, each
    part's land read as outside brackets (scope 其他, as 规划面积20平方公里，其中一期5平方公里 is). A bracket after another
    figure, or after other numbers, stays a remark."""
    opened = sentence.rfind("(", 0, v.start)
    if ")" in sentence[opened:v.start]:
        return False
    whole = _figure_before(figures, opened)
    return whole is not None and whole.name == "面积" and not _DIGIT.search(sentence, whole.value.end, opened) \
        and any(n.name == "面积" and n.part and opened < n.start and (n.end <= v.start or n.measured and n.start >= v.end)
                and ")" not in sentence[opened:n.start] for n in names)  # (a part measured first names its value after it)


# an average right before the name (平均入驻企业数, 平均利用外资, 平均单个企业投资额): per park, project or firm, none of the
# park's figures (年均, a year's, is not this: 年均收入2.5亿元 is a year's income)
_COMPARED_BEFORE = re.compile(r"(?<![不])(?:小于|大于|少于|多于)\s*$")
_AVERAGE_BEFORE = re.compile(r"平均(?:每(?:个|家|户|年|月)?|单个|单家|单位)?[^,;:。\d]{0,4}$")


def _sentence_figures(sentence: str, base: int, ctx: _Context) -> list[_Figure]:
    names = _names_in(sentence, profile=ctx.profile, park_project=(ctx.park_name or "园区") if ctx.park_project else "")
    values = [v for v in _values_in(sentence) if not any(n.start <= v.start < n.end for n in names)]
    if names and any(u in sentence for u in ("亿", "万", "个", "项", "平方", "亩")):
        values = sorted(values + _empty_slots(sentence, names, values), key=lambda v: v.start)
    if "个" in sentence and _BLANK_COUNT.search(sentence):
        values = sorted(values + [_Value(None, True, "个", m.start(), m.end()) for m in _BLANK_COUNT.finditer(sentence)
                                  if not any(u.start <= m.start() < u.end for u in values)], key=lambda v: v.start)
    growths = _growths_in(sentence)
    figures: list[_Figure] = []
    respective = _respective_names(sentence, names, values)
    for v in values:
        item = _ringgit_item_in_brackets(sentence, v) if "(" in sentence and any(name in sentence for name in RINGGIT_NAMES) else None
        if item:  # "以制造业(592.6亿马币,…)居多", "依次为柔佛(374项工业计划的167亿令吉)": an item's investment
            naming = _Naming(item[0], item[1], v.end, f"马来西亚投资额按州或行业列出的一项（{item[2]}）", part=item[2])
        elif sentence.count("(", 0, v.start) > sentence.count(")", 0, v.start) and not _split_of_no_figure(sentence, v, values, figures) \
                and not _named_part_in_brackets(sentence, v, names, figures) \
                and not _zone_parts_in_brackets(sentence, v, names, figures):
            continue  # a remark in brackets ("(其中…)", "(含…)") is a part, not the figure
        elif "“" in sentence and _in_a_named_slogan(sentence, v):
            continue  # "实施“20个项目推出去、10个项目引进来”的攻坚计划": a campaign's name, not what was done
        elif v.start not in respective and _in_a_list_of_values(sentence, v, values) and "分别" not in sentence[:v.start]:
            continue  # "10家陶瓷、9家玻璃企业年产值达20亿元、15亿元": the parts' values in turn, no 分别 to align them
        else:
            naming = _name_value(sentence, v, names, values, growths, figures, respective, ctx)
        if naming is None or naming is _SKIP or not _kind_fits(naming.name, v.unit):
            continue
        if _TRADE_HOW in naming.why:
            # one trade's output or turnover (光电产业营业额…, 陶瓷产业年产值…): a share of the park's by industry, no figure,
            # as investment split by industry and firms by trade are none (docs/labelling.md; session 40: 11 such figures
            # given on the 432 labelled pages, none listed by 8 labellers)
            continue
        if v.unit == "元" and v.value is not None and v.value < 10000 and naming.name in _PARK_SCALE_MONEY:
            continue  # "到位资金163元": a park's money in yuan below ten thousand lost its 亿 or 万 (a scrape), no figure
        if naming.name in _COUNT_NAMES and "中" in sentence \
                and _AMONG_IN_CLAUSE.search(sentence, _clause_start(sentence, v.start), v.start):
            continue
        if naming.name in _COUNT_NAMES and "包" in sentence and not sentence[:v.start].endswith("等") \
                and _COUNTED_THEN_SPLIT.search(sentence, _clause_start(sentence, v.start), v.start):
            continue  # "14个签约项目包括13个产业项目和1个产业基金项目": the projects just counted, split by kind
        if naming.name == "签约资金" and _money_of_a_subset(sentence, naming.qstart, figures):
            continue  # "引进外资项目12个，协议总投资6.45亿美元": what a class of the projects will cost
        if naming.name == "招商引资到位资金" and _STAGE_MONEY.match(sentence, naming.qstart) \
                and _money_of_a_stage(sentence, naming.qstart, figures):
            continue  # "实施项目209个，到位资金66.11亿元；续建项目173个，到位资金…": a stage's part of the whole
        if naming.name == "招商引资到位资金" and "引进" in sentence[naming.qstart:v.start] \
                and _money_of_the_signed(sentence, naming.qstart, v.start):
            # "共签约10个项目合作协议，引进域外资金28亿元": what the projects just signed bring, not money paid in
            naming = _Naming("签约资金", naming.qstart, naming.qend, naming.why + "；紧跟在签约（引进）的项目数之后的引进资金：是签约的项目带来的资金，不是到位资金",
                             target_after=naming.target_after, ahead=naming.ahead, counted_after=naming.counted_after,
                             part=naming.part)
        if naming.name == "入园企业数" and naming.part and _firms_of_a_kind(sentence, v):
            continue  # "入驻企业653户，其中工业企业442户": the park's firms of one trade or kind, no count of the park's
        if naming.name == "入园企业数" and "容纳" in sentence[_clause_start(sentence, v.start):v.start]:
            continue  # "可容纳10余户企业入驻", "预计可新容纳20家企业入驻": what a building or a phase can hold, no firms counted
        if naming.name == "入园企业数" and ("意" in sentence) and _FIRMS_INTENDING.search(
                sentence, _clause_start(sentence, v.start), _clause_end(sentence, max(v.end, naming.qend))):
            continue  # "已有20余家企业意向入驻", "洽谈有意进驻企业412家": firms that mean to come, none in the park yet
        if naming.name == "从业人员" and "就业" in sentence[v.end:naming.qend] \
                and not _names_positions(sentence, naming) \
                and _JOBS_TO_COME.search(sentence, _clause_start(sentence, v.start), v.start):
            continue  # "可解决200余人就业问题", "建成后可带动3000人就业": jobs a project or a park can bring, no one employed
        named_at = max((n.start for n in names if n.name == naming.name and n.end <= v.start), default=naming.qstart)
        if naming.name in ("入园企业数", "规上企业数") and _STATE_BEFORE.search(sentence, max(0, named_at - 4), named_at):
            continue  # "投产工业企业数1101户": the firms in one state (in production), not all the park has
        if _COMPARED_BEFORE.search(sentence, max(0, v.start - 3), v.start):
            continue  # "企业是员工人数小于20人的小型企业": a comparison describing a class, no figure (不少于60个: a floor, kept)
        if "平均" in sentence[max(0, named_at - 8):named_at] and _AVERAGE_BEFORE.search(sentence, max(0, named_at - 8), named_at):
            continue  # "运营园区平均入驻企业数为297家", "项目平均利用外资达1433万美元": an average per park or project, no figure
        light_heavy = _LIGHT_HEAVY_BEFORE.search(sentence, max(0, named_at - 10), named_at)
        if _a_class_boundary(sentence, v) or naming.name in _COUNT_NAMES and _a_list_of_projects(sentence, v, naming.qend):
            continue
        if naming.name in _COUNT_NAMES and (_INSPECTED.search(sentence, _clause_start(sentence, v.start), v.start)
                                            or naming.counted_after and _URGED.match(sentence, naming.qend)):
            continue  # "观摩检查了…等24个新开工项目": the projects seen; "6个签约项目尽快开工建设": a pool urged on
        if naming.name in _COUNT_NAMES and "对" in sentence and _ACTED_ON_BEFORE.search(sentence, _clause_start(sentence, v.start), v.start) \
                and _ACTED_ON_AFTER.match(sentence, max(v.end, naming.qend)):
            continue  # "对竣工投产的6个项目进行了验收": the projects acted on
        fig = _Figure(naming.name, v, naming.qstart, naming.qstart, naming.qend, why_name=naming.why,
                      year=respective.get((v.start, "year")))
        if naming.name == "面积" and (_BUILT_AREA.search(sentence, named_at, v.start) and "规划" not in sentence[named_at:v.start]
                                     or named_at >= v.end and "基础设施" in sentence[v.end:naming.qend]):
            # (总规划开发建设面积: the plan's, 开发建设 its verb; 7.87平方公里基础设施基本建成: the built area, said after it)
            fig.measure = "建成"  # "已开发建成面积达到6.39平方公里": how much is built, beside the area planned
        fig.bound = v.start not in respective and (
            bool(_BOUND_BEFORE.search(sentence, max(0, v.start - 4), v.start))
            or bool(_BOUND_BEFORE_CURRENCY.search(sentence, max(0, v.start - 8), v.start)))  # (突破新台币3,500亿元)
        # (the values 分别 deals out are each their own owner's, never another's rounded: 分别不得突破A、B、C)
        _set_status(fig, sentence, v, naming, ctx)
        if naming.name == "面积" and fig.status in ("目标", "预计") and not ctx.plan \
                and _POINTED_AT_LAND.search(sentence, max(0, named_at - 6), named_at) and _OF_A_ZONE_AFTER.match(sentence, v.end):
            # "首批入驻的12家企业将在这片占地66亩的园区…": the zone a demonstrative points at is there already, its land a
            # description the verb of the future (将在…发展) does not govern
            fig.status = "实际"
            fig.why_status = "“这片/该”指着的园区已经存在：占地是对它的描述，不受句中“将”的管辖"
        # (jobs counted as 就业人口 are people, as the words around them say: 已…创造1700就业人口 came, 预估引进… is to come)
        if naming.name == "从业人员" and fig.status in ("实际", "累计") and sentence.endswith(("机会", "岗位"), 0, naming.qend) \
                and not _JOBS_BROUGHT.search(sentence, _clause_start(sentence, v.start), v.start) \
                and not (_STOCK_FRAME.match(sentence) and not _JOBS_TO_BE.search(sentence, _clause_start(sentence, v.start), v.start)):
            # "四座厂今年底动土，…带动约4500个就业机会": jobs a zone brings are to come, unless the words say they came
            fig.status = "预计"
            fig.why_status = "带来的就业机会没有说已经带来（了、已、累计）：是预计"
        elif naming.name == "从业人员" and fig.status == "目标" and not ctx.plan \
                and (_names_positions(sentence, naming) and not _JOBS_AIMED.search(sentence, _clause_start(sentence, v.start), v.start)
                     or _POSITIONS_NAMED.match(sentence, named_at, v.start) and not _JOBS_AIMED.search(sentence, 0, v.start)):
            # (so the count said after the positions: "预计园区将创造就业机会650个"; "力争到2026年，园区新增就业岗位8000个"
            # aims at them, the aim in its sentence before them)
            # "该产业将为本地创造1万6000个就业机会": the jobs a zone will bring are a forecast, a target only when aimed at
            fig.status = "预计"
            fig.why_status = "将要带来的就业机会（没有力争、目标的字样）：是预计"
        if naming.name == "工业总产值" and fig.status == "目标" and _output_brought_is_a_forecast(sentence, v, naming, ctx):
            fig.status = "预计"
            fig.why_status = "将要创造的产值（没有力争、目标的字样）：是预计，如带来的就业机会"
        if fig.status in ("预计", "目标") and naming.name in _PROSPECT_NAMES and _one_projects_prospect(sentence, v.start):
            continue  # "该项目建成后，预计实现年产值8亿元": one project's own yield once built, no figure
        if naming.name == "从业人员" and _names_positions(sentence, naming) \
                and _ONE_OWNER_NAMED.search(sentence, 0, v.start):
            continue  # "该厂…预计将制造1000个就业机会", "这项投资有望创造1000多个就业机会": one plant's or one investment's own jobs
        if naming.name == "签约资金" and figures and figures[-1].name == "签约项目数" and figures[-1].value is not None \
                and figures[-1].status != fig.status and not any(figures[-1].value.end <= u.start < v.start for u in values) \
                and not any(_strong_marks(_mask(_COST_PLANNED, sentence[naming.qstart:v.start]))) \
                and not _RESET.search(sentence, naming.qstart, v.start):
            # "累计签约项目7个，协议总投资额达107.54亿元": the money of the projects just counted is counted as they are (计划
            # inside the cost's noun, 签约项目147个，计划投资额2037亿元, is what the signed projects are to cost: their money)
            fig.status = figures[-1].status
            fig.why_status = f"与前面的签约项目数同一批（{figures[-1].why_status}）"
        if naming.name == "签约资金" and _money_of_the_parks_firms(sentence, v, naming, figures, values, fig.status):
            fig.status = "累计"
            fig.why_status = f"前面是园区至今的入驻企业（{figures[-1].why_name}）：它们的投资额是累计的数"
        if fig.status == "目标" and not ctx.plan and not ctx.status and _done_against_its_target(sentence, v, fig, figures):
            fig.status = "实际"
            fig.why_status = f"同一指标先说了目标（{figures[-1].why_status}），本句又用自己的“完成/实现”说它：是完成数"
        fig.scope = _scope(sentence, naming.qstart, v.start, ctx)
        if not naming.part and naming.name == "签约资金" and figures and figures[-1].name == "签约项目数" \
                and "分出的一部分" in figures[-1].why_name and (naming.why == "承前省略的名称" or (
                    figures[-1].value is not None and not any(figures[-1].value.end <= u.start < v.start for u in values))):
            # "其中，高新区签约19个、合同额193亿元", "其中亿元以上项目49个，协议投资总额215亿元": the money of the
            # part's projects just counted, its name elided or said again, nothing counted between
            fig.scope = "其他"
            fig.why_name += "；前面一部分的签约项目的合同额：不是整体的数"
        if naming.name == "签约资金" and not naming.part and fig.scope == "园区" and _part_of_the_ringgit_total(sentence, v, naming, figures, ctx):
            fig.scope = "其他"  # "批准的投资总额…，其中外人直接投资金额为…；国内投资金额为…": the total's parts by origin
            fig.why_name += "；“其中”分出的一部分（马来西亚批准投资的来源）：不是整体的数"
        if not naming.part and fig.scope == "园区" and not ctx.parks_together and "看" in sentence \
                and _BREAKDOWN.match(sentence) and v.start > _BREAKDOWN.match(sentence).end():
            fig.scope = "其他"  # "分园区看，东区完成规上工业总产值38.2亿元": each item of a breakdown is a part's
            fig.why_name += f"；“{_BREAKDOWN.match(sentence).group().strip(' ,:')}”逐项列出的一部分：不是整体的数"
        if naming.name == "营业收入" and fig.scope == "园区" and (market := _MARKET_OR_COMMERCE.search(
                sentence, _clause_start(sentence, naming.qstart), v.start)) \
                and market.group() not in (ctx.own_words or ctx.park_name or ""):  # (not the park's own name: 某商贸城's report)
            fig.scope = "其他"  # (a market's or commerce's turnover: its own, a part of the park's at most)
            fig.why_name += "；市场、商贸或电商的营业额：不是园区的数"
        if (_PROFILE_HOW in naming.why or _PARK_PROJECT_HOW in naming.why) and not naming.part:
            fig.scope = "园区"  # (a profile's land said bare: the park's, whatever town it covers or old name it had)
        if naming.listed and not naming.part and fig.scope == "园区" and naming.listed[:2] not in ctx.own_words:
            fig.scope = "其他"  # (another place or park of the list, not the report's own: 其中甲开发区…；乙开发区325亿元)
            fig.why_name += f"；列举的另一地方或园区（{naming.listed}）：不是本园区的数"
        if naming.why == _PARALLEL_WHY and figures:
            fig.scope = next(f.scope for f in reversed(figures) if f.value is not None)  # (a part like the one before)
        if naming.part:
            fig.part = True
            fig.scope = "其他"
            fig.why_name += f"；{'' if '逐项列出' in naming.why or '其中' not in sentence else '“其中”'}分出的一部分（{naming.part}）：不是整体的数"
        if fig.scope != "园区" and _PERIOD_OUTPUT_HOW in naming.why:
            continue  # "一是电缆产业产销两旺。1-9月实现产值38亿元": an industry's output over a period, no key figure
        if fig.scope == "园区" and _a_share_of_the_park(sentence, v, values, naming.name, ctx):
            fig.scope = "其他"  # (an industry's or a class's part of the park's figure: its owner is the part)
            fig.why_name += "；其后说明占园区的比重：是园区的一部分"
        elif fig.scope == "园区" and light_heavy:
            fig.scope = "其他"  # "轻工业完成总产值12.47亿元": light (heavy) industry's part, as the gold lists an industry's
            fig.why_name += f"；前面是“{light_heavy.group()}”：轻/重工业的一部分"
        figures.append(fig)
        for start, part in _parts_sharing_a_value(sentence, naming, v):  # "甲县、乙县、丙县各3个": the one value is each part's
            figures.append(replace(fig, quote_start=start, why_name=f"{naming.why}；“各”把一个数分给前面列出的每一部分（{part}）"))
        if ("各" in sentence or "均" in sentence) and naming.why.startswith("名称"):
            other = _sharing_name(sentence, v, names)
            if other is not None:  # "营业额与出口额各约新台币4000亿": the one value is each name's
                other.used = True
                figures.append(replace(fig, name=other.name, name_start=other.start,
                                       why_name=f"名称“{sentence[other.start:other.end]}”与后一名称以“各/均”共用一个数"))
    if "其中" in sentence and not ctx.parks_together:
        _wholes_with_the_park(sentence, figures)
    _attach_growths(sentence, figures, names, growths, ctx)
    for f in figures:
        f.quote_start += base
        f.quote_end += base
        f.name_start += base
        if f.value is not None:
            f.value = _Value(f.value.value, f.value.masked, f.value.unit, f.value.start + base, f.value.end + base)
        f.section = ctx.section
    return figures



# A slogan in quotation marks that names a campaign, a plan or a goal (“20个项目推出去、10个项目引进来、2家企业入园区”的
# 项目攻坚计划, “百亿园区”工程, “三个一百”行动): its numbers are the name's, as official documents number their campaigns
# (“一区三园”, “十百千”), not figures of what was done; the quotation is a name when a word for a campaign follows it.
# (a goal so quoted, 落实“全县实现工业产值100亿…”的具体目标, states its targets: only a campaign's name is dropped)
_SLOGAN_CLOSE = re.compile(r"”的?[^,;:。“”]{0,8}?(?:工程|行动|计划|战略|活动|攻坚|格局|部署|机制|模式|体系)")


def _in_a_named_slogan(sentence: str, v: _Value) -> bool:
    opened = sentence.rfind("“", 0, v.start)
    if opened < 0 or sentence.rfind("”", opened, v.start) >= 0:
        return False
    closed = sentence.find("”", v.end)
    return closed >= 0 and closed - opened <= 60 and bool(_SLOGAN_CLOSE.match(sentence, closed))


# A target stated as a plan or a task with its value (目标任务是工业总产值150亿元, 计划完成固定资产投资30亿元), then the same
# indicator again in a clause of its own with a verb of doing (1-11月完成工业总产值138亿元, 全年完成32亿元): the second is
# what was done against the first, as a reader compares them. Not when the first is an adverb of striving that governs
# a list (力争12月份完成15亿元，全年完成150亿元: both aimed at), nor when the second's own clause says it is aimed at.
_PLAN_NOUN = re.compile(r"目标|任务|计划")
_STRIVING = re.compile(r"力争|确保|争取|努力|奋力|冲刺|将|预计|预期|有望|拟|要")
_DOING = re.compile(r"(?:完成|实现|达到|达)")


def _done_against_its_target(sentence: str, v: _Value, fig: _Figure, figures: list[_Figure]) -> bool:
    prev = figures[-1] if figures else None
    if prev is None or prev.name != fig.name or prev.status != "目标" or prev.value is None:
        return False
    first = sentence[_clause_start(sentence, prev.value.start):prev.value.start]
    own = sentence[_clause_start(sentence, v.start):v.start]
    between = sentence[prev.value.end:_clause_start(sentence, v.start)]
    return bool(_PLAN_NOUN.search(first)) and not _STRIVING.search(first) and bool(_DOING.search(own)) \
        and not any(_strong_marks(own)) and not any(_strong_marks(between))


# A whole that 其中 then splits into the park's part is bigger than the park: "1-11月规上工业企业完成产值260亿元，其中园区企业
# 完成180亿元" (the county's firms, as its statistics bureau counts them). Its owner is whoever holds the park; a whole
# whose own clauses name the park as their subject (园区完成…，其中园区规上企业…) is the park's.
_PARK_PART_AFTER = re.compile(r"其中,?(?:园区|我园|本园|开发区|高新区|经开区|工业园|入园|园内|区内)")


def _wholes_with_the_park(sentence: str, figures: list[_Figure]) -> None:
    """Scope 其他 for each figure of ``sentence`` that a later 其中 splits into the park's part."""
    for i, f in enumerate(figures):
        if f.scope != "园区" or f.value is None:
            continue
        at = sentence.find("其中", f.value.end)
        nxt = figures[i + 1].value.start if i + 1 < len(figures) and figures[i + 1].value is not None else len(sentence)
        if at < 0 or at > nxt or not _PARK_PART_AFTER.match(sentence, at):
            continue
        if _SUBJECT_PARK.search(_mask(_COMPARISON, sentence[:f.value.start])):
            continue
        f.scope = "其他"
        f.why_name += f"；其后“{_PARK_PART_AFTER.match(sentence, at).group()}…”：是包含园区的总数，不是园区的"


# How statistical reporting states a number that is no one's figure (none is listed: a missing figure is
# better than a wrong one).
# - A bound as a class boundary: "营收超千亿元的园区达6个", "总收入超过300亿元”这一门槛条件", "过百亿园区5个":
#   the value is what a class of parks, firms or projects passes, not anyone's figure.
_BOUND_BEFORE_CURRENCY = re.compile(r"(?:突破|超过|超越|跨越|迈上|站上|跃上|冲破)(?:新台币|台币|人民币)\s*$")
_BOUND_BEFORE = re.compile(r"(?:突破|超过|超出|超|逾|(?<![通经])过|跨越|迈上|迈入|跨上|站上|跃上|跃升至|冲破|(?<![打攻爆击])破)\s*$")
_CLASS_AFTER = re.compile(r"\s*[”\"’]?\s*(?:(?:这一|这个|的)?(?:门槛|标准|条件)|的?(?:[^,;:。()的]{0,10}?)"
                          r"(?:园区|开发区|高新区|经开区|集聚区|工业园|产业园|企业|项目|集群|产业链|基地|板块|县|市|城市|省份)(?![的]?(?:总|合计))"
                          # the class made by 的 and then counted in its clause, whatever its noun or none ("收入超50亿元的
                          # A、B等特色产业有20个", "销售收入超过100亿元的达到20个"): how many pass the bound (never 的同时,
                          # 的基础上, 的目标: no class)
                          r"|的(?!同时|基础|目标|任务|成绩|佳绩|好成绩|水平|历史|大关|规模)[^,;:。()]{0,40}?"
                          r"(?:有|达到?|共有?|为|计)\s*\d+(?:\.\d+)?\s*(?:多|余)?\s*[个家户座项](?![^,;:。]{0,3}?(?:万|亿)))")
# - A part of the park's figure: "四大主导产业完成工业总产值88.2亿元，占园区比重87.84%", "…增加值270.3亿元，总量占
#   全区规模以上工业增加值的82.8%" (全区 of a zone's own text): an industry's or a class's share of the park's own
#   figure of the same quantity is the part's (scope 其他, as the gold lists an industry's figure), never the
#   park's (a share of another quantity, 占园区GDP比重, says nothing of whose it is).
_SHARE_OF_PARK = re.compile(r"占(?:全|本|该|我)?(?:园区|开发区|高新区|经开区|产业集聚区|集聚区|集中区|园)(?P<of>[^,;:。%]{0,16}?)"
                            r"(?:的?比重|的?比例|总量|总额|的\s*-?\d|\s*-?\d)")
_SHARE_OF_ZONE = re.compile(r"占全区(?P<of>[^,;:。%]{0,16}?)(?:的?比重|的?比例|总量|总额|的\s*-?\d|\s*-?\d)")
# - A plan's list of projects counted against how many of it have moved: "66个新开工项目已有28个开工建设",
#   "6个新开工项目中，3个项目已开工", "10个计划投产项目实现投产7个": neither count is how many were started.
_LIST_DENOMINATOR = re.compile(r"\s*(?:中|里)[,]?\s*(?:已有|共有|已经有|有)?\s*\d+\s*[个项](?:项目)?(?:已|实现|开工|竣工|投产)|"
                               r"[,]?\s*(?:已有|共有|已经有)\s*\d|(?:实现|已)(?:开工|投产|竣工)\s*\d+\s*个")
_LIST_NUMERATOR = re.compile(r"\d\s*[个项][^,;:。]{0,10}?项目(?:中|里)?[,]?\s*(?:已有|共有|已经有)\s*$")
# ("…等151个项目开工建设，开工率73%": a rate of starting is of a list; "计划开工项目207个" in the list of a
# place's key projects, 安排市重点项目476个)
_LIST_RATE = re.compile(r"[^,;:。]{0,12}?[,]\s*(?:开工率|竣工率|投产率|签约率|履约率|开竣工率)")
# ...but only a count out of a list named before it (48个新开工重点项目中，31个项目已开工建设，开工率64.6%): a count with its
# rate after it and no list before (…等151个项目开工建设，开工率73%) is the verb's count as any count is — the labellers
# wrote 4 of 4, the lead's convention (session 30)
_OUT_OF_A_LIST = re.compile(r"\d\s*[个项][^,;:。]{0,12}?项目(?:中|里)[,]?\s*$")
_KEY_PROJECT_LIST = re.compile(r"(?:安排|列入|确定|下达)[^,;:。]{0,10}?重点(?:建设|工业|产业)?项目")
_PLANNED_IN_LIST = re.compile(r"计划(?:新)?(?:开工|竣工|投产|建成)")
# whose list of key projects: a place that is no park (全市, 全县, 市, 省级, 县里) in the list's words or before them in the
# clause, and no park before them (园区列入市级重点项目: the park's projects on the city's list, the park's own)
_LIST_PLACE = re.compile(r"(?:全|本|我)?(?:市|县|省|州|旗|盟)")
_LIST_PARK = re.compile(r"园区|开发区|高新区|经开区|工业园|产业园|集聚区|我园|本园|全园")


def _a_places_own_list(sentence: str, listed: re.Match) -> str:
    """The place (市, 县, …) whose list of key projects ``listed`` opens, or "" when it is the park's or no place is said."""
    opening = sentence[_clause_start(sentence, listed.start()):listed.end()]
    if _LIST_PARK.search(opening):
        return ""
    place = _LIST_PLACE.search(opening)
    return place.group() if place else ""


# - A lower bound as a class boundary: "拥有主营业务收入30亿元以上、…15亿元以上制造业企业共1765家"; and any bound
#   made a modifier by 的 (X以上的, X以下的, X以内的 + a noun) defines what is counted or surveyed, whatever the noun:
#   "调查覆盖规划面积100亩以上的地块", "对年税收50万元以下的企业开展评价" (a figure is never "X以上的" something).
#   The same bound in any other wording is a criterion too: with a remark in brackets between the value and its bound
#   ("占地面积在150亩(0.1平方公里)及以上"), said inclusive (及以上, 及以下, (含)以上: how a rule sets a threshold,
#   never how a result is told), or as where a thing falls (在 + value + 以上/以下: "年营业收入在2000万元以上"). A
#   result stated as more than (完成投资10亿元以上) stays a figure.
_ABOVE_CLASS = re.compile(r"(?:\([^()]{1,30}\))?(?:及|或)?以上(?:的)?(?:、|[^,;:。()]{0,8}?(?:企业|项目|园区|开发区))"
                          r"|(?:\([^()]{1,30}\))?(?:\(含\))?(?:及|或)?(?:以上|以下|以内)(?:\(含\))?的"
                          r"|(?:\([^()]{1,30}\))?(?:\(含\)(?:以上|以下|以内)|(?:及|或)(?:以上|以下|以内)|(?:以上|以下|以内)\(含\))")
_BOUND_AFTER = re.compile(r"(?:\([^()]{1,30}\))?(?:\(含\))?(?:及|或)?(?:以上|以下|以内)")
_FALLS_IN = re.compile(r"在(?:约|近)?$")


# two names joined, then 各 or 均 and one value: the value is each one's ("营业额与出口额各约4000亿元", "工业总产值和营业收入
# 均达到120亿元"), as 各 distributes what follows over the things just named (never 各类, 各项: a class)
_EACH_VALUE = re.compile(r"(?:各|均)(?:约|为|达到?|近|逾|超过?)?(?:新台币|人民币)?")
_JOINED = re.compile(r"与|和|及|以及|、")


def _sharing_name(sentence: str, v: _Value, names: list[_Name]) -> _Name | None:
    before = [n for n in names if n.end <= v.start]
    if len(before) < 2 or not _EACH_VALUE.fullmatch(sentence, before[-1].end, v.start):
        return None
    first, second = before[-2], before[-1]
    if first.blocked or first.used or not _JOINED.fullmatch(sentence, first.end, second.start) \
            or not _kind_fits(first.name, v.unit) or first.name == second.name:
        return None
    return first


# a count's own floor before the counted noun ("引进5户以上企业入驻园区", "新开工10个以上项目"): how many at least, the
# things counted — no class by size (that is a sum's bound: 2000万元以上企业), nor a modifier (5家以上的企业: 的)
_COUNT_FLOOR = re.compile(r"以上(?:工业)?(?:企业|厂商|项目)")


# the firms or projects a count right before counts (超过60家企业, 逾30个项目): a floor of the count, no class's bound
_COUNTED_NOUN_AFTER = re.compile(r"(?:以上|多|余)?(?:的)?[^,;:。()的\d]{0,10}?(?:企业|公司|厂商|项目)")


# the jobs a zone brings counted with their floor (提供1万人以上的就业机会, 3000个以上的就业岗位): how many jobs at least,
# the noun the counted thing itself — no class a bound defines (as X以上的企业 is)
# (never the jobs made a modifier in turn, 提供100人以上就业岗位的企业: a class of firms)
_JOBS_FLOOR = re.compile(r"(?:以上|多|余)(?:的)?(?:在地|当地|本地)?(?:就业机会|就业岗位|工作机会|工作岗位)(?![的之])")


# the low end of a range that bounds a class, then the class counted (工业总产值500亿-1000亿元园区2个, 产值10亿至50亿元的
# 企业): the parks or firms whose figure falls in the range, no figure of anyone's
_RANGE_THEN_CLASS = re.compile(r"\s*(?:-|—|–|~|～|至|到)\s*\d[\d.,]*\s*(?:万亿|亿|千万|百万|万)?(?:元|美元)?\s*(?:之间)?(?:的)?"
                               r"(?:园区|开发区|高新区|经开区|工业园|产业园|企业|项目|集群|产业链)")


def _a_class_boundary(sentence: str, v: _Value) -> bool:
    if _JOBS_FLOOR.match(sentence, v.end):
        return False
    if _RANGE_THEN_CLASS.match(sentence, v.end):
        return True
    return bool(_BOUND_BEFORE.search(sentence, max(0, v.start - 4), v.start)) and bool(_CLASS_AFTER.match(sentence, v.end)) \
        and not (_UNIT_KIND[v.unit] == "count" and v.unit != "个" and _COUNTED_NOUN_AFTER.match(sentence, v.end)) \
        or bool(_ABOVE_CLASS.match(sentence, v.end)) and not (_UNIT_KIND[v.unit] == "count" and _COUNT_FLOOR.match(sentence, v.end)) \
        or sentence[v.start - 1:v.start] in ("在", "约", "近") and bool(_FALLS_IN.search(sentence, max(0, v.start - 2), v.start)) \
        and bool(_BOUND_AFTER.match(sentence, v.end))


def _a_share_of_the_park(sentence: str, v: _Value, values: list[_Value], name: str, ctx: _Context) -> bool:
    """The clause after the value (to the next value) says it is a share of the park's own figure."""
    end = min([u.start for u in values if u.start > v.end] + [len(sentence)])
    for pattern in (_SHARE_OF_PARK, _SHARE_OF_ZONE) if ctx.zone_park else (_SHARE_OF_PARK,):
        m = pattern.search(sentence, v.end, end)
        if m:
            of = m.group("of").strip()
            if not of or any(n.name == name for n in _names_in(of)):
                return True
    return False


def _a_list_of_projects(sentence: str, v: _Value, quote_end: int) -> bool:
    return _split_by_state(sentence, v) or bool(_LIST_NUMERATOR.search(sentence, max(0, v.start - 24), v.start)) \
        or quote_end > v.end and bool(_LIST_DENOMINATOR.match(sentence, quote_end)) \
        or bool(_LIST_RATE.match(sentence, max(quote_end, v.end))) and bool(_OUT_OF_A_LIST.search(sentence, max(0, v.start - 30), v.start))


# 累计 opening a run of comma-joined figures carries over the later flows of investment and signing in the sentence
# (累计签约项目325个、总投资N亿元，落地开工项目N个，到位资金N亿元; 已累计批办外资项目N个，实际利用外资N亿美元): all are
# running totals, as the blind labellers read them (5 carried : 1 not; flows 5 : 0; the lead's convention, session 30).
# Only onto those flows; it stops at a stock item (firms settled or in an incubator, area, people, output, income, taxes),
# at a sentence stop (; :), at a new time word or a new status word, and a year's running total (全年累计, 今年累计) opens
# a summary's year, not the park's whole so far: none after it.
_CARRIED_FLOWS = frozenset({"签约项目数", "签约资金", "固定资产投资", "工业投资", "招商引资到位资金", "实际利用外资",
                            "新开工项目数"})
_RUN_OPENS = re.compile(r"累计|累积")
_A_YEARS_TOTAL = re.compile(r"(?:全年|今年|当年|本年|年内|年度|上半年|下半年|季度|\d{1,2}月份?)(?:共|已|共计)?$")
# (到账, 到帐 and 实到 say paid in as 到位 does: 合同外资109亿美元，实际到帐资金59亿美元)
_A_FLOW_CLAUSE = re.compile(r"签约|投资|到位|到账|到帐|实到|引资|利用[外台港内]资|利用资金|外资|台资|开工|落地|项目")
_A_STOCK_CLAUSE = re.compile(r"在孵|孵化|面积|亩|公顷|平方公里|入驻|入园|进驻|落户企业|企业数|规上|规模以上|从业|就业|员工|人员|"
                             r"产值|营业|收入|税|增加值|出口|总量|园区|全区|建成")
# (the run's opening clause may be any flow or a total paid, 累计上缴税收N亿元，实际利用外资N亿美元; not a stock of firms,
# land or people: 累计孵化企业N家，…)
_A_STOCK_OPENING = re.compile(r"在孵|孵化|面积|亩|公顷|平方公里|入驻|入园|进驻|企业数|从业|就业|员工|人员")
_RUN_STOPS = re.compile(r"[;；:：。!?！？]|\d{4}年|今年|去年|上年|当年|本年|全年|明年|\d{1,2}月|季度|上半年|下半年|以来|"
                        r"已|目前|现有|现已|预计|力争|确保|争取|目标|计划|拟|将|其中|同比|增长")


def _a_carried_running_total(sentence: str, name: str, name_start: int, value_start: int) -> str:
    """The 累计 of an earlier clause that carries over to this figure's (see _CARRIED_FLOWS), or ""."""
    if name not in _CARRIED_FLOWS:
        return ""
    own = _clause_start(sentence, min(name_start, value_start))
    opening = None
    for m in _RUN_OPENS.finditer(sentence, 0, own):
        opening = m
    if opening is None or _A_YEARS_TOTAL.search(sentence, max(0, opening.start() - 6), opening.start()):
        return ""
    first = _clause_start(sentence, opening.start())
    first_end = next((m.start() for m in _CLAUSE_SEP_RE.finditer(sentence, opening.end())), len(sentence))
    if first_end > own or _A_STOCK_OPENING.search(sentence, first, first_end):
        return ""
    later = sentence[first_end:value_start]
    if re.search(r"[;；:：。]", later):
        return ""
    for clause in re.split(r"[,，]", later)[1:]:
        if _RUN_STOPS.search(clause) or _A_STOCK_CLAUSE.search(clause) or not _A_FLOW_CLAUSE.search(clause):
            return ""
    return opening.group()


# a standard a park must meet, not what it did: a floor per year or per hectare (工业总产值100亿元/年以上, 投资强度3000万元/
# 公顷以上), or a floor in a sentence that sets norms (…2亿元以上；…比重不得低于50%; 原则上…): the figure is a requirement,
# never an achieved one (the way rules and measures, 措施/办法/标准, write their thresholds)
_RATE_FLOOR_AFTER = re.compile(r"\s*(?:/|每)\s*(?:年|公顷|亩|平方公里)\s*(?:及|或)?(?:以上|以下)")
_FLOOR_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*(?:及|或)?以上")
_NORM_SAID = re.compile(r"不得低于|不低于|不少于|不得少于|不得高于|原则上|须达到|应达到|必须达到|准入|门槛|(?:/|每)\s*(?:年|公顷|亩|平方公里)\s*(?:及|或)?以上")


# a plan's indicators introduced as such (核心指标是，主要指标为：) in a sentence naming the plan or its period
_PLAN_INDICATORS_LEAD = re.compile(r"(?:核心|主要|发展|预期)(?:经济)?指标(?:是|为)\s*[,:：]?")
_PLAN_PERIOD = re.compile(r"规划|十[一二三四五六]五|到20\d\d年|期末")


# a cut-off up to which things are counted (截至2017年12月, 截止目前, 迄今, 到目前为止): all so far, unless a period is named
# (not _CUT_OFF, which holds 累计 too: a 累计 earlier in the sentence governs its own run of figures, _a_carried_running_total)
_COUNTED_UP_TO = re.compile(r"(?:截至|截止)(?:到|至)?(?:目前|现在|今天|发稿时)?|迄今|至今|到目前为止|目前为止")
# …the day it counts up to, no period of the figure's (截止到2009年: all up to the end of 2009; 截至2023年6月底)
_CUT_OFF_DAY = re.compile(r"(?:截至|截止)(?:到|至)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:份)?)?(?:\d{1,2}日)?(?:底|末)?")
# …the words of a period whose figure it is (今年, 全年, 1-10月, 2023年 alone, 新签, 今年以来): a period's total, not all so far
_PERIODS_OWN = re.compile(r"今年|全年|本年|当年|年内|年度|上半年|下半年|前三季度|[一二三四1-4]季度|\d{1,2}(?:-|至|—|~)\d{1,2}月|本月|当月|"
                          r"上年|去年|(?:19|20)\d{2}年(?!\d{1,2}月|底|末)|新签|新引进|新增|新落户|以来")
# …or a bound set right before the value (原则上不超过10平方公里, 不得少于50家): a ceiling or a floor a rule sets
_RULE_BOUND_BEFORE = re.compile(r"(?P<must>不得|不能|不应|不宜|不)(?:超过|高于|大于|低于|少于|小于)\s*$")


def _a_standards_floor(sentence: str, v: _Value) -> str | None:
    """The words that make the value at ``v`` a standard's floor or ceiling (see _NORM_SAID), or None."""
    rate = _RATE_FLOOR_AFTER.match(sentence, v.end)
    if rate:
        return rate.group().strip()
    bound = _RULE_BOUND_BEFORE.search(sentence, max(0, v.start - 6), v.start)
    if bound and (bound.group("must") != "不" or _NORM_SAID.search(sentence)):  # (不超过 alone: only where a norm is said)
        return bound.group().strip()
    if _FLOOR_AFTER.match(sentence, v.end):
        norm = _NORM_SAID.search(sentence)
        if norm:
            return norm.group()
    return None


# what is to be done, opened by 要 (就是要打造…, 我们要…) and run on over verb phrases to 最终/最后 + a verb of becoming: an aim
_AIM_THEN_EVENTUALLY = re.compile(r"(?P<aim>(?:就是要|还要|要|将要|力争|致力于)[^。；;]{2,80}?)[,，]\s*(?P<end>(?:最终|最後|最后)(?:建成|打造|形成|实现|成为|建设))")


def _set_status(fig: _Figure, sentence: str, v: _Value, naming: _Naming, ctx: _Context) -> None:
    """A figure's status and period, and why: the words before it, then what is said right after its value."""
    fig.status, fig.why_status = _status(sentence, v.start, ctx, naming.qstart)
    carried = _a_carried_running_total(sentence, fig.name, naming.qstart, v.start) \
        if fig.status == "实际" and "累" in sentence[:v.start] else ""
    if carried:
        fig.status, fig.why_status = "累计", f"前面分句的“{carried}”带到这一串投资、签约的数"
    if fig.status == "实际" and fig.name == "签约资金" and _APPROVED_HOW in naming.why \
            and (so_far := _FIRMS_SO_FAR.search(sentence, 0, v.start)):
        # "截至2025年底，已引进246家厂商，计画投资额逾2.51兆元": the money of every firm brought in so far, a running
        # total as 累计 says one (the study labellers: 3 pages of 3)
        fig.status, fig.why_status = "累计", f"至今引进的全部厂商的投资额（{so_far.group().strip(' ,')}）"
    if fig.status == "实际" and fig.name in ("签约项目数", "签约资金") \
            and (cut := _COUNTED_UP_TO.search(sentence, 0, v.start)) \
            and not _PERIODS_OWN.search(_CUT_OFF_DAY.sub(lambda d: "#" * len(d.group()), sentence[:v.start])):
        # "截至2017年12月，共有10个项目签订入园投资协议", "截至目前，该园区共引进项目41个，…协议总投资约133亿元": projects
        # signed up to a day, counted from none, are all so far — a running total, no period's (the blind labellers of
        # sessions 47–53: 累计 on 7 pages of 7 hosts, 实际 on none); a year's or a span's named before the value keeps it
        # the period's
        fig.status, fig.why_status = "累计", f"截至某时的全部签约（“{cut.group()}”，没有说是哪一段时间的）"
    if fig.status == "目标" and fig.why_status.startswith("计划") and not _FUTURE.search(sentence, 0, v.start) \
            and not _HORIZON.search(sentence, 0, v.start):
        # "园区批准规划面积4.6平方公里，现有工业企业210多户": a plan's account of what is, 实际 (its name may hold the
        # word: 现有工业企业, 已建成面积; a part 其中 splits from it is as it is)
        own = _clause_start(sentence, min(naming.qstart, v.start))
        if sentence.startswith("其中", own) and own > 0:
            own = _clause_start(sentence, own - 1)
        present = _PRESENT_IN_A_PLAN.search(sentence, own, v.start)
        if present:
            fig.status = "实际"
            fig.why_status = f"计划里说的是现状（“{present.group()}”）"
    if fig.name == "面积" and fig.measure is None and fig.status == "目标" \
            and (fig.why_status.startswith("上文的引导语或句首的期限")
                 or fig.why_status.startswith(("计划部分", "计划（文档类型）")) and "范围" in sentence[:v.start]) \
            and not _FUTURE.search(sentence, 0, v.start) and not _HORIZON.search(sentence, 0, v.start) \
            and not _AREA_TO_COME.search(sentence, _clause_start(sentence, min(naming.qstart, v.start)), v.start):
        # "1、省批准面积8.719平方公里" under 基本情况如下：; "规划范围：东至…，总面积约18.9平方公里" in a plan: the area a
        # lead-in lists, or the range a plan covers, is what the park is, 实际; only its own clause's future (将, 拟, 扩大至,
        # 达到, 到2030年) makes it one to come (session 46: the labels 3 of 3 on 2 hosts; a plan's bare 规划面积 stays its
        # target, as session 29 read it)
        fig.status, fig.why_status = "实际", f"引导语列出或规划范围所说的面积是园区本身（{fig.why_status}不管到它）"
    if fig.status == "实际" and (chain := _AIM_THEN_EVENTUALLY.search(sentence, 0, v.start)) \
            and not _CLAUSE_SEP_RE.search(sentence, chain.end(), v.start):  # (the value inside the 最终… clause)
        # "推动某特区高质量发展就是要打造…，提升…，最终建成一个300家企业入驻、近10万人就业的…园区": a chain of what is to be
        # done, governed by its 要, ends on what the zone will eventually be — an aim, however done 建成 sounds
        fig.status = "目标"
        fig.why_status = f"“{chain.group('aim')}”带起的一串要做的事，以“{chain.group('end')}”收尾：是目标"
    if fig.status in ("实际", "累计") and (lead := _PLAN_INDICATORS_LEAD.search(sentence, 0, v.start)) \
            and _PLAN_PERIOD.search(sentence):
        # "按照规划发展目标，某区“十三五”工业发展的核心指标是，…工业固定资产投资累计完成3.8万亿元": a plan's indicators
        # listed after their lead, a cumulative one too, are what the plan sets
        fig.status, fig.why_status = "目标", f"规划的指标（“{lead.group()}”）：是目标"
    if fig.status == "实际" and (floor := _a_standards_floor(sentence, v)):
        # "核心区工业总产值100亿元/年以上，年上缴税收2亿元以上；…不得低于50%": what a standard asks, an aim at most
        fig.status, fig.why_status = "目标", f"标准的界限（“{floor}”）：是要求，不是完成的数"
    if naming.counted_after and naming.ahead and fig.status == "实际":
        # "…等23个待评审项目即将签约", "10个项目将于年底开工": the count's own verb is still ahead
        fig.status = "目标" if naming.ahead.group() in ("计划", "拟") else "预计"
        fig.why_status = f"项目的动词还在后面（“{naming.ahead.group()}”）"
    if _TARGET_NOUN_AFTER.match(sentence, v.end):
        fig.status = "目标"  # "瞄准产值150亿元目标", "完成下达的3亿元任务": the value is the target's
        fig.why_status = f"数值后是“{_TARGET_NOUN_AFTER.match(sentence, v.end).group()}”"
    elif naming.qend > v.end and _TARGET_NOUN_AFTER.fullmatch(sentence, naming.qend - 2, naming.qend):
        fig.status = "目标"  # "制定42亿马币(约…)投资额目标": the name said after the value closes on the target noun
        fig.why_status = f"数值后的名称是目标（“{sentence[v.end:naming.qend]}”）"
    elif "的" in sentence[v.end:] and _LIST_THEN_TARGET_NOUN.match(sentence, v.end) \
            and _TARGET_SET_BEFORE.search(sentence, _clause_start(sentence, v.start), v.start):
        # "超额完成年初确定的全年产值200亿元、税收9亿元的目标": the values listed up to 的目标 are the target's, each of them
        fig.status = "目标"
        fig.why_status = "数值与后面的数一起列在“…的目标/任务”之内"
    said_after = _STATUS_NOTE.match(sentence, v.end)
    if said_after:  # "实际利用外资完成7456万美元(预计数)": a note after the value says what it is
        fig.status = "预计" if said_after.group(1) in ("预计", "预估", "预测") else "目标"
        fig.why_status = f"数值后的注“{said_after.group()}”"
    budget = _BUDGET_SPLIT.search(sentence, 0, v.start) if fig.status == "实际" and "其中" in sentence \
        and _UNIT_KIND.get(v.unit) == "money" else None
    if budget and ";" not in sentence[budget.end():v.start]:
        # "建设总投资11.5亿元，其中：固定资产投资10.5亿元": the parts of what a build will cost are its budget, planned
        fig.status, fig.why_status = "目标", f"“{budget.group(1)}”的构成：预算的数"
    fig.period = _period(sentence, v.start, ctx)
    target_before = _TARGET_BEFORE_VALUE.search(sentence[:v.start]) and sentence[v.end:v.end + 1] == "的"
    if target_before or naming.target_after:
        fig.status, fig.period = "目标", "全年"
        fig.why_status = naming.why
        fig.growth_set = True  # a growth clause after "任务X亿元的Y%" is the actual figure's
    elif fig.status == "目标" and fig.period == ctx.period and not _PERIOD_RE.search(sentence[:v.start]):
        fig.period = None  # a target's period is the one it names, not the report's

def _part_of_the_ringgit_total(sentence: str, v: _Value, naming: _Naming, figures: list, ctx: _Context) -> bool:
    """Whether the ringgit investment at ``v`` is a part 其中 splits from the total stated before it (…投资总额…；其中外人
    直接投资金额为…), its own, as any part 其中 singles out (session 41: labelled 其他 on 3 pages of 2 hosts, twbusiness and
    mediaselangor): the total in the sentence before the 其中, or the sentence opening with it after the total."""
    if "马来西亚" not in naming.why or "其中" not in sentence[:v.start]:
        return False
    at = sentence.rfind("其中", 0, v.start)
    if any(f.name == "签约资金" and f.value is not None and f.value.end <= at for f in figures):
        return True
    return not sentence[:at].strip(" ,:") and ctx.last_name == "签约资金"


def _money_of_the_parks_firms(sentence: str, v: _Value, naming: _Naming, figures: list, values: list, status: str) -> bool:
    """Whether the signed money at ``v`` is what the park's firms, counted as a stock right before it in the sentence,
    invest — all of them so far, a running total (累计) as their count is a stock: "已核准入区厂商共计41家，整体投资金额
    达…", "有56家获得核准进驻，总投资额为…", "已吸引45家企业入驻，计划投资约…" (计划 the firms' own plan, no target's mark).
    Session 41: labelled 累计 on 10 pages of 9 hosts (one 实际 with 累计 as the other reading), never without it."""
    firms = figures[-1] if figures else None
    if firms is None or firms.name != "入园企业数" or firms.value is None or firms.status not in _DONE_STATES \
            or firms.scope != "园区" or status not in ("实际", "目标"):
        return False
    if any(firms.value.end <= u.start < v.start for u in values) or _RESET.search(sentence, naming.qstart, v.start):
        return False  # (another figure or a new time between: not their money)
    own = sentence[_clause_start(sentence, naming.qstart):v.start]
    return status == "实际" or not any(_strong_marks(_mask(_COST_PLANNED, own)))


# 计划 as the first word of a cost's noun (计划投资额, 计划总投资): the cost the projects are planned at, no target's mark
_COST_PLANNED = re.compile(r"计划(?=总投资|投资总额|投资金额|投资额|投资)")
# a build's cost split by 其中 (建设总投资11.5亿元，其中：固定资产投资…; 项目总投资…，其中…): what it will cost
# (not a sum done: 完成投资总额…，其中… splits investment made)
_BUDGET_SPLIT = re.compile(r"(?<!完成)(?<!实现)(?<!累计)(建设总投资|计划总投资|概算总投资|总投资)(?:额)?:?(?:约|达到?|为|共计?)?"
                           r"[\d.]+(?:万亿|亿|万)?元[,:]其中:?")


# a clause that states only when, how sure and the verb: its figure's name was said before
# ("…工业总产值5.4亿元；预计上半年完成6.7亿元", "实现税收2150万元。预计全年可完成4600万元")
_ELIDED_CLAUSE = re.compile(
    r"(?:同时|其中|另外)?(?:(?:预计|预期|预估|估计|上看|力争|确保|争取|有望|可望|目标|计划|全年|年底|年内|今年|当年|上半年|下半年|前三季度|截至目前|目前|现已|"
    r"[一二三四]季度|\d{1,2}-\d{1,2}月份?|\d{1,2}月份?|月底|可|将|能|也|已|共|累计|同比|"
    r"完成|实现|达到|达|突破|超过|增至|为|首次|首度|"
    # (statistics restate a figure on a comparable basis: "预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元")
    r"同口径|可比口径|按同口径|按可比口径)\s*)+")
_GROWTH_FLOOR = re.compile(r"(?<![^,;:\s])(?:及|或)?(?:以上|左右)(?=[,;:]|$)")
_SIGNED_AFTER_COUNT = re.compile(r"^(?:已经|已|均已|全部|先后|陆续)?(?:集中|成功|正式|现场|顺利|当场|分别)*(?:签约|签订|落户|入驻)(?:落地|落户|入驻|园区)?")
# …where or how they signed said first, or 实现 before the verb ("5个重大项目分别在线上线下集中签约，总投资达…", "A、B等166个
# 项目实现签约落地，总投资约…"): the verb is still the signing of the projects just counted (no figure, no stop, no word of
# intent between: 拟, 意向 never reach here, the count would not be a signed one)
_SIGNED_LATER_AFTER_COUNT = re.compile(r"^(?:已经|已|均已|全部|先后|陆续)?(?:实现|分别|集中|成功|正式|顺利)*"
                                       r"(?:在|于)[^,;:。\d]{1,16}?(?:进行了?)?(?:项目)?(?:集中|成功|正式|现场)*(?:签约|签订)(?:落地|仪式)?|"
                                       r"^(?:已经|已|均已|全部|先后|陆续)?实现(?:集中|成功|正式)?(?:签约|签订)(?:落地|落户|入驻)?")
# "新签约项目5个，总投资33亿元": the money of the projects just counted, signed
# (合同额, the contract sum, only here: said alone it is also a trade's, 对外承包工程新签合同额; so is 总金额, the
# contracts' whole sum: 共签订合同项目26个，总金额52.4亿元)
# (the sum's fuller noun, 总投资金额, 投资总金额, and the projects named as brought in, 招商引资项目总投资: 累计签约项目23个，总投资
# 金额195亿元; 签约项目18个，招商引资项目总投资12亿元 — session 38: +3 right on 3 hosts, none wrong; so in _JOINED_COST, _GLUED_COST)
# the nouns of what projects cost (总投资, 投资总额, 总投资金额…: session 38's fuller forms with them), one alternation for
# the total after a count, joined to it by 、, or glued to its value
_COST_NOUN = r"(?:总投资金额|投资总金额|总投资|投资总额|投资金额|投资额)(?:额)?"
_TOTAL_INVESTMENT = re.compile(r"(?:合计|共计|累计)?(?:(?:招商引资)?(?:项目)?(?:计划|协议|合同)?" + _COST_NOUN + r"|(?:项目)?计划投资|(?:协议)?引资(?:总)?额|合同额|(?:合同)?总金额)"
                               r"(?:高达|达到?|为|约|共计?|超过?|逾|近|突破)?(?:新台币|台币|人民币|港币)?")


# the signed projects' cost right after their count, with no stop between: its noun (总投资, 投资额) or none at all
# the firms just counted as settled in or admitted, then what they invest, glued or in the next clause (…厂商进驻园区，
# 投资额约…; 入区厂商29家，总投资金额约…; 首批入驻的50家台商总投资额达…)
_FIRMS_THEN_COST = re.compile(r"(?:(?:在)?[^,;:。\d]{0,10}?(?:园区|园|区)(?:内)?)?,?(?:合计|共计|累计)?"
                              r"(?:总投资额?|投资总额|投资金额|总投资金额|投资额)(?:高达|达到?|为|约|共计?|超过?|逾|近)?"
                              r"(?:新台币|台币|人民币|港币)?")
_FIRMS_CAME_IN = re.compile(r"入驻|进驻|入区|入园|进园|落户")
# (joined by 、: 签约12个产业项目、总投资99亿元 — the cost's noun said; never of projects to be signed or sought, 拟签约12个
# 项目、总投资…, 意向, 在谈)
_NOT_SIGNED_YET = re.compile(r"拟|意向|在谈|洽谈|储备|谋划|即将|将要")
_JOINED_COST = re.compile(r"、\s*(?:(?:计划|协议|合同)?" + _COST_NOUN + r"(?:达到?|为|约|近|超过?|逾|突破)?)")
_GLUED_COST = re.compile(r"(?:(?:计划|协议|合同)?" + _COST_NOUN + r"(?:达到?|为|约|近|超过?|逾)?)?")


def _carried_name(sentence: str, v: _Value, values: list[_Value], growths, figures: list[_Figure],
                  ctx: _Context) -> str | None:
    """The name of a figure whose name is elided: carried from the figure just before it in
    the sentence, or from the paragraph's last figure when the sentence begins with it."""
    name = _carried_name_of(sentence, v, values, growths, figures, ctx)
    if name == "签约资金" and _events_listed_together(sentence, figures):
        # "集中开工8个项目、签约10个项目，总投资67.5亿元": the cost of all the projects of a list of events (started and
        # signed), none of them the signed ones' alone — no figure (a start's cost is none)
        return None
    return name


def _events_listed_together(sentence: str, figures: list[_Figure]) -> bool:
    """Whether the signed count just read is the last item of a list joined by 、 whose items count other events."""
    counts = [f for f in figures if f.value is not None and f.name in _PROJECT_COUNTS]
    if len(counts) < 2 or counts[-1].name != "签约项目数":
        return False
    last, before = counts[-1], counts[-2]
    return before.name != "签约项目数" and "、" in sentence[before.value.end:last.value.start] \
        and not re.search(r"[,;:。]", sentence[before.value.end:last.value.start])


def _carried_name_of(sentence: str, v: _Value, values: list[_Value], growths, figures: list[_Figure],
                     ctx: _Context) -> str | None:
    if sentence.startswith("的", v.end) and any(u.start == v.end + 1 for u in values):
        # "…集中签约，总投资123.47亿元的37个项目集中开工": the cost of the projects counted right after it, whose verb
        # says what it is (the signed ones' in _cost_of_signed; a start's or a completion's cost is no figure), never
        # carried from the count before
        return None
    clause_from = _item_start(sentence, v.start)
    clause = sentence[clause_from:v.start].strip()
    earlier = [u for u in values if u.end <= clause_from]
    signed = next((f for f in reversed(figures) if f.value is not None), None)
    if signed is not None and signed.name == "签约项目数" and _UNIT_KIND.get(v.unit) == "money" \
            and max(signed.value.end, signed.quote_end) <= v.start \
            and _GLUED_COST.fullmatch(sentence, max(signed.value.end, signed.quote_end), v.start):
        # "签约项目40个投资额203.8亿元", "累计签约项目325个1617亿元": the signed count's money glued to it, the cost's
        # noun (or none) and no stop between, as tables and dense summaries write the pair
        return "签约资金"
    if signed is not None and signed.name == "签约项目数" and _UNIT_KIND.get(v.unit) == "money" \
            and max(signed.value.end, signed.quote_end) <= v.start \
            and _JOINED_COST.fullmatch(sentence, max(signed.value.end, signed.quote_end), v.start) \
            and not _NOT_SIGNED_YET.search(sentence, _clause_start(sentence, signed.value.start), signed.value.start):
        # "签约12个产业项目、总投资99亿元": the count before its noun, the cost joined to it by 、 as an item of the same
        # list (the clause's start is the count's, so no item of its own is found for the money)
        return "签约资金"
    if signed is not None and signed.name == "入园企业数" and _UNIT_KIND.get(v.unit) == "money" \
            and signed.status in ("实际", "累计") and max(signed.value.end, signed.quote_end) <= v.start \
            and _FIRMS_THEN_COST.fullmatch(sentence, max(signed.value.end, signed.quote_end), v.start) \
            and _FIRMS_CAME_IN.search(sentence, _clause_start(sentence, signed.value.start), v.start):
        # "目前已有20家厂商进驻园区，投资额约66亿元", "已核准入区厂商29家，总投资金额约22.2亿元": what the firms that
        # settled in (or were admitted) invest, as the signed projects' money is said after their count
        return "签约资金"
    if not earlier:  # the first value of the sentence: only a sentence that is just this clause
        projects = _THE_PROJECTS.match(sentence) if ctx.last_name == "签约项目数" else None
        if projects and _TOTAL_INVESTMENT.fullmatch(sentence[max(clause_from, projects.end()):v.start].strip()):
            return "签约资金"  # "…签订合同的5个项目为：…。项目涉及…，总投资达15亿元": what the projects just counted cost
        if sentence[:clause_from].strip() or not ctx.last_name or not _ELIDED_CLAUSE.fullmatch(clause):
            return None
        return ctx.last_name
    prev = next((f for f in reversed(figures) if f.value is not None), None)
    if prev is None or prev.value.start != earlier[-1].start:
        return None  # the value before is not a figure: nothing to carry
    gap = sentence[prev.value.end:clause_from]
    if "(" in gap:
        gap = _BRACKETED.sub(lambda m: " " * len(m.group()), gap)  # "2555.6亿元(新台币,下同),全年上看5000亿元": a remark
    for g0, g1, _, _ in growths:
        if prev.value.end <= g0 and g1 <= clause_from:
            gap = gap.replace(sentence[g0:g1], "")
    gap = _RATIO_PHRASE.sub("", gap)
    gap = re.sub(r"自然|名义|按?可比价格?计算", "", gap)  # (the growth's basis: "自然增幅2%")
    # (a target's growth said as a floor: "规模工业增加值30.8亿元，增长10%以上，1-6月预计完成14.6亿元": the same name)
    gap = _GROWTH_FLOOR.sub("", gap)
    if prev.name == "签约项目数" and prev.quote_end > prev.value.end:
        gap = _SIGNED_AFTER_COUNT.sub("", sentence[prev.quote_end:clause_from], count=1)  # "12个项目集中签约，总投资…"
        gap = _SIGNED_LATER_AFTER_COUNT.sub("", gap, count=1)
    if prev.name == "签约项目数" and gap.strip(_CLAUSE_SEP + " 、"):
        gap = _FIELDS_OF_THE_PROJECTS.sub("", gap)  # "签约14个项目，涵盖海工装备、新材料等产业，投资金额超70亿元"
    if gap.strip(_CLAUSE_SEP + " 、"):
        return None
    if _ELIDED_CLAUSE.fullmatch(clause):
        return prev.name
    if prev.name == "签约项目数" and _TOTAL_INVESTMENT.fullmatch(clause):
        return "签约资金"
    return None


# a name as the sentence's topic, a clause saying only how it has moved, then the value in a clause of its own
# ("园区营业额连续增长24个月，2022年上半年达2555.6亿元"): the topic's value, as news writes a trend before the figure
_TREND_CLAUSE = re.compile(r"(?:已经?)?(?:连续|持续|保持|稳步|稳定|快速|大幅|逐年|逐月|不断)?(?:增长|上升|提升|攀升|回升|扩大|扩增|成长)"
                           r"[^,;:。]{0,10}")
_TREND_WORD = re.compile(r"增长|上升|提升|攀升|回升|扩大|成长")


# (session 41: or how it set a record or crossed a round mark, before the value's clause — "营业额逐年扩增，2004年达1.1兆元",
# "营业额创下历史新高，达2兆4,615亿元", "营业额自2004年首度突破兆元以来，…，去年创下1.24兆元历史新高": how Taiwan's
# science-park bulletins and news tell a park's turnover, on 3 hosts of the study pages; the value's clause may open with
# the year it is of, 去年, and say the record's verb, 创下)
_RECORD_CLAUSE = re.compile(r"(?:不仅|更|再|又|也|均)?(?:再度|再次|首度|首次|连续\d*年)?(?:创下?|刷新)了?(?:历史|历年|历来)?"
                            r"(?:新高|最高|新纪录|纪录|次高)(?:纪录)?"
                            # (a round mark crossed, since a year: 自2004年首度突破兆元以来, 2010年以来更年年突破兆元)
                            r"|自?(?:19|20)\d{2}年(?:以来)?(?:更|均)?(?:首度|首次|年年|连年|连续\d*年|每年)?(?:突破|超过|超越)"
                            r"[^,;:。\d]{1,4}(?:以来|大关)?")
_RECORD_WORD = re.compile(r"创下?|刷新|突破|扩增")
# (the value's clause opening with the year it is of, said as a number or as 去年/今年, and a record's verb: 2022年上半年达…,
# 去年创下…)
_TOPIC_VALUE_OPENER = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?|去年|今年|上年)(?:再度|再次)?(?:创下|创)?")


def _topic_name(sentence: str, v: _Value, names: list[_Name], values: list[_Value]) -> str | None:
    if not names or names[0].end > v.start or not (_TREND_WORD.search(sentence, names[0].end, v.start)
                                                   or _RECORD_WORD.search(sentence, names[0].end, v.start)):
        return None  # (asked of every value no name took: a trend word between the first name and it first)
    clause_from = _clause_start(sentence, v.start)
    # (only the names said since the last value: an earlier clause's figures are theirs, 营业额及出口值…分别创下A及B…)
    since = max((u.end for u in values if u.end <= v.start), default=0)
    named = [n for n in names if since <= n.start and n.end <= v.start]
    if len(named) != 1 or named[0].end > clause_from or named[0].blocked or not _kind_fits(named[0].name, v.unit):
        return None
    n = named[0]
    clauses = [c.strip() for c in re.split(r"[,;:]", sentence[n.end:clause_from]) if c.strip()]
    if not clauses or not all(_TREND_CLAUSE.fullmatch(c) or _RECORD_CLAUSE.fullmatch(c) for c in clauses):
        return None
    value_clause = _TOPIC_VALUE_OPENER.sub("", sentence[clause_from:v.start].strip())
    value_clause = re.sub(r"(?:新台币|人民币)\s*$", "", value_clause)  # (达新台币1.1兆元: the currency named before the sum)
    return n.name if not value_clause or _ELIDED_CLAUSE.fullmatch(value_clause) else None


_THE_PROJECTS = re.compile(r"\s*(?:这些|上述|以上|此次签约的|签约)?项目")
# the fields the signed projects cover, said between their count and their money (涵盖…等产业板块, 涉及…等领域): a
# description, no figure between them
# (全部/均 before the verb and 聚焦, the trades they focus on: 本次签约的10个项目，全部聚焦新材料、食品加工等产业，总投资额
# 达…; a list of the projects' names, long as it may be: 此次签约的8个项目包括A项目、B项目…等，涉及…等领域，总投资约…)
_FIELDS_OF_THE_PROJECTS = re.compile(r"(?<![^,;])(?:主要|全部|均|都)?(?:涵盖|涉及|覆盖|包括|分布在|集中在|聚焦(?:于|在)?)"
                                     r"[^,;:。\d]{1,100}?(?=[,;]|$)")
# projects a signing just said involves ("与企业签署项目合作协议，涉及A、B等8个项目"): the signed projects, counted
_INVOLVED = re.compile(r"(?:共|总共|主要)?(?:涉及|包括|包含)")
_SIGNED_BEFORE = re.compile(r"(?<![待拟将未])(?:签署|签订|签约)")
_RESPECTIVELY = re.compile(r"分别(?:是|为|达到|达|完成|实现|创下)?")


def _respective_names(sentence: str, names: list[_Name], values: list[_Value]) -> dict:
    """"实现固定资产投资和工业总产值分别是x亿元、y亿元": the names before 分别 take the values
    after it in order, when the counts match and every unit fits its name."""
    out: dict = {}
    for m in _RESPECTIVELY.finditer(sentence):
        start = _clause_start(sentence, m.start())
        if start > 0 and not sentence[start:m.start()].strip():
            # "规模以上工业总产值、增加值和固定资产投资，分别完成A、B和C": 分别 opens its clause, the list it
            # distributes is the clause before it (a long subject set off by a comma, as reports write it)
            start = _clause_start(sentence, start - 1)
        listed = [n for n in names if start <= n.start and n.end <= m.start() and not n.blocked]
        end = min([i for i in (sentence.find(c, m.end()) for c in ",;:") if i >= 0] or [len(sentence)])
        given = [v for v in values if m.end() <= v.start < end]
        then = _RESPECTIVE_THEN.match(sentence, m.start())
        if not given and then:  # "进、出口额分别成长32.4%及16.4%，达到117.27亿美元及166.76亿美元": the rates, then the values
            end = min([i for i in (sentence.find(c, then.end()) for c in ",;:") if i >= 0] or [len(sentence)])
            given = [v for v in values if then.end() <= v.start < end]
        years = _years_listed(sentence, m.start())
        if years and len(years) == len(given) >= 2:
            # "2016年至2018年，园区分别完成工业总产值236.3亿元、314.5亿元、365亿元": one name, a value for each year
            own = [n for n in names if not n.blocked and (start <= n.start and n.end <= m.start()
                                                          or m.end() <= n.start and n.end <= given[0].start)]
            if len(own) == 1 and all(_kind_fits(own[0].name, v.unit) for v in given) \
                    and not _VALUE_RE.search(sentence, max(own[0].end, m.end()), given[0].start):
                for v, year in zip(given, years):
                    out[v.start], out[v.start, "from"], out[v.start, "year"] = own[0].name, own[0].start, year
                own[0].used = True
                continue
        if len(listed) == 1 and _values_per_subject(sentence, listed[0], given):
            # "甲开发区、乙开发区、丙开发区…规划用地面积分别不得突破A、B、C": one name, a value for each subject in turn
            for v in given:
                out[v.start], out[v.start, "from"] = listed[0].name, listed[0].start
            listed[0].used = True
            continue
        if len(listed) >= 2 and len(listed) == len(given) and all(
                _kind_fits(n.name, v.unit) for n, v in zip(listed, given)):
            for n, v in zip(listed, given):
                out[v.start], out[v.start, "from"] = n.name, n.start
                n.used = True
            continue
        # a list that names quantities this reader does not know among those it does ("营业收入、工业总产值、
        # 净利润、上缴税费和出口总额分别为a、b、c、d和e"): its items take the values in order, and a value whose
        # item is not a key figure is none; a list that cannot be aligned gives no figure (never the nearest name)
        if not listed or len(given) < 2:
            continue
        items = [(start + i.start(), start + i.end()) for i in _LIST_ITEM.finditer(sentence[start:m.start()])]
        owners = [[n for n in listed if a <= n.start and n.end <= b] for a, b in items]
        if len(items) == len(given) and all(len(o) <= 1 for o in owners) and all(
                _kind_fits(o[0].name, v.unit) for o, v in zip(owners, given) if o):
            for o, v in zip(owners, given):
                out[v.start] = o[0].name if o else None
                out[v.start, "from"] = o[0].start if o else v.start
                if o:
                    o[0].used = True
        else:
            for v in given:
                out[v.start], out[v.start, "from"] = None, v.start
    return out


# 分别 pairing a list of subjects with a list of values in order, the one quantity named once: "同意甲开发区、乙开发区、丙开发区
# 调区，调整后的总体规划用地面积分别不得突破A公顷、B公顷、C公顷", "…扩区，用地面积分别由A、B扩大至C、D" — each value is its
# subject's figure of that quantity; every run of values joined by 、 (a change gives two: from, to) must be as long as the
# subjects' list, else nothing pairs. Subjects are places or parks joined by 、/和/及, the last such run before 分别.
_SUBJECT_RUN = re.compile(rf"[{CJK}A-Za-z()（）]{{2,24}}?{_LIST_PLACE_END}(?:(?:、|和|及|与)[{CJK}A-Za-z()（）]{{2,24}}?{_LIST_PLACE_END})+")
_SUBJECTS_JOINED = re.compile(r"、|和|及|与")
_VALUES_JOINED = re.compile(r"\s*(?:、|和|及|与)\s*")


def _values_per_subject(sentence: str, name: _Name, given: list[_Value]) -> bool:
    """Whether the values a 分别 after ``name`` deals out pair with the subjects listed before it, one run per list
    (see _SUBJECT_RUN), each value of the kind ``name`` counts."""
    runs = list(_SUBJECT_RUN.finditer(sentence, 0, name.start))
    if not runs or len(given) < 2 or not all(_kind_fits(name.name, v.unit) for v in given):
        return False
    subjects = len(_SUBJECTS_JOINED.split(runs[-1].group()))
    groups, run = [], [given[0]]
    for before, v in zip(given, given[1:]):
        if _VALUES_JOINED.fullmatch(sentence, before.end, v.start):
            run.append(v)
        else:
            groups.append(run)
            run = [v]
    groups.append(run)
    return subjects >= 2 and all(len(g) == subjects for g in groups)


_PARK_WORD_END = re.compile(r"(?:园区|开发区|高新区|经开区|工业园|产业园|集中区|集聚区|工业区|科技园|合作区|示范区|试验区)$")


def _parks_listed_then_respectively(sentence: str, land: re.Match) -> bool:
    """Whether a land's name (用地面积, 占地) is the parks' listed before it in its sentence, 分别 right after it pairing
    them with its values ("甲开发区、乙开发区调区，调整后的总体规划用地面积分别不得突破…")."""
    if not sentence.startswith("分别", land.end()):
        return False
    runs = list(_SUBJECT_RUN.finditer(sentence, 0, land.start()))
    return bool(runs) and all(_PARK_WORD_END.search(item) for item in _SUBJECTS_JOINED.split(runs[-1].group()))


_LIST_ITEM = re.compile(r"[^、和及与]+")
# the years a "分别" list goes through, named before it in its sentence: a span (2016年至2018年, 2021-2023年,
# 2019到2021年) or each one (2021年、2022年和2023年)
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|-|—|–|~|～)\s*((?:19|20)\d{2})\s*年")
_YEAR_EACH = re.compile(r"((?:19|20)\d{2})\s*年")


def _years_listed(sentence: str, at: int) -> list[int]:
    """The years, in order, that a "分别" at ``at`` goes through, named in the sentence before it (see _YEAR_SPAN)."""
    head = sentence[:at]
    spans = list(_YEAR_SPAN.finditer(head))
    if spans:
        a, b = int(spans[-1].group(1)), int(spans[-1].group(2))
        return list(range(a, b + 1)) if 2 <= b - a + 1 <= 10 else []
    chain: list[re.Match] = []
    for y in _YEAR_EACH.finditer(head):  # the last run of years joined by 、/和 (2021年、2022年和2023年)
        chain = chain + [y] if chain and re.fullmatch(r"\s*(?:、|和|及|与)\s*", head[chain[-1].end():y.start()]) else [y]
    return [int(y.group(1)) for y in chain] if len(chain) >= 2 else []
# (the values' clause may name its year and say 分别 again: "…分别增长62%和48%，2023年分别达到96亿元和4.1亿元")
_RESPECTIVE_THEN = re.compile(_RESPECTIVE_RE.pattern + r",(?:(?:19|20)\d{2}年(?:底|末)?|今年|全年|年末|年底)?(?:分别)?(?:达到|达|为|是|至)")


def _among(sentence: str, n: _Name, values: list[_Value], figures: list[_Figure], ctx: _Context) -> str:
    """The text from a 其中 to the name ``n`` when it lists parts of the figure just before the
    其中 (of the same name), else "": "完成…到位资金46.2亿元。其中，省外到位资金…；工业项目到位资金…"
    are parts; after "新办企业4家，其中亿元企业1家；到位资金1.5亿元" the 其中 was another item's."""
    at = sentence.rfind("其中", 0, n.start)
    if at < 0 or any(f.value is not None and f.value.start > at and not f.part for f in figures):
        return ""  # no 其中, or a figure stated since ended its list (the list's own parts do not)
    parts = [f for f in figures if f.part and f.value is not None and f.value.start > at]
    if parts:
        return sentence[at:n.start] if parts[0].name == n.name else ""  # (the next item of the same list)
    before = [u for u in values if u.end <= at]
    if before:
        whole = figures[-1] if figures and figures[-1].value.start == before[-1].start else None
        return sentence[at:n.start] if whole is not None and whole.name == n.name else ""
    return sentence[at:n.start] if ctx.last_name == n.name else ""


# "累计实现税收42870万元，其中2009年实现税收4103万元": a running total split by time; the part is that period's
_PART_BY_TIME = re.compile(r"其中[,]?\s*(?:(?:19|20)\d{2}年|今年|去年|当年|本年|上半年|下半年|[一二三四]季度|\d{1,2}-\d{1,2}月)")


def _whole_is_no_figure(sentence: str, n: _Name, values: list[_Value], figures: list[_Figure]) -> bool:
    """Whether the 其中 before the name ``n`` splits a sum that is no key figure, stated right before it in
    its sentence ("园区建设总投入20237万元，其中企业固定资产投入9414万元，政府性投资…"): the part is then the
    only figure of its name stated, not a part of one (a 其中 opening a sentence, or after a key figure, still
    splits the figure before)."""
    at = sentence.rfind("其中", 0, n.start)
    before = [u for u in values if u.end <= at]
    if at < 0 or not before or any(f.value is not None and f.value.start == before[-1].start for f in figures):
        return False
    whole = sentence[_clause_start(sentence, before[-1].start):before[-1].start]
    return bool(whole) and not _NAME_RE.search(whole) and not _VALUE_RE.search(sentence, before[-1].end, at)


def _kind_fits(name: str, unit: str) -> bool:
    want = _NAME_KIND.get(name, "money")
    have = _UNIT_KIND[unit]
    if name == "从业人员":
        return have == "people" or unit in ("个", "万个")  # (jobs counted as positions: 3200个就业机会)
    if name == "面积":
        return unit in _PARK_AREA_UNITS
    if name in ("入园企业数", "规上企业数") and unit in ("项", "宗", "件", "万项"):
        return False  # (firms are counted in 家, 户, 个: "区内企业累计获得专利217项" counts the patents)
    return want == have


def _attach_growths(sentence: str, figures: list[_Figure], names: list[_Name], growths, ctx: _Context) -> None:
    """Each growth clause belongs to the figure just before it, or, written before the
    value ("投资增长39%，达到36亿元"), to the figure of the name it follows. A growth rate
    with no value of its own is not a figure (nothing to compare across years)."""
    respective = _RESPECTIVE_RE.search(sentence)
    if respective:
        pcts = re.findall(r"-?[\dxX]+(?:\.[\dxX]+)?", respective.group("list"))
        open_figs = [f for f in figures if f.value and f.value.end <= respective.start() and not f.growth_set]
        if len(pcts) == len(open_figs):
            for f, p in zip(open_figs, pcts):
                f.growth, _ = read_number(p)
                f.growth_set = True
    for g0, g1, pct, masked in growths:
        if respective and respective.start() <= g0 < respective.end():
            continue
        prev_names = [n for n in names if n.end <= g0]
        last_fig = max((f for f in figures if f.value and f.value.end <= g0), key=lambda f: f.value.end, default=None)
        name_between = last_fig is not None and (any(last_fig.quote_end <= n.start for n in prev_names)  # (its own name
                                                  # may follow its value: "上缴2.8亿元税收，同比增长7%")
                                                  or _VALUE_RE.search(sentence, last_fig.value.end, g0))
        if last_fig is not None and not name_between and not last_fig.growth_set:
            last_fig.growth, last_fig.growth_set = pct, True
            last_fig.quote_end = max(last_fig.quote_end, g1)
            continue
        if prev_names:
            n = prev_names[-1]
            gap = sentence[n.end:g0]
            later = [f for f in figures if f.name == n.name and f.value and f.value.start >= g1
                     and f.name_start <= n.start]
            if len(gap) <= 8 and not any(c in _CLAUSE_SEP for c in gap) and not n.blocked \
                    and n.name not in _COUNT_NAMES and not _GAP_BLOCK.search(gap) and (later or not n.used):
                if later and not later[0].growth_set:
                    later[0].growth, later[0].growth_set = pct, True
                    later[0].quote_start = min(later[0].quote_start, _clause_start(sentence, n.start))
                    continue
                n.used = True  # a growth rate alone ("工业增加值增长8%") is not a figure: no value to compare
    figures.sort(key=lambda f: f.quote_start)


def _finish(fig: _Figure, text: str, offsets: list[int]) -> Indicator:
    start = offsets[fig.quote_start] if fig.quote_start < len(offsets) else len(text)
    end = offsets[fig.quote_end - 1] + 1 if 0 < fig.quote_end <= len(offsets) else len(text)
    quote = re.sub(r"\s+", "", text[start:end])
    v = fig.value
    yi = None
    if v.value is not None and v.unit in _MONEY_YI:
        yi = _clean(v.value * _MONEY_YI[v.unit])
    return Indicator(fig.name, _clean(v.value), v.unit, yi, _clean(fig.growth), fig.status, fig.period, fig.scope,
                     v.masked, quote, fig.section, start, end, year=fig.year, measure=fig.measure,
                     why={"name": fig.why_name, "status": fig.why_status})


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a figure's quote stands in, to its stops (。！？；, a line's end)."""
    cut = max(text.rfind(stop, 0, start) for stop in "。！？!?\n") + 1
    ends = [i for i in (text.find(stop, end) for stop in "。！？!?\n") if i >= 0]
    return text[cut:min(ends) if ends else len(text)].strip()


# the park's own figures a report restates (not a part's: 其中… parts of equal value are each their own)
_RESTATED_NAMES = frozenset(("工业总产值", "营业收入", "税收", "财政收入", "固定资产投资", "签约资金", "面积", "招商引资到位资金"))


# the counts a report restates (a headline and its text, a lead and a table row: 新签约项目32个 twice, once read as the
# park's and once as a part singled out of a city's, 其中某开发区新签约项目32个) — listed once (docs/labelling.md), when
# the count is distinct enough (ten or more) for two equal counts of two owners to be unlikely in one report
_RESTATED_COUNTS = frozenset(("签约项目数", "新开工项目数", "竣工投产项目数", "入园企业数", "规上企业数", "从业人员"))


def _headline_or_row_restated(text: str, a: Indicator, b: Indicator) -> bool:
    """Whether one of two equal counts stands in the report's first line (its headline) or in a table's row (cells
    parted by |) and the other on another line: how a report restates its text's counts (two sentences of the text
    with equal counts are two owners' as often)."""
    def line_of(ind: Indicator) -> tuple[int, str]:
        start = text.rfind("\n", 0, ind.start) + 1
        end = text.find("\n", ind.start)
        return start, text[start:end if end >= 0 else len(text)]
    (a_at, a_line), (b_at, b_line) = line_of(a), line_of(b)
    if a_at == b_at:
        return False
    return any(not text[:at].strip() or line.count("|") >= 2 for at, line in ((a_at, a_line), (b_at, b_line)))


# a period said in the headline's own words (1-7月, 上半年, 一季度, 全年, 2024年)
_PERIOD_WORDS = re.compile(r"\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|\d{1,2}月|[上下]半年|前?[一二三四1-4]季度|全年|年度|\d{4}年|今年|去年|上年")


def _headline_without_period(text: str, ind: Indicator) -> bool:
    """Whether a figure stands in the report's headline (its first line) and the headline names no period of its own:
    the period it was given is the report's, guessed, and the text's same figure with its period is the statement
    (新疆某试验区完成招商引资到位资金20.69亿元 over 2024年1-7月，…完成招商引资到位资金20.69亿元)."""
    if text is None or ind.start is None:
        return False
    start = text.rfind("\n", 0, ind.start) + 1
    end = text.find("\n", ind.start)
    line = text[start:end if end >= 0 else len(text)]
    return not text[:start].strip() and not _PERIOD_WORDS.search(line)


def _distinct_count(ind: Indicator) -> bool:
    return ind.name in _RESTATED_COUNTS and _UNIT_KIND.get(ind.unit) in ("count", "people") and ind.value is not None \
        and ind.value >= 10


def _exact_count(ind: Indicator) -> bool:
    """A count told to four significant digits or more (就业人数9万2601人, 入园企业3636户): two owners' counts equal so
    exactly in one report are as good as never, so two sentences saying it are one statement (a round count, 120家,
    may well be two owners')."""
    if not _distinct_count(ind) or ind.value != int(ind.value):
        return False
    return len(str(int(ind.value)).rstrip("0")) >= 4


def _restated(ind: Indicator) -> bool:
    """Whether a figure said again with another scope is one statement: a sum or an area the park restates (not a part
    singled out), or a distinct count (a part too, where it equals the park's whole: _dedupe)."""
    if _UNIT_KIND.get(ind.unit) in ("money", "area") and ind.name in _RESTATED_NAMES:
        return not _is_a_part(ind) or _distinct_money(ind)
    return _distinct_count(ind)  # (a part too: _dedupe keeps it only against the park's own whole)


def _distinct_money(ind: Indicator) -> bool:
    return _UNIT_KIND.get(ind.unit) == "money" and ind.name in ("签约资金", "招商引资到位资金")


def _is_a_part(ind: Indicator) -> bool:
    why = (ind.why or {}).get("name", "")
    return "一部分" in why or "逐项列出" in why or "逐一列出" in why


# the same period as statistics name it two ways (上半年 and 1-6月, 一季度 and 1-3月, 前三季度 and 1-9月): one period when a
# figure is said twice (上半年实际利用外资15.6亿美元 in the headline, 1至6月…实际利用外资15.6亿美元 in the text)
_SAME_PERIOD = {"1-6月": "上半年", "1-3月": "一季度", "1-9月": "前三季度"}


def _period_key(period: str | None) -> str | None:
    return _SAME_PERIOD.get(period, period)


def _dedupe(found: list[Indicator], text: str = "") -> list[Indicator]:
    """One figure stated twice (a title made of the first sentence, a summary and its
    detail) is listed once, with its growth rate if either statement gives one. A sentence
    printed twice (a page repeating its lead, a summary box and the text) is one statement:
    its figure is listed once, as its first printing reads it, whatever the second's context
    made of its scope."""
    seen: dict[tuple, int] = {}
    out: list[Indicator] = []
    printed: dict[tuple, str] = {}  # (name, value, unit, status, period) -> the sentence of its first printing
    for ind in found:
        if text and ind.value is not None and not ind.masked and ind.start is not None:
            said = (ind.name, ind.value, ind.unit, ind.status, _period_key(ind.period))
            sentence = _sentence_around(text, ind.start, ind.end)
            if said in printed and printed[said] == sentence and len(sentence) >= 12 \
                    and any((o.name, o.value, o.unit, o.status, _period_key(o.period)) == said and o.scope != ind.scope for o in out):
                continue  # (the same sentence printed again: no second figure with another scope)
            other = next((i for i, o in enumerate(out) if (o.name, o.value, o.unit, o.status, _period_key(o.period)) == said
                          and o.scope != ind.scope and not o.masked
                          and (not _distinct_count(ind) or _exact_count(ind) or _headline_or_row_restated(text, o, ind))),
                         None) if _restated(ind) else None
            if other is not None and _is_a_part(out[other]):
                other = None
            if other is not None and _is_a_part(ind) and not (out[other].scope == "园区" and (_distinct_count(ind)
                                                                                             or _distinct_money(ind))):
                other = None  # (a part equal to the park's whole restates it only where a count or a sum signed is distinct)
            if other is not None:
                # (a sum or an area stated twice in one report, once read as the park's and once as another's — a
                # headline and its text, a profile's table row and its prose: one statement, the park's)
                if ind.scope == "园区":
                    out[other] = replace(out[other], scope="园区")
                    # (and it is found as the park's from now on: a third printing, read as the park's, is the same one)
                    o = out[other]
                    seen.setdefault((o.name, o.value, o.unit, o.status, _period_key(o.period), o.scope, None), other)
                continue
            printed.setdefault(said, sentence)
        # (parts listed in turn are each their own, equal values or not: 甲区项目6个…；乙区项目6个)
        key = (ind.name, ind.value, ind.unit, ind.status, _period_key(ind.period), ind.scope,
               ind.quote if ind.masked or ind.value is None or "逐项列出" in (ind.why or {}).get("name", "") else None)
        # (a headline's figure with no period and the text's same figure with its period, 一季度: one statement, the
        # text's fuller; so with the two the other way round)
        loose = key[:4] + key[5:]
        if key not in seen and ind.value is not None and not ind.masked:
            same = next((i for i, o in enumerate(out) if (o.name, o.value, o.unit, o.status, o.scope) == loose[:5]
                         and ((o.period is None) != (ind.period is None)
                              or o.period != ind.period and _headline_without_period(text, o))
                         and o.year == ind.year), None)
            if same is not None:
                if out[same].period is None or out[same].period != ind.period and _headline_without_period(text, out[same]):
                    out[same] = replace(ind, growth_pct=ind.growth_pct if ind.growth_pct is not None else out[same].growth_pct)
                seen[key] = same
                continue
        if key not in seen:
            seen[key] = len(out)
            out.append(ind)
        elif out[seen[key]].growth_pct is None and ind.growth_pct is not None:
            out[seen[key]] = ind
    return out


def canonical_indicator(word: str) -> str | None:
    """The indicator a word names: 税收, 税金, 稅收 → 税收; 工业总产值 → 工业总产值; else None."""
    folded = fold(word.strip())
    if folded in INDICATOR_NAMES:
        return folded
    if folded in _NAME_OF:
        return _NAME_OF[folded]
    composed = _NAME_RE.fullmatch(folded)
    if composed and any(composed.group(group) for group, _ in _COMPOSED):
        return _name_of(composed)  # 公共财政预算收入, 到账外资
    # a count's short name: 规上企业 → 规上企业数, 签约项目 → 签约项目数
    return folded + "数" if folded + "数" in INDICATOR_NAMES else None
