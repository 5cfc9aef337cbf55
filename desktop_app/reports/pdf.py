"""A :class:`~desktop_app.reports.Report` as PDF: fpdf2 with the embedded DejaVu font (``letters.new_pdf``).

Tables are laid out here rather than with ``FPDF.table``: a register of 10,000 entries must render
in a few seconds (``bench/reports.py``), and measuring every cell with ``multi_cell`` costs ten
times more than wrapping words against cached widths and writing each line with ``FPDF.text``.
The heading row repeats on each page; a row never splits across pages.
"""
from __future__ import annotations

from fpdf import FPDF

from desktop_app.letters import new_pdf
from desktop_app.reports import Report, Section, cell_text
from desktop_app.i18n import translate

FONT_SIZE = 8.0         # pt, the tables
LINE_H = 3.6            # mm per line of table text
PAD = 1.0               # mm inside a cell
MARGIN = 12.0           # mm around the page


class _Wrapper:
    """Word-wraps text to a width with the widths of words cached (the same words recur in a register)."""

    def __init__(self, pdf: FPDF):
        self.pdf = pdf
        self.widths: dict[str, float] = {}
        # the font's own advance widths (what get_string_width sums, without its per-call set-up)
        self.cw = pdf.current_font.cw
        self.scale = pdf.font_size_pt * 0.001 / pdf.k
        self.space = self.width(" ")

    def width(self, word: str) -> float:
        w = self.widths.get(word)
        if w is None:
            cw = self.cw
            w = self.widths[word] = sum(cw[ord(c)] for c in word) * self.scale
        return w

    def lines(self, text: str, width: float) -> list[str]:
        out: list[str] = []
        for para in text.split("\n"):
            line, used = "", 0.0
            for word in para.split():
                ww = self.width(word)
                while ww > width and len(word) > 1:  # a word longer than the cell: cut it
                    cut = max(1, int(len(word) * width / ww))
                    while cut > 1 and self.width(word[:cut]) > width:
                        cut -= 1
                    if line:
                        out.append(line)
                        line, used = "", 0.0
                    out.append(word[:cut])
                    word = word[cut:]
                    ww = self.width(word)
                if line and used + self.space + ww > width:
                    out.append(line)
                    line, used = word, ww
                else:
                    line, used = (f"{line} {word}", used + self.space + ww) if line else (word, ww)
            out.append(line)
        return out or [""]


class _Writer:
    def __init__(self, report: Report):
        self.report = report
        self.pdf = new_pdf(report.title, orientation="L" if report.landscape else "P")
        self.pdf.set_margins(MARGIN, MARGIN, MARGIN)
        self.pdf.set_auto_page_break(False)
        self.bottom = self.pdf.h - MARGIN - 6  # the footer line below
        self.wrap: _Wrapper | None = None
        self.top = MARGIN  # where the current table's heading row starts on this page
        self.width = self.pdf.w - 2 * MARGIN

    def page(self) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font("DejaVu", "", 7)
        page_no = translate("Reports", "page {n}").format(n=pdf.page_no())
        footer = f"{self.report.footer} · {page_no}"
        pdf.text(MARGIN, pdf.h - MARGIN + 1, footer)
        pdf.set_xy(MARGIN, MARGIN)

    def head(self) -> None:
        pdf, r = self.pdf, self.report
        self.page()
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(self.width, 5, r.institution or " ", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DejaVu", "B", 13)
        pdf.multi_cell(self.width, 6.5, r.title, align="C", new_x="LMARGIN", new_y="NEXT")
        if r.period:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(self.width, 5.5, r.period, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def fields(self) -> None:
        pdf = self.pdf
        label_w = self.width * 0.34
        for label, value in self.report.fields:
            pdf.set_font("DejaVu", "B", 9)
            lines_l = pdf.multi_cell(label_w, 4.6, label, dry_run=True, output="LINES")
            pdf.set_font("DejaVu", "", 9)
            lines_v = pdf.multi_cell(self.width - label_w, 4.6, value or "—", dry_run=True, output="LINES")
            h = 4.6 * max(len(lines_l), len(lines_v)) + 1.2
            if pdf.get_y() + h > self.bottom:
                self.page()
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 9)
            pdf.multi_cell(label_w, 4.6, label, new_x="RIGHT", new_y="TOP")
            pdf.set_xy(MARGIN + label_w, y)
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(self.width - label_w, 4.6, value or "—", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(y + h)
            pdf.set_draw_color(200)
            pdf.line(MARGIN, y + h - 0.6, MARGIN + self.width, y + h - 0.6)
            pdf.set_draw_color(0)
        if self.report.fields:
            pdf.ln(3)

    def section(self, sec: Section) -> None:
        pdf = self.pdf
        widths = self._widths(sec)
        if sec.heading:
            if pdf.get_y() + 16 > self.bottom:
                self.page()
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(self.width, 5.5, sec.heading, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.set_font("DejaVu", "B", FONT_SIZE)
        header = self._lines([c.title for c in sec.columns], widths, _Wrapper(pdf))
        if pdf.get_y() + self._height(header) * 2 > self.bottom:
            self.page()
        self._row(header, widths, sec, fill=True)
        pdf.set_font("DejaVu", "", FONT_SIZE)
        self.wrap = self.wrap or _Wrapper(pdf)
        body = [*sec.rows, *([sec.total] if sec.total else [])]
        for i, row in enumerate(body):
            is_total = sec.total is not None and i == len(body) - 1
            if is_total:
                pdf.set_font("DejaVu", "B", FONT_SIZE)
            cells = self._lines([cell_text(v) for v in row], widths, self.wrap if not is_total else _Wrapper(pdf))
            if pdf.get_y() + self._height(cells) > self.bottom:
                self._grid(widths)
                self.page()
                pdf.set_font("DejaVu", "B", FONT_SIZE)
                self._row(header, widths, sec, fill=True)
                pdf.set_font("DejaVu", "B" if is_total else "", FONT_SIZE)
            self._row(cells, widths, sec)
        self._grid(widths)
        if not sec.rows and sec.total is None:
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(self.width, 6, translate("Reports", "None."), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    def _widths(self, sec: Section) -> list[float]:
        """Each column's share of the width; a ``whole`` column at least as wide as its widest cell
        (at most a quarter of the page), the others narrowed in proportion to make room."""
        total_w = sum(c.width for c in sec.columns) or 1.0
        widths = [self.width * c.width / total_w for c in sec.columns]
        self.pdf.set_font("DejaVu", "B", FONT_SIZE)
        bold = _Wrapper(self.pdf)
        self.pdf.set_font("DejaVu", "", FONT_SIZE)
        wrap = self.wrap = self.wrap or _Wrapper(self.pdf)
        grown = {}
        for i, col in enumerate(sec.columns):
            # the title's longest word whole ("№ отправит|еля" was cut in a narrow column), and so the
            # cells' longest word ("Заявлени|е" in an appeal's kind)
            need = max((bold.width(w) for w in col.title.split()), default=0.0)
            cells = [cell_text(r[i]) for r in sec.rows]
            need = max([need] + [wrap.width(w) for text in cells for w in text.split()]) + 2 * PAD + 0.5
            if col.whole:
                need = max([need] + [wrap.width(text) + 2 * PAD + 0.5 for text in cells])
            if need > widths[i]:
                grown[i] = min(need, self.width / 4)
        if grown:
            extra = sum(grown[i] - widths[i] for i in grown)
            rest = sum(w for i, w in enumerate(widths) if i not in grown) or 1.0
            if extra > rest * 0.6:  # the others keep at least 40 % of their share: their words wrap
                grown = {i: widths[i] + (g - widths[i]) * rest * 0.6 / extra for i, g in grown.items()}
                extra = rest * 0.6
            widths = [grown[i] if i in grown else w * (1 - extra / rest) for i, w in enumerate(widths)]
        return widths

    @staticmethod
    def _lines(texts: list[str], widths: list[float], wrap: _Wrapper) -> list[list[str]]:
        return [wrap.lines(t, w - 2 * PAD) for t, w in zip(texts, widths)]

    @staticmethod
    def _height(cells: list[list[str]]) -> float:
        return max(len(c) for c in cells) * LINE_H + 2 * PAD

    def _row(self, cells: list[list[str]], widths: list[float], sec: Section, fill: bool = False) -> None:
        """One row: its text and the line under it (the columns' lines are drawn per page, by :meth:`_grid`)."""
        pdf = self.pdf
        y, x, h = pdf.get_y(), MARGIN, self._height(cells)
        if fill:
            pdf.set_fill_color(230)
            pdf.rect(MARGIN, y, self.width, h, style="DF")
            self.top = y
        for lines, w, col in zip(cells, widths, sec.columns):
            base = y + PAD + LINE_H * 0.78
            for k, line in enumerate(lines):
                if not line:
                    continue
                tx = x + PAD
                if col.numeric and not fill:
                    tx = x + w - PAD - (self.wrap or _Wrapper(pdf)).width(line)
                pdf.text(tx, base + k * LINE_H, line)
            x += w
        pdf.line(MARGIN, y + h, MARGIN + self.width, y + h)
        pdf.set_xy(MARGIN, y + h)

    def _grid(self, widths: list[float]) -> None:
        """The columns' lines from the heading row down to the last row on this page."""
        pdf, x, bottom = self.pdf, MARGIN, self.pdf.get_y()
        for w in (0.0, *widths):
            x += w
            pdf.line(x, self.top, x, bottom)


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes: heading, the card's fields, then each table."""
    w = _Writer(report)
    w.head()
    w.fields()
    for sec in report.sections:
        w.section(sec)
    return bytes(w.pdf.output())
