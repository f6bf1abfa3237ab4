#include "util/findings.h"

namespace reltheme {

std::string_view to_string(FailureReason reason) {
    switch (reason) {
        case FailureReason::MissingPath:
            return "missing-path";
        case FailureReason::UnreadableFolder:
            return "unreadable-folder";
        case FailureReason::NoFiles:
            return "no-files";
        case FailureReason::ReadError:
            return "read-error";
        case FailureReason::OutsideRepository:
            return "outside-repository";
    }
    return "read-error";
}

std::vector<RunFailure> run_failures(const Findings& findings) {
    std::vector<RunFailure> out = findings.failures;
    for (const auto& f : findings.files) {
        if (f.read_error) {
            out.push_back(
                {FailureReason::ReadError, f.path, "cannot read " + f.path + ": " + *f.read_error});
        }
    }
    return out;
}

}  // namespace reltheme
