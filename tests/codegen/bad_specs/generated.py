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


def _real_locales(d: str) -> None:
    """The real spec's locale files beside a copy of it."""
    if not os.path.exists(os.path.join(d, "locales")):
        os.symlink(os.path.join(os.path.dirname(REAL_SPEC), "locales"), os.path.join(d, "locales"))


def text_10mib(d: str) -> Case:
    """A 10 MiB description: over the 4 MiB file limit, caught before parsing."""
    text, line = _real_with("description", 486, "x" * (10 * MIB) + ".")
    return Case(_write(d, "text_10mib.yaml", text), "text_10mib.yaml",
                [("the spec is larger than 4 MiB, and this line alone is over 64 KiB long", line)])


def text_3mib(d: str) -> Case:
    """A 3 MiB fix text: under the file limit, so the validator names the field."""
    text, line = _real_with("fix", 486, "y" * (3 * MIB) + ".")
    _with_parts(d)
    _real_locales(d)
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


_JA_LOCALE = """  ja:
    name: 日本語
    description: 説明
    when: このコードが表示される場合
    fix: 解決方法
    key_differences: 主な違い
    when_to_use: どちらをいつ使うか
    learn_more: 詳しく見る
    file: locales/ja.yaml
"""

_JA_FILE = """locale: ja
classes:
  1: 暫定応答
  2: 成功
  3: リダイレクト
  4: クライアントエラー
  5: サーバーエラー
  6: グローバルエラー
frames:
  encounter: "{code} は次の場合に返されます: {when}"
codes:
  - code: 200
    description: リクエストは成功しました。
    when: 通話に応答があったときです。
    fix: 対処は不要です。
"""


def _with_ja_file(d: str, name: str, replace: tuple[str, str] | None, expect: list, spec_replace=None) -> Case:
    """The good spec with a ja locale whose texts are in locales/ja.yaml, that
    file broken by `replace` (old, new); the messages name the locale file."""
    spec = _read(GOOD_SPEC).replace("headers:\n", _JA_LOCALE + "headers:\n", 1)
    if spec_replace:
        spec = spec.replace(*spec_replace)
    _write(d, f"{name}.yaml", spec)
    text = _JA_FILE.replace(*replace) if replace else _JA_FILE
    os.makedirs(os.path.join(d, "locales"), exist_ok=True)
    _write(d, os.path.join("locales", "ja.yaml"), text)
    lines = [(message, _line_of(text, at) if at else None) for message, at in expect]
    return Case(f"{name}.yaml", "locales/ja.yaml", lines)


def locale_file_duplicate_code(d: str) -> Case:
    """A code twice in a locale file."""
    return _with_ja_file(d, "locale_file_duplicate_code",
                         ("  - code: 200\n", "  - code: 200\n    fix: 何もしません。\n  - code: 200 # again\n"),
                         [("duplicate code 200 in the ja locale file (first at line 12)", "  - code: 200 # again")])


def locale_file_unknown_code(d: str) -> Case:
    """Texts for a code the spec does not have."""
    return _with_ja_file(d, "locale_file_unknown_code", ("code: 200", "code: 299"),
                         [("the ja locale file has texts for code 299, which the spec does not have", "code: 299")])


def locale_file_unknown_field(d: str) -> Case:
    return _with_ja_file(d, "locale_file_unknown_field", ("    fix: 対処", "    fixx: 対処"),
                         [("unknown field 'fixx' in code 200 in the ja locale file (did you mean 'fix'?)", "fixx")])


def locale_file_code_without_texts(d: str) -> Case:
    return _with_ja_file(d, "locale_file_code_without_texts",
                         ("    description: リクエストは成功しました。\n    when: 通話に応答があったときです。\n"
                          "    fix: 対処は不要です。\n", ""),
                         [("code 200 in the ja locale file must give at least one of description, when, fix",
                           "  - code: 200")])


def locale_file_and_translations(d: str) -> Case:
    """The same code's ja texts in the spec and in the file."""
    return _with_ja_file(d, "locale_file_and_translations", None,
                         [("the ja locale file gives the texts of code 200, which its translations in the spec",
                           "  - code: 200")],
                         spec_replace=("    fix: Nothing to fix.\n",
                                       "    fix: Nothing to fix.\n    translations:\n      ja:\n"
                                       "        fix: 対処は不要です。\n"))


def locale_file_wrong_locale(d: str) -> Case:
    return _with_ja_file(d, "locale_file_wrong_locale", ("locale: ja", "locale: zh"),
                         [("the ja locale file says it is locale 'zh'; the spec names it as locale 'ja'",
                           "locale: zh")])


def locale_file_not_a_mapping(d: str) -> Case:
    return _with_ja_file(d, "locale_file_not_a_mapping", (_JA_FILE, "- ja\n"),
                         [("the ja locale file must be a mapping with the keys locale, classes, frames, codes",
                           "- ja")])


def locale_file_classes_list(d: str) -> Case:
    return _with_ja_file(d, "locale_file_classes_list", ("classes:\n", "classes: [暫定応答]\nunused:\n"),
                         [("the classes of the ja locale file must map each class digit (1 to 6) to its name",
                           "classes: [")])


def locale_file_codes_mapping(d: str) -> Case:
    return _with_ja_file(d, "locale_file_codes_mapping", ("  - code: 200\n    description: リクエストは成功しました。\n    when: 通話に応答があったときです。\n"
                          "    fix: 対処は不要です。\n", "  code: 200\n"),
                         [("the codes of the ja locale file must be a list of codes with their texts", "  code: 200")])


def locale_file_code_scalar(d: str) -> Case:
    return _with_ja_file(d, "locale_file_code_scalar", ("codes:\n", "codes:\n  - 200\n"),
                         [("each entry of the codes of the ja locale file must be a mapping, not an integer", "  - 200")])


def locale_file_frame_placeholder(d: str) -> Case:
    """A frame in a locale file without one of its placeholders."""
    return _with_ja_file(d, "locale_file_frame_placeholder", (": {when}", ": {wen}"),
                         [("the encounter frame of the ja locale file has the placeholder {wen}",
                           "  encounter:")])


RECIPES = (codes_10000, codes_10000_repeating, text_10mib, text_3mib, larger_than_4mib, nested_100000,
           extends_9_levels, missing_file, truncated_real_spec, locale_file_duplicate_code, locale_file_unknown_code,
           locale_file_unknown_field, locale_file_code_without_texts, locale_file_and_translations,
           locale_file_wrong_locale, locale_file_not_a_mapping, locale_file_classes_list, locale_file_codes_mapping,
           locale_file_code_scalar, locale_file_frame_placeholder)


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
