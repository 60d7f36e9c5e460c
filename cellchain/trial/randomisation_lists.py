"""Putting a randomisation list in force: generated here or imported from the statistician's
CSV (issue 12 item 4; the rules, and why blocks are permuted and the seed is hashed, are in
cellchain.trial.randomisation_rules). Never commits; the caller's transaction holds it all.

- **Concealment.** A generated list's seed is drawn from ``secrets`` and returned once to the
  coordinator, who stores it sealed (with the statistician); the database keeps only its
  SHA-256 and the list's fingerprint. The audit record ``randomisation.list_created`` (an
  UNBLINDED class, as its entity) names the fingerprint, source and slot count, never an arm,
  so even an unblinded audit reader cannot reconstruct the list from the trail.
- **One list in force per stage.** Putting a new list in force deactivates the earlier one of
  the stage with the guarded write on its ``active`` flag and version, so of two coordinators
  replacing one list at once exactly one wins. The replaced list's id is in the new list's
  audit record (one record says both).
- **Replacing a list that has been used is refused** (decision, the sources are silent):
  subjects already randomised hold slots of the list in force, and a new list would start its
  blocks afresh, unbalancing the arms and breaking the audit trail's one-list-per-stage story.
  A list whose slots run out is extended by the statistician's reserve list only after the
  sponsor's written procedure says how; until then the coordinator is told so, in words.
- **Imports** are capped at ``MAX_UPLOAD_BYTES`` (a list of the largest allowed length,
  10 000 rows of ~30 bytes per stratum, fits well inside); anything else is refused with
  BadInput naming the field ``file``.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Final

from sqlmodel import Session, col, func, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.config import Settings
from cellchain.errors import BadInput, Conflict
from cellchain.guarded import guarded_update
from cellchain.trial import randomisation_rules as rules
from cellchain.trial.blinding_models import RandomisationList, RandomisationSlot
from cellchain.trial.configuration import TrialConfig, trial_config
from cellchain.trial.models import Subject
from cellchain.trial.randomisation import active_list

MAX_UPLOAD_BYTES: Final = 2_000_000
GENERATED: Final = "generated"
IMPORTED: Final = "imported"


def rule_arms(config: TrialConfig) -> tuple[rules.Arm, ...]:
    """The randomised stage's arms as the list rules see them (code and ratio)."""
    return tuple(rules.Arm(arm.code, arm.ratio) for arm in config.arms)


def list_settings(config: TrialConfig) -> rules.RandomisationSettings:
    """The ``[randomisation]`` table of the trial file, checked against the arms."""
    return rules.randomisation_settings_from_mapping(config.raw.get("randomisation", {}),
                                                     rule_arms(config))


def _randomised_stage(config: TrialConfig, stage: str) -> None:
    try:
        known = config.stage(stage)
    except KeyError:
        raise BadInput(f"stage {stage!r} is not a stage of this trial", field="stage") from None
    if not known.randomised:
        raise BadInput(f"stage {known.name} is not randomised; only a randomised stage has a "
                       "randomisation list", field="stage")


def used_slots(session: Session, list_id: int) -> int:
    return int(session.exec(select(func.count()).select_from(RandomisationSlot).where(
        RandomisationSlot.list_id == list_id,
        col(RandomisationSlot.subject_id).is_not(None))).one())


def generate(
    session: Session, *, actor: Actor, stage: str, now: datetime, settings: Settings,
) -> tuple[RandomisationList, int]:
    """Generates a list from a fresh secret seed and puts it in force; returns the list and
    the seed, which is shown once and never stored."""
    config = trial_config(settings)
    _randomised_stage(config, stage)
    seed = secrets.randbits(64)
    slots = rules.generate_list(rule_arms(config), list_settings(config), seed)
    seed_hash = hashlib.sha256(str(seed).encode()).hexdigest()
    made = _put_in_force(session, actor=actor, stage=stage, slots=slots, source=GENERATED,
                         seed_hash=seed_hash, now=now)
    return made, seed


def import_csv(
    session: Session, *, actor: Actor, stage: str, text: str, now: datetime, settings: Settings,
) -> RandomisationList:
    """Reads the statistician's list (``parse_list_csv``) and puts it in force."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_UPLOAD_BYTES:
        raise BadInput(f"file: the list is larger than {MAX_UPLOAD_BYTES // 1_000_000} MB; a "
                       "randomisation list is a CSV of a few hundred kilobytes at most",
                       field="file")
    config = trial_config(settings)
    _randomised_stage(config, stage)
    settings_ = list_settings(config)
    try:
        slots = rules.parse_list_csv(text, rule_arms(config), settings_.strata)
    except BadInput as refused:
        raise BadInput(f"file: {refused.message}", field="file") from None
    return _put_in_force(session, actor=actor, stage=stage, slots=slots, source=IMPORTED,
                         seed_hash=None, now=now)


def _put_in_force(
    session: Session, *, actor: Actor, stage: str, slots: Sequence[rules.Slot], source: str,
    seed_hash: str | None, now: datetime,
) -> RandomisationList:
    if actor.id is None:
        raise Conflict("A randomisation list is put in force by a signed-in coordinator, whose "
                       "name it records; a system process cannot.")
    # Serialised with randomisation.assign: a list that is giving out a slot right now is not
    # replaced, and two first lists are not both put in force (PostgreSQL; SQLite already
    # holds its only write lock).
    audit.lock_for_append(session)
    earlier = active_list(session, stage)
    if earlier is not None:
        assert earlier.id is not None
        used = used_slots(session, earlier.id)
        if used:
            raise Conflict(
                f"The randomisation list in force (list {earlier.id}) has already randomised "
                f"{used} subject{'s' if used != 1 else ''}; it cannot be replaced, because a "
                "new list would start its blocks afresh and unbalance the arms. Ask the trial "
                "statistician how the sponsor's procedure extends a list in use.")
        guarded_update(session, earlier, {"active": False}, expect={"active": True},
                       record=f"Randomisation list {earlier.id}",
                       audit_entity=("randomisation_list", earlier.id))
    fingerprint = rules.list_fingerprint(slots)
    made = RandomisationList(stage=stage, source=source, fingerprint=fingerprint,
                             seed_hash=seed_hash, slots=len(slots), active=True,
                             created_by=actor.id, created_by_name=actor.name,
                             created_at=now)
    session.add(made)
    session.flush()
    assert made.id is not None
    session.add_all(RandomisationSlot(list_id=made.id, stratum=slot.stratum,
                                      sequence=slot.sequence, block=slot.block,
                                      block_size=slot.block_size, arm=slot.arm)
                    for slot in slots)
    session.flush()
    audit.record(session, actor=actor, action="randomisation.list_created",
                 entity_type="randomisation_list", entity_id=made.id, now=now,
                 changes=[Change("fingerprint", None, fingerprint),
                          Change("source", None, source), Change("slots", None, len(slots))],
                 data={"stage": stage, "seed_hash": seed_hash,
                       "replaces": earlier.id if earlier is not None else None})
    return made


def usage_by_stratum(session: Session, list_id: int) -> list[tuple[str, int, int]]:
    """(stratum, slots used, slots in all) of a list, strata in name order."""
    rows = session.exec(select(RandomisationSlot.stratum, func.count(),
                               func.count(col(RandomisationSlot.subject_id)))
                        .where(RandomisationSlot.list_id == list_id)
                        .group_by(col(RandomisationSlot.stratum))
                        .order_by(col(RandomisationSlot.stratum))).all()
    return [(stratum, int(used), int(total)) for stratum, total, used in rows]


def randomised_subjects(session: Session, stage: str) -> list[tuple[Subject, RandomisationSlot]]:
    """Every subject randomised in the stage (any list) with their slot, earliest first: the
    unblinded coordinator's view, never shown to a blinded role."""
    rows = session.exec(select(Subject, RandomisationSlot)
                        .join(RandomisationSlot,
                              col(RandomisationSlot.subject_id) == col(Subject.id))
                        .join(RandomisationList,
                              col(RandomisationList.id) == col(RandomisationSlot.list_id))
                        .where(RandomisationList.stage == stage)
                        .order_by(col(RandomisationSlot.assigned_at), col(RandomisationSlot.id)))
    return [(subject, slot) for subject, slot in rows.all()]
