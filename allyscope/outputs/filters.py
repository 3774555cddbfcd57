"""One validated filter for every command that chooses facts or events (`events`, `export`, `timeline`).

Each option is checked when it is read: a date that is not EDTF (`--from 2023-7`, `--to yesterday`) is refused
with one line and exit status 2 by every command alike. Dates match by overlap (a fact dated `2023-07` is found by
`--from 2023-07-15`), and `--limit` is applied last, after every other filter.
"""

from __future__ import annotations

import heapq
import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, replace
from functools import wraps
from typing import Any, TypeVar

import click

from allyscope.edtf import DateError, bounds
from allyscope.outputs.records import EVENT_STATUS, STATUSES, from_event, from_fact
from allyscope.store.database import events_of_actors, took_part
from allyscope.store.event_rows import SELECT as EVENT_SELECT
from allyscope.store.event_rows import WIDTH, event_json, with_evidence
from allyscope.vocabulary import DOMAINS, PLOVER_TYPES

F = TypeVar("F", bound=Callable[..., Any])


class EdtfParam(click.ParamType):  # type: ignore[type-arg]
    """An EDTF date or interval (2014, 2022-06, 2022-06-29, 198X, 2019-03/..), checked when it is read."""

    name = "EDTF"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        try:
            bounds(text)
        except DateError as exc:
            self.fail(str(exc), param, ctx)
        return text


EDTF = EdtfParam()


@dataclass(frozen=True)
class Filter:
    """What a command was asked to choose. `statuses` are record statuses (pending, accepted, merged, rejected)."""

    actor: str | None = None
    domain: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    dyad: tuple[str, str] | None = None
    statuses: frozenset[str] = frozenset({"accepted"})
    limit: int | None = None
    after: tuple[str, int] | None = None  # facts only: start after this (date_start, num), see `timeline`
    after_event: tuple[str, int] | None = None  # events only: start after this (date_sort, rowid), their order

    @property
    def start(self) -> str | None:
        """The first day `--from` allows."""
        return bounds(self.date_from)[0] if self.date_from else None

    @property
    def end(self) -> str | None:
        """The last day `--to` allows (`--to 2023` is up to 2023-12-31)."""
        return bounds(self.date_to)[1] if self.date_to else None

    def is_empty(self) -> bool:
        return not any((self.actor, self.domain, self.type, self.date_from, self.date_to, self.dyad))


def _statuses(values: Iterable[str], default: tuple[str, ...]) -> frozenset[str]:
    chosen = {("pending" if v == "candidate" else v) for v in values} or set(default)
    return frozenset(STATUSES) if "all" in chosen else frozenset(chosen)


def record_filters(default_status: tuple[str, ...]) -> Callable[[F], F]:
    """The filter options, spelled the same in every command; the command receives them as `flt: Filter`."""
    shown = ", ".join(default_status)

    def decorate(func: F) -> F:
        @wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            date_from, date_to = kwargs.pop("date_from"), kwargs.pop("date_to")
            if date_from and date_to and bounds(date_from)[0] > bounds(date_to)[1]:
                raise click.BadParameter(f"--from {date_from} is after --to {date_to}", param_hint="--from")
            flt = Filter(
                actor=kwargs.pop("actor"),
                domain=kwargs.pop("domain"),
                type=(kwargs.pop("type_") or "").upper() or None,
                date_from=date_from,
                date_to=date_to,
                dyad=kwargs.pop("dyad"),
                statuses=_statuses(kwargs.pop("status"), default_status),
                limit=kwargs.pop("limit"),
            )
            return func(*args, flt=flt, **kwargs)

        options = [
            click.option("--actor", help="Entity id, name or alias (an id such as person:kishida, or any name)."),
            click.option("--domain", type=click.Choice(DOMAINS), help="Only this domain."),
            click.option(
                "--type", "type_", type=click.Choice(PLOVER_TYPES, case_sensitive=False), help="Only this PLOVER type."
            ),
            click.option("--from", "date_from", type=EDTF, help="Earliest date (EDTF: 2014, 2022-06, 2022-06-29)."),
            click.option("--to", "date_to", type=EDTF, help="Latest date (EDTF); --to 2023 includes all of 2023."),
            click.option(
                "--dyad",
                nargs=2,
                metavar="A B",
                default=None,
                help="Only records involving both A and B (parties of the case or any entities, with their members).",
            ),
            click.option(
                "--status",
                multiple=True,
                type=click.Choice([*STATUSES, "candidate", "all"]),
                help=f"Review status to include (repeatable; default: {shown}; candidate = pending).",
            ),
            click.option("--limit", type=click.IntRange(1), default=None, help="At most N, after every filter."),
        ]
        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper  # type: ignore[return-value]

    return decorate


def _actor_ids(conn: sqlite3.Connection, actor: str | None) -> set[str] | None:
    """The entities an actor filter stands for: the actor (an entity of the gazetteer or of the served case), its
    members when it is a party of the case, and what was merged into it."""
    if not actor:
        return None
    from allyscope.knowledge.case import case_of, resolve_case_entity
    from allyscope.knowledge.facts import involving

    served = case_of(conn)
    return involving(conn, served, resolve_case_entity(served, actor))


def _dyad_ids(conn: sqlite3.Connection, flt: Filter) -> tuple[set[str], set[str]] | None:
    if not flt.dyad:
        return None
    first, second = (_actor_ids(conn, ref) or set() for ref in flt.dyad)
    return first, second


def _involves(ids: set[str], dyad: tuple[set[str], set[str]] | None) -> bool:
    return dyad is None or bool(ids & dyad[0] and ids & dyad[1])


# Dates that may end after the year their sort key starts in (ranges, unspecified digits, seasons, qualified or
# unusual forms); migration 0014 indexes these events apart with the same test, written the same way.
LONG_DATE = (
    "(instr(e.date, '/') > 0 OR instr(e.date, 'X') > 0 OR length(e.date) NOT IN (4, 7, 10)"
    " OR substr(e.date, 6, 2) > '12')"
)


_EVENTS = " FROM events e "  # the events read, named once so that one scan can name their index after it
# their documents through the index of what a list shows of them (migration 0022): the table's row would be read
# through all its pages for the time of ingest
_JOINED = f"{_EVENTS}JOIN documents d INDEXED BY documents_shown ON d.id = e.doc_id"


def select_events(
    conn: sqlite3.Connection, flt: Filter, known: MutableMapping[Any, Any] | None = None
) -> list[tuple[dict[str, Any], str, dict[str, str]]]:
    """Stored events the filter chooses, in date order: (event JSON, stored status, its document's id, language,
    title and time of ingest). With `known` (a mapping kept while the database does not change: the web desk's
    memo), an event read before is taken from it as it was made, with its sentence, instead of being made again
    (callers must not change what they are given); the events made here are kept in it.

    Order is (date_sort, rowid): by date, then as written (migration 0018), and a page stops reading when
    full. With a `from` date, the events that start in or after its year are one index scan; of those starting
    before, only events with a long date (LONG_DATE) can reach into it, and only those whose date reaches it are
    read: every other date ends in its own year.
    Each date's bounds are computed once."""
    ids = _actor_ids(conn, flt.actor)
    dyad = _dyad_ids(conn, flt)
    wanted = {stored for stored, shown in EVENT_STATUS.items() if shown in flt.statuses}
    if not wanted:
        return []
    marks = ",".join("?" * len(wanted))
    columns = f"SELECT {EVENT_SELECT}, e.status, e.doc_id, d.language, d.title, d.ingested_at, e.date_sort, e.rowid"
    base = f"{columns}{_JOINED} WHERE e.status IN ({marks})"
    args: list[Any] = sorted(wanted)
    if flt.domain:
        base += " AND e.domain = ?"
        args.append(flt.domain)
    if flt.type:
        base += " AND e.type = ?"
        args.append(flt.type)
    start, end = flt.start, flt.end
    if end:  # a sort key begins with its date's first year (`2014~` sorts after `2014-06-30`, not after 2015)
        base += " AND e.date_sort < ?"
        args.append(f"{int(end[:4]) + 1:04d}")
    unfiltered, plain_args = base, list(args)  # before the actor: a page of an actor's events adds its keys
    dense = base  # the same selection checking each event for the actor (the long dates reaching `from`)
    if ids is not None:  # the actor (a party: its members) by the index of who took part, not event by event
        marks = ",".join("?" * len(ids))
        base += f" AND {events_of_actors(conn, marks)}"
        dense += f" AND {took_part(conn, marks)}"
        args.extend(sorted(ids))
    if flt.after_event is not None:  # keyset paging: the page after this event, read from the index onwards
        base += " AND (e.date_sort, e.rowid) > (?, ?)"
        dense_after = dense + " AND (e.date_sort, e.rowid) > (?, ?)"
        args.extend(flt.after_event)
    else:
        dense_after = dense
    order = " ORDER BY e.date_sort, e.rowid"
    scans: list[Iterable[Sequence[Any]]] = []
    year = start[:4] if start else None
    if start and year:
        reaching = _long_dates_reaching(conn, year, start, end)
        if reaching and ids is not None and flt.limit is not None:  # an actor's page: its keys of those dates
            long_keys = _actor_keys(conn, sorted(ids), flt.after_event, flt.limit, year=year, reaching=reaching)
            scans.append(_rows_of(conn, long_keys, unfiltered, plain_args, flt.limit))
        elif reaching:
            marks = ",".join("?" * len(reaching))
            # through the long dates' own index, a page's keys at a time, then those rows: thousands of events
            # may share one long date, and sorting them with all their columns cost 70 ms
            sql = f"{dense_after} AND {LONG_DATE} AND e.date_sort < ? AND e.date IN ({marks})"
            sql = sql.replace(_EVENTS, f"{_EVENTS}INDEXED BY events_long_dates ", 1)
            values = [*args, year, *reaching]
            if flt.limit is None:
                scans.append(conn.execute(sql + order, values))
            else:
                scans.append(_keys_first(conn, sql, values, flt.limit))
    if ids is not None and flt.limit is not None:  # a page of an actor's events: by their keys, in order
        bound = f"{int(end[:4]) + 1:04d}" if end else None
        keys = _actor_keys(conn, sorted(ids), flt.after_event, flt.limit, year=year, bound=bound)
        scans.append(_rows_of(conn, keys, unfiltered, plain_args, flt.limit))
    elif year:
        scans.append(conn.execute(f"{base} AND e.date_sort >= ?{order}", [*args, year]))
    else:
        scans.append(conn.execute(base + order, args))
    spans: dict[str, tuple[str, str]] = {}
    chosen = []
    made: list[tuple[int, tuple[dict[str, Any], str, dict[str, str]]]] = []
    for scan in scans:
        for row in scan:
            found = known.get(("event", row[-1])) if known is not None else None
            if found is not None:
                event, status, document = found
            else:
                event = event_json(row)
                status, doc, language, title, ingested = row[WIDTH : WIDTH + 5]
                document = {
                    "id": str(doc),
                    "language": str(language or "en"),
                    "title": str(title),
                    "ingested_at": str(ingested),
                }
            span = spans.get(event["date"])
            if span is None:
                first, last, _ = bounds(event["date"])
                span = spans[event["date"]] = (first, last)
            if (start and span[1] < start) or (end and span[0] > end):
                continue
            present = {*event["actors"], *event.get("involved", [])}
            if (ids is not None and not ids & present) or not _involves(present, dyad):
                continue
            chosen.append((event, str(status), document))
            if found is None:
                made.append((int(row[-1]), chosen[-1]))
            if flt.limit is not None and len(chosen) == flt.limit:
                break
        else:
            continue
        break
    with_evidence(conn, [event for _, (event, _, _) in made])  # those given by `known` have their sentences
    if known is not None:
        for rowid, item in made:
            _keep(known, ("event", rowid), item)
    return chosen


def _keep(known: MutableMapping[Any, Any], key: Any, value: Any) -> None:
    keep = getattr(known, "keep", None)  # a bounded memo keeps by its own rule
    if keep is not None:
        keep(key, value)
    else:
        known[key] = value


_PARTS_PER_QUERY = 400  # ranges read by one query: SQLite allows 500 parts in a compound


def _actor_keys(
    conn: sqlite3.Connection,
    ids: list[str],
    after: tuple[str, int] | None,
    first: int,
    *,
    year: str | None = None,
    bound: str | None = None,
    reaching: list[str] | None = None,
) -> Iterator[tuple[str, int]]:
    """The keys (date_sort, rowid) of the events these entities took part in, in that order, after `after` when
    given: from `year` and before the sort key `bound`, or only those of the long dates `reaching` that start
    before `year` (and reach into it).

    Each entity's events are one range of `event_actor_dates` (migration 0019) in this order, and its events of
    one long date one range of that table's index `event_actor_long_dates`, so the first `first` keys are the
    first `first` of each range, merged (a party's members: one query, a part each); then four times as many
    after the last key, and so on. An event two entities (or two roles) share is one key."""
    size, key = max(1, first), after
    parts: list[tuple[str | None, ...]]
    if reaching:
        table = "event_actor_dates INDEXED BY event_actor_long_dates"
        where = "entity_id = ? AND long_date = ? AND date_sort < ?"
        parts = [(ident, date, year) for ident in ids for date in reaching]
    else:
        table, where = "event_actor_dates", "entity_id = ?" + (" AND date_sort >= ?" if year else "")
        parts = [(ident, year) if year else (ident,) for ident in ids]
    fixed: list[Any] = []
    if bound:
        where += " AND date_sort < ?"
        fixed.append(bound)
    while True:
        more, values = where, list(fixed)
        if key is not None:
            more += " AND (date_sort, event_row) > (?, ?)"
            values += list(key)
        arm = f"SELECT date_sort, event_row FROM {table} WHERE {more} ORDER BY date_sort, event_row LIMIT {size}"
        rounds = []
        for start in range(0, len(parts), _PARTS_PER_QUERY):
            chunk = parts[start : start + _PARTS_PER_QUERY]
            sql = " UNION ".join(f"SELECT * FROM ({arm}) AS a{i}" for i in range(len(chunk)))
            args = [v for part in chunk for v in (*part, *values)]
            rounds.append(conn.execute(f"{sql} ORDER BY 1, 2 LIMIT {size}", args).fetchall())
        rows: list[tuple[str, int]] = []
        for row in heapq.merge(*rounds) if len(rounds) > 1 else rounds[0]:
            if not rows or rows[-1] != tuple(row):
                rows.append((str(row[0]), int(row[1])))
        rows = rows[:size]
        yield from rows
        if len(rows) < size:
            return
        key = rows[-1]
        size *= 4


def _sorted_rows(conn: sqlite3.Connection, sql: str, args: list[Any], first: int) -> Iterator[Sequence[Any]]:
    """The rows of `sql` (events `e`, its last two columns `e.date_sort, e.rowid`) in (date_sort, rowid) order,
    `first` of them, then four times as many after the last one, and so on: read through an actor's events,
    every one of them is sorted anyway, but keeping only the first few costs a third of sorting them all."""
    size, key = max(1, first), None
    while True:
        more = " AND (e.date_sort, e.rowid) > (?, ?)" if key else ""
        rows = conn.execute(f"{sql}{more} ORDER BY e.date_sort, e.rowid LIMIT {size}", [*args, *(key or ())]).fetchall()
        yield from rows
        if len(rows) < size:
            return
        key = (rows[-1][-2], rows[-1][-1])
        size *= 4


def _keys_first(conn: sqlite3.Connection, sql: str, args: list[Any], first: int) -> Iterator[Sequence[Any]]:
    """The rows of `sql` (a selection of events with their documents, `_JOINED`) as `_sorted_rows` gives them,
    but sorting only their keys, then reading the rows of those: sorting thousands of events with all their
    columns to keep a page of them cost five times as much (an actor's 14,000 events: 30 ms)."""
    head, joined, rest = sql.partition(_EVENTS)
    keys = _sorted_rows(conn, f"SELECT e.date_sort, e.rowid{joined}{rest}", args, first)
    return _rows_of(conn, keys, head + _JOINED + " WHERE TRUE", [], first)


def _rows_of(
    conn: sqlite3.Connection, keys: Iterable[Sequence[Any]], select: str, args: list[Any], size: int
) -> Iterator[Sequence[Any]]:
    """The rows of `select` (events `e` with their documents and its conditions, `args` their values) whose
    (date_sort, rowid) are `keys`, in the keys' order, read `size` at a time (a page's worth: no more keys are
    asked for than the page needs); a key whose event the conditions leave out gives no row."""
    batch: list[int] = []
    for key in itertools.chain(keys, [None]):
        if key is not None:
            batch.append(int(key[1]))
        if batch and (key is None or len(batch) == size):
            marks = ",".join("?" * len(batch))
            yield from conn.execute(f"{select} AND e.rowid IN ({marks}) ORDER BY e.date_sort, e.rowid", [*args, *batch])
            batch = []


LONG_DATE_SEEKS = 64  # distinct long dates found by a seek each; the rest, if any, by reading their index on


def _long_dates_reaching(conn: sqlite3.Connection, year: str, start: str, end: str | None) -> list[str]:
    """The long dates of events sorted before `year` that reach `start` (and begin by `end`).

    Long dates are few but their events many (a million events hold 50,000 of some four dates): the distinct ones
    are found by a seek each in their index, from one to the next (reading the index whole cost 2-3 ms a page),
    up to LONG_DATE_SEEKS of them; a store with more has the rest read from the index onwards."""
    head = "SELECT e.date_sort, e.date FROM events e INDEXED BY events_long_dates"
    head += f" WHERE {LONG_DATE} AND e.date_sort < ?"
    order = " ORDER BY e.date_sort, e.date LIMIT 1"
    found: list[str] = []
    key: tuple[str, str] | None = None
    for _ in range(LONG_DATE_SEEKS):
        if key is None:
            row = conn.execute(head + order, (year,)).fetchone()
        else:  # the next date of the same sort key, else the first of the next key: a seek each (a row value
            # `(date_sort, date) > (?, ?)` read every entry of the key)
            row = conn.execute(f"{head} AND e.date_sort = ? AND e.date > ?{order}", (year, *key)).fetchone()
            row = row or conn.execute(f"{head} AND e.date_sort > ?{order}", (year, key[0])).fetchone()
        if row is None:
            break
        key = (str(row[0]), str(row[1]))
        found.append(key[1])
    else:
        rest = f"SELECT DISTINCT e.date FROM events e WHERE {LONG_DATE} AND e.date_sort < ?"
        values: tuple[str, ...] = (year,)
        if key:
            rest += " AND (e.date_sort > ? OR (e.date_sort = ? AND e.date > ?))"
            values = (year, key[0], *key)
        found += [str(date) for (date,) in conn.execute(rest, values)]
    out = []
    for date in dict.fromkeys(found):
        try:
            first, last, _ = bounds(date)
        except DateError:
            continue  # as unreadable as it was when stored; the scan of its rows raises as it always did
        if last >= start and not (end and first > end):
            out.append(date)
    return out


Reviews = dict[str, tuple[str, str, str | None]]


def _reviews(conn: sqlite3.Connection, candidates: Iterable[str] | None = None) -> Reviews:
    """The latest decision on each candidate (of `candidates` when given): (who, when, fact it went to).

    A page of events asks for its own candidates only, not for every decision ever taken."""
    from allyscope.knowledge.review import accepted_id

    sql = "SELECT candidate, action, fact_id, by, at FROM decisions"
    batches: list[list[str]] = [[]]
    if candidates is not None:
        wanted = sorted(set(candidates))
        batches = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    out: Reviews = {}
    for batch in batches:
        where = f" WHERE candidate IN ({','.join('?' * len(batch))})" if batch else ""
        for candidate, action, fact, by, at in conn.execute(sql + where + " ORDER BY id", batch):
            target = fact if action == "merge" else accepted_id(candidate) if action in ("accept", "edit") else None
            out[candidate] = (by, at, target)
    return out


_NAMES: list[tuple[object, dict[str, str]]] = []


def _names(gazetteer: Any) -> dict[str, str]:
    """Each entity's display name by id, made once for the process's gazetteer (a page of 50 events spent more
    on making it than on reading them); made again only for another gazetteer (a test's)."""
    if not _NAMES or _NAMES[0][0] is not gazetteer:
        _NAMES[:] = [(gazetteer, {ident: str(e["name"]) for ident, e in gazetteer.entities.items()})]
    return _NAMES[0][1]


def candidate_records(
    conn: sqlite3.Connection, flt: Filter, known: MutableMapping[Any, Any] | None = None
) -> list[dict[str, Any]]:
    """The stored events the filter chooses, as records (status, reviewer and the fact each went to); with `known`
    (see `select_events`) a record made before at this version of the database is given again (and is not to be
    changed): pages of one actor from neighbouring years, or of several filters, share most of their events."""
    from allyscope.entities import gazetteer

    names = _names(gazetteer())
    chosen = select_events(conn, flt, known)
    records: list[dict[str, Any] | None] = [
        known.get(("record", event["id"])) if known is not None else None for event, _, _ in chosen
    ]
    missing = [i for i, record in enumerate(records) if record is None]
    reviews = _reviews(conn, (str(chosen[i][0].get("candidate", "")) for i in missing)) if missing else {}
    for i in missing:
        event, status, document = chosen[i]
        record = from_event(
            event, names, status=status, document=document, review=reviews.get(event.get("candidate", ""))
        )
        records[i] = record
        if known is not None:
            _keep(known, ("record", event["id"]), record)
    return [record for record in records if record is not None]


def select_facts(conn: sqlite3.Connection, flt: Filter) -> list[dict[str, Any]]:
    """Reviewed facts the filter chooses, in date order (as `timeline` returns them, with `status`).

    The actor (a party with its members, or an entity with what was merged into it) is found by the timeline's
    index scans; a dyad is the facts of its first party (or of the actor) that also involve both parties, read in
    growing pages until `limit` of them are found, so a short page over a million facts reads only a few hundred."""
    from allyscope.knowledge.facts import timeline

    if "accepted" not in flt.statuses:
        return []
    ids = _actor_ids(conn, flt.actor)
    dyad = _dyad_ids(conn, flt)
    scope = ids if ids is not None else dyad[0] if dyad is not None else None

    def page(size: int | None) -> list[dict[str, Any]]:
        return timeline(
            conn, actors=scope, domain=flt.domain, type_=flt.type, date_from=flt.date_from, date_to=flt.date_to,
            limit=size, after=flt.after,
        )  # fmt: skip

    if dyad is None:
        return [f | {"status": "accepted"} for f in page(flt.limit)]
    size = None if flt.limit is None else max(4 * flt.limit, 100)
    while True:
        read = page(size)
        chosen = []
        for fact in read:
            present = {a["id"] for a in fact["actors"]} | {i["id"] for i in fact["involved"]}
            if _involves(present, dyad):
                chosen.append(fact | {"status": "accepted"})
        if size is None or len(chosen) >= (flt.limit or 0) or len(read) < size:
            return chosen[: flt.limit] if flt.limit is not None else chosen
        size *= 4


def knowledge_records(conn: sqlite3.Connection, flt: Filter) -> list[dict[str, Any]]:
    """Facts (when `accepted` is asked for) and the candidates still pending or rejected (when asked for): what the
    knowledge base holds. Candidates merged into or accepted as facts are not repeated beside their facts."""
    languages = {str(d): str(lang) for d, lang in conn.execute("SELECT id, language FROM documents")}
    records = [from_fact(f, languages) for f in select_facts(conn, flt)]
    rest = flt.statuses & {"pending", "rejected"}
    if rest:
        records += candidate_records(conn, replace(flt, statuses=frozenset(rest)))
        records.sort(key=lambda r: (r["date_start"], r["date_end"], r["kind"] != "fact", r["id"]))
    return records[: flt.limit] if flt.limit is not None else records
