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

from cellchain.batch.process import ProcessDefinition, StepSpec


class Due(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Done:
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
    done_ids = {d.step_id for d in done}
    steps = definition.steps
    available: list[DueStep] = []
    for index, step in enumerate(steps):
        before = [s for s in steps[:index] if s.enters_state is not None]
        if step.enters_state is not None:
            if step.id not in done_ids and all(s.id in done_ids for s in before):
                window = _window(step, today)
                available.append(DueStep(step, window, _status(window, today)))
            continue
        after = [s for s in steps[index + 1:] if s.enters_state is not None]
        if (before and before[-1].id not in done_ids) or (after and after[0].id in done_ids):
            continue  # outside its span: the main step before it is not done, or the next is
        if step.repeat_every_days is not None:
            opened_on = max((d.day or 0) for d in done if before and d.step_id == before[-1].id) \
                if before else 0
            days = [d.day for d in done if d.step_id == step.id and d.day is not None]
            start = max(days) if days else opened_on
            window = (max(step.window[0], start + step.repeat_every_days[0]),
                      start + step.repeat_every_days[1])
            if window[0] <= step.window[1]:
                available.append(DueStep(step, window, _status(window, today)))
        elif step.id not in done_ids:
            available.append(DueStep(step, step.window, _status(step.window, today)))
    order = {Due.OVERDUE: 0, Due.DUE: 1, Due.UPCOMING: 2}
    return sorted(available, key=lambda d: (order[d.status], d.window or (0, 0)))


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
