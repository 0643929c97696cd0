"""A Traditional page is read as its Simplified original is: one reader for both scripts (issue 12).

The reader's rules are written once, mostly in Simplified; on a page holding Traditional characters each pattern
matches every form of its characters (``text.either_script``, ``reading/scripts.py``). Before, a rule knew the forms
its author had met (汇报如下|匯報如下, not Taiwan's 彙報如下; 号, not 號), and 29 of the 584 Simplified gold and corpus
pages read otherwise once written in Traditional (``bench/script_parity.py``).
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import opencc
import pytest

from indexer.reading import scripts
from indexer.reading.pipeline import read_file
from indexer.text import either_script, script_forms

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "gold" / "authored"
_T2S = opencc.OpenCC("t2s")


# ------------------------------------------------------------ one pattern, every form

@pytest.mark.parametrize("written", ["汇报如下", "匯報如下"])
def test_a_pattern_matches_every_form_of_its_characters(written):
    p = re.compile(either_script(written))
    for text in ("汇报如下", "匯報如下", "彙報如下"):  # (Hong Kong's 匯報, Taiwan's 彙報)
        assert p.fullmatch(text), text
    assert not p.fullmatch("汇总如下")


def test_a_phrase_form_is_a_form_too():
    # (OpenCC writes 了解 as Taiwan's 瞭解: no character table says so of 了)
    assert re.fullmatch(either_script("据了解"), "據瞭解")


def test_a_class_gains_the_forms_and_a_range_keeps_its_ends():
    assert re.fullmatch(either_script("[于在]县"), "於縣")
    assert either_script("[一-龥]") == "[一-龥]"
    assert either_script("[^，。]") == "[^，。]"
    assert re.fullmatch(either_script("[]号]"), "號") and re.fullmatch(either_script("[]号]"), "]")


def test_an_escape_stays_and_a_lookbehind_keeps_its_width():
    assert either_script(r"\d号") == r"\d[号號]"
    p = re.compile(either_script("(?<!于)县"))  # (a lookbehind must stay fixed-width: a class is one character)
    assert p.search("在縣") and not p.search("於縣")


def test_the_forms_are_groups_each_character_first():
    forms = script_forms()
    assert forms["号"][0] == "号" and "號" in forms["号"] and forms["號"][0] == "號" and "号" in forms["號"]
    assert "一" not in forms  # (a character with one form is no group)


def test_the_shipped_forms_are_what_opencc_gives():
    done = subprocess.run([sys.executable, str(REPO / "bench" / "build_script_forms.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# ------------------------------------------------------------ the page's script decides

def test_a_simplified_page_is_read_by_the_patterns_as_written():
    p = scripts.compile("号")
    with scripts.for_page("园区管委会" * 5):
        assert not p.search("號")
    with scripts.for_page("園區管委會" * 5):
        assert p.search("號") and p.search("号")
        assert scripts.search("汇报如下", "彙報如下")  # (a pattern given as text too)
    assert not p.search("號")  # (outside a page: as written, as before)


def test_a_few_traditional_characters_do_not_widen_a_page():
    # (a Simplified page may write 乾 or 拚, which Simplified writes too, or quote one name)
    assert not scripts.has_traditional("园区乾坤" + "拚搏" + "发展" * 50)
    assert scripts.has_traditional("園區發展報告，經濟開發區管理委員會")


def test_a_pattern_telling_the_script_matches_as_written():
    p = scripts.exact("[區會]")
    with scripts.for_page("園區管委會" * 5):
        assert not p.search("区会") and p.search("區")


def test_a_match_knows_the_pattern_it_came_from():
    p = scripts.compile("号")
    with scripts.for_page("園區管委會" * 5):
        assert p.search("號").re is p.compiled()
    assert p.search("号").re is p.compiled()
    assert p.pattern == "号"  # (as written: a rule built from it is widened once, as a whole)


def test_a_traditional_document_number_dates_the_page(tmp_path):
    # (魯政字〔2023〕56號: an official document's number carries its year, in either script)
    page = tmp_path / "p.txt"
    page.write_text("某政字〔2023〕56號《某省人民政府關於調整某某經濟開發區規劃面積的批復》\n"
                    "某某市人民政府：\n你市《關於申請調整某某經濟開發區規劃面積的請示》收悉。現批復如下：\n"
                    "一、同意調整某某經濟開發區規劃面積。\n", encoding="utf-8")
    assert read_file(page, tmp_path).reports[0].year == 2023


def test_a_title_listing_places_before_a_count_names_no_park(tmp_path):
    # (青岩、白沙两家省级经济开发区: the title names its parks by their places only, before a count: about them together)
    for text in ("省政府批复同意青岩、白沙两家省级经济开发区扩区调位\n4月9日，省政府批复同意青岩、白沙两家省级经济开发区扩区调位。"
                 "青岩经济开发区前身是青岩工业集中区。\n",):
        for conversion in ("s2t", None):
            page = tmp_path / "p.txt"
            page.write_text(opencc.OpenCC(conversion).convert(text) if conversion else text, encoding="utf-8")
            r = read_file(page, tmp_path).reports[0]
            assert r.park is None, (conversion, r.evidence["park"])
            assert "青岩经济开发区" in r.parks_mentioned


# ------------------------------------------------------------ the gold, in Traditional

def _simplified(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return not scripts.has_traditional(text)


_PAGES = sorted(p for p in GOLD.glob("*.txt") if _simplified(p))


def _reading(path: Path) -> dict:
    """What a user sees of a page's first report, in Simplified (著 as 着: OpenCC writes either back)."""
    s = lambda x: _T2S.convert(x).replace("著", "着") if x else x  # noqa: E731
    reports = read_file(path, path.parent).reports
    if not reports:
        return {}
    r = reports[0]
    return {"title": s(r.title), "doc_type": r.doc_type, "year": r.year, "park": s(r.park),
            "parks": sorted(s(x) for x in r.parks_mentioned),
            "figures": sorted((i.name, i.value, s(i.unit), i.status, i.scope) for i in r.indicators)}


def test_most_gold_pages_are_simplified():
    assert len(_PAGES) > 400


@pytest.mark.parametrize("name", [p.name for p in _PAGES])
def test_a_gold_page_in_traditional_reads_as_the_page(tmp_path, name):
    text = (GOLD / name).read_text(encoding="utf-8")
    # Taiwan's forms for every page, Hong Kong's for every fourth; the original is read as OpenCC writes it back
    # (a place OpenCC writes another way, 澄江 → 澂江, is then the same name on both sides)
    for conversion in ("s2tw", "s2hk") if _PAGES.index(GOLD / name) % 4 == 0 else ("s2tw",):
        traditional = opencc.OpenCC(conversion).convert(text)
        (tmp_path / "t.txt").write_text(traditional, encoding="utf-8")
        (tmp_path / "s.txt").write_text(_T2S.convert(traditional), encoding="utf-8")
        assert _reading(tmp_path / "t.txt") == _reading(tmp_path / "s.txt"), conversion


def test_a_word_templates_header_is_dropped_in_either_script(tmp_path):
    # (a fast check of a line's first characters written in one script let the Traditional header through: the
    # header became the title, 經典word整理文檔)
    text = ("经典word整理文档,仅参考,双击此处可删除页眉页脚。本资料属于网络整理,如有侵权,请联系删除,谢谢!"
            "2022年某某经开区综合发展水平考核评价情况根据《国家级经济技术开发区综合发展水平考核评价办法》，"
            "商务部组织开展了2022年国家级经开区综合发展水平考核评价工作，现将有关情况通报如下。\n"
            "一、总体情况\n某某经开区实现地区生产总值1000亿元。\n")
    titles = []
    for conversion in ("s2tw", None):
        page = tmp_path / "p.txt"
        page.write_text(opencc.OpenCC(conversion).convert(text) if conversion else text, encoding="utf-8")
        title = read_file(page, tmp_path).reports[0].title
        assert "word" not in title, (conversion, title)
        titles.append(_T2S.convert(title))
    assert titles[0] == titles[1]
