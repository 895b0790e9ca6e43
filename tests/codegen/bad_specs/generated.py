#!/usr/bin/env python3
"""Bad specs too big (or too many files) to check in, built at test time.

Each recipe writes its spec into a directory and says what the generator must
answer. test_generator.py runs them like the checked-in fixtures; to look at
them:

    python3 tests/codegen/bad_specs/generated.py OUT_DIR     # writes every recipe

A recipe returns a Case: the spec to pass, the file the error must name (a path
relative to the directory), the expected messages with their lines, and how
long the generator may take (the huge ones must fail fast, not grind).
A line of None marks a whole-file problem, reported as `file: error: ...`.
"""

from __future__ import annotations

import dataclasses
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
GOOD_SPEC = os.path.join(os.path.dirname(HERE), "good_spec.yaml")
REAL_SPEC = os.path.join(ROOT, "spec", "sipcodes.yaml")
MIB = 1024 * 1024


@dataclasses.dataclass
class Case:
    spec: str  # relative to the recipe's directory
    names: str  # the file the messages name, relative to the directory
    expect: list  # [(message fragment, line or None)]
    seconds: float = 20.0  # generous: CI machines are shared


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return f.read()


def _write(directory: str, name: str, text: str) -> str:
    with open(os.path.join(directory, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return name


def _with_parts(directory: str) -> None:
    """Copies the files the real spec includes (spec/q850.yaml, ...) beside a copy of it."""
    import shutil
    for name in os.listdir(os.path.dirname(REAL_SPEC)):
        if name.endswith(".yaml") and name != os.path.basename(REAL_SPEC):
            shutil.copy(os.path.join(os.path.dirname(REAL_SPEC), name), directory)


def _line_of(text: str, fragment: str) -> int:
    return text[:text.index(fragment)].count("\n") + 1


def _good_head() -> str:
    return _read(GOOD_SPEC).split("codes:\n")[0] + "codes:\n"


def _code(number: int, i: int) -> str:
    return (f"  - code: {number}\n    phrase: Code {i}\n    id: code_{i}\n    references: [RFC {i}]\n"
            f"    action: done\n    action_source: RFC 3261\n    description: Code {i} happened.\n"
            f"    when: When code {i} is sent.\n    fix: Fix code {i}.\n")


def codes_10000(d: str) -> Case:
    """10,000 well-formed codes, 100 to 10099: only 600 codes exist."""
    text = _good_head() + "".join(_code(100 + i, i) for i in range(10000))
    return Case(_write(d, "codes_10000.yaml", text), "codes_10000.yaml",
                [("code 700 is outside 100-699", _line_of(text, "code: 700\n")),
                 ("9400 errors (the first 100 shown); nothing was generated", None)], seconds=30)


def codes_10000_repeating(d: str) -> Case:
    """10,000 well-formed codes that cycle through 100-699: 9,400 duplicates."""
    text = _good_head() + "".join(_code(100 + i % 600, i) for i in range(10000))
    first_at = text.index("code: 100\n")
    second_at = text.index("code: 100\n", first_at + 1)
    first, second = text.count("\n", 0, first_at) + 1, text.count("\n", 0, second_at) + 1
    return Case(_write(d, "codes_10000_repeating.yaml", text), "codes_10000_repeating.yaml",
                [(f"duplicate code 100 (first defined at line {first})", second)], seconds=30)


def _real_with(field: str, code: int, value: str) -> tuple[str, int]:
    """The real spec with one folded text of `code` replaced by `value` on one line."""
    text = _read(REAL_SPEC)
    start = text.index(f"  - code: {code}\n")
    at = text.index(f"    {field}: >-\n", start)
    end = at + len(f"    {field}: >-\n")
    while text[end:end + 6] == "      ":
        end = text.index("\n", end) + 1
    return text[:at] + f"    {field}: {value}\n" + text[end:], text.count("\n", 0, at) + 1


def text_10mib(d: str) -> Case:
    """A 10 MiB description: over the 4 MiB file limit, caught before parsing."""
    text, line = _real_with("description", 486, "x" * (10 * MIB) + ".")
    return Case(_write(d, "text_10mib.yaml", text), "text_10mib.yaml",
                [("the spec is larger than 4 MiB, and this line alone is over 64 KiB long", line)])


def text_3mib(d: str) -> Case:
    """A 3 MiB fix text: under the file limit, so the validator names the field."""
    text, line = _real_with("fix", 486, "y" * (3 * MIB) + ".")
    _with_parts(d)
    return Case(_write(d, "text_3mib.yaml", text), "text_3mib.yaml",
                [(f"the fix of code 486 is {3 * MIB + 1} bytes long; the limit is 1000", line)])


def larger_than_4mib(d: str) -> Case:
    """A valid spec padded with comment lines past 4 MiB: a whole-file problem."""
    text = _read(REAL_SPEC) + "# padding\n" * (4 * MIB // 10 + 1)
    return Case(_write(d, "larger_than_4mib.yaml", text), "larger_than_4mib.yaml",
                [("the spec is larger than 4 MiB; a response-code spec is a few hundred KiB at most", None)])


def nested_100000(d: str) -> Case:
    """100,000 nested flow lists; libyaml alone takes minutes over these."""
    text = _read(GOOD_SPEC).replace("references: [RFC 5626]",
                                    "references: " + "[" * 100000 + "]" * 100000)
    return Case(_write(d, "nested_100000.yaml", text), "nested_100000.yaml",
                [("the YAML is nested more than 32 levels deep here", _line_of(text, "references: [["))])


def extends_9_levels(d: str) -> Case:
    """chain_1.yaml extends chain_2.yaml ... extends chain_10.yaml."""
    for i in range(1, 11):
        base = f"extends: chain_{i + 1}.yaml\n" if i < 10 else "extends: standard\n"
        _write(d, f"chain_{i}.yaml", f"format: 1\nversion: 1.0.0\n{base}")
    return Case("chain_1.yaml", "chain_8.yaml", [("specs extend each other more than 8 levels deep", 3)])


def missing_file(d: str) -> Case:
    """A spec path that does not exist: a whole-file problem."""
    return Case("no_such_spec.yaml", "no_such_spec.yaml",
                [("cannot read the spec: No such file or directory", None)])


def truncated_real_spec(d: str) -> Case:
    """The real spec cut in the middle of code 486's mapping, mid-word."""
    text = _read(REAL_SPEC)
    cut = text.index("    references: [RFC 3261]", text.index("  - code: 486\n")) + len("    refer")
    return Case(_write(d, "truncated_real_spec.yaml", text[:cut]), "truncated_real_spec.yaml",
                [("YAML syntax error: could not find expected ':'", text[:cut].count("\n") + 1)])


RECIPES = (codes_10000, codes_10000_repeating, text_10mib, text_3mib, larger_than_4mib, nested_100000,
           extends_9_levels, missing_file, truncated_real_spec)


def main(argv) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} OUT_DIR", file=sys.stderr)
        return 2
    for recipe in RECIPES:
        directory = os.path.join(argv[1], recipe.__name__)
        os.makedirs(directory, exist_ok=True)
        case = recipe(directory)
        print(f"{os.path.join(directory, case.spec)}: {case.expect}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
