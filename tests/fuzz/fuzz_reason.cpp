// parse_reason and format_reason over arbitrary bytes.
//
// Input: the whole input is a candidate reason-value. Properties: a parsed
// value's protocol and text point into the input, the cause is 0..999 and
// the protocol is a token; formatting it gives a value that parses to the
// same protocol, cause and text (the round trip), into every capacity with
// snprintf semantics; the first two input bytes also pick a status and a
// cause whose formatted values parse back to them.
#include <sipcodes/reason.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

using namespace sipcodes;

namespace {

bool inside(std::string_view part, std::string_view whole)
{
    return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

void check_capacities(const reason_value& value, std::size_t needed)
{
    for (std::size_t cap = 0; cap <= needed + 1; cap += needed <= 128 || cap < 32 || cap + 32 >= needed ? 1 : 29) {
        std::vector<char> block(cap + 8, '\x5a');
        FUZZ_CHECK(format_reason(value, block.data(), cap) == needed);
        for (std::size_t i = cap < needed ? cap : needed; i < block.size(); ++i) {
            FUZZ_CHECK(block[i] == '\x5a');
        }
    }
    FUZZ_CHECK(format_reason(value, nullptr, 0) == needed);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
    if (const auto value = parse_reason(input)) {
        FUZZ_CHECK(inside(value->protocol, input) && inside(value->text, input));
        FUZZ_CHECK(value->cause >= 0 && value->cause <= 999);
        FUZZ_CHECK(!value->protocol.empty());
        std::vector<char> out(value->protocol.size() + value->text.size() + 32);
        const std::size_t n = format_reason(*value, out.data(), out.size());
        FUZZ_CHECK(n > 0 && n <= out.size());
        const auto again = parse_reason(std::string_view(out.data(), n));
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->protocol == value->protocol && again->cause == value->cause && again->text == value->text);
        check_capacities(*value, n);
    }
    if (size >= 2) {
        char buffer[160];
        const auto s = static_cast<status>(100 + (data[0] | data[1] << 8) % 600);
        const std::size_t n = format_reason(s, buffer, sizeof buffer);
        FUZZ_CHECK((n != 0) == is_registered(s));
        if (n != 0) {
            const auto back = parse_reason(std::string_view(buffer, n));
            FUZZ_CHECK(back && back->protocol == "SIP" && back->cause == to_int(s) && back->text == reason_phrase(s));
        }
        const auto c = static_cast<q850>(data[0]);
        const std::size_t m = format_reason(c, buffer, sizeof buffer);
        FUZZ_CHECK((m != 0) == to_q850(data[0]).has_value());
        if (m != 0) {
            const auto back = parse_reason(std::string_view(buffer, m));
            FUZZ_CHECK(back && back->protocol == "Q.850" && back->cause == data[0] && back->text == q850_name(c));
        }
    }
    return 0;
}
