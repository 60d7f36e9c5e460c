"""The shape of a trace, as the API returns it and the pages and CSV export read it.

A trace is a root (the donor DIN, or the subject) and a flat list of ``items``; each item names
its ``kind`` and carries the ids that link it to the others (a bag's ``lot_id`` and
``subject_id``, a custody event's and an infusion's ``bag_id``, a lot's ``donor_ids``), so a
client can rebuild the tree without another call. Items come grouped by kind in the order the
walk meets them; within a kind by id, custody events by time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from cellchain.bags.rules import BagStatus
from cellchain.cbu.rules import CbuState, SourceType
from cellchain.lots.states import LotState
from cellchain.trial.rules import SubjectStatus


class DonorItem(BaseModel):
    """A cord blood unit (or autologous blood): the starting material a donor gave."""

    kind: Literal["donor"] = "donor"
    id: int = Field(description="The cord blood unit's id (as in /cbu/{id})")
    din: str = Field(description="The donor's DIN, 13 characters, no check character")
    product_code: str
    source_type: SourceType
    status: CbuState
    bank_name: str
    received_at: datetime


class LotItem(BaseModel):
    kind: Literal["lot"] = "lot"
    id: int
    din: str = Field(description="The lot's own DIN assigned by the processing facility")
    status: LotState
    cell_source: str | None = Field(description="allogeneic or autologous")
    donor_ids: list[int] = Field(description="Ids of the donor items the lot was made from")
    parent_dins: list[str] = Field(
        description="DINs of every unit the lot was made from, other donors' included")


class BagItem(BaseModel):
    kind: Literal["bag"] = "bag"
    id: int
    # Null for blinded readers: a lot groups bags, and lots are unblinded (DESIGN §4.6).
    lot_id: int | None
    # DIN, division and product code are null for blinded readers of a kit-numbered bag.
    din: str | None = Field(description="The lot DIN printed on the bag")
    division: str | None
    product_code: str | None
    kit_number: str | None
    status: BagStatus
    expires_at: datetime
    subject_id: int | None = Field(description="The subject the bag is allocated to")
    subject_number: str | None
    coi: str | None = Field(description="The chain-of-identity identifier bound to the bag")


class SubjectItem(BaseModel):
    """A subject, by number only: the trace never carries a date of birth (QA sees subjects
    by number only, DESIGN §1)."""

    kind: Literal["subject"] = "subject"
    id: int
    subject_number: str | None
    screening_number: str
    status: SubjectStatus


class CustodyEventItem(BaseModel):
    kind: Literal["custody_event"] = "custody_event"
    id: int
    bag_id: int
    event: str = Field(description="The handoff: dispatch, receipt, return or destruction")
    leg: int = Field(description="Which journey of the bag (a returned bag may travel again)")
    at: datetime
    location: str
    by: str = Field(description="Printed name of the person who recorded the handoff")
    courier: str | None
    container: str | None
    temperature_c: float | None
    condition: str | None


class InfusionItem(BaseModel):
    kind: Literal["infusion"] = "infusion"
    id: int
    bag_id: int
    subject_id: int
    verification_id: int = Field(description="The bedside verification (GO) it followed")
    started_at: datetime
    stopped_at: datetime
    volume_ml: float
    reaction_grade: int = Field(description="CTCAE infusion-related reaction grade, 0 = none")
    ctcae_version: str
    recorded_by: str


TraceItem = Annotated[
    DonorItem | LotItem | BagItem | SubjectItem | CustodyEventItem | InfusionItem,
    Field(discriminator="kind"),
]


class DonorRef(BaseModel):
    din: str = Field(description="The DIN walked, 13 characters")
    eye_readable: str = Field(description="As printed: A9999 26 123456")
    check_character: str = Field(description="The keyboard-entry check character (Mod 37-2)")


class DonorTrace(BaseModel):
    """Everything made from one donor: kinds donor, lot, bag, subject, custody_event,
    infusion."""

    donor: DonorRef
    items: list[TraceItem]


class SubjectRef(BaseModel):
    id: int
    subject_number: str | None
    screening_number: str
    status: SubjectStatus
    coi: str | None = Field(description="The subject's current chain-of-identity identifier")


class SubjectTrace(BaseModel):
    """Everything behind what one subject received: kinds bag, custody_event, infusion, lot,
    donor."""

    subject: SubjectRef
    blinded: bool = Field(
        description="True when lot and donor items were left out for a blinded reader "
                    "(they are left out whether or not any exist)")
    items: list[TraceItem]
