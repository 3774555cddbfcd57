"""A knowledge base for the web tests: the case, the reference article, one English test document (its events stay
pending, so there is something to review) and a document made of hostile payloads."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from allyscope.cli import main

HERE = Path(__file__).parent
TOKEN = "test-write-token-123"
PAYLOAD = """<script>alert('title')</script> Partners <img src=x onerror=alert(1)>

On 12 July 2023, NATO and Japan agreed <b onmouseover=alert(2)>a new partnership programme</b> at the Vilnius summit.

A link javascript:alert(3) and [click](javascript:alert(4)) and <a href="javascript:alert(5)">here</a>.

\u202eevil bidi override and {{ 7*7 }} template text and <style>body{display:none}</style>.
"""


@pytest.fixture(scope="session")
def kb(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> Path:
    root = tmp_path_factory.mktemp("web")
    db = root / "kb.db"
    hostile = root / "payload.txt"
    hostile.write_text(PAYLOAD, "utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["init", "--db", str(db), "--with", str(article_path)])
    assert result.exit_code == 0, result.output
    english = HERE.parent / "events" / "en_partnership.txt"
    result = runner.invoke(main, ["ingest", "--db", str(db), str(english), str(hostile)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture()
def client(kb: Path) -> Iterator[object]:
    from starlette.testclient import TestClient

    from allyscope.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield TestClient(create_app(kb, TOKEN))


@pytest.fixture()
def readonly_client(kb: Path) -> Iterator[object]:
    from starlette.testclient import TestClient

    from allyscope.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield TestClient(create_app(kb, None))
