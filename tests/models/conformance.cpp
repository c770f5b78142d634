// The C++ models against the AWS models: every shape of the closures of a service's
// operations must exist in the registry with the same members, member types,
// requiredness, enum values, union alternatives, map keys and values and timestamp
// formats — and nothing more; each operation's struct has the model's input, output
// (awsjobs::no_output where the model names none), error codes and response code.
//
// The oracle is botocore's service-2.json itself, read here: this test computes each
// operation's closure, requiredness and timestamp formats on its own, so that a
// generator (scripts/generate.py) that misreads the model cannot agree with itself.
// Its only other inputs are hand-edited: which operations awsjobs models
// (tests/data/models/operations.json) and which structures are unions (unions.json).
#include <awsjobs/awsjobs.hpp>
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <boost/mp11/algorithm.hpp>

#include <concepts>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <typeindex>
#include <vector>

namespace json = awsjobs::json;
namespace jd = awsjobs::json::detail;

namespace {

// ---- what reflection says about a C++ type ---------------------------------

struct member_facts {
    std::string name;
    bool required = false;
    std::type_index type = typeid(void);  // the member's type without optional<>/required<>
};

struct type_facts {
    std::string kind;  // structure, union, enum, string, integer, long, double, boolean, list, map, timestamp
    std::type_index self = typeid(void);
    std::vector<member_facts> members;      // structure members or union alternatives
    std::vector<std::string> enum_values;   // wire values
    std::type_index as_open_enum = typeid(void);  // how members of this enum shape are declared
    std::type_index element = typeid(void);       // list element, map value
    std::type_index key = typeid(void);           // map key
    std::string timestamp_format;                 // iso8601 or unixTimestamp
};

template <class T>
struct unwrap {
    using type = T;
};
template <class T>
struct unwrap<std::optional<T>> {
    using type = T;
};
template <class T>
struct unwrap<awsjobs::required<T>> {
    using type = T;
};

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

template <awsjobs::timestamp_format F>
std::string format_name(awsjobs::timestamp<F>*) {
    return F == awsjobs::timestamp_format::iso8601 ? "iso8601" : "unixTimestamp";
}

template <class T>
type_facts describe_type() {
    static_assert(std::equality_comparable<T>, "every model type supports operator==");
    type_facts facts;
    facts.self = typeid(T);
    if constexpr (awsjobs::is_one_of<T>::value) {
        facts.kind = "union";
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<T::keys.size()>>([&](auto I) {
            using Alt = std::variant_alternative_t<I + 1, typename T::variant_type>;
            facts.members.push_back({std::string(T::keys[I]), false, typeid(Alt)});
        });
    } else if constexpr (jd::described_struct<T>) {
        facts.kind = "structure";
        using info = jd::struct_info<T>;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
            using D = boost::mp11::mp_at_c<typename info::members, I>;
            using M = std::remove_cvref_t<decltype(std::declval<T&>().*D::pointer)>;
            facts.members.push_back({std::string(info::keys[I]), awsjobs::is_required<M>::value, typeid(typename unwrap<M>::type)});
        });
    } else if constexpr (jd::described_enum<T>) {
        facts.kind = "enum";
        for (auto name : jd::enum_info<T>::names) facts.enum_values.emplace_back(name);
        facts.as_open_enum = typeid(awsjobs::open_enum<T, std::string>);
    } else if constexpr (std::is_same_v<T, std::string>) {
        facts.kind = "string";
    } else if constexpr (std::is_same_v<T, std::int32_t>) {
        facts.kind = "integer";
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
        facts.kind = "long";
    } else if constexpr (std::is_same_v<T, double>) {
        facts.kind = "double";
    } else if constexpr (std::is_same_v<T, bool>) {
        facts.kind = "boolean";
    } else if constexpr (is_vector<T>::value) {
        facts.kind = "list";
        facts.element = typeid(typename T::value_type);
    } else if constexpr (awsjobs::is_map<T>::value) {
        facts.kind = "map";
        facts.key = typeid(typename T::key_type);
        facts.element = typeid(typename T::mapped_type);
    } else if constexpr (awsjobs::is_timestamp<T>::value) {
        facts.kind = "timestamp";
        facts.timestamp_format = format_name(static_cast<T*>(nullptr));
    } else {
        static_assert(sizeof(T) == 0, "a registry entry of a kind the conformance test does not know");
    }
    return facts;
}

template <class Registry>
std::map<std::string, type_facts> registry_facts() {
    std::map<std::string, type_facts> all;
    boost::mp11::mp_for_each<Registry>([&](auto entry) {
        using E = decltype(entry);
        const bool first = all.emplace(std::string(E::name), describe_type<typename E::type>()).second;
        CHECK_MESSAGE(first, "shape registered twice: ", E::name);
    });
    return all;
}

// ---- what the AWS model says ------------------------------------------------

rapidjson::Document load_json(const std::string& path) {
    std::ifstream in(path);
    REQUIRE_MESSAGE(in, "cannot open ", path);
    std::stringstream text;
    text << in.rdbuf();
    rapidjson::Document doc;
    doc.Parse(text.str().c_str());
    REQUIRE_MESSAGE(!doc.HasParseError(), path, ": not JSON");
    return doc;
}

std::string str(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += item + "\n";
    return text;
}

/// The operations operations.json lists for a service, and botocore's model of that service.
struct service_models {
    std::vector<std::string> operations;
    rapidjson::Document model;
};

service_models service_model(const char* service) {
    const auto operations = load_json(AWSJOBS_TEST_DATA "/models/operations.json");
    REQUIRE_MESSAGE(operations.HasMember(service), "operations.json lists no service ", service);
    const auto& entry = operations[service];
    service_models found;
    for (const auto& name : entry["operations"].GetArray()) found.operations.push_back(str(name));
    found.model = load_json(std::string(AWSJOBS_TEST_DATA "/models/") + service + "/" + str(entry["apiVersion"]) +
                            "/service-2.json");
    return found;
}

/// Some operations of a service model: the union of their closures, and every shape of it
/// against the facts of the service's C++ registry, listing every difference.
class conformance {
public:
    conformance(const rapidjson::Value& model, std::vector<std::string> operations, std::set<std::string> unions,
                std::map<std::string, type_facts> cpp)
        : model_(model), operations_(std::move(operations)), unions_(std::move(unions)), cpp_(std::move(cpp)) {
        for (const auto& name : operations_)
            REQUIRE_MESSAGE(model_["operations"].HasMember(name.c_str()), "the service model has no operation ", name);
    }

    /// Every shape the operations reach from their inputs, outputs (where they have one) and
    /// errors, through structure members, list members and map keys and values, each once, in
    /// the order first reached.
    std::vector<std::string> closure() const {
        std::vector<std::string> order;
        std::set<std::string> seen;
        auto reach = [&](const rapidjson::Value& reference) {
            const std::string name = str(reference["shape"]);
            if (seen.insert(name).second) order.push_back(name);
        };
        for (const auto& operation : operations_) {
            const auto& op = model_["operations"][operation.c_str()];
            reach(op["input"]);
            if (op.HasMember("output")) reach(op["output"]);
            if (op.HasMember("errors"))
                for (const auto& error : op["errors"].GetArray()) reach(error);
        }
        for (std::size_t i = 0; i != order.size(); ++i) {
            const auto& shape = shape_named(order[i]);
            if (shape.HasMember("members"))
                for (auto m = shape["members"].MemberBegin(); m != shape["members"].MemberEnd(); ++m) reach(m->value);
            for (const char* part : {"member", "key", "value"})
                if (shape.HasMember(part)) reach(shape[part]);
        }
        return order;
    }

    /// An operation's error shapes, in the model's order.
    std::vector<std::string> errors(const std::string& operation) const {
        const auto& op = model_["operations"][operation.c_str()];
        std::vector<std::string> names;
        if (op.HasMember("errors"))
            for (const auto& error : op["errors"].GetArray()) names.push_back(str(error["shape"]));
        return names;
    }

    /// An operation's input shape, and its output shape or "" where the model names none.
    std::string input(const std::string& operation) const {
        return str(model_["operations"][operation.c_str()]["input"]["shape"]);
    }
    std::string output(const std::string& operation) const {
        const auto& op = model_["operations"][operation.c_str()];
        return op.HasMember("output") ? str(op["output"]["shape"]) : std::string();
    }

    /// The model's `http.responseCode`, 200 where it has none.
    int response_code(const std::string& operation) const {
        const auto& http = model_["operations"][operation.c_str()]["http"];
        return http.HasMember("responseCode") ? http["responseCode"].GetInt() : 200;
    }

    /// The C++ type registered for a shape; typeid(void) where there is none.
    std::type_index registered(const std::string& shape) const {
        const auto found = cpp_.find(shape);
        return found == cpp_.end() ? std::type_index(typeid(void)) : found->second.self;
    }

    std::vector<std::string> problems() {
        problems_.clear();
        const auto model_names = closure();
        for (const auto& name : model_names) {
            const auto found = cpp_.find(name);
            if (found == cpp_.end())
                report(name, "no C++ type is registered for it");
            else
                check_shape(name, shape_named(name), found->second);
        }
        const std::set<std::string> in_closure(model_names.begin(), model_names.end());
        for (const auto& [name, facts] : cpp_)
            if (in_closure.count(name) == 0) report(name, "is registered but not in the model's closure");
        return problems_;
    }

private:
    void report(const std::string& shape, const std::string& what) { problems_.push_back(shape + ": " + what); }

    const rapidjson::Value& shape_named(const std::string& name) const {
        const auto& shapes = model_["shapes"];
        REQUIRE_MESSAGE(shapes.HasMember(name.c_str()), "the model refers to a shape it lacks: ", name);
        return shapes[name.c_str()];
    }

    // The protocol's default, where the model sets no timestampFormat.
    std::string default_timestamp_format() const {
        return str(model_["metadata"]["protocol"]) == "query" ? "iso8601" : "unixTimestamp";
    }

    // A timestamp's format: the member's (or list member's), else the shape's, else the protocol's.
    std::string timestamp_format(const rapidjson::Value& shape, const rapidjson::Value* reference) const {
        if (reference && reference->HasMember("timestampFormat")) return str((*reference)["timestampFormat"]);
        if (shape.HasMember("timestampFormat")) return str(shape["timestampFormat"]);
        return default_timestamp_format();
    }

    // The C++ type a member (or list element) referring to a shape must have.
    std::optional<std::type_index> expected_type(const rapidjson::Value& reference) const {
        const std::string shape_name = str(reference["shape"]);
        const auto& shape = shape_named(shape_name);
        const std::string type = str(shape["type"]);
        const auto found = cpp_.find(shape_name);
        if (found == cpp_.end()) return std::nullopt;
        if (type == "string" && shape.HasMember("enum")) return found->second.as_open_enum;
        if (type == "timestamp")
            return timestamp_format(shape, &reference) == "iso8601" ? std::type_index(typeid(awsjobs::iso8601_timestamp))
                                                                     : std::type_index(typeid(awsjobs::epoch_timestamp));
        return found->second.self;
    }

    static bool is_required(const rapidjson::Value& shape, const std::string& member) {
        if (!shape.HasMember("required")) return false;
        for (const auto& name : shape["required"].GetArray())
            if (str(name) == member) return true;
        return false;
    }

    void check_shape(const std::string& name, const rapidjson::Value& shape, const type_facts& facts) {
        const std::string type = str(shape["type"]);
        if (type == "structure") {
            const std::string kind = unions_.count(name) ? "union" : "structure";
            if (facts.kind != kind) report(name, "is a " + facts.kind + " in C++, a " + kind + " in the model");
            if (shape.HasMember("union") && shape["union"].GetBool() && kind != "union")
                report(name, "the model marks it a union: add it to unions.json");
            const auto& members = shape["members"];
            std::vector<std::string> model_members;
            for (auto m = members.MemberBegin(); m != members.MemberEnd(); ++m) model_members.push_back(str(m->name));
            std::vector<std::string> cpp_members;
            for (const auto& m : facts.members) cpp_members.push_back(m.name);
            if (cpp_members != model_members) report(name, "members differ");
            for (const auto& m : facts.members) {
                if (!members.HasMember(m.name.c_str())) continue;
                const auto& reference = members[m.name.c_str()];
                if (m.required != is_required(shape, m.name)) report(name + "." + m.name, "requiredness differs");
                const auto expected = expected_type(reference);
                if (!expected || m.type != *expected) report(name + "." + m.name, "has an incompatible C++ type");
            }
        } else if (type == "list") {
            const auto expected = expected_type(shape["member"]);
            if (facts.kind != "list" || !expected || facts.element != *expected)
                report(name, "is not a vector of its member shape's type");
        } else if (type == "map") {
            const auto key = expected_type(shape["key"]);
            const auto value = expected_type(shape["value"]);
            if (facts.kind != "map" || !key || facts.key != *key || !value || facts.element != *value)
                report(name, "is not an awsjobs::map of its key and value shapes' types");
        } else if (type == "string" && shape.HasMember("enum")) {
            std::vector<std::string> values;
            for (const auto& v : shape["enum"].GetArray()) values.push_back(str(v));
            if (facts.kind != "enum" || facts.enum_values != values) report(name, "enum values differ");
        } else if (type == "timestamp") {
            const std::string format = timestamp_format(shape, nullptr);
            if (facts.kind != "timestamp" || facts.timestamp_format != format)
                report(name, "is not a timestamp of format " + format);
        } else if (facts.kind != type) {  // string, integer, long, double, boolean
            report(name, "is a " + facts.kind + " in C++, a " + type + " in the model");
        }
    }

    const rapidjson::Value& model_;
    std::vector<std::string> operations_;
    std::set<std::string> unions_;
    std::map<std::string, type_facts> cpp_;
    std::vector<std::string> problems_;
};

std::set<std::string> unions_of(const char* service) {
    const auto unions_doc = load_json(AWSJOBS_TEST_DATA "/models/unions.json");
    REQUIRE_MESSAGE(unions_doc.HasMember(service), "unions.json lists no service ", service);
    std::set<std::string> unions;
    for (const auto& u : unions_doc[service].GetArray()) unions.insert(str(u));
    return unions;
}

/// Every shape of the service's registry against the model, and each operation struct Op
/// (in operations.json's order) against its operation: name, input, output, errors, status.
template <class Registry, class... Ops>
void check_service(const char* service) {
    const auto [operations, model] = service_model(service);
    const auto cpp = registry_facts<Registry>();
    const conformance check(model, operations, unions_of(service), cpp);
    CHECK(check.closure().size() == cpp.size());
    const auto problems = conformance(check).problems();
    CHECK_MESSAGE(problems.empty(), join(problems));

    const std::vector<std::string> cpp_operations = {std::string(Ops::binding.name)...};
    REQUIRE(cpp_operations == operations);
    (
        [&] {
            const std::string name(Ops::binding.name);
            const std::string where = std::string(service) + "." + name;
            INFO(where);
            CHECK(std::type_index(typeid(typename Ops::template input<>)) == check.registered(check.input(name)));
            const auto output = check.output(name);
            if (output.empty())
                CHECK(std::is_same_v<typename Ops::template output<>, awsjobs::no_output>);
            else
                CHECK(std::type_index(typeid(typename Ops::template output<>)) == check.registered(output));
            std::vector<std::string> codes;
            for (auto code : jd::enum_info<typename Ops::error::code_type>::names) codes.emplace_back(code);
            CHECK(codes == check.errors(name));
            CHECK(Ops::binding.response_code == check.response_code(name));
        }(),
        ...);
}

}  // namespace

TEST_CASE("importexport's job operations conform to the AWS model") {
    namespace ie = awsjobs::importexport;
    check_service<ie::shapes, ie::CreateJob, ie::GetStatus, ie::ListJobs, ie::CancelJob, ie::UpdateJob,
                  ie::GetShippingLabel>("importexport");
}

TEST_CASE("dataexchange's job operations conform to the AWS model") {
    namespace dx = awsjobs::dataexchange;
    check_service<dx::shapes, dx::CreateJob, dx::StartJob, dx::GetJob, dx::ListJobs, dx::CancelJob>("dataexchange");
}

TEST_CASE("sesv2's job operations conform to the AWS model") {
    namespace ses = awsjobs::sesv2;
    check_service<ses::shapes, ses::CreateImportJob, ses::GetImportJob, ses::ListImportJobs, ses::CreateExportJob,
                  ses::GetExportJob, ses::ListExportJobs, ses::CancelExportJob>("sesv2");
}

TEST_CASE("the service structs keep the Get operations' names") {
    // Users of the first release name these; the union of closures must not rename them.
    CHECK(std::is_same_v<awsjobs::dataexchange::GetJob::error, awsjobs::dataexchange::GetJobError>);
    CHECK(std::is_same_v<awsjobs::dataexchange::GetJobError::code_type, awsjobs::dataexchange::GetJobErrorCode>);
    CHECK(std::is_same_v<awsjobs::sesv2::GetImportJob::output<>, awsjobs::sesv2::GetImportJobResponse>);
    CHECK(std::is_same_v<awsjobs::importexport::GetStatus::error::code_type,
                         awsjobs::importexport::GetStatusErrorCode>);
}

// json::parse of a type that keeps nothing of its text drops the text before it returns: every
// shape of the owning flavour must count as such (else each parse keeps a copy for nothing), and
// the view flavour must not (else its string_views would dangle).
template <class Shape>
using owns_its_text = std::bool_constant<awsjobs::detail::owns_text_v<typename Shape::type>>;
static_assert(boost::mp11::mp_all_of<awsjobs::dataexchange::shapes, owns_its_text>::value);
static_assert(boost::mp11::mp_all_of<awsjobs::sesv2::shapes, owns_its_text>::value);
static_assert(boost::mp11::mp_all_of<awsjobs::importexport::shapes, owns_its_text>::value);
static_assert(awsjobs::detail::owns_text_v<awsjobs::dataexchange::pmr::GetJobResponse>);
static_assert(!awsjobs::detail::owns_text_v<awsjobs::dataexchange::view::GetJobResponse>);
static_assert(!awsjobs::detail::owns_text_v<awsjobs::sesv2::view::CreateExportJobRequest>);
static_assert(!awsjobs::detail::owns_text_v<awsjobs::importexport::view::ListJobsOutput>);

TEST_CASE("the closure is computed from the model: members, list members, map keys and values, errors") {
    rapidjson::Document model;
    model.Parse(R"({"metadata": {"protocol": "rest-json"},
        "operations": {"Op": {"input": {"shape": "In"}, "output": {"shape": "Out"},
                              "errors": [{"shape": "Oops"}, {"shape": "In"}]},
                       "Cancel": {"input": {"shape": "CancelIn"}}},
        "shapes": {"In": {"type": "structure", "members": {"Tags": {"shape": "TagMap"}, "Ids": {"shape": "IdList"}}},
                   "Out": {"type": "structure", "members": {"Again": {"shape": "In"}}},
                   "Oops": {"type": "structure", "members": {}},
                   "TagMap": {"type": "map", "key": {"shape": "TagKey"}, "value": {"shape": "TagValue"}},
                   "IdList": {"type": "list", "member": {"shape": "Id"}},
                   "TagKey": {"type": "string"}, "TagValue": {"type": "string"}, "Id": {"type": "string"},
                   "Unreached": {"type": "string"},
                   "CancelIn": {"type": "structure", "members": {"Id": {"shape": "Id"}, "Why": {"shape": "Reason"}}},
                   "Reason": {"type": "string"}}})");
    REQUIRE_FALSE(model.HasParseError());
    const conformance check(model, {"Op"}, {}, {});
    const std::vector<std::string> expected = {"In", "Out", "Oops", "TagMap", "IdList", "TagKey", "TagValue", "Id"};
    CHECK(check.closure() == expected);
    CHECK(check.errors("Op") == std::vector<std::string>{"Oops", "In"});
    // A second operation, without output, adds only what it reaches beyond the first's closure.
    const conformance both(model, {"Op", "Cancel"}, {}, {});
    const std::vector<std::string> union_of_both = {"In",    "Out", "Oops",   "CancelIn", "TagMap",
                                                    "IdList", "Id", "Reason", "TagKey",   "TagValue"};
    CHECK(both.closure() == union_of_both);
    CHECK(both.output("Cancel").empty());
}

TEST_CASE("the conformance check notices every kind of divergence") {
    auto [operations, model] = service_model("sesv2");
    auto& alloc = model.GetAllocator();
    auto& shapes = model["shapes"];
    // A renamed member, a member no longer required, a new enum value, a union that is no
    // longer one (ImportDestination: left out of the unions), a new error shape, a timestamp
    // format changed, and a map's value shape changed.
    auto& failure = shapes["FailureInfo"]["members"];
    failure.RemoveMember("ErrorMessage");
    rapidjson::Value renamed(rapidjson::kObjectType);
    renamed.AddMember("shape", "ErrorMessage", alloc);
    failure.AddMember("ErrorText", renamed, alloc);
    auto& required = shapes["ImportDataSource"]["required"];
    for (auto it = required.Begin(); it != required.End(); ++it)
        if (str(*it) == "S3Url") {
            required.Erase(it);
            break;
        }
    shapes["JobStatus"]["enum"].PushBack("PAUSED", alloc);
    rapidjson::Value brand_new(rapidjson::kObjectType);
    brand_new.AddMember("type", "structure", alloc).AddMember("members", rapidjson::Value(rapidjson::kObjectType), alloc);
    shapes.AddMember("ConcurrentModificationException", brand_new, alloc);
    rapidjson::Value new_error(rapidjson::kObjectType);
    new_error.AddMember("shape", "ConcurrentModificationException", alloc);
    model["operations"]["GetImportJob"]["errors"].PushBack(new_error, alloc);
    shapes["Timestamp"].AddMember("timestampFormat", "iso8601", alloc);
    // A map whose values became single strings.
    shapes["ExportDimensions"]["value"]["shape"].SetString("MetricDimensionValue", alloc);

    const auto problems =
        conformance(model, operations, {"ExportDataSource"}, registry_facts<awsjobs::sesv2::shapes>()).problems();
    // In the closure's order; the members of shape Timestamp take its new format too; the list
    // that was the map's value is no longer reached.
    const std::vector<std::string> expected = {
        "GetImportJobResponse.CreatedTimestamp: has an incompatible C++ type",
        "GetImportJobResponse.CompletedTimestamp: has an incompatible C++ type",
        "ConcurrentModificationException: no C++ type is registered for it",
        "GetExportJobResponse.CreatedTimestamp: has an incompatible C++ type",
        "GetExportJobResponse.CompletedTimestamp: has an incompatible C++ type",
        "ImportDestination: is a union in C++, a structure in the model",
        "ImportDataSource.S3Url: requiredness differs",
        "FailureInfo: members differ",
        "JobStatus: enum values differ",
        "Timestamp: is not a timestamp of format iso8601",
        "ImportJobSummary.CreatedTimestamp: has an incompatible C++ type",
        "MetricsDataSource.StartDate: has an incompatible C++ type",
        "MetricsDataSource.EndDate: has an incompatible C++ type",
        "MessageInsightsDataSource.StartDate: has an incompatible C++ type",
        "MessageInsightsDataSource.EndDate: has an incompatible C++ type",
        "ExportJobSummary.CreatedTimestamp: has an incompatible C++ type",
        "ExportJobSummary.CompletedTimestamp: has an incompatible C++ type",
        "ExportDimensions: is not an awsjobs::map of its key and value shapes' types",
        "ExportDimensionValue: is registered but not in the model's closure",
    };
    CHECK_MESSAGE(problems == expected, join(problems));
}
