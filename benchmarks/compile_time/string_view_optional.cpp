// Baseline for compile_time.sh: the standard headers sipcodes' core needs.
#include <optional>
#include <string_view>

int main(int argc, char**)
{
    return static_cast<int>(std::string_view("x").size()) + std::optional<int>(argc).value_or(0);
}
