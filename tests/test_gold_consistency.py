"""The dev gold codes the same kind of act alike (benchmarks/gold_consistency.py, tests/corpora/events/gold_acts.json):
no annotated interaction event differs from the domain the codebook gives its kind unless the allow-list says why;
the allow-list holds no stale entry; and the checker finds a disagreement where one is written (so this test can
fail)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _checker() -> ModuleType:
    name = "gold_consistency"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_dev_gold_has_no_disagreement_beyond_the_allow_list() -> None:
    gc = _checker()
    kinds, allowed = gc.load_kinds()
    _, found = gc.findings(gc.dev_events(), kinds, allowed)
    open_ones = [(f.kind, f.event.document, f.event.id, f.event.domain) for f in found if not f.allowed]
    assert not open_ones


def test_every_allowed_entry_is_still_a_difference() -> None:
    gc = _checker()
    kinds, allowed = gc.load_kinds()
    _, found = gc.findings(gc.dev_events(), kinds, allowed)
    seen = {(f.event.document, f.event.id, f.kind) for f in found}
    assert set(allowed) <= seen, set(allowed) - seen


@pytest.mark.parametrize(
    ("evidence", "kind"),
    [
        # sentences of our own, in each script, not taken from the corpus
        ("the two premiers lifted their ties to a strategic partnership", "partnership-set-up"),
        ("双方決定將兩國關係升格為全面夥伴關係", "partnership-set-up"),
        ("両国は関係を包括的パートナーシップに引き上げた", "partnership-set-up"),
        ("the ministers agreed to launch negotiations on a trade pact", "negotiations-opened-or-concluded"),
        ("两国商定重启自贸协定谈判并加快进程", "negotiations-furthered"),
        ("Tokyo recalled its envoy for consultations", "envoy-recalled-or-withdrawn"),
        ("外務省は駐在大使を召還した", "envoy-recalled-or-withdrawn"),
        ("該國外交部要求對方召回大使", "envoy-recall-demanded"),
        ("the island state severed diplomatic relations with Taipei", "diplomatic-relations-acted-on"),
        ("国防部发言人当天发表声明", "one-side-statement"),
        ("the two presidents issued a joint declaration", "joint-statement-issued"),
        ("防衛相は洋上で共同訓練を視察した", "exercise-observed"),
        ("the premiers witnessed the signing of four memoranda", "signing-witnessed"),
        ("政府は相手国産の鉄鋼に追加関税を課した", "measure-against-the-other"),
        ("the union imposed sanctions on three officials", "measure-against-the-other"),
        ("两国总理出席新港口的落成典礼", "ceremony-of-an-act"),
        ("the minister attended the handover ceremony of two patrol boats", "ceremony-of-an-act"),
        # twenty-sixth session (cb53): aid, credentials, a dispute taken to a court together
        ("the government announced a grant of 40 million dollars to the island state", "aid-granted"),
        ("该国宣布向对方提供5亿元无偿援助", "aid-granted"),
        ("政府は同国に新たな円借款を供与すると発表した", "aid-granted"),
        ("the finance minister pledged a loan of 2 billion to the neighbour's central bank", "aid-granted"),
        ("外相は相手国に食糧援助を供与する意向を伝えた", "aid-offered-or-pledge-reaffirmed"),
        ("the envoy reaffirmed the pledge of aid made last year", "aid-offered-or-pledge-reaffirmed"),
        ("the new ambassador presented his credentials to the king", "credentials-presented"),
        ("新任大使向总统递交国书", "credentials-presented"),
        ("新任大使は国王に信任状を奉呈した", "credentials-presented"),
        (
            "the two states referred their boundary dispute to the Court by a special agreement",
            "dispute-submitted-by-special-agreement",
        ),
        ("両国は特別合意により紛争を国際司法裁判所に付託した", "dispute-submitted-by-special-agreement"),
        ("the ministers agreed to strengthen cooperation in maritime security", "agreed-to-cooperate"),
        ("两国外长同意深化农业合作", "agreed-to-cooperate"),
        ("両外相は防衛協力を強化することで一致した", "agreed-to-cooperate"),
        ("the leaders launched a joint programme on clean water", "programme-launched"),
        ("两国卫生部长宣布启动疫苗合作计划", "programme-launched"),
        ("両国は防災に関する行動計画を採択した", "programme-launched"),
        # thirty-fourth session (dom65): a cyber exercise is cyber (rule 8 before rule 10), talks on cyber too (cyber
        # whatever the act), an announced move of forces is the move (rule 6, then 11), a readiness is talk
        ("defence hackers of both armies took part in a cyber drill hosted in Riga", "cyber-exercise"),
        ("两军网络部队首次举行网络攻防演练", "cyber-exercise"),
        ("両国の防衛当局はサイバー演習を共同で実施した", "cyber-exercise"),
        ("the vice minister observed the allies' cyber defence exercise", "cyber-exercise"),
        ("the fourth round of the bilateral cyber dialogue was held in Ottawa", "cyber-dialogue"),
        ("两国外交部在首都举行网络安全磋商", "cyber-dialogue"),
        ("両国はサイバー協議を東京で開催した", "cyber-dialogue"),
        ("the defence ministry announced that two frigates would be deployed to the strait", "force-move-announced"),
        ("国防部宣布将向该国增派两个营的官兵", "force-move-announced"),
        ("政府は護衛艦2隻を同国周辺に派遣すると発表した", "force-move-announced"),
        ("the minister said his country was ready to station a battalion on the border", "force-move-offered"),
        ("总理表示，该国愿意在对方境内部署一支部队", "force-move-offered"),
        ("防衛相は部隊を派遣する用意があると表明した", "force-move-offered"),
    ],
)
def test_kinds_name_their_acts_in_other_words(evidence: str, kind: str) -> None:
    kinds, _ = _checker().load_kinds()
    assert [k.name for k in kinds if k.matches(evidence)] == [kind]


def test_kinds_leave_meetings_and_anniversaries_out() -> None:
    kinds, _ = _checker().load_kinds()
    for evidence in (
        "the ministers attended the first meeting of the partnership council",
        "两国领导人出席建交六十周年招待会",
        "the premiers welcomed the plan in their joint statement",
        "签署仪式后，两国外长举行会谈",
        "the envoy attended the inauguration of the new president",
        "外相は国交断絶以来初めて相手国の首都を訪れた",  # a visit dated from a break, not an act on relations
        "the first visit by a head of state since diplomatic relations were cut off in 2017",
        "the agency announced emergency aid after the cyclone",  # relief for a disaster: rule 9
        "该国宣布暂停对邻国的援助",  # aid suspended: a measure
        "首長は相手国への投資を約束した",  # investment promised: what one side says, no aid
        "the coast guards renewed their cooperation agreement",  # an instrument's word, not an agreement to cooperate
        "the minister said the programme would help both navies",  # what one side says of a programme
    ):
        assert [k.name for k in kinds if k.matches(evidence)] == [], evidence


def _corpus(tmp_path: Path, events: list[dict[str, str]]) -> Path:
    (tmp_path / "dev").mkdir()
    annotation = {"document": "brief_en_x.txt", "events": events}
    (tmp_path / "dev" / "brief_en_x.annotation.json").write_text(json.dumps(annotation), "utf-8")
    entry = {"file": "dev/brief_en_x.txt", "annotation": "dev/brief_en_x.annotation.json", "split": "dev"}
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": [entry]}), "utf-8")
    return tmp_path


def test_checker_finds_a_written_disagreement(tmp_path: Path) -> None:
    gc = _checker()
    kinds, _ = gc.load_kinds()
    corpus = _corpus(
        tmp_path,
        [
            {"id": "E1", "evidence": "the leaders raised ties to a strategic partnership", "domain": "institutional"},
            {"id": "E2", "evidence": "they set up a comprehensive partnership", "domain": "political-dialogue"},
            {"id": "E3", "evidence": "a third state set up a partnership with a fourth", "domain": "context"},
        ],
    )
    counts, found = gc.findings(gc.dev_events(corpus), kinds, {})
    assert [(f.event.id, f.kind, f.expected) for f in found] == [("E2", "partnership-set-up", "institutional")]
    assert counts["partnership-set-up"] == {"institutional": 1, "political-dialogue": 1}  # context left out
    allowed = {("brief_en_x", "E2", "partnership-set-up"): "a reason"}
    assert [f.allowed for f in gc.findings(gc.dev_events(corpus), kinds, allowed)[1]] == ["a reason"]


def test_an_allowed_entry_needs_a_reason(tmp_path: Path) -> None:
    gc = _checker()
    data = json.loads(gc.KINDS.read_text("utf-8"))
    data["allowed"].append({"document": "d", "id": "E1", "kind": "partnership-set-up", "reason": " "})
    path = tmp_path / "gold_acts.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(gc.GoldActsError):
        gc.load_kinds(path)


def test_dev_visits_list_both_states() -> None:
    gc = _checker()
    assert gc.one_sided_visits(gc.dev_events(), gc.load_visit_kind()) == []


def test_visit_check_finds_a_visit_listing_one_side(tmp_path: Path) -> None:
    gc = _checker()
    corpus = _corpus(
        tmp_path,
        [
            {"id": "E1", "evidence": "the premier arrived in the capital on Monday", "domain": "political-dialogue"},
            {"id": "E2", "evidence": "the premier paid a state visit to the kingdom", "domain": "political-dialogue"},
            {"id": "E3", "evidence": "the premier said the jets had arrived", "domain": "political-dialogue"},
        ],
    )
    manifest = json.loads((corpus / "manifest.json").read_text("utf-8"))
    manifest["documents"][0]["relations"] = [["A", "B"]]
    (corpus / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    annotation_path = corpus / "dev" / "brief_en_x.annotation.json"
    annotation = json.loads(annotation_path.read_text("utf-8"))
    for event, actors in zip(annotation["events"], (["A", "P"], ["A", "B", "P"], ["A"]), strict=True):
        event["actors"] = actors
    annotation_path.write_text(json.dumps(annotation), "utf-8")
    found = gc.one_sided_visits(gc.dev_events(corpus), gc.load_visit_kind())
    assert [e.id for e in found] == ["E1"]  # E2 lists both states, E3 is a statement
