"""A :class:`~desktop_app.reports.Report` as an XLSX workbook (XlsxWriter, built in memory: a
register of 10,000 entries is a few megabytes).

One sheet: the heading lines, the card's fields (label, value), then each table with its headings
in bold. Dates are real dates shown ``dd.mm.yyyy`` (the office's pattern, ``locale.format_date``);
numbers are numbers.
"""
from __future__ import annotations

import datetime as dt
import io

import xlsxwriter

from desktop_app.reports import Report

DATE_FORMAT = "dd.mm.yyyy"   # the same pattern as locale.format_date for az, ru and en
SHEET_NAME_MAX = 31
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_name(title: str) -> str:
    """An Excel sheet name from a title (at most 31 characters, none of ``[]:*?/\\``)."""
    return (title.translate(_BAD_SHEET_CHARS).strip() or "Docflow")[:SHEET_NAME_MAX].strip("'")


def render_xlsx(report: Report) -> bytes:
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                     "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": report.title, "company": report.institution, "author": "Docflow"})
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 13})
    head = book.add_format({"bold": True, "bg_color": "#E6E6E6", "border": 1, "text_wrap": True, "valign": "top"})
    text = book.add_format({"text_wrap": True, "valign": "top"})
    date = book.add_format({"num_format": DATE_FORMAT, "valign": "top", "align": "left"})
    bold_date = book.add_format({"num_format": DATE_FORMAT, "bold": True})
    sheet = book.add_worksheet(sheet_name(report.title))
    widest = max((len(s.columns) for s in report.sections), default=2)
    for c in range(max(widest, 2)):
        sheet.set_column(c, c, 18)
    for s in report.sections[:1]:
        total = sum(col.width for col in s.columns) or 1.0
        for c, col in enumerate(s.columns):
            sheet.set_column(c, c, max(8.0, min(60.0, 110.0 * col.width / total)))
    row = 0
    sheet.write_string(row, 0, report.institution, bold)
    row += 1
    sheet.write_string(row, 0, report.title, title)
    row += 1
    if report.period:
        sheet.write_string(row, 0, report.period)
        row += 1
    row += 1
    for label, value in report.fields:
        sheet.write_string(row, 0, label, bold)
        sheet.write_string(row, 1, value or "", text)
        row += 1
    if report.fields:
        row += 1
    for sec in report.sections:
        if sec.heading:
            sheet.write_string(row, 0, sec.heading, bold)
            row += 1
        for c, col in enumerate(sec.columns):
            sheet.write_string(row, c, col.title, head)
        if len(report.sections) == 1 and not report.fields:
            sheet.freeze_panes(row + 1, 0)
            sheet.autofilter(row, 0, row + len(sec.rows), len(sec.columns) - 1)
        row += 1
        for values, fmt_text, fmt_date in ([(r, text, date) for r in sec.rows]
                                           + ([(sec.total, bold, bold_date)] if sec.total else [])):
            for c, v in enumerate(values):
                if v is None or v == "":
                    continue
                if isinstance(v, dt.date):
                    sheet.write_datetime(row, c, dt.datetime(v.year, v.month, v.day), fmt_date)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    sheet.write_number(row, c, v, fmt_text if fmt_text is bold else None)
                else:
                    sheet.write_string(row, c, str(v), fmt_text)
            row += 1
        row += 1
    sheet.write_string(row, 0, report.footer)
    book.close()
    return buf.getvalue()
