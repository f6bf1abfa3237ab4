#pragma once
/// The JSON report: a versioned object described by schemas/report.schema.json
/// and docs/output-formats.md.
#include <ostream>

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace reltheme {

/// Version of the JSON report's shape; raised on any incompatible change.
inline constexpr int k_json_report_version = 1;

/// `line`, `column`, `end_line`, `end_column`; 0 stands for "no position" (a
/// finding about the whole file).
nlohmann::ordered_json range_json(const Range& r);

/// The JSON form of one finding, in every report that lists findings: `file`,
/// the range, `severity`, `rule`, `message`, `notes[]` (each `file`, the range,
/// `message`) and, when it has one, `fix` (the range, `replacement`).
nlohmann::ordered_json diagnostic_json(const Diagnostic& d);

void print_json(std::ostream& out, const Findings& findings, const ReportOptions& options);

}  // namespace reltheme
