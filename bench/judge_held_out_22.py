"""Held-out-22's judgements (session 30, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_21.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_22.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``A01``–``A15``: every lowercase letter is some split's prefix (the development split's b, d, n, p, q included),
so this split takes the first capital (``ranking.split_of`` reads the first character as it is).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..21 do:
6 phrasing in everyday words for what the reports write officially (打鱼, 停车难, 寄快递, 猪肉涨价, 骗钱, 吸毒; the
need's usual forms listed), 2 questions in a user's words (国企亏损怎么办, 怎么帮助残疾人), 2 narrow things (经济特区,
垃圾分类), 1 broad topic (人口), 1 section query (教育 存在的问题), 2 typed conditions (a year: 1993年 市场经济; a park:
凤阳工业园区 拆迁) and 1 quoted string ("新发展理念"). The words were read in the reports' texts (grep and reading of
their contexts) before the rules were written; no system's output on them was read.
A typed year is met by that year's report, the topic in another year's 1; a typed park by the park's own report.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import PROBLEM, counted  # noqa: E402
from judge_held_out_8 import PROBHEADS, write_judgements  # noqa: E402
from judge_held_out_12 import strong_weak  # noqa: E402

Q = []


def once_weak(strong, weak):
    """The need's own word once 2 (the reports that write it name it once each), a looser word of it alone 1."""
    def grade(r):
        t = r["text"]
        return 2 if re.search(strong, t) else (1 if re.search(weak, t) else 0)
    return grade


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("A01", "phrasing", "打鱼", "fishing and the fisheries (渔业, 水产, 渔民, 捕捞, 渔场, 渔港, 禁渔); 渔 in a list of farming's "
  "branches (农林牧副渔) alone 1",
  strong_weak(r"渔业|水产|渔民|捕捞|渔场|渔港|禁渔", r"渔(?!利)", narrow=True))
q("A02", "phrasing", "停车难", "parking (停车场, 停车; not the toll roads' 不停车收费)",
  counted(r"(?<!不)停车", narrow=True))
q("A03", "phrasing", "寄快递", "parcel delivery (快递, 寄递); 邮政 (not 邮政储蓄) or 物流配送 alone 1",
  strong_weak(r"快递|寄递", r"邮政(?!储蓄)|物流配送", narrow=True))
q("A04", "phrasing", "猪肉涨价", "the price of pork and food (肉价, 猪肉/生猪 … 价格/涨价/上涨, 副食品 涨价/价格, 食品价格); "
  "猪肉, 生猪, 猪牛羊肉 or 养猪 alone 1",
  strong_weak(r"肉价|(猪肉|生猪|猪).{0,20}(价格|涨价|上涨)|副食品.{0,4}(涨价|价格)|食品价格",
              r"猪肉|生猪|猪牛羊肉|养猪", narrow=True))
q("A05", "phrasing", "骗钱", "fraud and swindles (诈骗, 非法集资, 传销, 欺诈); 骗 in another word (骗税, 骗取) alone 1",
  strong_weak(r"诈骗|非法集资|传销|欺诈", r"骗", narrow=True))
q("A06", "phrasing", "吸毒", "drugs and their suppression (毒品, 吸毒, 贩毒, 禁毒, 黄赌毒): each report names them once or twice",
  counted(r"毒品|吸毒|贩毒|禁毒|黄赌毒", once=True))
# questions in a user's words
q("A07", "natural", "国企亏损怎么办", "state firms' losses and turning them round (扭亏, 减亏, 亏损企业, 企业 … 亏损, 脱困, "
  "解困); 亏损 alone 1",
  strong_weak(r"扭亏|减亏|亏损企业|亏损户|(企业|国营|国有).{0,12}亏损|亏损.{0,6}企业|脱困|解困", r"亏损"))
q("A08", "natural", "怎么帮助残疾人", "helping the disabled (残疾人, 残疾); 弱势群体 or 困难群体 alone 1",
  strong_weak(r"残疾", r"弱势群体|困难群体", narrow=True))
# narrow
q("A09", "narrow", "经济特区", "the special economic zones (经济特区; 特区 of 深圳, 珠海, 汕头, 厦门, 海南; 特区工作/经济)",
  counted(r"经济特区|(深圳|珠海|汕头|厦门|海南)特区|特区(工作|经济)", narrow=True))
q("A10", "narrow", "垃圾分类", "sorting household waste (垃圾分类: each report writes it once); 生活垃圾, 垃圾处理 or "
  "垃圾无害化 alone 1",
  once_weak(r"垃圾分类", r"生活垃圾|垃圾处理|垃圾无害化"))
# broad
q("A11", "broad", "人口", "population: its size, growth, policy and ageing (人口, 计划生育, 老龄化; not 贫困人口)",
  counted(r"人口|计划生育|老龄化", exclude=r"贫困人口|脱贫人口"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("A12", "section", "教育 存在的问题", "the problems of education (教育, 学校, near a problem word or under such a heading)",
  counted(r"教育|学校", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("A13", "filtered", "1993年 市场经济", "the market economy (市场经济) in the report of 1993", counted(r"市场经济", year=1993))
q("A14", "filtered", "凤阳工业园区 拆迁", "凤阳 industrial park's demolitions and land taking (拆迁, 征迁, 征地)",
  counted(r"拆迁|征迁|征地", park="凤阳"))
# quoted
q("A15", "quoted", '"新发展理念"', "the exact string 新发展理念", counted(r"新发展理念"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
