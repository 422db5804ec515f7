"""pytest front end: every ledger becomes items, in the same words as the CLI.

`--claims-items` (ini `claims_items`) chooses how many:

claim   (the default) one item per claim and per relation, named by its id, plus
        `ledger` (ledger-level findings) and `coverage`; `-k` selects claims. At
        collection the ledger is only loaded, to name the items; it is checked
        against its documents once, when the first of its items runs, and its
        coverage is measured when `coverage` runs.
ledger  one item per ledger file, `<file>::ledger`, that loads, checks and measures
        coverage when it runs and reports every failing finding. Collection only
        reads its opening lines, and pytest-xdist gets few, substantial
        items to spread: the mode for archives and `pytest -n N`. `-k` then
        selects ledger files only.

Only the tool's own files are collected, because the plugin is active in every
project of the environment: a YAML file whose opening lines declare it a ledger
or a review configuration (`checks.optin`), or one named with `--claims` or in
the ini list `claims_paths`. Any other YAML is never opened past its first lines.

A ledger whose documents cannot be read fails its `ledger` item with the reason;
its other items fail too, with `not checked: <reason>`, so that a claim selected
alone with `-k` never passes unchecked. Only public pytest API is used, after
pytest's non-Python-test example. The engine is imported only when a ledger is
collected, the lint package only for a review configuration, so the plugin costs a plain
`pytest` run next to nothing.
"""

from __future__ import annotations

import zlib
from functools import cached_property
from pathlib import Path

import pytest

from checks.findings import Finding
from checks.items import FindingsItem, Outcome
from checks.optin import REVIEW, declared_kind, named_kind

LEDGER_SUFFIXES = (".yaml", ".yml")
GRANULARITIES = ("claim", "ledger")
GRANULARITY = pytest.StashKey[str]()
SNIFFED = pytest.StashKey[dict[Path, str | None]]()
SHARD = pytest.StashKey[tuple[int, int] | None]()
ITEMS_HELP = ("claim (default): one item per claim and relation, plus ledger and coverage; -k selects claims. "
              "ledger: one item per ledger file, checked when it runs; for archives and -n N, "
              "and -k then matches file names only")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("checks", "fact-consistency checks of ledgers")
    group.addoption("--claims", action="append", default=[], metavar="PATH",
                    help="check this ledger too (repeatable); ledgers under the given paths are found anyway")
    group.addoption("--claims-allow-outside", action="store_true", default=False,
                    help="let ledgers name documents outside their own folder")
    group.addoption("--claims-allow-draft", action="store_true", default=False,
                    help="skip items still marked 'review: draft' instead of failing them")
    group.addoption("--claims-items", default=None, metavar="claim|ledger", help=ITEMS_HELP)
    group.addoption("--claims-shard", default=None, metavar="I/N",
                    help="collect only shard I of N (1 <= I <= N) of the ledger and review files, dealt by a "
                         "stable hash of their path under the rootdir: N CI jobs running the same command "
                         "with I = 1..N check every file exactly once")
    parser.addini("claims_paths", "ledgers and review configurations to collect even without their opening "
                  "`# checks: ledger` line (files, or folders whose YAML files are all this tool's)", type="paths",
                  default=[])
    group.addoption("--claims-strict", action="store_true", default=None,
                    help="an anchor that drifted (matched only approximately) fails instead of warning")
    parser.addini("claims_strict", "an anchor that drifted fails instead of warning (--claims-strict)",
                  type="bool", default=False)
    parser.addini("claims_items", f"items per ledger, claim or ledger (--claims-items wins): {ITEMS_HELP}",
                  default="claim")


def pytest_configure(config: pytest.Config) -> None:
    extra = config.getoption("claims")
    if extra:
        config.args.extend(extra)
    given = config.getoption("claims_items")
    value = given if given is not None else config.getini("claims_items")
    if value not in GRANULARITIES:
        source = f"--claims-items={value}" if given is not None else f"ini claims_items = {value}"
        raise pytest.UsageError(f"{source}: expected claim (one item per claim) or ledger (one item per file)")
    config.stash[GRANULARITY] = value
    config.stash[SHARD] = _shard(config.getoption("claims_shard"))


def _strict(config: pytest.Config) -> bool:
    """Whether a drifted anchor fails: --claims-strict, else the ini's claims_strict."""
    return bool(config.getoption("claims_strict") or config.getini("claims_strict"))


def _shard(text: str | None) -> tuple[int, int] | None:
    """(I, N) from "I/N", or a usage error that says what to write."""
    if text is None:
        return None
    index, _, count = text.partition("/")
    if not (index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count)):
        raise pytest.UsageError(f"--claims-shard={text}: expected I/N with 1 <= I <= N, e.g. --claims-shard=2/4")
    return int(index), int(count)


def _in_shard(config: pytest.Config, path: Path) -> bool:
    """Whether this run's shard collects `path`: CRC-32 of its rootdir-relative POSIX
    path, so every job, on any machine with the same checkout, deals the same way."""
    shard = config.stash[SHARD]
    if shard is None:
        return True
    try:
        name = path.relative_to(config.rootpath).as_posix()
    except ValueError:
        name = path.as_posix()
    return zlib.crc32(name.encode("utf-8")) % shard[1] == shard[0] - 1


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix not in LEDGER_SUFFIXES:
        return None
    if not _in_shard(parent.config, file_path):
        return None
    kind = _kind(parent.config, file_path)
    if kind is None:
        return None
    if kind == REVIEW:
        from checks.lint.items import ReviewFile

        return ReviewFile.from_parent(parent, path=file_path)
    if parent.config.stash[GRANULARITY] == "ledger":
        return WholeLedgerFile.from_parent(parent, path=file_path)
    return LedgerFile.from_parent(parent, path=file_path)


def _kind(config: pytest.Config, path: Path) -> str | None:
    """`ledger`, `review` or None (not this tool's): once per file and session.

    pytest offers a folder's files again for every file of it named on the command
    line (the sharding recipe names hundreds), hence the memo.
    """
    sniffed = config.stash.setdefault(SNIFFED, {})
    if path not in sniffed:
        sniffed[path] = named_kind(path) if _named(config, path) else declared_kind(path)
    return sniffed[path]


def _named(config: pytest.Config, path: Path) -> bool:
    """Whether `--claims` names the file, or `claims_paths` names it or a folder above it."""
    resolved = path.resolve()
    given = [Path(arg).resolve() for arg in config.getoption("claims")]
    configured = [Path(entry).resolve() for entry in config.getini("claims_paths")]
    return resolved in given or any(entry == resolved or entry in resolved.parents for entry in configured)


# What an item reports: its findings by item name (several only for a whole
# ledger), and why nothing could be checked, if so.
class LedgerFile(pytest.File):
    """A ledger as one item per claim and relation, plus `ledger` and `coverage`."""

    def collect(self):
        from checks.ledger import LedgerError, load_ledger

        try:
            self.ledger = load_ledger(str(self.path), allow_outside=self.config.getoption("claims_allow_outside"))
        except LedgerError as error:
            yield FindingsItem.from_parent(self, name="ledger", findings=error.findings(), line=0)
            return
        for name, line in _subjects(self.ledger):
            yield ClaimItem.from_parent(self, name=name, line=line - 1)
        yield ClaimItem.from_parent(self, name="ledger", line=0)
        yield ClaimItem.from_parent(self, name="coverage", line=0)

    def outcome(self, name: str) -> Outcome:
        if name == "coverage":
            return self._coverage
        if isinstance(self._checked, Exception):
            return _unusable(self._checked) if name == "ledger" else ({}, f"not checked: {_reason(self._checked)}")
        return {name: self._checked.get(name, [])}, None

    @cached_property
    def _checked(self) -> dict[str, list[Finding]] | Exception:
        """The findings by item name, or why the ledger could not be checked; once per file."""
        from checks.engine import InputError, check_loaded
        from checks.ledger import LedgerError

        try:
            self._check = check_loaded(self.ledger, strict=_strict(self.config))
        except (LedgerError, InputError) as error:
            return error
        return _by_item(self.ledger, self._check.findings(self.config.getoption("claims_allow_draft")))

    @cached_property
    def _coverage(self) -> Outcome:
        if isinstance(self._checked, Exception):
            return {}, f"not checked: {_reason(self._checked)}"
        check, self._check = self._check, None  # the last use of the documents
        return _coverage(check)


class WholeLedgerFile(pytest.File):
    """A ledger as one item, `ledger`; nothing is read until it runs."""

    def collect(self):
        yield WholeLedgerItem.from_parent(self, name="ledger", line=0)


def _subjects(ledger) -> list[tuple[str, int]]:
    """(id, ledger line) of every claim, then every relation."""
    subjects = [(claim.id, claim.where.line) for claim in ledger.claims.values()]
    return subjects + [(relation.id, relation.where.line) for relation in ledger.relations.values()]


def _by_item(ledger, findings: list[Finding]) -> dict[str, list[Finding]]:
    """Findings under the item that reports them, in item order; the rest under `ledger`."""
    groups: dict[str, list[Finding]] = {name: [] for name, _ in _subjects(ledger)}
    groups.setdefault("ledger", [])
    for finding in findings:
        groups[finding.id if finding.id in groups else "ledger"].append(finding)
    return groups


def _coverage(check) -> Outcome:
    from checks import coverage
    from checks.engine import InputError

    try:
        return {"coverage": coverage.findings(check, coverage.measure(check))}, None
    except InputError as error:
        return {}, str(error)


def _unusable(error: Exception) -> Outcome:
    """The `ledger` item's outcome for a LedgerError (its problems) or an InputError (its message)."""
    from checks.ledger import LedgerError

    return ({"ledger": error.findings()}, None) if isinstance(error, LedgerError) else ({}, str(error))


def _reason(error: Exception) -> str:
    """One line: the first problem, and how many more the `ledger` item lists."""
    from checks.ledger import LedgerError

    lines = [finding.headline for finding in error.findings()] if isinstance(error, LedgerError) else [str(error)]
    more = f" (and {len(lines) - 1} more, listed by the ledger item)" if len(lines) > 1 else ""
    return lines[0] + more


class ClaimItem(FindingsItem):
    """A claim, relation, `ledger` or `coverage` item: the file checks its ledger for it.

    Its findings are not known when pytest asks where it is, so its header names
    the item only.
    """

    def outcome(self) -> Outcome:
        return self.parent.outcome(self.name)


class WholeLedgerItem(FindingsItem):
    """A whole ledger: loaded, checked and covered when it runs."""

    def outcome(self) -> Outcome:
        from checks.engine import InputError, check_loaded
        from checks.ledger import LedgerError, load_ledger

        try:
            ledger = load_ledger(str(self.path), allow_outside=self.config.getoption("claims_allow_outside"))
            check = check_loaded(ledger, strict=_strict(self.config))
        except (LedgerError, InputError) as error:
            return _unusable(error)
        groups = _by_item(ledger, check.findings(self.config.getoption("claims_allow_draft")))
        covered, broken = _coverage(check)
        return groups | covered, broken

    def reportinfo(self):
        return self.path, 0, self.nodeid  # the header names the file: every such item is called `ledger`

    def explain(self, failing: dict[str, list[Finding]], broken: str | None) -> str:
        lines = []
        if failing:
            count = sum(map(len, failing.values()))
            names = [f"{name} ({len(group)})" for name, group in failing.items()]
            shown = ", ".join(names[:8]) + (f", and {len(names) - 8} more" if len(names) > 8 else "")
            lines.append(f"{count} failing finding{'s' if count > 1 else ''}: {shown}")
            lines.extend(finding.render() for group in failing.values() for finding in group)
        if broken:
            lines.append(broken)
        return "\n".join(lines)
