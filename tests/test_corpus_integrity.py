"""The events corpus (tests/corpora/events/) is what it claims to be: every annotation well-formed as in
shared/eval/FORMAT.md, every evidence piece and date text really in its document, the two halves balanced by
genre and language, and extraction on each half at or above the floors measured when the corpus was made.

The floors (tests/corpus_floors.json) only rise for a given set of documents: they were set to the figures
`benchmarks/eval_extraction.py` printed on the day, rounded down; when documents are added to the dev half the dev
floors are measured again on the larger set (a different set, not a regression). The `test` half is held out:
its floor is a guard against regressions, never a target to tune on.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from allyscope.entities import gazetteer
from allyscope.vocabulary import DOMAINS

HERE = Path(__file__).parent
CORPUS = HERE / "corpora" / "events"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
DOCUMENTS: list[dict[str, Any]] = MANIFEST["documents"]
FLOORS = HERE / "corpus_floors.json"
GENRES = set(MANIFEST["genres"])
LANGUAGES = {"en", "ja", "zh-Hans", "zh-Hant"}
EVENT_KEYS = {"id", "date", "date_text", "actors", "evidence", "domain", "footnotes"}
# The traps issue 14 names: each must be built into both halves.
ISSUE_TRAPS = {
    "year-in-dateline", "yearless-day-month", "coordinated-days", "relative-year", "cjk-numerals", "decade",
    "day-range", "season", "mid-year", "fiscal-year", "not-event-citation", "not-event-note", "not-event-dateline",
    "not-event-caption", "not-event-period", "not-event-period-end", "allcaps-surname", "traditional-names",
    "jmsdf-compound", "foreign-generic-title", "sign-inside-word", "coordinated-predicates", "will-with-completed",
    "abstract-event",
}  # fmt: skip
_WS = re.compile(r"\s+")
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_SEASON = re.compile(r"^\d{4}-2[1-4]$")
_DECADE = re.compile(r"^\d{3}X$|^\d{2}XX$")
_SENTENCE_END = re.compile(r"[。！？]|[.!?]\s+[A-Z]")


def squeeze(text: str) -> str:
    return _WS.sub("", text)


def edtf_single(value: str) -> tuple[str, str] | None:
    """(first, last) day as ISO strings for one EDTF date of the forms the corpus uses, else None."""
    if _SEASON.match(value):
        return f"{value[:4]}-01-01", f"{value[:4]}-12-31"
    if _DECADE.match(value):
        return value.replace("X", "0") + "-01-01", value.replace("X", "9") + "-12-31"
    m = _DAY.match(value)
    if not m:
        return None
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if day:
            d = datetime.date(year, int(month), int(day))
            return d.isoformat(), d.isoformat()
        if month:
            first = datetime.date(year, int(month), 1)
            nxt = datetime.date(year + int(month) // 12, int(month) % 12 + 1, 1)
            return first.isoformat(), (nxt - datetime.timedelta(days=1)).isoformat()
    except ValueError:
        return None
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def edtf_valid(value: str) -> bool:
    """A date, season, decade or century, a closed interval whose start is not after its end, or `X/..`."""
    if "/" not in value:
        return edtf_single(value) is not None
    start, end = value.split("/", 1)
    first = edtf_single(start)
    if end == "..":
        return first is not None
    last = edtf_single(end)
    return first is not None and last is not None and first[0] <= last[1]


def text_of(entry: dict[str, Any]) -> str:
    return (CORPUS / str(entry["file"])).read_text("utf-8")


def annotation_of(entry: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CORPUS / entry["annotation"]).read_text("utf-8"))
    return data


def size(text: str, language: str) -> int:
    """Words for English; CJK characters plus Latin words for Chinese and Japanese."""
    words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.-]*", text))
    if language == "en":
        return words
    return words + len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", text))


def test_edtf_check_tells_good_from_bad() -> None:
    for good in ("2023", "2023-07", "2023-07-12", "199X", "19XX", "2025-22", "2019-03/..", "2006/2013",
                 "2023-07-11/2023-07-12", "2016-02-29"):  # fmt: skip
        assert edtf_valid(good), good
    for bad in ("2023-13", "2023-02-30", "2023-7", "2023/2022", "mid-2023", "2023-25", "", "2015-02-29"):
        assert not edtf_valid(bad), bad


def test_manifest_lists_every_document_once() -> None:
    on_disk = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.txt")}
    listed = [d["file"] for d in DOCUMENTS]
    assert len(listed) == len(set(listed))
    assert set(listed) == on_disk
    annotations = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.annotation.json")}
    assert annotations == {d["annotation"] for d in DOCUMENTS}
    for entry in DOCUMENTS:
        assert entry["file"].split("/")[0] == entry["split"] == entry["annotation"].split("/")[0]
        assert entry["genre"] in GENRES and entry["language"] in LANGUAGES
        assert set(entry["traps"]) <= set(MANIFEST["trap_vocabulary"]), entry["file"]
        assert entry["relations"] and all(len(pair) == 2 for pair in entry["relations"]), entry["file"]


def test_corpus_is_large_enough_and_documents_short() -> None:
    assert len(DOCUMENTS) >= 40
    for entry in DOCUMENTS:
        assert 150 <= size(text_of(entry), entry["language"]) <= 600, entry["file"]


def test_halves_are_balanced_by_genre_and_language() -> None:
    """Both halves have every genre and language, each half spreads its documents evenly over them (the held-out
    half: no genre or language more than two documents ahead of another; the dev half, which grows by batches that
    each aim at a shape, such as news stories for recall: no genre's or language's share more than two percentage
    points off an even share, the rule since the twenty-sixth session, when four batches took news to 92 of 597), and
    the held-out half keeps at least three documents of each genre and six of each language. The dev half may grow
    (more evidence to tune on); the held-out half stays as it was written, so its figures stay comparable."""
    halves = {s: [d for d in DOCUMENTS if d["split"] == s] for s in ("dev", "test")}
    assert len(halves["dev"]) >= len(halves["test"])
    for key, values in (("genre", GENRES), ("language", LANGUAGES)):
        for split, docs in halves.items():
            counts = Counter(d[key] for d in docs)
            assert set(counts) == values, (split, key)
            if split == "test":
                assert max(counts.values()) - min(counts.values()) <= 2, (split, key, counts)
            else:
                even = len(docs) / len(values)
                assert all(abs(n - even) <= 0.02 * len(docs) for n in counts.values()), (split, key, counts)
        test = Counter(d[key] for d in halves["test"])
        assert min(test.values()) >= (3 if key == "genre" else 6), (key, test)
    for split, docs in halves.items():
        built_in = {t for d in docs for t in d["traps"]}
        assert built_in >= ISSUE_TRAPS, (split, ISSUE_TRAPS - built_in)


def test_third_held_out_set_has_every_genre_and_language() -> None:
    """`test3` (thirteenth session) was written as twelve documents: every genre at least once and each language
    three times. It is held out like `test` and `test2`: its documents are never added to or moved."""
    docs = [d for d in DOCUMENTS if d["split"] == "test3"]
    assert len(docs) == 12
    assert {d["genre"] for d in docs} == GENRES
    assert Counter(d["language"] for d in docs) == dict.fromkeys(LANGUAGES, 3)


TEST4_CELLS = {("academic", "en"), ("brief", "zh-Hant"), ("encyclo", "ja"), ("joint", "zh-Hans"), ("news", "en"),
               ("press", "zh-Hant"), ("presser", "ja"), ("news", "zh-Hans")}  # fmt: skip


TEST5_CELLS = {("academic", "zh-Hans"), ("brief", "ja"), ("encyclo", "en"), ("joint", "zh-Hant"), ("news", "ja"),
               ("press", "en"), ("presser", "zh-Hans"), ("news", "zh-Hant")}  # fmt: skip


TEST6_CELLS = {("academic", "ja"), ("brief", "en"), ("encyclo", "zh-Hant"), ("joint", "ja"), ("news", "en"),
               ("press", "zh-Hans"), ("presser", "zh-Hant"), ("news", "zh-Hans")}  # fmt: skip


TEST7_CELLS = {("academic", "zh-Hant"), ("brief", "ja"), ("encyclo", "en"), ("joint", "zh-Hans"), ("press", "en"),
               ("presser", "ja"), ("news", "zh-Hant"), ("joint", "en")}  # fmt: skip


TEST8_CELLS = {("academic", "en"), ("brief", "zh-Hans"), ("encyclo", "ja"), ("joint", "zh-Hant"), ("press", "ja"),
               ("presser", "en"), ("news", "zh-Hans"), ("press", "zh-Hant")}  # fmt: skip


TEST9_CELLS = {("academic", "zh-Hant"), ("brief", "ja"), ("encyclo", "en"), ("joint", "zh-Hans"), ("press", "ja"),
               ("presser", "zh-Hans"), ("news", "en"), ("news", "zh-Hant")}  # fmt: skip


TEST10_CELLS = {("news", "en"), ("news", "zh-Hant"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "en"),
                ("academic", "zh-Hans"), ("encyclo", "ja"), ("presser", "zh-Hant")}  # fmt: skip

TEST11_CELLS = {("news", "en"), ("news", "zh-Hant"), ("press", "zh-Hans"), ("joint", "ja"), ("brief", "zh-Hant"),
                ("academic", "en"), ("encyclo", "zh-Hans"), ("presser", "ja")}  # fmt: skip


TEST12_CELLS = {("news", "zh-Hans"), ("news", "ja"), ("press", "en"), ("joint", "zh-Hant"), ("brief", "zh-Hans"),
                ("academic", "ja"), ("encyclo", "en"), ("presser", "zh-Hant")}  # fmt: skip


TEST13_CELLS = {("news", "en"), ("news", "zh-Hant"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "en"),
                ("academic", "zh-Hant"), ("encyclo", "ja"), ("presser", "zh-Hans")}  # fmt: skip


TEST14_CELLS = {("news", "zh-Hans"), ("news", "ja"), ("press", "en"), ("joint", "zh-Hant"), ("brief", "ja"),
                ("academic", "en"), ("encyclo", "zh-Hans"), ("presser", "zh-Hant")}  # fmt: skip


TEST15_CELLS = {("news", "en"), ("news", "ja"), ("press", "zh-Hant"), ("joint", "en"), ("brief", "zh-Hans"),
                ("academic", "ja"), ("encyclo", "zh-Hant"), ("presser", "zh-Hans")}  # fmt: skip


TEST16_CELLS = {("news", "zh-Hans"), ("news", "zh-Hant"), ("press", "ja"), ("joint", "zh-Hant"), ("brief", "en"),
                ("academic", "zh-Hans"), ("encyclo", "en"), ("presser", "ja")}  # fmt: skip


TEST17_CELLS = {("news", "en"), ("news", "ja"), ("press", "zh-Hans"), ("joint", "en"), ("brief", "zh-Hant"),
                ("academic", "ja"), ("encyclo", "zh-Hans"), ("presser", "zh-Hant")}  # fmt: skip


TEST18_CELLS = {("news", "en"), ("news", "zh-Hant"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "en"),
                ("academic", "zh-Hant"), ("encyclo", "ja"), ("presser", "zh-Hans")}  # fmt: skip


TEST19_CELLS = {("news", "ja"), ("news", "zh-Hans"), ("press", "en"), ("joint", "zh-Hant"), ("brief", "zh-Hans"),
                ("academic", "en"), ("encyclo", "zh-Hant"), ("presser", "ja")}  # fmt: skip


TEST20_CELLS = {("news", "en"), ("news", "zh-Hant"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "en"),
                ("academic", "zh-Hant"), ("encyclo", "ja"), ("presser", "zh-Hans")}  # fmt: skip


TEST21_CELLS = {("news", "zh-Hans"), ("news", "ja"), ("press", "en"), ("joint", "zh-Hant"), ("brief", "ja"),
                ("academic", "zh-Hans"), ("encyclo", "en"), ("presser", "zh-Hant")}  # fmt: skip

TEST22_CELLS = {("press", "zh-Hans"), ("news", "en"), ("joint", "ja"), ("brief", "zh-Hant"), ("academic", "ja"),
                ("encyclo", "zh-Hans"), ("presser", "en"), ("news", "zh-Hant")}  # fmt: skip

TEST23_CELLS = {("press", "ja"), ("news", "zh-Hans"), ("joint", "en"), ("brief", "ja"), ("academic", "zh-Hant"),
                ("encyclo", "en"), ("presser", "zh-Hans"), ("news", "ja")}  # fmt: skip

TEST24_CELLS = {("news", "en"), ("press", "zh-Hant"), ("joint", "zh-Hans"), ("brief", "en"), ("academic", "ja"),
                ("encyclo", "zh-Hant"), ("presser", "ja"), ("news", "zh-Hant")}  # fmt: skip

TEST25_CELLS = {("news", "ja"), ("press", "en"), ("joint", "zh-Hant"), ("brief", "zh-Hans"), ("academic", "en"),
                ("encyclo", "ja"), ("presser", "zh-Hans"), ("news", "zh-Hans")}  # fmt: skip

TEST26_CELLS = {("news", "en"), ("press", "zh-Hant"), ("joint", "ja"), ("brief", "en"), ("academic", "zh-Hans"),
                ("encyclo", "zh-Hant"), ("presser", "ja"), ("news", "zh-Hant")}  # fmt: skip

TEST27_CELLS = {("news", "ja"), ("press", "en"), ("joint", "zh-Hans"), ("brief", "zh-Hant"), ("academic", "en"),
                ("encyclo", "ja"), ("presser", "zh-Hans"), ("news", "zh-Hant")}  # fmt: skip

TEST28_CELLS = {("news", "en"), ("press", "ja"), ("joint", "zh-Hant"), ("brief", "zh-Hans"), ("academic", "ja"),
                ("encyclo", "en"), ("presser", "zh-Hant"), ("news", "zh-Hans")}  # fmt: skip

TEST29_CELLS = {("news", "ja"), ("press", "zh-Hant"), ("joint", "en"), ("brief", "ja"), ("academic", "zh-Hans"),
                ("encyclo", "zh-Hant"), ("presser", "en"), ("news", "zh-Hans")}  # fmt: skip

TEST30_CELLS = {("news", "en"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "zh-Hant"), ("academic", "en"),
                ("encyclo", "ja"), ("presser", "zh-Hans"), ("news", "zh-Hant")}  # fmt: skip

TEST31_CELLS = {("news", "ja"), ("press", "zh-Hans"), ("joint", "zh-Hant"), ("brief", "en"), ("academic", "ja"),
                ("encyclo", "zh-Hans"), ("presser", "zh-Hant"), ("news", "en")}  # fmt: skip

TEST32_CELLS = {("news", "zh-Hans"), ("press", "zh-Hant"), ("joint", "en"), ("brief", "ja"), ("academic", "zh-Hans"),
                ("encyclo", "zh-Hant"), ("presser", "en"), ("news", "ja")}  # fmt: skip

TEST33_CELLS = {("news", "en"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "zh-Hant"), ("academic", "en"),
                ("encyclo", "ja"), ("presser", "zh-Hans"), ("news", "zh-Hant")}  # fmt: skip

TEST34_CELLS = {("news", "ja"), ("press", "zh-Hant"), ("joint", "en"), ("brief", "zh-Hans"), ("academic", "ja"),
                ("encyclo", "zh-Hant"), ("presser", "en"), ("news", "zh-Hans")}  # fmt: skip

TEST35_CELLS = {("news", "zh-Hant"), ("press", "en"), ("joint", "zh-Hans"), ("brief", "ja"), ("academic", "zh-Hant"),
                ("encyclo", "en"), ("presser", "zh-Hans"), ("news", "ja")}  # fmt: skip

TEST36_CELLS = {("news", "en"), ("press", "zh-Hant"), ("joint", "ja"), ("brief", "zh-Hans"), ("academic", "en"),
                ("encyclo", "zh-Hant"), ("presser", "ja"), ("news", "zh-Hans")}  # fmt: skip

TEST37_CELLS = {("news", "zh-Hant"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "en"), ("academic", "zh-Hant"),
                ("encyclo", "ja"), ("presser", "zh-Hans"), ("news", "en")}  # fmt: skip

TEST38_CELLS = {("news", "ja"), ("press", "en"), ("joint", "zh-Hant"), ("brief", "ja"), ("academic", "en"),
                ("encyclo", "zh-Hans"), ("presser", "zh-Hant"), ("news", "zh-Hans")}  # fmt: skip

TEST39_CELLS = {("news", "en"), ("news", "zh-Hant"), ("press", "ja"), ("joint", "zh-Hans"), ("brief", "zh-Hant"),
                ("academic", "ja"), ("encyclo", "en"), ("presser", "zh-Hans")}  # fmt: skip

TEST40_CELLS = {("news", "ja"), ("news", "zh-Hans"), ("press", "en"), ("joint", "zh-Hant"), ("brief", "en"),
                ("academic", "zh-Hans"), ("encyclo", "ja"), ("presser", "zh-Hant")}  # fmt: skip

TEST41_CELLS = {("news", "en"), ("news", "zh-Hant"), ("press", "zh-Hans"), ("joint", "ja"), ("brief", "zh-Hant"),
                ("academic", "en"), ("encyclo", "zh-Hans"), ("presser", "ja")}  # fmt: skip

TEST42_CELLS = {("news", "zh-Hans"), ("press", "zh-Hant"), ("joint", "en"), ("brief", "ja"), ("academic", "ja"),
                ("encyclo", "zh-Hant"), ("encyclo", "en"), ("presser", "zh-Hans")}  # fmt: skip

TEST43_CELLS = {("news", "ja"), ("encyclo", "ja"), ("press", "en"), ("brief", "en"), ("joint", "zh-Hans"),
                ("brief", "zh-Hans"), ("academic", "zh-Hant"), ("presser", "zh-Hant")}  # fmt: skip

TEST44_CELLS = {("news", "en"), ("presser", "en"), ("press", "ja"), ("joint", "ja"), ("academic", "zh-Hans"),
                ("encyclo", "zh-Hans"), ("brief", "zh-Hant"), ("news", "zh-Hant")}  # fmt: skip

TEST45_CELLS = {("joint", "en"), ("academic", "en"), ("brief", "ja"), ("presser", "ja"), ("news", "zh-Hans"),
                ("press", "zh-Hans"), ("encyclo", "zh-Hant"), ("joint", "zh-Hant")}  # fmt: skip

TEST46_CELLS = {("brief", "en"), ("encyclo", "en"), ("news", "ja"), ("academic", "ja"), ("joint", "zh-Hans"),
                ("presser", "zh-Hans"), ("press", "zh-Hant"), ("academic", "zh-Hant")}  # fmt: skip

TEST47_CELLS = {("news", "en"), ("presser", "en"), ("press", "ja"), ("joint", "ja"), ("academic", "zh-Hans"),
                ("encyclo", "zh-Hans"), ("brief", "zh-Hant"), ("news", "zh-Hant")}  # fmt: skip

# A blind set registered in its session, whose floors the lead sets at that session's merge: until then the two
# floor checks below are expected to fail for it (strict, so that once the floors exist the mark must go). Every
# blind set from test13 (twenty-fourth session) to test38 (fiftieth session) carried it until the lead set its
# floors at its session's merge; a set wired by a helper carries it again until the lead sets its floors (test39,
# fifty-first session, carried it until that session's merge; test40, fifty-second session, carried it until that
# session's merge; test41, fifty-third session, carried it until that session's merge; test42, fifty-fourth session,
# carried it until that session's merge; test43, fifty-fifth session, carried it until that session's merge;
# test44, fifty-sixth session, carried it until that session's merge; test45, fifty-seventh session, carried it
# until that session's merge; test46, fifty-eighth session, carried it until that session's merge; test47,
# fifty-ninth session, carried it until that session's merge).
_FLOORS_AT_THE_MERGE = pytest.mark.xfail(strict=True, reason="floors set by the lead at the session's merge")


@pytest.mark.parametrize(
    ("split", "cells"),
    [("test4", TEST4_CELLS), ("test5", TEST5_CELLS), ("test6", TEST6_CELLS), ("test7", TEST7_CELLS),
     ("test8", TEST8_CELLS), ("test9", TEST9_CELLS), ("test10", TEST10_CELLS), ("test11", TEST11_CELLS),
     ("test12", TEST12_CELLS), ("test13", TEST13_CELLS), ("test14", TEST14_CELLS), ("test15", TEST15_CELLS),
     ("test16", TEST16_CELLS), ("test17", TEST17_CELLS), ("test18", TEST18_CELLS),
     ("test19", TEST19_CELLS), ("test20", TEST20_CELLS), ("test21", TEST21_CELLS),
     ("test22", TEST22_CELLS), ("test23", TEST23_CELLS), ("test24", TEST24_CELLS), ("test25", TEST25_CELLS),
     ("test26", TEST26_CELLS), ("test27", TEST27_CELLS), ("test28", TEST28_CELLS), ("test29", TEST29_CELLS),
     ("test30", TEST30_CELLS), ("test31", TEST31_CELLS), ("test32", TEST32_CELLS), ("test33", TEST33_CELLS),
     ("test34", TEST34_CELLS), ("test35", TEST35_CELLS),
     ("test36", TEST36_CELLS), ("test37", TEST37_CELLS), ("test38", TEST38_CELLS),
     ("test39", TEST39_CELLS), ("test40", TEST40_CELLS), ("test41", TEST41_CELLS),
     ("test42", TEST42_CELLS), ("test43", TEST43_CELLS), ("test44", TEST44_CELLS),
     ("test45", TEST45_CELLS), ("test46", TEST46_CELLS), ("test47", TEST47_CELLS)],
)  # fmt: skip
def test_blind_held_out_set_has_its_cells_and_is_scored(split: str, cells: set[tuple[str, str]]) -> None:
    """`test4` (fifteenth session), `test5` (sixteenth), `test6` (seventeenth), `test7` (eighteenth), `test8`
    (nineteenth), `test9` (twentieth), `test10` (twenty-first), `test11` (twenty-second), `test12` (twenty-third),
    `test13` (twenty-fourth), `test14` (twenty-fifth), `test15` (twenty-sixth), `test16` (twenty-seventh), `test17`
    (twenty-eighth), `test18` (thirtieth), `test19` (thirty-first), `test20` (thirty-second), `test21`
    (thirty-third), `test22` (thirty-fourth), `test23` (thirty-fifth), `test24` (thirty-sixth), `test25`
    (thirty-seventh), `test26` (thirty-eighth), `test27` (thirty-ninth), `test28` (fortieth), `test29`
    (forty-first), `test30` (forty-second), `test31` (forty-third), `test32` (forty-fourth), `test33`
    (forty-fifth), `test34` (forty-sixth), `test35` (forty-seventh), `test36` (forty-eighth), `test37`
    (forty-ninth), `test38` (fiftieth), `test39` (fifty-first), `test40` (fifty-second), `test41` (fifty-third),
    `test42` (fifty-fourth), `test43` (fifty-fifth), `test44` (fifty-sixth), `test45` (fifty-seventh), `test46`
    (fifty-eighth) and `test47` (fifty-ninth), each written blind,
    are eight documents, one in each genre × language cell it was written for (so each language twice in the first
    three and in `test8` to `test23`; `test5`
    has none of
    `test4`'s cells, `test6` none of `test5`'s and of `test4`'s only the two news cells; `test7` was given its cells
    by the lead: three English, one zh-Hans, two joint statements; `test8` too: two press releases, no brief in ja;
    `test9` too: two news stories, one in en and one in zh-Hant; `test10` too: the same two news cells, two
    English documents and no presser in zh-Hans; `test11` too: the same two news cells again, each other genre in a
    language `test10` did not give it; `test12` too: news in zh-Hans and ja, each other genre but the presser
    (zh-Hant, as in `test10`) in a language neither `test10` nor `test11` gave it; `test13` too: `test10`'s cells
    but the academic article in zh-Hant and the presser in zh-Hans; `test14` too: `test12`'s cells but the brief in
    ja and the academic article in en; `test15` too: news in en and ja, press zh-Hant, joint en, brief zh-Hans,
    academic ja, encyclo zh-Hant and presser zh-Hans; `test16` too: news in zh-Hans and zh-Hant, press ja, joint
    zh-Hant, brief en, academic zh-Hans, encyclo en and presser ja; `test17` too: `test15`'s cells but press in zh-Hans,
    brief zh-Hant, encyclo zh-Hans and presser zh-Hant; `test18` too: news in en and zh-Hant, each other genre in a
    language `test17` did not give it: press ja, joint zh-Hans, brief en, academic zh-Hant, encyclo ja and presser
    zh-Hans; `test19` too: news in ja and zh-Hans, each other genre in a language `test18` did not give it: press en,
    joint zh-Hant, brief zh-Hans, academic en, encyclo zh-Hant and presser ja; `test20` too: `test18`'s cells, news in
    en and zh-Hant, press ja, joint zh-Hans, brief en, academic zh-Hant, encyclo ja and presser zh-Hans; `test21` too:
    `test14`'s cells but the academic article in zh-Hans and the encyclopedia page in en: news in zh-Hans and ja, press
    en, joint zh-Hant, brief ja, academic zh-Hans, encyclo en and presser zh-Hant; `test22` too: news in en and
    zh-Hant, each other genre in a language `test21` did not give it: press zh-Hans, joint ja, brief zh-Hant, academic
    ja, encyclo zh-Hans and presser en; `test23` too: news in zh-Hans and ja, each other genre in a language `test22`
    did not give it: press ja, joint en, brief ja, academic zh-Hant, encyclo en and presser zh-Hans; `test24` too:
    news in en and zh-Hant, each other genre in a language `test23` did not give it: press zh-Hant, joint zh-Hans,
    brief en, academic ja, encyclo zh-Hant and presser ja, so zh-Hant three times and zh-Hans once; `test25` too:
    news in ja and zh-Hans, press en, joint zh-Hant, brief zh-Hans, academic en, encyclo ja and presser zh-Hans, so
    zh-Hans three times and zh-Hant once; `test26` too: `test24`'s cells but the joint statement in ja and the
    academic article in zh-Hans: news in en and zh-Hant, press zh-Hant, joint ja, brief en, academic zh-Hans, encyclo
    zh-Hant and presser ja, so zh-Hant three times and zh-Hans once; `test27` too: `test25`'s cells but the brief in
    zh-Hant and the second news story in zh-Hant: news in ja and zh-Hant, press en, joint zh-Hans, brief zh-Hant,
    academic en, encyclo ja and presser zh-Hans, so each language twice; `test28` too: each genre in a language
    `test27` did not give it, the news stories in en and zh-Hans: press ja, joint zh-Hant, brief zh-Hans, academic ja,
    encyclo en and presser zh-Hant, so each language twice; `test29` too: the news stories in ja and zh-Hans, each
    other genre in a language `test28` did not give it: press zh-Hant, joint en, brief ja, academic zh-Hans, encyclo
    zh-Hant and presser en, so each language twice; `test30` too: the news stories in en and zh-Hant, each other
    genre in a language `test29` did not give it: press ja, joint zh-Hans, brief zh-Hant, academic en, encyclo ja and
    presser zh-Hans, so each language twice; `test31` too: the news stories in ja and en, each other genre in a
    language `test30` did not give it: press zh-Hans, joint zh-Hant, brief en, academic ja, encyclo zh-Hans and
    presser zh-Hant, so each language twice; `test32` too: the news stories in zh-Hans and ja, each other genre in a
    language `test31` did not give it: press zh-Hant, joint en, brief ja, academic zh-Hans, encyclo zh-Hant and
    presser en, so each language twice; `test33` too: the news stories in en and zh-Hant, each other genre in a
    language `test32` did not give it: press ja, joint zh-Hans, brief zh-Hant, academic en, encyclo ja and presser
    zh-Hans, so each language twice; `test34` too: the news stories in ja and zh-Hans, each other genre in a language
    `test33` did not give it: press zh-Hant, joint en, brief zh-Hans, academic ja, encyclo zh-Hant and presser en, so
    each language twice; `test35` too: the news stories in zh-Hant and ja, each other genre in a language `test34` did
    not give it: press en, joint zh-Hans, brief ja, academic zh-Hant, encyclo en and presser zh-Hans, so each language
    twice; `test36` too: the news stories in en and zh-Hans, each other genre in a language `test35` did not give it:
    press zh-Hant, joint ja, brief zh-Hans, academic en, encyclo zh-Hant and presser ja, so each language twice;
    `test37` too: the news stories in zh-Hant and en, each other genre in a language `test36` did not give it: press
    ja, joint zh-Hans, brief en, academic zh-Hant, encyclo ja and presser zh-Hans, so each language twice; `test38`
    too: the news stories in ja and zh-Hans, each other genre in a language `test37` did not give it: press en, joint
    zh-Hant, brief ja, academic en, encyclo zh-Hans and presser zh-Hant, so each language twice; `test39` too:
    the news stories in en and zh-Hant, each other genre in a language `test38` did not give it: press ja, joint
    zh-Hans, brief zh-Hant, academic ja, encyclo en and presser zh-Hans, so each language twice; `test40` too: the
    news stories in ja and zh-Hans, each other genre in a language `test39` did not give it: press en, joint zh-Hant,
    brief en, academic zh-Hans, encyclo ja and presser zh-Hant, so each language twice; `test41` too: the news
    stories in en and zh-Hant, each other genre in a language `test40` did not give it: press zh-Hans, joint ja, brief
    zh-Hant, academic en, encyclo zh-Hans and presser ja, so each language twice; `test42` was given its cells by
    the lead, each genre in a language neither `test41` nor `test40` gave it: news zh-Hans, press zh-Hant, joint en,
    brief ja, academic ja, encyclo zh-Hant and en, presser zh-Hans, so each language twice and two encyclopedia pages;
    `test43` was given its cells by the lead the same way, each genre in a language neither `test42` nor `test41` gave
    it: news ja, press en, joint zh-Hans, brief en and zh-Hans, academic zh-Hant, encyclo ja, presser zh-Hant, so each
    language twice and two briefs; `test44` the same way, each genre in a language neither `test43` nor `test42`
    gave it: news en and zh-Hant, presser en, press ja, joint ja, academic zh-Hans, encyclo zh-Hans, brief zh-Hant, so
    each language twice and two news stories; `test45` the same way, each genre in a language neither `test44` nor
    `test43` gave it: joint en and zh-Hant, academic en, brief ja, presser ja, news zh-Hans, press zh-Hans, encyclo
    zh-Hant, so each language twice and two joint statements; `test46` the same way, each genre in a language neither
    `test45` nor `test44` gave it: brief en, encyclo en, news ja, academic ja and zh-Hant, joint zh-Hans, presser
    zh-Hans, press zh-Hant, so each language twice and two academic articles; `test47` the same way, each genre in a
    language neither `test46` nor `test45` gave it: news en and zh-Hant, presser en, press ja, joint ja, academic
    zh-Hans, encyclo zh-Hans, brief zh-Hant, so each language twice and two news stories).
    Each is held out like `test3`: never added to or moved, and scored apart by benchmarks/eval_extraction.py (a split
    of its own, in the default run and in `--split`). Checked without running the extractor."""
    docs = [d for d in DOCUMENTS if d["split"] == split]
    assert len(docs) == 8
    assert {(d["genre"], d["language"]) for d in docs} == cells
    assert Counter(d["language"] for d in docs) == Counter(language for _, language in cells)
    assert all(d["file"].startswith(f"{split}/") for d in docs)
    module = benchmark()
    assert split in module.SPLITS and split in module.TITLES
    assert split in module.run.__defaults__[0]


@pytest.mark.parametrize(
    "split",
    ["test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11",
     "test12", "test13", "test14", "test15", "test16",
     "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24",
     "test25", "test26", "test27", "test28", "test29", "test30",
     "test31", "test32", "test33", "test34", "test35", "test36", "test37",
     "test38", "test39", "test40", "test41", "test42", "test43", "test44",
     "test45", "test46", "test47"],
)  # fmt: skip
def test_blind_held_out_set_has_floors(split: str) -> None:
    """A blind set's floors were set once, by the lead at its session's merge, then only raised
    (tests/corpus_floors.json). Checked without running the extractor."""
    assert split in json.loads(FLOORS.read_text("utf-8"))


@cache
def canonical_names() -> tuple[frozenset[str], dict[str, str]]:
    """Canonical names of the gazetteer, and each alias that is not itself a canonical name → its entity's name."""
    entities = gazetteer().entities.values()
    names = frozenset(e["name"] for e in entities)
    aliases: dict[str, str] = {}
    for entity in entities:
        for forms in entity.get("aliases", {}).values():
            for alias in forms:
                if alias not in names:
                    aliases.setdefault(alias, entity["name"])
    return names, aliases


@pytest.mark.parametrize("entry", DOCUMENTS, ids=[d["file"] for d in DOCUMENTS])
def test_annotation_is_well_formed_and_grounded(entry: dict[str, Any]) -> None:
    annotation = annotation_of(entry)
    assert set(annotation) <= {"document", "headings", "footnotes", "markers", "events", "as_written"}
    assert annotation["document"] == Path(entry["file"]).name
    events = annotation["events"]
    assert events, "a corpus document states at least one event"
    assert len({e["id"] for e in events}) == len(events)
    text = squeeze(text_of(entry))
    _, aliases = canonical_names()
    seen = set()
    for event in events:
        where = f"{entry['file']} {event.get('id')}"
        assert set(event) <= EVENT_KEYS and {"id", "date", "actors", "evidence", "domain"} <= set(event), where
        assert edtf_valid(event["date"]), where
        assert event["domain"] in DOMAINS, where
        assert event["actors"] and all(isinstance(a, str) and a.strip() == a and a for a in event["actors"]), where
        assert len(set(event["actors"])) == len(event["actors"]), where
        for actor in event["actors"]:
            assert actor not in aliases, f"{where}: {actor!r} is an alias; the canonical name is {aliases[actor]!r}"
        assert "\n" not in event["evidence"] and event["evidence"].strip(), where
        assert not _SENTENCE_END.search(event["evidence"]), f"{where}: evidence runs over a sentence end"
        assert squeeze(event["evidence"]) in text, f"{where}: evidence not in the document"
        if "date_text" in event:
            assert squeeze(event["date_text"]) in text, f"{where}: date text not in the document"
        key = (event["date"], squeeze(event["evidence"]))
        assert key not in seen, f"{where}: two annotated events with the same date and evidence"
        seen.add(key)
    # `as_written` (thirty-third session, BRIEF): a gold actor the gazetteer lacks → the forms the text writes it in
    names, _ = canonical_names()
    actors = {actor for event in events for actor in event["actors"]}
    raw = text_of(entry)
    for actor, forms in annotation.get("as_written", {}).items():
        assert actor in actors and actor not in names, f"{entry['file']}: as_written {actor!r}"
        assert forms and all(isinstance(f, str) and f and f in raw for f in forms), f"{entry['file']}: {actor!r}"


@pytest.mark.parametrize(
    "entry", [d for d in DOCUMENTS if "as_written" in annotation_of(d)], ids=lambda d: str(d["file"])
)
def test_as_written_forms_are_gold_actors_written_in_the_text(entry: dict[str, Any]) -> None:
    """The `as_written` map (README, "Actors the gazetteer lacks"): each key is a gold actor of that document, and
    each form a non-empty string that stands in the document text and is no bare title of the gazetteer (a title
    alone names an office, never the person). Checked on every split without running the extractor."""
    from allyscope.scripts import fold

    annotation = annotation_of(entry)
    forms = annotation["as_written"]
    assert isinstance(forms, dict) and forms, entry["file"]
    actors = {a for event in annotation["events"] for a in event["actors"]}
    text = squeeze(text_of(entry))
    titles = gazetteer().titles
    for actor, written in forms.items():
        where = f"{entry['file']} as_written {actor!r}"
        assert actor in actors, f"{where}: not a gold actor of the document"
        assert isinstance(written, list) and written, where
        assert len(set(written)) == len(written), where
        for form in written:
            assert isinstance(form, str) and form.strip() == form and form, where
            assert squeeze(form) in text, f"{where}: {form!r} not in the document"
            assert fold(form).casefold() not in titles, f"{where}: {form!r} is a bare title"


def test_an_interaction_of_the_documents_relations_is_never_context() -> None:
    """The domain rule of README: an event whose actors hold both sides of one of the document's relations is an
    interaction of that relation, so its domain is not 'context'."""
    for entry in DOCUMENTS:
        for event in annotation_of(entry)["events"]:
            actors = set(event["actors"])
            if any(set(pair) <= actors for pair in entry["relations"]):
                assert event["domain"] != "context", f"{entry['file']} {event['id']}"


@cache
def benchmark() -> ModuleType:
    path = HERE.parent / "benchmarks" / "eval_extraction.py"
    spec = importlib.util.spec_from_file_location("eval_extraction", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not FLOORS.exists(), reason="no score floors recorded (tests/corpus_floors.json)")
@pytest.mark.parametrize(
    "split",
    ["dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11",
     "test12", "test13", "test14", "test15", "test16",
     "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24",
     "test25", "test26", "test27", "test28", "test29", "test30",
     "test31", "test32", "test33", "test34", "test35", "test36", "test37",
     "test38", "test39", "test40", "test41", "test42", "test43", "test44",
     "test45", "test46", "test47"],
)  # fmt: skip
def test_extraction_at_or_above_floors(split: str) -> None:
    floors = dict(json.loads(FLOORS.read_text("utf-8"))[split])
    counts = floors.pop("counts", {})
    tally = benchmark().run((split,))[split]["all"]
    figures = tally.figures()
    below = {
        k: (round(figures[k], 4), v)
        for k, v in floors.items()
        if figures[k] + 1e-9 < v and not _more_found_none_lost(tally, k, counts)
    }
    assert not below, f"{split} half below its floors (measured, floor): {below}"
    fewer = {k: (getattr(tally, k), v) for k, v in counts.items() if getattr(tally, k) < v}
    assert not fewer, f"{split} half below its count floors (measured, floor): {fewer}"


# A rate measured over the matched events (or over those whose actors are right) and the tally's count of its right
# events and of its denominator (thirty-ninth session, lead).
_CONDITIONAL_RATES = {
    "date_exact": ("date_exact", "found"),
    "actors": ("actors", "matched"),
    "actors_english_only": ("actors_english_only", "matched"),
    "domain": ("domain", "matched"),
    "domain_actors_ok": ("domain_actors_ok", "actors_ok"),
}


def _more_found_none_lost(tally: Any, key: str, counts: dict[str, int]) -> bool:
    """A rate conditional on a match may fall below its floor only because more events were matched: its
    denominator grew past the floor's count and its count of right events is at or above the floor's count (no
    right event lost in the pool). Pinned so since the thirty-eighth session found three rules withdrawn whose
    only fault was one more event found with its actors or domain wrong; the counts are floors of their own
    (`counts` in tests/corpus_floors.json, set with the rates and only raised)."""
    if key not in _CONDITIONAL_RATES:
        return False
    right, denominator = _CONDITIONAL_RATES[key]
    if right not in counts or denominator not in counts:
        return False
    return bool(getattr(tally, denominator) > counts[denominator] and getattr(tally, right) >= counts[right])


def test_a_conditional_rate_below_its_floor_passes_only_with_more_found_and_none_lost() -> None:
    """The escape above, on tallies built by hand: more matched and as many right passes; as many matched, or
    one right event fewer, fails; a rate no count pins (precision, recall) never escapes."""
    module = benchmark()
    floors = {"actors": 10, "matched": 12, "domain": 9, "found": 12, "date_exact": 12, "actors_ok": 10,
              "domain_actors_ok": 9, "actors_english_only": 10}  # fmt: skip
    grown = module.Tally(matched=13, actors=10, domain=9, found=13, date_exact=12, actors_ok=10, domain_actors_ok=9)
    assert _more_found_none_lost(grown, "actors", floors)
    assert _more_found_none_lost(grown, "domain", floors)
    assert _more_found_none_lost(grown, "date_exact", floors)
    assert not _more_found_none_lost(grown, "domain_actors_ok", floors)  # its denominator did not grow
    lost = module.Tally(matched=13, actors=9, domain=9, found=13, date_exact=12)
    assert not _more_found_none_lost(lost, "actors", floors)
    same = module.Tally(matched=12, actors=9, domain=8)
    assert not _more_found_none_lost(same, "actors", floors)
    assert not _more_found_none_lost(grown, "precision", floors)
    assert not _more_found_none_lost(grown, "actors", {})


def test_a_case_side_the_gazetteer_lacks_is_scored_without_a_case(capsys: pytest.CaptureFixture[str]) -> None:
    """A held-out document may name a relation with a polity the gazetteer lacks (as a user's case may): the
    benchmark says so and scores the reading without a case, instead of stopping the whole run."""
    from allyscope.knowledge.case import active_case

    before = active_case()
    entry = {"file": "dev/made_up.txt", "relations": [["United States", "Freedonia of the Tests"]]}
    assert benchmark()._activate_case_of(entry) is None
    assert active_case() is before
    assert "Freedonia of the Tests" in capsys.readouterr().err


def test_aggregate_only_prints_one_pooled_line_per_half(capsys: pytest.CaptureFixture[str]) -> None:
    """A blind set written one document per genre shows each document's figures in its genre lines; the pooled
    line alone is what a helper may read of it."""
    assert benchmark().main(["--split", "test2", "--aggregate-only"]) == 0
    printed = capsys.readouterr().out
    rows = [line for line in printed.splitlines() if line.strip().startswith(("all ", "news", "press", "en "))]
    assert [row.split()[0] for row in rows] == ["all"]
    assert "by genre" not in printed and "by language" not in printed
    assert benchmark().main(["--split", "test2", "--aggregate-only", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload["test2"]) == {"all"} and payload["test2"]["all"]["documents"] == 4
