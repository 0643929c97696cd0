"""Session 12, issue 12: news datelines, bylines and page furniture are never titles.

Each row is our own line (invented names), written as Chinese papers, portals and forums print these lines;
the pages in tests/gold/authored/b12_*.txt show the same patterns in context.
"""
import pytest

from indexer.reading import clean, titles


@pytest.mark.parametrize("line, credit", [
    # a lead's dateline and byline set on a line of their own
    ("本报讯（记者 林一帆 通讯员 钟小溪）", True),
    ("澄江网云州10月18日电(记者 宋晓岚)", True),
    ("栖霞湾日报报道（通讯员 乔明远 记者 方若溪）", True),
    ("新华社长春12月3日电（记者 宋晓岚、乔明远）", True),
    # a paper's marked byline, with who wrote and who took the pictures
    ("□记者 宋晓岚/文 乔明远/图", True),
    ("◎栖霞湾日报全媒体记者 方若溪", True),
    ("■本报记者 方若溪", True),
    ("首席记者 宋晓岚", True),
    # headlines, and brackets that credit nobody
    ("栖霞湾高新区召开招商引资工作推进会", False),
    ("（2024年1月18日）", False),
    ("（电子信息产业园）", False),
    ("（新闻发布会）", False),
    ("栖霞湾日报报道栖霞湾高新区新签约项目28个", False),
    ("记者从栖霞湾高新区获悉，前三季度该区新签约项目28个", False),
])
def test_credit_lines(line, credit):
    assert titles.is_credit_line(line) is credit
    if credit:
        assert titles.title_score(line) == 0


@pytest.mark.parametrize("lines, title", [
    (["本报讯（记者 林一帆 通讯员 钟小溪）", "3月12日，青杉工业园区召开项目建设动员大会，37个重点项目集中开工。"],
     "3月12日，青杉工业园区召开项目建设动员大会"),
    (["◎栖霞湾日报全媒体记者 方若溪 7月23日，栖霞湾高新区组织企业赴长三角开展招商推介，洽谈项目21个。"],
     "7月23日，栖霞湾高新区组织企业赴长三角开展招商推介"),
    (["禾丰经济开发区门户网站", "近日，禾丰经济开发区召开安全生产工作会议，部署开展隐患排查整治行动。"],
     "近日，禾丰经济开发区召开安全生产工作会议"),
])
def test_title_from_lead_passes_credits_and_brands(lines, title):
    assert titles.pick_title_line(lines) is None
    assert titles.title_from_lead(lines) == title


@pytest.mark.parametrize("line, brand", [
    ("禾丰经济开发区门户网站", True),
    ("禾丰县人民政府网站", True),
    ("禾丰经济开发区管理委员会 LOGO", True),
    ("禾丰经济开发区 HEFENG ECONOMIC DEVELOPMENT ZONE", True),
    ("禾丰经济开发区上线新版门户网站", False),  # news about a site
    ("禾丰经济开发区启用新标识", False),  # news about a logo
    ("禾丰经济开发区召开AI产业大会", False),
])
def test_site_brand_lines(line, brand):
    assert bool(titles.SITE_BRAND_LINE.fullmatch(line)) is brand
    assert (titles.title_score(line) == 0) is brand


@pytest.mark.parametrize("line, furniture", [
    ("無障礙瀏覽 預設字體大小 列印 分享", True),
    ("字体大小：大 中 小 | 订阅RSS | 打印本页 | 关闭窗口", True),
    ("使用道具 举报", True),
    ("本版积分规则 发表回复 回帖后跳转到最后一页", True),
    ("Archiver|手机版|小黑屋|白沙论坛", True),
    ("GMT+8, 2024-1-3 10:21 , Processed in 0.052931 second(s), 22 queries .", True),
    ("大 中 小", False),  # sizes alone are no row of tools
    ("园区将分享发展经验", False),
    ("白沙镇工业园区打印机生产项目开工", False),
])
def test_reader_tools_and_forum_furniture(line, furniture):
    assert clean.is_boilerplate_line(line) is furniture


@pytest.mark.parametrize("title, after, expected", [
    ("柳河经济开发区产业发展调研报告摘 要", ["本文分析了…"], "柳河经济开发区产业发展调研报告"),
    ("青岭经济开发区产城融合发展路径研究摘要", ["本文以青岭经济开发区为例，分析了…"], "青岭经济开发区产城融合发展路径研究"),
    ("青岭经济开发区产城融合发展路径研究摘要", ["随着…", "关键词：开发区；产城融合"], "青岭经济开发区产城融合发展路径研究"),
    # a summary's own title: its label is on the next line, or no abstract follows
    ("柳河经济开发区2023年工作总结摘要", ["摘要：2023年，柳河经济开发区完成…"], "柳河经济开发区2023年工作总结摘要"),
    ("柳河县2023年政府工作报告摘要", ["各位代表：…"], "柳河县2023年政府工作报告摘要"),
])
def test_abstract_label_after_title(title, after, expected):
    assert titles.strip_abstract_label(title, after)[0] == expected


@pytest.mark.parametrize("line, parts", [
    ("园区观察丨赵志明：让“链主”企业带动产业集群成势 12月4日，枫林高新区党工委书记赵志明表示，园区将引育配套企业。",
     ["园区观察丨赵志明：让“链主”企业带动产业集群成势", "12月4日，枫林高新区党工委书记赵志明表示，园区将引育配套企业。"]),
    # a sentence or a dateline before the date is no headline
    ("会议指出，今年以来工作成效明显。 5月7日，园区召开安全生产工作会议，部署隐患排查整治。", None),
    ("新华社长春12月3日电 3日，枫林高新区召开招商引资工作推进会，通报前11个月招商情况。", None),
])
def test_headline_run_into_its_dated_lead(line, parts):
    assert clean._split_headline_before_lead(line) == (parts or [line])
