"""lay90 (fifty-ninth session, issue 12): a prompt alone on its line, one button's words asking the reader to act on
the page, is tools (`furniture.json` 'prompt', `furniture._prompt`): one grammar per script where eight expressions
had each read one site's button. Inputs written here, in other words than the dev pages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text


def test_prompts_alone_are_tools() -> None:
    from allyscope.layout.furniture import furniture_kind

    for line in (
        "Keep reading →",
        "Read the whole article",
        "Read the rest of the piece »",
        "Cite this report",
        "Add to Outlook calendar",
        "Add to your calendar",
        "Watch the replay",
        "Register now",
        "Register for future events",
        "Submit a manuscript",
        "Load more",
        "View more",
        "See more",
        "查看更多",
        "閱讀全文",
        "添加至日历",
        "下載APP觀看",
        "打開App內閱讀全文",
        "画像をすべて見る（12枚）",
        "動画を見る",
        "カレンダーに登録する",
        "もっと見る",
    ):
        assert furniture_kind(line) == "tools", line


def test_what_is_no_prompt() -> None:
    from allyscope.layout.furniture import furniture_kind

    for line in (
        "Read more about the harbour survey",  # a head or a link's own label: its words are no button's
        "Watch the skies",  # a headline
        "Continue",  # a verb alone
        "Reading the report",  # no imperative
        "Keep the straits open",
        "Show of force in the strait",
        "See the Annex for the full list.",  # a sentence
        "Register of treaties",
        "查看",
        "阅读",
        "写真",
        "Add to the record of the meeting the statement of the delegation",  # longer than a button's words
    ):
        assert furniture_kind(line) != "tools", line


def test_a_prompt_under_a_story_is_tools() -> None:
    text = (
        "Skip to content\n"
        "World › Europe › Shipping\n"
        "Harbour Board Weighs New Pilot Rules\n"
        "By Ana Ruiz\n"
        "June 4, 2024\n"
        "3 min read\n"
        "Share\n"
        "Email\n"
        "The harbour board met on Tuesday to weigh new rules for pilots boarding ships at night.\n"
        "Advertisement\n"
        "Members asked for a report on the costs before the next meeting in the spring.\n"
        "Keep reading\n"
        "Most read\n"
        "1 Ferry timetable changes for the winter\n"
        "2 New lighthouse keeper named for the port\n"
        "© 2024 Harbour Town Media. All rights reserved.\n"
    )
    doc = parse_text(text)
    assert "Keep reading" in [doc.span_text(s) for s in doc.spans if s.kind == "tools"]
    assert not any("Members asked" in doc.span_text(s) for s in doc.spans if s.kind != "paragraph")


@settings(max_examples=60, deadline=None)
@given(
    verb=st.sampled_from(["Continue", "keep", "READ", "Watch", "Add", "Cite", "Show"]),
    middle=st.lists(st.sampled_from(["the", "this", "full", "to", "your"]), max_size=3),
    obj=st.sampled_from(["reading", "article", "recording", "calendar", "more", "story"]),
    noun=st.sampled_from(["delegation", "harbour", "survey", "minister", "strait"]),
)
def test_a_verb_and_what_a_page_button_acts_on_are_tools(verb: str, middle: list[str], obj: str, noun: str) -> None:
    from allyscope.layout.furniture import furniture_kind

    line = " ".join([verb, *middle, obj])
    assert furniture_kind(line) == "tools", line
    assert furniture_kind(f"{line} of the {noun}") != "tools"  # a noun of the text after it: no button
    assert furniture_kind(f"{line} before the vote.") != "tools"  # a sentence
