"""Computes what each generated file lays out: one context function per file.

The generated files hold data only (enums, string tables, index tables, per-code
rows, constants); the hand-written code in include/sipcodes/ reads them. Every
number the code depends on (table sizes, block bits, offsets) is emitted as a
named constant here, never repeated in a template or in the C++.

Files per spec (under <out-dir>/<name>/):
    generated/status.hpp      status_data()      enums, all_statuses, phrase tables
    generated/attributes.hpp  attributes_data()  header and action enums, per-code rows
    generated/info.hpp        info_data()        the long texts, one row per code
    generated/locale.hpp      locale_data()      locales, labels, translations
    generated/page.hpp        page_data()        the longest comparison page (page_size.py)
    generated/c_enums.h       c_enums()          the C header's enums
    generated/c_tables.inc    c_tables()         the dense tables as C initialisers, for impl/c_api.inc
and, for a spec whose API is not the hand-written sipcodes one (a user spec),
the headers that put that data under the same hand-written code: api_glue().
"""

from __future__ import annotations

import dataclasses

import lookup_tables
import page_size
from lookup_tables import INDEX_SIZE
from spec_model import FRAME_SLOTS, FRAMES, LABEL_FIELDS, MAX_CODE, MIN_CODE, TEXT_FIELDS, Code, Spec
from string_table import RowTable, Span, StringTable, comment_text, smallest_unsigned

REFERENCE_SEPARATOR = ", "
# The texts behind info(): the fields of detail::info_text_row, in this order.
INFO_FIELDS = ("description", "when", "fix", "references", "action_source", "headers_source")


@dataclasses.dataclass(frozen=True)
class Target:
    """Where and under which names a spec's API is generated."""
    namespace: str  # C++ namespace: "sipcodes", "acme::sip"
    name: str  # directory and umbrella name: "sipcodes", "sip_codes"
    banner: dict  # spec, sha256, generator

    @property
    def macro_prefix(self) -> str:
        """Of the macros users write: DEMO_CODES_VERSION_MAJOR, the C enumerators."""
        return self.name.upper()

    @property
    def guard(self) -> str:
        """Of the include guards: the namespace and the name, so that two specs
        with one name in two namespaces (acme/codes.hpp, intercom/codes.hpp) never
        share a guard."""
        parts = self.namespace.split("::")
        return "_".join(parts + ([self.name] if parts != [self.name] else [])).upper()


def padded(ids: list[str], suffix: str = "") -> list[str]:
    """`ids`, each followed by `suffix`, padded to one width so that comments after them line up."""
    width = max(len(i) for i in ids) + len(suffix)
    return [(i + suffix).ljust(width) for i in ids]


def rows_of_ten(values: list[str]) -> list[dict]:
    """Per-code values for 100..699 as lines of ten, each with its first and last code."""
    return [{"first": MIN_CODE + start, "last": MIN_CODE + start + len(values[start:start + 10]) - 1,
             "text": ", ".join(values[start:start + 10])} for start in range(0, INDEX_SIZE, 10)]


def lines_of(values: list[str], per_line: int) -> list[str]:
    return [", ".join(values[i:i + per_line]) + "," for i in range(0, len(values), per_line)]


def code_doc(code: Code) -> str:
    return comment_text(f"{code.code} {code.phrase}" + (" (deprecated)" if code.deprecated else ""))


def deprecated_bitmap(spec: Spec) -> str:
    """One bit per row of all_statuses, set where the registry marks the code deprecated."""
    bitmap = [0] * ((len(spec.codes) + 7) // 8)
    for row, code in enumerate(spec.codes):
        if code.deprecated:
            bitmap[row // 8] |= 1 << (row % 8)
    return ", ".join(f"0x{b:02x}" for b in bitmap)


def dense_layout(dense: lookup_tables.Dense) -> dict:
    """The dense tables as the C++ and the C data lay them out."""
    return {
        "text": dense.text,
        "index_rows": rows_of_ten([f"{{{o}, {c}}}" for o, c in dense.entries[:INDEX_SIZE]]),
        "miss_entry": "{{{}, {}}}".format(*dense.entries[INDEX_SIZE]),
        "code_rows": rows_of_ten([str(r) for r in dense.rows[:INDEX_SIZE]]),
        "canonical_rows": rows_of_ten([str(c) for c in dense.canonical[:INDEX_SIZE]]),
        "row_type": dense.row_type,
    }


def status_data(spec: Spec, target: Target) -> dict:
    registered = {c.code for c in spec.codes}
    class_names = StringTable()
    class_spans = [class_names.add(k.name) for k in spec.classes]
    compact = lookup_tables.compact(spec)
    slot_words = [f"0x{w:04x}" if compact.slot_type == "std::uint16_t" else f"0x{w:08x}" for w in compact.slots]
    return {
        "version": ".".join(map(str, spec.version)),
        "version_parts": spec.version,
        "codes": [{"id": i, "code": c.code, "doc": code_doc(c)}
                  for c, i in zip(spec.codes, padded([c.id for c in spec.codes]))],
        "ids": [c.id for c in spec.codes],
        "classes": [{"id": i, "digit": k.digit, "name": k.name, "span": span}
                    for k, i, span in zip(spec.classes, padded([k.id for k in spec.classes]), class_spans)],
        "class_ids": [k.id for k in spec.classes],
        "class_names": class_names,
        "class_span_type": class_names.offset_type(),
        "class_fallbacks": [lookup_tables.class_fallback(digit, registered) for digit in range(7)],
        "longest_phrase_bytes": max(len(c.phrase.encode("utf-8")) for c in spec.codes),
        "longest_class_name_bytes": max(len(k.name.encode("utf-8")) for k in spec.classes),
        "deprecated_bitmap": deprecated_bitmap(spec),
        "min_code": MIN_CODE,
        "max_code": MAX_CODE,
        "index_size": INDEX_SIZE,
        "dense": dense_layout(lookup_tables.dense(spec)),
        "compact": {
            "block_bits": lookup_tables.BLOCK_BITS,
            "block_count": lookup_tables.BLOCK_COUNT,
            "entry_shift": lookup_tables.ENTRY_SHIFT,
            "empty_phrase_offset": compact.text_start + StringTable.EMPTY_PREFIXED_OFFSET,
            "head": compact.head,
            "block_type": compact.block_type,
            "blocks": ", ".join(f"0x{b:04x}" for b in compact.blocks),
            "slot_type": compact.slot_type,
            "slot_count": len(compact.slots),
            "slot_lines": lines_of(slot_words, 10),
            "text": compact.text,
            "text_start": compact.text_start,
            "row_type": compact.row_type,
            "row_lines": lines_of([str(r) for r in compact.slot_rows], 20),
        },
    }


def attributes_data(spec: Spec, target: Target) -> dict:
    bit_of = {h.id: i for i, h in enumerate(spec.headers)}
    wide = len(spec.headers) > 32
    names = StringTable()
    header_spans = [names.add(h.text) for h in spec.headers]
    action_texts = StringTable()
    action_spans = [action_texts.add(a.text) for a in spec.actions]
    action_names = StringTable()
    action_name_spans = [action_names.add(a.id) for a in spec.actions]
    wire_name = {h.id: h.text for h in spec.headers}

    def mask(ids) -> str:
        value = sum(1 << bit_of[i] for i in ids)
        return f"0x{value:x}{'ull' if wide else 'u'}" if value else "0"

    rows = []
    for code in spec.codes:
        notes = [f"{label} {', '.join(wire_name[h] for h in ids)}"
                 for label, ids in (("must", code.headers_must), ("one of", code.headers_one_of),
                                    ("should", code.headers_should)) if ids]
        rows.append({"code": code.code, "must": mask(code.headers_must), "should": mask(code.headers_should),
                     "one_of": mask(code.headers_one_of), "action": code.action,
                     "note": comment_text("; ".join(notes))})
    return {
        "headers": [{"enumerator": e, "name": h.text, "span": s}
                    for h, e, s in zip(spec.headers, padded([h.id for h in spec.headers], ","), header_spans)],
        "header_bits_type": "std::uint64_t" if wide else "std::uint32_t",
        "header_names": names,
        "actions": [{"enumerator": e, "text": comment_text(a.text), "span": s, "name_span": n}
                    for a, e, s, n in zip(spec.actions, padded([a.id for a in spec.actions], ","),
                                          action_spans, action_name_spans)],
        "action_texts": action_texts,
        "action_names": action_names,
        "fallback_action": "give_up" if any(a.id == "give_up" for a in spec.actions) else spec.actions[-1].id,
        "rows": rows,
        "span_type": smallest_unsigned(max(names.size, action_texts.size, action_names.size)),
    }


def info_texts(code: Code) -> tuple[str, ...]:
    return (code.description, code.when, code.fix, REFERENCE_SEPARATOR.join(code.references),
            code.action_source, code.headers_source or "")


def info_data(spec: Spec, target: Target) -> dict:
    texts = StringTable()
    rows = []
    for code in spec.codes:
        spans = [texts.add(t, f"{code.code} {field}") for field, t in zip(INFO_FIELDS, info_texts(code))]
        rows.append({"code": code.code, "spans": ", ".join(map(str, spans))})
    return {"fields": INFO_FIELDS, "texts": texts, "rows": rows, "span_type": texts.offset_type()}


def slot_enumerator(slot: str | None) -> str:
    """A frame placeholder's enumerator in detail::frame_slot ("class" is a keyword)."""
    return "literal" if slot is None else ("class_" if slot == "class" else slot)


def frame_tables(spec: Spec) -> dict:
    """Every locale's frames as runs of pieces (literal or placeholder); a run
    that several locales share (the base's, where a locale gives none) is stored once."""
    text = StringTable()
    pieces: list[dict] = []
    runs: dict[tuple, tuple[int, int]] = {}
    rows = []
    for loc in spec.locales:
        row = []
        for name in FRAMES:
            run = loc.frames[name]
            if run not in runs:
                runs[run] = (len(pieces), len(run))
                for p in run:
                    pieces.append({"slot": slot_enumerator(p.slot), "lower": "true" if p.lower else "false",
                                   "span": text.add(p.text) if p.slot is None else Span(0, 0),
                                   "note": comment_text(f"{loc.id} {name}: {p.text!r}" if p.slot is None
                                                        else f"{loc.id} {name}: {{{p.slot}}}")})
            row.append("{%d, %d}" % runs[run])
        rows.append({"id": loc.id, "runs": ", ".join(row)})
    return {
        "frame_names": list(FRAMES),
        "frame_slots": ["literal"] + [slot_enumerator(s) for s in FRAME_SLOTS],
        "frame_text": text,
        "frame_span_type": text.offset_type(),
        "frame_pieces": pieces,
        "frame_piece_index_type": smallest_unsigned(len(pieces)),
        "frame_rows": rows,
    }


def locale_data(spec: Spec, target: Target) -> dict:
    labels = StringTable()
    locales = []
    for loc, enumerator in zip(spec.locales, padded([loc.id for loc in spec.locales], ",")):
        locales.append({"id": loc.id, "enumerator": enumerator, "name": comment_text(loc.name),
                        "code": labels.add(loc.id), "name_span": labels.add(loc.name),
                        "labels": ", ".join(str(labels.add(loc.labels[f])) for f in LABEL_FIELDS),
                        "classes": ", ".join(str(labels.add(loc.class_names[d])) for d in range(1, 7))})
    translations = RowTable.sized_for(given[f] for loc in spec.locales[1:] for code in spec.codes
                                      for given in (code.translations.get(loc.id, {}),) for f in TEXT_FIELDS
                                      if f in given)
    translation_rows = []
    for loc in spec.locales[1:]:
        for code in spec.codes:
            given = code.translations.get(loc.id, {})
            spans = [translations.add(given[f], f"{loc.id} {code.code} {f}") if f in given else Span(0, 0)
                     for f in TEXT_FIELDS]
            translation_rows.append({"locale": loc.id, "code": code.code,
                                     "spans": ", ".join(map(str, spans))})
    # No text translated at all (the standard spec translates only labels):
    # one empty row instead of a table of empty spans that every program which
    # renders a page would carry.
    has_translations = translations.size > 0
    if not has_translations:
        translation_rows = []
    return {
        "locales": locales,
        "label_fields": LABEL_FIELDS,
        "labels": labels,
        "label_span_type": labels.offset_type(),
        "localized_fields": TEXT_FIELDS,
        "translations": translations,
        "translation_rows": translation_rows,
        "has_translations": has_translations,
        "translated_locale_rows": len(spec.locales) - 1 if has_translations else 1,
        "translated_code_rows": "status_count" if has_translations else "1",
        "translation_span_type": translations.offset_type(),
        **frame_tables(spec),
    }


def page_data(spec: Spec, target: Target) -> dict:
    style = StringTable()
    style.add(page_size.STYLE)
    return {"max_page_size": page_size.max_page_size(spec), "max_html_size": page_size.max_html_size(spec),
            "style": style}


def c_enums(spec: Spec, target: Target) -> dict:
    ids = padded([c.id.upper() for c in spec.codes])
    return {
        "version_parts": spec.version,
        "c_prefix": target.name,
        "c_codes": [{"id": i, "code": c.code, "doc": code_doc(c)} for c, i in zip(spec.codes, ids)],
        "c_classes": [{"id": k.id.upper(), "digit": k.digit, "name": comment_text(k.name)} for k in spec.classes],
    }


def c_tables(spec: Spec, target: Target) -> dict:
    """The C header reads the C++ header's dense tables, laid out as C initialisers."""
    class_names = StringTable(nul_terminated=True)  # C returns them as C strings
    class_offsets = [class_names.add(k.name).offset for k in spec.classes]
    return {
        "min_code": MIN_CODE,
        "index_size": INDEX_SIZE,
        "dense": dense_layout(lookup_tables.dense(spec)),
        "class_names": class_names,
        "class_name_offsets": ", ".join(map(str, class_offsets)),
        "deprecated_bitmap": deprecated_bitmap(spec),
    }


# What the hand-written code of each part needs before it, for a user spec's
# glue header: the standard headers, shared helpers, its data and the parts
# it builds on. The hand-written sipcodes headers include the same.
API_PARTS = {
    "status": {"std": ("array", "cstddef", "cstdint", "optional", "string_view"),
               "detail": ("config", "tables"), "data": True, "parts": ()},
    "attributes": {"std": (), "detail": ("header_set",), "data": True, "parts": ("status",)},
    "info": {"std": (), "detail": ("records",), "data": True, "parts": ("attributes",)},
    "locale": {"std": (), "detail": ("text",), "data": True, "parts": ("info",)},
    "compare": {"std": ("initializer_list",), "detail": ("records",), "data": False, "parts": ("attributes",)},
    "page": {"std": (), "detail": ("records", "text"), "data": True, "parts": ("compare", "locale")},
    "status_line": {"std": (), "detail": ("status_line",), "data": False, "parts": ("status",)},
    "io": {"std": ("ostream",), "detail": (), "data": False, "parts": ("status",)},
}
UMBRELLA_PARTS = ("status", "attributes", "info", "locale", "compare", "page", "status_line")


def api_glue(part: str, target: Target) -> dict:
    needs = API_PARTS[part]
    return {"part": part, "std": needs["std"], "detail": needs["detail"], "data": needs["data"],
            "parts": needs["parts"]}


def umbrella(target: Target) -> dict:
    return {"parts": UMBRELLA_PARTS}
