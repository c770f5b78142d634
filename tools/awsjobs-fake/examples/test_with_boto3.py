"""A test in Python whose AWS SDK (boto3) talks to awsjobs-fake instead of AWS.

    AWSJOBS_FAKE=path/to/awsjobs-fake python3 -m unittest test_with_boto3.py -v

(awsjobs-fake on PATH when AWSJOBS_FAKE is not set.) Each test runs the fake on a free port,
points boto3 at it with endpoint_url, and follows a job through its whole life.
"""

import os
import re
import subprocess
import time
import unittest

import boto3

# Ids as Data Exchange makes them, which its model's pattern allows ([a-zA-Z0-9]{30,40}).
DATA_SET, REVISION = "14EXAMPLE4460dc9b005a0dEXAMPLE2f", "e5EXAMPLE224f879066f999EXAMPLE42"


class JobsAgainstTheFake(unittest.TestCase):
    def setUp(self):
        self.fake = subprocess.Popen([os.environ.get("AWSJOBS_FAKE", "awsjobs-fake"), "--port", "0"],
                                     stdout=subprocess.PIPE, text=True)
        port = re.fullmatch(r"listening on 127\.0\.0\.1:(\d+)\n", self.fake.stdout.readline())[1]
        self.addCleanup(self.stop_fake)
        # Any key pair: without --credentials the fake checks no signature (the key id picks the account).
        self.session = boto3.Session(aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret", region_name="us-east-1")
        self.endpoint = f"http://127.0.0.1:{port}"

    def client(self, service):
        made = self.session.client(service, endpoint_url=self.endpoint)  # the fake, not AWS
        self.addCleanup(made.close)
        return made

    def stop_fake(self):
        self.fake.terminate()
        self.assertEqual(self.fake.wait(timeout=10), 0)  # SIGTERM: it drains and exits 0
        self.fake.stdout.close()

    def wait_for(self, read_state, final):
        """Polls read_state() until it is one of `final` (a started job ends within 5 s)."""
        deadline = time.monotonic() + 10
        while (state := read_state()) not in final and time.monotonic() < deadline:
            time.sleep(0.2)
        return state

    def test_data_exchange_job(self):
        dataexchange = self.client("dataexchange")
        job = dataexchange.create_job(Type="IMPORT_ASSETS_FROM_S3", Details={"ImportAssetsFromS3": {
            "DataSetId": DATA_SET, "RevisionId": REVISION, "AssetSources": [{"Bucket": "my-bucket", "Key": "data.csv"}]}})
        self.assertEqual(job["State"], "WAITING")

        dataexchange.start_job(JobId=job["Id"])
        state = self.wait_for(lambda: dataexchange.get_job(JobId=job["Id"])["State"], {"COMPLETED", "ERROR"})
        self.assertEqual(state, "COMPLETED")

        listed = dataexchange.list_jobs(DataSetId=DATA_SET)["Jobs"]
        self.assertEqual([j["Id"] for j in listed], [job["Id"]])

        with self.assertRaises(dataexchange.exceptions.ConflictException):  # only a WAITING job can be cancelled
            dataexchange.cancel_job(JobId=job["Id"])

    def test_ses_import_job(self):
        sesv2 = self.client("sesv2")
        job_id = sesv2.create_import_job(
            ImportDestination={"SuppressionListDestination": {"SuppressionListImportAction": "PUT"}},
            ImportDataSource={"S3Url": "s3://my-bucket/suppressed.csv", "DataFormat": "CSV"})["JobId"]

        status = self.wait_for(lambda: sesv2.get_import_job(JobId=job_id)["JobStatus"], {"COMPLETED", "FAILED"})
        self.assertEqual(status, "COMPLETED")

        listed = sesv2.list_import_jobs()["ImportJobs"]
        self.assertEqual([j["JobId"] for j in listed], [job_id])


if __name__ == "__main__":
    unittest.main()
