"""Computes everything the templates lay out: names, string blobs, offsets and
index tables. The templates only print what this module hands them.

Table layout:
- the code -> phrase tables of status.hpp, dense and compact: lookup_tables.py;
- the C header's index: one 32-bit word per code 100..699 (row + 1 above the
  phrase's offset; 0: not registered) and NUL-terminated phrases: c_context();
- `text_data` / `text_offsets`: the long texts, TEXT_FIELDS per row, in their
  own arrays so that code which never asks for them links none of their bytes.
"""

from __future__ import annotations

import dataclasses

from diagnostics import SpecError
import lookup_tables
from lookup_tables import INDEX_SIZE, smallest_unsigned
from spec_model import MAX_CODE, MIN_CODE, Spec

TEXT_FIELDS = ("description", "when", "fix", "references", "action_source", "headers_source")
LOCALIZED_FIELDS = ("description", "when", "fix")
REFERENCE_SEPARATOR = ", "


def cxx_literal(text: str) -> str:
    """A C++ (and C99) narrow string literal holding exactly the UTF-8 bytes of `text`.

    Non-ASCII bytes are written as three-digit octal escapes, which end by
    themselves (a hex escape would swallow a following digit or letter), so the
    header does not depend on the compiler's source or execution charset.
    """
    out = []
    previous = ""
    for byte in text.encode("utf-8"):
        ch = chr(byte)
        if ch == "\\" or ch == '"':
            piece = "\\" + ch
        elif ch == "?" and previous == "?":
            piece = "\\?"  # never form a trigraph (C99, pre-C++17)
        elif 0x20 <= byte < 0x7F:
            piece = ch
        else:
            piece = f"\\{byte:03o}"
        out.append(piece)
        previous = ch
    return '"' + "".join(out) + '"'


def bits_for(value: int) -> int:
    """Number of bits needed to store 0..value."""
    return max(1, value.bit_length())


@dataclasses.dataclass
class TextLayout:
    offsets: list[int]  # len(TEXT_FIELDS) per row, then the end
    offset_type: str


def text_layout(spec: Spec) -> TextLayout:
    offsets, position = [], 0
    for code in spec.codes:
        for field in text_fields(code):
            offsets.append(position)
            position += len(field.encode("utf-8"))
    offsets.append(position)
    if position >= 1 << 32:
        raise SpecError(spec.label, None, "the texts exceed 4 GiB")
    return TextLayout(offsets, smallest_unsigned(position))


def text_fields(code) -> tuple[str, ...]:
    return (code.description, code.when, code.fix, REFERENCE_SEPARATOR.join(code.references),
            code.action_source, code.headers_source or "")


def blob(texts: list[str]) -> tuple[list[str], list[int]]:
    """Literals for `texts` and their start offsets in the concatenation, plus the end."""
    offsets, position = [], 0
    for t in texts:
        offsets.append(position)
        position += len(t.encode("utf-8"))
    offsets.append(position)
    return [cxx_literal(t) for t in texts], offsets


def attributes_context(spec: Spec) -> dict:
    header_bit = {h.id: i for i, h in enumerate(spec.headers)}
    mask_type = "std::uint32_t" if len(spec.headers) <= 32 else "std::uint64_t"
    suffix = "u" if len(spec.headers) <= 32 else "ull"

    def mask(ids):
        value = 0
        for i in ids:
            value |= 1 << header_bit[i]
        return f"0x{value:x}{suffix}" if value else "0"

    action_index = {a.id: i for i, a in enumerate(spec.actions)}
    rows = [{"code": c.code, "must": mask(c.headers_must), "should": mask(c.headers_should),
             "one_of": mask(c.headers_one_of), "action": c.action} for c in spec.codes]
    header_literals, header_offsets = blob([h.text for h in spec.headers])
    action_literals, action_offsets = blob([a.text for a in spec.actions])
    name_literals, name_offsets = blob([a.id for a in spec.actions])
    fallback = "give_up" if "give_up" in action_index else spec.actions[-1].id
    hwidth = max(len(h.id) for h in spec.headers)
    awidth = max(len(a.id) for a in spec.actions)
    return {
        "headers": [{"id": h.id, "id_padded": h.id.ljust(hwidth), "name": h.text, "literal": lit}
                    for h, lit in zip(spec.headers, header_literals)],
        "header_offsets": ", ".join(map(str, header_offsets)),
        "header_mask_type": mask_type,
        "actions": [{"id": a.id, "id_padded": a.id.ljust(awidth), "text": a.text, "literal": lit,
                     "name_literal": nlit}
                    for a, lit, nlit in zip(spec.actions, action_literals, name_literals)],
        "action_offsets": ", ".join(map(str, action_offsets)),
        "action_name_offsets": ", ".join(map(str, name_offsets)),
        "fallback_action": fallback,
        "attribute_rows": rows,
    }


def c_context(spec: Spec, header_dir: str) -> dict:
    """The C header's own index: its phrases end in NUL, so it has offsets of its
    own, and it needs no length field (word = row + 1 above the offset bits)."""
    phrase_offsets, position = [], 0
    for c in spec.codes:
        phrase_offsets.append(position)
        position += len(c.phrase.encode("utf-8")) + 1
    offset_bits = bits_for(position)
    if offset_bits + bits_for(len(spec.codes)) > 32:
        raise SpecError(spec.label, None,
                        f"the phrases ({position} bytes with their NULs) and {len(spec.codes)} codes "
                        "do not fit the C header's 32-bit index word; shorten the phrases or split the spec")
    index = [0] * (INDEX_SIZE + 1)
    for row, (c, offset) in enumerate(zip(spec.codes, phrase_offsets), start=1):
        index[c.code - MIN_CODE] = (row << offset_bits) | offset
    rows = []
    for start in range(0, INDEX_SIZE, 10):
        words = index[start:start + 10]
        rows.append({"first": MIN_CODE + start, "last": MIN_CODE + start + len(words) - 1,
                     "words": ", ".join("0" if w == 0 else f"0x{w:08x}u" for w in words)})
    class_offsets, position = [], 0
    for k in spec.classes:
        class_offsets.append(position)
        position += len(k.name.encode("utf-8")) + 1
    return {
        "c_prefix": header_dir,
        "c_offset_bits": offset_bits,
        "c_macro": header_dir.upper(),
        "c_index_rows": rows,
        "c_class_offsets": ", ".join(map(str, class_offsets)),
    }


def locales_context(spec: Spec) -> dict:
    from spec_model import LABEL_FIELDS
    texts = []
    for loc in spec.locales:
        texts.append(loc.id)
        texts.append(loc.name)
        texts.extend(loc.labels[f] for f in LABEL_FIELDS)
    label_literals, label_offsets = blob(texts)
    per_locale = 2 + len(LABEL_FIELDS)
    locales = []
    for i, loc in enumerate(spec.locales):
        locales.append({"id": loc.id, "name": loc.name,
                        "literals": label_literals[i * per_locale:(i + 1) * per_locale]})
    # Translations: for every non-base locale, row and field, the text or "" (= fall back).
    translated = []
    for loc in spec.locales[1:]:
        for code in spec.codes:
            given = code.translations.get(loc.id, {})
            translated.extend(given.get(f, "") for f in LOCALIZED_FIELDS)
    tr_literals, tr_offsets = blob(translated)
    tr_rows = []
    n = len(LOCALIZED_FIELDS)
    for li, loc in enumerate(spec.locales[1:]):
        for ri, code in enumerate(spec.codes):
            k = (li * len(spec.codes) + ri) * n
            if any(translated[k:k + n]):
                tr_rows.append({"locale": loc.id, "code": code.code,
                                "literals": [l for l in tr_literals[k:k + n] if l != '""']})
    return {
        "locales": locales,
        "label_fields": list(LABEL_FIELDS),
        "labels_per_locale": per_locale,
        "label_offsets": ", ".join(map(str, label_offsets)),
        "label_offset_type": smallest_unsigned(label_offsets[-1]),
        "translation_rows": tr_rows,
        "translation_offsets": ", ".join(map(str, tr_offsets)),
        "translation_offset_type": smallest_unsigned(tr_offsets[-1]),
        "localized_fields": list(LOCALIZED_FIELDS),
    }


def rows_of_ten(values: list[str]) -> list[dict]:
    """Per-code values for 100..699 as lines of ten, each with its first and last code."""
    return [{"first": MIN_CODE + start, "last": MIN_CODE + start + len(values[start:start + 10]) - 1,
             "text": ", ".join(values[start:start + 10])} for start in range(0, INDEX_SIZE, 10)]


def length_prefixed(code) -> dict:
    """A phrase as literals of its length byte and its text, for the tables'
    length-prefixed phrase blobs."""
    length = len(code.phrase.encode("utf-8"))  # at most 63 (spec_model), so one byte
    return {"code": code.code, "literal": cxx_literal(chr(length)) + " " + cxx_literal(code.phrase)}


def lookup_context(spec: Spec) -> dict:
    """Both layouts of status.hpp's code -> phrase tables (see lookup_tables.py)."""
    dense = lookup_tables.dense(spec)
    entries = [f"{{{o}, {c}}}" if c else "{1, 0}" for o, c in dense.entries[:INDEX_SIZE]]
    dense_index_rows = rows_of_ten(entries)
    dense_code_rows = rows_of_ten([str(r) for r in dense.rows[:INDEX_SIZE]])
    canonical_rows = rows_of_ten([str(c) for c in dense.canonical[:INDEX_SIZE]])

    table = lookup_tables.compact(spec)
    # The text literal, one line per occupied slot: its length byte, then its phrase.
    pieces = [length_prefixed(spec.codes[row - 1]) for row in table.slot_rows if row]
    slot_words = [f"0x{w:04x}" if table.slot_type == "std::uint16_t" else f"0x{w:08x}" for w in table.slots]
    slot_lines = [", ".join(slot_words[i:i + 10]) + "," for i in range(0, len(slot_words), 10)]
    row_values = [str(r) for r in table.slot_rows]
    row_lines = [", ".join(row_values[i:i + 20]) + "," for i in range(0, len(row_values), 20)]
    return {
        "dense_index_rows": dense_index_rows,
        "dense_text_pieces": [length_prefixed(c) for c in spec.codes],
        "dense_code_rows": dense_code_rows,
        "dense_row_type": dense.row_type,
        "canonical_rows": canonical_rows,
        "compact": {
            "head": table.head,
            "block_type": table.block_type,
            "blocks": ", ".join(f"0x{b:04x}" for b in table.blocks),
            "slot_type": table.slot_type,
            "slot_count": len(table.slots),
            "slot_lines": slot_lines,
            "text_size": len(table.text) + 1,  # the literal's terminator
            "text_pieces": pieces,
            "text_start": table.text_start,
            "row_type": table.row_type,
            "row_lines": row_lines,
        },
    }


def context(spec: Spec, namespace: str, header_dir: str, banner: dict) -> dict:
    """Everything the templates print, already formatted where formatting is logic."""
    texts = text_layout(spec)
    width = max(len(c.id) for c in spec.codes)
    codes = []
    for row, code in enumerate(spec.codes):
        codes.append({
            "code": code.code,
            "id": code.id,
            "id_padded": code.id.ljust(width),
            "phrase": code.phrase,
            "c_phrase_literal": cxx_literal(code.phrase + "\0"),
            "id_upper_padded": code.id.upper().ljust(width),
            "references": REFERENCE_SEPARATOR.join(code.references),
            "deprecated": code.deprecated,
            "doc": f"{code.code} {code.phrase}" + (" (deprecated)" if code.deprecated else ""),
            # A phrase may hold "*/" (both are Reason-Phrase characters): keep C comments closed.
            "c_doc": (f"{code.code} {code.phrase}" + (" (deprecated)" if code.deprecated else "")).replace("*/", "* /"),
            "texts": [cxx_literal(t) for t in text_fields(code)],
            "row": row,
        })
    offset_rows = []
    n = len(TEXT_FIELDS)
    for row, code in enumerate(spec.codes):
        offset_rows.append({"code": code.code,
                            "offsets": ", ".join(str(o) for o in texts.offsets[n * row:n * row + n])})

    bitmap = [0] * ((len(spec.codes) + 7) // 8)
    for row, code in enumerate(spec.codes):
        if code.deprecated:
            bitmap[row // 8] |= 1 << (row % 8)

    classes, end = [], 0
    class_width = max(len(k.id) for k in spec.classes)
    for k in spec.classes:
        end += len(k.name.encode("utf-8"))
        classes.append({"digit": k.digit, "id": k.id, "id_padded": k.id.ljust(class_width),
                        "name": k.name, "literal": cxx_literal(k.name), "name_end": end,
                        "c_literal": cxx_literal(k.name + "\0"), "c_name": k.name.replace("*/", "* /")})
    guard = header_dir.upper()
    return {
        **attributes_context(spec),
        **c_context(spec, header_dir),
        **locales_context(spec),
        **lookup_context(spec),
        "text_fields": list(TEXT_FIELDS),
        "version": ".".join(map(str, spec.version)),
        "version_parts": spec.version,
        "banner": banner,
        "namespace": namespace,
        "header_dir": header_dir,
        "guard": guard,
        "classes": classes,
        "codes": codes,
        "status_count": len(codes),
        "longest_phrase_bytes": max(len(c.phrase.encode("utf-8")) for c in spec.codes),
        "longest_class_name_bytes": max(len(k.name.encode("utf-8")) for k in spec.classes),
        "index_size": INDEX_SIZE,
        "min_code": MIN_CODE,
        "max_code": MAX_CODE,
        "text_offset_type": texts.offset_type,
        "text_offset_rows": offset_rows,
        "text_end": texts.offsets[-1],
        "deprecated_bitmap": ", ".join(f"0x{b:02x}" for b in bitmap),
    }
