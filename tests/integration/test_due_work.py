"""Due work: steps due or overdue, material expiry and calibration, shown to technicians and
raised as notifications by an idempotent job (called directly, as the scheduler would)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from cellchain.audit.service import Actor
from cellchain.batch.due_work import collect
from cellchain.batch.jobs import notify_due_work
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.manufacture import make_lot
from cellchain.isbt128.din import Din
from cellchain.notifications.models import Notification

DAY0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
TECH = Actor(1, "Tess Tech")


def _expanding_lot(database: Database, settings: Settings) -> str:
    with database.session_scope() as session:
        lot = make_lot(session, maker=TECH, checker=Actor(2, "Quinn Cole"),
                       qa=Actor(3, "Quentin Ashby"), settings=settings,
                       bank_din=Din("A9991", "26", "000077"), day0=DAY0, until="feed")
        return lot.din


def test_an_overdue_feed_expired_material_and_overdue_calibration_are_due(
    database: Database, settings: Settings
) -> None:
    din = _expanding_lot(database, settings)
    # Fed on day 6, so the next feed is due on day 8-9; day 10 is overdue.
    with database.session_scope(write=False) as session:
        items = collect(session, settings, DAY0 + timedelta(days=10))
    messages = [item.message for item in items]
    assert items[0].urgency == "overdue"
    assert f"Lot {din}: Feed / split is overdue (day 8–9)" in messages
    assert any("IL-2" in m and "expired on" in m for m in messages)
    assert any("INC-02 is past its calibration date" in m for m in messages)
    with database.session_scope(write=False) as session:
        on_time = collect(session, settings, DAY0 + timedelta(days=8))
    assert f"Lot {din}: Feed / split is due (day 8–9)" in [i.message for i in on_time]


def test_the_job_notifies_each_item_once_however_often_it_runs(
    database: Database, settings: Settings
) -> None:
    _expanding_lot(database, settings)
    at = DAY0 + timedelta(days=10)
    due = notify_due_work(database, settings, at)
    assert due >= 3
    notify_due_work(database, settings, at + timedelta(hours=1))
    with database.session_scope(write=False) as session:
        notes = session.exec(select(Notification).where(
            Notification.kind.startswith("due_"))).all()  # type: ignore[attr-defined]
    assert len(notes) == due
    feed = next(n for n in notes if "Feed / split" in n.message)
    assert set(feed.roles.split(",")) == {"technician", "qa"}


def test_equipment_overdue_for_maintenance_is_listed_as_the_step_gate_refuses_it(
    database: Database, settings: Settings
) -> None:
    from cellchain.equipment.rules import equipment_refusals
    from tests.support.materials import register

    today = (DAY0 + timedelta(days=10)).date()
    with database.session_scope() as session:
        centrifuge = register(session, asset_number="CEN-09", kind="centrifuge",
                              calibration_due_on=today + timedelta(days=100),
                              maintenance_due_on=today - timedelta(days=1))
        refused = equipment_refusals(centrifuge, today)
        items = collect(session, settings, DAY0 + timedelta(days=10))
    assert refused == [f"Centrifuge CEN-09 is overdue for maintenance (due "
                       f"{(today - timedelta(days=1)).isoformat()})"]
    [item] = [i for i in items if "CEN-09" in i.message]
    assert (item.urgency, item.message) == ("overdue", refused[0])
