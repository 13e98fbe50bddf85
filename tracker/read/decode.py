"""Bytes -> normalised text. Users hand us UTF-8 (with or without BOM), UTF-16 exports from Windows
tools, and legacy CP949/EUC-KR files saved by older Korean software; anything else is reported, never guessed."""

from __future__ import annotations

import codecs
import re
import unicodedata

# Control characters that never occur in real text files (tab, newline, CR and form feed are allowed).
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}
_CONTROL_CHAR = re.compile("[" + "".join(sorted(_CONTROL)) + "]")


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the one-line reason shown to the user."""


def normalise(text: str) -> str:
    """NFC (so that Korean syllables compare equal however they were composed), `\\n` line endings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Strict UTF-8 first, then CP949 (a superset of EUC-KR); BOMs win.

    Raises `DecodeError` for binary data (NUL bytes, control characters) and for bytes that are
    neither valid UTF-8 nor valid CP949, naming the first bad offset.
    """
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    else:
        if b"\x00" in data:
            raise DecodeError("binary file (contains NUL bytes), not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            try:
                text, encoding = data.decode("cp949"), "cp949"
            except UnicodeDecodeError:
                raise DecodeError(
                    f"undecodable bytes at offset {utf8_error.start} (neither UTF-8 nor CP949/EUC-KR)"
                ) from None
    # one regex scan, not a Python loop over every character (the parent reads every input)
    bad = len(_CONTROL_CHAR.findall(text)) if _CONTROL_CHAR.search(text) else 0
    if bad and bad * 100 > len(text):
        raise DecodeError("binary file (control characters), not text")
    return normalise(text), encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(f"undecodable bytes at offset {error.start} (file says {encoding})") from None
