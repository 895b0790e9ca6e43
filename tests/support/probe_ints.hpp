// The ints every int-taking function is checked on: -1000..2000 (both sides of
// 100..699 and of every table's edges), the extremes, and numbers whose low 16
// bits are a code (a truncation to the enum's width would make them one).
#ifndef SIPCODES_TEST_PROBE_INTS_HPP
#define SIPCODES_TEST_PROBE_INTS_HPP

#include <climits>
#include <vector>

namespace sipcodes_test {

inline std::vector<int> probe_ints()
{
    std::vector<int> ints;
    for (int c = -1000; c <= 2000; ++c) {
        ints.push_back(c);
    }
    for (const int c : {INT_MIN, INT_MIN + 1, INT_MAX - 1, INT_MAX, 65535, 65536, 65536 + 430}) {
        ints.push_back(c);
    }
    return ints;
}

} // namespace sipcodes_test

#endif // SIPCODES_TEST_PROBE_INTS_HPP
