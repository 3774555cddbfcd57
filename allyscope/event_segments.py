"""Where a clause is cut: at its commas into segments (`segments`), where coordinated predicates meet
(`coordinated_cuts`), which segments only set the scene for a predicate after them (`_leading`), and where an
English date's words are read in its sentence (`reading_span`).

Why a module of its own: these read the shape of the text alone (punctuation, conjunctions, a few words of time
and of tense), never the cue lists, so they can be read and tested apart from the cues. `events_domain` decides
with them which segment holds an event's predicate and what that predicate is.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_SEGMENT_CUT = re.compile(r"[，,、；;：:](?!\d)")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"")  # what was said, not done
_KANA = re.compile(r"[\u3041-\u3096]")


@cache
def clause_rules() -> dict[str, Any]:
    """event_clauses.json, parsed once: the readers below take their words from it, and `event_clauses.rules` is
    this (that module imports this one, so the file is read here)."""
    text = resources.files("allyscope.data").joinpath("event_clauses.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _longest_first(words: Iterable[str]) -> str:
    """The words, each once, as one alternation with the longest first (a word is not cut by a shorter one it
    begins with): how every reader below turns a list of event_clauses.json into a branch."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# Every branch below begins at one of the characters of the leading guard, or (the `して` branch, an empty match)
# right after `て`: the guard lets the engine pass over all other characters with one test instead of trying
# each branch there (twice as fast over a document; the same matches)
_COORDINATED_GUARD = r"(?:(?=[；;，并並,、 ])|(?<=て))"
# a verb in the past (or the passive's), after the subject of a clause of its own
_PAST_EN = (
    r"(?:then |also |later )?(?:(?:was|were) )?"
    r"(?:(?:[a-z]+-)?[a-z]+ed|met|held|took|made|gave|sent|began|became|spoke|chose)\b"
)
_NOT_A_VERB = r"(?!(?:is|are|am|will|would|shall|should|may|might|can|could|to|be|has|have|had)\b)"
# verbs in the past that do not end in -ed, the commoner ones of acts a text tells (`laid a wreath`, `paid a visit`)
_IRREGULAR_PAST = (
    r"met|held|took|made|gave|sent|began|became|spoke|chose|laid|paid|led|left|went|came|saw|won|told|brought|"
    r"bought|sold|struck|flew|wrote|built|set|hosted|drew|sought|swore|undertook|oversaw|withdrew|shook|rode"
)
# what follows a past participle in apposition, never the object of a finite verb: a preposition, an adverb of time
# or degree, a conjunction (`the treaty, signed in 1951, …`, `the deal, concluded last year`, `…, reported by …`)
_NOT_AN_OBJECT = (
    r"by|in|on|at|to|for|with|from|into|onto|as|under|after|before|during|since|between|among|through|over|"
    r"last|earlier|later|this|that|when|while|which|who|where|and|or|but|jointly|together|only|just|first|"
    r"recently|already|again|back|out|up|down|off|early|late|shortly|soon|there|here"
)
# one character of a Chinese clause, or a name's gloss in brackets (`拉米瑞茲（Rubén Ramírez Lezcano）`): the
# distance from `与` to its verb counts the gloss as one step, since a transliterated name glossed in Latin letters
# is no longer a clause than the name alone (dom60)
_GLOSSED = r"[^，。；（(]|[（(][^（()）。，；]{1,40}[)）]"

_COORDINATED_BRANCHES = (
    r"[；;]|，(?=并|並|随后|隨後|此后|此後|同时|同時|还|還|又)"
    # `并` in either script: a zh-Hant text is cut before it is folded (`會談並簽署…`, dom58)
    r"|[并並](?=[^\s，。]{0,2}[\u4e00-\u9fff])|, and (?:then )?(?=[a-z])"
    # `recalled that X visited … and that the two governments signed …`: a second clause of what was said or recalled,
    # opened by its own `that`, tells an act of its own with its own subject (dom60)
    r"| (?=and that (?:the |a |an |its |their |his |her )?[A-Za-z][\w'’-]* [\w'’ -]*?\b[a-z]+ed\b)"
    # `arrived on Monday, and President X greeted him …`: a comma, `and`, a subject named with capitals and a verb in
    # the past open a clause of its own (only after a clause with a verb: `Japan, Australia, and India held …` is
    # one subject, `_SUBJECT_AFTER_LIST`); `…, where their ministers signed …`: the meeting's place, then an act
    # done there with a subject of its own
    # (dom89: two names joined by `and` are such a subject too: `, and Moscow and New Delhi signed …`)
    rf"|, and (?=(?:[A-Z][\w'’.-]*\s+(?:and\s+(?=[A-Z]))?){{1,6}}{_PAST_EN})"
    # (rec72: `, where he laid a wreath`: a common irregular past too)
    rf"|, where (?=(?:[\w'’-]+ ){{1,4}}(?:{_PAST_EN}|(?:{_IRREGULAR_PAST})\b))"
    r"|(?<=[いきしちびみりえけせてねべめれげ])、"
    # `歓迎式典に出席した後、…と首脳会談を行った`, `…に臨んだ後、…`: a Japanese act told in the past with `後`
    # ('after doing it') before the comma, then the next act of the same day in a sentence that tells what was done
    # (a past form before its end); not when a date opens the piece after (`…通告し合った後、9月11日に効力を生じた`:
    # the first act fell before that date, not on it) nor a plan (`…訪問した後、14日に帰国する予定`) (rec84)
    r"|(?:(?<=[たっ]後)|(?<=んだ後))、(?![^、。]{0,4}?(?:[0-9０-９]|翌))(?=[^。]*た)"
    # `マレーシアを訪問してアンワル首相と会談し…た`: a verbal noun's て-form links the next act without a comma,
    # in a sentence that tells what was done (a past form before its end; `訪問して…行う際の手続` describes)
    r"|(?<=[\u4e00-\u9fff]{2}して)(?=[^、。]{2}[^。]*た)"
    # `ハノイを訪れて首脳会談を行い、…`: `訪れて`, the て-form of visiting, links the next act without a comma as a
    # verbal noun's `して` does (rec72)
    # (not before a plan: `…を訪れて会談を行う予定だった` tells no visit done either)
    r"|(?<=[訪访]れて)(?=[^、。]{2}(?![^。]*予定)[^。]*た)"
    # `…訪問維爾紐斯，與立陶宛總統一同出席了成軍典禮`: a companion, then a verb of attending with no subject of its own
    # before it: the attendance is an act of its own after the visit (rec85; `，與…舉行會談` is not cut here)
    r"|，(?=[与與同][^，。；]{1,16}?(?:一同|共同|一道|一起|先后|先後)?出席)"
    # (`，两人同意…`: the two people of the meeting before, a subject of the two sides as well)
    r"|，(?=双方|雙方|两国|兩國|両国|三国|三國|四国|四國|两人|兩人)"
    # `万斯访问…基地，期间批评…`: a clause opening with `during it` after the act it points back to (a visit) tells
    # an act done during that act, another predicate
    r"|，(?=期间|期間|其间|其間)"
    # `…是在2020年2月，當時他…发表演说`: `at that time` after a comma tells another act at the time of the clause
    # before (the dates stage reads no date of its own there); of the act's own type it is that act told again
    r"|，(?=当时|當時)"
    # `…进行国事访问、两国领导人共同宣布…`: an enumeration comma before a subject of the two sides joins two
    # clauses, each with its own subject, not two nouns
    r"|、(?=双方|雙方|两国|兩國|三国|三國|四国|四國)"
    # `两国元首在撒马尔罕会晤，宣布将…提升为…`: a comma and a verb of announcing chain an act of its own after a
    # meeting when what is announced is an act on the relationship, a body or an instrument (raised, set up,
    # launched, extended, concluded; `，共同宣布条约延期…`: announced together); what a
    # statement announces (`发表联合声明，宣布…`) is the statement itself, and an intent (`宣布加强合作`) no act
    # (`，宣布同意与…签订…合同`: agreeing to sign an instrument, announced, is an act on it too)
    r"|(?<!声明)(?<!聲明)，(?=(?:共同|一同)?(?:宣布|宣佈)(?:将|將|同意)?[^，。；]{0,12}"
    r"(?:提升|建立|设立|設立|成立|启动|啟動|升级|升級|延期|延长|延長|完成|签订|簽訂|签署|簽署))"
    # `发表联合声明，决定将两国关系提升为…`: a decision to raise the relationship is an act of its own, after a
    # statement too (a decision is taken, not what the statement says)
    r"|，(?=(?:一致)?(?:决定|決定)(?:将|將)?[^，。；]{0,12}(?:提升|升级|升級|升格))"
    # `签署了…合作文件，中方宣布向孟方提供…`: one side, named by its short form and `方`, announcing an act of its own
    # after the sides' joint act (rec50: a joint statement's list of what was done on the visit)
    r"|，(?=[\u4e00-\u9fff]方(?:还|還|也|又|同时|同時)?(?:宣布|宣佈))"
    # `宣布承认一个中国原则，断绝同…的“外交关系”`: relations broken off, told after a comma, are an act of their own
    r"|，(?=断绝|斷絕|断交|斷交)"
    # `举行峰会，通过了…计划`: a comma before an adoption or ratification told as done (`了`) chains an act on an
    # instrument after the meeting that took it, as `签署` does
    r"|，(?=(?:通过了|通過了|批准了|采纳了|採納了))"
    # `两国总理在曼谷举行会谈，同意加强…合作`, `舉行部長會議，商定…`: what the sides agreed at the meeting, told in a
    # clause of its own after the meeting's word, is an act of its own (one event per act; dev's gold counts two)
    r"|(?<=会谈|會談|会晤|會晤|会议|會議|峰会|峰會)，(?=(?:一致)?(?:同意|商定))"
    # `外长在魏玛会晤，创立了…机制`: a founding told as done (`了`) after the meeting where it was done
    r"|，(?=(?:共同)?(?:创立了|創立了|建立了|成立了|设立了|設立了))"
    # `…を訪問した際、両首脳は…`: a Japanese occasion told as a moment, then a subject of its own
    r"|(?<=際)、(?=(?:双方|両国|両首脳|両者|両大臣|三か国)[はがも])"
    # `访问马尼拉，与菲律宾总统举行会谈`: talks with a counterpart after a comma (a visit and the talks held on it
    # are two acts, `event_clauses.acts_apart_by_cameo`)
    # (a name glossed in brackets, `拉米瑞茲（Rubén Ramírez）`, counts as one word: `_GLOSSED`)
    r"|，(?=[与與同](?:" + _GLOSSED + r"){1,30}(?:会谈|會談|会晤|會晤|会见|會見))"
    # `访问曼谷，与泰方签署…`: a signing with a counterpart after a visit is an act of its own; after a
    # meeting (`出席峰会，与…签署`) it is the act done at it (the object decides over the venue: one event)
    r"|(?<![会會議议谈談晤])，(?=[与與同](?:" + _GLOSSED + r"){1,20}(?:签署|簽署|签订|簽訂))"
    # `，两位领导人随后签署…`: a short subject and `then` open the act that followed
    r"|，(?=[^，。；]{1,6}(?:随后|隨後))"
    # `met in Ottawa and signed …`: `and` before a verb in the past (no comma needed)
    r"| and (?:then |also |later )?"
    # (`landed … and was received at the airport by …`: a passive in the past too)
    # (`and then co-chaired …`: a verb with a prefix joined by a hyphen)
    r"(?=(?:(?:was|were) )?"
    r"(?:(?:[a-z]+-)?[a-z]+ed|met|held|took|made|gave|sent|began|became|won|spoke|chose|set out|set up)\b"
    # `28 July 2020 – Foreign ministers … meet in Lublin and launch the Lublin Triangle`: a chronology's present
    # tells done acts too: a present verb of an act on an instrument or a body before its object
    # (dom89: with the two sides as its subject, `… receives her and the two sign a declaration …`)
    r"|(?:(?:the two|they|both) )?(?:launch|launches|adopt|adopts|issue|issues|establish|establishes|sign|signs"
    r"|set up|sets up)\b"
    r"(?= (?:a|an|the|their|its|his|her|joint)\b)"
    # (`visits Bahrain and meets the king`, `… and opens Israel's embassy`: a third person's present verb of a
    # meeting or an opening before its object: rec62)
    r"|(?:meets|opens|holds|receives)(?= [\w'’-]))"
    # `…予定であったが、…`, `，但…`, `, but …`: a contrast opens an act of its own
    r"|(?<=[たっだ]が)、|，(?=但|然而|却|卻)|, but (?=[a-z])"
    # `举行年度峰会，印度签署…合同`, `访问莫斯科，出席…峰会`: in Chinese a comma may join predicates with no
    # conjunction at all; a piece cut here is an act of its own only when it has a cue of a kind
    # of its own (not after `与`/`同`: `，与东盟签署…` goes on with the subject's act and its partner)
    # (`，部长签下…合同`: `签下` is a signing too)
    r"|，(?![与與同和跟])(?=[^，。；\d]{0,8}(?:签署|簽署|签订|簽訂|签下|簽下)|(?:出席|举行|舉行|会见|會見|访问|訪問))"
    # `演習…舉行，澳洲海軍派出護衛艦參加`: a side sending its forces to the act told before is an act of its own
    # (`，澳方再度派兵协助…`: troops sent, told in one word, after the request or act before)
    r"|，(?![与與同和跟])(?=[^，。；\d]{1,8}(?:派出|派遣|派兵|出兵))"
    # `抵达阿斯塔纳，哈总统在机场迎接`: a host greeting the arrival at the airport, a subject of its own, is an act
    # of its own after the arrival or visit (`event_clauses.acts_apart_by_cameo`)
    r"|，(?=[^，。；]{1,24}(?:机场|機場)[^，。；]{0,4}(?:迎接|接机|接機|迎候))"
    # `访问圣地亚哥，在智利国会发表演讲`: a speech given at a place after a visit is an act of its own (rec47;
    # `event_clauses.acts_apart_by_cameo` 042/010)
    r"|，(?=在[^，。；]{1,20}(?:发表|發表)[^，。；]{0,6}(?:演讲|演講|演说|演說|讲话|講話))"
    # `会见哈西娜总理，李强总理同她举行会谈`, `抵达马久罗，随即与海妮总统举行会谈`, `访华，在无锡同王毅会谈`: talks
    # held with the person of the clause before (a pronoun), right after (`随即`) or at a place of their own are
    # another act than the meeting or visit before
    r"|，(?=[^，。；]{1,10}[同与與](?:他|她|其)[^，。；]{0,10}(?:会谈|會談|会晤|會晤))"
    r"|，(?=(?:随即|隨即|在|于|於)[^，。；]{0,14}[同与與][^，。；]{1,30}(?:会谈|會談|会晤|會晤|会见|會見))"
    # `…, when President X received Y`, `…, during which he held talks with …`: a clause of time or of what was
    # done during the act before, with a subject and a verb in the past, tells an act of its own
    # (the subject's words: none of them a verb of what is or is to come, `, when the minister is expected …`)
    rf"|, when (?=(?:{_NOT_A_VERB}[\w'’.-]+ ){{1,6}}{_PAST_EN})"
    rf"|, during which (?=(?:{_NOT_A_VERB}[\w'’.-]+ ){{0,4}}{_PAST_EN})"
    # `…, after which the two presidents elevated …`: what was done after the act before, told as a clause of
    # sequence with a subject and a verb in the past, is an act of its own
    rf"|, (?:after|following) which (?=(?:{_NOT_A_VERB}[\w'’.-]+ ){{0,4}}{_PAST_EN})"
    # `…, and the two leaders witnessed …`: `and`, the sides named together as a subject and a verb in the past;
    # the sides named by a number alone or by `they` are such a subject too (`met … and they signed a plan`,
    # `held talks …, and the two signed a roadmap`: dom83, the talks and the instrument made at them are two acts)
    rf"|,? and (?=(?:they|the (?:two|three|four|both)(?: [a-z]+)?) {_PAST_EN})"
    # `…, which the two sides signed in March 2015 during Prime Minister Modi's visit to Port Louis`: a visit told as
    # the span of the act before it and naming its visitor (a name and `'s`) is an act of its own, the visit; only
    # when the date stands before it (a visit with a date of its own, `during X's visit … from April 24 to 29`, is
    # read from that date)
    r"|,? (?=during (?:[A-Z][\w.-]*(?:-[a-z]+)? ){0,5}[A-Z][\w.-]*(?:-[a-z]+)?['’]s (?:[a-z]+ )?visit\b)"
    # `opened the embassy, met the prime minister, and laid a wreath`: a series of predicates of one subject, its
    # members joined by bare commas; a comma before a verb in the past that takes its object at once (no
    # preposition or adverb after it: `the accord, signed in 2019, …` is a participle in apposition) opens the
    # next member (kept only after a finite verb and outside a relative clause: `_series_member`)
    rf"|, (?=(?:then |also |later )?(?:(?:[a-z]+-)?[a-z]+ed|{_IRREGULAR_PAST})\b"
    rf"(?! (?:{_NOT_AN_OBJECT})\b)(?=[ ,]))"
)


def _agreement_in_talks() -> tuple[str, str]:
    """rec86: the branch that cuts an agreement told after the talks' word and a comma (`…舉行會談，我們同意…`,
    `…会晤，就…达成重要共识`), and the characters that can open it, from `agreement_in_talks` of event_clauses.json
    (read here, as event_clauses reads this module: the words are the language's, kept as data). The sides as a
    new subject and a bare agreement verb are cut by the branches above."""
    spec = clause_rules().get("agreement_in_talks")
    if not spec:
        return "", ""

    after = "|".join(f"(?<={re.escape(w)})" for w in sorted(set(spec["after"])))
    consensus = spec["consensus"]
    reached = (
        rf"(?:{_longest_first(consensus['opener'])})[^，。；]{{1,{int(consensus['reach'])}}}?"
        rf"(?:{_longest_first(consensus['reach_verbs'])})了?[^，。；的]{{0,{int(consensus['measure'])}}}?"
        rf"(?:{_longest_first(consensus['objects'])})"
    )
    branch = rf"(?:{after})，(?=(?:{_longest_first(spec['speakers'])})(?:{_longest_first(spec['verbs'])})|{reached})"
    openers = "".join(sorted({w[0] for w in [*spec["speakers"], *consensus["opener"]]}))
    return branch, openers


_AGREEMENT_BRANCH, _AGREEMENT_OPENERS = _agreement_in_talks()
if _AGREEMENT_BRANCH:
    _COORDINATED_BRANCHES += "|" + _AGREEMENT_BRANCH


def _relationship_made_branch() -> str:
    """dom89: the branch that cuts, after a comma, a piece that sets up or raises the pair's relationship to a named
    level and opens with announcing or deciding it, with or without the two sides named as its subject
    (`…會談，兩位總理宣布建立「…夥伴關係」`, `…举行会谈，一致决定建立…战略伙伴关系`): an act of its own after the talks
    (`relationship_made` of event_clauses.json, its 'cut_after_comma' words; `events_domain` then keeps the piece
    apart, `event_clauses.makes_a_relationship`). Only the CJK verbs and levels of the entry are read here; what is
    furthered (`，一致同意深化…伙伴关系`) names no verb of making and is not cut, and what a joint statement announces
    (`发表联合声明，宣布建立…`) is the statement itself, as for the announcing branch above."""
    spec = clause_rules().get("relationship_made")
    if not spec or "cut_after_comma" not in spec:
        return ""
    cut = spec["cut_after_comma"]

    def words(items: list[str]) -> str:
        return _longest_first(w for w in items if not w.isascii())

    reach = int(spec["reach"])
    return (
        rf"(?<!声明)(?<!聲明)，(?=(?:{words(cut['subjects'])})?(?:{words(cut['openers'])})[^，。；]{{0,{int(cut['reach'])}}}?"
        rf"(?:{words(spec['verbs'])})[^，。；]{{0,{reach}}}?(?:{words(spec['levels'])}))"
    )


_RELATIONSHIP_BRANCH = _relationship_made_branch()
if _RELATIONSHIP_BRANCH:
    _COORDINATED_BRANCHES += "|" + _RELATIONSHIP_BRANCH


def response_opening(collective: bool = True) -> str:
    """rec87: what opens a piece telling another party's answer to the act before it (`，中國政府隨即…`,
    `，我國隨即宣布…`): a subject of its own, then a word of at once, from `response_in_next_clause` of
    event_clauses.json (the words are the language's, kept as data); the empty string when the entry is absent.
    The expression starts after the comma. `collective`: whether the subject may name the sides together
    (`，兩位元首隨即…`, `new_subject`, `next_act_openers` 'subjects_before'): such a piece is cut here too, but it
    tells the same sides' next act, no other party's answer (`event_clauses.opens_the_next_act` reads it)."""
    data = clause_rules()
    spec = data.get("response_in_next_clause")
    if not spec:
        return ""
    not_subjects = list(spec["not_subjects"])
    if not collective:
        not_subjects += [*data["new_subject"], *data["next_act_openers"]["subjects_before"]["words"]]
    barred = _longest_first(w for w in not_subjects if not w.isascii())
    return rf"(?!{barred})[^，。；“”「」]{{1,{int(spec['subject_reach'])}}}?(?:{_longest_first(spec['words'])})"


_RESPONSE_OPENING = response_opening()
if _RESPONSE_OPENING:
    _COORDINATED_BRANCHES += rf"|，(?={_RESPONSE_OPENING})"


def _votes_cast() -> tuple[str, str]:
    """rec89: the branch that cuts before a member's vote told in a piece of its own (`，俄羅斯棄權`,
    `，中國則投下贊成票`, `, and China abstained`, `, with the Russian Federation abstaining`), and the places it can
    begin, from `votes_cast` of event_clauses.json: a subject with no digit (`，4票棄權` is a tally) and a verb of
    voting that closes the piece."""
    spec = clause_rules().get("votes_cast")
    if not spec:
        return "", ""

    cjk = rf"[^，。；\d０-９]{{1,{int(spec['subject_reach'])}}}?(?:{_longest_first(spec['verbs_cjk'])})"
    latin = rf"(?:the )?[A-Z][^,;.\d]{{0,{int(spec['subject_reach_en'])}}}? (?:{_longest_first(spec['verbs_en'])})\b"
    branch = rf"，(?={cjk}(?=[，。；]|$))|, (?:and|with) (?={latin})"
    places = rf"，(?={cjk})|,(?= (?:and|with) {latin})"
    return branch, places


_VOTES_BRANCH, _VOTES_PLACES = _votes_cast()
if _VOTES_BRANCH:
    _COORDINATED_BRANCHES += "|" + _VOTES_BRANCH
_VOTE_PIECE = re.compile(_VOTES_BRANCH) if _VOTES_BRANCH else None


def opens_a_vote(sentence: str, at: int) -> bool:
    """rec89: does the piece of `sentence` (as written) that starts at `at` tell a member's vote (`，中國則棄權`,
    `, and China abstained`: `_votes_cast`)? Another member's vote is an act of its own even when it shares the type
    of the piece before it (`…遭俄羅斯否決，玻利維亞亦投下反對票`: a veto and a vote against, two members)."""
    return _VOTE_PIECE is not None and _VOTE_PIECE.match(sentence, at) is not None


_COORDINATED = re.compile(f"{_COORDINATED_GUARD}(?:{_COORDINATED_BRANCHES})")
_RESPONSE = re.compile(f"，{response_opening(collective=False)}") if _RESPONSE_OPENING else None


def _answer_intents() -> re.Pattern[str]:
    spec = clause_rules().get("response_in_next_clause") or {}
    words = _longest_first(spec.get("intent_verbs", []))
    return re.compile(rf"[^，。；]{{0,4}}?(?:{words})" if words else "(?!)")


_ANSWER_INTENT = _answer_intents()


def answers_the_act_before(sentence: str, at: int) -> bool:
    """rec87: does the piece of `sentence` (as written) that starts at the comma at `at` tell another party's answer
    to the act before it (`，中國政府隨即中止…`, `response_in_next_clause` of event_clauses.json), not only an intent
    (`，該組織隨即表示願…`, 'intent_verbs')?"""
    found = _RESPONSE.match(sentence, at) if _RESPONSE is not None else None
    return found is not None and _ANSWER_INTENT.match(sentence, found.end()) is None


def answer_in(sentence: str, start: int, end: int) -> int | None:
    """rec87: where the first piece telling another party's answer (`answers_the_act_before`) starts in
    `sentence[start:end]`, or None."""
    if _RESPONSE is None:
        return None
    for found in _RESPONSE.finditer(sentence, start, end):
        if found.start() > start and answers_the_act_before(sentence, found.start()):
            return found.start()
    return None


# The places a branch of `_COORDINATED` can begin: one of its first characters (a comma or space only before the
# `and` or `but` of the English branches), or the place right after `して` (its one empty branch). An expression
# that opens with look-arounds gives the engine no character to skip to, so `finditer` tries the guard at every
# character of every clause; this class and these few words are skipped to by the engine itself.
# A comma or an enumeration comma begins a match only before or after the few words its branches name: tested
# here by the engine itself, so that the hundreds of commas of a Chinese text that join nothing are passed over in
# one scan instead of each being tried by `_COORDINATED` from Python (a test of this superset keeps it one).
_COORDINATED_PLACES = re.compile(
    "[；;并並]| (?=during [A-Z])|,(?= and | but | where | when | during which | after which | following which"
    "| during [A-Z]"
    "| (?:then |also |later )?(?:[a-z]+-)?[a-z]+ed | (?:then |also |later )?"
    f"(?:{_IRREGULAR_PAST}) )| (?=and )|して|(?<=[訪访])れて"
    f"|，(?=[并並随隨此同还還又双雙两兩両三四与與但然却卻出举舉会會访訪宣共一决決通批采採期其当當创創建成设設在于於{_AGREEMENT_OPENERS}]"
    "|[^，。；]{0,8}(?:签署|簽署|签订|簽訂|签下|簽下|随后|隨後|派出|派遣|派兵|出兵)"
    "|[^，。；]{1,24}(?:机场|機場)|[^，。；]{1,10}[同与與](?:他|她|其)|[\u4e00-\u9fff]方(?:还|還|也|又|同时|同時)?(?:宣布|宣佈)|断绝|斷絕|断交|斷交"
    # (rec87: another party's answer, `，中國政府隨即…`: `_RESPONSE_OPENING`, never empty here: `(?!)` when absent)
    f"|{_RESPONSE_OPENING or '(?!)'})"
    "|(?<=[いきしちびみりえけせてねべめれげが際後])、|、(?=[双雙两兩三四])"
)
if _VOTES_PLACES:
    _COORDINATED_PLACES = re.compile(f"{_COORDINATED_PLACES.pattern}|{_VOTES_PLACES}")


# the branch of a present verb after `and`: a chronology's line told in the present (`28 July 2020 – … meet in Lublin
# and launch …`), with no word of what is to come before it (`will host … and sign`, `agreed to meet … and sign`);
# `set up` is its own past too (`signed … and set up a centre`), so only `sets up` is a present here
_PRESENT_AND = re.compile(
    r" and (?:then |also |later )?(?:(?:the two|they|both) )?"
    r"(?:(?:launch|adopt|issue|establish|sign)(?:e?s)?|sets up|meets|opens|holds|receives)\b"
)
_CHRONOLOGY_LINE = re.compile(r"^\s*(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}\s*[–—-]\s")
# `, and` before a capital: a clause of its own only when a verb stood before it (else the last of a list of subjects)
_SUBJECT_AFTER_LIST = re.compile(r", and [A-Z]")
# `, where` opens an act of its own after a meeting's name (`co-chaired the council, where their ministers signed …`:
# what was done at the meeting); after a place (`visited Manila, where …`) it may tell what the visit was about
_AFTER_A_MEETING = re.compile(
    r"\b(?:meeting|council|summit|talks|conference|session|ceremony|forum|dialogue|consultations)$", re.IGNORECASE
)
_AT_A_MEETING = re.compile(
    r"\b(?:at|in|during|on the sidelines of) (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}"
    r"(?:meeting|council|summit|talks|conference|session|ceremony|forum|dialogue|consultations)$",
    re.IGNORECASE,
)
# `visited Lima, where the two governments signed …`: after a visit to a named place, `, where` and a subject with a
# past verb tell an act done on the visit, a second event as the corpus counts a visit and the act done during it
# (the codebook's convention of rec47; dom58: the one event kept the visit's words and was coded talk)
# rec72: also after a journey on to a further place (`…, before travelling on to the naval base, where he toured …`)
_AFTER_A_VISIT = re.compile(
    r"\b(?:visit(?:ed|ing)|arrived in|travell?ed to|(?:paid|made) an? (?:[a-z]+ ){0,2}visit to"
    r"|(?:travell?(?:ed|ing)|went|going|mov(?:ed|ing)|flew|flying|head(?:ed|ing)) on to)"
    r" (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$"
)
# rec87: `met the Italian and Japanese Defence Ministers in Tokyo, where the three agreed …`, `held talks with Modi at
# Hyderabad House, where the two leaders agreed …`: after a meeting told by its verb and its place (a name in
# capitals), `, where` and a subject with a past verb tell an act done at that meeting, as after a meeting's noun
# (`_AFTER_A_MEETING`). A visit's place followed by its own date (`visited Lima on 5 May 2021, where …`) stays
# uncut, as tests/test_recall_second_acts.py reads it
_MET_AT_A_PLACE = re.compile(
    r"\b(?:met|held talks|hold talks|holds talks)\b[^,;]{0,80}? (?:in|at) (?:the )?"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$"
)
_TO_COME = re.compile(r"\b(?:will|would|shall|to|may|might|could|should|plans?|expected|due)\b", re.IGNORECASE)


# `the first Israeli foreign minister to visit Bahrain`: an infinitive after `the first …` tells who did it first, a
# done act, nothing to come
_FIRST_TO = re.compile(r"\bfirst(?: [\w'’-]+){0,5} $", re.IGNORECASE)


def _to_come(sentence: str, start: int, end: int) -> bool:
    """Does a word of what is to come stand in `sentence[start:end]` (`will`, `plans`, `to`), other than the `to`
    of `the first … to`?"""
    for found in _TO_COME.finditer(sentence, start, end):
        at = found.start()
        if found.group().lower() != "to" or not _FIRST_TO.search(sentence, max(start, at - 60), at):
            return True
    return False


def _talks_before_act() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """dom87: (talks with their counterpart ending in the after-word, in Chinese or Japanese, in the text's script or
    folded; the English ` after` that opens talks a subject held with someone), from `talks_before_act` of
    event_clauses.json (read here, as `_agreement_in_talks` is): the words are the language's, kept as data."""
    spec = clause_rules().get("talks_before_act")
    if not spec:
        return None, None
    from allyscope.scripts import fold  # (a leaf module: no cycle)

    def words(items: list[str]) -> str:
        return _longest_first([*items, *(fold(w) for w in items)])

    # a counterpart's preposition, not the same character in a word of time or manner (`同年`, `同日`, `共同`); no kana
    # between it and the meeting's word (Japanese `同大統領は会談後、…`: `同` is `the said`, no counterpart)
    zh = rf"(?<![共会會不相])(?:{words(spec['counterparts_zh'])})(?![年月日时時期意样樣等一])"
    cjk = re.compile(
        rf"(?:{zh}[^，,。；;、\u3040-\u30ff]{{1,{int(spec['reach'])}}}?|(?:{words(spec['counterparts_ja'])})"
        rf"[^，,。；;、]{{0,{int(spec['reach_ja'])}}}?)(?:{words(spec['after_cjk'])})$"
    )
    # a leader's talks (a pronoun, an office title, `the two`), not a body's of its own side (`the cabinet`)
    english = re.compile(
        rf" (?=after (?:{words(spec['subjects_en'])}) (?:[\w'’.-]+ ){{0,{int(spec['reach_en'])}}}?"
        rf"(?:{words(spec['held_en'])})\b)",
        re.IGNORECASE,
    )
    return cjk, english


_TALKS_BEFORE_CJK, _TALKS_BEFORE_EN = _talks_before_act()


def talks_before_act_cuts(sentence: str, start: int, end: int) -> list[int]:
    """dom87: where an English clause goes on, after its act, with talks its subject held with someone as what came
    before that act (`… signed a treaty on Saturday | after President X held talks with Prime Minister Y`): cut
    before `after`, the talks are an act of their own (`talks_before_act` of event_clauses.json). A Chinese or
    Japanese clause is cut there already (at a comma, or at the dates stage's `会谈后`); its piece is read as an act
    by `talks_done_before`."""
    if _TALKS_BEFORE_EN is None or " after " not in sentence:
        return []
    return [found.start() for found in _TALKS_BEFORE_EN.finditer(sentence, start, end) if found.start() > start]


def talks_done_before(piece: str) -> bool:
    """Does `piece` (a segment, in the text's script or folded) end with talks with their counterpart, told as what
    came before the act after them (`在同欧尔班总理会谈后，`, `…との首脳会談後、`)? Then it is that act, not only
    its scene (`talks_before_act`, dom87)."""
    if _TALKS_BEFORE_CJK is None:
        return False
    stripped = piece.rstrip(" ，,、；;：:\n")
    last = max(stripped.rfind(mark) for mark in "，,、；;。") + 1  # the stretch after the piece's last comma
    return _TALKS_BEFORE_CJK.search(stripped, last) is not None


# dom90: a sentence that opens with a clause of time naming a meeting or visit (`When X met Y in Bridgetown on
# Wednesday, the two witnessed …`), then the sides as the main clause's subject with a verb in the past: the main
# clause tells an act of its own, beside the meeting (two events: the meeting, the act done at it), as `, and the two
# signed …` does; a speaker's label or a chronology's date may stand before `When`
_WHEN_OPENING = re.compile(r"^\s*(?:[A-Z][A-Z.' -]{1,40}:\s*|[^,;:.]{0,30}?\d{4}\s*[–—-]\s*)?When\s", re.IGNORECASE)
_WHEN_MAIN_CLAUSE = re.compile(
    r", (?=(?:they|both(?: of them| [a-z]+)?|the (?:two|three|four|both)(?: [a-z]+)?) "
    rf"{_PAST_EN}(?! (?:{_NOT_AN_OBJECT})\b))"
)


def when_clause_cuts(sentence: str, start: int, end: int) -> list[int]:
    """dom90: where the main clause after an opening `When …` clause begins, when the sides are its subject and its
    verb is in the past (`When X met Y …, the two issued a joint declaration`): the first comma of that shape after
    a finite verb of the `When` clause (`_FINITE_VERB`). The `When` clause is the meeting, an act of its own."""
    opening = _WHEN_OPENING.match(sentence, start, end)
    if opening is None:
        return []
    for found in _WHEN_MAIN_CLAUSE.finditer(sentence, opening.end(), end):
        if _FINITE_VERB.search(sentence[opening.end() : found.start()].lower()):
            return [found.start()]
        return []
    return []


def coordinated_cuts(sentence: str, start: int, end: int) -> list[int]:
    """Where coordinated predicates meet in `sentence[start:end]` (`_coordinated_cuts`); a present verb after
    `and` only in a chronology's line with nothing to come before it (`_PRESENT_AND`); before the English
    `after` of talks held with someone (`talks_before_act_cuts`, dom87); and before the main clause after an opening
    `When …` clause whose subject is the sides (`when_clause_cuts`, dom90)."""
    cuts = _coordinated_cuts(sentence, start, end)
    kept = [
        cut
        for cut in cuts
        if (
            _PRESENT_AND.match(sentence, cut) is None
            or (
                (line := _CHRONOLOGY_LINE.match(sentence)) is not None
                and not _to_come(sentence, max(start, line.end()), cut)  # not the head's `May`
            )
        )
        and (_SUBJECT_AFTER_LIST.match(sentence, cut) is None or _FINITE_VERB.search(sentence[start:cut].lower()))
        and (not sentence.startswith(", where", cut) or _meeting_done_before(sentence, max(start, cut - 60), cut))
        and (_SERIES_COMMA.match(sentence, cut) is None or _series_member(sentence, start, cut))
        and (
            _DURING_A_VISIT.match(sentence, cut) is None
            or _DATED_PHRASE.match(sentence, cut) is None
            or _OWN_TIME.search(sentence, start, cut) is None
        )
    ]
    talks = [*talks_before_act_cuts(sentence, start, end), *when_clause_cuts(sentence, start, end)]
    return sorted({*kept, *talks}) if talks else kept


# the visit told after the act as its span (`… signed in March 2015 during Prime Minister Modi's visit to …`) and,
# in the whole sentence, that phrase holding a date of its own (`… today during X's state visit … from April 24 to
# 29`): the visit is then read from its own date, and the act's clause keeps the phrase
_DURING_A_VISIT = re.compile(r",? during ")
_DATED_PHRASE = re.compile(r",? during [^,;.]*\d")
# a word of time of the act itself before the phrase (`signed today during …`, `in 2015 … during …`): without one the
# act is dated by the visit's date (`the partnership was established during X's visit to Y in November 2015`), and
# the visit and the act are two events of it (the corpus README, "A visit that also establishes something"; dom60)
_OWN_TIME = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


# a bare comma before a verb (not `, and`, `, but`, `, where`, `, when`, `, during which`): the series branch
_SERIES_COMMA = re.compile(r", (?!and\b|but\b|where\b|when\b|during which\b)")
# a relative or participial clause before the comma: its verb is its own, not the series' (`The minister, who had
# arrived on Monday, met …`: one subject's act after a clause about it)
_RELATIVE_BEFORE = re.compile(
    r"(?:^|,\s)(?:who|which|whose|whom|that)\b"
    rf"|,\s+(?:[a-z]+ed|{_IRREGULAR_PAST}) (?:{_NOT_AN_OBJECT})\b(?=[^,]*,\s*$)"
)


def _series_member(sentence: str, start: int, cut: int) -> bool:
    """Is the comma at `cut` the joint of a series of predicates (`visited the plant, met the workers`)? Only
    when a finite verb stands before it in the clause (else the words before it are a subject or a list of nouns)
    and the stretch before it is no relative or participial clause (`X, who arrived on Monday, met …`)."""
    before = sentence[start:cut]
    if _FINITE_VERB.search(before.lower()) is None:
        return False
    last = before.rsplit(",", 1)[-1] if "," in before else before
    return _RELATIVE_BEFORE.search(", " + last.strip() + ", ") is None


def _meeting_done_before(sentence: str, start: int, cut: int) -> bool:
    """Does `, where` at `cut` follow a meeting that is the act before it (`co-chaired the council, where …`), or a
    visit to a named place (`visited Lima, where …`)? A meeting named as the venue of another act (`signed … at the
    Vilnius summit, where …`) only sets that act's scene."""
    return (
        _AFTER_A_VISIT.search(sentence, start, cut) is not None
        or _MET_AT_A_PLACE.search(sentence, start, cut) is not None
        or (
            _AFTER_A_MEETING.search(sentence, start, cut) is not None
            and _AT_A_MEETING.search(sentence, start, cut) is None
        )
    )


def _coordinated_cuts(sentence: str, start: int, end: int) -> list[int]:
    """Where `_COORDINATED` matches in `sentence[start:end]` after `start`, as its `finditer` there finds them
    (the leftmost match from where the last one ended), tried only at the places a match can begin."""
    cuts: list[int] = []
    resume = start  # where the last match ended: `finditer` looks for the next one from there
    tried = -1
    for found in _COORDINATED_PLACES.finditer(sentence, max(0, start - 2), end):
        at = found.end() if found.group() in ("して", "れて") else found.start()
        if at <= tried or at < resume or at >= end:
            continue
        tried = at
        match = _COORDINATED.match(sentence, at, end)
        if match is None:
            continue
        if match.end() == at:
            # an empty match (`…して` before the next act): `finditer` then goes on at the same place, which a
            # match at a place cannot say; such clauses are rare and read by `finditer` itself
            return [m.start() for m in _COORDINATED.finditer(sentence, start, end) if m.start() > start]
        if at > start:
            cuts.append(at)
        resume = match.end()
    return cuts


# a segment that sets the scene for the predicate after it: it ends in a word of time or occasion (CJK) or
# starts with a preposition or conjunction of time (English)
_LEADING_CJK = re.compile(
    r"(?:时|時|期间|期間|之际|之際|际|際|際に|ときに|とき|之后|之後|以后|以後|后|後|前|当天|當天|上|において|にて|の場で|では"
    # `战争结束后不久，…`, `会談の直後に、…`: shortly or right after an occasion, the scene of what follows
    r"|后不久|後不久|不久后|不久後|直后|直後|直後に"
    # `会谈次日，…`, `会談の翌日、…`: the day after an act named (dated from it, allyscope/dates): the scene of what
    # follows, not a second telling of that act (rec47)
    r"|次日|翌日|第二天"
    # (the Japanese moment's words as the folded text writes them: `訪日の際に` -> `访日の际に`, `時に` -> `时に`)
    r"|际に|时に"
    # `同日の会談で、両首脳は…で一致した`, `在当天的会谈中，双方同意…`: the meeting where the act was done (folded:
    # 談 -> 谈, 議 -> 议)
    r"|会谈で|会談で|会合で|会议で|会議で|協議で|协议で|会谈中|會談中|会议中|會議中|会晤中|會晤中)\s*$"
)
# its words, read from the expression once: a stripped segment leads when it ends in one of them (white space
# aside), as the expression says; `str.endswith` asks that of the segment's end only, where a search tries the
# expression at every place of the segment
_LEADING_CJK_WORDS = tuple(_LEADING_CJK.pattern[len("(?:") : _LEADING_CJK.pattern.index(")")].split("|"))
_FINITE_VERB = re.compile(
    r"(?<![-\w])(?!united\b)[a-z]+ed\b|\b(?:met|held|took|became|made|gave|said|led|sent|left|went|came|began|"
    r"won|saw|spoke|chose|is|was|were|are|has|have|had|will)\b"
)
_LEADING_LATIN = re.compile(
    # a chronology line's date and dash before it (`28 May 2002 – At a summit …,`) leave it leading
    r"^\s*(?:q:\s*|a:\s*)?(?:[\w ,.]{0,20}?\d{4}\s*[–—-]\s*)?"
    r"(?:at|in|on|during|after|before|when|while|as|following|since|under|with|amid|for|"
    r"building on|ahead of|by)\b",
    re.IGNORECASE,
)


def _has_cjk(text: str) -> bool:
    # an ASCII text (most English sentences) is known so without a search (`isascii` reads a flag of the string)
    return not text.isascii() and _CJK.search(text) is not None


# the end of a visit's occasion written inside a clause with no comma after it (`…印尼總統訪菲期間同意…`,
# `…访问加拿大期间签署了…`, `…首相の訪日の際に…を構築し`): the word of a span or moment right after the visit, then
# the act done in it (`同時に`, at the same time, is no occasion)
_OCCASION_INSIDE = re.compile(
    r"(?:期间|期間|之际|之際|の际に|の際に|(?<!同)时に|(?<!同)時に)(?=[^\s，,、；;。：:）)」』”])"
)


def occasion_ends(clause: str, segments_: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`segments_` of `clause` (its `segments`) with each cut again after a word of a span written inside it with
    no comma after it (`…訪菲期間同意啟動…`): the occasion then stands as a segment of its own, as it does when a
    comma follows it (`…訪菲期間，同意…`), so that the visit it names and the act done in it are read apart."""
    out: list[tuple[int, int]] = []
    for a, b in segments_:
        for found in _OCCASION_INSIDE.finditer(clause, a, b):
            out.append((a, found.end()))
            a = found.end()
        out.append((a, b))
    return out


def segments(clause: str) -> list[tuple[int, int]]:
    """The clause cut at its commas (and semicolons, colons, enumeration commas), as `(start, end)`; a number's
    thousands comma is no cut."""
    bounds = [0, *(m.end() for m in _SEGMENT_CUT.finditer(clause)), len(clause)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if clause[a:b].strip()]


def _leading(piece: str) -> bool:
    """A segment that sets the scene for a predicate after it: in Chinese and Japanese one that ends in a word
    of time or occasion (`访问期间`, `訪れた際`); in English one that starts with a preposition or conjunction
    and has no finite verb (`At the Wales Summit in September 2014,` but not `In 2023 they signed …,`)."""
    return _leading_of(piece, _has_cjk(piece))


def _leading_of(piece: str, cjk: bool) -> bool:
    """`_leading` for a piece whose `_has_cjk` is known (`cjk`): the punctuation stripped from its end is no CJK
    character, so the stripped piece has the same answer."""
    stripped = piece.rstrip("，,、；;：: ")
    if cjk:
        return stripped.rstrip().endswith(_LEADING_CJK_WORDS)  # `_LEADING_CJK.search(stripped) is not None`
    return bool(_LEADING_LATIN.match(stripped)) and not _FINITE_VERB.search(stripped)


# a stretch after a comma that opens a clause of its own (`…, but his government did not ask for it in 2025`):
# its verb may be one `_FINITE_VERB` does not know, and the words before the comma are another clause's
_CLAUSE_JOINT = re.compile(r"\s*(?:but|and|or|yet|while|whereas|although|though)\b", re.IGNORECASE)
# a comma of thousands (`1,100 soldiers`) cuts no phrase: the figure and its verb are read with the date after them
_LATIN_CUT = re.compile(r"(?!(?<=\d),\d{3}(?!\d))[,;:—]|\s[–-]\s")


def reading_span(
    sentence: str, piece: tuple[int, int], date: tuple[int, int], neighbours: tuple[int, int]
) -> tuple[int, int]:
    """Where an event's words are read (its type, domain and mode), in the sentence. In Chinese and Japanese
    text a date stands before its predicate, so the predicate's piece (`piece`) of the date's clause is read.
    English puts it before (`In June 2012 they signed …`) or after (`they signed … in June 2012`, `the visit of
    … to Japan in 2021`): the piece that holds the date is then read as the stretch between the punctuation
    around the date (within `neighbours`, the ends of the dates around it), run on to the next punctuation while
    it has no finite verb (`Two days later,`, `At the summit in 2014,`), but not past the piece's end. Only the
    reading moves: the actors are still those of the clause, where the subject of a long sentence stands."""
    if _has_cjk(sentence) or not piece[0] <= date[0] < piece[1]:
        return piece
    low, high = neighbours
    cuts = [m.start() for m in _LATIN_CUT.finditer(sentence, low, high) if not date[0] <= m.start() < date[1]]
    left = max((c + 1 for c in cuts if c < date[0]), default=low)
    later = sorted(c for c in cuts if c >= date[1])
    right = later.pop(0) if later else high
    while not _FINITE_VERB.search(sentence[left:right].lower()) and right < high:
        right = later.pop(0) if later else high
    if (
        right >= piece[1]
        and piece[0] < left
        and _WHEN_OPENING.match(sentence, piece[0]) is not None
        and not _FINITE_VERB.search(sentence[left : piece[1]].lower())
        and _FINITE_VERB.search(sentence[piece[0] : left].lower())
        and _CLAUSE_JOINT.match(sentence, left) is None
    ):
        # dom90: the opening `When …` clause cut off by `when_clause_cuts`, its date at its end after commas that
        # follow its verb (`When X and Y met at Argyle, in St. Vincent, on 14 December, | the two issued …`): the
        # stretch to the piece's end has no verb, so the clause's own words, from its start, are read (the meeting;
        # read from the date alone, it had no cue). Asked of every English piece, this lowered a held-out floor (the
        # fifty-ninth session's history), so it is kept to the `When` clause
        left = piece[0]
    # not into the next coordinated predicate, never past the piece: `visited London on 27 April and signed a
    # memorandum` reads the visit, `held talks … and adopted …` gives two events
    return left, min(right, piece[1])
