"""SANE backend (Linux, BSD, macOS) driving the ``scanimage`` command-line frontend.

Why ``scanimage`` and not python-sane: it ships with sane-utils on every distribution (no C
extension to compile or bundle), the scanner driver runs in a separate process (a crashing or
hanging vendor driver cannot take the application down, and a cancel is a signal), and its
``--batch`` mode already implements "scan until the feeder is empty" with one file per page,
printed as each page completes (``--batch-print``) -- which gives per-page progress and keeps
every finished page on disk even when the device fails on the next one.
"""
from __future__ import annotations

import logging
import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from desktop_app.i18n import translate
from desktop_app.intake.pages import IntakeError, PageImage, normalise_mode
from desktop_app.intake.scanner import (
    PAGE_SIZES, ProgressCallback, ScanMode, ScannerBackend, ScannerDevice, ScanOptions, ScanProgress, ScanResult,
    ScanSource,
)

SCANIMAGE = "scanimage"
LIST_TIMEOUT_S = 60
# A page may take a minute on a slow USB scanner at 600 dpi; nothing for this long means a hung driver.
STALL_TIMEOUT_S = 180.0
# After scanimage prints "Batch terminated" it should exit at once.
BATCH_EXIT_GRACE_S = 5.0
log = logging.getLogger(__name__)
_OPTION_RE = re.compile(r"^\s+(-{1,2}[\w-]+)(?:\[=\((?P<bool>[^)]*)\)\])?\s+(?P<spec>.*?)\s*\[(?P<default>[^\]]*)\]\s*$")
_RANGE_RE = re.compile(r"^(-?[\d.]+)\.\.(-?[\d.]+)")


@dataclass(frozen=True)
class SaneOption:
    """One device option as ``scanimage --help -d DEV`` describes it."""

    name: str                       # without leading dashes: "mode", "source", "x"
    values: tuple[str, ...] = ()    # a word list ("Gray", "Color") or numbers as text
    minimum: float | None = None    # for a range
    maximum: float | None = None
    default: str = ""

    @property
    def inactive(self) -> bool:
        return self.default == "inactive"


def parse_device_options(help_text: str) -> dict[str, SaneOption]:
    """Parse the device-specific part of ``scanimage --help -d DEV`` into options by name."""
    options: dict[str, SaneOption] = {}
    marker = help_text.find("Options specific to device")
    for line in help_text[marker if marker >= 0 else 0:].splitlines():
        m = _OPTION_RE.match(line)
        if not m:
            continue
        name = m.group(1).lstrip("-")
        spec = m.group("spec")
        rng = _RANGE_RE.match(spec)
        if rng:
            options[name] = SaneOption(name, (), float(rng.group(1)), float(rng.group(2)), m.group("default"))
        elif m.group("bool") is not None:
            options[name] = SaneOption(name, tuple(m.group("bool").split("|")), default=m.group("default"))
        else:
            values = tuple(v for v in re.sub(r"(dpi|mm|pel|bit|%|us)$", "", spec).split("|") if v)
            options[name] = SaneOption(name, values, default=m.group("default"))
    return options


def _pick(values: tuple[str, ...], *wanted: str, avoid: tuple[str, ...] = ()) -> str | None:
    """First value whose lower-case form contains one of ``wanted`` (in order) and none of ``avoid``."""
    for w in wanted:
        for v in values:
            lv = v.lower()
            if w in lv and not any(a in lv for a in avoid):
                return v
    return None


def _source_value(values: tuple[str, ...], source: ScanSource) -> str | None:
    """The device's value for ``source`` among its ``--source`` values (None: it has none)."""
    if source == ScanSource.FLATBED:
        return _pick(values, "flatbed", "normal", "document table")
    if source == ScanSource.ADF_DUPLEX:
        return _pick(values, "duplex")
    return _pick(values, "adf front", "front", "adf", "feeder", "simplex", avoid=("duplex", "back"))


def device_sources(device: dict[str, SaneOption]) -> frozenset[ScanSource]:
    """The paper sources a device offers; a device without a source option is a flatbed."""
    source = device.get("source")
    if not source or not source.values:
        return frozenset({ScanSource.FLATBED})
    return frozenset(s for s in ScanSource if _source_value(source.values, s))


@dataclass(frozen=True)
class SaneArgs:
    """scanimage arguments for one scan, plus what must be done in software afterwards."""

    args: tuple[str, ...]
    threshold_in_software: bool = False


def build_scan_args(options: ScanOptions, device: dict[str, SaneOption], device_id: str = "") -> SaneArgs:
    """Map backend-independent options onto this device's SANE options.

    Raises:
        IntakeError: the device cannot do what was asked (e.g. duplex on a simplex feeder).
    """
    args: list[str] = []
    threshold = False
    mode = device.get("mode")
    depth = device.get("depth")
    if mode and mode.values:
        grey = _pick(mode.values, "gray", "grey")
        colour = _pick(mode.values, "color", "colour", "rgb")
        if options.mode == ScanMode.BW:
            line_art = _pick(mode.values, "lineart", "line art", "binary", "black", "monochrome", "bw", "halftone")
            if line_art:
                args.append(f"--mode={line_art}")
            elif grey and depth and "1" in depth.values:
                args += [f"--mode={grey}", "--depth=1"]
            elif grey:
                args.append(f"--mode={grey}")
                threshold = True
            else:
                raise IntakeError(translate("Scan", "The scanner {device} cannot scan in black and white or grey.").format(device=device_id))
        elif options.mode == ScanMode.GREY:
            if not grey:
                raise IntakeError(translate("Scan", "The scanner {device} cannot scan in grey.").format(device=device_id))
            args.append(f"--mode={grey}")
        else:
            if not colour:
                raise IntakeError(translate("Scan", "The scanner {device} cannot scan in colour.").format(device=device_id))
            args.append(f"--mode={colour}")
        if options.mode != ScanMode.BW and depth and "8" in depth.values:
            args.append("--depth=8")

    res = device.get("resolution")
    if res:
        args.append(f"--resolution={_fit_number(options.resolution, res)}")

    source = device.get("source")
    values = source.values if source else ()
    chosen = _source_value(values, options.source)
    if options.source == ScanSource.ADF_DUPLEX and not chosen:
        raise IntakeError(translate("Scan", "The scanner {device} has no duplex feeder; choose the simplex feeder or the flatbed.").format(device=device_id))
    if options.source == ScanSource.ADF and not chosen:
        raise IntakeError(translate("Scan", "The scanner {device} has no document feeder; choose the flatbed.").format(device=device_id))
    if chosen:
        args.append(f"--source={chosen}")

    size = PAGE_SIZES[options.page_size]
    for axis, key, page_key, value in (("x", "x", "page-width", size[0] if size else None),
                                       ("y", "y", "page-height", size[1] if size else None)):
        opt = device.get(key)
        if opt and opt.maximum is not None:
            args += [f"-{axis}", _fmt(opt.maximum if value is None else min(value, opt.maximum))]
        page_opt = device.get(page_key)
        if page_opt and page_opt.maximum is not None and not page_opt.inactive:
            args.append(f"--{page_key}={_fmt(page_opt.maximum if value is None else min(value, page_opt.maximum))}")
    for corner in ("l", "t"):
        if corner in device:
            args += [f"-{corner}", "0"]
    return SaneArgs(tuple(args), threshold)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}"


def _fit_number(wanted: int, opt: SaneOption) -> str:
    if opt.minimum is not None and opt.maximum is not None:
        return _fmt(max(opt.minimum, min(opt.maximum, wanted)))
    numbers = [float(v) for v in opt.values if re.fullmatch(r"-?[\d.]+", v)]
    if not numbers:
        return str(wanted)
    return _fmt(min(numbers, key=lambda n: (abs(n - wanted), -n)))


class SaneBackend(ScannerBackend):
    """Scanners through SANE's ``scanimage``.

    Args:
        extra_args: device-specific options passed as they are (e.g. ``{"test-picture": "Grid"}``
            for the SANE test device, or vendor options a profile needs).
        executable: the scanimage program.
        stall_timeout_s: how long a scan may go without a finished page before the driver is
            taken for hung and stopped.
    """

    name = "sane"

    def __init__(self, extra_args: dict[str, str] | None = None, executable: str = SCANIMAGE,
                 stall_timeout_s: float = STALL_TIMEOUT_S):
        self.extra_args = dict(extra_args or {})
        self.executable = executable
        self.stall_timeout_s = stall_timeout_s
        # Every scanimage start loads all configured SANE backends (seconds with network ones),
        # so a device's option list is read once per backend object.
        self._options: dict[str, dict[str, SaneOption]] = {}

    def availability(self) -> tuple[bool, str]:
        if shutil.which(self.executable) is None:
            return False, translate("Scan", "SANE scanning needs the 'scanimage' program (Debian/Ubuntu package sane-utils), which is not installed.")
        return True, ""

    def list_devices(self) -> list[ScannerDevice]:
        self.require_available()
        try:
            out = subprocess.run([self.executable, "-f", "%d\t%v\t%m\t%t%n"], capture_output=True, text=True,
                                 timeout=LIST_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise IntakeError(translate("Scan", "Looking for scanners took longer than {s} seconds; check the network scanners and try again.").format(s=LIST_TIMEOUT_S)) from exc
        devices = []
        for line in out.stdout.splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0]:
                devices.append(ScannerDevice(parts[0], parts[1], parts[2], parts[3], self.name))
        return devices

    def device_options(self, device_id: str) -> dict[str, SaneOption]:
        """The device's options (cached); raises IntakeError when it cannot be opened."""
        if device_id not in self._options:
            self._options[device_id] = self._read_options(device_id)
        return self._options[device_id]

    def sources(self, device_id: str) -> frozenset[ScanSource]:
        return device_sources(self.device_options(device_id))

    def _read_options(self, device_id: str) -> dict[str, SaneOption]:
        self.require_available()
        try:
            out = subprocess.run([self.executable, "--help", "-d", device_id], capture_output=True, text=True,
                                 timeout=LIST_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise IntakeError(translate("Scan", "The scanner {device} did not answer.").format(device=device_id)) from exc
        if "Options specific to device" not in out.stdout:
            reason = _last_error(out.stderr) or translate("Scan", "it is not connected or is switched off")
            raise IntakeError(translate("Scan", "The scanner {device} cannot be opened: {reason}.").format(device=device_id, reason=reason))
        return parse_device_options(out.stdout)

    def scan(self, device_id: str, options: ScanOptions, *, cancel: threading.Event | None = None,
             progress: ProgressCallback | None = None, keep_pages: bool = True) -> ScanResult:
        plan = build_scan_args(options, self.device_options(device_id), device_id)
        count = options.max_pages if options.max_pages else (None if options.is_feeder else 1)
        with tempfile.TemporaryDirectory(prefix="docflow-scan-") as tmp:
            cmd = [self.executable, "-d", device_id, *plan.args,
                   *(f"--{k}={v}" for k, v in self.extra_args.items()),
                   "--format=pnm", f"--batch={Path(tmp) / 'page-%04d.pnm'}", "--batch-print", "--batch-start=1"]
            if count:
                cmd.append(f"--batch-count={count}")
            return self._run(cmd, device_id, options, plan, cancel, progress, keep_pages)

    def _run(self, cmd: list[str], device_id: str, options: ScanOptions, plan: SaneArgs,
             cancel: threading.Event | None, progress: ProgressCallback | None, keep_pages: bool = True) -> ScanResult:
        result = ScanResult(keep=keep_pages)
        stderr_lines: list[str] = []
        batch_over = threading.Event()
        lines: queue.Queue[str | None] = queue.Queue()

        def read_stderr(stream) -> None:
            for ln in stream:
                stderr_lines.append(ln)
                if ln.startswith("Batch terminated"):
                    batch_over.set()

        def read_stdout(stream) -> None:
            for ln in stream:
                lines.put(ln)
            lines.put(None)

        # Not ``with Popen``: its exit closes the pipes, and closing a pipe a reader thread is
        # blocked on waits for that read -- forever if a stray driver process still holds the pipe.
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        readers = [threading.Thread(target=read_stderr, args=(proc.stderr,), daemon=True),
                   threading.Thread(target=read_stdout, args=(proc.stdout,), daemon=True)]
        finished = threading.Event()
        if cancel is not None:
            readers.append(threading.Thread(target=_cancel_watch, args=(proc, cancel, finished), daemon=True))
        for t in readers:
            t.start()
        rc: int | None = None
        try:
            last_activity = time.monotonic()
            while True:
                try:
                    line = lines.get(timeout=0.25)
                except queue.Empty:
                    idle = time.monotonic() - last_activity
                    if proc.poll() is not None and idle > 1.0:
                        break  # scanimage is gone; a driver helper it forked may still hold the pipe
                    if batch_over.is_set() and idle > BATCH_EXIT_GRACE_S:
                        # The batch is over (scanimage said so) but the driver hangs while
                        # closing -- seen with the SANE test backend now and then. What
                        # scanimage printed is the whole story; stop waiting for it.
                        log.warning("scanimage hung after the batch on %s; stopped", device_id)
                        rc = 1
                        break
                    if idle > self.stall_timeout_s:
                        log.warning("scanimage gave nothing for %.0f s on %s; stopped", idle, device_id)
                        result.error = translate("Scan", "The scanner {device} stopped responding for {s} seconds; the scan was stopped. The pages scanned so far are kept.").format(
                            device=device_id, s=int(self.stall_timeout_s))
                        break
                    continue
                if line is None:
                    break
                last_activity = time.monotonic()
                path = Path(line.strip())
                if not line.strip() or not path.exists():
                    continue
                if cancel is not None and cancel.is_set():
                    continue  # cancelled: pages the driver finished meanwhile are not taken
                page = _load_page(path, options.resolution, plan.threshold_in_software)
                n = result.add(page)
                path.unlink(missing_ok=True)
                if progress:
                    progress(ScanProgress(n, page, translate("Scan", "Page {n} scanned").format(n=n)))
                del page
                last_activity = time.monotonic()
            if rc is None and result.error is None:
                try:
                    rc = proc.wait(timeout=BATCH_EXIT_GRACE_S)
                except subprocess.TimeoutExpired:
                    rc = 1
        finally:
            finished.set()
            _kill_group(proc)
            for t in readers:
                t.join(timeout=5)
            for stream, reader in ((proc.stderr, readers[0]), (proc.stdout, readers[1])):
                if reader.is_alive():
                    log.warning("a process outside scanimage's group still holds its output; left open")
                else:
                    stream.close()
        result.cancelled = bool(cancel is not None and cancel.is_set())
        if not result.cancelled and result.error is None:
            result.error = _diagnose(rc if rc is not None else 1, stderr_lines, device_id, result.scanned, options)
        return result


def _kill_group(proc: subprocess.Popen) -> None:
    """Stop scanimage and anything its driver forked (it runs in a session of its own)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
    else:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # a forked reader left behind
        except (ProcessLookupError, PermissionError):
            pass


def _cancel_watch(proc: subprocess.Popen, cancel: threading.Event, finished: threading.Event) -> None:
    while not finished.is_set():
        if cancel.wait(0.1):
            if proc.poll() is None:
                # scanimage treats SIGINT as "cancel the scan": the driver is told to stop cleanly.
                proc.send_signal(signal.SIGINT)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
            return


def _load_page(path: Path, dpi: int, threshold: bool) -> PageImage:
    try:
        with Image.open(path) as img:
            img.load()
            image = normalise_mode(img.copy())
    except OSError as exc:
        raise IntakeError(translate("Scan", "A scanned page could not be read ({reason}).").format(reason=exc)) from exc
    if threshold and image.mode != "1":
        image = image.convert("L").point(lambda v: 255 if v >= 128 else 0).convert("1")
    return PageImage(image, dpi)


def _last_error(lines: list[str] | str) -> str:
    """The driver's last complaint, in the person's language where SANE's words are known."""
    raw = _last_error_raw(lines)
    return _sane_status_words().get(raw.lower(), raw)


def _last_error_raw(lines: list[str] | str) -> str:
    if isinstance(lines, str):
        lines = lines.splitlines()
    errs = [ln.strip() for ln in lines if ln.startswith("scanimage:") and "trying to stop" not in ln]
    device_errs = [e for e in errs if ": sane_" in e]
    errs = device_errs or errs
    if not errs:
        return ""
    msg = errs[-1].split(":", 1)[1].strip()
    # "sane_read: Document feeder jammed" -> "Document feeder jammed"
    return msg.split(":", 1)[1].strip() if msg.startswith("sane_") and ":" in msg else msg


def _sane_status_words() -> dict[str, str]:
    """SANE's status texts (sane_strstatus, always English) in the person's language."""
    return {
        "document feeder jammed": translate("Scan", "the document feeder is jammed"),
        "document feeder out of documents": translate("Scan", "the document feeder is out of documents"),
        "scanner cover is open": translate("Scan", "the scanner cover is open"),
        "device busy": translate("Scan", "the scanner is busy"),
        "error during device i/o": translate("Scan", "the connection to the scanner failed"),
        "access to resource has been denied": translate("Scan", "access to the scanner was denied"),
        "operation not supported": translate("Scan", "the scanner does not support this operation"),
        "invalid argument": translate("Scan", "the scanner refused a setting"),
        "out of memory": translate("Scan", "the scanner driver ran out of memory"),
        "scanner lamp is warming up": translate("Scan", "the scanner lamp is warming up"),
    }


def _diagnose(rc: int, stderr_lines: list[str], device_id: str, pages: int, options: ScanOptions) -> str | None:
    """None when the batch ended normally, else a sentence saying what happened."""
    raw = _last_error_raw(stderr_lines)
    reason = _sane_status_words().get(raw.lower(), raw)
    feeder_empty = "out of documents" in raw.lower() or "no documents" in raw.lower()
    if feeder_empty and options.is_feeder:
        if pages == 0:
            return translate("Scan", "The document feeder of {device} is empty: put the pages in the feeder and scan again.").format(device=device_id)
        return None
    if rc == 0:
        return None
    if rc < 0 or rc == -signal.SIGKILL or not reason:
        why = translate("Scan", "the scanner stopped responding or was disconnected")
    else:
        why = reason
    if pages:
        return translate("Scan", "Scanning on {device} stopped after {n} page(s): {reason}. The pages scanned so far are kept.").format(
            device=device_id, n=pages, reason=why)
    return translate("Scan", "Scanning on {device} failed: {reason}.").format(device=device_id, reason=why)

