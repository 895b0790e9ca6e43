// sipcodes/impl/page.ipp: the code behind sipcodes/page.hpp, for one spec.
// Included inside a spec's namespace after its compare and locale APIs,
// sipcodes/detail/{records,text}.hpp and its generated/page.hpp.

using layout = ::sipcodes::detail::page_layout;
template <std::size_t N>
using fixed_string = ::sipcodes::detail::fixed_string<N>;

namespace detail {
// The page reads the layout-dependent look-ups: its helpers live in the
// layout's namespace too.
inline namespace SIPCODES_TABLES {

template <class Sink>
constexpr void put_code(Sink& out, status s) noexcept
{
    ::sipcodes::detail::put_three_digits(out, static_cast<int>(s));
}

template <class Sink>
constexpr void put_class(Sink& out, status s) noexcept
{
    out.put(static_cast<char>('0' + static_cast<int>(class_of(s))));
    out.put("xx ");
    out.put(class_name(class_of(s)));
}

/// "You encounter 404 when a user ..." from a `when` text that starts with "When",
/// "You encounter 202 after sending ..." from one that starts with a preposition:
/// never "when when", never "when after". Same length as the text plus the frame.
template <class Sink>
constexpr void put_encounter(Sink& out, status s, std::string_view when) noexcept
{
    out.put("You encounter ");
    put_code(out, s);
    out.put(' ');
    if (when.substr(0, 5) == "When ") {
        out.put("when ");
        out.put(when.substr(5));
    } else {
        ::sipcodes::detail::put_lowered(out, when);
    }
}

template <class Sink>
constexpr void put_code_and_phrase(Sink& out, status s) noexcept
{
    put_code(out, s);
    out.put(" (");
    out.put(reason_phrase(s));
    out.put(')');
}

/// "302 is a 3xx Redirection response, while 430 is a 4xx Client Failure
/// response." or, for one class, "404 and 430 are both 4xx Client Failure
/// responses." - with the phrases after the codes when `phrases` is set.
template <class Sink>
constexpr void put_class_relation(Sink& out, status a, status b, bool phrases) noexcept
{
    const auto subject = [&out, phrases](status s) {
        if (phrases) {
            put_code_and_phrase(out, s);
        } else {
            put_code(out, s);
        }
    };
    subject(a);
    if (class_of(a) == class_of(b)) {
        out.put(" and ");
        subject(b);
        out.put(" are both ");
        put_class(out, a);
        out.put(" responses.");
    } else {
        out.put(" is a ");
        put_class(out, a);
        out.put(" response, while ");
        subject(b);
        out.put(" is a ");
        put_class(out, b);
        out.put(" response.");
    }
}

/// The page for two different registered codes in a valid locale and layout.
template <class Sink>
constexpr void render_page(Sink& out, status a, status b, locale loc, layout lay) noexcept
{
    const bool sections = lay == layout::sections;
    const std::string_view gap = sections ? "\n\n" : "\n";
    // The sentences around the texts are English, as on the reference pages, so
    // they quote the base texts; the sections and lists show the locale's texts.
    const localized_texts ta = localized(a, loc);
    const localized_texts tb = localized(b, loc);
    const localized_texts ea = localized(a, all_locales[0]);
    const localized_texts eb = localized(b, all_locales[0]);

    if (sections) {
        out.put("SIP"); // breadcrumb
        out.put(gap);
    }
    out.put("SIP ");
    put_code(out, a);
    out.put(' ');
    out.put(reason_phrase(a));
    out.put(" vs ");
    put_code(out, b);
    out.put(' ');
    out.put(reason_phrase(b));
    out.put(gap);

    out.put("SIP ");
    put_class_relation(out, a, b, true);
    out.put(' ');
    put_code(out, a);
    out.put(" indicates that ");
    ::sipcodes::detail::put_lowered(out, ea.description);
    out.put(" In contrast, ");
    put_code(out, b);
    out.put(" means that ");
    ::sipcodes::detail::put_lowered(out, eb.description);
    out.put(gap);

    for (const localized_texts* t : {&ta, &tb}) {
        out.put(label(loc, page_label::description));
        out.put(gap);
        out.put(t->description);
        out.put(gap);
        out.put(label(loc, page_label::when));
        out.put(gap);
        out.put(t->when);
        out.put(gap);
        out.put(label(loc, page_label::fix));
        out.put(gap);
        out.put(t->fix);
        out.put(gap);
    }

    out.put(label(loc, page_label::key_differences));
    out.put(gap);
    for (int item = 1; item <= 5; ++item) {
        if (sections) {
            out.put(static_cast<char>('0' + item));
            out.put('.');
            out.put(gap);
        }
        switch (item) {
        case 1:
            put_class_relation(out, a, b, false);
            break;
        case 2:
        case 3:
            out.put("SIP ");
            put_code(out, item == 2 ? a : b);
            out.put(": ");
            out.put(item == 2 ? ta.description : tb.description);
            break;
        default:
            put_encounter(out, item == 4 ? a : b, item == 4 ? ea.when : eb.when);
            break;
        }
        out.put(gap);
    }

    out.put(label(loc, page_label::when_to_use));
    out.put(gap);
    out.put("For ");
    put_code_and_phrase(out, a);
    out.put(": ");
    out.put(ta.fix);
    out.put(" For ");
    put_code_and_phrase(out, b);
    out.put(": ");
    out.put(tb.fix);
    if (sections) {
        out.put(gap);
        out.put(label(loc, page_label::learn_more));
    }
}

[[nodiscard]] constexpr bool is_layout(layout y) noexcept
{
    return y == layout::lines || y == layout::sections;
}

[[nodiscard]] constexpr bool valid_pair(status a, status b, locale loc, layout lay) noexcept
{
    return a != b && is_registered(a) && is_registered(b) && detail::is_locale(loc) && detail::is_layout(lay);
}

[[nodiscard]] constexpr std::size_t page_length(status a, status b, locale loc, layout lay) noexcept
{
    ::sipcodes::detail::length_sink sink;
    render_page(sink, a, b, loc, lay);
    return sink.size;
}

} // namespace SIPCODES_TABLES
} // namespace detail

inline namespace SIPCODES_TABLES {

/// The "SIP A vs B" page, built by the compiler into an object of exactly its size:
///     constexpr auto page = comparison_page<status::moved_temporarily, status::flow_failed, locale::ja, layout::sections>();
///     std::string_view text = page;
template <status A, status B, locale L = all_locales[0], layout Y = layout::lines>
[[nodiscard]] constexpr auto comparison_page() noexcept
{
    static_assert(A != B, "comparison_page<A, B>: A and B are the same code; compare two different codes");
    static_assert(is_registered(A) && is_registered(B), "comparison_page<A, B>: both codes must be registered");
    static_assert(detail::is_locale(L) && detail::is_layout(Y), "comparison_page: invalid locale or layout");
    constexpr std::size_t size = detail::page_length(A, B, L, Y);
    // Not called "page": cppcheck takes any outer "page" (a member in user code,
    // say) for one this would shadow, and users run cppcheck over this header.
    fixed_string<size> text;
    ::sipcodes::detail::buffer_sink sink{text.data(), size};
    detail::render_page(sink, A, B, L, Y);
    return text;
}

constexpr std::size_t render_comparison(status a, status b, locale loc, layout lay, char* out,
                                        std::size_t capacity) noexcept
{
    if (!detail::valid_pair(a, b, loc, lay)) {
        return 0;
    }
    ::sipcodes::detail::buffer_sink sink{out, out == nullptr ? 0 : capacity};
    detail::render_page(sink, a, b, loc, lay);
    return sink.size;
}

} // namespace SIPCODES_TABLES
