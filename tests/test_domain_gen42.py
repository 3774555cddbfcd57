"""The domain model's generalisation to pairs it never saw (gen42, issue 14 item 5): entity names masked out of the
model's word features (`allyscope/event_domain_mask.py`) and the cross-validation by relation pair of
`scripts/train_domain.py`. Sentences written for these tests (Chile–Peru, Kenya–Ghana), in the four languages."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.event_domain_mask import masked, name_spans
from allyscope.events_domain import domain_features, patterns
from allyscope.scripts import fold

ROOT = Path(__file__).resolve().parent.parent


def _load(folder: str, name: str) -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / folder / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _words(features: list[str]) -> set[str]:
    return {f for f in features if f.startswith(("c:", "u:", "w:", "p:", "ww:"))}


def test_a_state_and_a_person_stand_as_their_type_in_every_language() -> None:
    for sentence, gone in (
        ("Chile and Peru signed a fisheries accord in Lima.", {"w:chile", "w:peru"}),
        ("チリとペルーは漁業協定に署名した。", {"c:チリ", "c:ペル"}),
        ("智利与秘鲁签署渔业协定。", {"c:智利", "c:秘鲁"}),
        ("智利與秘魯簽署漁業協定。", {"c:智利", "c:秘鲁"}),
    ):
        features = domain_features(patterns(), fold(sentence))
        assert "ent:state" in features, sentence
        assert not gone & set(features), sentence
        assert _words(features), sentence  # the act's own words are still read


def test_masking_keeps_every_offset_and_every_other_character() -> None:
    text = fold("Kenya and Ghana held talks in Nairobi on maritime security.")
    read, kinds = masked(text)
    assert len(read) == len(text) and "state" in kinds
    assert all(r == t or r == " " for r, t in zip(read, text, strict=True))
    assert "held talks" in read and "maritime security" in read
    for start, end, _ in name_spans(text):
        assert read[start:end].strip() == ""


def test_a_name_holding_a_domain_word_or_a_cue_is_never_masked() -> None:
    text = fold("Peru signed the accord.")
    spans = name_spans(text)
    assert spans  # the state is a name
    start = spans[0][0]
    assert masked(text, cue_starts=[start])[0] == text  # a cue begins inside it
    assert masked(text, holds_domain_word=lambda name: True)[0] == text
    # an office says what kind of act it is: never masked
    office = fold("The defence minister of Chile visited.")
    assert "defence minister" in masked(office)[0]


def test_the_model_reads_no_name_of_a_dev_pair_in_a_sentence_without_one() -> None:
    """Two sentences telling the same act of two different pairs give the model the same word features."""
    one = domain_features(patterns(), fold("チリとペルーは合同演習を実施した。"))
    other = domain_features(patterns(), fold("ケニアとガーナは合同演習を実施した。"))
    assert _words(one) == _words(other)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc ChilePru智利秘鲁与签署チリペルー。, ")), max_size=60))
def test_masking_never_moves_a_character(text: str) -> None:
    folded = fold(text)
    read, kinds = masked(folded)
    assert len(read) == len(folded)
    assert all(r == t or r == " " for r, t in zip(read, folded, strict=True))
    assert len(kinds) <= len(name_spans(folded))


def test_relation_folds_never_split_a_pair() -> None:
    trainer = _load("scripts", "train_domain")
    pair = frozenset
    relations = {
        "a": [pair(("X", "Y"))],
        "b": [pair(("Y", "X")), pair(("X", "Z"))],  # the same pair written the other way round: joins a
        "c": [pair(("X", "Z"))],  # joins b, hence a
        "d": [pair(("U", "V"))],
        "e": [pair(("U", "W"))],  # shares a state, not a pair, with d: may stand apart
        "f": [],
    }
    dealt = trainer.relation_folds(relations, folds=3)
    assert dealt["a"] == dealt["b"] == dealt["c"]
    assert len({dealt["a"], dealt["d"], dealt["e"]}) == 3  # blocks dealt to the emptiest fold, largest first
    for document, pairs in relations.items():
        for other, theirs in relations.items():
            if set(pairs) & set(theirs):
                assert dealt[document] == dealt[other]


def test_the_model_overrules_unclear_cues_only_by_more_than_its_margin() -> None:
    from allyscope.events_domain import overruled, predict

    domains = ["political-dialogue", "institutional", "non-traditional-security", "military-exercise"]
    model = {"domains": domains, "bias": [0.0, 0.0, 0.0, 0.0], "weights": {"w:x": [1.0, 0.5, 0.0, 0.0]}}
    assert predict(model, ["w:x"]) == "political-dialogue"
    assert overruled(model, ["w:x"], "institutional", 0.3) == "political-dialogue"  # leads by 0.5
    assert overruled(model, ["w:x"], "institutional", 0.6) == "institutional"
    assert overruled(model, ["w:x"], "political-dialogue", 5.0) == "political-dialogue"  # they agree
