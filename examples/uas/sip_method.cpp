#include "sip_method.hpp"

namespace sipcodes_uas {

namespace {

constexpr std::string_view method_names[method_count] = {
    "ACK", "BYE", "CANCEL", "INFO", "INVITE", "MESSAGE", "NOTIFY",
    "OPTIONS", "PRACK", "PUBLISH", "REFER", "REGISTER", "SUBSCRIBE", "UPDATE",
};

} // namespace

std::string_view method_name(method m) noexcept
{
    return index_of(m) < method_count ? method_names[index_of(m)] : std::string_view{};
}

std::optional<method> method_of(std::string_view name) noexcept
{
    for (std::size_t i = 0; i < method_count; ++i) {
        if (name == method_names[i]) {
            return static_cast<method>(i);
        }
    }
    return std::nullopt;
}

} // namespace sipcodes_uas
