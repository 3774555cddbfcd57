"""Parties carried in Chinese and Japanese text from the sentence or paragraph before (issue 14 item 3, cjk63).
Sentences written for these tests, about other states, people and verbs than the corpus documents that prompted
the rules.

- a state set as its sentence's topic (`<state>については、`, `关于<state>，`: data/discourse.json `topics`) is the
  state a later `同国`, `该国` refers back to, over a place named between them, in its sentence and in the next;
- a collective before `同国` in its own sentence (`両国は…同国の独立`) names no other state: `同国` may be one of it;
- `两人`, `兩人`, `両氏` stand for the two people named nearest before them (collectives `persons`), none when a
  third stands as near;
- more words of collectives (`兩位總統`, `两国领袖`, `同政権`) and of bodies referred back to (`该打击群`, `兩艦`).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import extract
from allyscope.discourse import _is_topic, _topic_words
from allyscope.entities import EntityMention


def _reference_ids(text: str, word: str, nth: int = 0) -> tuple[str, ...]:
    """The ids the `nth` mention written `word` was resolved to."""
    doc = extract(text)
    found = [m for m in doc.entities if m.alias == word]
    assert len(found) > nth, f"no mention {word!r} #{nth}"
    return found[nth].ids


# --- a topic set once -------------------------------------------------------------------------------------------


def test_a_japanese_topic_wins_over_a_place_named_before_tong_koku() -> None:
    """`ケニアについては、…エチオピアのアディスアベバで…同国の`: the sentence is about its topic, not the place of the
    meeting."""
    text = (
        "外務報道官会見記録\n\n【報道官】ケニアについては、8日、エチオピアのアディスアベバで開かれた会合で、"
        "同国の加盟が認められました。\n"
    )
    assert _reference_ids(text, "同国") == ("KE",)


def test_a_chinese_topic_wins_over_a_place_named_before_gai_guo() -> None:
    """`关于秘鲁，…在智利圣地亚哥举行的会议上，该国…`: the topic, not the host of the meeting."""
    text = "发言人答问\n\n答：关于秘鲁，3日在智利圣地亚哥举行的部长会议上，该国代表介绍了有关情况。\n"
    assert _reference_ids(text, "该国") == ("PE",)


def test_the_topic_is_the_antecedent_in_the_next_sentence() -> None:
    """The topic of the sentence before is the one `同国` there points to (the sentence also names a host)."""
    text = (
        "記者会見\n\nガーナについては、5月2日、ナイジェリアの首都アブジャで協議が行われました。"
        "同国の外相は6月に来日する予定です。\n"
    )
    assert _reference_ids(text, "同国") == ("GH",)


def test_a_state_after_the_topic_in_its_own_sentence_still_counts_as_a_place() -> None:
    """Without a topic the place rule stands: `ペルーを訪れ、同国の` is Peru."""
    text = "外相の動静\n\n10日、外相はチリを経てペルーを訪れ、同国の大統領と会談した。\n"
    assert _reference_ids(text, "同国") == ("PE",)


_TOPIC_AFTER, _TOPIC_BEFORE, _ = _topic_words()
_FILLER = st.text(alphabet="あいうえおかきくけこ0123456789", min_size=0, max_size=8)


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(alphabet="アイウエオカキクケコ", min_size=2, max_size=6),
    marker=st.sampled_from(_TOPIC_AFTER),
    filler=_FILLER,
)
def test_a_name_right_before_a_japanese_topic_word_is_a_topic(name: str, marker: str, filler: str) -> None:
    """A name right before a topic word is its sentence's topic; with anything else after it, or a character
    between, it is not."""
    text = filler + name + marker + "、" + filler
    m = EntityMention(len(filler), len(filler) + len(name), name, ("X",), "")
    assert _is_topic(text, m)
    other = filler + name + "は" + marker + filler
    assert not _is_topic(other, m)


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(alphabet="秘鲁智利加纳老挝", min_size=2, max_size=4),
    marker=st.sampled_from(_TOPIC_BEFORE),
    tail=st.text(alphabet="两国关系问题合作", min_size=0, max_size=6),
    rest=st.text(alphabet="今天会议举行了有关情况", min_size=0, max_size=12),
)
def test_a_chinese_topic_needs_its_closing_comma(name: str, marker: str, tail: str, rest: str) -> None:
    """`关于<name><a few characters>，` is a topic; with a full stop before any comma, or too long a phrase, it is
    not."""
    m = EntityMention(len(marker), len(marker) + len(name), name, ("X",), "")
    assert _is_topic(marker + name + tail + "，" + rest, m)
    assert not _is_topic(marker + name + tail + "。" + rest + "，", m)
    assert not _is_topic(marker + name + "的" * 11 + "，", m)
    assert not _is_topic("在" + name + tail + "，" + rest, EntityMention(1, 1 + len(name), name, ("X",), ""))


# --- a collective before 同国 ---------------------------------------------------------------------------------


def test_tong_koku_after_ryoukoku_in_its_sentence_may_be_one_of_the_pair() -> None:
    """`両国は…同国の独立`: the collective names no other state; the pair's more salient party is the one referred
    back to."""
    text = (
        "日本・ウズベキスタン関係\n\nウズベキスタンは1991年9月に独立を宣言した。"
        "両国は、翌年1月26日、同国の独立から間もなく外交関係を開設した。\n"
    )
    assert _reference_ids(text, "同国") == ("UZ",)


# --- two people referred back to -------------------------------------------------------------------------------


def test_liang_ren_stands_for_the_two_people_named_before() -> None:
    text = "德波关系\n\n2023年7月2日，德国总理朔尔茨在柏林会见波兰总统杜达，两人随后共同出席了记者会。\n"
    assert set(_reference_ids(text, "两人")) == {"person:scholz", "person:andrzej-duda"}


def test_ryoushi_in_the_next_sentence() -> None:
    text = "日伯首脳会談\n\n5月20日、ブラジルのルラ大統領は広島で岸田首相と会談した。両氏は共同声明を発表した。\n"
    assert set(_reference_ids(text, "両氏")) == {"person:lula", "person:kishida"}


def test_liang_ren_after_a_collective_of_office_holders_counts_it_at_once() -> None:
    """`兩位總統…。兩人…`: the collective's two offices are the two people; their names after it are the same."""
    text = "巴西與法國\n\n法國總統應巴西總統邀請訪問巴西。3月27日，兩位總統在里約出席活動。前一天，兩人已在貝倫會面。\n"
    ids = _reference_ids(text, "兩人")
    assert len(ids) == 2 and {i.split(":")[0] for i in ids} <= {"office", "person"}


def test_liang_ren_with_three_people_as_near_stays_unresolved() -> None:
    text = "三方会谈\n\n2024年3月1日，德国总理朔尔茨、波兰总统杜达与巴西总统卢拉举行会谈，两人随后离开。\n"
    assert _reference_ids(text, "两人") == ()


def test_liang_ren_with_no_one_named_stays_unresolved() -> None:
    text = "事故\n\n2024年3月1日，一架无人机坠落在村庄附近，造成两人受伤。\n"
    assert _reference_ids(text, "两人") == ()


# --- more collective and body words ----------------------------------------------------------------------------


def test_two_presidents_and_two_leaders_written_with_wei() -> None:
    text = "德波关系\n\n2023年7月2日，德国总理朔尔茨在柏林会见波兰总统杜达。两位领导人同意加强合作。\n"
    assert {"DE", "PL"} <= set(_reference_ids(text, "两位领导人"))


def test_tong_seiken_is_the_government_of_the_state_named_before() -> None:
    text = (
        "マレーシアの政権交代\n\n2018年5月、マハティール首相の率いる新政権が発足した。"
        "同政権は翌月、鉄道計画の見直しを決めた。\n"
    )
    assert _reference_ids(text, "同政権") == ("MY",)


def test_a_strike_group_referred_back_to_is_its_state() -> None:
    text = "法国航母打击群\n\n2025年2月，法国海军以戴高乐号航母为核心的打击群抵达印度洋。该打击群随后前往南海。\n"
    ids = [m.ids for m in extract(text).entities if m.alias == "打击群" and m.basis == "body"]
    assert ids and ids[-1] == ("FR",)


def test_two_ships_referred_back_to_are_their_state() -> None:
    text = "德國軍艦訪問\n\n德國海軍巡防艦「巴伐利亞」號與補給艦「法蘭克福」號8月抵達亞洲。兩艦隨後駛入釜山港。\n"
    ids = [m.ids for m in extract(text).entities if m.alias == "艦" and m.basis == "body"]
    assert ids and "DE" in ids[-1]


# --- which office a collective of leaders stands for ----------------------------------------------------------


def test_leaders_take_the_office_the_nearest_mention_names_alone() -> None:
    """`土耳其总统埃尔多安…。两国领导人…`: he was prime minister once, but the title before names the presidency."""
    text = "土埃关系\n\n2024年2月14日，土耳其总统埃尔多安在开罗与埃及总统塞西会谈。两国领导人随后签署了联合声明。\n"
    ids = _reference_ids(text, "两国领导人")
    assert "office:tr-president" in ids and "office:tr-pm" not in ids


def test_ryou_shunou_after_a_president_who_was_once_premier() -> None:
    head = "日本・ウズベキスタン首脳会談\n\n"
    text = head + "12月19日、ミルジヨエフ大統領は東京で岸田総理と会談した。両首脳は共同声明に署名した。\n"
    ids = _reference_ids(text, "両首脳")
    assert "office:uz-hos" in ids and "office:uz-hog" not in ids


def test_the_two_party_leaders_stand_for_their_states() -> None:
    text = (
        "中越關係\n\n2017年11月12日，中共中央總書記習近平在河內與越共中央總書記阮富仲舉行會晤。"
        "翌日，兩黨總書記共同見證簽署合作文件。\n"
    )
    ids = set(_reference_ids(text, "兩黨總書記"))
    assert {"CN", "VN", "office:cn-party-leader", "office:vn-gs"} <= ids
