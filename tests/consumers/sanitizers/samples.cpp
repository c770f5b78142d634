// Reads every sample response of tests/data/samples, writes it back and reads that again,
// under AddressSanitizer and UndefinedBehaviorSanitizer. Each text is parsed in place in a
// heap buffer that ends with its NUL, at each of 16 alignments, so that a read past the NUL
// (as RapidJSON's SIMD scanning does) is a heap-buffer-overflow.
#include <awsjobs/dataexchange.hpp>
#include <awsjobs/json.hpp>
#include <awsjobs/sesv2.hpp>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace {

namespace json = awsjobs::json;
namespace dx = awsjobs::dataexchange;
namespace ses = awsjobs::sesv2;

int failures = 0;

void fail(const std::string& what) {
    std::cerr << "FAILED: " << what << '\n';
    ++failures;
}

// Any JSON text: every member is unknown, so the reader skips all of it.
struct anything {
    bool operator==(const anything&) const = default;
};
BOOST_DESCRIBE_STRUCT(anything, (), ())

/// `text` in a heap buffer of its own that ends right after its NUL, `shift` bytes in.
class exact_buffer {
public:
    exact_buffer(const std::string& text, std::size_t shift)
        : storage_(new char[shift + text.size() + 1]), data_(storage_.get() + shift), size_(text.size()) {
        std::memcpy(data_, text.data(), text.size());
        data_[size_] = '\0';
    }
    char* data() const { return data_; }
    std::size_t size() const { return size_; }

private:
    std::unique_ptr<char[]> storage_;
    char* data_;
    std::size_t size_;
};

// Reads `text` as T (in place, in exact buffers) and as Owning; writes both back: the same
// JSON, which reads back to the same value. False if the text does not parse.
template <class View, class Owning>
bool round_trip(const std::string& name, const std::string& text) {
    std::string written;
    for (std::size_t shift = 0; shift != 16; ++shift) {
        exact_buffer buffer(text, shift);
        const awsjobs::result<View> view = json::parse_in_place<View>(buffer.data(), buffer.size());
        if (!view) return false;
        const awsjobs::result<std::string> again = json::write(*view);
        if (!again) fail(name + ": the view does not write");
        else if (shift == 0) written = *again;
        else if (*again != written) fail(name + ": written differently at another alignment");
    }
    const auto owning = json::parse<Owning>(std::string_view(text));
    if (!owning) {
        fail(name + ": parses as a view but not owning");
        return true;
    }
    const awsjobs::result<std::string> from_owning = json::write(*owning);
    if (!from_owning || *from_owning != written) fail(name + ": owning and view write different JSON");
    exact_buffer reread(written, 0);
    const awsjobs::result<Owning> back = json::parse_in_place<Owning>(reread.data(), reread.size());
    if (!back || !(*back == *owning)) fail(name + ": what was written does not read back to the same value");
    return true;
}

}  // namespace

int main() {
    std::size_t count = 0;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(AWSJOBS_SAMPLES))
        if (entry.path().filename() != "README.md") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        const std::string name = path.filename().string();
        const bool is_json = path.extension() == ".json";
        bool parsed;
        if (name.starts_with("dataexchange-"))
            parsed = round_trip<dx::view::GetJobResponse, dx::GetJobResponse>(name, text);
        else if (name.find("get-import-job") != std::string::npos)
            parsed = round_trip<ses::view::GetImportJobResponse, ses::GetImportJobResponse>(name, text);
        else
            parsed = round_trip<anything, anything>(name, text);
        // The JSON samples parse; the others (XML, the AWS CLI's text output, a list with a
        // missing quote) are refused cleanly.
        if (parsed != is_json) fail(name + (is_json ? ": does not parse" : ": parses, but is not JSON"));
        ++count;
    }
    if (count < 9) fail("only " + std::to_string(count) + " samples found in " AWSJOBS_SAMPLES " (there are 9)");
    if (failures != 0) return 1;
    std::cout << count << " samples read and written back under the sanitizers\n";
    return 0;
}
