// compile_time.sh: the firmware header (codes, phrases, classes).
#include <sipcodes/status.hpp>

int main(int argc, char**)
{
    return static_cast<int>(sipcodes::reason_phrase(sipcodes::to_status(argc + 429).value_or(sipcodes::status::ok)).size());
}
