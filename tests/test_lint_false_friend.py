"""false-friend: stock phrases of translations that mean something else."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checks.lint import default_config
from checks.lint.config import FalseFriend
from checks.lint.rules.false_friend import false_friends


def found(text: str, config=None) -> list[tuple[str, str | None]]:
    return [(hit.text, hit.suggestion) for hit in false_friends(text, config or default_config())]


def test_by_far_opening_a_sentence_means_so_far():
    text = "Tiered cultivation works. By far, we have fostered more than 140,000 enterprises."
    hits = list(false_friends(text, default_config()))
    assert [(hit.start, hit.text, hit.suggestion) for hit in hits] == [(26, "By far,", "So far,")]
    assert hits[0].message == '"By far," does not mean what the translation needs here; write "So far,"'
    assert "截至目前" in hits[0].note


@pytest.mark.parametrize(
    "text, phrase, fix",
    [
        ("By far, 30 parks have opened.", "By far,", "So far,"),
        ("Last but not the least, talent.", "Last but not the least", "Last but not least"),
        ("up 5% over at the same period last year", "at the same period last year", "in the same period last year"),
        ("In the other hand, costs rose.", "In the other hand", "On the other hand"),
    ],
)
def test_the_built_in_list_reports_clear_errors(text, phrase, fix):
    assert found(text) == [(phrase, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "This is by far the largest market.",
        "It is the largest by far, and growing.",  # not an opening
        "Last but not least, talent.",
        "in the same period last year",
    ],
)
def test_right_uses_are_left_alone(text):
    assert found(text) == []


def test_the_list_is_extended_by_the_configuration():
    config = replace(default_config(), false_friends=(FalseFriend("in the recent years", "in recent years"),))
    assert found("Output grew in the recent years.", config) == [("in the recent years", "in recent years")]
