#pragma once
/// The JSON report: a versioned object described by schemas/report.schema.json
/// and docs/output-formats.md.
#include <ostream>

#include "report/report.h"

namespace reltheme {

/// Version of the JSON report's shape; raised on any incompatible change.
inline constexpr int k_json_report_version = 1;

void print_json(std::ostream& out, const Findings& findings, const ReportOptions& options);

}  // namespace reltheme
