// The CLI's whole command line (sipcodes_cli::run(argc, argv), examples/cli)
// over arbitrary arguments: every option, --best, --list, codes, comparisons.
//
// Input: NUL-separated arguments after the program name (at most 8). The
// CLI's output goes to /dev/null; the exit status and what it implies are
// checked (a violated property aborts: its line is in the stack trace).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string_view>

#include "cli.hpp"
#include "fuzz_check.hpp"
#include "iana_registry.hpp" // tests/support: the registry typed independently of spec/

namespace {

constexpr std::size_t max_arguments = 8;

bool registered_code_argument(std::string_view a)
{
    if (a.size() != 3 || a[0] < '0' || a[0] > '9' || a[1] < '0' || a[1] > '9' || a[2] < '0' || a[2] > '9') {
        return false;
    }
    return sipcodes_test::find_row((a[0] - '0') * 100 + (a[1] - '0') * 10 + (a[2] - '0')) != nullptr;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    // The pages would drown the fuzzer's own output (run.sh also passes
    // -close_fd_mask=2 for the CLI's messages; libFuzzer keeps its own stderr).
    // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): stdout itself, reopened for the process
    FUZZ_CHECK(std::freopen("/dev/null", "w", stdout) != nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Each argument its own heap block, NUL-terminated, as argv is: ASan sees a
    // read past its end.
    static char program[] = "sipcodes";
    std::unique_ptr<char[]> storage[max_arguments];
    char* argv[max_arguments + 2] = {program};
    std::string_view words[max_arguments];
    int argc = 1;
    std::size_t at = 0;
    while (size > 0 && at <= size && argc <= static_cast<int>(max_arguments)) { // empty input: no arguments
        const void* nul = size > at ? std::memchr(data + at, 0, size - at) : nullptr;
        const std::size_t end = nul != nullptr ? static_cast<std::size_t>(static_cast<const std::uint8_t*>(nul) - data) : size;
        storage[argc - 1] = std::make_unique<char[]>(end - at + 1);
        char* const word = storage[argc - 1].get();
        std::memcpy(word, data + at, end - at);
        words[argc - 1] = std::string_view(word, end - at);
        argv[argc++] = word;
        at = end + 1;
    }
    argv[argc] = nullptr;
    // `--site DIR` writes 28,126 files into DIR: tests/integration runs it; here
    // only its argument errors (no directory given) are fuzzed.
    for (int i = 0; i + 1 < argc - 1; ++i) {
        if (words[i] == "--site") {
            return 0;
        }
    }

    const int status = sipcodes_cli::run(argc, argv);
    FUZZ_CHECK(status == 0 || status == 2);

    // One or two registered codes, different, and nothing else: a page.
    const int given = argc - 1;
    bool all_codes = given == 1 || given == 2;
    for (int i = 0; i < given && all_codes; ++i) {
        all_codes = registered_code_argument(words[i]);
    }
    if (all_codes && (given == 1 || words[0] != words[1])) {
        FUZZ_CHECK(status == 0);
    }
    // An option the CLI does not know, first: a usage error.
    if (given >= 1 && words[0].size() > 1 && words[0][0] == '-' && words[0] != "--help" && words[0] != "-h" &&
        words[0] != "--list" && words[0] != "--best" && words[0] != "--q850" && words[0] != "--site" &&
        words[0] != "--html" && words[0].substr(0, 6) != "--lang" && words[0].substr(0, 7) != "--texts" &&
        words[0].substr(0, 8) != "--layout" && words[0].substr(0, 8) != "--method") { // --method, --methods
        FUZZ_CHECK(status == 2);
    }
    // --methods takes no arguments.
    if (given >= 1 && words[0] == "--methods") {
        FUZZ_CHECK(status == (given == 1 ? 0 : 2));
    }
    // A method the registry does not have (names are case-sensitive): a usage error.
    if (given == 3 && registered_code_argument(words[0]) && words[1] == "--method" && words[2] != "ACK" &&
        words[2] != "BYE" && words[2] != "CANCEL" && words[2] != "INFO" && words[2] != "INVITE" &&
        words[2] != "MESSAGE" && words[2] != "NOTIFY" && words[2] != "OPTIONS" && words[2] != "PRACK" &&
        words[2] != "PUBLISH" && words[2] != "REFER" && words[2] != "REGISTER" && words[2] != "SUBSCRIBE" &&
        words[2] != "UPDATE") {
        FUZZ_CHECK(status == 2);
    }
    // A code the registry does not have, alone: refused.
    if (given == 1 && words[0].size() == 3 && words[0][0] >= '1' && words[0][0] <= '6' && !all_codes &&
        words[0].find_first_not_of("0123456789") == std::string_view::npos) {
        FUZZ_CHECK(status == 2);
    }
    return 0;
}
