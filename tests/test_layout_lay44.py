"""lay44 (twenty-third session): layouts — a reference list's label that is no notes label (`参考资料`) over a
list the text's markers count out, an author box closing a page whose byline named the writer already, and the
furniture of web pages written blind (`tests/layouts/l44_*`). Each rule on text in other words than the corpus
documents that showed the miss."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.model import Document

_KEPT = {"title", "author", "abstract", "keywords", "keyword", "paragraph"}


def _furniture(doc: Document) -> list[list[str]]:
    return [[s.kind, doc.span_text(s)] for s in doc.spans if s.kind not in _KEPT]


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
def test_a_reference_list_is_the_notes_exactly_when_the_markers_cite_every_entry(case: tuple[int, list[list[int]]]) -> None:
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
