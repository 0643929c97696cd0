"""Held-out-21's judgements (session 26, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_20.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_21.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..20 do:
6 phrasing in everyday words for what the reports write officially (挖煤, 坐飞机, 冬天取暖, 药太贵, 打官司, 存钱; the
need's usual forms listed), 2 questions in a user's words (房子卖不出去怎么办, 农村老人怎么养老), 2 narrow things (北斗,
对口支援), 1 broad topic (海洋), 1 section query (交通 存在的问题), 2 typed conditions (a year: 1985年 价格改革; a park:
金岭工业园 规划) and 1 quoted string ("转变经济发展方式"). The words were read in the reports' texts (grep and reading of
their contexts) before the rules were written; no system's output on them was read.
A typed year is met by that year's report, the topic in another year's 1; a typed park by the park's own report.
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
q("o01", "phrasing", "挖煤", "coal and its mining (煤炭, 煤矿, 原煤, 采煤, 产煤, 煤产量); 矿山 or 能源工业 alone 1",
  strong_weak(r"煤炭|煤矿|原煤|采煤|产煤|煤产量", r"矿山|能源工业"))
q("o02", "phrasing", "坐飞机", "air travel and airports (民航, 机场, 航线, 航班, 空运, 航空运输); 飞机 or 航空 alone 1",
  strong_weak(r"民航|机场|航线|航班|空运|航空运输", r"飞机|航空", narrow=True))
q("o03", "phrasing", "冬天取暖", "heating homes in winter (取暖, 供暖, 采暖, 供热, 清洁取暖); 煤改气, 煤改电, 以电代煤, "
  "以气代煤 or 过冬 alone 1",
  strong_weak(r"取暖|供暖|采暖|供热", r"煤改气|煤改电|以电代煤|以气代煤|过冬", narrow=True))
q("o04", "phrasing", "药太贵", "the price of medicines (药价, 药品价格, 医药价格, 医药费用, 用药费用, 药费, 带量采购, 集采, "
  "以药补医); 药品, 医药费, 看病贵 or 基本药物 alone 1",
  strong_weak(r"药价|药品价格|医药价格|医药费用|用药费用|药费|带量采购|集采|以药补医", r"药品|医药费|看病贵|基本药物",
              narrow=True))
q("o05", "phrasing", "打官司", "going to court and legal help (打官司, 诉讼, 法院, 审判, 法律援助, 司法公正); 司法 or "
  "法律服务 alone 1",
  strong_weak(r"打官司|诉讼|法院|审判|法律援助|司法公正", r"司法|法律服务", narrow=True))
q("o06", "phrasing", "存钱", "people's savings (储蓄, 存款; not 存款准备金); 利率 or 利息 alone 1",
  strong_weak(r"储蓄|存款(?!准备金)", r"利率|利息", narrow=True))
# questions in a user's words
q("o07", "natural", "房子卖不出去怎么办", "unsold housing and its stock (去库存, 房地产库存, 商品住宅/商品房 库存); "
  "房地产市场, 商品住房, 商品房 or 住房消费 alone 1",
  strong_weak(r"去库存|房地产库存|(商品住宅|商品房|住房).{0,6}库存", r"房地产市场|商品住房|商品房|住房消费", narrow=True))
q("o08", "natural", "农村老人怎么养老", "old age care and pensions in the countryside (农村 … 养老, 新农保, 新型农村社会"
  "养老保险, 城乡居民 … 养老保险, 五保, 敬老院); 养老保险, 养老服务, 养老 or 老年人 alone 1",
  strong_weak(r"农村.{0,8}养老|新农保|新型农村社会养老保险|城乡居民.{0,4}养老保险|居民基本养老保险|五保|敬老院",
              r"养老|老年人", narrow=True))
# narrow
q("o09", "narrow", "北斗", "the 北斗 satellite navigation system (北斗)", counted(r"北斗", narrow=True))
q("o10", "narrow", "对口支援", "paired assistance between regions (对口支援, 对口帮扶, 对口协作)",
  counted(r"对口支援|对口帮扶|对口协作", narrow=True))
# broad
q("o11", "broad", "海洋", "the sea and its economy (海洋, 海域, 海岛, 远洋, 海上, 海运)", counted(r"海洋|海域|海岛|远洋|海上|海运"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("o12", "section", "交通 存在的问题", "the problems of transport (交通, 运输, near a problem word or under such a heading)",
  counted(r"交通|运输", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("o13", "filtered", "1985年 价格改革", "price reform (价格改革, 物价改革, 价格体系, 放开 … 价格, 调整 … 价格) in the report "
  "of 1985", counted(r"价格改革|物价改革|价格体系|放开.{0,6}价格|调整.{0,4}价格", year=1985))
q("o14", "filtered", "金岭工业园 规划", "金岭 industrial park's planning (规划)", counted(r"规划", park="金岭"))
# quoted
q("o15", "quoted", '"转变经济发展方式"', "the exact string 转变经济发展方式", counted(r"转变经济发展方式"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
