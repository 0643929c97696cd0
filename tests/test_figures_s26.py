"""Key figures read in session 26 (reading version 105). Own sentences, own names and numbers."""
import pytest

from indexer.reading.indicators import find_indicators


def figures(sentence: str, park: str = "青川经济开发区"):
    return [(f.name, f.value, f.unit) for f in find_indicators(sentence, doc_type="简报", park=park)]


# a change's start listed over commas (由建区时的3家，年产值500万元，发展到…): its figures are the start, a base, never the
# park's figures now
@pytest.mark.parametrize("sentence", [
    "园区的工业结构日趋合理，工业企业也由建区时的3家，年产值500万元，发展到现在近100家。",
    "园区由建区初期的8家企业，年产值2亿元，发展到目前的规模。",
])
def test_a_changes_start_listed_over_commas_is_no_figure(sentence):
    assert not any(value in (500, 2, 3, 8) for _n, value, _u in figures(sentence))


def test_a_figure_before_a_change_with_no_start_stays():
    assert ("工业总产值", 85, "亿元") in figures("园区由建区初期的8家企业发展到目前的120家，年产值85亿元，发展势头良好。")
