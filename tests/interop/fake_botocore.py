#!/usr/bin/env python3
"""SES v2 ListImportJobs against awsjobs-fake with botocore directly, in both of its bindings.

Usage: fake_botocore.py AWSJOBS_FAKE MODELS_DIR

Debian's awscli ships an SES v2 model whose ListImportJobs is `GET /v2/email/import-jobs` with
query parameters (the older binding); the model committed in MODELS_DIR (tests/data/models) has
today's `POST /v2/email/import-jobs/list` with a JSON body. One botocore (awscli.botocore, as
tests/http/botocore_check.py finds it) loads each model: one session with the default search
paths, one with a Loader that searches MODELS_DIR first. Against one fake (--job-duration manual),
seven import jobs are created (four to the suppression list, three to a contact list), then each
client lists them page by page (PageSize 3), all of them and filtered by ImportDestinationType.
Checked: each client sent its own binding's method and path; each listed every job created, once,
in the same order as the other, in pages of 3, 3, 1 (the filtered lists 3, 1 and 3); a token from a
page is accepted only by its own request (a token with another filter gets BadRequestException).

Exit status 0 when all hold, 1 with each failure listed, 2 when the fake does not start.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

try:
    from awscli.botocore import loaders, session
except ImportError:
    from botocore import loaders, session

IMPORTS = [("SuppressionListDestination", {"SuppressionListImportAction": "PUT"})] * 4 + \
          [("ContactListDestination", {"ContactListName": "news", "ContactListImportAction": "PUT"})] * 3

failures: list[str] = []
count = 0


def check(what: str, holds: bool, detail: str = "") -> None:
    global count
    count += 1
    if not holds:
        failures.append(f"{what}: {detail}")


def client(endpoint: str, models: str | None):
    """An SES v2 client of the model awscli ships, or (with `models`) of the model in `models`;
    each request's method and path recorded in client.sent."""
    botocore_session = session.Session()
    if models:
        botocore_session.register_component("data_loader", loaders.Loader(extra_search_paths=[models]))
    made = botocore_session.create_client("sesv2", endpoint_url=endpoint, region_name="us-east-1",
                                          aws_access_key_id="AKIDBOTOCORE", aws_secret_access_key="secret")
    made.sent = []
    made.meta.events.register("before-send.sesv2.ListImportJobs",
                              lambda request, **_: made.sent.append((request.method, request.url.split("?")[0].split(endpoint)[1])))
    return made


def pages(sesv2, **filters) -> list[list[str]]:
    """The job ids of each page of ListImportJobs with PageSize 3."""
    out, token = [], {}
    while True:
        page = sesv2.list_import_jobs(PageSize=3, **filters, **token)
        out.append([job["JobId"] for job in page["ImportJobs"]])
        if not page.get("NextToken"):
            return out
        token = {"NextToken": page["NextToken"]}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    for variable in ("AWS_DATA_PATH", "AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        os.environ.pop(variable, None)
    os.environ["AWS_CONFIG_FILE"] = os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
    os.environ["AWS_MAX_ATTEMPTS"] = "1"
    fake = subprocess.Popen([argv[1], "--port", "0", "--job-duration", "manual"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    match = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", fake.stdout.readline())
    if not match:
        fake.kill()
        print(f"fake_botocore: awsjobs-fake did not start: {fake.communicate()[1]}", file=sys.stderr)
        return 2
    endpoint = f"http://127.0.0.1:{match[1]}"
    try:
        older, newer = client(endpoint, None), client(endpoint, argv[2])
        created = [newer.create_import_job(ImportDestination={kind: destination},
                                           ImportDataSource={"S3Url": f"s3://bucket/{i}.csv", "DataFormat": "CSV"})["JobId"]
                   for i, (kind, destination) in enumerate(IMPORTS)]
        by_type = {"SUPPRESSION_LIST": created[:4], "CONTACT_LIST": created[4:]}
        listed = {}
        for name, sesv2 in (("awscli's model", older), ("the committed model", newer)):
            listed[name] = pages(sesv2)
            check(f"{name}: every job in pages of 3, 3, 1", [len(p) for p in listed[name]] == [3, 3, 1]
                  and sorted(sum(listed[name], [])) == sorted(created), f"{listed[name]}, created {created}")
            for destination, ids in by_type.items():
                filtered = pages(sesv2, ImportDestinationType=destination)
                check(f"{name}: ImportDestinationType {destination}", sorted(sum(filtered, [])) == sorted(ids)
                      and all(len(p) <= 3 for p in filtered), f"{filtered}, expected {ids}")
            first = sesv2.list_import_jobs(PageSize=3, ImportDestinationType="SUPPRESSION_LIST")
            refused = "no NextToken after the first 3 of 4 jobs"
            if "NextToken" in first:
                try:
                    sesv2.list_import_jobs(PageSize=3, ImportDestinationType="CONTACT_LIST", NextToken=first["NextToken"])
                    refused = "accepted"
                except sesv2.exceptions.ClientError as error:  # the client's own class: awscli loads botocore twice
                    refused = error.response["Error"]["Code"]
            check(f"{name}: a token of another filter refused", refused == "BadRequestException", refused)
        check("both models list the same jobs in the same order",
              listed["awscli's model"] == listed["the committed model"], str(listed))
        check("awscli's model sent GET /v2/email/import-jobs",
              set(older.sent) == {("GET", "/v2/email/import-jobs")}, str(set(older.sent)))
        check("the committed model sent POST /v2/email/import-jobs/list",
              set(newer.sent) == {("POST", "/v2/email/import-jobs/list")}, str(set(newer.sent)))
    finally:
        fake.send_signal(signal.SIGTERM)
        try:
            _, stderr = fake.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            fake.kill()
            _, stderr = fake.communicate()
    check("the fake exits 0 on SIGTERM", fake.returncode == 0, f"exit {fake.returncode}: {stderr.strip()[-300:]!r}")
    for failure in failures:
        print(f"FAILED: {failure}")
    print(f"fake_botocore: {count} checks, {count - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
