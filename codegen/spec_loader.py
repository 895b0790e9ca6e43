"""Reads a spec file into plain Python values that remember their line.

PyYAML's `safe_load` keeps the last of two duplicate keys and forgets where
anything came from, so this module composes the node graph itself: every
mapping, sequence and scalar comes back with the line it starts on, duplicate
keys are errors, and scalars keep the type YAML resolved for them so the
validator can say "this phrase is read as a number: quote it".
"""

from __future__ import annotations

import dataclasses
from typing import Union

import yaml

from diagnostics import SpecError

# libyaml's parser when PyYAML was built with it (Debian's is): same marks, ~10x faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A spec is small; anything far larger is a mistake (or an attack on the build).
MAX_SPEC_BYTES = 4 * 1024 * 1024
# No value of a spec is longer than a few KiB: a longer line is what made a file too big.
MAX_LINE_BYTES = 64 * 1024
# A spec nests about six levels (spec, codes, code, translations, locale, text).
# libyaml's scanner slows down quadratically with flow nesting ([[[[...), so
# deeper documents are refused while reading the events, before composing.
MAX_NESTING = 32

# Byte-order marks of encodings other than UTF-8, longest first.
_OTHER_BOMS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
               (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"))
# YAML also breaks lines at these; editors and the b"\n" counts here do not, so
# every line number after one of them would be off.
_OTHER_BREAKS = {
    "\r": "a carriage return that is not followed by a line feed",
    "\x85": "U+0085 (NEXT LINE)",
    "\u2028": "U+2028 (LINE SEPARATOR)",
    "\u2029": "U+2029 (PARAGRAPH SEPARATOR)",
}

_TAG_NAMES = {
    "tag:yaml.org,2002:str": "string",
    "tag:yaml.org,2002:int": "integer",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "date",
    "tag:yaml.org,2002:binary": "binary",
}


class Line(int):
    """A line number that remembers its file: a spec may extend another one, and
    an error must name the file that holds the problem."""

    def __new__(cls, number: int, file: str):
        value = super().__new__(cls, number)
        value.file = file
        return value


@dataclasses.dataclass(frozen=True)
class Scalar:
    """A YAML scalar: its text, what YAML took it for, and where it stands."""

    text: str
    kind: str  # one of _TAG_NAMES' values, or the raw tag for anything exotic
    line: int


class Mapping(dict):
    """A dict of key -> node that also knows its own line and each key's line."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line
        self.key_lines: dict[str, int] = {}


class Sequence(list):
    """A list of nodes that also knows its own line."""

    def __init__(self, line: int):
        super().__init__()
        self.line = line


Node = Union[Scalar, Mapping, Sequence]


def describe(node: Node) -> str:
    """What a node is, in the words an error message needs."""
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    return article(node.kind)


def article(word: str) -> str:
    return f"an {word}" if word[:1] in "aeiou" else f"a {word}"


def load(path: str, label: str) -> tuple[Node, bytes]:
    """Loads `path`; errors name `label` (the path as the user knows it).
    Returns the node tree and the raw bytes (the banner carries their digest)."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_SPEC_BYTES + 1)
    except OSError as e:
        raise SpecError(label, None, f"cannot read the spec: {e.strerror}") from None
    if len(raw) > MAX_SPEC_BYTES:
        limit = f"the spec is larger than {MAX_SPEC_BYTES // (1024 * 1024)} MiB"
        line = _overlong_line(raw)
        if line is not None:
            raise SpecError(label, line, f"{limit}, and this line alone is over "
                            f"{MAX_LINE_BYTES // 1024} KiB long; no value in a spec is")
        raise SpecError(label, None, f"{limit}; a response-code spec is a few hundred KiB at most")
    return parse(raw, label), raw


def _overlong_line(raw: bytes) -> int | None:
    """The number of the first line longer than MAX_LINE_BYTES, if any."""
    start = 0
    for number in range(1, raw.count(b"\n") + 2):
        end = raw.find(b"\n", start)
        end = len(raw) if end < 0 else end
        if end - start > MAX_LINE_BYTES:
            return number
        start = end + 1
    return None


def parse(raw: bytes, label: str) -> Node:
    if raw.startswith(b"\xef\xbb\xbf"):
        raise SpecError(label, 1, "the file starts with a UTF-8 byte-order mark; "
                        "save it as UTF-8 without BOM")
    for bom, encoding in _OTHER_BOMS:
        if raw.startswith(bom):
            raise SpecError(label, 1, f"the file is {encoding} (it starts with a {encoding} "
                            "byte-order mark); save it as UTF-8")
    if len(raw) >= 4 and ((raw[1] == raw[3] == 0 and raw[0] and raw[2])
                          or (raw[0] == raw[2] == 0 and raw[1] and raw[3])):
        raise SpecError(label, 1, "the file looks like UTF-16 (a NUL byte next to each "
                        "character); save it as UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise SpecError(label, line, f"byte 0x{raw[e.start]:02x} is not valid UTF-8; "
                        "save the file as UTF-8") from None
    for number, content in enumerate(text.split("\n"), start=1):
        if "\0" in content:
            raise SpecError(label, number, "the line holds a NUL character")
        body = content[:-1] if content.endswith("\r") else content
        for char, name in _OTHER_BREAKS.items():
            if char in body:
                raise SpecError(label, number, f"the line holds {name}, which YAML reads as "
                                "a line break; remove it")
    if not text.strip():
        raise SpecError(label, 1, "the spec is empty")
    try:
        # Aliases are refused before composing: the composer would hand back the
        # anchored node without saying where the alias stood, and an alias bomb
        # would expand before any check could run.
        depth = 0
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise SpecError(label, event.start_mark.line + 1,
                                "YAML anchors and aliases (&name / *name) are not supported; "
                                "write the value out")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_NESTING:
                    raise SpecError(label, event.start_mark.line + 1,
                                    f"the YAML is nested more than {MAX_NESTING} levels deep "
                                    "here; a spec is a few levels deep")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        documents = list(yaml.compose_all(text, Loader=_LOADER))
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        # libyaml puts the end of a file without a final newline on the line after
        # it; an editor cannot go there, so such errors point at the last line.
        line = min(mark.line + 1, len(text.splitlines())) if mark is not None else None
        problem = e.problem or e.context or "malformed YAML"
        raise SpecError(label, line, f"YAML syntax error: {problem}") from None
    except yaml.reader.ReaderError as e:
        # libyaml counts the position in UTF-8 bytes, PyYAML's own reader in characters.
        source = raw if _LOADER is not yaml.SafeLoader else text
        line = source.count(b"\n" if source is raw else "\n", 0, e.position) + 1
        raise SpecError(label, line, f"character U+{e.character:04X} may not appear in YAML "
                        "(control characters other than tab and line breaks, U+FFFE, "
                        "U+FFFF); remove it") from None
    except yaml.YAMLError as e:  # errors without a position (none known)
        raise SpecError(label, None, f"YAML error: {e}") from None
    documents = [d for d in documents if d is not None]
    if not documents:
        raise SpecError(label, 1, "the spec is empty")
    if len(documents) > 1:
        raise SpecError(label, documents[1].start_mark.line + 1,
                        f"expected one YAML document, found {len(documents)}; "
                        "remove the extra '---' document")
    return _convert(documents[0], label)


def _convert(node: yaml.Node, label: str) -> Node:
    line = Line(node.start_mark.line + 1, label)
    if isinstance(node, yaml.MappingNode):
        result = Mapping(line)
        for key_node, value_node in node.value:
            key_line = Line(key_node.start_mark.line + 1, label)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise SpecError(label, key_line, "YAML merge keys (<<) are not supported; "
                                "write the fields out")
            if not isinstance(key_node, yaml.ScalarNode):
                raise SpecError(label, key_line, "a key must be a plain word")
            key = key_node.value
            if key in result:
                raise SpecError(label, key_line,
                                f"duplicate key '{key}' (first at line {result.key_lines[key]}); "
                                "remove one of them")
            result[key] = _convert(value_node, label)
            result.key_lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        result = Sequence(line)
        result.extend(_convert(item, label) for item in node.value)
        return result
    return Scalar(node.value, _TAG_NAMES.get(node.tag, node.tag), line)
