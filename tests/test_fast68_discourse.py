"""fast68: the reference pass's shortcuts give what the plain readings gave.

- `_abbreviated_flags` asks `_abbreviated` only of the mentions whose alias holds a shared abbreviation's character
  (`_holding_shared`): the flags are those of asking every mention, over drawn aliases of the data's characters,
  their traditional forms, sides (`…方`) and other characters, with every basis.
- `_named_alone` reads each distinct (ids, basis) once: the set of the plain comprehension.
- `_Discourse._steps` gathers the sentences before a reference only when a step asks for them (and each once):
  every step it yields, read to the end, is the step of the eager reading (copied below as it was), over drawn
  sentences and mentions of states, metonyms, compounds, titles and people, with and without a title.
- `adhoc_people._holds_kana`, now kept per text, answers as its search.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from allyscope import discourse
from allyscope.discourse import _Discourse
from allyscope.entities import EntityMention, gazetteer

SHARED = discourse._abbreviations_shared()
# the data's shared characters, a traditional form of one (folded to it), the side word and a few other characters
CHARACTERS = [*SHARED, "烏", "方", "国", "日", "中", "关", "系", "两", "访", "x"]
BASES = ["", "compound", "title", "alias", "metonym", "collective", "person"]
STATES = ["JP", "AU", "FR", "IN", "VN", "UA", "TR"]
PERSON = next(i for i, e in gazetteer().entities.items() if e.get("type") == "person" and e.get("part_of"))
IDS = st.lists(st.sampled_from([*STATES, PERSON, "collective:0"]), max_size=3).map(tuple)


def _mention(alias: str, basis: str, ids: tuple[str, ...] = ()) -> EntityMention:
    return EntityMention(0, len(alias), alias, ids, basis)


@given(st.lists(st.tuples(st.text(st.sampled_from(CHARACTERS), min_size=1, max_size=4), st.sampled_from(BASES))))
def test_flags_are_those_of_every_mention(drawn: list[tuple[str, str]]) -> None:
    mentions = [_mention(alias, basis) for alias, basis in drawn]
    assert discourse._abbreviated_flags(mentions, SHARED) == [discourse._abbreviated(m, SHARED) for m in mentions]


def test_flags_of_a_side_and_a_compound() -> None:
    side = next(iter(SHARED)) + "方"
    mentions = [_mention(side, ""), _mention("日" + next(iter(SHARED)), "compound"), _mention("日中", "compound")]
    assert discourse._abbreviated_flags(mentions, SHARED) == [True, True, False]
    assert discourse._abbreviated_flags([_mention("日中", "compound")], SHARED) == [False]


@given(st.lists(st.tuples(IDS, st.sampled_from(BASES))))
def test_named_alone_is_the_plain_reading(drawn: list[tuple[tuple[str, ...], str]]) -> None:
    g = gazetteer()
    mentions = [_mention("x", basis, ids) for ids, basis in drawn]
    alone = {m.ids[0] for m in mentions if len(m.ids) == 1 and m.basis not in ("compound", "title")}
    alone |= {
        g.entities[i]["part_of"]
        for i in alone
        if g.entities.get(i, {}).get("type") == "office" and g.entities[i].get("part_of")
    }
    assert discourse._named_alone(mentions, g) == alone


def _eager_steps(
    d: _Discourse, near: list[int], sentence: int, later: list[int], title: list[str], kind: str, count: int,
    referred: bool = False,
) -> list[list[str]]:  # fmt: skip
    """`_steps` as it read before fast68: every sentence before gathered first."""
    back = [d.in_sentence(b) for b in range(sentence - 1, max(-1, sentence - 1 - d.g.window), -1)]
    if referred:
        back = [d._antecedents(step) for step in back]
    again: list[str] = []
    if title:
        again = d._named_again(title, (near, *back, later), kind)
    places = [i for i in near if d.mentions[i].basis == "metonym"] if len(again) >= count else []
    out = [d._named([i for i in near if i not in places], kind)]
    if title:
        out.append(again)
    if places:
        out.append(d._named(places, kind))
    out += [d._named(step, kind) for step in back]
    out.append(d._named(later, kind))
    out.append(title or d.titles[kind])
    if count > 1 and d.front:
        out.append(list(dict.fromkeys(p for m in d.front for p in discourse._parties(m, d.g, kind))))
    return out


@given(
    st.lists(st.lists(st.tuples(IDS, st.sampled_from(BASES)), max_size=4), min_size=1, max_size=10),
    st.lists(IDS, max_size=2),
    st.data(),
)
def test_lazy_steps_are_the_eager_steps(
    sentences: list[list[tuple[tuple[str, ...], str]]], title_ids: list[tuple[str, ...]], data: st.DataObject
) -> None:
    g = gazetteer()
    spans: list[tuple[int, int]] = []
    mentions: list[EntityMention] = []
    at = 0
    for drawn in sentences:  # each sentence ten characters a mention, and one more
        start = at
        for ids, basis in drawn:
            named = tuple(i for i in ids if not i.startswith("collective"))
            mentions.append(EntityMention(at, at + 2, "国", named, basis))
            at += 10
        at += 1
        spans.append((start, at))
    title = [EntityMention(0, 2, "国", ids, "") for ids in title_ids]
    d = _Discourse(g, "国" * at, spans, list(mentions), title)
    sentence = data.draw(st.integers(0, len(spans) - 1))
    own = d.in_sentence(sentence)
    near = own[: data.draw(st.integers(0, len(own)))]
    later = own[len(near) :]
    kind = data.draw(st.sampled_from(["states", "any"]))
    count = data.draw(st.integers(1, 3))
    referred = data.draw(st.booleans())
    named_in_title = d.title_parties(kind)  # (asked first, as `parties` does)
    parties = named_in_title if data.draw(st.booleans()) else []
    lazy = list(d._steps(near, sentence, later, parties, kind, count, referred))
    assert lazy == _eager_steps(d, near, sentence, later, parties, kind, count, referred)
    # read only as far as the first step: the same first step
    first = next(itertools.islice(d._steps(near, sentence, later, parties, kind, count, referred), 1))
    assert first == lazy[0]


@given(st.text(st.sampled_from(["中", "国", "a", "\u3041", "\u30fa", "\u30fb", "\u3040", "\u30a0", " "]), max_size=12))
def test_kana_answer_kept_is_the_search(text: str) -> None:
    """`adhoc_people._holds_kana`, kept per text (fast68), answers as the search does, asked once or twice."""
    from allyscope import adhoc_people

    expected = re.search(r"[\u3041-\u30fa]", text) is not None
    assert adhoc_people._holds_kana(text) is expected
    assert adhoc_people._holds_kana(text) is expected
