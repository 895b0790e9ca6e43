// Must not compile: a value made by a cast is not a registered code.
#include <sipcodes/sipcodes.hpp>

constexpr bool same =
    sipcodes::comparison_traits<static_cast<sipcodes::status>(499), sipcodes::status::ok>::same_class;

int main()
{
    return same ? 0 : 1;
}
