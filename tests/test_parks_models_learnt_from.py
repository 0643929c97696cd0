"""A park held up as a model, the object of learning from it (要深化对某某工业园区先进理念和成功经验的学习, 学习借鉴某某
高新区经验, 对标某某开发区, 向某某开发区学习), is another park than the one the text is about: it is never the report's
park, however early it is named. The park that learns is named before the verb (某某开发区借鉴先进地区经验) and stays
the subject. Page s9p04 is our own, showing a pattern seen on a real page nobody here wrote."""
from pathlib import Path

import pytest

from indexer.reading.parks import choose_park
from indexer.reading.pipeline import read_file

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"


@pytest.mark.parametrize("body", [
    "调研组指出，园区要继续深化对樟树工业园区先进理念和成功经验的学习，推动项目早落地。",
    "今年以来，园区学习借鉴北仑高新区经验，推行“标准地”出让，新供地12宗。",
    "园区全面对标郯城经济开发区，开展营商环境提升行动，签约项目18个。",
    "会议要求，全体干部要向樟树工业园区学习，比学赶超，力争全年签约项目30个。",
])
def test_a_park_learnt_from_is_not_the_reports_park(body):
    park, mentioned, why = choose_park("园区调研座谈会召开", body)
    assert park is None, why
    assert "学习借鉴的对象" in why


@pytest.mark.parametrize("body, park", [
    ("今年以来，樟树工业园区借鉴先进地区经验，推行“标准地”出让，新供地12宗。", "樟树工业园区"),
    ("樟树工业园区组织干部学习贯彻全会精神，部署下半年招商引资工作。", "樟树工业园区"),
])
def test_the_park_that_learns_is_still_the_subject(body, park):
    assert choose_park("园区工作动态", body)[0] == park


def test_our_page_names_no_park():
    (report,) = read_file(AUTHORED / "s9p04_model_park_learnt_from.txt", AUTHORED).reports
    assert report.park is None
    assert "樟树工业园区" in report.evidence["park"]  # inspect names the model and says why it is not the park
