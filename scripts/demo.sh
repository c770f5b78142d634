#!/usr/bin/env bash
# Builds awsjobs and runs its demonstration: the examples and awsjobs-inspect on
# the real responses AWS and others published (tests/data/samples).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh build
cmake --workflow --preset demo
