"""The events stage's faster readings (twentieth session, fastevt39) against the readings they replace.

- `seed_concepts` searches only the concepts one of whose leading words stands in the text (`_SeedIndex`): it must
  give what searching every concept's expression gives, on dev sentences and on texts drawn from the seeds' own
  words (so that words overlap, abut and stand at the text's edges), and with seeds of its own (a test's).
- `predict` sums each domain's column with `reduce`: the same floats, so the same domain, as the running sum over
  the feature rows it replaces, ties included.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope import event_domain_seeds
from allyscope.event_domain_model import domain_model, predict
from allyscope.event_domain_seeds import _seed_index, compiled_seeds, domain_seeds, seed_concepts
from allyscope.events import sentences
from allyscope.scripts import fold

DEV = Path(__file__).resolve().parent / "corpora" / "events" / "dev"


def every_concept(folded: str) -> list[tuple[str, str | None, int | None]]:
    """The reading replaced: every concept's expression searched in turn."""
    return [(name, domain, rank) for name, domain, rank, expression in domain_seeds() if expression.search(folded)]


def test_seed_concepts_of_dev_sentences_are_every_concepts_search() -> None:
    checked = found = 0
    for path in sorted(DEV.glob("*.txt"))[::5]:
        text = fold(path.read_text("utf-8"))
        for a, b in sentences(text, 0, len(text))[:15]:
            expected = every_concept(text[a:b])
            assert seed_concepts(text[a:b]) == expected, text[a:b]
            checked += 1
            found += bool(expected)
    assert checked > 300 and found > 20  # sentences with and without a concept were read


_FILLER = st.text(alphabet=" ，,。.、的了在与and the 日本年月于-", max_size=5)


@st.composite
def seed_texts(draw: st.DrawFn) -> str:
    words = _seed_index().words
    parts = draw(st.lists(st.tuples(_FILLER, st.sampled_from(words)), min_size=1, max_size=5))
    text = "".join(f + w + draw(st.sampled_from(["", "s", "ed", "ing"])) for f, w in parts)
    return text + draw(_FILLER)


@settings(max_examples=300, deadline=None)
@given(seed_texts())
def test_seed_concepts_of_drawn_texts_are_every_concepts_search(text: str) -> None:
    assert seed_concepts(text) == every_concept(text)


def test_seeds_of_another_shape_are_always_searched(monkeypatch: Any) -> None:
    """A concept whose leading words cannot be read (`[ab]c`) is searched in every text; swapped seeds get an index
    of their own."""
    forms = {"en": "[ab]cd", "ja": "ゆう", "zh-Hans": "甲乙", "zh-Hant": "甲乙"}
    seeds = compiled_seeds(
        {
            "concepts": [
                {"concept": "odd", "domain": "institutional", "rank": 1, "forms": forms},
                {"concept": "plain", "forms": {"en": r"\bship\w*", "ja": "船", "zh-Hans": "船舶", "zh-Hant": "船舶"}},
            ]
        }
    )
    monkeypatch.setattr(event_domain_seeds, "domain_seeds", lambda: seeds)
    assert 0 in _seed_index().always and 1 not in _seed_index().always
    assert seed_concepts("the bcd and shipping") == [("odd", "institutional", 1), ("plain", None, None)]
    assert seed_concepts("a hardship") == []  # `ship` stands in it, but not after a word boundary
    assert seed_concepts("船舶と甲乙") == [("odd", "institutional", 1), ("plain", None, None)]
    assert seed_concepts("nothing") == []


def running_sum(model: dict[str, Any], features: list[str]) -> str:
    """The reading replaced: the scores summed row by row."""
    domains = model["domains"]
    scores = list(model["bias"])
    for name in features:
        row = model["weights"].get(name)
        if row is not None:
            scores = [s + w for s, w in zip(scores, row, strict=True)]
    return str(domains[max(range(len(domains)), key=lambda k: (scores[k], -k))])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_predict_sums_as_the_running_sum(data: st.DataObject) -> None:
    model = domain_model()
    names = sorted(model["weights"])
    features = data.draw(st.lists(st.sampled_from([*names, "not-a-feature"]), max_size=60))
    assert predict(model, features) == running_sum(model, features)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from([0.1, 0.2, 0.3, 1e16, -1e16, 1.0, -0.7]), min_size=3, max_size=3), max_size=8))
def test_predict_keeps_the_order_of_additions(rows: list[list[float]]) -> None:
    """Float sums depend on their order (`(1e16 + 1.0) - 1e16` is 0.0): rows drawn so that it shows, and ties."""
    model = {
        "domains": ["a", "b", "c"],
        "bias": [0.0, 0.1, 0.1],
        "weights": {f"f{k}": row for k, row in enumerate(rows)},
    }
    features = [f"f{k}" for k in range(len(rows))] + ["f0"] * bool(rows)
    assert predict(model, features) == running_sum(model, features)


def test_no_seed_word_is_empty() -> None:
    assert all(_seed_index().words) and all(isinstance(e, re.Pattern) for *_, e in domain_seeds())


def test_a_rule_with_no_word_in_the_sentence_is_ruled_out_of_every_span() -> None:
    """`SentenceFeatures.present`: the rules with a word anywhere in the sentence; for the others `may` is False for
    every span, as the walk over the sentence's words finds, and their own expressions find nothing there."""
    from allyscope.events_domain import patterns
    from allyscope.sentence_features import data_rules, sentence_features

    data = patterns()
    rules = {name: rule for name, rule in data_rules(data).items() if rule is not None}
    seen_absent = seen_present = 0
    for path in sorted(DEV.glob("*.txt"))[::9]:
        text = fold(path.read_text("utf-8"))
        for a, b in sentences(text, 0, len(text))[:10]:
            record = sentence_features(text[a:b], data)
            union = 0
            for _, _, bits in record.words:
                union |= bits
            assert record.present == union
            for name, bit in record.bit.items():
                if record.present & bit:
                    seen_present += 1
                    continue
                seen_absent += 1
                assert not record.may(name, 0, b - a)
                rule = rules[name]
                if isinstance(rule, re.Pattern):
                    assert rule.search(text[a:b]) is None, (name, text[a:b])
    assert seen_absent > 100 and seen_present > 10
