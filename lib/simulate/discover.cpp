#include "simulate/discover.h"

#include <system_error>

#include "load/discover.h"
#include "load/file_kind.h"
#include "util/file.h"

namespace reltheme {
namespace fs = std::filesystem;

ScenarioDiscovery discover_scenarios(const std::vector<std::string>& args,
                                     const ProjectConfig& config, std::size_t max_bytes) {
    ScenarioDiscovery out;
    for (const auto& a : args) {
        std::error_code ec;
        if (fs::is_directory(a, ec)) {
            const Discovery found = discover_inputs({a}, config, "");
            out.failures.insert(out.failures.end(), found.errors.begin(), found.errors.end());
            for (const auto& f : found.files) {
                std::string error;
                const auto text = read_file(f.path, max_bytes, error);
                if (text && file_kind(*text) == FileKind::Scenario) out.files.push_back(f.path);
            }
        } else if (fs::exists(a, ec)) {
            out.files.emplace_back(a);
        } else {
            // The missing-path failure, a dangling link's target named, as
            // `validate` words it.
            const Discovery missing = discover_inputs({a}, config, "");
            out.failures.insert(out.failures.end(), missing.errors.begin(), missing.errors.end());
        }
    }
    return out;
}

}  // namespace reltheme
