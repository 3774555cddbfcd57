"""lay21a's front-matter and furniture rules (agency credits ending captions, bylines inside a story's lead,
writers with posts after commas, bracketed posts on their own line, update stamps, a page's source line), each
on text written in other words than the dev documents that showed the need (tests/layouts)."""

from __future__ import annotations

import pytest

from allyscope import parse_text

_NAV = "首頁 > 國際 > 亞洲\n"
_BODY_HANT = "兩國海巡單位今年舉行三次聯合演練。\n演練重點為海上搜救與船舶消防。\n"
_BODY_HANS = "两国海警今年举行了三次联合演练。\n演练的重点是海上搜救和船舶消防。\n"
_BODY_JA = "両国の海上保安機関は今年、三回の合同訓練を行った。\n訓練の重点は捜索救助と船舶火災への対応である。\n"


def _kinds(doc: object) -> list[tuple[str, str]]:
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in kept]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "caption",
    [
        "韓國海警艦艇（右）駛入釜山港。（路透社）",
        "印尼海軍巡邏艦在納土納群島附近航行。（法新社檔案照）",
    ],
)
def test_an_agency_credit_ends_a_caption_where_text_follows(caption: str) -> None:
    doc = parse_text(f"{_NAV}韓印海上合作升溫\n2024-09-02 10:15\n{_BODY_HANT}{caption}\n雙方同意明年再度合作。\n")
    assert ("caption", caption) in _kinds(doc)


def test_a_wire_credit_ending_the_story_stays_text() -> None:
    last = "雙方同意明年再度合作，並擴大人員交流。（中央社）"
    doc = parse_text(f"{_NAV}韓印海上合作升溫\n2024-09-02 10:15\n{_BODY_HANT}{last}\n")
    assert all(kind != "caption" for kind, _ in _kinds(doc))
    assert last in doc.text


@pytest.mark.parametrize(
    "caption",
    [
        "横須賀港に入港する豪海軍のフリゲート＝3日、神奈川県横須賀市（時事）",
        "会談に臨む両国の防衛相＝2日（AP＝共同）",
        "演習に参加したインドネシア海軍の艦艇＝ロイター",
    ],
)
def test_a_japanese_caption_ends_with_its_date_or_agency(caption: str) -> None:
    doc = parse_text(
        f"トップ ＞ 国際 ＞ アジア\n日豪の艦艇が共同訓練\n2024年9月3日 11時20分\n{_BODY_JA}{caption}\n"
        "訓練は来週まで続く予定だ。\n"
    )
    assert ("caption", caption) in _kinds(doc)


def test_a_photographer_credit_after_the_caption_sentence() -> None:
    caption = "9月5日，巴基斯坦海军舰艇驶入卡拉奇港。中新社记者 钱学文 摄"
    doc = parse_text(
        f"首页 > 国际 > 正文\n中巴海军开展联合演练\n2024-09-05 18:02\n{_BODY_HANS}{caption}\n演练将持续四天。\n"
    )
    assert ("caption", caption) in _kinds(doc)


@pytest.mark.parametrize(
    "lead,authors",
    [
        ("〔記者蔡明哲／綜合報導〕韓國與印尼海巡單位2日簽署合作備忘錄。", ["蔡明哲"]),
        ("中新社雅加达9月2日电（记者 林晓峰）印尼海军2日宣布扩大巡逻范围。", ["林晓峰"]),
        ("【ジャカルタ＝松田直樹】インドネシア海軍は2日、巡回範囲の拡大を発表した。", ["松田直樹"]),
    ],
)
def test_a_byline_inside_the_lead_names_the_authors(lead: str, authors: list[str]) -> None:
    doc = parse_text(f"海上合作新進展\n2024-09-02 10:15\n{lead}\n{_BODY_HANT}")
    assert doc.authors == authors
    assert lead in doc.text  # the lead stays text


def test_a_lead_without_a_reporter_names_no_author() -> None:
    doc = parse_text(
        f"海上合作新進展\n2024-09-02 10:15\n【ジャカルタ共同】インドネシア海軍は2日、巡回範囲を広げた。\n{_BODY_JA}"
    )
    assert doc.authors == []


def test_english_writers_each_with_a_post_after_a_comma() -> None:
    doc = parse_text(
        "Ports, Patrols and Partners in the Indian Ocean\n"
        "By Prof. Nadia Rahman, Director of the Ocean Program, and Tom Becker, Research Analyst\n"
        "12 May 2024\n"
        "Coastal states share what their patrols see.\nThis brief asks how.\n"
        "About the Authors\nProf. Nadia Rahman is a professor of politics.\nTom Becker is a research analyst.\n"
    )
    assert doc.authors == ["Nadia Rahman", "Tom Becker"]
    kinds = _kinds(doc)
    assert ("affiliation", "Director of the Ocean Program") in kinds and ("affiliation", "Research Analyst") in kinds
    assert ("author-bio", "Prof. Nadia Rahman is a professor of politics.") in kinds
    assert not doc.headings  # `12 May 2024` is no heading 12


def test_a_name_and_bracketed_post_under_a_title_is_its_author_line() -> None:
    doc = parse_text(
        "インド洋における海上交通路の安全\n"
        "高橋 誠（東洋大学国際学部教授）\n"
        "要旨：本稿は、インド洋の海上交通路をめぐる協力を検討する。\n"
        "はじめに\nインド洋は日本の貿易にとって重要である。\n"
    )
    assert doc.title == "インド洋における海上交通路の安全"
    assert doc.authors == ["高橋 誠"]


def test_a_title_ending_in_a_bracketed_abbreviation_is_no_author_line() -> None:
    doc = parse_text("海洋状況把握（MDA）の国際協力\n中村 健\n" + _BODY_JA)
    assert doc.title == "海洋状況把握（MDA）の国際協力"


def test_an_update_stamp_ends_a_related_list() -> None:
    doc = parse_text(
        f"{_NAV}韓印海上合作升溫\n發布時間：2024-09-02\n{_BODY_HANT}相關新聞\n韓國海警新艦服役\n"
        "最後更新：2024-09-03 09:12\n"
    )
    kinds = _kinds(doc)
    assert ("related", "韓國海警新艦服役") in kinds
    assert ("dateline", "最後更新：2024-09-03 09:12") in kinds


def test_a_source_line_under_the_title_is_the_pages_and_under_a_figure_a_caption() -> None:
    front = parse_text(f"{_NAV}韓印海上合作升溫\n資料來源：國際合作處\n{_BODY_HANT}")
    assert ("dateline", "資料來源：國際合作處") in _kinds(front)
    figure = parse_text(
        f"{_NAV}韓印海上合作升溫\n{_BODY_HANT}圖1　近五年聯合演練次數\n資料來源：作者整理\n演練次數逐年增加。\n"
    )
    assert ("caption", "資料來源：作者整理") in _kinds(figure)


def test_a_closing_byline_with_its_unit() -> None:
    doc = parse_text(
        "トップ > 社会\n海保、新型巡視船を公開\n2024年10月8日 9時15分\n"
        f"{_BODY_JA}（社会部　藤原彩）\n関連記事\n巡視船の増強計画\n"
    )
    assert doc.authors == ["藤原彩"]
    assert ("affiliation", "社会部") in _kinds(doc)


def test_a_closing_bracket_that_names_no_reporter_is_text() -> None:
    doc = parse_text(f"トップ > 社会\n海保、新型巡視船を公開\n2024年10月8日 9時15分\n{_BODY_JA}（詳細は後日発表）\n")
    assert doc.authors == []


def test_a_sentence_naming_a_ministry_under_the_title_is_no_affiliation() -> None:
    doc = parse_text(
        "ホーム > 政治\n外相会談、協力拡大で一致\n2024年10月8日\n外相は8日、外務省で韓国の外相と会談した。\n"
    )
    assert all(kind != "affiliation" for kind, _ in _kinds(doc))


def test_a_line_of_source_byline_editor_and_date_fields() -> None:
    doc = parse_text(
        "首页 > 要闻 > 正文\n中老两国举行边境联合巡逻\n"
        "来源：边防日报　作者：周凯　李娜　编辑：孙悦　2024-10-08 09:30\n" + _BODY_HANS
    )
    assert doc.authors == ["周凯", "李娜"]
    kinds = _kinds(doc)
    assert ("dateline", "来源：边防日报") in kinds and ("dateline", "2024-10-08 09:30") in kinds
    assert ("credit", "编辑：孙悦") in kinds


def test_a_reporter_glued_to_the_city_filed_from() -> None:
    doc = parse_text(
        f"美菲舉行年度軍演\n2024/4/22\n（中央社記者王欣華盛頓21日專電）美國與菲律賓21日展開年度聯合演習。\n{_BODY_HANT}"
    )
    assert doc.authors == ["王欣"]


def test_letter_keys_glued_to_names_and_affiliations() -> None:
    doc = parse_text(
        "Ports and Patrols in the Pacific\n"
        "Amelia Tuiasosopob and Ken Oharaa\n"
        "aSchool of Government, Pacific University, Suva, Fiji; bInstitute of Ocean Law, Northern University, Tromso\n"
        "Abstract\nThis article asks how small states patrol large waters.\n"
        "Introduction\nSmall states patrol large waters.\n"
    )
    assert doc.authors == ["Amelia Tuiasosopo", "Ken Ohara"]


def test_a_name_ending_in_a_letter_keeps_it_without_keys_below() -> None:
    doc = parse_text("Ports and Patrols in the Pacific\nMaria Costa\nUniversity of Lisbon\nIntroduction\nText here.\n")
    assert doc.authors == ["Maria Costa"]


def test_a_name_with_a_post_after_a_slash() -> None:
    doc = parse_text(f"首頁 > 觀點\n海巡合作的下一步\n作者　黃雅琪／海洋政策研究所助理研究員\n{_BODY_HANT}")
    assert doc.authors == ["黃雅琪"]
    assert ("affiliation", "海洋政策研究所助理研究員") in _kinds(doc)


def test_an_agency_ending_a_byline_is_the_writers_affiliation() -> None:
    doc = parse_text(
        "Philippines and Vietnam hold first coast guard drill\nBy ANA REYES and MINH TRAN Reuters\n"
        "MANILA — The coast guards of the two countries held their first joint drill on Monday.\n"
        "The drill lasted a day.\n"
    )
    assert doc.authors == ["ANA REYES", "MINH TRAN"]
    assert ("affiliation", "Reuters") in _kinds(doc)


def test_a_release_issuer_under_its_doctype_and_its_end_mark() -> None:
    doc = parse_text(
        "FOR IMMEDIATE RELEASE\nOffice of Public Affairs\nMarch 4, 2025\nCoast Guards Sign Arrangement on Fisheries\n"
        "The two coast guards signed an arrangement on fisheries patrols today.\nIt takes effect in May.\n###\n"
    )
    assert doc.title == "Coast Guards Sign Arrangement on Fisheries"
    kinds = _kinds(doc)
    assert ("affiliation", "Office of Public Affairs") in kinds and ("ending", "###") in kinds


def test_a_coauthor_with_and_a_date_after_four_front_lines() -> None:
    doc = parse_text(
        "Coast Guards and the Law of the Sea\nAnna Weber\nLuis Ortega\nwith Mei Chen\nMarch 2025\n"
        "Summary\nCoast guards enforce the law at sea.\n"
    )
    assert doc.authors == ["Anna Weber", "Luis Ortega", "Mei Chen"]
    assert ("dateline", "March 2025") in _kinds(doc)


def test_a_bracketed_writer_label_with_a_post_after_a_wide_space() -> None:
    doc = parse_text(f"解説\n海上保安協力の新段階\n［筆者］小林真理　上席研究員\n{_BODY_JA}")
    assert doc.authors == ["小林真理"]
    assert ("affiliation", "上席研究員") in _kinds(doc)
    assert not doc.headings


def test_a_print_edition_line_and_closing_reporters() -> None:
    doc = parse_text(
        f"中菲举行海上合作对话\n《 海事导报 》（ 2025年03月04日 02 版）\n{_BODY_HANS}（本报记者　许晴　杜明）\n"
    )
    assert (doc.date, doc.date_source) == ("2025-03-04", "dateline")
    assert doc.authors == ["许晴", "杜明"]


def test_an_outlet_reporter_and_place_after_a_dateline() -> None:
    doc = parse_text(f"首頁 > 即時\n海巡新艦下水\n2025-03-04 10:12　自由報／記者周承翰／高雄報導\n{_BODY_HANT}")
    assert doc.authors == ["周承翰"]
    assert ("dateline", "2025-03-04 10:12　自由報") in _kinds(doc)


def test_profiles_and_bracketed_bios() -> None:
    ja = parse_text(
        f"ホーム > 国際\n巡視船の供与が広がる\n文＝森田沙織（ジャーナリスト）\n{_BODY_JA}"
        "プロフィール\n森田沙織（もりた・さおり）　1982年生まれ。海洋問題を取材している。\n"
    )
    assert ja.authors == ["森田沙織"]
    assert ("author-bio", "森田沙織（もりた・さおり）　1982年生まれ。海洋問題を取材している。") in _kinds(ja)
    zh = parse_text(f"評論 > 國際\n海巡合作新局\n◎ 吳俊賢\n{_BODY_HANT}（作者現為某大學外交學系副教授）\n")
    assert zh.title == "海巡合作新局" and zh.authors == ["吳俊賢"]
    assert ("author-bio", "（作者現為某大學外交學系副教授）") in _kinds(zh)


@pytest.mark.parametrize(
    "line,date",
    [
        ("二〇二五年三月", "2025-03"),
        ("二〇二三年十二月二十一日", "2023-12-21"),
        ("發布日期：112-05-30", "2023-05-30"),
    ],
)
def test_dates_in_chinese_numerals_and_on_the_roc_calendar(line: str, date: str) -> None:
    doc = parse_text(f"海上執法合作的現狀\n{line}\n{_BODY_HANT}")
    assert doc.date == date


def test_ranks_and_degrees_around_names() -> None:
    doc = parse_text(
        "Who Patrols the Gulf of Guinea\nBy Captain Ama Mensah and Lucas Ferreira, PhD\nMay 2, 2025\n"
        "Navies and coast guards share the work.\nThis piece asks how.\n"
    )
    assert doc.authors == ["Ama Mensah", "Lucas Ferreira"]


def test_a_repository_cover_page() -> None:
    doc = parse_text(
        "Fisheries Enforcement and Regional Order\nAuthor(s): Ana Lima\n"
        "Source: Journal of Ocean Affairs, Vol. 7, No. 1 (Spring 2021), pp. 45-70\nPublished by: Coastal Press\n"
        "Stable URL: https://archive.example.org/stable/123456\nAccessed: 03-05-2025 10:02 UTC\n"
        "Fisheries enforcement is a growing task of coast guards.\nThis article asks who pays for it.\n"
    )
    assert doc.authors == ["Ana Lima"]
    kinds = _kinds(doc)
    assert ("journal", "Source: Journal of Ocean Affairs, Vol. 7, No. 1 (Spring 2021), pp. 45-70") in kinds
    assert ("identifier", "Stable URL: https://archive.example.org/stable/123456") in kinds
    assert ("download", "Accessed: 03-05-2025 10:02 UTC") in kinds


def test_an_arrowed_related_link_takes_no_text_below() -> None:
    doc = parse_text(
        f"國際 > 亞洲\n越南海警新艦服役\n2025-03-04 09:00\n{_BODY_HANT}►相關新聞：越南海警參與聯合搜救\n"
        "越方表示，新艦將部署於南部海域。\n"
    )
    assert ("related", "►相關新聞：越南海警參與聯合搜救") in _kinds(doc)
    assert "越方表示，新艦將部署於南部海域。" in doc.text
    assert all(text != "越方表示，新艦將部署於南部海域。" for _, text in _kinds(doc))


def test_a_related_list_ends_at_a_sentence() -> None:
    doc = parse_text(
        "Vietnam commissions new coast guard ship\nBy Anh Nguyen\nMarch 4, 2025\n"
        "Vietnam's coast guard commissioned a new patrol ship on Tuesday.\nRelated article\n"
        "Vietnam and Japan sign coast guard pact\nThe ship will patrol the southern coast.\n"
    )
    kinds = _kinds(doc)
    assert ("related", "Vietnam and Japan sign coast guard pact") in kinds
    assert all(text != "The ship will patrol the southern coast." for _, text in kinds)


def test_bios_in_capitals_and_a_post_after_its_unit_label() -> None:
    en = parse_text(
        "POLICY REPORT\nFishing Fleets and Sea Power\nBy Omar Haddad and Sofia Lind\nMARCH 2025\n"
        "Introduction\nFishing fleets can serve states at sea.\n"
        "About the Authors\nPROF. OMAR HADDAD is a professor of politics.\nSOFIA LIND is a research fellow.\n"
    )
    assert en.authors == ["Omar Haddad", "Sofia Lind"]
    assert ("author-bio", "PROF. OMAR HADDAD is a professor of politics.") in _kinds(en)
    zh = parse_text(f"首页 > 观点\n南海渔业执法的困境\n作者：刘洋　单位：南海研究院\n{_BODY_HANS}")
    assert zh.authors == ["刘洋"] and ("affiliation", "南海研究院") in _kinds(zh)


def test_fields_parted_by_one_space_and_an_editor_without_a_byline() -> None:
    zh = parse_text(
        f"首页 > 国际 > 正文\n中泰海军举行联合训练\n来源：海洋网 作者：王刚 编辑：李静 2025-03-04 09:10\n{_BODY_HANS}"
    )
    assert zh.authors == ["王刚"]
    kinds = _kinds(zh)
    assert ("dateline", "来源：海洋网") in kinds and ("credit", "编辑：李静") in kinds
    en = parse_text(
        "Thai and Indian navies begin joint patrol\nSource: Harbour News | 2025-03-04 09:10 | Editor: Kim Lee\n"
        "BANGKOK, March 4 -- The two navies began a joint patrol on Tuesday.\nThe patrol lasts a week.\n"
    )
    assert ("credit", "Editor: Kim Lee") in _kinds(en)


def test_an_event_summary_and_bar_labels() -> None:
    doc = parse_text(
        "Workshop Report\nFisheries Patrols in West Africa\nEvent date: 12 February 2025\nRapporteur: Kofi Mensah\n"
        "Participants discussed how navies and coast guards share patrol duties.\nWatch the recording\n"
    )
    assert doc.title == "Fisheries Patrols in West Africa" and doc.authors == ["Kofi Mensah"]
    zh = parse_text(f"东海局势观察\n作者 | 赵磊\n来源 | 海洋评论\n{_BODY_HANS}")
    assert zh.authors == ["赵磊"] and ("dateline", "来源 | 海洋评论") in _kinds(zh)


def test_ja_photo_labels_and_a_closing_reading() -> None:
    doc = parse_text(
        "ホーム ＞ 国際\n比海軍の艦艇が舞鶴に寄港\n2025年3月4日 10時00分\n"
        f"{_BODY_JA}【写真】舞鶴港に入港する艦艇\n艦艇は5日まで滞在する。\n舞鶴港の艦艇（撮影・佐々木健）\n"
        "乗組員は市内を見学する予定だ。\n（たなか　みさき／南海大学准教授）\n"
    )
    kinds = _kinds(doc)
    assert ("caption", "【写真】舞鶴港に入港する艦艇") in kinds and (
        "caption",
        "舞鶴港の艦艇（撮影・佐々木健）",
    ) in kinds
    assert ("author-bio", "（たなか　みさき／南海大学准教授）") in kinds
