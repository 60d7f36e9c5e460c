"""The cohort board and the safety review committee's signed decision (issue 12 item 3).

Sources: domain notes (../shared/domain/rak-process-and-trial.md) §4.1 (cohorts, sentinel, the
committee decides after the last subject completes the window), §4.2-4.3 (the rules, in
``escalation_rules``), §4.5 (DLT-evaluable subjects; the tracker recommends, the committee
decides and the tracker stores who decided and when). The escalation stage is open label, so
the board shows dose levels to every role that reads it.

Decisions where the sources are silent:
- The DLT window runs from the subject's first recorded infusion for ``dlt_window_days``; it is
  complete at that time to the minute. Days are counted in the site's zone, day 1 being the day
  of the first infusion, and never shown past the window's length.
- A DLT counts when an adverse event of the subject is flagged as a DLT by the clinician and
  began (site date) between the first infusion's date and the window end's date, both included
  (as ``cellchain.bedside.dlt`` reads the window). A flagged event outside the window is shown,
  marked as not counted.
- A subject is DLT-evaluable once their window is complete or they had a counted DLT; a dosed
  subject still in the window without one is pending; a subject never dosed is in neither.
- The committee decides the open cohort (``cohorts.current_cohort``) once it has subjects and
  every one of them is evaluable; a subject who left the trial (withdrawn, screen failure)
  without being dosed does not hold the decision. The counts stored with the decision are the
  level's cumulative tally (3+3 decides on 3 or 6 at a dose, §4.2).
- The decision's direction must agree with its next level: escalate to a higher level, stay at
  the same, de-escalate to a lower; declaring the MTD names a level that was dosed and closes
  the stage, as stopping does (``cohorts.open_cohort`` then takes nobody).
- Two members signing at once: the audit append lock is taken before the board is read again,
  so the second signer meets the first decision and is refused (the cohort they saw is no
  longer open); one decision per cohort.
- The signature is bound to the decision row itself (entity ``escalation``, the row's id, which
  is reserved before the row is written because the row names its signature).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Final

from sqlalchemy import text
from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.service import Change
from cellchain.auth.models import User
from cellchain.auth.roles import Role
from cellchain.bedside.models import AdverseEvent, Infusion
from cellchain.config import Settings
from cellchain.errors import BadInput, Conflict, Forbidden, InvalidFields
from cellchain.signatures import rules as signature_rules
from cellchain.signatures import service as signatures
from cellchain.signatures.models import Signature
from cellchain.signatures.rules import Meaning
from cellchain.trial.blinding_models import EscalationDecision
from cellchain.trial.cohorts import closed_reason, current_cohort, escalation_settings
from cellchain.trial.configuration import TrialConfig, trial_config
from cellchain.trial.escalation_rules import (
    EscalationSettings,
    LevelTally,
    Recommendation,
    recommend,
)
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus

MIN_RATIONALE: Final = 10
MAX_RATIONALE: Final = 2000
# Subjects who left before dosing are not waited for (module docstring).
LEFT: Final = frozenset({SubjectStatus.WITHDRAWN, SubjectStatus.SCREEN_FAILED})
DECIDERS: Final = frozenset({Role.CLINICIAN})


class CommitteeDecision(StrEnum):
    ESCALATE = "escalate"
    STAY = "stay"
    DE_ESCALATE = "de-escalate"
    DECLARE_MTD = "declare_mtd"
    STOP = "stop"

    @property
    def label(self) -> str:
        return {"escalate": "Escalate", "stay": "Stay at this dose level",
                "de-escalate": "De-escalate", "declare_mtd": "Declare the MTD",
                "stop": "Stop escalation"}[self.value]


class WindowState(StrEnum):
    NOT_DOSED = "not_dosed"
    IN_WINDOW = "in_window"
    COMPLETED = "completed"
    DLT = "dlt"


@dataclass(frozen=True)
class DltEvent:
    id: int
    term: str
    grade: int
    onset_on: date
    counted: bool


@dataclass(frozen=True)
class SubjectRow:
    subject_id: int
    number: str
    status: str
    cohort: int
    dose_level: str
    first_infusion: datetime | None
    window_end: datetime | None
    state: WindowState
    window: str  # the state in words
    dlts: tuple[DltEvent, ...]

    @property
    def evaluable(self) -> bool:
        return self.state in (WindowState.COMPLETED, WindowState.DLT)

    @property
    def holds_decision(self) -> bool:
        return not self.evaluable and not (self.state is WindowState.NOT_DOSED
                                           and SubjectStatus(self.status) in LEFT)


@dataclass(frozen=True)
class CohortView:
    number: int
    dose_level: str
    subjects: tuple[SubjectRow, ...]


@dataclass(frozen=True)
class LevelView:
    code: str
    cells: float
    tally: LevelTally
    cohorts: tuple[CohortView, ...]


@dataclass(frozen=True)
class DecisionView:
    decision: EscalationDecision
    signature: signatures.ShownSignature | None

    @property
    def label(self) -> str:
        try:
            return CommitteeDecision(self.decision.decision).label
        except ValueError:
            return self.decision.decision


@dataclass(frozen=True)
class Board:
    rules: EscalationSettings
    levels: tuple[LevelView, ...]
    recommendation: Recommendation | None
    problem: str | None  # why no recommendation could be made
    current: tuple[str, int] | None  # the open cohort (level, number); None: stage closed
    closed: str | None  # how the stage was closed, in words
    mtd: str | None
    decisions: tuple[DecisionView, ...]  # newest first

    def level(self, code: str) -> LevelView | None:
        return next((level for level in self.levels if level.code == code), None)

    def cohort(self, number: int) -> CohortView | None:
        return next((c for level in self.levels for c in level.cohorts if c.number == number),
                    None)


def window_status(first: datetime | None, dlt_onsets: Sequence[date], now: datetime,
                  settings: Settings, window_days: int) -> tuple[WindowState, str]:
    """The subject's DLT-window state and its words (module docstring)."""
    if first is None:
        return WindowState.NOT_DOSED, "not dosed"
    if dlt_onsets:
        return WindowState.DLT, f"DLT on {min(dlt_onsets).isoformat()}"
    if now >= first + timedelta(days=window_days):
        return WindowState.COMPLETED, "window completed"
    zone = settings.zone
    day = (now.astimezone(zone).date() - first.astimezone(zone).date()).days + 1
    return (WindowState.IN_WINDOW,
            f"in DLT window, day {min(max(day, 1), window_days)} of {window_days}")


def _site_date(moment: datetime, settings: Settings) -> date:
    return moment.astimezone(settings.zone).date()


def _subject_rows(session: Session, config: TrialConfig, settings: Settings, now: datetime,
                  window_days: int) -> list[SubjectRow]:
    stage = config.escalation_stage
    if stage is None:
        return []
    subjects = session.exec(select(Subject).where(
        Subject.stage == stage.code, col(Subject.cohort).is_not(None))
        .order_by(col(Subject.cohort), col(Subject.id))).all()
    ids = [s.id for s in subjects if s.id is not None]
    firsts: dict[int, datetime] = dict(session.exec(
        select(Infusion.subject_id, func.min(Infusion.started_at))
        .where(col(Infusion.subject_id).in_(ids)).group_by(col(Infusion.subject_id))).all())
    flagged: dict[int, list[AdverseEvent]] = defaultdict(list)
    for event in session.exec(select(AdverseEvent).where(
            col(AdverseEvent.subject_id).in_(ids), col(AdverseEvent.dlt).is_(True))
            .order_by(col(AdverseEvent.onset_on), col(AdverseEvent.id))):
        flagged[event.subject_id].append(event)
    rows = []
    for subject in subjects:
        assert subject.id is not None and subject.cohort is not None
        first = firsts.get(subject.id)
        end = first + timedelta(days=window_days) if first is not None else None
        events = tuple(DltEvent(
            e.id or 0, e.term, e.grade, e.onset_on,
            first is not None and end is not None
            and _site_date(first, settings) <= e.onset_on <= _site_date(end, settings))
            for e in flagged[subject.id])
        state, words = window_status(first, [e.onset_on for e in events if e.counted], now,
                                     settings, window_days)
        rows.append(SubjectRow(subject.id, subject.subject_number or subject.screening_number,
                               subject.status, subject.cohort, subject.dose_level or "",
                               first, end, state, words, events))
    return rows


def _decisions(session: Session) -> tuple[DecisionView, ...]:
    rows = session.exec(
        select(EscalationDecision, Signature, User.username)
        .join(Signature, col(Signature.id) == col(EscalationDecision.signature_id))
        .join(User, col(User.id) == col(Signature.signer_id))
        .order_by(col(EscalationDecision.id).desc())).all()
    return tuple(DecisionView(decision, signatures.ShownSignature(
        signature.printed_name, username, signature.signed_at, Meaning(signature.meaning),
        signature_rules.signature_status(signature.record_hash, snapshot(decision))))
        for decision, signature, username in rows)


def read_board(session: Session, *, now: datetime, settings: Settings) -> Board:
    """The board: a fixed number of queries whatever the number of subjects."""
    config = trial_config(settings)
    rules = escalation_settings(config)
    rows = _subject_rows(session, config, settings, now, rules.dlt_window_days)
    levels = []
    for level in config.dose_levels:
        mine = [r for r in rows if r.dose_level == level.code]
        cohorts = tuple(CohortView(n, level.code, tuple(r for r in mine if r.cohort == n))
                        for n in sorted({r.cohort for r in mine}))
        tally = LevelTally(level.code, treated=sum(r.evaluable for r in mine),
                           dlt=sum(r.state is WindowState.DLT for r in mine),
                           evaluable_pending=sum(r.state is WindowState.IN_WINDOW
                                                 for r in mine))
        levels.append(LevelView(level.code, level.cells, tally, cohorts))
    current = current_cohort(session, config)
    decisions = _decisions(session)
    recommendation, problem = None, None
    try:
        recommendation = recommend(rules, [lv.tally for lv in levels],
                                   current=current[0] if current else None)
    except BadInput as refusal:
        problem = f"No recommendation: {refusal.message}."
    latest = decisions[0].decision if decisions else None
    return Board(rules, tuple(levels), recommendation, problem, current,
                 closed_reason(latest) if latest and current is None else None,
                 latest.mtd_dose_level if latest else None, decisions)


def snapshot(decision: EscalationDecision) -> dict[str, object]:
    """What the committee's signature is bound to: the decision as recorded."""
    return {"id": decision.id, "dose_level": decision.dose_level, "cohort": decision.cohort,
            "treated": decision.treated, "dlt": decision.dlt,
            "recommendation": decision.recommendation, "decision": decision.decision,
            "next_dose_level": decision.next_dose_level,
            "mtd_dose_level": decision.mtd_dose_level, "rationale": decision.rationale,
            "decided_by": decision.decided_by,
            "decided_at": decision.decided_at.astimezone(UTC).isoformat()}


def _checked_fields(decision: str, next_dose_level: str | None, mtd_dose_level: str | None,
                    rationale: str, codes: Sequence[str], current: str, board: Board
                    ) -> CommitteeDecision:
    """The form's fields against the vocabulary, the levels and each other; every problem at
    once (InvalidFields)."""
    problems: dict[str, str] = {}
    try:
        chosen: CommitteeDecision | None = CommitteeDecision(decision)
    except ValueError:
        chosen = None
        problems["decision"] = ("Decision must be one of: "
                                + ", ".join(d.label.lower() for d in CommitteeDecision) + ".")
    if len(rationale.strip()) < MIN_RATIONALE:
        problems["rationale"] = (f"Rationale must be at least {MIN_RATIONALE} characters: "
                                 "write the committee's reasons.")
    elif len(rationale) > MAX_RATIONALE:
        problems["rationale"] = f"Rationale must be at most {MAX_RATIONALE} characters."
    for name, value, words in (("next_dose_level", next_dose_level, "Next dose level"),
                               ("mtd_dose_level", mtd_dose_level, "MTD dose level")):
        if value is not None and value not in codes:
            problems[name] = f"{words} {value} is not one of {', '.join(codes)}."
    if chosen is not None and not problems.keys() & {"next_dose_level", "mtd_dose_level"}:
        problems.update(_agreement(chosen, next_dose_level, mtd_dose_level, codes, current,
                                   board))
    if problems:
        raise InvalidFields(problems)
    assert chosen is not None
    return chosen


def _agreement(chosen: CommitteeDecision, next_level: str | None, mtd: str | None,
               codes: Sequence[str], current: str, board: Board) -> dict[str, str]:
    here = codes.index(current)
    if chosen in (CommitteeDecision.DECLARE_MTD, CommitteeDecision.STOP):
        problems = {}
        if next_level is not None:
            problems["next_dose_level"] = (f"{chosen.label} closes escalation: leave the next "
                                           "dose level empty.")
        if chosen is CommitteeDecision.STOP and mtd is not None:
            problems["mtd_dose_level"] = ("Stopping declares no MTD: choose 'declare the MTD' "
                                          "to name one.")
        if chosen is CommitteeDecision.DECLARE_MTD:
            level = board.level(mtd) if mtd else None
            if mtd is None:
                problems["mtd_dose_level"] = "Declaring the MTD needs the MTD dose level."
            elif level is None or not level.tally.dosed:
                problems["mtd_dose_level"] = (f"MTD dose level {mtd} has no subject dosed: the "
                                              "MTD is a level that was given.")
        return problems
    if mtd is not None:
        return {"mtd_dose_level": f"{chosen.label} declares no MTD: leave it empty."}
    if next_level is None:
        return {"next_dose_level": f"{chosen.label} needs the next dose level."}
    there = codes.index(next_level)
    wanted = {CommitteeDecision.ESCALATE: (there > here, f"a level above {current}"),
              CommitteeDecision.STAY: (there == here, current),
              CommitteeDecision.DE_ESCALATE: (there < here, f"a level below {current}")}
    ok, words = wanted[chosen]
    return {} if ok else {"next_dose_level": f"{chosen.label} from {current} goes to {words}, "
                                             f"not {next_level}."}


def _reserve_id(session: Session) -> int:
    """The decision's id before it is written: its signature names it (module docstring)."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.execute(text(
            "SELECT nextval(pg_get_serial_sequence('escalation_decision', 'id'))")).scalar_one())
    # SQLite: the write transaction holds the database's only write lock (cellchain.db).
    highest = session.exec(select(func.max(EscalationDecision.id))).one()
    return int(highest or 0) + 1


def decide(
    session: Session, *, proof: signatures.SignerProof, decision: str,
    next_dose_level: str | None, mtd_dose_level: str | None, rationale: str, now: datetime,
    settings: Settings, cohort: int | None = None,
) -> EscalationDecision:
    """Records the committee's decision on the open cohort, signed by the investigator who
    records it. ``cohort`` is the cohort the signer saw on the board: if another decision was
    signed since, this one is refused rather than applied to the next cohort."""
    principal = proof.principal
    if not principal.has_any(DECIDERS):
        raise Forbidden("Only an investigator (clinician) records the safety review "
                        "committee's decision.")
    config = trial_config(settings)
    codes = [level.code for level in config.dose_levels]
    audit.lock_for_append(session)  # serialise deciders before reading (module docstring)
    board = read_board(session, now=now, settings=settings)
    if board.current is None:
        raise Conflict(f"Escalation is closed: {board.closed}. No further decision is "
                       "recorded.")
    level_code, number = board.current
    if cohort is not None and cohort != number:
        latest = board.decisions[0].decision if board.decisions else None
        by = (f" by {latest.decided_by_name} at {latest.decided_at:%Y-%m-%d %H:%M} UTC"
              if latest else "")
        raise Conflict(f"Cohort {cohort} was already decided{by}; the open cohort is now "
                       f"{number} at {level_code}. Review the board again.")
    chosen = _checked_fields(decision, next_dose_level, mtd_dose_level, rationale, codes,
                             level_code, board)
    shown = board.cohort(number)
    if shown is None or not shown.subjects:
        raise Conflict(f"Cohort {number} at {level_code} has no subjects yet: the committee "
                       "decides once its subjects are dosed and evaluable.")
    waiting = [f"{r.number} ({r.window})" for r in shown.subjects if r.holds_decision]
    if waiting:
        raise Conflict(f"Cohort {number} at {level_code} cannot be decided yet: "
                       f"{', '.join(waiting)} not yet DLT-evaluable (window completed or a "
                       "DLT).")
    level = board.level(level_code)
    assert level is not None and principal.user_id is not None
    recommended = board.recommendation.decision if board.recommendation else None
    row = EscalationDecision(
        id=_reserve_id(session), dose_level=level_code, cohort=number,
        treated=level.tally.treated, dlt=level.tally.dlt,
        recommendation=recommended.value if recommended else "none", decision=chosen.value,
        next_dose_level=next_dose_level, mtd_dose_level=mtd_dose_level,
        rationale=rationale.strip(), decided_by=principal.user_id,
        decided_by_name=principal.printed_name, decided_at=now, signature_id=0)
    signature = signatures.apply(session, proof=proof, meaning=Meaning.ESCALATION_DECIDED,
                                 entity_type="escalation", entity_id=row.id,
                                 snapshot=snapshot(row), now=now)
    assert signature.id is not None
    row.signature_id = signature.id
    session.add(row)
    session.flush()
    audit.record(session, actor=principal.actor, action="escalation.decided",
                 entity_type="escalation", entity_id=row.id, now=now,
                 reason=row.rationale,
                 changes=[Change("cohort", None, number), Change("dose_level", None, level_code),
                          Change("treated", None, row.treated), Change("dlt", None, row.dlt),
                          Change("recommendation", None, row.recommendation),
                          Change("decision", None, row.decision),
                          Change("next_dose_level", None, next_dose_level),
                          Change("mtd_dose_level", None, mtd_dose_level)])
    return row
