#!/usr/bin/env bash
# Create .venv and install onrecord with its development tools. Safe to re-run.
# EXTRAS=dev,train also installs PyTorch, which only scripts/train_tagger.py and its
# tests use (spaCy's thinc imports PyTorch whenever it is installed: about 200 MB more
# memory in every process, so the plain setup leaves it out).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[${EXTRAS:-dev}]"
