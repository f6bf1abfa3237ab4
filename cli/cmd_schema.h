#pragma once
/// `reltheme schema [KIND]`: the JSON Schema of a file reltheme reads or writes.
#include <string>

#include <CLI/CLI.hpp>

namespace reltheme::cli {

struct SchemaOptions {
    std::string kind = "theme";
};

void setup_schema(CLI::App& app);
int run_schema(const SchemaOptions& opts);

}  // namespace reltheme::cli
