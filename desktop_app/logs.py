"""The application log: a rotating file in the profile's ``logs/`` folder, written by every thread.

``setup(profile, verbose=False)`` is called once at start-up by the desktop app and the CLI.
Records from every module (the sync thread, the signing and OCR workers, Qt's own messages
routed through :func:`ui.app`) end up in ``<profile>/logs/docflow.log``; old files rotate
(5 x 2 MB). ``--verbose`` lowers the level to DEBUG and also echoes to stderr.

Secrets never reach this file: the code that handles tokens, PINs and passphrases never
logs them, and :class:`_RedactingFilter` masks anything shaped like a bearer token or a
``password=``/``pin=`` pair that a library might put in a message.
"""
from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path

LOG_NAME = "docflow.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"

_SECRET = re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?(?:bearer\s+|basic\s+)?|bearer\s+|"
                     r"(?:password|passphrase|pin|token)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}]+")
_installed: list[logging.Handler] = []
_previous: dict = {}
_lock = threading.Lock()


class _RedactingFilter(logging.Filter):
    """Masks token/password-shaped values in a record's final message."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except (TypeError, ValueError):
            return True
        masked = _SECRET.sub(lambda m: m.group(1) + "***", msg)
        if masked != msg:
            record.msg, record.args = masked, None
        return True


def log_path(logs_dir: Path) -> Path:
    return Path(logs_dir) / LOG_NAME


def setup(logs_dir: Path, *, verbose: bool = False) -> Path:
    """Send the root logger to ``logs_dir/docflow.log`` (rotating); idempotent per process.

    Returns the log file's path. Exceptions that reach the top of any thread are logged too.
    """
    path = log_path(logs_dir)
    with _lock:
        root = logging.getLogger()
        _remove_handlers(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers: list[logging.Handler] = [logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)]
        if verbose:
            handlers.append(logging.StreamHandler(sys.stderr))
        for handler in handlers:
            handler.setFormatter(logging.Formatter(FORMAT))
            handler.addFilter(_RedactingFilter())
            root.addHandler(handler)
            _installed.append(handler)
        _previous.setdefault("level", root.level)
        root.setLevel(logging.DEBUG if verbose else logging.INFO)
        logging.captureWarnings(True)  # a library's warning (py.warnings) is a record here, not a line on stderr
        # Chatty libraries stay at WARNING unless asked for.
        for name in ("urllib3", "PIL", "pyhanko", "pyhanko_certvalidator", "asyncio", "fontTools", "alembic"):
            logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.WARNING)
        if sys.excepthook is not _log_uncaught:
            _previous["sys"] = sys.excepthook
            sys.excepthook = _log_uncaught
        if threading.excepthook is not _log_thread_uncaught:
            _previous["thread"] = threading.excepthook
            threading.excepthook = _log_thread_uncaught
    logging.getLogger("docflow").info("log opened (verbose=%s)", verbose)
    return path


def shutdown() -> None:
    """Close the log handlers (tests and a clean exit)."""
    with _lock:
        root = logging.getLogger()
        _remove_handlers(root)
        if "level" in _previous:
            root.setLevel(_previous.pop("level"))
            logging.captureWarnings(False)
        if sys.excepthook is _log_uncaught:
            sys.excepthook = _previous.pop("sys", sys.__excepthook__)
        if threading.excepthook is _log_thread_uncaught:
            threading.excepthook = _previous.pop("thread", threading.__excepthook__)


def _remove_handlers(root: logging.Logger) -> None:
    for h in _installed:
        root.removeHandler(h)
        h.close()
    _installed.clear()


def _log_uncaught(exc_type, exc, tb) -> None:  # noqa: ANN001
    logging.getLogger("docflow").critical("uncaught exception", exc_info=(exc_type, exc, tb))
    _previous.get("sys", sys.__excepthook__)(exc_type, exc, tb)


def _log_thread_uncaught(args) -> None:  # noqa: ANN001 - threading.ExceptHookArgs
    logging.getLogger("docflow").critical("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                                          exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    _previous.get("thread", threading.__excepthook__)(args)
