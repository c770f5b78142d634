#!/usr/bin/env bash
# Builds awsjobs and runs its demonstration: the examples, the real AWS CLI talking to
# tools/awsjobs-fake, and awsjobs-inspect on the real responses AWS and others published
# (tests/data/samples).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh demo
cmake --workflow --preset demo
