"""awsjobs-fake's validation of the models' lengths, ranges and patterns, through botocore in one process.

Usage: /usr/bin/python3 fake_constraints.py AWSJOBS_FAKE

Starts the fake (--port 0), then sends each request with botocore (Debian's awscli.botocore, the
models of tests/data/models through AWS_DATA_PATH) with parameter_validation off, so that the
fake's check answers, not botocore's own client-side one: each request breaking a length, size,
range or pattern must get the service's validation error (Data Exchange ValidationException, SES
v2 BadRequestException) whose message names the member's path and what is wrong; the same
request within the limits must succeed. Prints "fake_constraints: N checks, N passed, 0 failed".
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["AWS_DATA_PATH"] = str(HERE.parent / "data" / "models")
for variable in ("AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "HTTP_PROXY", "HTTPS_PROXY"):
    os.environ.pop(variable, None)

try:
    from awscli.botocore import session as botocore_session
    from awscli.botocore.config import Config
except ImportError:  # a standalone botocore
    from botocore import session as botocore_session
    from botocore.config import Config

DATA_SET = "14EXAMPLE4460dc9b005a0dEXAMPLE2f"
REVISION = "e5EXAMPLE224f879066f999EXAMPLE42"
ROLE = "arn:aws:iam::123456789012:role/Importer"


def lake_formation(**overrides):
    details = {"CatalogId": "123456789012",
               "Database": {"Expression": [{"TagKey": "k", "TagValues": ["v"]}], "Permissions": ["DESCRIBE"]},
               "RoleArn": ROLE, "DataSetId": DATA_SET, "RevisionId": REVISION}
    details.update(overrides)
    return {"Type": "IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY",
            "Details": {"ImportAssetsFromLakeFormationTagPolicy": details}}


def s3_import():
    return {"Type": "IMPORT_ASSETS_FROM_S3",
            "Details": {"ImportAssetsFromS3": {"AssetSources": [{"Bucket": "b", "Key": "k"}], "DataSetId": DATA_SET,
                                               "RevisionId": REVISION}}}


def metrics_export(metrics, dimensions=None):
    return {"ExportDataSource": {"MetricsDataSource": {
                "Dimensions": dimensions or {"ISP": ["isp"]}, "Namespace": "VDM",
                "Metrics": [{"Name": "SEND", "Aggregation": "RATE"}] * metrics,
                "StartDate": "2026-01-01T00:00:00Z", "EndDate": "2026-01-02T00:00:00Z"}},
            "ExportDestination": {"DataFormat": "CSV", "S3Url": "s3://amzn-s3-demo-bucket/exports"}}


class Checks:
    def __init__(self, port: int):
        s = botocore_session.get_session()
        config = Config(parameter_validation=False, retries={"max_attempts": 1, "mode": "standard"})
        endpoint = f"http://127.0.0.1:{port}"
        self.clients = {name: s.create_client(name, region_name="us-east-1", endpoint_url=endpoint,
                                              aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="x", config=config)
                        for name in ("dataexchange", "sesv2")}
        self.passed, self.failed = 0, []

    def check(self, what: str, holds: bool, detail: str = "") -> None:
        if holds:
            self.passed += 1
        else:
            self.failed.append(f"{what}: {detail}")

    def refused(self, what: str, service: str, operation: str, params: dict, code: str, message: str) -> None:
        client = self.clients[service]
        try:
            getattr(client, operation)(**params)
        except client.exceptions.ClientError as e:  # the error classes of the botocore the client comes from
            got = (e.response["Error"]["Code"], e.response["Error"].get("Message", ""))
            self.check(what, got[0] == code and re.search(message, got[1]) is not None,
                       f"got {got}, expected {code} matching {message!r}")
            return
        self.check(what, False, f"succeeded, expected {code}")

    def accepted(self, what: str, service: str, operation: str, params: dict) -> None:
        client = self.clients[service]
        try:
            getattr(client, operation)(**params)
            self.check(what, True)
        except client.exceptions.ClientError as e:
            self.check(what, False, f"refused: {e.response['Error']}")


def run(c: Checks) -> None:
    dx, ses = "dataexchange", "sesv2"
    job = s3_import()
    c.accepted("CreateJob within every limit", dx, "create_job", job)
    c.accepted("CreateJob, Lake Formation within every limit", dx, "create_job", lake_formation())
    c.refused("CreateJob, a bad RoleArn", dx, "create_job", lake_formation(RoleArn="arn:aws:iam::1234:role/x"),
              "ValidationException", r"^constraint_violation at \$\.Details\.ImportAssetsFromLakeFormationTagPolicy\."
              r"RoleArn: does not match the pattern `arn:aws:iam::\(\\d\{12\}\):role\\/\.\+`")
    c.refused("CreateJob, an 11-digit CatalogId", dx, "create_job", lake_formation(CatalogId="12345678901"),
              "ValidationException", r"\$\.Details\.ImportAssetsFromLakeFormationTagPolicy\.CatalogId: length 11 is "
                                     r"less than the minimum 12")
    c.refused("CreateJob, a short DataSetId", dx, "create_job", lake_formation(DataSetId="ds-1"),
              "ValidationException", r"\.DataSetId: does not match the pattern `\[a-zA-Z0-9\]\{30,40\}` \(length 4\)")
    signed_url = {"Type": "IMPORT_ASSET_FROM_SIGNED_URL", "Details": {"ImportAssetFromSignedUrl": {
        "AssetName": "a", "DataSetId": DATA_SET, "Md5Hash": "1B2M2Y8AsgTpgAmY7PhCfg==", "RevisionId": REVISION}}}
    c.accepted("CreateJob, a 24-character Md5Hash", dx, "create_job", signed_url)
    signed_url["Details"]["ImportAssetFromSignedUrl"]["Md5Hash"] = "1B2M2Y8AsgTpgAmY7PhCfg="
    c.refused("CreateJob, a 23-character Md5Hash", dx, "create_job", signed_url, "ValidationException",
              r"\.Md5Hash: length 23 is less than the minimum 24")
    tagged = dict(job, AssetConfiguration={"Tags": [{"Key": f"k{i}", "Value": "v"} for i in range(50)]})
    c.accepted("CreateJob, 50 tags", dx, "create_job", tagged)
    tagged["AssetConfiguration"]["Tags"].append({"Key": "k50", "Value": "v"})
    c.refused("CreateJob, 51 tags", dx, "create_job", tagged, "ValidationException",
              r"^constraint_violation at \$\.AssetConfiguration\.Tags: 51 elements, more than the maximum 50$")
    s3_access = {"Type": "CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET", "Details": {"CreateS3DataAccessFromS3Bucket": {
        "AssetSource": {"Bucket": "b", "KmsKeysToGrant": [{"KmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/k"}] * 10},
        "DataSetId": DATA_SET, "RevisionId": REVISION}}}
    c.accepted("CreateJob, 10 KmsKeysToGrant", dx, "create_job", s3_access)
    s3_access["Details"]["CreateS3DataAccessFromS3Bucket"]["AssetSource"]["KmsKeysToGrant"] *= 2
    c.refused("CreateJob, 20 KmsKeysToGrant", dx, "create_job", s3_access, "ValidationException",
              r"\$\.Details\.CreateS3DataAccessFromS3Bucket\.AssetSource\.KmsKeysToGrant: 20 elements, more than the "
              r"maximum 10")
    c.refused("ListJobs, MaxResults 201", dx, "list_jobs", {"MaxResults": 201}, "ValidationException",
              r"\$\.MaxResults: 201 is more than the maximum 200")
    c.refused("ListJobs, MaxResults 0", dx, "list_jobs", {"MaxResults": 0}, "ValidationException",
              r"\$\.MaxResults: 0 is less than the minimum 1")
    c.accepted("ListJobs, MaxResults 200", dx, "list_jobs", {"MaxResults": 200})
    c.refused("GetJob, a job id outside the pattern", dx, "get_job", {"JobId": "job-1"}, "ValidationException",
              r"\$\.JobId: does not match the pattern")

    c.accepted("CreateExportJob, 10 metrics", ses, "create_export_job", metrics_export(10))
    c.refused("CreateExportJob, 11 metrics", ses, "create_export_job", metrics_export(11), "BadRequestException",
              r"\$\.ExportDataSource\.MetricsDataSource\.Metrics: 11 elements, more than the maximum 10")
    c.refused("CreateExportJob, 11 values of a dimension", ses, "create_export_job",
              metrics_export(1, {"ISP": [f"isp{i}" for i in range(11)]}), "BadRequestException",
              r"\$\.ExportDataSource\.MetricsDataSource\.Dimensions\.ISP: 11 elements, more than the maximum 10")
    insights = {"ExportDataSource": {"MessageInsightsDataSource": {
        "StartDate": "2026-01-01T00:00:00Z", "EndDate": "2026-01-02T00:00:00Z", "MaxResults": 10000,
        "Include": {"Subject": ["a"]}}}, "ExportDestination": {"DataFormat": "CSV"}}
    c.accepted("CreateExportJob, one subject filter, MaxResults 10000", ses, "create_export_job", insights)
    source = insights["ExportDataSource"]["MessageInsightsDataSource"]
    source["MaxResults"] = 10001
    c.refused("CreateExportJob, MaxResults 10001", ses, "create_export_job", insights, "BadRequestException",
              r"\$\.ExportDataSource\.MessageInsightsDataSource\.MaxResults: 10001 is more than the maximum 10000")
    source["Include"]["Subject"].append("b")
    c.refused("CreateExportJob, two subject filters (before MaxResults: the first violation answers)", ses,
              "create_export_job", insights, "BadRequestException",
              r"\$\.ExportDataSource\.MessageInsightsDataSource\.Include\.Subject: 2 elements, more than the maximum 1")
    c.refused("CreateImportJob, an S3Url without a key", ses, "create_import_job",
              {"ImportDestination": {"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}},
               "ImportDataSource": {"S3Url": "s3://bucket", "DataFormat": "CSV"}}, "BadRequestException",
              r"\$\.ImportDataSource\.S3Url: does not match the pattern")


def main(argv: list[str]) -> int:
    process = subprocess.Popen([argv[1], "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    match = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", process.stdout.readline())
    if not match:
        process.kill()
        print(f"fake_constraints: the fake did not start: {process.stderr.read()[-500:]!r}")
        return 1
    try:
        c = Checks(int(match.group(1)))
        run(c)
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    c.check("exit 0 on SIGTERM", process.returncode == 0, f"exit {process.returncode}: {stderr.strip()[-500:]!r}")
    for failure in c.failed:
        print(f"FAILED {failure}")
    print(f"fake_constraints: {c.passed + len(c.failed)} checks, {c.passed} passed, {len(c.failed)} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
