// sipcodes/impl/io.ipp: the code behind sipcodes/io.hpp, for one spec.
// Included inside a spec's namespace after <ostream> and its status and method APIs.

inline namespace SIPCODES_TABLES {

inline std::ostream& operator<<(std::ostream& os, status s)
{
    // Formatted into one buffer and streamed as one string, so that a width
    // pads the whole: up to 65535, a space, the longest phrase.
    char text[5 + 1 + detail::longest_phrase_bytes];
    auto value = static_cast<unsigned>(to_int(s));
    std::size_t size = value >= 10000 ? 5 : value >= 1000 ? 4 : value >= 100 ? 3 : value >= 10 ? 2 : 1;
    for (std::size_t i = size; i-- > 0; value /= 10) {
        text[i] = static_cast<char>('0' + value % 10);
    }
    if (const std::string_view phrase = reason_phrase(s); !phrase.empty()) {
        text[size++] = ' ';
        size += phrase.copy(text + size, phrase.size());
    }
    return os << std::string_view(text, size);
}

inline std::ostream& operator<<(std::ostream& os, status_class c)
{
    const std::string_view name = class_name(c);
    if (name.empty()) {
        return os << static_cast<status>(static_cast<unsigned>(c));
    }
    char text[4 + detail::longest_class_name_bytes]; // "4xx " and the longest class name
    text[0] = static_cast<char>('0' + static_cast<unsigned>(c));
    text[1] = 'x';
    text[2] = 'x';
    text[3] = ' ';
    const std::size_t size = 4 + name.copy(text + 4, name.size());
    return os << std::string_view(text, size);
}

inline std::ostream& operator<<(std::ostream& os, method m)
{
    const std::string_view name = method_name(m);
    return name.empty() ? os << static_cast<unsigned>(m) : os << name;
}

inline std::ostream& operator<<(std::ostream& os, dialog_impact i)
{
    const std::string_view name = dialog_impact_name(i);
    return name.empty() ? os << static_cast<unsigned>(i) : os << name;
}

} // namespace SIPCODES_TABLES
