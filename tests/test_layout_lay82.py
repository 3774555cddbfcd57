"""lay82 (fifty-first session): kinds of page the dev layout set held none of (`tests/layouts/lay82_*`): a bulletin
board's post (a header of labelled fields, `作者  account (nickname)`, `看板  board`, `標題  …`, `時間  <clock
stamp>`; a footer naming the site and the poster's address; push lines closed by their stamp), a Q&A site's answer
(buttons and counts, the answer's stamp with its IP place), a creator platform's post (a like button, a magazine
label, a tip box; the platform's name over its log-in buttons) and a blogging platform's post (a `Write` button,
sign-up prompts, a follower count, the reading time before the date).
Each rule on text in other words than the documents (other boards, places, years), with traps (lines that look
alike and must not change) and property tests where a line or a text is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import find_dates
from allyscope.layout.edge_blocks import is_link
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.header_fields import header_author
from tests.helpers import furniture_of

# --- a bulletin board's post header (layout.json 'header_author', 'title_label'; header_fields.py) ---------------


def _board_post(account: str, board: str, title: str) -> str:
    return (
        f"作者  {account} (海邊的人)\n"
        f"看板  {board}\n"
        f"標題  {title}\n"
        "時間  Tue Mar  5 09:12:44 2024\n"
        "日本海上保安廳的巡視船3月初停靠蘇比克灣，和菲律賓海巡一起做了搜救訓練。\n"
        "訓練內容包括海上救人和船上滅火，兩國之前已經合作過幾次。\n"
        "--\n"
        "※ 發信站: 批踢踢實業坊(ptt.cc)\n"
        "◆ From: 61.228.10.23\n"
        "推 harborcat: 這個訓練很實用                                    03/05 10:02\n"
        "→ seabird88: 希望之後多辦幾次                                   03/05 11:40\n"
    )


def test_board_header_names_the_writer_the_title_and_the_date() -> None:
    doc = parse_text(_board_post("tidewatch", "Oversea", "[新聞] 日菲海上搜救訓練"))
    assert doc.title == "[新聞] 日菲海上搜救訓練"
    assert doc.authors == ["tidewatch"]
    assert doc.date == "2024-03-05"
    kinds = furniture_of(_board_post("tidewatch", "Oversea", "[新聞] 日菲海上搜救訓練"))
    assert ("navigation", "看板  Oversea") in kinds
    assert ("credit", "※ 發信站: 批踢踢實業坊(ptt.cc)") in kinds
    assert ("credit", "◆ From: 61.228.10.23") in kinds
    assert_offsets_valid(doc)


def test_push_lines_closed_by_their_stamp_stay_text() -> None:
    """The push lines under the footer are readers' comments: text, no related list of headlines."""
    doc = parse_text(_board_post("tidewatch", "Oversea", "[新聞] 日菲海上搜救訓練"))
    assert "推 harborcat: 這個訓練很實用" in doc.text
    assert all(s.kind != "related" for s in doc.spans)


def test_writer_field_alone_with_no_title_field_is_no_header() -> None:
    """Trap: `作者  …` with no title field under it is left to the byline readers; `作者` in a sentence is none."""
    assert header_author("作者認為這個協定很重要。") is None
    assert header_author("作者  王小明和李大同") is None  # a byline of Chinese names, no account
    text = "作者  harbor_cat\n這篇文章談的是日本和菲律賓的海上合作，雙方今年已經舉行了兩次聯合訓練。\n"
    assert parse_text(text).title != "harbor_cat"


def test_a_clock_stamp_is_a_full_date() -> None:
    assert find_dates("時間  Sat Aug 10 21:04:33 2024")[0].edtf == "2024-08-10"
    assert find_dates("Date:   Wed Jan 17 18:30:02 2024 +0900")[0].edtf == "2024-01-17"
    assert find_dates("Date: Fri Nov  3 07:05:10 JST 2023")[0].edtf == "2023-11-03"


def test_a_time_and_a_year_apart_are_no_clock_stamp() -> None:
    """Trap: a weekday, a time and a year in a sentence give the year alone."""
    found = find_dates("At 21:04 on Sat the 10th, 2024 the ship sailed.")
    assert [f.edtf for f in found] == ["2024"]


@given(
    st.sampled_from(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
    st.sampled_from(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    st.integers(1, 28),
    st.integers(0, 23),
    st.integers(1990, 2030),
)
def test_any_clock_stamp_reads_its_day(weekday: str, month: str, day: int, hour: int, year: int) -> None:
    line = f"{weekday} {month} {day:2d} {hour:02d}:15:09 {year}"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    assert find_dates(line)[0].edtf == f"{year:04d}-{months.index(month) + 1:02d}-{day:02d}"


# --- a line closed by a stamp after a wide gap is no headline (edge_blocks.json 'stamped_end') -------------------


def test_stamped_lines_are_no_headlines() -> None:
    assert not is_link("噓 anchorman: 只是象徵意義而已吧                     11/02 08:15", 0.0)
    assert not is_link("→ portcity: Looks like a routine drill to me           11/02 09:40", 0.0)


def test_headlines_with_a_date_in_them_stay_headlines() -> None:
    """Trap: a headline holding a date with no wide gap before it is still a link's title."""
    assert is_link("菲律賓海巡與越南海警於8/9首次聯合演練的五個重點", 0.0)
    assert is_link("What the coast guards practised in Manila Bay on 8/9", 0.0)


# --- a Q&A site's buttons, counts and answer stamp (furniture.json) ----------------------------------------------


def test_qa_site_buttons_and_counts_are_tools() -> None:
    lines = ("關注者", "被瀏覽", "写回答", "邀請回答", "默認排序", "好问题 31", "1,024 个回答", "56 人赞同了该回答")
    for line in lines:
        assert furniture_kind(line) == "tools", line
    assert furniture_kind("贊同 1.2萬") == "tools"


def test_answer_stamp_with_its_place_is_a_dateline() -> None:
    assert furniture_kind("发布于 2023-11-04 18:20・IP 属地北京") == "dateline"
    assert furniture_kind("編輯於 2022-05-01 07:45・IP 屬地臺灣") == "dateline"


def test_sentences_about_answers_and_followers_stay_text() -> None:
    """Traps: the words inside a sentence; a stamp's words with no day."""
    assert furniture_kind("关注者越来越多，说明这个问题很受重视。") is None
    assert furniture_kind("该文章发布于去年，之后又编辑过两次。") is None
    assert furniture_kind("56 人赞同了该决定。") is None


def test_counts_between_buttons_under_the_question_are_tools() -> None:
    text = (
        "如何评价澳大利亚与日本签署的《互惠准入协定》？\n"
        "关注者\n"
        "1,530\n"
        "被浏览\n"
        "402,117\n"
        "写回答\n"
        "2022年1月6日，澳日两国领导人以视频方式签署了这份协定，它规定了两国部队互访时的手续和法律地位。\n"
        "协定在2023年8月13日生效，是日本与外国签署的第一份此类协定。\n"
    )
    kinds = furniture_of(text)
    assert ("tools", "1,530") in kinds
    assert ("tools", "402,117") in kinds


def test_a_number_between_text_lines_stays_text() -> None:
    """Trap: a bare number after the text begins with no furniture on both sides (a list's number) is no count."""
    text = (
        "如何评价澳大利亚与日本签署的《互惠准入协定》？\n"
        "关注者\n"
        "2022年1月6日，澳日两国领导人以视频方式签署了这份协定，它规定了两国部队互访时的手续和法律地位。\n"
        "2\n"
        "协定在2023年8月13日生效，是日本与外国签署的第一份此类协定。\n"
    )
    assert ("tools", "2") not in furniture_of(text)


# --- a creator platform's post (furniture.json; edge_blocks._name_over_buttons) ----------------------------------


def test_creator_platform_buttons_and_labels() -> None:
    assert furniture_kind("スキ") == "tools"
    assert furniture_kind("この記事が気に入ったらサポートをしてみませんか？") == "tools"
    assert furniture_kind("サポートで応援する") == "tools"
    assert furniture_kind("この記事が含まれているマガジン") == "related"


def test_creator_platform_trap_sentences_stay_text() -> None:
    assert furniture_kind("スキーの合宿は来月に延期された。") is None
    assert furniture_kind("この記事が入っているマガジンは月に2回更新される予定だ。") is None


def _platform_page(site: str) -> str:
    return (
        f"{site}\n"
        "ログイン\n"
        "会員登録\n"
        "日英円滑化協定の発効で何が変わるか\n"
        "佐伯 陽菜\n"
        "フォロー\n"
        "2023年10月20日 08:10\n"
        "日本と英国の円滑化協定が10月11日に発効した。両国の部隊が相手国で訓練する際の手続きが簡単になる。\n"
        "英国の空母打撃群が日本に寄港した際の調整も、今後は協定に沿って行われる見通しだ。\n"
    )


def test_platform_name_over_its_log_in_buttons_is_navigation() -> None:
    doc = parse_text(_platform_page("ｍｉｎｏ"))
    assert doc.title == "日英円滑化協定の発効で何が変わるか"
    assert ("navigation", "ｍｉｎｏ") in furniture_of(_platform_page("ｍｉｎｏ"))


def test_short_title_over_a_share_button_stays_the_title() -> None:
    """Trap: a short title right over one share button (no log-in bar) stays the title."""
    text = (
        "日英協定発効\n"
        "シェア\n"
        "日本と英国の円滑化協定が10月11日に発効した。両国の部隊が相手国で訓練する際の手続きが簡単になる。\n"
        "英国の空母打撃群が日本に寄港した際の調整も、今後は協定に沿って行われる見通しだ。\n"
    )
    assert parse_text(text).title == "日英協定発効"


# --- a blogging platform's post (furniture.json) -----------------------------------------------------------------


def test_blogging_platform_lines() -> None:
    assert furniture_kind("Write") == "tools"
    assert furniture_kind("Sign up to read the rest of this story.") == "tools"
    assert furniture_kind("1.2K Followers") == "tools"
    assert furniture_kind("12 min read · Mar 3, 2023") == "dateline"


def test_blogging_platform_trap_sentences_stay_text() -> None:
    assert furniture_kind("Write to your representative before the vote.") is None
    assert furniture_kind("Followers of the treaty debate will remember the 2019 vote.") is None


@given(st.text(alphabet="被浏览关注者写回答默认排序好问题收起喜欢贊同人了该个 0123456789,，。", max_size=20))
def test_any_short_line_reads_without_error_and_a_sentence_is_never_a_button(line: str) -> None:
    kind = furniture_kind(line)
    if line.strip().endswith("。") and len(line.strip()) > 1:
        assert kind not in ("tools", "dateline")


# --- a creator's card under the text, framed by the follow button (edge_blocks._followed_card) -------------------


def _creator_post(card_name: str, bio: str, after: str = "") -> str:
    return (
        "日英円滑化協定の発効で何が変わるか。2023年の論点整理\n"
        "佐伯 陽菜\n"
        "フォロー\n"
        "2023年10月20日 08:10\n"
        "日本と英国の円滑化協定が10月11日に発効した。両国の部隊が相手国で訓練する際の手続きが簡単になる。\n"
        "英国の空母打撃群が日本に寄港した際の調整も、今後は協定に沿って行われる見通しだ。\n"
        "#日英関係　#防衛協力\n"
        f"{card_name}\n"
        f"{bio}\n"
        "フォロー\n"
        f"{after}"
    )


def test_creator_card_under_the_text_is_author_bio() -> None:
    text = _creator_post("佐伯 陽菜", "欧州の安全保障を追いかけて10年。週末に記事を書いています。")
    kinds = furniture_of(text)
    assert ("author-bio", "佐伯 陽菜") in kinds
    assert ("author-bio", "欧州の安全保障を追いかけて10年。週末に記事を書いています。") in kinds
    assert parse_text(text).authors == ["佐伯 陽菜"]


def test_another_name_over_a_follow_button_is_no_card() -> None:
    """Traps: a name the head does not give (another writer recommended under the text); a card the text goes on
    under."""
    text = _creator_post("森田 一樹", "海洋政策を研究しています。")
    assert ("author-bio", "森田 一樹") not in furniture_of(text)
    more = "協定の運用が始まれば、共同訓練の回数は今後さらに増えるとみられ、その効果が注目される。\n"
    text = _creator_post("佐伯 陽菜", "欧州の安全保障を追いかけて10年。", more)
    assert ("author-bio", "佐伯 陽菜") not in furniture_of(text)
