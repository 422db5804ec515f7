"""pytest items for a review configuration: one per lint rule and document.

`data/review.yaml` becomes the items `review.yaml::phrase-typo`,
`review.yaml::term-glossary`, ... (`rule[document]` when it lists several
documents) and `review.yaml::unused-acceptance`. An item fails when one of its
findings is an unaccepted error, and says why in the words of the CLI;
accepted findings are kept as the item's user properties. A configuration
that cannot be read is one failing item, `review.yaml::config`.

The project's plugin wires `pytest_collect_file` below; it can be used alone
with `pytest -p checks.lint.items`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checks.document import DocumentError, load_document
from checks.lint.config import CONFIG_NAME, LintConfigError
from checks.lint.reader import load_config
from checks.lint.registry import RULES
from checks.lint.review import review


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.name == CONFIG_NAME:
        return ReviewFile.from_parent(parent, path=file_path)
    return None


class ReviewFile(pytest.File):
    def collect(self):
        from checks.plugin import FindingsItem  # here, so that the plugin may import this module

        try:
            config = load_config(str(self.path))
            if not config.documents:
                raise _NoDocuments(f"{config.path}:1:1: documents: none listed; name the documents to review")
            documents = [load_document(path) for path in config.documents]
        except LintConfigError as error:
            yield self._broken("\n".join(str(problem) for problem in error.problems))
            return
        except (DocumentError, _NoDocuments) as error:
            yield self._broken(str(error))
            return
        except OSError as error:
            yield self._broken(f"{error.filename}: cannot read: {error.strerror}")
            return
        findings = review(documents, config)
        rules = [name for name, rule in RULES.items() if rule.check is not None and config.enabled(name)]
        for document in documents:
            mine = [finding for finding in findings if _about(finding, document.path)]
            for rule in sorted(rules):
                name = rule if len(documents) == 1 else f"{rule}[{os.path.basename(document.path)}]"
                chosen = [finding for finding in mine if finding.rule == rule]
                yield FindingsItem.from_parent(self, name=name, findings=chosen, line=0)
        unused = [finding for finding in findings if finding.rule == "unused-acceptance"]
        yield FindingsItem.from_parent(self, name="unused-acceptance", findings=unused, line=0)

    def _broken(self, message: str):
        from checks.plugin import FindingsItem

        return FindingsItem.from_parent(self, name="config", findings=[], line=0, broken=message)


class _NoDocuments(Exception):
    pass


def _about(finding, path: str) -> bool:
    return bool(finding.locations) and os.path.abspath(finding.locations[0].path) == os.path.abspath(path)
