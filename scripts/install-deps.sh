#!/usr/bin/env bash
# Installs the Debian 12 packages awsjobs needs that are not installed yet (libpugixml-dev: XML, and
# libssl-dev: signing, both optional for users of awsjobs, always built here).
#   scripts/install-deps.sh build   # the library, its tests' framework, the examples
#   scripts/install-deps.sh demo    # build, and the AWS CLI the demo runs against the fake server
#   scripts/install-deps.sh test    # everything scripts/test.sh runs
set -euo pipefail

# ninja-build: the presets' generator; make: CMake's default one, for builds by hand; libssl-dev:
# OpenSSL 3 for awsjobs::auth (signing) and the examples' TLS, optional for users, always built here.
build=(cmake ninja-build make g++ libboost1.81-dev rapidjson-dev libhowardhinnant-date-dev libfast-float-dev libpugixml-dev libssl-dev doctest-dev)
# awscli (Debian's AWS CLI v2, with python3): the demo and the CLI tests talk to tools/awsjobs-fake;
# python3-boto3: README's test in Python against it (tools/awsjobs-fake/examples/test_with_boto3.py).
demo=(awscli python3 python3-boto3)
# clang + libFuzzer: fuzzing and the Clang 14 stage; clang-16 + libc++: the libc++ stage;
# awscli, python3-boto3: the CLI interoperability and SDK tests; pkgconf: the pkg-config consumer; Google Benchmark
# and the peers: the benchmark smoke test; doxygen: the API reference; openssl: the test certificate
# of the TLS client test.
test=(clang lld libfuzzer-14-dev clang-16 libc++-16-dev libc++abi-16-dev awscli python3 python3-boto3 pkgconf
      libbenchmark-dev libsimdjson-dev nlohmann-json3-dev libboost-json1.81-dev doxygen openssl)

case "${1:-build}" in
build) wanted=("${build[@]}") ;;
demo) wanted=("${build[@]}" "${demo[@]}") ;;
test) wanted=("${build[@]}" "${demo[@]}" "${test[@]}") ;;
*) echo "usage: $0 [build|demo|test]" >&2; exit 2 ;;
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
