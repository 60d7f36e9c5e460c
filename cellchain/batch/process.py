"""The process definition as data, and the pure checks of a batch-record entry against it.

No I/O here except reading a definition file's text; the day of culture and every value are
passed in. A process definition is versioned: a lot keeps the name and version it was made
under (EU GMP Part I 4.20: the batch record follows the approved master formula).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from cellchain.display import days_text, scientific
from cellchain.errors import BadInput
from cellchain.inputs.rules import parse_number, parse_whole_number

SHIPPED = Path(__file__).with_name("processes") / "rak-2.toml"
Value = float | int | str


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    unit: str = ""
    kind: str = "number"  # number | integer | text
    limits: tuple[float, float] | None = None
    accept: tuple[float, float] | None = None

    def shown(self, value: Value) -> str:
        text = scientific(value) if isinstance(value, float) else str(value)
        return f"{text} {self.unit}".strip()


@dataclass(frozen=True)
class StepSpec:
    id: str
    title: str
    day: int
    window: tuple[int, int]
    fields: tuple[FieldSpec, ...]
    enters_state: str | None = None
    materials: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    second_person: bool = False
    repeat_every_days: tuple[int, int] | None = None
    draws_samples: tuple[str, ...] = ()
    makes_bags: bool = False

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise BadInput(f"step '{self.title}' has no field {name!r}", field=name)


@dataclass(frozen=True)
class ProcessDefinition:
    name: str
    version: str
    title: str
    steps: tuple[StepSpec, ...]
    # Target doses offered when a lot is planned (viable cells per infusion, DESIGN §7).
    dose_levels: tuple[float, ...] = ()

    # The schedule asks these of every lot on a dashboard (batch.schedule.next_steps); they
    # depend on the definition alone, so they are worked out once per definition.
    @cached_property
    def main_steps_before(self) -> tuple[tuple[StepSpec, ...], ...]:
        """For each step, by position: the steps that change the lot's state listed before it."""
        return tuple(tuple(s for s in self.steps[:index] if s.enters_state is not None)
                     for index in range(len(self.steps)))

    @cached_property
    def next_main_step(self) -> tuple[StepSpec | None, ...]:
        """For each step, by position: the first step listed after it that changes the lot's
        state (None after the last one)."""
        return tuple(next((s for s in self.steps[index + 1:] if s.enters_state is not None),
                          None) for index in range(len(self.steps)))

    @cached_property
    def schedule_memo(self) -> dict[frozenset[str], Any]:
        """Kept by batch.schedule: which steps may come next, by the set of steps done (at
        most one entry per subset of the steps, however many lots are made under it)."""
        return {}

    def step(self, step_id: str) -> StepSpec:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise BadInput(f"process {self.name} v{self.version} has no step {step_id!r}",
                       field="step")


def _pair(raw: Any) -> tuple[Any, Any] | None:
    return (raw[0], raw[1]) if raw is not None else None


def parse_process(text: str) -> ProcessDefinition:
    """Reads a process definition from TOML text (see processes/rak-2.toml)."""
    raw = tomllib.loads(text)
    steps = tuple(
        StepSpec(
            id=s["id"], title=s["title"], day=int(s["day"]), window=_pair(s["window"]) or (0, 0),
            fields=tuple(FieldSpec(name=f["name"], label=f["label"], unit=f.get("unit", ""),
                                   kind=f.get("kind", "number"), limits=_pair(f.get("limits")),
                                   accept=_pair(f.get("accept")))
                         for f in s.get("fields", ())),
            enters_state=s.get("enters_state"), materials=tuple(s.get("materials", ())),
            equipment=tuple(s.get("equipment", ())),
            second_person=bool(s.get("second_person", False)),
            repeat_every_days=_pair(s.get("repeat_every_days")),
            draws_samples=tuple(s.get("draws_samples", ())),
            makes_bags=bool(s.get("makes_bags", False)),
        )
        for s in raw["steps"]
    )
    return ProcessDefinition(name=raw["name"], version=str(raw["version"]), title=raw["title"],
                             steps=steps,
                             dose_levels=tuple(float(d) for d in raw.get("dose_levels", ())))


@lru_cache(maxsize=16)
def load_process(path: Path | None = None) -> ProcessDefinition:
    """Reads a definition file once per process (a parse costs about a millisecond, and pages
    look a definition up per lot). A version never changes under its name: a changed process
    is a new file, so the cached definition is never stale; the result is frozen."""
    return parse_process((path or SHIPPED).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class CheckedEntry:
    values: dict[str, Value]
    # Out-of-specification findings: the values are kept, and each finding opens a deviation.
    findings: list[str]


def _number(spec: FieldSpec, raw: str) -> float | int:
    value: float | int = (
        parse_whole_number(raw, label=spec.label, field=spec.name) if spec.kind == "integer"
        else parse_number(raw, label=spec.label, field=spec.name))
    if spec.limits and not spec.limits[0] <= value <= spec.limits[1]:
        raise BadInput(f"{spec.label} {spec.shown(value)} is impossible: it must lie between "
                       f"{spec.shown(spec.limits[0])} and {spec.shown(spec.limits[1])}; "
                       "check for a typing error", field=spec.name)
    return value


def outside_window(step: StepSpec, day: int | None) -> bool:
    """True when a step recorded on culture ``day`` falls outside its window (a deviation)."""
    return day is not None and not step.window[0] <= day <= step.window[1]


def window_warning(step: StepSpec, day: int) -> str:
    """What the technician confirms before recording a step outside its window."""
    return (f"{step.title} is due on culture {days_text(step.window)}; this is culture day "
            f"{day}. Recorded now, it opens a major deviation and puts the lot on hold. Tick "
            "the confirmation to record it outside its window")


def check_entry(step: StepSpec, raw: dict[str, str], *, day: int | None) -> CheckedEntry:
    """Validates an entry: refuses missing or impossible values (BadInput naming the field)
    and returns out-of-range values and an out-of-window day as findings."""
    values: dict[str, Value] = {}
    findings: list[str] = []
    for spec in step.fields:
        text = (raw.get(spec.name) or "").strip()
        if not text:
            raise BadInput(f"{spec.label} is required", field=spec.name)
        if spec.kind == "text":
            values[spec.name] = text[:200]
            continue
        value = _number(spec, text)
        values[spec.name] = value
        if spec.accept and not spec.accept[0] <= value <= spec.accept[1]:
            findings.append(f"{spec.label} {spec.shown(value)} is outside the acceptance range "
                            f"{spec.shown(spec.accept[0])}-{spec.shown(spec.accept[1])}")
    if outside_window(step, day):
        findings.append(f"{step.title} recorded on day {day}, outside its window "
                        f"(day {step.window[0]}-{step.window[1]})")
    return CheckedEntry(values=values, findings=findings)
