"""Held-out-18's judgements (session 22): the rules written with the queries, applied to every report's
normalised text, as bench/judge_held_out_17.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_18.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries): 5 phrasing (a
need in everyday words, the reports' usual forms listed), 3 narrow things, 2 broad topics, 1 section query, 2 typed conditions (a
year, a park), 1 quoted string, 1 question in a user's words. The words were read in the reports' texts (grep and
reading of their contexts) before the rules were written; no system's output on them was read.
A typed park is met by its own reports (the park's place in the title, the opening 300 characters or the read
park), its name written elsewhere 1; a typed year by that year's report, the topic in another year's 1.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import PROBLEM, counted  # noqa: E402
from judge_held_out_8 import PROBHEADS, write_judgements  # noqa: E402
from judge_held_out_12 import strong_weak  # noqa: E402

Q = []


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("r01", "phrasing", "电动汽车", "electric and new-energy cars (新能源汽车, 电动汽车, 充电桩/充电设施, 新能源车); 汽车 alone 1",
  strong_weak(r"新能源汽车|电动汽车|充电桩|充电设施|新能源车|换电", r"汽车", narrow=True))
q("r02", "phrasing", "退伍军人安置", "resettling people who left the army (退役军人, 复员退伍军人, 退伍, 复员, 转业 cadres or "
  "soldiers); 优抚 or 拥军 alone 1",
  strong_weak(r"退役军人|退伍|复员|转业", r"优抚|拥军", narrow=True))
q("r03", "phrasing", "鼓励生孩子", "support for having children (生育支持, 生育政策 of more births, 两孩/三孩, 育儿, 托育, 适度生育水平, "
  "生育友好); 生育 (计划生育 included) or 人口 policy alone 1",
  strong_weak(r"三孩|两孩|二孩|育儿|托育|生育支持|生育友好|适度生育|生育政策|生育补贴", r"生育|人口政策", narrow=True))
q("r04", "phrasing", "房价太高", "house prices and the housing market's control (房价, 房地产市场, 楼市, 炒房, 住房价格); 房地产, "
  "住房保障 or 保障性住房 alone 1",
  strong_weak(r"房价|房地产市场|楼市|炒房|住房价格|房地产调控", r"房地产|住房保障|保障性住房", narrow=True))
q("r05", "phrasing", "看病报销", "having medical costs paid back (医保, 医疗保险, 报销, 大病保险, 直接结算, 合作医疗, 新农合); 看病 or "
  "医疗 alone 1",
  strong_weak(r"医保|医疗保险|报销|大病保险|直接结算|合作医疗|新农合", r"看病|医疗"))
# narrow: a thing few reports have
q("r06", "narrow", "人民公社", "the people's communes (人民公社)", counted(r"人民公社", narrow=True))
q("r07", "narrow", "中欧班列", "the China-Europe freight trains (中欧班列)", counted(r"中欧班列", narrow=True))
q("r08", "narrow", "留守儿童", "left-behind children (留守儿童); other left-behind people (留守) 1",
  strong_weak(r"留守儿童", r"留守", narrow=True))
# quoted: the exact string
q("r09", "quoted", '"全面建成小康社会"', "the exact string 全面建成小康社会", counted(r"全面建成小康社会"))
# broad
q("r10", "broad", "外交", "foreign affairs and policy (外交)", counted(r"外交"))
q("r11", "broad", "法治建设", "the rule of law (法治, 依法治国, 法制建设, 依法行政)", counted(r"法治|依法治国|法制建设|依法行政"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("r12", "section", "园区建设 存在的问题", "the problems of building up an industrial park (园区建设, 园区 near 建设/基础设施/"
  "规划, 开发区建设, near a problem word or under such a heading)",
  counted(r"园区建设|园区.{0,6}(基础设施|规划|扩区|建设)|开发区建设", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("r13", "filtered", "2012年 物价", "prices (物价, 通胀, 通货膨胀) in the report of 2012", counted(r"物价|通胀|通货膨胀", year=2012))
q("r14", "filtered", "凤阳工业园区 绿化", "凤阳 industrial park's greening (绿化)", counted(r"绿化", park="凤阳"))
# a question in a user's words
q("r15", "natural", "偷税漏税怎么管", "tax evasion and its control (偷税, 逃税, 漏税, 偷漏税, 骗税, 偷逃, 税收征管); 税收 alone 1",
  strong_weak(r"偷税|逃税|漏税|偷漏税|骗税|偷逃|税收征管|征管", r"税收", narrow=True))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
