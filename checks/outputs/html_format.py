"""HTML: one self-contained page of the documents with every number marked by status.

`render(statuses, ...)` is a pure function from `checks.statuses.Statuses` to a
page that needs no network: styles and the small script are inline, there are
no images, fonts or links to anywhere else. Every piece of text that comes from
a document or a ledger goes through `html.escape` (quotes included) and the
script never builds markup from data, it only toggles classes; a strict
Content-Security-Policy allows the page's own style and script by their SHA-256
hashes and nothing else, so even an injected `<script>` or `onerror=` would not
run.

The page works without the script too: a figure is a link to its details
(`:target` shows them); the script adds the side panel, the jump from a finding
to its place, and the filters by status and by speaker. It prints on paper: the
toolbar and the panel are left out, the colours are kept.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from html import escape

from checks.findings import Finding, Severity, summarize
from checks.numbers import read_figure
from checks.outputs.html_assets import CONTENT_SECURITY_POLICY, SCRIPT, STYLE
from checks.statuses import KIND_STATUS, LABELS, STATUSES, Arithmetic, Mark, Statuses, explain

SHORT = {**LABELS, "anchor": "anchor", "protected": "protected", "claimed": "claimed only"}


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def render(statuses: Statuses, *, title: str = "", ledger: str = "", mutation=None) -> str:
    """The whole page; `mutation` is a `checks.mutation.MutationReport` or None."""
    check = statuses.check
    heading = title or ("Figures of " + ", ".join(check.documents) if check.documents else "checks report")
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(CONTENT_SECURITY_POLICY)}\">\n",
        "<meta name=\"referrer\" content=\"no-referrer\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        f"<title>{esc(heading)} — checks report</title>\n",
        f"<style>{STYLE}</style>\n</head>\n<body>\n",
        _header(statuses, heading, ledger, mutation),
        _toolbar(statuses),
        "<main>\n",
        *(_document(statuses, key, number) for number, key in enumerate(check.documents)),
        "<aside>\n",
        _details(statuses, mutation),
        _findings(statuses),
        "</aside>\n</main>\n",
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


# ---------------------------------------------------------------------------- header


def _header(statuses: Statuses, heading: str, ledger: str, mutation) -> str:
    findings = statuses.findings
    kinds = summarize(findings)
    failing = sum(1 for finding in findings if finding.fails)
    accepted = sum(1 for finding in findings if finding.accepted)
    found = ", ".join(f"{count} {kind}" for kind, count in kinds.items() if count) or "none"
    documents = ", ".join(f"{key}: {document.path}" for key, document in statuses.check.documents.items())
    total = sum(1 for mark in statuses.all_marks() if mark.number)
    lines = [
        "<header>\n",
        f"<h1>{esc(heading)}</h1>\n",
        f"<p class=\"meta\">ledger <code>{esc(ledger or statuses.check.ledger.path)}</code>"
        f" · {esc(documents)}</p>\n",
        "<p class=\"summary\">",
        f"<span><b id=\"numbers\">{total}</b> numbers</span>",
        f"<span>findings: <b>{esc(found)}</b></span>",
        f"<span><b id=\"failing\">{failing}</b> failing</span>",
        f"<span><b>{accepted}</b> accepted</span>" if accepted else "",
        f"<span>mutation score: <b id=\"mutation-score\">{esc(_score(mutation))}</b></span>",
        "</p>\n</header>\n",
    ]
    return "".join(lines)


def _score(mutation) -> str:
    if mutation is None:
        return "n/a"
    mutants = len(mutation.mutants)
    if not mutants:
        return "n/a (no mutants)"
    percent = 100 * mutation.caught_by_relation / mutants
    return f"{percent:.0f}% ({mutation.caught_by_relation} of {mutants} mutants caught by a relation)"


def _toolbar(statuses: Statuses) -> str:
    counts = statuses.counts()
    chips = "".join(
        f"<label class=\"chip\" title=\"show or hide {esc(LABELS[status])}\">"
        f"<input type=\"checkbox\" checked data-filter=\"{status}\">"
        f"<span class=\"sw s-{status} count\" id=\"count-{status}\">{counts[status]}</span> {esc(SHORT[status])}</label>"
        for status in STATUSES
    )
    speakers = sorted({speaker for document in statuses.check.documents.values() for speaker in document.speakers})
    options = "".join(f"<option value=\"{esc(speaker)}\">{esc(speaker)}</option>" for speaker in speakers)
    select = (f"<label class=\"speaker\">speaker <select id=\"speaker\"><option value=\"\">everyone</option>"
              f"{options}</select></label>") if speakers else ""
    return f"<nav class=\"toolbar\" aria-label=\"filters\">{chips}{select}</nav>\n"


# ---------------------------------------------------------------------------- document


def _document(statuses: Statuses, key: str, number: int) -> str:
    document = statuses.check.documents[key]
    text = document.text
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    marks = statuses.marks[key]
    mark_starts = [mark.start for mark in marks]
    out = [f"<article class=\"doc\" id=\"doc{number}\"><h2>{esc(key)} <code>{esc(document.path)}</code></h2>\n",
           "<div class=\"text\">"]

    def plain(start: int, end: int) -> None:
        position = start
        first = bisect_left(line_starts, start)
        for line_index in range(first, len(line_starts)):
            line_start = line_starts[line_index]
            if line_start >= end:
                break
            out.append(esc(text[position:line_start]))
            out.append(f"<span class=\"ln\" id=\"doc{number}-L{line_index + 1}\"></span>")
            position = line_start
        out.append(esc(text[position:end]))

    turns = document.turns or ()
    for turn in turns:
        out.append(f"<div class=\"turn\" data-speaker=\"{esc(turn.speaker or '')}\">")
        position = turn.start
        for mark in marks[bisect_left(mark_starts, turn.start):bisect_left(mark_starts, turn.end)]:
            if mark.start < position:
                continue
            end = min(mark.end, turn.end)
            plain(position, mark.start)
            out.append(_mark(statuses, mark, text[mark.start:end]))
            position = end
        plain(position, turn.end)
        out.append("</div>")
    out.append("</div></article>\n")
    return "".join(out)


def _mark(statuses: Statuses, mark: Mark, text: str) -> str:
    flags = " ".join(status for status in STATUSES if status in mark.flags)
    tip = LABELS[mark.status] + (f": {', '.join(mark.claims)}" if mark.claims else "")
    accepted = ""
    if _settled(statuses, mark):
        accepted, tip = " accepted", tip + " (accepted in the ledger)"
    elif _warnings_only(statuses, mark):
        accepted, tip = " warning", tip + " (a warning only: it does not fail the check)"
    if any(statuses.findings[index].rule == "drifted" and statuses.places[index][0].mark is mark
           for index in mark.findings):
        accepted, tip = accepted + " drifted", tip + " (anchor drifted: found by its reworded words)"
    return (f"<a class=\"n s-{mark.status}{accepted}\" id=\"m{mark.index}\" href=\"#d{mark.index}\" data-i=\"{mark.index}\""
            f" data-status=\"{mark.status}\" data-flags=\"{flags}\" title=\"{esc(tip)}\">{esc(text)}</a>")


def _behind(statuses: Statuses, mark: Mark) -> list[Finding]:
    """The findings that give the mark its status."""
    return [statuses.findings[index] for index in mark.findings
            if KIND_STATUS.get(statuses.findings[index].kind) == mark.status]


def _settled(statuses: Statuses, mark: Mark) -> bool:
    """Whether every finding behind the mark's status is accepted by the ledger."""
    behind = _behind(statuses, mark)
    return bool(behind) and all(finding.accepted for finding in behind)


def _warnings_only(statuses: Statuses, mark: Mark) -> bool:
    """Whether every finding behind the mark's status is a warning (a rounding tie,
    a drift): shown in its status's colour, but lighter, not as a failure."""
    behind = _behind(statuses, mark)
    return bool(behind) and all(finding.severity is not Severity.ERROR for finding in behind)


# ---------------------------------------------------------------------------- details


def _details(statuses: Statuses, mutation) -> str:
    out = ["<section id=\"details\" class=\"panel\" aria-live=\"polite\"><h2>Details</h2>",
           "<p class=\"hint\">Click a marked number to see its claim, mentions, relations and findings.</p>"]
    explained: dict[str, Arithmetic] = {}
    mutants = _mutants_by_claim(mutation)
    for mark in statuses.all_marks():
        out.append(_detail(statuses, mark, explained, mutants))
    out.append("</section>\n")
    return "".join(out)


def _mutants_by_claim(mutation) -> dict[str, tuple[int, int]]:
    if mutation is None:
        return {}
    totals: Counter = Counter()
    caught: Counter = Counter()
    for mutant in mutation.mutants:
        totals[mutant.claim] += 1
        caught[mutant.claim] += mutant.by_relation
    return {claim: (caught[claim], totals[claim]) for claim in totals}


def _detail(statuses: Statuses, mark: Mark, explained: dict, mutants: dict) -> str:
    check = statuses.check
    document = check.documents[mark.document]
    where = document.location(mark.start)
    speaker = f" · {esc(mark.speaker)}" if mark.speaker else ""
    out = [f"<section class=\"detail\" id=\"d{mark.index}\" data-status=\"{mark.status}\">",
           "<button type=\"button\" class=\"close\" aria-label=\"close the details\">×</button>",
           f"<h3><q>{esc(mark.text)}</q> <span class=\"badge s-{mark.status}\">{esc(LABELS[mark.status])}</span></h3>",
           f"<p class=\"where\">{esc(where)}{speaker}</p>"]
    shown: set[int] = set()
    for claim_id in mark.claims:
        claim = check.ledger.claims.get(claim_id)
        if claim is None:
            continue
        out.append(_claim(statuses, claim, mark, explained, mutants, shown))
    if mark.ignore is not None:
        entry = mark.ignore
        out.append(f"<h4>Ignored</h4><p>by pattern <code>{esc(entry.pattern)}</code>: {esc(entry.reason)}"
                   f" <span class=\"where\">({esc(entry.where)})</span></p>")
    elif "ignored" in mark.flags:
        out.append("<h4>Ignored</h4><p>matched by an ignore entry of the ledger.</p>")
    if "uncovered" in mark.flags and not mark.claims:
        out.append(_uncovered(document.text, mark, check.ledger.qualifiers))
    rest = [index for index in mark.findings if index not in shown]
    if rest:
        out.append("<h4>Findings here</h4><ol class=\"findings in-detail\">")
        out.extend(f"<li>{_finding_body(statuses, index)}</li>" for index in rest)
        out.append("</ol>")
    out.append("</section>")
    return "".join(out)


def _claim(statuses: Statuses, claim, mark: Mark, explained: dict, mutants: dict, shown: set[int]) -> str:
    check = statuses.check
    reading = next((r for r in mark.readings if r.claim == claim.id), None)
    figure = reading.figure if reading is not None else None
    status = "protected" if claim.id in statuses.relations_of else "claimed"
    rows = [("metric", claim.metric), ("period", claim.period), ("unit", claim.unit),
            ("value in the ledger", claim.value)]
    if figure is not None:
        rows.append(("stated here", f"{figure.text} → {_interval(check, claim, figure)}"))
        rows.append(("qualifier", figure.qualifier or "none"))
    if claim.precision:
        rows.append(("precision", claim.precision))
    rows.append(("ledger", str(claim.where)))
    out = [f"<h3><code>{esc(claim.id)}</code> <span class=\"badge s-{status}\">{esc(LABELS[status])}</span></h3>",
           "<dl class=\"claim\">",
           *(f"<dt>{esc(name)}</dt><dd>{esc(value)}</dd>" for name, value in rows),
           "</dl>"]
    relations = statuses.relations_of.get(claim.id, [])
    out.append(f"<h4>Relations ({len(relations)})</h4>")
    if not relations:
        out.append("<p class=\"hint\">No relation checks this figure: only the ledger's snapshot protects it.</p>")
    for relation in relations:
        if relation.id not in explained:
            explained[relation.id] = explain(check, relation)
        out.append(_relation(statuses, explained[relation.id], shown))
    readings = check.readings.get(claim.id, ())
    out.append(f"<h4>Mentions ({len(claim.mentions)})</h4><ol class=\"mentions\">")
    for mention in claim.mentions:
        read = next((r for r in readings if r.mention is mention), None)
        out.append("<li>" + _mention(statuses, mention, read, mark) + "</li>")
    out.append("</ol>")
    if claim.id in mutants:
        caught, total = mutants[claim.id]
        out.append(f"<h4>Mutation</h4><p>{caught} of {total} mutants of this figure caught by a relation.</p>")
    about = [index for index in statuses.findings_about(claim.id) if index not in shown]
    if about:
        out.append("<h4>Findings about this claim</h4><ol class=\"findings in-detail\">")
        for index in about:
            shown.add(index)
            out.append(f"<li>{_finding_body(statuses, index)}</li>")
        out.append("</ol>")
    return "".join(out)


def _interval(check, claim, figure) -> str:
    try:
        return str(check.statement(claim, figure).interval)
    except (ValueError, ArithmeticError):
        return "?"


def _mention(statuses: Statuses, mention, read, mark: Mark) -> str:
    speaker = f" <span class=\"where\">({esc(mention.speaker)} only)</span>" if mention.speaker else ""
    anchor = f"<q>{esc(mention.anchor)}</q>{speaker}"
    if read is None or read.location is None:
        return f"{anchor} <span class=\"verdict-fail\">not found</span> <span class=\"where\">{esc(mention.where)}</span>"
    target = _mark_at_location(statuses, read.location)
    stated = read.figure.text if read.figure is not None else "?"
    here = " (here)" if target is not None and target.index == mark.index else ""
    place = _place_link(read.location, target)
    drifted = ""
    if read.drifted:
        proposal = f"; new anchor <q>{esc(read.proposal)}</q>" if read.proposal else ""
        drifted = f" <span class=\"verdict-warn\">drifted</span>{proposal}"
    return f"{place}{here} states <b>{esc(stated)}</b>{drifted}<br>{anchor}"


def _relation(statuses: Statuses, arithmetic: Arithmetic, shown: set[int]) -> str:
    relation = arithmetic.relation
    state = {True: ("", "verdict-ok", "holds"), False: (" fails", "verdict-fail", "conflict"),
             None: (" unknown", "where", "not evaluated")}[arithmetic.holds]
    why = relation.options.get("why") if isinstance(relation.options, dict) else None
    out = [f"<div class=\"rel{state[0]}\"><p class=\"headline\"><code>{esc(relation.id)}</code> "
           f"<b>{esc(relation.kind)}</b> <span class=\"{state[1]}\">{state[2]}</span></p>"]
    if arithmetic.summary:
        out.append(f"<p class=\"where\">{esc(arithmetic.summary)}</p>")
    if why:
        out.append(f"<p class=\"where\">why: {esc(why)}</p>")
    out.append("<ul class=\"terms\">")
    for term in arithmetic.terms:
        cls = " class=\"result\"" if term.role == "result" else ""
        sign = "= " if term.role == "result" else ""
        links = " ".join(_place_link(location, _mark_at_location(statuses, location)) for location in term.locations)
        out.append(f"<li{cls}>{sign}<code>{_breakable(term.ref)}</code> <b class=\"num\">{esc(term.stated)}</b> "
                   f"<span class=\"num\">{esc(term.interval)}</span><br><span class=\"where\">{links}</span></li>")
    out.append("</ul>")
    for line in arithmetic.computed:
        out.append(f"<p class=\"computed\">{esc(line)}</p>")
    for index, finding in enumerate(statuses.findings):
        if finding.id == relation.id and KIND_STATUS.get(finding.kind) == "conflict":
            shown.add(index)
            out.append(_finding_body(statuses, index))
    out.append(f"<p class=\"where\">ledger {esc(relation.where)}</p></div>")
    return "".join(out)


def _breakable(identifier: str) -> str:
    """An id that may wrap after its dots and underscores, never inside a word."""
    return esc(identifier).replace(".", ".<wbr>").replace("_", "_<wbr>")


def _uncovered(text: str, mark: Mark, qualifiers) -> str:
    figure = read_figure(text, mark.start, qualifiers)
    read = ""
    if figure is not None:
        read = (f"<dl class=\"claim\"><dt>read as</dt><dd>{esc(figure.text)}</dd><dt>value</dt><dd>{esc(figure.value)}</dd>"
                f"<dt>unit</dt><dd>{esc(figure.unit)}</dd><dt>qualifier</dt><dd>{esc(figure.qualifier or 'none')}</dd></dl>")
    return ("<h4>Uncovered</h4><p>Neither claimed nor ignored: add a claim (with this place as a mention) "
            f"or an <code>ignore</code> entry with a reason.</p>{read}")


# ---------------------------------------------------------------------------- findings


def _findings(statuses: Statuses) -> str:
    findings = statuses.findings
    out = [f"<section id=\"findings\" class=\"panel\"><h2>Findings ({len(findings)})</h2>"]
    if not findings:
        out.append("<p class=\"hint\" id=\"no-findings\">No findings.</p>")
    else:
        out.append("<ol class=\"findings\">")
        for index, finding in enumerate(findings):
            status = KIND_STATUS.get(finding.kind, finding.kind.value)
            speakers = "|".join(dict.fromkeys(p.speaker for p in statuses.places.get(index, []) if p.speaker))
            accepted = " accepted" if finding.accepted else ""
            out.append(f"<li class=\"k-{esc(finding.kind.value)}{accepted}\" data-status=\"{esc(status)}\""
                       f" data-speakers=\"{esc(speakers)}\">{_finding_body(statuses, index)}</li>")
        out.append("</ol>")
    out.append("</section>\n")
    return "".join(out)


def _finding_body(statuses: Statuses, index: int) -> str:
    finding: Finding = statuses.findings[index]
    status = KIND_STATUS.get(finding.kind)
    badge_class = f"s-{status}" if status else f"k-{esc(finding.kind.value)}"
    out = [f"<p class=\"headline\"><span class=\"badge {badge_class}\">{esc(finding.kind.value)}</span> "
           f"<code>{esc(finding.rule)}</code> <b>{esc(finding.id)}</b>: {esc(finding.message)}</p>"]
    if finding.evidence:
        out.append(f"<pre class=\"evidence\">{esc(chr(10).join(finding.evidence))}</pre>")
    places = statuses.places.get(index, [])
    if places:
        out.append("<ul class=\"places\">")
        for place in places:
            note = f" ({esc(place.location.note)})" if place.location.note else ""
            out.append(f"<li>{_place_link(place.location, place.mark)}{note}</li>")
        out.append("</ul>")
    if finding.accepted:
        out.append(f"<p class=\"where\"><span class=\"badge accepted\">accepted</span> {esc(finding.accepted)}</p>")
    return "".join(out)


def _place_link(location, mark: Mark | None) -> str:
    if mark is None:
        return f"<code class=\"loc\">{esc(location)}</code>"
    return (f"<a class=\"jump\" href=\"#m{mark.index}\" data-i=\"{mark.index}\">"
            f"<code class=\"loc\">{esc(location)}</code></a>")


def _mark_at_location(statuses: Statuses, location) -> Mark | None:
    return statuses.mark_at(location)
