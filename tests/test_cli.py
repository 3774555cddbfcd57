"""The command line: every command, the --db/ALLYSCOPE_DB/default choice, and bad input that changes nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import LAYOUTS

from allyscope.cli import main

GOOD = LAYOUTS / "zh_circled_pages.txt"
OTHER = LAYOUTS / "en_glued_pages.txt"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def digest(path: Path) -> str:
    """What the database holds, independent of page layout: every row of every table."""
    conn = sqlite3.connect(path)
    rows = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        rows += sorted(f"{table}:{r!r}" for r in conn.execute(f'SELECT * FROM "{table}"'))
    conn.close()
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def test_every_command_has_help_with_an_example() -> None:
    for name in main.commands:
        code, out, _ = run(name, "--help")
        assert code == 0 and "Example:" in out, name


def test_parse_json_prints_without_storing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("parse", str(GOOD), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "北约伙伴关系的演变与日本的选择"
    assert data["markers"][0]["footnote"] == data["footnotes"][0]["id"]
    assert not list(tmp_path.iterdir())


def test_ingest_docs_show_text(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    code, out, _ = run("ingest", "--db", str(db), str(GOOD), str(OTHER))
    assert code == 0 and out.count("stored") == 2
    code, out, _ = run("ingest", "--db", str(db), str(GOOD))
    assert code == 0 and "present" in out
    code, out, _ = run("docs", "--db", str(db), "--json")
    rows = json.loads(out)
    assert len(rows) == 2
    ident = next(r["id"] for r in rows if r["language"] == "zh")
    code, out, _ = run("show", "--db", str(db), ident[:6], "--json")
    shown = json.loads(out)
    _, parsed, _ = run("parse", str(GOOD), "--json")
    assert shown == json.loads(parsed) | {"source": shown["source"]}
    code, out, _ = run("show", "--db", str(db), "zh_circled")
    assert code == 0 and "一、 问题的提出" in out
    code, out, _ = run("text", "--db", str(db), ident)
    assert out.index("# 一、问题的提出") < out.index("## （一）早期接触") < out.index("Notes")
    assert "[1] 参见北约官方网站" in out


def test_db_from_environment_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    env_db = tmp_path / "env.db"
    code, _, _ = run("ingest", str(GOOD), env={"ALLYSCOPE_DB": str(env_db)})
    assert code == 0 and env_db.exists() and not (tmp_path / "allyscope.db").exists()
    monkeypatch.delenv("ALLYSCOPE_DB", raising=False)
    code, _, _ = run("ingest", str(GOOD), env={"ALLYSCOPE_DB": ""})
    assert code == 0 and (tmp_path / "allyscope.db").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 10, "binary"),
        (b"NATO \x80\x80\x80 x\xfe", "cannot decode"),
    ],
)
def test_bad_input_changes_nothing(tmp_path: Path, content: bytes, problem: str) -> None:
    db = tmp_path / "kb.db"
    assert run("ingest", "--db", str(db), str(GOOD))[0] == 0
    before = digest(db)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, _, err = run("ingest", "--db", str(db), str(OTHER), str(bad))
    assert code == 2
    lines = [line for line in err.splitlines() if str(bad) in line]
    assert len(lines) == 1 and problem in lines[0]
    assert digest(db) == before
    code, _, err = run("parse", str(bad), "--json")
    assert code == 2 and str(bad) in err and problem in err


def test_keep_going_stores_the_good_files(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    code, out, err = run("ingest", "--db", str(db), "--keep-going", str(OTHER), str(bad))
    assert code == 2 and "stored" in out and "empty" in err
    assert len(json.loads(run("docs", "--db", str(db), "--json")[1])) == 1


def test_unknown_document_and_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    code, _, err = run("show", "--db", str(db), "abc")
    assert code == 2 and "no database" in err and not db.exists()
    run("ingest", "--db", str(db), str(GOOD))
    code, _, err = run("show", "--db", str(db), "ffffffff")
    assert code == 2 and "no document matches" in err


def test_text_and_show_read_a_file_that_is_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    code, out, _ = run("text", "--db", str(db), str(GOOD))
    assert code == 0 and "# 一、问题的提出" in out and not db.exists()
    code, out, _ = run("show", "--db", str(db), str(GOOD), "--json")
    assert code == 0 and json.loads(out)["title"] == "北约伙伴关系的演变与日本的选择"


@pytest.mark.parametrize(
    ("layout", "encoding"),
    [
        ("zh_circled_pages.txt", "gb18030"),
        ("ja_paren_pages.txt", "shift_jis"),
        ("ja_paren_pages.txt", "euc_jp"),
        ("zh_zhu_pages.txt", "utf-16"),
    ],
)
def test_legacy_encodings_end_to_end(tmp_path: Path, layout: str, encoding: str) -> None:
    """A file saved in a legacy encoding parses to the same document as its UTF-8 original, and is stored once."""
    original = LAYOUTS / layout
    copy = tmp_path / f"copy-{encoding}.txt"
    copy.write_bytes(original.read_text("utf-8").encode(encoding))
    _, expected, _ = run("parse", str(original), "--json")
    code, got, _ = run("parse", str(copy), "--json")
    assert code == 0
    a, b = json.loads(expected), json.loads(got)
    assert b["encoding"].replace("_", "-").startswith(encoding.replace("_", "-")[:5])
    for key in ("title", "authors", "text", "headings", "footnotes", "markers"):
        if key == "footnotes":
            assert [f["text"] for f in a[key]] == [f["text"] for f in b[key]]
        else:
            assert a[key] == b[key], key
    db = tmp_path / "kb.db"
    run("ingest", "--db", str(db), str(original), str(copy))
    assert len(json.loads(run("docs", "--db", str(db), "--json")[1])) == 1


def test_traditional_chinese_in_big5(tmp_path: Path) -> None:
    text = (
        "日本與北約的夥伴關係\n\n陳明\n\n一、背景\n\n2014 年，日本與北約簽署國別夥伴合作計畫。①此後雙方合作擴大。\n\n"
        "①　參見北約網站。\n· 3 ·\n"
    )
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    code, out, _ = run("parse", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["encoding"] == "big5" and data["title"] == "日本與北約的夥伴關係"
    assert data["markers"][0]["footnote"] == data["footnotes"][0]["id"]
