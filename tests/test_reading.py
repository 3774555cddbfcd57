"""Reading files: every supported encoding is recognised; bad files get one clear error naming them."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allyscope.errors import BinaryInputError, EmptyInputError, InputError, UndecodableInputError
from allyscope.reading import content_key, decode_bytes, read

ZH = "日本与北约的安全合作近年明显加快。2023年7月，双方签署了新的伙伴关系计划。"
ZH_HANT = "日本與北約的安全合作近年明顯加快。2023年7月，雙方簽署了新的夥伴關係計劃。"
JA = "日本とNATOは2014年に協力計画に署名した。その後、協力は着実に拡大している。"
SHORT_JA = "日本とNATOの関係。"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ZH, "utf-8"),
        (ZH, "gb18030"),
        (ZH, "gbk"),
        (ZH_HANT, "big5"),
        (JA, "shift_jis"),
        (JA, "euc_jp"),
        (SHORT_JA, "euc_jp"),
        (SHORT_JA, "shift_jis"),
        (ZH, "utf-16"),
        (JA, "utf-16-le"),
        (JA, "utf-16-be"),
    ],
)
def test_encodings_recognised(text: str, encoding: str) -> None:
    decoded, _ = decode_bytes(text.encode(encoding), "sample.txt")
    assert decoded.lstrip("\ufeff") == text


def test_utf8_bom_is_stripped() -> None:
    decoded, encoding = decode_bytes(codecs.BOM_UTF8 + ZH.encode("utf-8"))
    assert decoded == ZH and encoding == "utf-8-sig"


def test_same_content_same_key_across_encodings_and_line_endings() -> None:
    a, _ = decode_bytes(ZH.encode("gb18030"))
    b, _ = decode_bytes((ZH + "\r\n").replace("\n", "\r\n").encode("utf-8"))
    assert content_key(a + "\n") == content_key(b.replace("\r\n", "\n"))


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\n \t", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", BinaryInputError, "binary"),
        (bytes(range(0, 32)) * 20, BinaryInputError, "binary"),
        (b"NATO \x80\x80\x80 report \xfe", UndecodableInputError, "cannot decode"),
    ],
)
def test_bad_input_is_named(tmp_path: Path, data: bytes, error: type[InputError], words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(error) as caught:
        read(path)
    message = str(caught.value)
    assert str(path) in message and words in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "absent.txt")


LOCALES = [
    (ZH, ("utf-8", "gb18030", "utf-16")),
    (ZH_HANT, ("big5", "utf-8")),
    (JA, ("shift_jis", "euc_jp", "utf-16")),
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(LOCALES), st.integers(0, 20), st.integers(12, 40))
def test_any_stretch_of_cjk_text_round_trips_in_its_encodings(
    locale: tuple[str, tuple[str, ...]], start: int, length: int
) -> None:
    text, encodings = locale
    piece = text[start : start + length].strip()
    for encoding in encodings:
        decoded, _ = decode_bytes(piece.encode(encoding))
        assert decoded.lstrip("\ufeff") == piece, encoding


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=200))
def test_any_bytes_decode_or_raise_input_error(data: bytes) -> None:
    try:
        text, _ = decode_bytes(data, "x")
    except InputError as exc:
        assert str(exc).startswith("x: ")
    else:
        assert text.strip()


@settings(max_examples=200, deadline=None)
@given(
    st.text(st.sampled_from("日本 \r\n\x07\x0bAb、") | st.characters(), min_size=1, max_size=120),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_key_and_control_check_of_read_bytes_match_the_text(text: str, encoding: str) -> None:
    """A file read as UTF-8 is keyed by its bytes, not by re-encoding its text, and control characters are
    counted in UTF-8 bytes: both must say what `content_key` and the control expression say of the text."""
    import re

    from allyscope.reading import _controls, read_bytes

    assert _controls(text) == len(re.findall(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", text))
    try:
        data = text.encode(encoding)
        doc = read_bytes(data, "x")
    except (InputError, UnicodeEncodeError):
        return
    assert doc.get_meta("sha256") == content_key(doc.raw)
