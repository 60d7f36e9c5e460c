"""Hypothesis strategies that build every ISBT 128 structure cellchain reads."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from cellchain.isbt128.blood_groups import GROUP_CODES, SPECIAL_MESSAGES, BloodGroups
from cellchain.isbt128.coi import CoiIdentifier
from cellchain.isbt128.compound import CompoundMessage
from cellchain.isbt128.dates import (
    CollectionDate,
    CollectionDateTime,
    ExpirationDate,
    ExpirationDateTime,
    ProductionDate,
    ProductionDateTime,
)
from cellchain.isbt128.din import Din, DinScan
from cellchain.isbt128.divisions import ProductDivisions
from cellchain.isbt128.facility import ProcessingFacility, ProcessorProductId
from cellchain.isbt128.patient import PatientBirthDate, PatientIdentification
from cellchain.isbt128.product_code import COLLECTION_TYPES, ProductCode
from cellchain.isbt128.structure import Structure

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()
DIGITS = "0123456789"
UPPER_ALNUM = UPPER + DIGITS
FIN_FIRST = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789"
FIN_ALNUM = "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789"


def chars(alphabet: str, size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=size, max_size=size)


def joined(*parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(*parts).map("".join)


issuing_fins = joined(st.sampled_from(FIN_FIRST), chars(FIN_ALNUM, 2), chars(DIGITS, 2))
fin_ps = chars(FIN_ALNUM, 5)
dins = st.builds(Din, fin=issuing_fins, year=chars(DIGITS, 2), sequence=chars(DIGITS, 6))


@st.composite
def din_scans(draw: st.DrawFn) -> DinScan:
    din = draw(dins)
    flags = draw(st.sampled_from(["00", "01", "07", "13", "20", "59", "97", din.check_flag()]))
    return DinScan(din=din, flags=flags)


blood_groups = st.builds(
    BloodGroups,
    code=st.sampled_from(sorted(GROUP_CODES) + sorted(SPECIAL_MESSAGES))
    | chars(UPPER + LOWER + DIGITS, 2),
    phenotype=st.sampled_from(UPPER_ALNUM),
)

_ct_pdcs = (joined(st.sampled_from("EFHSP"), chars(UPPER_ALNUM, 4))
            | joined(st.just("X0"), chars(UPPER_ALNUM, 3))
            | joined(st.just("Y"), chars(UPPER, 1), chars(UPPER_ALNUM, 3)))
_ds_codes = (st.sampled_from(["00", "99"])
             | joined(chars(UPPER, 1), st.sampled_from(LOWER + "0")))
product_codes = (
    st.builds(ProductCode, pdc=_ct_pdcs, collection_type=st.sampled_from(sorted(COLLECTION_TYPES)),
              division=_ds_codes)
    | st.builds(ProductCode, pdc=joined(st.sampled_from("MNRTVW"), chars(UPPER_ALNUM, 4)),
                collection_type=st.just(""), division=chars(DIGITS, 3))
    | st.builds(ProductCode, pdc=joined(st.just("X"), chars("123456789", 1),
                                        chars(UPPER_ALNUM, 3)),
                collection_type=st.just(""), division=st.just("000"))
    | st.builds(ProductCode, pdc=joined(st.sampled_from("ABCD"), chars(UPPER_ALNUM, 4)),
                collection_type=st.just(""),
                division=joined(chars(UPPER + LOWER + DIGITS, 1), chars(UPPER_ALNUM, 1),
                                chars(LOWER + DIGITS, 1)))
)
divisions = st.builds(ProductDivisions, code=chars(UPPER_ALNUM, 6))

encodable_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2999, 12, 31))
encodable_minutes = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2999, 12, 31, 23, 59),
).map(lambda value: value.replace(second=0, microsecond=0))
day_structures = st.one_of(*(st.builds(cls, encodable_dates)
                             for cls in (ExpirationDate, CollectionDate, ProductionDate)))
minute_structures = st.one_of(*(st.builds(cls, encodable_minutes)
                                for cls in (ExpirationDateTime, CollectionDateTime,
                                            ProductionDateTime)))

facilities = st.builds(ProcessingFacility, fin=fin_ps, fpc=chars(UPPER_ALNUM, 6))
processor_products = st.builds(ProcessorProductId, fin=fin_ps, fpc=chars(UPPER_ALNUM, 6),
                               pdc=joined(chars(UPPER, 1), chars(UPPER_ALNUM, 4)))
locations = chars(DIGITS, 2)
birth_dates = st.builds(PatientBirthDate, location=locations, birth_date=st.dates())
patient_ids = st.builds(PatientIdentification, location=locations,
                        patient_id=st.text(UPPER_ALNUM, min_size=1, max_size=99))
cois = st.builds(CoiIdentifier, fin=issuing_fins, year=chars(DIGITS, 2),
                 sequence=chars(UPPER_ALNUM, 6))

simple_structures: st.SearchStrategy[Structure] = st.one_of(
    din_scans(), blood_groups, product_codes, divisions, day_structures, minute_structures,
    facilities, processor_products, birth_dates, patient_ids, cois,
)
compound_messages = st.builds(
    CompoundMessage.build,
    st.lists(simple_structures, min_size=1, max_size=8),
    st.sampled_from(["000", "035", "123"]),
)
