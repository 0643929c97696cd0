"""Session 22's park names (s22-parks): how a name's left edge is found where news lists an official's posts before
it, or the segmenter glues a head's last character to the next name; a park's projects started together; a place the
page names by its street office. Each in our own words, with a case where the rule must not fire."""
from indexer.reading.parks import choose_park, find_park_mentions


def names(text):
    return [m.name for m in find_park_mentions(text)]


def test_an_officials_posts_before_a_bracketed_place_are_no_part_of_the_zones_name():
    # news lists a person's posts, the last one held in the zone: 副市长 + 某某（某镇）经济开发区党工委书记
    assert names("仪式由市委常委、市政府副市长青禾河口（石门）经济开发区党工委书记、管委会主任主持。") == \
        ["青禾河口（石门）经济开发区"]
    assert names("会议由副县长兼松溪（石门）工业园区党工委书记主持。") == ["松溪（石门）工业园区"]
    # must not fire: partners and a city in brackets keep their name, a verb before them still goes
    assert names("中德（沈阳）高端装备制造产业园新签约项目6个。") == ["中德（沈阳）高端装备制造产业园"]
    assert names("规划建设广西（北流）轻工产业园。") == ["广西（北流）轻工产业园"]


def test_a_heads_last_character_glued_to_the_next_name_starts_no_place():
    # 某某产业园区 + 凤岭工业园: the segmenter reads 区凤岭 as one word; the place would start inside the head before it
    # (a park inside a park named after it, which is found itself)
    got = names("通过复核的有江西青禾高新技术产业园区凤岭工业园化工集中区、江西松溪工业园区化工集中区。")
    assert not any(n.startswith("区") for n in got), got
    assert "江西青禾高新技术产业园区" in got and "江西松溪工业园区" in got
    # must not fire: a place that ends in 区 before its head is a place (城区工业园), not a head's tail
    assert names("城区工业园新增企业5家。") == ["城区工业园"]


def test_a_parks_projects_started_together_name_the_park_not_a_project():
    title = "我市举行青禾（滨海）特色产业园项目集中开工仪式"
    body = ("今天上午，青禾（滨海）特色产业园项目集中开工仪式在松溪经济技术开发区举行。"
            "目前，产业园完成基础设施投资9000万元，开工项目4个。")
    park, mentioned, why = choose_park(title, body)
    assert park == "青禾（滨海）特色产业园", why
    # must not fire: one park being built, named as the project, is a project still
    park, mentioned, why = choose_park("青禾智造产业园项目开工", "9月3日，青禾智造产业园项目开工，总投资5亿元。")
    assert park is None, why


def test_a_place_the_page_names_by_its_street_office_names_its_park():
    # 北沙头 is no division a gazetteer holds and the segmenter cuts it; the page writes 北沙头办事处 (a township's office)
    body = ("为了提升北沙头工业园服务企业水平，11月25日，北沙头办事处组织召开了工业园企业综合管理工作推进会，"
            "对园区七十余家企业负责人进行了专题培训。")
    park, mentioned, why = choose_park("", body)
    assert park == "北沙头工业园", why
    # must not fire: a common word before 办事处 (招商办事处) is an office's business, no place
    assert names("为了提升招商工业园服务水平，招商办事处组织召开推进会。") == []


def test_a_park_gone_to_for_an_inspection_is_what_the_news_is_about():
    # the goers inspect or supervise the park (开展…检查, 督导): the news is the inspected park's, and the text goes on
    # about it (园区内, 园区管委会)
    body = ("9月17日，市应急局与安全生产专家组成检查组，赴青禾高新区开展节前安全生产专项检查。"
            "检查组对园区内3家企业进行了抽查，要求园区管委会督促企业开展自查自纠。")
    park, mentioned, why = choose_park("", body)
    assert park == "青禾高新区", why
    body = "3月2日，县安委办组织人员深入青禾工业园区督导复工复产安全工作。园区12家企业已全部复工。"
    park, mentioned, why = choose_park("", body)
    assert park == "青禾工业园区", why


def test_a_park_gone_to_to_learn_or_to_meet_stays_a_place_visited():
    # must not fire: a study trip or a meeting there is the goers' news, not the park's
    for body in ("5月8日，我区组织人员赴苏州工业园区学习考察，了解其招商经验。我区将借鉴其做法。",
                 "5月8日，我区招商局赴苏州工业园区开展招商对接，洽谈项目3个。"):
        park, mentioned, why = choose_park("", body)
        assert park is None, why


def test_parks_in_a_sentence_of_examples_are_examples():
    # a sentence opening on 如 (for example) lists cases the article argues from: none is what it is about
    body = ("物流园区可分为三类。第三类是保税物流园，依托港口设立。"
            "如松溪保税物流园面积1平方公里，青岛保税物流园1平方公里等等。")
    park, mentioned, why = choose_park("物流园区的分类", body)
    assert park is None, why
    assert "青岛保税物流园" in mentioned
    # 如 glued to a name the segmenter does not know opens no name
    assert names("如青禾经济开发区面积10平方公里。") == ["青禾经济开发区"]
    # must not fire: 如期, 如今 open no example, and 如皋, 如东 are counties
    park, mentioned, why = choose_park("", "如期完成青岛经济技术开发区道路建设。青岛经济技术开发区新增企业5家。")
    assert park == "青岛经济技术开发区", why
    assert names("如皋经济技术开发区新增企业5家。") == ["如皋经济技术开发区"]


def test_a_townships_name_filed_as_an_abbreviation_before_its_zones_organ_is_a_place():
    # 四合 is a township's name in the statistics code, which the dictionary files as an abbreviation: before 园区 and
    # the zone's organ (管委会) it names the zone, as 禄口 or 花桥 would
    body = ("12月23日，四合园区管委会会同县应急管理局深入园区企业开展安全生产联合大检查。"
            "四合园区将坚决防范和遏制安全生产事故。")
    park, mentioned, why = choose_park("", body)
    assert park == "四合园区", why
    # must not fire: common words before 园区管委会 (a class of parks, a verb) name no zone
    from indexer.reading.parks import find_short_names
    for text in ("重点园区管委会要加强服务。", "联合园区管委会开展检查。", "民主园区管委会"):
        assert [m.name for m in find_short_names(text)] == [], text


def test_items_of_one_head_listed_beside_a_named_park_are_parks():
    # 双河 is a place the gazetteer knows; 黄坂 and 南坂, villages it does not: listed with 、 beside it, each with
    # its own head of one family, they are items of one kind, parks too (in either order: the list is the evidence)
    for text in ("全县园区整合加快推进。双河工业园、黄坂工业园、南坂工业园完成归并。",
                 "全县园区整合加快推进。黄坂工业园、南坂工业园、双河工业园完成归并。"):
        park, mentioned, why = choose_park("", text)
        assert {"黄坂工业园", "南坂工业园"} <= set(mentioned), mentioned
    # must not fire: an item of another kind (a plant) beside the park is no park, nor a lone unvouched name
    park, mentioned, why = choose_park("", "全县园区整合加快推进。双河工业园、黄坂污水处理厂完成归并。")
    assert not any(n.startswith("黄坂") for n in mentioned), mentioned
    park, mentioned, why = choose_park("", "全县园区整合加快推进。双河工业园、黄坂物流园完成归并。")
    assert "黄坂物流园" not in mentioned, mentioned


def test_a_zones_noun_joined_to_the_localizer_after_it_still_ends_its_name():
    # 城内 is one word to the segmenter (在某县生态科技城内举行): the zone's noun ends the name, the localizer is the
    # sentence's; the zone is named where the first sentence holds the event in it and the text says 党工委 of the area
    body = ("9月24日上午，青禾县产业转移工业园动工仪式在松溪县生态科技城内举行。园区党工委书记出席。"
            "松溪县生态科技城总规划面积14平方公里，将成为承接产业转移的重要基地。")
    park, mentioned, why = choose_park("", body)
    assert "松溪县生态科技城" in mentioned, (mentioned, why)
    # must not fire: 城内 after a town's name is the town (县城内), no zone
    park, mentioned, why = choose_park("", "9月24日上午，消夏晚会在青禾县城内举行。园区党工委书记出席。")
    assert not any(n.endswith("城") for n in mentioned), mentioned


def test_a_zone_outside_the_heads_is_one_park_with_its_countys_level_or_without():
    from indexer.reading.parks import park_key
    assert park_key("松溪县生态科技城") == park_key("松溪生态科技城")
    assert park_key("绵阳市科技城") == park_key("绵阳科技城")
    # must not fire: another place's zone, and a name with no zone noun, keep their own keys
    assert park_key("松溪县生态科技城") != park_key("青禾县生态科技城")
    assert park_key("青禾县物流中心") == "青禾县物流中心"
