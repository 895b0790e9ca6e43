#!/usr/bin/env python3
"""sipcodes generator: spec (YAML) -> constexpr C++ headers.

    sipcodes_gen.py --spec spec/sipcodes.yaml --out-dir include
    sipcodes_gen.py --spec spec/sipcodes.yaml --out-dir include --check

Loads the spec, validates all of it, derives the tables, renders every header
in memory, and only then writes: each file through a temporary file and a
rename, and only if its content changed (so builds that depend on the headers
do not rebuild for nothing). Output is byte-for-byte deterministic.

Exit status: 0 success (or up to date with --check), 1 spec errors (or stale
headers with --check), 2 usage or I/O errors.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SYSTEM_PYTHON = "/usr/bin/python3"


def _reexec_with_system_python() -> None:
    """The first python3 on PATH may be a pyenv or venv interpreter without the
    Debian modules (python3-yaml, python3-jinja2); the system one has them."""
    try:
        import jinja2  # noqa: F401
        import yaml  # noqa: F401
    except ImportError:
        if os.path.exists(SYSTEM_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) \
                and not os.environ.get("SIPCODES_NO_REEXEC"):
            os.environ["SIPCODES_NO_REEXEC"] = "1"
            os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])


if __name__ == "__main__":
    _reexec_with_system_python()

try:
    import yaml  # noqa: F401
except ImportError:
    print("error: the generator needs PyYAML (Debian/Ubuntu: apt-get install python3-yaml)", file=sys.stderr)
    sys.exit(2)

from diagnostics import SpecError, SpecErrors  # noqa: E402
import derive  # noqa: E402
import spec_merge  # noqa: E402
import spec_model  # noqa: E402

GENERATOR = "codegen/sipcodes_gen.py"
# Enough to fix a spec by; a generated or badly broken spec can hold thousands.
MAX_SHOWN_ERRORS = 100
TEMPLATE_DIR = os.path.join(HERE, "templates")
# (template, output file name inside <out-dir>/<name>/); the umbrella is named after the library.
OUTPUTS = (
    ("status.hpp.j2", "status.hpp"),
    ("attributes.hpp.j2", "attributes.hpp"),
    ("info.hpp.j2", "info.hpp"),
    ("locale.hpp.j2", "locale.hpp"),
    ("compare.hpp.j2", "compare.hpp"),
    ("page.hpp.j2", "page.hpp"),
    ("status_line.hpp.j2", "status_line.hpp"),
    ("io.hpp.j2", "io.hpp"),
    ("umbrella.hpp.j2", "{name}.hpp"),
    ("c_header.h.j2", "{name}.h"),
)


def render_all(spec, digest: str, namespace: str, name: str) -> dict[str, str]:
    import jinja2  # imported late so that spec errors are reported even without Jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    banner = {
        "spec": spec.label,
        "sha256": digest,
        "generator": GENERATOR,
    }
    ctx = derive.context(spec, namespace, name, banner)
    rendered = {}
    for template, output in OUTPUTS:
        out_name = f"{name}/{output.format(name=name)}"
        text = env.get_template(template).render(ctx, template=template, file=out_name)
        rendered[out_name] = text
    return rendered


def unchanged(path: str, data: bytes) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False


def write_all(files: dict[str, str]) -> list[str]:
    """Writes the files whose content changed: every one to a temporary file
    first, then all renamed into place, so a failure while writing leaves the
    old set untouched. Returns the paths written."""
    pending = []
    try:
        for path, text in files.items():
            data = text.encode("utf-8")
            if unchanged(path, data):
                continue
            directory = os.path.dirname(path) or "."
            os.makedirs(directory, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".sipcodes-", suffix=".tmp", dir=directory)
            pending.append((tmp, path))
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.chmod(tmp, 0o644)
        for tmp, path in pending:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in pending:
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise
    return [path for _, path in pending]


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Generate the sipcodes C++ headers from a spec.")
    parser.add_argument("--spec", required=True, help="the spec file (YAML)")
    parser.add_argument("--out-dir", required=True,
                        help="include directory; headers go to <out-dir>/<name>/")
    parser.add_argument("--name", default="sipcodes",
                        help="header directory and umbrella header name (default: sipcodes)")
    parser.add_argument("--namespace", default="sipcodes",
                        help="C++ namespace of the generated API (default: sipcodes)")
    parser.add_argument("--root", default=os.getcwd(),
                        help="paths in messages and banners are shown relative to this (default: cwd)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a header differs from a fresh generation")
    parser.add_argument("--stamp", help="touch this file after a successful run (for build systems)")
    args = parser.parse_args(argv)
    for part in args.namespace.split("::"):
        if not spec_model._IDENTIFIER.match(part) or part in spec_model.CXX_KEYWORDS:
            parser.error(f"--namespace '{args.namespace}': '{part}' is not a snake_case C++ identifier")
    if not spec_model._IDENTIFIER.match(args.name):
        parser.error(f"--name '{args.name}' must be a snake_case file name")
    taken = [output[:-len(".hpp")] for _, output in OUTPUTS if "{" not in output]
    if args.name in taken:
        parser.error(f"--name '{args.name}' would overwrite the generated {args.name}.hpp; "
                     f"choose a name other than {', '.join(taken)}")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    label = spec_merge.display_path(args.spec, args.root)
    try:
        root, digest = spec_merge.load_spec(args.spec, label, args.root)
        spec = spec_model.validate(root, label)
        rendered = render_all(spec, digest, args.namespace, args.name)
    except SpecError as e:
        print(e, file=sys.stderr)
        print(f"{label}: 1 error; nothing was generated", file=sys.stderr)
        return 1
    except SpecErrors as e:
        for error in e.errors[:MAX_SHOWN_ERRORS]:
            print(error, file=sys.stderr)
        count = len(e.errors)
        shown = f" (the first {MAX_SHOWN_ERRORS} shown)" if count > MAX_SHOWN_ERRORS else ""
        print(f"{label}: {count} error{'' if count == 1 else 's'}{shown}; nothing was generated",
              file=sys.stderr)
        return 1
    except ImportError as e:
        print(f"error: {e.name or e}: the generator needs Jinja2 "
              "(Debian/Ubuntu: apt-get install python3-jinja2)", file=sys.stderr)
        return 2

    if args.check:
        stale = []
        for out_name, text in rendered.items():
            path = os.path.join(args.out_dir, out_name)
            try:
                with open(path, "rb") as f:
                    current = f.read()
            except OSError:
                current = None
            if current != text.encode("utf-8"):
                stale.append(out_name)
        if stale:
            for out_name in stale:
                print(f"{os.path.join(args.out_dir, out_name)}: out of date with {label}",
                      file=sys.stderr)
            print(f"regenerate with: python3 {GENERATOR} --spec {label} --out-dir {args.out_dir}",
                  file=sys.stderr)
            return 1
        print(f"{len(rendered)} headers up to date with {label}")
        return 0

    try:
        changed = write_all({os.path.join(args.out_dir, n): t for n, t in rendered.items()})
        if args.stamp:
            with open(args.stamp, "w", encoding="utf-8") as f:
                f.write("generated\n")
    except OSError as e:
        print(f"error: cannot write {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    print(f"sipcodes: {len(changed)} of {len(rendered)} headers written from {label}")
    return 0


def guarded_main() -> int:
    try:
        return main()
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # a bug here, not in the spec: say so in one line
        print(f"sipcodes_gen: internal error: {type(e).__name__}: {e}; please report it "
              "with the spec that caused it", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(guarded_main())
