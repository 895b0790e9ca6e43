"""The length of every page, so that max_page_size and max_html_size are
generated constants instead of computations the compiler repeats in every file
that includes page.hpp.

This renders what sipcodes/impl/page.ipp writes, piece by piece and in the
same order, as Python strings (the frames come from the spec, as in C++); the
unit tests (tests/unit/page_test.cpp) render every page in C++ and check that
none is longer than the generated bound and that one page reaches it, so the
two cannot drift apart unnoticed.
"""

from __future__ import annotations

import dataclasses

from spec_model import Spec

# The style sheet of every HTML page (generated/page.hpp: html_style): small,
# readable on a phone, no script, no web font.
STYLE = ("<style>\n"
         "body{font:16px/1.5 system-ui,sans-serif;max-width:46em;margin:0 auto;padding:0 1em;color:#222}\n"
         "nav a{color:#555}h1{font-size:1.6em}h2{border-bottom:1px solid #ddd}h3{margin-bottom:0}\n"
         "a{color:#0645ad}.summary{font-size:1.05em}ul.pairs{columns:16em}\n"
         "</style>\n")


def utf8(text: str) -> int:
    return len(text.encode("utf-8"))


def lowered(text: str) -> str:
    """detail::put_lowered: the first letter in lower case when it starts an ordinary word."""
    if text and "A" <= text[0] <= "Z" and (len(text) == 1 or text[1] == " " or "a" <= text[1] <= "z"):
        return text[0].lower() + text[1:]
    return text


def escape(text: str) -> str:
    """detail::html_escaping_sink."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#39;"))


@dataclasses.dataclass(frozen=True)
class Code:
    number: int
    phrase: str
    description: str
    when: str
    fix: str

    @property
    def digits(self) -> str:
        return f"{self.number:03d}"


@dataclasses.dataclass(frozen=True)
class View:
    """What a page is written in: the labels' locale and the words' (page_view)."""
    lang: str
    labels: dict
    frames: dict
    class_names: dict
    locale_ids: tuple


def codes_in(spec: Spec, words) -> list[Code]:
    """The codes with their texts in locale `words` (localized(): field by field, base as fallback)."""
    result = []
    for c in spec.codes:
        given = c.translations.get(words.id, {}) if words is not spec.locales[0] else {}
        result.append(Code(c.code, c.phrase, given.get("description", c.description), given.get("when", c.when),
                           given.get("fix", c.fix)))
    return result


def frame(view: View, name: str, values: dict) -> str:
    out = []
    for piece in view.frames[name]:
        if piece.slot is None:
            out.append(piece.text)
        else:
            value = values[piece.slot]
            out.append(lowered(value) if piece.lower else value)
    return "".join(out)


def klass(view: View, c: Code) -> str:
    digit = c.number // 100
    return f"{digit}xx {view.class_names[digit]}"


def class_relation(view: View, a: Code, b: Code, full: bool) -> str:
    sa = f"SIP {a.digits} ({a.phrase})" if full else a.digits
    sb = f"{b.digits} ({b.phrase})" if full else b.digits
    if a.number // 100 == b.number // 100:
        return frame(view, "class_same", {"a": sa, "b": sb, "class": klass(view, a)})
    return frame(view, "class_contrast", {"a": sa, "a_class": klass(view, a), "b": sb, "b_class": klass(view, b)})


def title(view: View, a: Code, b: Code) -> str:
    return frame(view, "title", {"a": a.digits, "a_phrase": a.phrase, "b": b.digits, "b_phrase": b.phrase})


def code_title(view: View, c: Code) -> str:
    return frame(view, "code_title", {"code": c.digits, "phrase": c.phrase})


def summary(view: View, a: Code, b: Code) -> str:
    contrast = frame(view, "contrast", {"a": a.digits, "a_text": a.description, "b": b.digits,
                                        "b_text": b.description})
    return frame(view, "summary", {"classes": class_relation(view, a, b, True), "contrast": contrast})


def difference(view: View, item: int, a: Code, b: Code) -> str:
    if item == 1:
        return class_relation(view, a, b, False)
    c = a if item in (2, 4) else b
    if item in (2, 3):
        return frame(view, "described", {"code": c.digits, "text": c.description})
    return frame(view, "encounter", {"code": c.digits, "when": c.when})


def when_to_use(view: View, a: Code, b: Code) -> str:
    fa, fb = (frame(view, "fix_for", {"code": c.digits, "phrase": c.phrase, "text": c.fix}) for c in (a, b))
    return frame(view, "fixes", {"a": fa, "b": fb})


def text_page(view: View, a: Code, b: Code, sections: bool) -> str:
    """render_page()."""
    gap = "\n\n" if sections else "\n"
    label = view.labels
    parts = (["SIP"] if sections else []) + [title(view, a, b), summary(view, a, b)]
    for c in (a, b):
        parts += [label["description"], c.description, label["when"], c.when, label["fix"], c.fix]
    parts.append(label["key_differences"])
    for item in range(1, 6):
        if sections:
            parts.append(f"{item}.")
        parts.append(difference(view, item, a, b))
    parts += [label["when_to_use"], when_to_use(view, a, b)]
    if sections:
        parts.append(label["learn_more"])
    return gap.join(parts)


def html_head(view: View, file: str, heading: str) -> str:
    """put_html_head()."""
    alternates = "".join(f'<link rel="alternate" hreflang="{o}" href="../{o}/{file}">\n'
                         for o in view.locale_ids if o != view.lang)
    return (f'<!DOCTYPE html>\n<html lang="{view.lang}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(heading)}</title>\n{alternates}{STYLE}</head>\n<body>\n"
            f'<nav><a href="../index.html">SIP</a></nav>\n<main>\n<h1>{escape(heading)}</h1>\n')


HTML_END = "</main>\n</body>\n</html>\n"


def html_texts(view: View, c: Code, level: str) -> str:
    return "".join(f"<h{level}>{escape(view.labels[k])}</h{level}>\n<p>{escape(text)}</p>\n"
                   for k, text in (("description", c.description), ("when", c.when), ("fix", c.fix)))


def html_page(view: View, a: Code, b: Code) -> str:
    """render_html_page()."""
    out = [html_head(view, f"{a.digits}-vs-{b.digits}.html", title(view, a, b)),
           f'<p class="summary">{escape(summary(view, a, b))}</p>\n']
    for c in (a, b):
        out.append(f"<section>\n<h2>{escape(code_title(view, c))}</h2>\n{html_texts(view, c, '3')}"
                   f'<p><a href="{c.digits}.html">{escape(view.labels["learn_more"])}: '
                   f"{escape(code_title(view, c))}</a></p>\n</section>\n")
    out.append(f"<h2>{escape(view.labels['key_differences'])}</h2>\n<ol>\n")
    out += [f"<li>{escape(difference(view, item, a, b))}</li>\n" for item in range(1, 6)]
    out.append(f"</ol>\n<h2>{escape(view.labels['when_to_use'])}</h2>\n<p>{escape(when_to_use(view, a, b))}</p>\n")
    out.append(HTML_END)
    return "".join(out)


def html_code_page(view: View, c: Code, others: list[Code]) -> str:
    """render_html_code_page()."""
    out = [html_head(view, f"{c.digits}.html", code_title(view, c)),
           f'<p class="class">{escape(klass(view, c))}</p>\n', html_texts(view, c, "2"),
           f"<h2>{escape(frame(view, 'compare', {'code': c.digits}))}</h2>\n<ul class=\"pairs\">\n"]
    out += [f'<li><a href="{c.digits}-vs-{o.digits}.html">{o.digits} {escape(o.phrase)}</a></li>\n'
            for o in others if o.number != c.number]
    out.append("</ul>\n" + HTML_END)
    return "".join(out)


def views(spec: Spec):
    """Every (view, codes in its words): each locale with texts::localized and texts::reference."""
    ids = tuple(loc.id for loc in spec.locales)
    base = spec.locales[0]
    for loc in spec.locales:
        for words in (loc, base) if loc is not base else (loc,):
            yield View(loc.id, loc.labels, words.frames, words.class_names, ids), codes_in(spec, words)


def longest_pair(codes: list[Code], length) -> int:
    """The longest length(a, b) over two different codes.

    A page's length is a sum: a part that depends on a alone, one on b alone and
    one on their two classes. So with r(c) the first code of c's class and any
    code x, length(a, b) = length(r(a), r(b)) + [length(a, x) - length(r(a), x)]
    + [length(x, b) - length(x, r(b))], and the longest pair of two classes joins
    the codes with the two largest gains of each: two evaluations per code and
    one per pair of classes instead of one per pair (600 codes make 359,400).
    """
    by_class: dict[int, list[Code]] = {}
    for c in codes:
        by_class.setdefault(c.number // 100, []).append(c)
    x = codes[0]
    firsts, seconds = {}, {}  # class -> its two largest (gain, index) as the first and as the second code
    for digit, members in by_class.items():
        first_base, second_base = length(members[0], x), length(x, members[0])
        firsts[digit] = sorted(((length(a, x) - first_base, i) for i, a in enumerate(members)), reverse=True)[:2]
        seconds[digit] = sorted(((length(x, b) - second_base, j) for j, b in enumerate(members)), reverse=True)[:2]
    longest = 0
    for ca, members_a in by_class.items():
        for cb, members_b in by_class.items():
            if ca == cb and len(members_a) < 2:
                continue  # no two different codes in this class
            base = length(members_a[0], members_b[0])
            for ga, i in firsts[ca]:
                for gb, j in seconds[cb]:
                    if ca != cb or i != j:
                        longest = max(longest, base + ga + gb)
    return longest


def max_page_size(spec: Spec) -> int:
    """The longest text page of any two different codes, in any locale, layout and texts."""
    return max(longest_pair(codes, lambda a, b: utf8(text_page(view, a, b, sections)))
               for view, codes in views(spec) for sections in (False, True))


def max_html_size(spec: Spec) -> int:
    """The longest HTML page: a pair's or a code's, in any locale and texts."""
    longest = 0
    for view, codes in views(spec):
        longest = max(longest, longest_pair(codes, lambda a, b: utf8(html_page(view, a, b))))
        longest = max([longest] + [utf8(html_code_page(view, c, codes)) for c in codes])
    return longest
