#pragma once
/// Which documents a theme offers at which stage: a document is offered at
/// the stages its `stages` lists, and at no stage when it lists none (see
/// `docs/render.md`, "Documents and stages"). The checks, the scenario
/// engine, the handbook and the document preview all ask here.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/theme.h"

namespace reltheme {

/// Whether `doc` is offered at the stage `stage_id`.
bool offered_at(const Document& doc, std::string_view stage_id);

/// Whether `doc` is offered at some stage of `theme`.
bool offered_anywhere(const Theme& theme, const Document& doc);

/// The documents offered at a stage, in the order the theme lists them.
std::vector<const Document*> documents_at(const Theme& theme, std::string_view stage_id);

/// The stages of `theme` that offer `doc`, each once, in the order `stages`
/// lists them (ids the theme does not have left out).
std::vector<const Stage*> stages_offering(const Theme& theme, const Document& doc);

/// Why `doc` cannot be sent from the stage `stage_id`, in the run's language
/// ("document offer is offered at stage proposal, not at intro"), or nullopt
/// when it can.
std::optional<std::string> not_offered_at(const Theme& theme, const Document& doc,
                                          std::string_view stage_id);

}  // namespace reltheme
