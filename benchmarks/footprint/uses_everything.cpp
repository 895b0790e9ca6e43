// host_footprint.sh: a program that calls every sipcodes function on run-time input,
// so every table is linked. Compared with baseline.cpp, which does the same I/O.
#include <sipcodes/sipcodes.hpp>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    const int code = argc > 1 ? std::atoi(argv[1]) : 430;
    const auto s = sipcodes::canonical(code).value_or(sipcodes::status::ok);
    const sipcodes::status_info i = sipcodes::info(s);
    const std::string_view name = sipcodes::class_name(sipcodes::class_of(s));
    std::printf("%d %.*s %.*s %.*s %d %d\n", i.code, static_cast<int>(i.phrase.size()), i.phrase.data(),
                static_cast<int>(name.size()), name.data(), static_cast<int>(i.fix.size()), i.fix.data(),
                sipcodes::is_failure(s), sipcodes::to_status(code).has_value());
    // Attributes, locales, pages and status lines: every remaining table.
    static char page[sipcodes::max_page_size];
    const auto loc = sipcodes::to_locale(argc > 2 ? argv[2] : "ja").value_or(sipcodes::locale::en);
    const std::size_t n = sipcodes::render_comparison(s, sipcodes::status::flow_failed, loc, sipcodes::layout::sections,
                                                      page, sizeof page);
    char line[96];
    const std::size_t m = sipcodes::format_status_line(s, line, sizeof line);
    std::printf("%.*s%.*s%u %d\n", static_cast<int>(n), page, static_cast<int>(m), line,
                static_cast<unsigned>(sipcodes::required_headers(s).bits()),
                static_cast<int>(sipcodes::action_of(s)));
    return 0;
}
