"""Around one report: its data, its page (sections with the query marked), key phrases,
related reports and the original file for download.

These read one report through the service (``SearchService.meta``) and the
service's searcher; the service itself only opens generations and searches.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..analysis import find_matches
from ..errors import NotFound
from .highlight import mark
from .service import SearchService, public_fields

RELATED_TERMS = 12  # key terms more-like-this draws from a report
_LATIN = re.compile(r"[A-Za-z0-9_.\-]+")  # scraped pages leave "docx", "VIP", pinyin shards
# Words every park report uses: as "key phrases" they tell a reader nothing.
GENERIC_WORDS = frozenset(
    "园区 園區 工业园区 工業園區 工业园 工業園 工作 建设 建設 发展 發展 开展 開展 加强 加強 推进 推進 "
    "进一步 進一步 完成 实现 實現 情况 情況 全年 今年 目前 积极 積極 我们 我們 同比 "
    "万元 萬元 亿元 億元 以上 各项 各項".split()
)



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
    """Other reports whose text is most like this one's, best first.

    Whoosh's more-like-this on the ``text`` field: that field is not stored, so the
    key terms are drawn from the stored text (analysed with the field's own analyzer).
    Each item is the report's public metadata plus ``score``.
    """
    meta = service.meta(report_id)
    searcher = service.searcher()
    docnum = searcher.document_number(id=report_id)
    if docnum is None or not meta["text"].strip():
        return []
    hits = searcher.more_like(docnum, "text", text=meta["text"], top=limit, numterms=RELATED_TERMS)
    return [dict(public_fields(hit["meta"]), score=round(hit.score, 3)) for hit in hits]

def key_phrases(service: SearchService, report_id: str, top_k: int = 12) -> list[str]:
    """The report's key phrases (jieba TF-IDF over its text), most telling first.

    Numbers, Latin shards of scraped pages and words every report uses (GENERIC_WORDS)
    say nothing to a reader and are left out.
    """
    import jieba.analyse

    text = service.meta(report_id)["text"]
    words = jieba.analyse.extract_tags(text, topK=top_k * 3)
    return [w for w in words
            if len(w) > 1 and w not in GENERIC_WORDS and not _LATIN.fullmatch(w)][:top_k]

def source_file(service: SearchService, report_id: str, corpus_dir) -> Path:
    """The original corpus file the report was read from, for download.

    Only a regular file inside ``corpus_dir`` is ever answered: a source that resolves
    elsewhere (``..``, an absolute path, a symlink out of the folder) is NotFound.
    """
    meta = service.meta(report_id)
    corpus = Path(corpus_dir).resolve()
    try:
        path = (corpus / meta["source"]).resolve()
    except (OSError, RuntimeError):
        path = None
    if path is None or not path.is_relative_to(corpus) or path == corpus or not path.is_file():
        raise NotFound(f"报告 {report_id} 的原始文件 {meta['source']} 不在语料文件夹中，无法下载。")
    return path


def _lines(text, start, end):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        if text[pos:stop].strip():
            yield pos, stop
        pos = stop + 1
