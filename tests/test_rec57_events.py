"""Acts told one after another in one English sentence (issue 14 recall, twenty-eighth session): a clause of
sequence (`, after which …`, `, following which …`), `and then` with no comma before it, and talks held after a
welcome in a series of predicates. Sentences written for these tests, in other words than the dev documents that
showed them."""

from __future__ import annotations

from allyscope import extract


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.type) for e in extract(text).events if e.mode == "asserted"]


def test_a_clause_of_sequence_tells_an_act_of_its_own() -> None:
    found = _events(
        "Talks\n\nOn 14 March 2019 the president held talks with the prime minister in Canberra, following which the"
        " two leaders signed a defence cooperation arrangement.\n"
    )
    assert sorted(found) == [("2019-03-14", "AGREE"), ("2019-03-14", "CONSULT")]
    found = _events(
        "Talks\n\nOn 2 June 2022 the ministers met in Lima, after which the two governments established a strategic"
        " partnership.\n"
    )
    assert len(found) == 2


def test_and_then_needs_no_comma_to_open_the_next_act() -> None:
    found = _events(
        "News\n\nCanberra, 20 March 2019\n\nOn 15 March, the president held talks with the prime minister at"
        " Parliament House and then addressed a joint press conference.\n"
    )
    assert found == [("2019-03-15", "CONSULT"), ("2019-03-15", "CONSULT")]


def test_a_welcome_then_talks_in_a_series_are_two_acts() -> None:
    found = _events(
        "News\n\nCanberra, 20 March 2019\n\nOn 15 March, the president was given a ceremonial welcome at Parliament"
        " House, held official talks with the prime minister and then addressed the press with him.\n"
    )
    assert len(found) == 3


def test_one_meeting_told_with_its_place_stays_one_act() -> None:
    """What these rules must not cut: a meeting with a place and a time phrase after it is one act."""
    found = _events("News\n\nOn 15 March 2019, the president held talks with the prime minister in Canberra.\n")
    assert found == [("2019-03-15", "CONSULT")]


def test_a_joint_press_conference_is_an_act() -> None:
    """`聯合記者會`, `联合记者会`, `共同記者発表`: a joint press conference, as `記者会見` and `press conference` are,
    so it is an act of its own beside a signing."""
    found = _events("協定\n\n2019年4月2日，两国外长签署了引渡条约，并举行联合记者会。\n")
    assert sorted(found) == [("2019-04-02", "AGREE"), ("2019-04-02", "CONSULT")]


def test_an_act_after_a_meeting_named_as_a_meeting_takes_its_day() -> None:
    """`会合後`, `会议后`: what was done after a meeting (`会合`, `会議`, `会议`) told before, as after `会談`."""
    found = _events("閣僚会合\n\n2022年9月3日、3か国の閣僚会合が東京で開かれた。会合後、3大臣は共同声明を発出した。\n")
    assert found == [("2022-09-03", "CONSULT"), ("2022-09-03", "CONSULT")]


def _items(text: str) -> list[tuple[str, str]]:
    """(date, evidence) of the asserted events whose sentence is a bulleted item."""
    return [
        (e.date, e.evidence.text.strip())
        for e in extract(text).events
        if e.mode == "asserted" and e.evidence.text.strip()[:1] in "-・"
    ]


def test_bulleted_items_under_a_dated_lead_are_its_acts() -> None:
    """A lead that ends in a colon and has a date (`On 3 May 2022 the ministers:`, `访问期间，双方：`) announces the
    bulleted items under it: each item with no date of its own is an act on the lead's date. A numbered paragraph
    after the list is no item of it."""
    text = (
        "Joint Statement\n\nWarsaw, 4 May 2022\n\n1. The President of Lithuania paid a visit to Warsaw on 3–4 May"
        " 2022.\n\n2. During the visit, the two sides:\n- signed a memorandum on military training;\n"
        "- launched a dialogue on defence industry;\n- agreed to hold joint drills by 2024.\n\n"
        "3. The next consultations will be held in Vilnius later this year.\n"
    )
    assert [d for d, _ in _items(text)] == ["2022-05-03/2022-05-04"] * 3
    text = (
        "越老两国深化合作\n\n2023年6月12日，河内\n\n一、越南国家主席于2023年6月10日至12日访问老挝。访问期间，双方：\n"
        "・签署了边境管理合作协定；\n・宣布建立两国外长年度会晤机制。\n\n二、双方同意加强合作。\n"
    )
    assert [d for d, _ in _items(text)] == ["2023-06-10/2023-06-12"] * 2


def test_bulleted_items_without_a_dated_lead_stay_undated() -> None:
    """Items after a lead with no date, or after a lead that does not end in a colon, take no date from it."""
    text = (
        "Joint Press Release\n\nWarsaw, 4 May 2022\n\n1. The two defence ministers discussed these topics:\n"
        "- signed a memorandum on military training;\n- launched a dialogue on defence industry.\n"
    )
    assert _items(text) == []


def test_a_target_year_leaves_an_occasion_phrase_its_date() -> None:
    """`During the visit, the two sides agreed to … by 2030`: a target's year is no date of the sentence's own, so
    the occasion phrase still dates it."""
    text = (
        "Joint Statement\n\nSeoul, 9 June 2023\n\n1. The President of Chile paid a visit to Seoul on 8–9 June 2023."
        "\n\n2. During the visit, the two sides signed an agreement to double their trade by 2030.\n"
    )
    assert ("2023-06-08/2023-06-09", "AGREE") in _events(text)


def test_a_side_announcing_at_once_and_relations_broken_off_after_a_comma() -> None:
    """`，X方同时宣布…` after the sides' act is that side's act of its own; `，断绝同…的外交关系` after an announcement
    is relations broken off, another act (the object may stand up to fourteen characters from the verb)."""
    found = _events("访问\n\n2018年11月5日，两国外长签署了经济技术合作协定，中方同时宣布向对方提供一批医疗物资。\n")
    assert len(found) == 2
    found = _events("建交\n\n2019年9月16日，所罗门群岛政府宣布承认一个中国原则，断绝同台湾地区的所谓“外交关系”。\n")
    assert len(found) == 2
