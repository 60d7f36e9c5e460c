"""Which steps of a lot's process come next and when they are due (pure; today passed in).

The main path is the steps that move the lot to a new state (activation, transfer, harvest,
formulation), taken in the order the definition lists them. Steps without a state change
(feeds, in-process sampling) belong to the span between the main step before them and the
main step after them; a repeating step (feeds) is due again every ``repeat_every_days``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from cellchain.batch.process import ProcessDefinition, StepSpec


class Due(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


class Done(NamedTuple):  # a tuple: the dashboard makes one per entry of every lot being made
    step_id: str
    day: int | None


@dataclass(frozen=True)
class DueStep:
    step: StepSpec
    # Culture days in which the step should be recorded; None before activation (due now).
    window: tuple[int, int] | None
    status: Due


def _status(window: tuple[int, int] | None, today: int | None) -> Due:
    if window is None or today is None:
        return Due.DUE
    if today < window[0]:
        return Due.UPCOMING
    return Due.DUE if today <= window[1] else Due.OVERDUE


def next_steps(
    definition: ProcessDefinition, done: Sequence[Done], *, today: int | None
) -> list[DueStep]:
    """Returns the steps that may be recorded now or next, most urgent first."""
    available: list[DueStep] = []
    for step, opened_by in _candidates(definition, frozenset(d.step_id for d in done)):
        if step.enters_state is not None:
            window = _window(step, today)
            available.append(DueStep(step, window, _status(window, today)))
        elif step.repeat_every_days is not None:
            opened_on = max((d.day or 0) for d in done if d.step_id == opened_by) \
                if opened_by is not None else 0
            days = [d.day for d in done if d.step_id == step.id and d.day is not None]
            start = max(days) if days else opened_on
            window = (max(step.window[0], start + step.repeat_every_days[0]),
                      start + step.repeat_every_days[1])
            if window[0] <= step.window[1]:
                available.append(DueStep(step, window, _status(window, today)))
        else:
            available.append(DueStep(step, step.window, _status(step.window, today)))
    return sorted(available, key=lambda d: (_URGENCY[d.status], d.window or (0, 0)))


_URGENCY = {Due.OVERDUE: 0, Due.DUE: 1, Due.UPCOMING: 2}
Candidate = tuple[StepSpec, str | None]  # a step, and the main step that opened its span


def _candidates(definition: ProcessDefinition, done_ids: frozenset[str]
                ) -> tuple[Candidate, ...]:
    """The steps that may come next once ``done_ids`` are recorded, whatever their days: a
    main step whose main steps before it are all done, and the other steps of the span the
    last done main step opened (a repeating step whatever it has recorded, any other one
    until it is). Lots at one stage of a process share one answer, so it is kept per
    definition (the dashboard asks it of every lot being made)."""
    known: tuple[Candidate, ...] | None = definition.schedule_memo.get(done_ids)
    if known is not None:
        return known
    found: list[Candidate] = []
    for step, before, after in zip(definition.steps, definition.main_steps_before,
                                   definition.next_main_step, strict=True):
        if step.enters_state is not None:
            if step.id not in done_ids and all(s.id in done_ids for s in before):
                found.append((step, None))
        elif (before and before[-1].id not in done_ids) or (after and after.id in done_ids):
            continue  # outside its span: the main step before it is not done, or the next is
        elif step.repeat_every_days is not None or step.id not in done_ids:
            found.append((step, before[-1].id if before else None))
    answer = tuple(found)
    definition.schedule_memo[done_ids] = answer
    return answer


def _window(step: StepSpec, today: int | None) -> tuple[int, int] | None:
    # Activation starts the clock: before it there is no culture day.
    return None if today is None and step.day == 0 else step.window


def may_record(definition: ProcessDefinition, done: Sequence[Done], step_id: str,
               *, today: int | None) -> StepSpec | None:
    """Returns the step if it is among those that may be recorded now (an upcoming step may
    be recorded early: the entry is then flagged as out of window)."""
    for due in next_steps(definition, done, today=today):
        if due.step.id == step_id:
            return due.step
    return None
