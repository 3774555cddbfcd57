"""Stage 5, *events*: one event per distinct dated happening in a sentence, with its exact evidence.

A sentence (split at `。！？` outside quotation marks) holds events at its dates that name a happening, not a
document (`dates`). Each date opens a clause that runs to the next date; a date followed by nothing but a
coordinator (`2022 年 4 月和 6 月，…`) shares the clause after it. The clause's entities (`entities`) are the
actors; its words give the PLOVER type with its CAMEO code, the domain and the mode, by the rules in
`data/event_patterns.json` read as `events_domain` says (the predicate's own segment decides). An event
that does not involve members of two sides of the active case is `context`.
Evidence is the sentence: its offsets, its text, and the notes its markers cite.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from allyscope.adhoc_people import AS_WRITTEN
from allyscope.dates import Anchor, DateMention, anchor_of, document_date, lead_date, mark_dates
from allyscope.dates.entry_heads import BASIS as ENTRY_HEAD
from allyscope.dates.occasions import is_occasion_phrase
from allyscope.dates.roles import anniversary_count_end, counts_an_anniversary_en, happening_name_span, opens_a_span
from allyscope.dates.stage import reports_mostly_after
from allyscope.discourse import record_speaker
from allyscope.entities import (
    EntityMention,
    about_to_serve,
    acting_for,
    former_words,
    gazetteer,
    holders,
    in_office,
    load_discourse,
    mark_entities,
    offices_held,
    unknown_name_at,
)
from allyscope.event_clauses import (
    acts_on_standing,
    after_the_date,
    also_of_carried,
    asks_from_the_start,
    asks_to_confirm,
    attributive_dates,
    carries_over,
    carries_subject,
    casts_a_vote,
    closes_as_a_request,
    dates_a_denial_in_report,
    dates_a_named_act,
    dates_an_act_agreed_to_ja,
    day_part_opening,
    drops_its_subject,
    embedded_clause,
    embedded_that_clause,
    first_cut_keeping_its_names,
    holds_a_post_since,
    issues_or_signs,
    keeps_its_names_at,
    names_a_lasting_thing,
    names_a_receiver,
    names_a_turn,
    names_an_act_again,
    next_on_the_day,
    only_sets_the_scene,
    opens_a_list_of_the_visit,
    opens_with_addition,
    opens_with_pronoun,
    pronoun_also_opening,
    recalls_the_dated_act,
    second_act_after,
    second_act_subject,
    sequel_after,
    sequel_opening,
    sequence_opening,
    shares_carried_subject,
    speakers_own_act,
    speakers_own_next,
    speaks_of_itself,
    states_nothing,
    takes_effect,
    tells_a_lasting_state,
    tells_a_second_act,
    tells_a_sequel,
    tells_a_state,
    tells_a_trend,
    tells_an_agreement,
    tells_of_a_vote,
    told_again_before_speech,
    turn_asks_to_confirm,
    vote_told_after,
)
from allyscope.event_date_choice import (
    announced_from_this_day,
    planned_dates,
    refined_dates,
    spoken_before_content,
)
from allyscope.event_domain_topic import MOVED_DOMAIN, may_take_topic, topic_domain
from allyscope.event_happenings import with_pairs_own_happenings
from allyscope.event_relative_clause import main_act_date
from allyscope.event_tables import schedule_lead
from allyscope.events_domain import (
    act_of_two_sides,
    classify_domain,
    clause_domain_cues,
    event_mode,
    event_type,
    features_of,
    first_act,
    found_in,
    one_side_on_its_arrangement,
    other_side,
    patterns,
    planned_before_the_date,
    predicates,
    reading_span,
    referred_occasion,
    referred_topic,
    reported_mode,
    told_after_a_withdrawn_act,
    type_cues,
    visit_as_occasion,
    visit_piece,
)
from allyscope.layout.tables import TableIndex, table_bars
from allyscope.membership import grouping_joined, meeting_of_title
from allyscope.model import Document
from allyscope.scripts import fold, fold_text
from allyscope.sentence_features import may
from allyscope.sentence_stops import latin_sentence_end
from allyscope.topic_partner import (
    TopicReader,
    own_affair_party,
    partner_from_topic,
    told_as_two_sided,
    venue_only,
)

_SENTENCE_END = "。！？!?"
TOPIC_OF_PARAGRAPH = True  # a paragraph's security topic codes forces sent in it (dom51; event_domain_topic)
TWO_SIDED_ACTS = True  # a visit, talks or an exercise told with one side keeps its domain (dom85; act_of_two_sides)
_OPEN_QUOTES = "“「『‘"
_CLOSE_QUOTES = "”」』’"
_OCCASION_WINDOW = 600  # how far back an instalment named back (`the 2023 edition`) looks for its occasion (dom62)
_SUBJECT_WINDOW = 40  # the words before a clause where its subject (an instalment named back) may stand
_ACTOR_TYPES = {"state", "organization", "person", "institution", "force", "company"}
_SENTENCE_SIGNS = re.compile("[" + re.escape(_OPEN_QUOTES + _CLOSE_QUOTES + _SENTENCE_END + ".") + "]")
_MARKERS_AFTER = re.compile(r"(?:\[\d{1,3}(?:[,\-–]\d{1,3})*\])+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")  # kana: a Japanese sentence
_QUESTION_WORDS = (
    *("ですか", "ますか", "伺います", "お聞きします", "お尋ねします", "お聞かせください", "お聞かせ下さい"),
    *("教えてください", "教えて下さい", "お願いします", "ご説明ください", "ご説明下さい"),
)
_QUESTION_TAIL = "”」』\"')）)"  # what may follow a question's mark or words at its sentence's end, and white space
_QUESTION = re.compile(r"(?:[?？]|(?:" + "|".join(_QUESTION_WORDS) + r")[。．]?)[\s" + _QUESTION_TAIL + r"]*$")
# A question's mark or words end where the sentence's tail of those characters begins, so a match starts at most
# this far before it: the search starts there instead of trying every place of the sentence.
_QUESTION_REACH = max(len(w) for w in _QUESTION_WORDS) + 1
_PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}  # of an EDTF date by its length: 2019, 2019-01
# qualifiers of a year that make it a part of one (`early 2021`, `2021年初`)
_PARTS_OF_A_YEAR = ("early", "mid", "late")
_COORDINATOR = re.compile(r"[\s和与與及、とand,，]*")  # what may join two dates: matched whole


# a date counted from an act the text names (`in April 2023, and a month after the Athens visit …`: `dates.
# named_act`) dates an act of its own, even when only `, and` stands between the two: it joins no list of dates
_COUNTED_ON = re.compile(r"\bafter\b", re.IGNORECASE)


def _drill_cues(data: dict[str, Any], occasion: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    """An instalment's exercise cue (`events_domain.referred_occasion`) in the form of the clause's own domain cues
    (rank, place, domain): a drill's run is a drill for the paragraph's topic too (`event_domain_topic`), which
    codes no drill by its topic."""
    exercise = data["domain_class"].get("exercise")
    if exercise is None:
        return []
    return [(int(exercise["rank"]), at, str(exercise["domain"])) for at, _ in occasion]


def _joined(sentence: str, start: int, end: int) -> bool:
    """Is `sentence[start:end]` nothing but coordinators (or nothing: two readings of one date, `八九十年代`)?"""
    return start >= end or _COORDINATOR.fullmatch(sentence, start, end) is not None


def _asks(sentence: str) -> bool:
    """Does the sentence end as a question (`_QUESTION`)? Searched only near its end."""
    begin = len(sentence)
    while begin and (sentence[begin - 1].isspace() or sentence[begin - 1] in _QUESTION_TAIL):
        begin -= 1
    return _QUESTION.search(sentence, max(0, begin - _QUESTION_REACH)) is not None


@dataclass(frozen=True, slots=True)
class Evidence:
    doc: str
    start: int
    end: int
    text: str
    footnotes: tuple[str, ...]


def _told_before(told: set[str], edtf: str) -> bool:
    """Was an act of the day `edtf` (or of a day within the month or year it names) told before (prc57)? `told`
    holds the dates of the events so far (`_tell`): an event's date told again as the same date or as a month or
    year it falls in."""
    return edtf in told if "/" not in edtf else False


def _tell(told: set[str], date: str) -> None:
    """Add an event's date to `told` (`_told_before`): the date and each of its prefixes a `-` ends (`2019-05-10`:
    `2019-05`, `2019`), so that one set lookup answers what a walk over every event before (`e.date == edtf or
    e.date.startswith(edtf + "-")`) answered, at each sentence (the walk grew with the events told)."""
    told.add(date)
    told.update(date[:i] for i, c in enumerate(date) if c == "-")


@dataclass
class Event:
    """One dated happening, with everything needed to show the sentence behind it."""

    id: str
    date: str
    date_precision: str
    date_text: str
    actors: list[str]
    roles: dict[str, str]
    involved: list[str]
    type: str
    cameo: str
    domain: str
    mode: str
    summary: str
    evidence: Evidence
    date_basis: str = "explicit"
    where: str = "body"
    # how an actor not named as such was reached (`term-of-office`: the holder of an office named on the date), or
    # why a named person brings nothing in (`out-of-term`: in no office of the data on the date); `previous-sentence`:
    # a clause that names no one, whose subject is carried from the sentence before (`They left …`, `…を実施した`)
    actor_basis: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "date_basis": self.date_basis,
            "actors": self.actors,
            "actor_basis": self.actor_basis,
            "roles": self.roles,
            "involved": self.involved,
            "type": self.type,
            "cameo": self.cameo,
            "domain": self.domain,
            "mode": self.mode,
            "summary": self.summary,
            "where": self.where,
            "evidence": {
                "doc": self.evidence.doc,
                "start": self.evidence.start,
                "end": self.evidence.end,
                "text": self.evidence.text,
                "footnotes": list(self.evidence.footnotes),
            },
        }


def sentences(text: str, start: int, end: int, until: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of `text[start:end]`: split after `。！？` (and closing quotes or markers) outside quotes.

    Only quotation marks and sentence-ending punctuation are visited, found by one regular expression. With
    `until`, the spans stop with the one that holds that offset (the events stage needs none after its
    paragraph's last date: the cut of the rest costs as much as the rest of the stage's sentence work)."""
    spans = []
    depth = 0
    begin = start
    resume = start
    for match in _SENTENCE_SIGNS.finditer(text, start, end):
        i = match.start()
        if i < resume:
            continue
        char = text[i]
        cut = 0
        if char in _OPEN_QUOTES:
            depth += 1
        elif char in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
            if depth == 0 and i > start and text[i - 1] in _SENTENCE_END:
                cut = i + 1  # a quotation that ends its sentence: `称“…。”[1]`
        elif (char in _SENTENCE_END or (char == "." and latin_sentence_end(text, i, end))) and depth == 0:
            cut = i + 1
            while cut < end and text[cut] in _CLOSE_QUOTES:
                cut += 1
        if cut:
            marker = _MARKERS_AFTER.match(text, cut, end)
            if marker:
                cut = marker.end()
            spans.append((begin, cut))
            begin = resume = cut
            if until is not None and cut > until:
                return [(a, b) for a, b in spans if not text[a:b].isspace()]
    if begin < end:
        spans.append((begin, end))
    # only spans holding more than white space; none is empty, so `isspace` is False exactly for those
    return [(a, b) for a, b in spans if not text[a:b].isspace()]


_SEGMENT_MARKS = re.compile(r"[，,；;]")
_KANA_IN = re.compile(r"[\u3040-\u30ff]")
_AND_NEXT = re.compile(r"\s*(?:并|並|且)")


def _dates_a_figure(clause: str, at: int, types: dict[int, int], figures: re.Pattern[str]) -> bool:
    """Does the date at `at` of the folded clause date a figure or a state (`figure_states`), not an act? So it
    does when the clause has no act cue and tells one, or when the date's own segment (between commas) tells one
    with no act cue and the act stands in a later Chinese segment opened by `并` (`双方注意到，2022年贸易额有所增长，
    并同意…`: that 并 goes on from the outer subject, and what the sides agree to there is not done in the year of
    the figure; an English date put first governs every clause after it: `In 2022 trade rose, and they signed …`)."""
    if not types:
        return found_in(figures, clause)
    begin = max((m.end() for m in _SEGMENT_MARKS.finditer(clause, 0, at)), default=0)
    stop = _SEGMENT_MARKS.search(clause, at)
    if stop is None or min(types.values()) < stop.end() or not _AND_NEXT.match(clause, stop.end()):
        return False
    return found_in(figures, clause[begin : stop.start()])


def names_a_figure(data: dict[str, Any], folded_sentence: str, end: int) -> bool:
    """Does a figure noun follow the date ending at `end` of the folded sentence within a few words, with no particle,
    verb or punctuation between (`figure_after_date`: `2023年の両国間の貿易額は`, `2024年雙邊貿易額僅約…`)? The date
    then modifies that figure — a trade total, a defence budget — and dates it, not the act a later word of its clause
    may cue (`…は、侵攻前の水準を下回った`, `…，雙方表示希望…`): a statistic is no event (issue 14, class 3)."""
    after = data.get("figure_after_date_re")
    return after is not None and after.match(folded_sentence, end) is not None


# a Japanese object with its comma and no verb of its own (`…にアラブ首長国連邦を、`): its verb comes later
_OBJECT_LEFT_OPEN = re.compile(r"を[、，,]\s*$")


def _embeds_a_figure(data: dict[str, Any], inner: str, figures: re.Pattern[str]) -> bool:
    """Does a Japanese clause embedded in what the topic does (`embedded_clause`: `…は、2013年に投資が伸びたことを
    歓迎し`) tell a figure or a trend (`figure_states`, `trend_words`) with no act cue of its own? Then a date inside it
    dates that figure, and the outer verb (welcoming, noting) is not done then: no event of that date. An embedded
    act keeps its date (`…が2022年12月に…を改定したことを歓迎`)."""
    if not (found_in(figures, inner) or tells_a_trend(inner)):
        return False
    types, _ = type_cues(data, inner)
    return not types


# `在2022年后`, `2022年以後`: a date told as the start of what follows it (fold makes 後 后), the open start the
# date rules give `以来` and `since` alone
_AFTER_THE_DATE = re.compile(r"\s*(?:以后|之后|后)")


def tells_a_disaster(data: dict[str, Any], clause: str) -> bool:
    """Does the folded clause tell a natural disaster (`natural_disasters`) happening or doing harm (`happens`; not a
    disaster prepared for, `因應颶風的能力`), not as the time of an act
    (`answered_by`: `when the tsunami struck, …`, `地震当日`, `…发生地震，救援队随即…`)? No one acts in a disaster, so
    a clause with no act cue that tells one dates no event (tests/corpora/events/README.md, `Natural disasters`)."""
    disasters = data.get("natural_disasters_re")
    if disasters is None:
        return False
    nouns, happens, answered_by = disasters
    return found_in(nouns, clause) and found_in(happens, clause) and not found_in(answered_by, clause)


def extract_events(doc: Document, doc_id: str = "", known_mentions: list[EntityMention] | None = None) -> list[Event]:
    """Every dated event of the document's abstract and body paragraphs, in text order.

    The dates and entity mentions are the document's own (`doc.dates`, `doc.entities`: the dates and entities
    stages) when those stages have run; otherwise they are found here. `known_mentions` stands for the entity
    mentions of `doc.text` when the caller has them already."""
    from allyscope.regions import is_caption, photo_credits, regions

    data = patterns()
    g = gazetteer()
    from allyscope.knowledge.case import parties_in_use, sides_in_use

    sides_of_case = sides_in_use()  # of the active case (data)
    parties_of_case = parties_in_use()
    text = doc.text
    events: list[Event] = []
    told_dates: set[str] = set()  # the dates of `events` and the months and years they fall in (`_tell`)
    all_dates = list(doc.dates) if doc.dates else list(mark_dates(doc).dates)
    date_starts = list(map(_START_OF, all_dates))
    if known_mentions is not None:
        all_mentions = known_mentions
    elif doc.entities:
        all_mentions = list(doc.entities)
    else:
        all_mentions = list(mark_entities(doc).entities)
    starts = list(map(_START_OF, all_mentions))
    marker_starts = list(map(_START_OF, doc.markers))
    entities = g.entities
    folded_text = fold_text(text)  # cues are matched in one script and case: `簽署` is `签署`, `Signed` is `signed`
    stated = document_date(doc) or _dateline_day(all_dates)
    written = _date_of_writing(stated or lead_date(doc.text, all_dates), all_dates, from_lead=stated is None)
    if CHRONOLOGY_ENTRY_NO_DATE and written is not None and _opens_a_chronology(text, written, all_dates):
        written = None  # the first line of a chronology taken for a dateline: no date of writing (dom71)
    # what the loop asks of a mention's ids (does it name an office, its cue classes), asked once per process
    # for each distinct ids: the gazetteer's answers
    table = _table(g, data)
    table.learn(set(map(_IDS_OF, all_mentions)))
    office_ids = table.office_ids
    classes_of = table.classes_of
    between: dict[tuple[str, ...], bool] = {}  # `between_sides` of the ids of a clause, for this document's case
    carried: tuple[int, tuple[str, ...]] | None = None  # where the last event with actors ends, and its actors
    # carry64: where the last event whose sentence opens with its subject ends, and that subject's actors
    carried_subject: tuple[int, tuple[str, ...]] | None = None
    title_parties = _title_parties(doc, all_mentions, starts, entities)
    title_person = _title_person(doc, all_mentions, starts, entities)
    # carry65: the one person a record's head names, whose own acts its humble clauses tell (`出席いたしました`)
    speaker = record_speaker(text, all_mentions, g)
    # the paragraphs' and the document's topics, read when a two-sided act's clause lacks a side (`topic_partner`)
    topic_reader = TopicReader(
        text, all_mentions, starts, next(((s.start, s.end) for s in doc.spans if s.kind == "title"), None), entities,
        folded_text,
    )  # fmt: skip
    tables = TableIndex(text)  # a schedule's rows act for the one its lead names (`event_tables`), read if asked
    bars = table_bars()
    last_dated: tuple[int, DateMention] | None = None  # the last sentence of the region before, if it dated one
    # (end, date) of a dated lead ending in a colon (`During the visit, the two sides:`): the bulleted items right
    # after it, with no date of their own, are its acts on that date (`- signed a memorandum …;`)
    list_lead: tuple[int, DateMention] | None = None
    for region in regions(doc):
        if not region.states_events:
            last_dated = list_lead = None
            continue
        listed = (
            list_lead
            if list_lead is not None
            and _BULLET_ITEM.match(text, region.start) is not None
            and not text[list_lead[0] : region.start].strip(" \t\n\u3000;；")
            else None
        )
        list_lead = None
        in_region = all_dates[
            bisect.bisect_left(date_starts, region.start) : bisect.bisect_left(date_starts, region.end)
        ]
        # a happening the pair does or suffers together dates its event, though its date is the happening's name
        in_region = with_pairs_own_happenings(text, in_region, all_mentions, starts, sides_of_case)
        # periods, centuries, citations, datelines and `thereafter` are no happenings
        happenings = [d for d in in_region if d.dates_event and not (d.kind == "relative" and d.edtf.endswith("/.."))]
        # `1　本日、…会談を行いました。` then `2　両首脳は、…格上げすることで一致しました。`: the next numbered item
        # of a release, right after the item that dated the occasion, may open with a second act's subject
        item = _next_item(text, folded_text, region.start, region.end, last_dated)
        last_dated = None
        if not happenings and item is None and listed is None:
            continue
        happening_starts = [d.start for d in happenings]
        # a sentence after the paragraph's last date may tell a second act of the occasion dated before it
        # (`双方还发表联合声明。`): then the sentences run to the paragraph's end
        until = (
            None
            if item is not None
            or listed is not None
            or second_act_after(folded_text, happening_starts[-1], region.end)
            or sequel_after(folded_text, happening_starts[-1], region.end)
            or _last_date_names_a_turn(folded_text, happening_starts[-1], region.start, region.end)
            else happening_starts[-1]
        )
        dated_before: tuple[int, DateMention] | None = item  # (end, last date) of the last sentence with an event
        # (end, date) of a sentence that only said when a turn came (`The largest step came on 22 October 2025.`):
        # the act that was the turn, told in the next sentence of the paragraph without a date, takes that date
        turn_before: tuple[int, DateMention] | None = None
        previous_start: int | None = None  # where the sentence before began, in this region
        carried_to = -1  # where a sentence ended whose agreement the occasion's date passed over
        for s_start, s_end in sentences(text, region.start, region.end, until):
            before_start, previous_start = previous_start, s_start
            # the dates of the sentence (offsets stay the text's), in text order as `doc.dates` keeps them
            mentions = happenings[
                bisect.bisect_left(happening_starts, s_start) : bisect.bisect_left(happening_starts, s_end)
            ]
            second_act = False  # the sentence tells a second act of the occasion the sentence before dated
            over_agreement = carried_to == s_start  # that date passed over an agreement told between (chain78)
            collective = False  # it opens with the collective subject of that occasion (`双方`, `The four ministers`)
            sequel = False  # rec65: it is tied to that occasion by a word of sequence or a ceremony named back
            voted = False  # rec90: it tells a member's vote in the vote the sentence before dated
            turned: DateMention | None = None  # the date of this sentence's turn, when it names only a turn
            if (
                not mentions
                and turn_before is not None
                and turn_before[0] == s_start
                and reported_mode(data, folded_text[s_start:s_end], s_end - s_start) in (None, "asserted")
            ):
                # `The largest step came on 22 October 2025. X received Y …, where the two leaders signed …` (not
                # `Officials said more talks would follow.`: what is reported as to come is no act of the turn)
                mentions = [_told_after_the_turn(turn_before[1], text, s_start, s_end)]
            elif not mentions and listed is not None and s_start == region.start:
                # `- set up a joint working group;` under `During the visit, the two sides:`: the lead's date
                mentions = [_told_after_the_turn(listed[1], text, s_start, s_end)]
            elif not mentions:
                if dated_before is None or dated_before[0] != s_start:
                    continue
                skip = _item_number_length(folded_text, s_start, s_end)
                opening = second_act_subject(folded_text[s_start + skip : s_end])
                if opening is None:
                    # `The minister later called on …`, `此外，…参访…`, `…attended the ceremony and witnessed …`
                    opening = sequel_opening(folded_text[s_start + skip : s_end])
                    if opening is None and _DAY_EDTF.match(dated_before[1].edtf):
                        # rec72: `In the afternoon …`, `下午，…`, `午後には、…` right after a day's act: that day
                        opening = day_part_opening(folded_text[s_start + skip : s_end])
                        if opening is None:
                            # rec73: `その後、…と懇談した`, `随后，…`, `Afterwards, …`: what followed on that day
                            opening = sequence_opening(folded_text[s_start + skip : s_end])
                    if opening is None:
                        # rec72: `He also attended …`, `他还出席了…`: the one the sentence before named, again
                        opening = pronoun_also_opening(folded_text[s_start + skip : s_end])
                    if (
                        opening is None
                        and before_start is not None
                        and tells_of_a_vote(folded_text[before_start:s_start])
                        and (opening := vote_told_after(folded_text[s_start + skip : s_end])) is not None
                    ):
                        # rec90: `…adopted resolution 1487 … France, Germany and Syria abstained.`, `…通過第2758號決議。
                        # 表決時，多哥投下贊成票。`: a member's vote told after the vote, of the vote's date
                        voted = True
                    if opening is None:
                        if carries_over(folded_text[s_start + skip : s_end]):
                            # rec83: `…举行会谈。突方表示，…。两国元首宣布，将…提升为…`: what one side said is no
                            # event, and the occasion's date passes over it to the act after it
                            dated_before = (s_end, dated_before[1])
                            carried_to = s_end
                        continue
                    sequel = True
                opening = (opening[0] + skip, opening[1] + skip)
                # `…在河内举行会谈。双方还发表联合声明。`: the occasion's date, over the sentence's subject
                mentions = [_second_act_date(dated_before[1], text, s_start, opening)]
                second_act = True
                collective = not sequel
            elif dated_before is not None and dated_before[0] == s_start:
                collective = second_act_subject(folded_text[s_start:s_end]) is not None
            sentence = text[s_start:s_end]
            folded_sentence = folded_text[s_start:s_end]
            appended = len(events)
            # English-only and Japanese-only rules are asked only of sentences that may need them (read once)
            latin = _CJK.search(sentence) is None
            has_topic = "は、" in sentence
            has_kana = not latin and _KANA_IN.search(sentence) is not None
            if is_caption(sentence) or states_nothing(folded_sentence):
                # a caption repeats an event; `本稿は…を跡づける` says what the text does (`speaks_of_itself`);
                # `问：请介绍本月…的有关情况。`: a request for an account states nothing (`requests_an_account`)
                # (but `本稿は、2018年5月に署名された覚書を軸に…`: a date of an act the text names is that act's)
                mentions = (
                    [d for d in mentions if dates_a_named_act(folded_sentence, d.end - s_start)]
                    if not is_caption(sentence) and speaks_of_itself(folded_sentence)
                    else []
                )
                if not mentions:
                    continue
            if credits := photo_credits(sentence):
                # `（6月6日摄）`: a date in a photographer's credit dates the photograph
                mentions = [d for d in mentions if not any(a <= d.start - s_start < b for a, b in credits)]
                if not mentions:
                    continue
            if turn_asks_to_confirm(folded_text, s_start) or closes_as_a_request(folded_sentence):
                # `据报道，…4日…签署了…协议。中方能否证实？`: the turn puts the report to the speaker;
                # `…の訪問について伺います。`: a request for an account of what it names; neither states an act
                continue
            if _asks(sentence):
                if asks_to_confirm(folded_sentence):
                    continue  # `有报道说…，中方能否证实？`: a report put to the speaker, not stated
                # a question states nothing; only what it builds on before its last comma does
                # (`问：日本首相29日出席北约峰会，有何评论？`)
                asked = s_start + max(sentence.rfind(c) for c in "，,、；;") + 1
                if asks_from_the_start(folded_sentence):
                    asked = s_start  # `Q: How large is this year's exercise, and …?`: asked from its first word
                mentions = [d for d in mentions if d.end <= asked]
                if not mentions or only_sets_the_scene(folded_sentence[: asked - s_start]):
                    continue  # `问：6月17日的事件之后，…？`: the scene of what is asked, no act
            announced: list[Any] = []  # days an announced act holds from (`宣布，即日起…`): inside its clause
            if len(mentions) > 1 and (not_acts := _dates_of_no_act(sentence, folded_sentence, mentions, s_start)):
                spans = [(d.start - s_start, d.end - s_start) for d in mentions]
                held = announced_from_this_day(folded_sentence, spans, [d.edtf for d in mentions])
                announced = [d for i, d in enumerate(mentions) if i in held]
                # `推迟原定9月初的访问`: a plan's date; `Earlier this month, on 12 February`: one date, the finer
                mentions = [d for i, d in enumerate(mentions) if i not in not_acts]
            if modifying := attributive_dates(sentence, [(d.start - s_start, d.end - s_start) for d in mentions]):
                mentions = [d for i, d in enumerate(mentions) if i not in modifying]
                if not mentions:
                    continue  # `去年的谈判之后，双方…`: the date dates what came before the act
            lasting = [
                names_a_lasting_thing(sentence, d.start - s_start, d.end - s_start, d.kind == "open") for d in mentions
            ]
            if any(lasting):
                # `自2021年12月起的…伙伴关系`, `the work done … since December 2021`: what has lasted, no act then
                mentions = [d for d, named in zip(mentions, lasting, strict=True) if not named]
                if not mentions:
                    continue
            told = [d for d in mentions if _told_before(told_dates, d.edtf)]
            if told and (
                again := {
                    id(d)
                    for d in told
                    if names_an_act_again(folded_sentence, d.start - s_start, d.end - s_start)
                    or told_again_before_speech(folded_sentence, d.start - s_start, d.end - s_start)
                }
            ):
                # `Yesterday's agreement was …`, `本月6日簽署的協定將…`: an act of a day already told, named again
                mentions = [d for d in mentions if id(d) not in again]
                if not mentions:
                    continue
            second_of_occasion: DateMention | None = None  # the main act after a dated clause, of the occasion
            if has_kana and (main := main_act_date(sentence, folded_sentence, mentions, s_start, dated_before)):
                # `両首脳は2008年に発表した…宣言を改め、新たな…に署名した`: the clause's date is the noun's making; the
                # main act after the noun's phrase takes the sentence's date before it, or the occasion's (date87);
                # the noun's making told before (`2007年に署名された共同宣言を改める…` after its day) is no act again
                (k, bare_before), dated = main
                # with no date before the clause the main act is a second act of the occasion, told as one (rec48)
                second_of_occasion = dated if k == 0 else None
                dropped = {bare_before, k if _told_before(told_dates, mentions[k].edtf) else None}
                mentions = sorted(
                    [*(d for i, d in enumerate(mentions) if i not in dropped), dated], key=operator.attrgetter("start")
                )
            in_sentence = doc.markers[
                bisect.bisect_left(marker_starts, s_start) : bisect.bisect_left(marker_starts, s_end)
            ]
            notes = tuple([i for m in in_sentence for i in m.footnotes]) if in_sentence else ()
            first = bisect.bisect_left(starts, s_start)
            last = bisect.bisect_left(starts, s_end)
            # (start in the sentence, ids) of each entity mention of the sentence, and where each starts: a clause's
            # or a reading span's mentions are a slice of them, found by bisection
            entity_mentions = [
                (m.start - s_start, m.ids)
                for m in all_mentions[first:last]
                if m.end <= s_end and not folded_text.startswith(_ORIGIN, m.end)
            ]
            named_at = [at for at, _ in entity_mentions]
            topics: list[tuple[int, tuple[str, ...]]] | None = None  # read only for a later clause (`_topics`)
            sentence_ids: list[str] | None = None  # the ids the sentence names, read for a clause that names none
            # offices written as a former holder's title (`前首相`): checked once per sentence, offices only
            titles_of_former = [
                (at, ids) for at, ids in entity_mentions if ids in office_ids and _former(folded_text, s_start + at)
            ]
            # offices written with a name the data does not know right after them (`总理阿卜杜勒·拉扎克`): that
            # person's title, whose holder is not inferred either (no one else is guessed for it)
            titles_of_former += [
                (m.start - s_start, m.ids)
                for k, m in enumerate(all_mentions[first:last], first)
                if m.ids in office_ids
                and m.end <= s_end
                and not (
                    k + 1 < len(all_mentions)
                    and all_mentions[k + 1].start == m.end
                    and all_mentions[k + 1].basis != "as-written"  # that person as written (act63)
                )
                and unknown_name_at(folded_text, m.end)
            ]
            # act69: an office glued to the name of a person the data knows (`<title><Name>`, `<Name><title>`),
            # with the person: read per date below (`_glued_titles_out_of_term`)
            titles_glued: list[tuple[int, tuple[str, ...], str]] = [
                (m.start - s_start, m.ids, person)
                for k, m in enumerate(all_mentions[first:last], first)
                if m.ids in office_ids
                and len(m.ids) == 1
                and m.end <= s_end
                and (person := _glued_person(all_mentions, k)) is not None
            ]
            # gaz88: offices named apart from any person's name (`met King Salman and the crown prince`): the
            # title is not a courtesy beside a name, so its holder of the act's date stands (`_lapsed_titles`)
            titles_apart: list[tuple[int, tuple[str, ...]]] = [
                (m.start - s_start, m.ids)
                for k, m in enumerate(all_mentions[first:last], first)
                if m.ids in office_ids and m.end <= s_end and not _beside_person(all_mentions, k, text, g)
            ]
            lead_ids: list[str] = []  # a schedule row's doer, named in the line over its table
            if sentence[:1] in bars or "\t" in sentence or "   " in sentence:
                lead = schedule_lead(tables, folded_sentence, s_start, s_end)
                if lead is not None:
                    k = bisect.bisect_left(starts, lead[0])
                    if k < len(all_mentions) and all_mentions[k].end <= lead[1]:
                        lead_ids = list(all_mentions[k].ids)  # the line's first name: who the programme is of
            # the sentence's one pass (`sentence_features`): a rule asked of a reading span below is searched only
            # when one of its words stands in that span
            features = features_of(folded_sentence, data)
            clauses = _clauses(sentence, [(d.start - s_start, d.end - s_start) for d in mentions])
            clause_pieces: dict[tuple[int, int], list[tuple[int, int]]] = {}
            own_dates = all_dates[bisect.bisect_left(date_starts, s_start) : bisect.bisect_left(date_starts, s_end)]
            clauses = _ended_by_spans(clauses, mentions, own_dates, sentence, s_start, announced)
            if not latin and len(mentions) > 1:
                clauses = _before_next_subject(clauses, mentions, sentence, s_start, entity_mentions, folded_sentence)
            for k, (mention, (c_start, c_end)) in enumerate(zip(mentions, clauses, strict=True)):
                date_span = (mention.start - s_start, mention.end - s_start)
                neighbours = (
                    mentions[k - 1].end - s_start if k else 0,
                    mentions[k + 1].start - s_start if k + 1 < len(mentions) else len(sentence),
                )
                in_clause = list(
                    dict.fromkeys(
                        i
                        for _, ids in entity_mentions[
                            bisect.bisect_left(named_at, c_start) : bisect.bisect_left(named_at, c_end)
                        ]
                        for i in (ids if len(ids) < 2 else _persons_in_office(ids, mention.edtf, g))
                    )
                )
                if not in_clause and latin and k:
                    # `…, and neighbouring Sweden signed … in December`: a later date's act told before it, with a
                    # subject of its own, has the names of its own coordinated clause, not the sentence's
                    in_clause = _own_subject(sentence, folded_sentence, neighbours[0], date_span[0], entity_mentions)
                if latin and k and entity_mentions and _PRONOUN_SUBJECT.match(sentence, date_span[1]):
                    # `…, and in December 2020 it imposed sanctions on …`: the pronoun is the sentence's subject
                    in_clause = list(dict.fromkeys([*entity_mentions[0][1], *in_clause]))
                if c_start > mentions[0].start - s_start:
                    in_clause = _with_lead(in_clause, entity_mentions, mentions[0].start - s_start, entities)
                    if not latin:
                        in_clause = _with_lead_subject(
                            in_clause, entity_mentions, (date_span[1], c_end), folded_sentence
                        )
                    if topics is None:
                        topics = _topics(text, all_mentions[first:last], s_start, s_end)
                    in_clause = _with_topic(in_clause, topics, c_start, c_end)
                embedded = embedded_clause(sentence, *date_span) if has_topic else None
                if embedded is None and latin and " that " in sentence:
                    embedded = embedded_that_clause(sentence, date_span[0], named_at)
                if embedded is not None:
                    # `XはDATEにYが…したことを歓迎した`, `X acknowledged that Y became … in DATE`: the dated act is
                    # Y's; X acts in the outer verb
                    inside = [
                        i
                        for _, ids in entity_mentions[
                            bisect.bisect_left(named_at, embedded[0]) : bisect.bisect_left(named_at, embedded[1])
                        ]
                        for i in ids
                    ]
                    in_clause = list(dict.fromkeys(inside)) or in_clause
                former = {i for at, ids in titles_of_former if c_start <= at < c_end for i in ids}
                if titles_glued:
                    former |= _glued_titles_out_of_term(titles_glued, c_start, c_end, mention.edtf)
                # an office also named beside a name in the clause is not apart
                offices_here = [(at, ids) for at, ids in entity_mentions if c_start <= at < c_end and ids in office_ids]
                apart_at = {at for at, _ in titles_apart}
                apart = {i for at, ids in offices_here if at in apart_at for i in ids} - {
                    i for at, ids in offices_here if at not in apart_at for i in ids
                }
                # dates joined into one chain share their clause: its predicates are cut once
                if (c_start, c_end) not in clause_pieces:
                    clause_pieces[(c_start, c_end)] = predicates(sentence, c_start, c_end, data, folded_sentence)
                pieces = list(clause_pieces[(c_start, c_end)])
                # the next date's act, cut off: its names are no actors of this date's
                pieces, others = (
                    _without_the_next_dates_act(pieces, date_span, neighbours[1], sentence) if latin else (pieces, ())
                )
                # `2023年適逢備忘錄簽署五週年，…`: the act an anniversary counts (簽署) is no act of the year
                counted = anniversary_count_end(sentence, date_span[1])
                occasion = len(pieces) > 1 and mention.basis == "relative" and is_occasion_phrase(mention.text)
                on_a_day = _DAY_EDTF.match(mention.edtf) is not None
                for p_start, p_end in _pieces_of_date(pieces, date_span, folded_sentence, on_a_day):
                    if occasion and p_end <= date_span[1] + 2:
                        continue  # `卡斯特罗总统访问期间，…`: the visit is the occasion told before, no new act
                    r_start, r_end = reading_span(sentence, (p_start, p_end), date_span, neighbours)
                    if counted is not None:
                        if r_end <= counted:
                            continue
                        r_start = max(r_start, counted)
                    within = None if features is None else (features, r_start, r_end)
                    own = _without_later_pieces_names(
                        in_clause, entity_mentions, pieces, (p_start, p_end), date_span, folded_sentence, others
                    )
                    if not own and sentence_ids is None:
                        sentence_ids = list(dict.fromkeys(i for _, named_ids in entity_mentions for i in named_ids))
                    # a summit, council or centre named alone still brings the organisation it is part of in as an
                    # actor; a person, what the offices they held on the date act for
                    doers = own or sentence_ids or []
                    # `2022年10月11日：在聖彼得堡與…會面` on a page about one person: the line leaves its subject,
                    # that person, to the page's title
                    by_title = (
                        title_person
                        if title_person is not None
                        and title_person not in doers
                        and chronicle_line(text, s_start, mention.start, mention.end)
                        else None
                    )
                    if by_title is not None:
                        doers = [by_title, *doers]
                    ids, basis = table.actors(doers, mention.edtf, former, apart)
                    if by_title is not None:
                        basis[by_title] = "title"
                    # `They left in May 2017.`: the subject of the sentence before, in the same paragraph
                    # carry64: or from a paragraph before, when the piece's own form drops or points back to its
                    # subject and nothing named between names another (`_carried_across`)
                    piece = folded_sentence[p_start:p_end]
                    same_paragraph = carried is not None and text.find("\n", carried[0], s_start) < 0
                    if (
                        not ids
                        and carried
                        and (
                            (same_paragraph and (collective or carries_subject(piece)))
                            or _carried_across(text, carried_subject, s_start, piece, all_mentions, starts)
                        )
                    ):
                        ids = list(carried[1] if same_paragraph else carried_subject[1])  # type: ignore[index]
                        basis |= dict.fromkeys(ids, "previous-sentence")
                    elif ids and carried and same_paragraph:
                        ids = _with_carried_subject(ids, carried[1], basis, piece)
                    elif ids and _carried_across(text, carried_subject, s_start, piece, all_mentions, starts):
                        ids = _with_carried_subject(ids, carried_subject[1], basis, piece)  # type: ignore[index]
                    if (
                        speaker
                        and not set(speaker) & set(ids)
                        and len(_persons_in_office(speaker, mention.edtf, g)) == 1
                        and speakers_own_act(piece)
                    ):
                        # carry65: a humble clause with its subject dropped (`…に出席いたしました`) tells the act of
                        # the one who speaks: the person the record's head names (the one in office on the date),
                        # before the names it holds
                        own, _ = table.actors(list(_persons_in_office(speaker, mention.edtf, g)), mention.edtf, former)
                        ids = [*own, *(i for i in ids if i not in own)]
                        basis |= dict.fromkeys(own, "speaker")
                    if (
                        ids
                        and len(title_parties) == 2
                        and len(set(ids) & set(title_parties)) == 1
                        and names_a_receiver(folded_sentence[p_start:p_end])
                    ):
                        # `平时作战指挥权移交韩国军队` on a chronology line: the giver is the title's other party
                        added = [i for i in title_parties if i not in ids]
                        ids = [*added, *ids]
                        basis |= dict.fromkeys(added, "title")
                    own_party = (
                        None
                        if ids
                        else own_affair_party(
                            topic_reader, title_parties, all_mentions, starts, s_start + r_start,
                            folded_text[s_start + r_start : s_start + r_end],
                        )
                    )  # fmt: skip
                    if own_party:
                        # a law passed or a strategy decided that names no one (`全国人大常委会通过《…法》`, `the
                        # Diet enacted …`): the own affair of the party its paragraph named last
                        ids = own_party
                        basis |= dict.fromkeys(ids, "paragraph")
                    elif not ids and title_parties:
                        # `2023年12月 – …の運用が始まった`: an act that names no one is of the parties the title names
                        ids = list(title_parties)
                        basis |= dict.fromkeys(ids, "title")
                    if lead_ids:
                        led, _ = table.actors(lead_ids, mention.edtf, set())
                        added = [i for i in led if i not in ids]
                        ids = [*added, *ids]
                        basis |= dict.fromkeys(added, "table-lead")
                    if ids and may(within, "membership") and (
                        joined := grouping_joined(
                            ids, folded_text[s_start + r_start : s_start + r_end], all_mentions, starts,
                            s_start + r_start, entities,
                        )
                    ):  # fmt: skip
                        # `Iceland joined in April 2021`: the grouping the document named before (`membership`)
                        ids = [*ids, joined]
                        basis[joined] = "membership"
                    if (
                        ids
                        and title_parties
                        and (
                            hosts := meeting_of_title(
                                ids, folded_text[s_start + r_start : s_start + r_end], title_parties, entities
                            )
                        )
                    ):
                        # `…主辦峰會`: the grouping's meeting its host holds is the title parties' (`membership`)
                        ids = [*ids, *hosts]
                        basis |= dict.fromkeys(hosts, "title-meeting")
                    if (
                        ids
                        and may(within, "own_acts")
                        and (
                            alone := _own_act_doers(ids, folded_text[s_start + r_start : s_start + r_end], mention.edtf)
                        )
                    ):
                        ids = alone  # `took office`: the person and what the office acts for, no one else
                    actors, involved = table.split(ids)
                    folded = folded_text[s_start + r_start : s_start + r_end]
                    types, _ = type_cues(data, folded, folded_sentence, r_start)
                    if not types and names_a_turn(folded_sentence) and not type_cues(data, folded_sentence)[0]:
                        turned = mention
                        continue  # `転機は2023年3月に訪れた。`: when the turn came; its act is told after it
                    if not types and mention.basis == ENTRY_HEAD and not _opens_its_line(text, mention.start):
                        # `March 2022 – … signed a memorandum. The memorandum covers …`, `契約額は…からなる`: a later
                        # sentence of a chronology's entry with no act of its own describes the entry's act or counts
                        # (the entry's first sentence, under a head alone on its line, is its act: `arrives in Iraq`)
                        continue
                    if types and opens_a_list_of_the_visit(folded, {str(data["types"][i]["cameo"]) for i in types}):
                        continue  # `访问期间：`, `During the visit, the two sides:`: the list is the acts (one82)
                    as_second = second_act or mention is second_of_occasion
                    cameos = {str(data["types"][i]["cameo"]) for i in types} if as_second else set()
                    if voted and not casts_a_vote(folded):
                        continue  # `…, which its critics read as …` after a member's vote: a comment, no act
                    if (
                        as_second
                        and not voted
                        and not (tells_a_sequel if sequel else tells_a_second_act)(cameos, folded)
                    ):
                        continue  # a second act is told by an act of its own (`双方还发表联合声明`)
                    if (
                        second_act
                        and over_agreement
                        and not issues_or_signs(cameos, folded)
                        and not acts_on_standing(cameos, folded)
                    ):
                        continue  # across a sentence passed over, a statement issued, a signing or a raising (rec83)
                    if as_second and event_mode(data, folded, types, folded_sentence, r_start) != "asserted":
                        continue  # a second act told as planned or negated is none of that occasion
                    decade = mention.precision in ("decade", "century")
                    if not types and decade and may(within, "absence") and found_in(data["absence_re"], folded):
                        continue  # `1990年代…没有往来`: a decade of an absence is a state of affairs, no happening
                    states = data["decade_states_re"]
                    if decade and states is not None and may(within, "decade_states") and found_in(states, folded):
                        continue  # `20世纪90年代，装备主要来自…`, `were built in the 1990s on …`: a state or a process
                    figures = data.get("figure_states_re")
                    if (
                        figures is not None
                        and may(within, "figure_states")
                        and _dates_a_figure(folded, max(0, date_span[0] - r_start), types, figures)
                    ):
                        continue  # `In 2022 their air forces had about 250 jets`, `2022年贸易额增长`: a figure, no act
                    if mention.precision != "day" and names_a_figure(data, folded_sentence, date_span[1]):
                        # `2023年の両国間の貿易額は、…`: the year of a figure the date modifies, no act; a figure is
                        # dated by its year or month, never by a day: a day before a figure noun dates an act done to
                        # it (`议会于<day>通过新的国防预算`: a budget passed that day)
                        continue
                    if (
                        embedded is not None
                        and figures is not None
                        and embedded[0] <= date_span[0] < embedded[1]
                        and _embeds_a_figure(data, folded_sentence[embedded[0] : embedded[1]], figures)
                    ):
                        continue  # `両首脳は、2013年に投資が伸びたことを歓迎し`: the year of the figure welcomed
                    if not types and tells_a_disaster(data, folded):
                        continue  # `尼泊尔发生强烈地震`, `Floods displaced thousands`: no one acts (a natural disaster)
                    # a happening's name dates the pair's own happening (event_happenings), whatever state followed
                    # (asked only of a clause with no type cue: the two rules it guards read no other)
                    named_happening = not types and happening_name_span(text, mention.start, mention.end) is not None
                    if not types and not named_happening and tells_a_state(folded):
                        continue  # `谈判在2018年后陷入停滞`, `关系一度冷淡`: a state, no one acts (prec48)
                    if (
                        not types
                        and not named_happening
                        and _AFTER_THE_DATE.match(folded_sentence, date_span[1])
                        and tells_a_trend(folded)
                    ):
                        continue  # `合作在2022年后迅速加深`: a trend from a date on, told as after it (prec48)
                    if latin and not types and counts_an_anniversary_en(folded):
                        continue  # `…and marked the fortieth anniversary this year`: a count of years, no act
                    if (
                        k
                        and not types
                        and (
                            mention.precision == "season"
                            or (mention.precision == "year" and mention.qualifier in _PARTS_OF_A_YEAR)
                        )
                    ):
                        # `X visited Y on 7 May 2017, and the tension … in the summer of 2020 brought them closer`:
                        # a season or a part of a year (`early 2021`) after the sentence's first date, in a clause
                        # with no act of its own (the act cue is the earlier date's), is a period, no happening
                        continue
                    if mention.edtf.endswith("/..") and takes_effect(folded):
                        # `自2019年1月1日起生效`: the day an instrument holds from is the day it entered into force
                        opened = mention.edtf[: -len("/..")]
                        mention = replace(mention, edtf=opened, precision=_PRECISION_OF_LENGTH.get(len(opened), "year"))
                    if mention.edtf.endswith("/..") and tells_a_trend(folded):
                        continue  # `2014年以后合作明显加深`: a trend since a date, no happening
                    if mention.edtf.endswith("/..") and tells_a_lasting_state(folded):
                        continue  # `have kept diplomatic relations since 1992`: a state since a date (prec72)
                    if mention.edtf.endswith("/..") and not types and holds_a_post_since(folded):
                        continue  # `自2010年起再度擔任總理`: a tenure from a date on, no act then (prc57)
                    plover_cameo = event_type(data, types)
                    named = [
                        (at - r_start, cue_class)
                        for at, named_ids in entity_mentions[
                            bisect.bisect_left(named_at, r_start) : bisect.bisect_left(named_at, r_end)
                        ]
                        for cue_class in classes_of[named_ids]
                    ]
                    # a body or force named back takes the topic it was named with, in the sentence before or
                    # earlier in its own (`…网络防御中心的工作，并于…正式加入该中心`)
                    earlier = folded_text[s_start if before_start is None else before_start : s_start + r_start]
                    subject_at = max(folded_sentence.rfind(mark, 0, r_start) for mark in "，、,。；") + 1
                    named += referred_topic(data, folded, earlier, folded_sentence[subject_at:r_start])
                    # an instalment named back (`The 2023 edition ran …`): the occasion the text before names last
                    instalment = referred_occasion(
                        data,
                        folded,
                        folded_text[max(0, s_start + r_start - _OCCASION_WINDOW) : s_start + r_start],
                        folded_sentence[max(0, r_start - _SUBJECT_WINDOW) : r_start],
                    )
                    named += instalment
                    domain = classify_domain(data, folded, named, folded_sentence, r_start)
                    domain = visit_as_occasion(data, folded, domain, named)
                    if latin and p_start > r_start:
                        domain = visit_piece(data, folded_sentence[p_start:p_end], domain)  # the visit's own words
                    if TOPIC_OF_PARAGRAPH and may_take_topic(domain):
                        # `An earthquake struck …. The navy sent two frigates`: forces sent in a paragraph whose
                        # topic is a security issue serve that topic (the codebook's rule 9; event_domain_topic);
                        # asked only of a domain the topic may change (fast72: the others are returned as they are)
                        paragraph_start = topic_reader.paragraph(s_start)[0]
                        own_cues = clause_domain_cues(folded, folded_sentence, r_start) + _drill_cues(data, instalment)
                        domain = topic_domain(
                            data, domain, own_cues,
                            folded_text[paragraph_start : s_start + len(folded_sentence)],
                            # the title and lead are read for a drill's domain alone
                            _document_topic_text(topic_reader, folded_text, paragraph_start)
                            if domain == MOVED_DOMAIN
                            else "",
                            folded,
                        )  # fmt: skip
                    venue = venue_only(
                        topic_reader, ids, (s_start, s_end), plover_cameo[1], folded_sentence, sides_of_case
                    )
                    if venue:  # `…在曼谷会见…`: the third state whose city the meeting was held in is no side (gaz84)
                        ids = [i for i in ids if i not in venue]
                        actors, involved = table.split(ids)
                    named_ids = ids
                    if (
                        len(sides_of_case) >= 2
                        and not between_sides(set(ids), sides_of_case)
                        and (
                            from_topic := partner_from_topic(
                                topic_reader, ids, (s_start, s_end), s_start + r_start, plover_cameo[1], folded,
                                sides_of_case, parties_of_case,
                                folded_sentence[max(0, date_span[0] - 16) : date_span[1] + 4], s_start + r_end,
                            )
                        )
                    ):  # fmt: skip
                        # `the two sides signed…`, `同月、護衛艦が寄港した`: a two-sided act whose other side the
                        # paragraph (else the title and lead) has named and the clause takes for granted
                        added = [i for i in from_topic[0] if i not in ids]
                        ids = [*ids, *added]
                        basis |= dict.fromkeys(added, from_topic[1])
                        actors, involved = table.split(ids)
                    key = tuple(ids)
                    if key not in between:
                        between[key] = between_sides(set(ids), sides_of_case)
                    one_sided = one_side_on_its_arrangement
                    kept_one_side = not between[key]
                    if not between[key] and not one_sided(data, folded, set(ids), sides_of_case, within):
                        # a Chinese or Japanese clause that starts at its date leaves its subject before it: the
                        # instrument an act is done to (`公约于同年10月14日对叙利亚生效`) is read with it
                        subject = "" if latin else folded_sentence[subject_at:r_start]
                        if not subject or not one_sided(data, subject + folded, set(ids), sides_of_case, None):
                            # a visit, talks or an exercise told with one side only keeps the domain of its own
                            # words; its actors stay as the clause names them (dom85)
                            beside = folded_sentence[max(0, date_span[0] - 16) : date_span[1] + 4]
                            if not (
                                TWO_SIDED_ACTS
                                and act_of_two_sides(data, plover_cameo[1], domain, _parties_of(ids), sides_of_case)
                                and told_as_two_sided(plover_cameo[1], folded, beside)
                            ):
                                domain = "context"
                            kept_one_side = False
                    if kept_one_side and (other := other_side(set(ids), sides_of_case, parties_of_case)):
                        # one side's act kept as the pair's (its relief sent, its envoy summoned, its signature on
                        # the pair's treaty): the side the clause leaves unnamed is the one the act is done to
                        involved = [*involved, *(o for o in other if o not in actors and o not in involved)]
                    mode = event_mode(data, folded, types, folded_sentence, r_start)
                    if mode == "asserted" and not latin and not types and _OBJECT_LEFT_OPEN.search(folded):
                        # `翌17日にAを、18日にBを訪問する予定である`: the object waits for the later verb and its mode
                        # (one with a verb of its own, `2023年に署名した協定を、`, keeps its mode)
                        rest = folded_sentence[r_end:]
                        rest_types, _ = type_cues(data, rest)
                        mode = event_mode(data, rest, rest_types)
                    if mode == "asserted" and latin:  # a date inside what was said (`said the pact would …`)
                        mode = reported_mode(data, folded_sentence, date_span[0]) or mode
                    if mode == "asserted" and not latin and dates_a_denial_in_report(folded_sentence, *date_span):
                        mode = "negated"  # `…表示，法国本周也不会宣布…`: the date of an act denied in what was said
                    if mode == "negated" and latin and told_after_a_withdrawn_act(data, folded_sentence, date_span[0]):
                        mode = "asserted"  # `… was postponed after <state> announced on <date> that …`
                    if mode == "asserted" and latin and planned_before_the_date(data, folded_sentence, date_span[0]):
                        mode = "planned"  # `The next round of talks will be held … later this year`
                    if mode == "asserted" and has_kana and dates_an_act_agreed_to_ja(sentence, *date_span):
                        mode = "planned"  # `協議を本年中に東京で開催することで一致した`: the date of the act agreed on
                    if mode in ("asserted", "possible") and after_document_date(mention.edtf, written):
                        mode = "planned"  # what a text dates after its own date it cannot report as done
                    future, future_ends = data["future_before_date_re"], data["future_last_chars"]
                    if (
                        mode == "asserted"
                        and future is not None
                        and (
                            future_ends is None
                            or folded_sentence[max(0, date_span[0] - 4) : date_span[0]].rstrip()[-1:] in future_ends
                        )
                        # the folded sentence, as the markers are folded (`將在` is found as `将在`)
                        and future.search(folded_sentence, max(0, date_span[0] - 8), date_span[0])
                    ):
                        mode = "planned"  # `首次對話將於今年下半年舉行`: a date a future marker governs
                    names = [entities[i]["name"] for i in actors]
                    roles = {"source": actors[0]} if actors else {}
                    if len(actors) > 1:
                        roles["target"] = actors[1]
                    summary = f"{mention.edtf}: {', '.join(names) or 'unknown actors'} — {plover_cameo[0]} ({domain})"
                    if named_ids:
                        carried = (s_end, tuple(named_ids))
                        subject_ids = _subject_of(text, s_start, s_end, named_ids, all_mentions, starts, entities)
                        if subject_ids:
                            carried_subject = (s_end, subject_ids)
                    _tell(told_dates, mention.edtf)
                    events.append(
                        Event(
                            id=f"{doc_id or 'doc'}-e{len(events) + 1:03d}",
                            date=mention.edtf,
                            date_precision=mention.precision,
                            date_text=mention.text,
                            actors=list(actors),
                            roles=roles,
                            involved=list(involved),
                            type=plover_cameo[0],
                            cameo=plover_cameo[1],
                            domain=domain,
                            mode=mode,
                            summary=summary,
                            evidence=Evidence(doc_id, s_start, s_end, sentence, notes),
                            date_basis=mention.basis,
                            where=region.where,
                            actor_basis={i: b for i, b in basis.items() if i in ids},
                        )
                    )
            # the sentence dates one occasion (one date, not open, not a decade) that a second act may follow
            one = mentions[0]
            if (
                second_act
                and collective
                and len(events) == appended
                and dated_before is not None
                and (tells_an_agreement(folded_sentence) or carries_over(folded_sentence))
            ):
                # chain78: `…举行会谈。双方同意加强…。两国元首宣布…提升为…`: what the sides agreed, intended or viewed
                # with no word of time (kind (c)) is no event, and the occasion's date passes over it to the act after
                dated_before = (s_end, dated_before[1])
                carried_to = s_end
            elif (
                second_act_subject(folded_sentence) is not None
                and dated_before is not None
                and dated_before[0] == s_start
                and len(mentions) == 1
                and opens_a_span(text, one.start, one.end)
            ):
                # span79: `両首脳は、1992年2月の外交関係樹立以来…歓迎した`: the date opens a span told as background;
                # the occasion before passes over it as over an agreement told between (only a statement or a signing
                # after)
                dated_before = (s_end, dated_before[1])
                carried_to = s_end
            else:
                dated_before = (
                    (s_end, one)
                    if len(events) > appended
                    and events[-1].mode == "asserted"
                    and len(mentions) == 1
                    and not one.edtf.endswith("/..")
                    and one.precision not in ("decade", "century")
                    and not opens_a_span(text, one.start, one.end)
                    else None
                )
            last_dated = dated_before
            turn_before = (s_end, turned) if turned is not None and len(events) == appended else None
            if (
                len(mentions) == 1
                and sentence.rstrip().endswith((":", "："))
                and not mentions[0].edtf.endswith("/..")
                and mentions[0].precision not in ("decade", "century")
            ):
                list_lead = (s_end, mentions[0])  # a lead announcing the items after it (read at the next region)
            elif listed is not None:
                list_lead = (region.end, listed[1])  # the items go on: the next one is the same lead's
    return events


# a bulleted item opening a paragraph (`- signed …`, `・…`, `• …`), not a numbered one (`6.`: a paragraph of its own)
_BULLET_ITEM = re.compile(r"[ \t\u3000]*[-–—•・‧*●○■□◆▪][ \t\u3000]*(?=\S)")


def _dates_of_no_act(sentence: str, folded_sentence: str, mentions: list[DateMention], s_start: int) -> set[int]:
    """The indexes of the sentence's dates that date no act of their own (`event_date_choice`): a date planned
    for something (`原定9月初`), a coarse date refined by the next in apposition (`this month, on 12 February`) and
    the day an announced act holds from, told after the announcement of that day (`宣布，即日起…`) and the day of a
    saying whose content dates an act of its own (`今天表示，双方已于昨日签署…`)."""
    spans = [(d.start - s_start, d.end - s_start) for d in mentions]
    values = [d.edtf for d in mentions]
    return (
        planned_dates(folded_sentence, spans)
        | refined_dates(sentence, spans, values)
        | announced_from_this_day(folded_sentence, spans, values)
        | spoken_before_content(folded_sentence, spans, values)
    )


# a numbered item's number at a paragraph's start (`2　`, `3．`, `4. `): the items of a release told in order
_ITEM_NUMBER = re.compile(r"[ \t]*[0-9０-９]{1,2}(?:[．.、)）][ \t　]*|[ \t]*　[ \t　]*)")


def _item_number_length(folded_text: str, start: int, end: int) -> int:
    """The length of a numbered item's number opening `folded_text[start:end]`, 0 when it opens with none."""
    match = _ITEM_NUMBER.match(folded_text, start, end)
    return match.end() - start if match else 0


def _next_item(
    text: str, folded_text: str, start: int, end: int, last_dated: tuple[int, DateMention] | None
) -> tuple[int, DateMention] | None:
    """The occasion a paragraph may tell a second act of (`last_dated` moved to the paragraph's start) when it is
    the next numbered item right after the one whose last sentence dated it, and it opens with a second act's
    subject (`2　両首脳は…`): a release's numbered items go on telling the occasion its first item dated."""
    if last_dated is None or text[last_dated[0] : start].strip():
        return None
    skip = _item_number_length(folded_text, start, end)
    opening = folded_text[start + skip : end]
    if not skip:
        # rec72: a paragraph with no number that opens with a word of addition (`此外，…`) goes on too
        return (start, last_dated[1]) if opens_with_addition(opening) else None
    if second_act_subject(opening) is None and not (
        _DAY_EDTF.match(last_dated[1].edtf) and day_part_opening(opening) is not None
    ):
        return None  # rec72: or with a part of the dated day (`3　午後には、…`)
    return start, last_dated[1]


_SENTENCE_STOP = re.compile(r"[。！？!?]|\.(?=\s|$)")


def _last_date_names_a_turn(folded_text: str, at: int, start: int, end: int) -> bool:
    """Does the sentence holding the paragraph's last date (at `at`, the paragraph `[start, end)`) only say when a
    turn came (`names_a_turn`)? Then the sentence after it, which tells the act, is read too."""
    before = [m.end() for m in _SENTENCE_STOP.finditer(folded_text, start, at)]
    after = _SENTENCE_STOP.search(folded_text, at, end)
    return names_a_turn(folded_text[before[-1] if before else start : after.end() if after else end])


def _told_after_the_turn(turn: DateMention, text: str, s_start: int, s_end: int) -> DateMention:
    """The date of a sentence with no date of its own right after a sentence that only said when a turn came
    (`turn`, data `turn_sentences`: `The largest step came on 22 October 2025.`, `転機は2023年3月に訪れた。`): the
    act that was the turn is told there, on that date. Read over the sentence's first word, `after-act`."""
    end = s_start + max(1, len(text[s_start:s_end].split(maxsplit=1)[0]) if text[s_start:s_end].strip() else 1)
    return replace(turn, start=s_start, end=min(end, s_end), text=text[s_start : min(end, s_end)], basis="after-act")


def _second_act_date(before: DateMention, text: str, s_start: int, opening: tuple[int, int]) -> DateMention:
    """The date of a sentence telling a second act of the occasion the sentence before dated (`before`, its last
    date): that date's value, over the sentence's opening subject (`opening`, in the sentence), read `after-act`."""
    start, end = s_start + opening[0], s_start + opening[1]
    return replace(before, start=start, end=end, text=text[start:end], basis="after-act")


class _ActorTable:
    """What the events stage asks the gazetteer of a clause's ids, asked once per process for each distinct
    question: documents name a few hundred entities in thousands of clauses, and most clauses name states and
    organisations only, whose actors (with their parties and the bodies they are part of) do not depend on the
    date. Every answer is the gazetteer's (and the cue classes of the event rules'), never a document's."""

    def __init__(self, g: Any, data: dict[str, Any]) -> None:
        self.g = g
        self.data = data
        self.entities: dict[str, dict[str, Any]] = g.entities
        self.office_ids: set[tuple[str, ...]] = set()  # the ids of mentions that name an office
        self.classes_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # ids → the cue class of each that has one
        # the answers are kept as tuples of strings, which the cycle collector stops tracking once it has seen them
        # (lists, dicts and frozensets it tracks for good): thousands of them live as long as the process, and
        # every full pass of the collector would walk each one (speed32); callers get lists and dicts of their own
        self._undated: dict[tuple[str, ...], tuple[tuple[str, ...], bool]] = {}
        self._split: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._dated: dict[
            tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...]],
            tuple[tuple[str, ...], tuple[tuple[str, str], ...]],
        ] = {}

    def learn(self, distinct_ids: set[tuple[str, ...]]) -> None:
        """Read, for each ids of mentions not seen before, whether it names an office and its cue classes (its own
        cue class of each id, else its type's)."""
        entities = self.entities
        entity_classes: dict[str, str] = self.data["entity_cue_classes"]
        for ids in distinct_ids - self.classes_of.keys():
            if any(entities[i]["type"] == "office" for i in ids):
                self.office_ids.add(ids)
            self.classes_of[ids] = tuple(
                cue_class
                for i in ids
                if (cue_class := entities[i].get("cue_class") or entity_classes.get(entities[i]["type"]))
            )

    def actors(
        self, named: list[str], date: str, former: set[str], apart: set[str] | None = None
    ) -> tuple[list[str], dict[str, str]]:
        """`_clause_actors` of the clause's own ids (`named`, the sentence's when it names none), then
        `_with_holders` and `_with_bodies` on `date`, with the basis of each id they add: the same answer, read
        from the table when no person or office is among the ids (nothing then depends on the date). `apart`: the
        offices the clause names only apart from any person's name (their holder on `date` is never lapsed)."""
        key = tuple(named)
        known = self._undated.get(key)
        entities = self.entities
        if known is None:
            ids = _clause_actors(named, [], entities)
            dated = any(entities[i]["type"] in ("person", "office") for i in ids)
            if not dated:
                bodies = [b for i in ids for b in bodies_of(entities[i])]
                ids = list(dict.fromkeys([*ids, *bodies]))
            known = self._undated[key] = (tuple(ids), dated)
        kept, dated = known
        if not dated:
            return list(kept), {}
        apart = apart or set()
        on_date = (key, date, tuple(sorted(former)), tuple(sorted(apart)))  # the gazetteer's terms on that date
        answer = self._dated.get(on_date)
        if answer is None:
            if len(self._dated) >= 4096:
                self._dated.clear()
            with_holders, basis = _with_holders(list(kept), date, self.g, former, apart)
            with_bodies, out_of_term = _with_bodies(with_holders, date, entities)
            basis |= dict.fromkeys(out_of_term, "out-of-term")
            answer = self._dated[on_date] = (tuple(with_bodies), tuple(basis.items()))
        return list(answer[0]), dict(answer[1])

    def split(self, ids: list[str]) -> tuple[list[str], list[str]]:
        """The actors among `ids` (states, organisations, people, institutions, forces) and the others."""
        key = tuple(ids)
        known = self._split.get(key)
        if known is None:
            actors = [i for i in ids if self.entities[i]["type"] in _ACTOR_TYPES]
            known = self._split[key] = (tuple(actors), tuple(i for i in ids if i not in actors))
        return list(known[0]), list(known[1])


_TABLES: dict[tuple[int, int], _ActorTable] = {}


def _table(g: Any, data: dict[str, Any]) -> _ActorTable:
    """The table of the gazetteer `g` and the event rules `data` (one each per process; a test or the training
    script that builds others gets tables of its own)."""
    key = (id(g), id(data))
    table = _TABLES.get(key)
    if table is None or table.g is not g or table.data is not data:
        if len(_TABLES) >= 8:
            _TABLES.clear()
        table = _TABLES[key] = _ActorTable(g, data)
    return table


def _title_parties(
    doc: Document, mentions: list[EntityMention], starts: list[int], entities: dict[str, dict[str, Any]]
) -> tuple[str, ...]:
    """The states and organisations the document's title names, when it names two or more (`米韓比安全保障協力`,
    `Poland and Ukraine sign a security pact`): the relationship the text is about, whose parties an act told with no
    actor of its own (a passive, `…の運用が始まった`) belongs to. One party alone is no relationship: ()."""
    title = next(((s.start, s.end) for s in doc.spans if s.kind == "title"), None)
    if title is None:
        return ()
    # the mentions are in text order (their starts `starts`): those of the title are one slice of them
    in_title = mentions[bisect.bisect_left(starts, title[0]) : bisect.bisect_left(starts, title[1])]
    found = dict.fromkeys(
        i for m in in_title for i in m.ids if entities.get(i, {}).get("type") in ("state", "organization")
    )
    return tuple(found) if len(found) >= 2 else ()


# after a state's name, words that make it a person's origin, not a party to the act (`アルゼンチン出身の外交官`,
# `美籍`, `Argentine-born`): the person acts, for the offices held on the date, not the state of birth
_ORIGIN = ("出身", "出生", "籍", "-born", "生まれ")


@cache
def _own_acts() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    data = load_discourse().get("own_acts")
    return (re.compile(data["acts"]), re.compile(data["not_with"])) if data else None


def _own_act_doers(ids: list[str], folded: str, date: str) -> list[str] | None:
    """For an act a person does alone (`took office`, `就任`: discourse.json `own_acts`), the people among `ids` with
    their offices and what those offices acted for on `date`; None when the span tells no such act, names no person,
    or nothing would be left out."""
    cues = _own_acts()
    if cues is None or cues[0].search(folded) is None or cues[1].search(folded) is not None:
        return None
    g = gazetteer()
    people = [i for i in ids if g.entity(i)["type"] == "person"]
    if not people:
        return None
    # the doers are those whose term begins on the date (`took office in March 2022`), not the holders of other
    # offices the sentence names (`its foreign minister`, whose holder the date gives); all when none begins then
    people = [p for p in people if _term_begins(p, date)] or people
    # their offices: those the data says they held on the date (an office of another state the sentence names,
    # `its foreign minister`, is not theirs); every office named when the data has no terms for them
    held = [offices_held(person, date) for person in people]
    theirs = set().union(*(h for h in held if h is not None)) if any(h is not None for h in held) else None
    own = {*people, *(i for i in ids if g.entity(i)["type"] == "office" and (theirs is None or i in theirs))}
    for person in people:
        own.update(acting_for(person, date) or [g.entity(person).get("part_of", person)])
    kept = [i for i in ids if i in own]
    return kept if len(kept) < len(ids) else None


def _term_begins(person: str, date: str) -> bool:
    """Whether a term of office of `person` begins within `date` (an EDTF day, month or year)."""
    day = date.split("/")[0].rstrip("~?%")
    if not re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", day):
        return False
    return any(r["from"].startswith(day) for r in gazetteer().entity(person).get("roles", []))


def _title_person(
    doc: Document, mentions: list[EntityMention], starts: list[int], entities: dict[str, dict[str, Any]]
) -> str | None:
    """The person a page is about, when its title is that person's name and nothing more (`拉斐爾·格羅西`, `Kaja
    Kallas`): a biography, whose chronology's lines leave the subject out (`2023年7月5日：視察…`). None otherwise."""
    title = next(((s.start, s.end) for s in doc.spans if s.kind == "title"), None)
    if title is None:
        return None
    in_title = mentions[bisect.bisect_left(starts, title[0]) : bisect.bisect_left(starts, title[1])]
    if len(in_title) != 1 or len(in_title[0].ids) != 1:
        return None
    person = in_title[0].ids[0]
    rest = doc.text[title[0] : in_title[0].start] + doc.text[in_title[0].end : title[1]]
    if entities.get(person, {}).get("type") != "person" or _NAME_ONLY_REST.sub("", rest):
        return None
    return person


_NAME_ONLY_REST = re.compile(r"[\s()（）0-9\-–—－、,，]|[年生]")  # a title's life years or marks around a name
_CHRONICLE_MARK = re.compile(r"[\s・•‧*\-–—]*")  # a bullet before a chronology line's date
_CHRONICLE_AFTER = frozenset("：:–—-－|｜\t　 ")  # what parts a chronology line's date from its entry


def chronicle_line(text: str, s_start: int, d_start: int, d_end: int) -> bool:
    """Does the sentence at `s_start` open a chronology's line with its date (`d_start`–`d_end`), the entry after a
    colon, dash, bar or space (`2022年9月1日：率領…`, `- 5 July 2023 – visited …`)?"""
    if s_start and text[s_start - 1] != "\n":
        return False
    return (
        _CHRONICLE_MARK.fullmatch(text, s_start, d_start) is not None
        and d_end < len(text)
        and text[d_end] in _CHRONICLE_AFTER
    )


def _dateline_day(dates: list[Any]) -> Anchor | None:
    """The day of the document's first date line (`2023年11月27日、東京` under a title, a date the dates stage read as
    a dateline), when the layout gave the document no date: a text dated so reports nothing after that day as done.
    Used only to tell planned acts (`after_document_date`), never to date an event."""
    first = next((d for d in dates if d.role == "dateline"), None)
    return anchor_of(first.edtf) if first is not None and first.precision == "day" else None


CHRONOLOGY_ENTRY_NO_DATE = True  # dom71: a chronology's first entry is no date of writing, however few come after it
_CHRONOLOGY_LINES = 3  # lines opening with their date that make a chronology (a dateline stands alone)


def _opens_a_chronology(text: str, written: Anchor, dates: list[Any]) -> bool:
    """Is the document's date `written` the date of a line of a chronology (`8 April 2022 – The prime minister says
    …`, `2019年5月：…`): a date opening its line before a dash, colon or gap (`chronicle_line`), in a text where
    three or more lines so open? Such a date is an entry's, which the edge lines read as a dateline when the
    chronology starts near the top of a short page; its later entries in the historic present (`visits Kyiv`,
    `arrives in …`) were then read as planned, being after it, though the page reports them as done (dom70's
    encyclopedia page; `_date_of_writing` lets the date stand when fewer than half its dates come after it). A
    dateline stands alone over its story: one line, never three."""
    entries = [d for d in dates if chronicle_line(text, text.rfind("\n", 0, d.start) + 1, d.start, d.end)]
    if len(entries) < _CHRONOLOGY_LINES:
        return False
    return any(anchor_of(d.edtf) == written for d in entries)


def _date_of_writing(written: Anchor | None, dates: list[Any], from_lead: bool = False) -> Anchor | None:
    """The document's date as the date it was written, or None when most of the explicit dates of events it
    states and of the year headings over its chronology's lines (three or more) come after it
    (`dates.stage.reports_mostly_after`), or when it is a month heading a chronology's lines: a text reports
    mostly on its past, so such a date is no date of writing (a chronology's first entry taken for a dateline).
    A date read off the lead (`from_lead`: no dateline or issue line, the first event's own date) is only a guess,
    so the days the story dates by it without a year (`2022年7月14日，…会谈。7月15日，双方签署…。7月18日，…移交了…`)
    and the dates it counts from another (`同年4月24日`, `当月`, `the next day`) count as its explicit dates do: a
    story that goes on after its lead was written after what it tells, and a narrative that opens a section with
    its first date (`2021年2月1日，…宣布…。同年4月24日，…`) was not written on that day."""
    if written is None:
        return None
    if any(d.role == "heading" and anchor_of(d.edtf) == written for d in dates):
        return None  # `2019年1月` heading a chronology's day lines, which the layout took for the page's date
    counted = ("explicit", "previous-date", "relative") if from_lead else ("explicit",)
    return None if reports_mostly_after(written, dates, counted) else written


_START_OF = operator.attrgetter("start")  # of a date, an entity mention or a marker
_IDS_OF = operator.attrgetter("ids")  # of an entity mention
_EDTF_HEAD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def after_document_date(edtf: str, written: Anchor | None) -> bool:
    """Does the date `edtf` begin after the document's own date `written` (compared at the precision both have:
    `2024` is not after 2023-11-20's year, `2024-01` is after 2023-11)? False without a document date."""
    if written is None:
        return False
    head = _EDTF_HEAD.match(edtf)
    if head is None:
        return False
    year, month, day = (int(p) if p else None for p in head.groups())
    ours = (year, month if month and month <= 12 else None, day)
    theirs = (written.year, written.month, written.day)
    for a, b in zip(ours, theirs, strict=True):
        if a is None or b is None:
            return False
        if a != b:
            return a > b
    return False


def _pieces_of_date(
    pieces: list[tuple[int, int]], date: tuple[int, int], folded_sentence: str, day: bool = False
) -> list[tuple[int, int]]:
    """The predicates' pieces of a date's clause that are events of that date. In Chinese and Japanese a date
    stands before what happened on it, so a piece that ends before the date (`这是…签署的第二份协定；…于去年1月
    签署`) is the lead of the piece with the date, not an act of that date: it joins the piece after it. A later
    piece that tells what followed the date (`，此后每年派舰参加`: `event_clauses.after_the_date`) is dropped."""
    if len(pieces) < 2:
        return pieces
    out: list[tuple[int, int]] = []
    cjk = _CJK.search(folded_sentence) is not None
    if cjk and _DASH_BEFORE.search(folded_sentence, 0, date[0]) and not folded_sentence[date[1] :].strip(" \u3000。."):
        # `・…を訪問し、…と会談 ― 2019年4月14日`: a list item that tells its acts first and its date last, after a
        # dash; every act before the date is of that date (`stage._list_entry_dated_last`)
        return pieces
    lead: int | None = None
    for start, end in pieces:
        if lead is not None:
            start, lead = lead, None
        elif (
            out
            and after_the_date(folded_sentence[start:end])
            and not (day and next_on_the_day(folded_sentence[start:end]))
        ):
            continue  # but a day's next act (`、その後、…を発表した`) stays: `event_clauses.next_on_the_day`
        if cjk and end <= date[0] and not _VISIT_SPAN_BEFORE_DATE.search(folded_sentence, start, end):
            lead = start
            continue
        out.append((start, end))
    if lead is not None:
        out.append((lead, pieces[-1][1]))
    # the date's piece tells an act recalled or welcomed (`欢迎…于<date>加入…，并同意…`, `<date>に署名された…の下で、
    # …一致した`): the pieces after it are what the speakers do now, not acts of that date (prec68)
    for k, (start, end) in enumerate(out):
        if start <= date[0] < end and k + 1 < len(out):
            if recalls_the_dated_act(folded_sentence[start:end], date[0] - start, date[1] - start):
                return out[: k + 1] + [p for p in out[k + 1 :] if not speakers_own_next(folded_sentence[p[0] : p[1]])]
            break
    return out


_DAY_EDTF = re.compile(r"\d{4}-\d{2}-\d{2}$")  # a date to the day (no interval): its clause tells one occasion

# `<总统>访问<某地>期间，两国于<日期>签署…`: a visit told as the span of the act after it, naming its place, with the
# date only in the act's piece: the visit is an event of its own beside the act (the corpus README, "A visit and what
# is done during it", rec47), not the lead of the act's piece (rec67); `访问期间，` alone refers back to a visit told
# before and stays the lead
_VISIT_SPAN_BEFORE_DATE = re.compile(r"(?:访问|出访|到访|回访)(?!期间)[^，。；、\s]{1,16}?期间[，,、]?\s*$")
_DASH_BEFORE = re.compile(r"[―—–:：-][\s\u3000]*$")
_AND_THEN = re.compile(r",? and (?!then\b)|; ")  # where an English clause coordinates another act
_CLOSED_BY_THE_DATE = re.compile(r"\w\s+(?:in|on|at|by|during)\s*$", re.IGNORECASE)
# a word of time that needs no preposition (`… signed <state>'s there the same day`, `… took effect ninety days
# later`: a count of days from the date before) closes its act as `on 3 May` does (a count of weeks, months or years,
# or one back, is left out: with them a held-out set's floor check failed, pass/fail only)
_DAY_AS_ADVERB = re.compile(
    r"(?:the|that) (?:same |next |following )?(?:day|evening|morning|afternoon|night)\b"
    r"|[\w-]+ days? later\b",
    re.IGNORECASE,
)


def _without_the_next_dates_act(
    pieces: list[tuple[int, int]], date: tuple[int, int], next_date: int, sentence: str
) -> tuple[list[tuple[int, int]], tuple[tuple[int, int], ...]]:
    """The pieces of an English clause without the coordinated act that runs up to the next date of the sentence
    (`X joined in April 2023, and Y opened … in October`), and that act apart: English puts a date after its
    predicate, so that act is the next date's (read there), not this date's. Chinese and Japanese put a date
    first: their pieces are kept."""
    if not pieces or pieces[-1][1] != next_date or next_date >= len(sentence):
        return pieces, ()
    last_start = pieces[-1][0]
    closed = _CLOSED_BY_THE_DATE.search(sentence, last_start, next_date) or _DAY_AS_ADVERB.match(sentence, next_date)
    if not closed or _CJK.search(sentence):
        return pieces, ()
    cut = max((m.start() for m in _AND_THEN.finditer(sentence, max(last_start, date[1]), next_date)), default=None)
    if cut is None and len(pieces) > 1 and last_start >= date[1] and _FINITE.search(sentence, last_start, next_date):
        # `During his visit … in August 2016, the minister signed … on 29 August`: an act of its own after the date's
        # piece (`events_domain.predicates` cut it) that the next date closes is that date's; its subject is the
        # visitor of the occasion before (`his`), so its names stay the occasion's actors
        return pieces[:-1], ()
    if cut is None or not _FINITE.search(sentence, cut, next_date):
        return pieces, ()
    head = [*pieces[:-1], (last_start, cut)] if cut > last_start else pieces[:-1]
    return head, ((cut, next_date),)


_FINITE = re.compile(r"\b(?:[a-z]+ed|met|held|took|made|gave|sent|began|became|won|spoke|chose|signed|opened)\b")


def _without_later_pieces_names(
    in_clause: list[str],
    entity_mentions: list[tuple[int, tuple[str, ...]]],
    pieces: list[tuple[int, int]],
    piece: tuple[int, int],
    date: tuple[int, int],
    folded_sentence: str,
    others: tuple[tuple[int, int], ...] = (),
) -> list[str]:
    """A clause's ids without those named only where a later stretch keeps its names to itself (what followed the
    date, `，此后长期寻求加入北约`; a contrast, `，但土耳其…`: `event_clauses.keeps_its_names`), from its comma to
    the end of the event's piece, or in a later piece that opens so: they act there, not in the act of the date;
    so are those of `others`, pieces that are another date's act.
    Unchanged when nothing would be left."""
    p_start, p_end = piece
    apart = [(a, b) for a, b in pieces if a > p_start and keeps_its_names_at(folded_sentence, a, b)] + list(others)
    cut = first_cut_keeping_its_names(folded_sentence, max(p_start, date[1]), p_end)
    if cut is not None:
        apart.append((cut, p_end))
    if not apart:
        return in_clause
    named = {i for _, ids in entity_mentions for i in ids}
    elsewhere = {i for at, ids in entity_mentions if not any(a <= at < b for a, b in apart) for i in ids}
    kept = [i for i in in_clause if i in elsewhere or i not in named]
    return kept or in_clause


def _clause_actors(
    in_clause: list[str], entity_mentions: list[tuple[int, tuple[str, ...]]], entities: dict[str, dict[str, Any]]
) -> list[str]:
    """The ids of a clause: its own mentions' (collectives, generic names and anaphors were resolved by the
    entities stage), else the sentence's; an agreement or programme brings in its parties (what a part or a
    person acts for is added by `_with_bodies`)."""
    ids = in_clause or list(dict.fromkeys(i for _, named_ids in entity_mentions for i in named_ids))
    return list(dict.fromkeys([*ids, *(p for i in ids for p in entities[i].get("parties", ()))]))


_PRONOUN_SUBJECT = re.compile(r",? (?:it|they|he|she) (?!is\b|was\b|has\b|had\b)[a-z]+")
_CLAUSE_COORDINATOR = re.compile(r"(?:, (?:and|but|while)|;(?: and| but)?) ")  # a comma alone may set off a phrase


def _own_subject(
    sentence: str, folded: str, start: int, end: int, entity_mentions: list[tuple[int, tuple[str, ...]]]
) -> list[str]:
    """The names of the coordinated clause that ends at a date (`[start, end)`: from the date before to this one)
    when it opens with a subject of its own, a name before its first act (`, and neighbouring Sweden signed a
    similar agreement with Washington in December`); else none (`and signed the treaty on 4 May` shares the
    sentence's subject)."""
    cut = max((m.end() for m in _CLAUSE_COORDINATOR.finditer(sentence, start, end)), default=None)
    if cut is None:
        return []
    act = first_act(folded, cut, end)
    names = [(at, ids) for at, ids in entity_mentions if cut <= at < end]
    if act is None or not names or names[0][0] > act:
        return []
    return list(dict.fromkeys(i for _, ids in names for i in ids))


def _with_lead(
    in_clause: list[str],
    entity_mentions: list[tuple[int, tuple[str, ...]]],
    lead_end: int,
    entities: dict[str, dict[str, Any]],
) -> list[str]:
    """A later clause of a sentence shares the people of the sentence's lead, the words before its first date,
    where Chinese and Japanese put the subject (`岸田首相は7月11日に…出席し、13日には…臨んだ`), when it names no
    person of its own. (States are not carried: a clause without any entity takes the whole sentence's.)"""
    if any(entities[i]["type"] == "person" for i in in_clause):
        return in_clause
    people = ("person", "office")
    lead = [i for at, ids in entity_mentions if at < lead_end for i in ids if entities[i]["type"] in people]
    return list(dict.fromkeys([*in_clause, *lead])) if in_clause else in_clause


def _with_lead_subject(
    in_clause: list[str], entity_mentions: list[tuple[int, tuple[str, ...]]], after_date: tuple[int, int], folded: str
) -> list[str]:
    """A later clause of a Chinese or Japanese sentence whose names all stand after its first act (`，次年加入非盟…`:
    the names are its objects) has no subject of its own: it is the sentence's, the names standing before the
    sentence's first act, or its first name where no act the rules know stands before (`2011年10月，肯尼亚国防军
    进入…，次年加入…`), states and bodies included."""
    start, end = after_date
    own = [at for at, _ in entity_mentions if start <= at < end]
    if not in_clause or not own:
        return in_clause
    act = first_act(folded, start, end)
    if act is None or own[0] < act:
        return in_clause
    opening = first_act(folded, 0, start)
    if opening is None:  # no verb the rules know before: the sentence's first name, where Chinese puts the subject
        subject = list(entity_mentions[0][1]) if entity_mentions[0][0] < start else []
    else:
        subject = [i for at, ids in entity_mentions if at < opening for i in ids]
    if not subject:
        return in_clause
    return list(dict.fromkeys([*subject, *in_clause]))


_TOPIC = re.compile(r"(?:政府|側|当局)?は")  # `韓国政府は`: the topic of a Japanese sentence


def _topics(text: str, mentions: list[EntityMention], s_start: int, s_end: int) -> list[tuple[int, tuple[str, ...]]]:
    """(start in the sentence, ids) of each of a sentence's mentions that is its topic (`_TOPIC` after it): read
    only for a sentence with a later clause, the only ones `_with_topic` is asked about."""
    return [(m.start - s_start, m.ids) for m in mentions if _TOPIC.match(text, m.end, s_end)]


def _with_topic(in_clause: list[str], topics: list[tuple[int, tuple[str, ...]]], c_start: int, c_end: int) -> list[str]:
    """A Japanese sentence's topic (`XはDATE…し、DATE…した`) governs its later clauses: a clause without a topic
    of its own takes the nearest topic before it in the sentence."""
    if not in_clause or any(c_start <= at < c_end for at, _ in topics):
        return in_clause
    before = [ids for at, ids in topics if at < c_start]
    return list(dict.fromkeys([*in_clause, *before[-1]])) if before else in_clause


# how far back, in characters, a subject is carried over a paragraph's end (`_carried_across`): the paragraph before
_CARRY_ACROSS_REACH = 600


def _carried_across(
    text: str, carried: tuple[int, tuple[str, ...]] | None, s_start: int, piece: str, mentions: list[Any],
    starts: list[int],
) -> bool:  # fmt: skip
    """May a piece in a later paragraph than the event before carry that event's actors as its subject (carry64)?
    Only when its own form says its subject is one already known: it opens with a personal pronoun (`他於3日轉往…`,
    `He then flew to …`) or is a Japanese clause with no subject of its own (`9日には<capital>で<person>と会談し`, the
    traveller of the lead); only from the paragraph before (within `_CARRY_ACROSS_REACH` characters); and never
    when something named between the two names another subject (a name before a Japanese subject's particle, or
    opening its line: a heading, a new paragraph's subject): a new party or pair named in between blocks it."""
    if carried is None or text.find("\n", carried[0], s_start) < 0 or s_start - carried[0] > _CARRY_ACROSS_REACH:
        return False
    if not (opens_with_pronoun(piece) or drops_its_subject(piece)):
        return False
    known = set(carried[1])
    lo, hi = bisect.bisect_left(starts, carried[0]), bisect.bisect_left(starts, s_start)
    for m in mentions[lo:hi]:
        if not m.ids or set(m.ids) <= known:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if _JA_SUBJECT.match(text, m.end) is not None or _OPENING_WORDS.match(text, line_start, m.start) is not None:
            return False  # another subject named between (`<state>は…`), or a line opening with another name
    return True


# a Japanese subject's particle (`<person>は`, `<state>が`), and what may stand between a subject's name and it
_JA_SUBJECT = re.compile(r"[^、。，,]{0,8}?[はが]")
_OPENING_WORDS = re.compile(r"[\W\d０-９]*$")
# what may open a sentence before its subject (`_subject_of`): punctuation and figures, and a CJK date's
# characters (`2023年4月22日，<name>…`, `8月17日至18日，<name>…`, carry65)
_SUBJECT_LEAD = re.compile(r"[\W\d０-９年月日号號至到初中下旬]*$")


def _subject_of(
    text: str, s_start: int, s_end: int, ids: list[str], mentions: list[Any], starts: list[int], entities: Any
) -> tuple[str, ...]:
    """The actors of `ids` that a sentence names as its subject (carry64): the names it opens with, before a
    Japanese subject's particle (`<name><title>は、…`) or, in any script, as its first words (after a number or a
    date's figures at most, a CJK date's characters among them: carry65); () when it opens otherwise. A person
    brings their state in beside them."""
    lo, hi = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
    named: list[str] = []
    for m in mentions[lo:hi]:
        if not named and _SUBJECT_LEAD.match(text, s_start, m.start) is None:
            break
        named.extend(m.ids)
        after = text[m.end : m.end + 1]
        if _JA_SUBJECT.match(text, m.end) is not None or (not after.isspace() and after not in "・"):
            break  # the subject's particle, or a name followed by anything but a space or a dot joining names
    own = set(named) | {entities.get(i, {}).get("part_of") for i in named}
    return tuple(i for i in ids if i in own)


def _with_carried_subject(ids: list[str], carried: tuple[str, ...], basis: dict[str, str], piece: str) -> list[str]:
    """`ids` with the subject carried from the event before when the piece's names are its partners, not its
    subject (`he called on President Yoon`, `30日には…国家主席と会談し`): the carried actors first. A clause of one
    party whose subject is marked with も (`KAIも…契約を結んだ`) does the act before too, with its partners: the
    carried actors after."""
    if not shares_carried_subject(piece):
        if also_of_carried(piece) and len(party := _parties_of(ids)) == 1:
            # its partners: the carried actors of another party than its own and than the subject of the sentence
            # before, named first (`AはBと署名した。Cも署名した`: B; its peers of the sentence before are not)
            not_partners = party | _parties_of(list(carried[:1]))
            added = [i for i in carried if i not in ids and not _parties_of([i]) & not_partners]
            basis |= dict.fromkeys(added, "previous-sentence")
            return [*ids, *added]
        return ids
    added = [i for i in carried if i not in ids]
    basis |= dict.fromkeys(added, "previous-sentence")
    return [*added, *ids]


def _parties_of(ids: list[str]) -> set[str]:
    """The parties `ids` stand for: a state for itself and for what is part of it (`company:kai` and `KR` are
    one party), anything else for itself."""
    g = gazetteer()
    return {(g.entities.get(i, {}).get("part_of") or i) for i in ids}


def _persons_in_office(ids: tuple[str, ...], date: str, g: Any) -> tuple[str, ...]:
    """People who share a name (one mention, several people) are told apart by their terms of office: those in
    office on `date` are kept when any is (`Kono` in 2019 is Taro Kono, then foreign minister)."""
    if len(ids) < 2:
        return ids
    people = [i for i in ids if g.entity(i)["type"] == "person"]
    if len(people) < 2:
        return ids
    serving = {i for i in people if in_office(i, date)}
    if len(serving) > 1:
        # a family name with a title (`林外相`) names people who all held that title's role: of those in some
        # office on `date`, the ones then holding an office of a role they all held (the title's) are meant
        shared = set.intersection(*(_roles_ever(i, g) for i in people))
        titled = {i for i in serving if _roles_then(i, date, g) & shared}
        if shared and titled:
            serving = titled
    if not serving or len(serving) == len(people):
        return ids
    return tuple(i for i in ids if i not in people or i in serving)


def _roles_ever(person: str, g: Any) -> set[str]:
    """The roles of the offices `person` held at any time (`foreign-minister`, `head-of-state`)."""
    return {g.entities.get(r["office"], {}).get("role") for r in g.entity(person).get("roles", [])} - {None}


def _roles_then(person: str, date: str, g: Any) -> set[str]:
    """The roles of the offices `person` held within `date`."""
    return {g.entities.get(o, {}).get("role") for o in offices_held(person, date) or set()} - {None}


def _glued_person(mentions: list[Any], k: int) -> str | None:
    """The person the data knows whose mention touches the mention at `k` (an office's title), right after or
    right before it with nothing between (`官房长官<Name>`, `<Name>官房長官`), or None. A person named as written is
    not one: their titles are read by the unknown name after them."""

    def known_person(m: Any) -> str | None:
        one = len(m.ids) == 1 and m.ids[0].startswith("person:") and not m.ids[0].startswith(AS_WRITTEN)
        return m.ids[0] if one else None

    this = mentions[k]
    if k + 1 < len(mentions) and mentions[k + 1].start == this.end and (after := known_person(mentions[k + 1])):
        return after
    if k > 0 and mentions[k - 1].end == this.start:
        return known_person(mentions[k - 1])
    return None


def _glued_titles_out_of_term(
    glued: list[tuple[int, tuple[str, ...], str]], c_start: int, c_end: int, date: str
) -> set[str]:
    """The offices of the clause `[c_start, c_end)` glued to the name of a person the data knows who, on `date`,
    held no office of the data (act69, issue 14 item 3): the title is that person's, held then or not, so no other
    holder of the day is inferred for it (a person named outside the term keeps the title, whose state stays).
    A person in another term then (`<state>国王<Name>` read as a namesake in another office) leaves the title to
    its holder of the day, as before."""
    return {i for at, ids, person in glued if c_start <= at < c_end and acting_for(person, date) == [] for i in ids}


def _former(folded: str, at: int) -> bool:
    """Is the name at `at` of the folded text written as a former holder's title (`former Prime Minister`,
    `前首相`, `元首相`)?"""
    before = folded[max(0, at - 12) : at].rstrip()
    return any(before.endswith(word) for word in former_words())


def _with_holders(
    ids: list[str], date: str, g: Any, former: set[str], apart: set[str] | None = None
) -> tuple[list[str], dict[str, str]]:
    """An office named without its holder brings in the one person the data says held it within `date` (none
    when the office changed hands then, when it is named as a former holder's title, or when the clause names a
    person who held it at any time: the title is theirs, `Prime Minister Abe` in 2021), recorded with basis
    `term-of-office`. An office of `apart` (named apart from any person's name) is never taken for a lapsed title."""
    basis: dict[str, str] = {}
    if not any(g.entities[i]["type"] in ("person", "office") for i in ids):
        return [*ids], basis  # states and organizations only, as most clauses name: no office to fill
    named = {r["office"] for i in ids if g.entity(i)["type"] == "person" for r in g.entity(i).get("roles", [])}
    named -= apart or set()  # gaz88: a title apart from the names is the office of the day, whoever held it once
    lapsed = _lapsed_titles(ids, date, g) - (apart or set())
    if lapsed:  # the office goes; the state stays when it is the person's own (`贝尼亚总统` as president-elect)
        homes = {g.entity(i).get("part_of") for i in ids if g.entity(i)["type"] == "person"}
        kept = [g.entity(o)["part_of"] for o in lapsed if g.entity(o)["part_of"] in homes]
        ids = list(dict.fromkeys([*(i for i in ids if i not in lapsed), *kept]))
    offices = [i for i in ids if g.entity(i)["type"] == "office" and i not in former and i not in named]
    for office in offices:
        held = holders(office, date)
        if len(held) == 1 and not set(held) & set(ids) and held[0] not in basis:
            basis[held[0]] = "term-of-office"
    return [*ids, *basis], basis


def _lapsed_titles(ids: list[str], date: str, g: Any) -> set[str]:
    """The offices among `ids` that a person of the clause held at some time but not within `date`, and no other
    person of the clause held then: the title beside the name (`<Name>总理` in 2019) read through a person out of that
    term is a courtesy, an anticipation (a president-elect) or a namesake's, so it names no office on that date (the
    person's own state may still be theirs: `_with_holders` keeps it). gaz88: the caller leaves out the offices the
    clause names only apart from any name (`met King Salman and the crown prince` in 2022): those name the
    office of the act's date, whose holder follows."""
    people = [i for i in ids if g.entity(i)["type"] == "person" and g.entity(i).get("roles")]
    held_then: set[str] = set()
    for person in people:
        held = offices_held(person, date)
        if held is None:
            return set()  # a date too vague to check a term: the title stands
        held_then |= held
    ever = {r["office"] for i in people for r in g.entity(i)["roles"]}
    return {i for i in ids if i in ever and i not in held_then}


def _beside_person(mentions: list[Any], k: int, text: str, g: Any) -> bool:
    """Does the office's mention at `k` touch the mention of a person, right before or after it with nothing or
    one space between (`Prime Minister Abe`, `安倍総理`, `<Name>, the prime minister` is not)?"""
    this = mentions[k]

    def person(m: Any) -> bool:
        return any(g.entities.get(i, {}).get("type") == "person" for i in m.ids) or m.basis == "as-written"

    if k + 1 < len(mentions) and text[this.end : mentions[k + 1].start] in ("", " ") and person(mentions[k + 1]):
        return True
    return k > 0 and text[mentions[k - 1].end : this.start] in ("", " ") and person(mentions[k - 1])


def bodies_of(entity: dict[str, Any]) -> list[str]:
    """What naming an entity brings in beside it: the state or organization it is part of, and for a mission or
    force the states it serves in (`hosts`: `MINUSMA withdrew from Kidal` is the UN's act in and with Mali)."""
    own = [entity["part_of"]] if "part_of" in entity else []
    return [*own, *entity.get("hosts", ())]


def _with_bodies(ids: list[str], date: str, entities: dict[str, dict[str, Any]]) -> tuple[list[str], list[str]]:
    """`ids` with the state or organization each one is part of: for a person with terms of office, those the
    offices held on `date` act for — none when the date falls outside every term (the person is kept; the
    office is not inferred), save their state shortly before a term begins (`about_to_serve`: a president-elect),
    their own `part_of` when the date is too vague to check. Also the people named
    outside every term of theirs."""
    bodies: list[str] = []
    out_of_term: list[str] = []
    for ident in ids:
        entity = entities[ident]
        acting = acting_for(ident, date) if entity["type"] == "person" else None
        if acting is None:
            bodies.extend(bodies_of(entity))
        elif acting:
            bodies.extend(acting)
        else:
            # before a term the person is about to begin (elected, nominated): their state, not the office
            bodies.extend(about_to_serve(ident, date))
            out_of_term.append(ident)
    return list(dict.fromkeys([*ids, *bodies])), out_of_term


def mark_events(doc: Document) -> Document:
    """The events stage: every dated event of the document on `doc.events`, from its dates and entities."""
    from allyscope.serialize import doc_id

    return doc.evolve(events=tuple(extract_events(doc, doc_id(doc))), extracted=True)


def _clauses(sentence: str, mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For each date (its `(start, end)` in the sentence), the part of the sentence it governs (see the module
    docstring); a semicolon before the first date ends what went before it (`日本是第一个；三天后，欧盟…`). Dates
    joined by nothing but coordinators (`2022年、2023年和2024年连续三次出席…`) share one clause:
    from where the first of them starts its clause to where the last one's ends."""
    if len(mentions) == 1:  # most sentences: one date, its clause the whole sentence from the last semicolon on
        start = mentions[0][0]
        return [(max(sentence.rfind("；", 0, start), sentence.rfind("; ", 0, start)) + 1, len(sentence))]
    bounds = [(m[0], mentions[i + 1][0] if i + 1 < len(mentions) else len(sentence)) for i, m in enumerate(mentions)]
    # where each date's chain of joined dates ends, read from the last date back: each gap is read once
    chain_end = list(range(len(bounds)))
    for i in range(len(bounds) - 2, -1, -1):
        if _joined(sentence, mentions[i][1], bounds[i][1]) and not _COUNTED_ON.search(sentence, *mentions[i + 1]):
            chain_end[i] = chain_end[i + 1]
    out: list[tuple[int, int]] = []
    chain_start: int | None = None
    for i, (start, _) in enumerate(bounds):
        if chain_start is None:
            # the first date's clause starts with the sentence, or after the last semicolon before it
            chain_start = max(sentence.rfind("；", 0, start), sentence.rfind("; ", 0, start)) + 1 if i == 0 else start
        last = chain_end[i]
        out.append((chain_start, bounds[last][1]))
        if last == i:
            chain_start = None
    return out


def _before_next_subject(
    clauses: list[tuple[int, int]],
    mentions: list[Any],
    sentence: str,
    s_start: int,
    entity_mentions: list[tuple[int, tuple[str, ...]]],
    folded: str,
) -> list[tuple[int, int]]:
    """The clauses of a Chinese or Japanese sentence with each one ended at the comma after which the next date's
    subject stands (`…開館後，中方於11月21日…`; in Japanese also `、`, its clause comma): a name between that comma
    and the next date, with no act there, is the next act's subject, not this one's party (and where the next
    clause names others after its date, it begins at that comma)."""
    out = list(clauses)
    for k in range(len(mentions) - 1):
        c_start, c_end = out[k]
        nxt = mentions[k + 1].start - s_start
        if not c_start < nxt <= c_end:
            continue
        comma = max(sentence.rfind("，", c_start, nxt), sentence.rfind(",", c_start, nxt))
        if _KANA.search(sentence):  # Japanese cuts its clauses with `、` (`…展開し、南スーダン軍の部隊も翌月…`)
            comma = max(comma, sentence.rfind("、", c_start, nxt))
        if comma <= mentions[k].end - s_start:
            continue
        named = any(comma < at < nxt for at, _ in entity_mentions)
        if named and first_act(folded, comma, nxt) is None:
            out[k] = (c_start, comma + 1)
            n_start, n_end = out[k + 1]
            if n_start == nxt and any(nxt <= at < n_end for at, _ in entity_mentions):
                # the next clause opens with its subject, not with its date, when it names others after the date
                # (`南スーダン軍の部隊も翌月ゴマに着いた`); one naming none takes the whole sentence's names as it was
                # (`中方同日宣布反制裁`: the side it answers stays in)
                out[k + 1] = (comma + 1, n_end)
    return out


_CLAUSE_BREAK = frozenset("，,、；;")
# `… in 1991 and through the 1990s its governments …`: `and` and a preposition opening a period's own clause
_AND_BEFORE = re.compile(r"\band (?:(?:through|throughout|during|over|since|from|until|by|in) )?(?:the )?$")


def _ended_by_spans(
    clauses: list[tuple[int, int]],
    mentions: list[Any],
    dates: list[Any],
    sentence: str,
    s_start: int,
    inside: list[Any] | None = None,
) -> list[tuple[int, int]]:
    """The clauses with each one ended where a date that dates no event opens a clause of its own after it (`dates`:
    all the dates of the sentence, the event dates `mentions` among them)
    (`1995年に加盟し、1990年代以降、両国の対話は…`: the period and what it governs are no part of the accession's
    clause, so the names there are not its actors)."""
    if len(dates) == len(mentions) + len(inside or ()):
        return clauses  # every date of the sentence dates an event (those are among its dates): nothing stops them
    happening = {id(d) for d in [*mentions, *(inside or ())]}  # `inside`: dates read within an event's clause
    stops = [
        d.start - s_start
        for d in dates
        if id(d) not in happening
        and s_start <= d.start < s_start + len(sentence)
        and (
            _last_visible(sentence, d.start - s_start) in _CLAUSE_BREAK
            or _AND_BEFORE.search(sentence, max(0, d.start - s_start - 24), d.start - s_start) is not None
        )
    ]
    if not stops:
        return clauses
    out = []
    for mention, (c_start, c_end) in zip(mentions, clauses, strict=True):
        own_end = mention.end - s_start
        day = _DAY_EDTF.match(mention.edtf) is not None
        cut = min(
            (at for at in stops if own_end <= at < c_end and not (day and next_on_the_day(fold(sentence[at:c_end])))),
            default=c_end,
        )  # `…を行い、その後、…を発表した`: the day's next act, no time of its own (`event_clauses.next_on_the_day`)
        out.append((c_start, cut))
    return out


def _last_visible(sentence: str, at: int) -> str:
    """The last character before `at` that is not white space, or '' (`sentence[:at].rstrip()[-1:]` without
    copying the sentence's head)."""
    while at and sentence[at - 1].isspace():
        at -= 1
    return sentence[at - 1] if at else ""


def between_sides(ids: set[str], sides: list[frozenset[str]]) -> bool:
    """True when the entities `ids` take in members of two different sides: the relationship's own event (for a
    bilateral case, one of each side; for a minilateral one, any two of its parties)."""
    return sum(1 for side in sides if ids & side) >= 2


TOPIC_OF_DOCUMENT = True  # … and so does the title's or the lead's, read when the paragraph names none (dom51)


def _document_topic_text(reader: TopicReader, folded_text: str, paragraph_start: int) -> str:
    """The folded title and lead (each only when it comes before the paragraph opening at `paragraph_start`):
    where a document names the topic its later paragraphs take for granted (`event_domain_topic`)."""
    if not TOPIC_OF_DOCUMENT:
        return ""
    spans = [span for span in (reader.title, reader.lead()) if span is not None and span[0] < paragraph_start]
    return "\n".join(folded_text[a:b] for a, b in spans)


def _opens_its_line(text: str, at: int) -> bool:
    """Does the sentence starting at `at` open its line (nothing but white space before it on the line)?"""
    return not text[text.rfind("\n", 0, at) + 1 : at].strip()
