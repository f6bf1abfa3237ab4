#include <doctest/doctest.h>

#include "semantics/documents.h"
#include "semantics/placeholders.h"
#include "test_support.h"

using namespace reltheme;

namespace {

Theme theme_with_documents() {
    Theme theme;
    theme.name.value = "Продажи";
    for (const char* id : {"intro", "proposal", "payment"}) {
        Stage s;
        s.id.value = id;
        s.name.value = std::string("Stage ") + id;
        theme.stages.push_back(s);
    }
    Document offer;
    offer.id.value = "offer";
    offer.stages = {Id{"proposal", {}}, Id{"payment", {}}, Id{"proposal", {}}, Id{"gone", {}}};
    Document act;
    act.id.value = "act";
    theme.documents = {offer, act};
    Field f;
    f.id.value = "carrier";
    theme.fields.push_back(f);
    return theme;
}

}  // namespace

TEST_CASE("documents: offered at the stages they list, and at none without stages") {
    const Theme theme = theme_with_documents();
    const Document& offer = theme.documents[0];
    const Document& act = theme.documents[1];
    CHECK(offered_at(offer, "proposal"));
    CHECK_FALSE(offered_at(offer, "intro"));
    CHECK_FALSE(offered_at(act, "intro"));
    CHECK(offered_anywhere(theme, offer));
    CHECK_FALSE(offered_anywhere(theme, act));
    const auto stages = stages_offering(theme, offer);
    REQUIRE(stages.size() == 2);
    CHECK(stages[0]->id.value == "proposal");
    CHECK(stages[1]->id.value == "payment");
    const auto at_payment = documents_at(theme, "payment");
    REQUIRE(at_payment.size() == 1);
    CHECK(at_payment[0] == &offer);
    CHECK(documents_at(theme, "intro").empty());
    CHECK_FALSE(not_offered_at(theme, offer, "payment"));
    CHECK(not_offered_at(theme, offer, "intro") ==
          "document offer is offered at stages proposal, payment, not at intro");
    CHECK(not_offered_at(theme, act, "intro") ==
          "document act is offered at no stage (its \"stages\" lists none), so it cannot be "
          "sent at intro");
}

TEST_CASE("placeholders: stage placeholders only where a stage is known") {
    const Theme theme = theme_with_documents();
    using Kind = PlaceholderContext::Kind;
    const std::vector<std::string> with_stage{"client.name", "deal.manager", "deal.deadline",
                                              "theme.name",  "stage.name",   "fields.carrier"};
    const std::vector<std::string> without{"client.name", "deal.manager", "deal.deadline",
                                           "theme.name", "fields.carrier"};
    CHECK(placeholders_in(theme, {Kind::StageInstruction}) == with_stage);
    CHECK(placeholders_in(theme, {Kind::Document, &theme.documents[0]}) == with_stage);
    CHECK(placeholders_in(theme, {Kind::ThemeInstruction}) == without);
    CHECK(placeholders_in(theme, {Kind::Document, &theme.documents[1]}) == without);
    CHECK(stage_known(theme, {Kind::StageInstruction}));
    CHECK(stage_known(theme, {Kind::Document, &theme.documents[0]}));
    CHECK_FALSE(stage_known(theme, {Kind::ThemeInstruction}));
    CHECK_FALSE(stage_known(theme, {Kind::Document, &theme.documents[1]}));
    const auto values = theme_placeholder_values(theme, &theme.stages[1]);
    REQUIRE(values.size() == 2);
    CHECK(values[1] == std::pair<std::string, std::string>{"stage.name", "Stage proposal"});
    CHECK(theme_placeholder_values(theme, nullptr).size() == 1);
}

TEST_CASE("unknown-placeholder: {{stage.name}} in the theme's instruction") {
    const auto ds = test::check_string(R"(reltheme: 1
id: t
name: Тема
type: sales
instruction: "Этап: {{stage.name}}, тема {{theme.name}}"
stages:
  - id: a
    name: Первый
    instruction: "Этап {{stage.name}}"
)");
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].rule == "unknown-placeholder");
    CHECK(ds[0].range.begin.line == 5);
    CHECK(ds[0].range.begin.column == 21);
    CHECK(ds[0].message ==
          "unknown placeholder \"stage.name\" in the instruction of the theme: the theme's "
          "instruction is read at no stage; stage placeholders exist only in a stage's "
          "instruction and in the templates and emails of documents offered at stages");
}
