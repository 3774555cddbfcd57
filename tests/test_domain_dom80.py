"""A text on training or exercises signed is an instrument (issue 14 item 5, branch dom80; docs/history.md,
forty-ninth session).

The cue class `exercise` (rank 2) outranked every act on an instrument, so a protocol, treaty or arrangement whose
name holds a word of training (`軍の訓練と駐留に関する議定書が締結された`, `签署了《关于…进行军事训练…的条约》`,
`an arrangement … on peacekeeping training`) read as training held. The codebook's rule 1 codes any text the sides
sign, conclude or adopt as `institutional` ("a text on a security topic is still an instrument"), and training is
the act's own field only where no text names it (rule 10). The word of training inside a text's name now counts as
what the text is about, as a security topic there already did (`event_domain_cues._topic_of_instrument`). Tested in
other words than the dev documents that showed the need, with traps: training held, training after a signing,
a training centre opened.

Japanese writes an exchange of documents as `協力文書の交換` as often as `書簡の交換` or `交換公文` (item 2 of the
task): the exchange of cooperation documents a leader witnesses, or that takes place under the leaders' eyes, is an
act on instruments (rule 1; README, witnessing: the ceremony's object decides), and the cue list knew letters and
notes only. Traps: views exchanged about documents, information or prisoners exchanged.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from allyscope.events_domain import patterns, rule_domain
from allyscope.scripts import fold


def _ruled(text: str) -> tuple[str, bool]:
    clause = fold(text)
    return rule_domain(patterns(), clause, [], clause, 0)


TEXTS_ON_TRAINING = (
    "两国国防部长签署了联合训练合作协定。",
    "雙方於同日簽署《關於軍事訓練合作的諒解備忘錄》。",
    "両国は共同訓練の実施に関する取極に署名した。",
    "防衛当局間で、部隊の訓練と後方支援に関する覚書が締結された。",
    "The two ministers signed an agreement on joint training of their air forces.",
    "The defence chiefs concluded a memorandum on exercises and training exchanges.",
)


@pytest.mark.parametrize("text", TEXTS_ON_TRAINING)
def test_a_text_on_training_signed_is_an_instrument(text: str) -> None:
    assert _ruled(text)[0] == "institutional"


# traps: training or an exercise held (also after a signing), a cyber exercise, a training centre opened
TRAPS = (
    ("两军在边境地区举行联合训练。", "military-exercise"),
    ("签署协定后，两军举行了联合训练。", "military-exercise"),
    ("両国の海軍は捜索救難訓練を実施した。", "military-exercise"),
    ("The two air forces held their first joint training over the desert.", "military-exercise"),
    ("両国はサイバー防衛演習に参加した。", "non-traditional-security"),
    ("两国国防部长出席联合训练中心启用仪式。", "institutional"),
)


@pytest.mark.parametrize(("text", "domain"), TRAPS)
def test_training_held_stays_an_exercise(text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain


FIELD = st.sampled_from(("联合训练", "军事训练", "联合演习", "人员训练"))
TEXT_HEAD = st.sampled_from(("协定", "谅解备忘录", "议定书"))
SIGN = st.sampled_from(("签署了", "签订了", "正式签署"))


@given(SIGN, FIELD, TEXT_HEAD, st.integers(min_value=1990, max_value=2030))
def test_any_text_named_for_training_signed_is_an_instrument(sign: str, field: str, head: str, year: int) -> None:
    text = f"{year}年，两国国防部{sign}关于{field}的{head}。"
    assert _ruled(text)[0] == "institutional"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
def test_any_text_gives_a_domain(text: str) -> None:
    domain, clear = _ruled(text)
    assert domain in {"political-dialogue", "institutional", "military-exercise", "non-traditional-security"}
    assert isinstance(clear, bool)


EXCHANGES_OF_DOCUMENTS = (
    "両外相は、防災分野の協力文書の交換に立ち会った。",
    "首脳会談の後、両首脳の立会いの下で、保健分野の協力文書の交換が行われた。",
    "同日、教育及び防衛交流に関する複数の文書の署名・交換が行われました。",
    "両国外相は、救難艇の供与に関する書簡を交換した。",
)


@pytest.mark.parametrize("text", EXCHANGES_OF_DOCUMENTS)
def test_an_exchange_of_documents_is_an_act_on_instruments(text: str) -> None:
    assert _ruled(text)[0] == "institutional"


EXCHANGE_TRAPS = (
    ("両首脳は、協力文書の交換について意見交換を行った。", "political-dialogue"),
    ("両国の当局者は、海洋情報の交換について協議した。", "political-dialogue"),
    ("両外相は地域情勢について意見交換を行った。", "political-dialogue"),
)


@pytest.mark.parametrize(("text", "domain"), EXCHANGE_TRAPS)
def test_talk_about_an_exchange_stays_talk(text: str, domain: str) -> None:
    assert _ruled(text)[0] == domain


FIELDS_JA = st.sampled_from(("経済", "防衛", "保健", "防災", "人材育成", "気候変動"))
WITNESS = st.sampled_from(("に立ち会った", "に立ち会いました", "が行われた", "が行われました"))


@given(FIELDS_JA, FIELDS_JA, WITNESS)
def test_any_exchange_of_cooperation_documents_is_an_act_on_instruments(first: str, second: str, end: str) -> None:
    text = f"会談後、{first}及び{second}分野の協力文書の交換{end}。"
    assert _ruled(text)[0] == "institutional"
