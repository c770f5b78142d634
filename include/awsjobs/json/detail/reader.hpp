// The reading engine: a RapidJSON SAX handler that fills a described C++ value.
//
// RapidJSON pushes events (Key, String, StartObject ...). The handler keeps a
// stack of frames, one per open array or object, each knowing which C++ object it
// fills. Every place a value can go is a `slot`: an address and the table of
// functions (`value_ops`) that store each kind of JSON value there. Tables are
// built at compile time per C++ type, so an event costs one indirect call.
//
// After the first error the handler only follows the nesting, and lets RapidJSON
// run to the end: a document that is not JSON is then reported as a syntax error
// whatever type it was read into. RapidJSON recurses once per level, so nesting
// deeper than read_options::max_depth stops it at once (read.hpp then checks the
// rest of the input for syntax errors separately).
//
// The codecs of the C++ types (json/detail/codecs.hpp) plug into it through `codec<T>`.
#ifndef AWSJOBS_JSON_DETAIL_READER_HPP
#define AWSJOBS_JSON_DETAIL_READER_HPP

#include <awsjobs/core/detail/key_table.hpp>
#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/detail/path.hpp>
#include <awsjobs/core/detail/utf8.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/json/detail/output.hpp>
#include <awsjobs/json/detail/rapidjson.hpp>
#include <awsjobs/json/options.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::json::detail {

using namespace awsjobs::detail;  // the internals the formats share (core/detail)

enum class json_kind : std::uint8_t { null, boolean, number, string, object, array };

constexpr const char* kind_name(json_kind k) noexcept {
    switch (k) {
    case json_kind::null: return "null";
    case json_kind::boolean: return "boolean";
    case json_kind::number: return "number";
    case json_kind::string: return "string";
    case json_kind::object: return "object";
    case json_kind::array: return "array";
    }
    return "value";
}

class reader;
struct frame;

/// How to store each kind of JSON value into one C++ type. Returning false means
/// the reader has recorded an error. A kind the type does not take has no
/// function: the reader reports "expected <expected>, got <kind>" itself, so that
/// no type needs functions of its own to refuse (nor the code they would compile to).
struct value_ops {
    const char* expected;
    bool (*on_null)(reader&, void*);
    bool (*on_bool)(reader&, void*, bool);
    bool (*on_number)(reader&, void*, std::string_view raw);
    bool (*on_string)(reader&, void*, std::string_view text);  // text lives in the input buffer
    bool (*on_object)(reader&, void*);                         // pushes a frame
    bool (*on_array)(reader&, void*);                          // pushes a frame
};

/// Where the next value goes.
struct slot {
    void* target;
    const value_ops* ops;
};

/// Where one member of a described struct lives, and how it is read.
struct member_place {
    std::ptrdiff_t offset;
    const value_ops* ops;
};

/// A described struct as the reader sees it: the JSON keys of its members and
/// their places, in declaration order. One per struct type, read by the reader's
/// own (non-template) code for every key, so that a struct costs a table rather
/// than functions of its own.
struct struct_layout {
    key_index keys;
    const member_place* places;
    bool keys_as_is;  // every key is all_written_as_is: see reader::take_expected_key
};

/// Whether every key is text that JSON writes byte for byte (no quote, backslash or
/// control character): then a key and its JSON string hold the same bytes.
template <std::size_t N>
constexpr bool all_written_as_is(const std::array<std::string_view, N>& keys) noexcept {
    for (const std::string_view key : keys)
        for (const char c : key)
            if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
    return true;
}

/// What an open array or object does with its children.
struct container_ops {
    void (*key)(reader&, frame&, std::string_view);  // objects: choose the slot for this key
    slot (*element)(reader&, frame&);                // arrays: make room for one more element
    void (*end)(reader&, frame&);                    // optional: the closing bracket
};

struct frame {
    const container_ops* ops;
    const struct_layout* layout;  // objects of described structs: their members (and ops->key unused)
    void* target;
    slot pending;           // objects: the slot chosen by the last key
    std::string_view key;   // objects: the last key, for error paths
    std::uint64_t seen;     // objects: members already read, to detect duplicate keys
    std::uint32_t index;    // arrays: elements so far; captured objects: members so far;
                            // described structs: the member expected next (find_member)
    bool is_array;
};

template <class T>
inline constexpr bool unsupported = false;

template <class T>
struct codec {  // specialised per kind of type below
    static_assert(unsupported<T>,
                  "awsjobs::json cannot read this type: describe it with BOOST_DESCRIBE_STRUCT (in the type's "
                  "namespace) or BOOST_DESCRIBE_ENUM, or use a supported standard type");
};

/// The JSON kinds a codec takes, as bits: those it has a function for, unless it
/// says itself (`kinds`). Bits rather than its functions' addresses, because
/// comparing those with null is no constant expression under -fsanitize=undefined.
enum kind_bit : unsigned {
    takes_null = 1,
    takes_bool = 2,
    takes_number = 4,
    takes_string = 8,
    takes_object = 16,
    takes_array = 32
};

template <class C>
constexpr unsigned kinds_taken() noexcept {
    if constexpr (requires { C::kinds; }) {
        return C::kinds;
    } else {
        return (requires { &C::on_null; } ? takes_null : 0u) | (requires { &C::on_bool; } ? takes_bool : 0u) |
               (requires { &C::on_number; } ? takes_number : 0u) | (requires { &C::on_string; } ? takes_string : 0u) |
               (requires { &C::on_object; } ? takes_object : 0u) | (requires { &C::on_array; } ? takes_array : 0u);
    }
}

/// The table of a codec: its functions for the kinds it takes, nullptr for the others.
template <class C>
constexpr value_ops make_ops() noexcept {
    constexpr unsigned kinds = kinds_taken<C>();
    value_ops ops{C::expected, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};
    if constexpr ((kinds & takes_null) != 0) ops.on_null = &C::on_null;
    if constexpr ((kinds & takes_bool) != 0) ops.on_bool = &C::on_bool;
    if constexpr ((kinds & takes_number) != 0) ops.on_number = &C::on_number;
    if constexpr ((kinds & takes_string) != 0) ops.on_string = &C::on_string;
    if constexpr ((kinds & takes_object) != 0) ops.on_object = &C::on_object;
    if constexpr ((kinds & takes_array) != 0) ops.on_array = &C::on_array;
    return ops;
}

template <class T>
inline constexpr value_ops ops_of = make_ops<codec<T>>();

class reader {
public:
    /// `encoding` is what scan_text() found in the whole input: strings are only
    /// checked one by one when it found a problem, to tell which string holds it.
    reader(text_stream& stream, std::size_t max_depth, std::size_t max_elements,
           text_encoding encoding, slot root)
        : stream_(stream),
          max_depth_(max_depth),
          elements_left_(max_elements),
          encoding_(encoding),
          push_limit_(std::min(max_depth + 1, inline_capacity)),
          slow_(encoding.problem != text_encoding::none) {
        frames_ = std::launder(reinterpret_cast<frame*>(inline_frames_));
        top_ = frames_;
        frames_[0] = frame{&root_ops, nullptr, nullptr, root, {}, 0, 0, false};
    }
    reader(const reader&) = delete;
    reader& operator=(const reader&) = delete;

    // ---- RapidJSON handler interface ----
    bool Null() {
        return value_event(4, [](slot s, reader& r) { return r.store<&value_ops::on_null, json_kind::null>(s); });
    }
    bool Bool(bool b) {
        return value_event(b ? 4 : 5,
                           [b](slot s, reader& r) { return r.store<&value_ops::on_bool, json_kind::boolean>(s, b); });
    }
    bool RawNumber(const char* text, rapidjson::SizeType n, bool) {
        return value_event(0, [=](slot s, reader& r) {
            return r.store<&value_ops::on_number, json_kind::number>(s, std::string_view(text, n));
        });
    }
    bool String(const char* text, rapidjson::SizeType n, bool) {
        // The string is checked before its value event, which counts an array's elements (after an
        // error too, for the path of an encoding error still to come).
        if (slow_ && encoding_.problem != text_encoding::none) [[unlikely]]
            check_string(text, n);
        return value_event(0, [=](slot s, reader& r) {
            return r.store<&value_ops::on_string, json_kind::string>(s, std::string_view(text, n));
        });
    }
    bool StartObject() {
        return value_event(
            1, [](slot s, reader& r) { return r.store<&value_ops::on_object, json_kind::object>(s); }, container::object);
    }
    bool StartArray() {
        return value_event(
            1, [](slot s, reader& r) { return r.store<&value_ops::on_array, json_kind::array>(s); }, container::array);
    }
    bool Key(const char* text, rapidjson::SizeType n, bool) {
        frame& f = *top_;
        if (slow_) [[unlikely]] return slow_key(f, {text, n});
        if (f.layout)
            find_member(f, {text, n});
        else
            f.ops->key(*this, f, {text, n});
        return true;
    }
    /// Called by RapidJSON's ParseString (specialised below) at the opening quote of
    /// a key: when the key is the member expected next in a described struct (see
    /// find_member), takes it and moves `is` past its closing quote, without the scan
    /// and in-place copy RapidJSON would make of it. False leaves the key to RapidJSON.
    /// The key's bytes must then be the member's own, followed by the closing quote: the
    /// member's key has nothing JSON escapes (keys_as_is), so the input's bytes are the
    /// string, unescaped.
    [[gnu::always_inline]] bool take_expected_key(text_stream& is) {
        frame& f = *top_;
        if (slow_ || !f.layout) return false;
        const struct_layout& layout = *f.layout;
        const std::size_t i = f.index;
        if (i >= layout.keys.size() || !layout.keys_as_is) return false;
        const std::string_view expected = layout.keys.key(i);
        char* const text = is.src + 1;  // after the opening quote
        if (static_cast<std::size_t>(is.end - text) <= expected.size() || text[expected.size()] != '"' ||
            !same_bytes(text, expected.data(), expected.size()))
            return false;
        take_member(f, i, {text, expected.size()});  // with the stream at the key, for an error's offset
        is.src = text + expected.size() + 1;
        return true;
    }

    bool EndObject(rapidjson::SizeType) { return end_container(); }
    bool EndArray(rapidjson::SizeType) { return end_container(); }
    // Never called: numbers arrive as RawNumber (kParseNumbersAsStringsFlag).
    bool Int(int) { return true; }
    bool Uint(unsigned) { return true; }
    bool Int64(std::int64_t) { return true; }
    bool Uint64(std::uint64_t) { return true; }
    bool Double(double) { return true; }

    // ---- used by the codecs ----
    [[gnu::always_inline]] void push(const container_ops* ops, void* target, bool is_array,
                                     const struct_layout* layout = nullptr) {
        if (depth_ + 1 >= push_limit_ && !make_room()) [[unlikely]]
            return;
        ++depth_;
        frame& f = *++top_;
        // `pending` is left as it was: an object's first value comes after its first key.
        f.ops = ops;
        f.layout = layout;
        f.target = target;
        f.key = {};
        f.seen = 0;
        f.index = 0;
        f.is_array = is_array;
    }

    // push() when depth_ + 1 reaches push_limit_: false (the error recorded) when the nesting
    // is too deep, else true once there is room for one more frame.
    [[gnu::noinline]] bool make_room() {
        if (depth_ + 1 > max_depth_) {
            too_deep_ = true;
            fail(errc::depth_exceeded, message("nesting deeper than ", max_depth_, " levels"), true);
            return false;
        }
        grow();
        return true;
    }

    /// Opens the object of a described struct, whose members `layout` lists.
    void push_struct(const struct_layout& layout, void* target) { push(&struct_container, target, false, &layout); }

    /// Records the first error. `inside` leaves the current key or index out of
    /// the path (the error is about the container, not one of its children).
    /// Errors are the rare path: kept out of line, so that the many small functions
    /// that may report one stay small (and compile fast).
    [[gnu::cold, gnu::noinline]] bool fail(errc code, std::string message, bool inside = false) {
        return fail_at(value_offset(), code, std::move(message), inside);
    }

    /// `pending`: the error is in an array element not yet counted (see path()).
    [[gnu::cold, gnu::noinline]] bool fail_at(std::size_t offset, errc code, std::string message, bool inside = false,
                                              bool pending = false) {
        // The first error stands, except that an encoding problem (the input is not
        // JSON) replaces a type error found before it.
        if (failed_ && (code != errc::invalid_encoding || error_.code == errc::invalid_encoding)) return false;
        failed_ = true;
        slow_ = true;
        error_.code = code;
        error_.offset = offset;
        error_.path = path(inside ? depth_ : depth_ + 1, pending);
        error_.message = std::move(message);
        return false;
    }

    /// Counts one more array element against read_options::max_elements: false
    /// (and the error recorded) when there is no room left. One decrement and compare,
    /// on the path where a vector grows anyway.
    bool take_element() { return elements_left_-- != 0 || too_many_elements(); }

    [[gnu::cold, gnu::noinline]] bool too_many_elements() {
        return fail(errc::too_many_elements, "more array elements than read_options::max_elements allows");
    }

    [[gnu::cold, gnu::noinline]] bool mismatch(const char* expected, json_kind got) {
        return fail(errc::type_mismatch, message("expected ", expected, ", got ", kind_name(got)));
    }

    bool failed() const noexcept { return failed_; }

    /// Where values on a memory resource (std::pmr::string ...) allocate (read_options::resource).
    std::pmr::memory_resource* resource() const noexcept { return resource_; }
    /// Sets resource(); read_in_place does, from read_options::resource.
    void use_resource(std::pmr::memory_resource* resource) noexcept { resource_ = resource; }

    /// Whether reading stopped at nesting deeper than max_depth, leaving the rest unread.
    bool stopped_too_deep() const noexcept { return too_deep_; }

    /// JSON text that opens the containers open now, in order, for checking the
    /// unread rest of the input on its own: `[` for an array, `{"":` for an object.
    std::string open_containers() const {
        std::string text;
        for (std::size_t i = 1; i <= depth_; ++i) text += frames_[i].is_array ? "[" : "{\"\":";
        return text;
    }
    const error& get_error() const noexcept { return error_; }

    /// The path of the innermost open container, e.g. for syntax errors.
    std::string container_path() const { return failed_ ? std::string() : path(depth_); }
    /// The path of the value RapidJSON was reading when it stopped.
    std::string pending_value_path() const { return failed_ ? std::string() : path(depth_ + 1, true); }

    static slot skip_slot() noexcept;
    void push_skip(bool is_array);

    /// For the map open in `f`, which has `count` entries: the index of the entry whose key
    /// is `text` (`same(i)` tells whether entry i's key is), or `count` when there is none,
    /// after noting that entry `count` will have it. Expected O(1), so that a map of many
    /// keys is read in linear time (a search of the entries would be quadratic).
    template <class Same>
    std::size_t find_or_add_key(frame& f, std::string_view text, std::size_t count, Same same) {
        if (count == 0) f.seen = key_tables_.size();  // this map's table starts on top
        const std::size_t base = f.seen;
        if ((count + 1) * 2 > key_tables_.size() - base) grow_key_table(base);
        const std::size_t mask = key_tables_.size() - base - 1;
        const std::uint64_t full = std::hash<std::string_view>{}(text);
        const std::uint64_t hash = (full ^ full >> 32) << 32;
        for (std::size_t i = hash >> 32 & mask;; i = (i + 1) & mask) {
            std::uint64_t& entry = key_tables_[base + i];
            if (entry == 0) {
                entry = hash | (count + 1);
                return count;
            }
            const std::size_t index = (entry & 0xffffffffu) - 1;
            if ((entry >> 32 << 32) == hash && same(index)) return index;
        }
    }
    /// The map open in `f`, with entries, is closed: its table goes.
    void drop_key_table(const frame& f) { key_tables_.resize(f.seen); }

private:
    // Twice the size (16 at first), its entries placed again from their hashes.
    void grow_key_table(std::size_t base) {
        const std::size_t old_size = key_tables_.size() - base;
        const std::size_t size = old_size == 0 ? 16 : old_size * 2;
        std::vector<std::uint64_t> old(key_tables_.begin() + static_cast<std::ptrdiff_t>(base), key_tables_.end());
        key_tables_.resize(base);
        key_tables_.resize(base + size, 0);
        for (const std::uint64_t entry : old) {
            if (entry == 0) continue;
            std::size_t i = entry >> 32 & (size - 1);
            while (key_tables_[base + i] != 0) i = (i + 1) & (size - 1);
            key_tables_[base + i] = entry;
        }
    }

    enum class container { none, object, array };

    static constexpr container_ops struct_container{nullptr, nullptr, nullptr};

    // First the member declared after the one found last in this object (f.index), with
    // one comparison: members often come in declaration order (two keys in three on the
    // benchmark's mixed corpus), and the guess lives in the frame, per parse. Then the
    // perfect hash.
    [[gnu::always_inline]] void find_member(frame& f, std::string_view k) {
        const struct_layout& layout = *f.layout;
        std::size_t i = f.index;
        if (!layout.keys.holds(i, k)) {
            i = layout.keys.find(k);
            if (i == key_index::not_found) {
                f.key = k;
                f.pending = skip_slot();
                return;
            }
        }
        take_member(f, i, k);
    }

    // Member i of the struct open in `f`, whose key `k` is.
    [[gnu::always_inline]] void take_member(frame& f, std::size_t i, std::string_view k) {
        f.index = static_cast<std::uint32_t>(i + 1);
        f.key = k;  // the same bytes as the member's key
        const std::uint64_t bit = std::uint64_t(1) << i;
        if (f.seen & bit) {
            fail(errc::duplicate_key, message("duplicate key '", excerpt(k, 80), "'"));
            return;
        }
        f.seen |= bit;
        const member_place& place = f.layout->places[i];
        f.pending = {static_cast<char*>(f.target) + place.offset, place.ops};
    }

    // A value of one JSON kind into the slot: its type's function for that kind,
    // or "expected X, got Y" when the type has none.
    template <auto Handler, json_kind Kind, class... Value>
    bool store(slot s, Value... value) {
        if (const auto handler = s.ops->*Handler) return handler(*this, s.target, value...);
        return mismatch(s.ops->expected, Kind);
    }

    // `back`: how far before the stream's position the value started, when not at it (see
    // value_offset); back_ is 0 between events, so only the events that need it store it.
    template <class Dispatch>
    bool value_event(std::size_t back, Dispatch dispatch, container opens = container::none) {
        if (back != 0) back_ = back;
        const std::size_t depth_before = depth_;
        frame& f = *top_;
        slot s;
        if (failed_) {
            s = skip_slot();  // after an error, only the nesting (and paths) are still followed
            if (f.is_array) ++f.index;
        } else if (f.is_array) {
            ++f.index;
            s = f.ops->element(*this, f);
        } else {
            s = f.pending;
        }
        dispatch(s, *this);
        if (back != 0) back_ = 0;
        if (failed_) [[unlikely]] return after_failure(opens, depth_before);
        return true;
    }

    bool after_failure(container opens, std::size_t depth_before) {
        // A container the codec refused is followed all the same, so that its
        // closing bracket closes it.
        if (!too_deep_ && opens != container::none && depth_ == depth_before) push_skip(opens == container::array);
        // After an error RapidJSON runs on, to find syntax errors; only nesting too
        // deep stops it, since it recurses once per level.
        return !too_deep_;
    }

    // Key() once an error is recorded or the input has an encoding problem.
    [[gnu::noinline]] bool slow_key(frame& f, std::string_view k) {
        if (failed_) {
            f.key = k;  // only for the path of an encoding error still to come
        } else if (f.layout) {
            find_member(f, k);
        } else {
            f.ops->key(*this, f, k);
        }
        if (encoding_.problem != text_encoding::none) check_string(k.data(), k.size());
        return true;
    }

    bool end_container() {
        frame& f = *top_;
        if (!failed_ && f.ops->end) f.ops->end(*this, f);
        --depth_;
        --top_;
        return true;
    }

    // Only called when scan_text() found an encoding problem: the first string whose
    // decoded text is not valid UTF-8 (an unpaired surrogate decodes to invalid
    // UTF-8 too) is the one that holds it, at the offset the scan found. It is checked before
    // its value event: in an array, the element is not counted yet (pending).
    bool check_string(const char* text, std::size_t n) {
        if (find_invalid_utf8(text, n) == n) return true;
        return fail_at(encoding_.offset, errc::invalid_encoding, encoding_message(encoding_), false, true);
    }

    // Where the current value starts. RapidJSON calls StartObject and StartArray
    // just after the bracket, and String, Key and RawNumber with the stream still at
    // the value's first byte (it parses them on a copy of the stream); null, true
    // and false come after the literal.
    std::size_t value_offset() const noexcept { return stream_.Tell() - back_; }

    // The path through frames [1, upto): each open container adds the key or
    // index of the child being read. With `pending`, the innermost array adds the
    // index of the element RapidJSON is still scanning (not yet counted).
    std::string path(std::size_t upto, bool pending = false) const {
        std::string p = "$";
        for (std::size_t i = 1; i < upto && i <= depth_; ++i) {
            const frame& f = frames_[i];
            if (!f.is_array)
                append_path_key(p, f.key);
            else if (pending && i == depth_)
                append_path_index(p, f.index);
            else
                append_path_index(p, f.index == 0 ? 0 : f.index - 1);
        }
        return p;
    }

    void grow() {
        std::vector<frame> bigger(capacity_ * 2);
        std::copy(frames_, top_ + 1, bigger.begin());  // the frames in use (those above may never have been written)
        heap_frames_.swap(bigger);
        frames_ = heap_frames_.data();
        top_ = frames_ + depth_;
        capacity_ = heap_frames_.size();
        push_limit_ = std::min(max_depth_ + 1, capacity_);
    }

    static void root_key(reader&, frame&, std::string_view) noexcept {}
    static constexpr container_ops root_ops{&root_key, nullptr, nullptr};

    static constexpr std::size_t inline_capacity = 32;
    text_stream& stream_;
    std::size_t max_depth_;
    std::size_t elements_left_;  // array elements still allowed (read_options::max_elements)
    text_encoding encoding_;
    std::size_t depth_ = 0;  // frames_[0] is the root pseudo-frame; containers start at 1
    std::size_t capacity_ = inline_capacity;
    std::size_t push_limit_;  // depth_ + 1 reaching it: too deep, or no room for one more frame
    std::size_t back_ = 0;
    frame* frames_;
    frame* top_;  // frames_ + depth_, the frame every event reads
    // Frames are written when pushed: leaving them uninitialised here saves a parse some
    // hundred stores (frame's string_view would zero itself in each). Bytes, not frames: the
    // lifetime of an array of std::byte creates the frames in it implicitly (frame is an
    // aggregate), so that push() may write a frame member by member.
    alignas(frame) std::byte inline_frames_[sizeof(frame) * inline_capacity];
    std::vector<frame> heap_frames_;
    // The key tables of the maps open now (find_or_add_key), one above the other: an inner
    // map's table goes when it closes, before its outer map reads its next key, so the table
    // of the map being read is always on top and grows in place. An entry is a key's hash
    // (high 32 bits) and the map entry's index + 1 (low 32 bits); 0 is a free slot.
    std::vector<std::uint64_t> key_tables_;
    std::pmr::memory_resource* resource_ = nullptr;
    bool failed_ = false;
    bool too_deep_ = false;
    bool slow_;  // failed_, or the input has an encoding problem: each event tests this one flag
    error error_;
};

// ---------------------------------------------------------------------------
// The engine's own codecs, for values no C++ type takes (json/detail/codecs.hpp has
// those of the C++ types).

/// Unknown members: accepted whatever they hold, and dropped.
struct skip_codec {
    static constexpr const char* expected = "any value";
    static bool on_null(reader&, void*) { return true; }
    static bool on_bool(reader&, void*, bool) { return true; }
    static bool on_number(reader&, void*, std::string_view) { return true; }
    static bool on_string(reader&, void*, std::string_view) { return true; }
    static bool on_object(reader& r, void*) { return push(r, false); }
    static bool on_array(reader& r, void*) { return push(r, true); }

    static void key(reader&, frame& f, std::string_view k) {
        f.key = k;
        f.pending = reader::skip_slot();
    }
    static slot element(reader&, frame&) { return reader::skip_slot(); }
    static constexpr container_ops container{&key, &element, nullptr};

    static bool push(reader& r, bool is_array) {
        r.push_skip(is_array);
        return true;
    }
};
inline constexpr value_ops skip_ops = make_ops<skip_codec>();
inline slot reader::skip_slot() noexcept { return {nullptr, &skip_ops}; }
inline void reader::push_skip(bool is_array) { push(&skip_codec::container, nullptr, is_array); }

/// Values of unknown one_of alternatives: written back out as compact JSON text
/// into a std::string (the in-place parse overwrites the original text).
struct capture_codec {
    static constexpr const char* expected = "any value";
    static std::string& text(void* target) { return *static_cast<std::string*>(target); }
    static void append_string(std::string& json, std::string_view s) {
        output out(json);
        write_string(out, s);  // already checked to be UTF-8
    }
    static bool on_null(reader&, void* t) {
        text(t).append("null");
        return true;
    }
    static bool on_bool(reader&, void* t, bool b) {
        text(t).append(b ? "true" : "false");
        return true;
    }
    static bool on_number(reader&, void* t, std::string_view raw) {
        text(t).append(raw);
        return true;
    }
    static bool on_string(reader&, void* t, std::string_view s) {
        append_string(text(t), s);
        return true;
    }
    static bool on_object(reader& r, void* t) { return open(r, t, '{', false); }
    static bool on_array(reader& r, void* t) { return open(r, t, '[', true); }

    static bool open(reader& r, void* t, char bracket, bool is_array) {
        text(t) += bracket;
        r.push(&container, t, is_array);
        return true;
    }
    static void key(reader&, frame& f, std::string_view k) {
        if (f.index++ != 0) text(f.target) += ',';
        f.key = k;
        append_string(text(f.target), k);
        text(f.target) += ':';
        f.pending = {f.target, &ops};
    }
    static slot element(reader&, frame& f) {
        if (f.index != 1) text(f.target) += ',';  // the reader has counted this element already
        return {f.target, &ops};
    }
    static void end(reader&, frame& f) { text(f.target) += f.is_array ? ']' : '}'; }

    static constexpr container_ops container{&key, &element, &end};
    static const value_ops ops;
};
inline constexpr value_ops capture_codec::ops = make_ops<capture_codec>();

/// The flags awsjobs reads documents with (read_in_place).
inline constexpr unsigned read_flags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;

}  // namespace awsjobs::json::detail

RAPIDJSON_NAMESPACE_BEGIN

// RapidJSON's string parsing for awsjobs' reader: a key the reader expects is taken at
// once (reader::take_expected_key); every other string goes RapidJSON's own in-situ way,
// as its generic ParseString would take it. An explicit specialisation of RapidJSON's
// private member template, as rapidjson.hpp's hooks are: it is awsjobs' own function,
// since it names awsjobs' stream and handler.
//
// Always inlined into RapidJSON's two callers (the object's keys, the values) when the
// compiler optimises: as a call it saved and restored registers for every string, about 20
// instructions, more than taking the expected key costs. Not without optimisation: there
// every local of the inlined code keeps a stack slot of its own (with AddressSanitizer's
// redzones around it), which made each level of RapidJSON's recursion about 2 KB larger, and
// read_options::max_depth_limit levels overflowed an 8 MB stack. Translation units built
// with and without optimisation see definitions that differ in that attribute only, as
// glibc's and libstdc++'s headers differ on __OPTIMIZE__.
#if defined(__OPTIMIZE__)
#define AWSJOBS_DETAIL_PARSE_STRING_INLINE [[gnu::always_inline]] inline
#else
#define AWSJOBS_DETAIL_PARSE_STRING_INLINE inline
#endif
template <>
template <>
AWSJOBS_DETAIL_PARSE_STRING_INLINE void
awsjobs::json::detail::rapidjson_reader::ParseString<awsjobs::json::detail::read_flags>(
    awsjobs::json::detail::text_stream& is, awsjobs::json::detail::reader& handler, bool isKey) {
    if (isKey && handler.take_expected_key(is)) return;
    internal::StreamLocalCopy<awsjobs::json::detail::text_stream> copy(is);
    awsjobs::json::detail::text_stream& s = copy.s;
    s.Take();  // the opening quote
    char* const head = s.PutBegin();
    ParseStringToStream<awsjobs::json::detail::read_flags, UTF8<>, UTF8<>>(s, s);
    RAPIDJSON_PARSE_ERROR_EARLY_RETURN_VOID;
    const auto length = static_cast<SizeType>(s.PutEnd(head) - 1);  // without the NUL RapidJSON put after it
    const bool success = isKey ? handler.Key(head, length, false) : handler.String(head, length, false);
    if (RAPIDJSON_UNLIKELY(!success)) RAPIDJSON_PARSE_ERROR(kParseErrorTermination, s.Tell());
}
#undef AWSJOBS_DETAIL_PARSE_STRING_INLINE

RAPIDJSON_NAMESPACE_END

#endif
