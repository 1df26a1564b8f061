"""A client's complete file for her (GDPR art. 15 and 20): her data as JSON, each plan as PDF.

No Qt: the same export can run from the command line or a test.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from app.domain import clock
from app.domain.clients import in_condition_order
from app.domain.evaluation import evaluate_for
from app.domain.planfile import plan_to_data
from app.domain.rules import RULES_VERSION
from app.handout.builder import build_handout
from app.handout.practice import Practice
from app.storage import atomic
from app.storage.stores import Stores

FORMAT = "supplan-client-file/1"


def export_client_file(
    stores: Stores, client_id: int, target: Path, language: str, practice: Practice
) -> list[str]:
    """Write a zip with client.json and one handout PDF per plan; returns the names inside."""
    record = stores.clients.get(client_id)
    draft = record.draft
    plans = []
    handouts: list[tuple[str, bytes]] = []
    for number, summary in enumerate(stores.plans.list_for_client(client_id), start=1):
        stored = stores.plans.get(summary.id)
        evaluation = evaluate_for(draft, stored)
        data = plan_to_data(evaluation.plan)
        data.update(
            title=stored.title,
            status=stored.status.value,
            version=stored.version,
            overrides=[
                {"rule": o.rule_id, "rules_version": o.rules_version, "reason": o.reason}
                for o in stored.overrides.values()
            ],
        )
        plans.append(data)
        pdf = build_handout(
            evaluation, practice, stored.handout_language or language, stored.handout_text
        )
        handouts.append((f"plans/{number:02d}-{stored.plan_date.isoformat()}.pdf", pdf))
    document = {
        "format": FORMAT,
        "exported_at": clock.now().isoformat(timespec="seconds"),
        "rules_version": RULES_VERSION,
        "client": {
            "client_number": record.client_number,
            "given_names": draft.given_names,
            "family_name_prefix": draft.family_name_prefix,
            "family_name": draft.family_name,
            "birth_date": draft.birth_date.isoformat() if draft.birth_date else None,
            "sex": draft.sex.value if draft.sex else None,
            "menopausal_status": draft.menopausal_status.value,
            "diet": draft.diet.value,
            "dietary_calcium_mg": draft.dietary_calcium_mg,
            "medicines": draft.medicines,
            "egfr": draft.egfr,
            "conditions": [c.value for c in in_condition_order(draft.conditions)],
            "allergies": draft.allergies,
            "notes": draft.notes,
            "email": draft.email,
            "phone": draft.phone,
            "archived": record.archived,
            "created_at": record.created_at.isoformat(timespec="seconds"),
            "modified_at": record.modified_at.isoformat(timespec="seconds"),
        },
        "plans": plans,
    }
    names = ["client.json", *(name for name, _pdf in handouts)]
    with (
        atomic.atomic_path(target) as temporary,  # never a half zip under its name
        zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr("client.json", json.dumps(document, ensure_ascii=False, indent=2))
        for name, pdf in handouts:
            archive.writestr(name, pdf)
    return names
