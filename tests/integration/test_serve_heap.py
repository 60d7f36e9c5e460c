"""`cellchain serve` freezes the start-up heap before it serves (cellchain.heap, issue 13)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from cellchain.cli import app


def test_serve_hands_uvicorn_an_app_the_collector_no_longer_walks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "site.db"
    env = {"CELLCHAIN_DATA_DIR": str(tmp_path), "CELLCHAIN_DATABASE_URL": ""}
    upgraded = CliRunner().invoke(app, ["db", "upgrade", "--db", str(path)], env=env)
    assert upgraded.exit_code == 0, upgraded.output
    served: dict[str, Any] = {}

    def record_instead_of_serving(application: Any, **options: Any) -> None:
        served["application"] = application
        served["frozen"] = gc.get_freeze_count()
        # Frozen objects are in the permanent generation, which gc.get_objects() leaves out.
        served["walked"] = any(obj is application.router for obj in gc.get_objects())

    assert gc.get_freeze_count() == 0
    monkeypatch.setattr(uvicorn, "run", record_instead_of_serving)
    try:
        result = CliRunner().invoke(app, ["serve", "--db", str(path), "--port", "8123"], env=env)
    finally:
        gc.unfreeze()
    assert result.exit_code == 0, result.output
    assert served["frozen"] > 0
    assert served["walked"] is False
    served["application"].state.database.dispose()
