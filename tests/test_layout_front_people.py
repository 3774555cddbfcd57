"""lay22a's front-matter rules for who wrote a document, each on lines written in other words than the dev documents
that showed the need (tests/layouts): interviewers, speakers, translators, writers named after the summary or at
the end, names printed with wide spaces, and the lines that name nobody."""

from __future__ import annotations

import pytest

from allyscope import parse_text

_BODY = "两国海岸警卫队今年举行了三次联合演练。\n演练的重点是海上搜救和船舶火灾处置。\n"
_BODY_HANT = "兩國海巡機關今年舉行了三次聯合演練。\n演練的重點是海上搜救與船舶火災處置。\n"
_BODY_JA = "両国の海上保安機関は今年、三回の合同訓練を行った。\n訓練の重点は捜索救助と船舶火災への対応である。\n"
_BODY_EN = "Coast guards of the two states held three joint drills this year.\nThe drills covered rescue at sea.\n"


def _kinds(doc: object, kind: str) -> list[str]:
    return [doc.span_text(s) for s in doc.spans if s.kind == kind]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "line,authors",
    [
        ("聞き手：岡本留美", ["岡本留美"]),  # the interviewer writes the page
        ("聞き手・まとめ＝小西達也", ["小西達也"]),
        ("講演者：藤井宏明（海事大学名誉教授）", ["藤井宏明"]),  # a speaker's name in a lecture's header
    ],
)
def test_japanese_interviewer_and_speaker_labels(line: str, authors: list[str]) -> None:
    doc = parse_text(f"港湾警備の国際協力を考える\n{line}\n2023年10月2日\n{_BODY_JA}")
    assert doc.title == "港湾警備の国際協力を考える"
    assert doc.authors == authors


@pytest.mark.parametrize("line,authors", [("主讲人：韩志远", ["韩志远"]), ("採訪／整理：蘇怡萱", ["蘇怡萱"])])
def test_chinese_speaker_and_interview_labels(line: str, authors: list[str]) -> None:
    doc = parse_text(f"海上执法合作的几个问题\n{line}\n2023-10-02\n{_BODY}")
    assert doc.authors == authors


def test_a_lecture_record_label_is_no_title() -> None:
    doc = parse_text(f"講演記録\n沿岸警備機関の人材育成\n講演者：野村恵子\n{_BODY_JA}")
    assert doc.title == "沿岸警備機関の人材育成"
    assert doc.authors == ["野村恵子"]


@pytest.mark.parametrize("line", ["訳＝森下沙織", "译=钱晓东", "訳／森下沙織"])
def test_translator_after_an_equals_sign_or_slash_is_no_author(line: str) -> None:
    doc = parse_text(f"北極海の航路と沿岸国\nエマ・ラーセン（北欧海洋研究所研究員）\n{line}\n2022年5月9日\n{_BODY_JA}")
    assert doc.authors == ["エマ・ラーセン"]
    assert _kinds(doc, "credit") == [line]


def test_writers_special_to_a_paper() -> None:
    byline = "By Hana Novak and Luis Ferreira, Special to The Coastal Post"
    doc = parse_text(f"Rescue Crews Train Together\n{byline}\n{_BODY_EN}")
    assert doc.authors == ["Hana Novak", "Luis Ferreira"]


def test_news_section_trail_parted_by_a_bar_is_no_title() -> None:
    doc = parse_text(f"Europe | Security\nNavies Share a Patrol Schedule\nBy Ola Berg\n{_BODY_EN}")
    assert doc.title == "Navies Share a Patrol Schedule"
    assert doc.authors == ["Ola Berg"]
    assert _kinds(doc, "navigation") == ["Europe | Security"]


def test_latin_names_with_ideographic_spaces() -> None:
    byline = "SATO\u3000Yuki\u3000and\u3000Peter\u3000NILSSON"
    doc = parse_text(f"Training Coast Guards in the Pacific\n{byline}\n{_BODY_EN}")
    assert doc.authors == ["SATO Yuki", "Peter NILSSON"]


@pytest.mark.parametrize(
    "line,authors",
    [
        ("村上\u3000亮", ["村上 亮"]),  # one Japanese name, family and given name apart
        ("佐々木\u3000美紀", ["佐々木 美紀"]),
        ("高田修二\u3000石井久美子", ["高田修二", "石井久美子"]),  # two full names: too long for one
    ],
)
def test_spaced_japanese_names(line: str, authors: list[str]) -> None:
    doc = parse_text(f"海上保安官の国際研修\n{line}\n2024年4月1日\n{_BODY_JA}")
    assert doc.authors == authors


def test_two_short_chinese_names_with_a_wide_space_stay_two() -> None:
    doc = parse_text(f"海警合作的新起点\n李强\u3000王芳\n2024-04-01\n{_BODY}")
    assert doc.authors == ["李强", "王芳"]


def test_a_labelled_byline_after_the_abstract() -> None:
    doc = parse_text(
        "海上通报机制的建设路径\n摘要：本文讨论海上事件通报机制的建设路径。\n"
        "作者：邓明辉（沿海战略研究所研究员）\u3000苏雨晴（沿海战略研究所助理研究员）\n一、引言\n" + _BODY
    )
    assert doc.authors == ["邓明辉", "苏雨晴"]
    assert not any("作者" in t for t in _kinds(doc, "paragraph"))  # the byline is no text


def test_a_labelled_byline_after_english_keywords() -> None:
    doc = parse_text(
        "Hotlines at Sea\nAbstract: This brief asks why hotlines between coast guards are rare.\n"
        "Keywords: hotlines; coast guards\nAuthors: Nadia Petrova and Ken Ito\n1. Introduction\n" + _BODY_EN
    )
    assert doc.authors == ["Nadia Petrova", "Ken Ito"]


def test_a_body_line_after_the_abstract_names_no_author() -> None:
    doc = parse_text(
        "海上通报机制的建设路径\n摘要：本文讨论海上事件通报机制的建设路径。\n"
        "作者认为，通报机制的关键在于互信。\n" + _BODY
    )
    assert doc.authors == []


@pytest.mark.parametrize(
    "closing,author",
    [
        ("（作者：邱文杰，系南方海洋研究院副研究员）", "邱文杰"),
        ("（作者：賴佳穎，現任海洋政策學會研究員）", "賴佳穎"),
    ],
)
def test_closing_bracket_naming_the_writer_and_post(closing: str, author: str) -> None:
    doc = parse_text(f"海上搜救需要更多互信\n2023-11-20 07:40\n{_BODY_HANT}{closing}\n")
    assert doc.authors == [author]
    assert closing not in "".join(_kinds(doc, "paragraph"))


def test_a_closing_bracket_without_a_name_names_nobody() -> None:
    doc = parse_text(f"海上搜救需要更多互信\n2023-11-20 07:40\n{_BODY_HANT}（作者為海洋政策學會研究員）\n")
    assert doc.authors == []


def test_numbered_affiliations_over_two_lines_are_no_heading() -> None:
    doc = parse_text(
        "国际海事研究　2022年第3期\n港口国监督的区域合作\n田嘉禾1\u3000方若兰2\n"
        "（1. 北方海事大学法学院，大连\u3000116000；\n2. 东南政法学院国际法系，福州\u3000350000）\n"
        "摘要：本文讨论港口国监督的区域合作。\n一、引言\n" + _BODY
    )
    assert [(h.label, h.title) for h in doc.headings] == [("一", "引言")]
    assert doc.authors == ["田嘉禾", "方若兰"]


def test_a_heading_with_its_own_brackets_stays_a_heading() -> None:
    doc = parse_text(f"海上合作研究\n王立\n1. 合作的缘起（概述）\n{_BODY}2. 合作的前景\n{_BODY}")
    assert [h.title for h in doc.headings] == ["合作的缘起（概述）", "合作的前景"]


def test_abstract_label_ends_the_authors_last_note() -> None:
    doc = parse_text(
        "Ports and Partners\nIrene WALSH* and Tariq OMAR**\n* Reader in Law, Westfield University\n"
        "** Research Associate, Harbour Institute\nAbstract\nThis article compares two port-security agreements.\n"
        "1. Introduction\n" + _BODY_EN
    )
    assert doc.authors == ["Irene WALSH", "Tariq OMAR"]
    assert doc.abstract == "This article compares two port-security agreements."
    assert [doc.note_text(f) for f in doc.footnotes] == [
        "Reader in Law, Westfield University",
        "Research Associate, Harbour Institute",
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"海警局举行年度海上救助演练\n2024-07-15 09:10\n{_BODY}",  # a news flash: no byline
        f"海上安全形势评估报告\n沿海战略研究院\n2024年12月\n{_BODY}",  # an institute, no person
    ],
)
def test_documents_naming_no_person_have_no_author(text: str) -> None:
    assert parse_text(text).authors == []


@pytest.mark.parametrize("line", ["取材・文／植田 真央", "構成・文＝植田 真央", "文・構成：植田 真央"])
def test_japanese_reporting_and_writing_labels(line: str) -> None:
    doc = parse_text(f"灯台守の島を訪ねて\n{line}\n写真／北川 純\n2023年3月6日\n{_BODY_JA}")
    assert doc.authors == ["植田 真央"]


def test_interviewee_is_no_author_the_interviewer_is() -> None:
    doc = parse_text(
        "专访\n海上执法需要共同规则\n受访者：魏国栋（海洋法治研究中心主任）\n采访：孔令仪\n整理：段书豪\n"
        f"2022-09-14\n{_BODY}"
    )
    assert doc.title == "海上执法需要共同规则"
    assert doc.authors == ["孔令仪"]


def test_moderator_is_no_author_the_speaker_with_a_command_is() -> None:
    doc = parse_text(
        "Keynote Address\nKeeping the Straits Open\nSpeaker: Vice Admiral Rosa Lind, Commandant, Northern Coast Guard\n"
        f"Moderated by Prof. Igor Malik\n4 April 2023\n{_BODY_EN}"
    )
    assert doc.title == "Keeping the Straits Open"
    assert doc.authors == ["Rosa Lind"]


@pytest.mark.parametrize(
    "closing,author",
    [
        ("（執筆：長谷部恵／南洋研究センター主任研究員）", "長谷部恵"),
        ("（筆者＝ソフィア・ベルク）", "ソフィア・ベルク"),  # the dot inside a katakana name parts nothing
    ],
)
def test_japanese_closing_bracket_naming_the_writer(closing: str, author: str) -> None:
    doc = parse_text(f"海底ケーブルを誰が守るのか\n2023年7月3日\n{_BODY_JA}{closing}\n")
    assert doc.authors == [author]


def test_wechat_article_author_label_with_post_after_a_wide_space() -> None:
    doc = parse_text(f"北极航道的治理难题\n本文作者：温雅琳\u3000北方大学国际关系学院讲师\n{_BODY}")
    assert doc.authors == ["温雅琳"]


def test_book_review_reviewer_is_the_author_not_the_books() -> None:
    doc = parse_text(
        "Review Essay\nWhat Navies Are For\nReviewed by Tomasz Wrobel\n"
        f"Fleets and Diplomacy. By Clara Hughes. Northgate Press, 2022. 280 pp.\n{_BODY_EN}"
    )
    assert doc.title == "What Navies Are For"
    assert doc.authors == ["Tomasz Wrobel"]


@pytest.mark.parametrize("byline", ["By The Editorial Board", "By the Editorial Team", "By Staff Writers"])
def test_editorial_byline_names_no_person(byline: str) -> None:
    doc = parse_text(f"Editorial\nA Code for Coast Guards\n{byline}\nJuly 1, 2023\n{_BODY_EN}")
    assert doc.title == "A Code for Coast Guards"
    assert doc.authors == []


@pytest.mark.parametrize(
    "line,author,post",
    [("防衛大臣\u3000川口 正樹", "川口 正樹", "防衛大臣"), ("外交部长\u3000陆远航", "陆远航", "外交部长")],
)
def test_post_before_a_name_under_a_speech_title(line: str, author: str, post: str) -> None:
    doc = parse_text(f"海洋秩序に関する演説\n{line}\n{_BODY_JA}")
    assert doc.authors == [author]
    assert _kinds(doc, "affiliation") == [post]


def test_research_group_under_a_proposal_title_and_drafters_at_the_end() -> None:
    doc = parse_text(f"关于完善海上执法协作机制的建议\n海上安全治理课题组\n{_BODY}（执笔人：邵立平、贺晨）\n")
    assert doc.title == "关于完善海上执法协作机制的建议"
    assert doc.authors == ["邵立平", "贺晨"]


def test_english_title_under_a_chinese_title_is_no_author() -> None:
    doc = parse_text(
        "海上风电设施的安全保护\nSecurity of Offshore Wind Farms in the Taiwan Strait\n林子涵（海洋大学研究员）\n"
        + _BODY_HANT
    )
    assert doc.authors == ["林子涵"]
    assert _kinds(doc, "translated-title") == ["Security of Offshore Wind Farms in the Taiwan Strait"]


def test_english_names_under_a_chinese_title_stay_names() -> None:
    doc = parse_text(f"海上风电设施的安全保护\nAlan Wu and Mei Chen\n{_BODY_EN}")
    assert doc.authors == ["Alan Wu", "Mei Chen"]


def test_closing_reporters_parted_by_a_label() -> None:
    doc = parse_text(f"海警船完成远海救助\n2023-06-02 10:00\n{_BODY}（本报记者　龚晓光　实习生　任思远）\n")
    assert doc.authors == ["龚晓光", "任思远"]


def test_contributors_label_with_semicolons() -> None:
    doc = parse_text(f"Port Visits in the Pacific\nContributor: Lena Fischer; Tomas Ruiz\n{_BODY_EN}")
    assert doc.authors == ["Lena Fischer", "Tomas Ruiz"]


def test_japanese_contributor_label() -> None:
    doc = parse_text(f"インド洋の海賊対策のいま\n寄稿：ラジ・クマール（インド海洋研究所研究員）\n{_BODY_JA}")
    assert doc.authors == ["ラジ・クマール"]


@pytest.mark.parametrize("byline", ["文＝編集部", "文／編輯部", "◆ 本刊评论员"])
def test_an_editorial_department_or_commentator_names_no_person(byline: str) -> None:
    doc = parse_text(f"海上通道的安全与合作\n{byline}\n{_BODY}")
    assert doc.title == "海上通道的安全与合作"
    assert doc.authors == []


def test_special_commentator_label_before_a_name() -> None:
    doc = parse_text(f"海上合作要行稳致远\n特约评论员\u3000方志诚\n2023-04-11\n{_BODY}")
    assert doc.title == "海上合作要行稳致远"
    assert doc.authors == ["方志诚"]


@pytest.mark.parametrize("byline", ["文．圖／何佳穎", "文.攝影：何佳穎"])
def test_text_and_pictures_by_one_writer(byline: str) -> None:
    doc = parse_text(f"金門海域的清晨巡邏\n{byline}\n2022-12-01\n{_BODY_HANT}")
    assert doc.authors == ["何佳穎"]


def test_names_with_kana_readings_stand_apart_from_the_text() -> None:
    doc = parse_text(f"離島の医療搬送と海上保安\n森 健太（もり・けんた）、小川 由紀（おがわ・ゆき）\n{_BODY_JA}")
    assert doc.authors == ["森 健太", "小川 由紀"]
    assert doc.paragraphs and all("もり" not in doc.span_text(p) for p in doc.paragraphs)


def test_a_title_ending_in_a_bracketed_word_is_no_name_with_a_reading() -> None:
    doc = parse_text(f"海洋状況把握（えむでぃーえー）の現在\n森 健太\n{_BODY_JA}")
    assert doc.title == "海洋状況把握（えむでぃーえー）の現在"


def test_closing_byline_of_places_and_reporters() -> None:
    doc = parse_text(f"日豪の海上保安機関が協定に署名\n2023年9月9日\n{_BODY_JA}（シドニー＝大塚航、東京＝沢田里奈）\n")
    assert doc.authors == ["大塚航", "沢田里奈"]


def test_researcher_label_with_a_colon() -> None:
    doc = parse_text(f"海巡人員培訓之研究\n計畫主持人：孫大衛\n協同研究員：江美玲\n{_BODY_HANT}")
    assert doc.authors == ["孫大衛", "江美玲"]


def test_issuing_office_under_the_title_names_no_person() -> None:
    doc = parse_text(
        f"Media Note\nJoint Coast Guard Exercise Concludes\nBureau of Maritime Affairs\nMay 6, 2022\n{_BODY_EN}"
    )
    assert doc.title == "Joint Coast Guard Exercise Concludes"
    assert doc.authors == []
    assert _kinds(doc, "affiliation") == ["Bureau of Maritime Affairs"]


@pytest.mark.parametrize(
    "byline", ["Text: Mira Holm | Pictures: Jon Dale", "Story: Mira Holm | Photography: Jon Dale"]
)
def test_writer_label_with_the_photographer_left_out(byline: str) -> None:
    doc = parse_text(f"Feature\nA Winter on the Ice Patrol\n{byline}\nMay 2021\n{_BODY_EN}")
    assert doc.title == "A Winter on the Ice Patrol"
    assert doc.authors == ["Mira Holm"]


def test_writer_then_the_city_filed_from() -> None:
    doc = parse_text(f"Navies Meet Off Darwin\nLucy Tran in Darwin\n3 May 2023\n{_BODY_EN}")
    assert doc.authors == ["Lucy Tran"]


def test_a_title_with_in_and_a_place_stays_a_title() -> None:
    doc = parse_text(f"Coast Guards in Southeast Asia\nBy Lucy Tran\n{_BODY_EN}")
    assert doc.title == "Coast Guards in Southeast Asia"
    assert doc.authors == ["Lucy Tran"]


def test_post_after_a_spaced_dash_and_a_retired_ambassador() -> None:
    doc = parse_text(f"Why Hotlines Fail\nBy Amb. (retd.) Elena Varga — former deputy foreign minister\n{_BODY_EN}")
    assert doc.authors == ["Elena Varga"]
    assert _kinds(doc, "affiliation") == ["former deputy foreign minister"]


@pytest.mark.parametrize(
    "line,author", [("論説委員\u3000岡田 直人", "岡田 直人"), ("解説委員\u3000中島亜紀", "中島亜紀")]
)
def test_editorial_writers_post_before_the_name(line: str, author: str) -> None:
    doc = parse_text(f"海底資源と海上保安\n{line}\n2022年2月2日\n{_BODY_JA}")
    assert doc.authors == [author]
