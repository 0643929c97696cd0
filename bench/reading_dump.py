"""Everything the reader gives for every file of some folders, as one JSON line per file: to prove a change
that only makes the reader faster reads every file exactly as before.

Usage (from the checkout to measure, so that its reader is the one imported):
    python bench/reading_dump.py OUT.jsonl FOLDER [FOLDER ...]
then the same from the other checkout and `cmp` (or `diff`) the two files. Each line holds the file's
`FileReading` whole: format, encoding, skipped, notes, and each report's title, text (the cleaned text), park,
parks mentioned, year, type, period, sections, evidence, subject and key figures with their `why`.
A folder is read as its own corpus (files as `pipeline.iter_corpus_files` lists them, with no corrections file).
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from indexer.reading import pipeline  # noqa: E402


def dump(folders: list[Path], out) -> int:
    n = 0
    for folder in folders:
        for path in pipeline.iter_corpus_files(folder):
            reading = pipeline.read_file(path, folder)
            row = {"folder": str(folder), **dataclasses.asdict(reading)}
            out.write(json.dumps(row, ensure_ascii=False, sort_keys=True, default=repr) + "\n")
            n += 1
    return n


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="把每个文件的读取结果写成 JSON 行，用于比较两个版本的读取是否一致")
    parser.add_argument("out", type=Path)
    parser.add_argument("folders", type=Path, nargs="+")
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as out:
        n = dump(args.folders, out)
    print(f"{n} files -> {args.out}")


if __name__ == "__main__":
    main()
