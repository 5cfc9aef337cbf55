"""Draw Docflow's application icon (PNG for Linux, ICO for Windows) with Pillow.

The icon files are committed; run this only to change them:
``.venv/bin/python installer/icons/make_icons.py``.
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 256


def draw(size: int = SIZE) -> Image.Image:
    """A blue rounded square with a white sheet of paper, text lines and a green check (sync)."""
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8 * s, 8 * s, 248 * s, 248 * s), radius=40 * s, fill=(31, 94, 168, 255))
    d.polygon([(64 * s, 36 * s), (160 * s, 36 * s), (196 * s, 72 * s), (196 * s, 220 * s), (64 * s, 220 * s)],
              fill=(255, 255, 255, 255))
    d.polygon([(160 * s, 36 * s), (160 * s, 72 * s), (196 * s, 72 * s)], fill=(196, 212, 232, 255))
    for i, width in enumerate((100, 100, 80, 100, 60)):
        y = (92 + i * 22) * s
        d.rounded_rectangle((80 * s, y, (80 + width) * s, y + 8 * s), radius=4 * s, fill=(120, 140, 165, 255))
    d.ellipse((150 * s, 160 * s, 230 * s, 240 * s), fill=(46, 160, 67, 255))
    d.line([(168 * s, 200 * s), (184 * s, 216 * s), (212 * s, 182 * s)], fill=(255, 255, 255, 255),
           width=max(1, int(10 * s)), joint="curve")
    return img


def main() -> None:
    img = draw()
    img.save(HERE / "docflow.png", optimize=True)
    img.save(HERE / "docflow.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
