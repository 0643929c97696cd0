"""bench/text_kept.py, which lists the paragraphs of prose a page loses on the way into its reports (run by hand)."""
from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import text_kept  # noqa: E402

from indexer.reading.clean import dropped_furniture, normalize_line  # noqa: E402
from indexer.reading.pipeline import read_file  # noqa: E402
from indexer.text import CJK  # noqa: E402

_KEPT = ("今年以来，汀州工业园区坚持项目为王，全年新引进项目20个，完成工业总产值120亿元，同比增长15%，园区综合实力"
         "在全省省级开发区考核中跃居第三位，主导产业集聚效应日益显现。")
_DISCLAIMER = ("免责声明：本文为转载，非本网原创内容，不代表本网观点。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中"
               "全部或者部分内容的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。")


def test_a_dropped_disclaimer_is_listed_with_its_reason_and_the_text_is_not(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(f"URL: http://example.cn/1.html\n汀州工业园区2023年工作总结\n{_KEPT}\n{_DISCLAIMER}\n", encoding="utf-8")
    lost = text_kept.lost_lines(page, read_file, normalize_line, dropped_furniture, CJK)
    assert [line for line, _why in lost] == [_DISCLAIMER]
    assert lost[0][1], lost  # (the cleaner's reason is given)


def test_the_command_counts_the_pages_that_lost_prose(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(f"URL: x\n汀州工业园区2023年工作总结\n{_KEPT}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"URL: x\n汀州工业园区2023年工作总结\n{_KEPT}\n{_DISCLAIMER}\n", encoding="utf-8")
    assert text_kept.main([str(tmp_path), "--checkout", str(REPO)]) == 0
    assert capsys.readouterr().out.strip().endswith("读了 2 个网页，1 个有成段文字没有进入报告")
