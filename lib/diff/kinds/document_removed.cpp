// document-removed: a print form or online document is gone.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"
#include "i18n/messages.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_document_removed() {
    return diffing::removed_kind<Document>(
        {"document-removed",
         "A print form or online document was removed: deals can no longer issue it",
         Severity::Warning, Breaking::No, ChangeOp::Removed},
        &Theme::documents, nullptr, [](const Document& d) {
            return i18n::message("document-removed",
                                 fmt::arg("document", diffing::named(d.id, d.name)));
        });
}

}  // namespace reltheme
