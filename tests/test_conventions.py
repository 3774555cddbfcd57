"""Conventions users already know: `-` is standard input wherever a FILE is taken, `--out -` standard output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from allyscope.cli import main

DOCUMENT = Path(__file__).parent / "events" / "en_partnership.txt"
GOLD = Path(__file__).parent / "gold"


@pytest.mark.parametrize(
    "args",
    [["parse", "-", "--json"], ["extract", "-", "--json"], ["refs", "-", "--format", "csl-json"]],
)
def test_dash_reads_standard_input(args: list[str]) -> None:
    data = DOCUMENT.read_bytes()
    from_stdin = CliRunner().invoke(main, args, input=data)
    from_file = CliRunner().invoke(main, [str(DOCUMENT) if a == "-" else a for a in args])
    assert from_stdin.exit_code == 0, from_stdin.output
    assert from_stdin.stdout.replace("<stdin>", str(DOCUMENT)) == from_file.stdout


def test_ingest_and_evaluate_read_standard_input(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.db")
    stored = CliRunner().invoke(main, ["ingest", "--db", db, "-"], input=DOCUMENT.read_bytes())
    assert stored.exit_code == 0 and "<stdin>" in stored.stdout
    docs = json.loads(CliRunner().invoke(main, ["docs", "--db", db, "--json"]).stdout)
    assert [d["source"] for d in docs] == ["<stdin>"]
    gold = next(GOLD.glob("*.annotation.json"))
    scored = CliRunner().invoke(main, ["evaluate", "-", "--gold", str(gold), "--json"], input=b"")
    assert scored.exit_code == 2 and "<stdin>" in scored.stderr  # an empty input is refused by name


@pytest.mark.parametrize(("command", "extra"), [("export", ["--format", "json"]), ("report", ["--format", "md"])])
def test_out_dash_is_standard_output(
    tmp_path: Path, command: str, extra: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "kb.db")
    assert CliRunner().invoke(main, ["init", "--db", db]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [command, "--db", db, *extra, "--out", "-"])
    assert result.exit_code == 0 and result.stdout and not (tmp_path / "-").exists()


def test_the_database_opens_in_sqlite_utils_as_it_is(tmp_path: Path) -> None:
    """README says the database opens in sqlite-utils (and datasette, built on the same reading) unchanged."""
    import sqlite_utils

    db = tmp_path / "kb.db"
    assert CliRunner().invoke(main, ["init", "--db", str(db), "--with", str(DOCUMENT)]).exit_code == 0
    before = db.read_bytes()
    database = sqlite_utils.Database(db)
    names = set(database.table_names())
    assert {"documents", "events", "facts", "fact_sources", "fact_evidence", "sources", "decisions"} <= names
    facts = database["facts"]
    assert isinstance(facts, sqlite_utils.db.Table) and facts.count == len(
        json.loads(CliRunner().invoke(main, ["timeline", "--db", str(db), "--json"]).stdout)
    )
    rows = list(database.query("SELECT id, cameo FROM facts WHERE cameo = '040'"))
    assert rows and all(r["cameo"] == "040" for r in rows)
    assert list(database.query("SELECT rowid FROM fact_search_trigram WHERE fact_search_trigram MATCH 'Kishida'"))
    database.close()
    assert db.read_bytes() == before  # reading changed nothing


def test_standard_input_over_the_size_limit_is_refused_with_one_line() -> None:
    """Standard input has no size to check beforehand: it is read up to the limit and refused past it (issue 16)."""
    big = "安全保障協力。\n" * 60_000  # about 1.3 MB
    result = CliRunner().invoke(main, ["parse", "-", "--max-size", "1M"], input=big.encode("utf-8"))
    assert result.exit_code == 2
    assert "<stdin>" in result.output and "size limit of 1.0 MB" in result.output
    small = CliRunner().invoke(main, ["parse", "-", "--max-size", "1M"], input="安全保障協力。\n".encode())
    assert small.exit_code == 0, small.output


def test_a_long_file_reports_each_stage_on_standard_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Progress on long files (issue 16): one line per stage on stderr, stdout untouched; short files stay quiet."""
    import allyscope.limits

    document = tmp_path / "long.txt"
    document.write_text("一、前言\n\n2023年7月12日，两国领导人举行会谈。\n" * 50, "utf-8")
    quiet = CliRunner().invoke(main, ["parse", str(document), "--json"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    monkeypatch.setattr(allyscope.limits, "LONG_FILE", 100)
    for command in (["parse", str(document), "--json"], ["extract", str(document), "--json"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0, result.output
        stages = [line.split(": ")[-1].split(" done")[0] for line in result.stderr.splitlines()]
        assert stages[:2] == ["read", "repair_layout"] and "references" in stages
        assert ("events" in stages) == (command[0] == "extract")
        json.loads(result.stdout)  # the JSON on stdout is whole
