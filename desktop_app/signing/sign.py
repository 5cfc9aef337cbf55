"""PAdES baseline B-B signing, offline: ``sign_pdf(pdf_bytes, identity, SignOptions) -> bytes``.

Every signature is an incremental update, so earlier signatures in the file stay valid.
SHA-256, the signer's full chain embedded, reason/location, and an optional visible
stamp (signer name, date, registration number) at a chosen page and position.
"""
from __future__ import annotations

import asyncio
import functools
import hashlib
import io
import logging
import os
import tempfile
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle

from desktop_app.i18n import translate

from .certs import CertificateSummary, check_signing_certificate, common_name
from .options import (  # noqa: F401 - re-exported: they live in a light module
    STAMP_MARGIN, STAMP_POSITIONS, STAMP_SIZE, SignedDocument, SignOptions, StampOptions, stamp_box_for,
)
from .errors import BadDocumentError, SigningError
from .identities import SigningIdentity

# fontTools reports every table it drops while subsetting at WARNING level; not useful here.
logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)


@dataclass(frozen=True)
class _InMemoryFontFactory(GlyphAccumulatorFactory):
    """pyHanko's GlyphAccumulatorFactory leaves the font file open; read it into memory instead."""

    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:
        with open(self.font_file, "rb") as fh:
            data = io.BytesIO(fh.read())
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(
            writer=writer,
            font_handle=data,
            font_size=self.font_size,
            ot_script_tag=self.ot_script_tag,
            ot_language_tag=self.ot_language_tag,
            writing_direction=self.writing_direction,
            bcp47_lang_code=self.bcp47_lang_code,
            obj_stream=obj_stream,
        )


def find_unicode_font(explicit: str | None = None) -> str | None:
    """Path of a TrueType font able to draw Azerbaijani and Cyrillic text, or None."""
    for cand in ((explicit,) if explicit else ()) + _FONT_CANDIDATES:
        if cand and Path(cand).is_file():
            return cand
    return None


# Unicode ranges kept in the stamp font: Latin (incl. Azerbaijani), Cyrillic, punctuation.
_STAMP_UNICODES = (
    list(range(0x20, 0x2B0)) + list(range(0x400, 0x530)) + list(range(0x2000, 0x2070)) + [0x20AC, 0x2116]
)


@functools.lru_cache(maxsize=8)
def stamp_font(source: str) -> str:
    """A copy of ``source`` reduced to the stamp's scripts and rescaled to 1000 units/em.

    pyHanko writes glyph widths in the font's own units while PDF expects 1/1000 em,
    so fonts with 2048 units/em (DejaVu, Arial...) come out letter-spaced. Rescaling the
    font once fixes that; the result is cached in the temp directory.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    st = os.stat(source)
    key = hashlib.sha256(f"{source}|{st.st_size}|{st.st_mtime_ns}|v2".encode()).hexdigest()[:20]
    cache_dir = Path(tempfile.gettempdir()) / "docflow-stamp-fonts"
    target = cache_dir / f"{key}.ttf"
    if target.is_file():
        return str(target)
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".part")
    os.close(fd)
    try:
        with TTFont(source) as font:
            if font["head"].unitsPerEm != 1000:
                opts = subset.Options()
                opts.layout_features = ["*"]
                opts.name_IDs = ["*"]
                opts.notdef_outline = True
                sub = subset.Subsetter(opts)
                sub.populate(unicodes=_STAMP_UNICODES)
                sub.subset(font)
                scale_upem(font, 1000)
            font.save(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return str(target)


def open_pdf_for_update(pdf_bytes: bytes) -> IncrementalPdfFileWriter:
    """Open PDF bytes for an incremental update, or raise BadDocumentError with the reason."""
    if not pdf_bytes.lstrip()[:5].startswith(b"%PDF-"):
        raise BadDocumentError(
            translate("Signing", "The file is not a PDF document."),
            code="not_pdf",
        )
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
    except (PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise BadDocumentError(
            translate("Signing", "The PDF document cannot be read: {reason}").format(reason=str(exc)[:200]),
            code="corrupt_pdf",
        ) from None
    if writer.prev.encrypted:
        raise BadDocumentError(
            translate("Signing", "The PDF document is encrypted; Docflow signs only unencrypted documents."),
            code="encrypted_pdf",
        )
    return writer


def _page_count(writer: IncrementalPdfFileWriter) -> int:
    return int(writer.root["/Pages"]["/Count"])


def _page_mediabox(writer: IncrementalPdfFileWriter, page_ix: int) -> tuple[float, float, float, float]:
    page_ref, _res = writer.find_page_for_modification(page_ix)
    node = page_ref.get_object()
    while node is not None:
        if "/MediaBox" in node:
            return tuple(float(v) for v in node["/MediaBox"])  # type: ignore[return-value]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return (0.0, 0.0, 612.0, 792.0)  # PDF default (US Letter) when a broken file has none


def _resolve_page(writer: IncrementalPdfFileWriter, page: int) -> int:
    n = _page_count(writer)
    ix = page if page >= 0 else n + page
    if not 0 <= ix < n:
        raise SigningError(
            translate("Signing", "Page {page} does not exist; the document has {count} pages.").format(
                page=page + 1 if page >= 0 else page, count=n
            ),
            code="bad_stamp_page",
        )
    return ix


def next_field_name(writer) -> str:
    existing = {name for name, _v, _r in fields.enumerate_sig_fields(writer)}
    n = 1
    while f"Signature{n}" in existing:
        n += 1
    return f"Signature{n}"


def stamp_time(now: datetime | None = None, tz: str | None = None) -> str:
    """The signing time as the stamp prints it: the institution's time zone, with its offset
    (``27.11.2026 14:05 (UTC+04:00)``) -- not UTC, which people read as a wrong hour."""
    from desktop_app import locale as loc

    local = loc.to_local(now or datetime.now(timezone.utc), tz)
    offset = local.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if len(offset) == 5 else offset
    return f"{loc.format_datetime(local)} (UTC{offset})"


def stamp_text(signer_name: str, registration_number: str | None, when: str | None = None) -> str:
    """The visible stamp's text, with the signing time in the institution's time zone."""
    lines = [
        translate("Signing", "Digitally signed by {name}").format(name=signer_name),
        translate("Signing", "Date: {date}").format(date=when or stamp_time()),
    ]
    if registration_number:
        lines.append(translate("Signing", "Reg. No.: {number}").format(number=registration_number))
    # pyHanko formats the text with %-placeholders: a literal % must be doubled.
    return "\n".join(line.replace("%", "%%") for line in lines)


# Reserved signature size per signer. pyHanko estimates it for every document by building a
# complete dummy CMS (about 40% of the signing time); the size depends only on the signer
# (certificates, key) and the attributes, so one estimate per signer is enough.
_reserved_sizes: "weakref.WeakKeyDictionary[signers.Signer, int]" = weakref.WeakKeyDictionary()


def reserved_signature_size(signer: signers.Signer) -> int:
    """Hex characters to reserve for this signer's CMS: pyHanko's own estimate (+50 %), memoised."""
    size = _reserved_sizes.get(signer)
    if size is None:
        from cryptography.hazmat.primitives import hashes
        from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

        digest = hashes.Hash(hashes.SHA256()).finalize()
        attrs = PdfCMSSignedAttributes(signing_time=datetime.now(timezone.utc))
        dummy = asyncio.run(
            signer.async_sign(digest, "sha256", use_pades=True, dry_run=True, signed_attr_settings=attrs)
        )
        test_len = len(dummy.dump()) * 2
        size = test_len + 2 * (test_len // 4)
        _reserved_sizes[signer] = size
    return size


def sign_pdf_detailed(pdf_bytes: bytes, identity: SigningIdentity, options: SignOptions = SignOptions()) -> SignedDocument:
    """Sign ``pdf_bytes`` (PAdES B-B) and describe the result. Nothing is written anywhere."""
    cert = identity.certificate
    check_signing_certificate(cert)
    writer = open_pdf_for_update(pdf_bytes)
    field_name = options.field_name or next_field_name(writer)

    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=options.reason or None,
        location=options.location or None,
        contact_info=options.contact_info or None,
    )
    stamp_style = None
    field_spec = None
    if options.stamp is not None:
        st = options.stamp
        page_ix = _resolve_page(writer, st.page)
        box = st.box or stamp_box_for(st.position, _page_mediabox(writer, page_ix))
        font_path = find_unicode_font(st.font_path)
        box_style = TextBoxStyle(font_size=8)
        if font_path is not None:
            # The engine's and the box's font sizes must match, or lines drift sideways.
            box_style = TextBoxStyle(font=_InMemoryFontFactory(stamp_font(font_path), font_size=8), font_size=8)
        stamp_style = TextStampStyle(
            stamp_text=stamp_text(st.signer_name or common_name(cert), st.registration_number),
            text_box_style=box_style,
            timestamp_format="%Y-%m-%d %H:%M",  # not used: the text carries the local time itself
            border_width=1,
            background=None,
        )
        field_spec = fields.SigFieldSpec(
            sig_field_name=field_name, on_page=page_ix, box=tuple(int(round(v)) for v in box)
        )
    pdf_signer = signers.PdfSigner(meta, signer=identity.signer, stamp_style=stamp_style, new_field_spec=field_spec)
    signed_at = datetime.now(timezone.utc)
    try:
        out = pdf_signer.sign_pdf(writer, bytes_reserved=reserved_signature_size(identity.signer))
    except SigningError:
        raise
    except Exception as exc:
        # Token errors (card pulled out, session closed) and pyHanko failures end here.
        raise SigningError(
            translate("Signing", "Signing failed: {reason}").format(reason=f"{type(exc).__name__}: {exc}"[:300]),
            code="sign_failed",
        ) from exc
    data = out.getvalue()
    return SignedDocument(
        pdf=data,
        field_name=field_name,
        signer=CertificateSummary.of(cert),
        signed_at=signed_at,
        bytes_added=len(data) - len(pdf_bytes),
    )


def sign_pdf(pdf_bytes: bytes, identity: SigningIdentity, options: SignOptions = SignOptions()) -> bytes:
    """Sign ``pdf_bytes`` with PAdES B-B as an incremental update; return the new bytes.

    Raises:
        CertificateRefused: the certificate may not sign (key usage, expired, not yet valid).
        BadDocumentError: the input is not a readable, unencrypted PDF.
        SigningError: anything else, with the reason.
    """
    return sign_pdf_detailed(pdf_bytes, identity, options).pdf
