#!/usr/bin/env bash
# Installs the Debian 12 packages awsjobs needs that are not installed yet (libpugixml-dev: XML,
# optional for users of awsjobs, always built here).
#   scripts/install-deps.sh build   # the library, its tests' framework, the examples
#   scripts/install-deps.sh test    # everything scripts/test.sh runs
set -euo pipefail

build=(cmake make g++ libboost1.81-dev rapidjson-dev libhowardhinnant-date-dev libfast-float-dev libpugixml-dev doctest-dev)
# clang + libFuzzer: fuzzing; awscli: the CLI interoperability test; pkgconf: the
# pkg-config consumer; Google Benchmark and the peers: the benchmark smoke test.
test=(clang libfuzzer-14-dev awscli python3 pkgconf
      libbenchmark-dev libsimdjson-dev nlohmann-json3-dev libboost-json1.81-dev)

case "${1:-build}" in
build) wanted=("${build[@]}") ;;
test) wanted=("${build[@]}" "${test[@]}") ;;
*) echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
