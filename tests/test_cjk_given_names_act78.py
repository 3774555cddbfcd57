"""A known person introduced by their full dotted CJK name, then named by the given name that opens it
(allyscope/short_forms.py, act78; issue 14 item 3). Sentences written for these tests, in other words than the
corpus."""

from __future__ import annotations

from helpers import short_forms_in as _short_forms
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer


def test_a_given_name_after_the_full_dotted_name_is_the_person() -> None:
    text = "索马里总统哈桑·谢赫·马哈茂德当天抵达安卡拉。次日上午，哈桑出席了签字仪式。"
    assert ("哈桑", {"Hassan Sheikh Mohamud"}) in _short_forms(text)


def test_katakana_reads_the_same_shape() -> None:
    text = "ハッサン・シェイク・モハムド大統領は同日、首都に戻った。翌週、ハッサンは議会で演説した。"
    assert ("ハッサン", {"Hassan Sheikh Mohamud"}) in _short_forms(text)


def test_the_family_part_still_reads_as_before() -> None:
    text = "ボリス・ジョンソン首相は同日、声明を出した。翌週、ジョンソンは議会で演説した。"
    assert ("ジョンソン", {"Boris Johnson"}) in _short_forms(text)


def test_no_full_name_before_names_nobody() -> None:
    text = "哈桑出席了签字仪式。随后，索马里总统哈桑·谢赫·马哈茂德会见了记者。"
    assert not any(word == "哈桑" for word, _ in _short_forms(text))


def test_a_given_name_two_people_share_in_one_sentence_names_nobody() -> None:
    text = "穆罕默德·本·萨勒曼与穆罕默德·本·扎耶德当天会晤。随后，穆罕默德发表讲话。"
    assert not any(word == "穆罕默德" for word, _ in _short_forms(text))


def test_a_part_that_opens_another_dotted_name_is_not_read() -> None:
    text = "总理谢赫·哈西娜当天抵达。纪念馆陈列着谢赫·穆吉布的遗物。"
    assert not any(word == "谢赫" for word, _ in _short_forms(text))


def test_a_given_name_glued_inside_a_longer_katakana_run_is_not_read() -> None:
    text = "ハッサン・シェイク・モハムド大統領は同日、首都に戻った。翌週、ハッサンベイ港で式典があった。"
    assert not any(word == "ハッサン" for word, _ in _short_forms(text))


_IDEOGRAPHS = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=3)


@settings(max_examples=60, deadline=None)
@given(before=_IDEOGRAPHS, after=_IDEOGRAPHS)
def test_a_given_name_read_is_always_the_person_introduced_and_stands_as_a_name(before: str, after: str) -> None:
    """Whatever ideographs stand around the given name, it is read, if at all, as the one person introduced in full
    before it, and only where it stands as a name (`adhoc_people.stands_as_name`) with no middle dot after it."""
    from allyscope.adhoc_people import stands_as_name

    text = f"索马里总统哈桑·谢赫·马哈茂德当天抵达。{before}哈桑{after}。"
    at = text.index("哈桑", 10)
    read = [m for m in gazetteer().match(text) if m.basis == "short-form" and m.start == at]
    for m in read:
        assert m.ids == ("person:hassan-sheikh-mohamud",)
        assert stands_as_name(text, at, at + 2)
