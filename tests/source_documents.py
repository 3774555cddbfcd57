"""Test documents made here, with their gold by construction: articles in zh, zh-Hant, ja and en, written out as
PDF (WeasyPrint: page-bottom footnotes with `float: footnote`, endnotes, two columns, running heads and page
numbers), as HTML pages (with navigation, related lists, share buttons and footers around the article) and as
Word files (python-docx, with a real footnotes part).

The sentences are our own, written for these tests. Every note text is unique inside its article (it carries
its own ordinal and page), so a marker's link can be checked by the text of the note it reaches.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("zh", "zh-Hant", "ja", "en")

SENTENCES = {
    "zh": [
        "两国防务部门在过去十年里逐步建立了定期磋商机制",
        "海上安全合作成为双方议程中最具体的内容",
        "地区国家对这种安排的态度并不一致",
        "研究者普遍认为制度化程度仍然有限",
        "新的合作文件扩大了信息共享的范围",
        "联合演习的规模在近年明显扩大",
        "双方在网络防御领域签署了技术协议",
        "这种伙伴关系并不包含共同防御义务",
        "议会和舆论对此保持了相当的关注",
        "外交部长会议为高层对话提供了平台",
        "能力建设项目主要集中在灾害救援方面",
        "观察人士指出经费投入仍然不足",
        "双方在cyber defence与maritime domain awareness领域的合作逐步展开",
        "新的Partnership Programme文件于秋季正式通过",
    ],
    "zh-Hant": [
        "兩國防務部門在過去十年裡逐步建立了定期磋商機制",
        "海上安全合作成為雙方議程中最具體的內容",
        "區域國家對這種安排的態度並不一致",
        "研究者普遍認為制度化程度仍然有限",
        "新的合作文件擴大了資訊共享的範圍",
        "聯合演習的規模在近年明顯擴大",
        "雙方在網路防禦領域簽署了技術協議",
        "這種夥伴關係並不包含共同防禦義務",
        "議會與輿論對此保持了相當的關注",
        "外交部長會議為高層對話提供了平台",
    ],
    "ja": [
        "両国の防衛当局はこの十年で定期的な協議の枠組みを整えてきた",
        "海洋安全保障の協力は双方の議題の中で最も具体的な分野である",
        "地域の国々の受け止め方は必ずしも一様ではない",
        "研究者の多くは制度化の程度がなお限られていると見ている",
        "新たな協力文書は情報共有の範囲を広げた",
        "共同訓練の規模は近年はっきりと大きくなった",
        "双方はサイバー防衛の分野で技術取決めに署名した",
        "この協力関係には共同防衛の義務は含まれていない",
        "外相会合は高いレベルの対話の場となっている",
        "能力構築の事業は主に災害救援に向けられている",
        "双方はcyber defenceとmaritime securityの分野で協議を重ねた",
        "新しいPartnership Programmeは秋に正式に採択された",
    ],
    "en": [
        "Defence officials of both countries have built a regular cycle of consultations over the past decade",
        "Maritime security has become the most concrete item on their shared agenda",
        "Governments in the region have not received this arrangement in the same way",
        "Most researchers still describe the degree of institutionalisation as modest",
        "The new cooperation document widened the scope of information sharing considerably",
        "Joint exercises have grown noticeably in scale and in the number of participating units",
        "Both sides signed a technical arrangement on cyber defence and incident response",
        "The partnership carries no obligation of collective defence whatsoever",
        "Parliaments and the press have followed these developments with sustained interest",
        "Ministerial meetings offer a platform for dialogue at the highest political level",
        "Capacity-building programmes concentrate on disaster relief and humanitarian assistance",
        "Observers point out that the funding committed so far remains insufficient",
    ],
}
TITLES = {
    "zh": ["伙伴关系的演变与地区安全秩序", "防务合作的制度化及其限度", "海上安全合作的新动向"],
    "zh-Hant": ["夥伴關係的演變與區域安全秩序", "防務合作的制度化及其限度", "海上安全合作的新動向"],
    "ja": ["安全保障協力の制度化とその限界", "海洋安全保障協力の新たな展開", "パートナーシップの変容と地域秩序"],
    "en": ["Partnership and Regional Order after the Cold War", "The Limits of Defence Cooperation",
           "New Directions in Maritime Security Cooperation"],
}
SECTION_TITLES = {
    "zh": ["问题的提出", "合作机制的形成", "主要合作领域", "影响与限度", "结论"],
    "zh-Hant": ["問題的提出", "合作機制的形成", "主要合作領域", "影響與限度", "結論"],
    "ja": ["問題の所在", "協力枠組みの形成", "主な協力分野", "影響と限界", "結論"],
    "en": ["Introduction", "The Making of a Framework", "Fields of Cooperation", "Effects and Limits", "Conclusion"],
}
SUB_TITLES = {
    "zh": ["早期接触", "高层对话", "网络与海洋", "经费问题"],
    "zh-Hant": ["早期接觸", "高層對話", "網路與海洋", "經費問題"],
    "ja": ["初期の接触", "高官対話", "サイバーと海洋", "予算の問題"],
    "en": ["Early Contacts", "Dialogue at the Top", "Cyber and Maritime Affairs", "The Question of Funding"],
}
AUTHORS = {
    "zh": ["李明", "王芳", "陈立", "赵云"],
    "zh-Hant": ["林志明", "黃雅婷", "陳建宏"],
    "ja": ["山田太郎", "佐藤花子", "鈴木一郎"],
    "en": ["Anna Berg", "Tom Hale", "Maria Costa"],
}
NOTE_PARTS = {
    "zh": ("张华：《冷战后的同盟》，北京：世界知识出版社，{year} 年，第 {page} 页。",
           "王强：《安全政策研究》，《国际问题研究》{year} 年第 {issue} 期，第 {page} 页。"),
    "zh-Hant": ("林志明：《冷戰後的同盟》，臺北：五南出版社，{year} 年，頁 {page}。",
                "黃雅婷：《安全政策研究》，《問題與研究》{year} 年第 {issue} 期，頁 {page}。"),
    "ja": ("山田太郎『冷戦後の同盟』東京大学出版会、{year}年、{page}頁。",
           "佐藤花子「安全保障政策の研究」『国際政治』第{issue}号、{year}年、{page}頁。"),
    "en": ("John Smith, Alliances after the Cold War (London: Routledge, {year}), p. {page}.",
           "Jane Doe, \u201cPartnership Politics,\u201d Survival {issue}, no. 2 ({year}): {page}."),
}
RUNNING = {"zh": "国际安全评论 2024 年第 {n} 期", "zh-Hant": "國際安全評論 2024 年第 {n} 期",
           "ja": "国際安全保障研究 第 {n} 号", "en": "Journal of Security Studies, Vol. {n}"}
NOTES_LABEL = {"zh": "注释", "zh-Hant": "注釋", "ja": "注", "en": "Notes"}
STOPS = {"zh": "。", "zh-Hant": "。", "ja": "。", "en": ". "}
FAMILIES = ("footnote", "footnote-page", "endnote", "two-column", "inline")
"""Note families: footnotes numbered through the article, footnotes numbered per page, endnotes under a notes
label, footnotes in two columns, and footnotes whose markers are printed, not raised digits (circled numbers
in Chinese and Japanese, `[n]` at body size otherwise)."""


@dataclass
class Article:
    """One generated article and its gold."""

    language: str
    family: str
    seed: int
    title: str
    authors: list[str]
    running: str
    headings: list[tuple[int, str]] = field(default_factory=list)
    # body as a list of blocks: ("h", level, text) or ("p", [(text, note index or None), ...])
    blocks: list[tuple[object, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    variant: int = 0

    @property
    def name(self) -> str:
        return f"{self.language}_{self.family}_{self.seed}" + (f"v{self.variant}" if self.variant else "")

    @property
    def held_out(self) -> bool:
        """Odd seeds are the held-out half: never looked at while tuning."""
        return self.seed % 2 == 1


def _numbered(language: str, level: int, index: int, text: str, style: int) -> str:
    if style == 0:
        return text
    cn = "一二三四五六七八九十"
    if language in ("zh", "zh-Hant"):
        return f"{cn[index]}、{text}" if level == 1 else f"（{cn[index]}）{text}"
    if language == "ja":
        return f"{index + 1}．{text}" if level == 1 else f"（{index + 1}）{text}"
    return f"{index + 1}. {text}" if level == 1 else text


def make_article(language: str, family: str, seed: int, sections: int = 4, variant: int = 0) -> Article:
    rng = random.Random(f"{language}-{family}-{seed}" + (f"-{variant}" if variant else ""))
    title = rng.choice(TITLES[language])
    authors = rng.sample(AUTHORS[language], 2)
    article = Article(language, family, seed, title, authors, RUNNING[language].format(n=seed % 9 + 1),
                      variant=variant)
    style = rng.choice((0, 1)) if language == "en" else 1
    sentences = SENTENCES[language]
    stop = STOPS[language]
    for s in range(sections):
        head = _numbered(language, 1, s, SECTION_TITLES[language][s % 5], style)
        article.blocks.append(("h", 1, head))
        article.headings.append((1, head))
        subs = rng.choice((0, 0, 2)) if s else 0
        for sub in range(subs + 1):
            if sub:
                text = _numbered(language, 2, sub - 1, SUB_TITLES[language][(s + sub) % 4], style)
                article.blocks.append(("h", 2, text))
                article.headings.append((2, text))
            for _ in range(rng.randint(2, 3)):
                runs: list[tuple[str, int | None]] = []
                for _k in range(rng.randint(3, 5)):
                    sentence = rng.choice(sentences) + stop
                    note = None
                    if rng.random() < 0.25:
                        template = rng.choice(NOTE_PARTS[language])
                        ordinal = len(article.notes) + 1
                        article.notes.append(
                            template.format(year=1990 + ordinal, issue=ordinal % 6 + 1, page=10 * seed + ordinal)
                        )
                        note = len(article.notes) - 1
                    runs.append((sentence, note))
                article.blocks.append(("p", runs))
    return article


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_html(article: Article, font_css: str) -> str:
    """The HTML WeasyPrint renders for an article in its family."""
    endnotes = article.family == "endnote"
    columns = article.family == "two-column"
    reset = "counter-reset: footnote;" if article.family == "footnote-page" else ""
    circled = article.language in ("zh", "ja")
    if article.family != "inline":
        call = "content: counter(footnote); vertical-align: super; font-size: 6pt; line-height: 1"
        mark = 'content: counter(footnote) " "'
    elif circled:
        call = "content: counter(footnote, circled); vertical-align: super; font-size: 6pt; line-height: 1"
        mark = 'content: counter(footnote, circled) " "'
    else:
        call = 'content: "[" counter(footnote) "]"; vertical-align: baseline; font-size: 10pt'
        mark = 'content: "[" counter(footnote) "] "'
    symbols = " ".join(f'"{chr(0x2460 + i)}"' for i in range(20))
    circled_style = f"@counter-style circled {{ system: fixed; symbols: {symbols}; suffix: ''; }}"
    page_size = "A4" if columns else "A5"
    css = f"""
    {font_css}
    {circled_style}
    @page {{ size: {page_size}; margin: 22mm 16mm 20mm 16mm; {reset}
      @top-center {{ content: "{article.running}"; font-size: 8pt; font-family: TestCJK }}
      @bottom-center {{ content: "· " counter(page) " ·"; font-size: 8pt; font-family: TestCJK }} }}
    @page :first {{ @top-center {{ content: none }} }}
    body {{ font-family: TestCJK; font-size: 10pt; line-height: 1.6; text-align: justify;
           {'hyphens: auto;' if article.language == 'en' else ''} }}
    .fn {{ float: footnote; font-size: 7.5pt; line-height: 1.4; text-align: left }}
    ::footnote-call {{ {call} }}
    ::footnote-marker {{ {mark} }}
    .call {{ vertical-align: super; font-size: 6pt; line-height: 1 }}
    h1 {{ font-size: 17pt; margin: 0 0 6pt 0; font-weight: normal; text-align: left }}
    .authors {{ font-size: 10pt; margin-bottom: 14pt }}
    h2 {{ font-size: 13pt; margin: 14pt 0 6pt 0; font-weight: normal }}
    h3 {{ font-size: 10pt; margin: 10pt 0 4pt 0; font-weight: bold }}
    p {{ margin: 0; text-indent: 2em }}
    .body {{ {'columns: 2; column-gap: 8mm;' if columns else ''} }}
    .notes p {{ text-indent: 0; font-size: 10pt; margin-bottom: 2pt }}
    """
    out = [f"<html lang='{article.language}'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    authors = "　".join(article.authors)
    out.append(f"<h1>{_escape(article.title)}</h1><p class='authors'>{authors}</p><div class='body'>")
    for block in article.blocks:
        if block[0] == "h":
            tag = "h2" if block[1] == 1 else "h3"
            out.append(f"<{tag}>{_escape(str(block[2]))}</{tag}>")
            continue
        parts = []
        runs = block[1]
        assert isinstance(runs, list)
        for text, note in runs:
            parts.append(_escape(text.rstrip() if note is not None else text))
            if note is not None:
                if endnotes:
                    parts.append(f"<span class='call'>{note + 1}</span>")
                else:
                    parts.append(f"<span class='fn'>{_escape(article.notes[note])}</span>")
                if article.language == "en":
                    parts.append(" ")
        out.append(f"<p>{''.join(parts).strip()}</p>")
    out.append("</div>")
    if endnotes and article.notes:
        out.append(f"<div class='notes'><h2>{NOTES_LABEL[article.language]}</h2>")
        for i, note in enumerate(article.notes):
            out.append(f"<p>{i + 1}. {_escape(note)}</p>")
        out.append("</div>")
    out.append("</body></html>")
    return "".join(out)


def all_characters() -> str:
    """Every character any generated document can print (for the test font subset)."""
    chars = set("0123456789·.,;:()[]\u201c\u201d\u2019-–— abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for table in (SENTENCES, TITLES, SECTION_TITLES, SUB_TITLES, AUTHORS, NOTE_PARTS, RUNNING, NOTES_LABEL):
        for values in table.values():
            for value in values if isinstance(values, (list, tuple)) else [values]:
                chars.update(value)
    chars.update("、（）．　一二三四五六七八九十第期号頁页年")
    chars.update(chr(0x2460 + i) for i in range(20))
    return "".join(sorted(chars))


def make_font(folder: Path) -> Path:
    """Small subsets of Debian's Noto Sans CJK (regular, and bold beside it) holding every character of the
    generated documents.

    WeasyPrint subsets the whole CJK collection for every PDF (about ten seconds); subsetting once to a few
    hundred glyphs makes each PDF take a fraction of a second.
    """
    _subset_font(folder / "TestCJK-Bold.otf", "Bold")
    return _subset_font(folder / "TestCJK.otf", "Regular")


def _subset_font(target: Path, weight: str) -> Path:
    from fontTools import subset, ttLib

    if target.exists():
        return target
    folder = target.parent
    source = Path(f"/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc")
    if not source.exists():
        raise FileNotFoundError("Debian's fonts-noto-cjk is not installed (see .ci/run)")
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    font = ttLib.TTFont(str(source), fontNumber=0)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=all_characters())
    subsetter.subset(font)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f"{target.stem}.partial.otf"
    font.save(str(partial))
    partial.replace(target)
    return target


def render_pdf(article: Article, font: Path, target: Path) -> Path:
    import weasyprint

    bold = font.with_name("TestCJK-Bold.otf")
    font_css = (
        f"@font-face {{ font-family: TestCJK; src: url('{font.as_uri()}') }}"
        f"@font-face {{ font-family: TestCJK; font-weight: bold; src: url('{bold.as_uri()}') }}"
    )
    weasyprint.HTML(string=pdf_html(article, font_css)).write_pdf(str(target))
    try:
        _check_rendered(article, target)
    except DroppedNotes:
        target.unlink()  # never left where a cache could take it for a good rendering
        raise
    return target


class DroppedNotes(AssertionError):
    """The renderer left notes out of the PDF (so the article's gold would not hold)."""


def render_article(language: str, family: str, seed: int, font: Path, folder: Path) -> tuple[Article, Path]:
    """An article of this language, family and seed rendered to PDF: WeasyPrint loses a footnote now and then
    (two columns, a crowded page), and then the next variant of the same seed is drawn and rendered."""
    sections = 3 if family == "two-column" else 4
    for variant in range(8):
        article = make_article(language, family, seed, sections=sections, variant=variant)
        try:
            return article, render_pdf(article, font, folder / f"{article.name}.pdf")
        except DroppedNotes:
            continue
    raise AssertionError(f"no variant of {language} {family} {seed} renders with all its notes")


def _check_rendered(article: Article, target: Path) -> None:
    """The gold holds only if the PDF shows every note: WeasyPrint drops footnotes that overflow a page's note
    area, so an article too dense in notes is a bug of this generator, reported as such."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(target))
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    flat = "".join(text.split()).replace("\u2010", "")
    lost = [note for note in article.notes if "".join(note.split()) not in flat]
    if lost:
        raise DroppedNotes(f"{article.name}: the renderer dropped {len(lost)} notes; make the article less dense")


def articles(per_family: int, families: tuple[str, ...] = FAMILIES) -> list[Article]:
    """`per_family` articles per language and family; seeds 0, 1, 2, … (odd ones held out)."""
    return [make_article(lang, fam, seed) for lang in LANGUAGES for fam in families for seed in range(per_family)]


# ---- HTML pages -------------------------------------------------------------------------------------------

NOTE_STYLES = ("sup", "wiki", "aside", "plain")
DATE_STYLES = ("json-ld datePublished", "article:published_time", "time element", "citation_publication_date")
BOILERPLATE = {
    "nav": ["Home", "World news", "Defence desk", "Opinion pages", "Subscribe now"],
    "related": ["Ministers meet again in the spring round", "Navy chiefs compare notes on patrols",
                "Budget talks stall before the summer"],
    "share": ["Share on social media", "Email this story", "Print this page"],
    "ads": ["Advertisement: buy a premium subscription today"],
    "footer": ["Copyright 2024 Example Media Group. All rights reserved.", "Contact the newsroom",
               "Privacy policy and cookie settings"],
}


@dataclass
class Page:
    """A generated web page and its gold."""

    article: Article
    html: str
    note_style: str
    date: str
    date_source: str
    site_name: str
    canonical: str
    updated: str = ""

    @property
    def name(self) -> str:
        return f"{self.article.name}_{self.note_style}"


def _note_call(style: str, n: int) -> str:
    if style == "plain":
        return f"<sup>{n}</sup>"
    if style == "wiki":
        return f"<sup id='cite_ref-{n}' class='reference'><a href='#cite_note-{n}'>[{n}]</a></sup>"
    if style == "aside":
        return f"<sup><a href='#note-{n}' role='doc-noteref'>{n}</a></sup>"
    return f"<sup id='ref{n}'><a href='#fn{n}'>{n}</a></sup>"


def html_page(article: Article, note_style: str, date_style: str, container: str = "article") -> Page:
    """The article as a news or institute web page with navigation, related links, share buttons, an ad and a
    footer around it, scripts that must never become text, and its notes in `note_style`. The article stands
    in an `<article>` element, or (`container="div"`) in plain divisions that say nothing of what they hold."""
    rng = random.Random(f"page-{article.name}-{note_style}")
    year = 2015 + article.seed % 9
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    updated = f"{year + 1}-01-15"
    site = "Example Security Review"
    canonical = f"https://example.org/analysis/{article.name}"
    head = [f"<meta charset='utf-8'><title>{_escape(article.title)} | {site}</title>",
            f"<meta property='og:site_name' content='{site}'>",
            f"<link rel='canonical' href='{canonical}'>",
            "<script>var tracking = 'SCRIPT_TEXT_NEVER_BODY'; document.write('SCRIPT_TEXT_NEVER_BODY');</script>",
            "<style>.ad-slot { color: red } /* STYLE_TEXT_NEVER_BODY */</style>"]
    for author in article.authors:
        head.append(f"<meta name='author' content='{_escape(author)}'>")
    if date_style == "json-ld datePublished":
        head.append("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": "
                    f"\"NewsArticle\", \"headline\": \"{article.title}\", \"datePublished\": \"{date}T08:00:00Z\","
                    f" \"dateModified\": \"{updated}T09:00:00Z\"}}</script>")
    elif date_style == "article:published_time":
        head.append(f"<meta property='article:published_time' content='{date}T08:00:00+00:00'>")
        head.append(f"<meta property='article:modified_time' content='{updated}T09:00:00+00:00'>")
    elif date_style == "citation_publication_date":
        head.append(f"<meta name='citation_publication_date' content='{date.replace('-', '/')}'>")
    body = ["<header class='site-header'><div class='logo'>" + site + "</div><nav><ul>"]
    body += [f"<li><a href='/s/{i}'>{item}</a></li>" for i, item in enumerate(BOILERPLATE["nav"])]
    body.append("</ul></nav></header><div class='breadcrumbs'><a href='/'>Home</a> › Analysis</div>")
    opening, closing = ("<article>", "</article>") if container == "article" else ("<div class='c1'><div class='c2'>",
                                                                                  "</div></div>")
    body.append("<div class='layout'>" + opening + "<h1>" + _escape(article.title) + "</h1>")
    if date_style == "time element":
        body.append(f"<div class='meta'><time datetime='{date}'>{date}</time></div>")
    body.append("<div class='share-buttons'>" + "".join(f"<a href='#'>{s}</a>" for s in BOILERPLATE["share"])
                + "</div>")
    asides: list[str] = []
    for block in article.blocks:
        if block[0] == "h":
            tag = "h2" if block[1] == 1 else "h3"
            body.append(f"<{tag}>{_escape(str(block[2]))}</{tag}>")
            continue
        parts = []
        runs = block[1]
        assert isinstance(runs, list)
        for text, note in runs:
            parts.append(_escape(text.rstrip() if note is not None else text))
            if note is not None:
                parts.append(_note_call(note_style, note + 1))
                if note_style == "aside":
                    asides.append(f"<aside id='note-{note + 1}' class='note'>{note + 1}. "
                                  f"{_escape(article.notes[note])}</aside>")
                if article.language == "en":
                    parts.append(" ")
        body.append(f"<p>{''.join(parts).strip()}</p>")
        body += asides
        asides = []
        if rng.random() < 0.2:
            body.append(f"<div class='ad-slot'>{BOILERPLATE['ads'][0]}</div>")
    if note_style == "sup" and article.notes:
        body.append("<section class='footnotes' role='doc-endnotes'><hr><ol>")
        body += [f"<li id='fn{i + 1}'><p>{_escape(n)} <a href='#ref{i + 1}' role='doc-backlink'>↩︎</a></p></li>"
                 for i, n in enumerate(article.notes)]
        body.append("</ol></section>")
    if note_style == "plain" and article.notes:
        body.append(f"<h2>{NOTES_LABEL[article.language]}</h2><ol>")
        body += [f"<li>{_escape(n)}</li>" for n in article.notes]
        body.append("</ol>")
    if note_style == "wiki" and article.notes:
        body.append("<h2>References</h2><div class='reflist'><ol class='references'>")
        body += [f"<li id='cite_note-{i + 1}'><span class='mw-cite-backlink'><a href='#cite_ref-{i + 1}'>^"
                 f"</a></span> <span class='reference-text'>{_escape(n)}</span></li>"
                 for i, n in enumerate(article.notes)]
        body.append("</ol></div>")
    body.append(closing + "<aside class='sidebar related'><h3>Related</h3><ul>")
    body += [f"<li><a href='/r/{i}'>{r}</a></li>" for i, r in enumerate(BOILERPLATE["related"])]
    body.append("</ul></aside></div><footer>" + "".join(f"<p>{f}</p>" for f in BOILERPLATE["footer"]))
    body.append("</footer><script>console.log('SCRIPT_TEXT_NEVER_BODY')</script>")
    html = (
        f"<!DOCTYPE html><html lang='{article.language}'><head>{''.join(head)}</head>"
        f"<body>{''.join(body)}</body></html>"
    )
    return Page(article, html, note_style, date, date_style, site, canonical,
                updated if date_style in ("json-ld datePublished", "article:published_time") else "")


def pages(seeds: tuple[int, ...]) -> list[Page]:
    """Pages over every language, note style and date style."""
    out = []
    for i, language in enumerate(LANGUAGES):
        for j, style in enumerate(NOTE_STYLES):
            for seed in seeds:
                article = make_article(language, "html", seed)
                container = "div" if (i + seed) % 2 else "article"
                out.append(html_page(article, style, DATE_STYLES[(i + j + seed) % len(DATE_STYLES)], container))
    return out


# ---- Word files ------------------------------------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOTE_PART = {
    "footnote": ("footnotes", "footnote", "footnoteReference", "footnoteRef",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"),
    "endnote": ("endnotes", "endnote", "endnoteReference", "endnoteRef",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"),
}


def write_docx(article: Article, target: Path, kind: str = "footnote") -> Path:
    """The article as a Word file: python-docx writes title, authors, headings (Heading 1/2 styles) and
    paragraphs with a placeholder run per note reference; the references and the notes part are then put in
    by hand, the notes stored in shuffled order under scattered ids, so only ids can link them."""
    import re
    import zipfile

    import docx

    document = docx.Document()
    document.add_heading(article.title, 0)
    document.add_paragraph("　".join(article.authors))
    for block in article.blocks:
        if block[0] == "h":
            document.add_heading(str(block[2]), int(str(block[1])))
            continue
        paragraph = document.add_paragraph()
        runs = block[1]
        assert isinstance(runs, list)
        for text, note in runs:
            paragraph.add_run(text.rstrip() if note is not None else text)
            if note is not None:
                paragraph.add_run(f"NOTEREF{note}")
                if article.language == "en":
                    paragraph.add_run(" ")
    plain = target.with_suffix(".plain.docx")
    document.save(str(plain))
    part, element, reference, mark, content_type = _NOTE_PART[kind]
    rng = random.Random(f"docx-{article.name}")
    ids = {i: 5 + 3 * i + rng.randint(0, 2) for i in range(len(article.notes))}
    with zipfile.ZipFile(plain) as source:
        files = {name: source.read(name) for name in source.namelist()}
    body = files["word/document.xml"].decode("utf-8")
    raised = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    body = re.sub(
        r"<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t(?: [^>]*)?>NOTEREF(\d+)</w:t></w:r>",
        lambda m: f'<w:r>{raised}<w:{reference} w:id="{ids[int(m.group(1))]}"/></w:r>',
        body,
    )
    assert "NOTEREF" not in body
    files["word/document.xml"] = body.encode("utf-8")
    order = list(range(len(article.notes)))
    rng.shuffle(order)
    notes = [
        f'<w:{element} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{element}>',
        f'<w:{element} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:{element}>",
    ]
    for i in order:
        notes.append(
            f'<w:{element} w:id="{ids[i]}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{mark}/>'
            f'</w:r><w:r><w:t xml:space="preserve"> {_escape(article.notes[i])}</w:t></w:r></w:p></w:{element}>'
        )
    files[f"word/{part}.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{part} xmlns:w="{_W_NS}">'
        + "".join(notes) + f"</w:{part}>"
    ).encode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    files["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'{part}" Target="{part}.xml"/></Relationships>',
    ).encode("utf-8")
    types = files["[Content_Types].xml"].decode("utf-8")
    files["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/word/{part}.xml" ContentType="{content_type}"/></Types>'
    ).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in files.items():
            out.writestr(name, data)
    plain.unlink()
    return target
