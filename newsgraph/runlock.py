"""The run lock: one `load-articles` run at a time per database, held in Neo4j and expiring when its run dies.

The lock is a `(:RunLock {name})` node with the holder's `owner` (a random id per run), `host`, `pid`,
`command`, `acquired_at`, `heartbeat_at` and `ttl` (seconds). A run takes it before reading any file and
releases it at the end; while it runs, a heartbeat thread refreshes `heartbeat_at` every TTL/3. A lock
whose heartbeat is older than its TTL belongs to a run that crashed (or lost Neo4j) and is taken over; so is
a lock held by a process of this host that no longer exists. The Cypher is in `graph/cypher/run_lock_*.cypher`.

This lock keeps whole runs apart (their scans, prunes and reports); the graph writer's own per-transaction
`WriterLock` keeps single writes consistent in any case.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j import exceptions as neo4j_exc

from graph.statements import statement
from newsgraph.errors import GraphError, NewsgraphError
from newsgraph.processes import process_alive

LOCK_NAME = "load-articles"
DEFAULT_TTL = 60.0
_ACTIVE_OWNERS: set[str] = set()  # runs of this process that hold (or are taking) a lock


class RunLockBusyError(NewsgraphError):
    """Another run holds the lock (and still did after waiting, if asked to wait)."""

    def __init__(self, holder: LockHolder, waited: float) -> None:
        waited_text = f" after waiting {waited:.0f} s" if waited >= 1 else ""
        super().__init__(f"another load-articles run holds the database's run lock{waited_text}: {holder.describe()}; "
                         "wait for it with --wait-lock SECONDS")
        self.holder = holder


class RunLockLostError(GraphError):
    """The lock was taken over by another run (our heartbeat stopped for longer than the TTL)."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as the lock node says."""

    owner: str
    host: str | None
    pid: int | None
    command: str | None
    acquired_at: str | None
    heartbeat_age: float | None
    ttl: float | None

    def describe(self) -> str:
        """One line naming the holder."""
        age = f", last heartbeat {self.heartbeat_age:.0f} s ago" if self.heartbeat_age is not None else ""
        ttl = f", expires {self.ttl:.0f} s after its last heartbeat" if self.ttl is not None else ""
        return f"run {self.owner[:8]} (pid {self.pid} on {self.host}, since {self.acquired_at}{age}{ttl})"



class RunLock:
    """The run lock of one database for this run (`owner`), with its heartbeat thread."""

    def __init__(self, driver: neo4j.Driver, database: str = "neo4j", *, name: str = LOCK_NAME,
                 ttl: float = DEFAULT_TTL, command: str | None = None) -> None:
        if ttl <= 0:
            raise NewsgraphError(f"the lock TTL must be positive, got {ttl}")
        self.driver = driver
        self.database = database
        self.name = name
        self.ttl = ttl
        self.owner = uuid.uuid4().hex
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.command = command or " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(sys.argv))[:200]
        self.took_over: str | None = None
        self._held = False
        self._lost: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- taking and releasing -------------------------------------------------------------------------------------

    def acquire(self, wait: float = 0.0, poll: float = 1.0,
                on_wait: Callable[[LockHolder], None] | None = None) -> float:
        """Take the lock, waiting up to `wait` seconds for another run to release it; returns the seconds waited.
        `on_wait` is called once, with the holder, when the wait begins.

        Raises `RunLockBusyError` (naming the holder) when it is still held after `wait`."""
        self._write(lambda tx: tx.run(statement("run_lock_schema")).consume(), schema=True)
        _ACTIVE_OWNERS.add(self.owner)
        start = time.monotonic()
        stale: str | None = None
        while True:
            record = self._write(lambda tx, stale=stale: self._try_acquire(tx, stale))
            holder = _holder(record)
            if record["acquired"]:
                self.took_over = record["took_over"]
                self._held, self._lost = True, None
                self._start_heartbeat()
                return time.monotonic() - start
            if stale is None and self._is_dead(holder):
                stale = holder.owner  # a run of this host that no longer exists: take it over at once
                continue
            waited = time.monotonic() - start
            if waited >= wait:
                _ACTIVE_OWNERS.discard(self.owner)
                raise RunLockBusyError(holder, waited)
            if on_wait is not None:
                on_wait(holder)
                on_wait = None
            time.sleep(min(poll, max(0.05, wait - waited)))

    def release(self) -> bool:
        """Release the lock if we hold it; False when it was lost or Neo4j cannot be reached (it then expires)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        _ACTIVE_OWNERS.discard(self.owner)
        if not self._held:
            return False
        self._held = False
        try:
            record = self._write(lambda tx: tx.run(statement("run_lock_release"), name=self.name,
                                                   owner=self.owner).single())
        except GraphError:
            return False
        return bool(record and record["released"])

    @contextmanager
    def held(self, wait: float = 0.0) -> Iterator[float]:
        """Hold the lock for the block (yields the seconds waited for it)."""
        waited = self.acquire(wait)
        try:
            yield waited
        finally:
            self.release()

    def check(self) -> None:
        """Raise `RunLockLostError` when the heartbeat found the lock taken over by another run."""
        if self._lost:
            raise RunLockLostError(self._lost)

    # --- heartbeat ------------------------------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Refresh the heartbeat now; False when another run took the lock over."""
        record = self._write(lambda tx: tx.run(statement("run_lock_refresh"), name=self.name,
                                               owner=self.owner).single())
        return bool(record and record["refreshed"])

    def _start_heartbeat(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat, name="run-lock-heartbeat", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        last_ok = time.monotonic()
        while not self._stop.wait(self.ttl / 3):
            try:
                if not self.refresh():
                    self._lost = ("the run lock was taken over by another run (this run's heartbeat was late by "
                                  "more than the lock's TTL); stopping")
                    return
                last_ok = time.monotonic()
            except GraphError:
                if time.monotonic() - last_ok > self.ttl:  # Neo4j gone for longer than the TTL: the lock expired
                    self._lost = "lost the run lock: Neo4j could not be reached for longer than the lock's TTL"
                    return

    # --- helpers --------------------------------------------------------------------------------------------------

    def _try_acquire(self, tx: neo4j.ManagedTransaction, stale: str | None) -> dict[str, Any]:
        tx.run(statement("run_lock_guard"), name=self.name).consume()
        record = tx.run(statement("run_lock_acquire"), name=self.name, owner=self.owner, stale_owner=stale,
                        host=self.host, pid=self.pid, command=self.command, ttl=float(self.ttl)).single()
        assert record is not None
        return record.data()

    def _is_dead(self, holder: LockHolder) -> bool:
        if holder.host != self.host or holder.pid is None:
            return False
        if holder.pid == self.pid:
            return holder.owner not in _ACTIVE_OWNERS
        return not process_alive(holder.pid)

    def _write(self, work: Any, schema: bool = False) -> Any:
        try:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(work)
        except neo4j_exc.Neo4jError as e:
            what = "create the run lock's constraint" if schema else "use the run lock"
            raise GraphError(f"Neo4j refused to {what}: {e.message}") from e
        except neo4j_exc.DriverError as e:
            raise GraphError(f"lost the connection to Neo4j: {e}") from e


def _holder(record: dict[str, Any]) -> LockHolder:
    age = record.get("heartbeat_age")
    return LockHolder(owner=record["owner"], host=record.get("host"), pid=record.get("pid"),
                      command=record.get("command"), acquired_at=record.get("acquired_at"),
                      heartbeat_age=float(age) if age is not None else None,
                      ttl=float(record["ttl"]) if record.get("ttl") is not None else None)
