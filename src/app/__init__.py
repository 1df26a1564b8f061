"""Supplan: supplement plans for dieticians, checked against clinical rules."""

__version__ = "0.1.0"
