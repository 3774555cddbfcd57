"""lay40 (twenty-first session): headings, furniture, front matter and document dates of new page and copy shapes,
each rule on text in other words than the blind-written documents (`tests/layouts/l40_*`)."""

from __future__ import annotations

from helpers import furniture_of, outside_front_and_body
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.dating import document_date
from allyscope.layout.furniture import furniture_kind
from allyscope.layout.named_notes import name_number, number_names
from allyscope.layout.yaml_front import field_value, front_fences, in_front_matter, title_field

_furniture = furniture_of


def test_an_edition_year_names_no_date_and_the_month_under_it_dates_the_paper() -> None:
    """`令和5年版　外交青書` names a yearly edition: no dateline, the title; the month under its issuer dates it. A
    bare era year with a month (`令和5年6月`) is still a date, and a fiscal year (`令和5年度`) still none."""
    assert document_date(["令和5年版　外交青書"], []) is None
    assert document_date(["令和5年6月"], []) is not None
    assert document_date(["令和5年度"], []) is None
    doc = parse_text(
        "\n".join(
            [
                "令和5年版　外交青書",
                "外務省",
                "令和5年6月",
                "第2章　地域別に見た外交",
                "第1節　アジア・大洋州",
                "1　概観",
                "地域の安全保障環境は一層厳しさを増しており、各国との対話が重ねられた。",
                "(1)　首脳往来",
                "首脳の往来は前年より増え、共同声明も相次いで発表された。",
            ]
        )
    )
    assert doc.title == "令和5年版　外交青書"
    assert (doc.date, doc.date_source) == ("2023-06", "dateline")
    assert [(h.level, h.label, h.title) for h in doc.headings] == [
        (1, "2", "地域別に見た外交"),
        (2, "1", "アジア・大洋州"),
        (3, "1", "概観"),
        (4, "1", "首脳往来"),
    ]


def test_white_paper_figure_numbers_and_box_labels_are_captions() -> None:
    """A white paper numbers its figures by part, chapter and section (`図表II-2-3-1`, `图表 3-1-2`) and labels its
    boxes in lenticular brackets (`【解説】`, `【专栏】`): captions. A sentence that mentions a figure is none."""
    assert furniture_kind("図表II-2-3-1　主要国の国防費の推移") == "caption"
    assert furniture_kind("图表 3-1-2　地区安全合作机制一览") == "caption"
    assert furniture_kind("【解説】共同訓練の種類") == "caption"
    assert furniture_kind("【专栏】海上搜救合作的由来") == "caption"
    assert furniture_kind("【コラム】") is None  # a label with nothing after it names no box
    found = _furniture(
        "\n".join(
            [
                "各国との共同訓練は年々増えており、その規模も大きくなっている。",
                "【解説】共同訓練の種類",
                "共同訓練には、戦術訓練のほか、捜索救難や人道支援の訓練もある。",
                "図表II-2-3-1　主要国の国防費の推移",
                "国防費は多くの国で増加している。",
            ]
        )
    )
    assert ("caption", "【解説】共同訓練の種類") in found
    assert ("caption", "図表II-2-3-1　主要国の国防費の推移") in found


def test_a_state_named_alone_over_its_office_issues_the_paper() -> None:
    """A white paper's issuer printed over two lines, the state's formal name (`…联邦`, `…共和國`) over the
    ministry (`…部`): both lines are its issuer, neither a writer. A writer's name holding such a word inside it
    (`王国栋`) is still a name."""
    doc = parse_text(
        "\n".join(
            [
                "印度洋海上安全合作政策",
                "（2023年5月）",
                "俄罗斯联邦",
                "外交部",
                "前言",
                "印度洋是重要的海上通道，沿岸各国的安全关切各不相同。本文件阐述有关合作的基本立场。",
                "一、基本立场",
                "各国应通过对话协商解决海上争端。",
            ]
        )
    )
    assert doc.authors == []
    assert doc.title == "印度洋海上安全合作政策"
    kinds = [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind == "affiliation"]
    assert kinds == [("affiliation", "俄罗斯联邦"), ("affiliation", "外交部")]
    named = parse_text("港口安全合作的新进展\n王国栋\n2023年5月\n各国港口管理部门近年来加强了信息交流。")
    assert named.authors == ["王国栋"]


def _live_page(headline: str) -> str:
    return "\n".join(
        [
            "Skip to content",
            "Live",
            headline,
            "By Priya Natarajan and Tom Okafor",
            "Updated 9:20 p.m. GMT, October 4, 2024",
            "Navies of four states began a week of exercises in the Bay of Bengal on Friday.",
            "9:20 p.m. GMT",
            "Ships leave port, navy says",
            "The first warships left port in the evening, a navy spokesman said.",
            "7:05 p.m. GMT",
            "Observers invited",
            "Officers from two neighbouring states will watch the drills from a command ship.",
        ]
    )


def test_a_live_page_reads_its_headline_writers_stamps_and_entry_heads() -> None:
    """A live page: `Live` labels it, its headline after `Live updates:` stands over its writers' byline (a ticker's
    link stands over none), each entry's time stamp is a dateline and the headline under a stamp is a head, even
    with a comma before the source it quotes (`…, navy says`)."""
    doc = parse_text(_live_page("Live updates: Four navies start drills in the Bay of Bengal"))
    assert doc.title == "Live updates: Four navies start drills in the Bay of Bengal"
    assert doc.authors == ["Priya Natarajan", "Tom Okafor"]
    assert (doc.date, doc.date_source) == ("2024-10-04", "last-updated")
    assert [h.title for h in doc.headings] == ["Ships leave port, navy says", "Observers invited"]
    kinds = outside_front_and_body(doc)
    assert ("doctype", "Live") in kinds
    assert ("dateline", "9:20 p.m. GMT") in kinds and ("dateline", "7:05 p.m. GMT") in kinds


def test_a_ticker_over_a_story_is_still_a_related_link() -> None:
    """`Live updates: …` over another story's headline (no byline under it) is a ticker's link, and a line with a
    comma under a paragraph (no stamp above it) is no head."""
    found = _furniture(
        "\n".join(
            [
                "Live updates: Leaders gather for the harbour summit",
                "Coast Guards Sign Pact on Search and Rescue",
                "By Ana Ruiz",
                "June 3, 2025",
                "The coast guards of two states signed a pact on search and rescue on Monday.",
                "Crews will train together twice a year.",
            ]
        )
    )
    assert ("related", "Live updates: Leaders gather for the harbour summit") in found
    doc = parse_text(
        "The first paragraph of the story ends here with a full stop.\nShips sail, officials say\n"
        "Officials said the ships would sail at dawn and return within a week."
    )
    assert not doc.headings


_FRONT_MATTER_POST = "\n".join(
    [
        "---",
        "title: 'Patrol boats for the Pacific: what a decade of gifts has bought'",
        "author: Sione Tupou",
        "date: 2023-11-20",
        "tags: [Pacific, patrol boats]",
        "---",
        "",
        "Since 2018 the Pacific island states have received more than twenty new patrol boats.",
        "",
        "## Who maintains them",
        "",
        "Each boat comes with a maintenance contract and an adviser posted to the host state's port.",
    ]
)


def test_a_markdown_post_front_matter_gives_title_writer_and_date() -> None:
    """A Markdown file opening with YAML front matter: the `title:` field's value (its quotes left out) is the
    title, `author:` the writer, `date:` the date it was published, `tags:` a tag row."""
    doc = parse_text(_FRONT_MATTER_POST)
    assert doc.title == "Patrol boats for the Pacific: what a decade of gifts has bought"
    assert doc.authors == ["Sione Tupou"]
    assert (doc.date, doc.date_source) == ("2023-11-20", "published")
    assert [(h.level, h.title) for h in doc.headings] == [(1, "Who maintains them")]
    kinds = outside_front_and_body(doc)
    assert ("tags", "tags: [Pacific, patrol boats]") in kinds


def test_a_title_field_outside_front_matter_keeps_its_key() -> None:
    """`title:` counts as a field only inside a block that opens the file with `---`: a line of a text that happens
    to start `Title: …` is read as it was."""
    assert title_field('title: "A title"', '---\ntitle: "A title"\n---\n', 4) == (8, 15)
    assert title_field('title: "A title"', 'Intro line\ntitle: "A title"\n', 11) is None
    assert title_field("author: Sione Tupou", "---\nauthor: Sione Tupou\n", 4) is None


_KEYS = st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,12}", fullmatch=True)
_VALUES = (
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40)
    .map(str.strip)
    .filter(lambda v: bool(v) and v[0] not in "\"'" and v[-1] not in "\"'")
)


@given(key=_KEYS, value=_VALUES, quote=st.sampled_from(["", '"', "'"]))
def test_field_value_reads_back_any_value_with_or_without_quotes(key: str, value: str, quote: str) -> None:
    """Property: a `key: value` line, the value bare or quoted, gives back the key and exactly the value's span;
    a line without the space after the colon is no field."""
    line = f"{key}: {quote}{value}{quote}"
    found = field_value(line)
    assert found is not None
    assert found[0] == key and line[found[1] : found[2]] == value
    assert field_value(f"{key}:{value}") is None


@given(fields=st.lists(st.tuples(_KEYS, _VALUES), min_size=1, max_size=5), closed=st.booleans())
def test_in_front_matter_only_inside_the_opening_block(fields: list[tuple[str, str]], closed: bool) -> None:
    """Property: every field line of a block opening the text is inside the front matter; a line after the block's
    closing fence is not, nor is anything when the text does not open with a fence."""
    block = "---\n" + "".join(f"{k}: {v}\n" for k, v in fields)
    text = block + ("---\nBody line.\n" if closed else "")
    offset = 4
    for k, v in fields:
        assert in_front_matter(text, offset)
        offset += len(f"{k}: {v}\n")
    if closed:
        assert not in_front_matter(text, len(block) + 4)
    assert not in_front_matter("Intro\n" + text, 10)


def test_named_markdown_footnotes_are_numbered_by_first_citation() -> None:
    """Markdown footnotes with named labels (`[^treaty]`, `[^n-2]`) are numbered 1, 2, 3 in the order the text first
    cites them, not the order they are defined; a name cited twice links the same note; a numbered label
    (`[^7]`) keeps its digits."""
    doc = parse_text(
        "\n".join(
            [
                "# Harbour access in the Gulf of Guinea",
                "",
                "Two navies signed a harbour access arrangement in March.[^treaty] Its terms were not published.[^n-2]",
                "",
                "## Why it matters",
                "",
                "Access shortens patrols by days,[^n-2] and the arrangement may be extended to a third navy.[^treaty]",
                "",
                "[^n-2]: A navy official said so at a briefing; no document has been released.",
                "[^treaty]: The text was signed at a ceremony in the capital.",
            ]
        )
    )
    notes = [(f.number, doc.note_text(f)) for f in doc.footnotes]
    assert notes == [
        (2, "A navy official said so at a briefing; no document has been released."),
        (1, "The text was signed at a ceremony in the capital."),
    ]
    by_id = {f.id: f.number for f in doc.footnotes}
    assert [(list(m.numbers), [by_id[x] for x in m.footnotes]) for m in doc.markers] == [
        ([1], [1]),
        ([2], [2]),
        ([2], [2]),
        ([1], [1]),
    ]
    assert "[^n-2]: A navy official" not in doc.text


def test_named_numbers_belong_to_one_document() -> None:
    """A name is a number only within its document: outside a parse no name reads as a number, and the same note
    line in another document with another order of citation takes that document's number."""
    assert name_number("treaty") == 0
    assert number_names("[^b] then [^a].\n\n[^a]: First defined.\n[^b]: Second defined.\n") == {"b": 1, "a": 2}
    assert number_names("No notes [^x] here.") == {}
    assert number_names("Digits [^3].\n\n[^3]: A numbered note.\n") == {}
    first = parse_text("Text cites [^one] and [^two].\n\n[^one]: Note one.\n[^two]: Note two.\n")
    second = parse_text("Text cites [^two] and [^one].\n\n[^one]: Note one.\n[^two]: Note two.\n")
    assert [(f.number, first.note_text(f)) for f in first.footnotes] == [(1, "Note one."), (2, "Note two.")]
    assert [(f.number, second.note_text(f)) for f in second.footnotes] == [(2, "Note one."), (1, "Note two.")]


_NAMES = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True)


@given(names=st.lists(_NAMES, min_size=1, max_size=6, unique=True), data=st.data())
def test_number_names_counts_citations_in_order(names: list[str], data: st.DataObject) -> None:
    """Property: whatever the order the notes are defined in, the numbers are 1..n in the order of first citation,
    each defined name numbered once."""
    cited = data.draw(st.permutations(names))
    defined = data.draw(st.permutations(names))
    text = " ".join(f"Sentence [^{n}]." for n in cited) + "\n\n" + "".join(f"[^{n}]: Note.\n" for n in defined)
    assert number_names(text) == {name: i for i, name in enumerate(cited, start=1)}


@given(fields=st.lists(st.tuples(_KEYS, _VALUES), min_size=1, max_size=6), lead=st.integers(0, 2))
def test_front_fences_found_around_fields_only(fields: list[tuple[str, str]], lead: int) -> None:
    """Property: the two `---` lines around a block of fields are its fences, after any blank lines; a block with a
    sentence among its fields, or with nothing between its fences, has none."""
    body = [f"{k}: {v}" for k, v in fields]
    contents = [""] * lead + ["---", *body, "---", "Text."]
    assert front_fences(contents) == (lead, lead + len(body) + 1)
    assert front_fences(["---", *body, "A sentence of text.", "---"]) is None
    assert front_fences(["---", "---", "Text."]) is None
    assert front_fences(["Text.", "---", *body, "---"]) is None


def test_a_chinese_wiki_copy_site_line_and_see_also_label() -> None:
    """A Chinese wiki copy's site line under the title (`維基百科，自由的百科全書`) is navigation and its see-also
    label (`參見`, `另见`) a related list's label taking the short titles under it; a sentence that mentions the
    site or says `参见` inside it is text."""
    assert furniture_kind("維基百科，自由的百科全書") == "navigation"
    assert furniture_kind("维基百科, 自由的百科全书") == "navigation"
    assert furniture_kind("參見") == "related"
    assert furniture_kind("另见") == "related"
    assert furniture_kind("参见第三章的讨论。") is None
    assert furniture_kind("维基百科是自由的百科全书。") is None
    found = _furniture(
        "\n".join(
            [
                "亞丁灣護航",
                "維基百科，自由的百科全書",
                "亞丁灣護航是多國海軍在亞丁灣為商船提供護航的行動。",
                "多國海軍自2008年底起陸續派遣艦艇前往該海域。",
                "參見",
                "索馬利亞海盜",
                "聯合海上部隊",
            ]
        )
    )
    assert found[:2] == [("navigation", "維基百科，自由的百科全書"), ("related", "參見")]
    assert ("related", "索馬利亞海盜") in found and ("related", "聯合海上部隊") in found


def test_a_chinese_live_page_label_and_time_stamps() -> None:
    """A Chinese live page: `直播` alone labels the page (a doctype, no title), the headline under it is the title,
    and each entry's bare time (`18:40`) is a dateline, the page's date its update stamp."""
    doc = parse_text(
        "\n".join(
            [
                "首页 > 国际 > 亚太",
                "直播",
                "多国海军联合演习：各方最新动态",
                "更新时间：2024-10-04 18:40",
                "多国海军4日在孟加拉湾开始为期一周的联合演习，各方相继发布消息。",
                "18:40",
                "首批舰艇驶离港口",
                "首批参演舰艇当天傍晚驶离港口，前往演习海域。",
            ]
        )
    )
    assert doc.title == "多国海军联合演习：各方最新动态"
    assert (doc.date, doc.date_source) == ("2024-10-04", "last-updated")
    kinds = outside_front_and_body(doc)
    assert ("doctype", "直播") in kinds and ("dateline", "18:40") in kinds
    assert [h.title for h in doc.headings] == ["首批舰艇驶离港口"]


def test_front_matter_author_lists() -> None:
    """A front matter's writers as a list, in brackets on the key's line (`author: [A, B]`) or one a line under a
    key alone (`authors:` over `- 王海`): the names without brackets or dashes. A name with a hyphen inside it
    keeps it."""
    body = ["---", "", "Ships of three navies met in the strait for a week of drills and port calls.", ""]
    bracketed = parse_text(
        "\n".join(["---", "title: Three navies in the strait", "author: [Ana Ruiz, Jean-Luc Moreau]", *body])
    )
    assert bracketed.title == "Three navies in the strait"
    assert bracketed.authors == ["Ana Ruiz", "Jean-Luc Moreau"]
    listed = parse_text(
        "\n".join(["---", 'title: "海峡里的三国海军"', "authors:", "  - 王海", "  - 李明", "date: 2024-06-01", *body])
    )
    assert listed.title == "海峡里的三国海军"
    assert listed.authors == ["王海", "李明"]
    assert (listed.date, listed.date_source) == ("2024-06-01", "published")
