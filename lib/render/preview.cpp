#include "render/preview.h"

#include <algorithm>

#include "render/page.h"
#include "semantics/documents.h"
#include "semantics/placeholders.h"

namespace reltheme::render {
namespace {

void add_missing(std::vector<std::string>& into, const std::vector<std::string>& names) {
    for (const auto& n : names) {
        if (std::find(into.begin(), into.end(), n) == into.end()) into.push_back(n);
    }
}

Preview build(const PreviewInput& in, bool html) {
    const Lang lang = in.lang;
    const Theme& theme = *in.theme;
    const Document& doc = *in.document;
    Preview result;

    std::string stage_id = in.stage_id;
    if (stage_id.empty()) {
        const auto offering = stages_offering(theme, doc);
        if (!offering.empty()) stage_id = offering.front()->id.value;
    }
    const Stage* stage = theme.find_stage(stage_id);
    if (stage) result.not_offered = not_offered_at(theme, doc, stage_id);
    // The values the theme gives (a deal file names no theme and its stage by id).
    TemplateValue values = in.values;
    for (auto& [name, value] : theme_placeholder_values(theme, stage))
        values.set(name, TemplateValue::of_text(std::move(value)));

    // In HTML the filled text goes through cmark, so values are escaped for
    // Markdown; in Markdown the client's text is shown exactly.
    const ValueEscape escape = html ? ValueEscape::Markdown : ValueEscape::None;
    const auto fill = [&](const std::string& what, const std::string& text, ValueEscape how) {
        FilledTemplate f = fill_template(text, values, how, true);
        add_missing(result.missing, f.missing);
        add_missing(result.missing_sections, f.missing_sections);
        if (f.too_large)
            result.too_large.push_back(what + ": " + f.error);
        else if (!f.error.empty())
            result.errors.push_back(what + ": " + f.error);
        return f.text;
    };

    Page page;
    page.lang = lang;
    page.title = std::string(tr("Document preview", lang)) + ": " + doc.name.value;
    page.head_title = page.title;
    std::vector<Fact> about{{tr("Theme", lang), {plain(theme.name.value)}}};
    if (stage) about.push_back({tr("Stage", lang), {plain(stage->name.value)}});
    if (!in.data_file.empty()) about.push_back({tr("Deal data", lang), {code(in.data_file)}});
    page.intro.push_back(facts(std::move(about)));

    if (doc.email) {
        Section email{2, tr("Email to the client", lang), "email", "", {}};
        if (doc.email->subject) {
            const std::string subject =
                fill("subject", doc.email->subject->value, ValueEscape::None);
            email.blocks.push_back(
                paragraph({strong(std::string(tr("Subject", lang)) + ":"), plain(" " + subject)}));
        }
        if (in.email_body) {
            Block body = markdown_block(fill("email body", *in.email_body, escape), 3);
            body.verbatim = true;
            email.blocks.push_back(std::move(body));
        }
        page.sections.push_back(std::move(email));
    }
    Section document{
        2, std::string(tr("Document", lang)) + ": " + doc.name.value, "document", "", {}};
    if (in.template_text) {
        Block body = markdown_block(fill("template", *in.template_text, escape), 3);
        body.verbatim = true;
        document.blocks.push_back(std::move(body));
    } else {
        document.blocks.push_back(paragraph({plain(tr("no template", lang))}));
    }
    page.sections.push_back(std::move(document));

    result.text = html ? page_to_html(page, {}) : page_to_markdown(page, {});
    return result;
}

}  // namespace

Preview preview_markdown(const PreviewInput& input) {
    return build(input, false);
}
Preview preview_html(const PreviewInput& input) {
    return build(input, true);
}

}  // namespace reltheme::render
