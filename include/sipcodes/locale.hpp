// sipcodes/locale.hpp: the locales of the comparison pages, their labels and
// the translated texts of every code.
//
//     static_assert(to_locale("JA") == locale::ja);
//     static_assert(label(locale::ja, page_label::fix) == "解決方法");

#ifndef SIPCODES_LOCALE_HPP
#define SIPCODES_LOCALE_HPP

#include "detail/text.hpp"
#include "info.hpp"
// enum class locale (en, ja, zh, vi, ru; the first is the base), locale_count,
// all_locales; enum class page_label (description, when, fix, key_differences,
// when_to_use, learn_more); the class names and sentence frames of each locale.
#include <sipcodes/generated/locale.hpp>

namespace sipcodes {

/// The texts of one code in one locale: description, when, fix.
using localized_texts = detail::localized_texts;

inline namespace SIPCODES_TABLES {

/// The locale with this code ("ja", "zh", ...; ASCII case ignored), or nullopt.
[[nodiscard]] constexpr std::optional<locale> to_locale(std::string_view code) noexcept;

/// The locale's code: locale_code(locale::ja) == "ja". Empty for an invalid value.
[[nodiscard]] constexpr std::string_view locale_code(locale l) noexcept;

/// The locale's name in its own language: locale_name(locale::ja) == "日本語".
[[nodiscard]] constexpr std::string_view locale_name(locale l) noexcept;

/// A section label as the reference pages print it: label(locale::ja, page_label::fix) == "解決方法".
[[nodiscard]] constexpr std::string_view label(locale l, page_label which) noexcept;

/// A class's name in `l`: class_name(status_class::redirection, locale::ja) is the
/// ja locale file's name for 3xx (the base locale's where it gives none). Empty
/// for an invalid class or locale.
[[nodiscard]] constexpr std::string_view class_name(status_class c, locale l) noexcept;

/// A code's texts in `l`, each falling back to the base locale where the spec
/// gives no translation. Empty for an unregistered value or an invalid locale.
[[nodiscard]] constexpr localized_texts localized(status s, locale l) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/locale.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_LOCALE_HPP
