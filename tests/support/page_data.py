"""A small site for the query-count tests: the demo's identity records with bags at the ward, and
``add_of_each_kind`` to add one more of every kind of record the measured pages list (lots in
expansion, in QC and on hold, deviations, units and materials awaiting QA, bags at the ward,
unallocated bags, subjects without a bag, temperature excursions). Everything goes through the
audited services, as on a site."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.bags import service as bags
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.batch import checks, steps
from cellchain.batch.definitions import definition_for
from cellchain.batch.entries import entries_of
from cellchain.cbu import service as cbu_service
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.custody import service as custody
from cellchain.db import Database
from cellchain.demo.manufacture import (
    BANK,
    BANK_PRODUCT,
    EQUIPMENT,
    make_lot,
    materials_for,
    values_for,
)
from cellchain.demo.release import Releaser
from cellchain.deviations import service as deviations
from cellchain.isbt128.din import Din
from cellchain.lots.models import Lot
from cellchain.lots.states import LotState
from cellchain.trial import service as trial
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from tests import factories
from tests.factories import SEEDER, cast_actor, releaser
from tests.support import materials
from tests.support.bedside import WardBag, to_ward, ward_bags
from tests.support.labs import record_current_labs
from tests.support.trace import OPEN_DONOR

# Out of the transport range: the dispatch opens an excursion for QA.
TOO_WARM_C = 30.0


@dataclass(frozen=True)
class Site:
    ward: list[WardBag]
    # A formulated lot held by an out-of-specification viability: entries, bags, QC samples
    # and a deviation; ``add_of_each_kind`` gives it one more deviation and bag each time.
    held_lot_id: int
    donor_din: str  # the donor of the ward bags' lot


@dataclass(frozen=True)
class People:
    maker: Actor
    checker: Actor
    qa: Actor
    releaser: Releaser


def _people(session: Session, settings: Settings) -> People:
    return People(cast_actor(session, "tech"), cast_actor(session, "qc"),
                  cast_actor(session, "qa"), releaser(session, settings))


def build_site(database: Database, settings: Settings) -> Site:
    ward = ward_bags(database, settings)
    with database.session_scope() as session:
        people, now = _people(session, settings), utcnow()
        held = make_lot(session, maker=people.maker, checker=people.checker, qa=people.qa,
                        settings=settings, bank_din=Din("A9991", "26", "004900"),
                        day0=now - timedelta(days=14, hours=6), until="formulation", bags=1)
        people.releaser.results(session, held, now, skip=frozenset({"sterility_14d"}),
                                differing={"viability": "71.0"})
        assert held.status == LotState.ON_HOLD and held.id is not None
        site = Site(ward, held.id, OPEN_DONOR.text)
    add_of_each_kind(database, settings, site, 1)
    return site


def add_of_each_kind(database: Database, settings: Settings, site: Site, n: int) -> None:
    """Adds one more of every kind of record the measured pages show; ``n`` (from 1) keeps
    the identifiers of each call apart."""
    held_lot_id, ward_subject_id = site.held_lot_id, site.ward[0].subject_id
    with database.session_scope() as session:
        people, now = _people(session, settings), utcnow()
        make_lot(session, maker=people.maker, checker=people.checker, qa=people.qa,
                 settings=settings, bank_din=Din("A9991", "26", f"{4900 + n:06d}"),
                 day0=now - timedelta(days=8), until="feed")
        factories.make_lot(session, din=f"A999025{n:06d}", state=LotState.IN_QC, now=now)
        _unverified_activation(session, people, settings, n, now)
        held = session.get(Lot, held_lot_id)
        assert held is not None
        deviations.open_deviation(session, actor=people.qa, lot=held, severity=deviations.
                                  Severity.MINOR, description=f"Deviation {n}", now=now)
        _new_bag(session, held, now)
        first = entries_of(session, held_lot_id)[0]
        checks.correct_entry(session, actor=people.maker, lot=held, entry_id=first.id or 0,
                             field="viability_pct", new_value=str(90 + n),
                             reason=f"Correction {n}", settings=settings, now=now)
        cbu_service.receive(session, actor=people.maker, din=Din("A9991", "26", f"{5000 + n:06d}"),
                            product_code=BANK_PRODUCT, bank_name=BANK,
                            now=now - timedelta(hours=3))
        materials.receive(session, now=now, supplier_lot=f"Q{n}")
        ward_lot = session.exec(select(Lot).join(Bag, col(Bag.lot_id) == col(Lot.id))
                                .where(Bag.status == BagStatus.AT_WARD.value)).first()
        assert ward_lot is not None
        subject = _enrolled(session, settings, f"W{n}", now)
        bag = _new_bag(session, ward_lot, now)
        bags.allocate_to_subject(session, actor=SEEDER, bag=bag, subject=subject, now=now)
        to_ward(session, bag, settings)
        record_current_labs(session, subject.id or 0, settings, now)
        _new_bag(session, ward_lot, now)  # released, awaiting allocation
        # One more bag for the first ward subject (the subject trace).
        first_subject = session.get(Subject, ward_subject_id)
        assert first_subject is not None
        bags.allocate_to_subject(session, actor=SEEDER, bag=_new_bag(session, ward_lot, now),
                                 subject=first_subject, now=now)
        _enrolled(session, settings, f"N{n}", now)  # enrolled, without a bag
        warm = _new_bag(session, ward_lot, now)
        bags.allocate_to_subject(session, actor=SEEDER, bag=warm,
                                 subject=_enrolled(session, settings, f"X{n}", now), now=now)
        custody.dispatch(session, actor=SEEDER, bag=warm, courier="Ward porter",
                         container="SC-02", temperature_c=TOO_WARM_C, logger_readings="",
                         now=now, settings=settings)


def _unverified_activation(session: Session, people: People, settings: Settings, n: int,
                           now: datetime) -> None:
    """A planned lot whose activation (a second-person step) awaits its check."""
    lot = make_lot(session, maker=people.maker, checker=people.checker, qa=people.qa,
                   settings=settings, bank_din=Din("A9991", "26", f"{5100 + n:06d}"),
                   day0=now, until=None)
    spec = definition_for(lot, settings).step("activation")
    steps.record_step(
        session, actor=people.maker, lot=lot, step_id="activation",
        raw_values=values_for("activation", bags=1, cells_per_bag=3e9, viability=91),
        material_codes=materials_for(session, spec.materials, now.date()),
        asset_numbers=[EQUIPMENT[kind] for kind in spec.equipment], settings=settings, now=now)


def _new_bag(session: Session, lot: Lot, now: datetime) -> Bag:
    """One more bag of the lot, released unless the lot is still held."""
    made = bags.create_bags(session, actor=SEEDER, lot=lot, count=1, pdc="S1234",
                            collection_type="V", expires_at=now + timedelta(hours=8), now=now)[0]
    if lot.status in (LotState.RELEASED, LotState.CONDITIONALLY_RELEASED):
        bags.move(session, actor=SEEDER, bag=made, lot=lot, target=BagStatus.RELEASED, now=now,
                  reason="test setup: a bag of a released lot")
    return made


def _enrolled(session: Session, settings: Settings, number: str, now: datetime) -> Subject:
    subject = trial.register_subject(
        session, actor=SEEDER, screening_number=f"S{number}", subject_number=f"RAK{number}",
        date_of_birth=date(1960, 1, 1), now=now, status=SubjectStatus.ENROLLED)
    trial.issue_coi(session, actor=SEEDER, subject=subject, settings=settings, now=now)
    return subject
