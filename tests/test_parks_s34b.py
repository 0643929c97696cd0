"""Parks, session 34 (second round): names formed as parks' names on fresh pages that the reader did not read.

- Hong Kong names its parks of innovation and technology 创新及科技园 and shortens the words to 创科 as it does in every
  name (创新及科技局 = 创科局): a place, or two places' one-character names (港 + 深), and 创新及科技园 or 创科园 name a
  zone wherever the text writes them, as a head of the catalogue does — not only where the title or the first sentence
  opens with the name (the labelled sets: 8 pages of 7 hosts name a zone so, and the reader missed it on 5 of them). A bare
  创科园 after a verb or a determiner, 创科园区 as a class, and the bureau (创新及科技局) name none.
The sentences, the zones and the pairs of places are our own; the places are real where the gazetteer must know them.
"""
import pytest

from indexer.reading.parks import choose_park, find_park_mentions


def _names(text):
    return [m.name for m in find_park_mentions(text)]


@pytest.mark.parametrize("text, name", [
    ("香港与珠海合作，政府正研究加快位于口岸旁的港珠创科园建造工程。", "港珠创科园"),
    ("香港与珠海合作，位于口岸旁的港珠创新及科技园第一期明年落成。", "港珠创新及科技园"),
    ("澳门与珠海合作，澳珠创科园首批企业进驻。", "澳珠创科园"),
    ("政府会在元朗创科园兴建多层大楼。", "元朗创科园"),
])
def test_an_innovation_and_technology_park_is_named_wherever_it_stands(text, name):
    assert name in _names(text)


def test_an_innovation_and_technology_park_in_the_body_is_among_the_parks_named():
    park, mentioned, _ = choose_park("创科用地不足", "香港与珠海加强合作，增加创科用地。\n"
                                                 "政府正研究加快位于口岸旁的港珠创科园建造工程，另会研究扩建。")
    assert park is None
    assert mentioned == ["港珠创科园"]


def test_an_innovation_and_technology_park_told_of_twice_is_the_reports():
    park, _, why = choose_park("创科用地不足", "香港与珠海加强合作。\n政府正研究加快位于口岸旁的港珠创科园建造工程。\n"
                                             "港珠创科园第一期将于明年落成，首批企业已签约进驻。")
    assert park == "港珠创科园"
    assert "港珠创科园" in why


@pytest.mark.parametrize("text", [
    "推动创科园发展，增加创科用地。",            # a verb before the head: no name
    "本港各个创科园都已满额。",                  # a determiner: the class
    "创新及科技局局长表示，创科园区将扩建。",      # the bureau; 创科园区 as a class
    "香港创新及科技局今日公布数字。",              # the bureau named after the words, no zone
    "他们参观了创科园，并与企业交流。",            # a bare head after a verb
])
def test_no_innovation_and_technology_park_without_a_name(text):
    assert _names(text) == []
