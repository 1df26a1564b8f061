r"""File names suggested from what a user typed (a client's name): safe on every OS.

A name may hold `../`, `\\`, `:`, control characters or a right-to-left override (U+202E
makes "gpj.exe" read as "exe.jpg"); Windows refuses names like CON or COM1 and trailing
dots or spaces. The suggestion keeps letters (also é, ë, ß), digits and a few marks.
"""

from __future__ import annotations

import re
import unicodedata

#: Windows device names, refused with any extension ("con.pdf" too).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in "123456789¹²³"}
    | {f"LPT{n}" for n in "123456789¹²³"}
)
#: Characters no OS should see in a suggested name (path separators, Windows' forbidden set).
_FORBIDDEN = set('/\\:*?"<>|')
#: Most file systems allow 255 bytes per name; UTF-8 letters may take 2-4 bytes each.
MAX_NAME_BYTES = 200


def safe_file_name(text: str, fallback: str = "file", max_bytes: int = MAX_NAME_BYTES) -> str:
    """*text* made into one file name component (no folders), or *fallback* if nothing is left.

    Separators, control, format (bidi) and forbidden characters become "-"; runs of "-", ".",
    spaces collapse; leading and trailing dots, dashes and spaces go; a Windows device name
    gets a "_" in front; the result is cut to *max_bytes* of UTF-8 without splitting a letter.
    """
    text = unicodedata.normalize("NFC", text)
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in _FORBIDDEN or category[0] == "C" or category in ("Zl", "Zp"):
            kept.append("-")  # Cc control, Cf format (U+202E and friends), Cs, Co, Cn
        elif category == "Zs":
            kept.append(" ")
        else:
            kept.append(ch)
    name = "".join(kept)
    name = re.sub(r"\.{2,}", ".", name)  # no ".." anywhere
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"-{2,}", "-", name)
    name = name.strip(" .-_")
    name = _cut(name, max_bytes).rstrip(" .-_")
    if not name:
        name = fallback
    stem = name.split(".", 1)[0].rstrip(" ")
    if stem.upper() in _RESERVED:
        name = "_" + name
    return name


def _cut(name: str, max_bytes: int) -> str:
    encoded = name.encode("utf-8")
    if len(encoded) <= max_bytes:
        return name
    return encoded[:max_bytes].decode("utf-8", "ignore")
