"""Settings read from the environment, each parsed in one place with a one-line error.

A malformed value must never end in a traceback (`CHECKS_PATTERN_SECONDS=2s`) nor be
taken silently (`=nan` or `=inf` would switch a budget off): the caller turns
`SettingError` into its own located error, exit 2.
"""

from __future__ import annotations

import math
import os


class SettingError(ValueError):
    """An environment variable holds a value the tool cannot use; the message says which and why."""


def whole_number(name: str, default: int, what: str) -> int:
    """A positive whole number of `what` (bytes, nodes) from `name`, or `default` if unset."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not (text.isascii() and text.isdigit() and len(text) <= 18 and int(text) > 0):
        raise SettingError(f"{name}={text[:40]!r} is not a positive whole number of {what}; fix or unset it")
    return int(text)


def seconds(name: str, default: float) -> float:
    """A positive, finite number of seconds from `name` (e.g. 2 or 0.5), or `default` if unset."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text) if len(text) <= 20 else math.nan
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= 86_400):
        raise SettingError(f"{name}={text[:40]!r} is not a number of seconds between 0 and 86400 "
                           "(e.g. 2 or 0.5); fix or unset it")
    return value
