#!/usr/bin/env python3
"""Turns a translator's file into spec/locales/<lang>.yaml. The file is YAML with
`locale` (the id), `classes` (1-6: the class names), `frames` (name: the frame
text, slots in braces) and `codes` (a list of `code`, `description`, `when`, `fix`).

    python3 codegen/import_translation.py TRANSLATION.yaml spec/locales/

The spec's locale file has the same keys; this adds a header, the frames the
translators were not asked for (PROJECT_FRAMES, this project's wording), and
writes every text as a block scalar, one code after another in the spec's order.
The texts are checked afterwards by the generator (file:line errors) and by
tests/codegen/test_translations.py (numbers, RFC references, header names, script).
"""

from __future__ import annotations

import os
import sys

import yaml

# Frames of the pages the translators' brief did not list (a code's own page).
# Japanese and Chinese put no space between sentences.
PROJECT_FRAMES = {
    "ja": {"compare": "{code} と他のコードの比較", "summary": "{classes}{contrast}", "fixes": "{a}{b}"},
    "zh": {"compare": "{code} 与其他响应码的比较", "summary": "{classes}{contrast}", "fixes": "{a}{b}"},
    "vi": {"compare": "So sánh mã {code} với các mã khác"},
    "ru": {"compare": "Сравнение ответа {code} с другими кодами"},
}

HEADER = """# The {lang} texts of the sipcodes pages: class names, sentence frames and the
# description / when / fix of every code, merged into spec/sipcodes.yaml by the
# generator (the spec's `locales.{lang}.file`). Written for this project by a
# translator from the English texts of the spec; imported with
# codegen/import_translation.py. Numbers, RFC references, SIP methods and header
# names are kept exactly (tests/codegen/test_translations.py checks them).
"""


def quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def convert(doc: dict) -> str:
    lang = doc["locale"]
    out = [HEADER.format(lang=lang), f"locale: {lang}\n", "classes:\n"]
    out += [f"  {d}: {quoted(doc['classes'][d])}\n" for d in sorted(doc["classes"])]
    frames = {**doc.get("frames", {}), **PROJECT_FRAMES.get(lang, {})}
    out.append("frames:\n")
    out += [f"  {name}: {quoted(text)}\n" for name, text in frames.items()]
    out.append("codes:\n")
    for code in sorted(doc["codes"], key=lambda c: c["code"]):
        out.append(f"  - code: {code['code']}\n")
        for field in ("description", "when", "fix"):
            if field in code:
                out.append(f"    {field}: >-\n      {' '.join(code[field].split())}\n")
    return "".join(out)


def main(argv) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    path = os.path.join(argv[2], f"{doc['locale']}.yaml")
    text = convert(doc)
    with open(path + ".tmp", "w", encoding="utf-8") as f:  # the old file stays whole until the new one is
        f.write(text)
    os.replace(path + ".tmp", path)
    print(f"{path}: {len(doc['codes'])} codes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
