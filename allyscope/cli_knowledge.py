"""Commands of the knowledge base: init, timeline, review, obligations (registered on the `allyscope` group)."""

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
def init(db: Path | None, files: tuple[Path, ...], as_json: bool) -> None:
    """Create the database, load the Japan–NATO case, and ingest the documents given with --with.

    Review decisions shipped with the case are replayed on those documents, so `allyscope timeline`
    shows the reviewed chronology at once. Running init again updates the case and keeps your reviews.
    Files are parsed first; then documents, case and replay are written in one transaction (all or nothing).

    Example: allyscope init --with ../shared/corpus/000_c16b8f8118fbe296.txt
    """
    from allyscope.errors import InputError
    from allyscope.ingest import IngestReport, parse_files, write_parsed
    from allyscope.store import Store

    started = time.perf_counter()
    report = IngestReport()
    parsed = parse_files(list(files), report)
    if report.failed:
        raise InputError("; ".join(report.failed), "nothing was stored")
    with Store(db) as store:
        with store.transaction():
            write_parsed(store, parsed, report)
            counts: dict[str, Any] = store.load_case()
        counts["documents"] = len(report.stored) + len(report.skipped)
        counts["facts_total"] = store.fact_count()
        counts["db"] = str(store.path)
    counts["seconds"] = round(time.perf_counter() - started, 2)
    if as_json:
        _print_json(counts)
        return
    click.echo(
        f"{counts['db']}: case loaded ({counts['facts']} facts, {counts['sources']} sources, "
        f"{counts['agreements']} agreements), {counts['documents']} documents ingested, "
        f"{counts['facts_total']} facts in all ({counts['seconds']} s). Next: allyscope timeline"
    )


@main.command()
@db_option
@record_filters(("accepted",))
@click.option("--json", "as_json", is_flag=True, help="Print the facts as JSON, with sources and evidence.")
@_errors
def timeline(db: Path | None, flt: Filter, as_json: bool) -> None:
    """The reviewed chronology, one fact per line; imprecise dates are shown as such (Jul 2023, 1990s).

    Candidates still pending or rejected are added only when asked for (--status pending, --status all).

    Example: allyscope timeline --from 2022 --domain political-dialogue --limit 10
    """
    from allyscope.outputs.filters import knowledge_records, select_facts
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
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
        click.echo("the knowledge base is empty: `allyscope init` loads the case", err=True)


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
@click.option("--history", is_flag=True, help="Show every decision taken on CANDIDATE.")
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
    history: bool,
    export_to: Path | None,
    import_from: Path | None,
    interactive: bool | None,
    as_json: bool,
) -> None:
    """Turn extracted candidates into reviewed facts: accept, merge into a fact, edit, or reject.

    Without CANDIDATE, lists pending candidates, each beside its evidence sentence and the facts it may
    duplicate; in a terminal it then asks for a decision on each. With CANDIDATE and one of --accept,
    --merge FACT, --edit FIELD=VALUE or --reject, records that decision (who and when) and applies it.

    Example: allyscope review 599928ad326052ad:975-1045:2006 --merge jn-2006-05-04-aso-nac
    """
    from allyscope.knowledge.review import candidates, decide, decision_history
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
@click.argument("first")
@click.argument("second")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the answer with every agreement and clause as JSON.")
@_errors
def obligations(first: str, second: str, db: Path | None, as_json: bool) -> None:
    """Is it an alliance? The obligations of every agreement between FIRST and SECOND, in ATOP and COW terms.

    Example: allyscope obligations Japan NATO
    """
    from allyscope.entities import resolve_entity
    from allyscope.knowledge.obligations import obligations as answer
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        result = answer(store.conn, resolve_entity(first), resolve_entity(second))
    if as_json:
        _print_json(result)
        return
    click.echo(f"{' – '.join(result['parties'])}: {result['verdict']}")
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
    "--engine",
    type=click.Choice(["auto", "python", "duckdb"]),
    default="auto",
    show_default=True,
    help="python lists fact ids per cell; duckdb aggregates large sets (auto: above 20,000 facts).",
)
@_errors
def indicators(db: Path | None, as_json: bool, engine: str) -> None:
    """Cooperation by year and domain: number of facts and weighted score, each traceable to its facts.

    Weights (Goldstein values by CAMEO root, level of office, mode) are data: allyscope/data/analysis/weights.json.

    Example: allyscope indicators --json
    """
    from allyscope.knowledge.indicators import indicators as compute
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        result = compute(store.conn, store.path, engine)
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

    Steps are data (allyscope/data/analysis/ladders.json), evaluated against reviewed facts.

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

    Example: allyscope report --out japan-nato.html
    """
    from allyscope.outputs_io import check_output_path
    from allyscope.reporting.report import build, to_html, to_markdown
    from allyscope.store import Store

    if out is not None and str(out) != "-":
        check_output_path(out)
    with Store(db, readonly=True) as store:
        data = build(store.conn, store.path)
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
        write_chart(name, compute_indicators(store.conn, store.path), compute_ladders(store.conn), tmp)
    click.echo(f"wrote {out}", err=True)
