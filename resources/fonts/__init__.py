"""Fonts embedded in the PDFs the core makes (DejaVu Sans: Latin incl. Azerbaijani ə ğ ı ö ş ü ç, Cyrillic;
the licence, Bitstream Vera + public-domain changes, is in LICENSE-DejaVu.txt
and in each font file's name table)."""
from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parent
REGULAR = FONTS_DIR / "DejaVuSans.ttf"
BOLD = FONTS_DIR / "DejaVuSans-Bold.ttf"
