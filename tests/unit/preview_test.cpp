#include "render/preview.h"

#include <fmt/format.h>

#include <doctest/doctest.h>

#include "render_fixture.h"

using namespace reltheme;
using namespace reltheme::render;

namespace {

const char* k_theme_with_document = R"(reltheme: 1
id: docs
name: Docs
type: sales
stages:
  - { id: offer, name: Offer, next: [paid] }
  - { id: paid, name: Paid }
documents:
  - id: offer
    name: Offer letter
    kind: print-form
    template: offer.md
    stages: [offer]
    email:
      subject: "Offer for {{client.name}}"
      body: offer-email.md
)";

PreviewInput input_for(const Theme& t) {
    PreviewInput in;
    in.theme = &t;
    in.document = t.find_document("offer");
    in.template_text =
        "# Offer for {{client.name}}\n\nStage: {{stage.name}}, theme {{theme.name}}. Due "
        "{{deal.deadline}}.\n";
    in.email_body = "Hello {{client.name}}!\n";
    in.values.set("client.name", TemplateValue::of_text("<Acme> & *Co*"));
    in.data_file = "deal.yaml";
    in.lang = Lang::En;
    return in;
}

}  // namespace

TEST_CASE("preview_markdown fills the email and the template exactly, escaping off") {
    const Theme t = test::load_theme_text(k_theme_with_document);
    const Preview p = preview_markdown(input_for(t));
    CHECK(p.text == R"(# Document preview: Offer letter

- **Theme:** Docs
- **Stage:** Offer
- **Deal data:** `deal.yaml`

## Email to the client

**Subject:** Offer for \<Acme\> \& \*Co\*

Hello <Acme> & *Co*!

## Document: Offer letter

# Offer for <Acme> & *Co*

Stage: Offer, theme Docs. Due {{deal.deadline}}.
)");
    CHECK(p.missing == std::vector<std::string>{"deal.deadline"});
    CHECK(p.errors.empty());
}

TEST_CASE("preview_html escapes every value and renders the Markdown") {
    const Theme t = test::load_theme_text(k_theme_with_document);
    const Preview p = preview_html(input_for(t));
    CHECK(p.text.find("<p><strong>Subject:</strong> Offer for &lt;Acme&gt; &amp; *Co*</p>") !=
          std::string::npos);
    CHECK(p.text.find("<h3>Offer for &lt;Acme&gt; &amp; *Co*</h3>") != std::string::npos);
    CHECK(p.text.find("<p>Hello &lt;Acme&gt; &amp; *Co*!</p>") != std::string::npos);
    CHECK(p.text.find("<Acme>") == std::string::npos);
}

TEST_CASE("the stage a preview uses can be chosen") {
    const Theme t = test::load_theme_text(k_theme_with_document);
    PreviewInput in = input_for(t);
    in.stage_id = "paid";
    const Preview p = preview_markdown(in);
    CHECK(p.text.find("Stage: Paid, theme Docs.") != std::string::npos);
    CHECK(p.not_offered == "document offer is offered at stage offer, not at paid");
    in.stage_id.clear();
    CHECK_FALSE(preview_markdown(in).not_offered);
}

TEST_CASE("a deal file's mistakes are located schema findings") {
    const auto findings = [](const std::string& text) {
        DiagnosticSink sink("deal.yaml");
        CHECK_FALSE(test::read_deal_text(text, sink));
        std::string out;
        for (const auto& d : sink.items()) {
            out +=
                fmt::format("{}:{} {}[{}] {}\n", d.range.begin.line, d.range.begin.column,
                            d.severity == Severity::Error ? "error" : "warning", d.rule, d.message);
        }
        return out;
    };
    CHECK(findings("client:\n  nmae: A\nstage: Intro\n") ==
          "1:1 error[schema] the deal is missing the required key \"reltheme-deal\"\n"
          "2:3 error[schema] unknown key \"nmae\" in \"client\"; did you mean \"name\"?\n"
          "3:8 error[schema] \"Intro\" is not a valid id: use lower-case latin letters, digits, "
          "'-' and '_', starting with a letter, at most 64 characters\n");
    CHECK(findings("reltheme-deal: 2\nfeilds: {}\n") ==
          "2:1 error[schema] unknown key \"feilds\" in a deal file; did you mean \"fields\"?\n"
          "1:16 error[unsupported-version] deal format version 2 is not supported; this "
          "reltheme reads version 1\n");
}

TEST_CASE("a deal file's values: nested, lists, yes/no, and nulls left out") {
    DiagnosticSink sink("deal.yaml");
    const auto deal = test::read_deal_text(
        "reltheme-deal: 1\nclient: {name: A}\nfields:\n  gifts: [a, b]\n  express: false\n"
        "  note: ~\nstage: intro\n",
        sink);
    REQUIRE(deal);
    CHECK(deal->stage->value == "intro");
    CHECK(deal->values.keys == std::vector<std::string>{"client", "fields"});
    CHECK(deal->values.find("client.name")->text == "A");
    CHECK(deal->values.find("fields.gifts")->items.size() == 2);
    CHECK(deal->values.find("fields.express")->kind == TemplateValue::Kind::Bool);
    CHECK_FALSE(deal->values.find("fields.express")->flag);
    CHECK(deal->values.find("fields.note") == nullptr);
}
