#include "render/handbook.h"

#include <doctest/doctest.h>

#include "render_fixture.h"

using namespace reltheme;
using namespace reltheme::render;

namespace {

HandbookOptions options_for(const Theme& t, Lang lang) {
    HandbookOptions o;
    o.lang = lang;
    if (t.instruction) o.instruction = t.instruction->value;
    o.source_file = "small.yaml";
    return o;
}

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("handbook_markdown writes the whole handbook of a small theme") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    CHECK(handbook_markdown(t, options_for(t, Lang::En)) == R"(# Small deals

A short route for small orders.

- **Type:** Sales
- **Id:** `small`
- **Maximum deal duration:** 10 days

## Stage graph

```mermaid
)" + std::string(test::k_small_mermaid) + R"(```

A deal starts at the first stage, on the left. A double border marks a final stage, a dashed arrow leads back to an earlier stage, and a percentage on an arrow is the chance of that transition.

## Stages

### 1. New

- **Deadline:** 1 day
- **Next:** Offer

Call the client within a day.

### 2. Offer

- **Deadline:** 3 business days
- **Chance to win:** 50%
- **Next:** Paid, New (25%, back)

### 3. Paid

- **Deadline:** no deadline
- **Role:** payment
- **Fill before entering:** “Amount”
- **Next:** final stage: entering it closes the deal as won

## Outcomes

An outcome is recorded when a deal ends. Refusal reasons show why deals fall through; where a comment is required, the outcome cannot be saved without one.

| Outcome | Result | Comment |
|---|---|---|
| Won (built in, `won`) | success | optional |
| Lost (built in, `lost`) | failure | optional |
| Too expensive | failure | required |

## Extra fields

Fields a manager fills in on the deal card, besides the standard ones.

| Field | Type | Values | Needed for stage |
|---|---|---|---|
| Amount | money | | “Paid” |

## Parameters

- A client may have only one open deal in this theme at a time (default).
- You cannot record the result of a call or meeting until the next one is planned.
- A deal closes as soon as it reaches a final stage: as won, or as lost where the stage ends as failure.
- When a deal closes, its planned calls and meetings are cancelled (default).
- When a deal closes, its unpaid invoices are cancelled (default).

## Deal deadline

A deal must be finished within 10 days.

A deal's deadline can be changed only with approval. Approvers:

- the deal manager's head (`manager`)
- role head-of-sales (`role:head-of-sales`)

## Instruction

### How to work with Small deals

Be *quick*. \<b\>raw\</b\> {{client.name}}

---

Theme file: `small.yaml`
)");
}

TEST_CASE("handbook_markdown speaks Russian with --lang ru, plural forms included") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    const std::string md = handbook_markdown(t, options_for(t, Lang::Ru));
    CHECK(has(md, "- **Срок:** 3 рабочих дня\n"));
    CHECK(has(md, "- **Дальше:** Paid, New (25%, возврат)\n"));
    CHECK(has(md, "Сделку нужно завершить за 10 дней."));
    CHECK(has(md,
              "- Нельзя записать результат звонка или встречи, пока не запланирован следующий.\n"));
    CHECK(has(md, "| Too expensive | неудача | обязателен |"));
}

TEST_CASE("handbook_html is one self-contained page with the graph inline") {
    const Theme t = test::load_theme_text(test::k_small_theme);
    HandbookOptions o = options_for(t, Lang::En);
    o.back_href = "index.html";
    std::string graph_error;
    const std::string html = handbook_html(t, o, &graph_error);
    CHECK(graph_error.empty());
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK(has(html,
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
              "style-src 'unsafe-inline'; img-src data:\">"));
    CHECK(has(html, "<nav><a href=\"index.html\">← All themes</a></nav>"));
    CHECK(has(html, "<figure class=\"graph\">\n<svg"));
    CHECK(has(html, "xlink:href=\"#stage-offer\""));
    CHECK(has(html, "<section id=\"stage-paid\" class=\"stage final\">\n<h3>3. Paid</h3>"));
    CHECK(has(html,
              "<dt>Next</dt><dd><a href=\"#stage-paid\">Paid</a>, <a href=\"#stage-new\">New</a> "
              "(25%, back)</dd>"));
    CHECK(has(html, "<h3>How to work with Small deals</h3>"));
    CHECK(has(html, "<p>Be <em>quick</em>. &lt;b&gt;raw&lt;/b&gt; {{client.name}}</p>"));
    // Nothing is loaded from elsewhere and nothing runs.
    CHECK_FALSE(has(html, "<script"));
    CHECK_FALSE(has(html, "<link"));
    CHECK_FALSE(has(html, "<img"));
    CHECK_FALSE(has(html, "http://www.w3.org/Graphics"));  // the SVG DOCTYPE is left out
}

TEST_CASE("a stage named <script>alert(1)</script> shows as text everywhere in the page") {
    const Theme t =
        test::load_theme_text(test::small_theme_with_stage_name(R"("<script>alert(1)</script>")"));
    const std::string html = handbook_html(t, options_for(t, Lang::En));
    CHECK_FALSE(has(html, "<script"));
    CHECK(has(html, "<h3>2. &lt;script&gt;alert(1)&lt;/script&gt;</h3>"));
    CHECK(has(html, "<a href=\"#stage-offer\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"));
    CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt;</text>"));  // the SVG label
    const std::string md = handbook_markdown(t, options_for(t, Lang::En));
    CHECK(has(md, "### 2. \\<script\\>alert(1)\\</script\\>\n"));
    CHECK(has(md, "s2[\"#lt;script#gt;alert(1)#lt;/script#gt;<br>3 business days\"]"));
}

TEST_CASE("hostile text in every other theme field is escaped too") {
    std::string text = test::k_small_theme;
    const auto replace = [&](const std::string& from, const std::string& to) {
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), to);
    };
    replace("name: Small deals", "name: \"<img src=x onerror=alert(1)>\"");
    replace("description: A short route for small orders.", "description: \"<iframe src=//x>\"");
    replace("name: Too expensive", "name: \"<b onmouseover=alert(1)>\"");
    replace("name: Amount", "name: \"<svg onload=alert(1)>\"");
    replace("instruction: Call the client within a day.",
            "instruction: \"<script>alert(1)</script> [x](javascript:alert(1))\"");
    const Theme t = test::load_theme_text(text);
    const std::string html = handbook_html(t, options_for(t, Lang::En));
    for (const char* bad :
         {"<img", "<iframe", "<b ", "<svg onload", "<script", "href=\"javascript"}) {
        CHECK_MESSAGE(!has(html, bad), std::string(bad));
    }
    CHECK(has(html, "<title>&lt;img src=x onerror=alert(1)&gt; — relationship theme</title>"));
    CHECK(has(html, "<p>&lt;iframe src=//x&gt;</p>"));
}

TEST_CASE("audit and service handbooks show what their type has") {
    const Theme audit = test::load_theme_text(R"(reltheme: 1
id: audit
name: Аудит
type: audit
outcomes:
  - { id: moved, name: Переехали, result: success, comment: required }
)");
    const std::string md = handbook_markdown(audit, options_for(audit, Lang::Ru));
    CHECK(has(md, "| Да (встроенный, `yes`) | успех | по желанию |"));
    CHECK(has(md, "| Переехали | успех | обязателен |"));
    CHECK_FALSE(has(md, "## Схема этапов"));
    CHECK_FALSE(has(md, "## Параметры"));
    const Theme service = test::load_theme_text(R"(reltheme: 1
id: service
name: Service
type: service
instruction: Call every month.
)");
    const std::string page = handbook_markdown(service, options_for(service, Lang::En));
    CHECK(has(page, "- **Type:** Service\n"));
    CHECK(has(page, "## Instruction\n\nCall every month.\n"));
    CHECK_FALSE(has(page, "## Outcomes"));
}

TEST_CASE("index_page lists themes by type with links") {
    const Theme sales = test::load_theme_text(test::k_small_theme);
    const Theme service =
        test::load_theme_text("reltheme: 1\nid: care\nname: \"<Care>\"\ntype: service\n");
    const Page page = index_page({{&service, "care.html"}, {&sales, "small.html"}}, Lang::En);
    const std::string md = page_to_markdown(page, {});
    CHECK(md == R"(# Relationship themes

## Sales

- [Small deals](small.html), 3 stages — A short route for small orders.

## Service

- [\<Care\>](care.html)
)");
    const std::string html = page_to_html(page, {});
    CHECK(has(html, "<li><a href=\"care.html\">&lt;Care&gt;</a></li>"));
}

TEST_CASE("a description that looks like a list stays a paragraph in Markdown") {
    std::string text = test::k_small_theme;
    const std::string from = "description: A short route for small orders.";
    text.replace(text.find(from), from.size(), "description: \"1. Not a list\"");
    const Theme t = test::load_theme_text(text);
    CHECK(has(handbook_markdown(t, options_for(t, Lang::En)), "\n\n1\\. Not a list\n\n"));
}
