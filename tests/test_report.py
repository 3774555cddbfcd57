"""The report opens offline, renders CJK text, and every number in it walks back to fact ids; charts too."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html import escape
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
    assert text.startswith("# Japan–NATO") and "| 2023 | institutional |" in text
    assert '<a id="obligations"></a>Obligations' in text


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


PAYLOAD = Path(__file__).parent / "exports" / "payload.txt"
JAPANESE = Path(__file__).parent / "events" / "ja_partnership.txt"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory, article_path: Path) -> Path:
    """The case with a Japanese document and the payload document, one candidate of each accepted (the payload's
    with a hostile summary): their sentences become evidence of facts in the report."""
    db = tmp_path_factory.mktemp("mixed") / "kb.db"
    args = ["init", "--db", str(db), "--with", str(article_path), "--with", str(JAPANESE), "--with", str(PAYLOAD)]
    assert CliRunner().invoke(main, args).exit_code == 0
    pending = json.loads(CliRunner().invoke(main, ["review", "--db", str(db), "--list", "--json"]).stdout)
    japanese = [c for c in pending if re.search(r"[\u3040-\u30ff]", c["evidence"]["text"])]
    hostile = [c for c in pending if "<script>" in c["evidence"]["text"]]
    assert japanese and hostile
    hostile_summary = "summary=<img src=x onerror=alert(1)> [x](javascript:alert(2))"
    for candidate, decision in ((japanese[0], ["--accept"]), (hostile[0], ["--edit", hostile_summary])):
        result = CliRunner().invoke(main, ["review", "--db", str(db), candidate["candidate"], *decision])
        assert result.exit_code == 0, result.output
    return db


def test_html_report_has_contents_languages_and_the_case_title(mixed: Path) -> None:
    html = CliRunner().invoke(main, ["report", "--db", str(mixed)]).stdout
    walker = Walker()
    walker.feed(html)
    assert "contents" in walker.ids
    contents = html[html.index("<nav") : html.index("</nav>")]
    for anchor in ("indicators", "ladders", "argument", "obligations", "timeline", "sources"):
        assert f'href="#{anchor}"' in contents and anchor in walker.ids
    case_file = Path(__file__).parents[1] / "allyscope/data/cases/japan-nato/case.json"
    title = json.loads(case_file.read_text("utf-8"))["title"]
    assert f"<h1>{escape(title)}</h1>" in html and f"<title>allyscope report: {escape(title)}</title>" in html
    quoted = re.findall(r'<span lang="([a-zA-Z-]+)">([^<]*)</span>', html)
    assert {"ja", "zh"} <= {lang for lang, _ in quoted}
    for lang, text in quoted:  # kana means Japanese; Han without kana in a Chinese document means Chinese
        if re.search(r"[\u3040-\u30ff]", text):
            assert lang == "ja", text
    assert ":lang(ja){font-family:" in html
    assert "<script" not in html and "<img" not in html and 'href="javascript:' not in html


def test_markdown_report_escapes_everything_a_document_says(mixed: Path) -> None:
    text = CliRunner().invoke(main, ["report", "--db", str(mixed), "--format", "md"]).stdout
    assert "## Contents" in text and "1. [Indicators](#indicators)" in text
    assert r"\<img src=x onerror=alert(1)\>" in text  # shown as text, not dropped
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(text)  # raw HTML allowed, as most renderers do
    walker = Walker()
    walker.feed(html)
    assert "img" not in walker.tags and "script" not in walker.tags
    assert all(link.startswith(("#", "http://", "https://")) for link in walker.links)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    internal = [link[1:] for link in walker.links if link.startswith("#")]
    for anchor in ("indicators", "ladders", "argument", "obligations", "timeline", "sources"):
        assert anchor in internal and f'<a id="{anchor}"></a>' in html  # every contents link has its target


def _text_extents(svg: str) -> list[tuple[float, float, str]]:
    """(left, right, text) of every unrotated SVG text, estimated generously: CJK a full em, Latin 0.62 em."""
    root = ET.fromstring(svg)
    width = float(root.get("viewBox", "0 0 0 0").split()[2])
    out = []
    for el in root.iter("{http://www.w3.org/2000/svg}text"):
        if el.get("transform"):
            continue
        label = (
            "".join(t for t in el.itertext() if t)
            if el.find("{http://www.w3.org/2000/svg}title") is None
            else (
                el.find("{http://www.w3.org/2000/svg}title").tail or ""  # type: ignore[union-attr]
            )
        )
        size = float(el.get("font-size", root.get("font-size", "10")))
        wide = sum(1 for ch in label if ord(ch) >= 0x1100)
        w = (wide + 0.6 * (len(label) - wide)) * size
        x = float(el.get("x", "0"))
        anchor = el.get("text-anchor", "start")
        left = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
        out.append((left, left + w, label))
        assert left >= -1 and left + w <= width + 1, (label, left, left + w, width)
    return out


@pytest.mark.parametrize("name", ["indicators", "score", "ladder-political", "ladder-institutional"])
def test_charts_have_axes_and_labels_that_fit(mixed: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / f"{name}.svg"
    assert CliRunner().invoke(main, ["chart", name, "--db", str(mixed), "--out", str(out)]).exit_code == 0
    svg = out.read_text("utf-8")
    texts = _text_extents(svg)
    labels = {t for _, _, t in texts}
    root = ET.fromstring(svg)
    axis = [el for el in root.iter() if el.get("class") == "axis-label"]
    assert axis, "no axis label"
    if name in ("indicators", "score"):
        assert len([t for t in labels if re.fullmatch(r"\d+(\.\d+)?", t)]) >= 3  # y ticks
        legend = sorted(
            (left, right)
            for left, right, t in texts
            if t in ("political-dialogue", "institutional", "non-traditional-security", "military-exercise")
        )
        assert len(legend) == 4
    else:
        assert len([t for t in labels if re.fullmatch(r"(19|20)\d\d", t)]) >= 3  # years on the x axis


@pytest.mark.parametrize("suffix", ["svg", "png"])
def test_chart_into_a_missing_directory_is_one_line(kb: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / "nowhere" / f"chart.{suffix}"
    result = CliRunner().invoke(main, ["chart", "indicators", "--db", str(kb), "--out", str(out)])
    assert result.exit_code == 2 and "does not exist" in result.stderr and len(result.stderr.splitlines()) == 1
