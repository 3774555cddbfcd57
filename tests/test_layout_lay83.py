"""lay83 (fifty-second session): kinds of page the dev layout set held none of (`tests/layouts/lay83_*`): a think
tank's event page (a kicker, the day with the time the event runs and its zone after a bar, `Virtual`, buttons to
register and to add it to a calendar, the recording's player line, the page's sections), an encyclopedia copy (a
notice box with its month, a chronology's rows, a notes label with its edit link), a microblog's long post (the
platform's name over its menu, an article kicker, the account's verification line, the post's stamp with the app,
fold buttons, hot comments each closed by its stamp) and a fan page's post (an age stamp with the audience mark,
`顯示更多`, counts, comments with age stamps and like and reply buttons).
Each rule on text in other words than the documents (other pages, places, years), with traps (lines that look
alike and must not change) and property tests where a line or a text is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.comments import comment_stamp
from allyscope.layout.dating import chronology_rows, document_date
from allyscope.layout.furniture import furniture_kind
from tests.helpers import furniture_of

# --- an encyclopedia's notice box and its month (furniture.json 'disclaimer', furniture._notice_dates) -----------


def _article(notice: str, month: str) -> str:
    return (
        "日英円滑化協定\n"
        "出典: フリー百科事典『ウィキペディア（Wikipedia）』\n"
        f"{notice}\n"
        f"{month}\n"
        "日英円滑化協定は、日本と英国の部隊が相手国で訓練を行う際の手続きを定めた協定である。\n"
        "目次\n"
        "1 経緯\n"
        "2 内容\n"
        "経緯[編集]\n"
        "両国は2021年に交渉を始め、2023年1月にロンドンで署名した。\n"
        "内容[編集]\n"
        "協定は入国手続きや刑事裁判権の扱いを定めている。\n"
    )


def test_notice_box_and_its_month_are_a_disclaimer_that_dates_nothing() -> None:
    text = _article(
        "この節には独自研究が含まれているおそれがあります。問題箇所の検証にご協力ください。", "（2023年11月）"
    )
    kinds = furniture_of(text)
    assert ("disclaimer", "（2023年11月）") in kinds
    doc = parse_text(text)
    assert doc.date is None
    assert [h.title for h in doc.headings] == ["経緯", "内容"]


def test_notice_boxes_in_chinese_and_english() -> None:
    assert furniture_kind("本条目需要补充更多来源。请协助补充可靠来源以改善这篇条目。") == "disclaimer"
    assert furniture_kind("This section needs expansion. Please help improve it by adding to it.") == "disclaimer"


def test_a_bracketed_month_under_text_stays_a_head_or_text() -> None:
    """Trap: a month in brackets under a paragraph, not under a notice, is no disclaimer."""
    text = _article("日英円滑化協定の交渉は2021年に始まった。", "（2023年11月）")
    assert ("disclaimer", "（2023年11月）") not in furniture_of(text)


def test_sentences_about_articles_stay_text() -> None:
    """Trap: a sentence opening `この記事は` with no call for help, `This article relies on …` in a paper."""
    assert furniture_kind("この記事は2023年の協定署名までの経緯をまとめたものである。") is None
    assert furniture_kind("This article relies on interviews with twelve officials in Manila.") is None


@given(st.integers(1990, 2030), st.integers(1, 12))
def test_any_notice_month_dates_no_page(year: int, month: int) -> None:
    text = _article("この記事は出典が不足しています。資料の追加にご協力ください。", f"（{year}年{month}月）")
    assert parse_text(text).date is None


# --- a chronology's rows date no page (dating.chronology_rows) ---------------------------------------------------


def test_rows_of_a_chronology_date_no_page() -> None:
    rows = [
        "本協定の年表",
        "2018年3月1日 - 両国が交渉開始で一致する。",
        "2019年10月9日 - 大筋合意に達する。",
        "2020年12月4日: 署名する。",
    ]
    assert chronology_rows(rows) == {1, 2}  # the colon row is of another kind than the dash rows
    assert document_date(rows[:3], []) is None


def test_english_rows_with_a_day_range_are_rows() -> None:
    rows = ["12–13 May 2019 — Ministers meet in Oslo.", "4 June 2019 — Talks resume in Paris."]
    assert chronology_rows(rows) == {0, 1}


def test_one_dateline_with_its_story_still_dates() -> None:
    """Trap: one line opening with a date and a dash, the story under it (a dateline), dates the page."""
    lines = ["2024年3月5日―東京", "政府は5日、新しい方針を決めた。"]
    assert chronology_rows(lines) == set()
    assert document_date(lines, []) == ("2024-03-05", "dateline")


@given(st.lists(st.tuples(st.integers(1995, 2030), st.integers(1, 12), st.integers(1, 28)), min_size=2, max_size=6))
def test_any_run_of_rows_is_a_chronology(days: list[tuple[int, int, int]]) -> None:
    rows = [f"{y}年{m}月{d}日 - 両国の担当者が会合を開く。" for y, m, d in days]
    assert chronology_rows(rows) == set(range(len(rows)))
    assert document_date(rows, []) is None


# --- a notes label with its edit link (notes._edit_link_piece) ----------------------------------------------------


def test_notes_label_with_its_edit_link_opens_the_notes() -> None:
    text = (
        "日印物品役務相互提供協定\n"
        "日印物品役務相互提供協定は、自衛隊とインド軍の間で物品や役務を融通し合うための協定である[1]。\n"
        "目次\n"
        "1 概要\n"
        "2 注釈\n"
        "概要[編集]\n"
        "協定は2020年9月に署名され、2021年7月に発効した[2]。\n"
        "注釈[編集]\n"
        "^ 防衛省の説明による。\n"
        "^ 外務省の発表による。\n"
    )
    doc = parse_text(text)
    assert [h.title for h in doc.headings] == ["概要"]
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert_offsets_valid(doc)


def test_a_notes_label_with_its_edit_link_over_text_is_a_head() -> None:
    """Trap: `脚注[編集]` with a paragraph under it, no note, stays the section's head; no note is read."""
    text = (
        "日印関係\n日印関係は長い歴史を持つ。\n目次\n1 背景\n2 脚注\n"
        "背景[編集]\n両国は2000年代に関係を深めた。\n脚注[編集]\n両国の協定については外務省の資料に詳しい。\n"
    )
    doc = parse_text(text)
    assert [h.title for h in doc.headings] == ["背景", "脚注"]
    assert doc.footnotes == ()


# --- an event page (doctype kickers, the bar's time, venue words, event heads, calendar and player lines) ----------


def _event(kicker: str, venue: str) -> str:
    return (
        "Harbour Policy Centre\n"
        f"{kicker}\n"
        "Coast Guards in the Pacific: What Comes Next?\n"
        "Thursday, March 6, 2025 | 2:00 p.m. – 3:15 p.m. AEDT\n"
        f"{venue}\n"
        "Register\n"
        "Add to Calendar\n"
        "Watch: Coast Guards in the Pacific (58:02)\n"
        "Agenda\n"
        "2:00 p.m.  Opening remarks\n"
        "2:10 p.m.  Panel discussion\n"
        "About the Event\n"
        "Three officials from island states will discuss how their coast guards share surveillance data.\n"
        "The discussion will be followed by questions from the audience.\n"
    )


def test_event_page_front_and_sections() -> None:
    text = _event("Upcoming Event", "Online")
    doc = parse_text(text)
    assert doc.title == "Coast Guards in the Pacific: What Comes Next?"
    assert doc.authors == []
    assert doc.date == "2025-03-06"
    assert [h.title for h in doc.headings] == ["Agenda", "About the Event"]
    kinds = furniture_of(text)
    assert ("doctype", "Upcoming Event") in kinds
    assert ("tools", "Add to Calendar") in kinds
    assert ("tools", "Watch: Coast Guards in the Pacific (58:02)") in kinds
    assert "Online" in doc.text


def test_a_name_under_the_time_is_still_a_name() -> None:
    """Trap: a writer's name where the venue word stood is read as the writer."""
    doc = parse_text(_event("Upcoming Event", "Maria Lopez"))
    assert doc.authors == ["Maria Lopez"]


def test_a_video_caption_without_a_running_time_stays_a_caption() -> None:
    assert furniture_kind("Video: the patrol boat leaves Suva harbour") == "caption"
    assert furniture_kind("Video: Coast Guards in the Pacific (1:02:44)") == "tools"


def test_a_listed_event_head_as_the_first_line_is_the_kicker() -> None:
    text = (
        "Event Recap\n"
        "Ports, Cables and Resilience in the South Pacific\n"
        "Event date: 12 February 2025\n"
        "The panel discussed how small states protect their undersea cables.\n"
    )
    doc = parse_text(text)
    assert doc.title == "Ports, Cables and Resilience in the South Pacific"
    assert doc.headings == ()


def test_dateline_time_after_a_bar_and_a_sentence_after_a_bar() -> None:
    assert document_date(["Monday, 3 March 2025 | 09:30 – 11:00 CET"], []) == ("2025-03-03", "dateline")
    assert document_date(["March 3, 2025 | Officials met in Rome and agreed to a plan"], []) is None


# --- a microblog's post: platform name, kicker, verification line, stamp with the app, fold buttons ---------------


def _microblog(account: str, comments: str) -> str:
    return (
        "微博\n"
        "首页    视频    发现    注册    登录\n"
        "头条文章\n"
        "澳日防长会谈之后的三个看点\n"
        f"{account}\n"
        "微博认证：国际问题博主\n"
        "发布于 2025-02-18 19:40 来自 微博 weibo.com\n"
        "2月17日，澳大利亚和日本防长在东京会谈，同意扩大两国部队的联合训练。\n"
        "展开全文\n"
        "两国此前已签署互惠准入协定，部队往来的手续已经简化。\n"
        "收起全文\n"
        "转发 42    评论 17    赞 310\n"
        "热门评论\n"
        f"{comments}"
    )


def test_microblog_post_front_and_comments() -> None:
    comments = "海风：联合训练早就该常态化了\n2月18日 20:02 来自 Android    回复    赞 9\n"
    text = _microblog("印太观察员", comments)
    doc = parse_text(text)
    assert doc.title == "澳日防长会谈之后的三个看点"
    assert doc.authors == ["印太观察员"]
    assert doc.date == "2025-02-18"
    kinds = furniture_of(text)
    assert ("navigation", "微博") in kinds
    assert ("doctype", "头条文章") in kinds
    assert ("author-bio", "微博认证：国际问题博主") in kinds
    assert ("dateline", "发布于 2025-02-18 19:40 来自 微博 weibo.com") in kinds
    assert ("tools", "收起全文") in kinds
    assert ("dateline", "2月18日 20:02 来自 Android    回复    赞 9") in kinds
    assert "海风：联合训练早就该常态化了" in doc.text


def test_share_words_in_a_row_at_the_top_stay_share_buttons() -> None:
    """Trap: `微博` over another share button is a share row's button, no platform's name."""
    text = "微博\n微信\n澳日防长会谈之后\n2月17日，澳大利亚和日本防长在东京会谈，同意扩大两国部队的联合训练。\n"
    assert ("share", "微博") in furniture_of(text)


def test_verification_words_in_a_sentence_stay_text() -> None:
    assert furniture_kind("认证：这一说法并不准确，因为两国的协定早在去年就已生效。") is None
    assert furniture_kind("微博认证的账号也转发了这条消息。") is None


# --- comments closed by their stamps (furniture.json 'comments' 'stamp', comments.mark_comments) -----------------


def _fan_post(stamp: str) -> str:
    return (
        "海洋安全筆記\n"
        "2天 · 🌏\n"
        "澳洲和日本的防長2月17日在東京會談，同意擴大兩國部隊的聯合訓練。\n"
        "兩國已經簽署互惠准入協定，部隊往來的手續比以前簡單很多。\n"
        "顯示更多\n"
        "#澳日關係 #聯合訓練\n"
        "52則留言\n"
        "18次分享\n"
        "最相關\n"
        "王大明\n"
        "終於要常態化了\n"
        f"{stamp}\n"
        "讚\n"
        "回覆\n"
        "查看更多留言\n"
    )


def test_fan_page_stamps_buttons_and_comment_stamps() -> None:
    kinds = furniture_of(_fan_post("5 天"))
    assert ("dateline", "2天 · 🌏") in kinds
    assert ("tools", "顯示更多") in kinds
    assert ("tools", "18次分享") in kinds
    assert ("dateline", "5 天") in kinds
    assert ("tools", "回覆") in kinds
    assert ("tools", "查看更多留言") in kinds
    assert "終於要常態化了" in parse_text(_fan_post("5 天")).text


def test_a_number_under_a_comment_is_no_stamp() -> None:
    """Trap: a count of days in a sentence, or a number alone with no unit of time, is no stamp."""
    assert not comment_stamp("5天後兩國將再次會談。")
    assert not comment_stamp("1,284")
    kinds = furniture_of(_fan_post("兩國下個月還會再談。"))
    assert ("dateline", "兩國下個月還會再談。") not in kinds


@given(
    st.integers(1, 99),
    st.sampled_from(["分鐘", "小時", "天", "週", "個月", "年", "小时", "分钟", "h", "d", "w"]),
    st.sampled_from(["", "    回覆", "    回复    赞 12", "    Reply"]),
)
def test_any_age_stamp_with_its_buttons_is_a_stamp(count: int, unit: str, buttons: str) -> None:
    assert comment_stamp(f"{count} {unit}{buttons}")
    assert not comment_stamp(f"{count} {unit}之後，雙方將再次會談。")


@given(
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 23),
    st.sampled_from(["iPhone客户端", "微博网页版", "Android"]),
)
def test_any_day_stamp_from_an_app_is_a_stamp(month: int, day: int, hour: int, app: str) -> None:
    assert comment_stamp(f"{month}月{day}日 {hour:02d}:05 来自 {app}    回复    赞 3")
