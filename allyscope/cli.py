"""The `allyscope` command: each command opens what it needs, calls the library, and prints.

Every failure is one line on stderr, `allyscope: error: …` (with --json: `{"error": {"code", "message"}}`),
never a traceback. Exit status 2: the command or its input is for the user to fix (bad options or files, a
missing output folder, a database that is read-only or not ours); 1: the work failed on the way (the database
stayed locked past --wait, the disk filled up, anything unexpected). Commands that only read open the
database read-only. Heavy modules are imported inside the commands so that `allyscope --help` starts fast.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from allyscope import vocabulary
from allyscope.errors import AllyscopeError
from allyscope.outputs.filters import Filter, record_filters

F = TypeVar("F", bound=Callable[..., Any])

DOMAINS = list(vocabulary.DOMAINS)


class DatabaseLocation(click.ParamType):  # type: ignore[type-arg]
    """`--db`: an SQLite file (a path) or a PostgreSQL database (`postgresql://user@host/dbname`)."""

    name = "PATH|URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from allyscope.store.dialect import is_url, location

        if isinstance(value, Path) or is_url(value):
            return location(value)
        path = Path(value)
        if path.is_dir():
            self.fail(f"{value}: is a folder, not a database file", param, ctx)
        return path


db_option = click.option(
    "--db",
    "db",
    type=DatabaseLocation(),
    default=None,
    help="The store: an SQLite file, or a postgresql://user@host/dbname URL "
    "(default: $ALLYSCOPE_DB, else ./allyscope.db).",
)


def _errors(func: F) -> F:
    """Turn every failure of the command into one line (JSON with --json) and its exit status."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            raise click.exceptions.Abort() from None
        except BrokenPipeError:  # `allyscope text DOC | head`: the reader has all it wants
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except Exception as exc:
            if os.environ.get("ALLYSCOPE_DEBUG") and not isinstance(exc, AllyscopeError):
                raise
            code, message, status = describe_failure(exc, _db_of(kwargs))
            fail(code, message, status, as_json=bool(kwargs.get("as_json")))

    return wrapper  # type: ignore[return-value]


def _db_of(kwargs: dict[str, Any]) -> str | None:
    """The database a command works on, when it has a --db option."""
    if "db" not in kwargs:
        return None
    from allyscope.store.database import default_db_path

    return str(default_db_path(kwargs["db"]))


def describe_failure(exc: BaseException, db: str | None = None) -> tuple[str, str, int]:
    """`(code, one-line message, exit status)` of an exception that ends a command (`db`: its database)."""
    if isinstance(exc, AllyscopeError):
        return exc.code, _one_line(str(exc)), exc.exit_status
    if isinstance(exc, sqlite3.Error):
        text = str(exc)
        lowered = text.lower()
        where = f"{db}: " if db else ""
        if "locked" in lowered or "busy" in lowered:
            return "locked", f"{where}the database is locked by another program ({text})", 1
        if "readonly" in lowered or "read-only" in lowered:
            return "read-only-database", f"{where}the database cannot be written ({text})", 2
        if "full" in lowered:
            return "disk-full", f"{where}the disk is full; the last change was rolled back ({text})", 1
        return "database", f"{where}database error: {text}", 1
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "disk-full", f"{where}the disk is full", 1
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EROFS, errno.EISDIR):
            return "bad-path", f"{where}{exc.strerror}", 2
        return "os-error", f"{where}{exc.strerror or exc}", 1
    if isinstance(exc, MemoryError):
        return "out-of-memory", "out of memory (try a smaller file, or fewer --jobs)", 1
    return "internal", _one_line(f"unexpected {type(exc).__name__}: {exc} (ALLYSCOPE_DEBUG=1 shows where)"), 1


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "failed"


def fail(code: str, message: str, status: int, *, as_json: bool = False) -> None:
    """Print one error line (or one JSON object) on stderr and exit with `status`."""
    if as_json:
        click.echo(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False), err=True)
    else:
        click.echo(f"allyscope: error: {message}", err=True)
    sys.exit(status)


def _set_wait(ctx: click.Context, param: click.Parameter, value: float | None) -> None:
    from allyscope.store.connection import set_lock_wait

    set_lock_wait(value)


def _set_max_size(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    from allyscope.limits import parse_size, set_max_size

    try:
        set_max_size(parse_size(value) if value is not None else None)
    except AllyscopeError as exc:
        raise click.BadParameter(str(exc)) from None


wait_option = click.option(
    "--wait",
    type=click.FloatRange(0),
    default=None,
    expose_value=False,
    callback=_set_wait,
    metavar="SECONDS",
    help="How long to wait while another command writes to the database "
    "(default: $ALLYSCOPE_WAIT, else 60); then stop with one line.",
)

max_size_option = click.option(
    "--max-size",
    default=None,
    expose_value=False,
    callback=_set_max_size,
    metavar="SIZE",
    help="Refuse files larger than SIZE (bytes, or with K, M, G; 0: no limit; default: $ALLYSCOPE_MAX_SIZE, else 20M).",
)


def _parse_file(path: str | Path, encoding: str | None = None) -> Any:
    """Parse a file (or URL, or `-`) after checking it is within the size limit."""
    from allyscope.limits import check_size, progress_for
    from allyscope.pipeline import parse as run_parse

    check_size(path)
    return run_parse(path, encoding, progress_for(path))


def _write_output(out: Path, text: str) -> None:
    from allyscope import outputs_io

    outputs_io.write_text_atomic(out, text, newline="")


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="allyscope")
def main() -> None:
    """allyscope: turn documents on international security relations into an evidence-linked knowledge base.

    Example: allyscope parse article.txt --json
    """
    from allyscope.terminal import protect_streams

    protect_streams()


encoding_option = click.option(
    "--encoding",
    "encoding",
    default=None,
    metavar="NAME",
    help="Encoding of text files (cp1252, gb18030, shift_jis, …) instead of detecting it.",
)


@main.command()
@click.argument("file")
@click.option("--json", "as_json", is_flag=True, help="Print the structured document as JSON.")
@max_size_option
@encoding_option
@_errors
def parse(file: str, as_json: bool, encoding: str | None) -> None:
    """Parse FILE (text, PDF, HTML, Word, or an http(s) URL) and print it, without storing anything.

    The kind of file is read from its content, not its name.

    Example: allyscope parse ../shared/corpus/000_c16b8f8118fbe296.txt --json
    """
    from allyscope.render import outline
    from allyscope.serialize import document_json

    data = document_json(_parse_file(file, encoding))
    if as_json:
        _print_json(data)
    else:
        click.echo(outline(data), nl=False)


@main.command()
@click.argument("files", nargs=-1, required=True)
@db_option
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes for parsing (default: one per core when there are many files).",
)
@click.option(
    "--keep-going",
    is_flag=True,
    help="Store the good files even when some cannot be read (exit status is still 2).",
)
@click.option("--json", "as_json", is_flag=True, help="Print what was stored as JSON.")
@max_size_option
@wait_option
@click.option("--glob", "glob", default=None, metavar="PATTERN", help="In folders, only files matching PATTERN.")
@encoding_option
@click.option(
    "--to-parquet",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="OUTDIR",
    help="Write Parquet partitions of the rows to OUTDIR (for DuckDB, pandas, Spark) instead of storing them.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    help="dask: parse on Dask workers into Parquet partitions, then bulk-load them (needs allyscope[scale]).",
)
@click.option(
    "--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler (default: a local 2-worker cluster)."
)
@click.option(
    "--nice",
    type=click.IntRange(0, 19),
    default=None,
    metavar="N",
    help="Parse at CPU niceness N so that readers of the database go first "
    "(default: $ALLYSCOPE_NICE, else 10; 0 keeps the current priority).",
)
@_errors
def ingest(
    files: tuple[str, ...],
    db: Path | None,
    jobs: int | None,
    keep_going: bool,
    as_json: bool,
    glob: str | None,
    encoding: str | None,
    to_parquet: Path | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    nice: int | None = None,
) -> None:
    """Parse FILES and store them; the same content is stored once.

    FILES are text, PDF, HTML or Word files (told apart by content), folders (read recursively; --glob picks
    files in them) or http(s) URLs. Every file is parsed first: if one cannot be read, its problem is printed
    and nothing is stored (unless --keep-going, which stores the others). Then documents are written in short
    transactions, each whole with its recorded review decisions applied, so other commands can write between.

    Example: allyscope ingest --db kb.db ../shared/corpus/ --glob '*.txt'
    """
    from allyscope.errors import InputError
    from allyscope.ingest import ingest_files
    from allyscope.priority import wanted_niceness
    from allyscope.sources.discover import expand

    niceness = wanted_niceness(nice)  # the parsing's; the writing keeps the caller's priority
    targets = expand(list(files), glob)
    for passed in targets.passed_over:
        click.echo(f"skipped  {passed}  (not a PDF, Word, HTML or text file)", err=True)
    for empty in targets.empty:
        click.echo(f"skipped  {empty}  (empty file)", err=True)
    empties = f"{len(targets.empty)} empty file{'s' if len(targets.empty) > 1 else ''} skipped"
    if targets.empty:
        click.echo(empties, err=True)
    if not targets.items:
        raise InputError(", ".join(files), "no documents to ingest there" + (f" ({empties})" if targets.empty else ""))
    if to_parquet is not None or engine == "dask" or scheduler is not None:
        from allyscope.priority import lower_priority
        from allyscope.scale.command import ingest_scaled  # docs/scaling.md

        lower_priority(niceness)  # the whole process: its workers (Dask's or ours) inherit it
        report = ingest_scaled(
            targets.items,
            db,
            engine="dask" if scheduler else engine,
            scheduler=scheduler,
            to_parquet=to_parquet,
            jobs=jobs,
            keep_going=keep_going,
            encoding=encoding,
        )
    else:
        report = ingest_files(
            targets.items,
            db,
            jobs=jobs,
            keep_going=keep_going,
            progress=len(targets.items) >= 20,
            encoding=encoding,
            niceness=niceness,
        )
    if report.failed and as_json:
        what = "stored the others" if keep_going else "nothing stored"
        message = f"{len(report.failed)} of {len(targets.items)} files could not be read; {what}"
        error = {"code": "bad-input", "message": message, "files": report.failed}
        click.echo(json.dumps({"error": error}, ensure_ascii=False), err=True)
    elif report.failed:
        for problem in report.failed:
            click.echo(f"allyscope: error: {_one_line(problem)}", err=True)
    if as_json:
        _print_json(report.as_json())
    else:
        for item in report.stored:
            click.echo(f"{'written' if to_parquet else 'stored '}  {item['id']}  {item['source']}")
        for item in report.skipped:
            click.echo(f"present  {item['id']}  {item['source']}")
        if report.failed and not keep_going:
            click.echo("nothing stored: fix or leave out the files above (or use --keep-going)", err=True)
    if report.stored and to_parquet is None:
        from allyscope.knowledge.review import orphan_count

        lost = orphan_count(db, [item["id"] for item in report.stored])
        if lost:
            click.echo(f"{lost} review decisions could not be re-anchored: allyscope review --orphans", err=True)
    if report.failed:
        sys.exit(2)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@_errors
def docs(db: Path | None, as_json: bool) -> None:
    """List the documents in the store.

    Example: allyscope docs --db kb.db
    """
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        rows = store.documents()
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        click.echo(f"{row['id']}  {row['language']:3}  {row['footnotes']:3} notes  {row['title']}  ({row['source']})")


@main.command()
@click.argument("doc")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the whole structured document as JSON.")
@max_size_option
@_errors
def show(doc: str, db: Path | None, as_json: bool) -> None:
    """Show one stored document: DOC is an id (or its start), a file name or a source path.

    A DOC the store does not hold but that is a file is parsed and shown without being stored.

    Example: allyscope show 3f2a9c --json
    """
    from allyscope.render import outline

    data = _stored_or_parsed(doc, db)
    if as_json:
        _print_json(data)
    else:
        click.echo(outline(data), nl=False)


@main.command()
@click.argument("doc")
@db_option
@wait_option
@_errors
def remove(doc: str, db: Path | None) -> None:
    """Remove a stored document with its events and evidence; review decisions are kept for when it returns.

    Facts accepted from this document alone go with it; case facts lose only its evidence.

    Example: allyscope remove 599928ad
    """
    from allyscope.store import Store

    with Store(db, create=False) as store:
        click.echo(f"removed {store.remove(doc)}")


@main.command()
@click.argument("doc")
@db_option
@max_size_option
@_errors
def text(doc: str, db: Path | None) -> None:
    """Print the clean body of a stored document (or of a file, parsed now) with its headings, then its notes.

    Example: allyscope text 3f2a9c | less
    """
    from allyscope.render import readable_text

    click.echo(readable_text(_stored_or_parsed(doc, db)), nl=False)


@main.command()
@click.argument("source")
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csl-json", "bibtex", "ris", "text"]),
    default="text",
    show_default=True,
    help="Output format of the bibliography.",
)
@max_size_option
@_errors
def refs(source: str, db: Path | None, fmt: str) -> None:
    """Print the bibliography of SOURCE: a file (parsed now) or a stored document (id, name or path).

    Every note is parsed into CSL-JSON; a work cited in several notes appears once, with the notes citing it.

    Example: allyscope refs ../shared/corpus/000_c16b8f8118fbe296.txt --format bibtex
    """
    from allyscope.references.export import FORMATS

    data = _document_data(source, db)
    items = data.get("references", [])
    if fmt == "csl-json":
        _print_json([{k: v for k, v in item.items() if k != "cited_by"} for item in items])
        return
    writer = FORMATS[fmt]
    assert writer is not None
    click.echo(writer(items), nl=False)


@main.command()
@click.argument("file")
@click.option("--json", "as_json", is_flag=True, help="Print document, entities and events as JSON.")
@max_size_option
@encoding_option
@_errors
def extract(file: str, as_json: bool, encoding: str | None) -> None:
    """Extract the dated events of FILE, each with its actors, type, domain and evidence sentence.

    Without --json, prints one line per event: date, domain, type, actors, and the start of its sentence.

    Example: allyscope extract ../shared/corpus/000_c16b8f8118fbe296.txt --json
    """
    from allyscope.extraction import extract_json
    from allyscope.limits import check_size, progress_for

    check_size(file)
    data = extract_json(file, encoding=encoding, progress=progress_for(file))
    if as_json:
        _print_json(data)
        return
    names = {e["id"]: e["name"] for e in data["entities"]}
    for event in data["events"]:
        actors = ", ".join(names.get(a, a) for a in event["actors"])
        sentence = event["evidence"]["text"][:40]
        click.echo(f"{event['date']:<12} {event['domain']:<25} {event['type']:<9} {actors}  |  {sentence}")


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--gold",
    "gold",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="Annotation file in the format of shared/eval/FORMAT.md.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@max_size_option
@_errors
def evaluate(file: Path, gold: Path, as_json: bool) -> None:
    """Score extraction from FILE against an annotation: precision, recall and F1 per category.

    Example: allyscope evaluate article.txt --gold tests/gold/reference_article.annotation.json
    """
    from allyscope.errors import InputError
    from allyscope.evaluate import evaluate as run_evaluate
    from allyscope.extraction import extract_json
    from allyscope.limits import check_size, progress_for

    check_size(file)
    try:
        annotation = json.loads(gold.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(gold), f"not a JSON annotation ({exc})") from exc
    data = extract_json(file, progress=progress_for(file))
    scores = run_evaluate(data["document"], data["events"], annotation)
    if as_json:
        _print_json(scores)
        return
    for category, score in scores.items():
        line = f"{category:<10} P {score['precision']:.3f}  R {score['recall']:.3f}  F1 {score['f1']:.3f}"
        line += f"  ({score['matched']}/{score['annotated']} annotated, {score['predicted']} predicted)"
        if category == "events":
            line += f"  actors {score['actors_agree']:.3f}  domain {score['domain_agree']:.3f}"
        click.echo(line)


def _emit(text: str, out: Path | None) -> bool:
    """Print `text`, or write it to `out` (`-` is standard output); True when it went to a file."""
    from allyscope.outputs.writing import is_stdout

    if is_stdout(out):
        click.echo(text, nl=False)
        return False
    assert out is not None
    _write_output(out, text)  # atomic; a full disk is exit 1, a missing folder exit 2
    return True


out_option = click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Write to FILE (written whole or not at all); - or no --out: standard output.",
)


@main.command()
@db_option
@record_filters(("pending", "accepted", "merged"))
@click.option("--json", "as_json", is_flag=True, help="Print the events as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the events as CSV (the columns of export --format csv).")
@_errors
def events(db: Path | None, flt: Filter, as_json: bool, as_csv: bool) -> None:
    """List stored events (extracted candidates, in date order), each with the sentence behind it.

    Rejected candidates are left out unless asked for (--status rejected, or --status all).

    Example: allyscope events --actor person:kishida --from 2022 --domain political-dialogue
    """
    from allyscope.outputs.filters import candidate_records, select_events
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        if as_csv:
            from allyscope.outputs.tabular import to_csv

            click.echo(to_csv(candidate_records(store.conn, flt)), nl=False)
            return
        rows = [event | {"status": status} for event, status, _ in select_events(store.conn, flt)]
    if as_json:
        _print_json(rows)
        return
    from allyscope.outputs.safety import terminal_text

    for event in rows:
        shown = "" if event["status"] == "candidate" else f" [{event['status']}]"
        summary = terminal_text(event["summary"])
        click.echo(f"{event['date']:<12} {event['domain']:<25} {event['type']:<9} {summary}{shown}")
        click.echo(f"{'':<12} {terminal_text(event['evidence']['text'][:70])}")


@main.command()
@click.argument("ident")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
@click.option("--merge-into", "merge_into", metavar="OTHER", help="Record that IDENT is the same actor as OTHER.")
@click.option("--unmerge", is_flag=True, help="Undo the merge of IDENT (the history keeps both steps).")
@click.option("--by", help="Who merges (default: $ALLYSCOPE_USER, else your login name).")
@wait_option
@_errors
def entity(ident: str, db: Path | None, as_json: bool, merge_into: str | None, unmerge: bool, by: str | None) -> None:
    """Show an entity: names in every language, mentions, events, facts, roles, agreements and merges.

    IDENT is an id (JP, NATO, person:kishida) or any name or alias (岸田文雄, ストルテンベルグ).
    With --merge-into OTHER, records that both name one real actor (queries of either find both);
    --unmerge undoes it.

    Example: allyscope entity 斯托尔滕贝格
    """
    from allyscope.cli_knowledge import reviewer
    from allyscope.entities import resolve_entity
    from allyscope.store import Store

    with Store(db, create=False, readonly=not (merge_into or unmerge)) as store:
        if merge_into or unmerge:
            done = (
                store.merge_entity(resolve_entity(ident), resolve_entity(merge_into), reviewer(by))
                if merge_into
                else store.unmerge_entity(resolve_entity(ident), reviewer(by))
            )
            _print_json(done) if as_json else click.echo(" ".join(f"{k}={v}" for k, v in done.items()))
            return
        profile = store.entity_profile(resolve_entity(ident))
    if as_json:
        _print_json(profile)
        return
    click.echo(
        f"{profile['id']}  {profile['name']}  ({profile['type']}{', ' + profile['qid'] if profile.get('qid') else ''})"
    )
    for language, names in profile.get("aliases", {}).items():
        if names:
            click.echo(f"  {language:8} {', '.join(names)}")
    for m in profile["mentions"]:
        click.echo(f"  mentioned {m['count']} times in {m['doc']}  {m['title']}")
    if profile["merged"]:
        click.echo(f"  also known as (merged): {', '.join(profile['merged'])}")
    if profile["canonical"] != profile["id"]:
        click.echo(f"  merged into {profile['canonical']}")
    for role, count in profile["fact_roles"].items():
        click.echo(f"  {role} in {count} facts")
    for a in profile["agreements"]:
        click.echo(f"  party to {a['id']} (signed {a.get('signed')})")
    for f in profile["facts"]:
        click.echo(f"  fact  {f['date_readable']:<20} {f['domain']:<25} {f['summary']}")
    for e in profile["events"]:
        click.echo(f"  event {e['date']:<20} {e['domain']:<25} {e['summary']}")


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Most hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON.")
@_errors
def search(query: str, db: Path | None, limit: int, as_json: bool) -> None:
    """Full-text search of reviewed facts and of stored documents (paragraphs, headings, notes), any script.

    Two-character Chinese queries (北约, 岸田) work: they have an index of their own. A fact matches by its
    summary, the names of its entities in every language, and its evidence sentences. Facts come first.

    Example: allyscope search 北约
    """
    from allyscope.store import Store

    with Store(db, readonly=True) as store:
        facts = store.search_facts(query, limit)
        hits = store.search(query, limit)
    rows = [{"fact": f["id"], "kind": "fact", "date": f["date"], "summary": f["summary"]} for f in facts] + hits
    if as_json:
        _print_json(rows)
        return
    for f in facts:
        click.echo(f"{f['id']}  fact       {f['date_readable']}: {f['summary']}")
    for hit in hits:
        click.echo(f"{hit['doc']}  {hit['kind']:<9}  …{hit['snippet']}…")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "graphml", "gexf", "timelinejs", "plover", "jsonld", "vis"]),
    required=True,
    help="csv (with a datapackage.json beside a file), json, graphml, gexf (Gephi, dynamic), timelinejs "
    "(TimelineJS 3), plover (one PLOVER record per line), jsonld (schema.org and PROV-O), vis (vis-timeline).",
)
@db_option
@record_filters(("accepted", "pending"))
@out_option
@click.option(
    "--facts", "facts", is_flag=True, help="Export the knowledge base (reviewed facts, and candidates still pending)."
)
@click.option("--bom", is_flag=True, help="CSV: start with a byte-order mark (Excel in Chinese or Japanese locales).")
@click.option(
    "--base-iri",
    default=None,
    metavar="IRI",
    help="JSON-LD: the base of every IRI minted for records, entities and documents (default: https://allyscope.invalid/).",
)
@_errors
def export(
    fmt: str, db: Path | None, flt: Filter, out: Path | None, facts: bool, bom: bool, base_iri: str | None
) -> None:
    """Export stored events — or, with --facts, the knowledge base — with every source and evidence sentence.

    Every record says its status: facts are accepted; candidates are pending, accepted, merged or rejected.
    By default accepted and pending ones are written, rejected ones only with --status rejected (or all);
    with --facts, candidates already accepted or merged appear as their facts.

    Example: allyscope export --facts --format graphml --out relations.graphml
    """
    from allyscope.exports import Options
    from allyscope.exports import export as render
    from allyscope.outputs.filters import candidate_records, knowledge_records
    from allyscope.store import Store

    if not facts and "accepted" in flt.statuses:  # an extracted event accepted or merged is 'accepted' here too
        flt = replace(flt, statuses=flt.statuses | {"merged"})
    with Store(db, readonly=True) as store:
        records = knowledge_records(store.conn, flt) if facts else candidate_records(store.conn, flt)
        title = _case_title(store.conn)
    options = Options(title=title, bom=bom, **({"base_iri": base_iri} if base_iri else {}))
    text = render(records, fmt, options)
    if _emit(text, out):
        what = f"wrote {len(records)} records to {out}"
        if fmt == "csv":
            from allyscope.outputs.tabular import datapackage
            from allyscope.outputs.writing import write_output

            assert out is not None
            sidecar = out.with_name(out.stem + ".datapackage.json")
            write_output(sidecar, json.dumps(datapackage(out.name, bom=bom), ensure_ascii=False, indent=2) + "\n")
            what += f" (types in {sidecar})"
        click.echo(what, err=True)


def _case_title(conn: Any) -> str:
    from allyscope.knowledge.case import headline

    return str(headline(conn)["title"])


def _stored_or_parsed(doc: str, db: Path | None) -> dict[str, Any]:
    """The stored document `doc` names; failing that, when `doc` is a file, the file parsed now."""
    from allyscope.errors import NotFoundError, StoreError
    from allyscope.store import Store

    try:
        with Store(db, readonly=True) as store:
            return store.document_json(doc)
    except (NotFoundError, StoreError):
        if Path(doc).is_file():
            from allyscope.serialize import document_json

            return document_json(_parse_file(doc))
        raise


def _document_data(source: str, db: Path | None) -> dict[str, Any]:
    """A file that exists (or `-`, standard input) is parsed; anything else is looked up in the store, and when
    the store does not hold it either, the message says the file is missing (the name looks like a file) or what
    is wrong."""
    from allyscope.errors import InputError, NotFoundError, StoreError
    from allyscope.serialize import document_json

    if source == "-" or Path(source).is_file():
        return document_json(_parse_file(source))
    from allyscope.store import Store

    try:
        with Store(db, readonly=True) as store:
            return store.document_json(source)
    except (NotFoundError, StoreError) as exc:
        if Path(source).is_dir():
            raise InputError(source, "is a folder, not a file") from exc
        if _looks_like_a_path(source):
            raise InputError(source, "no such file") from exc
        if isinstance(exc, StoreError):
            raise InputError(source, f"no such file, and no stored document to look it up in ({exc})") from exc
        raise


def _looks_like_a_path(text: str) -> bool:
    return os.sep in text or "/" in text or bool(Path(text).suffix)


from allyscope import cli_knowledge, cli_store, cli_web  # noqa: E402,F401  (register init, timeline, review, …, copy, serve)

if __name__ == "__main__":
    main()
