// sipcodes: look up and compare SIP response codes from the command line
// (what it takes and prints: cli.hpp).
#include <cstdio>

#include "cli.hpp"

int main(int argc, char** argv)
{
    const int status = sipcodes_cli::run(argc, argv);
    // A full disk or a closed pipe must not pass for success.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        std::fputs("sipcodes: cannot write to standard output\n", stderr);
        return 1;
    }
    return status;
}
