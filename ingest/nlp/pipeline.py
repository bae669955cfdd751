"""The spaCy pipeline: a blank Korean Language whose tokenizer wraps Kiwi, plus our components in order."""

from __future__ import annotations

import spacy
from spacy.language import Language

# importing the modules registers the tokenizer and the component factories
from ingest.nlp import coref, dates, meetings, orgs, people, sentences, tokenizer, topics  # noqa: F401

COMPONENTS = (
    "newsgraph_sentences",
    "newsgraph_dates",
    "newsgraph_orgs",
    "newsgraph_people",
    "newsgraph_coref",
    "newsgraph_topics",
    "newsgraph_meetings",
)


def build_nlp() -> Language:
    """A blank 'ko' pipeline with the Kiwi tokenizer (no mecab) and the newsgraph components."""
    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "newsgraph.KiwiTokenizer.v1"}}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
