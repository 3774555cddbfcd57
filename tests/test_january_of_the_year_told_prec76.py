"""A yearless January in a December document, told before the later months of its year (prec76, issue 14 item 1).

A review, brief or briefing of December that tells its year in order (`1月…。6月…`) means the January of that
year; the nearest-year rule alone reads it as the January to come, and the act as planned. The words and states
here are not those of the dev documents that showed it (a Nauruan switch of recognition, a Japan–Australia
agreement, an Iraqi airport strike, an Ethiopian memorandum, a visit to Luanda); the traps are the Januaries that
are to come: counted by a word, told with no later month after them, or followed by a month of the next year.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates import Anchor, find_dates
from allyscope.dates.stage import mark_dates
from allyscope.dates.values import DateMention
from allyscope.dates.year_end import january_of_the_year_told
from allyscope.pipeline import parse_text


def _moved(text: str, document: Anchor) -> dict[str, str]:
    found = find_dates(text, document_date=document)
    return {m.text: m.edtf for m in january_of_the_year_told(text, found, document)}


def test_a_january_told_before_the_years_later_months_is_of_the_documents_year() -> None:
    text = (
        "1月12日，智利与新西兰外长举行视频会谈。14日，双方签署了南极科研合作备忘录。\n\n"
        "6月3日，新西兰国防部长访问圣地亚哥。"
    )
    got = _moved(text, Anchor(2021, 12, 28))
    assert got["1月12日"] == "2021-01-12"
    assert got["14日"] == "2021-01-14"  # told from the January, it moves with it
    assert got["6月3日"] == "2021-06-03"


def test_english_and_japanese_reviews_read_alike() -> None:
    text = (
        "On 9 January the Peruvian and Colombian navies opened a joint patrol. Two days later the first ships sailed."
        "\n\nIn April the two ministers met in Lima."
    )
    got = _moved(text, Anchor(2018, 12, 14))
    assert got["9 January"] == "2018-01-09"
    assert got["Two days later"] == "2018-01-11"
    text = "1月28日、フィジーとトンガの両政府は海上保安協力の覚書に署名した。\n\n7月には合同訓練が行われた。"
    assert _moved(text, Anchor(2016, 12, 20))["1月28日"] == "2016-01-28"


def test_the_stage_reads_a_date_line_as_the_documents_date() -> None:
    doc = mark_dates(
        parse_text(
            "智利与新西兰关系年度回顾\n\n2021-12-28 09:30\n\n今年开年，两国关系就迈出重要一步。"
            "1月12日，两国外长举行视频会谈，同意加强南极和海洋事务合作。14日，双方签署了南极科研合作备忘录，约定共享极地观测数据。\n\n"
            "防务交流是今年的另一亮点。6月3日，新西兰国防部长访问圣地亚哥，与智利国防部长举行会谈。\n\n"
            "（责任编辑：王明）\n"
        )
    )
    got = {m.text: m.edtf for m in doc.dates}
    assert (got["1月12日"], got["14日"], got["6月3日"]) == ("2021-01-12", "2021-01-14", "2021-06-03")


def test_traps_a_january_to_come_stays_in_the_next_year() -> None:
    document = Anchor(2021, 12, 28)
    # counted by a word: the next year's January, whatever follows
    text = "双方同意明年1月在惠灵顿举行会谈。6月，两国曾举行海上联合演习。"
    assert _moved(text, document)["明年1月"] == "2022-01"
    text = "The ministers will meet again next January. In June they had signed a fisheries accord."
    assert _moved(text, document)["January"] == "2022-01"
    # no month after it: the text ends on what is to come
    text = "6月，两国举行海上联合演习。展望明年，新总统将于1月20日就职。"
    assert _moved(text, document)["1月20日"] == "2022-01-20"
    # a later month told from it in its own paragraph is read from it, not in the document's year: no evidence
    text = "双方将于1月15日举行会谈，4月签署协定。"
    assert _moved(text, document)["1月15日"] == "2022-01-15"
    # the first month after it is of the next year: a schedule, not a review
    text = "双方将于1月15日举行会谈，并计划于2022年3月签署协定。"
    assert _moved(text, document)["1月15日"] == "2022-01-15"
    # a document of November: the nearest-year rule already reads its January as the past; nothing moves
    text = "1月12日，两国外长举行会谈。6月3日，国防部长访问。"
    assert _moved(text, Anchor(2021, 11, 28))["1月12日"] == "2021-01-12"


_EDTF = st.one_of(
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(2019, 2023), st.integers(1, 12)),
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(2019, 2023), st.integers(1, 12),
              st.integers(1, 28)),
    st.builds(str, st.integers(2019, 2023)),
)  # fmt: skip
_MENTION = st.builds(
    lambda edtf, basis: DateMention(0, 0, "x", edtf, "day" if edtf.count("-") == 2 else "month" if "-" in edtf
                                    else "year", "relative", basis=basis),
    _EDTF, st.sampled_from(["explicit", "document-date", "previous-date", "relative"]),
)  # fmt: skip


@given(st.lists(_MENTION, max_size=8), st.integers(1, 12), st.integers(1, 28))
def test_a_date_moves_only_a_year_back_into_the_documents_year_and_never_past_its_date(
    found: list[DateMention], month: int, day: int
) -> None:
    written = Anchor(2021, month, day)
    out = january_of_the_year_told("", found, written)
    assert len(out) == len(found)
    for before, after in zip(found, out, strict=True):
        if before == after:
            continue
        assert month == 12  # only a document of December moves a date
        assert before.edtf.startswith("2022") and after.edtf == "2021" + before.edtf[4:]
        assert (after.basis, after.text, after.start) == (before.basis, before.text, before.start)
        assert after.basis != "explicit"
        assert after.edtf[:7] <= "2021-12"
