"""lay44 (twenty-third session): layouts — a reference list's label that is no notes label (`参考资料`) over a
list the text's markers count out, an author box closing a page whose byline named the writer already, and the
furniture of web pages written blind (`tests/layouts/l44_*`). Each rule on text in other words than the corpus
documents that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.model import Document

_ENTRIES = (
    "赵一. 湄公河水资源合作. 东方出版社. 2016.",
    "钱二. 澜湄机制五年回顾. 亚太研究. 2021, (4): 10–25.",
    "孙三. 流域国家的数据共享. 2019.",
    "李四. 水文信息交换协议评析 ．南方评论 ．2022-03-01 [引用日期2024-01-05]",
    "周五. 跨境河流治理. 2018.",
    "吴六. 湄公河委员会的演变. 国际问题研究. 2015, (2): 3–19.",
)


def _wiki(cited: list[list[int]], entries: int) -> str:
    """A zh encyclopedia copy: a title, a sentence per marker, a `参考资料` list numbered `1.` of `entries`."""
    sentences = [f"第{k + 1}阶段的合作取得进展[{'-'.join(map(str, nums))}]。" for k, nums in enumerate(cited)]
    listed = [f"{k + 1}.  {_ENTRIES[k]}" for k in range(entries)]
    return "\n".join(["澜湄水资源合作", *sentences, "参考资料", *listed]) + "\n"


def test_a_reference_label_over_a_list_the_markers_count_out_opens_the_notes() -> None:
    """`[1]`, `[2]`, `[3]` in the text cite a `参考资料` list numbered `1.` … `3.`: the list is the notes (the
    label heads no section of the text), every marker linked to its entry."""
    doc = parse_text(_wiki([[1], [2], [3], [1]], 3))
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)
    assert [(f.block, f.number) for f in doc.footnotes] == [(0, 1), (0, 2), (0, 3)]
    by_id = {f.id: f.number for f in doc.footnotes}
    assert [[by_id[i] for i in m.footnotes] for m in doc.markers] == [[1], [2], [3], [1]]
    assert doc.headings == ()


def test_a_reference_label_over_a_bibliography_no_marker_counts_out_stays_a_list() -> None:
    """The same label over a list the markers cite only in part (`[1]`, `[2]` of three entries), or over a
    bibliography no marker cites: `参考资料` heads bibliographies as often as notes, so no notes are read."""
    assert parse_text(_wiki([[1], [2]], 3)).footnotes == ()
    plain = "澜湄水资源合作\n流域国家近年加强了水文数据共享。\n参考资料\n" + "\n".join(
        f"{k + 1}.  {_ENTRIES[k]}" for k in range(3)
    )
    assert parse_text(plain).footnotes == ()


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=2, max_value=6).flatmap(
        lambda n: st.tuples(
            st.just(n), st.lists(st.lists(st.integers(1, n), min_size=1, max_size=2), min_size=1, max_size=7)
        )
    )
)
def test_a_reference_list_is_the_notes_exactly_when_the_markers_cite_every_entry(
    case: tuple[int, list[list[int]]],
) -> None:
    """Whatever the markers cite: the list is read as notes exactly when their numbers are 1 … n, n the list's
    length; otherwise it stays text, and no marker links to a note."""
    entries, cited = case
    cited = [sorted(set(nums)) for nums in cited]
    cited = [[nums[0]] if len(nums) == 1 or nums[1] != nums[0] + 1 else nums for nums in cited]
    doc = parse_text(_wiki(cited, entries))
    assert_offsets_valid(doc)
    counted = {n for nums in cited for n in (range(nums[0], nums[-1] + 1))} == set(range(1, entries + 1))
    if counted:
        assert [f.number for f in doc.footnotes] == list(range(1, entries + 1))
    else:
        assert doc.footnotes == ()
        assert all(not m.footnotes for m in doc.markers)


_OP_ED = (
    "Harbour Ledger\nCOMMENTARY\nShared Charts for Crowded Straits\nBy Tomasz Wilk, Research Fellow | 3 June 2024\n"
    "Ships in a narrow strait follow charts that each coastal state draws for itself.\n"
    "Where the charts disagree, pilots must guess which line the patrol boats will enforce.\n"
    "A shared chart would settle most of those guesses before anyone has to argue about them.\n"
)


def test_an_author_box_under_a_byline_reads_its_post_as_the_affiliation() -> None:
    """`About The Author` / the byline's writer again / a post: the post is an affiliation, as in a box that alone
    names the writer, and the name line adds no second author (its writer is the byline's)."""
    doc = parse_text(_OP_ED + "About The Author\nTomasz Wilk\nResearch Fellow, Harbour Ledger Institute\n")
    assert_offsets_valid(doc)
    assert doc.authors == ["Tomasz Wilk"]
    furniture = _furniture(doc)
    assert ["affiliation", "Research Fellow, Harbour Ledger Institute"] in furniture
    assert ["author-bio", "Tomasz Wilk"] not in furniture
    assert "Tomasz Wilk" in doc.text


def test_a_box_naming_someone_else_or_in_sentences_under_a_byline_stays_a_bio() -> None:
    """The box names a writer the byline does not, or presents the writer in a sentence: no affiliation is read
    from it (a sentence about the writer is a bio)."""
    other = parse_text(_OP_ED + "About The Author\nMaria Lund\nResearch Fellow, Harbour Ledger Institute\n")
    assert other.authors == ["Tomasz Wilk"]
    assert not any(kind == "affiliation" and "Harbour Ledger Institute" in text for kind, text in _furniture(other))
    sentence = parse_text(
        _OP_ED + "About The Author\nTomasz Wilk is a research fellow at the Harbour Ledger Institute.\n"
    )
    assert sentence.authors == ["Tomasz Wilk"]
    assert [
        "author-bio",
        "Tomasz Wilk is a research fellow at the Harbour Ledger Institute.",
    ] in _furniture(sentence)


def _kinds(doc: Document) -> dict[str, str]:
    return {text: kind for kind, text in _furniture(doc)}


_EN_TEXT = (
    "Port authorities in the region now exchange lists of ships they have detained.\n"
    "The lists arrive weekly and cover vessels flagged in more than forty states.\n"
    "Inspectors say the exchange has cut the number of repeat offenders sharply.\n"
)


def test_a_notices_buttons_on_one_spaced_line_are_the_notices() -> None:
    """`Allow all   Decline   Settings` under a notice's sentence (read by the word list or by its shape), or
    `同意　不同意` under a Chinese one: the notice's buttons, not the site's menu, and the site's name and the
    kicker under them keep their own kinds."""
    en = parse_text(
        "We use cookies to measure how readers use our pages.\nAllow all   Decline   Settings\n"
        "Harbour Watch\nOPINION\nDetention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT
    )
    assert_offsets_valid(en)
    kinds = _kinds(en)
    assert kinds["Allow all   Decline   Settings"] == "cookie"
    assert kinds["Harbour Watch"] == "navigation" and kinds["OPINION"] == "doctype"
    zh = parse_text(
        "为了提供更好的服务，本页面会记录您的浏览偏好，继续使用即视为同意相关安排。\n同意　不同意\n港口观察网\n评论\n"
        "扣留船舶名单应当共享\n作者：孙海燕\n\n各港口当局开始交换被扣留船舶的名单。\n名单每周更新一次，涉及四十多个船旗国。\n"
    )
    kinds = _kinds(zh)
    assert kinds["同意\u3000不同意"] == "cookie"
    assert kinds["港口观察网"] == "navigation" and kinds["评论"] == "doctype"


def test_a_closing_byline_over_a_labelled_related_list_stays_the_writers() -> None:
    """`（シドニー＝小林）` under the text and over `関連ニュース` and its titles: the list has its label, so the
    short line over it is the closing byline, not a second label."""
    doc = parse_text(
        "豪州と日本の港湾当局が拘留船舶の情報交換を始めた\n2024年6月2日 10:00\n"
        "豪州と日本の港湾当局は2日、検査で拘留した船舶の情報を毎週交換すると発表した。\n"
        "対象は40以上の旗国の船舶で、繰り返し違反する船の把握につなげる。\n"
        "（シドニー＝小林健）\n関連記事\n港湾検査の基準を統一へ\n旗国の責任を問う声強まる\n"
    )
    assert doc.authors == ["小林健"]
    assert "（シドニー＝小林健）" not in _kinds(doc)


def test_a_tag_cloud_under_a_bare_label_is_tags_however_wide() -> None:
    """`Browse topics`-style labels over one line of tags parted by wide spaces or dots; a sentence under the
    label (one space between words, a stop) is no tag row."""
    doc = parse_text(
        "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT + "Explore topics\n"
        "Port state control   Flag states   Ship inspections   Detentions   Maritime safety\n"
    )
    kinds = _kinds(doc)
    assert kinds["Port state control   Flag states   Ship inspections   Detentions   Maritime safety"] == "tags"
    zh = parse_text(
        "扣留船舶名单应当共享\n作者：孙海燕\n\n各港口当局开始交换被扣留船舶的名单。\n名单每周更新一次，涉及四十多个船旗国。\n"
        "相关标签\n港口国监督　船旗国　船舶检查　海上安全\n"
    )
    assert _kinds(zh)["港口国监督\u3000船旗国\u3000船舶检查\u3000海上安全"] == "tags"
    prose = parse_text(
        "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT + "Explore topics\n"
        "Inspectors in three ports say the lists have changed how they plan their boardings.\n"
    )
    assert (
        _kinds(prose).get("Inspectors in three ports say the lists have changed how they plan their boardings.")
        != "tags"
    )


def test_listen_progress_author_photo_and_editors_note_lines_are_furniture() -> None:
    """Lines in other words than the documents': a listen line with its length, a reading-progress line, an
    author's photo credit, an editor's note (`编者注：`, `編按`)."""
    doc = parse_text(
        "Reading progress: 35%\nDetention Lists Work Better Shared\nBy Pia Sorensen\nListen to this story · 4 min\n\n"
        + _EN_TEXT
        + "About the author\nAuthor's photo: Tom Berg\nPia Sorensen is a researcher at the Harbour Watch institute.\n"
    )
    kinds = _kinds(doc)
    assert kinds["Reading progress: 35%"] == "tools"
    assert kinds["Listen to this story · 4 min"] == "tools"
    assert kinds["Author's photo: Tom Berg"] == "caption"
    assert doc.title == "Detention Lists Work Better Shared"
    zh = parse_text(
        "扣留船舶名单应当共享\n作者：孙海燕\n收听本文　约4分钟\n编者注：本文根据作者在研讨会上的发言整理。\n\n"
        "各港口当局开始交换被扣留船舶的名单。\n名单每周更新一次，涉及四十多个船旗国。\n"
    )
    kinds = _kinds(zh)
    assert kinds["收听本文\u3000约4分钟"] == "tools"
    assert kinds["编者注：本文根据作者在研讨会上的发言整理。"] == "doctype"
    ja = parse_text(
        "拘留船舶の情報、週1回交換へ\n2024年6月2日\nこのページを音声で聞く（約2分）\n\n"
        "港湾当局は2日、拘留した船舶の情報を毎週交換すると発表した。\n対象は40以上の旗国の船舶だ。\n"
    )
    assert _kinds(ja)["このページを音声で聞く（約2分）"] == "tools"


def test_a_signup_box_between_paragraphs_is_tools_a_sentence_about_email_is_not() -> None:
    """A box's name, its line of description naming a newsletter and its button, set between two sentences of
    the text, are tools (no heading); a sentence of the text that mentions e-mail over a lone button keeps its
    place in the text, the box having no name line."""
    box = "Harbour Notes Daily\nOne e-mail each morning with the port news that matters.\nSubscribe now\n"
    doc = parse_text("Detention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT + box + _EN_TEXT)
    kinds = _kinds(doc)
    assert kinds["Harbour Notes Daily"] == kinds["Subscribe now"] == "tools"
    assert kinds["One e-mail each morning with the port news that matters."] == "tools"
    assert doc.headings == ()
    zh = parse_text(
        "扣留船舶名单应当共享\n作者：孙海燕\n\n各港口当局开始交换被扣留船舶的名单。\n"
        "港口观察简报\n每天早上一封邮件，送上港口要闻。\n填写邮箱　马上订阅\n名单每周更新一次，涉及四十多个船旗国。\n"
    )
    kinds = _kinds(zh)
    assert (
        kinds["港口观察简报"] == kinds["每天早上一封邮件，送上港口要闻。"] == kinds["填写邮箱\u3000马上订阅"] == "tools"
    )
    plain = parse_text(
        "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n"
        + _EN_TEXT
        + "The authorities said the lists would be sent by e-mail to every member port.\nSubscribe now\n"
        + _EN_TEXT
    )
    assert "The authorities said the lists would be sent by e-mail to every member port." not in _kinds(plain)


def test_a_quoted_sentence_the_text_prints_again_is_a_pull_quote() -> None:
    """`“…”` alone on its line, its sentence printed again in a paragraph (before or after it): a pull quote. A
    quotation the text does not repeat, or a title in `《》`, stays where it is."""
    said = "Inspectors say the exchange has cut the number of repeat offenders sharply."
    doc = parse_text(
        "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT + f"“{said}”\n"
        "Officials plan to add training records to the lists next year.\n"
    )
    assert _kinds(doc)[f"“{said}”"] == "pull-quote"
    assert said in doc.text
    alone = parse_text(
        "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n"
        + _EN_TEXT
        + "“We will publish every detention within a day of the inspection.”\n"
        "Officials plan to add training records to the lists next year.\n"
    )
    assert "pull-quote" not in _kinds(alone).values()
    zh = parse_text(
        "《港口国监督谅解备忘录》\n\n各国港口当局依照《港口国监督谅解备忘录》开展检查。\n名单每周更新一次，涉及四十多个船旗国。\n"
    )
    assert zh.title == "《港口国监督谅解备忘录》"
    assert "pull-quote" not in _kinds(zh).values()


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=2), st.booleans())
def test_a_pull_quote_is_read_exactly_when_its_sentence_is_repeated(which: int, repeated: bool) -> None:
    """Whichever sentence the quote prints: it is a pull quote exactly when the body prints it too."""
    sentences = _EN_TEXT.splitlines()
    quoted = sentences[which] if repeated else "A sentence no paragraph of this page prints anywhere else."
    doc = parse_text(
        "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT + f'"{quoted}"\n'
        "Officials plan to add training records to the lists next year.\n"
    )
    assert (_kinds(doc).get(f'"{quoted}"') == "pull-quote") is repeated


def test_a_caption_over_a_lone_photo_credit_opens_as_a_caption() -> None:
    """`这是…拍摄的…。` or `6月1日，…。` over `（记者 某 摄）`: the photo's caption; a sentence of the text over a
    credit that opens otherwise stays text."""
    head = "中澳港口当局交换扣留船舶名单\n2024-06-02 09:30　来源：某某网\n各港口当局开始交换被扣留船舶的名单。\n"
    doc = parse_text(
        head + "这是6月1日拍摄的青岛港集装箱码头。\n（记者 刘建平 摄）\n名单每周更新一次，涉及四十多个船旗国。\n"
    )
    kinds = _kinds(doc)
    assert kinds["这是6月1日拍摄的青岛港集装箱码头。"] == kinds["（记者 刘建平 摄）"] == "caption"
    text = parse_text(
        head + "检查人员表示，这一做法效果明显。\n（记者 刘建平 摄）\n名单每周更新一次，涉及四十多个船旗国。\n"
    )
    assert "检查人员表示，这一做法效果明显。" not in _kinds(text)


def test_a_byline_post_after_a_bar_between_wide_spaces() -> None:
    """`作者：…　｜　…研究员`: the bar and the spaces around it part the name from the post."""
    doc = parse_text(
        "扣留船舶名单应当共享\n作者：孙海燕　｜　港口研究所副研究员\n\n"
        "各港口当局开始交换被扣留船舶的名单。\n名单每周更新一次。\n"
    )
    assert doc.authors == ["孙海燕"]
    assert ["affiliation", "港口研究所副研究员"] in _furniture(doc)


def test_a_body_over_a_piece_kicker_is_the_site_over_a_reports_kind_the_issuer() -> None:
    """`Harbour Studies Institute` over `Analysis` over the title: the site's name (navigation); the same name
    over `Research Report` issues the report (affiliation)."""
    body = "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT
    site = parse_text("Harbour Studies Institute\nAnalysis\n" + body)
    assert _kinds(site)["Harbour Studies Institute"] == "navigation"
    assert site.title == "Detention Lists Work Better Shared"
    report = parse_text("Harbour Studies Institute\nResearch Report\n" + body)
    assert _kinds(report).get("Harbour Studies Institute") != "navigation"


_TAG_WORDS = ("Port state control", "Flag states", "Ship inspections", "Detentions", "Maritime safety", "Tankers")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_TAG_WORDS), min_size=2, max_size=6, unique=True), st.sampled_from(["   ", " · "]))
def test_a_tag_row_under_a_bare_label_whatever_its_tags(tags: list[str], gap: str) -> None:
    """Any tags parted by wide spaces or dots under `Explore topics` are tags; the same words run into one
    sentence (single spaces, a stop) are not."""
    head = "Detention Lists Work Better Shared\nBy Pia Sorensen\n\n" + _EN_TEXT + "Explore topics\n"
    row = gap.join(tags)
    assert _kinds(parse_text(head + row + "\n")).get(row) == "tags"
    sentence = "Readers asked about " + " and ".join(t.lower() for t in tags) + " in the last weeks."
    assert _kinds(parse_text(head + sentence + "\n")).get(sentence) != "tags"
