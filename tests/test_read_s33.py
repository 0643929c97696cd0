"""Reading in session 33 (titles, types, years, furniture), each pattern with our own sentences: a headline filed under
its topic by a bar (某某園｜…) stays whole; a lead runs past a zone's name alone and the years it took (经过15年的开发建设，)
to its predicate, and stops at a predicate opening on an adverb of aspect (已…的…开发区); a cut-off by a half year, a
place frame after the lead's day, and a person named by post and name are no clause of their own; a day alone on its
line is never joined to the title under it; a wiki's maintenance notice is the site's, and an entry's head word stands
without its bracketed gloss; a part named for a year's work telling its results is a summary's; a headline's second
clause with its subject and predicate is news; an honour won and a zone's construction launched are background years; a
count over a span is of the span's end; a title's months without a year take the year the text writes them with."""
import pytest

from conftest import read_page


def test_a_headline_filed_under_its_topic_by_a_bar_stays_whole(tmp_path):
    page = ("東灣創科園｜陳志明：首批企業進駐率約七成 三分一來自外地及海外\n"
            "位於東灣的東灣創新科技園，第一期兩座大樓落成，早前正式開園。陳志明表示，園區佔地約30公頃。\n"
            "他說，目前已有40間企業進駐。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "東灣創科園｜陳志明：首批企業進駐率約七成 三分一來自外地及海外", report.evidence["title"]


def test_a_sentence_broken_after_a_bar_still_joins(tmp_path):
    # must-not: a long line that breaks mid-sentence with a bar in a cell keeps joining (a bar is no headline's by itself)
    page = ("青溪工业园区2023年工作总结\n"
            "今年以来，园区围绕招商引资和项目建设两大重点｜全力推进各项工作，园区规上工业企业达到56家，同比增加\n"
            "8家，实现工业总产值120亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert "同比增加8家" in report.text


def test_a_lead_runs_past_the_zones_name_and_its_years_to_the_predicate(tmp_path):
    page = ("论文部分内容阅读\n"
            "江南青溪经济开发区，经过12年的开发建设，已初步建成为产业集聚、环境优美的省级一流开发区，2015年荣获“省级生态工业园区”称号。"
            "2016年全区实现地区生产总值45.2亿元，同比增长12%；实现财政收入3.1亿元。\n"
            "一、经济发展再上新台阶\n开发区继续保持良好发展势头。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "江南青溪经济开发区，经过12年的开发建设，已初步建成为产业集聚、环境优美的省级一流开发区", \
        report.evidence["title"]
    assert report.year == 2016, report.evidence["year"]  # 2015年荣获…称号: an honour, the background


@pytest.mark.parametrize("clause", ["经过12年的开发建设", "历经十余年发展", "經過20年的建設"])
def test_the_years_a_zone_took_are_a_frame(clause):
    from indexer.reading.titles import _lacks_predicate
    assert _lacks_predicate(clause)


@pytest.mark.parametrize("clause", ["经过15年的建设已建成省级开发区", "已初步建成为产业集聚的省级开发区", "正加快建设的物流园区"])
def test_a_predicate_is_no_frame(clause):
    # must-not: the years with what they brought in one clause (…已建成…) and a clause opening on 已/正 are predicates
    from indexer.reading.titles import _lacks_predicate
    assert not _lacks_predicate(clause)


def test_an_honour_won_in_a_profiles_own_year_is_background(tmp_path):
    page = ("青溪工业园区简介\n"
            "2019年，青溪工业园区荣获“省级循环化改造示范园区”称号。2021年园区实现工业总产值88亿元，同比增长9%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2021, report.evidence["year"]


def test_a_cut_off_by_a_half_year_runs_on(tmp_path):
    page = ("截至今年上半年，著名侨乡青溪县台资企业总数达312家，实际利用台资累计达5.2亿美元。"
            "据统计，其中落户青溪经济开发区的有120家。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("截至今年上半年，著名侨乡青溪县台资企业总数达312家"), report.evidence["title"]


def test_a_day_alone_on_its_line_stays_off_the_title(tmp_path):
    page = ("2024年03月01日\n"
            "青溪日报 数字报纸\n"
            "第6版:今日开发区\n"
            "2024年目标任务\n"
            "实现地区生产总值增长6%以上;规上工业总产值增长15%以上。\n"
            "一 打造营商环境新标杆\n●一是深化体制机制改革\n●二是优化政务服务流程\n●三是强化要素资源保障\n"
            "二 打造先进制造新平台\n●一是壮大主导产业集群\n●二是培育专精特新企业\n●三是招引重大产业项目\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "2024年目标任务", report.evidence["title"]


def test_a_wikis_notice_and_an_entrys_gloss(tmp_path):
    page = ("青石工业区(英语:Qingshi Industrial Park)位于南洋西部,是该国最早设立的工业区[来源请求]。\n"
            "此条目没有列出任何参考或来源。 (2016年3月8日) |\n"
            "历史\n早期这里是一片沼泽,填平后成为工业区。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青石工业区", report.evidence["title"]
    assert "此条目" not in report.text
    assert report.year is None, report.evidence["year"]


def test_a_text_that_speaks_of_an_entry_stays(tmp_path):
    # must-not: a sentence about entries of a register is the text's
    line = "此条目下列出的企业均已通过园区准入审核，共计26家。"
    (report,) = read_page(tmp_path, "青溪工业园区企业名录说明\n" + line + "\n名录每年更新一次。\n")
    assert line in report.text


def test_a_part_named_for_a_years_work_telling_results_is_a_summarys(tmp_path):
    page = ("一、关于2022年工作\n"
            "青溪工业园区紧紧围绕高质量发展，认真落实市委、市政府各项决策部署。2022年园区经济运行总体平稳。\n"
            "(一)企业运行总体平稳\n现有规模以上企业60家。1-10月份完成产值85.2亿元，同比增长11.4%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "工作总结", report.evidence["doc_type"]


def test_a_part_naming_next_years_work_is_no_review(tmp_path):
    # must-not: a part named for the coming year's work that says what is to be done tells no results
    from indexer.reading.describe import _RESULTS_TOLD, _YEARS_WORK_PART
    assert _YEARS_WORK_PART.fullmatch("关于2023年工作")
    assert not _RESULTS_TOLD.search("2023年，园区将力争引进项目20个，重点抓好标准厂房建设。")


def test_a_headlines_second_clause_with_subject_and_predicate_is_news(tmp_path):
    page = ("林间小记 发表于 2019-4-2 10:15:07\n"
            "南扩北延,青溪白石工业园区稳步扩容\n"
            "青溪白石工业园区按照“南扩北延”的思路，新征地800亩，园区面积进一步扩大。"
            "目前已有5家企业在新区开工建设，园区发展空间得到有效拓展，承载能力明显提升，为招商引资打下了坚实基础。\n")
    (report,) = read_page(tmp_path, page)
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_documents_title_with_a_quoted_comma_is_no_headline():
    # must-not: a comma inside a quoted name is no clause of a headline
    from indexer.reading.describe import _predicate_headline
    assert _predicate_headline("关于《青溪工业园区，规划纲要》的说明") is None


def test_a_count_over_a_span_is_of_its_end(tmp_path):
    page = ("青州3年吸引外资88亿\n"
            "(青州22日讯)州投资局局长指出,在2016年至2019年8月共有520个工业计划获得批准,投资总额达到300亿令吉。\n"
            "其中有88亿令吉为外来投资。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2019, report.evidence["year"]


def test_a_plans_span_names_no_end_year():
    # must-not: a span a plan sets its goals over is a target's, and no count is made over it
    import re
    from indexer.reading.describe import _COUNTED_OVER_SPAN
    text = "2021年至2025年，园区将新引进项目100个。"
    assert not _COUNTED_OVER_SPAN.match(text, re.search("2021年", text).end())


def test_a_goal_over_a_span_keeps_its_first_year(tmp_path):
    # must-not: a total the park strives for over a span (力争累计完成) is a goal; the span's first year stays
    (report,) = read_page(tmp_path, "青溪经济开发区规划\n2021年至2025年，园区力争累计完成投资300亿元。\n")
    assert report.year == 2021, report.evidence["year"]


def test_a_titles_months_take_the_year_the_text_writes_them_with(tmp_path):
    page = ("青溪高新区1~4月经济运行分析\n"
            "一、季度指标完成情况\n"
            "1.规上工业增加值增速:1~4月,高新区共完成规上工业增加值2.1亿元,同比增长3%。\n"
            "2.固定资产投资增速:1~4月,高新区共完成固定资产投资10.2亿元,同比增长5.9%。\n"
            "3.制造业投资增速:1~4月,高新区共完成制造业投资2.2亿元,同比下降12%。\n"
            "4.战略性新兴产业产值增速:1~4月,高新区完成战新产值5.1亿元,同比增长8%。\n"
            "5.规上工业营业收入增速:1~4月,高新区完成规上工业营业收入12.4亿元,同比增长4.2%。\n"
            "6.外贸进出口增速:1~4月,高新区完成外贸进出口1.3亿元,同比增长2.1%。\n"
            "二、项目推进情况\n省重点项目库2023年1~4月在库3个,总投资40亿元,年度计划投资5亿元,1~4月完成投资1.2亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_titles_months_with_another_years_in_the_text():
    # must-not: the months written with a year in another period (2022年全年) do not date 1~4月
    from indexer.reading.describe import _title_period_dated
    assert _title_period_dated("1~4月经济运行分析", "2022年全年实现产值10亿元。今年1~4月完成产值4亿元。") is None


def test_a_zones_construction_launched_is_background(tmp_path):
    page = ("园区经济-青溪市工业园区\n"
            "时间: 2012-05-21 15:52 来源: 史志办 访问量:\n"
            "2003年5月,青溪市政府按照“政府引导、市场运作”的思路,投资2.1亿元启动青源工业城(又称青源工业园)建设。"
            "2005年6月,正式成立青溪市工业园区管理委员会。2009年,园区基础设施投资完成1.2亿元。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2009, report.evidence["year"]


def test_a_place_frame_after_the_leads_day_runs_on(tmp_path):
    page = ("近日在青溪高新区举行的6月份重点项目签约仪式上,青石科技、白沙新材料等12家企业,分别与青溪高新区投促中心签订合作协议,"
            "总投资达35亿元。\n据介绍,项目涵盖新材料、电子信息等领域。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.startswith("近日在青溪高新区举行的6月份重点项目签约仪式上,青石科技"), report.evidence["title"]


def test_visitors_named_by_post_and_name_run_on_to_the_visit(tmp_path):
    page = ("10月28日,南方化工协会副秘书长兼信息部主任赵志远,南方化工协会园区委员会秘书长杨明一行3人到青石化工区实地参观考察。\n"
            "青石化工区管委会主任陪同考察。\n")
    (report,) = read_page(tmp_path, page)
    assert "一行3人到青石化工区实地参观考察" in report.title, report.evidence["title"]


def test_a_post_and_name_with_a_verb_after_is_a_clause():
    # must-not: a clause whose person acts (某某主任赵志远到园区调研) has its predicate
    from indexer.reading.titles import _lacks_predicate
    assert not _lacks_predicate("信息部主任赵志远到园区调研")


def test_a_wikis_stub_notice_is_the_sites(tmp_path):
    page = ("青石工业区位于南洋西部，是该国最早设立的工业区。\n园区内有企业200余家。\n"
            "这是一篇与南洋相关的小作品。您可以通过编辑或修订扩充其内容。 |\n")
    (report,) = read_page(tmp_path, page)
    assert "小作品" not in report.text


def test_a_day_written_with_its_zeros_over_the_title_is_a_stamp(tmp_path):
    page = "2023年05月08日\n青溪工业园区召开项目推进会\n5月6日，青溪工业园区召开项目推进会，部署二季度重点工作。\n"
    (report,) = read_page(tmp_path, page)
    assert report.title == "青溪工业园区召开项目推进会", report.evidence["title"]
    assert not report.text.startswith("2023年05月08日")


def test_a_documents_signing_day_stays(tmp_path):
    # must-not: a document's signing day under its text, written without zeros or with them, is the document's
    page = "青溪工业园区2023年工作总结\n今年以来，园区完成工业总产值80亿元。\n青溪工业园区管委会\n2023年12月08日\n"
    (report,) = read_page(tmp_path, page)
    assert "2023年12月08日" in report.text


def test_a_sites_local_station_tag_is_the_leads_source(tmp_path):
    # (某某网某县站讯: a portal's local station names itself so before its lead, as 某某网讯 does)
    page = ("青网白沙站讯  3月18日,青溪经开区2023年工作总结暨2024年工作部署会议召开,区委常委、副区长出席会议。\n"
            "会议总结了2023年经开区工作成果,明确部署了2024年工作重点。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "3月18日,青溪经开区2023年工作总结暨2024年工作部署会议召开", report.evidence["title"]
    assert report.doc_type == "简报", report.evidence["doc_type"]


def test_a_station_named_in_a_sentence_stays(tmp_path):
    # must-not: a station of the park's named in a sentence is the text's
    line = "园区污水处理站讯息平台已于3月上线运行。"
    (report,) = read_page(tmp_path, "青溪工业园区简讯\n" + line + "\n平台实时公开出水水质。\n")
    assert line in report.text


def test_a_lead_dated_by_its_day_leaves_its_year_to_what_was_learnt(tmp_path):
    page = ("6月15日,市政府新闻办召开推动开发区高质量发展新闻发布会,市商务局主要负责人出席会议并回答了记者提问。\n"
            "据了解,2022年,市委、市政府大力实施“工业强市”战略,全市开发区深化体制机制改革,高效推进招商引资。\n"
            "今年以来,全市开发区实现规上工业增加值增长8%。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2022, report.evidence["year"]


def test_a_year_further_on_stays_background(tmp_path):
    # must-not: after a lead dated by its day, a next sentence that learnt nothing (a history) does not date the news
    page = ("6月15日,青溪工业园区召开项目推进会,部署二季度重点工作。\n"
            "青溪工业园区2008年经省政府批准设立,规划面积12平方公里。\n"
            "会议要求各部门加快项目建设进度。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year != 2008, report.evidence["year"]


def test_one_of_a_years_list_is_an_attribute(tmp_path):
    # must-not for the rule above: what was learnt may name a year's list the thing is on (作为…2023年度“十大…项目”之一),
    # the list's year, no time of the news
    page = ("近日获悉,青溪物流园区项目全面完成建设任务,预计于10月底正式运营。\n"
            "据介绍,青溪物流园区,作为青溪市2023年度“十大招商引资项目”之一,是目前全市功能最全的物流园区。"
            "项目总投资2.1亿元,占地160亩。\n")
    (report,) = read_page(tmp_path, page)
    assert report.year is None, report.evidence["year"]


def test_a_files_label_then_the_documents_own_title_run_on(tmp_path):
    page = ("第1页共3页招商工作考核汇报材料青溪示范园区2023年招商引资工作情况汇报今年以来,园区按照市委、市政府的总体要求,"
            "紧紧围绕招商引资开放战略,加大招商力度。截止目前,新引进项目12个,其中工业项目5个。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "青溪示范园区2023年招商引资工作情况汇报", report.evidence["title"]


def test_a_plans_outline_run_into_its_preface(tmp_path):
    page = ("2021-2025年青溪经济开发区“十四五”发展规划纲要序言为推进青溪经济开发区高质量发展,增强开发区对全市发展的支撑作用,"
            "根据市委、市政府决策部署,编制本规划。\n一、“十三五”发展回顾\n“十三五”时期,开发区综合实力进一步壮大。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "2021-2025年青溪经济开发区“十四五”发展规划纲要", report.evidence["title"]
    assert report.doc_type == "工作计划", report.evidence["doc_type"]
    assert report.year == 2021, report.evidence["year"]  # a plan titled by its period: the period's first year


def test_a_sentence_naming_a_plan_is_no_title():
    # must-not: a sentence that names an outline after its subject (…按照园区发展规划纲要，) opens no title
    from indexer.reading.titles import cut_inline_title
    assert cut_inline_title("根据青溪经济开发区发展规划纲要,园区今年将重点推进标准厂房和污水管网建设,全力做好招商引资和项目服务工作。") is None


def test_a_visitor_coming_to_the_park_is_a_clause():
    # must-not: a clause ending in a zone's word whose words are a visit (某某主席某某来园区) is no zone's name alone
    from indexer.reading.titles import _lacks_predicate
    assert not _lacks_predicate("蘇州市政協原主席王金華來園區")


def test_an_entry_with_its_short_name_runs_to_what_it_is(tmp_path):
    page = ("“青溪市高新技术产业开发区,简称青溪高新区,是青溪市的一个功能区,位于青溪市北部,距离市中心约20公里。\n"
            "青溪高新区的前身为青溪经济技术开发区,创建于1992年。2003年,更名为青溪高新区。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title.endswith("简称青溪高新区,是青溪市的一个功能区"), report.evidence["title"]
    assert report.doc_type == "其他", report.evidence["doc_type"]


def test_a_wikis_hatnote_is_the_sites(tmp_path):
    page = ("本條目敘述\n白沙科學園,關於管理白沙科學園的機構請參照\n白沙科技園。\n"
            "白沙科學園(英語:Baisha Science Park)位於南方新區沿岸,發展佔地20公頃,第一期工程於2008年竣工。\n"
            "白沙科學園採用類似大學校園的低密度規劃。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "白沙科學園", report.evidence["title"]
    assert "請參照" not in report.text and "本條目敘述" not in report.text


def test_a_sentence_about_a_matter_and_its_guide_stays(tmp_path):
    # must-not: a report's sentence telling where to read more on a matter is the report's
    line = "关于入园企业的具体扶持办法，请参照园区2023年印发的管理办法执行。"
    (report,) = read_page(tmp_path, "青溪工业园区招商政策\n园区对新入园企业给予租金减免。\n" + line + "\n")
    assert line in report.text


def test_a_copula_before_its_comma_runs_to_the_sentences_end(tmp_path):
    page = ("同志们:\n"
            "这次会议的主要任务是,总结上半年重点工作,分析当前形势,安排部署下段重点工作,推动全县经济平稳健康发展。\n"
            "上午,我们举行了全县三季度重大项目集中开工活动,并现场观摩了5个项目。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == ("这次会议的主要任务是,总结上半年重点工作,分析当前形势,安排部署下段重点工作,"
                            "推动全县经济平稳健康发展"), report.evidence["title"]


def test_a_name_given_with_its_acronym_is_the_leads_topic(tmp_path):
    page = ("(青州4日訊)“白沙灣第三工業園計劃(BSIP3),將是青州未來10年至20年的發展關鍵。”\n"
            "青州首長指出,青州並非資源豐富的州屬,必須在工業方面取得突破,才能為青州帶來發展。\n")
    (report,) = read_page(tmp_path, page)
    assert report.title == "白沙灣第三工業園計劃(BSIP3),將是青州未來10年至20年的發展關鍵", report.evidence["title"]


def test_a_clause_with_its_acronym_and_a_verb_is_a_clause():
    # must-not: a clause that acts after the name (…(BSIP3)已动工) has its predicate
    from indexer.reading.titles import _lacks_predicate
    assert not _lacks_predicate("白沙湾第三工业园计划(BSIP3)已于今年动工")


def test_as_for_a_year_is_the_years_own_news(tmp_path):
    page = ("州议会| 陈明:青州具吸引投资条件 政府推动新增8工业园\n"
            "(青州25日讯)青州行政议员陈明指出,青州自2017年起,每年吸引的投资额都持续增加。\n"
            "他说,2021年本地投资总额为30亿令吉;2022年本地投资总额为35亿令吉。\n"
            "“至于2023年,截至第二季度(1月至6月),本地投资总额达15亿令吉。”\n")
    (report,) = read_page(tmp_path, page)
    assert report.year == 2023, report.evidence["year"]


def test_a_span_to_a_year_stays_a_spans_end():
    # must-not: 至 + a year closing a span (2018年至2023年) is no "as for"
    import re
    from indexer.reading.describe import _YEAR, _background
    text = "森州自2018年至2023年投资表现持续增长。"
    m = [x for x in _YEAR.finditer(text)][1]
    assert _background(text, m)


def test_cleaning_twice_drops_a_joined_row_as_cleaning_once_does():
    # (found by the property test: two pieces joined into a line that reads as a site's row, kept the first time and dropped
    # the second — cleaning is idempotent)
    from indexer.reading.clean import clean_text
    once = clean_text(">\r，>0")
    assert clean_text(once) == once


def test_a_wires_editor_and_filing_code_close_no_sentence(tmp_path):
    page = ("白沙科學園前2月營業額創新高\n"
            "白沙科學園區1到2月營業額約1200億元,較去年同期成長18%。\n"
            "今年全年營業額可望再成長,上看7000億元。(編輯:王小明)1080402\n")
    (report,) = read_page(tmp_path, page)
    assert "1080402" not in report.text and "編輯" not in report.text


def test_a_reprints_credit_closing_the_text_is_the_sites(tmp_path):
    page = ("快讯:青溪开发区成为经济发展的助推器\n"
            "2006年,青溪开发区保持了良好的发展势头,主要经济指标保持了20%以上的增长速度,成为全省经济发展的重要推进器 "
            "《青溪日报》2007年4月8日起转载\n")
    (report,) = read_page(tmp_path, page)
    assert "转载" not in report.text
    assert "成为全省经济发展的重要推进器" in report.text


def test_a_sentence_on_a_papers_reprint_stays(tmp_path):
    # must-not: a sentence telling that a paper reprinted the park's story is the text's
    line = "园区的经验做法被《青溪日报》全文刊登,引起广泛关注。"
    (report,) = read_page(tmp_path, "青溪工业园区2022年工作总结\n" + line + "\n园区全年完成工业总产值80亿元。\n")
    assert line in report.text
