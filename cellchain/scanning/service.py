"""What a scanned or typed text refers to: one use case behind the scan box and the scan API.

Reader rule first (ST-001 §2.2): the text is parsed as ISBT 128 and every check character is
verified before any record is looked up. A wristband is also checked against the record it
names: a date of birth or COI identifier that differs from the subject's record is refused,
because that is exactly the mix-up the chain of identity exists to catch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import bindparam
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from cellchain.auth.principal import Principal
from cellchain.bags.models import Bag
from cellchain.blinding import rules as blinding
from cellchain.cbu.models import CordBloodUnit
from cellchain.db import column_rows
from cellchain.equipment.service import find_equipment_by_asset
from cellchain.errors import NotFound
from cellchain.isbt128.checkchar import check_character, check_failed
from cellchain.isbt128.coi import CoiIdentifier, parse_keyed_coi
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.din import Din, DinScan, parse_keyed_din
from cellchain.isbt128.errors import ScanError
from cellchain.isbt128.local import SampleCode
from cellchain.isbt128.parse import parse_read
from cellchain.isbt128.patient import PatientBirthDate, PatientIdentification
from cellchain.isbt128.product_code import ProductCode
from cellchain.isbt128.scan import normalise
from cellchain.isbt128.structure import Structure
from cellchain.lots.models import Lot
from cellchain.materials.service import find_material_by_code
from cellchain.qc.service import find_sample
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.rules import subject_number_from_patient_id

_MATERIAL_CODE = re.compile(r"M\d{6}")
_ASSET = re.compile(r"[A-Z0-9][A-Z0-9._/-]{0,31}")


@dataclass(frozen=True)
class ScanMatch:
    kind: str  # lot | bag | cbu | qc_sample | subject
    id: int
    title: str
    url: str
    data_structures: list[str] = field(default_factory=list)


def resolve(session: Session, raw: str, principal: Principal) -> ScanMatch:
    """Returns the one record the scan names (as the principal may see it), or raises
    ScanError or NotFound."""
    text = normalise(raw)
    if not text:
        raise ScanError("the scan is empty", field="scan")
    if blinding.is_unblinded(principal.roles):
        return _resolve_text(session, text)
    # Blinded roles get one answer for every record they may not see, whether it exists or
    # not, so a scan can never tell them that a lot, sample or unallocated bag is there.
    try:
        match = _resolve_text(session, text)
    except NotFound:
        raise NotFound(blinding.NOT_VISIBLE, field="scan") from None
    if match.kind not in blinding.BLINDED_SCAN_KINDS or (
            match.kind == "bag" and not _allocated(session, match.id)):
        raise NotFound(blinding.NOT_VISIBLE, field="scan")
    if match.kind == "bag":
        bag = session.get(Bag, match.id)
        if bag is not None and bag.kit_number:
            match = replace(match, title=f"Kit {bag.kit_number}")
    return match


def _allocated(session: Session, bag_id: int) -> bool:
    bag = session.get(Bag, bag_id)
    return bag is not None and bag.subject_id is not None


def _resolve_text(session: Session, text: str) -> ScanMatch:
    if text[0] in "=&":
        structures = _flatten(parse_read(text))
        if len(structures) == 1 and isinstance(structures[0], SampleCode):
            return _sample(session, structures[0])
        return _from_structures(session, structures)
    return _typed(session, "".join(text.split()).upper())


def _flatten(structures: Sequence[Structure]) -> list[Structure]:
    flat: list[Structure] = []
    for s in structures:
        flat.extend(s.structures if isinstance(s, CompoundMessage) else (s,))
    return flat


def _from_structures(session: Session, structures: list[Structure]) -> ScanMatch:
    numbers = [s.data_structure for s in structures]
    dins = [s for s in structures if isinstance(s, DinScan)]
    codes = [s for s in structures if isinstance(s, ProductCode)]
    patients = [s for s in structures if isinstance(s, PatientIdentification)]
    cois = [s for s in structures if isinstance(s, CoiIdentifier)]
    if patients:
        births = [s for s in structures if isinstance(s, PatientBirthDate)]
        return _wristband(session, patients[0], births[0] if births else None,
                          cois[0] if cois else None, numbers)
    if dins and codes:
        return _din_and_code(session, dins[0].din, codes[0], cois[0] if cois else None, numbers)
    if dins:
        return _din_only(session, dins[0].din, numbers)
    if cois:
        return _subject_by_coi(session, cois[0], numbers)
    names = ", ".join(f"DS{n}" for n in numbers)
    raise ScanError(f"a scan of {names} alone does not identify a record; scan the DIN, the "
                    "bag's 2-D code or the wristband", field="scan")


# A bag label's DIN and product code, and the COI its bag is allocated under, in one round trip:
# the scan station's and the bedside's most frequent lookup (PERFORMANCE-NOTES rule 3); built
# once, the label's texts its parameters.
_BAG_BY_LABEL = (
    core_select(col(Bag.id), col(Bag.division), col(ChainOfIdentity.identifier))
    .select_from(Lot)
    .join(Bag, col(Bag.lot_id) == col(Lot.id))
    .outerjoin(ChainOfIdentity, col(ChainOfIdentity.id) == col(Bag.coi_id))
    .where(col(Lot.din) == bindparam("din"), col(Bag.product_code) == bindparam("product_code"))
)


def _din_and_code(session: Session, din: Din, code: ProductCode, coi: CoiIdentifier | None,
                  numbers: list[str]) -> ScanMatch:
    bag = column_rows(session, _BAG_BY_LABEL,
                      {"din": din.text, "product_code": code.content}).first()
    if bag is not None:
        _check_bag_coi(bag.identifier, coi)
        return ScanMatch("bag", bag.id, f"Bag {din.eye_readable} {bag.division}",
                         f"/bags/{bag.id}", numbers)
    if session.exec(select(Lot.id).where(Lot.din == din.text)).first() is not None:
        raise NotFound(f"Lot {din.eye_readable} has no bag with product code {code.content}.")
    cbu = session.exec(select(CordBloodUnit).where(
        CordBloodUnit.din == din.text, CordBloodUnit.product_code == code.content)).first()
    if cbu is None:
        raise NotFound(f"No bag or cord blood unit has DIN {din.eye_readable} with product code "
                       f"{code.content}.")
    return _cbu_match(cbu, numbers)


def _din_only(session: Session, din: Din, numbers: list[str]) -> ScanMatch:
    lot = session.exec(select(Lot).where(Lot.din == din.text)).first()
    if lot is not None:
        return ScanMatch("lot", lot.id or 0, f"Lot {din.eye_readable}", f"/lots/{lot.id}",
                         numbers)
    units = session.exec(select(CordBloodUnit).where(CordBloodUnit.din == din.text)).all()
    if len(units) == 1:
        return _cbu_match(units[0], numbers)
    if len(units) > 1:
        raise ScanError(f"DIN {din.eye_readable} names {len(units)} cord blood products; scan "
                        "the product code as well", field="scan")
    raise NotFound(f"No lot or cord blood unit has DIN {din.eye_readable}.")


def _check_bag_coi(allocated_under: str | None, coi: CoiIdentifier | None) -> None:
    """A bag label naming a chain of identity must name the bag's own (DESIGN §2)."""
    if coi is None:
        return
    if allocated_under != coi.content:
        held = f" ({allocated_under})" if allocated_under else " (not allocated)"
        raise ScanError(f"bag label COI {coi.content} does not match the bag's allocation"
                        f"{held}; do not use this label", field="scan")


def _cbu_match(cbu: CordBloodUnit, numbers: list[str]) -> ScanMatch:
    return ScanMatch("cbu", cbu.id or 0, f"Cord blood unit {cbu.din} {cbu.product_code}",
                     f"/cbu/{cbu.id}", numbers)


def _subject_match(subject: Subject, numbers: list[str]) -> ScanMatch:
    return ScanMatch("subject", subject.id or 0,
                     f"Subject {subject.subject_number or subject.screening_number}",
                     f"/subjects/{subject.id}", numbers)


def _sample(session: Session, code: SampleCode) -> ScanMatch:
    lot = session.exec(select(Lot).where(Lot.din == code.din.text)).first()
    sample = find_sample(session, lot.id or 0, code.sample_number) if lot else None
    if sample is None:
        raise NotFound(f"No QC sample {code.sample_number:03d} of lot {code.din.eye_readable}.")
    return ScanMatch("qc_sample", sample.id or 0,
                     f"QC sample {code.sample_number:03d} of lot {code.din.eye_readable}",
                     f"/qc/samples/{sample.id}", ["local-qc-sample"])


def _wristband(
    session: Session, patient: PatientIdentification, birth: PatientBirthDate | None,
    coi: CoiIdentifier | None, numbers: list[str],
) -> ScanMatch:
    number = subject_number_from_patient_id(patient.patient_id)
    subject = session.exec(select(Subject).where(Subject.subject_number == number)).first()
    if subject is None:
        raise NotFound(f"No subject has subject number {number}.")
    if birth is not None and birth.birth_date != subject.date_of_birth:
        raise ScanError(f"wristband date of birth {birth.birth_date.isoformat()} does not match "
                        f"subject {number}'s record; do not use this wristband", field="scan")
    if coi is not None:
        row = session.exec(select(ChainOfIdentity).where(
            ChainOfIdentity.identifier == coi.content)).first()
        if row is None or row.subject_id != subject.id:
            raise ScanError(f"wristband COI identifier {coi.content} does not belong to subject "
                            f"{number}; do not use this wristband", field="scan")
    return _subject_match(subject, numbers)


def _subject_by_coi(session: Session, coi: CoiIdentifier, numbers: list[str]) -> ScanMatch:
    row = session.exec(select(ChainOfIdentity).where(
        ChainOfIdentity.identifier == coi.content)).first()
    subject = session.get(Subject, row.subject_id) if row else None
    if subject is None:
        raise NotFound(f"No subject has chain-of-identity identifier {coi.content}.")
    return _subject_match(subject, numbers)


def _typed(session: Session, text: str) -> ScanMatch:
    """Text typed from a label: a DIN or COI with its check character, a kit number, or a
    subject or screening number."""
    if len(text) == 13 and text[0].isalnum() and text[5:13].isdigit():
        raise ScanError(f"typed DIN {text} needs its check character, the boxed character "
                        "printed after it (ST-001 §7.5)", field="scan")
    if len(text) == 14 and text[0].isalnum() and text[5:13].isdigit():
        return _din_only(session, parse_keyed_din(text), ["typed DIN"])
    if text.startswith("CH") and len(text) == 16:
        return _subject_by_coi(session, parse_keyed_coi(text), ["typed COI"])
    if len(text) == 8 and text[0] == "K" and text[1:7].isdigit():
        if text[7] != check_character(text[:7], what="kit number"):
            raise ScanError(check_failed("kit number", typed=True), field="scan")
        bag = session.exec(select(Bag).where(Bag.kit_number == text)).first()
        if bag is None:
            raise NotFound(f"No bag has kit number {text}.")
        return ScanMatch("bag", bag.id or 0, f"Kit {text}", f"/bags/{bag.id}", ["kit number"])
    material = find_material_by_code(session, text) if _MATERIAL_CODE.fullmatch(text) else None
    if material is not None:
        return ScanMatch("material_lot", material.id or 0,
                         f"{material.name} lot {material.code} ({material.supplier_lot})",
                         f"/materials/{material.id}", ["material code"])
    equipment = find_equipment_by_asset(session, text) if _ASSET.fullmatch(text) else None
    if equipment is not None:
        return ScanMatch("equipment", equipment.id or 0,
                         f"{equipment.name} {equipment.asset_number}",
                         f"/equipment/{equipment.id}", ["asset number"])
    subject = session.exec(select(Subject).where(
        (Subject.subject_number == text) | (Subject.screening_number == text))).first()
    if subject is not None:
        return _subject_match(subject, ["typed subject number"])
    # Not a refusal of the text itself: whether it names a record depends on the database,
    # so it is a NotFound (which blinded roles get in the one neutral wording).
    raise NotFound(f"'{text[:40]}' is not an ISBT 128 bar code, a DIN with its check "
                   "character, a kit number, a material or equipment label or a known subject "
                   "number", field="scan")
