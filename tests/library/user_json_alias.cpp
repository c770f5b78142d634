// A user's file that names nlohmann's JSON type `json` and brings a service's namespace in, as
// many do. That compiles only if no awsjobs header injects a `json` of its own (a generated
// `namespace json = awsjobs::json;` in <service>/shapes.hpp made `json` ambiguous here).
#if __has_include(<nlohmann/json.hpp>)
#include <nlohmann/json.hpp>
#else
// Without nlohmann's header (it is a benchmark dependency only), a class of the same name
// meets the same name lookup.
namespace nlohmann {
struct json {
    static json parse(const char*) { return {}; }
    bool is_object() const { return true; }
};
}  // namespace nlohmann
#endif

#include <awsjobs/awsjobs.hpp>

#include <doctest/doctest.h>

#include <string>

using json = nlohmann::json;
using namespace awsjobs::dataexchange;

TEST_CASE("a user's `json` alias and `using namespace awsjobs::dataexchange` live together") {
    const json other = json::parse(R"({"Id":"x"})");
    CHECK(other.is_object());
    GetJobResponse job;
    job.State = State::COMPLETED;
    CHECK(awsjobs::json::write(job).value() == R"({"State":"COMPLETED"})");
}
