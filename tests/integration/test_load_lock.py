"""The run lock against the real Neo4j: one run at a time, the second waits or exits 75 naming the holder, a crashed
run's lock expires (or is taken over at once when its process is gone), and the heartbeat keeps a live one."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import neo4j
import pytest

from newsgraph.pipeline import load_paths
from newsgraph.runlock import RunLock, RunLockBusyError, RunLockLostError
from tests.integration.load_support import article_paths, cli_env, run_cli, start_cli, write_corpus


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    return empty_db


def _fake_holder(driver: neo4j.Driver, *, owner: str, host: str, pid: int, heartbeat_ago_s: int,
                 ttl: float = 60.0) -> None:
    driver.execute_query(
        "CREATE (:RunLock {name: 'load-articles', owner: $owner, host: $host, pid: $pid, command: 'load-articles x', "
        "acquired_at: datetime() - duration({seconds: $ago}), heartbeat_at: datetime() - duration({seconds: $ago}), "
        "ttl: $ttl})", owner=owner, host=host, pid=pid, ago=heartbeat_ago_s, ttl=ttl)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_second_run_exits_75_naming_the_holder_or_waits_for_it(env: neo4j.Driver, neo4j_env: dict[str, str],
                                                                  tmp_path: Path) -> None:
    write_corpus(tmp_path, 1)
    holder = RunLock(env)
    holder.acquire()
    try:
        busy = run_cli([str(tmp_path), "--json"], cli_env(neo4j_env), timeout=120)
        assert busy.returncode == 75, busy.stderr
        [line] = [x for x in busy.stderr.splitlines() if x.startswith("Error: ")]
        assert f"pid {os.getpid()} on {socket.gethostname()}" in line
        assert "--wait-lock" in line
        assert json.loads(busy.stdout)["ok"] is False
        assert article_paths(env) == []  # it read nothing, wrote nothing

        waiter = start_cli([str(tmp_path), "--json", "--wait-lock", "120"], cli_env(neo4j_env))
        assert waiter.stderr is not None
        said = next((line for line in waiter.stderr if line.startswith("waiting")), "")  # once it waits, it says so
        assert said.startswith("waiting up to 120 s for the run lock of run ") and f"pid {os.getpid()}" in said, said
        time.sleep(2.5)
        holder.release()
        out, err = waiter.communicate(timeout=120)
        assert waiter.returncode == 0, err
        data = json.loads(out)
        assert data["new"] == 1 and data["timings_s"]["lock_wait"] >= 2.0
    finally:
        holder.release()
    assert env.execute_query("MATCH (l:RunLock) RETURN count(l) AS n").records[0]["n"] == 0  # released at the end


def test_the_lock_of_a_crashed_run_expires(env: neo4j.Driver, tmp_path: Path) -> None:
    write_corpus(tmp_path, 1)
    _fake_holder(env, owner="crashed-elsewhere", host="another-host", pid=1, heartbeat_ago_s=30, ttl=60)
    with pytest.raises(RunLockBusyError, match="pid 1 on another-host"):
        load_paths([tmp_path])  # its heartbeat is 30 s old: still within its TTL

    env.execute_query("MATCH (l:RunLock) SET l.heartbeat_at = datetime() - duration({seconds: 90})")
    summary = load_paths([tmp_path])
    assert (summary.new, summary.lock_took_over) == (1, "crashed-elsewhere")


def test_the_lock_of_a_dead_process_of_this_host_is_taken_over_at_once(env: neo4j.Driver, tmp_path: Path) -> None:
    write_corpus(tmp_path, 1)
    _fake_holder(env, owner="died-here", host=socket.gethostname(), pid=_dead_pid(), heartbeat_ago_s=1)
    summary = load_paths([tmp_path])
    assert (summary.new, summary.lock_took_over) == (1, "died-here")


def test_runs_racing_for_the_lock_get_it_exactly_once(env: neo4j.Driver) -> None:
    locks = [RunLock(env) for _ in range(6)]
    outcomes: dict[int, str] = {}
    barrier = threading.Barrier(len(locks))

    def take(i: int) -> None:
        barrier.wait()
        try:
            locks[i].acquire()
            outcomes[i] = "acquired"
        except RunLockBusyError:
            outcomes[i] = "busy"

    threads = [threading.Thread(target=take, args=(i,)) for i in range(len(locks))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert sorted(outcomes.values()) == ["acquired"] + ["busy"] * (len(locks) - 1)
        assert env.execute_query("MATCH (l:RunLock) RETURN count(l) AS n").records[0]["n"] == 1
    finally:
        for lock in locks:
            lock.release()


def test_the_heartbeat_keeps_a_live_run_s_lock_past_its_ttl_and_a_lost_lock_is_noticed(env: neo4j.Driver) -> None:
    live = RunLock(env, ttl=1.5)
    live.acquire()
    time.sleep(4)  # more than twice the TTL: only the heartbeat keeps it
    with pytest.raises(RunLockBusyError):
        RunLock(env).acquire()
    live.check()

    env.execute_query("MATCH (l:RunLock) SET l.owner = 'someone-else'")  # as if taken over after expiry
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            live.check()
        except RunLockLostError as e:
            assert "taken over by another run" in str(e)
            break
        time.sleep(0.2)
    else:
        pytest.fail("the heartbeat did not notice the lost lock")
    assert live.release() is False
    assert env.execute_query("MATCH (l:RunLock) RETURN l.owner AS o").records[0]["o"] == "someone-else"
