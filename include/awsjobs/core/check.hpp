/// \file
/// check_required: which members the schema requires are missing from a value.
#ifndef AWSJOBS_CORE_CHECK_HPP
#define AWSJOBS_CORE_CHECK_HPP

#include <awsjobs/core/detail/describe.hpp>
#include <awsjobs/core/detail/message.hpp>
#include <awsjobs/core/detail/path.hpp>
#include <awsjobs/core/detail/type_traits.hpp>
#include <awsjobs/core/error.hpp>
#include <awsjobs/core/map.hpp>
#include <awsjobs/core/open_enum.hpp>
#include <awsjobs/core/one_of.hpp>
#include <awsjobs/core/required.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string>
#include <vector>

namespace awsjobs {

namespace detail {

template <class T>
void collect_missing(const T& value, std::string& path, std::vector<error>& missing) {
    if constexpr (is_optional_like<T>::value) {
        if (value) collect_missing(*value, path, missing);
    } else if constexpr (is_vector<T>::value) {
        for (std::size_t i = 0; i != value.size(); ++i) {
            const std::size_t mark = path.size();
            append_path_index(path, i);
            collect_missing(value[i], path, missing);
            path.resize(mark);
        }
    } else if constexpr (is_map<T>::value) {
        for (const auto& [key, mapped] : value) {
            const std::size_t mark = path.size();
            if constexpr (is_open_enum<typename T::key_type>::value)
                append_path_key(path, key.wire_name());
            else
                append_path_key(path, key);
            collect_missing(mapped, path, missing);
            path.resize(mark);
        }
    } else if constexpr (is_one_of<T>::value) {
        boost::mp11::mp_with_index<T::keys.size() + 2>(value.index(), [&](auto I) {
            if constexpr (I != 0 && I != T::keys.size() + 1) {
                const std::size_t mark = path.size();
                append_path_key(path, T::keys[I - 1]);
                collect_missing(*std::get_if<I>(&value.as_variant()), path, missing);
                path.resize(mark);
            }
        });
    } else if constexpr (described_struct<T>) {
        using info = struct_info<T>;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
            using D = boost::mp11::mp_at_c<typename info::members, I>;
            const auto& member = value.*D::pointer;
            const std::size_t mark = path.size();
            append_path_key(path, info::keys[I]);
            if constexpr (is_required<std::remove_cvref_t<decltype(member)>>::value) {
                if (!member)
                    missing.push_back(error{errc::missing_required, error::no_offset, path,
                                            message("missing required member '", info::keys[I], "'")});
            }
            collect_missing(member, path, missing);
            path.resize(mark);
        });
    }
}

}  // namespace detail

/// Every member marked required<> that is empty, anywhere in `value`, in
/// document order, each with its JSON path, e.g. `$.Details.ImportAssetsFromS3.DataSetId`.
/// Reading accepts such values (services omit required members); this is the
/// strict check, for when you need them all.
template <class T>
std::vector<error> check_required(const T& value) {
    std::vector<error> missing;
    std::string path = "$";
    detail::collect_missing(value, path, missing);
    return missing;
}

}  // namespace awsjobs

#endif
