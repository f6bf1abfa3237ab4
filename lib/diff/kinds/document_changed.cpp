// document-changed: a document's name, kind, stages or email subject changed
// (its template files are template-changed).
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {
namespace {

std::string list(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return "[" + out + "]";
}

Change& add(const ChangeKind& kind, ChangeSink& sink, Side side, const Range& range,
            const std::string& message, const std::string& before, const std::string& after) {
    Change& c = sink.add(kind, side, range, message);
    c.before = before;
    c.after = after;
    return c;
}

void compare_email(const ChangeKind& kind, const ThemePair& p, ChangeSink& sink,
                   const std::string& doc, const Document& o, const Document& d) {
    if (!o.email && !d.email) return;
    if (!d.email) {
        Change& c = sink.add(kind, Side::Old, o.email->range,
                             i18n::message("document-changed.no-email", fmt::arg("document", doc)));
        diffing::anchor_at(c, p.new_version, d.id.range);
        return;
    }
    if (!o.email) {
        sink.add(kind, Side::New, d.email->range,
                 i18n::message("document-changed.email", fmt::arg("document", doc)));
        return;
    }
    const auto& before = o.email->subject;
    const auto& after = d.email->subject;
    if ((before ? before->value : "") == (after ? after->value : "")) return;
    const std::string message =
        i18n::message("document-changed.email-subject", fmt::arg("document", doc));
    Change& c = after ? sink.add(kind, Side::New, after->range, message)
                      : sink.add(kind, Side::Old, before->range, message);
    if (before) c.before = before->value;
    if (after) c.after = after->value;
}

}  // namespace

std::unique_ptr<Rule> rules::make_document_changed() {
    return diffing::pair_kind(
        {"document-changed", "A document's name, kind, stages or email subject changed",
         Severity::Info, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& kind, const ThemePair& p, ChangeSink& sink) {
            const Theme& before = p.old_version.theme;
            const Theme& after = p.new_version.theme;
            const diffing::Successors<Stage> new_stage_id(before.stages, after.stages);
            for (const Document& d : after.documents) {
                const Document* o = diffing::find_item(before.documents, d.id.value);
                if (!o) continue;
                const std::string doc = diffing::quoted(d.id.value);
                if (o->name.value != d.name.value) {
                    add(kind, sink, Side::New, d.name.range,
                        i18n::message("document-changed.renamed", fmt::arg("document", doc),
                                      fmt::arg("was", diffing::quoted(o->name.value)),
                                      fmt::arg("now", diffing::quoted(d.name.value))),
                        o->name.value, d.name.value);
                }
                if (o->kind.value != d.kind.value) {
                    add(kind, sink, Side::New, d.kind.range,
                        i18n::message("document-changed.kind", fmt::arg("document", doc),
                                      fmt::arg("now", to_string(d.kind.value)),
                                      fmt::arg("was", to_string(o->kind.value))),
                        to_string(o->kind.value), to_string(d.kind.value));
                }
                // Stages under their new ids, so a renamed stage is no change here.
                const std::vector<std::string> old_stages = new_stage_id.mapped(o->stages);
                std::vector<std::string> new_stages;
                for (const Id& s : d.stages) new_stages.push_back(s.value);
                if (old_stages != new_stages) {
                    const std::string message = i18n::message(
                        "document-changed.stages", fmt::arg("document", doc),
                        fmt::arg("now", list(new_stages)), fmt::arg("was", list(old_stages)));
                    if (d.stages_range) {
                        add(kind, sink, Side::New, *d.stages_range, message, list(old_stages),
                            list(new_stages));
                    } else {
                        Change& c =
                            add(kind, sink, Side::Old, o->stages_range.value_or(o->id.range),
                                message, list(old_stages), list(new_stages));
                        diffing::anchor_at(c, p.new_version, d.id.range);
                    }
                }
                compare_email(kind, p, sink, doc, *o, d);
            }
        });
}

}  // namespace reltheme
