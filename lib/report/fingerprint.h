#pragma once
/// The fingerprint of a finding that code scanning (SARIF's
/// `partialFingerprints`) and GitLab Code Quality (`fingerprint`) use to
/// follow one finding across commits.
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace reltheme {

/// `relthemeFinding/v1`: FNV-1a of the rule, the repository path and the
/// line's text without surrounding blanks (so it survives lines moving), as
/// 16 hex digits, then `:N`, the how-many-th such finding it is (`:1`, `:2`,
/// ... for the same rule on identical lines of one file).
std::string finding_fingerprint(std::string_view rule, std::string_view path,
                                std::string_view line_text, int occurrence);

/// The fingerprint of each of `file.diagnostics`, in order (the line's text
/// from the file, or from the related file a finding points into).
std::vector<std::string> finding_fingerprints(const FileFindings& file,
                                              const ReportOptions& options);

}  // namespace reltheme
