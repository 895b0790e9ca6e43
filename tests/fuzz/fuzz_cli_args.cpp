// The CLI's argument helpers (examples/cli/args.hpp) over arbitrary strings.
//
// Input: the whole input is one argument; so is each piece between NUL bytes
// (how argv arrives).
#include "args.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"

using sipcodes_cli::code_error;

namespace {

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool within(std::string_view part, std::string_view whole)
{
    return part.empty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

void check_parse_code(std::string_view text)
{
    const sipcodes_cli::parsed_code p = sipcodes_cli::parse_code(text);
    bool all_digits = true;
    for (const char c : text) {
        all_digits = all_digits && is_digit(c);
    }
    // none iff exactly three ASCII digits, and then the value is theirs.
    const bool three_digits = text.size() == 3 && all_digits;
    FUZZ_CHECK((p.error == code_error::none) == three_digits);
    if (three_digits) {
        FUZZ_CHECK(p.value == (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0'));
        FUZZ_CHECK(p.value >= 0 && p.value <= 999);
        return;
    }
    // The other errors as args.hpp documents them.
    if (text.empty()) {
        FUZZ_CHECK(p.error == code_error::empty);
    } else if (!all_digits) {
        FUZZ_CHECK(p.error == code_error::not_digits);
    } else {
        FUZZ_CHECK(p.error == code_error::not_three);
    }
}

void check_split_option(std::string_view argument)
{
    const sipcodes_cli::option o = sipcodes_cli::split_option(argument);
    FUZZ_CHECK(within(o.name, argument) && within(o.value, argument));
    const std::size_t equals = argument.find('=');
    const bool splits = argument.size() >= 2 && argument[0] == '-' && argument[1] == '-' &&
                        equals != std::string_view::npos;
    FUZZ_CHECK(o.has_value == splits);
    if (splits) {
        // "--name=value": the name up to the first '=', the value after it.
        FUZZ_CHECK(o.name.size() >= 2 && o.name.substr(0, 2) == "--");
        FUZZ_CHECK(o.name.find('=') == std::string_view::npos);
        FUZZ_CHECK(o.name.data() == argument.data());
        FUZZ_CHECK(o.name.size() + 1 + o.value.size() == argument.size());
        FUZZ_CHECK(argument[o.name.size()] == '=');
        FUZZ_CHECK(argument.substr(o.name.size() + 1) == o.value);
    } else {
        FUZZ_CHECK(o.name == argument && o.name.data() == argument.data());
        FUZZ_CHECK(o.value.empty());
    }
}

void check(std::string_view argument)
{
    check_parse_code(argument);
    check_split_option(argument);
    // The value of "--x=value" is itself parsed as a code by the CLI.
    const sipcodes_cli::option o = sipcodes_cli::split_option(argument);
    if (o.has_value) {
        check_parse_code(o.value);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // libFuzzer hands over bytes; the API reads characters.
    const std::string_view text(reinterpret_cast<const char*>(data), size); // NOLINT(cppcoreguidelines-pro-type-reinterpret-cast)
    check(text);
    std::size_t begin = 0;
    while (begin <= text.size()) {
        std::size_t end = text.find('\0', begin);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        if (begin != 0 || end != text.size()) {
            check(text.substr(begin, end - begin));
        }
        begin = end + 1;
    }
    return 0;
}
