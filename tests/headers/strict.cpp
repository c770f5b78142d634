// Compiled with the strict warning sets of tests/headers/CMakeLists.txt and -Werror: every
// public header, and a parse and a write of every response type, owning and zero-copy, so that
// the codec's templates are instantiated for each. Run, it checks that what was parsed is
// written back unchanged, whichever way it was read or written.
#include "all_headers.hpp"

#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory_resource>
#include <sstream>
#include <string>
#include <string_view>

namespace {

namespace json = awsjobs::json;

int failures = 0;

void expect(bool ok, std::string_view what) {
    if (!ok) {
        std::fprintf(stderr, "FAILED: %.*s\n", static_cast<int>(what.size()), what.data());
        ++failures;
    }
}

std::string sample(const char* name) {
    std::ifstream in(std::string(AWSJOBS_TEST_DATA) + "/samples/" + name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `text` read as Owning (a copy) and as View (in place), written back from both, to a string
// and to a stream: the same JSON each time, and it reads back to the same value.
template <class Owning, class View>
void round_trip(const std::string& text, std::string_view what) {
    const auto owning = json::parse<Owning>(std::string_view(text));
    expect(owning.has_value(), what);
    std::string buffer = text;
    const awsjobs::result<View> view = json::parse_in_place<View>(buffer);
    expect(view.has_value(), what);
    if (!owning || !view) return;

    const awsjobs::result<std::string> written = json::write(*owning);
    const awsjobs::result<std::string> written_from_view = json::write(*view);
    std::ostringstream stream;
    const awsjobs::result<void> streamed = json::write(*view, stream);
    expect(written && written_from_view && streamed, what);
    if (!written || !written_from_view || !streamed) return;
    expect(*written == *written_from_view && *written == stream.str(), what);

    const auto again = json::parse<Owning>(std::string_view(*written));
    expect(again.has_value() && *again == *owning, what);
    expect(awsjobs::check_required(*owning).size() == awsjobs::check_required(*view).size(), what);
}

#if AWSJOBS_TEST_XML
// GetStatus as the query protocol sends it: `value` written as XML, read back owning and as a
// view (in place), and the view written again: the same value and the same XML.
template <class Owning, class View>
void xml_round_trip(const Owning& value, std::string_view what) {
    namespace xml = awsjobs::xml;
    const awsjobs::xml::element_path at{"GetStatusResult"};
    const awsjobs::result<std::string> written = xml::write(value, at);
    expect(written.has_value(), what);
    if (!written) return;
    const auto owning = xml::parse<Owning>(std::string_view(*written), at);
    expect(owning.has_value() && *owning == value, what);
    std::string buffer = *written;
    const awsjobs::result<View> view = xml::parse_in_place<View>(buffer, at);
    expect(view.has_value(), what);
    if (!view) return;
    const awsjobs::result<std::string> again = xml::write(*view, at);
    expect(again && *again == *written, what);
}
#endif

// An error response read into the operation's typed error, and its details written out.
template <class ServiceError>
void error_response(std::string_view error_type, std::string_view body, std::string_view what) {
    const ServiceError error = awsjobs::protocol::read_service_error<ServiceError>(400, error_type, body);
    expect(error.code.is_known() && error.message == "no such job", what);
}

}  // namespace

int main() {
    namespace dx = awsjobs::dataexchange;
    namespace ses = awsjobs::sesv2;
    namespace ie = awsjobs::importexport;

    round_trip<dx::GetJobResponse, dx::view::GetJobResponse>(sample("dataexchange-adx-userguide-job-resource.json"),
                                                             "dataexchange GetJobResponse");
    round_trip<ses::GetImportJobResponse, ses::view::GetImportJobResponse>(
        sample("sesv2-ses-devguide-2020-get-import-job.json"), "sesv2 GetImportJobResponse");
    // The values of `aws importexport get-status` in tests/data/samples, as JSON.
    const std::string get_status =
        R"({"JobId":"EX1ID","JobType":"Import","LocationCode":"Pending","ProgressCode":"Pending",)"
        R"("ErrorCount":0,"CreationDate":"2015-05-27T18:58:21Z",)"
        R"("ArtifactList":[{"Description":"label","URL":"http://example.com/EX1ID"}]})";
    round_trip<ie::GetStatusOutput, ie::view::GetStatusOutput>(get_status, "importexport GetStatusOutput");
#if AWSJOBS_TEST_XML
    const auto status = json::parse<ie::GetStatusOutput>(std::string_view(get_status));
    expect(status.has_value(), "importexport GetStatusOutput as JSON");
    if (status) xml_round_trip<ie::GetStatusOutput, ie::view::GetStatusOutput>(*status, "importexport GetStatusOutput as XML");
#endif

    error_response<dx::GetJobError>("ResourceNotFoundException", R"({"message":"no such job"})",
                                    "dataexchange GetJobError");
    error_response<ses::GetImportJobError>("NotFoundException", R"({"message":"no such job"})",
                                           "sesv2 GetImportJobError");
    error_response<ie::GetStatusError>("InvalidJobIdException", R"({"message":"no such job"})",
                                       "importexport GetStatusError");

    // awsjobs::arena is not a template: used here so that its code is compiled (and, in Release,
    // optimised) under the strict warnings, from the buffer into a chunk of upstream and back.
    {
        alignas(std::max_align_t) std::byte buffer[64];
        awsjobs::arena arena(buffer, sizeof buffer);
        for (int round = 0; round != 2; ++round) {
            {
                const std::pmr::string text(200, 'x', &arena);
                expect(text.size() == 200 && text.get_allocator().resource() == &arena, "awsjobs::arena");
            }
            arena.release();
        }
    }

    if (failures != 0) return 1;
    std::puts("every response type parsed and written back");
    return 0;
}
