"""A park named in full once, then called by its short form (session 38).

- A short form standing as a verb's object (召开经开区…会议, 加快经开区建设, 支持高新区发展) refers back to the park the
  text named in full, as one after a function word does (在经开区, 对开发区); a class word (国家级, 省级以上) or a place
  (我县) before it still makes it another park or a class.
- A park named in a person's posts (市委常委、某经开区党工委书记某某) is the seat of one post, not an item of a list of
  parks: the 、 parts the posts.
Counted on every spent labelled set (1,009 pages) before committing: the report's park right on 1 more page, wrong on
none; no park mention changed."""
from indexer.reading.parks import _candidates
from tests.conftest import read_page


def test_a_short_form_after_a_verb_refers_back_to_the_park(tmp_path):
    page = ("盯紧目标 加快经开区建设\n"
            "来源：本站 2021-01-12\n"
            "本报讯 1月8日，市委常委、青禾经开区党工委书记王某主持召开经开区2021年第一次党工委会，明确加快经开区建设。\n"
            "会议要求经开区各级党组织把思想统一到全会精神上来，推动经开区高质量发展。\n")
    report = read_page(tmp_path, page)[0]
    assert report.park == "青禾经开区"


def _refs(body):
    return {c.name: c.refs for c in _candidates("会议召开", body).values()}


def test_a_short_form_after_a_verb_is_counted_as_a_reference():
    assert _refs("青禾经开区召开大会。会议要求加快经开区建设，推动经开区发展。") == {"青禾经开区": 2}


def test_a_class_or_another_place_before_the_short_form_is_no_reference():
    # must-not: a rank (国家级), a place (各县), a class (省级以上) before the short form: other parks or a class of them
    assert _refs("青禾经开区召开大会。会议要求争创国家级经开区，支持各县开发区扩区，推动省级以上开发区整合。") == {"青禾经开区": 0}


def test_a_park_in_a_persons_posts_is_no_list_item():
    cands = _candidates("会议召开", "1月8日，市委常委、青禾经开区党工委书记王某主持召开会议。").values()
    assert [(c.name, c.listed) for c in cands] == [("青禾经开区", 0)]


def test_a_park_after_another_park_is_a_list_item():
    # must-not: two parks listed, the second followed by its organ's post all the same
    cands = _candidates("会议召开", "白石工业园、青禾经开区党工委书记出席会议。").values()
    assert ("青禾经开区", 1) in [(c.name, c.listed) for c in cands]


def test_a_park_named_only_in_a_persons_posts_is_not_the_reports(tmp_path):
    # must-not: the zone is the seat of the speaker's second post, and the text is about the district; named so once,
    # it is neither listed nor the opening's subject (the person is), so the report has no park, as before the rule
    page = ("青禾区2022年招商引资超千亿元\n"
            "本报讯 记者从青禾区获悉，2022年青禾区地区生产总值预计达845亿元，招商引资总投资1086亿元。\n"
            "青禾区委书记、白石经济技术开发区党工委书记王某强调，2023年要充分认识面临的机遇挑战。\n")
    report = read_page(tmp_path, page)[0]
    assert report.park is None
