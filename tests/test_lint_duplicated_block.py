"""duplicated-block: a block of lines printed twice."""

from __future__ import annotations

from checks.lint import default_config
from checks.lint.rules.duplicated_block import duplicated_blocks

SUMMARY = ("Speakers\n\nXie Shaofeng, chief engineer of the MIIT\n\nTao Qing, spokesperson of the MIIT\n\n"
           "Chairperson\n\nZhou Jianshe, spokesperson of the SCIO\n\n")
RECORD = ("Speakers:\n\nMr. Xie Shaofeng, chief engineer of the MIIT\n\nMs. Tao Qing, spokesperson of the MIIT\n\n"
          "Chairperson:\n\nMr. Zhou Jianshe, spokesperson of the SCIO\n\n")


def test_a_speaker_list_printed_twice_is_reported_at_the_second_copy():
    text = SUMMARY + "Read in Chinese\n\n" + RECORD + "Zhou Jianshe:\n\nGood afternoon.\n"
    hits = list(duplicated_blocks(text, default_config()))
    assert [(text[:hit.start].count("\n") + 1, hit.text, hit.suggestion) for hit in hits] == [(13, "Speakers:", None)]
    assert hits[0].message == "these 5 lines repeat the lines from line 1; delete one copy"
    assert hits[0].related == ((0, "the first copy"),)


def test_short_repeats_and_repeated_single_lines_are_left_alone():
    assert list(duplicated_blocks("Thank you.\n\nA\nB\nC\n\nThank you.\n\nA\nB\nC\n", default_config())) == []
    assert list(duplicated_blocks("Q: Thank you for your question.\n" * 2, default_config())) == []


def test_a_long_run_of_one_line_is_reported_as_a_few_copies_each_as_long_as_possible():
    text = "_ueditor_page_break_tag_ and some words\n" * 20_000
    hits = list(duplicated_blocks(text, default_config()))
    sizes = [int(hit.message.split()[1]) for hit in hits]
    assert len(hits) == 13 and sum(sizes) == 20_000 - 3  # the first three lines are the first copy
