"""The wheel ships every data file the package reads: each file under allyscope/ that is not Python source must
match a package-data pattern of pyproject.toml, or a plain `pip install .` breaks at run time (as it once did)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
PACKAGE = ROOT / "allyscope"


def _patterns() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return list(config["tool"]["setuptools"]["package-data"]["allyscope"])


def _shipped(relative: str, patterns: list[str]) -> bool:
    # setuptools expands "**" across folders; fnmatch's "*" already crosses "/", so "a/**/*.json" is tried
    # both as written and with the "**/" removed (files directly under "a/").
    return any(
        fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern.replace("**/", ""))
        for pattern in patterns
    )


def test_every_data_file_matches_a_package_data_pattern() -> None:
    patterns = _patterns()
    data_files = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc", ".so", ".c"} and "__pycache__" not in path.parts
    ]
    assert data_files, "the package has data files (case, gazetteer, migrations)"
    missing = [name for name in data_files if not _shipped(name, patterns)]
    assert not missing, f"not shipped in the wheel: {missing}"


def test_the_pattern_check_sees_a_missing_file() -> None:
    assert not _shipped("data/cases/x/facts.yaml", _patterns())
    assert _shipped("data/case/facts.json", _patterns())
