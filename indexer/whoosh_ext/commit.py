"""Committing a build: the old generation's segments, deletions, merges and the new segments.

Whoosh's ``SegmentWriter`` would analyse and write every document itself; a build
writes its new reports into segments of its own (segment.py) and only uses the
writer for what it is good at: deleting the old versions of changed files and
writing the table of contents that names the new set of segments. Which segments
are merged is the build's decision (``plan``); merging them is merge.py's
rewrite of their postings, never Whoosh's ``add_reader``. That takes private
methods of the writer (``_close_segment``, ``_commit_toc``, ``_finish``), which is
why it lives here, beside the other uses of Whoosh's internals.
"""
from __future__ import annotations

from dataclasses import dataclass

from whoosh.writing import SegmentWriter

from .merge import merge_segments


@dataclass
class Committed:
    segments: int  # segments in the committed index
    merged_reports: int  # live reports rewritten by merges (0: no merge)


def commit_segments(ix, delete_sources: list[str], new_segments: list, plan=None, run_merges=None) -> Committed:
    """Commit ``ix`` with ``new_segments`` added and the reports of ``delete_sources`` deleted.

    ``plan(sizes)`` gets each segment's ``(live, all)`` report counts, old segments
    first, and returns groups of their indexes to merge into one segment each (None:
    no merge). ``run_merges(storage, schema, indexname, groups_of_segments)`` merges
    the groups (default: one after another, in this process) and returns the new
    segments (None for a group with nothing live).
    """
    writer = SegmentWriter(ix, compound=False)
    try:
        for source in delete_sources:
            writer.delete_by_term("source", source)
        segments = list(writer.segments) + list(new_segments)
        groups = plan([(s.doc_count(), s.doc_count_all()) for s in segments]) if plan else []
        merged_away = {i for group in groups for i in group}
        kept = [s for i, s in enumerate(segments) if i not in merged_away and s.doc_count() > 0]
        work = [[segments[i] for i in group] for group in groups]
        merged = (run_merges or merge_all)(ix.storage, ix.schema, ix.indexname, work) if work else []
        kept += [s for s in merged if s is not None]
        writer._close_segment()  # the writer's own segment stays empty
        writer._commit_toc(kept)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    writer._finish()
    return Committed(len(kept), sum(s.doc_count() for group in work for s in group))


def merge_all(storage, schema, indexname: str, groups: list[list]) -> list:
    """Merge each group of segments into one, one after another."""
    return [merge_segments(storage, schema, indexname, group) for group in groups]
