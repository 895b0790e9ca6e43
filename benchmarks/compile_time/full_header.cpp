// compile_time.sh: the whole API, texts included.
#include <sipcodes/sipcodes.hpp>

int main(int argc, char**)
{
    return static_cast<int>(sipcodes::info(sipcodes::to_status(argc + 429).value_or(sipcodes::status::ok)).description.size());
}
