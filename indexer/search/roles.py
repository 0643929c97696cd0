"""Query strings that name a part of a report: 存在问题, 困难, 短板, 下步打算, 主要成效, 主要做法 …

The reader types every section of a report (reading/kinds.py: 成效进展, 做法措施,
存在问题, 计划安排) from its heading and its place. A user who types 招商引资 存在问题
wants what reports admit about attracting investment, whether they head that part
存在的问题, 面临的困难 or 不足与短板; one who types 存在的困难 alone wants the reports'
problem sections. So an unquoted string that names a kind of section (read with the
reader's own heading rules, ``query.heading_kind``, framing words such as 主要 / 工作
aside) also finds (fallback.py, tier ``section``; above the reports that hold the typed
strings when a topic was typed apart from the role, ``leads``, else below them, and
always above the looser readings of the fallback):

- with other strings in the query: the reports where those strings occur inside a
  section of that kind (招商引资 inside a 存在问题 section, whatever its heading), or
  near a word that marks that kind in a paragraph (``MARKERS``: 难题, 瓶颈 for problems,
  措施, 举措 for measures, 下一步, 明年 for plans, 竣工, 完成 for results; a result's word
  not among the problems, ``OPPOSITE``) when the role is a string of its own or X难
  (土地瓶颈 is loosened into its words near each other by the fallback already);
- alone: the reports that have a section of that kind, those whose such sections use
  the string's own role words (困难) first.

A role word that is a period (下半年: a first-half summary's plans) also says when: the reports
of the reading write it too (a yearly plan's plans are not the second half's), and with a topic the
surest of them lead (``period_plans``): the topic beside 下半年, in a first-half summary's plans, or in
the plans of a report heading a part with 下半年.

Among the exact matches too, a report whose topic lies inside such a section scores
higher (the reading is OR-ed into the query with ``ROLE_BOOST``). A string of topic words
ending in role words (土地瓶颈, 基础设施短板) reads as that topic inside such sections only
when the query as typed finds few reports (the fallback's condition): with many, it is a
topic of its own; a role word is short (``MAX_ROLE_WORD``), so 科技成果, one word, is a topic. Quoted strings, strings with
a field (``heading:`` has its own reading), NOT and OR are left as typed, and so is a query
naming two different kinds, or one of more than ``fallback.MAX_STRINGS`` strings (pasted text).
"""
from __future__ import annotations

from whoosh import query as Q

from ..analysis import Vocabulary, normalize
from ..reading.kinds import MEASURE, PLAN, PROBLEM, PROGRESS
from ..text import FUNCTION_WORDS, PROBLEM_MARKERS, SECTION_ROLE_FILLER
from ..whoosh_ext.near import NearAny
from ..whoosh_ext.phrase import ConsecutivePhrase
from ..whoosh_ext.sections import restrict
from .fallback import MAX_STRINGS, relax
from .preferences import PERIODS
from .query import And, InHeading, InSections, Meta, NearWords, Or, Text, heading_kind, walk

ROLE_BOOST = 0.5  # the section reading's share of a score: below the strings as typed
# a role typed apart from its topic (招商引资 存在问题, 工作成效 招商引资): the reports of the leading
# section tier are ranked by the topic, not by where else the role's own words stand (a long report
# writing 工作成效 once outscored a park's short one whose results are about 招商引资)
APART_WEIGHT = 0.1
# ... and when few reports hold the two, the topic alone is their loosest reading (a last tier): its weight
# only orders those reports among themselves
TOPIC_ALONE = 0.1
# ... and below them, the reports holding the topic's words apart (apart_topic): a weight that keeps them under
# every report the query found otherwise (the last reading's scores are some tenths; these some thousandths)
TOPIC_APART = TOPIC_ALONE * 0.01
MARKER_CHARS = 30  # "near a marker": within this many characters (about a clause)
# The words a report's running text marks each kind of part with, outside a section headed so: a difficulty
# (难题, 瓶颈 …), a measure taken (采取…措施, 主要做法是…), a plan (下一步, 明年, 力争 …: a plan paragraph opens on its
# time or its resolve), a result (取得…成效, 完成, 建成, 竣工). Two characters at least (the literal field is
# character pairs: 将 alone has no place). A park's short report rarely heads its parts; its paragraph says them.
MARKERS = {PROBLEM: PROBLEM_MARKERS,
           MEASURE: tuple("措施 举措 做法 办法 经验 抓手 途径".split()),
           PLAN: tuple("下一步 下步 下阶段 明年 今后 打算 力争 重点抓好".split()),
           PROGRESS: tuple("成效 成绩 成果 完成 建成 竣工 投产".split())}
DIFFICULTY = "难"  # X难 is how Chinese names a difficulty with X (融资难, 招商难, 用地难)
MAX_ROLE_WORD = 3  # a role word is short (问题, 短板, 下半年); 科技成果 is a topic that holds one
LOOSE_PART_LEVEL = 2  # a period's plans' topic loosened (loosened): its words anywhere inside such a part


def role_of(value: str, vocabulary: Vocabulary, mixed: bool = False):
    """``(kind, role words, topic)`` when the string ``value`` names a kind of section
    (``topic``: the text before the role words, '' when none), else None. A string with
    topic words counts only when ``mixed``."""
    text = normalize(value)
    words = list(vocabulary.segmenter.cut(text))
    start, role = len(words), []
    while start:
        word = words[start - 1]
        if len(word) <= MAX_ROLE_WORD and heading_kind(word):
            role.insert(0, word)
        elif (inner := _after_filler(word)) is not None:
            role.insert(0, inner)  # jieba keeps 工作思路 / 工作计划 whole: the role is 思路 / 计划
        elif word == DIFFICULTY and start == len(words) and start > 1:
            role.insert(0, word)  # 招商难, 用地难: the difficulty of getting investment, land
        elif not (word in SECTION_ROLE_FILLER or word in FUNCTION_WORDS):
            # jieba cuts 下步 / 下一步 into pieces that name nothing alone
            # (pieces naming nothing alone; not 问题 导向, where the role word leads a topic)
            span = next((j for j in (start - 2, start - 3) if j >= 0 and heading_kind("".join(words[j:start]))
                         and all(len(w) <= MAX_ROLE_WORD and not heading_kind(w) for w in words[j:start])), None)
            if span is None:
                break
            role.insert(0, "".join(words[span:start]))
            start = span + 1
        start -= 1
    if not role or (start and not mixed):
        return None
    kind = PROBLEM if role == [DIFFICULTY] else heading_kind("".join(words[start:]))
    if kind is None:
        return None
    lead = _leading_role(words[:start], kind)
    if lead:  # 下一步安全生产工作打算: 下一步 opens the plan the string ends in, it is no part of the topic
        role.insert(0, "".join(words[:lead]))
    topic = "".join(words[lead:start]).strip()
    return kind, tuple(role), topic


def _leading_role(words, kind) -> int:
    """How many of ``words`` (a string's topic) open it with a role word of ``kind`` (下 一步,
    明年), leaving a topic: 0 when none."""
    for n in (3, 2, 1):
        head = "".join(words[:n])
        if len(words) > n and len(head) <= MAX_ROLE_WORD and heading_kind(head) == kind:
            return n
    return 0


def _after_filler(word: str) -> str | None:
    """The role word of a dictionary word made of a framing word and a role word (工作思路 →
    思路, 主要成效 → 成效), else None: 科技成果 starts with no framing word, so it stays a topic."""
    for filler in SECTION_ROLE_FILLER:
        rest = word[len(filler):]
        if word.startswith(filler) and 0 < len(rest) <= MAX_ROLE_WORD and heading_kind(rest):
            return rest
    return None


def section_reading(tree, vocabulary: Vocabulary, mixed: bool = False):
    """The query tree of ``tree``'s section reading (an ``InSections`` node, with the
    query's other conditions), or None when no string of it names a kind of section."""
    items = tree.items if isinstance(tree, And) else (tree,)
    if sum(isinstance(i, Text) for i in items) > MAX_STRINGS:
        return None  # pasted text: its reading would repeat the whole query inside sections
    roles, topics, others = [], [], []
    for item in items:
        plain = isinstance(item, Text) and item.field is None
        role = role_of(item.value, vocabulary, mixed) if plain and not item.quoted else None
        if role:
            roles.append(role)
        elif plain:
            topics.append(item)
        elif isinstance(item, Text):
            return None  # a field's string (heading:, title:) keeps its own meaning
        else:
            others.append(item)  # NOT, OR, a prefix, park/year/type: conditions as typed
    if not roles or len({kind for kind, _, _ in roles}) != 1:
        return None
    # 下半年 names a part (a first-half summary's plans) and a time: a yearly plan's plans are not the second
    # half's, so the reports of the reading write it too (a period typed stays a condition: preferences.py)
    others += [Text(w) for w in dict.fromkeys(w for _, words, _ in roles for w in words) if w in PERIODS]
    topics += [Text(topic) for _, _, topic in roles if topic]
    topic = None if not topics else topics[0] if len(topics) == 1 else And(tuple(topics))
    # 土地瓶颈 is loosened into 土地 near 瓶颈 by the fallback already; a role typed as a string
    # of its own (招商引资 存在问题), or X难 (a lone 难 has no place to be near), takes markers
    markers = any(not topic or words == (DIFFICULTY,) for _, words, topic in roles)
    # 招商引资 存在问题: the role typed apart from the topic, so the two strings anywhere in a
    # report say nothing of each other (its problems may be about roads); 土地瓶颈 or 招商难
    # written as typed already says the topic is the problem
    apart = topic is not None and all(not t for _, _, t in roles)
    node = InSections(topic, roles[0][0], tuple(dict.fromkeys(w for _, words, _ in roles for w in words)), markers,
                      apart)
    return And(tuple(others) + (node,)) if others else node


def role_strings(tree, vocabulary: Vocabulary, reading) -> frozenset:
    """The strings of ``tree`` its section ``reading`` takes as naming a part of a report
    (empty without a reading): the fallback loosens them less (fallback.relax)."""
    if reading is None:
        return frozenset()
    items = tree.items if isinstance(tree, And) else (tree,)
    return frozenset(i.value for i in items if isinstance(i, Text) and i.field is None and not i.quoted
                     and role_of(i.value, vocabulary, mixed=True))


def in_sections(node: InSections):
    """``node``'s reading inside the tree, for ``fallback`` and ``explain``."""
    if isinstance(node, InSections):
        return node
    return next((i for i in node.items if isinstance(i, InSections)), None)


OPPOSITE = {PROGRESS: PROBLEM}  # a kind whose markers read the other way inside sections of this one


def compile_in_sections(compiler, node: InSections):
    """The Whoosh query of ``node`` (``compiler``: compile.py's compiler)."""
    if "section_kinds" not in compiler.schema:
        return Q.NullQuery
    body = compiler.narrowed(("text",))  # a topic in the title is not in a section
    if node.topic is not None:
        inside = restrict(body.compile(node.topic), (node.kind,))
        near = _near_markers(body, node)
        return inside if near is None else Q.Or([inside, near])
    has = Q.Term("section_kinds", node.kind)
    if not compiler.ranked:
        return has
    words = [body.compile(Text(w)) for w in node.words]
    return Q.AndMaybe(has, restrict(words[0] if len(words) == 1 else Q.Or(words), (node.kind,)))


def _near_markers(body, node: InSections):
    """The reports where the topic (one string) occurs near a word that marks ``node.kind``
    in running text (``MARKERS``), either order; None when the kind has no markers."""
    markers = MARKERS.get(node.kind)
    if not markers or not node.markers or not isinstance(node.topic, Text):
        return None
    _, literal = body.places(None)
    near = _or([_near(body.literal_query(f, node.topic.value), [body.literal_query(f, m) for m in markers])
                for f in literal])
    if near is not None and node.kind in OPPOSITE:
        # 招商引资难度大，工作成效不明显 under 存在的问题 is no result: a result's words are written negated
        # among the problems (成效不明显, 未完成), so a report with the topic among them is not found by its markers
        near = Q.AndNot(near, restrict(body.compile(node.topic), (OPPOSITE[node.kind],)))
    return _ranked_by_topic(body, near, node.topic)


def compile_near_words(compiler, node: NearWords):
    """The Whoosh query of ``node``: its topic within ``MARKER_CHARS`` of one of its words, in the
    body, ranked by the topic's words (as ``_near_markers``)."""
    body = compiler.narrowed(("text",))
    _, literal = body.places(None)
    near = _or([_near(body.literal_query(f, node.topic.value), [body.literal_query(f, w) for w in node.words])
                for f in literal])
    return Q.NullQuery if near is None else _ranked_by_topic(body, near, node.topic)


def _ranked_by_topic(body, near, topic):
    """``near`` (which reports) ranked by ``topic``'s words, not by how many markers stand near it."""
    if near is None or not body.ranked:
        return near
    # the literal field decides which reports (it has no length norms: a long report near
    # many markers would outscore a short one about the topic); the topic's words rank them
    words, _ = body.places(None)
    ranking = _or([q for q in (body.word_query(f, topic.value, among=len(words)) for f in words) if q is not None])
    matching = Q.ConstantScoreQuery(near, 1.0)
    return matching if ranking is None else Q.AndMaybe(matching, ranking)


def _near(topic, markers):
    """``topic`` within ``MARKER_CHARS`` of any of ``markers`` (literal queries of one field):
    from position sets when all are plain phrases (whoosh_ext/near.py), else Whoosh's spans."""
    def words(q):
        return (q.text,) if type(q) is Q.Term else tuple(q.words) if isinstance(q, ConsecutivePhrase) else None

    if words(topic) and all(words(m) for m in markers):
        return NearAny(topic.fieldname, words(topic), [words(m) for m in markers], MARKER_CHARS)
    return Q.Sequence([topic, Q.Or(markers)], slop=MARKER_CHARS, ordered=False)


def _or(queries):
    return None if not queries else queries[0] if len(queries) == 1 else Q.Or(queries)


# A period whose plans a report of another period writes: a first-half summary's plans (下一步工作打算) are the
# second half's, whether or not it writes 下半年 (the ``period`` field: describe.choose_period)
PLANS_WRITTEN_IN = {"下半年": "上半年"}


def period_plans(reading):
    """The surest reports of a reading whose part is a period's plans (下半年 项目建设 计划, 下半年 招商引资),
    or None: those writing the topic within a clause of the period (下半年，…重点抓好项目建设), the plans of a
    report of the period before it (a first-half summary's 下一步 about 项目建设) and of a report heading a part
    with the period (二、下半年工作安排: a mid-year report the reader dates by its year). A year's report writes
    下半年 in passing (下半年经济企稳回升) and its plans are the whole year's: holding 下半年 anywhere and the
    topic in a plan section, it led the second half's plans (compile.py puts these reports first)."""
    node = in_sections(reading) if reading is not None else None
    if node is None or node.kind != PLAN or node.topic is None:
        return None
    periods = tuple(w for w in node.words if w in PLANS_WRITTEN_IN)
    if not periods:
        return None
    items = reading.items if isinstance(reading, And) else (reading,)
    others = tuple(i for i in items
                   if not isinstance(i, InSections) and not (isinstance(i, Text) and i.value in periods))
    # (a loosened topic, roles.loosened: inside the plans only; a string as typed also beside the period)
    beside = (NearWords(node.topic, periods),) if isinstance(node.topic, Text) else ()
    surest = Or(beside + (And((Meta("period", PLANS_WRITTEN_IN[periods[0]]), node)),
                          And((InHeading(periods[0]), node))))
    return And(others + (surest,)) if others else surest


def loosened(reading, level: int, vocabulary: Vocabulary):
    """``reading`` with its topic loosened as the fallback loosens a string (fallback.relax at ``LOOSE_PART_LEVEL``:
    its words inside such a section, not all but one), or None when the reading has no topic or nothing to loosen
    (``level``: the query's own loosening, 0 when the strings as typed found enough reports).
    The topic typed is the user's compound (项目建设, 企业用工, 人才引进); a report's part of that kind writes it in
    its own turn of phrase (做好项目服务…建设过程中, 用工缺口): with the topic only as typed, a first-half summary
    whose second-half plans were about 项目 under the heading 下半年工作安排 was not found at all for
    下半年 项目建设 计划, though its part is what was asked for."""
    node = in_sections(reading) if reading is not None else None
    if node is None or node.topic is None or level < 1:
        return None
    topic = relax(node.topic, LOOSE_PART_LEVEL, vocabulary)
    if topic is None:
        return None
    loose = InSections(topic, node.kind, node.words, False, node.apart)
    if isinstance(reading, And):
        return And(tuple(loose if item is node else item for item in reading.items))
    return loose


def explain_loosened(reading) -> str:
    """What a loosened period's plans add (``loosened``), in Chinese: '' for any other reading."""
    node = in_sections(reading) if reading is not None else None
    if node is None or node.topic is None:
        return ""
    words = [w for n in ([node.topic] if not isinstance(node.topic, And) else node.topic.items)
             for w in getattr(n, "words", ())]
    periods = [w for w in node.words if w in PLANS_WRITTEN_IN]
    if not words or not periods:
        return ""
    return f"；其后列“{periods[0]}”的计划中的“{'”“'.join(words)}”（词语都出现在计划中）"


def leads(reading) -> bool:
    """Whether the reports of ``reading`` are listed first, above the reports that hold the
    typed strings anywhere: when the query names a part of a report and, as a string of its
    own, a topic (招商引资 存在问题, 存在问题 土地): a user who names the part wants what that
    part says about the topic. A role alone (存在问题: its literal heading is the best sign
    of such a section) or joined to its topic (土地瓶颈, 招商难: written as typed, the topic
    is the problem) keeps the strings as typed first."""
    node = in_sections(reading) if reading is not None else None
    return node is not None and node.apart


def topic_alone(reading):
    """The topic of a part typed apart (``leads``), whose reports come last when few reports hold
    the two (compile.py), or None: also when a role word is a period (下半年 安全生产: a period
    typed is a condition, preferences.py, and stays one when none of its reports holds the topic)."""
    node = in_sections(reading) if leads(reading) else None
    if node is None or any(w in PERIODS for w in node.words):
        return None
    return node.topic


def apart_topic(topic, vocabulary: Vocabulary):
    """The topic of a part typed apart (``topic_alone``) loosened to its words anywhere in a report (fallback.relax at
    ``LOOSE_PART_LEVEL``), or None when it is one word with nothing to loosen. The topic typed is the user's
    compound (人才引进, 企业用工); a report whose plans are about 人才 and which writes 引进 elsewhere, never the two
    together, was not found at all for 人才引进 下一步打算 when few reports hold the part and the topic: listed after
    the topic as typed, it is the part's loosest reading."""
    return relax(topic, LOOSE_PART_LEVEL, vocabulary)


def explain_alone(reading, vocabulary: Vocabulary | None = None) -> str:
    """What the topic alone adds when few reports hold the part and its topic (compile.py), and with ``vocabulary``
    the topic's words apart after it (``apart_topic``)."""
    node = in_sections(reading) if topic_alone(reading) is not None else None
    if node is None:
        return ""
    strings = [node.topic] if isinstance(node.topic, Text) else list(node.topic.items)
    out = f"；最后列只含“{'”“'.join(t.value for t in strings)}”的报告"
    apart = apart_topic(node.topic, vocabulary) if vocabulary is not None else None
    words = [w for n in walk(apart, into_not=False) if hasattr(n, "words") for w in n.words] if apart is not None else []
    if words:
        out += f"，再列其词语（“{'”“'.join(dict.fromkeys(words))}”）分开出现的报告"
    return out


def explain(reading) -> str:
    """What the section reading adds, in Chinese (after the query's own explanation): how the
    query is read, whether or not that finds any report."""
    node = in_sections(reading) if reading is not None else None
    if node is None:
        return ""
    if node.topic is None:
        return f"；也找有“{node.kind}”类章节的报告（排在按原样匹配的报告之后）"
    strings = [node.topic] if isinstance(node.topic, Text) else list(node.topic.items)
    topic = "”“".join(t.value for t in strings)
    periods = [w for w in node.words if w in PLANS_WRITTEN_IN]
    if periods and period_plans(reading) is not None:
        period = periods[0]
        where = (f"“{period}”的计划中的“{topic}”（写在“{period}”旁边的，{PLANS_WRITTEN_IN[period]}报告的计划中的，"
                 f"或标题含“{period}”的报告的计划中的）")
        return f"；先列{where}，再列别处含有查询词的报告" if node.apart else f"；也找{where}（排在按原样匹配的报告之后）"
    # the topic beside a word marking the part in running text is found too (_near_markers): said, with three of them
    markers = MARKERS.get(node.kind) if node.markers and isinstance(node.topic, Text) else None
    beside = f"，或写在{''.join('“' + m + '”' for m in markers[:3])}等词旁边的“{topic}”" if markers else ""
    if node.apart:
        return f"；先列“{node.kind}”类章节中的“{topic}”（不论章节标题怎么写）{beside}，再列别处含有查询词的报告"
    return f"；也找“{node.kind}”类章节中的“{topic}”{beside}（排在按原样匹配的报告之后）"
