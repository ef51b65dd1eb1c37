"""Reading badge QR codes back as a person at the door would: one badge at a time, with two readers.

Each page is rendered once by poppler (``pdftoppm``, grey, no PNG compression), cut into its badge faces
(where the layout puts them), and every face is handed to zbar (``zbarimg``, in its text mode, so a code
without the right character-set marker shows up as mojibake) and to zxing-cpp. A face counts as read when
the reader returns exactly the payload printed on it. Badges are cut apart because that is what a scanner
sees; on a whole sheet zbar can pair finder patterns of neighbouring codes that line up.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from govcamp.exports.badges import BadgeSheet


@dataclass
class ScanResult:
    """Faces that each reader could not read, as (page, face index, payload)."""

    faces: int = 0
    zbar_missed: list[tuple[int, int, str]] = field(default_factory=list)
    zxing_missed: list[tuple[int, int, str]] = field(default_factory=list)

    def rate(self, reader: str) -> float:
        missed = self.zbar_missed if reader == "zbar" else self.zxing_missed
        return 1 - len(missed) / self.faces if self.faces else 1.0


def scan_badges(pdf: Path, sheet: BadgeSheet, dpi: int, pages: Sequence[int] | None = None) -> ScanResult:
    """Render ``pdf`` (written from ``sheet``) at ``dpi`` and read every badge face's QR code."""
    result = ScanResult()
    scale = dpi / 72
    numbers = range(sheet.page_count) if pages is None else pages
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        crops: list[tuple[int, int, str, Path]] = []
        numbers = list(numbers)
        for first in range(0, len(numbers), 20):  # a few pages at a time: a 300 dpi page is 8 MB
            group = numbers[first : first + 20]
            if not group:
                continue
            pages_wanted = ["-f", str(group[0] + 1), "-l", str(group[-1] + 1)]
            command = ["pdftoppm", "-r", str(dpi), "-gray", *pages_wanted, str(pdf), str(folder / "page")]
            subprocess.run(command, check=True, timeout=600)
            rendered = sorted(folder.glob("page-*.pgm"))
            for number in group:
                path = next(p for p in rendered if int(p.stem.rsplit("-", 1)[1]) == number + 1)
                _cut(Image.open(path), number, sheet, scale, folder, result, crops)
                path.unlink()
            for path in rendered:
                path.unlink(missing_ok=True)
            result.zbar_missed += _zbar(crops)
            for *_rest, path in crops:
                path.unlink()
            crops.clear()
    return result


def _cut(
    page: Image.Image,
    number: int,
    sheet: BadgeSheet,
    scale: float,
    folder: Path,
    result: ScanResult,
    crops: list[tuple[int, int, str, Path]],
) -> None:
    """Cut page ``number`` into its faces: zxing-cpp reads each now, zbar gets each as a file."""
    import zxingcpp

    height = sheet.layout.page_height
    for index, face in enumerate(sheet.page(number).faces):
        payload = _payload(face)
        if not payload:
            continue
        x, y, w, h = face.box
        box = (
            round(x * scale),
            round((height - y - h) * scale),
            round((x + w) * scale),
            round((height - y) * scale),
        )
        crop = page.crop(box)
        found = [b.text for b in zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.QRCode)]
        if payload not in found:
            result.zxing_missed.append((number, index, payload))
        path = folder / f"f{number}-{index}.pgm"
        crop.save(path)
        crops.append((number, index, payload, path))
        result.faces += 1


def _payload(face: object) -> str:
    from govcamp.exports.badges import QrItem

    items = getattr(face, "items", ())
    return next((item.payload for item in items if isinstance(item, QrItem)), "")


def _zbar(crops: list[tuple[int, int, str, Path]]) -> list[tuple[int, int, str]]:
    """zbarimg over all crops in one run: it prints each symbol's text and a newline, in file order."""
    missed: list[tuple[int, int, str]] = []
    for start in range(0, len(crops), 200):  # keep the command line short
        chunk = crops[start : start + 200]
        out = subprocess.run(
            ["zbarimg", "--nodbus", "--raw", "-q", "-Sdisable", "-Sqrcode.enable"]
            + [str(path) for *_rest, path in chunk],
            capture_output=True,
            timeout=600,
            check=False,
        ).stdout.decode("utf-8", "replace")
        position = 0
        for k, (number, index, payload, _path) in enumerate(chunk):
            if out.startswith(payload + "\n", position):
                position += len(payload) + 1
                continue
            missed.append((number, index, payload))
            # Read as something else (mojibake, say): skip to where a later face's payload starts.
            later = [p for _n, _i, p, _f in chunk[k + 1 : k + 12]]
            if later and not out.startswith(later[0] + "\n", position):
                starts = [out.find("\n" + p + "\n", position) for p in later]
                found = min((s for s in starts if s >= 0), default=len(out) - 1)
                position = found + 1
    return missed
