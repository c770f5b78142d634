"""awsjobs' signatures against botocore's, byte for byte.

Runs awsjobs-auth-sign-dump (argv[1]) on a set of generated requests (each operation; job ids with
`/`, space, `%`, `+`, non-ASCII and dot segments; with and without a session token; default hosts and
endpoint URLs with ports; SigV2 for Import/Export), has botocore sign the same requests with the same
key and a frozen clock through a client, as the AWS CLI does, and checks that the Authorization
headers (SigV4) and the signed form bodies (SigV2) are identical.
Uses Debian's awscli (its botocore is awscli.botocore), else a standalone botocore.
AWS_DATA_PATH must point at tests/data/models, so both read the same models and endpoints.
"""

import datetime
import importlib
import itertools
import subprocess
import sys
import types
import urllib.parse

try:
    from awscli.botocore import config as bconfig, session as bsession
except ImportError:
    from botocore import config as bconfig, session as bsession
# The module the signers run: Debian's awscli makes its botocore importable as `botocore`, and
# its clients use that name (awscli.botocore.auth would be a second copy, never called).
auth = importlib.import_module("botocore.auth")

SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"  # sign_dump.cpp's
FROZEN = datetime.datetime(2026, 2, 28, 23, 59, 58)   # naive UTC, as botocore's utcnow()
SERVICES = {"GetJob": ("dataexchange", "get_job"), "GetImportJob": ("sesv2", "get_import_job"),
            "GetStatus": ("importexport", "get_status")}
JOB_IDS = ["6cEXAMPLE818f7c7a23b3d0EXAMPLE1c", "a/b c", "100%", "x+y=z", "caf\u00e9/\u30b8\u30e7\u30d6",
           "tilde~dot.dash-under_", "..", "a//b", "?#&"]
TOKENS = ["", "FQoGZXIvYXdzEJr//////////wEaDOn+token/with=chars"]
ENDPOINTS = [None, "https://localhost:8443", "http://127.0.0.1:8080", "https://example.com:443"]


class FrozenDatetime(datetime.datetime):
    @classmethod
    def utcnow(cls):
        return FROZEN


class Captured(Exception):
    """Raised by the before-send handler: the signed request, never sent."""


def freeze_clock():
    auth.datetime = types.SimpleNamespace(datetime=FrozenDatetime)
    auth.time = types.SimpleNamespace(gmtime=lambda *_: FROZEN.timetuple(), strftime=__import__("time").strftime)


def botocore_request(operation, job_id, token, endpoint, sigv2):
    service, method = SERVICES[operation]
    config = bconfig.Config(signature_version="v2") if sigv2 else None
    client = bsession.Session().create_client(
        service, region_name="eu-west-1", endpoint_url=endpoint, aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key=SECRET, aws_session_token=token or None, config=config)

    def grab(request, **_):
        raise Captured(request)

    client.meta.events.register("before-send", grab)
    try:
        getattr(client, method)(JobId=job_id)
    except Captured as captured:
        return captured.args[0]
    raise AssertionError(f"{operation}: botocore sent nothing")


def host_of(url):
    """What the Host header is for an endpoint URL: the default port dropped, as botocore signs it."""
    parts = urllib.parse.urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return parts.hostname if parts.port in (None, default) else f"{parts.hostname}:{parts.port}"


def main():
    freeze_clock()
    cases = []
    for operation, job_id, token, endpoint in itertools.product(SERVICES, JOB_IDS, TOKENS, ENDPOINTS):
        cases.append((operation, job_id, token, endpoint, False))
    for job_id, token in itertools.product(JOB_IDS, TOKENS):
        cases.append(("GetStatus", job_id, token, None, True))
        cases.append(("GetStatus", job_id, token, "https://localhost:8443", True))

    expected, lines = [], []
    epoch = int(FROZEN.replace(tzinfo=datetime.timezone.utc).timestamp())
    for operation, job_id, token, endpoint, sigv2 in cases:
        request = botocore_request(operation, job_id, token, endpoint, sigv2)
        host = host_of(request.url)
        expected.append(request)
        lines.append("\t".join([operation, job_id.encode().hex(), token.encode().hex(), "eu-west-1",
                                host if endpoint else "", "1" if endpoint else "0", "1" if sigv2 else "0", str(epoch)]))
    run = subprocess.run([sys.argv[1]], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        print(f"sign_dump failed ({run.returncode}): {run.stderr}")
        return 1
    outputs = run.stdout.splitlines()
    if len(outputs) != len(cases):
        print(f"sign_dump printed {len(outputs)} lines for {len(cases)} requests")
        return 1

    failures = 0
    for case, request, output in zip(cases, expected, outputs):
        operation, job_id, token, endpoint, sigv2 = case
        what = f"{operation} JobId={job_id!r} token={'yes' if token else 'no'} endpoint={endpoint} sigv2={sigv2}"
        fields = output.split("\t")
        if fields[0] == "error":
            print(f"{what}: awsjobs refused to sign: {fields[1]}")
            failures += 1
            continue
        authorization, target, body = fields[0], fields[1], bytes.fromhex(fields[2])
        theirs = request.headers.get("Authorization", b"")
        theirs = theirs.decode() if isinstance(theirs, bytes) else theirs
        their_body = request.body or b""
        their_body = their_body if isinstance(their_body, bytes) else their_body.encode()
        their_target = urllib.parse.urlsplit(request.url)._replace(scheme="", netloc="").geturl()
        if sigv2:
            if authorization or body != their_body:
                print(f"{what}: SigV2 form body\n  awsjobs:  {body!r}\n  botocore: {their_body!r}")
                failures += 1
        elif authorization != theirs:
            print(f"{what}: Authorization\n  awsjobs:  {authorization}\n  botocore: {theirs}")
            failures += 1
        if target != their_target:
            print(f"{what}: request-target\n  awsjobs:  {target}\n  botocore: {their_target}")
            failures += 1
    if failures:
        print(f"{failures} of {len(cases)} signed requests differ from botocore's")
        return 1
    print(f"{len(cases)} signed requests identical to botocore's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
