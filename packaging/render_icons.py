"""Render the app icon (resources/icons/govcamp.svg) as PNGs in the sizes desktops look for.

    python packaging/render_icons.py OUT_DIR      writes OUT_DIR/NxN/apps/org.govcamp.Govcamp.png

Qt's own SVG renderer draws them, so the build needs nothing beyond what the app already uses.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "org.govcamp.Govcamp"
SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "govcamp.svg"


def main(out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([])  # noqa: F841 - QImage painting needs the application object
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            print(f"render_icons: cannot write {target}", file=sys.stderr)
            return 1
    scalable = out / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SVG.read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
