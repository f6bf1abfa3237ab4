// field-moved: a field gone from the new version that another lists in
// `formerly`; the values carry over.
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

class FieldMoved final : public ChangeKind {
  public:
    std::string_view id() const override { return "field-moved"; }
    std::string_view summary() const override {
        return "A deal field was replaced by one that lists it in formerly: values carry over";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const auto& m :
             diffing::match_items(p.old_version.theme.fields, p.new_version.theme.fields)) {
            if (m.how != diffing::MatchHow::Renamed && m.how != diffing::MatchHow::Merged) continue;
            const std::string& from = m.old_item->id.value;
            const std::string& to = m.new_item->id.value;
            Change& c = sink.add(
                *this, Side::New, m.formerly->range,
                m.how == diffing::MatchHow::Renamed
                    ? fmt::format("field {} is now {}; its values carry over",
                                  diffing::quoted(from), diffing::quoted(to))
                    : fmt::format(
                          "field {} merged into {}; its values carry over where {} is empty",
                          diffing::quoted(from), diffing::quoted(to), diffing::quoted(to)));
            c.before = from;
            c.after = to;
        }
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_field_moved() {
    return std::make_unique<FieldMoved>();
}

}  // namespace reltheme
