"""Doc types read in session 30. Own pages.

A run of a yearbook's entries, each a paragraph opening on its label in 【】 and then on its year (【园区基础设施】截至
2015年，… / 【园区招商引资】2015年，…), is a record of the year (其他), not news, as 【概况】 already was."""
from conftest import read_page


def test_entries_labelled_and_dated_are_a_yearbooks(tmp_path):
    page = ("【园区基础设施】截至2015年，青禾产业园累计完成基础设施投资36.2亿元。主干道路、供水管网基本建成，"
            "污水处理厂投入试运行。\n"
            "【园区招商引资】2015年，青禾产业园新引进项目18个，合同利用资金42亿元，其中亿元以上项目9个。\n"
            "【园区管理】2015年，青禾产业园管委会完成机构改革，设立6个职能部门。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]
    assert "年鉴" in report.evidence["doc_type"]


def test_a_briefing_with_column_labels_stays_news(tmp_path):
    # (one column tag before a dated lead is the site's column: a news item)
    page = ("【园区动态】3月5日，青禾产业园召开2024年招商引资工作推进会，总结去年工作并部署今年重点任务。"
            "会上，园区与6家企业签订入园协议，总投资18亿元。\n"
            "园区负责人表示，今年将重点引进新材料和食品加工项目。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_text_printed_from_its_preface_is_a_books_part(tmp_path):
    page = ("前言\n循环经济园区是以资源循环利用为导向、边界和管理主体明确的产业区域。经过二十年的发展，全国循环经济园区"
            "已超过300家，其中国家级示范园区49家。\n纵观各国产业发展的历史，园区化是资源型产业转型的主要趋势，也是推动"
            "行业转变发展方式的重要载体。近年来，国家和地方陆续出台相关政策，要求新建企业必须进入合规园区，园区外的"
            "企业逐步搬迁入园，更使得循环经济园区的作用日益突出。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]
    assert report.title == "前言", report.evidence["title"]  # (as the page shows it; the labellers title such pages so)


def test_an_abstracts_label_set_off_by_a_space_is_its_title(tmp_path):
    page = ("中文摘要 省政府于2002年核定“生态工业园区推动计划”，目前全省共有4座园区正在推动中。截至2007年5月，"
            "核准入区的厂商计有44家，总投资金额约52亿元。\n本年度工作重点为园区资源循环利用链结的追踪评估。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "中文摘要", report.evidence["title"]
    assert report.text.split("\n")[1].startswith("省政府于2002年核定"), report.text[:60]


def test_a_news_lead_is_not_read_as_a_book(tmp_path):
    page = ("循环经济园区今年新增企业21家\n"
            "记者从市发改委获悉，今年以来，青禾循环经济园区新增企业21家，完成工业产值48亿元，同比增长12%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_text_opening_on_the_bodies_it_is_sent_to_is_a_notice(tmp_path):
    page = ("发布时间：2024-03-01  来源：省工业和信息化厅\n各县市区工信局、有关园区：\n"
            "2023年度，全省各省级产业园区认真贯彻落实省政府关于园区高质量发展的部署，不断推进园区产业转型升级，涌现出一批"
            "亩均效益高、创新能力强的先进园区。经综合评价，确定青禾产业园等10家园区为2023年度高质量发展园区，现予以通报。\n"
            "希望以上园区再接再厉，为全省制造业高质量发展作出新的贡献。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_report_to_its_superiors_is_no_notice(tmp_path):
    page = ("省、市各位领导：\n"
            "首先，我代表青禾产业园管委会对各位领导莅临指导表示热烈欢迎！现将园区建设情况汇报如下。\n"
            "一、基本情况\n园区规划面积12平方公里，入驻企业86家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]


def test_a_books_numbered_section_is_no_news_and_is_of_its_cut_off(tmp_path):
    page = ("第三节 产业园区成为县域经济的新引擎\n"
            "本世纪初，全省各地掀起了兴办工业园区的热潮。截至2012年年底，经过清理整顿，全省保留省级以上工业园区36个，"
            "入园企业4800多家，园区已成为县域经济发展的主要载体。园区建设也面临土地、资金和人才等方面的制约。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "其他", report.evidence["doc_type"]
    assert report.year == 2012, report.evidence["year"]


def test_a_cut_off_a_target_is_set_for_is_no_year_of_an_article(tmp_path):
    page = ("第三节 产业园区成为县域经济的新引擎\n"
            "园区是县域经济发展的主要载体，也面临土地、资金和人才等方面的制约。截至2030年，全省将建成千亿级园区10个，"
            "形成一批特色鲜明的产业集群，园区对县域经济的贡献率进一步提高。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_sum_before_plan_names_what_is_worth_it_not_the_genre(tmp_path):
    page = ("东海岸特区机构：今年已在彭亨州落实逾8亿美元投资计划\n"
            "东海岸经济特区发展理事会表示，截至6月，已在彭亨州落实的投资达8.2亿美元，创造就业机会3200个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type != "工作计划", report.evidence["doc_type"]


def test_a_plan_titled_with_its_year_stays_a_plan(tmp_path):
    page = ("青禾产业园2024年招商引资工作计划\n2024年，园区计划引进项目30个，力争到位资金50亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作计划", report.evidence["doc_type"]


def test_a_national_programmes_name_opening_a_run_on_line_is_no_title(tmp_path):
    page = ("国家火炬计划助力青禾高新区培育科技型企业,3年来青禾高新区累计获得火炬计划项目支持46项,带动企业新增研发投入"
            "12亿元,高新技术企业数量由58家增至136家,园区科技创新能力显著增强。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("国家火炬计划助力"), report.evidence["title"]
    assert report.doc_type != "工作计划", report.evidence["doc_type"]


def test_a_news_sites_summary_label_over_its_teaser_is_no_books_part(tmp_path):
    # (found on eval44 once read: 摘要 over a paper's item, its credit right after the label, is the site's teaser label)
    page = ("摘要 青禾日报讯(记者 某某)青禾县不断加大“两区一园”基础设施建设力度，开辟多种渠道招商引资，呈现出投建两旺的良好态势。\n"
            "青禾日报讯(记者 某某)青禾县不断加大“两区一园”基础设施建设力度。宽沟工业园区累计投入资金4600多万元，15户企业已入驻园区。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title != "摘要", report.evidence["title"]
    assert report.doc_type == "简报", report.evidence["doc_type"]
