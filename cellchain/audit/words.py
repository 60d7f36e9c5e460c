"""The audit trail in words: action names, field names and values as a reviewer reads them.

Pure. The stored records keep their codes and canonical JSON (the hashed bytes never change);
this module only decides how they read on the page, in the CSV export and on paper. Every
action in ``cellchain.blinding.rules.AUDIT_ACTIONS`` must have words here
(``tests/unit/test_audit_words.py`` fails otherwise), so no code reaches a reviewer raw.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

ACTION_LABELS: Final[Mapping[str, str]] = {
    "audit.reviewed": "Audit trail reviewed",
    "audit.exported": "Audit trail exported",
    "auth.login": "Signed in",
    "auth.login_failed": "Sign-in refused",
    "auth.logout": "Signed out",
    "auth.signature_failed": "Signing refused",
    "auth.witness_failed": "Second-person confirmation refused",
    "bedside.verified": "Bedside check",
    "bedside.confirmed": "Bedside check confirmed by a second clinician",
    "infusion.recorded": "Infusion recorded",
    "infusion.vitals_added": "Vital signs added",
    "subject.status_changed": "Subject status changed",
    "screening.evaluated": "Eligibility evaluated",
    "lab.recorded": "Laboratory result recorded",
    "subject.enrolled": "Subject enrolled",
    "subject.randomised": "Subject randomised",
    "subject.unblinded": "Emergency unblinding",
    "unblinding.arm_revealed": "Arm revealed by emergency unblinding",
    "randomisation.list_created": "Randomisation list put in force",
    "escalation.decided": "Dose-escalation decision signed",
    "cycle.started": "TAS-102 cycle started",
    "user.created": "User created",
    "user.deactivated": "User deactivated",
    "user.locked": "User locked out",
    "user.unlocked": "User unlocked",
    "user.roles_changed": "Roles changed",
    "user.password_reset": "Password reset by an administrator",
    "user.password_changed": "Password changed",
    "auth.password_change_failed": "Password change refused",
    "notification.acknowledged": "Notification acknowledged",
    "signature.foreign_user_id": "Signing with another person's user ID tried",
    "signature.applied": "Signed",
    "subject.registered": "Subject registered",
    "coi.issued": "Chain-of-identity identifier issued",
    "bag.allocated": "Bag allocated to a subject",
    "bag.created": "Bag made",
    "bag.kit_assigned": "Kit number assigned",
    "bag.released": "Bag released",
    "bag.dispatched": "Bag dispatched",
    "bag.at_ward": "Bag received at the ward",
    "bag.infused": "Bag infused",
    "bag.returned": "Bag returned",
    "bag.destroyed": "Bag destroyed",
    "bag.expired": "Bag expired",
    "bag.recalled": "Bag recalled",
    "bag.quarantine": "Bag quarantined",
    "batch.entry_corrected": "Batch record entry corrected",
    "batch.entry_verified": "Batch record entry verified",
    "batch.step_recorded": "Step recorded",
    "cbu.received": "Cord blood unit received",
    "cbu.accepted": "Cord blood unit accepted",
    "cbu.rejected": "Cord blood unit rejected",
    "cbu.consumed": "Cord blood unit used for a lot",
    "deviation.opened": "Deviation opened",
    "deviation.updated": "Deviation updated",
    "deviation.closed": "Deviation closed",
    "equipment.registered": "Equipment registered",
    "equipment.calibrated": "Equipment calibrated",
    "equipment.maintained": "Equipment maintained",
    "equipment.service_changed": "Equipment taken into or out of service",
    "label.printed": "Label printed",
    "label.reprinted": "Label reprinted",
    "label.rendered": "Label rendered to a file",
    "label.voided": "Printed label voided",
    "label.sent": "Label sent to the printer",
    "label.send_failed": "Label not sent to the printer",
    "label_template.registered": "Label template registered",
    "label_template.obsoleted": "Label template made obsolete",
    "lot.planned": "Lot planned",
    "lot.process_assigned": "Process assigned to the lot",
    "lot.status_changed": "Lot status changed",
    "lot.audit_trail_reviewed": "Lot audit trail reviewed",
    "release.decided": "Release decision signed",
    "lot.late_result_held": "Bags held after a late out-of-specification result",
    "lot.recall_signed": "Recall signed",
    "material.received": "Material received",
    "material.released": "Material released",
    "material.rejected": "Material rejected",
    "material.quarantine": "Material quarantined",
    "qc_sample.drawn": "QC sample drawn",
    "qc_result.recorded": "QC result recorded",
    "qc_result.reviewed": "QC result reviewed",
    "qc_result.corrected": "QC result corrected",
    # Adverse events (issue 11 item 5).
    "adverse_event.reported": "Adverse event reported",
    "adverse_event.updated": "Adverse event changed",
    # Chain of custody (issue 11 item 2).
    "custody.dispatched": "Dispatch from the lab recorded",
    "custody.received": "Receipt at the ward recorded",
    "custody.returned": "Return to the lab recorded",
    "custody.excursion_opened": "Temperature excursion found",
    "custody.excursion_acknowledged": "Temperature excursion acknowledged by QA",
    # Allocation (issue 11 item 1).
    "bag.deallocated": "Bag taken back from its subject (deallocated)",
}

# Words a field name is made of that are written otherwise (abbreviations, units).
_WORD_FORMS: Final[Mapping[str, str]] = {
    "abo": "ABO", "rh": "Rh", "cbu": "CBU", "coi": "COI", "din": "DIN", "dins": "DINs",
    "id": "ID", "idm": "IDM", "mnc": "MNC", "qc": "QC", "pct": "%", "sha256": "SHA-256",
    "url": "URL", "ok": "OK",
    # Adverse events (issue 11 item 5).
    "rak": "RAK", "tas102": "TAS-102", "dlt": "DLT", "ctcae": "CTCAE",
}
MISSING: Final = "—"


def action_label(code: str) -> str:
    """Returns what an action reads as; an unknown code (an old record) still reads as words."""
    if code in ACTION_LABELS:
        return ACTION_LABELS[code]
    kind, _, verb = code.partition(".")
    return field_label(f"{kind} {verb}".replace(".", " "))


def field_label(key: str) -> str:
    """``parent_dins`` -> ``Parent DINs``; ``viability_pct`` -> ``Viability %``."""
    words = [_WORD_FORMS.get(w.lower(), w.lower()) for w in key.replace("_", " ").split()]
    if not words:
        return key
    first = words[0]
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


def value_text(value: Any) -> str:
    """One value as text: lists joined, yes/no for booleans, whole numbers without '.0'."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value) if value else MISSING
    if isinstance(value, dict):
        return "; ".join(f"{field_label(k)}: {value_text(v)}" for k, v in value.items())
    return str(value)


@dataclass(frozen=True)
class Line:
    """One field of a change: ``old`` is None when the record has no before value."""

    field: str
    new: str
    old: str | None = None

    def text(self) -> str:
        return f"{self.field}: {self.old} → {self.new}" if self.old is not None \
            else f"{self.field}: {self.new}"


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


# Payload fields that hold another record's internal id: shown as that record's identifier.
REFERENCES: Final[Mapping[str, str]] = {"subject_id": "subject", "lot_id": "lot"}
Names = Mapping[tuple[str, str], str]


def _fields(changes: str, data: str) -> list[tuple[str, Any, Any, bool]]:
    """(key, old, new, has_before) for every change and every data item, in stored order;
    a nested mapping (a step's measured values) gives one item per entry."""
    items: list[tuple[str, Any, Any, bool]] = []
    parsed = _loads(changes)
    if isinstance(parsed, list):
        for item in parsed:
            if isinstance(item, dict) and "field" in item:
                old = item.get("old")
                items.append((str(item["field"]), old, item.get("new"), old is not None))
            else:
                items.append(("change", None, item, False))
    elif parsed not in ("", None):
        items.append(("changes", None, parsed, False))
    extra = _loads(data)
    if isinstance(extra, dict):
        for key, value in extra.items():
            if isinstance(value, dict) and value:
                items.extend((str(k), None, v, False) for k, v in value.items())
            else:
                items.append((str(key), None, value, False))
    elif extra not in ("", None):
        items.append(("data", None, extra, False))
    return items


def references(changes: str, data: str) -> set[tuple[str, str]]:
    """The records a payload refers to by internal id, to be named in bulk before rendering."""
    return {(REFERENCES[key], str(value)) for key, old, new, _ in _fields(changes, data)
            if key in REFERENCES for value in (old, new) if isinstance(value, int)}


def change_lines(changes: str, data: str, names: Names | None = None) -> list[Line]:
    """The stored ``changes`` and ``data`` JSON as field / old / new lines, in stored order.

    A change with a before value reads old -> new; a creation (no before value) and every
    ``data`` item read as the value alone. A reference to another record by internal id reads
    as that record's identifier from ``names`` (see ``references``). Text that is not the
    expected JSON is shown as it is, never dropped.
    """
    known = names or {}

    def text(key: str, label: str, value: Any) -> str:
        if key in REFERENCES and isinstance(value, int):
            name = known.get((REFERENCES[key], str(value)), value_text(value))
            return name.removeprefix(f"{label} ")  # "Subject RAK001" under "Subject"
        return value_text(value)

    lines = []
    for key, old, new, has_before in _fields(changes, data):
        label = field_label(REFERENCES[key]) if key in REFERENCES else field_label(key)
        lines.append(Line(label, text(key, label, new),
                          text(key, label, old) if has_before else None))
    return lines


def actor_text(actor_name: str, username: str | None) -> str:
    """Who did it: printed name and user ID, or the system job / anonymous caller in words."""
    if username is not None:
        return f"{actor_name} ({username})"
    if actor_name.startswith("system:"):
        return f"System ({actor_name.removeprefix('system:')})"
    return actor_name[:1].upper() + actor_name[1:]
