"""Tables and transcript turns in plain text (issues 12 and 14): rows in bars, tabs or aligned spaces, a year
alone over yearless dated lines, speakers' turns. Property tests for the row parser (no cell lost, every span
inside the text, every cell's characters those of the input) and hand-written texts in other words than the dev
documents the rules came from."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

import allyscope
from allyscope.layout.tables import bar_row, cells_of, column_roles, data, row_at, speaker_label, tables_in

# cell text: words without separators, line breaks or edge spaces
_WORD = st.text(alphabet=st.sampled_from(list("abcXYZ019年月日事件，。-–")), min_size=1, max_size=8)
_CELL = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)


def test_tables_data_matches_its_schema() -> None:
    folder = resources.files("allyscope.data")
    schema = json.loads(folder.joinpath("tables.schema.json").read_text("utf-8"))
    jsonschema.validate(data(), schema)
    for key in ("date_headers", "act_headers"):
        folded = [w.casefold() for w in data()[key]]
        assert len(folded) == len(set(folded)), key


@settings(deadline=None)
@given(rows=st.lists(st.lists(_CELL, min_size=2, max_size=4), min_size=1, max_size=5), way=st.sampled_from("|\t "))
def test_cells_are_never_lost_and_map_back_to_the_text(rows: list[list[str]], way: str) -> None:
    width = max(len(r) for r in rows)
    rows = [r + ["x"] * (width - len(r)) for r in rows]  # rows of one table have as many cells
    if way == "|":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
    elif way == "\t":
        lines = ["\t".join(r) for r in rows]
    else:
        lines = ["    ".join(r) for r in rows]
    text = "Lead line of prose.\n" + "\n".join(lines) + "\nA closing sentence."
    found = tables_in(text)
    if way != "|" and len(rows) < 2:
        assert found == []  # one line with wide gaps or a tab is no table: a table in bars may be one row
        return
    assert len(found) == 1
    table = found[0]
    assert [[text[a:b] for a, b in row.cells] for row in table.rows] == rows
    for row in table.rows:
        assert 0 <= row.start <= row.end <= len(text)
        assert all(row.start <= a <= b <= row.end for a, b in row.cells)
        assert row_at(text, row.cells[0][0]) == (table, row)


@settings(deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab |｜\t\n 12：:")), max_size=60))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for table in tables_in(text):
        for row in table.rows:
            assert 0 <= row.start <= row.end <= len(text) and "\n" not in text[row.start : row.end]
            for a, b in row.cells:
                assert row.start <= a <= b <= row.end
                assert text[a:b] == text[a:b].strip()
    for line in text.split("\n"):
        _, cells = cells_of(line)
        assert all(0 <= a <= b <= len(line) for a, b in cells)
        label = speaker_label(line)
        assert label is None or 0 <= label[0] < label[1] <= len(line)


def test_a_row_opens_with_a_bar_and_prose_with_a_bar_is_none() -> None:
    assert bar_row("| 1998年5月 | 首相訪問 |") and bar_row("｜日期｜事件｜")
    assert not bar_row("Policy Brief No. 12 | June 2021")
    assert not bar_row("| lone bar")


def test_a_header_names_its_date_and_act_columns() -> None:
    assert column_roles(["Year", "Place", "What happened"]) == (0, 2)
    assert column_roles(["年月日", "出来事"]) == (0, 1)
    assert column_roles(["時間", "地點", "紀事"]) == (0, 2)
    assert column_roles(["2019", "Talks"]) is None  # a digit: a body row
    assert column_roles(["Name", "Office"]) is None  # no column a header of dates or acts names


def test_every_role_word_of_the_turns_data_opens_a_turn_line() -> None:
    # one list of labels (turns.json's roles) for layout repair and the turns stage: each word, in the case the data
    # gives and in capitals for Latin, opens a line's turn before a colon, and tables.json keeps no list of its own
    from allyscope.layout.speakers import role_words, turn_rules

    assert "speaker_labels" not in data()
    assert set(role_words()) == set(turn_rules().roles)
    for word in role_words():
        for label in {word, word.upper()} if word.isascii() else {word}:
            found = speaker_label(f"{label}: the talks went on." if word.isascii() else f"{label}：会谈继续进行。")
            assert found is not None and found[0] == 0, label


def test_speaker_labels_open_turns() -> None:
    assert speaker_label("问：日方对此有何评论？") == (0, 2)
    assert speaker_label("【記者】防衛相会談の成果は。") is not None
    assert speaker_label("MS. HARRIS: Thank you.") is not None
    assert speaker_label("Q: When did the talks start?") == (0, 2)
    assert speaker_label("The talks began: slowly.") is None
    assert speaker_label("答：") is None  # nothing after the colon


def _paragraphs(text: str) -> list[str]:
    doc = allyscope.parse_text(text)
    return [doc.text[s.start : s.end] for s in doc.spans if s.kind == "paragraph"]


_BARRED = """Canada–South Korea relations

From the reference wiki

The two governments widened their defence ties after 2020, and their navies now meet regularly
in the waters around the peninsula.

Key dates

| Day | What happened |
| --- | --- |
| 4 May 2023 | Ottawa and Seoul agree to open talks on an information security pact. |
| 17 May 2023 | The leaders adopt a statement on a comprehensive strategic partnership. |
| 20 March 2024 | A Canadian frigate joins the monitoring of sanctions at sea. |

Critics in Ottawa asked whether the navy had the ships for such a role.
"""


def test_rows_in_bars_are_paragraphs_of_their_own() -> None:
    paragraphs = _paragraphs(_BARRED)
    rows = [p for p in paragraphs if p.startswith("| ")]
    assert len(rows) == 5  # header, rule and three rows: none joined to another
    assert rows[2].startswith("| 4 May 2023") and rows[2].endswith("pact. |")


def test_each_row_dates_its_own_act() -> None:
    events = {e.date: e.evidence.text for e in allyscope.extract(_BARRED).events}
    assert events["2023-05-04"].startswith("| 4 May 2023") and "17 May" not in events["2023-05-04"]
    assert events["2024-03-20"].startswith("| 20 March 2024")


_TABBED = (
    "オーストラリアとの協力（概要）\n\n令和5年10月2日\n\n両国の主な行事は次のとおり。\n\n"
    "年月日\t場所\t出来事\n9月14日\t那覇\t共同訓練の開始\n9月28日\t東京\t次官級協議\n\n以上\n"
)


def test_a_tabbed_rows_date_is_no_date_line() -> None:
    doc = allyscope.extract(_TABBED)
    rows = [d for d in doc.dates if d.text in ("9月14日", "9月28日")]
    assert [(d.edtf, d.role) for d in rows] == [("2023-09-14", ""), ("2023-09-28", "")]
    assert {e.date for e in doc.events} >= {"2023-09-14", "2023-09-28"}


def test_a_date_line_under_a_title_stays_a_date_line() -> None:
    doc = allyscope.extract("両国の協議について\n\n2023年9月28日\n\n両国は同日、東京で次官級協議を開いた。\n")
    assert [d.role for d in doc.dates][:1] == ["dateline"]


_YEARS = """Chile–Japan relations

Notes on a partnership that grew from trade into security talks over two decades.

Chronology

1997
June 2 – The two foreign ministers hold their first policy talks in Santiago.
2009
March 3 – A free trade agreement between the two countries comes into force.
November 14 – Naval training ships exchange visits for the first time.
"""


def test_a_year_alone_heads_the_yearless_lines_under_it() -> None:
    doc = allyscope.parse_text(_YEARS)
    assert "\n1997\n" in doc.text and "\n2009\n" in doc.text  # not taken for page numbers
    assert "Santiago.\n2009" in doc.text  # not joined to the line before it
    dates = {e.date for e in allyscope.extract(_YEARS).events}
    assert {"1997-06-02", "2009-03-03", "2009-11-14"} <= dates


def test_bare_numbers_between_pages_are_still_page_numbers() -> None:
    body = " ".join(["The ministers spoke about the coast guard and the ports of the region."] * 6)
    text = f"{body}\n\n12\n\n{body}\n\n13\n\n{body}\n"
    assert "\n12\n" not in allyscope.parse_text(text).text


def test_transcript_turns_are_paragraphs() -> None:
    text = (
        "外交部发言人答记者问\n\n问：两国海军上周在南海举行了联合巡航，中方有何评论？ 答：这是两国正常的合作。"
        "\n问：双方是否会签署新的协议？\n答：我没有可以发布的消息。\n"
    )
    paragraphs = _paragraphs(text)
    assert any(p.startswith("问：双方") for p in paragraphs) and any(p.startswith("答：我没有") for p in paragraphs)


_SCHEDULE = (
    "Foreign Minister's visit to the Pacific\n\nMedia release, 20 May 2024\n\n"
    "Foreign Minister Penny Wong travelled to Fiji and Tonga this week. Her programme was as follows.\n\n"
    "Date\tPlace\tProgramme\n"
    "16 May\tSuva\tTalks with the Foreign Minister of Fiji\n"
    "17 May\tNuku'alofa\tTonga and New Zealand open a joint office for maritime surveillance\n\n"
    "The Minister returned to Canberra on Saturday.\n"
)


def _names(event: object) -> set[str]:
    from allyscope.entities import gazetteer

    entities = gazetteer().entities
    return {entities[i]["name"] for i in event.actors}  # type: ignore[attr-defined]


def test_a_schedule_row_without_a_doer_acts_for_the_one_its_lead_names() -> None:
    events = {e.date: e for e in allyscope.extract(_SCHEDULE).events}
    talks = events["2024-05-16"]
    assert {"Penny Wong", "Australia", "Fiji"} <= _names(talks)
    assert talks.actor_basis.get(next(i for i in talks.actors if "wong" in i)) == "table-lead"
    # a row whose act opens with its own subject keeps its own actors
    assert "Penny Wong" not in _names(events["2024-05-17"])
