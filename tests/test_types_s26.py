"""Doc types read in session 26 (reading version 105). Own pages, own names.

A reporter telling what they saw or learnt (记者不禁为之震撼, 记者从…获悉, 据记者了解) is the narrator only a news story
has: such a text told in the third person is 简报, though the people it quotes speak as 我们. A unit's own text that
speaks as 我们 in its own words stays what it is.
"""
import pytest

from conftest import read_page


@pytest.mark.parametrize("text", [
    "“移山”建起物流园\n發布于:2011/1/7 來源:青川物流 點擊次數:站在附近的山顶，鸟瞰建设中的物流园区，记者不禁为之震撼：东边是信息平台区，"
    "南边是配送区，西边是建材城。“为了赶工期，我们半年时间推平了一座小山！”这句话在工地上流传很广。园区规划面积3平方公里。\n"
    "园区将加快建设。",
])
def test_a_story_a_reporter_narrates_is_news(tmp_path, text):
    (report,) = read_page(tmp_path, text + "\n")
    assert report.doc_type == "简报"


def test_a_units_own_text_speaking_as_we_is_no_news(tmp_path):
    text = ("物流园区2023年工作总结\n今年以来，我们紧紧围绕年初目标，加快园区建设，接待来访记者20余批次，记者看到园区变化都很感叹。"
            "园区一期工程已完成八成，二期正在招标。\n下一步，我们将加快建设。\n")
    (report,) = read_page(tmp_path, text)
    assert report.doc_type == "工作总结"


def test_a_statistics_bulletin_is_a_work_report(tmp_path):
    # (docs/labelling.md: 工作报告 is also a statistics bulletin — the year's figures a place reports by its statistics office)
    text = ("青川高新区2023年国民经济和社会发展统计公报\n2023年，全区实现地区生产总值120亿元，同比增长6.5%。\n"
            "一、综合\n全年实现地区生产总值120亿元。\n")
    (report,) = read_page(tmp_path, text)
    assert report.doc_type == "工作报告"
