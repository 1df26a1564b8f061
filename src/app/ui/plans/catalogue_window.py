"""The product catalogue: the seed products (read-only, can be copied) and the practice's own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalogue import search_products, seed_products
from app.domain.plan import Product
from app.i18n import _
from app.storage.catalogue import PracticeProductRecord, ProductRepository
from app.ui.i18n import current_language, window_title
from app.ui.plans.products import ProductForm, composition_text


class CatalogueWindow(QMainWindow):
    """Browse, add, edit and archive products."""

    def __init__(self, products: ProductRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._products = products
        self.setWindowTitle(window_title(_("Product catalogue")))
        self.resize(720, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search products"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_("Search products"))
        self.show_archived = QCheckBox(_("Show archived products"))
        self.list = QListWidget()
        self.list.setObjectName("catalogue")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(_("Products"))
        self.add_button = QPushButton(_("Add product…"))
        self.edit_button = QPushButton(_("Edit…"))
        self.duplicate_button = QPushButton(_("Copy to own products"))
        self.archive_button = QPushButton(_("Archive"))
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.duplicate_button,
            self.archive_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        note = QLabel(
            _(
                "Seed products are read-only; copy one to make your own version. Changing a "
                "product never changes plans that already use it."
            )
        )
        note.setWordWrap(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        self.setCentralWidget(central)
        self.search.textChanged.connect(self.refresh)
        self.show_archived.toggled.connect(self.refresh)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(lambda: self.edit_product(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.duplicate_button.clicked.connect(self._copy_selected)
        self.archive_button.clicked.connect(self._toggle_archive)
        self.refresh()

    def refresh(self) -> None:
        """List the practice's products first, then the seed catalogue."""
        language = current_language()
        query = self.search.text()
        self.list.clear()
        own = self._products.list(include_archived=self.show_archived.isChecked())
        own_products = tuple(r.product for r in own)
        matching = {p.key for p in search_products(query, own_products)}
        for record in own:
            if record.product.key not in matching:
                continue
            label = _("Own") + (" · " + _("archived") if record.archived else "")
            self._add_entry(record.product, f"[{label}] {record.product.name}", record, language)
        seed = _("Seed")
        for product in search_products(query, seed_products()):
            name = product.name_en if language == "en" else product.name
            self._add_entry(product, f"[{seed}] {name}", None, language)
        self._update_buttons()

    def _add_entry(
        self,
        product: Product,
        title: str,
        record: PracticeProductRecord | None,
        language: str,
    ) -> None:
        entry = QListWidgetItem(f"{title}\n    {composition_text(product, language)}")
        entry.setData(Qt.ItemDataRole.UserRole, (product, record))
        self.list.addItem(entry)

    def _selected(self) -> tuple[Product, PracticeProductRecord | None] | None:
        entry = self.list.currentItem()
        if entry is None:
            return None
        selected: tuple[Product, PracticeProductRecord | None] = entry.data(
            Qt.ItemDataRole.UserRole
        )  # as stored by _add_entry
        return selected

    def _update_buttons(self) -> None:
        selected = self._selected()
        own = selected is not None and selected[1] is not None
        self.edit_button.setEnabled(own)
        self.archive_button.setEnabled(own)
        self.duplicate_button.setEnabled(selected is not None)
        if own:
            assert selected is not None and selected[1] is not None
            self.archive_button.setText(_("Unarchive") if selected[1].archived else _("Archive"))

    def edit_product(
        self, record: PracticeProductRecord | None, start: Product | None = None
    ) -> ProductForm:
        """Open the product form for a new or existing own product."""
        form = ProductForm(record.product if record else start, parent=self)

        def save() -> None:
            assert form.product is not None
            if record is None:
                self._products.create(form.product.name, form.product.nutrients)
            else:
                self._products.update(record.id, form.product.name, form.product.nutrients)
            self.refresh()

        form.accepted.connect(save)
        form.open()
        return form

    def _edit_selected(self) -> None:
        selected = self._selected()
        if selected is not None and selected[1] is not None:
            self.edit_product(selected[1])

    def _copy_selected(self) -> None:
        selected = self._selected()
        if selected is not None:
            product = selected[0]
            copy = Product(name=product.name + " " + _("(copy)"), nutrients=product.nutrients)
            self.edit_product(None, copy)

    def _toggle_archive(self) -> None:
        selected = self._selected()
        if selected is not None and selected[1] is not None:
            self._products.set_archived(selected[1].id, not selected[1].archived)
            self.refresh()
