"""Text folding for search and sorting, so `Jose` finds `José` and `ë` sorts as `e`."""

import unicodedata


def fold(text: str) -> str:
    """Return *text* without accents and case, with runs of white space made single."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # ß, æ, ø and the like do not decompose; casefold turns ß into ss.
    stripped = stripped.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE")
    return " ".join(stripped.casefold().split())
