"""TWAIN/WIA backends: they import and say 'unavailable' here; their option mapping is plain code.

The COM/TWAIN calls themselves need Windows and a scanner driver, which cannot run on this
Linux machine; what can be checked here is the mapping onto the documented WIA property ids
and TWAIN capabilities, and the availability message.
"""
import sys

import pytest

from desktop_app.intake import windows as w
from desktop_app.intake.pages import IntakeError
from desktop_app.intake.scanner import (
    ScanMode, ScanOptions, ScanProfile, ScanSource, ScannerUnavailable, default_profiles, platform_backends,
    profiles_from_settings, profiles_to_settings,
)


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows message")
@pytest.mark.parametrize("backend", [w.WiaBackend(), w.TwainBackend()])
def test_windows_backends_report_unavailable_clearly(backend):
    ok, reason = backend.availability()
    assert not ok and "only be used on Windows" in reason
    with pytest.raises(ScannerUnavailable, match="Windows"):
        backend.list_devices()
    with pytest.raises(ScannerUnavailable):
        backend.scan("any", ScanOptions())


def test_platform_backends_on_linux_is_sane():
    assert [b.name for b in platform_backends()] == (["wia", "twain"] if sys.platform == "win32" else ["sane"])


def test_wia_mapping():
    props = dict(w.wia_properties(ScanOptions(ScanMode.BW, 300, ScanSource.ADF_DUPLEX, "A4")))
    assert props[w.WIA_IPS_CUR_INTENT] == w.WIA_INTENT_IMAGE_TYPE_TEXT
    assert props[w.WIA_IPA_DATATYPE] == w.WIA_DATA_THRESHOLD and props[w.WIA_IPA_DEPTH] == 1
    assert props[w.WIA_IPS_XRES] == props[w.WIA_IPS_YRES] == 300
    assert props[w.WIA_IPS_XEXTENT] == 2480 and props[w.WIA_IPS_YEXTENT] == 3508  # A4 at 300 dpi
    order = [pid for pid, _ in w.wia_properties(ScanOptions())]
    assert order[0] == w.WIA_IPS_CUR_INTENT  # intent first: it resets type and depth
    dev = dict(w.wia_device_properties(ScanOptions(source=ScanSource.ADF_DUPLEX)))
    assert dev[w.WIA_DPS_DOCUMENT_HANDLING_SELECT] == w.FEEDER | w.DUPLEX | w.FRONT_FIRST
    assert dev[w.WIA_DPS_PAGES] == 0  # all sheets in the feeder
    flat = dict(w.wia_device_properties(ScanOptions(ScanMode.COLOUR, source=ScanSource.FLATBED)))
    assert flat == {w.WIA_DPS_DOCUMENT_HANDLING_SELECT: w.FLATBED, w.WIA_DPS_PAGES: 1}
    grey = dict(w.wia_properties(ScanOptions(ScanMode.GREY, 200, page_size="max")))
    assert grey[w.WIA_IPA_DATATYPE] == w.WIA_DATA_GRAYSCALE and w.WIA_IPS_XEXTENT not in grey


def test_wia_error_messages():
    assert "jammed" in w.wia_error_message(w.WIA_ERROR_PAPER_JAM)
    assert "offline" in w.wia_error_message(w.WIA_ERROR_OFFLINE - (1 << 32))  # COM gives signed HRESULTs
    assert "0x80210099" in w.wia_error_message(0x80210099)


def test_twain_mapping():
    caps = {c.cap: c for c in w.twain_capabilities(ScanOptions(ScanMode.GREY, 200, ScanSource.ADF_DUPLEX, "Letter"))}
    assert caps[w.CAP_FEEDERENABLED].value is True and caps[w.CAP_DUPLEXENABLED].value is True
    assert caps[w.CAP_XFERCOUNT].value == -1  # until the feeder is empty
    assert caps[w.ICAP_PIXELTYPE].value == w.TWPT_GRAY and caps[w.ICAP_BITDEPTH].value == 8
    assert caps[w.ICAP_XRESOLUTION].value == 200.0 and caps[w.ICAP_XRESOLUTION].type == w.TWTY_FIX32
    assert caps[w.ICAP_SUPPORTEDSIZES].value == 3  # TWSS_USLETTER
    flat = {c.cap: c.value for c in w.twain_capabilities(ScanOptions(ScanMode.BW, 300, ScanSource.FLATBED))}
    assert flat[w.CAP_FEEDERENABLED] is False and w.CAP_DUPLEXENABLED not in flat
    assert flat[w.CAP_XFERCOUNT] == 1 and flat[w.ICAP_PIXELTYPE] == w.TWPT_BW
    order = [c.cap for c in w.twain_capabilities(ScanOptions(source=ScanSource.ADF))]
    assert order.index(w.CAP_FEEDERENABLED) < order.index(w.ICAP_SUPPORTEDSIZES)


def test_profiles_round_trip_through_settings():
    profiles = default_profiles() + [ScanProfile("Mine", ScanOptions(ScanMode.COLOUR, 150, "adf", "Legal", 5), "test:0")]
    stored = profiles_to_settings(profiles)
    import json

    assert profiles_from_settings(json.loads(json.dumps(stored))) == profiles
    assert profiles_from_settings(None) == default_profiles()
    assert any(p.options.source == ScanSource.ADF_DUPLEX and p.options.mode == ScanMode.BW for p in default_profiles())


def test_bad_options_and_profiles_are_clear():
    with pytest.raises(IntakeError, match="between 50 and 1200"):
        ScanOptions(resolution=5000)
    with pytest.raises(IntakeError, match="page size"):
        ScanOptions(page_size="B9")
    with pytest.raises(IntakeError, match="profile"):
        ScanProfile.from_dict({"options": {}})
