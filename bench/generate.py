"""A deterministic corpus of synthetic park work reports, for the benchmark and for tests.

Each report is a title line (park, year, period, document type), an opening
paragraph and four numbered sections (成效进展 / 做法措施 / 存在问题 / 计划安排
headings) whose bodies are sentences drawn from ``sentences.txt`` (a sample of
the State Council's government work reports) and from the seed pages in
``corpus/``. The same ``(n, seed)`` always gives byte-identical files, so a
benchmark run can be repeated and a test can predict what it will find.

    python bench/generate.py OUT_DIR --reports 1000 [--seed 7] [--chars 3000]
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SENTENCES = HERE / "sentences.txt"
SEED_CORPUS = REPO / "corpus"

PARK_PREFIXES = ("金岭", "东湖", "青山", "临港", "滨江", "高新", "经开", "龙泉", "西城", "北岸",
                 "南湖", "红星", "长河", "白云", "新城", "汇川", "望江", "凤凰", "明珠", "太平")
PARK_SUFFIXES = ("工业园", "工业园区", "经济开发区", "产业园")
PERIODS = ("", "上半年", "下半年", "第一季度", "1-8月份")
DOC_TYPES = ("工作总结", "工作计划", "工作汇报", "工作报告")
HEADINGS = (
    ("一、{year}年主要工作成效", "一、工作进展情况", "一、主要成效"),
    ("二、主要做法", "二、采取的主要措施", "二、工作举措"),
    ("三、存在的问题", "三、存在的困难和问题", "三、面临的问题"),
    ("四、{next}年工作计划", "四、下一步工作安排", "四、下步工作打算"),
)


def load_sentences() -> list[str]:
    """Sentences from the bundled sample and the seed pages (both inside the repository)."""
    lines = [s for s in SENTENCES.read_text(encoding="utf-8").splitlines() if s and not s.startswith("#")]
    for path in sorted(SEED_CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="ignore")
        lines += [s.strip() for s in re.split(r"(?<=[。；])", text) if 12 <= len(s.strip()) <= 90
                  and "\n" not in s.strip()]
    return lines


def make_report(rng: random.Random, sentences: list[str], chars: int, i: int) -> tuple[str, str]:
    """``(file name, text)`` of report number ``i``."""
    park = rng.choice(PARK_PREFIXES) + rng.choice(PARK_SUFFIXES)
    year = rng.randint(2005, 2024)
    title = f"{park}{year}年{rng.choice(PERIODS)}{rng.choice(DOC_TYPES)}"
    per_section = max(1, chars // 5)
    parts = [title, f"{year}年以来，{park}管委会在县委、县政府的坚强领导下，"
                    f"{''.join(rng.choice(sentences) for _ in range(2))}现将有关情况汇报如下："]
    for options in HEADINGS:
        parts.append(rng.choice(options).format(year=year, next=year + 1))
        body, size = [], 0
        while size < per_section:
            sentence = rng.choice(sentences)
            body.append(sentence)
            size += len(sentence)
            if len(body) % 4 == 0:
                parts.append("".join(body))
                body = []
        if body:
            parts.append("".join(body))
    return f"{i:05d}_{park}_{year}.txt", "\n".join(parts) + "\n"


def generate(out_dir: Path, reports: int, seed: int = 7, chars: int = 3000) -> list[Path]:
    """Write ``reports`` synthetic reports (about ``chars`` characters each) into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sentences = load_sentences()
    paths = []
    for i in range(reports):
        name, text = make_report(rng, sentences, chars, i)
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="生成确定性的合成园区报告语料（用于基准测试和测试）。")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--chars", type=int, default=3000, help="每篇报告大约多少字")
    args = parser.parse_args(argv)
    paths = generate(args.out_dir, args.reports, args.seed, args.chars)
    total = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"{len(paths)} 篇报告，共 {total} 字 → {args.out_dir}")


if __name__ == "__main__":
    main()
