"""What the bedside pages show: a check with its verdict, confirmation and next step, and an
infusion record with its vital signs. Reads only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from cellchain.auth.principal import Principal
from cellchain.auth.roles import Role
from cellchain.bags.models import Bag
from cellchain.bedside import infusion as infusions
from cellchain.bedside import rules, service
from cellchain.bedside.infusion_rules import VITALS, VitalsEntry
from cellchain.bedside.models import (
    BedsideConfirmation,
    BedsideVerification,
    Infusion,
    VitalSign,
)
from cellchain.bedside.settings import bedside_settings
from cellchain.blinding import rules as blinding
from cellchain.config import Settings
from cellchain.display import din_text
from cellchain.errors import BadInput
from cellchain.inputs.rules import site_time_to_utc
from cellchain.lots.models import Lot
from cellchain.trial.models import Subject


@dataclass(frozen=True)
class CheckView:
    row: BedsideVerification
    checks: list[rules.Check]
    subject: str  # how the subject is named ("RAK001"), or "" when no subject was named
    subject_id: int | None
    bag: str  # "Kit K1234567" or "Bag A9990 26 000001 A0", or ""
    bag_id: int | None
    confirmation: BedsideConfirmation | None
    only_acknowledgement_missing: bool
    may_confirm: bool
    may_record: str  # "" when the infusion may be recorded, else why not
    infusion: Infusion | None


def bag_name(session: Session, bag: Bag | None, roles: frozenset[Role]) -> str:
    """Names a bag for this reader: kit number for a blinded reader of a kit bag (DESIGN
    §4.6), else the DIN and division as printed."""
    if bag is None:
        return ""
    if not blinding.shows_lot_identity(roles, kit_number=bag.kit_number):
        return f"Kit {bag.kit_number}"
    lot = session.get(Lot, bag.lot_id)
    return f"Bag {din_text(lot.din) if lot else ''} {bag.division}"


def check_view(session: Session, row: BedsideVerification, principal: Principal,
               settings: Settings, now: datetime) -> CheckView:
    checks = service.checks_of(row)
    subject = session.get(Subject, row.subject_id) if row.subject_id else None
    bag = session.get(Bag, row.bag_id) if row.bag_id else None
    failed = [c.name for c in checks if not c.passed]
    confirmation = service.confirmation_of(session, row.id or 0)
    infusion = session.exec(select(Infusion).where(Infusion.verification_id == row.id)).first()
    clinician = Role.CLINICIAN in principal.roles
    return CheckView(
        row=row, checks=checks,
        subject=(subject.subject_number or subject.screening_number) if subject else "",
        subject_id=row.subject_id, bag=bag_name(session, bag, principal.roles),
        bag_id=row.bag_id, confirmation=confirmation,
        only_acknowledgement_missing=failed == ["conditional_release"] and clinician,
        may_confirm=(clinician and row.verdict == rules.GO and confirmation is None
                     and service.still_valid(row, settings, now)),
        may_record=infusions.ready_for_infusion(session, row, settings, now) if clinician
        else "Only a clinician records an infusion.",
        infusion=infusion)


@dataclass(frozen=True)
class InfusionView:
    infusion: Infusion
    subject: str
    bag: str
    vitals: Sequence[VitalSign]
    missing: list[str]  # scheduled time points not yet recorded
    verification: BedsideVerification
    confirmation: BedsideConfirmation | None


def infusion_view(session: Session, infusion: Infusion, principal: Principal,
                  settings: Settings) -> InfusionView:
    subject = session.get(Subject, infusion.subject_id)
    vitals = infusions.vitals_of(session, infusion.id or 0)
    have = {v.timepoint for v in vitals}
    verification = service.get_verification(session, infusion.verification_id)
    return InfusionView(
        infusion=infusion, subject=subject.subject_number or "" if subject else "",
        bag=bag_name(session, infusions.bag_of(session, infusion), principal.roles),
        vitals=vitals,
        missing=[t for t in bedside_settings(settings).vitals if t not in have],
        verification=verification,
        confirmation=service.confirmation_of(session, infusion.verification_id))


def vitals_from_form(form: Mapping[str, str], schedule: Sequence[str], settings: Settings
                     ) -> list[VitalsEntry]:
    """Reads the vital-sign grid: fields ``<timepoint>-<field>`` and ``<timepoint>-taken_at``;
    a time point whose fields are all blank is passed on blank (the rule decides)."""
    entries = []
    for timepoint in schedule:
        values = {field: form.get(f"{timepoint}-{field}", "") for field in VITALS}
        typed = form.get(f"{timepoint}-taken_at", "").strip()
        if not typed and not any(v.strip() for v in values.values()):
            continue
        taken = None
        if typed:
            try:
                taken = site_time_to_utc(typed, settings.zone, label="taken at",
                                         field=f"vitals-{timepoint}-taken_at")
            except BadInput as refused:
                raise BadInput(refused.message, field=f"vitals-{timepoint}-taken_at") from None
        entries.append(VitalsEntry(timepoint, taken, values))
    return entries


def checks_of_subject(session: Session, subject_id: int) -> list[BedsideVerification]:
    """Every bedside check whose wristband named the subject, newest first."""
    return list(session.exec(select(BedsideVerification)
                             .where(BedsideVerification.subject_id == subject_id)
                             .order_by(col(BedsideVerification.id).desc())))


def infusions_of_subject(session: Session, subject_id: int, roles: frozenset[Role]
                         ) -> list[tuple[Infusion, str]]:
    """The subject's infusions with the bag named for this reader."""
    return [(infusion, bag_name(session, infusions.bag_of(session, infusion), roles))
            for infusion in infusions.infusions_of_subject(session, subject_id)]
