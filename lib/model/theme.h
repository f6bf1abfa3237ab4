#pragma once
/// The theme model: plain types for everything `format.md` describes, every
/// value with the source range it came from.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/duration.h"
#include "util/source.h"

namespace reltheme {

/// A value and where it was written.
template <class T>
struct Located {
    T value{};
    Range range;
};

using Id = Located<std::string>;

enum class ThemeType { Sales, Audit, Service };
enum class StageRole { Payment, Shipment };
enum class OutcomeResult { Success, Failure };
enum class CommentPolicy { Optional, Required };
enum class DocumentKind { PrintForm, Online };
enum class FieldType { Text, Number, Money, Date, Bool, Enum, User };
enum class Approval { None, Required };
enum class Planning { Off, Recommended, Required };
enum class ClosePolicy { OnOutcome, OnFinalStage, OnPayment };
enum class AfterClose { Cancel, Keep };

/// One entry of a stage's `next`.
struct Transition {
    Id to;
    std::optional<Located<double>> probability;
    Range range;  ///< the whole entry
};

struct Stage {
    Id id;
    Located<std::string> name;
    std::optional<Located<Duration>> deadline;
    std::optional<Located<std::string>> instruction;
    std::optional<Located<double>> probability;
    std::optional<Located<StageRole>> role;
    /// How a final stage ends (semantics/deal_life.h: final_result()).
    std::optional<Located<OutcomeResult>> result;
    std::vector<Transition> next;
    std::optional<Range> next_range;  ///< set when `next` is written (even empty)
    std::vector<Id> requires_fields;
    std::vector<Id> formerly;
    Range range;  ///< the stage's mapping

    /// A final stage has no `next` (or an empty one).
    bool is_final() const { return next.empty(); }
};

struct Outcome {
    Id id;
    Located<std::string> name;
    /// Required in sales themes; an audit outcome without it is a result of
    /// its own, counted neither as yes nor as no.
    std::optional<Located<OutcomeResult>> result;
    std::optional<Located<CommentPolicy>> comment;
    std::vector<Id> formerly;
    Range range;

    bool comment_required() const { return comment && comment->value == CommentPolicy::Required; }
};

struct Email {
    std::optional<Located<std::string>> subject;
    std::optional<Located<std::string>> body;  ///< a template path
    Range range;
};

struct Document {
    Id id;
    Located<std::string> name;
    Located<DocumentKind> kind;
    std::optional<Located<std::string>> template_path;
    std::vector<Id> stages;
    std::optional<Range> stages_range;
    std::optional<Email> email;
    Range range;
};

struct Field {
    Id id;
    Located<std::string> name;
    Located<FieldType> type;
    std::vector<Located<std::string>> options;
    std::vector<Id> formerly;
    Range range;
};

struct DeadlineChange {
    std::optional<Located<Approval>> approval;
    std::vector<Located<std::string>> approvers;
    std::optional<Range> approvers_range;
    Range range;      ///< the mapping
    Range key_range;  ///< the `deadline_change` key
};

struct Parameters {
    std::optional<Located<bool>> concurrent_deals;
    std::optional<Located<Planning>> planning;
    std::optional<Located<ClosePolicy>> close;
    std::optional<Located<AfterClose>> planned_activities;
    std::optional<Located<AfterClose>> unpaid_invoices;
    Range range;
};

struct Theme {
    std::string file;  ///< path as given on the command line
    Located<long long> version;
    Id id;
    Located<std::string> name;
    Located<ThemeType> type;
    std::optional<Located<std::string>> description;
    std::optional<Located<std::string>> instruction;
    std::optional<Located<std::string>> instruction_file;
    std::optional<Located<std::string>> script;
    std::optional<Located<Duration>> max_duration;
    std::optional<DeadlineChange> deadline_change;
    std::vector<Stage> stages;
    std::optional<Range> stages_range;
    std::vector<Outcome> outcomes;
    std::optional<Range> outcomes_range;
    std::vector<Document> documents;
    std::vector<Field> fields;
    /// Unset keys mean what semantics/deal_life.h says (close_policy() etc.).
    std::optional<Parameters> parameters;
    Range range;  ///< the top-level mapping

    const Stage* find_stage(std::string_view id) const;
    const Field* find_field(std::string_view id) const;
    const Document* find_document(std::string_view id) const;
    const Outcome* find_outcome(std::string_view id) const;
    /// Index of a stage in `stages`, or -1.
    int stage_index(std::string_view id) const;
};

/// Stage ids to positions in `theme.stages`, for code that looks up many:
/// built in linear time, then O(1) a lookup (Theme::stage_index scans).
/// Holds views into the theme, which must outlive it unchanged.
class StageIndex {
  public:
    explicit StageIndex(const Theme& theme);
    /// The position of stage `id`, or -1.
    int operator()(std::string_view id) const;

  private:
    std::unordered_map<std::string_view, int> m_positions;
};

/// Names of enum values as written in theme files.
const char* to_string(ThemeType v);
const char* to_string(StageRole v);
const char* to_string(OutcomeResult v);
const char* to_string(CommentPolicy v);
const char* to_string(DocumentKind v);
const char* to_string(FieldType v);
const char* to_string(Approval v);
const char* to_string(Planning v);
const char* to_string(ClosePolicy v);
const char* to_string(AfterClose v);

/// Ids of the outcomes every theme of a type has built in.
std::vector<std::string> builtin_outcomes(ThemeType type);

}  // namespace reltheme
