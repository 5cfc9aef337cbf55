"""Write ``letter.png``: the page the self-test imports and recognises (run once; the PNG is committed).

    python -m resources.selftest.make_sample

A 1-bit A6 landscape page at 300 dpi with one line in each interface language, in DejaVu Sans
(fonts-dejavu-core). The words the self-test looks for are in ``desktop_app.selftest.SAMPLE_WORDS``.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

LINES = (
    "Gəncə şəhər bələdiyyəsi",        # az (Latin)
    "Письмо из Шеки, отдел кадров",   # ru
    "Registration letter from Shaki",  # en
)
DPI = 300
OUT = Path(__file__).with_name("letter.png")


def main() -> None:
    w, h = round(148 / 25.4 * DPI), round(105 / 25.4 * DPI)  # A6 landscape
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", round(16 / 72 * DPI))
    y = round(15 / 25.4 * DPI)
    for line in LINES:
        draw.text((round(12 / 25.4 * DPI), y), line, font=font, fill=0)
        y += round(font.size * 1.8)
    img.convert("1").save(OUT, dpi=(DPI, DPI), optimize=True)
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
