"""Computes what each generated file lays out: one context function per file.

The generated files hold data only (enums, string tables, index tables, per-code
rows, constants); the hand-written code in include/sipcodes/ reads them. Every
number the code depends on (table sizes, block bits, offsets) is emitted as a
named constant here, never repeated in a template or in the C++.

Files per spec (under <out-dir>/<name>/):
    generated/status.hpp      status_data()      enums, all_statuses, phrase tables
    generated/attributes.hpp  attributes_data()  header and action enums, per-code rows
    generated/info.hpp        info_data()        the long texts, one row per code
    generated/locale.hpp      locale_data()      locales, labels, class names, frames, translations
    generated/page.hpp        page_data()        the longest comparison page (page_size.py)
    generated/method.hpp      method_data()      methods, dialog impacts, per-code method rows
    generated/q850.hpp        q850_data()        Q.850 causes, the RFC 3398 tables (gateway_model.py)
    generated/warning.hpp     warning_data()     the Warning codes
    generated/reason.hpp      reason_data()      the Reason protocols
    generated/c_q850.inc      c_q850()           the Q.850 tables as C initialisers, for impl/c_q850.inc
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
from spec_model import DIALOG_IMPACTS, FRAME_SLOTS, FRAMES, LABEL_FIELDS, MAX_CODE, MIN_CODE, TEXT_FIELDS, Code, Spec
from string_table import RowTable, Span, StringTable, comment_text, cxx_literal, smallest_unsigned

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
    width = max((len(i) for i in ids), default=0) + len(suffix)
    return [(i + suffix).ljust(width) for i in ids]


def rows_of_ten(values: list[str]) -> list[str]:
    """Per-code values for 100..699 as lines of ten, each after its first and last code."""
    return [f"/* {MIN_CODE + start}-{MIN_CODE + start + len(values[start:start + 10]) - 1} */ "
            + ", ".join(values[start:start + 10]) + "," for start in range(0, INDEX_SIZE, 10)]


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
        "row_type": dense.row_type,
        "canonical_rows": rows_of_ten([str(c) for c in dense.canonical[:INDEX_SIZE]]),
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
        "codes": [f"{i} = {c.code}, ///< {code_doc(c)}"
                  for c, i in zip(spec.codes, padded([c.id for c in spec.codes]))],
        "all_statuses": [f"status::{c.id}," for c in spec.codes],
        "classes": [f"{i} = {k.digit}, ///< {k.digit}xx {k.name}"
                    for k, i in zip(spec.classes, padded([k.id for k in spec.classes]))],
        "class_spans": ["{0, 0},"] + [f"{span}, // {k.digit}xx" for k, span in zip(spec.classes, class_spans)],
        "class_answers": ["std::nullopt,"] + [f"status_class::{k.id}," for k in spec.classes],
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
            "slot_lines": ["    " + line for line in lines_of(slot_words, 10)],  # a list inside the initialiser
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
        note = comment_text("; ".join(notes))
        rows.append(f"{{{mask(code.headers_must)}, {mask(code.headers_one_of)}, {mask(code.headers_should)}, "
                    f"action::{code.action}}}, // {code.code}" + (f": {note}" if note else ""))
    allowed_rows = []
    restricted = [h for h in spec.headers if h.id in spec.header_responses]
    for code in spec.codes:
        also = [h.text for h in restricted if spec.allows(h.id, code)]
        note = comment_text("every header but the restricted ones" + (", and " + ", ".join(also) if also else ""))
        allowed_rows.append(f"{mask(h.id for h in spec.headers if spec.allows(h.id, code))}, // {code.code}: {note}")
    method_id = {m.name: m.id for m in spec.methods}
    must_for = [f"{{{code.code}, method::{method_id[name]}, {mask(ids)}}}, // {code.code} to {name}: "
                + comment_text(", ".join(wire_name[h] for h in ids))
                for code in spec.codes
                for name, ids in sorted(code.headers_must_for.items(), key=lambda kv: [m.name for m in spec.methods].index(kv[0]))
                if ids]
    method_names = [m.name for m in spec.methods]
    action_for = [f"{{{code.code}, method::{method_id[name]}, action::{action}}}, // {code.code} to {name}"
                  for code in spec.codes
                  for name, action in sorted(code.action_for.items(), key=lambda kv: method_names.index(kv[0]))]
    return {
        # The arrays have at least one slot: an empty list gets a row that says so.
        "action_for": action_for or ["{0, method{}, action{}}, // none"],
        "action_for_count": len(action_for),
        "headers": [f"{e} ///< {h.text}" for h, e in zip(spec.headers, padded([h.id for h in spec.headers], ","))],
        "header_spans": [f"{s}, // {h.text}" for h, s in zip(spec.headers, header_spans)],
        "header_bits_type": "std::uint64_t" if wide else "std::uint32_t",
        "header_names": names,
        "actions": [f"{e} ///< {comment_text(a.text)}"
                    for a, e in zip(spec.actions, padded([a.id for a in spec.actions], ","))],
        "action_spans": [f"{s}," for s in action_spans],
        "action_name_spans": [f"{s}," for s in action_name_spans],
        "action_texts": action_texts,
        "action_names": action_names,
        "fallback_action": "give_up" if any(a.id == "give_up" for a in spec.actions) else spec.actions[-1].id,
        "rows": rows,
        "allowed_rows": allowed_rows,
        "must_for": must_for or ["{0, method{}, 0}, // none"],
        "must_for_count": len(must_for),
        "span_type": smallest_unsigned(max(names.size, action_texts.size, action_names.size)),
        "min_code": MIN_CODE,
        "max_code": MAX_CODE,
        "final_rank": lookup_tables.FINAL_RANK,
        # Indexed by the number itself (no subtraction in the look-up): 0..99 rank 0.
        "rank_rows": [f"/* {s}-{s + 9} */ " + ", ".join(str(lookup_tables.response_rank(n) if n >= MIN_CODE else 0)
                                                         for n in range(s, s + 10)) + ","
                      for s in range(0, MAX_CODE + 1, 10)],
    }


def info_texts(code: Code) -> tuple[str, ...]:
    return (code.description, code.when, code.fix, REFERENCE_SEPARATOR.join(code.references),
            code.action_source, code.headers_source or "")


def info_data(spec: Spec, target: Target) -> dict:
    texts = StringTable()
    rows = []
    for code in spec.codes:
        spans = [texts.add(t, f"{code.code} {field}") for field, t in zip(INFO_FIELDS, info_texts(code))]
        rows.append(f"{{{', '.join(map(str, spans))}}}, // {code.code}")
    return {"fields": INFO_FIELDS, "texts": texts, "rows": rows,
            "field_lines": [f"::sipcodes::detail::text_span<{texts.offset_type()}> {f};" for f in INFO_FIELDS]}


def slot_enumerator(slot: str | None) -> str:
    """A frame placeholder's enumerator in detail::frame_slot ("class" is a keyword)."""
    return "literal" if slot is None else ("class_" if slot == "class" else slot)


def frame_tables(spec: Spec) -> dict:
    """Every locale's frames as runs of pieces (literal or placeholder); a run
    that several locales share (the base's, where a locale gives none) is stored once."""
    text = StringTable()
    pieces: list[str] = []
    runs: dict[tuple, tuple[int, int]] = {}
    rows = []
    for loc in spec.locales:
        row = []
        for name in FRAMES:
            run = loc.frames[name]
            if run not in runs:
                runs[run] = (len(pieces), len(run))
                for p in run:
                    span = text.add(p.text) if p.slot is None else Span(0, 0)
                    note = comment_text(f"{loc.id} {name}: {p.text!r}" if p.slot is None
                                        else f"{loc.id} {name}: {{{p.slot}}}")
                    pieces.append(f"{{frame_slot::{slot_enumerator(p.slot)}, {'true' if p.lower else 'false'}, "
                                  f"{span}}}, // {note}")
            row.append("{%d, %d}" % runs[run])
        rows.append(f"{{{', '.join(row)}}}, // {loc.id}")
    return {
        "page_frames": [f"{name}," for name in FRAMES],
        "frame_slots": [f"{slot_enumerator(s)}," for s in (None,) + FRAME_SLOTS],
        "frame_text": text,
        "frame_piece_fields": ["frame_slot slot;", "bool lower;",
                               f"::sipcodes::detail::text_span<{text.offset_type()}> text;"],
        "frame_pieces": pieces,
        "frame_run_fields": [f"{smallest_unsigned(len(pieces))} {f};" for f in ("first", "count")],
        "frame_rows": rows,
    }


def locale_data(spec: Spec, target: Target) -> dict:
    labels = StringTable()
    locales = []
    for loc, enumerator in zip(spec.locales, padded([loc.id for loc in spec.locales], ",")):
        name = comment_text(loc.name)
        code, own_name = labels.add(loc.id), labels.add(loc.name)
        page_labels = ", ".join(str(labels.add(loc.labels[f])) for f in LABEL_FIELDS)
        class_names = ", ".join(str(labels.add(loc.class_names[d])) for d in range(1, 7))
        locales.append({"enumerator": f"{enumerator} ///< {name}", "id": f"locale::{loc.id},",
                        "row": f"{{{code}, {own_name}, {{{page_labels}}}, {{{class_names}}} }}, // {loc.id}: {name}"})
    translations = RowTable.sized_for(given[f] for loc in spec.locales[1:] for code in spec.codes
                                      for given in (code.translations.get(loc.id, {}),) for f in TEXT_FIELDS
                                      if f in given)
    # Per locale and code, each text's {offset, size} as two little-endian
    # 32-bit words in a string literal: a compiler reads a literal far faster
    # than the same numbers as structs (about 55 M instructions less per file
    # that includes the header, benchmarks/README.md).
    translation_spans = []
    for loc in spec.locales[1:]:
        for code in spec.codes:
            given = code.translations.get(loc.id, {})
            spans = [translations.add(given[f], f"{loc.id} {code.code} {f}") if f in given else Span(0, 0)
                     for f in TEXT_FIELDS]
            words = b"".join(n.to_bytes(4, "little") for span in spans for n in (span.offset, span.size))
            translation_spans.append(f"{cxx_literal(words)} // {loc.id} {code.code}")
    # No text translated at all (the standard spec translates only labels): no
    # spans, instead of empty ones that every program which renders a page
    # would carry.
    has_translations = translations.size > 0
    if not has_translations:
        translation_spans = ['""']
    return {
        "locales": [loc["enumerator"] for loc in locales],
        "all_locales": [loc["id"] for loc in locales],
        "locale_rows": [loc["row"] for loc in locales],
        "page_labels": [f"{f}," for f in LABEL_FIELDS],
        "labels": labels,
        "locale_row_fields": [f"::sipcodes::detail::text_span<{labels.offset_type()}> {field}"
                              for field in ("code;", "name;", "labels[page_label_count]; // in page_label order",
                                            "classes[6];               // 1xx..6xx")],
        "localized_fields": TEXT_FIELDS,
        "translation_spans": translation_spans,
        "has_translations": has_translations,
        "translation_row_width": translations.width if has_translations else 1,
        "translation_text_rows": len(translations.rows),
        # Each row of the blob a literal of its own, in braces.
        "translation_text": [line for i, row in enumerate(translations.rows)
                             for line in [f"{{ // row {i}"] + [f"    {t}" for t in row.lines()] + ["},"]],
        **frame_tables(spec),
    }


def page_data(spec: Spec, target: Target) -> dict:
    style = StringTable()
    style.add(page_size.STYLE)
    return {"max_page_size": page_size.max_page_size(spec), "max_html_size": page_size.max_html_size(spec),
            "style": style}


def method_data(spec: Spec, target: Target) -> dict:
    """The methods registry, and per code the methods it may answer and what it
    does to a dialog: a base impact per code, and the (code, method) pairs
    where the method changes it, sorted by code then method."""
    bit_of = {m.name: i for i, m in enumerate(spec.methods)}
    names = StringTable()
    spans = [names.add(m.name) for m in spec.methods]
    wide = len(spec.methods) > 16
    answer_rows, impact_rows, exceptions = [], [], []
    for code in spec.codes:
        answered = spec.answer_methods(code)
        mask = sum(1 << bit_of[n] for n in answered)
        every = [m.name for m in spec.methods if m.answered]
        if list(answered) == every:
            note = "every method answered"
        elif answered:
            note = ", ".join(answered)
        else:
            note = "no method"
        answer_rows.append(f"0x{mask:0{8 if wide else 4}x}, // {code.code}: {note}")
        base = spec.impact_of(code)
        impact_rows.append(f"dialog_impact::{base}, // {code.code}")
        for name in sorted(code.dialog_for, key=lambda n: bit_of[n]):
            if code.dialog_for[name] != base:
                exceptions.append(f"{{{code.code}, method::{spec.methods[bit_of[name]].id}, "
                                  f"dialog_impact::{code.dialog_for[name]}}}, // {code.code} to {name}")
    return {
        "methods": [f"{e} ///< {m.name} ({comment_text(', '.join(m.references))})"
                    for m, e in zip(spec.methods, padded([m.id for m in spec.methods], ","))],
        "all_methods": [f"method::{m.id}," for m in spec.methods],
        "method_names": names,
        # The arrays have at least one slot: an empty list gets a row that says so.
        "method_spans": [f"{span}, // {m.name}" for m, span in zip(spec.methods, spans)] or ["{0, 0}, // no method"],
        "method_span_type": names.offset_type(),
        "longest_method_bytes": max((len(m.name) for m in spec.methods), default=0),
        "method_bits_type": "std::uint32_t" if wide else "std::uint16_t",
        "impacts": [f"{i}," for i in DIALOG_IMPACTS],
        "answer_rows": answer_rows,
        "impact_rows": impact_rows,
        "exceptions": exceptions or ["{0, method{}, dialog_impact{}}, // none"],
        "exception_count": len(exceptions),
    }


def c_enums(spec: Spec, target: Target) -> dict:
    ids = padded([c.id.upper() for c in spec.codes])
    prefix = target.macro_prefix
    last = len(spec.classes) - 1
    return {
        "version_parts": spec.version,
        "c_prefix": target.name,
        "c_codes": [f"{prefix}_{i} = {c.code}, /* {code_doc(c)} */" for c, i in zip(spec.codes, ids)]
        + [f"{prefix}_STATUS_COUNT_ = {len(spec.codes)} /* not a code: how many there are */"],
        "c_classes": [f"{prefix}_CLASS_{k.id.upper()} = {k.digit}{',' if n < last else ''}"
                      f" /* {k.digit}xx {comment_text(k.name)} */" for n, k in enumerate(spec.classes)],
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
    "attributes": {"std": (), "detail": ("header_set",), "data": True, "parts": ("status", "method")},
    "info": {"std": (), "detail": ("records",), "data": True, "parts": ("attributes",)},
    "locale": {"std": (), "detail": ("text",), "data": True, "parts": ("info",)},
    "compare": {"std": ("initializer_list",), "detail": ("records",), "data": False, "parts": ("attributes",)},
    "page": {"std": (), "detail": ("records", "text"), "data": True, "parts": ("compare", "locale")},
    "status_line": {"std": (), "detail": ("status_line",), "data": False, "parts": ("status",)},
    "method": {"std": (), "detail": ("text",), "data": True, "parts": ("status",)},
    "io": {"std": ("ostream",), "detail": (), "data": False, "parts": ("status", "method")},
    "warning": {"std": ("cstddef", "cstdint", "optional", "string_view"), "detail": ("config", "header_values", "tables"),
                "data": True, "parts": ()},
    "q850": {"std": (), "detail": ("gateway",), "data": True, "parts": ("status", "warning")},
    "reason": {"std": (), "detail": ("header_values",), "data": True, "parts": ("q850",)},
}
UMBRELLA_PARTS = ("status", "attributes", "info", "locale", "compare", "page", "status_line", "method", "warning", "q850", "reason")


def api_glue(part: str, target: Target) -> dict:
    needs = API_PARTS[part]
    includes = ([f"<{h}>" for h in needs["std"]] + [f"<sipcodes/detail/{h}.hpp>" for h in needs["detail"]]
                + [f'"{p}.hpp"' for p in needs["parts"]] + ([f'"generated/{part}.hpp"'] if needs["data"] else []))
    return {"part": part, "includes": includes}


def umbrella(target: Target) -> dict:
    return {"parts": UMBRELLA_PARTS}


# --- The gateway part (gateway_model.py): Q.850 causes, RFC 3398, Warning codes ----

CAUSE_TABLE_SIZE = 128  # every 7-bit cause value, 0 included (0 is no cause)
MIN_CLASS, MAX_CLASS = 1, 6  # the classes of status codes: sip_unlisted has one row each
WARN_MIN, WARN_TABLE_SIZE = 300, 100  # warn-codes 300..399
# How impl/q850.ipp reads a byte of status_q850 (one per row of all_statuses).
STATUS_Q850_NONE = 0  # no cause: q850_mapping_note() says why
STATUS_Q850_BY_WARNING = 0x80  # 488, 606: by the Warning code (warning_q850)
STATUS_Q850_CONDITIONAL = 0x80  # | cause: only if the gateway cannot answer the challenge


def bits_words(numbers, size: int) -> str:
    """A bitmap of `size` bits as 32-bit words, bit n set for each n in `numbers`."""
    words = [0] * ((size + 31) // 32)
    for n in numbers:
        words[n // 32] |= 1 << (n % 32)
    return ", ".join(f"0x{w:08x}u" for w in words)


def _status_q850_byte(row) -> tuple[int, str]:
    """A row of sip_to_q850 (or sip_unlisted) as a byte of status_q850, and its comment."""
    if row.by_warning:
        return STATUS_Q850_BY_WARNING, "by the Warning code"
    if row.cause is None:
        return STATUS_Q850_NONE, "none"
    if row.only_if:
        return STATUS_Q850_CONDITIONAL | row.cause, f"{row.cause} if {row.only_if}"
    return row.cause, str(row.cause)


def _note(row) -> str:
    """Why a row maps as it does: its source; for no mapping, the reason too."""
    return f"{row.reason} ({row.source})" if row.reason else row.source


def q850_data(spec: Spec, target: Target) -> dict:
    gateway = spec.gateway
    causes = gateway.causes if gateway else ()
    names = StringTable(length_prefixed=True)
    name_at = [StringTable.EMPTY_PREFIXED_OFFSET] * CAUSE_TABLE_SIZE
    for c in causes:
        name_at[c.cause] = names.add(c.name, str(c.cause)).offset
    # Every cause value 1..127: its row, or q850_unlisted (0 is no cause: no response, no note).
    to_status = [0] * CAUSE_TABLE_SIZE
    cause_notes = StringTable()
    cause_note_lines = ["{0, 0}, // 0: not a cause"]
    user_location, diagnostic = [], []
    for value in range(1, CAUSE_TABLE_SIZE):
        if gateway is None:
            cause_note_lines.append(f"{{0, 0}}, // {value}: no table")
            continue
        row = gateway.for_cause(value)
        to_status[value] = row.status or 0
        listed = value in gateway.to_sip
        cause_note_lines.append(f"{cause_notes.add(_note(row))}, // {value}" + ("" if listed else ": q850_unlisted"))
    for row in (gateway.to_sip.values() if gateway else ()):
        if row.user_location:
            user_location.append(f"{{{row.cause}, {row.user_location}}}")
        if row.with_diagnostic:
            diagnostic.append(f"{{{row.cause}, {row.with_diagnostic}}}")
    notes = StringTable()
    status_rows = []
    for code in spec.codes:
        if gateway is None:
            status_rows.append({"code": code.code, "value": STATUS_Q850_NONE, "note": Span(0, 0), "doc": "no table"})
            continue
        row, unlisted = gateway.for_status(code.code)
        value, doc = _status_q850_byte(row)
        if unlisted and row.cause is not None:
            doc += " (class default)"
        status_rows.append({"code": code.code, "value": f"0x{value:02x}", "note": notes.add(_note(row)), "doc": doc})
    # A value of 100..699 no code of the spec has: its class's row of sip_unlisted (RFC 3398 §8.2.6.1:
    # a 4xx-6xx the table does not list, later extensions included, maps to 31).
    class_rows = []
    for digit in range(MIN_CLASS, MAX_CLASS + 1):
        if gateway is None:
            class_rows.append({"digit": digit, "value": "0x00", "note": Span(0, 0), "doc": "no table"})
            continue
        row = gateway.unlisted[digit]
        value, doc = _status_q850_byte(row)
        class_rows.append({"digit": digit, "value": f"0x{value:02x}", "note": notes.add(_note(row)), "doc": doc})
    warning_q850 = [0] * WARN_TABLE_SIZE
    if gateway:
        for w in range(WARN_TABLE_SIZE):
            warning_q850[w] = gateway.warning_causes.get(WARN_MIN + w, gateway.warning_default)
    return {
        "causes": [f"{i} = {c.cause}, ///< {comment_text(c.name)}"
                   for c, i in zip(causes, padded([c.id for c in causes]) if causes else [])],
        "all_q850": [f"q850::{c.id}," for c in causes],
        "cause_bits": bits_words([c.cause for c in causes], CAUSE_TABLE_SIZE),
        "names": names,
        "name_offset_type": names.offset_type(),
        "name_at": lines_of([str(o) for o in name_at], 16),
        "to_status": lines_of([str(s) for s in to_status], 16),
        "user_location": ", ".join(user_location + ["{0, 0}"]),  # {0, 0} ends each list
        "diagnostic": ", ".join(diagnostic + ["{0, 0}"]),
        "status_rows": status_rows,
        "status_lines": [f"{r['value']}, // {r['code']}: {r['doc']}" for r in status_rows],
        "note_lines": [f"{r['note']}, // {r['code']}" for r in status_rows],
        "class_values": ", ".join(r["value"] for r in class_rows),
        "class_notes": ", ".join(str(r["note"]) for r in class_rows),
        "cause_notes": cause_notes,
        "cause_note_span_type": cause_notes.offset_type(),
        "cause_note_lines": cause_note_lines,
        "unlisted_status": (gateway.to_sip_default.status or 0) if gateway else 0,
        "notes": notes,
        "note_span_type": notes.offset_type(),
        "none_value": STATUS_Q850_NONE,
        "by_warning": f"0x{STATUS_Q850_BY_WARNING:02x}",
        "conditional": f"0x{STATUS_Q850_CONDITIONAL:02x}",
        "warn_min": WARN_MIN,
        "warn_table_size": WARN_TABLE_SIZE,
        "warning_q850": lines_of([str(c) for c in warning_q850], 20),
        "warning_default": gateway.warning_default if gateway else 0,
        "table_size": CAUSE_TABLE_SIZE,
    }


def warning_data(spec: Spec, target: Target) -> dict:
    codes = spec.gateway.warn_codes if spec.gateway else ()
    texts = StringTable(length_prefixed=True)
    text_at = [StringTable.EMPTY_PREFIXED_OFFSET] * WARN_TABLE_SIZE
    for w in codes:
        text_at[w.code - WARN_MIN] = texts.add(w.text, str(w.code)).offset
    return {
        "codes": [f"{i} = {w.code}, ///< {comment_text(f'{w.text} ({w.reference})')}"
                  for w, i in zip(codes, padded([w.id for w in codes]) if codes else [])],
        "ids": [w.id for w in codes],
        "bits": bits_words([w.code - WARN_MIN for w in codes], WARN_TABLE_SIZE),
        "texts": texts,
        "text_offset_type": texts.offset_type(),
        "text_at": lines_of([str(o) for o in text_at], 20),
        "warn_min": WARN_MIN,
        "table_size": WARN_TABLE_SIZE,
    }


def reason_data(spec: Spec, target: Target) -> dict:
    protocols = spec.gateway.reason_protocols if spec.gateway else ()
    names = StringTable(length_prefixed=True)
    # Lower case: the look-up compares ignoring case (detail::equals_ignoring_ascii_case).
    offsets = [names.add(p.protocol.lower(), f"{p.protocol}: {p.cause} ({p.reference})").offset for p in protocols]
    return {
        "names": names,
        "offset_type": names.offset_type(),
        "offsets": ", ".join(map(str, offsets)) if offsets else str(StringTable.EMPTY_PREFIXED_OFFSET),
        "count": len(protocols),
    }


def c_q850(spec: Spec, target: Target) -> dict:
    """generated/q850.hpp's tables as C initialisers, for impl/c_q850.inc; the names NUL-terminated."""
    data = q850_data(spec, target)
    names = StringTable(nul_terminated=True)
    name_at = [0] * CAUSE_TABLE_SIZE  # 0: no name (C returns NULL)
    causes = spec.gateway.causes if spec.gateway else ()
    for c in causes:
        name_at[c.cause] = names.add(c.name, str(c.cause)).offset + 1
    return dict(data, c_names=names, c_name_at=lines_of([str(o) for o in name_at], 16),
                c_name_offset_type=smallest_unsigned(names.size + 1).replace("std::", ""),
                status_values=lines_of([str(r["value"]) for r in data["status_rows"]], 16))
