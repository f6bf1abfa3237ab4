#include "report/fingerprint.h"

#include <map>
#include <tuple>

#include <fmt/format.h>

#include "util/sha256.h"

namespace reltheme {
namespace {

/// A line without the blanks around it.
std::string_view trim(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) return {};
    const auto end = text.find_last_not_of(" \t\r");
    return text.substr(begin, end - begin + 1);
}

/// The text of the finding's line: from the file's own text or a related
/// file's (a template); empty when neither is kept.
std::string_view line_text(const Diagnostic& d, const FileFindings& file) {
    const SourceText* source = &file.source;
    if (d.file != file.path) {
        source = nullptr;
        for (const auto& r : file.related) {
            if (r.path() == d.file) source = &r;
        }
    }
    const int line = d.range.begin.line;
    if (!source || line < 1 || line > source->line_count()) return {};
    return source->line(line);
}

/// The fingerprint's hash of the line and the how-many-th finding it is.
std::string with_occurrence(std::string_view hash, int occurrence) {
    return fmt::format("{}:{}", hash, occurrence);
}

}  // namespace

std::string fingerprint_hash(std::initializer_list<std::string_view> parts) {
    Sha256 h;
    for (const auto part : parts) {
        h.update(part);
        h.update(std::string_view("\0", 1));  // "ab"+"c" is not "a"+"bc"
    }
    return to_hex(h.finish()).substr(0, 32);
}

std::string finding_fingerprint(std::string_view rule, std::string_view path,
                                std::string_view line_text, int occurrence) {
    return with_occurrence(fingerprint_hash({rule, path, trim(line_text)}), occurrence);
}

std::vector<std::string> finding_fingerprints(const FileFindings& file,
                                              const ReportOptions& options) {
    return finding_fingerprints(file, file.diagnostics, options);
}

std::vector<std::string> finding_fingerprints(const FileFindings& file,
                                              const std::vector<Diagnostic>& diagnostics,
                                              const ReportOptions& options) {
    std::vector<std::string> out;
    // A line's text is hashed once per rule, however many findings it holds
    // (500,000 findings on a 1 MB line would otherwise hash 500 GB), and
    // identical lines are told apart by the SHA-256 of their text.
    struct LineHash {
        Sha256Digest text;
        std::string hash;
    };
    std::map<std::tuple<std::string, std::string, int>, LineHash> by_line;
    // How many findings of a rule came before on a line of the same text.
    std::map<std::tuple<std::string, std::string, Sha256Digest>, int> seen;
    for (const auto& d : diagnostics) {
        auto [it, added] = by_line.try_emplace({d.rule, d.file, d.range.begin.line});
        if (added) {
            const std::string_view text = trim(line_text(d, file));
            it->second = {sha256(text),
                          fingerprint_hash({d.rule, repository_path(d.file, options), text})};
        }
        const int occurrence = ++seen[{d.rule, d.file, it->second.text}];
        out.push_back(with_occurrence(it->second.hash, occurrence));
    }
    return out;
}

}  // namespace reltheme
