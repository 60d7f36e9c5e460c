"""Putting a randomisation list in force and randomising from it (issue 12 item 4), on both
databases: a generated list is balanced, stores the seed's hash and never the seed, and its
audit record names no arm; imports are refused without writing; a list in use is never
replaced; two enrolments racing for one slot yield one randomisation."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from datetime import date

import pytest
from sqlmodel import Session, col, select

from cellchain.audit.service import Actor
from cellchain.blinding.rules import Blinding
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.errors import BadInput, Conflict
from cellchain.trial import randomisation, randomisation_lists
from cellchain.trial import randomisation_rules as rules
from cellchain.trial import service as trial
from cellchain.trial.blinding_models import RandomisationList, RandomisationSlot
from cellchain.trial.configuration import trial_config
from cellchain.trial.models import Subject
from cellchain.trial.rules import SubjectStatus
from tests.factories import SEEDER, audit_events, cast_actor
from tests.support.race import race

STAGE = "randomised"


def _coordinator(database: Database, settings: Settings) -> Actor:
    with database.session_scope(write=False) as session:
        return cast_actor(session, "coord")


def _generate(database: Database, settings: Settings, actor: Actor) -> tuple[int, int]:
    with database.session_scope() as session:
        made, seed = randomisation_lists.generate(session, actor=actor, stage=STAGE,
                                                  now=utcnow(), settings=settings)
        assert made.id is not None
        return made.id, seed


def _subject(session: Session, n: int) -> Subject:
    subject = trial.register_subject(
        session, actor=SEEDER, screening_number=f"SCR2{n:02d}", subject_number=f"RAK2{n:02d}",
        date_of_birth=date(1960, 1, 1 + n), status=SubjectStatus.ENROLLED, now=utcnow())
    return subject


def _slots(database: Database, list_id: int) -> list[RandomisationSlot]:
    with database.session_scope(write=False) as session:
        return list(session.exec(select(RandomisationSlot)
                                 .where(RandomisationSlot.list_id == list_id)
                                 .order_by(col(RandomisationSlot.sequence))))


def _lists(database: Database) -> list[RandomisationList]:
    with database.session_scope(write=False) as session:
        return list(session.exec(select(RandomisationList).order_by(col(RandomisationList.id))))


def test_a_generated_list_is_balanced_keeps_the_seed_hash_and_audits_no_arm(
    database: Database, settings: Settings
) -> None:
    actor = _coordinator(database, settings)
    list_id, seed = _generate(database, settings, actor)
    slots = _slots(database, list_id)
    assert len(slots) >= 120
    # Whole permuted blocks of 4 or 6 at 1:1: balanced after every block.
    for block in {s.block for s in slots}:
        arms = Counter(s.arm for s in slots if s.block == block)
        assert arms["RAK"] == arms["CONTROL"] and sum(arms.values()) in (4, 6)
    (made,) = _lists(database)
    assert made.active and made.source == "generated" and made.slots == len(slots)
    assert made.seed_hash == hashlib.sha256(str(seed).encode()).hexdigest()
    assert str(seed) not in json.dumps(made.model_dump(mode="json"))
    assert made.created_by == actor.id and made.created_by_name == actor.name
    (event,) = audit_events(database, "randomisation.list_created", list_id)
    assert event.blinding == Blinding.UNBLINDED
    assert made.fingerprint in event.changes and '"new":"generated"' in event.changes
    for text in (event.changes, event.data):
        assert "RAK" not in text and "CONTROL" not in text and str(seed) not in text


def test_a_seed_regenerates_the_list_by_its_fingerprint(
    database: Database, settings: Settings
) -> None:
    actor = _coordinator(database, settings)
    list_id, seed = _generate(database, settings, actor)
    config = trial_config(settings)
    again = rules.generate_list(
        randomisation_lists.rule_arms(config), randomisation_lists.list_settings(config), seed)
    (made,) = _lists(database)
    assert rules.list_fingerprint(again) == made.fingerprint


def _csv(rows: list[str]) -> str:
    return "stratum,sequence,block,arm\n" + "\n".join(rows) + "\n"


GOOD = _csv([",1,1,RAK", ",2,1,CONTROL", ",3,2,CONTROL", ",4,2,RAK"])


def test_an_imported_list_is_put_in_force_and_replaces_an_unused_one(
    database: Database, settings: Settings
) -> None:
    actor = _coordinator(database, settings)
    first, _ = _generate(database, settings, actor)
    with database.session_scope() as session:
        made = randomisation_lists.import_csv(session, actor=actor, stage=STAGE, text=GOOD,
                                              now=utcnow(), settings=settings)
        assert made.id is not None
        second = made.id
    old, new = _lists(database)
    assert (old.id, old.active, old.version) == (first, False, 2)
    assert (new.id, new.active, new.source, new.seed_hash, new.slots) == (
        second, True, "imported", None, 4)
    assert [s.arm for s in _slots(database, second)] == ["RAK", "CONTROL", "CONTROL", "RAK"]
    (event,) = audit_events(database, "randomisation.list_created", second)
    assert json.loads(event.data)["replaces"] == first


@pytest.mark.parametrize(("text", "words"), [
    ("", "the file is empty"),
    (_csv([",1,1,RAK", ",2,1,RAK"]), "block 1 of the unstratified list (rows 2-3) holds RAK 2"),
    (_csv([",1,1,RAK", ",2,1,PLACEBO"]), "'PLACEBO' is not an arm of this trial"),
    ("x" * (randomisation_lists.MAX_UPLOAD_BYTES + 1), "larger than 2 MB"),
])
def test_a_bad_import_is_refused_naming_the_file_and_writes_nothing(
    database: Database, settings: Settings, text: str, words: str
) -> None:
    actor = _coordinator(database, settings)
    with pytest.raises(BadInput, match=re.escape(words)) as refused, \
            database.session_scope() as session:
        randomisation_lists.import_csv(session, actor=actor, stage=STAGE, text=text,
                                       now=utcnow(), settings=settings)
    assert refused.value.field == "file" and refused.value.message.startswith("file: ")
    assert _lists(database) == []


def test_the_escalation_stage_has_no_list(database: Database, settings: Settings) -> None:
    actor = _coordinator(database, settings)
    with pytest.raises(BadInput, match="Dose escalation is not randomised"), \
            database.session_scope() as session:
        randomisation_lists.generate(session, actor=actor, stage="escalation", now=utcnow(),
                                     settings=settings)


def test_a_list_that_has_randomised_a_subject_is_not_replaced(
    database: Database, settings: Settings
) -> None:
    actor = _coordinator(database, settings)
    first, _ = _generate(database, settings, actor)
    with database.session_scope() as session:
        subject = _subject(session, 1)
        slot = randomisation.assign(session, actor=actor, subject=subject, stage=STAGE,
                                    stratum="", now=utcnow())
        assert slot.sequence == 1
    with pytest.raises(Conflict, match=r"has already randomised 1 subject; it cannot be "
                                       "replaced"), database.session_scope() as session:
        randomisation_lists.generate(session, actor=actor, stage=STAGE, now=utcnow(),
                                     settings=settings)
    (only,) = _lists(database)
    assert only.id == first and only.active


def test_a_system_process_cannot_put_a_list_in_force(
    database: Database, settings: Settings
) -> None:
    with pytest.raises(Conflict, match="signed-in coordinator"), \
            database.session_scope() as session:
        randomisation_lists.generate(session, actor=SEEDER, stage=STAGE, now=utcnow(),
                                     settings=settings)


def test_two_enrolments_at_once_take_two_slots_never_one(
    database: Database, settings: Settings
) -> None:
    """Randomisation reads the next free slot under the audit append lock (as a list being
    replaced does), so of two enrolments at once the second reads slot 1 taken and takes slot
    2, on both databases; the guarded write on the slot stays as the last line of defence."""
    actor = _coordinator(database, settings)
    list_id, _ = _generate(database, settings, actor)
    with database.session_scope() as session:
        ids = [_subject(session, n).id or 0 for n in (1, 2)]

    def load(session: Session) -> Subject:
        return trial.get_subject(session, ids[0])

    def act(session: Session, _: Subject, worker: int) -> None:
        randomisation.assign(session, actor=actor, subject=trial.get_subject(session, ids[worker]),
                             stage=STAGE, stratum="", now=utcnow())

    outcomes = race(database, load, act)
    taken = [s for s in _slots(database, list_id) if s.subject_id is not None]
    assert all(o.won for o in outcomes)
    assert [s.sequence for s in taken] == [1, 2]
    assert sorted(s.subject_id for s in taken) == sorted(ids)
    randomised = [e for i in ids for e in audit_events(database, "subject.randomised", i)]
    assert len(randomised) == 2
