"""Session 42 furniture: the text a reader reads is kept where the site's rules took it for a menu (a headline's kicker
set as a couplet under the post row, a list of short items a sentence introduces with its colon), and more of the
site's rows go (credits in forms not covered, list headers naming their topic). Own small pages: invented parks,
places and names, numbers of our own."""
import pytest

from conftest import read_page

from indexer.reading.clean import clean_text

HEAD = "白溪青岭共建产业园"
LEAD = ("5月16日，白溪县开发区赴青岭市开展产业协作调研，就两地共建产业园区与当地座谈交流，双方签署了合作框架协议，"
        "将推动两地产业链协同发展。")
MORE = "园区规划面积12平方公里，预计三年内完成基础设施建设，引进企业40家。"


# ------------------------------------------------------------ a kicker's couplet under the post row

@pytest.mark.parametrize("kicker", [
    ["打破行政界限", "实现互利共赢"],
    ["聚焦主导产业链", "打造千亿级园区"],
])
def test_a_kickers_couplet_under_the_post_row_stays(kicker):
    page = "\n".join([HEAD, "来源：白溪发布", "发布日期：2023-05-17 10:41", "分享：", *kicker, LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, *kicker, LEAD, MORE])


@pytest.mark.parametrize("widgets", [
    ["朗读", "内容导航"],  # a post row's widgets: words of any length
    ["新闻内容"],
    ["手机移动端", "听新闻"],  # (phrases of different lengths are no couplet)
])
def test_the_widgets_under_the_post_row_still_go(widgets):
    page = "\n".join([HEAD, "来源：白溪发布", "发布日期：2023-05-17 10:41", *widgets, LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])


# ------------------------------------------------------------ a list a sentence introduces with its colon

def test_short_items_after_a_colon_stay():
    page = "\n".join(["白溪开发区2023年工作总结", LEAD, "今年工作重点：", "招商引资", "项目建设", "园区配套", MORE])
    assert clean_text(page) == "\n".join(["白溪开发区2023年工作总结", LEAD, "今年工作重点：", "招商引资", "项目建设",
                                          "园区配套", MORE])


def test_a_run_of_short_cells_with_no_colon_over_it_still_goes():
    # (a title the site cut into tags, a column's cells: no sentence introduces them)
    page = "\n".join([HEAD, "政策解读", "经济发展", "社会发展", "项目中心", LEAD, MORE])
    assert clean_text(page) == "\n".join([HEAD, LEAD, MORE])
