"""Bringing files into the main window: File ▸ Import… (Ctrl+O), files dropped on the window and
files given on the command line all go through :meth:`Importing.import_paths` -- the intake
pipeline in a task, then the list shows the last imported document and the scans are recognised
in the background (``ui/intake``); refused files are listed with their reasons.

``MainWindow`` makes one :class:`Importing` and forwards ``import_paths``, ``import_filter`` and its
drag-and-drop events to it.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.types import ImportResult


class Importing:
    """The window's import of files (dialog, drop, command line)."""

    def __init__(self, window):  # noqa: ANN001 - MainWindow
        self.window = window
        self.ui = window.ui

    def choose_files(self) -> None:
        """File ▸ Import…: choose files and import them."""
        files = self.ui.dialogs.open_files(self.window, QCoreApplication.translate("MainWindow", "Import documents"),
                                           self.file_filter())
        if files:
            self.import_paths(files)

    @staticmethod
    def file_filter() -> str:
        """The file dialog's filter of importable files (also the compose dialog's)."""
        return QCoreApplication.translate("MainWindow", "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")

    def import_paths(self, paths: list[str]) -> None:
        """Import files (menu, drag and drop) through the intake pipeline; scans are recognised afterwards
        in the background (ui/intake)."""
        intake, window = self.window.ctx.intake, self.window
        self.ui.tasks.run(lambda task: intake.import_files(paths, progress=task.progress, cancelled=task.cancelled),
                          on_success=self.imported,
                          on_failure=lambda e: window.show_error(QCoreApplication.translate("MainWindow", "Import failed"), e),
                          label=QCoreApplication.translate("MainWindow", "Importing"))

    def imported(self, result: ImportResult) -> None:
        """Show what an import brought: the last document, and the files refused with their reasons."""
        window = self.window
        if result.imported:
            window.refresh_in_background(keep=result.imported[-1].id)  # no list read on the GUI thread
            window.intake.recognise_pending()
        if result.failures:
            lines = "\n".join(f"• {f.reason}" for f in result.failures)
            self.ui.dialogs.error(window, QCoreApplication.translate("MainWindow", "Some files were not imported"),
                                  QCoreApplication.translate("MainWindow", "{ok} imported, {bad} refused:")
                                  .replace("{ok}", str(len(result.imported)))
                                  .replace("{bad}", str(len(result.failures))) + "\n" + lines)
        else:
            window.notify.show_in_status_bar(QCoreApplication.translate("MainWindow", "{n} document(s) imported")
                                           .replace("{n}", str(len(result.imported))), 5000)

    @staticmethod
    def drag_enter(event) -> None:  # noqa: ANN001 - QDragEnterEvent
        """Files dragged over the window are welcome."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def drop(self, event) -> None:  # noqa: ANN001 - QDropEvent
        """Files dropped on the window are imported."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)  # anything that is not a regular file is refused with its reason
