"""A chronology entry's later sentences that tell no act (what a memorandum covers, what a contract was worth, which
other candidates there were) date nothing, though the entry's head dates every sentence of it; a later sentence that
tells an act of its own, and the entry's first sentence under a head alone on its line, stay events (issue 14, item 4;
rec62). Chronologies written for these tests, the entries drawn."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract

_ACTS_EN = (
    "The defence ministers of Chile and Peru sign a memorandum on maritime security in Lima.",
    "The navies of Chile and Peru hold a joint exercise off Callao.",
    "The foreign ministers of Chile and Peru meet in Santiago.",
)
_NOT_ACTS_EN = (
    "The memorandum covers search and rescue, hydrography and training.",
    "The contract is worth about 200 million dollars.",
    "Both navies operate frigates of British origin.",
)
_ACTS_JA = (
    "チリとペルーの国防相がリマで海洋安全保障に関する覚書に署名した。",
    "チリ海軍とペルー海軍がカヤオ沖で共同訓練を実施した。",
)
_NOT_ACTS_JA = (
    "覚書は捜索救難と水路測量を対象とする。",
    "契約額は約2億ドルで、2隻からなる。",
    "候補には他国製の艦艇も挙がっていた。",
)
_HEADS_EN = ("12 March 2019", "4 June 2021", "20 October 2023")
_HEADS_JA = ("2019年3月12日", "2021年6月4日", "2023年10月20日")


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.evidence.text.strip()) for e in extract(text).events]


@settings(max_examples=25, deadline=None)
@given(
    acts=st.lists(st.integers(min_value=0, max_value=len(_ACTS_EN) - 1), min_size=3, max_size=3),
    notes=st.lists(st.integers(min_value=0, max_value=len(_NOT_ACTS_EN) - 1), min_size=3, max_size=3),
    inline=st.booleans(),
)
def test_an_entrys_later_sentence_with_no_act_dates_nothing(acts: list[int], notes: list[int], inline: bool) -> None:
    entries = []
    for head, act, note in zip(_HEADS_EN, acts, notes, strict=True):
        body = f"{_ACTS_EN[act]} {_NOT_ACTS_EN[note]}"
        entries.append(f"{head} – {body}" if inline else f"{head}\n{body}")
    text = "Chile–Peru naval relations\n\nChronology\n\n" + "\n\n".join(entries) + "\n"
    found = _events(text)
    assert not [f for f in found if any(n in f[1] for n in _NOT_ACTS_EN)], found
    for head, act in zip(_HEADS_EN, acts, strict=True):
        assert any(_ACTS_EN[act][:30] in evidence for _, evidence in found), (head, found)


@settings(max_examples=15, deadline=None)
@given(
    acts=st.lists(st.integers(min_value=0, max_value=len(_ACTS_JA) - 1), min_size=3, max_size=3),
    notes=st.lists(st.integers(min_value=0, max_value=len(_NOT_ACTS_JA) - 1), min_size=3, max_size=3),
)
def test_the_same_in_a_japanese_chronology(acts: list[int], notes: list[int]) -> None:
    entries = [
        f"・{head} – {_ACTS_JA[act]}{_NOT_ACTS_JA[note]}"
        for head, act, note in zip(_HEADS_JA, acts, notes, strict=True)
    ]
    text = "チリとペルーの海軍協力\n\n年表\n\n" + "\n\n".join(entries) + "\n"
    found = _events(text)
    assert not [f for f in found if any(n in f[1] for n in _NOT_ACTS_JA)], found
    assert len({date for date, _ in found}) == 3, found


def test_a_later_sentence_with_an_act_of_its_own_stays_an_event() -> None:
    text = (
        "Chile–Peru naval relations\n\nChronology\n\n"
        "12 March 2019 – The navies of Chile and Peru hold a joint exercise off Callao. "
        "The ministers of Chile and Peru sign a memorandum on hydrography.\n\n"
        "4 June 2021 – The foreign ministers of Chile and Peru meet in Santiago.\n"
    )
    found = _events(text)
    assert ("2019-03-12", "The ministers of Chile and Peru sign a memorandum on hydrography.") in found
