"""Held-out-30's judgements (session 39, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_29.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_30.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``I01``–``I15`` (held-out-22 took ``A`` … held-out-29 ``H``; ``ranking.split_of`` reads the first character as it
is, so ``I`` is not held-out-19's ``i``).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..29 do:
6 phrasing in everyday words (看电视, 坐火车, 看电影, 考公务员, 过路费, 知青下乡; the need's usual forms listed),
2 questions in a user's words (个税起征点提高了吗, 最低工资涨了吗), 2 narrow (亚投行, 居住证), 1 broad (民族团结),
1 section query (社会保障 存在的问题), 2 typed conditions (a year: 1993年 开发区; a park: 额敏工业园区 玉米) and 1 quoted
string ("以经济建设为中心"). Every query was checked against the study queries' texts first: none repeats one (a first
draft of this split repeated eight study queries — 网上买东西, 电费太贵, 打官司, 坐飞机, 青藏铁路, 探月工程, 农业 存在的问题
and 1998年 抗洪's neighbour — and was replaced before any ranking change; its aggregate had been run once). The words
were read in the reports' texts (grep and reading of their contexts) before the rules were written; no system's output
on them was read. Read there: television is written 电视 (广播电视, 电视机; 2), 广播 or 村村通 alone 1; rail travel is
火车, 旅客, 客运, 高速铁路 / 高铁, 动车 (2), 铁路 alone 1; films are 电影 (2), 影视 or 文艺 alone 1; the civil service's entry is
公务员 … 考试 / 录用 / 招考 (2), 公务员 alone 1; road tolls are 收费公路, 收费站, 通行费 (2), 高速公路 alone 1; the sent-down
youth are 知识青年 and 上山下乡 (2), 插队 alone 1; the income tax's threshold is 起征点, 费用扣除 (标准), 专项附加扣除 (2),
个人所得税 alone 1; the minimum wage is 最低工资 (2), wages raised (工资 … 提高 / 增长 / 调整) alone 1; the AIIB is 亚投行 or
亚洲基础设施投资银行 (2), 丝路基金 alone 1; the residence permit is 居住证 (2), 户籍制度改革 alone 1.
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


# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("I01", "phrasing", "看电视", "television (电视, 广播电视); 广播 or 村村通 alone 1", once_weak(r"电视", r"广播|村村通"))
q("I02", "phrasing", "坐火车", "rail travel (火车, 旅客, 客运, 高速铁路, 高铁, 动车); 铁路 alone 1",
  once_weak(r"火车|旅客|客运|高速铁路|高铁|动车", r"铁路"))
q("I03", "phrasing", "看电影", "films (电影); 影视 or 文艺 alone 1", once_weak(r"电影", r"影视|文艺"))
q("I04", "phrasing", "考公务员", "the civil service's entry (公务员 考试 / 录用 / 招考); 公务员 alone 1",
  once_weak(r"公务员.{0,8}(考试|录用|招考|考录|招录)|(考试|录用|招考|考录|招录).{0,4}公务员", r"公务员"))
q("I05", "phrasing", "过路费", "road tolls (收费公路, 收费站, 通行费); 高速公路 alone 1",
  once_weak(r"收费公路|收费站|通行费|公路.{0,4}收费", r"高速公路"))
q("I06", "phrasing", "知青下乡", "the sent-down youth (知识青年, 上山下乡); 插队 alone 1",
  once_weak(r"知识青年|上山下乡|知青", r"插队"))
# questions in a user's words
q("I07", "natural", "个税起征点提高了吗", "the income tax's threshold (起征点, 费用扣除标准, 专项附加扣除); 个人所得税 alone 1",
  once_weak(r"起征点|费用扣除|专项附加扣除", r"个人所得税|个税"))
q("I08", "natural", "最低工资涨了吗", "the minimum wage (最低工资); wages raised (工资 … 提高 / 增长 / 调整) alone 1",
  once_weak(r"最低工资", r"工资.{0,8}(提高|增长|调整|上调)"))
# narrow
q("I09", "narrow", "亚投行", "the Asian Infrastructure Investment Bank (亚投行, 亚洲基础设施投资银行); 丝路基金 alone 1",
  once_weak(r"亚投行|亚洲基础设施投资银行", r"丝路基金"))
q("I10", "narrow", "居住证", "the residence permit (居住证); 户籍制度改革 alone 1", once_weak(r"居住证", r"户籍制度"))
# broad
q("I11", "broad", "民族团结", "unity among the nationalities (民族团结)", counted(r"民族团结"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("I12", "section", "社会保障 存在的问题", "the problems of social security (社会保障 or 社保 near a problem word or under "
  "such a heading)", counted(r"社会保障|社保", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("I13", "filtered", "1993年 开发区", "development zones (开发区) in the report of 1993", counted(r"开发区", year=1993))
q("I14", "filtered", "额敏工业园区 玉米", "额敏 industrial park's maize (玉米)", counted(r"玉米", park="额敏"))
# quoted
q("I15", "quoted", '"以经济建设为中心"', "the exact string 以经济建设为中心", counted(r"以经济建设为中心"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
