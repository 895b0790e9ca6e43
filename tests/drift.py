#!/usr/bin/env python3
"""The drift test: the checked-in headers are what the checked-in spec generates.

1. include/ equals a fresh generation from spec/ and codegen/ (generator --check).
2. In a git checkout whose spec/ and codegen/ are as committed, include/ must be
   as committed too. The build regenerates include/ in place, so (1) alone would
   pass after any build; (2) catches a spec or template change that was
   committed without its regenerated headers.
"""

import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def git(*args):
    return subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True)


def main() -> int:
    check = subprocess.run([sys.executable, "codegen/sipcodes_gen.py", "--spec", "spec/sipcodes.yaml",
                            "--out-dir", "include", "--check"], cwd=ROOT)
    if check.returncode != 0:
        return 1
    if shutil.which("git") is None or git("rev-parse", "--is-inside-work-tree").returncode != 0:
        if os.environ.get("CI"):
            print("drift: CI needs git and a git checkout to compare include/ with the commit", file=sys.stderr)
            return 1
        print("drift: not a git checkout; only the --check half ran")
        return 0
    if git("diff", "--quiet", "HEAD", "--", "spec", "codegen").returncode != 0:
        print("drift: spec/ or codegen/ has uncommitted changes; commit include/ with them")
        return 0
    stale = git("status", "--porcelain", "--", "include").stdout.strip()
    if stale:
        print("drift: include/ differs from the commit although spec/ and codegen/ do not:\n" + stale +
              "\nthe committed headers are stale: commit the regenerated include/", file=sys.stderr)
        return 1
    print("drift: include/ is what the committed spec generates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
