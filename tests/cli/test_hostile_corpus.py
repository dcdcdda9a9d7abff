#!/usr/bin/python3
"""The hostile corpus (tests/data/generate_hostile_corpus.py: every reader fixture cut short and with
bytes flipped) through `infoscope-cli inspect --stats`, two files at a time, each under a 2 GiB
address-space cap and a 20 s timeout. Every file must give success or a typed error (exit 3) whose
message is one line naming the file, with no library internals; truncated files must be errors. Never
a crash, a hang or memory beyond the cap.

Usage: test_hostile_corpus.py INFOSCOPE_CLI SOURCE_DIR   (run by CTest)
Prints 'N passed, N failed' and exits non-zero on any failure.
"""
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

CLI, SOURCE = sys.argv[1], sys.argv[2]
JARGON = ("static_cast", "CV_", "H5", "c10::", "what():", "Assertion", "terminate called", "basic_string", "std::")


def cap_memory():
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def judge(corpus, name, outcome):
    path = os.path.join(corpus, name)
    try:
        p = subprocess.run([CLI, "inspect", path, "--stats"], capture_output=True, text=True, timeout=20,
                           preexec_fn=cap_memory, errors="replace")
    except subprocess.TimeoutExpired:
        return f"{name}: hung (no answer in 20 s)"
    if p.returncode < 0:
        return f"{name}: killed by signal {-p.returncode}: {p.stderr.strip()[-300:]}"
    if p.returncode not in ((0, 3) if outcome == "any" else (3,)):
        return f"{name}: exit {p.returncode} (allowed: {outcome}): {p.stderr.strip()[-300:]}"
    if p.returncode == 3:
        lines = p.stderr.strip().splitlines()
        if len(lines) != 1 or not lines[0].startswith("infoscope-cli: ") or os.path.basename(path) not in lines[0]:
            return f"{name}: the error is not one line naming the file: {p.stderr.strip()[:300]}"
        jargon = [word for word in JARGON if word in lines[0]]
        if jargon:
            return f"{name}: library internals in the message ({jargon}): {lines[0][:300]}"
    return None


def main():
    corpus = tempfile.mkdtemp(prefix="infoscope-hostile-corpus-")
    subprocess.run(["/usr/bin/python3", os.path.join(SOURCE, "tests", "data", "generate_hostile_corpus.py"), corpus],
                   check=True, stdout=subprocess.DEVNULL)
    expected = json.load(open(os.path.join(corpus, "expected.json")))
    with ThreadPoolExecutor(max_workers=2) as pool:
        problems = list(pool.map(lambda item: judge(corpus, *item), sorted(expected.items())))
    failed = [p for p in problems if p]
    for problem in failed:
        print("FAIL " + problem)
    passed = len(problems) - len(failed)
    print(f"{passed} of {len(problems)} hostile files handled (success or one typed error naming the file)")
    print(f"{passed} passed, {len(failed)} failed")
    if not failed:
        shutil.rmtree(corpus, ignore_errors=True)  # kept after a failure, to look at
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
