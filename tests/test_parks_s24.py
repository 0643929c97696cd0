"""Session 24's park names (s24-parks): the parks a report names are every zone the text names as one (docs/labelling.md),
not only the ones that could be the report's park. A name is named when its place is a county or a city the gazetteer
knows and words say what the zone is for, when it stands in a list of zones' names, or when the title or the first
sentence writes it in whatever role. Each in our own words (other names, places and numbers), with cases where the rule
must not fire."""
from indexer.reading.parks import choose_park, find_park_mentions
PARTNER_PLACES = "两地简称"

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


def test_a_park_two_places_build_is_named_by_one_character_of_each():
    # 佛 (佛山) + 梅 (梅州) + what the park is + a head: the page names 佛山 in full, so the characters are the places'
    title = "佛梅智造产业园新签约项目12个"
    body = "5月9日，佛山、梅州两市对口帮扶工作推进会召开。佛梅智造产业园今年新签约项目12个，总投资48亿元。"
    park, mentioned, why = choose_park(title, body)
    assert park == "佛梅智造产业园", why
    # the town in brackets, after 合作 (佛梅合作（丙村）产业园): one park, named whole
    park, mentioned, why = choose_park("50分钟通达佛山 佛梅合作(丙村)产业园揭牌",
                                       "4月2日上午，佛梅合作(丙村)产业园正式揭牌。佛山市对口帮扶工作组出席。")
    # (named with full-width brackets, as every bracketed name is shown since session 54: 中德（沈阳）…, one facet value
    # however the page types its brackets)
    assert park == "佛梅合作（丙村）产业园", why
    # 莞 abbreviates 东莞 where the page names 东莞; 台 is Taiwan's one-character name
    park, mentioned, why = choose_park("东莞深化两岸合作的首个项目开工",
                                       "6月3日，莞台智能产业园区首个项目在东莞市洪梅镇开工。园区规划面积2平方公里，"
                                       "莞台智能产业园区将成为两岸合作的典范。")
    assert park == "莞台智能产业园区", why
    assert "「莞台」是合建园区的两地各取一字的简称" in why, why  # (inspect says what vouches for the name)


def test_two_characters_no_place_of_the_page_abbreviates_name_no_park():
    # must not fire: 梅 and 佛 may abbreviate cities, but the page names neither: no two places are vouched for
    assert not any(m.vouched == PARTNER_PLACES for m in find_park_mentions("5月9日，佛梅智造产业园今年新签约项目12个。"))
    # must not fire: a common word before the head (中心, 东部) is no two places, even with 深圳 on the page
    park, mentioned, why = choose_park("深圳建设中心产业园", "3月1日，深圳市建设中心产业园和东部产业园的工作会议召开。")
    assert not any(n.startswith(("中心", "东部")) for n in mentioned), mentioned


def test_the_characters_a_page_always_writes_before_a_place_are_the_places_own():
    # 大 + 平湖 (the dictionary reads 大 an adjective, 平湖 a city): the page never writes 平湖 without 大, so the place
    # is 大平湖
    names = [m.name for m in find_park_mentions("今年大平湖工业园完成投资3亿元。大平湖行委召开专题会议。")]
    assert names == ["大平湖工业园"], names
    # a foreign place's transliteration, cut by the segmenter (峇 + 都 + 丁宜), written whole each time
    names = [m.name for m in find_park_mentions("槟州峇都丁宜第二工业园招商顺利，峇都丁宜的物流配套也在完善。")]
    assert names == ["峇都丁宜第二工业园"], names
    # must not fire: the page writes the place alone too (平湖 without 大), or only once
    names = [m.name for m in find_park_mentions("平湖工业园完成投资3亿元。大平湖行委召开专题会议。")]
    assert names == ["平湖工业园"], names
    names = [m.name for m in find_park_mentions("今年大平湖工业园完成投资3亿元。")]
    assert names == ["平湖工业园"], names
    # must not fire: the characters end a word before them (进口 + 矿产加工区), or are a level or a function word
    names = [m.name for m in find_park_mentions("推进进口矿产加工区建设，进口矿产加工区已入驻企业9家。")]
    assert "口矿产加工区" not in names, names
    names = [m.name for m in find_park_mentions("在乌溪工业园区召开会议，在乌溪的企业参加。")]
    assert not any(n.startswith("在") for n in names), names


def test_a_zone_calling_itself_by_its_bare_head_where_its_sentences_open_is_the_park_it_names_in_full():
    # a section of a zone's own summary: a heading sentence, then 高新区 opening the next sentence as its subject; the text
    # writes one 高新区 in full (deep, once, inside a project's name): the zone speaking is that one
    title = ""
    body = ("经济运行稳中有进。2024年1-10月高新区实现地区生产总值96.3亿元，工业开票销售132亿元。"
            "招商引资持续发力。全年新签约项目27个。" + FILLER + "其中溧水高新区智能装备项目投资完成率108%。")
    park, mentioned, why = choose_park(title, body)
    assert park == "溧水高新区", why
    # must not fire: two 高新区 written in full (which one speaks?), or the bare head opening no sentence
    park, mentioned, why = choose_park(title, body.replace("其中溧水", "其中岚山高新区和溧水"))
    assert park is None, why
    body2 = body.replace("2024年1-10月高新区实现", "2024年1-10月全市实现")
    park, mentioned, why = choose_park(title, body2)
    assert park is None, why


def test_a_pilot_free_trade_zone_named_by_its_province_or_city_is_a_zone_named():
    # 中国（某省）自由贸易试验区 and its parts (某市片区), and the short form after a province or a city (and a part's place
    # the segmenter cuts: 珠海 + 横琴): zones the State sets up, which the text names as zones
    _, mentioned, _ = choose_park("自贸区制度创新研讨会召开",
                                  "5月8日，研讨会召开。与会专家认为，浙江自贸区、中国(江西)自由贸易试验区南昌片区和珠海横琴自贸区"
                                  "的经验值得总结。" + FILLER)
    assert {"浙江自贸区", "中国（江西）自由贸易试验区南昌片区", "珠海横琴自贸区"} <= set(mentioned), mentioned
    # one zone under its two spellings: the province in brackets and the short form
    from indexer.reading.parks import park_key
    assert park_key("中国(浙江)自由贸易试验区") == park_key("浙江自贸区")
    # must not fire: the class (自贸区 with no place, a count of them, a place doing something to it)
    for text in ("国外有关自贸区的研究文献较多。", "沪津闽粤四大自贸区成立后的影响。", "浙江推进自贸区建设。"):
        assert [m.name for m in find_park_mentions(text)] == [], text


def test_a_zone_inside_a_park_written_after_the_parks_name_is_named_whole():
    # a roll of chemical zones: each the park it lies in + what it is for + a zone's word, as the roll writes it; the park
    # named only so is not named on its own (the report's park, where there is one, stays the park: version 37)
    title = "全省第三批化工园区认定名单公布"
    body = ("8月2日，省工信厅公布第三批化工园区认定名单。泾县经济开发区化工园区、宁国高新区精细化工集中区、"
            "旌德经济开发区黄泥岗化工集中区通过认定。" + FILLER)
    park, mentioned, why = choose_park(title, body)
    assert {"泾县经济开发区化工园区", "宁国高新区精细化工集中区", "旌德经济开发区黄泥岗化工集中区"} <= set(mentioned), mentioned
    assert not {"泾县经济开发区", "宁国高新区", "旌德经济开发区"} & set(mentioned), mentioned
    # must not fire: the park's own word for itself (园区) or a verb after the name is no zone inside it; a park also
    # named alone keeps its own name among the parks named
    park, mentioned, why = choose_park("泾县经济开发区园区建设提速", "5月3日，泾县经济开发区园区建设提速，泾县经济开发区进行园区整治。")
    assert "泾县经济开发区" in mentioned and not any(n.startswith("泾县经济开发区") and n != "泾县经济开发区"
                                                  for n in mentioned), mentioned
