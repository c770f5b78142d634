#!/usr/bin/env python3
"""awsjobs-fake under load, and killed under load: no error, no job lost or duplicated.

Usage: fake_load.py AWSJOBS_FAKE WORK_DIR [--clients N] [--requests N] [--json FILE]

1. Load: the fake with --state FILE and --threads 4; N clients (32) at once, each one keep-alive
   connection sending M requests (500) that mix every job operation of the three services (Data
   Exchange and SES v2 REST-JSON, Import/Export's query form answered in XML), in four accounts
   (access key ids; nothing is verified). Each response's status, and the members the next
   request relies on, are checked; the only errors are those the mix provokes (cancelling a
   started Data Exchange job: ConflictException; an Import/Export job once cancelled:
   CanceledJobIdException). Afterwards every job created is listed in its account, once, and the
   control API counts exactly the jobs created; SIGTERM: exit 0 having served every request.
   Prints the requests and the latency p50/p99/max.
2. kill -9: the same load on a new state file, the fake killed with SIGKILL once half of it is
   answered, then restarted on the same file: every job whose creation was answered (2xx) is
   listed, no job twice, and a job created after the restart gets a new id.

Standard library only (Debian's python3): the client must cost less than the server it measures.
Exit status 0 when all holds, 1 with each problem listed, 2 when the setup fails.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ACCOUNTS = 4
DX_DETAILS = {"ImportAssetsFromS3": {"AssetSources": [{"Bucket": "amzn-s3-demo-bucket", "Key": "k"}],
                                     "DataSetId": "14EXAMPLE4460dc9b005a0dEXAMPLE2f",
                                     "RevisionId": "e5EXAMPLE224f879066f999EXAMPLE42"}}
SES_IMPORT = {"ImportDestination": {"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}},
              "ImportDataSource": {"S3Url": "s3://amzn-s3-demo-bucket/contacts.csv", "DataFormat": "CSV"}}
SES_EXPORT = {"ExportDataSource": {"MessageInsightsDataSource": {"StartDate": 1767225600, "EndDate": 1767312000}},
              "ExportDestination": {"DataFormat": "CSV", "S3Url": "s3://amzn-s3-demo-bucket/exports"}}
MANIFEST = "manifestVersion:2.0\ngenerator:fake_load\nbucket:amzn-s3-demo-bucket\ndeviceId:{}"


def account_of(key: str) -> str:
    """The fake's account id for an access key id (FNV-1a, as accounts.hpp computes it)."""
    value = 0xcbf29ce484222325
    for byte in key.encode():
        value = ((value ^ byte) * 0x100000001b3) % (1 << 64)
    return f"{value % 1000000000000:012d}"


class Lost(RuntimeError):
    """The connection to the fake failed: it was killed, or it dropped the connection."""


class Done(Exception):
    """The client has sent all its requests: the round in progress ends there."""


class Client:
    """One keep-alive connection in one account; every request timed and checked."""

    def __init__(self, port: int, key: str, problems: list[str], latencies: list[float], budget: int = 0):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.key, self.problems, self.latencies = key, problems, latencies
        self.sigv4 = (f"AWS4-HMAC-SHA256 Credential={key}/20260101/us-east-1/service/aws4_request, "
                      "SignedHeaders=host, Signature=" + "0" * 64)
        self.sent, self.budget = 0, budget  # budget 0: no limit

    def call(self, what: str, method: str, target: str, body: bytes | None, expected: int,
             form: bool = False) -> bytes:
        if self.budget and self.sent == self.budget:
            raise Done()
        headers = {"Content-Type": "application/x-www-form-urlencoded" if form else "application/json"}
        if not form:
            headers["Authorization"] = self.sigv4
        start = time.perf_counter()
        try:
            self.connection.request(method, target, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            raise Lost(f"{what}: {error!r}") from error
        finally:
            self.sent += 1
        self.latencies.append(time.perf_counter() - start)
        if response.status != expected:
            self.problems.append(f"{self.key} {what}: status {response.status}, expected {expected}: {data[:200]!r}")
        return data

    def rest(self, what: str, method: str, target: str, expected: int, body: dict | None = None) -> dict:
        data = self.call(what, method, target, json.dumps(body).encode() if body is not None else None, expected)
        try:
            return json.loads(data or b"{}")
        except ValueError:
            self.problems.append(f"{self.key} {what}: not JSON: {data[:200]!r}")
            return {}

    def query(self, what: str, expected: int, **parameters: str) -> str:
        body = urllib.parse.urlencode({"Action": what, "Version": "2010-06-01", "AWSAccessKeyId": self.key,
                                       **parameters}).encode()
        return self.call(what, "POST", "/", body, expected, form=True).decode(errors="replace")

    def expect(self, what: str, actual, expected) -> None:
        if actual != expected:
            self.problems.append(f"{self.key} {what}: {actual!r}, expected {expected!r}")


def xml_value(document: str, element: str) -> str:
    match = re.search(f"<{element}>([^<]*)</{element}>", document)
    return match[1] if match else ""


# Each round: one service's jobs through their operations; creations recorded once answered.
def dataexchange_round(c: Client, created: list[tuple[str, str]]) -> None:
    job = c.rest("CreateJob", "POST", "/v1/jobs", 201, {"Type": "IMPORT_ASSETS_FROM_S3", "Details": DX_DETAILS})
    job_id = job.get("Id", "")
    if not re.fullmatch(r"[0-9a-f]{32}", job_id):
        c.problems.append(f"{c.key} CreateJob: Id {job_id!r}")
        return
    created.append(("dataexchange", job_id))
    c.expect("GetJob State", c.rest("GetJob", "GET", f"/v1/jobs/{job_id}", 200).get("State"), "WAITING")
    c.rest("StartJob", "PATCH", f"/v1/jobs/{job_id}", 202)
    error = c.rest("CancelJob (started)", "DELETE", f"/v1/jobs/{job_id}", 409)
    c.expect("CancelJob (started) message", "only a WAITING job can be cancelled" in error.get("Message", ""), True)
    c.expect("ListJobs size", len(c.rest("ListJobs", "GET", "/v1/jobs?maxResults=3", 200).get("Jobs", [])) <= 3, True)


def sesv2_round(c: Client, created: list[tuple[str, str]]) -> None:
    job_id = c.rest("CreateImportJob", "POST", "/v2/email/import-jobs", 200, SES_IMPORT).get("JobId", "")
    if job_id:
        created.append(("sesv2_import", job_id))
        c.expect("GetImportJob JobStatus",
                 c.rest("GetImportJob", "GET", f"/v2/email/import-jobs/{job_id}", 200).get("JobStatus"), "CREATED")
    export_id = c.rest("CreateExportJob", "POST", "/v2/email/export-jobs", 200, SES_EXPORT).get("JobId", "")
    if export_id:
        created.append(("sesv2_export", export_id))
        c.rest("CancelExportJob", "PUT", f"/v2/email/export-jobs/{export_id}/cancel", 200)
        c.expect("GetExportJob JobStatus",
                 c.rest("GetExportJob", "GET", f"/v2/email/export-jobs/{export_id}", 200).get("JobStatus"), "CANCELLED")
    c.rest("ListImportJobs", "POST", "/v2/email/import-jobs/list", 200, {"PageSize": 3})
    c.rest("ListExportJobs", "POST", "/v2/email/list-export-jobs", 200, {"PageSize": 3})


def importexport_round(c: Client, created: list[tuple[str, str]]) -> None:
    answer = c.query("CreateJob", 200, JobType="Import", Manifest=MANIFEST.format(c.sent), ValidateOnly="false")
    job_id = xml_value(answer, "JobId")
    if not re.fullmatch(r"[0-9A-Z]{5}", job_id):
        c.problems.append(f"{c.key} CreateJob (Import/Export): JobId {job_id!r}")
        return
    created.append(("importexport", job_id))
    c.expect("GetStatus ProgressCode", xml_value(c.query("GetStatus", 200, JobId=job_id), "ProgressCode"), "Pending")
    c.query("UpdateJob", 200, JobId=job_id, JobType="Import", Manifest=MANIFEST.format("updated"), ValidateOnly="false")
    label = xml_value(c.query("GetShippingLabel", 200, **{"jobIds.member.1": job_id}), "ShippingLabelURL")
    c.expect("GetShippingLabel URL", label.endswith(f"/{job_id}.pdf"), True)
    c.query("CancelJob", 200, JobId=job_id)
    c.expect("GetStatus (cancelled) error", xml_value(c.query("GetStatus", 400, JobId=job_id), "Code"),
             "CanceledJobIdException")
    c.query("ListJobs", 200, MaxJobs="3")


ROUNDS = (dataexchange_round, sesv2_round, importexport_round)


class Load:
    """N clients at once, M requests each (the last round cut short), every creation recorded."""

    def __init__(self, port: int, clients: int, requests: int):
        self.port, self.clients, self.requests = port, clients, requests
        self.problems: list[str] = []
        self.latencies: list[float] = []
        self.created: list[tuple[str, str, str]] = []  # (account, kind, id), answered 2xx
        self.sent = 0
        self.lost: list[str] = []
        self.lock = threading.Lock()

    def client(self, number: int) -> None:
        key = f"AKIDLOAD{number % ACCOUNTS}"
        problems: list[str] = []
        created: list[tuple[str, str]] = []
        # Appending to a list is atomic under the GIL: kill_part watches the answers' count.
        c = Client(self.port, key, problems, self.latencies, self.requests)
        try:
            for round_number in itertools.count(number):
                ROUNDS[round_number % len(ROUNDS)](c, created)
        except Done:
            pass
        except Lost as error:
            self.lost.append(f"{key}: {error}")
        finally:
            c.connection.close()
        with self.lock:
            self.problems += problems
            self.created += [(account_of(key), kind, job_id) for kind, job_id in created]
            self.sent += c.sent

    def run(self, while_running=None) -> float:
        threads = [threading.Thread(target=self.client, args=(n,)) for n in range(self.clients)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        if while_running:
            while_running(self)
        for thread in threads:
            thread.join()
        return time.perf_counter() - start


def start_fake(fake: str, work: Path, *options: str) -> tuple[subprocess.Popen, int]:
    # stderr to a file: a pipe nobody reads during the load would stop the fake once full.
    with open(work / "fake-stderr.txt", "w") as stderr:
        process = subprocess.Popen([fake, "--port", "0", *options], stdout=subprocess.PIPE, stderr=stderr, text=True)
    line = process.stdout.readline()
    match = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", line)
    if not match:
        process.kill()
        raise RuntimeError(f"awsjobs-fake did not start: {line!r}, see {work / 'fake-stderr.txt'}")
    return process, int(match[1])


def stop_fake(process: subprocess.Popen, work: Path, problems: list[str]) -> str:
    """SIGTERM; what the fake wrote to stderr since it started."""
    process.send_signal(signal.SIGTERM)
    try:
        process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        problems.append("awsjobs-fake did not stop within 30 s of SIGTERM")
        return ""
    stderr = (work / "fake-stderr.txt").read_text()
    if process.returncode != 0:
        problems.append(f"awsjobs-fake: exit {process.returncode} after SIGTERM, expected 0: {stderr.strip()[-500:]!r}")
    return stderr


def listed_jobs(port: int, key: str, problems: list[str]) -> list[tuple[str, str, str]]:
    """Every job of the key's account, each list followed to its end: (account, kind, id)."""
    c = Client(port, key, problems, [])
    found: list[tuple[str, str]] = []
    for kind, target, member, id_member, token in (
            ("dataexchange", "/v1/jobs?maxResults=200", "Jobs", "Id", "nextToken"),
            ("sesv2_import", "/v2/email/import-jobs/list", "ImportJobs", "JobId", "NextToken"),
            ("sesv2_export", "/v2/email/list-export-jobs", "ExportJobs", "JobId", "NextToken")):
        next_token = None
        while True:
            if kind == "dataexchange":
                page = c.rest("ListJobs", "GET", target + (f"&nextToken={urllib.parse.quote(next_token)}"
                                                            if next_token else ""), 200)
                next_token = page.get("NextToken")
            else:
                body = {"PageSize": 100, **({"NextToken": next_token} if next_token else {})}
                page = c.rest(member, "POST", target, 200, body)
                next_token = page.get("NextToken")
            found += [(kind, job[id_member]) for job in page.get(member, [])]
            if not next_token:
                break
    listed = c.query("ListJobs", 200, MaxJobs="1000000")
    found += [("importexport", job_id) for job_id in re.findall(r"<JobId>([^<]*)</JobId>", listed)]
    c.connection.close()
    return [(account_of(key), kind, job_id) for kind, job_id in found]


def check_listed(port: int, created: list[tuple[str, str, str]], label: str, problems: list[str]) -> int:
    """Every created job listed in its account, none twice; the number listed."""
    listed = [job for n in range(ACCOUNTS) for job in listed_jobs(port, f"AKIDLOAD{n}", problems)]
    twice = len(listed) - len(set(listed))
    if twice:
        problems.append(f"{label}: {twice} jobs listed twice")
    if len(created) != len(set(created)):
        problems.append(f"{label}: {len(created) - len(set(created))} job ids given twice at creation")
    missing = set(created) - set(listed)
    if missing:
        problems.append(f"{label}: {len(missing)} of {len(set(created))} jobs created are not listed: "
                        f"{sorted(missing)[:3]}")
    return len(listed)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def load_part(fake: str, work: Path, clients: int, requests: int, problems: list[str], persist: bool) -> dict:
    state = work / "load-state.json"
    state.unlink(missing_ok=True)
    process, port = start_fake(fake, work, "--threads", "4", "--job-duration", "600",
                               *(["--state", str(state)] if persist else []))
    load = Load(port, clients, requests)
    seconds = load.run()
    problems += load.problems[:20] + load.lost[:5]
    if len(load.problems) > 20:
        problems.append(f"... and {len(load.problems) - 20} more problems")
    listed = check_listed(port, [(a, k, i) for a, k, i in load.created], "load", problems)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/_awsjobs-fake/state")
    report = json.loads(connection.getresponse().read())
    connection.close()
    counted = sum(a["dataexchange"] + a["sesv2_import"] + a["sesv2_export"] + a["importexport"]
                  for a in report.get("accounts", []))
    if counted != len(load.created) or listed != len(load.created):
        problems.append(f"load: the control API counts {counted} jobs and the lists {listed}, "
                        f"{len(load.created)} were created")
    stderr = stop_fake(process, work, problems)
    served = re.search(r"stopped after (\d+) requests", stderr)
    extra = 4 * (3 + 1) + 1  # the lists read afterwards (one page each here), the state
    if load.sent != clients * requests or not served or int(served[1]) < load.sent:
        problems.append(f"load: {load.sent} requests sent of {clients * requests}, the fake served "
                        f"{served[1] if served else '?'} (with about {extra} to list)")
    return {"requests": load.sent, "jobs": len(load.created), "seconds": seconds,
            "p50_ms": 1000 * percentile(load.latencies, 0.50), "p99_ms": 1000 * percentile(load.latencies, 0.99),
            "max_ms": 1000 * max(load.latencies, default=0.0), "state": persist}


def kill_part(fake: str, work: Path, clients: int, requests: int, problems: list[str]) -> dict:
    state = work / "kill-state.json"
    state.unlink(missing_ok=True)
    process, port = start_fake(fake, work, "--threads", "4", "--job-duration", "600", "--state", str(state))
    half = clients * requests // 2

    def kill_at_half(load: Load) -> None:
        deadline = time.monotonic() + 120
        while len(load.latencies) < half and time.monotonic() < deadline and not load.lost:
            time.sleep(0.01)  # len() of a list another thread appends to is safe under the GIL
        process.kill()
        process.wait(timeout=30)

    load = Load(port, clients, requests)
    # Each client's own list of answered creations is merged when it stops: the kill stops them all.
    load.run(kill_at_half)
    if process.returncode != -signal.SIGKILL:
        problems.append(f"kill -9: the fake ended with {process.returncode} before it was killed")
    if len(load.lost) == 0:
        problems.append("kill -9: no client saw the fake go: it was not killed under load")
    problems += load.problems[:20]
    process, port = start_fake(fake, work, "--threads", "4", "--job-duration", "600", "--state", str(state))
    check_listed(port, load.created, "kill -9, then a restart", problems)
    c = Client(port, "AKIDLOAD0", problems, [])
    new_id = c.rest("CreateJob", "POST", "/v1/jobs", 201, {"Type": "IMPORT_ASSETS_FROM_S3", "Details": DX_DETAILS})
    if new_id.get("Id") in {job_id for _, _, job_id in load.created}:
        problems.append(f"kill -9, then a restart: a new job has an old job's id {new_id.get('Id')}")
    c.connection.close()
    stop_fake(process, work, problems)
    return {"answered": len(load.latencies), "jobs": len(load.created)}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("fake")
    parser.add_argument("work", type=Path)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--without-state", action="store_true", help="also measure the load without --state")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv[1:])
    args.work.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    try:
        runs = [load_part(args.fake, args.work, args.clients, args.requests, problems, persist=True)]
        if args.without_state:
            runs.append(load_part(args.fake, args.work, args.clients, args.requests, problems, persist=False))
        killed = kill_part(args.fake, args.work, args.clients, args.requests, problems)
    except (RuntimeError, OSError) as error:
        print(f"fake_load: setup failed: {error}", file=sys.stderr)
        return 2
    for run in runs:
        print(f"fake_load: {'with' if run['state'] else 'without'} --state: {run['requests']} requests "
              f"({args.clients} clients x {args.requests}), {run['jobs']} jobs created, {run['seconds']:.1f} s, "
              f"latency p50 {run['p50_ms']:.1f} ms, p99 {run['p99_ms']:.1f} ms, max {run['max_ms']:.1f} ms")
    print(f"fake_load: kill -9 after {killed['answered']} answers: {killed['jobs']} jobs acknowledged, "
          "every one there after the restart" if not problems else "")
    if args.json:
        args.json.write_text(json.dumps({"runs": runs, "kill": killed}, indent=2) + "\n")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    print(f"fake_load: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
