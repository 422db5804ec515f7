"""The runtime requirements are exactly what the package imports, but for a feature's
own extra (`parity`: translate-toolkit, imported only to read TMX/XLIFF/PO); the rest is
the test extra.

A requirement the package never imports still lands in every environment the
package is installed in (hypothesis's pytest plugin once slowed every project's
test sessions there); an import without a requirement breaks a clean install.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def top_level_imports(package: Path) -> set[str]:
    """The top-level names of every absolute import in the package's modules, stdlib and itself excluded."""
    names = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {package.name}


def normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_names(requirements: list[str]) -> set[str]:
    return {normalised(re.match(r"[A-Za-z0-9._-]+", requirement).group()) for requirement in requirements}


def test_the_runtime_requirements_are_what_the_package_imports():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    distributions = packages_distributions()
    imported = {normalised(distributions[name][0]) for name in top_level_imports(ROOT / "checks")}
    optional = set().union(*(requirement_names(requirements) for extra, requirements
                             in project["optional-dependencies"].items() if extra != "test"))
    assert requirement_names(project["dependencies"]) == imported - optional


def test_hypothesis_is_a_test_requirement_only():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "hypothesis" in requirement_names(project["optional-dependencies"]["test"])
    assert "hypothesis" not in requirement_names(project["dependencies"])
