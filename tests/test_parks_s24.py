"""Session 24's park names (s24-parks): the parks a report names are every zone the text names as one (docs/labelling.md),
not only the ones that could be the report's park. A name is named when its place is a county or a city the gazetteer
knows and words say what the zone is for, when it stands in a list of zones' names, or when the title or the first
sentence writes it in whatever role. Each in our own words (other names, places and numbers), with cases where the rule
must not fire."""
from indexer.reading.parks import choose_park

FILLER = "会议总结了上半年的工作，交流了各地的经验做法。" * 20


def test_a_county_and_what_the_zone_is_for_name_a_zone_once_deep_in_the_text():
    # 宁陵县 (a county the gazetteer knows) + 精细化工 + 园区: named once, inside a clause, far from the opening: not the
    # report's park, but a zone the text names
    title = "全市安全生产工作会议召开"
    body = "7月4日，全市安全生产工作会议召开。" + FILLER + "会议还通报了宁陵县精细化工园区的隐患整治情况。"
    park, mentioned, why = choose_park(title, body)
    assert park is None, why
    assert "宁陵县精细化工园区" in mentioned, mentioned
    # must not fire: a place nobody vouches for (董岗) with the same words is not taken on its own word
    park, mentioned, why = choose_park(title, body.replace("宁陵县", "董岗"))
    assert not any(n.startswith("董岗") for n in mentioned), mentioned
    # must not fire: an item among a tour's stops and works (a firm's plant named after its county) is no zone named
    body = "7月4日，全市安全生产工作会议召开。" + FILLER + "会后先后察看了在建的纺织厂房、宁陵县胶囊产业园、标准化厂房建设现场。"
    park, mentioned, why = choose_park(title, body)
    assert "宁陵县胶囊产业园" not in mentioned, mentioned


def test_two_zones_names_listed_together_vouch_for_each_other():
    # 岚溪 and 桐坪: places nobody vouches for; two names formed as zones', side by side with 、, are items of one list
    title = "县委书记讲话"
    body = "同志们：" + FILLER + "要促成岚溪装备制造产业园、桐坪高新科技产业园等项目尽快建成投产。"
    park, mentioned, why = choose_park(title, body)
    assert {"岚溪装备制造产业园", "桐坪高新科技产业园"} <= set(mentioned), mentioned
    assert park is None, why
    # must not fire: one such name beside a plant is no list of zones; a lone name once is not taken either
    body = "同志们：" + FILLER + "要促成岚溪装备制造产业园、桐坪污水处理厂等项目尽快建成投产。"
    park, mentioned, why = choose_park(title, body)
    assert not any(n.startswith(("岚溪", "桐坪")) for n in mentioned), mentioned


def test_a_zone_named_in_the_first_sentence_as_the_venue_is_named():
    # the lead's venue (现场会在某某工业园区举行) is not what the news is about, but the text names the zone
    title = "全市重大项目集中开工现场会举行"
    body = "3月2日，全市重大项目集中开工现场会在岚溪工业园区举行，集中开工项目31个。" + FILLER
    park, mentioned, why = choose_park(title, body)
    assert "岚溪工业园区" in mentioned, mentioned
    # must not fire: the same venue once deep in the text, a place nobody vouches for, stays unnamed
    body = "3月2日，全市重大项目集中开工现场会举行，集中开工项目31个。" + FILLER + "下一次现场会将在岚溪工业园区举行。"
    park, mentioned, why = choose_park(title, body)
    assert "岚溪工业园区" not in mentioned, mentioned
