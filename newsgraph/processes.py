"""Whether a process id names a live process on this machine (for pid files and run-lock holders)."""

from __future__ import annotations

import os


def process_alive(pid: int) -> bool:
    """True when `pid` runs (a process of another user counts; a zombie, exited but not reaped, does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return True
