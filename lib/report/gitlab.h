#pragma once
/// GitLab Code Quality: the JSON array GitLab reads from a job's
/// `artifacts:reports:codequality` and shows in merge requests — one issue
/// per finding (`description`, `check_name`, `fingerprint`, `severity`,
/// `location.path`, `location.lines.begin`), and a `blocker` for each thing a
/// failed run could not read (docs/output-formats.md).
#include <ostream>

#include "report/report.h"

namespace reltheme {

void print_gitlab(std::ostream& out, const Findings& findings, const ReportOptions& options);

}  // namespace reltheme
