"""A scraped page behind a table's empty cells (| |||||…) is a page: read, its title cut from the run of bars, and no bar
left in its text (session 25: such a page was skipped whole as undecodable noise). Own page."""
from indexer.reading.formats import looks_like_text

from conftest import read_page

BARS = "|" * 400
TEXT = ("根据《中华人民共和国政府信息公开条例》的规定，青溪高新区管委会编制2023年度报告。报告中所列数据的统计期限从2023年1月1日到"
        "12月31日止。\n一、总体情况\n今年以来，我委按照上级对政务公开工作的部署，围绕中心工作以及公众关切，主动公开政府信息312条。\n")


def test_a_page_behind_table_rules_is_read_whole(tmp_path):
    page = "青溪高新区管委会2023年度政府信息公开工作报告 | " + BARS + "\n|\n" + BARS + "\n" + TEXT
    assert looks_like_text(page)
    (report,) = read_page(tmp_path, page)
    assert report.title == "青溪高新区管委会2023年度政府信息公开工作报告"
    assert "|" not in report.text and "主动公开政府信息312条" in report.text


def test_undecodable_noise_is_still_no_text():
    # bytes decoded in the wrong code page come out above ASCII: still no text
    assert not looks_like_text("".join(chr(0x80 + (i * 37) % 0x700) for i in range(2000)))


def test_bars_inside_a_row_of_cells_stay():
    # a table row with words between its bars keeps its cells (only empty cells at a line's ends go)
    from indexer.reading.furniture import strip_glued
    assert strip_glued("指标 | 2022年 | 2023年", lambda _: False) == "指标 | 2022年 | 2023年"
