"""Decoding: UTF-8 (with or without BOM), UTF-16 with BOM, declared charsets, confident guesses."""
from __future__ import annotations

import pytest

from onrecord.article.normalize import decode_bytes, normal_form
from onrecord.errors import OnrecordError

TEXT = "The caf\u00e9 owner said \u201cwe stay open\u201d \u2014 and the council agreed on Tuesday."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),
    TEXT.encode("utf-32"),
    TEXT.encode("cp1252"),
])
def test_normalize_decode_gives_the_text(data: bytes) -> None:
    assert decode_bytes(data, path="x.txt") == TEXT


def test_normalize_declared_charset_wins_over_guessing() -> None:
    text = "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 said so."
    assert decode_bytes(text.encode("koi8-r"), path="x.html", declared="koi8-r") == text


def test_normalize_meta_charset_declares_the_html_encoding() -> None:
    html = '<meta charset="iso-8859-1"><p>caf\u00e9</p>'
    assert decode_bytes(html.encode("latin-1"), path="x.html", html=True) == html


def test_normalize_undecodable_names_the_file() -> None:
    with pytest.raises(OnrecordError) as info:
        decode_bytes(bytes(range(0x80, 0x100)) * 2, path="garbled.txt")
    assert info.value.code == "E004" and "garbled.txt" in str(info.value)


def test_normalize_normal_form_folds_typography_and_space() -> None:
    assert normal_form("  \u201cYes,\u201d  she\nsaid \u2014 twice ") == normal_form('"yes," SHE said - twice')


@pytest.mark.parametrize("data, text", [
    (b"Lind\rsaid\r\rso.\r", "Lind\nsaid\n\nso.\n"),
    (b"Lind\r\nsaid\r\n", "Lind\r\nsaid\r\n"),
    (b"Lind\r\r\nsaid", "Lind\r\r\nsaid"),  # CR CR LF: a CRLF file converted twice, one line end
    (b"Lind\r\r\rsaid\r\nso", "Lind\n\n\nsaid\r\nso"),
])
def test_normalize_decode_makes_old_mac_line_ends_line_feeds(data: bytes, text: str) -> None:
    assert decode_bytes(data, path="x.txt") == text
