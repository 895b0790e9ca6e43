// Uses two generated APIs side by side: ACME's (standard + private code +
// German) and the intercom's trimmed table.
//   vendor_codes             prints the 486 vs 477 page in German
//   vendor_codes CODE        says whether the intercom firmware knows CODE
#include <acme/sip_codes.hpp>
#include <intercom/codes.hpp>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>

static_assert(acme::sip::reason_phrase(acme::sip::status::quota_exceeded) == "Quota Exceeded");
static_assert(acme::sip::requires_header(acme::sip::status::quota_exceeded, acme::sip::header::retry_after));
static_assert(acme::sip::status_count == 76);
static_assert(intercom::status_count == 14);
static_assert(!intercom::to_status(430));

int main(int argc, char** argv)
{
    if (argc > 1) {
        // strtol, not atoi: atoi on a number too big for an int is undefined behaviour.
        char* end = nullptr;
        errno = 0;
        const long value = std::strtol(argv[1], &end, 10);
        if (end == argv[1] || *end != '\0' || errno == ERANGE || value < INT_MIN || value > INT_MAX) {
            std::fputs("usage: vendor_codes [CODE]\n", stderr);
            return 2;
        }
        const int code = static_cast<int>(value);
        const auto s = intercom::to_status(code);
        if (!s) {
            std::printf("%d: not in the intercom table\n", code);
            return 1;
        }
        const std::string_view phrase = intercom::reason_phrase(*s);
        std::printf("%d %.*s\n", code, static_cast<int>(phrase.size()), phrase.data());
        return 0;
    }
    using namespace acme::sip;
    constexpr auto page = comparison_page<status::busy_here, status::quota_exceeded, locale::de, layout::lines>();
    std::fwrite(page.data(), 1, page.size(), stdout);
    std::putchar('\n');
    return 0;
}
