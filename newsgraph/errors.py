"""The project's exception types. Every error a user can meet is one of these, shown as one line by the CLI."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Root of the project's errors; its message is a complete, one-line explanation for the user."""


class ArticleError(NewsgraphError):
    """An article file cannot be read or understood (empty, binary, undecodable, too large, missing...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class MetadataError(ArticleError):
    """An article's metadata (sidecar JSON or front matter) is broken."""


class ExtractionError(NewsgraphError):
    """The NLP pipeline failed on an article (a bug, not bad input)."""


class GraphError(NewsgraphError):
    """Neo4j could not be reached or refused an operation."""


class Neo4jUnavailableError(GraphError):
    """Nothing answers at the configured Bolt URI."""


class Neo4jAuthError(GraphError):
    """Neo4j refused the username or password."""


class LocalServerError(GraphError):
    """The local Neo4j server could not be installed, started or stopped."""


class BulkLoadRefusedError(GraphError):
    """A bulk load was asked of a database that already holds articles."""
