"""The badge QR encoder agrees with the qrcode package module for module, picks the mask qrcode's penalty
rules score best, marks UTF-8 with its ECI designator, and vCards are escaped."""

from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_8BIT_BYTE, MODE_ALPHA_NUM, QRData, lost_point

from govcamp.exports.qr import QUIET_ZONE, qr_code, qr_mask, qr_matrix, vcard


def reference(payload: str, mask: int) -> list[list[bool]]:
    """qrcode's symbol for ``payload`` with ``mask`` (qrcode cannot write an ECI designator: ASCII only)."""
    alphanumeric = payload != "" and all(
        ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for ch in payload
    )
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=1, border=0, mask_pattern=mask)
    code.add_data(
        QRData(payload.encode("utf-8"), mode=MODE_ALPHA_NUM if alphanumeric else MODE_8BIT_BYTE), optimize=0
    )
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    return matrix


def assert_best_mask(payload: str) -> None:
    """Ours is qrcode's symbol with our mask, and no other mask scores lower by qrcode's penalty rules."""
    mask = qr_mask(payload)
    assert qr_matrix(payload) == reference(payload, mask)
    scores = [lost_point(reference(payload, other)) for other in range(8)]
    assert scores[mask] == min(scores), scores
    assert mask == scores.index(min(scores))  # the first of equals, as every library does


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=400))
def test_any_ascii_text_gets_the_symbol_and_mask_qrcode_scores_best(payload: str) -> None:
    assert_best_mask(payload)


def test_masks_vary_with_the_payload() -> None:
    masks = {qr_mask(f"CODE{n:04d}") for n in range(60)}
    assert len(masks) >= 6  # a fixed mask would give one


def test_check_in_codes_and_contact_cards_match_too() -> None:
    for payload in (
        "DZ1T89BWB4",
        "A",
        "0" * 50,
        vcard("Jo Bloggs", "Hackney Council", "jo@example.org"),
        "x" * 1500,
    ):
        assert_best_mask(payload)


def test_the_drawing_has_a_four_module_quiet_zone() -> None:
    code = qr_code("DZ1T89BWB4")
    assert code.modules == 21 + 2 * QUIET_ZONE  # version 1
    assert code.mask == qr_mask("DZ1T89BWB4")
    first = code.ops.split(" re")[0].split()
    assert (int(first[0]), int(first[1])) == (QUIET_ZONE, QUIET_ZONE)  # the finder pattern's corner


def test_vcard_escapes_its_separators() -> None:
    card = vcard("Smith, Jo; the \\ one", "A, B & C", "jo@example.org")
    assert "FN:Smith\\, Jo\\; the \\\\ one\r\n" in card
    assert "ORG:A\\, B & C\r\n" in card
    assert card.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\n") and card.endswith("END:VCARD\r\n")


def test_text_beyond_ascii_is_marked_utf8_and_costs_one_and_a_half_bytes() -> None:
    ascii_card = vcard("Noel Jones", "Cyngor Gwynedd", "noel@example.org")
    # ECI mode indicator 0111 and designator 26 (UTF-8) lead the bit stream: the symbol differs from
    # qrcode's (which cannot write ECI), and qrcode's is what the ASCII card matches.
    assert_best_mask(ascii_card)
    welsh = vcard("Siân Llewelyn", "Cyngor Gwynedd", "sian@example.org")
    assert qr_matrix(welsh) != reference(welsh, qr_mask(welsh))
