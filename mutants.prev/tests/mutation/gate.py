"""The mutation gate over the pure rule modules ([tool.mutmut] in pyproject.toml).

Run after ``mutmut run``: reads ``mutmut results --all true``, prints the score overall and
per module, and exits 1 when the score is below MIN_SCORE, or when an identity-critical module
has a surviving mutant that ``equivalent.txt`` does not list with its reason.

    .venv/bin/mutmut run && .venv/bin/python tests/mutation/gate.py
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

MIN_SCORE = 90.0
# A surviving mutant here could let a wrong identifier through (issue 14).
IDENTITY_CRITICAL = ("cellchain.isbt128.din", "cellchain.isbt128.checkchar",
                     "cellchain.isbt128.coi", "cellchain.bedside.rules")
KILLED = {"killed", "timeout"}
EQUIVALENT = Path(__file__).with_name("equivalent.txt")


def module_of(mutant: str) -> str:
    return re.split(r"\.x[_ǁ]", mutant, maxsplit=1)[0]


def main() -> int:
    mutmut = Path(sys.executable).with_name("mutmut")
    listing = subprocess.run([str(mutmut), "results", "--all", "true"], check=True,
                             capture_output=True, text=True).stdout
    status = {name.strip(): state.strip() for name, _, state in
              (line.rpartition(": ") for line in listing.splitlines() if ": " in line)}
    if not status:
        print("mutation gate: no results; run `mutmut run` first")
        return 1
    equivalent = {line.split(":", 1)[0].strip() for line in EQUIVALENT.read_text().splitlines()
                  if line.strip() and not line.startswith("#")}
    per_module: dict[str, Counter[str]] = defaultdict(Counter)
    for name, state in status.items():
        per_module[module_of(name)]["killed" if state in KILLED or name in equivalent
                                    else state] += 1
    for module, counts in sorted(per_module.items()):
        total = sum(counts.values())
        print(f"{module:45} {100 * counts['killed'] / total:6.1f} % of {total:4d}"
              + "".join(f"  {k}: {v}" for k, v in sorted(counts.items()) if k != "killed"))
    killed = sum(c["killed"] for c in per_module.values())
    total = sum(sum(c.values()) for c in per_module.values())
    score = 100 * killed / total
    print(f"mutation score: {score:.1f} % ({killed} of {total} mutants killed or equivalent)")
    failures = [name for name, state in status.items()
                if module_of(name) in IDENTITY_CRITICAL and state not in KILLED
                and name not in equivalent]
    for name in sorted(failures):
        print(f"identity-critical survivor: {name} ({status[name]})")
    if score < MIN_SCORE:
        print(f"FAILED: the score is below {MIN_SCORE} %")
    return 1 if failures or score < MIN_SCORE else 0


if __name__ == "__main__":
    sys.exit(main())
