"""Section kinds (成效进展 / 做法措施 / 存在问题 / 计划安排 / 其他) as a reader assigns them.

A heading that names its kind keeps it (二、存在的不足 → 存在问题, 三、明年工作打算 →
计划安排, 二、采取的具体措施 → 做法措施, 一、上半年工作情况 → 成效进展). A heading
that does not (（三）加快重点项目建设) takes its kind from where it stands, the way
Chinese work reports are built:

- under a parent heading, the parent's kind (the parts of 二、存在的问题 are problems);
- in a 工作计划 (and a 工作要点), every part is a plan;
- in a 总结, 汇报 or 报告, the parts are progress until the report turns to the
  future — a heading about 下半年 / 明年 / 下一步 / a later year, a paragraph that
  opens the next year's work ("2024年园区发展将…"), or the problems part, which the
  plans follow (成绩 — 问题 — 打算) — and plans after it;
- in a speech the parts before the turn are not progress reports: 其他;
- a text that calls itself a regulation (本规定, 本办法) has no phases: 其他.
"""
from __future__ import annotations

from . import scripts as re  # (the re module, each pattern matching either script: scripts.py)

from ..model import Section

PROBLEM, PLAN, MEASURE, PROGRESS, OTHER = "存在问题", "计划安排", "做法措施", "成效进展", "其他"

# the future, as a report speaks of it
_FUTURE = re.compile(r"下半年|明年|来年|來年|下一步|下步|下阶段|下階段|今后|今後|新的一年|新一年|第四季度|四季度|未来|未來|展望")
_PLAN_WORDS = re.compile(r"计划(?!生育)|計劃(?!生育)|打算|预测|預測|思路|工作安排|重点安排|重點安排|安排如下|要点|要點|目标|目標|设想|設想|"
                         r"建议|建議|工作重点|重点工作|重點工作|工作重點|重点任务|重點任務|任务|任務")
# a heading naming the targets or the forecasts it lists, as its last word and with no verb acting on them (（二）年度目标
# 预测, 主要预期目标, 2024年目标任务, 全年预测): it governs the list under it whatever its parent reviews — never a target
# shown as done; not 落实管理目标, 围绕年度目标, a task toward a goal, which takes the parent's kind
_GOALS_LISTED = re.compile(r"(?:目标|目標|预测|預測|预期|預期|预计|預計)(?:任务|任務|预测|預測)?\W*$")
_ACTS_ON_GOALS = re.compile(r"落实|落實|完成|实现|實現|围绕|圍繞|锚定|錨定|聚焦|确保|確保|对标|對標|瞄准|瞄準|紧扣|緊扣|明确|明確|坚持|堅持|"
                            r"达到|達到|冲刺|衝刺|超额|超額|分解|考核|推进|推進|保障|服务|服務")
# 超额完成目标任务: a target met is progress, not a plan
_DONE = re.compile(r"完成|实现|實現|超额|超額|达到|達到|取得|圆满|圓滿|执行情况|執行情況")  # (计划执行情况: a plan carried out)
# a plan's review of where it starts, its base (一、“十四五”时期发展基础, …发展建设的基础): never 基础设施, a work's object,
# and with a verb of strengthening before it (夯实发展基础) a task
_BASE_REVIEW = r"(?:的|发展|發展|建设|建設)(?:基础|基礎)$"
_PROGRESS_WORDS = re.compile(r"成效|成绩|成績|完成情况|完成情況|进展|進展|成果|回顾|回顧|总结|總結|取得|亮点|亮點|成就|情况|情況|进度|進度|主要工作|"
                             # a plan's review of where it starts: what stands now, as a 总结's review (_BASE_REVIEW)
                             r"现状|現狀|^(?!.*(?:夯实|夯實|巩固|鞏固|筑牢|築牢|打牢|打好|奠定|厚植|强化|強化|增强|增強|提升))"
                             r".*" + _BASE_REVIEW)
_MEASURE_WORDS = re.compile(r"做法|措施|举措|舉措|办法|辦法|经验|經驗|方法|途径|途徑|抓手")
_PROBLEM_WORDS = re.compile(r"存在|不足|困难|困難|短板|差距|瓶颈|瓶頸|制约|制約|风险|風險|挑战|挑戰|薄弱")
_PROBLEM_END = re.compile(r"问题|問題")
_SOLVING = re.compile(r"解决|解決|破解|化解|防范|防範|防控|应对|應對|整改|补齐|補齊|克服|攻克")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_RULES_TEXT = re.compile(r"本(?:暂行)?(?:规定|規定|办法|辦法|制度|细则|細則|条例|條例)")
# "will" as the future (园区发展将进入…, 将把握好六大重点), not 现将 (herewith) or 将…作为 (take … as)
_WILL = re.compile(r"(?<![现現])[将將](?:进入|進入|迎来|迎來|是|以|围绕|圍繞|继续|繼續|重点|重點|着力|著力|全力|力争|力爭|坚持|堅持|"
                   r"把握|加快|全面|进一步|進一步|努力|紧紧|緊緊|按照|突出|实现|實現|推动|推動|开展|開展|完成|确保|確保|大力|积极|"
                   r"積極|聚焦|持续|持續)|计划|計劃|打算")
_RETRO = re.compile(r"回顾|回顧|总结|總結|完成情况|完成情況|执行情况|執行情況|去年|上年|过去|過去|成绩|成績|成效|"
                    r"现状|現狀|" + _BASE_REVIEW)  # (a plan's review of where it starts)
_TURN_PARAGRAPH = re.compile(r"^(?:下半年|明年|来年|來年|下一步|今后|今後|新的一年|(?:(?:19|20)[\dxX]{2}|[xX]{2,4}|20__)\s*年(?!以来|以來|来|來))")


def heading_category(heading: str | None, report_year: int | None = None) -> str | None:
    """The kind a heading names by its own words, or None."""
    if not heading:
        return None
    text = re.sub(r"^\W*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．)）]\s*", "", heading)
    for clause in re.split(r"[，,；;、]", text):
        if (_PROBLEM_WORDS.search(clause) or _PROBLEM_END.search(clause[-4:])) and not _SOLVING.search(clause):
            if not _PLAN_WORDS.search(text) and not _FUTURE.search(text):
                return PROBLEM
    future = bool(_FUTURE.search(text)) or _later_year(text, report_year)
    found = []
    for kind, pat in ((PLAN, _PLAN_WORDS), (MEASURE, _MEASURE_WORDS), (PROGRESS, _PROGRESS_WORDS)):
        m = pat.search(text)
        if m and kind == PLAN and _DONE.search(text) and not future:
            continue
        if m:
            found.append((m.start(), kind))
    if future and not any(k == MEASURE for _, k in found):
        return PLAN  # 二、下半年工作 / 三、2024年工作安排
    if not found:
        return None
    kinds = {k for _, k in found}
    if PROGRESS in kinds and PLAN in kinds and not future:
        return PROGRESS  # 重点工作推进情况: the 情况 of plans is progress
    return min(found)[1]  # 一、主要做法和工作成效: the kind named first leads


def _later_year(text: str, report_year: int | None) -> bool:
    if report_year is None:
        return False
    return any(int(y) > report_year for y in _YEAR.findall(text))


def _turns_to_future(paragraph: str, report_year: int | None) -> bool:
    """A paragraph that opens the next period's work without a heading of its own."""
    m = _TURN_PARAGRAPH.match(paragraph)
    if not m:
        return False
    years = _YEAR.findall(paragraph[:8])
    if years and report_year is not None and int(years[0]) <= report_year:
        return False
    return bool(_WILL.search(paragraph[:80]))


def default_kind(doc_type: str) -> tuple[str, str]:
    """(kind before the report turns to the future, kind after)."""
    if doc_type == "工作计划":
        return PLAN, PLAN
    if doc_type in ("工作总结", "工作汇报", "工作报告"):
        return PROGRESS, PLAN
    if doc_type == "讲话":
        return OTHER, PLAN
    return OTHER, OTHER


def categorize_sections(sections: list[Section], text: str = "", doc_type: str = "其他",
                        year: int | None = None) -> None:
    """Fill ``category`` and ``why`` in place (see the module docstring)."""
    before, after = default_kind(doc_type)
    if _RULES_TEXT.search(text):
        for s in sections:  # a regulation's articles are no report's parts
            s.category, s.why = OTHER, "正文自称规定/办法，条文不是报告的组成部分"
        return
    turned, turn_why = False, ""
    stack: list[tuple[int, str, bool, str]] = []  # (level, kind, named by a heading, heading)
    top = min((s.level for s in sections if s.level > 0), default=1)
    for s in sections:
        if s.level == 0:
            s.category, s.why = OTHER, "第一个小标题之前的导语"
            continue
        if text and not turned:
            last_para = text[:s.start].rstrip("\n").rsplit("\n", 1)[-1]
            if s.start > 0 and _turns_to_future(last_para, year) and not _is_heading_line(last_para, sections):
                turned, turn_why, stack = True, f"段落「{last_para[:16]}…」转入下一阶段的打算", []
        while stack and stack[-1][0] >= s.level:
            stack.pop()
        own = heading_category(s.heading, year)
        if own == PROGRESS and doc_type == "工作计划" and not _RETRO.search(s.heading or ""):
            own = None  # 狠抓企业建设进度 in a plan is a thing to do
        named_parent = bool(stack and stack[-1][2])
        if own and named_parent and own not in (PROBLEM, PLAN):
            own = None  # (五)落实管理目标 under 一、主要做法: the parent's kind holds
        if own and named_parent and own == PLAN and not _FUTURE.search(s.heading or "") \
                and not _later_year(s.heading or "", year) and stack[-1][1] != PLAN and not _names_its_goals(s.heading):
            own = None
        if own:
            s.category, s.why = own, "小标题本身的用词"
            if s.level == top and own in (PLAN, PROBLEM):
                turned = True  # 二、存在的问题 / 三、下一步打算: what follows is the plan
                turn_why = f"「{(s.heading or '')[:16]}」之后是打算"
        elif stack:
            s.category, s.why = stack[-1][1], f"随上级小标题「{stack[-1][3][:16]}」"
        elif turned:
            s.category, s.why = after, f"{doc_type}中{turn_why}"
        else:
            s.category = before
            s.why = {PLAN: "工作计划的各部分都是计划安排", PROGRESS: f"{doc_type}在转入打算之前的部分是成效进展"}.get(
                before, "小标题没有说明类别")
        stack.append((s.level, s.category, bool(own) or named_parent, s.heading or ""))


def _is_heading_line(line: str, sections: list[Section]) -> bool:
    return any(s.heading and line.startswith(s.heading[:6]) for s in sections)


def _names_its_goals(heading: str | None) -> bool:
    """A heading whose last word is the targets or forecasts it lists, no verb acting on them (（二）年度目标预测)."""
    text = re.sub(r"^\W*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．)）]\s*", "", heading or "")
    return bool(_GOALS_LISTED.search(text)) and not _ACTS_ON_GOALS.search(text) and len(text) <= 16
