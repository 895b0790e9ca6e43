"""Specs that extend another spec.

A user's spec can start from the standard one instead of copying it:

    extends: standard            # or a path, relative to this file
    only: [100, 180, 200, 486]   # optional: keep just these codes (firmware)
    remove: [402]                # optional: drop these codes
    codes:                       # new codes in full; for a code the base has,
      - code: 486                # only the fields given, which replace the base's
        translations: {...}
    locales: / headers: / actions: / classes:   # entries added or replaced

The result is one node tree, validated as a whole; every node keeps the file
and line it came from, so errors point into the right file.
"""

from __future__ import annotations

import hashlib
import os

from diagnostics import SpecError
from spec_loader import Line, Mapping, Node, Scalar, Sequence, describe, load

STANDARD_SPEC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                             "spec", "sipcodes.yaml")
MAX_DEPTH = 8
MERGED_MAPPINGS = ("classes", "locales", "headers", "actions")


def load_spec(path: str, label: str, root: str) -> tuple[Node, str, list[str]]:
    """Loads `path` and everything it extends; returns the merged tree, the
    sha256 of all the files' bytes (base first) for the banner, and the paths
    of the files read (for a depfile)."""
    digest = hashlib.sha256()
    read: list[str] = []
    tree = _load(path, label, root, digest, [], read)
    return tree, digest.hexdigest(), read


def display_path(path: str, root: str) -> str:
    """A spec's path as banners and messages show it: relative to `root` when
    inside it, else just the file name (never an absolute path: output must not
    depend on where the checkout lives)."""
    absolute, root = os.path.abspath(path), os.path.abspath(root)
    if os.path.commonpath([absolute, root]) == root:
        return os.path.relpath(absolute, root).replace(os.sep, "/")
    return os.path.basename(path)


def _load(path: str, label: str, root: str, digest, chain: list[str], read: list[str]) -> Node:
    real = os.path.realpath(path)
    tree, raw = load(path, label)
    read.append(path)
    locale_files = _attach_locale_files(tree, path, root, read)
    if not isinstance(tree, Mapping) or "extends" not in tree:
        digest.update(raw)
        for extra in locale_files:
            digest.update(extra)
        return tree
    target = tree["extends"]
    if not isinstance(target, Scalar) or target.kind != "string" or not target.text:
        raise SpecError(label, target.line, "extends must be 'standard' or the path of another spec")
    base_path = STANDARD_SPEC if target.text == "standard" else \
        os.path.join(os.path.dirname(os.path.abspath(path)), target.text)
    if not os.path.isfile(base_path):
        raise SpecError(label, target.line, f"extends '{target.text}': no such spec file")
    # Checked here, not in the callee, so that the error points at this extends line.
    chain = chain + [real]
    if os.path.realpath(base_path) in chain:
        cycle = chain[chain.index(os.path.realpath(base_path)):] + [os.path.realpath(base_path)]
        raise SpecError(label, target.line, "this spec extends itself (through "
                        + " -> ".join(os.path.basename(c) for c in cycle) + ")")
    if len(chain) >= MAX_DEPTH:
        raise SpecError(label, target.line, f"specs extend each other more than {MAX_DEPTH} levels deep")
    base = _load(base_path, display_path(base_path, root), root, digest, chain, read)
    digest.update(raw)
    for extra in locale_files:
        digest.update(extra)
    if not isinstance(base, Mapping):
        raise SpecError(label, target.line, f"extends '{target.text}': that spec is not a mapping")
    return _merge(base, tree, label)


def _attach_locale_files(tree: Node, path: str, root: str, read: list[str]) -> list[bytes]:
    """Reads the file each locale names (`file: locales/ja.yaml`, relative to the
    spec that says so) and puts its node tree in place of the name: the
    validator checks it, and its nodes keep their own file and lines."""
    raws = []
    locales = tree.get("locales") if isinstance(tree, Mapping) else None
    if not isinstance(locales, Mapping):
        return raws
    for key, entry in locales.items():
        if not isinstance(entry, Mapping) or "file" not in entry:
            continue
        name = entry["file"]
        if not isinstance(name, Scalar) or name.kind != "string" or not name.text:
            continue  # the validator says what is wrong with it
        file_path = os.path.join(os.path.dirname(os.path.abspath(path)), name.text)
        if not os.path.isfile(file_path):
            raise SpecError(name.line.file, name.line,
                            f"locale '{key}': file '{name.text}': no such file (it is read relative to "
                            "the spec that names it)")
        node, raw = load(file_path, display_path(file_path, root))
        read.append(file_path)
        raws.append(raw)
        entry["file"] = node
    return raws


def _filter_locale_codes(locales: Node, numbers: set, keep: bool) -> Node:
    """The locales with their files' codes trimmed like the spec's own (only/remove)."""
    if not isinstance(locales, Mapping):
        return locales
    result = Mapping(locales.line)
    for key, entry in locales.items():
        result.key_lines[key] = locales.key_lines[key]
        result[key] = entry
        if not (isinstance(entry, Mapping) and isinstance(entry.get("file"), Mapping)
                and isinstance(entry["file"].get("codes"), Sequence)):
            continue
        texts = entry["file"]
        kept = Sequence(texts["codes"].line)
        kept.extend(e for e in texts["codes"] if (_code_number(e) in numbers) == keep)
        new_texts = Mapping(texts.line)
        new_entry = Mapping(entry.line)
        for source, target in ((texts, new_texts), (entry, new_entry)):
            for k, v in source.items():
                target[k] = v
                target.key_lines[k] = source.key_lines[k]
        new_texts["codes"] = kept
        new_entry["file"] = new_texts
        result[key] = new_entry
    return result


def _codes_list(node: Node, label: str, line) -> Sequence:
    if not isinstance(node, Sequence):
        raise SpecError(label, line, f"codes must be a list of codes, not {describe(node)}")
    return node


def _code_number(entry: Node) -> str | None:
    if isinstance(entry, Mapping) and isinstance(entry.get("code"), Scalar):
        return entry["code"].text
    return None


def _number_list(node: Node, key: str, label: str) -> list[tuple[str, Line]]:
    if not isinstance(node, Sequence) or not all(isinstance(i, Scalar) and i.kind == "integer" for i in node):
        raise SpecError(label, node.line, f"{key} must be a list of codes, e.g. [402, 493]")
    return [(i.text, i.line) for i in node]


def _merge(base: Mapping, ext: Mapping, label: str) -> Mapping:
    merged = Mapping(base.line)
    for key, value in base.items():
        merged[key] = value
        merged.key_lines[key] = base.key_lines[key]

    # only/remove pick from the extended spec's codes; this spec's own codes stay.
    if "only" in ext and "remove" in ext:
        raise SpecError(label, ext.key_lines["remove"], "use either only or remove, not both")
    for key in ("only", "remove"):
        if key not in ext:
            continue
        wanted = _number_list(ext[key], key, label)
        codes = _codes_list(merged.get("codes", Sequence(ext.key_lines[key])), label, ext.key_lines[key])
        present = {_code_number(e) for e in codes}
        for number, line in wanted:
            if number not in present:
                raise SpecError(label, line, f"{key} names code {number}, which the extended spec "
                                "does not have")
        numbers = {n for n, _ in wanted}
        kept = Sequence(codes.line)
        kept.extend(e for e in codes if (_code_number(e) in numbers) == (key == "only"))
        merged["codes"] = kept
        if "locales" in merged:
            merged["locales"] = _filter_locale_codes(merged["locales"], numbers, key == "only")

    for key, value in ext.items():
        line = ext.key_lines[key]
        if key in ("extends", "only", "remove"):
            continue
        if key in MERGED_MAPPINGS and key in merged and isinstance(value, Mapping) \
                and isinstance(merged[key], Mapping):
            combined = Mapping(merged[key].line)
            for source in (merged[key], value):
                for k, v in source.items():
                    combined[k] = v
                    combined.key_lines[k] = source.key_lines[k]
            merged[key] = combined
        elif key == "codes" and key in merged:
            merged[key] = _merge_codes(_codes_list(merged[key], label, line), _codes_list(value, label, line), label)
        else:
            merged[key] = value
        merged.key_lines[key] = line
    return merged


def _merge_codes(base: Sequence, ext: Sequence, label: str) -> Sequence:
    result = Sequence(base.line)
    index = {}
    for entry in base:
        index[_code_number(entry)] = len(result)
        result.append(entry)
    seen = {}
    for entry in ext:
        number = _code_number(entry)
        if number is not None and number in seen:
            raise SpecError(label, entry.line, f"duplicate code {number} (first at line {seen[number]}); "
                            "each code may appear once")
        if number is not None:
            seen[number] = entry.line
        if number is None or number not in index:
            result.append(entry)
            continue
        # A code the base has: the fields given here replace the base's.
        old = result[index[number]]
        combined = Mapping(entry.line)
        for source in (old, entry):
            for k, v in source.items():
                combined[k] = v
                combined.key_lines[k] = source.key_lines[k]
        result[index[number]] = combined
    return result
