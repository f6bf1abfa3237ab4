// document-added: a print form or online document that is new.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class DocumentAdded final : public ChangeKind {
  public:
    std::string_view id() const override { return "document-added"; }
    std::string_view summary() const override { return "A new print form or online document"; }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Added; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const Document& d : p.new_version.theme.documents) {
            if (diffing::find_item(p.old_version.theme.documents, d.id.value)) continue;
            Change& c = sink.add(*this, Side::New, d.id.range,
                                 fmt::format("document {} added ({})", diffing::named(d.id, d.name),
                                             to_string(d.kind.value)));
            c.after = d.id.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_document_added() {
    return std::make_unique<DocumentAdded>();
}

}  // namespace reltheme
