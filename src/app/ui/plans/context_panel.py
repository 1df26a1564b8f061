"""The client context the rules use, shown and editable beside the plan."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain import clock, limits
from app.domain.clients import (
    ClientDraft,
    Condition,
    Diet,
    MenopausalStatus,
    Sex,
    age_on,
    condition_name,
    egfr_unit,
    format_date,
    parse_date,
)
from app.domain.nutrients import format_amount, sentence_start
from app.i18n import _, language, ngettext
from app.ui.bounded import BoundedPlainTextEdit, bound_line
from app.ui.labels import choice_box, diet_label, menopausal_label, sex_label
from app.ui.medicine_hints import MedicineHints

#: The client fields behind each of the panel's inputs: an edit writes only its own field.
_FIELDS = {
    "birth_date": "birth_date",
    "sex": "sex",
    "status": "menopausal_status",
    "diet": "diet",
    "calcium": "dietary_calcium_mg",
    "egfr": "egfr",
    "conditions": "conditions",
    "medicines": "medicines",
}


class ContextPanel(QGroupBox):
    """Age (from the birth date), sex, status, diet, calcium from food, eGFR, conditions, medicines.

    Every accepted change is handed to *apply* as {client field: new value} holding only the
    field that was edited (with the input's name); text that is not valid yet is shown with
    its reason and not applied.
    """

    def __init__(
        self,
        apply: Callable[[dict[str, object], str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(_("Client context used by the rules"))
        self._apply = apply
        self._draft = ClientDraft()
        self._plan_date = clock.today()
        self._filling = False
        self.name = QLabel()
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(_("dd-mm-yyyy"))
        self.age = QLabel()
        self.sex = choice_box(Sex, sex_label)
        self.menopausal_status = choice_box(MenopausalStatus, menopausal_label)
        self.diet = choice_box(Diet, diet_label)
        self.dietary_calcium = bound_line(QLineEdit(), 6)
        self.dietary_calcium.setPlaceholderText(_("unknown"))
        self.egfr = bound_line(QLineEdit(), 6)
        self.egfr.setObjectName("context_egfr")
        self.egfr.setPlaceholderText(_("unknown"))
        self.conditions = {
            condition: QCheckBox(sentence_start(condition_name(condition, language())))
            for condition in Condition
        }
        for condition, box in self.conditions.items():
            box.setObjectName(f"context_condition_{condition.value}")
        self.medicines = BoundedPlainTextEdit(
            limits.MEDICINES * (limits.MEDICINE + 1), lines=limits.MEDICINES
        )
        self.medicines.setObjectName("context_medicines")
        self.medicines.setPlaceholderText(_("One medicine per line"))
        self.medicines.setTabChangesFocus(True)
        self.medicines.setFixedHeight(48)
        self.error = QLabel()
        self.error.setObjectName("context_error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        # Two columns, so the plan's items keep most of the height.
        grid = QGridLayout(self)
        left = (
            (_("Client"), self.name),
            (_("Birth date"), self.birth_date),
            (_("Age at plan date"), self.age),
            (_("Sex"), self.sex),
        )
        right = (
            (_("Menopausal status"), self.menopausal_status),
            (_("Diet"), self.diet),
            (_("Calcium from food (mg/day)"), self.dietary_calcium),
            (_("eGFR ({unit})", unit=egfr_unit(language())), self.egfr),
        )
        for row, (label, widget) in enumerate(left):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(widget, row, 1)
        for row, (label, widget) in enumerate(right):
            grid.addWidget(QLabel(label), row, 2)
            grid.addWidget(widget, row, 3)
        grid.addWidget(QLabel(_("Current medicines")), 4, 0)
        grid.addWidget(self.medicines, 4, 1, 1, 3)
        # How the lines read, and the offered correction right after the field (tab order).
        self.medicine_hints = MedicineHints(self.medicines, self)
        grid.addWidget(self.medicine_hints.notes, 5, 1, 1, 3)
        grid.addWidget(self.medicine_hints.offer, 6, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        # The conditions under the fields, two in each column: down the left, then the right.
        grid.addWidget(QLabel(_("Conditions")), 7, 0)
        for index, box in enumerate(self.conditions.values()):
            box.setAccessibleName(box.text())  # its own name, not the label beside the first
            grid.addWidget(box, 7 + index % 2, 1 + 2 * (index // 2))
        grid.addWidget(self.error, 9, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.birth_date.textEdited.connect(lambda _t: self._edited("birth_date"))
        self.dietary_calcium.textEdited.connect(lambda _t: self._edited("calcium"))
        self.egfr.textEdited.connect(lambda _t: self._edited("egfr"))
        for box in self.conditions.values():
            box.toggled.connect(lambda _c: self._edited("conditions"))
        self.medicines.textChanged.connect(lambda: self._edited("medicines"))
        for name, combo in (
            ("sex", self.sex),
            ("status", self.menopausal_status),
            ("diet", self.diet),
        ):
            combo.currentIndexChanged.connect(lambda _i, n=name: self._edited(n))

    def show_client(self, name: str, draft: ClientDraft, plan_date: date) -> None:
        """Fill the fields from the client's record (does not apply anything)."""
        self._filling = True
        self._draft = draft
        self._plan_date = plan_date
        self.name.setText(name)
        if parse_date(self.birth_date.text()) != draft.birth_date:
            self.birth_date.setText(format_date(draft.birth_date) if draft.birth_date else "")
        self.sex.setCurrentIndex(self.sex.findData(draft.sex.value if draft.sex else None))
        self.menopausal_status.setCurrentIndex(
            self.menopausal_status.findData(draft.menopausal_status.value)
        )
        self.menopausal_status.setEnabled(draft.sex is not Sex.MALE and self.isEnabled())
        self.diet.setCurrentIndex(self.diet.findData(draft.diet.value))
        calcium = "" if draft.dietary_calcium_mg is None else str(draft.dietary_calcium_mg)
        if self.dietary_calcium.text().strip() != calcium:
            self.dietary_calcium.setText(calcium)
        egfr = "" if draft.egfr is None else str(draft.egfr)
        if self.egfr.text().strip() != egfr:
            self.egfr.setText(egfr)
        for condition, box in self.conditions.items():
            box.setChecked(condition in draft.conditions)
        typed = [m.strip() for m in self.medicines.toPlainText().splitlines() if m.strip()]
        if typed != draft.medicines:
            self.medicines.setPlainText("\n".join(draft.medicines))
        if draft.birth_date:
            years = age_on(draft.birth_date, plan_date)
            self.age.setText(ngettext("{count} year", "{count} years", years, count=years))
        self._filling = False

    def _edited(self, field: str) -> None:
        if self._filling:
            return
        born = parse_date(self.birth_date.text())
        if born is None or born > self._plan_date:
            self.error.setText("⚠ " + _("Birth date: type a real date as dd-mm-yyyy."))
            return
        calcium_text = self.dietary_calcium.text().strip()
        calcium: int | None = None
        if calcium_text:
            digits = calcium_text.isascii() and calcium_text.isdigit()  # "²" is a digit too
            if not digits or int(calcium_text) > limits.DIETARY_CALCIUM_MG:
                maximum = format_amount(limits.DIETARY_CALCIUM_MG, language())
                text = _(
                    "Calcium from food: a whole number from 0 to {maximum} mg.", maximum=maximum
                )
                self.error.setText("⚠ " + text)
                return
            calcium = int(calcium_text)
        egfr_text = self.egfr.text().strip()
        egfr: int | None = None
        egfr_problem = ""
        if egfr_text:
            digits = egfr_text.isascii() and egfr_text.isdigit()
            if digits and limits.EGFR_MIN <= int(egfr_text) <= limits.EGFR_MAX:
                egfr = int(egfr_text)
            else:
                egfr_problem = "⚠ " + _(
                    "eGFR: a whole number from {minimum} to {maximum} {unit}.",
                    minimum=limits.EGFR_MIN,
                    maximum=limits.EGFR_MAX,
                    unit=egfr_unit(language()),
                )
        # A wrong eGFR stays explained, but does not hold up an edit of another field.
        self.error.setText(egfr_problem)
        if egfr_problem and field == "egfr":
            return
        sex = Sex(self.sex.currentData())
        draft = ClientDraft(
            **{
                **self._draft.__dict__,
                "birth_date": born,
                "sex": sex,
                "menopausal_status": MenopausalStatus(self.menopausal_status.currentData()),
                "diet": Diet(self.diet.currentData()),
                "dietary_calcium_mg": calcium,
                "egfr": egfr,
                "conditions": frozenset(c for c, box in self.conditions.items() if box.isChecked()),
                "medicines": [
                    m.strip() for m in self.medicines.toPlainText().splitlines() if m.strip()
                ],
            }
        )
        name = _FIELDS[field]
        values: dict[str, object] = {name: getattr(draft, name)}
        if name == "sex":  # a man has no menopausal status: one change, undone as one
            values["menopausal_status"] = draft.normalised().menopausal_status
        self._apply(values, field)
