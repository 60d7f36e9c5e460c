"""Demo identity records: cord blood units, a lot with bags and QC samples, a blinded lot with
kit-numbered bags, and subjects with chain-of-identity identifiers and wristbands.

Created through the same audited services a site uses. The batch-record issue replaces the
shortcut status moves below with real manufacturing records.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from cellchain.audit.service import Actor
from cellchain.bags import service as bags
from cellchain.bags.rules import BagStatus
from cellchain.cbu import service as cbu_service
from cellchain.config import Settings
from cellchain.identifiers.service import assign_lot_din
from cellchain.isbt128.din import Din
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels.settings import load_label_settings
from cellchain.lots import service as lots
from cellchain.lots.models import Lot, LotParent
from cellchain.lots.states import LotState
from cellchain.qc import service as qc
from cellchain.trial import service as trial
from cellchain.trial.rules import SubjectStatus

# A validation FIN (A9990-A9999) stands for the cord blood bank; "S9998" is a placeholder PDC.
BANK = "Demo Cord Blood Bank (validation FIN A9991)"
BANK_UNITS = (Din("A9991", "26", "004711"), Din("A9991", "26", "004712"))
BANK_PRODUCT = ProductCode(pdc="S9998", collection_type="V", division="00")
SUBJECTS = (
    ("SCR001", "RAK001", date(1961, 3, 14)),
    ("SCR002", "RAK002", date(1958, 11, 2)),
    ("SCR003", "RAK003", date(1970, 6, 30)),
    ("SCR004", "RAK004", date(1966, 1, 9)),
    ("SCR005", None, date(1975, 8, 21)),
)
_RELEASE_PATH = (LotState.ACTIVATED, LotState.EXPANDING, LotState.HARVESTED, LotState.IN_QC,
                 LotState.RELEASED)


def seed_identity(session: Session, *, actor: Actor, settings: Settings, now: datetime) -> None:
    """Creates the demo records once (does nothing if any lot exists)."""
    if session.exec(select(Lot.id)).first() is not None:
        return
    wording = load_label_settings(settings.label_settings)
    units = [cbu_service.receive(session, actor=actor, din=din, product_code=BANK_PRODUCT,
                                 bank_name=BANK, now=now - timedelta(days=20),
                                 collected_at=now - timedelta(days=400)) for din in BANK_UNITS]
    cois = []
    subjects = []
    for screening, number, born in SUBJECTS:
        subject = trial.register_subject(
            session, actor=actor, screening_number=screening, subject_number=number,
            date_of_birth=born, now=now,
            status=SubjectStatus.ENROLLED if number else SubjectStatus.SCREENING)
        subjects.append(subject)
        if number:
            cois.append(trial.issue_coi(session, actor=actor, subject=subject,
                                        settings=settings, now=now))

    open_lot = _lot(session, actor, settings, now, parent=units[0].id or 0)
    open_bags = bags.create_bags(
        session, actor=actor, lot=open_lot, count=3, pdc=wording.pdc,
        collection_type=wording.allogeneic_collection_type,
        expires_at=now + timedelta(days=2), now=now)
    for bag, coi in zip(open_bags[:2], cois[:2], strict=True):
        bags.allocate(session, actor=actor, bag=bag, coi=coi, now=now)
        bags.set_status(session, actor=actor, bag=bag, status=BagStatus.RELEASED, now=now)
    for sample_test in ("sterility (14-day)", "endotoxin", "mycoplasma"):
        qc.draw_sample(session, actor=actor, lot=open_lot, test=sample_test, now=now)

    blinded_lot = _lot(session, actor, settings, now, parent=units[1].id or 0)
    kit_bags = bags.create_bags(
        session, actor=actor, lot=blinded_lot, count=2, pdc=wording.pdc,
        collection_type=wording.allogeneic_collection_type,
        expires_at=now + timedelta(days=3), now=now, blinded=True)
    bags.allocate(session, actor=actor, bag=kit_bags[0], coi=cois[2], now=now)


def _lot(session: Session, actor: Actor, settings: Settings, now: datetime, *,
         parent: int) -> Lot:
    din = assign_lot_din(session, fin=settings.fin, now=now, zone=settings.zone)
    lot = lots.plan_lot(session, actor=actor, din=din.text, now=now)
    session.add(LotParent(lot_id=lot.id or 0, cbu_id=parent))
    for target in _RELEASE_PATH:
        lots.transition(session, actor=actor, lot=lot, target=target, now=now)
    return lot
