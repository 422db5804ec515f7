"""The known name a mistyped one was probably meant to be, for "did you mean …?" hints."""

from __future__ import annotations

from collections.abc import Iterable


def closest(word: str, names: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The name spelled most like `word`, or None; a word over 100 characters is no
    name (and comparing it would cost)."""
    if len(word) > 100:
        return None
    import difflib  # here: a run without a typo never needs it (2 ms of every start)

    close = difflib.get_close_matches(word, list(names), n=1, cutoff=cutoff)
    return close[0] if close else None
