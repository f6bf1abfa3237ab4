#include "load/baseline.h"

#include <fmt/format.h>

#include "i18n/messages.h"
#include "load/node_reader.h"
#include "load/yaml_doc.h"
#include "util/excerpt.h"
#include "util/file.h"
#include "util/markup.h"

namespace reltheme {
namespace fs = std::filesystem;

std::optional<Baseline> parse_baseline(const SourceText& source, DiagnosticSink& sink) {
    const auto doc = parse_yaml(source, sink);
    if (!doc) return std::nullopt;
    NodeReader r(sink);
    const YNode* root = doc->root();
    const auto the_baseline = i18n::subject("subject.baseline");
    if (!r.expect_map(root, the_baseline)) return std::nullopt;
    static const std::vector<std::string> keys = {"version", "files"};
    r.check_keys(*root, keys, the_baseline);
    r.require(*root, "version", the_baseline);
    r.require(*root, "files", the_baseline);
    r.format_version(root->find("version"), "version", i18n::subject("subject.baseline-format"));
    Baseline baseline;
    const YNode* files = root->find("files");
    if (files && r.expect_map(files, i18n::key_subject("files"))) {
        for (const auto& [file, rules] : files->entries) {
            if (!file->is_scalar() || file->value.empty()) {
                r.error(file->range, i18n::message("baseline.bad-file"));
                continue;
            }
            if (!r.expect_map(rules, i18n::subject("subject.baseline-rules",
                                                   fmt::arg("file", excerpt(file->value)))))
                continue;
            for (const auto& [rule, entry] : rules->entries) {
                if (!rule->is_scalar()) continue;
                const auto rule_subject = i18n::key_subject(rule->value);
                if (!r.expect_map(entry, rule_subject)) continue;
                static const std::vector<std::string> entry_keys = {"count"};
                r.check_keys(*entry, entry_keys, rule_subject);
                if (!r.require(*entry, "count", rule_subject)) continue;
                const YNode* count = entry->find("count");
                const auto n = r.integer(count, "count");
                if (!n) continue;
                if (n->value < 1 || n->value > 1'000'000'000) {
                    r.error(
                        count->range,
                        fmt::format("\"count\" must be from 1 to 1000000000, not {}", n->value));
                    continue;
                }
                baseline.counts[file->value][rule->value] = static_cast<int>(n->value);
            }
        }
    }
    if (!r.ok()) return std::nullopt;
    return baseline;
}

std::string baseline_text(const Baseline& baseline) {
    std::string out = "{\n  \"version\": 1,\n  \"files\": {";
    bool first_file = true;
    for (const auto& [file, rules] : baseline.counts) {
        if (rules.empty()) continue;
        out += first_file ? "\n" : ",\n";
        first_file = false;
        out += "    " + json_quote(file) + ": {";
        bool first_rule = true;
        for (const auto& [rule, count] : rules) {
            out += first_rule ? "\n" : ",\n";
            first_rule = false;
            out += fmt::format("      {}: {{\"count\": {}}}", json_quote(rule), count);
        }
        out += "\n    }";
    }
    out += first_file ? "}\n}\n" : "\n  }\n}\n";
    return out;
}

BaselineFile load_baseline_file(const fs::path& path, bool to_replace) {
    BaselineFile out;
    const std::string name = display_path(path.string());
    std::error_code ec;
    out.missing = fs::symlink_status(path, ec).type() == fs::file_type::not_found;
    std::string error;
    const std::size_t limit = YamlLimits::from_environment().max_bytes;
    const auto text =
        to_replace ? read_file_to_replace(path, limit, error) : read_file(path, limit, error);
    if (!text) {
        out.read_error =
            i18n::message("baseline.unreadable", fmt::arg("file", name), fmt::arg("error", error));
        return out;
    }
    out.source.emplace(name, strip_bom(*text));
    DiagnosticSink sink(name);
    out.baseline = parse_baseline(*out.source, sink);
    out.diagnostics = std::move(sink.items());
    return out;
}

fs::path default_baseline_path(const ProjectConfig& config) {
    if (config.file.empty()) return k_default_baseline_name;
    if (!config.baseline.empty()) return config.root / config.baseline;
    return config.root / k_default_baseline_name;
}

}  // namespace reltheme
