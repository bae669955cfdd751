"""Shared CLI pieces: turning the project's errors into one clear line and a non-zero exit code."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import click

from newsgraph.errors import NewsgraphError

P = ParamSpec("P")
R = TypeVar("R")


class CommandError(click.ClickException):
    """A NewsgraphError shown as `Error: <one line>` with exit code 1."""

    exit_code = 1


def one_line_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a command so that our errors print as one line, not a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except NewsgraphError as e:
            raise CommandError(str(e).splitlines()[0] if str(e) else type(e).__name__) from e

    return wrapper
