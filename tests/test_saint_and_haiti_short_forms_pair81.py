"""Short forms of one character and 國 that a Taiwanese or encyclopedic text writes for a state it has named
(issue 14; fiftieth session, branch pair81): `聖國` for any Saint's state (São Tomé and Príncipe, St. Kitts and
Nevis, St. Lucia, St. Vincent, San Marino) and `海國` for Haiti. They are data (states.json 'shared_short_forms'),
read as the one of their states the text names by a name of its own, none when it names several or none; the
words that end a sea's name before 國家 or 國際 (`沿海國家`, `加勒比海國家`, `里海國際`) are blocked, so that no
state is read inside them. Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import gazetteer
from tests.helpers import mention_ids


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("聖文森國總理昨日抵臺。聖國政府盼擴大香蕉出口。", "聖國", "VC"),
        ("聖多美普林西比國會通過預算。聖國衛生部感謝醫療團協助。", "聖國", "ST"),
        ("圣马力诺执政官会见了中国大使。圣国愿深化旅游合作。", "圣国", "SM"),
        ("海地總理出席開幕式。海國外長表示將深化農業合作。", "海國", "HT"),
        ("外交部長在太子港會見海地外長，雙方簽署協定。部長並感謝海國的支持。", "海國", "HT"),
    ],
)
def test_a_short_form_names_the_state_the_text_names(text: str, word: str, state: str) -> None:
    found = mention_ids(text, word)
    assert found and all(ids == (state,) for ids in found), gazetteer().match(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("盼擴大對聖國的香蕉出口。", "聖國"),  # no Saint's state named: never by default
        ("聖露西亞與聖文森兩國外長會晤。兩人隨後前往聖國首都。", "聖國"),  # two of its states: the text does not tell
        ("將深化與海國的合作。", "海國"),
    ],
)
def test_a_short_form_names_nobody_when_the_text_does_not_tell(text: str, word: str) -> None:
    assert mention_ids(text, word) in ([()], []), gazetteer().match(text)


@pytest.mark.parametrize(
    "text",
    [
        "海地外長出席會議。加勒比海國家與沿海國家的代表均發言。",
        "海地總統訪問期間，雙方討論里海國際運輸走廊與波羅的海國家的經驗。",
        "海地政府表示，愛琴海國際會議將於明年舉行。",
    ],
)
def test_a_sea_before_a_word_of_states_is_no_short_form(text: str) -> None:
    """Traps: a sea's name before 國家 or 國際 in a text that names Haiti names no Haiti there."""
    for m in gazetteer().match(text):
        if "HT" in m.ids:
            assert m.alias.startswith(("海地", "太子港")), (m, text)


def test_a_sacred_land_is_no_saints_state() -> None:
    """Trap: `神聖國度` holds `聖國`, which names no state there, even in a text naming a Saint's state."""
    text = "聖露西亞總理致詞時說，這是一片神聖國度。"
    assert not [m for m in gazetteer().match(text) if m.alias == "聖國"], gazetteer().match(text)


_SEAS = st.sampled_from(["沿海", "加勒比海", "里海", "波羅的海", "地中海", "南海", "黑海", "近海"])
_HEADS = st.sampled_from(["國家", "國際", "国家", "国际"])
_FILLER = st.text(alphabet="的了在與及和並向對年月日會議合作表示", max_size=12)


@settings(max_examples=60, deadline=None)
@given(sea=_SEAS, head=_HEADS, before=_FILLER, after=_FILLER)
def test_no_sea_word_names_haiti(sea: str, head: str, before: str, after: str) -> None:
    """Property: whatever stands around it, a sea's name before 國家/國際 never yields Haiti inside it, even in a
    text that names Haiti elsewhere."""
    text = f"海地外長出席。{before}{sea}{head}{after}。"
    cut = text.index(sea + head)
    for m in gazetteer().match(text):
        if "HT" in m.ids:
            assert not (cut <= m.start < cut + len(sea) + len(head)), (m, text)


@settings(max_examples=60, deadline=None)
@given(before=_FILLER, after=_FILLER)
def test_a_saint_short_form_alone_is_never_read(before: str, after: str) -> None:
    """Property: a text naming none of the Saints' states reads `聖國` as no state."""
    text = f"{before}聖國{after}。"
    assert all(ids == () for ids in mention_ids(text, "聖國")), gazetteer().match(text)
