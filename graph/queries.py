"""Running the Cypher files of `queries/`: find a file by name, parse `--param key=value`, return records.

Each query file starts with a comment block: the question in Korean (`// 질문: ...`) and English
(`// Question: ...`), the example parameters as Neo4j Browser commands in comments (`// :param a => 'Meta'`),
and what the answer looks like. `example_params` reads those parameters back (Cypher literals), so that
`newsgraph query --all` can run every file as documented.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

import neo4j
from neo4j import exceptions as neo4j_exc

from newsgraph.errors import GraphError, NewsgraphError


def queries_dir() -> Path:
    """The directory of the shipped query files."""
    return Path(str(resources.files("queries")))


def list_queries() -> list[str]:
    """Names of the shipped query files, without `.cypher`."""
    return sorted(p.stem for p in queries_dir().glob("*.cypher"))


def resolve_query(name: str) -> Path:
    """A query file: NAME of `queries/` (with or without .cypher) or a path to any `.cypher` file."""
    as_path = Path(name)
    if as_path.suffix == ".cypher" and as_path.is_file():
        return as_path
    shipped = queries_dir() / (name if name.endswith(".cypher") else f"{name}.cypher")
    if shipped.is_file():
        return shipped
    raise NewsgraphError(f"no query named {name!r}; known: {', '.join(list_queries()) or 'none'}")


def parse_params(pairs: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """`key=value` pairs into parameters; a value that parses as JSON (number, list, true, null) is taken as such."""
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise NewsgraphError(f"parameter {pair!r} is not of the form key=value")
        try:
            params[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            params[key.strip()] = value
    return params


def query_text(path: Path) -> str:
    """The Cypher of a query file, without Neo4j Browser's `:param` lines (kept in comments for Browser users)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith(":")]
    return "\n".join(lines).strip().rstrip(";")


def run_query(driver: neo4j.Driver, path: Path, params: dict[str, Any], database: str = "neo4j") -> list[dict[str, Any]]:
    """Run one query file with parameters; records as plain dicts (nodes as property maps, paths as node lists)."""
    try:
        records, _, _ = driver.execute_query(
            query_text(path), parameters_=params, database_=database, routing_=neo4j.RoutingControl.READ
        )
    except neo4j_exc.ClientError as e:
        raise GraphError(f"query {path.name} failed: {e.message}") from e
    return [{key: to_plain(value) for key, value in record.items()} for record in records]


def to_plain(value: Any) -> Any:
    """Driver values into JSON-friendly Python values."""
    if isinstance(value, neo4j.graph.Node):
        return {"labels": sorted(value.labels), **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"type": value.type, **{k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return [to_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


_PARAM_LINE = re.compile(r"^\s*//\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$")


@dataclass(frozen=True)
class QueryDoc:
    """What a query file's comment block says: its questions and example parameters."""

    name: str
    question_ko: str
    question_en: str
    params: dict[str, Any]


def read_doc(path: Path) -> QueryDoc:
    """The questions and `// :param name => value` example parameters of a query file."""
    ko = en = ""
    params: dict[str, Any] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text.startswith("//"):
            break
        body = text[2:].strip()
        if body.startswith("질문:"):
            ko = body.removeprefix("질문:").strip()
        elif body.startswith("Question:"):
            en = body.removeprefix("Question:").strip()
        elif match := _PARAM_LINE.match(text):
            try:
                params[match.group(1)] = parse_cypher_literal(match.group(2))
            except ValueError as e:
                raise NewsgraphError(f"{path.name}: bad example parameter {match.group(1)!r}: {e}") from e
    return QueryDoc(path.stem, ko, en, params)


def parse_cypher_literal(text: str) -> Any:
    """A Cypher literal as Neo4j Browser's `:param` takes it: 'string' or "string", numbers, true/false,
    null, lists `[...]` and maps `{key: value}`. Raises ValueError for anything else."""
    parser = _LiteralParser(text)
    value = parser.value()
    parser.skip_space()
    if parser.pos != len(text):
        raise ValueError(f"unexpected {text[parser.pos:]!r} after the value")
    return value


class _LiteralParser:
    _NUMBER = re.compile(r"-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
    _WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
    _ESCAPES: ClassVar[dict[str, str]] = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "\\": "\\", "'": "'", '"': '"'}

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def value(self) -> Any:
        self.skip_space()
        if self.pos >= len(self.text):
            raise ValueError("missing value")
        ch = self.text[self.pos]
        if ch in "'\"":
            return self.string(ch)
        if ch == "[":
            return self.sequence("]", self.value)
        if ch == "{":
            return dict(self.sequence("}", self.entry))
        if number := self._NUMBER.match(self.text, self.pos):
            self.pos = number.end()
            literal = number.group()
            return float(literal) if any(c in literal for c in ".eE") else int(literal)
        if word := self._WORD.match(self.text, self.pos):
            constants = {"true": True, "false": False, "null": None}
            if word.group().lower() in constants:
                self.pos = word.end()
                return constants[word.group().lower()]
        raise ValueError(f"not a Cypher literal at {self.text[self.pos:]!r}")

    def string(self, quote: str) -> str:
        out, self.pos = [], self.pos + 1
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch == quote:
                self.pos += 1
                return "".join(out)
            if ch == "\\" and self.pos + 1 < len(self.text):
                nxt = self.text[self.pos + 1]
                if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", self.text[self.pos + 2:self.pos + 6]):
                    out.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append(self._ESCAPES.get(nxt, "\\" + nxt))
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1
        raise ValueError("unterminated string")

    def entry(self) -> tuple[str, Any]:
        self.skip_space()
        if self.pos < len(self.text) and self.text[self.pos] in "'\"":
            key = self.string(self.text[self.pos])
        elif word := self._WORD.match(self.text, self.pos):
            key, self.pos = word.group(), word.end()
        else:
            raise ValueError(f"expected a map key at {self.text[self.pos:]!r}")
        self.skip_space()
        if not self.text.startswith(":", self.pos):
            raise ValueError(f"expected ':' after map key {key!r}")
        self.pos += 1
        return key, self.value()

    def sequence(self, close: str, item: Any) -> list[Any]:
        self.pos += 1
        items: list[Any] = []
        self.skip_space()
        if self.text.startswith(close, self.pos):
            self.pos += 1
            return items
        while True:
            items.append(item())
            self.skip_space()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif self.text.startswith(close, self.pos):
                self.pos += 1
                return items
            else:
                raise ValueError(f"expected ',' or {close!r} at {self.text[self.pos:]!r}")
