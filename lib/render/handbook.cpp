#include "render/handbook.h"

#include <fmt/format.h>

#include "render/graph.h"
#include "render/svg.h"
#include "render/template_fill.h"
#include "semantics/deal_life.h"
#include "semantics/documents.h"
#include "semantics/placeholders.h"

namespace reltheme::render {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += sep;
        out += items[i];
    }
    return out;
}

/// «Name» in Russian quotes, "Name" in English ones.
std::string quoted(const std::string& name, Lang lang) {
    return lang == Lang::Ru ? "«" + name + "»" : "“" + name + "”";
}

std::string field_name(const Theme& theme, const std::string& id) {
    const Field* f = theme.find_field(id);
    return f ? f->name.value : id;
}

/// What the stage does to a deal, in the words of the "Next" line; nullptr
/// for a stage a deal only passes through.
const char* stage_end_phrase(const Theme& theme, std::size_t stage) {
    const StageClosing c = stage_closing(theme, stage);
    if (c.on_entry)
        return *c.on_entry == OutcomeResult::Success ? "final stage closes"
                                                     : "final stage closes lost";
    const Stage& s = theme.stages[stage];
    if (close_policy(theme) == ClosePolicy::OnPayment && c.can_win) return "payment stage closes";
    if (!is_final_stage(s)) return nullptr;
    if (c.can_win) return "final stage";
    // No deal is won here: a lost end, or (on-payment) an end past no payment.
    return final_result(s) == OutcomeResult::Failure ? "final stage lost" : "final stage no win";
}

Block stage_graph_legend(Lang lang) {
    return paragraph({plain(tr("graph legend", lang))});
}

void add_stages(const Theme& theme, Lang lang, Page& page) {
    if (theme.stages.empty()) return;
    page.sections.push_back(
        {2, tr("Stage graph", lang), "graph", "", {graph_block(), stage_graph_legend(lang)}});
    page.sections.push_back({2, tr("Stages", lang), "stages", "", {}});
    const auto edges = stage_edges(theme);
    for (std::size_t i = 0; i < theme.stages.size(); ++i) {
        const Stage& s = theme.stages[i];
        Section section;
        section.level = 3;
        section.title = fmt::format("{}. {}", i + 1, s.name.value);
        section.anchor = "stage-" + s.id.value;
        section.css_class = s.is_final() ? "stage final" : "stage";
        std::vector<Fact> list;
        list.push_back({tr("Deadline", lang),
                        {plain(s.deadline ? duration_words(s.deadline->value, lang)
                                          : tr("no deadline", lang))}});
        if (s.probability)
            list.push_back(
                {tr("Chance to win", lang), {plain(percent(s.probability->value, lang))}});
        if (s.role) list.push_back({tr("Role", lang), {plain(role_name(s.role->value, lang))}});
        if (!s.requires_fields.empty()) {
            std::vector<std::string> names;
            for (const auto& f : s.requires_fields)
                names.push_back(quoted(field_name(theme, f.value), lang));
            list.push_back({tr("Fill before entering", lang), {plain(join(names, ", "))}});
        }
        std::vector<std::string> docs;
        for (const Document* d : documents_at(theme, s.id.value))
            docs.push_back(quoted(d->name.value, lang));
        if (!docs.empty()) list.push_back({tr("Documents", lang), {plain(join(docs, ", "))}});
        Inline next;
        for (const auto& e : edges) {
            if (e.from != static_cast<int>(i)) continue;
            if (!next.empty()) next.push_back(plain(", "));
            const Stage& to = theme.stages[e.to];
            next.push_back(link(to.name.value, "#stage-" + to.id.value));
            std::vector<std::string> notes;
            if (e.probability) notes.push_back(percent(*e.probability, lang));
            if (e.back) notes.push_back(tr("back", lang));
            if (!notes.empty()) next.push_back(plain(" (" + join(notes, ", ") + ")"));
        }
        if (const char* end = stage_end_phrase(theme, i)) {
            if (!next.empty()) next.push_back(plain("; "));
            next.push_back(plain(tr(end, lang)));
        }
        list.push_back({tr("Next", lang), next});
        section.blocks.push_back(facts(std::move(list)));
        if (s.instruction) {
            section.blocks.push_back(
                markdown_block(fill_instruction(s.instruction->value, theme, &s), 4));
        }
        page.sections.push_back(std::move(section));
    }
}

void add_outcomes(const Theme& theme, Lang lang, Page& page) {
    if (theme.type.value == ThemeType::Service) return;
    const bool sales = theme.type.value == ThemeType::Sales;
    std::vector<std::vector<Inline>> rows;
    const auto builtin = [&](const char* name, const char* id, OutcomeResult result) {
        rows.push_back({{plain(tr(name, lang)), plain(" ("), plain(tr("built in", lang)),
                         plain(", "), code(id), plain(")")},
                        {plain(result_name(result, lang))},
                        {plain(tr("optional", lang))}});
    };
    if (sales) {
        builtin("Won", "won", OutcomeResult::Success);
        builtin("Lost", "lost", OutcomeResult::Failure);
    } else {
        builtin("Yes", "yes", OutcomeResult::Success);
        builtin("No", "no", OutcomeResult::Failure);
    }
    for (const auto& o : theme.outcomes) {
        rows.push_back({{plain(o.name.value)},
                        {plain(result_name(o.result, lang))},
                        {plain(tr(o.comment_required() ? "required" : "optional", lang))}});
    }
    page.sections.push_back(
        {2,
         tr("Outcomes", lang),
         "outcomes",
         "",
         {paragraph({plain(tr(sales ? "outcomes intro sales" : "outcomes intro audit", lang))}),
          table({tr("Outcome", lang), tr("Result", lang), tr("Comment", lang)}, std::move(rows))}});
}

void add_fields(const Theme& theme, Lang lang, Page& page) {
    if (theme.fields.empty()) return;
    std::vector<std::vector<Inline>> rows;
    for (const auto& f : theme.fields) {
        std::vector<std::string> options;
        for (const auto& o : f.options) options.push_back(o.value);
        std::vector<std::string> stages;
        for (const auto& s : theme.stages) {
            for (const auto& r : s.requires_fields) {
                if (r.value == f.id.value) {
                    stages.push_back(quoted(s.name.value, lang));
                    break;
                }
            }
        }
        rows.push_back({{plain(f.name.value)},
                        {plain(field_type_name(f.type.value, lang))},
                        {plain(join(options, ", "))},
                        {plain(join(stages, ", "))}});
    }
    page.sections.push_back({2,
                             tr("Extra fields", lang),
                             "fields",
                             "",
                             {paragraph({plain(tr("fields intro", lang))}),
                              table({tr("Field", lang), tr("Type", lang), tr("Values", lang),
                                     tr("Needed for stage", lang)},
                                    std::move(rows))}});
}

void add_documents(const Theme& theme, Lang lang, Page& page) {
    if (theme.documents.empty()) return;
    std::vector<std::vector<Inline>> rows;
    for (const auto& d : theme.documents) {
        std::vector<std::string> stages;
        for (const Stage* s : stages_offering(theme, d))
            stages.push_back(quoted(s->name.value, lang));
        Inline email;
        if (d.email && d.email->subject) email.push_back(plain(d.email->subject->value));
        rows.push_back({{plain(d.name.value)},
                        {plain(document_kind_name(d.kind.value, lang))},
                        {plain(join(stages, ", "))},
                        email});
    }
    page.sections.push_back({2,
                             tr("Documents", lang),
                             "documents",
                             "",
                             {paragraph({plain(tr("documents intro", lang))}),
                              table({tr("Document", lang), tr("Kind", lang), tr("Stages", lang),
                                     tr("Email to the client", lang)},
                                    std::move(rows))}});
}

void add_parameters(const Theme& theme, Lang lang, Page& page) {
    if (theme.type.value != ThemeType::Sales) return;
    const Parameters* p = theme.parameters ? &*theme.parameters : nullptr;
    std::vector<Inline> items;
    const auto item = [&](const char* key, bool is_default) {
        std::string sentence = tr(key, lang);
        if (is_default && sentence.ends_with('.')) {
            sentence.pop_back();
            sentence += std::string(" (") + tr("default", lang) + ").";
        }
        items.push_back({plain(sentence)});
    };
    item(concurrent_deals(theme) ? "concurrent true" : "concurrent false",
         !(p && p->concurrent_deals));
    switch (planning(theme)) {
        case Planning::Required:
            item("planning required", !(p && p->planning));
            break;
        case Planning::Recommended:
            item("planning recommended", !(p && p->planning));
            break;
        case Planning::Off:
            item("planning off", !(p && p->planning));
            break;
    }
    switch (close_policy(theme)) {
        case ClosePolicy::OnOutcome:
            item("close on-outcome", !(p && p->close));
            break;
        case ClosePolicy::OnFinalStage:
            item("close on-final-stage", !(p && p->close));
            break;
        case ClosePolicy::OnPayment:
            item("close on-payment", !(p && p->close));
            break;
    }
    item(after_close_activities(theme) == AfterClose::Cancel ? "activities cancel"
                                                             : "activities keep",
         !(p && p->planned_activities));
    item(after_close_invoices(theme) == AfterClose::Cancel ? "invoices cancel" : "invoices keep",
         !(p && p->unpaid_invoices));
    page.sections.push_back(
        {2, tr("Parameters", lang), "parameters", "", {bullets(std::move(items))}});
}

void add_deadline(const Theme& theme, Lang lang, Page& page) {
    if (theme.type.value != ThemeType::Sales) return;
    Section section{2, tr("Deal deadline", lang), "deadline", "", {}};
    if (theme.max_duration) {
        section.blocks.push_back(
            paragraph({plain(fmt::format(fmt::runtime(tr("max duration", lang)),
                                         duration_words(theme.max_duration->value, lang)))}));
    } else {
        section.blocks.push_back(paragraph({plain(tr("no max duration", lang))}));
    }
    const DeadlineChange* dc = theme.deadline_change ? &*theme.deadline_change : nullptr;
    const bool required = deadline_change_needs_approval(theme);
    if (required && !dc->approvers.empty()) {
        section.blocks.push_back(paragraph({plain(tr("approval required", lang))}));
        std::vector<Inline> who;
        for (const auto& a : dc->approvers) {
            who.push_back(
                {plain(approver_words(a.value, lang)), plain(" ("), code(a.value), plain(")")});
        }
        section.blocks.push_back(bullets(std::move(who)));
    } else if (required) {
        section.blocks.push_back(paragraph({plain(tr("approval required nobody", lang))}));
    } else {
        section.blocks.push_back(paragraph({plain(tr("approval none", lang))}));
    }
    page.sections.push_back(std::move(section));
}

}  // namespace

std::string fill_instruction(const std::string& markdown, const Theme& theme, const Stage* stage) {
    TemplateValue values;
    for (auto& [name, value] : theme_placeholder_values(theme, stage))
        values.set(name, TemplateValue::of_text(std::move(value)));
    const FilledTemplate filled = fill_template(markdown, values, ValueEscape::Markdown, true);
    if (filled.too_large) {
        Range at;
        if (stage && stage->instruction)
            at = stage->instruction->range;
        else if (theme.instruction)
            at = theme.instruction->range;
        else if (theme.instruction_file)
            at = theme.instruction_file->range;
        const std::string what = stage ? fmt::format("the instruction of stage {}", stage->id.value)
                                       : std::string("the theme's instruction");
        throw FilledTooLarge(what + ": " + filled.error, at);
    }
    return filled.error.empty() ? filled.text : markdown;
}

Page handbook_page(const Theme& theme, const HandbookOptions& options) {
    const Lang lang = options.lang;
    Page page;
    page.lang = lang;
    page.title = theme.name.value;
    page.head_title = theme.name.value + " — " + tr("relationship theme", lang);
    if (!options.back_href.empty()) {
        page.back_href = options.back_href;
        page.back_text = std::string("← ") + tr("All themes", lang);
    }
    if (theme.description) page.intro.push_back(paragraph({plain(theme.description->value)}));
    std::vector<Fact> intro;
    intro.push_back({tr("Type", lang), {plain(type_name(theme.type.value, lang))}});
    intro.push_back({tr("Id", lang), {code(theme.id.value)}});
    if (theme.max_duration) {
        intro.push_back({tr("Maximum deal duration", lang),
                         {plain(duration_words(theme.max_duration->value, lang))}});
    }
    if (theme.script) {
        const bool sales = theme.type.value == ThemeType::Sales;
        intro.push_back({tr(sales ? "Sales script" : "Script", lang), {code(theme.script->value)}});
    }
    page.intro.push_back(facts(std::move(intro)));

    add_stages(theme, lang, page);
    add_outcomes(theme, lang, page);
    add_fields(theme, lang, page);
    add_documents(theme, lang, page);
    add_parameters(theme, lang, page);
    add_deadline(theme, lang, page);
    if (options.instruction) {
        page.sections.push_back(
            {2,
             tr("Instruction", lang),
             "instruction",
             "",
             {markdown_block(fill_instruction(*options.instruction, theme, nullptr), 3)}});
    }
    if (!options.source_file.empty()) {
        page.footer = {plain(std::string(tr("Theme file", lang)) + ": "),
                       code(options.source_file)};
    }
    return page;
}

std::string handbook_markdown(const Theme& theme, const HandbookOptions& options) {
    PageGraph graph;
    if (!theme.stages.empty()) graph.mermaid = to_mermaid(theme, options.lang);
    return page_to_markdown(handbook_page(theme, options), graph);
}

std::string handbook_html(const Theme& theme, const HandbookOptions& options,
                          std::string* graph_error) {
    PageGraph graph;
    if (!theme.stages.empty()) {
        std::string error = graph_size_problem(theme, GraphLimits::from_environment());
        const auto svg = error.empty()
                             ? dot_to_svg(to_dot(theme, options.lang, DotOptions{true}), error)
                             : std::nullopt;
        if (svg) {
            graph.svg = inline_svg(*svg);
        } else {
            graph.error = std::string(tr("graph unavailable", options.lang)) + " " + error;
            if (graph_error) *graph_error = error;
        }
    }
    return page_to_html(handbook_page(theme, options), graph);
}

Page index_page(const std::vector<IndexEntry>& entries, Lang lang) {
    Page page;
    page.lang = lang;
    page.title = tr("Relationship themes", lang);
    page.head_title = page.title;
    for (const ThemeType type : {ThemeType::Sales, ThemeType::Audit, ThemeType::Service}) {
        std::vector<Inline> items;
        for (const auto& e : entries) {
            if (e.theme->type.value != type) continue;
            Inline item{link(e.theme->name.value, e.href)};
            if (type == ThemeType::Sales) {
                item.push_back(
                    plain(", " + count_words(static_cast<long long>(e.theme->stages.size()),
                                             "stage", "stages", "этап", "этапа", "этапов", lang)));
            }
            if (e.theme->description) item.push_back(plain(" — " + e.theme->description->value));
            items.push_back(std::move(item));
        }
        if (items.empty()) continue;
        page.sections.push_back(
            {2, type_name(type, lang), to_string(type), "", {bullets(std::move(items))}});
    }
    return page;
}

}  // namespace reltheme::render
