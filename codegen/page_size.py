"""The length of every comparison page, so that max_page_size is a generated
constant instead of a computation the compiler repeats in every file that
includes page.hpp.

This counts what sipcodes/impl/page.ipp's render_page() writes, piece by piece,
in the same order; the compile-time tests (tests/compile_time) render every
pair in C++ and check that no page is longer than the generated bound and
that one page reaches it, so the two cannot drift apart unnoticed.
"""

from __future__ import annotations

import dataclasses

from spec_model import Spec

CODE = 3  # a code is written as three digits


@dataclasses.dataclass(frozen=True)
class CodeTexts:
    phrase: int
    class_digit: int
    class_name: int
    description: int  # in the page's locale
    when: int
    fix: int
    base_description: int  # in the base locale: the English sentences quote these
    base_when: int


def utf8(text: str) -> int:
    return len(text.encode("utf-8"))


def code_texts(spec: Spec) -> dict[tuple[str, int], CodeTexts]:
    """Per (locale, code): the byte lengths a page uses."""
    names = {k.digit: utf8(k.name) for k in spec.classes}
    result = {}
    for loc in spec.locales:
        for code in spec.codes:
            given = code.translations.get(loc.id, {}) if loc is not spec.locales[0] else {}
            result[(loc.id, code.code)] = CodeTexts(
                phrase=utf8(code.phrase), class_digit=code.code // 100, class_name=names[code.code // 100],
                description=utf8(given.get("description", code.description)),
                when=utf8(given.get("when", code.when)), fix=utf8(given.get("fix", code.fix)),
                base_description=utf8(code.description), base_when=utf8(code.when))
    return result


def class_relation(a: CodeTexts, b: CodeTexts, phrases: bool) -> int:
    """put_class_relation(): "302 (..) is a 3xx Redirection response, while ..." or "... are both ..."."""
    def subject(t: CodeTexts) -> int:
        return CODE + (len(" (") + t.phrase + len(")") if phrases else 0)

    def klass(t: CodeTexts) -> int:
        return 1 + len("xx ") + t.class_name

    if a.class_digit == b.class_digit:
        return subject(a) + len(" and ") + subject(b) + len(" are both ") + klass(a) + len(" responses.")
    return (subject(a) + len(" is a ") + klass(a) + len(" response, while ") + subject(b) + len(" is a ")
            + klass(b) + len(" response."))


def page_length(a: CodeTexts, b: CodeTexts, label: dict[str, int], sections: bool) -> int:
    """render_page() for two different registered codes; `label`: the locale's label lengths."""
    gap = 2 if sections else 1
    n = 0
    if sections:
        n += len("SIP") + gap  # breadcrumb
    n += len("SIP ") + CODE + 1 + a.phrase + len(" vs ") + CODE + 1 + b.phrase + gap
    n += (len("SIP ") + class_relation(a, b, True) + 1 + CODE + len(" indicates that ") + a.base_description
          + len(" In contrast, ") + CODE + len(" means that ") + b.base_description + gap)
    for t in (a, b):
        n += label["description"] + t.description + label["when"] + t.when + label["fix"] + t.fix + 6 * gap
    n += label["key_differences"] + gap
    for item in range(1, 6):
        if sections:
            n += len("1.") + gap
        if item == 1:
            n += class_relation(a, b, False)
        elif item in (2, 3):
            n += len("SIP ") + CODE + len(": ") + (a if item == 2 else b).description
        else:  # "You encounter 404 when ..." keeps the length of the `when` text
            n += len("You encounter ") + CODE + 1 + (a if item == 4 else b).base_when
        n += gap
    n += (label["when_to_use"] + gap + len("For ") + CODE + len(" (") + a.phrase + len(")") + len(": ") + a.fix
          + len(" For ") + CODE + len(" (") + b.phrase + len(")") + len(": ") + b.fix)
    if sections:
        n += gap + label["learn_more"]
    return n


def max_page_size(spec: Spec) -> int:
    """The longest page of any two different codes, in any locale and layout.

    A page's length is a sum: a part that depends on a alone, one on b alone and
    one on their two classes. So among the pairs whose codes are of classes
    (ca, cb), length(a, b) = length(a, b0) + length(a0, b) - length(a0, b0) for
    any a0 of ca and b0 of cb, and the longest pairs the a with the longest
    length(a, b0) with the b with the longest length(a0, b): a few evaluations
    per code instead of one per pair (600 codes make 359,400 pairs).
    """
    texts = code_texts(spec)
    longest = 0
    for loc in spec.locales:
        label = {field: utf8(text) for field, text in loc.labels.items()}
        by_class: dict[int, list[CodeTexts]] = {}
        for c in spec.codes:
            by_class.setdefault(c.code // 100, []).append(texts[(loc.id, c.code)])
        for sections in (False, True):
            for ca, firsts in by_class.items():
                for cb, seconds in by_class.items():
                    if ca == cb and len(firsts) < 2:
                        continue  # no two different codes in this class
                    a0, b0 = firsts[0], seconds[-1]  # different codes, also within one class

                    def length(a: CodeTexts, b: CodeTexts) -> int:
                        return page_length(a, b, label, sections)

                    base = length(a0, b0)
                    # Best first and second codes, each with its index (a != b within one class).
                    as_first = sorted(((length(a, b0), i) for i, a in enumerate(firsts)), reverse=True)[:2]
                    as_second = sorted(((length(a0, b), j) for j, b in enumerate(seconds)), reverse=True)[:2]
                    for fa, i in as_first:
                        for gb, j in as_second:
                            if ca != cb or i != j:
                                longest = max(longest, fa + gb - base)
    return longest
