"""Paths: a ledger names documents inside its own folder tree only.

A ledger arriving in a pull request must not make CI read, and then publish in a
report, a file outside the ledger's folder: `../`, absolute paths and symlinks
that lead outside are ledger problems (exit 2, nothing read) unless the person
running the tool passes --allow-outside. A document named on the command line
(--document) is the user's own choice and may be anywhere.

Decision on symlinks: the folder tree is where the files *are*, not where their
names are, so a name inside the folder that is a symlink to a file or folder
outside counts as outside (git stores symlinks, so a pull request can add one).
A symlink that stays inside the tree is fine.
"""

from __future__ import annotations

import os

import pytest
from memo import DOCUMENT, GOOD

from checks.cli import main
from checks.engine import InputError, check_ledger
from checks.ledger import LedgerError, load_ledger

SECRET = "Xie Cun:\n\nSECRET-TOKEN Revenue rose 9.3% year on year, 3.4 percentage points higher than last year.\n"


@pytest.fixture
def tree(tmp_path):
    """tmp/outside/secret.txt next to tmp/ledger/ (the ledger's folder, with memo.txt)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "ledger"
    (folder / "sub").mkdir(parents=True)
    (folder / "memo.txt").write_text(DOCUMENT, encoding="utf-8")
    (folder / "sub" / "memo.txt").write_text(DOCUMENT, encoding="utf-8")
    return folder


def ledger_naming(folder, document_path: str) -> str:
    path = folder / "claims.yaml"
    path.write_text(GOOD.replace("path: memo.txt", f"path: '{document_path}'"), encoding="utf-8")
    return str(path)


def path_problem(path: str) -> tuple[int, int, str, str]:
    with pytest.raises(LedgerError) as caught:
        load_ledger(path)
    (problem,) = caught.value.problems
    return problem.where.line, problem.where.column, problem.field, problem.message


OUTSIDE = ["../outside/secret.txt", "sub/../../outside/secret.txt", "./../outside/secret.txt", "{absolute}"]


@pytest.mark.parametrize("name", OUTSIDE)
def test_a_document_outside_the_ledgers_folder_is_a_ledger_problem(tree, name):
    name = name.format(absolute=tree.parent / "outside" / "secret.txt")
    line, column, field, message = path_problem(ledger_naming(tree, name))
    assert (line, column, field) == (4, 11, "documents.memo.path")
    assert f"{name!r} is outside the ledger's folder; pass --allow-outside" in message


@pytest.mark.parametrize("command", [["check"], ["check", "--format", "json"], ["coverage"], ["mutate"]])
def test_the_cli_refuses_an_outside_document_without_reading_or_printing_it(tree, capsys, command):
    path = ledger_naming(tree, "../outside/secret.txt")
    assert main([*command, path]) == 2
    captured = capsys.readouterr()
    assert "SECRET-TOKEN" not in captured.out + captured.err
    if "json" in command:  # the ledger finding is in the JSON report
        assert captured.err == "" and "outside the ledger's folder" in captured.out
    else:
        assert captured.err.startswith(f"{path}:4:11: ") and captured.err.count("\n") == 1


def test_the_report_refuses_an_outside_document_and_writes_no_page(tree, capsys):
    page = tree / "report.html"
    path = ledger_naming(tree, "../outside/secret.txt")
    assert main(["report", path, "--html", str(page), "--no-mutation"]) == 2
    assert not page.exists()
    assert "SECRET-TOKEN" not in capsys.readouterr().err


def test_allow_outside_on_the_command_line_permits_an_outside_document(tree, capsys):
    path = ledger_naming(tree, "../outside/secret.txt")
    assert main(["check", "--allow-outside", path]) == 0
    assert capsys.readouterr().err == ""


def test_a_document_named_on_the_command_line_may_be_anywhere(tree, capsys):
    path = ledger_naming(tree, "memo.txt")
    assert main(["check", path, "--document", str(tree.parent / "outside" / "secret.txt")]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("name", ["memo.txt", "./memo.txt", "sub/memo.txt", "sub/../memo.txt", "sub//memo.txt"])
def test_a_document_inside_the_folder_tree_is_read(tree, name):
    assert check_ledger(ledger_naming(tree, name)).findings() == []


@pytest.mark.parametrize("name", ["~/.ssh/id_rsa", "$HOME/.profile", "http://example.com/memo.txt",
                                  "file:///etc/passwd", "..."])
def test_a_path_is_never_expanded_or_fetched_it_stays_a_name_inside_the_folder(tree, capsys, name):
    path = ledger_naming(tree, name)
    assert main(["check", path]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:4:5: ") and err.count("\n") == 1  # the document's path: cannot read it
    assert "No such file or directory" in err


# -- symlinks -----------------------------------------------------------------------


def test_a_symlink_that_stays_inside_the_folder_is_read(tree):
    os.symlink(tree / "sub" / "memo.txt", tree / "link.txt")
    assert check_ledger(ledger_naming(tree, "link.txt")).findings() == []


def test_a_ledger_reached_through_a_symlinked_folder_still_reads_its_own_documents(tree):
    os.symlink(tree, tree.parent / "alias")
    ledger_naming(tree, "memo.txt")
    assert check_ledger(str(tree.parent / "alias" / "claims.yaml")).findings() == []


def test_allow_outside_permits_a_symlink_to_outside(tree):
    os.symlink(tree.parent / "outside" / "secret.txt", tree / "link.txt")
    assert check_ledger(ledger_naming(tree, "link.txt"), allow_outside=True).findings() == []


def test_a_symlink_inside_the_folder_to_a_file_outside_is_a_ledger_problem(tree, capsys):
    """Was bug B5: the loader compared normalised names, not real paths."""
    os.symlink(tree.parent / "outside" / "secret.txt", tree / "link.txt")
    path = ledger_naming(tree, "link.txt")
    line, column, field, message = path_problem(path)
    assert (line, column, field) == (4, 11, "documents.memo.path")
    assert "'link.txt' is outside the ledger's folder; pass --allow-outside" in message
    assert main(["coverage", path]) == 2
    assert "SECRET-TOKEN" not in "".join(capsys.readouterr())


def test_a_symlinked_folder_inside_the_tree_that_leads_outside_is_a_ledger_problem(tree):
    """Was bug B5 too."""
    os.symlink(tree.parent / "outside", tree / "linked")
    line, column, field, message = path_problem(ledger_naming(tree, "linked/secret.txt"))
    assert (line, column, field) == (4, 11, "documents.memo.path")
    assert "is outside the ledger's folder" in message


# -- names that are not files -------------------------------------------------------


@pytest.mark.parametrize("name", [".", "sub", "missing.txt", "sub/missing/memo.txt", "x" * 300])
def test_a_document_that_cannot_be_read_is_one_located_line_and_exit_2(tree, capsys, name):
    path = ledger_naming(tree, name)
    with pytest.raises(InputError):
        check_ledger(path)
    assert main(["check", path]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:4:5: ") and err.count("\n") == 1 and "Traceback" not in err


def test_an_empty_document_path_is_a_ledger_problem(tree):
    line, _, field, _ = path_problem(ledger_naming(tree, ""))
    assert (line, field) == (4, "documents.memo.path")


def test_a_document_path_with_a_nul_character_is_a_ledger_problem(tree):
    """Was bug B6: ValueError 'embedded null byte' from open(), a traceback at the CLI."""
    path = tree / "claims.yaml"
    path.write_text(GOOD.replace("path: memo.txt", 'path: "memo.txt\\0.png"'), encoding="utf-8")
    assert path_problem(str(path)) == (4, 11, "documents.memo.path", "a path cannot hold a NUL character; fix the path")
