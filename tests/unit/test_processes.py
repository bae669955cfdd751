"""Liveness of process ids, as pid files and run-lock holders use it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from newsgraph.processes import process_alive


def test_this_process_is_alive() -> None:
    assert process_alive(os.getpid())


def test_an_exited_child_is_not_alive_even_before_it_is_reaped() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 30
    while process_alive(child.pid) and time.monotonic() < deadline:  # a zombie until wait()
        time.sleep(0.05)
    assert not process_alive(child.pid)
    child.wait()
    assert not process_alive(child.pid)


def test_a_running_child_is_alive() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert process_alive(child.pid)
    finally:
        child.kill()
        child.wait()
