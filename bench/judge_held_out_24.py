"""Held-out-24's judgements (session 32, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_23.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_24.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``C01``–``C15`` (held-out-22 took ``A``, held-out-23 ``B``; ``ranking.split_of`` reads the first character as it is).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..23 do:
6 phrasing in everyday words for what the reports write officially (喝上干净水, 坐公交, 小偷太多, 电费太贵, 修水库, 村里没电;
the need's usual forms listed), 2 questions in a user's words (黄河怎么治理, 农民卖粮难怎么办), 2 narrow things (浦东开发,
小浪底), 1 broad topic (金融), 1 section query (医疗 存在的问题), 2 typed conditions (a year: 2002年 加入世贸, whose report
writes 加入世界贸易组织 / 加入世贸组织; a park: 磐安工业园区 税收) and 1 quoted string ("宏观调控"). The words were read in
the reports' texts (grep and reading of their contexts) before the rules were written; no system's output on them was
read. Read there: 入世 is mostly 进入世界前列 (left out); 盗窃 in 贪污盗窃 / 盗窃国家资财 is officials' theft of the state's
goods (1), the theft a user fears is 盗窃 and 抢劫 among crimes against people (2); 移动通信 is an industry, not a user's
phone signal (no such query). A typed year is met by that year's report, the topic in another year's 1; a typed park by
the park's own report.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import PROBLEM, counted  # noqa: E402
from judge_held_out_8 import PROBHEADS, write_judgements  # noqa: E402
from judge_held_out_12 import strong_weak  # noqa: E402
from judge_held_out_22 import once_weak  # noqa: E402

Q = []


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("C01", "phrasing", "喝上干净水", "safe drinking water (饮水, 饮用水, 自来水: 饮水安全, 人畜饮水); 供水 alone 1",
  strong_weak(r"饮水|饮用水|自来水", r"供水", narrow=True))
q("C02", "phrasing", "坐公交", "public transport (公交, 公共交通: each report names it once); 通客车 or 交通拥堵 alone 1",
  once_weak(r"公交|公共交通", r"通客车|交通拥堵"))
q("C03", "phrasing", "小偷太多", "theft and robbery among crimes against people (盗窃 — not 贪污盗窃, 盗窃国家 … —, 盗抢, "
  "抢劫, 扒窃); officials' 贪污盗窃 or 社会治安 alone 1",
  once_weak(r"盗窃犯|盗抢|抢劫|扒窃|小偷|(?<!贪污)盗窃(?!国家)", r"盗窃|社会治安"))
q("C04", "phrasing", "电费太贵", "the price of electricity (电价, 电费, 用电成本, 用电价格: each report names it once or "
  "twice); 电力市场 or 电力体制 alone 1",
  once_weak(r"电价|电费|用电成本|用电价格", r"电力(市场|体制)"))
q("C05", "phrasing", "修水库", "reservoirs and dams (水库, 水利枢纽); 水利工程, 水利建设 or 水利设施 alone 1",
  strong_weak(r"水库|水利枢纽", r"水利(工程|建设|设施)", narrow=True))
q("C06", "phrasing", "村里没电", "bringing power to villages (农村电网, 农网, 无电 areas, 通电, 用上电, 城乡电网: each report names "
  "it once or twice); 电网改造 or 电力 alone 1",
  once_weak(r"农村电网|农网|无电|通电|用上电|(城乡|农村)电网", r"电网改造|电力"))
# questions in a user's words
q("C07", "natural", "黄河怎么治理", "taming the Yellow River (治黄, 小浪底, 三门峡, 黄河 … 治理/根治/治本/流域/防洪/堤防/上中游, "
  "治理 … 黄河); 黄河 alone 1",
  strong_weak(r"治黄|小浪底|三门峡|黄河.{0,12}(治理|根治|治本|流域|防洪|堤防|整治|上中游|上游)|(治理|整治|根治|加固).{0,12}黄河",
              r"黄河", narrow=True))
q("C08", "natural", "农民卖粮难怎么办", "buying the farmers' grain (卖粮难, 保护价, 最低收购价, 敞开收购, 粮食收购, 收储); "
  "粮价, 粮食价格 or 粮食流通 alone 1",
  strong_weak(r"卖粮难|保护价|最低收购价|敞开收购|粮食收购|收储", r"粮价|粮食价格|粮食流通", narrow=True))
# narrow
q("C09", "narrow", "浦东开发", "the opening and development of Shanghai's Pudong (浦东 … 开发/开放); 浦东 listed among the "
  "open areas alone 1",
  once_weak(r"浦东.{0,8}(开发|开放)|开发.{0,6}浦东", r"浦东"))
q("C10", "narrow", "小浪底", "the Xiaolangdi dam (小浪底: each report names it once)", counted(r"小浪底", once=True))
# broad
q("C11", "broad", "金融", "finance (金融)", counted(r"金融"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("C12", "section", "医疗 存在的问题", "the problems of medical care (医疗, 看病, near a problem word or under such a heading)",
  counted(r"医疗|看病", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("C13", "filtered", "2002年 加入世贸", "joining the WTO (世贸组织, 世界贸易组织, WTO) in the report of 2002",
  counted(r"世贸组织|世界贸易组织|WTO", year=2002))
q("C14", "filtered", "磐安工业园区 税收", "磐安 industrial park's taxes (税收, 税金, 纳税, 入库税)",
  counted(r"税收|税金|纳税|入库税", park="磐安"))
# quoted
q("C15", "quoted", '"宏观调控"', "the exact string 宏观调控", counted(r"宏观调控"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
