// The floor of the stack itself, with the lightest model a reflected codec could have:
// RapidJSON's reader instantiated with a handler, Boost.Describe and the standard headers
// awsjobs' models use, and 24 described structs of 4 members of the lightest types (the
// GetJob closure has 24 structs, 87 members) walked as floor_walk.hpp does. No awsjobs header.
#include "floor_walk.hpp"

#include <rapidjson/reader.h>

#include <boost/describe/class.hpp>

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace light {
struct S24 {};
BOOST_DESCRIBE_STRUCT(S24, (), ())
#define FLOOR_LIGHT_STRUCT(N, NEXT)                           \
    struct S##N {                                              \
        NEXT Next;                                             \
        std::string_view Text;                                 \
        long Number = 0;                                       \
        std::string_view Other;                                \
    };                                                         \
    BOOST_DESCRIBE_STRUCT(S##N, (), (Next, Text, Number, Other))
FLOOR_LIGHT_STRUCT(23, S24)
FLOOR_LIGHT_STRUCT(22, S23)
FLOOR_LIGHT_STRUCT(21, S22)
FLOOR_LIGHT_STRUCT(20, S21)
FLOOR_LIGHT_STRUCT(19, S20)
FLOOR_LIGHT_STRUCT(18, S19)
FLOOR_LIGHT_STRUCT(17, S18)
FLOOR_LIGHT_STRUCT(16, S17)
FLOOR_LIGHT_STRUCT(15, S16)
FLOOR_LIGHT_STRUCT(14, S15)
FLOOR_LIGHT_STRUCT(13, S14)
FLOOR_LIGHT_STRUCT(12, S13)
FLOOR_LIGHT_STRUCT(11, S12)
FLOOR_LIGHT_STRUCT(10, S11)
FLOOR_LIGHT_STRUCT(9, S10)
FLOOR_LIGHT_STRUCT(8, S9)
FLOOR_LIGHT_STRUCT(7, S8)
FLOOR_LIGHT_STRUCT(6, S7)
FLOOR_LIGHT_STRUCT(5, S6)
FLOOR_LIGHT_STRUCT(4, S5)
FLOOR_LIGHT_STRUCT(3, S4)
FLOOR_LIGHT_STRUCT(2, S3)
FLOOR_LIGHT_STRUCT(1, S2)
FLOOR_LIGHT_STRUCT(0, S1)
#undef FLOOR_LIGHT_STRUCT
}  // namespace light

namespace {
struct counting_handler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, counting_handler> {
    std::size_t events = 0;
    bool Default() {
        ++events;
        return true;
    }
};
}  // namespace

std::size_t parse_and_walk(char* text) {
    counting_handler handler;
    rapidjson::InsituStringStream stream(text);
    rapidjson::Reader reader;
    reader.Parse<rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag>(stream, handler);
    return handler.events + floor_walk::walker<light::S0>::go();
}
