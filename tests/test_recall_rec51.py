"""Recall, second round (branch rec51).

Each test names a pattern of the language or of a layout, in sentences written for it (Mongolia, Kazakhstan, Fiji,
Tonga, Chile, Uruguay, Paraguay: not the pairs of the dev documents that showed the miss):

- a chronology page whose history paragraph opens with a full date (`1992年1月22日，两国建立外交关系。`) and whose
  entries stand under year headings (`2016年` / `- 5月3日，…`) is no release dated by its lead: most of the years it
  reports come after that date, so it dates no writing (`dates.stage.reports_mostly_after`), the entries are told
  as done and a bare day (`4日`) counts from the entry before it, not from the first date of the page; a release
  whose lead date is followed by what came before it keeps that date;
- a journalist's turn (`记者：`, `問：`, `Q:`) under a briefing's header line is text, never the page's title;
- `自即日起`/`即日起` is the day its paragraph told, else the document's own day;
- a year alone on its line over entries set in by one space is the chronology's heading, not a running head."""

from __future__ import annotations

from pathlib import Path

from helpers import stated_events

_events = stated_events


def _dated(events: list[tuple[str, str, str]], piece: str) -> list[str]:
    """The dates of the stated events whose sentence holds `piece`, each once (a sentence may tell two acts)."""
    return sorted({date for date, _, sentence in events if piece in sentence})


def test_a_simplified_chronology_after_a_dated_history_paragraph(tmp_path: Path) -> None:
    text = (
        "蒙古－哈萨克斯坦关系\n\n蒙古－哈萨克斯坦关系是指蒙古国与哈萨克斯坦共和国之间的双边关系。\n\n历史\n\n"
        "1992年1月22日，两国建立外交关系。此后双方高层往来不断。\n\n大事记\n\n"
        "2016年\n- 5月3日，蒙古总统访问阿斯塔纳。\n- 4日，两国签署边境合作协定。\n\n"
        "2023年\n- 9月12日，哈萨克斯坦外长访问乌兰巴托。\n"
    )
    events = _events(tmp_path, text)
    assert _dated(events, "边境合作协定") == ["2016-05-04"]
    assert _dated(events, "访问乌兰巴托") == ["2023-09-12"]


def test_a_traditional_chronology_with_a_bare_day_under_its_year(tmp_path: Path) -> None:
    text = (
        "智利－烏拉圭關係\n\n智利－烏拉圭關係是指兩國之間的雙邊關係。\n\n歷史背景\n\n"
        "1975年4月8日，兩國簽署領事協定。1980年，兩國建立聯合委員會。\n\n年表\n\n"
        "2011年\n- 6月20日至21日，烏拉圭總統訪問聖地亞哥。\n- 21日與智利總統會談，雙方簽署防務合作備忘錄。\n\n"
        "2018年\n- 10月2日，智利外長訪問蒙特維多。\n"
    )
    events = _events(tmp_path, text)
    assert _dated(events, "防務合作備忘錄") == ["2011-06-21"]
    assert _dated(events, "訪問蒙特維多") == ["2018-10-02"]


def test_a_japanese_chronology_after_a_dated_history_paragraph(tmp_path: Path) -> None:
    text = (
        "フィジーとトンガの関係\n\nフィジーとトンガの二国間関係について述べる。\n\n歴史\n\n"
        "1971年6月5日、両国は外交関係を樹立した。その後も首脳の往来が続いた。\n\n年表\n\n"
        "2012年\n・3月7日、トンガ首相がスバを訪問した。\n・8日、両国は漁業協定に署名した。\n\n"
        "2019年\n・11月20日、フィジー首相がヌクアロファを訪問した。\n"
    )
    events = _events(tmp_path, text)
    assert _dated(events, "漁業協定") == ["2012-03-08"]
    assert _dated(events, "ヌクアロファを訪問") == ["2019-11-20"]


def test_a_release_led_by_its_date_keeps_it_when_it_tells_the_past(tmp_path: Path) -> None:
    # the release shape the lead date is for: what follows its date is earlier (`昨天`, an earlier year), so the
    # lead still dates the text and `昨天` counts from it
    text = (
        "巴拉圭外交部新闻稿\n\n"
        "2021年3月15日，巴拉圭外长在亚松森会见乌拉圭外长。两国2019年签署的边境协定已经生效。"
        "乌拉圭外长昨天抵达亚松森。\n"
    )
    events = _events(tmp_path, text)
    assert _dated(events, "昨天抵达") == ["2021-03-14"]


# A briefing page whose first line is its header with the date (`…主持例行记者会`) and whose next line is a
# journalist's turn: the turn is text, never the page's title (`structure/front.py`, the labels of
# `event_clauses.json` `question_turns`), so what it tells is read, dated by the header (`昨天`, `yesterday`).


def test_a_simplified_question_turn_under_a_briefing_header_is_read(tmp_path: Path) -> None:
    text = (
        "2024年5月14日外交部发言人主持例行记者会\n"
        "记者：蒙古外长昨天在北京同中方举行了战略对话。中方对此有何评价？\n\n"
        "发言人：中方高度重视发展同蒙古的关系。\n"
    )
    assert _dated(_events(tmp_path, text), "战略对话") == ["2024-05-13"]


def test_a_traditional_question_turn_under_a_briefing_header_is_read(tmp_path: Path) -> None:
    text = (
        "2024年5月14日外交部例行記者會\n"
        "記者：智利外長昨天在台北與我方簽署了農業合作協定。外交部有何回應？\n\n"
        "發言人：我們樂見雙方合作持續深化。\n"
    )
    assert _dated(_events(tmp_path, text), "農業合作協定") == ["2024-05-13"]


def test_a_japanese_question_turn_under_a_briefing_header_is_read(tmp_path: Path) -> None:
    text = (
        "2024年5月14日　外務報道官会見\n"
        "問：昨日、フィジーの外相が東京で日本側と会談しました。評価をお聞かせください。\n\n"
        "報道官：両国関係の発展を歓迎します。\n"
    )
    assert _dated(_events(tmp_path, text), "会談しました") == ["2024-05-13"]


def test_an_english_question_turn_under_a_date_line_is_read(tmp_path: Path) -> None:
    # English front matter already kept the turn as text (the date line stands as the page's head); a guard that
    # the turn stays read and dated by that line
    text = (
        "Washington, 14 May 2024\n"
        "Q: Yesterday the foreign ministers of Chile and Uruguay signed a fisheries agreement in Santiago. "
        "What is your comment?\n\n"
        "Spokesperson: We welcome closer cooperation in the region.\n"
    )
    assert _dated(_events(tmp_path, text), "fisheries agreement") == ["2024-05-13"]


# `自即日起`, `即日起` (from this day on): in a paragraph that told a day, that day; otherwise the document's own day
# (`date_rules.json` `from_this_day`), where it was read as `同日` (the date told last, a recalled year).


def test_from_this_day_in_a_statement_paragraph_is_the_statements_day(tmp_path: Path) -> None:
    text = (
        "蒙古和哈萨克斯坦联合声明\n\n（2024年5月14日，乌兰巴托）\n\n"
        "一、应蒙古总统邀请，哈萨克斯坦总统于2024年5月13日至14日对蒙古进行国事访问。\n\n"
        "二、双方回顾，两国于1992年建交。\n\n"
        "三、双方一致决定，自即日起两国互免持公务护照人员签证。\n"
    )
    assert _dated(_events(tmp_path, text), "互免持公务护照") == ["2024-05-14"]


def test_from_this_day_after_a_day_of_its_paragraph_is_that_day(tmp_path: Path) -> None:
    text = (
        "外交部新聞稿\n\n2024年5月14日\n\n"
        "智利與烏拉圭兩國外長5月10日在蒙特維多互換引渡條約批准書，該條約自即日起生效。\n"
    )
    assert _dated(_events(tmp_path, text), "自即日起生效") == ["2024-05-10"]


# A chronology's year alone on its line over entries set in by one space (` • 27 April – …`, ` ・3月7日、…`), the
# way a web page's list is copied: a page's first line opens with that space after a head, but a year over lines
# that open with a yearless day or month is the chronology's heading (`layout.running_heads._out_of_place`), whose
# year the entries take.


def _indented_chronology(intro: str, years: tuple[str, ...], entries: tuple[str, ...]) -> str:
    """A reference page: its title and intro (`intro`), a history section, then year lines, each over its entry
    set in by one space, under a heading, and the page's foot."""
    title, _, lead = intro.partition("\n\n")
    lines = "".join(f"{year}\n {entry}\n" for year, entry in zip(years, entries, strict=True))
    return (
        f"{title}\n\nFrom a reference work of foreign relations\n\n{lead}\n\nHistory\n\n{lead}\n\n"
        f"Timeline\n\n{lines}\nSee also: Foreign relations · Last edited 3 March 2025\n"
    )


def test_english_year_lines_over_indented_bullets(tmp_path: Path) -> None:
    text = _indented_chronology(
        "Chile–Uruguay relations\n\nChile–Uruguay relations are the bilateral relations between the Republic of "
        "Chile and the Oriental Republic of Uruguay, which share a long history of trade and of cooperation.",
        ("2012", "2019", "2022"),
        (
            "• 14 March – The two foreign ministers sign, in Montevideo, an extradition treaty replacing the one "
            "concluded between the two states in the early twentieth century.",
            "• 2 October – Chile and Uruguay sign a defence cooperation agreement in Santiago, covering training, "
            "exchanges of officers and the joint use of naval facilities.",
            "• 9 May – The Chilean president travels to Montevideo for talks on trade, energy and the security of "
            "the region's shipping lanes.",
        ),
    )
    events = _events(tmp_path, text)
    assert _dated(events, "extradition treaty") == ["2012-03-14"]
    assert _dated(events, "defence cooperation agreement") == ["2019-10-02"]


def test_japanese_year_lines_over_indented_entries(tmp_path: Path) -> None:
    text = _indented_chronology(
        "フィジーとトンガの関係\n\nフィジーとトンガの関係は、南太平洋の二つの島嶼国の間の二国間関係であり、"
        "両国は漁業と海上保安の分野で長く協力してきた。",
        ("2012", "2019", "2022"),
        (
            "・3月8日、両国の外相はスバで漁業協定に署名し、排他的経済水域における共同監視の枠組みを定めた。",
            "・11月20日、両国の国防当局はヌクアロファで防衛協力覚書に署名し、将校の交流と共同訓練を定めた。",
            "・5月9日、トンガ国王がスバを訪問し、フィジー大統領と会談して地域の安全保障について意見を交わした。",
        ),
    )
    events = _events(tmp_path, text)
    assert _dated(events, "漁業協定") == ["2012-03-08"]
    assert _dated(events, "防衛協力覚書") == ["2019-11-20"]


def test_chinese_year_lines_over_indented_entries(tmp_path: Path) -> None:
    simplified = _indented_chronology(
        "蒙古－哈萨克斯坦关系\n\n蒙古－哈萨克斯坦关系是指蒙古国与哈萨克斯坦共和国之间的双边关系，两国在贸易、能源和地区安全领域长期合作。",
        ("2016", "2023", "2024"),
        (
            "- 5月4日，两国外长在阿斯塔纳签署边境合作协定，就口岸管理、边境巡逻和情报交流作出安排。",
            "- 9月12日，两国国防部在乌兰巴托签署防务合作备忘录，决定扩大军官交流和联合训练。",
            "- 6月3日，蒙古总理访问阿斯塔纳，同哈萨克斯坦总统举行会谈，就地区安全交换了意见。",
        ),
    )
    events = _events(tmp_path, simplified)
    assert _dated(events, "边境合作协定") == ["2016-05-04"]
    assert _dated(events, "防务合作备忘录") == ["2023-09-12"]
    traditional = _indented_chronology(
        "智利－烏拉圭關係\n\n智利－烏拉圭關係是指智利共和國與烏拉圭東岸共和國之間的雙邊關係，兩國在貿易與區域安全領域合作密切。",
        ("2011", "2018", "2020"),
        (
            "- 6月21日，兩國外長在蒙特維多簽署引渡條約，取代兩國於二十世紀初締結的舊約。",
            "- 10月2日，兩國國防部在聖地牙哥簽署防務合作備忘錄，涵蓋訓練、軍官交流及海軍設施共用。",
            "- 1月15日，智利外長訪問蒙特維多，與烏拉圭外長就能源與航道安全舉行會談。",
        ),
    )
    events = _events(tmp_path, traditional)
    assert _dated(events, "引渡條約") == ["2011-06-21"]
    assert _dated(events, "防務合作備忘錄") == ["2018-10-02"]
