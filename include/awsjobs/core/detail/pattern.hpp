// The models' patterns (Smithy's pattern trait): ECMA-262 regular expressions, searched for
// anywhere in a string (not implicitly anchored), over its Unicode code points.
//
// Not std::regex: libstdc++'s matcher recurses once per character (a long input overflows the
// stack) and is costly to compile. This is a Pike VM (Thompson's construction, every thread in
// step): O(program size x input length) time, O(program size) memory, no recursion at match time.
// It accepts the subset of ECMA-262 the models use and refuses the rest with a message, so a
// pattern it cannot run is never taken for a match:
//   literals; escapes \d \D \w \W \s \S \n \r \t \f \v \0 \xHH \uHHHH and of any ASCII punctuation;
//   classes [...] with ranges, those escapes and negation [^...]; . ; groups (...) and (?:...);
//   alternation |; quantifiers * + ? {n} {n,} {n,m} and their lazy forms (the same here: only
//   whether a match exists matters); anchors ^ $ (not multiline).
#ifndef AWSJOBS_CORE_DETAIL_PATTERN_HPP
#define AWSJOBS_CORE_DETAIL_PATTERN_HPP

#include <awsjobs/core/detail/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awsjobs::detail {

/// A set of code points: sorted, disjoint, inclusive ranges.
using code_point_ranges = std::vector<std::pair<char32_t, char32_t>>;

/// A compiled pattern: its program, or why the pattern is outside the subset.
struct compiled_pattern {
    enum class op : std::uint8_t { set, any, split, jump, line_start, line_end, match };
    struct instruction {
        op code;
        std::uint32_t x = 0;  // set: index into sets; split, jump: a target
        std::uint32_t y = 0;  // split: the other target
    };
    std::vector<instruction> program;
    std::vector<code_point_ranges> sets;
    std::string error;  // empty when the pattern compiled
};

/// The next code point of UTF-8 text at `i`, advancing `i`; a byte that does not start a valid
/// sequence is U+FFFD (the readers refuse invalid UTF-8, so only a hand-made value has one).
inline char32_t next_code_point(std::string_view text, std::size_t& i) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const unsigned char c = s[i];
    if (c < 0x80) {
        ++i;
        return c;
    }
    const std::size_t len = utf8_sequence_length(s + i, text.size() - i);
    if (len == 0) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = c & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += len;
    return cp;
}

/// The number of code points of UTF-8 text: Smithy's and botocore's length of a string.
inline std::size_t code_point_count(std::string_view text) noexcept {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) next_code_point(text, i);
    return count;
}

/// Parses a pattern of the subset into a tree (recursive descent, its depth bounded by the
/// pattern's nesting), then emits the tree as a program, counted repetitions as copies.
class pattern_compiler {
public:
    explicit pattern_compiler(std::string_view pattern) : pattern_(pattern) {}

    compiled_pattern compile() {
        const node root = alternation(0);
        if (!failed() && !at_end()) fail("unbalanced ')'");
        if (!failed()) {
            emit(root);
            add({compiled_pattern::op::match});
        }
        if (failed()) out_.program.clear();
        return std::move(out_);
    }

private:
    // Limits that keep a hostile or mistaken pattern from costing unbounded memory.
    static constexpr std::size_t max_program = 20000;
    static constexpr std::size_t max_nesting = 64;
    static constexpr std::uint32_t max_count = 1000;
    static constexpr std::uint32_t unbounded = static_cast<std::uint32_t>(-1);

    struct node {
        enum class kind { empty, set, any, line_start, line_end, sequence, alternatives, repeat } what = kind::empty;
        std::uint32_t set = 0;
        std::uint32_t min = 0, max = 0;
        std::vector<node> children;
    };

    static node leaf(node::kind what) {
        node n;
        n.what = what;
        return n;
    }

    std::string_view pattern_;
    std::size_t pos_ = 0;
    compiled_pattern out_;

    bool failed() const { return !out_.error.empty(); }
    bool at_end() const { return pos_ >= pattern_.size(); }
    char peek() const { return pattern_[pos_]; }

    node fail(std::string_view why) {
        if (!failed()) {
            out_.error = "pattern outside the supported subset of ECMA-262 at offset ";
            out_.error += std::to_string(pos_);
            out_.error += ": ";
            out_.error += why;
        }
        return {};
    }

    bool refuse(std::string_view why) {
        fail(why);
        return false;
    }

    node alternation(std::size_t depth) {
        if (depth > max_nesting) return fail("groups nested too deeply");
        node alternatives = leaf(node::kind::alternatives);
        alternatives.children.push_back(sequence(depth));
        while (!failed() && !at_end() && peek() == '|') {
            ++pos_;
            alternatives.children.push_back(sequence(depth));
        }
        if (alternatives.children.size() == 1) return std::move(alternatives.children.front());
        return alternatives;
    }

    node sequence(std::size_t depth) {
        node seq = leaf(node::kind::sequence);
        while (!failed() && !at_end() && peek() != '|' && peek() != ')') {
            node atom = this->atom(depth);
            if (failed()) break;
            quantify(atom);
            seq.children.push_back(std::move(atom));
        }
        return seq;
    }

    node atom(std::size_t depth) {
        const char c = peek();
        switch (c) {
        case '^': ++pos_; return leaf(node::kind::line_start);
        case '$': ++pos_; return leaf(node::kind::line_end);
        case '.': ++pos_; return leaf(node::kind::any);
        case '[': return character_class();
        case '(': {
            ++pos_;
            if (!at_end() && peek() == '?') {
                if (pos_ + 1 < pattern_.size() && pattern_[pos_ + 1] == ':')
                    pos_ += 2;
                else
                    return fail("only (?: ...) groups: no lookaround, no named groups");
            }
            node inner = alternation(depth + 1);
            if (failed()) return {};
            if (at_end() || peek() != ')') return fail("missing ')'");
            ++pos_;
            return inner;
        }
        case '*': case '+': case '?': case '{': return fail("a quantifier with nothing to repeat (or a literal '{')");
        case ']': case '}': return fail("a lone ']' or '}' (escape it)");
        case '\\': {
            ++pos_;
            code_point_ranges ranges;
            if (!escape(ranges, false)) return {};
            return set_node(std::move(ranges));
        }
        default: {
            const char32_t cp = next_code_point(pattern_, pos_);
            return set_node({{cp, cp}});
        }
        }
    }

    // Reads an escape after its backslash into `ranges`; false (and the error set) when it is
    // outside the subset: back-references, \b, \B, \c, \p and escaped letters ECMA-262 gives
    // other meanings to.
    bool escape(code_point_ranges& ranges, bool in_class) {
        if (at_end()) return refuse("a pattern ending in '\\'");
        const char c = peek();
        ++pos_;
        auto add = [&ranges](char32_t lo, char32_t hi) { ranges.emplace_back(lo, hi); };
        auto add_complement = [&ranges](const code_point_ranges& of) {
            char32_t next = 0;
            for (const auto& [lo, hi] : of) {
                if (lo > next) ranges.emplace_back(next, lo - 1);
                next = hi + 1;
            }
            if (next <= 0x10FFFF) ranges.emplace_back(next, 0x10FFFF);
        };
        switch (c) {
        case 'd': add('0', '9'); return true;
        case 'D': add_complement({{'0', '9'}}); return true;
        case 'w': for (const auto& r : word()) add(r.first, r.second); return true;
        case 'W': add_complement(word()); return true;
        case 's': for (const auto& r : space()) add(r.first, r.second); return true;
        case 'S': add_complement(space()); return true;
        case 'n': add('\n', '\n'); return true;
        case 'r': add('\r', '\r'); return true;
        case 't': add('\t', '\t'); return true;
        case 'f': add('\f', '\f'); return true;
        case 'v': add('\v', '\v'); return true;
        case '0':
            if (!at_end() && peek() >= '0' && peek() <= '9') return refuse("octal escapes are not supported");
            add(0, 0);
            return true;
        case 'x': return hex(2, ranges);
        case 'u': return hex(4, ranges);
        default: break;
        }
        const bool punctuation = c > 0x20 && c < 0x7F && !(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z') &&
                                 !(c >= 'a' && c <= 'z') && c != '_';
        if (!punctuation) {
            --pos_;
            return refuse(in_class ? "this escape in a class" : "this escape (no \\b, \\B, back-references, \\p, \\c)");
        }
        add(static_cast<char32_t>(c), static_cast<char32_t>(c));
        return true;
    }

    bool hex(int digits, code_point_ranges& ranges) {
        char32_t cp = 0;
        for (int k = 0; k < digits; ++k) {
            if (at_end()) return refuse("a short \\x or \\u escape");
            const char h = peek();
            int v;
            if (h >= '0' && h <= '9') v = h - '0';
            else if (h >= 'a' && h <= 'f') v = h - 'a' + 10;
            else if (h >= 'A' && h <= 'F') v = h - 'A' + 10;
            else return refuse("a \\x or \\u escape needs hex digits");
            cp = cp * 16 + static_cast<char32_t>(v);
            ++pos_;
        }
        ranges.emplace_back(cp, cp);
        return true;
    }

    static code_point_ranges word() { return {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}; }

    // ECMA-262's WhiteSpace and LineTerminator.
    static code_point_ranges space() {
        return {{0x09, 0x0D}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A}, {0x2028, 0x2029},
                {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
    }

    node character_class() {
        ++pos_;  // '['
        bool negated = false;
        if (!at_end() && peek() == '^') {
            negated = true;
            ++pos_;
        }
        code_point_ranges ranges;
        // One class atom: a single code point (`single` true) or an escape that stands for a set.
        auto class_atom = [&](char32_t& cp, bool& single) {
            if (peek() == '\\') {
                ++pos_;
                code_point_ranges one;
                if (!escape(one, true)) return false;
                single = one.size() == 1 && one.front().first == one.front().second;
                if (single) cp = one.front().first;
                else ranges.insert(ranges.end(), one.begin(), one.end());
                return true;
            }
            single = true;
            cp = next_code_point(pattern_, pos_);
            return true;
        };
        while (true) {
            if (at_end()) return fail("missing ']'");
            if (peek() == ']') break;
            char32_t lo = 0;
            bool single = false;
            if (!class_atom(lo, single)) return {};
            if (pos_ + 1 < pattern_.size() && peek() == '-' && pattern_[pos_ + 1] != ']') {
                if (!single) return fail("a range from a class escape");
                ++pos_;
                char32_t hi = 0;
                if (!class_atom(hi, single)) return {};
                if (!single) return fail("a range to a class escape");
                if (hi < lo) return fail("a range out of order");
                ranges.emplace_back(lo, hi);
            } else if (single) {
                ranges.emplace_back(lo, lo);
            }
        }
        ++pos_;  // ']'
        ranges = normalized(std::move(ranges));
        if (negated) {
            code_point_ranges complement;
            char32_t next = 0;
            for (const auto& [lo, hi] : ranges) {
                if (lo > next) complement.emplace_back(next, lo - 1);
                next = hi + 1;
            }
            if (next <= 0x10FFFF) complement.emplace_back(next, 0x10FFFF);
            ranges = std::move(complement);
        }
        return set_node(std::move(ranges));
    }

    static code_point_ranges normalized(code_point_ranges ranges) {
        std::sort(ranges.begin(), ranges.end());
        code_point_ranges merged;
        for (const auto& r : ranges) {
            if (!merged.empty() && r.first <= merged.back().second + 1)
                merged.back().second = std::max(merged.back().second, r.second);
            else
                merged.push_back(r);
        }
        return merged;
    }

    node set_node(code_point_ranges ranges) {
        out_.sets.push_back(normalized(std::move(ranges)));
        node n = leaf(node::kind::set);
        n.set = static_cast<std::uint32_t>(out_.sets.size() - 1);
        return n;
    }

    // A quantifier after `atom`, if any, wraps it.
    void quantify(node& atom) {
        if (at_end()) return;
        std::uint32_t min = 0, max = 0;
        switch (peek()) {
        case '*': min = 0; max = unbounded; ++pos_; break;
        case '+': min = 1; max = unbounded; ++pos_; break;
        case '?': min = 0; max = 1; ++pos_; break;
        case '{': {
            ++pos_;
            if (!number(min)) return;
            max = min;
            if (!at_end() && peek() == ',') {
                ++pos_;
                if (!at_end() && peek() == '}') max = unbounded;
                else if (!number(max)) return;
            }
            if (at_end() || peek() != '}') return void(fail("a {n,m} quantifier without its '}'"));
            ++pos_;
            if (max < min) return void(fail("a {n,m} quantifier with m < n"));
            break;
        }
        default: return;
        }
        if (!at_end() && peek() == '?') ++pos_;  // lazy: the same set of matching strings
        if (!at_end() && (peek() == '*' || peek() == '+' || peek() == '?' || peek() == '{'))
            return void(fail("a quantifier after a quantifier"));
        if (atom.what == node::kind::line_start || atom.what == node::kind::line_end)
            return void(fail("a quantified anchor"));
        node repeat = leaf(node::kind::repeat);
        repeat.min = min;
        repeat.max = max;
        repeat.children.push_back(std::move(atom));
        atom = std::move(repeat);
    }

    bool number(std::uint32_t& value) {
        if (at_end() || peek() < '0' || peek() > '9') return refuse("a {n,m} quantifier needs a number");
        value = 0;
        while (!at_end() && peek() >= '0' && peek() <= '9') {
            value = value * 10 + static_cast<std::uint32_t>(peek() - '0');
            if (value > max_count) return refuse("a {n,m} count above 1000");
            ++pos_;
        }
        return true;
    }

    std::uint32_t add(compiled_pattern::instruction i) {
        if (out_.program.size() >= max_program) {
            fail("the compiled program is too large (counted repetition)");
            return 0;
        }
        out_.program.push_back(i);
        return static_cast<std::uint32_t>(out_.program.size() - 1);
    }

    std::uint32_t here() const { return static_cast<std::uint32_t>(out_.program.size()); }

    void emit(const node& n) {
        using op = compiled_pattern::op;
        if (failed()) return;
        switch (n.what) {
        case node::kind::empty: return;
        case node::kind::set: add({op::set, n.set}); return;
        case node::kind::any: add({op::any}); return;
        case node::kind::line_start: add({op::line_start}); return;
        case node::kind::line_end: add({op::line_end}); return;
        case node::kind::sequence:
            for (const node& child : n.children) emit(child);
            return;
        case node::kind::alternatives: {
            // split L1, next; L1: a; jump end; next: split L2, next2; ... last alternative
            std::vector<std::uint32_t> jumps;
            for (std::size_t k = 0; k + 1 < n.children.size(); ++k) {
                const std::uint32_t split = add({op::split});
                emit(n.children[k]);
                jumps.push_back(add({op::jump}));
                if (failed()) return;
                out_.program[split].x = split + 1;
                out_.program[split].y = here();
            }
            emit(n.children.back());
            if (failed()) return;
            for (const std::uint32_t j : jumps) out_.program[j].x = here();
            return;
        }
        case node::kind::repeat: {
            const node& body = n.children.front();
            for (std::uint32_t k = 0; k < n.min; ++k) emit(body);
            if (n.max == unbounded) {
                // loop: split body, end; body; jump loop
                const std::uint32_t loop = add({op::split});
                emit(body);
                add({op::jump, loop});
                if (failed()) return;
                out_.program[loop].x = loop + 1;
                out_.program[loop].y = here();
                return;
            }
            // each optional copy: split body, end
            std::vector<std::uint32_t> skips;
            for (std::uint32_t k = n.min; k < n.max && !failed(); ++k) {
                skips.push_back(add({op::split}));
                emit(body);
            }
            if (failed()) return;
            for (const std::uint32_t s : skips) {
                out_.program[s].x = s + 1;
                out_.program[s].y = here();
            }
            return;
        }
        }
    }
};

/// Compiles an ECMA-262 pattern of the subset above; its `error` says why when it is outside it.
inline compiled_pattern compile_pattern(std::string_view pattern) {
    return pattern_compiler(pattern).compile();
}

/// Runs a compiled pattern: the Pike VM. Its thread lists and stack are sized once, for the
/// program (a list holds each instruction at most once, the stack each edge).
class pattern_searcher {
public:
    explicit pattern_searcher(const compiled_pattern& pattern)
        : program_(pattern.program.data()), sets_(pattern.sets.data()), size_(pattern.program.size()),
          lists_(2 * size_), stack_(2 * size_ + 1), seen_(size_, 0) {}

    bool search(std::string_view text) {
        if (size_ == 0) return false;
        // A pattern that starts with ^ can only match from the start: no new thread after it.
        const bool anchored = program_[0].code == compiled_pattern::op::line_start;
        std::uint32_t* current = lists_.data();
        std::uint32_t* next = current + size_;
        std::size_t current_size = 0;
        text_ = text;
        at_ = 0;
        ++generation_;
        while (true) {
            // Search semantics: a match may start at every position.
            if ((at_ == 0 || !anchored) && follow(0, current, current_size)) return true;
            if (at_ == text.size() || (anchored && current_size == 0)) return false;
            const char32_t cp = next_code_point(text, at_);
            ++generation_;
            std::size_t next_size = 0;
            for (std::size_t k = 0; k != current_size; ++k)
                if (accepts(program_[current[k]], cp) && follow(current[k] + 1, next, next_size)) return true;
            std::swap(current, next);
            current_size = next_size;
        }
    }

private:
    using op = compiled_pattern::op;
    const compiled_pattern::instruction* program_;
    const code_point_ranges* sets_;
    std::size_t size_;
    std::vector<std::uint32_t> lists_;  // the current and the next list, size_ each
    std::vector<std::uint32_t> stack_;
    std::vector<std::size_t> seen_;  // per instruction, the generation (position) it was last added at
    std::size_t generation_ = 0;
    std::string_view text_;
    std::size_t at_ = 0;  // byte offset in text_

    // Follows every epsilon edge from `start` at the current position: appends the instructions
    // that wait on a character to `list`; true when one path reaches match.
    bool follow(std::uint32_t start, std::uint32_t* list, std::size_t& list_size) {
        std::uint32_t* stack = stack_.data();
        std::size_t top = 0;
        std::size_t* seen = seen_.data();
        stack[top++] = start;
        bool matched = false;
        while (top != 0) {
            const std::uint32_t pc = stack[--top];
            if (seen[pc] == generation_) continue;
            seen[pc] = generation_;
            const compiled_pattern::instruction& i = program_[pc];
            switch (i.code) {
            case op::set:
            case op::any: list[list_size++] = pc; break;
            case op::split: stack[top++] = i.y; stack[top++] = i.x; break;
            case op::jump: stack[top++] = i.x; break;
            case op::line_start: if (at_ == 0) stack[top++] = pc + 1; break;
            case op::line_end: if (at_ == text_.size()) stack[top++] = pc + 1; break;
            case op::match: matched = true; break;
            }
        }
        return matched;
    }

    bool accepts(const compiled_pattern::instruction& i, char32_t cp) const {
        if (i.code == op::any) return cp != '\n' && cp != '\r' && cp != 0x2028 && cp != 0x2029;
        const code_point_ranges& set = sets_[i.x];
        const auto* range = set.data();
        for (const auto* end = range + set.size(); range != end && range->first <= cp; ++range)
            if (cp <= range->second) return true;
        return false;
    }
};

/// Whether `text` (UTF-8) contains a match of `pattern` anywhere, as ECMA-262's RegExp.prototype.test
/// without flags. A pattern that did not compile matches nothing (check its error first).
/// O(program size x code points of text), without recursion.
inline bool pattern_search(const compiled_pattern& pattern, std::string_view text) {
    return pattern_searcher(pattern).search(text);
}

}  // namespace awsjobs::detail

#endif
