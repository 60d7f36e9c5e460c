"""QC results through the service on both databases: entered against the lot's samples and
evaluated against its own specification, out of specification opening a deviation that holds
the lot (not after release), reviewed by a second person once, corrected with history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from cellchain.audit.service import Actor
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.deviations.models import Deviation
from cellchain.errors import BadInput, Conflict, InvalidFields
from cellchain.lots import service as lots
from cellchain.lots.states import LotState
from cellchain.qc import service as qc
from cellchain.qc.models import QcResult
from cellchain.qc.outcomes import ResultStatus, outcomes_for_lot
from cellchain.qc.results import results_of
from cellchain.qc.specification import SHIPPED
from tests.factories import audit_events
from tests.support.qc import lot_in_qc, record, sample_for
from tests.support.race import one_winner, race

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
QC = Actor(2, "Quinn Cole")
QA = Actor(3, "Quentin Ashby")
QA2 = Actor(4, "Priya Shah")


@pytest.fixture
def lot_id(database: Database) -> int:
    with database.session_scope() as session:
        return lot_in_qc(session, now=NOW).id or 0


def _record(database: Database, settings: Settings, lot_id: int, test_id: str, raw: str,
            actor: Actor = QC) -> qc.Recorded:
    with database.session_scope() as session:
        found = record(session, lots.get_lot(session, lot_id), test_id, raw, actor=actor,
                       settings=settings, now=NOW)
        session.expunge_all()
        return found


def test_a_result_in_specification_is_kept_as_typed_evaluated_and_audited(
    database: Database, settings: Settings, lot_id: int
) -> None:
    recorded = _record(database, settings, lot_id, "viable_cells_per_bag", " 2.9e9 ")
    assert recorded.deviation is None
    row = recorded.result
    assert (row.typed, row.result, row.value, row.unit) == ("2.9e9", "2.9e9", 2.9e9, "cells")
    assert row.status == "pass"
    assert row.specification == "80–120 % of target: 2.4 × 10⁹–3.6 × 10⁹ cells"
    assert (row.recorded_by, row.recorded_by_name, row.analyst_name) == (2, "Quinn Cole",
                                                                         "Quinn Cole")
    [event] = audit_events(database, "qc_result.recorded", lot_id)
    assert '"status":"pass"' in event.data and '"test":"viable_cells_per_bag"' in event.data
    words = _record(database, settings, lot_id, "gram_stain", "No  Organisms SEEN").result
    assert (words.typed, words.result, words.status) == ("No  Organisms SEEN",
                                                         "no organisms seen", "pass")


def test_an_out_of_specification_result_opens_a_deviation_and_holds_the_lot(
    database: Database, settings: Settings, lot_id: int
) -> None:
    recorded = _record(database, settings, lot_id, "endotoxin", "3.6")
    assert recorded.result.status == "fail" and recorded.deviation is not None
    assert recorded.result.specification == (
        "≤ 3.5 EU/mL (5 EU/kg × 70 kg reference weight ÷ 100 mL per bag)")
    with database.session_scope(write=False) as session:
        lot = lots.get_lot(session, lot_id)
        assert (lot.status, lot.held_from) == ("on_hold", "in_qc")
        deviation = session.exec(select(Deviation).where(Deviation.lot_id == lot_id)).one()
        assert deviation.id == recorded.result.deviation_id
        assert deviation.description.startswith(
            "QC result out of specification: Endotoxin 3.6 EU/mL (specification ≤ 3.5 EU/mL")
    # The limit itself is in specification (inclusive).
    with database.session_scope() as session:
        other = lot_in_qc(session, now=NOW, din="A999026000002")
        assert record(session, other, "endotoxin", "3.5", actor=QC, settings=settings,
                      now=NOW).deviation is None


@pytest.mark.parametrize("state", [LotState.RELEASED, LotState.CONDITIONALLY_RELEASED])
def test_a_late_failing_result_after_release_opens_no_deviation_here(
    database: Database, settings: Settings, state: LotState
) -> None:
    with database.session_scope() as session:
        # Made directly in the decided state: the signed release path is release's to test.
        lot = lot_in_qc(session, now=NOW, state=state)
        recorded = record(session, lot, "sterility_14d", "growth", actor=QC, settings=settings,
                          now=NOW)
        assert recorded.result.status == "fail" and recorded.deviation is None
        assert lot.status == state.value
        assert session.exec(select(Deviation)).first() is None


def test_the_tube_must_be_the_lots_own_and_the_sample_the_test_is_measured_on(
    database: Database, settings: Settings, lot_id: int
) -> None:
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        with pytest.raises(BadInput, match="measured on the 'final product' sample") as wrong:
            record(session, lot, "viability", "91", actor=QC, settings=settings, now=NOW,
                   sample="endotoxin")
        assert wrong.value.field == "sample"
        other = lot_in_qc(session, now=NOW, din="A999026000002")
        with pytest.raises(BadInput, match="is not a sample of lot A999026000001"):
            qc.record_result(session, actor=QC, lot=lot,
                             sample=sample_for(session, other, "final product"),
                             test_id="viability", raw_result="91", method="m",
                             instrument="i", analyst="a", tested_at=NOW, settings=settings,
                             now=NOW)


def test_refused_input_names_the_field_and_writes_nothing(
    database: Database, settings: Settings, lot_id: int
) -> None:
    with database.session_scope() as session:
        lot = lots.get_lot(session, lot_id)
        sample = sample_for(session, lot, "final product")

        def attempt(raw: str = "91", **kw: object) -> None:
            args: dict[str, object] = {"method": "m", "instrument": "i", "analyst": "a",
                                       "tested_at": NOW - timedelta(hours=1), **kw}
            qc.record_result(session, actor=QC, lot=lot, sample=sample, test_id="viability",
                             raw_result=raw, settings=settings, now=NOW,
                             **args)  # type: ignore[arg-type]

        with pytest.raises(InvalidFields) as blank:
            attempt(method=" ", instrument="")
        assert set(blank.value.problems) == {"method", "instrument"}
        with pytest.raises(BadInput, match="must lie between 0 % and 100 %"):
            attempt("910")
        with pytest.raises(BadInput, match="tested at"):
            attempt(tested_at=NOW + timedelta(minutes=1))
        with pytest.raises(BadInput, match='must be one of "no organisms seen", '
                                           '"organisms seen"; got \'clean\''):
            qc.record_result(session, actor=QC, lot=lot, sample=sample, test_id="gram_stain",
                             raw_result="clean", method="m", instrument="i", analyst="a",
                             tested_at=NOW, settings=settings, now=NOW)
        assert session.exec(select(QcResult)).first() is None


def test_a_calculated_limit_waits_for_the_facts_it_is_calculated_from(
    database: Database, settings: Settings
) -> None:
    with database.session_scope() as session:
        lot = lot_in_qc(session, now=NOW, volume_per_bag_ml=None, target_dose_cells=None)
        with pytest.raises(Conflict, match="the dose volume per bag is recorded at formulation"):
            record(session, lot, "endotoxin", "0.1", actor=QC, settings=settings, now=NOW)
        with pytest.raises(Conflict, match="the lot has no target dose per bag"):
            record(session, lot, "viable_cells_per_bag", "3e9", actor=QC, settings=settings,
                   now=NOW)


def test_a_second_result_for_a_test_is_refused_in_favour_of_a_correction(
    database: Database, settings: Settings, lot_id: int
) -> None:
    _record(database, settings, lot_id, "viability", "91")
    with pytest.raises(Conflict, match="correct it, giving a reason"):
        _record(database, settings, lot_id, "viability", "92")


def test_a_review_is_by_a_second_person_and_happens_once(
    database: Database, settings: Settings, lot_id: int
) -> None:
    result_id = _record(database, settings, lot_id, "cd3", "88").result.id or 0
    with database.session_scope() as session, pytest.raises(Conflict, match="second person"):
        qc.review_result(session, actor=QC, result_id=result_id, note="", now=NOW)
    with database.session_scope() as session:
        review = qc.review_result(session, actor=QA, result_id=result_id, note=" ok ", now=NOW)
        assert (review.reviewed_by_name, review.note) == ("Quentin Ashby", "ok")
    with database.session_scope() as session, pytest.raises(Conflict,
                                                            match="already reviewed by Quentin"):
        qc.review_result(session, actor=QA2, result_id=result_id, note="", now=NOW)
    assert len(audit_events(database, "qc_result.reviewed", lot_id)) == 1


def test_a_correction_keeps_the_old_result_needs_a_new_review_and_can_open_a_deviation(
    database: Database, settings: Settings, lot_id: int
) -> None:
    first = _record(database, settings, lot_id, "viability", "91").result.id or 0
    with database.session_scope() as session:
        qc.review_result(session, actor=QA, result_id=first, note="", now=NOW)
        with pytest.raises(BadInput, match="reason is required"):
            qc.correct_result(session, actor=QC, result_id=first, raw_result="79", reason=" ",
                              settings=settings, now=NOW)
        corrected = qc.correct_result(session, actor=QC, result_id=first, raw_result="79",
                                      reason="transcription error", settings=settings,
                                      now=NOW + timedelta(minutes=5))
        assert corrected.deviation is not None
        assert lots.get_lot(session, lot_id).status == "on_hold"
    with database.session_scope(write=False) as session:
        found = results_of(session, lot_id)
        old, new = found.history("viability")
        assert (old.result, old.status, new.result, new.status) == ("91", "pass", "79", "fail")
        assert (new.corrects_id, new.correction_reason) == (first, "transcription error")
        assert found.current()["viability"].id == new.id
        [outcome] = [o for o in outcomes_for_lot(session, lots.get_lot(session, lot_id),
                                                 settings) if o.test_id == "viability"]
        assert (outcome.result, outcome.status, outcome.reviewed) == ("79",
                                                                      ResultStatus.FAIL, False)
    with database.session_scope() as session, pytest.raises(Conflict, match="corrected since"):
        qc.correct_result(session, actor=QC, result_id=first, raw_result="80", reason="again",
                          settings=settings, now=NOW)
    with database.session_scope() as session, pytest.raises(Conflict, match="second person"):
        qc.review_result(session, actor=QC, result_id=new.id or 0, note="", now=NOW)
    [event] = audit_events(database, "qc_result.corrected", lot_id)
    assert event.reason == "transcription error"


def test_outcomes_name_every_specified_test_pending_until_a_result_is_current(
    database: Database, settings: Settings, lot_id: int
) -> None:
    _record(database, settings, lot_id, "viability", "93.5")
    with database.session_scope(write=False) as session:
        found = outcomes_for_lot(session, lots.get_lot(session, lot_id), settings)
    assert [o.test_id for o in found] == [
        "supernatant_sterility", "endotoxin", "mycoplasma_pcr", "viability",
        "viable_cells_per_bag", "cd3", "gram_stain", "sterility_14d"]
    by_id = {o.test_id: o for o in found}
    assert (by_id["viability"].status, by_id["viability"].result) == (ResultStatus.PASS, "93.5")
    assert by_id["endotoxin"].status == ResultStatus.PENDING
    assert by_id["endotoxin"].specification.startswith("≤ 3.5 EU/mL")
    assert [o.test_id for o in found if not o.required_at_release] == ["sterility_14d"]


def test_a_lot_keeps_the_specification_version_it_was_planned_under(
    database: Database, settings: Settings, lot_id: int, tmp_path: object
) -> None:
    from pathlib import Path

    stricter = SHIPPED.read_text(encoding="utf-8").replace('version = "1"', 'version = "2"') \
        .replace("minimum = 80\nrequired_at_release = true\n\n[[tests]]\nid = \"viable",
                 "minimum = 85\nrequired_at_release = true\n\n[[tests]]\nid = \"viable")
    site_file = Path(str(tmp_path)) / "site-qc.toml"
    site_file.write_text(stricter, encoding="utf-8")
    site = settings.model_copy(update={"qc_specification": site_file})
    with database.session_scope() as session:
        old = lots.get_lot(session, lot_id)
        old.qc_spec_name, old.qc_spec_version = "RAK-QC", "1"
        new = lot_in_qc(session, now=NOW, din="A999026000002")  # NULL: the configured one
        assert record(session, old, "viability", "82", actor=QC, settings=site,
                      now=NOW).result.status == "pass"
        assert record(session, new, "viability", "82", actor=QC, settings=site,
                      now=NOW).result.status == "fail"


def test_results_and_reviews_cannot_be_changed_in_the_database(
    database: Database, settings: Settings, lot_id: int
) -> None:
    result_id = _record(database, settings, lot_id, "cd3", "88").result.id or 0
    with database.session_scope() as session:
        qc.review_result(session, actor=QA, result_id=result_id, note="", now=NOW)
    for statement in ("UPDATE qc_result SET result = '99'", "DELETE FROM qc_result_review"):
        with pytest.raises(DBAPIError), database.session_scope() as session:
            session.execute(text(statement))


def test_two_reviewers_at_once_make_one_review(
    database: Database, settings: Settings, lot_id: int
) -> None:
    result_id = _record(database, settings, lot_id, "cd3", "88").result.id or 0
    reviewers = (QA, QA2)
    outcomes = race(database, lambda s: qc.get_result(s, result_id),
                    lambda s, row, worker: qc.review_result(s, actor=reviewers[worker],
                                                            result_id=row.id, note="",
                                                            now=NOW))
    _, loser = one_winner(outcomes)
    assert "already reviewed by" in loser.refusal
    assert len(audit_events(database, "qc_result.reviewed", lot_id)) == 1


def test_two_analysts_entering_the_first_result_at_once_make_one_result(
    database: Database, settings: Settings, lot_id: int
) -> None:
    analysts = (QC, Actor(1, "Tess Tech"))
    outcomes = race(database, lambda s: lots.get_lot(s, lot_id),
                    lambda s, lot, worker: record(s, lot, "cd3", f"8{worker}",
                                                  actor=analysts[worker], settings=settings,
                                                  now=NOW))
    one_winner(outcomes)
    assert len(audit_events(database, "qc_result.recorded", lot_id)) == 1
