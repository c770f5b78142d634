// The shape registry of GetStatus: every shape name of the model's closure, and the C++ type for it.
// Structure shapes map to their struct, enum shapes to their enum, the others to the
// C++ type the codec uses for them.
#ifndef AWSJOBS_IMPORTEXPORT_REGISTRY_HPP
#define AWSJOBS_IMPORTEXPORT_REGISTRY_HPP

#include <awsjobs/importexport/shapes.hpp>
#include <awsjobs/shape.hpp>

#include <boost/mp11/list.hpp>

namespace awsjobs::importexport {

using shapes = boost::mp11::mp_list<
    shape<"GetStatusInput", GetStatusInput>,
    shape<"GetStatusOutput", GetStatusOutput>,
    shape<"InvalidJobIdException", InvalidJobIdException>,
    shape<"ExpiredJobIdException", ExpiredJobIdException>,
    shape<"CanceledJobIdException", CanceledJobIdException>,
    shape<"InvalidAccessKeyIdException", InvalidAccessKeyIdException>,
    shape<"InvalidVersionException", InvalidVersionException>,
    shape<"JobId", std::string>,
    shape<"APIVersion", std::string>,
    shape<"JobType", JobType>,
    shape<"LocationCode", std::string>,
    shape<"LocationMessage", std::string>,
    shape<"ProgressCode", std::string>,
    shape<"ProgressMessage", std::string>,
    shape<"Carrier", std::string>,
    shape<"TrackingNumber", std::string>,
    shape<"LogBucket", std::string>,
    shape<"LogKey", std::string>,
    shape<"ErrorCount", std::int32_t>,
    shape<"Signature", std::string>,
    shape<"CurrentManifest", std::string>,
    shape<"CreationDate", json::iso8601_timestamp>,
    shape<"ArtifactList", std::vector<Artifact>>,
    shape<"ErrorMessage", std::string>,
    shape<"Artifact", Artifact>,
    shape<"Description", std::string>,
    shape<"URL", std::string>>;

}  // namespace awsjobs::importexport

#endif
