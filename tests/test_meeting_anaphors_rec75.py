"""A meeting named back in Japanese (issue 14 items 1 and 4; branch rec75).

`同会談で` (at the said talks) and `会談に合わせ(て)` (timed to the talks) opening a sentence with no date of its
own, after a sentence that dated talks (`…日、…と会談した。`), take the date of those talks, as `会談では` and
`会談において` already did (`date_rules.json` `occasion_span`). Dev showed the need in documents of two sessions
(rec75's Ashgabat news story, `同会談で両首脳は…一致し、…署名した` and `会談に合わせ、…契約や覚書が交わされ`, and an
earlier story on a state visit to Canberra, `会談に合わせ、…政府は…契約を結んだ`). The sentence before must name
talks: after a visit told with no talks, the phrase dates nothing; a sentence with a date of its own keeps it. The
tests are about other pairs (Chile and Peru, Argentina and Uruguay) and in other words than those documents."""

from __future__ import annotations

from pathlib import Path

from helpers import asserted_dates_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_TALKS = "チリのボリッチ大統領は2023年5月8日、リマでペルーのボルアルテ大統領と会談した。"


def test_an_act_at_the_said_talks_takes_their_day(tmp_path: Path) -> None:
    text = f"ニュース\n\n{_TALKS}同会談で両首脳は、国境地帯の治安協力に関する覚書に署名した。\n"
    assert asserted_dates_of(tmp_path, text, "覚書に署名") == ["2023-05-08"]


def test_an_act_timed_to_the_talks_takes_their_day(tmp_path: Path) -> None:
    text = f"ニュース\n\n{_TALKS}会談に合わせ、両国の国防省は防衛協力に関する協定に署名した。\n"
    assert asserted_dates_of(tmp_path, text, "協定に署名") == ["2023-05-08"]
    with_te = f"ニュース\n\n{_TALKS}会談に合わせて、両国の国防省は防衛協力に関する協定に署名した。\n"
    assert asserted_dates_of(tmp_path, with_te, "協定に署名") == ["2023-05-08"]


def test_after_a_visit_with_no_talks_the_phrase_dates_nothing(tmp_path: Path) -> None:
    text = (
        "ニュース\n\n"
        "アルゼンチンのミレイ大統領は2024年3月4日にモンテビデオを訪問した。"
        "同会談で両国は、河川の共同管理に関する協定に署名した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "協定に署名") == []


def test_a_sentence_with_a_date_of_its_own_keeps_it(tmp_path: Path) -> None:
    text = f"ニュース\n\n{_TALKS}同会談で確認された方針に基づき、両国は6月2日に防衛協力の覚書に署名した。\n"
    assert asserted_dates_of(tmp_path, text, "覚書に署名") == ["2023-06-02"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    phrase=st.sampled_from(["同会談で", "会談に合わせ、", "会談に合わせて、"]),
)
def test_the_phrase_always_takes_the_talks_day(tmp_path: Path, month: int, day: int, phrase: str) -> None:
    """Whatever the day of the talks, an act opened by the phrase in the next sentence is of that day."""
    text = (
        "ニュース\n\n"
        f"ウルグアイのオルシ大統領は2025年{month}月{day}日、ブエノスアイレスでアルゼンチンの大統領と会談した。"
        f"{phrase}両国の外相は国境管理に関する協定に署名した。\n"
    )
    assert asserted_dates_of(tmp_path, text, "協定に署名") == [f"2025-{month:02d}-{day:02d}"]
