"""The report opens offline, renders CJK text, and every number in it walks back to fact ids; charts too."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from allyscope.cli import main
from allyscope.store import Store


class Walker(HTMLParser):
    """Collects tags, ids, links and data-facts of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loads: list[str] = []
        self.marks: list[tuple[str, str, str]] = []  # (tag, data-value or text class, data-facts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if "src" in a or (tag == "link"):
            self.loads.append(a.get("src") or a.get("href", ""))
        if "data-facts" in a:
            self.marks.append((tag, a.get("data-value", ""), a["data-facts"]))


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> Path:
    db = tmp_path_factory.mktemp("report") / "kb.db"
    assert CliRunner().invoke(main, ["init", "--db", str(db), "--with", str(article_path)]).exit_code == 0
    return db


def test_html_report_is_self_contained_and_traceable(kb: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", str(kb), "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    walker = Walker()
    walker.feed(html)
    assert '<meta charset="utf-8">' in html and "script" not in walker.tags and not walker.loads
    assert "@import" not in html and "url(" not in html
    assert all(link.startswith(("#", "https://", "http://")) for link in walker.links)
    internal = [link[1:] for link in walker.links if link.startswith("#")]
    assert internal and all(target in walker.ids for target in internal)
    assert re.search(r"« [^»]*[\u4e00-\u9fff]", html)  # evidence sentences in Chinese, as text
    with Store(kb) as store:
        facts = {f["id"]: f for f in store.timeline()}
    marks = [m for m in walker.marks if m[2]]
    assert len(marks) > 50
    for tag, value, ids in marks:
        behind = [facts[i] for i in ids.split()]  # every id names a real fact …
        assert all(f"fact-{f['id']}" in walker.ids for f in behind)  # … anchored in the report
        if tag == "rect" and value and "." not in value:  # a drawn count equals its facts
            assert int(value) == sum(f["mode"] != "negated" for f in behind)
    for section in ("indicators", "ladders", "argument", "obligations", "timeline", "sources"):
        assert section in walker.ids
    assert "not an alliance" in html and "not reached" in html


def test_markdown_report(kb: Path) -> None:
    result = CliRunner().invoke(main, ["report", "--db", str(kb), "--format", "md"])
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("# Japan–NATO") and "| 2023 | institutional |" in text and "## Obligations" in text


@pytest.mark.parametrize("name", ["indicators", "score", "ladder-political", "ladder-institutional"])
def test_charts_as_svg_and_png(kb: Path, tmp_path: Path, name: str) -> None:
    svg, png = tmp_path / f"{name}.svg", tmp_path / f"{name}.png"
    assert CliRunner().invoke(main, ["chart", name, "--db", str(kb), "--out", str(svg)]).exit_code == 0
    root = ET.fromstring(svg.read_text("utf-8"))
    marks = [e for e in root.iter() if e.get("data-facts")]
    assert marks and all(i.startswith(("jn-", "ctx-", "rv-")) for e in marks for i in e.get("data-facts", "").split())
    assert CliRunner().invoke(main, ["chart", name, "--db", str(kb), "--out", str(png)]).exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_chart_refuses_unknown_formats(kb: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["chart", "indicators", "--db", str(kb), "--out", str(tmp_path / "x.gif")])
    assert result.exit_code == 2 and "write charts as .svg or .png" in result.stderr
