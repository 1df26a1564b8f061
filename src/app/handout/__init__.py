"""The handout (for the client) and the professional summary, as PDF with reportlab; no Qt."""
