"""Babel extraction methods for the documentation that privdocs keeps in docstrings.

A rule module's docstring is the rule's reference page (`rule_docs`), and a model class's
docstring introduces its section of the profile guide. The English stays in the code, the one
source; these methods make it translatable without copying it anywhere by hand. `babel.cfg`
maps them to those files (its `[extractors]` section names them):

- `rule_docstring`: the summary and each paragraph of the rationale of a rule module's
  docstring, each on one line, as `rule_docs.texts` gives them (the examples are YAML, not
  prose, and are left out);
- `model_docstrings`: the docstring, on one line, of every model class that declares a profile
  key with `key(...)`, as the profile guide shows it.

A file is read by one extraction method only, so both also extract the file's marked messages
(`N_(...)`), as the `python` method does. The message ids go to the `privdocs` domain; the site
looks each text up there and shows the translation on the pages of that language.
"""

from __future__ import annotations

import ast
from typing import Any, Iterator

from babel.messages.extract import extract_python

from ..check.rule_docs import texts

_Result = tuple[int, Any, Any, list[str]]


def _tree(fileobj) -> ast.Module:
    """The syntax tree of a file the `python` method has just read."""
    fileobj.seek(0)
    return ast.parse(fileobj.read())


def _module_constant(tree: ast.Module, name: str) -> str | None:
    for statement in tree.body:
        if (isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant)
                and any(isinstance(target, ast.Name) and target.id == name
                        for target in statement.targets)):
            return statement.value.value
    return None


def extract_rule_docstring(fileobj, keywords, comment_tags, options) -> Iterator[_Result]:
    """The marked messages of a rule module, then the prose of its docstring.

    A module without an `ID` (the package's `__init__`) is not a rule: only its marked messages.
    """
    yield from extract_python(fileobj, keywords, comment_tags, options)
    tree = _tree(fileobj)
    docstring = ast.get_docstring(tree, clean=False)
    rule_id = _module_constant(tree, "ID")
    if docstring is None or rule_id is None:
        return
    line = tree.body[0].lineno
    summary, *rationale = texts(docstring)
    yield line, None, summary, [f"The summary of the rule {rule_id}."]
    for number, paragraph in enumerate(rationale, start=1):
        yield line, None, paragraph, [
            f"Why the rule {rule_id} exists: paragraph {number} of {len(rationale)}."]


def _declares_keys(node: ast.ClassDef) -> bool:
    return any(isinstance(statement, ast.AnnAssign) and isinstance(statement.value, ast.Call)
               and isinstance(statement.value.func, ast.Name) and statement.value.func.id == "key"
               for statement in node.body)


def extract_model_docstrings(fileobj, keywords, comment_tags, options) -> Iterator[_Result]:
    """The marked messages of the model (the keys' descriptions), then its classes' docstrings."""
    yield from extract_python(fileobj, keywords, comment_tags, options)
    for node in ast.walk(_tree(fileobj)):
        if isinstance(node, ast.ClassDef) and _declares_keys(node):
            docstring = ast.get_docstring(node, clean=False)
            if docstring:
                yield node.lineno, None, " ".join(docstring.split()), [
                    f"Introduces the keys of {node.name} in the profile guide."]
