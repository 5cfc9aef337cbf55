"""The intake's page work in a child process (``desktop_app/childproc.py``), off the app's GIL.

A scan's pages are rendered, cleaned, checked for separator sheets and codes, and encoded one after
another; much of that is Python around NumPy and Pillow calls. Run on the app's threads (the import
task and the batch's page worker) it kept two threads beside the window busy for the whole import,
and the window queued for the GIL behind them and the sync and signing threads (the stall
watchdog's ``contention`` gaps of a 50-page import, issue 15). Here it runs in one child per
:class:`~desktop_app.services.intake.IntakeService`, started on first use, reused, stopped with the
context; the app gets the batch's documents back as encoded pages and stores them.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from desktop_app.childproc import ChildProcess
from desktop_app.errors import IntakeError
from desktop_app.i18n import translate
from desktop_app.intake import batch, files
from desktop_app.intake.batch import PageGroup, SplitOptions
from desktop_app.intake.cleanup import CleanupOptions
from desktop_app.intake.pdf import PdfOptions


def _scan_groups(staged: files.StagedFile, what: files.Inspection, cleanup: CleanupOptions, pdf: PdfOptions,
                 split: SplitOptions | None) -> list[PageGroup]:
    """In the child: the staged scan's pages, cleaned, split and encoded (:func:`batch.process`)."""
    try:
        with tempfile.TemporaryDirectory(prefix="docflow-pages-") as tmp:
            return batch.process(files.iter_pages(staged, what, Path(tmp)), cleanup, pdf, split)
    finally:
        batch.release_memory()  # the child lives on: its page buffers go back to the system


def _failed(reason: str) -> IntakeError:
    """The error of a failure in the child that cannot cross the pipe as it is."""
    return IntakeError(translate("Import", "The pages could not be processed: {reason}").format(reason=reason))


class IntakeProcess(ChildProcess):
    """The app's side of the intake process."""

    name = "intake process"
    failed = _failed

    def closed(self) -> IntakeError:
        return IntakeError(translate("Import", "The application is closing; nothing more is imported."))

    def died(self) -> IntakeError:
        return IntakeError(translate("Import", "The import process stopped unexpectedly; try again."))

    def scan_groups(self, staged: files.StagedFile, what: files.Inspection, cleanup: CleanupOptions, pdf: PdfOptions,
                    split: SplitOptions | None = None) -> list[PageGroup]:
        """A staged scan's documents (see :func:`batch.process`), made in the child."""
        return self.call(_scan_groups, staged, what, cleanup, pdf, split)
