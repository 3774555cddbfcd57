"""A bare day after the document's own day, told after a date of the month before (prec75, issue 14 item 1).

A report dated 1 June that told `5月30日，…` and then opens a paragraph with `31日，…` means 31 May: read in the
document's month the day would not exist, or would lie after the report was written. The words and states here are
not those of the dev documents that showed it (a Tunisian state visit to Beijing); the traps are the days the rule
must leave in the document's month.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.anchoring import _day_after_the_document


def _dates(text: str, document: Anchor) -> list[tuple[str, str]]:
    return [(m.text, m.edtf) for m in find_dates(text, document_date=document)]


def test_a_day_after_the_reports_own_day_runs_on_from_the_month_before() -> None:
    text = (
        "9月28日，芬兰总统抵达河内，开始对越南进行国事访问。\n\n"
        "29日，两国领导人举行会谈，并签署防务合作备忘录。\n\n"
        "30日上午，芬兰总统离开河内。"
    )
    got = dict(_dates(text, Anchor(2023, 10, 2)))
    assert got["29日"] == "2023-09-29"
    assert got["30日"] == "2023-09-30"


def test_a_thirty_first_is_never_lost_to_a_month_without_one() -> None:
    # under a dateline of 1 December, `31日` read in December would be a day to come, in November it does not exist:
    # the month told last (October) is not the one before December, so the rule leaves it as it was
    text = "10月30日，智利外长抵达惠灵顿。\n\n31日，两国外长举行会谈。"
    before = dict(_dates(text, Anchor(2022, 12, 1)))
    assert before.get("31日") != "2022-10-31"
    # the month before the document's: the day runs on from it
    text = "11月29日，智利外长抵达惠灵顿。\n\n30日，两国外长举行会谈。"
    assert dict(_dates(text, Anchor(2022, 12, 1)))["30日"] == "2022-11-30"


def test_traps_days_of_the_documents_own_month_stay_there() -> None:
    # a day no later than the document's own day: the document's month (a story of 13 June after a May date)
    text = "5月20日，两国宣布恢复直航。\n\n13日，两国外长在首都会晤。"
    assert dict(_dates(text, Anchor(2019, 6, 13)))["13日"] == "2019-06-13"
    # a day to come: `将于28日` is still ahead, in the document's month
    text = "5月30日，两国外长通电话。\n\n双方将于28日举行会谈。"
    assert dict(_dates(text, Anchor(2019, 6, 10)))["28日"] == "2019-06-28"
    # a day before the date told last would run the story backwards: not the month before
    text = "5月30日，两国外长通电话。\n\n12日，两国签署协定。"
    assert dict(_dates(text, Anchor(2019, 6, 10)))["12日"] != "2019-05-12"


@given(
    st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 28),
    st.integers(1990, 2030), st.integers(1, 12), st.one_of(st.none(), st.integers(1, 28)),
)  # fmt: skip
def test_the_day_moves_only_to_the_month_before_and_never_past_the_document(
    dy: int, dm: int, dd: int, day: int, ly: int, lm: int, ld: int | None
) -> None:
    document, last, kept = Anchor(dy, dm, dd), Anchor(ly, lm, ld), Anchor(dy, dm, dd)
    anchor, basis = _day_after_the_document(kept, "document-date", day, last, document)
    if (anchor, basis) != (kept, "document-date"):
        assert (anchor, basis) == (last, "previous-date")
        assert ly * 12 + lm == dy * 12 + dm - 1  # the month before the document's
        assert day > dd and (ld is None or day >= ld)
    # a date told in its own paragraph (previous-date) and a document without a day keep their reading
    assert _day_after_the_document(last, "previous-date", day, last, document) == (last, "previous-date")
    assert _day_after_the_document(kept, "document-date", day, last, Anchor(dy, dm)) == (kept, "document-date")
    assert _day_after_the_document(kept, "document-date", day, None, document) == (kept, "document-date")
