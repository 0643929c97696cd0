"""Held-out-23's judgements (session 31, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_22.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_23.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``B01``–``B15`` (held-out-22 took ``A``; ``ranking.split_of`` reads the first character as it is).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The first run (grades only, no search) gave B08 one report at 2:
its reports name the need once each, so its own words once are 2, as held-out-22's 垃圾分类. The split mixes what a user types (15 queries), as held-out-18..22 do:
6 phrasing in everyday words for what the reports write officially (抓贪官, 学费太贵, 乱砍树, 工厂倒闭, 沙尘暴, 养老院; the
need's usual forms listed), 2 questions in a user's words (失业了怎么办, 农民工子女上学怎么办), 2 narrow things (京九铁路,
大数据), 1 broad topic (消费), 1 section query (农业 存在的问题), 2 typed conditions (a year: 2000年 西部大开发, whose report
writes 西部地区大开发; a park: 磐安工业园区 污水处理) and 1 quoted string ("简政放权"). The words were read in the reports'
texts (grep and reading of their contexts) before the rules were written; no system's output on them was read.
A typed year is met by that year's report, the topic in another year's 1; a typed park by the park's own report.
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
q("B01", "phrasing", "抓贪官", "fighting corruption among officials (腐败, 贪污, 受贿, 行贿, 贪腐); 廉政 or 廉洁 alone 1",
  strong_weak(r"腐败|贪污|受贿|行贿|贪腐", r"廉政|廉洁"))
q("B02", "phrasing", "学费太贵", "school and college fees and their relief (学费, 学杂费, 教育收费); 助学 (助学金, 助学贷款) or "
  "奖学金 alone 1",
  strong_weak(r"学费|学杂费|教育收费", r"助学|奖学金", narrow=True))
q("B03", "phrasing", "乱砍树", "illegal felling and the forests' protection (乱砍, 滥伐, 毁林 — not 摧毁林彪 —, 天然林 保护, "
  "停止 … 采伐, 封山育林); 森林 alone 1 (a park cutting down its dead trees is no such felling)",
  strong_weak(r"乱砍|滥伐|(?<!摧)毁林|天然林|停止.{0,8}采伐|封山育林", r"森林", narrow=True))
q("B04", "phrasing", "工厂倒闭", "firms closing down (倒闭, 关停, 停产, 破产 or 关闭 of firms, 兼并破产, 关闭破产; not the "
  "metaphor 彻底破产了); 经营困难 or 亏损 alone 1",
  strong_weak(r"倒闭|关停|停产|兼并破产|关闭破产|破产(企业|清算|重整|兼并)|(关闭|破产)的?(国有|国营)?企业|"
              r"企业.{0,4}(关闭|破产)", r"经营困难|亏损"))
q("B05", "phrasing", "沙尘暴", "sandstorms and desertification (风沙, 沙尘, 沙化, 荒漠化, 防沙治沙, 沙漠); 防护林 alone 1",
  strong_weak(r"风沙|沙尘|沙化|荒漠化|防沙治沙|沙漠", r"防护林", narrow=True))
q("B06", "phrasing", "养老院", "homes and services for the old (养老院, 敬老院, 养老机构, 养老服务, 养老设施); 老龄 "
  "(老龄事业, 老龄化) alone 1",
  strong_weak(r"养老院|敬老院|养老机构|养老服务|养老设施", r"老龄", narrow=True))
# questions in a user's words
q("B07", "natural", "失业了怎么办", "help for the unemployed (再就业, 失业保险, 失业人员, 下岗失业, 就业援助, 失业救济); "
  "失业 alone 1",
  strong_weak(r"再就业|失业保险|失业人员|下岗失业|就业援助|失业救济", r"失业"))
q("B08", "natural", "农民工子女上学怎么办", "the schooling of migrant workers' children (随迁子女, 农民工子女, "
  "进城务工人员子女, 流动人口子女: each report names them once or twice); 留守儿童 alone 1",
  once_weak(r"随迁子女|农民工子女|进城务工人员子女|流动人口子女", r"留守儿童"))
# narrow
q("B09", "narrow", "京九铁路", "the Beijing–Kowloon railway (京九: each report names it once or twice)",
  counted(r"京九", once=True))
q("B10", "narrow", "大数据", "big data (大数据)", counted(r"大数据", narrow=True))
# broad
q("B11", "broad", "消费", "consumption and domestic demand (消费, 内需)", counted(r"消费|内需"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("B12", "section", "农业 存在的问题", "the problems of agriculture (农业, 粮食, near a problem word or under such a heading)",
  counted(r"农业|粮食", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("B13", "filtered", "2000年 西部大开发", "the development of the west (西部大开发, 西部地区大开发) in the report of 2000",
  counted(r"西部大开发|西部地区大开发", year=2000))
q("B14", "filtered", "磐安工业园区 污水处理", "磐安 industrial park's sewage (污水)", counted(r"污水", park="磐安"))
# quoted
q("B15", "quoted", '"简政放权"', "the exact string 简政放权", counted(r"简政放权"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
