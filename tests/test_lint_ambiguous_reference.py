"""ambiguous-reference: a title and one name shared by two people of the document."""

from __future__ import annotations

from checks.lint import default_config
from checks.lint.rules.ambiguous_reference import ambiguous_references

SPEAKERS = "Speakers:\n\nMr. Xie Shaofeng, chief engineer\n\nMr. Xie Cun, director general\n\nMs. Tao Qing, spokesperson\n\n"


def found(text: str) -> list[tuple[str, str]]:
    return [(hit.text, hit.message) for hit in ambiguous_references(text, default_config())]


def test_a_surname_two_speakers_share_is_reported_with_both_names():
    assert found(SPEAKERS + "Now, I'll give the floor to Mr. Xie for his introduction.\n") == [
        ("Mr. Xie", '"Mr. Xie" may be "Xie Cun" or "Xie Shaofeng"; write the full name')]


def test_speaker_labels_count_as_people_and_western_names_end_with_the_surname():
    text = "John Smith:\n\nGood morning.\n\nJane Smith:\n\nThank you, Mr. Smith.\n"
    assert [hit.text for hit in ambiguous_references(text, default_config())] == ["Mr. Smith"]


def test_an_unshared_name_and_a_full_name_are_left_alone():
    assert found(SPEAKERS + "Thank you, Ms. Tao. Mr. Xie Cun will answer, then Mr. Xie Shaofeng.\n") == []
