"""A park's table and chart show the park's own figures: a part's or another entity's (scope 其他 — 其中东区…, a
county's, a trade's, listed since reading version 98) sits under a cell, marked, and never stands for the park,
even in a year the park states none of that name."""
from indexer.search.figures import series, year_table
from webui.present import figure_label


def row(value, year, scope="园区", status="实际", name="工业总产值"):
    return {"name": name, "value": value, "unit": "亿元", "year": year, "scope": scope, "status": status,
            "period": "全年", "masked": False, "measure": None}


def test_a_parts_figure_never_fills_the_parks_cell():
    rows = [row(120, 2022), row(45, 2022, scope="其他"), row(30, 2023, scope="其他")]
    table = year_table(rows)
    cells = {c["year"]: c for c in table["rows"][0]["cells"]}
    assert cells[2022]["main"]["value"] == 120 and [f["value"] for f in cells[2022]["others"]] == [45]
    assert cells[2023]["main"] is None and [f["value"] for f in cells[2023]["others"]] == [30]


def test_the_chart_plots_the_park_alone():
    rows = [row(120, 2022), row(30, 2023, scope="其他"), row(140, 2024)]
    assert [(r["year"], r["value"]) for r in series(rows, "工业总产值")] == [(2022, 120), (2024, 140)]


def test_a_parts_figure_says_so_on_its_label():
    assert figure_label(row(45, 2022, scope="其他")).endswith("（非园区整体）")
    assert "非园区" not in figure_label(row(120, 2022))
