#!/usr/bin/env bash
# Install the project with its test extras into .venv and run the whole test suite (both backends).
# pytest exits 5 when no test ran: that is a failure here, never a silent pass.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e ".[test]"
.venv/bin/ruff check .
set +e
.venv/bin/pytest -n 2 "$@"
status=$?
set -e
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing" >&2
  exit 1
fi
exit "$status"
