"""Every printed field of every label kind, built by pure functions (time passed in).

A label's data is a frozen value: the renderer only lays it out, and its hash is what the
print log records (FACT-JACIE D7), so two prints with the same hash carried the same text and
the same symbols.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.dates import ExpirationDateTime
from cellchain.isbt128.din import Din, DinScan
from cellchain.isbt128.local import SampleCode
from cellchain.isbt128.patient import PatientBirthDate, PatientIdentification
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.structure import Structure
from cellchain.trial.rules import wristband_patient_id

# ISBT 128 printing rule (ST-001 §7.4.4.2): numeric day, three-letter month, four-digit year.
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# DS024/DS025 location code; RT018 values are not public, "00" is our documented default.
PATIENT_LOCATION = "00"
# ST-001 Table 3: flag 07 marks a test tube label.
TEST_TUBE_FLAG = "07"


class LabelKind(StrEnum):
    BAG = "bag"
    CBU = "cbu"
    SAMPLE = "sample"
    WRISTBAND = "wristband"
    MATERIAL = "material"
    LOT = "lot"

    @property
    def template(self) -> str:
        return {"bag": "bag_label", "cbu": "cbu_label", "sample": "sample_label",
                "wristband": "wristband", "material": "material_label",
                "lot": "lot_label"}[self.value]


def print_date(value: date) -> str:
    return f"{value.day:02d} {_MONTHS[value.month - 1]} {value.year}"


def print_datetime(at: datetime, zone: ZoneInfo) -> str:
    """``30 NOV 2026 23:59 GMT``: local wall time with the zone named (FACT-JACIE)."""
    local = at.astimezone(zone)
    return f"{print_date(local.date())} {local:%H:%M} {local.tzname()}"


@dataclass(frozen=True)
class Coded:
    """One linear bar code: the exact text it encodes and the text printed under it."""

    barcode: str
    eye: str


@dataclass(frozen=True)
class BagLabel:
    facility: str
    din: Coded
    din_check: str
    product_code: Coded
    description: str
    use_statement: str
    expiry: Coded
    expiry_local: str
    expiry_utc: str
    coi: str  # eye-readable, or "NOT ALLOCATED"
    coi_check: str
    recipient_caption: str  # "Subject" or "Kit"
    recipient: str
    trial: str
    statements: tuple[str, ...]
    storage: str
    label_2d: str


@dataclass(frozen=True)
class CbuLabel:
    facility: str
    bank: str
    din: Coded
    din_check: str
    product_code: Coded
    received: str
    collected: str
    receipt_number: str
    status: str
    statements: tuple[str, ...]
    label_2d: str


@dataclass(frozen=True)
class SampleLabel:
    din: Coded
    din_check: str
    sample_number: str
    test: str
    taken: str
    label_2d: str


@dataclass(frozen=True)
class WristbandLabel:
    facility: str
    trial: str
    subject_number: str
    birth_date: str
    coi: str
    coi_check: str
    label_2d: str


@dataclass(frozen=True)
class MaterialLabel:
    """A reagent or consumable lot's label, scanned at the station when a step uses it."""

    code: Coded  # the material code, e.g. M000012: Code 128 text and eye-readable alike
    kind: str  # printed name of the kind, e.g. "IL-2"
    name: str
    supplier: str
    supplier_lot: str
    expiry: str  # print_date of the supplier's expiry date
    status: str  # QUARANTINE | RELEASED | REJECTED at the time of printing


@dataclass(frozen=True)
class LotLabel:
    """The culture vessel / bag-in-process label: what the scan station reads to open the
    lot's next step. It says plainly that the contents are not a product for infusion."""

    facility: str
    din: Coded
    din_check: str
    product: str
    process: str  # e.g. "RAK v1"
    starting_material: str  # the parent DINs, eye-readable
    planned: str
    day0: str  # print_date of activation, or "not yet activated"
    label_2d: str


LabelData = BagLabel | CbuLabel | SampleLabel | WristbandLabel | MaterialLabel | LotLabel


def content_hash(data: LabelData) -> str:
    """SHA-256 over the label's fields in a fixed JSON form."""
    text = json.dumps({"type": type(data).__name__, **asdict(data)}, sort_keys=True,
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def din_coded(din: Din, flags: str) -> Coded:
    """The DIN bar code with its flags; the text is the DIN alone (flags are not identity)."""
    return Coded(barcode=DinScan(din=din, flags=flags).text, eye=din.eye_readable)


def checked_din_barcode(din: Din) -> str:
    """Text of a bag or lot label's DIN Code 128: the Type 3 flag (60 + Mod 37-2) lets every
    scan verify the DIN, not only a typed one (ST-001 Table 3)."""
    return DinScan(din=din, flags=din.check_flag()).text


def bag_label(
    *, facility: str, din: Din, product_code: ProductCode, description: str,
    use_statement: str, expires_at: datetime, zone: ZoneInfo, coi: CoiIdentifier | None,
    subject_number: str | None, kit_number: str | None, trial: str,
    statements: tuple[str, ...], storage: str,
) -> BagLabel:
    """A bag label. A kit-numbered (blinded) bag shows the kit number instead of the subject."""
    expiry = ExpirationDateTime(value=expires_at.astimezone(zone).replace(tzinfo=None))
    din_code = Coded(barcode=checked_din_barcode(din), eye=din.eye_readable)
    structures: list[Structure] = [DinScan(din=din, flags=din.check_flag()), product_code, expiry]
    if coi is not None:
        structures.append(coi)
    if kit_number:
        caption, recipient = "Kit", kit_number
    else:
        caption, recipient = "Subject", subject_number or "NOT ALLOCATED"
    return BagLabel(
        facility=facility, din=din_code, din_check=din.check_character,
        product_code=Coded(product_code.text, product_code.content), description=description,
        use_statement=use_statement,
        expiry=Coded(expiry.text, expiry.content), expiry_local=print_datetime(expires_at, zone),
        expiry_utc=print_datetime(expires_at, ZoneInfo("UTC")),
        coi=coi.eye_readable if coi else "NOT ALLOCATED",
        coi_check=coi.check_character if coi else "",
        recipient_caption=caption, recipient=recipient, trial=trial, statements=statements,
        storage=storage, label_2d=CompoundMessage.build(structures).text,
    )


def cbu_label(
    *, facility: str, bank: str, din: Din, product_code: ProductCode, received_at: datetime,
    collected_at: datetime | None, receipt_number: str, status: str, zone: ZoneInfo,
    statements: tuple[str, ...],
) -> CbuLabel:
    """The receipt label put on a cord blood unit: the bank's identity plus our receipt."""
    din_code = din_coded(din, "00")
    return CbuLabel(
        facility=facility, bank=bank, din=din_code, din_check=din.check_character,
        product_code=Coded(product_code.text, product_code.content),
        received=print_datetime(received_at, zone),
        collected=print_datetime(collected_at, zone) if collected_at else "not recorded",
        receipt_number=receipt_number, status=status.upper(), statements=statements,
        label_2d=CompoundMessage.build([DinScan(din=din, flags="00"), product_code]).text,
    )


def sample_label(
    *, din: Din, sample_number: int, test: str, taken_at: datetime, zone: ZoneInfo
) -> SampleLabel:
    """A QC tube label: the lot DIN flagged as a test tube, and the sample code in 2-D."""
    return SampleLabel(
        din=din_coded(din, TEST_TUBE_FLAG), din_check=din.check_character,
        sample_number=f"{sample_number:03d}", test=test, taken=print_datetime(taken_at, zone),
        label_2d=SampleCode(din=din, sample_number=sample_number).text,
    )


def wristband_label(
    *, facility: str, trial: str, subject_number: str, birth_date: date,
    coi: CoiIdentifier | None,
) -> WristbandLabel:
    """A subject wristband: subject number (with its check value) and date of birth, and the
    COI identifier when one is issued, as one compound message in a QR code."""
    structures: list[Structure] = [
        PatientIdentification(location=PATIENT_LOCATION,
                              patient_id=wristband_patient_id(subject_number)),
        PatientBirthDate(location=PATIENT_LOCATION, birth_date=birth_date),
    ]
    if coi is not None:
        structures.append(coi)
    return WristbandLabel(
        facility=facility, trial=trial, subject_number=subject_number,
        birth_date=print_date(birth_date),
        coi=coi.eye_readable if coi else "NOT ISSUED",
        coi_check=coi.check_character if coi else "",
        label_2d=CompoundMessage.build(structures).text,
    )


def material_label(
    *, code: str, kind: str, name: str, supplier: str, supplier_lot: str, expires_on: date,
    status: str,
) -> MaterialLabel:
    """A material lot label: the material code as Code 128 (not an ISBT 128 structure: the
    lot is ours, not a blood product), with what the operator checks by eye before use."""
    return MaterialLabel(code=Coded(barcode=code, eye=code), kind=kind, name=name,
                         supplier=supplier, supplier_lot=supplier_lot,
                         expiry=print_date(expires_on), status=status.upper())


def lot_label(
    *, facility: str, din: Din, product: str, process: str, parent_dins: tuple[Din, ...],
    planned_at: datetime, activated_at: datetime | None, zone: ZoneInfo,
) -> LotLabel:
    """A lot label: the DIN with its Type 3 check flag in Code 128 and, for curved vessels
    where a 2-D symbol reads better, the same structure in a Data Matrix."""
    barcode = checked_din_barcode(din)
    return LotLabel(
        facility=facility, din=Coded(barcode=barcode, eye=din.eye_readable),
        din_check=din.check_character, product=product, process=process,
        starting_material=", ".join(f"{d.eye_readable} {d.check_character}"
                                    for d in parent_dins) or "not linked",
        planned=print_date(planned_at.astimezone(zone).date()),
        day0=print_date(activated_at.astimezone(zone).date()) if activated_at
        else "not yet activated",
        label_2d=barcode,
    )
