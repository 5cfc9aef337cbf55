"""Render pages from known text (for the benchmark, the tests and a scanner-less self-check).

Uses DejaVu Sans (fonts-dejavu-core), which has the Azerbaijani Latin letters and Cyrillic.
"""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop_app.intake.pages import PageImage

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "C:/Windows/Fonts/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",
)

TEXTS = {
    "az": ("Hörmətli cənab müdir! Bələdiyyəyə daxil olan müraciətə əsasən bildiririk ki, kənd məktəbinin "
           "dam örtüyünün təmiri üçün vəsait ayrılması məsələsi növbəti iclasda müzakirə olunacaqdır. "
           "Sənədlərin surətləri əlavə edilir. Xahiş edirik, işçi qrupunun tərkibini təsdiq edəsiniz və "
           "cavabı on gün ərzində göndərəsiniz. Şöbə müdiri Əliyev İlqar Çingiz oğlu. Ünvan: Gəncə şəhəri, "
           "Nizami küçəsi, ev 14. Qeydiyyat nömrəsi və tarixi məktubun yuxarı hissəsində göstərilmişdir."),
    "ru": ("Уважаемый господин директор! В ответ на ваше письмо сообщаем, что вопрос о выделении средств на "
           "ремонт крыши сельской школы будет рассмотрен на следующем заседании. Копии документов прилагаются. "
           "Просим утвердить состав рабочей группы и направить ответ в течение десяти дней. Начальник отдела "
           "Иванов Сергей Петрович. Адрес: город Гянджа, улица Низами, дом четырнадцать. Регистрационный номер "
           "и дата указаны в верхней части письма."),
    "en": ("Dear Director, in reply to your letter we inform you that the question of allocating funds for "
           "the repair of the village school roof will be considered at the next meeting. Copies of the "
           "documents are attached. Please approve the composition of the working group and send your reply "
           "within ten days. Head of department John Smith. Address: Ganja city, Nizami street, house fourteen. "
           "The registration number and date are shown at the top of the letter."),
}
A4_MM = (210.0, 297.0)


def font(size_px: int) -> ImageFont.FreeTypeFont:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size_px)
    raise FileNotFoundError("DejaVu Sans is needed to render sample pages (Debian package fonts-dejavu-core).")


def wrap(text: str, fnt: ImageFont.FreeTypeFont, width_px: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if fnt.getlength(trial) <= width_px or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def render_page(text: str, dpi: int = 300, *, size_mm: tuple[float, float] = A4_MM, point_size: float = 12,
                repeat_to_fill: bool = True, skew_degrees: float = 0.0, noise: float = 0.0,
                rotate_quarter: int = 0, seed: int = 0) -> PageImage:
    """A grey page image of ``text`` (left/top margins 25 mm), optionally skewed and noisy.

    Args:
        repeat_to_fill: repeat ``text`` until the page is full (a dense letter page).
        skew_degrees: counter-clockwise rotation, as if the sheet went in crooked.
        noise: standard deviation of grey noise (0-255 scale) plus a few dust specks.
        rotate_quarter: clockwise quarter turns (a page fed upside down or sideways).
    """
    w, h = round(size_mm[0] / 25.4 * dpi), round(size_mm[1] / 25.4 * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    fnt = font(round(point_size / 72 * dpi))
    margin = round(25 / 25.4 * dpi)
    line_h = round(fnt.size * 1.45)
    lines = wrap(text, fnt, w - 2 * margin)
    max_lines = (h - 2 * margin) // line_h
    if repeat_to_fill and lines:
        while len(lines) < max_lines:
            lines += lines
    y = margin
    for line in lines[:max_lines]:
        draw.text((margin, y), line, font=fnt, fill=0)
        y += line_h
    if skew_degrees:
        img = img.rotate(skew_degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if noise:
        rng = np.random.default_rng(seed)
        arr = np.asarray(img, dtype=np.float32) + rng.normal(0, noise, (h, w))
        specks = rng.integers(0, w * h, size=w * h // 4000)
        arr.flat[specks] = 0
        img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    page = PageImage(img, dpi)
    return page.rotated(90 * rotate_quarter) if rotate_quarter else page


def page_text(text: str, dpi: int = 300, **kw) -> str:
    """The words actually printed on a page rendered by :func:`render_page` with the same arguments."""
    size_mm = kw.get("size_mm", A4_MM)
    point_size = kw.get("point_size", 12)
    w, h = round(size_mm[0] / 25.4 * dpi), round(size_mm[1] / 25.4 * dpi)
    fnt = font(round(point_size / 72 * dpi))
    margin = round(25 / 25.4 * dpi)
    line_h = round(fnt.size * 1.45)
    lines = wrap(text, fnt, w - 2 * margin)
    max_lines = (h - 2 * margin) // line_h
    if kw.get("repeat_to_fill", True) and lines:
        while len(lines) < max_lines:
            lines += lines
    return "\n".join(lines[:max_lines])


def shuffle_words(text: str, seed: int) -> str:
    words = text.split()
    random.Random(seed).shuffle(words)
    return " ".join(words)
