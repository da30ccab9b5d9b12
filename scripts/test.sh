#!/usr/bin/env bash
# Set up, then run the whole test suite, browser tests included (they need Debian's
# chromium, installed here when missing and when we may).
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=dev,train bash scripts/setup.sh  # the tagger training tests need PyTorch
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "chromium could not be installed: browser tests will be skipped" >&2
fi
mkdir -p artifacts
.venv/bin/python -m pytest "$@"
