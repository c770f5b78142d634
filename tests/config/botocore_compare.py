"""awsjobs::config against Debian's botocore (the AWS CLI's), case by case: the same config
and credentials files, environment and credential_process, resolved by both; the key pair,
session token and region must agree, and where botocore fails, awsjobs must fail with the
matching error.

    /usr/bin/python3 botocore_compare.py CONFIG_RESOLVE WORK_DIR

Exit status 0 when every case agrees; 1 with the differences otherwise.
"""
import json
import os
import subprocess
import sys

# Each case: files (written to WORK_DIR/<case>/, where @HOME@ in them stands for that
# directory), the environment (HOME is the case's directory), an optional explicit profile
# (the CLI's --profile).
CREDS = "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = SECRETDEFAULT\n"
CASES = [
    ("no files", {}, {}, None),
    ("credentials file default", {".aws/credentials": CREDS}, {}, None),
    ("comments and odd whitespace",
     {".aws/credentials": "# top\n; also\n[default]\n\taws_secret_access_key=S # kept\n"
                          "AWS_ACCESS_KEY_ID :   AKIDODD  \n\n\n[x]\ny=1\n"}, {}, None),
    ("continuation line in a value",
     {".aws/credentials": "[default]\naws_access_key_id = AKID\naws_secret_access_key = part1\n  part2\n"}, {}, None),
    ("CRLF line ends", {".aws/credentials": CREDS.replace("\n", "\r\n")}, {}, None),
    ("DEFAULT section inherited",
     {".aws/credentials": "[DEFAULT]\naws_secret_access_key = INHERITED\n[default]\naws_access_key_id = AKID\n"}, {}, None),
    ("session token, legacy name first",
     {".aws/credentials": CREDS + "aws_session_token = TOKEN2\naws_security_token = TOKEN1\n"}, {}, None),
    ("missing secret", {".aws/credentials": "[default]\naws_access_key_id = AKID\n"}, {}, None),
    ("line without =", {".aws/credentials": CREDS + "garbage\n"}, {}, None),
    ("key before any section", {".aws/credentials": "aws_access_key_id = A\n" + CREDS}, {}, None),
    ("duplicate section", {".aws/credentials": CREDS + CREDS}, {}, None),
    ("duplicate key", {".aws/credentials": CREDS + "AWS_ACCESS_KEY_ID = B\n"}, {}, None),
    ("nested value without =", {".aws/config": "[default]\ns3 =\n  path\n", ".aws/credentials": CREDS}, {}, None),
    ("environment wins", {".aws/credentials": CREDS},
     {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "SECRETENV", "AWS_SESSION_TOKEN": "T"}, None),
    ("environment tokens: AWS_SECURITY_TOKEN first", {},
     {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "S", "AWS_SESSION_TOKEN": "T2", "AWS_SECURITY_TOKEN": "T1"}, None),
    ("environment partial", {".aws/credentials": CREDS}, {"AWS_ACCESS_KEY_ID": "AKIDENV"}, None),
    ("environment empty key is unset", {".aws/credentials": CREDS}, {"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "S"}, None),
    ("AWS_PROFILE", {".aws/credentials": CREDS + "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = SDEV\n"},
     {"AWS_PROFILE": "dev"}, None),
    ("AWS_PROFILE keeps the environment's keys",
     {".aws/credentials": CREDS + "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = SDEV\n"},
     {"AWS_PROFILE": "dev", "AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "SENV"}, None),
    ("--profile drops the environment's keys",
     {".aws/credentials": CREDS + "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = SDEV\n"},
     {"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "SENV"}, "dev"),
    ("profile not found", {".aws/credentials": CREDS}, {"AWS_PROFILE": "nope"}, None),
    ("config file profile and region",
     {".aws/config": "[profile dev]\nregion = eu-west-1\naws_access_key_id = AKIDCFG\naws_secret_access_key = SCFG\n"},
     {}, "dev"),
    ("config [dev] is not a profile", {".aws/config": "[dev]\naws_access_key_id = A\naws_secret_access_key = S\n"},
     {"AWS_PROFILE": "dev"}, None),
    ("quoted profile name", {".aws/config": "[profile \"my dev\"]\nregion = ap-south-1\naws_access_key_id = AQ\n"
                                            "aws_secret_access_key = SQ\n"}, {}, "my dev"),
    ("credentials file beats config file in one profile",
     {".aws/config": "[default]\nregion = us-west-2\naws_access_key_id = AKIDCFG\naws_secret_access_key = SCFG\n",
      ".aws/credentials": CREDS}, {}, None),
    ("region order", {".aws/config": "[default]\nregion = us-west-2\n", ".aws/credentials": CREDS},
     {"AWS_DEFAULT_REGION": "eu-central-1", "AWS_REGION": "eu-north-1"}, None),
    ("AWS_DEFAULT_REGION over the profile", {".aws/config": "[default]\nregion = us-west-2\n", ".aws/credentials": CREDS},
     {"AWS_DEFAULT_REGION": "eu-central-1"}, None),
    ("moved files", {"elsewhere/creds": CREDS, "elsewhere/cfg": "[default]\nregion = sa-east-1\n"},
     {"AWS_SHARED_CREDENTIALS_FILE": "~/elsewhere/creds", "AWS_CONFIG_FILE": "$HOME/elsewhere/cfg"}, None),
    ("credential_process", {".aws/config": "[default]\ncredential_process = sh \"@HOME@/p.sh\" 'one arg'\n",
                            "p.sh": "[ \"$1\" = 'one arg' ] || exit 9\n"
                                    "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"SPROC\", "
                                    "\"SessionToken\": \"TPROC\", \"Expiration\": \"2999-01-01T00:00:00Z\"}'\n"}, {}, None),
    ("credential_process fails", {".aws/config": "[default]\ncredential_process = sh -c 'echo no >&2; exit 3'\n"}, {}, None),
    ("credential_process prints bad JSON", {".aws/config": "[default]\ncredential_process = echo not-json\n"}, {}, None),
    ("credential_process prints Version 2",
     {".aws/config": "[default]\ncredential_process = echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\"}'\n"},
     {}, None),
    ("credential_process without a secret",
     {".aws/config": "[default]\ncredential_process = echo '{\"Version\": 1, \"AccessKeyId\": \"A\"}'\n"}, {}, None),
    ("credential_process expired",
     {".aws/config": "[default]\ncredential_process = echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\", "
                     "\"Expiration\": \"2001-01-01T00:00:00Z\"}'\n"}, {}, None),
    ("credentials file before credential_process",
     {".aws/config": "[default]\ncredential_process = sh -c 'exit 1'\n", ".aws/credentials": CREDS}, {}, None),
]

# botocore's exceptions and the config::errc each corresponds to; botocore has one
# ConfigParseError for every malformed file.
BOTOCORE_ERRORS = {
    "ConfigParseError": {"syntax", "duplicate_section", "duplicate_key"},
    "ProfileNotFound": {"profile_not_found"},
    "PartialCredentialsError": {"partial_credentials"},
    "CredentialRetrievalError": {"process_failed", "process_output"},
    "JSONDecodeError": {"process_output"},
    "RuntimeError": {"credentials_expired"},
    "NoCredentials": {"no_credentials"},
}


def botocore_side(profile):
    """Runs in a child with the case's environment: prints botocore's answer as JSON."""
    from awscli.botocore import session as botocore_session
    try:
        s = botocore_session.Session(profile=profile)
        region = s.get_config_variable("region")
        creds = s.get_credentials()
        if creds is None:
            print(json.dumps({"error": "NoCredentials"}))
            return
        frozen = creds.get_frozen_credentials()
        print(json.dumps({"access_key_id": frozen.access_key, "secret_access_key": frozen.secret_key,
                          "session_token": frozen.token, "region": region}))
    except Exception as e:  # every failure is an answer to compare
        print(json.dumps({"error": type(e).__name__}))


def main():
    if sys.argv[1] == "--botocore":
        botocore_side(sys.argv[2] if len(sys.argv) > 2 else None)
        return 0
    program, work = sys.argv[1], sys.argv[2]
    failures = []
    for name, files, env, profile in CASES:
        home = os.path.join(work, name.replace(" ", "_").replace("'", "").replace(",", "").replace(":", "").replace("-", ""))
        os.makedirs(os.path.join(home, ".aws"), exist_ok=True)
        for old in (".aws/config", ".aws/credentials"):
            if os.path.exists(os.path.join(home, old)):
                os.remove(os.path.join(home, old))
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(home, path)), exist_ok=True)
            with open(os.path.join(home, path), "w", newline="") as f:
                f.write(text.replace("@HOME@", home))
        environ = {"HOME": home, "PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env}
        profile_args = [profile] if profile else []
        theirs = json.loads(subprocess.run([sys.executable, "-B", __file__, "--botocore", *profile_args], env=environ,
                                           capture_output=True, text=True, check=True).stdout)
        ours = json.loads(subprocess.run([program, *(["--profile", profile] if profile else [])], env=environ,
                                         capture_output=True, text=True, check=True).stdout)
        if "error" in theirs:
            agree = ours.get("error") in BOTOCORE_ERRORS.get(theirs["error"], set())
        else:
            agree = ours == theirs
        print(f"{'ok  ' if agree else 'DIFF'} {name}: botocore {theirs}, awsjobs {ours}")
        if not agree:
            failures.append(name)
    print(f"{len(CASES)} cases, {len(CASES) - len(failures)} agree, {len(failures)} differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
