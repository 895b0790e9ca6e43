#!/usr/bin/env python3
"""Tests of the generator: bad specs fail with file:line and a message and write
nothing; good specs generate byte-identical output, independent of where the
spec lives; --check tells stale headers from fresh ones.

Run by CTest (`ctest -R codegen`) or directly: python3 tests/codegen/test_generator.py
"""

import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("SIPCODES_ROOT", os.path.dirname(os.path.dirname(HERE)))
GENERATOR = os.path.join(ROOT, "codegen", "sipcodes_gen.py")
BAD_SPECS = os.path.join(HERE, "bad_specs")
GOOD_SPEC = os.path.join(HERE, "good_spec.yaml")
REAL_SPEC = os.path.join(ROOT, "spec", "sipcodes.yaml")

# Fixtures whose bytes are the point of the test carry no header comment.
ENCODING_FIXTURES = {
    "utf8_bom.yaml": "byte-order mark",
    "invalid_utf8.yaml": "is not valid UTF-8",
}


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, GENERATOR, *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def expectations(path):
    name = os.path.basename(path)
    if name in ENCODING_FIXTURES:
        raw = open(path, "rb").read()
        bad = raw.find(b"\xff")
        return ENCODING_FIXTURES[name], 1 if bad < 0 else raw.count(b"\n", 0, bad) + 1
    expect, line = None, None
    with open(path, encoding="utf-8") as f:
        for text in f:
            if text.startswith("# expect: "):
                expect = text[len("# expect: "):].rstrip("\n")
            elif text.startswith("# expect-line: "):
                line = int(text[len("# expect-line: "):])
            elif not text.startswith("#"):
                break
    assert expect, f"{path} has no '# expect:' line"
    return expect, line


class BadSpecs(unittest.TestCase):
    def test_corpus_is_not_empty(self):
        self.assertGreaterEqual(len(os.listdir(BAD_SPECS)), 30)

    def test_each_bad_spec_fails_at_its_line_and_writes_nothing(self):
        for name in sorted(os.listdir(BAD_SPECS)):
            with self.subTest(spec=name), tempfile.TemporaryDirectory() as out:
                path = os.path.join(BAD_SPECS, name)
                label = f"tests/codegen/bad_specs/{name}"
                expect, line = expectations(path)
                result = run("--spec", path, "--out-dir", out)
                self.assertEqual(result.returncode, 1, result.stderr)
                self.assertNotIn("Traceback", result.stderr)
                self.assertIn(expect, result.stderr)
                # The message that says it names the file and the line.
                matching = [m for m in result.stderr.splitlines() if expect in m]
                self.assertTrue(matching, result.stderr)
                if line is not None:
                    self.assertTrue(matching[0].startswith(f"{label}:{line}: error: "),
                                    f"{matching[0]!r} does not start with {label}:{line}")
                else:
                    self.assertRegex(matching[0], rf"^{re.escape(label)}:\d+: error: ")
                self.assertEqual(os.listdir(out), [], "a failed run wrote files")

    def test_a_bad_spec_leaves_existing_headers_untouched(self):
        with tempfile.TemporaryDirectory() as out:
            self.assertEqual(run("--spec", GOOD_SPEC, "--out-dir", out).returncode, 0)
            before = {n: open(os.path.join(out, "sipcodes", n), "rb").read()
                      for n in os.listdir(os.path.join(out, "sipcodes"))}
            result = run("--spec", os.path.join(BAD_SPECS, "duplicate_code.yaml"), "--out-dir", out)
            self.assertEqual(result.returncode, 1)
            after = {n: open(os.path.join(out, "sipcodes", n), "rb").read()
                     for n in os.listdir(os.path.join(out, "sipcodes"))}
            self.assertEqual(before, after)

    def test_every_problem_is_reported_in_one_run(self):
        with tempfile.TemporaryDirectory() as tmp:
            text = open(GOOD_SPEC, encoding="utf-8").read()
            text = text.replace("id: ok", "id: OK").replace("code: 430", "code: 700")
            text = text.replace("    fix: Nothing to fix.\n", "")
            spec = os.path.join(tmp, "many.yaml")
            with open(spec, "w", encoding="utf-8") as f:
                f.write(text)
            result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
            self.assertEqual(result.returncode, 1)
            self.assertIn("many.yaml: 3 errors; nothing was generated", result.stderr)
            self.assertIn("common macro", result.stderr)
            self.assertIn("outside 100-699", result.stderr)
            self.assertIn("missing the field 'fix'", result.stderr)

    def test_missing_spec_file(self):
        with tempfile.TemporaryDirectory() as out:
            result = run("--spec", os.path.join(out, "nope.yaml"), "--out-dir", out)
            self.assertEqual(result.returncode, 1)
            self.assertIn("cannot read the spec", result.stderr)
            self.assertNotIn("Traceback", result.stderr)

    def test_ten_thousand_codes_are_rejected(self):
        # Only 600 distinct codes exist (100-699): a huge spec must fail cleanly.
        with tempfile.TemporaryDirectory() as tmp:
            head = open(GOOD_SPEC, encoding="utf-8").read().split("codes:")[0]
            body = "".join(
                f"  - code: {100 + i}\n    phrase: Code {i}\n    id: code_{i}\n"
                f"    references: [X]\n    description: D{i}.\n    when: W{i}.\n    fix: F{i}.\n"
                for i in range(10000))
            spec = os.path.join(tmp, "huge.yaml")
            with open(spec, "w", encoding="utf-8") as f:
                f.write(head + "codes:\n" + body)
            result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
            self.assertEqual(result.returncode, 1)
            self.assertNotIn("Traceback", result.stderr)
            self.assertIn("huge.yaml:", result.stderr)
            self.assertIn("code 700 is outside 100-699", result.stderr)
            self.assertFalse(os.path.exists(os.path.join(tmp, "sipcodes")))


class GoodSpecs(unittest.TestCase):
    def generate(self, spec, out, *extra, cwd=ROOT):
        result = run("--spec", spec, "--out-dir", out, *extra, cwd=cwd)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result

    def test_output_is_deterministic_and_location_independent(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            self.generate(REAL_SPEC, a)
            # Same spec bytes at another absolute path, run from another directory.
            moved = os.path.join(b, "spec", "sipcodes.yaml")
            os.makedirs(os.path.dirname(moved))
            shutil.copy(REAL_SPEC, moved)
            self.generate(moved, os.path.join(b, "out"), "--root", b, cwd=b)
            names = sorted(os.listdir(os.path.join(a, "sipcodes")))
            self.assertEqual(names, ["attributes.hpp", "compare.hpp", "info.hpp", "io.hpp", "locale.hpp",
                                     "page.hpp", "sipcodes.h", "sipcodes.hpp", "status.hpp", "status_line.hpp"])
            match, mismatch, errors = filecmp.cmpfiles(
                os.path.join(a, "sipcodes"), os.path.join(b, "out", "sipcodes"), names, shallow=False)
            self.assertEqual(mismatch + errors, [])
            text = open(os.path.join(a, "sipcodes", "status.hpp"), encoding="utf-8").read()
            self.assertNotIn(ROOT, text)
            self.assertNotIn(b, text)

    def test_banner_names_spec_generator_and_digest(self):
        import hashlib
        with tempfile.TemporaryDirectory() as out:
            self.generate(REAL_SPEC, out)
            digest = hashlib.sha256(open(REAL_SPEC, "rb").read()).hexdigest()
            for name in os.listdir(os.path.join(out, "sipcodes")):
                head = open(os.path.join(out, "sipcodes", name), encoding="utf-8").read(600)
                self.assertIn("GENERATED FILE - DO NOT EDIT", head)
                self.assertIn("from spec/sipcodes.yaml", head)
                self.assertIn("codegen/sipcodes_gen.py", head)
                self.assertIn(digest, head)

    def test_second_run_writes_nothing(self):
        with tempfile.TemporaryDirectory() as out:
            self.generate(REAL_SPEC, out)
            path = os.path.join(out, "sipcodes", "status.hpp")
            os.utime(path, (1, 1))
            result = self.generate(REAL_SPEC, out)
            self.assertIn("0 of 10 headers written", result.stdout)
            self.assertEqual(os.stat(path).st_mtime, 1)
            self.assertEqual([n for n in os.listdir(os.path.dirname(path)) if n.endswith(".tmp")], [])

    def test_check_mode(self):
        with tempfile.TemporaryDirectory() as out:
            self.generate(REAL_SPEC, out)
            self.assertEqual(run("--spec", REAL_SPEC, "--out-dir", out, "--check").returncode, 0)
            path = os.path.join(out, "sipcodes", "info.hpp")
            with open(path, "a", encoding="utf-8") as f:
                f.write("// edited by hand\n")
            result = run("--spec", REAL_SPEC, "--out-dir", out, "--check")
            self.assertEqual(result.returncode, 1)
            self.assertIn("info.hpp: out of date", result.stderr)
            os.remove(path)
            result = run("--spec", REAL_SPEC, "--out-dir", out, "--check")
            self.assertEqual(result.returncode, 1)
            self.assertTrue(open(os.path.join(out, "sipcodes", "status.hpp")).read())

    def test_namespace_and_name_options(self):
        with tempfile.TemporaryDirectory() as out:
            self.generate(GOOD_SPEC, out, "--namespace", "acme::sip", "--name", "acme_sip")
            text = open(os.path.join(out, "acme_sip", "status.hpp"), encoding="utf-8").read()
            self.assertIn("namespace acme::sip {", text)
            self.assertIn("#ifndef ACME_SIP_STATUS_HPP", text)
            self.assertTrue(os.path.exists(os.path.join(out, "acme_sip", "acme_sip.hpp")))
            bad = run("--spec", GOOD_SPEC, "--out-dir", out, "--namespace", "acme::class")
            self.assertEqual(bad.returncode, 2)

    def test_string_literals_hold_exact_bytes(self):
        sys.path.insert(0, os.path.join(ROOT, "codegen"))
        from derive import cxx_literal
        self.assertEqual(cxx_literal('a"b\\c'), '"a\\"b\\\\c"')
        self.assertEqual(cxx_literal("No fix \u2014 here"), '"No fix \\342\\200\\224 here"')
        self.assertEqual(cxx_literal("what??!"), '"what?\\?!"')


class ExtendingSpecs(unittest.TestCase):
    """Specs that start from the standard spec (or another file) instead of copying it."""

    def write(self, directory, name, text):
        path = os.path.join(directory, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_only_trims_the_table(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = self.write(tmp, "subset.yaml", "format: 1\nversion: 1.0.0\nextends: standard\n"
                                                  "only: [100, 200, 486]\n")
            result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
            self.assertEqual(result.returncode, 0, result.stderr)
            text = open(os.path.join(tmp, "sipcodes", "status.hpp"), encoding="utf-8").read()
            self.assertIn("inline constexpr std::size_t status_count = 3;", text)
            self.assertIn("busy_here = 486", text)
            self.assertNotIn("flow_failed =", text)

    def test_overrides_replace_only_the_fields_given(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = self.write(tmp, "ext.yaml", "format: 1\nversion: 1.0.0\nextends: standard\nremove: [402]\n"
                                               "codes:\n  - code: 486\n    fix: Call back later.\n")
            result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
            self.assertEqual(result.returncode, 0, result.stderr)
            info = open(os.path.join(tmp, "sipcodes", "info.hpp"), encoding="utf-8").read()
            self.assertIn('"Call back later."', info)
            self.assertIn("The callee's device was reached", info)  # 486's description kept
            status = open(os.path.join(tmp, "sipcodes", "status.hpp"), encoding="utf-8").read()
            self.assertNotIn("payment_required", status)
            self.assertIn("status_count = 74;", status)

    def test_errors_name_the_file_that_holds_them(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = self.write(tmp, "ext.yaml", "format: 1\nversion: 1.0.0\nextends: standard\n"
                                               "codes:\n  - code: 486\n    phrase: \"\"\n")
            result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
            self.assertEqual(result.returncode, 1)
            self.assertIn("ext.yaml:6: error: the phrase of code 486 is empty", result.stderr)
            # A problem in the extended file names that file.
            self.write(tmp, "base.yaml", open(GOOD_SPEC, encoding="utf-8").read().replace("id: ok", "id: OK"))
            spec = self.write(tmp, "child.yaml", "format: 1\nversion: 1.0.0\nextends: base.yaml\n")
            result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
            self.assertEqual(result.returncode, 1)
            self.assertRegex(result.stderr, r"base\.yaml:\d+: error: the id 'OK' of code 200")

    def test_bad_extensions(self):
        cases = {
            "only: [100, 999]\n": "only names code 999, which the extended spec does not have",
            "only: [100]\nremove: [200]\n": "use either only or remove, not both",
            "remove: abc\n": "remove must be a list of codes",
        }
        with tempfile.TemporaryDirectory() as tmp:
            for extra, message in cases.items():
                with self.subTest(extra=extra):
                    spec = self.write(tmp, "ext.yaml", "format: 1\nversion: 1.0.0\nextends: standard\n" + extra)
                    result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
                    self.assertEqual(result.returncode, 1)
                    self.assertIn(message, result.stderr)
                    self.assertRegex(result.stderr, r"ext\.yaml:\d+: error: ")
            loop = self.write(tmp, "loop.yaml", "format: 1\nversion: 1.0.0\nextends: loop.yaml\n")
            result = run("--spec", loop, "--out-dir", tmp, "--root", tmp)
            self.assertIn("extends itself", result.stderr)
            missing = self.write(tmp, "missing.yaml", "format: 1\nextends: nowhere.yaml\n")
            result = run("--spec", missing, "--out-dir", tmp, "--root", tmp)
            self.assertIn("missing.yaml:2: error: extends 'nowhere.yaml': no such spec file", result.stderr)
            self.assertNotIn("Traceback", result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
