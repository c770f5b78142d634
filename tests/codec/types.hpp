// Described types shared by the codec tests. Nothing here is AWS-specific.
#ifndef AWSJOBS_TESTS_CODEC_TYPES_HPP
#define AWSJOBS_TESTS_CODEC_TYPES_HPP

#include <awsjobs/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace testing_types {

namespace json = awsjobs::json;

struct Ints {
    std::int8_t i8 = 0;
    std::int16_t i16 = 0;
    std::int32_t i32 = 0;
    std::int64_t i64 = 0;
    std::uint8_t u8 = 0;
    std::uint16_t u16 = 0;
    std::uint32_t u32 = 0;
    std::uint64_t u64 = 0;
    friend bool operator==(const Ints&, const Ints&) = default;
};
BOOST_DESCRIBE_STRUCT(Ints, (), (i8, i16, i32, i64, u8, u16, u32, u64))

struct Leaf {
    std::string Name;
    std::optional<std::int64_t> Size;
    friend bool operator==(const Leaf&, const Leaf&) = default;
};
BOOST_DESCRIBE_STRUCT(Leaf, (), (Name, Size))

struct Branch {
    std::vector<Leaf> Leaves;
    std::optional<Leaf> Best;
    friend bool operator==(const Branch&, const Branch&) = default;
};
BOOST_DESCRIBE_STRUCT(Branch, (), (Leaves, Best))

struct Tree {
    bool Alive = false;
    double Height = 0;
    std::optional<Branch> Trunk;
    std::optional<std::vector<std::vector<std::int32_t>>> Grid;
    friend bool operator==(const Tree&, const Tree&) = default;
};
BOOST_DESCRIBE_STRUCT(Tree, (), (Alive, Height, Trunk, Grid))

// Members inherited through BOOST_DESCRIBE_CLASS bases come first.
class Base {
public:
    std::string Id;
    friend bool operator==(const Base&, const Base&) = default;
    BOOST_DESCRIBE_CLASS(Base, (), (Id), (), ())
};
class Derived : public Base {
public:
    std::optional<std::string> Extra;
    friend bool operator==(const Derived&, const Derived&) = default;
    BOOST_DESCRIBE_CLASS(Derived, (Base), (Extra), (), ())
};

struct Views {
    std::string_view A;
    std::string_view B;
    std::optional<std::string_view> C;
    std::optional<std::vector<std::string_view>> List;
};
BOOST_DESCRIBE_STRUCT(Views, (), (A, B, C, List))

struct Owned {
    std::string A;
    std::optional<std::string> B;
    friend bool operator==(const Owned&, const Owned&) = default;
};
BOOST_DESCRIBE_STRUCT(Owned, (), (A, B))

struct Doubles {
    double d = 0;
    float f = 0;
    std::optional<std::vector<double>> many;
};
BOOST_DESCRIBE_STRUCT(Doubles, (), (d, f, many))

// Wire names that are not identifiers, or are macros on some platforms.
enum class Encryption { aws_kms, AES256 };
BOOST_DESCRIBE_ENUM(Encryption, aws_kms, AES256)
constexpr std::string_view awsjobs_enum_name(Encryption e) { return e == Encryption::aws_kms ? "aws:kms" : ""; }

enum class Phase : std::uint8_t { WAITING, IN_PROGRESS, ERROR_, COMPLETED };
BOOST_DESCRIBE_ENUM(Phase, WAITING, IN_PROGRESS, ERROR_, COMPLETED)
constexpr std::string_view awsjobs_enum_name(Phase p) { return p == Phase::ERROR_ ? "ERROR" : ""; }

enum class Limit { Assets_per_revision, Asset_size_in_GB };
BOOST_DESCRIBE_ENUM(Limit, Assets_per_revision, Asset_size_in_GB)
constexpr std::string_view awsjobs_enum_name(Limit l) {
    return l == Limit::Assets_per_revision ? "Assets per revision" : "Asset size in GB";
}

struct Enums {
    std::optional<Encryption> Closed;
    std::optional<awsjobs::open_enum<Phase>> Open;
    std::optional<awsjobs::open_enum<Limit, std::string_view>> OpenView;
    std::optional<std::vector<awsjobs::open_enum<Phase>>> Many;
    friend bool operator==(const Enums&, const Enums&) = default;
};
BOOST_DESCRIBE_STRUCT(Enums, (), (Closed, Open, OpenView, Many))

struct FromS3 {
    std::vector<Leaf> AssetSources;
    awsjobs::required<std::string> DataSetId;
    friend bool operator==(const FromS3&, const FromS3&) = default;
};
BOOST_DESCRIBE_STRUCT(FromS3, (), (AssetSources, DataSetId))

struct FromUrl {
    awsjobs::required<std::string> AssetName;
    friend bool operator==(const FromUrl&, const FromUrl&) = default;
};
BOOST_DESCRIBE_STRUCT(FromUrl, (), (AssetName))

using Details = awsjobs::one_of<awsjobs::alternative<"ImportAssetsFromS3", FromS3>,
                             awsjobs::alternative<"ImportAssetFromSignedUrl", FromUrl>,
                             awsjobs::alternative<"Keys", std::vector<std::string>>>;

struct Job {
    awsjobs::required<std::string> Id;
    std::optional<testing_types::Details> Details;  // qualified: the member reuses the type's name
    std::optional<awsjobs::iso8601_timestamp> CreatedAt;
    std::optional<awsjobs::epoch_timestamp> CompletedAt;
    friend bool operator==(const Job&, const Job&) = default;
};
BOOST_DESCRIBE_STRUCT(Job, (), (Id, Details, CreatedAt, CompletedAt))

// A key that is not an identifier, through the member-key customisation point.
struct Envelope {
    std::optional<std::string> type;
    std::optional<std::string> message;
    friend bool operator==(const Envelope&, const Envelope&) = default;
};
BOOST_DESCRIBE_STRUCT(Envelope, (), (type, message))
constexpr std::string_view awsjobs_member_name(const Envelope*, std::string_view member) {
    return member == "type" ? "__type" : member;
}

}  // namespace testing_types

#endif
