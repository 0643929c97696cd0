"""A question typed as a sentence, read as the strings it asks about.

A Chinese string without spaces means that string (README, "Query language"), so
园区招商引资有哪些问题 found nothing: no report writes the question. A user who types a
question means what it asks about. So an unquoted string holding a question word
(text.QUESTION_WORDS: 哪些, 如何, 怎样, 多少, 吗 …), ending in a question mark or in
“…的情况”, is read as the strings around its question words, as if typed with spaces:
the question words go, and so do the words that only carry them (有哪些, 是多少, 存在哪些,
text.QUESTION_FRAME_WORDS), the function words at a string's ends (了吗, 的情况) and a
document's own word opening one (园区, 今年: every park report says them) or standing
alone before the question word as its subject (园区怎样引进人才 → 引进人才). A question word
jieba holds inside a longer word (哪些项目) is cut off from it first.
园区招商引资有哪些问题 → 招商引资 问题; 怎样提高企业自主创新能力 → 提高企业自主创新能力;
粮食产量是多少？ → 粮食产量.
A yes-no question holds no question word but its form (``_yes_no``): the statement closed by 没有 / 没 (园区道路建好了没有
→ 道路建好), the particle 吗 jieba holds inside a word (修/好了吗), the A-not-A form (修没修好).

A manner asked (怎么, 如何) is asked of a doing: a light verb after it (做好, 抓, 开展: ``_pop_light_verb``), or one
closing the question (融资难怎么解决: ``_done_after_manner``), is no topic and only ranks; 解决 with a problem word
closing its string (怎么解决招工难的问题) makes that word its object, not a part of a report (``_solved_problem``).

A count asked (多少家企业, 几个项目, 多少亩土地: 多少 or 几, a classifier, the thing counted) is answered where a report
writes the thing with a number in that classifier near it (120家企业, 企业120家, 入驻企业达到120家): ``Reading.counts``
names each (classifier, thing), and within each tier of results the reports that write such a count come first
(``writes_count``; the service orders the first ``COUNT_WINDOW`` hits). 几 with its classifier (几个, 几家) asks as
多少个 does. A verb before 哪些 or 什么 and a report's own word after it (引进了哪些项目) are one string, the thing the verb
makes (引进项目: ``_verb_and_object``).

The strings are then searched like any typed string: synonyms, the part of a report a
string names (问题: roles.py), and when they find few reports, their words near each
other, anywhere, all but one (fallback.py). A quoted string, a field's value and a
string under NOT are never read as a question.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from whoosh import query as Q

from ..analysis import Vocabulary, normalize
from ..reading.kinds import PLAN, PROBLEM
from ..text import (DOCUMENT_FUNCTION_WORDS, FUNCTION_WORDS, PARK_WORDS, QUESTION_FRAME_WORDS, QUESTION_MARKS,
                    QUESTION_WORDS, SECTION_ROLE_FILLER, STATUS_VERBS)
from .fallback import LOOSE
from .query import And, Not, Or, Text, heading_kind
from .roles import MAX_ROLE_WORD

# A cheap test before any segmenting: most queries hold none of these characters.
# 量词: the unit a count is written in, a closed class of the language (个 家 项 名 …, and the measures a park's
# report counts in: 亩, 公里, 平方米, 万元); after 多少 or 几 it says that a count is asked
# The individual classifiers (个体量词: 家, 人, 项) count things and say nothing of them; a measure word (亩, 公里, 平方米,
# 万元) says what is measured, and reports write it beside the figure (征用土地300亩)
COUNTERS = frozenset("个 家 项 名 人 位 座 栋 幢 条 台 套 辆 所 批 户 次 件 处 间 块 宗 笔 期 只 头 张 本 篇".split())
CLASSIFIERS = COUNTERS | frozenset("亩 公顷 公里 千米 米 平方米 平方公里 立方米 吨 万吨 元 万元 亿元 万人".split())
_COUNT_WORDS = ("多少", "几")  # a count asked, when a classifier follows
_MAYBE = re.compile("|".join(sorted(QUESTION_WORDS, key=len, reverse=True)) + f"|[{QUESTION_MARKS}]|[情状]况$"
                    + r"|没有?$|(\w)[没不]\1"  # yes-no questions: 建好了没有, 开工没开工, 能不能 (_yes_no)
                    + "|几(" + "|".join(sorted(CLASSIFIERS, key=len, reverse=True)) + ")")
# ... and before normalising: a character of one of them, in either script
_CHARS = re.compile(f"[哪什么麼怎如否吗嗎呢咋何少没况況几幾谁誰啥{QUESTION_MARKS}]|(.)[不没]\\1|多[久长長大高远遠]")  # a character of each question word, both scripts
_ENDS = ("情况", "状况")  # “…的情况” asks how something stands
# A document's own word (text.DOCUMENT_FUNCTION_WORDS: 园区, 今年, 企业) opening a question's string goes
# when at least this many characters are left (工作打算 keeps 工作: 打算 alone is too little)
_LEFT_AFTER_FRAME = 3
# A time word opening a question's topic (今年引进了哪些项目) is when, not what: it goes while a word of two
# characters is left (a framing word needs three: 工作打算 keeps 工作)
_WHEN = frozenset("今年 去年 全年 年初 年底 年末 当前 目前 近年 近年来".split())
POPPED_BOOST = 1.0
# A park's report is titled by its park (某某经济开发区2023年工作总结, 园区工作计划) or by the committee that runs it (管委会);
# a government's report may write 园区 in passing (产业园区建设), which said nothing of whose report it is
_TITLE_PARK_WORDS = tuple(dict.fromkeys(normalize(w) for w in PARK_WORDS))  # a dropped report word weighs as a typed string: it ranks, it does not find


def read(tree, vocabulary: Vocabulary):
    """``(tree, reading)``: ``tree`` with each question string replaced by the strings it
    asks about (several: an AND), and a ``Reading`` (false when the query holds no question)."""
    readings: list[tuple[str, ...]] = []
    popped: list[str] = []
    counts: list[tuple[str, str]] = []

    def visit(node):
        if isinstance(node, Text) and not node.quoted and node.field is None:
            strings, dropped = question_reading(node.value, vocabulary)
            if not strings:
                return node
            readings.append(strings)
            popped.extend(dropped)
            counts.extend(count_asked(node.value, vocabulary, strings))
            items = tuple(Text(s) for s in strings)
            return items[0] if len(items) == 1 else And(items)
        if isinstance(node, (And, Or)):
            items = []
            for item in node.items:
                new = visit(item)
                # a question inside an AND joins it (no nested AND: the tree stays flat)
                items.extend(new.items if isinstance(new, And) and isinstance(node, And) else (new,))
            return type(node)(tuple(items))
        return node  # NOT, a prefix, a field's value: as typed

    if tree is None or isinstance(tree, Not):
        return tree, Reading((), ())
    tree = visit(tree)
    return tree, Reading(tuple(readings), tuple(dict.fromkeys(popped)), tuple(dict.fromkeys(counts)))


class Reading(NamedTuple):
    """How a query's questions were read: the strings each asks about, the report's own
    words dropped from their topics (园区, 今年), which still rank (``ranked_words``), and each
    count asked as (classifier, thing) (``writes_count``)."""
    strings: tuple
    popped: tuple
    counts: tuple = ()

    def __bool__(self):
        return bool(self.strings)


def explain(reading, in_tier: bool = False) -> str:
    """How the questions were read, in Chinese, before the rest of ``understood``; ``in_tier``: its tiers are
    ordered by the words asked about too (intier.py)."""
    if not reading:
        return ""
    asked = "；".join(" ".join(strings) for strings in reading.strings)
    ranked = f"；{'、'.join(reading.popped)}只用于排序" if reading.popped else ""
    counts = [f"“若干{cl}{thing}”（数字和“{cl}”在“{thing}”旁边）" if cl else f"“{thing}”后跟数字"
              for cl, thing in reading.counts]
    counted = f"；问的是数目：同一档中先列写出{'或'.join(counts)}的报告" if counts else ""
    ordered = "；同一档中所问词语写得多的报告靠前" if in_tier else ""
    return f"按问题理解：{asked}（疑问词和虚词不作检索词{ranked}{counted}{ordered}）。"


def ranked_words(query, reading, compiler):
    """``query`` with the words dropped from the questions' topics as optional terms: they no
    longer decide which reports are found (every park report says 园区), but a report that
    writes them, as the asker's own (a park's report for 园区…, a first-half report for 上半年…),
    ranks above one that never does (``POPPED_BOOST`` of a string's weight)."""
    if not reading or not reading.popped:
        return query
    options = [q for w in reading.popped for q in compiler.strings(w, None, synonyms=False)]
    for q in options:
        q.boost *= POPPED_BOOST
    return Q.AndMaybe(query, options[0] if len(options) == 1 else Q.Or(options))


def park_first(tiers, rest: str, reading, across: bool = True) -> list:
    """The result tiers (fallback.tiers) with, in each, the reports of a park first when a question
    dropped a park word from its topic (园区 of 今年园区项目建设进展情况), and among the reports of no
    tier too (a last tier of ``rest``'s match). A question about a park asks for parks' reports, and a
    score that only adds 园区's weight left a national report's 项目建设 above a park's. A park's report
    is one whose title names a park or its committee (``_TITLE_PARK_WORDS``: 开发区, 工业园, 管委会 …):
    writing the word typed anywhere let a government's report in that writes 产业园区 once, and left
    out a 开发区's report that never writes 园区. The parks' reports of every tier that holds the topic
    completely (as typed, a synonym, the part named: not ``fallback.LOOSE``) come before the others' of
    any of them (session 14): a government's report whose measures section writes 企业服务 once led a
    park's report on serving firms that writes its 措施 in the running text (园区企业服务有哪些措施). Not
    ``across`` when a period or year typed put its reports' tiers first (preferences.py): they stay first,
    the parks' reports first within each."""
    words = [w for w in (reading.popped if reading else ()) if w in PARK_WORDS]
    if not words:
        return tiers
    park = Or(tuple(Text(w, field="title", quoted=True) for w in _TITLE_PARK_WORDS))
    complete = [(match, tree) for match, tree in tiers if match not in LOOSE] if across else []
    out = [(match, And((tree, park))) for match, tree in complete] + complete
    for match, tree in tiers:
        if match in LOOSE or not across:
            out += [(match, And((tree, park))), (match, tree)]
    return out + [(rest, park)]



def question_strings(value: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The strings ``value`` asks about when it reads as a question, else ``()``."""
    return question_reading(value, vocabulary)[0]


def question_reading(value: str, vocabulary: Vocabulary) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``(strings, popped)``: the strings ``value`` asks about when it reads as a question (else
    ``()``), and the report's own words dropped from their topics (园区, 今年)."""
    if not _CHARS.search(value):  # (most queries: no normalising, no segmenting)
        return (), ()
    folded = normalize(value)
    if not _MAYBE.search(folded):
        return (), ()
    words = _split_asking(vocabulary.segmenter.cut(folded))
    # where each word lies in what was typed (normalising keeps the length: 工業園區 → 工业园区)
    same = len(folded) == len(value)
    spans, at = [], 0
    for word in words:
        spans.append((at, at + len(word)))
        at += len(word)
    marked = [_asks(w) for w in words]
    _yes_no(words, marked)
    _modal(words, marked)
    opening = _asker(words, marked)
    content = [k for k, w in enumerate(words) if not marked[k] and _says(w)]
    if content and words[content[-1]] in _ENDS and len(content) > 1:
        marked[content[-1]] = True  # 污水处理的情况
    if not any(marked):
        return (), ()
    _spread(words, marked)
    _count_units(words, marked)
    out, run, popped, own, at = [], [], [], [], []
    first_asked = marked.index(True, opening) if True in marked[opening:] else marked.index(True)
    for k, word in enumerate(words + [None]):
        if word is not None and not marked[k]:
            run.append(k)
            continue
        while run and (words[run[0]] in FUNCTION_WORDS or not _says(words[run[0]])):
            run.pop(0)
        while run and (words[run[-1]] in FUNCTION_WORDS or words[run[-1]] in _PARTICLES or not _says(words[run[-1]])):
            run.pop()  # (园区有哪些企业呀: a particle closing the sentence is its tone, no word of the thing)
        if out and _done_after_manner(words, run, marked):
            popped.append(words[run.pop()])  # 融资难怎么解决, 消防安全工作怎么开展的: the doing asked ranks
        before, run, after = _role_ends(words, run, marked)
        while run and words[run[-1]] in FUNCTION_WORDS:
            run.pop()  # 招工难的 问题: the particle tied the topic to the part split off
        if after and _solved_problem(words, run, after, marked):
            popped.append(words[run.pop(0)])  # 怎么解决招工难的问题 → 招工难: the problem solved is the topic
            after = []
        popped += _pop_light_verb(words, run, marked)
        popped += _pop_generic(words, run)
        popped += _pop_predicate(words, run, marked, vocabulary.segmenter)
        popped += _pop_park(words, run, vocabulary.segmenter)
        # a particle left at an end once a report's word or a framing word went (园区的工业产值 → 的工业产值,
        # 招商引资的主要措施 → 招商引资的): 的 tied the word dropped to the topic, so it goes with it
        while run and words[run[0]] in FUNCTION_WORDS:
            run.pop(0)
        while run and words[run[-1]] in FUNCTION_WORDS:
            run.pop()
        for part in (before, run, after):
            if part:
                start, end = spans[part[0]][0], spans[part[-1]][1]
                out.append((value if same else folded)[start:end])
                at.append((part[0], part[-1]))
                own.append(len(part) == 1 and part[0] < first_asked and words[part[0]] in DOCUMENT_FUNCTION_WORDS
                           and not heading_kind(words[part[0]]))
        run = []
    if any(own) and not all(own):
        # a question's subject that is one of the document's own words, before the question word (园区 of
        # 园区怎样引进人才, 企业 of 企业如何融资: every park report says it), is no topic beside what is
        # asked: it ranks, as a word dropped from a topic's start does (the object asked about, 哪些项目,
        # stays; so do two words, 项目建设 of 园区项目建设有什么措施: together they are the topic)
        popped += [s for s, is_own in zip(out, own) if is_own]
        out, at = [s for s, is_own in zip(out, own) if not is_own], [a for a, is_own in zip(at, own) if not is_own]
    out, parks = _verb_and_object(out, at, words, marked, vocabulary.segmenter)
    popped += parks
    return _one_part(tuple(dict.fromkeys(s for s in out if s.strip()))), tuple(dict.fromkeys(popped))


def _role_ends(words, run, marked):
    """``(role before, topic, role after)``: the words at either end of a question's string that
    name a part of a report (roles.py: 下一步 / 明年 opening it, 进展 / 措施 / 完成情况 closing it,
    query.heading_kind), split off so the topic and the part are apart (下一步招商引资 → 下一步
    招商引资; 项目建设进展 → 项目建设 进展), only when a topic is left that is more than framing
    words (工作打算 stays whole)."""
    before, after = [], []
    for n in (3, 2, 1):  # 下一步: jieba cuts 下 / 一步
        head = "".join(words[k] for k in run[:n])
        if len(run) > n and len(head) <= MAX_ROLE_WORD and heading_kind(head):
            before, run = run[:n], run[n:]
            break
    for n in (2, 1):
        tail = run[-n:]
        text = "".join(words[k] for k in tail)
        if len(run) <= n or words[tail[0]] in FUNCTION_WORDS:
            continue  # (的问题: the part is 问题; 的 belongs to neither)
        if len(_unframed(text) if n == 1 else text) <= MAX_ROLE_WORD and heading_kind(text):
            after, run = tail, run[:-n]
            break
        end = tail[-1] + 1  # 完成 情况: the question's end took 情况, which makes 完成 a role
        if n == 1 and text in STATUS_VERBS and end < len(words) and marked[end] and words[end] in _ENDS:
            after, run = tail + [end], run[:-n]
            break
    if not any(words[k] not in SECTION_ROLE_FILLER for k in run):
        return [], before + run + after, []  # 工作打算: 工作 alone is no topic
    return before, run, after


def _unframed(text: str) -> str:
    """``text`` less a framing word opening it (工作进展 → 进展): jieba holds some role words whole with their frame
    (今年招商引资工作进展如何: 招商引资 / 工作进展), and such a word is as short a role word as the one inside it."""
    for filler in SECTION_ROLE_FILLER:
        if text.startswith(filler) and len(text) > len(filler):
            return text[len(filler):]
    return text


def _pop_generic(words, run) -> list[str]:
    """Drop the document's own words (text.DOCUMENT_FUNCTION_WORDS: 今年, 园区, 企业) opening a
    question's topic, and a framing word (工作) closing it, while the topic keeps a word of its
    own; words that are all a report's own (项目建设, 企业服务) keep their last two: the first
    of them heads the topic (园区项目建设 → 项目建设, not 建设)."""
    def own(k):
        return words[k] in DOCUMENT_FUNCTION_WORDS

    popped = []
    while len(run) > 1 and own(run[0]) \
            and sum(len(words[k]) for k in run[1:]) >= (2 if words[run[0]] in _WHEN else _LEFT_AFTER_FRAME) \
            and (any(not own(k) for k in run[1:]) or len(run) > 2):
        popped.append(words[run.pop(0)])  # 园区招商引资 → 招商引资: in a park's report 园区 says nothing (nor 今年)
    while len(run) > 1 and words[run[-1]] in SECTION_ROLE_FILLER and any(not own(k) for k in run[:-1]):
        run.pop()  # 安全生产工作 → 安全生产
    return popped


# question words standing for the verb's object or its amount (哪些项目, 什么措施, 多少家企业), not for its manner (怎么, 如何)
_OBJECT_ASKED = frozenset(_COUNT_WORDS) | frozenset("哪些 什么 哪个 哪几 哪".split())
# a preposition between a verb and the count asked says the count is the level its subject stands at (控制在多少)
_LEVEL = frozenset("在 为 于".split())


# question words asking which things (哪些项目), not how many: a count sits between the verb and the thing in the
# answer (园区入驻35家企业), which the two as one string would not find
_WHICH_ASKED = frozenset("哪些 什么 哪个 哪几 哪".split())


def _verb_and_object(out, at, words, marked, segmenter) -> tuple[list[str], list[str]]:
    """``out`` (the strings, ``at`` each one's first and last word) with a string closing in a verb and the report's own
    word asked after it which (``_WHICH_ASKED``: 园区今年引进了哪些项目, 引进 | 哪些 | 项目) joined into one (引进项目), as
    the reports write the thing the verb makes of it (引进项目, 新建项目); apart, 引进 and 项目 were two strings every
    park's report holds somewhere, and the question ranked them as that. Not where a count is asked (园区入驻了多少家企业:
    the answer writes the count between them, 入驻35家企业; measured too, 入驻 企业 0.73 → 0.86 on the study queries,
    but a report writing 园区入驻35家企业 fell below those writing 园区入驻企业 without a count). Also the park words
    dropped from the strings joined (园区建成了哪些项目 → 建成项目). A part of a report asked (存在哪些问题, 有哪些措施:
    roles.py) is no thing the verb makes, and stays apart."""
    merged, parks = list(out), []
    for i in range(len(out) - 1, 0, -1):
        (opening, verb), (first, last) = at[i - 1], at[i]
        between = range(verb + 1, first)
        if first != last or words[first] not in DOCUMENT_FUNCTION_WORDS or heading_kind(words[first]) \
                or segmenter.word_tag(words[verb]) != "v" \
                or not all(marked[k] for k in between) \
                or not any(words[k] in _WHICH_ASKED for k in between):
            continue
        joined = merged[i - 1] + merged[i]
        park = words[opening]
        if park in PARK_WORDS and verb > opening and joined.startswith(park) \
                and len(joined) - len(park) >= _LEFT_AFTER_FRAME:
            parks.append(park)  # 园区建成了哪些项目 → 建成项目: as _pop_generic drops it from a topic (园区 ranks)
            joined = joined[len(park):]
        merged[i - 1:i + 1] = [joined]
    return merged, parks


def _pop_predicate(words, run, marked, segmenter) -> list[str]:
    """Drop the verb closing a question's string right before the count or the object it asks: subject, verb,
    了 / 在, 多少 (哪些, 什么) and the thing asked are a sentence's parts, and the verb is its predicate, not its topic;
    reports write the subject and the thing with verbs of their own (登记失业率为4.1%, 吸纳就业3000人, 新建道路3公里).
    The verb still ranks. Which part is the topic decides:
    - a subject of its own before the verb (not a report's own word: 园区, 今年): the question asks its level (控制在多少:
      城镇登记失业率控制在多少 → 城镇登记失业率) or its measure (修了多少公里: 园区道路修了多少公里 → 道路 公里), nothing else
      counted; with no level or measure, the amount asked is the verb's own (居民收入增长了多少: 增长 stays), and with a
      thing of its own counted after (政府投入了多少资金) subject and verb say together what is asked, and stay;
    - no subject but a report's own word: the thing asked after the question word is the topic when it is a word of
      two characters or more that is no report's own (园区解决了多少人就业 → 就业, 园区为企业办了哪些实事 → 实事); where
      it is one (项目, 企业: 园区去年签约了多少个项目) or a lone character (钱), the verb says which are asked (签约项目) and
      stays."""
    if not run or segmenter.word_tag(words[run[-1]]) != "v":
        return []
    k = run[-1] + 1
    while k < len(words) and marked[k] and words[k] in FUNCTION_WORDS:
        k += 1  # 了, 在
    if k >= len(words) or not (words[k] in _OBJECT_ASKED or _count_head(words[k]) is not None):
        return []
    after = [m for m in range(k + 1, len(words)) if not marked[m] and _says(words[m])]
    thing = [m for m in after if words[m] not in CLASSIFIERS]  # (a measure word, 公里, is no thing)
    # (a report's own word or a function word before the verb is no subject of its own: 园区 of 园区解决, 为企业 of
    # 园区为企业办 says for whom)
    subject = any(words[m] not in DOCUMENT_FUNCTION_WORDS and words[m] not in FUNCTION_WORDS for m in run[:-1])
    if subject:
        level = any(words[m] in _LEVEL for m in range(run[-1] + 1, k))
        popped = not thing and (level or bool(after))
    else:
        popped = any(len(words[m]) >= 2 and words[m] not in DOCUMENT_FUNCTION_WORDS for m in thing)
    return [words[run.pop()]] if popped else []


# question words asking how a thing is done (如何做好, 怎么抓): the verb after one is the doing asked about
_MANNER = frozenset("怎么 怎样 如何 咋 怎".split())
# light verbs: "do it", "do it well" (做好安全生产工作, 抓项目建设, 开展…工作), which carry no topic of their own; the
# thing done is the topic (a content verb, 提高 of 提高企业自主创新能力, is part of the phrase reports write)
LIGHT_VERBS = frozenset("做好 搞好 抓好 办好 干好 做 搞 抓 干 开展 进行 看待".split())  # (如何看待: an opinion asked of it)


# closing a question after a manner word, a verb of doing asks how the thing named before is done or solved
# (中小企业融资难怎么解决, 消防安全工作怎么开展的): 解决's object is a problem the topic already names
_DOING_ASKED = LIGHT_VERBS | frozenset(["解决"])


def _done_after_manner(words, run, marked) -> bool:
    """Whether ``run`` is only a verb of doing (``_DOING_ASKED``) right after a manner word, closing the question:
    it says how the topic before it is asked about, and is no topic of its own (a content verb, 报销 of 看病怎么报销,
    治理 of 黄河怎么治理, is)."""
    return len(run) == 1 and words[run[0]] in _DOING_ASKED and run[0] > 0 and marked[run[0] - 1] \
        and words[run[0] - 1] in _MANNER


def _solved_problem(words, run, after, marked) -> bool:
    """Whether a question asks how to solve a problem it names (怎么解决招工难的问题, 如何解决就业问题): 解决 right after
    a manner word opening its string, a topic, and a problem word closing it (问题, 困难). The problem word is then
    解决's object, the thing the topic is, and no part of a report asked for: the user wants how it is solved, which
    reports write wherever they write the topic (缓解用工难, 扩大就业), not their problems sections."""
    return len(run) >= 2 and words[run[0]] == "解决" and run[0] > 0 and marked[run[0] - 1] \
        and words[run[0] - 1] in _MANNER and heading_kind("".join(words[k] for k in after)) == PROBLEM


def _pop_light_verb(words, run, marked) -> list[str]:
    """Drop a light verb (``LIGHT_VERBS``) opening a question's string right after a manner word (如何做好防汛工作 →
    防汛, 下一步怎么抓项目建设 → 项目建设): 怎么 asks how to do it, the verb is only the doing, a predicate as a
    count's verb is (``_pop_predicate``); reports write the thing with verbs of their own (防汛抗洪, 加快项目建设). The
    verb still ranks. It stays where no topic would be left (如何做好工作)."""
    if len(run) < 2 or run[0] == 0 or words[run[0]] not in LIGHT_VERBS:
        return []
    if words[run[0] - 1] not in _MANNER or not marked[run[0] - 1]:
        return []
    if not any(len(words[k]) >= 2 and words[k] not in SECTION_ROLE_FILLER and words[k] not in FUNCTION_WORDS
               for k in run[1:]):
        return []
    return [words[run.pop(0)]]


def _pop_park(words, run, segmenter) -> list[str]:
    """Drop a park word (text.PARK_WORDS: 园区, 开发区) opening a question's topic before one noun of its own too short
    for ``_pop_generic`` (园区污水怎么处理的 → 污水 处理): the park is the asker's own, and a park's report writes 污水处理
    without it. The word still ranks, and as a park word dropped it puts the parks' reports first in each tier
    (``park_first``). It stays before a verb (园区入驻了多少家企业: 入驻 alone is no thing asked about) and before a
    report's own word (园区发展 of 园区发展面临哪些困难: 发展 alone is no topic). Measured and left out: a park word
    inside the topic after its verb (怎样提高园区土地利用效率 → 提高土地利用效率 0.28 → 0.18, 如何加强园区环境监管 0.80 → 0.86:
    the parks' short reports hold few of the words left)."""
    if len(run) != 2 or words[run[0]] not in PARK_WORDS:
        return []
    rest = words[run[1]]
    if len(rest) < 2 or rest in DOCUMENT_FUNCTION_WORDS or segmenter.word_tag(rest) != "n":  # (a common noun: jieba tags 新建 a place)
        return []
    return [words[run.pop(0)]]


def _one_part(strings: tuple) -> tuple:
    """A question names one part of a report: a time word opening it that asks for plans
    (下一步, 明年) decides it over a role word of another kind closing it (下一步…有什么措施 asks
    for the plans, not the measures already taken)."""
    kinds = [heading_kind(s) if len(s) <= MAX_ROLE_WORD + 1 else None for s in strings]  # (完成情况)
    plan = next((k for s, k in zip(strings, kinds) if k == PLAN), None)
    if plan is None or len({k for k in kinds if k}) < 2:
        return strings
    return tuple(s for s, k in zip(strings, kinds) if k is None or k == plan)


# Question words that open a word of jieba's cut (哪些项目, 哪些企业): jieba's dictionary holds such phrases whole,
# so the question word is only found by cutting it off. Two characters at least (吗 / 么 / 哪 would cut ordinary
# words); 几何 is a noun as often (几何图形), a question word only standing alone. Only at a word's start: closing
# one, a question word is often part of a set phrase (无论如何).
_CUT_OFF = tuple(sorted((w for w in QUESTION_WORDS if len(w) >= 2 and w != "几何"), key=len, reverse=True))


def _asking_head(word: str):
    """The question word opening ``word`` (哪些 of 哪些项目), or None."""
    if word in QUESTION_WORDS:
        return None
    return next((w for w in _CUT_OFF if len(word) > len(w) and word.startswith(w)), None)


_PARTICLE = "吗"  # the yes-no question's closing particle, which jieba holds inside a word (好了吗)


def _split_asking(words: list[str]) -> list[str]:
    """jieba's words with a question word opening one cut off as its own word: 园区今年引进了哪些项目 is
    cut …/了/哪些项目, and read whole it asked about no string at all (no results). A single character
    left over belongs to the question (什么样, 多少钱 ask "what kind", "how much"): that word stays whole
    and asks (``_asks``)."""
    out = []
    for word in words:
        if out and len(out[-1]) <= 2 and out[-1] + word in QUESTION_WORDS:
            out[-1] += word  # 有多大, 谁来, 能不能, 什么时候: jieba cuts 多 / 大, 能 / 不能, 什么 / 时候
            continue
        if out and out[-1] == "哪" and len(word) == 2 and word.startswith("一"):  # 进展到哪一步: jieba cuts 哪 / 一步
            out[-1] += word
            continue
        head = _asking_head(word)
        if head is None and len(word) > 1 and word.endswith(_PARTICLE):  # 修好了吗 cut 修/好了吗: the 吗 asks
            stem = word[:-len(_PARTICLE)]
            out += [stem[:-1], stem[-1:], _PARTICLE] if len(stem) > 1 and stem.endswith("了") else [stem, _PARTICLE]
            continue
        out += [head, word[len(head):]] if head and len(word) - len(head) > 1 else [word]
    return out


_NOT = ("没", "不")  # the negation of an A-not-A question (开工没开工, 能不能)
_NOT_YET = ("没有", "没")  # closing a statement, they ask whether it is done (道路建好了没有, 项目开工了没)


def _yes_no(words, marked) -> None:
    """Mark the words of a yes-no question that holds no question word (吗 is one): the negation closing a
    statement (园区道路建好了没有, 项目开工了没: the perfective's own question, V了没有), and the negation with its
    repeated verb in the A-not-A form (项目开工没开工, 道路修没修好, 能不能: the verb asked about stays, once). A
    negation inside the string is a statement (没有完成的项目), and so is one standing alone."""
    said = [k for k, w in enumerate(words) if _says(w)]
    if len(said) >= 2 and words[said[-1]] in _NOT_YET and not marked[said[-2]]:
        marked[said[-1]] = True
    for k in range(1, len(words) - 1):
        before, after = words[k - 1], words[k + 1]
        if words[k] not in _NOT or not _says(before) or before in _NOT:
            continue
        if after == before:  # 开工没开工: the second goes
            marked[k] = marked[k + 1] = True
        elif after.startswith(before):  # 修没修好: the fuller one stays
            marked[k - 1] = marked[k] = True


# the asker's own words opening a question (请问, 我想知道, 帮我查一下): who asks and that they ask, no word of the thing
_ASKER = frozenset("请问 请 问 我 我们 想 想要 要 知道 了解 想知道 告诉 帮 帮忙 帮我 麻烦 查 查询 查一下 一下".split())


def _asker(words, marked) -> int:
    """Mark the asker's words opening a question (``_ASKER``: 请问园区有哪些企业, 我想知道园区有多少企业): they frame it
    as a question does (请问园区 was left a string to find). Only in a question (a word of it marked already), and
    only a run of them opening it. How many there are (the question's subject comes after them)."""
    if not any(marked):
        return 0
    n = 0
    while n < len(words) and not marked[n] and words[n] in _ASKER:
        marked[n] = True
        n += 1
    return n


_MODALS = frozenset("要 会 能 该 应该 应当 可以 能够 将".split())


def _modal(words, marked) -> None:
    """Mark a modal verb inside a yes-no question closed by 吗 (退休年龄要推迟吗, 房价会下降吗): it asks whether the thing
    will be so, the question's mood, and is no word of the thing (reports write 延迟退休, not 要推迟). Only before a
    word of two characters or more: 农村宅基地能卖吗 read as 农村宅基地 and 卖 fell from 0.95 to 0.25 on the study
    queries (a lone 卖 is in every report)."""
    said = [k for k, w in enumerate(words) if _says(w)]
    if not said or words[said[-1]] != _PARTICLE or not marked[said[-1]]:
        return
    for i, k in enumerate(said[1:-1], 1):
        if words[k] in _MODALS and len(words[said[i + 1]]) >= 2 and not marked[said[i + 1]]:
            marked[k] = True  # (not before a verb of one character: 宅基地能卖吗, 卖 alone is in every report)


def _asks(word: str) -> bool:
    head = _asking_head(word)
    return word in QUESTION_WORDS or _which(word) or _a_not_a(word) or _count_head(word) is not None or (head is not None and len(word) == len(head) + 1) or (bool(word) and all(ch in QUESTION_MARKS for ch in word))


def _which(word: str) -> bool:
    """哪 with a classifier or a numeral's step, one word of jieba's cut or joined by ``_split_asking`` (哪年, 哪家, 哪一步):
    which one is asked (not 哪怕, "even if")."""
    return len(word) >= 2 and word[0] == "哪" and word != "哪怕" and (word[1:] in CLASSIFIERS or word[1] in "一年天种类")


def _a_not_a(word: str) -> bool:
    """An A-not-A question jieba holds as one word (贵不贵, 好没好): ``_yes_no`` reads the form cut apart."""
    return len(word) == 3 and word[0] == word[2] and word[1] in _NOT


def _says(word: str) -> bool:
    """Whether ``word`` holds a letter, digit or ideograph (not punctuation or a space)."""
    return any(ch.isalnum() for ch in word)


def _spread(words, marked) -> None:
    """Mark the words that only carry a marked question word: a frame word (有, 是, 存在)
    or a function word (了, 的) beside it, and punctuation, spreading outward."""
    changed = True
    while changed:
        changed = False
        for k, word in enumerate(words):
            if marked[k]:
                continue
            beside = (k > 0 and marked[k - 1]) or (k + 1 < len(words) and marked[k + 1])
            if beside and (word in QUESTION_FRAME_WORDS or word in FUNCTION_WORDS or word in _PARTICLES
                           or not _says(word)):
                marked[k] = changed = True


def _count_units(words, marked) -> None:
    """Mark the individual classifier (``COUNTERS``) after a count word asked (多少家, 多少人: jieba cuts them apart):
    with 多少 it asks how many; left in the topic it was glued to the thing counted (家企业, 人就业), a string reports
    write only beside a figure (120家企业) and often not at all (入驻企业达到120家). A measure word stays (多少亩土地 →
    亩土地: reports write the area in it). ``count_asked`` reads the count from what was typed."""
    for k in range(len(words) - 1):
        if marked[k] and words[k] in _COUNT_WORDS and words[k + 1] in COUNTERS:
            marked[k + 1] = True


def _count_head(word: str):
    """The classifier of ``word`` when it is 多少 or 几 joined to one by jieba (多少个, 几家, 几栋), else None."""
    for head in _COUNT_WORDS:
        if word.startswith(head) and word[len(head):] in CLASSIFIERS:
            return word[len(head):]
    return None


def count_asked(value: str, vocabulary: Vocabulary, strings=()) -> tuple[tuple[str, str], ...]:
    """Each count or figure ``value`` asks, as (classifier, thing counted): 多少 or 几, a classifier
    (``CLASSIFIERS``) and the words after it up to the string's end, a function word or another question word
    (园区入驻了多少家企业 → (家, 企业); 园区今年新开工了几个项目 → (个, 项目); 多少人就业 → (人, 就业)). A classifier
    with nothing after it (道路修了多少公里) counts the question's ``strings`` (what it asks about); 多少 with no
    classifier (多少营业收入, 比重是多少) asks a figure of each of them, in no unit named: ("", string)."""
    if not any(w in value for w in _COUNT_WORDS):
        return ()
    words = vocabulary.segmenter.cut(normalize(value))
    topics = tuple(normalize(s) for s in strings if len(s) >= 2)
    out = []
    for k, word in enumerate(words):
        classifier = _count_head(word)
        after = k + 1
        if classifier is None and word in _COUNT_WORDS:
            if after < len(words) and words[after] in CLASSIFIERS:
                classifier, after = words[after], after + 1
            elif word == "多少":
                classifier = ""  # a figure asked: no unit named
        if classifier is None:
            continue
        thing = []
        if classifier:
            for w in words[after:]:
                if w in FUNCTION_WORDS or _asks(w) or not _says(w):
                    break
                thing.append(w)
        if word.startswith("几") and not _ji_asks(words, k, after + len(thing), value, vocabulary.segmenter):
            continue  # 几个 as "a few" (园区几个重点项目的进展情况): no count asked
        if thing:
            out.append((classifier, "".join(thing)))
        else:
            out += [(classifier, t) for t in topics if t != classifier]
    return tuple(out)


# 这几个, 那几家, 每几年: 几 after a demonstrative or 每 is "a few", not "how many" (jieba holds 好几个, 十几个 whole)
_DETERMINERS = frozenset("这 那 每 前 头".split())
# 有几个, 是几家: a count asked whatever follows (园区有几个项目在建)
_HAVE = frozenset("有 是 共有 还有 拥有 一共 总共".split())
_ASPECT = frozenset("了 过")  # 开工了几个项目: a verb's object
# the particles closing a spoken sentence or a question (语气词: 园区招商引资怎么样啊, 有哪些企业呀, 有几家呢), a closed
# class of the language: no word of the thing asked (one set; session 47's ranking round had written a second one above,
# which this one shadowed at import)
_PARTICLES = frozenset("呢 吗 嗎 啊 呀 吧 啦 嘛 哇 哈 哦 呐 呗".split())


def _ji_asks(words, k, end, value, segmenter) -> bool:
    """Whether 几 with its classifier (``words[k]``, the thing counted ending before ``words[end]``) asks how many.
    几 is also the indefinite "a few" (几个重点项目, 这几个项目, 近几年): a count is asked where 几 is what a predicate
    asks about — after 有 or 是 (有几家上市公司, 项目有几个), or as a verb's object (新开工了几个项目, 引进几个项目) or
    under a question mark (几个项目？), with the thing counted closing the question (nothing after it but particles
    and marks: 几个重点项目进展怎么样 asks 怎么样). 几 opening a noun phrase that something else follows (园区几个重点项目的进展情况), a
    subject's (园区几个重点项目), or after a demonstrative (这几个项目), is "a few": no count."""
    before = words[k - 1] if k else ""
    if before in _DETERMINERS or (before and segmenter.word_tag(before) == "r"):
        return False
    if before in _HAVE:
        return True
    closes = all(w in FUNCTION_WORDS or w in _PARTICLES or not _says(w) for w in words[end:])
    if not closes:
        return False
    predicate = before in _ASPECT or (before and segmenter.word_tag(before).startswith("v"))
    return predicate or any(ch in QUESTION_MARKS for ch in value)


# a number as a report writes it (120, 3.5, 一百二十, 两) and the words that round it (余, 多, 万), up to where its
# classifier follows; the characters such a number ends in
_NUMBER_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*$")
_NUMBER_ENDS = frozenset("0123456789一二三四五六七八九十百千两余多万亿 ")
_CLAUSE_END = re.compile("[。；;\n]")
COUNT_WINDOW = 100  # a count asked orders the first this many hits (ten pages of ten): each is a text to read
COUNT_GAP = 8  # at most this many characters (no full stop, no semicolon) between the count and the thing
_FIGURES: dict = {}


def writes_count(text: str, counts) -> bool:
    """Whether ``text`` (normalised) writes one of ``counts`` (``Reading.counts``): the thing counted with a
    number in its classifier near it, before it (120家企业, 120家规模以上企业) or after it (企业120家, 入驻企业达到
    120家); a figure asked with no unit, the thing with a number after it (营业收入12亿元). The thing is found by
    its head, its last two characters (a Chinese noun phrase ends in its head: 规模以上企业 is a kind of 企业)."""
    for classifier, thing in counts:
        head = thing[-2:]
        if classifier:
            if _count_in(text, classifier, head):
                return True
            continue
        pattern = _FIGURES.get(head)
        if pattern is None:  # a figure: the thing, then its number (营业收入12亿元, 比重达到2.5%)
            pattern = re.compile(f"{re.escape(head)}[^。；;\n]{{0,{COUNT_GAP}}}?\\d")
            if len(_FIGURES) < 256:  # (a query's own few: bounded)
                _FIGURES[head] = pattern
        if pattern.search(text):
            return True
    return False


def _count_in(text: str, classifier: str, head: str) -> bool:
    """Whether ``text`` writes a number in ``classifier`` with ``head`` within ``COUNT_GAP`` characters of the
    same clause after it or before the number. Found from the classifier's places (a pattern opening with
    the number tried the whole number class at every character: ten times the time)."""
    at = text.find(classifier)
    while at >= 0:
        if at and text[at - 1] in _NUMBER_ENDS:
            number = _NUMBER_BEFORE.search(text, max(0, at - 16), at)
            if number:
                end = at + len(classifier)
                after = _CLAUSE_END.split(text[end:end + COUNT_GAP + len(head)], 1)[0]
                before = _CLAUSE_END.split(text[max(0, number.start() - COUNT_GAP - len(head)):number.start()])[-1]
                if head in after or head in before:
                    return True
        at = text.find(classifier, at + 1)
    return False
