#!/usr/bin/env python3
"""awsjobs-fake drains on SIGTERM: what was begun is answered, nothing new is taken.

Usage: fake_drain.py AWSJOBS_FAKE

Before the SIGTERM, three connections to the fake:
- `idle`: a keep-alive connection whose request was answered, now waiting for its next one;
- `half`: a request of which only the first half (in the middle of its headers) has been sent;
- `untouched`: connected, nothing sent.
Then, within a few seconds (the fake runs with --idle-timeout 5):
- `idle` and `untouched` are closed by the fake at once (end of stream within 1 s);
- a new connection is refused;
- the fake is still running while `half` is unfinished; once the rest is sent, the request is
  answered 200 with `Connection: close`, and the connection then closed;
- the fake exits 0.

Exit status 0 when all hold, 1 with each failure listed, 2 when the fake does not start.
"""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time

LIST = b"GET /v1/jobs?maxResults=5 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n"
HALF = LIST.index(b"Accept")  # the request line and one header field sent before the SIGTERM

failures: list[str] = []
count = 0


def check(what: str, holds: bool, detail: str = "") -> None:
    global count
    count += 1
    if not holds:
        failures.append(f"{what}: {detail}")


def read_response(s: socket.socket) -> tuple[int, dict[str, str]]:
    """One response's status and header fields (lower-case names); its body read and dropped."""
    reader = s.makefile("rb")
    status_line = reader.readline()
    match = re.match(rb"HTTP/1\.1 (\d{3}) ", status_line)
    fields = {}
    while (line := reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode().partition(":")
        fields[name.strip().lower()] = value.strip()
    reader.read(int(fields.get("content-length", "0")))
    return (int(match[1]) if match else 0), fields


def closed_within(s: socket.socket, seconds: float) -> str:
    """'closed' when the fake ends the stream within `seconds`, else what happened."""
    s.settimeout(seconds)
    try:
        data = s.recv(4096)
    except socket.timeout:
        return f"still open after {seconds} s"
    except ConnectionResetError:
        return "closed"
    return "closed" if data == b"" else f"received {data[:80]!r}"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    fake = subprocess.Popen([argv[1], "--port", "0", "--idle-timeout", "5", "--job-duration", "manual"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    match = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", fake.stdout.readline())
    if not match:
        fake.kill()
        print(f"fake_drain: awsjobs-fake did not start: {fake.communicate()[1]}", file=sys.stderr)
        return 2
    address = ("127.0.0.1", int(match[1]))
    try:
        idle = socket.create_connection(address, timeout=5)
        idle.sendall(LIST)
        status, fields = read_response(idle)
        check("before SIGTERM: a keep-alive request answered", status == 200 and fields.get("connection") != "close",
              f"{status} {fields}")
        half = socket.create_connection(address, timeout=5)
        half.sendall(LIST[:HALF])
        untouched = socket.create_connection(address, timeout=5)
        time.sleep(0.3)  # the fake has read the first half

        signalled = time.monotonic()
        fake.send_signal(signal.SIGTERM)
        for what, connection in (("the idle keep-alive connection", idle), ("the connection that sent nothing", untouched)):
            outcome = closed_within(connection, 1.0)
            check(f"SIGTERM: {what} closed at once", outcome == "closed", outcome)
        try:
            socket.create_connection(address, timeout=2).close()
            refused = "accepted"
        except ConnectionRefusedError:
            refused = "refused"
        except OSError as error:
            refused = repr(error)
        check("SIGTERM: a new connection refused", refused == "refused", refused)
        time.sleep(0.5)
        check("SIGTERM: the fake waits for the half-sent request", fake.poll() is None, f"exited {fake.returncode}")

        half.sendall(LIST[HALF:])
        status, fields = read_response(half)
        check("SIGTERM: the half-sent request answered, Connection: close", status == 200 and fields.get("connection") == "close",
              f"{status} {fields}")
        outcome = closed_within(half, 2.0)
        check("SIGTERM: then its connection closed", outcome == "closed", outcome)
        try:
            _, stderr = fake.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            fake.kill()
            _, stderr = fake.communicate()
        elapsed = time.monotonic() - signalled
        check("SIGTERM: exit 0 within 5 s", fake.returncode == 0 and elapsed < 5,
              f"exit {fake.returncode} after {elapsed:.1f} s: {stderr.strip()[-300:]!r}")
    finally:
        if fake.poll() is None:
            fake.kill()
            fake.wait()
    for failure in failures:
        print(f"FAILED: {failure}")
    print(f"fake_drain: {count} checks, {count - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
