"""Time `closeread check` on a pack of a 50,000-word article with 2,000 key spans.

Budget (issue 2): under 1 s on a 2-core machine. Prints the whole command's wall time
(process start included) and the in-process load alone, median of several runs.

    .venv/bin/python benchmarks/bench_check.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from closeread.core.pack.load import load_pack
from synthetic_pack import write_pack

RUNS = 7


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        pack = write_pack(Path(folder) / "synthetic")
        command = [sys.executable, "-m", "closeread", "check", str(pack)]
        walls = []
        for _ in range(RUNS):
            start = time.perf_counter()
            result = subprocess.run(command, capture_output=True, text=True)
            walls.append(time.perf_counter() - start)
            if result.returncode != 0:
                sys.exit(f"check failed:\n{result.stdout}{result.stderr}")
        loads = []
        for _ in range(RUNS):
            start = time.perf_counter()
            loaded = load_pack(pack)
            loads.append(time.perf_counter() - start)
        assert loaded.pack is not None
        spans = sum(len(e.key) for lesson in loaded.pack.lessons for e in lesson.exercises)
        words = len(loaded.pack.article.text.split())
        print(f"pack: {words:,} words, {spans:,} key spans")
        print(
            f"closeread check (whole process): median {statistics.median(walls) * 1000:.0f} ms, "
            f"min {min(walls) * 1000:.0f} ms over {RUNS} runs"
        )
        print(
            f"load_pack in process:            median {statistics.median(loads) * 1000:.0f} ms, "
            f"min {min(loads) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
