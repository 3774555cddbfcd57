"""Shared test fixtures: where the reference article is, and the hand-checked layout documents."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# In CI examples are drawn the same way every run and no example has a time limit: a fresh machine's first call of
# a parser loads its data (hypothesis once timed one at 262 ms against its 200 ms default), and speed is measured
# by the benchmarks, not by the property tests.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

HERE = Path(__file__).parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus"
ARTICLE = CORPUS / "000_c16b8f8118fbe296.txt"
LAYOUTS = HERE / "layouts"
GOLD = HERE / "gold"
# The reference article as the shared corpus holds it: its SHA-256, so a changed copy is noticed, not scored.
ARTICLE_SHA256 = "599928ad326052adb671c5afb3cc629c86f69756c33b17fbbec1eaa6c4055a4d"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def corpus_problem() -> str | None:
    """Why the reference article cannot be used, or None when it is there and unchanged."""
    if not ARTICLE.exists():
        return f"the reference article is not at {ARTICLE} (shared corpus absent)"
    digest = hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    if digest != ARTICLE_SHA256:
        return f"the reference article at {ARTICLE} has SHA-256 {digest}, expected {ARTICLE_SHA256}"
    return None


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI a missing or altered corpus fails the run at once; elsewhere the tests that need it skip."""
    problem = corpus_problem()
    if problem and in_ci():
        raise pytest.UsageError(f"CI=true but {problem}")


def load_gold(name: str) -> dict[str, Any]:
    return json.loads((GOLD / f"{name}.layout.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def article_path() -> Path:
    problem = corpus_problem()
    if problem:
        pytest.skip(problem)
    return ARTICLE


@pytest.fixture(scope="session")
def article(article_path: Path):  # type: ignore[no-untyped-def]
    from allyscope import parse

    return parse(article_path)


# --- PostgreSQL: a throwaway server for the tests that run against both stores -------------------------------


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server (tests/pg_cluster.py). Without PostgreSQL the tests that need it skip; in CI
    (CI=true) they fail, because .ci/run installs it."""
    from pg_cluster import start_cluster

    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError as exc:
        reason = f"the PostgreSQL driver is not installed ({exc.name}): pip install -e '.[postgres]'"
        pytest.fail(reason) if in_ci() else pytest.skip(reason)
    try:
        cluster = start_cluster()
    except RuntimeError as exc:
        reason = f"no PostgreSQL server to test against: {exc}"
        pytest.fail(reason) if in_ci() else pytest.skip(reason)
    yield cluster
    from allyscope.store.postgres import close_pools

    close_pools()
    cluster.stop()


_databases = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def pg_database(pg_cluster):  # type: ignore[no-untyped-def]
    """Make a fresh, empty PostgreSQL database (its URL) on the throwaway server; all dropped with the server."""

    def make() -> str:
        return str(pg_cluster.create_database(f"t{os.getpid()}_{next(_databases)}"))

    return make


@pytest.fixture
def pg_url(pg_cluster, pg_database):  # type: ignore[no-untyped-def]
    """A fresh, empty PostgreSQL database for one test, dropped after it."""
    from allyscope.store.dialect import DatabaseURL
    from allyscope.store.postgres import close_pools

    url = pg_database()
    yield url
    close_pools(DatabaseURL(url))
    pg_cluster.drop_database(url.rsplit("/", 1)[1])


@pytest.fixture(params=["sqlite", "postgresql"])
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store test keeps its knowledge base: an SQLite file, then a PostgreSQL database (same test)."""
    if request.param == "sqlite":
        return str(tmp_path / "kb.db")
    return str(request.getfixturevalue("pg_url"))
