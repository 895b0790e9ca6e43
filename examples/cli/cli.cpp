// The sipcodes command line (cli.hpp): argument handling and the pages it
// prints, written with stdio only.
#include "cli.hpp"

#include <sipcodes/sipcodes.hpp>

#include <sys/stat.h>

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "args.hpp"

namespace sipcodes_cli {

namespace {

constexpr int exit_usage = 2;

void write_to(std::FILE* to, std::string_view text)
{
    if (!text.empty()) { // fwrite's pointer must not be null, even for 0 bytes
        std::fwrite(text.data(), 1, text.size(), to);
    }
}

void write(std::string_view text)
{
    write_to(stdout, text);
}

// Length of the valid UTF-8 sequence at the start of `s` that is not a C1
// control (U+0080..U+009F), or 0.
std::size_t printable_utf8(std::string_view s)
{
    const auto b0 = static_cast<unsigned char>(s[0]);
    const std::size_t n = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
    if (n == 0 || s.size() < n) {
        return 0;
    }
    for (std::size_t i = 1; i < n; ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            return 0;
        }
    }
    if (b0 == 0xC2 && static_cast<unsigned char>(s[1]) < 0xA0) {
        return 0; // C1 control
    }
    return n;
}

// The codes of every locale the library has, in its order: "en, ja or ru".
void write_locale_codes(std::FILE* to, std::string_view separator, std::string_view last_separator)
{
    for (std::size_t i = 0; i < sipcodes::all_locales.size(); ++i) {
        if (i > 0) {
            write_to(to, i + 1 == sipcodes::all_locales.size() ? last_separator : separator);
        }
        write_to(to, sipcodes::locale_code(sipcodes::all_locales[i]));
    }
}

void print_usage(std::FILE* to)
{
    std::fputs("usage: sipcodes CODE [--lang L] [--html]\n"
               "                                     show one SIP response code (e.g. sipcodes 430 --lang ja)\n"
               "       sipcodes CODE --method NAME   that code as the answer to one request method\n"
               "                                     (e.g. sipcodes 481 --method INFO)\n"
               "       sipcodes --methods            list the registered request methods\n"
               "       sipcodes CODE CODE [--lang ",
               to);
    write_locale_codes(to, "|", "|");
    std::fputs("] [--layout lines|sections] [--html]\n"
               "                                     compare two codes (e.g. sipcodes 302 430)\n"
               "           --texts en                the reference form: English sentences and texts\n"
               "       sipcodes --site DIR           write the HTML site: DIR/index.html, DIR/<lang>/<code>.html,\n"
               "                                     DIR/<lang>/<A>-vs-<B>.html\n"
               "       sipcodes --best CODE...       the response a proxy forwards (RFC 3261 16.7)\n"
               "       sipcodes --q850 CAUSE         the response a gateway sends for a Q.850 cause (RFC 3398)\n"
               "       sipcodes --list               list every registered code\n"
               "       sipcodes --help\n",
               to);
}

// Starts a message on stderr: "sipcodes: <before><argument>". Control
// characters in the argument are shown as \xNN, so a hostile argument cannot
// drive the terminal.
void complain(std::string_view before, std::string_view argument)
{
    std::fputs("sipcodes: ", stderr);
    write_to(stderr, before);
    while (!argument.empty()) {
        const auto byte = static_cast<unsigned char>(argument[0]);
        std::size_t n = 1;
        if (byte >= 0x20 && byte < 0x7f) {
            std::fputc(argument[0], stderr);
        } else if (byte >= 0x80 && (n = printable_utf8(argument)) != 0) {
            write_to(stderr, argument.substr(0, n));
        } else {
            n = 1;
            std::fprintf(stderr, "\\x%02x", static_cast<unsigned>(byte));
        }
        argument.remove_prefix(n);
    }
}

// Prints "sipcodes: <before><argument><after>" on stderr (see complain) and
// returns the usage exit status.
int fail(std::string_view before, std::string_view argument, std::string_view after)
{
    complain(before, argument);
    write_to(stderr, after);
    std::fputc('\n', stderr);
    return exit_usage;
}

int fail_unknown_locale(std::string_view value)
{
    complain("unknown language '", value);
    write_to(stderr, "'; use ");
    write_locale_codes(stderr, ", ", " or ");
    std::fputc('\n', stderr);
    return exit_usage;
}

void print_headers(std::string_view title, sipcodes::header_set headers)
{
    if (headers.empty()) {
        return;
    }
    write(title);
    const char* separator = "";
    for (const sipcodes::header h : headers) {
        write(separator);
        write(sipcodes::header_name(h));
        separator = ", ";
    }
    write("\n");
}

void print_cause(sipcodes::q850 c)
{
    std::printf("%d ", sipcodes::to_int(c));
    write(sipcodes::q850_name(c));
}

// The cause a gateway puts in the REL for `s` (RFC 3398 section 8.2.6.1).
void print_q850_row(sipcodes::status s)
{
    write("Q.850 cause (gateway): ");
    if (const auto c = sipcodes::q850_for_status(s)) {
        print_cause(*c);
    } else if (const auto challenged = sipcodes::q850_for_status(s, sipcodes::challenge::unanswerable)) {
        print_cause(*challenged);
        write(", only if the gateway cannot answer the challenge");
    } else if (const auto by_warning = sipcodes::q850_for_status(s, sipcodes::warn_code::miscellaneous_warning)) {
        write("by the Warning code: ");
        print_cause(*by_warning);
        write(", or ");
        print_cause(*sipcodes::q850_for_status(s, sipcodes::warn_code::insufficient_bandwidth));
        write(" when it speaks of a bearer capability");
    } else {
        write("none");
    }
    write(" (");
    write(sipcodes::q850_mapping_note(s));
    write(")\n");
}

// The words of a page: the locale, and whether its texts are the locale's own
// or the reference form's (--texts en: the base locale's).
struct page_words {
    sipcodes::locale loc = sipcodes::all_locales[0];
    sipcodes::texts texts = sipcodes::texts::localized;
    [[nodiscard]] sipcodes::locale text_locale() const
    {
        return texts == sipcodes::texts::reference ? sipcodes::all_locales[0] : loc;
    }
};

void print_page(sipcodes::status s, page_words words)
{
    const sipcodes::status_info i = sipcodes::info(s);
    const sipcodes::localized_texts t = sipcodes::localized(s, words.text_locale());
    std::printf("SIP %d ", i.code);
    write(i.phrase);
    std::printf("\nClass: %dxx ", static_cast<int>(i.class_));
    write(sipcodes::class_name(i.class_, words.text_locale()));
    write("\nReferences: ");
    write(i.references);
    if (i.deprecated) {
        write("\nStatus: deprecated");
    }
    write("\nAction: ");
    write(sipcodes::action_description(sipcodes::action_of(s)));
    write(" (");
    write(sipcodes::action_name(sipcodes::action_of(s)));
    write("; ");
    write(i.action_source);
    write(")\n");
    print_q850_row(s);
    print_headers("Must carry: ", sipcodes::required_headers(s));
    print_headers("Must carry one of: ", sipcodes::required_one_of(s));
    print_headers("Should carry: ", sipcodes::recommended_headers(s));
    if (!i.headers_source.empty()) {
        write("Header rules: ");
        write(i.headers_source);
        write("\n");
    }
    for (const auto& [which, text] : {std::pair{sipcodes::page_label::description, t.description},
                                      std::pair{sipcodes::page_label::when, t.when},
                                      std::pair{sipcodes::page_label::fix, t.fix}}) {
        write(which == sipcodes::page_label::description ? "\n" : "\n\n");
        write(sipcodes::label(words.loc, which));
        write("\n");
        write(text);
    }
    write("\n");
}

void print_method_context(sipcodes::status s, sipcodes::method m)
{
    write("\nAs the answer to ");
    write(sipcodes::method_name(m));
    write("\nCan answer it: ");
    write(sipcodes::can_answer(s, m) ? "yes" : "no (the RFCs do not allow this code for this method)");
    write("\nInside a dialog: ");
    write(sipcodes::dialog_impact_name(sipcodes::impact_on_dialog(s, m)));
    switch (sipcodes::impact_on_dialog(s, m)) {
    case sipcodes::dialog_impact::none: write(" (nothing changes)"); break;
    case sipcodes::dialog_impact::transaction_only: write(" (this request failed; the dialog goes on)"); break;
    case sipcodes::dialog_impact::usage: write(" (ends the usage: the session or the subscription)"); break;
    case sipcodes::dialog_impact::dialog: write(" (ends the dialog and every usage in it)"); break;
    }
    const sipcodes::action a = sipcodes::action_of(s, m);
    write("\nAction: ");
    write(sipcodes::action_description(a));
    write(" (");
    write(sipcodes::action_name(a));
    write(")\n");
    print_headers("Must carry: ", sipcodes::required_headers(s, m));
    write("May carry: ");
    const sipcodes::header_set allowed = sipcodes::allowed_headers(s);
    write(allowed.size() == sipcodes::header_count ? "every header field listed" : "all but ");
    const char* separator = "";
    for (std::size_t i = 0; i < sipcodes::header_count; ++i) {
        const auto h = static_cast<sipcodes::header>(i);
        if (!allowed.contains(h)) {
            write(separator);
            write(sipcodes::header_name(h));
            separator = ", ";
        }
    }
    write("\n");
}

void print_methods()
{
    for (const sipcodes::method m : sipcodes::all_methods) {
        write(sipcodes::method_name(m));
        write("\n");
    }
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

// Reads a code argument: registered only when `registered_only`, else any 100-699.
// Prints the reason on stderr and returns nullopt when it is not acceptable.
std::optional<sipcodes::status> read_code(std::string_view argument, bool registered_only)
{
    const parsed_code parsed = parse_code(argument);
    switch (parsed.error) {
    case code_error::empty:
        fail("empty argument; expected a status code such as 430", {}, {});
        return std::nullopt;
    case code_error::not_digits:
    case code_error::not_three:
        fail("'", argument, "' is not a status code; expected three digits such as 430");
        return std::nullopt;
    case code_error::none:
        break;
    }
    if (const auto s = sipcodes::to_status(parsed.value)) {
        return s;
    }
    const auto fallback = sipcodes::canonical(parsed.value);
    if (!fallback) {
        fail({}, argument, " is not a SIP response code; codes run from 100 to 699");
        return std::nullopt;
    }
    if (!registered_only) {
        return static_cast<sipcodes::status>(parsed.value);
    }
    const std::string_view phrase = sipcodes::reason_phrase(*fallback);
    std::fprintf(stderr,
                 "sipcodes: %.*s is not a registered SIP response code; a client treats it "
                 "as %d %.*s (RFC 3261 section 8.1.3.2)\n",
                 static_cast<int>(argument.size()), argument.data(), sipcodes::to_int(*fallback),
                 static_cast<int>(phrase.size()), phrase.data());
    return std::nullopt;
}

void print_status(sipcodes::status s)
{
    std::printf("%d", sipcodes::to_int(s));
    const std::string_view phrase = sipcodes::reason_phrase(s);
    if (!phrase.empty()) {
        write(" ");
        write(phrase);
    }
}

int show_best(int count, char** codes)
{
    if (count == 0) {
        return fail("--best needs at least one code, e.g. sipcodes --best 486 404 600", {}, {});
    }
    std::optional<sipcodes::status> best;
    for (int i = 0; i < count; ++i) {
        const auto s = read_code(codes[i], false);
        if (!s) {
            return exit_usage;
        }
        if (sipcodes::is_final(*s)) { // provisional responses are never forwarded as the answer
            best = best ? sipcodes::preferred_response(*best, *s) : *s;
        }
    }
    if (!best) {
        write("no final response: a proxy that receives none sends 408 Request Timeout "
              "(RFC 3261 section 16.7)\n");
        return 0;
    }
    print_status(*best);
    const sipcodes::status upstream = sipcodes::upstream_status(*best);
    if (upstream != *best) {
        write(" (forwarded upstream as ");
        print_status(upstream);
        write(", RFC 3261 section 16.7)");
    }
    write("\n");
    return 0;
}

// sipcodes --q850 CAUSE: the response RFC 3398 section 7.2.4.1 gives for a cause.
int show_q850(int count, char** arguments)
{
    if (count != 1) {
        return fail("--q850 needs one cause, e.g. sipcodes --q850 17", {}, {});
    }
    const std::string_view argument = arguments[0];
    int number = 0;
    bool digits = !argument.empty() && argument.size() <= 3; // a cause is 1 to 127
    for (std::size_t i = 0; digits && i < argument.size(); ++i) {
        digits = argument[i] >= '0' && argument[i] <= '9';
        number = number * 10 + (argument[i] - '0');
    }
    const auto c = digits ? sipcodes::to_q850(number) : std::nullopt;
    if (!c) {
        return fail("'", argument, "' is not a Q.850 cause; expected a cause value such as 17 (1 to 127)");
    }
    write("Q.850 ");
    print_cause(*c);
    write("\nClass: ");
    write(sipcodes::q850_class_name(sipcodes::class_of(*c)));
    write("\nSIP response: ");
    const auto s = sipcodes::status_for_q850(*c);
    if (s) {
        print_status(*s);
    } else {
        // No response (16, 44): the note gives the reason, then the section.
        write("none: ");
        write(sipcodes::q850_mapping_note(*c));
    }
    const auto user = sipcodes::status_for_q850(*c, sipcodes::cause_location::user, sipcodes::cause_diagnostic::absent);
    const auto diagnostic =
        sipcodes::status_for_q850(*c, sipcodes::cause_location::transit, sipcodes::cause_diagnostic::present);
    if (user && user != s) {
        write("; ");
        print_status(*user);
        write(" may be given instead when the cause location is the user");
    }
    if (diagnostic && diagnostic != s) {
        write("; ");
        print_status(*diagnostic);
        write(" when the cause carries a diagnostic (the new number)");
    }
    if (s) {
        // The row's section, or that the cause has none and gets the default.
        write(" (");
        write(sipcodes::q850_mapping_note(*c));
        write(")");
    }
    write("\nReason: ");
    char reason[160];
    const std::size_t n = sipcodes::format_reason(*c, reason, sizeof reason);
    write(std::string_view(reason, n < sizeof reason ? n : sizeof reason));
    write("\n");
    return 0;
}

int show_comparison(sipcodes::status a, sipcodes::status b, page_words words, sipcodes::layout lay, bool html)
{
    static char page[sipcodes::max_page_size > sipcodes::max_html_size ? sipcodes::max_page_size
                                                                         : sipcodes::max_html_size];
    const std::size_t size =
        html ? sipcodes::render_comparison_html(a, b, words.loc, page, sizeof page, words.texts)
             : sipcodes::render_comparison(a, b, words.loc, lay, page, sizeof page, words.texts);
    if (size == 0 || size > sizeof page) {
        return fail("cannot render this comparison", {}, {});
    }
    write(std::string_view(page, size));
    if (!html) {
        write("\n");
    }
    return 0;
}

int show_code_html(sipcodes::status s, page_words words)
{
    static char page[sipcodes::max_html_size];
    const std::size_t size = sipcodes::render_code_html(s, words.loc, page, sizeof page, words.texts);
    if (size == 0 || size > sizeof page) {
        return fail("cannot render this page", {}, {});
    }
    write(std::string_view(page, size));
    return 0;
}

// The site ---------------------------------------------------------------------

// Writes `text` HTML-escaped (the index's texts), as the pages escape theirs.
void write_escaped(std::FILE* to, std::string_view text)
{
    struct file_sink {
        std::FILE* to;
        void put(char c) const { std::fputc(c, to); }
        void put(std::string_view s) const { std::fwrite(s.data(), 1, s.size(), to); }
    };
    file_sink file{to};
    sipcodes::detail::html_escaping_sink<file_sink> escaped{file};
    escaped.put(text);
}

bool make_directory(const std::string& path)
{
    return ::mkdir(path.c_str(), 0777) == 0 || errno == EEXIST;
}

// Writes `size` bytes of `data` to `path`; false (with a message) if it cannot.
bool write_file(const std::string& path, const char* data, std::size_t size)
{
    // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): a C stdio file, closed two lines down
    std::FILE* f = std::fopen(path.c_str(), "wb");
    const bool ok = f != nullptr && std::fwrite(data, 1, size, f) == size;
    const bool closed = f != nullptr && std::fclose(f) == 0; // NOLINT(cppcoreguidelines-owning-memory)
    if (!ok || !closed) {
        complain("cannot write ", path);
        std::fputc('\n', stderr);
    }
    return ok && closed;
}

// DIR/index.html: every code by class, each with its page in every locale.
bool write_index(const std::string& dir)
{
    const std::string path = dir + "/index.html";
    // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): a C stdio file, closed at the end of this function
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) {
        complain("cannot write ", path);
        std::fputc('\n', stderr);
        return false;
    }
    std::fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>SIP response codes</title>\n",
               f);
    std::fputs(sipcodes::detail::html_style, f);
    std::fputs("</head>\n<body>\n<main>\n<h1>SIP response codes</h1>\n<p>", f);
    std::fprintf(f, "%zu codes in %zu languages:", sipcodes::status_count, sipcodes::locale_count);
    for (const sipcodes::locale l : sipcodes::all_locales) {
        std::fputs(" <span lang=\"", f);
        write_to(f, sipcodes::locale_code(l));
        std::fputs("\">", f);
        write_escaped(f, sipcodes::locale_name(l));
        std::fputs("</span>", f);
    }
    std::fputs(". Each code's page links to its comparison with every other code.</p>\n", f);
    int open_class = 0;
    for (const sipcodes::status s : sipcodes::all_statuses) {
        const sipcodes::status_class c = sipcodes::class_of(s);
        if (static_cast<int>(c) != open_class) {
            std::fputs(open_class == 0 ? "" : "</ul>\n", f);
            open_class = static_cast<int>(c);
            std::fprintf(f, "<h2>%dxx ", open_class);
            write_escaped(f, sipcodes::class_name(c));
            std::fputs("</h2>\n<ul>\n", f);
        }
        std::fprintf(f, "<li>%d ", sipcodes::to_int(s));
        write_escaped(f, sipcodes::reason_phrase(s));
        const char* separator = ": ";
        for (const sipcodes::locale l : sipcodes::all_locales) {
            std::fputs(separator, f);
            separator = " · ";
            std::fputs("<a href=\"", f);
            write_to(f, sipcodes::locale_code(l));
            std::fprintf(f, "/%d.html\" hreflang=\"", sipcodes::to_int(s));
            write_to(f, sipcodes::locale_code(l));
            std::fputs("\" lang=\"", f);
            write_to(f, sipcodes::locale_code(l));
            std::fputs("\">", f);
            write_escaped(f, sipcodes::locale_name(l));
            std::fputs("</a>", f);
        }
        std::fputs("</li>\n", f);
    }
    std::fputs("</ul>\n</main>\n</body>\n</html>\n", f);
    const bool ok = !std::ferror(f);
    if (std::fclose(f) != 0 || !ok) { // NOLINT(cppcoreguidelines-owning-memory): the fopen above
        complain("cannot write ", path);
        std::fputc('\n', stderr);
        return false;
    }
    return true;
}

// sipcodes --site DIR: the index, every code's page and every ordered pair's
// page in every locale. Returns 0, or 1 when a file cannot be written.
int write_site(const char* directory)
{
    static char page[sipcodes::max_html_size];
    const std::string dir = directory;
    if (dir.empty() || !make_directory(dir) || !write_index(dir)) {
        complain("cannot write the site into ", dir);
        std::fputc('\n', stderr);
        return 1;
    }
    std::size_t pages = 1;
    std::size_t bytes = 0;
    std::size_t largest = 0;
    for (const sipcodes::locale l : sipcodes::all_locales) {
        const std::string sub = dir + "/" + std::string(sipcodes::locale_code(l));
        if (!make_directory(sub)) {
            complain("cannot create ", sub);
            std::fputc('\n', stderr);
            return 1;
        }
        for (const sipcodes::status a : sipcodes::all_statuses) {
            char name[32];
            std::size_t n = sipcodes::render_code_html(a, l, page, sizeof page);
            std::snprintf(name, sizeof name, "/%d.html", sipcodes::to_int(a));
            if (n == 0 || n > sizeof page || !write_file(sub + name, page, n)) {
                return 1;
            }
            ++pages;
            bytes += n;
            largest = n > largest ? n : largest;
            for (const sipcodes::status b : sipcodes::all_statuses) {
                if (a == b) {
                    continue;
                }
                n = sipcodes::render_comparison_html(a, b, l, page, sizeof page);
                std::snprintf(name, sizeof name, "/%d-vs-%d.html", sipcodes::to_int(a), sipcodes::to_int(b));
                if (n == 0 || n > sizeof page || !write_file(sub + name, page, n)) {
                    return 1;
                }
                ++pages;
                bytes += n;
                largest = n > largest ? n : largest;
            }
        }
    }
    std::printf("%zu pages (%zu bytes) written to %s; the largest page is %zu bytes (max_html_size %zu)\n", pages,
                bytes, directory, largest, sipcodes::max_html_size);
    return 0;
}

} // namespace

int run(int argc, char** argv)
{
    if (argc < 2) {
        print_usage(stderr);
        return exit_usage;
    }
    const std::string_view first = argv[1];
    if (first == "--help" || first == "-h") {
        print_usage(stdout);
        return 0;
    }
    if (first == "--list") {
        if (argc != 2) {
            return fail("--list takes no arguments", {}, {});
        }
        print_list();
        return 0;
    }
    if (first == "--methods") {
        if (argc != 2) {
            return fail("--methods takes no arguments", {}, {});
        }
        print_methods();
        return 0;
    }
    if (first == "--best") {
        return show_best(argc - 2, argv + 2);
    }
    if (first == "--q850") {
        return show_q850(argc - 2, argv + 2);
    }

    if (first == "--site") {
        if (argc != 3) {
            return fail("--site takes one directory, e.g. sipcodes --site out", {}, {});
        }
        return write_site(argv[2]);
    }

    std::string_view codes[2];
    int code_count = 0;
    page_words words;
    sipcodes::layout lay = sipcodes::layout::lines;
    bool layout_given = false;
    bool html = false;
    std::string_view texts_value;
    std::optional<sipcodes::method> request;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        const option opt = split_option(argument);
        if (opt.name == "--html" && !opt.has_value) {
            html = true;
        } else if (opt.name == "--method") {
            std::string_view value = opt.value;
            if (!opt.has_value) {
                if (i + 1 >= argc) {
                    return fail("", opt.name, " needs a value");
                }
                value = argv[++i];
            }
            request = sipcodes::to_method(value);
            if (!request) {
                // RFC 3261 §7.1: method names are case-sensitive; an unregistered token
                // is an extension method this tool knows nothing about.
                return fail("unknown method '", value,
                            sipcodes::is_method_token(value)
                                ? "': not a registered method (names are case-sensitive; see --methods)"
                                : "': not a method name (RFC 3261 section 25.1 token)");
            }
        } else if (opt.name == "--lang" || opt.name == "--layout" || opt.name == "--texts") {
            std::string_view value = opt.value;
            if (!opt.has_value) {
                if (i + 1 >= argc) {
                    return fail("", opt.name, " needs a value");
                }
                value = argv[++i];
            }
            if (opt.name == "--lang") {
                const auto l = sipcodes::to_locale(value);
                if (!l) {
                    return fail_unknown_locale(value);
                }
                words.loc = *l;
            } else if (opt.name == "--texts") {
                texts_value = value;
            } else {
                if (value == "lines") {
                    lay = sipcodes::layout::lines;
                } else if (value == "sections") {
                    lay = sipcodes::layout::sections;
                } else {
                    return fail("unknown layout '", value, "'; use lines or sections");
                }
                layout_given = true;
            }
        } else if (argument.size() > 1 && argument[0] == '-') {
            return fail("unknown option '", argument, "' (try --help)");
        } else if (code_count == 2) {
            return fail("too many codes at '", argument, "'; give one code, or two to compare");
        } else {
            codes[code_count++] = argument;
        }
    }
    if (code_count == 0) {
        print_usage(stderr);
        return exit_usage;
    }
    // --texts en: the reference form (English sentences and texts under the
    // locale's labels); --texts <the --lang locale>: the locale's own (the default).
    if (!texts_value.empty()) {
        const auto l = sipcodes::to_locale(texts_value);
        if (l && *l == sipcodes::all_locales[0]) {
            words.texts = sipcodes::texts::reference;
        } else if (!l || *l != words.loc) {
            return fail("--texts '", texts_value, "': use --texts en for the reference form, or the --lang locale");
        }
    }
    const auto a = read_code(codes[0], true);
    if (!a) {
        return exit_usage;
    }
    if (code_count == 1) {
        if (layout_given) {
            return fail("--layout applies to a comparison of two codes", {}, {});
        }
        if (html) {
            if (request) {
                return fail("--method applies to the text page of a code, not to --html", {}, {});
            }
            return show_code_html(*a, words);
        }
        print_page(*a, words);
        if (request) {
            print_method_context(*a, *request);
        }
        return 0;
    }
    if (request) {
        return fail("--method applies to one code", {}, {});
    }
    const auto b = read_code(codes[1], true);
    if (!b) {
        return exit_usage;
    }
    if (*a == *b) {
        return fail("both codes are ", codes[0], "; compare two different codes");
    }
    if (html && layout_given) {
        return fail("--layout applies to text pages, not to --html", {}, {});
    }
    return show_comparison(*a, *b, words, lay, html);
}

} // namespace sipcodes_cli
