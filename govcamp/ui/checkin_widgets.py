"""The Check-in page's own widgets: the full-width result band and the arrivals chart."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from govcamp.ui.accessibility import announce, relative_font
from govcamp.ui.i18n import QT_TRANSLATE_NOOP, fmt, translate

#: Band colours: background, text. Each result also says what it is in words, so colour is never alone.
BAND_STYLES: dict[str, tuple[str, str]] = {
    "checked_in": ("#0b6e3a", "#ffffff"),
    "already": ("#f2c14e", "#1a1a1a"),
    "waitlisted": ("#1d4f91", "#ffffff"),
    "no_place": ("#a4161a", "#ffffff"),
    "unknown": ("#a4161a", "#ffffff"),
    "idle": ("#e8e8e8", "#1a1a1a"),
    "door": ("#1d4f91", "#ffffff"),
    "released": ("#1d4f91", "#ffffff"),
    "revoked": ("#1d4f91", "#ffffff"),
}
WORDS = {
    "checked_in": QT_TRANSLATE_NOOP("checkin_widgets", "CHECKED IN"),
    "already": QT_TRANSLATE_NOOP("checkin_widgets", "ALREADY IN"),
    "waitlisted": QT_TRANSLATE_NOOP("checkin_widgets", "WAITING LIST"),
    "no_place": QT_TRANSLATE_NOOP("checkin_widgets", "NO PLACE"),
    "unknown": QT_TRANSLATE_NOOP("checkin_widgets", "NOT FOUND"),
    "door": QT_TRANSLATE_NOOP("checkin_widgets", "DOOR QUEUE"),
    "released": QT_TRANSLATE_NOOP("checkin_widgets", "NO-SHOWS RELEASED"),
    "revoked": QT_TRANSLATE_NOOP("checkin_widgets", "PHONE CODE REVOKED"),
}


class ArrivalsChart(QWidget):
    """Arrivals per quarter hour as small bars, the busiest labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalsChart")
        self.setMinimumSize(QSize(260, max(110, 6 * self.fontMetrics().height())))
        self.data: list[tuple[datetime, int]] = []

    def set_data(self, data: list[tuple[datetime, int]]) -> None:
        self.data = data
        if data:
            peak_at, peak = max(data, key=lambda pair: pair[1])
            self.setAccessibleDescription(
                fmt(
                    translate(
                        "checkin_widgets", "Arrivals per quarter hour from %1 to %2; busiest %3 with %4."
                    ),
                    format(data[0][0], "%H:%M"),
                    format(data[-1][0], "%H:%M"),
                    format(peak_at, "%H:%M"),
                    peak,
                )
            )
        else:
            self.setAccessibleDescription(translate("checkin_widgets", "No arrivals yet."))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        if not self.data:
            painter.setPen(QColor("#595959"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, translate("checkin_widgets", "No arrivals yet")
            )
            painter.end()
            return
        # Room for a line of text above and below the bars in the widget's font, however large it is.
        line = float(self.fontMetrics().height())
        bottom = self.height() - line - 4
        top = line + 2
        width = self.width() - 8.0
        step = width / len(self.data)
        peak = max(count for _at, count in self.data) or 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1d4f91"))
        for index, (_at, count) in enumerate(self.data):
            height = (bottom - top) * count / peak
            painter.drawRect(QRectF(4 + index * step + 1, bottom - height, max(step - 2, 1), height))
        painter.setPen(QColor("#404040"))
        label_every = max(1, round(len(self.data) / 5))
        for index, (at, _count) in enumerate(self.data):
            label = f"{at:%H:%M}"
            wide = self.fontMetrics().horizontalAdvance(label) + 4
            if index % label_every == 0 and 4 + index * step + wide <= self.width():
                painter.drawText(QRectF(4 + index * step, bottom + 2, wide, line), label)
        peak_at, peak_count = max(self.data, key=lambda pair: pair[1])
        painter.drawText(
            QRectF(4, 0, width, line),
            fmt(
                translate("checkin_widgets", "Busiest %1: %2 arrivals"), format(peak_at, "%H:%M"), peak_count
            ),
        )
        painter.end()


#: Results a person at the desk must hear at once, interrupting whatever the screen reader is saying.
URGENT = frozenset({"already", "no_place", "unknown"})


class ResultBand(QGroupBox):
    """The full-width result: a word for the result, who, and what to do next.

    A group box without a title, so that assistive technology sees a named region (role Grouping) rather
    than a frame; each result renames it and is announced, since the focus stays in the search field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBand")
        self.setAccessibleDescription(translate("checkin_widgets", "The result of the last check-in"))
        self.kind = "idle"
        # The control that keeps the keyboard while results come (the scan field): screen readers that
        # hear no announcements (Orca before 45.2) hear each result as its description instead.
        self.focus: QWidget | None = None
        # Sizes relative to the application font, so a larger system font makes the band larger too.
        self.heading = QLabel()
        self.heading.setObjectName("bandHeading")
        self.heading.setWordWrap(True)
        self.heading.setFont(relative_font(20, weight=QFont.Weight.Bold))
        self.detail = QLabel()
        self.detail.setObjectName("bandDetail")
        self.detail.setWordWrap(True)
        self.detail.setFont(relative_font(13))
        self.next_step = QLabel()
        self.next_step.setObjectName("bandNext")
        self.next_step.setWordWrap(True)
        self.next_step.setFont(relative_font(12))
        self.door_button = QPushButton(translate("checkin_widgets", "Add to the door queue"))
        self.print_button = QPushButton(translate("checkin_widgets", "Print badge (P)"))
        self.undo_button = QPushButton(translate("checkin_widgets", "Undo (Ctrl+Z)"))
        buttons = QHBoxLayout()
        for button in (self.door_button, self.print_button, self.undo_button):
            # Tab reaches them, a click does not move the focus: it stays where a scan lands.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addWidget(self.next_step)
        layout.addLayout(buttons)
        self.show_idle()

    def _style(self, kind: str) -> None:
        self.kind = kind
        background, ink = BAND_STYLES[kind]
        self.setStyleSheet(
            f"QGroupBox#resultBand {{ background: {background}; border: none; border-radius: 6px;"
            " margin: 0; padding: 0; }"
            f"QGroupBox#resultBand QLabel {{ color: {ink}; }}"
        )

    def show_idle(self, text: str = "") -> None:
        """Back to waiting for the next person; ``text`` (e.g. what was undone) is read out."""
        said = text
        text = text or translate("checkin_widgets", "Scan a badge or ticket, or type two letters of a name.")
        self._style("idle")
        self.heading.setText(translate("checkin_widgets", "Ready"))
        self.detail.setText(text)
        self.next_step.setText("")
        self.setAccessibleName(fmt(translate("checkin_widgets", "Check-in result: ready. %1"), text))
        self.set_buttons(door=False, print_=False, undo=False)
        if said:
            announce(self, said, focus=self.focus)

    def show_result(self, kind: str, heading: str, detail: str, next_step: str) -> None:
        self._style(kind)
        self.heading.setText(
            fmt(translate("checkin_widgets", "%1 — %2"), translate("checkin_widgets", WORDS[kind]), heading)
            if kind in WORDS
            else heading
        )
        self.detail.setText(detail)
        self.next_step.setText(next_step)
        # The result's word in the window's language, as the heading shows it (WORDS holds the source).
        word = translate("checkin_widgets", WORDS[kind]) if kind in WORDS else ""
        said = " ".join(
            part for part in (f"{word}: {heading}." if word else f"{heading}.", detail, next_step) if part
        )
        self.setAccessibleName(said)
        announce(self, said, urgent=kind in URGENT, focus=self.focus)

    def set_buttons(self, *, door: bool, print_: bool, undo: bool) -> None:
        self.door_button.setVisible(door)
        self.print_button.setVisible(print_)
        self.undo_button.setVisible(undo)
