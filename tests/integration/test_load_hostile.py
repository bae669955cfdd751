"""Bad input against the real Neo4j: one clear line per bad file naming it and the reason, the rest of the run goes on,
and nothing already in the graph is lost."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import neo4j
import pytest
from click.testing import CliRunner

from newsgraph.cli.load import load_articles
from newsgraph.pipeline import LoadOptions, load_paths
from newsgraph.progress import LogReporter
from tests.data.graphs.helpers import snapshot
from tests.integration.load_support import article_paths, write_corpus

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
EXPECTED: dict[str, str] = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
LOADABLE = sorted(n for n, outcome in EXPECTED.items() if outcome == "loaded")
BAD = sorted(n for n, outcome in EXPECTED.items() if outcome != "loaded")


@pytest.fixture()
def env(empty_db: neo4j.Driver, neo4j_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> neo4j.Driver:
    for key, value in neo4j_env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("NEWSGRAPH_MAX_FILE_BYTES", raising=False)
    return empty_db


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def test_every_bad_file_is_one_line_and_every_good_one_loads(env: neo4j.Driver, neo4j_env: dict[str, str],
                                                               tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    shutil.copytree(HOSTILE, folder)
    missing = tmp_path / "no-such-folder"
    result = CliRunner().invoke(load_articles, [str(folder), str(missing), "--json", "--workers", "1"],
                                env=neo4j_env)
    assert result.exit_code == 1, result.output

    errors = _errors(result.stderr)
    assert len(errors) == len(BAD) + 1
    for name in BAD:
        [line] = [e for e in errors if e.startswith(f"error: {folder / name}: ")]
        assert EXPECTED[name] in line
    assert f"error: {missing}: no such file" in errors

    data = json.loads(result.stdout)
    assert (data["new"], data["failed"]) == (len(LOADABLE), len(BAD) + 1)
    assert sorted(f["path"] for f in data["failures"]) == sorted([str(folder / n) for n in BAD] + [str(missing)])

    # the encodings are decoded right: the same text (one content hash), CP949's extension syllable included
    records, _, _ = env.execute_query("MATCH (a:Article)-[:HAS_EXTRACTION]->(x:Extraction) "
                                      "RETURN a.path AS path, a.content_hash AS hash, x.graph AS extraction")
    assert sorted(Path(r["path"]).name for r in records) == LOADABLE
    hashes = {Path(r["path"]).name: r["hash"] for r in records}
    assert len({h for n, h in hashes.items() if n != "cp949.txt"}) == 1
    people = {Path(r["path"]).name: {p["name"] for p in json.loads(r["extraction"])["people"]} for r in records}
    assert all({"이재용", "마크 저커버그"} <= names for names in people.values()), people


@pytest.mark.parametrize("spoil", [
    "binary", "empty", "invalid_sidecar", "impossible_date", "latin_only", "too_large",
])
def test_a_loaded_article_whose_file_turns_bad_keeps_its_contribution(env: neo4j.Driver, tmp_path: Path,
                                                                        spoil: str) -> None:
    paths = write_corpus(tmp_path, 2)
    assert load_paths([tmp_path]).new == 2
    before = snapshot(env)

    target, sidecar = paths[0], paths[0].with_name(paths[0].stem + ".meta.json")
    spoilers: dict[str, Callable[[], object]] = {
        "binary": lambda: target.write_bytes(bytes(range(256)) * 8),
        "empty": lambda: target.write_bytes(b""),
        "invalid_sidecar": lambda: sidecar.write_text("{oops", encoding="utf-8"),
        "impossible_date": lambda: sidecar.write_text('{"published": "2024-13-45"}', encoding="utf-8"),
        "latin_only": lambda: target.write_text("Nothing Korean here at all.\n", encoding="utf-8"),
        "too_large": lambda: os.truncate(target, 50 * 2**20),
    }
    spoilers[spoil]()
    summary = load_paths([tmp_path], options=LoadOptions(prune=True))
    assert (summary.failed, summary.unchanged, summary.new, summary.changed, summary.pruned) == (1, 1, 0, 0, 0)
    assert summary.failures[0].path == str(target)
    assert snapshot(env) == before


def test_files_that_disappear_mid_run_are_reported_and_the_run_goes_on(env: neo4j.Driver, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_corpus(tmp_path, 4)

    class Vanishing(LogReporter):
        """Deletes one file after the folder was listed, and another after the first article was written."""

        def start(self, total: int) -> None:
            super().start(total)
            paths[1].unlink()  # listed, not read yet

        def done(self, path: str, outcome: str) -> None:
            super().done(path, outcome)
            if path == str(paths[0]) and outcome == "new":
                paths[3].unlink()  # read and found new, not yet extracted

    summary = load_paths([tmp_path], reporter=Vanishing(verbose=False), options=LoadOptions(workers=1))
    assert (summary.new, summary.failed) == (2, 2)
    assert sorted((f.path, f.reason) for f in summary.failures) == [(str(paths[1]), "no such file"),
                                                                    (str(paths[3]), "no such file")]
    assert article_paths(env) == sorted(str(p.resolve()) for p in (paths[0], paths[2]))
    err = capsys.readouterr().err
    assert f"error: {paths[1]}: no such file\n" in err and f"error: {paths[3]}: no such file\n" in err


def test_the_size_limit_is_configurable_and_checked_before_reading(env: neo4j.Driver, neo4j_env: dict[str, str],
                                                                   tmp_path: Path) -> None:
    write_corpus(tmp_path, 1)
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(50 * 2**20)
    runner = CliRunner()
    result = runner.invoke(load_articles, [str(tmp_path), "--workers", "1"], env=neo4j_env)
    assert result.exit_code == 1
    assert _errors(result.stderr) == [f"error: {big}: file too large (52428800 bytes, limit 20000000)"]
    assert len(article_paths(env)) == 1

    big.unlink()
    small = runner.invoke(load_articles, [str(tmp_path)], env={**neo4j_env, "NEWSGRAPH_MAX_FILE_BYTES": "100"})
    assert small.exit_code == 1
    [line] = _errors(small.stderr)
    assert line.startswith(f"error: {tmp_path / 'article_0000.txt'}: file too large (") and line.endswith("limit 100)")
    flag = runner.invoke(load_articles, [str(tmp_path), "--max-bytes", "100"], env=neo4j_env)
    assert _errors(flag.stderr) == _errors(small.stderr)
    assert len(article_paths(env)) == 1  # refused now, still loaded from before
