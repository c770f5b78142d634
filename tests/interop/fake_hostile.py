#!/usr/bin/env python3
"""awsjobs-fake against hostile input over the socket: an HTTP error or a closed connection, never
a crash or a stall, and a normal request answered after each.

Usage: fake_hostile.py AWSJOBS_FAKE WORK_DIR

The fake runs with --idle-timeout 2. Each case sends its bytes on a new connection and reads until
the fake closes it (at most 10 s); the case holds when the fake answers with the status expected
(a 4xx or 5xx) or closes the connection without an answer, as the case says; then GET
/_awsjobs-fake/state on another connection is answered 200 and the fake still runs:
- oversized request headers (one 20 KiB header; 2000 small ones), an oversized body (over 64 KiB,
  by Content-Length and by chunks: 413);
- malformed HTTP: a request line that is not one, a bad HTTP version, Content-Length not a number,
  negative or given twice with two values, chunked garbage, random bytes, a request cut short;
- slowloris: 20 connections sending a header a byte every 0.2 s; another client is served
  meanwhile (each request within 1 s), and each slow connection is closed by the idle timeout
  (within 2 to 6 s);
- garbage in an operation's request (JSON that is not, a number out of range) and in the control
  API (bad JSON, wrong types, huge numbers, nesting 10000 deep, a body over its 4 KiB): a 4xx with
  the service's or the control API's error;
- a flood of creates on a second fake with --max-jobs 40 (jobs of each kind per account): 150
  creates of each service, 40 made and 110 refused with the service's own limit error, 120 jobs
  held, the jobs still listed (fake_state checks the limit through the CLI, for Data Exchange);
- each fake exits 0 on SIGTERM at the end; --help documents --idle-timeout and --max-jobs, and a
  value out of their range is refused (exit 2, the option named).

Exit status 0 when all hold, 1 with each failure listed, 2 when the setup fails.
"""

from __future__ import annotations

import json
import random
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

IDLE_TIMEOUT = 2
CLOSED = "closed"  # the fake closed the connection without an answer


def exchange(port: int, data: bytes, wait: float = 10.0, pause_after: int | None = None) -> tuple[str, float]:
    """Sends `data` (the rest after a pause, when `pause_after`), reads to the end: the answer's
    status or CLOSED, and the seconds until the fake closed; 'open' when it did not within `wait`."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        try:
            s.sendall(data if pause_after is None else data[:pause_after])
            if pause_after is not None:
                time.sleep(0.2)
                s.sendall(data[pause_after:])
                s.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the fake closed the connection while the request was still being sent
        received = b""
        try:
            while chunk := s.recv(65536):
                received += chunk
        except socket.timeout:
            return "open", time.monotonic() - start
        except OSError:
            pass  # a reset: closed
    match = re.match(rb"HTTP/1\.[01] (\d{3}) ", received)
    return (match[1].decode() if match else CLOSED), time.monotonic() - start


def request(method: str, target: str, body: bytes = b"", headers: str = "") -> bytes:
    return (f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def http_answer(port: int, method: str, target: str, body: bytes = b"", headers: str = "") -> tuple[int, bytes]:
    """A well-formed request's status, and its header lines then its body."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(request(method, target, body, headers))
        received = b""
        while chunk := s.recv(65536):
            received += chunk
    head, _, payload = received.partition(b"\r\n\r\n")
    match = re.match(rb"HTTP/1\.1 (\d{3}) ", head)
    return (int(match[1]) if match else 0), head + b"\r\n\r\n" + payload


class Checks:
    def __init__(self, process: subprocess.Popen, port: int):
        self.process, self.port = process, port
        self.count = 0
        self.failures: list[str] = []

    def check(self, what: str, holds: bool, detail: str = "") -> None:
        self.count += 1
        if not holds:
            self.failures.append(f"{what}: {detail}")

    def still_serving(self, after: str) -> None:
        try:
            status, _ = http_answer(self.port, "GET", "/_awsjobs-fake/state")
        except OSError as error:
            status = f"no answer: {error!r}"
        self.check(f"after {after}: a normal request", status == 200 and self.process.poll() is None,
                   f"status {status}, the fake {'runs' if self.process.poll() is None else 'has exited'}")

    def raw(self, what: str, data: bytes, expected: set[str], **kw) -> None:
        status, _ = exchange(self.port, data, **kw)
        self.check(what, status in expected, f"{status}, expected one of {sorted(expected)}")
        self.still_serving(what)

    def answered(self, what: str, method: str, target: str, body: bytes, status: int, pattern: str) -> None:
        got, payload = http_answer(self.port, method, target, body)
        head, _, text = payload.partition(b"\r\n\r\n")
        try:  # a JSON error's message as text, its quotes unescaped
            text = " ".join(str(value) for value in json.loads(text).values()).encode()
        except (ValueError, AttributeError):
            pass
        self.check(what, got == status and re.search(pattern.encode(), head + b"\n" + text) is not None,
                   f"{got} {payload[:300]!r}, expected {status} and {pattern!r}")
        self.still_serving(what)


def socket_level(c: Checks) -> None:
    refused = {CLOSED, "400", "413", "431"}
    big_header = b"GET /v1/jobs HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n"
    c.raw("a 20 KiB header", big_header, refused)
    many = b"GET /v1/jobs HTTP/1.1\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(2000)) + b"\r\n"
    c.raw("2000 headers", many, refused)
    c.raw("a body over 64 KiB by Content-Length", request("POST", "/v1/jobs", b"{" + b" " * 70000 + b"}"), {"413"})
    chunks = b"".join(b"4000\r\n" + b" " * 0x4000 + b"\r\n" for _ in range(5)) + b"0\r\n\r\n"
    c.raw("a body over 64 KiB in chunks",
          b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks, {"413"})
    for what, data in [
            ("a request line that is not one", b"GARBAGE\r\n\r\n"),
            ("an HTTP version that is not one", b"GET / HTTP/9.Z\r\nHost: x\r\n\r\n"),
            ("Content-Length not a number", b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n"),
            ("Content-Length negative", b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
            ("Content-Length twice, two values",
             b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
            ("Content-Length of 20 digits",
             b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n"),
            ("chunked garbage", b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n"),
            ("a chunk size of 20 hex digits",
             b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\n"),
            ("random bytes", random.Random(20).randbytes(8192)),
            ("a NUL in the request line", b"GET /v1/\x00jobs HTTP/1.1\r\nHost: x\r\n\r\n")]:
        c.raw(what, data, {CLOSED, "400", "413"})
    # Cut short: the body promised is never sent; the fake waits for the idle timeout, then closes.
    status, seconds = exchange(c.port, b"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{", wait=10)
    c.check("a body cut short: closed by the idle timeout", status == CLOSED and seconds < IDLE_TIMEOUT + 4,
            f"{status} after {seconds:.1f} s")
    c.still_serving("a body cut short")
    # The request in two pieces with a pause: still one request, answered.
    status, _ = exchange(c.port, request("GET", "/_awsjobs-fake/state"), pause_after=10)
    c.check("a request in two pieces", status == "200", status)


def slowloris(c: Checks) -> None:
    """20 connections each sending its header a byte at a time; a normal client served meanwhile."""
    closed_after: list[float] = []
    lock = threading.Lock()

    def slow(n: int) -> None:
        start = time.monotonic()
        data = f"GET /_awsjobs-fake/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-{n}: {'z' * 100}\r\n\r\n".encode()
        with socket.create_connection(("127.0.0.1", c.port), timeout=10) as s:
            try:
                for byte in data:
                    s.sendall(bytes([byte]))
                    time.sleep(0.2)
                    if time.monotonic() - start > 10:
                        break
                s.recv(1)  # the close, or nothing after 10 s
            except OSError:
                pass  # closed (reset) while sending: what is expected
        with lock:
            closed_after.append(time.monotonic() - start)

    threads = [threading.Thread(target=slow, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    time.sleep(0.3)
    served = []
    while any(thread.is_alive() for thread in threads) and len(served) < 40:
        start = time.monotonic()
        status, _ = http_answer(c.port, "GET", "/_awsjobs-fake/state")
        served.append((status, time.monotonic() - start))
        time.sleep(0.1)
    for thread in threads:
        thread.join()
    c.check("slowloris: another client served meanwhile, each request within 1 s",
            len(served) >= 5 and all(status == 200 and seconds < 1 for status, seconds in served),
            f"{[(s, round(t, 2)) for s, t in served]}")
    c.check(f"slowloris: each slow connection closed by the idle timeout ({IDLE_TIMEOUT} s)",
            len(closed_after) == 20 and all(IDLE_TIMEOUT - 0.5 < t < IDLE_TIMEOUT + 4 for t in closed_after),
            f"closed after {sorted(round(t, 1) for t in closed_after)} s")
    c.still_serving("slowloris")


def garbage(c: Checks) -> None:
    for what, command, body, pattern in [
            ("bad JSON", "advance", b'{"seconds": ', r"not the JSON expected: syntax"),
            ("not JSON at all", "inject", b"\x00\xff garbage", r"not the JSON expected"),
            ("a string for a number", "advance", b'{"seconds": "many"}', r"type_mismatch"),
            ("an object for a number", "inject", b'{"next": {"a": 1}}', r"type_mismatch"),
            ("a number for a string", "inject", b'{"code": 429, "next": 1}', r"type_mismatch"),
            ("a huge number of seconds", "advance", b'{"seconds": 1e300}', r'"seconds" must be a number above 0'),
            ("a number past double", "advance", b'{"seconds": 1e400}', r"not the JSON expected|\"seconds\" must be"),
            ("a huge count", "inject", b'{"next": 99999999999999999999999}', r"not the JSON expected"),
            ("a count past int64", "inject", b'{"every": 9223372036854775808}', r"not the JSON expected"),
            ("a status past int32", "inject", b'{"status": 4294967697, "next": 1}', r"not the JSON expected"),
            ("a negative count", "inject", b'{"every": -1}', r'"every" must be 1 to 1000000'),
            ("NaN", "advance", b'{"seconds": NaN}', r"not the JSON expected"),
            ("nesting 10000 deep", "inject", b"[" * 10000 + b"]" * 10000, r"not the JSON expected"),
            ("a body over 4 KiB", "inject", b'{"message": "' + b"m" * 5000 + b'", "next": 1}', r"not the JSON expected"),
            ("a code of 10 KiB", "inject", b'{"code": "' + b"c" * 3000 + b'", "next": 1}', r'"code" must be 1 to 128')]:
        c.answered(f"control API, {what}", "POST", f"/_awsjobs-fake/{command}", body, 400, pattern)
    c.answered("control API, a command that is not one", "POST", "/_awsjobs-fake/" + "x" * 4000, b"{}", 404,
               r"no command")
    c.answered("CreateJob, a body that is not JSON", "POST", "/v1/jobs", b'{"Type": [', 400, r"ValidationException")
    c.answered("CreateJob, a JSON array", "POST", "/v1/jobs", b"[1, 2, 3]", 400, r"ValidationException")
    c.answered("ListJobs, maxResults of 20 digits", "GET", "/v1/jobs?maxResults=99999999999999999999", b"", 400,
               r"ValidationException")
    c.answered("GetJob, a job id of 6 KiB", "GET", "/v1/jobs/" + "j" * 6000, b"", 404, r"ResourceNotFoundException")
    # No injected error may be left by the refusals: an operation still succeeds.
    status, payload = http_answer(c.port, "GET", "/_awsjobs-fake/state")
    state = json.loads(payload.partition(b"\r\n\r\n")[2] or b"{}")
    c.check("control API: no refusal changed the state",
            status == 200 and state.get("injected_next") == 0 and state.get("injected_every") == 0
            and state.get("clock_offset_seconds") == 0, f"{status} {state}")


def start(fake: str, *options: str) -> tuple[subprocess.Popen, int]:
    process = subprocess.Popen([fake, "--port", "0", *options], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    match = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", process.stdout.readline())
    if not match:
        process.kill()
        raise RuntimeError(f"awsjobs-fake did not start: {process.stderr.read()}")
    return process, int(match[1])


def stop(c: Checks, label: str) -> str:
    c.process.send_signal(signal.SIGTERM)
    try:
        _, stderr = c.process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        c.process.kill()
        _, stderr = c.process.communicate()
    c.check(f"{label}: exit 0 on SIGTERM", c.process.returncode == 0, f"exit {c.process.returncode}: {stderr.strip()[-500:]!r}")
    return stderr


FLOOD_LIMIT = 40


def flood(c: Checks) -> None:
    """Creates beyond --max-jobs: each service's limit error, and no job more."""
    details = {"ImportAssetsFromS3": {"AssetSources": [{"Bucket": "b", "Key": "k"}],
                                      "DataSetId": "14EXAMPLE4460dc9b005a0dEXAMPLE2f",
                                      "RevisionId": "e5EXAMPLE224f879066f999EXAMPLE42"}}
    creates = [
        ("Data Exchange CreateJob", "POST", "/v1/jobs", "application/json",
         json.dumps({"Type": "IMPORT_ASSETS_FROM_S3", "Details": details}).encode(), "ServiceLimitExceededException"),
        ("SES v2 CreateImportJob", "POST", "/v2/email/import-jobs", "application/json",
         json.dumps({"ImportDestination": {"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}},
                     "ImportDataSource": {"S3Url": "s3://b/c.csv", "DataFormat": "CSV"}}).encode(), "LimitExceededException"),
        ("Import/Export CreateJob", "POST", "/", "application/x-www-form-urlencoded",
         b"Action=CreateJob&Version=2010-06-01&JobType=Import&Manifest=m&ValidateOnly=false", "CreateJobQuotaExceededException")]
    with socket.create_connection(("127.0.0.1", c.port), timeout=10) as s:
        reader = s.makefile("rb")
        for what, method, target, content_type, body, code in creates:
            statuses: dict[int, int] = {}
            refusals = set()
            for _ in range(150):
                s.sendall(f"{method} {target} HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
                          f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
                status = int(reader.readline().split()[1])
                fields = {}
                while (line := reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.decode().partition(":")
                    fields[name.lower()] = value.strip()
                answer = reader.read(int(fields.get("content-length", "0")))
                statuses[status] = statuses.get(status, 0) + 1
                if status >= 400:  # REST-JSON names the error in a header, the query protocol in <Code>
                    xml_code = re.search(rb"<Code>([^<]*)</Code>", answer)
                    refusals.add(fields.get("x-amzn-errortype") or (xml_code[1].decode() if xml_code else answer[:100]))
            made = sum(n for st, n in statuses.items() if 200 <= st < 300)
            refused = sum(n for st, n in statuses.items() if 400 <= st < 500)
            c.check(f"--max-jobs {FLOOD_LIMIT}: 150 x {what}: {FLOOD_LIMIT} made, the rest refused with {code}",
                    (made, refused, refusals) == (FLOOD_LIMIT, 150 - FLOOD_LIMIT, {code}),
                    f"statuses {statuses}, refusals {refusals}")
    status, payload = http_answer(c.port, "GET", "/_awsjobs-fake/state")
    accounts = json.loads(payload.partition(b"\r\n\r\n")[2] or b"{}").get("accounts", [])
    held = sum(a["dataexchange"] + a["sesv2_import"] + a["sesv2_export"] + a["importexport"] for a in accounts)
    c.check(f"--max-jobs {FLOOD_LIMIT}: jobs held after the flood", (status, held) == (200, 3 * FLOOD_LIMIT),
            f"{status}, {held} jobs")
    status, _ = http_answer(c.port, "GET", "/v1/jobs?maxResults=5")
    c.check(f"--max-jobs {FLOOD_LIMIT}: the jobs still listed", status == 200, str(status))


def command_line(c: Checks, fake: str) -> None:
    p = subprocess.run([fake, "--help"], capture_output=True, text=True, timeout=20)
    documented = [o for o in ("--idle-timeout", "--max-jobs") if re.search(rf"^\s+{o}\b", p.stdout, re.M)]
    c.check("--help documents --idle-timeout and --max-jobs", p.returncode == 0 and len(documented) == 2,
            f"exit {p.returncode}, documented {documented}")
    for args, message in [(["--idle-timeout", "0"], "--idle-timeout 0: expected 1 to 3600 seconds"),
                          (["--max-jobs", "0"], "--max-jobs 0: expected 1 to 1000000 jobs"),
                          (["--max-jobs", "99999999999999999999999"], "--max-jobs 99999999999999999999999: expected")]:
        p = subprocess.run([fake, *args], capture_output=True, text=True, timeout=20)
        c.check(f"awsjobs-fake {' '.join(args)}: refused", p.returncode == 2 and message in p.stderr and not p.stdout,
                f"exit {p.returncode}, {p.stderr.strip()!r}")


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    fake, work = argv[1], Path(argv[2])
    work.mkdir(parents=True, exist_ok=True)
    try:
        c = Checks(*start(fake, "--idle-timeout", str(IDLE_TIMEOUT), "--job-duration", "manual"))
        flooded = Checks(*start(fake, "--max-jobs", str(FLOOD_LIMIT), "--job-duration", "manual"))
    except RuntimeError as error:
        print(f"fake_hostile: {error}", file=sys.stderr)
        return 2
    try:
        socket_level(c)
        slowloris(c)
        garbage(c)
        flood(flooded)
        command_line(c, fake)
    finally:
        (work / "fake-stderr.txt").write_text(stop(c, "hostile input"))
        stop(flooded, f"--max-jobs {FLOOD_LIMIT}")
        c.count += flooded.count
        c.failures += flooded.failures
    for failure in c.failures:
        print(f"FAILED: {failure}")
    print(f"fake_hostile: {c.count} checks, {c.count - len(c.failures)} passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
