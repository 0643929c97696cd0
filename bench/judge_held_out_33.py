"""Held-out-33's judgements (session 47, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_32.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_33.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``L01``–``L15`` (held-out-22 took ``A`` … held-out-32 ``K``; ``ranking.split_of`` reads the first character as it
is, so ``L`` is not held-out-20's ``l``).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..32 do:
6 phrasing in everyday words (修机场, 用煤气, 着火, 种菜, 盖学校, 修桥; the need's usual forms listed), 2 questions in a
user's words (外汇储备有多少, 农民负担减轻了吗), 2 narrow (葛洲坝, 量子通信), 1 broad (经济体制改革), 1 section query
(能源 存在的问题), 2 typed conditions (a year: 2017年 一带一路; a park: 凤阳工业园区 计划生育) and 1 quoted string
("创新驱动"). Every query was checked against the study queries' texts first: none repeats one. The words were read in
the reports' texts (grep and reading of their contexts) before the rules were written; no system's output on them was
read. Read there: an airport is 机场 (2), 民航 or 航空 alone 1; household gas is 燃气, 天然气 or 煤气 (2), 沼气 alone 1;
a fire is 火灾, 消防, 失火 or 火情 (2), 安全事故 or 安全隐患 alone 1; growing vegetables is 蔬菜, 种菜, 菜地 or 大棚 (2),
菜篮子 alone 1; building schools is 校舍, 学校建设, a school newly built or 办学条件 (2), 学校 alone 1; building bridges
is 桥梁, 大桥, 架桥 or 建桥 (2), 隧道 or 渡口 alone 1; the foreign-exchange reserve is 外汇储备 (2), 外汇 alone 1; the
farmers' burden is 农民负担 (2), 农业税 or 农村税费改革 alone 1; the Gezhouba dam is 葛洲坝 (2), 水利枢纽 or 水电站 alone 1;
quantum technology is 量子 (2; the reports write 量子通信, 量子信息, 量子计算).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import PROBLEM, counted  # noqa: E402
from judge_held_out_8 import PROBHEADS, write_judgements  # noqa: E402
from judge_held_out_22 import once_weak  # noqa: E402

Q = []


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


SCHOOL_BUILT = r"校舍|学校建设|新建.{0,4}学校|建设.{0,6}学校|办学条件"
REFORM = r"经济体制改革|市场化改革|体制改革"
ENERGY = r"能源|煤炭|电力"

# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("L01", "phrasing", "修机场", "airports built (机场); 民航 or 航空 alone 1", once_weak(r"机场", r"民航|航空"))
q("L02", "phrasing", "用煤气", "household gas (燃气, 天然气, 煤气); 沼气 alone 1", once_weak(r"燃气|天然气|煤气", r"沼气"))
q("L03", "phrasing", "着火", "fires and fire safety (火灾, 消防, 失火, 火情); 安全事故 or 安全隐患 alone 1",
  once_weak(r"火灾|消防|失火|火情", r"安全事故|安全隐患"))
q("L04", "phrasing", "种菜", "growing vegetables (蔬菜, 种菜, 菜地, 大棚); 菜篮子 alone 1",
  once_weak(r"蔬菜|种菜|菜地|大棚", r"菜篮子"))
q("L05", "phrasing", "盖学校", "schools built (校舍, 学校建设, a school newly built, 办学条件); 学校 alone 1",
  once_weak(SCHOOL_BUILT, r"学校"))
q("L06", "phrasing", "修桥", "bridges built (桥梁, 大桥, 架桥, 建桥); 隧道 or 渡口 alone 1",
  once_weak(r"桥梁|大桥|架桥|建桥", r"隧道|渡口"))
# questions in a user's words
q("L07", "natural", "外汇储备有多少", "the foreign-exchange reserve (外汇储备); 外汇 alone 1",
  once_weak(r"外汇储备", r"外汇"))
q("L08", "natural", "农民负担减轻了吗", "the farmers' burden (农民负担); 农业税 or 农村税费改革 alone 1",
  once_weak(r"农民负担", r"农业税|农村税费改革"))
# narrow
q("L09", "narrow", "葛洲坝", "the Gezhouba dam (葛洲坝); 水利枢纽 or 水电站 alone 1", once_weak(r"葛洲坝", r"水利枢纽|水电站"))
q("L10", "narrow", "量子通信", "quantum technology (量子通信, 量子信息, 量子计算, 量子)", counted(r"量子", once=True))
# broad
q("L11", "broad", "经济体制改革", "reforming the economic system (经济体制改革, 体制改革, 市场化改革)", counted(REFORM))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("L12", "section", "能源 存在的问题", "the problems of energy (能源, 煤炭, 电力 near a problem word or under such a "
  "heading)", counted(ENERGY, role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("L13", "filtered", "2017年 一带一路", "the Belt and Road (一带一路) in the report of 2017", counted(r"一带一路", year=2017))
q("L14", "filtered", "凤阳工业园区 计划生育", "凤阳 industrial park's family planning (计划生育)",
  counted(r"计划生育", park="凤阳"))
# quoted
q("L15", "quoted", '"创新驱动"', "the exact string 创新驱动", counted(r"创新驱动"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
