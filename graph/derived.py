"""The derived graph as plain data: what resolution computes and the writer makes Neo4j hold.

A node is identified by its label and natural key, a relationship by its type, its two end nodes and, for
REPORTED_IN, the article-local id of the report. Properties are Neo4j-ready: strings, integers, booleans and
homogeneous lists, never None (an absent property is simply not there).

A write only recomputes a *scope*: the stored nodes and relationships of the block its article touches, read
with their element ids. `diff` compares that scope with the desired graph of the block: a stored node may
continue under a new key (`moves`), so that its other relationships, outside the scope, stay attached.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

# The property that holds each label's natural key.
KEY_PROPERTY = {"Article": "path", "Person": "key", "Organization": "key", "Meeting": "key", "Topic": "name"}
DERIVED_LABELS = ("Person", "Organization", "Topic", "Meeting")
# Relationship properties, besides the end nodes, that identify one relationship among parallel ones.
REL_IDENTITY = {"REPORTED_IN": ("report",)}
DERIVED_TYPES = ("MENTIONS", "REPORTED_IN", "ATTENDED", "WITH_ORGANIZATION", "ABOUT", "WORKS_FOR", "BROADER")

Props = dict[str, Any]


class NodeRef(NamedTuple):
    """A node by label and natural key (a tuple: hashed, compared and ordered in C, as resolution does millions
    of times)."""

    label: str
    key: str


class RelRef(NamedTuple):
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
    """Nodes and relationships derived from loaded articles (Article nodes themselves are not in it)."""

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
class StoredNode:
    """A node as Neo4j holds it."""

    eid: str
    ref: NodeRef
    props: Props


@dataclass
class StoredRel:
    """A relationship as Neo4j holds it; the element ids of Person, Organization and Meeting ends."""

    eid: str
    type: str
    start: NodeRef
    end: NodeRef
    props: Props
    start_eid: str | None = None
    end_eid: str | None = None


@dataclass
class Scope:
    """What a write recomputes: stored nodes and relationships whose desired state it knows entirely, and the
    topics to delete when nothing supports them any more."""

    nodes: dict[str, StoredNode] = field(default_factory=dict)
    rels: dict[str, StoredRel] = field(default_factory=dict)
    topics: set[str] = field(default_factory=set)

    def add_node(self, node: StoredNode) -> None:
        """Put a stored node in scope."""
        self.nodes[node.eid] = node

    def add_rel(self, rel: StoredRel) -> None:
        """Put a stored relationship in scope."""
        self.rels[rel.eid] = rel


@dataclass
class WriteDiff:
    """What turns the scope into the desired graph."""

    delete_rels: list[str] = field(default_factory=list)  # element ids
    delete_nodes: list[str] = field(default_factory=list)  # element ids
    update_nodes: dict[str, tuple[NodeRef, Props]] = field(default_factory=dict)  # element id → new ref, props
    rekey: list[str] = field(default_factory=list)  # element ids of updated nodes whose key changes
    create_nodes: dict[NodeRef, Props] = field(default_factory=dict)
    topics: set[str] = field(default_factory=set)  # Topic nodes to merge
    upsert_rels: dict[RelRef, Props] = field(default_factory=dict)
    topic_check: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        """True when nothing needs to change."""
        return not (self.delete_rels or self.delete_nodes or self.update_nodes or self.create_nodes
                    or self.upsert_rels)


def scope_diff(scope: Scope, desired: DerivedGraph, moves: dict[str, NodeRef | None]) -> WriteDiff:
    """The smallest set of writes that makes the scope equal to `desired`.

    `moves` maps the element id of a stored node to the node it continues as (None: it goes); other stored
    nodes continue under their own key when `desired` has them. Topic nodes are merged by name (they are
    never updated); every other new node is created, so a key taken by a node outside the scope fails loudly.
    """
    out = WriteDiff(topic_check=set(scope.topics))
    claimed: dict[NodeRef, str] = {}
    for eid, node in scope.nodes.items():
        target = moves.get(eid, node.ref)
        if target is None or target not in desired.nodes:
            out.delete_nodes.append(eid)
            continue
        if target in claimed:
            raise ValueError(f"two stored nodes continue as {target}")
        claimed[target] = eid
        if node.props != desired.nodes[target]:
            out.update_nodes[eid] = (target, desired.nodes[target])
        if target.key != node.ref.key:
            out.rekey.append(eid)
    gone = set(out.delete_nodes)
    for ref, props in desired.nodes.items():
        if ref.label == "Topic":
            out.topics.add(ref.key)
        elif ref not in claimed:
            out.create_nodes[ref] = props

    def final(ref: NodeRef, eid: str | None) -> NodeRef | None:
        if eid is None:
            return ref
        return None if eid in gone else moves.get(eid, ref)

    seen: set[RelRef] = set()
    for eid, rel in scope.rels.items():
        start, end = final(rel.start, rel.start_eid), final(rel.end, rel.end_eid)
        if start is None or end is None:
            continue  # goes with its node
        ref = rel_ref(rel.type, start, end, rel.props)
        if ref in desired.rels and ref not in seen:
            seen.add(ref)
            if rel.props != desired.rels[ref]:
                out.upsert_rels[ref] = desired.rels[ref]
        else:
            out.delete_rels.append(eid)
    for ref, props in desired.rels.items():
        if ref not in seen:
            out.upsert_rels[ref] = props
    return out

