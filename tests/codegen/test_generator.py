#!/usr/bin/env python3
"""Tests of the generator: bad specs fail with file:line and a message and write
nothing; good specs generate byte-identical output, independent of where the
spec lives; --check tells stale headers from fresh ones.

Run by CTest (`ctest -R codegen`) or directly: python3 tests/codegen/test_generator.py
"""

import ast
import concurrent.futures
import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("SIPCODES_ROOT", os.path.dirname(os.path.dirname(HERE)))
GENERATOR = os.path.join(ROOT, "codegen", "sipcodes_gen.py")
BAD_SPECS = os.path.join(HERE, "bad_specs")
GOOD_SPEC = os.path.join(HERE, "good_spec.yaml")
REAL_SPEC = os.path.join(ROOT, "spec", "sipcodes.yaml")
# The files the real spec includes, in the order it names them (their bytes follow its own in the digest).
REAL_SPEC_PARTS = [os.path.join(ROOT, "spec", name) for name in ("q850.yaml", "warning.yaml", "reason.yaml")]
GENERATED = ["attributes.hpp", "c_enums.h", "c_q850.inc", "c_tables.inc", "info.hpp", "locale.hpp", "method.hpp", "page.hpp",
             "q850.hpp",
             "reason.hpp", "status.hpp", "warning.hpp"]

sys.path.insert(0, BAD_SPECS)
import generated  # noqa: E402  (the bad specs built at test time)

# Fixtures whose bytes are the point of the test carry no header comment:
# name -> (message, line).
ENCODING_FIXTURES = {
    "utf8_bom.yaml": ("byte-order mark", 1),
    "invalid_utf8.yaml": ("is not valid UTF-8", None),
    "utf16le_bom.yaml": ("the file is UTF-16 (it starts with a UTF-16 byte-order mark)", 1),
    "utf16be_bom.yaml": ("the file is UTF-16 (it starts with a UTF-16 byte-order mark)", 1),
    "utf16le_no_bom.yaml": ("the file looks like UTF-16", 1),
}

# Messages of the generator that no spec can provoke (as they would read), with
# the reason. Every other message in codegen/*.py must come out of some bad spec
# (test_every_error_kind_has_a_bad_spec).
UNREACHABLE = {
    "YAML error: something": "spec_loader.py: the fallback for a YAMLError that is neither marked "
                             "nor a reader error; PyYAML raises none",
}

SUMMARY = re.compile(r"\d+ errors?( \(the first \d+ shown\))?; nothing was generated")


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, GENERATOR, *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def expectations(path):
    """[(message, line or None)] from the fixture's `# expect:` / `# expect-line:` header."""
    name = os.path.basename(path)
    if name in ENCODING_FIXTURES:
        message, line = ENCODING_FIXTURES[name]
        if line is None:
            raw = open(path, "rb").read()
            line = raw.count(b"\n", 0, raw.find(b"\xff")) + 1
        return [(message, line)]
    result = []
    with open(path, "rb") as f:
        for raw in f:
            # The header is UTF-8; a line after it may hold the bytes under test.
            text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            if text.startswith("# expect: "):
                result.append((text[len("# expect: "):], None))
            elif text.startswith("# expect-line: "):
                result[-1] = (result[-1][0], int(text[len("# expect-line: "):]))
            elif not text.startswith("#"):
                break
    assert result, f"{path} has no '# expect:' line"
    return result


def snapshot(directory):
    """Every file under `directory` with its bytes and modification time."""
    files = {}
    for parent, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(parent, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = (f.read(), os.stat(path).st_mtime_ns)
    return files


class Outcome:
    """One run of the generator on a bad spec, over an out-dir that already holds headers."""

    def __init__(self, name, spec_label, label, expect, seconds, result, elapsed, before, after):
        self.name, self.spec_label, self.label, self.expect, self.seconds = name, spec_label, label, expect, seconds
        self.result, self.elapsed, self.before, self.after = result, elapsed, before, after


def run_bad_spec(name, spec, spec_label, label, expect, seconds, headers, cwd, root):
    with tempfile.TemporaryDirectory() as out:
        shutil.copytree(headers, os.path.join(out, "sipcodes"))
        before = snapshot(out)
        start = time.monotonic()
        result = run("--spec", spec, "--out-dir", out, "--root", root, cwd=cwd)
        elapsed = time.monotonic() - start
        return Outcome(name, spec_label, label, expect, seconds, result, elapsed, before, snapshot(out))


def error_templates():
    """(place, regex) for every message codegen/*.py reports about a spec: the
    message argument of each SpecError(file, line, message) and
    self.out.error(line, message), f-string fields read as wildcards."""

    def pattern(node):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return re.escape(node.value)
        if isinstance(node, ast.JoinedStr):
            return "".join(pattern(v) for v in node.values)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return pattern(node.left) + pattern(node.right)
        return ".*?"

    codegen = os.path.join(ROOT, "codegen")
    for name in sorted(os.listdir(codegen)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(codegen, name), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "SpecError" and len(node.args) == 3:
                message = node.args[2]
            elif isinstance(func, ast.Attribute) and func.attr == "error" and \
                    isinstance(func.value, ast.Attribute) and func.value.attr == "out" and len(node.args) == 2:
                message = node.args[1]
            else:
                continue
            if not isinstance(message, ast.Name):  # a Name passes on a message made elsewhere
                yield f"codegen/{name}:{node.lineno}", pattern(message)


def most_specific(templates, message):
    """The places of the templates that `message` fits with the most literal text
    (f"{what} is empty" fits many messages; the exact template is the longest)."""
    fits = [(len(re.sub(r"\.\*\?|\\", "", rx)), place) for place, rx in templates
            if re.fullmatch(rx, message, re.DOTALL)]
    best = max((n for n, _ in fits), default=None)
    return {place for n, place in fits if n == best}


class BadSpecs(unittest.TestCase):
    """The corpus: every checked-in file in bad_specs/*.yaml and every recipe of
    bad_specs/generated.py, each run once over an out-dir holding headers."""

    outcomes = []

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        headers = os.path.join(cls.tmp.name, "reference")
        result = run("--spec", GOOD_SPEC, "--out-dir", headers)
        assert result.returncode == 0, result.stderr
        headers = os.path.join(headers, "sipcodes")
        jobs = []
        for name in sorted(os.listdir(BAD_SPECS)):
            path = os.path.join(BAD_SPECS, name)
            if name.endswith(".yaml") and os.path.isfile(path):
                label = f"tests/codegen/bad_specs/{name}"
                jobs.append((name, path, label, label, expectations(path), 20.0, headers, ROOT, ROOT))
        for recipe in generated.RECIPES:
            directory = os.path.join(cls.tmp.name, recipe.__name__)
            os.makedirs(directory)
            case = recipe(directory)
            jobs.append((recipe.__name__, os.path.join(directory, case.spec), case.spec, case.names,
                         case.expect, case.seconds, headers, directory, directory))
        with concurrent.futures.ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
            cls.outcomes = list(pool.map(lambda job: run_bad_spec(*job), jobs))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_corpus_is_not_empty(self):
        self.assertGreaterEqual(len(self.outcomes), 100)

    def test_each_bad_spec_fails_at_its_line_and_writes_nothing(self):
        for o in self.outcomes:
            with self.subTest(spec=o.name):
                stderr = o.result.stderr
                self.assertEqual(o.result.returncode, 1, stderr)
                self.assertNotIn("Traceback", stderr)
                self.assertEqual(o.result.stdout, "")
                # Every line is `file:line: error: ...` (or `file: error: ...` for a
                # problem of the whole file), then the count.
                lines = stderr.splitlines()
                self.assertRegex(lines[-1], rf"^{re.escape(o.spec_label)}: {SUMMARY.pattern}$")
                for line in lines[:-1]:
                    self.assertRegex(line, rf"^{re.escape(o.label)}(:\d+)?: error: \S")
                for message, number in o.expect:
                    matching = [m for m in lines if message in m]
                    self.assertTrue(matching, f"{message!r} not in:\n{stderr}")
                    if SUMMARY.search(message):
                        continue
                    if number is not None:
                        self.assertTrue(matching[0].startswith(f"{o.label}:{number}: error: "),
                                        f"{matching[0]!r} does not start with {o.label}:{number}")
                    elif o.name in generated.__dict__:  # a recipe's None: the whole file
                        self.assertTrue(matching[0].startswith(f"{o.label}: error: "), matching[0])
                    else:
                        self.assertRegex(matching[0], rf"^{re.escape(o.label)}:\d+: error: ")
                self.assertEqual(o.after, o.before, "a failed run wrote or changed files")

    def test_huge_specs_fail_fast(self):
        for o in self.outcomes:
            with self.subTest(spec=o.name):
                self.assertLess(o.elapsed, o.seconds)

    def test_every_error_kind_has_a_bad_spec(self):
        messages = [line.split(": error: ", 1)[1]
                    for o in self.outcomes for line in o.result.stderr.splitlines() if ": error: " in line]
        templates = list(error_templates())
        self.assertGreater(len(templates), 60)
        for sample in UNREACHABLE:  # the list names messages that still exist
            self.assertTrue(most_specific(templates, sample), sample)
        covered = set()
        for message in messages + list(UNREACHABLE):
            covered.update(most_specific(templates, message))
        missing = [f"{place}: {rx}" for place, rx in templates if place not in covered]
        self.assertEqual(missing, [], "error kinds without a bad spec")

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
            for part in REAL_SPEC_PARTS:
                shutil.copy(part, os.path.dirname(moved))
            shutil.copytree(os.path.join(os.path.dirname(REAL_SPEC), "locales"),
                            os.path.join(os.path.dirname(moved), "locales"))
            self.generate(moved, os.path.join(b, "out"), "--root", b, cwd=b)
            names = sorted(os.listdir(os.path.join(a, "sipcodes", "generated")))
            self.assertEqual(names, GENERATED)
            match, mismatch, errors = filecmp.cmpfiles(
                os.path.join(a, "sipcodes", "generated"), os.path.join(b, "out", "sipcodes", "generated"), names,
                shallow=False)
            self.assertEqual(mismatch + errors, [])
            text = open(os.path.join(a, "sipcodes", "generated", "status.hpp"), encoding="utf-8").read()
            self.assertNotIn(ROOT, text)
            self.assertNotIn(b, text)

    def test_banner_names_spec_generator_and_digest(self):
        import hashlib
        with tempfile.TemporaryDirectory() as out:
            self.generate(REAL_SPEC, out)
            # The spec's bytes, then its included parts', then its locale files' in the
            # order it names them.
            hashed = hashlib.sha256(open(REAL_SPEC, "rb").read())
            for part in REAL_SPEC_PARTS:
                hashed.update(open(part, "rb").read())
            for lang in ("ja", "zh", "vi", "ru"):
                hashed.update(open(os.path.join(os.path.dirname(REAL_SPEC), "locales", f"{lang}.yaml"), "rb").read())
            digest = hashed.hexdigest()
            for name in os.listdir(os.path.join(out, "sipcodes", "generated")):
                head = open(os.path.join(out, "sipcodes", "generated", name), encoding="utf-8").read(600)
                self.assertIn("GENERATED FILE - DO NOT EDIT", head)
                self.assertIn("from spec/sipcodes.yaml", head)
                self.assertIn("codegen/sipcodes_gen.py", head)
                self.assertIn(digest, head)

    def test_second_run_writes_nothing(self):
        with tempfile.TemporaryDirectory() as out:
            self.generate(REAL_SPEC, out)
            path = os.path.join(out, "sipcodes", "generated", "status.hpp")
            os.utime(path, (1, 1))
            result = self.generate(REAL_SPEC, out)
            self.assertIn(f"0 of {len(GENERATED)} files written", result.stdout)
            self.assertEqual(os.stat(path).st_mtime, 1)
            self.assertEqual([n for n in os.listdir(os.path.dirname(path)) if n.endswith(".tmp")], [])

    def test_check_mode(self):
        with tempfile.TemporaryDirectory() as out:
            self.generate(REAL_SPEC, out)
            self.assertEqual(run("--spec", REAL_SPEC, "--out-dir", out, "--check").returncode, 0)
            path = os.path.join(out, "sipcodes", "generated", "info.hpp")
            with open(path, "a", encoding="utf-8") as f:
                f.write("// edited by hand\n")
            result = run("--spec", REAL_SPEC, "--out-dir", out, "--check")
            self.assertEqual(result.returncode, 1)
            self.assertIn("info.hpp: out of date", result.stderr)
            os.remove(path)
            result = run("--spec", REAL_SPEC, "--out-dir", out, "--check")
            self.assertEqual(result.returncode, 1)
            self.assertTrue(open(os.path.join(out, "sipcodes", "generated", "status.hpp")).read())

    def test_namespace_and_name_options(self):
        with tempfile.TemporaryDirectory() as out:
            self.generate(GOOD_SPEC, out, "--namespace", "acme::sip", "--name", "acme_sip", "--api")
            text = open(os.path.join(out, "acme_sip", "status.hpp"), encoding="utf-8").read()
            self.assertIn("namespace acme::sip {", text)
            self.assertIn("#include <sipcodes/impl/status.ipp>", text)  # the library's code, not a copy
            self.assertIn("#ifndef ACME_SIP_ACME_SIP_STATUS_HPP", text)  # guards name the namespace too
            data = open(os.path.join(out, "acme_sip", "generated", "status.hpp"), encoding="utf-8").read()
            self.assertIn("namespace acme::sip {", data)
            for name in ("acme_sip.hpp", "acme_sip.h", "page.hpp", "generated/c_tables.inc"):
                self.assertTrue(os.path.exists(os.path.join(out, "acme_sip", name)), name)
            listed = run("--spec", GOOD_SPEC, "--out-dir", out, "--name", "acme_sip", "--namespace", "acme::sip",
                         "--api", "--list-outputs")
            written = sorted(os.path.relpath(os.path.join(d, f), out) for d, _, fs in os.walk(out) for f in fs)
            self.assertEqual(sorted(listed.stdout.split()), written)
            bad = run("--spec", GOOD_SPEC, "--out-dir", out, "--namespace", "acme::class")
            self.assertEqual(bad.returncode, 2)
            # The sipcodes API is the hand-written one: no glue over it.
            bad = run("--spec", GOOD_SPEC, "--out-dir", out, "--api")
            self.assertEqual(bad.returncode, 2)

    def test_keywords_are_escaped_with_one_underscore(self):
        """A keyword id is refused, its escape 'name_' accepted (no other id ends in '_'),
        and a method whose lower-cased name is a keyword gets the escape by itself."""
        with tempfile.TemporaryDirectory() as out:
            spec = os.path.join(out, "spec.yaml")
            with open(GOOD_SPEC, encoding="utf-8") as f:
                text = f.read().replace("id: flow_failed", "id: delete_")
            with open(spec, "w", encoding="utf-8") as f:
                f.write(text + "methods:\n  REGISTER: {references: [RFC 3261]}\n  Delete: {references: [RFC 1]}\n")
            result = run("--spec", spec, "--out-dir", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            status = open(os.path.join(out, "sipcodes", "generated", "status.hpp"), encoding="utf-8").read()
            self.assertIn("delete_ = 430", status)
            methods = open(os.path.join(out, "sipcodes", "generated", "method.hpp"), encoding="utf-8").read()
            self.assertIn("register_, ///< REGISTER", methods)
            self.assertIn("delete_,   ///< Delete", methods)

    def test_templates_lay_out_data_only(self):
        templates = os.path.join(ROOT, "codegen", "templates")
        total = 0
        for directory, _, files in os.walk(templates):
            for name in files:
                text = open(os.path.join(directory, name), encoding="utf-8").read()
                total += text.count("\n")
                self.assertNotRegex(text, r"\breturn\b", f"{name}: code in a template")
        self.assertLessEqual(total, 700)

    def test_max_page_size_is_the_longest_page(self):
        """The bounds that page_size.py finds by its shortcut are those of rendering every page."""
        sys.path.insert(0, os.path.join(ROOT, "codegen"))
        import page_size
        import spec_merge
        import spec_model
        for path in (REAL_SPEC, GOOD_SPEC):
            root, _, _ = spec_merge.load_spec(path, os.path.basename(path), ROOT)
            spec = spec_model.validate(root, os.path.basename(path))
            text, html = 0, 0
            for view, codes in page_size.views(spec):
                for a in codes:
                    html = max(html, page_size.utf8(page_size.html_code_page(view, a, codes)))
                    for b in codes:
                        if a is not b:
                            text = max(text, max(page_size.utf8(page_size.text_page(view, a, b, s))
                                                 for s in (False, True)))
                            html = max(html, page_size.utf8(page_size.html_page(view, a, b)))
            self.assertEqual(page_size.max_page_size(spec), text, path)
            self.assertEqual(page_size.max_html_size(spec), html, path)

    def test_every_source_of_the_spec_names_its_section(self):
        """Each RFC that a `*_source` or `source` of spec/ cites comes with its section ("RFC 3261 §21.4.6")."""
        source = re.compile(r"^\s*(?:-\s*)?(?:\w+_)?source:\s*(.*)$|\bsource:\s*\"?([^\"}]*)")
        cited = 0
        for path in [REAL_SPEC] + REAL_SPEC_PARTS:
            for number, line in enumerate(open(path, encoding="utf-8"), 1):
                if line.lstrip().startswith("#"):
                    continue
                for match in source.finditer(line):
                    value = match.group(1) or match.group(2) or ""
                    for rfc in re.finditer(r"\bRFC \d+\b", value):
                        cited += 1
                        self.assertTrue(value[rfc.end():].startswith(" §"),
                                        f"{os.path.basename(path)}:{number}: {rfc.group(0)} without its section: {value}")
        self.assertGreater(cited, 150)

    def test_depfile_lists_the_extends_chain(self):
        with tempfile.TemporaryDirectory() as tmp:
            base = os.path.join(tmp, "base.yaml")
            shutil.copy(GOOD_SPEC, base)
            child = os.path.join(tmp, "child.yaml")
            with open(child, "w", encoding="utf-8") as f:
                f.write("format: 1\nversion: 1.0.0\nextends: base.yaml\n")
            depfile = os.path.join(tmp, "out.d")
            self.generate(child, os.path.join(tmp, "out"), "--root", tmp, "--depfile", depfile)
            text = open(depfile, encoding="utf-8").read()
            self.assertIn(os.path.abspath(child), text)
            self.assertIn(os.path.abspath(base), text)
            self.assertTrue(text.startswith(os.path.join(os.path.abspath(tmp), "out", "sipcodes", "generated")))

    def test_string_literals_hold_exact_bytes(self):
        sys.path.insert(0, os.path.join(ROOT, "codegen"))
        from string_table import cxx_literal
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
            text = open(os.path.join(tmp, "sipcodes", "generated", "status.hpp"), encoding="utf-8").read()
            self.assertIn("inline constexpr std::size_t status_count = 3;", text)
            self.assertIn("busy_here = 486", text)
            self.assertNotIn("flow_failed =", text)

    def test_overrides_replace_only_the_fields_given(self):
        with tempfile.TemporaryDirectory() as tmp:
            spec = self.write(tmp, "ext.yaml", "format: 1\nversion: 1.0.0\nextends: standard\nremove: [402]\n"
                                               "codes:\n  - code: 486\n    fix: Call back later.\n")
            result = run("--spec", spec, "--out-dir", tmp, "--root", tmp)
            self.assertEqual(result.returncode, 0, result.stderr)
            info = open(os.path.join(tmp, "sipcodes", "generated", "info.hpp"), encoding="utf-8").read()
            self.assertIn('"Call back later."', info)
            self.assertIn("The callee's device was reached", info)  # 486's description kept
            status = open(os.path.join(tmp, "sipcodes", "generated", "status.hpp"), encoding="utf-8").read()
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
