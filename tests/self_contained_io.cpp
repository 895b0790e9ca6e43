// io.hpp compiles on its own, as the first and only include.
#include <sipcodes/io.hpp>

#include <sstream>

namespace sipcodes_test {
std::string printed(sipcodes::status s)
{
    std::ostringstream os;
    os << s;
    return os.str();
}
} // namespace sipcodes_test
