"""Titles read in session 31: a titleless news item's lead runs past a clause of why (受惠…, 由於…，加上…), past the
background its subject is set against (…，某园区却…), past a subject's frame by a coverb (某开发区围绕…，), and past a
figure's thousands comma; a clause of basis (根据…要求，) is no unit acting; a breadcrumb alone is no title. Own pages."""
import pytest

from conftest import read_page


@pytest.mark.parametrize("lead, title", [
    ("〔記者林某某／南灣報導〕受惠伺服器需求持續增加，南灣科技園區上半年營業額4,120.55億元，較去年同期成長9.3%，為歷年同期新高。",
     "受惠伺服器需求持續增加，南灣科技園區上半年營業額4,120.55億元"),
    ("〔記者林某某／南灣報導〕管理局上午指出，由於記憶體庫存去化順利，加上面板價格回穩，去年三大園區營業額逼近2兆元，再創新高。",
     "管理局上午指出，由於記憶體庫存去化順利，加上面板價格回穩，去年三大園區營業額逼近2兆元"),
    ("〔記者林某某／北嶺報導〕傳統產業開始放無薪假，北嶺加工區卻因訂單回流，一至九月營業額較去年同期成長七.二%，可望創下新高。",
     "傳統產業開始放無薪假，北嶺加工區卻因訂單回流，一至九月營業額較去年同期成長七.二%"),
])
def test_a_leads_frame_of_cause_or_contrast_runs_on_to_the_news(tmp_path, lead, title):
    (report,) = read_page(tmp_path, lead + "\n管理局表示，園區將持續優化投資環境。\n")
    assert report.title == title, report.evidence["title"]


def test_a_subjects_frame_by_a_coverb_runs_on(tmp_path):
    lead = ("今年前三季度，青川经济技术开发区围绕年初确定的目标任务，攻坚克难、多措并举，开发区工业增加值、固定资产投资等多项指标"
            "保持两位数增长。")
    (report,) = read_page(tmp_path, lead + "\n一、工业经济稳中有进\n前三季度完成规上工业增加值12.3亿元。\n")
    assert report.title.startswith("今年前三季度，青川经济技术开发区围绕年初确定的目标任务，攻坚克难"), report.evidence["title"]


def test_a_clause_of_basis_is_no_unit_acting(tmp_path):
    lead = ("为进一步深化作风建设，根据我区“大走访”活动要求，区发改局委派两名同志于2015年4月在南湖园区进行了为期十天的蹲点调研，"
            "现将调研情况报告如下。")
    (report,) = read_page(tmp_path, lead + "\n一、园区基本情况\n南湖园区现有入园企业52家。\n")
    # (the unit acting is found past the basis; since session 42 the purpose and the basis before it are kept, as the
    # lead writes them and the study labels read them)
    assert report.title == "为进一步深化作风建设，根据我区“大走访”活动要求，区发改局委派两名同志于2015年4月在南湖园区进行了为期十天的" \
                           "蹲点调研", report.evidence["title"]


@pytest.mark.parametrize("lead", [
    # must-not: a lead whose first clause is the news keeps its end there; 因地制宜 is no cause; a figure list stays cut
    "〔記者林某某／南灣報導〕南灣科技園區管理局今天公布上半年營收，園區營業額達1.2兆元，較去年同期成長18%。",
    "3月2日，东岭工业园区因地制宜发展特色产业，引进食品加工企业12家，总投资18.6亿元，带动就业2000余人。",
])
def test_a_lead_without_such_a_frame_keeps_its_first_clause(tmp_path, lead):
    (report,) = read_page(tmp_path, lead + "\n园区将持续优化营商环境。\n")
    assert report.title in ("南灣科技園區管理局今天公布上半年營收", "3月2日，东岭工业园区因地制宜发展特色产业"), \
        report.evidence["title"]


def test_a_breadcrumb_alone_is_no_title(tmp_path):
    page = ("產經 > 園區動態\n"
            "〔記者林某某／南灣報導〕南灣科技園區管理局今天公布上半年營收，園區營業額達1.2兆元，較去年同期成長18%。\n"
            "管理局表示，園區將持續優化投資環境。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title != "產經 > 園區動態" and "南灣科技園區管理局" in report.title, report.evidence["title"]


def test_a_titleless_study_saying_it_reports_how_things_stand_is_a_work_report_to_superiors(tmp_path):
    # (…情况报告如下 with no title: a report on a study or a visit, written to the leadership — 工作汇报, as a titled
    # 调研报告 or 情况的报告 is; a plan's execution reported so, 计划执行情况报告如下, goes to a congress: 工作报告)
    page = ("受县委办委派，调研组于2016年5月赴北湾工业园区开展蹲点调研，现将调研情况报告如下。\n"
            "一、园区基本情况\n北湾工业园区现有入园企业38家。\n二、存在的问题\n用地指标不足。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作汇报", report.evidence["doc_type"]


def test_a_cut_off_day_after_who_told_is_a_time_frame(tmp_path):
    lead = ("昨日，记者从市经信局获悉，截至6月20日，全市186个重点工业项目累计完成投资42.3亿元，占年度计划的51.2%。")
    (report,) = read_page(tmp_path, lead + "\n其中，青川经济开发区完成投资12.6亿元。\n")
    assert report.title == "昨日，记者从市经信局获悉，截至6月20日，全市186个重点工业项目累计完成投资42.3亿元", report.evidence["title"]


def test_a_location_label_with_its_path_lost_is_the_sites(tmp_path):
    page = ("您的当前位置:\n\n国家高新区调研组来区考察\n\n国家高新区调研组来区考察\n\n"
            "4月1日，国家高新区调研组一行8人来区考察，在管委会负责人陪同下，考察了开发区的高新技术企业。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "国家高新区调研组来区考察", report.evidence["title"]
    assert "当前位置" not in report.text


def test_a_cause_named_over_two_clauses_runs_on(tmp_path):
    lead = ("〔記者林某某／南灣報導〕受到高效能運算，以及人工智慧應用的強勁需求帶動，南灣科技園區今年1至10月營業額約1.36兆元，"
            "較去年同期成長27.8%。")
    (report,) = read_page(tmp_path, lead + "\n管理局表示，園區將持續優化投資環境。\n")
    assert report.title == "受到高效能運算，以及人工智慧應用的強勁需求帶動，南灣科技園區今年1至10月營業額約1.36兆元", \
        report.evidence["title"]


def test_a_zone_set_as_the_scene_with_a_localizer_ends_its_clause(tmp_path):
    # (jieba tags some four-character descriptions as names, 高悬 among them: the localizer after the zone's name says the
    # clause is a setting and what happens there, a clause of its own)
    lead = ("7月8日，地处青石镇东山村、南山村的南山工业开发区内彩球高悬，锣鼓齐鸣，南山工业开发区首批企业入园仪式在区内隆重举行。")
    (report,) = read_page(tmp_path, lead + "\n副县长出席仪式并讲话。\n")
    assert report.title == "7月8日，地处青石镇东山村、南山村的南山工业开发区内彩球高悬", report.evidence["title"]


def test_a_traditional_according_to_credit_opening_the_lead_stays(tmp_path):
    # (session 31 took it off, its labeller's other reading; the labellers keep it first, 4 of 4: session 34)
    page = "某某新聞網3月7日電 據《南灣日報》報道，南灣產業合作取得新進展，兩地共同推進科技產業園建設。\n園區已引進企業12家。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "據《南灣日報》報道，南灣產業合作取得新進展", report.evidence["title"]


def test_a_captions_photo_credit_leaves_the_title(tmp_path):
    page = ("Loading\n\n南湾合作中医药科技产业园(摄影:王小明)\n\n新闻局\n2019-04-04 15:44\n"
            "南湾合作中医药科技产业园位于南湾新区高新技术片区，于2011年4月奠基，占地面积50万平方米。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南湾合作中医药科技产业园", report.evidence["title"]


def test_a_sites_latin_name_with_its_chinese_edition_is_no_title(tmp_path):
    page = ("Southbaykini 中文\nSOUTHBAY\n\n南湾州持续成为全国投资额之冠 州政府看好制造业吸引60亿投资\n\nwang-ming\n\n"
            "(南湾1日讯)南湾州政府看好在2013年中，在制造业获得60亿令吉的总投资额。\n州政府是根据全球经济发展而做出上述估计。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南湾州持续成为全国投资额之冠 州政府看好制造业吸引60亿投资", report.evidence["title"]
    assert "Southbaykini" not in report.text


def test_a_posts_bracketed_date_is_no_title_and_dates_it(tmp_path):
    page = ("126億投創科基建 推「再工業化」 南灣高效能大廈 租予機械人業者\n\n[2016.02.25] 發表\n"
            "本地公司研發山火探測機械人，創辦人指早前到南非參與一個森林火災探測比賽，成績不俗，透露探測系統已獲訂單。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "126億投創科基建 推「再工業化」 南灣高效能大廈 租予機械人業者", report.evidence["title"]
    assert report.year == 2016, report.evidence["year"]
    assert "發表" not in report.text.split("\n")[1]


def test_a_headline_printed_under_the_pages_title_with_the_sites_latin_name_is_the_title(tmp_path):
    page = ("南灣創科園首三座大樓落成 出租率近八成 - SBTV\nA A A\n氣溫 濕度\n新聞重溫 可重溫過去12個月的新聞\n\n"
            "南灣創科園首三座大樓落成 出租率近八成\n\n2025-12-22 HKT 15:27\n分享工具 facebook\n"
            "創科局表示，位於南灣的創新及科技園第一批次發展首三座大樓已落成，當中兩座濕實驗室大樓出租率近80%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "南灣創科園首三座大樓落成 出租率近八成", report.evidence["title"]


def test_a_disclosure_catalogues_bracketed_fields_are_no_title(tmp_path):
    page = ("中国政府网 青川市人民政府网 镇街\n繁體版 无障碍 关怀版 智能机器人 注册\n镇街\n"
            "您当前的位置:首页>>政务公开>>法定主动公开内容>>规划信息\n"
            "[ 索引号 ] /2022-00118 [ 发文字号 ]\n[ 主题分类 ] 其他 [ 体裁分类 ] 其他\n[ 发布机构 ] 其他 [ 有效性 ]\n"
            "[ 成文日期 ] 2022-03-01 [ 发布日期 ] 2022-03-01\n[ 索引号 ] /2022-00118\n[ 发文字号 ]\n[ 主题分类 ] 其他\n"
            "[ 体裁分类 ] 其他\n[ 发布机构 ] 其他\n[ 成文日期 ] 2022-03-01\n[ 发布日期 ] 2022-03-01\n\n"
            "青川高新区直管园2021年经济社会发展情况及2022年重点工作\n\n打印\n分享到\n\n一、2021年工作情况\n"
            "2021年，直管园完成规上工业总产值320亿元，同比增长12%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川高新区直管园2021年经济社会发展情况及2022年重点工作", report.evidence["title"]
    assert "[ 发布机构 ]" not in report.text


def test_a_sites_banner_is_not_joined_to_a_title_naming_its_own_subject(tmp_path):
    page = ("青川经济开发区管委会\n当前位置: 网站首页 > 政府信息公开 > 规划计划\n"
            "县开发区2022年工作总结及2023年工作计划\n发布时间:2023-01-10 17:49 信息来源:青川经济开发区管委会\n"
            "2022年工作总结\n(一)经济发展稳步运行。截至12月底，开发区共有规模工业企业106家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "县开发区2022年工作总结及2023年工作计划", report.evidence["title"]


def test_a_notice_addressed_to_units_before_each_department_is_titled_by_what_it_issues(tmp_path):
    page = ("青川区委、区政府，党工委和管委会各工作部门、各直属机构：\n"
            "现将《青川示范区党工委管委会2025年工作要点》印发你们，为确保各项目标任务圆满完成，现就有关事项通知如下：\n"
            "一、加强组织推动。各部门要明确责任分工。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青川示范区党工委管委会2025年工作要点", report.evidence["title"]
    assert report.doc_type == "工作计划", report.evidence["doc_type"]


def test_a_leads_frames_of_leadership_and_a_subjects_coverb_run_on(tmp_path):
    lead = ("2023年，在市委、市政府的正确领导下，在试验区建设领导小组和管委会精心指导下，全市各相关单位紧紧围绕“五年树标杆”目标，"
            "众志成城推动各项工作落实落地，试验区建设取得新成效。")
    (report,) = read_page(tmp_path, lead + "\n一、主要工作成效\n园区新增企业32家。\n")
    assert report.title.endswith("众志成城推动各项工作落实落地"), report.evidence["title"]


def test_a_gloss_in_brackets_with_a_full_stop_stays_in_its_sentence(tmp_path):
    lead = ("2017年，青川经济技术开发区(以下简称青川开发区。“青开”是青川开发区的简称)深入贯彻党的十九大精神，"
            "全年完成地区生产总值860亿元。")
    (report,) = read_page(tmp_path, lead + "\n一、经济运行\n园区完成工业总产值1200亿元。\n")
    assert report.title.startswith("2017年，青川经济技术开发区(以下简称青川开发区。“青开”是青川开发区的简称)深入贯彻"), \
        report.evidence["title"]


def test_an_official_title_set_on_several_lines_is_one_title_with_its_organ(tmp_path):
    page = ("发布日期:2021-10-17\n青开〔2021〕91号\n青川高新区管委会\n关于印发青川高新区国民经济和社会发展\n"
            "第十四个五年规划和二〇三五年远景目标纲要的\n通知\n各部门，各街道，有关派驻机构：\n"
            "《青川高新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》已经区党工委、管委会审议批准，现印发给你们，"
            "请认真组织实施。\n2021年10月14日\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == ("青川高新区管委会关于印发青川高新区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知"), \
        report.evidence["title"]
