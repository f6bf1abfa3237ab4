#pragma once
// A small theme the renderer tests share, loaded from text.
#include <doctest/doctest.h>

#include <string>

#include "load/theme_loader.h"
#include "load/yaml_doc.h"
#include "render/deal_file.h"
#include "test_support.h"

namespace reltheme::test {

/// A sales theme with a back-edge, a probability, a final stage, a required
/// field, an outcome, parameters, approvers and a Markdown instruction.
inline const char* k_small_theme = R"(reltheme: 1
id: small
name: Small deals
type: sales
description: A short route for small orders.
max_duration: 10d
deadline_change:
  approval: required
  approvers: [manager, role:head-of-sales]
stages:
  - id: new
    name: New
    deadline: 1d
    instruction: Call the client within a day.
    next: [offer]
  - id: offer
    name: Offer
    deadline: 3bd
    probability: 0.5
    next:
      - paid
      - { to: new, probability: 0.25 }
  - id: paid
    name: Paid
    role: payment
    requires: [amount]
outcomes:
  - { id: pricey, name: Too expensive, result: failure, comment: required }
fields:
  - { id: amount, name: Amount, type: money }
parameters:
  planning: required
  close: on-final-stage
instruction: |
  # How to work with {{theme.name}}
  Be *quick*. <b>raw</b> {{client.name}}
)";

/// The small theme's stage graph, in English (`to_mermaid`; the handbook
/// holds it too).
inline const char* k_small_mermaid =
    R"(%% Stage graph of theme "small" (reltheme render --to mermaid)
flowchart LR
    entry((" ")):::start
    s1["New<br>1 day"]
    s2["Offer<br>3 business days"]
    s3(["Paid"]):::final
    entry --> s1
    s1 --> s2
    s2 --> s3
    s2 -.->|"25%"| s1
    classDef start fill:#2d3748,stroke:#2d3748
    classDef final stroke-width:3px
)";

/// The small theme with one stage renamed (for escaping tests).
inline std::string small_theme_with_stage_name(const std::string& yaml_name) {
    std::string text = k_small_theme;
    const std::string from = "name: Offer";
    text.replace(text.find(from), from.size(), "name: " + yaml_name);
    return text;
}

/// Reads a deal file's text (`deal.yaml`); its findings go to `sink`.
inline std::optional<render::DealFile> read_deal_text(const std::string& text,
                                                      DiagnosticSink& sink) {
    return render::parse_deal_file(SourceText("deal.yaml", text), YamlLimits{}, sink);
}

}  // namespace reltheme::test
