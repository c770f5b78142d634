"""Unit tests of scripts/generate.py: its naming rules, and that --check fails for every kind of drift."""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, "scripts", "generate.py")

spec = importlib.util.spec_from_file_location("generate", SCRIPT)
generate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(generate)


class Names(unittest.TestCase):
    def test_sanitising_as_aws_sdk_cpp(self):
        self.assertEqual(generate.enumerator_name("COMPLETED"), "COMPLETED")
        self.assertEqual(generate.enumerator_name("aws:kms"), "aws_kms")
        self.assertEqual(generate.enumerator_name("Assets per revision"), "Assets_per_revision")
        self.assertEqual(generate.enumerator_name("a - b.c*d/(e)"), "a_b_c_d_e_")
        self.assertEqual(generate.enumerator_name("3DES"), "_3DES")

    def test_deny_list_gets_an_underscore(self):
        for word in ("ERROR", "DELETE", "IN", "OUT", "DOMAIN", "delete", "default", "NULL", "linux"):
            self.assertEqual(generate.enumerator_name(word), word + "_")
        self.assertEqual(generate.enumerator_name("IN_PROGRESS"), "IN_PROGRESS")

    def test_values_without_a_name_fail(self):
        with self.assertRaises(generate.ModelError):
            generate.enumerator_name("über")

    def test_two_values_with_one_name_fail(self):
        op = object.__new__(generate.Operation)
        op.name, op.input, op.output, op.errors, op.unions = "Op", "In", "Out", [], set()
        op.shapes = {"In": {"type": "structure", "members": {"S": {"shape": "S"}}},
                     "Out": {"type": "structure", "members": {}},
                     "S": {"type": "string", "enum": ["aws:kms", "aws-kms"]}}
        op.closure = op.compute_closure()
        with self.assertRaisesRegex(generate.ModelError, "'aws:kms' and 'aws-kms' both become aws_kms"):
            op.check_names()

    def test_members_that_are_not_identifiers_fail(self):
        for bad in ("delete", "my-member", "__type", "_Reserved"):
            with self.assertRaises(generate.ModelError):
                generate.check_identifier(bad, "member")


class Check(unittest.TestCase):
    """--check on a copy of the repository's inputs and outputs."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="awsjobs-generate-test-")
        shutil.copytree(os.path.join(ROOT, "scripts"), os.path.join(self.tmp, "scripts"))
        shutil.copytree(os.path.join(ROOT, "include"), os.path.join(self.tmp, "include"))
        shutil.copytree(os.path.join(ROOT, "tests", "data", "models"), os.path.join(self.tmp, "tests", "data", "models"))

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def run_generator(self, *args):
        return subprocess.run([sys.executable, "-B", os.path.join(self.tmp, "scripts", "generate.py"), *args],
                              capture_output=True, text=True, timeout=60)

    def path(self, relative):
        return os.path.join(self.tmp, relative)

    def test_the_committed_tree_passes(self):
        result = self.run_generator("--check")
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_a_hand_edit_fails_with_a_diff_and_the_fix(self):
        header = self.path("include/awsjobs/dataexchange/shapes.hpp")
        with open(header, encoding="utf-8") as f:
            text = f.read()
        with open(header, "w", encoding="utf-8") as f:
            f.write(text.replace("std::optional<String> Arn;", "std::optional<String> Arn2;"))
        result = self.run_generator("--check")
        self.assertEqual(result.returncode, 1)
        self.assertIn("-        std::optional<String> Arn2;", result.stderr)
        self.assertIn("+        std::optional<String> Arn;", result.stderr)
        self.assertIn("python3 scripts/generate.py", result.stderr)
        # Regenerating repairs it, and only that file is rewritten.
        fixed = self.run_generator()
        self.assertEqual(fixed.stdout.strip(), "wrote include/awsjobs/dataexchange/shapes.hpp")
        self.assertEqual(self.run_generator("--check").returncode, 0)

    def test_a_missing_file_fails(self):
        os.remove(self.path("include/awsjobs/sesv2/bindings.hpp"))
        result = self.run_generator("--check")
        self.assertEqual(result.returncode, 1)
        self.assertIn("include/awsjobs/sesv2/bindings.hpp: missing", result.stderr)

    def test_a_generated_file_nothing_generates_fails(self):
        shutil.copy(self.path("include/awsjobs/sesv2/errors.hpp"), self.path("include/awsjobs/sesv2/old.hpp"))
        result = self.run_generator("--check")
        self.assertEqual(result.returncode, 1)
        self.assertIn("include/awsjobs/sesv2/old.hpp: carries the generator's banner but nothing generates it",
                      result.stderr)

    def test_a_changed_model_fails_until_regenerated(self):
        model = self.path("tests/data/models/sesv2/2019-09-27/service-2.json")
        with open(model, encoding="utf-8") as f:
            text = f.read()
        with open(model, "w", encoding="utf-8") as f:
            f.write(text.replace('"CREATED",', '"CREATED",\n        "QUEUED",', 1))
        self.assertEqual(self.run_generator("--check").returncode, 1)
        self.run_generator()
        with open(self.path("include/awsjobs/sesv2/shapes.hpp"), encoding="utf-8") as f:
            self.assertIn("enum class JobStatus { CREATED, QUEUED, PROCESSING", f.read())
        self.assertEqual(self.run_generator("--check").returncode, 0)

    def test_a_newer_botocore_in_one_command(self):
        data = os.path.join(self.tmp, "botocore-data")
        shutil.copytree(self.path("tests/data/models"), data)
        # botocore's endpoints.json holds every partition and service; ours keeps aws's modeled services.
        with open(os.path.join(data, "endpoints.json"), encoding="utf-8") as f:
            endpoints = json.load(f)
        aws = endpoints["partitions"][0]
        aws["services"]["importexport"]["endpoints"]["aws-global"]["hostname"] = "importexport.example.com"
        aws["services"]["other"] = {}
        endpoints["partitions"].insert(0, {"partition": "aws-cn", "services": {}})
        with open(os.path.join(data, "endpoints.json"), "w", encoding="utf-8") as f:
            json.dump(endpoints, f)
        model = os.path.join(data, "dataexchange/2017-07-25/service-2.json")
        with open(model, encoding="utf-8") as f:
            text = f.read()
        with open(model, "w", encoding="utf-8") as f:
            f.write(text.replace('"TIMED_OUT"', '"TIMED_OUT",\n        "PAUSED"', 1))
        commit = "f" * 40
        result = self.run_generator("--models-from", data, "--botocore-commit", commit)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("copied dataexchange/2017-07-25/service-2.json", result.stdout)
        with open(self.path("include/awsjobs/dataexchange/shapes.hpp"), encoding="utf-8") as f:
            header = f.read()
        self.assertIn("TIMED_OUT, PAUSED }", header)
        self.assertIn(f"// Input: botocore {commit[:12]}, sha256 ", header)
        with open(self.path("tests/data/models/closure.json"), encoding="utf-8") as f:
            closure = f.read()
        self.assertIn(f"HEAD {commit},", closure)
        self.assertIn('"PAUSED"', closure)
        with open(self.path("include/awsjobs/importexport/bindings.hpp"), encoding="utf-8") as f:
            self.assertIn('.global_hostname = "importexport.example.com",', f.read())
        with open(self.path("tests/data/models/endpoints.json"), encoding="utf-8") as f:
            self.assertNotIn('"other"', f.read())
        self.assertEqual(self.run_generator("--check").returncode, 0)

    def test_output_is_deterministic(self):
        first = generate.generate()
        second = generate.generate()
        self.assertEqual(first, second)
        for path, text in first.items():
            self.assertNotIn(ROOT, text, path)
            self.assertNotIn("\r", text, path)


if __name__ == "__main__":
    unittest.main(verbosity=2)
