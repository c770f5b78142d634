// Reads a Data Exchange GetJob response (a file, or standard input) and reacts to
// each kind of job through std::visit over its Details.
//
//   example_get_job tests/data/samples/dataexchange-adx-userguide-job-resource.json
//   aws dataexchange get-job --job-id ... | example_get_job
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace dx = awsjobs::dataexchange;
namespace json = awsjobs::json;

namespace {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
// C++20 deduces this from the aggregate initialisation; clang before 17 does not
// implement that (P1816), so the C++17 guide stays.
template <class... F>
overloaded(F...) -> overloaded<F...>;

std::string read_all(std::istream& in) { return {std::istreambuf_iterator<char>(in), {}}; }

// Optional members are printed as "-" when the response leaves them out.
template <class T>
std::string_view or_dash(const std::optional<T>& text) {
    return text ? std::string_view(*text) : std::string_view("-");
}
template <class E, class S>
std::string_view or_dash(const std::optional<awsjobs::open_enum<E, S>>& value) {
    return value ? value->wire_name() : std::string_view("-");
}

std::string when(const std::optional<awsjobs::iso8601_timestamp>& t) { return t ? awsjobs::to_iso8601(*t) : std::string("-"); }

void describe_details(const dx::view::ResponseDetails& details) {
    std::visit(
        overloaded{
            [](const dx::view::ImportAssetsFromS3ResponseDetails& d) {
                std::cout << "  imports " << (d.AssetSources ? d.AssetSources->size() : 0) << " S3 object(s) into data set "
                          << or_dash(d.DataSetId) << ", revision " << or_dash(d.RevisionId) << '\n';
                if (d.AssetSources)
                    for (const auto& source : *d.AssetSources)
                        std::cout << "    s3://" << or_dash(source.Bucket) << '/' << or_dash(source.Key) << '\n';
            },
            [](const dx::view::ImportAssetFromSignedUrlResponseDetails& d) {
                std::cout << "  imports asset " << or_dash(d.AssetName) << " from a signed URL\n";
            },
            [](const dx::view::ExportAssetsToS3ResponseDetails& d) {
                std::cout << "  exports " << (d.AssetDestinations ? d.AssetDestinations->size() : 0) << " asset(s) to S3\n";
            },
            [](const dx::view::ExportAssetToSignedUrlResponseDetails& d) {
                std::cout << "  exports asset " << or_dash(d.AssetId) << " to a signed URL\n";
            },
            [](const dx::view::ExportRevisionsToS3ResponseDetails& d) {
                std::cout << "  exports " << (d.RevisionDestinations ? d.RevisionDestinations->size() : 0)
                          << " revision(s) to S3\n";
            },
            [](const dx::view::ImportAssetsFromRedshiftDataSharesResponseDetails& d) {
                std::cout << "  imports " << (d.AssetSources ? d.AssetSources->size() : 0) << " Redshift datashare(s)\n";
            },
            [](const dx::view::ImportAssetFromApiGatewayApiResponseDetails& d) {
                std::cout << "  imports API " << or_dash(d.ApiId) << " (stage " << or_dash(d.Stage) << ")\n";
            },
            [](const dx::view::CreateS3DataAccessFromS3BucketResponseDetails& d) {
                std::cout << "  grants S3 data access to bucket "
                          << (d.AssetSource ? or_dash(d.AssetSource->Bucket) : std::string_view("-")) << '\n';
            },
            [](const dx::view::ImportAssetsFromLakeFormationTagPolicyResponseDetails& d) {
                std::cout << "  imports Lake Formation tag policy of catalog " << or_dash(d.CatalogId) << '\n';
            },
            [](const awsjobs::no_alternative&) { std::cout << "  (no details)\n"; },
            [](const awsjobs::unknown_alternative& d) {
                std::cout << "  details of a kind this build does not know: " << d.key << " = " << d.json << '\n';
            },
        },
        details);
}

}  // namespace

int main(int argc, char** argv) {
    std::string body;
    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            std::cerr << "cannot open " << argv[1] << '\n';
            return 2;
        }
        body = read_all(in);
    } else {
        body = read_all(std::cin);
    }

    // The document owns the text; the view:: types point into it, with no copies.
    const auto job = json::parse<dx::view::GetJobResponse>(std::move(body));
    if (!job) {
        std::cerr << "not a GetJob response: " << job.error() << '\n';
        return 1;
    }

    std::cout << "job " << or_dash(job->Id) << " (" << or_dash(job->Type) << ") is " << or_dash(job->State) << '\n'
              << "  created " << when(job->CreatedAt) << ", updated " << when(job->UpdatedAt) << '\n';
    if (job->State == dx::State::COMPLETED) std::cout << "  finished successfully\n";
    if (job->State && !job->State->is_known()) std::cout << "  (a state this build does not know)\n";
    if (job->Details) describe_details(*job->Details);
    if (job->Errors)
        for (const auto& error : *job->Errors)
            std::cout << "  error " << or_dash(error.Code) << ": " << or_dash(error.Message) << '\n';
    for (const auto& missing : awsjobs::check_required(*job)) std::cout << "  note: " << missing.message << " at " << missing.path << '\n';
    return 0;
}
