"""A PDF hex string (``<...>``) read in C, for pyHanko's object reader.

pyHanko reads a hex string one byte at a time in Python (``generic.read_hex_string_from_stream``:
a generator of ``read_non_whitespace`` calls). A signature's ``/Contents`` is such a string, the
CMS signature in hex padded with zeros to the space reserved for it (~16,000 digits for a small
signature): reading it was nearly half of a signed-file check's CPU (``signed_files``), ~2 ms.

``read_hex_string`` reads the same thing: it reads ahead to the first ``>``, and when what lies
between is hex digits and PDF whitespace only -- the case of every hex string a writer makes --
it decodes it with ``binascii`` and leaves the stream right after the ``>``, as pyHanko's reader
does. Anything else (a comment inside the string, a character that is not a hex digit, no ``>``
before the end of the stream) is handed back to pyHanko's own reader from the string's start,
which reads it, or refuses it with its own error, exactly as before. ``install`` puts it in
place of pyHanko's reader (once; the server imports pyHanko only when a signed file comes).
"""
from __future__ import annotations

import binascii
import os
import threading

_WHITESPACE = b" \n\r\t\f\x00"        # pyhanko.pdf_utils.misc.PDF_WHITESPACE
_HEX_DIGITS = b"0123456789abcdefABCDEF"
_FIRST_READ = 256                      # most hex strings (/ID) are short; a signature's is read in a few more
_lock = threading.Lock()
_original = None        # pyHanko's reader (set by install)
_pdf_string = None      # pyhanko.pdf_utils.generic.pdf_string (set by install)


def read_hex_string(stream):
    """pyHanko's ``read_hex_string_from_stream``, with the digits found and decoded in C."""
    start = stream.tell()
    buf = stream.read(_FIRST_READ)
    end = buf.find(b">", 1)
    size = _FIRST_READ
    while end < 0:
        size *= 4
        more = stream.read(size)
        if not more:
            break
        searched = len(buf)
        buf += more
        end = buf.find(b">", searched)
    digits = buf[1:end].translate(None, _WHITESPACE) if end > 0 else b""
    if end < 0 or digits.translate(None, _HEX_DIGITS):  # a comment ("%"), another character, no end
        stream.seek(start, os.SEEK_SET)
        return _original(stream)
    stream.seek(start + end + 1, os.SEEK_SET)
    if len(digits) % 2:
        digits += b"0"
    return _pdf_string(binascii.unhexlify(digits))


def install() -> None:
    """Put ``read_hex_string`` in place of pyHanko's reader (its object reader looks it up by name)."""
    global _original, _pdf_string
    from pyhanko.pdf_utils import generic

    with _lock:
        if _original is None:
            _pdf_string = generic.pdf_string
            _original = generic.read_hex_string_from_stream
            generic.read_hex_string_from_stream = read_hex_string
