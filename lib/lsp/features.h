#pragma once
/// The language features of a theme, answered from the model the check
/// loaded (lsp/analysis.h) and the text: code actions of a finding, the
/// outline, hover, definition and references of ids, completion, rename.
/// Each returns the `result` of its LSP request (docs/lsp.md).
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lsp/analysis.h"
#include "lsp/jsonrpc.h"
#include "model/theme.h"

namespace reltheme::lsp {

using RuleText = std::function<std::string(std::string_view)>;

/// The kinds of ids a theme defines and names.
enum class IdKind { Stage, Field, Outcome, Document };

/// The id at `at` (defined or referenced in the theme) and its kind.
std::optional<std::pair<IdKind, std::string>> id_at(const View& view, TextPosition at);

/// The edit that adds `old_id` to the `formerly` list of the item of `kind`
/// the theme defines as `old_id` (the item being renamed; `formerly:
/// [old_id]` after its id when it has no list), so `diff` reads a move, not
/// a loss; null when there is no such item or its text cannot take the edit
/// (documents have no `formerly`).
Json formerly_edit(const View& view, IdKind kind, const std::string& old_id);

/// The quick fixes of one finding (`published` is the diagnostic it was
/// sent as): its fix as a WorkspaceEdit, when it has one, and, when the file
/// honours suppressions (`suppressible`: a theme), the comment that silences
/// its rule on its line.
std::vector<Json> fix_actions(const View& view, const Diagnostic& d, const Json& published,
                              bool suppressible = true);

/// DocumentSymbol[]: the stages, outcomes, documents and fields, each under
/// a symbol of its list.
Json document_symbols(const View& view);

/// Hover over a stage id (its name, deadline and where it leads), another id
/// (its name) or a rule id in a suppression comment (its summary); null
/// elsewhere.
Json hover(const View& view, TextPosition at, const RuleText& summary, const RuleText& help_uri);

/// The definition of the id at `at` (a stage in `next`, `to` or a document's
/// `stages`; a field in `requires`), or the file a path at `at` names (a
/// template, an email body, the instruction file), as a Location; null when
/// none.
Json definition(const View& view, TextPosition at);

/// Every place the id at `at` is written (its definition with
/// `declaration`), as Location[].
Json references(const View& view, TextPosition at, bool declaration);

/// The range of the id at `at` and its text, or null when there is none.
Json prepare_rename(const View& view, TextPosition at);

/// The WorkspaceEdit that renames the id at `at` everywhere in the theme;
/// sets `error` (and returns null) when `name` is no id, is taken, or there
/// is no id at `at`.
Json rename(const View& view, TextPosition at, const std::string& name, std::string& error);

/// The theme the last commit holds of a document (lsp/committed.h), asked
/// only when an answer needs it; null when there is none.
using CommittedTheme = std::function<const Theme*()>;

/// CompletionList: stage ids in `next`, `to` and a document's `stages`,
/// field ids in `requires`, in a stage's, outcome's or field's `formerly` the
/// ids of that kind `committed` has and the theme no longer defines, the
/// values of an enumeration (`role`, `close`, `type`...), the registry's
/// scripts and approvers, placeholders after `{{` in an instruction or an
/// email subject, and the keys allowed where a key is being written. While
/// the text does not load, the last version that loaded stands in for it.
Json completion(const View& view, TextPosition at, const CommittedTheme& committed);

/// CompletionList in a scenario file: the ids of `theme` (the one the
/// scenario names) where the scenario writes one: outcomes (the built-in ones
/// of its type, then its own, with their names) after `outcome:`, stages
/// after `to:` and `stage:`; nothing elsewhere or without a theme.
Json scenario_completion(const View& view, TextPosition at, const Theme* theme);

/// In a scenario file, the theme's item whose id is written at `at` (a
/// move's `to`, an expectation's `stage`, an `outcome`, a fill's `field`, a
/// send's `document`): where `theme` defines it; null for a built-in outcome
/// or an id it does not define.
const Range* scenario_definition(const View& view, TextPosition at, const Theme& theme);

/// Hover over such an id: what hover over it in the theme says.
Json scenario_hover(const View& view, TextPosition at, const Theme& theme);

}  // namespace reltheme::lsp
