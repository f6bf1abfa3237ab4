#include "check/fixer.h"

#include <algorithm>

#include "i18n/messages.h"
#include "load/rule_ids.h"
#include "load/yaml_doc.h"
#include "util/file.h"

namespace reltheme {
namespace {

bool has_syntax_error(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.rule == rule_id::k_yaml_syntax && d.severity == Severity::Error;
    });
}

}  // namespace

std::string fix_title(const Fix& fix) {
    return fix.replacement.empty()
               ? i18n::message("fix.remove")
               : i18n::message("fix.replace", fmt::arg("text", fix.replacement));
}

bool fix_applies(const Fix& fix, bool unsafe) {
    return fix.range.valid() && (fix.safe || unsafe);
}

std::string apply_fixes(const SourceText& source, const std::vector<Diagnostic>& diagnostics,
                        bool unsafe, int& applied) {
    struct Edit {
        std::size_t begin;
        std::size_t end;
        const std::string* text;
    };
    std::vector<Edit> edits;
    const std::string& text = source.text();
    for (const Diagnostic& d : diagnostics) {
        if (!d.fix || !fix_applies(*d.fix, unsafe)) continue;
        if (!d.file.empty() && d.file != source.path()) continue;  // a template's own fix
        const std::size_t begin = source.offset_of(d.fix->range.begin);
        const std::size_t end = source.offset_of(d.fix->range.end);
        if (begin > end || end > text.size()) continue;
        edits.push_back({begin, end, &d.fix->replacement});
    }
    std::stable_sort(edits.begin(), edits.end(),
                     [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    std::vector<Edit> taken;
    for (const Edit& e : edits) {
        if (!taken.empty() && e.begin < taken.back().end) continue;  // overlaps: next round
        if (!taken.empty() && e.begin == taken.back().begin && e.end == taken.back().end) continue;
        taken.push_back(e);
    }
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    for (const Edit& e : taken) {
        out.append(text, at, e.begin - at);
        out += *e.text;
        at = e.end;
    }
    out.append(text, at, std::string::npos);
    applied += static_cast<int>(taken.size());
    return out;
}

FixedText fix_text(const std::string& path, const std::string& text,
                   std::vector<Diagnostic> diagnostics, const CheckOptions& options, bool unsafe) {
    FixedText result;
    result.text = text;
    result.diagnostics = std::move(diagnostics);
    if (has_syntax_error(result.diagnostics)) {
        result.refused = i18n::message("fix.refused.syntax");
        return result;
    }
    CheckOptions again = options;
    again.cache = nullptr;
    again.keep_themes = false;
    again.jobs = 1;
    for (int round = 0; round < k_max_fix_rounds; ++round) {
        int applied = 0;
        const SourceText source(path, result.text);
        std::string fixed = apply_fixes(source, result.diagnostics, unsafe, applied);
        if (applied == 0 || fixed == result.text) break;
        std::vector<Diagnostic> found = check_text(path, fixed, again);
        if (has_syntax_error(found)) {
            result.refused = i18n::message("fix.refused.leaves-syntax");
            return result;
        }
        result.text = std::move(fixed);
        result.diagnostics = std::move(found);
        result.applied += applied;
    }
    return result;
}

std::vector<FileFix> fix_findings(const Findings& findings, const std::vector<InputPath>& inputs,
                                  const CheckOptions& options, bool unsafe) {
    std::vector<FileFix> out;
    for (const FileFindings& file : findings.files) {
        const bool fixable =
            std::any_of(file.diagnostics.begin(), file.diagnostics.end(), [&](const Diagnostic& d) {
                return d.fix && fix_applies(*d.fix, unsafe) &&
                       (d.file.empty() || d.file == file.path);
            });
        if (!fixable || file.read_error) continue;
        const auto input = std::find_if(inputs.begin(), inputs.end(),
                                        [&](const InputPath& i) { return i.display == file.path; });
        if (input == inputs.end()) continue;
        FileFix fix;
        fix.display = file.path;
        fix.path = input->path;
        fix.is_stdin = input->is_stdin;
        if (input->is_stdin) {  // read once: its text is what was checked
            FixedText fixed =
                fix_text(file.path, file.source.text(), file.diagnostics, options, unsafe);
            fix.before = file.source.text();
            fix.applied = fixed.applied;
            fix.refused = std::move(fixed.refused);
            fix.after = fix.refused.empty() ? std::move(fixed.text) : fix.before;
            out.push_back(std::move(fix));
            continue;
        }
        std::string error;
        const auto bytes = read_file(input->path, options.limits.max_bytes, error);
        if (!bytes) {
            fix.refused = error;
            out.push_back(std::move(fix));
            continue;
        }
        fix.before = *bytes;
        const std::string text = strip_bom(*bytes);
        if (text != file.source.text()) {
            fix.refused = i18n::message("fix.refused.changed");
            out.push_back(std::move(fix));
            continue;
        }
        FixedText fixed = fix_text(file.path, text, file.diagnostics, options, unsafe);
        fix.applied = fixed.applied;
        fix.refused = std::move(fixed.refused);
        const std::string bom = bytes->substr(0, bytes->size() - text.size());
        fix.after = fix.refused.empty() ? bom + fixed.text : fix.before;
        out.push_back(std::move(fix));
    }
    return out;
}

}  // namespace reltheme
