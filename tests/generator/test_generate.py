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


def service(shapes, operations, unions=(), paginators=None, protocol="rest-json"):
    """A Service over an in-memory model: operations is {name: (input, output or None, [errors])}."""
    svc = object.__new__(generate.Service)
    svc.service, svc.version, svc.model_path = "svc", "2020-01-01", "svc/2020-01-01/service-2.json"
    svc.botocore, svc.model_sha256, svc.endpoints = "0" * 12, "0" * 64, {}
    svc.metadata = {"protocol": protocol, "endpointPrefix": "svc", "serviceFullName": "A Service"}
    svc.protocol, svc.shapes, svc.unions = protocol, shapes, set(unions)
    svc.model = {"operations": {}}
    for name, (inp, out, errors) in operations.items():
        svc.model["operations"][name] = {"input": {"shape": inp}, "errors": [{"shape": e} for e in errors]}
        if out:
            svc.model["operations"][name]["output"] = {"shape": out}
    svc.operations = [generate.Operation(svc, n, (paginators or {}).get(n), None) for n in operations]
    svc.closure = svc.compute_closure()
    return svc


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
        svc = service({"In": {"type": "structure", "members": {"S": {"shape": "S"}}},
                       "Out": {"type": "structure", "members": {}},
                       "S": {"type": "string", "enum": ["aws:kms", "aws-kms"]}},
                      {"Op": ("In", "Out", [])})
        with self.assertRaisesRegex(generate.ModelError, "'aws:kms' and 'aws-kms' both become aws_kms"):
            svc.check_names()

    def test_a_shape_named_like_an_operations_declarations_fails(self):
        for taken in ("Op", "OpError", "OpErrorCode"):
            shapes = {"In": {"type": "structure", "members": {}}, "Out": {"type": "structure", "members": {}},
                      taken: {"type": "structure", "members": {}}}
            svc = service(shapes, {"Op": ("In", "Out", [])})
            with self.assertRaisesRegex(generate.ModelError, f"a shape is named {taken}, as Op's"):
                svc.check_names()

    def test_operations_whose_declarations_collide_fail(self):
        # Get's error type GetError would also be the operation GetError's name.
        shapes = {"In": {"type": "structure", "members": {}}, "Out": {"type": "structure", "members": {}}}
        svc = service(shapes, {"Get": ("In", "Out", []), "GetError": ("In", "Out", [])})
        with self.assertRaisesRegex(generate.ModelError, "GetError names both Get's its error type and GetError's"):
            svc.check_names()

    def test_a_shape_named_like_a_generated_alias_fails(self):
        shapes = {"In": {"type": "structure", "members": {"V": {"shape": "view"}}},
                  "Out": {"type": "structure", "members": {}}, "view": {"type": "structure", "members": {}}}
        with self.assertRaisesRegex(generate.ModelError, "shape view has the name of the generated view"):
            service(shapes, {"Op": ("In", "Out", [])}).check_names()

    def test_members_that_are_not_identifiers_fail(self):
        for bad in ("delete", "my-member", "__type", "_Reserved"):
            with self.assertRaises(generate.ModelError):
                generate.check_identifier(bad, "member")


class Services(unittest.TestCase):
    """Several operations in one header set, maps, operations without output, paginators."""

    SHAPES = {
        "CreateIn": {"type": "structure", "required": ["Tags"],
                     "members": {"Tags": {"shape": "TagMap"}, "DryRun": {"shape": "Flag"}}},
        "CreateOut": {"type": "structure", "members": {"Job": {"shape": "Job"}}},
        "ListIn": {"type": "structure", "members": {"Token": {"shape": "Text", "location": "querystring"},
                                                     "Max": {"shape": "Count", "location": "querystring"}}},
        "ListOut": {"type": "structure", "members": {"Jobs": {"shape": "Jobs"}, "Next": {"shape": "Text"},
                                                      "More": {"shape": "Flag"}}},
        "CancelIn": {"type": "structure", "members": {"Id": {"shape": "Text", "location": "uri"}}},
        "Job": {"type": "structure", "members": {"Id": {"shape": "Text"}, "Size": {"shape": "Big"},
                                                  "Tags": {"shape": "TagMap"}}},
        "Jobs": {"type": "list", "member": {"shape": "Job"}},
        "TagMap": {"type": "map", "key": {"shape": "Key"}, "value": {"shape": "Texts"}},
        "Key": {"type": "string", "enum": ["A", "B"]},
        "Texts": {"type": "list", "member": {"shape": "Text"}},
        "Text": {"type": "string"}, "Flag": {"type": "boolean"}, "Count": {"type": "integer"},
        "Big": {"type": "long"},
        "Oops": {"type": "structure", "members": {"Message": {"shape": "Text"}}, "exception": True},
    }
    OPERATIONS = {"Create": ("CreateIn", "CreateOut", ["Oops"]), "List": ("ListIn", "ListOut", ["Oops"]),
                  "Cancel": ("CancelIn", None, ["Oops"])}

    def test_shared_shapes_are_emitted_once_after_what_they_name(self):
        svc = service(self.SHAPES, self.OPERATIONS)
        self.assertEqual(len(svc.closure), len(set(svc.closure)))
        self.assertEqual(set(svc.closure), set(self.SHAPES))
        order = svc.definition_order()
        self.assertEqual(order, ["CreateIn", "Job", "CreateOut", "Oops", "ListIn", "ListOut", "CancelIn"])
        header = generate.shapes_hpp(svc)
        self.assertEqual(header.count("    struct Job {"), 1)
        self.assertEqual(header.count("    struct Oops {"), 1)
        self.assertIn("/// The structure shape Oops: the body of the Oops error of Create, List, Cancel.", header)
        self.assertIn("#include <awsjobs/core/map.hpp>\n", header)
        registry = generate.registry_hpp(svc)
        self.assertEqual(registry.count('shape<"Job", Job>'), 1)
        self.assertIn('shape<"TagMap", awsjobs::map<awsjobs::open_enum<Key>, std::vector<std::string>>>', registry)

    def test_maps_booleans_integers_and_longs_get_their_types(self):
        svc = service(self.SHAPES, self.OPERATIONS)
        header = generate.shapes_hpp(svc)
        # Lists and maps through model<String>'s aliases: on String's allocator (std::pmr's in the pmr flavour).
        self.assertIn("awsjobs::required<map<awsjobs::open_enum<svc::Key, String>, list<String>>> Tags;", header)
        self.assertIn("using list = awsjobs::list_of<String, T>;", header)
        self.assertIn("using map = awsjobs::map_of<String, K, V>;", header)
        self.assertIn("using pmr = model<std::pmr::string>;", header)
        self.assertIn("std::optional<bool> DryRun;", header)
        self.assertIn("std::optional<std::int32_t> Max;", header)
        self.assertIn("std::optional<std::int64_t> Size;", header)

    def test_no_map_no_map_include(self):
        shapes = {"In": {"type": "structure", "members": {}}, "Out": {"type": "structure", "members": {}}}
        header = generate.shapes_hpp(service(shapes, {"Op": ("In", "Out", [])}))
        self.assertNotIn("map.hpp", header)
        self.assertNotIn("using map =", header)

    def test_a_map_with_a_key_that_is_not_a_string_fails(self):
        shapes = dict(self.SHAPES, TagMap={"type": "map", "key": {"shape": "Count"}, "value": {"shape": "Text"}})
        with self.assertRaisesRegex(generate.ModelError, "map TagMap has a key of type integer"):
            service(shapes, self.OPERATIONS).check_types()

    def test_an_operation_without_output_answers_no_output(self):
        svc = service(self.SHAPES, self.OPERATIONS)
        bindings = generate.bindings_hpp(svc)
        self.assertIn("#include <awsjobs/core/no_output.hpp>\n", bindings)
        cancel = bindings[bindings.index("struct Cancel {"):]
        self.assertIn("using output = awsjobs::no_output;", cancel)
        self.assertIn("using output = typename model<String>::CreateOut;", bindings)
        self.assertNotIn("paginator_binding", bindings)

    def test_a_paginator_is_emitted_and_checked(self):
        good = {"input_token": "Token", "output_token": "Next", "limit_key": "Max", "more_results": "More",
                "result_key": "Jobs"}
        svc = service(self.SHAPES, self.OPERATIONS, paginators={"List": good})
        for op in svc.operations:
            svc.check_paginator(op)
        bindings = generate.bindings_hpp(svc)
        self.assertIn('static constexpr protocol::paginator_binding paginator{\n'
                      '        .input_token = "Token",\n        .output_token = "Next",\n'
                      '        .limit_key = "Max",\n        .more_results = "More",\n'
                      '        .result_key = "Jobs",\n    };', bindings)
        last = dict(good, output_token="Jobs[-1].Id")
        svc = service(self.SHAPES, self.OPERATIONS, paginators={"List": last})
        svc.check_paginator(svc.operations[1])

    def test_a_paginator_naming_what_the_model_lacks_fails_clearly(self):
        good = {"input_token": "Token", "output_token": "Next", "limit_key": "Max", "result_key": "Jobs"}
        cases = [({"input_token": "Marker"}, "input_token names 'Marker', which ListIn does not have"),
                 ({"output_token": "Jobs[-1].JobId"}, "output_token names 'JobId', which Job does not have"),
                 ({"output_token": "Next[-1].Id"}, "output_token's Next is not a list"),
                 ({"output_token": "Jobs[0].Id"}, "is neither a member nor List\\[-1\\].Member"),
                 ({"limit_key": "Token"}, "limit_key Token is not an integer"),
                 ({"more_results": "Next"}, "more_results Next is not a boolean"),
                 ({"result_key": "Next"}, "result_key Next is not a list"),
                 ({"input_token": ["Token", "Max"]}, "input_token must be one string")]
        for change, message in cases:
            svc = service(self.SHAPES, self.OPERATIONS, paginators={"List": dict(good, **change)})
            with self.assertRaisesRegex(generate.ModelError, "paginators-1.json List.*" + message):
                svc.check_paginator(svc.operations[1])
        svc = service(self.SHAPES, dict(self.OPERATIONS, Cancel=("ListIn", None, [])), paginators={"Cancel": good})
        with self.assertRaisesRegex(generate.ModelError, "which the missing output does not have"):
            svc.check_paginator(svc.operations[2])

    def test_a_legacy_request_must_place_every_input_member(self):
        svc = service(self.SHAPES, self.OPERATIONS)
        svc.operations[1].legacy = {"source": "old model", "method": "GET", "requestUri": "/jobs",
                                    "members": {"Token": {"location": "querystring"}}}
        with self.assertRaisesRegex(generate.ModelError, "places \\['Token'\\], the input ListIn has"):
            svc.check_legacy(svc.operations[1])
        svc.operations[1].legacy["members"]["Max"] = {"location": "querystring", "locationName": "max"}
        svc.check_legacy(svc.operations[1])
        bindings = generate.bindings_hpp(svc)
        self.assertIn('{"Max", protocol::location::querystring, "max"},', bindings)
        self.assertIn(".input_members = legacy_input_members,", bindings)


class Constraints(unittest.TestCase):
    """Each member's lengths, ranges and patterns, and its parts', become the struct's awsjobs_constraints."""

    SHAPES = {
        "In": {"type": "structure", "members": {"Name": {"shape": "Name"}, "Max": {"shape": "Max"},
                                                "Tags": {"shape": "Tags"}, "Dims": {"shape": "Dims"},
                                                "Plain": {"shape": "Plain"}, "Account": {"shape": "AwsAccountId"}}},
        "Out": {"type": "structure", "members": {"Plain": {"shape": "Plain"}}},
        "Name": {"type": "string", "min": 1, "max": 64, "pattern": "^[a-z]+\\/\\d{2}$"},
        "Max": {"type": "integer", "min": 1, "max": 200},
        "Tags": {"type": "list", "member": {"shape": "Name"}, "max": 50},
        "Dims": {"type": "map", "key": {"shape": "Key"}, "value": {"shape": "Values"}, "min": 1, "max": 3},
        "Key": {"type": "string", "max": 8},
        "Values": {"type": "list", "member": {"shape": "Plain"}, "min": 1, "max": 10},
        "Plain": {"type": "string"},
        "AwsAccountId": {"type": "string", "min": 12, "max": 12, "pattern": ".*/^[\\d]{12}$/.*"},
    }

    def header(self, shapes=None):
        return generate.shapes_hpp(service(shapes or self.SHAPES, {"Op": ("In", "Out", [])}))

    def test_every_bound_and_part_is_emitted(self):
        header = self.header()
        self.assertIn("#include <awsjobs/core/constraint.hpp>\n", header)
        table = header[header.index("struct In {"):header.index("struct Out {")]
        for line in ('{.member = "Name", .min = 1, .max = 64, .pattern = "^[a-z]+\\\\/\\\\d{2}$"},  // shape Name',
                     '{.member = "Max", .min = 1, .max = 200},  // shape Max',
                     '{.member = "Tags", .max = 50},  // shape Tags',
                     '{.member = "Tags", .part = "[]", .min = 1, .max = 64, .pattern = "^[a-z]+\\\\/\\\\d{2}$"},  // shape Name',
                     '{.member = "Dims", .min = 1, .max = 3},  // shape Dims',
                     '{.member = "Dims", .part = "{key}", .max = 8},  // shape Key',
                     '{.member = "Dims", .part = "{}", .min = 1, .max = 10},  // shape Values'):
            self.assertIn(line, table)
        constraints = table[table.index("awsjobs_constraints"):table.index("Member-wise equality")]
        self.assertNotIn("Plain", constraints)

    def test_the_unenforced_pattern_is_left_out_with_its_reason(self):
        svc = service(self.SHAPES, {"Op": ("In", "Out", [])})
        svc.service = "dataexchange"
        header = generate.shapes_hpp(svc)
        self.assertIn('{.member = "Account", .min = 12, .max = 12},  // shape AwsAccountId', header)
        self.assertIn("// Account: shape AwsAccountId: its pattern is not enforced: the model's", header)
        svc.service = "other"
        self.assertIn('{.member = "Account", .min = 12, .max = 12, .pattern = ".*/^[\\\\d]{12}$/.*"}',
                      generate.shapes_hpp(svc))

    def test_a_struct_without_constraints_has_no_table_and_no_include(self):
        self.assertNotIn("awsjobs_constraints", self.header()[self.header().index("struct Out {"):])
        shapes = {"In": {"type": "structure", "members": {"P": {"shape": "Plain"}}},
                  "Out": {"type": "structure", "members": {}}, "Plain": {"type": "string"}}
        header = self.header(shapes)
        self.assertNotIn("constraint", header)

    def test_a_pattern_outside_the_subset_fails_the_generator(self):
        for pattern, why in (("(?=a)b", "only \\(\\?: \\.\\.\\.\\) groups"), ("(a)\\1", "this escape"),
                             ("\\bx", "this escape"), ("a**", "a quantifier after a quantifier"),
                             ("[a", "missing '\\]'"), ("a{1001}", "above 1000"), ("(a", "missing '\\)'"),
                             ("a)", "unbalanced"), ("^*", "a quantified anchor"), ("[z-a]", "out of order"),
                             ("{", "nothing to repeat")):
            shapes = dict(self.SHAPES, Name={"type": "string", "pattern": pattern})
            with self.subTest(pattern=pattern):
                with self.assertRaisesRegex(generate.ModelError, f"pattern .* is outside the ECMA-262 subset.*{why}"):
                    self.header(shapes)

    def test_the_models_patterns_are_in_the_subset(self):
        for pattern in ("[\\x21-\\x7E]{1,64}", "^[\\w\\-_]+$", "^[!-9;-@A-~]+$", "(?:[A-Za-z0-9+/]{4})*(?:x==|y=)?",
                        "^s3:\\/\\/([^\\/]+)\\/(.*?([^\\/]+)\\/?)$", "[a-zA-Z0-9]{30,40}$|^arn:x"):
            generate.PatternSubset(pattern).check()

    def test_a_limit_that_is_not_an_integer_or_on_another_type_fails(self):
        with self.assertRaisesRegex(generate.ModelError, "shape Max has a max of 2.5, not an integer"):
            self.header(dict(self.SHAPES, Max={"type": "integer", "max": 2.5}))
        with self.assertRaisesRegex(generate.ModelError, "shape Max of type timestamp has"):
            self.header(dict(self.SHAPES, Max={"type": "timestamp", "min": 1}))

    def test_a_union_member_with_constraints_fails(self):
        shapes = dict(self.SHAPES, In={"type": "structure", "union": True, "members": {"Name": {"shape": "Name"}}})
        svc = service(shapes, {"Op": ("In", "Out", [])}, unions=["In"])
        with self.assertRaisesRegex(generate.ModelError, "union In member Name has constraints"):
            generate.shapes_hpp(svc)


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
            self.assertIn("enum class JobStatus {\n"
                          "    CREATED,     ///< `CREATED` on the wire\n"
                          "    QUEUED,      ///< `QUEUED` on the wire\n"
                          "    PROCESSING,  ///< `PROCESSING` on the wire\n", f.read())
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
        paginators = os.path.join(data, "importexport/2010-06-01/paginators-1.json")
        with open(paginators, encoding="utf-8") as f:
            text = f.read()
        with open(paginators, "w", encoding="utf-8") as f:
            f.write(text.replace('"MaxJobs"', '"MaxJobs", "non_aggregate_keys": []', 1))
        model = os.path.join(data, "dataexchange/2017-07-25/service-2.json")
        with open(model, encoding="utf-8") as f:
            text = f.read()
        with open(model, "w", encoding="utf-8") as f:
            f.write(text.replace('"TIMED_OUT"', '"TIMED_OUT",\n        "PAUSED"', 1))
        commit = "f" * 40
        result = self.run_generator("--models-from", data, "--botocore-commit", commit)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("copied dataexchange/2017-07-25/service-2.json", result.stdout)
        self.assertIn("copied importexport/2010-06-01/paginators-1.json", result.stdout)
        with open(self.path("include/awsjobs/dataexchange/shapes.hpp"), encoding="utf-8") as f:
            header = f.read()
        self.assertIn("    TIMED_OUT,    ///< `TIMED_OUT` on the wire\n"
                      "    PAUSED,       ///< `PAUSED` on the wire\n"
                      "};\n", header)
        self.assertIn(f"// Input: botocore {commit[:12]}, sha256 ", header)
        with open(self.path("tests/data/models/operations.json"), encoding="utf-8") as f:
            self.assertIn(f"HEAD {commit},", f.read())
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
