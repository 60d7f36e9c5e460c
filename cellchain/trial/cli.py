"""``cellchain trial ...``: the trial's pure rules from the command line (DESIGN §6 contracts)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

trial_app = typer.Typer(help="Trial rules: eligibility and dose escalation.",
                        no_args_is_help=True)


@trial_app.command("eligibility")
def eligibility(
    file: Annotated[str, typer.Argument(metavar="FILE",
                                        help="Screening facts as JSON; '-' reads standard input.")],
) -> None:
    """Evaluate screening eligibility for the trial and print the result as JSON (exit 0
    whether eligible or not; exit 2 naming the field when the input is malformed)."""
    import json
    import sys

    from cellchain.config import Settings
    from cellchain.errors import BadInput
    from cellchain.trial.eligibility_rules import (
        eligibility_limits_from_mapping,
        evaluate,
        parse_screening_input,
    )
    from cellchain.trial.settings import load_trial_raw, trial_config_path

    def fail(message: str, code: int = 2) -> typer.Exit:
        typer.echo(f"error: {message}", err=True)
        return typer.Exit(code)

    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"cannot read {file}: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise fail(f"{file} is not valid JSON: {exc}") from None
    path = trial_config_path(Settings())
    try:
        limits = eligibility_limits_from_mapping(load_trial_raw(path).get("eligibility", {}))
    except (OSError, ValueError) as exc:
        raise fail(f"trial settings {path}: {exc}", 1) from None
    try:
        result = evaluate(parse_screening_input(data), limits)
    except BadInput as exc:
        raise fail(exc.message) from None
    criteria = [{"id": c.id, "passed": c.passed, "message": c.message, "value": c.value,
                 "unit": c.unit,
                 "measured_on": c.measured_on.isoformat() if c.measured_on else None,
                 "limit": c.limit} for c in result.criteria]
    typer.echo(json.dumps({"eligible": result.eligible, "criteria": criteria},
                          ensure_ascii=False, indent=2))
