// sipcodes/method.hpp: SIP request methods, and what a response code means for
// the request it answers: whether it may answer it at all, and what it does to
// the dialog the request was sent in.
//
//     static_assert(to_method("REGISTER") == method::register_);
//     static_assert(!to_method("register") && is_method_token("register"));
//     static_assert(!can_answer(status::ringing, method::bye));
//     static_assert(impact_on_dialog(status::call_transaction_does_not_exist, method::info) ==
//                   dialog_impact::usage);

#ifndef SIPCODES_METHOD_HPP
#define SIPCODES_METHOD_HPP

#include "detail/text.hpp"
#include "status.hpp"
// enum class method (ack, ..., register_, ..., update), method_count, all_methods;
// enum class dialog_impact (none, transaction_only, usage, dialog).
#include <sipcodes/generated/method.hpp>

namespace sipcodes {
inline namespace SIPCODES_TABLES {

/// The method's name on the wire: method_name(method::register_) == "REGISTER".
/// Empty for a value that is not a registered method.
[[nodiscard]] constexpr std::string_view method_name(method m) noexcept;

/// The registered method with exactly this name, or nullopt. Method names are
/// case-sensitive (RFC 3261 §7.1), so "invite" is not INVITE. nullopt means
/// "not registered", which is not "malformed": RFC 3261 §25.1 lets any token be
/// an extension method. Tell the two apart with is_method_token():
///
///     if (auto m = to_method(name)) { ... }                 // a registered method
///     else if (is_method_token(name)) { ... }               // an extension method: 501/405
///     else { ... }                                          // not a method at all: 400
[[nodiscard]] constexpr std::optional<method> to_method(std::string_view name) noexcept;

/// True if `name` can be a method at all: a non-empty RFC 3261 §25.1 token
/// (letters, digits and - . ! % * _ + ` ' ~), registered or not.
[[nodiscard]] constexpr bool is_method_token(std::string_view name) noexcept;

/// True if a response with this code is a legal answer to a request with this
/// method: no RFC restricts the code to other methods or forbids it for this
/// one. Nothing answers ACK; 18x and 199 answer only INVITE (RFC 4320 §4.1);
/// 408 only INVITE (RFC 4320 §4.2); 412 only PUBLISH; 491 INVITE and UPDATE...
/// The RFC section of each restriction is in the spec (answers_source). False
/// for an unregistered code or method value.
[[nodiscard]] constexpr bool can_answer(status s, method m) noexcept;

/// What a response with this code to a request with this method, sent inside
/// a dialog, does to the dialog and its usages (RFC 5057 §5.1, RFC 6665
/// §4.1.2.2, RFC 3261 §12.2.1.2): 404 ends the dialog, 481 the usage, 486 only
/// the transaction, a 2xx nothing. An unregistered code acts as the code
/// canonical() maps it to (RFC 3261 §8.1.3.2); a value outside 100..699 gives
/// dialog_impact::none. It does not check can_answer().
[[nodiscard]] constexpr dialog_impact impact_on_dialog(status s, method m) noexcept;

/// The impact's identifier: dialog_impact_name(dialog_impact::usage) == "usage".
[[nodiscard]] constexpr std::string_view dialog_impact_name(dialog_impact i) noexcept;

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/method.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_METHOD_HPP
