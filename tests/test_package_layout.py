"""The package's folders show the data flow, and no module needs itself back.

profile → check → render → archive → diffing → site: each package is a step, a few named
helpers serve them all, and an import never closes a circle (not even one made late, inside a
function), so each step can be read, and tested, before the ones after it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "generator"
TOP_LEVEL_MODULES = {"__init__.py", "__main__.py", "cli.py", "errors.py", "catalogs.py",
                     "clock.py", "atomic_files.py", "console.py", "terminal.py",
                     "formatting.py", "templating.py", "documents.py", "addresses.py",
                     "arguments.py", "message_language.py", "po_reading.py"}


def module_of(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_of(path): path for path in PACKAGE.rglob("*.py")}


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The modules of the package that `name` imports, anywhere in its code, with the
    packages a submodule import runs first. A module's own enclosing packages do not count:
    Python has them loaded before the module runs."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in known}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    found.add(f"{base}.{alias.name}")
                elif base in known:
                    found.add(base)
    # Importing `a.b.c` runs the packages `a` and `a.b` first: they are imported too.
    for target in list(found):
        parts = target.split(".")
        found |= {".".join(parts[:end]) for end in range(2, len(parts))}
    found.discard(name)
    return {target for target in found if not name.startswith(target + ".")}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, result = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def test_no_module_imports_itself_back():
    known = modules()
    graph = {name: imports(name, path, known) for name, path in known.items()}
    assert cycles(graph) == []


def test_the_top_level_holds_packages_the_cli_and_a_few_named_helpers():
    files = {path.name for path in PACKAGE.glob("*.py")}
    assert files <= TOP_LEVEL_MODULES, sorted(files - TOP_LEVEL_MODULES)
    packages = {path.name for path in PACKAGE.iterdir()
                if path.is_dir() and (path / "__init__.py").exists()}
    assert {"profile", "check", "render", "archive", "diffing", "site", "law", "i18n",
            "commands"} <= packages


ENGINE = "generator.site.mkdocs_engine"


def test_only_the_engine_package_knows_mkdocs_and_material():
    """Everything engine-specific sits behind `generator.site.engine`, in one package, so that
    another engine (docs/decisions/0005-zensical.md) replaces that package and nothing else."""
    outside = []
    for name, path in modules().items():
        if name == ENGINE or name.startswith(ENGINE + "."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom)
                     and not node.level else [])
            outside += [f"{name}: {target}" for target in names
                        if target.split(".")[0] in ("mkdocs", "material")]
    assert outside == []
