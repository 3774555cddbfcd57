"""Front lines that are neither title nor author: a journal or issue line, the kind of paper, a dateline, a
labelled line (`DOI:`, `收稿日期：`), a masthead over its issue line, the body issuing a release."""

from __future__ import annotations

import re

from allyscope.layout.dating import document_date, has_labelled_date, is_issue_line, is_numbered_dateline
from allyscope.layout.notes import front_furniture_kind, fullmatches_label, label_patterns
from allyscope.model import Document, Span
from allyscope.structure.names import _NOT_A_NAME, _is_affiliation, _is_byline_label, _names_only, _trimmed


def _labelled_front_lines(doc: Document, paragraphs: list[Span], used: set[int], first_heading: int) -> list[Span]:
    """The labelled front lines (`DOI:`, `收稿日期：`, `Funding:`) standing after the abstract or keywords and
    before the first heading: front matter, not the body's first paragraph."""
    spans: list[Span] = []
    for para in paragraphs[:12]:
        if para.start >= first_heading:
            break
        if para.start in used:
            continue
        kind = front_furniture_kind(doc.span_text(para))
        if kind is not None and any(p.start in used for p in paragraphs if p.start < para.start):
            used.add(para.start)
            spans.append(Span(kind, *_trimmed(doc, para.start, para.end), para.page))
    return spans


def event_fields(doc: Document, paragraphs: list[Span], at: int) -> bool:
    """True where paragraph `at` and the one after it each open with a field of an event's notice (data/layout.json
    `event_field`: `活動日期：…` then `活動地點：…`, `Venue: …` then `Speaker: …`), a value after each label: the
    notice's own text, which a reader copies whole (when, where, who speaks). The speaker is no writer of the
    notice, the venue no affiliation, and the event's day is no dateline beside the notice's own date. One field
    alone (`Event date: …` over a rapporteur's byline) is front matter still."""
    if at + 1 >= len(paragraphs):
        return False
    for para in paragraphs[at : at + 2]:
        text = doc.span_text(para).strip()
        label = next((m for p in label_patterns("event_field") if (m := p.match(text))), None)
        if label is None or not text[label.end() :].strip():
            return False
    return True


_FIELD_OPENING = re.compile(r"[\u3041-\u30ff\u4e00-\u9fff]{2,8}[ \t\u3000]*[：:][ \t\u3000]*(?=\S)")
"""A CJK field's label and colon opening a line, a value after it (`签订日期：2001-07-16`, `缔约方：…`)."""


def record_fields(doc: Document, paragraphs: list[Span], at: int, title: Span) -> bool:
    """True where paragraph `at` names again, after a record's name label (data/layout.json `record_name`:
    `条约名称：`, `協定名：`), the title right over it, and the paragraph under it opens another CJK field: a
    database's record of an instrument, whose fields (when and where it was signed, when it entered into force,
    the parties) are the record's text, no subtitle, byline or second date (lay84's treaty record, lay85b). A
    field naming something else than the title over it (a form's `題目：`) is none. A law's record may open with
    the body that made the law instead (data/layout.json `record_issuer`: `制定机关：…`, lay87)."""
    if at + 1 >= len(paragraphs):
        return False
    text = doc.span_text(paragraphs[at]).strip()
    label = next((m for p in label_patterns("record_name") if (m := p.match(text))), None)
    named = label is not None and text[label.end() :].strip() == doc.span_text(title).strip()
    if not named and not any(p.match(text) for p in label_patterns("record_issuer")):
        return False  # a law's record opens with the body that made it instead (`制定机关：…`, lay87)
    return _FIELD_OPENING.match(doc.span_text(paragraphs[at + 1]).strip()) is not None


def record_dateline(doc: Document, paragraphs: list[Span], at: int, used: set[int]) -> list[Span]:
    """The dateline of a record whose fields open at paragraph `at` (`record_fields`): the first field of the run
    under a signing label (data/layout.json `record_signed`: `签订日期：`, `締結日：`) whose value is a date, the day
    the instrument was made; an entry into force or a place is one more fact of the record, its text."""
    for para in paragraphs[at : at + 12]:
        text = doc.span_text(para).strip()
        if _FIELD_OPENING.match(text) is None:
            break  # the run of fields ends: the record's full text follows
        label = next((m for p in label_patterns("record_signed") if (m := p.match(text))), None)
        if label is not None and para.start not in used and document_date([text[label.end() :]], []) is not None:
            used.add(para.start)
            return [Span("dateline", *_trimmed(doc, para.start, para.end), para.page)]
    return []


def in_event_fields(doc: Document, paragraphs: list[Span], para: Span) -> bool:
    """True for a paragraph that is one of a run of an event notice's fields (`event_fields`, it or the one before
    it opening the run): `主講人：某某（某中心研究員）` closing a short notice is the event's speaker, no byline."""
    at = next((i for i, p in enumerate(paragraphs) if p.start == para.start), -1)
    return at >= 0 and (event_fields(doc, paragraphs, at) or (at > 0 and event_fields(doc, paragraphs, at - 1)))


def _masthead(doc: Document, front: list[Span]) -> str | None:
    """`journal` for a first front line printed over the journal's issue line (`Journal of …` above `Vol. 14,
    No. 2 (2024)`): a journal's name set on a line of its own, with two lines still below for title and author.
    Also a series' short name over one of its episodes' titles (`Deep Water` over `Episode 112: …`, data/layout.json
    `episode_title`; lay78's podcast page): the programme's name, the episode the page's title."""
    if _series_over_episode(doc, front):
        return "journal"
    if len(front) < 4 or _front_furniture(doc.span_text(front[1])) != "journal":
        return None
    text = doc.span_text(front[0]).strip()
    if text.endswith((".", "。")) or _NOT_A_NAME.search(text) is not None:
        return None
    if fullmatches_label(text, ("issuer",)):
        return None  # an issuing body over its series' number (`某大学国际关系研究院` over `工作论文　第7号`)
    return "journal"


_SITE_NAME = 40  # characters at most of a site's or publication's name set as the page's first line


def _series_over_episode(doc: Document, front: list[Span]) -> bool:
    """True for a first front line naming a series (a short name ending on no stop, no byline, no body's name) right
    over a line opening with an episode's number (`Episode 112: What …`, `第12集：…`; data/layout.json
    `episode_title`). A title over its writer or its date is never over such a line."""
    if len(front) < 2:
        return False
    text = doc.span_text(front[0]).strip()
    under = doc.span_text(front[1]).strip()
    if not text or len(text) > _SITE_NAME or text[-1] in ".。:：!！?？" or _is_byline_label(text):
        return False
    if fullmatches_label(text, ("issuer",)) or _NOT_A_NAME.search(text) is not None:
        return False
    return any(p.match(under) for p in label_patterns("episode_title"))


def _site_name(doc: Document, front: list[Span]) -> str | None:
    """`navigation` for a site's or publication's name printed as the page's first line over the kind of piece
    (`Harbour Notes`, then `ANALYSIS` or `コラム` or `评论`, then the title): a kicker labels the line under it, so
    the line above the kicker is no title but the masthead a saved page keeps. The line under the kicker must be
    neither furniture nor a byline (a title stands there), and the first line a short name: no sentence, no
    issuing body (a school over `碩士論文` is its issuer, `_issuer`); a name with a body's word (`… Forum`,
    `…研究院`) is the site's only over the kind of piece a site runs (`layout.json`, `piece_kickers`)."""
    if len(front) < 3 or _front_furniture(doc.span_text(front[1])) != "doctype":
        return None
    text = doc.span_text(front[0]).strip()
    if len(text) > _SITE_NAME or text.endswith((".", "。", ":", "：")) or _NOT_A_NAME.search(text) is not None:
        return None
    if _is_byline_label(text):
        return None
    kicker = doc.span_text(front[1]).strip().strip("【】[]［］")
    body = fullmatches_label(text, ("issuer",)) or _is_affiliation(text)
    if body and not fullmatches_label(kicker, ("piece_kickers",)):
        return None  # a body's name over the kind of paper it issues (`…研究院` over `委託研究報告`): its issuer;
        # over the kind of piece a site runs (`Commentary`, `评论`) it is the site's name, a forum's or an institute's
    under = doc.span_text(front[2])
    if _front_furniture(under) is not None or any(p.match(under) for p in label_patterns("byline")):
        return None
    return "navigation"


def _issuer(doc: Document, front: list[Span], before: list[Span]) -> str | None:
    """`affiliation` for the short line naming who issues a release (`海上保安庁`), printed under its label and
    date and above the title (`報道発表資料`, `令和6年6月3日`, `海上保安庁`, then the title), or first, over the
    title and its date (`某某研究室`, the title, `（2024年3月）`)."""
    if len(front) < 2:
        return None
    text = doc.span_text(front[0]).strip()
    if any(p.match(doc.span_text(front[1])) for p in label_patterns("byline")):
        return None  # a byline under it (`研究主持人：…`): the line is the title, whatever word it ends with
    if _stacked_body(doc, front, before):
        return "affiliation"
    if before and before[-1].kind == "journal":
        # a series' issue line, then the body issuing the series, then the longer title (`研究报告`, `2024年第6期`,
        # `中国南海研究院`, the title): the whole line a body's name, not a title holding a body's word
        under = doc.span_text(front[1]).strip()
        return "affiliation" if fullmatches_label(text, ("issuer",)) and len(under) > len(text) else None
    if before and before[-1].kind in ("dateline", "doctype"):
        short = len(text) <= 15 and _is_affiliation(text) and not _NOT_A_NAME.search(text)
        under = doc.span_text(front[1]).strip()
        if short and (_CJK_SENTENCE.search(under) or _CJK_LEAD.fullmatch(under)):
            short = False  # the text's first sentence or a lead right under it: the line is the title (`港の朝市`)
        named = before[-1].kind == "doctype" and fullmatches_label(text, ("issuer",))
        if named and fullmatches_label(doc.span_text(front[1]).strip(), ("issuer",)):
            named = False  # `Fact Sheet`, `… Training Initiative`, `Office of the Spokesperson`: the body issuing
            # it stands under the title naming a body
        return "affiliation" if short or named else None  # `Press release`, then `Office of the Spokesperson`
    if len(front) > 2 and _front_furniture(doc.span_text(front[1])) == "doctype" and (
        fullmatches_label(text, ("issuer",)) or _is_affiliation(text)
    ):
        return "affiliation"  # a school over the kind of paper (`某某大學外交學系`, `碩士論文`), then the title
    # first, over a longer title with a date under it or under its byline (`某某研究室`, the title, `（2024年3月）`)
    if not fullmatches_label(text, ("issuer",)):
        return None
    if len(front) > 2 and _front_furniture(doc.span_text(front[1])) == "dateline" and _heads_record(front[2], doc):
        return "affiliation"  # a house over the sitting's date over the debate's title (`House of Commons`, …)
    below = [(doc.span_text(p), _front_furniture(doc.span_text(p))) for p in front[2:8]]
    if not any(kind == "dateline" for _, kind in below):
        return None
    # the line under it is the title when it is the longer, or when names stand under that line (a title naming
    # a body, `The Pacific Islands Forum`, over `Mere Vaka` and a date keeps its place)
    longer = len(doc.span_text(front[1]).strip()) > len(text)
    named = any(_is_byline_label(t) or (kind is None and not _is_affiliation(t)) for t, kind in below)
    return "affiliation" if longer or named else None


def _heads_record(para: Span, doc: Document) -> bool:
    """True for the line under an issuing body and its date line that is a record's title, not a writer's line:
    no front furniture, no names alone, no affiliation nor byline label (`AUKUS` under `House of Commons` and
    `Thursday 16 September 2021`; a title naming a body over its date and its writer, `Mere Vaka`, keeps its place)."""
    text = doc.span_text(para).strip()
    return (
        bool(text)
        and _front_furniture(text) is None
        and not _names_only(text)
        and not _is_affiliation(text)
        and not _is_byline_label(text)
    )


def _stacked_body(doc: Document, front: list[Span], before: list[Span]) -> bool:
    """True when the first front line is one of a stack of issuing bodies over the title: a body's name (`layout.json`
    `issuer`) with another body's name under it, or under one already taken (a house over its committee, a
    ministry over its office, `House of Commons` over `Foreign Affairs Committee`), and a longer line under it. A
    title naming a body (`The Pacific Islands Forum` over its writer's name) has no longer line under it. A
    committee's long name may be wider than the title under it (`… Committee on Foreign Affairs, Defence and
    Trade`): the second body of a stack, under a body taken already, then stands over a line that is no body's
    name with a date right under that line, as a cover prints its title over its month (lay72)."""
    if len(front) < 2:
        return False
    text = doc.span_text(front[0]).strip()
    under = doc.span_text(front[1]).strip()
    if not fullmatches_label(text, ("issuer",)):
        return False
    above = max((s for s in before if s.end <= front[0].start), key=lambda s: s.end, default=None)
    stacked = above is not None and above.kind == "affiliation"
    if len(under) > len(text):
        return fullmatches_label(under, ("issuer",)) or stacked
    if above is None or not stacked or len(front) < 3 or fullmatches_label(under, ("issuer",)):
        return False
    return fullmatches_label(doc.span_text(above).strip(), ("issuer",)) and (
        _front_furniture(doc.span_text(front[2])) == "dateline"
    )


_CJK_SENTENCE = re.compile(r"[，、].{8,}。\s*$")
_CJK_LEAD = re.compile(r"[^，、。]{4,}[，、][^。]{8,}")
"""A long CJK clause with a comma inside (a lead under a title, with or without its stop): no title of a body's
paper, which an issuing body's name stands over."""
"""A CJK sentence of some length ending with a full stop: text, never a title."""
_DOCTYPE_DATE = re.compile(
    r"([^,，|｜]{2,40}?)[ \t]*[,，|｜][ \t]*"
    r"(?=\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}$|[A-Z][a-z]+[ \t]+\d{1,2},[ \t]*\d{4}$"
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}$|\d{4}年\d{1,2}月\d{1,2}日$)"
)
"""A front line naming the kind of paper and then its date (`Commentary, 14 May 2024`)."""


def _front_furniture(text: str) -> str | None:
    """The kind of a front line that is neither title nor author: `journal`, `doctype`, `dateline`, a labelled
    line (`identifier`, `history`, `funding`, `author-bio`), or None."""
    labelled = front_furniture_kind(text)
    if labelled is not None:
        return labelled
    if has_labelled_date(text):
        return "dateline"
    if is_issue_line(text):
        return "dateline" if is_numbered_dateline(text.strip()) else "journal"
    if fullmatches_label(text.strip(), ("doctype",)):
        return "doctype"
    if (dated := _DOCTYPE_DATE.match(text.strip())) is not None and fullmatches_label(dated[1], ("doctype",)):
        return "doctype"  # `Commentary, 14 May 2024`: the kind of paper, then its date (read as the date still)
    if any(p.match(text) for p in label_patterns("source")) or document_date([text], []) is not None:
        return "dateline"
    return None


def _original_byline(text: str) -> re.Match[str] | None:
    """A social-media article's header naming its writer before the account and the date (`原创 李明 南海研究
    2024-05-10 08:30`; `data/layout.json`, `original_byline`), or None (`原创 南海研究 2024-05-10`: the account
    alone, no writer)."""
    return next((m for p in label_patterns("original_byline") if (m := p.match(text))), None)
