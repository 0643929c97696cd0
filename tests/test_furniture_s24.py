"""Session 24: site furniture that stayed searchable on the spent blind sets (eval26–30), by the form sites and papers
set it in, whatever their words: a producer's credit row in brackets, an agency's picture credit, a keyword label row,
a block's toggle, a guide's label alone, the page's counters under a headline that exclaims, a Latin-letter label or
an English statement of terms inside a Chinese text, a site's comment policy, a government portal's links run into the
headline, an anchor inserted in ASCII brackets, an outlet's tag before the paper's byline, a post's HTML source, a
paper's issue row over a repost, a call to follow a channel by its name.

The pages and sentences are our own (other names, places and numbers). Each form has a look-alike of a report's own
text that stays.
"""
from conftest import read_page

from indexer.reading import furniture
from indexer.reading.clean import clean_text, is_boilerplate_line, page_credits


def _text(*lines: str) -> list[str]:
    return clean_text("\n".join(lines)).split("\n")


HEAD = "青禾经开区一季度新签约项目18个"
LEAD = "3月5日上午，青禾经济开发区召开一季度项目推进会，区党工委书记王海明出席会议并讲话，各部门负责同志参加。"
BODY = "会议指出，今年以来全区新签约项目18个，总投资62亿元，各部门要加快手续办理，确保项目早开工、早投产、早见效。"
MORE = "据介绍，一季度园区规模以上工业总产值完成86.4亿元，同比增长9.2%，固定资产投资完成21.3亿元。"


# ---------------------------------------------------------------- credits

def test_a_producers_credit_row_in_brackets_goes():
    # who wrote, filmed, edited or checked the item, by their crafts (撰稿、摄像:某某; 文/某某 图/某某; 编辑：某某 审核：某某)
    assert is_boilerplate_line("(撰稿、攝像:林茂)")
    assert is_boilerplate_line("（文/周小川 图/方远）")
    assert is_boilerplate_line("（编辑：郑欣 审核：钱立新）")
    assert is_boilerplate_line("（视频、剪辑：吴桐）")
    lines = _text(HEAD, LEAD, BODY, "(撰稿、摄像:林茂)")
    assert lines[-1] == BODY


def test_a_reporters_own_credit_and_a_bracket_of_the_text_stay():
    # a reporter's byline in brackets is the news item's own credit (describe reads it), a bracket in a sentence or a
    # remark in brackets is the text's
    assert not is_boilerplate_line("（记者 林茂）")
    assert not is_boilerplate_line("（试行）")
    assert not is_boilerplate_line("（2023年12月31日）")
    assert not is_boilerplate_line("园区全年实现产值120亿元（文/图：略）。")
    assert not is_boilerplate_line("（文字说明：单位为亿元）")


def test_an_agencys_picture_credit_under_a_caption_goes():
    # an agency's or another paper's reporter credited under a picture (中新社记者 某某 摄, 某某日报记者 某某 摄)
    assert is_boilerplate_line("中新社记者 罗文山 摄")
    assert is_boilerplate_line("青禾日报记者 陈一鸣 摄")
    lines = _text(HEAD, LEAD, "一艘货轮停靠在青禾港区码头", "中新社记者 罗文山 摄", BODY)
    assert "中新社记者 罗文山 摄" not in lines and BODY in lines


def test_the_items_own_credit_rows_stay():
    # the item's reporters (记者 某某 通讯员 某某 摄) and the paper's own staff (本报记者 某某 摄) credit the item itself
    assert not is_boilerplate_line("记者 林青 通讯员 周扬 摄")
    assert not is_boilerplate_line("本报记者 张一帆 摄")


def test_an_outlets_tag_before_the_papers_byline_is_cut():
    line = "【青禾網】(青禾日報全媒體記者 李慧 通訊員 史成) 在外地創業多年的王先生，近日把新項目帶回了青禾經濟開發區。"
    assert furniture.strip_glued(line, lambda _: False) == line[len("【青禾網】"):]
    # (a bracketed label not followed by a byline is left to the rules of column tags)
    other = "【招商引资】青禾经开区一季度新签约项目18个，总投资62亿元。"
    assert furniture.strip_glued(other, lambda _: False) == other


# ---------------------------------------------------------------- labels, toggles, counters

def test_a_keyword_label_row_in_brackets_goes():
    assert is_boilerplate_line("(关键字:化工 化工项目 产业基地 青禾港区)")
    assert is_boilerplate_line("【标签：园区 招商 项目】")
    # (a sentence in brackets about what is key stays)
    assert not is_boilerplate_line("（关键是抓好项目落地）")


def test_a_blocks_toggle_and_a_guide_label_alone_go():
    assert is_boilerplate_line("文章目录 [+]")
    assert is_boilerplate_line("内容目录 [-]")
    assert is_boilerplate_line("导读")
    assert not is_boilerplate_line("导读员培训班顺利结业")
    assert not is_boilerplate_line("项目 [1]")


def test_the_pages_counters_under_an_exclaiming_headline_go():
    # a headline that exclaims is no sentence of the text: the post row and the counters under it are still above it
    lines = _text("首页 » 园区新闻 » 第一名!青禾软件园综合排名居首",
                  "第一名!青禾软件园综合排名居首",
                  "云上闲人 2024-10-12 08:15:31 0",
                  "文章目录 [+]",
                  "2023年度软件产业基地评价结果日前公布，青禾软件园在全国40多家基地综合排名中位居第一。",
                  "评价以2022年度各基地的统计数据为基础，从产业规模、创新能力和成长性等方面进行。")
    assert lines[0] == "第一名!青禾软件园综合排名居首"
    assert lines[1].startswith("2023年度软件产业基地评价结果")
    lines = _text("青禾新添一处滨水公园!就在老城南!", "要闻正文 415 2", "青禾新添一处滨水公园!就在老城南!", LEAD, BODY)
    assert "要闻正文415 2" not in lines and "要闻正文 415 2" not in lines


def test_a_tables_rows_above_the_text_stay():
    lines = _text("青禾经开区主要经济指标", "指标 2022 2023", "工业总产值 120 135", "税收收入 18 21", LEAD, BODY)
    assert "工业总产值120 135" in lines and "税收收入18 21" in lines  # (the blank after the words goes, as any line's)


# ---------------------------------------------------------------- Latin letters inside a Chinese text

def test_a_latin_label_between_chinese_paragraphs_goes():
    lines = _text(HEAD, LEAD, "ADVERTISEMENT", BODY, "QINGBOX", MORE)
    assert lines == [HEAD, LEAD, BODY, MORE]


def test_an_english_statement_of_terms_under_a_chinese_text_goes():
    terms = ("Qinghe Data Limited and its information providers endeavour to ensure the accuracy of the information "
             "provided, but accept no liability for any loss arising from it.")
    lines = _text(HEAD, LEAD, BODY, terms)
    assert terms not in lines and BODY in lines


def test_english_of_the_report_stays():
    # a report's English title over its text, a park's English name in the text, a table's row with figures
    title = "Qinghe Science Park Annual Report 2023"
    lines = _text("青禾科学园区2023年度报告", title, LEAD, "Qinghe Science Park", BODY, "GDP 86.4 9.2%", MORE)
    assert title in lines and "Qinghe Science Park" in lines and "GDP 86.4 9.2%" in lines
    assert not furniture.is_latin_line("The park attracted many new firms this year and its output grew fast")


# ---------------------------------------------------------------- the site speaking of itself

def test_a_sites_comment_policy_goes():
    assert is_boilerplate_line("*本網站有權刪除或封鎖任何具有人身攻擊或詆毀性質的留言和用戶;必須審核的留言,或將不會即時出現。")
    assert is_boilerplate_line("本站保留删除不当评论的权利。")
    # (a government site's annual report speaks of the site it runs: its figures stay)
    assert not is_boilerplate_line("本网站全年发布政府信息1200条，删除过期内容35条。")
    assert not is_boilerplate_line("管委会有权删除违规企业的入园资格。")


def test_a_call_to_follow_a_channel_by_its_name_goes():
    assert is_boilerplate_line("关注青禾热线")
    assert is_boilerplate_line("關注青禾新聞網")
    assert not is_boilerplate_line("关注民生工程")


# ---------------------------------------------------------------- run into the text

def test_a_government_portals_links_glued_before_the_headline_are_cut():
    line = "中央人民政府  |  青禾省人民政府  |  白溪州人民政府 网站无障碍试验区一季度完成招商引资到位资金3.1亿元"
    assert furniture.strip_glued(line, lambda _: False) == "试验区一季度完成招商引资到位资金3.1亿元"
    own = "青禾省人民政府与白溪州人民政府签署园区共建协议"
    assert furniture.strip_glued(own, lambda _: False) == own


def test_an_anchor_in_ascii_brackets_inside_a_sentence_is_cut():
    line = "為進一步加快產業結構調整、[代辦海外公司註冊]促進園區提質增效，今年全省新增園區12個。"
    assert furniture.strip_glued(line, lambda _: False) == "為進一步加快產業結構調整、促進園區提質增效，今年全省新增園區12個。"
    # (a document number's year in brackets, a citation's number)
    doc = "根据《关于开展评价工作的通知》（国科火字[2007]009号）开展评价[1]。"
    assert furniture.strip_glued(doc, lambda _: False) == doc


def test_a_posts_html_source_is_read_as_its_lines():
    page = ('<p style="margin-top: 0px; margin-bottom: 8px; padding: 0px; font-family: 微软雅黑, Microsoft YaHei; '
            'text-align: center; font-size: 1.1875rem; color: rgb(51, 51, 51); line-height: 2em;"></p>'
            '<p style="line-height: 2em;"><span style="font-size: 18px; font-family: 微软雅黑, Microsoft YaHei;">'
            'https://cdn.example.cn/video/20250301/abc123.mp4</span></p><p style="text-align: justify;">'
            f'<span style="font-size: 18px;">{LEAD}</span></p><p><span>{BODY}</span></p>')
    lines = _text(HEAD, page)
    assert lines == [HEAD, LEAD, BODY]
    # (a comparison in a sentence is no tag)
    assert _text(HEAD, "园区单位能耗<0.5吨标准煤，亩均税收>30万元的企业有12家。") == [HEAD, "园区单位能耗<0.5吨标准煤，亩均税收>30万元的企业有12家。"]


def test_a_papers_issue_row_over_a_repost_goes_and_dates_the_page(tmp_path):
    text = "\n".join([HEAD, "《青禾日报》2024年3月6日 05版", "□青禾日报全媒体记者 秦风", LEAD, BODY, MORE])
    assert "《青禾日报》2024年3月6日05版" not in clean_text(text) and "《青禾日报》2024年3月6日 05版" not in clean_text(text)
    assert page_credits(text).published == 2024
    report = read_page(tmp_path, text)[0]
    assert report.title == HEAD and report.doc_type == "简报" and report.year == 2024
    # (a sentence citing a paper's issue stays)
    cited = "据《青禾日报》2024年3月6日报道，青禾经开区一季度新签约项目18个，总投资62亿元。"
    assert cited in _text(HEAD, cited, BODY)


# ---------------------------------------------------------------- news templates' rows, in any site's words

NEWS = ["青禾州推动新增8个工业园",
        "(青禾25日讯)青禾州行政议员林大文指出，青禾州自2018年起每年吸引的投资额持续增加，证明该州有能力吸引企业前来投资。",
        "他今日在州立法议会口头问答环节时指出，该州目前现有逾50个工业园，州政府也采取积极措施推动开发新工业区。",
        "他说，根据投资发展局数据，2023年该州本地投资总额达40亿5000万令吉，外国投资总额达60亿4000万令吉。"]


def _between(*rows: str) -> list[str]:
    """The news page with ``rows`` set between its lead and its next paragraph, cleaned."""
    return _text(NEWS[0], NEWS[1], *rows, NEWS[2], NEWS[3])


def test_a_post_stamp_as_sites_abroad_print_it_goes():
    for row in ("发布: 5:13pm 03/03/2025", "更新：10:20AM 04/03/2025", "Published: 03/03/2025 5:13 PM"):
        assert is_boilerplate_line(row), row
    assert not is_boilerplate_line("更新 2023")
    assert not is_boilerplate_line("2023年12月31日")


def test_end_marks_however_set_go():
    for row in ("-完-", "【完】", "——完——", "全文完"):
        assert is_boilerplate_line(row), row
    assert not is_boilerplate_line("完成")


def test_share_networks_and_calls_to_act_on_the_page_go():
    for row in ("Facebook Line Twitter", "分享到： 微信 微博 QQ空间", "订阅电子报", "按讚加入粉絲團", "打开APP阅读",
                "点击 可阅读下一则新闻", "查看原图", "我要分享", "阅读 1234", "赞 12", "贊助內容"):
        assert is_boilerplate_line(row), row
        assert row not in _between(row), row
    # (a report's headings name its work: 加入…联盟, 查看…名单, 继续推进…, 分享…经验)
    for own in ("加入园区联盟", "查看企业名单", "继续推进园区建设", "分享园区经验", "阅读 2023年工作报告", "下载附件"):
        assert not is_boilerplate_line(own), own


def test_a_pictures_note_in_a_short_bracket_goes():
    assert is_boilerplate_line("（档案照）") and is_boilerplate_line("(本报资料图)")
    assert furniture.strip_glued("青禾科技谷是该州新建设的工业园之一。(档案照)", lambda _: False) == "青禾科技谷是该州新建设的工业园之一。"
    assert furniture.strip_glued("林大文在议会答问。(青禾社图)", lambda _: False) == "林大文在议会答问。"
    # (a text's pointer to its own figure stays)
    assert not is_boilerplate_line("（见附图）")
    assert furniture.strip_glued("园区布局如下。（见附图）", lambda _: False) == "园区布局如下。（见附图）"


def test_a_caption_closed_by_its_givers_credit_goes():
    caption = "→青山县县长王大明(中)出席青山工业区招商说明会，介绍园区区位优势。图/青山测量公司提供"
    assert is_boilerplate_line(caption)
    # (a paragraph of several sentences is the text's; a fraction's slash is no credit)
    assert not is_boilerplate_line("园区完成产值120亿元。增长8%。图/某某提供")
    assert not is_boilerplate_line("全年完成产值120亿元，占比1/3。")


# ---------------------------------------------------------------- lists and slogans

def test_a_teaser_cut_by_the_sites_ellipsis_under_a_list_header_goes():
    teaser = "本报讯【记者林青】日前，白溪镇召开第一次妇女代表大会，选举产生了村妇联执委会成员。据了解，白溪镇被确定为..."
    lines = _text(HEAD, LEAD, BODY, "新闻推荐", teaser)
    assert lines == [HEAD, LEAD, BODY]
    # (a paragraph ending on its stop under such a header stays, as a text's own would; so does a text's own line cut
    # short with no header over it)
    whole = "本报讯【记者林青】日前，白溪镇召开第一次妇女代表大会，选举产生了村妇联执委会成员。"
    assert whole in _text(HEAD, LEAD, BODY, "新闻推荐", whole)


def test_a_slogan_printed_twice_above_the_headline_goes():
    lines = _text("全球机械网", "微信扫一扫", "微信小程序", "好货天天一手掌握", "扫一扫关注", "扫一扫微信关注", "好货天天一手掌握",
                  HEAD, "2022-08-15 2840", "导读", LEAD, BODY)
    assert "好货天天一手掌握" not in lines and HEAD in lines and LEAD in lines


def test_a_headline_or_a_kicker_printed_twice_stays():
    # a headline shares its words with the text under it; a collection's name counts its pieces; a column's short name
    # is left to the margins
    lines = _text("青禾经开区项目建设", "青禾经开区项目建设", HEAD, LEAD, BODY)
    assert "青禾经开区项目建设" in lines
    lines = _text("园区工作总结范文6篇", "园区工作总结范文6篇", "第一篇", LEAD, BODY)
    assert "园区工作总结范文6篇" in lines


# ---------------------------------------------------------------- inspect says what went and why

def test_inspect_lists_the_furniture_dropped_and_why(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    from indexer.reading.clean import dropped_furniture

    page = "\n".join([HEAD, "要闻正文 415 2", LEAD, "ADVERTISEMENT", BODY,
                      "为进一步加快结构调整、[代办海外公司注册]促进园区提质增效，今年园区新增企业12家。", "(撰稿、摄像:林茂)"])
    dropped = {d["line"]: d["why"] for d in dropped_furniture(page)}
    assert "ADVERTISEMENT" in dropped and "英文" in dropped["ADVERTISEMENT"]
    assert "(撰稿、摄像:林茂)" in dropped
    assert "[代办海外公司注册]" in dropped and "切去" in dropped["[代办海外公司注册]"]
    assert not any(LEAD in x or BODY in x for x in dropped)
    (tmp_path / "p.txt").write_text(page, encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-m", "indexer.cli", "inspect", str(tmp_path / "p.txt"), "--json"], cwd=root,
                         capture_output=True, text=True, check=True).stdout
    assert any(d["line"] == "ADVERTISEMENT" for d in json.loads(out)["dropped"])


def test_copying_forbidden_in_other_words_and_more_of_an_outlets_reports_go():
    terms = "※ 歡迎用「轉貼」或「分享」的方式轉傳文章連結;未經授權,請勿複製轉貼文章內容"
    assert is_boilerplate_line(terms) and is_boilerplate_line("本文未经授权请勿复制。")
    assert terms not in _between(terms)
    # (a report's advice on copying stays)
    assert not is_boilerplate_line("请勿复制他人成果，园区鼓励原创研发。")
    assert not is_boilerplate_line("涉密文件严禁复制。")
    lines = _between("更多青禾時報報導", "某某縣長出席活動 民眾熱情參與", "某某新店開幕 排隊人潮湧現")
    assert lines == NEWS[:2] + NEWS[2:]
