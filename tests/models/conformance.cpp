// The C++ models against the AWS models: every shape of each operation's closure
// must exist in the registry with the same members, member types, requiredness,
// enum values, union alternatives and timestamp formats — and nothing more.
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
    std::string kind;  // structure, union, enum, string, integer, long, double, boolean, list, timestamp
    std::type_index self = typeid(void);
    std::vector<member_facts> members;      // structure members or union alternatives
    std::vector<std::string> enum_values;   // wire values
    std::type_index as_open_enum = typeid(void);  // how members of this enum shape are declared
    std::type_index element = typeid(void);       // list element
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

/// botocore's model of the service an operation of operations.json belongs to.
rapidjson::Document service_model(const char* operation) {
    const auto operations = load_json(AWSJOBS_TEST_DATA "/models/operations.json");
    REQUIRE_MESSAGE(operations.HasMember(operation), "operations.json lists no ", operation);
    const auto& entry = operations[operation];
    return load_json(std::string(AWSJOBS_TEST_DATA "/models/") + str(entry["service"]) + "/" +
                     str(entry["apiVersion"]) + "/service-2.json");
}

/// One operation of a service model: its closure, and every shape of it against the facts
/// of its C++ registry, listing every difference.
class conformance {
public:
    conformance(const rapidjson::Value& model, const char* operation, std::set<std::string> unions,
                std::map<std::string, type_facts> cpp)
        : model_(model), op_(model["operations"][operation]), unions_(std::move(unions)), cpp_(std::move(cpp)) {}

    /// Every shape the operation reaches from its input, output and errors, through structure
    /// members, list members and map keys and values, each once, in the order first reached.
    std::vector<std::string> closure() const {
        std::vector<std::string> order;
        std::set<std::string> seen;
        auto reach = [&](const rapidjson::Value& reference) {
            const std::string name = str(reference["shape"]);
            if (seen.insert(name).second) order.push_back(name);
        };
        reach(op_["input"]);
        reach(op_["output"]);
        if (op_.HasMember("errors"))
            for (const auto& error : op_["errors"].GetArray()) reach(error);
        for (std::size_t i = 0; i != order.size(); ++i) {
            const auto& shape = shape_named(order[i]);
            if (shape.HasMember("members"))
                for (auto m = shape["members"].MemberBegin(); m != shape["members"].MemberEnd(); ++m) reach(m->value);
            for (const char* part : {"member", "key", "value"})
                if (shape.HasMember(part)) reach(shape[part]);
        }
        return order;
    }

    /// The operation's error shapes, in the model's order.
    std::vector<std::string> errors() const {
        std::vector<std::string> names;
        if (op_.HasMember("errors"))
            for (const auto& error : op_["errors"].GetArray()) names.push_back(str(error["shape"]));
        return names;
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
        } else if (type == "string" && shape.HasMember("enum")) {
            std::vector<std::string> values;
            for (const auto& v : shape["enum"].GetArray()) values.push_back(str(v));
            if (facts.kind != "enum" || facts.enum_values != values) report(name, "enum values differ");
        } else if (type == "timestamp") {
            const std::string format = timestamp_format(shape, nullptr);
            if (facts.kind != "timestamp" || facts.timestamp_format != format)
                report(name, "is not a timestamp of format " + format);
        } else if (facts.kind != type) {  // string, integer, long, double, boolean; map has no C++ kind
            report(name, "is a " + facts.kind + " in C++, a " + type + " in the model");
        }
    }

    const rapidjson::Value& model_;
    const rapidjson::Value& op_;
    std::set<std::string> unions_;
    std::map<std::string, type_facts> cpp_;
    std::vector<std::string> problems_;
};

std::set<std::string> unions_of(const char* operation) {
    const auto unions_doc = load_json(AWSJOBS_TEST_DATA "/models/unions.json");
    std::set<std::string> unions;
    for (const auto& u : unions_doc[operation].GetArray()) unions.insert(str(u));
    return unions;
}

template <class Registry, class ErrorCode>
void check_operation(const char* operation) {
    const auto model = service_model(operation);
    REQUIRE_MESSAGE(model["operations"].HasMember(operation), "the service model has no operation ", operation);
    const auto cpp = registry_facts<Registry>();
    conformance check(model, operation, unions_of(operation), cpp);
    CHECK(check.closure().size() == cpp.size());
    const auto problems = check.problems();
    CHECK_MESSAGE(problems.empty(), join(problems));

    std::vector<std::string> codes;
    for (auto name : jd::enum_info<ErrorCode>::names) codes.emplace_back(name);
    CHECK(codes == check.errors());
}

}  // namespace

TEST_CASE("importexport::GetStatus conforms to the AWS model") {
    check_operation<awsjobs::importexport::shapes, awsjobs::importexport::GetStatusErrorCode>("GetStatus");
}

TEST_CASE("dataexchange::GetJob conforms to the AWS model") {
    check_operation<awsjobs::dataexchange::shapes, awsjobs::dataexchange::GetJobErrorCode>("GetJob");
}

TEST_CASE("sesv2::GetImportJob conforms to the AWS model") {
    check_operation<awsjobs::sesv2::shapes, awsjobs::sesv2::GetImportJobErrorCode>("GetImportJob");
}

TEST_CASE("the closure is computed from the model: members, list members, map keys and values, errors") {
    rapidjson::Document model;
    model.Parse(R"({"metadata": {"protocol": "rest-json"},
        "operations": {"Op": {"input": {"shape": "In"}, "output": {"shape": "Out"},
                              "errors": [{"shape": "Oops"}, {"shape": "In"}]}},
        "shapes": {"In": {"type": "structure", "members": {"Tags": {"shape": "TagMap"}, "Ids": {"shape": "IdList"}}},
                   "Out": {"type": "structure", "members": {"Again": {"shape": "In"}}},
                   "Oops": {"type": "structure", "members": {}},
                   "TagMap": {"type": "map", "key": {"shape": "TagKey"}, "value": {"shape": "TagValue"}},
                   "IdList": {"type": "list", "member": {"shape": "Id"}},
                   "TagKey": {"type": "string"}, "TagValue": {"type": "string"}, "Id": {"type": "string"},
                   "Unreached": {"type": "string"}}})");
    REQUIRE_FALSE(model.HasParseError());
    const conformance check(model, "Op", {}, {});
    const std::vector<std::string> expected = {"In", "Out", "Oops", "TagMap", "IdList", "TagKey", "TagValue", "Id"};
    CHECK(check.closure() == expected);
    CHECK(check.errors() == std::vector<std::string>{"Oops", "In"});
}

TEST_CASE("the conformance check notices every kind of divergence") {
    auto model = service_model("GetImportJob");
    auto& alloc = model.GetAllocator();
    auto& shapes = model["shapes"];
    // A renamed member, a member no longer required, a new enum value, a union that is no
    // longer one, a new error shape, and a timestamp format changed.
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

    const auto problems = conformance(model, "GetImportJob", {}, registry_facts<awsjobs::sesv2::shapes>()).problems();
    // In the closure's order; the members of shape Timestamp take its new format too.
    const std::vector<std::string> expected = {
        "GetImportJobResponse.CreatedTimestamp: has an incompatible C++ type",
        "GetImportJobResponse.CompletedTimestamp: has an incompatible C++ type",
        "ConcurrentModificationException: no C++ type is registered for it",
        "ImportDestination: is a union in C++, a structure in the model",
        "ImportDataSource.S3Url: requiredness differs",
        "FailureInfo: members differ",
        "JobStatus: enum values differ",
        "Timestamp: is not a timestamp of format iso8601",
    };
    CHECK_MESSAGE(problems == expected, join(problems));
}
