import io
import os
import tempfile

from conan import ConanFile
from conan.errors import ConanException
from conan.tools.build import can_run
from conan.tools.cmake import CMake, CMakeDeps, CMakeToolchain, cmake_layout


class AwsjobsTestPackageConan(ConanFile):
    settings = "os", "arch", "compiler", "build_type"
    test_type = "explicit"

    def requirements(self):
        self.requires(self.tested_reference_str)

    def layout(self):
        # Builds in the temporary directory, not in test_package/build/ inside the project;
        # the conf tools.cmake.cmake_layout:test_folder still overrides it.
        cmake_layout(self, build_folder=os.path.join(tempfile.gettempdir(), "awsjobs-test_package"))

    def generate(self):
        CMakeDeps(self).generate()
        toolchain = CMakeToolchain(self)
        toolchain.user_presets_path = False  # no CMakeUserPresets.json in the project either
        toolchain.generate()

    def build(self):
        cmake = CMake(self)
        cmake.configure()
        cmake.build()

    def test(self):
        if can_run(self):
            self.run(os.path.join(self.cpp.build.bindir, "test_package"), env="conanrun")
            if self.dependencies["awsjobs"].options.auth:
                self.run(os.path.join(self.cpp.build.bindir, "test_package_auth"), env="conanrun")
            if self.dependencies["awsjobs"].options.fake:
                self._check_fake()

    def _check_fake(self):
        # The program is in the package's bindirs, and it runs: --help says what it is.
        awsjobs = self.dependencies["awsjobs"]
        program = os.path.join(awsjobs.cpp_info.bindirs[0], "awsjobs-fake")
        output = io.StringIO()
        self.run(f"{program} --help", stdout=output)
        if not output.getvalue().startswith("usage: awsjobs-fake"):
            raise ConanException(f"{program} --help printed no usage: {output.getvalue()[:200]!r}")
        self.output.info(f"{program} --help: {output.getvalue().splitlines()[0]}")
