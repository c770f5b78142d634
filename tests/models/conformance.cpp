// The C++ models against the AWS models: every shape of each operation's closure
// must exist in the registry with the same members, member types, requiredness,
// enum values, union alternatives and timestamp formats — and nothing more.
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
    REQUIRE_FALSE(doc.HasParseError());
    return doc;
}

std::string str(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += item + "\n";
    return text;
}

/// Compares one operation's closure with the facts of its C++ registry and lists every difference.
class conformance {
public:
    conformance(const rapidjson::Value& operation, std::set<std::string> unions, std::map<std::string, type_facts> cpp)
        : op_(operation), unions_(std::move(unions)), cpp_(std::move(cpp)) {}

    std::vector<std::string> problems() {
        problems_.clear();
        const auto& shapes = op_["shapes"];
        std::set<std::string> model_names;
        for (auto it = shapes.MemberBegin(); it != shapes.MemberEnd(); ++it) {
            const std::string name = str(it->name);
            model_names.insert(name);
            const auto found = cpp_.find(name);
            if (found == cpp_.end())
                report(name, "no C++ type is registered for it");
            else
                check_shape(name, it->value, found->second);
        }
        for (const auto& [name, facts] : cpp_)
            if (model_names.count(name) == 0) report(name, "is registered but not in the model's closure");
        return problems_;
    }

private:
    void report(const std::string& shape, const std::string& what) { problems_.push_back(shape + ": " + what); }

    // The C++ type a member (or list element) referring to `shape_name` must have.
    std::optional<std::type_index> expected_type(const std::string& shape_name, const rapidjson::Value* member) const {
        const auto& shape = op_["shapes"][shape_name.c_str()];
        const std::string type = str(shape["type"]);
        const auto found = cpp_.find(shape_name);
        if (found == cpp_.end()) return std::nullopt;
        if (type == "string" && shape.HasMember("enum")) return found->second.as_open_enum;
        if (type == "timestamp" && member && member->HasMember("wireTimestampFormat")) {
            const std::string wire = str((*member)["wireTimestampFormat"]);
            return wire.rfind("iso8601", 0) == 0 ? std::type_index(typeid(awsjobs::iso8601_timestamp))
                                                 : std::type_index(typeid(awsjobs::epoch_timestamp));
        }
        return found->second.self;
    }

    // The protocol's default, where the model sets no timestampFormat.
    std::string default_timestamp_format() const {
        return str(op_["protocol"]) == "query" ? "iso8601" : "unixTimestamp";
    }

    void check_shape(const std::string& name, const rapidjson::Value& shape, const type_facts& facts) {
        const std::string type = str(shape["type"]);
        if (type == "structure") {
            const std::string kind = unions_.count(name) ? "union" : "structure";
            if (facts.kind != kind) report(name, "is a " + facts.kind + " in C++, a " + kind + " in the model");
            const auto& members = shape["members"];
            std::vector<std::string> model_members;
            for (auto m = members.MemberBegin(); m != members.MemberEnd(); ++m) model_members.push_back(str(m->name));
            std::vector<std::string> cpp_members;
            for (const auto& m : facts.members) cpp_members.push_back(m.name);
            if (cpp_members != model_members) report(name, "members differ");
            for (const auto& m : facts.members) {
                if (!members.HasMember(m.name.c_str())) continue;
                const auto& mm = members[m.name.c_str()];
                if (m.required != mm["required"].GetBool()) report(name + "." + m.name, "requiredness differs");
                const auto expected = expected_type(str(mm["shape"]), &mm);
                if (!expected || m.type != *expected) report(name + "." + m.name, "has an incompatible C++ type");
            }
        } else if (type == "list") {
            const auto expected = expected_type(str(shape["member"]["shape"]), nullptr);
            if (facts.kind != "list" || !expected || facts.element != *expected)
                report(name, "is not a vector of its member shape's type");
        } else if (type == "string" && shape.HasMember("enum")) {
            std::vector<std::string> values;
            for (const auto& v : shape["enum"].GetArray()) values.push_back(str(v));
            if (facts.kind != "enum" || facts.enum_values != values) report(name, "enum values differ");
        } else if (type == "timestamp") {
            const std::string format =
                shape.HasMember("timestampFormat") ? str(shape["timestampFormat"]) : default_timestamp_format();
            if (facts.kind != "timestamp" || facts.timestamp_format != format)
                report(name, "is not a timestamp of format " + format);
        } else if (facts.kind != type) {  // string, integer, long, double, boolean
            report(name, "is a " + facts.kind + " in C++, a " + type + " in the model");
        }
    }

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

template <class Registry>
void check_operation(const char* operation) {
    const auto closure = load_json(AWSJOBS_TEST_DATA "/models/closure.json");
    REQUIRE(closure.HasMember(operation));
    const auto cpp = registry_facts<Registry>();
    CHECK(static_cast<std::size_t>(closure[operation]["closure_size"].GetInt()) == cpp.size());
    const auto problems = conformance(closure[operation], unions_of(operation), cpp).problems();
    CHECK_MESSAGE(problems.empty(), join(problems));
}

template <class ErrorCode>
void check_error_codes(const char* operation) {
    const auto closure = load_json(AWSJOBS_TEST_DATA "/models/closure.json");
    std::vector<std::string> model;
    for (const auto& e : closure[operation]["errors"].GetArray()) model.push_back(str(e));
    std::vector<std::string> cpp;
    for (auto name : jd::enum_info<ErrorCode>::names) cpp.emplace_back(name);
    CHECK(cpp == model);
}

}  // namespace

TEST_CASE("importexport::GetStatus conforms to the AWS model") {
    check_operation<awsjobs::importexport::shapes>("GetStatus");
    check_error_codes<awsjobs::importexport::GetStatusErrorCode>("GetStatus");
}

TEST_CASE("dataexchange::GetJob conforms to the AWS model") {
    check_operation<awsjobs::dataexchange::shapes>("GetJob");
    check_error_codes<awsjobs::dataexchange::GetJobErrorCode>("GetJob");
}

TEST_CASE("sesv2::GetImportJob conforms to the AWS model") {
    check_operation<awsjobs::sesv2::shapes>("GetImportJob");
    check_error_codes<awsjobs::sesv2::GetImportJobErrorCode>("GetImportJob");
}

TEST_CASE("the conformance check notices every kind of divergence") {
    auto closure = load_json(AWSJOBS_TEST_DATA "/models/closure.json");
    auto& alloc = closure.GetAllocator();
    auto& shapes = closure["GetImportJob"]["shapes"];
    // A renamed member, a member made required, a new enum value, a union that is
    // no longer one, a new shape, and a timestamp format changed.
    auto& failure = shapes["FailureInfo"]["members"];
    failure.RemoveMember("ErrorMessage");
    rapidjson::Value renamed(rapidjson::kObjectType);
    renamed.AddMember("shape", "ErrorMessage", alloc).AddMember("type", "string", alloc).AddMember("required", false, alloc);
    failure.AddMember("ErrorText", renamed, alloc);
    shapes["ImportDataSource"]["members"]["S3Url"]["required"] = false;
    shapes["JobStatus"]["enum"].PushBack("PAUSED", alloc);
    rapidjson::Value brand_new(rapidjson::kObjectType);
    brand_new.AddMember("type", "string", alloc);
    shapes.AddMember("ContactListArn", brand_new, alloc);
    shapes["Timestamp"].AddMember("timestampFormat", "iso8601", alloc);

    const auto problems = conformance(closure["GetImportJob"], {}, registry_facts<awsjobs::sesv2::shapes>()).problems();
    const std::vector<std::string> expected = {
        "ImportDestination: is a union in C++, a structure in the model",
        "ImportDataSource.S3Url: requiredness differs",
        "FailureInfo: members differ",
        "JobStatus: enum values differ",
        "Timestamp: is not a timestamp of format iso8601",
        "ContactListArn: no C++ type is registered for it",
    };
    CHECK(problems == expected);
}
