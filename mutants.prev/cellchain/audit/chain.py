"""Pure hash-chain rules: canonical serialisation, hashing and verification. No I/O."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cellchain.audit.anchors import Anchor

GENESIS_HASH = "0" * 64
# Version 1 records hash the fields below; version 2 adds the format number itself and the
# record's blinding class to the hashed payload, so a future change of layout can never be
# mistaken for an older one.
CURRENT_FORMAT = 2


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__encode__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__encode__mutmut)
def _encode(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be recorded: only finite numbers are")
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not recordable in the audit trail")


def x__encode__mutmut_orig(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be recorded: only finite numbers are")
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not recordable in the audit trail")


def x__encode__mutmut_1(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(None)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be recorded: only finite numbers are")
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not recordable in the audit trail")


def x__encode__mutmut_2(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if value.is_finite():
            raise ValueError(f"{value} cannot be recorded: only finite numbers are")
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not recordable in the audit trail")


def x__encode__mutmut_3(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(None)
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not recordable in the audit trail")


def x__encode__mutmut_4(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be recorded: only finite numbers are")
        return str(None)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not recordable in the audit trail")


def x__encode__mutmut_5(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be recorded: only finite numbers are")
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(None)


def x__encode__mutmut_6(value: Any) -> Any:
    # The one encoder for values json does not know: exactly one text form per value.
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be recorded: only finite numbers are")
        return str(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"{type(None).__name__} is not recordable in the audit trail")

mutants_x__encode__mutmut['_mutmut_orig'] = x__encode__mutmut_orig # type: ignore # mutmut generated
mutants_x__encode__mutmut['x__encode__mutmut_1'] = x__encode__mutmut_1 # type: ignore # mutmut generated
mutants_x__encode__mutmut['x__encode__mutmut_2'] = x__encode__mutmut_2 # type: ignore # mutmut generated
mutants_x__encode__mutmut['x__encode__mutmut_3'] = x__encode__mutmut_3 # type: ignore # mutmut generated
mutants_x__encode__mutmut['x__encode__mutmut_4'] = x__encode__mutmut_4 # type: ignore # mutmut generated
mutants_x__encode__mutmut['x__encode__mutmut_5'] = x__encode__mutmut_5 # type: ignore # mutmut generated
mutants_x__encode__mutmut['x__encode__mutmut_6'] = x__encode__mutmut_6 # type: ignore # mutmut generated
mutants_x__refuse_non_finite__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__refuse_non_finite__mutmut)
def _refuse_non_finite(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} cannot be recorded: only finite numbers are")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(item)


def x__refuse_non_finite__mutmut_orig(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} cannot be recorded: only finite numbers are")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(item)


def x__refuse_non_finite__mutmut_1(value: Any) -> None:
    if isinstance(value, float) or not math.isfinite(value):
        raise ValueError(f"{value} cannot be recorded: only finite numbers are")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(item)


def x__refuse_non_finite__mutmut_2(value: Any) -> None:
    if isinstance(value, float) and math.isfinite(value):
        raise ValueError(f"{value} cannot be recorded: only finite numbers are")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(item)


def x__refuse_non_finite__mutmut_3(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(None):
        raise ValueError(f"{value} cannot be recorded: only finite numbers are")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(item)


def x__refuse_non_finite__mutmut_4(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(None)
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(item)


def x__refuse_non_finite__mutmut_5(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} cannot be recorded: only finite numbers are")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(None)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(item)


def x__refuse_non_finite__mutmut_6(value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value} cannot be recorded: only finite numbers are")
    if isinstance(value, dict):
        for item in value.values():
            _refuse_non_finite(item)
    elif isinstance(value, list | tuple):
        for item in value:
            _refuse_non_finite(None)

mutants_x__refuse_non_finite__mutmut['_mutmut_orig'] = x__refuse_non_finite__mutmut_orig # type: ignore # mutmut generated
mutants_x__refuse_non_finite__mutmut['x__refuse_non_finite__mutmut_1'] = x__refuse_non_finite__mutmut_1 # type: ignore # mutmut generated
mutants_x__refuse_non_finite__mutmut['x__refuse_non_finite__mutmut_2'] = x__refuse_non_finite__mutmut_2 # type: ignore # mutmut generated
mutants_x__refuse_non_finite__mutmut['x__refuse_non_finite__mutmut_3'] = x__refuse_non_finite__mutmut_3 # type: ignore # mutmut generated
mutants_x__refuse_non_finite__mutmut['x__refuse_non_finite__mutmut_4'] = x__refuse_non_finite__mutmut_4 # type: ignore # mutmut generated
mutants_x__refuse_non_finite__mutmut['x__refuse_non_finite__mutmut_5'] = x__refuse_non_finite__mutmut_5 # type: ignore # mutmut generated
mutants_x__refuse_non_finite__mutmut['x__refuse_non_finite__mutmut_6'] = x__refuse_non_finite__mutmut_6 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_canonical_json__mutmut)
def canonical_json(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_orig(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_1(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(None)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_2(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(None, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_3(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=None, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_4(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=None, ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_5(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=None,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_6(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=None, default=_encode)


def x_canonical_json__mutmut_7(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=None)


def x_canonical_json__mutmut_8(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_9(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_10(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_11(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False, default=_encode)


def x_canonical_json__mutmut_12(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_encode)


def x_canonical_json__mutmut_13(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, )


def x_canonical_json__mutmut_14(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=False, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_15(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=("XX,XX", ":"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_16(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", "XX:XX"), ensure_ascii=False,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_17(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=False, default=_encode)


def x_canonical_json__mutmut_18(value: Any) -> str:
    """Returns the one serialisation used for hashing: sorted keys, no spaces, UTF-8 text.

    Datetimes are written as UTC instants (``format_instant``), dates as ISO dates, decimals as
    their exact text; NaN and infinity are refused (JSON has no such numbers).
    """
    _refuse_non_finite(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=True, default=_encode)

mutants_x_canonical_json__mutmut['_mutmut_orig'] = x_canonical_json__mutmut_orig # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_1'] = x_canonical_json__mutmut_1 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_2'] = x_canonical_json__mutmut_2 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_3'] = x_canonical_json__mutmut_3 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_4'] = x_canonical_json__mutmut_4 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_5'] = x_canonical_json__mutmut_5 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_6'] = x_canonical_json__mutmut_6 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_7'] = x_canonical_json__mutmut_7 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_8'] = x_canonical_json__mutmut_8 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_9'] = x_canonical_json__mutmut_9 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_10'] = x_canonical_json__mutmut_10 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_11'] = x_canonical_json__mutmut_11 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_12'] = x_canonical_json__mutmut_12 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_13'] = x_canonical_json__mutmut_13 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_14'] = x_canonical_json__mutmut_14 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_15'] = x_canonical_json__mutmut_15 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_16'] = x_canonical_json__mutmut_16 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_17'] = x_canonical_json__mutmut_17 # type: ignore # mutmut generated
mutants_x_canonical_json__mutmut['x_canonical_json__mutmut_18'] = x_canonical_json__mutmut_18 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_format_instant__mutmut)
def format_instant(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def x_format_instant__mutmut_orig(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def x_format_instant__mutmut_1(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is not None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def x_format_instant__mutmut_2(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError(None)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def x_format_instant__mutmut_3(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("XXaudit times must be timezone-awareXX")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def x_format_instant__mutmut_4(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("AUDIT TIMES MUST BE TIMEZONE-AWARE")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def x_format_instant__mutmut_5(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime(None)


def x_format_instant__mutmut_6(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(None).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def x_format_instant__mutmut_7(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("XX%Y-%m-%dT%H:%M:%S.%fZXX")


def x_format_instant__mutmut_8(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("%y-%m-%dt%h:%m:%s.%fz")


def x_format_instant__mutmut_9(at: datetime) -> str:
    """Returns a UTC instant at microsecond precision, the precision both databases store."""
    if at.tzinfo is None:
        raise ValueError("audit times must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%M-%DT%H:%M:%S.%FZ")

mutants_x_format_instant__mutmut['_mutmut_orig'] = x_format_instant__mutmut_orig # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_1'] = x_format_instant__mutmut_1 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_2'] = x_format_instant__mutmut_2 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_3'] = x_format_instant__mutmut_3 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_4'] = x_format_instant__mutmut_4 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_5'] = x_format_instant__mutmut_5 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_6'] = x_format_instant__mutmut_6 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_7'] = x_format_instant__mutmut_7 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_8'] = x_format_instant__mutmut_8 # type: ignore # mutmut generated
mutants_x_format_instant__mutmut['x_format_instant__mutmut_9'] = x_format_instant__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_instant__mutmut)
def parse_instant(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def x_parse_instant__mutmut_orig(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def x_parse_instant__mutmut_1(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=None)


def x_parse_instant__mutmut_2(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(None, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def x_parse_instant__mutmut_3(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, None).replace(tzinfo=UTC)


def x_parse_instant__mutmut_4(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime("%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def x_parse_instant__mutmut_5(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, ).replace(tzinfo=UTC)


def x_parse_instant__mutmut_6(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, "XX%Y-%m-%dT%H:%M:%S.%fZXX").replace(tzinfo=UTC)


def x_parse_instant__mutmut_7(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, "%y-%m-%dt%h:%m:%s.%fz").replace(tzinfo=UTC)


def x_parse_instant__mutmut_8(text: str) -> datetime:
    """Reverses ``format_instant``."""
    return datetime.strptime(text, "%Y-%M-%DT%H:%M:%S.%FZ").replace(tzinfo=UTC)

mutants_x_parse_instant__mutmut['_mutmut_orig'] = x_parse_instant__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_1'] = x_parse_instant__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_2'] = x_parse_instant__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_3'] = x_parse_instant__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_4'] = x_parse_instant__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_5'] = x_parse_instant__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_6'] = x_parse_instant__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_7'] = x_parse_instant__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_instant__mutmut['x_parse_instant__mutmut_8'] = x_parse_instant__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut: MutantDict = {}  # type: ignore
mutants_xǁChainRecordǁcompute_hash__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class ChainRecord:
    """The hashed fields of one audit record, exactly as stored."""

    seq: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    entity_type: str
    entity_id: str
    changes: str
    reason: str | None
    data: str
    prev_hash: str
    format: int = CURRENT_FORMAT
    # Who may read the record (cellchain.blinding): hashed from format 2 on, so a record
    # cannot be re-classified to show it to blinded readers without breaking the chain.
    blinding: str = "unblinded"

    @_mutmut_mutated(mutants_xǁChainRecordǁpayload__mutmut)
    def payload(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_orig(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_1(self) -> str:
        versioned = None
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_2(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if (self.format >= 2) and False else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_3(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if (self.format >= 2) or True else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_4(self) -> str:
        versioned = {"XXformatXX": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_5(self) -> str:
        versioned = {"FORMAT": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_6(self) -> str:
        versioned = {"format": self.format, "XXblindingXX": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_7(self) -> str:
        versioned = {"format": self.format, "BLINDING": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_8(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format > 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_9(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 3 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_10(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            None
        )

    def xǁChainRecordǁpayload__mutmut_11(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "XXseqXX": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_12(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "SEQ": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_13(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "XXatXX": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_14(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "AT": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_15(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(None),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_16(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "XXactor_idXX": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_17(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "ACTOR_ID": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_18(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "XXactor_nameXX": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_19(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "ACTOR_NAME": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_20(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "XXactionXX": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_21(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "ACTION": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_22(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "XXentity_typeXX": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_23(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "ENTITY_TYPE": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_24(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "XXentity_idXX": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_25(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "ENTITY_ID": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_26(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "XXchangesXX": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_27(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "CHANGES": self.changes,
                "reason": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_28(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "XXreasonXX": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_29(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "REASON": self.reason,
                "data": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_30(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "XXdataXX": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_31(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "DATA": self.data,
                "prev_hash": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_32(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "XXprev_hashXX": self.prev_hash,
            }
        )

    def xǁChainRecordǁpayload__mutmut_33(self) -> str:
        versioned = {"format": self.format, "blinding": self.blinding} \
            if self.format >= 2 else {}
        return canonical_json(
            {
                **versioned,
                "seq": self.seq,
                "at": format_instant(self.at),
                "actor_id": self.actor_id,
                "actor_name": self.actor_name,
                "action": self.action,
                "entity_type": self.entity_type,
                "entity_id": self.entity_id,
                "changes": self.changes,
                "reason": self.reason,
                "data": self.data,
                "PREV_HASH": self.prev_hash,
            }
        )

    @_mutmut_mutated(mutants_xǁChainRecordǁcompute_hash__mutmut)
    def compute_hash(self) -> str:
        return hashlib.sha256(self.payload().encode("utf-8")).hexdigest()

    def xǁChainRecordǁcompute_hash__mutmut_orig(self) -> str:
        return hashlib.sha256(self.payload().encode("utf-8")).hexdigest()

    def xǁChainRecordǁcompute_hash__mutmut_1(self) -> str:
        return hashlib.sha256(None).hexdigest()

    def xǁChainRecordǁcompute_hash__mutmut_2(self) -> str:
        return hashlib.sha256(self.payload().encode(None)).hexdigest()

    def xǁChainRecordǁcompute_hash__mutmut_3(self) -> str:
        return hashlib.sha256(self.payload().encode("XXutf-8XX")).hexdigest()

    def xǁChainRecordǁcompute_hash__mutmut_4(self) -> str:
        return hashlib.sha256(self.payload().encode("UTF-8")).hexdigest()

mutants_xǁChainRecordǁpayload__mutmut['_mutmut_orig'] = ChainRecord.xǁChainRecordǁpayload__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_1'] = ChainRecord.xǁChainRecordǁpayload__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_2'] = ChainRecord.xǁChainRecordǁpayload__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_3'] = ChainRecord.xǁChainRecordǁpayload__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_4'] = ChainRecord.xǁChainRecordǁpayload__mutmut_4 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_5'] = ChainRecord.xǁChainRecordǁpayload__mutmut_5 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_6'] = ChainRecord.xǁChainRecordǁpayload__mutmut_6 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_7'] = ChainRecord.xǁChainRecordǁpayload__mutmut_7 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_8'] = ChainRecord.xǁChainRecordǁpayload__mutmut_8 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_9'] = ChainRecord.xǁChainRecordǁpayload__mutmut_9 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_10'] = ChainRecord.xǁChainRecordǁpayload__mutmut_10 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_11'] = ChainRecord.xǁChainRecordǁpayload__mutmut_11 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_12'] = ChainRecord.xǁChainRecordǁpayload__mutmut_12 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_13'] = ChainRecord.xǁChainRecordǁpayload__mutmut_13 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_14'] = ChainRecord.xǁChainRecordǁpayload__mutmut_14 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_15'] = ChainRecord.xǁChainRecordǁpayload__mutmut_15 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_16'] = ChainRecord.xǁChainRecordǁpayload__mutmut_16 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_17'] = ChainRecord.xǁChainRecordǁpayload__mutmut_17 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_18'] = ChainRecord.xǁChainRecordǁpayload__mutmut_18 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_19'] = ChainRecord.xǁChainRecordǁpayload__mutmut_19 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_20'] = ChainRecord.xǁChainRecordǁpayload__mutmut_20 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_21'] = ChainRecord.xǁChainRecordǁpayload__mutmut_21 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_22'] = ChainRecord.xǁChainRecordǁpayload__mutmut_22 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_23'] = ChainRecord.xǁChainRecordǁpayload__mutmut_23 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_24'] = ChainRecord.xǁChainRecordǁpayload__mutmut_24 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_25'] = ChainRecord.xǁChainRecordǁpayload__mutmut_25 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_26'] = ChainRecord.xǁChainRecordǁpayload__mutmut_26 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_27'] = ChainRecord.xǁChainRecordǁpayload__mutmut_27 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_28'] = ChainRecord.xǁChainRecordǁpayload__mutmut_28 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_29'] = ChainRecord.xǁChainRecordǁpayload__mutmut_29 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_30'] = ChainRecord.xǁChainRecordǁpayload__mutmut_30 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_31'] = ChainRecord.xǁChainRecordǁpayload__mutmut_31 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_32'] = ChainRecord.xǁChainRecordǁpayload__mutmut_32 # type: ignore # mutmut generated
mutants_xǁChainRecordǁpayload__mutmut['xǁChainRecordǁpayload__mutmut_33'] = ChainRecord.xǁChainRecordǁpayload__mutmut_33 # type: ignore # mutmut generated

mutants_xǁChainRecordǁcompute_hash__mutmut['_mutmut_orig'] = ChainRecord.xǁChainRecordǁcompute_hash__mutmut_orig # type: ignore # mutmut generated
mutants_xǁChainRecordǁcompute_hash__mutmut['xǁChainRecordǁcompute_hash__mutmut_1'] = ChainRecord.xǁChainRecordǁcompute_hash__mutmut_1 # type: ignore # mutmut generated
mutants_xǁChainRecordǁcompute_hash__mutmut['xǁChainRecordǁcompute_hash__mutmut_2'] = ChainRecord.xǁChainRecordǁcompute_hash__mutmut_2 # type: ignore # mutmut generated
mutants_xǁChainRecordǁcompute_hash__mutmut['xǁChainRecordǁcompute_hash__mutmut_3'] = ChainRecord.xǁChainRecordǁcompute_hash__mutmut_3 # type: ignore # mutmut generated
mutants_xǁChainRecordǁcompute_hash__mutmut['xǁChainRecordǁcompute_hash__mutmut_4'] = ChainRecord.xǁChainRecordǁcompute_hash__mutmut_4 # type: ignore # mutmut generated


@dataclass(frozen=True)
class StoredRecord:
    record: ChainRecord
    stored_hash: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    head: str
    first_bad_seq: int | None = None
    problem: str | None = None
mutants_x_record_from_row__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_record_from_row__mutmut)
def record_from_row(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_orig(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_1(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=None,
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_2(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=None,
    )


def x_record_from_row__mutmut_3(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_4(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        )


def x_record_from_row__mutmut_5(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=None,
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_6(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=None,
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_7(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=None,
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_8(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=None,
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_9(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=None,
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_10(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=None,
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_11(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=None,
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_12(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=None,
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_13(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=None,
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_14(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=None,
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_15(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=None,
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_16(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=None,
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_17(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=None,
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_18(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_19(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_20(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_21(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_22(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_23(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_24(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_25(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_26(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_27(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_28(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_29(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_30(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_31(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["XXseqXX"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_32(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["SEQ"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_33(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["XXatXX"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_34(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["AT"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_35(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["XXactor_idXX"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_36(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["ACTOR_ID"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_37(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["XXactor_nameXX"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_38(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["ACTOR_NAME"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_39(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["XXactionXX"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_40(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["ACTION"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_41(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["XXentity_typeXX"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_42(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["ENTITY_TYPE"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_43(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["XXentity_idXX"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_44(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["ENTITY_ID"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_45(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["XXchangesXX"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_46(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["CHANGES"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_47(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["XXreasonXX"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_48(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["REASON"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_49(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["XXdataXX"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_50(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["DATA"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_51(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["XXprev_hashXX"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_52(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["PREV_HASH"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_53(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get(None, 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_54(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", None),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_55(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get(1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_56(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", ),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_57(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("XXformatXX", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_58(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("FORMAT", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_59(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 2),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_60(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get(None, "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_61(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", None),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_62(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_63(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", ),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_64(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("XXblindingXX", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_65(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("BLINDING", "unblinded"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_66(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "XXunblindedXX"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_67(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "UNBLINDED"),
        ),
        stored_hash=row["hash"],
    )


def x_record_from_row__mutmut_68(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["XXhashXX"],
    )


def x_record_from_row__mutmut_69(row: Mapping[Any, Any]) -> StoredRecord:
    """Returns the chain view of a stored row mapping (column name -> value)."""
    return StoredRecord(
        record=ChainRecord(
            seq=row["seq"],
            at=row["at"],
            actor_id=row["actor_id"],
            actor_name=row["actor_name"],
            action=row["action"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            changes=row["changes"],
            reason=row["reason"],
            data=row["data"],
            prev_hash=row["prev_hash"],
            format=row.get("format", 1),
            blinding=row.get("blinding", "unblinded"),
        ),
        stored_hash=row["HASH"],
    )

mutants_x_record_from_row__mutmut['_mutmut_orig'] = x_record_from_row__mutmut_orig # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_1'] = x_record_from_row__mutmut_1 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_2'] = x_record_from_row__mutmut_2 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_3'] = x_record_from_row__mutmut_3 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_4'] = x_record_from_row__mutmut_4 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_5'] = x_record_from_row__mutmut_5 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_6'] = x_record_from_row__mutmut_6 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_7'] = x_record_from_row__mutmut_7 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_8'] = x_record_from_row__mutmut_8 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_9'] = x_record_from_row__mutmut_9 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_10'] = x_record_from_row__mutmut_10 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_11'] = x_record_from_row__mutmut_11 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_12'] = x_record_from_row__mutmut_12 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_13'] = x_record_from_row__mutmut_13 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_14'] = x_record_from_row__mutmut_14 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_15'] = x_record_from_row__mutmut_15 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_16'] = x_record_from_row__mutmut_16 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_17'] = x_record_from_row__mutmut_17 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_18'] = x_record_from_row__mutmut_18 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_19'] = x_record_from_row__mutmut_19 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_20'] = x_record_from_row__mutmut_20 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_21'] = x_record_from_row__mutmut_21 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_22'] = x_record_from_row__mutmut_22 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_23'] = x_record_from_row__mutmut_23 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_24'] = x_record_from_row__mutmut_24 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_25'] = x_record_from_row__mutmut_25 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_26'] = x_record_from_row__mutmut_26 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_27'] = x_record_from_row__mutmut_27 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_28'] = x_record_from_row__mutmut_28 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_29'] = x_record_from_row__mutmut_29 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_30'] = x_record_from_row__mutmut_30 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_31'] = x_record_from_row__mutmut_31 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_32'] = x_record_from_row__mutmut_32 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_33'] = x_record_from_row__mutmut_33 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_34'] = x_record_from_row__mutmut_34 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_35'] = x_record_from_row__mutmut_35 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_36'] = x_record_from_row__mutmut_36 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_37'] = x_record_from_row__mutmut_37 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_38'] = x_record_from_row__mutmut_38 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_39'] = x_record_from_row__mutmut_39 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_40'] = x_record_from_row__mutmut_40 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_41'] = x_record_from_row__mutmut_41 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_42'] = x_record_from_row__mutmut_42 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_43'] = x_record_from_row__mutmut_43 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_44'] = x_record_from_row__mutmut_44 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_45'] = x_record_from_row__mutmut_45 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_46'] = x_record_from_row__mutmut_46 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_47'] = x_record_from_row__mutmut_47 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_48'] = x_record_from_row__mutmut_48 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_49'] = x_record_from_row__mutmut_49 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_50'] = x_record_from_row__mutmut_50 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_51'] = x_record_from_row__mutmut_51 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_52'] = x_record_from_row__mutmut_52 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_53'] = x_record_from_row__mutmut_53 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_54'] = x_record_from_row__mutmut_54 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_55'] = x_record_from_row__mutmut_55 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_56'] = x_record_from_row__mutmut_56 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_57'] = x_record_from_row__mutmut_57 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_58'] = x_record_from_row__mutmut_58 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_59'] = x_record_from_row__mutmut_59 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_60'] = x_record_from_row__mutmut_60 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_61'] = x_record_from_row__mutmut_61 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_62'] = x_record_from_row__mutmut_62 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_63'] = x_record_from_row__mutmut_63 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_64'] = x_record_from_row__mutmut_64 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_65'] = x_record_from_row__mutmut_65 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_66'] = x_record_from_row__mutmut_66 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_67'] = x_record_from_row__mutmut_67 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_68'] = x_record_from_row__mutmut_68 # type: ignore # mutmut generated
mutants_x_record_from_row__mutmut['x_record_from_row__mutmut_69'] = x_record_from_row__mutmut_69 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_verify_chain__mutmut)
def verify_chain(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_orig(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_1(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = None
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_2(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(None)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_3(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(None, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_4(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, None).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_5(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault([]).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_6(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, ).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_7(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = None
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_8(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 2
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_9(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = None
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_10(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = None
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_11(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 1
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_12(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = None
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_13(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = ""
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_14(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq == expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_15(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = None
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_16(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if (rec.seq > expected_seq) and False else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_17(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if (rec.seq > expected_seq) or True else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_18(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "XXmissingXX" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_19(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "MISSING" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_20(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq >= expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_21(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "XXout of order or duplicatedXX"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_22(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "OUT OF ORDER OR DUPLICATED"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_23(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = None
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_24(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash == prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_25(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = None
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_26(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq + 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_27(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 2}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_28(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() == stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_29(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = None
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_30(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = None
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_31(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(None, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_32(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, None) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_33(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_34(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_35(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_36(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = None
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_37(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[1].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_38(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "XXrecorded: its hash differsXX")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_39(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "RECORDED: ITS HASH DIFFERS")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_40(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_41(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(None, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_42(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, None, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_43(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, None, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_44(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, None, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_45(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, None)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_46(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_47(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_48(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_49(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_50(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, )
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_51(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(True, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_52(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = None
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_53(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq = 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_54(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq -= 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_55(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 2
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_56(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count = 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_57(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count -= 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_58(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 2
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_59(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = None
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_60(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq >= count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_61(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = None
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_62(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(None, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_63(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=None)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_64(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_65(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, )
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_66(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: None)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_67(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            None, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_68(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, None, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_69(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, None, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_70(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, None,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_71(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            None)
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_72(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_73(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_74(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_75(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_76(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            )
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_77(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            True, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_78(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count - 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_79(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 2,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_80(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count - 1} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_81(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 2} to {last.seq} are missing")
    return VerifyResult(True, count, prev_hash)


def x_verify_chain__mutmut_82(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(None, count, prev_hash)


def x_verify_chain__mutmut_83(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, None, prev_hash)


def x_verify_chain__mutmut_84(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, None)


def x_verify_chain__mutmut_85(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(count, prev_hash)


def x_verify_chain__mutmut_86(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, prev_hash)


def x_verify_chain__mutmut_87(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(True, count, )


def x_verify_chain__mutmut_88(records: Iterable[StoredRecord], anchors: Sequence[Anchor] = ()) -> VerifyResult:
    """Walks records in sequence order and names the first one that breaks the chain.

    A record is bad when its sequence number is not its predecessor's plus one (a deletion or
    insertion), when it does not point at its predecessor's hash (a swap or splice), when its
    content no longer hashes to the stored hash (an edit), or when an anchor (a checkpoint, a
    signed review) recorded another hash for it. A chain that ends before an anchored sequence
    lost its tail: the first missing sequence is named with the evidence that it existed.
    """
    by_seq: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    for stored in records:
        rec = stored.record
        problem = None
        if rec.seq != expected_seq:
            kind = "missing" if rec.seq > expected_seq else "out of order or duplicated"
            problem = f"sequence {expected_seq} is {kind} (found {rec.seq} next)"
        elif rec.prev_hash != prev_hash:
            problem = f"sequence {rec.seq} does not point at the hash of sequence {rec.seq - 1}"
        elif rec.compute_hash() != stored.stored_hash:
            problem = f"sequence {rec.seq} was altered: its content does not match its hash"
        else:
            disagrees = [a for a in by_seq.get(rec.seq, ()) if a.hash not in (None,
                                                                            stored.stored_hash)]
            if disagrees:
                problem = (f"sequence {rec.seq} is not the record {disagrees[0].source} "
                           "recorded: its hash differs")
        if problem is not None:
            return VerifyResult(False, count, prev_hash, expected_seq, problem)
        prev_hash = stored.stored_hash
        expected_seq += 1
        count += 1
    beyond = [a for a in anchors if a.seq > count]
    if beyond:
        last = max(beyond, key=lambda a: a.seq)
        return VerifyResult(
            False, count, prev_hash, count + 1,
            f"the trail ends at sequence {count}, but sequence {last.seq} must exist: "
            f"{last.source} proves it; sequences {count + 1} to {last.seq} are missing")
    return VerifyResult(False, count, prev_hash)

mutants_x_verify_chain__mutmut['_mutmut_orig'] = x_verify_chain__mutmut_orig # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_1'] = x_verify_chain__mutmut_1 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_2'] = x_verify_chain__mutmut_2 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_3'] = x_verify_chain__mutmut_3 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_4'] = x_verify_chain__mutmut_4 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_5'] = x_verify_chain__mutmut_5 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_6'] = x_verify_chain__mutmut_6 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_7'] = x_verify_chain__mutmut_7 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_8'] = x_verify_chain__mutmut_8 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_9'] = x_verify_chain__mutmut_9 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_10'] = x_verify_chain__mutmut_10 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_11'] = x_verify_chain__mutmut_11 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_12'] = x_verify_chain__mutmut_12 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_13'] = x_verify_chain__mutmut_13 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_14'] = x_verify_chain__mutmut_14 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_15'] = x_verify_chain__mutmut_15 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_16'] = x_verify_chain__mutmut_16 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_17'] = x_verify_chain__mutmut_17 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_18'] = x_verify_chain__mutmut_18 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_19'] = x_verify_chain__mutmut_19 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_20'] = x_verify_chain__mutmut_20 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_21'] = x_verify_chain__mutmut_21 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_22'] = x_verify_chain__mutmut_22 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_23'] = x_verify_chain__mutmut_23 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_24'] = x_verify_chain__mutmut_24 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_25'] = x_verify_chain__mutmut_25 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_26'] = x_verify_chain__mutmut_26 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_27'] = x_verify_chain__mutmut_27 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_28'] = x_verify_chain__mutmut_28 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_29'] = x_verify_chain__mutmut_29 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_30'] = x_verify_chain__mutmut_30 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_31'] = x_verify_chain__mutmut_31 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_32'] = x_verify_chain__mutmut_32 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_33'] = x_verify_chain__mutmut_33 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_34'] = x_verify_chain__mutmut_34 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_35'] = x_verify_chain__mutmut_35 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_36'] = x_verify_chain__mutmut_36 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_37'] = x_verify_chain__mutmut_37 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_38'] = x_verify_chain__mutmut_38 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_39'] = x_verify_chain__mutmut_39 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_40'] = x_verify_chain__mutmut_40 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_41'] = x_verify_chain__mutmut_41 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_42'] = x_verify_chain__mutmut_42 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_43'] = x_verify_chain__mutmut_43 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_44'] = x_verify_chain__mutmut_44 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_45'] = x_verify_chain__mutmut_45 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_46'] = x_verify_chain__mutmut_46 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_47'] = x_verify_chain__mutmut_47 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_48'] = x_verify_chain__mutmut_48 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_49'] = x_verify_chain__mutmut_49 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_50'] = x_verify_chain__mutmut_50 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_51'] = x_verify_chain__mutmut_51 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_52'] = x_verify_chain__mutmut_52 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_53'] = x_verify_chain__mutmut_53 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_54'] = x_verify_chain__mutmut_54 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_55'] = x_verify_chain__mutmut_55 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_56'] = x_verify_chain__mutmut_56 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_57'] = x_verify_chain__mutmut_57 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_58'] = x_verify_chain__mutmut_58 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_59'] = x_verify_chain__mutmut_59 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_60'] = x_verify_chain__mutmut_60 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_61'] = x_verify_chain__mutmut_61 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_62'] = x_verify_chain__mutmut_62 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_63'] = x_verify_chain__mutmut_63 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_64'] = x_verify_chain__mutmut_64 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_65'] = x_verify_chain__mutmut_65 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_66'] = x_verify_chain__mutmut_66 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_67'] = x_verify_chain__mutmut_67 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_68'] = x_verify_chain__mutmut_68 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_69'] = x_verify_chain__mutmut_69 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_70'] = x_verify_chain__mutmut_70 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_71'] = x_verify_chain__mutmut_71 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_72'] = x_verify_chain__mutmut_72 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_73'] = x_verify_chain__mutmut_73 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_74'] = x_verify_chain__mutmut_74 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_75'] = x_verify_chain__mutmut_75 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_76'] = x_verify_chain__mutmut_76 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_77'] = x_verify_chain__mutmut_77 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_78'] = x_verify_chain__mutmut_78 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_79'] = x_verify_chain__mutmut_79 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_80'] = x_verify_chain__mutmut_80 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_81'] = x_verify_chain__mutmut_81 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_82'] = x_verify_chain__mutmut_82 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_83'] = x_verify_chain__mutmut_83 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_84'] = x_verify_chain__mutmut_84 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_85'] = x_verify_chain__mutmut_85 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_86'] = x_verify_chain__mutmut_86 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_87'] = x_verify_chain__mutmut_87 # type: ignore # mutmut generated
mutants_x_verify_chain__mutmut['x_verify_chain__mutmut_88'] = x_verify_chain__mutmut_88 # type: ignore # mutmut generated
