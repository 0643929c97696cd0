"""Held-out-29's judgements (session 38, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_28.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_29.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``H01``–``H15`` (held-out-22 took ``A`` … held-out-28 ``G``; ``ranking.split_of`` reads the first character as it
is, so ``H`` is not held-out's ``h``).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..28 do:
6 phrasing in everyday words (出国读书, 赌钱, 菜里农药多, 车祸, 刮台风, 请保姆; the need's usual forms listed),
2 questions in a user's words (高考怎么改, 农村宅基地能卖吗), 2 narrow (长三角一体化, 科创板), 1 broad (国家安全),
1 section query (国有企业 存在的问题), 2 typed conditions (a year: 2018年 机构改革; a park: 凤阳工业园区 玻璃) and 1 quoted
string ("以人为本"). The words were read in the reports' texts (grep and reading of their contexts) before the rules were
written; no system's output on them was read. Read there: the reports write 留学 (留学人员, 出国留学) for study abroad, and
出国 alone is travel or delegations (not graded); 赌博 (1988–1995) and 黄赌毒 (2015–2019) are gambling (2), 丑恶现象 alone 1;
pesticides in food are written 农药兽药残留, 化肥农药零增长 / 减量 / 使用量, 农产品质量安全 (2), 农药 as a farm input or
食品安全 alone 1; road accidents are 交通事故 and 交通安全 (2), 安全事故 / 重特大事故 alone 1; 台风 (2), 防汛, 洪涝 or
防灾减灾 alone 1; domestic help is 家政 (2; not the 家政 inside 国家政权), 生活性服务业 or 养老服务 alone 1; the college
entrance exam is 高考 or 考试招生制度 (2), 招生 alone 1; 宅基地 (2), the other rural land reforms alone 1; the Yangtze delta's
integration (长三角一体化, 2), 长三角 alone 1; 科创板 (2019, 2), 注册制 alone 1.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import PROBLEM, counted  # noqa: E402
from judge_held_out_8 import PROBHEADS, write_judgements  # noqa: E402
from judge_held_out_22 import once_weak  # noqa: E402

Q = []
NEVER = r"(?!)"


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("H01", "phrasing", "出国读书", "studying abroad (留学, 留学人员, 出国留学)", once_weak(r"留学", NEVER))
q("H02", "phrasing", "赌钱", "gambling and its suppression (赌博, 黄赌毒); 丑恶现象 alone 1", once_weak(r"赌", r"丑恶现象"))
q("H03", "phrasing", "菜里农药多", "pesticide residues and food's farm quality (农药残留, 化肥农药零增长/减量, 农产品质量安全); "
  "农药 as a farm input or 食品安全 alone 1",
  once_weak(r"农药.{0,4}(残留|零增长|减量|使用量)|农药兽药|农产品质量安全", r"农药|食品安全"))
q("H04", "phrasing", "车祸", "road accidents and traffic safety (交通事故, 交通安全); 安全事故 or 重特大事故 alone 1",
  once_weak(r"交通事故|交通安全", r"安全事故|重特大.{0,4}事故"))
q("H05", "phrasing", "刮台风", "typhoons (台风); 防汛, 洪涝 or 防灾减灾 alone 1", once_weak(r"台风", r"防汛|洪涝|防灾减灾"))
q("H06", "phrasing", "请保姆", "domestic help services (家政, 家政服务业); 生活性服务业 or 养老服务 alone 1",
  once_weak(r"(?<!国)家政", r"生活性服务业|养老服务"))
# questions in a user's words
q("H07", "natural", "高考怎么改", "reforming the college entrance exam (高考, 考试招生制度改革); 招生 alone 1",
  once_weak(r"高考|考试招生", r"招生"))
q("H08", "natural", "农村宅基地能卖吗", "rural homestead land and its reform (宅基地); other rural land reforms alone 1",
  once_weak(r"宅基地", r"农村土地制度改革|集体经营性建设用地|土地承包经营权"))
# narrow
q("H09", "narrow", "长三角一体化", "the Yangtze River Delta's integration (长三角一体化); 长三角 alone 1",
  once_weak(r"(长三角|长江三角洲).{0,6}一体化", r"长三角|长江三角洲"))
q("H10", "narrow", "科创板", "the STAR market (科创板); 注册制 alone 1", once_weak(r"科创板", r"注册制"))
# broad
q("H11", "broad", "国家安全", "national security (国家安全)", counted(r"国家安全"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("H12", "section", "国有企业 存在的问题", "the problems of state-owned enterprises (国有企业 near a problem word or under "
  "such a heading)", counted(r"国有企业|国企", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("H13", "filtered", "2018年 机构改革", "the reform of government bodies (机构改革) in the report of 2018",
  counted(r"机构改革", year=2018))
q("H14", "filtered", "凤阳工业园区 玻璃", "凤阳 industrial park's glass industry (玻璃)", counted(r"玻璃", park="凤阳"))
# quoted
q("H15", "quoted", '"以人为本"', "the exact string 以人为本", counted(r"以人为本"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
