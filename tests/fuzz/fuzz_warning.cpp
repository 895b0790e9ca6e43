// parse_warning and format_warning over arbitrary bytes.
//
// Input: the whole input is a candidate warning-value. Properties: a parsed
// value's code is three digits, agent and text point into the input;
// formatting it gives a value that parses to the same code, agent and text
// (the round trip), into every capacity with snprintf semantics; the first
// input byte also picks a warn-code whose formatted value parses back to it.
#include <sipcodes/warning.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

using namespace sipcodes;

namespace {

bool inside(std::string_view part, std::string_view whole)
{
    return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
    if (const auto value = parse_warning(input)) {
        FUZZ_CHECK(value->code >= 0 && value->code <= 999);
        FUZZ_CHECK(!value->agent.empty() && inside(value->agent, input) && inside(value->text, input));
        std::vector<char> out(value->agent.size() + value->text.size() + 16);
        const std::size_t n = format_warning(*value, out.data(), out.size());
        FUZZ_CHECK(n > 0 && n <= out.size());
        const auto again = parse_warning(std::string_view(out.data(), n));
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->code == value->code && again->agent == value->agent && again->text == value->text);
        for (std::size_t cap = 0; cap <= n + 1; ++cap) {
            std::vector<char> block(cap + 8, '\x5a');
            FUZZ_CHECK(format_warning(*value, block.data(), cap) == n);
            for (std::size_t i = cap < n ? cap : n; i < block.size(); ++i) {
                FUZZ_CHECK(block[i] == '\x5a');
            }
        }
    }
    if (size >= 1) {
        char buffer[128];
        const auto w = static_cast<warn_code>(300 + data[0] % 100);
        const std::size_t n = format_warning(w, "gw.example.com:5060", buffer, sizeof buffer);
        FUZZ_CHECK((n != 0) == to_warn_code(to_int(w)).has_value());
        if (n != 0) {
            const auto back = parse_warning(std::string_view(buffer, n));
            FUZZ_CHECK(back && back->code == to_int(w) && back->agent == "gw.example.com:5060" &&
                       back->text == warn_text(w));
        }
    }
    return 0;
}
