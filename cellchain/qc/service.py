"""QC samples drawn from a lot, and the results measured on them: entered by QC against the
lot's specification, reviewed by a second person, corrected with history (never changed).
Services never commit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.config import Settings
from cellchain.db import get_record
from cellchain.deviations import service as deviations
from cellchain.deviations.models import Deviation
from cellchain.errors import BadInput, Conflict, InvalidFields
from cellchain.guarded import read_for_write
from cellchain.lots.models import Lot
from cellchain.lots.service import get_lot
from cellchain.lots.states import PRE_RELEASE, RELEASES, LotState
from cellchain.qc.models import QcResult, QcResultReview, QcSample
from cellchain.qc.outcomes import ResultStatus
from cellchain.qc.results import lot_facts, results_of
from cellchain.qc.rules import (
    ParsedResult,
    evaluate,
    limits_for,
    missing_fact,
    parse_result,
    specification_words,
)
from cellchain.qc.specification import QcSpecification, QcTest, specification_for
from cellchain.release import late


def get_sample(session: Session, sample_id: int) -> QcSample:
    return get_record(session, QcSample, sample_id, "QC sample")


def find_sample(session: Session, lot_id: int, sample_number: int) -> QcSample | None:
    return session.exec(select(QcSample).where(
        QcSample.lot_id == lot_id, QcSample.sample_number == sample_number)).first()


def draw_sample(
    session: Session, *, actor: Actor, lot: Lot, test: str, now: datetime
) -> QcSample:
    """Registers the lot's next sample tube for a named test."""
    if not test.strip():
        raise BadInput("test is required: name what the sample is for", field="test")
    last = session.exec(select(func.max(QcSample.sample_number))
                        .where(col(QcSample.lot_id) == lot.id)).one()
    sample = QcSample(lot_id=lot.id or 0, sample_number=int(last or 0) + 1, test=test.strip(),
                      taken_at=now)
    session.add(sample)
    session.flush()
    audit.record(session, actor=actor, action="qc_sample.drawn", entity_type="qc_sample",
                 entity_id=sample.id, now=now,
                 changes=[Change("lot", None, lot.din),
                          Change("sample_number", None, sample.sample_number),
                          Change("test", None, sample.test)])
    return sample


@dataclass(frozen=True)
class Recorded:
    result: QcResult
    # The deviation an out-of-specification result opened (None: in specification, or the lot
    # was already released, where QA assesses the late result).
    deviation: Deviation | None
    lot_before: LotState
    # A late result out of specification on a released lot: the bags it held and the look-back.
    held: late.LateHold | None = None


# A result out of specification opens a deviation (and holds the lot) only while the lot is not
# yet decided; after release the late result is QA's to assess (recall, look-back).
_OPENS_DEVIATION = PRE_RELEASE | {LotState.ON_HOLD}


def record_result(
    session: Session, *, actor: Actor, lot: Lot, sample: QcSample, test_id: str,
    raw_result: str, method: str, instrument: str, analyst: str, tested_at: datetime,
    settings: Settings, now: datetime,
) -> Recorded:
    """Records a test's first result on the lot's sample, evaluated against the lot's
    specification; out of specification it opens a deviation (21 CFR 211.192). The lot's
    state, which decides between a deviation and a late hold, is read under the lock QA's
    decisions take, so neither can land between this check and the result."""
    read_for_write(session, lot, sample)
    spec = specification_for(lot, settings)
    test = spec.test(test_id)
    _check_sample(lot, sample, test)
    texts = _required_texts(method=method, instrument=instrument, analyst=analyst)
    if tested_at > now or tested_at < sample.taken_at:
        raise BadInput("tested at must lie between the sample's drawing and now",
                       field="tested_at")
    parsed = parse_result(test, raw_result)
    found = results_of(session, lot.id or 0)
    if test.id in found.current():
        raise Conflict(f"{test.name} of lot {lot.din} already has a result; correct it, "
                       "giving a reason, instead of entering a second one.")
    status, words = _evaluate(session, lot, spec, test, parsed, settings)
    before = LotState(lot.status)
    deviation = _deviation_if_out(session, actor=actor, lot=lot, test=test, parsed=parsed,
                                  status=status, words=words, sample=sample, now=now)
    row = QcResult(lot_id=lot.id or 0, sample_id=sample.id or 0, test_id=test.id,
                   typed=raw_result.strip()[:200], result=parsed.text, value=parsed.value,
                   unit=test.unit, method=texts["method"], instrument=texts["instrument"],
                   analyst_name=texts["analyst"], tested_at=tested_at, status=status.value,
                   specification=words, deviation_id=deviation.id if deviation else None,
                   recorded_by=actor.id, recorded_by_name=actor.name, recorded_at=now)
    _insert_once(session, row, lambda: Conflict(
        f"{test.name} of lot {lot.din} was given a result by someone else meanwhile; nothing "
        "of yours was saved. Reload the page and correct it if yours differs."))
    audit.record(session, actor=actor, action="qc_result.recorded", entity_type="lot",
                 entity_id=lot.id, now=now,
                 data={"result_id": row.id, "test": test.id, "sample": sample.sample_number,
                       "result": parsed.text, "unit": test.unit, "status": status.value,
                       "specification": words, "method": row.method,
                       "instrument": row.instrument, "analyst": row.analyst_name,
                       "tested_at": tested_at})
    return Recorded(row, deviation, before,
                    _hold_if_late(session, actor=actor, lot=lot, row=row, test=test, now=now))


def review_result(
    session: Session, *, actor: Actor, result_id: int, note: str, now: datetime
) -> QcResultReview:
    """A second person reviews a current result: not whoever entered or corrected it."""
    row = get_result(session, result_id)
    chain = results_of(session, row.lot_id).history(row.test_id)
    _check_current(row, chain)
    authors = {r.recorded_by for r in chain if (r.id or 0) <= (row.id or 0)}
    if actor.id is not None and actor.id in authors:
        raise Conflict("You entered or corrected this result; a second person reviews it.")
    lot = get_lot(session, row.lot_id)
    review = QcResultReview(result_id=row.id or 0, reviewed_by=actor.id,
                            reviewed_by_name=actor.name, reviewed_at=now,
                            note=note.strip()[:500] or None)
    _insert_once(session, review, lambda: Conflict(_reviewed_by(session, row)))
    audit.record(session, actor=actor, action="qc_result.reviewed", entity_type="lot",
                 entity_id=lot.id, now=now,
                 data={"result_id": row.id, "test": row.test_id, "note": review.note})
    return review


def correct_result(
    session: Session, *, actor: Actor, result_id: int, raw_result: str, reason: str,
    settings: Settings, now: datetime,
) -> Recorded:
    """Corrects a current result: a new row names the old, which stays visible (struck
    through) with who, when and why; the correction needs its own review."""
    row = get_result(session, result_id)
    lot = get_lot(session, row.lot_id)
    read_for_write(session, row, lot)  # the lot's state stays as read (see record_result)
    _check_current(row, results_of(session, lot.id or 0).history(row.test_id))
    if not reason.strip():
        raise BadInput("reason is required for a correction", field="reason")
    spec = specification_for(lot, settings)
    test = spec.test(row.test_id)
    parsed = parse_result(test, raw_result)
    if parsed.text == row.result:
        raise BadInput(f"{test.name} already is {row.result} {row.unit}".rstrip(),
                       field="result")
    status, words = _evaluate(session, lot, spec, test, parsed, settings)
    before = LotState(lot.status)
    newly_out = status == ResultStatus.FAIL and row.status != ResultStatus.FAIL
    deviation = _deviation_if_out(session, actor=actor, lot=lot, test=test, parsed=parsed,
                                  status=status if newly_out else ResultStatus.PASS,
                                  words=words, sample=get_sample(session, row.sample_id),
                                  now=now)
    new = QcResult(lot_id=row.lot_id, sample_id=row.sample_id, test_id=row.test_id,
                   typed=raw_result.strip()[:200], result=parsed.text, value=parsed.value,
                   unit=test.unit, method=row.method, instrument=row.instrument,
                   analyst_name=row.analyst_name, tested_at=row.tested_at, status=status.value,
                   specification=words,
                   deviation_id=deviation.id if deviation else row.deviation_id,
                   recorded_by=actor.id, recorded_by_name=actor.name, recorded_at=now,
                   corrects_id=row.id, correction_reason=reason.strip()[:500])
    _insert_once(session, new, lambda: Conflict(
        f"{test.name} of lot {lot.din} was corrected by someone else meanwhile; nothing of "
        "yours was saved. Reload the page to see the current result."))
    audit.record(session, actor=actor, action="qc_result.corrected", entity_type="lot",
                 entity_id=lot.id, now=now, reason=reason.strip(),
                 changes=[Change(f"{test.name} result", row.result, parsed.text),
                          Change(f"{test.name} status", row.status, status.value)],
                 data={"result_id": new.id, "corrects": row.id})
    return Recorded(new, deviation, before, _hold_if_late(
        session, actor=actor, lot=lot, row=new, test=test, now=now) if newly_out else None)


def get_result(session: Session, result_id: int) -> QcResult:
    return get_record(session, QcResult, result_id, "QC result")


def _check_sample(lot: Lot, sample: QcSample, test: QcTest) -> None:
    if sample.lot_id != lot.id:
        raise BadInput(f"QC sample {sample.sample_number:03d} is not a sample of lot {lot.din}; "
                       "scan a tube of this lot", field="sample")
    if sample.test != test.sample:
        raise BadInput(f"{test.name} is measured on the {test.sample!r} sample; sample "
                       f"{sample.sample_number:03d} is the {sample.test!r} sample",
                       field="sample")


def _required_texts(**texts: str) -> dict[str, str]:
    cleaned = {name: value.strip()[:200] for name, value in texts.items()}
    missing = {name: f"{name} is required: say which {_WHICH[name]}"
               for name, value in cleaned.items() if not value}
    if missing:
        raise InvalidFields(missing)
    return cleaned


_WHICH = {"method": "method was used", "instrument": "instrument (asset or serial number)",
          "analyst": "analyst performed the test"}


def _evaluate(
    session: Session, lot: Lot, spec: QcSpecification, test: QcTest, parsed: ParsedResult,
    settings: Settings,
) -> tuple[ResultStatus, str]:
    facts = lot_facts(session, lot, spec, settings)
    limits = limits_for(test, facts)
    if limits is None:
        raise Conflict(f"{test.name} of lot {lot.din} cannot be evaluated yet: "
                       f"{missing_fact(test, facts)}.")
    return evaluate(test, parsed, limits), specification_words(test, facts)


def _deviation_if_out(
    session: Session, *, actor: Actor, lot: Lot, test: QcTest, parsed: ParsedResult,
    status: ResultStatus, words: str, sample: QcSample, now: datetime,
) -> Deviation | None:
    if status != ResultStatus.FAIL or LotState(lot.status) not in _OPENS_DEVIATION:
        return None
    return deviations.open_deviation(
        session, actor=actor, lot=lot, now=now, severity=deviations.Severity.MAJOR,
        description=f"QC result out of specification: {test.name} "
                    f"{f'{parsed.text} {test.unit}'.strip()} (specification {words}), "
                    f"sample {sample.sample_number:03d}")


def _hold_if_late(
    session: Session, *, actor: Actor, lot: Lot, row: QcResult, test: QcTest, now: datetime,
) -> late.LateHold | None:
    """A result out of specification on a released lot holds its bags (QA assesses it)."""
    if row.status != ResultStatus.FAIL or LotState(lot.status) not in RELEASES:
        return None
    return late.hold_for_late_result(
        session, actor=actor, lot=lot, result_id=row.id or 0, test=test.name,
        result=f"{row.result} {row.unit}".strip(), specification=row.specification, now=now)


def _check_current(row: QcResult, chain: list[QcResult]) -> None:
    if any(r.corrects_id == row.id for r in chain):
        raise Conflict("This result was corrected since; act on its current result.")


def _insert_once(session: Session, row: SQLModel, refusal: Callable[[], Conflict]) -> None:
    """Adds a row whose unique key makes it happen once; a concurrent insert of the same key
    (PostgreSQL) becomes the refusal instead of an aborted transaction."""
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        raise refusal() from None


def _reviewed_by(session: Session, row: QcResult) -> str:
    review = session.get(QcResultReview, row.id)
    who = f"{review.reviewed_by_name} at {review.reviewed_at:%Y-%m-%d %H:%M} UTC" if review \
        else "someone else"
    return f"This result was already reviewed by {who}; a result is reviewed once."
