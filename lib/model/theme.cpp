#include "model/theme.h"

#include <algorithm>

namespace reltheme {
namespace {

template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id.value == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Stage* Theme::find_stage(std::string_view id) const {
    return find_by_id(stages, id);
}
const Field* Theme::find_field(std::string_view id) const {
    return find_by_id(fields, id);
}
const Document* Theme::find_document(std::string_view id) const {
    return find_by_id(documents, id);
}
const Outcome* Theme::find_outcome(std::string_view id) const {
    return find_by_id(outcomes, id);
}

int Theme::stage_index(std::string_view id) const {
    const Stage* s = find_stage(id);
    return s ? static_cast<int>(s - stages.data()) : -1;
}

StageIndex::StageIndex(const Theme& theme) {
    m_positions.reserve(theme.stages.size());
    for (std::size_t i = 0; i < theme.stages.size(); ++i)
        m_positions.emplace(theme.stages[i].id.value, static_cast<int>(i));  // first wins
}

int StageIndex::operator()(std::string_view id) const {
    const auto it = m_positions.find(id);
    return it == m_positions.end() ? -1 : it->second;
}

const char* to_string(ThemeType v) {
    switch (v) {
        case ThemeType::Sales:
            return "sales";
        case ThemeType::Audit:
            return "audit";
        case ThemeType::Service:
            return "service";
    }
    return "";
}
const char* to_string(StageRole v) {
    return v == StageRole::Payment ? "payment" : "shipment";
}
const char* to_string(OutcomeResult v) {
    return v == OutcomeResult::Success ? "success" : "failure";
}
const char* to_string(CommentPolicy v) {
    return v == CommentPolicy::Required ? "required" : "optional";
}
const char* to_string(DocumentKind v) {
    return v == DocumentKind::PrintForm ? "print-form" : "online";
}
const char* to_string(FieldType v) {
    switch (v) {
        case FieldType::Text:
            return "text";
        case FieldType::Number:
            return "number";
        case FieldType::Money:
            return "money";
        case FieldType::Date:
            return "date";
        case FieldType::Bool:
            return "bool";
        case FieldType::Enum:
            return "enum";
        case FieldType::User:
            return "user";
    }
    return "";
}
const char* to_string(Approval v) {
    return v == Approval::Required ? "required" : "none";
}
const char* to_string(Planning v) {
    switch (v) {
        case Planning::Off:
            return "off";
        case Planning::Recommended:
            return "recommended";
        case Planning::Required:
            return "required";
    }
    return "";
}
const char* to_string(ClosePolicy v) {
    switch (v) {
        case ClosePolicy::OnOutcome:
            return "on-outcome";
        case ClosePolicy::OnFinalStage:
            return "on-final-stage";
        case ClosePolicy::OnPayment:
            return "on-payment";
    }
    return "";
}
const char* to_string(AfterClose v) {
    return v == AfterClose::Cancel ? "cancel" : "keep";
}

std::vector<std::string> builtin_outcomes(ThemeType type) {
    switch (type) {
        case ThemeType::Sales:
            return {"won", "lost"};
        case ThemeType::Audit:
            return {"yes", "no"};
        case ThemeType::Service:
            return {};
    }
    return {};
}

}  // namespace reltheme
