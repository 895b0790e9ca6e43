// Baseline for compile_time.sh: the standard headers sipcodes' core needs.
#include <string_view>

int main(int argc, char**)
{
    return static_cast<int>(std::string_view("x").size()) + argc;
}
