"""`BatchNodes`: what the index would answer inside a batch, followed through the batch's own writes."""

from __future__ import annotations

from graph.derived import NodeRef, WriteDiff
from graph.writer import BatchNodes


def test_a_batch_follows_the_nodes_its_writes_update_create_and_delete() -> None:
    live = BatchNodes({"e1": ["ps.a", "pw.x"], "e2": ["ps.b"], "e3": ["os.c"]})
    assert live.matching({"ps.a"}) == ["e1"]
    assert live.matching({"pw.x", "ps.b", "ps.zz"}) == ["e1", "e2"]

    diff = WriteDiff(delete_nodes=["e2", "m9"],
                     update_nodes={"e1": (NodeRef("Person", "a|"), {"key": "a|", "match_keys": ["ps.a", "ps.b"]}),
                                   "m1": (NodeRef("Meeting", "k"), {"key": "k"})})
    live.learn(diff, {"e4": ["ps.b", "pn.bb"]})
    assert live.matching({"pw.x"}) == []  # e1 lost it
    assert live.matching({"ps.b"}) == ["e1", "e4"]  # e2 is gone, e1 and the new e4 have it
    assert live.deleted == {"e2", "m9"}
    assert live.matching({"os.c"}) == ["e3"]  # untouched
