// template-changed: the file a document prints from, or its email body,
// changed: another path or other content (compared byte for byte).
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

using Path = std::optional<Located<std::string>>;

const Path& email_body(const Document& d) {
    static const Path k_none;
    return d.email ? d.email->body : k_none;
}

class TemplateChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "template-changed"; }
    std::string_view summary() const override {
        return "A document's template or email body file changed (path or content)";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        for (const Document& d : p.new_version.theme.documents) {
            const Document* o = diffing::find_item(p.old_version.theme.documents, d.id.value);
            if (!o) continue;
            const auto doc = fmt::arg("id", d.id.value);
            report(p, sink, i18n::subject("subject.template-of", doc).nominative, o->template_path,
                   d.template_path, d.id.range);
            report(p, sink, i18n::subject("subject.email-body-of", doc).nominative, email_body(*o),
                   email_body(d), d.id.range);
        }
    }

  private:
    void report(const ThemePair& p, ChangeSink& sink, const std::string& what, const Path& before,
                const Path& after, const Range& anchor) const {
        if (!before && !after) return;
        if (!after) {
            Change& c = sink.add(*this, Side::Old, before->range,
                                 i18n::message("template-changed.removed", fmt::arg("what", what),
                                               fmt::arg("was", before->value)));
            c.before = before->value;
            diffing::anchor_at(c, p.new_version, anchor);
            return;
        }
        if (!before) {
            Change& c = sink.add(*this, Side::New, after->range,
                                 i18n::message("template-changed.added", fmt::arg("what", what),
                                               fmt::arg("now", after->value)));
            c.after = after->value;
            return;
        }
        const bool moved = before->value != after->value;
        const auto old_text = diffing::read_relative(p.old_version, before->value);
        const auto new_text = diffing::read_relative(p.new_version, after->value);
        std::string message;
        const auto it = fmt::arg("what", what);
        const auto was = fmt::arg("was", before->value);
        const auto now = fmt::arg("now", after->value);
        if (old_text && new_text) {
            if (*old_text == *new_text) {
                if (!moved) return;
                message = i18n::message("template-changed.moved", it, was, now);
            } else {
                const auto counts =
                    diffing::describe(diffing::count_line_changes(*old_text, *new_text));
                message =
                    i18n::message(moved ? "template-changed.moved-changed" : "template-changed", it,
                                  was, now, fmt::arg("counts", counts));
            }
        } else {
            // A file that cannot be read on one side: only the paths compare.
            if (!moved) return;
            message = i18n::message("template-changed.path", it, was, now);
        }
        Change& c = sink.add(*this, Side::New, after->range, message);
        c.before = before->value;
        c.after = after->value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_template_changed() {
    return std::make_unique<TemplateChanged>();
}

}  // namespace reltheme
