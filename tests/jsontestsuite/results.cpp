// Prints RESULTS.md for the JSONTestSuite copy in the directory given as argument:
//   jsontestsuite_results tests/data/jsontestsuite > tests/data/jsontestsuite/RESULTS.md
#include "suite.hpp"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " JSONTESTSUITE_DIR > RESULTS.md\n";
        return 2;
    }
    try {
        std::cout << jsontestsuite::results_table(argv[1]);
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 1;
    }
    return std::cout.flush() ? 0 : 1;
}
