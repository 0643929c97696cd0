"""Park names in session 36 (the lead's review of unseen pages): a verb and its result (做大, 做强, 建强 — "make it
big"), as a slogan lists them before a park's head (做精老城区、做强经开区、做大高新区), is the sentence's verb phrase,
never a name, though the dictionary does not know the word."""
import pytest

from indexer.reading.parks import find_parks


@pytest.mark.parametrize("text", [
    "坚定“做精老城区、做强经开区、做大高新区”发展方向，突出四大功能融合。",
    "今年要做强经开区，做大高新区，做优工业园区。",
    "着力建强开发区领导班子。",
])
def test_a_verb_and_its_result_names_no_park(text):
    assert find_parks(text) == []


@pytest.mark.parametrize("text, name", [
    # must-not: names the dictionary does not know, of content words, keep theirs
    ("兴原工业园区2023年工作总结", "兴原工业园区"),
    ("金岭工业园区全年完成工业总产值86亿元。", "金岭工业园区"),
    ("青禾经济开发区召开项目推进会。", "青禾经济开发区"),
])
def test_a_coined_name_before_a_head_stays_a_park(text, name):
    assert name in [n for n, _ in find_parks(text)]
