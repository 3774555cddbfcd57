"""lay41 (twenty-first session): front matter whose title is not its first field, Chinese writers' names parted by
spaces alone, each rule on text in other words than the corpus documents that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text

_BODY = "The two coast guards agreed to share radar pictures of the strait and to train their boarding crews together."


def _front(fields: list[str]) -> str:
    return "\n".join(["---", *fields, "---", "", _BODY, "", "## What comes next", "", "A second drill is planned."])


def test_a_front_matter_field_above_the_title_field_is_no_title() -> None:
    """`layout: post` and `permalink: …` over `title: …`: the site's settings, furniture (an identifier line where
    no other kind reads it); the title is
    the `title:` field's value wherever it stands in the block, and the other fields read as before."""
    doc = parse_text(
        _front(
            [
                "layout: post",
                "permalink: /notes/radar-sharing/",
                'title: "Radar pictures across a narrow strait"',
                "author: Ines Calder",
                "date: 2022-11-08",
            ]
        )
    )
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert doc.title == "Radar pictures across a narrow strait"
    assert doc.authors == ["Ines Calder"]
    assert str(doc.date) == "2022-11-08"
    kinds = {doc.span_text(s): s.kind for s in doc.spans}
    assert kinds["layout: post"] == "identifier"
    assert kinds["permalink: /notes/radar-sharing/"] not in ("title", "paragraph")  # a link line: tools
    assert _BODY in doc.text


def test_a_front_matter_block_with_no_title_field_keeps_its_first_line_as_before() -> None:
    """Without a `title:` field no field is set aside: the rule needs the title field below."""
    doc = parse_text(_front(["layout: post", "author: Ines Calder", "date: 2022-11-08"]))
    assert not any(s.kind == "identifier" for s in doc.spans)


@given(
    st.lists(
        st.sampled_from(["layout: page", "draft: false", "slug: radar-notes", "lang: en", "weight: 3"]),
        min_size=1,
        max_size=3,
        unique=True,
    )
)
def test_any_fields_before_the_title_field_leave_the_title_whole(settings: list[str]) -> None:
    doc = parse_text(_front([*settings, "title: Boarding crews trained together", "author: Ines Calder"]))
    assert_offsets_valid(doc)
    assert doc.title == "Boarding crews trained together"
    assert doc.authors == ["Ines Calder"]


_ZH_BODY = "两国海军在东海南部海域举行联合搜救演练，双方各派出一艘护卫舰和一架直升机参加。"


def test_chinese_reporters_parted_by_spaces_alone_are_several_writers() -> None:
    """`记者 陈静 黄志强`: a Chinese name is written whole, so each spaced run of two or three characters is a
    writer of its own."""
    doc = parse_text("\n\n".join(["两国海军举行联合搜救演练", "记者 陈静 黄志强", "2023年6月12日", _ZH_BODY]))
    assert_offsets_valid(doc)
    assert doc.authors == ["陈静", "黄志强"]


def test_a_padded_name_and_a_japanese_spaced_name_stay_one_writer() -> None:
    """`王　静` is one name padded to three characters' width; `山田 太郎` in a Japanese text is one name."""
    doc = parse_text("\n\n".join(["两国海军举行联合搜救演练", "记者　王　静", "2023年6月12日", _ZH_BODY]))
    assert doc.authors == ["王静"]
    ja = parse_text(
        "\n\n".join(
            [
                "両国海軍が共同捜索救難訓練",
                "山田 太郎",
                "2023年6月12日",
                "両国の海軍は東シナ海で共同の捜索救難訓練を行った。",
            ]
        )
    )
    assert ja.authors == ["山田 太郎"]


_HAN = st.text(
    alphabet=st.sampled_from(list("王李张刘陈杨黄赵周吴徐孙马朱胡林何高郭罗梁宋郑谢韩唐冯")), min_size=2, max_size=3
)


@given(st.lists(_HAN, min_size=2, max_size=3, unique=True))
def test_spaced_chinese_names_come_back_one_each(names: list[str]) -> None:
    doc = parse_text("\n\n".join(["两国海军举行联合搜救演练", "记者 " + " ".join(names), "2023年6月12日", _ZH_BODY]))
    assert_offsets_valid(doc)
    assert doc.authors == names


def _kinds(text: str) -> dict[str, str]:
    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    return {doc.span_text(s): s.kind for s in doc.spans}


def test_a_follow_button_and_a_like_count_are_tools() -> None:
    """A blog platform prints a follow button under the writer's name and a like count under the text."""
    kinds = _kinds(
        "\n".join(
            [
                "Why small navies share charts",
                "Tomas Lind",
                "Follow",
                "May 4, 2024",
                "Small navies exchange charts because surveying a coast costs more than any of them can pay.",
                "Likes: 31",
            ]
        )
    )
    assert kinds["Follow"] == "tools"
    assert kinds["Likes: 31"] == "tools"
    ja = _kinds(
        "\n".join(
            [
                "海図を共有する小国海軍",
                "森田 航",
                "フォロー中",
                "2024年5月4日",
                "小国の海軍は測量の費用を分け合うために海図を交換している。",
                "いいね 8",
            ]
        )
    )
    assert ja["フォロー中"] == "tools"
    assert ja["いいね 8"] == "tools"


def test_a_press_release_number_line_is_an_identifier_not_an_issue() -> None:
    """`新闻稿编号：第37号` numbers the release: an identifier, not a journal's issue line."""
    kinds = _kinds(
        "\n".join(
            [
                "国防部就两国海军联合演习答记者问",
                "发布时间：2024-02-09",
                "新闻稿编号：第37号",
                "两国海军将于下月在东海举行联合演习，演习以搜救和反海盗为主要科目。",
            ]
        )
    )
    assert kinds["新闻稿编号：第37号"] == "identifier"
    assert kinds["发布时间：2024-02-09"] == "dateline"


_MARKED = [
    "◆演習の目的",
    "両国は海上での連携を確かめるため演習を行った。",
    "◆今後の課題",
    "課題は通信手段の統一である。",
]


def test_square_marked_short_lines_in_a_series_are_heads() -> None:
    """Two `◆` lines with short phrases over paragraphs: a system of heads, titled without the mark."""
    doc = parse_text("\n".join(["日仏の海上演習", "2024年3月1日", *_MARKED]))
    assert [(h.level, h.label, h.title) for h in doc.headings] == [(1, "", "演習の目的"), (1, "", "今後の課題")]


def test_one_square_marked_line_is_no_head() -> None:
    """A single `■` line (a writer's name and post under a bullet, a kicker) is not a system of heads."""
    doc = parse_text(
        "\n".join(["日仏の海上演習", "■佐野健（海洋大学准教授）", "両国は海上での連携を確かめるため演習を行った。"])
    )
    assert doc.headings == [] or all(h.title != "佐野健（海洋大学准教授）" for h in doc.headings)


@given(
    st.lists(
        st.sampled_from(["背景", "演習の内容", "各国の反応", "今後の見通し", "残る論点"]),
        min_size=2,
        max_size=4,
        unique=True,
    )
)
def test_any_series_of_marked_heads_is_read_in_order(titles: list[str]) -> None:
    lines = ["日仏の海上演習", "2024年3月1日"]
    for title in titles:
        lines += ["■" + title, "両国は海上での連携を確かめるため演習を行った。"]
    doc = parse_text("\n".join(lines))
    assert_offsets_valid(doc)
    assert [h.title for h in doc.headings] == titles


def test_a_wide_cjk_entry_headline_under_its_stamp_is_a_head() -> None:
    """A live page's entry headline of two clauses parted by `，` or `、` is as wide as half a line of text; the
    time stamp over it vouches for it as the entry's head. A wide line under no stamp stays text."""
    entries = [
        "21:40",
        "巡逻舰艇全部返回母港，海军发言人表示此次行动达到预期目标",
        "海军发言人在晚间的记者会上说，参加巡逻的舰艇已全部返回母港，行动中未发生任何意外情况。",
        "19:05",
        "邻国外交部发表声明",
        "邻国外交部当天发表声明，表示密切关注有关海域的局势，并呼吁各方保持克制。",
    ]
    doc = parse_text("\n".join(["直播", "两国海军开展联合巡逻", "更新时间：2024-06-02 21:40", *entries]))
    assert_offsets_valid(doc)
    assert [h.title for h in doc.headings] == [
        "巡逻舰艇全部返回母港，海军发言人表示此次行动达到预期目标",
        "邻国外交部发表声明",
    ]
    plain = parse_text("\n".join(["两国海军开展联合巡逻", *[e for e in entries if ":" not in e]]))
    assert all("，" not in h.title for h in plain.headings)


def test_a_role_word_among_spaced_runs_keeps_the_line_whole() -> None:
    """`记者 邓凯 编辑 罗晴`: `编辑` is a role (`credit_role`), no name, so the runs are not a list of names alone."""
    doc = parse_text("\n\n".join(["两国海军举行联合搜救演练", "记者 邓凯 编辑 罗晴", "2023年6月12日", _ZH_BODY]))
    assert doc.authors != ["邓凯", "编辑", "罗晴"]
