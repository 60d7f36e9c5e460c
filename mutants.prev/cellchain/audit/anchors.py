"""Evidence outside the chain that the chain once reached further: checkpoints, signed reviews
and signatures. Pure (no I/O); ``cellchain.audit.checkpoints`` reads and writes the files.

A hash chain proves that no record *inside* it was changed, inserted or removed, but a tail cut
off cleanly leaves a shorter chain that still verifies. Each anchor names a sequence number that
must exist (and, where known, its hash), so ``audit verify`` can say which records are missing
and what proves they existed (21 CFR 11.10(e); EU GMP Annex 11 §9).

A checkpoint is authenticated by an HMAC-SHA256 under the site secret, which is kept outside
the database: someone who can rewrite the database cannot forge a checkpoint that agrees with
a rewritten chain (PERFORMANCE-NOTES rule 7).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cellchain.audit.chain import canonical_json, format_instant, parse_instant

CHECKPOINT_FORMAT = 1


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class Anchor:
    """Sequence ``seq`` must exist (with ``hash``, when known); ``source`` says who says so."""

    seq: int
    hash: str | None
    source: str
mutants_xǁCheckpointǁbody__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Checkpoint:
    """The chain's head at one moment; ``chain_id`` (the hash of record 1) names the chain."""

    chain_id: str
    seq: int
    hash: str
    at: datetime

    @_mutmut_mutated(mutants_xǁCheckpointǁbody__mutmut)
    def body(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_orig(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_1(self) -> dict[str, Any]:
        return {"XXformatXX": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_2(self) -> dict[str, Any]:
        return {"FORMAT": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_3(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "XXchain_idXX": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_4(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "CHAIN_ID": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_5(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "XXseqXX": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_6(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "SEQ": self.seq,
                "hash": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_7(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "XXhashXX": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_8(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "HASH": self.hash, "at": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_9(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "XXatXX": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_10(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "AT": format_instant(self.at)}

    def xǁCheckpointǁbody__mutmut_11(self) -> dict[str, Any]:
        return {"format": CHECKPOINT_FORMAT, "chain_id": self.chain_id, "seq": self.seq,
                "hash": self.hash, "at": format_instant(None)}

mutants_xǁCheckpointǁbody__mutmut['_mutmut_orig'] = Checkpoint.xǁCheckpointǁbody__mutmut_orig # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_1'] = Checkpoint.xǁCheckpointǁbody__mutmut_1 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_2'] = Checkpoint.xǁCheckpointǁbody__mutmut_2 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_3'] = Checkpoint.xǁCheckpointǁbody__mutmut_3 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_4'] = Checkpoint.xǁCheckpointǁbody__mutmut_4 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_5'] = Checkpoint.xǁCheckpointǁbody__mutmut_5 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_6'] = Checkpoint.xǁCheckpointǁbody__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_7'] = Checkpoint.xǁCheckpointǁbody__mutmut_7 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_8'] = Checkpoint.xǁCheckpointǁbody__mutmut_8 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_9'] = Checkpoint.xǁCheckpointǁbody__mutmut_9 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_10'] = Checkpoint.xǁCheckpointǁbody__mutmut_10 # type: ignore # mutmut generated
mutants_xǁCheckpointǁbody__mutmut['xǁCheckpointǁbody__mutmut_11'] = Checkpoint.xǁCheckpointǁbody__mutmut_11 # type: ignore # mutmut generated


class BadCheckpoint(ValueError):
    """A checkpoint file that cannot be read or whose HMAC does not verify."""
mutants_x__mac__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mac__mutmut)
def _mac(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_orig(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_1(body: dict[str, Any], key: str) -> str:
    return hmac.new(None, canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_2(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), None,
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_3(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode("utf-8"),
                    None).hexdigest()


def x__mac__mutmut_4(body: dict[str, Any], key: str) -> str:
    return hmac.new(canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_5(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), hashlib.sha256).hexdigest()


def x__mac__mutmut_6(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode("utf-8"),
                    ).hexdigest()


def x__mac__mutmut_7(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode(None), canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_8(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("XXutf-8XX"), canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_9(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("UTF-8"), canonical_json(body).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_10(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode(None),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_11(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(None).encode("utf-8"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_12(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode("XXutf-8XX"),
                    hashlib.sha256).hexdigest()


def x__mac__mutmut_13(body: dict[str, Any], key: str) -> str:
    return hmac.new(key.encode("utf-8"), canonical_json(body).encode("UTF-8"),
                    hashlib.sha256).hexdigest()

mutants_x__mac__mutmut['_mutmut_orig'] = x__mac__mutmut_orig # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_1'] = x__mac__mutmut_1 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_2'] = x__mac__mutmut_2 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_3'] = x__mac__mutmut_3 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_4'] = x__mac__mutmut_4 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_5'] = x__mac__mutmut_5 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_6'] = x__mac__mutmut_6 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_7'] = x__mac__mutmut_7 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_8'] = x__mac__mutmut_8 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_9'] = x__mac__mutmut_9 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_10'] = x__mac__mutmut_10 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_11'] = x__mac__mutmut_11 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_12'] = x__mac__mutmut_12 # type: ignore # mutmut generated
mutants_x__mac__mutmut['x__mac__mutmut_13'] = x__mac__mutmut_13 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_checkpoint_text__mutmut)
def checkpoint_text(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(body, key)}) + "\n"


def x_checkpoint_text__mutmut_orig(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(body, key)}) + "\n"


def x_checkpoint_text__mutmut_1(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = None
    return canonical_json({**body, "hmac": _mac(body, key)}) + "\n"


def x_checkpoint_text__mutmut_2(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(body, key)}) - "\n"


def x_checkpoint_text__mutmut_3(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json(None) + "\n"


def x_checkpoint_text__mutmut_4(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "XXhmacXX": _mac(body, key)}) + "\n"


def x_checkpoint_text__mutmut_5(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "HMAC": _mac(body, key)}) + "\n"


def x_checkpoint_text__mutmut_6(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(None, key)}) + "\n"


def x_checkpoint_text__mutmut_7(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(body, None)}) + "\n"


def x_checkpoint_text__mutmut_8(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(key)}) + "\n"


def x_checkpoint_text__mutmut_9(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(body, )}) + "\n"


def x_checkpoint_text__mutmut_10(checkpoint: Checkpoint, key: str) -> str:
    """Returns the checkpoint file's text: its fields and their HMAC, as one JSON object."""
    body = checkpoint.body()
    return canonical_json({**body, "hmac": _mac(body, key)}) + "XX\nXX"

mutants_x_checkpoint_text__mutmut['_mutmut_orig'] = x_checkpoint_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_1'] = x_checkpoint_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_2'] = x_checkpoint_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_3'] = x_checkpoint_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_4'] = x_checkpoint_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_5'] = x_checkpoint_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_6'] = x_checkpoint_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_7'] = x_checkpoint_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_8'] = x_checkpoint_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_9'] = x_checkpoint_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_checkpoint_text__mutmut['x_checkpoint_text__mutmut_10'] = x_checkpoint_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_checkpoint__mutmut)
def parse_checkpoint(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_orig(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_1(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = None
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_2(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(None)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_3(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = None
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_4(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop(None)
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_5(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("XXhmacXX")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_6(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("HMAC")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_7(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_8(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=None, seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_9(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=None,
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_10(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=None, at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_11(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=None)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_12(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_13(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_14(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_15(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_16(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(None), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_17(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["XXchain_idXX"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_18(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["CHAIN_ID"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_19(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(None),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_20(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["XXseqXX"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_21(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["SEQ"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_22(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(None), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_23(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["XXhashXX"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_24(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["HASH"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_25(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(None))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_26(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(None)))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_27(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["XXatXX"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_28(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["AT"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_29(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(None) from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_30(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get(None) != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_31(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("XXformatXX") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_32(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("FORMAT") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_33(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") == CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_34(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(None)
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_35(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get(None)!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_36(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('XXformatXX')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_37(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('FORMAT')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_38(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_39(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(None, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_40(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, None):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_41(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(_mac(checkpoint.body(), key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_42(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, ):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_43(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(None, key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_44(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), None)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_45(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(key)):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_46(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), )):
        raise BadCheckpoint("its HMAC does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_47(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint(None)
    return checkpoint


def x_parse_checkpoint__mutmut_48(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("XXits HMAC does not match: altered, or written under another keyXX")
    return checkpoint


def x_parse_checkpoint__mutmut_49(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("its hmac does not match: altered, or written under another key")
    return checkpoint


def x_parse_checkpoint__mutmut_50(text: str, key: str) -> Checkpoint:
    """Reads a checkpoint file's text, refusing one whose HMAC does not verify."""
    try:
        fields = json.loads(text)
        given = fields.pop("hmac")
        checkpoint = Checkpoint(chain_id=str(fields["chain_id"]), seq=int(fields["seq"]),
                                hash=str(fields["hash"]), at=parse_instant(str(fields["at"])))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadCheckpoint(f"not a checkpoint ({exc})") from None
    if fields.get("format") != CHECKPOINT_FORMAT:
        raise BadCheckpoint(f"unknown checkpoint format {fields.get('format')!r}")
    if not hmac.compare_digest(given, _mac(checkpoint.body(), key)):
        raise BadCheckpoint("ITS HMAC DOES NOT MATCH: ALTERED, OR WRITTEN UNDER ANOTHER KEY")
    return checkpoint

mutants_x_parse_checkpoint__mutmut['_mutmut_orig'] = x_parse_checkpoint__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_1'] = x_parse_checkpoint__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_2'] = x_parse_checkpoint__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_3'] = x_parse_checkpoint__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_4'] = x_parse_checkpoint__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_5'] = x_parse_checkpoint__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_6'] = x_parse_checkpoint__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_7'] = x_parse_checkpoint__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_8'] = x_parse_checkpoint__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_9'] = x_parse_checkpoint__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_10'] = x_parse_checkpoint__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_11'] = x_parse_checkpoint__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_12'] = x_parse_checkpoint__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_13'] = x_parse_checkpoint__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_14'] = x_parse_checkpoint__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_15'] = x_parse_checkpoint__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_16'] = x_parse_checkpoint__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_17'] = x_parse_checkpoint__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_18'] = x_parse_checkpoint__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_19'] = x_parse_checkpoint__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_20'] = x_parse_checkpoint__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_21'] = x_parse_checkpoint__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_22'] = x_parse_checkpoint__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_23'] = x_parse_checkpoint__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_24'] = x_parse_checkpoint__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_25'] = x_parse_checkpoint__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_26'] = x_parse_checkpoint__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_27'] = x_parse_checkpoint__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_28'] = x_parse_checkpoint__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_29'] = x_parse_checkpoint__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_30'] = x_parse_checkpoint__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_31'] = x_parse_checkpoint__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_32'] = x_parse_checkpoint__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_33'] = x_parse_checkpoint__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_34'] = x_parse_checkpoint__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_35'] = x_parse_checkpoint__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_36'] = x_parse_checkpoint__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_37'] = x_parse_checkpoint__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_38'] = x_parse_checkpoint__mutmut_38 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_39'] = x_parse_checkpoint__mutmut_39 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_40'] = x_parse_checkpoint__mutmut_40 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_41'] = x_parse_checkpoint__mutmut_41 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_42'] = x_parse_checkpoint__mutmut_42 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_43'] = x_parse_checkpoint__mutmut_43 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_44'] = x_parse_checkpoint__mutmut_44 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_45'] = x_parse_checkpoint__mutmut_45 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_46'] = x_parse_checkpoint__mutmut_46 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_47'] = x_parse_checkpoint__mutmut_47 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_48'] = x_parse_checkpoint__mutmut_48 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_49'] = x_parse_checkpoint__mutmut_49 # type: ignore # mutmut generated
mutants_x_parse_checkpoint__mutmut['x_parse_checkpoint__mutmut_50'] = x_parse_checkpoint__mutmut_50 # type: ignore # mutmut generated


@dataclass(frozen=True)
class SignatureLink:
    """A signature row beside the ``signature.applied`` event its ``audit_seq`` points at."""

    signature_id: int
    signer_id: int
    entity_type: str
    entity_id: str
    record_hash: str
    audit_seq: int
    event_action: str | None  # None: no event with that sequence number exists
    event_actor_id: int | None
    event_entity_type: str | None
    event_entity_id: str | None
    event_data: str | None
mutants_x_signature_problems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_signature_problems__mutmut)
def signature_problems(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_orig(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_1(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = None
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_2(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is not None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_3(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            break
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_4(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = None
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_5(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(None)
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_6(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data and "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_7(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "XX{}XX")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_8(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = None
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_9(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("XXactionXX", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_10(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("ACTION", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_11(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action != "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_12(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "XXsignature.appliedXX"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_13(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "SIGNATURE.APPLIED"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_14(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("XXsignerXX", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_15(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("SIGNER", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_16(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id != link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_17(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("XXrecordXX", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_18(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("RECORD", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_19(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id) != (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_20(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("XXrecord hashXX", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_21(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("RECORD HASH", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_22(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get(None) == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_23(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("XXrecord_hashXX") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_24(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("RECORD_HASH") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_25(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") != link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_26(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(wrong)} differ)")
    return problems


def x_signature_problems__mutmut_27(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(None)
    return problems


def x_signature_problems__mutmut_28(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({', '.join(None)} differ)")
    return problems


def x_signature_problems__mutmut_29(links: Iterable[SignatureLink]) -> list[str]:
    """Returns, per signature that disagrees with its audit event, a sentence naming both.

    A missing event is not reported here: the signature's anchor reports the missing tail.
    """
    problems = []
    for link in links:
        if link.event_action is None:
            continue
        data = json.loads(link.event_data or "{}")
        wrong = [name for name, ok in (
            ("action", link.event_action == "signature.applied"),
            ("signer", link.event_actor_id == link.signer_id),
            ("record", (link.event_entity_type, link.event_entity_id)
             == (link.entity_type, link.entity_id)),
            ("record hash", data.get("record_hash") == link.record_hash),
        ) if not ok]
        if wrong:
            problems.append(f"signature {link.signature_id} does not match audit sequence "
                            f"{link.audit_seq} ({'XX, XX'.join(wrong)} differ)")
    return problems

mutants_x_signature_problems__mutmut['_mutmut_orig'] = x_signature_problems__mutmut_orig # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_1'] = x_signature_problems__mutmut_1 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_2'] = x_signature_problems__mutmut_2 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_3'] = x_signature_problems__mutmut_3 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_4'] = x_signature_problems__mutmut_4 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_5'] = x_signature_problems__mutmut_5 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_6'] = x_signature_problems__mutmut_6 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_7'] = x_signature_problems__mutmut_7 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_8'] = x_signature_problems__mutmut_8 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_9'] = x_signature_problems__mutmut_9 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_10'] = x_signature_problems__mutmut_10 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_11'] = x_signature_problems__mutmut_11 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_12'] = x_signature_problems__mutmut_12 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_13'] = x_signature_problems__mutmut_13 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_14'] = x_signature_problems__mutmut_14 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_15'] = x_signature_problems__mutmut_15 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_16'] = x_signature_problems__mutmut_16 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_17'] = x_signature_problems__mutmut_17 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_18'] = x_signature_problems__mutmut_18 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_19'] = x_signature_problems__mutmut_19 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_20'] = x_signature_problems__mutmut_20 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_21'] = x_signature_problems__mutmut_21 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_22'] = x_signature_problems__mutmut_22 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_23'] = x_signature_problems__mutmut_23 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_24'] = x_signature_problems__mutmut_24 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_25'] = x_signature_problems__mutmut_25 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_26'] = x_signature_problems__mutmut_26 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_27'] = x_signature_problems__mutmut_27 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_28'] = x_signature_problems__mutmut_28 # type: ignore # mutmut generated
mutants_x_signature_problems__mutmut['x_signature_problems__mutmut_29'] = x_signature_problems__mutmut_29 # type: ignore # mutmut generated
