// sipcodes/detail/config.hpp: build switches shared by every spec's API.
//
// SIPCODES_COMPACT_TABLES picks the code -> phrase table layout: dense (one
// entry per code 100..699: a clamp and a load, the fastest) or compact (a
// perfect hash, about half the bytes, for firmware). -Os picks the compact
// one; define it to 0 or 1 to choose. Both give the same answer for every int,
// and the functions built over each live in an inline namespace of their own
// (SIPCODES_TABLES), so files built with different choices link into one
// program without two definitions of one function.

#ifndef SIPCODES_DETAIL_CONFIG_HPP
#define SIPCODES_DETAIL_CONFIG_HPP

#ifndef SIPCODES_COMPACT_TABLES
#if defined(__OPTIMIZE_SIZE__)
#define SIPCODES_COMPACT_TABLES 1
#else
#define SIPCODES_COMPACT_TABLES 0
#endif
#endif

#if SIPCODES_COMPACT_TABLES
#define SIPCODES_TABLES compact_tables
#else
#define SIPCODES_TABLES dense_tables
#endif

// The look-up helpers are a handful of instructions; -Os would otherwise keep
// them out of line and pay a call for each.
#ifndef SIPCODES_INLINE_LOOKUP
#if defined(__GNUC__)
#define SIPCODES_INLINE_LOOKUP [[gnu::always_inline]]
#else
#define SIPCODES_INLINE_LOOKUP
#endif
#endif

#endif // SIPCODES_DETAIL_CONFIG_HPP
