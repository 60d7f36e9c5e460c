"""The roles of DESIGN §1. A user may hold several."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    TECHNICIAN = "technician"
    QC = "qc"
    QA = "qa"
    COORDINATOR = "coordinator"
    CLINICIAN = "clinician"
    MONITOR = "monitor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.TECHNICIAN: "GMP technician",
    Role.QC: "QC analyst",
    Role.QA: "QA / qualified person",
    Role.COORDINATOR: "Trial product coordinator",
    Role.CLINICIAN: "Clinician",
    Role.MONITOR: "Trial monitor",
    Role.ADMIN: "System administrator",
}

# Unblinded roles may see manufacturing data; clinicians and monitors never do (DESIGN §4.6).
UNBLINDED: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR})
MANUFACTURING: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.QC, Role.QA})
# Roles that may read the audit trail (QA reviews it; monitors review it read-only; admins
# investigate security events).
AUDIT_READERS: frozenset[Role] = frozenset({Role.QA, Role.MONITOR, Role.ADMIN})
ALL_ROLES: frozenset[Role] = frozenset(Role)
# Bags are seen by kit or bag number by everyone who handles them; blinded roles get no lot
# type or arm with them (DESIGN §4.6).
BAG_VIEWERS: frozenset[Role] = UNBLINDED | {Role.CLINICIAN, Role.MONITOR}
# QA sees subjects by subject number only (DESIGN §1); technicians do not need them.
SUBJECT_VIEWERS: frozenset[Role] = frozenset(
    {Role.COORDINATOR, Role.CLINICIAN, Role.MONITOR, Role.QA})
# Who prints each label kind, and who may review the print log.
BAG_LABEL_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.COORDINATOR})
CBU_LABEL_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN})
SAMPLE_LABEL_PRINTERS: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.QC})
WRISTBAND_PRINTERS: frozenset[Role] = frozenset({Role.CLINICIAN, Role.COORDINATOR})
LABEL_REVIEWERS: frozenset[Role] = frozenset({Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR})


def parse_role(text: str) -> Role:
    """Returns the Role named by text, or raises ValueError listing the valid names."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        valid = ", ".join(r.value for r in Role)
        raise ValueError(f"role '{text}' is not one of: {valid}") from None
