"""The page preview: a document's newest file, fit to width, stamps and annotations included.

A visible signature stamp is the appearance of the signature field's *widget* annotation, which
Qt's PDF engine does not draw (neither ``QPdfView`` nor ``render`` with the ``Annotations`` flag:
it needs a form-filling environment Qt does not set up) -- so the stamp never showed in the app
although the exported PDF had it. A file with widgets is therefore shown from a *flattened* copy
(qpdf, through pikepdf, merges every annotation's appearance into the page) made off the GUI
thread and cached by the file's name (blobs are content-addressed: the copy never goes stale).

The view renders only the pages in (or next to) the viewport, off the GUI thread (a scanned page
takes PDFium 0.1-0.7 s: tests/ui/test_stall.py caught it on the GUI thread), and forgets the far
ones so a 300-page document stays light. PDF pages are drawn by Qt's own render thread
(``QPdfPageRenderer``): a Python worker would hold the GIL through the whole render (PySide does not
let go of it in ``QPdfDocument.render``; the watchdog caught that too). QtPdf guards PDFium with one
global mutex, so the GUI thread asks a document nothing while a page may be rendering: page sizes are
read where the document is opened (:func:`open_pdf`), with pikepdf, not through the document. Each document is a child of its renderer: deleting the
renderer waits for its thread, then takes the document with it. A new
document starts at its first page; an image is scaled to the width of the pane.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ui.relay import Relay

log = logging.getLogger(__name__)

MARGIN = 8
KEEP_AROUND = 2  # rendered pages kept on either side of the visible ones


class _Page(QLabel):
    def __init__(self, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.index = index
        self.rendered_width = 0
        self.requested = False  # a render of it is queued or running
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet("QLabel { background: white; border: 1px solid #999; }")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class _Rendered(Relay):
    done = Signal(object)  # (generation, page index, width, QImage)


class _RenderJob(QRunnable):
    """One page drawn off the GUI thread: a PDF page by PDFium or an image scaled to the width."""

    def __init__(self, relay: _Rendered, key: tuple, source, target: QSize, options):  # noqa: ANN001
        super().__init__()
        self.setAutoDelete(True)
        self._relay, self._key, self._source, self._target, self._options = relay, key, source, target, options

    def run(self) -> None:
        index = self._key[1]
        try:
            if isinstance(self._source, QImage):
                img = self._source.scaled(self._target, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            else:
                img = self._source.render(index, self._target, self._options, QImage.Format.Format_RGB32, QColor("white"))
        except RuntimeError as exc:  # the document went away (window closing)
            log.info("preview: page %d not drawn: %s", index + 1, exc)
            img = QImage()
        self._relay.post("done", (*self._key, img))


def page_sizes(document: QPdfDocument) -> list[tuple[float, float]]:
    """Every page's size in points (read where the document is opened: see the module docstring)."""
    return [(s.width(), s.height()) for s in (document.pagePointSize(i) for i in range(document.pageCount()))]


def pdf_page_sizes(path: str) -> list[tuple[float, float]] | None:
    """Every page's size in points as PDFium reports it (the crop box, turned by ``/Rotate``), read
    with pikepdf: asking QPdfDocument costs a call per page, each holding the GIL (PySide keeps it)
    while it waits for PDFium's one lock -- behind a page being rendered. None if pikepdf cannot."""
    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            sizes = []
            for page in pdf.pages:
                x0, y0, x1, y1 = (float(v) for v in page.cropbox)
                w, h = abs(x1 - x0), abs(y1 - y0)
                turn = int(page.obj.get("/Rotate", 0)) % 180
                sizes.append((h, w) if turn == 90 else (w, h))
            return sizes
    except (OSError, ValueError, pikepdf.PdfError) as exc:
        log.info("preview: page sizes of %s read by Qt (%s)", path, exc)
        return None


class PageView(QScrollArea):
    """Scrollable pages of one PDF or image; ``mode`` is ``"empty"``, ``"pdf"`` or ``"image"``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setAccessibleName(QCoreApplication.translate("PageView", "Page preview"))
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Made before the documents: children go in order, and the pool waits for its render first.
        self._renderer = QThreadPool(self)
        self._renderer.setMaxThreadCount(1)
        self.document = QPdfDocument(self)
        self.mode = "empty"
        self.path: str | None = None
        self._pages: list[_Page] = []
        self._image: QImage | None = None
        self._canvas = QWidget()
        self._layout = QVBoxLayout(self._canvas)
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setSpacing(MARGIN)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._canvas)
        self._options = QPdfDocumentRenderOptions()
        self._options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
        self._pending: list[int] = []
        self._sizes: list[tuple[float, float]] = []
        self._generation = 0          # bumped on every new content: late pages of the old one are dropped
        self._requests: dict[int, tuple] = {}   # QPdfPageRenderer request id -> (index, width, ratio)
        self._retiring: dict[tuple, QPdfPageRenderer] = {}  # (generation, request id) -> replaced renderer
        self._renderer_gen = -1  # the generation the current renderer was made for
        self._pdf_renderer: QPdfPageRenderer | None = None
        self._rendered = _Rendered(self)
        self._rendered.done.connect(self._page_drawn)
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._render_next)
        self._layout_timer = QTimer(self, singleShot=True, interval=60)
        self._layout_timer.timeout.connect(self._relayout)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._schedule())

    # ------------------------------------------------------------------ content
    def clear(self) -> None:
        self._reset()
        self.mode = "empty"

    def show_pdf(self, path: str, document: QPdfDocument | None = None) -> bool:
        """Show ``path`` from its first page; False when the PDF cannot be opened.

        ``document``: the PDF already opened off the GUI thread (:func:`open_pdf`)."""
        self._reset()
        if document is None:
            document = QPdfDocument()
            document.load(preview_file(path))
            sizes = page_sizes(document)
        else:
            sizes = getattr(document, "docflow_sizes", None) or page_sizes(document)
        self._retire_renderer()
        self.document = document
        self._pdf_renderer = QPdfPageRenderer(self)
        self._pdf_renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        document.setParent(self._pdf_renderer)
        self._pdf_renderer.setDocument(document)
        gen = self._renderer_gen = self._generation
        self._pdf_renderer.pageRendered.connect(
            lambda _n, _size, img, _opts, rid, gen=gen: self._pdf_drawn(gen, rid, img))
        if document.status() != QPdfDocument.Status.Ready or not sizes:
            log.info("preview: cannot open %s (%s)", path, document.status())
            self.mode = "empty"
            return False
        self.mode, self.path, self._sizes = "pdf", path, sizes
        for i in range(len(sizes)):
            page = _Page(i, self._canvas)
            page.setAccessibleName(QCoreApplication.translate("PageView", "Page {n}").replace("{n}", str(i + 1)))
            self._layout.addWidget(page)
            self._pages.append(page)
        self._relayout()
        return True

    def show_image(self, path: str) -> bool:
        """Show an image file scaled to the pane's width; False when it cannot be read."""
        self._reset()
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        image = reader.read()
        if image.isNull():
            log.info("preview: cannot read image %s: %s", path, reader.errorString())
            self.mode = "empty"
            return False
        self.mode, self.path, self._image = "image", path, image
        page = _Page(0, self._canvas)
        page.setAccessibleName(QCoreApplication.translate("PageView", "Page {n}").replace("{n}", "1"))
        self._layout.addWidget(page)
        self._pages.append(page)
        self._relayout()
        return True

    def page_count(self) -> int:
        return len(self._pages)

    def rendered_pages(self) -> list[int]:
        return [p.index for p in self._pages if p.rendered_width]

    def page_pixmap(self, index: int) -> QPixmap | None:
        page = self._pages[index] if 0 <= index < len(self._pages) else None
        return page.pixmap() if page is not None and page.rendered_width else None

    # ------------------------------------------------------------------ layout
    def _reset(self) -> None:
        self._pending.clear()
        self._render_timer.stop()
        for p in self._pages:
            self._layout.removeWidget(p)
            p.deleteLater()
        self._pages.clear()
        self._image = None
        self._sizes = []
        self._generation += 1
        self.path = None
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._canvas.resize(1, 1)

    def _page_width(self) -> int:
        return max(120, self.viewport().width() - 2 * MARGIN - 2)

    def _page_size(self, index: int, width: int) -> QSize:
        if self.mode == "image" and self._image is not None:
            w, h = self._image.width(), self._image.height()
        else:
            w, h = self._sizes[index] if index < len(self._sizes) else (0.0, 0.0)
        if w <= 0 or h <= 0:
            w, h = 595.0, 842.0
        return QSize(width, max(1, round(width * h / w)))

    def _relayout(self) -> None:
        width = self._page_width()
        total = MARGIN
        for p in self._pages:
            size = self._page_size(p.index, width)
            p.setFixedSize(size)
            if p.rendered_width and p.rendered_width != width:
                p.clear()
                p.rendered_width = 0
            total += size.height() + MARGIN
        self._canvas.resize(width + 2 * MARGIN + 2, max(total, 1))
        self._schedule()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._layout_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().showEvent(event)
        self._layout_timer.start()

    # ------------------------------------------------------------------ rendering
    def _visible(self) -> range:
        if not self._pages:
            return range(0)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = last = None
        for p in self._pages:
            y0, y1 = p.y(), p.y() + p.height()
            if y1 >= top and y0 <= bottom:
                first = p.index if first is None else first
                last = p.index
        if first is None:
            first = last = 0
        return range(max(0, first - KEEP_AROUND), min(len(self._pages), last + KEEP_AROUND + 1))

    def _schedule(self) -> None:
        keep = self._visible()
        for p in self._pages:
            if p.rendered_width and p.index not in keep:
                p.clear()  # forget far pages: memory stays flat on long documents
                p.rendered_width = 0
        self._pending = [i for i in keep if not self._pages[i].rendered_width and not self._pages[i].requested]
        if self._pending:
            self._render_timer.start()

    def _render_next(self) -> None:
        if not self._pending or (self.mode == "pdf" and self._requests):
            return  # one PDF page at a time: the next is asked for when this one comes (see _retire_renderer)
        i = self._pending.pop(0)
        if i < len(self._pages):
            self._render(self._pages[i])
        if self._pending:
            self._render_timer.start()

    def _render(self, page: _Page) -> None:
        size = page.size()
        ratio = self.devicePixelRatioF()
        target = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        page.requested = True
        if self.mode == "image" and self._image is not None:
            self._renderer.start(_RenderJob(self._rendered, (self._generation, page.index, size.width(), ratio), self._image, target, self._options))
        elif self._pdf_renderer is not None:
            rid = self._pdf_renderer.requestPage(page.index, target, self._options)
            self._requests[rid] = (page.index, size.width(), ratio)

    def _pdf_drawn(self, generation: int, request_id: int, img: QImage) -> None:
        retiring = self._retiring.pop((generation, request_id), None)
        if retiring is not None:  # the last page of a document no longer shown: its thread is idle now
            retiring.deleteLater()
            return
        if generation != self._renderer_gen:
            return  # request ids are counted per renderer: this one is of an older renderer
        index, width, ratio = self._requests.pop(request_id, (-1, 0, 1.0))
        if index < 0:
            return
        if self._pending:
            self._render_timer.start()
        if img.hasAlphaChannel():  # Qt's renderer leaves the paper transparent: put it on white (a few ms)
            paper = QImage(img.size(), QImage.Format.Format_RGB32)
            paper.fill(QColor("white"))
            painter = QPainter(paper)
            painter.drawImage(0, 0, img)
            painter.end()
            img = paper
        self._page_drawn((generation, index, width, ratio, img))

    def _page_drawn(self, result: tuple) -> None:
        generation, index, width, ratio, img = result
        if generation != self._generation or index >= len(self._pages):
            return  # another document (or size) is shown now
        page = self._pages[index]
        page.requested = False
        if img.isNull():
            log.info("preview: page %d of %s could not be drawn", index + 1, self.path)
            return
        pix = QPixmap.fromImage(img)
        pix.setDevicePixelRatio(ratio)
        page.setPixmap(pix)
        page.rendered_width = width if page.size().width() == width else 0
        if not page.rendered_width:  # resized while it was drawn: draw it again at the new width
            self._schedule()

    def _retire_renderer(self) -> None:
        """Let the shown document go: its renderer finishes the page in hand, then both are deleted."""
        if self._pdf_renderer is not None:
            # Deleting a renderer waits for the page its thread is drawing (up to 0.7 s on the GUI
            # thread): with one page asked at a time, keep it until that page comes, then delete it.
            if self._requests:
                self._retiring[(self._renderer_gen, next(iter(self._requests)))] = self._pdf_renderer
            else:
                self._pdf_renderer.deleteLater()
            self._pdf_renderer = None
        elif self.document.parent() is self:
            self.document.deleteLater()
        self._requests.clear()


def _has_widgets(path: str) -> bool:
    import mmap

    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return m.find(b"/Widget") != -1
    except (OSError, ValueError):
        return False


def preview_file(path: str) -> str:
    """The file to draw for ``path``: itself, or a flattened copy when it has widget annotations
    (signature stamps), so that they are drawn. Runs on a worker (qpdf takes a moment)."""
    if not _has_widgets(path):
        return path
    import tempfile

    src = Path(path)
    cache = Path(tempfile.gettempdir()) / "docflow-preview"
    flat = cache / f"{src.name}-{src.stat().st_size}.pdf"
    if flat.exists():
        return str(flat)
    try:
        import pikepdf

        cache.mkdir(parents=True, exist_ok=True)
        with pikepdf.open(src) as pdf:
            pdf.flatten_annotations(mode="all")
            if "/AcroForm" in pdf.Root:
                del pdf.Root["/AcroForm"]  # the copy is for the eyes only: no fields left to fill
            for page in pdf.pages:  # widgets left unflattened (an invisible signature's, nothing to draw) go too:
                annots = page.obj.get("/Annots")  # a widget outside a form would make pikepdf warn on save
                if annots is not None:
                    kept = [a for a in annots if a.get("/Subtype") != "/Widget"]
                    if len(kept) != len(annots):
                        page.obj["/Annots"] = pikepdf.Array(kept)
            tmp = flat.with_suffix(".tmp")
            pdf.save(tmp)
        tmp.replace(flat)
        return str(flat)
    except (OSError, pikepdf.PdfError) as exc:
        log.warning("preview: stamps of %s cannot be drawn (%s); showing the pages without them", path, exc)
        return path


def open_pdf(path: str) -> QPdfDocument | None:
    """Open a PDF for the preview on a worker thread, handed to the GUI thread ready to render
    (parsing a large or many-times-signed file takes a while; the window must not wait for it).
    Signature stamps are drawn (see :func:`preview_file`)."""
    from PySide6.QtCore import QCoreApplication as App

    shown = preview_file(path)
    sizes = pdf_page_sizes(shown)
    doc = QPdfDocument()
    if doc.load(shown) != QPdfDocument.Error.None_:
        doc.deleteLater()
        return None
    doc.docflow_sizes = sizes if sizes else page_sizes(doc)
    app = App.instance()
    if app is not None:
        doc.moveToThread(app.thread())
    return doc


def is_pdf(path: str | Path, mime: str = "") -> bool:
    return mime == "application/pdf" or str(path).lower().endswith(".pdf")
