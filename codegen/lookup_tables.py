"""The two layouts of the code -> phrase tables (generated/status.hpp), which
the hand-written impl/dense_tables.ipp and impl/compact_tables.ipp read.

Both answer the same questions (is this int a registered code, its phrase, its
row in all_statuses) for every int, and the header picks one at compile time:

- dense (the default): one entry per code 100..699 plus a sentinel entry that
  every other int is clamped to, so a look-up is a clamp and a load. Fastest
  on a host; 2.4 KB of index next to 1.4 KB of phrases. An entry holds the
  code itself (0: not registered), so to_status() reads its answer whole. Its
  phrases also end in NUL: the C header reads the same tables.
- compact (SIPCODES_COMPACT_TABLES, the default under -Os): a perfect hash
  that packs the codes' 32-code blocks into a few more slots than there are
  codes, each phrase stored once behind its length byte. Branch-free and about
  half the flash of the dense layout.

Compact layout, as the header reads it (`x` any int):

    b = clamp(x >> 5, 0, 31)                  the 32-number block of x
    e = block[b]                              tag | (displacement + head) << 8
    w = slot[(x & 31) + (e >> 8) - head]      (phrase offset) << 5 | tag
    x is registered  <=>  (w ^ e) & 31 == 0   the slot has its block's tag

Every block that holds codes has a tag of its own (1, 2, ...; codes 100..699
span 19 blocks); the blocks without codes share tag 0 and slots 0..31. Two
ints of one block never share a slot (their x & 31 differ), so a slot's tag
(that of the block of the code that owns it) tells exactly whether x is that
code; an empty slot holds a tag that no block reaching it has. Every int below
0 reads block 0 and every int above 1023 block 31 (no code lives there), and
what they read depends only on x & 31, so checking the ints -64..1087 checks
them all; `compact()` does that before it returns.
"""

from __future__ import annotations

import dataclasses

from spec_model import MAX_CODE, MIN_CODE, Spec
from string_table import StringTable, smallest_unsigned

# The header reads these numbers from generated constants (detail::compact::block_bits...),
# never from a copy of its own.
BLOCK_BITS = 5
ENTRY_SHIFT = 8  # a block entry: tag | (displacement + head) << ENTRY_SHIFT
BLOCK_SIZE = 1 << BLOCK_BITS
BLOCK_COUNT = 32  # blocks 0..31 cover 0..1023, which holds 100..699
TAG_MASK = BLOCK_SIZE - 1
INDEX_SIZE = MAX_CODE - MIN_CODE + 1
# Backtracking steps tried per table size (smallest size first) and in all;
# past them the best packing found so far stands, so the search stays well
# under a second for any spec.
STEPS_PER_SIZE = 400_000
STEPS_IN_ALL = 2_500_000


def type_size(cxx_type: str) -> int:
    return {"std::uint8_t": 1, "std::uint16_t": 2, "std::uint32_t": 4, "std::uint64_t": 8}[cxx_type]


@dataclasses.dataclass(kw_only=True)
class Dense:
    # (phrase offset, code or 0) per code 100..699, then the entry every other
    # int reads: its code is MIN_CODE, which no int that lands there equals, so
    # "registered" is one compare of the entry's code with the int.
    entries: list[tuple[int, int]]
    rows: list[int]  # row + 1 per code 100..699 (0: not registered), then 0
    row_type: str
    text: StringTable  # per code in ascending order: length byte, phrase, NUL
    canonical: list[int]  # per code 100..699 and the sentinel: what canonical() returns, 0 = nullopt


@dataclasses.dataclass(kw_only=True)
class Compact:
    block_type: str
    blocks: list[int]  # BLOCK_COUNT entries: block | (displacement + head) << 8
    head: int  # block table size in slot words: slot[i] sits at word head + i
    slot_type: str
    slots: list[int]  # offset << 5 | tag
    slot_rows: list[int]  # row + 1 of the code in each slot, 0 when empty
    row_type: str
    text: StringTable  # per occupied slot: length byte, phrase
    text_start: int  # offset of `text` in the table object
    search_steps: int


def dense(spec: Spec) -> Dense:
    # Every miss reads offset 1: the empty phrase behind the leading length byte 0.
    text = StringTable(length_prefixed=True, nul_terminated=True)
    entries = [(1, 0)] * INDEX_SIZE + [(1, MIN_CODE)]
    rows = [0] * (INDEX_SIZE + 1)
    for row, code in enumerate(spec.codes, start=1):
        entries[code.code - MIN_CODE] = (text.add(code.phrase, str(code.code)).offset, code.code)
        rows[code.code - MIN_CODE] = row
    if text.size >= 1 << 16:
        # spec_model caps a spec at 600 codes of at most 63 bytes.
        raise RuntimeError(f"the phrases total {text.size} bytes, past the 16-bit offsets of the dense index")
    registered = {c.code for c in spec.codes}
    canonical = []
    for number in range(MIN_CODE, MAX_CODE + 1):
        canonical.append(canonical_code(number, registered))
    canonical.append(0)
    return Dense(entries=entries, rows=rows, row_type=smallest_unsigned(len(spec.codes)), text=text,
                 canonical=canonical)


def class_fallback(digit: int, registered: set[int]) -> int:
    """RFC 3261 §8.1.3.2, the one place it is written: an unknown 1xx is treated
    as 183 (never 100, which is hop-by-hop), an unknown x yz as x00. 0 where
    that fallback is not in the spec either."""
    fallback = 183 if digit == 1 else digit * 100
    return fallback if fallback in registered else 0


# RFC 3261 §16.7, the one place it is written: how much a proxy prefers a final
# response when it chooses which to forward (higher wins; between equals the
# lower code, which the header decides). Step 5: a 2xx is forwarded at once,
# whatever else arrived. Step 6: "if there are any 6xx responses", one of them;
# otherwise the lowest class; among 4xx, the responses that help the caller
# resubmit (401, 407, 415, 420, 484); a 503 below every other 5xx, since it is
# never forwarded as such. A provisional response is no candidate while a final
# one exists (rank 10), and a number outside 100..699 ranks 0.
CLASS_RANKS = {2: 60, 6: 50, 3: 40, 4: 30, 5: 21, 1: 10}
RESUBMIT_HELPERS = (401, 407, 415, 420, 484)
FINAL_RANK = 20  # the lowest rank of a final response


def response_rank(number: int) -> int:
    """The §16.7 rank of any number in 100..699, registered or not."""
    if number in RESUBMIT_HELPERS:
        return CLASS_RANKS[4] + 1
    if number == 503:
        return CLASS_RANKS[5] - 1
    return CLASS_RANKS[number // 100]


def canonical_code(number: int, registered: set[int]) -> int:
    """What canonical() answers for a number in 100..699."""
    return number if number in registered else class_fallback(number // 100, registered)


def pack(spec: Spec) -> tuple[int, dict[int, int], int]:
    """Slot count and per-block displacement of the tightest packing found."""
    blocks: dict[int, int] = {}  # block -> bit mask of the positions its codes take
    for code in spec.codes:
        blocks[code.code >> BLOCK_BITS] = blocks.get(code.code >> BLOCK_BITS, 0) | 1 << (code.code & TAG_MASK)
    order = sorted(blocks, key=lambda b: (-bin(blocks[b]).count("1"), b))
    # First fit, no backtracking: always succeeds, and bounds the search below.
    used, first_fit = 0, {}
    for b in order:
        d = 0
        while (used >> d) & blocks[b]:
            d += 1
        first_fit[b] = d
        used |= blocks[b] << d
    best = (max(max(first_fit.values()) + BLOCK_SIZE, len(spec.codes)), first_fit)
    steps = 0
    budget = 0

    def place(i: int, used: int, size: int, where: dict[int, int]) -> bool:
        nonlocal steps
        if i == len(order):
            return True
        mask = blocks[order[i]]
        for d in range(size - BLOCK_SIZE + 1):
            steps += 1
            if steps > budget:
                return False
            if not (used >> d) & mask:
                where[order[i]] = d
                if place(i + 1, used | mask << d, size, where):
                    return True
        return False

    for size in range(max(len(spec.codes), BLOCK_SIZE), best[0]):
        if steps >= STEPS_IN_ALL:
            break
        budget = min(steps + STEPS_PER_SIZE, STEPS_IN_ALL)
        where: dict[int, int] = {}
        if place(0, 0, size, where):
            best = (size, where)
            break
    return best[0], best[1], steps


def compact(spec: Spec) -> Compact:
    slot_count, displacement, steps = pack(spec)
    disp = [displacement.get(b, 0) for b in range(BLOCK_COUNT)]
    tags = [0] * BLOCK_COUNT
    for tag, b in enumerate(sorted(displacement), start=1):
        tags[b] = tag
    owner: list = [None] * slot_count
    for row, code in enumerate(spec.codes, start=1):
        owner[(code.code & TAG_MASK) + disp[code.code >> BLOCK_BITS]] = (code, row)

    # Tags that the ints of each block bring to the slots they reach.
    reaching = [set() for _ in range(slot_count)]
    for b in range(BLOCK_COUNT):
        for position in range(BLOCK_SIZE):
            reaching[disp[b] + position].add(tags[b])

    text = StringTable(length_prefixed=True)
    slots_plain: list[tuple[int, int]] = []  # (position in text or -1, tag)
    for s in range(slot_count):
        if owner[s] is None:
            # At most 20 of the 32 tags are in use, so one is always free.
            slots_plain.append((-1, min(set(range(BLOCK_SIZE)) - reaching[s])))
        else:
            code, _ = owner[s]
            slots_plain.append((text.add(code.phrase, str(code.code)).offset, tags[code.code >> BLOCK_BITS]))

    # The narrowest entry types that hold the displacements and the offsets.
    for block_type, slot_type in (("std::uint16_t", "std::uint16_t"), ("std::uint16_t", "std::uint32_t"),
                                  ("std::uint32_t", "std::uint32_t")):
        blocks_bytes = BLOCK_COUNT * type_size(block_type)
        head = blocks_bytes // type_size(slot_type)
        text_start = blocks_bytes + type_size(slot_type) * slot_count
        if (max(disp) + head < 1 << (8 * type_size(block_type) - ENTRY_SHIFT)
                and (text_start + text.size) << BLOCK_BITS < 1 << (8 * type_size(slot_type))):
            break
    else:
        raise RuntimeError(f"the phrases ({text.size} bytes) do not fit 32-bit slots of the compact table")
    slots = [(text_start + pos) << BLOCK_BITS | tag if pos >= 0 else tag for pos, tag in slots_plain]
    blocks = [tags[b] | (disp[b] + head) << ENTRY_SHIFT for b in range(BLOCK_COUNT)]
    rows = [owner[s][1] if owner[s] else 0 for s in range(slot_count)]
    table = Compact(block_type=block_type, blocks=blocks, head=head, slot_type=slot_type, slots=slots,
                    slot_rows=rows, row_type=smallest_unsigned(len(spec.codes)), text=text,
                    text_start=text_start, search_steps=steps)
    verify(spec, table)
    return table


def compact_lookup(table: Compact, x: int):
    """What the header computes for int x: (phrase bytes, row + 1), or None."""
    b = min(max(x >> BLOCK_BITS, 0), BLOCK_COUNT - 1)
    e = table.blocks[b]
    s = (x & TAG_MASK) + (e >> ENTRY_SHIFT) - table.head
    w = table.slots[s]
    if (w ^ e) & TAG_MASK:
        return None
    start = (w >> BLOCK_BITS) - table.text_start
    text = table.text.bytes
    return bytes(text[start:start + text[start - 1]]), table.slot_rows[s]


def verify(spec: Spec, table: Compact) -> None:
    expected = {c.code: (c.phrase.encode("utf-8"), row) for row, c in enumerate(spec.codes, start=1)}
    for x in range(-2 * BLOCK_SIZE, BLOCK_COUNT * BLOCK_SIZE + 2 * BLOCK_SIZE):
        if compact_lookup(table, x) != expected.get(x):
            raise RuntimeError(f"the compact table answers {x} wrongly")
