// bench.cpp: every case of cases.hpp on both inputs, in one Google Benchmark run.
// One iteration is one pass of bench::lookups_per_pass look-ups; the counter
// time_per_lookup (and items_per_second) read per look-up.
#include "cases.hpp"

#include <benchmark/benchmark.h>

#include <string>

namespace {

template <class Lookup>
void run(benchmark::State& state, const bench::input& in, Lookup lookup)
{
    for (auto _ : state) {
        for (std::size_t i = 0; i < bench::lookups_per_pass; ++i) {
            benchmark::DoNotOptimize(lookup(in, i));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<benchmark::IterationCount>(bench::lookups_per_pass));
    state.counters["time_per_lookup"] = benchmark::Counter(
        static_cast<double>(bench::lookups_per_pass),
        benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

} // namespace

int main(int argc, char** argv)
{
    static const bench::input registered(bench::input_kind::registered);
    static const bench::input uniform(bench::input_kind::uniform);

    bench::for_each_case([](const char* name, auto lookup) {
        for (const auto& [kind, in] : {std::pair{"registered", &registered}, std::pair{"uniform", &uniform}}) {
            const std::string full = std::string(name) + "/" + kind;
            benchmark::RegisterBenchmark(full.c_str(), [in = in, lookup](benchmark::State& state) {
                run(state, *in, lookup);
            });
        }
    });

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
