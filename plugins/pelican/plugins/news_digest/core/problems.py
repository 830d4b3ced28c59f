"""Problems in the editor's input, reported so that they can be fixed.

Every check returns `Problem`s instead of raising on the first one, so that
`digest check` and the build can print all of them at once.
"""

from __future__ import annotations

import dataclasses
import enum


class Severity(str, enum.Enum):
    ERROR = "error"  # the site cannot be built correctly
    WARNING = "warning"  # the site builds, but something needs the editor


@dataclasses.dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    severity: Severity
    message: str  # what is wrong
    fix: str  # how to fix it

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.severity.value, self.message)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity.value}: {self.message}\n    fix: {self.fix}"

    @classmethod
    def error(cls, file, message: str, fix: str, line: int | None = None) -> Problem:
        return cls(str(file), line, Severity.ERROR, message, fix)

    @classmethod
    def warning(cls, file, message: str, fix: str, line: int | None = None) -> Problem:
        return cls(str(file), line, Severity.WARNING, message, fix)


class ContentError(Exception):
    """Raised when input has errors; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=Problem.sort_key)
        super().__init__(format_problems(self.problems))


def format_problems(problems: list[Problem]) -> str:
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    lines = [str(p) for p in sorted(problems, key=Problem.sort_key)]
    lines.append(f"{errors} error(s), {warnings} warning(s)")
    return "\n".join(lines)
