"""Every operation's wire, awsjobs against botocore, both ways.

    operations_check.py DRIVER MODELS_DIR            the models of tests/data/models (today's
                                                    bindings), with Debian's awscli botocore
    operations_check.py DRIVER --legacy              SES v2 ListImportJobs' older form, with
                                                    Debian's awscli botocore and its own model

Both run with Debian's python3, for which awscli's botocore (2.9.19) is installed: its serializers
and parsers are generic, the models drive them, and it is what CI installs. (botocore 1.43 with
the same models gave the same result, 0 differences, on 2026-12-07.)

DRIVER is operations_wire (operations_wire.cpp). Current models:
  - requests: botocore serializes the input awsjobs used and sends the same method, target (path and
    query, as botocore.awsrequest.prepare_request_dict encodes it), headers and body: byte for byte,
    except a JSON body, compared as botocore's json.dumps of ours (Python writes ", " and ": ");
  - botocore's request reads back in awsjobs (read_request) to the same input;
  - responses: botocore's parser reads each output awsjobs writes to the same values, and each error
    to the same code, message, status and exception members.
--legacy: botocore of the AWS CLI 2.9.19 serializes ListImportJobs in its form (GET, query string, a
body), and awsjobs' read_request reads it to the same input.
"""

import datetime
import json
import subprocess
import sys

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


SERVICES = {"dataexchange": "dataexchange/2017-07-25", "email": "sesv2/2019-09-27",
            "importexport": "importexport/2010-06-01"}


def load_model(botocore_model, path, name):
    with open(path, encoding="utf-8") as f:
        return botocore_model.ServiceModel(json.load(f), name)


def botocore_request(serialize, awsrequest, model, operation, params):
    op = model.operation_model(operation)
    serialized = serialize.create_serializer(model.metadata["protocol"], include_validation=False) \
        .serialize_to_request(params, op)
    awsrequest.prepare_request_dict(serialized, "https://example.com")
    url = serialized["url"][len("https://example.com"):]
    prepared = awsrequest.AWSRequest(method=serialized["method"], url=serialized["url"],
                                     headers=serialized["headers"], data=serialized["body"]).prepare()
    body = prepared.body or b""
    return {"method": serialized["method"], "target": url, "headers": dict(serialized["headers"]),
            "body": body if isinstance(body, bytes) else body.encode()}


def run_driver(driver, mode, stdin=None):
    out = subprocess.run([driver, mode], input=stdin, capture_output=True, check=True, text=True)
    return json.loads(out.stdout)


def as_epoch(value):
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    if isinstance(value, str):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    return float(value)


def normalize(value, shape):
    """A parsed or JSON value in one form: timestamps as epoch seconds, the rest as JSON has it."""
    if value is None or shape is None:
        return value
    if shape.type_name == "timestamp":
        return as_epoch(value)
    if shape.type_name == "structure":
        return {k: normalize(v, shape.members[k]) for k, v in value.items() if k in shape.members}
    if shape.type_name == "list":
        return [normalize(v, shape.member) for v in value]
    if shape.type_name == "map":
        return {k: normalize(v, shape.value) for k, v in value.items()}
    return value


def check_requests(driver, dump, models, serialize, awsrequest):
    sent = []
    for r in dump["requests"]:
        service, operation = r["operation"].split(".")
        model = models[service]
        where = r["operation"]
        params = json.loads(r["input"])
        theirs = botocore_request(serialize, awsrequest, model, operation, params)
        expect(r["method"] == theirs["method"], f"{where}: method {r['method']} vs botocore {theirs['method']}")
        expect(r["target"] == theirs["target"], f"{where}: target {r['target']} vs botocore {theirs['target']}")
        ours = {h["name"]: h["value"] for h in r["headers"]}
        expect(ours == theirs["headers"], f"{where}: headers {ours} vs botocore {theirs['headers']}")
        body = r["body"].encode()
        if model.metadata["protocol"] == "rest-json" and body:
            body = json.dumps(json.loads(body)).encode()
        expect(body == theirs["body"], f"{where}: body {body!r} vs botocore {theirs['body']!r}")
        sent.append({"operation": r["operation"], "input": "", "method": theirs["method"], "target": theirs["target"],
                     "headers": [{"name": k, "value": v} for k, v in theirs["headers"].items()],
                     "body": theirs["body"].decode(), "error": ""})
    # botocore's requests, read by awsjobs, give back the inputs.
    for r, back in zip(dump["requests"], run_driver(driver, "read", json.dumps(sent))):
        where = r["operation"] + " read back"
        expect(not back["error"], f"{where}: {back['error']}")
        if not back["error"]:
            service, operation = r["operation"].split(".")
            shape = models[service].operation_model(operation).input_shape
            expect(normalize(json.loads(back["input"]), shape) == normalize(json.loads(r["input"]), shape),
                   f"{where}: {back['input']} vs {r['input']}")


def check_responses(dump, models, parsers, awsrequest):
    for r in dump["responses"]:
        service, operation = r["operation"].split(".")
        model = models[service]
        op = model.operation_model(operation)
        parser = parsers.create_parser(model.metadata["protocol"])
        headers = awsrequest.HeadersDict({h["name"]: h["value"] for h in r["headers"]})
        response = {"status_code": r["status"], "headers": headers, "body": r["body"].encode()}
        where = f"{r['operation']} {r['code'] or 'output'}"
        parsed = parser.parse(response, op.output_shape)
        expect(parsed["ResponseMetadata"]["HTTPStatusCode"] == r["status"], f"{where}: status")
        if not r["code"]:
            expected = json.loads(r["output"])
            got = {k: v for k, v in parsed.items() if k != "ResponseMetadata"}
            expect(normalize(got, op.output_shape) == normalize(expected, op.output_shape),
                   f"{where}: botocore read {got}, awsjobs wrote {expected}")
            continue
        error = parsed.get("Error", {})
        expect(error.get("Code") == r["code"], f"{where}: botocore read code {error.get('Code')!r}")
        # A REST-JSON exception's own message member, when set, is the message on the wire.
        details = json.loads(r["output"]) if model.metadata["protocol"] != "query" else {}
        message = details.get("Message", details.get("message", r["message"]))
        expect(error.get("Message") == message, f"{where}: botocore read message {error.get('Message')!r}, expected {message!r}")
        shape = model.shape_for_error_code(r["code"])
        expect(shape is not None, f"{where}: botocore maps the code to no shape")
        if shape is not None and model.metadata["protocol"] != "query":
            modeled = parser.parse(response, shape)
            expected = json.loads(r["output"])
            expected = {k: v for k, v in expected.items() if k.lower() != "message"}
            got = {k: v for k, v in modeled.items() if k in expected}
            expect(normalize(got, shape) == normalize(expected, shape), f"{where}: members read as {got}, wrote {expected}")


def current(driver, models_dir):
    from awscli.botocore import awsrequest, model as botocore_model, parsers, serialize
    models = {prefix: load_model(botocore_model, f"{models_dir}/{path}/service-2.json", path.split("/")[0])
              for prefix, path in SERVICES.items()}
    dump = run_driver(driver, "dump")
    check_requests(driver, dump, models, serialize, awsrequest)
    check_responses(dump, models, parsers, awsrequest)
    return f"{len(dump['requests'])} requests (both ways) and {len(dump['responses'])} responses compared with botocore"


def legacy(driver):
    from awscli.botocore import awsrequest, model as botocore_model, serialize
    import awscli.botocore
    path = awscli.botocore.__path__[0] + "/data/sesv2/2019-09-27/service-2.json"
    model = load_model(botocore_model, path, "sesv2")
    cases = [{}, {"PageSize": 20}, {"NextToken": "t 1/2+&=\u00e9", "PageSize": 1, "ImportDestinationType": "CONTACT_LIST"},
             {"ImportDestinationType": "SUPPRESSION_LIST"}]
    sent = []
    for params in cases:
        theirs = botocore_request(serialize, awsrequest, model, "ListImportJobs", params)
        expect(theirs["method"] == "GET" and theirs["target"].startswith("/v2/email/import-jobs"),
               f"the CLI 2.9.19 model's ListImportJobs is not GET /v2/email/import-jobs: {theirs}")
        sent.append({"operation": "email.ListImportJobs", "input": "", "method": theirs["method"],
                     "target": theirs["target"], "headers": [{"name": k, "value": v} for k, v in theirs["headers"].items()],
                     "body": theirs["body"].decode(), "error": ""})
    for params, back in zip(cases, run_driver(driver, "read", json.dumps(sent))):
        expect(not back["error"], f"ListImportJobs {params}: {back['error']}")
        if not back["error"]:
            expect(json.loads(back["input"]) == params, f"ListImportJobs {params} read as {back['input']}")
    return f"{len(cases)} ListImportJobs requests of the AWS CLI 2.9.19 read"


def main():
    summary = legacy(sys.argv[1]) if sys.argv[2] == "--legacy" else current(sys.argv[1], sys.argv[2])
    for f in failures:
        print("FAIL:", f)
    print(f"{summary}; {len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
