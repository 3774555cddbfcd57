"""Generated event documents with gold by construction (issue 14, items 3 and 6).

Why: dev cannot say which of the ~190 states × four scripts × ways of naming a side the extractor resolves, and the
blind sets lose the partner state on pairs dev never saw. Here a dated act of a pair (a visit, talks, a signing, an
exercise, a summons, aid sent, a joint statement, a counter-piracy patrol) is written from a template in en, ja,
zh-Hans or zh-Hant, each side named in one way (its name, the government by adjective or name, its capital, its
foreign minister, its defence ministry, its navy), so that the date, the actors and the domain the codebook gives
the act are known without annotation. The writer's names are CLDR's (Babel) for the language, not the gazetteer's
additions, so a state the data cannot read shows; adjectives and capitals come from `states.json` (a state without
one is reported as a gap, never generated with an invented form).

The templates come in two halves written before anything ran: `tuned` (fixes may look at its misses) and
`held_out` (other wording and other date forms of the same acts: reported apart, never tuned on). The reserved
regions of the blind sets are left out of the draw. Scoring is `allyscope.evaluate`'s matching, with a case of the
pair active, as `benchmarks/eval_extraction.py` scores a corpus document.
"""

from __future__ import annotations

import random
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

LANGS = ("en", "ja", "zh", "zh_Hant")  # zh: Simplified
WAYS = ("name", "government", "capital", "foreign_minister", "ministry", "navy", "defence_minister", "embassy",
        "of_form", "person_prior")
# a way that would make an act another act or no act is not drawn for it: a navy summoning an ambassador or sending
# relief is not how a text names that act, an embassy drills with no one; a navy's visit is a port call (the
# codebook's `military-exercise`) or, `for consultations`, talks: an act the words leave open has no gold
WAY_ACTS: dict[str, frozenset[str]] = {
    "navy": frozenset({"talks", "signing", "exercise", "piracy"}),
    "embassy": frozenset({"talks", "signing", "aid"}),
}
HALVES = ("tuned", "held_out")
# `person_prior`: side A is a minister the data cannot know, named by surname alone in the act's sentence, after a
# sentence of the same paragraph that gives the minister's state and title (how a news story carries a side); side
# B is named by its name. The surnames are made up for the writer's script.
SURNAMES = {
    "en": ("Haddad", "Okafor", "Lindqvist", "Moreno", "Petrescu", "Achterberg"),
    "ja": ("ハッダード", "オカフォー", "リンドクヴィスト", "モレノ"),
    "zh": ("哈达德", "奥卡福", "林德奎斯特", "莫雷诺"),
    "zh_Hant": ("哈達德", "奧卡福", "林德奎斯特", "莫雷諾"),
}
PRIOR = {
    "en": "{adj} Foreign Minister {s} has held the post since last year.",
    "ja": "{n}の{s}外相は昨年から現職にある。",
    "zh": "{n}外长{s}自去年起担任现职。",
    "zh_Hant": "{n}外長{s}自去年起擔任現職。",
}

# The blind sets' regions (BRIEF): while a blind set is new, no helper writes about its states and the generator does
# not draw them. What a blind set says about generalising is its first look, measured at the merge of the session that
# wrote it; from then on its floors only guard it. So a reservation lasts two sessions, the newest set's and the one
# before. Until the forty-fourth session every set's states stayed out for good: the pool fell from about 190 states
# to 12, and each new reservation moved the generated figures by the draw alone (README's paragraph of each earlier set
# names its states; the forty-fifth session released them).
RESERVATIONS: dict[str, frozenset[str]] = {
    "test46": frozenset({"AD", "SM", "VA", "GQ", "LI", "BI", "CF", "GD"}),
    "test47": frozenset({"BW", "MW", "DO", "DZ", "CI", "NA", "LR", "ME"}),
}
RESERVED: frozenset[str] = frozenset().union(*RESERVATIONS.values())


class GeneratorError(Exception):
    """A template or a naming way cannot be rendered for a state (a name, adjective or capital is missing)."""


@dataclass(frozen=True)
class Template:
    """One dated act of a pair: `{date}`, `{A}`/`{B}` (the sides named the chosen way) and `{An}`/`{Bn}` (the sides
    by name, where the act needs a place or a state as such). `precision` is the date form's: day or month."""

    half: str
    lang: str
    act: str
    domain: str
    text: str
    date_form: str


# Date forms per language: day precision and month precision
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]  # fmt: skip


def render_date(form: str, year: int, month: int, day: int) -> tuple[str, str]:
    """The date as the language writes it and its EDTF string."""
    iso_day, iso_month = f"{year:04d}-{month:02d}-{day:02d}", f"{year:04d}-{month:02d}"
    forms = {
        "en_dmy": (f"{day} {_EN_MONTHS[month - 1]} {year}", iso_day),
        "en_mdy": (f"{_EN_MONTHS[month - 1]} {day}, {year}", iso_day),
        "en_my": (f"{_EN_MONTHS[month - 1]} {year}", iso_month),
        "cjk_ymd": (f"{year}年{month}月{day}日", iso_day),
        "cjk_ym": (f"{year}年{month}月", iso_month),
    }
    if form not in forms:
        raise GeneratorError(f"unknown date form {form}")
    return forms[form]


def _t(half: str, lang: str, act: str, domain: str, date_form: str, text: str) -> Template:
    return Template(half, lang, act, domain, text, date_form)


PD, INST, MIL, NTS = "political-dialogue", "institutional", "military-exercise", "non-traditional-security"

TEMPLATES: tuple[Template, ...] = (
    # --- tuned half ---
    _t("tuned", "en", "talks", PD, "en_dmy", "On {date}, {A} held talks with {B} on regional security."),
    _t("tuned", "en", "visit", PD, "en_dmy", "On {date}, {A} visited {Bn} for consultations."),
    _t("tuned", "en", "signing", INST, "en_dmy",
       "On {date}, {A} and {B} signed a memorandum of understanding on defence cooperation."),
    _t("tuned", "en", "exercise", MIL, "en_dmy", "On {date}, {A} and {B} began a joint naval exercise."),
    _t("tuned", "en", "summons", PD, "en_dmy", "On {date}, {A} summoned the ambassador of {Bn} to protest."),
    _t("tuned", "en", "aid", NTS, "en_dmy",
       "On {date}, {A} sent emergency relief supplies to {Bn} after the earthquake."),
    _t("tuned", "ja", "talks", PD, "cjk_ymd", "{date}、{A}は{B}と会談し、地域の安全保障について意見を交換した。"),
    _t("tuned", "ja", "visit", PD, "cjk_ymd", "{date}、{A}は{Bn}を訪問した。"),
    _t("tuned", "ja", "signing", INST, "cjk_ymd", "{date}、{A}と{B}は防衛協力に関する覚書に署名した。"),
    _t("tuned", "ja", "exercise", MIL, "cjk_ymd", "{date}、{A}と{B}は共同訓練を実施した。"),
    _t("tuned", "ja", "summons", PD, "cjk_ymd", "{date}、{A}は{Bn}の大使を召致し、抗議した。"),
    _t("tuned", "ja", "aid", NTS, "cjk_ymd", "{date}、{A}は地震の被害を受けた{Bn}に緊急援助物資を送った。"),
    _t("tuned", "zh", "talks", PD, "cjk_ymd", "{date}，{A}与{B}举行会谈，就地区安全问题交换意见。"),
    _t("tuned", "zh", "visit", PD, "cjk_ymd", "{date}，{A}访问{Bn}。"),
    _t("tuned", "zh", "signing", INST, "cjk_ymd", "{date}，{A}与{B}签署国防合作谅解备忘录。"),
    _t("tuned", "zh", "exercise", MIL, "cjk_ymd", "{date}，{A}与{B}举行联合军事演习。"),
    _t("tuned", "zh", "summons", PD, "cjk_ymd", "{date}，{A}召见{Bn}大使，提出抗议。"),
    _t("tuned", "zh", "aid", NTS, "cjk_ymd", "{date}，{A}向遭受地震灾害的{Bn}运送紧急救援物资。"),
    _t("tuned", "zh_Hant", "talks", PD, "cjk_ymd", "{date}，{A}與{B}舉行會談，就地區安全問題交換意見。"),
    _t("tuned", "zh_Hant", "visit", PD, "cjk_ymd", "{date}，{A}訪問{Bn}。"),
    _t("tuned", "zh_Hant", "signing", INST, "cjk_ymd", "{date}，{A}與{B}簽署國防合作諒解備忘錄。"),
    _t("tuned", "zh_Hant", "exercise", MIL, "cjk_ymd", "{date}，{A}與{B}舉行聯合軍事演習。"),
    _t("tuned", "zh_Hant", "summons", PD, "cjk_ymd", "{date}，{A}召見{Bn}大使，提出抗議。"),
    _t("tuned", "zh_Hant", "aid", NTS, "cjk_ymd", "{date}，{A}向遭受地震災害的{Bn}運送緊急救援物資。"),
    # --- held-out half: the same acts in other words and other date forms (never tuned on) ---
    _t("held_out", "en", "talks", PD, "en_mdy", "{A} met {B} on {date} to discuss maritime security."),
    _t("held_out", "en", "visit", PD, "en_my", "In {date}, {A} travelled to {Bn} on an official visit."),
    _t("held_out", "en", "signing", INST, "en_mdy",
       "A defence cooperation agreement was signed by {A} and {B} on {date}."),
    _t("held_out", "en", "exercise", MIL, "en_my", "In {date}, {A} and {B} conducted joint military drills."),
    _t("held_out", "en", "joint_statement", INST, "en_mdy",
       "{A} and {B} issued a joint statement on {date} after their meeting."),
    _t("held_out", "en", "piracy", NTS, "en_my",
       "In {date}, {A} and {B} carried out a joint counter-piracy patrol."),
    _t("held_out", "ja", "talks", PD, "cjk_ymd", "{A}は{date}、{B}と電話で会談した。"),
    _t("held_out", "ja", "visit", PD, "cjk_ym", "{date}、{A}が{Bn}を公式訪問した。"),
    _t("held_out", "ja", "signing", INST, "cjk_ymd", "{A}と{B}は{date}、防衛装備品の移転に関する協定に署名した。"),
    _t("held_out", "ja", "exercise", MIL, "cjk_ym", "{date}、{A}と{B}による初の共同演習が行われた。"),
    _t("held_out", "ja", "joint_statement", INST, "cjk_ymd", "{date}、{A}と{B}は会談後に共同声明を発表した。"),
    _t("held_out", "ja", "piracy", NTS, "cjk_ym", "{date}、{A}と{B}は海賊対処の共同パトロールを行った。"),
    _t("held_out", "zh", "talks", PD, "cjk_ymd", "{A}于{date}同{B}举行电话会谈。"),
    _t("held_out", "zh", "visit", PD, "cjk_ym", "{date}，{A}对{Bn}进行正式访问。"),
    _t("held_out", "zh", "signing", INST, "cjk_ymd", "{A}和{B}于{date}签署了防务装备转让协定。"),
    _t("held_out", "zh", "exercise", MIL, "cjk_ym", "{date}，{A}和{B}首次举行联合演练。"),
    _t("held_out", "zh", "joint_statement", INST, "cjk_ymd", "{date}，{A}与{B}会谈后发表联合声明。"),
    _t("held_out", "zh", "piracy", NTS, "cjk_ym", "{date}，{A}与{B}开展打击海盗联合巡逻。"),
    _t("held_out", "zh_Hant", "talks", PD, "cjk_ymd", "{A}於{date}同{B}舉行電話會談。"),
    _t("held_out", "zh_Hant", "visit", PD, "cjk_ym", "{date}，{A}對{Bn}進行正式訪問。"),
    _t("held_out", "zh_Hant", "signing", INST, "cjk_ymd", "{A}和{B}於{date}簽署了防務裝備轉讓協定。"),
    _t("held_out", "zh_Hant", "exercise", MIL, "cjk_ym", "{date}，{A}和{B}首次舉行聯合演練。"),
    _t("held_out", "zh_Hant", "joint_statement", INST, "cjk_ymd", "{date}，{A}與{B}會談後發表聯合聲明。"),
    _t("held_out", "zh_Hant", "piracy", NTS, "cjk_ym", "{date}，{A}與{B}展開打擊海盜聯合巡邏。"),
)

# How each way names a side: {n} the state's name, {adj} its English adjective
_WAY_FORMS: dict[str, dict[str, str]] = {
    "en": {"government": "the {adj} government", "foreign_minister": "the {adj} foreign minister",
           "ministry": "the {adj} defence ministry", "navy": "the {adj} navy",
           "defence_minister": "the {adj} defence minister", "embassy": "the {adj} embassy",
           "of_form": "the foreign minister of {n}"},
    "ja": {"government": "{n}政府", "foreign_minister": "{n}外相", "ministry": "{n}国防省", "navy": "{n}海軍",
           "defence_minister": "{n}国防相", "embassy": "{n}大使館", "of_form": "{n}の外務大臣"},
    "zh": {"government": "{n}政府", "foreign_minister": "{n}外长", "ministry": "{n}国防部", "navy": "{n}海军",
           "defence_minister": "{n}国防部长", "embassy": "{n}大使馆", "of_form": "{n}外交部长"},
    "zh_Hant": {"government": "{n}政府", "foreign_minister": "{n}外長", "ministry": "{n}國防部", "navy": "{n}海軍",
                "defence_minister": "{n}國防部長", "embassy": "{n}大使館", "of_form": "{n}外交部長"},
}  # fmt: skip

HEADINGS = {"en": "Chronology", "ja": "年表", "zh": "大事记", "zh_Hant": "大事記"}
_CLDR_LOCALE = {"en": "en", "ja": "ja", "zh": "zh_Hans", "zh_Hant": "zh_Hant"}
_NOT_PROSE = re.compile(r"[()（）\-–]|&|St\. |S\.A\.R\.")  # `Myanmar (Burma)`, `Congo - Kinshasa`: CLDR's, not prose


@cache
def _states_data() -> dict[str, Any]:
    from allyscope.entities import load_states

    return load_states()


@cache
def state_ids() -> tuple[str, ...]:
    """The states drawn from: every sovereign state the data describes (states.json's list and its demonyms,
    which leave dependencies out), the reserved regions excepted."""
    from babel import Locale

    from allyscope.entities import gazetteer

    data = _states_data()
    g = gazetteer()
    known = {s["id"] for s in data["states"]} | set(data["demonyms"])
    current = set(Locale.parse("en").territories)  # a state of the past (the Soviet Union) is not drawn for 1995-2024
    return tuple(sorted(i for i in known & current
                        if i in g.entities and g.entity(i)["type"] == "state" and i not in RESERVED))  # fmt: skip


def name_of(ident: str, lang: str) -> str:
    """The name a writer of `lang` uses: CLDR's for the language where it is prose, else the canonical name (en) or
    the gazetteer's first name in the script (a form CLDR writes with brackets or a dash)."""
    from babel import Locale

    from allyscope.entities import gazetteer

    entity = gazetteer().entity(ident)
    if lang == "en":
        return str(entity["name"])
    cldr = Locale.parse(_CLDR_LOCALE[lang]).territories.get(ident, "")
    if cldr and not _NOT_PROSE.search(cldr):
        return str(cldr)
    capitals = _capitals(ident).get(lang, [])
    for alias in entity.get("aliases", {}).get(lang, []):
        if alias not in capitals and not _NOT_PROSE.search(alias) and not alias.endswith("方"):
            return str(alias)
    raise GeneratorError(f"{ident} has no name in {lang}")


def _capitals(ident: str) -> dict[str, list[str]]:
    for state in _states_data()["states"]:
        if state["id"] == ident:
            return dict(state.get("capitals", {}))
    return {}


def side_phrase(ident: str, lang: str, way: str) -> str:
    """The side named the chosen way; GeneratorError when the data lacks what the way needs (a gap to report)."""
    name = name_of(ident, lang)
    if way == "name":
        return name
    if way == "capital":
        capitals = _capitals(ident).get(lang, [])
        if not capitals:
            raise GeneratorError(f"{ident} has no capital in {lang}")
        return capitals[0]
    # a state with no adjective of its own is written attributively by its name (`the New Zealand government`), as
    # one whose adjective two states share (`Congolese`) is by a writer who means to be understood
    adjectives = _states_data()["demonyms"].get(ident, []) or [name]
    return _WAY_FORMS[lang][way].format(n=name, adj=adjectives[0])


@dataclass(frozen=True)
class Generated:
    """One generated document: its text and its gold by construction."""

    half: str
    lang: str
    way: str
    act: str
    sides: tuple[str, str]
    text: str
    gold: dict[str, Any]
    title: str = ""  # the document's first line (a neutral heading when empty); gen50's carried axis names the pair
    axis: str = "ways"  # gen48's ways of naming a side; gen50's `carried`, `domains`, `titled` (event_generator_axes)


def _sentence_start(text: str) -> str:
    return text[0].upper() + text[1:] if text[:1].islower() else text


def generate(template: Template, a: str, b: str, way: str, rng: random.Random) -> Generated:
    """One document of `template` for the pair (a, b) named `way`, with its gold."""
    from allyscope.entities import gazetteer

    year, month, day = rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28)
    date_text, edtf = render_date(template.date_form, year, month, day)
    lang = template.lang
    preamble = ""
    if way == "person_prior":
        surname = rng.choice(SURNAMES[lang])
        adjective = (_states_data()["demonyms"].get(a, []) or [name_of(a, lang)])[0]
        preamble = PRIOR[lang].format(adj=adjective, n=name_of(a, lang), s=surname)
        side_a, side_b = surname, name_of(b, lang)
    else:
        side_a, side_b = side_phrase(a, lang, way), side_phrase(b, lang, way)
    text = template.text.format(date=date_text, A=side_a, B=side_b, An=name_of(a, lang), Bn=name_of(b, lang))
    text = _sentence_start(text)
    g = gazetteer()
    event = {"id": "E1", "date": edtf, "date_text": date_text, "actors": [g.entity(a)["name"], g.entity(b)["name"]],
             "evidence": text.rstrip(".。"), "domain": template.domain}  # fmt: skip
    written = f"{preamble} {text}" if lang == "en" and preamble else preamble + text
    return Generated(template.half, template.lang, way, template.act, (a, b), written, {"events": [event]})


def sample(seed: int, per_cell: int, halves: tuple[str, ...] = HALVES) -> Iterator[Generated | GeneratorError]:
    """Documents for every half × language × way × template, `per_cell` pairs each, drawn with `seed`; a pair the
    data cannot name the way asked is yielded as its GeneratorError (a coverage gap), not skipped silently."""
    rng = random.Random(seed)
    states = state_ids()
    for template in TEMPLATES:
        if template.half not in halves:
            continue
        for way in WAYS:
            if template.act not in WAY_ACTS.get(way, {template.act}):
                continue
            for _ in range(per_cell):
                a, b = rng.sample(states, 2)
                try:
                    yield generate(template, a, b, way, rng)
                except GeneratorError as gap:
                    yield gap


def small_sample(seed: int) -> Iterator[Generated | GeneratorError]:
    """One document per half × language × way, its template drawn with `seed`: the fixed sample a test runs."""
    rng = random.Random(seed)
    states = state_ids()
    for half in HALVES:
        for lang in LANGS:
            for way in WAYS:
                fitting = [t for t in TEMPLATES if t.half == half and t.lang == lang
                           and t.act in WAY_ACTS.get(way, {t.act})]  # fmt: skip
                template = rng.choice(fitting)
                a, b = rng.sample(states, 2)
                try:
                    yield generate(template, a, b, way, rng)
                except GeneratorError as gap:
                    yield gap


def extract_generated(doc: Generated) -> dict[str, Any]:
    """`extract_json` of the document with a case of its pair active (as eval_extraction sets one up)."""
    from allyscope.extraction import extract_json
    from allyscope.knowledge.case import Case, activate, restore

    meta = {"name": "generated", "title": "generated", "version": "0",
            "parties": [{"id": s} for s in doc.sides], "sides": [[s] for s in doc.sides]}  # fmt: skip
    case = Case(name="generated", version="0", title="generated", meta=meta, sources=[], facts=[], agreements=[],
                decisions=[])  # fmt: skip
    previous = activate(case)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "generated.txt"
            # a document of one line is all title: a neutral heading goes first, the act is the body
            path.write_text(f"{doc.title or HEADINGS[doc.lang]}\n\n{doc.text}\n", encoding="utf-8")
            return extract_json(path)
    finally:
        restore(previous)


def score_generated(doc: Generated) -> dict[str, Any]:
    """Found, date exact, actors, domain of the one event, with `allyscope.evaluate`'s matching; the sides lost."""
    from allyscope.entities import gazetteer
    from allyscope.evaluate import _squeeze, actors_agree, match_events, stated_events

    data = extract_generated(doc)
    events = stated_events(data["events"])
    gold = doc.gold["events"]
    pairs = match_events(events, gold)
    located = any(_squeeze(gold[0]["evidence"]) in _squeeze(e["evidence"]["text"]) for e in events)
    row: dict[str, Any] = {"found": bool(pairs), "located": located, "date": bool(pairs), "actors": False,
                           "domain": False, "lost": [], "events": data["events"]}  # fmt: skip
    if pairs:
        annotated, event = pairs[0]
        row["actors"] = actors_agree(annotated, event)
        row["domain"] = annotated["domain"] == event["domain"]
        g = gazetteer()
        names = {g.entity(x)["name"] for x in event["actors"] + event.get("involved", [])}
        row["lost"] = [s for s in doc.sides if g.entity(s)["name"] not in names]
        row["got_domain"] = event["domain"]
    return row


def states_behind(ident: str) -> set[str]:
    """The states an entity acts for: itself if a state, else through `part_of` and the offices of its roles."""
    from allyscope.entities import gazetteer

    g = gazetteer()
    seen: set[str] = set()
    todo = [ident]
    states: set[str] = set()
    while todo:
        current = todo.pop()
        if current in seen or current not in g.entities:
            continue
        seen.add(current)
        entity = g.entity(current)
        if entity["type"] == "state":
            states.add(current)
            continue
        parts = entity.get("part_of") or []
        todo.extend([parts] if isinstance(parts, str) else parts)
        todo.extend(role["office"] for role in entity.get("roles", []) if "office" in role)
    return states
