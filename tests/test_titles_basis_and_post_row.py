"""Two forms the session-21 end check's fresh pages showed, each a form of how such texts are built: an official text
opening on the basis it acts on (根据会议安排，现就…作一发言: the preposition's phrase is no clause, whatever verb-like
noun it holds), and a news site's post row of the date and its column's name (2015.04.16投資), never the headline.
The pages are ours."""
from pathlib import Path

import pytest

from indexer.reading.pipeline import read_file


def title_of(tmp_path: Path, text: str) -> str:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return read_file(page, tmp_path).reports[0].title


@pytest.mark.parametrize("opening, title", [
    ("根据会议安排，现就我园2014年工业和投资促进工作作一表态发言。", "根据会议安排，现就我园2014年工业和投资促进工作作一表态发言"),
    ("按照县委部署，青松工业园区全力推进项目建设，今年新开工项目20个。", "按照县委部署，青松工业园区全力推进项目建设"),
    ("依据市政府的统一要求，开发区完成了全部企业的安全检查，共排查隐患36处。", "依据市政府的统一要求，开发区完成了全部企业的安全检查"),
])
def test_a_lead_opening_on_its_basis_runs_to_the_act(tmp_path, opening, title):
    assert title_of(tmp_path, opening + "\n一、工作目标\n今年，我园将新开工项目20个。\n") == title


@pytest.mark.parametrize("row", ["2015.04.16投資", "2023-05-12 新闻", "2021/3/8 | 园区"])
def test_a_post_row_of_date_and_column_is_no_title(tmp_path, row):
    page = (f"{row}\n分享\n青松加工區擴廠增資達38億元\n"
            "經濟部加工出口區管理處今日表示，青松加工區去年共有12家廠商擴廠增資，金額達38億元。\n")
    assert title_of(tmp_path, page) == "青松加工區擴廠增資達38億元"
