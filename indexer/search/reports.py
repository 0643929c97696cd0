"""Around one report: its data, its page (sections with the query marked), key phrases,
related reports and the original file for download.

These read one report through the service (``SearchService.meta``) and the
service's searcher; the service itself only opens generations and searches.
"""
from __future__ import annotations

import re
import threading
from pathlib import Path

from ..analysis import find_matches
from ..errors import NotFound
from ..reading.formats import open_inside
from ..reading.pipeline import source_path
from . import keyphrases
from .highlight import mark
from .service import SearchService, public_fields

def report_data(service: SearchService, report_id: str) -> dict:
    """One report: metadata, sections and text; with ``q``, the text as highlighted HTML."""
    meta = service.meta(report_id)
    data = public_fields(meta)
    data["parks_mentioned"] = meta.get("parks_mentioned", [])
    data["text"] = meta["text"]
    data["sections"] = [
        {"heading": s["heading"], "level": s["level"], "category": s["category"],
         "start": s["start"], "end": s["end"]}
        for s in meta["sections"]
    ]
    data["indicators"] = meta.get("indicators") or []
    return data

def report_html(service: SearchService, report_id: str, q: str = "", figure: str = "") -> dict:
    """The report split into its sections, each as safe HTML with the query's matches marked.

    ``figure`` ("start-end", from a key figure's link) marks the sentence a figure was
    read from, with the anchor ``#figure``; query matches inside it are not marked again.
    """
    meta = service.meta(report_id)
    parsed = service.parse(q)
    text = meta["text"]
    spans = find_matches(text, parsed.terms) if parsed.terms else []
    if not spans and parsed.loose_terms:  # a looser match (fallback.py): mark its words
        spans = find_matches(text, parsed.loose_terms)
    shown = _figure_span(figure, len(text))
    if shown:
        spans = sorted([s for s in spans if s[1] <= shown[0] or s[0] >= shown[1]] + [(*shown, "figure")])
    title_end = text.find("\n") if "\n" in text else len(text)
    blocks = []
    hit = 1
    pieces = [{"heading": None, "level": 0, "category": "其他", "start": title_end, "end": (meta["sections"] or [{"start": len(text)}])[0]["start"]}]
    pieces += meta["sections"]
    for i, sec in enumerate(pieces):
        start, end = max(sec["start"], title_end), sec["end"]
        if start >= end:
            continue
        heading_end = start
        if sec["heading"]:
            heading_end = min(end, start + len(sec["heading"]))
            # the punctuation that closed an inline heading's clause stays with it,
            # so the paragraph after it does not open with 。 or ：
            while heading_end < end and text[heading_end] in "。：:；;，,":
                heading_end += 1
        lines = []
        body_start = heading_end
        for line_start, line_end in _lines(text, body_start, end):
            n_before = sum(1 for s in spans if line_start <= s[0] < line_end and len(s) == 2)
            lines.append(mark(text, line_start, line_end, spans, first_hit=hit))
            hit += n_before
        heading_html = None
        if sec["heading"]:
            n_before = sum(1 for s in spans if start <= s[0] < heading_end and len(s) == 2)
            heading_html = mark(text, start, heading_end, spans, first_hit=hit)
            hit += n_before
        blocks.append({"anchor": f"sec-{i}", "heading": sec["heading"], "heading_html": heading_html,
                       "level": sec["level"], "category": sec["category"], "paragraphs": lines})
    meta_public = public_fields(meta)
    meta_public["parks_mentioned"] = meta.get("parks_mentioned", [])
    return {"report": meta_public, "blocks": blocks, "hits": sum(1 for s in spans if len(s) == 2),
            "understood": parsed.understood, "q": q, "indicators": meta.get("indicators") or [],
            "figure": shown}


def _figure_span(raw: str, length: int) -> tuple[int, int] | None:
    """``(start, end)`` from "start-end" when it lies in the text; None for anything else."""
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", raw or "")
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if 0 <= start < end <= length else None


def related(service: SearchService, report_id: str, limit: int = 5) -> list[dict]:
    """Other reports whose key terms are most like this one's, best first (keyphrases.KeyTermMap).

    Near-duplicates of the report (its other copies) are left out: the result list already
    shows them as similar. Each item is the report's public metadata plus ``score``.
    """
    docnum = service.docnum(report_id)
    searcher = service.searcher()
    remembered = service.per_generation(f"related/{limit}", lambda s: {})  # once per report, not per view
    found = remembered.get(docnum)
    if found is None:
        if len(remembered) > 50_000:
            remembered.clear()
        found = remembered[docnum] = _key_map(service).related(docnum, limit, skip=service.near_duplicates(docnum))
    cards = service.column(searcher, "card")
    return [dict(cards[d] if cards else public_fields(searcher.stored_fields(d)["meta"]), score=round(score, 3))
            for d, score in found]


def _key_map(service: SearchService) -> keyphrases.KeyTermMap:
    return service.per_generation("key_terms/map",
                                  lambda s: keyphrases.KeyTermMap(service.column_values(s, "key_terms")))


def prepare(service: SearchService) -> threading.Thread:
    """Build what report pages read of the served generation (the key-term map behind
    related reports, the cards, the near-duplicate copies) in a background thread.

    ``serve`` calls it at start and after each switch to a new generation: at 10,000
    reports this is seconds of work that the first reader of a report page would
    otherwise wait for."""

    def run():
        try:
            _key_map(service)
            service.column(service.searcher(), "card")
            service.near_duplicates(0)
        except Exception:  # noqa: BLE001 - a request builds what is missing itself
            pass

    thread = threading.Thread(target=run, name="parksearch-report-pages", daemon=True)
    thread.start()
    return thread


def key_phrases(service: SearchService, report_id: str, top_k: int = 12) -> list[str]:
    """The report's key phrases, most telling first: the build's candidates ranked by tf·idf
    with the index's own document frequencies (keyphrases.py)."""
    docnum = service.docnum(report_id)
    searcher = service.searcher()
    candidates = service.column_value(searcher, "key_terms", docnum) or []
    return keyphrases.key_phrases(candidates, service.doc_frequency, searcher.doc_count(), top_k)


def open_source_file(service: SearchService, report_id: str, corpus_dir):
    """The original corpus file the report was read from, opened for download.

    Only a regular file inside ``corpus_dir`` is ever answered: a source that resolves
    elsewhere (``..``, an absolute path, a symlink out of the folder, even one swapped in
    after the name was checked: ``open_inside`` checks the open file) is NotFound. A name
    that was not UTF-8 on disk is found again from the name shown (pipeline.source_path).
    """
    meta = service.meta(report_id)
    path = source_path(Path(corpus_dir), meta["source"])
    missing = NotFound(f"报告 {report_id} 的原始文件 {meta['source']} 不在语料文件夹中，无法下载。")
    if path is None:
        raise missing
    try:
        return open_inside(path, corpus_dir)
    except OSError:
        raise missing from None


def download_name(source: str) -> str:
    """The file name a download is offered under: the source's last part, as shown
    (valid UTF-8), without control characters (a CR/LF in a name must not reach a header)."""
    name = source.rsplit("/", 1)[-1]
    return "".join("_" if ord(ch) < 32 or ord(ch) == 127 else ch for ch in name) or "report"


def _lines(text, start, end):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            yield pos, stop
        pos = stop + 1
