// Without <awsjobs/protocol/query_xml.hpp>, a query operation's response functions do not
// compile, and say which header they need: the http_query_without_xml test builds this and
// expects that message.
#include <awsjobs/importexport.hpp>
#include <awsjobs/protocol.hpp>

int main() {
    const auto outcome = awsjobs::protocol::read_response<awsjobs::importexport::GetStatus>({});
    return outcome ? 0 : 1;
}
