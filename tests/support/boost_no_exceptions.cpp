// Boost.Test's headers build with -fno-exceptions (BOOST_NO_EXCEPTIONS) but then
// expect the program to say what a throw becomes: here, an abort, which fails
// the test run. With exceptions on, Boost defines these itself.
#include <boost/config.hpp>

#if defined(BOOST_NO_EXCEPTIONS)
#include <boost/throw_exception.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>

namespace boost {
BOOST_NORETURN void throw_exception(const std::exception& e)
{
    std::fprintf(stderr, "exception without exception support: %s\n", e.what());
    std::abort();
}
BOOST_NORETURN void throw_exception(const std::exception& e, const boost::source_location& where)
{
    std::fprintf(stderr, "%s:%u: exception without exception support: %s\n", where.file_name(),
                 static_cast<unsigned>(where.line()), e.what());
    std::abort();
}
} // namespace boost
#endif
