"""A report's subject, decided once: who the report is by or about.

Chinese official writing says who speaks at the top: the title (某某工业园区2023年工作总结, 某区政府工作
报告, 某某公司…), the publisher row the site keeps (来源：某某经济技术开发区管委会), and the opening's first
subject (我区…, 园区管委会…, 全县…). Everything below the opening is that subject's work, its parts, its
neighbours and its events. So the park facet and the figures' scope (园区 or 其他) read one decision per
report here, instead of each sentence guessing anew.

The decision, in order (``rule`` names the one that decided, ``line`` the line it read):

1. the park the title, the page title or the opening names as the report's own (``parks.choose_park``:
   names by how they are formed, weighed by where they stand; venues, lists, rolls, 《》 titles and parts
   do not count);
2. a government's own report whose publisher is a zone (某区政府工作报告, 来源：某某经济开发区管委会): the
   district is run by the zone, and the zone is its subject;
3. a study trip's report (赴…学习考察 in its title or lead) that went to one park (赴某某高新区考察学习): the park
   visited is what it is about; a tour of several places or parks (赴A、B等地考察) is about none of them;
4. a 新区's report (某某新区…工作总结, a headline or a part of one opening with a 新区, or an opening whose first
   subject is a 新区): a new area run by its own committee (兰州新区, 成都东部新区, 沈抚新区) is the report's park, as
   the blind sets' labellers name it, and the parks it names are its parts; a district the gazetteer lists by the
   name (浦东新区, 沈北新区) with no committee named, a government's report or a name of the sentence's words (城市新区)
   is a place's — unless the committee's head gives that report (我代表新区管委会向大会报告工作: the new area's own);
   a text naming one new area where it opens and then calling it the bare 新区 again and again (…与金州新区的指标对比。
   …新区实现…) is about it too;
5. a Taiwanese science park's administration speaking up front (中科管理局表示…; not as another actor's partner or
   object, 县府与竹科管理局携手…), or its short name opening the
   title (中科2022年营业额…): the park, or the one site of it the opening names (中科二林园区);
6. otherwise the kind without a park: a place (政府工作报告, a title opening with a county or city and speaking
   of no park, an opening whose subject is 全县/全市/我区 or a street office), a company (某某有限公司 in the title or as the opening's first subject), an event (a park
   named only as where it was held), or not known.
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)

from ..model import TOUR_RULE, Subject
from ..text import CJK, GOVERNMENT_REPORT_RE, NAME_NEVER_STARTS, PARK_WORD_RE, SCIENCE_PARK_REGIONS, STUDY_TRIP_RE
from .indicators import opening_voice
from .parks import (choose_park, find_park_mentions, government_address, is_division, new_area_name, park_key,
                    place_heading, title_short_names, to_simplified, TITLE_TIME)

# a state-level or a city's new area (浦东新区, 金普新区, 两江新区), not 高新区: a place, not a park
_NEW_AREA = re.compile(rf"[{CJK}]{{2,5}}(?<!高)(?<!高新)新区")
_TIME_CLAUSE = re.compile(r"年|月|日|以来|期间|上午|下午")
_PERSONS_POST = re.compile(r"(?:党工委|管委会|党委|工委)?、?(?:党工委|管委会)?副?(?:书记|主任|委员|局长|部长|区长)")
_GENRE = re.compile(r"总结|计划|汇报|报告|要点|打算|讲话|思路|安排")
# a company as the report's author or the opening's first subject (某某有限公司2023年工作总结)
_COMPANY = re.compile(rf"[{CJK}]{{2,}}(?:有限责任公司|股份有限公司|有限公司|集团|公司)")
_OWN_COMPANY = re.compile(r"(?:本|我)(?:公司|集团)")  # a company speaking of itself (本公司承建的…)
_OPENING_CHARS = 120  # the opening's first subject stands in its first sentence


def decide_subject(title: str, text: str, page_title: str | None = None,
                   sources: list[str] | tuple = ()) -> tuple[Subject, list[str]]:
    """(the report's subject, the parks it mentions). ``text`` is the report's text, its first line the
    title line; ``sources`` the page's source/publisher rows (clean.page_credits)."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    park, mentioned, why = choose_park(title, body, page_title, sources)
    mentioned = mentioned + [n for n in _new_areas_with_committee(title + "\n" + body) if n not in mentioned]
    simp_title = to_simplified(title)
    new_area = _new_area_speaking(simp_title, body)
    area_park = _new_area_park(simp_title, body, new_area)
    if area_park and not (park and _park_in(simp_title, park)):
        name, line = area_park
        return Subject("园区", name, "新区", line, f"「{line[:40]}」：新区由自己的管委会管理，开头说的是它，它就是报告的园区"
                       + ("（政府工作报告由新区的管委会向大会作出，是新区自己的报告）"
                          if GOVERNMENT_REPORT_RE.search(simp_title) or government_address(body) else "")
                       + (f"，正文中的「{park}」是新区的一部分" if park and park_key(park) != park_key(name) else "")), \
            mentioned + [name] * (name not in mentioned)
    referred = _new_area_referred(simp_title, body) if area_park is None and park is None else None
    if referred:
        name, line, times = referred
        return Subject("园区", name, "新区", line, f"「{line}」：正文开头提到新区「{name}」，全文又{times}次"
                       "称它（单称「新区」或再写其名），说的都是它：新区由自己的管委会管理，它就是报告的园区"), mentioned + [name] * (name not in mentioned)
    if park and new_area and not _park_in(simp_title, park):
        return Subject("地方", None, "新区", new_area, f"「{new_area}」的报告：新区是一级地方，"
                       f"正文中的「{park}」是新区的一部分，不是报告的主体", opening_voice(text, title)), mentioned
    trip = _trip(title, body)
    if trip is not None and park and _park_in(simp_title, park, body) and not _went_elsewhere(trip, simp_title, park):
        trip = None  # (某某园区2023年赴外地考察学习报告: the park that went, named as the report's own)
    if trip is not None:
        return _visit_subject(trip, title, text, why), mentioned + [n for n in trip[0] if n not in mentioned]
    company = _company_author(simp_title)
    if park and company and not _park_in(simp_title, park):
        return Subject("企业", None, "企业", company, f"标题说明这是企业「{company}」的报告，正文中的「{park}」"
                       "是企业所在的园区，不是报告的主体"), mentioned
    if park:
        return Subject("园区", park, "园区名", _line_of(park, title, body, sources), why), mentioned
    science = _science_park_voice(simp_title, body)
    if science:
        name, said = science
        return Subject("园区", name, "科学园区管理局", said, f"「{said}」：科学园区的简称或管理局在开头说话，"
                       f"报告的主体是「{name}」"), mentioned + [name] * (name not in mentioned)
    if GOVERNMENT_REPORT_RE.search(simp_title) or government_address(body):
        zone = _publishing_zone(sources)
        if zone:
            name, row = zone
            return Subject("园区", name, "发布机构", row, f"标题是一级政府的工作报告，页面的来源/发布单位「{row}」"
                           f"是园区「{name}」：这个区由园区管理，园区就是报告的主体"), mentioned + [name] * (name not in mentioned)
    if new_area:
        return Subject("地方", None, "新区", new_area, f"「{new_area}」的报告：新区是一级地方，不是园区",
                       opening_voice(text, title)), mentioned
    return _without_a_park(title, text, body, why), mentioned


def _without_a_park(title: str, text: str, body: str, why: str) -> Subject:
    """The kind of a report no park is the subject of, from its title and its opening."""
    simp_title = to_simplified(title)
    voice = opening_voice(text, title)
    if GOVERNMENT_REPORT_RE.search(simp_title):
        return Subject("地方", None, "政府报告", title, why, voice)
    if address := government_address(body):  # (its title line lost to a site's: its opening says whose it is)
        return Subject("地方", None, "政府报告", address, why, voice)
    if place_heading(title):  # (桐庐县重点项目建设全面铺开: the county's news, its title opening with the county)
        return Subject("地方", None, "标题地名", title, why, voice)
    if voice:
        first = body[:_OPENING_CHARS].split("。")[0]
        whose = "多个园区或它们所在的省、市" if voice == "many" else "一个县、区或街道"
        return Subject("地方", None, "开头主语", first, f"开头说的是{whose}的工作；{why}", voice)
    if PARK_WORD_RE.search(simp_title) and _GENRE.search(simp_title):
        return Subject("园区", None, "未具名园区", title, why)  # (工业园区2023年工作总结: a park's own, its name not given)
    lead = to_simplified(body[:_OPENING_CHARS].split("。")[0])
    lead_company = _COMPANY.match(lead) or _OWN_COMPANY.match(lead)
    company = _company_author(simp_title) or (lead_company.group() if lead_company and not PARK_WORD_RE.search(
        lead_company.group()) else "")
    if company:
        return Subject("企业", None, "企业", company, f"报告的主体是企业「{company}」；{why}")
    if "举办地" in why:
        return Subject("活动", None, "举办地", "", why)
    return Subject("不明", None, "", "", why)


def _company_author(simp_title: str) -> str:
    """The company a title names as its report's author (某某新材料有限公司2023年工作总结), or ''."""
    company = _COMPANY.search(simp_title) if _GENRE.search(simp_title) else None
    return company.group() if company and not PARK_WORD_RE.search(company.group()) else ""


def _park_in(text: str, park: str, body: str = "") -> bool:
    """Whether ``text`` (a title) names ``park``; with the ``body``, by a short name the body writes in full too
    (考察组到访数字园 … 江苏数字信息产业园: the one place visited is the park)."""
    key = park_key(park)
    return any(park_key(m.name) == key for m in find_park_mentions(text)) \
        or bool(body) and any(park_key(name) == key for name in title_short_names(text, body))


def _line_of(park: str, title: str, body: str, sources) -> str:
    """The line that names the park the decision read: the title, else the first line of the opening or a
    source row that writes its name (a substring test on the Simplified lines: no segmenting again)."""
    for line in [title] + body.split("\n", 12)[:12] + list(sources):
        if park in to_simplified(line):
            return line[:80]
    return ""


def _new_area_speaking(simp_title: str, body: str) -> str:
    """The 新区 that speaks: named in the title before its genre word (某某新区2023年工作总结), or opening
    the first sentence as its subject (某某新区党工委…, 2023年，某某新区…; not 随着某某新区…改革, an adverbial).
    '' when none."""
    area = _NEW_AREA.search(simp_title)
    if area and _GENRE.search(simp_title, area.end()):
        return re.sub(r"^.*[年月日的和与及在]", "", area.group())  # (2023年金普新区…: the name, not the year)
    lead = to_simplified(body[:_OPENING_CHARS].split("。")[0])
    clauses = re.split(r"[，,]", lead, maxsplit=2)
    if len(clauses) > 1 and _TIME_CLAUSE.search(clauses[0]):
        clauses = clauses[1:]  # (2023年，某某新区…: the time first, then the subject)
    area = _NEW_AREA.match(clauses[0])
    if area is None or area.group().startswith(NAME_NEVER_STARTS) or _PERSONS_POST.match(clauses[0], area.end()):
        return ""  # (西咸新区党工委委员、管委会副主任某某调研…: a person of the 新区 is the subject)
    return area.group()


# where a headline's subject opens: after its time (2024年…), after a separator between its parts (…项目 成都东部新区…,
# 大动作不断!某新区…)
_TITLE_PART_START = re.compile(rf"{TITLE_TIME.pattern}|[｜|:：\s!！?？【】\[\]“”「」『』―—－]+")
# a government's organs after a 新区's name: the district's (浦东新区人民政府, 某新区区委), a place's
_AREA_GOVERNMENT = r"(?:区?人民政府|区政府|区委|人大|政协)"
# a new area's committee (兰州新区管委会, 某新区党工委): the zone's own organs
# (管委员: the committee as news shortens 管理委员会 too, 某新区管委员表示…)
_AREA_COMMITTEE = r"(?:党工委|管委会|管理委员会|管委员)"


_COMMITTEE_AFTER = re.compile(rf"新区(?={_AREA_COMMITTEE})")
# the gazetteer package lists 两江新区 as a district of Chongqing (500157); the Bureau's statistical division codes (2023
# edition, the source of data/zones.tsv) list no such district — it is the State's new area run by its committee, as
# 兰州新区 is, with no government of its own: the one 新区 the two sources disagree on
_NOT_A_DISTRICT = frozenset({"两江新区"})


def _district_by_name(area: str) -> bool:
    """Whether the 新区 ``area`` is a district by its name (浦东新区, 沈北新区): one the gazetteer lists as a division."""
    return is_division(area) and area not in _NOT_A_DISTRICT


def _new_areas_with_committee(text: str) -> list[str]:
    """The new areas the text names with their committee (延安某某化工新区管委会, 某某新区党工委): zones the text names
    (the blind sets' labellers list each such one among the parks, 3 of 3 pages; a new area named in passing without
    its committee, 某市新区 in a plan's words, they leave out as often as not: none)."""
    simp = to_simplified(text)
    found = [new_area_name(simp, m.start()) for m in _COMMITTEE_AFTER.finditer(simp)]
    names = list(dict.fromkeys(n for n in found if n and not re.search(re.escape(n) + _AREA_GOVERNMENT, simp)))
    return [n for n in names if not any(o != n and o.endswith(n) for o in names)]  # (滨海新区 of 绍兴滨海新区: one)


def _new_area_park(simp_title: str, body: str, speaking: str) -> tuple[str, str] | None:
    """(the new area, the line that names it) when a 新区 run as a zone is the report's subject: its name opens the
    title or a part of it (兰州新区一季度经济发展成色十足; …签约8个产业化项目 成都东部新区加速培育…), or it is the 新区
    speaking (``_new_area_speaking``: a title's before its genre word, the opening's first subject). A government's
    report, a district the gazetteer lists by the name (浦东新区, 沈北新区) whose committee the text does not
    name, or a 新区 the text gives a government of (某新区人民政府, 区委) is a place's."""
    found = ""
    for part in _TITLE_PART_START.finditer(simp_title):
        at = simp_title.find("新区", part.end(), part.end() + 10)
        name = new_area_name(simp_title, at) if at >= 0 else ""
        if name and simp_title.startswith(name, part.end()) \
                and not _PERSONS_POST.match(simp_title, part.end() + len(name)):
            found, line = name, simp_title  # (not 某新区党工委书记…调研: a person of the 新区 is the subject)
            break
    if not found and speaking:
        at = speaking.rfind("新区")
        name = new_area_name(speaking, at)
        if name and speaking.endswith(name):
            found = name
            line = simp_title if name in simp_title else to_simplified(body[:_OPENING_CHARS].split("。")[0]).strip()
    if not found or (GOVERNMENT_REPORT_RE.search(simp_title) or government_address(body)) \
            and not _committee_reports(body):
        return None
    text = simp_title + "\n" + to_simplified(body)
    if re.search(re.escape(found) + _AREA_GOVERNMENT, text) or _district_by_name(found) and not re.search(
            f"(?:{re.escape(found)}|新区){_AREA_COMMITTEE}", text):
        return None
    return found, line


# the head of a committee addressing its congress (我代表新区管委会向大会报告工作, 我代表党工委、管委会…): the zone's own
# government report, as a new area run by its committee gives one (a district's, 我代表区人民政府，同时受开发区管委会的
# 委托…, speaks for a government first)
_COMMITTEE_ADDRESS = re.compile(r"代表[^。；;，,\n]{0,12}?(?:党工委[、和及]?)?管(?:理)?委(?:员)?会[，,、\s]*向[^。；;\n]{0,10}大会")


def _committee_reports(body: str) -> bool:
    """Whether the opening is a committee's head reporting to its congress (我代表新区管委会向大会报告工作) with no
    government in the sentence: a 政府工作报告 given by a zone's committee, which is the zone's."""
    opening = to_simplified(body[:_OPENING_CHARS * 3])
    m = _COMMITTEE_ADDRESS.search(opening)
    if m is None:
        return False
    sentence = opening[opening.rfind("。", 0, m.start()) + 1:opening.find("。", m.end()) % (len(opening) + 1)]
    return not re.search(r"政府", sentence)


# the bare 新区 as a text refers back to the new area it named (…与金州新区的指标对比。…新区预计实现地区生产总值…): after a
# break or a word of the sentence's grammar, never a name's last characters (城市新区, 高新区)
_BARE_NEW_AREA = re.compile(rf"(?:^|(?<=[^{CJK}×Xx*＊]))新区|(?<=[在对为和与及将把让使从向由是了的到而并])新区")
_REFERRED_OPENING = 400  # the new area referred back to is named where the text opens
_REFERRED_TIMES = 3


def _new_area_referred(simp_title: str, body: str) -> tuple[str, str, int] | None:
    """(the new area, the line that names it, how often the bare 新区 stands) when the text names one new area where it opens and then calls it by the
    bare 新区, again and again, as the subject of its figures and its work (…记者将全市的指标与金州新区的指标对比。…新区
    预计实现…，新区固定资产投资…): the text's subject is that new area, as a declared short name refers back to its
    park. A district the gazetteer lists whose committee the text does not name, a new area with a government, a
    government's report, or a page naming two new areas is a place's."""
    simp = to_simplified(body)
    named = [n for m in re.finditer("新区", simp) if (n := new_area_name(simp, m.start()))]
    # (盘锦 + 某某湾新区 … 某某湾新区: one new area written with its city and without it, as a park is; named in its most
    # complete form)
    whole = {n for n in named if not any(o != n and o.endswith(n) for o in named)}
    if len(whole) != 1 or named[0] not in simp[:_REFERRED_OPENING]:
        return None
    area = whole.pop()
    # (called again by the bare 新区 or by its name: 某某湾新区坚持…，…新区大力实施…，某某湾新区积极…)
    times = len(_BARE_NEW_AREA.findall(simp)) + len(named) - 1
    if times < _REFERRED_TIMES:
        return None
    if GOVERNMENT_REPORT_RE.search(simp_title) or government_address(body) \
            or re.search(re.escape(area) + _AREA_GOVERNMENT, simp) or re.search(r"新区" + _AREA_GOVERNMENT, simp) \
            or _district_by_name(area) and not re.search(f"(?:{re.escape(area)}|新区){_AREA_COMMITTEE}", simp):
        return None
    at = simp.find(area)
    start = max(simp.rfind("\n", 0, at) + 1, at - 20)  # (the words around the name, its line's)
    return area, simp[start:at + len(area) + 20].split("\n")[0].strip(), times


# a Taiwanese science park speaking: its administration (中科管理局), or its short name opening the title (中科2022年营业额…)
_SCIENCE_PARK_VOICE = re.compile(rf"({'|'.join(SCIENCE_PARK_REGIONS)})管理局")
_SCIENCE_PARK_TITLE = re.compile(rf"^({'|'.join(SCIENCE_PARK_REGIONS)})(?=\d|今年|去年|上半年|全年|营业额|园区)")
# the administration as another actor's partner or object (县府与竹科管理局携手…, 经发局联手南科管理局…, 向竹科管理局建议,
# 获竹科管理局同意, 听取竹科管理局简报): the sentence's subject is that other actor, and the park is not the one speaking
_PARTNER_OR_OBJECT_BEFORE = re.compile(r"(?:与|和|及|同|跟|联手|携手|会同|偕同|向|获|对|听取)(?:国科会|科技部)?$")


def _science_park_voice(simp_title: str, body: str) -> tuple[str, str] | None:
    """(the science park, what said so) when its administration or its short name speaks up front."""
    opening = body[:_OPENING_CHARS * 2]
    simp_opening = to_simplified(opening)
    m = _SCIENCE_PARK_TITLE.match(simp_title) or next(
        (v for v in _SCIENCE_PARK_VOICE.finditer(simp_opening)
         if not _PARTNER_OR_OBJECT_BEFORE.search(simp_opening[:v.start()])), None)
    if m is None:
        return None
    # (the administration speaking of one of its sites, 中科二林园区: the site is the subject)
    sites = {n.name for n in find_park_mentions(simp_title + "\n" + opening)
             if n.vouched == "科学园区的园区" and n.name.startswith(m.group(1))}
    return (sites.pop() if len(sites) == 1 else SCIENCE_PARK_REGIONS[m.group(1)] + "科学园区"), m.group(0)


def _publishing_zone(sources) -> tuple[str, str] | None:
    """The park a source/publisher row names as an organisation (某某经济技术开发区管委会, 某某高新区): the
    zone that runs the district whose report this is."""
    for row in sources:
        for m in find_park_mentions(row):
            if m.strong:
                return m.name, row
    return None


# a trip's destination: after 赴/到/前往…, up to what the trip did there (学习考察, 参观) or a clause's end
# (the host's news: a delegation came, 考察团来某园区, 一行4人来某园区, 一行莅临某园区; 来 only right after the party,
# never 以来/未来)
_GOING = re.compile(r"赴|(?<![达得收看想做办])到|前往|来到|走进|莅临|(?<=[团组行人])来")
# the host's news of a visit: the delegation came (某开发区考察团来/莅临某园区考察, 考察团一行4人来…): a trip told from
# where it went (the park that came is named first, the park it came to after 来)
_CAME = re.compile(r"考察[团组].{0,6}(?:来|莅临)")
_TRIP_END = re.compile(r"学习|考察|参观|调研|观摩|交流|对接|进行|开展|[，。,;；：:！？\n]")
_SEVERAL = re.compile(r"、|和|及|与|等地|等")
# a trip said to go to its places one after another (考察团先后到A学习…，到B观摩): several places, whatever the first is
_IN_TURN = re.compile(r"先后|相继|分别")


def _trip(title: str, body: str) -> tuple[list[str], bool, str] | None:
    """For a study trip's report (赴…学习考察, 考察报告; in its title or its lead): (the parks named as where it
    went, whether it went to several places, the sentence), else None."""
    lead = body[:_OPENING_CHARS * 2].split("。")[0]
    sentences = [s.replace("\n", " ") for s in (title, lead)
                 if STUDY_TRIP_RE.search(to_simplified(s)) or _CAME.search(to_simplified(s))]
    if not sentences:
        return None
    parks, several = [], False
    for sentence in sentences:
        simp = to_simplified(sentence)
        several = several or bool((first := _GOING.search(simp)) and _IN_TURN.search(simp[max(0, first.start() - 4):first.start()]))
        for going in _GOING.finditer(simp):
            end = _TRIP_END.search(simp, going.end())
            place = simp[going.end():end.start() if end else going.end() + 40]
            mentions = find_park_mentions(place)
            found = [m.name for m in mentions]
            # (the words of a list, outside the names: 呼和浩特 has 和 in it, and names one place)
            several = several or bool(_SEVERAL.search(_outside_names(place, mentions)))
            parks += [n for n in found if park_key(n) not in {park_key(p) for p in parks}]
    return parks, several or len(parks) > 1, sentences[-1]


def _outside_names(text: str, mentions) -> str:
    """``text`` with each park's name (as written, Simplified or not) blanked out: what is left are the words
    around the names, where a list's 、/和/及 stand."""
    simp = to_simplified(text)
    for m in mentions:
        simp = simp[:m.start] + "□" * len(m.name) + simp[m.start + len(m.name):]
    return simp


def _went_elsewhere(trip: tuple[list[str], bool, str], simp_title: str, park: str) -> bool:
    """Whether a trip's title names the park that went and, after 赴/到, the one park it went to (梅州综保区…赴汕头
    综保区学习考察): the report is about the park visited, as any study trip to one park is."""
    parks, several, _ = trip
    if len(parks) != 1 or several or park_key(parks[0]) == park_key(park):
        return False
    going = _GOING.search(simp_title)
    return going is not None and simp_title.find(park) < going.start()


def _visit_subject(trip: tuple[list[str], bool, str], title: str, text: str, why: str) -> Subject:
    """A study trip to one park is about that park; a tour of several places or parks is about none of them."""
    parks, several, sentence = trip
    if len(parks) == 1 and not several:
        return Subject("园区", parks[0], "考察对象", sentence[:80], f"这是外出考察的报告（「{sentence[:40]}」），"
                       f"去的只有「{parks[0]}」，它就是报告所写的对象")
    went = f"考察了{'、'.join(parks)}" if parks else "考察了几个地方"
    return Subject("不明", None, TOUR_RULE, sentence[:80], f"这是外出考察的报告（「{sentence[:40]}」），{went}，"
                   "都不是报告自己的园区", opening_voice(text, title))
