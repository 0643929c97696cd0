"""Held-out-32's judgements (session 46, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_31.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_32.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``K01``–``K15`` (held-out-22 took ``A`` … held-out-31 ``J``; ``ranking.split_of`` reads the first character as it
is, so ``K`` is not held-out-2's ``k``).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..31 do:
6 phrasing in everyday words (看书, 不识字, 用电脑, 打电话, 买保险, 挣外汇; the need's usual forms listed),
2 questions in a user's words (森林覆盖率提高了吗, 贫困人口还有多少), 2 narrow (血吸虫病, 大庆油田), 1 broad
(政府自身建设), 1 section query (外贸 存在的问题), 2 typed conditions (a year: 2005年 农民工; a park: 达道湾工业园区 供热)
and 1 quoted string ("三个代表"). Every query was checked against the study queries' texts first: none repeats one.
The words were read in the reports' texts (grep and reading of their contexts) before the rules were written; no
system's output on them was read. Read there: reading is written 全民阅读, 阅读, 读书, 图书馆, 书香 (2), 图书, 书刊 or
出版 alone 1; not being able to read is 扫盲, 扫除文盲, 文盲, 识字 (2), 成人教育 or 业余教育 alone 1; computers are
计算机 or 电脑 (2), 信息技术 alone 1; the telephone is 电话 (2), 电信, 邮电 or 通信 alone 1; insurance bought is 保险业,
商业保险, 保险公司, 保险市场 (2), 保险 in another sense (社会保险, 养老保险) alone 1; earning foreign exchange is 创汇 (出口创汇;
2), 外汇 alone 1; the forest cover is 森林覆盖率 (2), 造林 or 植树 alone 1; the poor's number is 贫困人口 (2), 扶贫, 脱贫 or
贫困 alone 1; schistosomiasis is 血吸虫 (2), 地方病 alone 1; the Daqing field is 大庆 (2), 油田 alone 1.
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


INSURANCE = r"保险业|商业保险|保险公司|保险市场"
OWN_GOVERNMENT = r"政府自身建设|依法行政|转变政府职能|法治政府|服务型政府"

# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
q("K01", "phrasing", "看书", "reading (全民阅读, 阅读, 读书, 图书馆, 书香); 图书, 书刊 or 出版 alone 1",
  once_weak(r"阅读|读书|图书馆|书香", r"图书|书刊|出版"))
q("K02", "phrasing", "不识字", "illiteracy and literacy classes (扫盲, 扫除文盲, 文盲, 识字); 成人教育 or 业余教育 alone 1",
  once_weak(r"扫盲|文盲|识字", r"成人教育|业余教育"))
q("K03", "phrasing", "用电脑", "computers (计算机, 电脑); 信息技术 alone 1", once_weak(r"计算机|电脑", r"信息技术"))
q("K04", "phrasing", "打电话", "the telephone (电话); 电信, 邮电 or 通信 alone 1", once_weak(r"电话", r"电信|邮电|通信"))
q("K05", "phrasing", "买保险", "insurance bought (保险业, 商业保险, 保险公司, 保险市场); 保险 in another sense alone 1",
  once_weak(INSURANCE, r"保险"))
q("K06", "phrasing", "挣外汇", "earning foreign exchange (创汇, 出口创汇); 外汇 alone 1", once_weak(r"创汇", r"外汇"))
# questions in a user's words
q("K07", "natural", "森林覆盖率提高了吗", "the forest cover (森林覆盖率); 造林 or 植树 alone 1",
  once_weak(r"森林覆盖率", r"造林|植树"))
q("K08", "natural", "贫困人口还有多少", "the number of the poor (贫困人口); 扶贫, 脱贫 or 贫困 alone 1",
  once_weak(r"贫困人口", r"扶贫|脱贫|贫困"))
# narrow
q("K09", "narrow", "血吸虫病", "schistosomiasis (血吸虫); 地方病 alone 1", once_weak(r"血吸虫", r"地方病"))
q("K10", "narrow", "大庆油田", "the Daqing oil field (大庆); 油田 alone 1", once_weak(r"大庆", r"油田"))
# broad
q("K11", "broad", "政府自身建设", "the government's own reform (政府自身建设, 依法行政, 转变政府职能, 法治政府, 服务型政府)",
  counted(OWN_GOVERNMENT))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("K12", "section", "外贸 存在的问题", "the problems of foreign trade (对外贸易, 外贸, 进出口 near a problem word or under "
  "such a heading)", counted(r"对外贸易|外贸|进出口", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("K13", "filtered", "2005年 农民工", "migrant workers (农民工) in the report of 2005", counted(r"农民工", year=2005))
q("K14", "filtered", "达道湾工业园区 供热", "达道湾 industrial park's heating (供热, 供暖)", counted(r"供热|供暖", park="达道湾"))
# quoted
q("K15", "quoted", '"三个代表"', "the exact string 三个代表", counted(r"三个代表"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
