"""Validates a loaded spec and turns it into a typed model.

Nothing is rendered until the whole spec has been checked: every problem is
collected with its line, and the run fails with all of them at once.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import unicodedata

import gateway_model
from diagnostics import Collector
from spec_loader import Mapping, Node, Scalar, Sequence, article, describe

SPEC_FORMAT = 1

# RFC 3261 §7.2 fixes the six classes by their first digit; the spec names them.
CLASS_IDS = {
    1: "provisional",
    2: "success",
    3: "redirection",
    4: "client_failure",
    5: "server_failure",
    6: "global_failure",
}

MIN_CODE, MAX_CODE = 100, 699  # RFC 3261 §7.2 / §25.1: Status-Code is 3 digits, 1xx..6xx
MAX_PHRASE_BYTES = 63
MAX_TEXT_BYTES = 1000
MAX_REFERENCE_BYTES = 64

CODE_FIELDS_REQUIRED = ("code", "phrase", "id", "references", "action", "action_source",
                        "description", "when", "fix")
CODE_FIELDS_OPTIONAL = ("deprecated", "headers_must", "headers_one_of", "headers_should",
                        "headers_source", "translations", "answers", "answers_not", "answers_source",
                        "dialog", "dialog_for", "dialog_source", "headers_must_for", "headers_must_for_source",
                        "action_for", "action_for_source")
TOP_LEVEL_REQUIRED = ("format", "version", "classes", "frames", "locales", "headers", "actions", "codes")
TOP_LEVEL_OPTIONAL = ("methods", "dialog_defaults", "header_responses")
# A pattern of response codes in `header_responses`, as RFC 3261 §20 writes them:
# 404, 2xx, 18x, 300-699.
_CODE_PATTERN = re.compile(r"([1-6])(?:([0-9])(?:([0-9])|x)|xx)\Z|([1-6][0-9][0-9])-([1-6][0-9][0-9])\Z")
METHOD_FIELDS = ("references",)
METHOD_FIELDS_OPTIONAL = ("id", "answered", "answered_source")
MAX_METHODS = 32  # one bit each in a 32-bit set
# What a response to a request inside a dialog does to the dialog and its
# usages (RFC 5057 §5.1): a closed set, in the order of the C++ enum.
DIALOG_IMPACTS = ("none", "transaction_only", "usage", "dialog")
# RFC 3261 §25.1: token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")
_TOKEN = re.compile(r"[A-Za-z0-9.!%*_+`'~-]+\Z")
_VERSION = re.compile(r"(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})\.(0|[1-9][0-9]{0,3})\Z")
MAX_HEADERS = 64  # one bit each in a 64-bit set
MAX_SOURCE_BYTES = 120
TEXT_FIELDS = ("description", "when", "fix")
LABEL_FIELDS = ("description", "when", "fix", "key_differences", "when_to_use", "learn_more")
LOCALE_FIELDS = ("name",) + LABEL_FIELDS
LOCALE_OPTIONAL_FIELDS = ("file",)
MAX_LABEL_BYTES = 120
MAX_FRAME_BYTES = 300

# The sentence frames of the pages: each frame's placeholders, every one of which
# a frame uses exactly once. `{name:lower}` writes the text with its first letter
# in lower case (English runs a description on after "indicates that").
# {a}/{b}: a code ("302"), or in the summary's class sentence "SIP 302 (Moved
# Temporarily)" / "430 (Flow Failed)"; {a_class}: "3xx Redirection"; {a_text}: a
# description; {when}: a `when` text; {text}: a description or a fix. The
# summary puts the class sentence ({classes}) and the contrast ({contrast})
# together, `fixes` the two fix_for sentences ({a}, {b}): with a space in
# English, with none in Japanese or Chinese.
FRAMES = {
    "title": ("a", "a_phrase", "b", "b_phrase"),
    "class_contrast": ("a", "a_class", "b", "b_class"),
    "class_same": ("a", "b", "class"),
    "contrast": ("a", "a_text", "b", "b_text"),
    "described": ("code", "text"),
    "encounter": ("code", "when"),
    "fix_for": ("code", "phrase", "text"),
    "code_title": ("code", "phrase"),
    "compare": ("code",),
    "summary": ("classes", "contrast"),
    "fixes": ("a", "b"),
}
# Every placeholder any frame has, in the order of the generated enum (0 is a literal).
FRAME_SLOTS = ("a", "b", "a_class", "b_class", "class", "a_text", "b_text", "code", "text", "when", "phrase",
               "a_phrase", "b_phrase", "classes", "contrast")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
LOCALE_FILE_FIELDS = ("locale",)
LOCALE_FILE_OPTIONAL = ("classes", "frames", "codes")

# The comparison page says "You encounter 404 when <rest>" for a `when` text that
# starts with "When", and "You encounter 202 <text>" for one that starts with a
# preposition ("After sending a REFER ..."); anything else would not read.
WHEN_OPENERS = ("When", "Whenever", "After", "Before", "During", "While", "Once", "If",
                "In", "On", "Upon", "At")
# Languages that double words by grammar (Vietnamese "song song", in parallel):
# their texts are not checked for a repeated word.
REDUPLICATING_LOCALES = ("vi",)
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
# A text ends a sentence: the page runs texts on ("... For 430 (Flow Failed): ...").
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f][)\"'\u00bb\u300d\u300f]*\Z")

# Every C++ keyword and alternative token up to C++23: an enumerator may not be one.
CXX_KEYWORDS = frozenset("""
alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t
char16_t char32_t class compl concept const consteval constexpr constinit const_cast
continue co_await co_return co_yield decltype default delete do double dynamic_cast else
enum explicit export extern false float for friend goto if inline int long mutable
namespace new noexcept not not_eq nullptr operator or or_eq private protected public
register reinterpret_cast requires return short signed sizeof static static_assert
static_cast struct switch template this thread_local throw true try typedef typeid
typename union unsigned using virtual void volatile wchar_t while xor xor_eq
final override import module
""".split())

# Names that firmware SDKs, C libraries and Windows headers define as macros. An
# enumerator spelt like one of them breaks the build of whoever includes both.
COMMON_MACROS = frozenset("""
OK ERROR TRUE FALSE DELETE IN OUT INOUT OPTIONAL NULL EOF SUCCESS FAILURE FAILED FAIL
PASS BUSY TIMEOUT IDLE READY ENABLE DISABLE ENABLED DISABLED ON OFF HIGH LOW SET RESET
NO_ERROR ERR NONE UNKNOWN DEBUG NDEBUG INFO WARN WARNING ASSERT BIT MIN MAX ABS
min max abs errno assert offsetof stdin stdout stderr unix linux i386 BUFSIZ
EXIT_SUCCESS EXIT_FAILURE INFINITE CONST VOID NEAR FAR PASCAL CALLBACK interface small
near far pascal cdecl hyper major minor unix_like
""".split())

_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\Z")


def is_identifier(text: str) -> bool:
    """A snake_case identifier: what ids, namespaces and file names must be."""
    return _IDENTIFIER.match(text) is not None


def is_escaped_keyword(text: str) -> bool:
    """A C++ keyword with one trailing underscore ('register_'): the one way an
    enumerator may spell a keyword (nanopb's rule). No other id ends in '_'."""
    return text.endswith("_") and text[:-1] in CXX_KEYWORDS


def is_enumerator(text: str) -> bool:
    """What an id of the spec (a code, a header, an action, a method) must be:
    a snake_case identifier that is not a keyword, or an escaped keyword."""
    return (is_identifier(text) and text not in CXX_KEYWORDS) or is_escaped_keyword(text)


def method_enumerator(name: str) -> str:
    """The C++ enumerator of a method name: lower case, a keyword escaped with
    a trailing underscore (REGISTER -> register_)."""
    lower = name.lower()
    return lower + "_" if lower in CXX_KEYWORDS else lower


def is_token(text: str) -> bool:
    """RFC 3261 §25.1 token: what a method name (extension-method) is."""
    return _TOKEN.match(text) is not None


_DECIMAL = re.compile(r"[0-9]{1,6}\Z")

# RFC 3261 §25.1: Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII
# / UTF8-CONT / SP / HTAB). HTAB is left out: a phrase is printed on one line.
_PHRASE_ASCII = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "-_.!~*'()" ";/?:@&=+$," "% ")
_ESCAPED = re.compile(r"%[0-9A-Fa-f]{2}")


@dataclasses.dataclass(frozen=True)
class StatusClass:
    digit: int
    id: str
    name: str


@dataclasses.dataclass(frozen=True)
class FramePiece:
    """A literal text, or a placeholder (slot) the page fills in."""
    slot: str | None  # None: a literal
    text: str  # the literal; "" for a placeholder
    lower: bool = False


@dataclasses.dataclass(frozen=True)
class Locale:
    id: str
    name: str
    labels: dict  # LABEL_FIELDS -> text
    # FRAMES -> pieces, and class digit -> name: the locale's own or, where it
    # gives none, the base locale's (filled in after validation).
    frames: dict = dataclasses.field(default_factory=dict)
    class_names: dict = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Named:
    """An entry of a closed set the spec defines: a C++ identifier and its text."""
    id: str
    text: str


@dataclasses.dataclass(frozen=True, kw_only=True)
class Method:
    """An entry of the IANA "Methods" registry."""
    name: str  # on the wire: "REGISTER"
    id: str  # the C++ enumerator: "register_"
    references: tuple[str, ...]
    answered: bool  # False: no response answers it (ACK)
    answered_source: str | None


@dataclasses.dataclass(frozen=True, kw_only=True)
class Code:
    code: int
    phrase: str
    id: str
    references: tuple[str, ...]
    deprecated: bool
    description: str
    when: str
    fix: str
    line: int
    translations: dict  # locale id -> {field: text}, only the fields given
    action: str
    action_source: str
    headers_must: tuple[str, ...]  # header ids
    headers_should: tuple[str, ...]
    headers_source: str | None
    headers_one_of: tuple[str, ...] = ()  # at least one of them is a MUST
    answers: tuple[str, ...] | None = None  # method names it may answer; None: every answered method
    answers_not: tuple[str, ...] = ()  # method names it may not answer
    answers_source: str | None = None
    dialog: str | None = None  # one of DIALOG_IMPACTS; None: its class's default
    dialog_for: dict = dataclasses.field(default_factory=dict)  # method name -> impact
    dialog_source: str | None = None
    headers_must_for: dict = dataclasses.field(default_factory=dict)  # method name -> header ids
    headers_must_for_source: str | None = None
    action_for: dict = dataclasses.field(default_factory=dict)  # method name -> action id
    action_for_source: str | None = None


@dataclasses.dataclass(frozen=True, kw_only=True)
class Spec:
    label: str
    version: tuple[int, int, int]  # semantic version of the generated API
    classes: tuple[StatusClass, ...]
    locales: tuple[Locale, ...]  # the first is the base locale
    frames: dict  # FRAMES -> pieces, of the base locale
    headers: tuple[Named, ...]  # text: the field name on the wire
    actions: tuple[Named, ...]  # text: what the client does
    codes: tuple[Code, ...]  # ascending by code
    methods: tuple[Method, ...] = ()  # in the spec's order
    dialog_defaults: dict = dataclasses.field(default_factory=dict)  # class digit -> impact
    # header id -> (codes it may appear in, the RFC section); a header not listed may appear in any response
    header_responses: dict = dataclasses.field(default_factory=dict)

    def allows(self, header: str, code: Code) -> bool:
        """May a response with this code carry this header? Yes unless header_responses
        confines the header to other codes; and always if the code itself names
        the header (a code's own RFC extends the table: a vendor's 4xx with Retry-After)."""
        if header not in self.header_responses or code.code in self.header_responses[header][0]:
            return True
        named = code.headers_must + code.headers_one_of + code.headers_should
        return header in named or any(header in ids for ids in code.headers_must_for.values())

    def answer_methods(self, code: Code) -> tuple[str, ...]:
        """The names of the methods a response with this code may answer."""
        listed = code.answers if code.answers is not None else tuple(m.name for m in self.methods)
        return tuple(m.name for m in self.methods
                     if m.answered and m.name in listed and m.name not in code.answers_not)

    def impact_of(self, code: Code) -> str:
        """What a response with this code does to a dialog, whatever the method."""
        return code.dialog or self.dialog_defaults.get(code.code // 100, "none")
    gateway: gateway_model.Gateway | None = None  # Q.850 / RFC 3398 / Warning (gateway_model.py)


def _control_char(text: str) -> str | None:
    """The first control or line-breaking character in `text`, if any."""
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch != "\u200d":
            return ch
    return None


def _suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class _Validator:
    def __init__(self, label: str):
        self.out = Collector(label)

    # Scalars -----------------------------------------------------------------

    def string(self, node: Node, what: str, max_bytes: int) -> str | None:
        if not isinstance(node, Scalar):
            self.out.error(node.line, f"{what} must be a string, not {describe(node)}")
            return None
        if node.kind == "null" and not node.text:
            self.out.error(node.line, f"{what} has no value")
            return None
        if node.kind != "string":
            self.out.error(node.line, f"{what} is read as {article(node.kind)} ({node.text!r}); "
                           "put it in quotes")
            return None
        text = node.text
        if not text.strip():
            self.out.error(node.line, f"{what} is empty")
            return None
        bad = _control_char(text)
        if bad is not None:
            kind = "a line break" if bad in "\r\n\u2028\u2029" else f"control character U+{ord(bad):04X}"
            self.out.error(node.line, f"{what} contains {kind}; write it on one line "
                           "without control characters")
            return None
        if text != text.strip():
            self.out.error(node.line, f"{what} has leading or trailing spaces")
            return None
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            self.out.error(node.line, f"{what} is {size} bytes long; the limit is {max_bytes}")
            return None
        return text

    def phrase(self, node: Node, what: str) -> str | None:
        text = self.string(node, what, MAX_PHRASE_BYTES)
        if text is None:
            return None
        for ch in text:
            if ord(ch) < 0x80 and ch not in _PHRASE_ASCII:
                self.out.error(node.line, f"{what} contains {ch!r}, which RFC 3261 §25.1 does "
                               "not allow in a Reason-Phrase")
                return None
        if "%" in _ESCAPED.sub("", text):
            self.out.error(node.line, f"{what} has a '%' that is not followed by two hex "
                           "digits (RFC 3261 §25.1 escaped)")
            return None
        return text

    def integer(self, node: Node, what: str) -> int | None:
        if not isinstance(node, Scalar) or node.kind != "integer":
            self.out.error(node.line, f"{what} must be an integer, not {describe(node)}")
            return None
        if not _DECIMAL.match(node.text):
            shown = node.text if len(node.text) <= 20 else node.text[:20] + "..."
            self.out.error(node.line, f"{what} '{shown}' is not a plain decimal number "
                           "(no sign, base prefix, underscores or more than 6 digits)")
            return None
        return int(node.text)

    def boolean(self, node: Node, what: str) -> bool | None:
        if not isinstance(node, Scalar) or node.kind != "boolean":
            self.out.error(node.line, f"{what} must be true or false, not {describe(node)}")
            return None
        return node.text.lower() in ("true", "yes", "on", "y")

    # Structure ---------------------------------------------------------------

    def fields(self, node: Mapping, what: str, required, optional=(), line=None) -> bool:
        """Reports unknown and missing keys of a mapping; True if all is well.
        Missing keys are reported at `line` (the mapping's key) or the mapping's start."""
        ok = True
        for key in node:
            if key not in required and key not in optional:
                self.out.error(node.key_lines[key],
                               f"unknown field '{key}' in {what}{_suggest(key, (*required, *optional))}")
                ok = False
        for key in required:
            if key not in node:
                self.out.error(line or node.line, f"{what} is missing the field '{key}'")
                ok = False
        return ok

    def identifier(self, node: Node, label: str) -> str | None:
        name = self.string(node, f"the id of {label}", 64)
        if name is None:
            return None
        what = f"the id '{name}' of {label}"
        if name in COMMON_MACROS:
            self.out.error(node.line, f"{what} is the name of a common macro "
                           "(windows.h, firmware SDKs, C headers) and would not compile "
                           "next to it; choose another name")
            return None
        if name in CXX_KEYWORDS:
            self.out.error(node.line, f"{what} is a C++ keyword; choose another name "
                           f"or escape it as '{name}_'")
            return None
        if not is_enumerator(name):
            self.out.error(node.line, f"{what} is not a snake_case identifier "
                           "(lower-case letters, digits and single underscores, starting "
                           "with a letter; a trailing underscore only after a C++ keyword)")
            return None
        return name

    # The spec ----------------------------------------------------------------

    def spec(self, root: Node) -> Spec | None:
        if not isinstance(root, Mapping):
            self.out.error(root.line, f"the spec must be a mapping with the keys "
                           f"{', '.join(TOP_LEVEL_REQUIRED)}, not {describe(root)}")
            return None
        self.fields(root, "the spec", TOP_LEVEL_REQUIRED,
                    ("extends", "only", "remove") + TOP_LEVEL_OPTIONAL + gateway_model.TOP_LEVEL_KEYS)
        if "format" in root:
            fmt = self.integer(root["format"], "format")
            if fmt is not None and fmt != SPEC_FORMAT:
                self.out.error(root["format"].line, f"format {fmt} is not supported; this "
                               f"generator reads format {SPEC_FORMAT}")
        version = (0, 0, 0)
        if "version" in root:
            text = self.string(root["version"], "version", 32)
            match = _VERSION.match(text or "")
            if text is not None and not match:
                self.out.error(root["version"].line, f"version '{text}' is not MAJOR.MINOR.PATCH "
                               "(semantic versioning, e.g. 1.4.0)")
            elif match:
                version = tuple(int(g) for g in match.groups())
        classes = self.classes(root["classes"], root.key_lines.get("classes")) if "classes" in root else ()
        base_frames = self.frames(root["frames"], "the spec", complete=True) if "frames" in root else {}
        self.locale_ids = ()
        self.locale_files: dict[str, Mapping] = {}
        locales = self.locales(root["locales"]) if "locales" in root else ()
        self.locale_ids = tuple(loc.id for loc in locales)
        headers = self.named_set(root["headers"], "headers", MAX_HEADERS) if "headers" in root else ()
        actions = self.named_set(root["actions"], "actions", 255) if "actions" in root else ()
        self.header_ids = {h.text.lower(): h.id for h in headers}
        self.header_names = [h.text for h in headers]
        self.action_ids = [a.id for a in actions]
        methods = self.methods(root["methods"]) if "methods" in root else ()
        self.method_names = [m.name for m in methods]
        dialog_defaults = self.dialog_defaults(root["dialog_defaults"]) if "dialog_defaults" in root else {}
        header_responses = self.header_responses(root["header_responses"]) if "header_responses" in root else {}
        codes = self.codes(root["codes"]) if "codes" in root else ()
        gateway = gateway_model.validate(self, root, codes)
        locales = tuple(self.locale_file(loc, codes) for loc in locales)
        if self.out.errors:
            return None
        # Whatever a locale does not give falls back to the base locale's.
        base_names = {k.digit: k.name for k in classes}
        locales = tuple(dataclasses.replace(loc, frames={**base_frames, **loc.frames},
                                            class_names={**base_names, **loc.class_names})
                        for loc in locales)
        return Spec(label=self.out.file, version=version, classes=classes, locales=locales, frames=base_frames,
                    headers=headers, actions=actions, codes=codes, methods=methods, dialog_defaults=dialog_defaults,
                    header_responses=header_responses, gateway=gateway)

    def header_responses(self, node: Node) -> dict:
        """Header name -> {responses: [code patterns], source: RFC section}: the only
        responses that may carry that header (RFC 3261 §20, Tables 2 and 3)."""
        if not isinstance(node, Mapping):
            self.out.error(node.line, "header_responses must map header names to the responses that may carry them")
            return {}
        result = {}
        for name, value in node.items():
            line = node.key_lines[name]
            ident = self.header_ids.get(name.lower())
            if ident is None:
                self.out.error(line, f"'{name}' in header_responses is not one of the spec's headers"
                               f"{_suggest(name, self.header_names)}")
                continue
            label = f"the header_responses of {name}"
            if not isinstance(value, Mapping):
                self.out.error(value.line, f"{label} must be a mapping with responses and source")
                continue
            if not self.fields(value, label, ("responses", "source"), line=line):
                continue
            source = self.string(value["source"], f"the source of {label}", MAX_SOURCE_BYTES)
            patterns = value["responses"]
            if not isinstance(patterns, Sequence) or not patterns:
                self.out.error(patterns.line, f"the responses of {label} must be a non-empty list such as "
                               "[404, 2xx, 18x, 300-699]")
                continue
            codes = set()
            for item in patterns:
                match = _CODE_PATTERN.match(item.text) if isinstance(item, Scalar) else None
                if match is None:
                    self.out.error(item.line, f"'{getattr(item, 'text', describe(item))}' in {label} is not a "
                                   "code pattern (404, 2xx, 18x or 300-699)")
                    continue
                if match.group(4):
                    low, high = int(match.group(4)), int(match.group(5))
                else:
                    text = item.text.replace("x", "0")
                    low = int(text)
                    high = low + (99 if item.text.endswith("xx") else 9 if item.text.endswith("x") else 0)
                codes.update(range(max(low, MIN_CODE), min(high, MAX_CODE) + 1))
            if source is not None:
                result[ident] = (frozenset(codes), source)
        return result

    def methods(self, node: Node) -> tuple[Method, ...]:
        """The methods registry: name on the wire -> references (and the C++ id
        when the lower-cased name is not one)."""
        if not isinstance(node, Mapping) or not node:
            self.out.error(node.line, "methods must map each method name (INVITE, ...) to its references")
            return ()
        if len(node) > MAX_METHODS:
            self.out.error(node.line, f"methods has {len(node)} entries; at most {MAX_METHODS} are supported")
            return ()
        result, ids = [], {}
        for name, value in node.items():
            line = node.key_lines[name]
            if not is_token(name):
                self.out.error(line, f"method '{name}' is not a token (RFC 3261 §25.1: letters, digits "
                               "and -.!%*_+`'~), so no request can carry it")
                continue
            label = f"method {name}"
            if not isinstance(value, Mapping) or not self.fields(value, label, METHOD_FIELDS,
                                                                  METHOD_FIELDS_OPTIONAL, line=line):
                if not isinstance(value, Mapping):
                    self.out.error(value.line, f"{label} must be a mapping with its references")
                continue
            ident = self.identifier(value["id"], label) if "id" in value else method_enumerator(name)
            if ident is not None and not is_enumerator(ident):
                self.out.error(line, f"{label} gives no C++ identifier when lower-cased ('{ident}'); "
                               "give it an id")
                ident = None
            references = self.references(value["references"], label)
            answered = self.boolean(value["answered"], f"answered of {label}") if "answered" in value else True
            source = self.string(value["answered_source"], f"the answered_source of {label}",
                                 MAX_SOURCE_BYTES) if "answered_source" in value else None
            if answered is False and source is None and "answered_source" not in value:
                self.out.error(value.key_lines["answered"], f"{label} is never answered but gives no "
                               "answered_source (the RFC section that says so)")
            if ident is None or references is None or answered is None:
                continue
            if ident in ids:
                self.out.error(line, f"method {name} has the C++ id '{ident}' of method {ids[ident]}; "
                               "give one of them another id")
                continue
            ids[ident] = name
            result.append(Method(name=name, id=ident, references=references, answered=answered,
                                 answered_source=source))
        return tuple(result)

    def impact(self, node: Node, what: str) -> str | None:
        text = self.string(node, what, 32)
        if text is not None and text not in DIALOG_IMPACTS:
            self.out.error(node.line, f"{what}, '{text}', is not one of {', '.join(DIALOG_IMPACTS)}"
                           f"{_suggest(text, DIALOG_IMPACTS)}")
            return None
        return text

    def dialog_defaults(self, node: Node) -> dict:
        if not isinstance(node, Mapping):
            self.out.error(node.line, "dialog_defaults must map each class digit (1 to 6) to a dialog impact")
            return {}
        result = {}
        for key, value in node.items():
            if key not in ("1", "2", "3", "4", "5", "6"):
                self.out.error(node.key_lines[key], f"dialog_defaults: '{key}' is not a class digit (1 to 6)")
                continue
            impact = self.impact(value, f"the dialog impact of class {key}xx")
            if impact is not None:
                result[int(key)] = impact
        return result

    # Sentence frames -----------------------------------------------------------

    def frame(self, node: Node, what: str, name: str) -> tuple[FramePiece, ...] | None:
        """A frame's text split into literals and placeholders, all of them checked."""
        text = self.string(node, what, MAX_FRAME_BYTES)
        if text is None:
            return None
        allowed = FRAMES[name]
        shown = ", ".join("{" + p + "}" for p in allowed)
        pieces: list[FramePiece] = []
        used: list[str] = []
        ok = True
        position = 0
        for match in [*_PLACEHOLDER.finditer(text), None]:
            literal = text[position:match.start() if match else len(text)]
            if "{" in literal or "}" in literal:
                self.out.error(node.line, f"{what} has an unpaired '{{' or '}}'; placeholders are "
                               f"written {{name}} ({shown})")
                return None
            if literal:
                pieces.append(FramePiece(None, literal))
            if match is None:
                break
            position = match.end()
            slot, _, modifier = match.group(1).partition(":")
            if slot not in allowed:
                self.out.error(node.line, f"{what} has the placeholder {{{match.group(1)}}}, which is not one of "
                               f"{shown}{_suggest(slot, allowed)}")
                ok = False
                continue
            if modifier not in ("", "lower"):
                self.out.error(node.line, f"{what}: '{{{match.group(1)}}}': the only modifier is ':lower' "
                               f"(write {{{slot}}} or {{{slot}:lower}})")
                ok = False
                continue
            if slot in used:
                self.out.error(node.line, f"{what} uses the placeholder {{{slot}}} twice; use each once")
                ok = False
                continue
            used.append(slot)
            pieces.append(FramePiece(slot, "", modifier == "lower"))
        missing = [p for p in allowed if p not in used]
        if missing and ok:
            self.out.error(node.line, f"{what} lacks the placeholder"
                           f"{'s' if len(missing) > 1 else ''} {', '.join('{' + p + '}' for p in missing)}; "
                           f"a {name} frame has {shown}")
            ok = False
        return tuple(pieces) if ok else None

    def frames(self, node: Node, owner: str, complete: bool) -> dict:
        """`frames`: FRAMES -> pieces; all of them when `complete` (the base locale)."""
        what = f"the frames of {owner}"
        if not isinstance(node, Mapping):
            self.out.error(node.line, f"{what} must map frame names ({', '.join(FRAMES)}) to sentences")
            return {}
        self.fields(node, what, FRAMES if complete else (), () if complete else FRAMES)
        result = {}
        for name in FRAMES:
            if name in node:
                pieces = self.frame(node[name], f"the {name} frame of {owner}", name)
                if pieces is not None:
                    result[name] = pieces
        return result

    # Locale files ---------------------------------------------------------------

    def locale_file(self, loc: Locale, codes: tuple[Code, ...]) -> Locale:
        """Reads the file a locale names (spec/locales/<id>.yaml): its class names,
        frames and per-code texts, which go into the codes' translations."""
        node = self.locale_files.get(loc.id)
        if node is None:
            return loc
        what = f"the {loc.id} locale file"
        if not isinstance(node, Mapping):
            self.out.error(node.line, f"{what} must be a mapping with the keys locale, classes, frames, codes")
            return loc
        self.fields(node, what, LOCALE_FILE_FIELDS, LOCALE_FILE_OPTIONAL)
        if "locale" in node:
            given = self.string(node["locale"], f"the locale of {what}", 64)
            if given is not None and given != loc.id:
                self.out.error(node["locale"].line, f"{what} says it is locale '{given}'; the spec names it "
                               f"as locale '{loc.id}'")
        class_names = {}
        if "classes" in node:
            classes = node["classes"]
            if not isinstance(classes, Mapping):
                self.out.error(classes.line, f"the classes of {what} must map each class digit (1 to 6) to its name")
            else:
                self.fields(classes, f"the classes of {what}", ("1", "2", "3", "4", "5", "6"),
                            line=node.key_lines["classes"])
                for key in ("1", "2", "3", "4", "5", "6"):
                    if key in classes:
                        name = self.string(classes[key], f"the name of class {key}xx in {what}", MAX_PHRASE_BYTES)
                        if name is not None:
                            class_names[int(key)] = name
        frames = self.frames(node["frames"], what, complete=False) if "frames" in node else {}
        if "codes" in node:
            self.locale_codes(node["codes"], loc.id, what, {c.code: c for c in codes})
        return dataclasses.replace(loc, frames=frames, class_names=class_names)

    def locale_codes(self, node: Node, loc: str, what: str, by_number: dict) -> None:
        if not isinstance(node, Sequence):
            self.out.error(node.line, f"the codes of {what} must be a list of codes with their texts")
            return
        seen: dict[int, int] = {}
        for item in node:
            if not isinstance(item, Mapping):
                self.out.error(item.line, f"each entry of the codes of {what} must be a mapping, "
                               f"not {describe(item)}")
                continue
            number = self.integer(item["code"], f"a code in {what}") if "code" in item else None
            label = f"code {number} in {what}" if number is not None else f"a code in {what}"
            if not self.fields(item, label, ("code",), TEXT_FIELDS):
                continue
            if number is None:
                continue
            if number in seen:
                self.out.error(item.line, f"duplicate code {number} in {what} (first at line {seen[number]}); "
                               "each code may appear once")
                continue
            seen[number] = item.line
            code = by_number.get(number)
            if code is None and number in getattr(self, "code_numbers", ()):
                continue  # the code itself is in error, and reported
            if code is None:
                self.out.error(item["code"].line, f"{what} has texts for code {number}, which the spec does not "
                               "have")
                continue
            if loc in code.translations:
                self.out.error(item.line, f"{what} gives the texts of code {number}, which its translations "
                               f"in the spec (line {code.line}) give too; keep one of them")
                continue
            if not any(f in item for f in TEXT_FIELDS):
                self.out.error(item.line, f"{label} must give at least one of {', '.join(TEXT_FIELDS)}")
                continue
            texts = {f: self.text(item[f], f"the {loc} {f} of code {number}", loc) for f in TEXT_FIELDS if f in item}
            if None not in texts.values():
                code.translations[loc] = texts

    def named_set(self, node: Node, what: str, limit: int) -> tuple[Named, ...]:
        """A mapping of C++ identifier -> text (the `headers` and `actions` sets)."""
        if not isinstance(node, Mapping) or not node:
            self.out.error(node.line, f"{what} must map C++ identifiers to their text")
            return ()
        if len(node) > limit:
            self.out.error(node.line, f"{what} has {len(node)} entries; at most {limit} are supported")
            return ()
        result, texts = [], {}
        for key, value in node.items():
            line = node.key_lines[key]
            if not is_enumerator(key) or key in COMMON_MACROS:
                self.out.error(line, f"'{key}' in {what} must be a snake_case identifier that is "
                               "neither a C++ keyword (escape one as 'name_') nor a common macro")
                continue
            text = self.string(value, f"the text of '{key}' in {what}", MAX_TEXT_BYTES)
            if text is None:
                continue
            if text.lower() in texts:
                self.out.error(value.line, f"'{key}' in {what} repeats the text of '{texts[text.lower()]}'")
                continue
            texts[text.lower()] = key
            result.append(Named(key, text))
        return tuple(result)

    def locales(self, node: Node) -> tuple[Locale, ...]:
        if not isinstance(node, Mapping) or not node:
            self.out.error(node.line, "locales must map each locale id (en, ja, ...) to its labels")
            return ()
        result = []
        for key, value in node.items():
            line = node.key_lines[key]
            if not _IDENTIFIER.match(key) or key in CXX_KEYWORDS or key in COMMON_MACROS:
                self.out.error(line, f"locale id '{key}' must be a lower-case identifier such as "
                               "'ja' or 'pt_br' that is not a C++ keyword")
                continue
            if not isinstance(value, Mapping):
                self.out.error(value.line, f"locale '{key}' must be a mapping of its labels")
                continue
            if not self.fields(value, f"locale '{key}'", LOCALE_FIELDS, LOCALE_OPTIONAL_FIELDS, line=line):
                continue
            if "file" in value:
                if not isinstance(value["file"], Scalar) and key != self.base_locale(node):
                    self.locale_files[key] = value["file"]
                else:  # spec_merge reads the file and puts its content here
                    self.out.error(value["file"].line, f"the file of locale '{key}' must name a locale file "
                                   "(e.g. locales/ja.yaml) of a locale other than the base")
            texts = {f: self.string(value[f], f"the {f} label of locale '{key}'", MAX_LABEL_BYTES)
                     for f in LOCALE_FIELDS}
            if None not in texts.values():
                result.append(Locale(key, texts.pop("name"), texts))
        return tuple(result)

    @staticmethod
    def base_locale(node: Mapping) -> str:
        return next(iter(node))

    def text(self, node: Node, what: str, locale: str | None = None) -> str | None:
        text = self.string(node, what, MAX_TEXT_BYTES)
        if text is not None:
            doubled = _DOUBLED_WORD.search(text) if locale not in REDUPLICATING_LOCALES else None
            if doubled:
                self.out.error(node.line, f"{what} repeats the word '{doubled.group(1)}'")
                return None
            if not _SENTENCE_END.search(text):
                self.out.error(node.line, f"{what} must end a sentence ('.', '!', '?' or '\u3002'): "
                               "the comparison page runs texts on after it")
                return None
        return text

    def when_text(self, node: Node, what: str, code: str) -> str | None:
        text = self.text(node, what)
        if text is not None and text.split(" ", 1)[0] not in WHEN_OPENERS:
            self.out.error(node.line, f"{what} must start with 'When' or with one of "
                           f"{', '.join(WHEN_OPENERS[1:])}, so that the comparison page's "
                           f"'You encounter {code} ...' reads as a sentence")
            return None
        return text

    def translations(self, node: Node, label: str) -> dict | None:
        if not isinstance(node, Mapping):
            self.out.error(node.line, f"the translations of {label} must map locale ids to texts")
            return None
        result = {}
        for loc, value in node.items():
            line = node.key_lines[loc]
            if loc not in self.locale_ids[1:]:
                self.out.error(line, f"translations of {label}: '{loc}' is not one of the spec's "
                               f"other locales ({', '.join(self.locale_ids[1:])})")
                continue
            if not isinstance(value, Mapping) or not value:
                self.out.error(line, f"the {loc} translation of {label} must give at least one "
                               f"of {', '.join(TEXT_FIELDS)}")
                continue
            if not self.fields(value, f"the {loc} translation of {label}", (), TEXT_FIELDS):
                continue
            texts = {f: self.text(value[f], f"the {loc} {f} of {label}", loc) for f in TEXT_FIELDS if f in value}
            if None not in texts.values():
                result[loc] = texts
        return result

    def classes(self, node: Node, key_line: int | None) -> tuple[StatusClass, ...]:
        if not isinstance(node, Mapping):
            self.out.error(node.line, "classes must map each class digit (1 to 6) to its name")
            return ()
        found = {}
        for key, value in node.items():
            line = node.key_lines[key]
            if key not in ("1", "2", "3", "4", "5", "6"):
                self.out.error(line, f"class '{key}' is not a SIP response class; "
                               "the classes are 1 to 6 (RFC 3261 §7.2)")
                continue
            name = self.phrase(value, f"the name of class {key}xx")
            if name is not None:
                found[int(key)] = StatusClass(int(key), CLASS_IDS[int(key)], name)
        for digit in CLASS_IDS:
            if digit not in found and str(digit) not in node:
                self.out.error(key_line, f"classes is missing class {digit} "
                               f"({CLASS_IDS[digit]})")
        return tuple(found[d] for d in sorted(found))

    def codes(self, node: Node) -> tuple[Code, ...]:
        if not isinstance(node, Sequence):
            self.out.error(node.line, f"codes must be a list of codes, not {describe(node)}")
            return ()
        if not node:
            self.out.error(node.line, "codes is empty; a spec needs at least one code")
            return ()
        codes: list[Code] = []
        code_lines: dict[int, int] = {}
        # Every number the list has, valid or not: a locale file's texts for a
        # code that failed its own checks are not a second error.
        self.code_numbers = {int(e["code"].text) for e in node if isinstance(e, Mapping)
                             and isinstance(e.get("code"), Scalar) and _DECIMAL.match(e["code"].text)}
        id_lines: dict[str, tuple[int, int]] = {}
        for item in node:
            entry = self.code(item)
            if entry is None:
                continue
            if entry.code in code_lines:
                self.out.error(entry.line, f"duplicate code {entry.code} (first defined at "
                               f"line {code_lines[entry.code]}); each code may appear once")
                continue
            code_lines[entry.code] = entry.line
            if entry.id in id_lines:
                other_code, other_line = id_lines[entry.id]
                self.out.error(item["id"].line, f"duplicate identifier '{entry.id}' for code "
                               f"{entry.code}: code {other_code} (line {other_line}) already "
                               "uses it; give one of them another id")
                continue
            id_lines[entry.id] = (entry.code, entry.line)
            codes.append(entry)
        return tuple(sorted(codes, key=lambda c: c.code))

    def code(self, node: Node) -> Code | None:
        if not isinstance(node, Mapping):
            self.out.error(node.line, f"each entry of codes must be a mapping, not {describe(node)}")
            return None
        label = "the code"
        number = None
        if "code" in node:
            number = self.integer(node["code"], "code")
            if number is not None and not MIN_CODE <= number <= MAX_CODE:
                self.out.error(node["code"].line, f"code {number} is outside {MIN_CODE}-{MAX_CODE}; "
                               "SIP status codes are three digits from 1xx to 6xx (RFC 3261 §7.2)")
                number = None
            if number is not None:
                label = f"code {number}"
        errors_before = len(self.out.errors)
        self.fields(node, label, CODE_FIELDS_REQUIRED, CODE_FIELDS_OPTIONAL)
        values = {}
        if "phrase" in node:
            values["phrase"] = self.phrase(node["phrase"], f"the phrase of {label}")
        for key in ("description", "fix"):
            if key in node:
                values[key] = self.text(node[key], f"the {key} of {label}")
        if "when" in node:
            values["when"] = self.when_text(node["when"], f"the when of {label}",
                                            str(number) if number is not None else "the code")
        translations = {}
        if "translations" in node:
            translations = self.translations(node["translations"], label)
        action = self.action(node["action"], f"the action of {label}") if "action" in node else None
        action_source = self.string(node["action_source"], f"the action_source of {label}",
                                    MAX_SOURCE_BYTES) if "action_source" in node else None
        must = self.header_list(node, "headers_must", label)
        should = self.header_list(node, "headers_should", label)
        one_of = self.header_list(node, "headers_one_of", label)
        if len(one_of) == 1:
            self.out.error(node["headers_one_of"].line, f"the headers_one_of of {label} names one "
                           "header; list it in headers_must instead")
        for h in set(one_of) & (set(must) | set(should)):
            self.out.error(node["headers_one_of"].line, f"{label} lists header '{h}' in headers_one_of "
                           "and in headers_must or headers_should")
        headers_source = None
        if "headers_source" in node:
            headers_source = self.string(node["headers_source"], f"the headers_source of {label}",
                                         MAX_SOURCE_BYTES)
            if not must and not should and not one_of:
                self.out.error(node["headers_source"].line, f"{label} has a headers_source but no "
                               "headers_must or headers_should")
        elif must or should or one_of:
            self.out.error(node.line, f"{label} lists required headers but no headers_source "
                           "(the RFC section that requires them)")
        for h in set(must) & set(should):
            self.out.error(node["headers_should"].line, f"{label} lists header '{h}' as both must and should")
        answers = self.method_list(node, "answers", label) if "answers" in node else None
        answers_not = self.method_list(node, "answers_not", label)
        answers_source = self.source_for(node, "answers_source", ("answers", "answers_not"), label)
        dialog = self.impact(node["dialog"], f"the dialog of {label}") if "dialog" in node else None
        dialog_for = self.per_method(node, "dialog_for", label, "dialog impacts",
                                     lambda given, name: self.impact(given[name], f"the dialog impact of {label} for {name}"))
        dialog_source = self.source_for(node, "dialog_source", ("dialog", "dialog_for"), label)
        must_for = self.per_method(node, "headers_must_for", label, "lists of headers",
                                   lambda given, name: self.header_list(given, name, f"{label} (headers_must_for)"))
        action_for = self.per_method(node, "action_for", label, "actions",
                                     lambda given, name: self.action(given[name], f"the action of {label} for {name}"))
        action_for_source = self.source_for(node, "action_for_source", ("action_for",), label)
        must_for_source = self.source_for(node, "headers_must_for_source", ("headers_must_for",), label)
        ident = self.identifier(node["id"], label) if "id" in node else None
        references = self.references(node["references"], label) if "references" in node else None
        deprecated = False
        if "deprecated" in node:
            deprecated = self.boolean(node["deprecated"], f"deprecated of {label}")
        if len(self.out.errors) != errors_before or number is None:
            return None
        return Code(code=number, phrase=values["phrase"], id=ident, references=references,
                    deprecated=bool(deprecated), description=values["description"], when=values["when"],
                    fix=values["fix"], line=node.line, translations=translations, action=action,
                    action_source=action_source, headers_must=must, headers_should=should,
                    headers_source=headers_source, headers_one_of=one_of, answers=answers,
                    answers_not=answers_not, answers_source=answers_source, dialog=dialog,
                    dialog_for=dialog_for, dialog_source=dialog_source, headers_must_for=must_for,
                    headers_must_for_source=must_for_source, action_for=action_for,
                    action_for_source=action_for_source)

    def action(self, node: Node, what: str) -> str | None:
        action = self.string(node, what, 64)
        if action is not None and action not in self.action_ids:
            self.out.error(node.line, f"{what}, '{action}', is not one of the spec's actions"
                           f"{_suggest(action, self.action_ids)}")
            return None
        return action

    def per_method(self, node: Mapping, key: str, label: str, what: str, parse) -> dict:
        """A mapping method name -> value (dialog_for, headers_must_for, action_for)."""
        result = {}
        if key not in node:
            return result
        given = node[key]
        if not isinstance(given, Mapping):
            self.out.error(given.line, f"the {key} of {label} must map method names to {what}")
            return result
        for name in given:
            if name not in self.method_names:
                self.out.error(given.key_lines[name], f"'{name}' in the {key} of {label} is not "
                               f"one of the spec's methods{_suggest(name, self.method_names)}")
                continue
            value = parse(given, name)
            if value is not None:
                result[name] = value
        return result

    def source_for(self, node: Mapping, key: str, facts: tuple[str, ...], label: str) -> str | None:
        """The RFC section behind the fields `facts` of a code: given with them, and only with them."""
        given = [f for f in facts if f in node]
        if key not in node:
            if given:
                self.out.error(node.key_lines[given[0]], f"{label} gives {given[0]} but no {key} "
                               "(the RFC section that says so)")
            return None
        if not given:
            self.out.error(node.key_lines[key], f"{label} has {article(key)} but none of {', '.join(facts)}")
        return self.string(node[key], f"the {key} of {label}", MAX_SOURCE_BYTES)

    def method_list(self, node: Mapping, key: str, label: str) -> tuple[str, ...]:
        if key not in node:
            return ()
        items = node[key]
        if not isinstance(items, Sequence):
            self.out.error(items.line, f"the {key} of {label} must be a list of method names")
            return ()
        result = []
        for item in items:
            name = self.string(item, f"a method in the {key} of {label}", 64)
            if name is None:
                continue
            if name not in self.method_names:
                hint = f" (did you mean '{name.upper()}'?)" if name.upper() in self.method_names \
                    else _suggest(name, self.method_names)
                self.out.error(item.line, f"'{name}' in the {key} of {label} is not one of the spec's "
                               f"methods (names are case-sensitive){hint}")
            elif name in result:
                self.out.error(item.line, f"'{name}' is listed twice in the {key} of {label}")
            else:
                result.append(name)
        return tuple(result)

    def header_list(self, node: Mapping, key: str, label: str) -> tuple[str, ...]:
        if key not in node:
            return ()
        items = node[key]
        if not isinstance(items, Sequence):
            self.out.error(items.line, f"the {key} of {label} must be a list of header names")
            return ()
        result = []
        for item in items:
            name = self.string(item, f"a header in the {key} of {label}", 64)
            if name is None:
                continue
            ident = self.header_ids.get(name.lower())
            if ident is None:
                self.out.error(item.line, f"'{name}' in the {key} of {label} is not one of the "
                               f"spec's headers{_suggest(name, self.header_names)}")
            elif ident in result:
                self.out.error(item.line, f"'{name}' is listed twice in the {key} of {label}")
            else:
                result.append(ident)
        return tuple(result)

    def references(self, node: Node, label: str) -> tuple[str, ...] | None:
        what = f"the references of {label}"
        if not isinstance(node, Sequence) or not node:
            self.out.error(node.line, f"{what} must be a non-empty list such as [RFC 3261]")
            return None
        result = []
        for item in node:
            ref = self.string(item, f"a reference of {label}", MAX_REFERENCE_BYTES)
            if ref is None:
                continue
            if "," in ref:
                self.out.error(item.line, f"a reference of {label} contains a comma; "
                               "list each reference as its own item")
            elif ref in result:
                self.out.error(item.line, f"reference '{ref}' of {label} is listed twice")
            else:
                result.append(ref)
        return tuple(result)


def validate(root: Node, label: str) -> Spec:
    """Checks everything; raises SpecErrors listing every problem found."""
    checker = _Validator(label)
    spec = checker.spec(root)
    checker.out.raise_if_any()
    assert spec is not None
    return spec
