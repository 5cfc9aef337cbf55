"""Scanned pages kept on disk until the document is saved, so a long batch is not held in memory.

A 300 dpi A4 page is 8.7 MB in memory whether it is black and white, grey (Pillow keeps one byte
per pixel for both) or 26 MB in colour; ten of them were most of the 592 MB the window used while
a scan was saved and recognised. The scan dialog writes each page as it arrives to a private
folder (uncompressed PBM/PGM/PPM: quick to write and read, 1 MB for a bilevel page) and keeps a
thumbnail; the pipeline loads one page at a time (:mod:`desktop_app.intake.batch`).
"""
from __future__ import annotations

import itertools
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from desktop_app.intake.pages import Compression, PageImage, normalise_mode


@dataclass(frozen=True, eq=False)
class SpooledPage:
    """A page on disk: ``load()`` (or calling it) gives the :class:`PageImage`, turned by ``rotation``."""

    path: Path
    dpi: int
    compression: Compression = Compression.AUTO
    rotation: int = 0     # clockwise degrees applied on load

    def load(self) -> PageImage:
        with Image.open(self.path) as img:
            img.load()
            page = PageImage(normalise_mode(img.copy()), self.dpi, self.compression)
        return page.rotated(self.rotation)

    __call__ = load

    @property
    def image(self) -> Image.Image:
        """The page's pixels, read from disk (not kept)."""
        return self.load().image

    def rotated(self, degrees: int) -> "SpooledPage":
        return replace(self, rotation=(self.rotation + degrees) % 360)


class PageSpool:
    """A private folder of spooled pages; ``close()`` removes it."""

    def __init__(self, parent: Path | None = None):
        self.dir = Path(tempfile.mkdtemp(prefix="docflow-spool-", dir=parent))
        self._names = itertools.count(1)

    def add(self, page: PageImage) -> SpooledPage:
        ext = {"1": "pbm", "L": "pgm"}.get(page.image.mode, "ppm")
        path = self.dir / f"page-{next(self._names):05d}.{ext}"
        img = page.image if page.image.mode in ("1", "L", "RGB") else page.image.convert("RGB")
        img.save(path)
        return SpooledPage(path, page.dpi, page.compression)

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
