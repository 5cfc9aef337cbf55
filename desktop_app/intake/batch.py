"""A batch of pages -> clean -> (split into documents) -> encoded pages, holding few pages in memory.

Used by every path in: the scanner's pages, an imported image or image-only PDF, a file from the
watched folder. Each page is cleaned (:mod:`cleanup`), checked for a separator sheet or a blank
separator, and encoded right away (:mod:`pdf`: G4 + patches, or JPEG); only the encoded bytes are
kept, so a long batch never sits in memory as decoded images. At most ``workers`` pages are in
flight at once (one per core).
"""
from __future__ import annotations

import ctypes
import gc
import logging
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from desktop_app.intake import codes
from desktop_app.intake.cleanup import CleanupOptions, CleanupReport, clean_page
from desktop_app.intake.pages import PageImage
from desktop_app.intake.pdf import EncodedPage, PdfOptions, encode_or_explain

log = logging.getLogger(__name__)


# Pages cleaned at once. One: a grey A4 page at 300 dpi needs ~100 MB of working arrays while it is
# deskewed, thresholded and coded, and the clean-up is a small part of the time (OCR, which runs one
# Tesseract per core in separate processes, is most of it): two at once saved ~0.3 s a page and
# cost ~100 MB of peak memory (bench/intake.py --memory).
WORKERS = 1


@dataclass(frozen=True)
class SplitOptions:
    """How a batch splits into documents (stored in settings as a dict)."""

    separator_sheets: bool = True   # Docflow's printed separator sheet (a QR code) starts a new document
    blank_pages: bool = False       # a blank page starts a new document (instead of being dropped)
    read_codes: bool = True         # a QR/barcode on a document's first page fills a field

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict) -> "SplitOptions":
        return cls(**{k: v for k, v in (d or {}).items() if k in cls.__dataclass_fields__})


@dataclass
class PageGroup:
    """The pages of one document of the batch, encoded."""

    pages: list[EncodedPage] = field(default_factory=list)
    reports: list[CleanupReport] = field(default_factory=list)
    code: str = ""                  # the first QR/barcode text on its first page (not a separator)
    removed_blank: int = 0


@dataclass(frozen=True)
class _Done:
    index: int
    encoded: EncodedPage | None
    report: CleanupReport
    separator: bool
    code: str


PageSource = PageImage | Callable[[], PageImage]   # a page, or a loader of one (a spooled page)


def _one(index: int, page: PageSource, cleanup: CleanupOptions, pdf: PdfOptions, split: SplitOptions) -> _Done:
    if not isinstance(page, PageImage):
        page = page()  # loaded here, in the worker, and dropped once encoded
    options = cleanup
    if split.blank_pages:
        options = CleanupOptions(**{**cleanup.to_dict(), "remove_blank": True})
    cleaned, report = clean_page(page, options, index)
    del page
    if cleaned is None:
        return _Done(index, None, report, split.blank_pages, "")
    found = codes.read_codes(cleaned) if (split.separator_sheets or split.read_codes) else []
    if split.separator_sheets and any(codes.is_separator(c) for c in found):
        return _Done(index, None, report, True, "")
    text = next((c.text for c in found if not codes.is_separator(c)), "")
    return _Done(index, encode_or_explain(cleaned, pdf, index), report, False, text)


def process(pages: Iterable[PageSource], cleanup: CleanupOptions, pdf: PdfOptions,
            split: SplitOptions | None = None, *, workers: int | None = None,
            progress: Callable[[int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[PageGroup]:
    """Clean, split and encode ``pages`` (an iterator is consumed lazily; a loader is called in the
    worker, so only the pages in flight are in memory).

    Returns:
        The documents of the batch in order (empty groups, e.g. two separators in a row, are
        left out). A blank page is dropped (``cleanup.remove_blank``) or, with
        ``split.blank_pages``, ends a document.
    """
    split = split or SplitOptions(separator_sheets=False, read_codes=False)
    workers = max(1, workers or WORKERS)
    groups = [PageGroup()]
    in_flight: deque[Future] = deque()

    def collect(done: _Done) -> None:
        group = groups[-1]
        if done.encoded is None:
            if done.separator:
                if group.pages:
                    groups.append(PageGroup())
                groups[-1].reports.append(done.report)
            else:
                group.reports.append(done.report)
                group.removed_blank += 1
            return
        if not group.pages:
            group.code = done.code
        group.pages.append(done.encoded)
        group.reports.append(done.report)

    count = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        iterator: Iterator[PageSource] = iter(pages)
        for index, page in enumerate(iterator):
            if cancelled is not None and cancelled():
                break
            in_flight.append(pool.submit(_one, index, page, cleanup, pdf, split))
            del page
            while len(in_flight) >= workers:
                collect(in_flight.popleft().result())
                count += 1
                if progress:
                    progress(count)
        while in_flight:
            collect(in_flight.popleft().result())
            count += 1
            if progress:
                progress(count)
    return [g for g in groups if g.pages]


def release_memory() -> None:
    """Give freed page buffers back to the system after a batch: glibc keeps freed heap for reuse,
    so without this the process stays at its peak size after a scan (Linux only; elsewhere the
    allocator returns large blocks by itself).

    Only the young generations are collected: page buffers are freed by their reference counts, not
    by the collector, and a full collection walks every tracked object of the process holding the
    GIL (0.6 s in the stall test, a frozen window). Measured on a 10-page scan with OCR: a full
    collection found nothing a young one did not, and the memory after the scan was the same."""
    gc.collect(1)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError) as exc:
            log.debug("malloc_trim not available: %s", exc)
