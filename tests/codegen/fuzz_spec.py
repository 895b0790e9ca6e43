#!/usr/bin/env python3
"""Generator fuzz: random mutations of the real spec (and of a spec that extends
it), each run through codegen/sipcodes_gen.py over an out-dir that already
holds the headers of the unmutated spec.

    python3 tests/codegen/fuzz_spec.py                      # 200 cases, seed 1 (CTest: 300)
    python3 tests/codegen/fuzz_spec.py --seconds 1800       # longer: until the time is up
    python3 tests/codegen/fuzz_spec.py --seed 7 --case 42   # one case again, verbosely

Mutations (one to three per case): flip a bit, insert random bytes, delete,
duplicate or swap lines, truncate, swap a key for another one of the spec,
swap a value for one of another type, insert an odd code point (controls, BOMs,
line separators, surrogates, non-characters, bidi, emoji), re-indent a line,
replace a number, duplicate a code's block, stretch a text. A case depends only
on --seed and its number, so a failure is reproduced with --case.

Each run must end in one of two ways:
- exit 1: stderr is only `FILE:LINE: error: ...` lines and the
  `FILE: N errors; nothing was generated` line, no traceback, and the out-dir
  is byte for byte and time for time what it was;
- exit 0: the ten headers, stderr empty, no stray files, and a second run with
  --check agrees (deterministic). When the mutant reads as the same YAML data
  as the original (a comment or spacing changed), the headers must be the
  original ones but for the spec digest. With --compile N (default 3) the
  first N successful mutants whose headers differ are compiled (g++ -Werror for
  C++17, gcc for C99).
Anything else (a traceback, exit 3 "internal error", a hang past --timeout, a
message without a line, a crash of the interpreter) fails; the mutant is kept
in --keep DIR.

The generator runs in-process, in a pool of worker processes that import it
once (a fresh interpreter per run would double the time): main() is called with
stdout and stderr captured, SystemExit gives the exit status, and an exception
escaping main() is printed as the traceback that sipcodes_gen.py would turn into
exit 3.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import io
import multiprocessing
import os
import signal
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

try:
    import yaml
except ImportError:  # a pyenv or venv python3 first on PATH: use the system one, as the generator does
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != "/usr/bin/python3":
        os.execv("/usr/bin/python3", ["/usr/bin/python3", os.path.abspath(__file__), *sys.argv[1:]])
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GENERATOR = os.path.join(ROOT, "codegen", "sipcodes_gen.py")
SOURCES = (  # (spec, weight): mostly the real spec; the extension exercises spec_merge
    (os.path.join(ROOT, "spec", "sipcodes.yaml"), 4),
    (os.path.join(ROOT, "examples", "vendor_codes", "acme_codes.yaml"), 1),
)
# What a run writes for the standard name: the data under sipcodes/generated/.
HEADERS = ("attributes.hpp", "c_enums.h", "c_q850.inc", "c_tables.inc", "info.hpp", "locale.hpp", "method.hpp", "page.hpp", "q850.hpp",
           "reason.hpp", "status.hpp", "warning.hpp")
# The files the real spec includes: copied beside each mutant.
PARTS = tuple(os.path.join(ROOT, "spec", name) for name in ("q850.yaml", "warning.yaml", "reason.yaml"))
DIGEST = re.compile(r"\b[0-9a-f]{64}\b")

VALUES = ("[]", "{}", "[a, b]", "{a: 1}", "42", "-1", "0x1F", "0o17", "1_000", "4.5", ".inf", "true",
          "no", "null", "~", "", "2024-01-01", '""', "''", "!!binary aGVsbG8=", "!custom x", "&anchor x",
          "*anchor", "|\n  block text", ">-", "'quoted'", '"esc\\x41ped"', '"\\u2028"', "? x", "- item",
          "x" * 70, "When " + "word " * 250 + "ends.", "%", "#", "@x", "`x`")
ODD_CHARS = ("\x00", "\x01", "\x07", "\t", "\x0b", "\x0c", "\r", "\x1b", "\x7f", "\x85", "\xa0", "\u00e9",
             "\u0301", "\u200b", "\u200d", "\u202e", "\u2028", "\u2029", "\u3002", "\ufeff", "\ufffd",
             "\ufffe", "\uffff", "\ud800", "\udfff", "\U0001f600", "\U0010ffff", "%", "\\", '"', "'",
             ":", "-", "[", "{", "&", "*", "!", "|", ">", "#")


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _pick_line(rng, lines, pattern=None):
    candidates = [i for i, l in enumerate(lines) if pattern is None or re.search(pattern, l)]
    return rng.choice(candidates) if candidates else None


def flip_bit(rng, data):
    if not data:
        return data, "flip: empty"
    i = rng.randrange(len(data))
    return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:], f"flip bit at byte {i}"


def insert_bytes(rng, data):
    i = rng.randrange(len(data) + 1)
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
    return data[:i] + junk + data[i:], f"insert {junk!r} at byte {i}"


def delete_line(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    return b"\n".join(lines[:i] + lines[i + 1:]), f"delete line {i + 1}"


def duplicate_line(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    return b"\n".join(lines[:i + 1] + lines[i:]), f"duplicate line {i + 1}"


def swap_lines(rng, data):
    lines = _lines(data)
    i = rng.randrange(len(lines))
    j = min(len(lines) - 1, i + 1) if rng.random() < 0.5 else rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines), f"swap lines {i + 1} and {j + 1}"


def truncate(rng, data):
    i = rng.randrange(len(data) + 1)
    return data[:i], f"truncate at byte {i}"


def swap_key(rng, data):
    lines = _lines(data)
    keyed = [i for i, l in enumerate(lines) if re.match(rb"^\s*(- )?[A-Za-z_0-9]+:", l)]
    if not keyed:
        return data, "swap key: none"
    keys = sorted({re.match(rb"^\s*(?:- )?([A-Za-z_0-9]+):", lines[i]).group(1) for i in keyed})
    i = rng.choice(keyed)
    new = rng.choice(keys)
    lines[i] = re.sub(rb"^(\s*(?:- )?)[A-Za-z_0-9]+:", lambda m: m.group(1) + new + b":", lines[i], count=1)
    return b"\n".join(lines), f"key on line {i + 1} -> {new.decode()}"


def swap_value(rng, data):
    lines = _lines(data)
    i = _pick_line(rng, lines, rb"^\s*(- )?[A-Za-z_0-9]+: ")
    if i is None:
        return data, "swap value: none"
    value = rng.choice(VALUES)
    indent = re.match(rb"^\s*", lines[i]).group(0)
    value_bytes = value.replace("\n", "\n" + indent.decode() + "  ").encode()
    lines[i] = re.sub(rb"^(\s*(?:- )?[A-Za-z_0-9]+:) .*$", lambda m: m.group(1) + b" " + value_bytes, lines[i])
    return b"\n".join(lines), f"value on line {i + 1} -> {value[:30]!r}"


def odd_char(rng, data):
    text = data.decode("utf-8", errors="surrogateescape")
    i = rng.randrange(len(text) + 1)
    ch = rng.choice(ODD_CHARS) if rng.random() < 0.8 else chr(rng.randrange(0x20, 0x30000))
    text = text[:i] + ch + text[i:]
    return text.encode("utf-8", errors="surrogatepass"), f"insert U+{ord(ch):04X} at char {i}"


def reindent(rng, data):
    lines = _lines(data)
    i = _pick_line(rng, lines, rb"\S")
    if i is None:
        return data, "reindent: none"
    delta = rng.choice((-4, -2, -1, 1, 2, 4))
    if delta < 0:
        lines[i] = re.sub(rb"^ {1,%d}" % -delta, b"", lines[i])
    else:
        lines[i] = b" " * delta + lines[i]
    return b"\n".join(lines), f"indent line {i + 1} by {delta}"


def replace_number(rng, data):
    numbers = list(re.finditer(rb"\b[0-9]+\b", data))
    if not numbers:
        return data, "number: none"
    m = rng.choice(numbers)
    new = str(rng.choice((0, 1, 99, 100, 199, 200, 430, 486, 699, 700, 999, -1, 2 ** 31, 10 ** 7,
                          rng.randrange(-1000, 100000)))).encode()
    return data[:m.start()] + new + data[m.end():], f"number {m.group().decode()} at byte {m.start()} -> {new.decode()}"


def duplicate_code_block(rng, data):
    starts = [m.start() for m in re.finditer(rb"(?m)^  - code: ", data)]
    if not starts:
        return data, "code block: none"
    k = rng.randrange(len(starts))
    end = starts[k + 1] if k + 1 < len(starts) else len(data)
    return data[:end] + data[starts[k]:end] + data[end:], f"duplicate the code block at byte {starts[k]}"


def stretch_text(rng, data):
    lines = _lines(data)
    i = _pick_line(rng, lines, rb"^\s+(description|when|fix|phrase|name): \S")
    if i is None:
        return data, "stretch: none"
    lines[i] = lines[i] + b" more" * rng.choice((1, 13, 200, 5000))
    return b"\n".join(lines), f"stretch line {i + 1}"


MUTATORS = (flip_bit, insert_bytes, delete_line, duplicate_line, swap_lines, truncate, swap_key,
            swap_value, odd_char, reindent, replace_number, duplicate_code_block, stretch_text)


def mutate(seed: int, case: int) -> tuple[str, bytes, list[str]]:
    import random
    rng = random.Random(f"{seed}:{case}")
    source = rng.choices([s for s, _ in SOURCES], weights=[w for _, w in SOURCES])[0]
    with open(source, "rb") as f:
        data = f.read()
    log = [os.path.relpath(source, ROOT)]
    for _ in range(rng.choice((1, 1, 2, 3))):
        data, what = rng.choice(MUTATORS)(rng, data)
        log.append(what)
    return source, data, log


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def generate(spec: str, out: str, root: str, *extra: str, timeout: float) -> subprocess.CompletedProcess:
    """sipcodes_gen.main() in this process, as `sipcodes_gen.py --spec ...` would run it."""
    import sipcodes_gen
    argv = ["--spec", spec, "--out-dir", out, "--root", root, *extra]
    stdout, stderr = io.StringIO(), io.StringIO()
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = sipcodes_gen.main(argv)
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else 2
            except Hang:
                raise
            except Exception:  # what guarded_main() reports as an internal error
                traceback.print_exc()
                code = 3
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return subprocess.CompletedProcess(argv, code, stdout.getvalue(), stderr.getvalue())


def snapshot(directory: str) -> dict:
    files = {}
    for parent, _, names in os.walk(directory):
        for name in names:
            path = os.path.join(parent, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, directory)] = (f.read(), os.stat(path).st_mtime_ns)
    return files


def same_data(a: bytes, b: bytes) -> bool:
    """Whether two specs read as the same YAML data, key order included (the order
    of headers, actions and locales is the order of their enumerators)."""
    def ordered(value):
        if isinstance(value, dict):
            return [(k, ordered(v)) for k, v in value.items()]
        if isinstance(value, list):
            return [ordered(v) for v in value]
        return value

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return ordered(yaml.load(a, Loader=loader)) == ordered(yaml.load(b, Loader=loader))
    except Exception:  # anything YAML refuses is not the same data
        return False


def headers_without_digest(directory: str) -> dict:
    result = {}
    for name in HEADERS:
        with open(os.path.join(directory, "sipcodes", "generated", name), encoding="utf-8") as f:
            result[name] = DIGEST.sub("<sha256>", f.read())
    return result


def with_locale_files(source: str, directory: str) -> None:
    """The locale files a spec names (locales/<id>.yaml, relative to it), beside its copy."""
    locales = os.path.join(os.path.dirname(source), "locales")
    if os.path.isdir(locales) and not os.path.exists(os.path.join(directory, "locales")):
        os.symlink(locales, os.path.join(directory, "locales"))


def references(args, work: str) -> dict:
    """source -> (the headers it generates, its bytes), each spec generated as
    spec.yaml in a directory of its own, as the mutants are."""
    result = {}
    for source, _ in SOURCES:
        directory = os.path.join(work, "reference-" + os.path.basename(source))
        os.makedirs(directory)
        shutil.copy(source, os.path.join(directory, "spec.yaml"))
        for part in PARTS:
            shutil.copy(part, directory)
        with_locale_files(source, directory)
        run = generate(os.path.join(directory, "spec.yaml"), os.path.join(directory, "out"), directory,
                       timeout=args.timeout)
        if run.returncode != 0:
            raise SystemExit(f"fuzz_spec: the unmutated {source} does not generate:\n{run.stderr}")
        with open(source, "rb") as f:
            result[source] = (os.path.join(directory, "out"), f.read())
    return result


_worker = None


def _init_worker(args, work, refs, compiled):
    global _worker
    sys.path.insert(0, os.path.dirname(GENERATOR))
    _worker = Fuzz(args, work, refs, compiled)


def _check(case: int):
    return _worker.check(case)


class Fuzz:
    def __init__(self, args, work: str, refs: dict, compiled):
        self.args, self.work, self.references = args, work, refs
        self.compiled = compiled  # a multiprocessing.Value shared by the workers

    def check(self, case: int) -> tuple[str, list[str], str | None]:
        """Runs one case; returns (outcome, mutation log, problem or None)."""
        source, data, log = mutate(self.args.seed, case)
        reference, original = self.references[source]
        directory = os.path.join(self.work, f"case-{case}")
        os.makedirs(directory)
        try:
            spec = os.path.join(directory, "spec.yaml")
            with open(spec, "wb") as f:
                f.write(data)
            for part in PARTS:
                shutil.copy(part, directory)
            with_locale_files(source, directory)
            out = os.path.join(directory, "out")
            shutil.copytree(reference, out)
            before = snapshot(out)
            try:
                result = generate(spec, out, directory, timeout=self.args.timeout)
            except Hang:
                return "hang", log, self.keep(case, data, f"no answer within {self.args.timeout} s")
            problem = self.judge(result, out, before, spec, directory, data, original, reference)
            outcome = "ok" if result.returncode == 0 else "refused"
            return outcome, log, None if problem is None else self.keep(case, data, problem, result)
        finally:
            shutil.rmtree(directory, ignore_errors=True)

    def judge(self, result, out, before, spec, directory, data, original, reference) -> str | None:
        if "Traceback" in result.stderr or "internal error" in result.stderr:
            return "traceback or internal error"
        if result.returncode == 1:
            lines = result.stderr.splitlines()
            if not lines or not re.fullmatch(r"spec\.yaml: \d+ errors?( \(the first \d+ shown\))?; "
                                             r"nothing was generated", lines[-1]):
                return "the last line is not the error count"
            for line in lines[:-1]:
                # The mutant, (for the extension) the standard spec it extends, a part
                # either includes (q850.yaml, warning.yaml), or a locale file either
                # names (locales/ja.yaml: a code the mutant lost).
                if not re.match(r"(spec\.yaml|sipcodes\.yaml|(locales/)?[a-z][a-z0-9_]*\.yaml):\d+: error: \S",
                                line):
                    return f"a message without file:line: {line!r}"
            if result.stdout:
                return "a refused spec printed on stdout"
            if snapshot(out) != before:
                return "a refused spec wrote or changed headers"
            return None
        if result.returncode != 0:
            return f"exit status {result.returncode}"
        if result.stderr:
            return "a successful run printed on stderr"
        names = sorted(os.listdir(os.path.join(out, "sipcodes", "generated")))
        if names != sorted(HEADERS) or os.listdir(out) != ["sipcodes"] or os.listdir(os.path.join(out, "sipcodes")) != ["generated"]:
            return f"unexpected files after success: {names}"
        try:
            check = generate(spec, out, directory, "--check", timeout=self.args.timeout)
        except Hang:
            return f"--check gave no answer within {self.args.timeout} s"
        if check.returncode != 0:
            return f"--check disagrees with the run before it:\n{check.stderr}"
        produced = headers_without_digest(out)
        if same_data(data, original) and produced != headers_without_digest(reference):
            return "the same YAML data generated different headers"
        if produced != headers_without_digest(reference):
            with self.compiled.get_lock():
                if self.compiled.value >= self.args.compile:
                    return None
                self.compiled.value += 1
            return compile_headers(out)
        return None

    def keep(self, case: int, data: bytes, problem: str, result=None) -> str:
        os.makedirs(self.args.keep, exist_ok=True)
        path = os.path.join(self.args.keep, f"spec-seed{self.args.seed}-case{case}.yaml")
        with open(path, "wb") as f:
            f.write(data)
        detail = "" if result is None else f"\nexit {result.returncode}; stderr:\n{result.stderr[-3000:]}"
        return f"{problem} (mutant kept as {path}){detail}"


def compile_headers(out: str) -> str | None:
    """The library's API over the generated data builds without warnings, as C++17 and as C99
    (`out` comes first on the include path, so its data replaces the checked-in one)."""
    include = os.path.join(ROOT, "include")
    source = os.path.join(out, "use.cpp")
    with open(source, "w", encoding="utf-8") as f:
        f.write("#include <sipcodes/sipcodes.hpp>\n#include <sipcodes/io.hpp>\n#include <sipcodes/sipcodes.h>\n"
                "static_assert(sipcodes::status_count > 0);\nint main() { return 0; }\n")
    commands = []
    if shutil.which("g++"):
        commands.append(["g++", "-std=c++17", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic",
                         "-Wconversion", "-Wshadow", "-Werror", "-I", out, "-I", include, source])
    if shutil.which("gcc"):
        commands.append(["gcc", "-std=c99", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-Wconversion",
                         "-Werror", "-I", out, "-I", include, "-x", "c", os.path.join(include, "sipcodes", "sipcodes.h")])
    try:
        for command in commands:
            result = subprocess.run(command, capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                return f"the generated headers do not compile ({command[0]}):\n{result.stderr[-3000:]}"
    finally:
        os.remove(source)
    return None


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Mutate the spec at random and check the generator's answers.")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=200, help="cases to run (default 200)")
    parser.add_argument("--seconds", type=float, help="run cases until this much time has passed (ignores --count)")
    parser.add_argument("--case", type=int, help="run only this case, and print its mutations")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=30, help="seconds one generator run may take")
    parser.add_argument("--compile", type=int, default=3, help="compile the first N changed successes")
    parser.add_argument("--keep", default=os.path.join(tempfile.gettempdir(), "sipcodes-fuzz-spec"),
                        help="where failing mutants are kept")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    start = time.monotonic()
    sys.path.insert(0, os.path.dirname(GENERATOR))
    with tempfile.TemporaryDirectory(prefix="sipcodes-fuzz-") as work:
        refs = references(args, work)
        if args.case is not None:
            cases = iter([args.case])
        elif args.seconds is not None:
            cases = iter(range(10 ** 9))
        else:
            cases = iter(range(args.count))
        context = multiprocessing.get_context("fork")
        compiled = context.Value("i", 0)
        counts, failures, done = {}, [], 0
        with concurrent.futures.ProcessPoolExecutor(max_workers=args.jobs, mp_context=context,
                                                    initializer=_init_worker,
                                                    initargs=(args, work, refs, compiled)) as pool:
            pending = {}
            while True:
                while len(pending) < 2 * args.jobs:
                    if args.seconds is not None and time.monotonic() - start > args.seconds:
                        break
                    case = next(cases, None)
                    if case is None:
                        break
                    pending[pool.submit(_check, case)] = case
                if not pending:
                    break
                finished, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
                for future in finished:
                    case = pending.pop(future)
                    try:
                        outcome, log, problem = future.result()
                    except concurrent.futures.process.BrokenProcessPool:
                        # The interpreter died (a crash in libyaml, say): the case
                        # in flight is one of those pending; report them all.
                        _, _, log = mutate(args.seed, case)
                        outcome, problem = "crash", "a worker process died"
                    done += 1
                    counts[outcome] = counts.get(outcome, 0) + 1
                    if args.case is not None:
                        print(f"case {case}: {outcome}: " + "; ".join(log))
                    if problem is not None:
                        failures.append(case)
                        print(f"FAIL seed {args.seed} case {case} ({'; '.join(log)}): {problem}", flush=True)
                if counts.get("crash"):
                    break
    elapsed = time.monotonic() - start
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))
    print(f"fuzz_spec: seed {args.seed}: {done} cases in {elapsed:.1f} s ({summary}); "
          f"{compiled.value} compiled; {len(failures)} failed")
    if failures:
        print(f"reproduce one: python3 {os.path.relpath(os.path.abspath(__file__), ROOT)} "
              f"--seed {args.seed} --case {failures[0]}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
