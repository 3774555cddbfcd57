"""lay30a's front and closing lines (issue 12), tried on text written in other words than the dev documents that
asked for them (tests/layouts): a writers' label closing the text over names one a line, each with the writer's
post in brackets; a closing paragraph presenting a writer with `為`/`为` and a post; an embassy's name over a
release's title; a text's first line whose clause after a comma is no writer's post. Traps: a bracket holding a
sentence under a closing label, `為` with no post after it, a real byline with a post after a comma."""

from __future__ import annotations

import pytest

from allyscope import parse_text

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}

_EN = (
    "Port Cranes and Supply Chain Risk\n"
    "Most container cranes in the region's ports were built by a handful of manufacturers abroad.\n"
    "Their control software is updated remotely, which worries several port authorities.\n"
)
_ZH = (
    "港口起重机与供应链风险\n"
    "本地区多数港口的集装箱起重机来自少数几家外国厂商。\n"
    "这些设备的控制软件需要远程更新，令一些港务部门感到担忧。\n"
)
_ZH_HANT = (
    "港口起重機與供應鏈風險\n"
    "本地區多數港口的貨櫃起重機來自少數幾家外國廠商。\n"
    "這些設備的控制軟體需要遠端更新，讓一些港務機關感到擔憂。\n"
)
_JA = (
    "港湾クレーンとサプライチェーンのリスク\n"
    "域内の港湾にあるコンテナクレーンの多くは、少数の海外メーカーが製造したものである。\n"
    "制御ソフトウェアは遠隔で更新されるため、複数の港湾当局が懸念を示している。\n"
)


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


@pytest.mark.parametrize(
    ("body", "label", "lines", "names", "posts"),
    [
        (
            _EN,
            "Authors:",
            ["Priya Nair (Research Fellow)", "Lukas Brandt (Visiting Scholar)"],
            ["Priya Nair", "Lukas Brandt"],
            ["Research Fellow", "Visiting Scholar"],
        ),
        (
            _ZH,
            "撰稿：",
            ["周子涵（副研究员）", "吴浩然（博士研究生）"],
            ["周子涵", "吴浩然"],
            ["副研究员", "博士研究生"],
        ),
        (
            _ZH_HANT,
            "撰文：",
            ["鄭家豪（助理教授）", "林佩珊（研究助理）"],
            ["鄭家豪", "林佩珊"],
            ["助理教授", "研究助理"],
        ),
        (
            _JA,
            "執筆：",
            ["上田真理（主任研究員）", "石川大輔（客員研究員）"],
            ["上田真理", "石川大輔"],
            ["主任研究員", "客員研究員"],
        ),
    ],
)
def test_closing_label_over_names_with_bracketed_posts(
    body: str, label: str, lines: list[str], names: list[str], posts: list[str]
) -> None:
    doc = parse_text(body + label + "\n" + "\n".join(lines) + "\n")
    assert doc.authors == names
    assert [f for f in _furniture(body + label + "\n" + "\n".join(lines) + "\n") if f[0] == "affiliation"] == [
        ["affiliation", p] for p in posts
    ]


def test_closing_label_over_a_bracketed_sentence_is_text() -> None:
    doc = parse_text(_ZH + "撰稿：\n周子涵（本文完成于去年冬天。）\n")
    assert doc.authors == []


@pytest.mark.parametrize(
    ("front", "bio"),
    [
        ("港口起重機與供應鏈風險\n文／鄭家豪\n", "鄭家豪為海洋政策研究所助理教授。"),
        ("港口起重机与供应链风险\n作者：周子涵\n", "周子涵为某港口经济研究院副研究员，长期关注航运安全。"),
    ],
)
def test_closing_paragraph_presenting_the_writer_with_wei(front: str, bio: str) -> None:
    body = (_ZH_HANT if "機" in front else _ZH).split("\n", 1)[1]
    assert ["author-bio", bio] in _furniture(front + body + bio + "\n")


def test_wei_without_a_post_stays_text() -> None:
    text = "港口起重機與供應鏈風險\n文／鄭家豪\n" + _ZH_HANT.split("\n", 1)[1] + "鄭家豪為此走訪了五個港口。\n"
    assert not any(kind == "author-bio" for kind, _ in _furniture(text))


@pytest.mark.parametrize(
    ("label", "date", "embassy", "title"),
    [
        (
            "報道発表",
            "2025年1月20日",
            "在日フィリピン大使館",
            "フィリピン沿岸警備隊への巡視艇供与に関する式典の開催について",
        ),
        ("報道発表", "2023年9月5日", "在ベトナム日本国大使館", "ハノイにおける海上法執行セミナーの開催について"),
    ],
)
def test_embassy_over_a_release_title(label: str, date: str, embassy: str, title: str) -> None:
    text = f"{label}\n{date}\n{embassy}\n{title}\n" + _JA.split("\n", 1)[1]
    doc = parse_text(text)
    assert doc.title == title
    assert doc.authors == []
    assert ["affiliation", embassy] in _furniture(text)


@pytest.mark.parametrize(
    "first",
    [
        "近十年来远洋渔船的数量持续下降，沿海渔村的生计面临新的挑战",
        "去年以来台风登陆的次数明显增多，沿岸城市的排水系统承受着更大压力",
    ],
)
def test_first_line_with_a_clause_after_a_comma_is_no_byline(first: str) -> None:
    text = f"海岸社区的新难题\n\n{first}\n\n一些城市开始修建新的防波堤。\n\n专家认为，单靠工程措施并不足够。\n"
    doc = parse_text(text)
    assert doc.title == "海岸社区的新难题"
    assert doc.authors == []


def test_byline_with_a_post_after_a_comma_still_read() -> None:
    doc = parse_text("港口起重机与供应链风险\n周子涵，某港口经济研究院副研究员\n" + _ZH.split("\n", 1)[1])
    assert doc.authors == ["周子涵"]


@pytest.mark.parametrize(
    ("line", "body", "kind"),
    [
        ("在日ニュージーランド大使館　報道発表", "在日ニュージーランド大使館", "報道発表"),
        ("新西兰驻华大使馆　新闻稿", "新西兰驻华大使馆", "新闻稿"),
    ],
)
def test_embassy_and_release_label_on_one_line(line: str, body: str, kind: str) -> None:
    text = f"{line}\n\n港湾における無人機対策の協力について\n\n2024年2月6日\n\n" + _JA.split("\n", 1)[1]
    doc = parse_text(text)
    assert doc.title == "港湾における無人機対策の協力について"
    assert doc.authors == []
    assert _furniture(text)[:2] == [["affiliation", body], ["doctype", kind]]


def test_embassy_over_a_communique_label_and_its_date() -> None:
    text = "荷兰驻华大使馆\n新闻公报\n二〇二四年五月八日\n\n荷兰海军护卫舰访问青岛港\n\n" + _ZH.split("\n", 1)[1]
    doc = parse_text(text)
    assert doc.title == "荷兰海军护卫舰访问青岛港"
    assert doc.authors == []


@pytest.mark.parametrize(
    ("embassy", "label"),
    [
        ("Embassy of Canada in Jakarta", "Media Statement"),
        ("British High Commission in Canberra", "Press Statement"),
    ],
)
def test_english_embassy_and_statement_label_over_the_title(embassy: str, label: str) -> None:
    title = "Joint Patrol Exercise Concludes in the Arafura Sea"
    text = f"{embassy}\n{label}\n18 September 2023\n{title}\n" + _EN.split("\n", 1)[1]
    doc = parse_text(text)
    assert doc.title == title
    assert doc.authors == []
    assert _furniture(text)[:2] == [["affiliation", embassy], ["doctype", label]]


@pytest.mark.parametrize(
    ("head", "label", "dated"),
    [
        ("第2回沿岸防災フォーラム", "プログラム", "日時：2023年7月14日（金）10時00分～12時00分"),
        ("Regional Coast Guard Forum 2024", "Programme", "Date: 3 October 2024"),
    ],
)
def test_programme_label_under_the_event_name_is_no_writer(head: str, label: str, dated: str) -> None:
    body = _JA if label == "プログラム" else _EN
    doc = parse_text(f"{head}\n{label}\n{dated}\n" + body.split("\n", 1)[1])
    assert doc.title == head
    assert doc.authors == []


def test_agenda_label_under_the_meeting_name_is_no_writer() -> None:
    text = "第三届港口安全论坛\n議程\n时间：2023年5月9日（星期二）\n" + _ZH.split("\n", 1)[1]
    doc = parse_text(text)
    assert doc.title == "第三届港口安全论坛"
    assert doc.authors == []
    assert ["doctype", "議程"] in _furniture(text)


@pytest.mark.parametrize(
    ("asked", "answered"),
    [("Thomas Whitcombe", "Helen Marlowe"), ("Aisha Rahman", "Duncan Fairweather")],
)
def test_written_question_asker_writes_the_answerer_is_credited(asked: str, answered: str) -> None:
    title = "Ports: Cyber Security"
    text = (
        f"Written question\n{title}\nAsked by {asked}\n"
        "Question: To ask the Secretary of State for Transport what assessment has been made of remote access to "
        "port cranes.\n"
        f"Answered by {answered}\n"
        "Answer: The Department has reviewed the security of cranes at major ports with the operators.\n"
    )
    doc = parse_text(text)
    assert doc.title == title
    assert doc.authors == [asked]
    assert _furniture(text) == [["doctype", "Written question"], ["credit", f"Answered by {answered}"]]


def test_second_writer_after_a_wide_space_is_a_writer() -> None:
    title, rest = _ZH.split("\n", 1)
    doc = parse_text(f"{title}\n文／赵晓燕　孙立平\n{rest}")
    assert doc.authors == ["赵晓燕", "孙立平"]


@pytest.mark.parametrize(
    ("front", "body", "bio"),
    [
        (
            "Port Cranes and Supply Chain Risk\nBy Ingrid Solberg\n",
            _EN,
            "The writer is a senior researcher at the Bergen Harbour Institute.",
        ),
        ("港口起重机与供应链风险\n文／赵晓燕\n", _ZH, "作者系某港口经济研究院副研究员。"),
        (
            "港湾クレーンとサプライチェーンのリスク\n文・久保田 亮\n",
            _JA,
            "くぼた・りょう　港湾政策研究所主任研究員。専門は物流と安全保障。",
        ),
    ],
)
def test_closing_bio_without_the_writers_name(front: str, body: str, bio: str) -> None:
    text = front + body.split("\n", 1)[1] + bio + "\n"
    assert ["author-bio", bio] in _furniture(text)


def test_the_author_in_mid_text_is_no_bio() -> None:
    text = (
        "A Memoir of Convoy Duty\nBy Ingrid Solberg\n"
        "The author is a former merchant officer, and her account of convoy duty reads like a logbook.\n"
        "Each chapter follows one crossing of the North Atlantic.\n"
        "The book ends with a list of the ships that never came home.\n"
    )
    assert not any(kind == "author-bio" for kind, _ in _furniture(text))


@pytest.mark.parametrize(
    ("writer", "translator"),
    [("［芬兰］米卡·海基宁", "（孙蕾　译）"), ("［丹麥］拉斯．延森", "（黃雅琪　譯）")],
)
def test_closing_bracketed_translator_is_a_credit(writer: str, translator: str) -> None:
    text = "港口起重机与供应链风险\n" + writer + "\n2023年3月1日\n" + _ZH.split("\n", 1)[1] + translator + "\n"
    assert ["credit", translator] in _furniture(text)
    assert parse_text(text).authors == [writer.split("］")[1]]


@pytest.mark.parametrize(
    ("label", "title"),
    [("國防部聲明", "有關本月共機擾台情形之說明"), ("海洋委员会声明", "关于近期渔船被扣事件的立场")],
)
def test_a_bodys_statement_label_over_the_title(label: str, title: str) -> None:
    text = f"{label}\n{title}\n2023年11月2日\n" + _ZH_HANT.split("\n", 1)[1]
    doc = parse_text(text)
    assert doc.title == title
    assert doc.authors == []
    assert ["doctype", label] in _furniture(text)


def test_a_joint_statement_title_is_no_label() -> None:
    doc = parse_text("美菲联合声明\n2023年11月2日\n" + _ZH.split("\n", 1)[1])
    assert doc.title == "美菲联合声明"


@pytest.mark.parametrize(
    ("label", "title", "line", "writer"),
    [
        ("研讨会纪要", "北极航运的规则与风险", "记录整理：郭佳宁", "郭佳宁"),
        ("會議實錄", "無人機與海岸監視", "記錄整理：蘇冠廷", "蘇冠廷"),
    ],
)
def test_minutes_label_and_minutes_taker(label: str, title: str, line: str, writer: str) -> None:
    text = f"{label}\n{title}\n{line}\n2023年4月7日\n" + _ZH.split("\n", 1)[1]
    doc = parse_text(text)
    assert doc.title == title
    assert doc.authors == [writer]
    assert ["doctype", label] in _furniture(text)


def test_a_bare_compiler_stays_a_credit() -> None:
    text = "北极航运的规则与风险\n2023年4月7日\n" + _ZH.split("\n", 1)[1] + "整理：郭佳宁\n"
    assert parse_text(text).authors == []
    assert ["credit", "整理：郭佳宁"] in _furniture(text)


def test_closing_bracket_naming_who_answers_for_the_text() -> None:
    text = (
        "セミナー記録\n港湾クレーンの遠隔更新をめぐる課題\n2023年8月30日\n"
        + _JA.split("\n", 1)[1]
        + "（文責：松井沙織）\n"
    )
    doc = parse_text(text)
    assert doc.title == "港湾クレーンの遠隔更新をめぐる課題"
    assert doc.authors == ["松井沙織"]
