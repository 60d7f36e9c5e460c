"""Print control (FACT-JACIE D7, 21 CFR 1271.370): what a label says, and a log of every print.

- Every print is logged: who, when, label kind and record, template version, content hash,
  output format or printer.
- A label printed before needs a reason to print again and is marked as a reprint.
- Voided labels stay in the log with who, when and why.
- A template is used only at its registered version: a changed template file with an unchanged
  version number, or a version that a newer one made obsolete, cannot print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Literal, overload
from zoneinfo import ZoneInfo

from sqlmodel import Session, SQLModel, col, select

from cellchain.audit import service as audit
from cellchain.audit.service import Actor, Change
from cellchain.auth.roles import Role
from cellchain.bags import rules as bag_rules
from cellchain.bags.models import Bag
from cellchain.bags.rules import BagStatus
from cellchain.bags.service import get_bag
from cellchain.cbu.service import get_cbu
from cellchain.config import Settings
from cellchain.errors import BadInput, Conflict, Forbidden, NotFound, TransitionBlocked
from cellchain.guarded import guarded_update, read_for_write
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.din import parse_din_text
from cellchain.isbt128.product_code import ProductCode
from cellchain.labels import data as build
from cellchain.labels import outbox
from cellchain.labels.data import LabelData, LabelKind
from cellchain.labels.kinds import KINDS
from cellchain.labels.models import LabelPrint, LabelTemplate, PrintJob
from cellchain.labels.render import FORMATS, TemplateInfo, render, render_sheet, template_info
from cellchain.labels.settings import LabelSettings, load_label_settings
from cellchain.lots.models import Lot
from cellchain.lots.service import get_lot, parents_of
from cellchain.materials.rules import material_kind_label
from cellchain.materials.service import get_material
from cellchain.qc.service import get_sample
from cellchain.trial.models import ChainOfIdentity, Subject
from cellchain.trial.service import current_coi, get_subject

ACTIVE = "active"
OBSOLETE = "obsolete"
PRINTER = "printer"


@dataclass(frozen=True)
class PrintResult:
    log: LabelPrint
    content: bytes
    media_type_format: str  # one of FORMATS
    job: PrintJob | None = None  # for output "printer": the outbox job, sent after commit


def label_settings(settings: Settings) -> LabelSettings:
    return load_label_settings(settings.label_settings)


def bag_label_of(bag: Bag, lot: Lot, subject: Subject | None, coi: ChainOfIdentity | None,
                 settings: Settings) -> build.BagLabel:
    """The bag's label from its records already read (a list of bags reads them in one
    query, not three per bag); ``label_data_for`` reads them for one bag."""
    return bag_label_from(settings, product_code=bag.product_code, kit_number=bag.kit_number,
                          expires_at=bag.expires_at, din=lot.din,
                          coi_identifier=coi.identifier if coi else None,
                          subject_number=subject.subject_number if subject else None)


def bag_label_from(settings: Settings, *, product_code: str, kit_number: str | None,
                   expires_at: datetime, din: str, coi_identifier: str | None,
                   subject_number: str | None) -> build.BagLabel:
    """The bag's label from the column values it is made of (a list selects only these
    columns: building the records themselves cost more than the rest of the list)."""
    return _bag_label(settings.site_name, settings.label_settings, settings.zone, product_code,
                      kit_number, expires_at, din, coi_identifier, subject_number)


# A bag's label is a function of these values alone and is immutable (frozen dataclasses), so
# it is built once per process for each set of them: lists, scans and the bedside build the
# same bags' labels over and over, 0.2 ms each with its check characters (issue 13).
@lru_cache(maxsize=4096)
def _bag_label(facility: str, label_settings_path: Path | None, zone: ZoneInfo,
               product_code: str, kit_number: str | None, expires_at: datetime, din: str,
               coi_identifier: str | None, subject_number: str | None) -> build.BagLabel:
    wording = load_label_settings(label_settings_path)
    code = ProductCode.parse(product_code)
    autologous = code.collection_type == wording.autologous_collection_type
    return build.bag_label(
        facility=facility, din=parse_din_text(din), product_code=code,
        description=wording.blinded_description if kit_number else wording.description,
        use_statement="FOR AUTOLOGOUS USE ONLY" if autologous
        else "FOR USE BY INTENDED RECIPIENT ONLY",
        expires_at=expires_at, zone=zone,
        coi=CoiIdentifier.parse(coi_identifier) if coi_identifier else None,
        subject_number=subject_number, kit_number=kit_number, trial=wording.trial,
        statements=wording.bag_statements, storage=wording.storage)


# One overload per kind: a caller naming its kind gets that kind's label type (a material
# label has no 2-D symbol, so ``label_2d`` is only known once the kind is).
@overload
def label_data_for(session: Session, kind: Literal[LabelKind.BAG], record_id: int,
                   settings: Settings) -> build.BagLabel: ...
@overload
def label_data_for(session: Session, kind: Literal[LabelKind.CBU], record_id: int,
                   settings: Settings) -> build.CbuLabel: ...
@overload
def label_data_for(session: Session, kind: Literal[LabelKind.SAMPLE], record_id: int,
                   settings: Settings) -> build.SampleLabel: ...
@overload
def label_data_for(session: Session, kind: Literal[LabelKind.WRISTBAND], record_id: int,
                   settings: Settings) -> build.WristbandLabel: ...
@overload
def label_data_for(session: Session, kind: Literal[LabelKind.MATERIAL], record_id: int,
                   settings: Settings) -> build.MaterialLabel: ...
@overload
def label_data_for(session: Session, kind: Literal[LabelKind.LOT], record_id: int,
                   settings: Settings) -> build.LotLabel: ...
@overload
def label_data_for(session: Session, kind: LabelKind, record_id: int,
                   settings: Settings) -> LabelData: ...


def label_data_for(
    session: Session, kind: LabelKind, record_id: int, settings: Settings
) -> LabelData:
    """Builds the label of one record from the database (pure builders do the work)."""
    wording = label_settings(settings)
    if kind == LabelKind.BAG:
        bag = get_bag(session, record_id)
        coi = session.get(ChainOfIdentity, bag.coi_id) if bag.coi_id is not None else None
        return bag_label_of(bag, get_lot(session, bag.lot_id),
                            session.get(Subject, bag.subject_id) if bag.subject_id else None,
                            coi, settings)
    if kind == LabelKind.CBU:
        cbu = get_cbu(session, record_id)
        return build.cbu_label(
            facility=settings.site_name, bank=cbu.bank_name, din=parse_din_text(cbu.din),
            product_code=ProductCode.parse(cbu.product_code), received_at=cbu.received_at,
            collected_at=cbu.collected_at, receipt_number=f"CBU-{cbu.id:06d}",
            status="quarantine" if cbu.status == "received" else cbu.status,
            zone=settings.zone,
            # The quarantine statement holds only while QA has not decided (seen: a consumed
            # unit's label still said "QUARANTINE until accepted by QA").
            statements=wording.cbu_statements if cbu.status == "received" else ())
    if kind == LabelKind.MATERIAL:
        material = get_material(session, record_id)
        return build.material_label(
            code=material.code, kind=material_kind_label(material.kind), name=material.name,
            supplier=material.supplier, supplier_lot=material.supplier_lot,
            expires_on=material.expires_on, status=material.status)
    if kind == LabelKind.LOT:
        lot = get_lot(session, record_id)
        return build.lot_label(
            facility=settings.site_name, din=parse_din_text(lot.din),
            product=wording.description,
            process=f"{lot.process_name} v{lot.process_version}" if lot.process_name
            else "not assigned",
            parent_dins=tuple(parse_din_text(u.din) for u in parents_of(session, record_id)),
            planned_at=lot.created_at, activated_at=lot.activated_at, zone=settings.zone)
    if kind == LabelKind.SAMPLE:
        sample = get_sample(session, record_id)
        lot = get_lot(session, sample.lot_id)
        return build.sample_label(din=parse_din_text(lot.din),
                                  sample_number=sample.sample_number, test=sample.test,
                                  taken_at=sample.taken_at, zone=settings.zone)
    return wristband_label_of(get_subject(session, record_id), current_coi(session, record_id),
                              settings)


def wristband_label_of(subject: Subject, coi: ChainOfIdentity | None, settings: Settings
                       ) -> build.WristbandLabel:
    """The subject's wristband from the subject and their current chain-of-identity identifier
    already read (a list of subjects reads every identifier in one query)."""
    if subject.subject_number is None:
        raise Conflict(f"Subject {subject.screening_number} has no subject number yet; "
                       "a wristband is printed at enrolment.")
    return wristband_label_from(settings, subject_number=subject.subject_number,
                                birth_date=subject.date_of_birth,
                                coi_identifier=coi.identifier if coi else None)


def wristband_label_from(settings: Settings, *, subject_number: str, birth_date: date,
                         coi_identifier: str | None) -> build.WristbandLabel:
    """The wristband from the column values it is made of (the subjects list selects only
    these columns)."""
    return _wristband_label(settings.site_name, settings.label_settings, subject_number,
                            birth_date, coi_identifier)


# As ``_bag_label``: a wristband is a function of these values alone and immutable, so it is
# built once per process for each set of them. The subjects list builds up to 500 a page at
# about 50 us each with its check characters (issue 13).
@lru_cache(maxsize=8192)
def _wristband_label(facility: str, label_settings_path: Path | None, subject_number: str,
                     birth_date: date, coi_identifier: str | None) -> build.WristbandLabel:
    return build.wristband_label(
        facility=facility, trial=load_label_settings(label_settings_path).trial,
        subject_number=subject_number, birth_date=birth_date,
        coi=CoiIdentifier.parse(coi_identifier) if coi_identifier else None)


def registered_template(
    session: Session, info: TemplateInfo, *, actor: Actor, now: datetime
) -> LabelTemplate:
    """Returns the active registration of this template version, registering a new version
    (and making older ones obsolete) the first time it is used."""
    rows = session.exec(select(LabelTemplate).where(LabelTemplate.name == info.name)).all()
    same = next((r for r in rows if r.version == info.version), None)
    if same is not None:
        if same.content_sha256 != info.sha256:
            raise Conflict(f"Label template {info.name} was changed without a new version "
                           f"number (version {info.version} is registered with other content); "
                           "raise the version in the template header before printing.")
        if same.status == OBSOLETE:
            raise Conflict(f"Label template {info.name} version {info.version} is obsolete "
                           "and cannot print.")
        return same
    newer = [r.version for r in rows if r.version > info.version]
    if newer:
        raise Conflict(f"Label template {info.name} version {info.version} is older than the "
                       f"registered version {max(newer)} and cannot print.")
    for old in rows:
        if old.status == ACTIVE:
            _obsolete(session, old)
            audit.record(session, actor=actor, action="label_template.obsoleted",
                         entity_type="label_template", entity_id=old.id, now=now,
                         changes=[Change("status", ACTIVE, OBSOLETE)],
                         reason=f"superseded by version {info.version}")
    row = LabelTemplate(name=info.name, version=info.version, content_sha256=info.sha256,
                        status=ACTIVE, registered_at=now)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="label_template.registered",
                 entity_type="label_template", entity_id=row.id, now=now,
                 changes=[Change("name", None, info.name), Change("version", None, info.version),
                          Change("sha256", None, info.sha256)])
    return row


def obsolete_template(
    session: Session, *, actor: Actor, name: str, version: int, reason: str, now: datetime
) -> LabelTemplate:
    """Withdraws a template version (e.g. a layout error found): it can no longer print."""
    if not reason.strip():
        raise BadInput("reason is required to make a label template obsolete", field="reason")
    row = session.exec(select(LabelTemplate).where(
        LabelTemplate.name == name, LabelTemplate.version == version)).first()
    if row is None:
        raise NotFound(f"Label template {name} version {version} is not registered.")
    if row.status == OBSOLETE:
        raise Conflict(f"Label template {name} version {version} is already obsolete.")
    _obsolete(session, row)
    audit.record(session, actor=actor, action="label_template.obsoleted",
                 entity_type="label_template", entity_id=row.id, now=now, reason=reason,
                 changes=[Change("status", ACTIVE, OBSOLETE)])
    return row


def _obsolete(session: Session, template: LabelTemplate) -> None:
    guarded_update(session, template, {"status": OBSOLETE}, expect={"status": ACTIVE},
                   versioned=False, audit_entity=("label_template", template.id),
                   record=f"Label template {template.name} version {template.version}")


def prints_for(session: Session, kind: LabelKind, record_id: int) -> list[LabelPrint]:
    return list(session.exec(select(LabelPrint).where(
        LabelPrint.kind == kind.value, LabelPrint.record_id == record_id)
        .order_by(col(LabelPrint.id))))


# The command line has no form to ask for a reprint reason; DESIGN §6 fixes its arguments.
CLI_REPRINT_REASON = "not given: rendered again from the command line (cellchain labels render)"


def render_to_file(
    session: Session, *, actor: Actor, kind: LabelKind, record_id: int, fmt: str, file: str,
    settings: Settings, now: datetime, reason: str | None = None,
) -> tuple[bytes, LabelPrint]:
    """Renders a label to a file for ``cellchain labels render``. The file is a real,
    scannable label, so it is a controlled print like one from the web UI (FACT-JACIE D7):
    logged with the operator, template version and content hash, refused for a record that
    may not be labelled, and marked as a reprint after the first; a reprint without
    ``--reason`` is logged as such, in words."""
    if fmt not in FORMATS:
        raise BadInput(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}",
                       field="format")
    rendered = label_data_for(session, kind, record_id, settings)
    content = render(rendered, fmt)
    reason = (reason or "").strip() or (
        CLI_REPRINT_REASON if prints_for(session, kind, record_id) else None)
    logged, log = record_print(session, actor=actor, kind=kind, record_id=record_id,
                               target=f"{fmt} file {Path(file).name}"[:120], settings=settings,
                               now=now, reason=reason)
    _refuse_if_rendered_differs(kind, rendered, logged)
    return content, log


def _refuse_if_rendered_differs(kind: LabelKind, rendered: LabelData, logged: LabelData) -> None:
    """The label is rendered before the print is logged (the lock is held for the shortest
    time); if the record changed in between, what was rendered is not what is logged, so the
    whole print is refused and nothing is written."""
    if rendered != logged:
        raise Conflict(f"The {kind.value} record changed while its label was being rendered; "
                       "nothing was printed or logged. Print the label again.")


def _state_rows(session: Session, kind: LabelKind, record_id: int) -> list[SQLModel]:
    """The rows whose state decides whether the record's label may be printed."""
    if kind != LabelKind.BAG:
        return []
    bag = get_bag(session, record_id)
    return [bag, get_lot(session, bag.lot_id)]


def print_refusals(session: Session, kind: LabelKind, record_id: int, now: datetime
                   ) -> list[str]:
    """Every reason this record's label may not be printed now (empty: it may). Only bags
    have such reasons today: a bag that may not be used gets no label (bags.rules)."""
    if kind != LabelKind.BAG:
        return []
    bag = get_bag(session, record_id)
    lot = get_lot(session, bag.lot_id)
    return bag_rules.label_refusals(status=BagStatus(bag.status), lot_status=lot.status,
                                    expires_at=bag.expires_at, now=now)


def record_print(
    session: Session, *, actor: Actor, kind: LabelKind, record_id: int, target: str,
    settings: Settings, now: datetime, reason: str | None = None, copies: int = 1,
) -> tuple[LabelData, LabelPrint]:
    """Checks the template and reprint rules and logs one print; returns what to render.

    The record is read under the lock every change of state takes: a bag held, recalled or
    deallocated meanwhile is refused or labelled as it now is, and of two first prints at
    once the second is a reprint that needs a reason."""
    if not 1 <= copies <= 20:
        raise BadInput("copies must be between 1 and 20", field="copies")
    read_for_write(session, *_state_rows(session, kind, record_id))
    label = label_data_for(session, kind, record_id, settings)
    refusals = print_refusals(session, kind, record_id, now)
    if refusals:
        raise TransitionBlocked(f"This {kind.value} label cannot be printed: the {kind.value} "
                                "is not for use.", refusals)
    template = registered_template(session, template_info(kind), actor=actor, now=now)
    earlier = prints_for(session, kind, record_id)
    reason = (reason or "").strip() or None
    if earlier and reason is None:
        raise BadInput(f"this {kind.value} label was printed before ({len(earlier)} time(s)); "
                       "a reprint needs a reason", field="reason")
    log = LabelPrint(kind=kind.value, record_id=record_id, template_id=template.id or 0,
                     content_sha256=build.content_hash(label), output=target, copies=copies,
                     is_reprint=bool(earlier), reason=reason, printed_by=actor.id,
                     printed_by_name=actor.name, printed_at=now)
    session.add(log)
    session.flush()
    audit.record(session, actor=actor,
                 action="label.reprinted" if earlier else "label.printed",
                 entity_type=kind.value, entity_id=record_id, now=now, reason=reason,
                 data={"print_id": log.id, "template": template.name,
                       "template_version": template.version, "output": target,
                       "copies": copies, "content_sha256": log.content_sha256})
    return label, log


def print_label(
    session: Session, *, actor: Actor, kind: LabelKind, record_id: int, output: str,
    settings: Settings, now: datetime, reason: str | None = None, copies: int = 1,
) -> PrintResult:
    """Logs and renders one label; returns the rendered bytes and, for ``printer``, the job
    queued in the outbox (sent after this transaction commits, see cellchain.labels.outbox).

    ``output`` is one of FORMATS (the file is handed to the user) or ``printer`` (ZPL for the
    configured printer). The label is rendered before the print is logged, so the audited
    write holds its locks for the shortest time.
    """
    if output not in (*FORMATS, PRINTER):
        raise BadInput(f"output must be one of {', '.join((*FORMATS, PRINTER))}; got {output!r}",
                       field="output")
    if output == PRINTER and not settings.printer_host:
        raise BadInput("no label printer is configured (CELLCHAIN_PRINTER_HOST)", field="output")
    fmt = "zpl" if output == PRINTER else output
    rendered = label_data_for(session, kind, record_id, settings)
    content = render(rendered, fmt)
    target = f"{PRINTER} {settings.printer_host}:{settings.printer_port}" \
        if output == PRINTER else output
    label, log = record_print(session, actor=actor, kind=kind, record_id=record_id,
                              target=target, settings=settings, now=now, reason=reason,
                              copies=copies)
    _refuse_if_rendered_differs(kind, rendered, label)
    job = outbox.enqueue(session, log=log, host=settings.printer_host,
                         port=settings.printer_port, payload=content.decode("utf-8") * copies,
                         now=now) if output == PRINTER else None
    return PrintResult(log=log, content=content, media_type_format=fmt, job=job)


def void_print(
    session: Session, *, actor: Actor, roles: frozenset[Role], print_id: int, reason: str,
    now: datetime,
) -> LabelPrint:
    """Records that a printed label was destroyed and must not be used."""
    log = session.get(LabelPrint, print_id)
    # A print of a label kind this person may not see reads exactly as a missing one.
    if log is None or not roles & KINDS[LabelKind(log.kind)].viewers:
        raise NotFound(f"No label print with id {print_id}.")
    spec = KINDS[LabelKind(log.kind)]
    if not spec.may_void(roles):
        raise Forbidden(f"Voiding {spec.noun} labels is for those who print them and QA.")
    if not reason.strip():
        raise BadInput("reason is required to void a printed label", field="reason")
    if log.voided_at is not None:
        raise Conflict(f"Label print {print_id} was already voided.")
    guarded_update(session, log, {"voided_at": now, "voided_by_name": actor.name,
                                  "void_reason": reason.strip()},
                   expect={"voided_at": None}, versioned=False,
                   record=f"Label print {print_id}", audit_entity=(log.kind, log.record_id))
    audit.record(session, actor=actor, action="label.voided", entity_type=log.kind,
                 entity_id=log.record_id, now=now, reason=reason.strip(),
                 data={"print_id": log.id}, changes=[Change("voided", False, True)])
    return log


def print_bag_sheet(
    session: Session, *, actor: Actor, lot_id: int, paper: str, reason: str,
    settings: Settings, now: datetime,
) -> tuple[str, bytes]:
    """Every bag label of a lot on A4 or Letter sheets, one logged print per bag; returns the
    lot DIN and the PDF."""
    if paper not in ("A4", "Letter"):
        raise BadInput("paper must be A4 or Letter", field="paper")
    lot = get_lot(session, lot_id)
    bags = session.exec(select(Bag).where(Bag.lot_id == lot_id).order_by(col(Bag.division))).all()
    if not bags:
        raise BadInput(f"Lot {lot.din} has no bags to label yet.", field="lot")
    labels = [record_print(session, actor=actor, kind=LabelKind.BAG, record_id=bag.id or 0,
                           target=f"pdf sheet {paper}", settings=settings, now=now,
                           reason=reason)[0]
              for bag in bags]
    return lot.din, render_sheet(labels, paper)  # type: ignore[arg-type]
