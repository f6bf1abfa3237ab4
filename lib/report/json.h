#pragma once
/// The JSON report: a versioned object described by schemas/report.schema.json
/// and docs/output-formats.md.
#include <ostream>

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace reltheme {

/// The one way a report writes JSON (the findings report, SARIF, the diff
/// report, the simulation and analysis reports, `rules --format json`): two-space
/// indentation and a final newline. Bytes that are not UTF-8 in a string (a CSV
/// deal id, a file name) are written as U+FFFD rather than aborting the run;
/// `docs/output-formats.md` says so.
template <class J>
void write_json(std::ostream& out, const J& value) {
    out << value.dump(2, ' ', false, J::error_handler_t::replace) << "\n";
}

/// Version of the JSON report's shape; raised on any incompatible change.
inline constexpr int k_json_report_version = 1;

/// `line`, `column`, `end_line`, `end_column`; 0 stands for "no position" (a
/// finding about the whole file).
nlohmann::ordered_json range_json(const Range& r);

/// The JSON form of one finding, in every report that lists findings: `file`,
/// the range, `severity`, `rule`, `message`, `notes[]` (each `file`, the range,
/// `message`) and, when it has one, `fix` (the range, `replacement`).
nlohmann::ordered_json diagnostic_json(const Diagnostic& d);

/// What the run could not read: `reason`, `path`, `message` of each of
/// run_failures(), for the `unreadable` array.
nlohmann::ordered_json unreadable_json(const Findings& findings);

/// `unreadable` of any report: each failure's `reason`, `path`, `message`.
nlohmann::ordered_json failures_json(const std::vector<RunFailure>& failures);

/// The report's `summary`: `files`, `errors`, `warnings`, `infos`,
/// `unreadable` (the number of failures) and `text` (summary_line()).
nlohmann::ordered_json summary_json(const Findings& findings);

void print_json(std::ostream& out, const Findings& findings, const ReportOptions& options);

}  // namespace reltheme
