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
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import Any

#: Quiet zone around the code, in modules (ISO/IEC 18004 asks for 4).
QUIET_ZONE = 4
_DARK_RUN = re.compile(rb"1+")


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
    mask: int = 0  # the mask pattern chosen by the penalty rules (0–7)

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
# The qrcode package encodes correctly but slowly (a bit at a time, polynomials as objects, and its mask
# choice scores each of the eight masks module by module): several milliseconds per contact card, most of the
# time for a thousand badges. This encoder takes its tables and its blank symbol for each version from qrcode
# (so the two cannot disagree on the standard), and does the rest with integers: the bit stream in one int,
# Reed–Solomon by table look-up, the data modules placed by one precomputed gather, and the whole symbol as
# one int (a row of ``size`` modules and one always-light guard bit, bit p = module p), so that masking is one
# XOR and each penalty rule of ISO/IEC 18004 is a handful of shifts, ANDs and bit counts over all modules at
# once. The tests compare its symbols with qrcode's module for module, and its penalties with qrcode's.

_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALPHA_VALUE = {ch: i for i, ch in enumerate(_ALPHANUMERIC)}
#: ECI designator 26 says "the bytes that follow are UTF-8" (ISO/IEC 18004 §6.4.2, AIM ECI register); without
#: it readers assume ISO-8859-1 or guess (zbar read "Noël" as "NoÃ«l").
_ECI_UTF8 = 26


@dataclass(frozen=True)
class _Version:
    """What every code of one version shares: the data path, the eight masks, the RS blocks, rule masks."""

    number: int
    size: int
    width: int  # size + 1: each row carries one light guard bit, so a shift never runs into the next row
    gather: Callable[[bytes], tuple[int, ...]]  # path-order data bits (then b"0") → symbol, last module first
    path_length: int
    #: Per mask: the function patterns with that mask's format (and version) information, XOR the mask over
    #: the data modules. XOR with the placed data bits gives the finished symbol.
    masks: tuple[int, ...]
    blocks: tuple[tuple[int, int], ...]  # (total, data) codewords per RS block
    data_bits: int
    pairs_across: int  # modules with a right-hand neighbour in the symbol
    pairs_down: int  # modules with a neighbour below
    windows_across: int  # modules where 11 modules to the right fit in the row
    windows_down: int  # modules where 11 modules downwards fit


def _bits_where(size: int, width: int, rows: range, columns: range) -> int:
    row_bits = sum(1 << c for c in columns)
    return sum(row_bits << (r * width) for r in rows)


@cache
def _version(number: int) -> _Version:
    import qrcode
    from qrcode import base, util
    from qrcode.constants import ERROR_CORRECT_M

    captured: list[list[list[bool | None]]] = []

    class _Capture(qrcode.QRCode):  # type: ignore[misc]
        def map_data(self, data: Any, mask_pattern: Any) -> None:
            captured.append([list(row) for row in self.modules])

    probe = _Capture(version=number, error_correction=ERROR_CORRECT_M, box_size=1, border=0, mask_pattern=0)
    probe.data_cache = []  # only the blank symbol is wanted: skip qrcode's own (slow) encoding
    probe.makeImpl(False, 0)
    modules = captured[0]
    size = len(modules)
    width = size + 1
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
    # The gather: for each module of the symbol with guards, from the last to the first (so that int(…, 2)
    # puts module p at bit p), where its bit comes from: its place on the data path, or the light module
    # after the path's bits (function patterns and guards; their dark modules are in ``masks``).
    light = len(path)
    source = [light] * (size * width)
    for index, position in enumerate(path):
        source[(position // size) * width + position % size] = index
    gather = itemgetter(*reversed(source))

    # Function patterns and version information (the same for every mask); row and column 8, where the
    # format information goes, are filled per mask below. Then where the data modules are.
    def as_int(text: str) -> int:
        return int(text[::-1], 2)  # module p at bit p; the "0" joining the rows is the guard

    fixed = as_int(
        "0".join(
            "".join("1" if cell and r != 8 and c != 8 else "0" for c, cell in enumerate(cells))
            for r, cells in enumerate(modules)
        )
    )
    data = as_int("0".join("".join("1" if cell is None else "0" for cell in cells) for cells in modules))
    masks: list[int] = []
    for mask in range(8):
        probe.modules = modules
        probe.setup_type_info(False, mask)
        format_bits = 0
        for i in range(size):
            if modules[8][i]:
                format_bits |= 1 << (8 * width + i)
            if modules[i][8]:
                format_bits |= 1 << (i * width + 8)
        # Every mask repeats every 12 rows and 12 columns: 12 rows of it, repeated, cover the symbol.
        flip = util.mask_func(mask)
        rows = ["".join("1" if flip(r, c) else "0" for c in range(size)) for r in range(12)]
        pattern = as_int("0".join(rows[r % 12] for r in range(size)))
        masks.append(fixed | format_bits | (pattern & data))
    blocks = tuple((b.total_count, b.data_count) for b in base.rs_blocks(number, ERROR_CORRECT_M))
    return _Version(
        number=number,
        size=size,
        width=width,
        gather=gather,
        path_length=len(path),
        masks=tuple(masks),
        blocks=blocks,
        data_bits=sum(data for _total, data in blocks) * 8,
        pairs_across=_bits_where(size, width, range(size), range(size - 1)),
        pairs_down=_bits_where(size, width, range(size - 1), range(size)),
        windows_across=_bits_where(size, width, range(size), range(size - 10)),
        windows_down=_bits_where(size, width, range(size - 10), range(size)),
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
def _products(degree: int) -> tuple[int, ...]:
    """For each byte value, the generator polynomial times it in GF(256), its coefficients as one int."""
    from qrcode.base import EXP_TABLE, LOG_TABLE

    logs = [LOG_TABLE[g] for g in _generator(degree)]
    table = [0]
    for factor in range(1, 256):
        log = LOG_TABLE[factor]
        table.append(int.from_bytes(bytes(EXP_TABLE[(g + log) % 255] for g in logs), "big"))
    return tuple(table)


def _ec_codewords(data: list[int], degree: int) -> bytes:
    """Reed–Solomon error correction codewords: the remainder of data × x^degree by the generator.

    The remainder is one int of ``degree`` bytes, its first coefficient the highest byte: each data byte
    shifts it one byte up and XORs in one row of the table.
    """
    products = _products(degree)
    top = 8 * (degree - 1)
    full = (1 << (8 * degree)) - 1
    remainder = 0
    for byte in data:
        remainder = ((remainder << 8) & full) ^ products[byte ^ (remainder >> top)]
    return remainder.to_bytes(degree, "big")


def _penalty(symbol: int, version: _Version) -> int:
    """The symbol's penalty score by the four rules of ISO/IEC 18004 §7.8.3 (lower is easier to read).

    Scored as qrcode's ``util.lost_point`` scores a matrix (the tests check the two agree): runs of five or
    more modules of one colour in a row or column (3, plus 1 per module beyond five), 2 × 2 blocks of one
    colour (3 each), finder-like 1:1:3:1:1 patterns with four light modules on one side (40 each), and
    10 per 5 % that the share of dark modules strays from half.
    """
    width, size = version.width, version.size
    light = ~symbol
    across = ~(symbol ^ (symbol >> 1)) & version.pairs_across  # module p has the colour of p + 1
    down = ~(symbol ^ (symbol >> width)) & version.pairs_down  # module p has the colour of p + width
    score = 0
    for same, step in ((across, 1), (down, width)):
        # A run of n ≥ 5 has n - 4 places where four "same as next" follow one another, and one start.
        runs = same & (same >> step) & (same >> (2 * step)) & (same >> (3 * step))
        score += runs.bit_count() + 2 * (runs & ~(runs << step)).bit_count()
    score += 3 * (across & down & (across >> width)).bit_count()
    for step, windows in ((1, version.windows_across), (width, version.windows_down)):
        # The 1:1:3:1:1 core (dark, light, three dark, light, dark) and four light modules, each found once:
        # four light after the core, or four light before it.
        core = (
            symbol
            & (light >> step)
            & (symbol >> 2 * step)
            & (symbol >> 3 * step)
            & (symbol >> 4 * step)
            & (light >> 5 * step)
            & (symbol >> 6 * step)
        )
        quiet = light & (light >> step) & (light >> 2 * step) & (light >> 3 * step)
        forwards = core & (quiet >> 7 * step) & windows
        backwards = quiet & (core >> 4 * step) & windows
        score += 40 * (forwards.bit_count() + backwards.bit_count())
    area = size * size
    return score + 10 * (abs(100 * symbol.bit_count() - 50 * area) // (5 * area))


def _segments(payload: str) -> tuple[int, int, int, int, bool]:
    """(mode indicator, character count, the data bits as an int, how many bits, whether UTF-8 ECI leads)."""
    if payload and all(ch in _ALPHA_VALUE for ch in payload):
        value, bits = 0, 0
        for i in range(0, len(payload) - 1, 2):
            value = (value << 11) | (_ALPHA_VALUE[payload[i]] * 45 + _ALPHA_VALUE[payload[i + 1]])
            bits += 11
        if len(payload) % 2:
            value = (value << 6) | _ALPHA_VALUE[payload[-1]]
            bits += 6
        return 0b0010, len(payload), value, bits, False
    raw = payload.encode("utf-8")
    # Plain ASCII reads the same in every character set, so only text beyond it needs the designator.
    return 0b0100, len(raw), int.from_bytes(raw, "big") if raw else 0, 8 * len(raw), not payload.isascii()


def _count_bits(mode: int, version: int) -> int:
    if mode == 0b0010:
        return 9 if version < 10 else 11 if version < 27 else 13
    return 8 if version < 10 else 16


def _symbol(payload: str) -> tuple[_Version, int, int]:
    """The symbol as an int (see :class:`_Version`), with the version and the mask chosen for it."""
    mode, count, value, bits, eci = _segments(payload)
    header = 12 if eci else 0  # ECI mode indicator 0111 and the designator in one byte
    for number in range(1, 41):
        version = _version(number)
        needed = header + 4 + _count_bits(mode, number) + bits
        if needed <= version.data_bits:
            break
    else:
        raise ValueError("too much data for a QR code")
    stream = (0b0111 << 8 | _ECI_UTF8) if eci else 0
    stream = (((((stream << 4) | mode) << _count_bits(mode, number)) | count) << bits) | value
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
    data_blocks: list[bytes] = []
    ec_blocks: list[bytes] = []
    offset = 0
    for total, size in version.blocks:
        block = data[offset : offset + size]
        offset += size
        data_blocks.append(bytes(block))
        ec_blocks.append(_ec_codewords(block, total - size))
    # Interleaved: the first codeword of each block, then the second…; later blocks may be one longer.
    codewords = bytearray()
    for group in (data_blocks, ec_blocks):
        count, short = len(group), min(len(b) for b in group)
        column = bytearray(count * short)
        for j, chunk in enumerate(group):
            column[j::count] = chunk[:short]
        codewords += column
        codewords += bytes(b[short] for b in group if len(b) > short)
    # The data bits in path order (remainder bits are 0), gathered into place: one int for the whole symbol.
    spare = version.path_length - len(codewords) * 8
    path_bits = format(int.from_bytes(codewords, "big") << spare, f"0{version.path_length}b")
    placed = int(bytes(version.gather(path_bits.encode("ascii") + b"0")), 2)
    # Each mask in turn, as readers prefer: the one with the lowest penalty (the first of equals).
    best_mask, best_symbol, best_score = 0, 0, -1
    for mask, masking in enumerate(version.masks):
        symbol = placed ^ masking
        score = _penalty(symbol, version)
        if best_score < 0 or score < best_score:
            best_mask, best_symbol, best_score = mask, symbol, score
    return version, best_mask, best_symbol


def _cells(version: _Version, symbol: int) -> bytes:
    """The symbol's modules as b"0"/b"1", row after row (the guard bits left out)."""
    size, width = version.size, version.width
    text = format(symbol, f"0{size * width}b").encode("ascii")[::-1]
    return b"".join(text[r * width : r * width + size] for r in range(size))


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR symbol for ``payload`` (error correction M, smallest version, best mask), no quiet zone."""
    version, _mask, symbol = _symbol(payload)
    size = version.size
    cells = _cells(version, symbol)
    return [[cell == 49 for cell in cells[r * size : (r + 1) * size]] for r in range(size)]


def qr_mask(payload: str) -> int:
    """The mask pattern (0–7) chosen for ``payload``'s symbol."""
    return _symbol(payload)[1]


@cache
def _run_ops(version: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """For one version: "x y " of every module (quiet zone included), and "w 1.05 re" of every run length."""
    size = _version(version).size
    width = size + 1
    places = [""] * (size * width)
    for r in range(size):
        for c in range(size):
            places[r * width + c] = f"{c + QUIET_ZONE} {r + QUIET_ZONE} "
    return tuple(places), tuple(f"{w} 1.05 re" for w in range(size + 1))


@lru_cache(maxsize=8192)
def qr_code(payload: str) -> QrCode:
    """Encode ``payload`` (error correction M, the smallest version that holds it, the best mask) for drawing.

    Each distinct payload is encoded once per process (a folded badge draws its code twice, the preview and
    the export draw the same people).
    """
    version, mask, symbol = _symbol(payload)
    size, width = version.size, version.width
    # Rows with their light guard module: no run of dark modules reaches from one row into the next.
    text = format(symbol, f"0{size * width}b").encode("ascii")[::-1]
    places, lengths = _run_ops(version.number)
    ops = " ".join(
        [places[start] + lengths[end - start] for start, end in map(re.Match.span, _DARK_RUN.finditer(text))]
    )
    cells = b"".join(text[r * width : r * width + size] for r in range(size))
    return QrCode(size + 2 * QUIET_ZONE, ops, cells, mask)
