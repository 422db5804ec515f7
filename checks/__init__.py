"""checks: a fact-consistency checker for the figures stated in long documents.

The public names load lazily, so that `import checks.numbers` (or the pytest
plugin at start-up) does not pull in the whole engine.
"""

from importlib import import_module

_PUBLIC = {
    "Check": "checks.engine",
    "InputError": "checks.engine",
    "check_ledger": "checks.engine",
    "Finding": "checks.findings",
    "Kind": "checks.findings",
    "Location": "checks.findings",
    "Severity": "checks.findings",
    "LedgerError": "checks.ledger",
    "load_ledger": "checks.ledger",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'checks' has no attribute {name!r}")
