// Must not compile: comparison_traits takes statuses, not plain numbers.
#include <sipcodes/sipcodes.hpp>

constexpr bool same = sipcodes::comparison_traits<430, 404>::same_class;

int main()
{
    return same ? 0 : 1;
}
