"""Site furniture read in session 26 (reading version 105). Own pages, own names.

A lead picture's caption closed by its credit in brackets.

News sites set a picture's caption, closed by who took or gave it in brackets, on a line of its own or glued before
the text's first words on the same line (▲某某示意圖。(圖/記者某某攝) 某某園區自…). The credit may follow a colon as
well as a slash ((圖:某某市政府)). The caption describes a picture the text does not keep: it is not searchable, and the
text glued after it is the report's.
"""
import pytest

from indexer.reading.clean import clean_text


@pytest.mark.parametrize("page, caption, kept", [
    ("青禾科技園區今年再添五家廠商\n"
     "▲青禾科技園區服務中心外觀示意圖。(圖/記者林某某攝,2019.3.2) 青禾科技園區自開園以來，已有六十家廠商進駐，"
     "今年再添五家，進駐率達九成。\n園區表示，將持續優化服務。",
     "服務中心外觀示意圖", "青禾科技園區自開園以來"),
    ("松岩產業園區二期動工\n"
     "市長出席動工典禮，為二期工程揭開序幕。(圖:松岩市政府)\n"
     "松岩產業園區二期工程今日動工，預計三年完成，可提供一千個就業機會。\n"
     "市府表示，二期將引進精密機械與生技產業。",
     "為二期工程揭開序幕", "二期工程今日動工"),
])
def test_a_caption_closed_by_its_credit_is_not_searchable(page, caption, kept):
    text = clean_text(page)
    assert caption not in text
    assert kept in text


@pytest.mark.parametrize("page, sentence", [
    # a sentence of the report that names a picture in brackets is no caption: the bracket holds no credit
    ("青禾科技園區簡介\n園區規劃如下(見圖：園區規劃圖)，分為三個片區。\n各片區的功能如下。",
     "分為三個片區"),
    # a report's sentence closed by a remark in brackets stays
    ("松岩產業園區年度報告\n今年園區產值增長一成(數據:園區統計)。\n明年力爭再增一成。", "今年園區產值增長一成"),
])
def test_a_sentence_with_a_bracket_that_is_no_credit_stays(page, sentence):
    assert sentence in clean_text(page)


@pytest.mark.parametrize("page, kept, gone", [
    # the site's terms for reprinting glued after the text's last stop, the bracket closed or cut off by the page
    ("青川高新区2015年发展综述\n2015年，青川高新区新增科技型中小企业128家，各项指标均位居全市第一。(如需转载,请注明来源自某某科技网)\n"
     "园区将继续发展。", "各项指标均位居全市第一。", "如需转载"),
    ("青川高新区2015年发展综述\n2015年，青川高新区新增科技型中小企业128家，各项指标均位居全市第一。（转载请注明出处\n园区将继续发展。",
     "各项指标均位居全市第一。", "转载请注明"),
    # a site's statement on reprinting set out as points
    ("青川园区新闻\n园区今年新增企业30家，同比增长两成。\n1.某某社区报遵循行业规范,任何转载的稿件都会明确标注作者和来源;"
     "2.某某社区报的原创文章,请转载时务必注明文章作者和来源\n", "园区今年新增企业30家", "遵循行业规范"),
])
def test_the_sites_terms_for_reprinting_are_not_searchable(page, kept, gone):
    text = clean_text(page)
    assert kept in text and gone not in text


def test_a_reports_rule_on_copying_files_stays():
    page = "园区保密工作总结\n今年，园区严格执行保密制度，涉密文件严禁转载，对外发布信息须经审核。\n下一步将继续加强管理。"
    assert "涉密文件严禁转载" in clean_text(page)


@pytest.mark.parametrize("row", ["听文章 Powered by 某某网", "Powered by WordPress"])
def test_a_row_naming_the_service_behind_the_site_is_not_searchable(row):
    page = "青川园区新闻\n" + row + "\n园区今年新增企业30家，同比增长两成。\n园区将继续发展。"
    text = clean_text(page)
    assert "Powered" not in text and "园区今年新增企业30家" in text


@pytest.mark.parametrize("row", ["- Advertisement -", "ADVERTISEMENT", "—— 广告 ——"])
def test_an_advertisements_empty_slot_is_not_searchable_nor_the_title(row):
    from conftest import read_page  # (a real read: the slot must not make the headline above it a lead)
    import tempfile
    from pathlib import Path
    page = ("星期五 2024年 11月 22日\n主页 北马新闻\n\n半年青川吸引31亿投资 同比增12亿\n\n" + row + "\n听文章 Powered by 某某网\n\n"
            "青川首长说，据投资发展局的数据，今年上半年青川成功吸引了总值31亿令吉的投资，与去年同期相比增加了12亿令吉。\n"
            "他说，青川继续维持在全国最多投资的前5名位置。\n")
    assert row.strip("-— ") not in clean_text(page)
    with tempfile.TemporaryDirectory() as d:
        (report,) = read_page(Path(d), page)
    assert report.title == "半年青川吸引31亿投资 同比增12亿"
