"""lay82b (fifty-first session): a Q&A site's answer page (`tests/layouts/lay82_zh_qa_site_answer_…`), the head and
the answerer's card lay82 left: the site's menu (`首页`, `知学堂`, `等你来答`: furniture.json navigation) over the
question's topics, alone on their lines, over the question (ending with its mark) with the page's buttons right under
it (`edge_blocks._topics_over_question`: the topics are tags, the question the title); the answerer's name over a
one-line bio over the answer's vote line (`218 人赞同了该回答`: furniture.json 'answer_votes'), under the page's
buttons (`edge_blocks._answer_card`: the bio author-bio, the name the writer; `furniture._mark_between` takes neither
for a button); the answer's stamp after `编辑于`/`发布于` (`2024-07-10 09:03・IP 属地上海`: document_date.json
'labels' 'dateline'), which dates the page from its last lines too.
Each rule on text in other words than the document (another question, other topics, another answerer and bio), with
traps and property tests."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import document_date
from allyscope.layout.furniture import answer_votes
from tests.helpers import furniture_of


def _answer_page(
    topics: list[str],
    question: str = "怎样评价韩国与美国新签的核磋商小组联合声明？",
    name: str = "北纬三十八度",
    bio: str = "东亚安全研究者，长期关注朝鲜半岛局势",
    votes: str = "1,046 人赞同了该回答",
    stamp: str = "发布于 2023-07-20 18:41・IP 属地北京",
) -> str:
    return "\n".join(
        [
            "首页",
            "等你来答",
            *topics,
            question,
            "关注者",
            "1,317",
            "被浏览",
            "402,118",
            "关注问题",
            "写回答",
            "邀请回答",
            "分享",
            "24 个回答",
            "默认排序",
            name,
            bio,
            votes,
            "先说结论：这是一个制度化的安排，而不是新的条约。",
            "2023年7月18日，核磋商小组在首尔举行首次会议，双方同意定期讨论核威慑与危机应对。",
            "其次，美国战略核潜艇时隔多年再次停靠釜山，这是同一周里发生的事。",
            "最后，它能否长期运行，还要看两国下一届政府的态度。",
            stamp,
            "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
            "赞同 1,046",
            "37 条评论",
            "分享",
            "收藏",
            "收起",
        ]
    )


# --- the head: the site's menu over the question's topics over the question ---------------------------------------


def test_topics_over_a_question_are_tags_and_the_question_is_the_title() -> None:
    text = _answer_page(["朝鲜半岛", "美国", "核武器", "同盟"])
    doc = parse_text(text)
    assert doc.title == "怎样评价韩国与美国新签的核磋商小组联合声明？"
    kinds = furniture_of(text)
    assert ("navigation", "首页") in kinds and ("navigation", "等你来答") in kinds
    for topic in ("朝鲜半岛", "美国", "核武器", "同盟"):
        assert ("tags", topic) in kinds
    assert_offsets_valid(doc)


def test_short_lines_over_a_question_with_the_text_under_it_are_no_topics() -> None:
    """Trap: an essay whose title asks a question, the text right under it (no button): no tags."""
    text = "\n".join(
        [
            "首页",
            "等你来答",
            "朝鲜半岛",
            "美国",
            "韩美同盟会走向何方？",
            "2023年4月，两国总统在华盛顿发表宣言，决定设立核磋商小组，这是同盟关系的一次重要调整。",
            "此后双方多次会谈，讨论如何让这一机制运转起来。",
        ]
    )
    assert all(kind != "tags" for kind, _ in furniture_of(text))


def test_short_lines_over_a_title_without_a_question_mark_are_no_topics() -> None:
    """Trap: the same page whose title asks nothing: the topics' reading is not made."""
    text = _answer_page(["朝鲜半岛", "美国"], question="韩国与美国新签的核磋商小组联合声明")
    assert all(kind != "tags" for kind, _ in furniture_of(text))


def test_menu_words_in_a_sentence_stay_text() -> None:
    text = "这个首页的设计很简洁。\n知学堂上的课程不多，等你来答的问题倒不少。\n"
    assert furniture_of(text) == []


# --- the answerer's card: a name over a bio over the answer's vote line -------------------------------------------


def test_name_over_bio_over_vote_line_is_the_writer_and_a_bio() -> None:
    text = _answer_page(["朝鲜半岛", "美国"])
    doc = parse_text(text)
    assert doc.authors == ["北纬三十八度"]
    kinds = furniture_of(text)
    assert ("author-bio", "东亚安全研究者，长期关注朝鲜半岛局势") in kinds
    assert ("tools", "1,046 人赞同了该回答") in kinds
    assert all(value != "北纬三十八度" for _, value in kinds)  # the name is no button
    assert "先说结论：这是一个制度化的安排，而不是新的条约。" in doc.text


def test_a_line_over_a_vote_line_under_the_text_is_no_bio() -> None:
    """Trap: a vote line under two lines of the text (no page furniture over them): nothing is a card."""
    text = "\n".join(
        [
            "韩美核磋商小组为什么重要？",
            "2023年7月18日，核磋商小组在首尔举行首次会议，双方同意定期讨论核威慑。",
            "这个机制能走多远",
            "要看两国下一届政府",
            "1,046 人赞同了该回答",
        ]
    )
    assert all(kind != "author-bio" for kind, _ in furniture_of(text))


def test_vote_words_in_a_sentence_are_no_vote_line() -> None:
    assert answer_votes("1,046 人赞同了该回答")
    assert answer_votes("12 人贊同了該回答")
    assert answer_votes("1.2K upvotes")
    assert not answer_votes("有 1,046 人赞同了该回答的说法。")
    assert not answer_votes("Over 1,200 upvotes were cast in the poll.")


@given(st.integers(0, 10_000_000), st.booleans())
def test_any_vote_count_is_a_vote_line(count: int, grouped: bool) -> None:
    number = f"{count:,}" if grouped else str(count)
    assert answer_votes(f"{number} 人赞同了该回答")
    assert answer_votes(f"{number} upvotes")
    assert not answer_votes(f"共有{number} 人赞同了该回答。")


# --- the answer's stamp dates the page from its last lines --------------------------------------------------------


def test_answer_stamp_under_the_text_dates_the_page() -> None:
    doc = parse_text(_answer_page(["朝鲜半岛", "美国"]))
    assert (doc.date, doc.date_source) == ("2023-07-20", "dateline")
    assert document_date([], ["編輯於 2022-11-30 07:02・IP 屬地臺灣"]) == ("2022-11-30", "dateline")
    assert document_date([], ["发布于 2021-05-04"]) == ("2021-05-04", "dateline")


def test_edited_in_a_sentence_dates_nothing() -> None:
    """Trap: `编辑于` opening a sentence that goes on after its date is no stamp."""
    assert document_date([], ["编辑于 2024-07-10，此后又修改了两次。"]) is None
    assert document_date([], ["这篇回答发布于 2024-07-10 09:03"]) is None


@given(
    st.integers(2000, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["编辑于", "發布於", "发布于", "編輯於"]),
    st.sampled_from(["", " 09:03", " 23:59・IP 属地上海", " 00:00 · IP 屬地新北"]),
)
def test_any_answer_stamp_reads_its_day(year: int, month: int, day: int, label: str, rest: str) -> None:
    stamp = f"{label} {year}-{month:02d}-{day:02d}{rest}"
    assert document_date([], [stamp]) == (f"{year}-{month:02d}-{day:02d}", "dateline")


@given(
    st.lists(st.sampled_from(["东北亚", "日本", "外交", "国际政治", "军事", "海洋"]), min_size=1, max_size=7),
    st.sampled_from(["？", "?", "", "。"]),
)
def test_any_head_of_topics_parses_and_tags_only_over_a_question(topics: list[str], mark: str) -> None:
    text = _answer_page(topics, question=f"如何看待东北亚新的安全合作{mark}")
    doc = parse_text(text)
    assert_offsets_valid(doc)
    tagged = [value for kind, value in furniture_of(text) if kind == "tags"]
    if mark not in ("？", "?") or len(topics) > 5:
        assert tagged == []


# --- a sign-up box's lines between its prompt and its button (furniture._prompt_box) -------------------------------

_POST = (
    "Why the Pacific Islands Forum Matters Now\n"
    "Mara Jensen\n"
    "Follow\n"
    "5 min read · Mar 3, 2024\n"
    "The forum met in Nuku'alofa last August and spent most of its time on climate finance and policing.\n"
    "Its members did not agree on a common line about security pacts with outside powers.\n"
    "That question will come back at the next meeting.\n"
)


def test_lines_between_a_sign_up_prompt_and_its_button_are_tools() -> None:
    text = (
        _POST + "Sign up to read every story and keep the ones you like.\n"
        "Members only\n"
        "Listen to any story.\n"
        "Save stories for later.\n"
        "Sign up for free\n"
        "More from Mara Jensen\n"
    )
    kinds = furniture_of(text)
    for line in ("Members only", "Listen to any story.", "Save stories for later."):
        assert ("tools", line) in kinds
    assert all(h.title != "Members only" for h in parse_text(text).headings)


def test_a_paragraph_between_a_prompt_and_a_button_stays_text() -> None:
    """Trap: a line of the text, longer than a box's line, between a sign-up prompt and a button."""
    paragraph = (
        "The forum's members did not agree on a common line about security pacts with outside powers, and the"
        " question of policing cooperation was left to a working group that will report next year."
    )
    text = _POST + "Sign up to read every story.\n" + paragraph + "\nSubscribe\n"
    assert ("tools", paragraph) not in furniture_of(text)
    assert paragraph in parse_text(text).text


def test_a_prompt_with_no_button_under_it_frames_nothing() -> None:
    """Trap: lines under a sign-up prompt with no button under them stay as they were."""
    text = _POST + "Sign up to read every story.\nMembers only\nListen to any story.\n"
    kinds = furniture_of(text)
    assert ("tools", "Members only") not in kinds and ("tools", "Listen to any story.") not in kinds


@given(
    st.lists(
        st.sampled_from(["Free", "No ads.", "Listen to any story.", "Read offline", "Support writers you like."]),
        min_size=1,
        max_size=8,
    )
)
def test_any_box_between_prompt_and_button(box: list[str]) -> None:
    text = _POST + "Sign up to read every story.\n" + "\n".join(box) + "\nSign up for free\n"
    doc = parse_text(text)
    assert_offsets_valid(doc)
    kinds = furniture_of(text)
    if len(box) <= 5:
        assert all(("tools", line) in kinds for line in box)


# --- a subtitle asking a question over the writer's name and follow button; the writer's box under the text -------

_HEAD = (
    "Write\n"
    "Can the Quad Outlast Its Summits\n"
    "Four leaders met again in Wilmington in September. Will the working groups they set up keep meeting?\n"
    "Priya Raman\n"
    "Follow\n"
    "6 min read · Oct 2, 2024\n"
)
_BODY = (
    "The Quad's leaders met in Wilmington, Delaware, on 21 September 2024, the last summit the host would hold.\n"
    "They announced a maritime initiative for training coast guards across the Indo-Pacific.\n"
    "Whether that initiative lasts depends on money and people more than on statements.\n"
)


def test_a_question_over_a_followed_name_is_the_subtitle() -> None:
    text = _HEAD + _BODY
    doc = parse_text(text)
    subtitle = "Four leaders met again in Wilmington in September. Will the working groups they set up keep meeting?"
    assert ("subtitle", subtitle) in furniture_of(text)
    assert doc.authors == ["Priya Raman"]
    assert subtitle not in [p for p in doc.text.split("\n") if p.startswith("The Quad")]


def test_a_question_opening_the_text_is_no_subtitle() -> None:
    """Trap: a question under the title with the text under it (no name over a follow button) stays text."""
    text = (
        "Can the Quad Outlast Its Summits\n"
        "Four leaders met again in Wilmington in September. Will the working groups they set up keep meeting?\n" + _BODY
    )
    assert all(kind != "subtitle" for kind, _ in furniture_of(text))


def test_a_writers_box_with_a_label_and_a_follower_count_under_the_text_is_author_bio() -> None:
    box = "Written by Priya Raman\n1,204 Followers\nCovers Indo-Pacific diplomacy from Singapore.\nFollow\n"
    text = _HEAD + _BODY + box
    kinds = furniture_of(text)
    assert ("author-bio", "Written by Priya Raman") in kinds
    assert ("author-bio", "Covers Indo-Pacific diplomacy from Singapore.") in kinds
    assert parse_text(text).authors == ["Priya Raman"]


def test_a_box_naming_another_writer_is_no_card() -> None:
    """Trap: `Written by` another name than the head's writer: no card of this writer."""
    box = "Written by Tomas Ekberg\n88 Followers\nWrites on Nordic defence.\nFollow\n"
    kinds = furniture_of(_HEAD + _BODY + box)
    assert ("author-bio", "Writes on Nordic defence.") not in kinds


# --- footer links one a line closing the page; the post's counters again and its unlabelled topics ----------------

_COUNTERS = "41\n7\nListen\nShare\n"


def test_footer_links_one_a_line_end_a_related_list_and_are_navigation() -> None:
    text = (
        _HEAD
        + _BODY
        + "More from Priya Raman\nA Coast Guard Network for the Pacific\nPriya Raman\n"
        + "Help\nAbout\nCareers\nPrivacy\nTerms\nText to speech\n"
    )
    kinds = furniture_of(text)
    for link in ("Help", "About", "Careers", "Privacy", "Terms", "Text to speech"):
        assert ("navigation", link) in kinds
    assert ("related", "A Coast Guard Network for the Pacific") in kinds


def test_a_lone_footer_word_or_words_with_text_after_them_are_no_footer() -> None:
    """Traps: `About` as a section's head over the text; footer words with a sentence under them."""
    text = _HEAD + "About\n" + _BODY
    assert ("navigation", "About") not in furniture_of(text)
    text = _HEAD + _BODY + "Help\nAbout\nPrivacy\nThe forum will meet again next year in Honiara.\n"
    assert ("navigation", "Help") not in furniture_of(text)


def test_counters_printed_again_under_the_text_and_the_topics_over_them() -> None:
    text = (
        _HEAD.replace("6 min read · Oct 2, 2024\n", "6 min read · Oct 2, 2024\n" + _COUNTERS)
        + _BODY
        + "Sign up for free\nIndo-Pacific\nAustralia\nIndia\n41\n7\n"
        + "Written by Priya Raman\n1,204 Followers\nCovers Indo-Pacific diplomacy from Singapore.\nFollow\n"
    )
    kinds = furniture_of(text)
    for topic in ("Indo-Pacific", "Australia", "India"):
        assert ("tags", topic) in kinds
    assert kinds.count(("tools", "41")) == 2 and kinds.count(("tools", "7")) == 2


def test_other_numbers_under_the_text_make_no_topics() -> None:
    """Trap: two bare numbers under the text that the head never printed as counters: no counter, no topics."""
    text = (
        _HEAD.replace("6 min read · Oct 2, 2024\n", "6 min read · Oct 2, 2024\n" + _COUNTERS)
        + _BODY
        + "Sign up for free\nIndo-Pacific\nAustralia\n12\n5\n"
    )
    kinds = furniture_of(text)
    assert ("tags", "Australia") not in kinds


@given(
    st.lists(st.sampled_from(["Help", "About", "Status", "Privacy", "Terms", "Blog", "Careers"]), max_size=8),
    st.booleans(),
)
def test_any_closing_run_of_footer_words(links: list[str], text_after: bool) -> None:
    text = _HEAD + _BODY + "\n".join(links) + ("\nThe forum meets again in May.\n" if text_after else "\n")
    doc = parse_text(text)
    assert_offsets_valid(doc)
    kinds = furniture_of(text)
    if text_after or len(links) < 3:
        assert not any(kind == "navigation" and value in links for kind, value in kinds)
    else:
        assert all(("navigation", link) in kinds for link in links)
