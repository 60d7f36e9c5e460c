"""Trace rules: every form of a donor DIN a person has in hand reads as that DIN (and a wrong
check character never does); a blinded reader's subject trace holds no lot, no donor and no
kit bag's lot identity, whatever the trace held (DESIGN §4.6)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cellchain.auth.roles import Role
from cellchain.bags.rules import BagStatus
from cellchain.cbu.rules import CbuState, SourceType
from cellchain.isbt128.checkchar import check_character
from cellchain.isbt128.din import Din
from cellchain.isbt128.errors import ScanError
from cellchain.lots.states import LotState
from cellchain.trace.items import (
    BagItem,
    CustodyEventItem,
    DonorItem,
    InfusionItem,
    LotItem,
    SubjectRef,
    SubjectTrace,
    TraceItem,
)
from cellchain.trace.rules import (
    looks_like_din,
    parse_donor_din,
    refuses_donor_trace,
    subject_trace_for,
)
from cellchain.trial.rules import SubjectStatus
from tests.unit.isbt128_strategies import dins

MOD37_2 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
BLINDED = [frozenset({Role.CLINICIAN}), frozenset({Role.MONITOR}),
           frozenset({Role.CLINICIAN, Role.MONITOR})]
UNBLINDED = [frozenset({r}) for r in (Role.TECHNICIAN, Role.QC, Role.QA, Role.COORDINATOR)] + [
    frozenset({Role.CLINICIAN, Role.QA})]


def forms(din: Din) -> list[str]:
    """Every way a person may hand the DIN over: typed, as printed, as scanned."""
    k = din.check_character
    return [din.text, din.text.lower(), f"{din.text}{k}", din.eye_readable,
            f"{din.eye_readable} {k}", f"  {din.eye_readable}  {k} ", din.barcode_text("00"),
            din.barcode_text(din.check_flag()), f"]C0{din.barcode_text('00')}"]


@given(dins)
def test_every_form_of_a_din_reads_as_that_din_and_looks_like_one(din: Din) -> None:
    for text in forms(din):
        assert parse_donor_din(text) == din, text
        assert looks_like_din(text), text


@given(dins, st.sampled_from(MOD37_2))
def test_a_typed_din_with_a_wrong_check_character_is_refused(din: Din, wrong: str) -> None:
    if wrong == din.check_character:
        return
    for text in (f"{din.text}{wrong}", f"{din.eye_readable} {wrong}"):
        with pytest.raises(ScanError, match="check character") as refused:
            parse_donor_din(text)
        assert refused.value.field == "din"


@given(dins)
def test_a_scanned_din_with_a_wrong_check_flag_is_refused(din: Din) -> None:
    wrong = f"{60 + (int(din.check_flag()) - 59) % 37:02d}"
    with pytest.raises(ScanError):
        parse_donor_din(din.barcode_text(wrong))


@pytest.mark.parametrize("text", ["", "A9991", "A999126004711KK", "A99912600471", "=A9991"])
def test_a_din_of_the_wrong_length_is_refused_naming_the_forms(text: str) -> None:
    with pytest.raises(ScanError) as refused:
        parse_donor_din(text)
    assert refused.value.field == "din"
    assert "13 characters" in refused.value.message or "15 characters" in refused.value.message


def test_a_din_of_no_known_length_is_refused_with_every_form_named() -> None:
    with pytest.raises(ScanError) as refused:
        parse_donor_din("A9991 26 0047")
    assert refused.value.message == (
        "a DIN is 13 characters (A9999 26 123456), optionally followed by the check character, "
        "or the DIN bar code; got 11 characters")


@pytest.mark.parametrize("text", [
    "RAK001", "SCR005", "K1234567", f"CHA999026000001{check_character('CHA999026000001')}",
    "=A99912600471100&>S9998V00", "M000001", "",
    # 13 or 14 characters, but not a DIN's: a letter where the year or sequence digits are,
    # or a first character that no facility identifier has.
    "A9991X6004711", "A999126004X11", "A99912600471X", "-999126004711", "A9991Y60047115"])
def test_subject_kit_coi_and_compound_texts_do_not_look_like_a_din(text: str) -> None:
    assert not looks_like_din(text)


@pytest.mark.parametrize("roles", BLINDED)
def test_blinded_roles_are_refused_donor_traces(roles: frozenset[Role]) -> None:
    assert refuses_donor_trace(roles)


@pytest.mark.parametrize("roles", UNBLINDED)
def test_unblinded_roles_may_trace_donors(roles: frozenset[Role]) -> None:
    assert not refuses_donor_trace(roles)


# --- the blinded projection of a subject trace ----------------------------------------------

AT = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
@st.composite
def traces(draw: st.DrawFn) -> SubjectTrace:
    """A subject trace of 1-3 lots (each from its own donor), 0-4 bags of those lots, kit
    numbered or not, a receipt per bag and one infusion, items in any order."""
    n = draw(st.integers(min_value=1, max_value=3))
    drawn = draw(st.lists(dins, min_size=2 * n, max_size=2 * n, unique=True))
    lots = [LotItem(id=k + 1, din=drawn[k].text, status=LotState.RELEASED,
                    cell_source="allogeneic", donor_ids=[k + 1], parent_dins=[drawn[n + k].text])
            for k in range(n)]
    donors = [DonorItem(id=lot.id, din=lot.parent_dins[0], product_code="S9998V00",
                        source_type=SourceType.CORD_BLOOD, status=CbuState.CONSUMED,
                        bank_name="Bank", received_at=AT) for lot in lots]
    bags = [BagItem(id=k + 1, lot_id=lot.id, din=lot.din, division=f"A{k}",
                    product_code="S9999V00",
                    kit_number=draw(st.sampled_from([None, f"K{k:06d}X"])),
                    status=BagStatus.AT_WARD, expires_at=AT, subject_id=7,
                    subject_number="RAK007", coi="CHA999026000007")
            for k, lot in enumerate(draw(st.lists(st.sampled_from(lots), max_size=4)))]
    history: list[TraceItem] = [
        CustodyEventItem(id=k + 1, bag_id=bag.id, event="receipt", leg=1, at=AT,
                         location="Ward 7", by="Clara Ruiz", courier=None, container=None,
                         temperature_c=5.0, condition="intact")
        for k, bag in enumerate(bags)]
    history += [InfusionItem(id=bag.id, bag_id=bag.id, subject_id=7, verification_id=bag.id,
                             started_at=AT, stopped_at=AT, volume_ml=100, reaction_grade=0,
                             ctcae_version="5.0", recorded_by="Clara Ruiz")
                for bag in bags[:1]]
    items: list[TraceItem] = [*bags, *history, *lots, *donors]
    order = draw(st.permutations(range(len(items))))
    return SubjectTrace(
        subject=SubjectRef(id=7, subject_number="RAK007", screening_number="SCR007",
                           status=SubjectStatus.ON_TREATMENT, coi="CHA999026000007"),
        blinded=False, items=[items[i] for i in order])


@given(traces(), st.sampled_from(BLINDED))
def test_a_blinded_reader_gets_no_lot_no_donor_and_no_kit_bag_lot_identity(
    trace: SubjectTrace, roles: frozenset[Role]
) -> None:
    seen = subject_trace_for(trace, roles)
    assert seen.blinded
    assert not [i for i in seen.items if i.kind in ("lot", "donor")]
    bags = [i for i in seen.items if isinstance(i, BagItem)]
    assert all(b.lot_id is None for b in bags)
    assert all(b.din is b.division is b.product_code is None for b in bags if b.kit_number)
    text = seen.model_dump_json()
    hidden = {i.din for i in trace.items if isinstance(i, DonorItem)} | {
        i.din or "" for i in trace.items if isinstance(i, BagItem) and i.kit_number}
    shown = {b.din for b in bags if b.din}
    assert not {din for din in hidden - shown if din and din in text}


@given(traces(), st.sampled_from(BLINDED))
def test_a_blinded_reader_keeps_every_bag_event_and_infusion_and_open_label_dins(
    trace: SubjectTrace, roles: frozenset[Role]
) -> None:
    seen = subject_trace_for(trace, roles)
    kept = [(i.kind, i.id) for i in trace.items if i.kind not in ("lot", "donor")]
    assert [(i.kind, i.id) for i in seen.items] == kept
    before = {i.id: i for i in trace.items if isinstance(i, BagItem)}
    for bag in (i for i in seen.items if isinstance(i, BagItem)):
        if bag.kit_number is None:
            assert (bag.din, bag.division) == (before[bag.id].din, before[bag.id].division)


@given(traces(), st.sampled_from(UNBLINDED))
def test_an_unblinded_reader_gets_the_whole_trace(
    trace: SubjectTrace, roles: frozenset[Role]
) -> None:
    assert subject_trace_for(trace, roles) == trace
