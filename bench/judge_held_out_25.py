"""Held-out-25's judgements (session 33, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_24.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_25.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``D01``–``D15`` (held-out-22 took ``A``, held-out-23 ``B``, held-out-24 ``C``; ``ranking.split_of`` reads the
first character as it is).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..24 do:
6 phrasing in everyday words for what the reports write officially (大病没钱治, 上网费太贵, 造芯片, 搬出大山, 油价太高,
孩子没人带; the need's usual forms listed), 2 questions in a user's words (在外地看病怎么报销, 下雨街上积水怎么办), 2 narrow things
(大飞机, 出口退税), 1 broad topic (互联网), 1 section query (收入分配 存在的问题), 2 typed conditions (a year: 2016年
十三五规划, whose report presents the plan's outline; a park: 额敏工业园区 供水) and 1 quoted string ("依法治国"). The words
were read in the reports' texts (grep and reading of their contexts) before the rules were written; no system's output
on them was read. Read there: 资费 is always the price of broadband and mobile data (宽带、流量资费), the need of
上网费太贵; 燃油 is the fuel's quality standard (国五/国六), no price: 1 only; 1987's 国际石油价格暴跌 is an oil price (2);
托儿所 of the 1959–1960 and 1979–1980 reports is childcare (2), as 托育 and 婴幼儿照护 are now; 搬迁 of a park's
village or 移民搬迁 for a park's land is a resettlement but not the poverty relocation (1); 转移接续 of a pension or
insurance between places is portability, not a hospital bill settled elsewhere (1); 集成电路 and 芯片 are the chips (2),
电子信息 the industry around them (1); 积水 and 排涝 of 1954–1955 are
flooded fields (1), but 1955's 防洪排涝工程 is the official phrase a city's flooding is written with too (2).
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
q("D01", "phrasing", "大病没钱治", "help with the costs of a serious illness (大病保险, 大病医疗, 大病救助, 重特大疾病, 医疗救助); "
  "医疗保险 or 医保 alone 1",
  strong_weak(r"大病|重特大疾病|医疗救助", r"医疗保险|医保", narrow=True))
q("D02", "phrasing", "上网费太贵", "the price of internet access (提速降费, 资费: each report names it once or twice); 宽带 or "
  "网速 alone 1",
  once_weak(r"提速降费|资费|网费", r"宽带|网速"))
q("D03", "phrasing", "造芯片", "making chips (集成电路, 芯片: each report names it once or twice); 电子信息 alone 1",
  once_weak(r"集成电路|芯片", r"电子信息"))
q("D04", "phrasing", "搬出大山", "relocating the poor out of uninhabitable places (易地扶贫搬迁, 易地搬迁, 扶贫搬迁, "
  "一方水土养不了一方人); a park's 移民搬迁 or 整体搬迁 alone 1",
  once_weak(r"易地(扶贫)?搬迁|异地(扶贫)?搬迁|扶贫搬迁|一方水土难?养", r"搬迁"))
q("D05", "phrasing", "油价太高", "the price of oil and fuel (成品油价格, 油价, 石油价格); 成品油 or 燃油 alone 1",
  once_weak(r"成品油价格|油价|石油价格", r"成品油|燃油"))
q("D06", "phrasing", "孩子没人带", "childcare for small children (托育, 托幼, 托儿, 婴幼儿照护: each report names it once to "
  "three times); 幼儿园, 学前教育 or 幼儿教育 alone 1",
  once_weak(r"托育|托幼|托儿|婴幼儿照护", r"幼儿园|学前教育|幼儿教育"))
# questions in a user's words
q("D07", "natural", "在外地看病怎么报销", "a hospital bill settled where one is treated, away from home (异地就医, 跨省/异地 "
  "直接结算); insurance 转移接续 between places alone 1",
  once_weak(r"异地就医|(跨省|异地|跨地区).{0,6}结算", r"转移接续"))
q("D08", "natural", "下雨街上积水怎么办", "a city's waterlogging after rain (内涝, 易涝, 海绵城市, 城市排涝, 防洪排涝, "
  "排涝管网); 排涝 of fields, 积水 or 排水 alone 1",
  once_weak(r"内涝|易涝|海绵城市|(城市|防洪)排涝|排涝管网", r"排涝|积水|排水"))
# narrow
q("D09", "narrow", "大飞机", "large aircraft (大飞机, 大型飞机: each report names it once)",
  counted(r"大飞机|大型飞机", once=True))
q("D10", "narrow", "出口退税", "export tax rebates (出口退税)", counted(r"出口退税", narrow=True))
# broad
q("D11", "broad", "互联网", "the internet (互联网)", counted(r"互联网"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("D12", "section", "收入分配 存在的问题", "the problems of income distribution (收入分配, 收入差距, 分配不公, near a "
  "problem word or under such a heading)",
  counted(r"收入分配|收入差距|分配不公", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("D13", "filtered", "2016年 十三五规划", "the 13th five-year plan (十三五) in the report of 2016",
  counted(r"十三五", year=2016))
q("D14", "filtered", "额敏工业园区 供水", "额敏 industrial park's water supply (供水, 输水, 水厂, 用水)",
  counted(r"供水|输水|水厂|用水", park="额敏"))
# quoted
q("D15", "quoted", '"依法治国"', "the exact string 依法治国", counted(r"依法治国"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
