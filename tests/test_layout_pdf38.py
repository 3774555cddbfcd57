"""pdf38 (nineteenth session): copies of PDF and Word pages, each rule on text in other words."""

from __future__ import annotations

from helpers import assert_copied_pieces_match_raw, assert_offsets_valid

from allyscope import parse_text


def _columns(left: list[str], right: list[str], margin: int = 2, edge: int = 46) -> list[str]:
    """Two columns printed side by side, as a layout-keeping extractor writes them."""
    rows = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        line = (" " * margin + a) if a else ""
        rows.append((line.ljust(edge) + b if b else line).rstrip())
    return rows


def test_side_by_side_columns_read_down_the_left_then_the_right() -> None:
    """Each line holds a left and a right column's line: the text reads the left column down, then the right,
    a sentence cut at the column's foot going on at the next column's head, and the notes stay notes."""
    raw = "\n".join(
        [
            "        Arctic Shipping and the Polar Code: Early Practice",
            "",
            "                        Ingrid Solberg",
            "",
            *_columns(
                [
                    "1 Background",
                    "Ships sailing in polar waters must hold",
                    "a certificate under the Polar Code,",
                    "which entered into force in 2017.1 Flag",
                    "states issue the certificates after a",
                    "survey of the hull and the equipment,",
                    "and many of them ask a classification",
                ],
                [
                    "society to carry out that survey on their",
                    "behalf. Few ships have been refused.2",
                    "",
                    "2 Practice at Sea",
                    "Coastal states inspect certified ships",
                    "when they call at Arctic ports, but the",
                    "inspections are short and rarely find",
                ],
            ),
            "",
            "  1 Adopted by the maritime organisation's assembly in 2014 and 2015.",
            "  2 Figures of the classification societies, 2023.",
        ]
    )
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["Background", "Practice at Sea"]
    assert "and many of them ask a classification society to carry out that survey" in doc.text
    assert "which entered into force in 2017.[1] Flag states issue" in doc.text
    assert doc.note_text(doc.footnotes[0]).startswith("Adopted by")
    assert [m.numbers for m in doc.markers] == [(1,), (2,)]
    assert_offsets_valid(doc)
    assert_copied_pieces_match_raw(doc)


def test_cjk_columns_side_by_side() -> None:
    """The same in Chinese: the right column's first line goes on from the left column's last."""
    left = [
        "一、问题的提出",
        "近年来，沿海国家在专属经济区内",
        "开展的执法活动日益频繁，",
        "相关争端也随之增多。",
        "本文拟从三个方面加以讨论，",
    ]
    right = [
        "首先梳理相关国际法规则，其次",
        "考察主要国家的实践，最后提出",
        "若干政策建议。",
        "二、国际法规则",
        "《联合国海洋法公约》对此有原则性规定。",
    ]
    raw = "\n".join(["专属经济区执法问题初探", "", "王立新", "", *_columns(left, right, edge=40)])
    doc = parse_text(raw)
    assert [h.title for h in doc.headings] == ["问题的提出", "国际法规则"]
    assert "本文拟从三个方面加以讨论，首先梳理相关国际法规则" in doc.text
    assert_copied_pieces_match_raw(doc)


def test_a_table_of_two_aligned_columns_keeps_its_rows() -> None:
    """Short cells aligned at one column are a table's rows, not two columns of text: each row stays whole."""
    raw = "\n".join(
        [
            "Patrol vessels delivered to partner navies",
            "The table lists the vessels by recipient.",
            "Recipient state          Vessels",
            "Fiji                     2",
            "Tonga                    1",
            "Samoa                    1",
            "Vanuatu                  2",
            "Deliveries continued in the following year.",
        ]
    )
    doc = parse_text(raw)
    assert "Fiji                     2" in doc.text
    assert doc.text.index("Tonga") < doc.text.index("Samoa") < doc.text.index("Vanuatu")
