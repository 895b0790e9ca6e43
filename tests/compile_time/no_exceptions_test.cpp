// The whole API in a -fno-exceptions -fno-rtti build (the firmware setting),
// exercised at run time so that nothing is folded away. Plain main(): the test
// framework itself needs exceptions.
#include <sipcodes/sipcodes.hpp>

#include <cstddef>

int main(int argc, char** /*argv*/)
{
    int failures = 0;
    const auto check = [&failures](bool ok) { failures += ok ? 0 : 1; };
    // argc is 1 at run time, unknown at compile time.
    const int base = argc - 1;
    int registered = 0;
    for (int c = base - 1000; c <= base + 2000; ++c) {
        if (const auto s = sipcodes::to_status(c)) {
            ++registered;
            const sipcodes::status_info i = sipcodes::info(*s);
            check(i.code == c && !i.phrase.empty() && !i.description.empty());
            check(sipcodes::class_of(c) == sipcodes::class_of(*s));
            check(sipcodes::reason_phrase(c) == i.phrase);
        }
        const auto k = sipcodes::canonical(c);
        check(k.has_value() == (c >= 100 && c <= 699));
    }
    check(registered == 75);
    check(sipcodes::reason_phrase(sipcodes::status::flow_failed) == "Flow Failed");

    using sipcodes::status;
    const auto a = static_cast<status>(base + 302);
    const auto b = static_cast<status>(base + 430);
    check(!sipcodes::compare(a, b).same_class);
    check(sipcodes::preferred_response(static_cast<status>(base + 486), static_cast<status>(base + 603)) ==
          status::decline);
    const auto locale = sipcodes::to_locale(base == 0 ? "ja" : "xx");
    check(locale.has_value());
    static char page[sipcodes::max_page_size];
    const std::size_t n = sipcodes::render_comparison(a, b, locale.value_or(sipcodes::locale::en),
                                                      sipcodes::layout::sections, page, sizeof page);
    check(n > 0 && n <= sizeof page);
    char line[64];
    const std::size_t length = sipcodes::format_status_line(b, line, sizeof line);
    const auto parsed = sipcodes::parse_status_line(std::string_view(line, length));
    check(parsed && parsed->code == 430 && parsed->reason == "Flow Failed");
    return failures == 0 ? 0 : 1;
}
