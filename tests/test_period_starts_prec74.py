"""A state's independence or founding named by its date before `以来`/`以降`/`後` (prec74, issue 14 class 3): in
`…1991年の独立以来の歩み` or `…年の<state>独立以来の二国間関係` the date names the independence, the start of a
period the sentence is about, not an act done then (data `happening_names.nouns_cjk`, as `崩壊` and `解体` already
are). Relations established before `以来` (`…年の外交関係樹立以来`) stay an event, as dev's gold annotates them, and
an independence told with its own verb (`…年に独立した`) or recognised by another state stays dated. Sentences written
for these tests, about other states (Kazakhstan, Namibia, Eritrea, Slovakia, Malta) and in other words than
the corpus documents that prompted the rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from allyscope.dates.roles import names_a_happening
from tests.helpers import event_modes

DONE = "asserted"


def _names(text: str, date: str) -> bool:
    start = text.index(date)
    return names_a_happening(text, start, start + len(date))


def test_independence_or_founding_named_by_its_date_before_since_is_no_act() -> None:
    assert _names("日本とナミビアの関係は、1990年のナミビア独立以来の友好関係である。", "1990年")
    assert _names("エリトリアは1993年の独立以降、近隣国との国境問題を抱えてきた。", "1993年")
    assert _names("スロバキアは1993年の独立後、北大西洋条約機構への加盟を目指した。", "1993年")
    assert _names("イスラエルは1948年の建国以来、米国との協力を重ねてきた。", "1948年")
    assert _names("哈萨克斯坦自1991年的独立以来，一直奉行多元平衡外交。", "1991年")


def test_an_act_told_beside_independence_keeps_its_date() -> None:
    # relations established before `以来`: the establishment is an act of the pair (dev's gold counts it)
    assert not _names("両国は、1992年の外交関係樹立以来、協力を深めてきた。", "1992年")
    # recognition of the independence: another state's act, dated
    assert not _names("日本は1991年12月にカザフスタンの独立を承認した。", "1991年12月")
    # independence with its own verb, not named by the date through の/的
    assert not _names("1964年9月21日、マルタは英国から独立した。", "1964年9月21日")
    # an act told on the independence's day (`と同じ日に`, `と同時に`) takes the date: a frame, as `の際` is
    assert not _names("両国は、1990年3月21日の同国独立と同じ日に外交関係を樹立した。", "1990年3月21日")
    assert not _names("日本は1993年5月の独立と同時にエリトリアを承認した。", "1993年5月")
    # a compound that only begins with the noun is another word
    assert not _names("2020年の独立調査委員会の報告が公表された。", "2020年")


def test_the_period_start_yields_no_event_but_the_establishment_does() -> None:
    body = (
        "外務省報道発表\n\n2024年3月5日\n\n"
        "我が国は、1990年の独立以来のナミビアの国づくりを支えてきた。"
        "両国は1991年1月の外交関係樹立以来、友好関係を築いてきた。\n"
    )
    modes = event_modes(body)
    assert not any(date.startswith("1990") for date, _ in modes), modes
    assert ("1991-01", DONE) in modes, modes


@given(
    name=st.text(alphabet="ナミビアエリトリア東ティモール南スーダン", max_size=8),
    tail=st.sampled_from(["以来", "以降", "後", "以来の", "以來"]),
)
def test_any_short_state_name_before_independence_and_since_is_read_as_one(name: str, tail: str) -> None:
    text = f"両国の関係は2011年の{name}独立{tail}続いている。"
    assert _names(text, "2011年")


@given(st.text(max_size=30), st.sampled_from(["独立", "獨立", "建国", "建國"]))
def test_the_reader_never_fails_around_the_nouns(filler: str, noun: str) -> None:
    text = f"2001年の{filler}{noun}{filler}"
    assert names_a_happening(text, 0, len("2001年")) in (True, False)
