"""Which segments a build merges: tiered by size, so each report is rewritten O(log n) times.

A build adds segments: its workers' (one per SEGMENT_CHARS of text, ~1,500
reports each) or, for an incremental build, one small segment. Many segments
cost every search a term look-up and a matcher per segment; merging them costs
rewriting their postings. As in Lucene's TieredMergePolicy, segments are put in
tiers by their live reports (tier *t* holds sizes from ``FLOOR·F^t`` up to
``FLOOR·F^(t+1)``, everything under ``FLOOR·F`` in tier 0), and a tier that
reaches ``F`` segments has its ``F`` smallest merged into one, which lands a
tier up. A report is therefore merged at most once per tier, ``log_F`` of the
index size times in all, and a build that adds one small segment never rewrites
the big ones: its merges are of segments its own size.

A segment more than ``WASTE`` deleted (files that changed or went away) is
rewritten on its own, without its dead reports: that work is proportional to the
changes that made it, at least a third of the segment.
"""
from __future__ import annotations

F = 10  # segments per tier before they merge, and how many merge at once
WASTE = 1 / 3  # share of deleted reports that makes a segment worth rewriting


def tier(live: int) -> int:
    """The tier of a segment with ``live`` reports: 0 below F, 1 below F², …"""
    t, size = 0, F
    while live >= size:
        t += 1
        size *= F
    return t


def plan_merges(sizes: list[tuple[int, int]]) -> list[list[int]]:
    """Groups of segment indexes to merge, each group into one new segment.

    ``sizes``: per segment ``(live, all)`` report counts (all includes the deleted).
    A segment with no live report is a group of its own (merging it yields nothing:
    it is dropped). Merges are planned as the tiers would be after the earlier ones.
    """
    groups: list[list[int]] = []
    tiers: dict[int, list[tuple[int, list[int]]]] = {}  # tier -> [(live, [indexes])]
    for i, (live, total) in enumerate(sizes):
        if live == 0 or (total and (total - live) / total > WASTE):
            groups.append([i])  # rewritten alone (or dropped), then counted at its new size
            if live == 0:
                continue
        tiers.setdefault(tier(live), []).append((live, [i]))
    t = 0
    while tiers and t <= max(tiers):
        members = sorted(tiers.get(t, []))
        while len(members) >= F:
            chosen, members = members[:F], members[F:]
            indexes = sorted(i for _, idx in chosen for i in idx)
            groups = [g for g in groups if not (len(g) == 1 and g[0] in indexes)]
            groups.append(indexes)
            merged = (sum(live for live, _ in chosen), indexes)
            tiers.setdefault(tier(merged[0]), []).append(merged)
            if tier(merged[0]) == t:
                members = sorted(members + [merged])
        tiers[t] = members
        t += 1
    # a merged group that absorbed an earlier merged group: keep only the outermost
    out, seen = [], set()
    for group in sorted(groups, key=len, reverse=True):
        if not seen.intersection(group):
            out.append(group)
            seen.update(group)
    return sorted(out)
