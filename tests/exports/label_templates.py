"""Read published label templates from the Debian packages that ship them, to check our layouts against.

* LibreOffice's ``labels.xml`` (libreoffice-common): ``S;hdist;vdist;width;height;left;upper;cols;rows;
  pagewidth;pageheight`` in hundredths of a millimetre.
* gLabels' templates (glabels-data): ``<Template brand part size>`` with ``<Label-rectangle>`` and one or more
  ``<Layout nx ny x0 y0 dx dy>``; lengths carry their unit (mm, in, pt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

LIBREOFFICE_LABELS = Path("/usr/lib/libreoffice/share/labels/labels.xml")
GLABELS_TEMPLATES = Path("/usr/share/libglabels-3.0/templates")
SETUP_HINT = "install libreoffice-common and glabels-data (scripts/setup test does)"

_UNITS_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72, "": 25.4 / 72}


@dataclass(frozen=True)
class Sheet:
    """A template in millimetres: page size, label size and each label's top-left corner from the top-left."""

    page: tuple[float, float]
    label: tuple[float, float]
    corners: tuple[tuple[float, float], ...]


def _grid(cols: int, rows: int, left: float, top: float, dx: float, dy: float) -> list[tuple[float, float]]:
    return [(left + c * dx, top + r * dy) for r in range(rows) for c in range(cols)]


def libreoffice(name: str) -> Sheet:
    """The entry called ``name`` in LibreOffice's labels.xml."""
    root = ET.parse(LIBREOFFICE_LABELS).getroot()
    for label in root.iter("label"):
        if label.findtext("name") == name:
            fields = (label.findtext("measure") or "").split(";")
            hd, vd, w, h, left, top = (int(v) / 100 for v in fields[1:7])
            cols, rows = int(fields[7]), int(fields[8])
            pw, ph = int(fields[9]) / 100, int(fields[10]) / 100
            return Sheet((pw, ph), (w, h), tuple(_grid(cols, rows, left, top, hd, vd)))
    raise LookupError(f"LibreOffice's labels.xml has no label called {name!r}")


def _length(text: str) -> float:
    match = re.fullmatch(r"\s*([0-9.]+)\s*([a-z]*)\s*", text)
    if match is None:
        raise ValueError(f"not a length: {text!r}")
    return float(match.group(1)) * _UNITS_MM[match.group(2)]


def _paper(size: str) -> tuple[float, float]:
    root = ET.parse(GLABELS_TEMPLATES / "paper-sizes.xml").getroot()
    for paper in root.iter("Paper-size"):
        if paper.get("id") == size:
            return _length(paper.get("width", "")), _length(paper.get("height", ""))
    raise LookupError(f"gLabels has no paper size {size!r}")


def glabels(brand: str, part: str) -> Sheet:
    """gLabels' template for ``brand`` ``part`` (following ``equiv`` to the template it copies)."""
    templates: dict[tuple[str, str], ET.Element] = {}
    for path in sorted(GLABELS_TEMPLATES.glob("*-templates.xml")):
        for template in ET.parse(path).getroot().iter("Template"):
            templates[(template.get("brand", ""), template.get("part", ""))] = template
    template = templates[(brand, part)]
    while template.get("equiv"):
        template = templates[(brand, template.get("equiv", ""))]
    size = template.get("size", "")
    if size == "Other":
        page = (_length(template.get("width", "")), _length(template.get("height", "")))
    else:
        page = _paper(size)
    rect = template.find("Label-rectangle")
    if rect is None:
        raise LookupError(f"{brand} {part} is not a rectangular label")
    corners: list[tuple[float, float]] = []
    for layout in rect.iter("Layout"):
        corners += _grid(
            int(layout.get("nx", "1")),
            int(layout.get("ny", "1")),
            _length(layout.get("x0", "0")),
            _length(layout.get("y0", "0")),
            _length(layout.get("dx", "0")),
            _length(layout.get("dy", "0")),
        )
    corners.sort(key=lambda c: (round(c[1], 3), c[0]))
    return Sheet(page, (_length(rect.get("width", "")), _length(rect.get("height", ""))), tuple(corners))


def published(template: tuple[str, ...]) -> Sheet:
    """The sheet a layout's ``template`` names."""
    kind, *key = template
    if kind == "libreoffice":
        return libreoffice(key[0])
    if kind == "glabels":
        return glabels(key[0], key[1])
    raise LookupError(f"unknown template source {kind!r}")
