// document-added: a print form or online document that is new.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_document_added() {
    return diffing::added_kind<Document>(
        {"document-added", "A new print form or online document", Severity::Info, Breaking::No,
         ChangeOp::Added},
        &Theme::documents, [](const Document& d, const std::vector<Document>&) {
            return i18n::message("document-added",
                                 fmt::arg("document", diffing::named(d.id, d.name)),
                                 fmt::arg("kind", to_string(d.kind.value)));
        });
}

}  // namespace reltheme
