"""The document's own date (`Document.date`, `date_source`): read from the front matter, never from a note or a
body sentence. Front matters written for these tests in each language; a property test renders any day in every
form the data knows and reads it back."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.edtf import bounds
from allyscope.layout.dating import document_date

# (front lines, last lines, expected date, expected source) — the shapes the issue names, in our own words.
TUNED = [
    (["Tokyo and Brussels widen their agenda", "June 24, 2025", "By A. Writer"], [], "2025-06-24", "dateline"),
    (["两国防务对话取得进展", "2023-05-12 17:08　来源：某某网"], [], "2023-05-12", "dateline"),
    (["防衛交流の現状について", "令和元年11月7日", "防衛研究所"], [], "2019-11-07", "dateline"),
    (["安全合作的新动向", "作者：某某"], ["责任编辑：某某", "最后更新：2024年3月5日"], "2024-03-05", "last-updated"),
    (["国際安全保障研究　第14号（令和6年3月）", "海洋安全保障の展望"], [], "2024-03", "issue"),
    (["现代国际关系 2022年第6期", "论联盟的扩展"], [], "2022", "issue"),
    (["Journal of Maritime Affairs, Vol. 9 (2024)", "Sea Lanes and Partners"], [], "2024", "issue"),
    (["两国联合声明", "2021年4月9日，马尼拉"], [], "2021-04-09", "dateline"),  # a place after a comma
    # a web page reprinting a journal article: the page's labelled date, in a field after the source, wins
    (["海上合作的新形态", "来源：《某刊》2022年第4期　　发布时间：2022-09-01"], [], "2022-09-01", "published"),
    (["Ports and Partners", "Source: Example Review | Published: May 2, 2023"], [], "2023-05-02", "published"),
]
# Written after the rules were frozen, never tuned on: how far the rules reach beyond the shapes above.
HELD_OUT = [
    (["Alliances in Transition", "Posted on 3 March 2021", "Staff"], [], "2021-03-03", "published"),
    (["發布時間：2020/11/02", "臺灣的國防外交"], [], "2020-11-02", "published"),
    (["月刊防衛 2021年8月号", "装備協力の課題"], [], "2021-08", "issue"),
    (
        ["SEOUL, Oct. 5, 2022 – Officials met again this week to review the exercise schedule."],
        [],
        "2022-10-05",
        "dateline",
    ),
    (["新华社布鲁塞尔２０２４年７月１０日电", "题目"], [], "2024-07-10", "dateline"),
    (["Security Review", "Vol. 12, No. 3 (Autumn 2019)"], [], "2019", "issue"),
    (["論文", "平成30年4月1日"], ["最終更新日：平成30年5月2日"], "2018-04-01", "dateline"),
    (["The Quiet Partnership"], ["Last updated: 14 February 2023"], "2023-02-14", "last-updated"),
]


@pytest.mark.parametrize("front,tail,date,source", TUNED + HELD_OUT)
def test_document_date_from_front_matter(front: list[str], tail: list[str], date: str, source: str) -> None:
    assert document_date(front, tail) == (date, source)
    bounds(date)  # every value is an EDTF date the rest of allyscope reads


@pytest.mark.parametrize(
    "front",
    [
        ["2023 年 7 月，两国首脑在峰会上签署新的合作文件，标志着关系提质升级。"],  # a body sentence opening with a date
        ["收稿日期：2023-12-01", "标题"],  # a received date is not the document's
        ["Journal of Alliance Studies, Vol. 3, No. 2", "Title"],  # an issue line without a year
        ["[1] 外务省：《外交青书》，2023年4月11日。"],  # a note's date
        ["新华社东京6月24日电"],  # a dateline without its year
    ],
)
def test_no_date_where_the_document_states_none(front: list[str]) -> None:
    assert document_date(front, []) is None


def test_date_in_parse_json_and_never_from_notes() -> None:
    text = (
        "协作的边界\n\n2021年9月30日\n\n某某\n\n一、引言\n\n正文说明背景。[1]\n\n"
        "[1]　某部：《报告》，2019年1月2日。\n· 3 ·\n"
    )
    doc = parse_text(text)
    assert (doc.date, doc.date_source) == ("2021-09-30", "dateline")
    undated = parse_text(text.replace("2021年9月30日\n\n", ""))
    assert undated.date is None and undated.date_source is None


def _era(day: datetime.date) -> str:
    if day >= datetime.date(2019, 5, 1):
        year = day.year - 2018
        return f"令和{'元' if year == 1 else year}年{day.month}月{day.day}日"
    return f"平成{day.year - 1988}年{day.month}月{day.day}日"


_FORMS = [
    lambda d: d.isoformat(),
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year} 年 {d.month} 月 {d.day} 日",
    _era,
    lambda d: d.strftime("%B %-d, %Y"),
    lambda d: d.strftime("%-d %B %Y"),
    lambda d: d.strftime("%b. %-d, %Y"),
    lambda d: f"{d.isoformat()} {d.day % 24:02d}:{d.month * 4:02d}",
]


@given(
    day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2035, 12, 31)),
    form=st.sampled_from(range(len(_FORMS))),
    lead=st.sampled_from(["", "Tokyo, ", "新华社北京", "Posted: ", "发布时间："]),
    wide=st.booleans(),
)
def test_any_day_in_any_form_reads_back(day: datetime.date, form: int, lead: str, wide: bool) -> None:
    written = _FORMS[form](day)
    if wide:
        written = written.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    found = document_date(["A title", lead + written, "Body text follows."], [])
    assert found is not None and found[0] == day.isoformat()
    assert found[1] == ("published" if lead in ("Posted: ", "发布时间：") else "dateline")


def test_date_data_is_whole() -> None:
    """Every form, label and issue expression of data/layouts/document_date.json compiles and is used."""
    from allyscope.layout.dating import LAST_RESORT, MODIFIED_ONLY, SOURCES, rules

    r = rules()
    assert {f.name for f in r.forms} and all(f.pattern.groupindex.keys() & {"y", "era"} for f in r.forms)
    # lay68: a wiki's last edit; lay71: an event's date, trusted last
    assert {source for source, _ in r.labels} <= set(SOURCES) | set(MODIFIED_ONLY) | set(LAST_RESORT)
    assert r.issue and r.max_lead > 0 and r.front_lines > 0
