// pugixml, as awsjobs uses it: the compiled library, narrow characters.
#ifndef AWSJOBS_XML_DETAIL_PUGIXML_HPP
#define AWSJOBS_XML_DETAIL_PUGIXML_HPP

// awsjobs links pugixml::pugixml and never defines PUGIXML_HEADER_ONLY (Debian ships no
// pugixml.cpp to include) nor PUGIXML_WCHAR_MODE (strings must be the UTF-8 bytes of the
// buffer, read in place).
#include <pugixml.hpp>

#include <type_traits>

static_assert(std::is_same_v<pugi::char_t, char>,
              "awsjobs::xml needs pugixml built for char (without PUGIXML_WCHAR_MODE)");

#endif
