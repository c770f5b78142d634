// config_resolve: prints what awsjobs::config resolves on this host, as one JSON object, for
// botocore_compare.py to compare with botocore's answer for the same files and environment.
//
//   config_resolve [--profile NAME]
//   {"access_key_id": "...", "secret_access_key": "...", "session_token": "...", "region": "..."}
//   {"error": "partial_credentials"}
// The secret is printed on purpose: the test compares it, and its keys are made up.
#include <awsjobs/config.hpp>

#include <iostream>
#include <string>
#include <string_view>

namespace config = awsjobs::config;

namespace {
std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + '"';
}
}  // namespace

int main(int argc, char** argv) {
    config::options chosen;
    if (argc == 3 && std::string_view(argv[1]) == "--profile") chosen.profile = argv[2];
    else if (argc != 1) {
        std::cerr << "usage: config_resolve [--profile NAME]\n";
        return 2;
    }
    const config::system_host world;
    auto shared = config::load_shared_config(world, chosen);
    if (!shared) {
        std::cout << "{\"error\": \"" << config::to_string(shared.error().code) << "\"}\n";
        return 0;
    }
    auto region = config::resolve_region(*shared, world);
    auto creds = config::resolve_credentials(*shared, world);
    if (!creds) {
        std::cout << "{\"error\": \"" << config::to_string(creds.error().code) << "\"}\n";
        return 0;
    }
    std::cout << "{\"access_key_id\": " << json_string(creds->access_key_id)
              << ", \"secret_access_key\": " << json_string(creds->secret_access_key.reveal())
              << ", \"session_token\": " << (creds->session_token.empty() ? "null" : json_string(creds->session_token.reveal()))
              << ", \"region\": " << (region ? json_string(*region) : "null") << "}\n";
    return 0;
}
