#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "check/rules/rules.h"
#include "i18n/messages.h"
#include "util/excerpt.h"

namespace reltheme::rules {
namespace {

/// References to documents. Format 1 has no key that takes a document id; the
/// one place a theme names a document outside `documents` is a stage's
/// `requires` written with a document's id, expecting "the deal must have this
/// document". `requires` lists fields only, so that reference leads nowhere.
/// Keys added to the format later that name documents are checked here too.
class UnknownDocument final : public Rule {
  public:
    std::string_view id() const override { return "unknown-document"; }
    ThemeParts needs() const override {
        return ThemePart::Stages | ThemePart::Documents | ThemePart::Fields;
    }
    std::string_view summary() const override {
        return "a document named where the format takes no document (a stage's \"requires\")";
    }

    void check_theme(const ThemeContext& ctx, DiagnosticSink& sink) const override {
        const Theme& theme = ctx.theme;
        if (theme.documents.empty()) return;
        std::unordered_set<std::string_view> fields;
        for (const auto& f : theme.fields) fields.insert(f.id.value);
        std::unordered_map<std::string_view, const Document*> documents;
        for (const auto& d : theme.documents) documents.emplace(d.id.value, &d);
        for (const auto& stage : theme.stages) {
            for (const auto& ref : stage.requires_fields) {
                if (fields.count(ref.value)) continue;
                const auto it = documents.find(ref.value);
                if (it == documents.end()) continue;
                const Document* doc = it->second;
                Diagnostic& d = report(
                    sink, ref.range,
                    i18n::message("unknown-document", fmt::arg("document", excerpt(ref.value)),
                                  fmt::arg("stage", excerpt(stage.id.value))));
                d.notes.push_back(
                    {ctx.source.path(), doc->id.range, i18n::message("note.document-defined")});
            }
        }
    }
};

}  // namespace

std::unique_ptr<Rule> make_unknown_document() {
    return std::make_unique<UnknownDocument>();
}

}  // namespace reltheme::rules
