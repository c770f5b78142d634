// A program that uses the XML codec as an awsjobs user does: read an Import/Export GetStatus
// response (the query protocol's XML), write it back. The consumer projects build it where the
// package offers awsjobs::xml (find_package) or awsjobs-xml (pkg-config).
#include <awsjobs/importexport.hpp>
#include <awsjobs/xml.hpp>

#include <iostream>
#include <string>

int main() {
    namespace ie = awsjobs::importexport;
    namespace xml = awsjobs::xml;
    const xml::element_path result{"GetStatusResponse", "GetStatusResult"};
    std::string body = R"(<GetStatusResponse xmlns="http://importexport.amazonaws.com/doc/2010-06-01/">
  <GetStatusResult><JobId>EX1ID</JobId><JobType>Import</JobType><ErrorCount>0</ErrorCount>
    <CreationDate>2015-05-27T18:58:21Z</CreationDate><ArtifactList/></GetStatusResult>
  <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>
</GetStatusResponse>)";
    const auto status = xml::parse<ie::view::GetStatusOutput>(std::move(body), result);
    if (!status) {
        std::cerr << "parse failed: " << status.error() << '\n';
        return 1;
    }
    const std::string written = xml::write(*status, result).value();
    const std::string expected = "<GetStatusResponse><GetStatusResult><JobId>EX1ID</JobId><JobType>Import</JobType>"
                                 "<ErrorCount>0</ErrorCount><CreationDate>2015-05-27T18:58:21.000Z</CreationDate>"
                                 "<ArtifactList/></GetStatusResult></GetStatusResponse>";
    std::cout << "job " << *status->JobId << ": " << written.size() << " bytes of XML written back\n";
    if (written != expected) {
        std::cerr << "unexpected output: " << written << '\n';
        return 1;
    }
    return 0;
}
