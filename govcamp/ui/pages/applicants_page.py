"""Applicants & lottery: who applied, the lottery's rules and draw, and the waiting list with offers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govcamp.domain.lottery import MinShare
from govcamp.services import applicants as applicant_service
from govcamp.services import lottery as lottery_service
from govcamp.ui import applicants_commands as ops
from govcamp.ui.actions import Topic
from govcamp.ui.applicants_dialogs import ImportDialog, PersonDialog
from govcamp.ui.applicants_models import (
    ORGANISATION_TYPE_LABELS,
    STATUS_LABELS,
    ApplicantsFilter,
    ApplicantsModel,
    IdRole,
    ValueRole,
    organisation_label,
    status_label,
)
from govcamp.ui.counts import people, plural
from govcamp.ui.document import EventDocument
from govcamp.ui.i18n import fmt, translate
from govcamp.ui.privacy_dialogs import install_person_menu

#: How often open offers are checked for expiry while the window is open.
EXPIRY_CHECK_MS = 60_000
SIMULATION_RUNS = 200
SIMULATION_BUDGET = 200 * 1_000  # applicants × runs
LOTTERY_STATUSES = ("drawn", "waitlisted", "offered", "accepted", "declined", "expired", "cancelled")


def _table(model: ApplicantsFilter, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    # The arrow keys move between cells; Tab leaves the table, so the keyboard is never trapped in it.
    view.setTabKeyNavigation(False)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    # Fixed starting widths (measuring 20,000 rows would be slow); the email column takes what is left.
    header.setSectionResizeMode(ApplicantsModel.EMAIL, QHeaderView.ResizeMode.Stretch)
    widths = {
        ApplicantsModel.NAME: 190,
        ApplicantsModel.ORGANISATION: 230,
        ApplicantsModel.TYPE: 140,
        ApplicantsModel.STATUS: 90,
        ApplicantsModel.POSITION: 70,
    }
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return view


class BarChart(QWidget):
    """A horizontal bar per group: its chance of a place, drawn with QPainter (no QtCharts needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("simulationChart")
        self.bars: list[tuple[str, float]] = []
        self.setMinimumHeight(120)
        self.setAccessibleName(translate("applicants_page", "Chance of a place by group"))

    def set_bars(self, bars: list[tuple[str, float]]) -> None:
        self.bars = bars
        self.setMinimumHeight(max(120, 26 * len(bars) + 16))
        self.setAccessibleDescription("; ".join(f"{label}: {share:.0%}" for label, share in bars))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if not self.bars:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("applicants_page", "Simulate the draw to see each group's chance of a place."),
            )
            return
        metrics = painter.fontMetrics()
        label_width = min(
            self.width() // 2, max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 12
        )
        value_width = metrics.horizontalAdvance("100%") + 10
        bar_space = max(10, self.width() - label_width - value_width - 8)
        row = 26
        for number, (label, share) in enumerate(self.bars):
            top = 8 + number * row
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, top, label_width - 8, row - 6),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.fillRect(QRectF(label_width, top + 2, bar_space, row - 10), QColor("#e4e8ee"))
            painter.fillRect(
                QRectF(label_width, top + 2, bar_space * max(0.0, min(1.0, share)), row - 10),
                QColor("#1d70b8"),
            )
            painter.drawText(
                QRectF(label_width + bar_space + 6, top, value_width, row - 6),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{share:.0%}",
            )


def _group_label(key: str) -> str:
    name, _, value = key.partition("=")
    if key == "everyone":
        return translate("applicants_page", "Everyone")
    if name == "organisation_type":
        return organisation_label(value)
    if name == "first_timer":
        return (
            translate("applicants_page", "First-timers")
            if value == "yes"
            else translate("applicants_page", "Been before")
        )
    if name == "role":
        return _role_groups().get(value, value)
    return key


def _role_groups() -> dict[str, str]:
    return {
        "attendee": translate("applicants_page", "Attendees"),
        "organiser": translate("applicants_page", "Organisers"),
        "volunteer": translate("applicants_page", "Volunteers"),
        "sponsor": translate("applicants_page", "Sponsors"),
        "host": translate("applicants_page", "Hosts"),
    }


class ApplicantsTab(QWidget):
    """The table of applicants with search, filters, counts, import and the person editor."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = ApplicantsModel()
        self.proxy = ApplicantsFilter()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("applicantSearch")
        self.search.setAccessibleName(translate("applicants_page", "Search applicants"))
        self.search.setAccessibleDescription(
            translate("applicants_page", "Shows only applicants whose name, email or organisation match")
        )
        self.search.setPlaceholderText(translate("applicants_page", "Search names, emails, organisations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(translate("applicants_page", "Status"))
        self.status.addItem(translate("applicants_page", "Any status"), "")
        for code in STATUS_LABELS:
            self.status.addItem(status_label(code), code)
        self.status.addItem(translate("applicants_page", "Possible duplicates"), "likely_duplicate")
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.kind = QComboBox()
        self.kind.setObjectName("typeFilter")
        self.kind.setAccessibleName(translate("applicants_page", "Organisation type"))
        self.kind.addItem(translate("applicants_page", "Any organisation type"), "")
        for code in ORGANISATION_TYPE_LABELS:
            self.kind.addItem(organisation_label(code), code)
        self.kind.currentIndexChanged.connect(self._filters_changed)
        import_button = QPushButton(translate("applicants_page", "Import…"))
        import_button.setObjectName("importButton")
        import_button.clicked.connect(lambda: self.open_import())
        edit_button = QPushButton(translate("applicants_page", "Edit…"))
        edit_button.clicked.connect(self.edit_selected)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(edit_button)
        bar.addWidget(import_button)
        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        self.counts.setWordWrap(True)
        self.view = _table(self.proxy, "applicantsTable")
        self.view.setAccessibleName(translate("applicants_page", "Applicants"))
        self.view.setAccessibleDescription(
            translate("applicants_page", "One row a person; Enter or double-click edits them")
        )
        self.view.doubleClicked.connect(self._edit_index)
        install_person_menu(
            self.view,
            doc,
            id_role=IdRole,
            name_of=lambda index: str(getattr(index.data(ValueRole), "full_name", "")),
            edit=self._edit_index,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)

    def _filters_changed(self, _index: int) -> None:
        status = self.status.currentData()
        self.proxy.set_statuses([status] if status else [])
        self.proxy.set_organisation_type(str(self.kind.currentData() or ""))

    def refresh(self) -> None:
        values = applicant_service.list_applicants(self.doc.db)
        self.model.set_values(values)
        counts: dict[str, int] = {}
        for value in values:
            counts[value.status] = counts.get(value.status, 0) + 1
        parts = [f"{counts[code]} {status_label(code).lower()}" for code in STATUS_LABELS if counts.get(code)]
        doubtful = sum(1 for value in values if value.flags)
        if doubtful:
            parts.append(translate("applicants_page", "%n possible duplicate(s) to check", None, doubtful))
        self.counts.setText(
            f"{people(len(values))}: " + ", ".join(parts)
            if values
            else translate("applicants_page", "Nobody has applied yet.")
        )

    def open_import(self, path: Path | None = None) -> ImportDialog:
        dialog = ImportDialog(self.doc, path, self)
        dialog.exec()
        return dialog

    def _edit_index(self, index: QModelIndex) -> None:
        value = index.data(ValueRole)
        if value is not None:
            PersonDialog(self.doc, value, self).exec()

    def edit_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self._edit_index(rows[0])


class LotteryTab(QWidget):
    """Rules, the simulation chart, commit, draw, and the results with offer / accept / decline."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.places = QSpinBox()
        self.places.setObjectName("places")
        self.places.setRange(0, 100_000)
        self.cap = QSpinBox()
        self.cap.setObjectName("cap")
        self.cap.setRange(0, 10_000)
        self.cap.setSpecialValueText(translate("applicants_page", "No cap"))
        self.local_share = QDoubleSpinBox()
        self.local_share.setObjectName("localShare")
        self.local_share.setRange(0, 100)
        self.local_share.setSuffix("%")
        self.local_share.setDecimals(0)
        self.first_share = QDoubleSpinBox()
        self.first_share.setObjectName("firstTimerShare")
        self.first_share.setRange(0, 100)
        self.first_share.setSuffix("%")
        self.first_share.setDecimals(0)
        self.offer_hours = QSpinBox()
        self.offer_hours.setRange(1, 24 * 30)
        self.offer_hours.setSuffix(translate("applicants_page", " hours"))
        self.apply_button = QPushButton(translate("applicants_page", "Apply rules"))
        self.apply_button.setObjectName("applyRules")
        self.apply_button.clicked.connect(self.apply_rules)
        self.other_shares: tuple[MinShare, ...] = ()
        rules_box = QGroupBox(translate("applicants_page", "Rules"))
        form = QFormLayout(rules_box)
        form.addRow(translate("applicants_page", "&Places"), self.places)
        form.addRow(translate("applicants_page", "&Cap per organisation"), self.cap)
        form.addRow(translate("applicants_page", "At least, &local government"), self.local_share)
        form.addRow(translate("applicants_page", "At least, first-&timers"), self.first_share)
        form.addRow(translate("applicants_page", "Offers stay &open for"), self.offer_hours)
        form.addRow(
            QLabel(translate("applicants_page", "Organisers, volunteers and sponsors are always in."))
        )
        form.addRow(self.apply_button)

        self.chart = BarChart()
        simulate = QPushButton(translate("applicants_page", "Simulate the draw"))
        simulate.setObjectName("simulate")
        simulate.clicked.connect(self.simulate)
        self.simulate_button = simulate
        chart_box = QGroupBox(translate("applicants_page", "Chance of a place, by group"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart_note = QLabel()
        self.chart_note.setWordWrap(True)  # its text must not widen the column when it appears
        # In a scroll area of its own: the bars that Simulate adds never push the page's layout about.
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        chart_scroll.setWidget(self.chart)
        chart_scroll.setMinimumHeight(140)
        chart_scroll.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        chart_layout.addWidget(chart_scroll, 1)
        row = QHBoxLayout()
        row.addWidget(simulate)
        row.addWidget(self.chart_note, 1)
        chart_layout.addLayout(row)

        self.stage = QLabel()
        self.stage.setObjectName("lotteryStage")
        self.stage.setWordWrap(True)
        self.digest = QLineEdit()
        self.digest.setObjectName("digest")
        self.digest.setReadOnly(True)
        self.digest.setPlaceholderText(translate("applicants_page", "Commit to get the digest to publish"))
        self.commit_button = QPushButton(translate("applicants_page", "Commit applicants"))
        self.commit_button.setObjectName("commit")
        self.commit_button.clicked.connect(self.commit)
        self.seed = QLineEdit()
        self.seed.setObjectName("seed")
        self.seed.setPlaceholderText(
            translate("applicants_page", "Public seed, e.g. the next national lottery numbers")
        )
        self.draw_button = QPushButton(translate("applicants_page", "Draw…"))
        self.draw_button.setObjectName("draw")
        self.draw_button.clicked.connect(self.draw)
        self.reset_button = QPushButton(translate("applicants_page", "Reset draw…"))
        self.reset_button.setObjectName("resetDraw")
        self.reset_button.clicked.connect(self.reset)
        draw_box = QGroupBox(translate("applicants_page", "Draw"))
        draw_form = QFormLayout(draw_box)
        draw_form.addRow(self.stage)
        row = QHBoxLayout()
        row.addWidget(self.digest, 1)
        row.addWidget(self.commit_button)
        draw_form.addRow(translate("applicants_page", "Digest"), row)
        row = QHBoxLayout()
        row.addWidget(self.seed, 1)
        row.addWidget(self.draw_button)
        row.addWidget(self.reset_button)
        draw_form.addRow(translate("applicants_page", "Seed"), row)

        self.model = ApplicantsModel()
        self.proxy = ApplicantsFilter()
        self.proxy.setSourceModel(self.model)
        self.proxy.set_statuses(LOTTERY_STATUSES)
        self.results = _table(self.proxy, "lotteryResults")
        self.results.sortByColumn(ApplicantsModel.POSITION, Qt.SortOrder.AscendingOrder)
        self.results.setColumnHidden(ApplicantsModel.EMAIL, True)
        self.results.horizontalHeader().setSectionResizeMode(
            ApplicantsModel.ORGANISATION, QHeaderView.ResizeMode.Stretch
        )
        self.results_label = QLabel()
        self.over_warning = QLabel()
        self.over_warning.setObjectName("overPlaces")
        self.over_warning.setWordWrap(True)
        self.over_warning.setStyleSheet("QLabel { background: #ffe2b3; color: #000000; padding: 4px; }")
        self.over_warning.hide()
        offer = QPushButton(translate("applicants_page", "Offer free places"))
        offer.setObjectName("offerPlaces")
        offer.setToolTip(
            translate("applicants_page", "Offer every free place to the next people on the waiting list")
        )
        offer.clicked.connect(lambda: self.act("offer", selected=False))
        offer_selected = QPushButton(translate("applicants_page", "Offer to selected"))
        offer_selected.clicked.connect(lambda: self.act("offer"))
        accept = QPushButton(translate("applicants_page", "Accept"))
        accept.setObjectName("acceptSelected")
        accept.clicked.connect(lambda: self.act("accept"))
        decline = QPushButton(translate("applicants_page", "Decline"))
        decline.setObjectName("declineSelected")
        decline.clicked.connect(lambda: self.act("decline"))
        actions = QHBoxLayout()
        actions.addWidget(self.results_label, 1)
        for button in (offer, offer_selected, accept, decline):
            actions.addWidget(button)
        results_box = QGroupBox(translate("applicants_page", "Results and waiting list"))
        results_layout = QVBoxLayout(results_box)
        results_layout.addLayout(actions)
        results_layout.addWidget(self.over_warning)
        results_layout.addWidget(self.results, 1)

        left = QVBoxLayout()
        left.addWidget(rules_box)
        left.addWidget(chart_box, 1)
        right = QVBoxLayout()
        right.addWidget(draw_box)
        right.addWidget(results_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.status: lottery_service.LotteryStatus | None = None

    def refresh(self) -> None:
        status = lottery_service.status(self.doc.db)
        self.status = status
        rules = status.rules
        for widget in (self.places, self.cap, self.local_share, self.first_share, self.offer_hours):
            widget.blockSignals(True)
        self.places.setValue(rules.places)
        self.cap.setValue(rules.cap_per_organisation or 0)
        local = next((s for s in rules.min_shares if s.label == "organisation_type=local_government"), None)
        first = next((s for s in rules.min_shares if s.label == "first_timer=yes"), None)
        self.local_share.setValue(round(local.share * 100) if local else 0)
        self.first_share.setValue(round(first.share * 100) if first else 0)
        self.other_shares = tuple(s for s in rules.min_shares if s not in (local, first))
        self.offer_hours.setValue(status.offer_hours)
        for widget in (self.places, self.cap, self.local_share, self.first_share, self.offer_hours):
            widget.blockSignals(False)
        drawn = status.stage == "drawn"
        for widget in (self.places, self.cap, self.local_share, self.first_share):
            widget.setEnabled(not drawn)
        self.digest.setText(status.digest)
        self.seed.setEnabled(status.stage == "committed")
        if drawn:
            self.seed.setText(status.seed)
        self.commit_button.setEnabled(status.stage in ("none", "draft", "committed"))
        self.draw_button.setEnabled(status.stage == "committed")
        self.reset_button.setEnabled(drawn and not status.offers_sent)
        self.reset_button.setToolTip(
            translate("applicants_page", "Offers have been sent, so the draw can no longer be reset.")
            if status.offers_sent
            else ""
        )
        n = status.applicants
        texts = {
            "none": f"No lottery yet. {people(n)} " + ("has" if n == 1 else "have") + " applied.",
            "draft": f"Rules set; {plural(n, 'applicant')}. Commit to fix the list and get the digest.",
            "committed": f"Committed: {plural(n, 'applicant')}. Publish the digest, then draw with a "
            "public seed chosen after applications closed.",
            "drawn": f"Drawn with seed “{status.seed}”: {status.guaranteed} always in, "
            f"{status.drawn} drawn, {status.waitlist} on the waiting list.",
        }
        self.stage.setText(texts[status.stage])
        values = applicant_service.list_applicants(self.doc.db)
        self.model.set_values(values)
        holding = sum(v.status in lottery_service.HOLDING for v in values)
        self.results_label.setText(
            fmt(
                translate("applicants_page", "%1 of %2 taken or offered."),
                format(holding, ","),
                plural(rules.places, "place"),
            )
        )
        # More holding a place than there are places: say so, loudly, with what to do about it.
        over = holding - rules.places
        self.over_warning.setVisible(over > 0 and rules.places > 0)
        if over > 0:
            self.over_warning.setText(
                fmt(
                    translate(
                        "applicants_page",
                        "⚠ More people hold or are offered a place than there are places: %1 for %2 (%3 "
                        "over). Offers accepted after others declined, or people who are always in, can "
                        "do this. Check the venue can take them, or raise Places.",
                    ),
                    format(holding, ","),
                    format(rules.places, ","),
                    format(over, ","),
                )
            )

    def _shares(self) -> list[MinShare]:
        shares = list(self.other_shares)
        if self.local_share.value() > 0:
            shares.append(MinShare("organisation_type", "local_government", self.local_share.value() / 100))
        if self.first_share.value() > 0:
            shares.append(MinShare("first_timer", "yes", self.first_share.value() / 100))
        return shares

    def apply_rules(self) -> None:
        action = ops.rules_action(
            places=self.places.value(),
            cap=self.cap.value() or None,
            min_shares=self._shares(),
            offer_hours=self.offer_hours.value(),
        )
        if self.doc.actions.run(action, self) is None:
            self.refresh()  # refused: show the rules as they are

    def simulate(self) -> None:
        status = self.status or lottery_service.status(self.doc.db)
        # About half a second of work whatever the size: fewer runs when there are many applicants.
        runs = max(20, min(SIMULATION_RUNS, SIMULATION_BUDGET // max(1, status.applicants)))
        self.simulate_button.setEnabled(False)
        task = self.doc.actions.start(
            ops.simulate_action(runs),
            self,
            on_done=self.show_simulation,
            on_error=self._simulation_failed,
            on_cancel=lambda: self.simulate_button.setEnabled(True),
        )
        if task is None:
            self.simulate_button.setEnabled(True)

    def _simulation_failed(self, exc: BaseException) -> None:
        self.simulate_button.setEnabled(True)
        QMessageBox.warning(self, translate("applicants_page", "Simulate the draw"), str(exc))

    def show_simulation(self, outcome: lottery_service.SimulationOutcome) -> None:
        self.simulate_button.setEnabled(True)
        self.chart_note.setText(
            fmt(translate("applicants_page", "Over %1 with different seeds."), plural(outcome.runs, "draw"))
        )
        bars = [
            (_group_label(key), share)
            for key, share in outcome.groups.items()
            if not key.startswith("role=") or key == "role=attendee"
        ]
        self.chart.set_bars(bars)

    def commit(self) -> None:
        status = lottery_service.status(self.doc.db)
        self.doc.actions.run(ops.commit_action(status), self)

    def confirm_text(self) -> str:
        status = self.status or lottery_service.status(self.doc.db)
        always = status.always_in
        places = max(0, status.rules.places - always)
        return (
            f"Draw {plural(places, 'place')} among {plural(status.applicants - always, 'applicant')} "
            f"({always} always in) with the seed “{self.seed.text().strip()}”?\n\n"
            "The result is final: it can only be reset while no offer has been sent."
        )

    def draw(self) -> None:
        if not self.seed.text().strip():
            QMessageBox.information(
                self,
                translate("applicants_page", "Draw"),
                translate("applicants_page", "Type the public seed first."),
            )
            return
        self.doc.actions.start(ops.draw_action(self.seed.text(), self.confirm_text()), self)

    def reset(self) -> None:
        self.doc.actions.run(ops.reset_action(lottery_service.status(self.doc.db)), self)

    def selected_ids(self) -> list[str]:
        return [str(index.data(IdRole)) for index in self.results.selectionModel().selectedRows()]

    def act(self, action: str, *, selected: bool = True) -> None:
        people = self.selected_ids() if selected else []
        if selected and not people:
            QMessageBox.information(
                self,
                translate("applicants_page", "Tickets"),
                translate("applicants_page", "Select people in the list first."),
            )
            return
        self.doc.actions.run(ops.change_tickets_action(action, people), self)


class ApplicantsPage(QWidget):
    """Applicants & lottery, as two tabs; offers past their deadline pass on when opened and every minute."""

    def __init__(self, doc: EventDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicantsPage")
        self.doc = doc
        self.tabs = QTabWidget()
        self.applicants = ApplicantsTab(doc)
        self.lottery = LotteryTab(doc)
        self.tabs.addTab(self.applicants, translate("applicants_page", "Applicants"))
        # In a scroll area, so a small window can still hold the page (it needs ~800 px side by side).
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.lottery)
        self.tabs.addTab(scroller, translate("applicants_page", "Lottery"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        shown = Topic.APPLICANTS | Topic.LOTTERY | Topic.TICKETS | Topic.CHECKIN | Topic.EVENT
        doc.subscribe(self, shown, self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(EXPIRY_CHECK_MS)
        self.timer.timeout.connect(self.expire_offers)
        self.timer.start()
        self.expire_offers()
        self.refresh()

    def _changed(self, _what: Topic) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.applicants.refresh()
        self.lottery.refresh()

    def expire_offers(self) -> int:
        """Offers past their deadline expire and pass on; returns how many expired."""
        actions = self.doc.actions
        if actions.busy:
            return 0  # a draw is running: the next check comes in a minute
        # A refusal goes to the status bar (the entry's failed signal), not a box every minute.
        outcome = actions.run(ops.expire_action(), self, on_error=lambda _exc: None)
        if outcome is None:
            return 0
        if outcome.changed:
            window = self.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(
                    fmt(
                        translate(
                            "applicants_page",
                            "%1 offers passed their deadline and went to the next people waiting (this "
                            "cannot be undone).",
                        ),
                        len(outcome.changed),
                    ),
                    15000,
                )
        return len(outcome.changed)


__all__ = ["ApplicantsPage", "BarChart", "status_label"]
