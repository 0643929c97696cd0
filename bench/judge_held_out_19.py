"""Held-out-19's judgements (session 23): the rules written with the queries, applied to every report's
normalised text, as bench/judge_held_out_18.py does. No search is run: the reports are read from an index's
stored fields (the reader's text, title, year and park), so the grades depend on the documents only.

    python bench/judge_held_out_19.py INDEX queries.tsv qrels.tsv

writes the split's rows of ranking-queries.tsv and ranking-qrels.tsv (appended there by hand, with their
comment blocks), and prints each query's count of reports graded 2 and 1.

The rules were fixed before any run, held-out-10's conventions: where no report reaches 2 under the need's rule,
the reports at the highest grade present are 2. The split mixes what a user types (15 queries), weighted to the
vocabulary gap sessions 20 and 22 left (a user's everyday words for what the reports write in official words):
7 phrasing (缺电, 上大学, 注册公司, 吃饱饭, 涨工资, 开小店, 修高铁; the need's usual forms listed), 2 narrow things
(大跃进, 菜篮子), 2 broad topics (少数民族, 台湾), 1 section query (征地拆迁 存在的困难), 2 typed conditions (a year:
1994年 通货膨胀; a park: 磐安工业园区 融资), 1 question in a user's words (农民怎么多挣钱). The words were read in the
reports' texts (grep and reading of their contexts) before the rules were written; no system's output on them was read.
A typed park is met by its own reports (the park's place in the title, the opening 300 characters or the read
park), its name written elsewhere 1; a typed year by that year's report, the topic in another year's 1.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from judge_held_out_7 import PROBLEM, count, counted  # noqa: E402
from judge_held_out_8 import PROBHEADS, write_judgements  # noqa: E402
from judge_held_out_12 import strong_weak  # noqa: E402

Q = []


def q(qid, kind, query, need, rule):
    Q.append((qid, kind, query, need, rule))


# phrasing: a need said in a user's everyday words, not the reports' (the need's usual forms listed)
def once_weak(strong, weak):
    """The need's own words written once 2 (the reports name a shortage once each), a looser word alone 1."""
    def grade(r):
        t = r["text"]
        return 2 if re.search(strong, t) else (1 if re.search(weak, t) else 0)
    return grade


q("i01", "phrasing", "缺电", "a shortage of electric power (电力供应紧张, 电力短缺, 缺电, 供电紧张, 拉闸限电, 停电; once is 2: "
  "each report names it once); power supply or building (电力供应, 供电, 用电, 电力建设, 电力工业, 发电) alone 1",
  once_weak(r"电力供应紧张|电力紧张|缺电|电力短缺|供电紧张|电力不足|用电紧张|拉闸限电|停电|电荒"
              r"|电力.{0,4}(缺口|短缺|不足|紧张)",
              r"电力供应|供电|用电|电力建设|电力工业|发电"))
q("i02", "phrasing", "上大学", "higher education and going to university (高等教育, 高校, 高等学校, 高等院校, 大学生, 高考, 上大学); "
  "大学 or 升学 alone 1",
  strong_weak(r"高等教育|高校|高等学校|高等院校|大学生|高考|上大学", r"大学|升学"))
q("i03", "phrasing", "注册公司", "registering a business (商事制度 reform, 企业开办, 开办企业, 先照后证, 证照分离, 注册资本, "
  "工商登记, 注册登记, 市场主体登记); 市场主体 or 登记 alone 1",
  strong_weak(r"商事制度|企业开办|开办企业|先照后证|证照分离|注册资本|工商登记|注册登记|市场主体登记|注册公司|开办时间",
              r"市场主体|新登记|登记", narrow=True))
q("i04", "phrasing", "吃饱饭", "having enough to eat (温饱, 吃饱, 吃饭问题); 口粮, 吃饭 or 粮食供应 alone 1",
  strong_weak(r"温饱|吃饱|吃饭问题", r"口粮|吃饭|粮食供应", narrow=True))
q("i05", "phrasing", "涨工资", "raising wages (工资增长, 提高/增加/调整工资, 最低工资, 工资水平, 工资标准); 工资, 职工收入 or 居民收入 "
  "alone 1",
  strong_weak(r"工资增长|提高工资|增加工资|调整工资|涨工资|最低工资|工资水平|工资标准|提高.{0,8}工资|工资.{0,4}提高",
              r"工资|职工收入|居民收入"))
q("i06", "phrasing", "开小店", "small private shops and traders (个体工商户, 个体户, 个体经济, 个体商业, 小商贩, 小商小贩, 个体私营); "
  "个体 or 小微企业 alone 1",
  strong_weak(r"个体工商户|个体户|个体经济|个体商业|小商贩|小商小贩|个体私营|个体、私营", r"个体|小微企业", narrow=True))

HSR = r"高速铁路|高铁|城际铁路"


def i07(r):
    """High-speed rail built (高速铁路, 高铁, 城际铁路; a park company's 高铁避震 products are not it); 铁路 alone 1."""
    t = r["text"]
    n = count(t, HSR, exclude=r"高铁避震")
    if n:
        return 2 if n >= 2 else 1
    return 1 if re.search(r"铁路", t) else 0
q("i07", "phrasing", "修高铁", "building high-speed railways (高速铁路, 高铁, 城际铁路; not a company's 高铁 products); 铁路 alone 1", i07)
# narrow: a thing few reports have
q("i08", "narrow", "大跃进", "the Great Leap Forward (大跃进)", counted(r"大跃进", narrow=True))
q("i09", "narrow", "菜篮子", "the 'vegetable basket' supply of non-staple food (菜篮子)", counted(r"菜篮子", narrow=True))
# broad
q("i10", "broad", "少数民族", "ethnic minorities and their regions (少数民族, 民族地区, 民族团结, 民族区域自治, 民族工作, 各民族)",
  counted(r"少数民族|民族地区|民族团结|民族区域自治|民族工作|各民族"))
q("i11", "broad", "台湾", "Taiwan and cross-strait relations (台湾, 两岸, 祖国统一, 和平统一, 统一大业)",
  counted(r"台湾|两岸|祖国统一|和平统一|统一大业"))
# section: a part of a report asked (the topic near a problem word or under such a heading)
q("i12", "section", "征地拆迁 存在的困难", "the difficulties of taking land and pulling down houses (征地, 拆迁, 土地征收/征用, "
  "near a problem word or under such a heading)",
  counted(r"征地|拆迁|土地征收|土地征用|征用土地", role=PROBLEM, roleheads=PROBHEADS))
# typed: a year, a park
q("i13", "filtered", "1994年 通货膨胀", "inflation (通货膨胀, 通胀, rising prices) in the report of 1994",
  counted(r"通货膨胀|通胀|物价.{0,4}(上涨|涨幅)", year=1994))
q("i14", "filtered", "磐安工业园区 融资", "磐安 industrial park's financing (融资, 贷款)", counted(r"融资|贷款", park="磐安"))
# a question in a user's words
q("i15", "natural", "农民怎么多挣钱", "raising farmers' incomes (农民增收, 增加农民收入, 农民收入, 农民人均纯收入/可支配收入, "
  "农村居民收入); 致富, 增收 or 农村 income alone 1",
  strong_weak(r"农民增收|增加农民收入|农民收入|农民人均纯收入|农民人均可支配收入|农村居民.{0,6}收入|农民.{0,8}增收",
              r"致富|增收|农村.{0,6}收入"))

assert len(Q) == 15 and len({x[0] for x in Q}) == 15

if __name__ == "__main__":
    write_judgements(Q, sys.argv)
