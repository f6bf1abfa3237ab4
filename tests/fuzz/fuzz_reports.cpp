// libFuzzer target: findings with arbitrary bytes in every field a report
// quotes (file, rule, message, note, fix, failure), through every format of
// validate and lint: human, json, sarif, github, junit, gitlab. Input: fields
// split at NUL bytes; the source text is the first field.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "report/report.h"

namespace {

std::vector<std::string> fields(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0 && out.size() < 8)
            out.emplace_back();
        else
            out.back().push_back(static_cast<char>(data[i]));
    }
    out.resize(8);
    return out;
}

int small(const std::string& s, std::size_t at, int max) {
    return at < s.size() ? static_cast<unsigned char>(s[at]) % max : 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::string> f = fields(data, size);
    reltheme::Findings findings;
    reltheme::FileFindings file;
    file.path = f[1].empty() ? "fuzz.yaml" : f[1];
    file.source = reltheme::SourceText(file.path, f[0]);
    reltheme::Diagnostic d;
    d.severity = static_cast<reltheme::Severity>(small(f[7], 0, 3));
    d.rule = f[2];
    d.file = file.path;
    // Positions may point past the text: printers must clamp, not read out of it.
    d.range = reltheme::Range{{1 + small(f[7], 1, 40), 1 + small(f[7], 2, 200)},
                              {1 + small(f[7], 3, 40), 1 + small(f[7], 4, 200)}};
    d.message = f[3];
    d.notes.push_back(reltheme::Note{f[4], d.range, f[5]});
    if (small(f[7], 5, 2)) d.fix = reltheme::Fix{d.range, f[6]};
    file.diagnostics.push_back(d);
    findings.files.push_back(std::move(file));
    findings.errors = d.severity == reltheme::Severity::Error;
    findings.warnings = d.severity == reltheme::Severity::Warning;
    findings.infos = d.severity == reltheme::Severity::Info;
    if (small(f[7], 6, 2)) {
        findings.read_failed = true;
        findings.failures.push_back(
            reltheme::RunFailure{reltheme::FailureReason::MissingPath, f[4], f[5]});
    }
    reltheme::ReportOptions options;
    options.github_stop_token = "fuzz";
    options.rules.push_back(reltheme::RuleInfo{});
    options.rules.back().id = f[2];
    for (const auto& format : reltheme::findings_outputs().names())
        (void)reltheme::render_report(format, findings, options);
    return 0;
}
