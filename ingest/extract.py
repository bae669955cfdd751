"""Extraction façade: one article in, one `ArticleGraph` out.

`get_extractor()` returns the process-wide `Extractor`; Kiwi and the spaCy pipeline are built once.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import threading

from ingest.models import Article, ArticleGraph
from ingest.reader import RawArticle
from newsgraph.errors import ExtractionError


class Extractor:
    """Runs the Korean pipeline (`ingest.nlp.pipeline`) on articles."""

    def __init__(self) -> None:
        from ingest.nlp.pipeline import build_nlp

        self.nlp = build_nlp()

    def extract(self, raw: RawArticle) -> ArticleGraph:
        """The article graph of a read article."""
        return self._run(raw.text, raw.article)

    def extract_text(self, text: str, *, published: dt.date | None = None, path: str = "<text>") -> ArticleGraph:
        """The article graph of a bare text (handy in tests); `published` resolves relative dates."""
        article = Article(path=path, content_hash=hashlib.sha256(text.encode()).hexdigest(), published=published,
                          char_count=len(text))
        return self._run(text, article)

    def _run(self, text: str, article: Article) -> ArticleGraph:
        from ingest.nlp.state import ArticleState
        from ingest.nlp.to_graph import to_article_graph

        try:
            doc = self.nlp.make_doc(text)
            doc._.ng = ArticleState(text=text, published=article.published, source=article.source)
            for _, component in self.nlp.pipeline:
                doc = component(doc)
            return to_article_graph(doc._.ng, article)
        except Exception as e:  # a bug, not bad input: say which article
            raise ExtractionError(f"{article.path}: extraction failed: {type(e).__name__}: {e}") from e


_LOCK = threading.Lock()
_EXTRACTOR: Extractor | None = None
# Python's young-generation threshold in a process that extracts: an article makes a thousand or two short-lived
# objects (words, tuples, mentions) that reference counting frees when the article is done; with the default 700
# the cyclic collector ran about 1.3 times an article over objects about to go anyway and moved them to the older
# generations, which set off full collections of the process's heap (0.37 ms an article in all, measured with
# gc.callbacks over the 400 synthetic articles; none at 10,000). Extraction leaves no cyclic garbage (gc.collect()
# finds none after 400 articles), so the higher threshold holds no memory back.
_YOUNG_THRESHOLD = 10_000


def get_extractor() -> Extractor:
    """The process-wide Extractor (built on first use). Building it raises the process's young-generation garbage
    collection threshold to `_YOUNG_THRESHOLD` (never lowers it): in extraction workers, in the benchmark's and in
    a process that extracts inline alike."""
    global _EXTRACTOR
    with _LOCK:
        if _EXTRACTOR is None:
            _EXTRACTOR = Extractor()
            young, middle, old = gc.get_threshold()
            gc.set_threshold(max(young, _YOUNG_THRESHOLD), middle, old)
        return _EXTRACTOR
