// Must not compile: a page compares two different codes.
#include <sipcodes/sipcodes.hpp>

constexpr auto page = sipcodes::comparison_page<sipcodes::status::gone, sipcodes::status::gone>();

int main()
{
    return static_cast<int>(page.size());
}
