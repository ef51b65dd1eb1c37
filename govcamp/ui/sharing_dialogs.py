"""The dialogs of a shared event: how to join this laptop's event (text and QR code), and Join….

:class:`SharingDialog` shows what the host laptop's File ▸ Share on the Network… started: the short
``govcamp://`` join string and the ``postgresql://`` address, as text with Copy buttons and as a QR code a
phone or a webcam scanner reads, the password on its own, and how to stop. :class:`JoinDialog` takes an
address pasted (or remembered without its password) and the password.
"""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govcamp.services.hosting import Joining
from govcamp.services.joining import parse_address
from govcamp.ui.accessibility import relative_font
from govcamp.ui.i18n import fmt, translate

#: Pixels per QR module on screen: large enough for a phone held at arm's length.
QR_SCALE = 6
#: Modules of white around the symbol, as the QR standard asks.
QUIET_ZONE = 4


def qr_image(text: str, scale: int = QR_SCALE) -> QImage:
    """``text`` as a QR code (the ``qrcode`` library's symbol, error correction M), black on white."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(text)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()  # the quiet zone included
    size = len(matrix)
    image = QImage(size * scale, size * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    for dx in range(scale):
                        image.setPixel(x * scale + dx, y * scale + dy, black)
    return image


def _copy_row(text: str, name: str, button_text: str) -> tuple[QWidget, QLineEdit, QPushButton]:
    row = QWidget()
    field = QLineEdit(text)
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.setCursorPosition(0)
    button = QPushButton(button_text)
    button.setAccessibleName(fmt(translate("sharing_dialogs", "Copy the %1"), name.lower()))
    button.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row, field, button


class SharingDialog(QDialog):
    """How other laptops join the event this laptop shares, and how to stop sharing."""

    def __init__(self, joining: Joining, final_copy: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingDialog")
        self.setWindowTitle(translate("sharing_dialogs", "Sharing on the network"))
        heading = QLabel(translate("sharing_dialogs", "This event is shared on the network"))
        heading.setFont(relative_font(14, weight=heading.font().Weight.Bold))
        where = (
            translate("sharing_dialogs", "Only this laptop can reach it (127.0.0.1).")
            if joining.host.startswith("127.")
            else fmt(
                translate("sharing_dialogs", "Laptops on the same network as this one (%1) can join."),
                joining.host,
            )
        )
        intro = QLabel(
            fmt(
                translate(
                    "sharing_dialogs",
                    "%1 On another laptop choose File ▸ Join… and paste the join string, or scan the QR "
                    "code. Everything anyone changes shows on every laptop within a second.",
                ),
                where,
            )
        )
        intro.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setObjectName("joinQr")
        self.qr.setPixmap(QPixmap.fromImage(qr_image(joining.join)))
        self.qr.setAccessibleName(translate("sharing_dialogs", "QR code of the join string"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form = QFormLayout()
        join_row, self.join_field, self.copy_join = _copy_row(
            joining.join,
            translate("sharing_dialogs", "Join string"),
            translate("sharing_dialogs", "Copy &Join"),
        )
        url_row, self.url_field, self.copy_url = _copy_row(
            joining.url,
            translate("sharing_dialogs", "Server address"),
            translate("sharing_dialogs", "Copy &Address"),
        )
        password = parse_address(joining.url).password or ""
        pass_row, self.password_field, self.copy_password = _copy_row(
            password, translate("sharing_dialogs", "Password"), translate("sharing_dialogs", "Copy &Password")
        )
        form.addRow(translate("sharing_dialogs", "Join string:"), join_row)
        form.addRow(translate("sharing_dialogs", "Address:"), url_row)
        form.addRow(translate("sharing_dialogs", "Password:"), pass_row)
        stop = QLabel(
            fmt(
                translate(
                    "sharing_dialogs",
                    "<b>To stop sharing:</b> Stop Sharing below, File ▸ Stop Sharing, or quit govcamp "
                    "(closing this box does not stop it). The shared event's final state is then written "
                    "to a new file such as <b>%1</b> (named for the time you stop) beside the event file, "
                    "which itself is never changed, and the server stops. Until then, keep this laptop "
                    "awake and on the network.",
                ),
                final_copy,
            )
        )
        stop.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.stop_button = buttons.addButton(
            translate("sharing_dialogs", "&Stop Sharing…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.stop_button.setAccessibleName(translate("sharing_dialogs", "Stop sharing"))
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("sharing_dialogs", "Close")
        )
        self.stop_button.clicked.connect(self.accept)  # the window stops sharing when it sees accept
        body = QHBoxLayout()
        body.addWidget(self.qr)
        right = QVBoxLayout()
        right.addWidget(intro)
        right.addLayout(form)
        right.addWidget(stop)
        right.addStretch(1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(860, 380)


class JoinDialog(QDialog):
    """Join a shared event: the address another laptop shows, and its password."""

    def __init__(self, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(translate("sharing_dialogs", "Join a shared event"))
        intro = QLabel(
            translate(
                "sharing_dialogs",
                "Paste the join string (govcamp://…) or the address (postgresql://…) the host laptop "
                "shows in its sharing window. A join string carries its password; otherwise type it below.",
            )
        )
        intro.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setObjectName("joinAddress")
        self.address.setAccessibleName(translate("sharing_dialogs", "Address"))
        self.address.setPlaceholderText(
            translate("sharing_dialogs", "govcamp://192.168.1.20:5432/govcamp?key=…")
        )
        self.password = QLineEdit()
        self.password.setObjectName("joinPassword")
        self.password.setAccessibleName(translate("sharing_dialogs", "Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("sharing_dialogs", "only if the address has none"))
        self.error = QLabel()
        self.error.setObjectName("joinError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b10e1e; font-weight: 600;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(translate("sharing_dialogs", "&Address:"), self.address)
        form.addRow(translate("sharing_dialogs", "&Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = buttons.addButton(
            translate("sharing_dialogs", "&Join"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.join_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("sharing_dialogs", "Cancel")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 220)
        (self.password if address else self.address).setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _accept(self) -> None:
        from govcamp.domain.errors import GovcampError
        from govcamp.services.joining import parse_address

        try:
            parse_address(self.address.text(), self.password.text())
        except GovcampError as exc:
            self.show_error(str(exc))
            return
        self.accept()
