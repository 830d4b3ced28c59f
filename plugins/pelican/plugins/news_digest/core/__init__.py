"""What every digest stage shares: problems reported to the editor, and settings."""

from .problems import ContentError, Problem, Severity, format_problems
from .settings import DEFAULTS, display_path, setting

__all__ = ["DEFAULTS", "display_path", "ContentError", "Problem", "Severity", "format_problems", "setting"]
