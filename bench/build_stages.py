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

Inside those, the parts (``parts``, CPU-s, already counted in their stage): of the analysis
the words of every field (jieba's cuts, the terms at their positions; the short fields' bigrams with them), the body's bigrams, the key terms,
the sketch and the stored document (which makes the sketch); of the postings the body's terms kept as arrays
(``_Runs.add_lists``/``add_occurrences``); of the segment writing the grouping by term
(``_Runs.fold``, ``_grouped``), the positions encoded per posting (``_Runs._values``), the
blocks pickled and written (``_write_blocks``) and, inside them, zlib.

``--corpus DIR`` builds an existing folder (a 10,000-report corpus made once) instead of a
generated one; ``--profile FILE`` writes a cProfile of the build (one worker's work, in process)
for ``python -m pstats FILE``, without the stages' timers (their calls would crowd it).

``--segment-chars`` gives a small corpus the segment count of a big one (the merges a
30,000-report build does: 80 M characters in 4 M-character segments, ~20 segments, two merges
of ten); the default is the build's own. ``--jieba-recipe`` also times the jieba README's
recipe on the same files in this process (bench/run.py's ``recipe_build``).

    python bench/build_stages.py [--reports 1000 | --corpus DIR] [--segment-chars 135000] [--jieba-recipe]
                                 [--profile build.prof] [--out stages.json]
"""
from __future__ import annotations

import argparse
import cProfile
import gc
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


PARTS = ("analysis: words (and the short fields' bigrams)", "analysis: body bigrams", "analysis: key terms", "analysis: sketch",
         "analysis: stored document (the sketch in it)", "postings: body terms as arrays", "writing: grouping by term",
         "writing: positions encoded", "writing: blocks (pickle, zlib, write)", "writing: zlib")


def _time_parts(documents, segment) -> None:
    """Timers around the parts of the analysis and of the segment writing (``PARTS``)."""
    documents.term_positions = timed("analysis: words (and the short fields' bigrams)", documents.term_positions)
    documents.bigram_occurrences = timed("analysis: body bigrams", documents.bigram_occurrences)
    documents.bigram_codes = timed("analysis: body bigrams", documents.bigram_codes)
    documents.key_term_candidates = timed("analysis: key terms", documents.key_term_candidates)
    documents.signature = timed("analysis: sketch", documents.signature)
    documents.report_document = timed("analysis: stored document (the sketch in it)", documents.report_document)
    runs = segment._Runs
    runs.add_lists = timed("postings: body terms as arrays", runs.add_lists)
    runs.add_occurrences = timed("postings: body terms as arrays", runs.add_occurrences)
    runs.fold = timed("writing: grouping by term", runs.fold)
    runs._grouped = timed("writing: grouping by term", runs._grouped)
    runs._values = staticmethod(timed("writing: positions encoded", runs.__dict__["_values"].__func__))
    segment._write_blocks = timed("writing: blocks (pickle, zlib, write)", segment._write_blocks)
    zlib_compress = segment.zlib.compress

    class _Zlib:  # the module's zlib as segment.py calls it, timed
        compress = staticmethod(timed("writing: zlib", zlib_compress))
    segment.zlib = _Zlib


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--segment-chars", type=int)
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder instead of a generated one")
    parser.add_argument("--jieba-recipe", action="store_true")
    parser.add_argument("--profile", help="write a cProfile of the build to this file")
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.segment_chars:
        os.environ["PARKSEARCH_SEGMENT_CHARS"] = str(args.segment_chars)

    from indexer.build import builder, documents, workers
    from indexer.reading import pipeline
    from indexer.whoosh_ext import segment
    from indexer.whoosh_ext.segment import SegmentBuilder

    if not args.profile:  # (the timers' own calls would be most of a profile's entries)
        pipeline.read_file = timed("reading", pipeline.read_file)
        workers.page_documents = timed_generator("analysis", workers.page_documents)
        SegmentBuilder.add_document = timed("postings", SegmentBuilder.add_document)
        SegmentBuilder.finish = timed("segment writing", SegmentBuilder.finish)
        builder.commit_segments = timed("commit and merges", builder.commit_segments)
        _time_parts(documents, segment)

    work = Path(tempfile.mkdtemp(prefix="parksearch-stages-"))
    try:
        corpus = work / "corpus"
        if args.corpus:
            corpus = args.corpus
        else:
            generate.generate(corpus, reports=args.reports, seed=args.seed)
        pipeline.warm_up()  # what a worker is given before it forks (builder.run_parallel)
        gc.disable()  # as in a worker (workers.worker)
        load = os.getloadavg()[0]
        profile = cProfile.Profile() if args.profile else None
        started, wall = time.process_time(), time.perf_counter()
        if profile is not None:
            profile.enable()
        summary = builder.build_index(corpus, work / "index", full=True, workers=1)
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)
        total = time.process_time() - started
        result = {"reports": summary.reports if args.corpus else args.reports, "chars": summary.chars,
                  "segments": summary.segments,
                  "merged_reports": summary.merged_reports, "load": load, "cpu_seconds": round(total, 2),
                  "wall_seconds": round(time.perf_counter() - wall, 2), "stages": {}}
        for name in ("reading", "analysis", "postings", "segment writing", "commit and merges") if SPENT else ():
            result["stages"][name] = {"cpu_seconds": round(SPENT[name], 2), "share": round(SPENT[name] / total, 3),
                                      "calls": CALLS[name]}
        if SPENT:
            rest = total - sum(SPENT[n] for n in ("reading", "analysis", "postings", "segment writing",
                                                  "commit and merges"))
            result["stages"]["the rest"] = {"cpu_seconds": round(rest, 2), "share": round(rest / total, 3)}
            result["parts"] = {name: {"cpu_seconds": round(SPENT[name], 2), "share": round(SPENT[name] / total, 3)}
                               for name in PARTS}
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
