"""Demo data for ``cellchain demo``: one user per role, then identity records
(cellchain.demo.identity).

Everything is created through the same audited services a real site uses, so a demo database
verifies with ``cellchain audit verify`` like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from cellchain.audit.service import Actor
from cellchain.auth import service as auth_service
from cellchain.auth.roles import Role
from cellchain.clock import utcnow
from cellchain.config import Settings
from cellchain.db import Database
from cellchain.demo.batch import seed_every_state
from cellchain.demo.bedside import seed_bedside
from cellchain.demo.identity import seed_identity
from cellchain.demo.release import Releaser
from cellchain.demo.trial import Cast, seed_trial_history, seed_trial_present


@dataclass(frozen=True)
class DemoUser:
    username: str
    printed_name: str
    roles: tuple[Role, ...]
    password: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("technician", "Tina Tech", (Role.TECHNICIAN,), "pipette-demo-2026"),
    DemoUser("qc", "Quinn Cole", (Role.QC,), "assay-demo-2026"),
    # A second QC analyst reviews the first one's results (second-person review).
    DemoUser("qc2", "Omar Reyes", (Role.QC,), "review-assay-2026"),
    DemoUser("qa", "Quentin Ashby", (Role.QA,), "release-demo-2026"),
    DemoUser("qa2", "Priya Shah", (Role.QA,), "review-demo-2026"),
    DemoUser("coordinator", "Cora Lind", (Role.COORDINATOR,), "allocate-demo-2026"),
    DemoUser("clinician", "Dr Clara Ruiz", (Role.CLINICIAN,), "bedside-demo-2026"),
    DemoUser("clinician2", "Nurse Sam Okafor", (Role.CLINICIAN,), "witness-demo-2026"),
    DemoUser("monitor", "Mona Berg", (Role.MONITOR,), "sdv-demo-2026"),
    DemoUser("admin", "Adam Novak", (Role.ADMIN,), "console-demo-2026"),
)

SEED_ACTOR = Actor.system("demo.seed")


def seed(database: Database, settings: Settings) -> list[DemoUser]:
    """Creates the demo users that do not exist yet and the demo's records (once); returns
    every demo user."""
    with database.session_scope() as session:
        seed_users(session, settings)
        # Records are made by the demo people: a technician, a second person (QC) and QA.
        people = (_actor(session, "technician"), _actor(session, "qc"), _actor(session, "qa"))
        # QC enters results and a second QC analyst reviews them; qa2, who took no part in
        # any lot, signs the release decisions (segregation of duties, DESIGN §4.2).
        releaser = Releaser(analyst=people[1], reviewer=_actor(session, "qc2"),
                            username="qa2", password=password_of("qa2"), settings=settings)
        # The trial's stages (issue 12 item 7): the escalation history and the randomisation
        # list first, so the identity records join cohort 2 and the randomised stage.
        cast = Cast(people=people, coordinator=_actor(session, "coordinator"),
                    clinician="clinician", clinician_password=password_of("clinician"),
                    witness=("clinician2", password_of("clinician2")), qa_username="qa",
                    qa_password=password_of("qa"), releaser=releaser)
        seed_trial_history(session, cast=cast, settings=settings, now=utcnow())
        seed_identity(session, actor=SEED_ACTOR, settings=settings, now=utcnow(),
                      people=people, releaser=releaser, trial=True)
        seed_every_state(session, people=people, releaser=releaser, settings=settings,
                         now=utcnow())
        seed_bedside(session, technician=people[0], coordinator=_actor(session, "coordinator"),
                     clinician="clinician", witness=("clinician2", password_of("clinician2")),
                     releaser=releaser, people=people, settings=settings, now=utcnow())
        seed_trial_present(session, cast=cast, settings=settings, now=utcnow())
    return list(DEMO_USERS)


def seed_users(session: Session, settings: Settings) -> None:
    """Creates the demo users that do not exist yet."""
    for demo in DEMO_USERS:
        if auth_service.find_user(session, demo.username) is None:
            auth_service.add_user(
                session, actor=SEED_ACTOR, username=demo.username,
                printed_name=demo.printed_name, roles=demo.roles, password=demo.password,
                now=utcnow(), settings=settings,
            )


def password_of(username: str) -> str:
    return next(demo.password for demo in DEMO_USERS if demo.username == username)


def _actor(session: Session, username: str) -> Actor:
    user = auth_service.find_user(session, username)
    assert user is not None and user.id is not None
    return Actor(user.id, user.printed_name)
