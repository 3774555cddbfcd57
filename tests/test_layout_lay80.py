"""lay80 (forty-ninth session): kinds of document the dev layout set held least (`tests/layouts/lay80_*`): a
zh-Hans government information-disclosure page (`索引号：…` over the issuer and date rows, `（此件主动公开）`,
`相关文件：`, a `主办：…　网站标识码：…` footer row), a ja minister's statement page (`外務大臣談話` under a
trail ending `＞ 談話`, a link back to the list of releases) and a ja Diet member's written question
(`提出者　…`, `質問第一四号`); the fourth, a zh-Hans chronology with year heads, is parked
(`tests/layouts/unsolved/README.md`). Each rule on text in
other words than the documents that showed the miss (other places, other years), with traps (lines that look alike
and must not change) and property tests where a line or a text is parsed."""

from __future__ import annotations

from helpers import assert_offsets_valid
from hypothesis import given
from hypothesis import strategies as st

from allyscope import parse_text
from allyscope.layout.furniture import furniture_kind
from tests.helpers import furniture_of

# --- a Diet member's written question (layout.json 'byline', 'front_furniture' identifier) -------------------


def test_written_question_names_its_member_and_number() -> None:
    text = (
        "令和五年五月十日提出\n"
        "質問第八二号\n"
        "防衛装備移転の運用指針に関する質問主意書\n"
        "提出者　佐藤由美子\n"
        "　政府は、防衛装備の海外移転に関する運用指針を改めた。そこで、次の事項について質問する。\n"
        "一　改正の理由は何か。\n"
        "　右質問する。\n"
    )
    doc = parse_text(text)
    assert doc.title == "防衛装備移転の運用指針に関する質問主意書"
    assert doc.authors == ["佐藤由美子"]
    assert ("identifier", "質問第八二号") in furniture_of(text)
    assert "一　改正の理由は何か。" in doc.text
    assert_offsets_valid(doc)


def test_submitter_in_a_sentence_is_no_byline() -> None:
    """Trap: `提出者` opening a sentence of the text names no writer."""
    text = (
        "質問主意書の手続について\n"
        "提出者は、議長の承認を得て質問主意書を内閣に送付する。\n"
        "内閣は、原則として七日以内に答弁しなければならない。\n"
    )
    assert parse_text(text).authors == []


# --- a statement's label under its trail (layout.json doctype, edge_blocks._kind_under_trail) -----------------


def test_statement_label_under_its_trail_is_a_doctype() -> None:
    text = (
        "ホーム ＞ 報道・広報 ＞ 談話\n"
        "防衛大臣談話\n"
        "日豪円滑化協定の発効について\n"
        "令和5年8月13日\n"
        "1　本日、日豪円滑化協定が発効しました。\n"
        "2　この協定により、両国の部隊の往来が一層円滑になります。\n"
    )
    doc = parse_text(text)
    assert doc.title == "日豪円滑化協定の発効について"
    assert ("doctype", "防衛大臣談話") in furniture_of(text)
    assert not doc.headings
    assert_offsets_valid(doc)


def test_office_words_that_are_no_statement_label_keep_their_reading() -> None:
    """Traps: a minister's post alone under a trail, a statement's label in a sentence."""
    text = (
        "ホーム ＞ 報道・広報 ＞ 談話\n"
        "防衛大臣談話の発表は、本日の記者会見の後となります。\n"
        "詳しくは、追ってお知らせします。\n"
    )
    assert all(kind != "doctype" for kind, _ in furniture_of(text))


@given(st.sampled_from(["外務", "防衛", "総務", "経済産業"]), st.sampled_from(["大臣", "副大臣", "報道官"]))
def test_any_office_statement_label_is_a_doctype(ministry: str, post: str) -> None:
    """Property: an office's statement label over the title, under a trail ending in `談話`, is a doctype."""
    text = f"トップ ＞ 報道発表 ＞ 談話\n{ministry}{post}談話\n協定の署名について\n令和6年1月9日\n"
    text += "1　本日、協定に署名しました。\n"
    assert ("doctype", f"{ministry}{post}談話") in furniture_of(text)


# --- a disclosure page's fields and footer (layout.json identifier, furniture.json) --------------------------


def test_disclosure_page_fields_and_footer() -> None:
    assert furniture_kind("（此件公开发布）") == "ending"
    assert furniture_kind("（此件主動公開）") == "ending"
    assert furniture_kind("相关文件：") == "related"
    assert furniture_kind("主办：某某市人民政府办公室　网站标识码：3300000001") == "contact"
    assert furniture_kind("主辦：某某縣政府　電話：02-1234-5678") == "contact"
    # traps: a sentence about disclosure, an event's host alone, a related clause in a sentence
    assert furniture_kind("此件公开后，各单位应当认真执行。") is None
    assert furniture_kind("主办：海洋治理研究院") != "contact"
    assert furniture_kind("相关文件已经印发各单位。") is None


def test_disclosure_page_reads_index_row_as_identifier() -> None:
    text = (
        "当前位置：首页 > 政府信息公开 > 通知公告\n"
        "索引号：33000000/2022-00451　　主题分类：外事\n"
        "发布机构：某某市人民政府外事办公室　　成文日期：2022年05月10日\n"
        "关于做好2022年度因公出国（境）管理工作的通知\n"
        "各区县外办：\n"
        "为规范因公出国（境）管理，现就有关事项通知如下。\n"
        "（此件公开发布）\n"
    )
    doc = parse_text(text)
    assert doc.title == "关于做好2022年度因公出国（境）管理工作的通知"
    assert ("identifier", "索引号：33000000/2022-00451\u3000\u3000主题分类：外事") in furniture_of(text)
    assert "现就有关事项通知如下。" in doc.text
    assert_offsets_valid(doc)


def test_back_to_list_link_is_navigation() -> None:
    assert furniture_kind("お知らせ一覧へ戻る") == "navigation"
    assert furniture_kind("記者会見に戻る") == "navigation"
    # trap: a sentence about going back
    assert furniture_kind("報道発表へ戻ることはできません。") is None


@given(
    st.text(alphabet="国际关系外事办公室人民政府某市县", min_size=2, max_size=16), st.integers(1000000000, 9999999999)
)
def test_any_sponsor_row_with_site_code_is_contact(body: str, code: int) -> None:
    """Property: a sponsor's name and the site's code on one footer row is the site's contact row."""
    assert furniture_kind(f"主办：{body}　网站标识码：{code}") == "contact"


def test_submitter_field_of_an_answer_form_is_its_byline() -> None:
    """`提出者：` with a colon under an answer form's title field names who asked: its byline, the lead's decision
    of the fifty-fourth session (a written question's asker is its byline in every script; lay86b brought this
    test, which read it as a field, to that reading)."""
    text = (
        "質問主意書に対する答弁\n"
        "件名：外国艦船の領海通航に関する質問\n"
        "提出者：田村健一\n"
        "答弁日：令和5年6月2日\n"
        "政府としては、関係機関と連携して監視を続けている。\n"
    )
    assert parse_text(text).authors == ["田村健一"]
