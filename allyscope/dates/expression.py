"""The date expression: one regular expression of some thirty branches, built from the vocabulary of `rules()`.

Each branch reads one shape of date (`2023年7月12日`, `令和5年`, `July 12, 2023`, `199X` decades, seasons, fiscal
years, words counted from another date); `read_dates` tells by the branch's name how to read its groups. Built
once (`_patterns`), it also yields `_starts`, the expression of the places where a date may begin, and keeps its
branches in `_BRANCHES` for `scan`, which tries only the branches that can begin at each place. Apart from the
reader because it is the part that changes when the vocabulary does, and the part the scan's tests hold it to.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from allyscope.dates.values import _alternatives, after_act_words, name_prefixes, rules

_CJK_DIGITS = "〇零○一二三四五六七八九"
_YEAR = rf"(?:[12１２]\d{{3}}|[〇零○一二][{_CJK_DIGITS}]{{3}})"
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_TO = r"(?:至|到|~|～|〜|—|–|-|－)"
_HAN = r"\u3400-\u9fff"  # Han characters: a word of `glossed_days_bare` right after one ends another word
_DAY_CJK = r"(?:[二]?十[一二三四五六七八九]?|三十[一]?|[一二三四五六七八九])"
# a day in Chinese numerals where a clause opens (`十日，`, `，十九日出席`): where `bare_day` may read one
_CLAUSE_DAY_CJK = rf"(?:(?<=^)|(?<=[，,。：:；;、\n])){_DAY_CJK}日"


def _md(s: str, joiners: str) -> str:
    """Month and day after a year (or alone), with a second day of a range or the last day of a list (`11日至12日`,
    `11、12日`, `3、5、7日`, `5日、7日和9日`, `11日至8月2日`); `joiners` are the words of a list between days
    (`day_pairs` of the data); `s` makes the group names of each use unique. The days between the first and the
    last of a list are read again from the words by `joins` (the mention holds them all)."""
    return (
        rf"(?P<mo{s}>{_MONTH})\s*月"
        rf"(?:\s*(?P<d{s}>{_DAY})\s*(?:"
        # the last day of a list is no length of time (`4月7日、5日間の日程で`: a visit of five days, not a list)
        rf"(?:[日号])?(?:\s*(?:{joiners})\s*{_DAY}\s*(?:[日号])?)*\s*(?:{joiners})\s*(?P<dl{s}>{_DAY})\s*[日号](?![間间])"
        # the first day's 日 may be left out before the second's (`6月3～5日`, `六月三至五日`)
        rf"|(?:[日号]|(?=\s*{_TO}\s*{_DAY}\s*[日号]))(?:\s*{_TO}\s*(?:(?P<mo2{s}>{_MONTH})\s*月\s*)?(?P<dr{s}>{_DAY})\s*[日号])?"
        r"))?"
    )


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    r = rules()
    months = _alternatives(list(r["months_en"]))
    eras = _alternatives(list(r["eras"]))
    sep = _alternatives(r["range_separators"])
    # `から` before a day or month is the first end of a range (`昨年12月15日から17日まで`), no open start; a part
    # of a month between the month and the word opening the span (`自去年10月下旬以来`) opens it in that month
    open_suffix = rf"(?:{_alternatives(r['month_parts'])})?\s*(?:{_alternatives(r['open_start_suffix'])})"
    open_suffix += rf"(?!\s*{_MONTH}\s*月|\s*{_DAY}\s*[日号])"
    listed = _alternatives([w for w in r["day_pairs"]["joiners"] if not w.isascii()])
    relative = _alternatives(r["same_year"] + r["next_year"] + r["previous_year"] + r["two_after"]["years"])
    carried_same = _alternatives(r["era_carried"]["same"])
    now_cjk = _alternatives([w for w in r["document_relative"] if not w.isascii()])
    now_en = _alternatives([w for w in r["document_relative"] if w.isascii()])
    thereafter = _alternatives(r["thereafter"])
    day_vocabulary = [*r["today"], *r["same_day"], *r["next_day"], *r["same_month"], *r["next_month"]]
    day_vocabulary += [*r["previous_day"], *r["previous_day_kana"]]
    day_vocabulary += [*r["previous_month"]["words"], *r["previous_month"]["kana_only"]]
    day_vocabulary += [*r["two_after"]["months"], *r["two_after"]["days"]]
    day_vocabulary += r["last_day_of_span"]["words"]  # `最終日`: the last day of the range told right before
    day_vocabulary += r["same_time"]["words"]  # `当时`, `at the time`: the date told last
    day_vocabulary += sorted(after_act_words())  # `After the talks`, `署名式の後`: the date of the act before
    day_words = _alternatives([w for w in day_vocabulary if not w.isascii()])
    day_words_en = _alternatives([w for w in day_vocabulary if w.isascii()])
    vague_spans = _alternatives(r["vague_spans_after"]["words"])
    month_words = _alternatives([w for w in r["document_months"] if not w.isascii()])
    month_words_en = _alternatives([w for w in r["document_months"] if w.isascii()])
    # a count of days after the date before, or before it (`三天前`, `three days earlier`: `days_earlier`)
    later_cjk = _alternatives(r["days_later"]["cjk"] + r["days_earlier"]["cjk"])
    later_en = _alternatives(r["days_later"]["en"] + r["days_earlier"]["en"])
    years_later_cjk = _alternatives(r["years_later"]["cjk"])
    years_later_en = _alternatives(r["years_later"]["en"])
    spans_cjk = _alternatives(list(r["counted_spans"]["cjk"]))
    spans_en = _alternatives(list(r["counted_spans"]["en"]))
    weekdays_cjk = _alternatives([w for w in [*r["weekdays"], *r["weekdays_short"]["words"]] if not w.isascii()])
    weeks = r["document_weeks"]
    # a week word whose first character ends a name of the data (`names_ending_in_a_week_word`) is that name's end
    weeks_cjk = "|".join(
        "".join(f"(?<!{re.escape(p)})" for p in name_prefixes().get(w[0], ())) + re.escape(w)
        for w in sorted((w for w in weeks["words"] if not w.isascii()), key=len, reverse=True)
    )
    weeks_en = _alternatives([w for w in weeks["words"] if w.isascii()])
    week_numerals = "".join(weeks["day_numerals"])
    ordinal = r["ordinal_day_en"]
    weekdays_en = _alternatives([w for w in r["weekdays"] if w.isascii()])
    fiscal = _alternatives(r["fiscal_markers"])
    seasons_en = _alternatives([w for w in r["seasons"] if w.isascii()])
    seasons_cjk = "".join(w for w in r["seasons"] if not w.isascii())
    relative_parts = _alternatives(r["relative_year_parts"]["parts"])
    approx_after = _alternatives(r["approximate"]["after"])
    glossed_days = _alternatives(list(r["glossed_days"]))
    previous_day = _alternatives(r["previous_day_numbered"])
    glossed_months = _alternatives(list(r["glossed_months"]))
    glossed_bare = _alternatives(r["glossed_days_bare"]["words"])
    glossed_years = _alternatives(r["glossed_years"]["words"])
    en_day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    # between the two days of a range in one month: `12–13 July`, `8 to 11 March 2023`, `4 through 8 August`
    day_to = r"(?:\s*(?:[-–]|and|&)\s*|\s+(?:to|through|until|till)\s+)"
    # without a year too (`between June 3 and 5`, `on 3 and 5 June`: one mention here, which
    # `joins._pairs_of_days` tells apart as a pair of days or a range); the day after `and` must end the date, before
    # punctuation, a month or a word that opens the rest of a clause (`June 3 and 5 ministers` is no second day)
    last_day_ends = (
        r"(?=(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?:[^\w\s]|\s*$|\s+(?:{_alternatives(ordinal['followers'])}|{_capitalized(r['months_en'])})\b))"
    )
    day_to_yearless = rf"(?:\s*[-–]\s*|\s+(?:to|through|until|till)\s+|\s*(?:and|&)\s*{last_day_ends})"
    # three or more days in a list (`3, 5 and 7 June`, `June 3, 5, and 7, 2023`): the days before the last, each
    # after a comma, then `and` before the last; `joins` reads the days between the first and the last again
    listed_to = rf"(?:\s*,\s*{en_day}(?!\d))+\s*,?\s*(?:and|&)\s*"
    day_to = rf"(?:{listed_to}|{day_to})"
    day_to_yearless = rf"(?:{listed_to}{last_day_ends}|{day_to_yearless})"
    year4 = r"(?:1[89]|20)\d{2}"
    # `from 2006 to 2013`, `between …`; `covering 2020 to 2024`, a plan's years (`year_range_openers_en`, rec68)
    range_openers = _alternatives(r["year_range_openers_en"]["words"])
    # the same year told again in brackets in the other count, with or without its month (`1919年（大正8年）3月`,
    # `令和5年（2023年）3月22日`, `令和6年度（2024年度）`): one date, the gloss no second mention of the year
    # the year after an English day and month, or in brackets after them as a wire's dateline writes it
    # (`PRAGUE, April 22 (2021) -`, `3 May (2019)`)
    year_after = rf"(?:,?\s+|\s*\((?={year4}\)))"
    bracket_closes = r"(?:(?<=\(\d{4})\))?"
    year_gloss = (
        rf"(?:\s*[（(]\s*(?:{year4}|(?:{eras})\s*(?:\d{{1,3}}|[一二三四五六七八九十〇零○百]{{1,5}}|元))\s*年度?\s*[）)])?"
    )
    parts = {
        # `2009.08.20`, `2024-05-08`, `2019/3/5`: a date written in figures, year first, one separator throughout;
        # a year and month alone (`2019.09`) only where it opens its line, as a chronology's entry does (inside a
        # line it may be a figure with decimals). Not inside a longer run of figures, dots or slashes (a version,
        # a path, a phone number).
        "numeric": (
            rf"(?<![\w./-])(?P<ny>{year4})(?P<nsep>[./-])(?P<nm>1[0-2]|0?[1-9])"
            r"(?:(?P=nsep)(?P<nd>[12]\d|3[01]|0?[1-9])(?![\w/-]|\.\d)"
            r"|(?<=(?<![^\n])\d{4}[./]\d)(?!\d)(?![\w/-]|\.\d)|(?<=(?<![^\n])\d{4}[./]\d\d)(?![\w/-]|\.\d))"
        ),
        "cn_century_decade": (
            r"(?:(?P<cdc>\d{2}|[一二]十[一二三四五六七八九]?)\s*世纪\s*)?"
            r"(?P<dec1>[一二三四五六七八九]十|\d0)\s*(?:(?P<dec2>[一二三四五六七八九])十)?\s*年代(?P<decq>初期|初|末期|末|中期|前期|后期|後期)?"
            rf"(?P<decopen>\s*(?:{open_suffix}))?"
        ),
        "cn_decade_pair": (
            r"(?:(?P<pcc>\d{2}|二十|二十一)\s*世纪\s*)?(?P<p1>[一二三四五六七八九])(?P<p2>[一二三四五六七八九])十\s*年代"
        ),
        "cjk_decade4": (
            # `1990年代`, `90年代`, and in Chinese numerals digit by digit (`一九九〇年代`, `二〇一〇年代`)
            r"(?P<d4>(?:1[89]|20)\d0|[0-9]0(?=年代)|一[八九][〇零○一二三四五六七八九][〇零○]|二[〇零○][〇零○一二三四五六七八九][〇零○])\s*年代(?P<d4q>半ば|初頭|初期|初|末期|末|中期|前期|後期|后期|前半|後半|后半)?"
            rf"(?P<d4open>\s*(?:{open_suffix}))?"
        ),
        "cn_century": (
            r"(?P<cent>\d{2}|二十一|二十|十九)\s*世[纪紀]"
            r"(?!\s*(?:\d0|[一二三四五六七八九]十|[一二三四五六七八九]{2}十)\s*年代)"
        ),
        "en_century": r"\b(?P<encent>\d{2})(?:st|nd|rd|th)\s+century\b",
        "en_decade": r"\b(?:the\s+)?(?:(?P<edq>early|mid|late)[\s-]+)?(?P<edec>1[89]\d0|20\d0)s\b",
        "era": (
            # an era's year in Chinese numerals is written with tens (`一百一十三`) or digit by digit (`一〇八`, `八七`)
            rf"(?P<era>{eras})\s*(?P<eyear>\d{{1,3}}|一百[零〇]?[一二三四五六七八九十]{{0,3}}"
            r"|[一二三四五六七八九][〇零○一二三四五六七八九]{1,2}|[一二三四五六七八九十]{1,3}|元)"
            r"\s*年(?P<efiscal>度)?"
            rf"{year_gloss}(?:\s*{_md('e', listed)})?"
        ),
        # `同6年`, `同27年10月`, `109年1月`: an era's year without the era's name after a date with it (`era_carried`:
        # `reading` gives it the era of the last such date, or drops it); a bare year only right before a month
        "era_carried": (
            rf"(?<![\d０-９.])(?:(?:{carried_same})\s*(?P<ecyear>\d{{1,3}}|[一二三四五六七八九十]{{1,3}}|元)\s*年"
            r"(?![度代間间来來以半後后前])"
            r"|(?P<ecbare>\d{1,3})\s*年(?=\s*(?:1[0-2]|0?[1-9])\s*月))"
            rf"(?:\s*{_md('x', listed)})?"
        ),
        # `112年度`: a fiscal year of the Republic of China's era written without `民國`, as Taiwan's government
        # writes them (a Gregorian year has four figures; a year of another era is written with its name)
        "roc_fiscal": r"(?<![\d０-９.])(?P<rocfy>1[0-4]\d)\s*年度",
        "range": (
            rf"(?P<ry1>{year4})\s*(?:年度?)?\s*(?:{sep}|から)\s*"
            rf"(?P<ry2>{year4})\s*(?:年度?(?!\s*\d{{1,2}}\s*月)(?:にかけて|まで(?:の間)?)?)?"
        ),
        "cjk": (
            rf"(?P<year>{_YEAR})\s*年(?!\s*第)"
            rf"{year_gloss}(?:\s*{_md('c', listed)}|\s*(?:的|の)?(?P<cseason>[{seasons_cjk}])(?:季|天)?(?![节節])"
            rf"|\s*(?P<cpart>年初|年中|年底|年末|上半年|下半年|初(?!期)|底|末(?!期)|中(?=\s*(?:{open_suffix}))))?"
            rf"(?P<cjkopen>\s*(?:{open_suffix}))?(?P<cjkfiscal>\s*度)?(?P<capprox>\s*(?:{approx_after}))?"
        ),
        "fiscal": rf"(?P<fyear>{year4})\s*(?:{fiscal})|(?:FY|fiscal year)\s*(?P<fyear2>{year4})\b",
        "now": rf"(?P<now>{now_cjk})"
        rf"(?:\s*{_md('n', listed)}|\s*(?:的)?(?P<nseason>[{seasons_cjk}])(?:季|天)?(?![节節]))?"
        rf"(?P<nowopen>(?:年中|年初|年底)?\s*(?:{open_suffix}))?",
        # `今（20）日`, `昨（19）日`, `上（8）月30日`: a day or month counted from the document's, its number told in
        # brackets (as government releases in Traditional Chinese write them)
        "glossed_now": (
            rf"(?P<gday>{glossed_days})\s*[（(]\s*(?P<gnd>{_DAY})\s*[）)]\s*日"
            rf"|(?P<gmonth>{glossed_months})\s*[（(]\s*(?P<gnm>{_MONTH})\s*[）)]\s*月(?:\s*(?P<gnmd>{_DAY})\s*[日号])?"
            # `去（2022）年12月`, `今（2023）年`: a year counted from the document's with the year itself in brackets
            # (`glossed_years`, date86)
            rf"|(?P<gyear>{glossed_years})\s*[（(]\s*(?P<gny>(?:1[89]|20)\d\d)\s*[）)]\s*年(?!度|代)"
            rf"(?:\s*(?P<gym>{_MONTH})\s*月(?:\s*(?P<gymd>{_DAY})\s*[日号])?)?"
            # `本2日`, `昨25日`: the same, the number written right after the word (`glossed_days_bare`, date81)
            rf"|(?<![{_HAN}])(?P<gbday>{glossed_bare})(?P<gbnd>[12]\d|3[01]|0?[1-9])日(?![間间])"
        ),
        # `前日6日`, `前日の26日`: the day before the date before, its number told
        "previous_day": rf"(?P<prevday>{previous_day})\s*(?:の)?\s*(?P<pdday>[12]\d|3[01]|0?[1-9])\s*日",
        # `上周三`, `本周二`, `先週の月曜日`, `先週16日`, `上周`: a week counted from the document's, and a day of it
        "week": (
            rf"(?:{weeks_cjk})(?![{weeks['not_after_cjk']}])(?:の)?"
            rf"(?:(?P<wkwd>{weekdays_cjk})|(?<=[周週期])(?P<wkn>[{week_numerals}])(?![{weeks['numeral_not_before']}])"
            r"|\s*(?P<wkdn>[12]\d|3[01]|0?[1-9])\s*日(?![本間间后後以内前])"
            r"|\s*[（(]\s*(?P<wkdg>[12]\d|3[01]|0?[1-9])\s*日\s*[）)])?"
        ),
        "en_week": rf"\b(?P<enweek>{weeks_en})\b",
        "en_now": rf"\b(?P<ennow>{now_en})\b",
        # `今春`, `昨秋`: a season of the year counted from the document's
        "now_season": (
            rf"(?<![{r['document_seasons']['not_after']}])(?P<nsnow>[{''.join(r['document_seasons']['before'])}])(?P<nsseason>[{''.join(r['document_seasons']['seasons'])}])"
            rf"(?![{r['document_seasons']['not_before']}])"
        ),
        # `自同年8月1日起`, `翌年以降`: a counted year's date may open a span as a year's own date does
        # `翌年秋`, `同年夏天`, `翌年初め`: a counted year's season or part (date88), read as a year's own are
        "relative": (
            rf"(?P<rel>{relative})(?:\s*{_md('r', listed)}"
            rf"|\s*(?:的|の)?(?P<rseason>[{seasons_cjk}])(?:季|天)?(?![节節])"
            rf"|\s*(?P<rpart>{relative_parts}))?(?P<relopen>\s*(?:{open_suffix}))?"
        ),
        "thereafter": rf"(?P<after>{thereafter})",
        "bare_month": rf"(?<![\d年])(?:{_md('b', listed)})(?!\s*\d)(?P<bmopen>\s*(?:{open_suffix}))?",
        "bare_day": (
            # `3、5、7日`, `3日・5日・7日`: the days between the first and the last of a list are read by `joins`
            r"(?:(?<![\d月年日])(?P<bd>[12]\d|3[01]|0?[1-9])(?:(?:日?\s*[、・]\s*(?:[12]\d|3[01]|0?[1-9]))*"
            r"日?\s*(?:至|到|～|〜|~|－|—|–|-|、|・|及び|および)\s*(?P<bd2>[12]\d|3[01]|0?[1-9]))?"
            # `十日，习近平同…会谈`, `，十九日出席…`: a day in Chinese numerals, as a chronology written in them
            # tells the days of a month it named; only where a clause opens, as `三日后` or `为期十日` count days
            rf"|(?:(?<=^)|(?<=[，,。：:；;、\n]))(?P<bdc>{_DAY_CJK})(?=日(?![之來来])))"
            r"日(?![本間间后後以内前])"
            # `11日起`: from that day on, as `2023年4月11日起` (not `11日起至12日`, a range of days)
            r"(?P<bdopen>起(?!\s*[至到]))?"
        ),
        "month_word": (
            rf"(?P<mword>{month_words})(?:\s*(?P<mwday>[12]\d|3[01]|0?[1-9]|{_DAY_CJK})\s*日"
            rf"(?:\s*{_TO}\s*(?P<mwday2>[12]\d|3[01]|0?[1-9])\s*日)?)?"
        ),
        "en_month_word": rf"\b(?P<enmword>{month_words_en})\b",
        # `同月24日`, `同月二十四日`: the day's number in figures or in Chinese numerals
        # not `签署后数年间`: the years after an act's day are no day (`vague_spans_after`)
        "day_word": rf"(?P<dayword>{day_words})(?!\s*(?:{vague_spans}))"
        rf"(?:\s*(?P<dwday>[12]\d|3[01]|0?[1-9]|{_DAY_CJK})\s*日)?",
        "en_day_word": rf"\b(?P<endayword>{day_words_en})\b",
        # not `3日前往`, `3日前夕`, `3日前后`: the day's number before going, an eve, or about that day
        "days_later": rf"(?P<nlater>\d{{1,2}}|[一二两兩三四五六七八九十]{{1,2}})\s*(?:{later_cjk})(?![往夕后後])",
        "en_days_later": rf"\b(?P<enlater>\w+)\s+(?:{later_en})\b",
        "years_later": (
            rf"(?<![\d〇零一二三四五六七八九十两兩])(?P<nylater>\d{{1,2}}|[一二两兩三四五六七八九十]{{1,2}})\s*(?:{years_later_cjk})"
        ),
        "en_years_later": rf"\b(?P<enylater>\w+)\s+(?:{years_later_en})\b",
        # `半年后`, `半年前`: six months from the date before (`half_year_spans`); not the halves of a year
        # (`上半年前`: before the first half of the year) nor `大半年后`, `近半年后`
        "half_year": rf"(?<![上下前后後大多近])(?P<halfyear>{_alternatives(list(r['half_year_spans']['words']))})",
        # `两周后`, `3か月後`, `两个月前`: a count of weeks or months from the date before (or the document's)
        "spans_counted": (
            rf"(?<![\d〇零一二三四五六七八九十两兩])(?P<nspan>\d{{1,2}}|[一二两兩三四五六七八九十]{{1,3}})\s*(?P<spanword>{spans_cjk})"
        ),
        "en_spans_counted": rf"\b(?P<enspan>\w+)\s+(?P<enspanword>{spans_en})\b",
        "weekday": rf"(?P<wd>{weekdays_cjk})(?![）)]?\s*\d)",
        "en_weekday": rf"\b(?P<enwd>{weekdays_en})\b(?!,?\s*(?:\(|（)?\s*(?:\d|{months}))",
        "en_mdy": (
            rf"\b(?P<m1>{months})\.?\s+(?P<d1>{en_day})(?:{day_to}(?P<d1b>{en_day}))?{year_after}(?P<y1>{year4})\b"
            + bracket_closes
        ),
        "en_dmy": (
            rf"\b(?P<d2>{en_day})(?:{day_to}(?P<d2b>{en_day}))?\s+(?P<m2>{months})\.?{year_after}(?P<y2>{year4})\b"
            + bracket_closes
        ),
        "en_my": rf"\b(?P<m3>{months})\.?\s+(?P<y3>{year4})\b",
        "en_range": rf"\b(?:{range_openers})\s+(?P<ery1>{year4})\s+(?:to|and|until|through)\s+(?P<ery2>{year4})\b",
        "en_season": rf"\b(?P<season>{seasons_en})(?:\s+of)?\s+(?P<sy>{year4})\b",
        "en_part": rf"\b(?P<part>early|mid|late)[\s-]+(?P<py>{year4})\b",
        "en_approx": rf"\b(?:around|about|circa|c\.|approximately)\s+(?P<ay>{year4})\b",
        "en_open": rf"\b(?P<since>since|from|starting in|beginning in)\s+(?P<y4>{year4})\b",
        "en_year": rf"(?<![\d./-])(?P<y5>{year4})(?![\d/]|\.\d)(?!\s*年)",
        # a year alone in a table's cell (`| 2021 | 5月18日 | …`, `2021<tab>5月18日<tab>…`), read in Chinese and
        # Japanese text too, where a bare year is otherwise part of a name (`空中卫士 2023`)
        "cell_year": rf"(?:(?<=\|)|(?<=\|[ \t])|(?<=\t)|(?<![^\n]))(?P<cy>{year4})(?=[ \t]*\||\t)",
    }
    # Dates without a year, in English, need a capital month (`may` is a verb) and so keep their case. After one,
    # `last year` counts from the document's date, `that year`, `the following year` from the date before it.
    counted_en = _alternatives([w for w in r["same_year"] + r["next_year"] + r["previous_year"] if w.isascii()])
    cased_english = {
        "en_md": rf"\b(?P<m6>{_capitalized(r['months_en'])})\.?\s+(?P<d6>{en_day})"
        rf"(?:{day_to_yearless}(?P<d6b>{en_day}))?\b"
        rf"(?:\s+(?:of\s+)?(?:(?P<rel6>last|this|next)\s+year|(?P<ry6>{counted_en})\b))?"
        r"(?!\s*(?:[,.]?\s*\d|[:.]\d))",
        "en_dm": rf"\b(?P<d7>{en_day})(?:{day_to_yearless}(?P<d7b>{en_day}))?"
        rf"\s+(?P<m7>{_capitalized(r['months_en'])})\b\.?"
        rf"(?:\s+(?:of\s+)?(?:(?P<rel7>last|this|next)\s+year|(?P<ry7>{counted_en})\b))?"
        r"(?!,?\s*\d)",
        # `On the 4th he spoke`: a day of the month of the date before, the ordinal before a word that opens the
        # rest of a clause or before punctuation (`the 4th floor` is no date)
        "en_ordinal_day": "(?:" + "|".join(rf"(?<=(?<![A-Za-z]){re.escape(w)}\s)" for w in ordinal["after"]) + ")"
        rf"the\s+(?P<od>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        rf"(?=\s*[,;:.)]|\s*$|\s+(?i:{_alternatives(ordinal['followers'])})\b)",
        # a month alone after a preposition of time (`In January`, `by March`): its year is anchored like `8 月`
        "en_month": rf"{_after_words(r['month_prepositions_en'])}"
        rf"(?P<m8>{_capitalized(r['months_en'])})\b(?!\.?\s*\d)(?!\s+(?:of\s+)?\d)"
        rf"(?:\s+(?:of\s+)?(?:(?P<rel8>last|this|next)\s+year|(?P<ry8>{counted_en})\b))?",
        # a month alone in a table's cell (`| June |`, `<tab>October<tab>`, a row's first `October<tab>`): a
        # chronology's row, anchored as `8 月`
        "en_month_cell": rf"(?:(?<=\|)|(?<=\|[ \t])|(?<=\t)|(?<![^\n]))(?P<m9>{_capitalized(r['months_en'])})"
        r"(?=[ \t]*\||\t)",
    }
    # Every pattern starts with one of these characters; testing one character class first at each position
    # spares the engine from trying every alternative there.
    words = [*r["same_year"], *r["next_year"], *r["previous_year"], *r["thereafter"], *r["eras"], *r["months_en"]]
    words += [*r["document_relative"], *(w for w in r["seasons"] if w.isascii())]
    words += [*r["today"], *r["same_day"], *r["next_day"], *r["same_month"], *r["next_month"], *r["weekdays"]]
    words += [*r["previous_day"], *r["previous_day_kana"], *r["same_time"]["words"]]
    words += [*r["previous_month"]["words"], *r["previous_month"]["kana_only"]]
    words += [*r["two_after"]["years"], *r["two_after"]["months"], *r["two_after"]["days"]]
    words += r["last_day_of_span"]["words"]
    words += sorted(after_act_words())
    words += r["era_carried"]["same"]  # `同6年`: the era's year carried from the date before (`era_carried`)
    words += list(r["document_months"])
    words += [*r["document_weeks"]["words"], *r["weekdays_short"]["words"]]
    words += list(r["previous_day_numbered"])
    words += list(r["half_year_spans"]["words"])
    words += [f"{b}{season}" for b in r["document_seasons"]["before"] for season in r["document_seasons"]["seasons"]]
    glossed = [*r["glossed_days"], *r["glossed_months"], *r["glossed_years"]["words"]]
    words += [f"{w}{b}" for w in glossed for b in "（("]
    words += [f"{w}{d}" for w in r["glossed_days_bare"]["words"] for d in "0123456789"]
    words += ["between", "since", "from", "starting", "beginning", "the", "early", "mid", "late", "fy", "fiscal"]
    words += r["year_range_openers_en"]["words"]
    words += ["around", "about", "circa", "c.", "approximately"]
    latin = {w[0].lower() for w in words if w[0].isascii() and w[0].isalpha()}
    latin |= {c.upper() for c in latin}
    cjk_words = sorted({w for w in words if not w.isascii()}, key=len, reverse=True)
    numerals = _CJK_DIGITS + "十"
    # Where a date may start: a digit; a Chinese numeral that runs into 年, 月 or 世纪; a CJK word of the
    # vocabulary (tested only where its first character stands); an English word's first letter where a word
    # starts. Testing this first spares the engine from trying every alternative at every position.
    first = (
        "(?:(?=[0-9０-９])"
        rf"|(?=[{numerals}]+\s*[年月世]|[{numerals}两兩]{{1,2}}\s*(?:[天日年][后後]|[天日]前)|{_SPAN_UNIT_START}|{_CLAUSE_DAY_CJK})"
        "|(?=[" + "".join(sorted({re.escape(w[0]) for w in cjk_words})) + "])(?=" + _alternatives(cjk_words) + ")"
        "|(?<![A-Za-z])(?=[" + "".join(sorted(re.escape(c) for c in latin)) + "]))"
    )
    # Only the parts with English words ignore case: a case-blind engine is twice as slow on Chinese text.
    cased = {"cn_century_decade", "cn_decade_pair", "cjk_decade4", "cn_century", "range", "cjk", "bare_month"}
    cased |= {"numeric", "cell_year"}
    cased |= {
        "glossed_now",
        "previous_day",
        "bare_day",
        "now",
        "era",
        "era_carried",
        "roc_fiscal",
        "day_word",
        "days_later",
        "years_later",
        "spans_counted",
        "half_year",
        "weekday",
        "week",
        "month_word",
        "now_season",
    }
    alternatives = {
        name: f"(?P<_{name}>{pattern})" if name in cased else f"(?i:(?P<_{name}>{pattern}))"
        for name, pattern in parts.items()
    }
    for name, pattern in cased_english.items():
        alternatives[name] = f"(?P<_{name}>{pattern})"
    order = list(alternatives)
    # the yearless English forms come after every form with a year, so that `June 24, 2023` is read whole
    english_last = [n for n in order if n not in cased_english] + list(cased_english)
    branches = {
        "any": tuple((n, alternatives[n]) for n in english_last),
        "cjk": tuple((n, alternatives[n]) for n in english_last if not n.startswith("en_")),
    }
    numeral_start = (
        rf"[{numerals}]+\s*[年月世]|[{numerals}两兩]{{1,2}}\s*(?:[天日年][后後]|[天日]前)|{_SPAN_UNIT_START}|{_CLAUSE_DAY_CJK}"
    )
    cjk_firsts = numerals + "两兩" + "".join(sorted({w[0] for w in cjk_words}))
    _BRANCHES.update({"first": first, "cjk_firsts": cjk_firsts, "words": words, **branches})
    english = [w for w in words if w.isascii()]
    return {
        "starts": _starts(cjk_words, numerals + "两兩", numeral_start, latin),
        # the same places, an English word's only when it may begin a date (`_latin_screen`)
        "screened_starts": _starts(cjk_words, numerals + "两兩", numeral_start, latin, english),
    }


def _starts(
    cjk_words: list[str], numerals: str, numeral_start: str, latin: set[str], english: list[str] | None = None
) -> re.Pattern[str]:
    """Every place `first` lets a date start at, one character each: a digit; a numeral where `numeral_start`
    matches; the first character of a CJK word of the vocabulary where the word stands; an English letter where a
    word starts. With `english` (the English words a date may begin with), a letter is a place only where one of
    those words stands, case-blind (`_latin_screen`): `_scan` then sees only the places worth the date expression
    (not every `日` of `今日`, `一` of `进一步` or letter of an English word).

    Written as one class of all those characters, then a look-behind over the character just read holding the
    condition of each kind of character: the engine skips to the next character of the class by itself, and there
    tries a few branches (digits, numerals and letters each one class; a CJK word's first character a literal).
    One branch per character, each a literal, was skipped to as fast, but the engine then tried every one of the
    hundred-odd branches at every letter of an English word."""
    digits = "0123456789０１２３４５６７８９"
    by_first: dict[str, list[str]] = {}
    for word in cjk_words:
        by_first.setdefault(word[0], []).append(word)
    letters = "".join(sorted(re.escape(c) for c in latin))
    # The CJK words' branches, one per first character, behind one look-ahead at the class of those characters:
    # measured on a Chinese article, the places were found in three quarters of the time the branches alone took
    # (the branches are tests of the one character read, so nothing found changes).
    firsts = "".join(re.escape(c) for c in sorted(by_first))
    cjk = "|".join(rf"{re.escape(c)}(?<=(?={_alternatives(ws)}).)" for c, ws in sorted(by_first.items()))
    branches = [
        f"[{digits}]",
        # a look-behind over the one character just read, holding a look-ahead from the place before it
        rf"[{re.escape(numerals)}](?<=(?={numeral_start}).)",
        f"(?=[{firsts}])(?:{cjk})",
    ]
    if english is None:
        branches.append(rf"[{letters}](?<![A-Za-z].)")
    else:
        # the words by their first letter (either case), the rest of each case-blind: the letter picks its words
        rests: dict[str, list[str]] = {}
        for word in english:
            rests.setdefault(word[0].lower(), []).append(word[1:])
        words = "|".join(
            f"[{re.escape(c)}{re.escape(c.upper())}](?i:{_alternatives(rest)})" for c, rest in sorted(rests.items())
        )
        branches.append(rf"[{letters}](?<![A-Za-z].)(?<=(?={words}).)")
    # the letter's branch first, the others behind one test that the character is no letter: at a letter inside
    # a word (most characters of English prose) the engine tries two branches, not every one
    every = "".join(sorted(re.escape(c) for c in {*digits, *numerals, *by_first, *latin}))
    return re.compile(f"[{every}](?<=(?:{branches[-1]}|[^A-Za-z](?<=(?:{'|'.join(branches[:-1])}))))")


@cache
def whole_expression(latin: bool) -> re.Pattern[str]:
    """The date expression whole, with (`latin`) or without its English branches: what `_scan` finds is exactly
    what its `finditer` finds (it is the reference the tests hold `_scan` to; `_scan` never enters it)."""
    _patterns()
    branches = _BRANCHES["any" if latin else "cjk"]
    return re.compile(_BRANCHES["first"] + "(?:" + "|".join(p for _, p in branches) + ")")


# Where a count of weeks or months in Chinese numerals may start (`两个月`, `三周后`, `二か月`): the numeral, then
# the first characters of a unit of `counted_spans` (`个`/`個` only before `月` or `星期`, so that the many `一个`
# of Chinese prose are no places to try the date expression at).
_SPAN_UNIT_START = r"[〇零一二三四五六七八九十两兩]{1,3}\s*(?:[个個](?:月|星期)|[かヶカヵケ]月|[周週星])"


# The date expression's parts, kept by `_patterns` for `_starting_with`: the `first` test and the branches of the
# expression with English words (`any`) and without (`cjk`), each as (name, pattern) in the expression's order.
_BRANCHES: dict[str, Any] = {}


def _after_words(words: list[str]) -> str:
    """A look-behind for any of the words (as written or capitalized: `in`, `In`) and one space or hyphen
    (`mid-May`) before it; one look-behind per form, each of a fixed width."""
    forms = dict.fromkeys(f for w in words for f in (w, w.capitalize()))
    return "(?:" + "|".join(rf"(?<=(?<![A-Za-z]){re.escape(f)}[\s-])" for f in forms) + ")"


def _capitalized(months: dict[str, int]) -> str:
    return "|".join(re.escape(m.capitalize()) for m in sorted(months, key=len, reverse=True))
