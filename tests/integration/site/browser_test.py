#!/usr/bin/env python3
"""The site in a real browser: headless Chromium opens one pair page in every
locale and checks what a reader sees (the title, the headings, the document's
language, text that is not mojibake), follows the page's links ("Learn more" to
each code's page, the same page in another locale, the index) and checks that
each opens the page it names, and saves a screenshot of each pair page.

    browser_test.py SITE_DIR SCREENSHOT_DIR

Chromium: Debian's `chromium` (.ci/packages), or $SIPCODES_CHROMIUM. Exits 77
(CTest: skipped) when there is none. What the page must say comes from the
CLI (`sipcodes CODE --lang L`, $SIPCODES_CLI), not from the HTML under test.
"""

import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

PAIR = ("302", "430")
CLI = os.environ.get("SIPCODES_CLI", "sipcodes")
# Sequences that UTF-8 read as Latin-1 or Windows-1252 leaves behind, and the replacement character.
MOJIBAKE = ("\ufffd", "Ã", "â€", "Â", "ã\u0081", "Ð\u00a0")


def chromium():
    for name in (os.environ.get("SIPCODES_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class Dom(html.parser.HTMLParser):
    """What the browser's serialised DOM holds: lang, title, headings, links, text."""

    def __init__(self):
        super().__init__()
        self.lang, self.title, self.h1, self.h2 = None, "", [], []
        self.links, self.alternates, self.text = [], {}, []
        self._in = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "link" and a.get("rel") == "alternate":
            self.alternates[a.get("hreflang")] = a.get("href")
        if tag in ("title", "h1", "h2"):
            getattr(self, tag).append("") if tag != "title" else None
        self._in.append(tag)

    def handle_endtag(self, tag):
        while self._in and self._in.pop() != tag:
            pass

    def handle_data(self, data):
        self.text.append(data)
        for tag in reversed(self._in):
            if tag == "title":
                self.title += data
                break
            if tag in ("h1", "h2"):
                getattr(self, tag)[-1] += data
                break


class Browser:
    def __init__(self, binary):
        self.binary = binary
        self.profile = tempfile.TemporaryDirectory()

    def run(self, *args):
        command = [self.binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--no-first-run", "--hide-scrollbars", f"--user-data-dir={self.profile.name}", *args]
        return subprocess.run(command, capture_output=True, timeout=120)

    def dom(self, path) -> Dom:
        result = self.run("--dump-dom", "file://" + os.path.abspath(path))
        if result.returncode != 0 or not result.stdout:
            raise RuntimeError(f"chromium could not open {path}: {result.stderr.decode(errors='replace')[-500:]}")
        dom = Dom()
        dom.feed(result.stdout.decode("utf-8"))
        return dom

    def screenshot(self, path, png):
        result = self.run(f"--screenshot={os.path.abspath(png)}", "--window-size=1000,1700",
                          "file://" + os.path.abspath(path))
        return result.returncode == 0 and os.path.isfile(png) and os.path.getsize(png) > 10000


def expected(code, lang):
    """The code's page in the locale as the CLI prints it: labels and texts."""
    out = subprocess.run([CLI, code, "--lang", lang], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines() if line][-6:]  # label, text x3


def main(argv) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    site, shots = argv[1], argv[2]
    binary = chromium()
    if binary is None:
        print("no chromium: skipped (apt-get install chromium)")
        return 77
    os.makedirs(shots, exist_ok=True)
    browser = Browser(binary)
    langs = sorted(d for d in os.listdir(site) if os.path.isdir(os.path.join(site, d)))
    problems = []
    a, b = PAIR
    for lang in langs:
        page = os.path.join(site, lang, f"{a}-vs-{b}.html")
        dom = browser.dom(page)
        seen = "".join(dom.text)
        where = f"{lang}/{a}-vs-{b}.html"
        if dom.lang != lang:
            problems.append(f"{where}: <html lang> is {dom.lang!r}")
        if not dom.title.startswith(f"SIP {a} ") or f" vs {b} " not in dom.title:
            problems.append(f"{where}: title {dom.title!r}")
        if dom.h1 != [dom.title]:
            problems.append(f"{where}: h1 {dom.h1!r} is not the title")
        if len(dom.h2) != 4:
            problems.append(f"{where}: {len(dom.h2)} h2 headings, not 4")
        for bad in MOJIBAKE:
            if bad in seen:
                problems.append(f"{where}: mojibake {bad!r} in the text")
        for code in PAIR:
            for line in expected(code, lang):
                if line not in seen and not line.startswith("Class:"):
                    problems.append(f"{where}: the reader does not see {line[:60]!r}")
        if sorted(dom.alternates) != sorted(set(langs) - {lang}):
            problems.append(f"{where}: alternates {sorted(dom.alternates)}")
        # Follow the links: each code's page, one alternate, the index.
        targets = [(f"{code}.html", f"SIP {code} ") for code in PAIR]
        other = next(l for l in langs if l != lang)
        targets.append((dom.alternates.get(other, "missing"), f"SIP {a} "))
        if lang == langs[0]:
            targets.append(("../index.html", "SIP response codes"))
        for href, title in targets:
            if href not in dom.links and href not in dom.alternates.values():
                problems.append(f"{where}: no link to {href}")
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(page), href))
            if not os.path.isfile(target):
                problems.append(f"{where}: {href} does not resolve")
                continue
            opened = browser.dom(target)
            if not opened.title.startswith(title):
                problems.append(f"{where}: {href} opens {opened.title!r}")
        png = os.path.join(shots, f"{lang}_{a}-vs-{b}.png")
        if not browser.screenshot(page, png):
            problems.append(f"{where}: no screenshot")
        print(f"{where}: {dom.title!r}, lang {dom.lang}, {len(dom.links)} links; screenshot {png}")
    for p in problems:
        print(p)
    print(f"{len(langs)} locales, {len(problems)} problems")
    return 1 if problems or not langs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
