"""``cellchain trial ...``: the trial's pure rules from the command line (DESIGN §6 contracts)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

trial_app = typer.Typer(help="Trial rules: eligibility and dose escalation.",
                        no_args_is_help=True)


def _escalation_table() -> dict[str, object]:
    """The ``[escalation]`` table of the trial file (CELLCHAIN_TRIAL_SETTINGS or shipped)."""
    from cellchain.config import Settings
    from cellchain.trial.configuration import load_trial_raw, trial_config_path

    table: dict[str, object] = load_trial_raw(trial_config_path(Settings()))["escalation"]
    return table


@trial_app.command("escalate")
def escalate(
    design: Annotated[str, typer.Option("--design", help="3+3 or boin.")],
    treated: Annotated[int, typer.Option("--treated", help="DLT-evaluable subjects at the dose.")],
    dlt: Annotated[int, typer.Option("--dlt", help="Subjects with a DLT among them.")],
    target: Annotated[float | None, typer.Option(
        "--target", help="BOIN target DLT rate; default: the trial file's target_dlt_rate.")
    ] = None,
) -> None:
    """Prints the escalation decision at one dose as JSON (domain notes §4.2, §4.3)."""
    import json

    from cellchain.errors import BadInput
    from cellchain.trial.escalation_rules import (
        Design,
        boin_boundaries,
        boin_decision,
        escalation_settings_from_mapping,
        posterior_above,
        three_plus_three,
    )

    try:
        if design not in set(Design):
            raise BadInput(f"design must be 3+3 or boin, got {design!r}", field="design")
        if target is not None:
            boin_boundaries(target)  # refuses a rate outside (0, 1) whatever the design
        if Design(design) is Design.THREE_PLUS_THREE:
            typer.echo(json.dumps({"decision": three_plus_three(treated, dlt)}))
            return
        try:
            settings = escalation_settings_from_mapping(_escalation_table())
        except (KeyError, ValueError) as problem:
            raise BadInput(f"the trial file's [escalation] table: {problem}",
                           field="target") from None
        phi = settings.target_dlt_rate if target is None else target
        decision = boin_decision(phi, treated, dlt, settings.elimination_cutoff)
    except BadInput as refusal:
        typer.echo(f"error: --{refusal.field}: {refusal.message}", err=True)
        raise typer.Exit(2) from None
    lambda_e, lambda_d = boin_boundaries(phi)
    typer.echo(json.dumps({
        "decision": decision, "target": phi, "lambda_e": lambda_e, "lambda_d": lambda_d,
        "posterior_above_target": posterior_above(phi, treated, dlt),
        "elimination_cutoff": settings.elimination_cutoff}))
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
    from cellchain.trial.configuration import load_trial_raw, trial_config_path
    from cellchain.trial.eligibility_rules import (
        eligibility_limits_from_mapping,
        evaluate,
        parse_screening_input,
    )

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
