"""The layers and the import contract, checked by walking every module's imports.

- ``indexer/reading`` reads files: it never imports Whoosh, jieba, the analysis, the
  build, the search side or the web. (It may ask rjieba, with its default dictionary, for
  the part-of-speech tags that find where a park's name starts: reading/parks.py.)
- The search side never imports the build; the build never imports the search side.
- Only ``indexer/whoosh_ext`` touches Whoosh's internals: elsewhere only Whoosh's public
  modules are imported, no name starting with ``_`` is imported from Whoosh, and no
  private attribute of another object is read.
- The library never imports the web UI; the one exception is the CLI's ``serve``
  (the CLI is the outermost shell). The web UI never imports the CLI or the build.
- Characters classes are defined once (``indexer/text.py``).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_WHOOSH = {"whoosh.index", "whoosh.query", "whoosh.sorting", "whoosh.fields", "whoosh.columns",
                 "whoosh.analysis", "whoosh.reading"}


def modules():
    for package in ("indexer", "webui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = list(rel.parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts = parts[:-1]
            yield ".".join(parts), path, is_package


def imports_of(name: str, path: Path, is_package: bool):
    """``(imported module, imported names)`` for every import statement, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            names = [a.name for a in node.names]
            yield module, names
            for n in names:  # "from . import phrase" imports a module
                yield f"{module}.{n}", []


ALL = [(name, path, pkg, list(imports_of(name, path, pkg))) for name, path, pkg in modules()]


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def test_the_walk_sees_the_layers():
    names = {name for name, *_ in ALL}
    for package in ("indexer.reading", "indexer.analysis", "indexer.build", "indexer.search", "indexer.whoosh_ext"):
        assert package in names
    assert len(ALL) > 30


RULES = [
    # (modules under, may not import anything under)
    ("indexer.reading", ["whoosh", "jieba", "flask", "webui", "indexer.analysis", "indexer.build",
                         "indexer.search", "indexer.whoosh_ext", "indexer.cli"]),
    ("indexer.analysis", ["flask", "webui", "indexer.build", "indexer.search", "indexer.whoosh_ext",
                          "indexer.reading", "indexer.cli"]),
    ("indexer.search", ["indexer.build", "indexer.cli", "webui", "flask"]),
    ("indexer.build", ["indexer.search", "indexer.cli", "webui", "flask"]),
    ("indexer.whoosh_ext", ["indexer.build", "indexer.search", "indexer.reading", "indexer.cli", "webui", "flask"]),
    ("indexer.generations", ["whoosh", "indexer.build", "indexer.search", "webui"]),
    ("webui", ["indexer.cli", "indexer.build", "indexer.whoosh_ext", "whoosh"]),
]


@pytest.mark.parametrize("layer, forbidden", RULES, ids=[r[0] for r in RULES])
def test_layers_import_only_downwards(layer, forbidden):
    bad = [(name, module) for name, _, _, imports in ALL if _under(name, layer)
           for module, _ in imports if any(_under(module, f) for f in forbidden)]
    assert not bad


def test_only_the_cli_imports_the_web_ui():
    bad = [(name, module) for name, _, _, imports in ALL if _under(name, "indexer") and name != "indexer.cli"
           for module, _ in imports if _under(module, "webui")]
    assert not bad


def test_only_whoosh_ext_imports_whoosh_internals():
    bad = []
    for name, _, _, imports in ALL:
        if _under(name, "indexer.whoosh_ext"):
            continue
        for module, names in imports:
            if not _under(module, "whoosh"):
                continue
            if module == "whoosh":
                module_names = [f"whoosh.{n}" for n in names]
            else:
                module_names = [module]
            if any(m not in PUBLIC_WHOOSH and not any(_under(m, p) and m.count(".") == p.count(".") + 1
                                                      and m.rpartition(".")[2][0].isupper() for p in PUBLIC_WHOOSH)
                   for m in module_names) or any(n.startswith("_") for n in names):
                bad.append((name, module, names))
    assert not bad


def test_no_private_attribute_of_another_object_is_read_outside_whoosh_ext():
    bad = []
    for name, path, _, _ in ALL:
        if _under(name, "indexer.whoosh_ext"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
                    and not (isinstance(node.value, ast.Name) and (node.value.id, node.attr) in DOCUMENTED)):
                bad.append((name, node.lineno, node.attr))
    assert not bad


# names with an underscore that their library documents as public API
DOCUMENTED = {("os", "_exit")}  # a forked server worker leaves without running the parent's cleanup


def test_a_module_level_name_is_bound_once():
    # (a second `_CUT_OFF = …` further down a long module silently replaces the first for every rule that reads it)
    twice = []
    for name, path, _, _ in ALL:
        seen = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
                if isinstance(node, ast.AnnAssign) and node.value is not None else []
            for target in targets:
                if isinstance(target, ast.Name):
                    if target.id in seen and not target.id.startswith("__"):
                        twice.append((name, target.id, seen[target.id], node.lineno))
                    seen.setdefault(target.id, node.lineno)
    assert not twice


def test_the_chinese_character_range_is_defined_once():
    owners = [name for name, path, _, _ in ALL if "\\u4e00" in path.read_text(encoding="utf-8")]
    assert owners == ["indexer.text"]


def test_the_query_finds_a_year_written_with_the_ideographic_zero(tmp_path):
    """〇 is a Chinese character like the others: it was not, for the query side, so
    the query 〇 (or 二〇二三) was not read as Chinese text and found nothing."""
    from indexer.build import build_index
    from indexer.search import SearchRequest, SearchService
    from indexer.text import is_cjk

    assert is_cjk("〇") and is_cjk("二") and not is_cjk("a")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("金岭工业园区二〇二三年工作总结\n一、主要成效\n二〇二三年园区建成标准厂房三栋。\n",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("金岭工业园区工作计划\n一、工作目标\n明年园区计划建成标准厂房五栋。\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index", workers=1)
    service = SearchService(tmp_path / "index")
    for q in ("〇", "二〇二三", "二〇"):
        found = {r["source"] for r in service.search(SearchRequest(q=q, collapse=False))["results"]}
        assert found == {"a.txt"}, q
