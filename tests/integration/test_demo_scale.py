"""Site-scale data (issue 13 item 1): a tiny site made through the services has the lots,
bags, subjects and infusions its plan says, today's bags at the ward pass the bedside check,
and the audit chain with every signature verifies; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import col, func, select

from cellchain.audit.checkpoints import verify_all
from cellchain.audit.models import AuditEvent
from cellchain.bags.models import Bag
from cellchain.bedside import service as bedside
from cellchain.cbu.models import CordBloodUnit
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo import seed_users
from cellchain.demo.bedside import principal_of
from cellchain.demo.materials import seed_materials
from cellchain.demo.scale import build_site
from cellchain.demo.scale.lots import BANK_FIN
from cellchain.demo.scale.plan import Course, Fate, site_plan
from cellchain.demo.scale.ward import subject_number
from cellchain.errors import Conflict
from cellchain.labels.data import LabelKind
from cellchain.labels.service import label_data_for
from cellchain.lots.models import Lot, LotParent
from cellchain.migrate import upgrade
from cellchain.signatures.models import Signature
from cellchain.trial.models import Subject
from tests.conftest import PG_URL, fresh_postgres

TINY = 0.0002  # 20 lots (the least a site has) and 10 subjects
STATUS = {Fate.SERVED: {"released"}, Fate.REJECTED: {"closed"}, Fate.DESTROYED: {"closed"},
          Fate.RECALLED: {"recalled"}, Fate.PLANNED: {"planned"},
          Fate.IN_CULTURE: {"planned", "activated", "expanding"}, Fate.IN_QC: {"in_qc"},
          Fate.ON_HOLD: {"on_hold"}, Fate.AWAITING_STERILITY: {"conditionally_released"},
          Fate.AT_WARD: {"conditionally_released"}}
SUBJECT_STATUS = {Course.SCREENING: "screening", Course.SCREEN_FAILED: "screen_failed",
                  Course.ENROLLED: "enrolled", Course.AT_WARD: "enrolled",
                  Course.TREATED: "on_treatment"}
UNFORMULATED = {Fate.PLANNED, Fate.IN_CULTURE, Fate.REJECTED, Fate.ON_HOLD}


@pytest.fixture(params=["sqlite", "postgres"])
def site(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, Settings]]:
    """An empty migrated database with the demo users and the demo's equipment."""
    where: AbstractContextManager[str] = nullcontext(f"sqlite:///{tmp_path / 'site.db'}")
    if request.param == "postgres":
        if not PG_URL:
            pytest.skip("CELLCHAIN_TEST_POSTGRES_URL is not set")
        where = fresh_postgres()
    with where as url:
        settings = Settings(database_url=url, data_dir=tmp_path, scheduler_enabled=False,
                            secret_key="test-secret-key", cookie_secure=False)
        database = Database(url)
        upgrade(database)
        with database.session_scope() as session:
            seed_users(session, settings)
            seed_materials(session, actor=principal_of(session, "technician").actor,
                           now=utcnow() - timedelta(days=1),
                           qa=principal_of(session, "qa").actor)
        yield database, settings
        database.dispose()


def test_a_tiny_site_has_what_its_plan_says_and_verifies(
        site: tuple[Database, Settings]) -> None:
    database, settings = site
    now = utcnow()
    plan = site_plan(TINY, now)
    made = build_site(database, settings, scale=TINY, now=now)
    assert (made.lots, made.subjects) == (len(plan.lots), len(plan.subjects))
    with database.session_scope() as session:
        by_unit = dict(session.exec(
            select(CordBloodUnit.din, Lot.status)
            .join(LotParent, col(LotParent.cbu_id) == col(CordBloodUnit.id))
            .join(Lot, col(Lot.id) == col(LotParent.lot_id))
            .where(col(CordBloodUnit.din).startswith(BANK_FIN))).all())
        # Each lot stands where its fate puts it (its unit's sequence number is its index).
        assert {int(din[-6:]) - 1: status for din, status in by_unit.items()}.keys() == {
            lot.index for lot in plan.lots}
        for din, status in by_unit.items():
            assert status in STATUS[plan.lots[int(din[-6:]) - 1].fate], din
        bags = Counter(session.exec(select(Bag.status)))
        formulated = sum(1 for lot in plan.lots if lot.fate not in UNFORMULATED)
        assert made.bags == 2 * formulated
        assert bags["infused"] == sum(len(lot.infusions) for lot in plan.lots)
        assert bags["at_ward"] == 2 and bags["destroyed"] == 2
        subjects = Counter(s.status for s in session.exec(select(Subject)))
        assert subjects == Counter(SUBJECT_STATUS[s.course] for s in plan.subjects)
        # Today's bags at the ward: each with its subject's wristband is a GO.
        clinician = principal_of(session, "clinician")
        for subject in session.exec(select(Subject).where(
                col(Subject.subject_number).in_(
                    [subject_number(s.index) for s in plan.subjects
                     if s.course == Course.AT_WARD]))):
            bag = session.exec(select(Bag).where(Bag.subject_id == subject.id)).one()
            row, _ = bedside.verify(
                session, principal=clinician,
                wristband=label_data_for(session, LabelKind.WRISTBAND, subject.id or 0,
                                         settings).label_2d,
                bag=label_data_for(session, LabelKind.BAG, bag.id or 0, settings).label_2d,
                acknowledged=True, settings=settings, now=utcnow())
            assert row.verdict == "go", row.checks
        # Every decision, destruction and bedside confirmation carries its signature.
        signed = Counter(session.exec(select(Signature.meaning)))
        fates = Counter(lot.fate for lot in plan.lots)
        assert signed == {
            "released": fates[Fate.SERVED] + fates[Fate.DESTROYED],
            "conditionally_released": sum(fates[f] for f in (
                Fate.SERVED, Fate.DESTROYED, Fate.RECALLED, Fate.AWAITING_STERILITY,
                Fate.AT_WARD)),
            "rejected": fates[Fate.REJECTED], "recalled": fates[Fate.RECALLED],
            "bag_destroyed": 2 * fates[Fate.DESTROYED], "bedside_confirmed": bags["infused"]}
        report = verify_all(session, settings=settings)
        assert report.ok, (report.result, report.problems)
        # Nothing is recorded ahead of the clock (the present is made as it is reached).
        last = session.exec(select(func.max(AuditEvent.at))).one()
        assert last is not None and last <= utcnow()
    # Built once: run again, it makes nothing while today's bags at the ward are in date...
    assert build_site(database, settings, scale=TINY, now=utcnow()).lots == made.lots
    # ...and new ones once they have expired (the clock moved on: their expiry is moved back).
    with database.session_scope() as session:
        session.execute(update(Bag).where(col(Bag.status) == "at_ward")
                        .values(expires_at=utcnow() - timedelta(minutes=1)))
    again = build_site(database, settings, scale=TINY, now=utcnow())
    assert again.lots == made.lots + plan.count(Fate.AT_WARD)
    with database.session_scope(write=False) as session:
        assert session.exec(select(func.count()).select_from(Bag).where(
            col(Bag.status) == "at_ward", col(Bag.expires_at) > utcnow())).one() == 2
        assert verify_all(session, settings=settings).ok
    with pytest.raises(Conflict, match="interrupted"):
        build_site(database, settings, scale=2 * TINY, now=utcnow())
