/// \file
/// awsjobs::arena: a monotonic std::pmr::memory_resource whose allocation is a pointer bump in
/// this header, for the std::pmr flavour of the models (`json::read_options::resource`).
#ifndef AWSJOBS_CORE_ARENA_HPP
#define AWSJOBS_CORE_ARENA_HPP

#include <awsjobs/assert.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory_resource>
#include <new>

namespace awsjobs {

/// A monotonic memory resource: it hands out memory from a buffer of the caller's (if any),
/// then from chunks it takes from an upstream resource, each twice the size of the one before;
/// deallocate() does nothing, and release() (or the destructor) gives every chunk back at once
/// and starts again at the start of the buffer. Made to be the resource of one parse of a
/// std::pmr model at a time (`json::parse_in_place<dataexchange::pmr::GetJobResponse>(text,
/// {.resource = &arena})`), then released and reused for the next document with no allocation
/// once its buffer is large enough.
///
/// Why not std::pmr::monotonic_buffer_resource, which does the same: its allocation is out of
/// line in libstdc++ (std::align and its bookkeeping), 37 instructions per allocation in the
/// benchmark's owning parse, where this one's is a pointer bump in the header, 17, and the
/// class is final. The constructors have the shapes of
/// monotonic_buffer_resource's, so one replaces the other. Not thread-safe: one thread at a
/// time, as monotonic_buffer_resource.
class arena final : public std::pmr::memory_resource {
public:
    /// No buffer of its own: the first allocation takes a chunk from
    /// std::pmr::get_default_resource().
    arena() noexcept : arena(std::pmr::get_default_resource()) {}

    /// No buffer of its own: the first allocation takes a chunk from `upstream`, which must
    /// outlive the arena.
    explicit arena(std::pmr::memory_resource* upstream) noexcept : upstream_(upstream) {
        AWSJOBS_ASSERT(upstream != nullptr);
    }

    /// Allocates from the `size` bytes at `buffer` first, and from chunks of `upstream` (at
    /// first of `size` bytes or 1 KiB, whichever is larger) once they are used up. The buffer
    /// and `upstream` must outlive the arena; the arena never frees the buffer.
    arena(void* buffer, std::size_t size,
          std::pmr::memory_resource* upstream = std::pmr::get_default_resource()) noexcept
        : upstream_(upstream),
          initial_(static_cast<std::byte*>(buffer)),
          initial_end_(static_cast<std::byte*>(buffer) + size),
          current_(initial_),
          end_(initial_end_),
          next_size_(first_chunk_size(size)) {
        AWSJOBS_ASSERT(upstream != nullptr);
        AWSJOBS_ASSERT(buffer != nullptr || size == 0);
    }

    arena(const arena&) = delete;             ///< Not copyable: the memory handed out is the arena's.
    arena& operator=(const arena&) = delete;  ///< Not assignable.

    /// Gives every chunk back to the upstream resource (release()).
    ~arena() override { release(); }

    /// Gives every chunk taken from upstream back to it, and starts again at the start of the
    /// buffer given to the constructor (if any), with the first chunk's size as at
    /// construction. Everything allocated from the arena is gone: destroy what lives in it
    /// first.
    void release() noexcept {
        while (chunks_ != nullptr) {
            chunk* const last = chunks_;
            chunks_ = last->previous;
            upstream_->deallocate(last, last->size, chunk_alignment);
        }
        current_ = initial_;
        end_ = initial_end_;
        next_size_ = first_chunk_size(static_cast<std::size_t>(initial_end_ - initial_));
    }

    /// The resource the chunks come from.
    std::pmr::memory_resource* upstream_resource() const noexcept { return upstream_; }

private:
    // At the start of each chunk taken from upstream: the chunk taken before it, and its size.
    struct chunk {
        chunk* previous;
        std::size_t size;
    };
    static constexpr std::size_t chunk_alignment = alignof(std::max_align_t);
    static constexpr std::size_t min_chunk_size = 1024;

    static constexpr std::size_t first_chunk_size(std::size_t buffer_size) noexcept {
        return buffer_size > min_chunk_size ? buffer_size : min_chunk_size;
    }

    // The bytes from current_ to the next multiple of `alignment`, without forming a pointer.
    std::uintptr_t padding_for(std::size_t alignment) const noexcept {
        return (std::uintptr_t{0} - reinterpret_cast<std::uintptr_t>(current_)) & (alignment - 1);
    }

    // The hot path: a pointer bump when the request fits in [current_, end_). Neither comparison
    // can wrap, whatever `bytes` is; 0 bytes wraps to the largest size, which does not fit, and
    // is served by allocate_slow().
    void* do_allocate(std::size_t bytes, std::size_t alignment) override {
        AWSJOBS_ASSERT(alignment != 0 && (alignment & (alignment - 1)) == 0);
        const std::uintptr_t padding = padding_for(alignment);
        const auto space = static_cast<std::size_t>(end_ - current_);
        if (padding <= space && bytes - 1 < space - padding) [[likely]] {
            std::byte* const block = current_ + padding;
            current_ = block + bytes;
            return block;
        }
        return allocate_slow(bytes, alignment);
    }

    // A request of 0 bytes (served as 1, so that its pointer is distinct from every other), or
    // one that does not fit: the next chunk from upstream (twice the last one, or more if the
    // request needs it), and the request from it; what was left of the current one is not used
    // again.
    [[gnu::noinline]] void* allocate_slow(std::size_t bytes, std::size_t alignment) {
        if (bytes == 0) return arena::do_allocate(1, alignment);
        constexpr std::size_t max = std::numeric_limits<std::size_t>::max();
        // The header, then up to alignment - 1 bytes of padding, then the block.
        if (bytes > max - sizeof(chunk) - (alignment - 1)) throw std::bad_alloc();
        const std::size_t needed = sizeof(chunk) + (alignment - 1) + bytes;
        const std::size_t size = needed > next_size_ ? needed : next_size_;
        auto* const memory = static_cast<std::byte*>(upstream_->allocate(size, chunk_alignment));
        chunks_ = ::new (memory) chunk{chunks_, size};
        current_ = memory + sizeof(chunk);
        end_ = memory + size;
        next_size_ = size <= max / 2 ? size * 2 : max;
        std::byte* const block = current_ + padding_for(alignment);
        current_ = block + bytes;
        return block;
    }

    void do_deallocate(void*, std::size_t, std::size_t) noexcept override {}

    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }

    std::pmr::memory_resource* upstream_;
    std::byte* initial_ = nullptr;
    std::byte* initial_end_ = nullptr;
    std::byte* current_ = nullptr;
    std::byte* end_ = nullptr;
    chunk* chunks_ = nullptr;
    std::size_t next_size_ = min_chunk_size;
};

}  // namespace awsjobs

#endif
