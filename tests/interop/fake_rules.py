#!/usr/bin/env python3
"""awsjobs-fake's outcome rules, per-job outcomes, seeding and fraction injection, driven by botocore
(Debian's awscli.botocore, in this process) and the control API, with the AWS CLI for two calls.

Usage: fake_rules.py AWSJOBS_FAKE WORK_DIR

1. --rules FILE (one fake, --job-duration 600, --state): a Data Exchange rule by type, after 2
   reads, ending in ERROR with Errors that GetJob returns exactly as given (the 2nd read still
   IN_PROGRESS, the 3rd ERROR); a job's own outcome, given while WAITING, wins over the rule's (the
   rule's timing stays); a Data Exchange job no rule matches runs 600 s and succeeds.
2. POST /_awsjobs-fake/rules replaces them (GET state shows them): SES v2 import, manual, FAILED with
   FailureInfo (an advance of the clock leaves it CREATED, an advance of the job ends it); SES v2
   export after 4 s of the fake clock, COMPLETED with a failure count (Statistics); Import/Export
   after 2 reads through Pending, InProgress, SuccessWithErrors with its ErrorCount; with no rule,
   Import/Export goes Pending, InProgress, Complete on the job duration.
3. Per-job outcomes (advance {"job_id", "outcome"}): a running Data Exchange job ERROR at once; a
   WAITING one keeps its outcome for its run; an Import/Export job DeviceError; an ended job 409;
   an outcome of another service's 400 with its path.
4. POST /_awsjobs-fake/jobs: jobs and an error entry into every account (another key sees them),
   a job into one account and region (another region does not); a duplicate id 409, a bad account 400.
5. inject {"fraction", "seed", "operation"}: with retries off, the throttled calls are exactly those
   the seed's SplitMix64 draws give; with botocore's retries, every call succeeds and the generator
   moved on by exactly the draws those retries made; other operations untouched. The CLI retries
   through a fraction (AWS_MAX_ATTEMPTS=10, exit 0) and, with retries off, sees one (exit 254).
6. --help documents --rules, the rules and jobs commands and fraction injection. Refusals: bad rules (wrong member type, a member of another service, an unknown type, two
   timings, too many failed records, a code no job ends with), bad injections: 400 naming the path;
   a --rules FILE with a bad rule: exit 1 naming the file and the path.
7. kill -9 and restart on the same --state: the rules, the injections (the generator where it was)
   and a pending per-job outcome are there; a state file without them still loads; one with a bad
   rule or a bad injection is refused (exit 1, the path named).

Exit status 0 when all match, 1 with each difference listed otherwise, 2 when the setup fails.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cli_interop  # noqa: E402  (the CLI recipe: environment, finding Debian's aws)
from fake_server_cli import CLI_ERROR, MODELS, start_server  # noqa: E402

# Debian's botocore, with the repository's models (SES v2's export operations are newer than it).
os.environ["AWS_DATA_PATH"] = str(MODELS.resolve())
try:
    from awscli.botocore import session as botocore_session
    from awscli.botocore.config import Config
except ImportError:  # a standalone botocore
    from botocore import session as botocore_session
    from botocore.config import Config

MASK = (1 << 64) - 1
DETAILS = {"ImportAssetsFromS3": {"AssetSources": [{"Bucket": "amzn-s3-demo-bucket", "Key": "k"}],
                                  "DataSetId": "14EXAMPLE4460dc9b005a0dEXAMPLE2f",
                                  "RevisionId": "e5EXAMPLE224f879066f999EXAMPLE42"}}
ASSET = "a1EXAMPLE0b2c3d4e5f6a7b8EXAMPLE9"  # Data Exchange's ids are [a-zA-Z0-9]{30,40}
EXPORT_DETAILS = {"ExportAssetsToS3": {"AssetDestinations": [{"AssetId": ASSET, "Bucket": "amzn-s3-demo-bucket"}],
                                       "DataSetId": "14EXAMPLE4460dc9b005a0dEXAMPLE2f",
                                       "RevisionId": "e5EXAMPLE224f879066f999EXAMPLE42"}}
# Every member of the model's JobError, as a rule gives them and GetJob must return them.
RULE_ERRORS = [{"Code": "SERVICE_QUOTA_EXCEEDED_EXCEPTION", "Message": "Too many assets in the revision",
                "ResourceId": "e5EXAMPLE224f879066f999EXAMPLE42", "ResourceType": "REVISION",
                "Details": {"ImportAssetsFromS3JobErrorDetails": [{"Bucket": "amzn-s3-demo-bucket", "Key": "k"}]},
                "LimitName": "Assets per revision", "LimitValue": 10000.0},
               {"Code": "ACCESS_DENIED_EXCEPTION", "Message": "Access denied to amzn-s3-demo-bucket/k"}]
OVERRIDE_ERRORS = [{"Code": "MALWARE_DETECTED", "Message": "The asset holds malware", "ResourceId": ASSET,
                    "ResourceType": "ASSET"}]
FAILURE = {"ErrorMessage": "The file is not CSV", "FailedRecordsS3Url": "https://amzn-s3-demo-bucket.s3.amazonaws.com/failed.csv"}
FILE_RULES = [{"service": "dataexchange", "type": "IMPORT_ASSETS_FROM_S3", "after_reads": 2, "outcome": {"Errors": RULE_ERRORS}}]
HTTP_RULES = [{"service": "sesv2_import", "type": "CONTACT_LIST", "manual": True, "outcome": {"FailureInfo": FAILURE}},
              {"service": "sesv2_export", "after_seconds": 4, "outcome": {"ProcessedRecordsCount": 50, "FailedRecordsCount": 8}},
              {"service": "importexport", "type": "Export", "after_reads": 2, "outcome": {"ErrorCount": 3}}]
MANIFEST = "manifestVersion:2.0\ndeviceId:ABCDE\neraseDevice:yes\nbucket:amzn-s3-demo-bucket\n"


def splitmix64(state: int) -> tuple[int, int]:
    """SplitMix64, as the fake's control.hpp: the new state and the number drawn."""
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


def fires(state: int, fraction: float) -> tuple[int, bool]:
    state, z = splitmix64(state)
    return state, (z >> 11) * 2.0 ** -53 < fraction


class Run:
    """botocore clients and the control API against one fake; the problems found."""

    def __init__(self, port: int, problems: list[str]):
        self.port, self.problems = port, problems
        self.session = botocore_session.get_session()

    def client(self, service: str, key: str = "AKIDRULES", region: str = "us-east-1", attempts: int = 1):
        # This botocore takes the total attempts only as the max_attempts setting (AWS_MAX_ATTEMPTS).
        self.session.set_config_variable("max_attempts", attempts)
        config = Config(retries={"mode": "standard"}, connect_timeout=10, read_timeout=20)
        return self.session.create_client(service, region_name=region, endpoint_url=f"http://127.0.0.1:{self.port}",
                                          aws_access_key_id=key, aws_secret_access_key="dummy", config=config)

    def control(self, method: str, command: str, body=None) -> tuple[int, dict]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            data = None if body is None else (body if isinstance(body, (bytes, str)) else json.dumps(body))
            connection.request(method, f"/_awsjobs-fake/{command}", body=data)
            response = connection.getresponse()
            return response.status, json.loads(response.read())
        finally:
            connection.close()

    def post(self, command: str, body, what: str) -> dict:
        status, answer = self.control("POST", command, body)
        self.expect(f"{what}: status", status, 200)
        return answer

    def refused(self, command: str, body, status: int, says: str) -> None:
        got, answer = self.control("POST", command, body)
        if got != status or says not in answer.get("error", ""):
            self.problems.append(f"POST {command} {json.dumps(body)[:120]}: {got} {answer}, expected {status} saying {says!r}")

    def expect(self, what: str, actual, expected) -> None:
        if actual != expected:
            self.problems.append(f"{what}: {actual!r}, expected {expected!r}")

    def error_code(self, call, **kw) -> str:
        try:
            call(**kw)
        except Exception as e:  # botocore's ClientError: the code the service sent
            return getattr(e, "response", {}).get("Error", {}).get("Code", repr(e))
        return "no error"


def dataexchange_job(dx, details=DETAILS, job_type="IMPORT_ASSETS_FROM_S3", start=True) -> str:
    job_id = dx.create_job(Type=job_type, Details=details)["Id"]
    if start:
        dx.start_job(JobId=job_id)
    return job_id


def file_rules(run: Run) -> None:
    """Step 1: the --rules FILE's rule, after 2 reads, ERROR with Errors as given; no rule: success."""
    dx = run.client("dataexchange")
    job_id = dataexchange_job(dx)
    states = [dx.get_job(JobId=job_id) for _ in range(3)]
    run.expect("rule after_reads 2: reads 1 and 2", [s["State"] for s in states[:2]], ["IN_PROGRESS", "IN_PROGRESS"])
    run.expect("rule after_reads 2: read 3", states[2]["State"], "ERROR")
    run.expect("rule: Errors as given", states[2].get("Errors"), RULE_ERRORS)
    # A job's own outcome, given while WAITING, wins over the rule's; the rule's timing stays.
    own = dataexchange_job(dx, start=False)
    run.post("advance", {"job_id": own, "outcome": {"Errors": OVERRIDE_ERRORS}}, "an outcome for a WAITING job")
    dx.start_job(JobId=own)
    states = [dx.get_job(JobId=own) for _ in range(3)]
    run.expect("own outcome, the rule's timing: the states read", [s["State"] for s in states], ["IN_PROGRESS", "IN_PROGRESS", "ERROR"])
    run.expect("own outcome over the rule's: Errors", states[2].get("Errors"), OVERRIDE_ERRORS)
    other = dataexchange_job(dx, EXPORT_DETAILS, "EXPORT_ASSETS_TO_S3")  # no rule has this type
    run.expect("no rule: IN_PROGRESS before the duration", dx.get_job(JobId=other)["State"], "IN_PROGRESS")
    run.post("advance", {"seconds": 600}, "advance 600 s")
    job = dx.get_job(JobId=other)
    run.expect("no rule: COMPLETED after the duration, no Errors", (job["State"], job.get("Errors")), ("COMPLETED", None))


def http_rules(run: Run) -> None:
    """Step 2: rules over HTTP for SES v2 import and export and Import/Export."""
    run.post("rules", HTTP_RULES, "POST rules")
    status, state = run.control("GET", "state")
    run.expect("GET state: the rules posted", state.get("rules"), HTTP_RULES)
    ses = run.client("sesv2")
    destination = {"ContactListDestination": {"ContactListName": "list", "ContactListImportAction": "PUT"}}
    source = {"S3Url": "s3://amzn-s3-demo-bucket/contacts.csv", "DataFormat": "CSV"}
    imported = ses.create_import_job(ImportDestination=destination, ImportDataSource=source)["JobId"]
    run.post("advance", {"seconds": 3600}, "advance 3600 s")
    run.expect("manual rule: the clock does not move it", ses.get_import_job(JobId=imported)["JobStatus"], "CREATED")
    run.post("advance", {"job_id": imported}, "advance the import job")
    job = ses.get_import_job(JobId=imported)
    run.expect("manual rule: FAILED with FailureInfo", (job["JobStatus"], job.get("FailureInfo")), ("FAILED", FAILURE))
    # The same service, a type the rule does not name: success.
    suppression = {"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}}
    plain = ses.create_import_job(ImportDestination=suppression, ImportDataSource=source)["JobId"]
    run.post("advance", {"seconds": 600}, "advance 600 s")
    job = ses.get_import_job(JobId=plain)
    run.expect("no rule (other type): COMPLETED, counts", (job["JobStatus"], job.get("ProcessedRecordsCount"), job.get("FailedRecordsCount")),
               ("COMPLETED", 100, 0))

    exported = ses.create_export_job(ExportDataSource={"MetricsDataSource": {
        "Dimensions": {"EMAIL_IDENTITY": ["example.com"]}, "Namespace": "VDM", "Metrics": [{"Name": "SEND", "Aggregation": "RATE"}],
        "StartDate": "2026-01-01T00:00:00Z", "EndDate": "2026-01-02T00:00:00Z"}},
        ExportDestination={"DataFormat": "CSV"})["JobId"]
    run.post("advance", {"seconds": 2.5}, "advance 2.5 s")
    run.expect("export after 4 s: at 2.5 s", ses.get_export_job(JobId=exported)["JobStatus"], "PROCESSING")
    run.post("advance", {"seconds": 2}, "advance 2 s")
    job = ses.get_export_job(JobId=exported)
    run.expect("export: COMPLETED with a failure count", (job["JobStatus"], job.get("Statistics")),
               ("COMPLETED", {"ProcessedRecordsCount": 50, "ExportedRecordsCount": 42}))

    iex = run.client("importexport")
    export_id = iex.create_job(JobType="Export", Manifest=MANIFEST, ValidateOnly=False)["JobId"]
    codes = [iex.get_status(JobId=export_id) for _ in range(3)]
    run.expect("Import/Export after 2 reads: the codes read", [c["ProgressCode"] for c in codes], ["Pending", "InProgress", "SuccessWithErrors"])
    run.expect("Import/Export: ErrorCount", codes[2].get("ErrorCount"), 3)
    import_id = iex.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False)["JobId"]
    seen = [iex.get_status(JobId=import_id)["ProgressCode"]]
    for _ in range(2):
        run.post("advance", {"seconds": 300}, "advance 300 s")
        seen.append(iex.get_status(JobId=import_id)["ProgressCode"])
    run.expect("Import/Export, no rule: the codes on the duration", seen, ["Pending", "InProgress", "Complete"])


def per_job(run: Run) -> None:
    """Step 3: advance {"job_id", "outcome"}."""
    dx = run.client("dataexchange")
    running = dataexchange_job(dx, EXPORT_DETAILS, "EXPORT_ASSETS_TO_S3")
    run.post("advance", {"job_id": running, "outcome": {"Errors": OVERRIDE_ERRORS}}, "advance with an outcome")
    job = dx.get_job(JobId=running)
    run.expect("per-job outcome: ERROR at once, Errors as given", (job["State"], job.get("Errors")), ("ERROR", OVERRIDE_ERRORS))
    waiting = dataexchange_job(dx, EXPORT_DETAILS, "EXPORT_ASSETS_TO_S3", start=False)
    run.post("advance", {"job_id": waiting, "outcome": {"Errors": OVERRIDE_ERRORS}}, "an outcome for a WAITING job")
    run.expect("a WAITING job with an outcome stays WAITING", dx.get_job(JobId=waiting)["State"], "WAITING")
    dx.start_job(JobId=waiting)
    run.post("advance", {"seconds": 600}, "advance 600 s")
    job = dx.get_job(JobId=waiting)
    run.expect("the WAITING job's outcome at the end of its run", (job["State"], job.get("Errors")), ("ERROR", OVERRIDE_ERRORS))
    run.refused("advance", {"job_id": running, "outcome": {"Errors": OVERRIDE_ERRORS}}, 409, "has ended")
    fresh = dataexchange_job(dx, EXPORT_DETAILS, "EXPORT_ASSETS_TO_S3")
    run.refused("advance", {"job_id": fresh, "outcome": {"FailureInfo": FAILURE}}, 400, "$.outcome.FailureInfo: only sesv2_import or sesv2_export jobs end with it")
    iex = run.client("importexport")
    device = iex.create_job(JobType="Import", Manifest=MANIFEST, ValidateOnly=False)["JobId"]
    run.post("advance", {"job_id": device, "outcome": {"ProgressCode": "DeviceError"}}, "an Import/Export outcome")
    run.expect("Import/Export per-job outcome", iex.get_status(JobId=device)["ProgressCode"], "DeviceError")
    run.refused("advance", {"job_id": "no-such-job", "outcome": {}}, 404, "no change to make")


def seeding(run: Run) -> None:
    """Step 4: POST /_awsjobs-fake/jobs."""
    seeded = {"Id": "5eed0000000000000000000000000001", "State": "COMPLETED", "Type": "IMPORT_ASSETS_FROM_S3",
              "Arn": "arn:aws:dataexchange:us-east-1:123456789012:jobs/5eed0000000000000000000000000001"}
    run.post("jobs", {"dataexchange": [seeded], "errors": [{"operation": "GetJob", "job_id": "5eedthrottled0000000000000000001",
                                                             "code": "ThrottlingException", "message": "seeded"}]}, "seed every account")
    other = run.client("dataexchange", key="AKIDSEEDOTHER")
    run.expect("seeded into every account: another key's GetJob", other.get_job(JobId=seeded["Id"])["State"], "COMPLETED")
    run.expect("seeded error entry", run.error_code(other.get_job, JobId="5eedthrottled0000000000000000001"), "ThrottlingException")
    arn = run.client("dataexchange", key="AKIDSEEDONE", region="eu-west-1").create_job(Type="IMPORT_ASSETS_FROM_S3", Details=DETAILS)["Arn"]
    account = arn.split(":")[4]
    one = {"Id": "5eed0000000000000000000000000002", "State": "WAITING", "Type": "IMPORT_ASSETS_FROM_S3"}
    run.post("jobs", {"account": account, "region": "eu-west-1", "dataexchange": [one]}, "seed one account")
    run.expect("seeded into one account and region", run.client("dataexchange", key="AKIDSEEDONE", region="eu-west-1")
               .get_job(JobId=one["Id"])["State"], "WAITING")
    run.expect("not in another region", run.error_code(run.client("dataexchange", key="AKIDSEEDONE", region="us-west-2").get_job,
                                                       JobId=one["Id"]), "ResourceNotFoundException")
    run.refused("jobs", {"account": account, "region": "eu-west-1", "dataexchange": [one]}, 409, "already has a job")
    run.refused("jobs", {"account": "12", "region": "eu-west-1"}, 400, "$.account")
    run.refused("jobs", {"dataexchange": [{"State": "WAITING"}]}, 409, "dataexchange[0]: a job needs its id")


def injection(run: Run, aws: str, env: dict, calls: list[int]) -> None:
    """Step 5: a seeded fraction of one operation's calls."""
    fraction, seed = 0.3, 20261207
    run.post("inject", {"fraction": fraction, "seed": seed, "operation": "ListImportJobs"}, "inject a fraction")
    once = run.client("sesv2")
    state, expected = seed, []
    for _ in range(40):
        state, hit = fires(state, fraction)
        expected.append(hit)
    observed = [run.error_code(once.list_import_jobs) == "ThrottlingException" for _ in range(40)]
    run.expect("fraction 0.3, seed 20261207, 40 calls without retries: the calls throttled", observed, expected)
    if sum(expected) == 0:
        run.problems.append("the seed throttles none of the 40 calls: the check proves nothing")
    run.expect("another operation is not counted", run.error_code(once.get_import_job, JobId="none"), "NotFoundException")
    retrying = run.client("sesv2", attempts=10)
    draws = 0
    for _ in range(8):
        while True:
            draws += 1
            state, hit = fires(state, fraction)
            if not hit:
                break
        if run.error_code(retrying.list_import_jobs) != "no error":
            run.problems.append("botocore with 10 attempts did not retry through the fraction")
    _, report = run.control("GET", "state")
    injected = report.get("injected", [{}])[0]
    run.expect(f"the generator after botocore's retries ({draws} draws for 8 calls)", injected.get("random"), state)
    if draws == 8:
        run.problems.append("botocore's 8 calls needed no retry: the seed proves nothing")
    # The CLI: the next draws decide; find the calls' fates first.
    state, first = fires(state, fraction)
    cli_env = {**env, "AWS_MAX_ATTEMPTS": "10"}
    p = subprocess.run([aws, "sesv2", "list-import-jobs", "--endpoint-url", f"http://127.0.0.1:{run.port}", "--output", "json"],
                       env=cli_env, capture_output=True, text=True, timeout=60)
    calls[0] += 1
    run.expect("the CLI (10 attempts) through the fraction: exit", (p.returncode, p.stderr.strip()), (0, ""))
    while first:  # the CLI retried until a draw let it through
        state, first = fires(state, fraction)
    while True:  # throttle draws until the next is a hit, with botocore, so the CLI's one attempt is throttled
        probe = fires(state, fraction)
        if probe[1]:
            break
        state = probe[0]
        once.list_import_jobs()
    p = subprocess.run([aws, "sesv2", "list-import-jobs", "--endpoint-url", f"http://127.0.0.1:{run.port}", "--output", "json"],
                       env=env, capture_output=True, text=True, timeout=60)
    calls[0] += 1
    match = CLI_ERROR.search(p.stderr)
    run.expect("the CLI without retries on a throttled draw", (p.returncode, match and match["code"]), (254, "ThrottlingException"))
    run.refused("inject", {"fraction": 1.5}, 400, "\"fraction\" must be above 0 and at most 1")
    run.refused("inject", {"fraction": 0.5, "operation": "Nope"}, 400, "Nope is no operation")
    run.refused("inject", {"every": 2, "seed": 3}, 400, "\"seed\" goes with \"fraction\"")


def refusals(run: Run) -> None:
    """Step 6: bad rules over HTTP, each a 400 naming where."""
    run.refused("rules", [{"service": "dataexchange", "outcome": {"Errors": [{"Code": "X", "Message": 1}]}}], 400,
                "$[0].outcome.Errors[0].Message: expected string")
    run.refused("rules", [{"service": "sesv2_import", "outcome": {"Errors": RULE_ERRORS}}], 400,
                "$[0].outcome.Errors: only dataexchange jobs end with it")
    run.refused("rules", [{"service": "dataexchange"}, {"service": "dataexchange", "type": "NOPE"}], 400, "$[1].type: \"NOPE\" is no dataexchange job's type")
    run.refused("rules", [{"service": "nope"}], 400, "$[0].service")
    run.refused("rules", [{"service": "importexport", "after_reads": 1, "manual": True}], 400, "$[0]: give at most one")
    run.refused("rules", [{"service": "sesv2_export", "outcome": {"ProcessedRecordsCount": 5, "FailedRecordsCount": 6}}], 400,
                "$[0].outcome.FailedRecordsCount: more than the records processed")
    run.refused("rules", [{"service": "importexport", "outcome": {"ProgressCode": "InProgress"}}], 400, "$[0].outcome.ProgressCode")
    run.refused("rules", [{"service": "dataexchange", "outcome": {"Errors": [{"Message": "no code"}]}}], 400,
                "$[0].outcome.Errors[0].Code: missing")
    run.refused("rules", {"service": "dataexchange"}, 400, "the body is not the JSON expected")
    _, state = run.control("GET", "state")
    run.expect("refused rules leave the rules", state.get("rules"), HTTP_RULES)


def start(server: str, jobs: Path, *extra: str):
    return start_server(server, jobs, "--job-duration", "600", *extra)


def persistence(server: str, work: Path, jobs: Path, problems: list[str]) -> None:
    """Step 7: kill -9 and restart; old and bad state files."""
    state_file = work / "state.json"
    state_file.unlink(missing_ok=True)
    process, port = start(server, jobs, "--state", str(state_file))
    run = Run(port, problems)
    try:
        run.post("rules", HTTP_RULES, "POST rules")
        run.post("inject", {"every": 3, "code": "InternalFailure", "status": 500, "operation": "GetStatus"}, "inject every 3rd")
        run.post("inject", {"fraction": 0.5, "seed": 99, "operation": "ListExportJobs"}, "inject a fraction")
        ses = run.client("sesv2")
        state = 99
        for _ in range(5):
            state, hit = fires(state, 0.5)
            run.expect("fraction before the restart", run.error_code(ses.list_export_jobs) == "ThrottlingException", hit)
        dx = run.client("dataexchange")
        job_id = dataexchange_job(dx)
        run.post("advance", {"job_id": job_id, "outcome": {"Errors": OVERRIDE_ERRORS}}, "advance")
        pending = dataexchange_job(dx, start=False)
        run.post("advance", {"job_id": pending, "outcome": {"Errors": RULE_ERRORS[1:]}}, "outcome for a WAITING job")
        _, before = run.control("GET", "state")
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=20)
    process, port = start(server, jobs, "--state", str(state_file))
    run = Run(port, problems)
    try:
        _, after = run.control("GET", "state")
        run.expect("after kill -9: the rules", after.get("rules"), HTTP_RULES)
        run.expect("after kill -9: the injections", after.get("injected"), before.get("injected"))
        ses = run.client("sesv2")
        for _ in range(5):
            state, hit = fires(state, 0.5)
            run.expect("fraction after the restart: the generator went on", run.error_code(ses.list_export_jobs) == "ThrottlingException", hit)
        dx = run.client("dataexchange")
        run.expect("after kill -9: the ended job", dx.get_job(JobId=job_id).get("Errors"), OVERRIDE_ERRORS)
        dx.start_job(JobId=pending)
        run.post("advance", {"seconds": 600}, "advance 600 s")
        job = dx.get_job(JobId=pending)
        run.expect("after kill -9: the pending per-job outcome", (job["State"], job.get("Errors")), ("ERROR", RULE_ERRORS[1:]))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=20)
    old = work / "old-state.json"
    old.write_text(json.dumps({"format": 1, "created": 3, "clock_offset_ms": 0, "partitions": [
        {"account": "123456789012", "region": "us-east-1", "jobs": {}, "canceled": [],
         "due": [{"at_ms": 0, "what": 0, "job_id": "x"}]}]}))
    process, port = start(server, jobs, "--state", str(old))
    status, report = Run(port, problems).control("GET", "state")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=20)
    run.expect("a state file from before rules loads", (status, report.get("rules"), report.get("injected")), (200, [], []))
    bad = work / "bad-state.json"
    bad.write_text(json.dumps({"format": 1, "created": 0, "clock_offset_ms": 0, "partitions": [],
                               "rules": [{"service": "dataexchange", "after_reads": -1}]}))
    p = subprocess.run([server, "--jobs", str(jobs), "--state", str(bad)], capture_output=True, text=True, timeout=30)
    if p.returncode != 1 or "$.rules[0].after_reads" not in p.stderr or str(bad) not in p.stderr:
        problems.append(f"a state file with a bad rule: exit {p.returncode}, {p.stderr.strip()!r}")
    bad.write_text(json.dumps({"format": 1, "created": 0, "clock_offset_ms": 0, "partitions": [], "injected": [
        {"status": 99, "code": "X", "message": "", "next": 1, "every": 0, "seen": 0, "fraction": 0, "random": 0, "operation": ""}]}))
    p = subprocess.run([server, "--jobs", str(jobs), "--state", str(bad)], capture_output=True, text=True, timeout=30)
    if p.returncode != 1 or "$.injected[0]: not an error the control API injects" not in p.stderr:
        problems.append(f"a state file with a bad injection: exit {p.returncode}, {p.stderr.strip()!r}")
    bad_rules = work / "bad-rules.json"
    bad_rules.write_text(json.dumps([{"service": "sesv2_export", "outcome": {"ErrorCount": 1}}]))
    p = subprocess.run([server, "--rules", str(bad_rules)], capture_output=True, text=True, timeout=30)
    if p.returncode != 1 or "[0].outcome.ErrorCount: only importexport jobs end with it" not in p.stderr or str(bad_rules) not in p.stderr:
        problems.append(f"--rules with a bad rule: exit {p.returncode}, {p.stderr.strip()!r}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    server, work = argv[0], Path(argv[1])
    work.mkdir(parents=True, exist_ok=True)
    jobs = work / "jobs.json"
    jobs.write_text("{}")
    rules = work / "rules.json"
    rules.write_text(json.dumps(FILE_RULES))
    t0 = time.monotonic()
    try:
        aws = cli_interop.find_aws(None)
    except cli_interop.DriverError as e:
        print(f"fake_rules: {e}", file=sys.stderr)
        return 2
    problems: list[str] = []
    cli_calls = [0]
    helped = subprocess.run([server, "--help"], capture_output=True, text=True, timeout=30)
    for term in ("--rules FILE", "/_awsjobs-fake/rules", "/_awsjobs-fake/jobs", "\"fraction\": F", "\"outcome\": {...}", "after_reads"):
        if helped.returncode != 0 or term not in helped.stdout:
            problems.append(f"--help: exit {helped.returncode}, {term!r} not documented")
    with tempfile.TemporaryDirectory(prefix="fake-rules-") as home:
        Path(home, "config").write_text("")
        Path(home, "credentials").write_text("")
        env = cli_interop.cli_env(MODELS.resolve(), str(Path(home, "config")), str(Path(home, "credentials")), home)
        process, port = start(server, jobs, "--rules", str(rules))
        run = Run(port, problems)
        try:
            _, state = run.control("GET", "state")
            run.expect("GET state: the --rules FILE's rules", state.get("rules"), FILE_RULES)
            steps = [lambda: file_rules(run), lambda: http_rules(run), lambda: per_job(run), lambda: seeding(run),
                     lambda: injection(run, aws, env, cli_calls), lambda: refusals(run)]
            for number, step in enumerate(steps, 1):
                try:
                    step()
                except Exception as e:  # a step that crashed is a failure, said as such; the next ones still run
                    problems.append(f"step {number} stopped: {e!r}")
            run.post("reset", {}, "reset")
            _, state = run.control("GET", "state")
            run.expect("reset: the --rules FILE's rules again, no injection", (state.get("rules"), state.get("injected")), (FILE_RULES, []))
        except Exception as e:
            problems.append(f"the checks stopped: {e!r}")
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                _, stderr = process.communicate(timeout=20)
                if process.returncode != 0:
                    problems.append(f"awsjobs-fake: exit {process.returncode}: {stderr.strip()!r}")
            except subprocess.TimeoutExpired:
                process.kill()
                problems.append("awsjobs-fake did not stop within 20 s")
    try:
        persistence(server, work, jobs, problems)
    except Exception as e:
        problems.append(f"persistence stopped: {e!r}")
    for problem in problems:
        print("FAIL:", problem)
    print(f"fake_rules: {cli_calls[0]} AWS CLI calls, {len(problems)} differences, {time.monotonic() - t0:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
