"""Acts whose words no type cue knew (issue 14, recall; branch rec45).

Each test names a pattern of the language, in sentences written for it (Chile, Peru and Uruguay, not the pairs of
the dev documents that showed the miss): a site or a unit inspected (`視察した`, `視察…`: a visit, though no word of
visiting stands there), while an inspector or an inspection team (`视察员`, `視察団`) is no visit; a port call
told with `寄港し` and a training held with a partner after it (`…と親善訓練を行った`: two acts, as a port call and
an exercise are counted); a training conducted (`訓練を実施した`, `合同訓練`) and a drill held (`舉行…演練`)."""

from __future__ import annotations

from pathlib import Path

from allyscope.extraction import extract_json


def _events(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    """(date, type, evidence sentence) of every stated event of `text`, in text order."""
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    return [
        (e["date"], e["type"], e["evidence"]["text"].strip())
        for e in extract_json(path)["events"]
        if e["mode"] == "asserted"
    ]


def test_a_site_inspected_is_a_visit_and_a_ceremony_attended_after_it_an_act_of_its_own(tmp_path: Path) -> None:
    # a chronology's line whose first act is an inspection: a visit (042), so the ceremony attended after it is a
    # second act, as after any visit (`acts_apart_by_cameo`); an inspector (`視察員`) is no visit
    text = "秘魯國防部長行程\n\n2021年10月5日：視察卡亞俄海軍基地，並出席智利援建碼頭的啟用儀式。\n"
    events = _events(tmp_path, text)
    assert [d for d, _, _ in events] == ["2021-10-05", "2021-10-05"]
    inspectors = _events(tmp_path, text.replace("視察卡亞俄海軍基地", "與視察員在卡亞俄海軍基地交談"))
    assert [d for d, _, _ in inspectors] == ["2021-10-05"]


def test_a_port_call_and_a_training_with_a_partner_after_it_are_two_acts(tmp_path: Path) -> None:
    text = (
        "チリ海軍発表\n\n2019年9月、チリ海軍のフリゲートがカヤオに寄港し、ペルー海軍と親善訓練を行いました。\n"
    )
    events = _events(tmp_path, text)
    assert [(d, t) for d, t, _ in events] == [("2019-09", "COOPERATE"), ("2019-09", "COOPERATE")]
    # the port call alone is one act
    alone = _events(tmp_path, text.replace("、ペルー海軍と親善訓練を行いました", "しました"))
    assert [(d, t) for d, t, _ in alone] == [("2019-09", "COOPERATE")]


def test_a_training_conducted_is_an_exercise(tmp_path: Path) -> None:
    text = "ウルグアイ国防省発表\n\n2022年4月、ウルグアイ海軍はモンテビデオ沖でチリ海軍と訓練を実施しました。\n"
    assert [(d, t) for d, t, _ in _events(tmp_path, text)] == [("2022-04", "COOPERATE")]


def test_a_drill_held_is_an_exercise(tmp_path: Path) -> None:
    text = "秘魯海軍新聞稿\n\n2022年4月，秘魯巡邏艦在卡亞俄外海與智利海軍舉行搜救演練。\n"
    assert [(d, t) for d, t, _ in _events(tmp_path, text)] == [("2022-04", "COOPERATE")]
