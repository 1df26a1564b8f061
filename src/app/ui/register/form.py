"""The client form: add or edit a client, with each problem shown next to its field.

Over 400 lines because it is one dialog: building the fields, reading them back into a
draft, checking as typed and merging another window's save all work on the same field
widgets. Its sentences for each problem live in client_texts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock, limits
from app.domain.clients import (
    CLIENT_FIELDS,
    ClientDraft,
    ClientRecord,
    Condition,
    Diet,
    FieldProblem,
    MenopausalStatus,
    Sex,
    age_on,
    condition_name,
    date_text_problem,
    egfr_unit,
    format_date,
    parse_date,
    validate_client,
)
from app.domain.nutrients import sentence_start
from app.i18n import _, language, ngettext
from app.ui.bounded import BoundedPlainTextEdit, bound_line
from app.ui.i18n import window_title
from app.ui.labels import choice_box, diet_label, menopausal_label, sex_label
from app.ui.medicine_hints import MedicineHints
from app.ui.register.client_texts import problem_text, shown_value

SaveFunction = Callable[[ClientDraft], ClientRecord]


class ClientForm(QDialog):
    """Add or edit one client. *save* stores the draft and may raise InvalidClient."""

    saved = Signal(object)  # the ClientRecord as stored

    def __init__(
        self,
        save: SaveFunction,
        record: ClientRecord | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._record = record
        self._today = today or clock.today()
        self._dirty = False
        self._merging = False
        self._tried_to_save = False
        #: Fields checked on leaving them: their message follows the typing from then on.
        self._checked_fields: set[str] = set()
        self.setWindowTitle(
            window_title(_("New client"))
            if record is None
            else window_title(_("Client {client}", client=record.display_name))
        )
        self.setMinimumWidth(560)
        self._build()
        if record is not None:
            self._fill(record.draft)
        self._update_status_enabled()
        self._connect_changes()

    # --- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.given_names = bound_line(QLineEdit(), limits.NAME)
        self.family_name_prefix = bound_line(QLineEdit(), limits.NAME_PREFIX)
        self.family_name_prefix.setPlaceholderText(_("e.g. van der"))
        self.family_name_prefix.setMaximumWidth(120)
        self.family_name = bound_line(QLineEdit(), limits.NAME)
        self.birth_date = bound_line(QLineEdit(), 20)
        self.birth_date.setPlaceholderText(_("dd-mm-yyyy"))
        self.birth_date.setMaximumWidth(140)
        self.age_label = QLabel()
        self.sex = choice_box(Sex, sex_label, empty=_("— choose —"))
        self.menopausal_status = choice_box(MenopausalStatus, menopausal_label)
        self.diet = choice_box(Diet, diet_label)
        self.dietary_calcium = bound_line(QLineEdit(), 6)
        self.dietary_calcium.setPlaceholderText(_("unknown"))
        self.dietary_calcium.setMaximumWidth(140)
        self.egfr = bound_line(QLineEdit(), 6)
        self.egfr.setObjectName("client_egfr")
        self.egfr.setPlaceholderText(_("unknown"))
        self.egfr.setMaximumWidth(140)
        # Created here, so Tab reaches them right after the eGFR, before the medicines.
        self.conditions = {
            condition: QCheckBox(sentence_start(condition_name(condition, language())))
            for condition in Condition
        }
        self.medicines = BoundedPlainTextEdit(
            limits.MEDICINES * (limits.MEDICINE + 1), lines=limits.MEDICINES
        )
        self.medicines.setPlaceholderText(_("One medicine per line, e.g. Fosamax 70 mg"))
        self.medicines.setTabChangesFocus(True)
        self.medicines.setFixedHeight(80)
        self.allergies = bound_line(QLineEdit(), limits.ALLERGIES)
        self.email = bound_line(QLineEdit(), limits.EMAIL)
        self.phone = bound_line(QLineEdit(), limits.PHONE)
        self.notes = BoundedPlainTextEdit(limits.CLIENT_NOTES)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_row = QHBoxLayout()
        name_row.addWidget(self.family_name_prefix)
        name_row.addWidget(self.family_name, 1)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_date)
        birth_row.addWidget(self.age_label, 1)
        calcium_row = QHBoxLayout()
        calcium_row.addWidget(self.dietary_calcium)
        calcium_row.addWidget(QLabel(_("mg/day from food")), 1)
        egfr_row = QHBoxLayout()
        egfr_row.addWidget(self.egfr)
        egfr_row.addWidget(QLabel(egfr_unit(language())), 1)
        conditions_box = QWidget()
        conditions_grid = QGridLayout(conditions_box)
        conditions_grid.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.conditions.values()):
            box.setObjectName(f"condition_{list(self.conditions)[index].value}")
            # Down the first column, then the second: each column as wide as its longest name.
            conditions_grid.addWidget(box, index % 2, index // 2)
        rows: list[tuple[str, str, QWidget | QHBoxLayout]] = [
            ("given_names", _("Given name(s) *"), self.given_names),
            ("family_name", _("Prefix and family name *"), name_row),
            ("birth_date", _("Birth date *"), birth_row),
            ("sex", _("Sex *"), self.sex),
            ("menopausal_status", _("Menopausal status"), self.menopausal_status),
            ("diet", _("Diet"), self.diet),
            ("dietary_calcium_mg", _("Calcium from food"), calcium_row),
            ("egfr", _("Kidney function (eGFR)"), egfr_row),
            ("conditions", _("Conditions"), conditions_box),
            ("medicines", _("Current medicines"), self._medicines_box()),
            ("allergies", _("Allergies / intolerances"), self.allergies),
            ("email", _("Email"), self.email),
            ("phone", _("Phone"), self.phone),
            ("notes", _("Notes"), self.notes.with_counter()),
        ]
        for name, label, field in rows:
            form.addRow(label, field)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setWordWrap(True)
            error.setStyleSheet("color: #b00020;")
            error.setVisible(False)
            form.addRow("", error)
            self._errors[name] = error
        self._errors["family_name_prefix"] = self._errors["family_name"]

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(_("Fields marked * are required."))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _medicines_box(self) -> QWidget:
        """The medicines with their counter, how the lines read and the offered correction.

        Built here, with the field, so the offer comes right after it in the tab order.
        """
        box = self.medicines.with_counter()
        self.medicine_hints = MedicineHints(self.medicines, box)
        box_layout = box.layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.addWidget(self.medicine_hints.notes)
        box_layout.addWidget(self.medicine_hints.offer, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _fill(self, draft: ClientDraft) -> None:
        self.given_names.setText(draft.given_names)
        self.family_name_prefix.setText(draft.family_name_prefix)
        self.family_name.setText(draft.family_name)
        self.birth_date.setText(format_date(draft.birth_date) if draft.birth_date else "")
        self._update_age()
        self.sex.setCurrentIndex(self.sex.findData(draft.sex.value if draft.sex else None))
        self.menopausal_status.setCurrentIndex(
            self.menopausal_status.findData(draft.menopausal_status.value)
        )
        self.diet.setCurrentIndex(self.diet.findData(draft.diet.value))
        calcium = draft.dietary_calcium_mg
        self.dietary_calcium.setText("" if calcium is None else str(calcium))
        self.egfr.setText("" if draft.egfr is None else str(draft.egfr))
        for condition, box in self.conditions.items():
            box.setChecked(condition in draft.conditions)
        self.medicines.setPlainText("\n".join(draft.medicines))
        self.allergies.setText(draft.allergies)
        self.email.setText(draft.email)
        self.phone.setText(draft.phone)
        self.notes.setPlainText(draft.notes)

    def _connect_changes(self) -> None:
        for edit in (
            self.given_names,
            self.family_name_prefix,
            self.family_name,
            self.birth_date,
            self.dietary_calcium,
            self.egfr,
            self.allergies,
            self.email,
            self.phone,
        ):
            edit.textEdited.connect(self._changed)
        for box in self.conditions.values():
            box.toggled.connect(self._changed)
        for text in (self.medicines, self.notes):
            text.textChanged.connect(self._changed)
        for combo in (self.sex, self.menopausal_status, self.diet):
            combo.currentIndexChanged.connect(self._changed)
        self.sex.currentIndexChanged.connect(self._update_status_enabled)
        self.birth_date.textChanged.connect(self._update_age)
        self.birth_date.editingFinished.connect(self._check_birth_date)

    # --- behaviour ----------------------------------------------------------------------
    @property
    def record(self) -> ClientRecord | None:
        """The client as stored when the form last heard of her (None for a new client)."""
        return self._record

    def merge(self, record: ClientRecord) -> list[str]:
        """Another window saved this client: show her new values in the fields not edited here.

        A field edited here and also changed there keeps what was typed here, with a note
        saying what the other window saved; returns the names of those fields.
        """
        assert self._record is not None
        base, theirs = self._record.draft, record.draft
        mine = self._draft_or_problems()[0].normalised()
        take, conflicts = [], []
        for name in CLIENT_FIELDS:
            if getattr(theirs, name) == getattr(base, name):
                continue
            if getattr(mine, name) == getattr(base, name):
                take.append(name)
            elif getattr(mine, name) != getattr(theirs, name):
                conflicts.append(name)
        self._record = record
        self._merging = True
        try:
            self._fill_fields(theirs, take)
        finally:
            self._merging = False
        for name in conflicts:
            label = self._errors.get(name)
            if label is not None:
                label.setText(
                    "⚠ "
                    + _(
                        "Changed in another window to “{value}”. Saving keeps what you typed here.",
                        value=shown_value(getattr(theirs, name)),
                    )
                )
                label.setVisible(True)
        return conflicts

    def _fill_fields(self, draft: ClientDraft, names: list[str]) -> None:
        """Put these fields of *draft* into their widgets (the others keep what is typed)."""
        if "family_name_prefix" in names or "family_name" in names:
            self.family_name_prefix.setText(draft.family_name_prefix)
            self.family_name.setText(draft.family_name)
        combos = {"sex": self.sex, "menopausal_status": self.menopausal_status, "diet": self.diet}
        for name in names:
            value = getattr(draft, name)
            if name in combos:
                combos[name].setCurrentIndex(combos[name].findData(value.value if value else None))
            elif name == "birth_date":
                self.birth_date.setText(format_date(value) if value else "")
            elif name == "dietary_calcium_mg":
                self.dietary_calcium.setText("" if value is None else str(value))
            elif name == "egfr":
                self.egfr.setText("" if value is None else str(value))
            elif name == "conditions":
                for condition, box in self.conditions.items():
                    box.setChecked(condition in value)
            elif name == "medicines":
                self.medicines.setPlainText("\n".join(value))
            elif name == "notes":
                self.notes.setPlainText(value)
            elif name not in ("family_name_prefix", "family_name"):
                getattr(self, name).setText(value)

    @property
    def is_dirty(self) -> bool:
        """Whether the form holds edits that were not saved."""
        return self._dirty

    @property
    def chosen_sex(self) -> Sex | None:
        """The sex chosen in the form, or None while "choose" is shown."""
        value = self.sex.currentData()
        return None if value is None else Sex(value)

    def _changed(self) -> None:
        if self._merging:
            return  # another window's values, not an edit made here
        self._dirty = True
        if self._tried_to_save:
            self._show_problems(self._problems(self._draft_or_problems()))
        else:
            for name in self._checked_fields:
                self._show_field_problems(name)

    def _check_birth_date(self) -> None:
        """Leaving the field: a date that cannot be read or cannot be right is refused there."""
        if self.birth_date.text().strip():
            self._checked_fields.add("birth_date")
        if "birth_date" in self._checked_fields and not self._tried_to_save:
            self._show_field_problems("birth_date")

    def _show_field_problems(self, name: str) -> None:
        problems = self._problems(self._draft_or_problems())
        messages = [problem_text(p) for p in problems if p.field == name]
        label = self._errors[name]
        label.setText("⚠ " + " ".join(messages) if messages else "")
        label.setVisible(bool(messages))

    def _update_status_enabled(self) -> None:
        applies = self.chosen_sex is not Sex.MALE
        self.menopausal_status.setEnabled(applies)
        if not applies:
            self.menopausal_status.setCurrentIndex(
                self.menopausal_status.findData(MenopausalStatus.UNKNOWN.value)
            )
        self.menopausal_status.setToolTip("" if applies else _("Does not apply to a male client."))

    def _update_age(self) -> None:
        born = parse_date(self.birth_date.text())
        if born is None or born > self._today:
            self.age_label.setText("")
        else:
            years = age_on(born, self._today)
            self.age_label.setText(ngettext("{count} year", "{count} years", years, count=years))

    def _draft_or_problems(self) -> tuple[ClientDraft, list[FieldProblem]]:
        """The draft as typed, plus problems only the form can see (text that is no date)."""
        problems: list[FieldProblem] = []
        birth_text = self.birth_date.text().strip()
        birth_date = parse_date(birth_text) if birth_text else None
        birth_problem = date_text_problem(birth_text) if birth_text else None
        if birth_problem is not None:
            problems.append(FieldProblem("birth_date", birth_problem))
        calcium_text = self.dietary_calcium.text().strip()
        calcium: int | None = None
        if calcium_text:
            try:
                calcium = int(calcium_text)
            except ValueError:
                problems.append(FieldProblem("dietary_calcium_mg", "not_a_number"))
        egfr_text = self.egfr.text().strip()
        egfr: int | None = None
        if egfr_text:
            if egfr_text.isascii() and egfr_text.isdigit():  # "²" is a digit too
                egfr = int(egfr_text)
            else:
                problems.append(FieldProblem("egfr", "not_a_number"))
        draft = ClientDraft(
            given_names=self.given_names.text(),
            family_name_prefix=self.family_name_prefix.text(),
            family_name=self.family_name.text(),
            birth_date=birth_date,
            sex=self.chosen_sex,
            menopausal_status=MenopausalStatus(self.menopausal_status.currentData()),
            diet=Diet(self.diet.currentData()),
            dietary_calcium_mg=calcium,
            medicines=self.medicines.toPlainText().splitlines(),
            egfr=egfr,
            conditions=frozenset(c for c, box in self.conditions.items() if box.isChecked()),
            allergies=self.allergies.text(),
            notes=self.notes.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
        )
        return draft, problems

    def _problems(
        self, draft_and_problems: tuple[ClientDraft, list[FieldProblem]]
    ) -> list[FieldProblem]:
        draft, problems = draft_and_problems
        seen = {p.field for p in problems}
        checked = validate_client(draft.normalised(), self._today)
        return problems + [p for p in checked if p.field not in seen]

    def try_save(self) -> bool:
        """Save if every field is acceptable; otherwise show why next to each field."""
        from app.storage.clients import InvalidClient, StaleClient

        self._tried_to_save = True
        draft, form_problems = self._draft_or_problems()
        problems = self._problems((draft, form_problems))
        self._show_problems(problems)
        if problems:
            self._focus_first(problems)
            return False
        from sqlalchemy.exc import SQLAlchemyError

        try:
            record = self._save(draft)
        except InvalidClient as error:
            self._show_problems(error.problems)
            return False
        except StaleClient as stale:
            # Saved elsewhere after the form last heard of it: show that, never overwrite it.
            self.merge(stale.current)
            QMessageBox.warning(
                self,
                _("Changed in another window"),
                _(
                    "This client was changed in another window while you were editing, so "
                    "nothing was saved. The form now shows those changes; fields you edited "
                    "keep what you typed. Check them and save again."
                ),
            )
            return False
        except (SQLAlchemyError, OSError) as error:
            # Disk full, read-only folder, locked file: the transaction was rolled back.
            from app.ui.messages import database_write_text

            QMessageBox.warning(self, _("Not saved"), database_write_text(error))
            return False
        self._dirty = False
        self.saved.emit(record)
        self.accept()
        return True

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        for name, label in self._errors.items():
            if name == "family_name_prefix":
                continue
            messages = by_field.get(name, []) + (
                by_field.get("family_name_prefix", []) if name == "family_name" else []
            )
            label.setText("⚠ " + " ".join(messages) if messages else "")
            label.setVisible(bool(messages))

    def _focus_first(self, problems: list[FieldProblem]) -> None:
        widgets = {
            "given_names": self.given_names,
            "family_name": self.family_name,
            "family_name_prefix": self.family_name_prefix,
            "birth_date": self.birth_date,
            "sex": self.sex,
            "dietary_calcium_mg": self.dietary_calcium,
            "egfr": self.egfr,
            "medicines": self.medicines,
            "email": self.email,
            "phone": self.phone,
            "allergies": self.allergies,
            "notes": self.notes,
        }
        widget = widgets.get(problems[0].field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Close without saving, after asking whether edits may be thrown away."""
        if self._dirty and not self.confirm_discard():
            return
        self._dirty = False
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask whether unsaved edits may be thrown away."""
        answer = QMessageBox.question(
            self,
            _("Unsaved changes"),
            _("This client has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def discard(self) -> None:
        """Close and throw the edits away, without asking (the caller asked)."""
        self._dirty = False
        self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is the same as Cancel."""
        if self._dirty and not self.confirm_discard():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)
