"""Build indexer/data/script_forms.txt: the ideographs OpenCC writes otherwise in another script, in groups.

    python bench/build_script_forms.py [--check]

The reader's patterns match every form of their characters (indexer/text.py ``either_script``). The forms come from
OpenCC, the converter the reader and the analyzer already use: its character tables (every ideograph of the basic
blocks through t2s, s2t, s2tw, s2hk, tw2s, hk2s) and its phrase tables, read by converting each word of jieba's
dictionary (s2t, s2tw, s2hk: 了解 is 瞭解 in Taiwan, which no character table says of 了). Characters joined by any
conversion are one group; a line of the file is a group, its characters sorted. ``--check`` exits 1 when the file
differs from what the installed packages give (tests/test_script_parity.py runs it).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import opencc

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "indexer" / "data" / "script_forms.txt"
BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
CHARACTER_CONVERSIONS = ("t2s", "s2t", "s2tw", "s2hk", "tw2s", "hk2s")
WORD_CONVERSIONS = ("s2t", "s2tw", "s2hk")


def _is_ideograph(c: str) -> bool:
    return any(lo <= ord(c) < hi for lo, hi in BLOCKS)


def groups() -> list[str]:
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.get(c, c) != c:
            parent[c] = parent.get(parent[c], parent[c])
            c = parent[c]
        return c

    def join(a: str, b: str) -> None:
        if a != b and _is_ideograph(a) and _is_ideograph(b):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

    chars = "".join(chr(cp) for lo, hi in BLOCKS for cp in range(lo, hi))
    for conversion in CHARACTER_CONVERSIONS:
        converted = opencc.OpenCC(conversion).convert(chars)
        assert len(converted) == len(chars), conversion
        for a, b in zip(chars, converted):
            join(a, b)
    import jieba
    words = [line.split(" ", 1)[0] for line in (Path(jieba.__file__).parent / "dict.txt").read_text(encoding="utf-8").splitlines()]
    text = "\n".join(words)
    for conversion in WORD_CONVERSIONS:
        converted = opencc.OpenCC(conversion).convert(text).split("\n")
        for word, other in zip(words, converted):
            if len(word) == len(other):
                for a, b in zip(word, other):
                    join(a, b)
    members: dict[str, set[str]] = {}
    for c in list(parent):
        members.setdefault(root(c), {root(c)}).add(c)
    return sorted("".join(sorted(g)) for g in members.values() if len(g) > 1)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    text = "".join(g + "\n" for g in groups())
    if a.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("script_forms.txt " + ("is current" if same else "differs from what OpenCC gives: rebuild it"))
        sys.exit(0 if same else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {text.count(chr(10))} groups")


if __name__ == "__main__":
    main()
