#!/usr/bin/env python3
"""sipcodes generator: spec (YAML) -> the data headers the library's code reads.

    sipcodes_gen.py --spec spec/sipcodes.yaml --out-dir include          # include/sipcodes/generated/
    sipcodes_gen.py --spec spec/sipcodes.yaml --out-dir include --check  # exit 1 if they differ
    sipcodes_gen.py --spec acme.yaml --out-dir out --name sip_codes --namespace acme::sip --api

Loads the spec, validates all of it, derives the tables, renders every file in
memory, and only then writes: each file through a temporary file and a rename,
and only if its content changed (so builds that depend on the headers do not
rebuild for nothing). Output is byte-for-byte deterministic.

The data goes to <out-dir>/<name>/generated/. With --api (a user spec), the
headers that put it under the library's hand-written code in its own namespace
go to <out-dir>/<name>/: <part>.hpp, <name>.hpp and <name>.h. --depfile writes
the specs an `extends:` chain read, for the build system.

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
# (template, file inside <out-dir>/<name>/, context function) for every spec.
DATA_OUTPUTS = (
    ("generated/status.hpp.j2", "generated/status.hpp", derive.status_data),
    ("generated/attributes.hpp.j2", "generated/attributes.hpp", derive.attributes_data),
    ("generated/info.hpp.j2", "generated/info.hpp", derive.info_data),
    ("generated/locale.hpp.j2", "generated/locale.hpp", derive.locale_data),
    ("generated/page.hpp.j2", "generated/page.hpp", derive.page_data),
    ("generated/method.hpp.j2", "generated/method.hpp", derive.method_data),
    ("generated/q850.hpp.j2", "generated/q850.hpp", derive.q850_data),
    ("generated/warning.hpp.j2", "generated/warning.hpp", derive.warning_data),
    ("generated/reason.hpp.j2", "generated/reason.hpp", derive.reason_data),
    ("generated/c_enums.h.j2", "generated/c_enums.h", derive.c_enums),
    ("generated/c_tables.inc.j2", "generated/c_tables.inc", derive.c_tables),
    ("generated/c_q850.inc.j2", "generated/c_q850.inc", derive.c_q850),
)


def output_names(name: str, api: bool) -> list[str]:
    """Every file a run writes, relative to <out-dir>, for build systems too."""
    names = [f"{name}/{output}" for _, output, _ in DATA_OUTPUTS]
    if api:
        names += [f"{name}/{part}.hpp" for part in derive.API_PARTS]
        names += [f"{name}/{name}.hpp", f"{name}/{name}.h"]
    return names


def render_all(spec, digest: str, namespace: str, name: str, api: bool) -> dict[str, str]:
    import jinja2  # imported late so that spec errors are reported even without Jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    target = derive.Target(namespace=namespace, name=name,
                           banner={"spec": spec.label, "sha256": digest, "generator": GENERATOR})
    rendered = {}

    def render(template: str, output: str, context: dict) -> None:
        out_name = f"{name}/{output}"
        rendered[out_name] = env.get_template(template).render(
            context, template=template, file=out_name, banner=target.banner, namespace=namespace,
            name=name, guard=target.guard, macro_prefix=target.macro_prefix)

    for template, output, context in DATA_OUTPUTS:
        render(template, output, context(spec, target))
    if api:
        for part in derive.API_PARTS:
            render("api/part.hpp.j2", f"{part}.hpp", derive.api_glue(part, target))
        render("api/umbrella.hpp.j2", f"{name}.hpp", derive.umbrella(target))
        render("api/c_header.h.j2", f"{name}.h", {})
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
    parser.add_argument("--api", action="store_true",
                        help="also write the API headers over this data in --namespace (for a user spec)")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a file differs from a fresh generation")
    parser.add_argument("--depfile", help="write the specs read, as a Makefile depfile for this first output")
    parser.add_argument("--list-outputs", action="store_true",
                        help="print the files a run writes (relative to --out-dir) and exit")
    args = parser.parse_args(argv)
    for part in args.namespace.split("::"):
        if not spec_model.is_identifier(part) or part in spec_model.CXX_KEYWORDS:
            parser.error(f"--namespace '{args.namespace}': '{part}' is not a snake_case C++ identifier")
    if not spec_model.is_identifier(args.name):
        parser.error(f"--name '{args.name}' must be a snake_case file name")
    if args.api and args.name in derive.API_PARTS:
        parser.error(f"--name '{args.name}' would overwrite the generated {args.name}.hpp; "
                     f"choose a name other than {', '.join(derive.API_PARTS)}")
    if args.api and "sipcodes" in (args.namespace, args.name):
        parser.error("--api: the sipcodes API, headers and macros are the library's own; "
                     "give this spec's API a --namespace and a --name of its own")
    return args


def write_depfile(path: str, output: str, specs: list[str]) -> None:
    def escape(p: str) -> str:
        return p.replace("\\", "/").replace(" ", "\\ ").replace("$", "$$").replace("#", "\\#")
    write_all({path: f"{escape(output)}: {' '.join(escape(s) for s in specs)}\n"})


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.list_outputs:
        print("\n".join(output_names(args.name, args.api)))
        return 0
    label = spec_merge.display_path(args.spec, args.root)
    try:
        root, digest, specs_read = spec_merge.load_spec(args.spec, label, args.root)
        spec = spec_model.validate(root, label)
        rendered = render_all(spec, digest, args.namespace, args.name, args.api)
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
            print(f"regenerate with: python3 {GENERATOR} --spec {label} --out-dir {args.out_dir}"
                  + (" (or: cmake --build <build-dir> --target regenerate)" if not args.api else ""),
                  file=sys.stderr)
            return 1
        print(f"{len(rendered)} files up to date with {label}")
        return 0

    try:
        changed = write_all({os.path.join(args.out_dir, n): t for n, t in rendered.items()})
        if args.depfile:
            first = os.path.join(args.out_dir, output_names(args.name, args.api)[0])
            write_depfile(args.depfile, os.path.abspath(first), [os.path.abspath(p) for p in specs_read])
    except OSError as e:
        print(f"error: cannot write {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    print(f"sipcodes: {len(changed)} of {len(rendered)} files written from {label}")
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
