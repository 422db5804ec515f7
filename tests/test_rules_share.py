"""`share`: part / whole × 100 is the stated percent (6.937 m of 15.653 m = 44.3%)."""

from __future__ import annotations

from checks.rules import check
from strategies import operand, relation_of

NEV = operand("nev.sales", "6.937 million units", "units")
VEHICLES = operand("vehicles.sales", "15.653 million units", "units")


def share(result, **options):
    return check(relation_of("share", [NEV, VEHICLES], result, **options), [NEV, VEHICLES], result)


def test_the_nev_share_of_44_3_percent_holds():
    assert share(operand("nev.share", "44.3%", "percent")) is None


def test_the_nev_share_holds_on_the_stated_digits_too():
    assert share(operand("nev.share", "44.3%", "percent"), exact=True) is None


def test_a_share_one_point_off_shows_the_computed_percent():
    conflict = share(operand("nev.share", "45.3%", "percent"))
    assert conflict.message == (
        "stated 45.3%, figures allow 44.312 … 44.322% (off by ≈0.978 pp; nearest consistent statement 44.3%)"
    )
    assert conflict.material is False


def test_on_the_stated_digits_the_share_is_a_point():
    conflict = share(operand("nev.share", "44.4%", "percent"), exact=True)
    assert conflict.message == (
        "stated 44.4%, stated digits give ≈44.317% (off by ≈0.083 pp; nearest consistent statement 44.3%)"
    )


def test_a_share_above_100_percent_for_a_part_below_its_whole_is_material():
    conflict = share(operand("nev.share", "144.3%", "percent"))
    assert conflict.message.startswith("stated 144.3%, figures allow 44.312 … 44.322%")
    assert conflict.material is True
