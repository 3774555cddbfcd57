"""References: citations parsed per style, repeats resolved, the bibliography exported and read back."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import GOLD, LAYOUTS
from hypothesis import example, given, settings
from hypothesis import strategies as st

from allyscope import parse, parse_text
from allyscope.cli import main
from allyscope.references import parse_citation
from allyscope.references.export import bibtex_keys, to_bibtex, to_ris

# (citation, expected fields): titles with commas, colons and quotation marks; missing dates; era dates.
CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "张华：《冷战后的北约：转型、扩张与“伙伴”》，《国际问题研究》2015 年第 4 期，第 12—20 页。",
        {
            "type": "article-journal",
            "author": [{"family": "张华"}],
            "title": "冷战后的北约：转型、扩张与“伙伴”",
            "container-title": "国际问题研究",
            "issued": [2015],
            "issue": "4",
            "page": "12-20",
            "language": "zh",
        },
    ),
    (
        "李明：《日本与北约的新阶段》，《光明日报》2023 年 6 月 13 日，第 8 版。",
        {"type": "article-newspaper", "container-title": "光明日报", "issued": [2023, 6, 13], "section": "8"},
    ),
    (
        "《外交部发言人答记者问》，外交部网站，2023 年 8 月 6 日，https://www.mfa.gov.cn/web/fyrbt/202308/t20230806_1.shtml。",
        {
            "type": "webpage",
            "title": "外交部发言人答记者问",
            "container-title": "外交部网站",
            "issued": [2023, 8, 6],
            "URL": "https://www.mfa.gov.cn/web/fyrbt/202308/t20230806_1.shtml",
        },
    ),
    ("2010 年版北约《战略概念》。", {"type": "document", "title": "战略概念", "issued": [2010]}),
    (
        "王某. 网络空间安全合作研究[J]. 国际安全研究, 2022, 38(5): 45-60.",
        {
            "type": "article-journal",
            "author": [{"family": "王某"}],
            "title": "网络空间安全合作研究",
            "container-title": "国际安全研究",
            "issued": [2022],
            "volume": "38",
            "issue": "5",
            "page": "45-60",
        },
    ),
    (
        "李某, 赵某. 北约网络防御体系[M]. 北京: 时事出版社, 2019.",
        {
            "type": "book",
            "author": [{"family": "李某"}, {"family": "赵某"}],
            "publisher": "时事出版社",
            "publisher-place": "北京",
            "issued": [2019],
        },
    ),
    (
        "周某. 伙伴关系与能力建设[N]. 解放军报, 2023-04-12(4).",
        {"type": "article-newspaper", "container-title": "解放军报", "issued": [2023, 4, 12], "section": "4"},
    ),
    (
        "NATO. NATO and Japan intensify dialogue on cyber defence[EB/OL]. (2019-10-09)[2024-01-05]. "
        "https://www.nato.int/cps/en/natohq/news_169493.htm.",
        {
            "type": "webpage",
            "author": [{"literal": "NATO"}],
            "issued": [2019, 10, 9],
            "accessed": [2024, 1, 5],
            "URL": "https://www.nato.int/cps/en/natohq/news_169493.htm",
        },
    ),
    (
        "Smith J. Cyber defence cooperation[J]. Journal of Strategic Studies, 2021, 44(3): 300-325.",
        {
            "type": "article-journal",
            "author": [{"family": "Smith", "given": "J"}],
            "container-title": "Journal of Strategic Studies",
            "volume": "44",
            "issue": "3",
            "page": "300-325",
        },
    ),
    (
        "外務省、「日・NATO関係」、2020年3月1日、https://www.mofa.go.jp/mofaj/area/nato/index.html。",
        {
            "type": "webpage",
            "author": [{"literal": "外務省"}],
            "title": "日・NATO関係",
            "issued": [2020, 3, 1],
            "URL": "https://www.mofa.go.jp/mofaj/area/nato/index.html",
            "language": "ja",
        },
    ),
    (
        "『防衛白書』、防衛省、令和4年、328頁。",
        {
            "type": "report",
            "title": "防衛白書",
            "publisher": "防衛省",
            "issued": [2022],
            "language": "ja",
        },
    ),
    (
        "「国家安全保障戦略について」（仮訳）、内閣官房、平成25年12月17日。",
        {
            "title": "国家安全保障戦略について",
            "note": "（仮訳）",
            "container-title": "内閣官房",
            "issued": [2013, 12, 17],
        },
    ),
    (
        "John Smith, “Japan, NATO, and the Indo-Pacific: A Partnership,” Survival, Vol. 65, No. 2, 2023, p. 45.",
        {
            "type": "article-journal",
            "author": [{"family": "Smith", "given": "John"}],
            "title": "Japan, NATO, and the Indo-Pacific: A Partnership",
            "container-title": "Survival",
            "volume": "65",
            "issue": "2",
            "issued": [2023],
            "language": "en",
        },
    ),
    (
        "North Atlantic Treaty Organization, “Partners across the Globe,” July 12, 2023, "
        "https://www.nato.int/cps/en/natohq/topics_49188.htm.",
        {
            "type": "webpage",
            "author": [{"literal": "North Atlantic Treaty Organization"}],
            "title": "Partners across the Globe",
            "issued": [2023, 7, 12],
            "URL": "https://www.nato.int/cps/en/natohq/topics_49188.htm",
        },
    ),
    (
        "Ministry of Defense of Japan, “Remarks by the Minister at the NATO Defence Ministers’ Meeting,” 12 Jul. 2023.",
        {"type": "speech", "issued": [2023, 7, 12]},
    ),
    ("《日本安全政策的新动向》。", {"type": "document", "title": "日本安全政策的新动向"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_citation_styles(text: str, expected: dict[str, Any]) -> None:
    item = parse_citation(text).item
    for key, value in expected.items():
        if key in ("issued", "accessed"):
            assert item[key] == {"date-parts": [value]}, key
        else:
            assert item.get(key) == value, key


NOTES_WITH_REPEATS = """关于repeats的测试

一、正文

第一句。[1]第二句。[2]第三句。[3]第四句。[4]第五句。[5]第六句。[6]第七句。[7]第八句。[8]

注释

[1] 张华：《冷战后的北约》，《国际问题研究》2015 年第 4 期，第 12 页。
[2] 同上，第 41 页。
[3] 王强：《日本安全政策研究》，北京：时事出版社，2019 年。
[4] 张华：《冷战后的北约》。
[5] 同註1。
[6] Jane Doe, “Partners Beyond the Treaty Area,” Survival, Vol. 60, No. 1, 2018, p. 9.
[7] Ibid., 12.
[8] 张华：《冷战后的北约》，《国际问题研究》2015 年第 4 期；王强：《日本安全政策研究》，北京：时事出版社，2019 年。
"""


def test_repeats_resolve_to_one_work() -> None:
    doc = parse_text(NOTES_WITH_REPEATS)
    refs = doc.references
    work = {note.number: [c.work for c in refs.by_note[note.id]] for note in doc.footnotes}
    locators = {note.number: [c.locator for c in refs.by_note[note.id]] for note in doc.footnotes}
    assert work[2] == work[1] and locators[2] == ["41"]  # 同上，第 41 页
    assert work[4] == work[1]  # a short form
    assert work[5] == work[1]  # 同註1
    assert work[7] == work[6] and locators[7] == ["12"]  # Ibid., 12.
    assert work[8] == [work[1][0], work[3][0]]  # one note, two works, both seen before
    assert len(refs.works) == 3
    first = refs.work(work[1][0])
    assert first.cited_by == ["fn0.1", "fn0.2", "fn0.4", "fn0.5", "fn0.8"]


def test_reference_article_fields_against_annotation(article: Any) -> None:
    gold = json.loads((GOLD / "reference_article.refs.json").read_text("utf-8"))["footnotes"]
    refs = article.references
    fields = {"url": "URL", "title": "title", "container": "container-title", "language": "language"}
    right = total = 0
    for note, expected in zip(article.footnotes, gold, strict=True):
        assert (note.block, note.number) == (expected["block"], expected["number"])
        cited = refs.by_note[note.id][0]
        item = refs.work(cited.work).item
        assert cited.work == expected["work"], note.id  # every 同上 and short form resolved to the right work
        assert cited.locator == expected.get("locator")
        for key, csl in fields.items():
            if key in expected:
                total += 1
                right += item.get(csl) == expected[key]
        if "date" in expected:
            total += 1
            parts = item.get("issued", {}).get("date-parts", [[]])[0]
            right += "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)) == expected["date"]
    assert right / total >= 0.98, (right, total)
    assert len(refs.works) == len({g["work"] for g in gold}) == 46


def test_json_gives_each_note_its_reference(article: Any) -> None:
    from allyscope import document_json

    data = document_json(article)
    assert len(data["references"]) == 46
    note = next(f for f in data["footnotes"] if f["id"] == "fn18.1")
    assert note["reference"]["title"] == "北约战略新动向评析" and note["reference"]["locator"] == "41"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=120))
@example("AA:=\x800")  # found by an unseeded run: capitals read as a family name and given as `Aa`
def test_any_string_gives_an_item_from_its_own_text(text: str) -> None:
    citation = parse_citation(text)
    squeezed = re.sub(r"\s+", "", text)
    for key in ("title", "container-title", "URL", "publisher", "publisher-place", "note"):
        if key in citation.item:
            assert re.sub(r"\s+", "", str(citation.item[key])) in squeezed, key
    # a name printed in capitals (GB/T's `SMITH`) is given as `Smith` on purpose: names compare without case
    for name in citation.item.get("author", []):
        for part in name.values():
            assert re.sub(r"\s+", "", part).casefold() in squeezed.casefold()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([c[0] for c in CASES]), min_size=1, max_size=6))
def test_bibtex_keys_stable_and_unique(texts: list[str]) -> None:
    items = [parse_citation(t).item for t in texts]
    keys = bibtex_keys(items)
    assert len(set(keys)) == len(keys)
    assert keys == bibtex_keys([parse_citation(t).item for t in texts])


def _all_items(article: Any) -> list[dict[str, Any]]:
    items = list(article.references.as_json())
    items += [{"id": f"case{i}", **parse_citation(text).item} for i, (text, _) in enumerate(CASES)]
    return items


def test_bibtex_reads_back_in_bibtexparser(article: Any) -> None:
    import bibtexparser

    items = _all_items(article)
    library = bibtexparser.parse_string(to_bibtex(items))
    assert not library.failed_blocks
    assert len(library.entries) == len(items)
    by_key = {e.key: e for e in library.entries}
    for key, item in zip(bibtex_keys(items), items, strict=True):
        entry = by_key[key]
        if item.get("URL"):
            assert entry.fields_dict["url"].value == item["URL"]
        if item.get("title") and not re.search(r"[&%$#_{}~^\\]", item["title"]):
            assert entry.fields_dict["title"].value == item["title"]


def test_ris_has_one_record_per_work(article: Any) -> None:
    items = _all_items(article)
    ris = to_ris(items)
    assert ris.count("\nER  - ") == len(items)
    assert all(line[:2].isupper() and line[2:6] == "  - " for line in ris.splitlines() if line)


CHINESE_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="zh-CN">
  <info><title>allyscope test style (zh)</title><id>allyscope-zh</id><updated>2026-11-27T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout suffix="。">
      <group delimiter="，">
        <names variable="author"><name/></names>
        <text variable="title" prefix="《" suffix="》"/>
        <text variable="container-title" prefix="《" suffix="》"/>
        <date variable="issued"><date-part name="year" suffix="年"/></date>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
"""


@pytest.mark.parametrize("style_name", ["harvard-cite-them-right", "chinese"])
def test_csl_json_renders_with_citeproc(article: Any, tmp_path: Path, style_name: str) -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = [{k: v for k, v in item.items() if k != "cited_by"} for item in _all_items(article)]
    source = CiteProcJSON(items)
    if style_name == "chinese":
        path = tmp_path / "zh.csl"
        path.write_text(CHINESE_STYLE, "utf-8")
        style = CitationStylesStyle(str(path), validate=False)
    else:
        style = CitationStylesStyle(style_name, validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    joined = "\n".join(rendered)
    for item in items:
        if item.get("title") and style_name == "chinese":
            assert item["title"] in joined


def test_refs_command_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    path = LAYOUTS / "zh_reference_list.txt"
    result = runner.invoke(main, ["refs", str(path), "--format", "csl-json"])
    items = json.loads(result.stdout)
    assert result.exit_code == 0 and len(items) == 7 and items[0]["type"] == "article-journal"
    for fmt, sign in (("bibtex", "@article{"), ("ris", "TY  - JOUR"), ("text", "[ref1]")):
        result = runner.invoke(main, ["refs", str(path), "--format", fmt])
        assert result.exit_code == 0 and sign in result.stdout, fmt
    db = tmp_path / "kb.db"
    runner.invoke(main, ["ingest", "--db", str(db), str(path)])
    stored = runner.invoke(main, ["refs", "--db", str(db), "zh_reference", "--format", "csl-json"])
    assert json.loads(stored.stdout) == items


def test_gbt_reference_list_in_a_document() -> None:
    doc = parse(LAYOUTS / "zh_reference_list.txt")
    types = [doc.references.work(doc.references.by_note[n.id][0].work).item["type"] for n in doc.footnotes]
    assert types == [
        "article-journal",
        "book",
        "webpage",
        "article-journal",
        "article-journal",
        "article-journal",
        "article-newspaper",
    ]


MINI_BST = r"""ENTRY { author title journal howpublished year url } {} { label }
FUNCTION {output.entry}
{ "\bibitem{" cite$ * "}" * write$ newline$
  title empty$ { "" } { title } if$ write$ newline$ }
FUNCTION {article} { output.entry }
FUNCTION {book} { output.entry }
FUNCTION {misc} { output.entry }
FUNCTION {techreport} { output.entry }
FUNCTION {incollection} { output.entry }
FUNCTION {phdthesis} { output.entry }
FUNCTION {default.type} { output.entry }
READ
ITERATE {call.type$}
"""


def test_bibtex_itself_reads_every_entry(article: Any, tmp_path: Path) -> None:
    """BibTeX (the program) reads the whole file without an error or warning, one \\bibitem per work."""
    import os
    import shutil
    import subprocess

    if shutil.which("bibtex") is None:
        pytest.skip("bibtex is not installed (Debian package texlive-binaries; .ci/run installs it)")
    items = _all_items(article)
    (tmp_path / "refs.bib").write_text(to_bibtex(items), "utf-8")
    (tmp_path / "mini.bst").write_text(MINI_BST, "utf-8")
    (tmp_path / "t.aux").write_text("\\citation{*}\n\\bibstyle{mini}\n\\bibdata{refs}\n", "utf-8")
    env = {**os.environ, "BSTINPUTS": ".:", "BIBINPUTS": ".:"}
    run = subprocess.run(["bibtex", "t"], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout
    assert "Warning" not in run.stdout and "error" not in run.stdout.lower()
    bbl = (tmp_path / "t.bbl").read_text("utf-8")
    assert bbl.count("\\bibitem{") == len(items)


def test_csl_json_validates_against_the_item_schema(article: Any) -> None:
    import jsonschema

    schema = json.loads((Path(__file__).parent / "schemas" / "csl-item.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    runner = CliRunner()
    for path in [*sorted(LAYOUTS.glob("*.txt"))]:
        result = runner.invoke(main, ["refs", str(path), "--format", "csl-json"])
        for item in json.loads(result.stdout):
            validator.validate(item)
    for item in _all_items(article):
        validator.validate({k: v for k, v in item.items() if k != "cited_by"})


def test_op_cit_and_maekei_resolve_to_the_authors_work() -> None:
    text = (
        "テスト文書\n\n一、本文\n\n第一文。[1]第二文。[2]第三文。[3]Fourth.[4]\n\n注\n\n"
        "[1] 山田太郎、「日本とNATOの協力」、『国際政治』、2020年、45頁。\n"
        "[2] 佐藤花子、「欧州の安全保障」、2021年3月。\n"
        "[3] 山田太郎、前掲、50頁。\n"
        "[4] Jane Doe, op. cit., p. 12.\n"
    )
    doc = parse_text(text)
    refs = doc.references
    cited = {note.number: refs.by_note[note.id][0] for note in doc.footnotes}
    assert cited[3].work == cited[1].work and cited[3].locator == "50"
    assert cited[4].kind == "op-cit" and refs.work(cited[4].work).item.get("type") == "document"


def test_notes_read_in_an_earlier_document_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A note text met in an earlier document is read once: the later document gets the same works, pages and
    kinds, in items of its own (changing one document's item leaves the next reading alone)."""
    from allyscope.references import registry

    registry.clear_readings()
    first = parse_text(NOTES_WITH_REPEATS)
    calls: list[str] = []
    reader = registry.parse_citation
    monkeypatch.setattr(registry, "parse_citation", lambda text, *rest: calls.append(text) or reader(text, *rest))
    again = parse_text(NOTES_WITH_REPEATS)
    assert calls == []  # every note of the second document was read in the first
    assert again.references.as_json() == first.references.as_json()
    assert again.references.by_note == first.references.by_note
    again.references.works[0].item["title"] = "changed"
    third = parse_text(NOTES_WITH_REPEATS)
    assert third.references.as_json() == first.references.as_json()
    registry.clear_readings()
    fresh = parse_text(NOTES_WITH_REPEATS)
    assert len(calls) > 0 and fresh.references.as_json() == first.references.as_json()


def test_a_work_is_found_by_id_after_more_works_are_added() -> None:
    """`References.work` keeps an index by id: a work added after a lookup is found too, and so is every note's
    reference of a document parsed with it."""
    from allyscope.references.registry import References, Work

    refs = References()
    refs.works.append(Work("ref1", {"title": "One"}))
    assert refs.work("ref1").item["title"] == "One"
    refs.works.append(Work("ref2", {"title": "Two"}))
    assert refs.work("ref2").item["title"] == "Two" and refs.work("ref1").item["title"] == "One"
    with pytest.raises(StopIteration):
        refs.work("ref3")
    doc = parse_text(NOTES_WITH_REPEATS)
    for note in doc.footnotes:
        for cited in doc.references.by_note[note.id]:
            assert doc.references.work(cited.work).id == cited.work


def test_kept_readings_are_bounded_and_shared_by_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """At most `_READINGS_KEPT` note readings are kept (the oldest go first), and documents parsed in several
    threads at once all get the references a parse alone gives."""
    import threading

    from allyscope.references import registry

    registry.clear_readings()
    alone = parse_text(NOTES_WITH_REPEATS).references.as_json()
    monkeypatch.setattr(registry, "_READINGS_KEPT", 2)
    registry.clear_readings()
    assert parse_text(NOTES_WITH_REPEATS).references.as_json() == alone
    assert len(registry._READINGS) == 2
    results: list[Any] = []

    def parse_one() -> None:
        for _ in range(5):
            results.append(parse_text(NOTES_WITH_REPEATS).references.as_json())

    threads = [threading.Thread(target=parse_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 20 and all(r == alone for r in results)
    registry.clear_readings()
