"""Paragraph alignment: one to one, merged, split and dropped paragraphs, by length and figures."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.parity import compare
from checks.parity.alignment import Bead, align, identity
from checks.parity.mentions import read_mentions
from checks.parity.texts import Text, Unit

ORIGINAL = [
    "谢存：",
    "上半年，电信业务收入累计完成9055亿元，同比增长9.3%。",
    "5G基站总数达455万个，5G移动电话用户达11.18亿户。",
    "我们还将推进万兆光网试点。",
    "工业增加值同比增长6.4%，装备制造业增加值占比35.5%。",
]
TRANSLATION = [
    "Xie Cun:",
    "In the first half, telecom revenues totaled 905.5 billion yuan, up 9.3% year on year.",
    "The number of 5G base stations reached 4.55 million, and 5G mobile phone users reached 1.118 billion.",
    "We will also advance pilots of 10-gigabit optical networks.",
    "Industrial value added grew 6.4%, and equipment manufacturing accounted for 35.5%.",
]


def beads(original: list[str], translation: list[str], **options) -> tuple[Bead, ...]:
    a = Text("a", tuple(Unit(t, i + 1) for i, t in enumerate(original)))
    b = Text("b", tuple(Unit(t, i + 1) for i, t in enumerate(translation)))
    by_unit = lambda text: [[m for m in read_mentions(text) if m.unit == u] for u in range(len(text.units))]  # noqa: E731
    return align([len(t) for t in original], [len(t) for t in translation], by_unit(a), by_unit(b), **options)


def test_a_translation_that_keeps_the_paragraphs_aligns_one_to_one():
    assert beads(ORIGINAL, TRANSLATION) == identity(5)


def test_merged_paragraphs_align_as_one_bead():
    merged = TRANSLATION[:1] + [TRANSLATION[1] + " " + TRANSLATION[2]] + TRANSLATION[3:]
    assert beads(ORIGINAL, merged) == (Bead((0,), (0,)), Bead((1, 2), (1,)), Bead((3,), (2,)), Bead((4,), (3,)))


def test_a_split_paragraph_aligns_with_both_halves():
    first, second = TRANSLATION[4].split(", and ")
    split = TRANSLATION[:4] + [first + ".", "Equipment manufacturing accounted for " + second.split("for ")[1]]
    assert beads(ORIGINAL, split)[-1] == Bead((4,), (4, 5))


def test_the_figures_of_a_dropped_paragraph_are_missing_and_the_rest_still_align():
    a = Text("a.txt", tuple(Unit(t, i + 1) for i, t in enumerate(ORIGINAL)))
    b = Text("b.txt", tuple(Unit(t, i + 1) for i, t in enumerate(TRANSLATION[:2] + TRANSLATION[3:])))
    found = compare(a, b).findings
    assert [(f.rule, f.id, f.locations[0].line) for f in found] == [("missing", "455万个", 3), ("missing", "11.18亿", 3)]


def test_a_derived_story_may_leave_out_most_paragraphs_cheaply():
    story = [TRANSLATION[4]]
    result = beads(ORIGINAL, story, subset=True)
    assert [b for b in result if b.translation] == [Bead((4,), (0,))]


@settings(deadline=None, max_examples=50)
@given(st.sets(st.integers(0, 3), min_size=1, max_size=2))
def test_merging_neighbours_of_a_real_text_never_loses_a_figure_pair(merges):
    """However the translation merges neighbouring paragraphs, every original paragraph
    ends in a bead with the translation paragraph that holds its text."""
    translation = list(TRANSLATION)
    for at in sorted(merges, reverse=True):  # at most three paragraphs become one
        if at + 1 < len(translation):
            translation[at : at + 2] = [translation[at] + " " + translation[at + 1]]
    result = beads(ORIGINAL, translation)
    for k, text in enumerate(TRANSLATION):
        holder = next(i for i, t in enumerate(translation) if text in t)
        assert any(k in bead.original and holder in bead.translation for bead in result)
