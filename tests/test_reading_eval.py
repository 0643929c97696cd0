"""bench/reading_eval.py: the blind-set scorer, on two pages written for it (tests/fixtures/reading_eval/) with
labels a person gives them, run on this checkout's reader; and labels that are wrong in known ways cost exactly
what they should, so the scorer can't rot unnoticed."""
from __future__ import annotations

import copy
import json
import subprocess
import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import reading_eval  # noqa: E402

from indexer.model import Indicator  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "reading_eval"
PAGES = FIXTURES / "pages"


def labels():
    return json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))


def run_with(tmp_path, data):
    path = tmp_path / "labels.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return reading_eval.run(PAGES, path, REPO)


def test_the_two_pages_score_in_full(tmp_path):
    s, pages = run_with(tmp_path, labels())
    assert (s["pages"], s["read"], s["titles"], s["doc_types"], s["years"]) == (2, 2, 2, 2, 2)
    assert s["park_precision"][:2] == [2, 2] and s["park_recall"][:2] == [2, 2]
    assert s["figure_precision"][:2] == [9, 9] and s["figure_recall"][:2] == [9, 9] and s["figures_scope_right"] == 9
    assert s["targets_as_achieved"] == 0 and s["furniture_pages"] == [0, 2]
    # the page's address line is no part of what was read: the title is the report's own
    assert pages["a.txt"]["got"]["title"] == "青溪经济开发区2023年工作总结"


def test_wrong_labels_cost_what_they_should(tmp_path):
    data = copy.deepcopy(labels())
    a, b = data["pages"]["a.txt"], data["pages"]["b.txt"]
    a["title"] = "青溪经济开发区2023年工作计划"        # another title
    b["year"] = 2023                                 # another year
    b["doc_type"] = "工作总结"                        # another type
    a["figures"][1]["status"] = "目标"                # 税收 4.3亿元 labelled a target: output as achieved
    a["figures"].append({"name": "面积", "value": 12, "unit": "平方公里", "status": "实际", "scope": "园区"})
    a["furniture"].append("助企走访")                 # a string of the body: still searchable
    b["park"], b["park_alts"], b["parks"] = None, [], []  # no park labelled: the report's park is a wrong one
    s, pages = run_with(tmp_path, data)
    assert (s["titles"], s["years"], s["doc_types"]) == (1, 1, 1)
    assert s["targets_as_achieved"] == 1
    assert s["figure_precision"][:2] == [8, 9] and s["figure_recall"][:2] == [8, 10]
    assert s["furniture_pages"] == [1, 2] and pages["a.txt"]["furniture_left"] == ["助企走访"]
    assert s["park_precision"][:2] == [1, 2] and s["park_recall"][:2] == [1, 1]
    missed = [m["label"]["name"] for m in pages["a.txt"]["figure_misses"]]
    assert missed == ["税收", "面积"]


def test_the_title_alternative_and_a_title_in_another_script_count():
    label = {"title": "不是这个标题", "title_alts": ["楠梓园区上半年营业额创新高"]}
    assert reading_eval.fold(label["title_alts"][0]) == reading_eval.fold("楠梓園區上半年營業額創新高")
    assert reading_eval.fold("2024年 目标任务：") == reading_eval.fold("2024年目标任务")
    # a converting site's pinyin after its characters, copied into a label, is no word of the title; a bracket of
    # letters that is the text's own (an acronym, a name) stays
    assert reading_eval.fold("北灣經(jīng)濟開(kāi)發(fā)區(qū)") == reading_eval.fold("北灣經濟開發區")
    assert reading_eval.fold("北灣園區(BW)") != reading_eval.fold("北灣園區")
    assert reading_eval.fold("北灣園區(abc)") == reading_eval.fold("北灣園區")  # (lower case after a character: read as pinyin)


def test_values_are_compared_in_one_scale():
    same = reading_eval.same_value
    scaled = reading_eval.scaled
    assert same(scaled(6925, "万元"), scaled(0.6925, "亿元"))
    assert same(scaled(15146, "亿元"), scaled(1.5146, "兆元"))
    assert same(scaled(30, "平方公里"), scaled(3000, "公顷")) and same(scaled(450, "亩"), scaled(30, "公顷"))
    assert same(scaled(12, "万平方米"), scaled(12, "公顷"))  # (an area, not money in 万)
    assert same(scaled(1950.57, "万美元"), scaled(0.195057, "亿美元"))
    assert not same(scaled(21, "个"), scaled(12, "个")) and not same(scaled(1, "亿元"), scaled(1, "万元"))
    # people, jobs and firms counted in 万 are counts, no money: 8.6万人 is 86000人, 2万个 is 20000个
    assert same(scaled(8.6, "万人"), scaled(86000, "人")) and same(scaled(2, "万个"), scaled(20000, "个"))
    assert not same(scaled(8.6, "万人"), scaled(8.6, "万元"))


def figure(name, value, unit, status):
    return Indicator(name=name, value=value, unit=unit, value_yi=None, growth_pct=None, status=status, period=None,
                     scope="园区", masked=value is None, quote="", section=None, start=0, end=0)


def test_a_figure_is_matched_once_and_a_masked_one_is_no_figure():
    got = [figure("签约项目数", 21, "个", "实际"), figure("税收", None, "亿元", "实际")]
    want = [{"name": "签约项目数", "value": 21, "unit": "个", "status": "实际"},
            {"name": "签约项目数", "value": 21, "unit": "个", "status": "实际"},
            {"name": "税收", "value": 4.3, "unit": "亿元", "status": "实际"}]
    pairs, extra = reading_eval.match_figures(got, want)
    assert [f is not None for _, f in pairs] == [True, False, False] and extra == []


def test_furniture_keeps_its_punctuation():
    assert reading_eval._furniture("【正文】") == "【正文】" and reading_eval._furniture("【打 印】") == "【打印】"
    assert reading_eval._furniture("相關新聞") == "相关新闻"


def test_the_command_prints_the_scores_of_the_checkout_it_is_given():
    out = subprocess.run([sys.executable, str(REPO / "bench" / "reading_eval.py"), str(PAGES), str(FIXTURES / "labels.json"),
                          "--checkout", str(REPO)], capture_output=True, text=True, timeout=300, cwd="/")
    assert out.returncode == 0, out.stderr
    assert "标题正确 2/2" in out.stdout and "目标/预计被当作实际 0" in out.stdout


def test_a_furniture_string_with_punctuation_left_in_the_text_is_found(tmp_path):
    # the text is folded as the furniture string is (whitespace out, punctuation kept): folding the text harder than the
    # string (punctuation out) made every string with a 、 or a ： look removed however much of it was left
    data = copy.deepcopy(labels())
    data["pages"]["a.txt"]["furniture"].append("帮助企业解决用工、融资等难题")  # a sentence of the body: still there
    s, pages = run_with(tmp_path, data)
    assert pages["a.txt"]["furniture_left"] == ["帮助企业解决用工、融资等难题"] and s["furniture_pages"] == [1, 2]


def test_the_labelled_park_found_by_an_accepted_spelling_is_a_park_named(tmp_path):
    # parks holds the report's park in one spelling; found in another of its park_alts, it is found for both measures
    data = copy.deepcopy(labels())
    b = data["pages"]["b.txt"]
    b["park"], b["park_alts"], b["parks"] = "高雄楠梓园区", ["楠梓科技产业园区"], ["高雄楠梓园区"]
    s, pages = run_with(tmp_path, data)
    assert s["park_recall"][:2] == [2, 2] and s["named_recall"][:2] == [2, 2] and s["named_precision"][:2] == [2, 2]


def test_a_lead_title_ending_at_another_clause_is_counted_apart_not_as_right():
    page = ("园区动态\n"
            "3月5日上午，青溪经济开发区召开一季度项目推进会，部署全年招商任务，区内三十余家企业负责人参加。\n"
            "会议指出，今年要抓好项目落地。\n")
    label = "青溪经济开发区召开一季度项目推进会"
    # the reader's title with the dateline, or running on to the next clause: the same lead
    assert reading_eval.same_lead(page, label, "3月5日上午，青溪经济开发区召开一季度项目推进会")
    assert reading_eval.same_lead(page, label, "青溪经济开发区召开一季度项目推进会，部署全年招商任务")
    # another line, the site's column, or a title line that is the whole line: not a lead's extent
    assert not reading_eval.same_lead(page, label, "会议指出，今年要抓好项目落地")
    assert not reading_eval.same_lead(page, label, "园区动态")
    assert not reading_eval.same_lead("青溪经济开发区召开一季度项目推进会\n正文。\n", label, "青溪经济开发区召开一季度")


def test_one_park_is_what_the_park_facet_shows_as_one(tmp_path):
    # a label writing the zone with its city before it (a headline's address) and the report naming it alone: the index's
    # facet shows them as one park, so the scorer grades them so; by the key alone (--keys-only) they were two
    data = copy.deepcopy(labels())
    a = data["pages"]["a.txt"]
    a["park"], a["parks"] = "南通青溪经济开发区", ["南通青溪经济开发区"]
    s, pages = run_with(tmp_path, data)
    assert pages["a.txt"]["got"]["park"] == "青溪经济开发区"
    assert s["park_precision"][:2] == [2, 2] and s["park_recall"][:2] == [2, 2]
    try:
        reading_eval.KEYS_ONLY = True
        s, _ = run_with(tmp_path, data)
    finally:
        reading_eval.KEYS_ONLY = False
    assert s["park_precision"][:2] == [1, 2] and s["park_recall"][:2] == [1, 2]
    # two cities' zones of one name labelled beside the name alone: either could be meant, no join, a miss
    a["park"], a["parks"] = "南通青溪经济开发区", ["南通青溪经济开发区", "丽水青溪经济开发区"]
    s, _ = run_with(tmp_path, data)
    assert s["park_recall"][:2] == [1, 2]


def test_a_second_status_written_as_one_string_counts_as_a_list_of_one():
    # (a labeller wrote status_also as one status, not a list: the grade must read it, not crash or compare letters)
    got = [figure("入园企业数", 240, "家", "实际"), figure("税收", 2, "亿元", "实际")]
    want = [{"name": "入园企业数", "value": 240, "unit": "家", "status": "累计", "status_also": "实际"},
            {"name": "税收", "value": 2, "unit": "亿元", "status": "预计", "status_also": "预"}]
    pairs, extra = reading_eval.match_figures(got, want)
    assert [f is not None for _, f in pairs] == [True, True] and extra == []
    assert [f.status in reading_eval.statuses(w) for w, f in pairs] == [True, False]
    assert reading_eval.statuses({"status": "累计", "status_also": ["实际"]}) == ["累计", "实际"]
    assert reading_eval.statuses({"status": "实际"}) == ["实际"]


def test_a_forecast_whose_words_also_allow_achieved_is_no_target_shown_as_achieved(tmp_path):
    data = copy.deepcopy(labels())
    a = data["pages"]["a.txt"]
    a["figures"][1]["status"] = "预计"                # 税收 4.3亿元: a forecast the words also allow as achieved
    a["figures"][1]["status_also"] = ["实际"]
    s, _ = run_with(tmp_path, data)
    assert s["targets_as_achieved"] == 0 and s["figure_recall"][:2] == [9, 9]
    del a["figures"][1]["status_also"]               # a forecast only: output as achieved is the error it counts
    s, _ = run_with(tmp_path, data)
    assert s["targets_as_achieved"] == 1 and s["figure_recall"][:2] == [8, 9]


def test_no_park_labelled_with_an_accepted_alternative_owes_no_park(tmp_path):
    """park null with park_alts reads "none, or this one": a reader giving none is not a missed park, one giving the
    alternative found it, one giving another park gave a wrong one."""
    data = copy.deepcopy(labels())
    b = data["pages"]["b.txt"]
    b["park"], b["park_alts"] = None, ["楠梓科技产业园区"]  # the reader gives this one: found, and owed
    s, _ = run_with(tmp_path, data)
    assert s["park_precision"][:2] == [2, 2] and s["park_recall"][:2] == [2, 2]
    b["park_alts"], b["parks"] = ["某某工业园"], []          # the reader gives another: a wrong park, none owed
    s, _ = run_with(tmp_path, data)
    assert s["park_precision"][:2] == [1, 2] and s["park_recall"][:2] == [1, 1]
