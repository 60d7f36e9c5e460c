"""Pure subject rules: the subject lifecycle (DESIGN §3) and the subject-number format.

Decisions where DESIGN §3 is silent: a subject may withdraw (consent withdrawn, investigator
decision) from enrolment or treatment, not from screening (that is a screen failure);
screen_failed, completed and withdrawn are final.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from cellchain.errors import BadInput, Conflict
from cellchain.isbt128.checkchar import check_value
from cellchain.isbt128.errors import ScanError
from cellchain.lifecycle import Lifecycle


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class SubjectStatus(StrEnum):
    SCREENING = "screening"
    SCREEN_FAILED = "screen_failed"
    ENROLLED = "enrolled"
    ON_TREATMENT = "on_treatment"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


SUBJECT_TRANSITIONS: Final[Mapping[SubjectStatus, frozenset[SubjectStatus]]] = {
    SubjectStatus.SCREENING: frozenset({SubjectStatus.SCREEN_FAILED, SubjectStatus.ENROLLED}),
    SubjectStatus.ENROLLED: frozenset({SubjectStatus.ON_TREATMENT, SubjectStatus.WITHDRAWN}),
    SubjectStatus.ON_TREATMENT: frozenset({SubjectStatus.COMPLETED, SubjectStatus.WITHDRAWN}),
    SubjectStatus.SCREEN_FAILED: frozenset(),
    SubjectStatus.COMPLETED: frozenset(),
    SubjectStatus.WITHDRAWN: frozenset(),
}

_SUBJECT_PREREQUISITE: Final[Mapping[SubjectStatus, str]] = {
    SubjectStatus.SCREENING: "screening is where every subject starts",
    SubjectStatus.SCREEN_FAILED: "only a subject in screening can fail screening",
    SubjectStatus.ENROLLED: "only a subject in screening is enrolled",
    SubjectStatus.ON_TREATMENT: "the subject must be enrolled first",
    SubjectStatus.COMPLETED: "the subject must be on treatment first",
    SubjectStatus.WITHDRAWN: "only an enrolled subject or one on treatment can withdraw",
}


class InvalidSubjectMove(Conflict):
    """A move the subject lifecycle does not allow."""


SUBJECT_LIFECYCLE: Final = Lifecycle("Subject", SUBJECT_TRANSITIONS, _SUBJECT_PREREQUISITE,
                                     InvalidSubjectMove, pronoun="they")
mutants_x_check_subject_move__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_subject_move__mutmut)
def check_subject_move(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(subject_label, current, target)


def x_check_subject_move__mutmut_orig(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(subject_label, current, target)


def x_check_subject_move__mutmut_1(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(None, current, target)


def x_check_subject_move__mutmut_2(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(subject_label, None, target)


def x_check_subject_move__mutmut_3(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(subject_label, current, None)


def x_check_subject_move__mutmut_4(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(current, target)


def x_check_subject_move__mutmut_5(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(subject_label, target)


def x_check_subject_move__mutmut_6(subject_label: str, current: SubjectStatus, target: SubjectStatus) -> None:
    """Raises InvalidSubjectMove with an operator-readable sentence unless the move is allowed."""
    SUBJECT_LIFECYCLE.check(subject_label, current, )

mutants_x_check_subject_move__mutmut['_mutmut_orig'] = x_check_subject_move__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_subject_move__mutmut['x_check_subject_move__mutmut_1'] = x_check_subject_move__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_subject_move__mutmut['x_check_subject_move__mutmut_2'] = x_check_subject_move__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_subject_move__mutmut['x_check_subject_move__mutmut_3'] = x_check_subject_move__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_subject_move__mutmut['x_check_subject_move__mutmut_4'] = x_check_subject_move__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_subject_move__mutmut['x_check_subject_move__mutmut_5'] = x_check_subject_move__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_subject_move__mutmut['x_check_subject_move__mutmut_6'] = x_check_subject_move__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate_subject_number__mutmut)
def validate_subject_number(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_orig(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_1(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_2(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 4 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_3(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 < len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_4(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) < 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_5(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 11:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_6(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(None,
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_7(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field=None)
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_8(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_9(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       )
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_10(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="XXsubject_numberXX")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_11(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="SUBJECT_NUMBER")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_12(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_13(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(None):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_14(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() and "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_15(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "XXAXX" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_16(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "a" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_17(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" < ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_18(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch < "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_19(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "XXZXX" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_20(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_21(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput(None,
                       field="subject_number")


def x_validate_subject_number__mutmut_22(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field=None)


def x_validate_subject_number__mutmut_23(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput(field="subject_number")


def x_validate_subject_number__mutmut_24(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       )


def x_validate_subject_number__mutmut_25(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("XXsubject number may contain only upper-case letters A-Z and digitsXX",
                       field="subject_number")


def x_validate_subject_number__mutmut_26(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters a-z and digits",
                       field="subject_number")


def x_validate_subject_number__mutmut_27(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("SUBJECT NUMBER MAY CONTAIN ONLY UPPER-CASE LETTERS A-Z AND DIGITS",
                       field="subject_number")


def x_validate_subject_number__mutmut_28(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="XXsubject_numberXX")


def x_validate_subject_number__mutmut_29(value: str) -> None:
    """Subject numbers are 3-10 upper-case letters and digits: they are carried in ISBT 128
    DS025 (alphanumeric only, ST-001 §2.4.25) together with a two-digit check value."""
    if not 3 <= len(value) <= 10:
        raise BadInput(f"subject number must be 3-10 characters, got {len(value)}",
                       field="subject_number")
    if not all(ch.isdigit() or "A" <= ch <= "Z" for ch in value):
        raise BadInput("subject number may contain only upper-case letters A-Z and digits",
                       field="SUBJECT_NUMBER")

mutants_x_validate_subject_number__mutmut['_mutmut_orig'] = x_validate_subject_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_1'] = x_validate_subject_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_2'] = x_validate_subject_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_3'] = x_validate_subject_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_4'] = x_validate_subject_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_5'] = x_validate_subject_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_6'] = x_validate_subject_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_7'] = x_validate_subject_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_8'] = x_validate_subject_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_9'] = x_validate_subject_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_10'] = x_validate_subject_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_11'] = x_validate_subject_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_12'] = x_validate_subject_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_13'] = x_validate_subject_number__mutmut_13 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_14'] = x_validate_subject_number__mutmut_14 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_15'] = x_validate_subject_number__mutmut_15 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_16'] = x_validate_subject_number__mutmut_16 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_17'] = x_validate_subject_number__mutmut_17 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_18'] = x_validate_subject_number__mutmut_18 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_19'] = x_validate_subject_number__mutmut_19 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_20'] = x_validate_subject_number__mutmut_20 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_21'] = x_validate_subject_number__mutmut_21 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_22'] = x_validate_subject_number__mutmut_22 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_23'] = x_validate_subject_number__mutmut_23 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_24'] = x_validate_subject_number__mutmut_24 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_25'] = x_validate_subject_number__mutmut_25 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_26'] = x_validate_subject_number__mutmut_26 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_27'] = x_validate_subject_number__mutmut_27 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_28'] = x_validate_subject_number__mutmut_28 # type: ignore # mutmut generated
mutants_x_validate_subject_number__mutmut['x_validate_subject_number__mutmut_29'] = x_validate_subject_number__mutmut_29 # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_wristband_patient_id__mutmut)
def wristband_patient_id(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(subject_number, what='subject number'):02d}"


def x_wristband_patient_id__mutmut_orig(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(subject_number, what='subject number'):02d}"


def x_wristband_patient_id__mutmut_1(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(None)
    return f"{subject_number}{check_value(subject_number, what='subject number'):02d}"


def x_wristband_patient_id__mutmut_2(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(None, what='subject number'):02d}"


def x_wristband_patient_id__mutmut_3(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(subject_number, what=None):02d}"


def x_wristband_patient_id__mutmut_4(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(what='subject number'):02d}"


def x_wristband_patient_id__mutmut_5(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(subject_number, ):02d}"


def x_wristband_patient_id__mutmut_6(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(subject_number, what='XXsubject numberXX'):02d}"


def x_wristband_patient_id__mutmut_7(subject_number: str) -> str:
    """The DS025 patient ID on a wristband: subject number + its two-digit Mod 37-2 value.

    DS025 allows only letters and digits, so the check value is written as two digits
    (00-36, as the GRID checksum is) rather than as a check character that may be ``*``.
    """
    validate_subject_number(subject_number)
    return f"{subject_number}{check_value(subject_number, what='SUBJECT NUMBER'):02d}"

mutants_x_wristband_patient_id__mutmut['_mutmut_orig'] = x_wristband_patient_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut['x_wristband_patient_id__mutmut_1'] = x_wristband_patient_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut['x_wristband_patient_id__mutmut_2'] = x_wristband_patient_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut['x_wristband_patient_id__mutmut_3'] = x_wristband_patient_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut['x_wristband_patient_id__mutmut_4'] = x_wristband_patient_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut['x_wristband_patient_id__mutmut_5'] = x_wristband_patient_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut['x_wristband_patient_id__mutmut_6'] = x_wristband_patient_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_wristband_patient_id__mutmut['x_wristband_patient_id__mutmut_7'] = x_wristband_patient_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_subject_number_from_patient_id__mutmut)
def subject_number_from_patient_id(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_orig(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_1(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = None
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_2(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:+2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_3(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-3], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_4(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[+2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_5(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-3:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_6(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(None)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_7(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = None
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_8(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(None, what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_9(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what=None):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_10(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(what='subject number'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_11(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, ):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_12(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='XXsubject numberXX'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_13(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='SUBJECT NUMBER'):02d}"
    if check != expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_14(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check == expected:
        raise ScanError(f"wristband subject number check value is {expected}, scanned {check}")
    return number


def x_subject_number_from_patient_id__mutmut_15(patient_id: str) -> str:
    """Reverses ``wristband_patient_id``, refusing a patient ID whose check value is wrong."""
    number, check = patient_id[:-2], patient_id[-2:]
    validate_subject_number(number)
    expected = f"{check_value(number, what='subject number'):02d}"
    if check != expected:
        raise ScanError(None)
    return number

mutants_x_subject_number_from_patient_id__mutmut['_mutmut_orig'] = x_subject_number_from_patient_id__mutmut_orig # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_1'] = x_subject_number_from_patient_id__mutmut_1 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_2'] = x_subject_number_from_patient_id__mutmut_2 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_3'] = x_subject_number_from_patient_id__mutmut_3 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_4'] = x_subject_number_from_patient_id__mutmut_4 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_5'] = x_subject_number_from_patient_id__mutmut_5 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_6'] = x_subject_number_from_patient_id__mutmut_6 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_7'] = x_subject_number_from_patient_id__mutmut_7 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_8'] = x_subject_number_from_patient_id__mutmut_8 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_9'] = x_subject_number_from_patient_id__mutmut_9 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_10'] = x_subject_number_from_patient_id__mutmut_10 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_11'] = x_subject_number_from_patient_id__mutmut_11 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_12'] = x_subject_number_from_patient_id__mutmut_12 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_13'] = x_subject_number_from_patient_id__mutmut_13 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_14'] = x_subject_number_from_patient_id__mutmut_14 # type: ignore # mutmut generated
mutants_x_subject_number_from_patient_id__mutmut['x_subject_number_from_patient_id__mutmut_15'] = x_subject_number_from_patient_id__mutmut_15 # type: ignore # mutmut generated
