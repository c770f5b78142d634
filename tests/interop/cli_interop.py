#!/usr/bin/env python3
"""Run the AWS CLI against canned GetJob / GetImportJob responses.

Usage: python3 cli_interop.py [options] CASES_DIR OUT_DIR

CASES_DIR holds case files NAME.case.json:
    {"service": "dataexchange" | "sesv2",
     "operation": "GetJob" | "GetImportJob",
     "job_id": "...",
     "status": 200,
     "headers": {"x-amzn-ErrorType": "..."},     (optional)
     "body_file": "NAME.body.json"}              (relative to CASES_DIR)

One HTTP server on 127.0.0.1 (ephemeral port) answers
    GET /v1/jobs/{JobId}               (dataexchange GetJob)
    GET /v2/email/import-jobs/{JobId}  (sesv2 GetImportJob)
with the case's status, headers and body bytes (verbatim), and the CLI is run
once per case:
    aws dataexchange get-job --job-id ID   /   aws sesv2 get-import-job --job-id ID
with --endpoint-url http://127.0.0.1:PORT, the models in AWS_DATA_PATH and no
real credentials, config, proxy or retries.

Results in OUT_DIR:
    NAME.cli.json        the CLI's stdout, when it exited 0
    NAME.cli-error.json  {"exit_code", "error_code", "stderr"} otherwise
    _cli_version.txt     the output of `aws --version`

Exit status: 0 when every case produced one of the two result files (a CLI
error is a result, not a failure of this driver); 2 for a bad case directory,
a missing aws command, a server that did not start, or a CLI run that timed
out. Only the Python standard library is used.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_MODELS = HERE.parent / "data" / "models"

# service -> (operation, URL prefix before {JobId}, CLI sub-command)
SERVICES = {
    "dataexchange": ("GetJob", "/v1/jobs/", "get-job"),
    "sesv2": ("GetImportJob", "/v2/email/import-jobs/", "get-import-job"),
}

ERROR_RE = re.compile(r"An error occurred \((?P<code>[^)]*)\) when calling the (?P<op>\w+) operation")


class DriverError(Exception):
    """A problem of the test setup, not a CLI result."""


class Case:
    def __init__(self, name: str, path: Path):
        self.name = name
        try:
            spec = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise DriverError(f"{path}: cannot read case: {e}") from e
        if not isinstance(spec, dict):
            raise DriverError(f"{path}: case must be a JSON object")
        self.service = spec.get("service")
        if self.service not in SERVICES:
            raise DriverError(f"{path}: unknown service {self.service!r}")
        op = spec.get("operation", SERVICES[self.service][0])
        if op != SERVICES[self.service][0]:
            raise DriverError(f"{path}: operation {op!r} does not belong to {self.service}")
        self.job_id = spec.get("job_id")
        if not isinstance(self.job_id, str) or not self.job_id:
            raise DriverError(f"{path}: job_id must be a non-empty string")
        self.status = spec.get("status", 200)
        if not isinstance(self.status, int) or not 100 <= self.status <= 599:
            raise DriverError(f"{path}: bad status {self.status!r}")
        headers = spec.get("headers") or {}
        if not isinstance(headers, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise DriverError(f"{path}: headers must map strings to strings")
        self.headers = headers
        body_file = spec.get("body_file")
        if not isinstance(body_file, str):
            raise DriverError(f"{path}: body_file missing")
        try:
            self.body = (path.parent / body_file).read_bytes()
        except OSError as e:
            raise DriverError(f"{path}: cannot read body: {e}") from e
        self.hits = 0


def load_cases(cases_dir: Path) -> list[Case]:
    files = sorted(cases_dir.glob("*.case.json"))
    if not files:
        raise DriverError(f"no *.case.json in {cases_dir}")
    cases = [Case(f.name[: -len(".case.json")], f) for f in files]
    seen: dict[tuple[str, str], str] = {}
    for c in cases:
        key = (c.service, c.job_id)
        if key in seen:
            raise DriverError(f"cases {seen[key]} and {c.name} share {c.service} job_id {c.job_id!r}")
        seen[key] = c.name
    return cases


def make_handler(routes: dict[tuple[str, str], Case], lock: threading.Lock):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Fixed Server and Date headers: the CLI v2 echoes all response headers
        # (ResponseMetadata.HTTPHeaders) when the output has a top-level
        # "Errors" key, as GetJob's can; fixed values keep that output stable.
        def version_string(self):
            return "awsjobs-interop"

        def date_time_string(self, timestamp=None):
            return "Thu, 01 Jan 2026 00:00:00 GMT"

        def log_message(self, fmt, *args):  # keep the CLI output clean
            pass

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            sent = {k.lower() for k in headers}
            if "content-type" not in sent:
                self.send_header("Content-Type", "application/json")
            if "x-amzn-requestid" not in sent:
                self.send_header("x-amzn-RequestId", "11111111-2222-3333-4444-555555555555")
            for k, v in headers.items():
                if k.lower() != "content-length":
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _route(self) -> Case | None:
            path = urllib.parse.urlsplit(self.path).path
            for service, (_, prefix, _) in SERVICES.items():
                if path.startswith(prefix):
                    rest = path[len(prefix):]
                    if rest and "/" not in rest:
                        return routes.get((service, urllib.parse.unquote(rest)))
            return None

        def do_GET(self):
            case = self._route()
            if case is None:
                body = json.dumps({"message": f"no case for {self.command} {self.path}"}).encode()
                self._send(404, {"x-amzn-ErrorType": "UnknownPathException"}, body)
                return
            with lock:
                case.hits += 1
            self._send(case.status, case.headers, case.body)

        def _other(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            body = json.dumps({"message": f"unexpected {self.command} {self.path}"}).encode()
            self._send(404, {"x-amzn-ErrorType": "UnknownPathException"}, body)

        do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _other

    return Handler


def find_aws(explicit: str | None) -> str:
    # Debian's awscli (/usr/bin/aws) is preferred over whatever `aws` comes
    # first on PATH, because a pip-installed CLI v1 may shadow it.
    for cand in (explicit, os.environ.get("AWS_CLI"), "/usr/bin/aws", shutil.which("aws")):
        if not cand:
            continue
        path = shutil.which(cand) if os.sep not in cand else cand
        if path and os.access(path, os.X_OK):
            return path
        if cand in (explicit, os.environ.get("AWS_CLI")):
            raise DriverError(f"aws command not found: {cand}")
    raise DriverError("aws command not found (install Debian's awscli: apt-get install awscli)")


def cli_env(models: Path, cfg: str, creds: str, home: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.upper().startswith(("AWS_", "PYTHON"))
        and k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")
    }
    env.update(
        {
            "HOME": home,
            "AWS_DATA_PATH": str(models),
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "dummy",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_REGION": "us-east-1",
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": cfg,
            "AWS_SHARED_CREDENTIALS_FILE": creds,
            "AWS_MAX_ATTEMPTS": "1",
            "AWS_RETRY_MODE": "standard",
            "AWS_PAGER": "",
            "AWS_CLI_AUTO_PROMPT": "off",
            "NO_PROXY": "127.0.0.1,localhost",
            "no_proxy": "127.0.0.1,localhost",
            "LC_ALL": "C.UTF-8",
        }
    )
    return env


def cli_major(aws: str, env: dict[str, str]) -> tuple[int, str]:
    try:
        p = subprocess.run([aws, "--version"], env=env, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise DriverError(f"cannot run {aws} --version: {e}") from e
    text = (p.stdout + p.stderr).strip()
    m = re.match(r"aws-cli/(\d+)\.", text)
    if p.returncode != 0 or not m:
        raise DriverError(f"{aws} --version failed ({p.returncode}): {text}")
    return int(m.group(1)), text


def run_case(aws: str, major: int, port: int, env: dict[str, str], case: Case,
             out_dir: Path, timeout: float) -> tuple[str, str]:
    _, _, sub = SERVICES[case.service]
    cmd = [aws, case.service, sub, "--job-id", case.job_id,
           "--endpoint-url", f"http://127.0.0.1:{port}",
           "--region", "us-east-1", "--output", "json",
           "--cli-connect-timeout", "10", "--cli-read-timeout", "20"]
    if major >= 2:
        cmd.append("--no-cli-pager")  # v1 rejects this flag; AWS_PAGER="" covers v1
    ok_file = out_dir / f"{case.name}.cli.json"
    err_file = out_dir / f"{case.name}.cli-error.json"
    for f in (ok_file, err_file):
        f.unlink(missing_ok=True)
    try:
        p = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", f"{case.name}: aws timed out after {timeout:g} s"
    except OSError as e:
        return "failed", f"{case.name}: cannot run aws: {e}"
    stdout = p.stdout.decode("utf-8", "replace")
    stderr = p.stderr.decode("utf-8", "replace")
    if p.returncode == 0:
        ok_file.write_bytes(p.stdout)
        return "ok", f"{case.name}: ok"
    m = ERROR_RE.search(stderr)
    result = {"exit_code": p.returncode, "error_code": m.group("code") if m else None, "stderr": stderr}
    if stdout:
        result["stdout"] = stdout
    err_file.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return "error", f"{case.name}: exit {p.returncode} error_code {result['error_code']}"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--aws", help="aws command (default: $AWS_CLI, /usr/bin/aws, then PATH)")
    ap.add_argument("--models", type=Path, default=DEFAULT_MODELS,
                    help=f"AWS_DATA_PATH folder (default {DEFAULT_MODELS})")
    ap.add_argument("-j", "--jobs", type=int, default=4, help="CLI runs at once (default 4)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per CLI run (default 60)")
    args = ap.parse_args(argv)

    server = None
    try:
        if not args.cases_dir.is_dir():
            raise DriverError(f"not a directory: {args.cases_dir}")
        for svc in SERVICES:
            if not list((args.models / svc).glob("*/service-2.json")):
                raise DriverError(f"no {svc}/*/service-2.json under {args.models}")
        cases = load_cases(args.cases_dir)
        aws = find_aws(args.aws)
        args.out_dir.mkdir(parents=True, exist_ok=True)

        with tempfile.TemporaryDirectory(prefix="cli-interop-") as tmp:
            cfg = Path(tmp, "config")
            creds = Path(tmp, "credentials")
            cfg.write_text("")
            creds.write_text("")
            env = cli_env(args.models.resolve(), str(cfg), str(creds), tmp)
            major, version = cli_major(aws, env)
            (args.out_dir / "_cli_version.txt").write_text(version + "\n")
            print(f"cli_interop: {aws}: {version}", file=sys.stderr)

            routes = {(c.service, c.job_id): c for c in cases}
            try:
                server = http.server.ThreadingHTTPServer(
                    ("127.0.0.1", 0), make_handler(routes, threading.Lock()))
            except OSError as e:
                raise DriverError(f"server could not start on 127.0.0.1: {e}") from e
            server.daemon_threads = True
            port = server.server_address[1]
            threading.Thread(target=server.serve_forever, name="interop-server", daemon=True).start()

            t0 = time.monotonic()
            counts = {"ok": 0, "error": 0, "timeout": 0, "failed": 0}
            problems = []
            with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
                futs = [pool.submit(run_case, aws, major, port, env, c, args.out_dir, args.timeout)
                        for c in cases]
                for fut in futs:
                    kind, msg = fut.result()
                    counts[kind] += 1
                    print(f"cli_interop: {msg}", file=sys.stderr)
                    if kind in ("timeout", "failed"):
                        problems.append(msg)
            for c in cases:
                if c.hits == 0:
                    print(f"cli_interop: warning: {c.name}: the CLI never reached the server",
                          file=sys.stderr)
            print(f"cli_interop: {len(cases)} cases: {counts['ok']} ok, {counts['error']} CLI errors, "
                  f"{counts['timeout']} timed out, {counts['failed']} not run, "
                  f"{time.monotonic() - t0:.1f} s with {args.jobs} at once",
                  file=sys.stderr)
            if problems:
                raise DriverError("; ".join(problems))
        return 0
    except DriverError as e:
        print(f"cli_interop: error: {e}", file=sys.stderr)
        return 2
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
