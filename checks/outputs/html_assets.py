"""The HTML report's own style and script, and the policy that allows only them.

Static text only: nothing here is built from a document or a ledger. The
Content-Security-Policy names the SHA-256 of exactly these two strings, so
they are the only style and script the page may run.
"""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root{--side:31rem;--ink:#1b1b1f;--muted:#5b5b66;--line:#d9d9e0;--paper:#fff;--back:#f4f4f7}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:var(--back);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
header{background:var(--paper);border-bottom:1px solid var(--line);padding:.8rem 1.4rem .6rem}
h1{font-size:1.25rem;margin:0 0 .2rem}
h2{font-size:1.05rem;margin:.2rem 0 .5rem}
h3{font-size:1rem;margin:.8rem 0 .3rem}
h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:.9rem 0 .3rem}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.9em}
.meta{color:var(--muted);margin:.1rem 0;font-size:.9rem}
.summary{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;margin:.4rem 0 0;font-size:.92rem}
.summary b{font-variant-numeric:tabular-nums}
.toolbar{position:sticky;top:0;z-index:2;background:var(--paper);border-bottom:1px solid var(--line);padding:.45rem 1.4rem;display:flex;flex-wrap:wrap;gap:.35rem .6rem;align-items:center}
.chip{display:inline-flex;align-items:center;gap:.3rem;font-size:.84rem;border:1px solid var(--line);border-radius:1rem;padding:.05rem .5rem .05rem .3rem;white-space:nowrap;cursor:pointer;user-select:none;background:var(--paper)}
.chip input{margin:0}
.chip .count{font-variant-numeric:tabular-nums;font-weight:600}
.toolbar label.speaker{margin-left:auto;font-size:.86rem;white-space:nowrap}
.toolbar select{font:inherit;padding:.1rem .3rem;max-width:13rem}
main{display:grid;grid-template-columns:minmax(0,1fr) var(--side);gap:1.2rem;padding:1rem 1.4rem;align-items:start}
.doc{min-width:0}
.doc h2 code{font-weight:normal;color:var(--muted)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:1rem 1.6rem;max-width:50rem;font-family:Charter,"Bitstream Charter","Noto Serif",Georgia,serif;font-size:1.02rem;line-height:1.7}
.turn[hidden]{display:none}
a.n{color:inherit;text-decoration:none;border-radius:3px;padding:0 1px;border-bottom:2px solid transparent}
a.n:focus-visible,a.n.selected{outline:2px solid #111;outline-offset:1px}
.s-conflict{background:#ffd6d6;border-color:#c0182b!important;border-bottom-style:solid!important}
.s-changed{background:#ffe2b3;border-color:#b35c00!important;border-bottom-style:dashed!important}
.s-anchor{background:#eadcff;border-color:#6b3fb3!important;border-bottom-style:dotted!important}
a.n.drifted{outline:1px dashed #6b3fb3;outline-offset:1px}
.s-lint{background:#fff2a0;border-color:#8a7300!important;border-bottom-style:dotted!important}
.s-uncovered{background:#e4e4e8;border-color:#55555f!important;border-bottom-style:dashed!important}
.s-protected{background:#d3f1db;border-color:#1f7a3a!important;border-bottom-style:solid!important}
.s-claimed{background:#dbeaff;border-color:#2b6cb0!important;border-bottom-style:solid!important;border-bottom-width:1px!important}
.s-ignored{background:transparent;color:#6a6a74;border-color:#a0a0aa!important;border-bottom-style:dotted!important;border-bottom-width:1px!important}
.sw{display:inline-block;min-width:1.4rem;text-align:center;border-radius:3px;border-bottom:2px solid transparent;padding:0 .2rem}
.hide-conflict a.n.s-conflict,.hide-changed a.n.s-changed,.hide-anchor a.n.s-anchor,.hide-lint a.n.s-lint,
.hide-uncovered a.n.s-uncovered,.hide-protected a.n.s-protected,.hide-claimed a.n.s-claimed,
.hide-ignored a.n.s-ignored{background:transparent;border-color:transparent!important;color:inherit}
a.n.accepted{background-image:repeating-linear-gradient(135deg,transparent 0 4px,rgba(255,255,255,.65) 4px 7px)}
a.n.warning{background-image:linear-gradient(rgba(255,255,255,.55),rgba(255,255,255,.55));border-bottom-style:dashed!important}
a.n.flash{animation:flash 1.2s ease-out}
@keyframes flash{0%{box-shadow:0 0 0 6px #ffbf47}100%{box-shadow:0 0 0 0 transparent}}
aside{position:sticky;top:3.2rem;max-height:calc(100vh - 4rem);overflow:auto;min-width:0}
.panel{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem;margin-bottom:1rem}
.hint{color:var(--muted);margin:.2rem 0}
#details.has-open .hint{display:none}
.detail{display:none}
.detail:target,.detail.open{display:block}
.detail .close{float:right;font:inherit;border:1px solid var(--line);background:var(--back);border-radius:4px;cursor:pointer;padding:0 .45rem}
.badge{display:inline-block;font-size:.75rem;font-weight:600;border-radius:3px;padding:0 .35rem;border-bottom:2px solid transparent;vertical-align:.05em}
.badge.k-ledger{background:#e8e8ec}
.badge.accepted{background:#eee;color:var(--muted);font-weight:normal}
dl.claim{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem;margin:.3rem 0}
dl.claim dt{color:var(--muted)}
dl.claim dd{margin:0;overflow-wrap:anywhere}
ol.mentions,ul.places,ol.findings{margin:.2rem 0;padding-left:1.3rem}
ol.mentions li,ol.findings>li{margin:.25rem 0}
q{font-style:italic;color:#33333d}
.rel{border-left:3px solid #1f7a3a;padding:.1rem 0 .1rem .6rem;margin:.5rem 0}
.rel.fails{border-left-color:#c0182b}
.rel.unknown{border-left-color:#999}
ul.terms{list-style:none;margin:.3rem 0;padding:0;font-size:.9rem}
ul.terms li{padding:.15rem 0}
ul.terms li.result{border-top:1px solid var(--line)}
ul.terms .num{white-space:nowrap;font-variant-numeric:tabular-nums;margin-left:.3rem}
ul.terms .where{overflow-wrap:anywhere}
.computed{margin:.2rem 0;font-size:.9rem}
pre.evidence{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--back);border-radius:4px;padding:.3rem .5rem;margin:.25rem 0;font-size:.8rem}
.verdict-ok{color:#1f7a3a;font-weight:600}
.verdict-fail{color:#c0182b;font-weight:600}
.verdict-warn{color:#6b3fb3;font-weight:600}
ol.findings>li[hidden]{display:none}
ol.findings>li.accepted{opacity:.75}
.headline{margin:0;overflow-wrap:anywhere}
.where{font-size:.85rem;color:var(--muted)}
@media (max-width:64rem){
main{grid-template-columns:1fr}
aside{position:static;max-height:none}
#details.has-open{position:fixed;left:0;right:0;bottom:0;max-height:55vh;overflow:auto;z-index:3;margin:0;border-radius:0;box-shadow:0 -4px 16px rgba(0,0,0,.18)}
}
@page{margin:1.5cm}
@media print{
body{background:#fff;font-size:11pt}
header{padding:0 0 .5rem}
.toolbar,#details,.close{display:none!important}
main{display:block;padding:0}
aside{position:static;max-height:none;overflow:visible}
.text{border:0;padding:0;max-width:none}
.turn[hidden]{display:block}
a.n,.sw,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
ol.findings>li{break-inside:avoid}
}
"""

SCRIPT = """
(function () {
  "use strict";
  var details = document.getElementById("details");
  var current = null;
  function open(i, jump) {
    var d = document.getElementById("d" + i);
    var m = document.getElementById("m" + i);
    if (!d) { return; }
    if (current) { current.classList.remove("open"); }
    var before = document.querySelector("a.n.selected");
    if (before) { before.classList.remove("selected"); }
    d.classList.add("open");
    current = d;
    details.classList.add("has-open");
    var side = details.parentElement;
    if (side) { side.scrollTop = 0; }
    if (m) {
      m.classList.add("selected");
      if (jump) {
        m.scrollIntoView({block: "center"});
        m.classList.remove("flash");
        void m.offsetWidth;
        m.classList.add("flash");
      }
    }
    if (window.history && history.replaceState) { history.replaceState(null, "", "#m" + i); }
  }
  function close() {
    if (current) { current.classList.remove("open"); current = null; }
    details.classList.remove("has-open");
    var before = document.querySelector("a.n.selected");
    if (before) { before.classList.remove("selected"); }
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) { return; }
    if (target.closest("button.close")) { event.preventDefault(); close(); return; }
    var link = target.closest("a.n, a.jump");
    if (!link) { return; }
    var i = link.getAttribute("data-i");
    if (i === null) { return; }
    event.preventDefault();
    open(i, link.classList.contains("jump"));
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); }
  });
  var shownStatus = {};
  var speaker = "";
  var boxes = document.querySelectorAll("input[data-filter]");
  var select = document.getElementById("speaker");
  function apply() {
    var statuses = Object.keys(shownStatus);
    for (var k = 0; k < statuses.length; k++) {
      document.body.classList.toggle("hide-" + statuses[k], !shownStatus[statuses[k]]);
    }
    var turns = document.querySelectorAll(".turn");
    for (var t = 0; t < turns.length; t++) {
      turns[t].hidden = speaker !== "" && turns[t].getAttribute("data-speaker") !== speaker;
    }
    var items = document.querySelectorAll("ol.findings > li");
    for (var j = 0; j < items.length; j++) {
      var status = items[j].getAttribute("data-status");
      var speakers = (items[j].getAttribute("data-speakers") || "").split("|");
      var statusOk = !(status in shownStatus) || shownStatus[status];
      var speakerOk = speaker === "" || speakers.indexOf(speaker) >= 0;
      items[j].hidden = !(statusOk && speakerOk);
    }
  }
  for (var b = 0; b < boxes.length; b++) {
    shownStatus[boxes[b].getAttribute("data-filter")] = boxes[b].checked;
    boxes[b].addEventListener("change", function (event) {
      shownStatus[event.target.getAttribute("data-filter")] = event.target.checked;
      apply();
    });
  }
  if (select) {
    select.addEventListener("change", function () { speaker = select.value; apply(); });
  }
  apply();
  var hash = /^#[md]([0-9]+)$/.exec(window.location.hash);
  if (hash) { open(hash[1], true); }
}());
"""


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(style: str, script: str | None = None) -> str:
    """A policy that allows exactly this style (and script, if any), nothing else."""
    scripts = f"'{_sha256(script)}'" if script is not None else "'none'"
    return (
        f"default-src 'none'; script-src {scripts}; style-src '{_sha256(style)}'; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


CONTENT_SECURITY_POLICY = content_security_policy(STYLE, SCRIPT)
