"""Committing a build: the old generation's segments, deletions, merges and the new segments.

Whoosh's ``SegmentWriter`` would analyse and write every document itself; a build
writes its new reports into segments of its own (segment.py) and only uses the
writer for what it is good at: deleting the old versions of changed files,
merging small segments, and writing the table of contents that names the new
set of segments. That takes four private methods of the writer
(``_added``, ``_finalize_segment``, ``_close_segment``, ``_commit_toc``,
``_finish``), which is why it lives here, beside the other uses of Whoosh's
internals (tests/test_whoosh_ext.py pins their behaviour).
"""
from __future__ import annotations

from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

# Memory the writer may fill with postings (only when it merges small segments)
# before spilling sorted runs to disk, which Whoosh does slowly.
WRITER_LIMITMB = 512


def commit_segments(ix, delete_sources: list[str], new_segments: list) -> None:
    """Commit ``ix`` with ``new_segments`` added and the reports of ``delete_sources`` deleted."""
    writer = SegmentWriter(ix, limitmb=WRITER_LIMITMB, compound=False)
    try:
        for source in delete_sources:
            writer.delete_by_term("source", source)
        segments = merge_policy(writer, writer.segments)
        if writer._added:
            segments.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(segments + new_segments)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    writer._finish()


def merge_policy(writer, segments):
    """Merge small segments (incremental builds add one per run) and segments that are
    mostly deleted documents; leave big ones alone so an incremental build stays cheap."""
    total = sum(s.doc_count_all() for s in segments) or 1
    small = max(20, total // 20)
    keep, merge = [], []
    for seg in segments:
        wasteful = seg.has_deletions() and seg.deleted_count() * 3 > seg.doc_count_all()
        (merge if wasteful or seg.doc_count() < small else keep).append(seg)
    if len(merge) < 2 and not any(s.has_deletions() for s in merge):
        return segments
    for seg in merge:
        if seg.doc_count() == 0:
            continue
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return keep
