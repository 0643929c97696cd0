"""Site furniture told by its form (indexer/reading/furniture.py, used by clean.py): each form goes, and a report's
own short lines that look like it (headings, 一、…, table rows, signatures, dates at the end) stay.

Exact outputs of ``clean_text`` on small pages of our own words; then the search side: furniture words on authored
pages are found by no search of a real index built from them, while the text's words are.
"""
from pathlib import Path

import pytest

from conftest import service_of_texts
from indexer.reading import furniture, titles
from indexer.reading.clean import clean_text
from indexer.search import SearchRequest
from indexer.text import UNIT_END_WORDS

AUTHORED = Path(__file__).resolve().parent / "gold" / "authored"
LEAD = "3月2日，白川工业园区召开一季度项目推进会，部署全年重点项目建设工作。"
MORE = "会议要求，各部门要紧盯目标任务，确保项目按期开工。"


@pytest.mark.parametrize("raw, expected", [
    # a menu row of the site's functions (the text's size, a feed, a search, a guide, the language switch)
    ("預設字體大小 較大的字體 最大的字體 訂閱RSS 進階搜尋 網站導覽 English 繁體 简体\n" + LEAD, LEAD),
    # five or more short words side by side above the text: a menu or a row of tags
    ("今日要闻 园区动态 政策法规 招商引资 关于本站 回首页\n" + LEAD, LEAD),
    ("」 园区 招商 项目 环保 人才\n" + LEAD, LEAD),
    # a size button alone, a print button alone
    ("小字號\n" + LEAD, LEAD),
    ("友善列印\n" + LEAD, LEAD),
    # the text's zoom among the reader's tools, a row of ornaments between paragraphs and closing the text
    ("打印 放大 缩小\n" + LEAD, LEAD),
    (LEAD + "\n打印本页 转发 收藏 关闭\n定义你的浏览字号:\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n◆ ◆ ◆\n" + MORE + "\n◇", LEAD + "\n" + MORE),
    # a site's name repeated around its logo's alternative text, a site's name with the word logo, a site's name alone
    ("白川工业园区管委会logo 白川工业园区管委会logotype白川工业园区管委会\n" + LEAD, LEAD),
    ("白川新闻网 logo\n" + LEAD, LEAD),
    ("白川新闻网\n" + LEAD, LEAD),
    # the site's hotline, a counter, a labelled machine timestamp, a post's row of who and when, above the text
    ("服务热线 400-800-1234\n" + LEAD, LEAD),
    ("新闻热线:0571-8888888\n" + LEAD, LEAD),
    ("浏览:1024\n" + LEAD, LEAD),
    ("发表日期 2024-03-02T10:12:00+08:00\n" + LEAD, LEAD),
    ("拾穗  2024-03-02  拾穗园区公众号\n" + LEAD, LEAD),
    # an account prompt: two of a site's account words
    ("手机号码,快捷登录\n" + LEAD, LEAD),
    # a page <title> of keywords joined by underscores, ending in a site's name, that the page never repeats
    ("真人娱乐在线_电竞比分直播_彩金天天送_乐享综合网\n" + LEAD, LEAD),
    # …and one glued before the text, naming a gambling site's entry
    ("金沙城中心_足球即时比分网-【投注官网平台】" + LEAD, LEAD),
    # a catalogue's label whose value is the title printed below it; labels spaced to one width
    ("内容概述 白川工业园区2024年工作计划\n白川工业园区2024年工作计划\n" + LEAD, "白川工业园区2024年工作计划\n" + LEAD),
    ("索   引   号 330100-2024-00123 分        类 计划总结\n" + LEAD, LEAD),
    # image file names, an inserted copy credit, a watermark of site names, a site's name and address after the text
    ("image.pngimage.png" + LEAD, LEAD),
    (LEAD + "\n微信图片_20240302101530.jpg\n" + MORE, LEAD + "\n" + MORE),
    ("会议要求，各部门要紧盯目标任务，确保项目按文章转载于蓝笺范文网期开工。", MORE),
    (LEAD + "\n蓝笺汇,公文素材文库\n" + MORE, LEAD + "\n" + MORE),
    ("一、项目建设 蓝笺汇,公文素材文库\n" + LEAD, "一、项目建设\n" + LEAD),
    (LEAD + " 蓝笺汇 www.lanjianhui.com", LEAD),
    # a paper's bracketed keywords and class codes; a picture credit in brackets; an e-paper's page code
    ("【关键词】园区 招商 项目 【中图分类号】F299.2 【文献标识码】A\n" + LEAD, LEAD),
    (LEAD + "\n（资料图片）\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\nG02", LEAD),
    # more-links glued to a teaser; a promotion with a contact handle glued to a line
    (LEAD + "\n白川工业园区举办招聘会…… 阅读全文>> |", LEAD + "\n白川工业园区举办招聘会……"),
    (MORE + "【更多公文素材,微信:abc123】", MORE),
    (LEAD + " 展开详细", LEAD),
    # the tail: after the last sentence, once the site's furniture starts, the short lines after it go
    (LEAD + "\n关闭】【顶部\n>>最新信息\n园区风采\n精彩回顾", LEAD),
    (LEAD + "\n上一篇：白川工业园区召开安全生产会\n下一篇：白川工业园区开展消防演练\n关于我们| 联系我们| 网站地图", LEAD),
    (LEAD + "\n页:\n[1]", LEAD),
    (LEAD + "\n© 2001-2024 白川网\nLanguage\n~END~", LEAD),
    (LEAD + "\n登录查看完整内容\n累计阅读再享好礼11抽!\n系列文章", LEAD),
    # …but the text's next line, cut short under its heading where the page stops showing it, is the text's
    # the site's calls to act on the page, after the text's own headings too
    (LEAD + "\n二、下一步工作\n微信扫码关注白川发布\n戳这里提交新闻线索给我们。\n点击查看作者其他文章", LEAD + "\n二、下一步工作"),
    (LEAD + "\n" + MORE + "\n（二）管理体制持续完善\n各县区和园区始终…………\n登录查看完整内容",
     LEAD + "\n" + MORE + "\n（二）管理体制持续完善\n各县区和园区始终…………"),
    (LEAD + "\n版权所有白川网。 未经许可,不得转载。", LEAD),
    # a page's markup left as text; a prompt before leaving the site
    ('<div id="nav"><ol id="nav"></ol></div>\n1. <em id="nav"></em>\n' + LEAD, LEAD),
    (LEAD + "\n您访问的链接即将离开“白川网”门户网站 是否继续?", LEAD),
    # a forum's anti-copy jammer at a line break, and the forum's strings hidden beside it: its keywords found at two
    # jammers, its address alone beside one, its name by its form (…论坛)
    ("白川论坛,bc,bcbbs2 b9 f3 J/ \\3 w6 X- L\n" + LEAD + "白川论坛,bc,bcbbs; x) Y6 c' l$ f\n"
     "( \\9 M. [, v4 b4 X4 @www.bcbbs.com\n白川论坛3 S$ M' q. F1 M: B- O7 _\n" + MORE, LEAD + "\n" + MORE),
    # a forum's buttons one blank apart
    ("返回列表 回复 发帖\n" + LEAD, LEAD),
    # picture credits: what the picture is and who gave it, a caption closed by who took it
    ("示意图/白川新闻\n" + LEAD, LEAD),
    (LEAD + "\n园区一期标准厂房。王晓摄\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n白川工业园区一季度签约项目12个。（记者王晓摄）\n" + MORE, LEAD + "\n" + MORE),
    # …whatever the caption, closed by its credit in brackets: who took the picture, who gave it
    (LEAD + "\n大会现场（王晓/摄）\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n白川加工区管理处大楼一角。（白川社 王晓摄）\n" + MORE, LEAD + "\n" + MORE),
    ("白川园区 产城融合（白川融媒记者 王晓 摄）\n" + LEAD, LEAD),
    (LEAD + "\n白川园区二期厂房全景。（图/白川园区管委会提供）\n" + MORE, LEAD + "\n" + MORE),
    # the site's statement about the copy it carries, its filing of the text, headers of lists of its other pages
    (LEAD + "\n本文为作者在本平台发布，仅代表作者观点，不代表本平台立场。", LEAD),
    (LEAD + "\n凡本网注明“来源：白川发布”的作品，版权均属于本网，未经本网授权不得转载。", LEAD),
    ("收录于话题 #园区 #招商\n" + LEAD, LEAD),
    (LEAD + "\n白川信息港推荐阅读\n随机文章", LEAD),
    # …and the short whole lines between the text and such a statement closing the page
    (LEAD + "\n阅读原文\n特别声明\n本文仅代表作者观点，不代表本平台立场。", LEAD),
    # a news item ends on its credit in brackets: the site's call to the reader and its teasers after it go
    (LEAD + MORE + "（白川社）\n最新话题都在这！快点我加入白川新闻好友！\n👉周末好去处 五家新开餐厅抢先看",
     LEAD + MORE + "（白川社）"),
    # the site's own links, a file link with its size, an expander's control, a key chord, tools' labels with colons
    ("网站首页 | 网站地图\n" + LEAD, LEAD),
    (LEAD + "\n附件PDF(186 KB)\n作者信息 +", LEAD),
    ("请利用键盘按住Ctrl + P开启列印功能\n友善列印 :\n文字级数:\n" + LEAD, LEAD),
    # a Markdown picture, a database's start mark
    ("![]() |\n" + LEAD, LEAD),
    ("<正>" + LEAD, LEAD),
    # the site's label for where the text starts, alone, as its copy button, glued to the text's first line
    ("【正文】\n" + LEAD, LEAD),
    ("正文复制\n" + LEAD, LEAD),
    ("正文：" + LEAD, LEAD),
    # the text's margins (drop_margins), whatever the site's words: a menu one item a line above the text, the cells a
    # page opens with above its title, and after the text's last paragraph the headlines of a link list (one asking a
    # question), the site's buttons, the cells after a report's signature
    ("导览\n回首页\n园区概况\n政务公开\n招商服务\n企业之窗\n" + LEAD + "\n" + MORE, LEAD + "\n" + MORE),
    ("APP下载\n查看原文\n白川工业园区一季度工作简报\n" + LEAD, "白川工业园区一季度工作简报\n" + LEAD),
    (LEAD + "\n" + MORE + "\n白川新区举办人才招聘会，百余家企业提供岗位\n园区企业上榜了吗？快来看看\n字体放大\n加入粉丝团",
     LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n白川工业园区管委会\n2024年3月2日\n热门专题\n招商地图",
     LEAD + "\n" + MORE + "\n白川工业园区管委会\n2024年3月2日"),
    # (a shop's name among a site's product links ends like a unit, 白川某科, but signs nothing: no prose, no other
    # signature right above it, no date under it)
    (LEAD + "\n" + MORE + "\n户外灯具批发\n白川明科\n其他工矿灯具", LEAD + "\n" + MORE),
    # …and an address row however labelled, a page <title>'s tag after its headline
    ("URL: https://www.example.com/a/1.html\n" + LEAD, LEAD),
    ("白川高新区新增两家孵化器-【资讯】\n" + LEAD, "白川高新区新增两家孵化器\n" + LEAD),
    # …and a tag row under a short label above the headline (the site's trending words), not run into it and the lead
    # (90 characters and more: no paragraph for its length, so the headline is not run into it and the lead)
    ("热搜: 钢材  光伏  新能源  锂电池  物流  冷链  跨境电商  白川  数字经济  港口  仓储  人才公寓  化工  纺织  医药  汽车配件  文旅"
     "  农业  碳排放  降费\n\n“亮剑”白川工业园区召开推进会 推动项目建设\n\n   日期:2024-03-02     浏览:0    评论:0    \n\n" + LEAD,
     "“亮剑”白川工业园区召开推进会 推动项目建设\n" + LEAD),
    ("标签：白川 园区 招商 物流 光伏\n" + LEAD, LEAD),
    # …and a one-line scrape with its labels spaced out between the headline and the text: each label a row, the
    # headline kept (it had gone with the labels' row)
    ("白川工业园区召开一季度项目推进会 来源:白川工业园区管委会 发布时间:2024-03-02 09:15:10 浏览次数: 次 【字体:小 大】 " + LEAD,
     "白川工业园区召开一季度项目推进会\n" + LEAD),
    # …and a paywall's call with the log-in after what it shows (the headline above it stays the title)
    ("白川工业园区召开一季度项目推进会\n查看隐藏内容(*)需先登录\n" + LEAD, "白川工业园区召开一季度项目推进会\n" + LEAD),
    ("阅读全文请先注册\n" + LEAD, LEAD),
    # the site's guide to the text: an editor's excerpt under its label, an outline's label, a bracketed label
    ("白川园区召开推进会\n导读：白川工业园区召开一季度项目推进会，部署全年重点项目建设工作\n" + LEAD + "\n" + MORE,
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    ("本文目录导读:\n" + LEAD + "\n" + MORE, LEAD + "\n" + MORE),
    ("【导读】白川园区一季度开局良好\n" + LEAD + "\n" + MORE, LEAD + "\n" + MORE),
    # a wiki's tagline, its edit links after headings and its editors' requests after sentences
    ("白沙创新园\n维基百科，自由的百科全书\n白沙创新园（英语：Baisha InnoPark），前称白沙工业村，是白川市的一个工业区[来源请求]，"
     "占地67公顷。\n申请[编辑]\n" + MORE,
     "白沙创新园\n白沙创新园（英语：Baisha InnoPark），前称白沙工业村，是白川市的一个工业区，占地67公顷。\n申请\n" + MORE),
    # a paper's end mark glued after the item's last sentence
    (LEAD + "\n" + MORE + "◇", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + " ■", LEAD + "\n" + MORE),
    # the site's count of the text's characters and what it shows, on its own line or glued to the line it cut short
    (LEAD + "\n园区各部门和各企业始终……(未完,全文共6661字,当前仅显示2339字,请阅读下面提示信息。", LEAD + "\n园区各部门和各企业始终……"),
    (LEAD + "\n园区各部门和各企业始终……\n……(未完,全文共6661字,当前仅显示2339字,请阅读下面提示信息。",
     LEAD + "\n园区各部门和各企业始终……"),
    (LEAD + "\n" + MORE + "\n全文共3958字,仅供站内会员学习参考(会员可打开排版规范的全部文档)", LEAD + "\n" + MORE),
    # a repost's watermark rows between paragraphs: the page's address in a row of no sentence, the original title's row
    (LEAD + "\n----白川园区召开推进会//----白川龙网 http://www.bclong.com/a/2019/0512/123.html//\n" + MORE,
     LEAD + "\n" + MORE),
    (LEAD + "\n本文原始标题为:白川园区召开推进会---来源是:白川日报\n" + MORE, LEAD + "\n" + MORE),
    # a pager, a copyright line however it opens, a visit counter, the site naming who runs it, its terms for reprinting,
    # a post's action row
    (LEAD + "\n" + MORE + "\n首页 上一页 1 2 3 下一页 尾页", LEAD + "\n" + MORE),
    (LEAD + "\n共3页 上一頁 1 2 3 下一頁\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n版权所有 © 白川市人民政府", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n本站访问量：123456", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n本网站由白川市人民政府办公室主办\n技术支持：白川网络科技有限公司", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n本文为白川发布原创，转载请注明出处", LEAD + "\n" + MORE),
    (LEAD + "\n未经授权，谢绝转载\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n分享 收藏 点赞 在看", LEAD + "\n" + MORE),
    # the page's rows of who published it and when it changed, where the copy comes from, an advertisement's call to read on
    ("白川園區擴建完成\n發佈單位：白川市政府經濟發展局\n最後更新：2024/03/02 10:12\n" + LEAD + "\n" + MORE,
     "白川園區擴建完成\n" + LEAD + "\n" + MORE),
    (LEAD + "\n本文經授權轉載自白川日報\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n請繼續往下閱讀...\n" + MORE, LEAD + "\n" + MORE),
    # a post's call to follow however it points (点击上方蓝字关注我们, ↓↓↓点击下方链接了解更多), the site's statement with its
    # words the other way round (观点仅代表作者本人, 本站…观点)
    ("点击上方蓝字关注我们\n白川园区召开推进会\n" + LEAD + "\n" + MORE, "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n↓↓↓点击下方链接了解更多", LEAD + "\n" + MORE),
    (LEAD + "\n声明：该文观点仅代表作者本人，本站系信息发布平台\n" + MORE, LEAD + "\n" + MORE),
    # a portal's note of a reposted item's original title, alone in brackets or glued after its last sentence; the line for
    # reporting illegal content; a post's row of when and where with its clock time; 保存 among the tools
    (LEAD + "\n" + MORE + "\n（原标题：白川园区召开推进会）\n分享到:\n保存  |  打印  |  关闭", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "（原标题：白川园区召开推进会）", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n违法和不良信息举报电话：12377", LEAD + "\n" + MORE),
    ("白川园区召开推进会\n2024年03月02日15:42  白川在线 微博\n" + LEAD + "\n" + MORE, "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    # …and the footer's rows naming who runs the site, a unit's name as a field's value: no signature
    (LEAD + "\n" + MORE + "\n主办单位：白川市人民政府办公室 承办单位：白川市大数据中心", LEAD + "\n" + MORE),
    # a report's date under its signature kept after the site's buttons, however written: in Chinese numerals (a year
    # of 三 or 九 too), a typist's figure 0 for 〇, a day closed by 号
    (LEAD + "\n打印本页 关闭\n白川工业园区管委会\n二〇二三年十二月五日", LEAD + "\n白川工业园区管委会\n二〇二三年十二月五日"),
    (LEAD + "\n" + MORE + "\n白川工业园区管委会\n二0二四年三月二日\n关闭窗口",
     LEAD + "\n" + MORE + "\n白川工业园区管委会\n二0二四年三月二日"),
    (LEAD + "\n打印本页 关闭\n白川工业园区管委会\n2024年3月2号", LEAD + "\n白川工业园区管委会\n2024年3月2号"),
    # …and a page <title> joining the site's name to the headline the page prints again under it
    ("白川县政府门户网站-白川经开区召开一季度项目推进会\n白川经开区召开一季度项目推进会\n" + LEAD,
     "白川经开区召开一季度项目推进会\n" + LEAD),
    # a forum's post row of who and when, the date slashed and clocked, and the poster's account alone above the post
    ("白川论坛\nbaichuan2024\n白川园区召开推进会\nbaichuan2024 - 2024/3/2 09:15:20\n" + LEAD + "\n" + MORE,
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    # a counter's label whose figure the script fills, a field's label in brackets; the copy's origin as a label
    ("白川园区召开推进会\n浏览量\n【摘要】：\n" + LEAD + "\n" + MORE, "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n（转载自：白川融媒体中心）", LEAD + "\n" + MORE),
    # a document site's count of the pages it shows and its calls to download
    ("当前文档共8页 2.50\n下载后继续阅读\n白川园区2024年工作计划\n" + LEAD + "\n" + MORE + "\n已阅读2页,还剩6页未读 继续免费阅读\n下载本文档",
     "白川园区2024年工作计划\n" + LEAD + "\n" + MORE),
    # the reprint terms with the page's address in them, the header of the site's statement, the statement naming the
    # site after the copy's rights; the site's name and address glued after the last sentence, a bar after it
    (LEAD + "\n" + MORE + "\n《白川园区召开推进会》由白川新闻网提供，转载请注明出处：http://www.bcxw.cn/a/0302.html，谢谢合作！"
     "\n白川新闻网版权与免责声明\n1、如因作品版权和其它问题需要同本网联系的，请在见网后30日内进行。", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + " 白川网 www.bcw.Net |", LEAD + "\n" + MORE),
    # a portal's widgets and rows in their variants: the date widget with its label's colon, a visit counter in words, an
    # action with its count, the browser's notice, a player's label, an end mark in brackets, the sign-off rows (审核：,
    # 校对丨), the next item however counted, a government site's code, buttons, the call for contributions, a label
    # over file links
    ("今天是：2024年3月2日 星期六\n您是本站第12345位访客\n白川园区召开推进会\n点赞(12)\n" + LEAD
     + "\n您的浏览器不支持 video 标签。\n视频加载中...\n" + MORE
     + "\n（完）\n审核：李明\n校对丨张强\n上一条：白川园区开展安全检查\n网站标识码：1234000001",
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    ("白川园区召开推进会\n我要评论\n打印文章\n" + LEAD + "\n" + MORE + "\n投稿邮箱：bcfb@163.com\n附件下载：",
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    # the template's editor row glued after the last sentence (a news item's own credit in brackets stays: see below)
    (LEAD + "\n" + MORE + " (责任编辑:王晓) |", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "【编辑：王晓】", LEAD + "\n" + MORE),
    # a platform's safe-harbour statement, in Chinese or English; a post's location row and its counts; a comment box's
    # terms; the sign-off rows in brackets; a portal's link back to itself; buttons (我要打印, 【纠错】, 留言 (12))
    ("白川园区召开推进会\nIP属地：浙江\n1.2万阅读\n" + LEAD + "\n" + MORE + "\n（责编：王晓、李明）\n"
     "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。\n"
     "Notice: The content above is uploaded and posted by a user of a self-media platform, which only provides "
     "information storage services.\n文明上网理性发言，请遵守新闻评论服务协议\n已有0人参与\n0条评论\n返回白川网，查看更多",
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    ("我要打印\n【纠错】\n留言 (12)\n白川园区召开推进会\n" + LEAD + "\n" + MORE, "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    # a document site's rows in English: who put it up, when, its class, how often seen
    ("白川园区2024年工作计划\nUpload: others\nPost on 26-May-2020\n8 views\nCategory:\n0 download\n" + LEAD + "\n" + MORE,
     "白川园区2024年工作计划\n" + LEAD + "\n" + MORE),
    # the page's widgets under its dated post row, right above the text (a reader's button, a label of a navigation
    # the script fills): the headline stands above that row
    ("白川园区召开推进会\n发布日期：2024-03-02 10:12 来源：园区办公室\n朗读\n" + LEAD + "\n" + MORE,
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    ("白川园区召开推进会\n发布日期：2024-03-02 10:12\n来源：园区办公室\n打印\n【字体：小 中 大】\n内容导航：\n" + LEAD + "\n" + MORE,
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    ("白川园区召开推进会\n来源：白川网 作者：王晓 2024-03-02 10:12\n白川新闻\n—分享—\n" + LEAD + "\n" + MORE,
     "白川园区召开推进会\n" + LEAD + "\n" + MORE),
    # the marker where a site hides the text, however it says so, inside a sentence
    ("累计完成企业服务120余家次，答复解决问题 当前隐藏内容免费查看36项。", "累计完成企业服务120余家次，答复解决问题36项。"),
    # a list of the site's other pages under a header naming what they are, then which (新闻推荐)
    # (the teaser under it, cut short by the site's ellipsis right after a word, is the excerpt of the page it links to,
    # an entry of the list: session 24 — eval26's labeller marked such a teaser's words as the site's; a text's own
    # paragraph under a header of the site's list is not cut mid-clause)
    (LEAD + "\n" + MORE + "\n新闻推荐\n近日，白川农商行一位客户险些被骗走全部存款，好在柜员及时发现，帮客户保住了资金。营业经理向记者讲述了经过，当时这位客户急匆匆跑进...",
     LEAD + "\n" + MORE),
    # (…and a paragraph under such a header that ends on its stop stays, as a text's own paragraph would)
    (LEAD + "\n" + MORE + "\n新闻推荐\n近日，白川农商行一位客户险些被骗走全部存款，好在柜员及时发现，帮客户保住了资金。",
     LEAD + "\n" + MORE + "\n近日，白川农商行一位客户险些被骗走全部存款，好在柜员及时发现，帮客户保住了资金。"),
    # a row of signs alone, whatever the sign
    (LEAD + "\n↓↓↓\n" + MORE + "\n⇩", LEAD + "\n" + MORE),
    # a paper's page-turn notes, glued at either end; the copy's origin glued after the item's credit
    (LEAD + "（下转第三版）\n（上接第一版）" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n（相关报道详见A2版）", LEAD + "\n" + MORE),
    (LEAD + MORE + "（记者 王晓） 本文来自白川日报社", LEAD + MORE + "（记者 王晓）"),
    # the reprint terms by what they ask to keep, whatever the verb
    (LEAD + "\n" + MORE + "\n本文为白川频道原创文章，转载请附上原文出处链接和本声明。", LEAD + "\n" + MORE),
    # a comment box's or a search's empty state; a loading label with its call to read on
    (LEAD + "\n" + MORE + "\n评论已关闭。", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n暂无评论\n没有找到结果。", LEAD + "\n" + MORE),
    ("加载中....（立即查看全文）\n" + LEAD + "\n" + MORE, LEAD + "\n" + MORE),
])
def test_furniture_goes(raw, expected):
    assert clean_text(raw) == expected
    assert clean_text(expected) == expected


@pytest.mark.parametrize("page", [
    # a report's signature and date after its last sentence, and after the site's furniture too
    LEAD + "\n白川工业园区管委会\n2024年3月2日",
    LEAD + "\n白川工业园区管委会\n二〇二四年三月二日",
    # a table's rows after the last sentence, its header without figures
    LEAD + "\n项目名称 总投资 年度计划\n智能装备产业园 12.5 4.2\n新材料产业园 8.6 3.1",
    # headings and attachments closing a page cut short, a closing sentence
    LEAD + "\n二、下一步工作打算",
    LEAD + "\n附件：1.重点项目清单",
    LEAD + "\n特此报告。",
    # short headings and numbered items in the body
    "一、主要成效\n" + LEAD + "\n（一）项目建设\n" + MORE + "\n1.招商引资\n" + MORE,
    # a headline of two phrases, a byline, a date line above a lead
    "白川园区 春潮涌动\n记者 王晓 通讯员 李明\n2024年3月2日\n" + LEAD,
    # a title ending in its genre word, printed once, above the text; a bare park name above its title
    "白川工业园区\n2024年工作计划\n" + LEAD,
    # a sentence naming a registered design and copyright together: no account prompt, no site's words
    "園區企業共創造知識產權四百五十項，包括版權、商標及註冊設計，並贏得二百項設計獎項。\n" + LEAD,
    # a report's title in English words under its Chinese one, a reporter's credit with place and date
    "白川科学园年度报告\nBaichuan Science Park Annual Report\n" + LEAD,
    "白川新闻网记者王晓 白川2024-03-02 17:15\n" + LEAD,
    # a comparison written with < and > is no markup
    "园区企业用地效率分级：亩均税收<5万元的企业列为C类，>30万元的列为A类。",
    # a report's own contact row at its end (its hotline belongs to it there)
    LEAD + "\n招商热线：0571-86001234",
    # a heading list of a plan's parts, set short
    "白川工业园区2024年工作计划\n一、目标任务\n" + LEAD + "\n二、重点工作\n" + MORE,
    # a paragraph of sentences closed by a photographer's name is no caption; a reporter's byline with 摄 stays
    LEAD + "\n园区一期厂房已竣工。园区大门前的招商看板。王晓摄",
    LEAD + "\n记者 王晓 通讯员 李明 摄",
    # a title with a span of years over its text is no page <title>
    "2024-2026年白川园区发展规划\n2024-2026年白川园区发展规划（草案）\n" + LEAD,
    # a figure's reference and a project's phases in brackets are no picture's credit
    LEAD + "\n园区完成产值100亿元（见图1），项目总投资5亿元（一期/二期）。",
    # a speech's closing exclamation before the site's footer; a sentence in brackets closing a paragraph mid-text
    LEAD + "\n谢谢大家！",
    LEAD + "（下同）\n" + MORE,
    # …and the text's last sentence closing on such an aside, a long unpunctuated line of the text after it
    LEAD + MORE + "（下同）\n白川工业园区二〇二四年重点项目建设计划表及各项目责任单位和完成时限一览",
    # a report speaking of copyright in its own work (版权 as a trade's matter, no site of its own)
    "园区新增版权登记作品120件，知识产权服务中心已为企业代理转载授权纠纷调解3起。\n" + LEAD,
    # figures in a table row whose cells look like pairs of a digit and a letter are no jammer
    LEAD + "\n项目 A 12 B 15 C 18 D 20 E 22",
    # the margins keep the report's own short lines: a salutation, a title over its park, an attachment's list, a
    # unit's credit in brackets, an enumeration, the text's line cut short by the page
    "各位代表：\n" + LEAD + "\n" + MORE,
    LEAD + "\n" + MORE + "\n白川工业园区管委会",
    LEAD + "\n" + MORE + "\n白川工业园区管委会\n白川工业园区党工委\n2024年3月2日",
    "白川园区简介\n" + LEAD + "\n" + MORE,
    LEAD + "\n" + MORE + "\n附：示范园区名单\n白川经济技术开发区（装备制造）\n青禾高新技术产业开发区（电子信息）",
    LEAD + "\n" + MORE + "\n（白川融媒体中心）",
    LEAD + "\n" + MORE + "\n全力打好三场攻坚战\n●一是招商引资攻坚\n●二是项目建设攻坚",
    LEAD + "\n" + MORE + "\n园区各部门和各企业始终……",
    # a news item counting a report's characters; a masked name after a full stop; a guide named in a sentence
    LEAD + "\n报告全文共18000字，分为回顾、目标和任务三个部分。",
    LEAD + "\n签约企业为□□公司。□□",
    LEAD + "\n园区编印《企业服务导读》三千册，发放到每一家入园企业。",
    # an address inside a sentence, or in a row with the row's words after it
    LEAD + "\n企业可登录http://www.bcpark.gov.cn/zc/2024/0302.html查看申报指南。",
    LEAD + "\n" + MORE + "\n申报指南详见 http://www.bcpark.gov.cn/zc/0302.html 附件2",
    # a rule on copying files, an event's organiser in a sentence, a report's own copyright in a sentence
    LEAD + "\n对涉密文件严禁转载、复制。",
    LEAD + "\n本次推介会由白川市商务局主办，白川经开区管委会承办。",
    LEAD + "\n园区企业全年登记软件著作权86件，版权所有人均为园区企业。",
    # a report's clicks counted, its own view as its writer's
    LEAD + "\n园区网站全年点击量增长三成，了解园区政策的企业明显增多。",
    LEAD + "\n以上观点仅代表个人看法，不当之处请批评指正。",
    # a heading naming a check (审核：) inside the text, a sentence on downloading a form, a station (本站) beside a
    # copyright service, 今天是 opening a sentence
    LEAD + "\n（二）严格项目审核：对入园项目实行联审联批\n" + MORE,
    LEAD + "\n企业可下载申报表后填写，并于3月底前报送园区经发局。",
    LEAD + "\n园区新设版权服务工作站，为本站周边企业提供登记服务。",
    LEAD + "\n今天是园区成立十周年，全区上下干劲十足。",
    LEAD + "\n园区数据中心为入驻企业提供信息存储服务，机柜出租率达85%。",
    LEAD + "\n" + MORE + "（王晓）",
    # a sign inside a line, an origin or a page named inside a sentence, a comment that is the text's
    LEAD + "\n工业产值↑12%，税收↑8%。",
    LEAD + "\n本文来自园区管委会年度调研，数据截至2023年底。",
    LEAD + "\n会议审议了园区规划（第二版），项目转入实施阶段。",
    LEAD + "\n园区用地规划详见附件（见第3页）",
    LEAD + "\n园区排查隐藏内容不实的申报材料3份。",
    LEAD + "\n评论认为，园区关闭落后产能的做法值得推广。",
    # …and a post set in short lines, its opening lines clauses (no menu), its tail after its last sentence its own
    "白川园区的四季\n作为白川园区的小编\n每天都在写园区的新闻\n这一次想换个写法\n带你看看园区的四季\n" + LEAD
    + "\n夏天\n企业的灯光亮到深夜\n秋天\n" + MORE + "\n冬天\n数着一年里新来的六十家企业",
])
def test_report_lines_stay(page):
    assert clean_text(page) == page.replace(" 12.5", "12.5").replace(" 8.6", "8.6")  # (a blank before a figure is normalised)



@pytest.mark.parametrize("raw, expected", [
    # a title the page's layout broke over two lines (政府工作报 / 告) is one line at the margins, the report's own
    ("政府工作报\n告\n——2024年1月8日在白川县第五届人民代表大会第三次会议上\n各位代表：\n"
     "现在，我代表县人民政府，向大会报告政府工作，请予审议。\n" + MORE,
     "政府工作报告\n——2024年1月8日在白川县第五届人民代表大会第三次会议上\n各位代表：\n"
     "现在，我代表县人民政府，向大会报告政府工作，请予审议。\n" + MORE),
    # the name a profile's first sentence opens with, over its caption: what the text is about, no site's cell…
    # (the wiki's redirect note between them is MediaWiki's, on every mirror, no line of the profile: session 22 drops it)
    ("白沙创新园\n（重定向自白沙工业村）\n白沙创新园（2016年）\n"
     "白沙创新园（英语：Baisha InnoPark），前称白沙工业村，是白川市的一个工业区，占地67公顷。\n" + MORE,
     "白沙创新园\n白沙创新园（2016年）\n"
     "白沙创新园（英语：Baisha InnoPark），前称白沙工业村，是白川市的一个工业区，占地67公顷。\n" + MORE),
    # …while the site's cells above it go, its name too where the lead opens with it as its credit (某某发布讯)
    ("白川发布\n首页\n白川园区召开推进会\n白川发布讯3月2日，白川工业园区召开一季度项目推进会，部署全年重点项目建设工作。\n" + MORE,
     "白川园区召开推进会\n白川发布讯3月2日，白川工业园区召开一季度项目推进会，部署全年重点项目建设工作。\n" + MORE),
    ("导航\n首页\n白沙创新园（2016年）\n白沙创新园（英语：Baisha InnoPark），前称白沙工业村，是白川市的一个工业区。\n" + MORE,
     "白沙创新园（2016年）\n白沙创新园（英语：Baisha InnoPark），前称白沙工业村，是白川市的一个工业区。\n" + MORE),
    # a headline whose kicker exclaims (白川园区赢了!…) stays the page's first line once its date row and the caption
    # under it go: no half of a sentence broken by the layout ends a sentence inside it
    ("白川园区赢了!全省最赚钱的园区是它,营收蝉联冠军\n2024-03-02 09:56\n"
     "2023年全省三大园区营业额出炉,合计达4.7万亿元。(图/白川市政府提供)\n"
     "2023年全省三大园区营业额出炉,合计达4.7万亿元,创历年新高,年增20%。其中白川园区首度突破2万亿元。\n" + MORE,
     "白川园区赢了!全省最赚钱的园区是它,营收蝉联冠军\n"
     "2023年全省三大园区营业额出炉,合计达4.7万亿元,创历年新高,年增20%。其中白川园区首度突破2万亿元。\n" + MORE),
    # under the post row, the headline printed again over two lines, a dateline's credit, the audience called and
    # a report's first heading stay: only a widget goes there
    ("白川县人大常委会视察白川经开区环保产业园\n发布日期：2024-03-02 10:12\n白川县人大常委会\n视察白川经开区环保产业园\n" + LEAD,
     "白川县人大常委会视察白川经开区环保产业园\n白川县人大常委会\n视察白川经开区环保产业园\n" + LEAD),
    ("白川园区召开推进会\n发布日期：2024-03-02 10:12\n白川日报白川讯\n" + LEAD, "白川园区召开推进会\n白川日报白川讯\n" + LEAD),
    ("白川县政府工作报告\n发布日期：2024-03-02 10:12\n各位代表：\n" + LEAD, "白川县政府工作报告\n各位代表：\n" + LEAD),
    ("白川园区上半年工作总结\n发布日期：2024-07-02 10:12\n工作回顾\n" + LEAD + "\n" + MORE,
     "白川园区上半年工作总结\n工作回顾\n" + LEAD + "\n" + MORE),
])
def test_the_reports_opening_stays(raw, expected):
    assert clean_text(raw) == (expected or raw)


@pytest.mark.parametrize("raw, expected", [("白川园区\n发布日期：2024-03-02 10:12\n园区风貌", "白川园区\n园区风貌"),
                                           ("发布日期：2024-03-02 10:12\n园区风貌\n分享", "园区风貌"),
                                           # (朗读, the page's read-aloud button, is known by its name since session 31,
                                           # wherever it stands, as 分享 is)
                                           ("白川园区\n发布日期：2024-03-02 10:12\n朗读", "白川园区"),
                                           ("发布日期：2024-03-02 10:12\n朗读\n分享", "")])
def test_a_post_row_over_no_text_is_read(raw, expected):
    """A page with a dated post row and short cells but no sentence: read as before, its cells kept (there is no text
    for a widget to stand over, and the rule under the post row does not fire); a cell that names a tool of the page
    goes, as it would anywhere."""
    assert clean_text(raw) == expected

def test_a_jammer_is_its_own_rhythm():
    """The jammer's pairs and the forum's strings go; the post's own line glued to them stays (its byline, its date)."""
    lines = ["2024年4月12日 白川论坛,bc,bcbbs2 b9 f3 J/ \\3 w6 X- L", "记者：王晓白川论坛,bc,bcbbs; x) Y6 c' l$ f",
             "( \\9 M. [, v4 b4 X4 @白川论坛,bc,bcbbs" + LEAD]
    assert furniture.strip_jammer(lines) == ["2024年4月12日", "记者：王晓", LEAD]
    assert furniture.strip_jammer([LEAD, MORE]) == [LEAD, MORE]


@pytest.mark.parametrize("line", ["一、项目建设 蓝笺汇,公文素材文库", "蓝笺汇,公文素材文库"])
def test_watermark_is_site_names_side_by_side(line):
    assert furniture.strip_glued(line, lambda _: False) in ("一、项目建设", "")


@pytest.mark.parametrize("word", UNIT_END_WORDS)
def test_one_list_of_how_a_units_name_ends(word):
    """A unit signing a report (furniture) and a unit acting in a lead (titles) end on the same words."""
    assert furniture.is_report_end_line("白川工业园区" + word)
    assert titles._UNIT_END.fullmatch(word)


@pytest.mark.parametrize("line", [
    "白川园区 春潮涌动", "记者 王晓 通讯员 李明", "项目名称 总投资 年度计划",
    "稳增长 促改革 调结构 惠民生", "白川工业园区管委会", "主要任务：稳增长 促改革 调结构 惠民生",
    "2024年3月2日在白川工业园区工作会议上的讲话",
])
def test_a_report_line_is_no_head_furniture(line):
    assert not furniture.is_head_furniture(line)


# ------------------------------------------------------------ the search side

U13 = sorted(AUTHORED.glob("u1[3456789]_*.txt"))
FURNITURE_WORDS = ["订阅", "进阶搜寻", "顶部", "最新信息", "蓝笺汇", "公文素材文库", "转载", "网站地图", "上一篇",
                   "真人娱乐", "彩金", "服务热线", "索引号", "内容概述", "公众号", "阅读全文", "马上注册", "港湾新闻网",
                   "发表日期", "资料图片", "柘溪论坛", "zexibbs", "网上家园", "示意图", "陈怡君摄", "最新话题", "亲子露营",
                   "收录于", "阅读原文", "特别声明", "不代表本平台", "随机文章", "网站首页", "友善列印", "文字级数", "作者信息",
                   "赤岭发布", "字体放大", "加入粉丝团", "热门专题", "招商地图", "防爆灯具", "户外投光灯", "热点推荐",
                   "专精特新", "政务公开", "放大", "缩小", "打印", "李明", "管委会提供", "大会现场", "扫码关注", "新闻线索",
                   "正文复制", "维基百科", "自由的百科全书", "来源请求", "导读", "songlingol", "松岭在线", "原始标题", "来源是",
                   "未完", "当前仅显示", "关闭窗口", "蓝字", "原标题", "转载请注明", "点赞", "上一页", "主办单位", "承办单位",
                   "版权所有", "访问量", "不良信息", "lanxi2088", "浏览量", "摘要", "谢谢合作", "免责声明", "同本网联系",
                   "当前文档共", "下载后继续阅读", "继续免费阅读", "第208316位", "不支持", "加载中", "审核", "上一条",
                   "网站标识码", "朗读", "内容导航", "下转", "上接", "本文来自", "查看全文", "评论已关闭", "暂无评论",
                   "转载请附上", "转载请保留"]


@pytest.fixture(scope="module")
def u13_service(tmp_path_factory):
    return service_of_texts(tmp_path_factory, "u13", {p.name: p.read_text(encoding="utf-8") for p in U13})


@pytest.mark.parametrize("word", FURNITURE_WORDS)
def test_furniture_words_are_found_nowhere(u13_service, word):
    answer = u13_service.search(SearchRequest(q=f'"{word}"', per_page=50, collapse=False))
    assert answer["total"] == 0, (word, [r["title"] for r in answer["results"]])


@pytest.mark.parametrize("word, title", [
    ("研发企业", "雲嶺科技園區去年新增研發企業四十二家"),
    ("青禾经济开发区管委会", "青禾经济开发区2023年工作总结"),
    ("智能装备产业园", "桐溪经济开发区2024年工作计划"),
    ("冷链专线", "栖霞湾物流园区一季度货运量增长两成"),
    ("智能制造产业园二期", "柘溪高新区一季度新签约项目12个"),
    ("积体电路", "翠谷科技產業園區2024年營業額創新高 年增一成二"),
    ("倒排工期", "青崖经济开发区召开一季度重点项目调度会"),
    ("赤岭经济技术开发区管委会", "赤岭经济技术开发区2023年工作总结"),
    ("链式招商", "松岗经济开发区二季度新签约项目9个 协议总投资46亿元"),
    ("续建项目", "云杉工业园区2024年上半年工作总结"),
    ("六十家企业", "桂湾科创园的四季"),
    ("柳溪工业园区", "省里公布首批绿色示范园区名单 三家开发区入选"),
    ("孵化服务体系", "云岭高新区新增两家省级孵化器"),
    ("政府工作报告", "政府工作报告"),
    ("柳岸数码港", "柳岸数码港"),
    ("企业需求放在首位", "白川工业园区2023年工作总结"),
    ("营商环境三项工作", "笃行实干开新局 白川经开区召开高质量发展大会"),
    ("数字内容产业", "青杉科技园"),
    ("项目专班推进机制", "松岭高新区一季度新签约项目15个"),
    ("二〇二四年一月十九日", "桐溪经济开发区2023年工作总结"),
    ("百亿级冷链产业集群", "栖霞湾物流园区冷链物流中心一期投用"),
    ("驻点招商", "青柳高新区二季度新签约项目11个"),
    ("挂图作战", "榆湾经开区召开二季度项目建设调度会"),
    ("竣工投产项目", "2024年栖岭工业园区上半年工作总结"),
    ("季节性缺工", "松湖工业园区举办秋季企业用工对接会"),
    ("观摩组", "桐岭经开区召开二季度重点项目观摩会"),
    ("缺链补链", "柳湾高新区跑出项目建设加速度"),
    ("膜生物反应器", "槐川工业园区污水处理厂二期通水运行"),
    ("多温区冷库", "溪口物流园区冷库群投入使用"),
])
def test_the_texts_words_are_found(u13_service, word, title):
    answer = u13_service.search(SearchRequest(q=f'"{word}"', per_page=50, collapse=False))
    assert title in [r["title"] for r in answer["results"]]


@pytest.mark.parametrize("raw, expected", [
    # a byline row however the magazine sets its separator (丨, a Roman one Ⅰ, a slash) and spaces its names, and a
    # byline glued to its verb (撰文某某): who wrote it, above the text or under it
    ("文Ⅰ本刊记者 付 松 李 坤\n" + LEAD, LEAD),
    ("文丨周明远\n" + LEAD + "\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n撰文白川文苑\n" + MORE, LEAD + "\n" + MORE),
    ("撰稿：林岚 吴越\n" + LEAD, LEAD),
    # the editor's credit in brackets whatever the editor's post before 编辑, glued after the last sentence or alone
    (LEAD + "\n" + MORE + "(实习编辑:刘某某)", LEAD + "\n" + MORE),
    (LEAD + "\n" + MORE + "\n（网络编辑：周某）", LEAD + "\n" + MORE),
    # the site's count of the text's characters glued after the headline
    ("白川工业园区2024年工作总结[此文共12424字]\n" + LEAD, "白川工业园区2024年工作总结\n" + LEAD),
    # the site's terms with the authors whose works it shows (their fee, the takedown)
    (LEAD + "\n" + MORE + "\n特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下。",
     LEAD + "\n" + MORE),
    # a blog's comment box in English and its software's credit after the blog's name
    (LEAD + "\n" + MORE + "\nNo comments:\nPost a Comment\n白川 Team. Powered by Blogger.", LEAD + "\n" + MORE),
])
def test_credits_counters_and_blog_rows_go(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("page", [
    # a heading or a sentence opening with 文 or 撰文, and the word 编辑 in a sentence or a heading, are the report's
    LEAD + "\n文化旅游产业园区建设\n" + MORE,
    LEAD + "\n撰文纪念园区建设三十周年的活动由管委会办公室牵头组织。\n" + MORE,
    LEAD + "\n（二）编辑出版园区年鉴\n" + MORE,
    LEAD + "\n" + MORE + "（全文共分三个部分）",
    # a reporter's credit with no 摄 stays where it is (a news item's own credit), and a count of a park's 字 never goes
    LEAD + "\n" + MORE + "\n记者 王某某 通讯员 李某",
    LEAD + "\n园区已建成“三字经”学习阵地12处，覆盖企业职工8000余人。\n" + MORE,
    # a report's works and fees are its own where no site speaks of them
    LEAD + "\n园区文化中心展出职工书画作品120件，评出优秀作品15件并发放稿酬。\n" + MORE,
])
def test_report_lines_like_credits_stay(page):
    assert clean_text(page) == page


@pytest.mark.parametrize("raw, expected", [
    # an official document's page number as GB/T 9704 sets it (— 1 —): alone on its line, or where a converter ran the
    # pages together into one line; an ASCII one alone (- 2 -)
    (LEAD + "\n— 1 —\n" + MORE, LEAD + "\n" + MORE),
    (LEAD + "\n- 2 -\n" + MORE, LEAD + "\n" + MORE),
    # a row of hashtags under the text, however many, with Weibo's closing # too
    (LEAD + "\n" + MORE + "\n#白川新闻 #园区动态 #项目建设 #稳增长", LEAD + "\n" + MORE),
    (LEAD + "\n#白川新闻# #园区招商#\n" + MORE, LEAD + "\n" + MORE),
    # a hijacker's keyword list on the page's first line, joined by ASCII commas as a page's keywords are
    ("百度影音在线,免费高清电影,午夜剧场,热门短视频,手机看片\n" + LEAD + "\n" + MORE, LEAD + "\n" + MORE),
    # a forum's printed page: its reader tool after the headline, its welcome with its address and software credit
    ("白川工业园区一季度项目推进会召开 [打印本页]\n" + LEAD + "\n" + MORE
     + "\n欢迎光临 白川论坛 (https://bbs.baichuan.example.cn/) Powered by Discuz! X3.2",
     "白川工业园区一季度项目推进会召开\n" + LEAD + "\n" + MORE),
    ("白川工业园区一季度项目推进会召开 【打印】【关闭窗口】\n" + LEAD, "白川工业园区一季度项目推进会召开\n" + LEAD),
])
def test_page_numbers_hashtags_keyword_lists_and_printed_forum_rows_go(raw, expected):
    assert clean_text(raw) == expected


def test_a_page_number_inside_a_converted_line_goes():
    # (a converter ran a document's pages into one line: the page number between them goes, every word stays)
    run = "白川工业园区管委会 2024年1月8日{}白川工业园区2024年工作要点 一、总体要求 " + MORE
    assert "— 1 —" in run.format(" — 1 — ")
    assert clean_text(run.format(" — 1 — ")) == clean_text(run.format(" "))


@pytest.mark.parametrize("page", [
    # a report's dashes between figures or words, its ranges, its one tag in a sentence and its enumerations stay
    LEAD + "\n园区2021—2025年规划面积达12平方公里，一期—二期工程已完工。\n" + MORE,
    LEAD + "\n园区在话题#园区招商#下发布项目信息16条。\n" + MORE,
    # hashtags over a post stay: they tell what the post is about (the reader's subject rule reads them)
    "#白川新闻 #白川工业园区\n" + LEAD + "\n" + MORE,
    LEAD + "\n一、二、三期项目进展顺利,四期,五期,六期,七期正在招商\n" + MORE,
    # a heading closed by a bracketed word that is no reader tool, a part of the text in brackets
    LEAD + "\n园区企业名单【附表】\n" + MORE,
])
def test_report_lines_like_page_numbers_and_tags_stay(page):
    assert clean_text(page) == page


def test_a_mirrors_lead_with_ascii_commas_is_no_keyword_list():
    # (its clauses tell in other words what the paragraphs under it tell: it stays, run into the next line as any
    # line with no stop is)
    lead = "3月2日,白川工业园区召开一季度项目推进会,部署全年重点项目建设工作,会议由管委会主任主持,各部门负责人参加会议"
    assert clean_text(lead + "\n" + MORE).startswith(lead)
