// The shape registry of GetImportJob: every shape name of the model's closure, and the C++ type for it.
// Structure shapes map to their struct, enum shapes to their enum, the others to the
// C++ type the codec uses for them.
#ifndef AWSJOBS_SESV2_REGISTRY_HPP
#define AWSJOBS_SESV2_REGISTRY_HPP

#include <awsjobs/sesv2/shapes.hpp>
#include <awsjobs/shape.hpp>

#include <boost/mp11/list.hpp>

namespace awsjobs::sesv2 {

using shapes = boost::mp11::mp_list<
    shape<"GetImportJobRequest", GetImportJobRequest>,
    shape<"GetImportJobResponse", GetImportJobResponse>,
    shape<"BadRequestException", BadRequestException>,
    shape<"NotFoundException", NotFoundException>,
    shape<"TooManyRequestsException", TooManyRequestsException>,
    shape<"JobId", std::string>,
    shape<"ImportDestination", ImportDestination>,
    shape<"ImportDataSource", ImportDataSource>,
    shape<"FailureInfo", FailureInfo>,
    shape<"JobStatus", JobStatus>,
    shape<"Timestamp", json::epoch_timestamp>,
    shape<"ProcessedRecordsCount", std::int32_t>,
    shape<"FailedRecordsCount", std::int32_t>,
    shape<"SuppressionListDestination", SuppressionListDestination>,
    shape<"ContactListDestination", ContactListDestination>,
    shape<"S3Url", std::string>,
    shape<"DataFormat", DataFormat>,
    shape<"FailedRecordsS3Url", std::string>,
    shape<"ErrorMessage", std::string>,
    shape<"SuppressionListImportAction", SuppressionListImportAction>,
    shape<"ContactListName", std::string>,
    shape<"ContactListImportAction", ContactListImportAction>>;

}  // namespace awsjobs::sesv2

#endif
