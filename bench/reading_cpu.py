"""CPU of reading alone: `read_file` over a folder of reports in one process, and of it the key figures.

Usage (from the checkout to measure, so that its reader is the one imported):
    python bench/reading_cpu.py CORPUS [--repeat N]
e.g. on 300 generated reports (`python bench/generate.py /tmp/gen --reports 300`). Prints the process CPU seconds
(`time.process_time`) of reading every file once per round after a warm-up round (first-use tables), and the part
of it spent in `indicators.extract_indicators`. Alternate two checkouts' runs: load on a shared machine is noisy.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from indexer.reading import indicators, pipeline  # noqa: E402


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="读取文件的 CPU 时间（其中关键指标所占的部分）")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file())
    spent = [0.0]
    extract = indicators.extract_indicators

    def timed(report):
        t = time.process_time()
        try:
            return extract(report)
        finally:
            spent[0] += time.process_time() - t

    pipeline.extract_indicators = timed  # (the pipeline calls it by the name it imported)
    for f in files:  # warm-up: first-use tables
        pipeline.read_file(f, args.corpus)
    for _ in range(args.repeat):
        spent[0] = 0.0
        t = time.process_time()
        for f in files:
            pipeline.read_file(f, args.corpus)
        total = time.process_time() - t
        print(f"{len(files)} files: read_file {total:.2f} CPU-s, of it key figures {spent[0]:.2f} CPU-s "
              f"({spent[0] / total:.0%})", flush=True)


if __name__ == "__main__":
    main()
