"""Held-out-20's judgements (session 23, second ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_19.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_20.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), weighted to the
vocabulary gap held-out-19 showed (a user's everyday words for what the reports write in official words):
9 phrasing (进城打工, 发大水, 天旱, 开网店, 种树, 养猪, 炒股, 打疫苗, 租房子; the need's usual forms listed),
2 questions in a user's words (工资被拖欠怎么办, 大学生找工作难怎么办), 1 narrow thing (村村通), 1 broad topic (体育),
1 section query (住房 存在的问题), 1 typed condition (a year: 1998年 下岗). The words were read in the reports' texts
(grep and reading of their contexts) before the rules were written; no system's output on them was read.
A typed year is met by that year's report, the topic in another year's 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import PROBLEM, counted  # noqa: E402
from judge_held_out_8 import PROBHEADS, write_judgements  # noqa: E402
from judge_held_out_12 import strong_weak  # noqa: E402

Q = []


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


# 务工 inside 侨务工作, 服务工作, 医务工作者, 职务工资 is not work away from home
WORK_AWAY = r"(?<![侨服医职])务工"

# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("l01", "phrasing", "进城打工", "rural people going to work in towns (农民工, 进城务工, 外出务工, 打工, 劳务输出, 务工人员, "
  "转移就业, 劳动力转移, 转移劳动力); 务工 (not 侨务工作/服务工作) or 农业转移人口 alone 1",
  strong_weak(r"农民工|进城务工|外出务工|打工|劳务输出|务工人员|转移就业|劳动力转移|转移劳动力",
              WORK_AWAY + r"|农业转移人口"))
q("l02", "phrasing", "发大水", "floods (洪涝, 洪水, 洪灾, 水灾, 水旱灾害, 抗洪, 防汛, 防洪, 汛期); 自然灾害, 防灾减灾 or 抗灾 "
  "alone 1",
  strong_weak(r"洪涝|洪水|洪灾|水灾|水旱灾害|抗洪|防汛|防洪|汛期|水患", r"自然灾害|防灾减灾|抗灾", narrow=True))
q("l03", "phrasing", "天旱", "drought (干旱, 旱灾, 抗旱, 旱情, 防旱, 水旱灾害); 自然灾害 or 缺水 alone 1",
  strong_weak(r"干旱|旱灾|抗旱|旱情|防旱|水旱灾害|大旱", r"自然灾害|缺水", narrow=True))
q("l04", "phrasing", "开网店", "selling online (电子商务, 电商, 网络购物, 网购, 网上购物, 网店, 网络零售); 快递, 网络消费, "
  "信息消费 or 互联网 alone 1",
  strong_weak(r"电子商务|电商|网络购物|网购|网上购物|网店|网络零售", r"快递|网络消费|信息消费|互联网", narrow=True))
q("l05", "phrasing", "种树", "planting trees (植树, 造林, 种树, 国土绿化, 退耕还林, 还林, 防护林); 绿化, 森林 or 林业 alone 1",
  strong_weak(r"植树|造林|种树|国土绿化|退耕还林|还林|防护林", r"绿化|森林|林业", narrow=True))
q("l06", "phrasing", "养猪", "raising pigs and pork supply (生猪, 养猪, 猪肉); 畜牧, 畜禽, 养殖 or 肉类 alone 1",
  strong_weak(r"生猪|养猪|猪肉", r"畜牧|畜禽|养殖|肉类", narrow=True))
q("l07", "phrasing", "炒股", "the stock market (股市, 股票, 证券, 资本市场, 创业板, 科创板); 上市, 直接融资 or 金融市场 alone 1",
  strong_weak(r"股市|股票|证券|资本市场|创业板|科创板", r"上市|直接融资|金融市场"))
q("l08", "phrasing", "打疫苗", "vaccination (疫苗, 接种, 免疫规划); 传染病, 疾病预防 or 防疫 alone 1",
  strong_weak(r"疫苗|接种|免疫规划", r"传染病|疾病预防|防疫", narrow=True))
q("l09", "phrasing", "租房子", "renting a home (住房租赁, 租赁住房, 廉租房, 公租房, 长租房, 房租, 租房, 租购); 保障性住房, "
  "保障房 or 住房保障 alone 1",
  strong_weak(r"住房租赁|租赁住房|廉租|公租房|长租房|房租|租房|租购", r"保障性住房|保障房|住房保障", narrow=True))
# questions in a user's words
q("l10", "natural", "工资被拖欠怎么办", "wages left unpaid and their recovery (拖欠 … 工资, 工资拖欠, 欠薪, 农民工工资 with "
  "拖欠/清欠 nearby); other arrears (拖欠工程款/账款, 清欠) or 工资支付 alone 1",
  strong_weak(r"拖欠.{0,10}工资|工资.{0,4}拖欠|欠薪|讨薪|克扣.{0,8}工资", r"拖欠|清欠|工资支付|工资保证金",
              narrow=True))
q("l11", "natural", "大学生找工作难怎么办", "graduates' employment (高校毕业生, 大学毕业生, 大学生就业, 毕业生 … 就业); "
  "毕业生 or 青年就业 alone 1",
  strong_weak(r"高校毕业生|大学毕业生|大学生就业|毕业生.{0,8}就业|大学生.{0,8}(就业|创业)", r"毕业生|青年就业",
              narrow=True))
# narrow
q("l12", "narrow", "村村通", "the 'every village connected' programmes (村村通, 户户通)", counted(r"村村通|户户通", narrow=True))
# broad
q("l13", "broad", "体育", "sport (体育, 全民健身, 运动会, 奥运, 竞技, 健身)", counted(r"体育|全民健身|运动会|奥运|竞技|健身"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("l14", "section", "住房 存在的问题", "the problems of housing (住房, 房价, 住宅, 保障房, 棚户区, near a problem word or under "
  "such a heading)",
  counted(r"住房|房价|住宅|保障房|棚户区", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year
q("l15", "filtered", "1998年 下岗", "laid-off workers and their re-employment (下岗, 再就业) in the report of 1998",
  counted(r"下岗|再就业", year=1998))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
