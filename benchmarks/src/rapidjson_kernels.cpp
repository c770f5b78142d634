// RapidJSON 1.1.0: DOM (normal and in situ) with the hand-written mapping, and a
// Writer driven by hand. (The SAX reader with a null handler, the tokenizer's
// ceiling, is in tokenizer_kernels.cpp.)
//
// RapidJSON allocates with malloc, which the operator-new counter cannot see:
// every kernel here gives it `counting_allocator`, the CrtAllocator plus a count.
#include <awsjobs/json/detail/rapidjson.hpp>  // first: the same SIMD choice as awsjobs in this program

#include "kernels.hpp"
#include "mapping/read.hpp"
#include "mapping/write_rapidjson.hpp"
#include "tokenizer.hpp"  // counting_allocator

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace awsjobs_bench {
namespace {

using dom_document = rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<counting_allocator>,
                                                counting_allocator>;

struct rapidjson_dom {
    using value = const dom_document::ValueType&;

    static bool string(value v, std::string_view& out) {
        if (!v.IsString()) return false;
        out = {v.GetString(), v.GetStringLength()};
        return true;
    }
    static bool number(value v, double& out) {
        if (!v.IsNumber()) return false;
        out = v.GetDouble();
        return true;
    }
    static bool integer(value v, std::int64_t& out) {
        if (!v.IsInt64()) return false;
        out = v.GetInt64();
        return true;
    }
    static bool is_null(value v) { return v.IsNull(); }
    static std::size_t array_size(value v) { return v.IsArray() ? v.Size() : 0; }

    template <class F>
    static bool elements(value v, F&& each) {
        if (!v.IsArray()) return false;
        for (const auto& element : v.GetArray())
            if (!each(element)) return false;
        return true;
    }
    template <class F>
    static bool members(value v, F&& each) {
        if (!v.IsObject()) return false;
        for (const auto& member : v.GetObject())
            if (!each(std::string_view(member.name.GetString(), member.name.GetStringLength()), member.value)) return false;
        return true;
    }
};

template <class T>
bool dom_into(const document& doc, std::string&, T& out) {
    dom_document dom;
    dom.Parse(doc.text.data());  // stops at the NUL after the text
    return !dom.HasParseError() && mapping::reader<rapidjson_dom>::read(dom, out);
}

template <class T>
bool dom_in_situ_into(const document& doc, std::string& scratch, T& out) {
    scratch.assign(doc.text);
    dom_document dom;
    dom.ParseInsitu(scratch.data());
    return !dom.HasParseError() && mapping::reader<rapidjson_dom>::read(dom, out);
}

// ---- Writer ----

using string_buffer = rapidjson::GenericStringBuffer<rapidjson::UTF8<>, counting_allocator>;
using writer = rapidjson::Writer<string_buffer, rapidjson::UTF8<>, rapidjson::UTF8<>, counting_allocator>;

template <class T>
std::string_view write(const T& value, std::string&) {
    // Both reused, as a server would: Clear() and Reset() keep their memory.
    static string_buffer buffer;
    static writer w;
    buffer.Clear();
    w.Reset(buffer);
    mapping::rapidjson_writer<writer>::write(w, value);
    if (!w.IsComplete()) return {};
    return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace

std::vector<parse_kernel> rapidjson_parse_kernels() {
    return {
        {"RapidJSON", "dom", false, &run_owning<&dom_into<dx::GetJobResponse>, &dom_into<ses::GetImportJobResponse>>,
         &dom_into<dx::GetJobResponse>, &dom_into<ses::GetImportJobResponse>},
        {"RapidJSON", "dom_in_situ", true,
         &run_owning<&dom_in_situ_into<dx::GetJobResponse>, &dom_in_situ_into<ses::GetImportJobResponse>>,
         &dom_in_situ_into<dx::GetJobResponse>, &dom_in_situ_into<ses::GetImportJobResponse>},
    };
}

std::vector<write_kernel> rapidjson_write_kernels() {
    return {{"RapidJSON", "writer", &write<dx::GetJobResponse>, &write<ses::GetImportJobResponse>}};
}

}  // namespace awsjobs_bench
