"""Session 39, round 2 furniture (issue 12): a picture's credit by two photographers or by where it was taken from, the
copy's source as a bare label, a forum's counters side by side, a question-and-answer site's frame, a share control's
label. Own small pages: the body kept, the furniture dropped, exactly; and the report's own lines that look alike kept."""
import pytest

from indexer.reading.clean import clean_text

HEAD = "青岚经济开发区召开一季度项目推进会"
LEAD = "3月5日，青岚经济开发区召开一季度项目推进会，部署全年重点项目建设工作。"
MORE = "会议要求，各部门要加快项目落地，确保全年完成工业总产值150亿元。"
PAGE = HEAD + "\n" + LEAD + "\n" + MORE


@pytest.mark.parametrize("raw, expected", [
    # a caption closed by its two photographers, their outlet before them, or by where the picture was taken from
    (HEAD + "\n3月5日，推进会在园区举行。 青岚日报通讯员周某、吴某摄\n" + LEAD + "\n" + MORE, PAGE),
    (HEAD + "\n3月5日，推进会在园区举行。记者 周某 吴某摄\n" + LEAD + "\n" + MORE, PAGE),
    (HEAD + "\n嘉宾参观园区规划沙盘。 图源:青岚日报\n" + LEAD + "\n" + MORE, PAGE),
    (HEAD + "\n图片来源：青岚发布\n" + LEAD + "\n" + MORE, PAGE),
    # where the copy was taken from, its verb a bare label
    (HEAD + "\n转自:青岚日报融媒\n" + LEAD + "\n" + MORE, PAGE),
    (HEAD + "\n转载自：青岚新闻网\n" + LEAD + "\n" + MORE, PAGE),
    # a forum's counters side by side over the post
    (HEAD + "\n查看: 1237|回复: 0\n" + LEAD + "\n" + MORE, PAGE),
    (HEAD + "\n阅读: 88  评论: 2\n" + LEAD + "\n" + MORE, PAGE),
    # a question-and-answer site's frame: the body as the title, the disclaimer of its users' answer, its other questions
    (HEAD + "\n如题所述\n" + LEAD + "\n" + MORE + "\n温馨提示：答案为网友推荐，仅供参考\n相似回答", PAGE),
    (HEAD + "\n如题\n" + LEAD + "\n" + MORE + "\n类似问题\n青岚开发区在哪里\n青岚开发区有哪些企业", PAGE),
    # a share control's label, its buttons lost
    (HEAD + "\n分享该报道至\n" + LEAD + "\n" + MORE, PAGE),
    (PAGE + "\n分享本文到：", PAGE),
    # an expander's control alone on its line
    (HEAD + "\n" + LEAD + "\n显示全部表格信息\n" + MORE, PAGE),
    (HEAD + "\n" + LEAD + "\n展开全部内容\n" + MORE, PAGE),
    # a county's media brand printed over its story
    (HEAD + "\n青岚融媒\n" + LEAD + "\n" + MORE, PAGE),
    # the day's widget over the headline, its weekday in brackets
    ("2024年04月12日 (周五)\n" + PAGE, PAGE),
    ("2024年04月12日（星期五）\n" + PAGE, PAGE),
    # a list of other headlines under its header cut to its last characters, still closed by its colon
    (PAGE + "\n荐阅读:\n东川:公园健身器材缺胳膊少腿\n西岭市南湖公园步道完工", PAGE),
])
def test_furniture_goes(raw, expected):
    assert clean_text(raw) == expected
    assert clean_text(expected) == expected


@pytest.mark.parametrize("page", [
    # a sentence naming two people and what they did, a picture in a report's words, the source of a report's data
    PAGE + "\n园区聘请周某、吴某为招商顾问。",
    # a caption credited to the paper's own staff stays, as the item's own credit does
    PAGE + "\n图为园区大门。 本报记者 周某摄",
    PAGE + "\n图片展示了园区三期规划布局，来源为园区管委会规划局。",
    # a report's own lines about taking over or forwarding: a sentence, a heading with a colon and its clause
    PAGE + "\n转载：各部门要转发本通知至下属单位。",
    PAGE + "\n园区将转自主研发成果为产业项目，全年转化12项。",
    # a table's row of labels and figures in a report's body, and a question the report asks of itself
    HEAD + "\n" + LEAD + "\n企业数:120|项目数:35\n" + MORE,
    PAGE + "\n如何推进园区高质量发展？如题所示的问题，园区已有答案：抓项目、优服务。",
    # a report's note that its figures are for reference, with no readers' answers to disclaim
    PAGE + "\n以上数据为初步统计，仅供参考。",
    # a heading about sharing, with its object
    PAGE + "\n分享到全市的经验：园区推行“拿地即开工”。",
    # a heading that shows what it is about, a unit signing as a media centre, a day a document signs with
    PAGE + "\n（三）展示园区全部成果\n园区举办成果展，展出产品300余件。",
    PAGE + "\n青岚县融媒体中心\n2024年4月12日",
    PAGE + "\n青岚经济开发区管委会\n2024年04月12日",
    # a report's heading on reading, followed by its sentence
    PAGE + "\n四、全民阅读：\n园区建成职工书屋3个，全年开展读书活动12场。",
])
def test_report_lines_stay(page):
    assert clean_text(page) == page
