// document-added: a print form or online document that is new.
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_document_added() {
    return diffing::added_kind<Document>(
        {"document-added", "A new print form or online document", Severity::Info, Breaking::No,
         ChangeOp::Added},
        &Theme::documents, [](const Document& d, const std::vector<Document>&) {
            return fmt::format("document {} added ({})", diffing::named(d.id, d.name),
                               to_string(d.kind.value));
        });
}

}  // namespace reltheme
