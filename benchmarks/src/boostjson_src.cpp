// Boost.JSON's compiled part, built here with the benchmark's own flags (rather
// than linking Debian's libboost_json, built with -O2 for a generic x86-64), so
// that every library is compiled the same way.
#include <boost/json/src.hpp>
