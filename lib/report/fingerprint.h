#pragma once
/// The fingerprint of a finding that code scanning (SARIF's
/// `partialFingerprints`) and GitLab Code Quality (`fingerprint`) use to
/// follow one finding across commits.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace reltheme {

/// `relthemeFinding/v1`: SHA-256 of the rule, the repository path and the
/// line's text without surrounding blanks (so it survives lines moving), its
/// first 128 bits as 32 hex digits, then `:N`, the how-many-th such finding it is (`:1`, `:2`,
/// ... for the same rule on identical lines of one file).
std::string finding_fingerprint(std::string_view rule, std::string_view path,
                                std::string_view line_text, int occurrence);

/// SHA-256 of `parts` (each ended by a NUL), the first 128 bits in hex.
std::string fingerprint_hash(std::initializer_list<std::string_view> parts);

/// The fingerprint of each of `file.diagnostics`, in order (the line's text
/// from the file, or from the related file a finding points into).
std::vector<std::string> finding_fingerprints(const FileFindings& file,
                                              const ReportOptions& options);

/// The fingerprint of each of `diagnostics`, findings of `file` (its
/// reported findings and those the baseline accepts, in report order).
std::vector<std::string> finding_fingerprints(const FileFindings& file,
                                              const std::vector<Diagnostic>& diagnostics,
                                              const ReportOptions& options);

}  // namespace reltheme
