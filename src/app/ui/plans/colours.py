"""Colours of the plan windows, taken from the palette.

So they read in light, dark and high-contrast themes alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette


def error_colour(palette: QPalette) -> str:
    """A red that stays readable on the palette's background, light or dark."""
    return "#ff8a80" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "#b00020"


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21; 4.5 is enough for text)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def marked_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """Background and text of the items behind the selected finding, from the palette.

    A tint of the highlight colour over the base, so marked rows differ from both plain and
    selected rows in any palette (light, dark, high contrast); the text is whichever of the
    palette's text colours reads best on it.
    """
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    tint = 0.3

    def mix(a: float, b: float) -> float:
        return a * (1 - tint) + b * tint

    background = QColor.fromRgbF(
        mix(base.redF(), highlight.redF()),
        mix(base.greenF(), highlight.greenF()),
        mix(base.blueF(), highlight.blueF()),
    )
    candidates = (
        palette.color(QPalette.ColorRole.Text),
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.WindowText),
    )
    text = max(candidates, key=lambda colour: contrast(colour, background))
    if contrast(text, background) < 4.5:  # an odd palette: plain black or white then
        black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
        text = max((black, white), key=lambda colour: contrast(colour, background))
    return background, text
