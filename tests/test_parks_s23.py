"""Session 23's park names (s23-parks): how a headline names the park it is about where the name is no catalogue head's
(the place visited, a zone of its own name inside an unnamed zone, a brand's 云谷 inside a longer name, a qualifier the
segmenter cuts), a short name in the headline for the park the text names in full (数字园 for 江苏数字信息产业园), a name
the tagger guessed a numeral, two events joined by 暨, a list in the title whose first item is a zone inside a park, and a
lead's listed item against the park the text declares a short name for. Each in our own words (other names, places and
numbers), with a case where the rule must not fire."""
from indexer.reading.parks import choose_park, find_park_mentions
from indexer.reading.subject import decide_subject


def names(text):
    return [m.name for m in find_park_mentions(text)]


def test_a_zone_of_its_own_name_inside_an_unnamed_zone_is_the_place_visited():
    # 到县高新区 + 枫岭园区 + 调研: the zone visited has a proper name of its own (枫岭: no gazetteer place), the zone it lies
    # in is the county's, unnamed; the headline's visit names it, and the text treats it as a zone (its 管委会, 园区)
    title = "副县长周明到县高新区枫岭园区调研项目建设"
    body = ("3月8日上午，副县长周明到县高新区枫岭园区调研项目建设，县高新区管委会主任陪同。"
            "周明察看了在建的两处标准化厂房，总体上枫岭园区三大产业板块已经成型。")
    park, mentioned, why = choose_park(title, body)
    assert park == "枫岭园区", why
    # must not fire: what a zone is for (电子园区: common words, no proper part) names no park
    park, mentioned, why = choose_park("副县长周明到县高新区电子园区调研项目建设",
                                       "3月8日，副县长周明到县高新区电子园区调研，县高新区管委会主任陪同。")
    assert park is None, why


def test_a_headline_subject_whose_brand_ends_in_a_zone_noun_is_read_to_its_own_noun():
    # 某县 + 青峰云谷 (a brand, 谷 inside it) + 江淮工业智造园: the name runs on to the zone's own noun; 智 + 造园 is no garden
    body = ("5月6日上午，桐溪县青峰云谷江淮工业智造园开工，首批12家企业集中签约并入驻园区。"
            "该园区选址于桐溪县经济开发区，总规划占地1500亩。")
    park, mentioned, why = choose_park("", body)
    assert park == "桐溪县青峰云谷江淮工业智造园", why
    # must not fire: a garden's one word (公园, 花园) is no zone, however the headline names it
    park, mentioned, why = choose_park("", "5月6日上午，桐溪县滨河公园开园，首批12家企业参与了活动。")
    assert park is None, why


def test_a_qualifier_the_segmenter_cuts_into_a_noun_and_a_verb_stays_in_the_zones_name():
    # 台商 + 投资 + 基地: 台商投资 says what the base is for (a catalogue qualifier), though the tagger reads 投资 a verb
    body = ("近日，随着青阳台商投资基地的首家台企开业，青阳台商投资基地正式进入投产。"
            "目前，基地首期800亩规划用地已全部完成招商，20多家台资企业已陆续入驻。")
    park, mentioned, why = choose_park("", body)
    assert park == "青阳台商投资基地", why


def test_two_events_joined_by_ji_name_no_zone():
    # 「新兴产业暨园区发展交流会」: 暨 joins an event's two themes; 产业暨园区 is no zone's name
    title = "「长丰产业暨园区合作恳谈会」——青州市到松岭科技园区招商"
    park, mentioned, why = choose_park(title, "松岭科技园区总经理介绍了园区概况，入驻厂商已有60家。")
    assert "长丰产业暨园区" not in mentioned and park == "松岭科技园区", (park, mentioned)


def test_a_name_the_tagger_guessed_a_numeral_is_a_name():
    # 台元 is a word the dictionary does not know, tagged a numeral (m) though no character of it writes a number: a
    # name (竹北 + 台元 + 科技园区), as any unknown word before a head is
    assert names("十七日在竹北台元科技园区召开交流会。") == ["竹北台元科技园区"]
    assert names("山东潍坊市到台元科技园区招商") == ["台元科技园区"]
    # must not fire: a real numeral before a head is a count, no name (三十 + 科技园区)
    assert names("全省三十科技园区参与评比。") == []


def test_a_short_name_in_the_headline_is_the_park_the_text_names_in_full():
    # 东平市发改委考察组到访 + 云数园: the park's own news of a visiting group; the text names it in full, 浙江 + 云数 +
    # 信息产业园 (a province, the two characters, what it is for, a head in 园): the short name is that park
    title = "【考察】东平市发改委考察组到访云数园"
    body = ("10月12日下午，东平市发改委一行6人莅临云数园，调研园区产业培育情况。云数园副总经理接待了考察组。"
            "浙江云数信息产业园是市政府和某研究院于2010年合作设立的高科技园区，入驻企业320家。")
    subject, mentioned = decide_subject(title, title + "\n" + body)
    assert subject.park == "浙江云数信息产业园", subject
    # 台创园 in the title, 青山台创园 in the text (a county before it); 农科园区, 屏东农科园区
    body = "2019年，青山台创园全面落实信息公开条例，园区管委会及时更新公开内容。"
    park, mentioned, why = choose_park("台创园2019年信息公开报告", body)
    assert park == "青山台创园", why
    # must not fire: a short name whose full name the text never writes with a place names no park; nor a garden's word
    park, mentioned, why = choose_park("东平市考察组到访云数园", "考察组参观了展厅，听取了企业情况介绍。")
    assert park is None, why
    park, mentioned, why = choose_park("市民周末到访植物园", "周末，植物园的郁金香开了，园区管委会介绍了花期。")
    assert park is None, why


def test_a_title_list_whose_first_item_is_a_zone_inside_a_park_names_no_one_park():
    # 青溪经济开发区化工产业园、松阳化工产业园和…: the first item is a zone inside a named park, read as that park; the
    # headline lists three, and is about none alone
    title = "省化工办公示了青溪经济开发区化工产业园、松阳化工产业园和柳塘化工产业园扩区情况"
    body = "青溪经济开发区化工产业园扩区后总面积为8.2平方公里。松阳化工产业园扩区后总面积为4.1平方公里。"
    park, mentioned, why = choose_park(title, body)
    assert park is None, why
    # must not fire: the zone alone, no list after, is the headline's park (its whole name since session 27)
    park, mentioned, why = choose_park("青溪经济开发区化工产业园扩区获批", body)
    assert park == "青溪经济开发区化工产业园", why


def test_a_leads_listed_item_gives_way_to_the_park_the_text_declares_a_short_name_for():
    # a lead listing the news' items (某文化基地迎来…，某项目落户园区…), then 记者从某产业园区（以下简称“某园区”）获悉 and the
    # short name used on: the declared park is the subject, the base one of its items
    title = "岱宁国际文化基地迎来首批入驻企业"
    body = ("本报讯 岱宁国际文化基地迎来首批入驻企业，年产5万吨再生铝项目落户园区……6月2日，记者从柳江循环经济产业园区"
            "（以下简称“循环园区”）获悉，1至5月，园区到位资金12.5亿元。据悉，循环园区规上企业达到21家。"
            "今年以来，循环园区抢抓机遇。当前，循环园区全力打造岱宁国际文化基地、再制造基地等特色园中园。")
    park, mentioned, why = choose_park(title, body)
    assert park == "柳江循环经济产业园区", why
    # must not fire: a base the headline names, the text going on about it, no park declared
    body = "本报讯 岱宁国际文化基地迎来首批入驻企业，共8家企业签约入驻。岱宁国际文化基地位于柳江区，规划面积300亩。"
    park, mentioned, why = choose_park(title, body)
    assert park == "岱宁国际文化基地", why


def test_the_park_a_leads_visitors_examine_is_what_the_visit_news_is_about():
    # a park's own site: 某区区长一行莅临园区考察 (the bare 园区: ours), then the lead names what they examined, a brand's
    # branch in a city (云栖智谷 + 滁州 + 园区): the place visited is the news' park, as in a headline
    title = "青阳区区长一行领导莅临园区考察调研"
    body = ("4月9日上午，滁州市青阳区区长王明等一行领导在园区管委会负责同志的陪同下，对云栖智谷滁州园区进行了考察和调研，"
            "检查了园区企业复工情况。云栖智谷滁州园区主要负责人陪同考察。")
    park, mentioned, why = choose_park(title, body)
    assert park == "云栖智谷滁州园区", why
    # must not fire: a city's name alone before 园区 is its parks together, no park's name (对滁州园区进行了考察)
    body = "4月9日上午，青阳区区长王明一行对滁州园区进行了考察，园区管委会负责同志陪同。"
    park, mentioned, why = choose_park(title, body)
    assert park is None, why
    # nor 对标 (held up as a model), whose 对 is no visit: the model stays a model
    body = "4月9日上午，园区组织干部对标云栖智谷滁州园区，学习其服务企业的经验，园区管委会负责同志参加。"
    park, mentioned, why = choose_park("园区召开学习交流会", body)
    assert park is None, why


def test_a_zone_of_what_parks_are_for_needs_no_settled_firms_to_be_a_zone():
    # 青州 + 软件 + 园: 软件 is what parks are built for (a catalogue qualifier), so the 园 is a zone's as 科技园's is; the
    # text speaking of 园区 is enough, as for 某某集聚区
    title = "第一名！青州软件园综合排名全省居首"
    body = "近日评价结果出炉，青州软件园在全省18家软件产业基地中位居榜首。园区软件业务收入增长20%。"
    park, mentioned, why = choose_park(title, body)
    assert park == "青州软件园", why
    # must not fire: a garden's word before 园 (滨河 + 公园) still needs firms settled in it
    park, mentioned, why = choose_park("青州滨河公园综合排名全省居首", "青州滨河公园在全省评比中位居榜首。园区游客增长20%。")
    assert park is None, why


def test_a_report_titled_by_a_parks_head_alone_is_the_one_park_of_that_head_it_names():
    # 工业园经济发展总结: a park's own report calls it by its head; the text names one 工业园, 把金湾岭工业园建设成…
    title = "工业园经济开发发展总结"
    body = ("一、发展规划\n园区结合山水环境特点，进行“一心、两轴”的结构布局。园区规划绿地80公顷，"
            "把金湾岭工业园建设成具有较强竞争力的生态型工业园。\n二、招商情况\n园区已入驻企业40家。")
    park, mentioned, why = choose_park(title, body)
    assert park == "金湾岭工业园", why
    # must not fire: the one park named is of another head (a 开发区 the 工业园 learns from or lies beside)
    body = body.replace("把金湾岭工业园建设成", "学习金湾岭经济开发区经验，把园区建设成")
    park, mentioned, why = choose_park(title, body)
    assert park is None, why


def test_a_county_and_the_city_that_builds_a_park_in_it_name_one_park():
    # 对口援建: a county of the west and the eastern city aiding it, 墨玉 + 上海 + 产业园: the county's name first, then the
    # city's (no address: an address goes from the larger place to the smaller)
    assert names("今年新增的自治区级园区有墨玉上海产业园、巴楚杭州工业园区等。")[:2] == ["墨玉上海产业园", "巴楚杭州工业园区"]
    # must not fire: a county before its own prefecture is the county's place written twice, the walk stops at the city;
    # a county's name that is a verb of the sentence (比如) is no county
    assert names("近日，武进常州高新区举办推介会。") == ["常州高新区"]
    assert names("比如烟台市开发区，去年引进项目20个。") == ["烟台市开发区"]


def test_a_short_name_of_two_words_first_characters_is_the_park_the_text_names_in_full():
    # 渔科园区 in the headline: 渔业 + 生态 + 科技 + 园区 shortened to the first characters of two of its words (as 高新
    # shortens 高新技术); the text writes the full name, here without a place before it
    title = "渔科园区扩建80公顷完工 土地开始招商"
    body = ("渔科园区扩建区土地已开放企业承租。全省最重要的渔业科技聚落就在渔业生态科技园区，已吸引60家企业进驻，"
            "园区满载，供不应求。")
    park, mentioned, why = choose_park(title, body)
    assert park == "渔业生态科技园区", why
    # must not fire: the two characters far apart across words of a sentence (渔民们在…科技园区) are no full name; the
    # headline's name stays as it is written
    body = "渔科园区扩建区土地已开放承租。当地渔民们在科技园区打工，园区已有企业进驻。"
    park, mentioned, why = choose_park(title, body)
    assert park == "渔科园区" and mentioned == ["渔科园区"], (park, mentioned)
