"""pytest items for a review configuration: one per lint rule and document.

`data/review.yaml` becomes the items `review.yaml::phrase-typo`,
`review.yaml::term-glossary`, ... (`rule[document]` when it lists several
documents) and `review.yaml::unused-acceptance`. Collecting reads only the
configuration: the documents are read and reviewed when the first item runs
(once per process, shared by the file's items), so collection stays cheap and
an xdist worker reviews only the files whose items it runs. An item fails when
one of its findings is an unaccepted error, and says why in the words of the
CLI; accepted findings are kept as the item's user properties. A configuration
that cannot be read is one failing item, `review.yaml::config`.

The project's plugin wires `pytest_collect_file` below; it can be used alone
with `pytest -p checks.lint.items`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checks.document import DocumentError, load_document
from checks.findings import Finding
from checks.lint.config import CONFIG_NAME, LintConfig, LintConfigError
from checks.lint.reader import load_config
from checks.lint.registry import RULES
from checks.lint.review import review
from checks.items import FindingsItem, Outcome


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.name == CONFIG_NAME:
        return ReviewFile.from_parent(parent, path=file_path)
    return None


class ReviewFile(pytest.File):
    review_config: LintConfig | None = None
    found: dict[tuple[str, str | None], list[Finding]] | None = None  # (rule, document) -> findings, once reviewed
    unusable: str | None = None  # why the documents could not be reviewed

    def collect(self):
        try:
            config = load_config(str(self.path), allow_outside=self.config.getoption("claims_allow_outside", False))
        except LintConfigError as error:
            yield self._broken("\n".join(str(problem) for problem in error.problems))
            return
        if not config.documents:
            yield self._broken(f"{config.path}:1:1: documents: none listed; name the documents to review")
            return
        self.review_config = config
        rules = sorted(name for name, rule in RULES.items() if rule.check is not None and config.enabled(name))
        for document in config.documents:
            for rule in rules:
                name = rule if len(config.documents) == 1 else f"{rule}[{os.path.basename(document)}]"
                yield ReviewItem.from_parent(self, name=name, line=0, rule=rule, document=document)
        yield ReviewItem.from_parent(self, name="unused-acceptance", line=0, rule="unused-acceptance", document=None)

    def outcome(self, name: str, rule: str, document: str | None) -> Outcome:
        """The findings of one rule in one document; the review runs at the first call."""
        if self.found is None:
            self.found = self._review()
        return {name: self.found.get((rule, document), [])}, self.unusable

    def _review(self) -> dict[tuple[str, str | None], list[Finding]]:
        config = self.review_config
        try:
            documents = [load_document(path) for path in config.documents]
            reviewed = review(documents, config)
        except DocumentError as error:
            self.unusable = str(error)
            return {}
        except LintConfigError as error:  # e.g. a furniture pattern over its time budget
            self.unusable = "\n".join(str(problem) for problem in error.problems)
            return {}
        except OSError as error:
            self.unusable = f"{error.filename}: cannot read: {error.strerror}"
            return {}
        found: dict[tuple[str, str | None], list[Finding]] = {}
        for finding in reviewed:
            document = None if finding.rule == "unused-acceptance" else _document_of(finding, config.documents)
            found.setdefault((finding.rule, document), []).append(finding)
        return found

    def _broken(self, message: str):
        return FindingsItem.from_parent(self, name="config", findings=[], line=0, broken=message)


class ReviewItem(FindingsItem):
    """The findings of one lint rule in one document, reviewed when the item runs."""

    def __init__(self, *, rule: str, document: str | None, **kwargs):
        super().__init__(**kwargs)
        self.rule, self.document = rule, document

    def outcome(self) -> Outcome:
        return self.parent.outcome(self.name, self.rule, self.document)


def _document_of(finding, documents: tuple[str, ...]) -> str | None:
    if not finding.locations:
        return None
    where = os.path.abspath(finding.locations[0].path)
    return next((document for document in documents if os.path.abspath(document) == where), None)
