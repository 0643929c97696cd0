"""Held-out-31's judgements (session 40, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_30.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_31.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``J01``–``J15`` (held-out-22 took ``A`` … held-out-30 ``I``; ``ranking.split_of`` reads the first character as it
is, so ``J`` is not held-out-17's ``j``).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..30 do:
6 phrasing in everyday words (买汽车, 当兵, 捐钱, 老师工资低, 凭票买粮, 领失业金; the need's usual forms listed),
2 questions in a user's words (义务教育免学费了吗, 高速公路修了多少公里), 2 narrow (核电站, 沼气池), 1 broad (计划生育),
1 section query (物价 存在的问题), 2 typed conditions (a year: 1978年 科学技术; a park: 开化工业园区 动漫) and 1 quoted
string ("科教兴国"). Every query was checked against the study queries' texts first: none repeats one. The words were
read in the reports' texts (grep and reading of their contexts) before the rules were written; no system's output on
them was read. Read there: buying a car is written 汽车消费, 家用汽车, 轿车 进入居民家庭, 汽车下乡, 车辆购置 (2), 汽车 alone
(an industry's product) 1; joining the army is 兵役, 参军, 入伍, 征兵 (2), 民兵, 预备役, 拥军 alone 1; giving money is 慈善,
捐助, 捐款, 捐赠 (2), 公益 or 志愿服务 alone 1; teachers' pay is 教师 … 工资 / 待遇 / 收入 (2), 教师 alone 1; rationing is
粮票, 票证, 凭票 (供应), 定量供应, 统购统销 (2), 统购, 派购 or 计划供应 alone 1; the unemployment benefit is 失业保险金 or
失业救济 (2), 失业保险 alone 1; free compulsory schooling is 免除学杂费, 免费义务教育, 免学费 (2), 义务教育 alone 1; the
expressways' length is 高速公路 … 公里 (2), 高速公路 alone 1; nuclear power is 核电 (核电站, 核电机组; 2), 核能 or 原子能
alone 1; biogas is 沼气 (2), 农村能源 alone 1.
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


TEACHERS_PAY = r"教师.{0,10}(工资|待遇|收入)|(工资|待遇|收入).{0,10}教师"
FREE_SCHOOLING = r"免除.{0,10}学杂费|学杂费|免费义务教育|免学费|免除学费"

# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("J01", "phrasing", "买汽车", "buying a car (汽车消费, 家用汽车, 轿车, 汽车下乡, 车辆购置); 汽车 alone 1",
  once_weak(r"汽车.{0,6}(消费|进入.{0,4}家庭|下乡|购置)|私人汽车|家用汽车|家庭轿车|购车|轿车|车辆购置", r"汽车"))
q("J02", "phrasing", "当兵", "joining the army (兵役, 参军, 入伍, 征兵); 民兵, 预备役 or 拥军 alone 1",
  once_weak(r"兵役|参军|入伍|征兵", r"民兵|预备役|拥军"))
q("J03", "phrasing", "捐钱", "giving to charity (慈善, 捐助, 捐款, 捐赠, 募捐); 公益 or 志愿服务 alone 1",
  once_weak(r"慈善|捐助|捐款|捐赠|募捐", r"公益|志愿服务"))
q("J04", "phrasing", "老师工资低", "teachers' pay (教师 … 工资 / 待遇 / 收入); 教师 alone 1", once_weak(TEACHERS_PAY, r"教师"))
q("J05", "phrasing", "凭票买粮", "rationing (粮票, 票证, 凭票, 定量供应, 统购统销); 统购, 派购 or 计划供应 alone 1",
  once_weak(r"粮票|票证|凭票|定量供应|统购统销", r"统购|派购|计划供应"))
q("J06", "phrasing", "领失业金", "the unemployment benefit (失业保险金, 失业救济); 失业保险 alone 1",
  once_weak(r"失业保险金|失业救济", r"失业保险"))
# questions in a user's words
q("J07", "natural", "义务教育免学费了吗", "free compulsory schooling (免除学杂费, 免费义务教育, 免学费); 义务教育 alone 1",
  once_weak(FREE_SCHOOLING, r"义务教育"))
q("J08", "natural", "高速公路修了多少公里", "the expressways' length (高速公路 … 公里); 高速公路 alone 1",
  once_weak(r"高速公路.{0,20}公里|公里.{0,6}高速公路", r"高速公路"))
# narrow
q("J09", "narrow", "核电站", "nuclear power (核电, 核电站, 核电机组); 核能 or 原子能 alone 1", once_weak(r"核电", r"核能|原子能"))
q("J10", "narrow", "沼气池", "biogas (沼气); 农村能源 alone 1", once_weak(r"沼气", r"农村能源"))
# broad
q("J11", "broad", "计划生育", "family planning (计划生育, 生育政策, 二孩 / 两孩 / 三孩)", counted(r"计划生育|生育政策|两孩|三孩|二孩"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("J12", "section", "物价 存在的问题", "the problems of prices (物价, 价格总水平, 通货膨胀 near a problem word or under "
  "such a heading)", counted(r"物价|价格总水平|通货膨胀", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("J13", "filtered", "1978年 科学技术", "science and technology (科学技术, 科技, 科学) in the report of 1978",
  counted(r"科学技术|科技|科学", year=1978))
q("J14", "filtered", "开化工业园区 动漫", "开化 industrial park's animation industry (动漫)", counted(r"动漫", park="开化"))
# quoted
q("J15", "quoted", '"科教兴国"', "the exact string 科教兴国", counted(r"科教兴国"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
