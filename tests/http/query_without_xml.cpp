// Without <awsjobs/protocol/xml.hpp>, a query operation's response functions do not compile,
// and the error names the header: the http_query_without_xml test builds this and expects it.
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol.hpp>

int main() {
    const auto outcome = awsjobs::protocol::read_response<awsjobs::importexport::GetStatus>({});
    return outcome ? 0 : 1;
}
