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


def line_of(node: Node) -> int:
    return node.line


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
        raise SpecError(label, None,
                        f"the spec is larger than {MAX_SPEC_BYTES // (1024 * 1024)} MiB; "
                        "a response-code spec is a few hundred KiB at most")
    return parse(raw, label), raw


def parse(raw: bytes, label: str) -> Node:
    if raw.startswith(b"\xef\xbb\xbf"):
        raise SpecError(label, 1, "the file starts with a UTF-8 byte-order mark; "
                        "save it as UTF-8 without BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw.count(b"\n", 0, e.start) + 1
        raise SpecError(label, line, f"byte 0x{raw[e.start]:02x} is not valid UTF-8; "
                        "save the file as UTF-8") from None
    for number, content in enumerate(text.split("\n"), start=1):
        if "\0" in content:
            raise SpecError(label, number, "the line holds a NUL character")
    if not text.strip():
        raise SpecError(label, 1, "the spec is empty")
    try:
        # Aliases are refused before composing: the composer would hand back the
        # anchored node without saying where the alias stood, and an alias bomb
        # would expand before any check could run.
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise SpecError(label, event.start_mark.line + 1,
                                "YAML anchors and aliases (&name / *name) are not supported; "
                                "write the value out")
        documents = list(yaml.compose_all(text, Loader=_LOADER))
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = e.problem or e.context or "malformed YAML"
        raise SpecError(label, line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as e:  # errors without a position (rare: reader errors)
        raise SpecError(label, None, f"YAML error: {e}") from None
    documents = [d for d in documents if d is not None]
    if not documents:
        raise SpecError(label, 1, "the spec is empty")
    if len(documents) > 1:
        raise SpecError(label, documents[1].start_mark.line + 1,
                        f"expected one YAML document, found {len(documents)}; "
                        "remove the extra '---' document")
    try:
        return _convert(documents[0], label)
    except RecursionError:
        raise SpecError(label, None, "the YAML is nested too deeply; a spec is a few levels deep") from None


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
