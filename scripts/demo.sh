#!/usr/bin/env bash
# Set up, then run the main job on the bundled sample: ingest the invented articles in
# samples/articles into sample.db (embedded SQLite, no server) and show what is on record.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
rm -f sample.db
.venv/bin/onrecord ingest samples/articles --db sample.db
.venv/bin/onrecord quotes --db sample.db --limit 20
