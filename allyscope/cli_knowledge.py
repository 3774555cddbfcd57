"""Commands of the knowledge base: cases, init, timeline, review, obligations, analysis (registered on the
`allyscope` group). Which case a command serves is the one its database records (see knowledge.case)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from allyscope.cli import (
    _emit,
    _errors,
    _print_json,
    _write_output,
    db_option,
    main,
    max_size_option,
    out_option,
    wait_option,
)
from allyscope.outputs.filters import Filter, record_filters
from allyscope.store.dialect import sqlite_file


def reviewer(by: str | None) -> str:
    """Who decides: --by, else $ALLYSCOPE_USER, else the login name."""
    if by:
        return by
    import getpass

    try:
        return os.environ.get("ALLYSCOPE_USER") or getpass.getuser()
    except OSError:
        return "unknown"


@main.command()
@db_option
@click.option(
    "--case",
    "case_ref",
    metavar="NAME|FOLDER",
    help="The case to load: a shipped case's name (`allyscope cases`) or the folder of your own "
    "(`allyscope case new`). Default: the case the database serves already, else the default case "
    "(marked * in `allyscope cases`).",
)
@click.option(
    "--with",
    "files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="A document to ingest after loading the case (repeatable), e.g. the reference article.",
)
@click.option("--json", "as_json", is_flag=True, help="Print what was done as JSON.")
@max_size_option
@wait_option
@_errors
def init(db: Path | None, case_ref: str | None, files: tuple[Path, ...], as_json: bool) -> None:
    """Create the database, load a case (facts, sources, agreements, decisions), and ingest the documents given
    with --with.

    The database records the case (and the folder of a case of your own), and every later command serves it.
    Review decisions shipped with the case are replayed on those documents, so `allyscope timeline` shows the
    reviewed chronology at once; decisions whose evidence cannot be found any more are reported
    (`allyscope review --orphans`). Running init again updates the case and keeps your reviews.

    Files are parsed first; then documents, case and replay are written in one transaction (all or nothing).

    Example: allyscope init --with ../shared/corpus/000_c16b8f8118fbe296.txt
    """
    from allyscope.errors import InputError
    from allyscope.ingest import IngestReport, parse_files, write_parsed
    from allyscope.knowledge.case import CaseError, recorded
    from allyscope.knowledge.review import orphans
    from allyscope.store import Store
    from allyscope.store.database import default_db_path

    started = time.perf_counter()
    chosen = case_ref
    if chosen is None and default_db_path(db).exists():
        with Store(db) as store:
            served = recorded(store.conn)
        chosen = (served[1] or served[0]) if served else None
    case = _case(chosen)
    if default_db_path(db).exists():
        with Store(db) as store:
            served = recorded(store.conn)
        if served and served[0] != case.name:
            raise CaseError(f"{default_db_path(db)} serves case {served[0]!r}, not {case.name!r}: give another --db")
    report = IngestReport()
    parsed = parse_files(list(files), report, case=case)
    if report.failed:
        raise InputError("; ".join(report.failed), "nothing was stored")
    with Store(db) as store:
        with store.transaction():  # documents, case and replay: all or nothing
            write_parsed(store, parsed, report)
            counts: dict[str, Any] = store.load_case(case)
        counts["case"] = case.label
        counts["documents"] = len(report.stored) + len(report.skipped)
        counts["facts_total"] = store.fact_count()
        counts["orphans"] = len(orphans(store.conn))
        counts["db"] = str(store.path)
    counts["seconds"] = round(time.perf_counter() - started, 2)
    if as_json:
        _print_json(counts)
        return
    click.echo(
        f"{counts['db']}: case {case.label} loaded ({counts['facts']} facts, {counts['sources']} sources, "
        f"{counts['agreements']} agreements), {counts['documents']} documents ingested, "
        f"{counts['facts_total']} facts in all ({counts['seconds']} s). Next: allyscope timeline"
    )
    _orphan_line(counts["orphans"])


def _orphan_line(count: int) -> None:
    if count:
        click.echo(
            f"{count} review decisions could not be re-anchored on their documents: allyscope review --orphans",
            err=True,
        )


def _case(ref: str | None) -> Any:
    """A case by shipped name, or by folder (a path, or a name that is not shipped but is a folder)."""
    from allyscope.knowledge.case import load_case, load_case_dir, shipped_cases

    if ref is None:
        return load_case()
    if ref in shipped_cases() and not Path(ref).is_dir():
        return load_case(ref)
    return load_case_dir(ref)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the cases as JSON.")
@click.option(
    "--audit",
    "audited",
    metavar="CASE",
    help="Instead of the list, the audit figures of one case (a shipped name or a folder): facts, facts citing only "
    "the documents under analysis, years of its span without facts.",
)
@_errors
def cases(as_json: bool, audited: str | None) -> None:
    """The cases shipped with allyscope: name, parties, number of facts, version.

    Example: allyscope cases --json; allyscope cases --audit CASE --json
    """
    from allyscope.knowledge.case import default_case, describe, load_case, shipped_cases

    if audited is not None:
        _print_audit(_case(audited), as_json)
        return
    found = [describe(load_case(name)) | {"default": name == default_case()} for name in shipped_cases()]
    if as_json:
        _print_json(found)
        return
    for c in found:
        parties = " – ".join("+".join(side) for side in c["sides"])
        mark = "*" if c["default"] else " "
        click.echo(f"{mark} {c['name']:<14} {parties:<14} {c['facts']:>4} facts  version {c['version']}  {c['title']}")


def _print_audit(case: Any, as_json: bool) -> None:
    from allyscope.knowledge.audit import summary

    figures = summary(case)
    if as_json:
        _print_json(figures)
        return
    span = figures["span"] or "no audit.json: years of its facts"
    click.echo(f"{figures['case']} {figures['version']} ({span})")
    click.echo(f"  facts: {figures['facts']} ({figures['facts_in_span']} in the span)")
    analysed = ", ".join(figures["analysed_sources"]) or "none marked"
    click.echo(
        f"  citing only documents under analysis ({analysed}): {figures['facts_citing_only_analysed']}, "
        f"{figures['facts_citing_only_analysed_with_reason']} of them with a sole_source_reason"
    )
    without = ", ".join(map(str, figures["years_without_facts"])) or "none"
    click.echo(f"  years without facts: {len(figures['years_without_facts'])} of {figures['years']} ({without})")
    click.echo(f"  of them noted 'none found' in audit.json: {len(figures['years_none_found'])}")


@main.group()
def case() -> None:
    """Cases of your own: `allyscope case new NAME --parties A B` makes one, `allyscope init --case FOLDER` loads it.

    Example: allyscope case new france-india --parties France India
    """


@case.command("new")
@click.argument("name")
@click.option("--parties", nargs=2, required=True, metavar="A B", help="The two parties: entity ids or names.")
@click.option(
    "--dir",
    "parent",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Where to make the case's folder (NAME inside it).",
)
@click.option("--title", help="The case's title (default: 'A–B relations').")
@click.option(
    "--also",
    "others",
    multiple=True,
    metavar="C",
    help="A further party of a minilateral group (repeatable): every party is then a side of its own.",
)
@_errors
def case_new(name: str, parties: tuple[str, str], parent: Path, title: str | None, others: tuple[str, ...]) -> None:
    """Make the folder of a new case: case.json with its two parties, empty facts and sources, generic ladders.

    Add facts (each with a source) to facts.json and sources.json, then load it with
    `allyscope init --db NAME.db --case FOLDER`; every command on that database then serves this case.

    Example: allyscope case new france-india --parties France India --dir cases
    A trilateral: allyscope case new fr-in-ae --parties France India --also "United Arab Emirates"
    """
    from allyscope.knowledge.case import load_case_dir
    from allyscope.knowledge.scaffold import scaffold

    folder = scaffold(name, [*parties, *others], parent, title)
    case = load_case_dir(folder)  # checked as every case is
    click.echo(f"made {folder} (case {case.name}: {' – '.join(case.parties)}). Next: allyscope init --case {folder}")


@case.command("check")
@click.argument("folder", type=click.Path(file_okay=False, exists=True, path_type=Path))
@_errors
def case_check(folder: Path) -> None:
    """Check a case folder against the schema and for cross-references; list every problem, one a line.

    Exit status 0 when the case is sound, 2 when it has problems.

    Example: allyscope case check cases/france-india
    """
    from allyscope.knowledge.case import all_problems

    found, problems = all_problems(folder)
    for line in problems:
        click.echo(f"{folder}/{line}")
    if problems:
        click.echo(f"{len(problems)} problems", err=True)
        sys.exit(2)
    assert found is not None
    click.echo(f"{folder}: case {found.label} is sound ({len(found.facts)} facts, {len(found.sources)} sources)")


@main.command()
@db_option
@record_filters(("accepted",))
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON, with sources and evidence.")
@_errors
def timeline(db: Path | None, flt: Filter, as_json: bool) -> None:
    """The reviewed chronology, one fact per line; imprecise dates are shown as such (Jul 2023, 1990s).

    Candidates still pending or rejected are added only when asked for (--status pending, --status all).

    Example: allyscope timeline --dyad A B --from 2022 --domain political-dialogue --limit 10
    """
    from allyscope.knowledge.case import case_of
    from allyscope.outputs.filters import knowledge_records, select_facts
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        served = case_of(store.conn)
        if flt.statuses == {"accepted"}:
            facts = select_facts(store.conn, flt)
        else:
            facts = [f or r for r, f in _with_facts(knowledge_records(store.conn, flt), select_facts(store.conn, flt))]
    if as_json:
        _print_json(facts)
        return
    from allyscope.outputs.safety import terminal_text

    for f in facts:
        mode = "" if f["mode"] == "asserted" else f" [{f['mode']}]"
        status = "" if f.get("status", "accepted") == "accepted" else f" ({f['status']})"
        evidence = f"  ({len(f['evidence'])} ev.)" if f["evidence"] else ""
        click.echo(
            f"{f['date_readable']:<22} {f['domain']:<25} {f['type']:<9} {terminal_text(f['summary'])}"
            f"{mode}{status}{evidence}"
        )
    click.echo(f"{len(facts)} facts", err=True)
    if not facts and flt.is_empty():
        if served.directory:
            hint = f"case {served.name} has no facts yet: add them to {served.directory}/facts.json, then init again"
        else:
            hint = "the knowledge base is empty: `allyscope init --case NAME` loads a case (see `allyscope cases`)"
        click.echo(hint, err=True)


def _with_facts(
    records: list[dict[str, Any]], facts: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Each record beside its fact as `timeline` prints it (None for candidates)."""
    by_id = {f["id"]: f for f in facts}
    return [(r, by_id.get(r["id"]) if r["kind"] == "fact" else None) for r in records]


@main.command()
@click.argument("candidate", required=False)
@db_option
@click.option("--doc", help="Only candidates of this document (id, prefix or file name).")
@click.option(
    "--list", "list_only", is_flag=True, help="List the pending candidates and stop (also when not a terminal)."
)
@click.option("--all", "show_all", is_flag=True, help="With --list: every candidate, whatever its status.")
@click.option("--accept", is_flag=True, help="Accept CANDIDATE as a new fact.")
@click.option("--merge", "merge_into", metavar="FACT", help="Merge CANDIDATE into FACT as further evidence.")
@click.option(
    "--edit", "edits", multiple=True, metavar="FIELD=VALUE", help="Accept CANDIDATE with a change (repeatable)."
)
@click.option("--reject", is_flag=True, help="Reject CANDIDATE.")
@click.option("--reason", help="Why (kept with the decision).")
@click.option("--by", help="Who decides (default: $ALLYSCOPE_USER, else your login name).")
@click.option(
    "--seen",
    type=click.IntRange(min=0),
    help="The decision in force when you looked (`decision` of --list --json; 0: none): if someone decided "
    "since, nothing is recorded and the command fails with a conflict.",
)
@click.option("--history", is_flag=True, help="Show every decision taken on CANDIDATE.")
@click.option(
    "--orphans",
    "show_orphans",
    is_flag=True,
    help="List the decisions whose evidence can no longer be found in their stored document (decide again).",
)
@click.option(
    "--export-decisions",
    "export_to",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every decision (who, when, what) to FILE as JSON, to share or to keep with the documents.",
)
@click.option(
    "--import-decisions",
    "import_from",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Add the decisions of FILE (from --export-decisions) and apply them to stored documents.",
)
@click.option(
    "--interactive/--no-interactive",
    default=None,
    help="Ask for a decision on each pending candidate (default: when stdin and stdout are a terminal).",
)
@click.option("--json", "as_json", is_flag=True, help="Print candidates or the result as JSON.")
@wait_option
@_errors
def review(
    candidate: str | None,
    db: Path | None,
    doc: str | None,
    list_only: bool,
    show_all: bool,
    accept: bool,
    merge_into: str | None,
    edits: tuple[str, ...],
    reject: bool,
    reason: str | None,
    by: str | None,
    seen: int | None,
    history: bool,
    show_orphans: bool,
    export_to: Path | None,
    import_from: Path | None,
    interactive: bool | None,
    as_json: bool,
) -> None:
    """Turn extracted candidates into reviewed facts: accept, merge into a fact, edit, or reject.

    Without CANDIDATE, lists pending candidates, each beside its evidence sentence and the facts it may
    duplicate; in a terminal it then asks for a decision on each. With CANDIDATE and one of --accept,
    --merge FACT, --edit FIELD=VALUE or --reject, records that decision (who and when) and applies it.

    Example: allyscope review --list --doc 599928ad
    """
    from allyscope.knowledge.review import candidates, decide, decision_history, orphans
    from allyscope.store import Store

    chosen = [
        name
        for name, on in (("accept", accept), ("merge", bool(merge_into)), ("edit", bool(edits)), ("reject", reject))
        if on
    ]
    if len(chosen) > 1:
        raise click.UsageError(f"choose one decision, not {' and '.join(chosen)}")
    if export_to:
        from allyscope.outputs_io import check_output_path

        check_output_path(export_to)
    if interactive is None:
        interactive = not (list_only or as_json or candidate) and sys.stdin.isatty() and sys.stdout.isatty()
    writes = bool(import_from) or bool(candidate and chosen) or bool(interactive)
    with Store(db, create=False, readonly=not writes) as store:
        if export_to or import_from:
            _transfer(store, export_to, import_from)
            return
        if show_orphans:
            lost = orphans(store.conn, store.resolve(doc) if doc else None)
            if as_json:
                _print_json(lost)
                return
            for o in lost:
                click.echo(
                    f"{o['candidate']}  {o['action']}{' → ' + o['fact'] if o['fact'] else ''}  dated {o['date']}, "
                    f"was at {o['was_at'][0]}-{o['was_at'][1]} of {o['document']}  ({o['by']}, {o['at']})"
                )
            click.echo(f"{len(lost)} decisions could not be re-anchored", err=True)
            return
        if candidate and history:
            _print_json(decision_history(store.conn, candidate))
            return
        if candidate:
            if not chosen:
                raise click.UsageError("give a decision: --accept, --merge FACT, --edit FIELD=VALUE or --reject")
            changes = dict(_parse_edit(e) for e in edits)
            result = decide(
                store.conn,
                candidate,
                chosen[0],
                fact=merge_into,
                changes=changes or None,
                reason=reason,
                by=reviewer(by),
                seen=seen,
            )
            if as_json:
                _print_json(result)
            else:
                click.echo(
                    f"{result['candidate']}: {result['action']}" + (f" → {result['fact']}" if "fact" in result else "")
                )
            return
        doc_id = store.resolve(doc) if doc else None
        pending = candidates(store.conn, doc=doc_id, status=None if show_all else "candidate")
        if as_json:
            _print_json(pending)
            return
        for event in pending:
            _show_candidate(event)
            if interactive and not _ask(store, event, reviewer(by)):
                break
        click.echo(f"{len(pending)} candidates" + ("" if show_all else " pending"), err=True)


def _transfer(store: Any, export_to: Path | None, import_from: Path | None) -> None:
    import json

    from allyscope.knowledge.review import ReviewError, export_decisions, import_decisions

    if export_to:
        data = export_decisions(store.conn)
        _write_output(export_to, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        click.echo(f"wrote {len(data['decisions'])} decisions to {export_to}", err=True)
    if import_from:
        try:
            data = json.loads(import_from.read_text("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReviewError(f"{import_from}: not a JSON decisions file ({exc})") from exc
        with store.transaction():  # the decisions and their replay: both or neither
            counts = import_decisions(store.conn, data)
        applied = sum(v for k, v in counts.items() if k != "added")
        click.echo(
            f"{import_from}: {counts['added']} decisions added, {applied} applied to stored candidates", err=True
        )


def _parse_edit(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"{text!r}: expected FIELD=VALUE, e.g. domain=institutional", param_hint="--edit")
    return name.strip(), value.strip()


def _show_candidate(event: dict[str, Any]) -> None:
    click.echo(f"\n{event['candidate']}  [{event['status']}]")
    click.echo(
        f"  {event['date']}  {event['domain']}  {event['type']} ({event['cameo']})  {', '.join(event['actors'])}"
    )
    notes = f"  notes {', '.join(event['evidence']['footnotes'])}" if event["evidence"]["footnotes"] else ""
    click.echo(f"  « {event['evidence']['text'].strip()} »{notes}")
    for s in event["suggestions"]:
        click.echo(f"  may duplicate {s['fact']} ({s['date']}): {s['summary']}  — {'; '.join(s['why'])}")


def _ask(store: Any, event: dict[str, Any], by: str) -> bool:
    """One interactive decision; False when the reviewer quits. An answer not understood is asked again."""
    from allyscope.knowledge.review import decide

    first = event["suggestions"][0]["fact"] if event["suggestions"] else None
    hint = f"[m]erge into {first}, " if first else ""
    while True:
        answer = click.prompt(
            f"  {hint}[a]ccept, [r]eject, [s]kip, [q]uit, or a fact id to merge into", default="s"
        ).strip()
        if answer == "q":
            return False
        if answer == "s":
            return True
        if answer == "a":
            decide(store.conn, event["candidate"], "accept", by=by)
            return True
        if answer == "r":
            decide(store.conn, event["candidate"], "reject", reason=click.prompt("  reason", default=""), by=by)
            return True
        target = first if answer == "m" else answer
        if target and store.conn.execute("SELECT 1 FROM facts WHERE id = ?", (target,)).fetchone():
            decide(store.conn, event["candidate"], "merge", fact=target, by=by)
            return True
        click.echo(f"  {answer!r}: not an answer nor a fact id; answer a, r, s, q{', m' if first else ''} or a fact id")


@main.command()
@click.argument("first", required=False)
@click.argument("second", required=False)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the answer with every agreement and clause as JSON.")
@_errors
def obligations(first: str | None, second: str | None, db: Path | None, as_json: bool) -> None:
    """Is it an alliance? The obligations of every agreement between FIRST and SECOND, in ATOP and COW terms
    (without them: the case's parties, every pair across its two sides).

    Example: allyscope obligations --json
    """
    from allyscope.knowledge.case import case_of, resolve_case_entity
    from allyscope.knowledge.obligations import obligations as answer
    from allyscope.reporting.report import case_obligations
    from allyscope.store import Store

    if (first is None) != (second is None):
        raise click.UsageError("give two parties, or none for the case's own")
    with Store(db, readonly=True) as store:
        if first is None or second is None:
            result = case_obligations(store.conn)
        else:
            served = case_of(store.conn)
            result = answer(store.conn, resolve_case_entity(served, first), resolve_case_entity(served, second))
    if as_json:
        _print_json(result)
        return
    for line in result.get("verdicts") or [f"{' – '.join(result['parties'])}: {result['verdict']}"]:
        click.echo(line)
    for a in result["agreements"]:
        binding = "binding" if a.get("binding") else "not binding"
        click.echo(f"\n{a['id']}  signed {a.get('signed')}  period {a.get('period')}  ({a['kind']}, {binding})")
        click.echo(f"  areas: {', '.join(a['areas'])}")
        for scheme, coded in a["obligations"].items():
            for name, value in coded.items():
                shown = value["clause"] if value["status"] == "present" else value["status"]
                click.echo(f"  {scheme:<4} {name:<26} {shown}  — {value['reason']}")


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print every cell with the ids of the facts behind it.")
@click.option(
    "--dyad",
    nargs=2,
    metavar="A B",
    default=None,
    help="Only facts involving both A and B (parties of the case or any entities, with their members).",
)
@click.option(
    "--engine",
    type=click.Choice(["auto", "python", "duckdb"]),
    default="auto",
    show_default=True,
    help="python lists fact ids per cell; duckdb aggregates large sets (auto: above 20,000 facts).",
)
@_errors
def indicators(db: Path | None, as_json: bool, dyad: tuple[str, str] | None, engine: str) -> None:
    """Cooperation by year and domain: number of facts and weighted score, each traceable to its facts.

    Weights (Goldstein values by CAMEO root, level of office, mode) are data: allyscope/data/analysis/weights.json,
    with the case's own overrides (`weights` in its case.json).

    Example: allyscope indicators --json
    """
    from allyscope.knowledge.case import case_of, resolve_case_entity
    from allyscope.knowledge.indicators import indicators as compute
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        pair = None
        if dyad:
            served = case_of(store.conn)
            pair = (resolve_case_entity(served, dyad[0]), resolve_case_entity(served, dyad[1]))
        result = compute(store.conn, sqlite_file(store.path), engine, dyad=pair)
    if as_json:
        _print_json(result)
        return
    for year, total in sorted(result["years"].items()):
        parts = [f"{c['domain']} {c['count']}" for c in result["cells"] if c["year"] == year]
        click.echo(f"{year}  {total['count']:>3} facts  score {total['score']:>6.1f}  ({', '.join(parts)})")


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the ladders, their steps and facts as JSON.")
@_errors
def ladders(db: Path | None, as_json: bool) -> None:
    """The ladders of the relationship (political dialogue, institutions): each step reached, when, by which fact.

    Steps are the case's data (its ladders.json), evaluated against reviewed facts.

    Example: allyscope ladders
    """
    from allyscope.knowledge.analysis import ladders as compute
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        result = compute(store.conn)
    if as_json:
        _print_json(result)
        return
    for ladder in result:
        click.echo(ladder["title"])
        for step in ladder["steps"]:
            if step["fact"]:
                where = f"{step['fact']['date_readable']:<14} {step['fact']['id']}"
            elif step["agreements"]:
                where = f"{'':<14} {', '.join(step['agreements'])}"
            else:
                where = f"{'not reached':<14}"
            click.echo(f"  {where:<55} {step['label']}")


@main.command()
@db_option
@click.option("--doc", help="Only the claims of this document (id, prefix or SHA-256).")
@click.option("--json", "as_json", is_flag=True, help="Print claims with citations, facts and indicators as JSON.")
@_errors
def claims(db: Path | None, doc: str | None, as_json: bool) -> None:
    """The argument of documents: drivers, constraints, impacts and predictions with their evidence and status.

    Each claim cites the notes of its section, lists facts that support or weaken it, and for constraints and
    predictions gives indicators whose status is computed from the knowledge base as of its latest fact.

    Example: allyscope claims --doc 599928ad
    """
    from allyscope.knowledge.analysis import claims as compute
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        result = compute(store.conn, store.resolve(doc) if doc else None)
    if as_json:
        _print_json(result)
        return
    for claim in result:
        status = f"  [{claim['status']}]" if claim["status"] else ""
        click.echo(f"{claim['id']:<8} {claim['kind']:<10} {claim['summary']}{status}")
        click.echo(
            f"{'':<19} {len(claim['citations'])} notes, {len(claim['supports'])} supporting and "
            f"{len(claim['weakens'])} weakening facts"
        )
        for indicator in claim["indicators"]:
            click.echo(f"{'':<19} {indicator['label']}: expected {indicator['expect']}, {indicator['status']}")


@main.command()
@db_option
@out_option
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default="html", show_default=True)
@_errors
def report(db: Path | None, out: Path | None, fmt: str) -> None:
    """A self-contained report of the knowledge base: indicators, ladders, argument map, obligations, timeline,
    sources. The HTML opens offline (inline CSS and SVG, no script); every number lists its facts.

    Example: allyscope report --out case.html
    """
    from allyscope.outputs_io import check_output_path
    from allyscope.reporting.report import build, to_html, to_markdown
    from allyscope.store import Store

    if out is not None and str(out) != "-":
        check_output_path(out)
    with Store(db, readonly=True) as store:
        data = build(store.conn, sqlite_file(store.path))
    text = to_html(data) if fmt == "html" else to_markdown(data)
    if _emit(text, out):
        click.echo(f"wrote {out} ({len(data['facts'])} facts)", err=True)


@main.command()
@click.argument("name", type=click.Choice(["indicators", "score", "ladder-political", "ladder-institutional"]))
@db_option
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="FILE.svg or FILE.png.")
@_errors
def chart(name: str, db: Path | None, out: Path) -> None:
    """Write one chart for papers: SVG (drawn here, each mark with its fact ids) or PNG (matplotlib).

    Example: allyscope chart indicators --out indicators.svg
    """
    from allyscope.knowledge.analysis import ladders as compute_ladders
    from allyscope.knowledge.indicators import indicators as compute_indicators
    from allyscope.outputs_io import atomic_path
    from allyscope.reporting.charts import write_chart
    from allyscope.store import Store

    with Store(db, readonly=True) as store, atomic_path(out) as tmp:
        write_chart(name, compute_indicators(store.conn, sqlite_file(store.path)), compute_ladders(store.conn), tmp)
    click.echo(f"wrote {out}", err=True)
