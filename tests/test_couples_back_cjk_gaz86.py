"""`両陛下` alone refers back to the royal couple named before it (gaz86, issue 14;
`allyscope/discourse_couples_cjk.py`,
discourse.json `couples_back_cjk`): `presser_zht_japan_mongolia` (fifty-second session) names `天皇皇后兩陛下` in the
question and `兩陛下` in the answer's three acts; Japan's foreign ministry writes `両陛下は…` after `天皇皇后両陛下` in
its releases. The bare word stands for the two titles the nearest glued word before it was written with; a word
glued to other titles (`国王王妃両陛下`), or with no couple before it, is not read so."""

from __future__ import annotations

from helpers import events_in_case
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.discourse_couples_cjk import couples_referred_back
from allyscope.entities import gazetteer


def _parties(text: str, *sides: str) -> list[set[str]]:
    return [set(e.actors) | set(e.involved) for e in events_in_case(text, *sides)]


def test_the_bare_honorific_in_an_answer_names_the_couple_of_the_question() -> None:
    text = (
        "外交部發言人記者會\n\n2023年6月20日\n\n問：天皇皇后兩陛下這次訪問印尼有何意義？\n"
        "答：兩陛下於6月17日抵達雅加達，並於19日同佐科總統舉行會見。\n"
    )
    found = _parties(text, "JP", "ID")
    assert any({"person:naruhito", "person:empress-masako", "ID"} <= ids for ids in found), found


def test_a_japanese_release_names_the_couple_again_by_the_honorific() -> None:
    text = (
        "報道発表\n\n平成17年5月14日\n\n1　天皇皇后両陛下は，5月9日から国賓としてノルウェーを訪問されています。\n"
        "2　12日，両陛下はオスロでハーラル国王主催の晩餐会に御臨席になりました。\n"
    )
    found = _parties(text, "JP", "NO")
    assert any({"person:akihito", "person:empress-michiko", "NO"} <= ids for ids in found), found


def test_an_honorific_glued_to_other_titles_is_not_the_couple_before() -> None:
    text = (
        "報道発表\n\n平成26年10月30日\n\n1　天皇皇后両陛下は，29日，宮殿で歓迎行事を催されました。\n"
        "2　30日，国王王妃両陛下は京都を訪問されました。\n"
    )
    mentions = couples_referred_back(text, [m for m in gazetteer().match(text)], gazetteer())
    at = text.index("国王王妃両陛下") + len("国王王妃")
    assert not any(m.start == at and m.basis == "couple-back" for m in mentions)


def test_with_no_couple_named_before_the_honorific_stays_unread() -> None:
    text = "報道発表\n\n令和5年6月20日\n\n18日，両陛下は国家主席と会見されました。\n"
    mentions = couples_referred_back(text, list(gazetteer().match(text)), gazetteer())
    assert not any(m.basis == "couple-back" for m in mentions)


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="。，、はがをにでと 　日月年訪問会見", min_size=0, max_size=40))
def test_any_filler_between_keeps_the_couple(filler: str) -> None:
    text = f"天皇皇后両陛下は到着された。{filler}。両陛下は会見された。"
    mentions = couples_referred_back(text, list(gazetteer().match(text)), gazetteer())
    back = {m.ids for m in mentions if m.basis == "couple-back"}
    assert back == {("office:jp-emperor",), ("office:jp-empress",)}


@given(st.text(alphabet="国王妃女皇后大統領", min_size=1, max_size=4))
def test_an_ideograph_glued_before_is_never_a_bare_honorific(glued: str) -> None:
    text = f"天皇皇后両陛下は到着された。{glued}両陛下は会見された。"
    mentions = couples_referred_back(text, list(gazetteer().match(text)), gazetteer())
    assert not any(m.basis == "couple-back" for m in mentions)
