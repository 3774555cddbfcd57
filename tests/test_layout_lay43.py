"""lay43 (twenty-second session): front matter — a site's name set over the kicker and the title, a byline naming
writers with their posts and the date on one line, writers keyed to numbered affiliations in round brackets. Each
rule on text in other words than the corpus documents (`tests/layouts/l43_*`) that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_EN_BODY = (
    "Fishing crews see more of the sea than any patrol boat, and some coast guards now ask them to report what "
    "they see.\n\nThe reports arrive late and are often vague, but they cost almost nothing to collect."
)


def test_a_site_name_over_a_kicker_is_navigation_and_the_line_under_the_kicker_the_title() -> None:
    """`Coastline Digest` over `OPINION` over the headline: the kicker labels the line under it, so the first line
    is the page's masthead (navigation), not the title, and the headline is not read as a writer."""
    doc = parse_text(f"Coastline Digest\nOPINION\nFishing Fleets as Sentinels\nBy Amara Nwosu\n\n{_EN_BODY}\n")
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert doc.title == "Fishing Fleets as Sentinels"
    assert doc.authors == ["Amara Nwosu"]
    assert _furniture(doc)[:2] == [["navigation", "Coastline Digest"], ["doctype", "OPINION"]]


def test_a_site_name_over_a_cjk_kicker_and_a_dash_subtitle() -> None:
    """The same shape in Chinese and Japanese: a site's name, `社论`/`解説`, the title, a `——` subtitle."""
    zh = parse_text(
        "北港周报\n社论\n渔船也是海上的眼睛\n——渔民报告如何补充巡逻\n\n"
        "不少海警部门开始请渔民报告海上所见。\n这些报告往往迟到，却几乎不花成本。\n"
    )
    assert zh.title == "渔船也是海上的眼睛"
    assert _furniture(zh)[:3] == [
        ["navigation", "北港周报"],
        ["doctype", "社论"],
        ["subtitle", "——渔民报告如何补充巡逻"],
    ]
    ja = parse_text(
        "みなと新報デジタル\n解説\n漁船は海の見張り役になれるか\n――漁業者の通報と沿岸警備\n\n"
        "漁業者に海上で見たものを通報してもらう取り組みが広がっている。\n通報は遅れがちだが、費用はほとんどかからない。\n"
    )
    assert ja.title == "漁船は海の見張り役になれるか"
    assert _furniture(ja)[:2] == [["navigation", "みなと新報デジタル"], ["doctype", "解説"]]


def test_a_kicker_under_an_issuing_school_keeps_the_school_its_issuer() -> None:
    """A school's name over the kind of paper (`…學系` over `碩士論文`) is the issuing body (affiliation), not a
    site's name: the site rule leaves issuers and affiliations alone."""
    doc = parse_text("東海大學政治學系\n碩士論文\n漁船通報與海上巡邏的合作\n研究生：陳冠廷\n\n本文探討漁民通報制度。\n")
    assert doc.title == "漁船通報與海上巡邏的合作"
    assert ["navigation", "東海大學政治學系"] not in _furniture(doc)


def test_a_byline_with_posts_and_the_date_on_one_line() -> None:
    """`By …, Research Associate · 2 July 2023`, `作者：…（…研究员）　2023年7月2日`, `…（…准教授）　2023年7月2日`:
    the names and posts read as a byline alone, the last field its dateline."""
    en = parse_text(f"Fishing Fleets as Sentinels\nBy Omar Haddad, Research Associate · 2 July 2023\n\n{_EN_BODY}\n")
    assert en.authors == ["Omar Haddad"]
    assert str(en.date) == "2023-07-02"
    assert _furniture(en) == [["affiliation", "Research Associate"], ["dateline", "2 July 2023"]]
    zh = parse_text(
        "渔船也是海上的眼睛\n作者：周海宁（南洋海事研究院研究员）　2023年7月2日\n\n"
        "不少海警部门开始请渔民报告海上所见。\n这些报告往往迟到，却几乎不花成本。\n"
    )
    assert zh.authors == ["周海宁"]
    assert str(zh.date) == "2023-07-02"
    assert _furniture(zh) == [["affiliation", "南洋海事研究院研究员"], ["dateline", "2023年7月2日"]]
    ja = parse_text(
        "漁船は海の見張り役になれるか\n小林 直人（北浜大学准教授）　2023年7月2日\n\n"
        "漁業者に海上で見たものを通報してもらう取り組みが広がっている。\n通報は遅れがちだが、費用はほとんどかからない。\n"
    )
    assert ja.authors == ["小林 直人"]
    assert str(ja.date) == "2023-07-02"
    assert ["dateline", "2023年7月2日"] in _furniture(ja)


def test_names_alone_before_a_date_field_are_not_split_off_as_a_byline() -> None:
    """A social-media header naming the account before the date (`原创　某号　2024-…`) has no writer with a post:
    it stays the dateline it was, and the labelled byline under it names the writer."""
    doc = parse_text(
        "渔船通报制度的得失\n原创　东港观察　2023-07-02 09:30\n本文作者：吴立群　东港大学海洋法研究所讲师\n"
        "不少海警部门开始请渔民报告海上所见。\n这些报告往往迟到，却几乎不花成本。\n"
    )
    assert doc.authors == ["吴立群"]


_PAPER_BODY = (
    "Abstract\nFishing crews report what they see at sea. This paper asks how coast guards use those reports.\n"
    "Keywords: fisheries; maritime awareness\n1. Introduction\nSome coast guards train fishing crews to report.\n"
    "2. Conclusion\nThe reports are cheap and often late.\n"
)


def test_names_keyed_in_round_brackets_over_their_numbered_affiliations() -> None:
    """`Ana Lima (2), Tom Berg (1) and Sara Nyberg (1, 2)`: each key left outside its name (a comma between a key's
    numbers parts no names), and the `(1) Faculty of …` lines under them are affiliations."""
    doc = parse_text(
        "Reports from the Deck: Fishing Crews and Coast Guards\n"
        "Ana Lima (2), Tom Berg (1) and Sara Nyberg (1, 2)\n"
        "(1) Faculty of Science, Harbourside University, Bergen\n"
        "(2) Institute for Fisheries Policy, Porto\n" + _PAPER_BODY
    )
    assert_offsets_valid(doc)
    assert doc.authors == ["Ana Lima", "Tom Berg", "Sara Nyberg"]
    assert _furniture(doc) == [
        ["affiliation", "(1) Faculty of Science, Harbourside University, Bergen"],
        ["affiliation", "(2) Institute for Fisheries Policy, Porto"],
    ]


def test_a_bracketed_post_after_a_name_is_still_a_post() -> None:
    """Words in brackets after a name are its post (`Sara Nyberg (Harbourside University)`): only numbers in the
    brackets make a key."""
    doc = parse_text("Reports from the Deck\nSara Nyberg (Harbourside University)\n\n" + _EN_BODY + "\n")
    assert doc.authors == ["Sara Nyberg"]
    assert ["affiliation", "Harbourside University"] in _furniture(doc)


_FIRST = ["Ana", "Tom", "Sara", "Ivo", "Lena", "Kofi", "Mira", "Paul"]
_LAST = ["Lima", "Berg", "Nyberg", "Costa", "Haddad", "Mensah", "Okafor", "Varga"]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_FIRST),
            st.sampled_from(_LAST),
            st.lists(st.integers(1, 3), min_size=1, max_size=2, unique=True),
        ),
        min_size=2,
        max_size=4,
        unique_by=lambda t: (t[0], t[1]),
    ),
    st.sampled_from([", ", " and "]),
)
def test_any_list_of_names_keyed_in_round_brackets_reads_as_its_names(
    people: list[tuple[str, str, list[int]]], last_joint: str
) -> None:
    keyed = [f"{first} {last} ({', '.join(str(k) for k in keys)})" for first, last, keys in people]
    byline = ", ".join(keyed[:-1]) + last_joint + keyed[-1]
    doc = parse_text(
        "Reports from the Deck: Fishing Crews and Coast Guards\n"
        + byline
        + "\n(1) Faculty of Science, Harbourside University, Bergen\n(2) Institute for Fisheries Policy, Porto\n"
        + "(3) Centre for Ocean Law, Valletta Road Campus\n"
        + _PAPER_BODY
    )
    assert_offsets_valid(doc)
    assert doc.authors == [f"{first} {last}" for first, last, _ in people]
