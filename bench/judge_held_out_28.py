"""Held-out-28's judgements (session 37, ranking helper): the rules written with the queries, applied to every
report's normalised text, as bench/judge_held_out_27.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_28.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

Ids ``G01``–``G15`` (held-out-22 took ``A`` … held-out-27 ``F``; ``ranking.split_of`` reads the first character as it
is, so ``G`` is not held-out-16's ``g``).

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), as held-out-18..27 do:
6 phrasing in everyday words (农村买家电补贴, 山体滑坡, 黑社会, 小孩被拐, 烧秸秆, 坐地铁; the need's usual forms listed),
2 questions in a user's words (退休年龄要推迟吗, 沙漠怎么治理), 2 narrow (海南自贸港, 河长制), 1 broad (精神文明建设),
1 section query (食品安全 存在的问题), 2 typed conditions (a year: 2021年 5G; a park: 额敏工业园区 排水) and 1 quoted
string ("一国两制"). The words were read in the reports' texts (grep and reading of their contexts) before the rules were
written; no system's output on them was read. Read there: 家电下乡 is the rural appliance subsidy (2009–2011, 2022: 2),
以旧换新 and the other 下乡 schemes (农机下乡, 汽车、摩托车下乡) alone 1; 地质灾害 and 泥石流 are landslides' kin (2), 山洪
or 防灾减灾 alone 1; the reports write 黑社会性质 (1990s–2005), 黑恶势力 and 扫黑除恶 (2), 严打 alone 1; 拐卖妇女儿童
(2), 儿童权益 or 妇女儿童合法权益 alone 1; 秸秆 综合利用 / 焚烧 (2016, 2017: 2), 生物质 alone 1; 轨道交通 (2; 地铁 is
never written), 公共交通 or 公交 alone 1; 延迟法定退休年龄 (2021, 2025: 2), 退休 alone 1; 荒漠化, 防沙治沙, 沙化 (2), 风沙
alone 1; 海南自由贸易港 (2021–2025) and 海南自贸港 (2), other 自由贸易港 or 海南's 自由贸易试验区 1; 河长制, 湖长制 and
河湖长制 (2); the reader's text is lower-cased, so 5G is read as 5g.
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
q("G01", "phrasing", "农村买家电补贴", "the rural appliance subsidy (家电下乡); 以旧换新 or another 下乡 scheme alone 1",
  once_weak(r"家电下乡", r"以旧换新|农机下乡|汽车.{0,4}下乡"))
q("G02", "phrasing", "山体滑坡", "landslides and their prevention (地质灾害, 泥石流); 山洪 or 防灾减灾 alone 1",
  once_weak(r"地质灾害|泥石流", r"山洪|防灾减灾"))
q("G03", "phrasing", "黑社会", "organised crime and its suppression (黑社会性质, 黑恶势力, 扫黑除恶); 严打 alone 1",
  once_weak(r"黑社会|黑恶势力|扫黑除恶|恶势力", r"严打"))
q("G04", "phrasing", "小孩被拐", "trafficking in women and children (拐卖); 儿童权益 or 妇女儿童合法权益 alone 1",
  once_weak(r"拐卖|拐骗", r"儿童权益|妇女儿童合法权益"))
q("G05", "phrasing", "烧秸秆", "straw burning and straw's use (秸秆); 生物质 alone 1", once_weak(r"秸秆", r"生物质"))
q("G06", "phrasing", "坐地铁", "urban rail transit (轨道交通, 地铁); 公共交通 or 公交 alone 1",
  once_weak(r"轨道交通|地铁", r"公共交通|公交"))
# questions in a user's words
q("G07", "natural", "退休年龄要推迟吗", "raising the retirement age (延迟法定退休年龄); 退休 alone 1",
  once_weak(r"退休年龄|延迟退休", r"退休"))
q("G08", "natural", "沙漠怎么治理", "fighting desertification (荒漠化, 防沙治沙, 沙化, 治沙); 风沙 alone 1",
  once_weak(r"荒漠化|防沙治沙|沙化|治沙", r"风沙"))
# narrow
q("G09", "narrow", "海南自贸港", "the Hainan free trade port (海南自由贸易港, 海南自贸港); another 自由贸易港 or Hainan's "
  "自由贸易试验区 alone 1",
  once_weak(r"海南自由贸易港|海南自贸港", r"自由贸易港|海南.{0,6}自由贸易试验区"))
q("G10", "narrow", "河长制", "the river chief system (河长制, 湖长制, 河湖长制: each report names it once or twice)",
  counted(r"河长|湖长", once=True))
# broad
q("G11", "broad", "精神文明建设", "the building of ethical and cultural progress (精神文明, 思想道德建设, 社会主义核心价值)",
  counted(r"精神文明|思想道德建设|社会主义核心价值"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("G12", "section", "食品安全 存在的问题", "the problems of food safety (食品安全 near a problem word or under such a heading)",
  counted(r"食品安全|食品药品安全", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("G13", "filtered", "2021年 5G", "5G networks (5G, 第五代移动通信) in the report of 2021",
  counted(r"(?i)5g|第五代移动通信", year=2021))
q("G14", "filtered", "额敏工业园区 排水", "额敏 industrial park's drainage (排水)", counted(r"排水", park="额敏"))
# quoted
q("G15", "quoted", '"一国两制"', "the exact string 一国两制", counted(r"一国两制"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
