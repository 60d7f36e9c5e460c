"""``cellchain trial ...``: the trial's pure rules from the command line (DESIGN §6 contracts)."""

from __future__ import annotations

import typer

trial_app = typer.Typer(help="Trial rules: eligibility and dose escalation.",
                        no_args_is_help=True)
