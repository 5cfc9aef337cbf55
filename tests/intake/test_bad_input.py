"""Bad image input: a clear message naming the file and the reason, nothing produced."""
import io
import struct
import zlib

import pytest
from PIL import Image

from desktop_app.errors import InvalidInput
from desktop_app.intake.images import pages_from_image_bytes, pages_from_image_file


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(width: int, height: int) -> bytes:
    """A real decompression bomb: a valid 1-bit PNG of width x height zeros, compressed to little."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    comp = zlib.compressobj(6)
    idat = b"".join(comp.compress(row) for _ in range(height)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def test_good_png_jpeg_and_multipage_tiff():
    img = Image.new("L", (400, 300), 200)
    assert len(pages_from_image_bytes("a.png", _png(img))) == 1
    buf = io.BytesIO()
    img.save(buf, "JPEG", dpi=(200, 200))
    (page,) = pages_from_image_bytes("a.jpg", buf.getvalue())
    assert page.dpi == 200 and page.image.mode == "L"
    buf = io.BytesIO()
    img.convert("1").save(buf, "TIFF", compression="tiff_deflate", save_all=True,
                          append_images=[img.convert("1"), img.convert("RGB")], dpi=(300, 300))
    pages = pages_from_image_bytes("scan.tif", buf.getvalue())
    assert [p.image.mode for p in pages] == ["1", "1", "RGB"] and pages[0].dpi == 300


def test_corrupt_and_truncated_images():
    data = _png(Image.effect_noise((300, 300), 50).convert("L"))
    with pytest.raises(InvalidInput, match=r"cut\.png: the image is damaged or truncated"):
        pages_from_image_bytes("cut.png", data[: len(data) // 2])
    corrupted = bytearray(data)
    corrupted[200:260] = b"\xff" * 60
    with pytest.raises(InvalidInput, match="damaged"):
        pages_from_image_bytes("bad.png", bytes(corrupted))


def test_huge_image_is_refused_before_decoding():
    """A real 20,000 x 20,000 px image (a 1-bit PNG, small on disk)."""
    data = bomb_png(20_000, 20_000)
    assert len(data) < 200_000
    with pytest.raises(InvalidInput, match=r"huge\.png: .*(too large|decompression bomb)"):
        pages_from_image_bytes("huge.png", data)


def test_decompression_bomb():
    data = bomb_png(30_000, 30_000)  # 900 megapixels from a file of ~100 KB
    with pytest.raises(InvalidInput, match="decompression bomb"):
        pages_from_image_bytes("bomb.png", data)


def test_non_image_with_image_extension(tmp_path):
    fake = tmp_path / "letter.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a Windows program, not a photo" * 10)
    with pytest.raises(InvalidInput, match=r"letter\.jpg: not a PDF or an image"):
        pages_from_image_file(fake)
    with pytest.raises(InvalidInput, match="empty"):
        pages_from_image_bytes("zero.png", b"")
    with pytest.raises(InvalidInput, match="no longer there"):
        pages_from_image_file(tmp_path / "gone.png")
    from desktop_app.intake.pdf import build_pdf
    from desktop_app.intake.samples import render_page

    with pytest.raises(InvalidInput, match=r"doc\.png: this is a PDF"):
        pages_from_image_bytes("doc.png", build_pdf([render_page("x", 50, size_mm=(50, 50))]))
