"""Look-alikes of acts (prec71, issue 14 items 3 and 4): figures (sorties counted, a sum that `came to some …`, a share
that `made up about …`), an intent the sides state after their meeting in its
sentence (`…会谈，双方表示将继续…`, `…会談し、…推進していくことで一致した`), a meeting or a dinner scheduled with
`預定`/`预定`, an act denied with `也不會`, and an anniversary marked in English with a noun other than `anniversary`
(`centenary`, `jubilee`). Sentences written for these tests, about other states (Norway, Chile, Poland, Peru,
Canada, Vietnam) and in other words than the corpus documents that prompted the rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.event_clauses import tells_an_intent_agreed
from allyscope.scripts import fold
from tests.helpers import event_modes

DONE = "asserted"


def _modes_of(body: str, date: str) -> list[str]:
    return [mode for d, mode in event_modes(body) if d == date]


def test_an_intent_stated_after_the_meeting_is_no_act_of_its_own() -> None:
    body = (
        "题名\n\n一、正文\n\n2022年4月6日，挪威外交大臣同智利外长在奥斯陆举行会谈，双方表示将进一步密切极地事务沟通。\n"
    )
    assert _modes_of(body, "2022-04-06") == [DONE]
    # a Japanese intent agreed in the talks' own sentence is an act of its own (rec85: conv77 (3), and dev's gold
    # annotates it apart in all three such sentences; the Japanese endings of `intent_agreed_in_talks` are emptied)
    body = (
        "題名\n\n一、本文\n\n2022年4月6日、ノルウェー外相はチリ外相と会談し、極地の協力を進めていくことで一致した。\n"
    )
    assert _modes_of(body, "2022-04-06") == [DONE, DONE]


def test_an_agreement_on_a_new_act_after_the_meeting_stays_an_act() -> None:
    # a partnership set up, a signing: acts of their own beside the meeting
    body = "题名\n\n一、正文\n\n2022年4月6日，挪威外交大臣同智利外长在奥斯陆举行会谈，双方表示将建立战略伙伴关系。\n"
    assert len(_modes_of(body, "2022-04-06")) == 2
    body = "題名\n\n一、本文\n\n2022年4月6日、ノルウェー外相はチリ外相と会談し、漁業交渉を開始することで一致した。\n"
    assert len(_modes_of(body, "2022-04-06")) == 2


@given(
    subject=st.sampled_from(["双方", "雙方", "两国", ""]),
    intent=st.sampled_from(["继续", "加强", "深化", "推動", "擴大"]),
    act=st.sampled_from(["建立", "签署", "啟動", "发表"]),
)
def test_the_intent_reader_tells_a_new_act_from_an_intent(subject: str, intent: str, act: str) -> None:
    intent_piece = fold(f"，{subject}表示将{intent}两国在渔业领域的合作")
    assert tells_an_intent_agreed(intent_piece, 0, len(intent_piece))
    act_piece = fold(f"，{subject}表示将{intent}并{act}两国渔业合作机制")
    assert not tells_an_intent_agreed(act_piece, 0, len(act_piece))


def test_an_act_scheduled_with_yuding_is_planned() -> None:
    body = "題名\n\n一、正文\n\n波蘭與秘魯的聯合委員會首次會議預定明年3月在利馬召開。\n"
    assert DONE not in _modes_of(body, "2026-03") + _modes_of(body, "2027-03")
    body = "题名\n\n一、正文\n\n2023年5月8日，加拿大外长预定在渥太华设宴款待越南代表团。\n"
    assert DONE not in _modes_of(body, "2023-05-08")


def test_an_act_done_as_scheduled_stays_done() -> None:
    body = "题名\n\n一、正文\n\n2023年5月8日，加拿大外长按预定日程在渥太华会见越南外长。\n"
    assert _modes_of(body, "2023-05-08") == [DONE]


def test_an_act_denied_with_also_not_is_no_act() -> None:
    body = "題名\n\n一、正文\n\n答：2023年5月8日，加拿大與越南也不會簽署新的漁業協定。\n"
    assert DONE not in _modes_of(body, "2023-05-08")


def test_an_anniversary_marked_in_english_by_its_own_noun_dates_no_act() -> None:
    for noun in ("centenary", "jubilee", "centennial"):
        body = f"Title\n\n1. Body\n\nIn 2019 Norway and Chile marked the {noun} of their diplomatic relations.\n"
        assert DONE not in _modes_of(body, "2019"), noun
    body = "Title\n\n1. Body\n\nIn 2019 Norway and Chile marked the centenary with a joint naval exercise.\n"
    assert _modes_of(body, "2019") == [DONE]


def test_figures_of_sorties_totals_and_shares_date_no_act() -> None:
    body = "題名\n\n一、正文\n\n2024年5月8日，波蘭空軍偵獲外國軍機42架次，為年內最高。\n"
    assert DONE not in _modes_of(body, "2024-05-08")
    body = "Title\n\n1. Body\n\nIn 2021 Canada's aid to Vietnam came to some 300 million dollars.\n"
    assert DONE not in _modes_of(body, "2021")
    body = "Title\n\n1. Body\n\nIn 2021 Polish goods made up about a third of Peru's imports of machinery.\n"
    assert DONE not in _modes_of(body, "2021")


def test_an_act_beside_a_figure_stays_done() -> None:
    body = "Title\n\n1. Body\n\nIn 2021 Canada and Vietnam signed an aid accord that came to some 300 million.\n"
    assert _modes_of(body, "2021") == [DONE]
