"""Every literal of a ledger is bounded: digits, exponents, whole numbers, percents.

`1e-9999999` as a tolerance or precision cost minutes of CPU (an exact fraction with a
ten-million-digit denominator), `a * 1e9999999` ended in a traceback, a 5,000-digit
`version` and `slack: '100%'` too. Each is now one located ledger problem, exit 2.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from memo import GOOD, RELATION, write

from checks.cli import main
from checks.literals import MAX_DIGITS, LiteralError, bounded_decimal

@pytest.mark.parametrize("text, value", [("0.5", "0.5"), (" 1e-6 ", "0.000001"), ("0e-99999999", "0"),
                                         ("1e100", "1e100"), ("1" * MAX_DIGITS, "1" * MAX_DIGITS)])
def test_a_literal_within_the_bounds_is_read_exactly(text, value):
    assert bounded_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text, message", [
    ("1e-9999999", "it is of the order of 1e-9999999; write a number between 1e-100 and 1e100"),
    ("1e101", "it is of the order of 1e101; write a number between 1e-100 and 1e100"),
    ("1" * 101, "it has 101 digits; write at most 100"),
    ("9" * 100_000, "not a decimal number such as 0.5 or 1e-6"),
    ("1e99999999999999999999999", "not a decimal number such as 0.5 or 1e-6"),
    ("nan", "not a decimal number such as 0.5 or 1e-6"),
    ("-inf", "not a decimal number such as 0.5 or 1e-6"),
])
def test_a_literal_out_of_bounds_is_refused_with_what_to_write(text, message):
    with pytest.raises(LiteralError, match=f"^{message}$"):
        bounded_decimal(text)


@pytest.mark.parametrize("ledger, place, message", [
    (GOOD + RELATION.format(formula="a * 0.37", tolerance="1e-9999999"), "tolerance:",
     "ledger relation relations.gain.check.tolerance: found '1e-9999999', expected a decimal number >= 0 in the "
     "result's unit, e.g. '0.5'; it is of the order of 1e-9999999; write a number between 1e-100 and 1e100"),
    (GOOD + RELATION.format(formula="a * 1e9999999", tolerance="0.1"), "formula:",
     "ledger relation relations.gain.check.formula: 'a * 1e9999999' holds '1e9999999': it is of the order of "
     "1e9999999; write a number between 1e-100 and 1e100"),
    (GOOD.replace("    unit: pp\n", "    unit: pp\n    precision: 1e-9999999\n"), "1e-9999999",
     "ledger figure claims.revenue.gain.precision: found '1e-9999999', expected a step such as 1 or 0.1 "
     "(0 means exact); it is of the order of 1e-9999999; write a number between 1e-100 and 1e100"),
    (GOOD.replace("version: 1", "version: " + "1" * 5000), "1111",
     "ledger schema version: found '" + "1" * 60 + "…', expected one of: 1"),
    (GOOD + "defaults:\n  slack:\n    nearly: '100%'\n", "'100%'",
     "ledger schema defaults.slack.nearly: found '100%', which is not a valid nearly"),
], ids=["tolerance", "formula", "precision", "version", "slack"])
def test_a_hostile_literal_is_one_located_ledger_problem(tmp_path, capsys, ledger, place, message):
    path = write(tmp_path, ledger)
    assert main(["check", str(path)]) == 2
    line = next(number for number, text in enumerate(ledger.splitlines(), 1) if place in text)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"{path}:{line}:")
    assert err.split(": ", 1)[1].rstrip("\n") == message
