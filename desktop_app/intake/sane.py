"""SANE backend (Linux, BSD, macOS) driving the ``scanimage`` command-line frontend.

Why ``scanimage`` and not python-sane: it ships with sane-utils on every distribution (no C
extension to compile or bundle), the scanner driver runs in a separate process (a crashing or
hanging vendor driver cannot take the application down, and a cancel is a signal), and its
``--batch`` mode already implements "scan until the feeder is empty" with one file per page,
printed as each page completes (``--batch-print``) -- which gives per-page progress and keeps
every finished page on disk even when the device fails on the next one.
"""
from __future__ import annotations

import re
import shutil
import signal
import subprocess
import tempfile
import threading
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
    if options.source == ScanSource.FLATBED:
        if source and source.values:
            flatbed = _pick(source.values, "flatbed", "normal", "document table")
            if flatbed:
                args.append(f"--source={flatbed}")
    else:
        values = source.values if source else ()
        if options.source == ScanSource.ADF_DUPLEX:
            chosen = _pick(values, "duplex")
            if not chosen:
                raise IntakeError(translate("Scan", "The scanner {device} has no duplex feeder; choose the simplex feeder or the flatbed.").format(device=device_id))
        else:
            chosen = _pick(values, "adf front", "front", "adf", "feeder", "simplex", avoid=("duplex", "back"))
            if not chosen:
                raise IntakeError(translate("Scan", "The scanner {device} has no document feeder; choose the flatbed.").format(device=device_id))
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
    """

    name = "sane"

    def __init__(self, extra_args: dict[str, str] | None = None, executable: str = SCANIMAGE):
        self.extra_args = dict(extra_args or {})
        self.executable = executable
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
             progress: ProgressCallback | None = None) -> ScanResult:
        plan = build_scan_args(options, self.device_options(device_id), device_id)
        count = options.max_pages if options.max_pages else (None if options.is_feeder else 1)
        with tempfile.TemporaryDirectory(prefix="docflow-scan-") as tmp:
            cmd = [self.executable, "-d", device_id, *plan.args,
                   *(f"--{k}={v}" for k, v in self.extra_args.items()),
                   "--format=pnm", f"--batch={Path(tmp) / 'page-%04d.pnm'}", "--batch-print", "--batch-start=1"]
            if count:
                cmd.append(f"--batch-count={count}")
            return self._run(cmd, device_id, options, plan, cancel, progress)

    def _run(self, cmd: list[str], device_id: str, options: ScanOptions, plan: SaneArgs,
             cancel: threading.Event | None, progress: ProgressCallback | None) -> ScanResult:
        result = ScanResult()
        stderr_lines: list[str] = []
        with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True) as proc:
            readers = [threading.Thread(target=lambda: stderr_lines.extend(proc.stderr), daemon=True)]
            finished = threading.Event()
            if cancel is not None:
                readers.append(threading.Thread(target=_cancel_watch, args=(proc, cancel, finished), daemon=True))
            for t in readers:
                t.start()
            try:
                for line in proc.stdout:
                    path = Path(line.strip())
                    if not line.strip() or not path.exists():
                        continue
                    if cancel is not None and cancel.is_set():
                        continue  # cancelled: pages the driver finished meanwhile are not taken
                    page = _load_page(path, options.resolution, plan.threshold_in_software)
                    result.pages.append(page)
                    path.unlink(missing_ok=True)
                    if progress:
                        progress(ScanProgress(len(result.pages), page, translate("Scan", "Page {n} scanned").format(n=len(result.pages))))
                rc = proc.wait()
            finally:
                finished.set()
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
                for t in readers:
                    t.join(timeout=5)
        result.cancelled = bool(cancel is not None and cancel.is_set())
        if not result.cancelled:
            result.error = _diagnose(rc, stderr_lines, device_id, len(result.pages), options)
        return result


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


def _diagnose(rc: int, stderr_lines: list[str], device_id: str, pages: int, options: ScanOptions) -> str | None:
    """None when the batch ended normally, else a sentence saying what happened."""
    reason = _last_error(stderr_lines)
    feeder_empty = "out of documents" in reason.lower() or "no documents" in reason.lower()
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

