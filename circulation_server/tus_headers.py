"""The headers of tus requests, checked (no database): ``Tus-Resumable``, ``Upload-Metadata``,
``Upload-Checksum``, a creation's headers (``Creation``). Shared by ``routers/uploads.py`` and
``fastpath.UploadFastPath``, which answer every request they both take alike."""
from __future__ import annotations

import base64
import binascii
import re
from typing import NamedTuple, Optional

from circulation_server import whole_upload
from circulation_server.errors import ApiError
from docflow_protocol import (
    TUS_CHECKSUM_ALGORITHMS, TUS_VERSION, UPLOAD_META_BASE, UPLOAD_META_BASE_LENGTH, ErrorCode, is_media_type,
    is_sha256_hex, parse_decimal, validate_file_name,
)


def require_tus(value: Optional[str]) -> None:
    if value != TUS_VERSION:
        raise ApiError(412, ErrorCode.TUS_VERSION_UNSUPPORTED,
                       f"Tus-Resumable must be {TUS_VERSION}.", headers={"Tus-Version": TUS_VERSION})


def parse_metadata(value: Optional[str]) -> dict[str, str]:
    """Decode ``Upload-Metadata: key b64,key b64`` into a dict of strings."""
    out: dict[str, str] = {}
    if not value:
        return out
    for part in value.split(","):
        bits = part.strip().split(" ")
        if not bits[0] or len(bits) > 2:
            raise ApiError(400, ErrorCode.INVALID_UPLOAD_METADATA, f"Upload-Metadata pair {part.strip()!r} is malformed.")
        try:
            out[bits[0]] = base64.b64decode(bits[1], validate=True).decode("utf-8") if len(bits) == 2 else ""
        except (binascii.Error, UnicodeDecodeError):
            raise ApiError(400, ErrorCode.INVALID_UPLOAD_METADATA,
                           f"Upload-Metadata value of {bits[0]!r} is not base64-encoded UTF-8.") from None
    return out


def is_whole(spec: "Creation", declared: Optional[int]) -> bool:
    """The creation's body is the whole file, small enough to be read whole (``whole_upload``)."""
    return spec.base is None and declared == spec.length and 0 < spec.length <= whole_upload.WHOLE_IN_MEMORY


def whole_creation(services, content_length: Optional[str], transfer_encoding: Optional[str],
                   content_type: Optional[str], upload_checksum: Optional[str], upload_length: Optional[str],
                   upload_metadata: Optional[str], upload_defer_length: Optional[str]):
    """``(Creation, Upload-Checksum digest or None)`` when a creation's headers (Tus-Resumable aside)
    pass every check of ``create_upload`` and its body is the whole file; None otherwise (then
    ``create_upload`` answers, with its errors). For ``fastpath.UploadFastPath``."""
    if transfer_encoding is not None:
        return None
    declared = parse_decimal(content_length)
    try:
        require_offset_stream(content_type, "A creation with upload")
        expected = parse_checksum(upload_checksum)
        spec = parse_creation(services, upload_length, upload_metadata, upload_defer_length)
    except ApiError:
        return None
    return (spec, expected) if is_whole(spec, declared) else None


class Creation(NamedTuple):
    """A creation's headers, validated."""

    length: int
    sha: str
    filename: Optional[str]
    media_type: Optional[str]
    base: Optional[tuple[str, int]]


def parse_creation(services, upload_length, upload_metadata, upload_defer_length) -> Creation:
    """Validate a creation's headers (no database)."""
    if upload_defer_length is not None:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "Upload-Defer-Length is not supported; send Upload-Length.")
    length = parse_decimal(upload_length)
    if length is None:
        if upload_length is not None and re.fullmatch(r"[0-9]+", upload_length):  # far too many digits
            raise ApiError(413, ErrorCode.FILE_TOO_LARGE,
                           f"Upload-Length exceeds Tus-Max-Size {services.settings.max_file_size}.")
        raise ApiError(400, ErrorCode.INVALID_REQUEST,
                       "Upload-Length must be a non-negative integer in ASCII digits.")
    if length > services.settings.max_file_size:
        raise ApiError(413, ErrorCode.FILE_TOO_LARGE,
                       f"Upload-Length {length} exceeds Tus-Max-Size {services.settings.max_file_size}.")
    meta = parse_metadata(upload_metadata)
    sha = meta.get("sha256", "").strip().lower()
    if not is_sha256_hex(sha):
        raise ApiError(400, ErrorCode.INVALID_UPLOAD_METADATA,
                       "Upload-Metadata must carry 'sha256' (hex SHA-256 of the whole file, base64-encoded).")
    filename = meta.get("filename")
    if filename is not None:
        reason = validate_file_name(filename)
        if reason:
            raise ApiError(400, ErrorCode.INVALID_FILE_NAME, f"File name {filename[:80]!r} {reason}.")
    media_type = meta.get("media_type") or meta.get("filetype")
    if media_type is not None and not is_media_type(media_type):
        raise ApiError(400, ErrorCode.INVALID_UPLOAD_METADATA,
                       f"Upload-Metadata media_type {media_type[:80]!r} is not a media type such as application/pdf.")
    return Creation(length, sha, filename, media_type, parse_base(meta, length))


def parse_base(meta: dict[str, str], length: int) -> Optional[tuple[str, int]]:
    """A delta's base named in the metadata (``base`` sha256, ``base_length``), or None."""
    if UPLOAD_META_BASE not in meta and UPLOAD_META_BASE_LENGTH not in meta:
        return None
    base = meta.get(UPLOAD_META_BASE, "").strip().lower()
    base_length = parse_decimal(meta.get(UPLOAD_META_BASE_LENGTH, ""))
    if not is_sha256_hex(base) or base_length is None:
        raise ApiError(400, ErrorCode.INVALID_UPLOAD_METADATA,
                       f"Upload-Metadata of a delta must carry '{UPLOAD_META_BASE}' (hex SHA-256 of the file it "
                       f"extends) and '{UPLOAD_META_BASE_LENGTH}' (that file's size in ASCII digits).")
    if base_length >= length:
        raise ApiError(400, ErrorCode.INVALID_UPLOAD_METADATA,
                       f"The base of a delta ({base_length} bytes) must be shorter than Upload-Length {length}.")
    return base, base_length


def require_offset_stream(content_type: Optional[str], what: str) -> None:
    """415 unless the body is declared as tus bytes (``application/offset+octet-stream``)."""
    if (content_type or "").split(";")[0].strip().lower() != "application/offset+octet-stream":
        raise ApiError(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, f"{what} needs Content-Type: application/offset+octet-stream.")


def parse_checksum(value: Optional[str]):
    if value is None:
        return None
    bits = value.strip().split(" ")
    if len(bits) != 2:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "Upload-Checksum must be '<algorithm> <base64 digest>'.")
    if bits[0].lower() not in TUS_CHECKSUM_ALGORITHMS:
        raise ApiError(400, ErrorCode.CHECKSUM_ALGORITHM_UNSUPPORTED,
                       f"Checksum algorithm {bits[0]!r} is not supported; use sha256.")
    try:
        digest = base64.b64decode(bits[1], validate=True)
    except binascii.Error:
        raise ApiError(400, ErrorCode.INVALID_REQUEST, "Upload-Checksum digest is not base64.") from None
    return digest
