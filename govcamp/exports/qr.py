"""QR codes for badges: what they hold, and their modules as vector rectangles rather than images.

A badge's QR holds, by default, the person's opaque check-in code (random letters and digits that mean nothing
outside the event file). Only where the person consented and the event allows it does it hold a contact card
(vCard 3.0: name, organisation, e-mail), so another attendee's phone can save them as a contact.

Drawing: each row's dark modules are merged into runs and written as ``re`` operators in the QR's own
coordinates (one unit per module), scaled into place with one ``cm``. That is a few hundred bytes per code,
sharp at any size, and far quicker than making and embedding a PNG per badge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

#: Quiet zone around the code, in modules (ISO/IEC 18004 asks for 4).
QUIET_ZONE = 4
_DARK_RUN = re.compile(rb"1+")
# All eight mask patterns give a valid code that any reader decodes; scoring the eight to pick the "best"
# costs eight times as much for short codes like ours, so one is chosen.
_MASK = 4


def vcard(full_name: str, organisation: str, email: str) -> str:
    """A vCard 3.0 contact card with the name, organisation and e-mail (RFC 2426 escaping)."""

    def escape(value: str) -> str:
        return (
            value.replace("\\", "\\\\")
            .replace(",", "\\,")
            .replace(";", "\\;")
            .replace("\r\n", "\\n")
            .replace("\n", "\\n")
        )

    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{escape(full_name)};;;;", f"FN:{escape(full_name)}"]
    if organisation:
        lines.append(f"ORG:{escape(organisation)}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{escape(email)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


@dataclass(frozen=True)
class QrCode:
    """A QR code ready to draw: its size in modules (with quiet zone), its dark modules as PDF operators."""

    modules: int
    #: "x y w 1.05 re" for each run of dark modules, in module units, y down from the top. Each run reaches
    #: 5 % into the row below so that anti-aliased renderers leave no pale seam between rows (a seam is
    #: enough to stop some readers finding the code).
    ops: str
    cells: bytes  # the symbol without quiet zone, b"0"/b"1" row after row

    @property
    def rows(self) -> tuple[tuple[tuple[int, int], ...], ...]:
        """Per row of the symbol, ``(start, length)`` of each run of dark modules (for the preview)."""
        size = self.modules - 2 * QUIET_ZONE
        return tuple(
            tuple(
                (m.start() - r * size, m.end() - m.start())
                for m in _DARK_RUN.finditer(self.cells, r * size, (r + 1) * size)
            )
            for r in range(size)
        )


# ------------------------------------------------------------------------------------------- encoder
# The qrcode package encodes correctly but slowly (a bit at a time, polynomials as objects): a third of a
# millisecond per short code, most of the time for a thousand badges. This encoder takes its tables and its
# blank symbol for each version from qrcode (so the two cannot disagree on the standard), and does the rest
# with integers: the bit stream in one int, Reed–Solomon by table look-up, data modules by a precomputed
# path. The tests compare its output with qrcode's, module for module.

_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALPHA_VALUE = {ch: i for i, ch in enumerate(_ALPHANUMERIC)}


@dataclass(frozen=True)
class _Version:
    """What every code of one version shares: the blank symbol, the data path, the mask, the RS blocks."""

    number: int
    size: int
    blank: tuple[tuple[bool, ...], ...]  # function patterns and format information (mask chosen above)
    path: tuple[int, ...]  # data modules in placement order, as row * size + column
    flips: int  # the mask along that path, as bits (first module is the highest bit)
    blank_bytes: bytes  # ``blank`` as b"0"/b"1", row after row
    blocks: tuple[tuple[int, int], ...]  # (total, data) codewords per RS block
    data_bits: int


@cache
def _version(number: int) -> _Version:
    import qrcode
    from qrcode import base, util
    from qrcode.constants import ERROR_CORRECT_M

    captured: list[list[list[bool | None]]] = []

    class _Capture(qrcode.QRCode):  # type: ignore[misc]
        def map_data(self, data: Any, mask_pattern: Any) -> None:
            captured.append([list(row) for row in self.modules])
            super().map_data(data, mask_pattern)

    probe = _Capture(
        version=number, error_correction=ERROR_CORRECT_M, box_size=1, border=0, mask_pattern=_MASK
    )
    probe.add_data("")
    probe.make(fit=False)
    modules = captured[0]
    size = len(modules)
    path: list[int] = []
    row, step = size - 1, -1
    for column in range(size - 1, 0, -2):
        if column <= 6:
            column -= 1  # the vertical timing pattern takes column 6
        while True:
            for c in (column, column - 1):
                if modules[row][c] is None:
                    path.append(row * size + c)
            row += step
            if row < 0 or row >= size:
                row -= step
                step = -step
                break
    mask = util.mask_func(_MASK)
    blocks = tuple((b.total_count, b.data_count) for b in base.rs_blocks(number, ERROR_CORRECT_M))
    return _Version(
        number=number,
        size=size,
        blank=tuple(tuple(bool(cell) for cell in row) for row in modules),
        path=tuple(path),
        flips=int("".join("1" if mask(i // size, i % size) else "0" for i in path), 2),
        blank_bytes=b"".join(b"1" if cell else b"0" for row in modules for cell in row),
        blocks=blocks,
        data_bits=sum(data for _total, data in blocks) * 8,
    )


@cache
def _generator(degree: int) -> tuple[int, ...]:
    """The Reed–Solomon generator polynomial of ``degree``, highest term first (its leading 1 left out)."""
    from qrcode.base import EXP_TABLE, LOG_TABLE

    poly = [1]
    for i in range(degree):
        factor = EXP_TABLE[i]
        nxt = [0] * (len(poly) + 1)
        for j, coefficient in enumerate(poly):
            nxt[j] ^= coefficient
            if coefficient:
                nxt[j + 1] ^= EXP_TABLE[(LOG_TABLE[coefficient] + LOG_TABLE[factor]) % 255]
        poly = nxt
    return tuple(poly[1:])


@cache
def _products(degree: int) -> tuple[tuple[int, ...], ...]:
    """For each byte value, the generator polynomial times it in GF(256): one look-up per data byte."""
    from qrcode.base import EXP_TABLE, LOG_TABLE

    logs = [LOG_TABLE[g] for g in _generator(degree)]
    table: list[tuple[int, ...]] = [(0,) * degree]
    for factor in range(1, 256):
        log = LOG_TABLE[factor]
        table.append(tuple(EXP_TABLE[(g + log) % 255] for g in logs))
    return tuple(table)


def _ec_codewords(data: list[int], degree: int) -> list[int]:
    """Reed–Solomon error correction codewords: the remainder of data × x^degree by the generator."""
    products = _products(degree)
    remainder = [0] * degree
    for byte in data:
        row = products[byte ^ remainder[0]]
        remainder.append(0)
        remainder = [r ^ p for r, p in zip(remainder[1:], row, strict=True)]
    return remainder


def _segment(payload: str) -> tuple[int, int, int, int]:
    """(mode indicator, character count, the data bits as an int, how many bits)."""
    if payload and all(ch in _ALPHA_VALUE for ch in payload):
        value, bits = 0, 0
        for i in range(0, len(payload) - 1, 2):
            value = (value << 11) | (_ALPHA_VALUE[payload[i]] * 45 + _ALPHA_VALUE[payload[i + 1]])
            bits += 11
        if len(payload) % 2:
            value = (value << 6) | _ALPHA_VALUE[payload[-1]]
            bits += 6
        return 0b0010, len(payload), value, bits
    raw = payload.encode("utf-8")
    return 0b0100, len(raw), int.from_bytes(raw, "big") if raw else 0, 8 * len(raw)


def _count_bits(mode: int, version: int) -> int:
    if mode == 0b0010:
        return 9 if version < 10 else 11 if version < 27 else 13
    return 8 if version < 10 else 16


def _symbol(payload: str) -> tuple[int, bytes]:
    """The symbol's size and its modules as b"0"/b"1", row after row."""
    mode, count, value, bits = _segment(payload)
    for number in range(1, 41):
        version = _version(number)
        needed = 4 + _count_bits(mode, number) + bits
        if needed <= version.data_bits:
            break
    else:
        raise ValueError("too much data for a QR code")
    stream = (((mode << _count_bits(mode, number)) | count) << bits) | value
    length = needed
    terminator = min(4, version.data_bits - length)
    stream <<= terminator
    length += terminator
    if length % 8:
        stream <<= 8 - length % 8
        length += 8 - length % 8
    data = list(stream.to_bytes(length // 8, "big"))
    pad = (0xEC, 0x11)
    data.extend(pad[i % 2] for i in range(version.data_bits // 8 - len(data)))
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for total, size in version.blocks:
        block = data[offset : offset + size]
        offset += size
        data_blocks.append(block)
        ec_blocks.append(_ec_codewords(block, total - size))
    codewords: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            codewords.extend(b[i] for b in group if i < len(b))
    # Data bits along the path (remainder bits are 0), masked in one XOR, then written into the blank symbol.
    path = version.path
    spare = len(path) - len(codewords) * 8
    placed = ((int.from_bytes(bytes(codewords), "big") << spare) ^ version.flips).to_bytes(
        (len(path) + 7) // 8, "big"
    )
    bits_text = format(int.from_bytes(placed, "big"), f"0{len(path)}b").encode("ascii")
    cells = bytearray(version.blank_bytes)
    for position, bit in zip(path, bits_text, strict=True):
        cells[position] = bit
    return version.size, bytes(cells)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR symbol for ``payload`` (error correction M, smallest version), without quiet zone."""
    size, cells = _symbol(payload)
    return [[cell == 49 for cell in cells[r * size : (r + 1) * size]] for r in range(size)]


@lru_cache(maxsize=4096)
def qr_code(payload: str) -> QrCode:
    """Encode ``payload`` (error correction M, the smallest version that holds it) for drawing."""
    size, cells = _symbol(payload)
    parts: list[str] = []
    add = parts.append
    for r in range(size):
        base = r * size - QUIET_ZONE
        y = r + QUIET_ZONE
        for match in _DARK_RUN.finditer(cells, r * size, r * size + size):
            start, end = match.span()
            add(f"{start - base} {y} {end - start} 1.05 re")
    return QrCode(size + 2 * QUIET_ZONE, " ".join(parts), cells)
