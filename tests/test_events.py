"""Events: extraction of the reference article scored against the hand annotation, with floors that only rise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import LAYOUTS

from allyscope import parse_text
from allyscope.cli import main
from allyscope.events import extract_events, sentences

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(BASELINE["documents"]))
def test_quality_gate(name: str) -> None:
    entry = BASELINE["documents"][name]
    root = Path(__file__).parent.parent
    source = (root / entry["file"]).resolve()
    if not source.exists():
        pytest.skip(f"{source} is absent (shared corpus not beside the repository)")
    result = CliRunner().invoke(main, ["evaluate", str(source), "--gold", str(root / entry["gold"]), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    for category, floors in entry["floors"].items():
        for measure, floor in floors.items():
            assert scores[category][measure] >= floor, (name, category, measure, scores[category][measure])


def test_extract_json_shape(article_path: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(article_path), "--json"])
    data = json.loads(result.stdout)
    assert set(data) == {"document", "entities", "events", "warnings"}
    event = data["events"][0]
    for key in (
        "id",
        "date",
        "date_precision",
        "date_text",
        "actors",
        "roles",
        "type",
        "cameo",
        "domain",
        "mode",
        "summary",
        "evidence",
    ):
        assert key in event
    assert set(event["evidence"]) == {"doc", "start", "end", "text", "footnotes"}
    text = data["document"]["text"]
    for e in data["events"]:
        assert text[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]
        assert e["date_text"] in e["evidence"]["text"]
    entity = next(e for e in data["entities"] if e["id"] == "person:kishida")
    assert entity["name"] == "Fumio Kishida" and "岸田文雄" in entity["aliases"]["zh"]


def test_sentences_do_not_split_inside_quotes() -> None:
    text = "他称“第一句。第二句。”[1]随后离开。"
    spans = sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["他称“第一句。第二句。”[1]", "随后离开。"]


def test_coordinated_dates_share_their_clause_and_modes() -> None:
    doc = parse_text(
        "测试标题\n\n一、正文\n\n"
        "2022 年 4 月和 6 月，日本外相与首相先后参加北约会议。2023 年，双方计划于次年签署新文件。\n"
    )
    events = extract_events(doc, "t")
    assert [e.date for e in events[:2]] == ["2022-04", "2022-06"]
    assert "NATO" in events[0].actors and events[0].actors == events[1].actors
    planned = [e for e in events if e.date == "2023"]
    assert planned and planned[0].mode == "planned"


def test_context_events_are_marked(tmp_path: Path) -> None:
    doc = parse_text("测试标题\n\n一、正文\n\n2023 年 4 月，芬兰加入北约。2023 年 7 月，日本与北约签署新的合作计划。\n")
    domains = {e.date: e.domain for e in extract_events(doc, "t")}
    assert domains == {"2023-04": "context", "2023-07": "institutional"}


def test_evaluate_rejects_a_bad_annotation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(LAYOUTS / "zh_zhu_pages.txt"), "--gold", str(bad)])
    assert result.exit_code == 2 and "not a JSON annotation" in result.stderr


def test_ingest_stores_events_and_queries_them(article_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "kb.db")
    assert runner.invoke(main, ["ingest", "--db", db, str(article_path)]).exit_code == 0
    rows = json.loads(runner.invoke(main, ["events", "--db", db, "--json"]).stdout)
    assert len(rows) >= 55 and all(r["status"] == "candidate" for r in rows)
    keys = [r["date"].split("/")[0].replace("X", "0") for r in rows]
    assert keys == sorted(keys)
    kishida = json.loads(
        runner.invoke(
            main, ["events", "--db", db, "--actor", "岸田文雄", "--from", "2022", "--to", "2022", "--json"]
        ).stdout
    )
    assert kishida and all(r["date"].startswith("2022") and "person:kishida" in r["actors"] for r in kishida)
    exercises = runner.invoke(main, ["events", "--db", db, "--domain", "military-exercise", "--csv"]).stdout
    lines = exercises.strip().splitlines()
    assert lines[0].startswith("id,kind,status,date,") and len(lines) == 6
    profile = json.loads(runner.invoke(main, ["entity", "--db", db, "ストルテンベルグ", "--json"]).stdout)
    assert profile["id"] == "person:stoltenberg" and profile["mentions"][0]["count"] >= 4 and profile["events"]
    missing = runner.invoke(main, ["entity", "--db", db, "Nobody At All"])
    assert missing.exit_code == 2 and "no entity" in missing.stderr
