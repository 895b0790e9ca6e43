// info.hpp compiles on its own, as the first and only include.
#include <sipcodes/info.hpp>

static_assert(!sipcodes::info(sipcodes::status::ok).description.empty());
