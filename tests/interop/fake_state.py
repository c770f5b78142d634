#!/usr/bin/env python3
"""awsjobs-fake's own state, with the real AWS CLI and the control API: jobs that run by themselves,
accounts and regions, the fake clock, injected errors, and the command line.

Usage: fake_state.py AWSJOBS_FAKE WORK_DIR

1. The command line: --help documents every option (exit 0); an unknown option, a value out of
   range and --region without --credentials are refused (exit 2, the option named).
2. One fake (the job duration 2 s by default), Debian's AWS CLI 2.9.19 (fake_server_cli.py's recipe),
   three sequences at once, and a fourth on a second fake (step 3):
   - Data Exchange: create-job, start-job, get-job polled until COMPLETED (within 10 s), with UpdatedAt
     2 s after CreatedAt at least, cancel-job of it (ConflictException);
   - SES v2: create-import-job, polled until COMPLETED with its counts; create-export-job, polled
     until COMPLETED with its Statistics, cancel-export-job of it (BadRequestException);
   - accounts and regions: a job created with another access key id in eu-west-1 has that
     region and the key's account in its ARN; the first key does not see it (ResourceNotFoundException),
     nor does the same key in us-west-2; a list-jobs NextToken lists the next page for the request that
     made it, and is a ValidationException for another account or other filters; list-jobs
     --max-results 500 and create-job with an unknown --type are ValidationExceptions.
3. A fake whose jobs run 600 s (--job-duration 600): a started job IN_PROGRESS; the control API's
   advance, 600 s (the job COMPLETED at once, UpdatedAt moved by the advance); injected throttling that the CLI retries through (AWS_MAX_ATTEMPTS=3, standard mode)
   and, with AWS_MAX_ATTEMPTS=1, sees (ThrottlingException, exit 254); an injected 503 retried
   through; every 2nd request throttled; a job advanced alone (advance {"job_id"}); with --max-jobs 3,
   a 4th job refused with Data Exchange's ServiceLimitExceededException.
4. The control API refuses garbage with a 400 (or 404, 405) and a message naming what is wrong,
   and still answers; 32 connections at once, 10 requests each, all answered; reset empties it.
5. SIGTERM: both fakes exit 0 having served exactly the requests made.
6. --state: 24 Data Exchange jobs created by 8 clients at once and one started, then kill -9: a
   restart has every one (the started one running or done), and so has a restart after SIGTERM;
   new jobs get new ids; a truncated state file, one with a member of the wrong type and one that is
   not JSON are refused (exit 1) with the file, what is wrong and where.

Exit status 0 when all match, 1 with each difference listed otherwise, 2 when the setup fails.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import http.client
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cli_interop  # noqa: E402  (the CLI recipe: environment, finding Debian's aws)
from fake_server_cli import CLI_ERROR, MODELS, start_server, stop_server  # noqa: E402

OPTIONS = ["--jobs", "--state", "--max-jobs", "--job-duration", "--port", "--threads", "--max-requests", "--credentials", "--region",
           "--window", "--clock-offset", "--tls-cert", "--tls-key", "--help"]
DETAILS = json.dumps({"ImportAssetsFromS3": {"AssetSources": [{"Bucket": "amzn-s3-demo-bucket", "Key": "k"}],
                                             "DataSetId": "14EXAMPLE4460dc9b005a0dEXAMPLE2f",
                                             "RevisionId": "e5EXAMPLE224f879066f999EXAMPLE42"}})
OTHER_KEY = "AKIDOTHERACCOUNT"


class Fake:
    """The CLI and the control API against one fake; counts the requests it must have served."""

    def __init__(self, aws: str, env: dict, port: int):
        self.aws, self.env, self.port = aws, env, port
        self.problems: list[str] = []
        self.requests = 0
        self.calls = 0

    def cli(self, service: str, *args: str, region: str = "us-east-1", requests: int = 1,
            env: dict | None = None) -> subprocess.CompletedProcess:
        self.requests += requests
        self.calls += 1
        return subprocess.run([self.aws, service, *args, "--endpoint-url", f"http://127.0.0.1:{self.port}",
                               "--region", region, "--output", "json", "--no-cli-pager",
                               "--cli-connect-timeout", "10", "--cli-read-timeout", "20"],
                              env={**self.env, **(env or {})}, stdin=subprocess.DEVNULL, capture_output=True,
                              text=True, timeout=120)

    def ok(self, service: str, *args: str, **kw) -> dict:
        p = self.cli(service, *args, **kw)
        if p.returncode != 0:
            self.problems.append(f"aws {service} {' '.join(args)}: exit {p.returncode}: {p.stderr.strip()}")
            return {}
        return json.loads(p.stdout) if p.stdout.strip() else {}

    def fails(self, code: str, operation: str, service: str, *args: str, **kw) -> None:
        p = self.cli(service, *args, **kw)
        match = CLI_ERROR.search(p.stderr)
        where = f"aws {service} {' '.join(args)}"
        if p.returncode != 254 or not match or (match["code"], match["op"]) != (code, operation):
            self.problems.append(f"{where}: exit {p.returncode}, expected 254 and {code} from {operation}: "
                                 f"{p.stderr.strip()}")

    def expect(self, what: str, actual, expected) -> None:
        if actual != expected:
            self.problems.append(f"{what}: {actual!r}, expected {expected!r}")

    def control(self, method: str, command: str, body: bytes | None = None) -> tuple[int, dict]:
        self.requests += 1
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            connection.request(method, f"/_awsjobs-fake/{command}", body=body)
            response = connection.getresponse()
            return response.status, json.loads(response.read())
        finally:
            connection.close()

    def poll(self, service: str, command: str, job_id: str, status_member: str, terminal: str) -> dict:
        """Gets the job once a second until it is `terminal`, for 10 s at most."""
        for _ in range(10):
            job = self.ok(service, command, "--job-id", job_id)
            if job.get(status_member) == terminal or not job:
                break
            time.sleep(1)
        self.expect(f"{service} {job_id}: {status_member} after polling", job.get(status_member), terminal)
        return job


def instant(text: str) -> float:
    return datetime.datetime.fromisoformat(text).timestamp()


def check_command_line(fake_path: str, problems: list[str]) -> None:
    p = subprocess.run([fake_path, "--help"], capture_output=True, text=True, timeout=20)
    missing = [o for o in OPTIONS if not re.search(rf"^\s+{re.escape(o)}\b", p.stdout, re.M)]
    if p.returncode != 0 or missing or "/_awsjobs-fake/inject" not in p.stdout:
        problems.append(f"--help: exit {p.returncode}, options not documented: {missing}")
    for args, message in [(["--bogus", "1"], "unknown option --bogus"),
                          (["--threads", "0"], "--threads 0: expected 1 to 64 threads"),
                          (["--job-duration", "soon"], "--job-duration soon: expected 0 to 86400 seconds, or manual"),
                          (["--region", "eu-west-1"], "--region, --window and --clock-offset need --credentials")]:
        p = subprocess.run([fake_path, *args], capture_output=True, text=True, timeout=20)
        if p.returncode != 2 or message not in p.stderr or p.stdout:
            problems.append(f"awsjobs-fake {' '.join(args)}: exit {p.returncode}, {p.stderr.strip()!r}, "
                            f"expected 2 and {message!r}")


def dataexchange_life(fake: Fake) -> None:
    job = fake.ok("dataexchange", "create-job", "--type", "IMPORT_ASSETS_FROM_S3", "--details", DETAILS)
    job_id = job.get("Id", "")
    fake.expect("create-job State", job.get("State"), "WAITING")
    fake.ok("dataexchange", "start-job", "--job-id", job_id)
    done = fake.poll("dataexchange", "get-job", job_id, "State", "COMPLETED")
    # Completed the job duration (2 s) after start-job, which came after create-job.
    if done and not instant(done["UpdatedAt"]) >= instant(done["CreatedAt"]) + 2:
        fake.problems.append(f"get-job: UpdatedAt {done['UpdatedAt']} is not 2 s after CreatedAt {done['CreatedAt']}")
    fake.fails("ConflictException", "CancelJob", "dataexchange", "cancel-job", "--job-id", job_id)


def sesv2_life(fake: Fake) -> None:
    imported = fake.ok("sesv2", "create-import-job", "--import-destination",
                       '{"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}}',
                       "--import-data-source", '{"S3Url": "s3://amzn-s3-demo-bucket/list.csv", "DataFormat": "CSV"}')
    job = fake.poll("sesv2", "get-import-job", imported.get("JobId", ""), "JobStatus", "COMPLETED")
    fake.expect("get-import-job counts", (job.get("ProcessedRecordsCount"), job.get("FailedRecordsCount")), (100, 0))
    exported = fake.ok("sesv2", "create-export-job", "--export-data-source",
                       '{"MetricsDataSource": {"Dimensions": {"EMAIL_IDENTITY": ["example.com"]}, "Namespace": "VDM",'
                       ' "Metrics": [{"Name": "SEND", "Aggregation": "VOLUME"}], "StartDate": 1767225600,'
                       ' "EndDate": 1767312000}}',
                       "--export-destination", '{"DataFormat": "CSV"}')
    job = fake.poll("sesv2", "get-export-job", exported.get("JobId", ""), "JobStatus", "COMPLETED")
    fake.expect("get-export-job Statistics", job.get("Statistics"),
                {"ProcessedRecordsCount": 100, "ExportedRecordsCount": 100})
    fake.fails("BadRequestException", "CancelExportJob", "sesv2", "cancel-export-job", "--job-id",
               exported.get("JobId", ""))


def accounts(fake: Fake) -> None:
    other = {"AWS_ACCESS_KEY_ID": OTHER_KEY}
    job = fake.ok("dataexchange", "create-job", "--type", "IMPORT_ASSETS_FROM_S3", "--details", DETAILS,
                  region="eu-west-1", env=other)
    arn = job.get("Arn", "")
    match = re.fullmatch(r"arn:aws:dataexchange:eu-west-1:(\d{12}):jobs/([0-9a-f]{32})", arn)
    if not match or match[2] != job.get("Id") or match[1] == "123456789012":
        fake.problems.append(f"create-job with {OTHER_KEY} in eu-west-1: Arn {arn!r}")
    fake.expect("get-job by its own account",
                fake.ok("dataexchange", "get-job", "--job-id", job.get("Id", ""), region="eu-west-1", env=other).get("Arn"),
                arn)
    fake.fails("ResourceNotFoundException", "GetJob", "dataexchange", "get-job", "--job-id", job.get("Id", ""),
               region="eu-west-1")
    fake.fails("ResourceNotFoundException", "GetJob", "dataexchange", "get-job", "--job-id", job.get("Id", ""),
               region="us-west-2", env=other)
    # A token is bound to the request that made it: account, region, filters.
    second = fake.ok("dataexchange", "create-job", "--type", "IMPORT_ASSETS_FROM_S3", "--details", DETAILS,
                     region="eu-west-1", env=other)
    first_page = fake.ok("dataexchange", "list-jobs", "--no-paginate", "--max-results", "1", region="eu-west-1", env=other)
    token = first_page.get("NextToken", "none")
    fake.expect("list-jobs with its own token",
                [j["Id"] for j in fake.ok("dataexchange", "list-jobs", "--no-paginate", "--next-token", token,
                                          region="eu-west-1", env=other).get("Jobs", [])], [second.get("Id")])
    fake.fails("ValidationException", "ListJobs", "dataexchange", "list-jobs", "--no-paginate", "--next-token", token,
               region="eu-west-1")
    fake.fails("ValidationException", "ListJobs", "dataexchange", "list-jobs", "--no-paginate", "--next-token", token,
               "--data-set-id", "14EXAMPLE4460dc9b005a0dEXAMPLE2f", region="eu-west-1", env=other)
    fake.fails("ValidationException", "ListJobs", "dataexchange", "list-jobs", "--max-results", "500", "--no-paginate")
    fake.fails("ValidationException", "CreateJob", "dataexchange", "create-job", "--type", "IMPORT_EVERYTHING",
               "--details", DETAILS)


def time_and_errors(fake: Fake) -> None:
    """On a fake of its own, whose jobs run 600 s."""
    job = fake.ok("dataexchange", "create-job", "--type", "IMPORT_ASSETS_FROM_S3", "--details", DETAILS)
    fake.ok("dataexchange", "start-job", "--job-id", job.get("Id", ""))
    fake.expect("get-job after start-job", fake.ok("dataexchange", "get-job", "--job-id", job.get("Id", "")).get("State"),
                "IN_PROGRESS")
    status, state = fake.control("POST", "advance", b'{"seconds": 600}')
    fake.expect("advance", (status, state.get("clock_offset_seconds")), (200, 600))
    done = fake.ok("dataexchange", "get-job", "--job-id", job.get("Id", ""))
    fake.expect("get-job after advance", done.get("State"), "COMPLETED")
    if done and not instant(done["UpdatedAt"]) >= instant(done["CreatedAt"]) + 600:
        fake.problems.append(f"after advancing 600 s: UpdatedAt {done['UpdatedAt']}, CreatedAt {done['CreatedAt']}")

    retried = {"AWS_MAX_ATTEMPTS": "3", "AWS_RETRY_MODE": "standard"}
    status, state = fake.control("POST", "inject", b'{"next": 2}')
    fake.expect("inject next 2", (status, state.get("injected_next")), (200, 2))
    fake.ok("dataexchange", "list-jobs", requests=3, env=retried)
    fake.control("POST", "inject", b'{"next": 1}')
    fake.fails("ThrottlingException", "ListJobs", "dataexchange", "list-jobs")
    fake.control("POST", "inject", b'{"next": 1, "status": 503, "code": "ServiceUnavailableException",'
                                   b' "message": "Please try again"}')
    fake.ok("sesv2", "list-import-jobs", requests=2, env=retried)
    fake.control("POST", "inject", b'{"every": 2}')
    fake.ok("importexport", "list-jobs")
    fake.fails("ThrottlingException", "ListJobs", "importexport", "list-jobs")
    status, state = fake.control("POST", "reset")
    fake.expect("reset", (status, state), (200, {"clock_offset_seconds": 0, "injected_next": 0, "injected_every": 0,
                                                 "injected": [], "rules": [], "accounts": []}))
    # A job advanced alone (unsigned: account 123456789012): COMPLETED at once.
    create = json.dumps({"Type": "IMPORT_ASSETS_FROM_S3", "Details": json.loads(DETAILS)}).encode()
    _, job = http_json(fake.port, "POST", "/v1/jobs", create)
    started, _ = http_json(fake.port, "PATCH", f"/v1/jobs/{job.get('Id')}")
    running = http_json(fake.port, "GET", f"/v1/jobs/{job.get('Id')}")[1].get("State")
    advanced, _ = http_json(fake.port, "POST", "/_awsjobs-fake/advance", json.dumps({"job_id": job.get("Id")}).encode())
    done = http_json(fake.port, "GET", f"/v1/jobs/{job.get('Id')}")[1].get("State")
    fake.requests += 5
    fake.expect("advance one job", (started, running, advanced, done), (202, "IN_PROGRESS", 200, "COMPLETED"))
    # --max-jobs 3: the 4th Data Exchange job of an account (unsigned: 123456789012) is refused.
    statuses = []
    for _ in range(4):
        connection = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=20)
        connection.request("POST", "/v1/jobs", body=create)
        response = connection.getresponse()
        statuses.append((response.status, response.getheader("x-amzn-ErrorType")))
        response.read()
        connection.close()
    fake.requests += len(statuses)
    fake.expect("--max-jobs 3: 4 more create-job", statuses,
                [(201, None)] * 2 + [(400, "ServiceLimitExceededException")] * 2)


def control_garbage(fake: Fake) -> None:
    cases = [("POST", "advance", b'{"seconds": "soon"}', 400, r"advance: the body is not the JSON expected: "
                                                             r"type_mismatch at offset \d+, \$\.seconds"),
             ("POST", "advance", b'{"seconds": -5}', 400, r'"seconds" must be a number above 0'),
             ("POST", "advance", b'{"seconds": 5, "job_id": "x"}', 400, r'give one of "seconds"'),
             ("POST", "advance", b'{"job_id": "no-such-job"}', 404, r"job no-such-job has no change to make"),
             ("POST", "advance", b"", 400, r"advance: the body is not the JSON expected"),
             ("POST", "advance", b"\xff\xfe{[", 400, r"advance: the body is not the JSON expected"),
             ("POST", "inject", b'{"next": 1, "every": 2}', 400, r'give one of "next"'),
             ("POST", "inject", b'{"next": 1, "status": 200}', 400, r'"status" must be 400 to 599'),
             ("POST", "inject", b'{"next": 0}', 400, r'"next" must be 1 to 1000000'),
             ("POST", "inject", b'{"next": [' + b"1," * 100 + b"1]}", 400, r"the body is not the JSON expected"),
             ("POST", "nothing", b"{}", 404, r"no command /_awsjobs-fake/nothing"),
             ("GET", "reset", None, 405, r"/_awsjobs-fake/reset takes POST")]
    for method, command, body, status, message in cases:
        got, answer = fake.control(method, command, body)
        if got != status or not re.search(message, answer.get("error", "")):
            fake.problems.append(f"{method} /_awsjobs-fake/{command} {body[:40]!r}: {got} {answer}, "
                                 f"expected {status} and {message!r}")
    fake.expect("state after garbage", fake.control("GET", "state")[0], 200)


def many_connections(fake: Fake) -> None:
    def client(_: int) -> list[int]:
        connection = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=20)
        statuses = []
        for _ in range(10):
            connection.request("GET", "/_awsjobs-fake/state")
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
        connection.close()
        return statuses

    with concurrent.futures.ThreadPoolExecutor(max_workers=32) as pool:
        statuses = [s for result in pool.map(client, range(32)) for s in result]
    fake.requests += len(statuses)
    fake.expect("32 connections x 10 requests", (len(statuses), set(statuses)), (320, {200}))


def http_json(port: int, method: str, target: str, body: bytes | None = None) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        connection.request(method, target, body=body)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        connection.close()


def persistence(server: str, work: Path, problems: list[str]) -> None:
    """--state: every acknowledged job survives kill -9 and SIGTERM; a corrupt file is refused."""
    state = work / "state.json"
    state.unlink(missing_ok=True)
    process, port = start_server(server, work / "jobs.json", "--state", str(state), "--threads", "4")
    create = json.dumps({"Type": "IMPORT_ASSETS_FROM_S3", "Details": json.loads(DETAILS)}).encode()

    def created(_: int) -> str:
        status, job = http_json(port, "POST", "/v1/jobs", create)
        return job.get("Id", "") if status == 201 or status == 200 else f"status {status}"

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        ids = list(pool.map(created, range(24)))
    started = ids[0]
    status, _ = http_json(port, "PATCH", f"/v1/jobs/{started}")
    process.kill()  # kill -9: no chance to write anything more
    process.wait(timeout=20)
    if status != 202 or not all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids):
        problems.append(f"--state: create-job answered {ids}, start-job {status}")
    for restart in ("after kill -9", "after SIGTERM"):
        process, port = start_server(server, work / "jobs.json", "--state", str(state))
        found = [http_json(port, "GET", f"/v1/jobs/{i}") for i in ids]
        lost = [i for i, (status, job) in zip(ids, found) if status != 200 or job.get("Id") != i]
        if lost:
            problems.append(f"--state: {restart}, {len(lost)} of {len(ids)} acknowledged jobs lost: {lost[:3]}")
        if found[0][1].get("State") not in ("IN_PROGRESS", "COMPLETED"):
            problems.append(f"--state: {restart}, the started job is {found[0][1].get('State')}")
        _, more = http_json(port, "POST", "/v1/jobs", create)
        if more.get("Id") in ids:
            problems.append(f"--state: {restart}, a new job has an old job's id {more.get('Id')}")
        ids.append(more.get("Id", ""))
        stop_server(process, len(ids), problems)

    text = state.read_text()
    for name, content, message in [
            ("truncated", text[: len(text) // 2], r"not a state of awsjobs-fake: syntax at offset \d+, \$\.partitions\[0\]"),
            ("wrong type", text.replace('"created":', '"created":"many","was":', 1),
             r"not a state of awsjobs-fake: type_mismatch at offset \d+, \$\.created: expected integer"),
            ("not JSON", "\x00garbage", r"not a state of awsjobs-fake: syntax at offset 0")]:
        corrupt = work / f"corrupt-{name.replace(' ', '-')}.json"
        corrupt.write_text(content)
        try:
            p = subprocess.run([server, "--state", str(corrupt)], capture_output=True, text=True, timeout=10)
        except subprocess.TimeoutExpired:
            problems.append(f"--state, {name} file: the fake started (killed after 10 s) instead of refusing it")
            continue
        if p.returncode != 1 or p.stdout or not re.search(re.escape(str(corrupt)) + ": " + message, p.stderr):
            problems.append(f"--state, {name} file: exit {p.returncode}, {p.stdout!r} {p.stderr.strip()!r}, "
                            f"expected 1 and {message!r}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    server, work = argv[0], Path(argv[1])
    work.mkdir(parents=True, exist_ok=True)
    jobs = work / "jobs.json"
    jobs.write_text("{}")
    t0 = time.monotonic()
    try:
        aws = cli_interop.find_aws(None)
    except cli_interop.DriverError as e:
        print(f"fake_state: {e}", file=sys.stderr)
        return 2
    problems: list[str] = []
    check_command_line(server, problems)
    with tempfile.TemporaryDirectory(prefix="fake-state-") as home:
        Path(home, "config").write_text("")
        Path(home, "credentials").write_text("")
        env = cli_interop.cli_env(MODELS.resolve(), str(Path(home, "config")), str(Path(home, "credentials")), home)
        process, port = start_server(server, jobs)
        slow_process, slow_port = start_server(server, jobs, "--job-duration", "600", "--threads", "1",
                                               "--max-jobs", "3")
        fakes = [Fake(aws, env, port) for _ in range(3)]
        slow = Fake(aws, env, slow_port)
        try:
            with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
                for future in [pool.submit(dataexchange_life, fakes[0]), pool.submit(sesv2_life, fakes[1]),
                               pool.submit(accounts, fakes[2]), pool.submit(time_and_errors, slow)]:
                    future.result()
            control_garbage(fakes[1])
            many_connections(fakes[2])
        except Exception as e:  # a sequence that crashed is a failure, said as such
            problems.append(f"a sequence stopped: {e!r}")
        finally:
            stop_server(process, sum(f.requests for f in fakes), problems)
            stop_server(slow_process, slow.requests, problems)
        fakes.append(slow)
    persistence(server, work, problems)
    for fake in fakes:
        problems += fake.problems
    for problem in problems:
        print("FAIL:", problem)
    print(f"fake_state: {sum(f.calls for f in fakes)} AWS CLI calls, {sum(f.requests for f in fakes)} requests, "
          f"{len(problems)} differences, {time.monotonic() - t0:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
