"""Key figures at scale: reading them, a park's page, the series API and the CSV export.

Writes a corpus of N synthetic park reports (P parks × years, each stating a dozen
figures), builds an index, then times figure extraction per report and the park
page / API / CSV through the real app (Flask test client, no network). Run by hand:

    python bench/figures.py --reports 1000 --parks 20

and note `uptime` with the numbers (docs/benchmarks.md).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENTENCES = [
    "全年，园区完成工业总产值{a}亿元，同比增长{g}%；实现税收{b}亿元，同比增长{g2}%。",
    "完成固定资产投资{c}亿元，其中工业投资{d}亿元；招商引资到位资金{e}亿元。",
    "全年新签约项目{n1}个，签约资金{f}亿元；新开工项目{n2}个，竣工投产项目{n3}个。",
    "园区现有规上企业{n4}家，入园企业达到{n5}家，从业人员{p}万人。",
    "预计明年实现工业总产值{a2}亿元，力争税收突破{b2}亿元。",
]
PARK_NAMES = [a + b for a in "青金云凤石龙白桃" for b in "山岭溪阳门泉湖源"]  # 64 two-character names
FILLER = "园区坚持项目为王，持续优化营商环境，强化要素保障，推动产业链延链补链强链，各项工作稳步推进。"


def write_corpus(folder: Path, reports: int, parks: int, seed: int, filler: int = 8) -> None:
    rng = random.Random(seed)
    for i in range(reports):
        park = PARK_NAMES[i % parks] + "工业园区"
        year = 2000 + i // parks % 25
        values = {k: round(rng.uniform(1, 200), 1) for k in "abcdef"} | {
            "g": round(rng.uniform(-5, 30), 1), "g2": round(rng.uniform(-5, 30), 1), "p": round(rng.uniform(0.1, 5), 2),
            "a2": round(rng.uniform(100, 300), 1), "b2": round(rng.uniform(1, 20), 1),
            **{f"n{k}": rng.randint(1, 300) for k in range(1, 6)}}
        body = "\n".join(s.format(**values) + FILLER * filler for s in SENTENCES)
        text = f"{park}{year}年工作总结\n一、主要经济指标\n{body}\n"
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="关键指标的基准测试（抽取、园区主页、序列接口、CSV）")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--parks", type=int, default=20, help="at most 64")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--filler", type=int, default=8,
                        help="filler sentences after each figure sentence (8: ~2.5 KB a report; 40: ~10 KB, like real ones)")
    args = parser.parse_args(argv)

    from indexer.build import build_index
    from indexer.reading.pipeline import read_file
    from indexer.search import figures as figures_module
    from webui import create_app, get_service

    with tempfile.TemporaryDirectory() as tmp:
        corpus, index = Path(tmp) / "corpus", Path(tmp) / "index"
        corpus.mkdir()
        write_corpus(corpus, args.reports, args.parks, args.seed, args.filler)
        files = sorted(corpus.glob("*.txt"))[:200]
        started = time.perf_counter()
        figures = sum(len(r.indicators) for f in files for r in read_file(f, corpus).reports)
        read_ms = (time.perf_counter() - started) * 1000 / len(files)
        started = time.perf_counter()
        build_index(corpus, index)
        build_s = time.perf_counter() - started
        client = create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True}).test_client()
        park = PARK_NAMES[0] + "工业园区"
        assert client.get(f"/park/{park}").status_code == 200
        rows = {
            "park page": timed(lambda: client.get(f"/park/{park}?indicator=税收"), args.repeat),
            "api one park": timed(lambda: client.get(f"/api/indicators?park={park}&name=税收"), args.repeat),
            "csv one park": timed(lambda: client.get(f"/indicators.csv?park={park}"), args.repeat),
            "park page all": timed(lambda: client.get(f"/park/{park}"), args.repeat),
            "api all parks": timed(lambda: client.get("/api/indicators?name=税收"), max(3, args.repeat // 5)),
            "api everything": timed(lambda: client.get("/api/indicators"), max(3, args.repeat // 5)),
        }
        with client.application.app_context():  # the stored figures alone, without building JSON
            service = get_service()
            rows["rows all parks"] = timed(lambda: figures_module.indicator_rows(service), max(3, args.repeat // 5))
            rows["rows one park"] = timed(lambda: figures_module.indicator_rows(service, park), args.repeat)
        rows |= {
        }
    print(f"{args.reports} reports, {args.parks} parks; build {build_s:.1f} s; reading a report (with its "
          f"{figures / len(files):.0f} figures) {read_ms:.1f} ms")
    for name, ms in rows.items():
        print(f"  {name:14s} median {statistics.median(ms):7.1f} ms   p95 {sorted(ms)[int(len(ms) * 0.95) - 1]:7.1f} ms")


if __name__ == "__main__":
    main()
