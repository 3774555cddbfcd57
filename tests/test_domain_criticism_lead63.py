"""Criticising and condemning are dialogue acts in every language (thirty-second session, lead; issue 14 item 5).
One side's statement about what another did is political dialogue (the codebook's one-side statement); the cue
lists had `抗议`/`protest` among the dialogue acts but no verb of criticism, so such a clause was left to the model,
which the retrain on 759 documents read as an act on an arrangement (a generated Japanese `…を批判した`). Sentences
written for these tests, about states and acts the corpus documents do not pair; an act of a higher rank in the
same clause (an exercise, an agreement signed) still decides."""

from __future__ import annotations

import pytest
from test_domain_dom63 import DIALOGUE_ACT, _cues, _domain

PD, INS, ME = "political-dialogue", "institutional", "military-exercise"


@pytest.mark.parametrize(
    "text",
    [
        "カナダ外務省は5月2日、隣国の核実験を批判した",
        "ノルウェー政府は同国による漁船の拿捕を強く非難した",
        "芬兰外交部谴责邻国的导弹试射",
        "瑞典政府批評該國的關稅決定",
        "The Chilean foreign ministry condemned the test on 4 June",
        "Peru's government criticised the seizure of its fishing boats",
        "Kenya denounced the border closure on 9 March",
    ],
)
def test_a_criticism_is_a_dialogue_act(text: str) -> None:
    assert DIALOGUE_ACT in _cues(text)
    assert _domain(text) == PD


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("芬兰与挪威举行联合演习，并谴责第三国的干扰", ME),
        ("Chile and Peru signed a fisheries agreement and condemned illegal fishing", INS),
    ],
)
def test_an_act_of_a_higher_rank_still_decides(text: str, domain: str) -> None:
    assert _domain(text) == domain


def test_criticism_is_not_read_inside_other_words() -> None:
    assert DIALOGUE_ACT not in _cues("The critical infrastructure agreement was signed")
