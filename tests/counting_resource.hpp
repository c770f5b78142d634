// Memory resources for the tests of the std::pmr flavour: one that counts what it allocates,
// and a scope that makes a resource the default one.
#ifndef AWSJOBS_TESTS_COUNTING_RESOURCE_HPP
#define AWSJOBS_TESTS_COUNTING_RESOURCE_HPP

#include <cstddef>
#include <memory_resource>

namespace test_memory {

/// A memory resource that counts the allocations and deallocations it passes on to new and delete.
class counting_resource : public std::pmr::memory_resource {
public:
    std::size_t allocations = 0;
    std::size_t deallocations = 0;

private:
    void* do_allocate(std::size_t bytes, std::size_t alignment) override {
        ++allocations;
        return std::pmr::new_delete_resource()->allocate(bytes, alignment);
    }
    void do_deallocate(void* p, std::size_t bytes, std::size_t alignment) override {
        ++deallocations;
        std::pmr::new_delete_resource()->deallocate(p, bytes, alignment);
    }
    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }
};

/// Makes `resource` the default resource for its lifetime.
class default_resource_scope {
public:
    explicit default_resource_scope(std::pmr::memory_resource* resource)
        : previous_(std::pmr::set_default_resource(resource)) {}
    ~default_resource_scope() { std::pmr::set_default_resource(previous_); }
    default_resource_scope(const default_resource_scope&) = delete;
    default_resource_scope& operator=(const default_resource_scope&) = delete;

private:
    std::pmr::memory_resource* previous_;
};

}  // namespace test_memory

#endif
