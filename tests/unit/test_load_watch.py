"""The watcher's polling logic: what a poll sees, and which files are settled enough to load."""

from __future__ import annotations

import os
import time
from pathlib import Path

from newsgraph.watch import WatchState, settled, snapshot


def _touch(path: Path, text: str = "기사", age: float = 100.0) -> None:
    path.write_text(text, encoding="utf-8")
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))


def test_a_poll_sees_article_files_with_their_sidecars_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.md", "a.meta.json", "notes.csv", "sub/c.txt"):
        _touch(tmp_path / name)
    seen = snapshot([tmp_path, tmp_path / "missing"])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in seen) == ["a.txt", "b.md", "sub/c.txt"]
    assert seen[tmp_path / "a.txt"][2] > 0  # the sidecar's size
    assert seen[tmp_path / "b.md"][2:] == (-1, -1)  # no sidecar


def test_only_files_quiet_for_the_settle_time_and_unchanged_since_the_last_poll_are_ready(tmp_path: Path) -> None:
    old, fresh, moving = tmp_path / "old.txt", tmp_path / "fresh.txt", tmp_path / "moving.txt"
    _touch(old)
    _touch(fresh, age=0.0)
    _touch(moving)
    first = snapshot([tmp_path])
    state = WatchState(previous=dict(first), handled={})
    _touch(moving, "기사가 길어진다")  # written again since the last poll
    current = snapshot([tmp_path])
    assert settled(current, state, settle=2.0, now=time.time()) == [old]

    state = WatchState(previous=current, handled={old: current[old]})
    assert settled(current, state, settle=2.0, now=time.time()) == [moving]  # old was handled, fresh still fresh
    assert settled(current, state, settle=2.0, now=time.time() + 5) == sorted([fresh, moving])


def test_a_changed_sidecar_makes_its_article_ready_again(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    _touch(article)
    _touch(tmp_path / "a.meta.json", '{"published": "2024-01-01"}')
    before = snapshot([tmp_path])
    _touch(tmp_path / "a.meta.json", '{"published": "2024-01-02"}', age=50)
    after = snapshot([tmp_path])
    state = WatchState(previous=after, handled={article: before[article]})
    assert settled(after, state, settle=2.0, now=time.time()) == [article]
