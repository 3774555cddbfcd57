"""Full-text search: any query length, Chinese and Japanese included (two-character queries most of all)."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import LAYOUTS
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.cli import main
from allyscope.scripts import to_simplified
from allyscope.store.search import bigrams, match_expression


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The layout documents in an SQLite file, then in a PostgreSQL database: every search test runs on both."""
    if request.param == "sqlite":
        path = str(tmp_path_factory.mktemp("search") / "kb.db")
    else:
        path = str(request.getfixturevalue("pg_database")())
    files = [str(p) for p in sorted(LAYOUTS.glob("*.txt"))]
    assert CliRunner().invoke(main, ["ingest", "--db", path, *files]).exit_code == 0
    return path


def hits(db: str, query: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(main, ["search", "--db", db, query, "--json"])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


@pytest.mark.parametrize("query", ["北约", "日本", "演习", "同上"])
def test_two_character_chinese_queries_find_their_paragraphs(db: str, query: str) -> None:
    found = hits(db, query)  # a traditional-character paragraph (`演習`) is a hit of its simplified query too
    assert found and all(query in to_simplified(str(h["snippet"])) for h in found)


def test_one_pair_index_answers_every_length(db: str) -> None:
    import sqlite3

    if db.startswith("postgresql"):
        pytest.skip("the FTS5 tables are SQLite's (PostgreSQL's index: tests/test_postgres.py)")

    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "search_trigram" not in tables and "search_pairs" in tables
    assert conn.execute("SELECT count(*) FROM search_pairs WHERE search_pairs MATCH '\"北约\"'").fetchone()[0] > 0


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("北约", '"北约"'),
        ("北约伙伴", '"北约" AND "约伙" AND "伙伴"'),
        ("Japan NATO", '"japan" AND "nato"'),
        ("NATO峰会", '"nato" AND "峰会"'),
        ("约", None),
        ("，", None),
    ],
)
def test_match_expressions(query: str, expression: str | None) -> None:
    assert match_expression(query) == expression


def test_prefix_expression_takes_the_last_latin_word() -> None:
    assert match_expression("Japan Stolten", prefix=True) == '"japan" AND "stolten"*'


def test_prefix_and_checked_hits(db: str) -> None:
    found = hits(db, "Vilni")
    assert found and all("vilni" in str(h["snippet"]).lower() for h in found)
    # 北约 and 峰会 may both stand in a paragraph without standing together: every hit holds the query itself
    for hit in hits(db, "北约峰会"):
        assert "北约峰会" in str(hit["snippet"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [("北约伙伴关系", "北约伙伴关系"), ("NATO", "NATO"), ("Vilnius", "Vilnius"), ("協力", "協力"), ("约", "约")],
)
def test_longer_latin_japanese_and_one_character_queries(db: str, query: str, expected: str) -> None:
    found = hits(db, query)
    assert found and all(expected.lower() in str(h["snippet"]).lower() for h in found)


def test_no_hit_and_bad_database(db: str, tmp_path: Path) -> None:
    assert hits(db, "完全没有的词语组合") == []
    result = CliRunner().invoke(main, ["search", "--db", str(tmp_path / "none.db"), "北约"])
    assert result.exit_code == 2 and "no database" in result.stderr


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("日本与北约安全合作 NATOabc,。")), max_size=40))
def test_every_adjacent_cjk_pair_is_a_token(text: str) -> None:
    tokens = set(bigrams(text).split())
    for a, b in pairwise(text):
        if not a.isascii() and not b.isascii() and a.isalnum() and b.isalnum():
            assert a + b in tokens


_WORDS = st.one_of(
    st.text(alphabet=st.sampled_from(list("日本与北约安全合作協力のです")), min_size=1, max_size=6),
    st.text(alphabet=st.sampled_from(list("natoNATOjapanÖöÉéßŌō")), min_size=1, max_size=8),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.data())
def test_a_query_cut_from_a_text_finds_its_tokens_in_any_case(words: list[str], data: st.DataObject) -> None:
    """Whatever part of a text is asked for, in whatever case, every token of its expression is in the index."""
    separators = data.draw(st.lists(st.sampled_from([" ", "，", "、", ", "]), min_size=len(words), max_size=len(words)))
    text = "".join(w + s for w, s in zip(words, separators, strict=True))
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    query = "".join(w + s for w, s in zip(words[first : last + 1], separators[first : last + 1], strict=True))
    asked = data.draw(st.sampled_from([query, query.upper(), query.lower()]))
    expression = match_expression(asked)
    indexed = set(bigrams(text).split())
    if expression is None:
        return
    for phrase in expression.split(" AND "):
        assert set(phrase.strip('"').split()) <= indexed, (phrase, text)
