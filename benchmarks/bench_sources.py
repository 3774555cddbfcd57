"""Benchmark for issue 13: reading PDFs, web pages and Word files.

Run: python benchmarks/bench_sources.py [--seeds 2] [--pages 300] [--skip-compare]

Prints, each figure on one line:
- generated PDFs (WeasyPrint, fonts-noto-cjk) per language and note family: notes exact, markers linked,
  headings with levels, title, running heads or page numbers left in the body — the tuning half (even seeds)
  and the held-out half (odd seeds) apart;
- PDF reading speed on one core (pages/s, the reader alone and the whole parse) over a long PDF made by
  repeating the generated ones, and peak memory for 30 and for `--pages` pages (each in a fresh process);
- PDFium (pypdfium2) against pdfminer.six (through pdfplumber): time per page to get the characters with their
  boxes, and how many of the generated notes each one's page text holds (CJK mapping);
- HTML pages: navigation, related, share, ad or footer lines left in the body, date and its source right,
  notes and markers, for our reader and for trafilatura's main text on the same pages;
- Word files: notes exact and markers linked.
Rendered PDFs are kept in ~/.cache/allyscope-bench (per version of the generator) so that a second run does
not render again.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from source_documents import (  # noqa: E402
    BOILERPLATE,
    FAMILIES,
    LANGUAGES,
    make_article,
    make_font,
    pages,
    render_article,
    write_docx,
)
from source_scores import Score, page_score, score, squeeze  # noqa: E402

from allyscope.pipeline import STAGES, parse, run, with_stated_date  # noqa: E402
from allyscope.sources import read_bytes_as  # noqa: E402

# rendered PDFs are kept per version of the generator, so a changed generator renders afresh
_GENERATOR = hashlib.sha256((ROOT / "tests" / "source_documents.py").read_bytes()).hexdigest()[:10]
CACHE = Path.home() / ".cache" / "allyscope-bench" / _GENERATOR


def pdf_quality(seeds: int) -> list[tuple[object, Path]]:
    font = make_font(CACHE / "font")
    folder = CACHE / "pdfs"
    folder.mkdir(parents=True, exist_ok=True)
    rendered = []
    totals: dict[tuple[str, str], Score] = defaultdict(Score)
    families: dict[tuple[str, str], Score] = defaultdict(Score)
    for language in LANGUAGES:
        for family in FAMILIES:
            for seed in range(seeds):
                article, path = _cached(language, family, seed, font, folder)
                rendered.append((article, path))
                result = score(article, parse(path))
                half = "held-out" if article.held_out else "dev"
                totals[(language, half)].add(result)
                families[(family, half)].add(result)
    print("generated PDFs (notes exact / markers linked / headings with levels / title / authors / furniture in body):")
    for (key, half), total in sorted(totals.items()) + sorted(families.items()):
        r = total.ratios()
        print(
            f"  {key:<12} {half:<9} docs {total.documents:>3}  notes {r['notes_exact']:.3f} ({total.notes})"
            f"  markers {r['markers_linked']:.3f} ({total.markers})  headings {r['headings']:.3f}"
            f"  title {r['title']:.2f}  authors {r['authors']:.2f}  furniture {int(r['furniture_in_body'])}"
        )
    return rendered


def _cached(language: str, family: str, seed: int, font: Path, folder: Path):  # type: ignore[no-untyped-def]
    for variant in range(8):
        article = make_article(language, family, seed, sections=3 if family == "two-column" else 4, variant=variant)
        path = folder / f"{article.name}.pdf"
        if path.exists():
            return article, path
    article, path = render_article(language, family, seed, font, folder)
    return article, path


def long_pdf(rendered: list[tuple[object, Path]], pages_wanted: int, target: Path) -> Path:
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(path)) for _, path in rendered]
    i = 0
    while len(out) < pages_wanted:
        src = sources[i % len(sources)]
        out.import_pages(src, list(range(min(len(src), pages_wanted - len(out)))))
        i += 1
    out.save(str(target))
    for src in sources:
        src.close()
    out.close()
    return target


def speed(path: Path, pages_count: int) -> None:
    from allyscope.sources.pdf import read_pdf

    data = path.read_bytes()
    reader = []
    for _ in range(3):
        start = time.process_time()
        read_pdf(data, str(path))
        reader.append(time.process_time() - start)
    start = time.process_time()
    parse(path)
    whole = time.process_time() - start
    best = min(reader)
    print(
        f"PDF reading on one core ({pages_count} pages): reader {pages_count / best:.0f} pages/s"
        f" (best of 3, median {pages_count / statistics.median(reader):.0f}); whole parse {pages_count / whole:.0f}"
        " pages/s (CPU time)"
    )


def memory(path: Path, pages_count: int) -> int:
    # the high-water mark of this process's own memory (ru_maxrss would carry the parent's over exec)
    code = (
        "import re,sys; from allyscope.pipeline import parse; parse(sys.argv[1]);"
        "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    kib = int(out.stdout.strip())
    print(f"peak memory of a parse of {pages_count} pages: {kib / 1024:.0f} MiB")
    return kib


def compare(rendered: list[tuple[object, Path]]) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from allyscope.sources.pdf import _Text

    pdfium_time = plumber_time = 0.0
    pages_count = 0
    found = {"pdfium": 0, "pdfminer": 0}
    notes = 0
    for article, path in rendered[:16]:
        doc = pdfium.PdfDocument(str(path))
        start = time.process_time()
        texts = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            list(_Text(tp.raw, page.get_size()[1]).chars())
            texts.append(tp.get_text_range())
            tp.close()
            page.close()
        pdfium_time += time.process_time() - start
        pages_count += len(doc)
        doc.close()
        start = time.process_time()
        with pdfplumber.open(str(path)) as plumber:
            plumber_texts = []
            for page in plumber.pages:
                chars = page.chars
                plumber_texts.append("".join(c["text"] for c in chars))
        plumber_time += time.process_time() - start
        flat_pdfium = squeeze("".join(texts)).replace("\u2010", "")
        flat_plumber = squeeze("".join(plumber_texts)).replace("\u2010", "")
        for note in article.notes:  # type: ignore[attr-defined]
            notes += 1
            found["pdfium"] += squeeze(note) in flat_pdfium
            found["pdfminer"] += squeeze(note) in flat_plumber
    print(
        f"characters with boxes, per page: PDFium {pdfium_time / pages_count * 1000:.1f} ms,"
        f" pdfminer.six (pdfplumber) {plumber_time / pages_count * 1000:.1f} ms over {pages_count} pages;"
        f" notes whole in the page text: PDFium {found['pdfium']}/{notes}, pdfminer.six {found['pdfminer']}/{notes}"
    )


def html_quality() -> None:
    import trafilatura

    boiler = [line for lines in BOILERPLATE.values() for line in lines]
    for half, seeds in (("dev", (0, 2)), ("held-out", (1, 3))):
        totals: dict[str, float] = defaultdict(float)
        theirs = {"leaks": 0, "recall": 0.0}
        chosen = pages(seeds)
        for page in chosen:
            doc = with_stated_date(run(read_bytes_as(page.html.encode("utf-8"), page.name), STAGES[1:]))
            for key, value in page_score(page, doc).items():
                totals[key] += value
            text = trafilatura.extract(page.html, include_comments=False) or ""
            theirs["leaks"] += sum(1 for line in boiler if line in text)
            sentences = [s for b in page.article.blocks if b[0] == "p" for s, _ in b[1]]  # type: ignore[union-attr]
            flat = squeeze(text)
            theirs["recall"] += sum(1 for s in sentences if squeeze(s) in flat) / max(1, len(sentences))
        n = len(chosen)
        print(
            f"HTML pages {half:<9} {n} pages: boilerplate lines in body {int(totals['boilerplate_in_body'])},"
            f" date right {totals['date'] / n:.3f}, date source right {totals['date_source'] / n:.3f},"
            f" notes exact {totals['notes_exact'] / n:.3f}, markers linked {totals['markers_linked'] / n:.3f},"
            f" headings {totals['headings'] / n:.3f}; trafilatura's main text: boilerplate lines {theirs['leaks']},"
            f" body sentences kept {theirs['recall'] / n:.3f}"
        )


def docx_quality() -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp())
    for half, seeds in (("dev", (0, 2)), ("held-out", (1, 3))):
        total = Score()
        for language in LANGUAGES:
            for kind in ("footnote", "endnote"):
                for seed in seeds:
                    article = make_article(language, "docx", seed)
                    path = write_docx(article, folder / f"{article.name}_{kind}.docx", kind)
                    total.add(score(article, parse(path)))
        r = total.ratios()
        print(
            f"Word files {half:<9} {total.documents} files: notes exact {r['notes_exact']:.3f},"
            f" markers linked {r['markers_linked']:.3f}, headings {r['headings']:.3f}"
        )


def encodings() -> None:
    """Decoding files of the generated articles (and a few Western texts of our own) saved in legacy encodings:
    allyscope's detection against charset-normalizer alone, counted right when the text comes back exactly."""
    from charset_normalizer import from_bytes

    from allyscope.errors import InputError
    from allyscope.reading import decode_bytes

    western = {
        "cp1252": [
            "The \u201cjoint\u201d r\u00e9sum\u00e9 \u2014 ministers\u2019 talks went on for hours.",
            "Les partenaires ont \u00e9t\u00e9 r\u00e9unis \u00e0 Bruxelles pour la premi\u00e8re fois.",
            "Die Au\u00dfenminister trafen sich im M\u00e4rz zu Gespr\u00e4chen \u00fcber Sicherheit.",
        ],
        "cp1251": ["\u041c\u0438\u043d\u0438\u0441\u0442\u0440\u044b \u043e\u0431\u0441\u0443\u0434\u0438\u043b\u0438"
                   " \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u0447\u0435\u0441\u0442\u0432\u043e"
                   " \u0432 \u043e\u0431\u043b\u0430\u0441\u0442\u0438 \u0431\u0435\u0437\u043e\u043f\u0430"
                   "\u0441\u043d\u043e\u0441\u0442\u0438."],
    }
    samples: list[tuple[str, str]] = [(enc, text) for enc, texts in western.items() for text in texts]
    for language, encoding in (("zh", "gb18030"), ("zh-Hant", "big5"), ("ja", "shift_jis"), ("ja", "euc_jp"),
                               ("en", "cp1252")):
        for seed in range(4):
            article = make_article(language, "encoding", seed)
            paragraph = next(b for b in article.blocks if b[0] == "p")
            text = article.title + "\n\n" + "".join(s for s, _ in paragraph[1])  # type: ignore[union-attr]
            samples.append((encoding, text.replace("Capacity-building", "\u201cCapacity\u201d building")))
    ours = theirs = 0
    for encoding, text in samples:
        data = text.encode(encoding)
        try:
            ours += decode_bytes(data)[0] == text
        except InputError:
            continue  # counted as wrong
        finally:
            best = from_bytes(data).best()
            theirs += best is not None and str(best) == text
    print(f"legacy encodings, {len(samples)} files decoded exactly: allyscope {ours}, charset-normalizer {theirs}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2, help="articles per language and family (odd = held out)")
    parser.add_argument("--pages", type=int, default=300, help="pages of the long PDF for speed and memory")
    parser.add_argument("--skip-compare", action="store_true", help="leave out the pdfminer.six comparison")
    args = parser.parse_args()
    rendered = pdf_quality(args.seeds)
    small = long_pdf(rendered, 30, CACHE / "long-30.pdf")
    big = long_pdf(rendered, args.pages, CACHE / f"long-{args.pages}.pdf")
    speed(big, args.pages)
    low = memory(small, 30)
    high = memory(big, args.pages)
    print(f"memory growth from 30 to {args.pages} pages: {(high - low) / 1024:.0f} MiB")
    if not args.skip_compare:
        compare(rendered)
    html_quality()
    docx_quality()
    encodings()
    print(f"(peak memory of this benchmark: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
