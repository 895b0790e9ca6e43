// sipcodes/impl/locale.ipp: the code behind sipcodes/locale.hpp, for one spec.
// Included inside a spec's namespace after its info API, sipcodes/detail/text.hpp
// and its generated/locale.hpp.

using localized_texts = ::sipcodes::detail::localized_texts;

namespace detail {

[[nodiscard]] constexpr bool is_locale(locale l) noexcept
{
    return static_cast<std::size_t>(l) < locale_count;
}

template <class Span>
[[nodiscard]] constexpr std::string_view label_at(Span span) noexcept
{
    return ::sipcodes::detail::slice(label_text, span);
}

} // namespace detail

inline namespace SIPCODES_TABLES {

constexpr std::optional<locale> to_locale(std::string_view code) noexcept
{
    for (std::size_t i = 0; i < locale_count; ++i) {
        // Locale codes are lower case in the spec (snake_case identifiers).
        if (::sipcodes::detail::equals_ignoring_ascii_case(code, detail::label_at(detail::locale_rows[i].code))) {
            return static_cast<locale>(i);
        }
    }
    return std::nullopt;
}

constexpr std::string_view locale_code(locale l) noexcept
{
    return detail::is_locale(l) ? detail::label_at(detail::locale_rows[static_cast<std::size_t>(l)].code)
                                : std::string_view{};
}

constexpr std::string_view locale_name(locale l) noexcept
{
    return detail::is_locale(l) ? detail::label_at(detail::locale_rows[static_cast<std::size_t>(l)].name)
                                : std::string_view{};
}

constexpr std::string_view label(locale l, page_label which) noexcept
{
    const auto k = static_cast<std::size_t>(which);
    return detail::is_locale(l) && k < detail::page_label_count
               ? detail::label_at(detail::locale_rows[static_cast<std::size_t>(l)].labels[k])
               : std::string_view{};
}

constexpr std::string_view class_name(status_class c, locale l) noexcept
{
    const auto digit = static_cast<std::size_t>(c);
    return detail::is_locale(l) && digit >= 1 && digit <= 6
               ? detail::label_at(detail::locale_rows[static_cast<std::size_t>(l)].classes[digit - 1])
               : std::string_view{};
}

constexpr localized_texts localized(status s, locale l) noexcept
{
    if (!detail::is_locale(l)) {
        return {};
    }
    const status_info base = info(s);
    localized_texts result{base.description, base.when, base.fix};
    const std::size_t row = detail::row_of(s);
    if (row == 0 || l == all_locales[0] || !detail::has_translations) {
        return result;
    }
    // Three spans (description, when, fix) of 8 bytes per code and translated locale.
    const char* const given = detail::translation_spans + ((static_cast<std::size_t>(l) - 1) * status_count + row - 1) * 24;
    const auto pick = [](std::string_view& field, const char* at) {
        const auto span = ::sipcodes::detail::span_at(at);
        if (span.size != 0) {
            field = ::sipcodes::detail::slice(detail::translation_text, span);
        }
    };
    pick(result.description, given);
    pick(result.when, given + 8);
    pick(result.fix, given + 16);
    return result;
}

} // namespace SIPCODES_TABLES
