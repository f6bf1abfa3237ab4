#pragma once
/// The sample deal a document preview is filled with (`render --document ID
/// --data FILE`): a YAML file marked `reltheme-deal: 1`, with `client`,
/// `deal`, `fields` and the `stage` the document is sent from
/// (`schemas/deal.schema.json`, `docs/render.md`).
#include <optional>
#include <string>

#include "load/yaml_doc.h"
#include "model/theme.h"
#include "render/template_fill.h"
#include "util/diagnostic.h"

namespace reltheme::render {

struct DealFile {
    TemplateValue values;  ///< `client`, `deal` and `fields` as written
    std::optional<Located<std::string>> stage;
};

/// Reads a parsed deal file, reporting its mistakes as `schema` findings
/// (an unknown key with a did-you-mean, a missing or unsupported marker);
/// nullopt when it has any.
std::optional<DealFile> read_deal_file(const YNode* root, DiagnosticSink& sink);

/// The deal file in `source` (its BOM already removed): its encoding checked,
/// parsed as YAML and read; nullopt when `sink` got any error.
std::optional<DealFile> parse_deal_file(const SourceText& source, const YamlLimits& limits,
                                        DiagnosticSink& sink);

}  // namespace reltheme::render
