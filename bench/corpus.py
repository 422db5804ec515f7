"""A synthetic corpus: briefings of any size, and ledgers that check clean.

A briefing is a run of *blocks*, one per reporting unit (a made-up place name such
as "Velmora", unique in the corpus). Each block is four speaker turns of prose in
the register of a SCIO press conference — an official's opening figures, a
journalist's question, two answers — stating 26 figures: percents, percentage-point
gaps, amounts with scale words ("1.118 billion yuan", "3.073 million units"),
counts with qualifiers ("more than 140,000", "Nearly 410,000"), "86 of the 97", a
"sevenfold" multiple, first and second quarter against the half year. Its ledger
holds one claim per figure (one of them mentioned twice, in two speakers' turns),
one external figure, and 14 relations covering every kind of docs/relations.md
(`difference` with `exact`, `sum`, `part_of`, `share`, `ratio`, `multiple`,
`count_of` with `is`, `average`, `between`, `compare` against the external figure
and between two claims, `growth`, `approx`).

Figures are drawn as true values and then rounded to the digits the text states,
so every relation holds by construction (correctly rounded consistent values never
conflict); every number of the text is claimed or ignored, so the ledger checks
clean, coverage included. Each anchor is the shortest window of words around its
figure (and the block's place name, which makes it unique) that the real
`AnchorIndex` finds exactly once; anchors average about 70 characters, the
briefing's about 60. Each official's answer is followed by `prose` paragraphs of
policy prose without figures (default 5: about 340 bytes of text per claim, the
briefing's density). `big_document` is dense instead: 100,000 anchors in 10 MB.

    python -m bench.corpus --claims 1000 --out bench/.out/c1000 --verify   # one ledger
    python -m bench.corpus --claims 54 --ledgers 200 --out bench/.out/corpus200
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path

CLAIMS_PER_BLOCK = 27  # 26 stated figures + 1 external
RELATIONS_PER_BLOCK = 14
MENTIONS_PER_BLOCK = 27  # 26 figures, one of them stated twice

SPEAKERS = ("Lin Wei", "Gao Min", "Zhao Rui")
MODERATOR = "Chen Hao"
OUTLETS = ("Global Times", "China Daily", "Economic Daily", "Market News", "Xinhua News Agency")
IGNORES = (
    (r"\b5G\b", "technology name, not a figure"),
    (r"\bJuly 18, 2025\b", "date of the press conference"),
)
FILLER = (
    "We will continue to consolidate the foundation of the real economy and keep industrial and supply chains stable.",
    "Enterprises have stepped up investment in equipment renewal and digital transformation.",
    "Local governments coordinated closely with the departments concerned to keep production running smoothly.",
    "The external environment remains complex and severe, and uncertainties have increased.",
    "We will strengthen the guidance of expectations and create a fair and transparent market environment.",
    "Small and medium-sized enterprises are an important force for stabilizing employment.",
    "Traditional industries are being upgraded while emerging industries are growing rapidly.",
    "We will deepen international cooperation and welcome foreign-funded enterprises to invest.",
    "The integration of artificial intelligence with manufacturing has accelerated.",
    "Green and low-carbon transformation has achieved positive results across key sectors.",
    "We will make good use of special funds and improve the efficiency of policy implementation.",
    "Next, we will focus on cultivating new quality productive forces in line with local conditions.",
    "We will step up efforts to resolve the difficulties that enterprises encounter in production and operation.",
    "Our work has also paid attention to the security and resilience of key industrial chains.",
    "We will improve the mechanism for coordinating industrial policy with fiscal and financial policies.",
    "Leading enterprises have played their role in driving small and medium-sized suppliers.",
    "We will promote the orderly development of industrial clusters and avoid disorderly competition.",
    "The demonstration role of pilot zones has been further strengthened.",
    "We encourage enterprises to increase research and development and to protect intellectual property.",
    "Industrial internet platforms now reach more factories and serve more production scenarios.",
    "Standards for safety and quality have been revised to keep pace with new technologies.",
    "We will keep monitoring the operation of the industrial economy and respond to changes in time.",
    "Consumer demand for smart and green products has become a new driver of growth.",
    "The business environment has improved, and market expectations have become more stable.",
    "We will support enterprises in exploring diversified markets and in upgrading their products.",
    "Talent training and vocational education are being linked more closely with industrial needs.",
    "Regional coordination has helped to balance the layout of manufacturing capacity.",
    "We will guide capital toward innovation and toward the transformation of traditional sectors.",
    "Energy conservation and emission reduction in key industries have continued to advance.",
    "Data resources are being developed and used in a safe and orderly way.",
)
"""Sentences of policy prose without a number, to wrap figures in the register of a briefing."""
_SYLLABLES = ("ka", "ve", "lo", "ran", "mi", "sor", "tal", "bre", "dun", "qui", "zel", "pho",
              "nar", "vi", "gol", "tes", "mar", "lin", "dra", "cor", "fen", "ul", "bas", "rho")
_FOLDS = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
          7: "sevenfold", 8: "eightfold", 9: "ninefold"}


@dataclass
class Corpus:
    """A generated briefing and its ledger (YAML text), and what they hold."""

    document: str
    ledger: str
    claims: int
    relations: int
    mentions: list[tuple[str, str | None]] = field(default_factory=list)  # (anchor, speaker)


# -- figures --------------------------------------------------------------------


def _round(value: Fraction, places: int) -> Decimal:
    """`value` correctly rounded to `places` decimals (half even), as written."""
    step = Decimal(1).scaleb(-places)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(step, rounding=ROUND_HALF_EVEN)


def _grouped(number: int) -> str:
    return f"{number:,}"


def _names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct capitalised pseudo-words that read as no number or unit."""
    from checks.numbers import NUMERAL  # the real numeral reader decides

    seen: set[str] = set()
    names = []
    while len(names) < count:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        name = word.capitalize()
        if len(word) < 5 or word in seen or NUMERAL.search(name):
            continue
        seen.add(word)
        names.append(name)
    return names


class _Block:
    """One reporting unit: its text and its ledger entries."""

    def __init__(self, rng: random.Random, name: str, index: int, prose: int) -> None:
        self.rng, self.name, self.key, self.prose = rng, name, name.lower(), prose
        self.paragraphs: list[tuple[str, str]] = []  # (speaker, text)
        self.claims: list[tuple[str, dict]] = []
        self.external: list[tuple[str, dict]] = []
        self.relations: list[tuple[str, dict]] = []
        self.mentions: list[tuple[str, str | None]] = []
        self.speakers = SPEAKERS[index % 3], SPEAKERS[(index + 1) % 3], SPEAKERS[(index + 2) % 3]
        self.outlet = OUTLETS[index % len(OUTLETS)]
        self._pending: list[tuple] = []  # (claim, speaker, sentence, start, end) of each figure stated
        self._build()
        self._anchor()

    # a sentence is a list of pieces: text, or (claim id, stated figure)
    def _say(self, speaker: str, sentences: list[list]) -> None:
        texts = []
        for pieces in sentences:
            plain = ""
            for piece in pieces:
                if not isinstance(piece, str):
                    self._pending.append((piece[0], speaker, len(plain), len(plain) + len(piece[1])))
                    piece = piece[1]
                plain += piece
            self._pending[len(self._pending) - sum(1 for p in pieces if not isinstance(p, str)):] = [
                (claim, speaker, plain, start, end) for claim, speaker, start, end
                in self._pending[len(self._pending) - sum(1 for p in pieces if not isinstance(p, str)):]]
            texts.append(plain)
        if speaker in SPEAKERS:  # officials wrap their figures in policy prose
            filler = self.rng.sample(FILLER, 2)
            opening = 1 if texts[0].startswith("Thank you") else 0
            texts = [*texts[:opening], filler[0], *texts[opening:], filler[1]]
            extra = ["\n\n" + " ".join(self.rng.sample(FILLER, 5)) for _ in range(self.prose)]
            texts[-1] += "".join(extra)
        self.paragraphs.append((speaker, " ".join(texts)))

    def _anchor(self) -> None:
        """Give every figure the shortest anchor (sentence window) that matches once."""
        from checks.anchors import Anchor, AnchorIndex
        from checks.document import Document

        repeated = {claim for claim, *_ in self._pending if sum(p[0] == claim for p in self._pending) > 1}
        text = "\n\n".join(f"{speaker}:\n\n{paragraph}" for speaker, paragraph in self.paragraphs)
        index = AnchorIndex(Document(text))
        chosen: list[str | None] = [None] * len(self._pending)
        for context in (12, 24, 40, None):
            todo = [at for at, anchor in enumerate(chosen) if anchor is None]
            windows = [self._window(*self._pending[at][2:], context) for at in todo]
            speakers = [self._pending[at][1] if self._pending[at][0] in repeated else None for at in todo]
            resolutions = index.resolve([Anchor(window, speaker) for window, speaker in zip(windows, speakers)])
            for at, window, resolution in zip(todo, windows, resolutions):
                if len(resolution.matches) == 1 or context is None:
                    chosen[at] = window
        for (claim, speaker, *_), anchor in zip(self._pending, chosen):
            self._mention(claim, anchor, speaker if claim in repeated else None)

    def _window(self, sentence: str, start: int, end: int, context: int | None) -> str:
        """The figure in [brackets] with `context` characters (whole words) either
        side, reaching the nearest mention of the block's name; None: the sentence."""
        if context is None:
            left, right = 0, len(sentence)
        else:
            spots = [at for at in range(len(sentence)) if sentence.startswith(self.name, at)]
            name = min(spots, key=lambda at: abs(at - start))
            left = max(0, min(start - context, name - context // 2))
            right = min(len(sentence), max(end + context, name + len(self.name)))
            left = sentence.rfind(" ", 0, left) + 1 if left > 0 and sentence[left - 1] != " " else left
            space = sentence.find(" ", right)
            right = len(sentence) if space < 0 else space
        tail = sentence[end:right].rstrip(" .,?")
        return f"{sentence[left:start]}[{sentence[start:end]}]{tail}".strip()

    def _mention(self, claim: str, anchor: str, speaker: str | None) -> None:
        for claim_id, entry in self.claims:
            if claim_id == claim:
                mention = {"anchor": anchor, **({"speaker": speaker} if speaker else {})}
                entry["mentions"].append(mention)
                self.mentions.append((anchor, speaker))
                return
        raise KeyError(claim)

    def _claim(self, suffix: str, metric: str, period: str, unit: str, value: str) -> tuple[str, str]:
        claim_id = f"{self.key}.{suffix}"
        self.claims.append((claim_id, {"metric": metric, "period": period, "unit": unit, "value": value,
                                       "mentions": []}))
        return claim_id, value

    def _relation(self, suffix: str, kind: str, operands: list[str], **options) -> None:
        self.relations.append((f"{self.key}.{suffix}", {kind: operands, **options}))

    def _build(self) -> None:
        rng, n = self.rng, self.name
        a, b, c = self.speakers
        pct = lambda low, high: Fraction(rng.randint(low * 100, high * 100), 100)

        # -- opening figures: quarters, half year, a sector against the average -------
        q1 = _round(pct(2, 12), 1)
        q2 = _round(pct(2, 12), 1)
        h1 = _round((Fraction(q1) + Fraction(q2)) / 2, 1)
        eq = _round(Fraction(h1) + pct(1, 6), 1)
        gap = eq - h1  # stated digits: the text computed it from the rounded figures
        share_true = pct(15, 45)
        share = _round(share_true, 1)
        contribution = _round(share_true * Fraction(eq) / 100, 1)
        profit_true = Fraction(rng.randint(200_000, 9_999_999), 1000)
        profit = _round(profit_true / 1000, 3)
        profit_growth = _round(pct(1, 15), 1)

        g_h1 = self._claim("industry.va_growth", "industrial value added, growth yoy", "2025-H1", "percent", f"{h1}%")
        g_q1 = self._claim("industry.va_growth_q1", "industrial value added, growth yoy", "2025-Q1", "percent", f"{q1}%")
        g_q2 = self._claim("industry.va_growth_q2", "industrial value added, growth yoy", "2025-Q2", "percent", f"{q2}%")
        g_eq = self._claim("equipment.va_growth", "equipment manufacturing value added, growth yoy", "2025-H1",
                           "percent", f"{eq}%")
        g_gap = self._claim("equipment.va_gap", "equipment growth above industry growth", "2025-H1", "pp",
                            f"{gap} percentage points")
        g_share = self._claim("equipment.va_share", "equipment manufacturing share of industrial value added",
                              "2025-H1", "percent", f"{share}%")
        g_contrib = self._claim("equipment.contribution", "equipment manufacturing contribution to industrial growth",
                                "2025-H1", "pp", f"{contribution} percentage points")
        g_profit = self._claim("manufacturing.profit", "profits of manufacturers", "2025-01..05", "yuan",
                               f"{profit} billion yuan")
        g_pgrowth = self._claim("manufacturing.profit_growth", "profits of manufacturers, growth yoy", "2025-01..05",
                                "percent", f"{profit_growth}%")
        official = f"{self.key}.official.va_growth"
        self.external.append((official, {"metric": "industrial value added, growth yoy", "period": "2025-H1",
                                         "unit": "percent", "value": f"{h1}%",
                                         "source": f"{n} statistics bureau release of 2025-07-15 (synthetic)"}))
        self._say(a, [
            ["In the first half of the year, the value added of industrial enterprises in ", n,
             " increased by ", g_h1, " year on year, showing strong resilience."],
            ["In the first quarter, industrial output in ", n, " grew ", g_q1,
             ", and in the second quarter it grew ", g_q2, "."],
            ["Equipment manufacturing in ", n, " grew ", g_eq, ", ", g_gap,
             " higher than the overall industrial growth of the region."],
            ["It accounted for ", g_share, " of the industrial value added of ", n, " and contributed ", g_contrib,
             " to its growth."],
            ["From January to May, profits of manufacturers in ", n, " reached ", g_profit, ", up ",
             g_pgrowth, " year on year."],
            ["5G networks now cover every county of ", n, "."],
        ])

        # -- a question, and the automobile market ---------------------------------
        self._say(self.outlet, [
            [n, "'s industry grew ", g_h1, " in the first half."],
            ["How did its automobile market perform, and what is driving new energy vehicles?"],
        ])
        nev_true = Fraction(rng.randint(300_000, 2_000_000), 1000)
        exports_true = Fraction(rng.randint(100_000, 900_000), 1000)
        domestic_true = nev_true + Fraction(rng.randint(1_000_000, 2_500_000), 1000) - exports_true
        sales_true = exports_true + domestic_true
        prior_true = sales_true / (1 + pct(1, 30) / 100)
        m = lambda value: _round(value / 1000, 3)  # thousands of units -> millions, 3 decimals
        g_sales = self._claim("auto.sales", "vehicle sales", "2025-H1", "units", f"{m(sales_true)} million units")
        g_nev = self._claim("auto.nev_sales", "new energy vehicle sales", "2025-H1", "units",
                            f"{m(nev_true)} million units")
        g_nev_share = self._claim("auto.nev_share", "new energy vehicles, share of sales", "2025-H1", "percent",
                                  f"{_round(nev_true / sales_true * 100, 1)}%")
        g_ratio = self._claim("auto.sales_to_nev", "vehicle sales per new energy vehicle sold", "2025-H1", "times",
                              f"{_round(sales_true / nev_true, 2)} times")
        g_prior = self._claim("auto.sales_prior", "vehicle sales", "2024-H1", "units", f"{m(prior_true)} million units")
        g_growth = self._claim("auto.sales_growth", "vehicle sales, growth yoy", "2025-H1", "percent",
                               f"{_round((sales_true / prior_true - 1) * 100, 1)}%")
        g_exports = self._claim("auto.exports", "vehicle exports", "2025-H1", "units",
                                f"{m(exports_true)} million units")
        g_domestic = self._claim("auto.domestic", "domestic vehicle deliveries", "2025-H1", "units",
                                 f"{m(domestic_true)} million units")
        self._say(b, [
            ["Thank you for your question."],
            ["Vehicle sales in ", n, " reached ", g_sales,
             " in the first half, of which new energy vehicles accounted for ", g_nev, ", or ", g_nev_share,
             " of the total."],
            ["In other words, total sales in ", n, " were ", g_ratio, " the sales of new energy vehicles."],
            ["A year earlier, vehicle sales in ", n, " stood at ", g_prior, ", so sales grew ", g_growth,
             " year on year."],
            ["Exports of vehicles made in ", n, " came to ", g_exports, " and domestic deliveries to ", g_domestic,
             "."],
        ])

        # -- enterprises, categories, contracts, robots ------------------------------
        sme = rng.randint(20, 300) * 1000
        giants = rng.randint(sme // 40, sme // 8) // 100 * 100
        categories = rng.randint(60, 120)
        served = rng.randint(categories // 2, categories - 1)
        contracts = rng.randint(100, 900) * 1000
        before = rng.randint(101, 999)
        fold = rng.randint(2, 9)
        g_sme = self._claim("smes.specialized", "specialized and sophisticated SMEs", "2025-07-18", "count",
                            f"more than {_grouped(sme)}")
        g_giants = self._claim("smes.little_giants", "little giant enterprises", "2025-07-18", "count",
                               _grouped(giants))
        g_served = self._claim("digital.categories_served", "industrial categories served by digital platforms",
                               "2025-07-18", "count", str(served))
        g_categories = self._claim("economy.major_categories", "major industrial categories", "none", "count",
                                   str(categories))
        g_served_pct = self._claim("digital.categories_share", "industrial categories served, share", "2025-07-18",
                                   "percent", f"{_round(Fraction(served * 100, categories), 1)}%")
        g_contracts = self._claim("tech.contracts", "technology contracts registered", "2025-H1", "count",
                                  f"Nearly {_grouped(contracts)}")
        g_fold = self._claim("robots.multiple", "service robot shipments, multiple of a year earlier", "2025-H1",
                             "times", _FOLDS[fold])
        g_robots = self._claim("robots.shipments", "service robot shipments", "2025-H1", "units",
                               f"{_grouped(before * fold)} units")
        g_robots_prior = self._claim("robots.shipments_prior", "service robot shipments", "2024-H1", "units",
                                     f"{before} units")
        self._say(c, [
            [n, " now has ", g_sme, " specialized and sophisticated small and medium-sized enterprises, with ",
             g_giants, " classified as little giant enterprises."],
            ["Digital platforms in ", n, " serve ", g_served, " of the ", g_categories,
             " major industrial categories, that is ", g_served_pct, " of them."],
            [g_contracts, " technology contracts were registered in ", n, " in the first half."],
            ["Shipments of service robots made in ", n, " increased ", g_fold, " to ", g_robots, ", from ",
             g_robots_prior, " a year earlier."],
        ])

        k = self.key
        self._relation("industry.half_average", "average", [f"{k}.industry.va_growth_q1", f"{k}.industry.va_growth_q2"],
                       **{"is": f"{k}.industry.va_growth", "why": "H1 growth is the mean of its two quarters"})
        self._relation("industry.half_between", "between", [f"{k}.industry.va_growth_q1", f"{k}.industry.va_growth_q2"],
                       **{"is": f"{k}.industry.va_growth", "why": "H1 growth lies between its two quarters"})
        self._relation("industry.official", "compare", [f"{k}.industry.va_growth", official],
                       op="=", why="the statistics bureau publishes the same H1 growth")
        self._relation("equipment.gap", "difference", [f"{k}.equipment.va_growth", f"{k}.industry.va_growth"],
                       **{"is": f"{k}.equipment.va_gap", "exact": True,
                          "why": '"percentage points higher than the overall industrial growth"'})
        self._relation("equipment.faster", "compare", [f"{k}.equipment.va_growth", f"{k}.industry.va_growth"],
                       op=">", why="equipment grew faster than industry")
        self._relation("equipment.contribution_identity", "approx",
                       [f"{k}.equipment.va_share", f"{k}.equipment.va_growth"],
                       **{"formula": "a * b / 100", "is": f"{k}.equipment.contribution", "tolerance": "0.1",
                          "units": "share times growth / 100 gives a contribution in pp",
                          "why": "contribution = share x growth / 100"})
        self._relation("auto.nev_share_of_sales", "share", [f"{k}.auto.nev_sales", f"{k}.auto.sales"],
                       **{"is": f"{k}.auto.nev_share", "why": '"of which new energy vehicles accounted for"'})
        self._relation("auto.sales_over_nev", "ratio", [f"{k}.auto.sales", f"{k}.auto.nev_sales"],
                       **{"is": f"{k}.auto.sales_to_nev", "why": '"total sales were ... times"'})
        self._relation("auto.nev_within_sales", "part_of", [f"{k}.auto.nev_sales", f"{k}.auto.sales"])
        self._relation("auto.growth", "growth", [f"{k}.auto.sales", f"{k}.auto.sales_prior"],
                       **{"is": f"{k}.auto.sales_growth", "why": '"so sales grew ... year on year"'})
        self._relation("auto.exports_and_domestic", "sum", [f"{k}.auto.exports", f"{k}.auto.domestic"],
                       **{"is": f"{k}.auto.sales", "why": "exports and domestic deliveries make up sales"})
        self._relation("smes.giants_within", "part_of", [f"{k}.smes.little_giants", f"{k}.smes.specialized"])
        self._relation("digital.categories", "count_of",
                       [f"{k}.digital.categories_served", f"{k}.economy.major_categories"],
                       **{"is": f"{k}.digital.categories_share", "why": '"serve n of the m major categories"'})
        self._relation("robots.fold", "multiple", [f"{k}.robots.shipments", f"{k}.robots.shipments_prior"],
                       **{"is": f"{k}.robots.multiple", "why": '"increased n-fold" read as n times the prior volume'})


# -- assembling -------------------------------------------------------------------


PROSE = 5
"""Figure-free paragraphs after each official's answer: 5 gives about 340 bytes of
text per claim, the density of the flagship briefing (60 KB for 173 claims)."""


def generate(claims: int = 270, *, seed: int = 0, prose: int = PROSE, title: str = "Synthetic briefing") -> Corpus:
    """A briefing and its ledger with about `claims` claims (a multiple of 27, at least
    27) and `prose` figure-free paragraphs after each official's answer."""
    rng = random.Random(seed)
    blocks = max(1, round(claims / CLAIMS_PER_BLOCK))
    names = _names(rng, blocks)
    built = [_Block(rng, name, index, prose) for index, name in enumerate(names)]
    return Corpus(_document(built, title), _ledger(built), blocks * CLAIMS_PER_BLOCK,
                  blocks * RELATIONS_PER_BLOCK, [m for block in built for m in block.mentions])


def _document(blocks: list[_Block], title: str) -> str:
    lines = [f"{title} on industry and information technology in the first half of the year", "",
             "Beijing | July 18, 2025", "", f"{MODERATOR}:", "",
             "Ladies and gentlemen, good afternoon. Welcome to this press conference.", ""]
    for block in blocks:
        for speaker, text in block.paragraphs:
            lines += [f"{speaker}:", "", text, ""]
    lines += [f"{MODERATOR}:", "", "This concludes today's press conference. Thank you, everyone.", ""]
    return "\n".join(lines)


def _scalar(value) -> str:
    return "true" if value is True else json.dumps(value, ensure_ascii=False)


def _ledger(blocks: list[_Block], document: str = "briefing.txt") -> str:
    out = ["# Generated by bench/corpus.py: a synthetic ledger that checks clean.", "# checks: ledger", "version: 1", "",
           "documents:", "  briefing:", f"    path: {document}", "", "claims:"]
    for block in blocks:
        for claim_id, entry in block.claims:
            out.append(f"  {claim_id}:")
            for key in ("metric", "period", "unit", "value"):
                out.append(f"    {key}: {_scalar(entry[key])}")
            out.append("    mentions:")
            for mention in entry["mentions"]:
                out.append(f"      - anchor: {_scalar(mention['anchor'])}")
                if "speaker" in mention:
                    out.append(f"        speaker: {_scalar(mention['speaker'])}")
    out += ["", "external:"]
    for block in blocks:
        for claim_id, entry in block.external:
            out.append(f"  {claim_id}:")
            out += [f"    {key}: {_scalar(value)}" for key, value in entry.items()]
    out += ["", "relations:"]
    for block in blocks:
        for relation_id, entry in block.relations:
            out.append(f"  {relation_id}:")
            for key, value in entry.items():
                shown = "[" + ", ".join(value) + "]" if isinstance(value, list) else _scalar(value)
                out.append(f"    {key}: {shown}")
    out += ["", "ignore:"]
    for pattern, reason in IGNORES:
        out += [f"  - pattern: {_scalar(pattern)}", f"    reason: {_scalar(reason)}"]
    return "\n".join(out) + "\n"


def write(folder: str | Path, claims: int = 270, *, seed: int = 0, prose: int = PROSE, name: str = "claims") -> Path:
    """Write `briefing.txt`-style document and ledger into `folder`; return the ledger's path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    corpus = generate(claims, seed=seed, prose=prose)
    document = f"{name}.briefing.txt"
    (folder / document).write_text(corpus.document, encoding="utf-8")
    ledger = folder / f"{name}.yaml"
    ledger.write_text(corpus.ledger.replace("path: briefing.txt", f"path: {document}"), encoding="utf-8")
    return ledger


def write_corpus(folder: str | Path, ledgers: int, claims: int, *, seed: int = 0, prose: int = PROSE) -> list[Path]:
    """`ledgers` ledgers of about `claims` claims each, with distinct seeds."""
    return [write(folder, claims, seed=seed + index, prose=prose, name=f"b{index:04d}") for index in range(ledgers)]


def big_document(megabytes: float = 10, anchors: int = 100_000, *, seed: int = 0) -> tuple[str, list[tuple[str, str | None]]]:
    """A document of about `megabytes` MB holding at least `anchors` unique anchors
    (blocks without extra prose, then padded with figure-free paragraphs to the
    size asked for), and the first `anchors` anchors."""
    corpus = generate(-(-anchors // MENTIONS_PER_BLOCK) * CLAIMS_PER_BLOCK, seed=seed, prose=0)
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    paragraphs = corpus.document.split("\n\n")
    padding = target - len(corpus.document.encode("utf-8"))
    if padding > 0:  # spread filler paragraphs evenly between the generated ones
        filler = []
        size = 0
        while size < padding:
            paragraph = " ".join(rng.sample(FILLER, 6))
            filler.append(paragraph)
            size += len(paragraph) + 2
        every = max(1, len(paragraphs) // max(1, len(filler)))
        mixed = []
        for index, paragraph in enumerate(paragraphs):
            mixed.append(paragraph)
            if index % every == every - 1 and filler and paragraph.rstrip().endswith((".", "?")):
                mixed.append(filler.pop())
        mixed += filler
        paragraphs = mixed
    return "\n\n".join(paragraphs), corpus.mentions[:anchors]


def verify(corpus: Corpus) -> list[str]:
    """Problems with a generated corpus: anchors that do not match exactly once."""
    from checks.anchors import Anchor, AnchorIndex
    from checks.document import Document

    anchors = [Anchor(text, speaker) for text, speaker in corpus.mentions]
    resolutions = AnchorIndex(Document(corpus.document, "briefing.txt")).resolve(anchors)
    return [f"{len(r.matches)} matches: {r.anchor.text!r}" for r in resolutions if len(r.matches) != 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=270, help="claims per ledger (rounded to a multiple of 27)")
    parser.add_argument("--ledgers", type=int, default=1, help="how many ledgers (distinct seeds)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--prose", type=int, default=PROSE, help="figure-free paragraphs after each answer")
    parser.add_argument("--out", required=True, help="folder to write into (e.g. bench/.out/NAME)")
    parser.add_argument("--verify", action="store_true", help="check every anchor matches exactly once")
    args = parser.parse_args(argv)
    if args.ledgers == 1:
        paths = [write(args.out, args.claims, seed=args.seed, prose=args.prose)]
    else:
        paths = write_corpus(args.out, args.ledgers, args.claims, seed=args.seed, prose=args.prose)
    if args.verify:
        for index in range(args.ledgers):
            problems = verify(generate(args.claims, seed=args.seed + index, prose=args.prose))
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                return 1
    print(f"wrote {len(paths)} ledger(s) under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
