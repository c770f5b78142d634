// This program's own configuration of RapidJSON, the same in each of its translation units:
// std::string support, and RapidJSON's SSE2 scanning where the target has it (awsjobs turns
// neither on).
#ifndef USER_RAPIDJSON_HPP
#define USER_RAPIDJSON_HPP

#define RAPIDJSON_HAS_STDSTRING 1
#if defined(__SSE2__)
#define RAPIDJSON_SSE2
#endif
#include <rapidjson/document.h>

#endif
