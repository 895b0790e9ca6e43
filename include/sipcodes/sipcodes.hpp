// sipcodes/sipcodes.hpp: the whole sipcodes API in one include.
//
// Firmware that needs only code -> phrase and class can include status.hpp
// instead; unused tables and texts cost no flash either way, only compile time.
// Stream output is apart, in io.hpp (it pulls in <ostream>).

#ifndef SIPCODES_HPP
#define SIPCODES_HPP

#include "status.hpp"      // status, status_class, to_status, reason_phrase, class_of, canonical, is_*
#include "attributes.hpp"  // header, action, required_headers, requires_header, action_of
#include "info.hpp"        // info(): description, when, fix, references, RFC sections
#include "locale.hpp"      // locale, to_locale, label, localized
#include "compare.hpp"     // compare, comparison_traits, preferred_response, best_response, upstream_status
#include "page.hpp"        // comparison_page, render_comparison, max_page_size
#include "status_line.hpp" // parse_status_line, format_status_line
#include "method.hpp"      // method, to_method, can_answer, impact_on_dialog
#include "warning.hpp"     // warn_code, to_warn_code, warn_text, parse_warning, format_warning
#include "q850.hpp"        // q850, to_q850, q850_name, status_for_q850, q850_for_status (RFC 3398)
#include "reason.hpp"      // reason_value, parse_reason, format_reason (RFC 3326)

#endif // SIPCODES_HPP
