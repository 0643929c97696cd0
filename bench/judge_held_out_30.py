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
6 phrasing in everyday words (网上买东西, 电费太贵, 生二胎, 打官司, 当兵, 坐飞机; the need's usual forms listed),
2 questions in a user's words (养老金今年涨多少, 拖欠工资怎么办), 2 narrow (青藏铁路, 探月工程), 1 broad (法治),
1 section query (农业 存在的问题), 2 typed conditions (a year: 1999年 抗洪; a park: 磐安工业园区 闲置用地) and 1 quoted
string ("实事求是"). The words were read in the reports' texts (grep and reading of their contexts) before the rules
were written; no system's output on them was read. Read there: online shopping is written 网购 or 网络购物 (2), the
wider 电子商务 / 电商 alone 1; the price of power is 电价 (整顿电价, 电价改革, 一般工商业电价; 2), 用电 alone 1; a second
child is 全面两孩政策, 三孩, 生育政策 (2), 计划生育 or 生育 alone 1; going to law is 诉讼 (行政诉讼) and 法律援助 (2), 司法,
法院, 仲裁 or 调解 alone 1; military service is 兵役, 征兵, 复员 / 退伍 / 转业军人, 退役军人 (2), 拥军, 国防 or 军队 alone 1;
flying is 民航, 机场, 航线 (2), 航空 alone 1; pensions raised are 提高 / 上调 … 基本养老金 (2), 养老金 or 养老保险 alone 1;
unpaid wages are 拖欠 … 工资 (拖欠农民工工资) or 欠薪 (2), 拖欠 of other debts alone 1; 青藏铁路 (2), another railway into
Tibet alone 1; lunar exploration is 探月 or 嫦娥 (2), 载人航天 or 航天 alone 1.
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
q("I01", "phrasing", "网上买东西", "online shopping (网购, 网络购物, 网上零售); 电子商务 or 电商 alone 1",
  once_weak(r"网购|网络购物|网上购物|网络零售|网上零售", r"电子商务|电商"))
q("I02", "phrasing", "电费太贵", "the price of electricity (电价, 电费, 用电价格 / 成本); 用电 alone 1",
  once_weak(r"电价|电费|用电(价格|成本)", r"用电"))
q("I03", "phrasing", "生二胎", "having a second child and the birth policy (两孩, 二孩, 三孩, 生育政策); 计划生育 or 生育 alone 1",
  once_weak(r"两孩|二孩|三孩|生育政策|生育支持|育儿补贴", r"计划生育|生育"))
q("I04", "phrasing", "打官司", "going to law and legal aid (诉讼, 法律援助); 司法, 法院, 仲裁 or 调解 alone 1",
  once_weak(r"诉讼|法律援助|打官司", r"司法|法院|仲裁|调解"))
q("I05", "phrasing", "当兵", "military service and soldiers' return (兵役, 征兵, 复员, 退伍, 转业军人, 退役军人); "
  "拥军, 国防 or 军队 alone 1",
  once_weak(r"兵役|征兵|复员|退伍|转业军人|退役军人", r"拥军|国防|军队"))
q("I06", "phrasing", "坐飞机", "air travel and civil aviation (民航, 机场, 航线); 航空 alone 1",
  once_weak(r"民航|机场|航线|航空运输", r"航空"))
# questions in a user's words
q("I07", "natural", "养老金今年涨多少", "raising pensions (提高 / 上调 基本养老金); 养老金 or 养老保险 alone 1",
  once_weak(r"(提高|上调|增加|调整).{0,12}养老金|养老金.{0,8}(标准|水平).{0,6}(提高|上调)", r"养老金|养老保险"))
q("I08", "natural", "拖欠工资怎么办", "unpaid wages (拖欠 … 工资, 欠薪); 拖欠 of other debts alone 1",
  once_weak(r"欠薪|(拖欠|克扣).{0,10}工资|工资.{0,6}拖欠", r"拖欠"))
# narrow
q("I09", "narrow", "青藏铁路", "the Qinghai–Tibet railway (青藏铁路); another railway into Tibet alone 1",
  once_weak(r"青藏铁路", r"川藏铁路|进藏铁路|拉萨.{0,6}铁路"))
q("I10", "narrow", "探月工程", "lunar exploration (探月, 嫦娥); 载人航天 or 航天 alone 1", once_weak(r"探月|嫦娥", r"航天"))
# broad
q("I11", "broad", "法治", "the rule of law (法治, 依法治国)", counted(r"法治|依法治国"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("I12", "section", "农业 存在的问题", "the problems of agriculture (农业 near a problem word or under such a heading)",
  counted(r"农业", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("I13", "filtered", "1999年 抗洪", "fighting floods (抗洪, 洪涝, 洪水, 洪灾) in the report of 1999",
  counted(r"抗洪|洪涝|洪水|洪灾", year=1999))
q("I14", "filtered", "磐安工业园区 闲置用地", "磐安 industrial park's idle land (闲置, 低效用地)",
  counted(r"闲置|低效用地", park="磐安"))
# quoted
q("I15", "quoted", '"实事求是"', "the exact string 实事求是", counted(r"实事求是"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
