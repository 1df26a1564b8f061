"""Choosing a product for a plan: the searchable picker and the custom-product form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import limits
from app.domain.catalogue import search_products
from app.domain.nutrients import (
    Nutrient,
    Unit,
    format_amount,
    nutrient_title,
    unit_label,
)
from app.domain.plan import NutrientAmount, Product, parse_amount
from app.domain.plan import composition_text as nutrients_text
from app.i18n import _
from app.ui.bounded import bound_line
from app.ui.i18n import current_language, window_title
from app.ui.plans.colours import error_colour
from app.ui.wheel import WheelSafeComboBox


def composition_text(product: Product, language: str) -> str:
    """The composition in words, e.g. "calcium 500 mg, vitamin D 10 µg"."""
    return nutrients_text(product.nutrients, language)


class ProductPicker(QDialog):
    """Type part of a name ("zink", "mk-7", "calc") and pick a product."""

    picked = Signal(object)  # Product

    def __init__(self, products: tuple[Product, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(_("Add product")))
        self.resize(560, 460)
        self._products = products
        self.search = QLineEdit()
        self.search.setObjectName("product_search")
        self.search.setPlaceholderText(_("Type part of a name, e.g. zink, mk-7, calc"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search products"))
        self.results = QListWidget()
        self.results.setObjectName("product_results")
        self.results.setWordWrap(True)
        self.results.setAccessibleName(_("Matching products"))
        # Up/Down (and Page Up/Down) in the search box move the selection in the results.
        self.search.installEventFilter(self)
        self.empty = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(_("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept_current)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.filter)
        self.results.itemActivated.connect(lambda _item: self.accept_current())
        self.search.returnPressed.connect(self.accept_current)
        self.filter("")

    _MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hand the search box's Up/Down keys to the results list."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self._MOVE_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            QApplication.sendEvent(self.results, event)
            return True
        return super().eventFilter(watched, event)

    def filter(self, text: str) -> None:
        """Show the products matching what was typed; the first is selected."""
        language = current_language()
        self.results.clear()
        for product in search_products(text, self._products):
            name = product.name_en if language == "en" and product.name_en else product.name
            entry = QListWidgetItem(f"{name}\n    {composition_text(product, language)}")
            entry.setData(Qt.ItemDataRole.UserRole, product)
            self.results.addItem(entry)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.empty.setText("")
        else:
            self.empty.setText(_("No product matches. Add a custom product instead."))
        self.add_button.setEnabled(self.results.count() > 0)

    def accept_current(self) -> None:
        """Add the selected product."""
        entry = self.results.currentItem()
        if entry is None:
            return
        self.picked.emit(entry.data(Qt.ItemDataRole.UserRole))
        self.accept()


class ProductForm(QDialog):
    """Name and composition per unit of a custom or practice product, checked as typed."""

    ROWS = 6

    def __init__(
        self,
        product: Product | None = None,
        offer_save: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title(_("Product")))
        self.product: Product | None = None
        language = current_language()
        self.name = bound_line(QLineEdit(product.name if product else ""), limits.PRODUCT_NAME)
        self.name.setObjectName("product_name")
        self.name.setAccessibleName(_("Name"))
        self.name_error = QLabel()
        self.name_error.setStyleSheet(f"color: {error_colour(self.palette())};")
        grid = QGridLayout()
        grid.addWidget(QLabel(_("Name")), 0, 0)
        grid.addWidget(self.name, 0, 1, 1, 3)
        grid.addWidget(self.name_error, 1, 1, 1, 3)
        grid.addWidget(QLabel(_("Per unit (tablet, capsule, dose):")), 2, 0, 1, 4)
        self.rows: list[tuple[QComboBox, QLineEdit, QComboBox, QLabel]] = []
        existing = list(product.nutrients) if product else []
        for row in range(self.ROWS):
            nutrient = WheelSafeComboBox()
            nutrient.addItem("—", None)
            for n in Nutrient:
                nutrient.addItem(nutrient_title(n, language), n.value)
            amount = bound_line(QLineEdit(), 15)
            amount.setObjectName(f"amount_{row}")
            amount.setMaximumWidth(110)
            unit = WheelSafeComboBox()
            for u in Unit:
                unit.addItem(unit_label(u, language), u.value)  # IE in Dutch, stored as IU
            number = str(row + 1)
            nutrient.setAccessibleName(_("Nutrient {number}", number=number))
            amount.setAccessibleName(_("Amount per unit {number}", number=number))
            unit.setAccessibleName(_("Unit {number}", number=number))
            error = QLabel()
            error.setObjectName(f"amount_error_{row}")
            error.setStyleSheet(f"color: {error_colour(self.palette())};")
            if row < len(existing):
                part = existing[row]
                nutrient.setCurrentIndex(nutrient.findData(part.nutrient.value))
                amount.setText(format_amount(part.amount, "en").replace(",", ""))
                unit.setCurrentIndex(unit.findData(part.unit.value))
            else:
                unit.setCurrentIndex(unit.findData(Unit.MG.value))
            grid.addWidget(nutrient, 3 + 2 * row, 0)
            grid.addWidget(amount, 3 + 2 * row, 1)
            grid.addWidget(unit, 3 + 2 * row, 2)
            grid.addWidget(error, 4 + 2 * row, 0, 1, 4)
            self.rows.append((nutrient, amount, unit, error))
            for signal in (
                amount.textEdited,
                nutrient.currentIndexChanged,
                unit.currentIndexChanged,
            ):
                signal.connect(self.validate)
        self.save_to_catalogue = QCheckBox(_("Also add to the practice's catalogue"))
        self.save_to_catalogue.setVisible(offer_save)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.save_to_catalogue)
        layout.addWidget(self.buttons)
        self.validate()

    def _messages(self) -> dict[str, str]:
        return {
            "required": _("Enter the amount per unit."),
            "not_a_number": _("Enter a number, e.g. 500 or 12.5."),
            "not_finite": _("Enter a number, e.g. 500 or 12.5."),
            "negative": _("An amount cannot be negative."),
            "absurd": _(
                "More than {grams} g per unit is not possible.",
                grams=format_amount(limits.AMOUNT_PER_UNIT_MG / 1000, current_language()),
            ),
            "iu_undefined": _("IU is only defined for vitamins A, D and E."),
        }

    def validate(self) -> tuple[NutrientAmount, ...] | None:
        """Check every row and show the reason next to a wrong amount; None if any is wrong."""
        messages = self._messages()
        parts: list[NutrientAmount] = []
        ok = True
        for nutrient_box, amount, unit_box, error in self.rows:
            value = nutrient_box.currentData()
            if value is None:
                error.setText("" if not amount.text().strip() else _("Choose a nutrient."))
                ok = ok and not amount.text().strip()
                continue
            nutrient, unit = Nutrient(value), Unit(unit_box.currentData())
            parsed, problem = parse_amount(amount.text(), nutrient, unit)
            if problem is not None:
                error.setText("⚠ " + messages[problem])
                ok = False
            else:
                error.setText("")
                assert parsed is not None
                parts.append(NutrientAmount(nutrient, parsed, unit))
        return tuple(parts) if ok else None

    def try_accept(self) -> bool:
        """Accept when the name and every amount are valid."""
        parts = self.validate()
        name = self.name.text().strip()
        self.name_error.setText("" if name else "⚠ " + _("Enter a name."))
        if parts is not None and not parts:
            self.rows[0][3].setText("⚠ " + _("Add at least one nutrient."))
            parts = None
        if parts is None or not name:
            return False
        self.product = Product(name=name, nutrients=parts)
        self.accept()
        return True
