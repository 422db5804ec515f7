"""`accept`: write the figures the document states now back into the ledger.

    python -m checks accept [LEDGER] [--dry-run] [--allow-outside]

After an editor has reviewed a revision, each claim whose mentions now state
another figure than its `value` gets that figure as its new `value`: the
ledger's snapshot moves to the revision, and `check` is clean of `changed`
findings again (relations are evaluated on the document either way).

Only the characters of the changed values are rewritten; every other byte of the
ledger (comments, key order, blank lines, quoting, line endings) stays as it was.
The value keeps its quoting style and, when only the number changed, its
spelling ("35.5%" -> "35.3%", "more than 8,000" -> "more than 9,000"). The new
text is parsed again before it is written, and must give the same tree with only
those values changed. The old ledger is kept as LEDGER.bak and the new one is
written atomically, so an interrupted run leaves the old ledger intact.

An anchor that drifted (the words around its figure were reworded; `check`
warns `anchor drifted`) is rewritten to the document's new wording, the excerpt
the warning proposes: number-agnostic, grown until it matches only there, in
the scalar's quoting style.

It refuses (exit 2, nothing written) while any anchor is missing or ambiguous, when the mentions
of one claim state different figures, or when the new figure cannot be written
in the unit of the old value (a changed unit: edit such a claim by hand). `--dry-run` prints the unified diff and writes nothing.
"""

from __future__ import annotations

import argparse
import difflib
import json
from dataclasses import dataclass

import yaml

from checks import yamlsafe
from checks.atomic import write_atomic
from checks.commands.common import DEFAULT_LEDGER, fail, inputs_of, is_input
from checks.document import INVISIBLE, normalize
from checks.engine import Check, check_ledger, grounding_key
from checks.files import TooLarge, read_regular
from checks.findings import Kind, Location
from checks.model import Claim
from checks.numbers import Figure, FigureError, parse_figure
from checks.qualifiers import BUILT_IN, Qualifiers
from checks.yamlsafe import YamlProblem, compose_text


class AcceptError(Exception):
    """The revision cannot be accepted as it is; `problems` says why, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Update:
    """One change `accept` would write into the ledger."""

    claim: str
    old: str
    new: str
    where: Location | None  # where the document states the new figure
    mention: int | None = None  # set: the update rewrites this mention's anchor, not the value

    @property
    def path(self) -> tuple[str, ...]:
        """Where the scalar is in the ledger's tree."""
        if self.mention is None:
            return ("claims", self.claim, "value")
        return ("claims", self.claim, "mentions", str(self.mention), "anchor")


def register(subparsers) -> None:
    parser = subparsers.add_parser("accept", help="write the figures the document now states into the ledger")
    parser.add_argument("ledger", nargs="?", default=DEFAULT_LEDGER, metavar="LEDGER",
                        help=f"ledger file (default: {DEFAULT_LEDGER})")
    parser.add_argument("--dry-run", action="store_true", help="print the diff and write nothing")
    parser.add_argument("--allow-outside", action="store_true",
                        help="let the ledger name documents outside its own folder")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = args.ledger
    try:  # read before the check, compared again right before writing: an edit saved meanwhile is kept
        read = read_regular(path, yamlsafe.limit("CHECKS_MAX_YAML_BYTES", yamlsafe.MAX_BYTES, path))
    except (OSError, TooLarge, yamlsafe.YamlProblem):
        read = None  # the check below says why the ledger cannot be read
    check = check_ledger(path, allow_outside=args.allow_outside)
    if read is None:
        return fail([f"{path}:1:1: the ledger could not be read before it was checked; run the command again"])
    anchors = [finding for finding in check.anchor_findings
               if finding.kind is Kind.ANCHOR and finding.rule != "drifted"]
    if anchors:
        return fail([*(finding.headline for finding in anchors),
                     f"{path}:1:1: not accepted: {len(anchors)} anchor(s) fail; fix them first (nothing written)"])
    try:
        updates = plan(check) + plan_anchors(check)
        old = read.decode("utf-8")
        new = rewrite(old, path, updates)
    except AcceptError as error:
        return fail([*error.problems, f"{path}:1:1: not accepted (nothing written)"])
    if not updates:
        print(f"{path}: nothing to accept: every mention states the figure the ledger recorded")
        return 0
    if args.dry_run:
        print(diff(old, new, path), end="")
        return 0
    backup = path + ".bak"
    if is_input(backup, [source for source in inputs_of(check) if source != backup]):  # a symlink is written through
        return fail([f"{backup}: cannot write the backup: it is an input of this run (nothing written)"])
    try:
        write_atomic(backup, old)
        write_atomic(path, new, replaces=read)
    except OSError as error:
        return fail([f"{path}: cannot write: {error.strerror} (the ledger is unchanged)"])
    figures = sum(update.mention is None for update in updates)
    anchors = f" and {len(updates) - figures} anchor(s)" if figures < len(updates) else ""
    print(f"{path}: accepted {figures} figure(s){anchors} (backup: {backup})")
    for update in updates:
        what = update.claim if update.mention is None else f"{update.claim} anchor {update.mention + 1}"
        print(f"    {what}: {update.old!r} -> {update.new!r}" + (f"  {update.where}" if update.where else ""))
    _notes(check, updates)
    return 0


def _notes(check: Check, updates: list[Update]) -> None:
    changed = {update.claim for update in updates if update.mention is None}
    for expectation in check.ledger.expected:
        if expectation.kind == "changed" and expectation.id in changed:
            print(f"    note: {expectation.where}: the expected changed finding for {expectation.id} "
                  "no longer occurs; remove the entry")
    conflicts = [finding for finding in check.findings() if finding.kind is Kind.CONFLICT and finding.fails]
    if conflicts:
        print(f"    note: {len(conflicts)} conflict(s) remain; run `python -m checks check {check.ledger.path}`")


def plan(check: Check) -> list[Update]:
    """The new value of every claim whose mentions state another figure now."""
    updates, problems = [], []
    for claim in check.ledger.claims.values():
        if claim.external:
            continue
        readings = [reading for reading in check.readings.get(claim.id, ()) if reading.figure is not None]
        if not readings:
            continue
        recorded = parse_figure(claim.value, check.ledger.qualifiers)
        statements = {}
        for reading in readings:
            statements.setdefault(grounding_key(reading.figure), reading)
        if len(statements) > 1:
            stated = ", ".join(f"{r.figure.text!r} at {r.location}" for r in statements.values())
            problems.append(f"{claim.where}: {claim.id}: mentions state different figures ({stated}); "
                            "make the document agree first")
            continue
        reading = readings[0]
        figure = reading.figure
        if grounding_key(figure) == grounding_key(recorded):
            continue
        value = new_value(claim, recorded, figure, check.ledger.qualifiers)
        if value is None:
            problems.append(f"{claim.where}: {claim.id}: {figure.text!r} at {reading.location} cannot be "
                            f"written as a value in {recorded.unit}; the unit changed? edit the claim by hand")
            continue
        updates.append(Update(claim.id, claim.value, value, reading.location))
    if problems:
        raise AcceptError(problems)
    return updates


def plan_anchors(check: Check) -> list[Update]:
    """The new wording of every anchor that drifted."""
    updates, problems = [], []
    for claim_id, readings in check.readings.items():
        for index, reading in enumerate(readings):
            if not reading.drifted:
                continue
            if reading.proposal is None:
                problems.append(f"{reading.mention.where}: {claim_id}: the anchor drifted to {reading.location}, "
                                "where no excerpt matches only once; write the anchor by hand")
                continue
            updates.append(Update(claim_id, reading.mention.anchor, reading.proposal, reading.location, index))
    if problems:
        raise AcceptError(problems)
    return updates


_DELETE_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))  # read through inside a numeral, never written


def new_value(claim: Claim, recorded: Figure, figure: Figure, qualifiers: Qualifiers = BUILT_IN) -> str | None:
    """The ledger's spelling with the new numeral, else the document's (spaces folded).

    Either must read back as the document's figure in the unit the ledger's value
    has now; None when neither does.
    """
    stated = claim.value.strip()
    candidates = []
    if recorded.qualifier == figure.qualifier and recorded.scale == figure.scale:
        start, end = recorded.number_start - recorded.start, recorded.number_end - recorded.start
        candidates.append(stated[:start] + figure.numeral.translate(_DELETE_INVISIBLE) + stated[end:])
    candidates.append(" ".join(normalize(figure.text)[0].split()))
    for candidate in candidates:
        try:
            read = parse_figure(candidate, qualifiers)
            if grounding_key(read) == grounding_key(figure) and read.unit == recorded.unit:
                return candidate
        except FigureError:
            continue
    return None


def rewrite(text: str, path: str, updates: list[Update]) -> str:
    """`text` with each update's scalar (a claim's `value`, a mention's `anchor`)
    replaced, nothing else touched."""
    root = _compose(text, path)
    wanted = {update.path: update.new for update in updates}
    nodes = {where: _node(root, where) for where in wanted}
    missing = sorted(".".join(where) for where, node in nodes.items() if node is None)
    if missing:
        raise AcceptError([f"{path}: {where} not found in the YAML" for where in missing])
    edits = [(node.start_mark.index, node.end_mark.index, _scalar(node, wanted[where], path, ".".join(where)))
             for where, node in nodes.items()]
    new = text
    for start, end, replacement in sorted(edits, reverse=True):
        new = new[:start] + replacement + new[end:]
    _verify(root, _compose(new, path), wanted, path)
    return new


def _compose(text: str, path: str) -> yaml.Node:
    try:
        root = compose_text(text, path)
    except YamlProblem as problem:
        raise AcceptError([str(problem)]) from None
    if not isinstance(root, yaml.MappingNode):
        raise AcceptError([f"{path}: the ledger is not a mapping"])
    return root


def _get(mapping: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for key_node, value_node in mapping.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return value_node
    return None


def _node(root: yaml.Node, where: tuple[str, ...]) -> yaml.ScalarNode | None:
    """The scalar at a path of mapping keys and sequence indices, if there is one."""
    node = root
    for step in where:
        if isinstance(node, yaml.SequenceNode):
            node = node.value[int(step)] if int(step) < len(node.value) else None
        else:
            node = _get(node, step)
        if node is None:
            return None
    return node if isinstance(node, yaml.ScalarNode) else None


def _scalar(node: yaml.ScalarNode, value: str, path: str, field: str) -> str:
    """`value` written in the style of the scalar it replaces."""
    if node.style in ("|", ">"):
        raise AcceptError([f"{path}:{node.start_mark.line + 1}: {field} is a block scalar; "
                           "write it on one line, then accept again"])
    if node.style == "'":
        return _single(value)
    if node.style is None and _plain_ok(value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _single(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _plain_ok(value: str) -> bool:
    """Whether `value` reads back as the same text when written plain in a block mapping."""
    if not value or value != value.strip() or any(c in value for c in "\n\r\t#") or ": " in value:
        return False
    if value[0] in "!&*[]{}|>'\"%@`,?:-" and not (value[0] == "-" and value[1:2].isdigit()):
        return False
    try:
        node = compose_text(f"k: {value}\n", "<value>")
    except YamlProblem:
        return False
    found = _get(node, "k")
    return isinstance(found, yaml.ScalarNode) and found.style is None and found.value == value


def _verify(old: yaml.Node, new: yaml.Node, wanted: dict[tuple, str], path: str) -> None:
    """The new tree equals the old one except for the wanted scalars."""
    problems: list[str] = []
    _compare(old, new, (), wanted, problems)
    if problems:
        raise AcceptError([f"{path}: the rewritten ledger would differ beyond the accepted values "
                           f"({problems[0]}); nothing written"])


def _compare(old: yaml.Node, new: yaml.Node, where: tuple, expected: dict, problems: list[str]) -> None:
    if type(old) is not type(new):
        problems.append(".".join(where))
        return
    if isinstance(old, yaml.ScalarNode):
        want = expected.get(where, old.value)
        if new.value != want:
            problems.append(".".join(where))
        return
    if isinstance(old, yaml.SequenceNode):
        if len(old.value) != len(new.value):
            problems.append(".".join(where))
            return
        for index, (a, b) in enumerate(zip(old.value, new.value, strict=True)):
            _compare(a, b, (*where, str(index)), expected, problems)
        return
    if [k.value for k, _ in old.value] != [k.value for k, _ in new.value]:
        problems.append(".".join(where))
        return
    for (key, a), (_, b) in zip(old.value, new.value, strict=True):
        _compare(a, b, (*where, key.value), expected, problems)


def diff(old: str, new: str, path: str) -> str:
    lines = difflib.unified_diff(_lines(old), _lines(new), fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(lines)


def _lines(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines
