"""Held-out-27's judgements (session 36, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_26.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_27.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``F01``–``F15`` (held-out-22 took ``A``, held-out-23 ``B``, held-out-24 ``C``, held-out-25 ``D``, held-out-26 ``E``;
``ranking.split_of`` reads the first character as it is, so ``F`` is not held-out-15's ``f``).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..26 do:
6 phrasing in everyday words (网上买东西, 老楼装电梯, 电动车充电难, 学生营养午餐, 农村娃考大学, 坐轮椅出门难; the need's
usual forms listed), 2 questions in a user's words (老人失能了谁来照顾, 孩子近视怎么办), 2 narrow things, each a slogan the
reports quote before its noun, typed without the marks (证照分离改革: the reports write “证照分离”改革 and 证照分离试点;
村村通工程: “村村通”工程, 村村通工程 and 广播电视“村村通”), 1 broad topic (人口老龄化), 1 section query (城镇化 存在的问题),
2 typed conditions (a year: 2015年 互联网+; a park: 开化工业园区 光伏) and 1 quoted string ("走出去"). The words were read
in the reports' texts (grep and reading of their contexts) before the rules were written; no system's output on them
was read. Read there: 网络购物, 网购, 网上零售 are shopping online (2), 电子商务 or 电商 alone 1; 加装电梯 is written only
of old housing estates (2), 老旧小区 and 适老化 alone 1; 充电 is written only of cars' charging (充电设施, 充电桩, 充电、加氢)
(2), 新能源汽车 or 电动汽车 alone 1; 营养改善计划 is the rural pupils' school meals (2, as is 2014's 农村儿童营养状况), the
1999 report's 国民营养水平 is not pupils' (not counted), 青少年健康 alone 1; 贫困地区农村学生上重点高校 and 重点高校专项招收 are
rural pupils going to university (2), 高考 or its 录取率 alone 1 (农村学生 of 中职免学费 is not university: not counted);
无障碍 is written of facilities for the disabled and the old (2), 残疾人 alone 1; 长期护理保险 and 失能老人 are the care of
the old who cannot look after themselves (2), 医养结合, 居家养老, 康复护理, 养老照护 (its carers' training) and 托养照护 (of the
severely disabled) 1, while 照护 alone is mostly 婴幼儿照护 (not counted); 近视 is written once (2019's 青少年近视防治,
2), 青少年健康 1; “互联网+” is written 2015–2018 (the 2015 report 2, the others 1).
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
q("F01", "phrasing", "网上买东西", "shopping online (网络购物, 网购, 网上零售, 网络零售, 网上购物: each report names it once or "
  "twice); 电子商务 or 电商 alone 1",
  once_weak(r"网络购物|网购|网上零售|网络零售|网上购物", r"电子商务|电商"))
q("F02", "phrasing", "老楼装电梯", "lifts added to old housing estates (加装电梯); 老旧小区 or 适老化 alone 1",
  once_weak(r"加装电梯", r"老旧小区|适老化"))
q("F03", "phrasing", "电动车充电难", "charging electric cars (充电设施, 充电桩, 充电、加氢); 新能源汽车 or 电动汽车 alone 1",
  once_weak(r"充电", r"新能源汽车|电动汽车"))
q("F04", "phrasing", "学生营养午餐", "pupils' school meals (学生营养改善计划, 农村儿童营养状况); 青少年健康 alone 1",
  once_weak(r"营养改善|儿童营养|营养餐|营养午餐", r"青少年健康"))
q("F05", "phrasing", "农村娃考大学", "rural pupils going to university (贫困地区农村学生上重点高校, 重点高校专项招收, 农家子弟); "
  "高考 or its 录取率 alone 1",
  once_weak(r"农村学生上重点高校|招收.{0,8}农村学生|专项招收|农家子弟", r"高考|录取率"))
q("F06", "phrasing", "坐轮椅出门难", "barrier-free facilities (无障碍设施, 无障碍环境); 残疾人 alone 1",
  once_weak(r"无障碍", r"残疾人"))
# questions in a user's words
q("F07", "natural", "老人失能了谁来照顾", "care of the old who cannot look after themselves (长期护理保险, 失能老人, 失能老年人照护); "
  "医养结合, 居家养老, 康复护理, 养老照护 or 托养照护 alone 1",
  once_weak(r"长期护理|失能", r"医养结合|居家养老|康复护理|养老照护|托养照护"))
q("F08", "natural", "孩子近视怎么办", "children's short sight (青少年近视防治); 青少年健康 alone 1",
  once_weak(r"近视", r"青少年健康"))
# narrow: slogans the reports quote before their noun, typed without the marks
q("F09", "narrow", "证照分离改革", "the separation of business licences and permits (“证照分离”改革, 证照分离试点: each report "
  "names it once or twice)",
  counted(r"证照分离", once=True))
q("F10", "narrow", "村村通工程", "radio and television reaching every village (广播电视“村村通”, 村村通工程: each report names "
  "it once or twice)",
  counted(r"村村通", once=True))
# broad
q("F11", "broad", "人口老龄化", "the ageing population and its care (老龄化, 老龄事业, 老年人, 养老)",
  counted(r"老龄|老年人|养老"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("F12", "section", "城镇化 存在的问题", "the problems of urbanisation (城镇化 near a problem word or under such a heading)",
  counted(r"城镇化", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("F13", "filtered", "2015年 互联网+", "the Internet Plus plan (“互联网+”) in the report of 2015",
  counted(r"互联网\+", year=2015))
q("F14", "filtered", "开化工业园区 光伏", "开化 industrial park's photovoltaic industry (光伏)",
  counted(r"光伏", park="开化"))
# quoted
q("F15", "quoted", '"走出去"', "the exact string 走出去", counted(r"走出去"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
