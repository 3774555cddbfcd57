"""A known person introduced by the family part of their dotted CJK name glued to a title (`<family>首相`), then
named by that part bare (allyscope/short_forms.py, act75; issue 14 item 3). Sentences written for these tests, in
other words than the corpus."""

from __future__ import annotations

from helpers import short_forms_in as _short_forms
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer


def test_a_two_ideograph_family_after_its_titled_introduction_is_the_person() -> None:
    text = "2020年12月，強森首相致電印度總理。隔年春天，強森訪問新德里並與莫迪會談。"
    assert ("強森", {"Boris Johnson"}) in _short_forms(text)


def test_simplified_chinese_reads_the_same_shape() -> None:
    text = "特本总统当天抵达北京。次日，特本会见了国务院总理。"
    assert ("特本", {"Abdelmadjid Tebboune"}) in _short_forms(text)


def test_a_katakana_family_after_its_titled_introduction_is_the_person() -> None:
    text = "ジョンソン首相は同日、声明を出した。翌週、ジョンソンは議会で演説した。"
    assert ("ジョンソン", {"Boris Johnson"}) in _short_forms(text)


def test_no_introduction_before_names_nobody() -> None:
    text = "強森訪問新德里並與莫迪會談。後來強森首相致電印度總理。"
    assert _short_forms(text) == []


def test_the_part_glued_inside_a_longer_word_is_not_read() -> None:
    text = "強森首相當天發表談話。該國強森林業公司隨後宣布投資計畫。"
    assert _short_forms(text) == []


def test_a_katakana_part_of_a_longer_run_is_not_read() -> None:
    text = "ジョンソン首相は同日、声明を出した。翌週、ジョンソンビルで式典があった。"
    assert _short_forms(text) == []


def test_a_latin_short_form_still_reads_as_before() -> None:
    text = "Prime Minister Boris Johnson arrived on 21 April 2022. Johnson then met business leaders."
    assert ("Johnson", {"Boris Johnson"}) in _short_forms(text)


_IDEOGRAPHS = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=3)


@settings(max_examples=60, deadline=None)
@given(before=_IDEOGRAPHS, after=_IDEOGRAPHS)
def test_a_family_glued_between_ideographs_is_never_read(before: str, after: str) -> None:
    """Between two ideographs that make no name's bound, the part is a piece of a longer word: never a short form
    (the bounds are `adhoc_people.stands_as_name`'s; some ideographs are bounds, so only the absence of a raise
    and of a read inside a run of unknown ideographs with no bound on either side is asserted)."""
    from allyscope.adhoc_people import stands_as_name

    text = f"強森首相當天發表談話。{before}強森{after}。"
    at = text.index("強森", 4)
    found = [m for m in gazetteer().match(text) if m.basis == "short-form"]
    if not stands_as_name(text, at, at + 2):
        assert all(m.start != at for m in found)
