"""The badge QR encoder agrees with the qrcode package module for module, and vCards are escaped."""

from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_8BIT_BYTE, MODE_ALPHA_NUM, QRData

from govcamp.exports.qr import _MASK, QUIET_ZONE, qr_code, qr_matrix, vcard


def reference(payload: str) -> list[list[bool]]:
    alphanumeric = payload != "" and all(
        ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for ch in payload
    )
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=0, mask_pattern=_MASK)
    code.add_data(
        QRData(payload.encode("utf-8"), mode=MODE_ALPHA_NUM if alphanumeric else MODE_8BIT_BYTE), optimize=0
    )
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    return matrix


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_any_text_encodes_exactly_as_the_qrcode_package_does(payload: str) -> None:
    assert qr_matrix(payload) == reference(payload)


def test_check_in_codes_and_contact_cards_match_too() -> None:
    for payload in (
        "DZ1T89BWB4",
        "A",
        "0" * 50,
        vcard("渡辺さくら", "横浜市", "sakura@example.jp"),
        "x" * 1500,
    ):
        assert qr_matrix(payload) == reference(payload)


def test_the_drawing_has_a_four_module_quiet_zone() -> None:
    code = qr_code("DZ1T89BWB4")
    assert code.modules == 21 + 2 * QUIET_ZONE  # version 1
    first = code.ops.split(" re")[0].split()
    assert (int(first[0]), int(first[1])) == (QUIET_ZONE, QUIET_ZONE)  # the finder pattern's corner


def test_vcard_escapes_its_separators() -> None:
    card = vcard("Smith, Jo; the \\ one", "A, B & C", "jo@example.org")
    assert "FN:Smith\\, Jo\\; the \\\\ one\r\n" in card
    assert "ORG:A\\, B & C\r\n" in card
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and card.endswith("END:VCARD\r\n")
