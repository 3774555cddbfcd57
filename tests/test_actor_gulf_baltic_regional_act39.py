"""Offices, holders and regional bodies the data lacked (issue 14, twentieth session, branch act39): Kuwait's emirs,
crown princes, prime ministers and foreign ministers, Bahrain's king and prime ministers, Pakistan's, Latvia's,
Poland's, Estonia's, Lithuania's and Seychelles' office holders, heads of state and government of twenty states the
people data had none of, Egypt's and Sudan's chiefs of staff, holders missing from offices the data had, the sides
of thinly known states before 方, and the regional organizations of Africa, South Asia, South America and the Baltic
Sea. A title given to one of these states on a date brings in the holder then (terms decide between successive emirs
and ministers), a holder named in full or by a public short form is that person, and a regional body named in any
script is that organization. Sentences written for these tests, in other words than the dev documents."""

from __future__ import annotations

import pytest

from allyscope import parse_text
from allyscope.entities import gazetteer
from allyscope.events import extract_events


def _events(body: str) -> list[set[str]]:
    """The ids of each event's actors and involved entities, for a one-paragraph document."""
    doc = parse_text("Notes\n\n" + body + "\n")
    return [set(e.actors) | set(e.involved) for e in extract_events(doc, "t")]


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        # successive emirs of Kuwait: the term on the date decides
        (
            "In March 2019 the Emir of Kuwait received the Japanese foreign minister in Kuwait City.",
            "person:sabah-al-ahmad",
            "person:nawaf-al-ahmad",
        ),
        (
            "In June 2022 the Emir of Kuwait received the Japanese foreign minister in Kuwait City.",
            "person:nawaf-al-ahmad",
            "person:mishal-al-ahmad",
        ),
        ("2024年6月，科威特埃米尔在科威特城会见了到访的中国外长。", "person:mishal-al-ahmad", "person:nawaf-al-ahmad"),
        # Kuwait's foreign ministers and prime ministers
        (
            "2023年3月、クウェート外相は東京で日本の外相と会談した。",
            "person:salem-abdullah-al-jaber",
            "person:abdullah-al-yahya",
        ),
        (
            "In October 2024 the Kuwaiti Foreign Minister met his Turkish counterpart in Ankara.",
            "person:abdullah-al-yahya",
            "person:salem-abdullah-al-jaber",
        ),
        ("2020年11月，科威特首相在科威特城会见了英国外交大臣。", "person:sabah-al-khalid", "person:ahmad-nawaf"),
        # Bahrain: the king, and the prime minister before and after November 2020
        ("2017年5月，巴林国王在利雅得会见了美国总统。", "person:hamad-bin-isa", "person:salman-bin-hamad"),
        (
            "In 2019 the Prime Minister of Bahrain received the Indian foreign minister in Manama.",
            "person:khalifa-bin-salman",
            "person:salman-bin-hamad",
        ),
        (
            "In 2022 the Prime Minister of Bahrain received the Indian foreign minister in Manama.",
            "person:salman-bin-hamad",
            "person:khalifa-bin-salman",
        ),
        ("2018年10月，巴林外交大臣在北京同王毅举行会谈。", "person:khalid-bin-ahmed", "person:al-zayani"),
        # Pakistan's and Latvia's office holders
        ("2020年8月、パキスタン外相は北京で中国の外相と会談した。", "person:shah-mahmood-qureshi", "person:bilawal"),
        ("2021年4月，拉脱维亚总统在里加会见了德国总统。", "person:egils-levits", "person:rinkevics"),
        # Poland's, Estonia's and Seychelles' office holders of 2004-2025
        (
            "In 2017 the Estonian Foreign Minister met his Finnish counterpart in Helsinki.",
            "person:sven-mikser",
            "person:urmas-reinsalu",
        ),
        ("In May 2019 the Polish Foreign Minister visited Vilnius.", "person:jacek-czaputowicz", "person:zbigniew-rau"),
        (
            "In 2018 the President of Seychelles received the Indian defence minister in Victoria.",
            "person:danny-faure",
            "person:james-michel",
        ),
        ("2022年3月、エストニアの首相はタリンでNATOの事務総長と会談した。", "person:kallas", "person:juri-ratas"),
        # Egypt's chiefs of staff
        ("In 2015 the Egyptian Chief of Staff visited Amman.", "person:mahmoud-hegazy", "person:mohamed-farid-hegazy"),
        (
            "2019年5月，埃及武装部队总参谋长在开罗会见了沙特客人。",
            "person:mohamed-farid-hegazy",
            "person:mahmoud-hegazy",
        ),
        # heads of state and government of states the people data had none of
        (
            "2019年7月，布隆迪总统在布琼布拉会见了坦桑尼亚总统。",
            "person:pierre-nkurunziza",
            "person:evariste-ndayishimiye",
        ),
        (
            "In 2021 the Prime Minister of Bhutan met the Indian foreign secretary in Thimphu.",
            "person:lotay-tshering",
            "person:tshering-tobgay",
        ),
        ("2022年8月、ボツワナ大統領は東京で日本の首相と会談した。", "person:mokgweetsi-masisi", "person:duma-boko"),
        (
            "In 2023 the Liberian President received a Nigerian delegation in Monrovia.",
            "person:george-weah",
            "person:joseph-boakai",
        ),
    ],
)
def test_a_title_on_a_date_brings_in_the_holder_then(text: str, holder: str, other: str) -> None:
    found = _events(text)
    assert any(holder in ids for ids in found), found
    assert all(other not in ids for ids in found), found


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "On 5 March 2024 Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received the Egyptian president in Kuwait City.",
            "person:mishal-al-ahmad",
            "KW",
        ),
        (
            "In February 2023 Abdullah Al-Yahya was not yet in office; in May 2024 Al-Yahya visited Cairo.",
            "person:abdullah-al-yahya",
            "KW",
        ),
        (
            "2023年9月、ジャリル・アッバス・ジラーニ氏はニューヨークで中国の外相と会談した。",
            "person:jalil-abbas-jilani",
            "PK",
        ),
        ("In 2016 Raimonds Vējonis visited Tallinn and met the Estonian president.", "person:raimonds-vejonis", "LV"),
        ("2017年2月，哈马德国王在麦纳麦会见了来访的英国首相。", "person:hamad-bin-isa", "BH"),
        ("2024年11月、ディサナヤケ大統領はコロンボでインドの外相と会談した。", "person:dissanayake", "LK"),
        ("In March 2025 Vice President JD Vance flew to the Pituffik base in Greenland.", "person:jd-vance", "US"),
        ("2023年5月，麦卡锡在华盛顿会见了来访的议员团。", "person:kevin-mccarthy", "US"),
        (
            "In 2016 Hailemariam Desalegn received the Kenyan president in Addis Ababa.",
            "person:hailemariam-desalegn",
            "ET",
        ),
        ("2013年6月，张晋创在北京同中方领导人举行会谈。", "person:truong-tan-sang", "VN"),
    ],
)
def test_a_holder_named_in_full_or_short_is_that_person_and_state(text: str, person: str, state: str) -> None:
    found = _events(text)
    assert any({person, state} <= ids for ids in found), found


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("In November 2023 the East African Community held its summit in Arusha with Kenya and Uganda.", "EAC"),
        ("2019年3月，东共体秘书长在阿鲁沙会见了肯尼亚外长。", "EAC"),
        ("2021年6月、政府間開発機構（IGAD）はジブチで首脳会合を開き、ソマリアの情勢を協議した。", "IGAD"),
        ("2014年11月，南盟峰会在加德满都举行，印度总理出席。", "SAARC"),
        ("In August 2018 BIMSTEC held its summit in Kathmandu with India and Nepal.", "BIMSTEC"),
        ("2023年7月，拉共體與歐盟在布魯塞爾舉行峰會。", "CELAC"),
        ("2022年3月、バルト海諸国評議会はロシアの参加資格を停止した。", "CBSS"),
    ],
)
def test_a_regional_body_named_in_any_script_is_that_organization(text: str, organization: str) -> None:
    found = _events(text)
    assert any(organization in ids for ids in found), found


def _side_states(text: str) -> set[str]:
    """The states (two-letter ids) the gazetteer finds in `text`."""
    return {i for m in gazetteer().match(text) for i in m.ids if len(i) == 2}


def test_the_sides_of_thinly_known_states_are_read_before_fang() -> None:
    """`拉方` Latvia, `厄方` Ecuador, `瑙方` Nauru, `帕方` Palau, and Taiwan's `汶方` Brunei and `寮方` Laos."""
    assert _side_states("会谈中，拉方表示愿同厄方加强交流。") == {"LV", "EC"}
    assert _side_states("瑙方和帕方代表出席了论坛。") == {"NR", "PW"}
    assert _side_states("會後，我們同汶方及寮方簽署了紀要。") == {"BN", "LA"}


def test_a_side_character_inside_another_word_names_no_state() -> None:
    assert not _side_states("司机拉方向盘转弯。")  # 方向 is a word
    assert not _side_states("他们拉开了帷幕，帕斯卡方程被提及。")  # 帕 inside a name, 方程 a word


def test_a_side_character_before_guo_and_an_office_names_the_state() -> None:
    """`拉國大使`, `瓜國總統`: a state's side character before 国 and an office, a body or an envoy of it, even after
    a verb (`要求拉國大使`); not in `缔约国政府`, not inside a name (`俄罗斯国防部`), not without such a word after."""
    assert _side_states("外交部隨即召見索國大使表達抗議。") == {"SO"}
    assert _side_states("2024年，瓜國總統訪問臺北。") >= {"GT"}
    assert not _side_states("各缔约国政府应于年底前提交报告。")
    assert _side_states("俄罗斯国防部发表声明。") == {"RU"}
    assert not _side_states("老国王在宫中接见了使节。")
