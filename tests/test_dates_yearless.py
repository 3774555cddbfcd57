"""Dates anchored on the dates before them: English months named alone after a preposition of time (`In February`,
`since March`), days counted in Chinese numerals (`五天後`), and years that are part of a document's name (`the 2016
Joint Declaration`), on sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates, rules

_DOC = Anchor(2021, 3, 14)


def _read(text: str, document_date: Anchor | None = _DOC) -> list[tuple[str, str, str]]:
    return [(m.text, m.edtf, m.basis) for m in find_dates(text, document_date=document_date) if m.dates_event]


def test_a_month_after_a_preposition_takes_the_documents_year() -> None:
    assert _read("In February, two frigates sailed north.") == [("February", "2021-02", "document-date")]
    assert _read("The office opened in mid-January.") == [("January", "2021-01", "document-date")]
    # later in the year than the document's date by more than two months: the year before
    assert _read("During November the talks stalled.") == [("November", "2020-11", "document-date")]


def test_a_month_alone_follows_the_date_before_it_in_its_paragraph() -> None:
    found = _read("On 3 May 2019 the envoys met in Lisbon. In August they met again.")
    assert found[-1] == ("August", "2019-08", "previous-date")


def test_since_a_month_opens_a_period() -> None:
    assert _read("Since January the liaison office has been staffed.")[0][1] == "2021-01/.."


def test_a_month_that_is_no_date_is_not_read() -> None:
    assert _read("March on, the captain said; the ministers may meet.") == []
    assert _read("In February 2018 they met.") == [("February 2018", "2018-02", "explicit")]
    assert _read("In February nothing happened.", document_date=None) == []  # nothing anchors it


def test_a_year_inside_a_document_name_dates_no_event() -> None:
    assert _read("Building on the 2016 Joint Declaration on Strategic Partnership, the envoys met in 2019.") == [
        ("2019", "2019", "explicit")
    ]
    assert _read("They revised the 2015 guidelines in 2018.") == [("2018", "2018", "explicit")]
    assert _read("In 2016 they signed the agreement.") == [("2016", "2016", "explicit")]
    assert _read("The 2023 summit in Lisbon was held in July.")[0][1] == "2023"  # a summit is a happening


def test_the_preposition_and_document_lists_are_clean() -> None:
    r = rules()
    for key in ("month_prepositions_en", "document_nouns_en"):
        words = r[key]
        assert words and len(set(words)) == len(words) and all(w == w.lower().strip() for w in words), key


@given(st.sampled_from(sorted(k.capitalize() for k in rules()["months_en"] if len(k) > 3)), st.integers(1990, 2030))
def test_a_lone_month_is_always_within_a_year_of_the_document(month: str, year: int) -> None:
    found = _read(f"In {month} the two sides met.", Anchor(year, 6, 1))
    assert len(found) == 1
    y, m = map(int, found[0][1].split("-"))
    assert abs((y * 12 + m) - (year * 12 + 6)) <= 12


def test_days_later_in_chinese_numerals_count_from_the_date_before() -> None:
    text = "12月3日两国在河内会谈；五天後，双方在西贡签署备忘录。两天后再谈。"
    found = [(m.text, m.edtf) for m in find_dates(text, document_date=Anchor(2022, 12, 20))]
    assert found == [("12月3日", "2022-12-03"), ("五天後", "2022-12-08"), ("两天后", "2022-12-10")]


def test_a_count_of_times_before_japan_is_no_next_day() -> None:
    text = "2011年5月2日，两国举行首次日澳外长会谈，次日签署声明；再次日程另定。"
    found = [(m.text, m.edtf) for m in find_dates(text)]
    assert found == [("2011年5月2日", "2011-05-02"), ("次日", "2011-05-03")]
    heads = rules()["count_words"]["before"]
    assert len(set(heads)) == len(heads) and "次" not in heads


def test_a_month_alone_in_a_new_paragraph_takes_the_documents_year() -> None:
    text = "双方去年10月在华沙举行首次会谈。\n\n2月，加拿大舰艇首次参加波兰海军的演习。"
    found = [(m.edtf, m.basis) for m in find_dates(text, document_date=_DOC)]
    assert found == [("2020-10", "document-date"), ("2021-02", "document-date")]
    # in the same paragraph a month later in the year runs on from `去年10月` (December of last year); an earlier one
    # would run the story backwards within a year dated by the present, so it takes the document's date
    later = text.replace("\n\n", "").replace("2月", "12月")
    assert [(m.edtf, m.basis) for m in find_dates(later, document_date=_DOC)][1] == ("2020-12", "previous-date")
    same_paragraph = [(m.edtf, m.basis) for m in find_dates(text.replace("\n\n", ""), document_date=_DOC)]
    assert same_paragraph[1] == ("2021-02", "document-date")
    # after a year the text writes out, an earlier month still follows it
    explicit = find_dates("双方2020年10月在华沙举行首次会谈。2月，加拿大舰艇首次参加演习。", document_date=_DOC)
    assert [(m.edtf, m.basis) for m in explicit][1] == ("2020-02", "previous-date")


def test_targets_and_deadlines_date_no_event() -> None:
    targets = ("They hope to finish by the end of 2026.", "两国力争2028年前完成谈判。", "双方将在2029年之前完成部署。")
    for text in targets:
        assert [m.role for m in find_dates(text)] == ["period-end"], text
    assert [m.role for m in find_dates("2019年前往华沙访问。")] == [""]  # 前往: went to, in 2019
    assert [m.role for m in find_dates("到2030年，两国已举行十次会谈。")] == [""]  # 到 opens a clause


def test_a_chronology_line_that_opens_with_its_date_is_no_dateline() -> None:
    text = "Chronology\n\n3 May 1999 – Chile and Peru sign a border protocol.\n\nLIMA, May 4, 1999 — Officials said."
    roles = [(m.text, m.role) for m in find_dates(text)]
    assert roles == [("3 May 1999", ""), ("May 4, 1999", "dateline")]


def test_page_stamps_and_by_phrases_date_no_event() -> None:
    assert [m.role for m in find_dates("This page was last edited on 4 March 2024.")] == ["furniture"]
    assert [m.role for m in find_dates("By mid-2019 the two navies had stopped the drills.")] == ["period-end"]
    assert [m.role for m in find_dates("The ministry published on 3 May 2024 a new paper.")] == [""]


def test_since_then_hands_a_lone_month_to_the_documents_date() -> None:
    text = "Talks began in Lima in October 2019. Since then ties have grown. In January the navies met off Callao."
    found = [(m.text, m.edtf, m.basis) for m in find_dates(text, document_date=_DOC)]
    assert found[-1] == ("January", "2021-01", "document-date")
    without = text.replace("Since then ties have grown. ", "")
    assert [m.edtf for m in find_dates(without, document_date=_DOC)][-1] == "2019-01"


def test_months_counted_from_the_documents_date() -> None:
    written = Anchor(2024, 2, 10)

    def read(text: str) -> list[tuple[str, str]]:
        return [(m.text, m.edtf) for m in find_dates(text, document_date=written)]

    assert read("两国本月8日在河内签署备忘录。") == [("本月8日", "2024-02-08")]
    assert read("上月，两国海军举行演习。先月の会談で合意した。") == [("上月", "2024-01"), ("先月", "2024-01")]
    assert read("Chile joined in May last year.") == [("May last year", "2023-05")]
    assert read("Last March the envoys met; next April they meet again.") == [
        ("March", "2023-03"),
        ("April", "2024-04"),
    ]
    assert read("Last month the envoys met.") == [("Last month", "2024-01")]


def test_a_weekday_in_brackets_after_a_date_is_that_date() -> None:
    found = [
        (m.text, m.edtf) for m in find_dates("本9日（金曜日）、両国は署名した。", document_date=Anchor(2024, 2, 10))
    ]
    # (date81: `本9日` is read whole, the day of the document's date its number names: `glossed_days_bare`)
    assert found == [("本9日", "2024-02-09")]


def test_a_cjk_year_before_a_document_noun_names_it_and_an_extension_ends_a_period() -> None:
    found = [(m.text, m.document, m.role) for m in find_dates("双方签署议定书，将2005年备忘录的效期延长至2040年。")]
    assert found == [("2005年", True, ""), ("2040年", False, "period-end")]
    assert [m.document for m in find_dates("2016年签署协定。2023年战略对话在东京举行。")] == [False, False]


def test_a_question_states_no_event() -> None:
    from allyscope import parse_text
    from allyscope.events import extract_events

    doc = parse_text("Title\n\n1. Body\n\nQ: Did Chile and Peru sign the accord in May 2019?\n")
    assert extract_events(doc, "t") == []
    # what a question builds on, before its last comma, is stated
    doc = parse_text("标题\n\n一、正文\n\n问：智利与秘鲁2019年5月签署协定，你对此有何评论？\n")
    assert [e.date for e in extract_events(doc, "t")] == ["2019-05"]


def test_an_english_decade_since_which_something_grew_is_a_period() -> None:
    roles = [(m.text, m.role) for m in find_dates("Since the 2010s the ties have grown.")]
    assert roles == [("the 2010s", "period")]
    assert [m.role for m in find_dates("In the 1990s the two navies met twice.")] == [""]


def test_that_before_a_month_points_back_to_the_year_of_the_date_before() -> None:
    found = _read("Talks opened in January 2019. The two states signed a partnership that September.")
    assert found[-1] == ("September", "2019-09", "previous-date")
    # the date before is in an earlier paragraph and of another year than the document's: still its year
    assert _read("The envoys met in May 2016.\n\nThey signed the accord that October.")[-1][1] == "2016-10"
    assert _read("He said that March was a hard month.") == []  # no date before for `that` to point back to
