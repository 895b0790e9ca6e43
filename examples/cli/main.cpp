// sipcodes: look up SIP response codes from the command line.
//
//   sipcodes 430        one code's page: phrase, class, references and texts
//   sipcodes --list     every registered code
//
// Bad input (an unknown code, something that is not a code) prints a message
// on stderr and exits with status 2.
#include <sipcodes/sipcodes.hpp>

#include <cstdio>
#include <string_view>

#include "args.hpp"

namespace {

constexpr int exit_usage = 2;

void write(std::string_view text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

void print_usage(std::FILE* to)
{
    std::fputs("usage: sipcodes CODE      show one SIP response code (e.g. sipcodes 430)\n"
               "       sipcodes --list    list every registered code\n"
               "       sipcodes --help\n",
               to);
}

// Prints "sipcodes: <before><argument><after>" on stderr and returns the usage
// exit status. Control characters in the argument are shown as \xNN, so a
// hostile argument cannot drive the terminal.
int fail(std::string_view before, std::string_view argument, std::string_view after)
{
    std::fputs("sipcodes: ", stderr);
    std::fwrite(before.data(), 1, before.size(), stderr);
    for (const char c : argument) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            std::fprintf(stderr, "\\x%02x", static_cast<unsigned>(byte));
        } else {
            std::fputc(c, stderr);
        }
    }
    std::fwrite(after.data(), 1, after.size(), stderr);
    std::fputc('\n', stderr);
    return exit_usage;
}

void print_page(sipcodes::status s)
{
    const sipcodes::status_info i = sipcodes::info(s);
    std::printf("SIP %d ", i.code);
    write(i.phrase);
    std::printf("\nClass: %dxx ", static_cast<int>(i.class_));
    write(sipcodes::class_name(i.class_));
    write("\nReferences: ");
    write(i.references);
    if (i.deprecated) {
        write("\nStatus: deprecated");
    }
    write("\n\nDescription\n");
    write(i.description);
    write("\n\nWhen You See It\n");
    write(i.when);
    write("\n\nHow to Fix\n");
    write(i.fix);
    write("\n");
}

void print_list()
{
    for (const sipcodes::status s : sipcodes::all_statuses) {
        const std::string_view phrase = sipcodes::reason_phrase(s);
        const sipcodes::status_class c = sipcodes::class_of(s);
        std::printf("%d  %-40.*s %dxx ", sipcodes::to_int(s), static_cast<int>(phrase.size()),
                    phrase.data(), static_cast<int>(c));
        write(sipcodes::class_name(c));
        write(sipcodes::is_deprecated(s) ? " (deprecated)\n" : "\n");
    }
}

int show_code(std::string_view argument)
{
    using sipcodes_cli::code_error;
    const sipcodes_cli::parsed_code parsed = sipcodes_cli::parse_code(argument);
    switch (parsed.error) {
    case code_error::empty:
        return fail("empty argument; expected a status code such as 430", {}, {});
    case code_error::not_digits:
    case code_error::not_three:
        return fail("'", argument, "' is not a status code; expected three digits such as 430");
    case code_error::none:
        break;
    }
    if (const auto s = sipcodes::to_status(parsed.value)) {
        print_page(*s);
        return 0;
    }
    if (const auto fallback = sipcodes::canonical(parsed.value)) {
        const std::string_view phrase = sipcodes::reason_phrase(*fallback);
        std::fprintf(stderr,
                     "sipcodes: %.*s is not a registered SIP response code; a client treats it "
                     "as %d %.*s (RFC 3261 section 8.1.3.2)\n",
                     static_cast<int>(argument.size()), argument.data(), sipcodes::to_int(*fallback),
                     static_cast<int>(phrase.size()), phrase.data());
        return exit_usage;
    }
    return fail({}, argument, " is not a SIP response code; codes run from 100 to 699");
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        print_usage(stderr);
        return exit_usage;
    }
    const std::string_view argument = argv[1];
    if (argument == "--help" || argument == "-h") {
        print_usage(stdout);
        return 0;
    }
    if (argument == "--list") {
        print_list();
        return 0;
    }
    if (argument.size() > 1 && argument[0] == '-') {
        return fail("unknown option '", argument, "' (try --help)");
    }
    return show_code(argument);
}
