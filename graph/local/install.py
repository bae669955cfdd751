"""Install a Neo4j Community server from Maven Central jars into a cache directory (no Docker, no tarball)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from importlib import resources
from pathlib import Path

from newsgraph.errors import LocalServerError

NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"
NEO4J_LINE = "5.26"
MIN_JAVA = 17


def java_executable() -> str:
    """The `java` to run Neo4j with ($JAVA_HOME/bin/java, else the one on PATH); a clear error when none."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise LocalServerError(
            f"Java is missing: Neo4j {NEO4J_LINE} needs Java {MIN_JAVA} or 21 (install openjdk-17-jre-headless, "
            "or set JAVA_HOME)"
        )
    return found


def java_major_version(java: str) -> int:
    """The major version of a Java runtime, read from `java -version`."""
    try:
        out = subprocess.run([java, "-version"], check=False, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise LocalServerError(f"cannot run {java}: {e}") from e
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not m:
        raise LocalServerError(f"cannot tell the version of {java}")
    major = int(m.group(1))
    return int(m.group(2)) if major == 1 and m.group(2) else major


def check_java() -> str:
    """The java executable, checked to be a version Neo4j 5.26 runs on."""
    java = java_executable()
    major = java_major_version(java)
    if major < MIN_JAVA:
        raise LocalServerError(f"Java {major} at {java} is too old: Neo4j {NEO4J_LINE} needs Java {MIN_JAVA} or 21")
    return java


def dist_dir(home: Path) -> Path:
    """Where the jars of this Neo4j version live, shared by all local instances."""
    return home / f"neo4j-{NEO4J_LINE}" / f"dist-{NEO4J_VERSION}"


def is_installed(home: Path) -> bool:
    """True when the jars were fully installed (the marker is written last)."""
    return (dist_dir(home) / "INSTALLED").is_file()


def install(home: Path, *, quiet: bool = True) -> Path:
    """Resolve the Neo4j server and Browser jars with Maven into the cache, once; returns the lib directory."""
    target = dist_dir(home)
    if is_installed(home):
        return target / "lib"
    mvn = shutil.which("mvn")
    if not mvn:
        raise LocalServerError("Maven (mvn) is missing: it fetches the Neo4j jars from Maven Central (apt install maven)")
    target.parent.mkdir(parents=True, exist_ok=True)
    pom = resources.files("graph.local").joinpath("pom.xml")
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".install-") as tmp, resources.as_file(pom) as pom_path:
        lib = Path(tmp) / "lib"
        cmd = [
            mvn, "-B", "-f", str(pom_path), "dependency:copy-dependencies",
            "-DincludeScope=runtime", f"-DoutputDirectory={lib}",
            f"-Dneo4j.version={NEO4J_VERSION}", f"-Dneo4j.browser.version={BROWSER_VERSION}",
        ]
        if quiet:
            cmd.insert(2, "-q")
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True)
        if proc.returncode != 0 or not any(lib.glob("neo4j-kernel-*.jar")):
            tail = " ".join((proc.stdout + proc.stderr).strip().splitlines()[-3:])
            raise LocalServerError(f"Maven could not fetch Neo4j {NEO4J_VERSION} jars: {tail[:400]}")
        if target.exists():
            shutil.rmtree(target)
        target.mkdir()
        shutil.move(str(lib), target / "lib")
    (target / "INSTALLED").write_text(f"neo4j {NEO4J_VERSION}\nbrowser {BROWSER_VERSION}\n", encoding="utf-8")
    return target / "lib"
