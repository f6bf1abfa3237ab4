#pragma once
/// Which placeholders exist in which text of a theme (`format.md`,
/// Placeholders; the decisions in `docs/render.md`, "Placeholders"):
///
/// - every text: `client.name`, `deal.manager`, `deal.deadline`,
///   `theme.name` and `fields.<field-id>` of the theme's fields;
/// - `stage.name` only where a stage is known: a stage's instruction, and
///   the template, email subject and email body of a document offered at a
///   stage (filled with the stage the document is sent from). The theme's
///   own instruction is read at no stage, so it has no stage placeholder.
///
/// `unknown-placeholder`, the handbook and the document preview ask here.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/theme.h"

namespace reltheme {

/// Where a template text is used.
struct PlaceholderContext {
    enum class Kind {
        ThemeInstruction,  ///< the theme's `instruction` or `instruction_file`
        StageInstruction,  ///< a stage's `instruction`
        Document,          ///< a document's template, email subject or email body
    };
    Kind kind = Kind::ThemeInstruction;
    const Document* document = nullptr;  ///< for Kind::Document
};

/// The placeholders of the theme in a context, in the order `format.md`
/// lists them (fields in the theme's order).
std::vector<std::string> placeholders_in(const Theme& theme, const PlaceholderContext& where);

/// Placeholders whose value comes from the stage (`stage.name`).
bool is_stage_placeholder(std::string_view name);

/// Whether a stage is known in `where`, so that `stage.name` means something:
/// in a stage's instruction, and in a document offered at a stage.
bool stage_known(const Theme& theme, const PlaceholderContext& where);

/// The values the theme itself gives: `theme.name` and, when a stage is
/// known, `stage.name`.
std::vector<std::pair<std::string, std::string>> theme_placeholder_values(const Theme& theme,
                                                                          const Stage* stage);

}  // namespace reltheme
