// status.hpp compiles on its own, as the first and only include.
#include <sipcodes/status.hpp>

static_assert(sipcodes::reason_phrase(sipcodes::status::ok) == "OK");
