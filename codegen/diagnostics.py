"""Errors that point at a place in a spec file.

Every problem the generator reports reads `file:line: error: message`, the
form compilers use, so editors and CI logs turn it into a link.
"""

from __future__ import annotations


class SpecError(Exception):
    """One problem in a spec, with the file and (where known) the line."""

    def __init__(self, file: str, line: int | None, message: str):
        super().__init__(message)
        self.file = file
        self.line = line
        self.message = message

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: error: {self.message}"


class SpecErrors(Exception):
    """All the problems found in one pass, in file order."""

    def __init__(self, errors: list[SpecError]):
        super().__init__(f"{len(errors)} error(s)")
        self.errors = sorted(errors, key=lambda e: (e.file, e.line or 0))


class Collector:
    """Gathers errors so that one run reports every problem, not just the first."""

    def __init__(self, file: str):
        self.file = file
        self.errors: list[SpecError] = []

    def error(self, line: int | None, message: str) -> None:
        # A Line from spec_loader knows its own file (it may be a spec this one extends).
        file = getattr(line, "file", self.file)
        self.errors.append(SpecError(file, None if line is None else int(line), message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise SpecErrors(self.errors)
