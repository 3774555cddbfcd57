"""A title of a state's office whose state is not joined to it (`总统`, `大統領`, `the President`), or that stands
beside a name the data does not know (`ルト大統領`), resolved from its act's partners (issue 14, ext30a): the one
state its paragraph names that no other party of its sentence belongs to. Never when the sentence names no partner
of another state, when the title is joined to a grouping or to both sides (`东盟外长会议`, `両国の外相`), or when
it shares the owner of a title before it (`外相と国防相`). Sentences written for these tests, in other words."""

from __future__ import annotations

from helpers import event_actor_names as _actors


def test_a_bare_title_is_the_side_its_partner_is_not() -> None:
    found = _actors("肯尼亚与中国的关系近年升温。2023年10月17日，总统在北京会见了中国国务院总理。")[-1]
    assert "Kenya" in found and "China" in found
    found = _actors("ケニアと中国の関係は深まった。2023年10月17日、大統領は北京で中国の首相と会談した。")[-1]
    assert "Kenya" in found and "China" in found


def test_an_unknown_name_with_a_title_takes_the_state_not_a_holder() -> None:
    """`ルト大統領`: a katakana name the data does not know; the state is Kenya, and no holder of Kenya's
    presidency is inferred for a name that may not be theirs."""
    found = _actors("ケニアと中国は協力を強めている。2023年10月17日、ルト大統領は北京で中国の李強首相と会談した。")[-1]
    assert {"Kenya", "China"} <= found
    assert not any(name.startswith("President of") for name in found - {"President of China"})


def test_a_family_name_before_a_title_in_chinese() -> None:
    found = _actors("越南与美国关系密切。2023年9月10日，阮总书记在河内会见了美国总统拜登。")[-1]
    assert {"Vietnam", "United States", "Joe Biden"} <= found


def test_english_a_title_alone_beside_a_partner() -> None:
    found = _actors(
        "Kenya and China signed several agreements. "
        "On 17 October 2023, the President met the Chinese premier in Beijing."
    )[-1]
    assert {"Kenya", "China"} <= found


def test_no_partner_of_another_state_leaves_a_foreign_name_unresolved() -> None:
    """One state named in the paragraph, no partner of another state: `ホワイト首相` may be any state's."""
    found = _actors("2004年5月2日、ホワイト首相は東京を訪れ、日本の経済界と懇談した。")[-1]
    assert "Prime Minister of Japan" not in found


def test_a_title_joined_to_a_grouping_or_both_sides_is_no_one_states() -> None:
    found = _actors("2023年7月12日，肯尼亚外长出席了东盟外长会议，并会见了中国外长。")
    assert all("Prime Minister of Kenya" not in f for f in found)
    found = _actors("ケニアと中国は関係を深めた。2023年7月12日、両国の外相と国防相がナイロビで会談した。")[-1]
    assert "Minister of Defence of Kenya" not in found
