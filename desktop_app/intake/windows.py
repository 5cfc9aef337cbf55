"""Windows scanner backends: WIA (through comtypes) and TWAIN (through pytwain).

Both import cleanly everywhere: the Windows-only libraries are imported inside the methods
that need them, and on any other platform :meth:`availability` says so in a sentence. The
option mapping (our :class:`ScanOptions` -> WIA properties / TWAIN capabilities) is pure code
so it is tested on Linux; the COM/TWAIN calls themselves can only run on Windows.
"""
from __future__ import annotations

import importlib
import io
import sys
import threading
from dataclasses import dataclass

from PIL import Image

from desktop_app.i18n import translate
from desktop_app.intake.pages import IntakeError, PageImage, normalise_mode
from desktop_app.intake.scanner import (
    PAGE_SIZES, ProgressCallback, ScanMode, ScannerBackend, ScannerDevice, ScanOptions, ScanProgress, ScanResult,
    ScanSource,
)

# ---------------------------------------------------------------- WIA 2.0 constants (wiadef.h)
WIA_DPS_DOCUMENT_HANDLING_SELECT = 3088
WIA_DPS_PAGES = 3096
WIA_IPA_DATATYPE = 4103
WIA_IPA_DEPTH = 4104
WIA_IPS_CUR_INTENT = 6146
WIA_IPS_XRES = 6147
WIA_IPS_YRES = 6148
WIA_IPS_XPOS = 6149
WIA_IPS_YPOS = 6150
WIA_IPS_XEXTENT = 6151
WIA_IPS_YEXTENT = 6152

FEEDER, FLATBED, DUPLEX, FRONT_FIRST = 0x001, 0x002, 0x004, 0x008
WIA_DATA_THRESHOLD, WIA_DATA_GRAYSCALE, WIA_DATA_COLOR = 0, 2, 3
WIA_INTENT_IMAGE_TYPE_COLOR, WIA_INTENT_IMAGE_TYPE_GRAYSCALE, WIA_INTENT_IMAGE_TYPE_TEXT = 1, 2, 4
WIA_FORMAT_BMP = "{B96B3CAB-0728-11D3-9D7B-0000F81EF32E}"
WIA_ERROR_PAPER_JAM = 0x80210002
WIA_ERROR_PAPER_EMPTY = 0x80210003
WIA_ERROR_OFFLINE = 0x80210005
WIA_ERROR_BUSY = 0x80210006
WIA_ERROR_COVER_OPEN = 0x80210016
WIA_DEVICE_TYPE_SCANNER = 1

# ------------------------------------------------------------------- TWAIN constants (twain.h)
CAP_XFERCOUNT = 0x0001
CAP_FEEDERENABLED = 0x1002
CAP_AUTOFEED = 0x1007
CAP_DUPLEXENABLED = 0x1013
ICAP_PIXELTYPE = 0x0101
ICAP_XRESOLUTION = 0x1118
ICAP_YRESOLUTION = 0x1119
ICAP_SUPPORTEDSIZES = 0x1122
ICAP_BITDEPTH = 0x112B
TWTY_INT16, TWTY_UINT16, TWTY_BOOL, TWTY_FIX32 = 0x0001, 0x0004, 0x0006, 0x0007
TWPT_BW, TWPT_GRAY, TWPT_RGB = 0, 1, 2
TWSS = {"max": 0, "A4": 1, "Letter": 3, "Legal": 4, "A5": 5, "A3": 11}


def _not_windows() -> tuple[bool, str] | None:
    if sys.platform != "win32":
        return False, translate("Scan", "TWAIN and WIA scanners can only be used on Windows; on this system scanning goes through SANE.")
    return None


# ----------------------------------------------------------------------------------- WIA
def wia_properties(options: ScanOptions) -> list[tuple[int, int]]:
    """WIA item properties (id, value) for ``options``, in the order they must be set.

    Intent is set first (it resets data type and depth to the intent's defaults), then the
    explicit data type, depth, resolution and the extent in pixels.
    """
    intent, datatype, depth = {
        ScanMode.BW: (WIA_INTENT_IMAGE_TYPE_TEXT, WIA_DATA_THRESHOLD, 1),
        ScanMode.GREY: (WIA_INTENT_IMAGE_TYPE_GRAYSCALE, WIA_DATA_GRAYSCALE, 8),
        ScanMode.COLOUR: (WIA_INTENT_IMAGE_TYPE_COLOR, WIA_DATA_COLOR, 24),
    }[options.mode]
    props = [(WIA_IPS_CUR_INTENT, intent), (WIA_IPA_DATATYPE, datatype), (WIA_IPA_DEPTH, depth),
             (WIA_IPS_XRES, options.resolution), (WIA_IPS_YRES, options.resolution),
             (WIA_IPS_XPOS, 0), (WIA_IPS_YPOS, 0)]
    size = PAGE_SIZES[options.page_size]
    if size:
        props += [(WIA_IPS_XEXTENT, round(size[0] / 25.4 * options.resolution)),
                  (WIA_IPS_YEXTENT, round(size[1] / 25.4 * options.resolution))]
    return props


def wia_device_properties(options: ScanOptions) -> list[tuple[int, int]]:
    """WIA device properties (document handling) for ``options``."""
    handling = {ScanSource.FLATBED: FLATBED, ScanSource.ADF: FEEDER,
                ScanSource.ADF_DUPLEX: FEEDER | DUPLEX | FRONT_FIRST}[options.source]
    pages = options.max_pages or (1 if options.source == ScanSource.FLATBED else 0)  # 0 = all pages in the feeder
    return [(WIA_DPS_DOCUMENT_HANDLING_SELECT, handling), (WIA_DPS_PAGES, pages)]


def wia_error_message(hresult: int) -> str:
    """A sentence for a WIA error code (``hresult`` may come signed from COM)."""
    code = hresult & 0xFFFFFFFF
    messages = {
        WIA_ERROR_PAPER_JAM: translate("Scan", "paper is jammed in the document feeder"),
        WIA_ERROR_PAPER_EMPTY: translate("Scan", "the document feeder is empty"),
        WIA_ERROR_OFFLINE: translate("Scan", "the scanner is offline or was disconnected"),
        WIA_ERROR_BUSY: translate("Scan", "the scanner is busy"),
        WIA_ERROR_COVER_OPEN: translate("Scan", "the scanner cover is open"),
    }
    return messages.get(code, translate("Scan", "error 0x{code:08X} from the scanner driver").format(code=code))


def _windows_module(module: str, missing: str) -> tuple[bool, str]:
    """(available, reason): Windows and the driver bridge ``module`` importable, else why not."""
    platform = _not_windows()
    if platform:
        return platform
    try:
        importlib.import_module(module)
    except ImportError:
        return False, missing
    return True, ""


class WiaBackend(ScannerBackend):
    """Windows Image Acquisition 2.0 through its automation layer (WIA.DeviceManager)."""

    name = "wia"

    def availability(self) -> tuple[bool, str]:
        return _windows_module(
            "comtypes.client", translate("Scan", "WIA scanning needs the Python package comtypes, which is not installed."))

    def _manager(self):  # noqa: ANN202 - a COM object
        import comtypes.client

        return comtypes.client.CreateObject("WIA.DeviceManager")

    def list_devices(self) -> list[ScannerDevice]:
        self.require_available()
        devices = []
        for info in self._manager().DeviceInfos:
            if info.Type != WIA_DEVICE_TYPE_SCANNER:
                continue
            name = str(info.Properties["Name"].Value)
            vendor = str(info.Properties["Manufacturer"].Value) if _has_prop(info, "Manufacturer") else ""
            devices.append(ScannerDevice(str(info.DeviceID), vendor, name, "scanner", self.name))
        return devices

    def scan(self, device_id: str, options: ScanOptions, *, cancel: threading.Event | None = None,
             progress: ProgressCallback | None = None, keep_pages: bool = True) -> ScanResult:
        self.require_available()
        import comtypes

        result = ScanResult(keep=keep_pages)
        try:
            info = next((i for i in self._manager().DeviceInfos if str(i.DeviceID) == device_id), None)
            if info is None:
                raise IntakeError(translate("Scan", "The scanner {device} is not connected.").format(device=device_id))
            device = info.Connect()
            for pid, value in wia_device_properties(options):
                _set_prop(device.Properties, pid, value)
            item = device.Items[1]
            for pid, value in wia_properties(options):
                _set_prop(item.Properties, pid, value)
            limit = options.max_pages or (1 if not options.is_feeder else 10_000)
            while result.scanned < limit:
                if cancel is not None and cancel.is_set():
                    result.cancelled = True
                    break
                try:
                    image_file = item.Transfer(WIA_FORMAT_BMP)
                except comtypes.COMError as exc:
                    if (exc.hresult & 0xFFFFFFFF) == WIA_ERROR_PAPER_EMPTY and options.is_feeder:
                        if not result.scanned:
                            result.error = translate("Scan", "The document feeder of {device} is empty: put the pages in the feeder and scan again.").format(device=device_id)
                        break
                    raise IntakeError(wia_error_message(exc.hresult)) from exc
                data = bytes(image_file.FileData.BinaryData)
                page = _page_from_bytes(data, options.resolution)
                n = result.add(page)
                if progress:
                    progress(ScanProgress(n, page, translate("Scan", "Page {n} scanned").format(n=n)))
        except (IntakeError, OSError) as exc:
            result.error = _stopped_message(device_id, result.scanned, str(exc))
        return result


def _has_prop(info, name: str) -> bool:  # noqa: ANN001
    try:
        info.Properties[name]
    except Exception:  # noqa: BLE001 - COM raises a generic error for a missing property
        return False
    return True


def _set_prop(properties, pid: int, value: int) -> None:  # noqa: ANN001
    for prop in properties:
        if prop.PropertyID == pid:
            prop.Value = value
            return


# --------------------------------------------------------------------------------- TWAIN
@dataclass(frozen=True)
class TwainCapability:
    cap: int
    type: int
    value: int | float | bool


def twain_capabilities(options: ScanOptions) -> list[TwainCapability]:
    """TWAIN capabilities for ``options``, in negotiation order (feeder before size and type)."""
    caps: list[TwainCapability] = []
    feeder = options.is_feeder
    caps.append(TwainCapability(CAP_FEEDERENABLED, TWTY_BOOL, feeder))
    if feeder:
        caps.append(TwainCapability(CAP_AUTOFEED, TWTY_BOOL, True))
        caps.append(TwainCapability(CAP_DUPLEXENABLED, TWTY_BOOL, options.source == ScanSource.ADF_DUPLEX))
    caps.append(TwainCapability(CAP_XFERCOUNT, TWTY_INT16, options.max_pages or (-1 if feeder else 1)))
    pixel_type, depth = {ScanMode.BW: (TWPT_BW, 1), ScanMode.GREY: (TWPT_GRAY, 8),
                         ScanMode.COLOUR: (TWPT_RGB, 24)}[options.mode]
    caps.append(TwainCapability(ICAP_PIXELTYPE, TWTY_UINT16, pixel_type))
    caps.append(TwainCapability(ICAP_BITDEPTH, TWTY_UINT16, depth))
    caps.append(TwainCapability(ICAP_XRESOLUTION, TWTY_FIX32, float(options.resolution)))
    caps.append(TwainCapability(ICAP_YRESOLUTION, TWTY_FIX32, float(options.resolution)))
    caps.append(TwainCapability(ICAP_SUPPORTEDSIZES, TWTY_UINT16, TWSS[options.page_size]))
    return caps


class TwainBackend(ScannerBackend):
    """TWAIN data sources through pytwain (module ``twain``), without the vendor's dialog."""

    name = "twain"

    def availability(self) -> tuple[bool, str]:
        return _windows_module(
            "twain", translate("Scan", "TWAIN scanning needs the Python package pytwain, which is not installed."))

    def list_devices(self) -> list[ScannerDevice]:
        self.require_available()
        import twain

        with twain.SourceManager(0) as sm:
            return [ScannerDevice(name, "", name, "scanner", self.name) for name in sm.source_list]

    def scan(self, device_id: str, options: ScanOptions, *, cancel: threading.Event | None = None,
             progress: ProgressCallback | None = None, keep_pages: bool = True) -> ScanResult:
        self.require_available()
        import twain

        result = ScanResult(keep=keep_pages)
        try:
            with twain.SourceManager(0) as sm, sm.open_source(device_id) as src:
                for c in twain_capabilities(options):
                    try:
                        src.set_capability(c.cap, c.type, c.value)
                    except twain.exceptions.CheckStatus:
                        pass  # the source adjusted the value (e.g. nearest resolution): accept
                    except twain.exceptions.CapUnsupported as exc:
                        if c.cap == CAP_DUPLEXENABLED and c.value:
                            raise IntakeError(translate("Scan", "The scanner {device} has no duplex feeder; choose the simplex feeder or the flatbed.").format(device=device_id)) from exc
                src.request_acquire(show_ui=False, modal_ui=False)
                more = 1
                while more:
                    if cancel is not None and cancel.is_set():
                        result.cancelled = True
                        break
                    handle, more = src.xfer_image_natively()
                    try:
                        data = twain.dib_to_bm_file(handle)
                    finally:
                        twain.global_handle_free(handle)
                    page = _page_from_bytes(data, options.resolution)
                    n = result.add(page)
                    if progress:
                        progress(ScanProgress(n, page, translate("Scan", "Page {n} scanned").format(n=n)))
        except (IntakeError, OSError) as exc:
            result.error = _stopped_message(device_id, result.scanned, str(exc))
        except Exception as exc:  # noqa: BLE001 - pytwain raises its own exception tree; keep the pages
            result.error = _stopped_message(device_id, result.scanned, type(exc).__name__)
        return result


def _page_from_bytes(data: bytes, dpi: int) -> PageImage:
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        return PageImage(normalise_mode(img.copy()), dpi)


def _stopped_message(device_id: str, pages: int, reason: str) -> str:
    if pages:
        return translate("Scan", "Scanning on {device} stopped after {n} page(s): {reason}. The pages scanned so far are kept.").format(
            device=device_id, n=pages, reason=reason)
    return translate("Scan", "Scanning on {device} failed: {reason}.").format(device=device_id, reason=reason)
