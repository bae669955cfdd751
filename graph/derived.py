"""The derived graph as plain data: what the resolver computes and the writer makes Neo4j hold.

A node is identified by its label and natural key, a relationship by its type, its two end nodes and, for
REPORTED_IN, the article-local id of the report. Properties are Neo4j-ready: strings, integers, booleans and
homogeneous lists, never None (an absent property is simply not there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The property that holds each label's natural key.
KEY_PROPERTY = {"Article": "path", "Person": "key", "Organization": "key", "Meeting": "key", "Topic": "name"}
DERIVED_LABELS = ("Person", "Organization", "Topic", "Meeting")
# Relationship properties, besides the end nodes, that identify one relationship among parallel ones.
REL_IDENTITY = {"REPORTED_IN": ("report",)}
DERIVED_TYPES = ("MENTIONS", "REPORTED_IN", "ATTENDED", "WITH_ORGANIZATION", "ABOUT", "WORKS_FOR", "BROADER")

Props = dict[str, Any]


@dataclass(frozen=True, order=True)
class NodeRef:
    """A node by label and natural key."""

    label: str
    key: str


@dataclass(frozen=True, order=True)
class RelRef:
    """A relationship by type, end nodes and identity properties (see REL_IDENTITY)."""

    type: str
    start: NodeRef
    end: NodeRef
    ident: tuple[Any, ...] = ()


def rel_ref(rel_type: str, start: NodeRef, end: NodeRef, props: Props) -> RelRef:
    """The RelRef of a relationship with these properties."""
    return RelRef(rel_type, start, end, tuple(props.get(name) for name in REL_IDENTITY.get(rel_type, ())))


def clean(props: Props) -> Props:
    """Properties without None values (Neo4j does not store null)."""
    return {k: v for k, v in props.items() if v is not None}


@dataclass
class DerivedGraph:
    """Nodes and relationships derived from all loaded articles (Article nodes themselves are not in it)."""

    nodes: dict[NodeRef, Props] = field(default_factory=dict)
    rels: dict[RelRef, Props] = field(default_factory=dict)

    def add_node(self, ref: NodeRef, props: Props) -> None:
        """Add a node; its key property is set from `ref`."""
        self.nodes[ref] = clean({**props, KEY_PROPERTY[ref.label]: ref.key})

    def add_rel(self, rel_type: str, start: NodeRef, end: NodeRef, props: Props) -> None:
        """Add a relationship."""
        props = clean(props)
        self.rels[rel_ref(rel_type, start, end, props)] = props


@dataclass
class GraphDiff:
    """What turns the graph Neo4j holds into the desired one: upserts and deletions."""

    upsert_nodes: dict[NodeRef, Props] = field(default_factory=dict)
    delete_nodes: list[str] = field(default_factory=list)  # element ids
    upsert_rels: dict[RelRef, Props] = field(default_factory=dict)
    delete_rels: list[str] = field(default_factory=list)  # element ids

    @property
    def empty(self) -> bool:
        """True when nothing needs to change."""
        return not (self.upsert_nodes or self.delete_nodes or self.upsert_rels or self.delete_rels)


@dataclass
class StoredGraph:
    """The derived part of what Neo4j holds now, with element ids to delete by."""

    nodes: dict[NodeRef, tuple[str, Props]] = field(default_factory=dict)
    rels: dict[RelRef, list[tuple[str, Props]]] = field(default_factory=dict)


def diff(stored: StoredGraph, desired: DerivedGraph) -> GraphDiff:
    """The smallest set of upserts and deletions that makes `stored` equal to `desired`."""
    out = GraphDiff()
    for ref, (element_id, _) in stored.nodes.items():
        if ref not in desired.nodes:
            out.delete_nodes.append(element_id)
    for ref, props in desired.nodes.items():
        if ref not in stored.nodes or stored.nodes[ref][1] != props:
            out.upsert_nodes[ref] = props
    for rref, copies in stored.rels.items():
        keep = 1 if rref in desired.rels else 0
        out.delete_rels.extend(element_id for element_id, _ in copies[keep:])
    for rref, props in desired.rels.items():
        copies = stored.rels.get(rref)
        if not copies or copies[0][1] != props:
            out.upsert_rels[rref] = props
    return out
