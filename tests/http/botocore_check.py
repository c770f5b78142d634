"""awsjobs' HTTP bindings against botocore, the library inside the AWS CLI.

Runs wire_dump (argv[1]), which prints the requests awsjobs' client writes and the responses its
server writes, and checks that
  - botocore's serializer makes the same method, path, headers and body from the same job id;
  - botocore's parser reads each error response to the same code, message, request id and status,
    and the modeled members as the exception shape (as botocore.endpoint does);
  - botocore's parser reads each output response to the members awsjobs wrote (GetStatus's XML too,
    where the XML codec is built).
Uses Debian's awscli (its botocore is awscli.botocore), else a standalone botocore.
AWS_DATA_PATH must point at tests/data/models, so both read the same models.
"""

import json
import subprocess
import sys

try:
    from awscli.botocore import awsrequest, parsers, serialize, session
except ImportError:
    from botocore import awsrequest, parsers, serialize, session

SERVICES = {"GetJob": "dataexchange", "GetImportJob": "sesv2", "GetStatus": "importexport"}

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def botocore_request(model, operation, job_id):
    op = model.operation_model(operation)
    serializer = serialize.create_serializer(model.metadata["protocol"], include_validation=True)
    serialized = serializer.serialize_to_request({"JobId": job_id}, op)
    target = serialized["url_path"]
    if serialized["query_string"]:
        target += "?" + (serialized["query_string"] if isinstance(serialized["query_string"], str)
                         else "&".join(f"{k}={v}" for k, v in serialized["query_string"].items()))
    # The body as botocore sends it: AWSRequest.prepare() form-encodes a dict.
    prepared = awsrequest.AWSRequest(method=serialized["method"], url="https://example.com" + target,
                                     headers=serialized["headers"], data=serialized["body"]).prepare()
    body = prepared.body or b""
    return serialized["method"], target, dict(serialized["headers"]), body if isinstance(body, bytes) else body.encode()


def check_query_response(r, parsed, model, parser, response):
    """GetStatus: botocore's query parser reads our XML."""
    where = f"{r['operation']} {r['code'] or 'output'}"
    if not r["code"]:
        expected = {"JobId": "EX1ID", "JobType": "Export", "ProgressMessage": '<shipped> & "logged"', "ErrorCount": 3,
                    "ArtifactList": [{"Description": "log", "URL": "https://example.com/a?b=1&c=2"},
                                     {"Description": "manifest"}]}
        for key, value in expected.items():
            expect(parsed.get(key) == value, f"{where}: {key} read as {parsed.get(key)!r}, expected {value!r}")
        created = parsed.get("CreationDate")
        expect(created is not None and created.timestamp() == 1271888345, f"{where}: CreationDate {created!r}")
        return
    error = parsed.get("Error", {})
    expect(error.get("Code") == r["code"], f"{where}: botocore read code {error.get('Code')!r}")
    expect(error.get("Message") == r["message"], f"{where}: botocore read message {error.get('Message')!r}")
    expect(error.get("Type") == "Sender", f"{where}: botocore read type {error.get('Type')!r}")
    expect(model.shape_for_error_code(error.get("Code")) is not None, f"{where}: botocore maps the code to no shape")


def main():
    dump = json.loads(subprocess.run([sys.argv[1]], capture_output=True, check=True).stdout)
    s = session.get_session()
    models = {op: s.get_service_model(service) for op, service in SERVICES.items()}

    for r in dump["requests"]:
        where = f"{r['operation']}({r['job_id']!r})"
        method, target, headers, body = botocore_request(models[r["operation"]], r["operation"], r["job_id"])
        expect(r["method"] == method, f"{where}: method {r['method']} vs botocore {method}")
        expect(r["target"] == target, f"{where}: target {r['target']} vs botocore {target}")
        ours = {h["name"]: h["value"] for h in r["headers"]}
        expect(ours == headers, f"{where}: headers {ours} vs botocore {headers}")
        expect(r["body"].encode() == body, f"{where}: body {r['body']!r} vs botocore {body!r}")

    for r in dump["responses"]:
        model = models[r["operation"]]
        op = model.operation_model(r["operation"])
        parser = parsers.create_parser(model.metadata["protocol"])
        headers = awsrequest.HeadersDict({h["name"]: h["value"] for h in r["headers"]})
        response = {"status_code": r["status"], "headers": headers, "body": r["body"].encode()}
        parsed = parser.parse(response, op.output_shape)
        where = f"{r['operation']} {r['code'] or 'output'}"
        expect(parsed["ResponseMetadata"]["RequestId"] == r["request_id"], f"{where}: request id {parsed['ResponseMetadata']}")
        expect(parsed["ResponseMetadata"]["HTTPStatusCode"] == r["status"], f"{where}: status")
        if model.metadata["protocol"] == "query":
            check_query_response(r, parsed, model, parser, response)
            continue
        body = json.loads(r["body"])
        if not r["code"]:
            members = set(parsed) - {"ResponseMetadata"}
            expect(members == set(body), f"{where}: botocore read {sorted(members)}, awsjobs wrote {sorted(body)}")
            for key in ("Id", "State", "Type", "JobId", "JobStatus"):
                if key in body:
                    expect(parsed[key] == body[key], f"{where}: {key} {parsed[key]!r} vs {body[key]!r}")
            continue
        error = parsed.get("Error", {})
        expect(error.get("Code") == r["code"], f"{where}: botocore read code {error.get('Code')!r}")
        expect(error.get("Message") == r["message"], f"{where}: botocore read message {error.get('Message')!r}")
        shape = model.shape_for_error_code(error.get("Code"))
        expect(shape is not None and shape.name == r["code"], f"{where}: botocore maps the code to shape {shape.name if shape else None}")
        if shape is not None:
            modeled = parser.parse(response, shape)
            for key, value in body.items():
                if key in shape.members:
                    expect(modeled.get(key) == value, f"{where}: member {key} read as {modeled.get(key)!r}")
            if r["request_id"] == "req-full":  # the values wire_dump set
                expect((modeled.get("ResourceId"), modeled.get("ResourceType")) == ("42", "JOB"),
                       f"{where}: members read as {modeled}")

    for f in failures:
        print("FAIL:", f)
    print(f"{len(dump['requests'])} requests, {len(dump['responses'])} responses compared with botocore; "
          f"{len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
