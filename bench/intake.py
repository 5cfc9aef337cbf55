"""Intake benchmark: size of the final searchable PDF per page, time per page, OCR word accuracy.

Pages: 10 A4 pages at 300 dpi rendered from known Azerbaijani, Russian and English text
(DejaVu Sans, 12 pt; some skewed, noisy or upside down), plus pages scanned from the SANE
'test' device. Each page goes through the real pipeline twice:

  bilevel: clean-up -> blur + Otsu + smooth_ink -> CCITT G4 -> Tesseract text layer
  grey:    clean-up -> JPEG (200 dpi, default quality) -> Tesseract text layer

and, for comparison, through img2pdf from a lossless PNG of the same page (no OCR).
Then (``--letters``, on by default) realistic official letters: dense serif 12 pt, bold
letterhead, ruled table, a blue round stamp over the text, a signature, paper tint, slight skew,
in Azerbaijani and Russian, through the app's automatic path (clean-up, per-page plan: G4 with
colour patches, OCR from the stored images), and as grey 200 dpi JPEG pages; plus the copier case:
a 3-page colour letter as a copier writes it to a scan folder (JPEG pages in a PDF) imported through
``IntakeService.import_path``: bytes on the wire before (the file as it was) and after.

``--memory`` measures peak and after-RSS of a 10-page scan with clean-up and OCR (run in a fresh
process per case). Prints markdown tables (medians in the last row).
Run: .venv/bin/python bench/intake.py [--pages N] [--no-sparse] [--no-letters] [--memory]
"""
from __future__ import annotations

import argparse
import difflib
import io
import os
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pikepdf

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.intake import ocr  # noqa: E402
from desktop_app.intake.cleanup import CleanupOptions, clean_page, clean_pages  # noqa: E402
from desktop_app.intake.pages import Compression, PageImage  # noqa: E402
from desktop_app.intake.pdf import PdfOptions, baseline_png_pdf, build_pdf, to_bilevel  # noqa: E402
from desktop_app.intake.samples import TEXTS, page_text, render_page, shuffle_words  # noqa: E402

PAGES = [  # (label, language, text seed, render options)
    ("az clean", "az", 0, {}),
    ("az skew 1.5° + noise", "az", 1, {"skew_degrees": 1.5, "noise": 8}),
    ("az skew -2.5° + noise", "az", 2, {"skew_degrees": -2.5, "noise": 12}),
    ("az upside down", "az", 3, {"rotate_quarter": 2}),
    ("ru clean", "ru", 0, {}),
    ("ru skew -1° + noise", "ru", 1, {"skew_degrees": -1.0, "noise": 8}),
    ("ru noise", "ru", 2, {"noise": 12}),
    ("en clean", "en", 0, {}),
    ("en skew 2° + noise", "en", 1, {"skew_degrees": 2.0, "noise": 8}),
    ("en sideways", "en", 2, {"rotate_quarter": 1}),
]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def word_accuracy(reference: str, recognised: str) -> float:
    """Share of reference words recognised exactly (multiset match: reading order does not count)."""
    ref, hyp = Counter(words(reference)), Counter(words(recognised))
    total = sum(ref.values())
    return sum((ref & hyp).values()) / total if total else 1.0


def aligned_accuracy(reference: str, recognised: str) -> float:
    """Share of reference words found in the same order (difflib alignment; a line read out of
    order counts as missed)."""
    ref, hyp = words(reference), words(recognised)
    if not ref:
        return 1.0
    matcher = difflib.SequenceMatcher(a=ref, b=hyp, autojunk=False)
    return sum(b.size for b in matcher.get_matching_blocks()) / len(ref)


def byte_split(pdf: bytes) -> dict:
    """Where a PDF's bytes go: image streams, text layer (content and font streams), the rest
    (object dictionaries, object and cross-reference streams, header, trailer)."""
    image = text = 0
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for obj in doc.objects:
            if not isinstance(obj, pikepdf.Stream) or obj.get("/Type") in ("/ObjStm", "/XRef"):
                continue
            if obj.get("/Subtype") == "/Image":
                image += len(obj.read_raw_bytes())
            else:
                text += len(obj.read_raw_bytes())
    return {"image": image / 1024, "text": text / 1024, "other": (len(pdf) - image - text) / 1024}


def pipeline(page: PageImage, languages: list[str], bilevel: bool, workdir: Path) -> dict:
    t0 = time.perf_counter()
    cleaned, report = clean_page(page, CleanupOptions())
    t1 = time.perf_counter()
    if bilevel:
        cleaned = cleaned.with_image(to_bilevel(cleaned.image))
    pdf = build_pdf([cleaned], PdfOptions(max_jpeg_dpi=200) if bilevel else PdfOptions(compression=Compression.JPEG, max_jpeg_dpi=200))
    t2 = time.perf_counter()
    result = ocr.ocr_pdf(pdf, languages, images=[cleaned], workers=1)
    t3 = time.perf_counter()
    return {"kb": len(result.pdf) / 1024, "split": byte_split(result.pdf), "image_kb": len(pdf) / 1024, "clean_s": t1 - t0, "compress_s": t2 - t1,
            "ocr_s": t3 - t2, "total_s": t3 - t0, "text": result.text_per_page[0], "report": report}


def sane_pages(dpi: int) -> list[tuple[str, PageImage]]:
    from desktop_app.intake.sane import SaneBackend
    from desktop_app.intake.scanner import ScanMode, ScanOptions

    with tempfile.TemporaryDirectory() as cfg:
        old = os.environ.get("SANE_CONFIG_DIR")
        Path(cfg, "dll.conf").write_text("test\n")
        os.environ["SANE_CONFIG_DIR"] = cfg
        try:
            out = []
            for picture in ("Grid", "Color pattern"):
                backend = SaneBackend({"test-picture": picture})
                res = backend.scan("test:0", ScanOptions(ScanMode.GREY, dpi, page_size="max"))
                if res.pages:
                    out.append((f"SANE test '{picture}'", res.pages[0]))
            return out
        finally:
            if old is None:
                os.environ.pop("SANE_CONFIG_DIR", None)
            else:
                os.environ["SANE_CONFIG_DIR"] = old


def sparse(args: argparse.Namespace) -> None:
    languages = args.languages.split("+")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for label, lang, seed, opts in PAGES[: args.pages]:
            text = TEXTS[lang] if seed == 0 else shuffle_words(TEXTS[lang], seed)
            page = render_page(text, 300, seed=seed, **opts)
            reference = page_text(text, 300)
            bw = pipeline(page, languages, True, workdir)
            grey = pipeline(page, languages, False, workdir)
            base = len(baseline_png_pdf([page])) / 1024
            base_bw = len(baseline_png_pdf([page.with_image(to_bilevel(page.image))])) / 1024
            rows.append({"label": label, "bw": bw, "grey": grey, "base": base, "base_bw": base_bw,
                         "acc_bw": word_accuracy(reference, bw["text"]),
                         "acc_grey": word_accuracy(reference, grey["text"]),
                         "aligned_bw": aligned_accuracy(reference, bw["text"]),
                         "aligned_grey": aligned_accuracy(reference, grey["text"]),
                         "clean": not opts})
            print(f"  done: {label}", file=sys.stderr)
        # The same pages as one batch document, the way the app runs it: clean-up page by page,
        # one PDF, then OCR with one Tesseract per core.
        batch_pages = [render_page(TEXTS[lang] if seed == 0 else shuffle_words(TEXTS[lang], seed), 300, seed=seed, **opts)
                       for _label, lang, seed, opts in PAGES[: args.pages]]
        t0 = time.perf_counter()
        cleaned, _reports = clean_pages(batch_pages, CleanupOptions())
        cleaned = [p.with_image(to_bilevel(p.image)) for p in cleaned]
        batch_pdf = build_pdf(cleaned)
        batch = ocr.ocr_pdf(batch_pdf, languages, images=cleaned)
        batch_s = time.perf_counter() - t0
        sane_rows = []
        for label, page in sane_pages(300):
            bw = pipeline(page, languages, True, workdir)
            grey = pipeline(page, languages, False, workdir)
            sane_rows.append({"label": label, "bw": bw, "grey": grey, "base": len(baseline_png_pdf([page])) / 1024,
                              "size": f"{page.image.width}x{page.image.height}"})

    print(f"\n### Intake benchmark — {len(rows)} rendered A4 pages at 300 dpi, OCR languages {args.languages}, "
          f"{os.cpu_count()} CPU(s)\n")
    print("| page | bilevel PDF+OCR KB | grey 200 dpi PDF+OCR KB | PNG baseline grey KB | PNG baseline 1-bit KB "
          "| s/page bilevel (clean+G4+OCR) | s/page grey (clean+JPEG+OCR) | skew found ° | rotation | "
          "word acc. bilevel | word acc. grey |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['label']} | {r['bw']['kb']:.1f} | {r['grey']['kb']:.1f} | {r['base']:.0f} | {r['base_bw']:.0f} "
              f"| {r['bw']['total_s']:.2f} | {r['grey']['total_s']:.2f} | {r['bw']['report'].skew_degrees:+.1f} "
              f"| {r['bw']['report'].rotation} | {r['acc_bw']:.1%} | {r['acc_grey']:.1%} |")

    def med(key, sub=None, only_clean=False):
        vals = [(r[key][sub] if sub else r[key]) for r in rows if r["clean"] or not only_clean]
        return statistics.median(vals)

    print(f"| **median** | **{med('bw', 'kb'):.1f}** | **{med('grey', 'kb'):.1f}** | **{med('base'):.0f}** "
          f"| **{med('base_bw'):.0f}** | **{med('bw', 'total_s'):.2f}** | **{med('grey', 'total_s'):.2f}** | | "
          f"| **{med('acc_bw'):.1%}** | **{med('acc_grey'):.1%}** |")
    print(f"\nWord accuracy on the clean pages only (median): bilevel {med('acc_bw', only_clean=True):.1%}, "
          f"grey {med('acc_grey', only_clean=True):.1%}. In reading order (difflib alignment; a line read out "
          f"of order counts as missed), all pages: bilevel median {med('aligned_bw'):.1%} "
          f"(min {min(r['aligned_bw'] for r in rows):.1%}), grey median {med('aligned_grey'):.1%} "
          f"(min {min(r['aligned_grey'] for r in rows):.1%}).")
    split = {k: statistics.median(r["bw"]["split"][k] for r in rows) for k in ("image", "text", "other")}
    print(f"\nWhere the bytes of a bilevel page go (median KB): G4 image {split['image']:.1f}, text layer "
          f"(content stream, GlyphLessFont, ToUnicode) {split['text']:.1f}, PDF structure {split['other']:.1f}.")
    print("\nTime split (median s/page, bilevel): clean-up "
          f"{med('bw', 'clean_s'):.2f}, compression {med('bw', 'compress_s'):.2f}, OCR {med('bw', 'ocr_s'):.2f}. "
          "One Tesseract per page; `ocr_pdf` runs one per core, so a batch's throughput is about "
          f"{os.cpu_count()}x this.")
    print(f"\nBatch: the {len(rows)} pages as one bilevel document (clean-up, G4, OCR on {os.cpu_count()} cores): "
          f"{batch_s:.1f} s = **{batch_s / len(rows):.2f} s/page**, {len(batch.pdf) / 1024 / len(rows):.1f} KB/page "
          f"({len(batch.pdf) / 1024:.0f} KB in all).")
    if sane_rows:
        print("\n| SANE test device page (300 dpi grey) | pixels | bilevel PDF+OCR KB | grey 200 dpi PDF+OCR KB "
              "| PNG baseline KB | s/page bilevel | s/page grey |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for r in sane_rows:
            print(f"| {r['label']} | {r['size']} | {r['bw']['kb']:.1f} | {r['grey']['kb']:.1f} | {r['base']:.0f} "
                  f"| {r['bw']['total_s']:.2f} | {r['grey']['total_s']:.2f} |")


LETTERS = [  # (label, language, seed, skew °)
    ("az letter 1", "az", 0, 0.6), ("az letter 2", "az", 1, -1.4), ("az letter 3", "az", 2, 0.3),
    ("az letter 4", "az", 3, -0.8), ("az letter 5", "az", 4, 1.8),
    ("ru letter 1", "ru", 0, -0.5), ("ru letter 2", "ru", 1, 1.2), ("ru letter 3", "ru", 2, -1.9),
    ("ru letter 4", "ru", 3, 0.9), ("ru letter 5", "ru", 4, -0.2),
]


def app_path(page: PageImage, languages: list[str], options: PdfOptions | None = None) -> dict:
    """What the app does with one scanned page: clean-up, per-page plan, compact PDF, OCR read from
    the stored images (``ocr_pdf(embedded=True)``)."""
    from desktop_app.intake.pdf import assemble, encode_page, page_plan

    import resource

    def cpu() -> float:  # this process and its children (Tesseract): CPU seconds, whatever else runs
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    options = options or PdfOptions()
    t0, c0 = time.perf_counter(), cpu()
    cleaned, report = clean_page(page, CleanupOptions())
    plan = page_plan(cleaned, options)
    enc = encode_page(cleaned, options, plan)
    pdf = assemble([enc])
    t1 = time.perf_counter()
    result = ocr.ocr_pdf(pdf, languages, embedded=True, workers=1)
    t2, c2 = time.perf_counter(), cpu()
    return {"kb": len(result.pdf) / 1024, "split": byte_split(result.pdf), "plan": plan, "patch_kb": sum(len(p.data) for p in enc.patches) / 1024,
            "prep_s": t1 - t0, "ocr_s": t2 - t1, "total_s": t2 - t0, "cpu_s": c2 - c0, "text": result.text_per_page[0], "report": report}


def letters(args: argparse.Namespace) -> None:
    from desktop_app.intake.samples import render_letter

    languages = args.languages.split("+")
    rows = []
    for label, lang, seed, skew in LETTERS[: args.pages]:
        page, reference = render_letter(lang, 300, seed=seed, skew_degrees=skew)
        auto = app_path(page, languages)
        grey_page = page.with_image(page.image.convert("L"))
        grey = app_path(PageImage(grey_page.image, 300, Compression.JPEG), languages, PdfOptions(max_jpeg_dpi=200))
        rows.append({"label": label, "auto": auto, "grey": grey, "acc": word_accuracy(reference, auto["text"]),
                     "acc_grey": word_accuracy(reference, grey["text"]),
                     "acc_before": None})
        print(f"  done: {label}", file=sys.stderr)
    print(f"\n### Official letters — {len(rows)} A4 pages at 300 dpi (serif 12 pt, letterhead, table, colour stamp over "
          f"text, signature, tint, skew), OCR {args.languages}, {os.cpu_count()} CPU(s)\n")
    print("| page | plan | PDF+OCR KB | of which stamp/signature stencil KB | s/page (clean+plan+compress+OCR) "
          "| CPU s/page | word acc. | grey 200 dpi JPEG PDF+OCR KB | s/page grey | CPU s/page grey | word acc. grey |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        a, g = r["auto"], r["grey"]
        print(f"| {r['label']} | {a['plan'].label} | {a['kb']:.1f} | {a['patch_kb']:.1f} | {a['total_s']:.2f} | {a['cpu_s']:.2f} "
              f"| {r['acc']:.1%} | {g['kb']:.1f} | {g['total_s']:.2f} | {g['cpu_s']:.2f} | {r['acc_grey']:.1%} |")
    med = statistics.median
    print(f"| **median** | | **{med(r['auto']['kb'] for r in rows):.1f}** | {med(r['auto']['patch_kb'] for r in rows):.1f} "
          f"| **{med(r['auto']['total_s'] for r in rows):.2f}** | **{med(r['auto']['cpu_s'] for r in rows):.2f}** "
          f"| **{med(r['acc'] for r in rows):.1%}** "
          f"| **{med(r['grey']['kb'] for r in rows):.1f}** | **{med(r['grey']['total_s'] for r in rows):.2f}** "
          f"| **{med(r['grey']['cpu_s'] for r in rows):.2f}** "
          f"| **{med(r['acc_grey'] for r in rows):.1%}** |")
    split = {k: med(r["auto"]["split"][k] for r in rows) for k in ("image", "text", "other")}
    print(f"\nBilevel letter page, median KB: images {split['image']:.1f} (G4 + patch), text layer {split['text']:.1f}, "
          f"PDF structure {split['other']:.1f}. Time split (median s): clean-up+plan+compression "
          f"{med(r['auto']['prep_s'] for r in rows):.2f}, OCR {med(r['auto']['ocr_s'] for r in rows):.2f} (one Tesseract; "
          "a batch runs one per core). CPU s/page counts this process and its Tesseract, so it does not grow "
          f"with the other work on the machine; load average during the run: {os.getloadavg()[0]:.1f}.")


def copier(args: argparse.Namespace) -> None:
    from desktop_app.intake.samples import copier_pdf, render_letter
    from desktop_app.services.context import AppContext

    languages = args.languages.split("+")
    with tempfile.TemporaryDirectory() as tmp:
        pages, refs = [], []
        for part, seed in (("first", 11), ("middle", 12), ("last", 13)):
            page, ref = render_letter("az", 300, seed=seed, part=part, skew_degrees=(-0.7, 0.5, 1.1)[len(pages)])
            pages.append(page)
            refs.append(ref)
        src = Path(tmp) / "copier-scan.pdf"
        src.write_bytes(copier_pdf(pages))
        del pages
        ctx = AppContext.open(Path(tmp) / "profile")
        ctx.settings.set("ocr_languages", languages)
        t0 = time.perf_counter()
        (row,) = ctx.intake.import_path(src, ocr="now")
        took = time.perf_counter() - t0
        detail = ctx.documents.get_document(row.id)
        text = next(f for f in detail.files if f.role == "original")
        with ctx.db.read() as s:
            from desktop_app.db.models import FileVersion

            body = s.get(FileVersion, text.id).text
        acc = word_accuracy("\n".join(refs), body)
        before = src.stat().st_size
        print("\n### Copier case — a 3-page colour letter (az) as a copier writes it: JPEG pages at 300 dpi in a PDF\n")
        print("| | bytes on the wire | per page |")
        print("|---|---:|---:|")
        print(f"| before (imported and queued as it was) | {before / 1024:,.0f} KB | {before / 3 / 1024:,.0f} KB |")
        print(f"| after (one compact searchable PDF; the copier's file stays on this computer) | **{detail.wire_bytes / 1024:,.1f} KB** "
              f"| {detail.wire_bytes / 3 / 1024:,.1f} KB |")
        print(f"\nImport with clean-up and OCR: {took:.1f} s ({took / 3:.2f} s/page), word accuracy {acc:.1%}; "
              f"kept locally: {detail.local_bytes / 1024:,.0f} KB (role `scan`, upload `local`).")
        ctx.close()


def memory(args: argparse.Namespace) -> None:
    """Peak and after-RSS of a 10-page scan saved with clean-up and OCR, each case in a fresh process.

    The pages are made first (here) and handed to the measured process as files, the way the
    scanner delivers them (scanimage writes one file per page, the backend loads it); ``gui`` runs
    the same inside the real main window (offscreen Qt): the scan saved through the window's own
    path, then the background text recognition."""
    import subprocess

    from desktop_app.intake.pdf import to_bilevel
    from desktop_app.intake.samples import render_letter

    print("\n### Memory — 10-page scan, clean-up + compact PDF + OCR (a fresh process per case)\n")
    print("| case (gui: in the main window, pages spooled by the scan dialog) | RSS at start MB "
          "| with the 10 pages scanned MB | peak RSS MB | RSS after MB | s |")
    print("|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("bw", "grey", "colour"):
            folder = Path(tmp) / mode
            folder.mkdir()
            for i in range(10):
                page, _ = render_letter(("az", "ru")[i % 2], 300, seed=i, part=("first", "middle", "last")[i % 3],
                                        skew_degrees=0.5)
                img = page.image if mode == "colour" else page.image.convert("L")
                if mode == "bw":
                    img = to_bilevel(img)
                img.save(folder / f"page-{i:04d}.png", dpi=(300, 300))
        for case in ("bw", "grey", "colour", "bw gui", "grey gui", "colour gui"):
            mode = case.split()[0]
            out = subprocess.run([sys.executable, __file__, "--memory-case", case, "--pages-dir", str(Path(tmp) / mode),
                                  "--languages", args.languages], capture_output=True, text=True, check=True,
                                 env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            print(out.stdout.strip().splitlines()[-1])


def memory_case(case: str, pages_dir: Path, languages: list[str]) -> None:
    import gc
    import threading

    from desktop_app.intake.sane import _load_page
    from desktop_app.services.context import AppContext

    def rss() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

    peak = [0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], rss())
            stop.wait(0.005)

    gui = case.endswith("gui")
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp) / "profile")
        ctx.settings.set("ocr_languages", languages)
        if gui:
            from PySide6.QtWidgets import QApplication

            from ui.context import UiContext
            from ui.dialogs import DialogService
            from ui.main_window import MainWindow

            app = QApplication.instance() or QApplication([])
            ui = UiContext.create(ctx, DialogService())
            window = MainWindow(ui)
            window.show()
            while ui.tasks.busy():
                app.processEvents()
                time.sleep(0.01)
        gc.collect()
        start = rss()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        spool = None
        if gui:  # as the scan dialog does: each page spooled to disk as it arrives, a thumbnail kept
            from desktop_app.intake.spool import PageSpool
            from ui.intake.scan_dialog import thumbnail

            spool = PageSpool()
            pages, thumbs = [], []
            for p in sorted(pages_dir.glob("*.png")):
                page = _load_page(p, 300, False)
                pages.append(spool.add(page))
                thumbs.append(thumbnail(page))
                del page
        else:
            pages = [_load_page(p, 300, False) for p in sorted(pages_dir.glob("*.png"))]  # as the scanner delivers them
        held = rss()
        t0 = time.perf_counter()
        if gui:
            window.intake._saved(ctx.intake.create_from_pages(pages))
            while ui.tasks.busy() or ctx.intake.pending_ocr():
                app.processEvents()
                time.sleep(0.01)
        else:
            ctx.intake.create_from_pages(pages)
            ctx.intake.ocr_pending()
        took = time.perf_counter() - t0
        del pages
        gc.collect()
        time.sleep(0.2)
        stop.set()
        sampler.join()
        after = rss()
        if gui:
            ui.close()
            spool.close()
        ctx.close()
    print(f"| {case} 300 dpi | {start:.0f} | {held:.0f} | {max(peak[0], held):.0f} | {after:.0f} | {took:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="aze+rus+eng", help="Tesseract languages (as in the settings)")
    parser.add_argument("--pages", type=int, default=len(PAGES))
    parser.add_argument("--no-sparse", action="store_true", help="skip the sparse sans-serif pages")
    parser.add_argument("--no-letters", action="store_true", help="skip the official letters and the copier case")
    parser.add_argument("--memory", action="store_true", help="only the memory measurement")
    parser.add_argument("--memory-case", help=argparse.SUPPRESS)
    parser.add_argument("--pages-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_case:
        memory_case(args.memory_case, args.pages_dir, args.languages.split("+"))
        return
    if args.memory:
        memory(args)
        return
    if not args.no_sparse:
        sparse(args)
    if not args.no_letters:
        letters(args)
        copier(args)


if __name__ == "__main__":
    main()
