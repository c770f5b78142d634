#!/usr/bin/env python3
"""The real AWS CLI, and examples/aws_client over TLS, against the verifying fake server.

Usage: fake_server_auth.py FAKE_SERVER AWS_CLIENT WORK_DIR

The fake server serves examples/fake_jobs.json with --credentials (a shared credentials file
with a long-term key and a temporary one with its session token) and --region eu-west-1.
Debian's `aws` (isolated HOME and config, the models in AWS_DATA_PATH: cli_interop.py's
recipe) must get:
  - the right key, each service, a session token, Import/Export signed SigV4 and, with
    `signature_version = v2` in its config file (AWS_CONFIG_FILE), SigV2: the job;
  - a wrong secret: InvalidSignatureException (REST-JSON) or SignatureDoesNotMatch (query)
    with AWS's message about the canonical string;
  - --no-sign-request: MissingAuthenticationTokenException / MissingAuthenticationToken;
  - an unknown key, or a temporary key without its token: UnrecognizedClientException /
    InvalidClientTokenId;
  - the wrong region: InvalidSignatureException "Credential should be scoped to a valid region";
  - a server clock 10 minutes ahead (--clock-offset 600): "Signature expired".
Then examples/aws_client, with a certificate made here by the openssl command for 127.0.0.1,
calls a TLS fake server: the job with the right key; the typed error with a wrong secret;
a failed handshake without the certificate as trusted CA. Last, a credentials file with a key
and no secret stops the server with the file, line and profile.

Exit status 0 when every check passes, 1 with each failure listed, 2 when the setup fails.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cli_interop  # noqa: E402  (the CLI recipe: environment, finding Debian's aws)

JOBS = HERE.parent.parent / "examples" / "fake_jobs.json"
MODELS = HERE.parent / "data" / "models"
REGION = "eu-west-1"
KEY, SECRET = "AKIDFAKESERVER00001", "right/secret+key"
TEMP_KEY, TEMP_SECRET, TOKEN = "ASIAFAKESERVER00002", "temporary-secret", "the/session+token=="
SERVER_CREDENTIALS = f"""# every profile's key pair is accepted
[default]
aws_access_key_id = {KEY}
aws_secret_access_key = {SECRET}

[temporary]
aws_access_key_id = {TEMP_KEY}
aws_secret_access_key = {TEMP_SECRET}
aws_session_token = {TOKEN}
"""
# service -> (CLI command, job id the table has)
CALLS = {
    "dataexchange": ("get-job", "--job-id", "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c"),
    "sesv2": ("get-import-job", "--job-id", "jobid"),
    "importexport": ("get-status", "--job-id", "EX1ID"),
}
MISMATCH = "The request signature we calculated does not match the signature you provided."


class Server:
    """The fake server as a child process, on a free port."""

    def __init__(self, program: str, *options: str):
        self.process = subprocess.Popen([program, "--jobs", str(JOBS), *options], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.match(r"listening on 127\.0\.0\.1:(\d+)", line)
        if not match:
            self.process.kill()
            raise SystemExit(f"awsjobs-fake did not start: {line!r} {self.process.stderr.read()!r}")
        self.port = int(match.group(1))

    def stop(self) -> int:
        self.process.terminate()
        return self.process.wait(timeout=30)


def cli(aws: str, env: dict, port: int, service: str, *extra: str, scheme: str = "http") -> subprocess.CompletedProcess:
    command, flag, job = CALLS[service]
    return subprocess.run([aws, service, command, flag, job, "--endpoint-url", f"{scheme}://127.0.0.1:{port}",
                           "--output", "json", *extra], env=env, capture_output=True, text=True, timeout=120)


def main() -> int:
    server_program, client_program, work = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    home = work / "home"
    home.mkdir(exist_ok=True)
    (work / "server-credentials").write_text(SERVER_CREDENTIALS)
    aws = cli_interop.find_aws(None)

    def environment(key: str, secret: str, token: str | None = None, config: str = "", region: str = REGION) -> dict:
        config_file = work / f"config-{abs(hash(config))}"
        config_file.write_text(config)
        env = cli_interop.cli_env(MODELS, str(config_file), str(work / "no-credentials"), str(home))
        env.update({"AWS_ACCESS_KEY_ID": key, "AWS_SECRET_ACCESS_KEY": secret, "AWS_REGION": region,
                    "AWS_DEFAULT_REGION": region})
        if token:
            env["AWS_SESSION_TOKEN"] = token
        return env

    right = environment(KEY, SECRET)
    wrong_secret = environment(KEY, "not-the-secret")
    # (name, server options key, service, environment, extra CLI arguments, exit status, expected output pattern)
    checks = [
        ("right key, Data Exchange", "strict", "dataexchange", right, [], 0, r'"Id": "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c"'),
        ("right key, SES v2", "strict", "sesv2", right, [], 0, r'"JobId": "jobid"'),
        ("right key, Import/Export SigV4", "strict", "importexport", right, [], 0, r'"JobId": "EX1ID"'),
        ("right key, Import/Export SigV2 from the config file", "strict", "importexport",
         environment(KEY, SECRET, config="[default]\nimportexport =\n    signature_version = v2\n"), [], 0,
         r'"JobId": "EX1ID"'),
        ("session token", "strict", "dataexchange", environment(TEMP_KEY, TEMP_SECRET, TOKEN), [], 0,
         r'"Id": "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c"'),
        ("wrong secret, REST-JSON", "strict", "dataexchange", wrong_secret, [], 254,
         r"\(InvalidSignatureException\) when calling the GetJob operation(?: \([^)]*\))?: " + re.escape(MISMATCH) +
         r".*The Canonical String for this request should have been\n'GET\n/v1/jobs/6cEXAMPLE818f7c7a23b3d0EXAMPLE1c"),
        ("wrong secret, query", "strict", "importexport", wrong_secret, [], 254,
         r"\(SignatureDoesNotMatch\) when calling the GetStatus operation(?: \([^)]*\))?: " + re.escape(MISMATCH)),
        ("wrong secret, SigV2", "strict", "importexport",
         environment(KEY, "not-the-secret", config="[default]\nimportexport =\n    signature_version = v2\n"), [], 254,
         r"\(SignatureDoesNotMatch\) when calling the GetStatus operation"),
        ("unsigned, REST-JSON", "strict", "sesv2", right, ["--no-sign-request"], 254,
         r"\(MissingAuthenticationTokenException\) when calling the GetImportJob operation(?: \([^)]*\))?: Missing Authentication Token"),
        ("unsigned, query", "strict", "importexport", right, ["--no-sign-request"], 254,
         r"\(MissingAuthenticationToken\) when calling the GetStatus operation"),
        ("unknown key", "strict", "dataexchange", environment("AKIDUNKNOWN000000000", SECRET), [], 254,
         r"\(UnrecognizedClientException\) when calling the GetJob operation(?: \([^)]*\))?: The security token included in the "
         r"request is invalid"),
        ("temporary key without its token", "strict", "importexport", environment(TEMP_KEY, TEMP_SECRET), [], 254,
         r"\(InvalidClientTokenId\) when calling the GetStatus operation"),
        ("wrong region", "strict", "dataexchange", environment(KEY, SECRET, region="us-east-1"), [], 254,
         r"\(InvalidSignatureException\) when calling the GetJob operation(?: \([^)]*\))?: Credential should be scoped to a valid "
         r"region, not 'us-east-1'"),
        ("clock skewed past the window", "skewed", "sesv2", right, [], 254,
         r"\(InvalidSignatureException\) when calling the GetImportJob operation(?: \([^)]*\))?: Signature expired: \d{8}T\d{6}Z is "
         r"now earlier than \d{8}T\d{6}Z"),
        ("clock skewed past the window, query", "skewed", "importexport", right, [], 254,
         r"\(SignatureDoesNotMatch\) when calling the GetStatus operation(?: \([^)]*\))?: Signature expired"),
    ]

    credentials = ["--credentials", str(work / "server-credentials"), "--region", REGION]
    servers = {"strict": Server(server_program, *credentials),
               "skewed": Server(server_program, *credentials, "--clock-offset", "600")}
    failures = []
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            runs = {name: pool.submit(cli, aws, env, servers[server].port, service, *extra)
                    for name, server, service, env, extra, _, _ in checks}
        for name, _, _, _, _, status, pattern in checks:
            ran = runs[name].result()
            shown = ran.stdout + ran.stderr
            ok = ran.returncode == status and re.search(pattern, shown, re.S)
            print(f"{'ok  ' if ok else 'FAIL'} aws: {name}: exit {ran.returncode}")
            if not ok:
                failures.append(f"aws: {name}: exit {ran.returncode} (expected {status}), output:\n{shown}")
    finally:
        for server in servers.values():
            if server.stop() != 0:
                failures.append("a fake server did not exit 0 on SIGTERM")

    # examples/aws_client over TLS, with a certificate for 127.0.0.1 made now.
    cert, key = work / "cert.pem", work / "key.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                           "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out",
                           str(cert)], capture_output=True, text=True)
    if made.returncode != 0:
        print(f"openssl could not make the test certificate: {made.stderr}")
        return 2
    tls = Server(server_program, *credentials, "--tls-cert", str(cert), "--tls-key", str(key))

    def client(env: dict, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([client_program, "--endpoint-url", f"https://127.0.0.1:{tls.port}", *args],
                              env=env, capture_output=True, text=True, timeout=60)

    client_checks = [
        ("right key over TLS", right, ["--ca-file", str(cert), "dataexchange", "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c"], 0,
         r'"State": "COMPLETED"'),
        ("right key over TLS, Import/Export SigV2", environment(KEY, SECRET, config="[default]\nimportexport =\n"
                                                                                     "    signature_version = v2\n"),
         ["--ca-file", str(cert), "importexport", "EX1ID"], 0, r'"JobId": "EX1ID"'),
        ("a service error over TLS", right, ["--ca-file", str(cert), "sesv2", "missing-job"], 3,
         r"^NotFoundException \(HTTP 404, request id [0-9a-f-]+\): Import job missing-job does not exist"),
        ("wrong secret over TLS", wrong_secret, ["--ca-file", str(cert), "sesv2", "jobid"], 3,
         r"^InvalidSignatureException \(HTTP 403, request id [0-9a-f-]+\): " + re.escape(MISMATCH)),
        ("an untrusted certificate", right, ["dataexchange", "6cEXAMPLE818f7c7a23b3d0EXAMPLE1c"], 1,
         r"aws_client: .*certificate verify failed"),
        ("no credentials at all", {k: v for k, v in right.items() if not k.startswith("AWS_ACCESS_KEY_ID")},
         ["--ca-file", str(cert), "dataexchange", "x"], 1, r"aws_client: profile default: unable to locate credentials"),
    ]
    try:
        for name, env, args, status, pattern in client_checks:
            ran = client(env, *args)
            shown = ran.stdout + ran.stderr
            ok = ran.returncode == status and re.search(pattern, shown, re.S | re.M)
            print(f"{'ok  ' if ok else 'FAIL'} aws_client: {name}: exit {ran.returncode}")
            if not ok:
                failures.append(f"aws_client: {name}: exit {ran.returncode} (expected {status}), output:\n{shown}")
            if SECRET in shown or TOKEN in shown or TEMP_SECRET in shown:
                failures.append(f"aws_client: {name}: a secret appears in the output")
    finally:
        if tls.stop() != 0:
            failures.append("the TLS fake server did not exit 0 on SIGTERM")

    # A credentials file the server cannot use: it says which file, line and profile, and exits 1.
    bad = work / "bad-credentials"
    bad.write_text(f"[default]\naws_access_key_id = {KEY}\naws_secret_access_key = {SECRET}\n\n[broken]\n"
                   f"aws_access_key_id = AKIDBROKEN\n")
    refused = subprocess.run([server_program, "--jobs", str(JOBS), "--credentials", str(bad)], capture_output=True,
                             text=True, timeout=30)
    expected = f"awsjobs-fake: {bad}:6: profile broken: aws_access_key_id without aws_secret_access_key"
    ok = refused.returncode == 1 and expected in refused.stderr and SECRET not in refused.stderr
    print(f"{'ok  ' if ok else 'FAIL'} fake_server: an unusable credentials file: exit {refused.returncode}")
    if not ok:
        failures.append(f"fake_server: an unusable credentials file: exit {refused.returncode}, stderr:\n{refused.stderr}")

    total = len(checks) + len(client_checks) + 1
    print(f"{total} checks, {total - len(failures)} passed, {len(failures)} failed")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
