// sipcodes/impl/info.ipp: the code behind sipcodes/info.hpp, for one spec.
// Included inside a spec's namespace after its attributes API,
// sipcodes/detail/records.hpp and its generated/info.hpp.

using status_info = ::sipcodes::detail::basic_status_info<status_class>;

inline namespace SIPCODES_TABLES {

constexpr status_info info(status s) noexcept
{
    status_info result{to_int(s), reason_phrase(s), class_of(s), {}, {}, {}, {}, is_deprecated(s), {}, {}};
    const std::size_t row = detail::row_of(s);
    if (row != 0) {
        const detail::info_text_row& texts = detail::info_rows[row - 1];
        const auto text = [](auto span) { return ::sipcodes::detail::slice(detail::info_text, span); };
        result.description = text(texts.description);
        result.when = text(texts.when);
        result.fix = text(texts.fix);
        result.references = text(texts.references);
        result.action_source = text(texts.action_source);
        result.headers_source = text(texts.headers_source);
    }
    return result;
}

} // namespace SIPCODES_TABLES
