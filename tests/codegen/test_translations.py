#!/usr/bin/env python3
"""Every text of every locale against its English original: the translation
keeps the English text's numbers, RFC references, section signs, SIP method
names and header names exactly, and it is written in the locale's script.

The rules are those the translators checked their files with, here run over
the spec as the generator reads it (spec/sipcodes.yaml with
spec/locales/*.yaml merged). Also checks that every
locale translates every code's three texts and its six class names.

Run by CTest (`ctest -R translations`) or directly: python3 tests/codegen/test_translations.py
"""

import os
import re
import sys
import unicodedata
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("SIPCODES_ROOT", os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "codegen"))

import spec_merge  # noqa: E402
import spec_model  # noqa: E402

# Header fields of the IANA "Header Fields" registry that the texts can name,
# and the request-URI / reason-phrase elements of RFC 3261 §25.1.
HEADERS = set("""Accept Accept-Contact Accept-Encoding Accept-Language Accept-Resource-Priority Alert-Info
AlertMsg-Error Allow Allow-Events Authentication-Info Authorization Call-ID Call-Info Contact Content-Disposition
Content-Encoding Content-Language Content-Length Content-Type CSeq Date Error-Info Event Expires Flow-Timer From
Geolocation Geolocation-Error Geolocation-Routing Identity In-Reply-To Info-Package Max-Breadth Max-Forwards
MIME-Version Min-Expires Min-SE Organization P-Asserted-Identity Path Permission-Missing Priority Privacy
Proxy-Authenticate Proxy-Authorization Proxy-Require RAck Reason Record-Route Recv-Info Refer-To Referred-By Replaces
Require Resource-Priority Retry-After Route RSeq Security-Client Security-Server Security-Verify Server Service-Route
Session-Expires SIP-ETag SIP-If-Match Subject Subscription-State Suppress-If-Match Supported Target-Dialog Timestamp
To Trigger-Consent Unsupported User-Agent Via Warning WWW-Authenticate Request-URI Reason-Phrase""".split())
# SIP methods (IANA "Methods and Response Codes").
METHODS = set("ACK BYE CANCEL INFO INVITE MESSAGE NOTIFY OPTIONS PRACK PUBLISH REFER REGISTER SUBSCRIBE UPDATE".split())
# Header names that are also ordinary English words: required only where the
# English text marks them as a header ("To:", "the Reason header").
AMBIGUOUS = {"To", "From", "Date", "Path", "Priority", "Privacy", "Server", "Subject", "Event", "Organization",
             "Timestamp", "Reason", "Identity", "Accept", "Geolocation", "Route", "Replaces"}
_WORD = re.compile(r"\b[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\b")


def required(text: str) -> set:
    """What a translation of `text` must contain exactly."""
    result = set(re.findall(r"\d+(?:\.\d+)*", text))
    result |= set(re.findall(r"RFC \d+", text))
    if "§" in text:
        result.add("§")
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word in METHODS:
            result.add(word)
        elif word in HEADERS:
            before = text[:m.start()].rstrip()
            if before == "" or before[-1] in ".:;!?":
                continue  # a capital at a sentence start may be an ordinary word
            if word in AMBIGUOUS and not re.match(r"(:| header)", text[m.end():]):
                continue
            result.add(word)
    return result


def in_script(lang: str, text: str) -> bool:
    """The text is written in the locale's script (a Latin acronym or header name is fine)."""
    letters = [c for c in text if c.isalpha()]
    if lang == "ja":  # kana: Japanese, not Chinese
        return any("\u3040" <= c <= "\u30ff" for c in text)
    if lang == "zh":  # Han, and no kana
        return any("\u4e00" <= c <= "\u9fff" for c in text) and not any("\u3040" <= c <= "\u30ff" for c in text)
    if lang == "ru":  # mostly Cyrillic letters
        return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") >= 0.5 * len(letters)
    if lang == "vi":  # Vietnamese letters or tone marks
        return bool(re.search("[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0309\u0323]", unicodedata.normalize("NFD", text)))
    return True


def problems(lang: str, english: str, translation: str) -> list:
    found = [f"lacks {sorted(r for r in required(english) if r not in translation)}"] \
        if any(r not in translation for r in required(english)) else []
    if not in_script(lang, translation):
        found.append(f"is not in the {lang} script")
    return found


def load(path=os.path.join(ROOT, "spec", "sipcodes.yaml")):
    root, _, _ = spec_merge.load_spec(path, "spec/sipcodes.yaml", ROOT)
    return spec_model.validate(root, "spec/sipcodes.yaml")


class Translations(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spec = load()
        cls.locales = [loc for loc in cls.spec.locales[1:]]

    def test_the_spec_has_the_four_translated_locales(self):
        self.assertEqual([loc.id for loc in self.locales], ["ja", "zh", "vi", "ru"])

    def test_every_text_keeps_numbers_references_and_names_and_is_in_its_script(self):
        checked = 0
        for loc in self.locales:
            for code in self.spec.codes:
                given = code.translations.get(loc.id, {})
                for field in spec_model.TEXT_FIELDS:
                    with self.subTest(locale=loc.id, code=code.code, field=field):
                        self.assertIn(field, given, "not translated")
                        self.assertEqual(problems(loc.id, getattr(code, field), given[field]), [])
                        self.assertNotEqual(given[field], getattr(code, field))
                        checked += 1
        self.assertEqual(checked, 4 * 75 * 3)

    def test_class_names_and_frames_are_the_locales_own(self):
        base = self.spec.locales[0]
        for loc in self.locales:
            with self.subTest(locale=loc.id):
                # Together: a single Japanese name may be all kanji (暫定).
                names = " ".join(loc.class_names[d] for d in range(1, 7))
                self.assertTrue(in_script(loc.id, names), names)
                self.assertNotEqual(loc.class_names[3], base.class_names[3])
                for name in ("class_contrast", "class_same", "contrast", "encounter", "fix_for", "compare"):
                    self.assertNotEqual(loc.frames[name], base.frames[name], name)
                    literal = "".join(p.text for p in loc.frames[name])
                    if literal.strip(" :：?。.,«»—（）()"):  # "SIP {code}: {text}" has no words to check
                        self.assertTrue(in_script(loc.id, literal), f"{name}: {literal!r}")

    def test_the_checks_can_fail(self):
        english = "Send PRACK if the 180 was sent reliably (Require: 100rel), see RFC 3262 §4."
        good = "180 が信頼性を確保して送信された場合（Require: 100rel）は PRACK を送信します（RFC 3262 §4）。"
        self.assertEqual(problems("ja", english, good), [])
        self.assertTrue(problems("ja", english, good.replace("100rel", "")))  # a number dropped
        self.assertTrue(problems("ja", english, good.replace("Require", "必須")))  # a header translated
        self.assertTrue(problems("ja", english, good.replace("PRACK", "確認")))  # a method translated
        self.assertTrue(problems("ja", english, good.replace("RFC 3262", "RFC 3261")))  # a reference changed
        self.assertTrue(problems("zh", english, good))  # kana in Chinese
        self.assertTrue(problems("ru", english, english))  # English left as it is
        self.assertTrue(problems("vi", english, english))
        # A header name that is also a word counts only where the English marks it as a header.
        self.assertEqual(required("Send it to the proxy."), set())
        self.assertEqual(required("The To header changed."), {"To"})


if __name__ == "__main__":
    unittest.main(verbosity=1)
