#pragma once
/// Printers of a `reltheme diff` result: human (grouped by theme, a code frame
/// per change, diff-coloured signs), JSON, Markdown (a pull-request comment)
/// and GitHub workflow commands. They print; they decide nothing.
#include <ostream>
#include <string>

#include "diff/engine.h"
#include "report/human.h"
#include "report/output.h"

namespace reltheme {

void print_diff_human(std::ostream& out, const DiffResult& result, const HumanOptions& options);
void print_diff_json(std::ostream& out, const DiffResult& result);
void print_diff_markdown(std::ostream& out, const DiffResult& result);
void print_diff_github(std::ostream& out, const DiffResult& result);

/// The formats of a diff: human, json, markdown, github.
const OutputRegistry<DiffResult, HumanOptions>& diff_outputs();

/// "1 breaking change, 2 warnings, 3 info in 2 of 6 themes (HEAD~1 -> working tree)".
std::string diff_summary_line(const DiffResult& result);

}  // namespace reltheme
