"""One class owns every string blob the generated headers hold (LLVM's
StringToOffsetTable is the model): it stores each distinct string once, hands
out where it is, and lays the blob out as C/C++ literals for a template.

Two kinds of table:

- spans (the default): a string is found by its (offset, size); identical
  strings share one span, and the empty string is (0, 0), so a zero span reads
  as "". The hand-written reader is detail::slice().
- length-prefixed: every string is preceded by its length in one byte (the
  phrase tables, where a look-up returns one offset and the reader takes the
  length from the byte before it: detail::length_prefixed()); optionally each
  is also followed by a NUL, so that C can return it as a C string. Offset 1 is
  the empty string behind a leading length byte 0.
"""

from __future__ import annotations

import dataclasses


def cxx_literal(text: str | bytes) -> str:
    """A C++ (and C99) narrow string literal holding exactly these UTF-8 bytes.

    Bytes outside printable ASCII are three-digit octal escapes, which end by
    themselves (a hex escape would swallow a following digit or letter), so the
    header does not depend on the compiler's source or execution charset.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    out = []
    previous = ""
    for byte in data:
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


def comment_text(text: str) -> str:
    """`text` made safe to show in a // or /* */ comment of a generated file."""
    return text.replace("*/", "* /").replace("\n", " ").replace("\\", "/")


def smallest_unsigned(max_value: int) -> str:
    for bits in (8, 16, 32):
        if max_value < (1 << bits):
            return f"std::uint{bits}_t"
    return "std::uint64_t"


@dataclasses.dataclass(frozen=True)
class Span:
    offset: int
    size: int

    def __str__(self) -> str:
        return f"{{{self.offset}, {self.size}}}"


@dataclasses.dataclass(frozen=True)
class Piece:
    """One line of a blob's literal: the literal and a comment that shows the text."""
    literal: str
    comment: str


class StringTable:
    # Where "" is in a length-prefixed table: behind the leading length byte 0.
    EMPTY_PREFIXED_OFFSET = 1

    def __init__(self, length_prefixed: bool = False, nul_terminated: bool = False, base: int = 0):
        """`base`: where the blob starts in the object that holds it (offsets include it)."""
        self.length_prefixed = length_prefixed
        self.nul_terminated = nul_terminated
        self.base = base
        self._data = bytearray(b"\0" if length_prefixed else b"")
        self._pieces: list[Piece] = [Piece('"\\0"', "the empty string")] if length_prefixed else []
        # A length-prefixed blob starts with a length byte 0: offset 1 is "".
        self._where: dict[str, int] = {"": base + self.EMPTY_PREFIXED_OFFSET} if length_prefixed else {}

    def add(self, text: str, note: str = "") -> Span:
        """Stores `text` (once) and returns where it is. `note` goes into the comment."""
        data = text.encode("utf-8")
        if text in self._where:
            return Span(self._where[text], len(data))
        if not data and not self.length_prefixed:
            return Span(0, 0)
        if self.length_prefixed:
            if len(data) > 255:
                raise ValueError(f"'{text[:40]}...' is longer than a length byte can say")
            self._data.append(len(data))
        offset = self.base + len(self._data)
        self._data += data
        literal = cxx_literal(data)
        if self.length_prefixed:
            literal = cxx_literal(bytes([len(data)])) + " " + literal
        if self.nul_terminated:
            self._data.append(0)
            literal += ' "\\0"'
        shown = comment_text(text) if not text.isascii() else ""
        self._pieces.append(Piece(literal, " ".join(part for part in (note, shown) if part)))
        self._where[text] = offset
        return Span(offset, len(data))

    @property
    def size(self) -> int:
        """Bytes of the blob, without the terminator its literal adds."""
        return len(self._data)

    @property
    def pieces(self) -> list[Piece]:
        return list(self._pieces) if self._pieces else [Piece('""', "no text")]

    def lines(self, comments: str = "every", c: bool = False) -> list[str]:
        """The blob's literals, one piece a line, for a template. `comments`: "every" piece's,
        an empty one too; "some": the pieces that have one; "": none. `c`: as /* */ comments."""
        before, after = (" /* ", " */") if c else (" // ", "")
        return [p.literal + (before + p.comment + after if comments == "every" or comments and p.comment else "")
                for p in self.pieces]

    @property
    def bytes(self) -> bytes:
        return bytes(self._data)

    def offset_type(self) -> str:
        return smallest_unsigned(self.base + self.size)


class RowTable:
    """Strings in rows of `width` bytes, each row a literal of its own (a blob
    longer than 65,536 bytes cannot be one literal: C++ [implimits], clang's
    -Woverlength-strings). A string never crosses a row; a span's offset is
    row * width + column (detail::slice over a char[rows][width])."""

    LIMIT = 60000  # bytes of a row: under the 65,536 of [implimits]

    @classmethod
    def sized_for(cls, texts) -> "RowTable":
        """A table whose rows are as few as the texts need and as even as they
        can be, so that the last row pads little: the width is the average row
        plus the longest text (a greedy fill then never needs another row)."""
        unique = {t: len(t.encode("utf-8")) for t in texts}
        total, longest = sum(unique.values()), max(unique.values(), default=0)
        rows = max(1, -(-total // (cls.LIMIT - longest - 1)))
        return cls(min(cls.LIMIT, -(-total // rows) + longest + 1))

    def __init__(self, width: int = LIMIT):
        self.width = width
        self.rows: list[StringTable] = [StringTable()]
        self._where: dict[str, Span] = {}

    def add(self, text: str, note: str = "") -> Span:
        if text in self._where:
            return self._where[text]
        size = len(text.encode("utf-8"))
        if size == 0:
            return Span(0, 0)
        if size >= self.width:
            raise ValueError(f"'{text[:40]}...' is longer than a row of {self.width} bytes")
        if self.rows[-1].size + size >= self.width:  # the row's literal also holds its NUL
            self.rows.append(StringTable(base=len(self.rows) * self.width))
        span = self.rows[-1].add(text, note)
        self._where[text] = span
        return span

    @property
    def size(self) -> int:
        """Bytes of text, without the rows' padding."""
        return sum(r.size for r in self.rows)

    def offset_type(self) -> str:
        return smallest_unsigned(len(self.rows) * self.width)
