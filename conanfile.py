import os
import re

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout
from conan.tools.files import load

required_conan_version = ">=2.0"


class AwsjobsConan(ConanFile):
    name = "awsjobs"
    description = "Reflected C++20 models and a zero-copy JSON codec for AWS job-status responses"
    license = "BSL-1.0"
    topics = ("aws", "json", "reflection", "header-only")
    package_type = "header-library"  # "unknown" with the option fake: see configure()
    settings = "os", "arch", "compiler", "build_type"
    # XML (awsjobs/xml.hpp, target awsjobs::xml) needs pugixml, a compiled library; signing
    # (awsjobs/auth.hpp, target awsjobs::auth) needs OpenSSL 3's libcrypto. fake adds the program
    # awsjobs-fake (bin/), a fake of the job services for integration tests, built with both.
    options = {"xml": [True, False], "auth": [True, False], "fake": [True, False]}
    default_options = {"xml": True, "auth": True, "fake": False}
    # The library and, of the tests, only the codec's unit tests: they exercise the reading and
    # writing code against these very dependencies, and build in a few minutes where the whole
    # suite takes much longer. tests/CMakeLists.txt adds only the suites that are present.
    exports_sources = (
        "LICENSE",
        "CMakeLists.txt",
        "cmake/*",
        "include/*",
        "tests/CMakeLists.txt",
        "tests/main.cpp",
        "tests/codec/*",
        "tools/awsjobs-fake/*",
    )
    no_copy_source = True

    def set_version(self):
        # One source of truth: AWSJOBS_VERSION_STRING in include/awsjobs/version.hpp.
        if not self.version:
            text = load(self, os.path.join(self.recipe_folder, "include", "awsjobs", "version.hpp"))
            self.version = re.search(r'#define AWSJOBS_VERSION_STRING "([0-9.]+)"', text).group(1)

    @property
    def _run_tests(self):
        return not self.conf.get("tools.build:skip_test", default=False, check_type=bool)

    def configure(self):
        if self.options.fake:
            # Headers and a program. Conan's "application" would give a plain `requires` no
            # headers (requires.py: headers=False, libs=False for it), so the type is "unknown":
            # `requires` gets the headers, `tool_requires` runs the program (cpp_info.bindirs
            # on the PATH of its build environment).
            self.package_type = "unknown"

    def layout(self):
        cmake_layout(self)

    def requirements(self):
        self.requires("boost/1.81.0")
        self.requires("rapidjson/cci.20230929")
        self.requires("date/3.0.1")
        # Any release with float and double from_chars (3.9 is Debian 12's).
        self.requires("fast_float/[>=3.9 <9]")
        if self.options.xml:
            self.requires("pugixml/1.13")
        if self.options.auth:
            self.requires("openssl/[>=3 <4]")

    def validate(self):
        try:
            check_min_cppstd(self, 20)
        except ConanInvalidConfiguration as problem:
            raise ConanInvalidConfiguration(
                f"awsjobs needs C++20 or later (set compiler.cppstd=20 in the profile): {problem}") from problem
        if self.options.fake and not (self.options.xml and self.options.auth):
            raise ConanInvalidConfiguration("the option fake needs xml and auth: awsjobs-fake serves XML and checks signatures")

    def build_requirements(self):
        if self._run_tests:
            self.test_requires("doctest/2.4.9")

    def package_id(self):
        # Header-only: one package whatever the settings and the dependencies' versions; only
        # the options tell packages apart (awsjobs::xml and awsjobs::auth are installed or not).
        # With fake, the package holds a program: the settings and dependencies made it.
        if not self.info.options.fake:
            self.info.settings.clear()
            self.info.requires.clear()

    def generate(self):
        toolchain = CMakeToolchain(self)
        toolchain.cache_variables["AWSJOBS_BUILD_TESTS"] = self._run_tests
        toolchain.cache_variables["AWSJOBS_BUILD_EXAMPLES"] = False
        toolchain.cache_variables["AWSJOBS_BUILD_FAKE"] = bool(self.options.fake)
        toolchain.cache_variables["AWSJOBS_BUILD_DOCS"] = False
        toolchain.cache_variables["AWSJOBS_WARNINGS_AS_ERRORS"] = False
        if not self.options.xml:
            toolchain.cache_variables["CMAKE_DISABLE_FIND_PACKAGE_pugixml"] = True
        if not self.options.auth:
            toolchain.cache_variables["CMAKE_DISABLE_FIND_PACKAGE_OpenSSL"] = True
        toolchain.generate()
        CMakeDeps(self).generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        if self._run_tests:
            cmake.build()
            cmake.test()
        elif self.options.fake:
            cmake.build(target="awsjobs-fake")

    def package(self):
        CMake(self).install()

    def package_info(self):
        # awsjobs-fake's bin/ reaches the PATH of a tool_requires' build environment (conanbuild)
        # and of a requires(..., run=True)'s run environment (conanrun) through bindirs.
        self.cpp_info.bindirs = ["bin"] if self.options.fake else []
        self.cpp_info.libdirs = []
        # Consumers load the package's own awsjobsConfig.cmake, not one written by CMakeDeps:
        # it carries the C++20 requirement (cxx_std_20), which CMakeDeps cannot express, and
        # finds Boost, RapidJSON and date with find_dependency(), which resolves to the
        # consumer's CMakeDeps files for them.
        self.cpp_info.set_property("cmake_find_mode", "none")
        self.cpp_info.builddirs = [os.path.join("share", "cmake", "awsjobs")]
        self.cpp_info.set_property("pkg_config_name", "awsjobs")
