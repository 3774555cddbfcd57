"""Which coordinated pieces of a clause are events of their own, and which tell no event of the clause's date.

The words are data (`data/event_clauses.json`); this says how they are used. A clause with several predicates
(`签署《A》，并签署《B》`, `訪問し、…会談した`, `joined …, and thereafter sent ships every year`) is cut by
`events_domain.predicates`; pieces of one PLOVER type are kept together (a visit and the talks held during it are
one meeting) unless the type is one whose each act has an object of its own (`each_act_apart`: two signings), or
the piece opens with a subject of its own (`new_subject`: `，双方发表…`), which also makes an occasion with an act
of its own before it (`访问马尼拉时，双方同意…`) an event. A piece that opens with a word of
what followed (`after_the_date`: `此后每年…`, `thereafter`) states what happened after the date, not on it. A
piece that names no entity may carry the subject of the sentence before (`subject_carried`: `They left …`). A
clause dated from a date on that tells a change in degree (`trend_words`: `2014年以后合作明显加深`) is a trend.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from allyscope.event_segments import _leading, clause_rules
from allyscope.scripts import fold

_OPENING = r"^[\s，,、；;：:]*(?:and\s+|并|並|且|而|但)?\s*"
_KANA = re.compile(r"[\u3040-\u309f]")  # a piece with kana is Japanese
_HAN = re.compile(r"[\u4e00-\u9fff]")


def rules() -> dict[str, Any]:
    """event_clauses.json, parsed once (`event_segments.clause_rules`)."""
    return clause_rules()


def _alternation(words: Iterable[str]) -> str:
    """The words folded, each once, as one alternation with the longest first (so a word is not cut by a shorter
    word it begins with)."""
    return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))


def _opening(words: list[str]) -> re.Pattern[str]:
    return re.compile(_OPENING + f"(?:{_alternation(words)})(?![a-z])")


@cache
def _carried() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules()["subject_carried"]
    pronouns = "|".join(re.escape(w) for w in r["pronouns_en"])
    compound = "".join(r["particles_before_ha"])  # `には`, `では`: no subject
    subject = rf"(?<![{re.escape(compound)}])は|が"
    return re.compile(rf"(?<![a-z])(?:{pronouns})(?![a-z])"), re.compile(subject)


@cache
def _cjk_pronoun() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Chinese personal pronoun opening a clause (after a date and a comma at most: `他6日与…`, `6日，她…`), and
    a Japanese one as its subject (`彼は…`, `その後、彼らが…`): data `subject_carried`."""
    r = rules()["subject_carried"]

    def words(key: str) -> str:
        return _alternation(r[key])

    after = "".join(re.escape(fold(w)) for w in r["not_pronoun_after_zh"])
    zh = re.compile(rf"^\W*(?:[^，,。；;]{{0,14}}[，,]\s*)?(?:{words('pronouns_zh')})(?![{after}])")
    ja = re.compile(rf"^\W*(?:[^、。]{{0,14}}、\s*)?(?:{words('pronouns_ja')})(?:は|が|も)")
    return zh, ja


# what may stand before a Chinese clause's first word: its date, a time word and an adverb of sequence
_ZH_LEAD = r"^[\W\d０-９〇零一二三四五六七八九十百年月日号上中下旬初底当天同次翌随后其此并又还也再则即]{0,16}?"


@cache
def _zh_partner() -> re.Pattern[str]:
    """A Chinese clause with no subject that opens with the preposition of its partner (`6日与…会谈`), a place
    phrase at most before it ('places_zh': `7日又在广州同他…`): data `subject_carried` ('partners_zh',
    'not_partners_zh': words that open with such a character)."""
    r = rules()["subject_carried"]
    words = "|".join(re.escape(fold(w)) for w in r["partners_zh"])
    others = "|".join(re.escape(fold(w)) for w in r["not_partners_zh"])
    # act42: a place phrase may stand before the preposition (`7日又在广州同他…会晤`, `在雷根圖書館與…會面`)
    places = "|".join(re.escape(fold(w)) for w in r.get("places_zh", []))
    place = rf"(?:(?:{places})[^\W\d]{{1,10}}?)?" if places else ""
    return re.compile(rf"{_ZH_LEAD}{place}(?!{others})(?:{words})")


@cache
def _zh_zero_subject() -> re.Pattern[str]:
    """A Chinese clause with no subject of its own that opens, after its date, an adverb of sequence and an
    occasion at most (`访问期间，`, `会谈后`), with the verb of an act only a party does (`- 访问期间为…揭牌`,
    `；随后出席…`): data `subject_carried` ('occasions_zh', 'acts_zh', 'not_acts_zh'; carry65)."""
    r = rules()["subject_carried"]

    def words(key: str) -> str:
        return _alternation(r.get(key, ()))

    # an occasion is no act either (`访问期间，该国总统…`: 访问 opens the occasion, not an act of the clause)
    acts, others = words("acts_zh"), "|".join(filter(None, (words("not_acts_zh"), words("occasions_zh"))))
    if not acts:
        return re.compile(r"(?!x)x")
    occasion = rf"(?:(?:{words('occasions_zh')})[，,]?\s*)?" if r.get("occasions_zh") else ""
    not_acts = rf"(?!{others})" if others else ""
    return re.compile(rf"{_ZH_LEAD}{occasion}{not_acts}(?:{acts})")


def drops_its_subject_zh(folded_piece: str) -> bool:
    """Is a piece a Chinese clause that drops its subject, opening with its act (`访问期间为当地学校揭牌`, `随后出席
    欢迎宴会`) with no name before it? Its subject is that of the clause or line before (carry65)."""
    return _HAN.search(folded_piece) is not None and _zh_zero_subject().match(folded_piece) is not None


@cache
def _humble_ja() -> re.Pattern[str]:
    words = rules()["subject_carried"].get("humble_ja", [])
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!x)x")


def speakers_own_act(folded_piece: str) -> bool:
    """Is a piece a Japanese clause with no subject of its own whose verb is humble (`出席いたしました`,
    `申し上げました`: data `subject_carried` 'humble_ja')? Humble language tells the speaker's own act: its subject
    is the one who speaks (carry65)."""
    return (
        _KANA.search(folded_piece) is not None
        and drops_its_subject(folded_piece)
        and (_humble_ja().search(folded_piece) is not None)
    )


def _opens_with_pronoun(folded_piece: str) -> bool:
    zh, ja = _cjk_pronoun()
    return (ja if _KANA.search(folded_piece) else zh).match(folded_piece) is not None


def opens_with_pronoun(folded_piece: str) -> bool:
    """Does a piece open with a personal pronoun as its subject (`他6日与…`, `彼は…`, `He …`, `They …`)? (carry64)"""
    if _KANA.search(folded_piece) or _HAN.search(folded_piece):
        return _opens_with_pronoun(folded_piece)
    pronoun, _ = _carried()
    return pronoun.match(folded_piece.lstrip(" ,;:")) is not None


def drops_its_subject(folded_piece: str) -> bool:
    """Is a piece a Japanese clause with no subject of its own (no は or が of a subject), the subject dropped as
    Japanese drops a known one (`9日には<capital>で<person>と会談し`)? (carry64) Or a Chinese clause opening with an act
    whose subject it drops (`drops_its_subject_zh`, carry65)?"""
    _, marker = _carried()
    if _KANA.search(folded_piece) is None:
        return drops_its_subject_zh(folded_piece)  # `- 访问期间为…揭牌`: a Chinese act with its subject dropped
    return marker.search(folded_piece) is None


def carries_subject(folded_piece: str) -> bool:
    """Does a piece that names no entity take its subject from the sentence before? In English when its subject
    is a pronoun (`They left in May 2017`); in Japanese when it has no subject at all (no は or が of a subject:
    `令和4年度には共同訓練を実施した`, the subject dropped as Japanese drops a known one), or when its predicate is
    passive (`ホットラインが開設された`: the actors left unsaid). Chinese is not read
    so: a clause without a name there is as often about no actor (`2020年，疫情暴发`). In every script a clause whose
    subject is an instrument named by a demonstrative (`本交換公文は`, `该协定`, `The agreement`) carries the
    parties of the event before: the instrument it refers back to is theirs."""
    pronoun, marker = _carried()
    if _instrument_back().match(folded_piece) is not None:
        return True  # `本交換公文は、署名と同時に…`: the instrument just told of, its parties those before
    if _KANA.search(folded_piece):  # kana: Japanese
        return (
            marker.search(folded_piece) is None
            or _passive().search(folded_piece) is not None
            or _opens_with_pronoun(folded_piece)
        )
    if _HAN.search(folded_piece):
        # `她随后…`: a pronoun; `访问期间为…揭牌`: an act with its subject dropped (carry65); else nothing
        return _opens_with_pronoun(folded_piece) or drops_its_subject_zh(folded_piece)
    return pronoun.search(folded_piece) is not None


@cache
def _instrument_back() -> re.Pattern[str]:
    """A clause opening with an instrument named by a demonstrative (`本協定は`, `该协定`, `The agreement`): data
    `subject_carried` ('instrument_demonstratives', 'instrument_nouns')."""
    r = rules()["subject_carried"]

    def words(key: str) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(set(r[key]), key=len, reverse=True))

    return re.compile(
        rf"^[\s，,、；;]*(?:{words('instrument_demonstratives')})\s*(?:{words('instrument_nouns')})(?![a-z])"
    )


@cache
def _passive() -> re.Pattern[str]:
    """A Japanese passive predicate (`開設された`): its subject is what was acted on, its actors left unsaid."""
    words = sorted({fold(w) for w in rules()["subject_carried"]["passive_ja"]}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    r = rules()
    return _opening(r["new_subject"]), _opening(r["after_the_date"]), frozenset(r["each_act_apart"])


@cache
def _lead_in() -> str:
    """Data `verb_lead_ins`: what may stand in a Chinese piece between its opening and its verb of attending
    (`與立陶宛總統一同出席了…典禮`, `在總統府以視頻方式共同出席…儀式`, `与莫迪先后出席…`): a companion with its
    preposition, a place, a manner with an adverb of together before or after it — each optional, in that order,
    none past a comma (rec85)."""
    spec = rules()["verb_lead_ins"]
    reach = int(spec["reach"])
    return (
        rf"(?:(?:{_alternation(spec['companions'])})[^，,。；;]{{1,{reach}}}?)?"
        rf"(?:(?:{_alternation(spec['places'])})[^，,。；;]{{1,{reach}}}?)?"
        rf"(?:{_alternation(spec['together'])})?"
        rf"(?:{_alternation(spec['manners'])})?"
        rf"(?:{_alternation(spec['together'])})?"
    )


@cache
def _cameo_pairs_apart() -> tuple[tuple[str, str, re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...]:
    def either(words: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(re.escape(fold(w)) for w in words))

    def as_verb(words: list[str]) -> re.Pattern[str]:
        """The words as the piece's own verb: opening it (Chinese, English), after a word of during the act before
        (`，其间出席了…仪式`: an act on the visit), or ending it (Japanese)."""
        alternatives = "|".join(re.escape(fold(w)) for w in words)
        return re.compile(
            r"^[\s，,、；;]*(?:and |then |并|並|还|還|又|随后|隨後|期间|期間|其间|其間|その間)*[\s，,、]*"
            rf"{_lead_in()}(?:{alternatives})"
            rf"|(?:{alternatives})(?:し|した|しました|して)[\s。．、]*$"
        )

    return tuple(
        (
            rule["before"],
            rule["after"],
            as_verb(rule["words"]) if rule.get("verb_only") else either(rule["words"]),
            _counterpart(rule),
            either(rule["before_words"]) if rule.get("before_words") else None,
        )
        for rule in rules()["acts_apart_by_cameo"]
    )


def _counterpart(rule: dict[str, Any]) -> re.Pattern[str]:
    """The rule's counterpart words, none of them right before a word of `counterpart_not_followed_by` (`とも` marks a
    further counterpart, 'with … too', but not in `とともに`, 'together with', which joins the same act)."""
    words = "|".join(re.escape(fold(w)) for w in rule["counterpart"])
    after = rule.get("counterpart_not_followed_by")
    if after:
        return re.compile(f"(?:{words})(?!{'|'.join(re.escape(fold(w)) for w in after)})")
    return re.compile(words)


@cache
def _relative_visit_pattern() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["visit_occasions"]["relative_visit_ja"]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")[^、。，,]{1,40}?は")


def _relative_visit(folded_before: str) -> bool:
    """Does the piece before hold a visit told in a relative clause on its subject (`…を訪問中の<NP>は`, data
    `visit_occasions.relative_visit_ja`)? Then the visit is the setting of the talks told after it (one82)."""
    return _relative_visit_pattern().search(folded_before) is not None


def visit_on_the_subject(folded_segment: str) -> bool:
    """Does a folded segment name a visit only in a relative clause on its subject (`タイを訪問中の総理は`, data
    `visit_occasions.relative_visit_ja`)? The visit is the setting of what the subject does next, not the
    predicate of the piece that holds it (rec85: `…を訪問中の総理は、…歓迎式典に出席した後、…と会談した`)."""
    return _relative_visit_pattern().search(folded_segment) is not None


@cache
def _agreement_ending_ja() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_alternation(rules()['agreement_decides_ja']['endings'])})[\u3040-\u309f]{{0,10}}[。．」）)]*\s*$"
    )


def agreement_ending_ja(folded_piece: str) -> int | None:
    """Where the agreement that closes a Japanese piece begins (data `agreement_decides_ja`: `…対話を再開することで
    一致した`, `…交渉を始めることで合意しました`), or None. A Japanese sentence ends in its predicate: what was
    agreed is the object clause before `ことで一致`, and a noun of talks or a visit inside it (`対話`, `会合`) names
    what the agreement is about, not an act of the piece (rec85)."""
    found = _agreement_ending_ja().search(folded_piece)
    return None if found is None else found.start()


@cache
def _comment_opening() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["comment_openers"]["words"]}, key=len, reverse=True)
    return re.compile(r"[\s，,、；;]*(?:" + "|".join(re.escape(w) for w in words) + ")")


def comments_on_the_act_before(folded_segment: str) -> bool:
    """Does a folded segment open with a word commenting on the act before it (data `comment_openers`: `，这是…首次
    访华`)? What it names is that act told again, no act of its own and not the clause's predicate (rec84)."""
    return _comment_opening().match(folded_segment) is not None


def acts_apart_by_cameo(before: str | None, after: str | None, folded_piece: str, folded_before: str = "") -> bool:
    """Are two coordinated pieces of one PLOVER type two acts by their CAMEO codes and the later piece's words
    (`acts_apart_by_cameo`: a visit, then talks held on it with a counterpart)? A rule with 'before_words' also
    asks the piece before (`folded_before`) for one of them (rec72: a welcome ceremony, then talks held)."""
    if (
        before in _meeting_cameos()
        and after in _meeting_cameos()
        and before != after
        and _relative_visit(folded_before)
    ):
        return False  # `…を訪問中の総理大臣は、ビシュケクにおいて、…と首脳会談を行った`: the talks' setting (one82)
    return any(
        before == first
        and after == second
        and words.search(folded_piece) is not None
        and counterpart.search(folded_piece) is not None
        and (earlier is None or earlier.search(folded_before) is not None)
        for first, second, words, counterpart, earlier in _cameo_pairs_apart()
    )


@cache
def _one_act() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Data `one_act_two_verbs`: (a first verb with nothing after it but fillers, at a piece's end; a connector
    then a second verb over the same object, at the next piece's start; a visit in a piece; a port call at the
    next piece's start)."""
    r = rules()["one_act_two_verbs"]
    fillers = _alternation(r["fillers"])
    connectors = _alternation(r["connectors"])
    first = re.compile(rf"(?<![a-z])(?:{_alternation(r['first_verbs'])})(?:{fillers})?[\s，,、]*$")
    second = re.compile(
        rf"^[\s，,、]*(?:(?:{connectors})(?![a-z]))?[\s，,、]*(?:{fillers})?"
        rf"(?:{_alternation(r['same_object_ja'])})?(?:{_alternation(r['second_verbs'])})(?![a-z])"
    )
    visit = re.compile(rf"(?<![a-z])(?:{_alternation(r['visit_words'])})(?![a-z])")
    port = re.compile(
        rf"^[\s，,、]*(?:(?:{connectors})(?![a-z]))?[\s，,、]*(?:{fillers})?"
        rf"(?:(?:{_alternation(r['port_call_words'])})(?![a-z])|[^、。，,;；]{{0,30}}?に(?:{_alternation(r['port_call_ja'])}))"
    )
    return first, second, visit, port


def one_act_across(folded_before: str, folded_after: str) -> bool:
    """Do the coordinated pieces before and after a cut tell one act by two verbs (coord81), so that the clause is
    not cut there? (`folded_before`: the piece before the cut, folded; `folded_after`: the text from the cut on.)
    They do when the first verb has no object of its own and the second names the object of both (`签署并发表联合
    声明`, `signed and issued a joint statement`), and when a visit is followed by the call at a port of the state
    visited (`访问日本并停靠横须贺港`): one signing, one port visit. A first verb with its own object before the
    connector (`签署《A》，并发表…`) keeps the cut."""
    first, second, visit, port = _one_act()
    if first.search(folded_before) is not None and second.match(folded_after) is not None:
        return True
    return visit.search(folded_before) is not None and port.match(folded_after) is not None


@cache
def _announced() -> re.Pattern[str]:
    return _opening(rules()["announced"])


@cache
def _relationship_made() -> re.Pattern[str] | None:
    """Data `relationship_made` (dom88): a piece that sets up or raises the pair's relationship to a named level."""
    spec = rules().get("relationship_made")
    if not spec:
        return None
    reach = int(spec["reach"])
    verbs, levels, verbs_ja = (_alternation(spec[key]) for key in ("verbs", "levels", "verbs_ja"))
    return re.compile(
        rf"(?<![a-z])(?:{verbs})(?![a-z])[^，,。；;.]{{0,{reach}}}?(?:{levels})"
        rf"|(?:{levels})[^、，,。；;]{{0,{reach}}}?(?:{verbs_ja})"
    )


def makes_a_relationship(folded_piece: str) -> bool:
    """Does a coordinated piece set up or raise the pair's relationship to a named level (`两国宣布将双边关系提升为
    全面战略伙伴关系`, `両国は戦略的パートナーシップを樹立した`, `decided to raise the relationship … to a strategic
    partnership`)? Such a piece is an act of its own (an instrument, the codebook's rule 1) beside the meeting or
    visit told before it in its clause, though both are of one type (dom88; data `relationship_made`); after an act
    of another kind (`established diplomatic relations …, and that … established their strategic partnership`) the
    caller does not ask, and the pieces stay as the other rules keep them."""
    pattern = _relationship_made()
    return pattern is not None and pattern.search(folded_piece) is not None


@cache
def _joint_act() -> re.Pattern[str] | None:
    """Data `joint_act_after_meeting` (dom89): a piece that issues a joint text or attends a signing ceremony."""
    spec = rules().get("joint_act_after_meeting")
    if not spec:
        return None
    reach = int(spec["reach"])
    issue, texts, texts_ja, verbs_ja = (_alternation(spec[k]) for k in ("issue", "texts", "texts_ja", "verbs_ja"))
    issue_en, texts_en = _alternation(spec["issue_en"]), _alternation(spec["texts_en"])
    attend, ceremonies = _alternation(spec["attend"]), _alternation(spec["ceremonies"])
    this = _alternation(spec["this_text"])
    return re.compile(
        rf"(?:{issue})(?!了?(?:{this}))[^，,。；;]{{0,{reach}}}?(?:{texts})"
        rf"|(?:{texts_ja})」?(?:{verbs_ja})"
        rf"|(?<![a-z])(?:{issue_en}) (?!{this})[^,;.]{{0,{reach * 2}}}?(?:{texts_en})"
        rf"|(?:{attend})了?[^，,。；;]{{0,{reach * 3}}}?(?:{ceremonies})"
    )


def makes_a_joint_act(folded_piece: str) -> bool:
    """Does a coordinated piece issue a joint text (`两国随后发表联合声明`, `…共同宣言を発出した`, `the two
    issued a joint declaration`) or attend a signing ceremony (`随后出席…合作文件签字仪式`)? Told after the
    meeting or visit of its clause, such a piece is an act of its own, an instrument (the codebook's rule 1),
    though both pieces are of one PLOVER type (dom89; data `joint_act_after_meeting`, asked by `events_domain`
    with the meeting's code, as `makes_a_relationship` is). A text named as this one (`并发表本联合声明`: the
    document itself) is not asked about."""
    pattern = _joint_act()
    return pattern is not None and pattern.search(folded_piece) is not None


def stands_apart(kind: str, folded_piece: str) -> bool:
    """Is a coordinated piece of the same type as the piece before it an act of its own? (`folded_piece`: the
    piece folded, from its cut on.) It is when its type is one whose each act has an object of its own, when it
    opens with a subject of its own, when it opens by announcing (`，并宣布设立…`: what is announced is an act
    beside the meeting it was announced at). (A piece that sets up or raises the relationship after a meeting is
    one too: `makes_a_relationship`, asked by `events_domain` with the meeting's code.)"""
    new_subject, _, apart = _patterns()
    return kind in apart or new_subject.match(folded_piece) is not None or _announced().match(folded_piece) is not None


@cache
def _talks_content() -> re.Pattern[str] | None:
    spec = rules().get("talks_content")
    if not spec:
        return None
    subjects = "|".join(re.escape(w) for w in sorted({fold(w) for w in rules()["new_subject"]}, key=len, reverse=True))
    verbs = "|".join(re.escape(w) for w in sorted({fold(w) for w in spec["words"]}, key=len, reverse=True))
    return re.compile(_OPENING + rf"(?:{subjects})(?![a-z])[^，,。；;]{{0,40}}?(?:{verbs})")


def tells_what_talks_covered(folded_piece: str) -> bool:
    """Does a coordinated piece opening with the sides as its subject tell what the meeting before it covered
    (`talks_content`: `，双方就…交换意见`, `, and the two sides discussed …`)? Then it is that meeting's content, not
    a second act of the same kind, though its subject is its own."""
    content = _talks_content()
    return content is not None and content.match(folded_piece) is not None


@cache
def _intent_agreed() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    spec = rules().get("intent_agreed_in_talks")
    if not spec:
        return None

    def words(items: list[str]) -> str:
        return _alternation(items)

    subjects = words(rules()["new_subject"])
    # the sides (or no subject), a verb of agreeing or stating within a few characters, an intent before any comma
    chinese = re.compile(
        _OPENING + rf"(?:(?:{subjects})[^，,。；;]{{0,6}}?)?(?:{words(spec['verbs'])})[^，,。；;]{{0,16}}?"
        rf"(?:{words(spec['intents'])})"
        # rec86: or an agreement only to meet or consult again (`双方同意保持高层交往`, `同意就…继续磋商`): a plan
        # of further talks, what the talks came to ('again')
        + (
            rf"|{_OPENING}(?:(?:{subjects})[^，,。；;]{{0,6}}?)?(?:{words(spec['again_verbs'])})"
            rf"[^，,。；;]{{0,16}}?(?:{words(spec['again'])})"
            if spec.get("again")
            else ""
        )
    )
    # no Japanese ending listed: none is such an intent (`(?!)` never matches; rec85)
    ending_ja = re.compile(rf"(?:{words(spec['endings_ja'])})") if spec["endings_ja"] else re.compile("(?!)")
    return chinese, re.compile(words(spec["not_intents"])), ending_ja


def tells_an_intent_agreed(folded_sentence: str, start: int, end: int) -> bool:
    """Does the coordinated piece `[start, end)` of a folded sentence, after a meeting, tell an intent the sides
    agreed on or stated there (`intent_agreed_in_talks`: `，双方一致同意深化…`, `，雙方同意擴大…`,
    `、…推進していくことで一致した`)? Then it is what the meeting came to, no act of its own; a piece naming a new act
    (`同意建立…伙伴关系`) is not. A Japanese piece may be cut right after the `て` of its continuing verb
    (`推進して|いくことで一致`): the ending is searched from the character before the piece."""
    patterns = _intent_agreed()
    if patterns is None:
        return False
    chinese, not_intents, ending_ja = patterns
    piece = folded_sentence[start:end]
    if not_intents.search(piece):
        return False
    return chinese.match(piece) is not None or ending_ja.search(folded_sentence, max(0, start - 1), end) is not None


@cache
def _announcing_content() -> re.Pattern[str] | None:
    spec = rules().get("announcement_content")
    if not spec:
        return None
    words = "|".join(re.escape(w) for w in sorted({fold(w) for w in spec["words"]}, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{words})\s*[，,：:]\s*$")


def announces_what_follows(folded_sentence: str, start: int, cut: int) -> bool:
    """Does the piece `[start, cut)` of the folded sentence end in a word of announcing and a comma or colon
    (`announcement_content`: `宣布，两国已正式签署…`)? Then the piece after the cut is what was announced, the
    content of that one act, not an act of its own of the announcement's date. The punctuation may close the piece
    or open the next."""
    announcing = _announcing_content()
    if announcing is None:
        return False
    after = re.match(r"[\s，,：:]*", folded_sentence[cut:])
    return announcing.search(folded_sentence[start:cut] + (after.group(0) if after else "")) is not None


@cache
def _planned() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["announcement_content"]["plan_words"]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def tells_a_plan(folded_piece: str) -> bool:
    """Does what was announced tell something to come (`announcement_content` 'plan_words': `两国空军将在…举行`, `will
    hold`)? Then it is a plan read in its own mode, not the content folded into the act of announcing."""
    return _planned().search(folded_piece) is not None


_AT_THAT_TIME = re.compile(r"^[\s，,、]*(?:当时|當時)")


def at_that_time(folded_piece: str) -> bool:
    """Does a coordinated piece open with `at that time` (`，当时他…`), going on the clause of the date before it?
    Of another act than the piece before (a speech after a visit) it is an act of its own; of the same act it
    tells that act again (`是在二〇〇九年三月，当时…总统访问了堪培拉`)."""
    return _AT_THAT_TIME.match(folded_piece) is not None


def opens_with_subject(folded_piece: str) -> bool:
    """Does a coordinated piece open with a subject of its own (`，双方同意…`)? After an occasion that is an act
    itself (`…访问马尼拉时，双方同意…`: a visit), both are events."""
    return _patterns()[0].match(folded_piece) is not None


def is_moment(folded_piece: str) -> bool:
    """Does an occasion end in a word of a moment (`访问菲律宾时，`: when X visited, telling the visit), not of a
    span (`访问马尼拉期间，`: during the visit, its setting)? Only a moment's act is an event of its own."""
    return _moment().search(folded_piece) is not None


@cache
def _moment() -> re.Pattern[str]:
    words = "|".join(re.escape(fold(w)) for w in rules()["moment_words"])
    return re.compile(rf"(?:{words})[\s，,、]*$")


@cache
def _visit_cameos() -> frozenset[str]:
    return frozenset(rules()["visit_occasions"]["occasion_cameos"])


@cache
def _meeting_cameos() -> frozenset[str]:
    return frozenset(rules()["visit_occasions"]["meeting_cameos"])


@cache
def _not_naming() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the words of `visit_occasions.not_naming`, the figures and words of a date): what an occasion may hold
    beside its visit cue and still name no visitor or place."""
    words = sorted({fold(w) for w in rules()["visit_occasions"]["not_naming"]}, key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in words if w.isascii())
    cjk = "|".join(re.escape(w) for w in words if not w.isascii())
    months = "january|february|march|april|may|june|july|august|september|october|november|december"
    date = rf"[\d０-９〇零一二三四五六七八九十百年月日号號上中下旬初底]+|\b(?:{months})\b"
    return re.compile(rf"(?<![a-z])(?:{latin})(?![a-z])|{cjk}"), re.compile(date)


def names_its_visit(folded_segment: str) -> bool:
    """Does the occasion of a visit (`folded_segment`) name its visitor or its place (`李克强总理访问巴基斯坦期间`,
    `during his visit to athens`), not only refer back to a visit told before (`during the visit`, `此次访问期间`)?
    Something must be left once its date and the words of `visit_occasions.not_naming` (the words of a visit
    among them) are taken away."""
    words, date = _not_naming()
    rest = words.sub(" ", date.sub(" ", folded_segment))
    return any(ch.isalnum() for ch in rest)


def act_after_a_visit(folded: str, segments: list[tuple[int, int]], cued: list[tuple[int, str, str]]) -> int | None:
    """Where the act told after the occasion of a visit begins, when it is an act of its own (data
    `visit_occasions`): `segments` are the clause's segments and `cued` its type cues as (place, CAMEO code,
    PLOVER type), both in places of `folded`. The visit's segment must set the scene (`李克强总理访问巴基斯坦期间，`,
    `During his visit to Athens on 5 October 2019,`) with no cue but a visit's; segments without a cue may stand
    around it (the year of an English date after its comma); the first later segment with a cue is the act when it
    sets no scene itself and its first cue is not of the visit's type (talks held on the visit, `訪問馬尼拉期間，與…
    會談`, stay one meeting with it). None when the clause tells no such pair."""
    visits = _visit_cameos()
    visit_types: set[str] = set()
    for a, b in segments:
        here = [(cameo, plover) for at, cameo, plover in cued if a <= at < b]
        if not here:
            continue
        if visit_types:
            # the segment's predicate is its first cue: `，双方同意建立…对话` is an agreement, whatever it names
            # talks held on the visit stay one meeting with it; a statement of the visit's type is an act of its
            # own after a visit told as a moment (`訪問…時，`) or as a span naming its visitor (`…访华期间，两国宣布
            # 建立…伙伴关系`: the codebook's one convention, rec47; `visit_occasions.meeting_cameos`)
            same = here[0][1] in visit_types and here[0][0] in _meeting_cameos()
            return None if _leading(folded[a:b]) or same else a
        if any(cameo not in visits for cameo, _ in here) or not _leading(folded[a:b]):
            return None  # an act before the occasion, or an occasion of another kind
        if not names_its_visit(folded[a:b]):
            return None  # `During the visit,`: a visit told before
        visit_types = {plover for _, plover in here}
    return None


@cache
def _contrast() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["contrast_openers"]}, key=len, reverse=True)
    return re.compile(r"^[\s，,、；;：:]*(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


@cache
def _purpose() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules()

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))

    opens = re.compile(r"^[\s，,、；;：:]*(?:" + alternatives(r["purpose_openers"]) + r")(?![a-z])")
    closes = re.compile(r"(?:" + alternatives(r["purpose_closers"]) + r")[\s，,、；;：:]*$")
    return opens, closes


def tells_a_purpose(folded_segment: str) -> bool:
    """Does a segment tell what an act commemorates or is for (`，纪念…成为对话伙伴五十周年`, `…を記念して、`)?
    Its cues are the occasion's, not the act's (`purpose_openers`, `purpose_closers`). The closers are asked
    of the segment's end only (`_closes_a_purpose`): the answer of `_purpose()[1].search`, without trying the
    expression at every place of the segment."""
    opens, _ = _purpose()
    return opens.match(folded_segment) is not None or _closes_a_purpose(folded_segment)


_PURPOSE_TAIL = "，,、；;：:"  # what may follow a closer, with white space, before the segment's end


def _closes_a_purpose(folded_segment: str) -> bool:
    """Does a purpose closer end the segment, followed by nothing but white space and `_PURPOSE_TAIL` (what
    `_purpose()[1]`, `(?:closers)[white space or the tail]*$`, finds)? A closer must end at or after the last character
    outside that tail: each such place is tried (most segments end in one punctuation mark or none)."""
    closers = _purpose_closers()
    if not closers:
        return True  # no closer: the expression's empty alternation matches every segment
    last = len(folded_segment)
    visible = last
    while visible and (folded_segment[visible - 1].isspace() or folded_segment[visible - 1] in _PURPOSE_TAIL):
        visible -= 1
    return any(folded_segment.endswith(closers, 0, end) for end in range(visible, last + 1))


@cache
def _purpose_closers() -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in rules()["purpose_closers"]}))


def keeps_its_names(folded_piece: str) -> bool:
    """Does a later coordinated piece keep the entities it names to itself, no actors of the pieces before it? It
    does when it tells what followed the date (`，此后…`) or a contrast (`，但土耳其…`: `contrast_openers`)."""
    return keeps_its_names_at(folded_piece, 0, len(folded_piece))


def keeps_its_names_at(folded: str, start: int, end: int) -> bool:
    """`keeps_its_names(folded[start:end])`, read in place: the events stage asks it of every comma of a clause,
    and a copy of the rest of the clause for each cost more than the test."""
    return _keeping().match(folded, start, end) is not None


def first_cut_keeping_its_names(folded: str, start: int, end: int) -> int | None:
    """The first cut (`，,；;、`) in `folded[start:end]` from which the rest, to `end`, keeps its names
    (`keeps_its_names`, or a Japanese contrast closed before the cut: `…ましたが、`, `contrast_closers`), or None:
    one search in place of a test at each cut."""
    known = _last_cut.get((folded, end))
    if known is not None and known[0] <= start and (known[1] is None or start <= known[1]):
        return known[1]  # the search from an earlier start found nothing before this start: the same answer
    found = _cut_keeping().search(folded, start, end)
    at = None if found is None else found.start()
    if len(_last_cut) > 64:
        _last_cut.clear()
    _last_cut[(folded, end)] = (start, at)
    return at


# the last answer of `first_cut_keeping_its_names` per text and end: the dates of one long clause ask it from
# each of their places in turn, and the answer holds for every start up to the cut found (a clause of thousands
# of joined dates would otherwise be searched to its end once per date)
_last_cut: dict[tuple[str, int], tuple[int, int | None]] = {}


@cache
def _cut_keeping() -> re.Pattern[str]:
    # a cut's character, then (a look-behind over it, holding a look-ahead from its place) the rest from there:
    # led by one character class, the engine skips to the cuts instead of trying the expression at every place
    # or a Japanese clause comma after a contrast's closing particle (`…ましたが、`: `contrast_closers`), each closer a
    # look-behind of its own (a look-behind holds one width)
    closers = "|".join(f"(?<={re.escape(fold(w))})" for w in rules().get("contrast_closers", {}).get("words", []))
    closing = f"|(?:{closers})[、，,]" if closers else ""
    return re.compile(f"[{re.escape(CUTS)}](?<=(?={_keeping().pattern}).){closing}")


CUTS = "，,；;、"  # where a clause's coordinated stretches are cut


@cache
def _keeping() -> re.Pattern[str]:
    """`after_the_date`'s and `_contrast`'s expressions as one, each anchored where `match` is told to start
    rather than by `^` (which matches at no `pos` past 0): the same answer, as neither looks behind its start."""
    parts = []
    for expression in (_patterns()[1], _contrast()):
        if not expression.pattern.startswith("^") or expression.flags != re.UNICODE:
            raise ValueError(f"not anchored at the start: {expression.pattern[:40]!r}")
        parts.append(f"(?:{expression.pattern[1:]})")
    return re.compile("|".join(parts))


@cache
def _second_act() -> re.Pattern[str]:
    """The opening of a sentence that tells a second act of the occasion the sentence before dated (data
    `second_act`): a collective subject, in Japanese with its particle and an adverb of addition at most."""
    r = rules()["second_act"]

    def words(items: list[str]) -> str:
        return _alternation(items)

    subjects = words(r["subjects"])
    composed = f"(?:{words(r['subject_heads'])})(?:{words(r['subject_tails'])})"
    also = words(r["also_ja"])
    # an English subject goes on with a verb in the past (`They also signed …`), not a present (`We regard …`)
    past = rf"(?<=[a-z])(?=\s+(?:(?:{words(r['adverbs_en'])})\s+)?(?:[a-z]+ed|{words(r['past_en'])})\b)"
    return re.compile(
        rf"^[\s「“\"]*(?:(?:{also})、?)?(?P<s>{composed}|{subjects}|{words(r['pronouns_en'])})(?:{past}|(?<![a-z]))"
    )


@cache
def _second_act_after_a_stop() -> re.Pattern[str]:
    return re.compile(r"[。．.！？!?]" + _second_act().pattern.removeprefix("^"))


def second_act_after(folded_text: str, start: int, end: int) -> bool:
    """May a sentence of `folded_text[start:end]` open with the subject of a second act (`。双方还…`)? A first look,
    so that the sentences after a paragraph's last date are cut only where one may."""
    return _second_act_after_a_stop().search(folded_text, start, end) is not None


def _either(items: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted({fold(w) for w in items}, key=len, reverse=True)))


@cache
def _second_act_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(CAMEO codes of the acts a second act may be, those of a word said, statement nouns, intent words)."""
    r = rules()["second_act"]
    return (
        frozenset(r["act_cameos"]) - frozenset(r["same_occasion_cameo"]),
        frozenset(r["statement_cameo"]),
        _either(r["statement_nouns"]),
        _either(r["intent_words"]),
    )


@cache
def _agreement_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words of an agreement, words of an act on the relationship's standing): data `second_act`
    'agreement_words' and 'standing_words'."""
    r = rules()["second_act"]
    return _either(r["agreement_words"]), _either(r["standing_words"])


def only_agreed(cameos: set[str], folded_piece: str) -> bool:
    """Is a second act's piece only what the talks agreed (`双方同意恢复…`, `…を立ち上げることで一致した`, `The two
    leaders agreed to launch negotiations …`)? Then it is no act of its own (the corpus convention's kind (c)):
    an agreement is an act only when it also raises or founds the relationship (`…に格上げすることで一致`), or the
    same piece issues a statement or signs (data `second_act` 'agreement_note')."""
    agreed, standing = _agreement_words()
    if agreed.search(folded_piece) is None or standing.search(folded_piece) is not None:
        return False
    _, _, statements, _ = _second_act_words()
    return "057" not in cameos and statements.search(folded_piece) is None


def tells_an_agreement(folded_sentence: str) -> bool:
    """Does a sentence opening with a second act's subject tell what the sides agreed or mean to go on doing
    (`双方同意加强…`, `…を立ち上げることで一致した`, `The two leaders agreed to launch …`: data `second_act`
    'agreement_words' or 'intent_words')? Such a sentence with no word of time is the convention's kind (c): no event,
    and no break between the dated occasion and a second act told after it (chain78). Talks told again, a word said
    or a sentence with no act are not read so: after them the carry stops, as before."""
    agreed, _ = _agreement_words()
    _, _, _, intents = _second_act_words()
    return agreed.search(folded_sentence) is not None or intents.search(folded_sentence) is not None


@cache
def _words_said() -> re.Pattern[str]:
    """The opening of a sentence that reports what one side said (data `carried_over_words` 'verbs', 'reach')."""
    r = rules()["carried_over_words"]
    verbs = "|".join(re.escape(w) for w in sorted({fold(w) for w in r["verbs"]}, key=len, reverse=True))
    return re.compile(rf"^\s*[^，,。；;：:\s][^，,。；;：:]{{0,{int(r['reach']) - 1}}}?(?:{verbs})[，,：:]")


def carries_over(folded_sentence: str) -> bool:
    """rec83: does a sentence with no date of its own report what one side said (`突方表示，…`, `习近平主席指出，…`)
    or tell what the talks covered (`talks_content` words: `…深入交换意见`)? Neither is an event, and the date of the
    occasion before passes over it to a second act told after it, as over an agreement (chain78; data
    `carried_over_words`)."""
    if _words_said().match(folded_sentence) is not None:
        return True
    return _either(rules()["talks_content"]["words"]).search(folded_sentence) is not None


def acts_on_standing(cameos: set[str], folded_piece: str) -> bool:
    """rec83: does a second act's piece raise or found the relationship (CAMEO 050, or 064 with one of `second_act`
    'standing_words': `两国元首宣布，将…提升为…伙伴关系`)? Such an act is read across a sentence the date passed over,
    as a statement issued or a signing is (`issues_or_signs`)."""
    if "050" in cameos:
        return True
    _, standing = _agreement_words()
    return "064" in cameos and standing.search(folded_piece) is not None


def issues_or_signs(cameos: set[str], folded_piece: str) -> bool:
    """Does a second act's piece issue a statement or sign (`057`, or one of `second_act` 'statement_nouns')? Only
    such an act, which records what the talks agreed, is read as the occasion's across an agreement told between
    (`…会談した。両首脳は…一致した。両首脳は共同声明を発出した。`, chain78)."""
    _, _, statements, _ = _second_act_words()
    return "057" in cameos or statements.search(folded_piece) is not None


def tells_a_second_act(cameos: set[str], folded_piece: str) -> bool:
    """Does a piece of a sentence opening with a second act's subject (`second_act_subject`), with type cues of
    CAMEO codes `cameos`, tell an act of its own? It does when one of its cues is an act on an instrument or on the
    relationship (a signing, a statement issued, a relationship raised): not the meeting of the occasion told again
    (`They also discussed …`), not a word said without a statement issued (`双方表示…`; `両首脳は共同声明を発出した`
    is one); and when it tells no intent to go on or strengthen what is done (`双方同意继续加强…`): data
    `second_act`."""
    allowed, said, statements, intents = _second_act_words()
    acts = cameos & allowed
    if not acts or (acts <= said and statements.search(folded_piece) is None):
        return False  # no act of the kinds a second act is, or a word said
    return intents.search(folded_piece) is None and not only_agreed(cameos, folded_piece)


def second_act_subject(folded_sentence: str) -> tuple[int, int] | None:
    """The collective subject (its span) opening a sentence that may tell a second act of the occasion the
    sentence right before it dated (`双方还发表联合声明。`, `両首脳は共同声明を発出した。`, `The two leaders also
    issued …`, data `second_act`), or None. The events stage gives such a sentence, when it has no date of its
    own and an act of its own, the date of that occasion."""
    match = _second_act().match(folded_sentence)
    if match is None or _earlier().match(folded_sentence, match.end("s")):
        return None  # `双方此前已签署的…`: what came before the occasion
    if folded_sentence.rstrip(" \t\n:：.。").endswith(_announcing()):
        return None  # `双方声明如下：`: the text announcing what follows, no act of the occasion
    return match.start("s"), match.end("s")


@cache
def _sequel() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the opening of a sentence that tells a further act of the occasion the sentence before dated by a word of
    sequence or addition, the words of witnessing): data `sequel_act`."""
    r = rules()["sequel_act"]
    past = rules()["second_act"]["past_en"]

    def words(items: list[str]) -> str:
        return _alternation(items)

    reach = r["subject_reach"]
    # `此外，…`, `In addition, …`: a word of addition and a comma; `The minister later called on …`: a short subject
    # with no comma, an adverb of what came next and a verb in the past; `<president>随后在…`: the same in Chinese
    opening = re.compile(
        rf"^[\s「“\"]*(?:(?P<o>{words(r['openers'])})\s*[，,、]"
        rf"|[^\s,，.。;；:：!?！？][^,，.。;；:：!?！？]{{0,{int(reach['en'])}}}?\s(?P<e>{words(r['after_subject_en'])})"
        rf"(?=\s+(?:[a-z]+ed|{words(past)})\b)"
        rf"|[^\s，,。；;：:][^，,。；;：:a-z]{{0,{int(reach['zh']) - 1}}}?(?P<z>{words(r['after_subject_zh'])}))"
    )
    witness = re.compile(rf"(?<![a-z])(?:{words(r['witness'])})(?![a-z])")
    return opening, witness


def sequel_opening(folded_sentence: str) -> tuple[int, int] | None:
    """The span of the word that ties a sentence with no date of its own to the occasion the sentence right before
    it dated, as a further act of that occasion (data `sequel_act`): a word of addition opening it (`此外，`), an
    adverb of what came next after a short subject (`The minister later called on …`, `总统随后…`), or witnessing
    (`witnessed the handover`, `见证…签署`); None otherwise. A sentence that tells what came before the occasion
    (`earlier_words` after its opening) is none."""
    opening, witness = _sequel()
    match = opening.match(folded_sentence)
    if match is not None:
        group = next(g for g in ("o", "e", "z") if match.group(g) is not None)
        before = folded_sentence[: match.end(group)]
        if _earlier().match(folded_sentence, match.end(group)) is None and not _earlier_in(before):
            return match.start(group), match.end(group)
        return None
    found = witness.search(folded_sentence)
    return (found.start(), found.end()) if found is not None else None


@cache
def _day_part() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["day_part_sequel"]["words"]}, key=len, reverse=True)
    # after the word: a comma, a space before an English subject, or (in Chinese and Japanese) the subject itself;
    # never a letter glued to an English word (`in the mornings`)
    return re.compile(r"^[\s「“\"]*(?P<d>" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def day_part_opening(folded_sentence: str) -> tuple[int, int] | None:
    """The span of a part of the day opening a sentence with no date of its own (data `day_part_sequel`: `In the
    afternoon <leader> met …`, `下午，…`, `午後には、…`), or None. The events stage reads such a sentence, right after
    a sentence that dated one occasion to a day, as a further act of that day: a writer who has just told the day
    goes on with its afternoon without naming the day again. A part of the day followed by a word of an earlier
    time (`second_act` 'earlier_words') is none."""
    match = _day_part().match(folded_sentence)
    if match is None or _earlier().match(folded_sentence, match.end("d")):
        return None
    return match.start("d"), match.end("d")


@cache
def _sequence() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["sequence_sequel"]["words"]}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # after the word: a comma; in Chinese also the subject itself (`隨後兩國外長…`), never `的` (`随后的会谈`: a
    # noun's modifier) nor a Japanese `の` (`その後の協議`), nor a letter glued to a Latin word
    return re.compile(r"^[\s「“\"]*(?P<w>" + alternatives + r")(?:\s*[，,、]|(?<=[随隨]后)(?=[\u4e00-\u9fff])(?!的))")


def sequence_opening(folded_sentence: str) -> tuple[int, int] | None:
    """The span of a word of what came next opening a sentence with no date of its own (data `sequence_sequel`:
    `その後、…と懇談した`, `随后，…`, `Afterwards, …`), or None. The events stage reads such a sentence, right after a
    sentence that dated one occasion to a day, as a further act of that day, as it reads a part of the day
    (`day_part_opening`): a writer who has just told the day goes on with what followed on it. A word of an
    earlier time after it (`second_act` 'earlier_words') is none."""
    match = _sequence().match(folded_sentence)
    if match is None or _earlier().match(folded_sentence, match.end()):
        return None
    return match.start("w"), match.end("w")


@cache
def _pronoun_also() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["pronoun_sequel"]["words"]}, key=len, reverse=True)
    past = "|".join(re.escape(fold(w)) for w in rules()["second_act"]["past_en"])
    # an English pronoun and `also` go on with a verb in the past (`He also attended`, not `He also hopes`)
    return re.compile(
        r"^[\s「“\"]*(?P<p>" + "|".join(re.escape(w) for w in words) + r")"
        rf"(?:(?<=[a-z])\s+(?=(?:[a-z]+ed|{past})\b)|(?<![a-z]))"
    )


def pronoun_also_opening(folded_sentence: str) -> tuple[int, int] | None:
    """The span of a personal pronoun and a word of addition opening a sentence with no date of its own (data
    `pronoun_sequel`: `He also attended …`, `他还出席了…`), or None. The events stage reads such a sentence, right
    after a sentence that dated one occasion, as a further act of the one named there on that occasion: the pronoun
    points back to that sentence's subject, and `also` adds to what it did then."""
    match = _pronoun_also().match(folded_sentence)
    if match is None or _earlier().match(folded_sentence, match.end("p")):
        return None
    return match.start("p"), match.end("p")


def opens_with_addition(folded_sentence: str) -> bool:
    """Does the sentence open with a word of addition and a comma (`sequel_act` 'openers': `此外，`, `In addition,`)?
    Such an opening ties even the first sentence of a paragraph to the occasion the paragraph before ended on
    (rec72: `…舉行會談。` then, in a new paragraph, `此外，雙方…發表了聯合聲明。`)."""
    match = _sequel()[0].match(folded_sentence)
    return match is not None and match.group("o") is not None and sequel_opening(folded_sentence) is not None


def _earlier_in(folded_stretch: str) -> bool:
    """Does a word of an earlier time (`second_act` 'earlier_words': `此前`, `previously`) stand in the stretch?"""
    return _earlier_anywhere().search(folded_stretch) is not None


@cache
def _earlier_anywhere() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["second_act"]["earlier_words"]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def sequel_after(folded_text: str, start: int, end: int) -> bool:
    """May a sentence of `folded_text[start:end]` (after a sentence's end) tell a further act of the occasion the
    sentence before it dated (`sequel_opening`, or a part of its day: `day_part_opening`)? A first look, so that the
    sentences after a paragraph's last date are cut only where one may."""
    for stop in re.finditer(r"[。．.！？!?]\s*", folded_text[start:end]):
        at = start + stop.end()
        following = re.search(r"[。．！？!?]|\.(?=\s|$)", folded_text[at:end])
        sentence = folded_text[at : at + following.end() if following else end]
        if any(
            f(sentence) is not None
            for f in (sequel_opening, day_part_opening, sequence_opening, pronoun_also_opening, vote_told_after)
        ):
            return True
    return False


def tells_a_sequel(cameos: set[str], folded_piece: str) -> bool:
    """Does a piece of a sentence tied to the occasion before it by a word of sequence (`sequel_opening`), with type
    cues of CAMEO codes `cameos`, tell an act of its own? Any act does, a call, a visit or a dinner too (a piece
    with no type cue is read as the events stage reads any: a meeting), unless it is only a word said without a
    statement issued (`表示…`) or an intent to go on (`second_act` words)."""
    _, said, statements, intents = _second_act_words()
    if cameos and cameos <= said and statements.search(folded_piece) is None:
        return False
    return intents.search(folded_piece) is None


@cache
def _announcing() -> tuple[str, ...]:
    return tuple(fold(w) for w in rules()["second_act"]["announcing_words"])


@cache
def _earlier() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["second_act"]["earlier_words"]}, key=len, reverse=True)
    return re.compile(r"[\s、,，]*(?:" + "|".join(re.escape(w) for w in words) + ")")


@cache
def _recalled_acts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules().get("recalled_acts", {})

    def words(key: str) -> re.Pattern[str]:
        listed = _alternation(r.get(key, []))
        return re.compile("(?<![a-z])(?:" + listed + ")(?![a-z])" if listed else "(?!)")

    return words("before_date"), words("after_date")


def recalls_the_dated_act(folded_piece: str, date_start: int, date_end: int) -> bool:
    """Is the date at `[date_start, date_end)` of a folded piece the date of an act recalled, welcomed or built on
    (data `recalled_acts`: `欢迎<state>于<date>加入…`, `welcomed the meeting … held in <date>`, `<date>に署名された協定
    の下で`)? Then the acts told after that piece are the speakers' own, which the date does not date (prec68)."""
    before, after = _recalled_acts()
    return before.search(folded_piece, 0, date_start) is not None or after.search(folded_piece, date_end) is not None


@cache
def _own_next() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules().get("recalled_acts", {})
    opening, ending = _alternation(r.get("own_next_opening", [])), _alternation(r.get("own_next_ending_ja", []))
    lead = r"^[\s,，、;；]*(?:(?:and|并|並|还|還|也|且|又)\s*)?(?:" + opening + ")(?![a-z])"
    return re.compile(lead if opening else "(?!)"), re.compile(f"(?:{ending})" if ending else "(?!)")


@cache
def _next_on_the_day() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules().get("next_on_the_day", {})
    openers, habits = r.get("openers", []), r.get("not_with", [])
    return (
        _opening(openers) if openers else re.compile("(?!)"),
        re.compile(f"[0-9０-９]|{_alternation(habits)}" if habits else "[0-9０-９]"),
    )


@cache
def _next_act() -> re.Pattern[str]:
    r = rules()
    words = [*r["next_act_openers"]["words"], *r["next_on_the_day"]["openers"]]
    latin = [w for w in words if w.isascii()]
    other = [w for w in words if not w.isascii()]
    alternatives = [*(re.escape(w) for w in other), *(re.escape(w) + r"\b" for w in latin)]
    # rec80: a collective subject may stand between the comma and a word of CJK script (`，两人随后举行会谈`).
    subjects = r["next_act_openers"].get("subjects_before", {}).get("words", [])
    subject = "(?:" + "|".join(re.escape(w) for w in sorted(subjects, key=len, reverse=True)) + ")?" if subjects else ""
    after_comma = rf"[、，,]\s*(?:{subject}(?:{'|'.join(re.escape(w) for w in other)})|{'|'.join(alternatives)})"
    return re.compile(after_comma + "".join(rf"|\s+{re.escape(w)}\b" for w in latin))


def opens_the_next_act(sentence: str, at: int) -> bool:
    """Does the coordinated piece of `sentence` (as written, not folded) that starts at `at` open with a word of
    the next act of the occasion (`next_act_openers`, `next_on_the_day` openers: `，随后…`, `、その後、…`,
    `, and then …`)? Such a piece is an act of its own even when it shares the kind of the piece before."""
    return _next_act().match(sentence, at) is not None


def next_on_the_day(folded_piece: str) -> bool:
    """Does a piece of a clause dated to a day open with a word of what came next and tell one act (data
    `next_on_the_day`: `、その後、…を発表した`, no word of how often or how long, no figure)? Then it is the next act
    of that day's occasion, an event of the date, not what followed the date (`after_the_date`)."""
    opener, habit = _next_on_the_day()
    return opener.match(folded_piece) is not None and habit.search(folded_piece) is None


def speakers_own_next(folded_piece: str) -> bool:
    """Does a piece after a recalled act's piece tell the speakers' own act (data `recalled_acts` 'own_next_opening':
    `并同意…`, `and agreed to …`; 'own_next_ending_ja': `…で一致した`)? Such a piece is not dated by the recalled act's
    date (prec68)."""
    opening, ending = _own_next()
    return opening.search(folded_piece) is not None or ending.search(folded_piece) is not None


def after_the_date(folded_piece: str) -> bool:
    """Does a coordinated piece tell what followed the clause's date (`，此后每年派舰参加`, `, and thereafter …`)?"""
    return _patterns()[1].match(folded_piece) is not None


@cache
def _trend() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["trend_words"]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


@cache
def _state() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["state_words"]["words"]}, key=len, reverse=True)
    tenure = rules()["tenure_states"]
    tenures = sorted({fold(w) for w in tenure["words"]}, key=len, reverse=True)
    # a tenure is a state too, unless a word of `during` follows it (`在任內病逝`: what happened in office)
    during = "".join(sorted({re.escape(fold(c)) for c in tenure["not_before"]}))
    # a state word the text reports someone said (`…安定していると述べた`) is no state of the clause
    said = fold(rules()["state_words"]["reported_after"])
    return re.compile(
        r"(?<![a-z])(?:"
        + "|".join(re.escape(w) for w in words)
        + rf")(?!\S{{0,3}}?{said})"
        + r"|(?:"
        + "|".join(re.escape(w) for w in tenures)
        + rf")(?![{during}])"
    )


def tells_a_state(folded_clause: str) -> bool:
    """Does a clause with no act cue tell a state the relations or talks are in (`state_words`: `两国关系一度冷淡`,
    `谈判…陷入停滞`), or a tenure (`tenure_states`: `国王在位自1986年起`)? Then its date is the time of a state,
    whatever its shape, not of a happening (prec48). A word of a change in degree (`trend_words`) is not enough: a
    clause that grows from an act (`自…建交以来，…发展`) is dated by that act."""
    return _state().search(folded_clause) is not None


def tells_a_trend(folded_piece: str) -> bool:
    """Does a clause dated from a date on (`2014年以后…`, `since 2016 …`) tell a change in degree (`合作明显加深`,
    `exports have grown`), a trend rather than an activity carried on since then (`自2013年起定期举行`)?"""
    return _trend().search(folded_piece) is not None


@cache
def _lasting_state() -> re.Pattern[str] | None:
    spec = rules().get("lasting_states")
    if not spec:
        return None
    words = sorted({fold(w) for w in spec["words"]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def tells_a_lasting_state(folded_piece: str) -> bool:
    """Does a clause dated from a date on (`since 1992 …`, `自2009年起…`, `1997年以来…`) tell a state that has lasted
    since then (`lasting_states`: `have kept diplomatic relations`, `has had an embassy`, `连续多年是…伙伴`,
    `26年ぶり`)? Then the open start dates no act, as a trend's does not; an activity carried on since then
    (`自2013年起定期举行`) is no such state."""
    pattern = _lasting_state()
    return pattern is not None and pattern.search(folded_piece) is not None


@cache
def _in_force() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["in_force_from"]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def takes_effect(folded_piece: str) -> bool:
    """Does a clause dated from a date on (`自2019年1月1日起生效`, `2020年7月1日から発効する`, `takes effect from 1
    July`) tell an instrument's entry into force? Then the date from which it holds is the day it entered into
    force: one act on that day, not an activity carried on since then (data: `in_force_from`)."""
    return _in_force().search(folded_piece) is not None


@cache
def _the_text_itself() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["the_text_itself"]}, key=len, reverse=True)
    # the label of an abstract or summary, with a colon, a full stop or only a space after it (`要旨　本稿は…`)
    label = r"(?:(?:摘要|提要|要旨|概要|abstract|summary)(?:\s*[:：.．]\s*|\s+))?"
    return re.compile(r"^\s*" + label + "(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def speaks_of_itself(folded_sentence: str) -> bool:
    """Does a sentence open with the text naming itself (`本稿は…を跡づける`, `This article follows …`)? It says
    what the text does; the dates in it are the span the text covers, not happenings."""
    return _the_text_itself().match(folded_sentence) is not None


@cache
def _named_act() -> re.Pattern[str]:
    r = rules()["named_act_in_text_itself"]

    def words(key: str) -> str:
        return _alternation(r[key])

    # the act's words after the date, before any comma; then the marker, then the noun it modifies (a particle,
    # a comma or the sentence's end after the marker would make it a clause of its own, not a modifier)
    verbs, markers = words("verbs"), words("markers")
    return re.compile(rf"[^、，,。；;]{{0,24}}?(?:{verbs})(?:{markers})(?![、，,。．をにがはでもと\s])")


def dates_a_named_act(folded_sentence: str, date_end: int) -> bool:
    """In a sentence where the text names itself (`speaks_of_itself`), does the date ending at `date_end` date a
    done act that a clause names to modify a noun (`本稿は、2018年5月に署名された覚書を軸に…`: data
    `named_act_in_text_itself`)? Such a date is the act's, not the span the text covers."""
    return _named_act().match(folded_sentence, date_end) is not None


@cache
def _asks_from_the_start() -> re.Pattern[str]:
    words = "|".join(re.escape(fold(w)) for w in rules()["question_openers"])
    # a question put to its addressee by a title of one to three words and a comma (`Q: Minister, what did …?`):
    # asked from the start as well, where the sentence ends in a question mark (prec68)
    addressee = r"(?:(?!the\b|a\b|an\b)[a-z][a-z.'’-]*(?: [a-z][a-z.'’-]*){0,2},\s*(?=[^?]*\?\s*$))?"
    label = r"^\s*(?:(?:q|question|问|問)\s*\d*\s*[:：.]\s*)?"
    return re.compile(label + addressee + "(?:" + words + r")(?![a-z])")


@cache
def _requests() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["request_openers"]["words"]}, key=len, reverse=True)
    label = r"(?:(?:q|question|问|問|记者|記者)\s*\d*\s*[:：.]\s*)?"
    return re.compile(r"^\s*" + label + "(?:" + "|".join(re.escape(w) for w in words) + ")")


def requests_an_account(folded_sentence: str) -> bool:
    """Does a journalist's turn open by asking for an account (`问：请介绍…的有关情况。`: `request_openers`)? It
    asks, though it ends with a full stop: nothing in it is stated."""
    return _requests().match(folded_sentence) is not None


def states_nothing(folded_sentence: str) -> bool:
    """`speaks_of_itself(folded_sentence) or requests_an_account(folded_sentence)`, or a sentence that only counts
    an anniversary (`_anniversary`), asked of one expression (the events stage asks it of every sentence with a
    date)."""
    return _states_nothing().match(folded_sentence) is not None


@cache
def _anniversary() -> re.Pattern[str]:
    """A sentence that only counts an anniversary (`今年是中泰建交50周年。`, `2025年是兩國建交30週年。`: data
    `anniversary_sentences`): its date is the year of the count, no act done in it."""
    r = rules()["anniversary_sentences"]

    def words(key: str) -> str:
        return _alternation(r[key])

    # a paragraph's number, or a journalist's label (`问：今年是…周年。`: the count a question builds on)
    label = r"(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*|(?:问|問|记者|記者)\s*[:：]\s*)?"
    years = r"(?:今年|明年|去年|本年|\d{4}\s*年)"
    count = r"(?:\d+|[一二三四五六七八九十百]+)"
    return re.compile(
        rf"^\s*{label}{years}(?:{words('copulas')})[^，,。；;]{{0,24}}{count}\s*(?:{words('words')})[\s。.！!]*$"
    )


@cache
def _states_nothing() -> re.Pattern[str]:
    parts = (_the_text_itself(), _requests(), _anniversary())
    if any(p.flags != re.UNICODE for p in parts):
        raise ValueError("the openings of a sentence that states nothing take no flags")
    return re.compile("|".join(f"(?:{p.pattern})" for p in parts))


@cache
def _confirmation_asks() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["confirmation_asks"]["words"]}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def asks_to_confirm(folded_sentence: str) -> bool:
    """Does a question ask the other side to confirm what it builds on (`confirmation_asks`: `有报道说…，中方能否
    证实？`)? Then what it builds on is a report put to the speaker: nothing in it is stated."""
    return _confirmation_asks().search(folded_sentence) is not None


@cache
def _turn_label() -> re.Pattern[str]:
    labels = sorted({fold(w) for w in rules()["question_turns"]["labels"]}, key=len, reverse=True)
    words = "|".join(re.escape(w) for w in labels)
    return re.compile(rf"[ \t\u3000]*(?:(?:{words})\s*\d*\s*[:：.]|【(?:{words})】|［(?:{words})］)")


def opens_question_turn(line: str) -> bool:
    """Does `line` open a journalist's turn (`记者：`, `問：`, `Q:`, `【記者】`: data `question_turns`)? Such a line is
    the text of a briefing, never its title (`structure/front.py`)."""
    return _turn_label().match(fold(line)) is not None


def question_turn(folded_text: str, at: int) -> tuple[int, int] | None:
    """The journalist's turn (the line a label such as `问：`, `Q:`, `【記者】` opens: data `question_turns`) that
    holds offset `at`, as (start, end) in the text, or None when `at` is outside such a turn. A turn is read as
    one: what one of its sentences asks bears on what the others build on."""
    start = folded_text.rfind("\n", 0, at) + 1
    if not _turn_label().match(folded_text, start):
        return None
    end = folded_text.find("\n", at)
    return start, len(folded_text) if end < 0 else end


def turn_asks_to_confirm(folded_text: str, at: int) -> bool:
    """Is offset `at` inside a journalist's turn that asks the speaker to confirm what it reports, in any of its
    sentences (`据报道，中马两国4日签署了…协议。中方能否证实？`: `confirmation_asks`)? Then the report is put to the
    speaker and nothing of that turn is stated (the one reading of questions; the answer's words, if it confirms,
    are the event)."""
    turn = question_turn(folded_text, at)
    return turn is not None and asks_to_confirm(folded_text[turn[0] : turn[1]])


@cache
def _request_closers() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["question_turns"]["request_closers"]}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")[\s。．.！!]*$")


def closes_as_a_request(folded_sentence: str) -> bool:
    """Does a sentence end by asking for an account of what it names (`…岸田総理のエジプト訪問と、その後の両国の
    やり取りについて伺います。`: data `question_turns` 'request_closers')? Then it asks, and a dated act it names
    in a noun phrase is what it asks about, not an act it states."""
    return _request_closers().search(folded_sentence) is not None


def asks_from_the_start(folded_sentence: str) -> bool:
    """Does a question open with a word of asking (`Q: How large is this year's exercise, and …?`)? Then all of
    it is asked and nothing in it is stated."""
    return _asks_from_the_start().match(folded_sentence) is not None


_PARTNER_JA = re.compile(fold("と(?:の)?(?:首脳)?(?:会談|会見|会合|協議|電話会談)"))  # folded like the text


@cache
def _destination_ja() -> re.Pattern[str]:
    """A Japanese destination before a verb of arriving, leaving or sending (`フィンランドへ向けて出港`,
    `トルコに到着`): data `subject_carried` 'destinations_ja', folded like the text."""
    verbs = "|".join(re.escape(fold(w)) for w in rules()["subject_carried"].get("destinations_ja", []))
    return re.compile(f"[にへ](?:{re.escape(fold('向けて'))})?(?:{verbs})") if verbs else re.compile("(?!)")


@cache
def _partner_en() -> re.Pattern[str]:
    """An English clause with no subject of its own: after its date at most, a noun phrase of one to three words
    (an article at most before it, no possessive or comma inside) then the preposition of its partner
    (`on wednesday a ceremony with the brazilian president followed`): data `subject_carried`."""
    r = rules()["subject_carried"]

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(r[key], key=len, reverse=True))

    day = r"\d{1,2}\s+[a-z]{3,9}\.?(?:\s+\d{4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?"  # `11 june`, `june 11`
    date = rf"(?:(?:(?:{words('time_openers_en')})\s+[\w.]+(?:\s+\d{{1,4}})?|{day}),?\s+)?"
    return re.compile(rf"^\W*{date}(?:(?:{words('articles_en')})\s+)?(?:[a-z-]+\s+){{1,3}}(?:{words('partners_en')})\s")


@cache
def _receiver_en() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An English clause in the passive of a transfer naming only its receiver (`the first two were delivered to
    the korean air force`), and the agent phrase that would name its giver (`by …`): data
    `subject_carried.receivers_en`."""
    r = rules()["subject_carried"]["receivers_en"]

    def words(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(r[key], key=len, reverse=True))

    subject = rf"(?:[\w.,'-]+\s+){{1,{int(r['subject_words'])}}}?"
    line_date = r"(?:\d{4}(?:[-./]\d{1,2}){0,2}\s*[–—:-]\s*)?"  # a chronology line's own date: `2024 – `
    passive = rf"^\W*{line_date}{subject}(?:{words('auxiliaries')})\s+(?:[a-z]+ly\s+)?(?:{words('verbs')})\s+to\s"
    return re.compile(passive), re.compile(rf"\b(?:{words('agents')})\s")


def names_a_receiver(folded_piece: str) -> bool:
    """Is the piece a transfer told by its receiver (`were delivered to the kenyan army`, `移交韩国军队`,
    `フィリピンに返還`)? Its giver is then a party named elsewhere: data `subject_carried.receivers_en.title_giver`."""
    if _KANA.search(folded_piece):  # the text is folded (`返還` -> `返还`): the words are too
        return any(w in folded_piece for w in _giver_words("words_ja"))
    if _HAN.search(folded_piece):
        return any(w in folded_piece for w in _giver_words("words_zh"))
    passive, agent = _receiver_en()
    return passive.match(folded_piece) is not None and agent.search(folded_piece) is None


@cache
def _giver_words(key: str) -> tuple[str, ...]:
    """The words of `receivers_en.title_giver` of one language, folded once (a fold per word and per call cost the
    events stage more than every other test of a reading span: the script converter is called for each)."""
    return tuple(fold(w) for w in rules()["subject_carried"]["receivers_en"]["title_giver"][key])


_SUBJECT_PRONOUN_EN = re.compile(r"^\W*(?:[\w.]+\W+){0,4}?(?:he|she|they|we)\b")  # after a date at most


def shares_carried_subject(folded_piece: str) -> bool:
    """Does a piece that names entities still take its subject from the sentence before? The names are then its
    partners, not its subject: in English when a subject pronoun stands among its first words (`on Monday he
    called on President Yoon`), in Japanese when it has no subject marker and names its partner with と
    (`30日には…国家主席と会談し`) or where it went (`翌日にはフィンランドへ向けて出港し`), and in English when the
    clause opens with its act and the partner after `with`
    (`on Wednesday a ceremony with the Brazilian president followed`). Chinese is not read so (see
    `carries_subject`)."""
    _, marker = _carried()
    if _KANA.search(folded_piece):
        if _opens_with_pronoun(folded_piece):
            return True  # `彼は…首相と会談した`
        if marker.search(folded_piece) is not None:
            return False
        return _PARTNER_JA.search(folded_piece) is not None or _destination_ja().search(folded_piece) is not None
    if _HAN.search(folded_piece):
        # `他6日与…部长会谈`, `；6日与…部长会谈`: the names are the partners of the subject before
        return (
            _opens_with_pronoun(folded_piece)
            or _zh_partner().match(folded_piece) is not None
            or drops_its_subject_zh(folded_piece)
        )
    if _SUBJECT_PRONOUN_EN.match(folded_piece) is not None or _partner_en().match(folded_piece) is not None:
        return True
    passive, agent = _receiver_en()  # `the first two were delivered to …`: the giver is the subject before
    return passive.match(folded_piece) is not None and agent.search(folded_piece) is None


@cache
def _also_ja() -> re.Pattern[str]:
    return re.compile(rules()["also_ja"]["pattern"])


def also_of_carried(folded_piece: str) -> bool:
    """Is a piece a Japanese clause whose subject is marked with も, 'too' (`KAIも…契約を結んだ`), telling the act
    of the sentence before with the same partner (data: `also_ja`)?"""
    return "も" in folded_piece and _also_ja().search(folded_piece) is not None


@cache
def _embedded() -> re.Pattern[str]:
    r = rules()["embedded_ja"]
    nominalisers = "|".join(re.escape(w) for w in r["nominalisers"])
    particles = "".join(re.escape(w) for w in r["particles"])
    return re.compile(f"(?:{nominalisers})(?=[{particles}])")


def embedded_clause(sentence: str, date_start: int, date_end: int) -> tuple[int, int] | None:
    """The Japanese clause a date stands in when it is embedded in what the topic does (`両首脳は、チリが2022年12月に
    …を改定したことを歓迎した`): from after the topic's `は、` before the date to the nominaliser after it, when it
    has a subject of its own (が); None otherwise (data: `embedded_ja`)."""
    topic = sentence.rfind("は、", 0, date_start)  # a Japanese topic: most sentences have none (one C-level scan)
    if topic < 0:
        return None
    end = _embedded().search(sentence, date_end)
    if end is None or "。" in sentence[date_end : end.start()]:
        return None
    start = topic + 2
    if "が" not in sentence[start : end.start()]:
        return None
    return start, end.start()


# an English verb of saying or acknowledging and its `that` (`acknowledged that`, `said that`)
_THAT_CLAUSE = re.compile(r"\b(?:said|[a-z]+ed)\s+that\s+")


def embedded_that_clause(sentence: str, date_start: int, named_at: list[int]) -> tuple[int, int] | None:
    """The English clause a date stands in when it is what a speaker says or acknowledges (`The leaders
    acknowledged that Chile joined the OECD in 2010`): from after the last `… that` before
    the date to the sentence's end, when a name opens it (its subject, `named_at`: where the sentence's names start,
    an article before it allowed); None otherwise. The dated act is that subject's, as `embedded_clause` reads a
    Japanese `…が…したことを` (dom54); a clause opened by a pronoun (`said that it had signed`) is the speaker's own."""
    ends = [m.end() for m in _THAT_CLAUSE.finditer(sentence, 0, date_start)]
    if not ends:
        return None
    start = ends[-1]
    if not any(start <= at <= start + 4 for at in named_at):
        return None
    return start, len(sentence)


# a date that modifies a noun: `今年的演习`, `2020年秋の戦闘`, `Monday's meeting`, `this year's exercise`
_ATTRIBUTIVE = re.compile(r"\s*(?:的|の|['’]s\b)")
_PHRASE_END = re.compile(r"[，,、。；;：:（(]")


@cache
def _document_nouns() -> re.Pattern[str]:
    """The nouns naming a document (date_rules.json, `document_nouns_cjk`, `document_nouns_en`)."""
    from allyscope.dates import rules as date_rules

    words = sorted({*date_rules()["document_nouns_cjk"], *date_rules()["document_nouns_en"]}, key=len, reverse=True)
    return re.compile("(?i:" + "|".join(re.escape(w) for w in words) + ")")


def attributive_dates(sentence: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indexes of the dates in `sentence` (their `(start, end)` in it, in order) that modify a noun and date no
    act: a date followed by 的, の or 's dates the thing it modifies — an exercise, a war, a meeting told as a
    noun — when another date of the sentence dates the act, either in the same stretch between punctuation
    (`10月19日宣布邀请澳洲参加今年的演习`) or after a stretch that only sets the scene (`scene_setting`:
    `2020年秋の…戦闘の末、同年11月9日、…署名した`, `After Monday's talks, … on 9 May`). A date in a stretch of its own
    keeps it (`由最初12国扩大至1990年的16国，2023年4月…`: it dates the state the act reached), as does a document so
    dated (`1991年7月のハーグ宣言であり、2018年7月には…`: the corpus counts a declaration or a signing told in a noun
    phrase as an act) and a sentence whose only dates modify nouns (`去年5月22日在首尔举行的峰会`), unless the date's
    stretch tells what came before the act (`scene_setting`, `after`: `去年的谈判之后，双方…`)."""
    modifying = []
    for i, (_, end) in enumerate(spans):
        if (after := _ATTRIBUTIVE.match(sentence, end)) is None:
            continue
        stop = _PHRASE_END.search(sentence, after.end())
        if not _document_nouns().search(sentence, after.end(), stop.start() if stop else len(sentence)):
            modifying.append(i)
    if not modifying:
        return set()
    alone = len(modifying) == len(spans)
    openers, closers = _scene_setting()
    after_openers, after_closers = _scene_setting("after")
    out = set()
    for i in modifying:
        start, end = spans[i]
        opening = max((m.end() for m in _PHRASE_END.finditer(sentence, 0, start)), default=0)
        stop = _PHRASE_END.search(sentence, end)
        closing = stop.start() if stop else len(sentence)
        stretch = fold(sentence[opening:closing]).strip()
        if alone:
            if stop is not None and (after_openers.match(stretch) or after_closers.search(stretch)):
                out.add(i)  # `去年的谈判之后，双方…`: the act came after what the date dates
            continue
        beside = any(opening <= s < closing for j, (s, _) in enumerate(spans) if j != i and j not in modifying)
        if beside or openers.match(stretch) or closers.search(stretch):
            out.add(i)
    return out


_SINCE_WORD = re.compile(r"(?i:since)\s+")


@cache
def _lasting_since() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = rules()["lasting_since"]
    since = "|".join(re.escape(w) for w in r["since_en"])
    perfect = "|".join(re.escape(w) for w in sorted(r["perfect_en"], key=len, reverse=True))
    relative = "|".join(re.escape(w) for w in r.get("relative_en", []))
    return (
        re.compile(rf"[A-Za-z]\s+(?i:{since})\s*$"),
        re.compile(rf"(?<![A-Za-z])(?i:{perfect})(?![A-Za-z])"),
        re.compile(rf"(?<![A-Za-z])(?i:{relative})\s+$" if relative else r"(?!)"),
    )


def names_a_lasting_thing(sentence: str, start: int, end: int, open_start: bool) -> bool:
    """Does the date at `[start, end)` of `sentence` modify what has lasted since it (data `lasting_since`)? An
    open start before 的 or の (`自2021年12月起的…伙伴关系`, `2022年以来の協議`), or an English `since` after a
    word with no perfect before it (`the work done under the partnership since December 2021`) but one of a relative
    clause (`an arrangement that had let farmers work there since 1994`): it dates no act of its own."""
    if open_start and _ATTRIBUTIVE.match(sentence, end) and not sentence[end : end + 3].lstrip().startswith("'"):
        return True
    after_a_word, perfect, relative = _lasting_since()
    # a year's open start is read with its word (`since 1994`): the word is tested where it stands
    opening = _SINCE_WORD.match(sentence, start, end)
    if after_a_word.search(sentence, 0, opening.end() if opening else start) is None:
        return False
    # the perfect of a relative clause (`an arrangement that had let … since 1994`) tells what the noun has been
    perfects = [m for m in perfect.finditer(sentence, 0, start) if relative.search(sentence, 0, m.start()) is None]
    return not perfects


@cache
def _turn() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["turn_sentences"]["words"]}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def names_a_turn(folded_sentence: str) -> bool:
    """Does a sentence name a turn, a step or a breakthrough (`転機は…に訪れた`, `The largest step came on …`; data
    `turn_sentences`)? With no act cue anywhere in it, it only says when the turn came, and the act that was the
    turn is told after it: the events stage then reads no event in it."""
    return _turn().search(folded_sentence) is not None


def only_sets_the_scene(folded_piece: str) -> bool:
    """Is a piece (what a question builds on before its last comma: `问：6月17日的事件之后，中方做了哪些工作？`) one
    stretch that only sets the scene (`scene_setting`)? Then it states no act, and the question states nothing."""
    piece = _QUESTION_LABEL.sub("", folded_piece).strip().rstrip("，,、")
    if not piece or _PHRASE_END.search(piece):
        return False
    openers, closers = _scene_setting()
    return bool(openers.match(piece) or closers.search(piece))


_QUESTION_LABEL = re.compile(r"^\s*(?:q|question|问|問|记者|記者)\s*\d*\s*[:：.]")


@cache
def _scene_setting(only: str = "") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(openers, closers) of `scene_setting`; with `only`, those of its list of that name (`after`)."""
    words = rules()["scene_setting"]
    chosen = {fold(w) for w in words[only]} if only else None
    latin = [fold(w) for w in words["openers"] if chosen is None or fold(w) in chosen]
    cjk = [fold(w) for w in words["closers"] if chosen is None or fold(w) in chosen]
    openers = "|".join(re.escape(w) for w in sorted(latin, key=len, reverse=True))
    closers = "|".join(re.escape(w) for w in sorted(cjk, key=len, reverse=True))
    return re.compile(r"(?:" + openers + r")\b"), re.compile(r"(?:" + closers + r")$")


@cache
def _agreed_to_ja() -> tuple[re.Pattern[str], str]:
    r = rules()["agreed_to_ja"]
    complements = "|".join(re.escape(w) for w in r["complements"])
    # a verb's dictionary form ends in an u-row kana right before こと; no comma or stop between
    return re.compile(rf"[^、，,。；;]{{0,40}}?[うくぐすつぬぶむる](?:{complements})"), "".join(r["objects"])


def dates_an_act_agreed_to_ja(sentence: str, start: int, end: int) -> bool:
    """Is the date at `[start, end)` of a Japanese sentence inside what the sides agree to do (data
    `agreed_to_ja`: `協議を本年中に東京で開催することで一致した`)? Right after the complement's object and before a
    dictionary-form verb and `ことで一致`, it dates the act to come, not the agreeing."""
    after, objects = _agreed_to_ja()
    if after.match(sentence, end) is None:
        return False
    # the object right before the date: the date stands inside the complement (`協議を本年中に…開催する`)
    return sentence[:start].rstrip()[-1:] in tuple(objects)


@cache
def _told_again() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = rules()["told_again"]

    def words(key: str) -> str:
        return _alternation(r[key])

    lead = re.compile(rf"^[\s\W\d]*(?:{words('lead_cjk')})?\s*$")
    english = re.compile(r"\s*['’]s\s+[a-z]")
    chinese = re.compile(rf"[^，,。；;、\s]{{0,4}}?(?:{words('verbs_zh')})的")
    # the dated act inside a relative clause on the topic (`12月の首脳会談で確認されたこの方針は`), no comma between
    relative = rf"[^、。，,]{{0,12}}?(?:{words('relative_ja')})[^、。，,]{{0,10}}?は"
    japanese = re.compile(rf"の(?:{words('acts_ja')})で{relative}")
    return lead, english, chinese, japanese


def names_an_act_again(folded_sentence: str, start: int, end: int) -> bool:
    """Does the date at `[start, end)` open its sentence as the modifier of a noun that names an act (`Yesterday's
    agreement was …`, `本月6日簽署的協定將…`, `12月の首脳会談で確認された…`: data `told_again`)? Such a sentence
    speaks of the act it names; the events stage counts it again only when no act of that date was told before
    (one act, one event, prc57)."""
    lead, english, chinese, japanese = _told_again()
    if lead.match(folded_sentence[:start]) is None:
        return False
    return any(p.match(folded_sentence, end) is not None for p in (english, chinese, japanese))


@cache
def _before_speech() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = rules()["told_again_before_speech"]

    def words(key: str) -> str:
        return _alternation(r[key])

    english = re.compile(rf"[^,;]{{0,60}}?,\s*(?:{words('speech_en')})\b")
    japanese = re.compile(rf"[^、。，,]{{0,40}}?(?:{words('relative_ja')})[^、。，,]{{1,15}}?は[、，]")
    said_ja = re.compile(rf"(?:{words('speech_ja')})[\s。]*$")
    reach = int(r["subject_reach"])
    chinese = re.compile(rf"[^，,。；;]{{0,30}}?的[^，,。；;的]{{1,{reach}}}?(?:{words('speech_zh')})")
    return english, japanese, said_ja, chinese


_WHO = re.compile(r"^[^,;]{1,80},\s*who\s[^,;]*$")


def told_again_before_speech(folded_sentence: str, start: int, end: int) -> bool:
    """Does the date at `[start, end)` stand inside a relative clause on the subject of a verb of saying (data
    `told_again_before_speech`: `X, who held talks with Y on 23 April, said …`, `20日に…と会談した首相は、…示した`,
    `6日会见…的总统表示`)? Such a sentence tells again the act of the clause; the events stage drops the date only
    when an act of that date was told before (one act, one event, and the speech takes no act's date: date90)."""
    english, japanese, said_ja, chinese = _before_speech()
    before = folded_sentence[:start]
    if _WHO.match(before):
        return english.match(folded_sentence, end) is not None
    lead, _, _, _ = _told_again()
    if lead.match(before) is None:
        return False
    if japanese.match(folded_sentence, end) is not None:
        return said_ja.search(folded_sentence) is not None
    return chinese.match(folded_sentence, end) is not None


@cache
def _tenure_from() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["tenure_states"]["from_words"]}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


def holds_a_post_since(folded_clause: str) -> bool:
    """Does a clause dated from a date on tell that someone holds a post (`tenure_states`, 'from_words':
    `自2010年起再度擔任總理`)? Then the open start is a tenure's, no act done then (prc57)."""
    return _tenure_from().search(folded_clause) is not None


@cache
def _classifying() -> re.Pattern[str]:
    words = sorted({fold(w) for w in rules()["classifying_pieces"]["copulas"]}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    marker = r"(?:\[\d{1,3}\]|[①-⑳])?"  # a note marker may close the sentence
    noun = r"[^，,。；;的]{1,12}"  # the noun the act's modifier qualifies, closing the piece
    return re.compile(_OPENING + rf"(?:也|还|還)?(?:{alternatives})[^，,。；;]*的{noun}[\s。；;]*{marker}\s*$")


def classifies_the_subject(folded_piece: str) -> bool:
    """Does a coordinated piece open with a verb of becoming or being and name its act only inside a modifier with
    `的` (`classifying_pieces`: `，成为首个签署此类文件的欧洲国家`)? Then it says what the act before it made the
    subject, and is no act of its own (prc57)."""
    return _classifying().match(folded_piece) is not None


@cache
def _denied_in_report() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    spec = rules().get("denied_in_report")
    if not spec:
        return None

    def words(items: list[str]) -> str:
        return _alternation(items)

    return re.compile(rf"(?:{words(spec['verbs'])})[，,：:]"), re.compile(words(spec["denials"]))


_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?]")
_SENTENCE_MARK = re.compile(r"[。；;！？!?]")


def dates_a_denial_in_report(folded_sentence: str, date_start: int, date_end: int) -> bool:
    """Does a date stand inside what a Chinese verb of saying reports, in a comma-clause of that content that
    denies what will be done (`denied_in_report`: `…表示，法国本周也不会宣布新的…`)? Then the date is the denied
    act's, no act is done then, and the saying it would otherwise date is no event of that date. A date before the
    verb of saying (`2023年1月，…表示，…今年不会…`) dates the saying: not read here."""
    patterns = _denied_in_report()
    if patterns is None:
        return False
    verbs, denials = patterns
    said = [m.end() for m in verbs.finditer(folded_sentence, 0, date_start)]
    if not said or _SENTENCE_MARK.search(folded_sentence, said[-1], date_start):
        return False
    marks = [m.end() for m in _CLAUSE_MARK.finditer(folded_sentence, 0, date_start)]
    start = marks[-1] if marks else 0
    after = _CLAUSE_MARK.search(folded_sentence, date_end)
    end = after.start() if after else len(folded_sentence)
    return denials.search(folded_sentence, start, end) is not None


@cache
def _frame_verbs() -> tuple[re.Pattern[str], frozenset[str]]:
    """(a verb of announcing, deciding or agreeing closing a segment before its comma or colon, the CAMEO codes
    of the acts a content after it tells): data `act_in_content`."""
    r = rules()["act_in_content"]
    verbs = re.compile(r"(?:" + _alternation(r["frame_verbs"]) + r")\s*[，,：:]\s*$")
    return verbs, frozenset(str(c) for c in r["act_cameos"])


def frames_an_act(folded_segment: str, next_cameos: Iterable[str]) -> bool:
    """Is a segment only the frame of the act the segment right after it tells (`两国元首宣布，` before `将…提升为…`,
    `双方一致同意，` before `将…升格为…`)? It is when it ends in a verb of announcing, deciding or agreeing before its
    comma or colon and the next segment holds a cue of an act on an instrument or on the relationship (CAMEO codes
    `next_cameos`; data `act_in_content`): the verb keeps the clause's date and actors, the content gives the act."""
    verbs, acts = _frame_verbs()
    return verbs.search(folded_segment) is not None and not acts.isdisjoint(next_cameos)


@cache
def _list_marks() -> tuple[str, ...]:
    return tuple(rules()["visit_occasions"]["list_marks"])


def opens_a_list_of_the_visit(folded_clause: str, cameos: set[str]) -> bool:
    """Is the clause an occasion of a visit told before that opens a list of what was done on it (`访问期间：`,
    `During the visit, the two sides:`, data `visit_occasions.list_marks`)? It is when the clause ends with a list
    mark, its only type cues are a visit's (`cameos`, all of `occasion_cameos`) and its first segment names neither
    visitor nor place (`names_its_visit`): the acts are the list's lines, the lead-in is no event of its own, as a
    span naming neither is no second event of the visit it refers to (one82)."""
    text = folded_clause.strip()
    if (
        not cameos
        or not text.endswith(_list_marks())
        or not cameos <= set(rules()["visit_occasions"]["occasion_cameos"])
    ):
        return False
    occasion = re.split(r"[，,：:；;]", text, maxsplit=1)[0]
    return not names_its_visit(occasion)


@cache
def _votes_after() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a word of the vote's time opening a sentence, the members that voted and their verb opening it, a body or
    its members as a whole, a word of a vote or an adoption, a verb of a member's vote): data `votes_told_after`."""
    r = rules()["votes_told_after"]

    def words(items: list[str]) -> str:
        return _alternation(items)

    reach = int(r["subject_reach"])
    # a verb of voting stands between word boundaries in Latin script; in Chinese `弃权` is no vote before a count's
    # noun (`弃权票数`)
    verb = rf"(?:{words(r['verbs'])})(?![a-z票数數])"
    opener = re.compile(rf"^[\s「“\"]*(?P<o>{words(r['openers'])})\s*[，,、]")
    # the members: no digit (`Thirteen members` is told by the body words; `13国` by the digit) and no end of clause
    member = re.compile(
        rf"^[\s「“\"]*(?P<s>[^\s，,。．.；;：:!?！？0-9０-９][^。．；;：:!?！？0-9０-９]{{0,{reach - 1}}}?)"
        rf"\s*(?P<v>{verb})"
    )
    body = re.compile(rf"(?<![a-z])(?:{words(r['body_subjects'])})(?![a-z])")
    vote = re.compile(rf"(?<![a-z])(?:{words(r['vote_words'])})(?![a-z])")
    return opener, member, body, vote, re.compile(verb)


def vote_told_after(folded_sentence: str) -> tuple[int, int] | None:
    """The span of what ties a sentence with no date of its own to the vote the sentence right before it dated, as
    a member's vote (data `votes_told_after`): a word of the vote's time (`表決時，`, `採決では、`, `In the vote,`) or
    the members that voted with their verb (`France, Germany and Syria abstained.`, `多哥投下贊成票。`); None otherwise.
    A subject with a digit, or naming the body or its members as a whole (`The Council voted …`, `members`), tells
    a tally or the body's own vote, no member's act."""
    opener, member, body, _, _ = _votes_after()
    match = opener.match(folded_sentence)
    if match is not None:
        return match.start("o"), match.end("o")
    match = member.match(folded_sentence)
    if match is None or body.search(match.group("s")) is not None:
        return None
    return match.start("s"), match.end("v")


def tells_of_a_vote(folded_stretch: str) -> bool:
    """Does the stretch (the sentence before) tell a vote or an adoption (`votes_told_after` 'vote_words'), or a
    member's vote in it (one of its 'verbs': `France and Syria abstained. Cameroon voted for the text.`)?"""
    _, _, _, vote, verb = _votes_after()
    return vote.search(folded_stretch) is not None or verb.search(folded_stretch) is not None


def casts_a_vote(folded_piece: str) -> bool:
    """Does a piece of a sentence tied to a vote (`vote_told_after`) tell a member's vote (one of its 'verbs')? Only
    such a piece is an act of the vote's date: `…, which its critics read as …` after it is a comment."""
    return _votes_after()[4].search(folded_piece) is not None
