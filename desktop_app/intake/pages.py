"""The page: one raster image with its resolution, as it travels scan -> clean-up -> PDF -> OCR."""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from PIL import Image

from desktop_app.errors import IntakeError  # noqa: F401 - re-exported: intake's steps raise it


class Compression(str, Enum):
    """How a page's image is stored in the PDF."""

    AUTO = "auto"    # bilevel images -> G4, everything else -> JPEG
    G4 = "g4"        # CCITT Group 4 (bilevel; a grey/colour page is thresholded)
    JPEG = "jpeg"    # JPEG at the chosen quality (grey or colour)


@dataclass(frozen=True)
class PageImage:
    """One page raster.

    Attributes:
        image: Pillow image in mode ``1`` (bilevel), ``L`` (grey) or ``RGB`` (colour).
        dpi: Resolution the image was scanned/rendered at (same horizontally and vertically).
        compression: Per-page override of the document's compression (``AUTO`` = follow the options).
    """

    image: Image.Image
    dpi: int = 300
    compression: Compression = Compression.AUTO

    @property
    def size_mm(self) -> tuple[float, float]:
        return self.image.width * 25.4 / self.dpi, self.image.height * 25.4 / self.dpi

    def with_image(self, image: Image.Image) -> "PageImage":
        return replace(self, image=image)

    def rotated(self, degrees: int) -> "PageImage":
        """The page turned clockwise by a multiple of 90 degrees."""
        degrees %= 360
        if degrees == 0:
            return self
        transpose = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
        return replace(self, image=self.image.transpose(transpose[degrees]))


def normalise_mode(image: Image.Image) -> Image.Image:
    """Bring any Pillow mode to one of ``1``, ``L``, ``RGB`` (alpha flattened on white)."""
    if image.mode in ("1", "L", "RGB"):
        return image
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.point(lambda v: v / 256).convert("L")
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat = Image.alpha_composite(background, rgba).convert("RGB")
        return flat.convert("L") if image.mode in ("LA",) else flat
    return image.convert("RGB")
