#include "driver.hpp"

#include "allocations.hpp"
#include "corpus.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

#include <time.h>

namespace awsjobs_bench {
namespace {

using value = std::variant<dx::GetJobResponse, ses::GetImportJobResponse>;

/// The in-situ kernels' own cost of copying each document into their buffer,
/// timed alone so that it can be subtracted.
bool copy_only(const document& doc, std::string& scratch) {
    scratch.assign(doc.text);
    benchmark::DoNotOptimize(scratch.data());
    benchmark::ClobberMemory();
    return true;
}
constexpr parse_kernel copy_kernel{"baseline", "copy", true, &copy_only, nullptr, nullptr};

std::string name_of(std::string_view what, const corpus& c, std::string_view library, std::string_view variant) {
    std::string name(what);
    for (std::string_view part : {std::string_view(c.name), library, variant}) (name += '/') += part;
    return name;
}

std::string buffer_for(const corpus& c) {
    std::string scratch;
    scratch.reserve(c.largest + 1);
    return scratch;
}

[[noreturn]] void fail(const std::string& what) { throw std::runtime_error(what); }

std::string_view write_one(const write_kernel& k, const value& v, std::string& scratch) {
    if (const auto* job = std::get_if<dx::GetJobResponse>(&v)) return k.get_job(*job, scratch);
    return k.get_import_job(std::get<ses::GetImportJobResponse>(v), scratch);
}

bool parse_one(const parse_kernel& k, const document& doc, std::string& scratch, value& out) {
    if (doc.op == operation::get_job) return k.get_job(doc, scratch, out.emplace<dx::GetJobResponse>());
    return k.get_import_job(doc, scratch, out.emplace<ses::GetImportJobResponse>());
}

/// Everything measured once, before timing: the reference values, allocations
/// per document, and the writers' output size.
struct measured {
    std::vector<value> values;
    std::vector<double> parse_allocations;  // per kernel, per document
    std::vector<double> write_allocations;
    std::vector<double> same_bytes;         // per writer: share of documents written exactly as the first writer does
    std::size_t written_bytes = 0;          // by the first writer
    zero_copy_counts zero_copy;             // totals over the corpus
};

double per_document(std::size_t count, const corpus& c) {
    return static_cast<double>(count) / static_cast<double>(c.documents.size());
}

measured check(const suite& s, const std::vector<parse_kernel>& parsers, const corpus& c) {
    measured m;
    std::string scratch = buffer_for(c);
    const auto where = [&](std::string_view library, std::string_view variant, std::size_t i) {
        return std::string(library) + "/" + std::string(variant) + " on corpus " + c.name + ", document " + std::to_string(i);
    };

    if (s.reference) {
        m.values.resize(c.documents.size());
        for (std::size_t i = 0; i != c.documents.size(); ++i)
            if (!parse_one(*s.reference, c.documents[i], scratch, m.values[i]))
                fail("the reference failed to parse " + where(s.reference->library, s.reference->variant, i));
    }

    for (const parse_kernel& k : parsers) {
        const std::size_t before = allocations();
        for (std::size_t i = 0; i != c.documents.size(); ++i)
            if (!k.run(c.documents[i], scratch)) fail("parse failed: " + where(k.library, k.variant, i));
        m.parse_allocations.push_back(per_document(allocations() - before, c));

        if (!k.get_job || !s.reference) continue;
        value result;
        for (std::size_t i = 0; i != c.documents.size(); ++i)
            if (!parse_one(k, c.documents[i], scratch, result) || result != m.values[i])
                fail("result differs from the reference: " + where(k.library, k.variant, i));
    }

    if (s.zero_copy) {
        for (std::size_t i = 0; i != c.documents.size(); ++i) {
            const zero_copy_counts expected = s.census(c.documents[i]);
            const std::size_t before = allocations();
            s.zero_copy->run(c.documents[i], scratch);
            const std::size_t made = allocations() - before;
            if (made != expected.list_allocations)
                fail("zero-copy parse made " + std::to_string(made) + " allocations where its lists need " +
                     std::to_string(expected.list_allocations) + ": " + where(s.zero_copy->library, s.zero_copy->variant, i));
            m.zero_copy.strings += expected.strings;
            m.zero_copy.list_allocations += expected.list_allocations;
        }
    }

    for (std::size_t w = 0; w != s.writers.size(); ++w) {
        const write_kernel& k = s.writers[w];
        std::string out;
        std::string first_out;
        value back;
        std::size_t bytes = 0;
        std::size_t same = 0;
        for (std::size_t i = 0; i != c.documents.size(); ++i) {
            const std::string_view text = write_one(k, m.values[i], out);
            bytes += text.size();
            const padded_text padded(text);
            if (text.empty() || !parse_one(*s.reference, padded.as(c.documents[i].op), scratch, back) || back != m.values[i])
                fail("written text does not read back equal: " + where(k.library, k.variant, i));
            if (w == 0 || write_one(s.writers[0], m.values[i], first_out) == text) ++same;
        }
        if (w == 0) m.written_bytes = bytes;
        m.same_bytes.push_back(per_document(same, c));
        const std::size_t before = allocations();
        for (std::size_t i = 0; i != c.documents.size(); ++i) write_one(k, m.values[i], out);
        m.write_allocations.push_back(per_document(allocations() - before, c));
    }
    return m;
}

void set_rates(benchmark::State& state, const corpus& c, std::size_t bytes) {
    const auto iterations = static_cast<double>(state.iterations());
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
    state.counters["docs"] = benchmark::Counter(iterations * static_cast<double>(c.documents.size()), benchmark::Counter::kIsRate);
    state.counters["bytes"] = static_cast<double>(bytes);  // per iteration: MB/s from any aggregate of the time
}

void time_parse(benchmark::State& state, const parse_kernel& k, const corpus& c) {
    std::string scratch = buffer_for(c);
    for (auto _ : state)
        for (const document& doc : c.documents)
            if (!k.run(doc, scratch)) {
                state.SkipWithError("parse failed");
                return;
            }
    set_rates(state, c, c.bytes);
}

void time_write(benchmark::State& state, const write_kernel& k, const corpus& c, const std::vector<value>& values,
                std::size_t bytes) {
    std::string scratch;
    for (auto _ : state)
        for (const value& v : values) benchmark::DoNotOptimize(write_one(k, v, scratch));
    set_rates(state, c, bytes);
}

[[gnu::noinline]] bool profile_passes(const parse_kernel& k, const corpus& c, long passes) {
    std::string scratch = buffer_for(c);
    for (long p = 0; p != passes; ++p)
        for (const document& doc : c.documents)
            if (!k.run(doc, scratch)) return false;
    return true;
}

[[gnu::noinline]] bool profile_passes(const write_kernel& k, const std::vector<value>& values, long passes) {
    std::string scratch;
    for (long p = 0; p != passes; ++p)
        for (const value& v : values)
            if (write_one(k, v, scratch).empty()) return false;
    return true;
}

int profile(const suite& s, const std::vector<parse_kernel>& parsers, const std::vector<corpus>& corpora,
            std::string_view name, long passes) {
    for (const corpus& c : corpora) {
        for (const parse_kernel& k : parsers)
            if (name_of("parse", c, k.library, k.variant) == name) return profile_passes(k, c, passes) ? 0 : 1;
        for (const write_kernel& k : s.writers) {
            if (name_of("write", c, k.library, k.variant) != name) continue;
            std::vector<value> values(c.documents.size());
            std::string scratch = buffer_for(c);
            for (std::size_t i = 0; i != c.documents.size(); ++i)
                if (!parse_one(*s.reference, c.documents[i], scratch, values[i])) return 1;
            return profile_passes(k, values, passes) ? 0 : 1;
        }
    }
    std::fprintf(stderr, "no benchmark named %.*s\n", static_cast<int>(name.size()), name.data());
    return 2;
}

// ---- in-process A/B of two writers or two parse kernels ----

// CPU time of this thread: what other processes take of the machine is not counted.
double thread_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double seconds_writing(const write_kernel& k, const std::vector<value>& values, long passes, std::string& scratch) {
    const double start = thread_seconds();
    for (long p = 0; p != passes; ++p)
        for (const value& v : values) benchmark::DoNotOptimize(write_one(k, v, scratch));
    return thread_seconds() - start;
}

const write_kernel* writer_named(const suite& s, std::string_view name) {
    for (const write_kernel& k : s.writers)
        if (std::string(k.library) + "/" + std::string(k.variant) == name) return &k;
    return nullptr;
}

double seconds_parsing(const parse_kernel& k, const corpus& c, long passes, std::string& scratch) {
    const double start = thread_seconds();
    for (long p = 0; p != passes; ++p)
        for (const document& doc : c.documents) benchmark::DoNotOptimize(k.run(doc, scratch));
    return thread_seconds() - start;
}

const parse_kernel* parser_named(const std::vector<parse_kernel>& parsers, std::string_view name) {
    for (const parse_kernel& k : parsers)
        if (std::string(k.library) + "/" + std::string(k.variant) == name) return &k;
    return nullptr;
}

double median_of(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// Times A and B (`time_a(passes)`: seconds for `passes` passes over one corpus) in
/// alternating rounds and prints the median, lowest and highest of the per-round ratios
/// time(B) / time(A): above 1, A is faster. A round is five turns of A then B (B then A in
/// odd rounds), each turn as many passes as take A about 10 ms of this thread's CPU time,
/// and each kernel's time in the round is its fastest turn: on a machine shared with other
/// work, time spent preempted is not counted, and what the load leaves behind (caches,
/// frequency) affects both kernels of one round alike. It also prints each kernel's median
/// time per pass, which shows when the machine was slower than usual: its other tenants can
/// slow one kernel more than the other (benchmarks/RESULTS.md, issue 21).
///
/// When A or B parses in situ (`copies_a`, `copies_b`), it copies each document into its
/// buffer before parsing it, which a caller parsing the body it just received does not; each
/// turn then also times that copy alone (`time_copy`), and two more columns follow: the median
/// ratio net of the copy, (time(B) - copy) / (time(A) - copy) for the kernels that make one,
/// as the suite's tables count in-situ kernels (report.py), and the copy's ms per pass.
template <class TimeA, class TimeB, class TimeCopy>
void alternate(const std::string& corpus_name, TimeA time_a, TimeB time_b, long rounds, TimeCopy time_copy,
               bool copies_a, bool copies_b) {
    const bool copies = copies_a || copies_b;
    long passes = 1;
    while (time_a(passes) < 0.01) passes *= 2;
    std::vector<double> ratios, net_ratios, pass_a, pass_b, pass_copy;
    for (long r = 0; r != rounds; ++r) {
        double ta = 1e300, tb = 1e300, tc = 1e300;
        for (int turn = 0; turn != 5; ++turn) {
            if (r % 2 == 0) {
                ta = std::min(ta, time_a(passes));
                tb = std::min(tb, time_b(passes));
            } else {
                tb = std::min(tb, time_b(passes));
                ta = std::min(ta, time_a(passes));
            }
            if (copies) tc = std::min(tc, time_copy(passes));
        }
        ratios.push_back(tb / ta);
        pass_a.push_back(ta / static_cast<double>(passes));
        pass_b.push_back(tb / static_cast<double>(passes));
        if (copies) {
            net_ratios.push_back((copies_b ? tb - tc : tb) / (copies_a ? ta - tc : ta));
            pass_copy.push_back(tc / static_cast<double>(passes));
        }
    }
    const auto [lowest, highest] = std::minmax_element(ratios.begin(), ratios.end());
    std::printf("%s,%.3f,%.3f,%.3f,%ld,%.4g,%.4g", corpus_name.c_str(), median_of(ratios), *lowest, *highest, rounds,
                median_of(pass_a) * 1e3, median_of(pass_b) * 1e3);
    if (copies) std::printf(",%.3f,%.4g", median_of(net_ratios), median_of(pass_copy) * 1e3);
    std::printf("\n");
    std::fflush(stdout);
}

/// Times two writers, or two parse kernels (each `run` over the corpus's documents), A
/// against B on every corpus (see `alternate`).
int ab(const suite& s, const std::vector<parse_kernel>& parsers, const std::vector<corpus>& corpora,
       const std::vector<measured>& results, std::string_view names, long rounds) {
    const std::size_t comma = names.find(',');
    const std::string_view name_a = names.substr(0, comma);
    const std::string_view name_b = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
    const write_kernel* a = writer_named(s, name_a);
    const write_kernel* b = writer_named(s, name_b);
    const parse_kernel* pa = parser_named(parsers, name_a);
    const parse_kernel* pb = parser_named(parsers, name_b);
    if (!(a && b) && !(pa && pb)) {
        std::fprintf(stderr, "--ab=LIBRARY/VARIANT,LIBRARY/VARIANT names two write kernels or two parse kernels\n");
        return 2;
    }
    // The copy kernel itself is in situ, but is all copy.
    auto copies_first = [](const parse_kernel& k) { return k.in_situ && k.run != copy_kernel.run; };
    const bool copies = pa && pb && (copies_first(*pa) || copies_first(*pb));
    std::printf("corpus,median B/A,lowest,highest,rounds,A ms per pass,B ms per pass%s (A = %.*s, B = %.*s; time "
                "ratios, above 1: A faster)\n",
                copies ? ",median B/A net of the in-situ copy,copy ms per pass" : "", static_cast<int>(name_a.size()),
                name_a.data(), static_cast<int>(name_b.size()), name_b.data());
    for (std::size_t ci = 0; ci != corpora.size(); ++ci) {
        const corpus& c = corpora[ci];
        std::string scratch_a = buffer_for(c), scratch_b = buffer_for(c);  // each kernel's own, reused
        if (a && b) {
            const std::vector<value>& values = results[ci].values;
            alternate(
                c.name, [&](long passes) { return seconds_writing(*a, values, passes, scratch_a); },
                [&](long passes) { return seconds_writing(*b, values, passes, scratch_b); }, rounds,
                [](long) { return 0.0; }, false, false);
        } else {
            std::string scratch_copy = buffer_for(c);
            alternate(
                c.name, [&](long passes) { return seconds_parsing(*pa, c, passes, scratch_a); },
                [&](long passes) { return seconds_parsing(*pb, c, passes, scratch_b); }, rounds,
                [&](long passes) { return seconds_parsing(copy_kernel, c, passes, scratch_copy); }, copies_first(*pa),
                copies_first(*pb));
        }
    }
    return 0;
}

}  // namespace

int run(int argc, char** argv, const suite& s, const char* default_corpus) {
    benchmark::Initialize(&argc, argv);
    std::string directory = default_corpus;
    std::optional<std::string> profile_name;
    std::optional<std::string> ab_names;
    long passes = 1;
    long rounds = 9;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg.starts_with("--corpus="))
            directory = arg.substr(9);
        else if (arg.starts_with("--profile="))
            profile_name = arg.substr(10);
        else if (arg.starts_with("--passes="))
            passes = std::strtol(argv[i] + 9, nullptr, 10);
        else if (arg.starts_with("--ab="))
            ab_names = arg.substr(5);
        else if (arg.starts_with("--rounds="))
            rounds = std::max(1L, std::strtol(argv[i] + 9, nullptr, 10));
        else {
            std::fprintf(stderr, "unknown argument %s (see benchmarks/README.md)\n", argv[i]);
            return 2;
        }
    }

    std::vector<parse_kernel> parsers{copy_kernel};
    parsers.insert(parsers.end(), s.parsers.begin(), s.parsers.end());

    try {
        // Kept alive until the benchmarks have run: they refer to these.
        static std::vector<corpus> corpora;
        static std::vector<measured> results;
        corpora = load_corpora(directory);
        if (profile_name) return profile(s, parsers, corpora, *profile_name, passes);

        std::size_t documents = 0;
        for (const corpus& c : corpora) {
            results.push_back(check(s, parsers, c));
            documents += c.documents.size();
        }
        std::fprintf(stderr, "checked %zu parse and %zu write kernels on %zu documents: all equal to %s/%s\n",
                     parsers.size(), s.writers.size(), documents, s.reference ? s.reference->library.data() : "-",
                     s.reference ? s.reference->variant.data() : "-");
        if (ab_names) return ab(s, parsers, corpora, results, *ab_names, rounds);

        for (std::size_t ci = 0; ci != corpora.size(); ++ci) {
            const corpus& c = corpora[ci];
            const measured& m = results[ci];
            for (std::size_t ki = 0; ki != parsers.size(); ++ki) {
                const parse_kernel& k = parsers[ki];
                auto* b = benchmark::RegisterBenchmark(name_of("parse", c, k.library, k.variant).c_str(),
                                                       [&k, &c, &m, ki, &s](benchmark::State& state) {
                                                           time_parse(state, k, c);
                                                           state.counters["allocs/doc"] = m.parse_allocations[ki];
                                                           if (s.zero_copy && k.run == s.zero_copy->run) {
                                                               state.counters["strings/doc"] = per_document(m.zero_copy.strings, c);
                                                               state.counters["list_allocs/doc"] =
                                                                   per_document(m.zero_copy.list_allocations, c);
                                                           }
                                                       });
                b->Unit(benchmark::kMillisecond);
            }
            for (std::size_t ki = 0; ki != s.writers.size(); ++ki) {
                const write_kernel& k = s.writers[ki];
                auto* b = benchmark::RegisterBenchmark(name_of("write", c, k.library, k.variant).c_str(),
                                                       [&k, &c, &m, ki](benchmark::State& state) {
                                                           time_write(state, k, c, m.values, m.written_bytes);
                                                           state.counters["allocs/doc"] = m.write_allocations[ki];
                                                           state.counters["same_bytes"] = m.same_bytes[ki];
                                                       });
                b->Unit(benchmark::kMillisecond);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace awsjobs_bench
