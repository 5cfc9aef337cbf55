"""What an empty queue or search says in place of the blank table: what to do next (scan, import,
drop files, choose "All documents"), with the shortcut for it.

``MainWindow`` shows it in ``window.empty_hint`` whenever its list has no rows.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication


def empty_text(queue: str, text: str) -> str:
    """The hint (rich text) for ``queue`` when it is empty, or for the search ``text`` that found nothing."""
    tr = QCoreApplication
    if text:
        title = tr.translate("MainWindow", "Nothing matches “{text}”.").replace("{text}", html.escape(text))
        hint = tr.translate("MainWindow", "Check the spelling or type fewer words; letters like ə, ç, ş can be typed as e, c, s. "
                                          "To look everywhere, choose “All documents”.")
    else:
        title, hint = {
            "inbox": (tr.translate("MainWindow", "The inbox is empty."),
                      tr.translate("MainWindow", "Scan the morning post (Ctrl+Shift+N), import files (Ctrl+O) or drop them here. "
                                                 "Letters from other institutions arrive here when Docflow synchronises.")),
            "to_register": (tr.translate("MainWindow", "Nothing waits for registration."),
                            tr.translate("MainWindow", "New incoming letters and signed outgoing letters appear here until they get a number.")),
            "to_sign": (tr.translate("MainWindow", "Nothing waits for your signature."),
                        tr.translate("MainWindow", "Documents whose route reaches a signing step for you appear here.")),
            "my_assignments": (tr.translate("MainWindow", "You have no assignments."),
                               tr.translate("MainWindow", "Resolutions and route steps given to you appear here with their deadlines (F9).")),
            "on_control": (tr.translate("MainWindow", "Nothing is under your control."),
                           tr.translate("MainWindow", "Documents whose resolution you put on control stay here until you take them "
                                                      "off control (Routing → Remove control), once the executor has reported.")),
            "outgoing": (tr.translate("MainWindow", "No outgoing letters in progress."),
                         tr.translate("MainWindow", "Import or scan a draft, choose the “Outgoing letter” route (Ctrl+Shift+B), sign it "
                                                    "and dispatch it (Ctrl+Shift+D).")),
            "sent": (tr.translate("MainWindow", "Nothing has been dispatched yet."),
                     tr.translate("MainWindow", "Dispatched letters appear here with their delivery receipts.")),
            "archive": (tr.translate("MainWindow", "The archive is empty."),
                        tr.translate("MainWindow", "Finished documents are moved here with Document → Archive (Ctrl+E).")),
            "conflicts": (tr.translate("MainWindow", "No conflicts."),
                          tr.translate("MainWindow", "When the server and this workstation changed the same document, it appears here to settle.")),
        }.get(queue, (tr.translate("MainWindow", "There are no documents yet."),
                      tr.translate("MainWindow", "Scan (Ctrl+Shift+N) or import (Ctrl+O) the first letter, or log in to the server to receive documents.")))
    return f"<p style='font-size:large'><b>{html.escape(title)}</b></p><p>{html.escape(hint)}</p>"
