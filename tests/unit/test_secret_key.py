"""The generated secret key: several processes sharing a new data directory end with one key."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from cellchain import config


def _kept(key_file: Path) -> str:
    return config._kept_secret_key.__wrapped__(key_file)


def test_a_new_data_directory_gets_one_private_key_and_no_drafts(tmp_path: Path) -> None:
    key_file = tmp_path / "data" / "secret_key"
    key = _kept(key_file)
    assert len(key) == 64 and key_file.read_text() == key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert [p.name for p in key_file.parent.iterdir()] == ["secret_key"]
    assert _kept(key_file) == key


def test_a_key_another_process_wrote_first_is_kept_and_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The other process's key lands between this one's look and its write.
    key_file = tmp_path / "secret_key"
    key_file.write_text("written-by-the-process-that-started-first")
    monkeypatch.setattr(Path, "exists", lambda self: False)
    assert _kept(key_file) == "written-by-the-process-that-started-first"
    assert key_file.read_text() == "written-by-the-process-that-started-first"
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]
