#!/usr/bin/env python3
"""Tests of the two table layouts status.hpp can use (codegen/lookup_tables.py),
on code sets the real spec does not have: every code, one code, codes at the
block edges, random subsets. For each, what the header would compute for an
int (simulated here exactly as status.hpp does it) must agree with the set.

Run by CTest (`ctest -R codegen_tables`) or directly.
"""

import os
import random
import sys
import time
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("SIPCODES_ROOT", os.path.dirname(os.path.dirname(HERE)))
sys.path.insert(0, os.path.join(ROOT, "codegen"))

import lookup_tables  # noqa: E402

# Probes: both sides of 100..699, the block edges, far-away ints and the ints
# a 16-bit status can hold.
PROBES = sorted(set(range(-1100, 2200)) | {-2**31, -2**31 + 1, 2**31 - 1, 65535, 65536, 65536 + 430, 2**20 + 100})


def spec_of(codes):
    return types.SimpleNamespace(
        label="test.yaml",
        codes=[types.SimpleNamespace(code=c, phrase=f"Phrase {c}" + "x" * (c % 40)) for c in sorted(codes)])


def dense_lookup(table, x):
    """What status.hpp's dense layout computes for int x: (phrase bytes, x if its entry holds x, else 0)."""
    slot = (x - 100) & 0xffffffff
    offset, code = table.entries[slot if slot < lookup_tables.INDEX_SIZE else lookup_tables.INDEX_SIZE]
    text = table.text.bytes
    return bytes(text[offset:offset + text[offset - 1]]), x if code == x else 0


class Layouts(unittest.TestCase):
    def check(self, codes):
        spec = spec_of(codes)
        phrases = {c.code: c.phrase.encode() for c in spec.codes}
        rows = {c.code: row for row, c in enumerate(spec.codes, start=1)}
        started = time.process_time()
        compact = lookup_tables.compact(spec)
        elapsed = time.process_time() - started
        self.assertLess(elapsed, 1.0, "the compact table search took too long (CPU seconds)")
        dense = lookup_tables.dense(spec)
        for x in PROBES:
            with self.subTest(codes=len(codes), x=x):
                want = (phrases[x], rows[x]) if x in phrases else None
                self.assertEqual(lookup_tables.compact_lookup(compact, x), want)
                self.assertEqual(dense_lookup(dense, x), (phrases.get(x, b""), x if x in phrases else 0))
        # Never worse than one region of 32 slots per block that holds codes.
        self.assertLessEqual(len(compact.slots), 32 * len({c >> 5 for c in codes}))
        return compact

    def test_every_code(self):
        self.check(range(100, 700))

    def test_one_code(self):
        for code in (100, 127, 128, 430, 699):
            self.check([code])

    def test_block_edges(self):
        self.check([c for c in range(96, 704, 32) if 100 <= c <= 699] +
                   [c for c in range(127, 704, 32) if 100 <= c <= 699])

    def test_random_subsets(self):
        rng = random.Random(3261)
        for size in (2, 10, 40, 75, 130, 300, 599):
            self.check(rng.sample(range(100, 700), size))

    def test_real_spec_fits_a_few_more_slots_than_codes(self):
        import spec_merge
        import spec_model
        # The 75 registered codes pack into at most 90 slots (82 today).
        path = os.path.join(ROOT, "spec", "sipcodes.yaml")
        root, _, _ = spec_merge.load_spec(path, "spec/sipcodes.yaml", ROOT)
        spec = spec_model.validate(root, "spec/sipcodes.yaml")
        table = self.check([c.code for c in spec.codes])
        self.assertLessEqual(len(table.slots), 90)


if __name__ == "__main__":
    unittest.main(verbosity=2)
