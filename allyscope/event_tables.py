"""Who acts in a schedule's row (issue 14, tables). A programme or schedule table lists acts without their doer:
under `Date | City | Engagement` a row reads `12 July | Vilnius | Meeting with the Secretary General`, and the one
who met is named in the text that introduces the table (`The Prime Minister visited … His main engagements were
as follows.`). A reader takes the doer from there; so does this module, and only for such rows: the table has a
header naming its act column (`allyscope.layout.tables.column_roles`), and the row's act cell opens with the act
itself (a noun or verb of an act, found by the event patterns' own cues), so it has no subject of its own. A row
whose act cell opens with a name (`Finland becomes …`, `温家宝总理访问…`) keeps its own actors."""

from __future__ import annotations

from allyscope.events_domain import first_act
from allyscope.layout.tables import TableIndex


def schedule_lead(index: TableIndex, folded_sentence: str, s_start: int, s_end: int) -> tuple[int, int] | None:
    """`[start, end)` in the text of the line that introduces the table when the sentence `[s_start, s_end)` is a
    row of it whose act cell opens with an act and so names no doer; None otherwise."""
    found = index.row_at(s_start)
    if found is None:
        return None
    table, row = found
    if not table.header or table.act is None or row is table.rows[0] or len(row.cells) <= table.act:
        return None
    if row.end > s_end or row.start < s_start:
        return None  # the sentence is not the whole row
    a, b = row.cells[table.act]
    if a >= b or first_act(folded_sentence, a - s_start, b - s_start) != a - s_start:
        return None
    text = index.text
    first = table.rows[0].start
    if first < 2:
        return None
    end = first - 1  # the line break before the header row
    start = text.rfind("\n", 0, end) + 1
    return (start, end) if start < end else None
