"""The reader's cheap tests before its dear ones: each skips a search only where the search could not match.

A prefilter that is out of step with its pattern would drop a line's furniture silently; these tests hold each one to
its pattern (the pattern's forms read by the standard library's own parser), so adding a form without its word fails
here. bench/reading_dump.py shows the reading of every file unchanged by them (docs/benchmarks.md, session 15).
"""
from __future__ import annotations

import re
from re import _constants as C, _parser  # (read-only: the forms of a pattern, to check a prefilter against them)

from hypothesis import example, given, strategies as st

from indexer.reading import clean, furniture


def _literal_runs(items) -> list[str]:
    """The strings every match of this sequence of a parsed pattern holds: its runs of plain characters, and a group
    whose every branch is one (扫描|掃描 gives each branch's string when all of them hold a hint, checked by the caller)."""
    runs, run = [], ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            runs.append(run)
            run = ""
        if op is C.SUBPATTERN:
            runs.extend(_literal_runs(av[-1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            runs.extend(_literal_runs(av[2]))
    if run:
        runs.append(run)
    return runs


def _branch_words(items) -> list[list[str]]:
    """For each group of alternatives in the sequence (not inside a repeat that may be absent): each branch's runs."""
    out = []
    for op, av in items:
        if op is C.BRANCH:  # (a group that captures nothing is parsed into its sequence)
            out.append([_literal_runs(b) for b in av[1]])
        elif op is C.SUBPATTERN:
            out.extend(_branch_words(av[-1]))
    return out


def _forms(pattern: re.Pattern):
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    top = list(parsed)
    if len(top) == 1 and top[0][0] is C.BRANCH:
        return list(top[0][1][1])
    return [parsed]


def _holds_a_hint(form, hint: re.Pattern) -> bool:
    if any(hint.search(run) for run in _literal_runs(form)):
        return True
    # a group of alternatives each of whose branches holds a hint (扫描|掃描)
    return any(all(any(hint.search(run) for run in branch) for branch in group) for group in _branch_words(list(form)))


def test_every_hidden_mark_form_holds_a_hint_word():
    forms = _forms(clean._HIDDEN_MARK)
    assert len(forms) >= 5
    missing = [str(f) for f in forms if not _holds_a_hint(f, clean._HIDDEN_HINT)]
    assert not missing, f"a form of _HIDDEN_MARK without a word of _HIDDEN_HINT: {missing}"


def test_the_hint_check_fails_for_a_form_without_its_word():
    # (the check above can fail: a form whose words the hint lacks is found)
    pattern = re.compile(r"(?:扫描|掃描)二维码|本页由[^。]{0,8}提供")
    assert [_holds_a_hint(f, clean._HIDDEN_HINT) for f in _forms(pattern)] == [True, False]


@given(st.text(alphabet="某网站网站logo 扫描二维码此处隐藏12字www.x.cn:：…", max_size=40))
@example("某某公文网:www.abc.com 园区工作总结")
@example("扫描二维码访问某某网 标题")
@example("……此处隐藏 1234 字……")
def test_hidden_mark_is_never_skipped_where_it_matches(line):
    if clean._HIDDEN_MARK.search(line):
        assert clean._HIDDEN_HINT.search(line)


@given(st.text(alphabet="某网站园区 logoLOGO标志新聞", max_size=60))
@example("某某管理局logo 某某管理局logotype 某某管理局")
@example("華文網華文網華文網")
@example("某某某某")
def test_name_repeated_skips_only_lines_it_could_not_match(line):
    matched = bool(furniture._NAME_REPEATED.match(line)) and len(line) <= 160
    if matched:
        assert line.find(line[:4], 4) >= 0
    # and the guarded function answers as the pattern alone does
    unguarded = matched and (line.count(furniture._NAME_REPEATED.match(line).group("n")) >= 3
                             or bool(re.search(r"(?i)logo|標誌|标志", line)))
    assert furniture._name_repeated(line) == unguarded


def test_cached_line_tests_answer_as_before():
    # (remembered per line: the same line always gets the same answer, whichever text it came from)
    line = "当前位置：首页 > 新闻中心 > 园区动态"
    assert clean.is_boilerplate_line(line) is clean.is_boilerplate_line.__wrapped__(line) is True
    sentence = "园区全年完成工业总产值109.4亿元，同比增长8%。"
    assert clean.is_boilerplate_line(sentence) is clean.is_boilerplate_line.__wrapped__(sentence) is False


def test_warm_up_builds_the_first_use_tables():
    # (a build forks its workers after it: each inherits the tables instead of building its own)
    from indexer.reading import parks, pipeline
    for table in (parks._head_re, parks._divisions):
        table.cache_clear()
    pipeline.warm_up()
    assert parks._head_re.cache_info().currsize == 1 and parks._divisions.cache_info().currsize == 1


# -- the key figures' first-character guards (indicators.py): a lookahead on the characters every form can open with

def _first_items(items):
    """What the first character of a match of this parsed sequence can be: LITERAL / IN items (None: anything)."""
    out = []
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # (zero width: the next item gives the character)
        if op in (C.LITERAL, C.IN):
            return out + [(op, av)]
        if op is C.BRANCH:
            for branch in av[1]:
                out += _first_items(list(branch))
            return out
        if op is C.SUBPATTERN:
            return out + _first_items(list(av[-1]))
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            out += _first_items(list(av[2]))
            if av[0] >= 1:
                return out
            continue  # (may be absent: what follows can open the match too)
        return out + [None]  # (any character, a negated class, a back reference: no guard can hold it)
    return out


_DECIMALS = [chr(c) for c in range(0x10000) if chr(c).isdecimal()]


def _chars(item) -> list[str] | None:
    op, av = item
    if op is C.LITERAL:
        return [chr(av)]
    chars = []
    for kind, value in av:
        if kind is C.LITERAL:
            chars.append(chr(value))
        elif kind is C.RANGE:
            chars.extend(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is C.CATEGORY and value in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):  # (\d of a str pattern: any decimal)
            chars.extend(_DECIMALS)
        else:
            return None
    return chars


def _unguarded(forms: str, first: str) -> list:
    guard = re.compile(f"[{first}]")
    missing = []
    for item in _first_items(list(_parser.parse(forms))):
        chars = None if item is None else _chars(item)
        if chars is None or not all(guard.fullmatch(c) for c in chars):
            missing.append(item)
    return missing


def test_the_value_guard_holds_every_first_character_of_a_value():
    from indexer.reading import indicators
    assert _first_items(list(_parser.parse(indicators._VALUE_FORMS)))
    assert _unguarded(indicators._VALUE_FORMS, indicators._VALUE_FIRST) == []


def test_the_place_guard_holds_every_first_character_of_a_place():
    from indexer.reading import indicators
    assert _unguarded(indicators._OTHER_SCOPE_FORMS, indicators._OTHER_SCOPE_FIRST) == []


def test_the_guard_check_fails_for_a_form_the_class_lacks():
    # (the check above can fail: a form opening with a character outside the class is found, and so is one that can
    # open with any character)
    assert _unguarded(r"全县|县域|该区", "全县") != []
    assert _unguarded(r"(?:约)?\d+亿元", r"\d") != []
    assert _unguarded(r"(?:约)?\d+亿元", r"约\d") == []
    assert _unguarded(r".亿元", r"\d") == [None]


@given(st.text(alphabet="全市县我本该国省级开发区各类园区12三个大经开区集中区，。项目企业入驻年月", max_size=30))
@example("全县28个省级开发区")
@example("2023年国家级经开区")
def test_the_place_guard_changes_no_match(text):
    from indexer.reading import indicators
    plain = re.compile(indicators._OTHER_SCOPE_FORMS)
    assert [m.span() for m in indicators._OTHER_SCOPE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet="园区完成工业总产值12.5亿元x*—（…）约三十万个家人平方公里兆，。", max_size=30))
@example("工业总产值XX亿元，税收（……）万元")
@example("入驻企业三十家，约1.3兆")
def test_the_value_guard_changes_no_match(text):
    from indexer.reading import indicators
    plain = re.compile(indicators._VALUE_FORMS)
    assert [m.span() for m in indicators._VALUE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


# -- the key figures' names as one tree of characters (indicators._one_branch_a_character): the same matches as the listed
# forms' alternation, longest first

def _plain_name_re():
    from indexer.reading import indicators
    return re.compile(f"(?=[{indicators._NAME_FIRST}])(?:{indicators._NAME_COMPOSED}|{indicators._NAME_LISTED})")


def test_every_listed_name_is_matched_whole_by_the_tree():
    from indexer.reading import indicators
    plain = _plain_name_re()
    forms = [f for f, _ in indicators._FORMS]
    assert len(forms) >= 150
    for form in forms:
        assert indicators._NAME_RE.match(form).group() == plain.match(form).group(), form


def test_the_tree_takes_the_longest_form():
    from indexer.reading.indicators import _one_branch_a_character
    tree = re.compile(_one_branch_a_character(["工业", "工业总产值", "工业产值", "总产值"]))
    assert [m.group() for m in tree.finditer("工业总产值和工业产值、工业、总产值")] == ["工业总产值", "工业产值", "工业", "总产值"]
    assert tree.fullmatch("工业") and not tree.fullmatch("工业总")


@given(st.text(alphabet="规模以上工业总产值增加值营业收入税金财政固定资产投资到位资金签约项目企业园区实现完成全县地方一般公共预算外资面积出口额，。1", max_size=40))
@example("园区规模以上工业实现产值58.6亿元，增加值14.2亿元")
@example("全县地方一般公共预算收入3亿元，实际到位外资500万美元，规划面积10平方公里")
def test_the_tree_changes_no_name_found(text):
    from indexer.reading import indicators
    plain = _plain_name_re()
    assert [(m.span(), m.lastgroup) for m in indicators._NAME_RE.finditer(text)] \
        == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
