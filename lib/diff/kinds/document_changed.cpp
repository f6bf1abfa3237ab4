// document-changed: a document's name, kind, stages or email subject changed
// (its template files are template-changed).
#include <fmt/format.h>

#include "diff/change_kind.h"
#include "diff/compare.h"
#include "diff/kinds/kinds.h"

namespace reltheme {
namespace {

std::string list(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return "[" + out + "]";
}

class DocumentChanged final : public ChangeKind {
  public:
    std::string_view id() const override { return "document-changed"; }
    std::string_view summary() const override {
        return "A document's name, kind, stages or email subject changed";
    }
    Severity default_severity() const override { return Severity::Info; }
    Breaking breaking() const override { return Breaking::No; }
    ChangeOp op() const override { return ChangeOp::Changed; }

    void compare(const ThemePair& p, ChangeSink& sink) const override {
        if (!diffing::same_type(p)) return;
        const Theme& before = p.old_version.theme;
        const Theme& after = p.new_version.theme;
        const diffing::Successors<Stage> new_stage_id(before.stages, after.stages);
        for (const Document& d : after.documents) {
            const Document* o = diffing::find_item(before.documents, d.id.value);
            if (!o) continue;
            const std::string doc = "document " + diffing::quoted(d.id.value);
            if (o->name.value != d.name.value) {
                add(sink, Side::New, d.name.range,
                    fmt::format("{} renamed from {} to {}", doc, diffing::quoted(o->name.value),
                                diffing::quoted(d.name.value)),
                    o->name.value, d.name.value);
            }
            if (o->kind.value != d.kind.value) {
                add(sink, Side::New, d.kind.range,
                    fmt::format("{} is now {} (was {})", doc, to_string(d.kind.value),
                                to_string(o->kind.value)),
                    to_string(o->kind.value), to_string(d.kind.value));
            }
            // Stages under their new ids, so a renamed stage is no change here.
            const std::vector<std::string> old_stages = new_stage_id.mapped(o->stages);
            std::vector<std::string> new_stages;
            for (const Id& s : d.stages) new_stages.push_back(s.value);
            if (old_stages != new_stages) {
                const std::string message = fmt::format("{} is offered at stages {} (was {})", doc,
                                                        list(new_stages), list(old_stages));
                if (d.stages_range) {
                    add(sink, Side::New, *d.stages_range, message, list(old_stages),
                        list(new_stages));
                } else {
                    Change& c = add(sink, Side::Old, o->stages_range.value_or(o->id.range), message,
                                    list(old_stages), list(new_stages));
                    diffing::anchor_at(c, p.new_version, d.id.range);
                }
            }
            compare_email(p, sink, doc, *o, d);
        }
    }

  private:
    Change& add(ChangeSink& sink, Side side, const Range& range, const std::string& message,
                const std::string& before, const std::string& after) const {
        Change& c = sink.add(*this, side, range, message);
        c.before = before;
        c.after = after;
        return c;
    }

    void compare_email(const ThemePair& p, ChangeSink& sink, const std::string& doc,
                       const Document& o, const Document& d) const {
        if (!o.email && !d.email) return;
        if (!d.email) {
            Change& c = sink.add(*this, Side::Old, o.email->range,
                                 fmt::format("{} no longer has an email template", doc));
            diffing::anchor_at(c, p.new_version, d.id.range);
            return;
        }
        if (!o.email) {
            sink.add(*this, Side::New, d.email->range,
                     fmt::format("{} now has an email template", doc));
            return;
        }
        const auto& before = o.email->subject;
        const auto& after = d.email->subject;
        if ((before ? before->value : "") == (after ? after->value : "")) return;
        const std::string message = fmt::format("email subject of {} changed", doc);
        Change& c = after ? sink.add(*this, Side::New, after->range, message)
                          : sink.add(*this, Side::Old, before->range, message);
        if (before) c.before = before->value;
        if (after) c.after = after->value;
    }
};

}  // namespace

std::unique_ptr<Rule> rules::make_document_changed() {
    return std::make_unique<DocumentChanged>();
}

}  // namespace reltheme
