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


# --------------------------------------------------------------------------- official letters
# Realistic letters for the benchmark and the tests: dense serif 12 pt, a bold letterhead, a ruled
# table, a colour round stamp over the text, a blue signature, paper tint and slight skew.
SERIF_CANDIDATES = (
    ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
     "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),      # fonts-liberation2 (Times metrics)
    ("/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
     "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf"),                 # fonts-freefont-ttf
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),                # fonts-dejavu-extra
)

LETTERS = {
    "az": {
        "head": ("AZƏRBAYCAN RESPUBLİKASI", "GƏNCƏ ŞƏHƏR KƏPƏZ RAYON İCRA HAKİMİYYƏTİ"),
        "address": "AZ2000, Gəncə şəhəri, Heydər Əliyev prospekti 214. Tel.: (022) 256-41-17, e-poçt: kepez@gence.gov.az",
        "number": "№ 1-14/352", "date": "14 mart 2025-ci il",
        "to": ("Azərbaycan Respublikası", "Elm və Təhsil Nazirliyinin", "Gəncə regional təhsil idarəsinə"),
        "subject": "Kənd məktəblərinin əsaslı təmiri haqqında",
        "body": (
            "Sizin 3 fevral 2025-ci il tarixli 05/118 nömrəli məktubunuza cavab olaraq bildiririk ki, rayon ərazisində "
            "yerləşən ümumi təhsil müəssisələrinin binalarının texniki vəziyyəti komissiya tərəfindən yoxlanılmış və "
            "müvafiq aktlar tərtib edilmişdir. Yoxlama zamanı müəyyən edilmişdir ki, Zurnabad və Həcikənd kənd "
            "məktəblərinin dam örtüyü, istilik sistemi və sanitar qovşaqları təcili təmirə ehtiyac duyur.",
            "Qeyd olunan işlərin yerinə yetirilməsi üçün tələb olunan vəsaitin məbləği aşağıdakı cədvəldə göstərilmişdir. "
            "Hesablamalar tikinti normalarına və qüvvədə olan qiymətlərə uyğun aparılmış, layihə-smeta sənədləri isə "
            "podratçı təşkilatın iştirakı ilə hazırlanmışdır. Təmir işlərinin yay tətili dövründə, yəni iyun və avqust "
            "ayları arasında başa çatdırılması nəzərdə tutulur ki, yeni dərs ili şagirdlər üçün təhlükəsiz şəraitdə başlasın.",
            "Bununla əlaqədar xahiş edirik ki, göstərilən məbləğin növbəti rüb üçün nəzərdə tutulan büdcə vəsaiti "
            "hesabına ayrılması məsələsinə baxasınız və qəbul edilmiş qərar barədə icra hakimiyyətinə məlumat verəsiniz. "
            "Əlavə məlumat üçün təhsil şöbəsinin müdiri Əliyev İlqar Çingiz oğlu ilə əlaqə saxlamaq olar. Məktuba "
            "komissiyanın aktlarının surətləri, fotoşəkillər və smeta sənədləri əlavə edilir, cəmi on dörd vərəq.",
            "Eyni zamanda bildiririk ki, məktəblərin həyətyanı ərazisinin abadlaşdırılması, idman meydançalarının "
            "bərpası və yeni avadanlığın alınması məsələləri də gündəlikdə saxlanılır. Bu istiqamətdə görülən işlər "
            "barədə hər ay hesabat təqdim olunacaq, nəzarət isə icra başçısının müavininə həvalə edilmişdir.",
        ),
        "table_head": ("№", "Məktəb", "İşin növü", "Məbləğ, manat"),
        "table": (("1", "Zurnabad kənd məktəbi", "Dam örtüyünün dəyişdirilməsi", "48 600"),
                  ("2", "Zurnabad kənd məktəbi", "İstilik sisteminin bərpası", "21 350"),
                  ("3", "Həcikənd kənd məktəbi", "Sanitar qovşaqların təmiri", "17 900"),
                  ("4", "Həcikənd kənd məktəbi", "Pəncərələrin dəyişdirilməsi", "12 480"),
                  ("", "Cəmi", "", "100 330")),
        "closing": ("Hörmətlə,", "İcra başçısının müavini", "R. Ş. Məmmədov"),
        "stamp": ("GƏNCƏ ŞƏHƏR KƏPƏZ RAYON İCRA HAKİMİYYƏTİ *", "ÜMUMİ ŞÖBƏ"),
    },
    "ru": {
        "head": ("АЗЕРБАЙДЖАНСКАЯ РЕСПУБЛИКА", "ИСПОЛНИТЕЛЬНАЯ ВЛАСТЬ КЯПАЗСКОГО РАЙОНА ГОРОДА ГЯНДЖА"),
        "address": "AZ2000, город Гянджа, проспект Гейдара Алиева 214. Тел.: (022) 256-41-17, эл. почта: kepez@gence.gov.az",
        "number": "№ 1-14/352", "date": "14 марта 2025 года",
        "to": ("Гянджинскому региональному", "управлению образования", "Министерства науки и образования"),
        "subject": "О капитальном ремонте сельских школ",
        "body": (
            "В ответ на Ваше письмо от 3 февраля 2025 года № 05/118 сообщаем, что техническое состояние зданий "
            "общеобразовательных учреждений, расположенных на территории района, проверено комиссией и составлены "
            "соответствующие акты. В ходе проверки установлено, что кровля, система отопления и санитарные узлы "
            "сельских школ Зурнабад и Гаджикенд нуждаются в срочном ремонте.",
            "Сумма средств, необходимых для выполнения указанных работ, приведена в таблице ниже. Расчёты выполнены "
            "в соответствии со строительными нормами и действующими ценами, а проектно-сметная документация "
            "подготовлена при участии подрядной организации. Завершение ремонтных работ предусмотрено в период летних "
            "каникул, то есть с июня по август, чтобы новый учебный год начался для учащихся в безопасных условиях.",
            "В связи с этим просим рассмотреть вопрос о выделении указанной суммы за счёт бюджетных средств, "
            "предусмотренных на следующий квартал, и сообщить исполнительной власти о принятом решении. За "
            "дополнительной информацией можно обратиться к заведующему отделом образования Алиеву Ильгару Чингизовичу. "
            "К письму прилагаются копии актов комиссии, фотографии и сметная документация, всего на четырнадцати листах.",
            "Одновременно сообщаем, что вопросы благоустройства пришкольной территории, восстановления спортивных "
            "площадок и приобретения нового оборудования также остаются на контроле. О проделанной в этом направлении "
            "работе ежемесячно будет представляться отчёт, а контроль возложен на заместителя главы исполнительной власти.",
        ),
        "table_head": ("№", "Школа", "Вид работ", "Сумма, манат"),
        "table": (("1", "Сельская школа Зурнабад", "Замена кровельного покрытия", "48 600"),
                  ("2", "Сельская школа Зурнабад", "Восстановление отопления", "21 350"),
                  ("3", "Сельская школа Гаджикенд", "Ремонт санитарных узлов", "17 900"),
                  ("4", "Сельская школа Гаджикенд", "Замена окон", "12 480"),
                  ("", "Итого", "", "100 330")),
        "closing": ("С уважением,", "Заместитель главы исполнительной власти", "Р. Ш. Мамедов"),
        "stamp": ("ИСПОЛНИТЕЛЬНАЯ ВЛАСТЬ КЯПАЗСКОГО РАЙОНА *", "ОБЩИЙ ОТДЕЛ"),
    },
}
PAPER_TINT = (246, 241, 226)
STAMP_INK = (52, 58, 168)
SIGNATURE_INK = (24, 34, 120)


def serif_fonts(size_px: int) -> tuple[ImageFont.FreeTypeFont, ImageFont.FreeTypeFont]:
    """(regular, bold) serif faces at ``size_px``: Liberation Serif, else FreeSerif, else DejaVu Serif."""
    for regular, bold in SERIF_CANDIDATES:
        if Path(regular).exists() and Path(bold).exists():
            return ImageFont.truetype(regular, size_px), ImageFont.truetype(bold, size_px)
    raise FileNotFoundError("A serif font is needed to render sample letters (Debian package fonts-liberation2).")


class _Canvas:
    """Draws a letter top to bottom and remembers every word printed in black (the OCR reference)."""

    def __init__(self, dpi: int, size_mm: tuple[float, float] = A4_MM):
        self.dpi = dpi
        self.w, self.h = round(size_mm[0] / 25.4 * dpi), round(size_mm[1] / 25.4 * dpi)
        self.img = Image.new("RGB", (self.w, self.h), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.img)
        self.left, self.right = self.mm(25), self.w - self.mm(15)
        self.y = self.mm(15)
        self.words: list[str] = []

    def mm(self, v: float) -> int:
        return round(v / 25.4 * self.dpi)

    def pt(self, v: float) -> int:
        return round(v / 72 * self.dpi)

    def text(self, x: int, s: str, fnt: ImageFont.FreeTypeFont, fill=(0, 0, 0), record: bool = True) -> None:
        self.draw.text((x, self.y), s, font=fnt, fill=fill)
        if record:
            self.words.append(s)

    def centred(self, s: str, fnt: ImageFont.FreeTypeFont, gap: float = 1.25) -> None:
        self.text(round((self.left + self.right - fnt.getlength(s)) / 2), s, fnt)
        self.y += round(fnt.size * gap)

    def paragraph(self, s: str, fnt: ImageFont.FreeTypeFont, bottom: int, indent_mm: float = 12.5) -> str:
        """Justified paragraph; returns the words that did not fit above ``bottom``."""
        width = self.right - self.left
        words = s.split()
        first = True
        line_h = round(fnt.size * 1.15)
        while words:
            if self.y + line_h > bottom:
                return " ".join(words)
            indent = self.mm(indent_mm) if first else 0
            line = [words.pop(0)]
            while words and fnt.getlength(" ".join(line + [words[0]])) <= width - indent:
                line.append(words.pop(0))
            x = self.left + indent
            if words and len(line) > 1:  # justify all but the last line
                gap = (width - indent - sum(fnt.getlength(w) for w in line)) / (len(line) - 1)
                for word in line:
                    self.draw.text((round(x), self.y), word, font=fnt, fill=(0, 0, 0))
                    x += fnt.getlength(word) + gap
                self.words.append(" ".join(line))
            else:
                self.text(round(x), " ".join(line), fnt)
            self.y += line_h
            first = False
        self.y += round(fnt.size * 0.35)
        return ""

    def table(self, head: tuple[str, ...], rows: tuple[tuple[str, ...], ...], fnt, bold) -> None:
        widths = (0.07, 0.33, 0.40, 0.20)
        xs = [self.left]
        for f in widths:
            xs.append(xs[-1] + round(f * (self.right - self.left)))
        row_h = round(fnt.size * 1.6)
        top = self.y
        line = max(2, self.pt(0.6))
        for r, cells in enumerate((head, *rows)):
            y0 = top + r * row_h
            for c, cell in enumerate(cells):
                f = bold if r == 0 or (r == len(rows) and cell) else fnt
                self.draw.text((xs[c] + self.mm(1.5), y0 + round(row_h * 0.18)), cell, font=f, fill=(0, 0, 0))
                if cell:
                    self.words.append(cell)
        bottom = top + (len(rows) + 1) * row_h
        for r in range(len(rows) + 2):
            self.draw.line([(xs[0], top + r * row_h), (xs[-1], top + r * row_h)], fill=(0, 0, 0), width=line)
        for x in xs:
            self.draw.line([(x, top), (x, bottom)], fill=(0, 0, 0), width=line)
        self.y = bottom + round(fnt.size * 0.9)


def _stamp(dpi: int, lines: tuple[str, str], rng: random.Random) -> Image.Image:
    """A round office stamp (40 mm): two rings, text around, a centre line; ink as on paper, with gaps."""
    d = round(40 / 25.4 * dpi)
    ink = Image.new("L", (d, d), 0)  # 255 = full ink
    draw = ImageDraw.Draw(ink)
    c = d / 2
    for r, width in ((c - 2, max(3, dpi // 45)), (c - dpi * 0.16, max(2, dpi // 90)), (c * 0.45, max(2, dpi // 90))):
        draw.ellipse([c - r, c - r, c + r, c + r], outline=255, width=width)
    _, bold = serif_fonts(round(dpi * 0.1))
    ring_text = lines[0]
    radius = c - dpi * 0.1
    step = 360 / (len(ring_text) + 1)
    for i, ch in enumerate(ring_text):
        angle = -90 + i * step
        glyph = Image.new("L", (bold.size * 2, bold.size * 2), 0)
        ImageDraw.Draw(glyph).text((bold.size // 2, bold.size // 3), ch, font=bold, fill=255)
        glyph = glyph.rotate(-angle - 90, resample=Image.Resampling.BICUBIC)
        x = c + radius * np.cos(np.radians(angle)) - glyph.width / 2
        y = c + radius * np.sin(np.radians(angle)) - glyph.height / 2
        ink.paste(255, (round(x), round(y)), glyph)
    _, small = serif_fonts(round(dpi * 0.075))
    draw.text((c - small.getlength(lines[1]) / 2, c - small.size * 0.6), lines[1], font=small, fill=255)
    arr = np.asarray(ink, dtype=np.float32) / 255
    rs = np.random.default_rng(rng.randrange(1 << 30))
    texture = np.clip(rs.normal(0.9, 0.15, arr.shape), 0, 1)  # uneven ink, small dropouts
    return Image.fromarray((arr * texture * 255).astype(np.uint8))


def _signature(dpi: int, rng: random.Random) -> Image.Image:
    """A handwritten-looking scribble (smooth random strokes), as an ink mask 45 x 18 mm."""
    w, h = round(45 / 25.4 * dpi), round(18 / 25.4 * dpi)
    ink = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(ink)
    pts = [(0.05 * w, 0.7 * h)]
    for i in range(7):
        pts.append(((0.1 + 0.12 * i + rng.uniform(-0.03, 0.03)) * w, rng.uniform(0.1, 0.9) * h))
    ts = np.linspace(0, 1, 24)
    line = []
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        mx, my = (x0 + x1) / 2 + rng.uniform(-0.08, 0.08) * w, (y0 + y1) / 2 + rng.uniform(-0.3, 0.3) * h
        for t in ts:
            line.append(((1 - t) ** 2 * x0 + 2 * (1 - t) * t * mx + t * t * x1,
                         (1 - t) ** 2 * y0 + 2 * (1 - t) * t * my + t * t * y1))
    draw.line(line, fill=255, width=max(2, dpi // 90), joint="curve")
    draw.line([(0.15 * w, 0.85 * h), (0.9 * w, 0.75 * h)], fill=255, width=max(2, dpi // 110))
    return ink


def _apply_ink(page: Image.Image, mask: Image.Image, colour: tuple[int, int, int], at: tuple[int, int],
               strength: float = 0.9) -> None:
    """Print ``mask`` in ``colour`` onto ``page`` at ``at`` the way ink does (multiplies what is there)."""
    x, y = at
    box = (x, y, x + mask.width, y + mask.height)
    region = np.asarray(page.crop(box), dtype=np.float32) / 255
    m = (np.asarray(mask, dtype=np.float32) / 255 * strength)[..., None]
    tint = np.array(colour, np.float32) / 255
    out = region * (1 - m + m * tint)
    page.paste(Image.fromarray((out * 255).astype(np.uint8)), box)


def render_letter(lang: str = "az", dpi: int = 300, *, seed: int = 0, part: str = "all",
                  skew_degrees: float = 0.0, tint: bool = True, noise: float = 4.0,
                  stamp: bool = True, signature: bool = True) -> tuple[PageImage, str]:
    """An A4 official letter page as a colour scan, and the text printed on it in black.

    Args:
        lang: ``az`` or ``ru``.
        seed: shuffles the body sentences and places the stamp/signature a little differently.
        part: ``all`` (letterhead, addressee, body, table, signature on one dense page), or the
            pages of a three-page letter: ``first`` (letterhead and body), ``middle`` (body and
            table), ``last`` (body, signature and stamp).
        skew_degrees: counter-clockwise, as a sheet fed slightly crooked.
        tint: cream paper with uneven lighting instead of white.
        noise: standard deviation of the scanner noise (0-255 scale).

    Returns:
        (the page at ``dpi`` in RGB, the reference text: every word printed in black; the stamp's
        and the signature's marks are not text).
    """
    rng = random.Random(seed)
    src = LETTERS[lang]
    cv = _Canvas(dpi)
    regular, bold = serif_fonts(cv.pt(12))
    head_font = serif_fonts(cv.pt(14))[1]
    small = serif_fonts(cv.pt(9))[0]
    sentences = [s for para in src["body"] for s in para.replace("! ", "!|").replace(". ", ".|").split("|")]
    body_paras = list(src["body"])
    if seed:
        rng.shuffle(sentences)
        chunk = max(1, len(sentences) // 4)
        body_paras = [" ".join(sentences[i:i + chunk]) for i in range(0, len(sentences), chunk)]
    bottom = cv.h - cv.mm(20)
    if part in ("all", "first"):
        for line in src["head"]:
            cv.centred(line, head_font, 1.3)
        cv.centred(src["address"], small, 1.6)
        rule = max(3, cv.pt(1.2))
        cv.draw.rectangle([cv.left, cv.y, cv.right, cv.y + rule], fill=(0, 0, 0))
        cv.draw.rectangle([cv.left, cv.y + rule + cv.pt(1.5), cv.right, cv.y + rule + cv.pt(1.5) + max(1, cv.pt(0.4))], fill=(0, 0, 0))
        cv.y += cv.mm(6)
        cv.text(cv.left, src["number"], regular)
        cv.text(round(cv.right - regular.getlength(src["date"])), src["date"], regular)
        cv.y += round(regular.size * 1.8)
        for line in src["to"]:
            cv.text(round(cv.left + (cv.right - cv.left) * 0.55), line, bold)
            cv.y += round(bold.size * 1.2)
        cv.y += round(bold.size * 0.8)
        cv.centred(src["subject"], bold, 1.8)
    reserve = cv.mm(62) if part in ("all", "last") else 0  # room for the signature block
    table_at = 1 if part in ("all", "middle") else None
    paras = body_paras if part != "middle" else body_paras + body_paras[::-1]
    if part == "last":
        paras = body_paras[-2:]
    for i, para in enumerate(paras * (3 if part in ("first", "middle") else 1)):
        if cv.y > bottom - reserve - regular.size * 2:
            break
        rest = cv.paragraph(para, regular, bottom - reserve)
        if rest:
            break
        if table_at is not None and i == table_at:
            cv.table(src["table_head"], src["table"], regular, bold)
            table_at = None
    sig_box = None
    if part in ("all", "last"):
        cv.y = max(cv.y, bottom - reserve) + cv.mm(8)
        closing, title, name = src["closing"]
        cv.text(cv.left, closing, regular)
        cv.y += round(regular.size * 1.4)
        cv.text(cv.left, title, bold)
        cv.text(round(cv.right - bold.getlength(name)), name, bold)
        sig_box = (round(cv.left + (cv.right - cv.left) * 0.42), cv.y - cv.mm(10))
        cv.y += round(regular.size * 2)
        cv.text(cv.left, "İcraçı: Ə. Quliyeva, tel. 256-41-20" if lang == "az" else "Исп.: А. Кулиева, тел. 256-41-20", small)
    page = cv.img
    if signature and sig_box:
        _apply_ink(page, _signature(dpi, rng), SIGNATURE_INK, sig_box, 0.95)
    if stamp and sig_box:
        mark = _stamp(dpi, src["stamp"], rng)
        x = sig_box[0] - cv.mm(rng.uniform(8, 22))
        y = sig_box[1] - cv.mm(rng.uniform(8, 16))
        _apply_ink(page, mark.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC), STAMP_INK, (x, y), 0.85)
    arr = np.asarray(page, dtype=np.float32)
    rs = np.random.default_rng(seed + 17)
    if tint:
        h, w = arr.shape[:2]
        light = 1 - 0.05 * np.linspace(0, 1, w)[None, :] - 0.03 * np.linspace(0, 1, h)[:, None]
        arr = arr / 255 * (np.array(PAPER_TINT, np.float32)[None, None, :] * light[..., None])
    if noise:
        arr += rs.normal(0, noise, arr.shape[:2])[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if skew_degrees:
        fill = PAPER_TINT if tint else (255, 255, 255)
        img = img.rotate(skew_degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    return PageImage(img, dpi), "\n".join(cv.words)


def copier_pdf(pages: list[PageImage], quality: int = 85) -> bytes:
    """What a network copier's scan-to-folder makes of colour pages: one JPEG per page in a PDF."""
    import io

    import img2pdf

    jpegs = []
    for page in pages:
        buf = io.BytesIO()
        page.image.convert("RGB").save(buf, "JPEG", quality=quality, dpi=(page.dpi, page.dpi))
        jpegs.append(buf.getvalue())
    return img2pdf.convert(jpegs)
