"""The Korean NLP pipeline: a spaCy pipeline whose tokenizer wraps Kiwi, and our rule components.

One module per job: `resources` (data files), `chrome` (page chrome), `tokenizer` (Kiwi → spaCy Doc),
`units` (words and phrases), `lexicon` (titles, organizations), `entities` (people and organizations),
`coref`, `dates`, `topics`, `meetings`, `pipeline` (building the spaCy Language), `graph` (→ ArticleGraph).
"""
