"""Print control (FACT-JACIE D7): every print logged, reprints need a reason, voids are kept,
template versions are enforced, and raw TCP printing reaches a printer (a local listener)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.models import AuditEvent
from cellchain.audit.service import Actor
from cellchain.auth.roles import Role
from cellchain.bags.models import Bag
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.identity import seed_identity
from cellchain.errors import BadInput, Conflict
from cellchain.labels import outbox, service
from cellchain.labels import render as render_module
from cellchain.labels.data import LabelKind
from cellchain.labels.models import LabelPrint, LabelTemplate
from cellchain.labels.render import TemplateInfo, template_info
from tests.factories import audit_events, releaser
from tests.support.materials import receive
from tests.support.race import waits_then_sees

TECH = Actor(None, "Tess Tech")

TECHNICIAN = frozenset({Role.TECHNICIAN})


@pytest.fixture
def bag_id(database: Database, settings: Settings) -> int:
    with database.session_scope() as session:
        seed_identity(session, actor=Actor.system("tests"), settings=settings, now=utcnow(),
                      releaser=releaser(session, settings))
        bag = session.exec(select(Bag).order_by(col(Bag.id))).first()
        assert bag is not None and bag.id is not None
        return bag.id


def _print(database: Database, settings: Settings, bag_id: int, **kw: object) -> LabelPrint:
    with database.session_scope() as session:
        result = service.print_label(session, actor=TECH, kind=LabelKind.BAG, record_id=bag_id,
                                     settings=settings, now=utcnow(),
                                     **{"output": "pdf", **kw})  # type: ignore[arg-type]
        session.expunge(result.log)
        return result.log


def test_first_print_is_logged_with_template_version_and_content_hash(
    database: Database, settings: Settings, bag_id: int
) -> None:
    log = _print(database, settings, bag_id)
    assert (log.kind, log.record_id, log.is_reprint, log.output) == ("bag", bag_id, False, "pdf")
    assert len(log.content_sha256) == 64
    with database.session_scope(write=False) as session:
        template = session.get(LabelTemplate, log.template_id)
        assert template is not None
        assert (template.name, template.version) == ("bag_label", template_info(
            LabelKind.BAG).version)
        event = session.exec(select(AuditEvent).where(
            AuditEvent.action == "label.printed")).one()
        assert f'"print_id":{log.id}' in event.data and log.content_sha256 in event.data


def test_a_reprint_needs_a_reason_and_is_marked(
    database: Database, settings: Settings, bag_id: int
) -> None:
    _print(database, settings, bag_id)
    with pytest.raises(BadInput, match="reprint needs a reason"):
        _print(database, settings, bag_id)
    with pytest.raises(BadInput, match="reprint needs a reason"):
        _print(database, settings, bag_id, reason="   ")
    again = _print(database, settings, bag_id, reason="label smudged at application")
    assert again.is_reprint and again.reason == "label smudged at application"
    with database.session_scope(write=False) as session:
        assert len(service.prints_for(session, LabelKind.BAG, bag_id)) == 2


def test_a_reprint_served_from_the_render_cache_is_still_logged_and_audited(
    database: Database, settings: Settings, bag_id: int
) -> None:
    contents = []
    for reason in (None, "label smudged at application"):
        hits = render_module._CACHE.hits  # noqa: SLF001
        with database.session_scope() as session:
            result = service.print_label(session, actor=TECH, kind=LabelKind.BAG,
                                         record_id=bag_id, output="pdf", settings=settings,
                                         now=utcnow(), reason=reason)
            contents.append(result.content)
    assert render_module._CACHE.hits > hits  # noqa: SLF001  # the reprint was not re-drawn
    assert contents[0] == contents[1]
    with database.session_scope(write=False) as session:
        assert [p.is_reprint for p in service.prints_for(session, LabelKind.BAG, bag_id)] == [
            False, True]
        actions = session.exec(select(AuditEvent.action).where(
            col(AuditEvent.action).in_(["label.printed", "label.reprinted"]))).all()
        assert sorted(actions) == ["label.printed", "label.reprinted"]


def test_a_voided_label_stays_in_the_log_and_cannot_be_voided_twice(
    database: Database, settings: Settings, bag_id: int
) -> None:
    log = _print(database, settings, bag_id)
    assert log.id is not None
    with pytest.raises(BadInput, match="reason is required"), \
            database.session_scope() as session:
        service.void_print(session, actor=TECH, roles=TECHNICIAN, print_id=log.id,
                           reason=" ", now=utcnow())
    with database.session_scope() as session:
        service.void_print(session, actor=TECH, roles=TECHNICIAN, print_id=log.id,
                           reason="torn", now=utcnow())
    with pytest.raises(Conflict, match="already voided"), database.session_scope() as session:
        service.void_print(session, actor=TECH, roles=TECHNICIAN, print_id=log.id,
                           reason="again", now=utcnow())
    with database.session_scope(write=False) as session:
        (kept,) = service.prints_for(session, LabelKind.BAG, bag_id)
        assert (kept.void_reason, kept.voided_by_name) == ("torn", "Tess Tech")


def _pretend_template(monkeypatch: pytest.MonkeyPatch, **changes: object) -> None:
    real = template_info(LabelKind.BAG)
    fake = TemplateInfo(**{**real.__dict__, **changes})  # type: ignore[arg-type]
    monkeypatch.setattr(service, "template_info", lambda kind: fake)


def test_a_template_changed_without_a_new_version_cannot_print(
    database: Database, settings: Settings, bag_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _print(database, settings, bag_id)
    _pretend_template(monkeypatch, sha256="0" * 64)
    with pytest.raises(Conflict, match="changed without a new version"):
        _print(database, settings, bag_id, reason="layout edited")


def test_a_new_version_obsoletes_the_old_one_which_then_cannot_print(
    database: Database, settings: Settings, bag_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _print(database, settings, bag_id)
    real = template_info(LabelKind.BAG)
    _pretend_template(monkeypatch, version=real.version + 1, sha256="1" * 64)
    _print(database, settings, bag_id, reason="new layout approved")
    monkeypatch.undo()
    with pytest.raises(Conflict, match="is obsolete and cannot print"):
        _print(database, settings, bag_id, reason="old software")
    _pretend_template(monkeypatch, version=real.version - 1, sha256="2" * 64)
    with pytest.raises(Conflict, match="older than the registered version"):
        _print(database, settings, bag_id, reason="an even older template file")
    with database.session_scope(write=False) as session:
        rows = session.exec(select(LabelTemplate).order_by(col(LabelTemplate.version))).all()
        assert [(r.version, r.status) for r in rows] == [
            (real.version, "obsolete"), (real.version + 1, "active")]


def test_a_template_made_obsolete_by_qa_cannot_print(
    database: Database, settings: Settings, bag_id: int
) -> None:
    _print(database, settings, bag_id)
    info = template_info(LabelKind.BAG)
    with database.session_scope() as session:
        service.obsolete_template(session, actor=TECH, name=info.name, version=info.version,
                                  reason="wrong storage statement", now=utcnow())
    with pytest.raises(Conflict, match="obsolete"):
        _print(database, settings, bag_id, reason="try anyway")


class Listener:
    """A stand-in for a Zebra printer: accepts raw TCP and keeps what arrives."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            chunks = []
            while chunk := conn.recv(65536):
                chunks.append(chunk)
            self.received.append(b"".join(chunks))


@pytest.fixture
def printer() -> Iterator[Listener]:
    listener = Listener()
    yield listener
    listener.sock.close()


def _deliver(database: Database, settings: Settings, log: LabelPrint) -> str:
    with database.session_scope(write=False) as session:
        (job,) = outbox.jobs_for(session, [log.id or 0]).values()
    return outbox.deliver(database, settings, job.id or 0, utcnow())


def test_printing_to_a_network_printer_queues_the_zpl_and_sends_it_after_commit(
    database: Database, settings: Settings, bag_id: int, printer: Listener
) -> None:
    configured = settings.model_copy(update={"printer_host": "127.0.0.1",
                                             "printer_port": printer.port})
    log = _print(database, configured, bag_id, output="printer", copies=2)
    assert printer.received == []  # nothing leaves inside the print's transaction
    assert _deliver(database, configured, log) == "sent"
    printer.thread.join(timeout=10)
    (payload,) = printer.received
    with database.session_scope(write=False) as session:
        label = service.label_data_for(session, LabelKind.BAG, bag_id, settings)
    one = render_module.render_zpl(label).encode("utf-8")
    assert payload == one * 2
    assert payload.count(b"^XA") == 2 and label.din.barcode.encode() in payload
    assert log.output == f"printer 127.0.0.1:{printer.port}" and log.copies == 2
    [sent] = audit_events(database, "label.sent", bag_id)
    assert json.loads(sent.data)["print_id"] == log.id
    assert _deliver(database, configured, log) == "sent"  # a job is sent once
    assert len(printer.received) == 1


def test_an_unreachable_printer_is_retried_shown_and_given_up_after_five_attempts(
    database: Database, settings: Settings, bag_id: int
) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens here any more
    configured = settings.model_copy(update={"printer_host": "127.0.0.1", "printer_port": port,
                                             "printer_timeout_seconds": 2.0})
    log = _print(database, configured, bag_id, output="printer")
    assert [_deliver(database, configured, log) for _ in range(5)] == ["pending"] * 4 + ["failed"]
    failures = audit_events(database, "label.send_failed", bag_id)
    assert [json.loads(f.data)["attempt"] for f in failures] == [1, 2, 3, 4, 5]
    assert "could not be reached" in json.loads(failures[-1].data)["error"]
    assert outbox.deliver_pending(database, configured, utcnow()) == 0


def test_a_printer_that_hangs_never_holds_up_other_writes(
    database: Database, settings: Settings, bag_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    hung, release = threading.Event(), threading.Event()

    def hanging_printer(host: str, port: int, payload: bytes, *, timeout: float) -> None:
        hung.set()
        release.wait(timeout=30)

    monkeypatch.setattr(outbox, "send_raw", hanging_printer)
    configured = settings.model_copy(update={"printer_host": "192.0.2.1"})
    log = _print(database, configured, bag_id, output="printer")
    sender = threading.Thread(target=_deliver, args=(database, configured, log))
    sender.start()
    assert hung.wait(timeout=10)
    other_write_done = threading.Event()

    def other_write() -> None:
        with database.session_scope() as session:
            receive(session, supplier_lot="HANG-1")
        other_write_done.set()

    writer = threading.Thread(target=other_write)
    writer.start()
    try:
        assert other_write_done.wait(timeout=5), "a write waited for the hung printer"
    finally:
        release.set()
        sender.join(timeout=10)
        writer.join(timeout=10)
    assert len(audit_events(database, "label.sent", bag_id)) == 1


def test_printing_to_a_printer_when_none_is_configured_is_refused(
    database: Database, settings: Settings, bag_id: int
) -> None:
    with pytest.raises(BadInput, match="no label printer is configured"):
        _print(database, settings, bag_id, output="printer")


def test_two_senders_never_print_one_job_twice_and_a_stopped_send_is_not_resent(
    database: Database, settings: Settings, bag_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    hung, release = threading.Event(), threading.Event()
    sends: list[bytes] = []

    def hanging_printer(host: str, port: int, payload: bytes, *, timeout: float) -> None:
        sends.append(payload)
        hung.set()
        release.wait(timeout=30)

    monkeypatch.setattr(outbox, "send_raw", hanging_printer)
    configured = settings.model_copy(update={"printer_host": "192.0.2.1"})
    log = _print(database, configured, bag_id, output="printer")
    first = threading.Thread(target=_deliver, args=(database, configured, log))
    first.start()
    assert hung.wait(timeout=10)
    try:
        assert _deliver(database, configured, log) == "sending"  # the scheduler's retry
        assert outbox.deliver_pending(database, configured, utcnow()) == 0
    finally:
        release.set()
        first.join(timeout=10)
    assert len(sends) == 1
    assert len(audit_events(database, "label.sent", bag_id)) == 1
    # A sender that stopped mid-send leaves the job "sending": later it is failed, not resent.
    second = _print(database, configured, bag_id, output="printer", reason="creased")
    with database.session_scope() as session:
        (job,) = outbox.jobs_for(session, [second.id or 0]).values()
        job.status, job.claimed_at = "sending", utcnow() - timedelta(minutes=5)
        session.add(job)
    assert outbox.deliver_pending(database, configured, utcnow()) == 0
    assert len(sends) == 1
    [stopped] = [e for e in audit_events(database, "label.send_failed", bag_id)
                 if json.loads(e.data)["print_id"] == second.id]
    assert "outcome unknown" in json.loads(stopped.data)["error"]


def test_on_postgresql_of_two_first_prints_at_once_the_second_is_a_reprint_needing_a_reason(
    database: Database, settings: Settings, bag_id: int
) -> None:
    """The print log is read under the lock a print holds until it commits: a label printed
    by someone else a moment ago makes this one a reprint, which needs a reason (D7)."""
    if database.is_sqlite:
        pytest.skip("SQLite runs one write transaction at a time")

    def first_print(session: Session) -> None:
        service.print_label(session, actor=TECH, kind=LabelKind.BAG, record_id=bag_id,
                            settings=settings, now=utcnow(), output="pdf")

    outcome = waits_then_sees(database, first_print, first_print)
    assert not outcome.won and "a reprint needs a reason" in outcome.refusal, outcome
    with database.session_scope(write=False) as session:
        logged = session.exec(select(LabelPrint).where(LabelPrint.record_id == bag_id)).all()
    assert [p.is_reprint for p in logged] == [False]
