// The sipcodes command line, apart from main() so that the program and the
// fuzzer (tests/fuzz/fuzz_cli_run.cpp) run the same code.
#ifndef SIPCODES_EXAMPLES_CLI_CLI_HPP
#define SIPCODES_EXAMPLES_CLI_CLI_HPP

namespace sipcodes_cli {

/// Runs `sipcodes argv[1] ... argv[argc-1]`:
///
///   sipcodes 430 [--lang ja] [--html]             one code's page
///   sipcodes 481 [--lang ja] --method INFO        that page, then the code as the answer to INFO
///   sipcodes --methods                            the registered request methods
///   sipcodes --q850 17                            the response a gateway sends for a Q.850 cause (RFC 3398)
///   sipcodes 302 430 [--lang ja] [--layout sections] [--html] [--texts en]
///                                                 the "302 vs 430" page (--texts en: the reference form)
///   sipcodes --site DIR                           the HTML site: DIR/index.html, DIR/<lang>/<code>.html,
///                                                 DIR/<lang>/<A>-vs-<B>.html
///   sipcodes --best 486 404 600                   the response a proxy forwards (RFC 3261 §16.7)
///   sipcodes --list                               every registered code
///
/// Pages go to stdout, which the caller flushes and checks. Bad input (an
/// unknown code, the same code twice, an unknown locale or layout) prints a
/// message on stderr and returns 2; otherwise returns 0.
[[nodiscard]] int run(int argc, char** argv);

} // namespace sipcodes_cli

#endif
