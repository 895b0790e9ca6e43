"""Specs that extend another spec.

A user's spec can start from the standard one instead of copying it:

    extends: standard            # or a path, relative to this file
    only: [100, 180, 200, 486]   # optional: keep just these codes (firmware)
    remove: [402]                # optional: drop these codes
    codes:                       # new codes in full; for a code the base has,
      - code: 486                # only the fields given, which replace the base's
        translations: {...}
    locales: / headers: / actions: / classes: / methods: / dialog_defaults:
                                 # entries added or replaced
    q850_to_sip: / sip_to_q850: / ...           # rows added, or replacing the
                                                # base's row with the same key
    q850_unlisted: {status: ..., source: ...}   # replaces the base's, whole

A row of q850_to_sip whose status `only` / `remove` drops goes with it: the
cause falls to q850_unlisted. If that names a dropped code too, it becomes
`none`, with a reason that says so.

A spec may also `include: [q850.yaml, ...]`: files beside it whose top-level
keys join its own (the standard spec keeps its gateway tables apart that way),
and a locale may name its texts' file (`file: locales/ja.yaml`, beside it).

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
MERGED_MAPPINGS = ("classes", "locales", "headers", "actions", "methods", "dialog_defaults")
# Lists of rows a spec that extends another replaces row by row: key -> the
# field that names a row. A row given replaces the base's row with that key, whole.
KEYED_LISTS = {"q850_causes": "cause", "q850_to_sip": "cause", "sip_to_q850": "status",
               "sip_unlisted": "class", "warn_codes": "code", "reason_protocols": "protocol"}
# Rows that name status codes, dropped with the codes that `only` / `remove` drop.
CODE_ROWS = {"q850_to_sip": ("status", "user_location", "with_diagnostic"), "sip_to_q850": ("status",)}
# What an included file may not give: they belong to the spec that includes it.
NOT_INCLUDABLE = ("include", "extends", "only", "remove", "format", "version")


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
    included = _include(tree, path, label, root, read) if isinstance(tree, Mapping) else []
    # After the included parts: the digest covers this spec, its parts, then its
    # locale files (each named relative to this spec).
    locale_files = _attach_locale_files(tree, path, root, read)
    if not isinstance(tree, Mapping) or "extends" not in tree:
        digest.update(raw)
        for data in included + locale_files:
            digest.update(data)
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
    for data in included + locale_files:
        digest.update(data)
    if not isinstance(base, Mapping):
        raise SpecError(label, target.line, f"extends '{target.text}': that spec is not a mapping")
    return _merge(base, tree, label)


def _include(tree: Mapping, path: str, label: str, root: str, read: list[str]) -> list[bytes]:
    """Moves the keys of the files `include:` names into `tree` (each node keeps
    its own file and line); returns their bytes, for the digest."""
    if "include" not in tree:
        return []
    node = tree.pop("include")
    tree.key_lines.pop("include")
    if not isinstance(node, Sequence) or not all(isinstance(i, Scalar) and i.kind == "string" and i.text
                                                 for i in node):
        raise SpecError(label, node.line, "include must be a list of file names, e.g. [q850.yaml]")
    result = []
    for item in node:
        file = os.path.join(os.path.dirname(os.path.abspath(path)), item.text)
        if not os.path.isfile(file):
            raise SpecError(label, item.line, f"include '{item.text}': no such file beside this spec")
        file_label = display_path(file, root)
        part, raw = load(file, file_label)
        read.append(file)
        result.append(raw)
        # Errors point at this line: the including spec is the one being read.
        if not isinstance(part, Mapping):
            raise SpecError(label, item.line, f"include '{item.text}': that file must be a mapping of "
                            f"top-level keys, not {describe(part)}")
        for key, value in part.items():
            if key in NOT_INCLUDABLE or key in tree:
                raise SpecError(label, item.line, f"include '{item.text}': its '{key}' (line "
                                f"{part.key_lines[key]}) is this spec's own; an included file adds keys "
                                "of its own")
            tree[key] = value
            tree.key_lines[key] = part.key_lines[key]
    return result


def _row_key(entry: Node, field: str) -> str | None:
    if isinstance(entry, Mapping) and isinstance(entry.get(field), Scalar):
        return entry[field].text
    return None


def _merge_rows(base: Node, ext: Node, field: str) -> Node:
    """`ext`'s rows replace `base`'s rows with the same key; the others are added.
    Anything but two lists is left to the validator (ext wins)."""
    if not isinstance(base, Sequence) or not isinstance(ext, Sequence):
        return ext
    result = Sequence(ext.line)
    result.extend(base)
    index = {_row_key(e, field): i for i, e in enumerate(base)}
    replaced = set()
    for entry in ext:
        key = _row_key(entry, field)
        if key is not None and key in index and key not in replaced:
            result[index[key]] = entry
            replaced.add(key)
        else:
            result.append(entry)
    return result


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
        # Rows that name a code no longer in the spec go with it.
        present = {_code_number(e) for e in kept}
        for rows_key, fields in CODE_ROWS.items():
            rows = merged.get(rows_key)
            if isinstance(rows, Sequence):
                trimmed = Sequence(rows.line)
                trimmed.extend(r for r in rows if all(_row_key(r, f) in present for f in fields
                                                      if _row_key(r, f) not in (None, "none")))
                merged[rows_key] = trimmed
        merged_default = merged.get("q850_unlisted")
        if isinstance(merged_default, Mapping) and _row_key(merged_default, "status") not in present | {None, "none"}:
            merged["q850_unlisted"] = _default_dropped(merged_default, key, ext.key_lines[key])
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
        elif key in KEYED_LISTS and key in merged:
            merged[key] = _merge_rows(merged[key], value, KEYED_LISTS[key])
        elif key == "codes" and key in merged:
            merged[key] = _merge_codes(_codes_list(merged[key], label, line), _codes_list(value, label, line), label)
        else:
            merged[key] = value
        merged.key_lines[key] = line
    return merged


def _default_dropped(default: Mapping, key: str, line: Line) -> Mapping:
    """q850_unlisted after `only` / `remove` (at `line`) dropped its status: no
    response, saying why; the source stays the base's."""
    code = default["status"].text
    result = Mapping(default.line)
    for field, value in (("status", Scalar("none", "string", line)),
                         ("reason", Scalar(f"This spec leaves out {code} ({key}), the response its base gives a "
                                           "cause without a row.", "string", line))):
        result[field] = value
        result.key_lines[field] = line
    if "source" in default:
        result["source"] = default["source"]
        result.key_lines["source"] = default.key_lines["source"]
    return result


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
