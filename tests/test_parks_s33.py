"""Parks, session 33: the report's park on real pages, where recall is the weak side.

- A zone inside a park, named right after the park's name in the text (青山工业园 + 白石工业区), is the report's park in
  that whole name when the title is about it (docs/labelling.md since session 27: the labellers name it so); the title
  may call it by its own name alone or with its county.
The sentences, zones and counties are our own unless a real place is needed for the gazetteer."""
from indexer.reading.parks import choose_park, find_park_mentions


def _names(text):
    return [m.name for m in find_park_mentions(text)]


# --- a zone named right after its park, the title's subject --------------------------------------------------------

def test_a_title_zone_written_after_its_park_is_the_whole_name():
    body = ("5月8日，青岚县经济开发区桃花坞工业园举行12个项目集中开工仪式。\n"
            "今年以来，桃花坞工业园新签约项目18个。\n")
    park, mentioned, why = choose_park("青岚桃花坞工业园12个项目集中开工", body)
    assert park == "青岚县经济开发区桃花坞工业园", why
    assert "青岚桃花坞工业园" not in mentioned, mentioned


def test_a_title_zone_by_its_own_name_alone_is_the_whole_name():
    body = "记者获悉，鹤阳高新区溪桥电商物流产业园一期日前落成。\n溪桥电商物流产业园总投资3亿元。\n"
    park, mentioned, why = choose_park("溪桥电商物流产业园一期落成", body)
    assert park == "鹤阳高新区溪桥电商物流产业园", why


def test_must_not_a_zone_listed_as_a_parks_part_takes_no_whole_name():
    # (the text lists the zone among the park's parts: the zone is the park's part, as before)
    body = "鹤阳经济开发区由石榴工业园、溪桥工业园两个片区组成。\n石榴工业园今年新增企业5家。\n"
    park, _, why = choose_park("石榴工业园新增企业5家", body)
    assert park == "鹤阳经济开发区", why


def test_must_not_a_park_in_the_title_keeps_its_name_when_a_zone_follows_in_the_text():
    body = "鹤阳经济开发区石榴工业园今年新增企业5家。鹤阳经济开发区全年实现产值80亿元。\n"
    park, _, why = choose_park("鹤阳经济开发区2023年工作总结", body)
    assert park == "鹤阳经济开发区", why


def test_the_park_a_title_zone_lies_in_is_named_too():
    body = "5月8日，青岚县经济开发区桃花坞工业园举行12个项目集中开工仪式。\n"
    _, mentioned, _ = choose_park("青岚桃花坞工业园12个项目集中开工", body)
    assert "青岚县经济开发区" in mentioned and "青岚县经济开发区桃花坞工业园" in mentioned, mentioned
