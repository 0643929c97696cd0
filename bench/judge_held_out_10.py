"""Held-out-10's judgements (session 13): the rules written with the queries, applied to every report's
normalised text, as bench/judge_held_out_9.py does (held-out-7's and -8's helpers). No search is run: the
reports are read from an index's stored fields (the reader's text, title, year and park), so the grades
depend on the documents only.

    python bench/judge_held_out_10.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

The rules were fixed before any run, held-out-9's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2 (the benchmark's test asks every query for a report graded 2).
A type typed with a topic (工作总结 项目建设) is read from the report's own title (its genre word), as the reader
reads it; a second half typed (下半年 招商引资) wants the topic where the report speaks of that half.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import (INFRA, INVEST, MEASURE, PLAN, PROBLEM, PROJ, RESULT, counted,  # noqa: E402
                              heading_spans, in_spans, near)
from judge_held_out_8 import ENV, PLANHEADS, PROBHEADS, RESULTHEADS, SAFE, SERVE, TECH, write_judgements  # noqa: E402

Q = []


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


# questions
q("y01", "natural", "园区去年签约了多少个项目", "the projects a park signed (签约, 签约项目, 签约资金)",
  counted(r"签约", park_q=True))
q("y02", "natural", "怎样减轻企业负担", "lightening firms' burdens (企业负担, 减负, 减税降费, 降低企业成本, 降成本)",
  counted(r"减轻企业负担|企业负担|减负|减税降费|降低企业.{0,4}成本|降成本|减税|清理.{0,4}收费"))
q("y03", "natural", "园区今年新开工了几个项目", "the projects a park started building (新开工, 开工建设, 项目开工)",
  counted(r"新开工|开工建设|开工项目|项目开工|开工", park_q=True))
q("y04", "natural", "怎样扩大内需", "expanding domestic demand (扩大内需, 内需, 消费需求, 扩大消费, 促进消费)",
  counted(r"扩大内需|内需|消费需求|扩大消费|促进消费|居民消费|消费拉动"))
q("y05", "natural", "园区有多少家规模以上企业", "a park's count of firms above the size threshold (规模以上企业, 规上企业)",
  counted(r"规模以上(工业)?企业|规上(工业)?企业|规模以上工业", park_q=True))
q("y06", "natural", "园区入驻了多少家企业", "the firms that settled in a park (入驻, 入园, 落户, 进驻)",
  counted(r"入驻|入园|落户|进驻|签约入园", park_q=True))
q("y07", "natural", "居民收入增长了多少", "the growth of residents' income (居民收入, 可支配收入, 农民人均纯收入, 工资)",
  counted(r"居民.{0,6}收入|可支配收入|人均纯收入|农民收入|农民.{0,4}收入|职工.{0,4}工资|工资收入"))
q("y08", "natural", "怎样淘汰落后产能", "closing outdated capacity (淘汰落后, 落后产能, 去产能, 过剩产能, 关停)",
  counted(r"淘汰落后|落后产能|去产能|过剩产能|产能过剩|关停"))
# sections: a topic inside the named part (near a role word within 40 characters, or under a heading naming it)
q("y09", "section", "安全生产 主要做法", "how work safety was kept (measures taken)", counted(SAFE, role=MEASURE, roleheads=MEASURE))
q("y10", "section", "科技创新 存在问题", "the problems of innovation", counted(TECH, role=PROBLEM, roleheads=PROBHEADS))
q("y11", "section", "企业服务 主要成效", "what serving firms achieved", counted(SERVE, role=RESULT, roleheads=RESULTHEADS))
q("y12", "section", "人才引进 主要做法", "how talent was attracted (measures taken; 人才 near a measure word)",
  counted(r"人才", role=MEASURE, roleheads=MEASURE))
q("y13", "section", "土地利用 下一步打算", "what is planned next for land use (土地, 用地 near a plan word)",
  counted(r"土地|用地", role=PLAN, roleheads=PLANHEADS))
q("y14", "section", "基础设施建设 主要做法", "how infrastructure was built (measures taken)",
  counted(INFRA, role=MEASURE, roleheads=MEASURE))
q("y15", "section", "节能减排 存在问题", "the problems of saving energy and cutting emissions",
  counted(r"节能减排|节能|减排|降耗", role=PROBLEM, roleheads=PROBHEADS))
q("y16", "section", "产业发展 主要成效", "what industrial development achieved", counted(r"产业", role=RESULT, roleheads=RESULTHEADS))
q("y17", "section", "企业融资 主要做法", "how firms were helped to finance (measures taken)",
  counted(r"融资|贷款", role=MEASURE, roleheads=MEASURE))


# a period, park, year or type typed
def y18(r):
    t = r["text"]
    if not re.search(INVEST, t):
        return 0
    return 2 if (near(t, "下半年", INVEST) or in_spans(t, INVEST, heading_spans(t, "下半年"))) else 1
q("y18", "filtered", "下半年 招商引资", "investment attraction in a year's second half (planned or done)", y18)
q("y19", "filtered", "上半年 基础设施", "infrastructure in a first half", counted(INFRA, half=True))
q("y20", "filtered", "磐安工业园区 招商引资", "磐安 industrial park's investment attraction", counted(INVEST, park="磐安"))
q("y21", "filtered", "金岭工业园 项目建设", "金岭 industrial park's project construction", counted(PROJ + "|项目", park="金岭"))
q("y22", "filtered", "达道湾工业园区 基础设施", "达道湾 industrial park's infrastructure", counted(INFRA, park="达道湾"))
q("y23", "filtered", "2015年 大众创业", "mass entrepreneurship in the 2015 report (大众创业, 万众创新, 双创)",
  counted(r"大众创业|万众创新|双创|创业创新|创新创业", year=2015))
q("y24", "filtered", "2021年 碳达峰", "peaking carbon in the 2021 report (碳达峰, 碳中和, 碳排放)",
  counted(r"碳达峰|碳中和|双碳|碳排放|低碳", year=2021))


def y25(r):
    g = counted(PROJ)(r)
    if not g:
        return 0
    from indexer.analysis import normalize

    return 2 if "总结" in normalize(r["title"]) else 1
q("y25", "filtered", "工作总结 项目建设", "project construction in a work summary (a 工作总结 by its title)", y25)
# phrasing
q("y26", "phrasing", "职业技能培训", "training workers' skills (职业技能, 技能培训, 职业培训, 职业教育)",
  counted(r"职业技能|技能培训|职业培训|职业教育|技工|岗位培训|技能人才"))
q("y27", "phrasing", "企业技术改造", "firms renewing their technology (技术改造, 技改, 设备更新)",
  counted(r"技术改造|技改|设备更新|改造升级|技术进步"))
q("y28", "phrasing", "外来务工人员", "migrant workers (外来务工, 农民工, 进城务工, 流动人口)",
  counted(r"外来务工|农民工|进城务工|务工人员|流动人口|外出务工"))
q("y29", "phrasing", "生态修复", "restoring ecosystems (植树造林, 退耕还林, 水土保持, 天然林保护, 国土绿化)",
  counted(r"生态修复|植树造林|造林|退耕还林|退牧还草|水土保持|天然林|国土绿化|湿地保护|生态保护"))
q("y30", "phrasing", "水资源保护", "protecting water (水资源, 水污染, 水环境, 节水, 水质, 河长制)",
  counted(r"水资源|水污染|水环境|节水|水质|河长制|饮用水|水源"))
q("y31", "phrasing", "粮食安全", "food security (粮食安全, 粮食生产, 粮食产量, 耕地保护, 种粮)",
  counted(r"粮食安全|粮食生产|粮食产量|粮食总产|耕地保护|种粮|粮食"))
q("y32", "phrasing", "房地产调控", "steering the property market (房地产, 房价, 商品房, 住房)",
  counted(r"房地产|房价|商品房|住房市场|楼市"))
# broad, narrow, quoted
q("y33", "broad", "交通运输", "transport (交通, 公路, 铁路, 港口, 运输, 航空)", counted(r"交通|公路|铁路|港口|运输|航空|机场"))
q("y34", "broad", "国有企业改革", "reforming state-owned firms (国有企业, 国企, 国有资产)",
  counted(r"国有企业|国企|国有资产|国有经济|国资"))
q("y35", "broad", "文化建设", "culture (文化事业, 文化产业, 精神文明, 文化)", counted(r"文化"))
q("y36", "narrow", "长江经济带", "the Yangtze River economic belt", counted(r"长江经济带", narrow=True))
q("y37", "narrow", "粤港澳大湾区", "the Guangdong-Hong Kong-Macao Greater Bay Area (粤港澳, 大湾区)",
  counted(r"粤港澳|大湾区", narrow=True))
q("y38", "narrow", "西部大开发", "the great western development (西部大开发)", counted(r"西部大开发", narrow=True))
q("y39", "quoted", '"项目建设"', "the exact string 项目建设", counted(r"项目建设"))
q("y40", "quoted", '"产业集群"', "the exact string 产业集群", counted(r"产业集群", narrow=True))

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
