#!/usr/bin/env python3
"""The real AWS CLI runs every job operation against tools/awsjobs-fake: a job's whole life.

Usage: fake_server_lifecycle.py FAKE_SERVER WORK_DIR

Starts the fake server with a small table (an Import/Export job that has started, which can be
neither updated nor cancelled; an SES v2 export job that has ended; an error entry for StartJob), where
jobs change only when asked (--job-duration manual), and runs Debian's AWS CLI 2.9.19 against it (fake_server_cli.py's
recipe: isolated HOME, dummy credentials, AWS_MAX_ATTEMPTS=1, tests/data/models in AWS_DATA_PATH),
the three services in parallel, each in order:

- Data Exchange: create-job (5 jobs) -> start-job -> get-job -> list-jobs (whole, by pages of 2
  with --page-size, --max-items/--starting-token, one page with --no-paginate --max-results) ->
  cancel-job of a WAITING job (allowed) and of an IN_PROGRESS one (ConflictException), start-job
  twice (ConflictException), an unknown job (ResourceNotFoundException), the table's error.
- SES v2: create/get/list-import-job(s) (destination filter, --page-size/--next-token) in the
  current model's form (POST .../import-jobs/list) and in the CLI 2.9.19 model's (GET
  .../import-jobs, AWS_DATA_PATH unset), which has no export jobs (the CLI refuses
  get-export-job: so with AWS_DATA_PATH the CLI uses tests/data/models);
  create/get/list-export-job(s) (a map in the data source, filters, paging), cancel-export-job
  of a CREATED job and of a CANCELLED or COMPLETED one (BadRequestException).
- Import/Export: create-job (3 jobs, and one --validate-only that creates none), get-status,
  list-jobs (by pages of 2 with --page-size, --max-items/--starting-token by Marker),
  update-job, get-shipping-label, cancel-job of a Pending job, then that job's
  CanceledJobIdException, and UnableTo{Update,Cancel}JobIdException for the started job.

Every check is on the values the CLI prints (or its exit status 254 and its "An error occurred
(CODE) when calling the OP operation: MESSAGE"), and the server must stop having served exactly
the requests the CLI had to make (one per page). Exit status 0 when all match, 1 with each
difference listed otherwise, 2 when the setup fails.
"""

from __future__ import annotations

import concurrent.futures
import datetime
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

STARTED_JOB = "STRTD"  # the table's Import/Export job that AWS has received: ProgressCode Complete
ENDED_EXPORT = "0f3b2d8a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"  # the table's SES v2 export job, COMPLETED
TABLE = {"importexport": [{"JobId": STARTED_JOB, "JobType": "Import", "ProgressCode": "Complete",
                           "LocationCode": "Returned", "CreationDate": "2026-01-01T00:00:00Z"}],
         "sesv2_export": [{"JobId": ENDED_EXPORT, "ExportSourceType": "MESSAGE_INSIGHTS", "JobStatus": "COMPLETED",
                           "CreatedTimestamp": 1767225600, "CompletedTimestamp": 1767229200}],
         "errors": [{"operation": "StartJob", "job_id": "throttledEXAMPLE0a1b2c3d4EXAMPLE", "code": "ThrottlingException",
                     "message": "Rate exceeded"}]}
ACCOUNT = "008193233502"  # awsjobs-fake's account id for the CLI recipe's access key id, AKIDEXAMPLE
NOW_SLACK = 600  # seconds: a created job's timestamp is the server's clock


class Run:
    """One service's sequence of CLI calls, its problems and the requests the server must see."""

    def __init__(self, aws: str, env: dict, port: int, service: str):
        self.aws, self.env, self.port, self.service = aws, env, port, service
        self.problems: list[str] = []
        self.requests = 0
        self.calls = 0

    def cli(self, *args: str, pages: int = 1, env: dict | None = None) -> subprocess.CompletedProcess:
        self.requests += pages
        self.calls += 1
        return subprocess.run([self.aws, self.service, *args, "--endpoint-url", f"http://127.0.0.1:{self.port}",
                               "--region", "us-east-1", "--output", "json", "--no-cli-pager",
                               "--cli-connect-timeout", "10", "--cli-read-timeout", "20"],
                              env=env or self.env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=120)

    def ok(self, *args: str, pages: int = 1, env: dict | None = None) -> dict:
        """The CLI's JSON output of a call that must succeed ({} when it prints nothing)."""
        p = self.cli(*args, pages=pages, env=env)
        if p.returncode != 0:
            self.problems.append(f"aws {self.service} {' '.join(args)}: exit {p.returncode}: {p.stderr.strip()}")
            return {}
        return json.loads(p.stdout) if p.stdout.strip() else {}

    def fails(self, operation: str, code: str, message: str, *args: str, env: dict | None = None) -> None:
        """A call that must fail with the service error `code` and a message matching `message`."""
        p = self.cli(*args, env=env)
        match = CLI_ERROR.search(p.stderr)
        where = f"aws {self.service} {' '.join(args)}"
        if p.returncode != 254 or not match:
            self.problems.append(f"{where}: exit {p.returncode}, expected 254 and {code}: {p.stderr.strip()}")
        elif (match["code"], match["op"]) != (code, operation) or not re.fullmatch(message, match["message"].strip()):
            self.problems.append(f"{where}: the CLI printed {match.group(0).strip()!r}, expected {code} from "
                                 f"{operation}: {message}")

    def expect(self, what: str, actual, expected) -> None:
        if actual != expected:
            self.problems.append(f"{self.service}: {what}: {actual!r}, expected {expected!r}")

    def expect_now(self, what: str, printed) -> None:
        """A timestamp the CLI printed (ISO 8601) within NOW_SLACK of this clock."""
        try:
            instant = datetime.datetime.fromisoformat(printed).timestamp()
        except (TypeError, ValueError):
            self.problems.append(f"{self.service}: {what}: {printed!r} is no timestamp")
            return
        if abs(instant - time.time()) > NOW_SLACK:
            self.problems.append(f"{self.service}: {what}: {printed!r} is not now")


def dataexchange(run: Run) -> None:
    ids = []
    for i in range(5):
        details = {"ImportAssetsFromS3": {"AssetSources": [{"Bucket": "amzn-s3-demo-bucket", "Key": f"key-{i}"}],
                                          "DataSetId": "14EXAMPLE4460dc9b005a0dEXAMPLE2f",
                                          "RevisionId": "e5EXAMPLE224f879066f999EXAMPLE42"}}
        job = run.ok("create-job", "--type", "IMPORT_ASSETS_FROM_S3", "--details", json.dumps(details))
        job_id = job.get("Id", "")
        if not re.fullmatch(r"[0-9a-f]{32}", job_id):
            run.problems.append(f"dataexchange: create-job printed the Id {job_id!r}: not 32 hex digits")
        run.expect("create-job Arn", job.get("Arn"), f"arn:aws:dataexchange:us-east-1:{ACCOUNT}:jobs/{job_id}")
        run.expect("create-job State, Type, Details", (job.get("State"), job.get("Type"), job.get("Details")),
                   ("WAITING", "IMPORT_ASSETS_FROM_S3", details))
        run.expect_now("create-job CreatedAt", job.get("CreatedAt"))
        ids.append(job_id)
    if len(set(ids)) != len(ids):
        run.problems.append(f"dataexchange: create-job gave the same id twice: {ids}")

    run.expect("start-job's output", run.ok("start-job", "--job-id", ids[0]), {})
    run.expect("get-job State after start-job", run.ok("get-job", "--job-id", ids[0]).get("State"), "IN_PROGRESS")
    run.fails("StartJob", "ConflictException", f"Job {ids[0]} is IN_PROGRESS, not WAITING", "start-job", "--job-id", ids[0])

    listed = run.ok("list-jobs")
    run.expect("list-jobs", [(j["Id"], j["State"]) for j in listed.get("Jobs", [])],
               [(ids[0], "IN_PROGRESS")] + [(i, "WAITING") for i in ids[1:]])
    run.expect("list-jobs --page-size 2 (3 pages)", [j["Id"] for j in run.ok("list-jobs", "--page-size", "2", pages=3)
                                                     .get("Jobs", [])], ids)
    one_page = run.ok("list-jobs", "--no-paginate", "--max-results", "2")
    run.expect("list-jobs --no-paginate --max-results 2 (the token: a 16-digit tag, then the index)",
               ([j["Id"] for j in one_page.get("Jobs", [])],
                bool(re.fullmatch(r"[0-9a-f]{16}2", one_page.get("NextToken", "")))), (ids[:2], True))
    seen, token, rounds = [], None, 0
    while rounds < 5:
        rounds += 1
        args = ["list-jobs", "--max-items", "2", "--page-size", "2"] + (["--starting-token", token] if token else [])
        page = run.ok(*args)
        seen += [j["Id"] for j in page.get("Jobs", [])]
        token = page.get("NextToken")
        if not token:
            break
    run.expect("list-jobs --max-items 2 --starting-token (3 calls)", (seen, rounds), (ids, 3))

    run.expect("cancel-job of a WAITING job", run.ok("cancel-job", "--job-id", ids[1]), {})
    run.expect("get-job State after cancel-job", run.ok("get-job", "--job-id", ids[1]).get("State"), "CANCELLED")
    run.fails("CancelJob", "ConflictException", f"Job {ids[0]} is IN_PROGRESS: only a WAITING job can be cancelled",
              "cancel-job", "--job-id", ids[0])
    run.fails("GetJob", "ResourceNotFoundException", "No job 0123456789abcdef0123456789abcdef",
              "get-job", "--job-id", "0123456789abcdef0123456789abcdef")
    run.fails("StartJob", "ThrottlingException", "Rate exceeded", "start-job", "--job-id", "throttledEXAMPLE0a1b2c3d4EXAMPLE")


UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def wire_form(stderr: str) -> tuple[str, str]:
    """The method and path the CLI's --debug log says it sent."""
    match = re.search(r"'url_path': '([^']*)'.*?'method': '([A-Z]+)'", stderr, re.S)
    return (match[2], match[1]) if match else ("", "")


def sesv2(run: Run, legacy_env: dict) -> None:
    source = {"S3Url": "s3://amzn-s3-demo-bucket/contacts.csv", "DataFormat": "CSV"}
    destinations = [{"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}},
                    {"SuppressionListDestination": {"SuppressionListImportAction": "DELETE"}},
                    {"ContactListDestination": {"ContactListName": "customers", "ContactListImportAction": "PUT"}}]
    imports = []
    for destination in destinations:
        job_id = run.ok("create-import-job", "--import-destination", json.dumps(destination),
                        "--import-data-source", json.dumps(source)).get("JobId", "")
        if not re.fullmatch(UUID, job_id):
            run.problems.append(f"sesv2: create-import-job printed the JobId {job_id!r}: not a UUID")
        imports.append(job_id)
    job = run.ok("get-import-job", "--job-id", imports[2])
    run.expect("get-import-job", (job.get("JobId"), job.get("JobStatus"), job.get("ImportDestination"),
                                  job.get("ImportDataSource")), (imports[2], "CREATED", destinations[2], source))
    run.expect_now("get-import-job CreatedTimestamp", job.get("CreatedTimestamp"))
    run.fails("GetImportJob", "NotFoundException", "No job missing-job", "get-import-job", "--job-id", "missing-job")

    # The current model's form, then the CLI 2.9.19 model's (AWS_DATA_PATH unset): both are read.
    for label, env, form in (("current model", None, ("POST", "/v2/email/import-jobs/list")),
                             ("CLI 2.9.19 model", legacy_env, ("GET", "/v2/email/import-jobs"))):
        p = run.cli("list-import-jobs", "--debug", env=env)
        run.expect(f"list-import-jobs ({label}): exit status", p.returncode, 0)
        run.expect(f"list-import-jobs ({label}): the request", wire_form(p.stderr), form)
        if p.returncode == 0:
            listed = json.loads(p.stdout).get("ImportJobs", [])
            run.expect(f"list-import-jobs ({label})", [(j["JobId"], j["JobStatus"], j["ImportDestination"])
                                                       for j in listed],
                       [(i, "CREATED", d) for i, d in zip(imports, destinations)])
        first = run.ok("list-import-jobs", "--page-size", "2", env=env)
        rest = run.ok("list-import-jobs", "--page-size", "2", "--next-token", first.get("NextToken", "none"), env=env)
        run.expect(f"list-import-jobs --page-size 2 --next-token ({label})",
                   ([j["JobId"] for j in first.get("ImportJobs", [])], [j["JobId"] for j in rest.get("ImportJobs", [])],
                    "NextToken" in rest), (imports[:2], imports[2:], False))
    contacts = run.ok("list-import-jobs", "--import-destination-type", "CONTACT_LIST")
    run.expect("list-import-jobs --import-destination-type CONTACT_LIST",
               [j["JobId"] for j in contacts.get("ImportJobs", [])], imports[2:])
    run.fails("ListImportJobs", "BadRequestException", "PageSize must be 1 to 100, not 101",
              "list-import-jobs", "--page-size", "101")

    # The CLI's own model has no export jobs: with AWS_DATA_PATH it uses tests/data/models'.
    p = run.cli("get-export-job", "--job-id", "x", pages=0, env=legacy_env)
    if p.returncode != 252 or "Invalid choice" not in p.stderr:
        run.problems.append(f"sesv2: the CLI 2.9.19 model knows get-export-job (exit {p.returncode}): "
                            "AWS_DATA_PATH proves nothing")
    sources = [{"MetricsDataSource": {"Dimensions": {"EMAIL_IDENTITY": ["sender@example.com"],
                                                     "ISP": ["Gmail", "Yahoo"]},
                                      "Namespace": "VDM", "Metrics": [{"Name": "SEND", "Aggregation": "VOLUME"}],
                                      "StartDate": "2026-01-01T00:00:00+00:00", "EndDate": "2026-01-02T00:00:00+00:00"}},
               {"MessageInsightsDataSource": {"StartDate": "2026-01-01T00:00:00+00:00",
                                              "EndDate": "2026-01-02T00:00:00+00:00", "MaxResults": 100}}]
    destination = {"DataFormat": "CSV", "S3Url": "s3://amzn-s3-demo-bucket/exports"}
    exports = [run.ok("create-export-job", "--export-data-source", json.dumps(s),
                      "--export-destination", json.dumps(destination)).get("JobId", "") for s in sources]
    for job_id, source_type, data_source in zip(exports, ("METRICS_DATA", "MESSAGE_INSIGHTS"), sources):
        job = run.ok("get-export-job", "--job-id", job_id)
        run.expect("get-export-job", (job.get("JobId"), job.get("ExportSourceType"), job.get("JobStatus"),
                                      job.get("ExportDataSource"), job.get("ExportDestination")),
                   (job_id, source_type, "CREATED", data_source, destination))
        run.expect_now("get-export-job CreatedTimestamp", job.get("CreatedTimestamp"))
    first = run.ok("list-export-jobs", "--page-size", "2")
    rest = run.ok("list-export-jobs", "--page-size", "2", "--next-token", first.get("NextToken", "none"))
    run.expect("list-export-jobs --page-size 2 --next-token",
               ([(j["JobId"], j["ExportSourceType"], j["JobStatus"]) for j in first.get("ExportJobs", [])],
                [j["JobId"] for j in rest.get("ExportJobs", [])], "NextToken" in rest),
               ([(ENDED_EXPORT, "MESSAGE_INSIGHTS", "COMPLETED"), (exports[0], "METRICS_DATA", "CREATED")],
                exports[1:], False))

    run.expect("cancel-export-job of a CREATED job", run.ok("cancel-export-job", "--job-id", exports[0]), {})
    job = run.ok("get-export-job", "--job-id", exports[0])
    run.expect("get-export-job JobStatus after cancel-export-job", job.get("JobStatus"), "CANCELLED")
    run.expect_now("get-export-job CompletedTimestamp after cancel-export-job", job.get("CompletedTimestamp"))
    run.fails("CancelExportJob", "BadRequestException", f"Job {exports[0]} is CANCELLED: it has ended",
              "cancel-export-job", "--job-id", exports[0])
    run.fails("CancelExportJob", "BadRequestException", f"Job {ENDED_EXPORT} is COMPLETED: it has ended",
              "cancel-export-job", "--job-id", ENDED_EXPORT)
    cancelled = run.ok("list-export-jobs", "--job-status", "CANCELLED")
    run.expect("list-export-jobs --job-status CANCELLED", [j["JobId"] for j in cancelled.get("ExportJobs", [])],
               exports[:1])


def importexport(run: Run) -> None:
    manifest = "manifestVersion:2.0\ngenerator:Text editor\nbucket:amzn-s3-demo-bucket\ndeviceId:{}"
    ids = []
    for i in range(3):
        job = run.ok("create-job", "--job-type", "Import", "--manifest", manifest.format(i), "--no-validate-only")
        job_id = job.get("JobId", "")
        if not re.fullmatch(r"[A-Z0-9]{5}", job_id):
            run.problems.append(f"importexport: create-job printed the JobId {job_id!r}: not 5 letters and digits")
        run.expect("create-job", (job.get("JobType"), job.get("Signature"), job.get("SignatureFileContents")),
                   ("Import", f"awsjobs-fake-signature-{job_id}",
                    f"version:2.0\nsigningMethod:HmacSHA1\njobId:{job_id}\nsignature:awsjobs-fake-signature-{job_id}"))
        ids.append(job_id)
    run.expect("create-job --validate-only", run.ok("create-job", "--job-type", "Export", "--manifest",
                                                    manifest.format("check"), "--validate-only"), {"JobType": "Export"})
    status = run.ok("get-status", "--job-id", ids[0])
    run.expect("get-status", (status.get("JobId"), status.get("JobType"), status.get("ProgressCode"),
                              status.get("LocationCode"), status.get("CurrentManifest")),
               (ids[0], "Import", "Pending", "NotReceived", manifest.format(0)))
    run.expect_now("get-status CreationDate", status.get("CreationDate"))

    everyone = [STARTED_JOB] + ids
    run.expect("list-jobs --page-size 2 (2 pages)",
               [j["JobId"] for j in run.ok("list-jobs", "--page-size", "2", pages=2).get("Jobs", [])], everyone)
    first = run.ok("list-jobs", "--max-items", "2", "--page-size", "2")
    rest = run.ok("list-jobs", "--max-items", "2", "--page-size", "2", "--starting-token", first.get("NextToken", "x"))
    run.expect("list-jobs --max-items 2 --starting-token", ([j["JobId"] for j in first.get("Jobs", [])],
                                                            [j["JobId"] for j in rest.get("Jobs", [])],
                                                            "NextToken" in rest), (everyone[:2], everyone[2:], False))

    new_manifest = manifest.format("updated")
    run.expect("update-job", run.ok("update-job", "--job-id", ids[0], "--manifest", new_manifest, "--job-type",
                                    "Export", "--no-validate-only"), {"Success": True})
    status = run.ok("get-status", "--job-id", ids[0])
    run.expect("get-status after update-job", (status.get("CurrentManifest"), status.get("JobType")),
               (new_manifest, "Export"))
    label = run.ok("get-shipping-label", "--job-ids", ids[0], ids[1], "--name", "Jane Roe")
    run.expect("get-shipping-label", label.get("ShippingLabelURL"),
               f"https://awsjobs-fake-shipping-labels.s3.amazonaws.com/{ids[0]}-{ids[1]}.pdf")
    run.fails("GetShippingLabel", "InvalidJobIdException", "No job NOJOB", "get-shipping-label", "--job-ids", "NOJOB")

    run.expect("cancel-job of a Pending job", run.ok("cancel-job", "--job-id", ids[1]), {"Success": True})
    run.expect("list-jobs IsCanceled", [(j["JobId"], j["IsCanceled"]) for j in run.ok("list-jobs").get("Jobs", [])],
               [(j, j == ids[1]) for j in everyone])
    run.fails("GetStatus", "CanceledJobIdException", f"Job {ids[1]} has been cancelled", "get-status", "--job-id", ids[1])
    run.fails("CancelJob", "CanceledJobIdException", f"Job {ids[1]} has been cancelled", "cancel-job", "--job-id", ids[1])
    run.fails("CancelJob", "UnableToCancelJobIdException", f"Job {STARTED_JOB} has started: it cannot be cancelled",
              "cancel-job", "--job-id", STARTED_JOB)
    run.fails("UpdateJob", "UnableToUpdateJobIdException", f"Job {STARTED_JOB} has started: it cannot be updated",
              "update-job", "--job-id", STARTED_JOB, "--manifest", manifest.format(9), "--job-type", "Import",
              "--no-validate-only")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    server, work = argv[0], Path(argv[1])
    work.mkdir(parents=True, exist_ok=True)
    jobs = work / "jobs.json"
    jobs.write_text(json.dumps(TABLE, indent=1))
    t0 = time.monotonic()
    try:
        aws = cli_interop.find_aws(None)
    except cli_interop.DriverError as e:
        print(f"fake_server_lifecycle: {e}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="fake-server-lifecycle-") as home:
        Path(home, "config").write_text("")
        Path(home, "credentials").write_text("")
        env = cli_interop.cli_env(MODELS.resolve(), str(Path(home, "config")), str(Path(home, "credentials")), home)
        legacy_env = {k: v for k, v in env.items() if k != "AWS_DATA_PATH"}
        process, port = start_server(server, jobs, "--job-duration", "manual")  # jobs change only when asked
        runs = [Run(aws, env, port, service) for service in ("dataexchange", "sesv2", "importexport")]
        scenarios = [lambda: dataexchange(runs[0]), lambda: sesv2(runs[1], legacy_env), lambda: importexport(runs[2])]
        problems: list[str] = []
        try:
            with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
                for future in [pool.submit(s) for s in scenarios]:
                    future.result()
        except Exception as e:  # a scenario that crashed is a failure, said as such
            problems.append(f"a scenario stopped: {e!r}")
        finally:
            stop_server(process, sum(r.requests for r in runs), problems)
    for run in runs:
        problems += run.problems
    for problem in problems:
        print("FAIL:", problem)
    print(f"fake_server_lifecycle: {sum(r.calls for r in runs)} AWS CLI calls ("
          + ", ".join(f"{r.service} {r.calls}" for r in runs)
          + f"), {len(problems)} differences, {time.monotonic() - t0:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
