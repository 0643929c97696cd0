"""Furniture read in session 30: rows that are data or the site's, which the layout's line-joining must not run into the
text, and the header above a breadcrumb that leads to the text. Own pages."""
from conftest import read_page


def test_an_encyclopedia_entrys_infobox_keeps_its_name_as_title(tmp_path):
    # (the entry's name printed twice over an infobox whose coordinates row holds a ; — a row of figures, no sentence:
    # the name is not a slogan the text shares no words with, and the row is not half of a sentence run into the next)
    page = ("南屿经济开发区\n百科，自由的百科全书\n南屿经济开发区\n开发区\n"
            "坐标：27°1′12″N 118°30′00″E / 27.02000°N 118.50000°E / 27.02000; 118.50000\n"
            "国家 中华人民共和国\n上级行政区南平市\n人口\n总计21,406人\n电话区号+86 (0)599\n"
            "南屿经济开发区，是经福建省人民政府批准设立的省级经济开发区，于1993年5月设立，规划面积12.6平方公里。\n"
            "历史\n南屿地处闽江上游，开发区设立以前以农业为主。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南屿经济开发区", report.evidence["title"]
    assert "南屿经济开发区，是经福建省人民政府批准设立的省级经济开发区" in report.text
    assert "109" not in report.title and "坐标" not in report.title
    assert not any(line.startswith("坐标") and "开发区，是经" in line for line in report.text.split("\n"))


def test_a_tag_row_after_the_sites_word_is_no_half_sentence(tmp_path):
    page = ("推荐 热门: 水泵  阀门  轴承  变频器  减速电机  输送带  称重仪表\n"
            "临溪文化创意园区运营模式研究报告\n"
            "引言\n文化创意园区是城市更新的重要抓手。截至2024年，临溪文化创意园区入驻企业186家，年营业收入12.3亿元。\n"
            "一、园区的发展历程\n临溪文化创意园区于2012年由老厂房改建而成。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "临溪文化创意园区运营模式研究报告", report.evidence["title"]
    assert "水泵" not in report.text


def test_the_sites_contact_row_over_the_headline_is_furniture(tmp_path):
    page = ("合作/投稿/广告：021-64587213  在线咨询  发邮件\n"
            "东港物流园区一季度货运量增长两成\n"
            "来源：东港日报  2024-04-12\n"
            "记者从东港物流园区获悉，一季度园区完成货运量320万吨，同比增长21%，新引进物流企业9家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "东港物流园区一季度货运量增长两成", report.evidence["title"]
    assert "021-64587213" not in report.text


def test_a_phone_number_in_a_sentence_of_the_text_stays(tmp_path):
    page = ("东港物流园区2024年工作总结\n"
            "2024年，东港物流园区完成货运量1320万吨，同比增长12%。\n"
            "园区企业服务中心热线0571-8866 2211，全天受理企业诉求，全年办结率100%。\n")
    (report,) = read_page(tmp_path, page)
    assert "0571-8866 2211" in report.text


def test_the_header_above_a_breadcrumb_to_the_text_is_the_sites(tmp_path):
    # (the site's advert is a sentence, so no rule of form drops it; the crumb ending in 正文 says the text starts below)
    page = ("为助力园区绿色发展，绿源资讯网隆重推出《园区低碳案例征集计划》，五大平台联动，为入选园区带来最大曝光。\n"
            "绿源资讯网 > 新闻中心 > 正文\n"
            "华东某研究院：园区如何推进减污降碳协同增效\n"
            "更新时间：2023-06-02 09:15  来源：研究院  阅读：962\n"
            "在“双碳”目标下，产业园区是减污降碳的主战场。课题组梳理了全国30多家园区的做法，总结出三条经验。\n"
            "一、能源结构优化\n园区推广分布式光伏，2022年装机容量同比增长40%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "华东某研究院：园区如何推进减污降碳协同增效", report.evidence["title"]
    assert "隆重推出" not in report.text


def test_a_breadcrumb_low_on_a_short_page_keeps_what_is_above(tmp_path):
    # (where the header would outweigh what is under the crumb, the crumb is no header's end: nothing is cut)
    page = ("青禾工业园区2023年工作总结\n"
            "2023年，青禾工业园区完成规上工业产值86亿元，同比增长9%，新签约项目21个，总投资58亿元，园区基础设施"
            "进一步完善，营商环境持续优化，企业满意度明显提升。\n"
            "首页 > 工作动态 > 正文\n")
    (report,) = read_page(tmp_path, page)
    assert "完成规上工业产值86亿元" in report.text


def test_a_blogs_category_widget_over_the_text_is_no_title(tmp_path):
    page = ("Categories园区\n2022年05月11日\n"
            "柔佛州政府与一家发展商达成协议，在新山东部发展滨海工业园，势必带动周边房地产市场。\n"
            "滨海工业园总面积达1万2000英亩，其中8000英亩为发展区。\n")
    (report,) = read_page(tmp_path, page)
    assert not report.title.startswith("Categories"), report.evidence["title"]
    assert "Categories" not in report.text
