"""Snippets and highlighted report text, computed from the stored text.

Whoosh's highlighter re-analyses every hit's whole text; we instead find the
query's own strings in the text (through the analyzer's normalisation, so a
Simplified query marks the Traditional characters the page used) and cut
snippets from the sections that hold them. All document text is escaped with
markupsafe; the only markup added is ``<mark>``.
"""
from __future__ import annotations

from markupsafe import Markup, escape

from ..analysis import find_matches, iter_matches
from ..text import CLAUSE_BREAKS

SNIPPET_BEFORE = 30
SNIPPET_AFTER = 70
LEAD_CHARS = 100
CLAUSE_REACH = 15  # a window's edge moves at most this far inward to a clause break
BLOCK_CHARS = 300  # first_snippet normalises about this much text (whole lines) at a time


def mark(text: str, start: int, end: int, spans, first_hit: int | None = None) -> Markup:
    """``text[start:end]`` escaped, with every span inside it wrapped in <mark>.

    With ``first_hit`` each mark gets an id ``hit-N`` (numbered from first_hit) so
    the report page can step from hit to hit. A span ``(s, e, "figure")`` is the
    sentence a key figure was read from: ``<mark class="figure">``, its first piece
    with the id ``figure``, and it is not a hit.
    """
    out = []
    pos = start
    hit = first_hit
    for span in spans:
        s, e = max(span[0], start), min(span[1], end)
        if s >= e or s < pos:
            continue
        out.append(escape(text[pos:s]))
        if len(span) > 2:
            attr = Markup(' class="figure" id="figure"') if span[0] >= start else Markup(' class="figure"')
        else:
            attr = Markup(' id="hit-%d"') % hit if hit is not None else ""
            if hit is not None:
                hit += 1
        out.append(Markup("<mark%s>%s</mark>") % (attr, escape(text[s:e])))
        pos = e
    out.append(escape(text[pos:end]))
    return Markup("").join(out)


def section_at(sections, offset: int):
    for section in sections:
        if section["start"] <= offset < section["end"]:
            return section
    return None


def make_snippets(text: str, sections: list[dict], terms, kinds=None, limit: int = 3,
                  loose_terms=(), normalized=None) -> list[dict]:
    """Up to ``limit`` snippets around the query's matches, from different sections first.

    ``kinds`` (section categories) restricts which sections snippets may come from.
    ``loose_terms`` (a loosened string's words) are marked only in a report where none
    of ``terms`` occurs. ``normalized``: the text's ``normalize_for_matching``, when the
    caller keeps it. Without any match the report's lead is shown, unmarked.
    """
    spans = find_matches(text, terms, normalized) if terms else []
    if not spans and loose_terms:
        spans = find_matches(text, loose_terms, normalized)
    if kinds:
        spans = [s for s in spans if (sec := section_at(sections, s[0])) and sec["category"] in kinds]
    chosen, used_sections = [], set()
    for span in spans:  # first pass: one snippet per section
        sec = section_at(sections, span[0])
        key = id(sec) if sec else None
        if key not in used_sections and not any(c[0] - SNIPPET_BEFORE <= span[0] <= c[1] + SNIPPET_AFTER for c in chosen):
            used_sections.add(key)
            chosen.append(span)
        if len(chosen) == limit:
            break
    for span in spans:  # second pass: fill up from sections already used
        if len(chosen) == limit:
            break
        if span not in chosen and not any(abs(span[0] - c[0]) < SNIPPET_BEFORE + SNIPPET_AFTER for c in chosen):
            chosen.append(span)
    chosen.sort()
    snippets = []
    for s, e in chosen:
        sec = section_at(sections, s)
        lo, hi = _window(text, sec, s, e)
        snippets.append(_snippet(text, lo, hi, spans, sec))
    if not snippets and text:
        body = next((sec for sec in sections if sec["heading"] is None or sec["level"] > 0), None)
        lo = body["start"] if body else 0
        snippets.append(_snippet(text, lo, _clause_end(text, min(len(text), lo + LEAD_CHARS), lo), [], body))
    return snippets


def first_snippet(text: str, sections: list[dict], terms, kinds=None) -> dict | None:
    """``make_snippets(text, sections, terms, kinds, limit=1)``'s snippet, found without
    normalising the whole text: whole lines are normalised a block at a time, only as far
    as the first match and the lines its window reaches.

    A CSV export needs one snippet per row for thousands of rows; normalising (OpenCC and
    all) every report's whole text was half of an export's CPU. Normalisation never joins
    or splits across a line break (characters fold one by one, OpenCC's phrases and the
    pinyin readings never hold one), so a block of whole lines normalises as it does inside
    the whole text, and the spans found are the same.
    """
    window = _first_window(text, sections, terms, kinds)
    if window is None or isinstance(window, dict):
        return window
    return _snippet(text, *window)


def first_snippet_text(text: str, sections: list[dict], terms, kinds=None,
                       normalized=None) -> tuple[str | None, str]:
    """``first_snippet``'s section heading and its words as plain text (what
    ``Markup(html).striptags()`` gives: the window with ellipses, runs of white space
    as one space), without building the marked-up snippet: a spreadsheet's cell.
    ``normalized``: the text's ``normalize_for_matching``, when kept (the index's
    ``match_text`` column): the matches are then found in it, nothing is normalised."""
    window = _first_window(text, sections, terms, kinds, normalized)
    if window is None:
        return None, ""
    if isinstance(window, dict):
        return window["section"], Markup(window["html"]).striptags()
    lo, hi, spans, sec = window
    for s, e in spans:  # widened as _snippet widens it (no match starts before the first one)
        if s < hi < e:
            hi = e
    words = ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    return (sec["heading"] if sec else None), " ".join(words.split())


def _first_window(text, sections, terms, kinds, normalized=None):
    """``(lo, hi, spans, section)`` of the first snippet's window, or the snippet itself
    where ``make_snippets`` is asked (no terms, a term across lines, no match: the lead)."""
    terms = [t for t in terms if t]
    if terms and not any("\n" in t for t in terms):
        blocks = (_LineBlocks(text, terms, sections, kinds) if normalized is None
                  else _KeptSpans(text, terms, sections, kinds, normalized))
        first = blocks.first_span()
        if first is not None:
            s, e = first
            sec = section_at(sections, s)
            lo, hi = _window(text, sec, s, e)
            return lo, hi, blocks.spans_until(hi), sec
        terms = []  # no match: the report's lead
    found = make_snippets(text, sections, terms, kinds=kinds, limit=1)
    return found[0] if found else None


def _window(text: str, sec, s: int, e: int) -> tuple[int, int]:
    """The snippet window around the match ``s``–``e``: SNIPPET_BEFORE / SNIPPET_AFTER characters
    inside its section, each edge moved in to the nearest clause break within CLAUSE_REACH, so a
    snippet neither starts nor ends inside a word (「…续改善投资环境」 read as a different word)."""
    lo = max(sec["start"] if sec else 0, s - SNIPPET_BEFORE)
    hi = min(sec["end"] if sec else len(text), e + SNIPPET_AFTER)
    if lo > 0 and text[lo - 1] not in CLAUSE_BREAKS:
        lo = next((i + 1 for i in range(lo, min(s, lo + CLAUSE_REACH)) if text[i] in CLAUSE_BREAKS), lo)
    return lo, _clause_end(text, hi, e)


def _clause_end(text: str, hi: int, floor: int) -> int:
    """``hi`` moved back to just after a clause break within CLAUSE_REACH (never before ``floor``)."""
    if hi < len(text) and text[hi - 1] not in CLAUSE_BREAKS:
        hi = next((i + 1 for i in range(hi - 1, max(floor, hi - CLAUSE_REACH) - 1, -1) if text[i] in CLAUSE_BREAKS), hi)
    return hi


class _LineBlocks:
    """A text's match spans, found block of whole lines by block (about BLOCK_CHARS each)
    and only as far as asked; spans never cross a line break, so the blocks' spans
    together are the whole text's."""

    def __init__(self, text, terms, sections, kinds):
        self.text, self.terms, self.sections, self.kinds = text, terms, sections, kinds
        self.spans: list[tuple[int, int]] = []
        self.done = 0  # the text is searched up to here

    def _next_block(self) -> bool:
        text, start = self.text, self.done
        if start >= len(text):
            return False
        cut = text.find("\n", start + BLOCK_CHARS)
        end = len(text) if cut == -1 else cut + 1
        spans = [(s + start, e + start) for s, e in find_matches(text[start:end], self.terms)]
        if self.kinds:
            spans = [sp for sp in spans
                     if (sec := section_at(self.sections, sp[0])) and sec["category"] in self.kinds]
        self.spans.extend(spans)
        self.done = end
        return True

    def first_span(self):
        while not self.spans and self._next_block():
            pass
        return self.spans[0] if self.spans else None

    def spans_until(self, offset: int):
        """Every span that starts before ``offset`` (the text searched that far)."""
        while self.done <= offset and self._next_block():
            pass
        return self.spans


class _KeptSpans:
    """``_LineBlocks``'s answers where the text's normalised form is at hand: the spans
    ``find_matches`` finds in it (the same: normalising by lines or whole gives the same
    text), found one by one (``iter_matches``) and those outside ``kinds`` dropped as they
    are reached."""

    def __init__(self, text, terms, sections, kinds, normalized):
        self._all = iter_matches(text, terms, normalized)  # only as far as asked
        self.sections, self.kinds = sections, kinds
        self.spans: list[tuple[int, int]] = []

    def _next(self) -> bool:
        for span in self._all:
            if not self.kinds or ((sec := section_at(self.sections, span[0])) and sec["category"] in self.kinds):
                self.spans.append(span)
                return True
        return False

    def first_span(self):
        if not self.spans:
            self._next()
        return self.spans[0] if self.spans else None

    def spans_until(self, offset: int):
        """Every span that starts before ``offset`` (and perhaps one after)."""
        while (not self.spans or self.spans[-1][0] < offset) and self._next():
            pass
        return self.spans


def _snippet(text, lo, hi, spans, section) -> dict:
    # widen the window rather than cut a match in two: a half-marked word reads as a wrong hit
    for s, e in spans:
        if s < lo < e:
            lo = s
        if s < hi < e:
            hi = e
    html = mark(text, lo, hi, spans)
    html = Markup(str(html).replace("\n", " "))
    if lo > 0:
        html = Markup("…") + html
    if hi < len(text):
        html = html + Markup("…")
    return {
        "section": section["heading"] if section else None,
        "category": section["category"] if section else "其他",
        "html": str(html),
    }
