"""Held-out-26's judgements (session 34, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_25.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_26.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``E01``–``E15`` (held-out-22 took ``A``, held-out-23 ``B``, held-out-24 ``C``, held-out-25 ``D``;
``ranking.split_of`` reads the first character as it is).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..25 do:
6 phrasing in everyday words for what the reports write officially (河水发臭, 电话诈骗, 外卖骑手保障, 孩子作业太多,
村里缺医生, 种地不赚钱; the need's usual forms listed), 2 questions in a user's words (大企业欠小企业的钱怎么办,
农村孩子上学远怎么办), 2 narrow things (进博会, 杂交水稻), 1 broad topic (区域协调发展), 1 section query (民营企业 存在的困难),
2 typed conditions (a year: 1956年 社会主义改造; a park: 凤阳工业园区 就业) and 1 quoted string ("稳中求进"). The words were
read in the reports' texts (grep and reading of their contexts) before the rules were written; no system's output on
them was read. Read there: 黑臭水体 is the official name of a stinking river (2018–2023, once or twice each); the
1995 and 2015 reports' 江河湖海水污染 and 河湖污染整治 are rivers' pollution too (2), 水污染 or a basin's treatment alone 1;
诈骗 of the 1950s–1990s lists (贪污诈骗, 金融诈骗) is fraud but not by phone (1); 新就业形态 and 职业伤害保障 are the riders'
and the platforms' workers' (2), 灵活就业 alone 1, and 2025's 平台外卖安全 is food safety, not the rider (no grade of its
own); 课业负担 and 双减 are the pupils' homework load (2), while 减负 alone is mostly firms' or the grassroots' burden
(not counted); 乡村医生, 赤脚医生, 村医 and 缺医 are the village's doctors (2), 全科医生, 村卫生室, 乡镇卫生院 and the
grassroots' health staff 1; 种粮积极性 / 收益 / 比较效益 is whether growing grain pays (2), subsidies to grain growers
(种粮农民补贴) and the minimum purchase price 1; 拖欠…账款 of firms, 三角债 and 相互拖欠 are debts between firms (2),
拖欠工程款 and 清欠 of contractors and wages 1; 寄宿制学校, 就近上学, 校车, 教学点 and 小规模学校 answer a long way to
school (2), boarding pupils' living allowances (寄宿生) and 就近入学's admission rule 1; 进博会 is written 中国国际进口博览会
in 2018–2021 (2 either way).
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
q("E01", "phrasing", "河水发臭", "stinking, polluted rivers (黑臭水体, 河湖污染整治, 江河湖海水污染: each report names it once or "
  "twice); 水污染, 水环境 or a basin's treatment alone 1",
  once_weak(r"黑臭|河湖.{0,6}(污染|整治)|江河湖海?水污染|河道.{0,4}(整治|污染)",
            r"水污染|水环境|流域.{0,8}(治理|污染|整治)"))
q("E02", "phrasing", "电话诈骗", "telephone and internet fraud (电信网络诈骗, 电信诈骗, 网络诈骗); other 诈骗 alone 1",
  once_weak(r"电信网络诈骗|电信诈骗|网络诈骗", r"诈骗"))
q("E03", "phrasing", "外卖骑手保障", "protection of platform and delivery workers (新就业形态, 职业伤害保障); 灵活就业 alone 1",
  once_weak(r"新就业形态|职业伤害保障|骑手", r"灵活就业"))
q("E04", "phrasing", "孩子作业太多", "pupils' homework load (课业负担, 双减, 义务教育阶段减负); 素质教育 or 应试 alone 1",
  once_weak(r"课业负担|学业负担|双减|义务教育阶段减负", r"素质教育|应试"))
q("E05", "phrasing", "村里缺医生", "doctors for villages (乡村医生, 赤脚医生, 村医, 缺医, 农村医务人员, 农村卫生队伍); 全科医生, "
  "村卫生室, 乡镇卫生院 or the grassroots' health staff alone 1",
  once_weak(r"乡村医生|赤脚医生|(?<!农)村医(?!疗)|缺医|农村医务人员|农村卫生队伍",
            r"全科医生|村卫生室|乡镇卫生院|基层医疗卫生(人员|人才|队伍)"))
q("E06", "phrasing", "种地不赚钱", "whether growing grain pays (种粮积极性, 种粮收益, 比较效益, 种粮农民收益); subsidies to grain "
  "growers or the minimum purchase price alone 1",
  once_weak(r"种粮.{0,6}(积极性|收益|效益)|(种粮|农业)比较效益|务农.{0,4}收益",
            r"种粮农民|最低收购价"))
# questions in a user's words
q("E07", "natural", "大企业欠小企业的钱怎么办", "debts owed to (small) firms (拖欠中小企业账款, 拖欠企业账款, 三角债, 相互拖欠); "
  "拖欠工程款 or 清欠 of contractors and wages alone 1",
  once_weak(r"拖欠(中小企业|民营企业|企业)?.{0,4}账款|三角债|相互拖欠", r"拖欠工程款|清欠"))
q("E08", "natural", "农村孩子上学远怎么办", "schooling for rural children far from a school (寄宿制学校, 寄宿学校, 就近上学, 校车, "
  "教学点, 小规模学校); boarding pupils' allowances (寄宿生) or 就近入学 alone 1",
  once_weak(r"寄宿制|寄宿学校|就近上学|校车|教学点|小规模学校", r"寄宿|就近入学"))
# narrow
q("E09", "narrow", "进博会", "the China International Import Expo (进博会, 中国国际进口博览会: each report names it once or twice)",
  counted(r"进博会|进口博览会", once=True))
q("E10", "narrow", "杂交水稻", "hybrid rice (杂交水稻, 杂交稻: each report names it once)",
  counted(r"杂交水稻|杂交稻", once=True))
# broad
q("E11", "broad", "区域协调发展", "balanced development of regions (区域协调发展, 地区协调发展, 区域发展总体战略, 地区差距)",
  counted(r"区域协调|地区协调发展|区域发展总体战略|地区差距|区域发展差距"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("E12", "section", "民营企业 存在的困难", "the difficulties of private firms (民营企业, 民营经济, 非公有制经济, near a problem word "
  "or under such a heading)",
  counted(r"民营企业|民营经济|非公有制经济", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("E13", "filtered", "1956年 社会主义改造", "the socialist transformation (社会主义改造) in the report of 1956",
  counted(r"社会主义改造", year=1956))
q("E14", "filtered", "凤阳工业园区 就业", "凤阳 industrial park's jobs (就业, 农民工, 用工)",
  counted(r"就业|农民工|用工", park="凤阳"))
# quoted
q("E15", "quoted", '"稳中求进"', "the exact string 稳中求进", counted(r"稳中求进"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
