"""The server reads a PDF's hex strings (a signature's /Contents above all) in C (circulation_server.pdf_hex),
with the same result, stream position and refusals as pyHanko's own reader, on real signed files too."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic

from circulation_server import pdf_hex, signed_files
from tests.server.signed_pdfs import Signer, add_dss, plain_pdf, sign, timestamp

pdf_hex.install()
ORIGINAL = pdf_hex._original

HEX_STRINGS = [
    b"<48656c6c6f>rest", b"<48656C6C6F> ", b"<48 65\n6c\t6c\r6f\x00\x0c>x", b"<486>", b"<>", b"< >", b"<0>",
    b"<4%comment>\n8>tail",          # a comment inside: pyHanko's reader takes it
    b"<48G5>", b"<48 > 65>", b"<4865", b"<", b"<48(65>", b"<feff004100420043>", b"<" + b"0" * 255 + b">",
    b"<" + b"a" * 254 + b">", b"<" + b"b" * 256 + b">", b"<" + b"c" * 1279 + b">", b"<" + b"1" * 1280 + b">",
    b"<" + b"30 " * 40000 + b">trailer", b"<" + b"d" * 70000,   # long, spanning several reads; and with no end
]


def _read(reader, data: bytes):
    stream = io.BytesIO(b"12 0 obj " + data)
    stream.seek(9)
    try:
        value = reader(stream)
        return ("ok", type(value).__name__, bytes(value) if isinstance(value, bytes) else value.original_bytes,
                stream.tell())
    except Exception as exc:  # noqa: BLE001 - the refusal is what is compared
        return ("refused", type(exc).__name__, str(exc))


@pytest.mark.parametrize("data", HEX_STRINGS, ids=range(len(HEX_STRINGS)))
def test_a_hex_string_reads_as_pyhankos_reader_reads_it(data):
    assert _read(pdf_hex.read_hex_string, data) == _read(ORIGINAL, data)


def _verdict(path: Path, cert: str, level: str = "B-B"):
    try:
        signed_files.check_signed_file(path, cert, level)
        return None
    except signed_files.SignedFileRefused as refusal:
        return refusal.code, refusal.message


def _contents_variants(good: bytes) -> dict[str, bytes]:
    """A signed file with its /Contents broken in the ways a hostile or damaged file may be."""
    start = re.search(rb"/Contents\s*<", good).end()
    end = good.index(b">", start)
    return {"bad digit": good[:start + 10] + b"G" + good[start + 11:],
            "comment": good[:start + 10] + b"%" + good[start + 11:],
            "newline": good[:start + 10] + b"\n" + good[start + 11:],
            "changed digit": good[:start] + (b"F" if good[start:start + 1] != b"F" else b"E") + good[start + 1:],
            "no end": good[:end] + b"0" + good[end + 1:]}


def test_signed_files_keep_their_verdicts_and_their_contents_is_read_in_c(tmp_path, monkeypatch):
    a, b = Signer("Signer A"), Signer("Signer B")
    one = sign(plain_pdf("Reply"), a)
    files = {"signed": (one, a, "B-B"), "two signers": (sign(one, b, "Signature2"), b, "B-B"),
             "B-LT": (add_dss(timestamp(one), a), a, "B-LT"), "B-T claimed, none": (one, a, "B-T")}
    files.update({name: (data, a, "B-B") for name, data in _contents_variants(one).items()})
    files["cut in its /Contents"] = (one[:re.search(rb"/Contents\s*<", one).end() + 100], a, "B-B")
    paths = {}
    for name, (data, signer, level) in files.items():
        paths[name] = tmp_path / f"{len(paths)}.pdf"
        paths[name].write_bytes(data)

    calls = []
    counted = generic.read_non_whitespace
    monkeypatch.setattr(generic, "read_non_whitespace", lambda *a, **k: calls.append(1) or counted(*a, **k))
    verdicts = {name: _verdict(paths[name], signer.cert_sha256, level) for name, (_, signer, level) in files.items()}
    assert generic.read_hex_string_from_stream is pdf_hex.read_hex_string
    # pyHanko's reader calls read_non_whitespace once per hex digit: ~3,300 times for one small signature
    assert len(calls) < 600 * len(files), len(calls)

    assert verdicts["signed"] is None and verdicts["two signers"] is None and verdicts["B-LT"] is None
    assert "has no timestamp" in verdicts["B-T claimed, none"][1]
    for name in _contents_variants(one):
        code, message = verdicts[name]
        assert code == "signature_invalid" and "not a readable signed PDF" in message, (name, message)
    assert verdicts["cut in its /Contents"] == ("signature_invalid",   # its first revision, unsigned, is read
                                                "The signed file holds no signature by the named certificate.")

    monkeypatch.setattr(generic, "read_hex_string_from_stream", ORIGINAL)
    assert verdicts == {name: _verdict(paths[name], signer.cert_sha256, level)
                        for name, (_, signer, level) in files.items()}
