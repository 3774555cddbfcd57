"""Stage 0, *read*: bytes of a file → a `Document` holding only its decoded raw text.

Chinese and Japanese files still arrive in legacy encodings (GB18030/GBK, Big5, Shift_JIS, EUC-JP) as well
as UTF-8 and UTF-16. A general detector guesses badly on short CJK files (EUC-JP Japanese comes out as
Korean CP949), so the choice here is narrow and explicit: BOMs first, then strict UTF-8, then a UTF-16 test,
then every legacy CJK encoding that decodes the bytes strictly, scored by how much of the result is
common-use text in its script. Wrongly decoded CJK bytes come out as rare characters, half-width kana,
Hangul or private-use code points; rightly decoded ones are mostly frequent hanzi, kanji and kana.

Behind the CJK checks stand Western files: an English or French file saved in Windows-1252 also decodes as
Shift_JIS (`“J` becomes `笛`), but such a decoding has a few CJK characters glued into Latin words. When the
CJK reading is mostly Latin and Windows-1252 reads every non-ASCII byte as a letter inside a word or as
typographic punctuation, Windows-1252 wins. Other single-byte encodings (Cyrillic, Greek, Central European)
are left to charset-normalizer, accepted only when it recognises a language in the result (on short Western
samples alone it guesses cp1250 or cp1125 for cp1252 text, so it is never asked first). `--encoding` on the
commands overrides all of this.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import sys
from pathlib import Path

from allyscope.errors import BinaryInputError, EmptyInputError, InputError, UndecodableInputError
from allyscope.model import Document

LEGACY_CJK = ("gb18030", "big5", "shift_jis", "euc_jp", "cp932")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc]")
_SUSPECT = re.compile(r"[\uac00-\ud7af\u3130-\u318f\ue000-\uf8ff\uff61-\uff9f\u2460-\u24ff\u2500-\u257f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _common_in_gb(char: str) -> bool:
    try:
        return 0xB0 <= char.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


def _common_in_jis(char: str) -> bool:
    try:
        return 0x88 <= char.encode("shift_jis")[0] <= 0x98
    except UnicodeEncodeError:
        return False


def _common_in_big5(char: str) -> bool:
    try:
        return 0xA4 <= char.encode("big5")[0] <= 0xC6
    except UnicodeEncodeError:
        return False


_COMMON = {
    "gb18030": (_common_in_gb,),
    "big5": (_common_in_big5,),
    "shift_jis": (_common_in_jis,),
    "cp932": (_common_in_jis,),
    "euc_jp": (_common_in_jis,),
}
_ANY = (_common_in_gb, _common_in_jis, _common_in_big5)


def plausibility(text: str, encoding: str = "") -> float:
    """How much a decoding looks like real text of its locale: the share of non-ASCII characters in common use.

    A hanzi or kanji counts when it is in the everyday set of the locale the encoding serves (GB2312 level 1,
    JIS level 1, Big5 frequent use); kana count fully for Japanese encodings and half otherwise.
    """
    non_ascii = sum(1 for c in text if ord(c) > 0x7F)
    if not non_ascii:
        return 1.0
    tests = _COMMON.get(encoding, _ANY)
    common = sum(1 for c in _HAN.findall(text) if any(t(c) for t in tests))
    kana = len(_KANA.findall(text)) * (1.0 if encoding in _JAPANESE or not encoding else 0.5)
    punctuation = sum(1 for c in text if 0x3000 <= ord(c) <= 0x303F or 0xFF01 <= ord(c) <= 0xFF5E)
    suspect = len(_SUSPECT.findall(text))
    return (common + kana + 0.5 * punctuation - 2 * suspect) / non_ascii


_JAPANESE = frozenset({"shift_jis", "euc_jp", "cp932"})


def _looks_utf16(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when a BOM-less file has the NUL pattern of mostly-ASCII UTF-16."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.3 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.3 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode a file's bytes; returns `(text, encoding)` or raises an `InputError` naming `source`."""
    if not data.strip():
        raise EmptyInputError(source, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableInputError(source, f"bad {encoding} after its byte-order mark ({exc.reason})") from exc
            if encoding in ("utf-16", "utf-32"):
                text = text.lstrip("\ufeff")
            return _checked(text, source), encoding
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), source), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if plausibility(text) >= 0.7 and not _CONTROL.search(text):
                return _checked(text, source), encoding
        raise BinaryInputError(source, "binary data, not text (NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), source), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    candidates = LEGACY_CJK + (("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = plausibility(text, encoding)
        if best is None or score > best[0] + 1e-9:
            best = (score, encoding, text)
    western = _western(data)
    if western is not None and (
        best is None or best[0] < 0.5 or _cjk_share(best[2]) < 0.2 or best[1].startswith("utf-16")
    ):
        return _checked(western, source), "cp1252"
    if best is None or best[0] < 0.5:
        guessed = _guess_other(data)
        if guessed is not None:
            return _checked(guessed[0], source), guessed[1]
        raise UndecodableInputError(
            source,
            "cannot decode: not UTF-8, UTF-16, GB18030, Big5, Shift_JIS, EUC-JP or Windows-1252 text (try --encoding)",
        )
    return _checked(best[2], source), best[1]


_TYPOGRAPHIC = frozenset("“”‘’‚„–—…«»‹›•·°§¶©®™\u00a0±×÷¼½¾")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _cjk_share(text: str) -> float:
    """CJK characters among the letters of a text."""
    cjk = len(_HAN.findall(text)) + len(_KANA.findall(text)) + len(_SUSPECT.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return cjk / max(1, cjk + latin)


def _western(data: bytes) -> str | None:
    """The Windows-1252 reading of the bytes when every non-ASCII character in it is typographic punctuation,
    a Latin letter inside a word, or a currency sign by a number; else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    good = bad = 0
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in text if c.isalpha() and ord(c) >= 0x80)
    if accented > 0.3 * letters:
        return None  # Cyrillic or Greek bytes read as accented Latin letters
    for i, char in enumerate(text):
        if ord(char) < 0x80:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        letter = char.isalpha() and (
            "\u00c0" <= char <= "\u00ff" or bool(_LATIN_LETTER.match(before)) or bool(_LATIN_LETTER.match(after))
        )
        money = char in "€£¥¢" and (before.isdigit() or after.isdigit() or text[i + 1 : i + 3].strip()[:1].isdigit())
        if char in _TYPOGRAPHIC or letter or money:
            good += 1
        else:
            bad += 1
    return text if good and bad <= 0.05 * (good + bad) else None


def _guess_other(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's reading, when it finds a language in it and little disorder."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    match = from_bytes(data).best()
    if match is None or match.chaos > 0.2 or match.coherence < 0.2:
        return None
    return str(match), str(match.encoding)


_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
"""The characters of `_CONTROL`, as bytes: in UTF-8 each is one byte, and no byte of another character is one."""


def _controls(sample: str) -> int:
    """How many characters of `_CONTROL` `sample` holds, counted in its UTF-8 bytes, where deleting a set of
    bytes is one pass of a 256-entry table: several times faster than the expression's scan of the text."""
    data = sample.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyInputError(source, "the file is empty")
    controls = _controls(text[:20000])
    if controls > max(2, len(text[:20000]) // 100):
        raise BinaryInputError(source, "binary data, not text (control characters)")
    return text


def content_key(text: str) -> str:
    """The content hash that identifies a document: the same text in any encoding or line ending is one."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def read_bytes(data: bytes, source: str = "<bytes>", encoding: str | None = None) -> Document:
    """Stage 0 on bytes already in memory; `encoding` names the encoding instead of detecting it."""
    if encoding:
        try:
            text = _checked(data.decode(encoding).lstrip("\ufeff"), source)
        except (UnicodeDecodeError, LookupError) as exc:
            raise UndecodableInputError(source, f"cannot decode as {encoding} ({exc})") from exc
        return Document(raw=text, source=source, encoding=encoding, meta=(("sha256", content_key(text)),))
    text, encoding = decode_bytes(data, source)
    if encoding == "utf-8" and b"\r" not in data:
        # the text's UTF-8 is these very bytes (a strict decoding round-trips) and has no line end to normalize:
        # `content_key(text)`, hashed without encoding the text again
        return Document(raw=text, source=source, encoding=encoding, meta=(("sha256", _sha256(data)),))
    return Document(raw=text, source=source, encoding=encoding, meta=(("sha256", content_key(text)),))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


STDIN = "-"


def read(path: str | Path) -> Document:
    """Stage 0: read a file into a `Document` with its raw text; nothing else is filled in yet.
    `-` is standard input (read whole, as bytes, so the same encoding detection applies), as in other tools."""
    if str(path) == STDIN:
        return read_bytes(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError as exc:
        raise InputError(str(path), "is a directory, not a file") from exc
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror})") from exc
    return read_bytes(data, str(path))
