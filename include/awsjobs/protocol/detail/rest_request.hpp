// REST-JSON requests, both ways, driven by the binding table: each member where its binding
// puts it (a URI label, a query-string parameter, a header), the others in a JSON object body,
// as botocore's RestJSONSerializer writes them.
#ifndef AWSJOBS_PROTOCOL_DETAIL_REST_REQUEST_HPP
#define AWSJOBS_PROTOCOL_DETAIL_REST_REQUEST_HPP

#include <awsjobs/core/required.hpp>
#include <awsjobs/http/message.hpp>
#include <awsjobs/http/percent.hpp>
#include <awsjobs/json/read.hpp>
#include <awsjobs/json/write.hpp>
#include <awsjobs/protocol/detail/members.hpp>
#include <awsjobs/protocol/detail/text.hpp>

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace awsjobs::protocol::detail::rest_json {

/// One HTTP form of an operation's request: its model's, or an older model's that servers
/// still read (SES v2 ListImportJobs).
struct request_form {
    std::string_view method;
    std::string_view request_uri;  ///< labels as `{Name}` (`{Name+}` greedy)
    std::span<const member_binding> members;
};

template <class Op>
constexpr request_form current_form() {
    return {Op::binding.method, Op::binding.request_uri, Op::input_members};
}

template <class Op>
concept has_legacy_request = requires { Op::legacy_request; };

constexpr bool has_body_members(std::span<const member_binding> members) {
    return std::any_of(members.begin(), members.end(),
                       [](const member_binding& b) { return b.location == location::body; });
}

template <class M>
struct held_type {
    using type = M;
};
template <class M>
    requires awsjobs::detail::is_optional_like<M>::value
struct held_type<M> {
    using type = typename M::value_type;
};

/// The value a member holds, or nullptr when it is unset.
template <class M>
const typename held_type<M>::type* held(const M& member) {
    if constexpr (awsjobs::detail::is_optional_like<M>::value) return member ? &*member : nullptr;
    else return &member;
}

/// The value a member holds, made default first when it is unset.
template <class M>
typename held_type<M>::type& hold(M& member) {
    if constexpr (awsjobs::detail::is_optional_like<M>::value) return member ? *member : member.emplace();
    else return member;
}

template <class M>
void unset(M& member) {
    if constexpr (awsjobs::detail::is_optional_like<M>::value) member.reset();
    else member = {};
}

// ---- client: request value -> HTTP request -----------------------------------------------------

/// The request URI with each label's value, percent-encoded: every byte but the unreserved
/// ones, '/' too unless the label is greedy (botocore and smithy-rs).
template <class Input>
result<std::string> expand_uri(std::string_view op, const request_form& form, const Input& input) {
    const std::string_view uri = form.request_uri;
    std::string target;
    std::size_t i = 0;
    while (i < uri.size()) {
        const std::size_t open = uri.find('{', i);
        if (open == std::string_view::npos) {
            target.append(uri.substr(i));
            break;
        }
        target.append(uri.substr(i, open - i));
        const std::size_t close = uri.find('}', open);
        std::string_view label = uri.substr(open + 1, close - open - 1);
        const bool greedy = label.ends_with('+');
        if (greedy) label.remove_suffix(1);
        std::optional<std::string> value;
        std::string_view member_name = label;
        for_each_bound_member(form.members, input, [&](const member_binding& binding, const auto& member) {
            if (binding.location != location::uri || binding.name != label) return;
            member_name = binding.member;
            using V = typename held_type<std::decay_t<decltype(member)>>::type;
            if constexpr (scalar<V>) {
                if (const auto* v = held(member)) append_text(*v, text_place::label, value.emplace());
            }
        });
        if (!value || value->empty())
            return make_error(errc::invalid_label, std::string(op) + ": " + std::string(member_name) +
                                                       (value ? " is empty" : " is unset") + "; it fills the {" +
                                                       std::string(label) + "} label of " + std::string(uri));
        http::percent_encode(*value, target, greedy ? "/" : "");
        i = close + 1;
    }
    return target;
}

/// A type a query-string member can have: a scalar, a list of them, or a map of them (or of
/// lists of them).
template <class V>
constexpr bool query_value() {
    if constexpr (scalar<V>) return true;
    else if constexpr (awsjobs::detail::is_vector<V>::value) return scalar<typename V::value_type>;
    else if constexpr (is_map<V>::value)
        return scalar<typename V::key_type> && !is_map<typename V::mapped_type>::value &&
               query_value<typename V::mapped_type>();
    else return false;
}

/// Appends the query-string members, in declaration order: a scalar as `name=value`, a list
/// as the name repeated, a map as one parameter per entry (botocore's querystring maps).
/// The name of a member whose type cannot travel there, if any.
template <class Input>
std::string_view append_query(const request_form& form, const Input& input, std::string& target) {
    char separator = target.find('?') == std::string::npos ? '?' : '&';
    auto add = [&](std::string_view name, const auto& value) {
        std::string text;
        append_text(value, text_place::query, text);
        target += separator;
        separator = '&';
        http::percent_encode(name, target);
        target += '=';
        http::percent_encode(text, target);
    };
    auto add_each = [&](std::string_view name, const auto& value) {
        using V = std::decay_t<decltype(value)>;
        if constexpr (awsjobs::detail::is_vector<V>::value) {
            for (const auto& element : value) add(name, element);
        } else {
            add(name, value);
        }
    };
    std::string_view unsupported;
    for_each_bound_member(form.members, input, [&](const member_binding& binding, const auto& member) {
        if (binding.location != location::querystring) return;
        using V = typename held_type<std::decay_t<decltype(member)>>::type;
        if constexpr (!query_value<V>()) {
            unsupported = binding.member;
        } else if (const auto* value = held(member)) {
            if constexpr (is_map<V>::value) {
                for (const auto& [key, entry] : *value) {
                    std::string name;
                    append_text(key, text_place::query, name);
                    add_each(name, entry);
                }
            } else {
                add_each(binding.name, *value);
            }
        }
    });
    return unsupported;
}

/// Adds the header members: scalars, timestamps as HTTP dates (botocore's rfc822). The name
/// of a member whose type cannot travel there, if any.
template <class Input>
std::string_view add_headers(const request_form& form, const Input& input, http::fields& headers) {
    std::string_view unsupported;
    for_each_bound_member(form.members, input, [&](const member_binding& binding, const auto& member) {
        if (binding.location != location::header) return;
        using V = typename held_type<std::decay_t<decltype(member)>>::type;
        if constexpr (!scalar<V>) {
            unsupported = binding.member;
        } else if (const auto* value = held(member)) {
            std::string text;
            append_text(*value, text_place::header, text);
            headers.add(binding.name, text);
        }
    });
    return unsupported;
}

/// The JSON body: the input with its located members unset, so that only the body members
/// are written (`{}` when none is set, as botocore sends whenever the input has body members).
template <class Input>
awsjobs::result<void> write_body(const request_form& form, const Input& input, std::string& body) {
    Input body_members = input;
    for_each_bound_member(form.members, body_members, [](const member_binding& binding, auto& member) {
        if (binding.location != location::body) unset(member);
    });
    return json::write(body_members, body);
}

template <class Op, class Input>
result<http::request> make_request(const Input& input, std::string_view host) {
    constexpr request_form form = current_form<Op>();
    http::request request;
    request.method = std::string(form.method);
    auto target = expand_uri(Op::binding.name, form, input);
    if (!target) return target.error();
    request.target = std::move(*target);
    if (!host.empty()) request.headers.add("Host", host);
    std::string_view unsupported = append_query(form, input, request.target);
    if (unsupported.empty()) unsupported = add_headers(form, input, request.headers);
    if (!unsupported.empty())
        return make_error(errc::invalid_parameter, std::string(Op::binding.name) + ": the type of " +
                                                       std::string(unsupported) + " cannot travel where its binding puts it");
    if constexpr (has_body_members(form.members)) {
        if (auto written = write_body(form, input, request.body); !written) {
            protocol::error e = make_error(errc::invalid_body, std::string(Op::binding.name) + ": the input cannot be written");
            e.body_error = written.error();
            return e;
        }
        request.headers.add("Content-Type", Op::binding.json_content_type);
    }
    return request;
}

// ---- server: HTTP request -> request value -----------------------------------------------------

/// A label's value, percent-decoded, before it is stored.
struct label_value {
    std::string_view label;
    std::string text;
};

/// Matches the method and path against the form; the labels' decoded values.
inline result<std::vector<label_value>> match_path(std::string_view op, const request_form& form,
                                                   const http::request& request) {
    const std::string_view uri = form.request_uri.substr(0, form.request_uri.find('?'));
    if (request.method != form.method)
        return make_error(errc::wrong_method, std::string(op) + ": the method is " + request.method + ", expected " +
                                                  std::string(form.method));
    const std::string_view target = request.target;
    const std::string_view path = target.substr(0, target.find('?'));
    auto mismatch = [&](std::string_view why) {
        return make_error(errc::wrong_path, std::string(op) + ": the path " + std::string(path) + " is not " +
                                                std::string(uri) + " (" + std::string(why) + ")");
    };
    if (!path.starts_with('/')) return mismatch("it does not start with /");
    std::vector<label_value> labels;
    std::size_t t = 1, p = 1;  // just past a '/' in the template and in the path
    while (true) {
        const std::size_t t_end = std::min(uri.find('/', t), uri.size());
        const std::string_view segment = uri.substr(t, t_end - t);
        const bool greedy = segment.ends_with("+}");
        const std::size_t p_end = greedy ? path.size() : std::min(path.find('/', p), path.size());
        const std::string_view actual = path.substr(p, p_end - p);
        if (segment.starts_with('{') && segment.ends_with('}')) {
            const std::string_view label = segment.substr(1, segment.size() - (greedy ? 3 : 2));
            auto decoded = http::percent_decode(actual);
            if (!decoded)
                return make_error(errc::bad_escape, std::string(op) + ": the {" + std::string(label) +
                                                        "} label has a % without two hex digits at offset " +
                                                        std::to_string(p + decoded.bad_escape) + " of the target");
            if (decoded.text.empty())
                return make_error(errc::invalid_label, std::string(op) + ": the {" + std::string(label) + "} label is empty");
            labels.push_back({label, std::move(decoded.text)});
        } else if (actual != segment) {
            return mismatch("segment " + std::string(actual) + " where " + std::string(segment) + " belongs");
        }
        t = t_end + 1;
        p = p_end + 1;
        const bool template_done = t > uri.size(), path_done = p > path.size();
        if (template_done && path_done) break;
        if (template_done) return mismatch("a segment too many");
        if (path_done) return mismatch("a segment is missing");
    }
    return labels;
}

inline protocol::error unsupported_member(std::string_view op, const member_binding& binding) {
    return make_error(errc::invalid_parameter, std::string(op) + ": the type of " + std::string(binding.member) +
                                                   " cannot travel where its binding puts it");
}

/// Reads `text` into a scalar member (or list element); the error names the parameter
/// (invalid_label for a label, invalid_parameter for the others).
template <class T>
std::optional<protocol::error> store(std::string_view op, std::string_view what, std::string_view text,
                                     text_place place, T& value) {
    if (auto why = read_text(text, place, value))
        return make_error(place == text_place::label ? errc::invalid_label : errc::invalid_parameter,
                          std::string(op) + ": " + std::string(what) + " " + *why);
    return std::nullopt;
}

/// The query-string members from the decoded parameters: a scalar from its one parameter (two
/// are an error), a list from each of its parameters in order, a map from the parameters no
/// other member names (a key twice is an error, unless the map's values are lists).
template <class Input>
std::optional<protocol::error> read_query(std::string_view op, const request_form& form,
                                          const std::vector<http::form_field>& parameters, Input& input) {
    std::optional<protocol::error> failure;
    auto named_elsewhere = [&](std::string_view name) {
        return std::any_of(form.members.begin(), form.members.end(), [&](const member_binding& b) {
            return b.location == location::querystring && b.name == name;
        });
    };
    auto read_values = [&](std::string_view name, auto& target, auto&& values_of) {
        using V = std::decay_t<decltype(target)>;
        const std::string what = "the query parameter " + std::string(name);
        if constexpr (awsjobs::detail::is_vector<V>::value) {
            for (const std::string* value : values_of())
                if (!failure) failure = store(op, what, *value, text_place::query, target.emplace_back());
        } else {
            const std::vector<const std::string*> values = values_of();
            if (values.size() > 1)
                failure = make_error(errc::invalid_parameter,
                                     std::string(op) + ": " + what + " " + appears(values.size()));
            else
                failure = store(op, what, *values.front(), text_place::query, target);
        }
    };
    for_each_bound_member(form.members, input, [&](const member_binding& binding, auto& member) {
        if (failure || binding.location != location::querystring) return;
        using V = typename held_type<std::decay_t<decltype(member)>>::type;
        if constexpr (!query_value<V>()) {
            failure = unsupported_member(op, binding);
        } else if constexpr (is_map<V>::value) {
            for (const http::form_field& parameter : parameters) {
                const std::string& key = parameter.first;
                if (failure) return;
                if (named_elsewhere(key)) continue;
                V& entries = hold(member);
                typename V::key_type entry_key;
                if ((failure = store(op, "the query parameter name " + key, key, text_place::query, entry_key))) return;
                auto [entry, added] = entries.try_emplace(entry_key);
                if (!added && !awsjobs::detail::is_vector<typename V::mapped_type>::value) {
                    failure = make_error(errc::invalid_parameter,
                                         std::string(op) + ": the query parameter " + key + " " + appears(2));
                    return;
                }
                read_values(key, entry->second, [&] { return std::vector<const std::string*>{&parameter.second}; });
            }
        } else {
            std::vector<const std::string*> values;
            for (const auto& [key, value] : parameters)
                if (key == binding.name) values.push_back(&value);
            if (values.empty()) return;
            read_values(binding.name, hold(member), [&] { return values; });
        }
    });
    return failure;
}

template <class Input>
std::optional<protocol::error> read_headers(std::string_view op, const request_form& form, const http::fields& headers,
                                            Input& input) {
    std::optional<protocol::error> failure;
    for_each_bound_member(form.members, input, [&](const member_binding& binding, auto& member) {
        if (failure || binding.location != location::header) return;
        using V = typename held_type<std::decay_t<decltype(member)>>::type;
        if constexpr (!scalar<V>) {
            failure = unsupported_member(op, binding);
        } else {
            const std::size_t count = headers.count(binding.name);
            if (count == 0) return;
            const std::string what = "the header " + std::string(binding.name);
            if (count > 1)
                failure = make_error(errc::invalid_parameter,
                                     std::string(op) + ": " + what + " " + appears(count));
            else
                failure = store(op, what, *headers.find(binding.name), text_place::header, hold(member));
        }
    });
    return failure;
}

/// The request read with one form: method, path and labels, the JSON body (when the form has
/// body members), the query string, the headers. A body key that names a located member is
/// read (it must have the member's type) and then dropped: located members come from their
/// location only.
template <class Op>
result<typename Op::template input<std::string>> read_form(const request_form& form, const http::request& request,
                                                            const read_options& options) {
    using Input = typename Op::template input<std::string>;
    const std::string_view op = Op::binding.name;
    auto labels = match_path(op, form, request);
    if (!labels) return labels.error();

    Input input;
    if (has_body_members(form.members) && !is_blank(request.body)) {
        std::string buffer = request.body;
        auto parsed = json::parse_in_place<Input>(buffer, options.json());
        if (!parsed) {
            protocol::error e = make_error(errc::invalid_body, std::string(op) + ": the body is not the operation's input");
            e.body_error = parsed.error();
            return e;
        }
        input = std::move(*parsed);
        for_each_bound_member(form.members, input, [](const member_binding& binding, auto& member) {
            if (binding.location != location::body) unset(member);
        });
    }

    for (label_value& label : *labels) {
        std::optional<protocol::error> failure;
        bool stored = false;
        for_each_bound_member(form.members, input, [&](const member_binding& binding, auto& member) {
            if (binding.location != location::uri || binding.name != label.label) return;
            using V = typename held_type<std::decay_t<decltype(member)>>::type;
            if constexpr (scalar<V>) {
                stored = true;
                failure = store(op, "the {" + std::string(label.label) + "} label", label.text, text_place::label, hold(member));
            }
        });
        if (failure) return *failure;
        if (!stored)
            return make_error(errc::invalid_label, std::string(op) + ": the {" + std::string(label.label) +
                                                       "} label is bound to no member");
    }

    const std::string_view target = request.target;
    if (const std::size_t question = target.find('?'); question != std::string_view::npos) {
        const std::string_view query = target.substr(question + 1);
        if (const auto count = static_cast<std::size_t>(std::count(query.begin(), query.end(), '&')) + 1;
            count > options.max_parameters)
            return make_error(errc::target_too_large, std::string(op) + ": the query string has " + std::to_string(count) +
                                                          " parameters, more than read_options::max_parameters (" +
                                                          std::to_string(options.max_parameters) + ")");
        auto parameters = http::form_decode(query);
        if (!parameters)
            return make_error(errc::bad_escape, std::string(op) + ": the query string has a % without two hex digits at offset " +
                                                    std::to_string(question + 1 + parameters.bad_escape) + " of the target");
        if (auto failure = read_query(op, form, parameters.fields, input)) return *failure;
    }
    if (auto failure = read_headers(op, form, request.headers, input)) return *failure;

    std::optional<protocol::error> missing;
    for_each_bound_member(form.members, input, [&](const member_binding& binding, const auto& member) {
        if (!missing && binding.location != location::body && awsjobs::is_required<std::decay_t<decltype(member)>>::value &&
            !held(member))
            missing = make_error(errc::missing_parameter, std::string(op) + ": the required " +
                                                              (binding.location == location::header ? "header " : "query parameter ") +
                                                              std::string(binding.name) + " is absent");
    });
    if (missing) return *missing;
    return input;
}

/// Reads the request with the operation's form, or, when the operation has an older form and
/// the method or path is not the current one's, with that form.
template <class Op>
result<typename Op::template input<std::string>> read_request(const http::request& request, const read_options& options) {
    const std::string op(Op::binding.name);
    if (auto too_large = check_body_size(op, request.body.size(), options)) return *too_large;
    if (request.target.size() > options.max_target_size)
        return make_error(errc::target_too_large, op + ": the target is " + std::to_string(request.target.size()) +
                                                      " bytes, more than read_options::max_target_size (" +
                                                      std::to_string(options.max_target_size) + ")");
    auto read = read_form<Op>(current_form<Op>(), request, options);
    if constexpr (has_legacy_request<Op>) {
        if (!read && (read.error().code == errc::wrong_method || read.error().code == errc::wrong_path)) {
            const request_form legacy{Op::legacy_request.method, Op::legacy_request.request_uri,
                                      Op::legacy_request.input_members};
            auto older = read_form<Op>(legacy, request, options);
            if (older || (older.error().code != errc::wrong_method && older.error().code != errc::wrong_path))
                return older;
        }
    }
    return read;
}

}  // namespace awsjobs::protocol::detail::rest_json

#endif
