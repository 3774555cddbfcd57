"""Checks shared by the tests: the body is complete, offsets are valid, nothing was inserted inside CJK text; and
a case of given sides made active for a test's extraction."""

from __future__ import annotations

import datetime
import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from allyscope.knowledge.case import Case, activate, restore
from allyscope.layout.joining import is_cjk
from allyscope.model import Document

_WS = re.compile(r"\s+")
ROOT = Path(__file__).resolve().parent.parent


def squeeze(text: str) -> str:
    return _WS.sub("", text)


def inserted_pieces(doc: Document) -> list[tuple[int, str]]:
    """`(clean offset, text)` of every body piece that does not stand in the raw input."""
    m = doc.body_map
    return [
        (start, doc.text[start : start + length])
        for start, length, copied in zip(m.clean_starts, m.lengths, m.copied, strict=True)
        if not copied
    ]


def assert_offsets_valid(doc: Document) -> None:
    n = len(doc.text)
    for span in [*doc.spans, *doc.headings, *doc.markers]:
        assert 0 <= span.start <= span.end <= n
        raw_start, raw_end = doc.raw_span(span)
        assert 0 <= raw_start <= raw_end <= len(doc.raw)
    for note in doc.footnotes:
        assert 0 <= note.start <= note.end <= len(doc.notes_text)
        assert 0 <= note.raw_start <= note.raw_end <= len(doc.raw)
        first = doc.notes_text[note.start]
        assert first == doc.raw[doc.notes_map.to_raw(note.start)]
    for span in doc.paragraphs:
        raw_start, _ = doc.raw_span(span)
        assert doc.raw[raw_start] == doc.text[span.start]


def assert_no_space_added_in_cjk(doc: Document) -> None:
    for start, piece in inserted_pieces(doc):
        if piece == " ":
            before = doc.text[start - 1] if start else ""
            after = doc.text[start + 1] if start + 1 < len(doc.text) else ""
            assert not (before and is_cjk(before)) and not (after and is_cjk(after)), (start, before, after)


def assert_copied_pieces_match_raw(doc: Document) -> None:
    m = doc.body_map
    for clean, raw, length, copied in zip(m.clean_starts, m.raw_starts, m.lengths, m.copied, strict=True):
        if copied:
            assert doc.text[clean : clean + length] == doc.raw[raw : raw + length]


@contextmanager
def case_of(*sides: str) -> Iterator[None]:
    """A case whose sides are these states, as an analyst of their relationship sets it up: an event between two
    of them is theirs, not `context`. The case active before is restored afterwards."""
    ids = [[side] for side in sides]
    meta = {"name": "t", "title": "t", "version": "0", "parties": [{"id": i} for i in sides], "sides": ids}
    previous = activate(Case(name="t", version="0", title="t", meta=meta, sources=[], facts=[], agreements=[],
                             decisions=[]))  # fmt: skip
    try:
        yield
    finally:
        restore(previous)


def load_repository_module(folder: str, name: str) -> ModuleType:
    """A script or benchmark of the repository as a module (its own folder and benchmarks/ on the path, for its
    imports): the tests check what the training script and the benchmarks compute without a copy of them."""
    for path in (ROOT / folder, ROOT / "benchmarks"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    spec = importlib.util.spec_from_file_location(name, ROOT / folder / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def event_actor_names(body: str) -> list[set[str]]:
    """The names of each event's actors and involved parties when `body` is read as the one section of a small
    titled document: what the actor tests assert on, in one place (was a copy in each of six test files)."""
    from allyscope import parse_text
    from allyscope.entities import gazetteer
    from allyscope.events import extract_events

    g = gazetteer()
    doc = parse_text("Test title\n\n1. Body\n\n" + body + "\n")
    return [{g.entity(i)["name"] for i in e.actors + e.involved} for e in extract_events(doc, "t")]


def named_spans(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each entity mention the gazetteer finds in `text`, as (the text it covers, its ids)."""
    from allyscope.entities import gazetteer

    return [(text[m.start : m.end], m.ids) for m in gazetteer().match(text)]


_FRONT_AND_BODY = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def outside_front_and_body(doc: Document) -> list[tuple[str, str]]:
    """The spans of `doc` that are neither front matter nor body, as (kind, text): what the layout tests of
    furniture compare."""
    return [(s.kind, doc.span_text(s)) for s in doc.spans if s.kind not in _FRONT_AND_BODY]


def heading_rows(text: str) -> list[tuple[int, str, str]]:
    """The headings the parser reads in `text`, as (level, label, title): what the layout tests of headings compare."""
    from allyscope import parse_text

    return [(h.level, h.label, h.title) for h in parse_text(text).headings]


def events_in_case(text: str, *sides: str) -> list[Any]:
    """The events of `text` parsed and extracted with a case of `sides` active (the actor tests' reading)."""
    from allyscope import parse_text
    from allyscope.events import extract_events

    with case_of(*sides):
        return extract_events(parse_text(text), "t")


def party_names(event: Any) -> set[str]:
    """The canonical names of an event's actors and involved parties."""
    from allyscope.entities import gazetteer

    g = gazetteer()
    return {g.entity(i)["name"] for i in [*event.actors, *event.involved]}


def only_event(text: str, *sides: str) -> Any:
    """The one event of `text` in a case of `sides`; fails naming the sentences when there are none or several."""
    found = events_in_case(text, *sides)
    assert len(found) == 1, [e.evidence.text for e in found]
    return found[0]


def furniture_rows(doc: Document) -> list[list[str]]:
    """`outside_front_and_body` as [kind, text] lists: the form the layout tests of one branch each compare."""
    return [[kind, text] for kind, text in outside_front_and_body(doc)]


def furniture_of(text: str) -> list[tuple[str, str]]:
    """Parse `text`, check its offsets and copied pieces, and list its spans outside front matter and body."""
    from allyscope import parse_text

    doc = parse_text(text)
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    return outside_front_and_body(doc)


def stated_events(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    """(date, type, evidence sentence) of every stated (asserted) event of `text`, in text order: what the recall
    tests compare, read through the whole extraction of a file as a user's document is."""
    from allyscope.extraction import extract_json

    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return [
        (e["date"], e["type"], e["evidence"]["text"].strip())
        for e in extract_json(path)["events"]
        if e["mode"] == "asserted"
    ]


def as_written_people(text: str) -> list[str]:
    """The people named as written (`adhoc_people`) that the gazetteer's match finds in `text`, by name (was a copy
    in two test files)."""
    from allyscope.adhoc_people import AS_WRITTEN
    from allyscope.entities import gazetteer

    return [m.ids[0][len(AS_WRITTEN) :] for m in gazetteer().match(text) if m.ids and m.ids[0].startswith(AS_WRITTEN)]


def mention_ids(text: str, alias: str) -> list[tuple[str, ...]]:
    """The ids of each mention of `text` written `alias`."""
    from allyscope.entities import gazetteer

    return [m.ids for m in gazetteer().match(text) if m.alias == alias]


def titled_actor_names(body: str) -> list[set[str]]:
    """Each event's actor and involved names when `body` is read under a one-word title (no numbered head)."""
    from allyscope import parse_text
    from allyscope.entities import gazetteer
    from allyscope.events import extract_events

    g = gazetteer()
    doc = parse_text("Relations\n\n" + body + "\n")
    return [{g.entity(i)["name"] for i in e.actors + e.involved} for e in extract_events(doc, "t")]


def package_data(name: str) -> Any:
    """One of allyscope's data files (allyscope/data/NAME), parsed."""
    import json
    from importlib import resources

    return json.loads(resources.files("allyscope.data").joinpath(name).read_text("utf-8"))


def actor_names_under_a_title(text: str) -> list[set[str]]:
    """The canonical names of each event's actors and involved parties, `text` parsed under a short title line."""
    from allyscope import parse_text
    from allyscope.entities import gazetteer
    from allyscope.events import extract_events

    g = gazetteer()
    doc = parse_text("标题\n\n" + text + "\n")
    return [{g.entity(i)["name"] for i in e.actors + e.involved} for e in extract_events(doc, "t")]


def asserted_events(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """(date, evidence sentence) of every stated event of `text` read as a file, in text order."""
    from allyscope.extraction import extract_json

    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return [
        (e["date"], e["evidence"]["text"].strip()) for e in extract_json(path)["events"] if e["mode"] == "asserted"
    ]


def asserted_dates_of(tmp_path: Path, text: str, words: str) -> list[str]:
    """The dates of the stated events of `text` whose evidence sentence holds `words`: what the recall tests of an
    occasion word ask (which day a sentence's act takes, or that it takes none)."""
    return sorted({date for date, sentence in asserted_events(tmp_path, text) if words in sentence})


def event_modes(text: str) -> list[tuple[str, str]]:
    """(date, mode) of each event extracted from `text` parsed alone: what the modality tests read."""
    from allyscope import parse_text
    from allyscope.events import extract_events

    return [(e.date, e.mode) for e in extract_events(parse_text(text), "t")]


def event_mode_of(text: str, date: str) -> str:
    """The mode of the event dated `date` in `text` (the test fails if no event has that date)."""
    modes = dict(event_modes(text))
    assert date in modes, modes
    return modes[date]


def ruled_by_cues(text: str, start: int = 0) -> tuple[str, bool]:
    """The domain cues' answer (domain, decided) for `text` folded, read from `start` in its whole sentence: how the
    domain tests ask the codebook's rules alone, without the model."""
    from allyscope.events_domain import patterns, rule_domain
    from allyscope.scripts import fold

    folded = fold(text)
    return rule_domain(patterns(), folded[start:], [], folded, start)


@contextmanager
def domain_switch(name: str, value: bool) -> Iterator[None]:
    """One of `events_domain`'s switches set for the block; the cue caches emptied on the way in and out, as the
    answers kept on a sentence's reading were read with the other setting."""
    from allyscope import events_domain

    before = getattr(events_domain, name)
    setattr(events_domain, name, value)
    events_domain.clear_cue_caches()
    try:
        yield
    finally:
        setattr(events_domain, name, before)
        events_domain.clear_cue_caches()


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December")  # fmt: skip


def cjk_day(day: datetime.date) -> str:
    """A day as Chinese and Japanese write it, `2024年4月20日`."""
    return f"{day.year}年{day.month}月{day.day}日"


def english_day(day: datetime.date) -> str:
    """A day as British English writes it, `20 April 2024`."""
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def dates_of_events(text: str) -> list[tuple[str, str]]:
    """(text, EDTF) of each date of `text` that dates an event, on a page dated 30 June 2025: the date tests of
    same-day words after a background day (prec69, prec71) share it."""
    from allyscope.dates import Anchor, find_dates

    return [(m.text, m.edtf) for m in find_dates(text, document_date=Anchor(2025, 6, 30)) if m.dates_event]


def made_up_domain_rows(trainer: Any) -> list[Any]:
    """Training rows for `scripts/train_domain.py` made up for tests (dom73, dom74): ten documents whose `talks`
    events are dialogue and whose `drill` events are exercise, cues every document shares, and one document holding
    a word of its own twice on two events of another domain — the wording a retrain adds or takes away."""
    from allyscope.vocabulary import DOMAINS

    interactions = [d for d in DOMAINS if d != "context"]

    def row(document: str, gold: str, features: tuple[str, ...]) -> Any:
        inputs = ("x", (), "x", 0)
        return trainer.Example(document, "en", gold, interactions[0], False, interactions[0], features, inputs)

    rows = []
    for k in range(10):
        rows.append(row(f"dev/d{k}.txt", interactions[0], ("w:talks", "w:shared")))
        rows.append(row(f"dev/d{k}.txt", interactions[3], ("w:drill", "w:shared")))
    rows += [row("dev/odd.txt", interactions[1], ("w:talks", "w:own"))] * 2
    return rows


def named_again(text: str, name: str) -> list[Any]:
    """The gazetteer's mentions read as `name` after its first occurrence (the introduction), for the tests of a
    person named again (`allyscope/named_again.py`: ppl48, act74)."""
    from allyscope.entities import gazetteer

    first = text.index(name) + len(name)
    return [m for m in gazetteer().match(text) if m.start >= first and text[m.start : m.end] == name]


def states_of_mention(mention: Any) -> set[str]:
    """The states a mention stands for, through the entities behind its ids (a person's, an office's state)."""
    from tests.event_generator import states_behind

    return {s for ident in mention.ids for s in states_behind(ident)}


def gazetteer_ids_in(text: str) -> set[str]:
    """The ids the gazetteer reads in `text` by name alone, before the discourse stage: what the tests of entries
    grown from lists assert on (was a copy in each of the gaz74 and gaz75 test files)."""
    from allyscope.entities import gazetteer

    return {i for m in gazetteer().match_names(text) for i in m.ids}


def actors_and_involved(body: str) -> list[tuple[set[str], set[str]]]:
    """(actors, involved) ids of each event when `body` is read as a one-paragraph document under a `Notes` title."""
    from allyscope import parse_text
    from allyscope.events import extract_events

    doc = parse_text("Notes\n\n" + body + "\n")
    return [(set(e.actors), set(e.involved)) for e in extract_events(doc, "t")]


def short_forms_in(text: str) -> list[tuple[str, set[str]]]:
    """Each short-form mention the gazetteer reads in `text` (a part of a known name standing for the person named in
    full before it), with the names of the entities it stands for (was a copy in the act75 and act78 test files)."""
    from allyscope.entities import gazetteer

    g = gazetteer()
    return [
        (text[m.start : m.end], {g.entity(i)["name"] for i in m.ids if i in g.entities})
        for m in g.match(text)
        if m.basis == "short-form"
    ]


def office_terms(office: str) -> list[tuple[str, str]]:
    """Every gazetteer term of an office as (from, to) ISO days, in order; a term still running ends with 2025, the
    end of the period the whole-office lists cover."""
    people = json.loads((ROOT / "allyscope" / "data" / "gazetteer" / "people.json").read_text("utf-8"))["entities"]
    return sorted(
        (term["from"], term.get("to", "2025-12-31"))
        for person in people
        if person["type"] == "person"
        for term in person.get("roles", [])
        if term["office"] == office
    )


def office_holder_terms(office: str) -> list[tuple[str, str, str, bool]]:
    """Every gazetteer term of an office as (from, to, person id, approximate), in order; a term still running ends
    with 2025, as in `office_terms`. The whole-office tests pick the terms their period covers from it."""
    people = json.loads((ROOT / "allyscope" / "data" / "gazetteer" / "people.json").read_text("utf-8"))["entities"]
    return sorted(
        (term["from"], term.get("to", "2025-12-31"), person["id"], bool(term.get("approximate")))
        for person in people
        if person["type"] == "person"
        for term in person.get("roles", [])
        if term["office"] == office
    )


def longest_unheld_run(office: str, start: str, gaps: list[tuple[str, str]]) -> tuple[int, str]:
    """The longest run of days from `start` to the end of 2025 on which the office has no holder and no gap named on
    purpose (a vacancy, a cabinet sworn in without the minister), and the run's last day: a whole-office list is
    whole when this stays at the few days between a dismissal and an appointment."""
    terms = office_terms(office)
    day, end = datetime.date.fromisoformat(start), datetime.date(2025, 12, 31)
    run, longest, last = 0, 0, ""
    while day <= end:
        iso = day.isoformat()
        held = any(a <= iso < b for a, b in terms) or any(a <= iso < b for a, b in gaps)
        run = 0 if held else run + 1
        if run > longest:
            longest, last = run, iso
        day += datetime.timedelta(days=1)
    return longest, last
