"""lay47 (twenty-fourth session): front matter — affiliations keyed by superscript letters, a series'
installment line over the title, a page's kicker over a longer title under which a labelled byline opens, a staff
credit after the writer on one byline. Each rule on text in other words than the corpus documents
(`tests/layouts/l47_*`) that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text

_EN_BODY = (
    "Abstract: Port inspections shared between neighbours save money and train staff. We compare two regions.\n"
    "Keywords: port state control, inspections\n"
    "1. Introduction\nInspectors are scarce in small ports, and ships know it.\n"
)
_LETTERS = "ᵃᵇᶜᵈ"


def test_superscript_letters_key_writers_to_their_affiliations() -> None:
    """`Olga Petrenkoᵃ, Samuel Okekeᵇ and Mai Linhᵃ` over `ᵃ …` and `ᵇ …`: the letters key the writers'
    institutions as superscript digits do; they are no part of the names, and each keyed line is an affiliation."""
    doc = parse_text(
        "Harbour Governance Papers, No. 3\nShared Inspectors in Small Ports\n"
        "Olga Petrenkoᵃ, Samuel Okekeᵇ and Mai Linhᵃ\n"
        "ᵃ Institute of Maritime Law, Northern Coast University, Tromsø\n"
        "ᵇ Department of Politics, University of the Lagoon, Lagos\n" + _EN_BODY
    )
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert doc.title == "Shared Inspectors in Small Ports"
    assert doc.authors == ["Olga Petrenko", "Samuel Okeke", "Mai Linh"]
    assert [k for k, _ in _furniture(doc)][-2:] == ["affiliation", "affiliation"]


@settings(max_examples=20, deadline=None)
@given(
    keys=st.lists(st.lists(st.sampled_from(_LETTERS[:3]), min_size=1, max_size=2, unique=True), min_size=2, max_size=3),
    comma=st.sampled_from([",", "˒"]),
)
def test_any_letter_keys_leave_the_names_whole(keys: list[list[str]], comma: str) -> None:
    """Whatever letters each writer carries (one or two, parted by a comma), the names are the writers, in order."""
    names = ["Olga Petrenko", "Samuel Okeke", "Mai Linh"][: len(keys)]
    byline = ", ".join(name + comma.join(k) for name, k in zip(names, keys, strict=True))
    units = ["Institute of Maritime Law, Tromsø", "Department of Politics, Lagos", "School of Law, Hanoi"]
    lines = "\n".join(f"{_LETTERS[i]} {u}" for i, u in enumerate(units))
    doc = parse_text(f"Shared Inspectors in Small Ports\n{byline}\n{lines}\n" + _EN_BODY)
    assert doc.authors == names


def test_a_series_installment_line_over_the_title_is_a_journal_line() -> None:
    """`連載　…（第3回）`, `系列评论之二`: the series and the installment, over the title, as an issue line is."""
    ja = parse_text(
        "【連載】港から考える海洋協力　第3回\n豪州とインドネシアの漁業取締りはどこまで進んだか\n2023年10月5日\n"
        "山口 亜紀（海洋政策フォーラム 研究員）\n両国の漁業当局は、毎年合同で取締りの訓練を行っている。\n"
        "訓練の成果は、現場の連絡の速さに表れている。\n"
    )
    assert ja.title == "豪州とインドネシアの漁業取締りはどこまで進んだか"
    assert ["journal", "【連載】港から考える海洋協力　第3回"] in _furniture(ja)
    zh = parse_text(
        "系列评论之二\n湄公河联合巡逻为何能持续\n作者：何晓东\n2023-06-18\n"
        "湄公河联合巡逻由四国执法部门共同开展。\n巡逻的成果在于各方人员长期合作形成的默契。\n"
    )
    assert zh.title == "湄公河联合巡逻为何能持续"
    assert zh.authors == ["何晓东"]


def test_a_numbered_meeting_in_a_title_is_no_series_line() -> None:
    """A title naming the n-th round of a meeting (`第4回日豪…協議`) opens with no series word: it stays the title."""
    doc = parse_text(
        "第4回日豪海洋安全保障協議の成果\n2023年3月1日\n外務省\n"
        "両国は海洋安全保障協議を東京で開催した。\n協議では情報共有の強化が確認された。\n"
    )
    assert doc.title == "第4回日豪海洋安全保障協議の成果"


def test_a_short_kicker_over_a_longer_title_and_a_labelled_byline_is_a_doctype() -> None:
    """`港口新闻` (a bare kicker no word list knows) over `…联合执法` and `记者 …`: the byline names the writers of
    the line right above it, so that line is the title; a report kicker (`獨家報導`) is a doctype as well."""
    doc = parse_text(
        "港口新闻\n两国渔政部门在界河开展联合执法\n记者 周洋 通讯员 李强\n2023-09-14\n"
        "两国渔政部门日前在界河开展联合执法。\n双方共出动执法船十余艘。\n"
    )
    assert doc.title == "两国渔政部门在界河开展联合执法"
    assert doc.authors == ["周洋", "李强"]
    assert _furniture(doc)[0] == ["doctype", "港口新闻"]
    hant = parse_text(
        "獨家報導\n泰緬邊境的聯合緝毒行動\n——湄公河沿岸的新合作\n文／吳家瑜\n2024-01-09\n"
        "泰國與緬甸的執法單位近來在邊境展開聯合緝毒行動。\n行動由雙方輪流主導。\n"
    )
    assert hant.title == "泰緬邊境的聯合緝毒行動"
    assert hant.authors == ["吳家瑜"]
    assert _furniture(hant)[:2] == [["doctype", "獨家報導"], ["subtitle", "——湄公河沿岸的新合作"]]


def test_a_short_title_over_a_standfirst_keeps_its_place() -> None:
    """A short title over a sentence (a standfirst with its stop) and a labelled byline: no kicker, the title stays."""
    doc = parse_text(
        "海上熱線\n兩國海巡機關去年設立熱線，今年首次在事故中啟用。\n文／吳家瑜\n2024-01-09\n"
        "熱線由雙方值班人員輪流接聽。\n啟用後，通報時間大幅縮短。\n"
    )
    assert doc.title == "海上熱線"


@settings(max_examples=20, deadline=None)
@given(
    role=st.sampled_from(["攝影／", "摄影：", "写真／", "编辑：", "圖／", "撮影＝"]),
    label=st.sampled_from(["撰文／", "文／", "作者："]),
    staff=st.sampled_from(["陳冠廷", "森田 隆", "孙立"]),
)
def test_a_staff_credit_after_the_writer_is_a_credit(role: str, label: str, staff: str) -> None:
    """`撰文／某　攝影／某` and its kin: the writer after the byline's label is the author, the staff member named
    after a wide space by a role (a photographer, an editor) is credited, no writer."""
    doc = parse_text(
        f"越寮邊境口岸的一天\n{label}鄭海燕　{role}{staff}\n2023-09-14\n"
        "清晨六點，口岸的通關大廳已經排起長隊。\n兩國海關人員在同一棟樓裡辦公。\n"
    )
    assert_offsets_valid(doc)
    assert doc.authors == ["鄭海燕"]
    assert ["credit", f"{role}{staff}"] in _furniture(doc)


def test_a_correspondent_after_the_reporter_stays_a_writer() -> None:
    """`记者 …　通讯员 …`: a correspondent's role is a byline label, a second writer, no staff credit."""
    doc = parse_text(
        "两国渔政部门在界河开展联合执法\n记者 周洋　通讯员 李强\n2023-09-14\n"
        "两国渔政部门日前在界河开展联合执法。\n双方共出动执法船十余艘。\n"
    )
    assert doc.authors == ["周洋", "李强"]


# lay45's left shapes, each decided as a convention (docs/history.md, lay47) and read by pattern


_EN_TEXT = (
    "Coastal states that share a gulf share its storms, and their rescue centres have learned to call each other.\n"
    "The agreement signed last year set out who leads a search and who lends the aircraft.\n"
)


def test_a_title_line_ending_on_a_possessive_goes_on_over_the_next_line() -> None:
    """`… Changed Their` over `Rescue Centres …`: a title cannot end on a possessive (nor on `between`, `into`),
    so the line under it is the rest of the title, however long, not a standfirst."""
    doc = parse_text(
        "Why Three Gulf States Changed Their\nRescue Centres After a Decade of Storms and Shared Searches\n"
        "By Tomas Varga\n2 October 2023\n" + _EN_TEXT
    )
    assert doc.title == (
        "Why Three Gulf States Changed Their Rescue Centres After a Decade of Storms and Shared Searches"
    )
    assert doc.authors == ["Tomas Varga"]


def test_a_title_line_ending_on_its_own_word_keeps_its_subtitle_apart() -> None:
    """A title ending on a word of its own over a longer line in prose: the line is the standfirst, as before."""
    doc = parse_text(
        "Rescue Centres in the Gulf\nHow three coastal states learned to share the work of searching at sea\n"
        "By Tomas Varga\n2 October 2023\n" + _EN_TEXT
    )
    assert doc.title == "Rescue Centres in the Gulf"


@settings(max_examples=20, deadline=None)
@given(
    name=st.sampled_from(["Tomas Varga", "Leila Haddad", "Kwame Boateng", "周海燕", "中村 恵"]),
    bar=st.sampled_from([" | ", "｜", " ｜ "]),
    date=st.sampled_from(["2 October 2023", "October 2, 2023", "2023-10-02"]),
)
def test_names_a_bar_and_a_date_under_the_title_are_the_byline(name: str, bar: str, date: str) -> None:
    """`Leila Haddad | 2 October 2023`: a byline with no label whose names a bar parts from the date; the names
    are the author, the date the dateline."""
    doc = parse_text(f"Rescue Centres in the Gulf\n{name}{bar}{date}\n" + _EN_TEXT)
    assert doc.authors == [name]
    assert doc.date == "2023-10-02"


def test_a_place_or_a_dot_before_the_date_stays_a_dateline() -> None:
    """A place a story is filed from before the bar (`東京｜…`), or names before a middle dot (`Hong Kong · …`,
    a dateline's separator): no writer."""
    for line in ("東京｜2023-10-02", "Hong Kong · 2 October 2023"):
        doc = parse_text(f"Rescue Centres in the Gulf\n{line}\n" + _EN_TEXT)
        assert doc.authors == []
        assert doc.date == "2023-10-02"


def test_a_kicker_in_capitals_glued_to_the_title_is_a_doctype() -> None:
    """`EXPLAINER — …`, `SPECIAL REPORT: …`: the kind of piece in capitals before a dash or a colon on the title's
    line is the doctype, as on a line of its own; a place in capitals (`JAKARTA — …`) keeps the title whole."""
    for kicker, sign in (("EXPLAINER", " — "), ("SPECIAL REPORT", ": "), ("OPINION", " – ")):
        doc = parse_text(f"{kicker}{sign}Who Runs a Search at Sea?\nBy Tomas Varga\n2 October 2023\n" + _EN_TEXT)
        assert doc.title == "Who Runs a Search at Sea?"
        assert _furniture(doc)[0] == ["doctype", kicker]
    doc = parse_text("JAKARTA — Rescue Centres Sign a Protocol\nBy Tomas Varga\n2 October 2023\n" + _EN_TEXT)
    assert doc.title == "JAKARTA — Rescue Centres Sign a Protocol"


def test_a_cjk_kicker_glued_to_the_title_by_a_bar_is_a_doctype() -> None:
    """`访谈｜…`, `時評／…`: a word naming the kind of piece before a bar or a slash on the title's line is the
    doctype; a word naming no kind of piece (`港口｜…`, a section or place) keeps the title whole."""
    body = "作者：蔡文静\n2022-11-03\n两国海关去年开始共享查验结果。\n共享之后，货物通关时间明显缩短。\n"
    for kicker, bar in (("访谈", "｜"), ("時評", "／"), ("观点", " | ")):
        doc = parse_text(f"{kicker}{bar}中越边境口岸的通关合作\n" + body)
        assert doc.title == "中越边境口岸的通关合作"
        assert _furniture(doc)[0] == ["doctype", kicker]
    assert parse_text("港口｜中越边境口岸的通关合作\n" + body).title == "港口｜中越边境口岸的通关合作"
