"""Doc types decided in session 43. Own pages.

A page without a title line whose first paragraph reviews a period (今年以来，/ 2023年以来，) and sums up what it
achieved in a word, not a figure — 在…等各方面取得了阶段性成果 / 取得了明显成效 — opens as a work summary does: official
summaries open on this sentence and leave the figures to their parts. (On the study pages: a document site's copy of a
zone's summary, labelled 工作总结, read 其他.) A period's opening still needs its results: one that only tells what is
under way stays undecided, and a third-person item without parts stays an information item (简报)."""
from conftest import read_page

_OPENING = ("今年以来，在县委、县政府的正确领导下，青禾经济开发区管委会以转型升级为主线，完善管理体制，"
            "全体干部职工上下齐心，在企业运行、招商引资、项目推进、基础配套等各方面取得了阶段性成果。")
_PARTS = ("一、突出服务提升，工业经济平稳运行\n"
          "一是加强企业调度，了解企业运行状况；二是帮助企业解决用工、融资等难题。\n"
          "二、突出理念转变，招商引资实现新突破\n"
          "不断创新招商方式，围绕主导产业开展产业链招商，一批项目签约落地。\n")


def test_a_titleless_summary_summing_up_its_results_in_a_word_is_a_summary(tmp_path):
    (report,) = read_page(tmp_path, _OPENING + "\n" + _PARTS)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]
    assert "取得了阶段性成果" in report.evidence["doc_type"]


def test_the_same_in_traditional_script(tmp_path):
    page = (_OPENING + "\n" + _PARTS).replace("取得了阶段性成果", "取得了明顯成效")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]


def test_an_opening_that_only_tells_what_is_under_way_is_not_a_summary_by_it(tmp_path):
    # (the guard: no result told, in a word or a figure — the opening alone does not decide)
    opening = ("今年以来，青禾经济开发区管委会以转型升级为主线，完善管理体制，"
               "在企业运行、招商引资、项目推进、基础配套等方面开展了大量工作。")
    (report,) = read_page(tmp_path, opening + "\n" + _PARTS)
    assert "取得" not in report.evidence["doc_type"]


def test_a_third_person_item_without_parts_stays_an_information_item(tmp_path):
    item = ("今年以来，青禾经济开发区围绕主导产业开展精准招商，在项目引进方面取得了明显成效。"
            "截至目前，园区已签约项目12个，其中亿元以上项目5个。\n")
    (report,) = read_page(tmp_path, item)
    assert report.doc_type == "简报", report.evidence["doc_type"]


# ------------------------------------------------------------ genre words of the unit's own documents (session 43's
# document sets: three labelled pages of three hosts typed 其他 or 简报)

import pytest  # noqa: E402

from indexer.reading.describe import choose_doc_type  # noqa: E402

_BODY = "园区现有规模以上企业50家，今年以来完成工业总产值32亿元。\n"


@pytest.mark.parametrize("title, kind", [
    ("青禾高新区2024年工作规划", "工作计划"),  # (a unit's work plan for a year, as 工作计划 is)
    ("青禾经济开发区2020年度自评估报告", "工作汇报"),  # (its assessment of its own work, as a 自查报告 is its inspection)
    ("青禾經濟開發區生態環境管理2020年度自評估報告", "工作汇报"),
    ("青禾经济开发区2020年度自查报告", "工作汇报"),
    ("青禾园区调研报告(共8篇)", "工作汇报"),  # (a compilation's count after a 调研报告: no news of a visit)
])
def test_the_genre_a_units_own_document_names(title, kind):
    from indexer.reading.titles import clean_title
    assert choose_doc_type(clean_title(title), None, _BODY)[0] == kind


@pytest.mark.parametrize("title", ["青禾园区规划环评报告", "青禾园区产业规划图", "青禾园区环境影响评估报告"])
def test_an_assessment_of_a_plan_or_an_environment_stays_other(title):
    assert choose_doc_type(title, None, _BODY)[0] == "其他"
