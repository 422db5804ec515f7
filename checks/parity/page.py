"""The side-by-side HTML page: the original and the translation, aligned figures linked.

One self-contained page, no script at all: each aligned pair of paragraphs is one
row of two cells; every figure is a link to its counterpart on the other side
(``:target`` highlights where a link lands), coloured by its verdict; the
findings are listed first, each linking to its figure. Every piece of text from
the documents goes through `html.escape` (quotes included) and the page's
Content-Security-Policy allows its own style by hash and nothing else, as the
report's page does (`checks.outputs.html_assets`).
"""

from __future__ import annotations

from html import escape

from checks.findings import Finding
from checks.outputs.html_assets import content_security_policy
from checks.parity.matching import AGREE
from checks.parity.mentions import FIGURE, Mention

STYLE = """
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",sans-serif;color:#1b1b1f;background:#f4f4f7}
header{background:#fff;border-bottom:1px solid #d9d9e0;padding:.8rem 1.4rem}
h1{font-size:1.2rem;margin:0 0 .3rem}
ol.findings{margin:.3rem 0;padding-left:1.4rem;font-size:.9rem}
table{border-collapse:separate;border-spacing:0 .4rem;width:100%;padding:0 1rem;table-layout:fixed}
th{text-align:left;font-size:.85rem;color:#5b5b66;padding:.3rem .6rem}
td{vertical-align:top;background:#fff;border:1px solid #d9d9e0;padding:.5rem .8rem;white-space:pre-wrap;overflow-wrap:anywhere}
td.none{background:transparent;border-style:dashed}
.line{color:#8a8a94;font-size:.75rem;display:block}
a.n{color:inherit;text-decoration:none;border-bottom:2px solid transparent;border-radius:3px;padding:0 1px}
a.n:target{outline:2px solid #111;outline-offset:1px}
.v-agree{background:#d3f1db;border-color:#1f7a3a!important}
.v-qualifier{background:#fff2a0;border-color:#8a7300!important}
.v-value,.v-scale,.v-unit,.v-missing,.v-added{background:#ffd6d6;border-color:#c0182b!important}
.v-marker{background:#e4e4e8;border-color:#a0a0aa!important;border-bottom-style:dotted!important}
"""

CONTENT_SECURITY_POLICY = content_security_policy(STYLE)


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def render(parity, findings: list[Finding], *, title: str = "") -> str:
    """The page for a `checks.parity.Parity` and its (possibly accepted) findings."""
    verdicts = _verdicts(parity, findings)
    partner = {}
    for pair in parity.matching.pairs:
        partner[("o", pair.original.index)] = f"t{pair.translation.index}"
        partner[("t", pair.translation.index)] = f"o{pair.original.index}"
    heading = title or f"Figures of {parity.translation.path} against {parity.original.path}"
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{esc(CONTENT_SECURITY_POLICY)}\">\n",
        f"<meta name=\"referrer\" content=\"no-referrer\">\n<title>{esc(heading)}</title>\n",
        f"<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{esc(heading)}</h1>\n",
        f"<p>{len(parity.matching.pairs)} aligned figures, {len(findings)} findings</p>\n<ol class=\"findings\">\n",
    ]
    for finding in findings:
        target = _finding_target(parity, finding)
        link = f"<a href=\"#{target}\">{esc(finding.headline)}</a>" if target else esc(finding.headline)
        parts.append(f"<li>{link}</li>\n")
    parts.append("</ol>\n</header>\n<table>\n<colgroup><col><col></colgroup>\n")
    parts.append(f"<tr><th>original: {esc(parity.original.path)}</th><th>translation: {esc(parity.translation.path)}</th></tr>\n")
    mentions = {"o": _by_unit(parity.original_mentions), "t": _by_unit(parity.translation_mentions)}
    for bead in parity.matching.beads:
        cells = []
        for side, text, units in (("o", parity.original, bead.original), ("t", parity.translation, bead.translation)):
            if not units:
                cells.append("<td class=\"none\"></td>")
                continue
            body = "\n\n".join(
                f"<span class=\"line\">{text.units[u].line}</span>"
                + _marked(text.units[u].text, mentions[side].get(u, []), side, verdicts, partner)
                for u in units
            )
            cells.append(f"<td>{body}</td>")
        parts.append(f"<tr>{''.join(cells)}</tr>\n")
    parts.append("</table>\n</body>\n</html>\n")
    return "".join(parts)


def _marked(text: str, mentions: list[Mention], side: str, verdicts: dict, partner: dict) -> str:
    out, at = [], 0
    for mention in mentions:
        figure = mention.figure
        if figure.start < at:
            continue
        key = (side, mention.index)
        verdict = verdicts.get(key) or ("marker" if mention.role != FIGURE else "")
        href = f" href=\"#{partner[key]}\"" if key in partner else ""
        out.append(esc(text[at : figure.start]))
        out.append(f"<a class=\"n v-{esc(verdict)}\" id=\"{side}{mention.index}\"{href}>{esc(text[figure.start:figure.end])}</a>")
        at = figure.end
    out.append(esc(text[at:]))
    return "".join(out)


def _verdicts(parity, findings: list[Finding]) -> dict[tuple[str, int], str]:
    verdicts = {}
    for pair in parity.matching.pairs:
        verdict = pair.verdict if pair.verdict != AGREE else "agree"
        verdicts[("o", pair.original.index)] = verdicts[("t", pair.translation.index)] = verdict
    for mention, _ in parity.matching.missing:
        verdicts[("o", mention.index)] = "missing"
    for mention, _ in parity.matching.added:
        verdicts[("t", mention.index)] = "added"
    qualified = {(f.locations[0].line, f.locations[0].column) for f in findings if f.rule == "qualifier"}
    for pair in parity.matching.pairs:
        place = parity.translation.units[pair.translation.unit].location("", pair.translation.figure.start)
        if (place.line, place.column) in qualified:
            verdicts[("o", pair.original.index)] = verdicts[("t", pair.translation.index)] = "qualifier"
    return verdicts


def _finding_target(parity, finding: Finding) -> str | None:
    first = finding.locations[0] if finding.locations else None
    if first is None:
        return None
    side, text, mentions = (("o", parity.original, parity.original_mentions) if first.note == "original"
                            else ("t", parity.translation, parity.translation_mentions))
    for mention in mentions:
        place = text.units[mention.unit].location(text.path, mention.figure.start)
        if (place.line, place.column) == (first.line, first.column):
            return f"{side}{mention.index}"
    return None


def _by_unit(mentions: tuple[Mention, ...]) -> dict[int, list[Mention]]:
    grouped: dict[int, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.unit, []).append(mention)
    return grouped
