#include "render/preview.h"

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
    in.values = {{"client.name", "<Acme> & *Co*"}};
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
    CHECK(preview_markdown(in).text.find("Stage: Paid, theme Docs.") != std::string::npos);
}
