"""Where a full build's CPU goes, stage by stage (run by hand, not in CI).

One serial build (``workers=1``, so every stage runs in this process and is timed) of a
generated corpus, with the CPU of each stage added up around the functions that do it:

- reading: ``pipeline.read_file`` (decode, clean, split, title, park, year, type, figures);
- analysis: ``documents.page_documents`` (normalising, jieba's cuts, bigrams, key terms,
  the near-duplicate sketch, the stored document);
- postings: ``SegmentBuilder.add_document`` (terms into the segment's in-memory postings);
- segment writing: ``SegmentBuilder.finish`` (postings, term tables, columns, positions file);
- commit: ``commit_segments`` (merging segments as the tiered policy says, the table of contents);
- the rest: planning, manifest, fsyncs, the process's start (imports) is not in it.

``--segment-chars`` gives a small corpus the segment count of a big one (the merges a
30,000-report build does: 80 M characters in 4 M-character segments, ~20 segments, two merges
of ten); the default is the build's own. ``--jieba-recipe`` also times the jieba README's
recipe on the same files in this process (bench/run.py's ``recipe_build``).

    python bench/build_stages.py [--reports 1000] [--segment-chars 135000] [--jieba-recipe] [--out stages.json]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))
import generate  # noqa: E402

SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = defaultdict(int)


def timed(name: str, fn):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - started
            CALLS[name] += 1
    return wrapper


def timed_generator(name: str, fn):
    """``timed`` for a generator function: the CPU of each step it takes."""
    def wrapper(*args, **kwargs):
        items = fn(*args, **kwargs)
        CALLS[name] += 1
        while True:
            started = time.process_time()
            try:
                item = next(items)
            except StopIteration:
                SPENT[name] += time.process_time() - started
                return
            SPENT[name] += time.process_time() - started
            yield item
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--segment-chars", type=int)
    parser.add_argument("--jieba-recipe", action="store_true")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.segment_chars:
        os.environ["PARKSEARCH_SEGMENT_CHARS"] = str(args.segment_chars)

    from indexer.build import builder, workers
    from indexer.reading import pipeline
    from indexer.whoosh_ext.segment import SegmentBuilder

    pipeline.read_file = timed("reading", pipeline.read_file)
    workers.page_documents = timed_generator("analysis", workers.page_documents)
    SegmentBuilder.add_document = timed("postings", SegmentBuilder.add_document)
    SegmentBuilder.finish = timed("segment writing", SegmentBuilder.finish)
    builder.commit_segments = timed("commit and merges", builder.commit_segments)

    work = Path(tempfile.mkdtemp(prefix="parksearch-stages-"))
    try:
        corpus = work / "corpus"
        generate.generate(corpus, reports=args.reports, seed=args.seed)
        pipeline.warm_up()  # what a worker is given before it forks (builder.run_parallel)
        load = os.getloadavg()[0]
        started, wall = time.process_time(), time.perf_counter()
        summary = builder.build_index(corpus, work / "index", full=True, workers=1)
        total = time.process_time() - started
        result = {"reports": args.reports, "chars": summary.chars, "segments": summary.segments,
                  "merged_reports": summary.merged_reports, "load": load, "cpu_seconds": round(total, 2),
                  "wall_seconds": round(time.perf_counter() - wall, 2), "stages": {}}
        for name in ("reading", "analysis", "postings", "segment writing", "commit and merges"):
            result["stages"][name] = {"cpu_seconds": round(SPENT[name], 2), "share": round(SPENT[name] / total, 3),
                                      "calls": CALLS[name]}
        rest = total - sum(SPENT[n] for n in ("reading", "analysis", "postings", "segment writing", "commit and merges"))
        result["stages"]["the rest"] = {"cpu_seconds": round(rest, 2), "share": round(rest / total, 3)}
        if args.jieba_recipe:
            import run

            recipe = run.recipe_build(corpus, work / "recipe")
            result["recipe_cpu_seconds"] = recipe["cpu_seconds"]
            result["recipe_over_ours_cpu"] = round(recipe["cpu_seconds"] / total, 2)
        print(json.dumps(result, ensure_ascii=False, indent=2))
        if args.out:
            Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
