"""The government named alone in a document a state's government issued (`政府は…抗議した` under an era date line)
is that state; a government named with its state (`韓国政府`) or named in a document no government issued stays
as written. Texts written for these tests."""

from __future__ import annotations

from allyscope import extract


def _actors(text: str) -> list[list[str]]:
    return [e.actors for e in extract(text).events]


def test_the_government_alone_in_an_issuers_release_is_the_issuing_state() -> None:
    text = "外務報道官談話\n\n令和5年3月1日\n\n政府は同日、外交ルートを通じてロシアに抗議しました。\n"
    assert "JP" in _actors(text)[0] and "RU" in _actors(text)[0]
    text = "防衛大臣記者会見\n\n令和5年3月1日（水）\n\n大臣：我が国は昨日、オーストラリアと協定に署名しました。\n"
    assert set(_actors(text)[0]) >= {"JP", "AU"}


def test_a_government_named_with_its_state_or_in_an_article_stays_as_written() -> None:
    text = "外務報道官談話\n\n令和5年3月1日\n\n韓国政府は同日、ロシアに抗議しました。\n"
    assert "JP" not in _actors(text)[0]
    text = "日露関係の研究\n\n山田太郎\n\n2023年3月1日、政府はロシアに抗議した。\n"
    assert "JP" not in _actors(text)[0]
