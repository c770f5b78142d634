// config::system_host: the real environment, files and processes, with their limits.
#include <awsjobs/config/system_host.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace config = awsjobs::config;

TEST_CASE("system_host reads variables and files; a missing file is nothing, a large one an error") {
    const config::system_host world;
    ::setenv("AWSJOBS_CONFIG_TEST_VARIABLE", "value", 1);
    CHECK(world.variable("AWSJOBS_CONFIG_TEST_VARIABLE") == "value");
    CHECK_FALSE(world.variable("AWSJOBS_CONFIG_TEST_UNSET_VARIABLE"));

    const std::string path = "awsjobs-config-test-file.ini";
    std::ofstream(path) << "[default]\nregion = eu-west-1\n";
    auto text = world.read_file(path, 1024);
    REQUIRE(text);
    CHECK(*text == std::optional<std::string>("[default]\nregion = eu-west-1\n"));
    auto large = world.read_file(path, 10);
    REQUIRE_FALSE(large);
    CHECK(large.error().code == config::errc::file_too_large);
    CHECK(large.error().file == path);
    std::remove(path.c_str());
    auto missing = world.read_file(path, 1024);
    REQUIRE(missing);
    CHECK_FALSE(*missing);
}

TEST_CASE("system_host runs a process without a shell and collects its output and status") {
    const config::system_host world;
    auto ran = world.run({"sh", "-c", "printf '%s' \"$0\"; echo oops >&2; exit 7", "arg with spaces"}, {});
    REQUIRE(ran);
    CHECK(ran->exit_status == 7);
    CHECK(ran->out == "arg with spaces");
    CHECK(ran->err == "oops\n");
}

TEST_CASE("system_host: a program that does not exist, one that runs too long, one that prints too much") {
    const config::system_host world;
    auto missing = world.run({"awsjobs-no-such-program"}, {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == config::errc::process_failed);
    CHECK(missing.error().message == "credential_process awsjobs-no-such-program: No such file or directory");

    config::limits quick;
    quick.process_timeout = std::chrono::milliseconds(200);
    auto slow = world.run({"sleep", "30"}, quick);
    REQUIRE_FALSE(slow);
    CHECK(slow.error().message == "credential_process sleep: still running after 200 ms");

    config::limits small;
    small.max_process_output = 1000;
    auto chatty = world.run({"sh", "-c", "yes"}, small);
    REQUIRE_FALSE(chatty);
    CHECK(chatty.error().message == "credential_process sh: printed more than 1000 bytes");
}
