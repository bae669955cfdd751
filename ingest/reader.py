"""Reading article files: decoding, normalization and metadata (sidecar, front matter or the text itself).

`read_article` turns one file into a `RawArticle`: the decoded text (NFC, `\\n` newlines) and its `Article`
record. Every problem a user can cause (missing file, empty, binary, too large, not Korean, broken metadata)
raises an `ArticleError` or `MetadataError` with a one-line reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.models import Article
from ingest.nlp.metadata import infer_metadata
from newsgraph.errors import ArticleError, MetadataError

ARTICLE_SUFFIXES = (".txt", ".md")
META_SUFFIX = ".meta.json"
META_KEYS = ("published", "source", "title", "url")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_ASCII_TEXT = re.compile(r"[ -~\s]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_LINE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_SPACES = str.maketrans({"\u00a0": " ", "\u3000": " ", "\u2007": " ", "\u202f": " ", "\ufeff": ""})


@dataclass(frozen=True)
class RawArticle:
    """A decoded article: its normalized text and its metadata record."""

    text: str
    article: Article


def iter_article_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield article files: files given directly, and every `*.txt`/`*.md` under folders (sorted, recursive).

    `*.meta.json` sidecars are never yielded. A path that does not exist is yielded as is, so that
    `read_article` reports it as a missing file.
    """
    seen: set[Path] = set()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            found = [] if path.name.endswith(META_SUFFIX) else [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                yield p


def read_article(path: Path, *, max_bytes: int = 20_000_000) -> RawArticle:
    """Read, decode and normalize one article file and collect its metadata.

    Metadata comes from the sidecar `NAME.meta.json`, else a front-matter block, else the text itself
    (each key separately). Raises `ArticleError` for unreadable files and `MetadataError` for broken metadata.
    """
    path = Path(path)
    shown = str(path)
    if not path.exists():
        raise ArticleError(shown, "no such file")
    if not path.is_file():
        raise ArticleError(shown, "not a regular file")
    data = read_bytes_bounded(path, max_bytes)
    if not data.strip():
        raise ArticleError(shown, "empty file")
    text, encoding = decode_bytes(data, shown)
    text = normalize_text(text)
    front, text = split_front_matter(text, shown)
    if not text.strip():
        raise ArticleError(shown, "empty file (whitespace only)")
    if not _HANGUL.search(text):
        raise ArticleError(shown, "no Korean text")
    meta = merge_metadata(read_sidecar(path), front, infer_metadata(text))
    digest = hashlib.sha256((text + "\x00" + json.dumps(meta, sort_keys=True, default=str)).encode()).hexdigest()
    article = Article(
        path=str(path.resolve()),
        content_hash=digest,
        title=meta.get("title"),
        source=meta.get("source"),
        published=meta.get("published"),
        url=meta.get("url"),
        encoding=encoding,
        char_count=len(text),
    )
    return RawArticle(text=text, article=article)


def read_bytes_bounded(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refused above `max_bytes` before reading it whole (also when it grows while read)."""
    shown = str(path)
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > max_bytes:
                raise ArticleError(shown, f"file too large ({size} bytes, limit {max_bytes})")
            data = f.read(max_bytes + 1)
    except FileNotFoundError as e:
        raise ArticleError(shown, "no such file (it disappeared)") from e
    except OSError as e:
        raise ArticleError(shown, f"cannot read: {e.strerror or e}") from e
    if len(data) > max_bytes:
        raise ArticleError(shown, f"file too large (more than {max_bytes} bytes)")
    return data


def decode_bytes(data: bytes, shown: str) -> tuple[str, str]:
    """Decode article bytes: BOMs first, then strict UTF-8, then CP949, then charset detection."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8", shown), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", shown), "utf-16"
    if b"\x00" in data:
        for encoding in ("utf-16-le", "utf-16-be"):  # UTF-16 without a BOM: NULs beside ASCII, Hangul after
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and len(_HANGUL.findall(text)) + len(_ASCII_TEXT.findall(text)) >= 0.9 * len(text):
                _check_not_binary(text, shown)
                return text, encoding
        raise ArticleError(shown, "binary file (NUL bytes)")
    for encoding in ("utf-8", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _check_not_binary(text, shown)
        return text, encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ArticleError(shown, "binary or undecodable file (no text encoding fits)")
    text = str(best)
    _check_not_binary(text, shown)
    return text, best.encoding


def _strict(data: bytes, encoding: str, shown: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ArticleError(shown, f"undecodable {encoding} text at byte {e.start}") from e
    _check_not_binary(text, shown)
    return text


def _check_not_binary(text: str, shown: str) -> None:
    controls = sum(1 for ch in text if ch < " " and ch not in "\n\r\t\f\v")
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise ArticleError(shown, "binary file (control characters)")


def normalize_text(text: str) -> str:
    """NFC, `\\n` newlines, odd spaces as plain spaces, no BOM."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_SPACES)


def split_front_matter(text: str, shown: str) -> tuple[dict[str, object], str]:
    """Split a leading `---` block of `key: value` lines from the text; returns (metadata, body)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    raw: dict[str, object] = {}
    for line in m.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kv = _FM_LINE.match(line)
        if not kv:
            raise MetadataError(shown, f"front matter line is not 'key: value': {line.strip()[:60]!r}")
        raw[kv.group(1).lower()] = kv.group(2).strip().strip("\"'") or None
    return _clean_meta(raw, shown, "front matter"), text[m.end():]


def read_sidecar(path: Path) -> dict[str, object]:
    """Metadata of the sidecar `NAME.meta.json` beside `NAME.txt`, or {} when there is none."""
    sidecar = path.with_name(path.stem + META_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        raw = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise MetadataError(str(path), f"invalid sidecar {sidecar.name}: {e}") from e
    except OSError as e:
        raise MetadataError(str(path), f"cannot read sidecar {sidecar.name}: {e.strerror or e}") from e
    if not isinstance(raw, dict):
        raise MetadataError(str(path), f"invalid sidecar {sidecar.name}: not a JSON object")
    return _clean_meta(raw, str(path), f"sidecar {sidecar.name}")


def _clean_meta(raw: dict[str, object], shown: str, where: str) -> dict[str, object]:
    meta: dict[str, object] = {}
    for key in META_KEYS:
        value = raw.get(key, raw.get("date") if key == "published" else None)
        if value is None or value == "":
            continue
        if key == "published":
            meta[key] = parse_published(value, shown, where)
        elif not isinstance(value, str):
            raise MetadataError(shown, f"invalid {where}: {key} must be a string")
        else:
            meta[key] = value.strip()
    return meta


def parse_published(value: object, shown: str, where: str) -> dt.date:
    """Parse a 'YYYY-MM-DD' publication date (a longer ISO timestamp is cut to its date)."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value.strip()):
        raise MetadataError(shown, f"invalid {where}: published must be 'YYYY-MM-DD', got {value!r}")
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as e:
        raise MetadataError(shown, f"invalid {where}: impossible date {value!r}") from e


def merge_metadata(*layers: dict[str, object]) -> dict[str, object]:
    """Key by key, the first layer that has a value wins."""
    merged: dict[str, object] = {}
    for layer in layers:
        for key, value in layer.items():
            if value is not None and key not in merged:
                merged[key] = value
    return merged
