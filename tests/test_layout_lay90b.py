"""Fifty-ninth session (lay90b): a treaty's signature block, each party's signature line (`For the Government of
…:`) and each signer's name a paragraph of its own, apart from the done clause over them. Tested on a treaty text
written for the test, in other words than the dev documents, with traps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.repair import _signatory_line
from allyscope.model import Document


def _paragraphs(doc: Document) -> list[str]:
    return [doc.span_text(s) for s in doc.spans if s.kind == "paragraph"]


_ARRANGEMENT = (
    "ARRANGEMENT BETWEEN THE GOVERNMENT OF AUSTRALIA AND THE GOVERNMENT OF THE INDEPENDENT STATE OF PAPUA NEW GUINEA "
    "ON COOPERATION IN MARITIME SURVEILLANCE\n"
    "The Government of Australia and the Government of the Independent State of Papua New Guinea, wishing to keep "
    "watch together over the waters between their coasts, have agreed as follows:\n"
    "Article 1\n"
    "Purpose\n"
    "The Participants shall share what their patrol aircraft and ships observe of vessels fishing without a licence "
    "in the waters under their jurisdiction.\n"
    "Article 2\n"
    "Entry into effect\n"
    "This Arrangement shall come into effect on the day of its signature and shall remain in effect for five years, "
    "unless either Participant ends it earlier by giving six months' written notice to the other.\n"
    "IN WITNESS WHEREOF the undersigned, being duly authorised by their respective Governments, have signed this "
    "Arrangement.\n"
    "DONE at Port Moresby on the twentieth day of March two thousand and nineteen, in two originals in the English "
    "language.\n"
    "For the Government of Australia:\n"
    "MARISE PAYNE\n"
    "For the Government of the Independent State of Papua New Guinea:\n"
    "RIMBINK PATO\n"
    "KEVIN ISIFU\n"
)


def test_a_signature_block_is_a_paragraph_a_line() -> None:
    paragraphs = _paragraphs(parse_text(_ARRANGEMENT))
    for line in (
        "For the Government of Australia:",
        "MARISE PAYNE",
        "For the Government of the Independent State of Papua New Guinea:",
        "RIMBINK PATO",
        "KEVIN ISIFU",
    ):
        assert line in paragraphs
    assert any(p.startswith("DONE at Port Moresby") and p.endswith("English language.") for p in paragraphs)


def test_a_sentence_opening_with_for_the_stays_text() -> None:
    text = _ARRANGEMENT.replace(
        "For the Government of Australia:\nMARISE PAYNE\n",
        "For the Government of Australia: the Arrangement was the first of its kind that it signed with a neighbour "
        "on the surveillance of fishing, and its officials called it a model for others.\n",
    )
    paragraphs = _paragraphs(parse_text(text))
    assert any(p.startswith("For the Government of Australia: the Arrangement") for p in paragraphs)
    assert "For the Government of Australia:" not in paragraphs


def test_a_line_announcing_a_list_is_no_signature_line() -> None:
    assert not _signatory_line("For the following reasons:")
    assert not _signatory_line("For the Government of Australia, the arrangement was the first of its kind:")
    assert not _signatory_line("For the Government of Fiji.")
    assert _signatory_line("For the Kingdom of Tonga:")
    assert _signatory_line("FOR THE GOVERNMENT OF NEW ZEALAND:")


_WORD = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)


@given(st.lists(_WORD, min_size=1, max_size=4), st.from_regex(r"[a-z]{3,9}", fullmatch=True))
def test_a_party_in_title_case_signs_and_a_lower_case_word_does_not(words: list[str], lower: str) -> None:
    party = " of ".join(words)
    assert _signatory_line(f"For the {party}:")
    assert not _signatory_line(f"For the {lower} {party}:")
    assert not _signatory_line(f"For the {party}.")
