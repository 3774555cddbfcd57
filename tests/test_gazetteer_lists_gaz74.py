"""The gazetteer grown by list, second round (issue 14, item 3, forty-third session, branch gaz74): generic titles
of the security posts (a national security adviser, a chief of defence or of the general staff, a defence attaché)
that take the state of their clause and never a default one; regional security fora and non-proliferation
regimes by name in each script; Chinese and Japanese forms of office holders the data held in English only.
Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest
from helpers import actors_and_involved as _events
from helpers import gazetteer_ids_in as _named
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Defence ministers spoke at the Halifax International Security Forum.", "meeting:halifax-security-forum"),
        ("哈利法克斯国际安全论坛周五开幕。", "meeting:halifax-security-forum"),
        ("The Raisina Dialogue drew ministers from the Gulf.", "meeting:raisina-dialogue"),
        ("瑞辛納對話今年聚焦海上安全。", "meeting:raisina-dialogue"),
        ("ライシナ対話で外相が講演した。", "meeting:raisina-dialogue"),
        ("麦纳麦对话在巴林首都举行。", "meeting:manama-dialogue"),
        ("マナーマ対話に各国の国防相が集まった。", "meeting:manama-dialogue"),
        ("第十届北京香山论坛闭幕。", "meeting:xiangshan-forum"),
        ("香山論壇邀請了多國防長。", "meeting:xiangshan-forum"),
        ("北京香山フォーラムが開幕した。", "meeting:xiangshan-forum"),
        ("The Seoul Defense Dialogue closed on Thursday.", "meeting:seoul-defense-dialogue"),
        ("首尔安全对话邀请了太平洋岛国代表。", "meeting:seoul-defense-dialogue"),
        ("核セキュリティ・サミットが開かれた。", "meeting:nuclear-security-summit"),
        ("第四届核安全峰会在华盛顿举行。", "meeting:nuclear-security-summit"),
        ("Several states subscribed to the Hague Code of Conduct.", "HCOC"),
        ("多国签署了防止弹道导弹扩散海牙行为准则。", "HCOC"),
        ("ハーグ行動規範の年次会合が開かれた。", "HCOC"),
        ("The Proliferation Security Initiative held an exercise at sea.", "PSI"),
        ("防扩散安全倡议成员举行海上拦截演练。", "PSI"),
        ("拡散に対する安全保障構想の訓練が行われた。", "PSI"),
        # holders the data held in English only
        ("スタヴリディス司令官が演説した。", "person:stavridis"),
        ("斯卡帕罗蒂出席了听证会。", "person:scaparrotti"),
        ("卡柳莱德总统访问了塔林港。", "person:kersti-kaljulaid"),
        ("马克·塞德威尔当天抵达。", "person:mark-sedwill"),
    ],
)
def test_a_name_of_the_lists_is_read_in_each_script(text: str, ident: str) -> None:
    assert ident in _named(text), (text, _named(text))


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Kenya's National Security Adviser met the delegation in Nairobi on 3 May 2023.", "KE"),
        ("2023年5月3日，肯尼亚国家安全顾问在内罗毕会见代表团。", "KE"),
        ("2023年5月3日，肯亞國家安全顧問在奈洛比會見代表團。", "KE"),
        ("2023年5月3日、ケニアの国家安全保障担当補佐官がナイロビで代表団と会談した。", "KE"),
        ("The Chief of Defence of Norway visited Riga on 3 May 2023.", "NO"),
        ("On 3 May 2023 Chile's Chief of General Staff visited Lima.", "CL"),
        ("2023年5月3日，巴西国防武官拜访了阿根廷国防部。", "BR"),
        ("2023年5月3日、ブラジルの駐在武官が国防省を訪れた。", "BR"),
    ],
)  # fmt: skip
def test_a_title_takes_the_state_of_its_clause(body: str, state: str) -> None:
    assert any(state in actors for actors, _ in _events(body)), _events(body)


@pytest.mark.parametrize(
    "body",
    [
        "The national security adviser met the delegation on 3 May 2023.",
        "2023年5月3日，国家安全顾问会见了代表团。",
    ],
)
def test_a_title_without_a_state_gives_none(body: str) -> None:
    """No default state: a title its sentence and paragraph give no state stays unresolved."""
    assert all(not actors for actors, _ in _events(body)), _events(body)


@pytest.mark.parametrize(
    "text",
    [
        "The national security of the region was discussed.",  # no title: the words alone
        "Their chief of defence procurement resigned.",  # a longer post, not the chief of defence
        "国家安全顾问团队的报告尚未公布。",  # the title opens a longer noun, still a title word, but no state
        "香山公园的红叶吸引游客。",  # 香山 the hill, not the forum
        "研究者は行動規範の草案を公表した。",  # a code of conduct, not the Hague Code
    ],
)
def test_a_trap_names_no_new_entity(text: str) -> None:
    added = {"meeting:xiangshan-forum", "HCOC", "PSI", "meeting:raisina-dialogue"}
    assert not (_named(text) & added), (text, _named(text))
    assert all(not actors for actors, _ in _events(text)), _events(text)


_TITLES = [
    "national security adviser",
    "National Security Advisor",
    "国家安全顾问",
    "國家安全顧問",
    "国防武官",
    "防衛駐在官",
    "Chief of General Staff",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_TITLES), st.text(alphabet="的了在和与会见代表团议题今天 ,.", max_size=12))
def test_a_title_alone_never_names_a_state(title: str, filler: str) -> None:
    """Whatever ordinary words stand around it, a generic title with no state in its paragraph names none."""
    body = f"On 3 May 2023 {filler}{title}{filler} met the delegation."
    assert all(not actors for actors, _ in _events(body)), (body, _events(body))
