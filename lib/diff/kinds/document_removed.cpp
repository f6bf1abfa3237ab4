// document-removed: a print form or online document is gone.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class DocumentRemoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "document-removed"; }
    std::string_view summary() const override {
        return "A print form or online document was removed: deals can no longer issue it";
    }
    Severity default_severity() const override { return Severity::Warning; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Removed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const Document& d : p.old_version.theme.documents) {
            if (diffing::find_item(p.new_version.theme.documents, d.id.value)) continue;
            Change& c =
                sink.add(*this, Side::Old, d.id.range,
                         fmt::format("document {} removed; managers can no longer issue it from "
                                     "open deals",
                                     diffing::named(d.id, d.name)));
            c.before = d.id.value;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_document_removed() {
    return std::make_unique<DocumentRemoved>();
}

}  // namespace reltheme
