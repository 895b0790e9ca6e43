// Command-line argument parsing for the sipcodes CLI, kept apart from main()
// so that tests and fuzzers can drive it without running the program.
#ifndef SIPCODES_EXAMPLES_CLI_ARGS_HPP
#define SIPCODES_EXAMPLES_CLI_ARGS_HPP

#include <string_view>

namespace sipcodes_cli {

enum class code_error {
    none,
    empty,       // ""
    not_digits,  // "abc", "43a", "-430", "+430"
    not_three,   // "43", "0430"
};

struct parsed_code {
    int value;        // meaningful when error == none
    code_error error;
};

/// Reads a status-code argument: exactly three ASCII digits (RFC 3261 §25.1
/// Status-Code). The range check (100-699, registered) is the caller's.
constexpr parsed_code parse_code(std::string_view text) noexcept
{
    if (text.empty()) {
        return {0, code_error::empty};
    }
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return {0, code_error::not_digits};
        }
    }
    if (text.size() != 3) {
        return {0, code_error::not_three};
    }
    return {(text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0'), code_error::none};
}

struct option {
    std::string_view name;  // "--lang" from "--lang" or "--lang=ja"
    std::string_view value; // "ja" from "--lang=ja"
    bool has_value;
};

/// Splits "--name=value"; anything else is a name without a value.
constexpr option split_option(std::string_view argument) noexcept
{
    const std::size_t equals = argument.find('=');
    if (argument.substr(0, 2) != "--" || equals == std::string_view::npos) {
        return {argument, {}, false};
    }
    return {argument.substr(0, equals), argument.substr(equals + 1), true};
}

} // namespace sipcodes_cli

#endif
