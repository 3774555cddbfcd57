"""web38: web pages, e-mail newsletters and text dumps (issue 12). The rules asked for by six pages written blind
(tests/layouts/web38_*), each tested here on text in other words and, where the pattern crosses languages, in
another language than the page that asked for it: Markdown's footnotes (`[^1]` cited, `[^1]: …` as the note) and
its heads (`##`, `###`: the sign repeated to nest; the file's one `#` line its title)."""

from __future__ import annotations

from allyscope import parse_text
from allyscope.layout.headings import heading_shape, title_offset, title_sign


def _heads(text: str) -> list[tuple[int, str, str]]:
    return [(h.level, h.label, h.title) for h in parse_text(text).headings]


def _notes(text: str) -> list[tuple[int, int, str]]:
    doc = parse_text(text)
    return [(f.block, f.number, doc.note_text(f)) for f in doc.footnotes]


def _markers(text: str) -> list[tuple[list[int], list[tuple[int, int]]]]:
    doc = parse_text(text)
    by_id = {f.id: (f.block, f.number) for f in doc.footnotes}
    return [(list(m.numbers), [by_id[x] for x in m.footnotes]) for m in doc.markers]


_MD_EN = (
    "# Ferry safety after the storm season\n"
    "\n"
    "Lucia Moreno\n"
    "\n"
    "Island ferries carried more passengers this year than in any year before.[^1] Inspectors found that many "
    "of the older boats still lacked enough life rafts.[^2]\n"
    "\n"
    "## What the inspectors found\n"
    "\n"
    "Most faults were in radios and pumps, which owners can fix cheaply.[^2]\n"
    "\n"
    "### Radios\n"
    "\n"
    "Several boats carried radios that could not reach the coast station from the middle of the strait.[^3]\n"
    "\n"
    "## What comes next\n"
    "\n"
    "The port authority will publish the list of boats that passed.\n"
    "\n"
    "[^1]: Port authority passenger figures for the year to October.\n"
    "[^2]: Inspection summary released by the maritime safety office.\n"
    "[^3]: The strait is about forty kilometres wide at that point.\n"
)


def test_markdown_footnotes_are_notes_and_their_markers_cite_them() -> None:
    """`[^n]` in the text cites the note `[^n]: …` at the file's end; a note cited twice is one note."""
    assert _notes(_MD_EN) == [
        (0, 1, "Port authority passenger figures for the year to October."),
        (0, 2, "Inspection summary released by the maritime safety office."),
        (0, 3, "The strait is about forty kilometres wide at that point."),
    ]
    assert _markers(_MD_EN) == [([1], [(0, 1)]), ([2], [(0, 2)]), ([2], [(0, 2)]), ([3], [(0, 3)])]


def test_markdown_heads_nest_by_their_signs_and_the_one_hash_line_is_the_title() -> None:
    """`##` heads are the sections, `###` one level under them; the file's single `#` line is its title, with no
    `# ` in it, and the name under it the author."""
    doc = parse_text(_MD_EN)
    assert doc.title == "Ferry safety after the storm season"
    assert doc.authors == ["Lucia Moreno"]
    assert _heads(_MD_EN) == [
        (1, "", "What the inspectors found"),
        (2, "", "Radios"),
        (1, "", "What comes next"),
    ]


def test_markdown_in_chinese_notes_and_heads() -> None:
    """The same system in a Chinese export: notes and heads are read whatever the language of the text."""
    text = (
        "# 海上搜救合作的新进展\n"
        "\n"
        "周边国家近年来多次举行联合搜救演练。[^1]各方还建立了搜救中心之间的热线。[^2]\n"
        "\n"
        "## 合作的主要内容\n"
        "\n"
        "合作包括信息通报、联合演练和人员培训三个方面。[^2]\n"
        "\n"
        "## 存在的问题\n"
        "\n"
        "各方搜救责任区的划分仍有重叠。\n"
        "\n"
        "[^1]: 据各国海事部门公布的演练信息整理。\n"
        "[^2]: 热线于去年开通，全天有人值守。\n"
    )
    doc = parse_text(text)
    assert doc.title == "海上搜救合作的新进展"
    assert _heads(text) == [(1, "", "合作的主要内容"), (1, "", "存在的问题")]
    assert _notes(text) == [(0, 1, "据各国海事部门公布的演练信息整理。"), (0, 2, "热线于去年开通，全天有人值守。")]
    assert _markers(text) == [([1], [(0, 1)]), ([2], [(0, 2)]), ([2], [(0, 2)])]


def test_a_hash_line_repeated_is_a_heading_not_the_title() -> None:
    """Where every section is marked with one `#`, the first `#` line heads a section like the others: only a
    sign no other line uses marks the title."""
    assert title_sign("# Background", ["Some text.", "## Details"])
    assert not title_sign("# Background", ["Some text.", "# Findings"])
    assert not title_sign("Background", ["## Details"])  # no sign: no title sign
    assert not title_sign("1. Background", ["2. Findings"])  # a number is no sign


def test_heading_sign_shapes() -> None:
    """A hash heading has no label, its depth in its key; a hashtag (no space after the sign) is no heading."""
    two, three = heading_shape("## Where it stands"), heading_shape("### Air patrols ###")
    assert two is not None and three is not None
    assert (two.label, two.numbering) == ("", "##")
    assert three.family != two.family  # one level deeper: a key of its own
    assert "### Air patrols ###"[three.title_offset :].startswith("Air patrols")
    assert heading_shape("#maritime #security") is None
    assert title_offset("# Ferry safety") == 2
    assert title_offset("Ferry safety") == 0
    assert title_offset("1. Ferry safety") == 0


def _furniture(text: str) -> list[list[str]]:
    doc = parse_text(text)
    kept = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in kept]


_MAIL = (
    "View this newsletter in your browser\n"
    "Tidewater Weekly\n"
    "News and analysis on ports, shipping and the coast guards that watch them\n"
    "No. 112 · 4 March 2025\n"
    "\n"
    "Hello everyone,\n"
    "\n"
    "This week brings a new port agreement between two Gulf states, a quiet change of leadership at the regional "
    "fisheries agency and, as usual, a short list of things worth reading over the weekend.\n"
    "\n"
    "A new port deal in the Gulf\n"
    "\n"
    "Two neighbouring states agreed on Tuesday to share the inspection of cargo ships calling at their ports, "
    "ending years of duplicated checks that shipping companies had long complained about.\n"
    "\n"
    "Under the agreement, inspectors from either state will be able to board a ship in the other's port when "
    "both port authorities agree, and the results of each inspection will be shared within a day.\n"
    "\n"
    "Reading for the weekend\n"
    "\n"
    "Three pieces we enjoyed this week, for a slow Sunday:\n"
    "- a history of the lighthouse service;\n"
    "- a profile of a harbour pilot;\n"
    "- a map of the busiest ferry routes.\n"
    "\n"
    "Forwarded this email? Subscribe to get the next issue.\n"
    "Manage subscription · Forward to a friend · Unsubscribe\n"
    "Tidewater Weekly, 9 Harbour Road, Halifax NS B3H 1A1, Canada\n"
)


def test_an_unnumbered_head_over_a_clause_announcing_a_list() -> None:
    """A short head over a line announcing the list under it (`Three pieces we enjoyed …:`) heads its section, as
    it does over a finished sentence; a short label with a colon under a line does not make it a head."""
    assert _heads(_MAIL) == [(1, "", "A new port deal in the Gulf"), (1, "", "Reading for the weekend")]
    label = (
        "The agency said the new rules would take effect next year after a consultation.\n"
        "Press office\n"
        "Phone:\n"
        "+1 555 0100\n"
    )
    assert _heads(label) == []


def test_a_salutation_is_no_byline_and_a_tagline_over_the_issue_line_is_a_subtitle() -> None:
    """`Hello everyone,` under the masthead opens the letter: no author. The masthead's tagline over the issue
    line is its subtitle, the issue line a journal line that dates the letter."""
    doc = parse_text(_MAIL)
    assert doc.title == "Tidewater Weekly"
    assert doc.authors == []
    furniture = _furniture(_MAIL)
    assert ["subtitle", "News and analysis on ports, shipping and the coast guards that watch them"] in furniture
    assert ["journal", "No. 112 · 4 March 2025"] in furniture
    assert (doc.date, doc.date_source) == ("2025-03-04", "issue")


def test_an_e_mail_footer_subscription_row_forwarding_prompt_and_address() -> None:
    """The footer of an e-mail: its forwarding prompt is a tool, its subscription row navigation, the sender's
    postal address contact."""
    furniture = _furniture(_MAIL)
    assert ["tools", "Forwarded this email? Subscribe to get the next issue."] in furniture
    assert ["navigation", "Manage subscription · Forward to a friend · Unsubscribe"] in furniture
    assert ["contact", "Tidewater Weekly, 9 Harbour Road, Halifax NS B3H 1A1, Canada"] in furniture


def test_a_sentence_naming_a_street_stays_text() -> None:
    """A sentence of the text that names a street ends with a stop: no address line."""
    text = (
        "Port office reopens after repairs\n"
        "The port office reopened on Monday after three months of repairs to its roof.\n"
        "Its staff moved back to the building at 12 Wharf Road, Lyttelton, last week.\n"
        "Share\n"
    )
    assert not any(kind == "contact" for kind, _ in _furniture(text))


def test_a_reference_mark_inside_a_sentence_cites_its_note() -> None:
    """`※1` with the sentence going on after it (`…補助※1的…。`) cites the `※1　…` note under the text, as one
    before a stop does; here in a Taiwanese release, the page that asked for it being Japanese."""
    text = (
        "海洋委員會新聞稿\n"
        "海巡署將與友邦合作辦理搜救訓練\n"
        "海洋委員會今日表示，海巡署將運用國際合作補助※1的經費，與友邦海巡機關合作辦理搜救訓練。\n"
        "訓練預計於明年上半年舉行，地點包括南部海域的兩個港口※2。\n"
        "※1　補助由外交部國際合作發展基金會提供。\n"
        "※2　詳細地點將於訓練前另行公布。\n"
    )
    assert _notes(text) == [(0, 1, "補助由外交部國際合作發展基金會提供。"), (0, 2, "詳細地點將於訓練前另行公布。")]
    assert _markers(text) == [([1], [(0, 1)]), ([2], [(0, 2)])]


def test_a_reference_mark_in_a_table_row_cites_nothing() -> None:
    """A mark inside a row that ends on no stop (a table's cells parted by spaces) is no note's marker: the
    `※` lines under the table stay text, as a table's remarks."""
    text = (
        "巡視船の配備状況\n"
        "令和5年度末の配備状況は次のとおりである。\n"
        "大型巡視船※1　72隻　前年度比2隻増\n"
        "中型巡視船※2　40隻　前年度と同数\n"
        "※1　ヘリコプター搭載型を含む。\n"
        "※2　1,000トン未満の船を指す。\n"
    )
    assert _notes(text) == []


_BLOG_JA = (
    "港町ブログ\n"
    "ホーム｜プロフィール｜カテゴリー｜お問い合わせ\n"
    "海上保安庁の新しい巡視船はどこに配備されるのか？\n"
    "港町の元船長\n"
    "2024-09-03 20:15\n"
    "先月、新しい大型巡視船が就役した。ヘリコプターを積むことができ、遠くの海域での長期の警戒に向いている。\n"
    "配備先はまだ公表されていないが、南西の海域になるとの見方が多い。\n"
    "────────\n"
    "元外航船の船長。引退後、港町で海の話を書いています。\n"
    "タグ：巡視船　海上保安庁\n"
    "コメント（2）\n"
    "海好き 於 2024/09/04 07:30 留言\n"
    "> 配備先はまだ公表されていない\n"
    "早く発表してほしいですね。\n"
)


def test_a_question_title_over_its_byline_under_a_site_menu() -> None:
    """A title asking a question (`…のか？`) ends like a sentence, but stands over the writer's name and the date,
    not over text: the site's name over the menu row is then the band, the question the title."""
    doc = parse_text(_BLOG_JA)
    assert doc.title == "海上保安庁の新しい巡視船はどこに配備されるのか？"
    assert doc.authors == ["港町の元船長"]
    assert ["navigation", "港町ブログ"] in _furniture(_BLOG_JA)


def test_a_signature_under_a_rule_is_the_writers_bio_and_quoted_lines_are_no_heads() -> None:
    """The short line a rule sets apart under the text, with the page's furniture after it, is the post's
    signature (author-bio); a comment's head line (name, `於`, date, `留言`) is a dateline; a reply's quoted line
    (`> …`) is no head."""
    furniture = _furniture(_BLOG_JA)
    assert ["author-bio", "元外航船の船長。引退後、港町で海の話を書いています。"] in furniture
    assert ["dateline", "海好き 於 2024/09/04 07:30 留言"] in furniture
    assert _heads(_BLOG_JA) == []
    assert "> 配備先はまだ公表されていない" in parse_text(_BLOG_JA).text


def test_a_rule_inside_the_text_sets_apart_no_signature() -> None:
    """A rule between two parts of a text, with more text under the short paragraph after it, is a section's
    rule: that paragraph stays text."""
    text = (
        "Notes from the harbour\n"
        "Jane Ashford\n"
        "The new patrol boat arrived last week and has already been out twice on fisheries patrols.\n"
        "--------\n"
        "A second boat is due next spring.\n"
        "Its crew will train with the first boat's crew over the winter months before it arrives here.\n"
        "Tags: patrol boats\n"
    )
    assert not any(kind == "author-bio" for kind, _ in _furniture(text))


def test_blog_furniture_words() -> None:
    """A comment count in brackets, a blog's reprint notice."""
    from allyscope.layout.furniture import furniture_kind

    assert furniture_kind("回應（12）") == "tools"
    assert furniture_kind("留言列表 (0)") == "tools"
    assert furniture_kind("本部落格文章轉載請註明出處") == "copyright"


def test_generated_markdown_footnotes_are_exact() -> None:
    """The layout generator prints Markdown's footnotes too (`[^3]` in the text, `[^3]: …` as the note, gold by
    construction): every language, notes at the end, at a page's foot, after their paragraph or their sentence,
    wrapped or not, under page furniture or none, all exact with the tuned articles."""
    from corpora.layout_articles import TUNED
    from corpora.layout_generator import Combo, check, compatible, render

    articles = {a.language: a for a in TUNED}
    heads = {"en": "roman/latin", "ja": "roman-unicode/arabic", "zh-Hans": "cn/cn-paren", "zh-Hant": "cn-formal/cn"}
    shapes = [
        ("endnotes", "continuous", "unwrapped", "none"),
        ("endnotes", "reuse", "wrapped", "header"),
        ("page-bottom", "per-page", "wrapped", "dash"),
        ("page-bottom", "continuous", "narrow", "bare"),
        ("inline", "continuous", "ragged", "none"),
        ("sentence", "per-page", "unwrapped", "dot"),
    ]
    for language, heading in heads.items():
        assert compatible(language, "caret-bracket", "caret-bracket")
        for placement, numbering, width, furniture in shapes:
            combo = Combo(
                language, "caret-bracket", "caret-bracket", placement, numbering, heading, width, furniture,
                False, "none",
            )
            generated = render(combo, articles[language])
            result = check(parse_text(generated.raw), generated)
            assert all(result.values()), (combo, [a for a, ok in result.items() if not ok])


def test_a_head_set_apart_by_empty_lines_may_end_on_a_small_word() -> None:
    """In a plain-text e-mail wrapped at seventy columns, a head set apart by empty lines (`Radar network
    switched on`) is a head although it ends on a small word; a line ending so inside a wrapped paragraph, with
    no empty line around it, is a line broken inside a sentence and stays text."""
    text = (
        "Gulf Letter\n"
        "Issue 9 | 21 May 2025\n"
        "\n"
        "This week: a radar network in the Gulf of Guinea and a new director\n"
        "at the regional centre in Accra.\n"
        "\n"
        "Radar network switched on\n"
        "\n"
        "Five coastal states switched on a shared radar network this week. The\n"
        "network links stations in each state to a regional centre, so that\n"
        "operators can follow vessels from one state's waters into the next.\n"
        "\n"
        "Where the money came from\n"
        "\n"
        "The stations were paid for by the five states and two partners, who\n"
        "also trained the operators. The partners said the network would be\n"
        "handed over fully by the end of the year.\n"
    )
    assert _heads(text) == [(1, "", "Radar network switched on"), (1, "", "Where the money came from")]
    wrapped = (
        "Coastal radar in the Gulf\n"
        "\n"
        "Five coastal states switched on a shared radar network this week, and\n"
        "their operators can now follow vessels across the region. They relied on\n"
        "Radar stations built ten years ago and never linked to one another.\n"
    )
    assert _heads(wrapped) == []


def test_a_byline_in_markdown_emphasis_with_its_date_in_a_field() -> None:
    """`*By … · 3 June 2024*` under a Markdown title: the emphasis marks are markup, the names after `By` the
    authors and the date in its field the dateline; the same line without marks or with a bar reads the same."""
    for line in ("*By Lucia Moreno · 3 June 2024*", "By Lucia Moreno · 3 June 2024", "_By Lucia Moreno | 3 June 2024_"):
        text = (
            "# Ferry safety after the storm season\n\n"
            f"{line}\n\n"
            "Island ferries carried more passengers this year than ever before, and inspectors checked more of "
            "them.\n\n"
            "## What the inspectors found\n\n"
            "Most faults were in radios and pumps, which owners can fix cheaply before the next season begins.\n"
        )
        doc = parse_text(text)
        assert doc.authors == ["Lucia Moreno"], line
        assert (doc.date, doc.date_source) == ("2024-06-03", "dateline"), line
        assert ["dateline", "3 June 2024"] in _furniture(text), line


def test_a_dated_line_without_a_byline_label_is_no_byline() -> None:
    """A source line with a date in a field and no `By` stays a dateline whole: names are read after a label."""
    text = (
        "Ferry safety after the storm season\n"
        "Harbour Times · 3 June 2024\n"
        "Island ferries carried more passengers this year than ever before, and inspectors checked more of them.\n"
    )
    assert parse_text(text).authors == []


def test_a_chinese_mail_newsletter_browser_note_and_subscription_row() -> None:
    """A zh-Hans mail: its note that it may not display well, with the browser link, is navigation (not the
    title), and its row to unsubscribe or adjust the subscription is navigation, not the last paragraph's end."""
    text = (
        "邮件显示不全？点此用浏览器查看\n"
        "海事观察周报\n"
        "第21期（2025年4月18日）\n"
        "\n"
        "本期关注东南亚海上执法合作的两项新进展，以及下月举办的一场研讨会。\n"
        "\n"
        "马来西亚与印尼开展联合巡逻\n"
        "\n"
        "两国海上执法机构本周在马六甲海峡南段开展了为期五天的联合巡逻，重点打击走私和非法捕捞活动。\n"
        "\n"
        "研讨会预告\n"
        "\n"
        "5月20日，本刊将在线举办海上执法合作研讨会，欢迎读者报名参加。\n"
        "\n"
        "退订 | 调整订阅偏好\n"
    )
    doc = parse_text(text)
    assert doc.title == "海事观察周报"
    assert (doc.date, doc.date_source) == ("2025-04-18", "issue")
    furniture = _furniture(text)
    assert ["navigation", "邮件显示不全？点此用浏览器查看"] in furniture
    assert ["navigation", "退订 | 调整订阅偏好"] in furniture
    assert _heads(text) == [(1, "", "马来西亚与印尼开展联合巡逻"), (1, "", "研讨会预告")]
