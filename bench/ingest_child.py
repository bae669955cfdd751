"""The ingest process of the load benchmark: `newsgraph.pipeline.load_paths` on a list of files, as `load-articles`.

    python -m bench.ingest_child PATHS_FILE RESULT_JSON WORKERS [bulk]

Runs the project's own load path unchanged (`LoadOptions(workers=WORKERS)`: the extraction pool of
`load-articles --workers`, the main process writing) and writes the run's summary (`load-articles --json`: counts,
graph changes, timings per phase) with the wall time (`bulk`: `LoadOptions(bulk=True)`, `load-articles --bulk`) and this process's own peak RSS. The parent
(`bench.loading.run_child`) samples the RSS of this process and of its extraction workers.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def main(paths_file: str, result_file: str, workers: int, bulk: bool = False) -> int:
    """Load the files listed in `paths_file`; the result JSON goes to `result_file`. 0, or 1 when a file failed."""
    from newsgraph.pipeline import LoadOptions, load_paths

    paths = [Path(line) for line in Path(paths_file).read_text(encoding="utf-8").splitlines() if line]
    t = time.perf_counter()
    summary = load_paths(paths, options=LoadOptions(workers=workers, bulk=bulk))
    total = time.perf_counter() - t
    result = {"articles": len(paths), "workers": workers, "bulk": bulk, "total_s": round(total, 3), "summary": summary.to_json(),
              "main_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    Path(result_file).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:] == ["bulk"]))
