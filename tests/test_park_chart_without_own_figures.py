"""A park whose reports state only others' or parts' figures (scope 其他) has a table of them, marked, and a chart that
says it has nothing of the park's own to draw — naming the indicator, never "None"."""
import pytest

from indexer.build import build_index
from webui import create_app


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    (corpus / "report.txt").write_text("青禾工业园区2023年工作总结\n一、经济运行\n全县完成工业总产值60亿元，同比增长6%。\n",
                                       encoding="utf-8")
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return create_app({"INDEX_DIR": str(index), "CORPUS_DIR": str(corpus), "TESTING": True}).test_client()


def test_the_chart_names_what_it_cannot_draw(web):
    page = web.get("/park/青禾工业园区").get_data(as_text=True)
    assert "60亿元（非园区整体）" in page
    assert "“工业总产值”没有可以画在一张图上的园区自身的数字" in page
    assert "None" not in page
