"""Pinyin annotations without a tone mark (reading version 105).

Some sites annotate characters with pinyin. A syllable with a tone mark was always taken off (工業(yè) → 工業); the
neutral tone has no mark (的(de)), so a syllable without one is taken off too where its line annotates others, and a
line that annotates three characters or more with unmarked syllables of the scheme (長(chang)沙(sha)) is an annotated
line as well, a character annotated twice (經(jing)(jing)) included. Latin in brackets that is no syllable, or stands
alone, stays (法國(snc), 我(wo)们).
"""
import pytest

from indexer.reading.clean import normalize_line


@pytest.mark.parametrize("line, expected", [
    # the neutral tone, unmarked, in a line of marked syllables
    ("園(yuán)區(qū)的(de)發(fā)展", "園區的發展"),
    ("他們(men)來(lái)了(le)", "他們來了"),
    # a line annotated character by character without marks, twice over at places
    ("湘(xiang)潭(tan)經(jing)(jing)濟(ji)技(ji)(ji)術(shu)開發區(qu)(qu)", "湘潭經濟技術開發區"),
    ("新(xin)區(qu)工(gong)貿(mao)總(zong)收入突破", "新區工貿總收入突破"),
])
def test_unmarked_syllables_of_an_annotated_line_go(line, expected):
    assert normalize_line(line) == expected


@pytest.mark.parametrize("line", [
    "打造省級硅(玻璃)產業園，法國(snc)集團",
    "法國(snc)公司與德國(bmw)和日本(abc)合作",  # latin that is no syllable of the scheme
    "我(wo)们今年",  # one unmarked syllable, nothing else annotated: it may be a code
    "新材料(a)類和(b)類企業",
    "分(a)類、(e)類和(o)類三等",  # letters alone name classes
])
def test_latin_in_brackets_that_is_no_annotation_stays(line):
    assert normalize_line(line) == line
