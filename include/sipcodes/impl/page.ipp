// sipcodes/impl/page.ipp: the code behind sipcodes/page.hpp, for one spec.
// Included inside a spec's namespace after its compare and locale APIs,
// sipcodes/detail/{records,text}.hpp and its generated/page.hpp.
//
// Every sentence comes from the spec's frames (generated/locale.hpp: a run of
// pieces per locale and frame, each a literal or a placeholder); the code here
// walks them and fills the placeholders in. codegen/page_size.py renders the
// same pages in Python to count them: change both together.

using layout = ::sipcodes::detail::page_layout;
using texts = ::sipcodes::detail::page_texts;
template <std::size_t N>
using fixed_string = ::sipcodes::detail::fixed_string<N>;

namespace detail {
// The page reads the layout-dependent look-ups: its helpers live in the
// layout's namespace too.
inline namespace SIPCODES_TABLES {

/// What one page is written in: `labels` for the section labels (and the
/// document's language), `words` for the sentences, class names and texts.
struct page_view {
    locale labels;
    locale words;
};

[[nodiscard]] constexpr page_view view_of(locale loc, texts t) noexcept
{
    return {loc, t == texts::reference ? all_locales[0] : loc};
}

template <class Sink>
constexpr void put_code(Sink& out, status s) noexcept
{
    ::sipcodes::detail::put_three_digits(out, static_cast<int>(s));
}

template <class Sink>
constexpr void put_text(Sink& out, std::string_view text, bool lower) noexcept
{
    if (lower) {
        ::sipcodes::detail::put_lowered(out, text);
    } else {
        out.put(text);
    }
}

/// "3xx Redirection", with the class name in `words`.
template <class Sink>
constexpr void put_class(Sink& out, status s, locale words) noexcept
{
    out.put(static_cast<char>('0' + static_cast<int>(class_of(s))));
    out.put("xx ");
    out.put(class_name(class_of(s), words));
}

/// Writes frame `f` of locale `words`: its literals as they are, each of its
/// placeholders through fill(out, slot, lower).
template <class Sink, class Fill>
constexpr void put_frame(Sink& out, locale words, page_frame f, const Fill& fill) noexcept
{
    const frame_run run = frame_runs[static_cast<std::size_t>(words)][static_cast<std::size_t>(f)];
    for (std::size_t i = run.first; i < std::size_t{run.first} + run.count; ++i) {
        const frame_piece& piece = frame_pieces[i];
        if (piece.slot == frame_slot::literal) {
            out.put(::sipcodes::detail::slice(frame_text, piece.text));
        } else {
            fill(out, piece.slot, piece.lower);
        }
    }
}

/// "SIP 302 Moved Temporarily vs 430 Flow Failed" (the title frame).
template <class Sink>
constexpr void put_title(Sink& out, status a, status b, locale words) noexcept
{
    put_frame(out, words, page_frame::title, [a, b](Sink& o, frame_slot slot, bool lower) {
        if (slot == frame_slot::a || slot == frame_slot::b) {
            put_code(o, slot == frame_slot::a ? a : b);
        } else {
            detail::put_text(o, reason_phrase(slot == frame_slot::a_phrase ? a : b), lower);
        }
    });
}

/// "SIP 302 Moved Temporarily" (a code's own page).
template <class Sink>
constexpr void put_code_title(Sink& out, status s, locale words) noexcept
{
    put_frame(out, words, page_frame::code_title, [s](Sink& o, frame_slot slot, bool lower) {
        if (slot == frame_slot::code) {
            put_code(o, s);
        } else {
            detail::put_text(o, reason_phrase(s), lower);
        }
    });
}

/// "302 is a 3xx Redirection response, while 430 is a 4xx Client Failure
/// response." or, for one class, "404 and 430 are both 4xx Client Failure
/// responses." With `full`, a is "SIP 302 (Moved Temporarily)" and b "430 (Flow Failed)".
template <class Sink>
constexpr void put_class_relation(Sink& out, status a, status b, locale words, bool full) noexcept
{
    const auto fill = [a, b, words, full](Sink& o, frame_slot slot, bool /*lower*/) {
        switch (slot) {
        case frame_slot::a:
        case frame_slot::b: {
            const status s = slot == frame_slot::a ? a : b;
            if (full && slot == frame_slot::a) {
                o.put("SIP ");
            }
            put_code(o, s);
            if (full) {
                o.put(" (");
                o.put(reason_phrase(s));
                o.put(')');
            }
            break;
        }
        case frame_slot::b_class:
            put_class(o, b, words);
            break;
        default: // a_class, class_
            put_class(o, a, words);
            break;
        }
    };
    put_frame(out, words, class_of(a) == class_of(b) ? page_frame::class_same : page_frame::class_contrast, fill);
}

/// "302 indicates that the callee ... In contrast, 430 means that ..."
template <class Sink>
constexpr void put_contrast(Sink& out, status a, status b, std::string_view a_text, std::string_view b_text,
                            locale words) noexcept
{
    put_frame(out, words, page_frame::contrast, [=](Sink& o, frame_slot slot, bool lower) {
        if (slot == frame_slot::a || slot == frame_slot::b) {
            put_code(o, slot == frame_slot::a ? a : b);
        } else {
            detail::put_text(o, slot == frame_slot::a_text ? a_text : b_text, lower);
        }
    });
}

/// A frame of one code and one text: described ("SIP 302: <text>"), encounter
/// ("You encounter 302 <when>"), fix_for ("For 302 (Moved Temporarily): <text>"),
/// compare ("Compare 302 with").
template <class Sink>
constexpr void put_code_frame(Sink& out, page_frame f, status s, std::string_view text, locale words) noexcept
{
    put_frame(out, words, f, [s, text](Sink& o, frame_slot slot, bool lower) {
        if (slot == frame_slot::code) {
            put_code(o, s);
        } else if (slot == frame_slot::phrase) {
            detail::put_text(o, reason_phrase(s), lower);
        } else {
            detail::put_text(o, text, lower);
        }
    });
}

/// The summary under the title: the classes, then what each code means (the summary frame).
template <class Sink>
constexpr void put_summary(Sink& out, status a, status b, const localized_texts& ta, const localized_texts& tb,
                           locale words) noexcept
{
    put_frame(out, words, page_frame::summary, [&](Sink& o, frame_slot slot, bool /*lower*/) {
        if (slot == frame_slot::classes) {
            put_class_relation(o, a, b, words, true);
        } else {
            put_contrast(o, a, b, ta.description, tb.description, words);
        }
    });
}

/// The key difference `item` (1 to 5).
template <class Sink>
constexpr void put_difference(Sink& out, int item, status a, status b, const localized_texts& ta,
                              const localized_texts& tb, locale words) noexcept
{
    switch (item) {
    case 1:
        put_class_relation(out, a, b, words, false);
        break;
    case 2:
    case 3:
        put_code_frame(out, page_frame::described, item == 2 ? a : b, item == 2 ? ta.description : tb.description,
                       words);
        break;
    default:
        put_code_frame(out, page_frame::encounter, item == 4 ? a : b, item == 4 ? ta.when : tb.when, words);
        break;
    }
}

/// "For 302 (...): <fix> For 430 (...): <fix>" (the fixes frame)
template <class Sink>
constexpr void put_when_to_use(Sink& out, status a, status b, const localized_texts& ta, const localized_texts& tb,
                               locale words) noexcept
{
    put_frame(out, words, page_frame::fixes, [&](Sink& o, frame_slot slot, bool /*lower*/) {
        if (slot == frame_slot::a) {
            put_code_frame(o, page_frame::fix_for, a, ta.fix, words);
        } else {
            put_code_frame(o, page_frame::fix_for, b, tb.fix, words);
        }
    });
}

/// The text page for two different registered codes in a valid locale and layout.
template <class Sink>
constexpr void render_page(Sink& out, status a, status b, locale loc, layout lay, texts t) noexcept
{
    const bool sections = lay == layout::sections;
    const std::string_view gap = sections ? "\n\n" : "\n";
    const page_view v = view_of(loc, t);
    const localized_texts ta = localized(a, v.words);
    const localized_texts tb = localized(b, v.words);

    if (sections) {
        out.put("SIP"); // breadcrumb
        out.put(gap);
    }
    put_title(out, a, b, v.words);
    out.put(gap);
    put_summary(out, a, b, ta, tb, v.words);
    out.put(gap);

    for (const localized_texts* x : {&ta, &tb}) {
        out.put(label(loc, page_label::description));
        out.put(gap);
        out.put(x->description);
        out.put(gap);
        out.put(label(loc, page_label::when));
        out.put(gap);
        out.put(x->when);
        out.put(gap);
        out.put(label(loc, page_label::fix));
        out.put(gap);
        out.put(x->fix);
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
        put_difference(out, item, a, b, ta, tb, v.words);
        out.put(gap);
    }

    out.put(label(loc, page_label::when_to_use));
    out.put(gap);
    put_when_to_use(out, a, b, ta, tb, v.words);
    if (sections) {
        out.put(gap);
        out.put(label(loc, page_label::learn_more));
    }
}

// HTML ------------------------------------------------------------------------

/// "302-vs-430.html" or "302.html": a page's file in the site's layout.
template <class Sink>
constexpr void put_file_name(Sink& out, status a, const status* b) noexcept
{
    put_code(out, a);
    if (b != nullptr) {
        out.put("-vs-");
        put_code(out, *b);
    }
    out.put(".html");
}

/// From <!DOCTYPE html> to <main>: the language, the title (written by
/// `title`, escaped), the same page in the other locales, the style sheet.
template <class Sink, class Title>
constexpr void put_html_head(Sink& out, locale loc, status a, const status* b, const Title& title) noexcept
{
    ::sipcodes::detail::html_escaping_sink<Sink> text{out};
    out.put("<!DOCTYPE html>\n<html lang=\"");
    out.put(locale_code(loc));
    out.put("\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    title(text);
    out.put("</title>\n");
    for (const locale other : all_locales) {
        if (other == loc) {
            continue;
        }
        out.put(R"(<link rel="alternate" hreflang=")");
        out.put(locale_code(other));
        out.put("\" href=\"../");
        out.put(locale_code(other));
        out.put('/');
        put_file_name(out, a, b);
        out.put("\">\n");
    }
    out.put(html_style);
    out.put("</head>\n<body>\n<nav><a href=\"../index.html\">SIP</a></nav>\n<main>\n<h1>");
    title(text);
    out.put("</h1>\n");
}

template <class Sink>
constexpr void put_html_end(Sink& out) noexcept
{
    out.put("</main>\n</body>\n</html>\n");
}

/// <h2>label</h2> (or h3) and the text in a paragraph.
template <class Sink>
constexpr void put_html_section(Sink& out, std::string_view heading, std::string_view level, std::string_view body) noexcept
{
    ::sipcodes::detail::html_escaping_sink<Sink> text{out};
    out.put("<h");
    out.put(level);
    out.put('>');
    text.put(heading);
    out.put("</h");
    out.put(level);
    out.put(">\n<p>");
    text.put(body);
    out.put("</p>\n");
}

/// The three sections of one code's texts under headings of `level`.
template <class Sink>
constexpr void put_html_texts(Sink& out, locale loc, const localized_texts& x, std::string_view level) noexcept
{
    detail::put_html_section(out, label(loc, page_label::description), level, x.description);
    detail::put_html_section(out, label(loc, page_label::when), level, x.when);
    detail::put_html_section(out, label(loc, page_label::fix), level, x.fix);
}

/// The HTML page for two different registered codes in a valid locale.
template <class Sink>
constexpr void render_html_page(Sink& out, status a, status b, locale loc, texts t) noexcept
{
    using escaped = ::sipcodes::detail::html_escaping_sink<Sink>;
    escaped text{out};
    const page_view v = view_of(loc, t);
    const localized_texts ta = localized(a, v.words);
    const localized_texts tb = localized(b, v.words);
    put_html_head(out, loc, a, &b, [a, b, v](escaped& o) { put_title(o, a, b, v.words); });
    out.put("<p class=\"summary\">");
    put_summary(text, a, b, ta, tb, v.words);
    out.put("</p>\n");
    for (const status s : {a, b}) {
        out.put("<section>\n<h2>");
        put_code_title(text, s, v.words);
        out.put("</h2>\n");
        put_html_texts(out, loc, s == a ? ta : tb, "3");
        out.put("<p><a href=\"");
        put_file_name(out, s, nullptr);
        out.put("\">");
        text.put(label(loc, page_label::learn_more));
        out.put(": ");
        put_code_title(text, s, v.words);
        out.put("</a></p>\n</section>\n");
    }
    out.put("<h2>");
    text.put(label(loc, page_label::key_differences));
    out.put("</h2>\n<ol>\n");
    for (int item = 1; item <= 5; ++item) {
        out.put("<li>");
        put_difference(text, item, a, b, ta, tb, v.words);
        out.put("</li>\n");
    }
    out.put("</ol>\n<h2>");
    text.put(label(loc, page_label::when_to_use));
    out.put("</h2>\n<p>");
    put_when_to_use(text, a, b, ta, tb, v.words);
    out.put("</p>\n");
    detail::put_html_end(out);
}

/// The HTML page of one registered code in a valid locale: its class, texts,
/// and links to its comparison with every other code.
template <class Sink>
constexpr void render_html_code_page(Sink& out, status s, locale loc, texts t) noexcept
{
    using escaped = ::sipcodes::detail::html_escaping_sink<Sink>;
    escaped text{out};
    const page_view v = view_of(loc, t);
    const localized_texts x = localized(s, v.words);
    put_html_head(out, loc, s, nullptr, [s, v](escaped& o) { put_code_title(o, s, v.words); });
    out.put("<p class=\"class\">");
    put_class(text, s, v.words);
    out.put("</p>\n");
    put_html_texts(out, loc, x, "2");
    out.put("<h2>");
    put_code_frame(text, page_frame::compare, s, {}, v.words);
    out.put("</h2>\n<ul class=\"pairs\">\n");
    for (const status other : all_statuses) {
        if (other == s) {
            continue;
        }
        out.put("<li><a href=\"");
        put_file_name(out, s, &other);
        out.put("\">");
        put_code(out, other);
        out.put(' ');
        text.put(reason_phrase(other));
        out.put("</a></li>\n");
    }
    out.put("</ul>\n");
    detail::put_html_end(out);
}

[[nodiscard]] constexpr bool is_layout(layout y) noexcept
{
    return y == layout::lines || y == layout::sections;
}

[[nodiscard]] constexpr bool is_texts(texts t) noexcept
{
    return t == texts::localized || t == texts::reference;
}

[[nodiscard]] constexpr bool valid_pair(status a, status b, locale loc, texts t) noexcept
{
    return a != b && is_registered(a) && is_registered(b) && detail::is_locale(loc) && detail::is_texts(t);
}

[[nodiscard]] constexpr std::size_t page_length(status a, status b, locale loc, layout lay, texts t) noexcept
{
    ::sipcodes::detail::length_sink sink;
    render_page(sink, a, b, loc, lay, t);
    return sink.size;
}

[[nodiscard]] constexpr std::size_t html_page_length(status a, status b, locale loc, texts t) noexcept
{
    ::sipcodes::detail::length_sink sink;
    render_html_page(sink, a, b, loc, t);
    return sink.size;
}

[[nodiscard]] constexpr std::size_t html_code_page_length(status s, locale loc, texts t) noexcept
{
    ::sipcodes::detail::length_sink sink;
    render_html_code_page(sink, s, loc, t);
    return sink.size;
}

} // namespace SIPCODES_TABLES
} // namespace detail

inline namespace SIPCODES_TABLES {

/// The "SIP A vs B" page, built by the compiler into an object of exactly its size:
///     constexpr auto page = comparison_page<status::moved_temporarily, status::flow_failed, locale::ja, layout::sections>();
///     std::string_view text = page;
template <status A, status B, locale L = all_locales[0], layout Y = layout::lines, texts T = texts::localized>
[[nodiscard]] constexpr auto comparison_page() noexcept
{
    static_assert(A != B, "comparison_page<A, B>: A and B are the same code; compare two different codes");
    static_assert(is_registered(A) && is_registered(B), "comparison_page<A, B>: both codes must be registered");
    static_assert(detail::is_locale(L) && detail::is_layout(Y) && detail::is_texts(T),
                  "comparison_page: invalid locale, layout or texts");
    constexpr std::size_t size = detail::page_length(A, B, L, Y, T);
    // Not called "page": cppcheck takes any outer "page" (a member in user code,
    // say) for one this would shadow, and users run cppcheck over this header.
    fixed_string<size> text;
    ::sipcodes::detail::buffer_sink sink{text.data(), size};
    detail::render_page(sink, A, B, L, Y, T);
    return text;
}

constexpr std::size_t render_comparison(status a, status b, locale loc, layout lay, char* out, std::size_t capacity,
                                        texts t) noexcept
{
    if (!detail::valid_pair(a, b, loc, t) || !detail::is_layout(lay)) {
        return 0;
    }
    ::sipcodes::detail::buffer_sink sink{out, out == nullptr ? 0 : capacity};
    detail::render_page(sink, a, b, loc, lay, t);
    return sink.size;
}

constexpr std::size_t render_comparison(status a, status b, locale loc, layout lay, char* out,
                                        std::size_t capacity) noexcept
{
    return render_comparison(a, b, loc, lay, out, capacity, texts::localized);
}

/// The "SIP A vs B" page as an HTML document, built by the compiler.
template <status A, status B, locale L = all_locales[0], texts T = texts::localized>
[[nodiscard]] constexpr auto comparison_html() noexcept
{
    static_assert(A != B, "comparison_html<A, B>: A and B are the same code; compare two different codes");
    static_assert(is_registered(A) && is_registered(B), "comparison_html<A, B>: both codes must be registered");
    static_assert(detail::is_locale(L) && detail::is_texts(T), "comparison_html: invalid locale or texts");
    constexpr std::size_t size = detail::html_page_length(A, B, L, T);
    fixed_string<size> text;
    ::sipcodes::detail::buffer_sink sink{text.data(), size};
    detail::render_html_page(sink, A, B, L, T);
    return text;
}

/// A code's own page as an HTML document, built by the compiler.
template <status S, locale L = all_locales[0], texts T = texts::localized>
[[nodiscard]] constexpr auto code_html() noexcept
{
    static_assert(is_registered(S), "code_html<S>: the code must be registered");
    static_assert(detail::is_locale(L) && detail::is_texts(T), "code_html: invalid locale or texts");
    constexpr std::size_t size = detail::html_code_page_length(S, L, T);
    fixed_string<size> text;
    ::sipcodes::detail::buffer_sink sink{text.data(), size};
    detail::render_html_code_page(sink, S, L, T);
    return text;
}

constexpr std::size_t render_comparison_html(status a, status b, locale loc, char* out, std::size_t capacity,
                                             texts t) noexcept
{
    if (!detail::valid_pair(a, b, loc, t)) {
        return 0;
    }
    ::sipcodes::detail::buffer_sink sink{out, out == nullptr ? 0 : capacity};
    detail::render_html_page(sink, a, b, loc, t);
    return sink.size;
}

constexpr std::size_t render_code_html(status s, locale loc, char* out, std::size_t capacity, texts t) noexcept
{
    if (!is_registered(s) || !detail::is_locale(loc) || !detail::is_texts(t)) {
        return 0;
    }
    ::sipcodes::detail::buffer_sink sink{out, out == nullptr ? 0 : capacity};
    detail::render_html_code_page(sink, s, loc, t);
    return sink.size;
}

constexpr std::size_t render_comparison_html(status a, status b, locale loc, char* out,
                                             std::size_t capacity) noexcept
{
    return render_comparison_html(a, b, loc, out, capacity, texts::localized);
}

constexpr std::size_t render_code_html(status s, locale loc, char* out, std::size_t capacity) noexcept
{
    return render_code_html(s, loc, out, capacity, texts::localized);
}

} // namespace SIPCODES_TABLES
