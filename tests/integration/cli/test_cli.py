#!/usr/bin/env python3
"""Tests of the `sipcodes` command-line tool: good arguments print the page,
bad ones print a message on stderr and exit with status 2.

CTest passes the executable in SIPCODES_CLI, and in SIPCODES_CLI_LAUNCHER a
command to run it under (valgrind, for .ci/test memcheck), if any.
"""

import os
import shlex
import subprocess
import unittest

CLI = [*shlex.split(os.environ.get("SIPCODES_CLI_LAUNCHER", "")), os.environ.get("SIPCODES_CLI", "sipcodes")]


def run(*args):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


class GoodArguments(unittest.TestCase):
    def test_comparison_pages_match_the_golden_files(self):
        tests = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        golden = os.path.join(tests, "support", "golden", "expected")
        for name in sorted(os.listdir(golden)):
            a, b, lang, layout = name[:-len(".txt")].split("_")
            with self.subTest(page=name):
                result = run(a, b, "--lang", lang, "--layout", layout, "--texts", "en")
                self.assertEqual(result.returncode, 0, result.stderr)
                with open(os.path.join(golden, name), encoding="utf-8") as f:
                    self.assertEqual(result.stdout, f.read() + "\n")

    def test_localized_pages(self):
        ja = run("302", "430", "--lang", "ja").stdout
        self.assertNotIn("You encounter", ja)
        self.assertIn("リダイレクト", ja)
        self.assertEqual(run("302", "430", "--lang", "ja", "--texts", "ja").stdout, ja)
        self.assertNotEqual(run("302", "430", "--lang", "ja", "--texts", "en").stdout, ja)

    def test_one_code_in_a_locale(self):
        lines = run("430", "--lang", "ru").stdout.splitlines()
        self.assertEqual(lines[0], "SIP 430 Flow Failed")
        self.assertIn("Описание", lines)
        self.assertTrue(any(line.startswith("Class: 4xx ") and "Client" not in line for line in lines))

    def test_one_code_in_a_locale_with_its_method_and_gateway_lines(self):
        lines = run("481", "--lang", "ja", "--method", "INFO").stdout.splitlines()
        self.assertEqual(lines[0], "SIP 481 Call/Transaction Does Not Exist")
        self.assertTrue(any(line.startswith("Q.850 cause (gateway): ") for line in lines))
        self.assertIn("As the answer to INFO", lines)
        self.assertIn("Inside a dialog: usage (ends the usage: the session or the subscription)", lines)
        english = run("481", "--method", "INFO").stdout.splitlines()
        self.assertNotEqual(lines, english)
        # Only the texts and their labels change with the locale.
        self.assertEqual(len(lines), len(english))
        result = run("481", "--method", "INFO", "--html")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--method applies to the text page of a code", result.stderr)

    def test_html(self):
        page = run("302", "430", "--lang", "vi", "--html").stdout
        self.assertTrue(page.startswith('<!DOCTYPE html>\n<html lang="vi">'))
        self.assertTrue(page.endswith("</html>\n"))
        self.assertIn('<a href="302.html">', page)
        code = run("430", "--lang", "zh", "--html").stdout
        self.assertIn("<title>SIP 430 Flow Failed</title>", code)
        self.assertIn('href="430-vs-302.html"', code)

    def test_site(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            site = os.path.join(tmp, "site")
            result = run("--site", site)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("28126 pages", result.stdout)
            self.assertTrue(os.path.isfile(os.path.join(site, "index.html")))
            self.assertTrue(os.path.isfile(os.path.join(site, "ja", "302-vs-430.html")))
            self.assertTrue(os.path.isfile(os.path.join(site, "ru", "430.html")))
            self.assertEqual(run("--site", os.path.join(site, "index.html", "x")).returncode, 1)

    def test_option_forms(self):
        self.assertEqual(run("302", "430", "--lang=ja", "--layout=sections").stdout,
                         run("--layout", "sections", "302", "--lang", "ja", "430").stdout)

    def test_best(self):
        self.assertEqual(run("--best", "486", "404", "600").stdout, "600 Busy Everywhere\n")
        self.assertEqual(run("--best", "404", "401").stdout, "401 Unauthorized\n")
        self.assertEqual(run("--best", "503").stdout,
                         "503 Service Unavailable (forwarded upstream as 500 Server Internal Error, "
                         "RFC 3261 section 16.7)\n")
        self.assertEqual(run("--best", "499", "503").stdout, "499\n")
        self.assertEqual(run("--best", "100", "180").stdout,
                         "no final response: a proxy that receives none sends 408 Request Timeout "
                         "(RFC 3261 section 16.7)\n")
        self.assertEqual(run("--best", "180", "486").stdout, "486 Busy Here\n")
        self.assertIn("Must carry one of: Accept, Accept-Encoding, Accept-Language", run("415").stdout)

    def test_single_code_shows_headers_and_action(self):
        out = run("401").stdout
        self.assertIn("Must carry: WWW-Authenticate", out.splitlines())
        self.assertIn("Action: Answer the challenge with credentials and retry. "
                      "(authenticate_and_retry; RFC 3261 §8.1.3.5, §22.2)", out.splitlines())

    def test_method_context(self):
        result = run("481", "--method", "INFO")
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertIn("As the answer to INFO", lines)
        self.assertIn("Can answer it: yes", lines)
        self.assertIn("Inside a dialog: usage (ends the usage: the session or the subscription)", lines)
        out = run("--method=PUBLISH", "200").stdout.splitlines()
        self.assertIn("Must carry: Expires, SIP-ETag", out)
        out = run("200", "--method", "INVITE").stdout
        self.assertIn("(send_ack)", out)
        self.assertIn("Must carry: Contact", out.splitlines())
        out = run("180", "--method", "OPTIONS").stdout.splitlines()
        self.assertIn("Can answer it: no (the RFCs do not allow this code for this method)", out)
        out = run("491", "--method", "UPDATE").stdout
        self.assertIn("Retry-After", out.split("May carry: ")[1])  # in the "all but" list
        self.assertIn("Inside a dialog: dialog", run("404", "--method", "BYE").stdout)

    def test_unknown_method_is_a_usage_error(self):
        for args, message in ((("481", "--method", "invite"), "not a registered method (names are case-sensitive"),
                              (("481", "--method", "FOO"), "not a registered method"),
                              (("481", "--method", "IN VITE"), "not a method name"),
                              (("481", "--method"), "--method needs a value"),
                              (("481", "486", "--method", "BYE"), "--method applies to one code")):
            with self.subTest(args=args):
                result = run(*args)
                self.assertEqual(result.returncode, 2)
                self.assertIn(message, result.stderr)
                self.assertEqual(result.stdout, "")

    def test_methods_lists_the_registry(self):
        result = run("--methods")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY",
                                                 "OPTIONS", "PRACK", "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE",
                                                 "UPDATE"])
        self.assertEqual(run("--methods", "x").returncode, 2)

    def test_one_code_prints_its_page(self):
        result = run("430")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], "SIP 430 Flow Failed")
        self.assertIn("Class: 4xx Client Failure", lines)
        self.assertIn("References: RFC 5626", lines)
        for label, text in (
            ("Description", "The specific flow to a user agent has failed but other flows may succeed. "
                            "Used with SIP outbound (RFC 5626)."),
            ("When You See It", "When using SIP outbound connections and the specific TCP/TLS "
                                "connection (flow) to the UA has been lost."),
            ("How to Fix", "The proxy should attempt delivery via other registered flows. "
                           "The UA should re-register to establish a new flow."),
        ):
            self.assertEqual(lines[lines.index(label) + 1], text)

    def test_q850_cause(self):
        result = run("--q850", "17")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, "Q.850 17 User busy\nClass: Normal event\n"
                                        "SIP response: 486 Busy Here (RFC 3398 §7.2.4.1)\n"
                                        "Reason: Q.850;cause=17;text=\"User busy\"\n")
        self.assertIn("SIP response: 403 Forbidden; 603 Decline may be given instead when the cause location is "
                      "the user (RFC 3398 §7.2.4.1 (+))", run("--q850", "21").stdout)
        self.assertIn("SIP response: 410 Gone; 301 Moved Permanently when the cause carries a diagnostic",
                      run("--q850", "022").stdout)
        self.assertIn("SIP response: none: Normal call clearing usually ends the call with a BYE or a CANCEL",
                      run("--q850", "16").stdout)
        # RFC 3398 §7.2.4.1: 44 is untranslatable; a cause without a row gets the default 500.
        self.assertIn("SIP response: none: The circuit named in the IAM", run("--q850", "44").stdout)
        self.assertIn("SIP response: 500 Server Internal Error (RFC 3398 §7.2.4.1, the default for a cause the "
                      "table does not list)", run("--q850", "4").stdout)
        self.assertIn("SIP response: 503 Service Unavailable", run("--q850", "47").stdout)

    def test_code_shows_its_q850_cause(self):
        def cause_line(code):
            return next(l for l in run(code).stdout.splitlines() if l.startswith("Q.850 cause (gateway): "))
        self.assertEqual(cause_line("404"), "Q.850 cause (gateway): 1 Unallocated (unassigned) number (RFC 3398 §8.2.6.1)")
        self.assertIn("21 Call rejected, only if the gateway cannot answer the challenge", cause_line("401"))
        self.assertIn("by the Warning code: 31 Normal, unspecified, or 65 Bearer capability not implemented",
                      cause_line("488"))
        self.assertIn("none (", cause_line("487"))
        self.assertIn("127 Interworking, unspecified", cause_line("505"))
        self.assertIn("31 Normal, unspecified (RFC 3398 §8.2.6.1, a code the table does not list)", cause_line("430"))
        self.assertIn("none (A success response", cause_line("200"))

    def test_deprecated_code_says_so(self):
        result = run("202")
        self.assertEqual(result.returncode, 0)
        self.assertIn("Status: deprecated", result.stdout)
        self.assertIn("Class: 2xx Success", result.stdout)

    def test_every_registered_code_has_a_page(self):
        listing = run("--list")
        self.assertEqual(listing.returncode, 0)
        codes = [line.split()[0] for line in listing.stdout.splitlines()]
        self.assertEqual(len(codes), 75)
        self.assertEqual(codes[0], "100")
        self.assertEqual(codes[-1], "608")
        for code in codes:
            result = run(code)
            self.assertEqual(result.returncode, 0, code)
            self.assertTrue(result.stdout.startswith(f"SIP {code} "), code)

    def test_list_shows_phrases_and_classes(self):
        lines = run("--list").stdout.splitlines()
        self.assertRegex(lines[0], r"^100  Trying\s+1xx Provisional$")
        self.assertIn("606  Not Acceptable", "\n".join(lines))
        self.assertTrue(any(l.startswith("202  Accepted") and l.endswith("(deprecated)") for l in lines))

    def test_help(self):
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("usage: sipcodes", result.stdout)


class BadArguments(unittest.TestCase):
    def assert_rejected(self, args, message):
        result = run(*args)
        self.assertEqual(result.returncode, 2, (args, result.stdout, result.stderr))
        self.assertEqual(result.stdout, "")
        self.assertIn(message, result.stderr)
        self.assertTrue(result.stderr.startswith("sipcodes: ") or result.stderr.startswith("usage:"))

    def test_bad_q850_causes(self):
        for args in (["--q850"], ["--q850", "0"], ["--q850", "15"], ["--q850", "128"], ["--q850", "1000"],
                     ["--q850", "-1"], ["--q850", "x"], ["--q850", ""], ["--q850", "17", "18"]):
            with self.subTest(args=args):
                result = run(*args)
                self.assertEqual(result.returncode, 2, (args, result.stdout, result.stderr))
                self.assertEqual(result.stdout, "")
                self.assertTrue(result.stderr.startswith("sipcodes: "))

    def test_unregistered_code_in_range(self):
        self.assert_rejected(["499"], "499 is not a registered SIP response code; "
                                      "a client treats it as 400 Bad Request")

    def test_unregistered_provisional_code(self):
        self.assert_rejected(["150"], "a client treats it as 183 Session Progress")

    def test_out_of_range(self):
        self.assert_rejected(["999"], "999 is not a SIP response code; codes run from 100 to 699")
        self.assert_rejected(["099"], "099 is not a SIP response code")

    def test_not_a_number(self):
        for arg in ("abc", "43a", "4 30", "+430", "4.3", "\u0664\u0663\u0660"):
            self.assert_rejected([arg], "is not a status code; expected three digits")

    def test_control_characters_are_not_echoed_raw(self):
        self.assert_rejected(["430\n\x1b[2J"], "'430\\x0a\\x1b[2J' is not a status code")

    def test_wrong_length(self):
        for arg in ("43", "0430", "4300", "1" * 400):
            self.assert_rejected([arg], "is not a status code; expected three digits")

    def test_c1_controls_and_invalid_utf8_are_escaped(self):
        result = subprocess.run([*CLI, b"4\xc2\x9b3".decode("utf-8", "surrogateescape")],
                                capture_output=True, timeout=120)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"'4\\xc2\\x9b3'", result.stderr)
        result = subprocess.run([*CLI, b"\xff\xe9t\xc3\xa9".decode("utf-8", "surrogateescape")],
                                capture_output=True, timeout=120)
        self.assertIn("'\\xff\\xe9t\u00e9'".encode("utf-8"), result.stderr)

    def test_write_errors_are_reported(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        with open("/dev/full", "w") as full:
            result = subprocess.run([*CLI, "--list"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
        self.assertEqual(result.returncode, 1)
        self.assertIn("cannot write", result.stderr)

    def test_empty(self):
        self.assert_rejected([""], "empty argument")

    def test_unknown_option(self):
        self.assert_rejected(["--frobnicate"], "unknown option '--frobnicate'")
        self.assert_rejected(["-430"], "unknown option '-430'")

    def test_bad_comparisons(self):
        self.assert_rejected(["430", "430"], "both codes are 430; compare two different codes")
        self.assert_rejected(["430", "499"], "499 is not a registered SIP response code")
        self.assert_rejected(["430", "404", "--lang", "xx"], "unknown language 'xx'")
        self.assert_rejected(["430", "404", "--layout", "grid"], "unknown layout 'grid'")
        self.assert_rejected(["430", "404", "--lang"], "--lang needs a value")
        self.assert_rejected(["430", "404", "500"], "too many codes")
        self.assert_rejected(["430", "--layout", "lines"], "--layout applies to a comparison")
        self.assert_rejected(["302", "430", "--lang", "ja", "--texts", "zh"], "--texts 'zh'")
        self.assert_rejected(["302", "430", "--html", "--layout", "lines"], "--layout applies to text pages")
        self.assert_rejected(["--site"], "--site takes one directory")
        self.assert_rejected(["--best"], "--best needs at least one code")
        self.assert_rejected(["--best", "486", "abc"], "'abc' is not a status code")
        self.assert_rejected(["--best", "486", "700"], "700 is not a SIP response code")

    def test_no_arguments(self):
        self.assert_rejected([], "usage: sipcodes")


if __name__ == "__main__":
    unittest.main(verbosity=2)
