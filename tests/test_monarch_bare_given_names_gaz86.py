"""A royal's given name written alone in ideographs, read by the date (gaz86, issue 14;
`allyscope/monarch_given_names.py`,
discourse.json `monarch_given_names` 'bare_cjk'). Chinese texts name King Salman `萨勒曼`/`薩勒曼` alone after naming
him with his title; the name was read as Macky Sall's `萨勒` and the title after it given to Senegal. The bare name is
read as gaz85's title and given name are — the bearer who held a monarch's or a crown prince's office on the date
(Salman: crown prince 18 June 2012 – 23 January 2015, king since) — where the data gives that name to royals only and
the text names the royal's state; a name joined to a longer one (`穆罕默德·本·萨勒曼`) or one the data gives to
others too (`穆罕默德`) is left as it is read."""

from __future__ import annotations

from datetime import date

from helpers import events_in_case
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.monarch_given_names import _forms


def _parties(text: str, *sides: str) -> list[set[str]]:
    return [set(e.actors) | set(e.involved) for e in events_in_case(text, *sides)]


def test_the_crown_prince_of_the_date_named_by_his_given_name() -> None:
    text = "中沙关系\n\n2014年4月2日\n\n沙特王储萨勒曼3月13日抵达北京。2014年3月14日，萨勒曼同李克强总理举行会见。\n"
    found = _parties(text, "CN", "SA")
    assert any({"person:king-salman", "SA"} <= ids for ids in found), found
    assert not any("person:macky-sall" in ids or "SN" in ids for ids in found), found


def test_the_same_name_after_his_accession_is_the_king() -> None:
    text = (
        "中東局勢\n\n2019年3月1日\n\n沙烏地阿拉伯國王薩勒曼2月26日在利雅得接見來訪的印度外長。"
        "2019年2月27日，薩勒曼又會見了巴基斯坦總理。\n"
    )
    found = _parties(text, "SA", "PK")
    assert any({"person:king-salman", "SA"} <= ids for ids in found), found


def test_a_bahraini_crown_prince_of_the_same_name_is_told_apart_by_his_state() -> None:
    text = "中巴关系\n\n2013年9月20日\n\n2013年9月16日，巴林王储萨勒曼在北京同中方领导人会谈。\n"
    found = _parties(text, "CN", "BH")
    assert any("person:salman-bin-hamad" in ids for ids in found), found
    assert not any("person:king-salman" in ids for ids in found), found


def test_a_name_joined_to_a_longer_one_is_not_the_bare_name() -> None:
    text = "中沙关系\n\n2019年3月1日\n\n2019年2月22日，穆罕默德·本·萨勒曼王储在北京出席中沙高级别联合委员会会议。\n"
    found = _parties(text, "CN", "SA")
    assert any("person:mohammed-bin-salman" in ids for ids in found), found
    assert not any("person:king-salman" in ids for ids in found), found


def test_with_no_state_of_the_royal_named_the_bare_name_is_no_royal() -> None:
    text = "会见\n\n2017年3月20日\n\n2017年3月16日，萨勒曼在北京出席论坛。\n"
    assert not any("person:king-salman" in ids for ids in _parties(text, "CN", "SA"))


def test_a_given_name_the_data_gives_to_others_too_is_no_bare_form() -> None:
    bare = _forms().bare
    assert "萨勒曼" in bare
    assert "穆罕默德" not in bare and "阿卜杜拉" not in bare


@settings(max_examples=20, deadline=None)
@given(st.dates(min_value=date(2016, 1, 1), max_value=date(2024, 12, 31)))
def test_any_date_of_his_reign_names_the_king(day: date) -> None:
    text = (
        f"中沙关系\n\n{day.year}年12月31日\n\n{day.year}年{day.month}月{day.day}日，沙特国王萨勒曼致电中方。"
        "同日，萨勒曼会见了中国特使。\n"
    )
    found = _parties(text, "CN", "SA")
    assert any("person:king-salman" in ids for ids in found), found


def test_a_bare_name_years_before_the_title_it_was_introduced_with_is_the_crown_prince_of_then() -> None:
    text = (
        "中沙关系\n\n2021年7月22日\n\n近日，两国元首互致贺电，沙特国王萨勒曼表示愿推动两国关系发展。"
        "2014年3月13日，萨勒曼以王储身份抵达北京，开始对中国的正式访问。\n"
    )
    found = _parties(text, "CN", "SA")
    assert any({"person:king-salman", "SA"} <= ids for ids in found if "person:xi-jinping" not in ids), found
    assert not any("person:macky-sall" in ids or "SN" in ids for ids in found), found
