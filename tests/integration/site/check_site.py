#!/usr/bin/env python3
"""The site `sipcodes --site DIR` writes, checked as files:

    check_site.py links DIR   walk every page from DIR/index.html: every link
                              (a href, link href) names a file of the site, every
                              page is reached, and the layout is the binding one
                              (index.html, <lang>/<code>.html, <lang>/<A>-vs-<B>.html)
    check_site.py tidy DIR    HTML validity by tidy (Debian's tidy, HTML5 mode):
                              the index, every code's page and the pairs of 302
                              and of 430 in every locale, with no warning or error
"""

import os
import re
import subprocess
import sys

HREF = re.compile(rb'href="([^"#?]*)"')
PAIR = re.compile(r"[1-6]\d\d-vs-[1-6]\d\d\.html\Z")
CODE = re.compile(r"[1-6]\d\d\.html\Z")


def pages(site):
    for parent, _, names in os.walk(site):
        for name in names:
            yield os.path.relpath(os.path.join(parent, name), site).replace(os.sep, "/")


def check_links(site) -> int:
    every = set(pages(site))
    bad = []
    for page in every:
        parts = page.split("/")
        layout_ok = page == "index.html" or (len(parts) == 2 and (PAIR.match(parts[1]) or CODE.match(parts[1])))
        if not layout_ok:
            bad.append(f"{page}: not in the site's layout")
    seen = {"index.html"}
    queue = ["index.html"]
    links = 0
    while queue:
        page = queue.pop()
        with open(os.path.join(site, page), "rb") as f:
            data = f.read()
        for match in HREF.finditer(data):
            links += 1
            target = os.path.normpath(os.path.join(os.path.dirname(page), match.group(1).decode())).replace(os.sep, "/")
            if target not in every:
                bad.append(f"{page}: dead link {match.group(1).decode()}")
            elif target not in seen:
                seen.add(target)
                queue.append(target)
    bad += [f"{p}: no page links to it" for p in sorted(every - seen)]
    for line in bad[:50]:
        print(line)
    print(f"{len(every)} pages, {links} links followed, {len(seen)} pages reached, {len(bad)} problems")
    return 1 if bad or len(every) < 2 else 0


def check_tidy(site) -> int:
    chosen = ["index.html"]
    for lang in sorted(d for d in os.listdir(site) if os.path.isdir(os.path.join(site, d))):
        names = os.listdir(os.path.join(site, lang))
        chosen += [f"{lang}/{n}" for n in sorted(names)
                   if CODE.match(n) or n.startswith(("302-vs-", "430-vs-"))]
    failures = 0
    for i in range(0, len(chosen), 200):
        batch = chosen[i:i + 200]
        for page in batch:
            result = subprocess.run(["tidy", "-q", "-e", "-utf8", "--gnu-emacs", "yes", os.path.join(site, page)],
                                    capture_output=True, text=True)
            if result.returncode != 0 or result.stderr.strip():
                failures += 1
                if failures <= 10:
                    print(f"{page}: tidy says:\n{result.stderr}")
    print(f"{len(chosen)} pages validated by tidy, {failures} with warnings or errors")
    return 1 if failures else 0


def main(argv) -> int:
    if len(argv) != 3 or argv[1] not in ("links", "tidy"):
        print(__doc__, file=sys.stderr)
        return 2
    return check_links(argv[2]) if argv[1] == "links" else check_tidy(argv[2])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
