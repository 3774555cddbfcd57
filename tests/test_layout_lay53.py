"""lay53 (twenty-fifth session): layouts — the furniture of web pages, second round. A media player's line
(a play mark or word, the elapsed and the whole time), a line naming what a video shows (`视频：…`, `影片：…`),
rows of counts with a thousands' suffix (`1.2K shares   86 comments`), a topics label with its items on the same
row, a prompt to read on standing alone (`Read more`), a consent button right under a cookie notice, a follow
button alone (`フォローする`: the writer's, no share row), and a writer's card under a bare author-section label
naming a writer the front does not. Each rule on text in other words than the corpus documents that showed the
miss (`tests/layouts/l53_*`, `l51_ja_news_page_…_writer_card_…`)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
from helpers import furniture_rows as _furniture
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files("allyscope.data").joinpath(f"layouts/{name}").read_text("utf-8"))
    return data


def test_consent_buttons_are_data_with_a_schema() -> None:
    schema = _load("schema.json")
    data = _load("furniture.json")
    jsonschema.validate(data, {**schema, "$ref": "#/$defs/furniture.json"})
    broken = {**data, "cookie_buttons": "同意する"}  # a list of expressions, not one string
    try:
        jsonschema.validate(broken, {**schema, "$ref": "#/$defs/furniture.json"})
    except jsonschema.ValidationError:
        return
    raise AssertionError("a bare string passed the schema as consent buttons")


# --- single lines ----------------------------------------------------------------------------------------------


@given(
    st.sampled_from(["▶ ", "► ", "▷", "▶ 再生　", "再生 ", "▶ 播放　", "播放　", "Play ", ""]),
    st.integers(min_value=1, max_value=59),
    st.integers(min_value=0, max_value=59),
    st.sampled_from([" / ", "/", "／", " ／ "]),
)
@settings(max_examples=60, deadline=None)
def test_a_media_players_line_is_tools(lead: str, minutes: int, seconds: int, slash: str) -> None:
    assert furniture_kind(f"{lead}00:00{slash}{minutes:02d}:{seconds:02d}") == "tools"
    if lead:
        assert furniture_kind(f"{lead}{minutes}:{seconds:02d}{slash}{minutes + 2}:{seconds:02d}") == "tools"


def test_times_without_a_player_stay_text() -> None:
    for line in ("09:30 / 11:00", "会議は10:00／12:00の2回", "The ferry left at 06:15 / 06:40 on weekdays."):
        assert furniture_kind(line) is None, line


def test_a_line_naming_what_a_video_shows_is_a_caption() -> None:
    for line in ("视频：海军舰艇编队离港", "視頻：兩國國防部長會面", "影片：救難直升機吊掛演練", "動画：護衛艦の入港"):
        assert furniture_kind(line) == "caption", line
    assert furniture_kind("影片中可以看到，兩艘艦艇並排航行。") is None  # a sentence about a film: no label


@given(
    st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=999),
            st.sampled_from(["", ".4K", ".9K", "K", ",2M"]),
            st.sampled_from(["shares", "comments", "likes", "views", "reactions", "Shares"]),
        ),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["   ", " · ", " | "]),
)
@settings(max_examples=60, deadline=None)
def test_a_row_of_counts_with_a_thousands_suffix_is_tools(counts: list[tuple[int, str, str]], gap: str) -> None:
    assert furniture_kind(gap.join(f"{n}{suffix} {word}" for n, suffix, word in counts)) == "tools"


def test_a_sentence_opening_with_a_count_is_text() -> None:
    assert furniture_kind("3 shares of the fund went to the navy.") is None
    assert furniture_kind("12 views were heard at the hearing") is None


def test_a_topics_label_with_its_items_on_the_row_is_tags() -> None:
    for line in ("Topics   Arctic   Coast guards   Treaties", "Tags   Baltic Sea   Submarines"):
        assert furniture_kind(line) == "tags", line
    assert furniture_kind("Topics discussed included coast guards and treaties") is None  # a sentence: one space


def test_a_follow_button_alone_is_tools_but_a_follow_row_of_platforms_is_share() -> None:
    assert furniture_kind("フォローする") == "tools"
    assert furniture_kind("Follow") == "tools"
    assert furniture_kind("Follow us") == "share"
    assert furniture_kind("关注我们：微博　抖音") == "share"


# --- lines read where they stand -------------------------------------------------------------------------------

_EN_PAGE = """Coastal Monitor
Finland and Estonia link their coast guards' radar pictures
By Anna Lehto
3 June 2024
The coast guards of Finland and Estonia began sharing their radar pictures of the Gulf of Finland on Monday.
Officials said the link would help both services follow ships that switch off their transponders.
{prompt}
{counts}
© 2024 Coastal Monitor
"""


def test_a_read_on_prompt_over_no_link_is_tools_and_a_list_under_it_stays_related() -> None:
    doc = parse_text(_EN_PAGE.format(prompt="Read more", counts="2.3K shares   41 comments"), "x.txt")
    assert ["tools", "Read more"] in _furniture(doc)
    assert ["tools", "2.3K shares   41 comments"] in _furniture(doc)
    listed = parse_text(
        _EN_PAGE.format(
            prompt="Read more\nEstonia buys new patrol boats\nBaltic ferry checks tightened", counts="41 comments"
        ),
        "x.txt",
    )
    kinds = dict((text, kind) for kind, text in _furniture(listed))
    assert kinds.get("Read more") == "related"
    assert kinds.get("Estonia buys new patrol boats") == "related"


_CONSENT = """{notice}
{button}
海洋动态网
越南与印度举行海上安全对话
2024-09-12 08:00
越南和印度11日在河内举行海上安全对话，双方讨论了海上执法合作。
双方同意加强海警部门之间的交流。
{button}
"""


@given(st.sampled_from(["我知道了", "接受", "同意", "确定", "Got it", "OK"]))
@settings(max_examples=12, deadline=None)
def test_a_consent_button_is_cookie_only_under_the_notice(button: str) -> None:
    notice = "本站使用Cookie来改善您的浏览体验，继续浏览即表示您同意。"
    doc = parse_text(_CONSENT.format(notice=notice, button=button), "x.txt")
    found = _furniture(doc)
    assert found[:2] == [["cookie", notice], ["cookie", button]]
    assert found.count(["cookie", button]) == 1  # the same word closing the page is no button of the notice


_JA_CARD = """海辺新報デジタル
トップ ＞ 国際 ＞ アジア
日本とインドネシアの海上保安機関が協力文書に署名
2024年9月3日
日本とインドネシアの海上保安機関は3日、ジャカルタで協力文書に署名した。
両機関は合同訓練と人材育成を進める。
{label}
{name}
{post}
© 海辺新報
"""


def test_a_writers_card_under_a_bare_label_names_the_writer_and_presents_them() -> None:
    doc = parse_text(
        _JA_CARD.format(label="この記事を書いた人", name="高田　美咲", post="外信部記者　記事 87本"), "x.txt"
    )
    assert doc.authors == ["高田 美咲"]
    assert ["author-bio", "高田　美咲"] in _furniture(doc)
    assert ["author-bio", "外信部記者　記事 87本"] in _furniture(doc)


def test_a_box_of_name_and_affiliation_stays_author_and_affiliation() -> None:
    doc = parse_text(_JA_CARD.format(label="この記事を書いた人", name="高田　美咲", post="海辺大学法学部教授"), "x.txt")
    assert doc.authors == ["高田 美咲"]
    assert ["affiliation", "海辺大学法学部教授"] in _furniture(doc)
    assert ["author-bio", "高田　美咲"] not in _furniture(doc)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["赞", "點讚", "转发", "評論", "收藏", "阅读", "いいね", "シェア", "コメント", "閲覧数"]),
            st.integers(min_value=0, max_value=99999),
            st.sampled_from(["", "万", "萬", "K"]),
        ),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["　", " | ", "  ", "・"]),
)
@settings(max_examples=60, deadline=None)
def test_a_row_of_cjk_counts_is_tools(counts: list[tuple[str, int, str]], gap: str) -> None:
    assert furniture_kind(gap.join(f"{word} {n}{suffix}" for word, n, suffix in counts)) == "tools"


def test_counting_words_in_sentences_stay_text() -> None:
    for line in (
        "分享了他对海警合作的看法。",
        "评论员王明指出，双方立场接近。",
        "赞成 12票，反对 3票。",
        "閲覧した資料は3件である。",
    ):
        assert furniture_kind(line) is None, line


def test_more_prompts_sponsors_and_topic_labels() -> None:
    assert furniture_kind("赞助") == "advertisement"
    assert furniture_kind("プロモーション") == "advertisement"
    for line in (
        "もっと見る",
        "查看更多",
        "Print this story",
        "登录后阅读全文",
        "Subscribe to continue reading",
        "► 播放",
    ):
        assert furniture_kind(line) == "tools", line
    assert furniture_kind("話題：海巡　救難") == "tags"


def test_page_controls_alone_are_tools_and_the_same_words_in_sentences_text() -> None:
    for line in ("Show less", "Enlarge image", "点击查看大图", "載入中…", "閉じる", "Close", "Listen (4 minutes)"):
        assert furniture_kind(line) == "tools", line
    for line in ("Close ties with the navy followed.", "次へ進む方針を示した。", "Show of force near the strait"):
        assert furniture_kind(line) is None, line
    assert furniture_kind("上一頁") == "navigation"
    assert furniture_kind("編集部のおすすめ") == "related"
