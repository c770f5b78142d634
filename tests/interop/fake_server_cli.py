#!/usr/bin/env python3
"""The real AWS CLI against tools/awsjobs-fake: every job type, status and modeled error.

Usage: fake_server_cli.py FAKE_SERVER FAKE_CLIENT WORK_DIR [--jobs FILE] [--print]

1. Writes a table of jobs (WORK_DIR/jobs.json) from the AWS models in tests/data/models: a Data
   Exchange GetJob for each of the 9 job types (its Details alternative, every member set; the
   6 states in turn), an SES v2 GetImportJob for each of the 5 statuses (the two destinations in
   turn), Import/Export GetStatus for both job types (every member, text that XML escapes), and
   an error entry for every modeled error of each operation.
2. Starts the fake server on 127.0.0.1 (port 0: it prints the port it got).
3. Runs Debian's `aws dataexchange get-job`, `aws sesv2 get-import-job` and
   `aws importexport get-status` once per case, in parallel (isolated HOME and config, dummy
   credentials, AWS_MAX_ATTEMPTS=1, the models in AWS_DATA_PATH: cli_interop.py's recipe), and
   compares what it prints with the values served, member by member as the model types them
   (timestamps as instants); for errors, its exit status 254 and its
   "An error occurred (CODE) when calling the OP operation: MESSAGE".
4. Runs examples/fake_client for a case of each operation and an error, and checks its output.
5. Sends the server SIGTERM: it must exit 0 having served exactly the requests made. A second
   server with --max-requests 1 must stop by itself, and one refuses a body over its limit.

--jobs FILE serves that table instead (one CLI call per job and error entry); --print prints each
CLI command and what the CLI printed. The demo does both, with examples/fake_jobs.json. Exit
status 0 when all matches, 1 with each difference listed otherwise, 2 when the setup fails.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODELS = HERE.parent / "data" / "models"
sys.path.insert(0, str(HERE))
import cli_interop  # noqa: E402  (the CLI recipe: environment, finding Debian's aws)

# service -> (operation, CLI command, model file, the table's list, the job id member)
SERVICES = {
    "dataexchange": ("GetJob", "get-job", "2017-07-25", "Id"),
    "sesv2": ("GetImportJob", "get-import-job", "2019-09-27", "JobId"),
    "importexport": ("GetStatus", "get-status", "2010-06-01", "JobId"),
}
CLI_ERROR = re.compile(r"An error occurred \((?P<code>[^)]*)\) when calling the (?P<op>\w+) operation(?: \([^)]*\))?: "
                       r"(?P<message>.*)", re.S)
TEXT_SUFFIX = " \u00e9&<>\"'"  # escaped in JSON and in XML
UNIONS = json.loads((MODELS / "unions.json").read_text())


class Model:
    def __init__(self, service: str):
        operation, _, version, _ = SERVICES[service]
        self.service = service
        self.data = json.loads((MODELS / service / version / "service-2.json").read_text())
        self.shapes = self.data["shapes"]
        self.operation = self.data["operations"][operation]
        self.unions = set(UNIONS[service])
        self.protocol = self.data["metadata"]["protocol"]

    def timestamp(self, shape: dict, salt: int):
        instant = 1767225600 + salt * 3601  # 2026-01-01 and on
        fmt = shape.get("timestampFormat") or ("iso8601" if self.protocol == "query" else "unixTimestamp")
        if fmt == "unixTimestamp":
            return instant + 0.25
        return datetime.datetime.fromtimestamp(instant, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.250Z")

    def sample(self, name: str, label: str, salt: int, depth: int = 0):
        """A value of the shape with every member set (one for a union), as the wire carries it."""
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "structure":
            members = list(shape.get("members", {}).items())
            if name in self.unions:
                members = members[salt % len(members):][:1]
            if depth > 8:
                return {}
            return {m: self.sample(s["shape"], m, salt, depth + 1) for m, s in members}
        if kind == "list":
            return [self.sample(shape["member"]["shape"], label, salt + i, depth + 1) for i in range(2)]
        if kind == "map":
            return {f"key{salt}": self.sample(shape["value"]["shape"], label, salt, depth + 1)}
        if kind == "string":
            if "enum" in shape:
                return shape["enum"][salt % len(shape["enum"])]
            return f"{label}-{salt}{TEXT_SUFFIX}"
        if kind in ("integer", "long"):
            return 40 + salt
        if kind in ("double", "float"):
            return 0.5 + salt
        if kind == "boolean":
            return salt % 2 == 0
        if kind == "timestamp":
            return self.timestamp(shape, salt)
        raise ValueError(f"{name}: no sample for type {kind}")


def instant(value) -> float:
    if isinstance(value, (int, float)):
        return float(value)
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def compare(model: Model, name: str, served, printed, where: str, problems: list[str]) -> None:
    """Whether the CLI printed the value served, as the model types it."""
    shape = model.shapes[name]
    kind = shape["type"]
    if kind == "structure":
        if not isinstance(printed, dict):
            problems.append(f"{where}: printed {printed!r}, served an object")
            return
        if set(served) != set(printed):
            problems.append(f"{where}: printed members {sorted(printed)}, served {sorted(served)}")
        for member in set(served) & set(printed):
            compare(model, shape["members"][member]["shape"], served[member], printed[member], f"{where}.{member}",
                    problems)
    elif kind == "list":
        if not isinstance(printed, list) or len(printed) != len(served):
            problems.append(f"{where}: printed {printed!r}, served {served!r}")
            return
        for i, (s, p) in enumerate(zip(served, printed)):
            compare(model, shape["member"]["shape"], s, p, f"{where}[{i}]", problems)
    elif kind == "map":
        if not isinstance(printed, dict) or set(printed) != set(served):
            problems.append(f"{where}: printed {printed!r}, served {served!r}")
            return
        for key in served:
            compare(model, shape["value"]["shape"], served[key], printed[key], f"{where}[{key}]", problems)
    elif kind == "timestamp":
        # The CLI prints ISO 8601; fake_client the service's own format.
        if not isinstance(printed, (str, int, float)) or abs(instant(printed) - instant(served)) > 1e-6:
            problems.append(f"{where}: printed {printed!r}, served {served!r}")
    elif printed != served:
        problems.append(f"{where}: printed {printed!r}, served {served!r}")


def make_table(models: dict[str, Model]) -> tuple[dict, list[dict]]:
    """The jobs table and the cases: (service, job id, the output served or the error entry)."""
    table = {"dataexchange": [], "sesv2": [], "importexport": [], "errors": []}
    cases = []

    dx = models["dataexchange"]
    types = dx.shapes["Type"]["enum"]
    states = dx.shapes["State"]["enum"]
    details = list(dx.shapes["ResponseDetails"]["members"])
    for i, job_type in enumerate(types):
        job = dx.sample("GetJobResponse", "GetJob", i)
        # Details holds the alternative named after the type: IMPORT_ASSETS_FROM_S3 -> ImportAssetsFromS3.
        alternative = "".join(word.capitalize() for word in job_type.split("_"))
        if alternative not in details:
            raise ValueError(f"no Details member for {job_type}")
        member_shape = dx.shapes["ResponseDetails"]["members"][alternative]["shape"]
        job.update(Id=f"dx{i}{alternative}".ljust(32, "0"), Type=job_type, State=states[i % len(states)],
                   Details={alternative: dx.sample(member_shape, alternative, i, 1)})
        table["dataexchange"].append(job)
        cases.append({"service": "dataexchange", "job_id": job["Id"], "output": job})

    ses = models["sesv2"]
    for i, status in enumerate(ses.shapes["JobStatus"]["enum"]):
        job = ses.sample("GetImportJobResponse", "GetImportJob", i)
        job.update(JobId=f"ses-{i}-{status.lower()}", JobStatus=status)
        table["sesv2"].append(job)
        cases.append({"service": "sesv2", "job_id": job["JobId"], "output": job})

    iex = models["importexport"]
    for i, job_type in enumerate(iex.shapes["JobType"]["enum"]):
        job = iex.sample("GetStatusOutput", "GetStatus", i)
        job.update(JobId=f"IEX{i}{job_type.upper()}", JobType=job_type,
                   SignatureFileContents="version:2.0\nsigningMethod:HmacSHA1\njobId:EX1ID")
        table["importexport"].append(job)
        cases.append({"service": "importexport", "job_id": job["JobId"], "output": job})

    for service, model in models.items():
        operation = SERVICES[service][0]
        for ref in model.operation.get("errors", []):
            code = ref["shape"]
            job_id = f"err{code}".ljust(32, "0")  # Data Exchange's job ids are [a-zA-Z0-9]{30,40}
            entry = {"operation": operation, "job_id": job_id, "code": code,
                     "message": f"{code} for {job_id}{TEXT_SUFFIX}"}
            table["errors"].append(entry)
            cases.append({"service": service, "job_id": entry["job_id"], "error": entry})
    return table, cases


def run_cli(aws: str, env: dict, port: int, case: dict) -> subprocess.CompletedProcess:
    operation, command, _, _ = SERVICES[case["service"]]
    return subprocess.run([aws, case["service"], command, "--job-id", case["job_id"],
                           "--endpoint-url", f"http://127.0.0.1:{port}", "--region", "us-east-1",
                           "--output", "json", "--no-cli-pager",
                           "--cli-connect-timeout", "10", "--cli-read-timeout", "20"],
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=120)


def check_cli(models: dict[str, Model], case: dict, p: subprocess.CompletedProcess, problems: list[str]) -> None:
    model = models[case["service"]]
    where = f"aws {case['service']} {case['job_id']}"
    stdout, stderr = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    if "output" in case:
        if p.returncode != 0:
            problems.append(f"{where}: exit {p.returncode}: {stderr.strip()}")
            return
        printed = json.loads(stdout)
        printed.pop("ResponseMetadata", None)  # printed with the output when it has a top-level Errors
        compare(model, model.operation["output"]["shape"], case["output"], printed, where, problems)
        return
    entry = case["error"]
    match = CLI_ERROR.search(stderr)
    if p.returncode != 254 or not match:
        problems.append(f"{where}: exit {p.returncode}, expected 254 and the error {entry['code']}: {stderr.strip()}")
        return
    if (match["code"], match["op"], match["message"].strip()) != (entry["code"], SERVICES[case["service"]][0],
                                                                  entry["message"]):
        problems.append(f"{where}: the CLI printed {match.group(0).strip()!r}, served {entry}")


def start_server(server: str, jobs: Path, *extra: str) -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen([server, "--jobs", str(jobs), "--port", "0", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ready: list[str] = []
    reader = threading.Thread(target=lambda: ready.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=30)
    line = ready[0] if ready else ""
    match = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", line)
    if not match:
        process.kill()
        raise RuntimeError(f"awsjobs-fake did not start: {line!r} {process.stderr.read()}")
    return process, int(match[1])


def stop_server(process: subprocess.Popen, requests: int, problems: list[str], by_signal: bool = True) -> None:
    if by_signal:
        process.send_signal(signal.SIGTERM)
    try:
        _, stderr = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        problems.append("awsjobs-fake did not stop within 20 s")
        return
    expected = f"awsjobs-fake: stopped after {requests} requests"
    if process.returncode != 0 or expected not in stderr:
        problems.append(f"awsjobs-fake: exit {process.returncode}, {stderr.strip()!r}, expected {expected!r}")


def check_client(client: str, port: int, case: dict, problems: list[str]) -> None:
    p = subprocess.run([client, "127.0.0.1", str(port), case["service"], case["job_id"]],
                       capture_output=True, text=True, timeout=60)
    where = f"fake_client {case['service']} {case['job_id']}"
    if "output" in case:
        model = Model(case["service"])
        if p.returncode != 0:
            problems.append(f"{where}: exit {p.returncode}: {p.stderr.strip()}")
            return
        compare(model, model.operation["output"]["shape"], case["output"], json.loads(p.stdout), where, problems)
        return
    entry = case["error"]
    expected = re.compile(re.escape(entry["code"]) + r" \(HTTP \d{3}, request id 00000000-0000-4000-8000-\d{12}\): " +
                          re.escape(entry["message"]) + "\n")
    if p.returncode != 3 or not expected.fullmatch(p.stdout):
        problems.append(f"{where}: exit {p.returncode}, printed {p.stdout!r}{p.stderr!r}")


def cases_of(table: dict) -> list[dict]:
    """The cases of a given table: each job, each error entry."""
    operations = {operation: service for service, (operation, _, _, _) in SERVICES.items()}
    cases = [{"service": service, "job_id": job[SERVICES[service][3]], "output": job}
             for service in SERVICES for job in table.get(service, [])]
    cases += [{"service": operations[e["operation"]], "job_id": e["job_id"], "error": e} for e in table.get("errors", [])]
    return cases


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("server")
    parser.add_argument("client")
    parser.add_argument("work", type=Path)
    parser.add_argument("--jobs", type=Path, help="serve this table instead of one made from the models")
    parser.add_argument("--print", action="store_true", dest="show", help="print each CLI call and its output")
    args = parser.parse_args(argv)
    server, client, work, show = args.server, args.client, args.work, args.show
    work.mkdir(parents=True, exist_ok=True)
    models = {service: Model(service) for service in SERVICES}
    if args.jobs:
        jobs = args.jobs
        cases = cases_of(json.loads(jobs.read_text(encoding="utf-8")))
    else:
        table, cases = make_table(models)
        jobs = work / "jobs.json"
        jobs.write_text(json.dumps(table, indent=1, ensure_ascii=False), encoding="utf-8")
    problems: list[str] = []
    t0 = time.monotonic()
    try:
        aws = cli_interop.find_aws(None)
    except cli_interop.DriverError as e:
        print(f"fake_server_cli: {e}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="fake-server-cli-") as home:
        Path(home, "config").write_text("")
        Path(home, "credentials").write_text("")
        env = cli_interop.cli_env(MODELS.resolve(), str(Path(home, "config")), str(Path(home, "credentials")), home)
        process, port = start_server(server, jobs)
        requests = 0
        try:
            with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
                results = list(pool.map(lambda c: run_cli(aws, env, port, c), cases))
            requests += len(cases)
            for case, p in zip(cases, results):
                check_cli(models, case, p, problems)
                if show:
                    operation, command, _, _ = SERVICES[case["service"]]
                    print(f"$ aws {case['service']} {command} --job-id {case['job_id']} "
                          f"--endpoint-url http://127.0.0.1:{port}")
                    print((p.stdout or p.stderr).decode("utf-8", "replace").rstrip())
            picked = [next(c for c in cases if c["service"] == s and "output" in c) for s in SERVICES]
            picked.append(next(c for c in cases if "error" in c))
            for case in picked:
                check_client(client, port, case, problems)
            requests += len(picked)
        finally:
            stop_server(process, requests, problems)

        # Stops by itself after N requests; refuses a body over its limit.
        process, port = start_server(server, jobs, "--max-requests", "1")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        connection.request("POST", "/", body=b"Action=GetStatus&" + b"x" * 100_000,
                           headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        status = connection.getresponse().status
        connection.close()
        if status != 413:
            problems.append(f"a body over the limit: status {status}, expected 413")
        check_client(client, port, picked[0], problems)
        stop_server(process, 1, problems, by_signal=False)

    for problem in problems:
        print("FAIL:", problem)
    print(f"fake_server_cli: {len(cases)} AWS CLI calls ({sum('output' in c for c in cases)} outputs, "
          f"{sum('error' in c for c in cases)} errors) and {len(picked) + 1} fake_client calls, "
          f"{len(problems)} differences, {time.monotonic() - t0:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
