"""The per-document indexes fast62 put in place of walks (issue 14, speed): each answers what the walk it replaced
answered, on drawn input.

- `events._told_before` reads a set of the dates told and their month and year prefixes (`events._tell`) where it
  walked every event before: `e.date == edtf or e.date.startswith(edtf + "-")` for some event told.
- `entities._TitleHolders.see` replays what a mention of the same ids and alias noted (`entities._noted`), read once
  per document: seeing mentions in any order leaves the same offices by role and by title word as reading each
  mention's carriers anew did.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.entities import EntityMention, _noted, _title_carriers, _TitleHolders, _titles_of_role, fold_word
from allyscope.events import _tell, _told_before

# EDTF-like dates: days, months, years, seasons, approximate and open ones, intervals, negative years
_PART = st.sampled_from(["2019", "2020", "05", "5", "10", "21", "01", "-0050", "2019~", ".."])
_DATE = st.lists(_PART, min_size=1, max_size=4).map("-".join) | st.builds(
    "{}/{}".format, st.lists(_PART, min_size=1, max_size=3).map("-".join), _PART
)


def _walk(dates: list[str], edtf: str) -> bool:
    """What `_told_before` answered before fast62: a walk over every event told."""
    return any(d == edtf or d.startswith(edtf + "-") for d in dates) if "/" not in edtf else False


@settings(max_examples=300)
@given(st.lists(_DATE, max_size=12), st.lists(_DATE, min_size=1, max_size=6))
def test_told_before_answers_as_the_walk_over_the_events_told(told: list[str], asked: list[str]) -> None:
    index: set[str] = set()
    for k, date in enumerate(told):
        for edtf in [*asked, *told[: k + 1]]:
            assert _told_before(index, edtf) == _walk(told[:k], edtf)
        _tell(index, date)
    for edtf in asked:
        assert _told_before(index, edtf) == _walk(told, edtf)


def test_a_month_told_is_found_by_its_year_and_a_day_by_its_month() -> None:
    index: set[str] = set()
    _tell(index, "2019-05-10")
    assert _told_before(index, "2019") and _told_before(index, "2019-05") and _told_before(index, "2019-05-10")
    assert not _told_before(index, "2019-0") and not _told_before(index, "2019-06") and not _told_before(index, "201")
    assert not _told_before(index, "2019/2020")  # an interval is never told before


def _see_anew(holders: _TitleHolders, m: EntityMention) -> None:
    """`_TitleHolders.see` as it read a mention before fast62: its carriers and folded alias at every mention."""
    carries = _title_carriers()
    folded = ""
    for ident in m.ids:
        for title, role, office in carries.get(ident, ()):
            folded = folded or (fold_word(m.alias) if title else "")
            if not title or title in folded:
                holders.last[role] = (office,)
                if title:
                    holders.by_word[title] = (office,)
            if not title:
                written = fold_word(m.alias)
                for word in _titles_of_role().get(role, ()):
                    if word in written:
                        holders.by_word[word] = (office,)


def _carrier_mentions() -> list[EntityMention]:
    """Mentions of entities that carry an office (offices and titled people of the data), each written with its
    carried title words and without them."""
    out = []
    for ident, carried in sorted(_title_carriers().items())[:400]:
        titles = [t for t, _, _ in carried if t] or ["x"]
        for alias in (titles[0], f"{titles[0]} {ident}", ident):
            out.append(EntityMention(0, 0, alias, (ident,), ""))
    return out


_MENTIONS = _carrier_mentions()


@settings(max_examples=60)
@given(st.lists(st.sampled_from(_MENTIONS), min_size=1, max_size=30))
def test_title_holders_note_what_reading_each_mention_anew_noted(mentions: list[EntityMention]) -> None:
    fast, slow = _TitleHolders(), _TitleHolders()
    for m in mentions:
        fast.see(m)
        _see_anew(slow, m)
        assert fast.last == slow.last and fast.by_word == slow.by_word


def test_an_office_notes_its_role() -> None:
    office = next((m for m in _MENTIONS if _noted(m.ids, m.alias)), None)
    assert office is not None, "the data carries no office"
    holders = _TitleHolders()
    holders.see(office)
    assert holders.last or holders.by_word
