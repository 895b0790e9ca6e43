// What one table layout answers for one int, gathered by a translation unit
// built with that layout: layout_answers.cpp, compiled once with each and
// linked into one program (mixed_layouts_test.cpp).
#ifndef SIPCODES_TEST_LAYOUT_ANSWERS_HPP
#define SIPCODES_TEST_LAYOUT_ANSWERS_HPP

#include <sipcodes/attributes.hpp>
#include <sipcodes/info.hpp>
#include <sipcodes/locale.hpp>

#include <array>
#include <optional>
#include <string_view>

namespace sipcodes_test {

struct layout_answers {
    // Of the int itself.
    std::optional<sipcodes::status> to_status;
    std::string_view phrase; // reason_phrase(int)
    std::optional<sipcodes::status> canonical;
    std::optional<sipcodes::status_class> class_of;
    // Of the status value the int converts to (its low 16 bits), as a cast makes it.
    bool registered;
    std::string_view status_phrase;
    sipcodes::status_class class_of_status;
    bool deprecated;
    sipcodes::status_info info;
    std::array<sipcodes::localized_texts, sipcodes::locale_count> localized;
    sipcodes::header_set required;
    sipcodes::header_set one_of;
    sipcodes::header_set recommended;
    sipcodes::action action;
};

/// The functions that read a layout's own tables, as one translation unit
/// names them. Each layout must have its own: were one name shared, the linker
/// would keep one definition and the other layout's files would run it.
struct layout_functions {
    std::optional<sipcodes::status> (*to_status)(int) noexcept;
    std::string_view (*reason_phrase)(int) noexcept;
    std::optional<sipcodes::status> (*canonical)(int) noexcept;
    bool (*is_registered)(sipcodes::status) noexcept;
    bool (*is_deprecated)(sipcodes::status) noexcept;
    sipcodes::status_info (*info)(sipcodes::status) noexcept;
    sipcodes::header_set (*required_headers)(sipcodes::status) noexcept;
    sipcodes::action (*action_of)(sipcodes::status) noexcept;
};

// One pair per layout, each defined by the build of layout_answers.cpp that
// uses it: a program whose two files picked the same layout does not link.
layout_answers compact_answers(int code);
layout_functions compact_functions();
layout_answers dense_answers(int code);
layout_functions dense_functions();

} // namespace sipcodes_test

#endif
