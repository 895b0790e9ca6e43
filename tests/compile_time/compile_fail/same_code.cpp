// Must not compile: a comparison needs two different codes.
#include <sipcodes/sipcodes.hpp>

constexpr bool same = sipcodes::comparison_traits<sipcodes::status::ok, sipcodes::status::ok>::same_class;

int main()
{
    return same ? 0 : 1;
}
