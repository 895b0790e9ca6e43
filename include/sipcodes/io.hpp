// sipcodes/io.hpp: stream output for the status types (optional: it pulls in <ostream>).
//
//     std::cout << status::flow_failed;           // 430 Flow Failed
//     std::cout << status_class::client_failure;  // 4xx Client Failure
//     std::cout << method::register_;             // REGISTER
//     std::cout << dialog_impact::usage;          // usage

#ifndef SIPCODES_IO_HPP
#define SIPCODES_IO_HPP

#include <cstddef>
#include <ostream>
#include <string_view>

#include "method.hpp"
#include "status.hpp"

namespace sipcodes {
inline namespace SIPCODES_TABLES {

/// Prints "430 Flow Failed"; an unregistered value prints its number alone.
/// The number is decimal whatever the stream's flags; a width pads the whole,
/// as for any string.
inline std::ostream& operator<<(std::ostream& os, status s);

/// Prints "4xx Client Failure"; a value that is not a class prints its number
/// (decimal, like a status).
inline std::ostream& operator<<(std::ostream& os, status_class c);

/// Prints the method's name ("REGISTER"); a value that is not a method prints its number.
inline std::ostream& operator<<(std::ostream& os, method m);

/// Prints the impact's identifier ("transaction_only"); another value prints its number.
inline std::ostream& operator<<(std::ostream& os, dialog_impact i);

} // namespace SIPCODES_TABLES
} // namespace sipcodes

namespace sipcodes {
#include "impl/io.ipp" // IWYU pragma: export
} // namespace sipcodes

#endif // SIPCODES_IO_HPP
